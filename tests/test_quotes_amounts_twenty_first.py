"""Quotes and amounts leftovers, twenty-first session: a range whose ends are written in words
(بين مليون و2 مليون دولار) is two ends, never their sum, and both ends of a range carry it (the
amount's `low` and `high`); تصل إلى before a number is "up to"; درجة مئوية is one unit; a title
in the dual after two persons named by name alone (وأضاف الوزيران) speaks for the pair; «لم
يعلن سوى» and «لم يذكر غير» read as «لم يقل إلا»; a number after a construct whose genitive is a
singular (أعضاء المجلس الخمسة) counts the head; an event keeps all who tell it (`reporters`: an
agency and the speaker it relays, the reporters of a mention merged into it)
(docs/accuracy.md, "Quotes and amounts leftovers, twenty-first session"). Sentences written for
the test."""

from __future__ import annotations

import pytest

import marsad
from _amounts_harness import amounts_of, nlp_amounts  # noqa: F401 (a fixture, a helper)
from _quotes_harness import nlp, quote_with, speaker_text  # noqa: F401 (a fixture, helpers)

DAY = "2015-08-05"
JUBEIR = "Adel al-Jubeir"
KERRY = "John Kerry"
AMBASSADOR = "وقال السفير السعودي أحمد قطان إن العلاقات قوية. "
MET = "التقى عادل الجبير وجون كيري في الرياض أمس. "


def ranges_of(nlp, text):
    return [(a.text, a.value, a.qualifier, a.low, a.high)
            for a in nlp(text, published=DAY).amounts]


# -- 1. ranges in words --------------------------------------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("وتراوحت الخسائر بين مليون و2 مليون دولار.",
     [("بين مليون", 1e6, "USD", "at least"), ("2 مليون دولار", 2e6, "USD", "up to")]),
    ("وتبلغ الكلفة ما بين مليار و2 مليار دولار.",
     [("ما بين مليار", 1e9, "USD", "at least"), ("2 مليار دولار", 2e9, "USD", "up to")]),
    # (a low end with no scale takes the high end's)
    ("وتقدر الأضرار بين ثلاثة وخمسة ملايين دولار.",
     [("بين ثلاثة", 3e6, "USD", "at least"), ("خمسة ملايين دولار", 5e6, "USD", "up to")]),
    ("وشارك بين ألف و1500 شخص في المسيرة.",
     [("بين ألف", 1000.0, "شخص", "at least"), ("1500 شخص", 1500.0, "شخص", "up to")]),
    # (a unit and its ten are one end: 25 to 30 thousand)
    ("ودفع بين خمسة وعشرين وثلاثين ألف دولار.",
     [("بين خمسة وعشرين", 25000.0, "USD", "at least"),
      ("ثلاثين ألف دولار", 30000.0, "USD", "up to")]),
])
def test_a_range_in_words_is_two_ends(nlp_amounts, text, want):
    assert amounts_of(nlp_amounts, text, DAY) == want


@pytest.mark.parametrize("text, want", [
    # (guards: a compound number in words stays one number)
    ("وبلغ الدعم مليون و500 ألف ريال.", [("مليون و500 ألف ريال", 1.5e6, "SAR", None)]),
    ("وصل خمسة وعشرون ألف زائر.", [("خمسة وعشرون ألف زائر", 25000.0, "زاير", None)]),
])
def test_a_compound_number_is_no_range(nlp_amounts, text, want):
    assert amounts_of(nlp_amounts, text, DAY) == want


def test_a_range_with_no_unit_is_no_amount(nlp_amounts):
    # (the low end alone, «ثلاثة» before «وخمسة», counts no «وخمسه»)
    assert amounts_of(nlp_amounts, "وتتراوح بين ثلاثة وخمسة ملايين.", DAY) == []


