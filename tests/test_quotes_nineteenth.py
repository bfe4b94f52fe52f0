"""Quotes leftovers, nineteenth session: «لم يقل إلا …» (a jussive written unlike the present)
is a quote with its own clause's speaker, «لم يقل إن …» still none; two speakers joined by و
before marks with neither إن nor a colon both speak; a quote of two speakers that a third
reports (نقلت الوكالة عن X وY قولهما، نقلا عن X وY) has both as speaker and the third as
reporter (docs/accuracy.md, "Quotes and amounts leftovers, nineteenth session"). Sentences
written for the test."""

from __future__ import annotations

import pytest

from _quotes_harness import nlp, quote_with, speaker_text  # noqa: F401 (a fixture, helpers)

JUBEIR = "Adel al-Jubeir"
KERRY = "John Kerry"
AMBASSADOR = "وقال السفير السعودي أحمد قطان إن العلاقات قوية. "


# -- 1. لم يقل إلا، لم يشر إلا --------------------------------------------------------------------
@pytest.mark.parametrize("text, words, who", [
    (AMBASSADOR + "ولم يقل الوزير إلا إن الأمر قيد الدراسة.", "الدراسة", "الوزير"),
    (AMBASSADOR + "والوزير لم يقل إلا إن الأمر قيد الدراسة.", "الدراسة", "الوزير"),
    (AMBASSADOR + "ولم يشر المتحدث سوى إلى أن التحقيق مستمر.", "مستمر", "المتحدث"),
])
def test_only_said_in_the_jussive_takes_its_own_clauses_speaker(nlp, text, words, who):
    q = quote_with(nlp, text, words)
    assert speaker_text(text, q) == who


def test_only_said_with_no_subject_carries_no_speaker(nlp):
    # (twentieth session: the pronoun of a masculine يقل is the ambassador's, who goes on, see
    # tests/test_quotes_twentieth.py; a feminine تقل after him still carries no one)
    q = quote_with(nlp, AMBASSADOR + "ولم تقل إلا إن الأمر قيد الدراسة.", "الدراسة")
    assert q.speaker is None


@pytest.mark.parametrize("text", [
    "وأكد المتحدث أن الوفد لم يقل إن الاتفاق انتهى.",
    "وقال الوزير إن الحكومة لن تقل شيئا عن الموضوع.",
])
def test_a_negated_jussive_without_an_exception_is_no_cue(nlp, text):
    # "did not say that": no quote of its own (the outer quote holds the words)
    assert all(not q.text.startswith(("الاتفاق", "شيئا")) for q in nlp(text).quotes)


def test_only_said_a_noun_is_no_quote(nlp):
    # (a guard) "had he said nothing but this poem": no words follow the exception; the poet's
    # quote after it stays his (the first version of the rule made one quote from سوى to the
    # end of the next one, seen on real news)
    text = "ولو لم يقل الشاعر سوى هذه القصيدة لكفاه. يقول الشاعر: «مسكين من يحسب الدنيا باقية»."
    assert [q.text for q in nlp(text).quotes] == ["مسكين من يحسب الدنيا باقية"]


# -- 2. two speakers before the marks, no إن and no colon --------------------------------------
@pytest.mark.parametrize("text, starts", [
    ("قال عادل الجبير وجون كيري «المحادثات كانت مثمرة».", "عادل الجبير"),
    ("وقال وزير الخارجية السعودي عادل الجبير ونظيره الأمريكي جون كيري \"نحن متفقون على الحل\".",
     "وزير الخارجية السعودي"),
])
def test_two_speakers_before_marks_both_speak(nlp, text, starts):
    q = quote_with(nlp, text, "")
    assert q.speaker.canonical == f"{JUBEIR} & {KERRY}"
    assert speaker_text(text, q).startswith(starts) and speaker_text(text, q).endswith("كيري")


# -- 3. a quote of two speakers that a third reports ----------------------------------------------
@pytest.mark.parametrize("text", [
    "ونقلت وكالة الأنباء السعودية عن عادل الجبير وجون كيري قولهما إن المحادثات كانت مثمرة.",
    "وقالت وكالة الأنباء السعودية نقلا عن عادل الجبير وجون كيري إن المحادثات كانت مثمرة.",
])
def test_two_speakers_a_third_reports(nlp, text):
    q = quote_with(nlp, text, "مثمرة")
    assert q.speaker.canonical.endswith(f" & {KERRY}")
    assert speaker_text(text, q) == "عادل الجبير وجون كيري"
    assert q.reported_by is not None and q.reported_by.canonical == "Saudi Press Agency"


def test_one_speaker_a_third_reports_is_unchanged(nlp):
    # (a guard)
    text = "ونقلت وكالة الأنباء السعودية عن عادل الجبير قوله إن المحادثات كانت مثمرة."
    q = quote_with(nlp, text, "مثمرة")
    assert speaker_text(text, q) == "عادل الجبير"
    assert q.reported_by.canonical == "Saudi Press Agency"


# -- 4. from the reading: دون أن ("without") ------------------------------------------------------
@pytest.mark.parametrize("text", [
    # the words after دون أن are no content, and دون opens no speaker phrase
    "وتحدث المدرب مع اللاعب الذي كان يتابع التدريب ثم غادر المهاجم دون أن ينفعل أو يشعر بالغضب.",
    "وقال الوزير للصحفيين دون أن يذكر التفاصيل.",
])
def test_without_that_opens_no_quote(nlp, text):
    assert nlp(text).quotes == []


def test_a_quote_after_a_long_without_clause(nlp):
    text = ("وقال متحدث باسم الشرطة في المدينة دون أن يذكر اسم الرجل الذي شارك في حيل سابقة "
            "\"تم إلقاء القبض عليه واستجوابه من قبل الشرطة\".")
    q = quote_with(nlp, text, "القبض")
    assert q.text.startswith("تم إلقاء") and speaker_text(text, q).startswith("متحدث")


def test_the_words_after_a_without_clause_are_the_quote(nlp):
    text = "وأكد الوزير دون أن يخوض في التفاصيل أن العلاقات قوية."
    q = quote_with(nlp, text, "قوية")
    assert q.text == "العلاقات قوية" and speaker_text(text, q) == "الوزير"
