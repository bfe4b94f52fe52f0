"""Detection and modality, nineteenth session (docs/accuracy.md, "Detection and modality:
leftovers and ASSAULT precision on real news, nineteenth session"), each checked here on
sentences written for this file:

- a recent act told in a relative clause whose antecedent is a noun of attack (الهجوم الذي
  استهدف … أمس) is the act itself, of now; history with no year: a decade, «قبل عقود», «في القرن
  الماضي», «إبان الحرب العالمية», in narration or in a quote;
- the acts a verb of condemning or welcoming takes as its object (أدان الهجمات، رحب بالهجمات)
  are acts done before it, `historical`, not a practice;
- an act told before غداة / عشية + an act with a day of its own is dated from that day; a
  seizure verb in the present after a relative pronoun (الذي يبسط سيطرته) is a state; a death
  in a race of cars is no attack;
- abstractions as objects of violence (خرب العلاقات، تقاتل ضد نفوذ); a denial of one's part
  in an act (نفى أي ضلوع له في الهجوم) does not deny the act;
- one source for two lists of function words (grammar.json `lam_negations`, the clause-of-state
  pronouns of `state_pronouns` in the negation's scope).
"""

from __future__ import annotations

import pytest

from _pipelines import coded, detect  # noqa: F401  (the fixture)
from marsad.eval.gsr import FACTUAL

PUBLISHED = "2015-08-01"  # a Saturday


def _of(nlp, text, code):
    return [e[2] for e in coded(nlp, text) if e[0] == code]


def _dated(nlp, text):
    doc = nlp(text, published=PUBLISHED)
    return [(e.cameo, e.date) for e in doc.events]


# --- item 1: a recent act in a relative clause; history with no year ----------------------

@pytest.mark.parametrize("text, code", [
    # the antecedent is the attack itself, dated yesterday: the attack of now
    ("وتبنى التنظيم الهجوم الذي استهدف حاجزاً للجيش أمس.", "190"),
    # after its adjective, and with a weekday
    ("وأعلن التنظيم مسؤوليته عن التفجير الانتحاري الذي استهدف مسجداً في الدمام يوم الجمعة.",
     "190"),
])
def test_recent_act_in_a_relative_clause_of_an_attack_noun_is_news(detect, text, code):
    assert _of(detect, text, code) == ["asserted"]


@pytest.mark.parametrize("text, code", [
    # no time: what the attack was, told to name it
    ("وتبنى التنظيم الهجوم الذي استهدف حاجزاً للجيش.", "190"),
    # the antecedent is people: what they underwent, told to name them
    ("وزار الوزير الجنود الذين استهدفهم القصف أمس.", "190"),
])
def test_other_relative_clauses_stay_background(detect, text, code):
    assert all(m not in FACTUAL for m in _of(detect, text, code))


@pytest.mark.parametrize("text, code", [
    ("قصف الجيش القرية في الثمانينيات.", "194"),  # a decade (TIMEX 198)
    ("قصف الجيش القرية قبل عقود.", "194"),
    ("قصف الطيران المدينة في القرن الماضي.", "194"),
    ("قصف الطيران المدينة إبان الحرب العالمية الثانية.", "194"),
    ("قتل الجنود المئات إبان حكم الرئيس السابق.", "1823"),
])
def test_history_with_no_year(detect, text, code):
    assert _of(detect, text, code) == ["historical"]


def test_history_of_a_decade_told_in_a_quote_is_no_news(detect):
    text = 'وقال الرئيس: "لقد قصفنا هذه المدن في الثمانينيات".'
    assert all(m not in FACTUAL for m in _of(detect, text, "194"))


def test_a_recent_year_or_day_stays_news(detect):
    assert _of(detect, "قصف الجيش القرية أمس.", "194") == ["asserted"]


# --- item 2: the objects of a reaction ----------------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("أدان مجلس الأمن الهجمات التي نفذها المسلحون على القرى.", "190"),
    ("رحب الرئيس بالهجمات التركية على مواقع التنظيم.", "190"),
    ("ندد الأزهر بالاعتداءات على المساجد.", "180"),
])
def test_attacks_a_reaction_takes_as_object_are_history_not_a_practice(detect, text, code):
    assert _of(detect, text, code) == ["historical"]


def test_a_condemned_attack_told_with_its_day_and_place_stays_news(detect):
    text = "أدانت وزارة الخارجية التفجير الانتحاري الذي وقع أمس في بغداد."
    assert _of(detect, text, "1831") == ["asserted"]


