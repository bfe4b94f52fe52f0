"""The amounts of whole SaudiNewsNet days, one JSON line per amount, and what a change of the
amounts stage changed (the stages it reads only: layout, sentences, tokens, dates, amounts; a
day of about 1,300 articles in some 15 s).

    PYTHONPATH=<old tree>/src .venv/bin/python bench/amounts_diff.py /tmp/old.jsonl \
        --days 2015-07-23
    PYTHONPATH=src .venv/bin/python bench/amounts_diff.py /tmp/new.jsonl --days 2015-07-23
    .venv/bin/python bench/amounts_diff.py --diff /tmp/old.jsonl /tmp/new.jsonl

`--diff` prints a count, then one line per amount that is new or read otherwise (`+`, with what
overlapped it before: `was`) and per amount gone with nothing in its place (`-`), each with the
text around it. The dumps hold news text: write them outside the repository. Needs
../shared/data/saudinewsnet.
"""

from __future__ import annotations

import argparse
import json
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import news  # noqa: E402


def dump(out: str, days: list[str]) -> None:
    import marsad

    nlp = marsad.load(["layout", "sentences", "tokens", "dates", "amounts"])
    with open(out, "w", encoding="utf-8") as f:
        for day in days:
            with zipfile.ZipFile(news.NEWS / f"{day}.zip") as z:
                articles = json.loads(z.read(z.namelist()[0]))
            for i, a in enumerate(articles):
                text = a.get("content") or ""
                if not text:
                    continue
                for am in nlp(text, published=day).amounts:
                    f.write(json.dumps({
                        "day": day, "art": i, "start": am.start, "end": am.end, "text": am.text,
                        "value": am.value, "unit": am.unit, "q": am.qualifier,
                        "ctx": text[max(0, am.start - 60):am.end + 40].replace("\n", " ")},
                        ensure_ascii=False) + "\n")


def _load(path: str) -> dict[tuple, dict]:
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    return {(r["day"], r["art"], r["start"], r["end"]): r for r in rows}


def _brief(r: dict) -> str:
    return f"[{r['text']}] = {r['value']} {r['unit']} {r['q']}"


def diff(old_path: str, new_path: str) -> None:
    old, new = _load(old_path), _load(new_path)
    key = lambda r: (r["value"], r["unit"], r["q"])  # noqa: E731
    added = [r for k, r in new.items() if k not in old or key(old[k]) != key(r)]
    gone = [r for k, r in old.items() if k not in new or key(new[k]) != key(r)]

    def overlaps(a: dict, b: dict) -> bool:
        return (a["day"], a["art"]) == (b["day"], b["art"]) and \
            a["start"] < b["end"] and b["start"] < a["end"]

    print(f"amounts before {len(old)}, after {len(new)}; new or read otherwise {len(added)}, "
          f"gone {len(gone)}")
    for r in added:
        was = "; ".join(_brief(o) for o in gone if overlaps(o, r)) or "-"
        print(f"+ {r['day']} {r['art']} {_brief(r)}  (was: {was})  ‖ {r['ctx']}")
    for r in gone:
        if not any(overlaps(r, a) for a in added):
            print(f"- {r['day']} {r['art']} {_brief(r)}  ‖ {r['ctx']}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", nargs="?", help="the JSON-lines file to write")
    ap.add_argument("--days", nargs="+", default=["2015-07-23"])
    ap.add_argument("--diff", nargs=2, metavar=("OLD", "NEW"))
    args = ap.parse_args()
    if args.diff:
        diff(*args.diff)
    elif args.out:
        dump(args.out, args.days)
    else:
        ap.error("give a file to write, or --diff OLD NEW")


if __name__ == "__main__":
    main()
