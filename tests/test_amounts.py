"""Amounts: digits, number words, scales, currencies, percentages, counted nouns, qualifiers.

Our own sentences; each expected (text, value, unit, qualifier) was worked out by hand.
"""

from __future__ import annotations

import pytest

import marsad
from _amounts_harness import amounts_of as harness_amounts_of
from _amounts_harness import nlp_amounts  # noqa: F401 (a fixture)

PUBLISHED = "2017-11-02"


def amounts_of(nlp, text):
    return harness_amounts_of(nlp, text, PUBLISHED)


@pytest.mark.parametrize("text,expected", [
    # digits, scales, decimals, separators
    ("قد يصل الاستثمار إلى حتى 30 مليار دولار.", ("حتى 30 مليار دولار", 30e9, "USD", "up to")),
    ("خصصت ٢٫٥ مليون يورو للمشروع.", ("٢٫٥ مليون يورو", 2.5e6, "EUR", None)),
    ("دفعت 1,250,000 ريال قطري.", ("1,250,000 ريال قطري", 1250000, "QAR", None)),
    ("بلغت 1.5 ترليون دولار.", ("1.5 ترليون دولار", 1.5e12, "USD", None)),
    ("اقترضت نحو 2.5 مليار ريال سعودي.", ("نحو 2.5 مليار ريال سعودي", 2.5e9, "SAR", "about")),
    # duals and number words
    ("خسرت الشركة مليوني دولار.", ("مليوني دولار", 2e6, "USD", None)),
    ("دفع ألفي جنيه مصري.", ("ألفي جنيه مصري", 2000, "EGP", None)),
    ("منح مئة وخمسون ألف دولار.", ("مئة وخمسون ألف دولار", 150000, "USD", None)),
    ("بلغ الدين ثلاثة ملايين وخمسمئة ألف دولار.",
     ("ثلاثة ملايين وخمسمئة ألف دولار", 3.5e6, "USD", None)),
    ("جمعت عشرة آلاف ليرة تركية.", ("عشرة آلاف ليرة تركية", 10000, "TRY", None)),
    # currencies and their adjectives
    ("دفع 500 ليرة لبنانية.", ("500 ليرة لبنانية", 500, "LBP", None)),
    ("دفع 3 ملايين ليرة سورية.", ("3 ملايين ليرة سورية", 3e6, "SYP", None)),
    ("دفع 100 جنيه إسترليني.", ("100 جنيه إسترليني", 100, "GBP", None)),
    ("دفع 20 دينارا كويتيا.", ("20 دينارا كويتيا", 20, "KWD", None)),
    ("دفع 7 دنانير أردنية.", ("7 دنانير أردنية", 7, "JOD", None)),
    ("دفع ألف دينار عراقي.", ("ألف دينار عراقي", 1000, "IQD", None)),
    ("دفع مليون دينار ليبي.", ("مليون دينار ليبي", 1e6, "LYD", None)),
    ("دفع 50 دينارا تونسيا.", ("50 دينارا تونسيا", 50, "TND", None)),
    ("دفع مئة دينار جزائري.", ("مئة دينار جزائري", 100, "DZD", None)),
    ("دفع 40 درهما إماراتيا.", ("40 درهما إماراتيا", 40, "AED", None)),
    ("دفع 5 دراهم مغربية.", ("5 دراهم مغربية", 5, "MAD", None)),
    ("دفع 300 ريال إيراني.", ("300 ريال إيراني", 300, "IRR", None)),
    ("دفع 20 ريالا عمانيا.", ("20 ريالا عمانيا", 20, "OMR", None)),
    ("دفع مئة ريال.", ("مئة ريال", 100, "SAR", None)),
    ("دفع 50 روبلا.", ("50 روبلا", 50, "RUB", None)),
    ("دفع 9 يوانات.", ("9 يوانات", 9, "CNY", None)),
    ("اشترى الخبز بألف تومان.", ("ألف تومان", 1000, "IRR", None)),
    ("خسر مليارات الدولارات.", ("مليارات الدولارات", 1e9, "USD", "billions of")),
    # percentages
    ("بلغت البطالة 12%.", ("12%", 12, "percent", None)),
    ("نما الاقتصاد حوالى 3.5 في المئة.", ("حوالى 3.5 في المئة", 3.5, "percent", "about")),
    ("صوت 40 بالمئة من الناخبين.", ("40 بالمئة", 40, "percent", None)),
    ("ارتفع التضخم عشرة في المائة.", ("عشرة في المائة", 10, "percent", None)),
    # counted nouns and qualifiers
    ("قتل أكثر من 20 شخصا.", ("أكثر من 20 شخصا", 20, "شخص", "more than")),
    ("أصيب 15 جنديا على الأقل.", ("15 جنديا على الأقل", 15, "جندي", "at least")),
    ("وصل ما يزيد على ألف لاجئ.", ("ما يزيد على ألف لاجئ", 1000, "لاجي", "more than")),
    ("سجل أقل من مئتي طالب.", ("أقل من مئتي طالب", 200, "طالب", "less than")),
    ("تظاهر عشرات الآلاف من المحتجين.",
     ("عشرات الآلاف من المحتجين", 10000, "محتجين", "tens of")),
    ("اعتصم مئات الطلاب.", ("مئات الطلاب", 100, "طلاب", "hundreds of")),
    ("أفرج عن خمسة وعشرين معتقلا.", ("خمسة وعشرين معتقلا", 25, "معتقل", None)),
    ("نقل ثلاثمئة سجين.", ("ثلاثمئة سجين", 300, "سجين", None)),
    ("قتل أحد عشر مدنيا.", ("أحد عشر مدنيا", 11, "مدني", None)),
    ("وقعت إيران اتفاقا مع القوى الست الكبرى.", ("القوى الست", 6, "قوي", None)),
])
def test_amount(nlp_amounts, text, expected):
    text_, value, unit, qualifier = expected
    found = amounts_of(nlp_amounts, text)
    assert any(t == text_ and v == pytest.approx(value) and u == unit and q == qualifier
               for t, v, u, q in found), found


