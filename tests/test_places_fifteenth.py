"""Where events happened, fifteenth session: a byline whose place comes last (واس- عمّان:،
REPORTER- OUTLET- CITY:) is the article's dateline; the place of an event's target, right after
it (أدان الهجمات التي نفذها مقاتلو الحزب في تركيا), is not where a statement about it
was made; a division whose name no dictionary has (محافظة X) is a region of the country of
its context; place names that are common words or family names (مسقط رأسه، محمد الشدادي) are
no place. Sentences written for these tests; every expected place checked by hand against the
sentence and cities.json / countries.json."""

from __future__ import annotations

import pytest

from marsad.text.layout import detect_blocks

from _places_harness import events_of as _events, place_of as _place


# -- 1. bylines with the place last ---------------------------------------------------------------

@pytest.mark.parametrize("text, dateline", [
    ("عبدالله الراجحي- سبق- جدة: فتحت الشركة تحقيقاً في إصابة أحد العاملين بالمطار أمس.",
     "عبدالله الراجحي- سبق- جدة:"),
    ("سعود الدعجاني – سبق – تبوك: أصدرت الهيئة قراراً جديداً بشأن المواقع السياحية.",
     "سعود الدعجاني – سبق – تبوك:"),
    # a place written with its shadda, and two outlets before the dash
    ("واس- عمّان: وصل وزير الخارجية إلى العاصمة الأردنية اليوم في زيارة رسمية.", "واس- عمّان:"),
    ("سبق، واس- الباحة: افتتح أمير المنطقة اليوم مشروعاً جديداً للمياه.", "سبق، واس- الباحة:"),
    ("د ب أ - لندن: قالت الشرطة البريطانية اليوم إنها اعتقلت رجلاً في وسط المدينة.",
     "د ب أ - لندن:"),
    # after a headline
    ("الشرطة تعتقل ثلاثة لصوص\nأحمد الزهراني- سبق- مكة المكرّمة: اعتقلت الشرطة ثلاثة أشخاص "
     "بتهمة السرقة.", "أحمد الزهراني- سبق- مكة المكرّمة:"),
])
def test_a_byline_with_the_place_last_is_a_dateline(text, dateline):
    blocks = [b for b in detect_blocks(text) if b.kind == "dateline"]
    assert [text[b.start:b.end] for b in blocks] == [dateline]


@pytest.mark.parametrize("text, name", [
    ("عبدالله الراجحي- سبق- جدة: اعتقلت الشرطة اليوم ثلاثة أشخاص بتهمة السرقة.", "Jeddah"),
    ("واس- عمّان: التقى وزير الخارجية السعودي نظيره الأردني اليوم.", "Amman"),
    # the place after the last dash, not a reporter's family name that is a town's too
    ("سالم البصرة- سبق- الرياض: اعتقلت الشرطة اليوم ثلاثة أشخاص بتهمة السرقة.", "Riyadh"),
])
def test_the_byline_place_places_the_article(nlp, text, name):
    loc = _place(nlp, text, "")
    assert loc is not None and (loc.name, loc.source) == (name, "dateline")


@pytest.mark.parametrize("text, dateline", [
    # a byline on a line of its own, no colon, the body on the next line
    ("عبدالرحمن الشهري – الرياض\nأخمدت فرق الدفاع المدني حريقاً اندلع في منزل بحي النسيم.",
     "عبدالرحمن الشهري – الرياض"),
    ("عين اليوم – متابعات\nأكدت وزارة العمل أنها ستوقف الخدمات عن المؤسسات المخالفة.",
     "عين اليوم – متابعات"),
    ("الرياض - واس\nأصدر مجلس الشورى خلال الفترة الماضية عدداً من القرارات المهمة.",
     "الرياض - واس"),
])
def test_a_byline_line_of_its_own_is_a_dateline(text, dateline):
    blocks = detect_blocks(text)
    assert (blocks[0].kind, text[blocks[0].start:blocks[0].end]) == ("dateline", dateline)
    assert blocks[1].kind == "body"


@pytest.mark.parametrize("text, name", [
    ("عبدالرحمن الشهري – الرياض\nاعتقلت الشرطة ثلاثة أشخاص بتهمة السرقة من متجر كبير.", "Riyadh"),
    ("الرياض - واس\nاعتقلت الشرطة ثلاثة أشخاص بتهمة السرقة من متجر كبير.", "Riyadh"),
])
def test_a_byline_line_places_the_article(nlp, text, name):
    loc = _place(nlp, text, "17")
    assert loc is not None and (loc.name, loc.source) == (name, "dateline")


def test_a_reporter_named_like_a_town_in_a_byline_with_no_place_places_nothing(nlp):
    # الأحمدي is a town of Kuwait in cities.json and a family name; «متابعات» names no place
    text = "لجين الأحمدي – متابعات\nاعتقلت الشرطة ثلاثة أشخاص بتهمة السرقة من متجر كبير."
    doc, evs = _events(nlp, text, "17")
    assert [b.kind for b in doc.blocks][:2] == ["dateline", "body"]
    assert all(ev.location is None for ev in evs)
    # nor is the reporter the source of an event of the body
    assert all(ev.source is None or ev.source.text != "لجين الأحمدي" for ev in doc.events)


# -- 2. the place of the target of a statement ----------------------------------------------------

