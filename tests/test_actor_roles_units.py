"""CAMEO role codes of actor mentions, tenth session: a military unit named by its nationality,
a police patrol, parties in general. Sentences written for these tests."""

from __future__ import annotations

import pytest

from _pipelines import coded  # noqa: F401


def codes(nlp, text, published="2015-07-25"):
    doc = nlp(text, published=published)
    return [(doc.text[e.start:e.end], e.actor_code) for e in doc.entities]


@pytest.mark.parametrize("text, unit, code", [
    ("وقالت مصادر محلية إن وحدة إسرائيلية خاصة اعتقلت شابين قرب نابلس.", "وحدة إسرائيلية", "ISRMIL"),
    ("ودخلت قوة روسية إلى المطار العسكري صباح أمس.", "قوة روسية", "RUSMIL"),
    ("وأطلقت دورية إسرائيلية النار على مزارع قرب السياج.", "دورية إسرائيلية", "ISRMIL"),
    ("وانتشرت وحدات تركية على طول الحدود.", "وحدات تركية", "TURMIL"),
])
def test_a_unit_with_a_nationality_is_that_countrys_military(nlp, text, unit, code):
    got = codes(nlp, text)
    assert (unit, code) in got, got


@pytest.mark.parametrize("text, word", [
    # alone, or the unity of a country, or a periodic meeting: common words
    ("وشدد الوزير على وحدة سورية وسلامة أراضيها.", "وحدة"),
    ("وأكد البيان أهمية وحدة الصف العربي.", "وحدة"),
    ("وتعقد اللجنتان اجتماعات دورية مصرية سودانية في القاهرة.", "دورية"),
    ("وأصبحت البلاد قوة اقتصادية كبرى.", "قوة"),
])
def test_a_unit_noun_is_an_actor_only_with_a_nationality(nlp, text, word):
    got = codes(nlp, text)
    assert not [w for w, c in got if word in w], got
    # the same noun with a nationality right after it is an actor
    got = codes(nlp, f"وقالت المصادر إن {word} مصرية وصلت إلى المنطقة.")
    assert (f"{word} مصرية", "EGYMIL") in got, got


def test_a_police_patrol_is_the_police(nlp):
    got = codes(nlp, "وانفجرت عبوة ناسفة قرب دورية للشرطة في وسط المدينة.")
    assert ("دورية للشرطة", "COP") in got, got


def test_political_parties_in_general_are_parties(nlp):
    got = codes(nlp, "ونظمت أحزاب سياسية مسيرة في العاصمة ضد القرار.")
    assert ("أحزاب سياسية", "PTY") in got, got


@pytest.mark.parametrize("text, actor, code", [
    ("وقصفت الطائرات التركية مواقع المتمردين الأكراد في الجبال.", "المتمردين الأكراد", "KURREB"),
    ("وتقدمت القوات الكردية نحو البلدة بعد معارك عنيفة.", "القوات الكردية", "KURMIL"),
    ("وطالبت الأحزاب الكردية بإطلاق سراح المعتقلين.", "الأحزاب الكردية", "KURPTY"),
    ("وصوت البرلمان الكردستاني على القانون أمس.", "البرلمان الكردستاني", "KURLEG"),
    ("واعتقلت الشرطة مسلحين أكرادا قرب الحدود.", "مسلحين أكرادا", "KURUAF"),
])
def test_the_kurds_are_a_people_with_a_code_of_their_own(nlp, text, actor, code):
    # CAMEO's ethnic code KUR takes the country slot of an actor noun the Kurds qualify
    got = codes(nlp, text)
    assert (actor, code) in got, got


def test_a_state_named_after_the_kurds_is_the_country(nlp):
    got = codes(nlp, "وقالت الميليشيات الكردية السورية إنها صدت الهجوم.")
    assert ("الميليشيات الكردية السورية", "SYRREB") in got, got
    got = codes(nlp, "وتتهم قوات كردية سورية الجيش بقصف القرى.")
    assert ("قوات كردية سورية", "SYRMIL") in got, got


def test_the_kurdish_nisba_alone_is_no_actor(nlp):
    # a family name stays in its name; the people alone is not coded (see docs/accuracy.md)
    got = codes(nlp, "وقالت المتحدثة باسم البرنامج سلمى الكردي إن المساعدات وصلت.")
    assert not [w for w, c in got if c == "KUR"], got
    got = codes(nlp, "وقاتلت القوات الكردية مسلحي التنظيم قرب المدينة.")
    assert ("القوات الكردية", "KURMIL") in got, got


@pytest.mark.parametrize("text, actor", [
    ("وتظاهرت عائلات الجنود المخطوفين أمام وزارة الدفاع.", "عائلات الجنود"),
    ("واعتصمت أمهات المعتقلين أمام مبنى المحكمة.", "أمهات المعتقلين"),
    ("وطالب ذوو الأسرى بزيارة أبنائهم في السجون.", "ذوو الأسرى"),
    ("وتجمع أقارب المتهمين أمام قاعة المحاكمة.", "أقارب المتهمين"),
])
def test_the_families_of_a_group_are_civilians(nlp, text, actor):
    # the kin noun and its genitive are one actor, the families, whatever the group is
    got = codes(nlp, text)
    assert (actor, "CVL") in got, got


def test_a_kin_noun_alone_is_no_actor_but_a_nationality_makes_one(nlp):
    got = codes(nlp, "وقضى المواطنون أيام العيد مع الأقارب والأصدقاء.")
    assert not [w for w, c in got if "الأقارب" in w], got
    got = codes(nlp, "ووصلت عائلات سعودية إلى المنفذ الحدودي أمس.")
    assert ("عائلات سعودية", "SAUCVL") in got, got
    # a kin noun that finds no group keeps a name's words free: an unknown organisation
    got = codes(nlp, "واتهمت عائلات الركاب الحكومة الاندونيسية بالتقصير.")
    assert not [w for w, c in got if c == "CVL"], got


@pytest.mark.parametrize("text, actor, code", [
    ("وتظاهر الآلاف من المتظاهرين من الطلاب أمام الجامعة.", "المتظاهرين من الطلاب", "EDU"),
    ("واعتصم محتجون من المعارضة في الساحة الرئيسية.", "محتجون من المعارضة", "OPP"),
])
def test_a_crowd_of_a_group_is_that_group(nlp, text, actor, code):
    got = codes(nlp, text)
    assert (actor, code) in got, got
    # an armed group after من is whom the crowd is kept from, not what it is
    got = codes(nlp, "ودعا الوزير إلى حماية المتظاهرين من المسلحين.")
    assert ("المتظاهرين", "CVL") in got, got
