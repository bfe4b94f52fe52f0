"""Amounts leftovers, twentieth session: a number after a construct whose genitive can hardly be
counted (وسائل الإعلام الثلاث) counts the construct's head; a rate adverb after an amount
(سنوياً، شهرياً) is its qualifier, never its unit; a possessive pronoun on the noun after an
approximate plural (المئات من شبابها) is no part of the unit; a unit and its tens after the noun
(الأربع والعشرين) are one number (docs/accuracy.md, "Quotes and amounts leftovers, twentieth
session"). Sentences written for the test."""

from __future__ import annotations

import pytest

from _amounts_harness import amounts_of, nlp_amounts  # noqa: F401 (a fixture, a helper)

DAY = "2015-08-05"


# -- the head of a construct --------------------------------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("ونشرت وسائل الإعلام الثلاث صور الحادث.",
     [("وسائل الإعلام الثلاث", 3.0, "وسايل", None)]),
    ("وخفضت وكالات التصنيف الثلاث تقييم البلد.",
     [("وكالات التصنيف الثلاث", 3.0, "وكالات", None)]),
    # (through an adjective, and with the conjunction glued to the head)
    ("وتابعت الحدث ووسائل الإعلام الألمانية الثلاث.",
     [("وسائل الإعلام الألمانية الثلاث", 3.0, "وسايل", None)]),
    ("واجتمع وزراء الخارجية الثلاثة في جدة.",
     [("وزراء الخارجية الثلاثة", 3.0, "وزراء", None)]),
])
def test_a_construct_counts_its_head(nlp_amounts, text, want):
    assert amounts_of(nlp_amounts, text, DAY) == want


@pytest.mark.parametrize("text, want", [
    # (guards) a plural genitive is what is counted; a plain noun with a verb before it
    ("وحضر أبطال المسرحيات الثلاث الحفل.", [("المسرحيات الثلاث", 3.0, "مسرحيات", None)]),
    ("وأعلنت الدول الثلاث موقفها.", [("الدول الثلاث", 3.0, "دول", None)]),
    ("ووافقت الأطراف الثلاثة على الهدنة.", [("الأطراف الثلاثة", 3.0, "اطراف", None)]),
])
def test_no_construct_head_where_the_genitive_is_counted(nlp_amounts, text, want):
    assert amounts_of(nlp_amounts, text, DAY) == want


# -- a rate adverb --------------------------------------------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("ويخسر الاقتصاد عشرات المليارات سنوياً بسبب الفساد.",
     [("عشرات المليارات سنوياً", 1e10, None, "tens of, per year")]),
    ("ويتقاضى الموظف 5 آلاف ريال شهرياً.",
     [("5 آلاف ريال شهرياً", 5000.0, "SAR", "per month")]),
    ("ويصاب 30 شخصا يوميا في الحوادث.", [("30 شخصا يوميا", 30.0, "شخص", "per day")]),
])
def test_a_rate_adverb_qualifies_the_amount(nlp_amounts, text, want):
    assert amounts_of(nlp_amounts, text, DAY) == want


def test_a_rate_adverb_after_a_bare_number_is_no_unit(nlp_amounts):
    # "3 a year" with no scale and nothing counted: no amount (before: the unit «سنوي»)
    assert amounts_of(nlp_amounts, "ويزورها 3 سنويا.", DAY) == []


# -- a possessive pronoun after an approximate plural ------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("وقتل في الحرب المئات من شبابها.", [("المئات من شبابها", 100.0, "شباب", "hundreds of")]),
    ("وأصيب العشرات من جنودهم.", [("العشرات من جنودهم", 10.0, "جنود", "tens of")]),
])
def test_a_pronoun_is_no_part_of_the_unit(nlp_amounts, text, want):
    assert amounts_of(nlp_amounts, text, DAY) == want


# -- a unit and its tens after the noun ---------------------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("وتعمل المناطق الزمنية الأربع والعشرين بنظام واحد.",
     [("المناطق الزمنية الأربع والعشرين", 24.0, "مناطق", None)]),
    ("وصوت الأعضاء الخمسة والثلاثون على القرار.",
     [("الأعضاء الخمسة والثلاثون", 35.0, "اعضاء", None)]),
])
def test_a_compound_number_after_the_noun(nlp_amounts, text, want):
    assert amounts_of(nlp_amounts, text, DAY) == want


def test_a_teen_after_the_noun_is_unchanged(nlp_amounts):
    # (a guard)
    assert amounts_of(nlp_amounts, "وصوت الأعضاء الخمسة عشر على القرار.", DAY) == [
        ("الأعضاء الخمسة عشر", 15.0, "اعضاء", None)]


@pytest.mark.parametrize("text, want", [
    # (seen on real news: the rate after a range's high end had dropped its "up to")
    ("ويبلغ معدل الأمطار ما بين 100 و400 مليمتر سنويًا في المنطقة.",
     [("ما بين 100", 100.0, "مليمتر", "at least, per year"),
      ("400 مليمتر سنويًا", 400.0, "مليمتر", "up to, per year")]),
    ("ويتقاضى العامل من 100 ريال إلى 250 ريالا شهريا.",
     [("من 100 ريال", 100.0, "SAR", "at least, per month"),
      ("250 ريالا شهريا", 250.0, "SAR", "up to, per month")]),
])
def test_a_rate_after_a_range_keeps_its_ends(nlp_amounts, text, want):
    assert amounts_of(nlp_amounts, text, DAY) == want


# -- from the reading of 2015-08-04 ---------------------------------------------------------------
@pytest.mark.parametrize("text, want", [
    # digits after a scale word and و end the number (was: 500 alone)
    ("وشملت الدراسة نحو ألف و500 متطوع من المدينة.",
     [("نحو ألف و500 متطوع", 1500.0, "متطوع", "about")]),
    # the pronoun ه after من (was: the unit «اعضايه»)
    ("ونفذ مئات من أعضائه عمليات في البلاد.", [("مئات من أعضائه", 100.0, "اعضاء", "hundreds of")]),
    # تقترب من: about
    ("وتباع الجزر بأسعار تقترب من 3 ملايين يورو.",
     [("تقترب من 3 ملايين يورو", 3e6, "EUR", "about")]),
])
def test_from_the_reading(nlp_amounts, text, want):
    assert amounts_of(nlp_amounts, text, DAY) == want


def test_a_definite_noun_after_an_approximate_plural_keeps_its_h(nlp_amounts):
    # (a guard: وجوه ends in its own ه)
    assert amounts_of(nlp_amounts, "وظهرت في الصور عشرات من الوجوه.", DAY) == [
        ("عشرات من الوجوه", 10.0, "وجوه", "tens of")]
