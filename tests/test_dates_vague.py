"""Times with no value but their side of the publication, ninth session: a vague future
(في المستقبل القريب، قريباً), a vague past (منذ فترة، مؤخراً، في الآونة الأخيرة) and اليوم meaning
"nowadays" or "to this day" (شباب اليوم، حتى اليوم) are TimeML's FUTURE_REF, PAST_REF and
PRESENT_REF (granularity "vague"), never the publication day; an event keeps the article's day
rather than take one of them as its date.

Sentences written for these tests. Publication date 2017-11-03, a Friday (the Thursday before
is 2 November).
"""

from __future__ import annotations

import pytest
from _pipelines import date_triples, nlp_dates  # noqa: F401 (nlp_dates is a fixture)
PUBLISHED = "2017-11-03"


def dates_of(nlp, text):
    return date_triples(nlp, text, PUBLISHED)


@pytest.mark.parametrize("text,expected", [
    ("سيزور الرئيس موسكو في المستقبل القريب.", ("في المستقبل القريب", "FUTURE_REF", "vague")),
    ("ستعلن الحكومة خطتها قريباً.", ("قريباً", "FUTURE_REF", "vague")),
    ("ستشهد المنطقة تغيرات خلال الفترة المقبلة.", ("خلال الفترة المقبلة", "FUTURE_REF", "vague")),
    # later: the future only after a future marker
    ("سيعلن الجيش النتائج في وقت لاحق.", ("في وقت لاحق", "FUTURE_REF", "vague")),
    ("تصاعدت الهجمات في الآونة الأخيرة.", ("في الآونة الأخيرة", "PAST_REF", "vague")),
    ("زار الوزير المدينة مؤخراً.", ("مؤخراً", "PAST_REF", "vague")),
    ("يعاني السكان من انقطاع الكهرباء منذ فترة طويلة.",
     ("منذ فترة طويلة", "PAST_REF", "vague")),
    ("انتقل الكاتب إلى باريس منذ زمن بعيد.", ("منذ زمن بعيد", "PAST_REF", "vague")),
    ("أعلنت الشرطة في وقت سابق اعتقال المشتبه به.", ("في وقت سابق", "PAST_REF", "vague")),
])
def test_a_vague_time_is_its_side_of_the_publication(nlp_dates, text, expected):
    assert dates_of(nlp_dates, text) == [expected]


# Each sentence has one vague time the rules read and, beside it, a look-alike they must not.
SOON = ("قريباً", "FUTURE_REF", "vague")


@pytest.mark.parametrize("text", [
    "أفرج عنه في وقت لاحق، وسيحاكم قريباً.",  # later than the story's event, told in the past
    "جلس الحارس قريباً من الباب، وسيغادر قريباً.",  # near, not soon
    "لم تشهد المدينة مثل هذا منذ فترة الحرب الأهلية، وستتعافى قريباً.",  # a period, named
    "غادر الضيوف قبل فترة من بدء الحفل، وسيعودون قريباً.",  # measured from another event
    "أغلقت الطرق منذ وقت مبكر، وستفتح قريباً.",  # early: of the story's day
])
def test_not_a_vague_time_of_its_own(nlp_dates, text):
    assert dates_of(nlp_dates, text) == [SOON]


@pytest.mark.parametrize("text", [
    "يواجه شباب اليوم تحديات كبيرة.",
    "في عالم اليوم لا مكان للعزلة.",
    "ما زال المسجد قائماً حتى اليوم.",
    "بقيت أسماء القرى على حالها إلى اليوم.",
])
def test_today_meaning_nowadays_is_the_present_not_the_day(nlp_dates, text):
    assert dates_of(nlp_dates, text) == [("اليوم", "PRESENT_REF", "vague")]


NOWADAYS = ("اليوم", "PRESENT_REF", "vague")


@pytest.mark.parametrize("text", [
    "وقال مسؤول لـ«اليوم» إن شباب اليوم يهاجرون.",  # the newspaper al-Yawm
    "بثت قناة روسيا اليوم المقابلة، وهي قائمة حتى اليوم.",  # a channel
])
def test_today_naming_a_medium_is_no_date(nlp_dates, text):
    assert dates_of(nlp_dates, text) == [NOWADAYS]


@pytest.mark.parametrize("text,expected", [
    ("قال الوزير اليوم إن شباب اليوم يهاجرون.", ("اليوم", "2017-11-03", "day")),
    # a range or a bracket after حتى / إلى keeps the day
    ("ارتفعت الأسعار من أمس إلى اليوم، وما زالت مرتفعة حتى اليوم.",
     ("من أمس إلى اليوم", "2017-11-02/2017-11-03", "day")),
    ("استمرت الجلسة حتى اليوم (الخميس)، ولم تنته حتى اليوم.", ("اليوم (الخميس)", "2017-11-02", "day")),
])
def test_today_of_the_news_is_still_the_day(nlp_dates, text, expected):
    assert dates_of(nlp_dates, text) == [expected, NOWADAYS]


def test_only_points_and_intervals_are_dated():
    from marsad.dates.extract import is_dated

    assert is_dated("2017-11-02", "day") and is_dated("2010/2015", "year")
    assert not any(is_dated(v, g) for v, g in (("P2Y", "duration"), ("PXY", "duration"),
                                                ("PAST_REF", "vague"), ("FUTURE_REF", "vague"),
                                                ("PRESENT_REF", "vague"), ("", "day")))


def events_of(nlp, text):
    return [(e.cameo[:2], e.date, e.date_source) for e in nlp(text, published=PUBLISHED).events]


def test_an_event_keeps_the_article_day_rather_than_the_present(nlp):
    # "to this day" is no date of the siege: the event keeps the article's day, saying so
    assert events_of(nlp, "ما زالت القوات تحاصر البلدة حتى اليوم.") == \
        [("19", PUBLISHED, "published")]


def test_an_event_skips_a_vague_time_for_a_date_further_away(nlp):
    # the killing's year, not the present of the clause after it
    evs = events_of(nlp, "قتل المسلحون الصحفي عام 2014 ولم يعرف قاتله حتى اليوم.")
    assert evs and all(date == "2014" and source == "expression" for _c, date, source in evs)
