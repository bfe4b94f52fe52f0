"""Time the actor filter's Arabic text fallback (`query.actor_text_clause`) on a store.

An Arabic actor value that coding does not read as one actor (نورتيك, a person of no
dictionary) is looked for, folded and word by word, in the Arabic text the actors were written
with: the events' mentions, the quotes' speakers, the entities (the search's actor filter and
the entity export). Each such column is read through the SQL function `marsad_name_words`.
This times the four listings with such values, as the CLI and the web run them (the value
kept as typed), and counts the rows the function reads.

    PYTHONPATH=src python bench/bench_actor_text.py STORE [--repeat 3] [VALUE ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from store_filters import actor_listings, median_ms, store_args  # noqa: E402

DEFAULT_VALUES = ("نورتيك", "محمد", "خالد الفيصل")


def main() -> None:
    from marsad.store import connect
    from marsad.store import query as Q
    from marsad.store.db import _arabic_name_words

    args = store_args(__doc__, DEFAULT_VALUES)
    con = connect(args.store, read_only=True)
    calls = [0]

    def counted(text):
        calls[0] += 1
        return _arabic_name_words(text)

    con.create_function("marsad_name_words", 1, counted, deterministic=True)
    counts = Q.stats(con)
    print(f"store {args.store}: {counts['articles']:,} articles, {counts['entities']:,} "
          f"entities, {counts['mentions']:,} mentions, {counts['quotes']:,} quotes")
    listings = actor_listings(con, Q)
    print(f"{'value':<14} {'listing':<9} {'rows':>6} {'ms (median)':>12} {'function calls':>15}")
    for value in args.values:
        f = Q.Filters(actor=value)
        for name, run in listings.items():
            found, ms = median_ms(run, f, args.repeat, before=lambda: calls.__setitem__(0, 0))
            print(f"{value:<14} {name:<9} {found:>6} {ms:>12.1f} "
                  f"{calls[0]:>15,}")
    con.close()


if __name__ == "__main__":
    main()
