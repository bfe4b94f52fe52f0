"""Who did what to whom on sentences written for this file (twenty-fifth session, h7):

- actors joined by و past the first one's own adjectives or the second one's head noun
  (grammar.json `coordinated_heads`: القوات الحكومية ومقاتلو حزب الله، المقاومة وقوات الجيش)
  are the verb's subjects together; the second is no target of the first;
- a city named with a meeting (قمة بروكسل، قمة في نيويورك، محادثات فيينا، لقاءات الدوحة بين
  …) is where it was held, not one of its parties (a visit's city still is: زار الرئيس طهران;
  so is a capital after بين or مع or as a verb's subject);
- the foes of a government or a ruler (grammar.json `foe_nouns`: معارضي الرئيس السوري، خصوم
  الأسد) are the country's opposition, not the ruler; the foes of a country name no actor.
"""

from __future__ import annotations

import pytest

from _pipelines import detect  # noqa: F401 (fixture)
from _pipelines import dyads_of as dyads


@pytest.mark.parametrize("text, cameo, expected", [
    # VSO, a phrase trigger: the adjective الحكومية stood between the two subjects (before:
    # MIL -> LBNREB, the second subject as the first one's target)
    ("وتشن القوات الحكومية ومقاتلو حزب الله هجمات على مدينة الرقة.", "190",
     {("MIL", "SYR"), ("LBNREB", "SYR")}),
    # the head noun قوات before the second (before: REB -> MIL)
    ("وفرضت المقاومة وقوات الجيش طوقا حول القاعدة.", "191", {("REB", None)}),
])
def test_joined_subjects_are_no_target_of_each_other(detect, text, cameo, expected):
    got = set(dyads(detect, text, cameo))
    assert got == expected, got


def test_a_second_subject_after_qualified_first_one(detect):
    # SVO-less VSO with a verb trigger: قوات before the second subject (before: MIL -> IRQUAF)
    text = "قصفت القوات الحكومية وقوات الحشد الشعبي مواقع داعش."
    assert set(dyads(detect, text, "194")) == {("MIL", "IMGREB"), ("IRQUAF", "IMGREB")}, \
        dyads(detect, text, "194")


@pytest.mark.parametrize("text, target", [
    # the objects: the first one's adjective المسلحة and the second one's head noun between
    # them (before: the first alone was hit)
    ("قصفت الطائرات الروسية المعارضة المسلحة ومقاتلي جبهة النصرة.", "SYRREB"),
    ("هاجم الجيش السوري الفصائل المسلحة ومقاتلي جبهة النصرة في إدلب.", "SYRREB"),
])
def test_a_joined_object_is_a_target_too(detect, text, target):
    got = [t for _s, t in dyads(detect, text, "194") + dyads(detect, text, "190")]
    assert "REB" in got and target in got, got


@pytest.mark.parametrize("text, city", [
    # the genitive of the meeting's noun (before: BEL, CHE, AUT as the other party)
    ("شارك الرئيس السوداني في قمة بروكسل أمس.", "BEL"),
    ("شارك وزير الخارجية الإيراني في مؤتمر جنيف.", "CHE"),
    ("شارك الوفد السعودي في محادثات فيينا.", "AUT"),
    # after ب, the place of the meeting (before: USA)
    ("سيلقي الرئيس السوداني كلمة بلاده في قمة التنمية بنيويورك.", "USA"),
])
def test_a_city_of_a_meeting_is_no_party(detect, text, city):
    got = [d for code in ("040", "044", "046") for d in dyads(detect, text, code)]
    assert all(t != city for _s, t in got), got
    # near-misses, with each case: a capital after بين or مع stands for its government, and a
    # visit goes to the country of its city
    for near, cameo, expected in (
            ("عقدت أمس مفاوضات بين الرياض وطهران.", "046", ("SAU", "IRN")),
            ("بحث وزير الخارجية المصري مع طهران الأزمة السورية.", "040", ("EGYGOV", "IRN")),
            ("زار الرئيس الفرنسي طهران أمس.", "042", ("FRAGOV", "IRN"))):
        assert expected in dyads(detect, near, cameo), (near, dyads(detect, near, cameo))


