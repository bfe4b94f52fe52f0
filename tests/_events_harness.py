"""Shared by the events tests: tag hand-listed actor names on a document, so that the events
stage is tested alone (the actors stage has tests of its own)."""

from __future__ import annotations

import pytest

from marsad.document import Document, Entity
from marsad.pipeline import Pipeline
from marsad.stages.events import EventStage


@pytest.fixture(scope="module")
def base():
    """The stages the events stage reads besides the actors: layout, sentences, tokens."""
    return Pipeline(["layout", "sentences", "tokens"])


@pytest.fixture(scope="module")
def stage(base):
    """The events stage with its default options."""
    return EventStage(base.resources)


def tag_actors(doc: Document, actors: dict[str, tuple]) -> Document:
    """Add an Entity for every occurrence of each name of `actors` (name -> (actor code, type,
    canonical, country[, how])), longest names first where they overlap; entities sorted."""
    text = doc.text
    for name, (code, typ, canon, country, *how) in actors.items():
        start = 0
        while (i := text.find(name, start)) >= 0:
            start = i + len(name)
            if any(e.start <= i < e.end for e in doc.entities):
                continue
            extra = {"how": how[0]} if how else {}
            doc.entities.append(Entity(i, i + len(name), name, typ, canon, code, actor_id=canon,
                                       country=country, sentence=doc.sentence_at(i), **extra))
    doc.entities.sort(key=lambda e: e.start)
    return doc
