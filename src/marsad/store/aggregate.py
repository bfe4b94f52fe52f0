"""Event counts over time and by kind: the aggregate analysts compute first from GDELT or ICEWS.

`counts(store, by=("month", "plover_type"), filters=...)` groups the stored events (the same
filters as `marsad events`: `query.event_where`) by a period and any of the keys below, and
gives for each group the number of distinct events, of their mentions and of the articles that
report them, and the mean and sum of their Goldstein scores. It is one SQLite statement
(`counts_sql`: GROUP BYs over materialized CTEs; no Python loop over rows), so it scales with
the store.

Which date places an event in a period (`date=`):
- "event" (the default, as `marsad events --sort date`): the event's own date. An event dated
  only to a week, a month, a year or a longer interval goes to a period only when the period
  holds all of it (an event of 2015-07 is in month 2015-07 and year 2015); at a finer period it
  keeps its own date as the period's value and is marked `date_note: "coarser date"`, never
  spread over days or weeks.
- "published": the day of the first article that reports the event (GDELT's DATEADDED): always
  a day. `from`/`to` then bound that day.
Events with no date at all (nor a publication date) are marked `date_note: "undated"`.

`publication_country` groups by the country of the articles that report an event (the
`published_in` filter's `articles.country`; None for articles stored with none): an event
reported in two countries is in a row of each, with the mentions and articles of that country
only (of the `source` and `published_in` filters, when given); the total counts it once, and
with a period `period_events` gives the distinct events of each dated period.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import Any

from marsad.errors import MarsadError
from marsad.store.query import Filters, _date_range, _outlet_clauses, event_where

PERIODS: tuple[str, ...] = ("day", "week", "month", "year")
# the other keys, and the column (of `events ev`) each reads; a fixed SQL text, never user input
KIND_KEYS: dict[str, str] = {
    "plover_type": "ev.plover_type",
    "cameo_root": "ev.event_root_code",
    "quad_class": "ev.quad_class",
    "source_country": "ev.actor1_country",
    "target_country": "ev.actor2_country",
    "dyad": "coalesce(ev.actor1_country, '-') || '→' || coalesce(ev.actor2_country, '-')",
    "location_country": "ev.location_country",
    "modality": "ev.modality",
    # the country of the articles that report it (`articles.country`, `marsad code --country`):
    # an event reported in two countries is counted in each (`PUBLICATION_JOIN`)
    "publication_country": "pc.country",
}
PUBLICATION = "publication_country"
KEYS: tuple[str, ...] = PERIODS + tuple(KIND_KEYS)
VALUES: tuple[str, ...] = ("events", "mentions", "articles", "goldstein_mean", "goldstein_sum")
DATE_BASES: tuple[str, ...] = ("event", "published")
COARSER = "coarser date"
UNDATED = "undated"
# the day of each event's first report: one pass over the mentions, joined (a correlated
# subquery instead would be run again for each use of the day in the period's expressions)
_FIRST_REPORTS = ("JOIN (SELECT event_id, min(published) AS day FROM mentions GROUP BY event_id)"
                  " fr ON fr.event_id = ev.event_id")
# each event once for each country of the articles reporting it (NULL: articles stored with
# none) and the number of its mentions there; the filters of the article (`source`,
# `published_in`) apply to the reports counted
PUBLICATION_JOIN = ("JOIN (SELECT m.event_id, a.country, count(*) AS n FROM mentions m "
                    "JOIN articles a ON a.article_id = m.article_id {where} "
                    "GROUP BY m.event_id, a.country) pc ON pc.event_id = ev.event_id")


class CountsError(MarsadError, ValueError):
    """A grouping key or date basis that counts does not know."""


def parse_keys(by: str | tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """The grouping keys of `by` ("month,plover_type" or a sequence), checked: each known, at
    most one period, none twice."""
    keys = tuple(k.strip() for k in (by.split(",") if isinstance(by, str) else by)
                 if k and k.strip())
    for k in keys:
        if k not in KEYS:
            raise CountsError(f"unknown grouping key {k!r}; the keys are {', '.join(KEYS)}")
    periods = [k for k in keys if k in PERIODS]
    if len(periods) > 1:
        raise CountsError(f"group by one period only, not {' and '.join(periods)}: choose one "
                          f"of {', '.join(PERIODS)}")
    twice = sorted({k for k in keys if keys.count(k) > 1})
    if twice:
        raise CountsError(f"grouping key {twice[0]!r} is given twice")
    return keys


def counts(store: sqlite3.Connection | str | Path,
           by: str | tuple[str, ...] | list[str] = ("month", "plover_type"),
           filters: Filters | None = None, date: str = "event",
           limit: int | None = None) -> dict[str, Any]:
    """The events of a store (an open connection or the path of a store) counted by `by`.

    Returns {"by", "date", "rows", "groups", "total"}: a row per group with a value for each
    key, `date_note` (None, "coarser date" or "undated"; only when a period is a key) and
    the VALUES; `groups` is the number of groups (the rows are cut to `limit` when given); the
    total counts the events and mentions of all groups and those under a coarser date or none.
    Grouped by `publication_country`, the total counts an event of several rows once, and with
    a period `period_events` gives the distinct events of each dated period.
    Rows come in the period's order (dated rows first), then most events first.
    """
    keys = parse_keys(by)
    if date not in DATE_BASES:
        raise CountsError(f"unknown date {date!r}; give event (the event's own date) or "
                          f"published (the day of the first article reporting it)")
    if isinstance(store, sqlite3.Connection):
        return _counts(store, keys, filters or Filters(), date, limit)
    from marsad.store import connect

    con = connect(store, read_only=True)
    try:
        return _counts(con, keys, filters or Filters(), date, limit)
    finally:
        con.close()


def _counts(con: sqlite3.Connection, keys: tuple[str, ...], f: Filters, date: str,
            limit: int | None) -> dict[str, Any]:
    period = next((k for k in keys if k in PERIODS), None)
    sql, params = counts_sql(keys, f, date)
    n = len(keys) + (1 if period else 0)
    rows = []
    for r in con.execute(sql, params):
        row = dict(zip(keys, r[:len(keys)]))
        if period:
            row["date_note"] = r[len(keys)]
        row.update(zip(VALUES, r[n:]))
        rows.append(row)
    rows.sort(key=lambda row: _order(row, keys, period))
    total = {"events": sum(r["events"] for r in rows),
             "mentions": sum(r["mentions"] for r in rows),
             COARSER: sum(r["events"] for r in rows if r.get("date_note") == COARSER),
             UNDATED: sum(r["events"] for r in rows if r.get("date_note") == UNDATED)}
    extra: dict[str, Any] = {}
    if PUBLICATION in keys:  # (an event of several countries' reports is in several rows:
        # its events counted once by the same grouping without the country; each mention is
        # in one row)
        once = _counts(con, tuple(k for k in keys if k != PUBLICATION), f, date, None)
        total.update({k: once["total"][k] for k in ("events", COARSER, UNDATED)})
        if period:
            extra["period_events"] = _period_events(once["rows"], period)
    shown = rows if limit is None else rows[:max(0, int(limit))]
    return {"by": list(keys), "date": date, "rows": shown, "groups": len(rows),
            "total": total, **extra}


def _period_events(rows: list[dict[str, Any]], period: str) -> dict[str, int]:
    """The distinct events of each period (dated rows only) of the rows of a counting."""
    out: dict[str, int] = {}
    for r in rows:
        if r["date_note"] is None:
            out[r[period]] = out.get(r[period], 0) + r["events"]
    return out


def _order(row: dict[str, Any], keys: tuple[str, ...], period: str | None) -> tuple:
    """Dated periods in order, then coarser dates, then the undated; within them most events
    first, then the keys' values (None last)."""
    note_rank = {None: 0, COARSER: 1, UNDATED: 2}
    head: tuple = ()
    if period:
        head = (note_rank.get(row["date_note"], 3), row[period] or "")
    return (*head, -row["events"],
            *((row[k] is None, str(row[k]) if row[k] is not None else "") for k in keys))


