"""Quotes leftovers, fourteenth session: a letter's author named after its verb of sending
(رسالة بعثها X)، the verbs of making a document read from cues.json (`authoring_verb`), a bare
organisation noun with no antecedent, and dual speakers (docs/accuracy.md, "Quotes leftovers and a
fresh reading, fourteenth session"). Sentences written for the test."""

from __future__ import annotations

import json

import pytest

import marsad
from _quotes_harness import nlp, quote_with, speaker_text  # noqa: F401 (a fixture, helpers)

STAGES = ["layout", "sentences", "tokens", "actors", "quotes"]


# -- 2. the verbs of making a document are data --------------------------------------------------
def test_authoring_verbs_come_from_the_cues_dictionary():
    from marsad.lexicon import load_lexicon
    from marsad.quotes.cues import compile_cues
    table = compile_cues(load_lexicon())
    # أعدّته، أصدرها، أجراه/أجره: the past forms of cues.json with the document's pronoun
    assert {"اعدته", "اعدتها", "اصدره", "نشرتها", "اجرته", "اجريه", "اجره", "كتبها"} <= table.authoring
    assert "اعد" not in table.authoring  # (the verb alone, with no pronoun, is no author's mark)


def test_a_users_authoring_verb_names_the_author(tmp_path):
    text = "وأكد تقرير صاغته وزارة الداخلية أن الجرائم تراجعت هذا العام."
    plain = marsad.load(stages=STAGES)
    q = quote_with(plain, text, "الجرائم")
    assert q.reported_by is None  # صاغته is no verb of making a document in cues.json
    extra = {"lexicon": "cues", "version": "1", "description": "drafted",
             "entries": [{"role": "authoring_verb", "ar": ["صاغ", "صاغت"]}]}
    (tmp_path / "more_cues.json").write_text(json.dumps(extra, ensure_ascii=False), "utf-8")
    users = marsad.load(stages=STAGES, lexicon_dirs=[tmp_path])
    q = quote_with(users, text, "الجرائم")
    assert speaker_text(text, q) == "وزارة الداخلية"
    assert q.reported_by is not None and q.reported_by.text == "تقرير"


# -- 1. a letter's author named after its verb of sending ----------------------------------------
@pytest.mark.parametrize("text", [
    "وجاء في رسالة بعثها وزير الخارجية إلى نظيره الفرنسي أن الحكومة ترفض الاتهامات.",
    "وجاء في رسالة بعث بها وزير الخارجية إلى نظيره الفرنسي أن الحكومة ترفض الاتهامات.",
    "وجاء في رسالة أرسلها أمس وزير الخارجية إلى نظيره أن الحكومة ترفض الاتهامات.",
    "وأكد في رسالة وجهها وزير الخارجية إلى الأمم المتحدة أن الحكومة ترفض الاتهامات.",
    "وكان الرئيس قد استقبل الوفد. وفي رسالة بعثها وزير الخارجية إلى نظيره الفرنسي، قال فيها إن "
    "الحكومة ترفض الاتهامات.",
])
def test_the_author_of_a_letter_sent_speaks(nlp, text):
    q = quote_with(nlp, text, "ترفض الاتهامات")
    assert speaker_text(text, q) == "وزير الخارجية"


def test_a_letter_sent_in_marks_is_its_authors(nlp):
    text = "وجاء في رسالة وجهتها وزيرة الخارجية إلى نظيرها: «نحن نرفض الاتهامات»."
    q = quote_with(nlp, text, "نرفض")
    assert q.kind == "direct" and speaker_text(text, q) == "وزيرة الخارجية"
    assert q.reported_by is not None and q.reported_by.text == "رسالة"


def test_a_study_conducted_names_its_author_with_the_alif():
    # أجراه: أجرى with the document's pronoun keeps its alif (أجره was read before)
    from marsad.lexicon import load_lexicon
    from marsad.quotes.cues import compile_cues
    table = compile_cues(load_lexicon())
    assert {"اجراه", "اجراها", "بعثها", "ارسله", "وجهتها"} <= table.authoring
    assert {"بعث", "ارسلت"} <= table.authoring_bare


# -- 3. a bare organisation noun speaks for itself -------------------------------------------------
@pytest.mark.parametrize("text, noun", [
    # the council's speaker, named before with a title holding المجلس, is not the council
    ("قال رئيس مجلس الشورى الشيخ عبدالله آل الشيخ إن الوضع صعب. وقال المجلس إن الأمور تحت "
     "السيطرة.", "المجلس"),
    ("قال رئيس هيئة الأركان العامة الفريق عبدالرحمن البنيان إن الوضع صعب. وقالت الهيئة إن "
     "الأمور تحت السيطرة.", "الهيئة"),
])
def test_a_bare_body_noun_is_no_person_named_before(nlp, text, noun):
    q = quote_with(nlp, text, "تحت السيطرة")
    assert speaker_text(text, q) == noun
    assert q.speaker.type != "PERSON" and q.speaker.canonical == noun


def test_a_bare_ministry_keeps_its_role_code(nlp):
    text = "قال الرئيس باراك أوباما إن الاتفاق جيد. وأعلنت الوزارة أن الرحلات ستستأنف غدا."
    q = quote_with(nlp, text, "الرحلات")
    assert speaker_text(text, q) == "الوزارة" and q.speaker.actor_code == "GOV"