@pytest.mark.parametrize("text", [
    "وقع الاتفاق النووي في 2015.",  # a year
    "صدر القرار 2254 عن مجلس الأمن.",  # a number with nothing counted after it
    "عقدت القمة في 12 آذار 2016.",  # a date
    "استمر الحصار ثلاثة أشهر.",  # a duration belongs to the dates layer
    "قال أحد المسؤولين إن الوضع هادئ.",  # أحد = one of
])
def test_not_amounts(nlp_amounts, text):
    assert amounts_of(nlp_amounts, text) == []


def test_span_is_the_original_text(nlp_amounts):
    doc = nlp_amounts("يمكن أن يصل «حتى 30 مليار دولار»، بحسب الوكالة.", published=PUBLISHED)
    (a,) = doc.amounts
    assert doc.text[a.start:a.end] == a.text == "حتى 30 مليار دولار"
    assert a.sentence == 0


def test_counted_nouns_can_be_switched_off():
    nlp = marsad.load(["layout", "sentences", "tokens", "dates", "amounts"],
                      config={"amounts": {"counted_nouns": False}})
    doc = nlp("قتل 20 شخصا مع القوى الست وخصص 5 ملايين دولار.", published=PUBLISHED)
    assert [(a.value, a.unit) for a in doc.amounts] == [(5e6, "USD")]


@pytest.mark.parametrize("text,expected", [
    ("تقتصر المهمة على 12.500 جندي أجنبي.", ("12.500 جندي", 12500, "جندي", None)),
    ("سيستخدمون مئات المليارات من الدولارات.",
     ("مئات المليارات من الدولارات", 1e11, "USD", "hundreds of")),
])
def test_more_amounts(nlp_amounts, text, expected):
    text_, value, unit, qualifier = expected
    found = amounts_of(nlp_amounts, text)
    assert any(t == text_ and v == pytest.approx(value) and u == unit and q == qualifier
               for t, v, u, q in found), found


@pytest.mark.parametrize("text", [
    "في الليلة التاسع عشر من شهر رمضان.",  # an ordinal, then من
    "انطلقت الدورة الـ12 لمعرض الكتاب.",  # الـ12 = the 12th
    "قال الطبيب رقم 11 إن الحالة مستقرة.",  # a label
    "احتفالات عيد طيبة 36 بمشاركة الأهالي.",  # a preposition on the next word
    "في السنوات العشر الأخيرة ارتفعت الأسعار.",  # a duration (dates layer)
    "تنتهي المهلة في 30 شوال الجاري.",  # a Hijri date
    "وصلت الحملة إلى مصر في 1798 بالقرب من الإسكندرية.",  # ب + the article: no counted noun
    "أرسل الجيش 300 للمساعدة في الإنقاذ.",  # ل + the article: no counted noun
    "يجتمع وزراء مالية دول اليورو التسع عشرة غدا.",  # the currency names the countries
    "التقى وفد مجموعة 5+1 وإيران في فيينا.",  # a group's name, not an amount
    "سأل المعلم تلاميذه هل 2 + 2 = 5 تفاحات؟",  # a sum written out
])
def test_more_not_amounts(nlp_amounts, text):
    assert amounts_of(nlp_amounts, text) == []


def test_scaled_decimals_are_exact(nlp_amounts):
    (a,) = nlp_amounts("ارتفع الإنتاج إلى 32.01 مليون برميل.", published=PUBLISHED).amounts
    assert a.value == 32010000.0


@pytest.mark.parametrize("text", [
    "بلغت كمية الأمطار مستوى قياسيا.",  # كمية is not ك + مية (a hundred)
    "فحصت 22 مبنى منها 17 بها أبراج تبريد.",  # بها after 17
])
def test_words_that_hide_numbers(nlp_amounts, text):
    assert all(a.value != 100 and a.unit != "بها" for a in
               nlp_amounts(text, published=PUBLISHED).amounts)


@pytest.mark.parametrize("text", [
    "قال إنني لست صديقهما.",  # لست = I am not
    "تبلغ المساحة 76.000م2 والطاقة كبيرة.",  # م2 = square metres
])
def test_look_alikes(nlp_amounts, text):
    assert [a.value for a in nlp_amounts(text, published=PUBLISHED).amounts if a.value in (6, 2)] == []


@pytest.mark.parametrize("text,expected", [
    ("تجاوز عددهم الخمسين مليون نسمة.", ("الخمسين مليون نسمة", 50e6, "نسمه", None)),
    ("باعت أكثر من مليون و162 ألف وحدة.",
     ("أكثر من مليون و162 ألف وحدة", 1162000, "وحده", "more than")),
    # a definite counted noun with a number from 13 to 19 after it
    ("صادقت الدول التسع عشرة على الاتفاق.", ("الدول التسع عشرة", 19, "دول", None)),
    ("اجتمع الأعضاء الخمسة عشر في المجلس.", ("الأعضاء الخمسة عشر", 15, "اعضاء", None)),
])
def test_definite_and_mixed_number_words(nlp_amounts, text, expected):
    text_, value, unit, qualifier = expected
    found = amounts_of(nlp_amounts, text)
    assert any(t == text_ and v == pytest.approx(value) and u == unit and q == qualifier
               for t, v, u, q in found), found