def counts_sql(keys: tuple[str, ...], f: Filters, date: str) -> tuple[str, list[Any]]:
    """One statement: a row per group with the keys' values (k0, k1...), `note` when a period
    is a key, then the VALUES; and its parameters.

    The filtered events are read once (`sel`, materialized, with the first and last day their
    date covers); the period's label and whether the date fits in one period are computed once
    per event (`per`, materialized: SQLite would else repeat the date arithmetic for each use);
    the events and Goldstein values are grouped from `grp`, the articles from `grp` joined to
    the mentions, and the two joined on the keys (`IS`: a key may be NULL)."""
    period = next((k for k in keys if k in PERIODS), None)
    if date == "published":  # the bounds apply to the first report's day, not the event's date
        where, params = event_where(replace(f, date_from=None, date_to=None))
        _date_range("fr.day", f, where, params)
        dates, join = "fr.day AS f, fr.day AS l, fr.day AS own", _FIRST_REPORTS
    else:
        where, params = event_where(f)
        dates, join = "ev.first_day AS f, ev.last_day AS l, ev.date AS own", ""
    kinds = [f"{KIND_KEYS[k]} AS k{i}" for i, k in enumerate(keys) if k in KIND_KEYS]
    mentions, per_country = "ev.num_mentions", PUBLICATION in keys
    outlet, outlet_params = _outlet_clauses(f)
    if per_country:  # (a row an event and country: its mentions there)
        of = ("WHERE " + " AND ".join(outlet)) if outlet else ""
        join = f"{join} {PUBLICATION_JOIN.format(where=of)}"
        params = outlet_params + params
        mentions = "pc.n AS num_mentions"
        kinds.append("pc.country AS pcc")
    sql_where = ("WHERE " + " AND ".join(where)) if where else ""
    ctes = [f"sel AS MATERIALIZED (SELECT "
            f"{', '.join(['ev.event_id', mentions, 'ev.goldstein', *kinds])}, {dates} "
            f"FROM events ev {join} {sql_where})"]
    source = "sel"
    if period == "week":  # (its Monday, once per event)
        ctes.append("wk AS MATERIALIZED (SELECT *, date(f, '-' || ((strftime('%w', f) + 6) "
                    "% 7) || ' days') AS mon FROM sel)")
        source = "wk"
    if period:
        label, fits = _period(period)
        ctes.append(f"per AS MATERIALIZED (SELECT *, {label} AS label, {fits} AS fits "
                    f"FROM {source})")
        source = "per"
    names = [f"k{i}" for i in range(len(keys))] + (["note"] if period else [])
    cols = []
    for i, k in enumerate(keys):
        if k in PERIODS:
            cols.append(f"CASE WHEN f IS NULL THEN NULL WHEN fits THEN label ELSE own END AS k{i}")
            cols.append(f"CASE WHEN f IS NULL THEN '{UNDATED}' WHEN fits THEN NULL "
                        f"ELSE '{COARSER}' END AS note")
        else:
            cols.append(f"k{i}")
    group = ", ".join(names) or "NULL"  # (no key: one group of everything)
    same = " AND ".join(f"e.{n} IS arts.{n}" for n in names) or "1"
    reports = "JOIN mentions m ON m.event_id = grp.event_id"
    if per_country:  # (the articles of the row's country, and of the source asked for)
        reports += (" JOIN articles a ON a.article_id = m.article_id AND a.country IS grp.pcc"
                    + "".join(f" AND {c}" for c in outlet))
        params = params + outlet_params
    carried = ["event_id", "num_mentions", "goldstein", *(["pcc"] if per_country else [])]
    return (f"WITH {', '.join(ctes)}, "
            f"grp AS (SELECT {', '.join([*cols, *carried])} FROM {source}), "
            f"e AS (SELECT {', '.join([*names, ''])} count(*) AS events, "
            f"sum(num_mentions) AS mentions, round(avg(goldstein), 3) AS goldstein_mean, "
            f"round(sum(goldstein), 3) AS goldstein_sum FROM grp GROUP BY {group}), "
            f"arts AS (SELECT {', '.join([*names, ''])} count(DISTINCT m.article_id) AS "
            f"articles FROM grp {reports} GROUP BY {group}) "
            f"SELECT {', '.join([*(f'e.{n}' for n in names), ''])} e.events, "
            f"coalesce(e.mentions, 0), coalesce(arts.articles, 0), e.goldstein_mean, "
            f"e.goldstein_sum FROM e LEFT JOIN arts ON {same}", params)


def _period(period: str) -> tuple[str, str]:
    """(the period's label of the first day `f`, the condition that the last day `l` is in
    the same period) as SQL over the columns of `sel`. SQLite before 3.46 has no %G/%V: an ISO
    week is reckoned from its Monday `mon` and its Thursday (whose year is the week's)."""
    if period == "day":
        return "f", "f = l"
    if period == "month":
        return "substr(f, 1, 7)", "substr(f, 1, 7) = substr(l, 1, 7)"
    if period == "year":
        return "substr(f, 1, 4)", "substr(f, 1, 4) = substr(l, 1, 4)"
    thursday = "date(mon, '+3 days')"
    return (f"strftime('%Y', {thursday}) || '-W' || "
            f"printf('%02d', (strftime('%j', {thursday}) - 1) / 7 + 1)",
            "l <= date(mon, '+6 days')")
