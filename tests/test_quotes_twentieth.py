"""Quotes leftovers, twentieth session: an event told in a pair's quote that a third relays
(نقلا عن X وY) is reported by the pair, not by its first member; a speaker named by name after
عن (نقلت الوكالة عن X قوله، نقلا عن X) is the actor the actors stage found, not bare text; a
negated jussive «لم يقل إلا» with no subject after it takes the subject of the clause before
(ولم تحدد السلطات …، ولم تقل سوى إن) or the speaker its pronoun refers to, agreeing with the
verb; after ف too (فلم يقولوا إلا); «قال الوزير والكلام له "…"»: the aside is no second speaker
and the marks are the minister's words (docs/accuracy.md, "Quotes and amounts leftovers,
twentieth session"). Sentences written for the test."""

from __future__ import annotations

import pytest

import marsad
from _quotes_harness import nlp, quote_with, speaker_text  # noqa: F401 (a fixture, helpers)

JUBEIR = "Adel al-Jubeir"
KERRY = "John Kerry"
AMBASSADOR = "وقال السفير السعودي أحمد قطان إن العلاقات قوية. "


@pytest.fixture(scope="module")
def full():
    return marsad.load()


# -- 1. an event in a pair's quote ------------------------------------------------------------------
def test_an_event_in_a_pair_s_relayed_quote_is_reported_by_the_pair(full):
    text = ("وقالت وكالة الأنباء السعودية نقلا عن عادل الجبير وجون كيري: "
            "«مسلحون قتلوا عشرة مدنيين في حلب أمس».")
    doc = full(text, published="2015-08-05")
    (ev,) = [e for e in doc.events if e.trigger == "قتلوا"]
    assert ev.modality == "reported"
    assert ev.reported_by is not None and ev.reported_by.canonical == f"{JUBEIR} & {KERRY}"
    assert text[ev.reported_by.start:ev.reported_by.end] == "عادل الجبير وجون كيري"


def test_an_event_in_one_speaker_s_relayed_quote_is_unchanged(full):
    # (a guard: one speaker after نقلا عن reports the event, as before)
    text = "وقالت الصحيفة نقلا عن عادل الجبير: «مسلحون قتلوا عشرة مدنيين في حلب أمس»."
    doc = full(text, published="2015-08-05")
    (ev,) = [e for e in doc.events if e.trigger == "قتلوا"]
    assert ev.reported_by is not None and ev.reported_by.canonical == JUBEIR


# -- 2. a name after عن ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "ونقلت الوكالة عن عادل الجبير قوله إن المحادثات كانت مثمرة.",
    "وقالت الصحيفة نقلا عن عادل الجبير إن المحادثات كانت مثمرة.",
])
def test_a_name_after_an_is_the_actor_found(nlp, text):
    q = quote_with(nlp, text, "مثمرة")
    assert speaker_text(text, q) == "عادل الجبير"
    assert q.speaker.canonical == JUBEIR and q.speaker.actor_id is not None


def test_a_pair_after_an_has_both_actors(nlp):
    text = "ونقلت وكالة الأنباء السعودية عن عادل الجبير وجون كيري قولهما إن المحادثات كانت مثمرة."
    q = quote_with(nlp, text, "مثمرة")
    assert q.speaker.canonical == f"{JUBEIR} & {KERRY}"


# -- 3. لم يقل إلا with no subject after the verb --------------------------------------------------------
@pytest.mark.parametrize("text, words, who", [
    # the subject of the clause before it, past a comma
    (AMBASSADOR + "ولم تحدد السلطات الصينية عدد الضحايا، ولم تقل سوى إن التحقيق مستمر.",
     "التحقيق", "السلطات الصينية"),
    # a pronoun: the speaker goes on
    (AMBASSADOR + "ولم يقل إلا إن الأمر قيد الدراسة.", "الدراسة", "السفير السعودي أحمد قطان"),
    # after ف, the subject of the verb before
    (AMBASSADOR + "وسئل المسؤولون عن الحادث فلم يقولوا إلا: «التحقيق مستمر».", "التحقيق",
     "المسؤولون"),
])
def test_only_said_takes_the_subject_before_or_its_pronoun_s(nlp, text, words, who):
    q = quote_with(nlp, text, words)
    assert speaker_text(text, q) == who


def test_only_said_in_the_feminine_takes_no_masculine_speaker(nlp):
    # (the ambassador spoke before; تقل is feminine: not his words)
    q = quote_with(nlp, AMBASSADOR + "ولم تقل إلا إن الأمر قيد الدراسة.", "الدراسة")
    assert q.speaker is None


# -- 4. والكلام له --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "وقال الوزير والكلام له \"نحن متفقون على الحل\".",
    "وقال الوزير، والكلام له، «نحن متفقون على الحل».",
])
def test_the_speaker_s_own_words_aside(nlp, text):
    q = quote_with(nlp, text, "متفقون")
    assert q.text == "نحن متفقون على الحل"
    assert speaker_text(text, q) == "الوزير"


def test_a_named_second_speaker_still_joins(nlp):
    # (a guard: the nineteenth session's «قال X وY "…"»)
    text = "قال عادل الجبير وجون كيري «المحادثات كانت مثمرة»."
    q = quote_with(nlp, text, "مثمرة")
    assert q.speaker.canonical == f"{JUBEIR} & {KERRY}"


# -- 5. a pair, then where they spoke --------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "وقال عادل الجبير وجون كيري في مؤتمر صحفي مشترك إن المحادثات كانت مثمرة.",
    "وقال عادل الجبير وجون كيري في مؤتمر صحفي مشترك في الرياض: «المحادثات كانت مثمرة».",
])
def test_a_pair_then_where_they_spoke_both_speak(nlp, text):
    q = quote_with(nlp, text, "مثمرة")
    assert q.speaker.canonical == f"{JUBEIR} & {KERRY}"
    assert speaker_text(text, q) == "عادل الجبير وجون كيري"


def test_one_speaker_with_another_after_ma_speaks_alone(nlp):
    # (a guard: «مع Y» is whom he spoke with)
    text = "وقال عادل الجبير في مؤتمر صحفي مع جون كيري إن المحادثات كانت مثمرة."
    q = quote_with(nlp, text, "مثمرة")
    assert q.speaker.canonical == JUBEIR


def test_a_body_after_an_is_the_actor_found(nlp):
    text = "ونقلت الوكالة عن وزارة الخارجية السعودية قولها إن المحادثات كانت مثمرة."
    q = quote_with(nlp, text, "مثمرة")
    assert speaker_text(text, q) == "وزارة الخارجية السعودية"
    assert q.speaker.actor_id is not None and q.speaker.canonical != q.speaker.text


def test_a_title_word_opening_a_longer_phrase_after_an_is_not_the_speaker(nlp):
    # (a guard, seen on real news: «الناشط» alone is a group word of the dictionaries; the
    # phrase with the unknown name stays the speaker, as before)
    text = "ونقلت الهيئة عن الناشط الإعلامي فادي الزبداني قوله إن الهدنة انتهت."
    q = quote_with(nlp, text, "الهدنة")
    assert speaker_text(text, q) == "الناشط الإعلامي فادي الزبداني"
