"""Amounts, twenty-fifth session: partitive counts and scale words (docs/accuracy.md, "Amounts:
partitive counts and scale words (twenty-fifth session, h3)"). A word ending in ال (قال، استقال،
رجال) before digits is no article; a number and من before a short broken plural of persons
(amounts.json `partitive_plurals`: رجال، جنود، قادة) or من بين and a definite plural counts it;
منهم، منهن، من الجنسين (`people_of`) count persons; a number before من أصل / من بين and a count
(`partitive_totals`) counts what the total counts. Sentences written for the test."""

from __future__ import annotations

import pytest

from _amounts_harness import amounts_of, nlp_amounts  # noqa: F401 (a fixture, a helper)

DAY = "2015-08-05"


@pytest.mark.parametrize("text, want", [
    # a verb ending in ال before the digits: no article, the count is read
    ("وقال 5 أشخاص إنهم رأوا الدخان.", [("5 أشخاص", 5.0, "اشخاص", None)]),
    ("واستقال 6 من أعضائه أمس.", [("6 من أعضائه", 6.0, "اعضاء", None)]),
    ("وطالب رجال 4 قرى بالماء.", [("4 قرى", 4.0, "قري", None)]),
])
def test_a_word_in_al_is_no_article(nlp_amounts, text, want):
    assert amounts_of(nlp_amounts, text, DAY) == want


@pytest.mark.parametrize("text", [
    "وحل الفريق في المركز الـ12 هذا الموسم.",
    "وفاز العداء بالـ 3 ميداليات.",
])
def test_the_article_alone_still_labels(nlp_amounts, text):
    # (guards: the article, alone or with و، ب، ل, before the digits is kept as a label)
    assert amounts_of(nlp_amounts, text, DAY) == []


@pytest.mark.parametrize("text, want", [
    ("وقتل في الكمين 5 من رجال الشرطة.", [("5 من رجال", 5.0, "رجال", None)]),
    ("وأصيب 3 من جنود الحامية.", [("3 من جنود", 3.0, "جنود", None)]),
    ("ونجا 4 من قادة التنظيم من الغارة.", [("4 من قادة", 4.0, "قاده", None)]),
    ("واعتقل الأمن 2 من القادة.", [("2 من القادة", 2.0, "قاده", None)]),
    ("وفقدت القبيلة 7 من رجالها.", [("7 من رجالها", 7.0, "رجال", None)]),
    ("وأفرج عن 9 من أسرى الحرب.", [("9 من أسرى", 9.0, "اسري", None)]),
    # من بين before a definite plural: of, among them
    ("وأطلق سراح 8 من بين المعتقلين.", [("8 من بين المعتقلين", 8.0, "معتقلين", None)]),
])
def test_short_plurals_of_persons_after_min(nlp_amounts, text, want):
    assert amounts_of(nlp_amounts, text, DAY) == want


@pytest.mark.parametrize("text, want", [
    ("واعتقلت الشرطة ثلاثة منهم.", [("ثلاثة منهم", 3.0, "شخص", None)]),
    ("وأصيب 12 منهم بجروح.", [("12 منهم", 12.0, "شخص", None)]),
    ("وأفرج عن 7 منهن.", [("7 منهن", 7.0, "شخص", None)]),
    ("وعاد المئات منهم إلى قراهم.", [("المئات منهم", 100.0, "شخص", "hundreds of")]),
    # the scale joined to the digits (ألف، ألفاً), persons of both sexes
    ("ويسكن المدينة 600 ألف منهم.", [("600 ألف منهم", 600000.0, "شخص", None)]),
    ("وحضر الحفل 20 ألفاً من الجنسين.", [("20 ألفاً من الجنسين", 20000.0, "شخص", None)]),
])
def test_persons_not_named(nlp_amounts, text, want):
    assert amounts_of(nlp_amounts, text, DAY) == want


