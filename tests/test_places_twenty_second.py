"""Where events happened, twenty-second session: an act of force is where it lands (a town
after على, after لـ, after the place it was fired from, a country after a struck area and
partitive من), not the attackers' country; a crowd at a building of a far town of the
dateline's own country is in that town; the seat of a decision's author (قرار الحكومة الفرنسية
في باريس) is no scene. Sentences written for these tests; every expected value checked by hand
against the sentence and cities.json / countries.json. Tests marked (control) pass on the code
before this session too."""

from __future__ import annotations

import pytest

from _places_harness import only_event_of as _only


def _where(loc):
    return None if loc is None else (loc.name, loc.country, loc.source)


# -- 1. an attack is where it lands -----------------------------------------------------------

@pytest.mark.parametrize("text, cameo, where", [
    # the town struck after the place it was fired from (was the dateline's Riyadh)
    ("الرياض - واس: قصف الحوثيون من اليمن مدينة نجران بصواريخ الكاتيوشا.", "19",
     ("Najran", "SAU", "target")),
    # a town after لـ and the doer of a verbal noun (was none)
    ("أدى قصف الحوثيين لنجران إلى مقتل مدنيين.", "19", ("Najran", "SAU", "target")),
    # a country after a struck area and partitive من (was Yemen, the clause before's place)
    ("لم يكتف المتمردون بقتل المدنيين في اليمن، بل عمدوا إلى قصف المناطق الجنوبية من "
     "السعودية بالصواريخ.", "194", ("Saudi Arabia", "SAU", "target")),
    # the town struck after the place its attackers stood at (was Saada, theirs)
    ("الرياض - واس: قصفت الميليشيات المتمردة المتمركزة في صعدة أمس مدينة نجران.", "19",
     ("Najran", "SAU", "target")),
])
def test_an_attack_is_where_it_lands(nlp, text, cameo, where):
    assert _where(_only(nlp, text, cameo).location) == where


@pytest.mark.parametrize("text, cameo, where", [
    # (control) a place whence the attackers came is not where they struck
    ("هاجم مسلحون قادمون من المناطق الشمالية من اليمن مواقع للجيش.", "19", None),
    # (control) the positions struck are said to be in a town: that town
    ("قصفت القوات السعودية مواقع الحوثيين في صعدة.", "19", ("Saada", "YEM", "sentence")),
    # (control) على and a town after the attackers' own place
    ("أطلق المسلحون في اليمن قذائف على مدينة جازان أمس.", "19", ("Jazan", "SAU", "target")),
    # (control) a town attacked as the verb's object
    ("قصفت ميليشيات الحوثي مدينة نجران بقذائف الهاون.", "19", ("Najran", "SAU", "target")),
])
def test_landing_controls(nlp, text, cameo, where):
    assert _where(_only(nlp, text, cameo).location) == where


# -- 2. a far town of the dateline's own country ------------------------------------------------

def test_a_crowd_at_a_building_of_a_far_town(nlp):
    text = ("الرياض - واس: تجمع عشرات المواطنين صباح أمس أمام مقر المحكمة العامة الجديدة "
            "في مدينة بريدة.")
    assert _where(_only(nlp, text, "14").location) == ("Buraidah", "SAU", "sentence")


def test_a_far_town_of_a_purpose_clause_is_not_the_crowds(nlp):
    # (control) the town is the relatives', told in a clause of purpose: the dateline stands
    text = ("الرياض - واس: تظاهر عشرات المواطنين أمس أمام مبنى الإمارة للمطالبة بإطلاق سراح "
            "ذويهم في مدينة بريدة.")
    assert _where(_only(nlp, text, "14").location) == ("Riyadh", "SAU", "dateline")


# -- 3. the seat of a decision's author ----------------------------------------------------------

def test_the_seat_of_a_decisions_author_is_no_scene(nlp):
    text = "القاهرة - رويترز: تظاهر مئات المصريين أمس احتجاجا على قرار الحكومة الفرنسية في باريس."
    assert _where(_only(nlp, text, "14").location) == ("Cairo", "EGY", "dateline")


@pytest.mark.parametrize("text, cameo, where", [
    # (control) a place said as where before the motive: the crowd was there
    ("القاهرة - رويترز: تظاهر مئات الطلاب أمس في باريس احتجاجا على قرار الحكومة الفرنسية.",
     "14", ("Paris", "FRA", "sentence")),
    # (control) a French guard in Paris: no decision, the place is the scene
    ("باريس - رويترز: قتل مسلحون حارس السفير الفرنسي في باريس.", "18",
     ("Paris", "FRA", "sentence")),
])
def test_authors_seat_controls(nlp, text, cameo, where):
    assert _where(_only(nlp, text, cameo).location) == where


def test_the_new_word_lists_are_data():
    from marsad.lexicon.grammar import grammar_words

    g = grammar_words()
    assert "علي" in g.landing_preps  # (folded: على)
    assert "المناطق" in g.struck_area_nouns
    assert "قرار" in g.decision_nouns