@pytest.mark.parametrize("text, want", [
    ("وتتراوح الأجور بين 300 ألف و500 ألف دولار.",
     [("بين 300 ألف", 3e5, "at least", 3e5, 5e5), ("500 ألف دولار", 5e5, "up to", 3e5, 5e5)]),
    ("ويبلغ عدد الزوار من 10 إلى 20 ألف زائر.",
     [("من 10", 1e4, "at least", 1e4, 2e4), ("20 ألف زائر", 2e4, "up to", 1e4, 2e4)]),
    ("وتتسع القاعة من 100 مقعد إلى 250 مقعداً.",
     [("من 100 مقعد", 100.0, "at least", 100.0, 250.0),
      ("250 مقعداً", 250.0, "up to", 100.0, 250.0)]),
    # (no range: neither end)
    ("وتبرع بمليون دولار.", [("مليون دولار", 1e6, None, None, None)]),
])
def test_both_ends_of_a_range_carry_it(nlp_amounts, text, want):
    assert ranges_of(nlp_amounts, text) == want


def test_the_range_survives_json(nlp_amounts):
    doc = nlp_amounts("وتتراوح الأجور بين 300 ألف و500 ألف دولار.", published=DAY)
    back = marsad.Document.from_json(doc.to_json())
    assert [(a.low, a.high) for a in back.amounts] == [(3e5, 5e5), (3e5, 5e5)]


# -- 1. تصل إلى، درجة مئوية ---------------------------------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("وارتفعت الأسعار بنسبة تصل إلى 12% هذا العام.",
     [("تصل إلى 12%", 12.0, "percent", "up to")]),
    ("ويضم الفصيل ما يصل إلى 500 مقاتل.", [("ما يصل إلى 500 مقاتل", 500.0, "مقاتل", "up to")]),
    # (after ل, و or أن: the result reached, no qualifier)
    ("وارتفعت الأسعار لتصل إلى 12% هذا العام.", [("12%", 12.0, "percent", None)]),
    ("وتراجع السعر ثم ارتفع ويصل إلى 60 دولاراً.", [("60 دولاراً", 60.0, "USD", None)]),
    # (after سوف, amounts.json `reached_after`: a value foreseen)
    ("والطلب سوف يصل إلى 30 ألف طائرة.", [("30 ألف طائرة", 30000.0, "طايره", None)]),
    ("ومن المتوقع أن تصل الأرباح إلى 12% وأن تصل إلى 15% بعدها.",
     [("12%", 12.0, "percent", None), ("15%", 15.0, "percent", None)]),
])
def test_reaching_up_to(nlp_amounts, text, want):
    assert amounts_of(nlp_amounts, text, DAY) == want


@pytest.mark.parametrize("text, want", [
    ("وسجلت الحرارة 45 درجة مئوية أمس.", [("45 درجة مئوية", 45.0, "درجه مئويه", None)]),
    ("وبلغت الحرارة خمسين درجة مئوية.", [("خمسين درجة مئوية", 50.0, "درجه مئويه", None)]),
])
def test_degrees_celsius_are_one_unit(nlp_amounts, text, want):
    assert amounts_of(nlp_amounts, text, DAY) == want


# -- 2. a dual title after two names -------------------------------------------------------------
@pytest.mark.parametrize("text, words", [
    (MET + "وأضاف الوزيران أن المحادثات كانت مثمرة.", "مثمرة"),
    ("وقال عادل الجبير وجون كيري إن المحادثات مثمرة. وأضاف الوزيران أن الحل سياسي.", "الحل"),
    (MET + "وقال المسؤولان إن الحل سياسي.", "الحل"),
])
def test_a_dual_title_after_two_names_is_the_pair(nlp, text, words):
    q = quote_with(nlp, text, words)
    assert q.speaker.canonical == f"{JUBEIR} & {KERRY}"
    assert text[q.speaker.start:q.speaker.end] in ("الوزيران", "المسؤولان")


def test_a_dual_title_after_a_titled_president_stays_bare(nlp):
    # (a guard: the president, named with his title, is no minister: no pair)
    text = "التقى الرئيس باراك أوباما وجون كيري في الرياض أمس. وقال الوزيران إن الحل سياسي."
    q = quote_with(nlp, text, "الحل")
    assert "&" not in q.speaker.canonical


# -- 3. لم يعلن سوى، لم يذكر غير ----------------------------------------------------------------
@pytest.mark.parametrize("text, words, who", [
    (AMBASSADOR + "ولم يعلن سوى أن التحقيق مستمر.", "التحقيق", "السفير السعودي أحمد قطان"),
    (AMBASSADOR + "ولم يذكر غير أن التحقيق مستمر.", "التحقيق", "السفير السعودي أحمد قطان"),
    (AMBASSADOR + "ولم يقل غير أن التحقيق مستمر.", "التحقيق", "السفير السعودي أحمد قطان"),
    ("ولم تحدد السلطات الصينية عدد الضحايا، ولم تعلن سوى أن التحقيق مستمر.", "التحقيق",
     "السلطات الصينية"),
])
def test_only_announced_reads_as_only_said(nlp, text, words, who):
    q = quote_with(nlp, text, words)
    assert speaker_text(text, q) == who


