"""Amounts on real news, fifteenth session: decimals written in visual order (3.<RLM>0 في المائة
is 0.3), a qualifier after a glued preposition (بنحو، لأكثر من، ما يقرب من), ranges (بين 10 و20،
15 – 35 كم), fractions and halves of a scale (ربع مليون، مليون ونصف), the dual in construct
(مليارا دولار), square units, طناً, and the teen of an ordinal (القرن التاسع عشر) that is no
amount (docs/accuracy.md, "Amounts and quotes on real news, fifteenth session").

Our own sentences; each expected (text, value, unit, qualifier) was worked out by hand."""

from __future__ import annotations

import pytest

from _amounts_harness import amounts_of as harness_amounts_of
from _amounts_harness import nlp_amounts  # noqa: F401 (a fixture)

PUBLISHED = "2015-08-01"
RLM = "\u200f"


def amounts_of(nlp, text):
    return harness_amounts_of(nlp, text, PUBLISHED)


# -- decimals stored in visual order: A.<RLM>B reads B.A ------------------------------------------
@pytest.mark.parametrize("text, expected", [
    (f"ارتفع المؤشر 3.{RLM}0 في المائة أمس.", (f"3.{RLM}0 في المائة", 0.3, "percent", None)),
    (f"زاد اليورو إلى 1075.{RLM}1 دولار أمس.", (f"1075.{RLM}1 دولار", 1.1075, "USD", None)),
    (f"بلغت قيمة الصفقات 4.{RLM}436 مليار دولار.",
     (f"4.{RLM}436 مليار دولار", 436.4e9, "USD", None)),
    # (three digits after the mark: no thousands separator here, 983.24)
    (f"ارتفع البلاتين إلى 24.{RLM}983 دولار للأوقية.", (f"24.{RLM}983 دولار", 983.24, "USD", None)),
])
def test_a_decimal_in_visual_order_reads_backwards(nlp_amounts, text, expected):
    (got,) = amounts_of(nlp_amounts, text)
    assert got[0] == expected[0] and got[2:] == expected[2:]
    assert got[1] == pytest.approx(expected[1])


def test_a_plain_decimal_is_read_as_written(nlp_amounts):
    # no mark after the dot: 3.5 stays 3.5, and 12.500 جندي is still twelve thousand five hundred
    assert amounts_of(nlp_amounts, "ارتفع المؤشر 3.5 في المائة.") == [
        ("3.5 في المائة", 3.5, "percent", None)]
    assert amounts_of(nlp_amounts, "نشر الجيش 12.500 جندي.") == [
        ("12.500 جندي", 12500, "جندي", None)]


# -- a qualifier with a glued preposition, and the new qualifiers ---------------------------------
@pytest.mark.parametrize("text, expected", [
    ("شاركت المملكة بنحو 30 طائرة.", ("نحو 30 طائرة", 30, "طايره", "about")),
    ("عقدت الوزارة ورشا لأكثر من 25 جهة.", ("أكثر من 25 جهة", 25, "جهه", "more than")),
    ("بيع البرميل بحوالي 50 دولاراً.", ("حوالي 50 دولاراً", 50, "USD", "about")),
    ("يتخرج ما يقرب من 2500 طالب كل عام.", ("ما يقرب من 2500 طالب", 2500, "طالب", "about")),
    ("شارك في السباق على الأقل 30 متسابقا.", ("على الأقل 30 متسابقا", 30, "متسابق", "at least")),
    ("صدرت أكثر بقليل من مليون برميل.", ("أكثر بقليل من مليون برميل", 1e6, "برميل", "more than")),
])
def test_a_qualifier_after_a_preposition(nlp_amounts, text, expected):
    assert amounts_of(nlp_amounts, text) == [expected]


def test_without_is_no_qualifier(nlp_amounts):
    # بدون: "without", not دون "less than"
    assert amounts_of(nlp_amounts, "لعب الفريق بدون 5 لاعبين.") == [("5 لاعبين", 5, "لاعبين", None)]


