"""Dates told against the story rather than the publication, tenth session: a month with no year
in a paragraph about another year, the day after or the eve of another event (غداة، عشية), so
many hours or days back from the publication (الساعات الـ48 الماضية), a month after بحلول, the
same day told before (في اليوم نفسه), and what is no date of its own: idioms (عاماً بعد عام، ما
أشبه الليلة بالبارحة), a rate (ثلاث مرات في اليوم) and اليوم after a pronoun (نحن اليوم: nowadays).

Sentences written for these tests, values worked out by hand. Publication date Sunday 2 August
2015 (the Tuesday before is 28 July).
"""

from __future__ import annotations

import pytest
from _pipelines import date_triples, nlp_dates  # noqa: F401 (nlp_dates is a fixture)

import marsad

PUBLISHED = "2015-08-02"


def dates_of(nlp, text):
    return date_triples(nlp, text, PUBLISHED)


# -- a month with no year in a story of another year ------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("غزا العراق الكويت في عام 1990، وفي أكتوبر فرض مجلس الأمن عقوبات شاملة.",
     [("في عام 1990", "1990", "year"), ("أكتوبر", "1990-10", "month")]),
    ("وقعت المجزرة في 3 مارس 1995، وفي 12 مارس شيعت المدينة ضحاياها.",
     [("3 مارس 1995", "1995-03-03", "day"), ("12 مارس", "1995-03-12", "day")]),
    ("شهدت البلاد عام 2008 أزمة مالية حادة. وفي نوفمبر انهارت البورصة.",
     [("عام 2008", "2008", "year"), ("نوفمبر", "2008-11", "month")]),
])
def test_a_month_without_a_year_takes_the_year_of_its_paragraphs_story(nlp_dates, text,
                                                                        expected):
    assert dates_of(nlp_dates, text) == expected


# (guards: the cases the rule must leave alone; they pass on the code before it too)
@pytest.mark.parametrize("text,month", [
    # a recent year: the publication's rule (the nearest such month) as before
    ("وقع الاتفاق عام 2014، وفي مارس بدأ التنفيذ.", ("مارس", "2015-03", "month")),
    # a span from a year to now: the story is today's
    ("تتعرض المدينة للقصف منذ عام 2003، وفي مارس قتل عشرة من سكانها.", ("مارس", "2015-03", "month")),
    # the text came back to the reader's time in between
    ("غزا العراق الكويت عام 1990، وقال الوزير أمس إن في أكتوبر موعداً للمؤتمر.",
     ("أكتوبر", "2015-10", "month")),
    # a year that qualifies a noun (an index's base year) tells no story
    ("بلغ المؤشر 102 نقطة مقابل أساس قدره 100 نقطة لعام 2010، وارتفع في يونيو.",
     ("يونيو", "2015-06", "month")),
    # a month before the story's own month two sentences on (in the same sentence or the
    # next, the story goes on into its next year: tests/test_dates_thirteenth.py)
    ("وفي 2 أغسطس 1990 غزا العراق الكويت. وتدخلت دول كثيرة. وفي 17 يناير بدأت الحرب.",
     ("17 يناير", "2015-01-17", "day")),
])
def test_a_month_keeps_the_publications_year_when_the_story_is_not_of_another_year(
        nlp_dates, text, month):
    assert dates_of(nlp_dates, text)[-1] == month


def test_a_story_year_does_not_reach_into_the_next_paragraph(nlp_dates):
    # (a guard)
    text = "غزا العراق الكويت في عام 1990.\nوفي أكتوبر يعقد المؤتمر السنوي."
    assert dates_of(nlp_dates, text)[-1] == ("أكتوبر", "2015-10", "month")


# -- غداة / عشية: the date of the event they name ------------------------------------------------

@pytest.fixture(scope="module")
def nlp_events():
    return marsad.load()


def event_dates(nlp, text, published="2017-11-02"):
    return [(e.cameo[:2], e.date) for e in nlp(text, published=published).events]


def test_an_event_after_ghadat_took_place_the_day_before_the_clauses_date(nlp_events):
    # (the attackers are named: an attack with no known doer is not kept by the default pipeline,
    # and the president named before is not its doer)
    text = "وصل الرئيس إلى القاهرة الثلاثاء غداة هجوم شنه مسلحون على مركز للشرطة في سيناء."
    assert ("19", "2017-10-30") in event_dates(nlp_events, text)  # Tuesday 31 October - 1


def test_an_event_after_ashiyyat_takes_place_the_day_after_the_clauses_date(nlp_events):
    text = "التقى الوزير أمس نظيره الفرنسي عشية زيارة الرئيس إلى باريس."
    assert event_dates(nlp_events, text) == [("04", "2017-11-01"), ("04", "2017-11-02")]


def test_a_verb_joined_by_wa_after_the_ghadat_phrase_keeps_the_clauses_date(nlp_events):
    # (a guard)
    text = "وصل الرئيس إلى القاهرة الثلاثاء غداة الانتخابات واجتمع مع رئيس الوزراء."
    assert [d for _c, d in event_dates(nlp_events, text)] == ["2017-10-31", "2017-10-31"]


