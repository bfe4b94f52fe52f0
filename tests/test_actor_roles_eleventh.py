"""CAMEO country and role codes of actor mentions, eleventh session: the Kurdish parties by
name, al-Shabaab named with جماعة, the men of a body named by a suicide bomber's or an attacker's
noun. Sentences written for these tests."""

from __future__ import annotations

import pytest

from _pipelines import actor_codes as codes
from _pipelines import detect, dyads_of  # noqa: F401 (detect is a fixture)


@pytest.mark.parametrize("text, actor", [
    ("وأعلن الحزب الديمقراطي الكردستاني تأييده للاتفاق.", "الحزب الديمقراطي الكردستاني"),
    ("وانتقد الاتحاد الوطني الكردستاني قرار الحكومة.", "الاتحاد الوطني الكردستاني"),
    ("وقال متحدث باسم حزب الاتحاد الوطني الكردستاني إن المفاوضات مستمرة.",
     "حزب الاتحاد الوطني الكردستاني"),
])
def test_the_kurdish_parties_by_name_are_kurdish_parties(nlp, text, actor):
    # CAMEO's ethnic code, as الأحزاب الكردية (KURPTY): not Iraqi parties
    got = codes(nlp, text)
    assert (actor, "KURPTY") in got, got


@pytest.mark.parametrize("text, actor", [
    ("وهاجمت جماعة «الشباب» قاعدة عسكرية في جنوب البلاد.", "جماعة «الشباب»"),
    ("وتبنت جماعة الشباب الصومالية الهجوم على الفندق.", "جماعة الشباب الصومالية"),
])
def test_al_shabaab_named_with_jamaa_is_al_shabaab(nlp, text, actor):
    got = codes(nlp, text)
    assert (actor, "SOMREB") in got, got


def test_the_believing_youth_are_the_houthis_not_al_shabaab(nlp):
    # the Houthis' earlier name: longer than جماعة الشباب, so not al-Shabaab
    got = codes(nlp, "وكانت الحركة تعرف قبل سنوات بجماعة الشباب المؤمن في صعدة.")
    assert ("جماعة الشباب المؤمن", "YEMREB") in got, got


@pytest.mark.parametrize("text, source", [
    ("وفجر مهاجم انتحاري من حركة طالبان نفسه في سوق مزدحم.", "AFGREB"),
    ("وفجر انتحاري من حركة طالبان حزامه الناسف أمام المسجد.", "AFGREB"),
    ("وقتل مهاجمون من حركة الشباب ثلاثة جنود.", "SOMREB"),
])
def test_a_suicide_bomber_of_a_body_is_the_body(detect, text, source):
    # the bomber from the Taliban is the Taliban's man, coded as the body (as مسلحون من), the
    # doer of the attack, not its target
    got = [s for s, _t in dyads_of(detect, text, "183")] + \
        [s for s, _t in dyads_of(detect, text, "1823")]
    assert got and all(s == source for s in got), got


def test_the_kck_is_the_pkks_umbrella_not_the_kdp(nlp):
    # منظومة المجتمع الديمقراطي الكردستاني holds the KDP's short name (الديمقراطي الكردستاني):
    # the whole name is the PKK's umbrella, coded as the PKK
    got = codes(nlp, "وقال عضو في منظومة المجتمع الديمقراطي الكردستاني إن القتال مستمر.")
    assert ("منظومة المجتمع الديمقراطي الكردستاني", "TURREB") in got, got
    assert ("الديمقراطي الكردستاني", "KURPTY") in codes(
        nlp, "وقررت كتلة الديمقراطي الكردستاني في البرلمان استدعاء الوزير.")


@pytest.mark.parametrize("text, actor, code", [
    ("وأحرق مستوطنون منزلا في قرية قرب نابلس.", "مستوطنون", "ISRSET"),
    ("واقتحم المستوطنون باحات المسجد صباح أمس.", "المستوطنون", "ISRSET"),
    # the construct plural before the settlement's name
    ("واعتدى مستوطنو المستوطنة على المزارعين.", "مستوطنو", "ISRSET"),
    ("وهاجم العشرات من مستوطني المستوطنة القرية.", "مستوطني", "ISRSET"),
])
def test_settlers_named_without_a_country_are_israeli(nlp, text, actor, code):
    got = codes(nlp, text)
    assert (actor, code) in got, got
    # a nationality named wins
    assert ("المستوطنون الفرنسيون", "FRASET") in codes(
        nlp, "وكان المستوطنون الفرنسيون يملكون الأراضي في الجزائر.")


@pytest.mark.parametrize("text, source, target", [
    ("وقال المسؤول «إن المستوطنين هاجموا المزارعين في القرية».", "ISRSET", "AGR"),
    ("وقال الناطق: «إن الجيش هاجم مواقع المسلحين في الجبال».", "MIL", "UAF"),
])
def test_a_quoted_actor_is_the_subject_of_a_verb_in_its_own_quote(detect, text, source, target):
    # the subject and the verb stand in the same quote: the quote keeps neither from the other
    got = dyads_of(detect, text, "190")
    assert (source, target) in got, got
    # but no subject of a verb outside its quote
    outside = "وعبر الوزير عن امتنانه للحكومة «على ما قدمته من دعم للمقاومة» ثم هاجم المعارضة."
    got = [s for s, _t in dyads_of(detect, outside, "190")]
    assert "REB" not in got, got