def test_a_city_after_a_meeting_noun_is_no_source(detect):
    # before: QAT -> IGOGCC and QAT -> USAGOV besides the pair بين names
    text = "وناقش الوزراء نتائج لقاءات الدوحة بين زعماء دول مجلس التعاون الخليجي وجون كيري."
    assert dyads(detect, text, "040") == [("IGOGCC", "USAGOV")], dyads(detect, text, "040")
    # before: QAT -> USA, the adjective of the plans criticised as the meeting's other party
    text = "وانتقد المتحدث باسم الكرملين عشية اجتماعات الدوحة الخطط الأميركية."
    assert dyads(detect, text, "040") == [], dyads(detect, text, "040")
    # near-miss: a capital as a verb's subject stands for its government
    text = "بحثت القاهرة مع واشنطن الأزمة الليبية."
    assert dyads(detect, text, "040") == [("EGY", "USA")], dyads(detect, text, "040")


@pytest.mark.parametrize("text, cameo, expected", [
    # before: Turkey -> SYRGOV, backing the ruler its foes are
    ("دعمت تركيا معارضي الرئيس السوري.", "051", ("TUR", "SYROPP")),
    ("وتتعاون الإدارة الأميركية مع خصوم بشار الأسد.", "060", ("USAGOV", "SYROPP")),
    # with لـ on the noun of foes, a nominalisation: دعم X لـ Y (before: TUR -> SYRGOV)
    # a nominalisation, دعم X لـ Y, with لـ on the noun of foes (before: TUR -> SYRGOV)
    ("يستمر دعم تركيا لمعارضي الرئيس السوري.", "051", ("TUR", "SYROPP")),
    ("تواصل تركيا دعمها لمعارضي الرئيس السوري.", "051", ("TUR", "SYROPP")),
])
def test_the_foes_of_a_ruler_are_his_opposition(detect, text, cameo, expected):
    assert dyads(detect, text, cameo) == [expected], dyads(detect, text, cameo)


def test_the_foes_of_a_country_are_no_actor(detect):
    # before: USA -> IRN, the country its foes oppose
    text = "تعاونت الولايات المتحدة مع خصوم إيران في المنطقة."
    got = dyads(detect, text, "060")
    assert all(t != "IRN" for _s, t in got), got


def test_a_singular_relative_after_the_foes_is_the_rulers(detect):
    # الذي يتلقى is Assad's: the foes' phrase is left to him, who receives Iran's support
    text = "وتتعاون الإدارة الأميركية مع خصوم بشار الأسد الذي يتلقى الدعم من إيران."
    assert ("IRN", "SYRGOV") in dyads(detect, text, "051"), dyads(detect, text, "051")
    # the plural relative is the foes' (before: SYRGOV as the cooperation's target)
    text = "وتتعاون الإدارة الأميركية مع خصوم بشار الأسد الذين يتلقون الدعم من تركيا."
    assert dyads(detect, text, "060") == [("USAGOV", "SYROPP")], dyads(detect, text, "060")


def test_a_capital_a_meeting_is_named_for_is_its_place(detect):
    # (twenty-fifth session, lead) a capital right after the meeting's noun is where the parties
    # بين names met, as a town is (before: no place; the capital was coded as Qatar, a party)
    doc = detect("وناقش الوزراء نتائج لقاءات الدوحة بين زعماء دول مجلس التعاون الخليجي وجون كيري.")
    meeting = next(e for e in doc.events if e.cameo == "040")
    assert (meeting.location.name, meeting.location.source) == ("Doha", "meeting_name")
    doc = detect("اجتماع الرياض بين وزيري الخارجية السعودي والأمريكي")
    meeting = next(e for e in doc.events if e.cameo == "040")
    assert (meeting.location.name, meeting.location.source) == ("Riyadh", "meeting_name")
