"""The HTML pages: article, search, actor and events, rendered on the server from the store.

No JavaScript: highlights are nested <span>s built by `html.highlight`, charts are SVG built by
`svg`, and every stored or submitted string is escaped on its way into a page.
"""

from __future__ import annotations

from collections import OrderedDict
from http import HTTPStatus
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse

from marsad.ontology import PLOVER_TYPES
from marsad.render import amount_label
from marsad.store import query as Q
from marsad.tables import MODALITIES, split_reporters
from marsad.web.api import (article_filters, event_filters, event_sort, not_found,
                            paging, published_day, quote_filters, quotes_page, state)
from marsad.web.evidence import evidence_cell, first_mentions
from marsad.web.html import Html, Mark, attrs, el, esc, highlight, join, path_part, url
from marsad.web.state import AppState
from marsad.web.svg import QUAD_NAMES, network, timeline

NAV = (("/article", "Article"), ("/search", "Search"), ("/events", "Events"),
       ("/quotes", "Quotes"), ("/counts", "Counts"), ("/actors", "Actors"))


def layout(request: Request, title: str, body: Html) -> str:
    st: AppState = request.app.state.marsad
    here = request.url.path
    nav = join(Html(f'<a href="{p}"{attrs(class_="here" if here.startswith(p) else None)}>'
                    f"{esc(label)}</a>") for p, label in NAV)
    mode = Html('<span class="badge ro" title="started with --read-only: nothing is stored">'
                "read-only</span>") if st.read_only else ""
    return st.templates.render("base.html", title=title, nav=nav, mode=mode, body=body)


def page(request: Request, title: str, body: Html, status: int = 200) -> HTMLResponse:
    return HTMLResponse(layout(request, title, body), status_code=status)


def error_page(request: Request, status: int, message: str) -> str:
    st: AppState = request.app.state.marsad
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = "Error"
    body = st.templates.render("error.html", status=status, phrase=phrase, message=message)
    return layout(request, f"{status} {phrase}", body)


def safe_href(link: str | None) -> str | None:
    """Only http(s) links from stored data become links (never javascript: or data:)."""
    if link and link.lower().startswith(("http://", "https://")):
        return link
    return None


def plural(n: int, word: str) -> str:
    return f"{n:,} {word}" + ("" if n == 1 else "s")


def actor_link(code: str | None, name: str | None = None) -> Html:
    if not code:
        return esc(name or "—")
    label = f"{name} [{code}]" if name else code
    return el("a", label, href=f"/actors/{path_part(code)}")


def ar(text: Any, tag: str = "span", **extra: Any) -> Html:
    """Arabic text: right-to-left, in the served Arabic font."""
    return el(tag, text, lang="ar", dir="rtl", **extra)


# -- the article view -------------------------------------------------------------------------
def _ref_label(ref: dict[str, Any] | None) -> str:
    if not ref:
        return "unattributed"
    code = f" [{ref['actor_code']}]" if ref.get("actor_code") else ""
    return f"{ref.get('canonical') or ref.get('text')}{code}"


def article_marks(doc: dict[str, Any], sentences: list[str]) -> list[Mark]:
    marks: list[Mark] = []
    for q in doc.get("quotes", []):
        marks.append(Mark(q["start"], q["end"], "quote", id=f"q-{q['start']}",
                          title=f"Quote ({q.get('kind')}) — speaker: {_ref_label(q.get('speaker'))}",
                          data={"speaker": (q.get("speaker") or {}).get("canonical") or ""}))
    for e in doc.get("entities", []):
        marks.append(Mark(e["start"], e["end"], f"ent ent-{(e.get('type') or 'X').lower()}",
                          title=f"{e.get('canonical')} [{e.get('actor_code') or '-'}] · "
                                f"{e.get('type')} · {e.get('how')}",
                          data={"code": e.get("actor_code") or ""}))
    for d in doc.get("dates", []):
        marks.append(Mark(d["start"], d["end"], "date", title=f"date: {d.get('value')}"))
    for a in doc.get("amounts", []):
        marks.append(Mark(a["start"], a["end"], "amount",
                          title="amount: " + amount_label(a["value"], a.get("unit"),
                                                          a.get("qualifier"))))
    for i, ev in enumerate(doc.get("events", []), 1):
        spans = [(m["start"], m["end"]) for m in ev.get("mentions") or []] or [
            (ev["evidence"]["start"], ev["evidence"]["end"])]
        for k, (s, e) in enumerate(spans):
            marks.append(Mark(s, e, f"ev q{ev.get('quad_class')}",
                              id=f"ev-{i}" if k == 0 else None,
                              title=f"event {i}: {sentences[i - 1]}",
                              data={"event": i}, href=f"#event-{i}"))  # to its sentence
    return marks


# How an event got its place (`Location.source`, the events table's `location_source`), said
# for the label's tooltip (docs/export.md)
PLACE_SOURCES = {
    "sentence": "said as where in the event's own sentence",
    "visited": "the place the visit went to",
    "target": "the town or region attacked",
    "meeting_name": "the town the talks are named for",
    "party_visit": "where a party of the meeting was visiting that day",
    "dateline": "the dateline: where the news was filed, often not where it happened",
    "source_country": "the country that summoned, recalled or cut relations",
    "target_country": "the country of the police, armed groups or people attacked",
    "publication_country": "the country the article was published in: a local story that "
                           "names no place",
}


