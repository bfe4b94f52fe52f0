"""Quotes leftovers, thirteenth session: what a document holds (وجاء في بيان لـ…), a statement
before its verb with its author in marks, an organisation named again by its head noun alone,
and three wrong speakers of the twelfth session's reading (docs/accuracy.md, "Quotes leftovers,
thirteenth session"). Sentences written for the test."""

from __future__ import annotations

import pytest

from _quotes_harness import nlp, quote_with, speaker_text  # noqa: F401 (a fixture, helpers)


# -- 1. what a document holds ------------------------------------------------------------------
@pytest.mark.parametrize("text, who", [
    ("وجاء في بيان لوزارة الداخلية أن الأمن مستتب في المدينة.", "وزارة الداخلية"),
    ("وجاء في بيان لـ«جبهة الخلاص» أن الوضع في المدينة هادئ.", "جبهة الخلاص"),
    ("وورد في تقرير صادر عن وزارة الصحة أن عدد المصابين ارتفع.", "وزارة الصحة"),
    ("وجاء في رسالة من وزير الخارجية أن الحكومة ترفض الاتهامات.", "وزير الخارجية"),
])
def test_what_a_document_holds_is_its_authors_quote(nlp, text, who):
    content = text.split(" أن ", 1)[1].rstrip(".")
    q = quote_with(nlp, text, content)
    assert q.kind == "indirect" and q.text == content
    assert speaker_text(text, q) == who
    assert q.reported_by is not None and q.reported_by.text.startswith(("بيان", "تقرير", "رسالة"))


def test_the_verb_alone_is_the_cue_of_wrd(nlp):
    # ورد is the verb (not و + رد, "reply"): the cue keeps its first letter
    text = "ورد في البيان: «لن نقبل بأي تسوية على حساب الشهداء»."
    q = quote_with(nlp, text, "تسوية")
    assert q.kind == "direct" and q.cue == "ورد"


def test_jaa_without_a_document_is_no_cue(nlp):
    # جاء في الوقت الذي …: no document after في, no quote
    text = "جاء في الوقت الذي أن الوزير وصل إلى المدينة متأخرا."
    assert nlp(text).quotes == []


# -- 1. a statement before its verb, its author in marks or named before by its head noun -----
def test_statement_with_its_author_in_marks_before_the_verb(nlp):
    text = "وقالت الحكومة إن الوضع مستقر. بيان لـ«جبهة الخلاص» أكد أن القتال مستمر."
    q = quote_with(nlp, text, "القتال")
    assert speaker_text(text, q) == "جبهة الخلاص"


def test_statement_of_the_movement_named_before(nlp):
    text = "أعلنت حركة حماس رفضها للاتفاق. وذكر بيان للحركة أن الاتفاق لا يلبي المطالب."
    q = quote_with(nlp, text, "يلبي")
    assert q.speaker is not None and q.speaker.actor_code is not None
    assert q.speaker.canonical != "بيان للحركة"
    assert "حماس" in text[:q.speaker.start]  # (the movement, coded as named before)


# -- 2. an organisation named again by its head noun --------------------------------------------
@pytest.mark.parametrize("text, head", [
    # the head noun outside the entity, before a name in marks
    ("دعت منظمة «هيومن رايتس ووتش» إلى الإفراج عن الناشط. وقالت المنظمة إن الناشط اختطف "
     "من منزله.", "المنظمة"),
    # a head noun the dictionaries hold no title for
    ("هاجمت حركة الشباب الصومالية قاعدة عسكرية. وقالت الحركة إن مقاتليها قتلوا عشرة جنود.",
     "الحركة"),
])
def test_head_noun_names_the_organisation_before(nlp, text, head):
    q = quote_with(nlp, text, text.split(" إن ", 1)[1][:6])
    assert speaker_text(text, q) == head
    assert q.speaker.actor_code is not None
    assert q.speaker.canonical != head


def test_head_noun_before_a_relative_is_resolved(nlp):
    # التي after المنظمة opens a relative clause; it is no adjective of a new body
    text = ("دعت منظمة «هيومن رايتس ووتش» الحوثيين إلى الإفراج عن الناشط. ووفق المنظمة التي "
            "يوجد مقرها في نيويورك، فإن الحوثيين خطفوا الناشط من منزله.")
    q = quote_with(nlp, text, "خطفوا")
    assert speaker_text(text, q) == "المنظمة" and q.speaker.actor_code is not None


def test_head_noun_before_a_nisba_is_not_resolved(nlp):
    # بنك الشعب الصيني read as «الشعب الصيني» (a nisba): البنك is not "the Chinese people"
    text = "قرر بنك الشعب الصيني خفض سعر الفائدة. وقال البنك إن القرار يهدف إلى دعم النمو."
    q = quote_with(nlp, text, "القرار")
    assert q.speaker is None or q.speaker.actor_code != "CHNCVL"


