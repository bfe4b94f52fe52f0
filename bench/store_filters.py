"""What the store-filter benchmarks share (bench_actor_names, bench_actor_text,
bench_place_names): their command line, the listings an actor value filters, and the median
time of one listing."""

from __future__ import annotations

import argparse
import statistics
import time


def store_args(doc: str, defaults: tuple[str, ...]) -> argparse.Namespace:
    """STORE, the values to filter by (else `defaults`) and --repeat, described by the
    benchmark's docstring's first line."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("store")
    ap.add_argument("values", nargs="*", default=list(defaults))
    ap.add_argument("--repeat", type=int, default=3)
    return ap.parse_args()


def actor_listings(con, Q) -> dict:
    """The four listings an actor value filters, as the CLI and the web run them: events,
    quotes (by speaker), search (articles naming the actor) and entities; each gives its rows."""
    return {
        "events": lambda f: Q.events(con, f, 50)["total"],
        "quotes": lambda f: Q.quotes(con, Q.Filters(speaker=f.actor), 50)["total"],
        "search": lambda f: Q.search(con, "", f, 20)["total"],
        "entities": lambda f: len(con.execute(
            "SELECT 1 FROM entities e WHERE " + " AND ".join(Q.entity_where(f)[0]),
            Q.entity_where(f)[1]).fetchall()),
    }


def median_ms(run, f, repeat: int, before=None):
    """(the rows `run(f)` finds, the median of `repeat` timings in ms); `before()`, if given,
    runs ahead of each timing (a counter reset)."""
    times, found = [], None
    for _ in range(repeat):
        if before is not None:
            before()
        t0 = time.perf_counter()
        found = run(f)
        times.append((time.perf_counter() - t0) * 1000)
    return found, statistics.median(times)