def place_label(kind: str | None, source: str | None) -> Html:
    """The small label after an event's place: its type (country, region, city: what a map
    draws) and how the event got it, e.g. `city · dateline`; empty when neither is known (rows
    stored before they were recorded). Left to right inside an Arabic line too (`dir`)."""
    bits = [b for b in (kind, (source or "").replace("_", " ")) if b]
    if not bits:
        return Html("")
    title = "; ".join(t for t in (kind and f"type: {kind}",
                                  source and f"source: {PLACE_SOURCES.get(source, source)}") if t)
    return el("span", " · ".join(bits), class_="place-kind", dir="ltr", title=title)


def place_html(name: str | None, kind: str | None, source: str | None,
               admin1: str | None = None) -> Html:
    """A place's name (isolated from the text around it: an Arabic name in an English line),
    with the province the text puts it in (`Location.admin1`: "Zinjibar, Abyan"), and its
    label (`place_label`)."""
    label = place_label(kind, source)
    shown = f"{name}, {admin1}" if name and admin1 else name or "—"
    return Html(el("bdi", shown) + (" " + label if label else ""))


def article_view(doc: dict[str, Any], stored_id: str | None = None,
                 note: Html | str = "") -> Html:
    from marsad.document import Document
    from marsad.ontology import lookup
    from marsad.render import event_sentence

    coded = Document.from_dict(doc)
    events = coded.events
    sentences = [event_sentence(ev) for ev in events]
    anchors = event_anchors(coded)
    page_links = ({i: Html(" " + el("a", "event page", href=f"/events/{path_part(eid)}", class_="badge"))
                   for i, eid in event_ids(coded).items()} if stored_id else {})
    meta = doc.get("meta") or {}
    text = doc.get("text") or ""
    head = [el("h1", meta["title"], lang="ar", dir="auto") if meta.get("title")
            else el("h1", "Article")]
    facts = [f"published {doc.get('published') or '—'}"]
    if meta.get("source"):
        facts.append(f"source {meta['source']}")
    if meta.get("country"):  # (the country it was published in: its record's or the run's)
        facts.append(f"country {meta['country']}")
    facts.append(f"{plural(len(doc.get('entities', [])), 'actor mention')}, "
                 f"{plural(len(doc.get('quotes', [])), 'quote')}, {plural(len(events), 'event')}")
    line = esc(" · ".join(facts))
    link = safe_href(meta.get("url"))
    if link:
        line = Html(line + " · " + el("a", "original", href=link, rel="noopener noreferrer"))
    if stored_id:
        line = Html(line + " · " + el("a", "JSON", href=f"/v1/articles/{path_part(stored_id)}"))
    head.append(Html(f'<p class="facts">{line}</p>'))
    if note:
        head.append(Html(f'<p class="note">{esc(note)}</p>'))
    legend = Html('<p class="legend"><span class="ent ent-person">person</span> '
                  '<span class="ent ent-org">organisation</span> '
                  '<span class="ent ent-gpe">country/place</span> '
                  '<span class="quote">quote (hover: speaker)</span> '
                  '<span class="ev q1">event trigger</span> <span class="date">date</span> '
                  '<span class="amount">amount</span></p>')
    body_text = highlight(text, article_marks(doc, sentences))

    ev_items = []
    for i, (ev, sent) in enumerate(zip(events, sentences), 1):
        try:
            name = lookup(ev.cameo).name
        except KeyError:
            name = ""
        evid = text[ev.evidence["start"]:ev.evidence["end"]]
        bits = [el("span", f"CAMEO {ev.cameo}", class_=f"badge q{ev.quad_class}",
                   title=f"{name} · {QUAD_NAMES.get(ev.quad_class, '')}"),
                el("span", f"date {ev.date or doc.get('published') or '—'}", class_="badge")]
        if ev.location:
            loc = ev.location
            bits.append(el("span", Html("in " + place_html(loc.name, loc.type, loc.source,
                                                           loc.admin1)),
                           class_="badge place"))
        if ev.modality and ev.modality != "asserted":
            bits.append(el("span", ev.modality, class_="badge mod"))
        if ev.reported_by or ev.reporters:
            bits.append(reporters_badge(ev))
        ev_items.append(Html(
            f'<li class="event" id="event-{i}">{anchors.get(i, "")}'
            f'<a href="#ev-{i}">{esc(sent)}</a>'
            f'<div class="badges">{join(bits, " ")}{page_links.get(i, "")}</div>'
            f'<div class="evidence">{ar("«" + evid + "»")}</div></li>'))
    events_html = (Html(f'<ol class="events">{join(ev_items)}</ol>') if ev_items
                   else Html('<p class="empty">No events coded.</p>'))

    groups: OrderedDict[str, list[dict[str, Any]]] = OrderedDict()
    for q in doc.get("quotes", []):
        groups.setdefault(_ref_label(q.get("speaker")), []).append(q)
    q_html = []
    for who, qs in groups.items():
        spk = qs[0].get("speaker") or {}
        title = (actor_link(spk.get("actor_code"), spk.get("canonical")) if spk
                 else esc("Unattributed"))
        items = join(quote_item(q.get("text"), el("span", q.get("kind"), class_="badge"),
                                f"#q-{q['start']}") for q in qs)
        q_html.append(Html(f'<div class="speaker"><h3>{title}</h3><ul class="quotes">{items}'
                           f"</ul></div>"))
    quotes_html = join(q_html) if q_html else Html('<p class="empty">No quotes.</p>')

    seen: OrderedDict[tuple[str, str], dict[str, Any]] = OrderedDict()
    for e in doc.get("entities", []):
        seen.setdefault((e.get("canonical") or "", e.get("actor_code") or ""), e)
    actors_html = join(Html(f"<li>{actor_link(e.get('actor_code'), e.get('canonical'))} "
                            f"{ar(e.get('text'))}</li>") for e in seen.values())
    return Html(
        join(head) + legend +
        '<div class="article-grid" dir="rtl">'
        f'<section class="article-text" lang="ar" dir="rtl">{body_text}</section>'
        '<aside dir="ltr">'
        f'<h2>Events</h2>{events_html}<h2>Quotes by speaker</h2>{quotes_html}'
        f'<h2>Actors</h2><ul class="actors">{actors_html}</ul></aside></div>')


