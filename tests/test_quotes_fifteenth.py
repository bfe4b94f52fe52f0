"""Quotes leftovers, fifteenth session: letters with a title in marks (رسالة بعنوان «…»), a body
noun with no organisation of the dictionaries before it (وقالت الهيئة), dual verbs alone (وأكدا،
وقالا: the two named before), and a call's caller and the one called (تلقى X اتصالاً من Y، أكد
خلاله) (docs/accuracy.md, "Amounts and quotes on real news, fifteenth session"). Sentences
written for the test."""

from __future__ import annotations

import pytest

from _quotes_harness import nlp, quote_with, speaker_text  # noqa: F401 (a fixture, helpers)

SALMAN = "Salman bin Abdulaziz Al Saud"
HOLLANDE = "François Hollande"


# -- 1. letters: the title in marks names the letter, its sender speaks --------------------------
def test_the_sender_of_a_letter_named_before_it_speaks(nlp):
    # إلى الشعب is whom the letter went to (إلى is no adjective of رسالة), the president sent it
    text = ("ووجه الرئيس رسالة إلى الشعب بعنوان «معا نبني الوطن»، أكد فيها أن الحكومة ماضية في "
            "الإصلاح.")
    q = quote_with(nlp, text, "ماضية")
    assert speaker_text(text, q) == "الرئيس"


def test_a_title_in_marks_between_the_letter_and_its_sender(nlp):
    text = ("وجاء في رسالة بعنوان «نحو شراكة جديدة بين البلدين الصديقين» بعثها وزير الخارجية "
            "إلى نظيره أن الحكومة ترفض الاتهامات.")
    q = quote_with(nlp, text, "ترفض")
    assert speaker_text(text, q) == "وزير الخارجية"
    assert all("شراكة" not in x.text for x in nlp(text).quotes)  # the title is no quote


def test_a_letters_title_alone_is_no_quote(nlp):
    text = "وبعث الوزير رسالة بعنوان «نحو شراكة جديدة بين البلدين الصديقين» إلى نظيره."
    assert nlp(text).quotes == []


# -- 2. a body noun with nothing of the dictionaries before it -----------------------------------
def test_a_body_noun_names_the_body_that_spoke_before(nlp):
    text = "أعلنت هيئة حقوق الإنسان أنها تتابع القضية. وقالت الهيئة إن التحقيق مستمر."
    q = quote_with(nlp, text, "التحقيق")
    assert speaker_text(text, q) == "الهيئة"
    assert q.speaker.canonical == "هيئة حقوق الإنسان" and q.speaker.actor_code is None


@pytest.mark.parametrize("text", [
    "وقال التحالف إن العمليات مستمرة.",
    # the body's head, not the person who heads it
    "قال رئيس هيئة حقوق الإنسان بندر العيبان إن التقرير جاهز. وقالت الهيئة إن التحقيق مستمر.",
])
def test_a_body_noun_with_no_body_before_speaks_for_itself(nlp, text):
    q = quote_with(nlp, text, "مستمر")
    assert q.speaker is not None and q.speaker.canonical in ("التحالف", "الهيئة")
    assert q.speaker.actor_code is None


# -- 3. dual verbs alone ----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "التقى وزير الخارجية السعودي عادل الجبير نظيره الأمريكي جون كيري في الرياض. وقالا إن "
    "المحادثات كانت مثمرة.",
    "التقى وزير الخارجية السعودي عادل الجبير نظيره الأمريكي جون كيري في الرياض، وأكدا أن "
    "المحادثات كانت مثمرة.",
    # one of the two spoke alone in between
    "التقى وزير الخارجية السعودي عادل الجبير نظيره الأمريكي جون كيري في الرياض. وقال الجبير إن "
    "اللقاء مهم. وأكدا أن المحادثات كانت مثمرة.",
])
def test_a_dual_verb_speaks_for_the_two_named_before(nlp, text):
    q = quote_with(nlp, text, "مثمرة")
    assert q.speaker.canonical == "Adel al-Jubeir & John Kerry"
    assert q.speaker.actor_code == "GOV"  # two governments' ministers: the role they share
    assert speaker_text(text, q) in ("قالا", "أكدا")


