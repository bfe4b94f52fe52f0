"""Precision of event detection on political news, fourteenth session: faults found by reading a
stratified sample of the events coded on SaudiNewsNet 2015-08-07 and 2015-07-24 (see
docs/accuracy.md, "Events: precision on political news, a fresh reading, fourteenth session"),
each checked here on sentences written for this file:

- a refusal that is itself the event (وجدد الوزير رفض التعاون مع …) is a rejection told as done,
  not a negated one: the refusal negates only the act it governs;
- تجمع right after a feminine relative pronoun (العلاقات التي تجمع البلدين، التي تجمعنا) is the
  present of جمع "brings together": the past تجمّع cannot agree with التي; a crowd as its
  subject or a preposition after it (الساحة التي تجمع فيها المتظاهرون) keeps the gathering;
- a thing arrives, no one visits: the subject of وصل past a preposition and its noun (وصلت إلى
  المقاومة الشعبية معلومات), the genitive of وصول (وصول الصادرات الأردنية);
- طعنه على الحكم، قبلت المحكمة طعنه: an appeal, not a stabbing;
- ضرب أول معول: the first stroke of a pickaxe (a work begun), no beating;
- warnings against travel or of floods (تحذير من السفر، تحذيرات من سيول) are warnings of a
  danger, no threat;
- ضبط التسلح (arms control) is no arrest;
- a nuclear bomb built, owned or sought (تسعى لامتلاك قنبلة نووية) and the experts, sweepers and
  clearing of explosives (خبراء متفجرات، كاسحات ألغام، نزع الألغام) are no attack;
- a present verb after قبل أن / بعد أن is the subjunctive of a clause of time: it takes the time
  of its sentence (قتلا … قبل أن يقتل المسلح نفسه), not a habit.
"""

from __future__ import annotations

import pytest

from _events_harness import base, stage, tag_actors  # noqa: F401 (fixtures)
from _pipelines import coded, detect  # noqa: F401 (fixture)
from marsad.document import Document


def test_a_rejection_is_not_negated_by_its_own_refusal(detect):
    got = [e for e in coded(detect, "وجدد الوزير رفض التعاون مع الحكومة الإيرانية.")
           if e[0].startswith("12")]
    assert got and all(e[2] == "asserted" for e in got)


@pytest.mark.parametrize("text", [
    "وشهد لقاء الوزيرين أمس تحولا في العلاقات التي تجمع الدول الثلاث.",
    "وبحث الرئيسان أمس الروابط التاريخية التي تجمع الشعبين.",
    "وأكد الوزير أمس متانة العلاقات التي تجمعنا مع مصر.",
])
def test_what_brings_together_is_no_gathering(detect, text):
    assert not [e for e in coded(detect, text) if e[1] == "PROTEST"]


def test_a_crowd_gathered_in_a_square_is_still_a_protest(detect):
    text = "وأغلقت الشرطة الساحة التي تجمع فيها المتظاهرون أمس."
    assert [e for e in coded(detect, text) if e[1] == "PROTEST"]


@pytest.mark.parametrize("text", [
    "قال المتحدث باسم المقاومة إن العملية جاءت بعد مراقبة طويلة، حيث وصلت إلى المقاومة الشعبية"
    " معلومات عن مروره بأحد الشوارع.",
    "وأكد الوزيران أهمية استمرار وصول الصادرات الأردنية إلى الأسواق العراقية.",
])
def test_a_thing_that_arrives_makes_no_visit(detect, text):
    assert not [e for e in coded(detect, text) if e[0] == "042"]


def test_a_minister_who_arrives_still_visits(detect):
    got = coded(detect, "ووصل وزير الخارجية الأميركي أمس إلى بغداد.")
    assert [e for e in got if e[0] == "042" and e[3] == "USAGOV" and e[4] == "IRQ"]


@pytest.mark.parametrize("text", [
    "لكن محكمة النقض قبلت طعنه على الحكم في سبتمبر الماضي وأمرت بإعادة المحاكمة.",
    "ويعرض المتحف الجديد أمس مراحل حفر القناة منذ ضرب أول معول عام 1859.",
])
def test_appeals_and_pickaxes_are_no_assault(detect, text):
    assert not [e for e in coded(detect, text) if e[1] == "ASSAULT"]


def test_a_stabbing_is_still_an_assault(detect):
    assert [e for e in coded(detect, "طعن مسلح شرطيا في القدس أمس.") if e[0] == "182"]


@pytest.mark.parametrize("text", [
    "وانتقد المسؤول الإيراني تحذير الخارجية الأميركية من السفر إلى بلوشستان.",
    "وأصدرت السلطات الكورية أمس تحذيرات من سيول وانهيارات طينية.",
])
def test_warnings_of_travel_and_floods_are_no_threat(detect, text):
    assert not [e for e in coded(detect, text) if e[0] == "130"]


ACTORS = {
    "الخارجية الأميركية": ("USAGOV", "ORG", "US State Department", "USA"),
    "غوتيمولر": ("USAGOV", "PERSON", "Gottemoeller", "USA"),
}


def test_arms_control_is_no_arrest(base, stage):
    text = "ونائبة وزير الخارجية الأميركية لشؤون ضبط التسلح غوتيمولر هي المسؤولة الأهم في الوفد."
    doc = tag_actors(base(Document(text, published="2015-08-01")), ACTORS)
    stage(doc)
    assert not [e for e in doc.events if e.cameo == "173"]


@pytest.mark.parametrize("text, cameo", [
    ("وقال قائد الشرطة إن شخصين قتلا جراء إطلاق النار قبل أن يقتل المسلح نفسه بمسدس.", "1823"),
    ("وأفادت مصادر أمنية بأن مسلحين هاجموا نقطة تفتيش بعد أن يقتحموا القرية.", "190"),
])
def test_a_present_after_before_that_is_no_habit(detect, text, cameo):
    got = [e for e in coded(detect, text) if e[0] == cameo]
    assert got and "habitual" not in {e[2] for e in got}


@pytest.mark.parametrize("text", [
    "وتشتبه القوى الكبرى في أن إيران تسعى لامتلاك قنبلة نووية.",
    "وقررت الحكومة إرسال كاسحات ألغام إلى عدن لتطهيرها.",
])
def test_a_nuclear_bomb_sought_and_mine_sweepers_are_no_attack(detect, text):
    assert not [e for e in coded(detect, text) if e[1] == "ASSAULT"]


def test_a_mine_that_kills_is_still_an_attack(detect):
    got = coded(detect, "وقتل ثلاثة جنود بانفجار لغم على طريق الدورية أمس.")
    assert [e for e in got if e[0] == "1823"] and [e for e in got if e[0] == "183"]
