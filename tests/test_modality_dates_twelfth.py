"""Event modality and dates, twelfth session (docs/accuracy.md, "Event modality and dates
leftovers, twelfth session"), on sentences written for this file, values worked out by hand:

- a generic act whose doer and victim are nouns of two kinds of person, neither with its case
  written (قتل رجال نساء، قتلت امرأة طفلة، أن رجالاً قتلوا نساء) is `habitual`; a victim joined
  by و, an adjective, a party or a sign of a happening keeps it news;
- a vague count of years (وبعد سنوات، ومنذ سنوات) ends a story told of an old year; a story goes
  on with the months it tells (في 2012 … بعد سنتين … نوفمبر … ديسمبر … يوليو: the July is not of
  the story's year); a delivery month (تسليم ديسمبر) is the coming one;
- the words of the duration qualifiers, span words and ago qualifiers (dates.json) and of the
  amounts stage's uncounted words (amounts.json) are dictionary categories a user's file extends.

Publication date Sunday 2 August 2015 unless a test says otherwise (a month with no year is the
nearest one: within nine months before, three after).
"""

from __future__ import annotations

import json

import pytest
from _pipelines import date_triples, detect, nlp_dates, trigger_modalities  # noqa: F401

import marsad
from marsad.dates.lexicon import date_words
from marsad.stages.amounts import amount_words

PUBLISHED = "2015-08-02"
AMOUNT_STAGES = ["layout", "sentences", "tokens", "dates", "amounts"]


def values(nlp, text, published=PUBLISHED):
    return [(t, v) for t, v, _g in date_triples(nlp, text, published)]


# -- generic acts between two kinds of person ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "قتل رجال نساء، وهذا ما لا يقبله العقل.",
    "قتلت امرأة طفلة، وهذا ما لا يقبله العقل.",
    # an adjective of the doer between
    "قتل رجل ظالم طفلة، وهذا ما لا يقبله العقل.",
    # after أن / إن: the doer with or without its tanween's alif
    "ويروي الكاتب أن رجالاً قتلوا نساء بلا رحمة.",
    "وقد قيل في الأمثال إن امرأة قتلت طفلة.",
])
def test_a_generic_act_between_two_kinds_of_person_is_habitual(detect, text):
    got = trigger_modalities(detect, text)
    assert got and got[0][1] == "habitual", got


@pytest.mark.parametrize("text", [
    # the second joined by و: both were killed
    "قتل رجال ونساء في القصف.",
    # an adjective, not a kind of person: a pregnant woman was killed
    "قتلت امرأة حامل، وهذا مؤلم.",
    # a construct with a noun of no kind: a citizen's wife
    "قتلت زوجة مواطن، وهذا مؤلم.",
    # a doer that names a party, a sign of a happening
    "قتل مسلحون نساء، وهذا ما لا يقبله العقل.",
    "قتلت امرأة طفلة في الرياض أمس.",
])
def test_other_acts_with_such_nouns_stay_news(detect, text):
    got = trigger_modalities(detect, text)
    assert got and got[0][1] == "asserted", got


# -- the year of a story -------------------------------------------------------------------------

@pytest.mark.parametrize("count", ["وبعد سنوات", "ومنذ سنوات", "وبعد عقود"])
def test_a_vague_count_of_years_ends_the_story(nlp_dates, count):
    text = f"ولد الشاعر في عام 1990، {count} انتقل إلى القاهرة، وفي أكتوبر أصدر ديوانه."
    assert values(nlp_dates, text)[-1] == ("أكتوبر", "2015-10")


def test_a_vague_count_of_months_keeps_the_story(nlp_dates):
    text = "ولد الشاعر في عام 1990، وبعد أشهر انتقل إلى القاهرة، وفي أكتوبر أصدر ديوانه."
    assert values(nlp_dates, text)[-1] == ("أكتوبر", "1990-10")


def test_a_story_goes_on_with_the_months_it_tells(nlp_dates):
    text = ("قررت المنظمة في 2012 بدء المفاوضات. وبعد سنتين، شهدت المفاوضات قفزة في نوفمبر، "
            "لكن في ديسمبر افترق المفاوضون. واستؤنفت المفاوضات في يوليو.")
    assert values(nlp_dates, text)[2:] == [("نوفمبر", "2014-11"), ("ديسمبر", "2014-12"),
                                           ("يوليو", "2015-07")]


def test_months_told_in_order_keep_the_storys_year(nlp_dates):
    text = "زار الرئيس القاهرة في عام 2010، وفي مارس التقى الوزير، وفي مايو عاد."
    assert values(nlp_dates, text) == [("في عام 2010", "2010"), ("مارس", "2010-03"),
                                       ("مايو", "2010-05")]


def test_a_story_not_moved_on_may_go_back_to_an_earlier_month(nlp_dates):
    # (a story told of its own year may come back to a month before: the first debate)
    text = ("ففي العام 2011 ترشح عشرة أشخاص شارك تسعة منهم في المناظرة الكبيرة في سبتمبر. "
            "وفي مايو شارك عشرة مرشحين في المناظرة الأولى.")
    assert values(nlp_dates, text)[1:] == [("سبتمبر", "2011-09"), ("مايو", "2011-05")]


