"""Shared by the amounts tests: the stages the amounts stage reads (layout, sentences, tokens,
dates) and the amounts stage, and each amount of a text as (text, value, unit, qualifier)."""

from __future__ import annotations

import pytest

import marsad


@pytest.fixture(scope="module")
def nlp_amounts():
    return marsad.load(["layout", "sentences", "tokens", "dates", "amounts"])


def amounts_of(nlp, text, published):
    return [(a.text, a.value, a.unit, a.qualifier) for a in nlp(text, published=published).amounts]
