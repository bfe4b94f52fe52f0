"""Quotes and amounts leftovers, twenty-second session: a woman's given name that is also a word
(وعد، أمل) after a feminine verb of saying opens the speaker's name; a title in the construct
dual (وزيرا الخارجية والدفاع، رئيسا وزراء …) is two speakers, the pair named before when there
is one; تصل إلى after a total is the total reached, not "up to"; a number after a construct
chain (أعضاء مجلس الأمن الخمسة عشر، وزراء خارجية دول مجلس التعاون الست) counts the chain's
plural head that agrees with it, and such a chain is the whole speaker; كلاهما، كل منهما and
الأخير as speakers are the actors named before (docs/accuracy.md, "Quotes and amounts
leftovers, twenty-second session"). Sentences written for the test."""

from __future__ import annotations

import pytest

import marsad
from _amounts_harness import amounts_of, nlp_amounts  # noqa: F401 (a fixture, a helper)
from _quotes_harness import nlp, quote_with, speaker_text  # noqa: F401 (a fixture, helpers)

DAY = "2015-08-05"
MET = "التقى عادل الجبير وجون كيري في الرياض أمس. "
MET_TITLED = "التقى وزير الخارجية عادل الجبير ونظيره الأمريكي جون كيري في الرياض أمس. "


@pytest.fixture(scope="module")
def nlp_all():
    return marsad.load()


# -- 1. a woman's given name that is also a word ---------------------------------------------
@pytest.mark.parametrize("text, words, speaker", [
    ("وقالت وعد الأسد إن الحملة ناجحة.", "الحملة", "وعد الأسد"),
    ("وقالت أمل الحربي إن المدرسة مغلقة.", "المدرسة", "أمل الحربي"),
    ("وأكدت منى الشمري أن المكتبة تعمل.", "المكتبة", "منى الشمري"),
    # (a listed name that already opened a phrase: kept)
    ("وقالت نور العتيبي إن الجمعية تعمل.", "الجمعية", "نور العتيبي"),
])
def test_a_womans_name_that_is_a_word_speaks(nlp, text, words, speaker):
    assert speaker_text(text, quote_with(nlp, text, words)) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    # (guards: the verb وعد with its own subject; أمل as a noun inside the quote)
    ("وعد الوزير بأن يبدأ المشروع.", "المشروع", "الوزير"),
    ("قالت الوزارة إن أمل الشعب كبير.", "الشعب", "الوزارة"),
])
def test_the_word_itself_is_no_name(nlp, text, words, speaker):
    assert speaker_text(text, quote_with(nlp, text, words)) == speaker


def test_a_masculine_verb_before_the_name_opens_no_name(nlp):
    # (وعد after a masculine verb is no woman: no speaker phrase opens with the verb)
    text = "وقال وعد الأسد إن الحملة ناجحة."
    q = quote_with(nlp, text, "الحملة")
    assert q.speaker is None or speaker_text(text, q) != "وعد الأسد"


# -- 2. titles in the construct dual -----------------------------------------------------------
@pytest.mark.parametrize("text, words, speaker, code", [
    ("وقال وزيرا الخارجية والدفاع في البلدين إن التعاون مستمر.", "التعاون",
     "وزيرا الخارجية والدفاع في البلدين", "GOV"),
    ("وقال رئيسا وزراء الهند وباكستان إن الحوار مهم.", "الحوار",
     "رئيسا وزراء الهند وباكستان", "GOV"),
])
def test_a_dual_title_is_the_whole_phrase(nlp, text, words, speaker, code):
    q = quote_with(nlp, text, words)
    assert speaker_text(text, q) == speaker
    assert q.speaker.actor_code == code


def test_a_dual_title_takes_the_country_it_names(nlp):
    text = "وأكد وزيرا التعليم والصحة السعوديان أن المدارس آمنة."
    q = quote_with(nlp, text, "المدارس")
    assert speaker_text(text, q) == "وزيرا التعليم والصحة السعوديان"
    assert q.speaker.actor_code == "SAUGOV"


def test_a_dual_title_with_the_two_names(nlp):
    # (a guard: the two named in the phrase are the pair, as before)
    text = "وأكد وزيرا الخارجية عادل الجبير وجون كيري أن العلاقات قوية."
    assert quote_with(nlp, text, "العلاقات").speaker.canonical == "Adel al-Jubeir & John Kerry"


