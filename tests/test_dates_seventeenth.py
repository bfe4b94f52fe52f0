"""Dates, seventeenth session (docs/accuracy.md, "Dates and names leftovers, seventeenth
session"), on sentences written for this file, values worked out by hand with a calendar:

- a weekday that a future marker earlier in its sentence made the coming one is the last one
  after a past verb the rule did not read: after ثم / عندما (a past form that is also a noun,
  قتل، is the verb there) and with an object pronoun (قصفها، اغتاله، استقبله);
- a count from «ذلك» is counted from a date two or three sentences back when the sentences
  between tell no happening of their own (a past verb of the events dictionaries), which «ذلك»
  might name.
"""

from __future__ import annotations

import pytest
from _pipelines import nlp_dates  # noqa: F401 (a fixture)
# (the sixteenth session's helper: (text, value) of each date; only it is imported)
from test_dates_sixteenth import values


# -- a past verb the weekday rule did not read -------------------------------------------------

# 5 March 2015 is a Thursday: the last Sunday is 1 March, the next one 8 March
@pytest.mark.parametrize("text", [
    # قتل after ثم: the verb, not the noun
    "ستبدأ المحادثات ثم قتل مسلحون الأحد خمسة جنود.",
    "ستبدأ المحادثات عندما قصف الطيران الأحد مواقع المسلحين.",
    # a past verb with an object pronoun
    "ستنظر المحكمة القضية واغتاله مسلحون الأحد.",
    "ستعود البعثة وزارها الوزير الأحد.",
])
def test_a_weekday_after_a_past_verb_the_rule_did_not_read_is_the_last_one(nlp_dates, text):
    assert [v for _, v in values(nlp_dates, text, "2015-03-05")] == ["2015-03-01"]


@pytest.mark.parametrize("text", [
    # a present verb after ثم (guard)
    "ستبدأ المحادثات ثم يغادر الوفد الأحد.",
    # a verbal noun with a pronoun after a future verb (guard)
    "سيحاول الجيش اعتقاله الأحد.",
    # a noun with a pronoun, spelt as a past form with one (قتله: his killing; guard)
    "ستبدأ المحاكمة بعد قتله الأحد.",
    # a noun in ة with a pronoun, spelt as a past form in ت with one (اقامتها: its holding)
    "والمقرر اقامتها الأحد في الملعب.",
])
def test_other_weekdays_after_a_future_marker_stay_to_come(nlp_dates, text):
    assert [v for _, v in values(nlp_dates, text, "2015-03-05")] == ["2015-03-08"]


def test_a_past_verb_with_a_pronoun_moves_a_late_day_to_last_year(nlp_dates):
    # 20 April is 46 days after 5 March 2015: bombed, so 20 April 2014
    got = values(nlp_dates, "قصفها الطيران يوم 20 أبريل.", "2015-03-05")
    assert got == [("20 أبريل", "2014-04-20")]


# -- counts from «ذلك» sentences back --------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    # a sentence with no happening between: counted from 3 March 2014
    ("وقع الهجوم في 3 مارس 2014. وكانت المدينة هادئة. وبعد يومين من ذلك أعلن الجيش النصر.",
     "2014-03-05"),
    # two such sentences, across a line: a month before May 2015 is April 2015
    ("ألغت الحكومة الدعم في مايو. ويبلغ سعر اللتر 30 سنتا.\nوقبل شهر من ذلك، قررت أنغولا "
     "خفض الدعم.", "2015-04"),
])
def test_a_count_from_that_sentences_after_its_date(nlp_dates, text, value):
    assert values(nlp_dates, text, "2015-07-26")[-1][1] == value


@pytest.mark.parametrize("text", [
    # a happening between (انسحب): «ذلك» may be the withdrawal, whose day is not told (guard)
    "وقع الهجوم في 3 مارس 2014. ثم انسحب الجيش. وبعد يومين من ذلك أعلن النصر.",
    # three sentences between: too far (guard)
    "وقع الهجوم في 3 مارس 2014. وكانت المدينة هادئة. والطقس حار. والناس في بيوتهم. وبعد "
    "يومين من ذلك أعلن الجيش النصر.",
])
def test_a_count_from_that_far_from_its_date_stays_a_length(nlp_dates, text):
    assert values(nlp_dates, text, "2015-07-26")[-1] == ("بعد يومين", "P2D")


# -- days of every year by their name ------------------------------------------------------------