def event_anchors(doc) -> dict[int, Html]:
    """An empty span `e-{event_id}` (a link target) in the list item of the first event (1-based) of each
    stored event id: the events table's links land on the event in its article."""
    anchors: dict[int, Html] = {}
    seen: set[str] = set()
    for i, eid in event_ids(doc).items():
        if eid not in seen:
            seen.add(eid)
            anchors[i] = Html(f'<span class="anchor" id="e-{esc(eid)}"></span>')
    return anchors


def event_ids(doc) -> dict[int, str]:
    """The stored event id of each event (1-based) of a document."""
    from marsad.tables import event_id, event_key

    return {i: event_id(event_key(ev, doc)) for i, ev in enumerate(doc.events, 1)}


# -- one event -----------------------------------------------------------------------------------
DATE_SOURCES = {"expression": "from a date written with the event",
                "published": "the article's day (none written with the event: the publication "
                             "date, or the day its opening names, as أمس)",
                "none": "no date (the article has none)"}


def _cameo_name(code: str | None) -> str:
    from marsad.ontology import lookup

    try:
        return lookup(code).name
    except (KeyError, TypeError):
        return ""


def _side(ev: dict[str, Any], n: int) -> Html:
    """An event's source (1) or target (2): a link to the actor, its country and role."""
    code, name = ev.get(f"actor{n}_code"), ev.get(f"actor{n}_name")
    if not code and not name:
        return esc("—")
    extra = " · ".join(f"{k} {v}" for k, v in (("country", ev.get(f"actor{n}_country")),
                                                ("role", ev.get(f"actor{n}_role"))) if v)
    return Html(actor_link(code, name) + (esc(f" ({extra})") if extra else ""))


def reporters_badge(ev) -> Html:
    """"reported by …": who the article says told the event (`Event.reporters`, or its
    `reported_by` alone in a document coded before the list was recorded), each a link to the
    actor's page when it has a code, the Arabic the text names them with on hover."""
    from marsad.tables import actor_name

    refs = list({(r.actor_code, r.canonical, r.text): r for r in
                 [*([ev.reported_by] if ev.reported_by else []), *(ev.reporters or [])]
                 }.values())
    links = join((actor_link(r.actor_code, actor_name(r) or r.text) for r in refs), " &amp; ")
    return el("span", Html("reported by " + links), class_="badge reporters",
              title=" · ".join(r.text for r in refs if r.text))


def event_view(ev: dict[str, Any]) -> Html:
    """A stored event: what, who, when (and how the date was found), where, and every mention
    with its sentence, the trigger highlighted."""
    q, gold, code = ev.get("quad_class"), ev.get("goldstein"), ev.get("event_code")
    mentions = ev.get("mentions") or []
    how = sorted({m.get("date_source") or "none" for m in mentions})
    place = ev.get("location_name") or ev.get("location_country")
    where = f"{place}, {ev['location_admin1']}" if place and ev.get("location_admin1") else place
    rows = (
        ("Type", esc(f"{ev.get('plover_type') or '—'}"
                     + (f" ({ev['plover_mode']})" if ev.get("plover_mode") else ""))),
        ("CAMEO", Html(f'{el("span", code, class_=f"badge q{q}")} {esc(_cameo_name(code))}'
                       + esc(f" · base {ev.get('event_base_code')} · root "
                             f"{ev.get('event_root_code')}"))),
        ("QuadClass", el("span", f"{q} {QUAD_NAMES.get(q, '')}", class_=f"quad q{q}")),
        ("Goldstein", esc(f"{gold:+.1f}" if isinstance(gold, (int, float)) else "—")),
        ("Source actor", _side(ev, 1)),
        ("Target actor", _side(ev, 2)),
        ("Date", esc(f"{ev.get('date') or '—'} · "
                     + "; ".join(DATE_SOURCES.get(h, h) for h in how))),
        ("Place", Html(place_html(
            f"{where} ({ev['location_country']})" if place and ev.get("location_country") and
            place != ev["location_country"] else where, ev.get("location_type"),
            ev.get("location_source")))),
        ("Modality", esc(ev.get("modality") or "—")),
        *((("Reported by", esc(", ".join(split_reporters(ev["reporters"])))),)
          if ev.get("reporters") else ()),
        ("Reported", esc(f"{plural(ev.get('num_mentions') or 0, 'mention')} in "
                         f"{plural(ev.get('num_articles') or 0, 'article')}")),
    )
    facts = join(Html(f"<tr><th>{esc(k)}</th><td>{v}</td></tr>") for k, v in rows)
    items = join(_mention_item(m, ev) for m in mentions)
    title = " ".join(x for x in (ev.get("actor1_name") or ev.get("actor1_code") or "—",
                                 _cameo_name(code) or code,
                                 ev.get("actor2_name") or ev.get("actor2_code") or "") if x)
    json_link = el("a", "JSON", href=f"/v1/events/{path_part(ev['event_id'])}")
    return Html(f"<h1>{esc(title)}</h1>"
                f'<p class="facts">event {esc(ev["event_id"])} · {json_link}</p>'
                f'<table class="event-facts">{facts}</table>'
                f'<h2>Mentions</h2><ol class="mentions">{items}</ol>')


