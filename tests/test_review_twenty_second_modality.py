"""Review of the twenty-second session's "reported by no named source" rule
(`events.modality.told_by_unnamed_source`; docs/accuracy.md, "Detection and modality: unnamed
sources …, twenty-second session"), on sentences written for this file:

- a fronted بحسب ما تردد is a lead with no teller even when the event's own actor follows it
  (the teller is sought only before the event's first word);
- the lead reaches only its own clause: a verb of report needs its complement (أن، بأن) to be
  the nearest one before the event, with no comma and new verb between; a word of attribution
  after the event stops at a comma followed by a clause with its own verb.
"""

from __future__ import annotations

import pytest

from _pipelines import detect  # noqa: F401  (the fixture)


def _by_code(nlp, text, code):
    return [e for e in nlp(text, published="2015-08-02").events if e.cameo == code]


# --- 1. a fronted بحسب ما تردد with the event's actor right after it ------------------------

@pytest.mark.parametrize("text, code", [
    ("بحسب ما تردد اعتقلت الشرطة عشرة متظاهرين في الساحة.", "173"),
    ("وبحسب ما تردد قصفت الطائرات الحربية قرية جبلية فجر اليوم.", "194"),
])
def test_a_fronted_lead_with_the_events_actor_after_it_is_no_teller(detect, text, code):
    evs = _by_code(detect, text, code)
    assert [e.modality for e in evs] == ["reported"]
    assert evs[0].reported_by is None and evs[0].reporters == []


# --- 2. the lead reaches its own clause only --------------------------------------------------

@pytest.mark.parametrize("text, code", [
    # a complement about something else, then a new clause with the event
    ("ذكرت التقارير أن الأسعار ترتفع، وفي المساء هاجم مسلحون مركزا للشرطة في المدينة.", "190"),
    # the word of attribution belongs to a later clause with its own verb
    ("هاجم مسلحون مركزا للشرطة في المدينة أمس، وأعلنت الوزارة حسب المعلومات المتاحة فتح تحقيق.",
     "190"),
])
def test_a_lead_of_another_clause_does_not_reach_the_event(detect, text, code):
    assert [e.modality for e in _by_code(detect, text, code)] == ["asserted"]

