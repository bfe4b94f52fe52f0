"""Amounts, twenty-sixth session (docs/accuracy.md, "Amounts: number grammar, منهم and spelled-out
digits (twenty-sixth session, h6)"). Number words make one number only as Arabic number grammar
joins them (a teen, a ten after a unit with و, the hundreds and a scale); a number before منهم،
منها counts what the nearest larger count before it counts; digits followed by the same number in
words are one amount. Sentences written for the test."""

from __future__ import annotations

import pytest

from _amounts_harness import amounts_of, nlp_amounts  # noqa: F401 (a fixture, a helper)

DAY = "2015-08-05"


@pytest.mark.parametrize("text, want", [
    # two numbers side by side: an enumeration, not their sum
    ("وشارك عشرة ستة منهم من النساء.", [("ستة منهم", 6.0, "شخص", None)]),
    ("وأصيب عشرون ثلاثة منهم أطفال.", [("ثلاثة منهم", 3.0, "شخص", None)]),
    ("وحضر خمسة عشرين شخصا.", [("عشرين شخصا", 20.0, "شخص", None)]),
    ("وبنيت الفنادق من فئة خمس وأربع نجوم.", [("أربع نجوم", 4.0, "نجوم", None)]),
    ("وهو أحد ثلاثة أسباب للأزمة.", [("ثلاثة أسباب", 3.0, "اسباب", None)]),
])
def test_two_numbers_side_by_side(nlp_amounts, text, want):
    assert amounts_of(nlp_amounts, text, DAY) == want


@pytest.mark.parametrize("text, want", [
    # (guards: the compounds Arabic writes stay one number)
    ("وقتل ستة عشر شخصا.", [("ستة عشر شخصا", 16.0, "شخص", None)]),
    ("وقتل ستة وعشرون شخصا.", [("ستة وعشرون شخصا", 26.0, "شخص", None)]),
    ("وبلغ عدد الطلاب ثلاثمئة وخمسة طلاب.", [("ثلاثمئة وخمسة طلاب", 305.0, "طلاب", None)]),
    ("وقتل ثلاث مئة شخص.", [("ثلاث مئة شخص", 300.0, "شخص", None)]),
    ("وجاء ألف وتسعمائة وخمسة عشر زائرا.",
     [("ألف وتسعمائة وخمسة عشر زائرا", 1915.0, "زاير", None)]),
    ("وبلغ عدد السكان مليون و500 ألف نسمة.", [("مليون و500 ألف نسمة", 1500000.0, "نسمه", None)]),
    ("وحضر واحد وعشرون لاعبا.", [("واحد وعشرون لاعبا", 21.0, "لاعب", None)]),
])
def test_compounds_stay_one_number(nlp_amounts, text, want):
    assert amounts_of(nlp_amounts, text, DAY) == want


@pytest.mark.parametrize("tokens, at", [
    (["عشره", "سته"], 1),
    (["عشرون", "ثلاثه"], 1),
    (["عشرون", "وخمسه"], 1),
    (["مليون", "و2", "مليون"], 1),
    (["ثلاثه", "و", "خمسه"], 1),
    (["سته", "عشر"], None),
    (["سته", "وعشرون"], None),
    (["مئه", "ألف"], None),
    (["ثلاثه", "الاف", "وخمسمايه"], None),
    (["الخمسين", "مليون"], None),
])
def test_compound_break(tokens, at):
    from marsad.dates.numbers import compound_break

    assert compound_break(tokens) == at


@pytest.mark.parametrize("text, want", [
    ("وأطلق الجيش 30 صاروخا سقط 10 منها في البحر.",
     [("30 صاروخا", 30.0, "صاروخ", None), ("10 منها", 10.0, "صاروخ", None)]),
    ("واعتقلت الشرطة 40 طالبا وأفرجت عن 12 منهم.",
     [("40 طالبا", 40.0, "طالب", None), ("12 منهم", 12.0, "طالب", None)]),
    ("واعتقلت الشرطة 40 طالبا. وأفرجت لاحقا عن 12 منهم.",
     [("40 طالبا", 40.0, "طالب", None), ("12 منهم", 12.0, "طالب", None)]),
    ("وأصيب المئات من المحتجين ونقل 30 منهم إلى المستشفى.",
     [("المئات من المحتجين", 100.0, "محتجين", "hundreds of"), ("30 منهم", 30.0, "محتجين", None)]),
    ("وشارك 50 شاعرا وكان ستة منهم من الشباب.",
     [("50 شاعرا", 50.0, "شاعر", None), ("ستة منهم", 6.0, "شاعر", None)]),
])
def test_min_hum_counts_what_the_count_before_counts(nlp_amounts, text, want):
    assert amounts_of(nlp_amounts, text, DAY) == want


