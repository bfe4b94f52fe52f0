"""CAMEO country and role codes of actor mentions, twelfth session: Iraq's awakening councils
(Sahwa) are Iraqi, a district governor (قائمقام) is a government official. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from _pipelines import actor_codes as codes


@pytest.mark.parametrize("text, actor", [
    ("وقتل مسلحون اثنين من عناصر الصحوة قرب سامراء.", "عناصر الصحوة"),
    ("واستهدفت عبوة ناسفة دورية لقوات الصحوة في الفلوجة.", "قوات الصحوة"),
    ("وهاجم انتحاري مقرا لمجالس الصحوة شمال بعقوبة.", "مجالس الصحوة"),
    ("وقالت الشرطة إن الصحوات طردت المسلحين من القرية.", "الصحوات"),
])
def test_the_awakening_councils_are_iraqi(nlp, text, actor):
    # the Sunni tribal forces the US raised in Iraq: armed, of no state's army, and Iraqi
    got = codes(nlp, text)
    assert (actor, "IRQUAF") in got, got


@pytest.mark.parametrize("text, actor", [
    ("وقال قائمقام البلدة إن المياه انقطعت منذ يومين.", "قائمقام"),
    ("وسلم المحتجون مذكرة إلى القائمقام تطالب بإقالة المدير.", "القائمقام"),
])
def test_a_district_governor_is_government(nlp, text, actor):
    got = codes(nlp, text)
    assert (actor, "GOV") in got, got


@pytest.mark.parametrize("text, subject, obj", [
    ("وطالبت الحكومة السعودية الأمم المتحدة بإرسال مراقبين.", ("الحكومة السعودية", "SAUGOV"),
     ("الأمم المتحدة", "IGOUNO")),
    ("ودعا المتظاهرون الاتحاد الأوروبي إلى وقف صفقات السلاح.", ("المتظاهرون", "CVL"),
     ("الاتحاد الأوروبي", "IGOEU")),
    ("واتهمت الحكومة جماعة الحوثي بخرق الهدنة مرة أخرى.", ("الحكومة", "GOV"),
     ("جماعة الحوثي", "YEMREB")),
])
def test_a_definite_subject_before_an_organisation_is_not_its_descriptor(nlp, text, subject,
                                                                         obj):
    # verb, subject, object: two actors; before, one mention glued from both with the object's
    # code (الحكومة السعودية الأمم المتحدة IGOUNO)
    got = codes(nlp, text)
    assert subject in got and obj in got, got

