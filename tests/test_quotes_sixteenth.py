"""Quotes leftovers, sixteenth session: the one interviewed speaks (وفي لقاء أجريته مع X، أكد أن),
the subject of a fronted setting's verb speaks (في كلمة ألقاها X، في اتصال تلقاه X من Y), a dual
verb after a sentence that names no one, and two speakers joined by و (قال X وY إن: one quote,
both speakers) (docs/accuracy.md, "Quotes and amounts leftovers, sixteenth session"). Sentences
written for the test."""

from __future__ import annotations

import pytest

from _quotes_harness import nlp, quote_with, speaker_text  # noqa: F401 (a fixture, helpers)

JUBEIR = "Adel al-Jubeir"
KERRY = "John Kerry"
SALMAN = "Salman bin Abdulaziz Al Saud"
HOLLANDE = "François Hollande"


# -- 1. an interview: the one interviewed speaks, never the interviewer -------------------------
@pytest.mark.parametrize("text", [
    "وفي لقاء أجريته مع وزير الخارجية عادل الجبير، أكد أن المملكة ترفض التدخل.",
    "وفي لقاء أجرته «عكاظ» مع وزير الخارجية عادل الجبير، أكد خلاله أن المملكة ترفض التدخل.",
    "وفي مقابلة مع وزير الخارجية عادل الجبير، قال إن المملكة ترفض التدخل.",
    # a speaker before: the interview's own person, not the one carried on
    "قال مدير الشرطة إن الأمن مستتب. وفي حوار أجريناه مع وزير الخارجية عادل الجبير، أكد أن "
    "المملكة ترفض التدخل.",
])
def test_the_one_interviewed_speaks(nlp, text):
    q = quote_with(nlp, text, "ترفض")
    assert q.speaker is not None and q.speaker.canonical == JUBEIR
    assert speaker_text(text, q) == "وزير الخارجية عادل الجبير"


def test_the_owner_of_a_meeting_is_not_the_one_met(nlp):
    # لقائه مع X: his meeting with X; he, named before, speaks
    text = ("استقبل الرئيس الفرنسي فرانسوا هولاند الوفد. وخلال لقائه مع وزير الخارجية عادل "
            "الجبير، أكد أن فرنسا تقف مع المملكة.")
    q = quote_with(nlp, text, "تقف")
    assert q.speaker is not None and q.speaker.canonical == HOLLANDE


# -- 2. a fronted setting: the subject of its verb speaks ---------------------------------------
@pytest.mark.parametrize("text, who", [
    ("وفي كلمة ألقاها وزير الخارجية عادل الجبير، أكد أن المملكة ترفض التدخل.", JUBEIR),
    # the one who received the call, named in it (not the caller after من)
    ("وفي اتصال هاتفي تلقاه الملك سلمان بن عبدالعزيز من الرئيس الفرنسي فرانسوا هولاند، أكد أن "
     "المملكة ترفض التدخل.", SALMAN),
    ("وفي اتصال هاتفي أجراه الرئيس الفرنسي فرانسوا هولاند مع الملك سلمان بن عبدالعزيز، أكد أن "
     "فرنسا ترفض التدخل.", HOLLANDE),
])
def test_the_subject_of_a_fronted_settings_verb_speaks(nlp, text, who):
    q = quote_with(nlp, text, "ترفض")
    assert q.speaker is not None and q.speaker.canonical == who


# -- 3. a dual verb after a sentence that names no one ------------------------------------------
def test_a_dual_verb_past_a_sentence_naming_no_one(nlp):
    text = ("التقى وزير الخارجية السعودي عادل الجبير نظيره الأمريكي جون كيري في الرياض. "
            "وتناولت المباحثات العلاقات بين البلدين. وأكدا أن المحادثات كانت مثمرة.")
    q = quote_with(nlp, text, "مثمرة")
    assert q.speaker is not None and q.speaker.canonical == f"{JUBEIR} & {KERRY}"
    assert speaker_text(text, q) == "أكدا"


def test_a_dual_verb_after_one_named_is_no_one(nlp):
    # one person named before: not him alone
    text = "قال وزير الخارجية عادل الجبير إن الاقتصاد قوي. وأكدا أن المحادثات كانت مثمرة."
    q = quote_with(nlp, text, "مثمرة")
    assert q.speaker is None


# -- 4. two speakers joined by و: one quote, both speakers ---------------------------------------
@pytest.mark.parametrize("text, span", [
    ("وقال عادل الجبير وجون كيري إن المحادثات كانت مثمرة.", "عادل الجبير وجون كيري"),
    ("وقال وزير الخارجية عادل الجبير ونظيره الأمريكي جون كيري، في مؤتمر صحفي، إن المحادثات "
     "كانت مثمرة.", "وزير الخارجية عادل الجبير ونظيره الأمريكي جون كيري"),
])
def test_two_speakers_joined_by_wa(nlp, text, span):
    quotes = [q for q in nlp(text).quotes if "مثمرة" in q.text]
    assert len(quotes) == 1
    q = quotes[0]
    assert q.speaker.canonical == f"{JUBEIR} & {KERRY}"
    assert q.speaker.actor_code == "GOV"  # two governments' ministers: the role they share
    assert speaker_text(text, q) == span


@pytest.mark.parametrize("text", [
    "وقال عادل الجبير وزوجته إن الوضع هادئ.",  # a second person not named
    "وقال عادل الجبير وهو يبتسم إن الوضع هادئ.",  # a circumstance
])
def test_one_named_speaker_and_words_after_him(nlp, text):
    q = quote_with(nlp, text, "هادئ")
    assert q.speaker.canonical == JUBEIR
    assert speaker_text(text, q) == "عادل الجبير"