# -- ranges -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("قتل ما بين 10 و20 شخصا في الهجوم.",
     [("ما بين 10", 10, "شخص", "at least"), ("20 شخصا", 20, "شخص", "up to")]),
    ("تتراوح الكلفة بين 300 و400 مليون دولار.",
     [("بين 300", 300e6, "USD", "at least"), ("400 مليون دولار", 400e6, "USD", "up to")]),
    ("تهب الرياح بسرعة 15 – 35 كم في الساعة.",
     [("15", 15, "كم", "at least"), ("35 كم", 35, "كم", "up to")]),
    ("ارتفعت الأسعار بنسبة 5-7 في المئة.",
     [("5", 5, "percent", "at least"), ("7 في المئة", 7, "percent", "up to")]),
    # a qualifier after the high end stays its own
    ("يتراوح المبلغ بين 30 و60 مليون ريال تقريباً.",
     [("بين 30", 30e6, "SAR", "at least"), ("60 مليون ريال تقريباً", 60e6, "SAR", "about")]),
])
def test_a_range_gives_its_two_ends(nlp_amounts, text, expected):
    assert amounts_of(nlp_amounts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a change, not a range; a line-up; a score before a clause; a low end above the high one
    ("ارتفع عدد القتلى من 10 إلى 20 شخصا.", [("20 شخصا", 20, "شخص", None)]),
    ("لعب الفريق بخطة 4 - 2 - 3 - 1 أمس.", []),
    ("خسر الفريق 1 - 4 عندما لعب خارج أرضه.", []),
    ("بين 30 و20 شخصا.", [("20 شخصا", 20, "شخص", None)]),
    ("عاش الشاعر (نحو 570 - 632 ميلاديا) في مكة.", []),
])
def test_no_range_where_there_is_none(nlp_amounts, text, expected):
    assert amounts_of(nlp_amounts, text) == expected


# -- fractions, halves and duals of a scale ------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("يعيش في القرى ربع مليون شخص.", ("ربع مليون شخص", 250000, "شخص", None)),
    ("بلغت الجائزة نصف مليون دولار.", ("نصف مليون دولار", 500000, "USD", None)),
    ("زرعت الوزارة مليون ونصف نخلة.", ("مليون ونصف نخلة", 1.5e6, "نخله", None)),
    ("كلفت الصفقة نحو مليون ونصف المليون يورو.",
     ("نحو مليون ونصف المليون يورو", 1.5e6, "EUR", "about")),
    ("بلغت الديون ثلاثة ملايين ونصف المليون ريال.",
     ("ثلاثة ملايين ونصف المليون ريال", 3.5e6, "SAR", None)),
    # مليارا/مليونا/ألفا before what they count: the dual in construct
    ("بلغت الديون المتأخرة مليارا يورو.", ("مليارا يورو", 2e9, "EUR", None)),
    ("قتل في المعارك ألفا شخص.", ("ألفا شخص", 2000, "شخص", None)),
])
def test_parts_and_duals_of_a_scale(nlp_amounts, text, expected):
    assert amounts_of(nlp_amounts, text) == [expected]


def test_a_scale_with_tanween_is_one(nlp_amounts):
    # مليارًا with its tanween is the accusative of one billion, not a dual
    assert amounts_of(nlp_amounts, "خسرت الشركة مليارًا من الدولارات.") == [
        ("مليارًا من الدولارات", 1e9, "USD", None)]


# -- units ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("تبلغ مساحة الأرض 7450 كيلومترا مربعا.", ("7450 كيلومترا مربعا", 7450, "كيلومتر مربع", None)),
    ("خزان يتسع 500 متر مكعب.", ("500 متر مكعب", 500, "متر مكعب", None)),
    ("حملت السفينة 450 طناً من التمور.", ("450 طناً", 450, "طن", None)),
])
def test_units_of_measure(nlp_amounts, text, expected):
    assert amounts_of(nlp_amounts, text) == [expected]


@pytest.mark.parametrize("text", [
    "انتشرت الفكرة في القرن التاسع عشر وأثناء الحرب.",
    "بدأ الدوام عند الساعة الحادية عشرة وتم إغلاق الباب.",
])
def test_the_teen_of_an_ordinal_is_no_amount(nlp_amounts, text):
    assert amounts_of(nlp_amounts, text) == []


def test_the_month_of_a_date_with_spaces_is_no_amount(nlp_amounts):
    # ٢ / ١٠ ثاني أيام العيد: the tenth month, then "the second day", not ten of anything
    assert amounts_of(nlp_amounts, "وصل العرض بتاريخ يوم السبت ٢ / ١٠ ثاني أيام العيد.") == []
