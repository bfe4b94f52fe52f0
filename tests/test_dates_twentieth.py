"""Dates, twentieth session (docs/accuracy.md, "Dates and names leftovers, twentieth session"),
on sentences written for this file, values worked out by hand with a calendar (5 August 2015
is a Wednesday; 9 August 2015 a Sunday, and the Monday of the 17th of that month the second
after it: 3, 10, 17 August are Mondays; 29 July 2015 a Wednesday, the last Sunday 26 July, the
next one 2 August; Umm al-Qura: 1 Shawwal 1436 = Friday 17 July 2015):

- a year of three digits with م after a month is that year of the era (21 يوليو 921م); one of
  two (24 أغسطس 79م: the year 79, Vesuvius; يوليو 52م: 1952) makes no date;
- a day of the month named by its direction from the publication's (17 من الشهر الحالي، 17
  الجاري), and a weekday with one after الموافق (ليل الاثنين الموافق لـ17 من الشهر الحالي) is
  that day, or the Hijri month's day when only that agrees with the weekday (not in a text
  that counts Hijri months: no date);
- a custom that goes on (ما زال / لا تزال + a present verb) is no date;
- a surname no dictionary lists after a given name (إدوارد سنودن) is no future verb;
- an independence day (عيد الاستقلال) is the day dates.json `independence_days` gives the
  country named after it, before it in its sentence, or in the dateline;
- the words of dates.json `many_words` (moved from a constant) extend from a user's file.
"""

from __future__ import annotations

import json

import pytest
from _pipelines import DATE_STAGES, nlp_dates  # noqa: F401 (a fixture)
from test_dates_sixteenth import values

import marsad
from marsad.dates.lexicon import date_words
from marsad.text.normalize import fold

# -- a year of the era with م ----------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("غادر الوفد المدينة في 21 يوليو (تموز) 921م إلى الشمال.",
     [("21 يوليو (تموز) 921م", "0921-07-21")]),
    ("ولد الحكيم في 5 مارس 622 م في مكة.", [("5 مارس 622 م", "0622-03-05")]),
])
def test_a_year_of_three_digits_with_m_is_that_year_of_the_era(nlp_dates, text, expected):
    assert values(nlp_dates, text, "2015-08-09") == expected


@pytest.mark.parametrize("text", [
    # two digits: the year 79 (Vesuvius) or 1952 (يوليو 52م) alike: no date, not this year's
    "شهد الكاتب بركان المدينة الذي حدث في 24 أغسطس (آب) 79م وقتل فيه عمه.",
    "وكان معجباً بانقلاب يوليو 52م والثورة بعده.",
])
def test_a_year_of_two_digits_with_m_makes_no_date(nlp_dates, text):
    assert values(nlp_dates, text, "2015-08-09") == []


def test_a_count_after_a_month_is_no_year(nlp_dates):
    # (no م: 79 metres; the month's year is the nearest, 24 August 2015; guard)
    text = "يبعد عنه في 24 أغسطس 79 مترا."
    assert values(nlp_dates, text, "2015-08-09") == [("24 أغسطس", "2015-08-24")]


# -- a day of the month named by its direction -----------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("تبدأ الدراسة في 17 من الشهر الحالي.", [("17 من الشهر الحالي", "2015-08-17")]),
    ("تبدأ الدراسة في 17 الجاري.", [("17 الجاري", "2015-08-17")]),
    ("وصل الوفد في السابع عشر من الشهر الماضي.",
     [("السابع عشر من الشهر الماضي", "2015-07-17")]),
    ("يعقد المؤتمر في 3 من الشهر المقبل.", [("3 من الشهر المقبل", "2015-09-03")]),
])
def test_a_day_of_the_month_named_by_its_direction(nlp_dates, text, expected):
    assert values(nlp_dates, text, "2015-08-05") == expected


@pytest.mark.parametrize("text", [
    # an article that writes a Hijri year, or a sentence that names a Hijri month, may count
    # the days of the Hijri month (27 Shawwal): no date for the day here (twentieth session);
    # since the twenty-first session a text whose dates are all Hijri, as these, counts the
    # Hijri month: 31 July 2015 is 15 Shawwal 1436, so 27 Shawwal is 12 August
    # (tests/test_dates_names_twenty_first.py)
    "يقام المهرجان في دورته التاسعة (1436هـ) ويبدأ في الـ27 من الشهر الجاري.",
    "يبدأ الملتقى في الـ27 من الشهر الجاري ويستمر حتى الـ4 من شهر ذي القعدة.",
])
def test_no_day_of_the_month_in_a_hijri_text(nlp_dates, text):
    assert [v for t, v in values(nlp_dates, text, "2015-07-31") if "27" in t] == ["2015-08-12"]


def test_a_weekday_with_the_day_of_the_month_after_it(nlp_dates):
    # published Sunday 9 August: the Monday of the 17th, not the last Monday (3 August)
    text = "ويحيي الفنان حفلة ليل الاثنين الموافق لـ17 من الشهر الحالي في لندن."
    assert values(nlp_dates, text, "2015-08-09") == [
        ("ليل الاثنين الموافق لـ17 من الشهر الحالي", "2015-08-17")]


