"""Event counts on the web: the /counts page (a form, a bar chart per group, the table) and the
JSON of `GET /v1/counts` (also at /api/counts), both over `marsad.store.aggregate.counts`.

The charts are SVG drawn here (no JavaScript, no library): bars of events per period, with
every period between the first and the last shown, so a gap is a gap and not a shorter axis.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from marsad.store import query as Q
from marsad.store.aggregate import (COARSER, KIND_KEYS, PERIODS, UNDATED, VALUES,
                                    CountsError, counts)
from marsad.tables import date_bounds
from marsad.web.api import ERRORS, event_filters, state
from marsad.web.html import Html, attrs, el, esc, join, url
from marsad.web.state import AppState

BY_HELP = ("grouping keys, comma-separated: at most one period (" + ", ".join(PERIODS)
           + "; week is the ISO week) and any of " + ", ".join(KIND_KEYS)
           + " (dyad: source country→target country; publication_country: the country of "
             "the articles reporting the event, an event reported in two counted in each)")
DATE_HELP = ("the date that places an event in a period: its own (event, the default) or the "
             "day of the first article reporting it (published; from/to then bound that day)")
MAX_CHARTS = 12  # groups drawn (the most events first); the table has them all
MAX_ROWS = 2000  # rows of the page's table
MAX_BARS = 400  # periods filled in between the first and the last; more: only those with events


def _counts(st: AppState, by: str, f: Q.Filters, date: str) -> dict[str, Any]:
    try:
        with st.db() as con:
            return counts(con, by, f, date=date)
    except CountsError as exc:
        raise HTTPException(422, str(exc)) from None


def build_router() -> APIRouter:
    r = APIRouter()

    def api_counts(by: str = Query("month,plover_type", max_length=200, description=BY_HELP),
                   date: str = Query("event", pattern="^(event|published)$",
                                     description=DATE_HELP),
                   f: Q.Filters = Depends(event_filters), st: AppState = Depends(state)
                   ) -> dict[str, Any]:
        return _counts(st, by, f, date)

    r.add_api_route(
        "/v1/counts", api_counts, methods=["GET"], tags=["store"], responses=ERRORS,
        summary="Events counted by period, type, country, dyad...",
        description="The events the filters of GET /v1/events select, grouped by `by`; each "
                    "row has the keys' values, `date_note` (with a period: null, \"coarser "
                    "date\" for an event dated only to a longer period, kept under its own "
                    "date, or \"undated\") and " + ", ".join(VALUES) + ". `groups` counts "
                    "the rows, `total` the events and mentions.")
    r.add_api_route("/api/counts", api_counts, methods=["GET"], include_in_schema=False)

    @r.get("/counts", include_in_schema=False, response_class=HTMLResponse)
    def counts_page(request: Request, by: str | None = Query(None, max_length=200),
                    period: str | None = Query(None, max_length=10),
                    group: str | None = Query(None, max_length=40),
                    date: str = Query("event", pattern="^(event|published)$"),
                    f: Q.Filters = Depends(event_filters), st: AppState = Depends(state)):
        from marsad.web.pages import page

        if by is None:  # (the form gives a period and a group; a link may give `by`)
            by = ",".join(k for k in ((period if period is not None else "month"),
                                      (group if group is not None else "plover_type")) if k)
        res = _counts(st, by, f, date)
        keys = res["by"]
        form = counts_form(request, keys, date, f)
        body = Html(f"<h1>Event counts</h1>{form}{_summary(res, f)}{charts(res)}"
                    f"{counts_table(res)}")
        return page(request, "Counts", body)

    return r


def counts_form(request: Request, keys: list[str], date: str, f: Q.Filters) -> Html:
    """The grouping (a period and one other key), the date basis and the filters of /events."""
    from marsad.ontology import PLOVER_TYPES
    from marsad.tables import MODALITIES
    from marsad.web.pages import (_choice, _input, _place_input, _published_in_input,
                                   _select)

    period = next((k for k in keys if k in PERIODS), "")
    group = next((k for k in keys if k in KIND_KEYS), "")
    parts = [_choice("period", "Period", [("", "none"), *((p, p) for p in PERIODS)], period),
             _choice("group", "Group by", [("", "none"), *((k, k) for k in KIND_KEYS)], group),
             _choice("date", "Dated by", [("event", "the event's date"),
                                          ("published", "first report")], date),
             _input("actor", "Actor", f.actor, size=10, placeholder="SAU, Obama"),
             _input("code", "CAMEO", f.code, size=5, placeholder="04"),
             _input("root", "Root", f.root, size=3, placeholder="19"),
             _select("type", "Type", PLOVER_TYPES, f.plover),
             _place_input(f.place, request.query_params.get("place")),
             _select("place_type", "Place type", Q.PLACE_TYPES, f.place_type),
             _input("from", "From", f.date_from, type="date"),
             _input("to", "To", f.date_to, type="date"),
             _input("source", "Source", f.source, size=10),
             _published_in_input(f.published_in),
             _select("modality", "Modality", MODALITIES, f.modality)]
    more = [k for k in keys if k not in (period, group)]
    if more:  # (a `by` of more keys than the form shows: kept, and said)
        return Html(f'<form class="filters" action="/counts" method="get">'
                    f'<input{attrs(type="hidden", name="by", value=",".join(keys))}>'
                    f'<span class="meta">grouped by {esc(", ".join(keys))}</span> '
                    f'{join(parts[2:], " ")} <button type="submit">Apply</button></form>')
    return Html(f'<form class="filters" action="/counts" method="get">{join(parts, " ")}'
                f' <button type="submit">Apply</button></form>')


def _summary(res: dict[str, Any], f: Q.Filters) -> Html:
    """The totals, and a link to the same rows as JSON (the page's grouping and filters)."""
    from marsad.web.pages import filter_params

    t = res["total"]
    bits = [f"{t['events']:,} event(s), {t['mentions']:,} mention(s) in {res['groups']:,} "
            f"group(s), dated by "
            + ("the event's own date" if res["date"] == "event" else "the first report")]
    if t[COARSER]:
        bits.append(f"{t[COARSER]:,} dated only to a longer period than a row's: counted under "
                    f"their own date, marked “{COARSER}”")
    if t[UNDATED]:
        bits.append(f"{t[UNDATED]:,} {UNDATED}")
    link = el("a", "JSON", href=url("/v1/counts", **_params(res), **filter_params(f)))
    return Html(f'<p class="total">{esc("; ".join(bits))} · {link}</p>')


def _params(res: dict[str, Any]) -> dict[str, Any]:
    return {"by": ",".join(res["by"]), "date": res["date"] if res["date"] != "event" else None}


# -- charts ------------------------------------------------------------------------------------
def charts(res: dict[str, Any]) -> Html:
    """With a period: a chart of all events per period, then one per group (the most events
    first); without: one chart of the groups."""
    keys, rows = res["by"], res["rows"]
    period = next((k for k in keys if k in PERIODS), None)
    if not rows:
        return Html("")
    if period is None:
        bars = [(_label(r, keys), r["events"]) for r in rows[:40]]
        return Html(f"<h2>Events by {esc(', '.join(keys) or 'nothing')}</h2>"
                    f"{bar_chart(bars, 'Events by ' + ', '.join(keys))}")
    dated = [r for r in rows if r["date_note"] is None]
    if not dated:
        return Html('<p class="empty">No event dated within one period: nothing to draw.</p>')
    others = [k for k in keys if k != period]
    series: dict[str, dict[str, int]] = {}
    total: dict[str, int] = {}
    for r in dated:
        total[r[period]] = total.get(r[period], 0) + r["events"]
        if others:
            s = series.setdefault(_label(r, others), {})
            s[r[period]] = s.get(r[period], 0) + r["events"]
    if "period_events" in res:  # (grouped by publication country: an event reported in two
        # countries is in two rows, counted once a period here)
        total = dict(res["period_events"])
    periods = _all_periods(period, min(total), max(total))
    out = [f'<h2>Events by {esc(period)}</h2>',
           bar_chart([(p, total.get(p, 0)) for p in periods], f"All events by {period}")]
    ranked = sorted(series.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))
    if ranked:
        out.append(f'<h2>By {esc(", ".join(others))}</h2><div class="counts-charts">')
        for name, s in ranked[:MAX_CHARTS]:
            out.append(f'<figure><figcaption dir="auto">{esc(name)} '
                       f'<span class="meta">{sum(s.values()):,} event(s)</span></figcaption>'
                       f'{bar_chart([(p, s.get(p, 0)) for p in periods], name, small=True)}'
                       f"</figure>")
        out.append("</div>")
        if len(ranked) > MAX_CHARTS:
            out.append(f'<p class="meta">{len(ranked) - MAX_CHARTS:,} more group(s) in the '
                       f"table.</p>")
    return Html("".join(out))


