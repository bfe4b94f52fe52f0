"""Speed of `marsad counts` (marsad.store.aggregate.counts) on a store: events counted per second.

    .venv/bin/python bench/bench_counts.py STORE.db [--by month,plover_type --by day,dyad ...]
                                          [--date event|published] [--repeat 5] [--scale K]

Build the store with `marsad ingest ../shared/data/saudinewsnet/2015-07-27.zip --db STORE.db
--limit 300`. `--scale K` counts on a copy (in a temporary folder) whose events and mentions are
each repeated K times under new ids (the same dates, types and articles), to see how the time
grows with the number of events; the store itself is never written. Each grouping is timed
`--repeat` times and the median reported (wall clock and the process's CPU time), with the events
counted per second. Output: one JSON object per grouping on stdout.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_BY = ("month,plover_type", "week", "day,dyad", "year,source_country,target_country",
              "location_country,modality")


def scaled_copy(db: Path, k: int, folder: Path) -> Path:
    """A copy of `db` with each event and mention repeated `k` times (ids suffixed -1..-k-1)."""
    from marsad.store import connect

    out = folder / "scaled.db"
    src = connect(db, read_only=True)
    src.execute("VACUUM INTO ?", (str(out),))
    src.close()
    con = connect(out)
    cols = [r[1] for r in con.execute("PRAGMA table_info(events)")]
    mcols = [r[1] for r in con.execute("PRAGMA table_info(mentions)") if r[1] != "id"]
    with con:
        con.execute("CREATE TEMP TABLE copies(n INTEGER PRIMARY KEY)")
        con.executemany("INSERT INTO copies VALUES (?)", [(n,) for n in range(1, k)])
        ev_select = ", ".join("e.event_id || '-' || c.n" if c_ == "event_id" else f'e."{c_}"'
                              for c_ in cols)
        con.execute(f"INSERT INTO events ({', '.join(chr(34) + c + chr(34) for c in cols)}) "
                    f"SELECT {ev_select} FROM events e, copies c WHERE e.event_id NOT LIKE '%-%'")
        m_select = ", ".join("m.event_id || '-' || c.n" if c_ == "event_id" else f'm."{c_}"'
                             for c_ in mcols)
        con.execute(f"INSERT INTO mentions ({', '.join(chr(34) + c + chr(34) for c in mcols)}) "
                    f"SELECT {m_select} FROM mentions m, copies c "
                    f"WHERE m.event_id NOT LIKE '%-%'")
    con.execute("ANALYZE")
    con.close()
    return out


def main(argv: list[str] | None = None) -> int:
    from marsad.store import connect
    from marsad.store.aggregate import counts

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("db", type=Path)
    ap.add_argument("--by", action="append", help="a grouping (repeatable); default: "
                    + " | ".join(DEFAULT_BY))
    ap.add_argument("--date", choices=("event", "published"), default="event")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--scale", type=int, default=1)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = scaled_copy(args.db, args.scale, Path(tmp)) if args.scale > 1 else args.db
        con = connect(db, read_only=True)
        n_events = con.execute("SELECT count(*) FROM events").fetchone()[0]
        n_mentions = con.execute("SELECT count(*) FROM mentions").fetchone()[0]
        for by in args.by or DEFAULT_BY:
            counts(con, by, date=args.date)  # (warm: pages in the cache)
            times, cpu = [], []
            for _ in range(args.repeat):
                t0, c0 = time.perf_counter(), time.process_time()
                res = counts(con, by, date=args.date)
                times.append(time.perf_counter() - t0)
                cpu.append(time.process_time() - c0)
            sec = statistics.median(times)
            cpu_sec = statistics.median(cpu)
            print(json.dumps({"by": by, "date": args.date, "scale": args.scale,
                              "events": n_events, "mentions": n_mentions,
                              "counted": res["total"]["events"], "groups": res["groups"],
                              "seconds": round(sec, 5),
                              "events_per_second": round(n_events / sec),
                              # (the process's CPU time: less swayed by other jobs on the
                              # machine than the wall clock)
                              "cpu_seconds": round(cpu_sec, 5),
                              "events_per_cpu_second": round(n_events / max(cpu_sec, 1e-9))}))
        con.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