# -- 3. the sample's wrong speakers ---------------------------------------------------------------
def test_carried_past_a_named_person_with_an_unknown_given_name(nlp):
    text = ("وقال دونالد ترامب: «سأبني جدارا على الحدود».\n\n"
            "فقد اقترح جيب بوش تنظيم أوضاع المهاجرين تدريجيا، وهو أمر مرفوض من المحافظين.\n\n"
            "وقال: «أعتقد أن غالبية الناس لا خيار آخر لديهم».")
    q = quote_with(nlp, text, "غالبية")
    assert speaker_text(text, q) == "جيب بوش"


def test_relative_after_a_long_apposition(nlp):
    text = ("ودع البرنامج عددا من السياسيين، وكان من بينهم جون كيري، وزير الخارجية، وهيلاري "
            "كلينتون، وزيرة الخارجية السابقة، والآن، مرشحة الحزب الديمقراطي لانتخابات "
            "الرئاسة، والتي قالت في فيديو قصير: «تنهي برنامجك، بينما بدأت أنا حملتي».")
    q = quote_with(nlp, text, "برنامجك")
    assert speaker_text(text, q).startswith("هيلاري كلينتون")


def test_plural_participle_after_two_persons_and_a_dual_verb(nlp):
    text = ("تلقى الملك سلمان بن عبد العزيز اتصالين من الملك حمد بن عيسى آل خليفة ملك "
            "البحرين، والملك عبد الله الثاني عاهل الأردن، استنكرا فيهما الاعتداء، سائلين "
            "الله أن يتغمد الشهداء برحمته.")
    q = quote_with(nlp, text, "يتغمد")
    who = speaker_text(text, q)
    assert "سلمان" not in who
    assert "حمد" in who and "عبد الله الثاني" in who


def test_the_statement_named_again_is_of_who_spoke_in_it(nlp):
    # البيان names again the statement وزارة الدفاع spoke in; الذي is no part of the document
    text = ("قالت وزارة الدفاع في بيان إن القوات دخلت الجامعة. وجاء في البيان الذي بثه "
            "التلفزيون: «نزف لكم بشرى تحرير الجامعة من المسلحين».")
    q = quote_with(nlp, text, "بشرى")
    assert speaker_text(text, q) == "وزارة الدفاع"
    assert q.reported_by is not None and q.reported_by.text == "البيان"


def test_in_her_statement_is_the_body_the_pronoun_stands_for(nlp):
    text = ("أعلنت وزارة الصحة ارتفاع عدد الإصابات. وجاء في بيانها أن المستشفيات مستعدة "
            "لاستقبال المرضى.")
    q = quote_with(nlp, text, "المستشفيات")
    assert speaker_text(text, q) == "وزارة الصحة"  # (the ministry named before, coded)
    assert q.speaker.actor_code is not None


# -- the fresh reading of 2015-08-06 ---------------------------------------------------------
@pytest.mark.parametrize("text, who", [
    # قال فيه: the author of the statement or speech named just before
    ("جاء ذلك في البيان الذي أصدره الدكتور عبدالله التركي الأمين العام للرابطة، وقال فيه: "
     "«إن الرابطة تابعت بأسى التصريحات الأخيرة».", "الدكتور عبدالله التركي"),
    ("استند المصدر إلى خطاب للأمين العام لحزب الله حسن نصر الله، قال فيه «أينما يجب أن "
     "نكون، سنكون».", "حسن نصر الله"),
])
def test_said_in_it_is_the_author_of_the_document_before(nlp, text, who):
    q = quote_with(nlp, text, "ن")
    assert who in speaker_text(text, q)


def test_participle_after_a_title_a_nisba_and_a_named_person(nlp):
    # the named person of the phrase speaks, not the nisba (السوري) before him
    text = ("واستبعد القيادي السوري المعارض برهان غليون أن تكون هناك تسوية منجزة، مؤكدا "
            "لـ«الشرق الأوسط» أن مباحثات من عدة أطراف انطلقت.")
    q = quote_with(nlp, text, "مباحثات")
    assert speaker_text(text, q) == "برهان غليون"


@pytest.mark.parametrize("text, not_who", [
    # guards of the unknown-given-name rule: a verbal noun (انتخاب) and a titled name
    ("وقال جون كيري إن اللجنة ستدرس الأمر. وأعيد انتخاب أوباما لولاية ثانية، لكنه أعلن أنه "
     "لن يغير سياسته الخارجية.", "انتخاب"),
    ("وقالت سلمى حايك إن الفيلم سيعرض. هنا ساهم المخرج روبرتو رودريغيز بإعطائها دورا. "
     "وقالت: «كان هدية من السماء».", "ساهم"),
])
def test_no_given_name_from_a_verbal_noun_or_a_verb(nlp, text, not_who):
    for q in nlp(text).quotes:
        assert q.speaker is None or not_who not in text[q.speaker.start:q.speaker.end]