def _label(row: dict[str, Any], keys: list[str]) -> str:
    return " · ".join("—" if row[k] is None else str(row[k]) for k in keys) or "all"


def _all_periods(period: str, first: str, last: str) -> list[str]:
    """Every period label from `first` to `last` (so empty periods show), or, past MAX_BARS
    or for a label of another form, just the two ends' span as found."""
    try:
        if period == "year":
            out = [str(y) for y in range(int(first), int(last) + 1)]
        elif period == "month":
            out = []
            y, m = int(first[:4]), int(first[5:7])
            while f"{y:04d}-{m:02d}" <= last and len(out) <= MAX_BARS:
                out.append(f"{y:04d}-{m:02d}")
                y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        elif period == "week":  # (from Monday to Monday: a week's first day, as dates read)
            day, end = (dt.date.fromisoformat(date_bounds(w)[0] or "") for w in (first, last))
            out = []
            while day <= end and len(out) <= MAX_BARS:
                y, w, _ = day.isocalendar()
                out.append(f"{y:04d}-W{w:02d}")
                day += dt.timedelta(days=7)
        else:
            day, end = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
            out = []
            while day <= end and len(out) <= MAX_BARS:
                out.append(day.isoformat())
                day += dt.timedelta(days=1)
    except ValueError:
        out = []
    if not out or len(out) > MAX_BARS:
        return sorted({first, last})
    return out


