"""Amounts leftovers, seventeenth session: a dinar or dirham price with no adjective takes the
currency of the country of the text (else its unit is the bare currency name); من X إلى Y is a
range unless a word of change stands before it; a dot before three digits is a decimal mark in a
text that writes its thousands with commas; the negation particles a verb follows are data
(docs/accuracy.md, "Quotes and amounts leftovers, seventeenth session"). Sentences written for
the test."""

from __future__ import annotations

import pytest

import marsad
from _amounts_harness import amounts_of, nlp_amounts  # noqa: F401 (a fixture, a helper)

DAY = "2015-07-21"


@pytest.fixture(scope="module")
def nlp_places():
    """With the actors stage: the places of the text tell a shared currency's country."""
    return marsad.load(["layout", "sentences", "tokens", "actors", "dates", "amounts"])


# -- 1. a currency name several countries share ---------------------------------------------------
@pytest.mark.parametrize("text, want", [
    # a place of the country in the sentence before the price
    ("وأغلق سهم الشركة في سوق دبي المالي عند 2.37 درهم.", ("2.37 درهم", 2.37, "AED", None)),
    ("وبلغ سعر السهم في بورصة الكويت 1.85 دينار.", ("1.85 دينار", 1.85, "KWD", None)),
    # no place in the sentence: the country the text names most
    ("ارتفعت الأسعار في الأردن. وقال تجار في الأردن إن الحكومة رفعت الدعم. وبلغ سعر الكيلو 1.85 "
     "دينار.", ("1.85 دينار", 1.85, "JOD", None)),
    # a market report's section: the country named in a sentence before (up to three)
    ("وارتفع المؤشر في دبي. وتراجعت الأسهم في البحرين. وتداول المستثمرون مليون سهم. وسجل سهم "
     "الشركة 0.118 دينار.", ("0.118 دينار", 0.118, "BHD", None)),
])
def test_a_shared_currency_takes_the_country_of_the_text(nlp_places, text, want):
    assert amounts_of(nlp_places, text, DAY)[-1] == want


@pytest.mark.parametrize("text, want", [
    # no country of the dinar named: the bare name, no ISO code
    ("وبلغ سعر الكيلو 1.85 دينار.", ("1.85 دينار", 1.85, "dinar", None)),
    # two dinar countries named once each, none in the sentence or the three before it: which
    # one is not known
    ("وتقع الشركة في الكويت ولها فرع في العراق. وتعمل الشركة منذ سنوات. ولها مصنع كبير. وتبيع "
     "منتجات كثيرة. وبلغ سعر الكيلو 1.85 دينار.",
     ("1.85 دينار", 1.85, "dinar", None)),
])
def test_a_shared_currency_with_no_country_is_the_bare_name(nlp_places, text, want):
    assert amounts_of(nlp_places, text, DAY)[-1] == want


def test_a_currency_adjective_still_decides(nlp_places):
    text = "وفي بورصة الكويت بلغ سعر السهم 1.85 دينار أردني."
    assert amounts_of(nlp_places, text, DAY) == [("1.85 دينار أردني", 1.85, "JOD", None)]


# -- 2. من X إلى Y --------------------------------------------------------------------------------
@pytest.mark.parametrize("text, low, high", [
    ("وتتراوح قيمة الغرامة من 1000 إلى 5000 ريال.", ("من 1000", 1000.0, "SAR"),
     ("5000 ريال", 5000.0, "SAR")),
    ("وشارك في البطولة من 20 إلى 30 لاعبا.", ("من 20", 20.0, "لاعب"), ("30 لاعبا", 30.0, "لاعب")),
    ("وغرامة من 10 آلاف إلى 50 ألف ريال.", ("من 10 آلاف", 10000.0, "SAR"),
     ("50 ألف ريال", 50000.0, "SAR")),
    ("وتتراوح قيمتها من 100 ريال إلى 150 ريالا.", ("من 100 ريال", 100.0, "SAR"),
     ("150 ريالا", 150.0, "SAR")),
])
def test_from_to_is_a_range(nlp_amounts, text, low, high):
    assert amounts_of(nlp_amounts, text, DAY) == [(*low, "at least"), (*high, "up to")]


