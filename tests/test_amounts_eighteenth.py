"""Amounts leftovers, eighteenth session: a bare number a verb in the masculine plural follows
counts people (آلاف نزحوا); a riyal or a pound with no adjective is the currency of the country
of the text, as a dinar is; with no such country a riyal is SAR and a pound the bare name (docs/accuracy.md, "Quotes and amounts leftovers, eighteenth session"). Sentences
written for the test."""

from __future__ import annotations

import pytest

import marsad
from _amounts_harness import amounts_of, nlp_amounts  # noqa: F401 (a fixture, a helper)

DAY = "2015-08-05"


@pytest.fixture(scope="module")
def nlp_places():
    """With the actors stage: the places of the text tell a shared currency's country."""
    return marsad.load(["layout", "sentences", "tokens", "actors", "dates", "amounts"])


# -- 1. a number a verb in the plural follows counts people -------------------------------------
@pytest.mark.parametrize("text, want", [
    ("وقال المسؤول إن آلاف نزحوا من القرى.", ("آلاف", 1000.0, "شخص", "thousands of")),
    ("وأكد الشهود أن عشرات تظاهروا أمام المبنى.", ("عشرات", 10.0, "شخص", "tens of")),
    ("وذكر الطبيب أن 32 أصيبوا في الانفجار.", ("32", 32.0, "شخص", None)),
    ("وأضاف أن نحو 40 يعالجون في المستشفى.", ("نحو 40", 40.0, "شخص", "about")),
    # an approximate plural with the article
    ("وقال إن المئات تظاهروا أمام السفارة.", ("المئات", 100.0, "شخص", "hundreds of")),
    ("وتجمع العشرات من المصلين في المسجد.", ("العشرات من المصلين", 10.0, "مصلين", "tens of")),
])
def test_a_number_a_plural_verb_follows_counts_people(nlp_amounts, text, want):
    assert amounts_of(nlp_amounts, text, DAY) == [want]


@pytest.mark.parametrize("text", [
    "وانتخب المجلس عضوا جديدا.",  # a noun with the accusative alef, no verb
    "وفي عام 2015 خرجوا إلى الشوارع.",  # a year before the verb: no count
])
def test_no_people_without_a_plural_verb(nlp_amounts, text):
    assert all(u != "شخص" for _t, _v, u, _q in amounts_of(nlp_amounts, text, DAY))


def test_a_definite_plural_counts_only_with_min_or_a_verb(nlp_amounts):
    # المئات بأمراض: no من and no verb after the definite plural: nothing counted
    assert amounts_of(nlp_amounts, "وأدى الحمض إلى إصابة المئات بأمراض خطيرة.", DAY) == []


# -- 2. a riyal or a pound with no adjective ---------------------------------------------------
@pytest.mark.parametrize("text, want", [
    # a place of another country of the riyal before the price
    ("وفي الدوحة، بلغت أرباح البنك 5 ملايين ريال.", ("5 ملايين ريال", 5e6, "QAR", None)),
    ("وارتفعت أسعار الخبز في مسقط إلى 2 ريال.", ("2 ريال", 2.0, "OMR", None)),
    # the kingdom named: SAR
    ("وفي الرياض، بلغت أرباح البنك 5 ملايين ريال.", ("5 ملايين ريال", 5e6, "SAR", None)),
    ("أعلنت السعودية عن ميزانيتها. وبلغت أرباح البنك 5 ملايين ريال.",
     ("5 ملايين ريال", 5e6, "SAR", None)),
    # no country named: a riyal stays the Saudi one (kept_defaults), a pound is bare (below)
    ("وبلغت أرباح البنك 5 ملايين ريال.", ("5 ملايين ريال", 5e6, "SAR", None)),
    # a pound: EGP in Egypt, SDG in Sudan, else the bare name
    ("وارتفع سعر الأرز في القاهرة إلى 8 جنيهات.", ("8 جنيهات", 8.0, "EGP", None)),
    ("وارتفع سعر الأرز في الخرطوم إلى 8 جنيهات.", ("8 جنيهات", 8.0, "SDG", None)),
    ("وبلغت قيمة الصادرات 300 مليون جنيه.", ("300 مليون جنيه", 3e8, "pound", None)),
    # an adjective still decides
    ("وفي الدوحة، دفع التاجر 5 آلاف ريال سعودي.", ("5 آلاف ريال سعودي", 5e3, "SAR", None)),
    ("وفي القاهرة، اشترى السائح تذكرة بخمسين جنيها إسترلينيا.",
     ("خمسين جنيها إسترلينيا", 50.0, "GBP", None)),
    # a dollar is the US one with no adjective, wherever the text is
    ("وفي الدوحة، بلغ سعر النفط 50 دولارا.", ("50 دولارا", 50.0, "USD", None)),
])
def test_a_riyal_or_a_pound_takes_the_country_of_the_text(nlp_places, text, want):
    assert amounts_of(nlp_places, text, DAY) == [want]


def test_the_nearest_country_before_the_price_decides(nlp_places):
    # a Saudi company named, then a Qatari section: the Qatari price is in riyals of Qatar
    text = ("أعلنت السعودية عن ميزانيتها. وفي قطر، ارتفع المؤشر. وبلغت قيمة التداولات 300 مليون "
            "ريال.")
    assert amounts_of(nlp_places, text, DAY) == [("300 مليون ريال", 3e8, "QAR", None)]


# -- 3. faults of the reading of 2015-07-25 -------------------------------------------------------
@pytest.mark.parametrize("text, want", [
    # the decimal comma written as a word
    ("وتبين احتواء الحقيبة على ثلاثة وأربعين فاصلة ثمانية كيلوجرام من المتفجرات.",
     [("ثلاثة وأربعين فاصلة ثمانية كيلوجرام", 43.8, "كيلوجرام", None)]),
    ("وبلغ النمو اثنين فاصلة خمسة في المئة.", [("اثنين فاصلة خمسة في المئة", 2.5, "percent", None)]),
    # the second side of a size
    ("وقال إن سعر السجادة 4×3 وصل إلى 7 ريالات.", [("7 ريالات", 7.0, "SAR", None)]),
    # the day of a date written with a slash
    ("وحددت الكلية يوم الخميس 10/14 مواعيد المراجعة.", []),
])
def test_decimal_words_sizes_and_slashed_dates(nlp_amounts, text, want):
    assert amounts_of(nlp_amounts, text, DAY) == want