def bar_chart(bars: list[tuple[str, int]], title: str, small: bool = False) -> Html:
    """Vertical bars (one per label, in the order given) with a count axis; the labels below,
    thinned to fit. The SVG scales to its box (viewBox), so it fits a narrow screen."""
    if not bars:
        return Html("")
    width, height = (480, 150) if small else (720, 230)
    left, right, top, bottom = 40, 10, 12, 40
    pw, ph = width - left - right, height - top - bottom
    top_count = max(1, max(n for _, n in bars))
    band = pw / len(bars)
    y_of = lambda v: top + ph - ph * v / top_count  # noqa: E731
    out = [f'<svg class="chart counts-chart" role="img" viewBox="0 0 {width} {height}" '
           f'width="{width}" height="{height}" xmlns="http://www.w3.org/2000/svg">',
           f"<title>{esc(title)}</title>"]
    for v in sorted({0, top_count // 2, top_count}):
        y = y_of(v)
        out.append(f'<line class="grid" x1="{left}" x2="{left + pw}" y1="{y:.1f}" '
                   f'y2="{y:.1f}"/><text class="axis" x="{left - 6}" y="{y + 4:.1f}" '
                   f'text-anchor="end">{v}</text>')
    longest = max(len(label) for label, _ in bars)
    step = max(1, round(len(bars) * min(longest, 14) * 6.5 / pw + 0.49))
    for i, (label, n) in enumerate(bars):
        x = left + i * band
        if n:
            bar = min(band * 0.8, 48)
            y = y_of(n)
            out.append(f'<rect class="bar"{attrs(data_label=label, data_events=n)} '
                       f'x="{x + (band - bar) / 2:.1f}" y="{y:.1f}" width="{bar:.1f}" '
                       f'height="{top + ph - y:.1f}"><title>{esc(label)}: {n:,} event(s)'
                       f"</title></rect>")
        if i % step == 0:
            shown = label if len(label) <= 14 else label[:13] + "…"
            out.append(f'<text class="axis" x="{x + band / 2:.1f}" y="{top + ph + 16}" '
                       f'text-anchor="middle">{esc(shown)}</text>')
    out.append("</svg>")
    return Html("".join(out))


# -- the table ---------------------------------------------------------------------------------
def counts_table(res: dict[str, Any]) -> Html:
    rows, keys = res["rows"], res["by"]
    if not rows:
        return Html('<p class="empty">No events match.</p>')
    note = any(k in PERIODS for k in keys)
    head = join(Html(f"<th>{esc(h)}</th>") for h in (*keys, *(["date"] if note else []),
                                                     *VALUES))
    body = []
    for r in rows[:MAX_ROWS]:
        cells = [Html(f'<td dir="auto">{esc("—" if r[k] is None else r[k])}</td>')
                 for k in keys]
        if note:
            cells.append(Html(f'<td class="date-note">{esc(r["date_note"] or "")}</td>'))
        for v in VALUES:
            value = r[v]
            shown = "—" if value is None else (f"{value:,}" if isinstance(value, int)
                                                 else f"{value:+.2f}")
            cells.append(Html(f'<td class="num">{esc(shown)}</td>'))
        body.append(Html("<tr>" + join(cells) + "</tr>"))
    more = (Html(f'<p class="meta">The first {MAX_ROWS:,} of {len(rows):,} rows; the JSON '
                 f"and the command marsad counts give them all.</p>")
            if len(rows) > MAX_ROWS else "")
    return Html(f'<div class="table-scroll"><table class="counts-table"><thead><tr>{head}'
                f"</tr></thead><tbody>{join(body)}</tbody></table></div>{more}")