def test_the_year_of_the_event_a_span_starts_from_tells_no_story(nlp_dates):
    text = "تأخر القانون المطلوب منذ الثورة في 2011، بعد الهجومين في يونيو في سوسة."
    assert values(nlp_dates, text)[-1] == ("يونيو", "2015-06")
    # (after بعد, the event's year is the story's)
    text = "وصل الرئيس بعد الغزو في 1990، وفي أكتوبر غادر."
    assert values(nlp_dates, text)[-1] == ("أكتوبر", "1990-10")


@pytest.mark.parametrize("text, published, value", [
    ("ارتفع سعر خام برنت تسليم ديسمبر إلى 60 دولاراً.", PUBLISHED, "2015-12"),
    ("ارتفعت عقود الذهب تسليم أغسطس بنسبة 1 في المئة.", PUBLISHED, "2015-08"),
    # a quoted month
    ("وانخفض الخام الأمريكي تسليم «ديسمبر» 14 سنتاً.", PUBLISHED, "2015-12"),
    ("ارتفع سعر خام برنت تسليم فبراير إلى 60 دولاراً.", "2015-12-20", "2016-02"),
    # after a span's bound in an old year: still the coming month
    ("هبط الخام إلى أدنى مستوى له منذ فبراير 2010، وارتفع خام برنت تسليم سبتمبر.", PUBLISHED,
     "2015-09"),
])
def test_a_delivery_month_is_the_coming_one(nlp_dates, text, published, value):
    assert values(nlp_dates, text, published)[-1][1] == value


# -- knowledge as data ---------------------------------------------------------------------------

def test_the_qualifier_categories_hold_the_words_their_rules_read(nlp_dates):
    words = date_words()
    assert {"نحو", "اكثر من", "ما يزيد علي", "لمده"} <= words.duration_qualifiers
    assert {"منذ", "خلال", "قبل", "بعد"} <= words.span_words
    assert words.ago_qualifiers == {"نحو", "حوالي", "قرابه", "زهاء", "ما يقارب"}
    assert "نحو" in amount_words().not_counted
    # each qualifier belongs to the span of the duration after it (قبل / بعد: a time so long
    # before or after the publication, below), and one of the first words of the others may
    # follow a span word (منذ نحو، خلال ما يقارب)
    for q in sorted(words.duration_qualifiers - {"قبل", "بعد"}):
        assert values(nlp_dates, f"يعيش هنا {q} ثلاث سنوات.") == [(f"{q} ثلاث سنوات", "P3Y")], q
        if q not in words.span_words:
            assert values(nlp_dates, f"يعيش هنا منذ {q} ثلاث سنوات.") == \
                [(f"منذ {q} ثلاث سنوات", "P3Y")], q
    # each ago qualifier keeps a count after قبل a point in time: three years before 2015
    for q in sorted(words.ago_qualifiers):
        assert values(nlp_dates, f"وصل قبل {q} ثلاث سنوات.") == \
            [(f"قبل {q} ثلاث سنوات", "2012")], q


def _user_folder(tmp_path, kind, entries):
    folder = tmp_path / "my_lexicon"
    folder.mkdir()
    raw = {"lexicon": kind, "version": "1", "description": "a user's words", "entries": entries}
    (folder / f"my_{kind}.json").write_text(json.dumps(raw, ensure_ascii=False),
                                           encoding="utf-8")
    return str(folder)


def test_a_users_dates_file_adds_a_duration_qualifier(tmp_path):
    folder = _user_folder(tmp_path, "dates", [
        {"category": "duration_qualifiers", "words": ["ما يناهز"]}])
    text = "يعيش هنا منذ ما يناهز عامين."
    nlp = marsad.load(["layout", "sentences", "tokens", "dates"], lexicon_dirs=[folder])
    assert values(nlp, text) == [("منذ ما يناهز عامين", "P2Y")]
    assert values(marsad.load(["layout", "sentences", "tokens", "dates"]), text) == \
        [("عامين", "P2Y")]


def test_a_users_amounts_file_adds_a_word_not_counted(tmp_path):
    folder = _user_folder(tmp_path, "amounts", [
        {"category": "not_counted", "words": ["نظير"]}])
    text = "قال إن 500 نظير الخدمة دفعت."
    got = marsad.load(AMOUNT_STAGES, lexicon_dirs=[folder])(text, published=PUBLISHED).amounts
    assert got == []
    assert [a.text for a in marsad.load(AMOUNT_STAGES)(text, published=PUBLISHED).amounts] == \
        ["500 نظير"]


# -- a foiled attack referring back to a bombing -------------------------------------------------

def test_a_foiled_attack_referring_back_to_a_bombing_is_a_mention_of_it(detect):
    text = "فجر انتحاري سيارة مفخخة قرب حاجز للجيش في الرمادي أمس. وأحبط الجيش الهجوم."
    events = detect(text, published=PUBLISHED).events
    assert [e.cameo for e in events] == ["183"]
    assert max(m.sentence for m in events[0].mentions) == 1


@pytest.mark.parametrize("text", [
    # another assault: the attack on the checkpoint is one of its own
    "اغتال مسلحون ضابطاً في الشرطة أمس. وأحبط الجيش الهجوم على الحاجز.",
    # the foilers' own act of force
    "دمرت القوات 12 آلية للمسلحين وتمكنت من إفشال الهجوم.",
])
def test_other_acts_told_before_a_foiled_attack_stay_apart(detect, text):
    assert len(detect(text, published=PUBLISHED).events) == 2