def _mention_item(m: dict[str, Any], ev: dict[str, Any]) -> Html:
    """One mention: its article (linking to the event beside the text) and its sentence with
    the trigger highlighted."""
    sentence = m.get("sentence_text") or m.get("evidence") or ""
    base = m.get("sentence_start")
    marks = []
    if base is not None and m.get("start") is not None:
        s, e = m["start"] - base, m["end"] - base
        if 0 <= s < e <= len(sentence):
            marks.append(Mark(s, e, f"ev q{ev.get('quad_class')}", title="trigger"))
    art = m["article_id"]
    facts = " · ".join(str(x) for x in (m.get("published"), m.get("source"),
                                        m.get("modality")) if x)
    link = el("a", m.get("title") or art,
              href=f"/articles/{path_part(art)}#e-{ev['event_id']}", lang="ar", dir="auto")
    return Html(f'<li class="mention">{link} <span class="meta">{esc(facts)}</span>'
                f'<p class="sentence" lang="ar" dir="rtl">{highlight(sentence, marks)}</p></li>')


# -- filter forms and tables ------------------------------------------------------------------
def _input(name: str, label: str, value: Any, **extra: Any) -> Html:
    return Html(f"<label>{esc(label)} <input{attrs(name=name, value=value or '', **extra)}>"
                f"</label>")


def _published_in_input(value: str | None) -> Html:
    """The box of the country the articles were published in (its ISO3 code once read)."""
    return _input("published_in", "Published in", value, size=6, placeholder="SAU, KSA")


def filter_form(action: str, f: Q.Filters, q: str | None = None, modality: bool = False,
                root: bool = False, limit: int | None = None, sort: str | None = None,
                typed_place: str | None = None) -> Html:
    """The filters, filled with what was asked. The place box keeps what the reader typed
    (`typed_place`, اليمن) and says what it was read as (YEM), not the code alone."""
    parts = []
    if q is not None:
        parts.append(_input("q", "Words", q, lang="ar", dir="rtl", size=28))
    parts += [_input("actor", "Actor", f.actor, size=10, placeholder="SAU, Obama"),
              _input("code", "CAMEO", f.code, size=5, placeholder="04")]
    if root:
        parts.append(_input("root", "Root", f.root, size=3, placeholder="19"))
    parts += [_select("type", "Type", PLOVER_TYPES, f.plover),
              _place_input(f.place, typed_place),
              _select("place_type", "Place type", Q.PLACE_TYPES, f.place_type)]
    parts += [_input("from", "From", f.date_from, type="date"),
              _input("to", "To", f.date_to, type="date"),
              _input("source", "Source", f.source, size=10),
              _published_in_input(f.published_in)]
    if modality:
        parts.append(_select("modality", "Modality", MODALITIES, f.modality))
    if limit is not None:
        parts.append(_input("limit", "Rows", limit, type="number", min=1, max=Q.MAX_LIMIT,
                            size=4))
    if sort is not None:
        parts.append(_sort_select(sort))
    return Html(f'<form class="filters" action="{esc(action)}" method="get">{join(parts, " ")}'
                f' <button type="submit">Apply</button></form>')


def _place_input(place: str | None, typed: str | None) -> Html:
    typed = (typed or "").strip()
    box = _input("place", "Place", typed or place, size=10, placeholder="YEM, Aden, عدن",
                 dir="auto")
    if typed and place and typed != place:  # (an Arabic name read as a code or English name)
        box = Html(f'{box} <span class="meta read-as">read as {esc(place)}</span>')
    return box


def _select(name: str, label: str, choices, chosen: str | None) -> Html:
    """A drop-down of `choices`, the first option "any" (no filter)."""
    opts = [Html('<option value="">any</option>')] + [
        Html(f"<option{attrs(value=c, selected=(c == chosen))}>{esc(c)}</option>")
        for c in choices]
    return Html(f'<label>{esc(label)} <select name="{esc(name)}">{join(opts)}</select></label>')


SORT_LABELS = (("published", "newest reported first"), ("date", "newest event date first"))


def _sort_select(chosen: str) -> Html:
    return _choice("sort", "Order", SORT_LABELS, chosen)


def _choice(name: str, label: str, options, chosen: str) -> Html:
    """A drop-down of (value, text) `options` with `chosen` selected (no "any" option)."""
    opts = join(Html(f"<option{attrs(value=v, selected=(v == chosen))}>{esc(text)}</option>")
                for v, text in options)
    return Html(f'<label>{esc(label)} <select name="{esc(name)}">{opts}</select></label>')


def filter_params(f: Q.Filters) -> dict[str, Any]:
    return {"actor": f.actor, "code": f.code, "root": f.root, "type": f.plover,
            "place": f.place, "place_type": f.place_type, "from": f.date_from, "to": f.date_to, "source": f.source,
            "published_in": f.published_in, "modality": f.modality}


