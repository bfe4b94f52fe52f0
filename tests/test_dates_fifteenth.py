"""Dates, fifteenth session (docs/accuracy.md, "Dates and names leftovers, fifteenth session"),
on sentences written for this file, values worked out by hand:

- the dates stage alone (no events stage): a day and month, or a month, with no year more than a
  week after the publication is last year's when the nearest verb of the events dictionaries
  before it in its clause is a past one (the rule the events stage applies to its triggers);
- names spelt as س + a present verb (سيلتيك، سيمنز) are no future verbs, and a day and month
  with no year that names a past event (هجمات 11 سبتمبر، أحداث 30 يونيو، نكسة يونيو) is no date;
- a count after قبل / بعد measured from «ذلك» is counted from the last date told before it in
  its sentence (قبل عام من ذلك), and stays a length with none;
- a count followed by من and a place (وصل قبل يومين من باريس) is counted from the publication.
"""

from __future__ import annotations

import pytest
from _pipelines import date_triples, nlp_dates  # noqa: F401 (a fixture)

from marsad.text.future import looks_future_verb
from marsad.text.normalize import fold


def values(nlp, text, published):
    return [(t, v) for t, v, _ in date_triples(nlp, text, published)]


# -- a past verb's day after the publication, with the dates stage alone ---------------------------

@pytest.mark.parametrize("text, value", [
    # 20 April 2015 is 46 days after 5 March 2015: the killing was on 20 April 2014
    ("قتل مسلحون جندياً في 20 أبريل.", "2014-04-20"),
    # a month; التقى (ألتقي of the first person is no present here)
    ("التقى الرئيس نظيره الفرنسي في مايو.", "2014-05"),
    # the past verb after قد, a few words before the date
    ("وكان الجيش قد اعتقل ناشطاً في 20 أبريل.", "2014-04-20"),
    # the reported clause's own past verb after إن
    ("وقال الوزير إن الشرطة اعتقلت ناشطاً في 20 أبريل.", "2014-04-20"),
])
def test_a_past_verbs_day_after_the_publication_is_last_years_without_events(
        nlp_dates, text, value):
    assert [v for _, v in values(nlp_dates, text, "2015-03-05")] == [value]


@pytest.mark.parametrize("text, value", [
    # a present verb: to come (guard)
    ("يعقد المؤتمر في 20 أبريل.", "2015-04-20"),
    # the clause of أن has no past verb; أعلنت is another clause's (guard)
    ("أعلنت الوزارة أن القمة تنطلق في 20 أبريل.", "2015-04-20"),
    # a future verb (guard)
    ("سيزور الرئيس باريس في مايو.", "2015-05"),
    # five days after the publication: a late publication date, kept (guard)
    ("قتل مسلحون جندياً في 10 مارس.", "2015-03-10"),
    # رفع is a noun here (not first in its clause, no قد before it), يتيح a present (guard)
    ("قد يتيح تحسن الاقتصاد للحكومة رفع الضرائب في مايو.", "2015-05"),
    # قبل is the date's preposition, not the past of "accept" (guard)
    ("وتأمل الحكومة إنهاء المحادثات، قبل 20 أبريل.", "2015-04-20"),
])
def test_other_days_after_the_publication_keep_its_year(nlp_dates, text, value):
    assert [v for _, v in values(nlp_dates, text, "2015-03-05")] == [value]


# -- names spelt as future verbs; days that name a past event ---------------------------------------

@pytest.mark.parametrize("word", ["سيلتيك", "سيمنز", "ستونز", "سناتور", "سنتيمترا", "سيادي"])
def test_names_and_nouns_are_no_future_verbs(word):
    assert not looks_future_verb(fold(word))


@pytest.mark.parametrize("text, value", [
    # published Sunday 2 August 2015: the Saturday before, not the coming one (سيلتيك, a club)
    ("فاز سيلتيك السبت على منافسه.", "2015-08-01"),
    # the nearest April (within nine months before), not next year's
    ("أعلنت شركة سيمنز في أبريل عن أرباحها.", "2015-04"),
])
def test_a_time_after_a_name_spelt_as_a_future_verb(nlp_dates, text, value):
    assert [v for _, v in values(nlp_dates, text, "2015-08-02")] == [value]


@pytest.mark.parametrize("text", [
    "بعد هجمات 11 سبتمبر تغيرت سياسة واشنطن.",
    "تحدث الكاتب عن أحداث 30 يونيو وما تلاها.",
    "لم يعش جيله نكسة يونيو (حزيران).",
])
def test_a_day_that_names_a_past_event_is_no_date(nlp_dates, text):
    assert values(nlp_dates, text, "2015-08-02") == []


