"""Dates, nineteenth session (docs/accuracy.md, "Dates and names leftovers, nineteenth
session"), on sentences written for this file, values worked out by hand with a calendar
(29 July 2015 is a Wednesday: the last Sunday is 26 July, the next one 2 August; 19 July 2015 a
Sunday, the Saturday before it 18 July; Umm al-Qura: 1 Shawwal 1436 = Friday 17 July 2015):

- a custom told in the past (كان + a present verb) is no date;
- a feast with a weekday told in its clause one or two days from Umm al-Qura's takes the
  weekday's day (the day its country kept);
- national days of the countries added to dates.json `national_days`, and days that moved;
- a past form in ت with a pronoun after و and before a definite word (وضربتهم الشرطة), or a
  fourth form of a sound root (وأطلقتهم), is a past verb;
- a name the dictionaries list is never a future verb (ستارمر، سيريل، سيغولين).
"""

from __future__ import annotations

import pytest
from _pipelines import nlp_dates  # noqa: F401 (a fixture)
# (the sixteenth session's helper: (text, value) of each date; only it is imported)
from test_dates_sixteenth import values

from marsad.text.future import looks_future_verb
from marsad.text.normalize import fold

JULY_29 = "2015-07-29"


# -- customs of the past ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "كان الناس يحتفلون في أول أيام عيد الفطر بزيارة الأقارب.",
    "كانت العائلات تتبادل الزيارات في عيد الأضحى.",
    "وكان الأهالي يجتمعون في ساحة القرية في عيد الفطر.",
])
def test_a_custom_told_in_the_past_is_no_date(nlp_dates, text):
    assert values(nlp_dates, text, "2015-07-26") == []


def test_one_act_told_in_its_course_keeps_its_day(nlp_dates):
    # كان + a present verb, then عندما and a past act: one day, the feast's of 1436 (guard)
    text = "كان الوزير يزور المدينة في أول أيام عيد الفطر عندما وقع الحادث."
    assert values(nlp_dates, text, "2015-07-26") == [("أول أيام عيد الفطر", "2015-07-17")]


# -- a feast kept on another day -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "واحتفلت عمان يوم السبت بأول أيام عيد الفطر.",
    "صلى المسلمون صلاة العيد يوم السبت في مسقط، أول أيام عيد الفطر.",
])
def test_the_weekday_told_with_a_feast_wins(nlp_dates, text):
    got = values(nlp_dates, text, "2015-07-19")
    assert ("أول أيام عيد الفطر", "2015-07-18") in got and ("يوم السبت", "2015-07-18") in got


@pytest.mark.parametrize("text, expected", [
    # a weekday of another clause (after إن): the feast stays Umm al-Qura's, the Friday (guard)
    ("قال الوزير يوم السبت إن المساجد ستفتح في أول أيام عيد الفطر.",
     [("يوم السبت", "2015-07-18"), ("أول أيام عيد الفطر", "2015-07-17")]),
    # the eve: the day before the feast, which the Thursday is (guard)
    ("وصل الوزير يوم الخميس، عشية عيد الفطر.",
     [("يوم الخميس", "2015-07-16"), ("عشية عيد الفطر", "2015-07-16")]),
])
def test_a_feast_keeps_its_day_otherwise(nlp_dates, text, expected):
    assert values(nlp_dates, text, "2015-07-19") == expected


# -- national days of the day list ------------------------------------------------------------

@pytest.mark.parametrize("text, published, expected", [
    # Oman 18 November: 107 days before 5 March 2015 (the next one 258 days after)
    ("أقيم حفل في العيد الوطني العماني.", "2015-03-05", "2014-11-18"),
    # Japan, the emperor's birthday: 23 December until 2018, 72 days before 5 March 2015
    ("أقامت السفارة حفلاً في العيد الوطني لليابان.", "2015-03-05", "2014-12-23"),
    # … 23 February since 2020: ten days before 5 March 2021
    ("أقامت السفارة حفلاً في العيد الوطني لليابان.", "2021-03-05", "2021-02-23"),
    # Iraq 3 October since 2020: 153 days before 5 March 2021 (the next one 212 after)
    ("أقيم حفل في اليوم الوطني العراقي.", "2021-03-05", "2020-10-03"),
    # the United States after ل with its article (للولايات المتحدة): 4 July; the nearest, 2015,
    # is to come (121 days), and أقامت is a past verb: the last one, 244 days back
    ("أقامت السفارة حفلاً في اليوم الوطني للولايات المتحدة.", "2015-03-05", "2014-07-04"),
])
def test_a_national_day_of_the_day_list(nlp_dates, text, published, expected):
    assert [v for _, v in values(nlp_dates, text, published)] == [expected]


def test_a_national_day_no_day_is_known_for_is_no_date(nlp_dates):
    # Oman's day moved in the 2020s to a day the list does not give a year for: no date
    assert values(nlp_dates, "أقيم حفل في العيد الوطني العماني.", "2021-03-05") == []


def test_a_dateline_of_a_country_of_the_day_list(nlp_dates):
    # مسقط: Oman, 18 November; published 25 September 2015 the nearest is to come (54 days), the
    # verb خرج past: the last one
    text = "مسقط - رويترز\nخرج المواطنون إلى الشوارع في اليوم الوطني."
    assert values(nlp_dates, text, "2015-09-25") == [("اليوم الوطني", "2014-11-18")]


# -- past forms in ت with a pronoun ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    # four letters, after و and before the subject: the verb
    "ستعقد اللجنة اجتماعاً وضربتهم الشرطة الأحد.",
    "ستبدأ المحادثات وقتلتهم القوات الأحد.",
    # a fourth form of a sound root: no noun in ة (إطلاق)
    "ستبدأ المحادثات وأطلقتهم السلطات الأحد.",
])
def test_a_past_form_in_ta_with_a_pronoun_is_the_last_sunday(nlp_dates, text):
    assert values(nlp_dates, text, JULY_29) == [("الأحد", "2015-07-26")]


def test_a_noun_in_ta_with_a_pronoun_keeps_the_coming_sunday(nlp_dates):
    # إقامته "his stay" before في: a noun; the future verb's Sunday is the next one (guard)
    text = "ستبدأ المحادثات وإقامته في المدينة الأحد."
    assert values(nlp_dates, text, JULY_29) == [("الأحد", "2015-08-02")]


# -- names are no future verbs ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "قال ستارمر الأحد إن الحزب مستعد.",
    "وقال سيريل رامافوزا الأحد إن البلاد مستعدة.",
    "وقالت سيغولين رويال الأحد إن الحكومة مستعدة.",
])
def test_a_listed_name_in_sa_is_no_future_marker(nlp_dates, text):
    assert values(nlp_dates, text, JULY_29) == [("الأحد", "2015-07-26")]


@pytest.mark.parametrize("word, verb", [
    ("ستارمر", False), ("سيريل", False), ("وسيغولين", False),
    ("سيعقد", True), ("ستبدأ", True), ("وسيزور", True),  # (guards)
])
def test_looks_future_verb_of_listed_names(word, verb):
    assert looks_future_verb(fold(word)) is verb
