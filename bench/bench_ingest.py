"""Benchmark: ingest the SaudiNewsNet archive into a fresh store.

    .venv/bin/python bench/bench_ingest.py [--workers 2] [--limit N] [--db /tmp/bench.db]

Reports articles, seconds, articles per second (and per core), peak memory (the largest
resident set of the main process or one worker) and the store's size. Reads the zips in
../shared/data/saudinewsnet; copies nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "saudinewsnet"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--db", default="/tmp/marsad-bench.db")
    args = ap.parse_args()
    from marsad.store import ingest

    for suffix in ("", "-wal", "-shm", ".rejects.jsonl"):
        Path(args.db + suffix).unlink(missing_ok=True)
    zips = sorted(DATA.glob("*.zip"))
    if not zips:
        print(f"no zips in {DATA}", file=sys.stderr)
        return 1
    t0 = time.perf_counter()
    report = ingest(zips, args.db, workers=args.workers, progress=False, limit=args.limit,
                    batch_gc=True)  # as `marsad corpus ingest` does
    seconds = time.perf_counter() - t0
    peak_kb = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    size = sum(Path(args.db + s).stat().st_size for s in ("", "-wal")
               if Path(args.db + s).exists())
    from marsad.store import connect
    from marsad.store.query import stats

    counts = stats(connect(args.db))
    result = {
        "articles_stored": report.stored, "duplicates": report.duplicates,
        "rejected": report.rejected, "seconds": round(seconds, 1),
        "articles_per_second": round(report.stored / seconds, 1),
        "articles_per_second_per_core": round(report.stored / seconds / args.workers, 1),
        "peak_rss_mb": round(peak_kb / 1024, 1), "db_mb": round(size / 2**20, 1),
        "workers": args.workers, "counts": counts,
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
    }
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
