"""Time each pipeline stage on real articles (one core).

    .venv/bin/python bench/bench_stages.py [--day 2015-07-25] [--n 300]

Reads one SaudiNewsNet zip from ../shared/data/saudinewsnet; prints articles and sentences per
second and each stage's share of the time.
"""

from __future__ import annotations

import argparse
import json
import time
import zipfile
from pathlib import Path

import marsad

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "saudinewsnet"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--day", default="2015-07-25")
    ap.add_argument("--n", type=int, default=300)
    args = ap.parse_args()
    with zipfile.ZipFile(DATA / f"{args.day}.zip") as zf:
        data = [a for a in json.loads(zf.read(zf.namelist()[0])) if a["content"].strip()]
    data = data[:args.n]
    nlp = marsad.load()
    nlp("تجربة")  # build the dictionaries and automata before timing
    spent = {s.name: 0.0 for s in nlp.stages}
    sentences = 0
    t0 = time.perf_counter()
    for a in data:
        doc = nlp.make_doc(a["content"], published=a["date_extracted"][:10])
        for stage in nlp.stages:
            t = time.perf_counter()
            stage(doc)
            spent[stage.name] += time.perf_counter() - t
        sentences += len(doc.sentences)
    total = time.perf_counter() - t0
    print(f"{len(data)} articles, {sentences} sentences in {total:.1f} s: "
          f"{len(data) / total:.1f} articles/s, {sentences / total:.0f} sentences/s")
    for name, sec in spent.items():
        print(f"  {name:<10} {sec:6.2f} s {100 * sec / total:4.0f} %")


if __name__ == "__main__":
    main()