@pytest.mark.parametrize("text, want", [
    # (guards) no count before: منهم persons, منها nothing; money before: nothing counted
    ("وقتل 20 منهم 5 أطفال.", [("20 منهم", 20.0, "شخص", None), ("5 أطفال", 5.0, "اطفال", None)]),
    ("وقتل 20 شخصا، 5 منهم أطفال.",
     [("20 شخصا", 20.0, "شخص", None), ("5 منهم", 5.0, "شخص", None)]),
    ("وسقط 10 منها على الحدود.", []),
    ("وتبلغ كلفة المشروع 67 مليار جنيه، 29 منها للحفر.",
     [("67 مليار جنيه", 67e9, "pound", None)]),
])
def test_min_hum_without_a_count_before(nlp_amounts, text, want):
    assert amounts_of(nlp_amounts, text, DAY) == want


@pytest.mark.parametrize("text, want", [
    ("وتقرر تخفيض السعر بمبلغ قدره (15) خمس عشرة هللة عن كل لتر.",
     [("(15) خمس عشرة هللة", 15.0, "هلله", None)]),
    ("وجمع مبلغ (20) عشرين مليون ريال للأيتام.",
     [("(20) عشرين مليون ريال", 20e6, "SAR", None)]),
    ("وبلغ عدد الموقوفين (190) مائة وتسعون موقوفا.",
     [("(190) مائة وتسعون موقوفا", 190.0, "موقوف", None)]),
    ("وشارك 13 ثلاثة عشر من المراكب.", [("13 ثلاثة عشر من المراكب", 13.0, "مراكب", None)]),
    # (guard) other digits before the words: two numbers, the words' amount alone
    ("وقتل (6) سبعة أشخاص.", [("سبعة أشخاص", 7.0, "اشخاص", None)]),
])
def test_digits_spelled_out(nlp_amounts, text, want):
    assert amounts_of(nlp_amounts, text, DAY) == want


@pytest.mark.parametrize("text, want", [
    # a bound written before or after the amount (amounts.json qualifiers_before/after)
    ("وتغطي الضمانة كل وديعة بحد أقصى 200 ألف ريال.",
     [("بحد أقصى 200 ألف ريال", 200000.0, "SAR", "up to")]),
    ("وتبلغ الغرامة 100 ألف ريال كحد أقصى.", [("100 ألف ريال كحد أقصى", 100000.0, "SAR", "up to")]),
    ("ويشترط ألا يقل الطول عن 160 سم كحد أدنى.", [("160 سم كحد أدنى", 160.0, "سم", "at least")]),
    ("وتشمل المرحلة المنشآت التي يعمل بها 130 عاملا فأكثر.",
     [("130 عاملا فأكثر", 130.0, "عامل", "at least")]),
    ("وأتمنى أن أسجل 20 هدفا أو أكثر هذا الموسم.", [("20 هدفا أو أكثر", 20.0, "هدف", "at least")]),
    ("ويدخن 5 سجائر أو أقل كل يوم.", [("5 سجائر أو أقل", 5.0, "سجاير", "up to")]),
    ("وارتفع الذهب فوق 1100 دولار للأوقية.", [("فوق 1100 دولار", 1100.0, "USD", "more than")]),
    ("وتبلغ الكلفة في حدود 20 مليون يورو.",
     [("في حدود 20 مليون يورو", 20e6, "EUR", "about")]),
    # a range whose high end carries its own "up to"
    ("وتكون الغرامة من 10 آلاف ريال إلى 50 ألف ريال بحد أقصى.",
     [("من 10 آلاف ريال", 10000.0, "SAR", "at least"),
      ("50 ألف ريال بحد أقصى", 50000.0, "SAR", "up to")]),
])
def test_bounds_around_an_amount(nlp_amounts, text, want):
    assert amounts_of(nlp_amounts, text, DAY) == want


@pytest.mark.parametrize("text, want", [
    # (guards) وأكثر من، أو أكثر من: the next amount's "more than", none of this one's
    ("وأسفر الهجوم عن 27 قتيلا وأكثر من مائتي جريح.",
     [("27 قتيلا", 27.0, "قتيل", None), ("أكثر من مائتي جريح", 200.0, "جريح", "more than")]),
    ("وطلب منهم الابتعاد 25 مترا على الأقل من الحاجز.",
     [("25 مترا على الأقل", 25.0, "متر", "at least")]),
])
def test_or_more_before_min(nlp_amounts, text, want):
    assert amounts_of(nlp_amounts, text, DAY) == want


