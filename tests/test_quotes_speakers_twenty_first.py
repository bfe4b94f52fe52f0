"""Quote speakers, twenty-first session: a relative clause between the speaker phrase and إن/أن
is the speaker's (وقال الوزير الذي زار القاهرة أمس إن …: the minister speaks), and a time phrase
of words (أول من أمس، أول أمس) between the verb and the speaker, or after an addressee, is never
the speaker (docs/accuracy.md, "Quote speakers: relative clauses and time words, twenty-first
session"). Sentences written for the test."""

from __future__ import annotations

import pytest

from _quotes_harness import nlp, quote_with, speaker_text  # noqa: F401 (a fixture, helpers)


# -- 1. a relative clause after the speaker ------------------------------------------------------
@pytest.mark.parametrize("text, words, speaker", [
    ("وقال الوزير الذي زار القاهرة أمس إن الحكومة باقية.", "الحكومة باقية", "الوزير"),
    ("قالت الوزارة التي تشرف على الامتحانات في بيان إن النتائج جاهزة.", "النتائج جاهزة",
     "الوزارة"),
    ("وقال الموظفون الذين التقاهم الوفد إن الرواتب متأخرة منذ شهور.", "الرواتب متأخرة",
     "الموظفون"),
    # (أن with a definite noun after it: the verb's, not the clause's)
    ("وأكد الوزير الذي التقى نظيره أمس أن العلاقات قوية.", "العلاقات قوية", "الوزير"),
    # (the clause's own أن and its verb, then the cue's إن)
    ("وقال الوزير الذي رفض أن يتحدث عن التفاصيل إن المفاوضات متعثرة.", "المفاوضات متعثرة",
     "الوزير"),
    # (a guard: the clause between commas was read before)
    ("أكد المسؤول، الذي طلب عدم الكشف عن اسمه، أن الهجوم فشل.", "الهجوم فشل", "المسؤول"),
])
def test_a_relative_clause_after_the_speaker_is_passed_over(nlp, text, words, speaker):
    q = quote_with(nlp, text, words)
    assert speaker_text(text, q) == speaker
    assert q.text.startswith(words)


@pytest.mark.parametrize("text", [
    "وقال الرجل الذي يريد أن يسافر إلى الخارج.",
    "وأكد الوزير الذي رفض أن يعلق على الأمر.",
    # (guards: a verb of saying in the clause says its own words; لكننا opens another clause)
    "وأعلنت مصادر رسمية مقتل جنديين في الهجوم الذي قالت إنه استهدف قافلة عسكرية.",
    "تنفي طبيعتنا الأولى التي ورثناها من أجدادنا، لكننا نعرف أنهم كانوا أوفياء للوطن.",
])
def test_a_relative_clauses_own_an_is_no_quote(nlp, text):
    assert nlp(text).quotes == []


# -- 2. time phrases of words --------------------------------------------------------------------
@pytest.mark.parametrize("text, words, speaker", [
    ("وقال أول من أمس وزير الخارجية إن الحكومة باقية.", "الحكومة باقية", "وزير الخارجية"),
    ("وقال أول أمس الوزير إن الحكومة باقية.", "الحكومة باقية", "الوزير"),
    ("وأشاد رئيس الوزراء بالتعاون بين البلدين، قائلا خلال زيارته إلى غينيا أول من أمس إنه "
     "سعيد بالنتائج.", "سعيد بالنتائج", "رئيس الوزراء"),
    # (guards: a time head and its tail were read before)
    ("وقال مساء أمس وزير الخارجية إن الحكومة باقية.", "الحكومة باقية", "وزير الخارجية"),
    ("وأكد صباح اليوم الوزير أن الحكومة باقية.", "الحكومة باقية", "الوزير"),
])
def test_a_time_phrase_is_never_the_speaker(nlp, text, words, speaker):
    q = quote_with(nlp, text, words)
    assert speaker_text(text, q) == speaker


def test_a_time_phrase_with_no_speaker_after_it_leaves_none(nlp):
    text = "وأكد أول من أمس أن الحكومة باقية."
    q = quote_with(nlp, text, "الحكومة باقية")
    assert q.speaker is None or text[q.speaker.start:q.speaker.end] not in ("أول", "أول من أمس")
