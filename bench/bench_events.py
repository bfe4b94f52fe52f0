"""Speed of the events stage: sentences per second on real articles (SaudiNewsNet).

    .venv/bin/python bench/bench_events.py                # 300 political articles of one day
    .venv/bin/python bench/bench_events.py --articles 1000 --day 2015-07-22

Articles are read from ../shared/data/saudinewsnet (never copied); the aawsat, was and alwatan
/Politics/ ones are used (mostly political news). The earlier stages (layout .. quotes) run first
and are not timed; the events stage alone is timed with `time.thread_time` (CPU time of this
thread), its dictionary already compiled. The compile time of the dictionary is reported apart.
"""

from __future__ import annotations

import argparse
import json
import time
import zipfile
from pathlib import Path

import marsad

ROOT = Path(__file__).resolve().parents[1]
SNN = ROOT.parent / "shared" / "data" / "saudinewsnet"


def political_articles(day: str, limit: int) -> list[dict]:
    with zipfile.ZipFile(SNN / f"{day}.zip") as z:
        data = json.loads(z.read(z.namelist()[0]).decode("utf-8"))
    out = [a for a in data if a.get("source") in ("aawsat", "was")
           or "/Politics/" in (a.get("url") or "")]
    return out[:limit]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--day", default="2015-07-21")
    args = ap.parse_args()
    arts = political_articles(args.day, args.articles)
    before = marsad.load(stages=[s for s in marsad.DEFAULT_PIPELINE if s != "events"])
    t0 = time.perf_counter()
    from marsad.stages.events import EventStage
    stage = EventStage(before.resources)
    compile_s = time.perf_counter() - t0
    docs = [before(a["content"], published=(a.get("date_extracted") or "")[:10] or None)
            for a in arts]
    sentences = sum(len(d.sentences) for d in docs)
    t0 = time.thread_time()
    for d in docs:
        stage(d)
    cpu = time.thread_time() - t0
    events = sum(len(d.events) for d in docs)
    print(f"{len(docs)} articles, {sentences} sentences, {events} events")
    print(f"events stage: {cpu:.2f} s CPU, {sentences / cpu:,.0f} sentences/s, "
          f"{len(docs) / cpu:,.0f} articles/s; dictionary compiled in {compile_s:.2f} s")


if __name__ == "__main__":
    main()