def test_a_dual_verb_after_three_named_is_no_one_of_them(nlp):
    text = ("التقى وزير الخارجية عادل الجبير ونظيره الروسي سيرغي لافروف والأمريكي جون كيري في "
            "الدوحة. وقالا إن المحادثات كانت مثمرة.")
    q = quote_with(nlp, text, "مثمرة")
    assert q.speaker is None  # which two is not known; not the first of them alone


# -- 4. a call: the caller and the one called --------------------------------------------------------
def test_the_caller_speaks_in_a_call_received(nlp):
    text = ("وتلقى الملك سلمان بن عبدالعزيز اتصالا هاتفيا من الرئيس الفرنسي فرانسوا هولاند، أكد "
            "خلاله أن فرنسا تقف مع المملكة.")
    q = quote_with(nlp, text, "تقف")
    assert q.speaker.canonical == HOLLANDE  # (not خلاله, not the king who received the call)


def test_the_two_of_a_call_speak_with_a_dual(nlp):
    text = ("وأجرى الملك سلمان بن عبدالعزيز اتصالا هاتفيا بالرئيس الفرنسي فرانسوا هولاند، أكدا "
            "خلاله أن التعاون بين البلدين مهم.")
    q = quote_with(nlp, text, "التعاون")
    assert q.speaker.canonical == f"{SALMAN} & {HOLLANDE}"
    assert speaker_text(text, q) == "أكدا"


@pytest.mark.parametrize("text, who", [
    # the speaker named after "in it" (فيه), either party
    ("وتلقى الملك سلمان بن عبدالعزيز اتصالا هاتفيا من الرئيس الفرنسي فرانسوا هولاند، قال فيه "
     "هولاند إن فرنسا تقف مع المملكة.", HOLLANDE),
    ("وتلقى الملك سلمان بن عبدالعزيز اتصالا هاتفيا من الرئيس الفرنسي فرانسوا هولاند، قال فيه "
     "الملك سلمان إن المملكة تقدر موقف فرنسا.", SALMAN),
    # the caller of a call he made, singular: its subject
    ("وأجرى الملك سلمان بن عبدالعزيز اتصالا هاتفيا بالرئيس الفرنسي فرانسوا هولاند، أكد خلاله أن "
     "المملكة تقدر موقف فرنسا.", SALMAN),
    # في اتصال تلقاه من X، أكد Y: Y, named after the verb
    ("وفي اتصال هاتفي تلقاه من الرئيس الفرنسي فرانسوا هولاند، أكد الملك سلمان بن عبدالعزيز أن "
     "المملكة تقدر موقف فرنسا.", SALMAN),
])
def test_who_speaks_in_a_call(nlp, text, who):
    q = quote_with(nlp, text, "تقف" if who == HOLLANDE else "تقدر")
    assert q.speaker is not None and q.speaker.canonical == who


def test_a_dual_verb_after_two_bodies(nlp):
    text = ("ولم يرسل الاتحاد الأوروبي والاتحاد الأفريقي مراقبين لأنهما قالا إن العملية غير "
            "نزيهة.")
    q = quote_with(nlp, text, "نزيهة")
    assert q.speaker is not None and q.speaker.canonical == "European Union & African Union"


def test_a_participle_in_faail_is_no_dual_verb():
    # طالبا "asking" (the participle of طلب) is written as the dual of طالب: not two speakers
    from marsad.lexicon import load_lexicon
    from marsad.quotes.cues import compile_cues
    table = compile_cues(load_lexicon())
    assert table.lookup("اكدا").dual and table.lookup("قالا").dual
    assert table.lookup("يقولان").dual and table.lookup("اكدتا").dual
    assert not table.lookup("اكد").dual
    assert table.lookup("طالبا") is None or not table.lookup("طالبا").dual
