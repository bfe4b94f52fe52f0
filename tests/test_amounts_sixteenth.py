"""Amounts leftovers, sixteenth session: digits in brackets ((3) آلاف طلقة، (120) عاملاً),
ranges written ما بين X% و Y%، مابين X إلى Y, and the table output keeping a value's decimals
(docs/accuracy.md, "Quotes and amounts leftovers, sixteenth session"). Sentences written for
the test."""

from __future__ import annotations

import pytest

from _amounts_harness import amounts_of, nlp_amounts  # noqa: F401 (a fixture, a helper)

DAY = "2015-08-01"


# -- 1. digits in brackets -------------------------------------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("وأطلقت القوات (3) آلاف طلقة على المدينة.", ("(3) آلاف طلقة", 3000.0, "طلقه", None)),
    ("وأطلقت القوات (3 آلاف) طلقة على المدينة.", ("(3 آلاف) طلقة", 3000.0, "طلقه", None)),
    ("ويعمل في المصنع (120) عاملاً.", ("(120) عاملاً", 120.0, "عامل", None)),
    ("وبلغت قيمة الصفقة (2.5) مليار دولار.", ("(2.5) مليار دولار", 2.5e9, "USD", None)),
])
def test_digits_in_brackets(nlp_amounts, text, want):
    assert amounts_of(nlp_amounts, text, DAY) == [want]


@pytest.mark.parametrize("text", [
    "ونصت المادة (5) على العقوبة.",  # a label in brackets
    "وجاء ذلك في البند (12) من الاتفاق.",
])
def test_a_label_in_brackets_is_no_amount(nlp_amounts, text):
    assert amounts_of(nlp_amounts, text, DAY) == []


# -- 2. ranges: two amounts, the low end "at least", the high end "up to" --------------------------
@pytest.mark.parametrize("text, low, high", [
    ("وتراوحت نسبة النمو ما بين 2% و5% خلال العام.", ("ما بين 2%", 2.0), ("5%", 5.0)),
    ("وتراوحت نسبة النمو مابين 2% إلى 5% خلال العام.", ("مابين 2%", 2.0), ("5%", 5.0)),
    ("وتراوحت نسبة النمو بين 2 إلى 5 في المائة.", ("بين 2", 2.0), ("5 في المائة", 5.0)),
])
def test_a_percent_range(nlp_amounts, text, low, high):
    assert amounts_of(nlp_amounts, text, DAY) == [
        (low[0], low[1], "percent", "at least"), (high[0], high[1], "percent", "up to")]


def test_a_money_range_with_ila(nlp_amounts):
    text = "وتراوحت الأسعار بين 30 إلى 60 مليون ريال."
    assert amounts_of(nlp_amounts, text, DAY) == [
        ("بين 30", 30e6, "SAR", "at least"), ("60 مليون ريال", 60e6, "SAR", "up to")]


def test_a_fall_from_a_higher_to_a_lower_is_no_range(nlp_amounts):
    # the low end above the high one: a change, two amounts without qualifiers
    text = "وتراجعت النسبة مابين 9% إلى 4% خلال العام."
    assert amounts_of(nlp_amounts, text, DAY) == [
        ("9%", 9.0, "percent", None), ("4%", 4.0, "percent", None)]


# -- 3. the table output keeps the text's precision ----------------------------------------------
def test_the_table_keeps_a_values_decimals(nlp_amounts):
    from marsad.render import render_table

    doc = nlp_amounts("وارتفع المؤشر بنسبة 0.3% أمس، وبلغ اليورو 1.1075 دولار، وقتل ما بين 10 "
                      "و20 شخصا، وبلغت الصفقة 1250000 دولار.", published=DAY)
    table = render_table(doc)
    assert "= 0.3 percent" in table
    assert "= 1.1075 USD" in table
    assert "= 10 شخص (at least)" in table and "= 20 شخص (up to)" in table
    assert "= 1,250,000 USD" in table


# -- 4. the reading's faults (real news, sixteenth session) ------------------------------------
@pytest.mark.parametrize("text, want", [
    # the Arabic comma as a decimal mark, and between thousands
    ("وسيرتفع سعر ليتر البنزين إلى 2،14 درهم (0،58 دولارا).",
     [("2،14 درهم", 2.14, "dirham", None), ("0،58 دولارا", 0.58, "USD", None)]),
    ("وبلغ عدد المتابعين 2،010،946 متابع.", [("2،010،946 متابع", 2010946.0, "متابع", None)]),
    # three decimals in a text that writes prices under one and percents with them
    ("وارتفع السهم بنسبة 4.870 في المائة إلى 2.370 درهم، وسهم آخر إلى 0.454 درهم.",
     [("4.870 في المائة", 4.87, "percent", None), ("2.370 درهم", 2.37, "dirham", None),
      ("0.454 درهم", 0.454, "dirham", None)]),
])
def test_decimal_marks(nlp_amounts, text, want):
    assert amounts_of(nlp_amounts, text, DAY) == want


def test_a_dot_between_thousands_stays_in_a_text_without_decimals(nlp_amounts):
    text = "وبلغت التكلفة 151.980 ريال لعدد 21.192 فرداً."
    assert amounts_of(nlp_amounts, text, DAY) == [
        ("151.980 ريال", 151980.0, "SAR", None), ("21.192 فرداً", 21192.0, "فرد", None)]


@pytest.mark.parametrize("text", [
    "وأثنى مجلس الوزراء على الهدنة الإنسانية.",  # a verb written like اثني "two"
    "وقد أثنى مغردون على المبادرة.",
    "وتقول الشركة إن صواريخ باك-3 تتصدى للطائرات.",  # a model name and a verb
    "ووافق المجلس على التعيين بالمرتبتين الخامسة عشرة والرابعة عشرة ووظيفتي سفير.",
    "واستغل اثنان منهما الفرصة.",  # two of them: nothing counted
    "وبلغ عدد المشاركين نحو خمسة آلاف وإنهم كانوا يرفعون لافتات.",
    "وسجل الفريق 18 بواقع هدفين في كل مباراة.",  # a preposition-like noun goes on
    "ووصل منهم 40 ألفا داخل دول الاتحاد.",
    "لأن إيران لم تسع أبدا إلى امتلاك السلاح.",  # a verb after لم, written like تسع "nine"
])
def test_words_that_are_no_amount(nlp_amounts, text):
    assert amounts_of(nlp_amounts, text, DAY) == []


def test_the_number_written_with_hamza_and_ya_before_ashar(nlp_amounts):
    # أثنى عشر: the number written loosely, not the verb
    assert amounts_of(nlp_amounts, "وشارك أثنى عشر لاعبا في المباراة.", DAY) == [
        ("أثنى عشر لاعبا", 12.0, "لاعب", None)]