@pytest.mark.parametrize("text, code", [
    # التحالف after «مقاتلات التحالف العربي» and «قوات التحالف»: the head is the second word
    ("وشنت مقاتلات التحالف العربي غارات على صنعاء. وقال التحالف إن الغارات استهدفت مخازن أسلحة.",
     "SAUMIL"),
    ("وأعلنت قوات التحالف أن الطائرات عادت سالمة. وقال التحالف إن الغارات استهدفت مخازن أسلحة.",
     "MIL"),
])
def test_the_coalition_named_before_as_its_forces(nlp, text, code):
    q = quote_with(nlp, text, "مخازن")
    assert speaker_text(text, q) == "التحالف" and q.speaker.actor_code == code


def test_the_trade_ministry_named_again_by_its_genitive(nlp):
    text = "أصدرت وزارة التجارة عقوبة الإغلاق لمعمل. وكانت التجارة قد كشفت أن المعمل يخدع الزبائن."
    q = quote_with(nlp, text, "المعمل يخدع")
    assert speaker_text(text, q) == "التجارة" and q.speaker.actor_code == "GOV"
    assert "trade" in q.speaker.canonical


def test_security_is_not_the_security_council(nlp):
    # guard: مجلس is no `construct_head`, so الأمن alone is not مجلس الأمن named again
    text = "عقد مجلس الأمن الدولي جلسة طارئة. وقال الأمن إن الهدوء عاد إلى المدينة."
    q = quote_with(nlp, text, "الهدوء")
    assert speaker_text(text, q) == "الأمن" and q.speaker.actor_code == "COP"


# -- 4. dual speakers -------------------------------------------------------------------------------
@pytest.mark.parametrize("text, dual, code, names", [
    ("التقى وزير الخارجية السعودي عادل الجبير نظيره الأمريكي جون كيري في الدوحة. وقال الوزيران "
     "إن الاتفاق يخدم الاستقرار.", "الوزيران", "GOV", ("al-Jubeir", "Kerry")),
    ("اجتمع ولي ولي العهد الأمير محمد بن سلمان مع وزير الخارجية عادل الجبير. وأكد الجانبان أن "
     "الاتفاق يخدم الاستقرار.", "الجانبان", "SAUGOV", ("Mohammed bin Salman", "al-Jubeir")),
    ("وقعت السعودية وفرنسا اتفاقية للتعاون. وقال الطرفان إن الاتفاق يخدم الاستقرار.", "الطرفان",
     None, ("Saudi", "France")),
])
def test_a_dual_speaks_for_the_two_named_before(nlp, text, dual, code, names):
    q = quote_with(nlp, text, "الاتفاق يخدم")
    assert speaker_text(text, q) == dual and q.speaker.actor_code == code
    assert all(n in q.speaker.canonical for n in names)


@pytest.mark.parametrize("text", [
    "وأكد الجانبان أن الاتفاق يخدم الاستقرار.",  # no one named before
    # three named together: which two is not known
    "التقى الملك سلمان الرئيس الفرنسي فرانسوا هولاند بحضور الأمير محمد بن سلمان. وأكد الجانبان "
    "أن الاتفاق يخدم الاستقرار.",
])
def test_a_dual_with_no_pair_before_keeps_the_noun(nlp, text):
    q = quote_with(nlp, text, "الاتفاق يخدم")
    assert speaker_text(text, q) == "الجانبان"
    assert q.speaker.canonical == "الجانبان" and q.speaker.actor_code is None


# -- 5. the fresh reading: an unknown name then its title before the verb -------------------------
def test_an_unknown_name_then_its_title_before_the_verb(nlp):
    text = "لكن حنيفة أمان وزير الخارجية الماليزي قال إن دول الرابطة اتفقت على التهدئة."
    q = quote_with(nlp, text, "الرابطة")
    assert speaker_text(text, q) == "حنيفة أمان"
    assert q.speaker.type == "PERSON" and q.speaker.actor_code == "MYSGOV"


@pytest.mark.parametrize("text, who", [
    # a name the dictionaries do not know after the verb of sending, then the one it went to
    ("وأكد في رسالة وجهها بارزاني إلى الرأي العام أنه لا بديل عن الحوار.", "بارزاني"),
    # past an adverb in tanween and the means (بالبريد الإلكتروني)
    ("وجاء في رسالة بعثها مؤخراً بالبريد الإلكتروني جون سميث، الرئيس التنفيذي للشركة، أن "
     "لا بديل عن الحوار.", "جون سميث"),
])
def test_the_sender_past_an_adverb_or_unknown(nlp, text, who):
    q = quote_with(nlp, text, "لا بديل")
    assert speaker_text(text, q).startswith(who)


def test_the_one_a_letter_was_sent_to_is_not_its_author(nlp):
    # guard: إلى الموظفين after the means is the recipient, not the author
    text = "وجاء في رسالة بعثها بالبريد الإلكتروني إلى الموظفين أن لا بديل عن الحوار."
    q = quote_with(nlp, text, "لا بديل")
    assert q.speaker is None