@pytest.mark.parametrize("text, value", [
    # with a year: the time of what is named (guard)
    ("أدين الرجل في تفجيرات مايو 2003.", "2003-05"),
    # with a direction: a date (guard)
    ("وقعت أحداث 20 أبريل الماضي في المدينة.", "2015-04-20"),
])
def test_a_named_event_with_a_year_or_a_direction_keeps_its_date(nlp_dates, text, value):
    assert [v for _, v in values(nlp_dates, text, "2015-08-02")] == [value]


# -- a count measured from «ذلك» -------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a year before 3 March 2014: 2013 (a year's granularity, as قبل عام from the publication)
    ("وقعت الحادثة في 3 مارس 2014، وقبل عام من ذلك قتل شقيقه.",
     [("3 مارس 2014", "2014-03-03"), ("قبل عام", "2013")]),
    # two days after 3 May 2013
    ("اعتقل في 3 مايو 2013، وبعد يومين من ذلك أفرج عنه.",
     [("3 مايو 2013", "2013-05-03"), ("بعد يومين", "2013-05-05")]),
    # a week after: Friday 10 May 2013, in ISO week 19
    ("اعتقل في 3 مايو 2013، وبعد أسبوع من ذلك التاريخ أفرج عنه.",
     [("3 مايو 2013", "2013-05-03"), ("بعد أسبوع", "2013-W19")]),
    # a vague count: three to ten years after 2004
    ("تأسست الحركة عام 2004، وبعد سنوات من ذلك انقسمت.",
     [("عام 2004", "2004"), ("بعد سنوات", "2007/2014")]),
])
def test_a_count_from_that_is_counted_from_the_date_told_before(nlp_dates, text, expected):
    assert values(nlp_dates, text, "2015-08-02") == expected


@pytest.mark.parametrize("text, expected", [
    # no date before it in its sentence: a length (guard)
    ("قتل قبل يومين من ذلك.", [("قبل يومين", "P2D")]),
    # the date two sentences before: not sought there (guard; the sentence right before is
    # since the sixteenth session, tests/test_dates_sixteenth.py)
    ("أعلن في 2010 عن خطته. ثم سافر. وقبل عام من ذلك استقال.",
     [("في 2010", "2010"), ("قبل عام", "P1Y")]),
])
def test_a_count_from_that_with_no_date_in_its_sentence_stays_a_length(nlp_dates, text, expected):
    assert values(nlp_dates, text, "2015-08-02") == expected


# -- a place after the count's preposition ---------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    # two days before Sunday 2 August 2015; من tells where from
    ("وصل الوزير قبل يومين من باريس.", "2015-07-31"),
    ("عاد السفير قبل عامين من لندن إلى الرياض.", "2013"),
    # a place of two words
    ("عاد الوزير قبل ثلاثة أيام من الولايات المتحدة.", "2015-07-30"),
])
def test_a_count_before_a_place_is_counted_from_the_publication(nlp_dates, text, value):
    assert [v for _, v in values(nlp_dates, text, "2015-08-02")] == [value]


def test_a_count_before_an_event_is_still_measured_from_it(nlp_dates):
    # (guard: two days before the vote, whose date is not told)
    assert values(nlp_dates, "وصل الوزير قبل يومين من الانتخابات.", "2015-08-02") == \
        [("قبل يومين", "P2D")]


@pytest.mark.parametrize("text, value", [
    # a deadline after حتى (guard)
    ("أمهل الوسطاء الطرفين حتى 20 أبريل.", "2015-04-20"),
    # a start after بدءاً من (guard)
    ("أعلنت الحكومة تغيير التوقيت بدءاً من 20 أبريل.", "2015-04-20"),
    # the time a trial is put off to (guard)
    ("قررت المحكمة تأجيل المحاكمة لجلسة 20 أبريل.", "2015-04-20"),
    # a verbal noun's date: the meeting is proposed for May (guard)
    ("اقترح الرئيس عقد مؤتمر في مايو.", "2015-05"),
])
def test_a_bound_or_another_acts_date_after_a_past_verb_keeps_the_year(nlp_dates, text, value):
    assert [v for _, v in values(nlp_dates, text, "2015-03-05")] == [value]


def test_a_count_from_a_thing_told_before_stays_a_length(nlp_dates):
    # «تلك المباراة»: a match, not the date told before (guard; tomorrow is no base)
    assert values(nlp_dates, "يلعب الفريق غداً، وقد خسر بعد شهرين من تلك المباراة.",
                  "2015-08-02") == [("غداً", "2015-08-03"), ("بعد شهرين", "P2M")]
