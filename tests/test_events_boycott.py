"""Boycotts (CAMEO 143, PLOVER PROTEST), through the whole pipeline, on sentences written for
this file: a boycott of elections, a session or a conference names no actor as its object, yet it
is an event of its boycotter (the entry is monadic); the adjective قاطع (categorical: نفياً قاطعاً،
بشكل قاطع) and a crossroads (تقاطع طرق) are none."""

from __future__ import annotations

import pytest

from _pipelines import coded


@pytest.mark.parametrize("text, source", [
    ("وقاطعت أحزاب المعارضة الانتخابات البرلمانية احتجاجاً على القانون الجديد.", "OPP"),
    ("وتقاطع المعارضة الانتخابات المقبلة بسبب القانون.", "OPP"),
])
def test_a_boycott_of_a_thing_is_its_boycotters_event(nlp, text, source):
    got = [(c, s) for c, _p, _m, s, _t in coded(nlp, text) if c.startswith("143")]
    assert got and got[0][1] == source, coded(nlp, text)


@pytest.mark.parametrize("text", [
    "ونفت الحكومة نفياً قاطعاً أي تورط لها في الحادث.",
    "ولم يحدد الطرفان الحدود بشكل قاطع حتى الآن.",
    "ووقع الحادث عند تقاطع طرق رئيسية في المدينة.",
])
def test_categorical_and_crossroads_are_no_boycott(nlp, text):
    assert not [c for c, *_ in coded(nlp, text) if c.startswith("143")], coded(nlp, text)
