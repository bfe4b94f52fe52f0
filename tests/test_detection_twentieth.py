"""Detection and modality, twentieth session (docs/accuracy.md, "Detection and modality: told
clashes, begun acts, joined demands and ASSAULT precision, twentieth session"), each checked
here on sentences written for this file:

- plural clashes a place is said to have seen (شهدت المحافظة اشتباكات) are one occurrence, not
  a practice;
- a present verb after a past verb of beginning (بدأ المسلح يطلق النار، أخذ الجنود يطلقون) is
  the act begun then, told once;
- a present verb joined by و to a present verb after قد shares its possibility;
- a verbal noun joined by و to a noun that a word of calling governs (طالب بإقامة منطقة آمنة
  وشن غارات، اشترط إقامة حزام وشن غارات) is asked for, not done.
"""

from __future__ import annotations

import pytest

from _pipelines import coded, detect  # noqa: F401  (the fixture)
from marsad.eval.gsr import FACTUAL


def _of(nlp, text, code):
    return [e[2] for e in coded(nlp, text) if e[0] == code]


# --- clashes a place saw ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وشهدت المحافظة اشتباكات عنيفة بالأسلحة الثقيلة بين الجيش والمسلحين.",
    "شهدت البلدة مواجهات عنيفة بالأسلحة الثقيلة بين الجيش والمسلحين.",
])
def test_clashes_a_place_saw_are_news(detect, text):
    assert _of(detect, text, "190") == ["asserted"]


def test_clashes_a_place_saw_over_years_stay_no_news(detect):
    # a span of years: what the place has seen again and again
    text = "وشهدت المحافظة اشتباكات متكررة بالأسلحة الثقيلة خلال السنوات الماضية."
    assert all(m not in FACTUAL for m in _of(detect, text, "190"))


def test_clashes_with_no_verb_of_witnessing_stay_a_practice(detect):
    # no verb before the plural: a kind of violence named, uncounted (as before)
    text = "وتتكرر في المحافظة اشتباكات عنيفة بالأسلحة الثقيلة بين الجيش والمسلحين."
    assert all(m not in FACTUAL for m in _of(detect, text, "190"))


# --- a verb of beginning ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وبدأ المسلح يطلق النار على المصلين في المسجد.",
    "وأخذ الجنود يطلقون النار على المتظاهرين في الساحة.",
    "فشرع الحراس يطلقون النار على المهاجمين.",
])
def test_present_after_a_past_verb_of_beginning_is_one_act(detect, text):
    assert _of(detect, text, "193") == ["asserted"]


def test_present_without_a_verb_of_beginning_stays_a_practice(detect):
    text = "والجنود يطلقون النار على المتظاهرين في الساحة."
    assert all(m not in FACTUAL for m in _of(detect, text, "193"))


def test_a_verb_of_beginning_in_another_clause_does_not_reach(detect):
    # بدأ governs its own verbal noun; the present verb after the comma is a clause of its own
    text = "وبدأ الاجتماع، والجنود يطلقون النار على المتظاهرين في الساحة."
    assert all(m not in FACTUAL for m in _of(detect, text, "193"))


# --- قد + a present verb, and one joined to it ----------------------------------------------

def test_present_joined_to_a_possible_one_is_possible_too(detect):
    text = "وقد يهاجم المسلحون القرية ويخطفون سكانها."
    assert _of(detect, text, "181") == ["hypothetical"]


def test_present_joined_to_a_plain_present_is_not_made_possible(detect):
    text = "ويهاجم المسلحون القرية ويخطفون سكانها."
    assert "hypothetical" not in _of(detect, text, "181")


# --- a verbal noun joined to what is demanded ------------------------------------------------

@pytest.mark.parametrize("text", [
    "وطالب الوزير بإقامة منطقة آمنة وشن غارات على قوات النظام.",
    "واشترط الرئيس إقامة منطقة آمنة وشن غارات على قوات النظام.",
])
def test_attack_joined_to_a_demanded_noun_is_asked_for(detect, text):
    assert _of(detect, text, "195") == ["hypothetical"]


def test_attack_after_a_comma_is_not_joined_to_the_demand(detect):
    # the comma ends the demand's list: the raids are told as done
    text = "وطالب الوزير بإقامة منطقة آمنة، وشنت الطائرات غارات على قوات النظام أمس."
    assert "hypothetical" not in _of(detect, text, "195")


# --- shapes of the real-news reading: a disease, an attack in words --------------------------

@pytest.mark.parametrize("text", [
    "وأعلنت وزارة الصحة إصابته بفيروس كورونا أمس.",
    "وأصيب الرئيس بجلطة دماغية الأسبوع الماضي.",
])
def test_a_disease_is_no_wounding(detect, text):
    assert _of(detect, text, "182") == []


def test_wounds_in_a_blast_stay_a_wounding(detect):
    text = "وأصيب ثلاثة جنود بجروح في انفجار عبوة ناسفة أمس."
    assert _of(detect, text, "182") == ["asserted"]


@pytest.mark.parametrize("text", [
    "وهاجم الكاتب الوزير، واتهمه بالفساد.",
    "وهاجم الكاتب الوزير واتهمه بالعمالة للأجهزة الأمنية.",
])
def test_attacked_then_accused_is_an_attack_in_words(detect, text):
    assert _of(detect, text, "190") == []


@pytest.mark.parametrize("text", [
    # another subject accuses (واتهم الجيش: the verb's own هم, no pronoun of the attacked)
    "وهاجم مسلحون حاجزاً للجيش، واتهم الجيش الحركة بتنفيذ الهجوم.",
    "وهاجم مسلحون القرية وقتلوا خمسة من سكانها.",
])
def test_attacks_with_no_accusation_of_the_attacked_stay(detect, text):
    assert "asserted" in _of(detect, text, "190")
