"""Amounts, twenty-fourth session, review mends: a number and من before a plural counts it
after any definite word but a label (amounts.json `partitive_labels`: الدقيقة 56 من المباراة is
a label, قتل الجيش 15 من المسلحين a count); ئ before the pronoun ه read (7 من أبنائه); the
word one alone is amounts.json `one_alone` (docs/accuracy.md, "Review mends (twenty-fourth
session)" of the amounts section). Sentences written for the test."""

from __future__ import annotations

import pytest

from _amounts_harness import amounts_of, nlp_amounts  # noqa: F401 (a fixture, a helper)

import marsad.stages.amounts as amounts_stage

DAY = "2015-08-05"


@pytest.mark.parametrize("text, want", [
    # a definite subject (verb, subject, object) before the count
    ("وقتل الجيش 15 من المسلحين في الاشتباك.",
     [("15 من المسلحين", 15.0, "مسلحين", None)]),
    ("قتلت القوات الحكومية 12 من المهاجمين.",
     [("12 من المهاجمين", 12.0, "مهاجمين", None)]),
    ("واحتجزت الشرطة 33 من العمال أمس.",
     [("33 من العمال", 33.0, "عمال", None)]),
    # (an indefinite plural in construct after من: the head counted)
    ("اعتقلت السلطات 40 من أنصار الحزب.",
     [("40 من أنصار", 40.0, "انصار", None)]),
])
def test_count_after_a_definite_subject(nlp_amounts, text, want):
    assert amounts_of(nlp_amounts, text, DAY) == want


@pytest.mark.parametrize("text", [
    "وسجل اللاعب هدفه في الدقيقة 73 من اللقاء.",
    "وفاز الفريق في الجولة 9 من المنافسات.",
    "ونصت الفقرة (4) من اللوائح على ذلك.",
    "وتحتفل بالدفعة 21 من الطلاب.",
    "ويطرح البنك الإصدار 5 من الصكوك.",
    "ويعرض في الحلقة 14 من المسلسلات الرمضانية.",
])
def test_a_label_before_the_number_counts_nothing(nlp_amounts, text):
    assert [a for a in amounts_of(nlp_amounts, text, DAY) if " من " in a[0]] == []


@pytest.mark.parametrize("text, want", [
    # ئ (folded ي) before the pronoun ه: the pronoun is no part of the unit
    ("وفقد الرجل 3 من أبنائه في الحادث.", [("3 من أبنائه", 3.0, "ابناء", None)]),
    ("وغادر الحزب 6 من أعضائه أمس.", [("6 من أعضائه", 6.0, "اعضاء", None)]),
])
def test_hamza_before_his(nlp_amounts, text, want):
    assert amounts_of(nlp_amounts, text, DAY) == want


def test_a_singular_in_aya_after_min_is_no_count(nlp_amounts):
    # (ة, not the pronoun ه: رواية is one novel, 4 pages of it)
    assert amounts_of(nlp_amounts, "وقرأ الطالب 4 من رواية قصيرة.", DAY) == []


def test_partitive_labels_with_clitics():
    labels = amounts_stage._partitive_labels()
    for w in ("الدقيقه", "بالجوله", "للفقره", "وللماده", "فالمرحله"):
        assert w in labels
    assert "الجيش" not in labels and "الشرطه" not in labels


def test_one_alone_is_lexicon_data():
    words = amounts_stage.amount_words()
    assert {"احد", "احدي", "واحد", "واحده"} <= words.one_alone
