"""`marsad counts`: stored events counted by period, type, country, dyad... (a thin command over
`marsad.store.aggregate.counts`, with the filters of `marsad events`)."""

from __future__ import annotations

import csv
import json
import sys

from marsad.cli.corpus import DB_HELP, _make_filters, _open_for, _selection


def register(sub) -> None:
    from marsad.store.aggregate import DATE_BASES, KIND_KEYS, PERIODS, VALUES

    p = sub.add_parser("counts", help="count stored events by period, type, country, dyad...",
                       description="The stored events the filters select (those of `marsad "
                                   "events`), counted by the keys of --by: for each group the "
                                   "distinct " + ", ".join(VALUES) + ". An event dated only "
                                   "to a week, month or year is counted in a finer period "
                                   "under its own date, marked 'coarser date', never spread "
                                   "over days.")
    p.add_argument("--db", default="marsad.db", help=DB_HELP)
    p.add_argument("--by", default="month,plover_type", metavar="KEY[,KEY...]",
                   help="grouping keys, comma-separated (default month,plover_type): at most "
                        "one period (" + ", ".join(PERIODS) + "; week: the ISO week) and any of "
                        + ", ".join(KIND_KEYS)
                        + " (dyad: source country→target country; publication_country: "
                          "the country of the articles reporting the event, an event reported "
                          "in two countries counted in each)")
    p.add_argument("--date", choices=DATE_BASES, default="event",
                   help="the date that places an event in a period: its own date (event, the "
                        "default, as `marsad events --sort date`) or the day of the first "
                        "article reporting it (published); --from/--to then bound that date")
    _selection(p, modality=True)
    p.add_argument("--format", choices=("table", "csv", "jsonl"), default="table",
                   help="table (the default), csv (with a header) or jsonl (one JSON object a "
                        "group)")
    p.set_defaults(func=_counts)


def _counts(args) -> int:
    from marsad.store.aggregate import PERIODS, VALUES, counts, parse_keys

    keys = parse_keys(args.by)  # (a bad key is named before the store is opened)
    res = counts(_open_for(args), keys, _make_filters(args), date=args.date)
    note = ["date_note"] if any(k in PERIODS for k in keys) else []
    columns = [*keys, *note, *VALUES]
    if args.format == "jsonl":
        for r in res["rows"]:
            print(json.dumps(r, ensure_ascii=False))
    elif args.format == "csv":
        w = csv.DictWriter(sys.stdout, fieldnames=columns, lineterminator="\n")
        w.writeheader()
        w.writerows(res["rows"])
    else:
        _print_table(res, columns)
    return 0


def _print_table(res: dict, columns: list[str]) -> None:
    cells = [[_cell(r.get(c)) for c in columns] for r in res["rows"]]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip())
    for row in cells:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip())
    t = res["total"]
    print(f"{t['events']:,} event(s), {t['mentions']:,} mention(s) in {res['groups']:,} "
          f"group(s); dated by the {'event' if res['date'] == 'event' else 'first report'}"
          + (f"; {t['coarser date']:,} counted under a coarser date" if t["coarser date"]
             else "") + (f"; {t['undated']:,} undated" if t["undated"] else ""))


def _cell(value) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3f}".rstrip("0").rstrip(".") if value == value else "-"
    return str(value)
