"""Human-readable renderings of a coded Document (the CLI's `--format table`)."""

from __future__ import annotations

from marsad.document import ActorRef, Amount, Document, Event


def _actor(ref: ActorRef | None) -> str:
    if ref is None:
        return "—"
    code = f" [{ref.actor_code}]" if ref.actor_code else ""
    return f"{ref.canonical}{code}"


def event_sentence(ev: Event) -> str:
    """An English sentence for an event: who did what to whom, when and where."""
    from marsad.ontology import lookup

    try:
        what = lookup(ev.cameo).name.lower()
    except KeyError:
        what = f"CAMEO {ev.cameo}"
    parts = [f"{_actor(ev.source)} — {what}"]
    if ev.target:
        parts.append(f"→ {_actor(ev.target)}")
    extra = [f"CAMEO {ev.cameo}", f"PLOVER {ev.plover or '-'}", f"Goldstein {ev.goldstein:+.1f}"]
    if ev.date:
        extra.append(f"date {ev.date}")
    if ev.location:
        admin1 = f", {ev.location.admin1}" if ev.location.admin1 else ""
        extra.append(f"in {ev.location.name}{admin1}")
    if ev.modality and ev.modality != "asserted":
        extra.append(ev.modality)
    return " ".join(parts) + f" ({', '.join(extra)})"


def render_table(doc: Document) -> str:
    lines = [f"# {doc.doc_id}  published {doc.published or '-'}",
             f"  {len(doc.sentences)} sentences, {len(doc.entities)} entities, "
             f"{len(doc.quotes)} quotes, {len(doc.events)} events, {len(doc.dates)} dates, "
             f"{len(doc.amounts)} amounts", ""]
    lines.append("## Events")
    for i, ev in enumerate(doc.events, 1):
        lines.append(f"{i:>3}. {event_sentence(ev)}")
        lines.append(f"     «{doc.text[ev.evidence['start']:ev.evidence['end']]}» in: "
                     f"{_sentence_text(doc, ev.sentence)}")
    lines.append("")
    lines.append("## Quotes")
    for q in doc.quotes:
        who = _actor(q.speaker) if q.speaker else "(unattributed)"
        lines.append(f"  - {who} [{q.kind}, cue {q.cue or '-'}]: «{_short(q.text, 160)}»")
    lines.append("")
    lines.append("## Actors")
    seen = set()
    for e in doc.entities:
        key = (e.canonical, e.actor_code)
        if key in seen:
            continue
        seen.add(key)
        lines.append(f"  - {e.canonical} [{e.actor_code or '-'}] {e.type}: {e.text}")
    if doc.dates:
        lines.append("")
        lines.append("## Dates")
        lines += [f"  - {d.text} = {d.value}" for d in doc.dates]
    if doc.amounts:
        lines.append("")
        lines.append("## Amounts")
        lines += [f"  - {a.text} = {_amount(a)}".rstrip() for a in doc.amounts]
    return "\n".join(lines)


def _amount(a: Amount) -> str:
    return amount_label(a.value, a.unit, a.qualifier)


def amount_label(value: float, unit: str | None, qualifier: str | None) -> str:
    """The value as the text gives it (0.3 stays 0.3, 1.1075 stays 1.1075; a whole number with
    thousands separators), its unit, and its qualifier in brackets (a range's ends: at least,
    up to; an approximate plural's: tens of). The text report and the web page's tooltip."""
    shown = f"{value:,.6f}".rstrip("0").rstrip(".")
    return f"{shown} {unit or ''}".rstrip() + (f" ({qualifier})" if qualifier else "")


def _sentence_text(doc: Document, i: int) -> str:
    if 0 <= i < len(doc.sentences):
        s = doc.sentences[i]
        return _short(doc.text[s.start:s.end], 200)
    return ""


def _short(s: str, n: int) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"
