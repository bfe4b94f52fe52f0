"""Quotes leftovers, eighteenth session: an event drawn from a quote of two speakers is said by
each of them, unless they share a whole code (two ministers of one government: that code); a
negated cue with an exception (لم يعلن سوى …، لم يعلن إلا أن …) takes the subject of its own
clause or none, never a speaker carried from before (docs/accuracy.md, "Quotes and amounts
leftovers, eighteenth session"). Sentences written for the test."""

from __future__ import annotations

import pytest

import marsad
from _quotes_harness import nlp, quote_with, speaker_text  # noqa: F401 (a fixture, helpers)

JUBEIR = "Adel al-Jubeir"
KERRY = "John Kerry"


@pytest.fixture(scope="module")
def full():
    """The whole pipeline: the events read the quotes' speakers."""
    return marsad.load()


def sources(doc, cameo_root):
    return sorted((e.source.canonical, e.source.actor_code, e.target and e.target.actor_code)
                  for e in doc.events if e.cameo.startswith(cameo_root))


# -- 1. events inside a quote of two speakers ---------------------------------------------------
@pytest.mark.parametrize("text", [
    # two speakers joined by و, a colon and the quote
    "وقال وزير الخارجية السعودي عادل الجبير ونظيره الأمريكي جون كيري، في مؤتمر صحفي: "
    "«ندين إيران بشدة».",
    # each with his title between commas
    "قال عادل الجبير، وزير الخارجية السعودي، ووزير الخارجية الأمريكي جون كيري، في مؤتمر صحفي: "
    "«ندين إيران بشدة».",
    # a dual noun for the two named before
    "التقى وزير الخارجية السعودي عادل الجبير نظيره الأمريكي جون كيري. وقال الوزيران: "
    "«ندين إيران بشدة».",
])
def test_an_evaluation_in_a_quote_of_two_governments_is_said_by_each(full, text):
    doc = full(text)
    assert sources(doc, "11") == [(JUBEIR, "SAUGOV", "IRN"), (KERRY, "USAGOV", "IRN")]


def test_two_ministers_of_one_government_speak_with_its_code(full):
    text = ("وقال وزير الخارجية السعودي عادل الجبير ووزير الداخلية السعودي محمد بن نايف، في "
            "مؤتمر صحفي: «ندين إيران بشدة».")
    doc = full(text)
    got = sources(doc, "11")
    assert len(got) == 1 and got[0][1:] == ("SAUGOV", "IRN") and " & " in got[0][0]


def test_a_call_by_a_quote_of_two_is_each_ones(full):
    # the speech verb's own event, its speaker read by the quotes stage
    text = ("التقى وزير الخارجية السعودي عادل الجبير نظيره الأمريكي جون كيري. ودعا الوزيران "
            "إيران إلى «وقف التدخل في شؤون المنطقة».")
    doc = full(text)
    assert [s[:2] for s in sources(doc, "02")] == [(JUBEIR, "SAUGOV"), (KERRY, "USAGOV")]


def test_speakers_with_titles_between_commas_are_joined(nlp):
    text = ("قال عادل الجبير، وزير الخارجية السعودي، وجون كيري، وزير الخارجية الأمريكي، إن "
            "المحادثات كانت مثمرة.")
    q = quote_with(nlp, text, "مثمرة")
    assert q.speaker.canonical == f"{JUBEIR} & {KERRY}"
    assert speaker_text(text, q).startswith("عادل الجبير") and \
        speaker_text(text, q).endswith("وزير الخارجية الأمريكي")


# -- 2. a negated cue with an exception ------------------------------------------------------------
AMBASSADOR = "وقال السفير السعودي أحمد قطان إن العلاقات قوية. "


def test_an_impersonal_only_announced_carries_no_speaker(nlp):
    text = AMBASSADOR + ("وفي القاهرة، لم يعلن سوى عن القليل، والأمر المؤكد هو أن الرئيس سيصل "
                         "غدا.")
    q = quote_with(nlp, text, "سيصل")
    assert q.speaker is None


@pytest.mark.parametrize("text, words, who", [
    # the subject after the verb, before the exception
    (AMBASSADOR + "ولم يعلن الجيش سوى أن الهجوم فشل.", "فشل", "الجيش"),
    # the subject before the negation
    (AMBASSADOR + "والشرطة لم تعلن إلا أن التحقيق مستمر.", "مستمر", "الشرطة"),
])
def test_only_announced_is_said_by_the_subject_of_its_clause(nlp, text, words, who):
    q = quote_with(nlp, text, words)
    assert speaker_text(text, q) == who


def test_only_announced_with_no_subject_takes_the_speaker_before(nlp):
    # (twenty-first session, on purpose: «لم يعلن إلا أن» with words after the exception reads
    # as «لم يقل إلا», the speaker its pronoun refers to; it carried no one before)
    q = quote_with(nlp, AMBASSADOR + "ولم يعلن إلا أن التحقيق مستمر.", "مستمر")
    assert q.speaker is not None and "قطان" in q.speaker.text


def test_however_after_a_quote_is_no_new_quote(nlp):
    # إلا أن "however" after a clause: no negated cue before it, so no quote of its own
    text = "وأكد الوزير دعمه للمبادرة، إلا أن المعارضة رفضتها."
    assert [q for q in nlp(text).quotes if "رفضتها" in q.text] == []