def test_attacks_with_no_reaction_stay_a_practice(detect):
    assert _of(detect, "يشن المسلحون هجمات على القرى.", "190") == ["habitual"]


# --- item 3: غداة / عشية, a state of control, a race --------------------------------------

def test_an_act_the_day_after_an_act_of_a_named_day(detect):
    # Thursday 30 July: the bombing; the killing, the day after it, Friday 31 July
    text = "وقتل مسلحون شرطيين في صنعاء غداة التفجير الذي استهدف المسجد الخميس الماضي."
    assert sorted(_dated(detect, text)) == [("1823", "2015-07-31"), ("183", "2015-07-30")]


def test_an_act_on_the_eve_of_an_act_of_a_named_day(detect):
    text = "قصف الجيش القرية عشية الاجتماع الذي عقد الخميس الماضي."
    assert ("194", "2015-07-29") in _dated(detect, text)


def test_an_act_with_its_own_day_before_ghadat_keeps_it(detect):
    text = "قتل الجنود ثلاثة مسلحين أمس غداة الهجوم الذي استهدف المعسكر الخميس الماضي."
    assert ("1823", "2015-07-31") in _dated(detect, text)


def test_a_state_of_control_in_a_relative_clause_is_no_seizure(detect):
    text = "وحذر من التنظيم الذي يبسط سيطرته على مناطق واسعة في سوريا."
    assert _of(detect, text, "192") == ["habitual"]


@pytest.mark.parametrize("text", [
    "لقي السائق مصرعه في حادث خلال سباق السيارات في إيطاليا.",
    "قتل سائق فرنسي في حادث خلال سباق للدراجات النارية.",
])
def test_a_death_in_a_race_is_no_attack(detect, text):
    assert [e for e in coded(detect, text) if e[1] == "ASSAULT"] == []


def test_an_arms_race_is_no_race_of_cars(detect):
    assert _of(detect, "قتل جنديان في سباق التسلح بين البلدين.", "1823") == ["asserted"]


# --- item 5: abstractions as objects ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وقال إن المالكي قد خرب العلاقات الخارجية للعراق.",
    "فإدارة أوباما تقاتل ضد نفوذ إيران في العراق.",
])
def test_relations_and_influence_are_no_objects_of_violence(detect, text):
    assert [e for e in coded(detect, text) if e[1] == "ASSAULT"] == []


def test_houses_destroyed_stay_an_attack(detect):
    assert _of(detect, "دمرت الغارات عشرات المنازل في المدينة أمس.", "1712") == ["asserted"]


# --- item 4: one source for two lists -----------------------------------------------------

def test_lam_negations_come_from_grammar_json():
    from marsad.lexicon.grammar import grammar_words
    from marsad.text.normalize import fold

    g = grammar_words()
    assert g.lam_negations == frozenset(fold(w) for w in ("لم", "ولم", "فلم"))
    assert g.no_report_negations == frozenset(fold(w) for w in ("لا", "ولا"))


def test_the_negation_scope_reads_the_state_pronouns_of_grammar_json():
    import json
    from importlib import resources

    from marsad.lexicon.grammar import grammar_words

    raw = json.loads(resources.files("marsad.lexicon").joinpath("data/events.json")
                     .read_text(encoding="utf-8"))
    # events.json no longer repeats them ...
    assert not set(raw["cues"]["scope_governors"]) & {"وهم", "وهو", "وهي", "وهما", "وهن"}
    # ... and the negation still does not reach the clause of state they open
    from marsad.events.modality import CueTable
    from marsad.text.normalize import fold
    cues = CueTable({k: [tuple(fold(x) for x in w.split()) for w in v]
                     for k, v in raw["cues"].items()})
    assert grammar_words().state_pronouns <= cues.scope_governors


def test_a_negation_before_a_clause_of_state_still_stops(detect):
    assert _of(detect, "لم يتحركوا وهم يقصفون القرية أمس.", "194") == ["asserted"]


# --- item 5: a denial of one's part in an act ---------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("ونفى المتهمون الآخرون أي ضلوع لهم في الاعتداء على الفندق.", "180"),
    ("نفت الحركة تورطها في خطف الجنود.", "181"),
])
def test_a_denied_part_in_an_act_does_not_deny_the_act(detect, text, code):
    assert _of(detect, text, code) == ["historical"]  # the act they took no part in, before


@pytest.mark.parametrize("text, code", [
    ("نفى الجيش قصف القرية.", "194"),
    ("نفت الوزارة وقوع أي هجوم على السفارة.", "190"),
])
def test_a_denied_act_stays_negated(detect, text, code):
    assert _of(detect, text, code) == ["negated"]

