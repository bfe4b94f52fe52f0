"""The year of a story, eleventh session: a span's bound tells no story (منذ فبراير 2010 … في 24
يوليو is this July), a count after بعد / قبل moves the story on (في 2008 … وبعد سنتين … في نوفمبر:
2010), a month counted from a later event takes that event's year (في أكتوبر، بعد شهرين من غزو
الكويت عام 1990), the same day of another year (في اليوم ذاته من سنة 1962), an old year after a
month in brackets or with م, a month and تلك السنة; and two rules of the events' dating: غداة /
عشية with no day named before, and a time to come before a comma.

Sentences written for these tests, values worked out by hand. Publication date Sunday 2 August
2015 (a month with no year is the nearest one: within nine months before, three after) unless
the test says otherwise.
"""

from __future__ import annotations

import pytest
from _pipelines import date_triples, nlp_dates  # noqa: F401 (nlp_dates is a fixture)
from test_dates_stories import event_dates, nlp_events  # noqa: F401 (nlp_events is a fixture)

from marsad.dates.lexicon import date_words

PUBLISHED = "2015-08-02"


def dates_of(nlp, text, published=PUBLISHED):
    return date_triples(nlp, text, published)


def values(nlp, text):
    return [v for _t, v, _g in dates_of(nlp, text)]


# -- a span's bound is no story ----------------------------------------------------------------

def test_a_month_after_a_span_from_an_old_date_is_this_years(nlp_dates):
    text = "هبط الذهب إلى أدنى مستوى له منذ فبراير 2010، وكان قد بلغه في 24 يوليو."
    assert dates_of(nlp_dates, text)[-1] == ("24 يوليو", "2015-07-24", "day")


def test_every_span_bound_keeps_the_publications_year(nlp_dates):
    # (the story rule without a bound would give June 2010)
    for w in date_words().span_bounds:
        text = f"بلغ المؤشر أعلى مستوى {w} مارس 2010، وارتفع في يونيو."
        assert values(nlp_dates, text)[-1] == "2015-06", w


# -- a count after بعد / قبل moves the story on --------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("قررت المنظمة في 2008 بدء المفاوضات. وبعد سنتين من العمل انهارت المفاوضات في نوفمبر.",
     ("نوفمبر", "2010-11", "month")),
    ("اندلعت الأزمة في 2006. وقبل عام من ذلك وقعت الحكومة الاتفاق في مايو.",
     ("مايو", "2005-05", "month")),
])
def test_a_count_after_baad_moves_the_story_on(nlp_dates, text, expected):
    assert dates_of(nlp_dates, text)[-1] == expected


@pytest.mark.parametrize("text,expected", [
    ("وفي أكتوبر، بعد شهرين من غزو الكويت عام 1990، فرض مجلس الأمن عقوبات شاملة.",
     ("أكتوبر", "1990-10", "month")),
    ("وفي مارس، بعد عامين من صدور القانون عام 2005، ألغته الحكومة.",
     ("مارس", "2007-03", "month")),
    ("وفي يناير، قبل عام من الانتخابات التي جرت في 2005، اغتيل النائب.",
     ("يناير", "2004-01", "month")),
])
def test_a_month_counted_from_a_later_event_takes_its_year(nlp_dates, text, expected):
    assert dates_of(nlp_dates, text)[0] == expected


def test_a_year_later_in_the_sentence_with_no_count_between_is_not_the_months(nlp_dates):
    # (a guard: the year qualifies a law)
    text = "وفي مارس، أعلنت الحكومة إلغاء قانون صدر عام 1990."
    assert dates_of(nlp_dates, text)[0] == ("مارس", "2015-03", "month")


# -- the same day of another year ------------------------------------------------------------

def test_the_same_day_of_a_year_is_the_day_told_before_in_that_year(nlp_dates):
    text = "مرت أمس الذكرى، ففي اليوم ذاته من سنة 1962 استقلت البلاد."
    assert dates_of(nlp_dates, text) == [("أمس", "2015-08-01", "day"),
                                         ("اليوم ذاته من سنة 1962", "1962-08-01", "day")]


def test_the_same_day_of_a_year_with_no_day_told_before_is_that_year(nlp_dates):
    text = "وفي اليوم نفسه من عام 1962 استقلت البلاد."
    assert dates_of(nlp_dates, text) == [("اليوم نفسه من عام 1962", "1962", "year")]


# -- an old year after a month ---------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("وقعت الاتفاقية في 29 أكتوبر (تشرين الأول) 1888.",
     [("29 أكتوبر (تشرين الأول) 1888", "1888-10-29", "day")]),
    ("توفي الإمبراطور في 5 مايو 1821م في المنفى.", [("5 مايو 1821م", "1821-05-05", "day")]),
    # (a guard: a count after a bare day and month)
    ("قتل في 5 يونيو 1500 شخص.", [("5 يونيو", "2015-06-05", "day")]),
])
def test_an_old_year_after_a_month_in_brackets_or_with_mim(nlp_dates, text, expected):
    assert dates_of(nlp_dates, text) == expected


def test_a_day_and_month_of_that_year_without_min(nlp_dates):
    text = "روى الشاهد في ديسمبر 2006 أنه التقاه في 30 أكتوبر تلك السنة."
    assert dates_of(nlp_dates, text)[-1] == ("30 أكتوبر تلك السنة", "2006-10-30", "day")


# -- the events' dates -----------------------------------------------------------------------

# (the whole pipeline and the (CAMEO root, date) of each event, as for the tenth session's rules)


def test_an_event_after_ghadat_with_no_day_before_is_the_day_before_the_articles(nlp_events):
    text = "وصل الرئيس إلى القاهرة غداة هجوم شنه مسلحون على مركز للشرطة في سيناء."
    assert ("19", "2017-11-01") in event_dates(nlp_events, text, "2017-11-02")


def test_a_time_to_come_before_a_comma_does_not_date_a_past_verb(nlp_events):
    text = ("تعهدت الدول بمنع إيران من امتلاك القنبلة خلال السنوات العشر المقبلة، واتهم وزير "
            "الخارجية السعودي إيران بدعم الإرهاب.")
    assert event_dates(nlp_events, text, PUBLISHED) == [("11", "2015-08-02")]


def test_a_day_before_a_comma_still_dates_the_verb_after_it(nlp_events):
    # (a guard: coordinated verbs share their day)
    text = "التقى وزير الخارجية السعودي أمس نظيره الفرنسي، واتهم إيران بدعم الإرهاب."
    assert event_dates(nlp_events, text, PUBLISHED) == [("04", "2015-08-01"), ("11", "2015-08-01")]