@pytest.mark.parametrize("text, want", [
    # ناقص، سالب (amounts.json minus_words) or a minus glued to digits in a bracket: negative
    ("وتحسن الحساب من ناقص 18.8 مليار يورو إلى ناقص 17.4 مليار يورو.",
     [("ناقص 18.8 مليار يورو", -18.8e9, "EUR", None),
      ("ناقص 17.4 مليار يورو", -17.4e9, "EUR", None)]),
    ("وسجل التضخم في قبرص ناقص 2.1 في المائة.", [("ناقص 2.1 في المائة", -2.1, "percent", None)]),
    ("وهبطت واردات اليابان (-6.9 في المائة) بعد عام جيد.",
     [("-6.9 في المائة", -6.9, "percent", None)]),
    ("ونزلت الحرارة إلى سالب خمس درجات.", [("سالب خمس درجات", -5.0, "درجات", None)]),
    # (guards) a dash in a list or glued to a model name is no minus
    ("ويضاف إليها -5 ملاعق من الزبدة.", [("5 ملاعق", 5.0, "ملاعق", None)]),
    ("وارتفعت الصادرات (+3.2 في المائة).", [("3.2 في المائة", 3.2, "percent", None)]),
])
def test_negative_values(nlp_amounts, text, want):
    assert amounts_of(nlp_amounts, text, DAY) == want


@pytest.mark.parametrize("text, want", [
    # the percent sign written before the digits, glued to them
    ("ويعتقد %34 منهم أن السبب هو الرواتب.", [("%34", 34.0, "percent", None)]),
    ("وانتهى المطاف بحوالي %33 من المجيبين في القطاع الخاص.",
     [("حوالي %33", 33.0, "percent", "about")]),
    ("ونما الإنفاق بواقع %5 ليبلغ 549 مليار دولار.",
     [("%5", 5.0, "percent", None), ("549 مليار دولار", 549e9, "USD", None)]),
    # (guard) a sign after digits is theirs; the next number, after a space, is its own
    ("وقضى 22 % 3 ليالي في المنطقة.", [("22 %", 22.0, "percent", None), ("3 ليالي", 3.0, "ليالي", None)]),
])
def test_percent_sign_before_the_digits(nlp_amounts, text, want):
    assert amounts_of(nlp_amounts, text, DAY) == want


@pytest.mark.parametrize("text, want", [
    # آخرون، أخرى (amounts.json other_words): others of what the count before counts
    ("وقتل 8 حوثيين وأصيب 10 آخرون في الاشتباكات.",
     [("8 حوثيين", 8.0, "حوثيين", None), ("10 آخرون", 10.0, "حوثيين", None)]),
    ("وسقطت ثلاثة صواريخ قرب المدرج، وسبعة أخرى في محيط المكان.",
     [("ثلاثة صواريخ", 3.0, "صواريخ", None), ("سبعة أخرى", 7.0, "صواريخ", None)]),
    ("وتكلف الصفقة 24 مليون يورو بجانب 6 ملايين أخرى للاعب.",
     [("24 مليون يورو", 24e6, "EUR", None), ("6 ملايين أخرى", 6e6, "EUR", None)]),
    # others after a count of casualties, or after no count: persons
    ("وأسفر القصف عن سقوط 13 قتيلا وإصابة 23 آخرين.",
     [("13 قتيلا", 13.0, "قتيل", None), ("23 آخرين", 23.0, "شخص", None)]),
    ("وقتل جنديان وأصيب أربعة آخرون في الانفجار.", [("أربعة آخرون", 4.0, "شخص", None)]),
    ("وقتلت سيدة و4 أخريات في القصف.", [("4 أخريات", 4.0, "شخص", None)]),
    # (a count in another clause is no antecedent of persons)
    ("وسيطرت المقاومة على 3 مواقع، وأصيب 5 آخرون.",
     [("3 مواقع", 3.0, "مواقع", None), ("5 آخرون", 5.0, "شخص", None)]),
    # (guard) أخرى with nothing counted before: no amount
    ("وسقطت سبعة أخرى في محيط المكان.", []),
])
def test_others_count_what_the_count_before_counts(nlp_amounts, text, want):
    assert amounts_of(nlp_amounts, text, DAY) == want


@pytest.mark.parametrize("text", [
    # و and a word no number counts: a verb, a pronoun, a definite word
    "وقتل 5 وأصيب رجل في الحادث.",
    "وسجل الفريق 5 والتي كانت الأعلى.",
    "وارتفع عدد الإصابات إلى 1051 والوفيات إلى 46.",
    "وقال إن الرقم 20 وهو رقم الدخول.",
])
def test_wa_and_a_word_no_number_counts(nlp_amounts, text):
    assert amounts_of(nlp_amounts, text, DAY) == []