def test_only_told_in_the_feminine_takes_no_masculine_speaker(nlp):
    q = quote_with(nlp, AMBASSADOR + "ولم تذكر سوى أن التحقيق مستمر.", "التحقيق")
    assert q.speaker is None


# -- 4. a construct's head counted ---------------------------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("واجتمع أعضاء المجلس الخمسة أمس.", [("أعضاء المجلس الخمسة", 5.0, "اعضاء", None)]),
    ("واجتمع أعضاء الحكومة الخمسة.", [("أعضاء الحكومة الخمسة", 5.0, "اعضاء", None)]),
    # (through a masculine nisba)
    ("وقدم سفراء الاتحاد الأوروبي الثلاثة أوراقهم.",
     [("سفراء الاتحاد الأوروبي الثلاثة", 3.0, "سفراء", None)]),
])
def test_a_singular_genitive_gives_the_count_to_its_head(nlp_amounts, text, want):
    assert amounts_of(nlp_amounts, text, DAY) == want


def test_an_adjective_after_a_noun_with_a_conjunction(nlp_amounts):
    # (the count is الدول's, the و before it no part of the span; was «غربيه»)
    assert amounts_of(nlp_amounts, "واتفقت إيران والدول الغربية الخمس على النص.", DAY) == [
        ("الدول الغربية الخمس", 5.0, "دول", None)]


@pytest.mark.parametrize("text, want", [
    # (guards: a plural genitive is counted; a plural in ي alone stays)
    ("وزار رؤساء الدول الثلاث المعرض.", [("الدول الثلاث", 3.0, "دول", None)]),
    ("وانهارت المباني الثلاثة.", [("المباني الثلاثة", 3.0, "مباني", None)]),
    ("وعاد قادة الأسلحة الثلاثة.", [("الأسلحة الثلاثة", 3.0, "اسلحه", None)]),
    # (a head أفعال before a genitive أفعال: the genitive is counted)
    ("ونشرت الشرطة أسماء الأشخاص الخمسة.", [("الأشخاص الخمسة", 5.0, "اشخاص", None)]),
])
def test_a_plural_genitive_keeps_the_count(nlp_amounts, text, want):
    assert amounts_of(nlp_amounts, text, DAY) == want


# -- 5. several reporters of an event -----------------------------------------------------------
@pytest.fixture(scope="module")
def full():
    return marsad.load()


def reporters_of(full, text, trigger):
    (ev,) = [e for e in full(text, published=DAY).events if e.trigger == trigger]
    return ev.reported_by and ev.reported_by.canonical, [r.canonical for r in ev.reporters]


def test_an_agency_and_the_speaker_it_relays_both_report(full):
    text = "ونقلت وكالة الأنباء السعودية عن عادل الجبير قوله: «مسلحون قتلوا عشرة مدنيين في حلب أمس»."
    assert reporters_of(full, text, "قتلوا") == (
        "Saudi Press Agency", ["Saudi Press Agency", JUBEIR])


def test_an_event_told_again_keeps_both_reporters(full):
    text = ("قتل مسلحون عشرة مدنيين في حلب أمس بحسب وكالة رويترز. وقالت وكالة الأنباء السعودية "
            "إن مسلحين قتلوا عشرة مدنيين في حلب أمس.")
    assert reporters_of(full, text, "قتل") == ("Reuters", ["Reuters", "Saudi Press Agency"])


@pytest.mark.parametrize("text, trigger, want", [
    ("وقال عادل الجبير: «مسلحون قتلوا عشرة مدنيين في حلب أمس».", "قتلوا", (JUBEIR, [JUBEIR])),
    ("قتل مسلحون عشرة مدنيين في حلب أمس.", "قتل", (None, [])),
])
def test_one_reporter_or_none(full, text, trigger, want):
    assert reporters_of(full, text, trigger) == want