@pytest.mark.parametrize("text, cameo", [
    # criticism, an appeal, praise: said about an actor who is there, not made there
    ("أدان الرئيس الهجمات التي نفذها مقاتلو الحزب في تركيا.", "11"),
    ("انتقد الرئيس المصري حركة حماس في غزة.", "11"),
    ("طالب الوزير المسؤولين في عدن بالاستقالة.", "02"),
    ("رحبت مصر بقرار الحكومة في ليبيا.", "05"),
    ("أشاد الملك بسفيره في واشنطن.", "05"),
])
def test_the_place_of_a_statements_target_is_not_where_it_was_made(nlp, text, cameo):
    assert _place(nlp, text, cameo) is None


def test_only_a_statements_target_loses_its_place(nlp):
    # the same target and place after a condemnation, and after a meeting, force, a summons
    # and a statement made there: these happen where their target is, or where they say
    assert _place(nlp, "انتقد وزير الخارجية المصري السفير الأمريكي في القاهرة.", "11") is None
    for text, cameo, name in (
            ("اجتمع وزير الخارجية المصري بالسفير الأمريكي في القاهرة.", "04", "Cairo"),
            ("هاجم المسلحون الشرطة في عدن.", "19", "Aden"),
            ("استدعت الخارجية الإيرانية السفير السعودي في طهران.", "16", "Tehran"),
            ("انتقد الرئيس المصري حركة حماس أمس في القاهرة.", "11", "Cairo")):
        loc = _place(nlp, text, cameo)
        assert loc is not None and loc.name == name, text


# -- 3. divisions no dictionary has ---------------------------------------------------------------

@pytest.mark.parametrize("text, cameo, name, country", [
    # the country from the dateline; the name as written, no point
    ("عبدالرحمن الشهري – أبها\nاعتقلت الشرطة ثلاثة أشخاص في محافظة تنومة.", "17", "تنومة", "SAU"),
    # from the source's nisba
    ("قتلت قوات الأمن الهندية خمسة مسلحين بولاية أوتار.", "18", "أوتار", "IND"),
    # no country anywhere: none
    ("اعتقلت الشرطة ثلاثة أشخاص بمحافظة تنومة.", "17", "تنومة", None),
])
def test_a_division_with_no_entry_is_a_region_of_its_contexts_country(nlp, text, cameo, name,
                                                                       country):
    loc = _place(nlp, text, cameo)
    assert loc is not None
    assert (loc.name, loc.country, loc.type, loc.feature_id, loc.source) == (
        name, country, "region", name + " (region)", "sentence")
    assert (loc.lat, loc.lon) == (None, None)


def test_no_division_is_made_of_an_adjective_a_title_or_a_place_whence(nlp):
    # محافظة جديدة "a new governorate", محافظ محافظة X "the governor of", من … بمحافظة: whence
    assert _place(nlp, "اعتقلت الشرطة ثلاثة أشخاص بمحافظة تنومة.", "17") is not None
    for text, cameo in (
            ("اعتقلت الشرطة ثلاثة أشخاص في محافظة جديدة.", "17"),
            ("قال محافظ محافظة تنومة إن الشرطة اعتقلت ثلاثة أشخاص.", "17"),
            ("أرسل مركز الملك سلمان للإغاثة المساعدات من مستودعاته بمحافظة شرورة إلى اليمن.", "07")):
        assert _place(nlp, text, cameo) is None, text


# -- 4. place names that are family names or common words -----------------------------------------

def _places_of(nlp, text):
    return [e.canonical for e in nlp(text).entities if e.type in ("GPE", "LOC")]


@pytest.mark.parametrize("text", [
    # family names (words.json place_homographs): الأحمدي (Ahmadi, Kuwait), الشدادي (Syria)
    "وأكد الأحمدي أن الشرطة اعتقلت ثلاثة أشخاص.",
    "التقى النائب محمد الشدادي وزير الخارجية.",
    # a phrase (place_idioms): مسقط رأسه "his birthplace", not Muscat
    "زار الرئيس مسقط رأسه.",
    # words that fold like a nisba (nisba_homographs): the channel, the course of events
    "وأكد الخبراء أن المجرى الملاحي آمن.",
    "وتابع الوزير مجريات الأحداث.",
])
def test_a_common_word_or_family_name_is_no_place(nlp, text):
    assert _places_of(nlp, text) == []


def test_the_places_themselves_are_still_read(nlp):
    assert _places_of(nlp, "زار الرئيس مسقط رأسه.") == []
    for text, name in (
            ("اعتقلت الشرطة مسلحين في محافظة الأحمدي.", "Ahmadi"),
            ("سيطر المسلحون على مدينة الشدادي.", "Shaddadi"),
            ("وصل الوزير إلى مسقط أمس.", "Muscat"),
            ("عاد الرئيس إلى مسقط بعد زيارة رأسها.", "Muscat")):
        assert _places_of(nlp, text) == [name], text
    # the Hungarian nisba, written with ي, is still Hungary's
    doc = nlp("قال المسؤول المجري إن بلاده ستغلق الحدود.")
    assert [e.country for e in doc.entities if e.country == "HUN"]


def test_a_birthplace_visit_is_placed_at_the_place_named_after_it(nlp):
    loc = _place(nlp, "وصل الرئيس الأمريكي إلى مسقط رأسه، كينيا.", "042")
    assert loc is not None and loc.name == "Kenya"
