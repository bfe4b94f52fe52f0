"""Small SVG charts drawn on the server: an actor's monthly timeline and counterpart network.

Plain SVG elements (no JavaScript, no library); every label goes through `esc()`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from marsad.web.html import Html, attrs, esc, path_part

QUAD_COLOURS = {1: "#2e7d32", 2: "#1565c0", 3: "#ef6c00", 4: "#c62828"}
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
              4: "material conflict"}


def _months(first: str, last: str) -> list[str]:
    """Every month from `first` to `last` (YYYY-MM), so gaps show as empty months."""
    y, m = int(first[:4]), int(first[5:7])
    ly, lm = int(last[:4]), int(last[5:7])
    out = []
    while (y, m) <= (ly, lm) and len(out) < 600:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _valid_month(s: Any) -> bool:
    return isinstance(s, str) and len(s) >= 7 and s[:4].isdigit() and s[5:7].isdigit()


def timeline(rows: Sequence[dict[str, Any]], width: int = 720, height: int = 240) -> Html:
    """Bars: events per month (left axis); line and dots: mean Goldstein (-10..+10, right axis)."""
    data = {r["month"]: r for r in rows if _valid_month(r.get("month"))}
    if not data:
        return Html('<p class="empty">No dated events.</p>')
    months = _months(min(data), max(data))
    left, right, top, bottom = 44, 48, 14, 42
    pw, ph = width - left - right, height - top - bottom
    top_count = max(int(data[m]["events"]) for m in data) if data else 1
    band = pw / len(months)
    y_count = lambda v: top + ph - ph * v / top_count  # noqa: E731
    y_gold = lambda g: top + ph / 2 - (ph / 2) * g / 10  # noqa: E731
    out = [f'<svg class="chart timeline" role="img" viewBox="0 0 {width} {height}" '
           f'width="{width}" height="{height}" xmlns="http://www.w3.org/2000/svg">',
           "<title>Events per month and mean Goldstein score</title>"]
    for v in sorted({0, top_count // 2, top_count}):  # left axis: counts
        y = y_count(v)
        out.append(f'<line class="grid" x1="{left}" x2="{left + pw}" y1="{y:.1f}" y2="{y:.1f}"/>')
        out.append(f'<text class="axis" x="{left - 6}" y="{y + 4:.1f}" '
                   f'text-anchor="end">{v}</text>')
    for g in (-10, 0, 10):  # right axis: Goldstein
        out.append(f'<text class="axis gold" x="{left + pw + 6}" y="{y_gold(g) + 4:.1f}">'
                   f"{g:+d}</text>")
    out.append(f'<line class="zero" x1="{left}" x2="{left + pw}" y1="{y_gold(0):.1f}" '
               f'y2="{y_gold(0):.1f}"/>')
    step = max(1, math.ceil(len(months) / 12))
    points = []
    for i, m in enumerate(months):
        x = left + i * band
        r = data.get(m)
        n = int(r["events"]) if r else 0
        if n:
            y = y_count(n)
            gold = r.get("mean_goldstein")
            tip = f"{m}: {n} event(s)" + (f", mean Goldstein {gold:+.2f}" if gold is not None
                                          else "")
            bar = min(band * 0.7, 56)  # a lone month is a bar, not a wall
            out.append(f'<rect class="bar"{attrs(data_month=m, data_events=n)} '
                       f'x="{x + (band - bar) / 2:.1f}" y="{y:.1f}" width="{bar:.1f}" '
                       f'height="{top + ph - y:.1f}"><title>{esc(tip)}</title></rect>')
            if gold is not None:
                points.append((x + band / 2, y_gold(float(gold)), m, float(gold)))
        if i % step == 0:
            out.append(f'<text class="axis" x="{x + band / 2:.1f}" y="{top + ph + 16}" '
                       f'text-anchor="middle">{esc(m)}</text>')
    # The line joins consecutive months only: a month without events is a gap, not a slope.
    index = {m: i for i, m in enumerate(months)}
    runs: list[list[tuple[float, float, str, float]]] = []
    for pt in points:
        if runs and index[pt[2]] == index[runs[-1][-1][2]] + 1:
            runs[-1].append(pt)
        else:
            runs.append([pt])
    for run in runs:
        if len(run) > 1:
            out.append('<polyline class="gold-line" points="' +
                       " ".join(f"{x:.1f},{y:.1f}" for x, y, _, _ in run) + '"/>')
    for x, y, m, g in points:
        out.append(f'<circle class="gold-dot" cx="{x:.1f}" cy="{y:.1f}" r="3.5">'
                   f"<title>{esc(m)}: mean Goldstein {g:+.2f}</title></circle>")
    out.append(f'<text class="legend" x="{left}" y="{height - 6}">bars: events per month · '
               f'line: mean Goldstein (right axis, −10…+10)</text>')
    out.append("</svg>")
    return Html("".join(out))


def network(code: str, name: str | None, counterparts: Sequence[dict[str, Any]],
            width: int = 720, height: int = 440, max_nodes: int = 16) -> Html:
    """The actor in the centre, its counterparts around it; one edge per (counterpart,
    QuadClass), its width by the number of events, its colour by the QuadClass."""
    totals: dict[str, int] = {}
    names: dict[str, str] = {}
    for c in counterparts:
        if not c.get("code"):
            continue
        totals[c["code"]] = totals.get(c["code"], 0) + int(c["events"])
        names.setdefault(c["code"], c.get("name") or c["code"])
    if not totals:
        return Html('<p class="empty">No counterparts.</p>')
    nodes = sorted(totals, key=lambda k: (-totals[k], k))[:max_nodes]
    cx, cy = width / 2, height / 2 - 10
    radius = min(width, height) / 2 - 80
    pos = {}
    for i, k in enumerate(nodes):
        a = -math.pi / 2 + 2 * math.pi * i / len(nodes)
        pos[k] = (cx + radius * math.cos(a), cy + radius * math.sin(a), a)
    top_edge = max(int(c["events"]) for c in counterparts if c.get("code") in pos)
    out = [f'<svg class="chart network" role="img" viewBox="0 0 {width} {height}" '
           f'width="{width}" height="{height}" xmlns="http://www.w3.org/2000/svg">',
           f"<title>Counterparts of {esc(code)}</title>"]
    for k in nodes:
        edges = sorted((c for c in counterparts if c.get("code") == k),
                       key=lambda c: c["quad_class"] or 0)
        x, y, _ = pos[k]
        dx, dy = x - cx, y - cy
        length = math.hypot(dx, dy) or 1
        nx, ny = -dy / length, dx / length
        for j, e in enumerate(edges):
            bend = (j - (len(edges) - 1) / 2) * 28
            qx, qy = (cx + x) / 2 + nx * bend, (cy + y) / 2 + ny * bend
            q = e["quad_class"]
            w = 1.5 + 8 * math.sqrt(int(e["events"]) / top_edge)
            tip = (f"{code} ↔ {names[k]}: {e['events']} event(s), "
                   f"{QUAD_NAMES.get(q, 'unknown class')}")
            out.append(f'<path class="edge"{attrs(data_quad=q, data_events=e["events"])} '
                       f'd="M{cx:.1f},{cy:.1f} Q{qx:.1f},{qy:.1f} {x:.1f},{y:.1f}" '
                       f'stroke="{QUAD_COLOURS.get(q, "#777")}" stroke-width="{w:.1f}" '
                       f'fill="none"><title>{esc(tip)}</title></path>')
    for k in nodes:
        x, y, a = pos[k]
        r = 5 + 9 * math.sqrt(totals[k] / max(totals.values()))
        anchor = "start" if math.cos(a) > 0.2 else "end" if math.cos(a) < -0.2 else "middle"
        lx, ly = x + (r + 6) * math.cos(a), y + (r + 6) * math.sin(a) + 4
        label = names[k] if len(names[k]) <= 28 else names[k][:27] + "…"
        out.append(f'<a href="/actors/{esc(path_part(k))}">'
                   f'<circle class="node"{attrs(data_code=k)} cx="{x:.1f}" cy="{y:.1f}" '
                   f'r="{r:.1f}"><title>{esc(names[k])} [{esc(k)}]: {totals[k]} event(s)'
                   f'</title></circle><text class="label" x="{lx:.1f}" y="{ly:.1f}" '
                   f'text-anchor="{anchor}">{esc(label)} ({esc(k)})</text></a>')
    out.append(f'<circle class="node centre" cx="{cx:.1f}" cy="{cy:.1f}" r="16">'
               f"<title>{esc(name or code)} [{esc(code)}]</title></circle>")
    out.append(f'<text class="label centre" x="{cx:.1f}" y="{cy + 32:.1f}" '
               f'text-anchor="middle">{esc(code)}</text>')
    for i, (q, colour) in enumerate(QUAD_COLOURS.items()):
        lx = 12 + i * 176
        out.append(f'<line x1="{lx}" x2="{lx + 22}" y1="{height - 12}" y2="{height - 12}" '
                   f'stroke="{colour}" stroke-width="4"/><text class="legend" x="{lx + 28}" '
                   f'y="{height - 8}">{QUAD_NAMES[q]}</text>')
    out.append("</svg>")
    return Html("".join(out))
