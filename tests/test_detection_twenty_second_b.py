"""Detection leftovers, second round, twenty-second session (docs/accuracy.md, "Detection
leftovers, second round: shells that fell, tolls an act left, a rank before a noun of
occurrence, twenty-second session"), on sentences written for this file:

- shells as the subject of a verb of falling with على / في after them (وسقطت قذائف على المدينة)
  are shelling (CAMEO 194); shells found or a government that fell are none;
- a toll of uncounted dead left by an act (خلّف القصف قتلى وجرحى) is a killing; the dead
  honoured or counted over a war are none;
- a rank two words before the act, a noun of occurrence between (وهذه ثالث عملية تفجير): the
  act is ranked, a comparison (`historical`), as with the rank right before it.
"""

from __future__ import annotations

import pytest

from _pipelines import FACTUAL, detect  # noqa: F401  (the fixture)

PUBLISHED = "2015-08-02"


def _events(nlp, text):
    return nlp(text, published=PUBLISHED).events


# --- shells that fell ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وسقطت قذائف على مدينة حلب.",
    "وسقطت ثلاث قذائف على حي سكني في المدينة.",
    "وتساقطت قذائف الهاون في الحي الشرقي.",
    "وسقطت قذيفة في ساحة المدرسة.",
])
def test_shells_that_fell_are_shelling(detect, text):
    assert [(e.cameo, e.modality) for e in _events(detect, text)] == [("194", "asserted")]


def test_shells_that_fell_on_a_town_have_it_as_target(detect):
    evs = [e for e in _events(detect, "وسقطت قذائف على مدينة حلب.") if e.cameo == "194"]
    # (twenty-fourth session: the town the shells landed on stands for its people, SYRCVL)
    assert [e.target.actor_code if e.target else None for e in evs] == ["SYRCVL"]


@pytest.mark.parametrize("text", [
    "ووجدت الشرطة قذائف في المنزل.",
    "وسقطت الحكومة في الانتخابات.",
    # no على / في after the shells: what fell where is not told
    "وسقطت قذائف كثيرة.",
])
def test_shells_found_or_a_fall_without_landing_are_no_shelling(detect, text):
    assert not [e for e in _events(detect, text) if e.plover == "ASSAULT" and
                e.modality in FACTUAL]


# --- a toll an act left ----------------------------------------------------------------------

def test_uncounted_dead_an_act_left_are_a_killing(detect):
    evs = _events(detect, "وخلف القصف قتلى وجرحى في القرية.")
    assert [(e.cameo, e.modality) for e in evs if e.cameo == "1823"] == [("1823", "asserted")]


@pytest.mark.parametrize("text", [
    "وكرم الرئيس أسر الشهداء.",
    "ووصل عدد القتلى منذ بداية الحرب إلى مئتي ألف.",
])
def test_the_dead_named_or_counted_over_time_stay_no_report(detect, text):
    assert not [e for e in _events(detect, text) if e.cameo == "1823" and
                e.modality == "asserted"]


# --- a rank before a noun of occurrence --------------------------------------------------------

def test_a_rank_before_a_noun_of_occurrence_ranks_the_act(detect):
    text = ("وقتل عشرة أشخاص في تفجير سيارة مفخخة في المدينة، "
            "وهذه ثالث عملية تفجير تشهدها المدينة هذا الشهر.")
    doc = detect(text, published=PUBLISHED)
    rank_at = doc.text.index("ثالث")
    ranked = [e for e in doc.events if e.cameo == "183" and e.mentions[0].start > rank_at]
    assert [e.modality for e in ranked] == ["historical"]
    # the killing told stays as told
    assert [e.modality for e in doc.events if e.cameo == "1823"] == ["asserted"]


def test_a_noun_of_occurrence_without_rank_changes_nothing(detect):
    text = "وقتل عشرة أشخاص في عملية تفجير سيارة مفخخة في المدينة أمس."
    assert "historical" not in [e.modality for e in _events(detect, text)]
