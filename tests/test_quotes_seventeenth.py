"""Quotes leftovers, seventeenth session: a verb of one speaker after a pair that spoke is said by
one of them (the one its gender fits, else the one who last spoke alone, else no one), never by
the pair; three speakers or more joined by و or a comma list ending in و speak as one mention
(docs/accuracy.md, "Quotes and amounts leftovers, seventeenth session"). Sentences written for
the test."""

from __future__ import annotations

import pytest

from _quotes_harness import nlp, quote_with, speaker_text  # noqa: F401 (a fixture, helpers)

JUBEIR = "Adel al-Jubeir"
KERRY = "John Kerry"
LAVROV = "Sergey Lavrov"
MAY = "Theresa May"
CAZENEUVE = "Bernard Cazeneuve"


# -- 1. a singular verb after a pair ------------------------------------------------------------
def test_a_feminine_verb_after_a_pair_is_the_woman_of_the_two(nlp):
    text = ("وقال وزير الداخلية الفرنسي برنار كازنوف ووزيرة الداخلية البريطانية تيريزا ماي إن "
            "التعاون مستمر. وأضافت أن بريطانيا ترفض الهجرة.")
    assert quote_with(nlp, text, "مستمر").speaker.canonical == f"{CAZENEUVE} & {MAY}"
    q = quote_with(nlp, text, "الهجرة")
    assert q.speaker is not None and q.speaker.canonical == MAY
    assert speaker_text(text, q) == "وزيرة الداخلية البريطانية تيريزا ماي"


def test_a_masculine_verb_after_a_man_and_a_woman_is_the_man(nlp):
    text = ("وقال وزير الداخلية الفرنسي برنار كازنوف ووزيرة الداخلية البريطانية تيريزا ماي إن "
            "التعاون مستمر. وأضاف أن فرنسا ترفض الهجرة.")
    q = quote_with(nlp, text, "الهجرة")
    assert q.speaker is not None and q.speaker.canonical == CAZENEUVE


def test_a_singular_verb_after_two_men_is_the_one_who_spoke_alone_last(nlp):
    text = ("قال جون كيري إن الحل سياسي. وقال عادل الجبير وجون كيري إن المحادثات كانت مثمرة. "
            "وأضاف أن واشنطن ترفض التدخل.")
    q = quote_with(nlp, text, "واشنطن")
    assert q.speaker is not None and q.speaker.canonical == KERRY


@pytest.mark.parametrize("text", [
    # two men named together, neither spoke alone: which one is not known
    "وقال وزير الخارجية عادل الجبير ونظيره الأمريكي جون كيري إن المحادثات كانت مثمرة. "
    "وأضاف أن الحل سياسي.",
    # a dual noun for the two named before
    "التقى وزير الخارجية عادل الجبير نظيره الأمريكي جون كيري. وأكد الجانبان أن المحادثات كانت "
    "مثمرة. وأضاف أن الحل سياسي.",
])
def test_a_singular_verb_after_a_pair_is_not_the_pair(nlp, text):
    q = quote_with(nlp, text, "الحل")
    assert q.speaker is None


def test_a_plural_verb_after_three_carries_the_three(nlp):
    text = ("وقال عادل الجبير وجون كيري وسيرغي لافروف إن المحادثات كانت مثمرة. وأضافوا أن الحل "
            "سياسي.")
    q = quote_with(nlp, text, "الحل")
    assert q.speaker is not None and q.speaker.canonical == f"{JUBEIR} & {KERRY} & {LAVROV}"


# -- 2. three speakers or more ------------------------------------------------------------------
@pytest.mark.parametrize("text, said", [
    ("وقال عادل الجبير وجون كيري وسيرغي لافروف إن المحادثات كانت مثمرة.",
     "عادل الجبير وجون كيري وسيرغي لافروف"),
    ("وقال عادل الجبير وجون كيري وسيرغي لافروف، في مؤتمر صحفي، إن المحادثات كانت مثمرة.",
     "عادل الجبير وجون كيري وسيرغي لافروف"),
    ("وقال عادل الجبير، جون كيري وسيرغي لافروف إن المحادثات كانت مثمرة.",
     "عادل الجبير، جون كيري وسيرغي لافروف"),
])
def test_three_speakers_joined_speak_as_one_mention(nlp, text, said):
    q = quote_with(nlp, text, "مثمرة")
    assert q.speaker is not None and q.speaker.canonical == f"{JUBEIR} & {KERRY} & {LAVROV}"
    assert speaker_text(text, q) == said
    assert q.speaker.actor_code == "GOV"  # (SAUGOV, USAGOV, RUSGOV: the role they share)


@pytest.mark.parametrize("text", [
    "وقال عادل الجبير، جون كيري، إن المحادثات كانت مثمرة.",  # an apposition, no و
    "وقال عادل الجبير، نائب جون كيري، إن المحادثات كانت مثمرة.",  # a title of another
])
def test_a_comma_with_no_and_joins_no_speaker(nlp, text):
    q = quote_with(nlp, text, "مثمرة")
    assert q.speaker is not None and q.speaker.canonical == JUBEIR


# -- 3. an interview with a pronoun: its owner speaks (guards: read so before) -------------------
@pytest.mark.parametrize("text", [
    "زار الرئيس الفرنسي فرانسوا هولاند الرياض أمس. وفي حوار أجراه معه الكاتب عادل الجبير، أكد "
    "أن فرنسا ترفض التدخل.",
    "قال مدير الشرطة إن الأمن مستتب. وزار الرئيس الفرنسي فرانسوا هولاند الرياض. وفي لقاء أجرته "
    "معه صحيفة «لوموند»، قال إن فرنسا ترفض التدخل.",
])
def test_the_one_interviewed_after_a_pronoun_speaks(nlp, text):
    q = quote_with(nlp, text, "ترفض")
    assert q.speaker is not None and q.speaker.canonical == "François Hollande"


# -- 4. the reading of 2015-07-21: قلت is the writer's (or a reader's), never one named before ---
@pytest.mark.parametrize("text", [
    "قال الوزير عادل الجبير إن الوضع صعب. وقلت له: «هل أنت متأكد؟»",
    "وإذا اتصلت بالشرطة وقلت: «هناك طائرة تحلق خارج شقتي»، ماذا ستفعل الشرطة؟",
])
def test_a_first_person_past_has_no_speaker_named_before(nlp, text):
    q = quote_with(nlp, text, "تحلق" if "تحلق" in text else "متأكد")
    assert q.speaker is None


def test_sawa_opens_no_speaker(nlp):
    # لم يعلن سوى عن …: "nothing but", an exception, never a speaker's name
    text = ("إذ لم يعلن سوى عن القليل من برنامج الزيارة، والأمر الوحيد المؤكد هو أن الرئيس "
            "أوباما سيشارك في القمة.")
    for q in nlp(text).quotes:
        assert q.speaker is None or "سوى" not in q.speaker.text
