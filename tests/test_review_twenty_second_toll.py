"""Review of the twenty-second session's "toll an act left" rule (`left_toll` in
stages/events.py: uncounted dead after a result verb, خلّف القصف قتلى وجرحى, are the report of a
killing), on sentences written for this file:

- the result verb's subject must be one act of violence, not a conflict that lasts (grammar.json
  `prolonged_conflict_nouns`: الحرب، الصراع، النزاع، المعارك);
- a span of time after the toll (`toll_span_openers` + a unit: على مدى عقد، منذ سنوات، خلال أعوام)
  makes it the toll of that span, no one act's report;
- a noun that is no casualty joined by و to the toll (قتلى وجرحى ونازحين) is not the killed.
"""

from __future__ import annotations

import pytest

from _pipelines import detect  # noqa: F401  (the fixture)


def _killings(nlp, text):
    return [e for e in nlp(text, published="2015-08-02").events if e.cameo == "1823"]


# --- 1. a lasting conflict as the result verb's subject ---------------------------------------

@pytest.mark.parametrize("lasting, one_act", [
    ("وخلف النزاع المسلح في الإقليم قتلى وجرحى.", "وخلف الهجوم المسلح في الإقليم قتلى وجرحى."),
    ("وأسفر الصراع بين القبيلتين عن قتلى.", "وأسفر الانفجار بين القبيلتين عن قتلى."),
    ("وخلفت الحرب الطويلة قتلى وجرحى.", "وخلف القصف الطويل قتلى وجرحى."),
    ("وخلفت المعارك قتلى وجرحى في الريف.", "وخلف الهجوم قتلى وجرحى في الريف."),
])
def test_the_dead_a_lasting_conflict_left_are_no_killing_told(detect, lasting, one_act):
    assert [e.modality for e in _killings(detect, lasting)] == []
    # the same toll one act left is told (as the killing, or with أسفر عن as the act itself)
    assert [(e.cameo[:2], e.modality) for e in detect(one_act, published="2015-08-02").events
            ] in ([("18", "asserted")], [("19", "asserted")])


# --- 2. a span of time after the toll ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وخلف القصف قتلى وجرحى في المدينة على مدى عقدين.",
    "وخلف الانفجار قتلى وجرحى في الحي طوال العقد الماضي.",
])
def test_a_toll_left_over_a_span_of_time_is_no_killing_told(detect, text):
    assert [e.modality for e in _killings(detect, text)] == []
    # without the span, the one act's toll
    cut = text[:text.index(" على مدى") if "على مدى" in text else text.index(" طوال")] + "."
    assert [e.modality for e in _killings(detect, cut)] == ["asserted"]


# --- 3. the displaced listed beside the dead --------------------------------------------------

@pytest.mark.parametrize("text", [
    "وخلف القصف قتلى وجرحى ونازحين في القرية.",
    "وخلف الانفجار قتلى وجرحى ولاجئين في المخيم.",
])
def test_a_noun_joined_to_the_toll_is_not_the_killed(detect, text):
    evs = _killings(detect, text)
    assert [e.modality for e in evs] == ["asserted"]
    assert evs[0].target is None