@pytest.mark.parametrize("text, want", [
    # a change: a verb or noun of change before من (guards: read so before)
    ("وارتفعت النسبة من 5 إلى 7 في المائة.", [("7 في المائة", 7.0, "percent", None)]),
    ("وقد رفعت الشركة الرواتب من 600 إلى 800 ريال.", [("800 ريال", 800.0, "SAR", None)]),
    ("وتمت توسعة المستشفى من 100 سرير إلى 250 سريراً.",
     [("100 سرير", 100.0, "سرير", None), ("250 سريراً", 250.0, "سرير", None)]),
    # a fall is no range
    ("ويتراوح السعر من 12 إلى 6 دولارات.", [("6 دولارات", 6.0, "USD", None)]),
    # a change governs a second من … إلى joined by و (a decimal dot ends no clause)
    ("فقد ارتفع الدين في منطقة اليورو من 91.9 إلى 92.9 في المائة وفي مجمل دول الاتحاد من 86.2 "
     "في المائة إلى 88.2 في المائة.", [("92.9 في المائة", 92.9, "percent", None),
                                      ("86.2 في المائة", 86.2, "percent", None),
                                      ("88.2 في المائة", 88.2, "percent", None)]),
])
def test_from_to_after_a_change_is_no_range(nlp_amounts, text, want):
    assert amounts_of(nlp_amounts, text, DAY) == want


# -- 3. a dot before three digits ---------------------------------------------------------------
def test_a_text_with_comma_thousands_writes_decimals_with_a_dot(nlp_amounts):
    text = "وبلغ طول الجسر 1.200 كيلومتر وكلفته 2,500,000 دولار."
    assert amounts_of(nlp_amounts, text, DAY) == [
        ("1.200 كيلومتر", 1.2, "كيلومتر", None), ("2,500,000 دولار", 2500000.0, "USD", None)]


@pytest.mark.parametrize("text, value", [
    ("وبلغ طول الجسر 1.200 متر.", 1200.0),  # no sign in the text: thousands, as before
    # dots between thousands in two groups elsewhere: thousands, though a comma is there too
    ("وبلغ طول الجسر 1.200 متر وعدد سكان المدينة 1.250.000 نسمة وكلفته 2,500 دينار.", 1200.0),
])
def test_a_dot_before_three_digits_stays_thousands(nlp_amounts, text, value):
    assert amounts_of(nlp_amounts, text, DAY)[0][1] == value


# -- 4. the negation particles are data ---------------------------------------------------------
def test_the_negation_particles_are_words_json_categories():
    from marsad.lexicon import load_lexicon
    from marsad.quotes.cues import compile_cues
    from marsad.stages.amounts import _verb_negations

    lexicon = load_lexicon()
    cats = {e["category"]: e["words"] for e in lexicon.entries("words")}
    assert cats["verb_negations"] == ["لم", "لن"]
    assert cats["negations"] == ["لا", "ليس", "ليست"]
    assert _verb_negations() == frozenset("لم ولم فلم لن ولن فلن".split())
    # (the quotes' old list, with the و forms of ليس and ليست it lacked; the ف forms since the
    # twentieth session: فلم يقولوا إلا: «…»)
    assert compile_cues(lexicon).negations == frozenset(
        "لا لم لن ليس ليست ولا ولم ولن وليس وليست فلا فلم فلن فليس فليست".split())


def test_a_number_word_after_lan_is_a_verb(nlp_amounts):
    assert amounts_of(nlp_amounts, "ولن تسع القاعة الزوار.", DAY) == []


# -- 5. faults of the reading of 2015-07-21 -----------------------------------------------------
@pytest.mark.parametrize("text", [
    "وعادت العلاقات في تمام الساعة 00:01 تغ ليل الأحد.",  # the minutes of a clock time
    "واستمرت الاحتفالات منذ 17 يوليو حتى 19 منه.",  # a day of the month before: منه, no noun
])
def test_no_amount_in_a_clock_time_a_day_of_the_month_or_before_a_verb(nlp_amounts, text):
    assert amounts_of(nlp_amounts, text, DAY) == []


def test_a_plural_in_aya_keeps_its_alef(nlp_amounts):
    assert amounts_of(nlp_amounts, "وبلغت حصيلة القتلى الأولية 10 ضحايا.", DAY) == [
        ("10 ضحايا", 10.0, "ضحايا", None)]


def test_a_member_in_the_accusative_is_still_counted(nlp_amounts):
    assert amounts_of(nlp_amounts, "وانتخب المجلس 13 عضوا جديدا.", DAY) == [
        ("13 عضوا", 13.0, "عضو", None)]
