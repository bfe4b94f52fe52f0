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

import argparse
import statistics
import time

DEFAULT_VALUES = ("نورتيك", "محمد", "خالد الفيصل")


def main() -> None:
    from marsad.store import connect
    from marsad.store import query as Q
    from marsad.store.db import _arabic_name_words

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("store")
    ap.add_argument("values", nargs="*", default=list(DEFAULT_VALUES))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    con = connect(args.store, read_only=True)
    calls = [0]

    def counted(text):
        calls[0] += 1
        return _arabic_name_words(text)

    con.create_function("marsad_name_words", 1, counted, deterministic=True)
    counts = Q.stats(con)
    print(f"store {args.store}: {counts['articles']:,} articles, {counts['entities']:,} "
          f"entities, {counts['mentions']:,} mentions, {counts['quotes']:,} quotes")
    listings = {
        "events": lambda f: Q.events(con, f, 50)["total"],
        "quotes": lambda f: Q.quotes(con, Q.Filters(speaker=f.actor), 50)["total"],
        "search": lambda f: Q.search(con, "", f, 20)["total"],  # (articles naming the actor)
        "entities": lambda f: len(con.execute(
            "SELECT 1 FROM entities e WHERE " + " AND ".join(Q.entity_where(f)[0]),
            Q.entity_where(f)[1]).fetchall()),
    }
    print(f"{'value':<14} {'listing':<9} {'rows':>6} {'ms (median)':>12} {'function calls':>15}")
    for value in args.values:
        f = Q.Filters(actor=value)
        for name, run in listings.items():
            times = []
            for _ in range(args.repeat):
                calls[0] = 0
                t0 = time.perf_counter()
                found = run(f)
                times.append((time.perf_counter() - t0) * 1000)
            print(f"{value:<14} {name:<9} {found:>6} {statistics.median(times):>12.1f} "
                  f"{calls[0]:>15,}")
    con.close()


if __name__ == "__main__":
    main()
