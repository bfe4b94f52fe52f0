"""CPU time of the dates and amounts stages on real news.

    .venv/bin/python bench/bench_dates_amounts.py               # 1,000 articles of one day
    .venv/bin/python bench/bench_dates_amounts.py --limit 200 --day 5

Reads one day's zip of ../shared/data/saudinewsnet (never copied), runs layout, sentences and
tokens first, then times each stage alone with `time.process_time` (the patterns already
compiled), and prints milliseconds per article and the number of expressions found.
"""

from __future__ import annotations

import argparse
import json
import time
import zipfile
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "saudinewsnet"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--day", type=int, default=2, help="index of the day's zip (sorted), default 2")
    ap.add_argument("--limit", type=int, default=1000, help="articles to time, default 1000")
    args = ap.parse_args()

    import marsad
    from marsad.stages.amounts import AmountStage
    from marsad.stages.dates import DateStage

    zips = sorted(SHARED.glob("*.zip"))
    if not zips:
        raise SystemExit(f"no SaudiNewsNet zips in {SHARED}")
    with zipfile.ZipFile(zips[args.day]) as z:
        articles = json.loads(z.read(z.namelist()[0]))[:args.limit]
    nlp = marsad.load(["layout", "sentences", "tokens"])
    docs = [nlp(a["content"], published=a["date_extracted"][:10]) for a in articles]
    dates, amounts = DateStage(nlp.resources), AmountStage(nlp.resources)
    dates(docs[0]), amounts(docs[0])  # compile the patterns outside the timing
    t0 = time.process_time()
    for d in docs:
        dates(d)
    t1 = time.process_time()
    for d in docs:
        amounts(d)
    t2 = time.process_time()
    n = len(docs)
    chars = sum(len(d.text) for d in docs)
    print(f"{zips[args.day].name}: {n} articles, {chars / n:.0f} characters on average")
    print(f"dates   {1000 * (t1 - t0) / n:.2f} ms/article, {sum(len(d.dates) for d in docs)} found")
    print(f"amounts {1000 * (t2 - t1) / n:.2f} ms/article, {sum(len(d.amounts) for d in docs)} found")


if __name__ == "__main__":
    main()
