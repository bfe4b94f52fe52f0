"""Counts of days, weeks, months and years told from the article's day (قبل عشرة أشهر، قبل بضعة
أيام، بعد يومين، الأسابيع المقبلة).

Publication date 2017-11-02, a Thursday. Values worked out by hand: ten months before November
2017 is January 2017; two days before is 31 October; two weeks before is 19 October, in ISO week
42 (Monday 16 October); the vague counts (عدة، بضعة، a plural of paucity alone) cover three to
ten units before: months January to August 2017, days 23 to 30 October, years 2007 to 2014.
"""

from __future__ import annotations

import pytest
from _pipelines import date_triples, nlp_dates  # noqa: F401 (nlp_dates is a fixture)

import marsad

PUBLISHED = "2017-11-02"


def dates_of(nlp, text, published=PUBLISHED):
    return date_triples(nlp, text, published)


@pytest.mark.parametrize("text,expected", [
    # a count before the publication: the month, day, week or year it falls in
    ("قتل الجندي قبل عشرة أشهر في الجنوب.", ("قبل عشرة أشهر", "2017-01", "month")),
    ("انهار الجسر قبل ثلاث سنوات.", ("قبل ثلاث سنوات", "2014", "year")),
    ("وصل الوفد قبل يومين إلى المدينة.", ("قبل يومين", "2017-10-31", "day")),
    ("اعتقل قبل عشرة أيام.", ("قبل عشرة أيام", "2017-10-23", "day")),
    ("أغلقت المدارس قبل أسبوعين.", ("قبل أسبوعين", "2017-W42", "week")),
    ("استقال الوزير قبل عام.", ("قبل عام", "2016", "year")),
    ("وقع الاتفاق قبل شهر.", ("قبل شهر", "2017-10", "month")),
    ("افتتح المصنع قبل نحو عامين.", ("قبل نحو عامين", "2015", "year")),
    ("بني السد قبل خمسة وعشرين عاما.", ("قبل خمسة وعشرين عاما", "1992", "year")),
    ("وصلت الباخرة قبل أسبوع إلى الميناء.", ("قبل أسبوع", "2017-W43", "week")),
    # vague counts: an interval of three to ten units before
    ("زار الرئيس المدينة قبل عدة أشهر.", ("قبل عدة أشهر", "2017-01/2017-08", "month")),
    ("وقعت الحادثة قبل بضعة أيام.", ("قبل بضعة أيام", "2017-10-23/2017-10-30", "day")),
    ("غادر البلاد قبل سنوات.", ("قبل سنوات", "2007/2014", "year")),
    # a plural with a direction: one to ten units up to the publication or after it
    ("تتواصل المشاورات خلال الأسابيع المقبلة.",
     ("الأسابيع المقبلة", "2017-W45/2018-W02", "week")),
    ("تصاعد القتال في الأيام الماضية.", ("الأيام الماضية", "2017-10-23/2017-11-01", "day")),
    ("تراجعت الأسعار في الأشهر القليلة الماضية.",
     ("الأشهر القليلة الماضية", "2017-01/2017-10", "month")),
])
def test_a_count_from_the_article_day_is_a_date(nlp_dates, text, expected):
    assert expected in dates_of(nlp_dates, text)


def test_after_a_count_is_a_date_only_with_a_future_marker(nlp_dates):
    # ستعقد: two days after the publication; أفرج عنه بعد يومين (a story told in the past)
    # counts from the arrest, so it stays a length of time
    assert ("بعد يومين", "2017-11-04", "day") in dates_of(nlp_dates, "ستعقد الجلسة بعد يومين.")
    assert dates_of(nlp_dates, "اعتقل ثم أفرج عنه بعد يومين.") == [
        ("بعد يومين", "P2D", "duration")]


def test_counts_measured_from_another_event_or_bounded_stay_durations(nlp_dates):
    # قبل يومين من الانتخابات: two days before the vote, not before the article
    got = dates_of(nlp_dates, "وصل المراقبون قبل يومين من الانتخابات.")
    assert got == [("قبل يومين", "P2D", "duration")]
    # قبل أكثر من عام: older than a year, no one value
    got = dates_of(nlp_dates, "صدر المرسوم قبل أكثر من عام.")
    assert all(g == "duration" for _, _, g in got)
    # قبل يوم واحد من الهجوم: one day before the attack
    got = dates_of(nlp_dates, "انضم إلى التنظيم قبل يوم واحد من الهجوم.")
    assert got == [("قبل يوم", "P1D", "duration")]
    # الأيام السابقة للانتخابات: the days before the vote
    assert dates_of(nlp_dates, "تصاعد التوتر في الأيام السابقة للانتخابات.") == []
    # قبل عام التحرير: a named year, no count; the past reading still holds next to it
    assert dates_of(nlp_dates, "عاد قبل عام التحرير وقتل قبل عامين.") == [
        ("قبل عامين", "2015", "year")]


@pytest.fixture(scope="module")
def nlp_all():
    return marsad.load()


@pytest.mark.parametrize("text,date,modality", [
    # ten months before: older than 45 days, the killing is history
    ("قتل مسلحون جنديا قبل عشرة أشهر في بلدة قرب الحدود.", "2017-01", "historical"),
    # some months before (three to ten): history too
    ("هاجم مسلحون قرية قبل عدة أشهر.", "2017-01/2017-08", "historical"),
    # two days before: the news of the days, as told
    ("قتل مسلحون جنديا قبل يومين في بلدة قرب الحدود.", "2017-10-31", "asserted"),
])
def test_an_event_takes_the_date_of_its_count(nlp_all, text, date, modality):
    events = nlp_all(text, published=PUBLISHED).events
    assert events, text
    e = events[0]
    assert (e.date, e.date_source, e.modality) == (date, "expression", modality)


@pytest.mark.parametrize("text,date,modality", [
    # منذ عامين after a past verb: the act took place two years before (2015)
    ("قتل مسلحون جنديا منذ عامين في بلدة قرب الحدود.", "2015", "historical"),
    ("سيطر التنظيم على المدينة منذ عامين.", "2015", "historical"),
    # منذ يومين after a past verb: 31 October, the news of the days
    ("اعتقلت الشرطة ناشطا منذ يومين.", "2017-10-31", "asserted"),
])
def test_since_after_a_past_verb_dates_the_act(nlp_all, text, date, modality):
    e = nlp_all(text, published=PUBLISHED).events[0]
    assert (e.date, e.date_source, e.modality) == (date, "expression", modality)
    # the dates layer keeps the length, true of both readings
    assert all(d.granularity == "duration" for d in nlp_all(text, published=PUBLISHED).dates)


def test_since_after_a_present_verb_is_a_siege_going_on(nlp_all):
    # يحاصر … منذ عامين: the siege goes on; the event keeps the article's day. (With a past
    # verb the same words would make it history: see the test above.)
    e = nlp_all("يحاصر المسلحون البلدة منذ عامين.", published=PUBLISHED).events[0]
    assert (e.date, e.date_source, e.modality) == ("2017-11-02", "published", "asserted")
    e = nlp_all("حاصر المسلحون البلدة منذ عامين.", published=PUBLISHED).events[0]
    assert (e.date, e.modality) == ("2015", "historical")