# -- so many units back from the publication or ahead of it ------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("قتل عشرة خلال الساعات الـ48 الماضية.",
     ("الساعات الـ48 الماضية", "2015-07-31/2015-08-02", "day")),
    ("قتل عشرة خلال الساعات الثماني والأربعين الماضية.",
     ("الساعات الثماني والأربعين الماضية", "2015-07-31/2015-08-02", "day")),
    ("قتل عشرة خلال الـ72 ساعة الماضية.", ("الـ72 ساعة الماضية", "2015-07-30/2015-08-02", "day")),
    ("قتل عشرة خلال الأربع والعشرين ساعة الماضية.",
     ("الأربع والعشرين ساعة الماضية", "2015-08-01/2015-08-02", "day")),
    ("ارتفعت الأسعار خلال الأيام الثلاثة الماضية.",
     ("الأيام الثلاثة الماضية", "2015-07-30/2015-08-01", "day")),
    ("ارتفعت الأسهم على مدى الأشهر الـ12 الماضية.",
     ("الأشهر الـ12 الماضية", "2014-08/2015-07", "month")),
    ("يصل الوفد خلال الأيام العشرة المقبلة.",
     ("الأيام العشرة المقبلة", "2015-08-03/2015-08-12", "day")),
    ("تضاعف عدد السكان خلال العشرين عاماً الماضية.",
     ("العشرين عاماً الماضية", "1995/2014", "year")),
])
def test_a_counted_period_reaches_so_many_units_from_the_publication(nlp_dates, text,
                                                                    expected):
    assert dates_of(nlp_dates, text) == [expected]


# -- بحلول: the coming month ---------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("يتوقع أن تكتمل الأعمال بحلول نهاية نوفمبر.", ("نوفمبر", "2015-11", "month")),
    ("تسلم الشركة المشروع بحلول مارس.", ("مارس", "2016-03", "month")),
    ("يكتمل المشروع قبل حلول شهر ديسمبر.", ("شهر ديسمبر", "2015-12", "month")),
    ("يبدأ التشغيل بحلول 20 نوفمبر.", ("20 نوفمبر", "2015-11-20", "day")),
])
def test_a_month_after_bihulul_is_the_coming_one(nlp_dates, text, expected):
    assert dates_of(nlp_dates, text) == [expected]


# -- what is no date of its own ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "تتطور المدينة عاماً بعد عام.",
    "يزداد الوضع سوءاً يوماً بعد يوم.",
    "تتراجع الصادرات سنة بعد سنة.",
    "ما أشبه الليلة بالبارحة.",
    "يجب أن تتوقف الحرب اليوم قبل الغد.",
    "يتناول المريض الدواء ثلاث مرات في اليوم.",
    "يبلغ سعر الغرفة 300 ريال في الليلة.",
])
def test_idioms_and_rates_are_no_date(nlp_dates, text):
    assert dates_of(nlp_dates, text) == []


def test_the_recent_past_of_an_idiom_is_vague(nlp_dates):
    assert dates_of(nlp_dates, "بالأمس القريب كان الوضع مختلفاً.") == [
        ("الأمس القريب", "PAST_REF", "vague")]


def test_the_same_day_is_the_day_told_before_or_none(nlp_dates):
    text = "اعتقلت الشرطة أمس ثلاثة، وفي اليوم نفسه أفرجت عن اثنين."
    assert dates_of(nlp_dates, text) == [("أمس", "2015-08-01", "day"),
                                         ("اليوم نفسه", "2015-08-01", "day")]
    text = "سقطت قذيفة على السوق في 12 يوليو 2014. وفي الليلة ذاتها غادر السكان."
    assert dates_of(nlp_dates, text)[-1] == ("الليلة ذاتها", "2014-07-12", "day")
    assert dates_of(nlp_dates, "وفي اليوم نفسه أفرجت الشرطة عن اثنين.") == []


@pytest.mark.parametrize("text", [
    "نحن اليوم أمام مرحلة جديدة.",
    "إننا اليوم نعيش أزمة حقيقية.",
    "كان لاعباً في النادي وهو اليوم رئيسه.",
])
def test_today_after_a_pronoun_is_the_present(nlp_dates, text):
    assert dates_of(nlp_dates, text) == [("اليوم", "PRESENT_REF", "vague")]


def test_today_after_a_verb_or_the_pronoun_of_the_matter_stays_the_day(nlp_dates):
    # (a guard; «ها نحن اليوم»: "here we are today", the day itself)
    assert dates_of(nlp_dates, "قال الوزير إنه اليوم سيوقع الاتفاق.") == [
        ("اليوم", "2015-08-02", "day")]
    assert dates_of(nlp_dates, "قال المحافظ: «ها نحن اليوم نفتتح المشروع».") == [
        ("اليوم", "2015-08-02", "day")]