def test_a_dual_title_is_the_pair_named_before(nlp):
    text = MET_TITLED + "وقال وزيرا خارجية البلدين إن العلاقات قوية. وأضافا أن التعاون مستمر."
    q = quote_with(nlp, text, "العلاقات")
    assert speaker_text(text, q) == "وزيرا خارجية البلدين"
    assert q.speaker.canonical == "Adel al-Jubeir & John Kerry"
    # (the dual verb after it goes on with the pair)
    assert quote_with(nlp, text, "التعاون").speaker.canonical == "Adel al-Jubeir & John Kerry"


def test_a_singular_in_the_accusative_is_no_dual(nlp):
    # (رئيساً with tanween: "as president", no speaker phrase)
    text = "وقال رئيساً للوزراء إن الحوار مهم."
    q = quote_with(nlp, text, "الحوار")
    assert q.speaker is None or "رئيس" not in speaker_text(text, q)


# -- 3. تصل إلى after a total ------------------------------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("ووقع الطرفان عقوداً بقيمة إجمالية تصل إلى 5 ملايين ريال.",
     [("5 ملايين ريال", 5e6, "SAR", None)]),
    ("وقدم المركز خدماته بإجمالي جلسات تصل إلى 7100 جلسة.",
     [("7100 جلسة", 7100.0, "جلسه", None)]),
    # (the parts and the total: three amounts, the total no sum and no range of them)
    ("وبلغت قيمة العقد الأول مليوني ريال والثاني ثلاثة ملايين ريال بقيمة إجمالية تصل إلى 5 "
     "ملايين ريال.",
     [("مليوني ريال", 2e6, "SAR", None), ("ثلاثة ملايين ريال", 3e6, "SAR", None),
      ("5 ملايين ريال", 5e6, "SAR", None)]),
])
def test_a_total_reached_is_no_bound(nlp_amounts, text, want):
    assert amounts_of(nlp_amounts, text, DAY) == want


def test_a_total_keeps_no_range(nlp_amounts):
    amounts = nlp_amounts("ووقع الطرفان عقوداً بقيمة إجمالية تصل إلى 5 ملايين ريال.",
                          published=DAY).amounts
    assert [(a.low, a.high) for a in amounts] == [(None, None)]


@pytest.mark.parametrize("text, want", [
    # (guards: with no total, and ما يصل إلى even after one, "up to")
    ("وتقدم الشركة قروضاً تصل إلى 5 ملايين ريال.",
     [("تصل إلى 5 ملايين ريال", 5e6, "SAR", "up to")]),
    ("وبلغ مجموع المستفيدين ما يصل إلى 500 شخص.",
     [("ما يصل إلى 500 شخص", 500.0, "شخص", "up to")]),
])
def test_up_to_without_a_total(nlp_amounts, text, want):
    assert amounts_of(nlp_amounts, text, DAY) == want


# -- 4. construct chains -----------------------------------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("واجتمع أعضاء مجلس الأمن الخمسة عشر أمس.",
     [("أعضاء مجلس الأمن الخمسة عشر", 15.0, "اعضاء", None)]),
    ("وحضر وزراء خارجية دول مجلس التعاون الست.",
     [("دول مجلس التعاون الست", 6.0, "دول", None)]),
    ("وزار الوفد دول الخليج العربي الست.", [("دول الخليج العربي الست", 6.0, "دول", None)]),
    # (a verbal noun تفعّل as the genitive: no plural فعول)
    ("وتقام الأنشطة في مراكز التسوق السبعة.", [("مراكز التسوق السبعة", 7.0, "مراكز", None)]),
    # (a number in ة counts the men further back, not the states)
    ("والتقى سفراء دول الاتحاد الأوروبي الثلاثة.",
     [("سفراء دول الاتحاد الأوروبي الثلاثة", 3.0, "سفراء", None)]),
])
def test_a_chain_counts_its_plural_head(nlp_amounts, text, want):
    assert amounts_of(nlp_amounts, text, DAY) == want


