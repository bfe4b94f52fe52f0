"""Shared by the whole-pipeline event tests: the detection pipeline and the coded events they
compare (the default pipeline is conftest's `nlp`)."""

from __future__ import annotations

import pytest

import marsad
from marsad.eval.gsr import DETECTION_CONFIG

PUBLISHED = "2015-08-01"


ACTOR_STAGES = ("layout", "sentences", "tokens", "actors")


@pytest.fixture(scope="module")
def actors_nlp():
    # the pipeline up to the actors stage, without the (slow) Latin spelling of unknown names
    return marsad.load(ACTOR_STAGES, config={"actors": {"transliterate": False}})


def entity_names(nlp, text, typ):
    """Name text of every entity of type `typ` (PERSON, ORG …) in `text`, in order: the proper-name
    part when the actors stage marks one, else the whole mention."""
    doc = nlp(text, published="2015-07-23")
    spans = doc.state.get("actors.names", {})
    return [doc.text[slice(*spans[k])] if k in spans else e.text
            for k, e in enumerate(doc.entities) if e.type == typ]


@pytest.fixture(scope="module")
def detect():
    # the configuration of event detection: events with no known source are kept
    return marsad.load(config=DETECTION_CONFIG)


def coded(nlp, text):
    """(cameo, plover, modality, source code, target code) of each event of `text`."""
    doc = nlp(text, published=PUBLISHED)
    return [(e.cameo, e.plover, e.modality, e.source.actor_code if e.source else None,
             e.target.actor_code if e.target else None) for e in doc.events]


def actor_codes(nlp, text, published="2015-07-25"):
    """(text, actor code) of each entity of `text`."""
    doc = nlp(text, published=published)
    return [(doc.text[e.start:e.end], e.actor_code) for e in doc.entities]


def dyads(nlp, text):
    """(cameo, modality, source code, target code) of each event of `text`."""
    return [(c, m, s, t) for c, _, m, s, t in coded(nlp, text)]


def dyads_of(nlp, text, cameo):
    """(source code, target code) of each event of `text` with CAMEO code `cameo`."""
    return [(s, t) for c, _m, s, t in dyads(nlp, text) if c == cameo]


def trigger_modalities(nlp, text):
    """The (trigger, modality) of each event of `text`, in order."""
    return [(e.trigger, e.modality) for e in nlp(text, published=PUBLISHED).events]


FACTUAL = ("asserted", "reported")  # the modalities of an event that happened as told


def assault_modalities(nlp, text):
    """The modality of each ASSAULT event of `text`."""
    return [m for _c, p, m, _s, _t in coded(nlp, text) if p == "ASSAULT"]


def trigger_assault_modalities(nlp, text, trigger):
    """The modality of each ASSAULT event of `text` whose trigger holds `trigger`."""
    doc = nlp(text, published=PUBLISHED)
    return [e.modality for e in doc.events if e.plover == "ASSAULT" and trigger in e.trigger]


def assault_told(nlp, text, trigger) -> bool:
    """Whether an ASSAULT event of `text` whose trigger holds `trigger` is factual."""
    return any(m in FACTUAL for m in trigger_assault_modalities(nlp, text, trigger))


def no_factual_assault(nlp, text):
    """Assert that `text` reports no attack: none of its ASSAULT events is factual."""
    got = assault_modalities(nlp, text)
    assert not any(m in FACTUAL for m in got), got


def factual_assault(nlp, text):
    """Assert that `text` reports an attack: one of its ASSAULT events is factual."""
    assert any(m in FACTUAL for m in assault_modalities(nlp, text)), text


def assault_with_modality(nlp, text, modality):
    """Assert that an ASSAULT event of `text` has `modality` and none is factual."""
    got = assault_modalities(nlp, text)
    assert modality in got and not any(m in FACTUAL for m in got), got


DATE_STAGES = ("layout", "sentences", "tokens", "dates")


@pytest.fixture(scope="module")
def nlp_dates():
    # the pipeline up to the dates stage
    return marsad.load(DATE_STAGES)


def date_triples(nlp, text, published):
    """(text, value, granularity) of each date expression of `text`."""
    return [(d.text, d.value, d.granularity) for d in nlp(text, published=published).dates]