def pager(path: str, params: dict[str, Any], total: int, limit: int, offset: int) -> Html:
    """Previous / next links and the rows shown; nothing when nothing matches, and a way back
    when the offset is past the last row (a link kept after the store shrank, an edited URL)."""
    if not total:
        return Html("")
    if offset >= total:
        last = (total - 1) // limit * limit
        back = el("a", "go to the last page", href=url(path, **params, limit=limit,
                                                       offset=last or None), rel="prev")
        return Html(f'<p class="pager past">No rows here: the {total:,} row(s) end before row '
                    f"{offset + 1:,}. {back}</p>")
    links = []
    if offset > 0:
        links.append(el("a", "← previous", href=url(path, **params, limit=limit,
                                                     offset=max(0, offset - limit)),
                        rel="prev"))
    shown = f"{offset + 1 if total else 0}–{min(total, offset + limit)} of {total}"
    links.append(el("span", shown, class_="shown"))
    if offset + limit < total:
        links.append(el("a", "next →", href=url(path, **params, limit=limit,
                                                 offset=offset + limit), rel="next"))
    return Html(f'<p class="pager">{join(links, " ")}</p>')


def empty_match(what: str, f: Q.Filters, q: str = "") -> Html:
    """Nothing matches: say which conditions were given, so the reader knows what to loosen."""
    given = [f"words {q.strip()!r}"] if q.strip() else []
    given += [f"{k} {v!r}" for k, v in filter_params(f).items() if v]
    if not given:
        return Html(f'<p class="empty">The store has no {what} yet.</p>')
    return Html(f'<p class="empty">No {what} match {esc(", ".join(given))}. Remove a filter '
                f"or widen the dates.</p>")


def events_table(rows: list[dict[str, Any]], evidence: dict[str, dict[str, Any]]) -> Html:
    """The events as a table, each row with its Arabic evidence (`evidence.first_mentions`)."""
    from marsad.ontology import lookup

    if not rows:
        return Html('<p class="empty">No events match.</p>')
    body = []
    for r in rows:
        try:
            what = lookup(r["event_code"]).name
        except (KeyError, TypeError):
            what = ""
        q = r.get("quad_class")
        gold = r.get("goldstein")
        event_href = f"/events/{path_part(r.get('event_id') or '')}"
        cells = [
            esc(r.get("date") or "—"),
            actor_link(r.get("actor1_code"), r.get("actor1_name")),
            Html(f'{el("span", r.get("event_code"), class_=f"badge q{q}")} '
                 f'{el("a", what or "event", href=event_href, class_="event-link")}'),
            actor_link(r.get("actor2_code"), r.get("actor2_name")),
            el("span", QUAD_NAMES.get(q, q), class_=f"quad q{q}"),
            esc(f"{gold:+.1f}" if isinstance(gold, (int, float)) else "—"),
            esc(r.get("modality")),
            esc(r.get("num_mentions")),
            place_html(r.get("location_name"), r.get("location_type"),
                       r.get("location_source"), r.get("location_admin1"))
            if r.get("location_name") else esc("—"),
            evidence_cell(r, evidence.get(r.get("event_id"))),
        ]
        body.append(Html("<tr" + attrs(data_event=r.get("event_id")) + ">" +
                         join(Html(f"<td>{c}</td>") for c in cells[:-1])
                         + Html(f'<td class="evidence">{cells[-1]}</td>') + "</tr>"))
    head = join(Html(f"<th>{esc(h)}</th>") for h in (
        "Date", "Source actor", "Event", "Target actor", "QuadClass", "Goldstein", "Modality",
        "Mentions", "Place", "Evidence"))
    # (in a box of its own width that scrolls sideways on a narrow screen, not the whole page)
    return Html(f'<div class="table-scroll"><table class="events-table"><thead><tr>{head}</tr>'
                f"</thead><tbody>{join(body)}</tbody></table></div>")


def quotes_list(rows: list[dict[str, Any]]) -> Html:
    if not rows:
        return Html('<p class="empty">No quotes.</p>')
    items = []
    for r in rows:
        href = f"/articles/{path_part(r['article_id'])}#q-{r.get('start')}"
        src = el("a", f"{r.get('published') or 'undated'} · in its article", href=href)
        items.append(quote_item(r.get("text"), Html(
            f'{src} {el("span", r.get("kind"), class_="badge")}')))
    return Html(f'<ul class="quotes">{join(items)}</ul>')


def quote_item(text: str | None, meta: Html, href: str | None = None) -> Html:
    """One quote in a list: the words as a right-to-left block (so a quote of several lines
    reads from the right and nothing lands inside it), what is known of it below."""
    words = ar("«" + (text or "") + "»", "p", class_="quote-text")
    link = el("a", "↗ in the text", href=href, class_="to-text") if href else ""
    return Html(f'<li class="quote-item">{words}<div class="meta">{meta} {link}</div></li>')


def quote_form(q: str, f: Q.Filters, typed_speaker: str | None, limit: int,
               typed_addressee: str | None = None) -> Html:
    """The quotes page's filters, filled with what was asked; the speaker and addressee boxes
    keep what the reader typed (بوتين) and say what it was read as (Vladimir Putin)."""
    speaker = _actor_box("speaker", "Speaker", typed_speaker, f.speaker,
                         "RUSGOV, Lavrov, لافروف")
    addressee = _actor_box("addressee", "Said to", typed_addressee, f.addressee,
                           "USA, Kerry, كيري")
    parts = [_input("q", "Words", q, lang="ar", dir="rtl", size=24), speaker, addressee,
             _select("kind", "Kind", Q.QUOTE_KINDS, f.kind),
             _input("from", "From", f.date_from, type="date"),
             _input("to", "To", f.date_to, type="date"),
             _input("source", "Source", f.source, size=10),
             _published_in_input(f.published_in),
             _input("limit", "Rows", limit, type="number", min=1, max=Q.MAX_LIMIT, size=4)]
    return Html(f'<form class="filters" action="/quotes" method="get">{join(parts, " ")}'
                f' <button type="submit">Apply</button></form>')


