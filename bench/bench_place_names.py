"""Time the English-name part of the place filter on a store.

A place value that is not a code (Aden, Riyadh, Sanaa) is matched, word by word, inside the
place names the store holds: the events' `location_name` (`marsad events --place`, the web's
and the API's events) and the mentions' `ev_location_name` (the search's place filter: the
articles that report an event there). This times both listings as the CLI and the web run
them (the value kept as typed), with the rows found.

    PYTHONPATH=src python bench/bench_place_names.py STORE [--repeat 3] [VALUE ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from store_filters import median_ms, store_args  # noqa: E402

DEFAULT_VALUES = ("Aden", "Riyadh", "Sanaa", "Jeddah", "Mecca", "Zzyzx")


def main() -> None:
    from marsad.store import connect
    from marsad.store import query as Q

    args = store_args(__doc__, DEFAULT_VALUES)
    con = connect(args.store, read_only=True)
    counts = Q.stats(con)
    print(f"store {args.store}: {counts['articles']:,} articles, {counts['events']:,} events, "
          f"{counts['mentions']:,} mentions")
    listings = {
        "events": lambda f: Q.events(con, f, 50)["total"],
        "search": lambda f: Q.search(con, "", f, 20)["total"],  # (articles reporting one)
    }
    for value in args.values:
        f = Q.Filters(place=value)
        for name, run in listings.items():
            rows, ms = median_ms(run, f, args.repeat)
            print(f"{value:12} {name:8} rows {rows:5}  median {ms:7.1f} ms")


if __name__ == "__main__":
    main()
