"""Time the English-name part of the actor filter on a store.

A value that is not a code (Houthis, interior ministry, Safadi) is matched, word by word, inside
the English names the store holds: the events' actor names, the quotes' speakers (and
addressees), the entities' names (the search's actor filter and the entity export). This times
those listings as the CLI and the web run them (the value kept as typed), with the rows found.

    PYTHONPATH=src python bench/bench_actor_names.py STORE [--repeat 3] [VALUE ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from store_filters import actor_listings, median_ms, store_args  # noqa: E402

DEFAULT_VALUES = ("Houthis", "interior ministry", "Salman", "Zzyzx")


def main() -> None:
    from marsad.store import connect
    from marsad.store import query as Q

    args = store_args(__doc__, DEFAULT_VALUES)
    con = connect(args.store, read_only=True)
    counts = Q.stats(con)
    print(f"store {args.store}: {counts['articles']:,} articles, {counts['entities']:,} "
          f"entities, {counts['events']:,} events, {counts['quotes']:,} quotes")
    listings = actor_listings(con, Q)
    print(f"{'value':<18} {'listing':<9} {'rows':>6} {'ms (median)':>12}")
    for value in args.values:
        f = Q.Filters(actor=value)
        for name, run in listings.items():
            found, ms = median_ms(run, f, args.repeat)
            print(f"{value:<18} {name:<9} {found:>6} {ms:>12.1f}")
    con.close()


if __name__ == "__main__":
    main()
