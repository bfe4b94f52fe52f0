"""Time the English-name part of the actor filter on a store.

A value that is not a code (Houthis, interior ministry, Safadi) is matched, word by word, inside
the English names the store holds: the events' actor names, the quotes' speakers (and
addressees), the entities' names (the search's actor filter and the entity export). This times
those listings as the CLI and the web run them (the value kept as typed), with the rows found.

    PYTHONPATH=src python bench/bench_actor_names.py STORE [--repeat 3] [VALUE ...]
"""

from __future__ import annotations

import argparse
import statistics
import time

DEFAULT_VALUES = ("Houthis", "interior ministry", "Salman", "Zzyzx")


def main() -> None:
    from marsad.store import connect
    from marsad.store import query as Q

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("store")
    ap.add_argument("values", nargs="*", default=list(DEFAULT_VALUES))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    con = connect(args.store, read_only=True)
    counts = Q.stats(con)
    print(f"store {args.store}: {counts['articles']:,} articles, {counts['entities']:,} "
          f"entities, {counts['events']:,} events, {counts['quotes']:,} quotes")
    listings = {
        "events": lambda f: Q.events(con, f, 50)["total"],
        "quotes": lambda f: Q.quotes(con, Q.Filters(speaker=f.actor), 50)["total"],
        "search": lambda f: Q.search(con, "", f, 20)["total"],  # (articles naming the actor)
        "entities": lambda f: len(con.execute(
            "SELECT 1 FROM entities e WHERE " + " AND ".join(Q.entity_where(f)[0]),
            Q.entity_where(f)[1]).fetchall()),
    }
    print(f"{'value':<18} {'listing':<9} {'rows':>6} {'ms (median)':>12}")
    for value in args.values:
        f = Q.Filters(actor=value)
        for name, run in listings.items():
            times = []
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                found = run(f)
                times.append((time.perf_counter() - t0) * 1000)
            print(f"{value:<18} {name:<9} {found:>6} {statistics.median(times):>12.1f}")
    con.close()


if __name__ == "__main__":
    main()
