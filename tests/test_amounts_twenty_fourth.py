"""Amounts, twenty-fourth session: a negated verb of comparison before a number bounds it (لا
يتجاوز، لا يزيد على: "up to"; لا يقل عن: "at least"; amounts.json `bound_negations` and
`negated_qualifiers`); a verb of exceeding right before a number (تجاوزت، تتجاوز، ما يفوق) is
"more than"; a number and من before a plural counts it (مقتل 28 من المتمردين); and an
approximate plural of a scale with the article (الآلاف، الملايين من …) is read as المئات is
(docs/accuracy.md, "Amounts: negated bounds and broken plurals,
twenty-fourth session"). Sentences written for the test."""

from __future__ import annotations

import pytest

from _amounts_harness import amounts_of, nlp_amounts  # noqa: F401 (a fixture, a helper)

DAY = "2015-08-05"


# -- negated bounds -----------------------------------------------------------------------------
@pytest.mark.parametrize("text, want", [
    # at most: the negation of "exceeds", "is more than", "goes beyond"
    ("وحددت البلدية غرامة لا تتجاوز 500 ريال.",
     [("لا تتجاوز 500 ريال", 500.0, "SAR", "up to")]),
    # (يزيد على alone is "more than": negated it is the opposite bound)
    ("ويمنح القرض بمبلغ لا يزيد على 20 ألف دولار.",
     [("لا يزيد على 20 ألف دولار", 20000.0, "USD", "up to")]),
    ("ويشارك في الدورة عدد لا يتعدى 30 طالبا.",
     [("لا يتعدى 30 طالبا", 30.0, "طالب", "up to")]),
    # at least: the negation of "is less than"; ما لا and a glued ب before it, and a
    # negation written against its verb
    ("وقتل ما لا يقل عن 40 شخصا في القصف.",
     [("ما لا يقل عن 40 شخصا", 40.0, "شخص", "at least")]),
    ("وتبرعت الشركة بما لا يقل عن مليون ريال.",
     [("ما لا يقل عن مليون ريال", 1000000.0, "SAR", "at least")]),
    ("وأصيب ما لايقل عن 12 جنديا.",
     [("ما لايقل عن 12 جنديا", 12.0, "جندي", "at least")]),
    # both bounds in one sentence, the second after و
    ("ويعاقب بغرامة لا تقل عن 10 آلاف ريال ولا تزيد على 50 ألف ريال.",
     [("لا تقل عن 10 آلاف ريال", 10000.0, "SAR", "at least"),
      ("لا تزيد على 50 ألف ريال", 50000.0, "SAR", "up to")]),
    # a percent, and a rate after it
    ("وقال إن الزيادة يجب ألا تزيد عن 5% سنويا.",
     [("ألا تزيد عن 5% سنويا", 5.0, "percent", "up to, per year")]),
    # the negation before an auxiliary, and the past تجاوز after لا
    ("وكانت الرحلات لم تكن تتجاوز 12 رحلة.",
     [("لم تكن تتجاوز 12 رحلة", 12.0, "رحله", "up to")]),
    ("ويعاقب بغرامة لا تقل عن ألف درهم ولا تجاوز 8 آلاف درهم.",
     [("لا تقل عن ألف درهم", 1000.0, "dirham", "at least"),
      ("لا تجاوز 8 آلاف درهم", 8000.0, "dirham", "up to")]),
])
def test_a_negated_comparison_bounds_the_amount(nlp_amounts, text, want):
    assert amounts_of(nlp_amounts, text, DAY) == want


@pytest.mark.parametrize("text, want", [
    # (guards) without a negation يزيد على stays "more than", and a negation before another
    # verb is no bound
    ("وبلغت التكلفة ما يزيد على 2000 ريال.",
     [("ما يزيد على 2000 ريال", 2000.0, "SAR", "more than")]),
    ("ولا يملك المصنع 3 شاحنات.", [("3 شاحنات", 3.0, "شاحنات", None)]),
])
def test_no_bound_without_a_negated_comparison(nlp_amounts, text, want):
    assert amounts_of(nlp_amounts, text, DAY) == want


