"""Sides and places, twenty-second session, second round (docs/accuracy.md, "Sides and places
leftovers, second round: a doer's relative clause, لل + an envoy noun, an assault on one's own
envoy, twenty-second session").

- an actor in the relative clause of the doer told after the verb is the clause's, not the
  act's target: the target is the actor after the clause (not after a noun of force, whose
  own clause it may be);
- ل before an envoy noun with the article is written لل (للسفير، للمبعوث): such a noun is an
  envoy's, and the place of his title is not where the event happened;
- an assault on an actor's own envoy (سفيرها في قطر) happens at his post; a withdrawal of him
  at home;
- an arrest with no named doer is not coded (the project's rule for verbal events).

Our own sentences; each expected value was worked out by hand. The names are invented."""

from __future__ import annotations

import pytest

from test_uncoded_actors_sixteenth import PUBLISHED, sides


@pytest.fixture(scope="module")
def nlp_unmerged():
    """The pipeline with no merging of the events of an article: each act told is one."""
    import marsad

    return marsad.load(config={"events": {"keep_unknown_source": True, "merge": False}})


# 1. an actor in the doer's relative clause

def test_the_army_after_the_doers_clause_is_attacked(nlp_unmerged):
    # before: the police, the subject of اعتقلتهم, were taken as the attack's target
    text = "هاجم المسلحون الذين اعتقلتهم الشرطة الجيش."
    assert sides(nlp_unmerged, text, "190") == [("UAF", "المسلحون", "MIL", "الجيش")]
    # the arrest of the clause keeps its sides: the police arrested the gunmen
    assert sides(nlp_unmerged, text, "173") == [("COP", "الشرطة", "UAF", "المسلحون")]


def test_the_clause_with_aux_words_is_skipped_too(nlp_unmerged):
    # before: the police (the clause's subject, after كانت قد) were the killed
    text = "قتل المسلحون الذين كانت قد طاردتهم الشرطة ثلاثة جنود."
    assert sides(nlp_unmerged, text, "1823") == [("UAF", "المسلحون", "MIL", "جنود")]


def test_no_target_when_the_clause_ends_the_sentence(nlp_unmerged):
    # before: the police; the sentence names no one attacked
    text = "هاجم المسلحون الذين اعتقلتهم الشرطة أمس."
    assert sides(nlp_unmerged, text, "190") == [("UAF", "المسلحون", None, None)]


def test_a_plain_object_is_unchanged(nlp_unmerged):
    # the control: no relative clause
    assert sides(nlp_unmerged, "هاجم المسلحون الجيش.", "190") == [
        ("UAF", "المسلحون", "MIL", "الجيش")]


# 3. لل + an envoy noun

def test_envoy_words_join_lam_to_the_article():
    import marsad
    from marsad.events.placing import envoy_words

    marsad.load()
    words = envoy_words()
    assert "للسفير" in words and "للمبعوث" in words
    assert "لالسفير" not in words  # (the old joining)
    assert "والسفير" in words and "بالسفير" in words and "لسفير" in words


def test_support_for_an_envoy_is_not_placed_at_his_post(nlp):
    # before: the Egyptian president's support was placed in Yemen, the envoy's title's place
    doc = nlp("أكد الرئيس المصري دعمه للمبعوث الأممي إلى اليمن.", published=PUBLISHED)
    ev = [e for e in doc.events if e.cameo == "032"]
    assert len(ev) == 1
    assert ev[0].location is None or ev[0].location.country != "YEM"


# 4. an attack on an actor's own envoy at his post

def test_an_attack_on_her_envoy_is_placed_at_his_post(nlp):
    # before: no place (the post of an actor's own envoy was read as a recall's, left out)
    doc = nlp("هاجم المحتجون سفيرها في قطر.", published=PUBLISHED)
    ev = [e for e in doc.events if e.cameo.startswith("19")]
    assert len(ev) == 1 and ev[0].location is not None and ev[0].location.country == "QAT"


def test_an_assault_on_our_envoy_is_placed_at_his_post(nlp):
    doc = nlp("اعتدى مسلحون على سفيرنا في ليبيا.", published=PUBLISHED)
    ev = [e for e in doc.events if e.cameo.startswith("18")]
    assert len(ev) == 1 and ev[0].location is not None and ev[0].location.country == "LBY"


def test_a_recall_of_her_envoy_stays_at_home(nlp):
    # the control: a withdrawal (CAMEO 16) of her own envoy happens in her country, not at his post
    doc = nlp("أعلنت قطر سحب سفيرها لدى مصر.", published=PUBLISHED)
    ev = [e for e in doc.events if e.cameo.startswith("16")]
    assert len(ev) == 1 and ev[0].location is not None and ev[0].location.country == "QAT"


# 5. an arrest with no named doer (the project's rule: a verbal event of roots 01-13 and 15-17
# needs both its sides; only protests and force, with keep_unknown_source, are kept without a
# source)

def test_an_arrest_without_a_doer_is_not_coded(nlp_unmerged):
    assert sides(nlp_unmerged, "اعتقلوا المتظاهرين أمس.", "173") == []
    assert sides(nlp_unmerged, "اعتقلت الشرطة المتظاهرين أمس.", "173") == [
        ("COP", "الشرطة", "CVL", "المتظاهرين")]


def test_a_nouns_own_clause_keeps_its_target(nlp_unmerged):
    # the control: after a noun of force and its doer's nisba, the relative clause is the noun's
    # own (the strikes targeted the group), so its object stays the target
    text = "انتقد الحزب الضربات الجوية التركية التي استهدفت الجماعة أمس."
    assert [t[2:] for t in sides(nlp_unmerged, text, "190")] == [("REB", "الجماعة")]