def _actor_box(name: str, label: str, typed: str | None, value: str | None,
               placeholder: str) -> Html:
    """An actor box of a form: what the reader typed, and what it was read as if not that."""
    typed = (typed or "").strip()
    box = _input(name, label, typed or value, size=14, dir="auto", placeholder=placeholder)
    if typed and value and typed != value:
        box = Html(f'{box} <span class="meta read-as">read as {esc(value)}</span>')
    return box


def quote_row(r: dict[str, Any]) -> Html:
    """One quote found: its speaker (a link to the actor, and the Arabic the text names him
    with), the quote with the words asked marked, and its article (title and date), linked to
    the quote highlighted in the text."""
    who = (actor_link(r.get("speaker_code"), r.get("speaker_name"))
           if r.get("speaker_code") or r.get("speaker_name") else esc("Unattributed"))
    if r.get("speaker_text") and r.get("speaker_text") != r.get("speaker_name"):
        who = Html(f"{who} {ar(r['speaker_text'], class_='speaker-text')}")
    if r.get("addressee_code") or r.get("addressee_name"):  # (what the Said-to box selects)
        to = actor_link(r.get("addressee_code"), r.get("addressee_name"))
        who = Html(f'{who} <span class="addressee">to {to}</span>')
    marks = [Mark(a, b, "hit") for a, b in r.get("highlights") or []]
    words = Html(f"«{highlight(r.get('text') or '', marks)}»")
    href = f"/articles/{path_part(r['article_id'])}#q-{r.get('start')}"
    title = el("a", r.get("article_title") or r["article_id"], href=href, lang="ar",
               dir="auto", class_="title")
    facts = " · ".join(str(x) for x in (r.get("published") or "undated", r.get("kind"),
                                        r.get("cue") and f"cue {r['cue']}") if x)
    return Html(f'<li class="quote-item result"><div class="speaker-name">{who}</div>'
                f'<p class="quote-text" lang="ar" dir="rtl">{words}</p>'
                f'<div class="meta">{title} <span dir="ltr">{esc(facts)}</span></div></li>')


def source_note(con, f: Q.Filters, path: str, params: dict[str, Any]) -> Html:
    """When the `source` filter names no stored article's source (a misspelling gives an empty
    list and no reason), say so and link the stored sources (as `marsad search` does on
    stderr). Costs one index lookup unless the source is unknown."""
    if not f.source or con.execute("SELECT 1 FROM articles WHERE source = ? LIMIT 1",
                                   (f.source,)).fetchone():
        return Html("")
    known = list(Q.sources(con).items())[:30]
    if not known:
        return Html(f'<p class="note warn">No stored article has the source '
                    f"{esc(repr(f.source))}: the articles have no source.</p>")
    links = join((el("a", f"{name} ({n:,})", href=url(path, **{**params, "source": name}))
                  for name, n in known), ", ")
    return Html(f'<p class="note warn">No stored article has the source {esc(repr(f.source))}. '
                f"The store's sources: {links}.</p>")


def no_actor(code: str) -> Html:
    """An actor page for a code nothing has: where to look instead (the events filter takes a
    code prefix or part of an English name; the list shows the codes in use)."""
    events = el("a", f"events whose actor code starts with or whose name contains {code!r}",
                href=url("/events", actor=code))
    return Html(f"<h1>No actor {esc(code)}</h1>"
                f'<p class="error-message">No actor has the code {esc(repr(code))} in the '
                f"store. An actor page takes a code or its first letters, as the events "
                f"filter does (SAU: Saudi Arabia's actors, SAUGOV its government's).</p>"
                f'<ul><li>{events}</li><li>{el("a", "the most active actors", href="/actors")}'
                f"</li></ul>")


def stored(st: AppState, fetch, what: str, key: str) -> dict[str, Any]:
    """One stored article or event by its id (`fetch` reads it), or a 404 naming it."""
    with st.db() as con:
        found = fetch(con, key)
    if found is None:
        raise not_found(what, key)
    return found


