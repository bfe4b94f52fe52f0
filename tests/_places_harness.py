"""Shared by the places tests: the events of a sentence of one CAMEO root, and their one place."""

from __future__ import annotations

from marsad.document import Location


def events_of(nlp, text: str, cameo: str):
    """The document of `text` and its events whose code starts with `cameo` (at least one)."""
    doc = nlp(text)
    evs = [ev for ev in doc.events if ev.cameo.startswith(cameo)]
    assert evs, [(ev.cameo, ev.trigger) for ev in doc.events]
    return doc, evs


def place_of(nlp, text: str, cameo: str) -> Location | None:
    """The place of those events, which must all have the same one."""
    doc, evs = events_of(nlp, text, cameo)
    assert len({(e.location.name if e.location else None) for e in evs}) == 1
    return evs[0].location


def only_event_of(nlp, text: str, cameo: str):
    """The one event of `text` whose code starts with `cameo` (exactly one)."""
    doc, evs = events_of(nlp, text, cameo)
    assert len(evs) == 1, [(e.cameo, e.trigger) for e in evs]
    return evs[0]
