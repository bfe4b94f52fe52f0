"""The lead's review of event sides, twenty-second session.

- a person a relative clause identifies (الشاب الذي …) right after an unvowelled verb of harm
  is the one harmed (the passive), and the agent after the clause (برصاص، على يد) its doer;
- a plural verb of harm joined by و to another act (وجرحوا) with no object of its own, or
  only a count of "others" (عشرة آخرين), takes the first act's target.

Our own sentences; each expected value was worked out by hand."""

from __future__ import annotations

import pytest

from test_uncoded_actors_sixteenth import sides


@pytest.fixture(scope="module")
def nlp_unmerged():
    """The pipeline with no merging of the events of an article: each act told is one."""
    import marsad

    return marsad.load(config={"events": {"keep_unknown_source": True, "merge": False}})


# 1. the identified person after an unvowelled verb of harm was harmed

def test_the_young_man_killed_by_police_fire(nlp):
    # before: the young man was the killer, no target
    text = "قتل الشاب الذي شارك في المظاهرة برصاص الشرطة."
    assert sides(nlp, text, "1823") == [("COP", "الشرطة", None, "الشاب")]
    # (unchanged: after a verb with its subject before him he is the object, as before)
    text = "اعتقلت الشرطة الرجل الذي هاجم الحراس أمس."
    assert sides(nlp, text, "173") == [("COP", "الشرطة", None, "الرجل")]


def test_the_man_killed_at_the_hands_of_the_army(nlp):
    # before: the man was the killer; the agent after على يد, past a verb of the clause
    text = "قتل الرجل الذي خرج من بيته صباحاً على يد الجيش."
    assert sides(nlp, text, "1823") == [("MIL", "الجيش", None, "الرجل")]


def test_the_boy_killed_with_no_agent_named(nlp_unmerged):
    # before: the boy was the killer; with no agent the killing has no doer named
    text = "قتل الفتى الذي كان يلعب في الحي أمس."
    assert sides(nlp_unmerged, text, "1823") == [(None, "", None, "الفتى")]


# 2. the joined plural verb of harm takes the first act's target

def test_the_others_wounded_are_of_the_soldiers(nlp_unmerged):
    # before: the wounding had no target
    text = "قتل المسلحون ثلاثة جنود وجرحوا عشرة آخرين في الموصل."
    assert sides(nlp_unmerged, text, "182") == [("UAF", "المسلحون", "MIL", "جنود")]
    # (unchanged: an object of its own, مدنيين, is the wounding's target)
    text = "قتل المسلحون ثلاثة جنود وجرحوا مدنيين."
    assert sides(nlp_unmerged, text, "182") == [("UAF", "المسلحون", "CVL", "مدنيين")]
    # (unchanged: another act between, هاجموا القرية: the others are not the soldiers)
    text = "قتل المسلحون ثلاثة جنود ثم هاجموا القرية وجرحوا عشرة آخرين."
    assert sides(nlp_unmerged, text, "182") == [("UAF", "المسلحون", None, None)]


def test_the_others_of_victims_named_after_a_count(nlp_unmerged):
    # before: the wounding had no target; the killing's victims (read after اثنين من, a count
    # word the dictionary also reads as a verb) are the others' people
    text = "قتل المسلحون اثنين من الجنود وأصابوا آخرين."
    assert sides(nlp_unmerged, text, "182") == [("UAF", "المسلحون", "MIL", "الجنود")]