# -- routes ------------------------------------------------------------------------------------
def build_router() -> APIRouter:
    r = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

    @r.get("/")
    def home(request: Request, st: AppState = Depends(state)):
        from marsad.store.db import reindex_needed

        with st.db() as con:
            s = Q.stats(con)
            old_index = reindex_needed(con)
        note = Html('<p class="note warn">An older marsad built this store\'s search index: '
                    "some words are not found in its articles (كرة in الكرة) until it is "
                    f"rebuilt with <code>marsad reindex --db {esc(st.db_path.name)}</code>."
                    "</p>") if old_index else ""
        body = st.templates.render("home.html", db=st.db_path.name, index_note=note,
                                   **{k: f"{s[k]:,}" for k in ("articles", "events", "quotes",
                                                               "entities")})
        return page(request, "marsad", body)

    def article_form(st: AppState, text: str = "", published: str = "", title: str = "",
                     article_id: str = "") -> Html:
        store = (Html('<label class="muted">storing is off (read-only server)</label>')
                 if st.read_only else
                 Html('<label><input type="checkbox" name="store" value="true"> also store '
                      "it</label>"))
        return st.templates.render("article_form.html", text=text, published=published,
                                   title=title, article_id=article_id, store=store,
                                   max_body=f"{st.max_body:,}")

    @r.get("/article")
    def article_page(request: Request, id: str | None = Query(None, max_length=200),
                     st: AppState = Depends(state)):
        if id:
            return RedirectResponse(f"/articles/{path_part(id.strip())}", status_code=303)
        return page(request, "Article", article_form(st))

    @r.post("/article")
    def code_article(request: Request, text: str = Form(""), published: str = Form(""),
                     title: str = Form(""), store: bool = Form(False),
                     file: UploadFile | None = File(None), st: AppState = Depends(state)):
        from marsad.errors import InputError
        from marsad.io import decode_bytes
        from marsad.store.readers import HTML_SUFFIXES, html_item

        if store and st.read_only:
            raise HTTPException(403, "this server is read-only (started with --read-only): "
                                     "untick “also store it” to code without storing")
        if file is not None and file.filename:
            try:
                if Path(file.filename).suffix.lower() in HTML_SUFFIXES:  # the article in it
                    item = html_item(file.file.read(), file.filename, st.max_body)
                    text, title = item.text, title or item.title or ""
                    published = published or item.published or ""
                else:
                    text = decode_bytes(file.file.read(), file.filename, max_bytes=st.max_body)
            except InputError as exc:
                raise HTTPException(422, str(exc)) from None
        if not text.strip():
            raise HTTPException(422, "no article: paste the text or choose a file")
        try:
            doc = st.code(text, published=published_day(published), title=title or None)
        except ValueError as exc:
            raise HTTPException(422, str(exc)) from None
        note = "Coded, not stored."
        stored_id = None
        if store:
            from marsad.tables import content_hash

            doc.doc_id = content_hash(doc.text)[:16]
            stored_id, new = st.store(doc, origin="web:/article")
            note = "Stored as a new article." if new else "Already in the store."
        form = article_form(st, text, published, title)
        body = article_view(doc.to_dict(), stored_id, note)
        return page(request, "Article", Html(body + '<details class="again"><summary>Code '
                                             "another article</summary>" + form +
                                             "</details>"))

    @r.get("/articles/{article_id}")
    def stored_article(request: Request, article_id: str, st: AppState = Depends(state)):
        doc = stored(st, Q.article, "article", article_id)
        return page(request, (doc.get("meta") or {}).get("title") or "Article",
                    article_view(doc, article_id))

    @r.get("/search")
    def search_page(request: Request, q: str = Query("", max_length=500),
                    f: Q.Filters = Depends(article_filters), pg: dict = Depends(paging),
                    st: AppState = Depends(state)):
        limit = pg["limit"] if "limit" in request.query_params else 20
        form = filter_form("/search", f, q=q, typed_place=request.query_params.get("place"))
        with st.db() as con:
            res = Q.search(con, q, f, limit, pg["offset"],
                               st.segmenter() if q.strip() else None)
        items = []
        for hit in res["results"]:
            marks = [Mark(s, e, "hit") for s, e in hit["highlights"]]
            title = hit.get("title") or hit["article_id"]
            facts = " · ".join(str(x) for x in (hit.get("published"), hit.get("source"),
                                                plural(hit.get("n_events") or 0, "event"),
                                                plural(hit.get("n_quotes") or 0, "quote")) if x)
            href = f"/articles/{path_part(hit['article_id'])}"
            items.append(Html(
                f'<li class="result">'
                f'{el("a", title, href=href, lang="ar", dir="auto", class_="title")}'
                f'<div class="meta" dir="ltr">{esc(facts)}</div>'
                f'<p class="snippet" lang="ar" dir="rtl">{highlight(hit["snippet"], marks)}</p>'
                f"</li>"))
        params = {"q": q, **filter_params(f)}
        with st.db() as con:
            note = source_note(con, f, "/search", params)
        listing = (Html(f'<ol class="results" dir="rtl" start="{pg["offset"] + 1}">'
                        f"{join(items)}</ol>") if items
                   else Html("") if res["total"] else empty_match("articles", f, q))
        body = Html(f"<h1>Search</h1>{form}{note}"
                    f'<p class="total">{res["total"]:,} article(s)</p>{listing}'
                    f'{pager("/search", params, res["total"], limit, pg["offset"])}')
        return page(request, "Search", body)

    @r.get("/events")
    def events_page(request: Request, f: Q.Filters = Depends(event_filters),
                    pg: dict = Depends(paging), sort: str = Depends(event_sort),
                    st: AppState = Depends(state)):
        params = {**filter_params(f), "sort": sort if sort != "published" else None}
        with st.db() as con:
            res = Q.events(con, f, pg["limit"], pg["offset"], sort)
            evidence = first_mentions(con, res["results"])
            note = source_note(con, f, "/events", params)
        shown = {**params, "limit": pg["limit"], "offset": pg["offset"] or None}
        downloads = join((el("a", label, href=url(f"/v1/events.{fmt}", **shown),
                              class_=f"download {fmt}", download=True)
                          for fmt, label in (("csv", "CSV"), ("json", "JSON"),
                                             ("parquet", "Parquet"))), " · ")
        total = esc(f"{res['total']:,} event(s)")
        if res["results"]:  # (no download of an empty page)
            total = Html(f"{total} · download the rows shown: {downloads}")
        form = filter_form('/events', f, modality=True, root=True, limit=pg['limit'],
                           sort=sort, typed_place=request.query_params.get("place"))
        body = Html(f"<h1>Events</h1>{form}{note}"
                    f'<p class="total">{total}</p>'
                    f"{events_table(res['results'], evidence) if res['results'] else ''}"
                    f"{'' if res['total'] else empty_match('events', f)}"
                    f'{pager("/events", params, res["total"], pg["limit"], pg["offset"])}')
        return page(request, "Events", body)

    @r.get("/quotes")
    def quotes_list_page(request: Request, q: str = Query("", max_length=500),
                         f: Q.Filters = Depends(quote_filters), pg: dict = Depends(paging),
                         st: AppState = Depends(state)):
        typed = request.query_params.get("speaker")
        typed_to = request.query_params.get("addressee")
        res = quotes_page(st, q, f, pg)
        params = {"q": q, "speaker": (typed or "").strip() or f.speaker,
                  "addressee": (typed_to or "").strip() or f.addressee, "kind": f.kind,
                  "from": f.date_from, "to": f.date_to, "source": f.source,
                  "published_in": f.published_in}
        with st.db() as con:
            note = source_note(con, f, "/quotes", params)
        given = [f"{k} {v!r}" for k, v in params.items() if v]
        listing = (Html(f'<ol class="results quotes-found" start="{pg["offset"] + 1}">'
                        f'{join(quote_row(r) for r in res["results"])}</ol>')
                   if res["results"] else Html("") if res["total"] else
                   Html(f'<p class="empty">No quotes match {esc(", ".join(given))}. Remove a '
                        f"filter or widen the dates.</p>") if given else
                   Html('<p class="empty">The store has no quotes yet.</p>'))
        json_link = el("a", "JSON", href=url("/v1/quotes", **params, limit=pg["limit"],
                                             offset=pg["offset"] or None))
        body = Html(f"<h1>Quotes</h1>{quote_form(q, f, typed, pg['limit'], typed_to)}{note}"
                    f'<p class="total">{res["total"]:,} quote(s) · {json_link}</p>{listing}'
                    f'{pager("/quotes", params, res["total"], pg["limit"], pg["offset"])}')
        return page(request, "Quotes", body)

    @r.get("/events/{event_id}")
    def event_page(request: Request, event_id: str, st: AppState = Depends(state)):
        ev = stored(st, Q.event, "event", event_id)
        return page(request, f"Event {ev.get('event_code')}", event_view(ev))

    @r.get("/actors")
    def actors_page(request: Request, code: str | None = Query(None, max_length=100),
                    st: AppState = Depends(state)):
        if code and code.strip():  # (codes are upper-case: saugov is SAUGOV; a country's
            typed = code.strip()  # name is its code)
            code = Q.actor_value(typed, st.lexicon_dirs, st.code)
            if Q.names_acronym_actor(code, st.lexicon_dirs):  # يونيسف, UNICEF: its events,
                return RedirectResponse(url("/events", actor=typed), status_code=303)  # not
                # the page of the United Nations' IGOUNO, as the events filter reads it
            if not (code.isascii() and code.isalnum()):  # an actor's name (بوتين: Vladimir
                with st.db() as con:  # Putin) opens the page of the code it is stored with,
                    found = Q.code_of_name(con, code)  # or the events of that name
                if found is None:
                    return RedirectResponse(url("/events", actor=typed), status_code=303)
                code = found
            code = code.upper() if code.isascii() and code.isalnum() else code
            return RedirectResponse(f"/actors/{path_part(code)}", status_code=303)
        with st.db() as con:
            top = Q.top_actors(con, 40)
        items = join(Html(f"<li>{actor_link(t['code'], t['name'])} "
                          f'<span class="meta">{t["events"]} events</span></li>') for t in top)
        body = Html('<h1>Actors</h1><form class="filters" action="/actors" method="get">'
                    '<label>Actor code or name <input name="code" '
                    'placeholder="SAUGOV, بوتين"></label> '
                    '<button type="submit">Open</button></form>'
                    f'<h2>Most active</h2><ul class="actor-list">{items}</ul>')
        return page(request, "Actors", body)

    @r.get("/actors/{code}")
    def actor_page(request: Request, code: str, st: AppState = Depends(state)):
        with st.db() as con:
            prof = Q.actor(con, code, 200)
            evidence = first_mentions(con, prof["events"][:50]) if prof else {}
        if prof is None:
            return page(request, "No such actor", no_actor(code), status=404)
        names = prof["names"]
        name = prof["name"]
        twice = {n["canonical"] for n in names if [m["canonical"] for m in names].count(
            n["canonical"]) > 1}  # (a name of two kinds, الرياض and نادي الرياض: say which)
        seen = ", ".join(f"{n['canonical']} ({n['type'].lower() + ', ' if n['canonical'] in twice and n['type'] else ''}"
                         f"{n['mentions']})" for n in names[:8])
        # (the page takes its code as the events filter does, a prefix: SAU has SAUGOV's too)
        codes = join((Html(f"{actor_link(c['code']) if c['code'] != code else esc(code)} "
                           f"({c['events']})") for c in prof["codes"]), ", ")
        body = Html(
            f"<h1>{esc(name or code)} <code>{esc(code)}</code></h1>"
            f'<p class="facts">{plural(prof["n_events"], "event")} · '
            f'{plural(len(prof["quotes"]), "quote")}'
            f'{" · names: " + esc(seen) if seen else ""}</p>'
            + (f'<p class="facts">codes {esc(code)}…: {codes}</p>' if len(prof["codes"]) > 1
               else "")
            +
            f"<h2>Events by month</h2>{timeline(prof['timeline'])}"
            f"<h2>Counterparts</h2>{network(code, name, prof['counterparts'])}"
            f'<h2>Events</h2><p>{el("a", "all events of this actor", href=url("/events", actor=code))}</p>'
            f"{events_table(prof['events'][:50], evidence)}"
            f"<h2>Quotes</h2>{quotes_list(prof['quotes'][:100])}")
        return page(request, name or code, body)

    return r
