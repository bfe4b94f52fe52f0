"""Write `Document.to_dict()` of the first N articles of SaudiNewsNet days as JSON lines, to
check that a change leaves the output as it was (compare two dumps with `cmp`) or to list what
it changed (`--diff OLD NEW`: the events, dates and amounts that differ, article by article).

    PYTHONPATH=<old tree>/src .venv/bin/python bench/dump_docs.py /tmp/old.jsonl
    PYTHONPATH=src .venv/bin/python bench/dump_docs.py /tmp/new.jsonl
    .venv/bin/python bench/dump_docs.py --diff /tmp/old.jsonl /tmp/new.jsonl

The dumps hold news text: write them outside the repository. Needs ../shared/data/saudinewsnet.
"""

from __future__ import annotations

import argparse
import json
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import news  # noqa: E402

DAYS = ("2015-08-04", "2015-07-22")  # the days the lead's behaviour-neutral checks used
KEYS = ("text", "value", "start", "trigger", "cameo", "modality", "date")


def dump(out: str, days: tuple[str, ...], n: int) -> None:
    import marsad

    nlp = marsad.load()
    with open(out, "w", encoding="utf-8") as f:
        for day in days:
            with zipfile.ZipFile(news.NEWS / f"{day}.zip") as z:
                articles = json.loads(z.read(z.namelist()[0]))[:n]
            for a in articles:
                doc = nlp(a["content"], published=a["date_extracted"][:10])
                f.write(json.dumps(doc.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")


def _brief(item: dict) -> str:
    return json.dumps({k: v for k, v in item.items() if k in KEYS}, ensure_ascii=False)


def diff(old: str, new: str) -> None:
    with open(old, encoding="utf-8") as a, open(new, encoding="utf-8") as b:
        for i, (x, y) in enumerate(zip(a, b)):
            if x == y:
                continue
            before, after = json.loads(x), json.loads(y)
            for layer in ("events", "dates", "amounts"):
                was = {_brief(e) for e in before.get(layer, [])}
                now = {_brief(e) for e in after.get(layer, [])}
                for e in sorted(was - now):
                    print(f"{i}\t{layer}\t-\t{e}")
                for e in sorted(now - was):
                    print(f"{i}\t{layer}\t+\t{e}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", nargs="?", help="the JSON-lines file to write")
    ap.add_argument("--days", nargs="+", default=list(DAYS))
    ap.add_argument("--n", type=int, default=250, help="articles per day (default 250)")
    ap.add_argument("--diff", nargs=2, metavar=("OLD", "NEW"))
    args = ap.parse_args()
    if args.diff:
        diff(*args.diff)
    elif args.out:
        dump(args.out, tuple(args.days), args.n)
    else:
        ap.error("give a file to write, or --diff OLD NEW")


if __name__ == "__main__":
    main()
