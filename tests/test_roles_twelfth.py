"""CAMEO country and role codes of actor mentions, twelfth session: Iraq's awakening councils
(Sahwa) are Iraqi, a district governor (قائمقام) is a government official. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from _pipelines import actor_codes as codes


@pytest.mark.parametrize("text, actor", [
    # the Sunni tribal forces the US raised in Iraq: armed, of no state's army, and Iraqi
    ("وقتل مسلحون اثنين من عناصر الصحوة قرب سامراء.", ("عناصر الصحوة", "IRQUAF")),
    ("واستهدفت عبوة ناسفة دورية لقوات الصحوة في الفلوجة.", ("قوات الصحوة", "IRQUAF")),
    ("وهاجم انتحاري مقرا لمجالس الصحوة شمال بعقوبة.", ("مجالس الصحوة", "IRQUAF")),
    ("وقالت الشرطة إن الصحوات طردت المسلحين من قرية قرب تكريت.", ("الصحوات", "IRQUAF")),
    # a district governor
    ("وقال قائمقام البلدة إن المياه انقطعت منذ يومين.", ("قائمقام", "GOV")),
    ("وسلم المحتجون مذكرة إلى القائمقام تطالب بإقالة المدير.", ("القائمقام", "GOV")),
])
def test_the_awakening_councils_and_district_governors(nlp, text, actor):
    got = codes(nlp, text)
    assert actor in got, got


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

