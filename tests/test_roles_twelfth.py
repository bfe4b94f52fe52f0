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
