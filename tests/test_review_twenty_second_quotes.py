"""The lead's review of the twenty-second session, quote speakers: a ل-word naming whom the words
are said to (لنظيره الفرنسي، للصحفيين، لوسائل الإعلام) ends a title speaker's phrase and is the
quote's addressee, the title keeping its own code; a woman's one-word given name that is also a
word (وقالت أمل إن …) is the speaker when the actors stage found her; كلاهما، الأخير with no one
named before leave the speaker unresolved. Extraction tests, sentences written for the test."""

from __future__ import annotations

import pytest

from _quotes_harness import nlp, quote_with, speaker_text  # noqa: F401 (a fixture, helpers)


# -- 1. the counterpart or another addressee after a title speaker ------------------------------
@pytest.mark.parametrize("text, words, speaker, addressee, code", [
    ("وأكد الرئيس لنظيره الفرنسي أن بلاده تدعم الحوار.", "الحوار", "الرئيس",
     "نظيره الفرنسي", "FRAGOV"),
    ("وقال وزير الخارجية لنظيرته الألمانية إن المحادثات مثمرة.", "المحادثات", "وزير الخارجية",
     "نظيرته الألمانية", "DEUGOV"),
    ("وصرح الأمير لوسائل الإعلام بأن المشروع سيكتمل.", "المشروع", "الأمير",
     "وسائل الإعلام", "MED"),
])
def test_counterpart_after_a_title_is_the_addressee(nlp, text, words, speaker, addressee, code):
    q = quote_with(nlp, text, words)
    assert speaker_text(text, q) == speaker
    assert q.speaker.actor_code == "GOV"  # the title's own code, not the counterpart's
    assert q.addressee is not None and q.addressee.text == addressee
    assert q.addressee.actor_code == code


def test_journalists_after_a_title_are_the_addressee(nlp):
    text = "قالت الوزيرة للصحفيين إن الميزانية جاهزة."
    q = quote_with(nlp, text, "الميزانية")
    assert speaker_text(text, q) == "الوزيرة"
    assert q.addressee is not None and q.addressee.actor_code == "MED"


@pytest.mark.parametrize("text, words, addressee", [
    # (no entity of its own: the word after its ل)
    ("وأوضح السفير لنظيره إن اللقاء كان مثمرا.", "اللقاء", "نظيره"),
    ("وقال الأمين العام للحضور إن المؤتمر ناجح.", "المؤتمر", "حضور"),
])
def test_a_bare_addressee_word(nlp, text, words, addressee):
    q = quote_with(nlp, text, words)
    assert q.addressee is not None and q.addressee.text == addressee
    assert q.speaker is not None and q.speaker.actor_code != q.addressee.actor_code


def test_a_named_speaker_and_his_counterpart_stay(nlp):
    # (a guard: the name ends the phrase already)
    text = "وقال وزير الخارجية عادل الجبير لنظيره الأمريكي إن الحوار مستمر."
    q = quote_with(nlp, text, "الحوار")
    assert q.speaker.actor_code == "SAUGOV"
    assert q.addressee is not None and q.addressee.actor_code == "USAGOV"


def test_a_title_with_its_genitive_stays_the_speaker(nlp):
    # (a guard: لشركة is the title's genitive, no addressee)
    text = "وقال المدير التنفيذي لشركة الكهرباء إن الشبكة مستقرة."
    q = quote_with(nlp, text, "الشبكة")
    assert speaker_text(text, q).startswith("المدير التنفيذي")
    assert q.addressee is None


# -- 2. a woman's one-word given name that is also a word ---------------------------------------
def test_a_one_word_womans_name_speaks(nlp):
    text = "وقالت أمل إن الدروس تبدأ الأحد."
    q = quote_with(nlp, text, "الدروس")
    assert speaker_text(text, q) == "أمل"
    assert q.speaker.type == "PERSON"


def test_a_womans_name_with_a_family_name_stays(nlp):
    text = "وقالت أمل الحربي إن الدروس تبدأ الأحد."  # (a guard)
    assert speaker_text(text, quote_with(nlp, text, "الدروس")) == "أمل الحربي"


# -- 3. pronoun speakers with no one named before -----------------------------------------------
@pytest.mark.parametrize("text, words", [
    ("وأضاف كلاهما أن التعاون مستمر.", "التعاون"),
    ("وقال كل منهما إن العلاقات قوية.", "العلاقات"),
    ("وأكدت الأخيرة أن الحوار مستمر.", "الحوار"),
])
def test_a_pronoun_with_no_antecedent_is_no_speaker(nlp, text, words):
    assert quote_with(nlp, text, words).speaker is None


def test_a_pronoun_with_its_antecedent_still_resolves(nlp):
    # (a guard: the two named before speak)
    text = "التقى عادل الجبير وجون كيري في الرياض أمس. وأضاف كلاهما أن التعاون مستمر."
    q = quote_with(nlp, text, "التعاون")
    assert q.speaker is not None and "&" in q.speaker.canonical


def test_a_second_addressee_joined_by_wa_is_no_speaker(nlp):
    text = "وأكد الأمير في كلمة ألقاها للإعلاميين والجهات الداعمة للمشروع أن الإعلام مهم."
    q = quote_with(nlp, text, "الإعلام")
    assert speaker_text(text, q) == "الأمير"
    assert q.addressee is not None and q.addressee.actor_code == "MED"


def test_the_speaker_after_journalists_addressed(nlp):
    text = "وأوضح للصحفيين أمين عام الغرفة أن السوق مستقر."
    q = quote_with(nlp, text, "السوق")
    assert speaker_text(text, q) == "أمين عام الغرفة"
    assert q.addressee is not None and q.addressee.actor_code == "MED"
