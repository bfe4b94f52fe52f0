"""Detection and modality, eighteenth session (docs/accuracy.md, "Detection and modality:
leftovers and ASSAULT precision on real news, eighteenth session"), each checked here on
sentences written for this file:

- the scope of a negation (events.json cues `verb_negations`, `scope_relatives`,
  `scope_governors`, `scope_copulas`): a negation before a relative pronoun, a cause or time
  preposition or a clause of state does not negate the act these open, and لم / لن in a
  relative clause negate its own verb, not the main clause's past verb after it; a negated
  copula still negates its predicate, and a negation still negates its own verb and object;
- a toll told by a verb (قتلوا، استشهدوا: events.json `toll_verbs`) before بعد / عندما / جراء
  + an act: that act is the news, not its background;
- things, abstractions and idioms as the agents or objects of violence: a decision that
  "targets" a province politically, loans that "fight" a culture, a mania that "sweeps" a
  continent, "several birds with one stone", companies that "target" a year; celebratory fire.
"""

from __future__ import annotations

import pytest

from _pipelines import coded, detect  # noqa: F401  (the fixture)


def _of(nlp, text, plover="ASSAULT"):
    return [e for e in coded(nlp, text) if e[1] == plover]


def _modalities(nlp, text, code):
    return [e[2] for e in coded(nlp, text) if e[0] == code]


# --- the scope of a negation -------------------------------------------------------------

@pytest.mark.parametrize("text, code", [
    # a cause after a negated verb: the talks failed, the fighting took place
    ("قال المسؤول إن المحادثات لم تنجح بسبب المعارك في المدينة.", "190"),
    # a denial of responsibility does not deny the attack its relative clause tells
    ("نفى الجيش مسؤوليته عن الهجوم الذي استهدف السوق أمس.", "190"),
    # a clause of state after a negated verb: they did not move, the shelling went on
    ("لم يتحركوا وهم يقصفون القرية أمس.", "194"),
])
def test_a_negation_does_not_reach_into_the_phrase_or_clause_after_it(detect, text, code):
    got = _modalities(detect, text, code)
    assert got and "negated" not in got


def test_a_negation_in_a_relative_clause_does_not_negate_the_main_verb(detect):
    got = _modalities(detect, "وقال إن المسلحين الذين لم تعرف هوياتهم هاجموا القرية أمس.",
                      "190")
    assert got == ["asserted"]


@pytest.mark.parametrize("text, code", [
    # the negation's own verb and its object
    ("لم يشن الجيش هجوماً على القرية أمس.", "190"),
    ("وقال إن المسلحين الذين لم يهاجموا القرية فروا إلى الجبال.", "190"),
    # a verbal noun spelt like the past verb, after a light verb
    ("لم يتم قتل أي شخص في المدينة أمس.", "1823"),
])
def test_a_negation_still_negates_its_own_clause(detect, text, code):
    assert _modalities(detect, text, code) == ["negated"]


def test_a_negated_copula_negates_the_cause_it_names(detect):
    # "the fire was not caused by an attack": لم يكن reaches the cause
    got = _modalities(detect, "وقال إن الحريق لم يكن بسبب هجوم على المخزن.", "190")
    assert got == ["negated"]


# --- a toll told by a verb -----------------------------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("قالت الشرطة إن 40 شخصاً قتلوا أمس بعد تفجيرين انتحاريين في بغداد.", "183"),
    ("قالت الشرطة إن خمسة أشخاص قتلوا جراء القصف الذي استهدف الحي أمس.", "194"),
    ("وقال مسؤول عسكري إن خمسة جنود قتلوا، وفقد 15 آخرون عندما هاجم مقاتلو التنظيم نقطة "
     "التفتيش خارج المدينة.", "190"),
])
def test_the_act_a_toll_told_by_a_verb_came_of_is_the_news(detect, text, code):
    assert _modalities(detect, text, code) == ["asserted"]


def test_an_act_after_bad_with_no_toll_stays_background(detect):
    got = _modalities(detect, "وأعلنت الحكومة الحداد بعد تفجيرين انتحاريين في بغداد.", "183")
    assert got == ["historical"]


# --- things, abstractions and idioms ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وأكد أن قرار الحكومة بنقل المعسكر يستهدف المحافظة سياسيا.",
    "وقال إن القروض تشجع على الإنفاق وتحارب ثقافة الادخار.",
    "واجتاحت القارة حالة من الحماس بعد زيارة الرئيس.",
    "ومن الواضح أن الرئيس يصيب عصافير عدة بحجر واحد.",
    "وقالت إن الشركات تستهدف عام 2020 لإطلاق منتجاتها الجديدة.",
    "وأطلق الجنود النار ابتهاجا في شوارع العاصمة أمس.",
])
def test_no_assault_of_things_abstractions_idioms_or_celebration(detect, text):
    assert _of(detect, text) == []


def test_shooting_at_a_wedding_stays_an_assault(detect):
    got = _of(detect, "وأطلق مسلحون النار على حفل زفاف في القرية أمس.")
    assert [(e[0], e[2]) for e in got] == [("193", "asserted")]