def test_a_weekday_that_agrees_with_the_hijri_day(nlp_dates):
    # published Saturday 1 August 2015 = 16 Shawwal 1436: 26 August is a Wednesday, 26 Shawwal
    # (11 August) a Tuesday: the Hijri month's day
    text = "ويقام البرنامج يوم الثلاثاء 26 الشهر الجاري في الدمام."
    assert values(nlp_dates, text, "2015-08-01") == [
        ("يوم الثلاثاء 26 الشهر الجاري", "2015-08-11")]


@pytest.mark.parametrize("text, expected", [
    # an ordinal of a week, or one with no الشهر: no day (the month alone, as before)
    ("وبلغت الإيرادات 918 دولارا في نهاية الاسبوع الاول من الشهر الجاري.",
     [("الشهر الجاري", "2015-08")]),
    ("وبات التنظيم محتكرها الأول الحالي في المنطقة.", []),
])
def test_ordinals_of_no_day(nlp_dates, text, expected):
    assert values(nlp_dates, text, "2015-08-05") == expected


def test_no_day_31_in_a_month_of_30(nlp_dates):
    # published in September (30 days): «31 الجاري» is no date (guard)
    assert values(nlp_dates, "تنتهي المهلة في 31 الجاري.", "2015-09-05") == []


# -- a custom that goes on -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ما زال الناس يحتفلون في أول أيام عيد الفطر بزيارة الأقارب.",
    "ومازالت العائلات تتبادل الزيارات في عيد الأضحى.",
    "لا تزال العائلات تتبادل الزيارات في عيد الأضحى.",
])
def test_a_custom_that_goes_on_is_no_date(nlp_dates, text):
    assert values(nlp_dates, text, "2015-07-26") == []


@pytest.mark.parametrize("text", [
    # no present verb: a state since a day (guard)
    "ما زال الجرحى في المستشفى منذ أول أيام عيد الفطر.",
    # one act told in its course (guard)
    "ما زال الوزير يزور المدينة في أول أيام عيد الفطر عندما وقع الحادث.",
])
def test_still_with_one_day_keeps_it(nlp_dates, text):
    assert values(nlp_dates, text, "2015-07-26") == [("أول أيام عيد الفطر", "2015-07-17")]


# -- a surname after a given name is no future verb ------------------------------------------

def test_a_surname_after_a_given_name_is_no_future_verb(nlp_dates):
    # published Wednesday 29 July: the last Sunday (26 July), not the next (2 August)
    text = "وقال إدوارد سنودن الأحد إن الوكالة تتجسس على الهواتف."
    assert values(nlp_dates, text, "2015-07-29") == [("الأحد", "2015-07-26")]


@pytest.mark.parametrize("text", [
    # a given name after أن, its subject: the future verb stays one (guard)
    "وأكد أن محمد سيزور المدينة الأحد.",
    "وقال الوزير إنه سيزور المدينة الأحد.",
])
def test_a_future_verb_after_its_subject_stays_one(nlp_dates, text):
    assert values(nlp_dates, text, "2015-07-29") == [("الأحد", "2015-08-02")]


# -- independence days -----------------------------------------------------------------------

# published Friday 10 July 2015: Algeria's day, 5 July, was five days before; India's, 15
# August, is 36 days ahead, and the last one (15 August 2014) is a past verb's
@pytest.mark.parametrize("text, expected", [
    ("أفرجت السلطات الجزائرية عن 100 سجين في عيد الاستقلال.",
     [("عيد الاستقلال", "2015-07-05")]),
    ("ألقى الرئيس كلمة في عيد الاستقلال الجزائري.", [("عيد الاستقلال الجزائري", "2015-07-05")]),
    ("ألقى رئيس الوزراء الهندي كلمة في يوم الاستقلال.", [("يوم الاستقلال", "2014-08-15")]),
    # the eve: the day before
    ("أفرجت السلطات في الجزائر عن 100 سجين عشية عيد الاستقلال.",
     [("عشية عيد الاستقلال", "2015-07-04")]),
])
def test_an_independence_day_of_the_country_told(nlp_dates, text, expected):
    assert values(nlp_dates, text, "2015-07-10") == expected


def test_an_independence_day_of_no_country_is_no_date(nlp_dates):
    # (guard)
    assert values(nlp_dates, "أفرجت السلطات عن 100 سجين في عيد الاستقلال.", "2015-07-10") == []


# -- the word lists moved to dates.json ------------------------------------------------------

def test_the_moved_lists_are_categories():
    words = date_words()
    assert fold("طويلة") in words.many_words and fold("الماضية") in words.back_or_ahead
    assert fold("وجيزة") in words.vague_lengths and fold("لا بأس بها") in words.vague_length_phrases


def test_a_users_file_adds_to_many_words(tmp_path):
    (tmp_path / "more_dates.json").write_text(json.dumps({
        "lexicon": "dates", "version": "1", "description": "a test's words",
        "entries": [{"category": "many_words", "words": ["مديدة"]}]}, ensure_ascii=False),
        encoding="utf-8")
    nlp = marsad.load(DATE_STAGES, lexicon_dirs=[str(tmp_path)])
    doc = nlp("يعيش هناك منذ سنوات مديدة.", published="2015-08-05")
    assert [(d.text, d.value) for d in doc.dates] == [("منذ سنوات مديدة", "PXY")]
