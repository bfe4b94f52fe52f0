"""Hand-reading of quotes on the political articles of one SaudiNewsNet day.

    PYTHONPATH=src .venv/bin/python bench/quotes_reading.py --day 2015-08-07 --seed 5 --n 80 \
        --out /tmp/quotes_sample.txt

Every quote of the day's political articles (bench/news.py) is listed, the list is shuffled with
`random.Random(seed)` and the first `n` are written to `--out` (outside the repository: it holds
news text) with the sentence around each, the span, the cue and the speaker (span, canonical name,
code, attribution). Each quote gets a key `day/article/start-end` so a judgments file (keys and
verdicts only, no text) can be checked again after a change: `--judged FILE` prints, for each key
of that file, whether the quote is still found and its speaker now.
`--articles K --missed FILE` writes K whole articles (same seed) with the quote spans marked
⟦…⟧, for finding missed quotes.

bench/quotes_reading_0807.json holds one reader's verdicts on the 80-quote sample of 2015-08-07
(seed 5): is it a statement, is its extent right, is the speaker right / half / wrong before
(`speaker`) and after (`speaker_after`) the seventh-session fixes; keys and verdicts only.
bench/quotes_reading_0802.json holds the same kind of verdicts on the 60-quote sample of
2015-08-02 (seed 5, `--n 60`), before and after the fixes of the eighth session, second round;
bench/quotes_reading_0803.json on the 60-quote sample of 2015-08-03 (seed 9, `--n 60`), before and
after those of the ninth session, second round; bench/quotes_reading_0727.json on the 90-quote
sample of 2015-07-27 (seed 11, `--n 90`), before and after those of the eleventh session (with
`cue`, `extent_after` and `key_after` where they changed); bench/quotes_reading_0808.json on the 80-quote
sample of 2015-08-08 (seed 12, `--n 80`), before and after those of the twelfth session;
bench/quotes_reading_0806.json on the 60-quote sample of 2015-08-06 (seed 13, `--n 60`, drawn with
the code before the thirteenth session), before and after that session's fixes;
bench/quotes_reading_0804.json on the 60-quote sample of 2015-08-04 (seed 14, `--n 60`, drawn with
the code before the fourteenth session), before and after that session's fixes, with a `cue`
verdict on each; bench/quotes_reading_0801.json on the 60-quote sample of 2015-08-01 (seed 15,
`--n 60`, drawn with the code before the fifteenth session), speakers before and after that
session's fixes (the same on every quote), with a note on each half or wrong one;
bench/quotes_reading_0809.json on the 60-quote sample of 2015-08-09 (seed 16, `--n 60`, drawn with
the code before the sixteenth session), the same before and after that session's fixes;
bench/quotes_reading_0721.json on the 40-quote sample of 2015-07-21 (seed 17, `--n 40`, drawn with
the code before the seventeenth session), speakers before and after that session's fixes (the
same sample both), with a note on each half or wrong one; bench/quotes_reading_0725.json the same
on the 40-quote sample of 2015-07-25 (seed 18, `--n 40`, drawn with the code before the eighteenth
session; no speaker of it changed); bench/quotes_reading_0724.json the same on the 40-quote sample
of 2015-07-24 (seed 19, `--n 40`, drawn with the code before the nineteenth session);
bench/quotes_reading_0723.json the same on the 40-quote sample of 2015-07-23 (seed 20, `--n 40`,
drawn with the code before the twentieth session).
`--news DIR` points at the SaudiNewsNet folder when the clone is not beside ../shared.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import news  # noqa: E402

import marsad  # noqa: E402


def speaker_text(q) -> str:
    s = q.speaker
    if s is None:
        return "—"
    return f"{s.text} → {s.canonical} [{s.actor_code}] ({q.attribution})"


def quote_rows(nlp, day: str, news_dir: Path | None):
    if news_dir:
        news.NEWS = news_dir
    for day_, ai, article, doc in news.political_docs(nlp, [day]):
        for q in doc.quotes:
            yield f"{day_}/{ai}/{q.start}-{q.end}", doc, q


def context(doc, q, width: int = 160) -> str:
    a = max(0, min(q.start, q.cue_start if q.cue_start is not None else q.start) - width)
    b = min(len(doc.text), q.end + 60)
    return (doc.text[a:q.start] + "⟦" + doc.text[q.start:q.end] + "⟧"
            + doc.text[q.end:b]).replace("\n", " ¶ ")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--day", default="2015-08-07")
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--n", type=int, default=80)
    ap.add_argument("--out", help="sample file to write (outside the repository)")
    ap.add_argument("--judged", help="judgments file (JSON: key -> verdict) to check again")
    ap.add_argument("--articles", type=int, default=0)
    ap.add_argument("--missed", help="file for whole articles with quotes marked")
    ap.add_argument("--news", type=Path, default=None, help="SaudiNewsNet directory")
    args = ap.parse_args()
    nlp = marsad.load()
    rows = list(quote_rows(nlp, args.day, args.news))
    print(f"{len(rows)} quotes", file=sys.stderr)
    if args.out:
        sample = rows[:]
        random.Random(args.seed).shuffle(sample)
        with open(args.out, "w", encoding="utf-8") as f:
            for i, (key, doc, q) in enumerate(sample[: args.n]):
                f.write(f"#{i} {key} {q.kind} cue={q.cue!r}\n  {context(doc, q)}\n"
                        f"  SPEAKER: {speaker_text(q)}\n\n")
    if args.judged:
        by_key = {k: (doc, q) for k, doc, q in rows}
        judged = json.loads(Path(args.judged).read_text(encoding="utf-8"))
        for key in judged:
            found = by_key.get(key)
            now = speaker_text(found[1]) if found else "(no quote with this span now)"
            print(f"{key}\t{json.dumps(judged[key], ensure_ascii=False)}\t{now}")
    if args.articles and args.missed:
        docs = {}
        for key, doc, q in rows:
            docs.setdefault(key.rsplit("/", 1)[0], doc)
        keys = sorted(docs)
        random.Random(args.seed).shuffle(keys)
        with open(args.missed, "w", encoding="utf-8") as f:
            for k in keys[: args.articles]:
                doc = docs[k]
                marked, last = [], 0
                for q in sorted(doc.quotes, key=lambda q: q.start):
                    if q.start < last:
                        continue
                    marked += [doc.text[last:q.start], "⟦", doc.text[q.start:q.end], "⟧"]
                    last = q.end
                marked.append(doc.text[last:])
                f.write(f"=== {k}\n{''.join(marked)}\n\n")


if __name__ == "__main__":
    main()
