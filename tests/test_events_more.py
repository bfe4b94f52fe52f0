"""The added event patterns (src/marsad/lexicon/data/events_more.json) on short sentences written
for these tests: the CAMEO code of what they trigger, the dyad the events stage builds from them,
and the look-alike words that must not trigger (the reasons some verbs were left out)."""

from __future__ import annotations

import pytest

from _events_harness import base, stage, tag_actors  # noqa: F401 (fixtures)

from marsad.document import Document
from marsad.events.patterns import compile_events, find_triggers
from marsad.lexicon import load_lexicon
from marsad.text.normalize import fold

# name -> (actor code, type, canonical, country)
ACTORS = {
    "الخارجية المصرية": ("EGYGOV", "ORG", "Egypt foreign ministry", "EGY"),
    "السفير التركي": ("TURGOV", "PERSON", "Turkish ambassador", "TUR"),
    "السفير الإيراني": ("IRNGOV", "PERSON", "Iranian ambassador", "IRN"),
    "الرئيس الروسي": ("RUSGOV", "PERSON", "Vladimir Putin", "RUS"),
    "موسكو": ("RUS", "GPE", "Moscow", "RUS"),
    "طهران": ("IRN", "GPE", "Tehran", "IRN"),
    "واشنطن": ("USA", "GPE", "Washington", "USA"),
    "مصر": ("EGY", "GPE", "Egypt", "EGY"),
    "السعودية": ("SAU", "GPE", "Saudi Arabia", "SAU"),
    "الكويت": ("KWT", "GPE", "Kuwait", "KWT"),
    "المعارضين": ("OPP", "ORG", "opponents", None),
}


@pytest.fixture(scope="module")
def compiled():
    return compile_events(load_lexicon())


def cameos(compiled, sentence: str) -> list[str]:
    words = [fold(w) for w in sentence.replace(".", " .").split()]
    return [compiled.patterns[t.pattern].cameo for t in find_triggers(words, compiled)]


def ids(compiled, sentence: str) -> list[str]:
    words = [fold(w) for w in sentence.replace(".", " .").split()]
    return [compiled.patterns[t.pattern].id for t in find_triggers(words, compiled)]


def dyads(base, stage, text: str) -> list[tuple[str, str | None, str]]:
    """Code `text` with the actors of ACTORS tagged by hand (the actors stage is tested elsewhere)."""
    doc = tag_actors(base(Document(text, published="2020-01-05")), ACTORS)
    stage(doc)
    return sorted((e.source.actor_code, e.target.actor_code if e.target else None, e.cameo)
                  for e in doc.events)


def test_the_file_loads_and_adds_patterns(compiled):
    more = [p for p in compiled.patterns if p.id.startswith("more-")]
    assert len(more) >= 70
    # no new patterns for the types whose precision is tuned in events.json
    assert not [p.id for p in more if p.cameo[:2] in ("14", "18", "19", "20")]
    assert not [p.id for p in more if p.cameo in ("175", "1712")]


@pytest.mark.parametrize("sentence,code", [
    ("أعلنت الحكومة تجميد أصول الشركة.", "163"),
    ("قررت الكويت قطع العلاقات مع الدولة الجارة.", "161"),
    ("بعث الملك برقية تهنئة إلى الرئيس.", "051"),
    ("أعرب الوزير عن استغرابه من القرار.", "110"),
    ("وبّخ الوزير السفير.", "111"),
    ("تسعى الوزارة إلى مصادرة أموال المهربين.", "1711"),
    ("أصدر الإنتربول نشرة حمراء بحق المتهم.", "173"),
    ("وصلت تعزيزات عسكرية إلى الحدود.", "154"),
    ("أجرت البحرية مناورات بحرية قبالة السواحل.", "150"),
    ("ناقش الطرفان تبادل الأسرى.", "0841"),
    ("تلقى الأمير اتصالات هاتفية من القادة.", "041"),
    ("شدد الوزيران على تطابق وجهات النظر بين البلدين.", "019"),
])
def test_added_noun_and_verb_patterns_give_their_code(compiled, sentence, code):
    assert code in cameos(compiled, sentence)


def test_a_longer_added_noun_refines_a_shorter_one(compiled):
    # هجوم alone is 190 (events.json); هجوم لفظي is verbal criticism
    got = cameos(compiled, "جاء الهجوم اللفظي بعد الاجتماع.")
    assert "111" in got and "190" not in got
    # حصار alone is a military blockade (191); حصار اقتصادي is an embargo
    got = cameos(compiled, "استمر الحصار الاقتصادي على البلاد عامين.")
    assert "163" in got and "191" not in got


@pytest.mark.parametrize("sentence", [
    "هناك قلق من الأوضاع.",         # هنا + ك, not هنّأ
    "قال إنه سيعود.",                 # إنه: not a form of نوّه
    "وصل الحجاج إلى مكة المكرمة.",   # not مكرمة (a royal grant)
    "تملك الدولة برامج نووية.",       # نووية: not a form of آوى
    "مضى شهر على الحادث.",           # شهر: not شهّر
    "لا أعرف ما حدث بالضبط.",        # بالضبط: not an arrest
    "يتأهب اللاعب للمباراة.",         # تأهب alone is not a military alert
])
def test_look_alike_words_do_not_trigger_added_patterns(compiled, sentence):
    assert not [i for i in ids(compiled, sentence) if i.startswith("more-")]


def test_summoning_an_ambassador_is_root_16(compiled, base, stage):
    # the light-verb phrase of events.json (استدعى … السفير); the ambassador's country is the
    # target
    assert "161" in cameos(compiled, "استدعت الخارجية المصرية السفير التركي.")
    assert dyads(base, stage, "استدعت الخارجية المصرية السفير التركي.") == [
        ("EGYGOV", "TURGOV", "161")]


def test_closing_an_embassy(base, stage):
    assert dyads(base, stage, "أعلنت الكويت إغلاق سفارتها في طهران.") == [("KWT", "IRN", "161")]


def test_words_right_after_a_trigger_can_cancel_it(base, stage):
    # تقييد المعارضين is a restriction on them (172); تقييد أسماء … is registering names
    assert dyads(base, stage, "قررت الكويت تقييد المعارضين.") == [("KWT", "OPP", "172")]
    assert dyads(base, stage, "قررت الكويت تقييد أسماء المعارضين.") == []


def test_rebuke_gives_source_and_target(base, stage):
    assert dyads(base, stage, "وبّخ الرئيس الروسي السفير الإيراني.") == [("RUSGOV", "IRNGOV", "111")]


def test_sending_an_envoy_is_one_way(base, stage):
    # أوفد X إلى Y: one dyad X -> Y, not the pairs of a meeting
    assert dyads(base, stage, "أوفدت موسكو مبعوثا إلى طهران.") == [("RUS", "IRN", "040")]


def test_agreement_with_a_view_is_accord(base, stage):
    got = dyads(base, stage, "اتفقت مصر مع السعودية على أن الحل سياسي.")
    assert {c for _, _, c in got} == {"019"}
    assert {frozenset((s, t)) for s, t, _ in got} == {frozenset(("EGY", "SAU"))}


def test_blame_phrase(base, stage):
    got = dyads(base, stage, "ألقت واشنطن باللوم على طهران.")
    assert ("USA", "IRN", "112") in got
