"""Amounts leftovers, nineteenth session: تقريبا before a number qualifies it as after it; a
noun after an approximate plural keeps its final alef (ميليشيا); an adjective between a noun and
the number after it is not what is counted (القوى العالمية الست); digits after a noun of a
position (الطابق، الدور) are a label, not a count (docs/accuracy.md, "Quotes and amounts
leftovers, nineteenth session"). Sentences written for the test."""

from __future__ import annotations

import pytest

from _amounts_harness import amounts_of, nlp_amounts  # noqa: F401 (a fixture, a helper)

DAY = "2015-08-05"


# -- تقريبا before the number -------------------------------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("وقال الشاهد إن تقريبا 3 ينتمون إلى الجماعة.", [("تقريبا 3", 3.0, "شخص", "about")]),
    ("وبلغت كلفة المشروع تقريبا 5 ملايين ريال.",
     [("تقريبا 5 ملايين ريال", 5e6, "SAR", "about")]),
])
def test_taqriban_before_a_number_qualifies_it(nlp_amounts, text, want):
    assert amounts_of(nlp_amounts, text, DAY) == want


def test_taqriban_between_two_amounts_is_the_first_ones(nlp_amounts):
    # (a guard: the second amount does not take the first's qualifier, nor its span)
    text = "وبلغت الكلفة 5 ملايين ريال تقريبا 3 ملايين دولار منها للمعدات."
    assert amounts_of(nlp_amounts, text, DAY) == [
        ("5 ملايين ريال تقريبا", 5e6, "SAR", "about"), ("3 ملايين دولار", 3e6, "USD", None)]


# -- a final alef after an approximate plural ---------------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("وقتل التحالف العشرات من ميليشيا الحوثي.",
     ("العشرات من ميليشيا", 10.0, "ميليشيا", "tens of")),
    ("وانضم إلى القتال مئات من مليشيا القبائل.", ("مئات من مليشيا", 100.0, "مليشيا",
                                                 "hundreds of")),
])
def test_a_noun_after_an_approximate_plural_keeps_its_alef(nlp_amounts, text, want):
    assert amounts_of(nlp_amounts, text, DAY) == [want]


def test_the_accusative_alef_after_digits_is_still_cut(nlp_amounts):
    # (a guard: 30 مدنيا is 30 civilians, the tanween's alef dropped)
    assert amounts_of(nlp_amounts, "وقتل 30 مدنيا في القصف.", DAY) == [
        ("30 مدنيا", 30.0, "مدني", None)]


# -- an adjective before a number after the noun ------------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("وقالت القوى العالمية الست إنها توصلت إلى اتفاق.",
     ("القوى العالمية الست", 6.0, "قوي", None)),
    ("واجتمع وزراء الدول العربية الثلاث في القاهرة.", ("الدول العربية الثلاث", 3.0, "دول", None)),
    # an elative (amounts.json count_adjectives), and two adjectives
    ("وقالت الدول الكبرى الست إنها مستعدة للتفاوض.", ("الدول الكبرى الست", 6.0, "دول", None)),
    ("وقالت القوى الدولية الكبرى الست إنها مستعدة.",
     ("القوى الدولية الكبرى الست", 6.0, "قوي", None)),
])
def test_an_adjective_is_not_the_counted_noun(nlp_amounts, text, want):
    assert amounts_of(nlp_amounts, text, DAY) == [want]


def test_a_noun_before_the_number_is_still_counted(nlp_amounts):
    # (a guard: no adjective, the noun right before the number is counted)
    assert amounts_of(nlp_amounts, "وزار الوزير القرى الثلاث.", DAY) == [
        ("القرى الثلاث", 3.0, "قري", None)]


# -- digits after a noun of a position ----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "وكان الضحايا في الطابق 3 يسكنون فيه منذ سنوات.",
    "وقال إن السكان في الدور 2 يقيمون هناك منذ عام.",
])
def test_a_floor_number_is_no_count_of_people(nlp_amounts, text):
    assert amounts_of(nlp_amounts, text, DAY) == []


@pytest.mark.parametrize("text", [
    "ونص البند 4 على حماية المدنيين.",
    "وجاء في المادة 5 من الاتفاق.",
])
def test_labels_moved_to_the_dictionary_still_label(nlp_amounts, text):
    # (guards: the old constant's nouns, now amounts.json label_nouns)
    assert amounts_of(nlp_amounts, text, DAY) == []


def test_label_nouns_are_data():
    from marsad.stages.amounts import amount_words

    words = amount_words()
    assert {"الطابق", "الدور", "الماده", "البند", "الفصل"} <= words.label_nouns
    assert "الكبري" in words.count_adjectives


# -- from the reading: a decimal times a scale ---------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("وبلغت القروض 8.2 مليار ريال.", 8_200_000_000.0),
    ("وبلغت الودائع 129.8 مليار ريال.", 129_800_000_000.0),
    # (a guard: a range's low end, exact already by the float's luck, goes the same way)
    ("وتراوحت الكلفة ما بين 2.3 و5 مليارات دولار.", 2_300_000_000.0),
])
def test_a_decimal_times_a_scale_is_exact(nlp_amounts, text, value):
    assert amounts_of(nlp_amounts, text, DAY)[0][1] == value