@pytest.mark.parametrize("text", [
    "وقال إن واحداً منهم فر.",       # one of them: no count (amounts.json one_alone)
    "وسلم اثنان منهما.",              # منهما: two of them (persons or things), as before
    "وعرضت 5 منها في المتحف.",        # منها: things, nothing named
    "وتحتفل الكلية بالدفعة 21 منهم.",  # a label before the number
])
def test_no_count_of_them(nlp_amounts, text):
    assert amounts_of(nlp_amounts, text, DAY) == []


@pytest.mark.parametrize("text, want", [
    ("ونجح 5 من أصل 10 طلاب.",
     [("5", 5.0, "طلاب", None), ("10 طلاب", 10.0, "طلاب", None)]),
    ("وفاز 3 من بين 12 مرشحاً.",
     [("3", 3.0, "مرشح", None), ("12 مرشحاً", 12.0, "مرشح", None)]),
    ("وحصد الحزب 40 من مجموع 100 مقعد.",
     [("40", 40.0, "مقعد", None), ("100 مقعد", 100.0, "مقعد", None)]),
])
def test_a_count_out_of_a_total(nlp_amounts, text, want):
    assert amounts_of(nlp_amounts, text, DAY) == want


@pytest.mark.parametrize("text, want", [
    # nothing counted after the total: no amount, as before
    ("وأجاب عن 5 من أصل 10.", []),
    # a total of money: the first number is no part of it (its scale unknown)
    ("وصرف 3 من أصل 5 ملايين دولار.", [("5 ملايين دولار", 5000000.0, "USD", None)]),
    # an ordinal before من بين and the day of a month: no amount
    ("وحل ثالثاً من بين 20 فريقاً.", [("20 فريقاً", 20.0, "فريق", None)]),
    ("ويصل الوفد في الخامس من الشهر المقبل.", []),
])
def test_no_false_counts_of_totals_ranks_and_dates(nlp_amounts, text, want):
    assert amounts_of(nlp_amounts, text, DAY) == want


@pytest.mark.parametrize("text, want", [
    # a sound masculine plural in construct (its ن dropped): the plural as with the article
    ("واعتقلت الشرطة 5 من موظفي البلدية.", [("5 من موظفي", 5.0, "موظفين", None)]),
    ("وقتل 3 من مقاتلي الجماعة.", [("3 من مقاتلي", 3.0, "مقاتلين", None)]),
    ("وغاب 4 من لاعبي النادي.", [("4 من لاعبي", 4.0, "لاعبين", None)]),
    ("وخسر التنظيم 6 من مقاتليه.", [("6 من مقاتليه", 6.0, "مقاتلين", None)]),
    ("وكرمت الشركة 9 من موظفيها.", [("9 من موظفيها", 9.0, "موظفين", None)]),
])
def test_construct_plurals_in_ya(nlp_amounts, text, want):
    assert amounts_of(nlp_amounts, text, DAY) == want


@pytest.mark.parametrize("text", [
    "ونقل 5 من مستشفى المدينة إلى الرياض.",  # ى: a singular, "from the hospital"
    "وأنفق 3 من ميزانية الوزارة.",            # ة: a singular
])
def test_singulars_in_ya_or_ta_are_no_construct_plural(nlp_amounts, text):
    assert amounts_of(nlp_amounts, text, DAY) == []


@pytest.mark.parametrize("text, want", [
    # ألفا / مليونا written without its tanween before من: one thousand (a dual in construct
    # needs its noun right after it: ألفا شخص is 2000)
    ("وشارك ألفا من الطلاب في السباق.", [("ألفا من الطلاب", 1000.0, "طلاب", None)]),
    ("وعاد ألفا منهم إلى البلدة.", [("ألفا منهم", 1000.0, "شخص", None)]),
    ("ووصل ألفا شخص إلى البلدة.", [("ألفا شخص", 2000.0, "شخص", None)]),
])
def test_no_dual_before_min(nlp_amounts, text, want):
    assert amounts_of(nlp_amounts, text, DAY) == want