def test_a_chain_head_after_wa(nlp_amounts):
    # (the head's و is no part of it; the span opens at the head)
    text = "وشددت الإجراءات في القاهرة، ومحافظات القناة الثلاث، والشرقية."
    assert amounts_of(nlp_amounts, text, DAY) == [
        ("محافظات القناة الثلاث", 3.0, "محافظات", None)]


@pytest.mark.parametrize("text, want", [
    # (guards: a plural genitive is counted itself — أفعال، فعول، أفعلة، أفاعيل، a listed plural —
    # and no chain goes back past a demonstrative or بخاصة)
    ("وأعلن أسماء الأشخاص الخمسة.", [("الأشخاص الخمسة", 5.0, "اشخاص", None)]),
    ("وزار رؤساء الدول الست.", [("الدول الست", 6.0, "دول", None)]),
    ("واستمعت إلى أقوال الشهود الأربعة.", [("الشهود الأربعة", 4.0, "شهود", None)]),
    ("ودرس مذاهب الأئمة الأربعة.", [("الأئمة الأربعة", 4.0, "ايمه", None)]),
    ("ونقل أفراد الفرق الأربعة.", [("الفرق الأربعة", 4.0, "فرق", None)]),
    ("وقرأ وبخاصة الأناجيل الأربعة.", [("الأناجيل الأربعة", 4.0, "اناجيل", None)]),
    ("وكان كل من هؤلاء القادة السبعة حاضرا.", [("القادة السبعة", 7.0, "قاده", None)]),
])
def test_a_plural_genitive_is_still_counted(nlp_amounts, text, want):
    assert amounts_of(nlp_amounts, text, DAY) == want


def test_a_chain_is_the_whole_speaker(nlp):
    text = "وقال وزراء خارجية دول مجلس التعاون الست إن الأزمة خطيرة."
    q = quote_with(nlp, text, "الأزمة")
    assert speaker_text(text, q) == "وزراء خارجية دول مجلس التعاون الست"
    assert q.speaker.actor_code == "GOV"


# -- 5. pronouns of the two and the latter -----------------------------------------------------
@pytest.mark.parametrize("said", ["وقال كلاهما", "وقال كل منهما"])
def test_both_of_them_are_the_pair(nlp, said):
    text = MET + said + " إن العلاقات قوية."
    q = quote_with(nlp, text, "العلاقات")
    assert q.speaker.canonical == "Adel al-Jubeir & John Kerry"


def test_the_latter_is_the_last_named(nlp):
    text = MET + "وقال الأخير إن العلاقات قوية."
    q = quote_with(nlp, text, "العلاقات")
    assert (q.speaker.canonical, q.speaker.actor_code) == ("John Kerry", "USAGOV")
    assert speaker_text(text, q) == "الأخير"


def test_the_feminine_latter_may_be_a_country(nlp):
    text = "وانتقدت السعودية إيران بشدة. وقالت الأخيرة إن الاتهامات باطلة."
    assert quote_with(nlp, text, "الاتهامات").speaker.canonical == "Iran"


def test_the_latter_with_no_one_before_is_no_speaker(nlp):
    # (the lead's review, twenty-second session: unresolved, not the word as a speaker)
    text = "وقال الأخير إن العلاقات قوية."
    assert quote_with(nlp, text, "العلاقات").speaker is None


def test_the_latter_relayed_by_an_agency(nlp_all):
    text = MET + "ونقلت وكالة الأنباء السعودية عن الأخير قوله إن مسلحين قتلوا عشرة جنود في اليمن."
    doc = nlp_all(text, published=DAY)
    q = quote_with(nlp_all, text, "مسلحين")
    assert q.speaker.canonical == "John Kerry"
    told = [e for e in doc.events if e.reported_by is not None]
    assert told and [r.canonical for r in told[0].reporters] == ["Saudi Press Agency",
                                                                  "John Kerry"]


def test_both_relayed_by_an_agency(nlp_all):
    text = MET + "ونقلت وكالة الأنباء السعودية عن كليهما قولهما إن مسلحين قتلوا عشرة جنود في اليمن."
    q = quote_with(nlp_all, text, "مسلحين")
    assert q.speaker.canonical == "Adel al-Jubeir & John Kerry"