# -- verbs of exceeding --------------------------------------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("وبلغت قيمة الصفقة مبلغا تجاوز 3 ملايين ريال.",
     [("تجاوز 3 ملايين ريال", 3000000.0, "SAR", "more than")]),
    ("وتنظم البلدية فعاليات تتجاوز 40 فعالية.",
     [("تتجاوز 40 فعالية", 40.0, "فعاليه", "more than")]),
    ("ودفع المستثمر ما يفوق 7 ملايين دولار.",
     [("ما يفوق 7 ملايين دولار", 7000000.0, "USD", "more than")]),
])
def test_a_verb_of_exceeding_is_more_than(nlp_amounts, text, want):
    assert amounts_of(nlp_amounts, text, DAY) == want


# -- a number and من before a plural ------------------------------------------------------------
@pytest.mark.parametrize("text, want", [
    # a definite plural: sound (المتمردين، الشركات), broken (الجنود، الحجاج)
    ("وأسفرت الغارة عن مقتل 28 من المتمردين.", [("28 من المتمردين", 28.0, "متمردين", None)]),
    ("وأعلنت 14 من الشركات نتائجها.", [("14 من الشركات", 14.0, "شركات", None)]),
    ("وأصيب ثلاثة من الجنود في الانفجار.", [("ثلاثة من الجنود", 3.0, "جنود", None)]),
    ("ووصل 2 مليون من الحجاج إلى مكة.", [("2 مليون من الحجاج", 2000000.0, "حجاج", None)]),
    # an indefinite plural in construct, with a possessive pronoun taken off, and a qualifier
    ("وقتل 9 من عناصر التنظيم.", [("9 من عناصر", 9.0, "عناصر", None)]),
    ("وأرسلت النقابة نحو 40 من أعضائها إلى المؤتمر.",
     [("نحو 40 من أعضائها", 40.0, "اعضاء", "about")]),
    # a demonstrative before the definite plural
    ("وعاد 25 من هؤلاء المقاتلين إلى بلادهم.",
     [("25 من هؤلاء المقاتلين", 25.0, "مقاتلين", None)]),
])
def test_a_number_of_a_plural_after_min_counts_it(nlp_amounts, text, want):
    assert amounts_of(nlp_amounts, text, DAY) == want


@pytest.mark.parametrize("text", [
    # (guards) a label before the number; no plural after من; "one of"
    "وسجل اللاعب هدفه في الدقيقة 70 من اللقاءات الودية.",
    "ووفقا للفقرة (4) من أحكام النظام.",
    "ووافق المجلس على 20 من أصل المواد.",
    "وقتل واحد من الجنود.",
])
def test_no_partitive_count(nlp_amounts, text):
    assert amounts_of(nlp_amounts, text, DAY) == []


def test_a_number_after_min_is_no_plural_counted(nlp_amounts):
    # (guard) «five of eight attempts»: the number after من counts the plural after it, the
    # one before is no count of «ثماني»
    assert amounts_of(nlp_amounts, "وقال إن خمس من ثماني محاولات فشلت.", DAY) == [
        ("ثماني محاولات", 8.0, "محاولات", None)]


# -- approximate plurals of a scale with the article -----------------------------------------
@pytest.mark.parametrize("text, want", [
    ("وشارك في المسيرة الآلاف من الطلاب.",
     [("الآلاف من الطلاب", 1000.0, "طلاب", "thousands of")]),
    ("ويستقبل الميناء الملايين من الأطنان كل عام.",
     [("الملايين من الأطنان", 1000000.0, "اطنان", "millions of")]),
    # (a verb in the plural after it counts people, as after المئات)
    ("وخرج الآلاف يهتفون في الشوارع.", [("الآلاف", 1000.0, "شخص", "thousands of")]),
])
def test_a_definite_plural_of_a_scale_is_approximate(nlp_amounts, text, want):
    assert amounts_of(nlp_amounts, text, DAY) == want


def test_a_definite_plural_of_a_scale_with_nothing_counted_is_no_amount(nlp_amounts):
    # "spent the billions on the project": nothing named as counted, as المئات alone
    assert amounts_of(nlp_amounts, "وأنفقت الدولة المليارات على المشروع.", DAY) == []
