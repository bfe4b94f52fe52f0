"""Speed of the quotes stage on real articles (SaudiNewsNet), and a sample for hand-checking.

    .venv/bin/python bench/bench_quotes.py                      # speed: 1000 articles of one day
    .venv/bin/python bench/bench_quotes.py --review /tmp/q.txt  # 300 random articles of 6 days:
                                                                # every quote with its context,
                                                                # then the long «…» spans left out

Articles are read from ../shared/data/saudinewsnet (never copied into the repository; the review
file goes where you point it, outside the repository). For speed, the earlier stages (layout,
sentences, tokens, actors) run first and are not timed; the quotes stage alone is timed with
`time.thread_time` (CPU time of this thread), its cue table already compiled.
"""

from __future__ import annotations

import argparse
import json
import random
import time
import zipfile
from pathlib import Path

import marsad

ROOT = Path(__file__).resolve().parents[1]
SNN = ROOT.parent / "shared" / "data" / "saudinewsnet"
BEFORE = ["layout", "sentences", "tokens", "actors"]


def articles(days: list[str]) -> list[dict]:
    out: list[dict] = []
    for day in days:
        with zipfile.ZipFile(SNN / f"{day}.zip") as z:
            out += json.loads(z.read(z.namelist()[0]).decode("utf-8"))
    return out


def speed(n: int, day: str) -> None:
    from marsad.stages.quotes import QuoteStage

    before = marsad.load(stages=BEFORE)
    stage = QuoteStage(before.resources)
    docs = [before(a["content"], published=(a.get("date_extracted") or "")[:10] or None)
            for a in articles([day])[:n]]
    chars = sum(len(d.text) for d in docs)
    t0 = time.thread_time()
    for d in docs:
        stage(d)
    dt = time.thread_time() - t0
    quotes = sum(len(d.quotes) for d in docs)
    print(f"quotes stage: {len(docs)} articles ({chars / 1e6:.2f} M chars) of {day} in {dt:.2f} s "
          f"CPU = {len(docs) / dt:.0f} articles/s, {chars / dt / 1e6:.2f} M chars/s; "
          f"{quotes} quotes")


def review(path: str, n: int, seed: int) -> None:
    days = sorted(p.stem for p in SNN.glob("*.zip"))[:6]
    rng = random.Random(seed)
    sample = rng.sample(articles(days), n)
    nlp = marsad.load()
    kinds: dict[str, int] = {}
    marks = {"all": 0, "quoted": 0, "short": 0}
    left_out: list[str] = []
    k = 0
    with open(path, "w", encoding="utf-8") as out:
        for i, a in enumerate(sample):
            doc = nlp(a["content"], published=(a.get("date_extracted") or "")[:10] or None)
            _unclaimed(doc, marks, left_out)
            for q in doc.quotes:
                k += 1
                kinds[q.kind] = kinds.get(q.kind, 0) + 1
                s = doc.sentences[q.sentence]
                ctx = (doc.text[max(s.start, q.start - 120):q.start] + "⟦" + q.text + "⟧"
                       + doc.text[q.end:q.end + 40])
                ref = lambda r: r.canonical if r else None  # noqa: E731
                out.write(f"#{k} art{i} {a['source']} {q.kind} cue={q.cue} "
                          f"speaker={ref(q.speaker)} [{q.attribution}] to={ref(q.addressee)} "
                          f"via={ref(q.reported_by)}\n   {ctx}\n")
        out.write("\n== quote-mark spans of 5+ words that are in no quote ==\n")
        for doc in left_out:
            out.write(f"- {doc}\n")
    print(f"{n} articles (seed {seed}), {k} quotes {kinds}; quote-mark spans in body text: "
          f"{marks['all']}, inside a quote {marks['quoted']}, left out as names (1-4 words) "
          f"{marks['short']}, left out with 5+ words {len(left_out)}; written to {path}")


def _unclaimed(doc, marks: dict, left_out: list) -> None:
    from marsad.quotes import find_marks

    spans = [(q.start, q.end) for q in doc.quotes]
    for b in doc.blocks:
        if b.kind not in ("body", "headline"):
            continue
        for m in find_marks(doc.text, b.start, b.end):
            marks["all"] += 1
            if any(s <= m.open + 1 < e or m.open < s < m.close for s, e in spans):
                marks["quoted"] += 1
            elif len(doc.text[m.open + 1:m.close].split()) <= 4:
                marks["short"] += 1
            else:
                left_out.append((doc.text[max(b.start, m.open - 90):m.close + 30]).replace("\n", " "))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=None)
    ap.add_argument("--day", default="2015-07-21")
    ap.add_argument("--review", metavar="FILE", help="write a hand-checking sample to FILE")
    ap.add_argument("--seed", type=int, default=23)
    args = ap.parse_args()
    if args.review:
        review(args.review, args.articles or 300, args.seed)
    else:
        speed(args.articles or 1000, args.day)


if __name__ == "__main__":
    main()
