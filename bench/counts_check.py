"""Check `marsad counts` on a real store against a plain-Python count of its event rows.

    PYTHONPATH=src .venv/bin/python bench/counts_check.py STORE.db

For four groupings (month and type, ISO week and dyad, day of first report and source country,
year and QuadClass) it counts the events, mentions, articles and Goldstein values in Python from
the stored rows (dates through `tables.date_bounds`, weeks through `date.isocalendar`) and prints
the groups where that count and `marsad.store.aggregate.counts` differ. Reads the store only.
"""

from __future__ import annotations

import collections
import datetime as dt
import sys

from marsad.store import connect
from marsad.store.aggregate import COARSER, UNDATED, counts
from marsad.tables import date_bounds

GROUPINGS = (("month,plover_type", "event"), ("week,dyad", "event"),
             ("day,source_country", "published"), ("year,quad_class", "event"))
LABELS = {"day": lambda d: d.isoformat(), "month": lambda d: d.isoformat()[:7],
          "year": lambda d: d.isoformat()[:4],
          "week": lambda d: "%04d-W%02d" % d.isocalendar()[:2]}
COLUMNS = {"plover_type": "plover_type", "source_country": "actor1_country",
           "quad_class": "quad_class"}


def main(db: str) -> int:
    con = connect(db, read_only=True)
    events = [dict(r) for r in con.execute("SELECT * FROM events")]
    mentions = collections.defaultdict(list)
    for r in con.execute("SELECT event_id, article_id, published FROM mentions"):
        mentions[r[0]].append((r[1], r[2]))
    for by, basis in GROUPINGS:
        period, kind = by.split(",")
        groups = collections.defaultdict(lambda: [0, 0, set(), []])
        for ev in events:
            ms = mentions[ev["event_id"]]
            if basis == "published":
                day = min((p for _, p in ms if p), default=None)
                first, last, own = day, day, day
            else:
                (first, last), own = date_bounds(ev["date"]), ev["date"]
            if first is None:
                label, note = None, UNDATED
            else:
                a, b = (LABELS[period](dt.date.fromisoformat(x)) for x in (first, last))
                label, note = (a, None) if a == b else (own, COARSER)
            key = (ev[COLUMNS[kind]] if kind in COLUMNS else
                   f"{ev['actor1_country'] or '-'}→{ev['actor2_country'] or '-'}")
            g = groups[(label, key, note)]
            g[0] += 1
            g[1] += len(ms)
            g[2].update(a for a, _ in ms)
            g[3].append(ev["goldstein"])
        python = {k: (e, m, len(a), round(sum(gs) / len(gs), 3), round(sum(gs), 3))
                  for k, (e, m, a, gs) in groups.items()}
        res = counts(con, by, date=basis)
        sql = {(r[period], r[kind], r["date_note"]): (r["events"], r["mentions"], r["articles"],
                                                       r["goldstein_mean"], r["goldstein_sum"])
               for r in res["rows"]}
        differ = sorted(((k, python.get(k), sql.get(k)) for k in set(python) | set(sql)
                         if python.get(k) != sql.get(k)), key=str)
        print(f"{by} (dated by {basis}): {len(sql)} groups, {res['total']['events']} events, "
              f"{len(differ)} differing")
        for k, p, s in differ:
            print(f"    {k}: python {p}, counts {s}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