# Published on 1 August 2015 (16 Shawwal 1436). Umm al-Qura: 1 Shawwal 1436 = 17 July 2015,
# 10 Dhu al-Hijja 1436 = 23 September 2015, 10 Dhu al-Hijja 1435 = 4 October 2014.
@pytest.mark.parametrize("text, expected", [
    # the nearest: this year's Eid al-Fitr, 15 days back
    ("قتل خمسة في هجوم يوم عيد الفطر.", [("يوم عيد الفطر", "2015-07-17")]),
    ("قتل خمسة في هجوم في أول أيام عيد الفطر.", [("أول أيام عيد الفطر", "2015-07-17")]),
    # a future verb: the coming Eid al-Adha
    ("سيزور الرئيس المدينة في عيد الأضحى.", [("عيد الأضحى", "2015-09-23")]),
    # a past verb: the nearest is to come, so the last one, and its second day
    ("وصل الرئيس إلى المدينة في عيد الأضحى.", [("عيد الأضحى", "2014-10-04")]),
    ("وقتل خمسة في ثاني أيام عيد الأضحى.", [("ثاني أيام عيد الأضحى", "2014-10-05")]),
    # the eve: the day before
    ("وصل الرئيس إلى المدينة عشية عيد الفطر.", [("عشية عيد الفطر", "2015-07-16")]),
    # Gregorian: Christmas, past (2014) and to come (2015)
    ("قتل خمسة في عيد الميلاد.", [("عيد الميلاد", "2014-12-25")]),
    ("ستفتح المحلات خلال عيد الميلاد.", [("عيد الميلاد", "2015-12-25")]),
])
def test_a_day_of_every_year_told_as_a_time(nlp_dates, text, expected):
    assert values(nlp_dates, text, "2015-08-01") == expected


@pytest.mark.parametrize("text, expected", [
    # a direction after the name: the last one, the current one
    ("احتفل المسلمون بعيد الأضحى الماضي.", [("عيد الأضحى الماضي", "2014-10-04")]),
    ("لم يحدث هذا في عيد الفطر الحالي.", [("عيد الفطر الحالي", "2015-07-17")]),
    ("يبحث المؤتمر الهدايا خلال عيد الميلاد المقبل.", [("عيد الميلاد المقبل", "2015-12-25")]),
])
def test_a_day_of_every_year_with_a_direction(nlp_dates, text, expected):
    assert values(nlp_dates, text, "2015-08-01") == expected


@pytest.mark.parametrize("text", [
    # the feast as a thing, no time told (guards)
    "أدى المصلون صلاة عيد الفطر في المسجد.",
    "يحتفل السعوديون بعيد الفطر المبارك.",
    # a national day with no country: whose? (guard)
    "احتفلت المملكة باليوم الوطني.",
])
def test_a_yearly_day_that_tells_no_time_is_no_date(nlp_dates, text):
    assert values(nlp_dates, text, "2015-08-01") == []


@pytest.mark.parametrize("text, expected", [
    # a year after the name: that year's (Umm al-Qura: 1 Shawwal 1435 = 28 July 2014)
    ("وقعت الحادثة في عيد الفطر من العام الماضي 2014.",
     [("عيد الفطر من العام الماضي 2014", "2014-07-28")]),
    ("صدر الألبوم خلال عيد الفطر عام 2014.", [("عيد الفطر عام 2014", "2014-07-28")]),
    # ليلة: the eve, the night before the feast's day
    ("اتفق الناديان ليلة عيد الفطر على الصفقة.", [("ليلة عيد الفطر", "2015-07-16")]),
    # a future marker, the feast over for less than a week: a late publication, this year's
    ("وستستمر العروض حتى رابع أيام عيد الفطر.", [("رابع أيام عيد الفطر", "2015-07-20")]),
])
def test_a_yearly_day_with_a_year_or_an_eve(nlp_dates, text, expected):
    assert values(nlp_dates, text, "2015-07-22") == expected


@pytest.mark.parametrize("text", [
    # what is done every year: no date (guards of the yearly rule)
    "تقيم الشركة هذا الاحتفال سنويا في عيد الفطر.",
    "اعتاد الأهالي استقبال أول أيام عيد الفطر بموائد شعبية.",
])
def test_a_yearly_day_of_a_custom_is_no_date(nlp_dates, text):
    assert values(nlp_dates, text, "2015-07-22") == []
