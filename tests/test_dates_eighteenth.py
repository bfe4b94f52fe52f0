"""Dates, eighteenth session (docs/accuracy.md, "Dates and names leftovers, eighteenth
session"), on sentences written for this file, values worked out by hand with a calendar
(5 March 2015 is a Thursday: the last Sunday is 1 March, the next one 8 March; Umm al-Qura:
1 Shawwal 1435 = 28 July 2014, 1 Shawwal 1436 = 17 July 2015):

- a day of every year told in a sentence of a custom (a present verb opens it, no time of its
  own) is no date, nor a day and month before «من كل عام» or in such a sentence with a yearly
  day's name;
- a national day is its country's, named after it or the article's dateline's;
- a feast with its Gregorian day written after it takes that day;
- a past form in ت with a pronoun after و (اعتقلتهم، تابعته) is a past verb, a present form with
  a pronoun (تلاحقهم) a present one; a noun with a pronoun (سيرهم) is no future verb.
"""

from __future__ import annotations

import pytest
from _pipelines import nlp_dates  # noqa: F401 (a fixture)
# (the sixteenth session's helper: (text, value) of each date; only it is imported)
from test_dates_sixteenth import values

from marsad.text.future import looks_future_verb
from marsad.text.normalize import fold

MARCH_5 = "2015-03-05"


# -- customs ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "يحتفل المسلمون في عيد الفطر بزيارة الأقارب.",
    "يحرص الأهالي على تبادل الحلوى في أول أيام عيد الفطر.",
    # a day and month of a custom: after a yearly day's name, or before «من كل عام»
    "يحتفل السعوديون باليوم الوطني في 23 سبتمبر.",
    "تقام الاحتفالات في 23 سبتمبر من كل عام.",
])
def test_a_custom_told_in_the_present_is_no_date(nlp_dates, text):
    assert values(nlp_dates, text, MARCH_5) == []


@pytest.mark.parametrize("text, expected", [
    # a direction: one occurrence (guard)
    ("يزور الوزير الرياض في عيد الفطر المقبل.", [("عيد الفطر المقبل", "2015-07-17")]),
    # a past verb: the last one (guard)
    ("وصل الوزير في عيد الفطر إلى الرياض.", [("عيد الفطر", "2014-07-28")]),
    # a past verb before a day and month with no yearly day (guard)
    ("افتتح الوزير المهرجان في 23 سبتمبر.", [("23 سبتمبر", "2014-09-23")]),
    # the day itself told by أمس; the national day after ب is no time (guard)
    ("احتفلت المملكة أمس باليوم الوطني.", [("أمس", "2015-03-04")]),
    # a present verb after أن: a plan, no custom; 10 Dhu al-Hijja 1435 = 4 October 2014, its
    # third day 6 October, 150 days back (guard)
    ("اتفقوا على أن يزور الأبناء أهاليهم في ثالث أيام عيد الأضحى.",
     [("ثالث أيام عيد الأضحى", "2014-10-06")]),
])
def test_a_yearly_day_told_as_one_day_stays(nlp_dates, text, expected):
    assert values(nlp_dates, text, MARCH_5) == expected


def test_a_yearly_day_of_a_happening_in_a_present_clause_stays(nlp_dates):
    # the relative clause's present verb, then بعد and the accident: the accident's day (guard)
    text = "زار المدير الموظف الذي يرقد في المستشفى بعد تعرضه لحادث في أول أيام عيد الفطر."
    assert values(nlp_dates, text, "2015-07-26") == [("أول أيام عيد الفطر", "2015-07-17")]


@pytest.mark.parametrize("text", [
    # a relative clause opening with a present verb: a custom
    "هذه من الأكلات التي يحرص الأهالي على تناولها في أول أيام عيد الفطر.",
])
def test_a_custom_in_a_relative_clause_is_no_date(nlp_dates, text):
    assert values(nlp_dates, text, MARCH_5) == []


# -- national days ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # Kuwait: 25 February, eight days before 5 March 2015
    ("خرج المواطنون إلى الشوارع في اليوم الوطني للكويت.",
     [("اليوم الوطني للكويت", "2015-02-25")]),
    # Qatar: 18 December, 77 days before (the next one 288 days after)
    ("أقيم حفل في العيد الوطني القطري.", [("العيد الوطني القطري", "2014-12-18")]),
    ("أقيم حفل في العيد الوطني لدولة قطر.", [("العيد الوطني لدولة قطر", "2014-12-18")]),
])
def test_a_national_day_with_its_country(nlp_dates, text, expected):
    assert values(nlp_dates, text, MARCH_5) == expected


@pytest.mark.parametrize("text, expected", [
    # a dateline in Riyadh: Saudi Arabia's, 23 September, two days before 25 September 2015
    ("الرياض - واس\nخرج المواطنون إلى الشوارع في اليوم الوطني.",
     [("اليوم الوطني", "2015-09-23")]),
    # no dateline, a country with no day listed: no date (guards; the nineteenth session
    # listed Oman's day, so the unlisted country is now the United Kingdom's, London)
    ("خرج المواطنون إلى الشوارع في اليوم الوطني.", []),
    ("لندن - رويترز\nخرج المواطنون إلى الشوارع في اليوم الوطني.", []),
])
def test_a_national_day_alone_is_the_datelines_country(nlp_dates, text, expected):
    assert values(nlp_dates, text, "2015-09-25") == expected


# -- a feast's written day -------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # Umm al-Qura's 17 July; the text's country kept the feast on 18 July
    ("أدى المصلون الصلاة في عيد الفطر الموافق 18 يوليو.",
     [("عيد الفطر", "2015-07-18"), ("18 يوليو", "2015-07-18")]),
    ("أدى المصلون الصلاة في أول أيام عيد الفطر (السبت 18 يوليو) في المساجد.",
     [("أول أيام عيد الفطر", "2015-07-18"), ("السبت 18 يوليو", "2015-07-18")]),
    ("أدى المصلون الصلاة في عيد الفطر يوم السبت.",
     [("عيد الفطر", "2015-07-18"), ("يوم السبت", "2015-07-18")]),
])
def test_a_feast_takes_the_day_written_after_it(nlp_dates, text, expected):
    assert values(nlp_dates, text, "2015-07-20") == expected


@pytest.mark.parametrize("text, expected", [
    # no day written after it: Umm al-Qura's (guard)
    ("أدى المصلون الصلاة في عيد الفطر في المساجد.", [("عيد الفطر", "2015-07-17")]),
    # another day in another clause (guard)
    ("زار الوزير المدينة في عيد الفطر، وفي 19 يوليو عاد.",
     [("عيد الفطر", "2015-07-17"), ("19 يوليو", "2015-07-19")]),
])
def test_a_feast_with_no_day_written_after_it(nlp_dates, text, expected):
    assert values(nlp_dates, text, "2015-07-20") == expected


# -- verbs with a pronoun before a day ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    # a past form in ت of the eighth and sixth forms: no noun in ة is spelt so
    "ستعقد اللجنة اجتماعاً واعتقلتهم الشرطة الأحد.",
    "ستبدأ المحادثات وتابعته الشرطة الأحد.",
    # سيرهم "their walking", no future verb
    "سيعود الوفد أثناء سيرهم على الكورنيش الأحد.",
    "أثناء سيرهم على الكورنيش الأحد سقطت قذيفة.",
])
def test_a_weekday_after_a_past_verb_or_no_future_marker_is_the_last_one(nlp_dates, text):
    assert [v for _, v in values(nlp_dates, text, MARCH_5)] == ["2015-03-01"]


@pytest.mark.parametrize("text", [
    # a noun in ة with a pronoun (guard, as the seventeenth session)
    "والمقرر اقامتها الأحد في الملعب.",
    # a present form with a pronoun (guard)
    "ستبدأ المحادثات وتتابعه الشرطة الأحد.",
])
def test_a_weekday_after_a_noun_or_a_present_verb_stays_to_come(nlp_dates, text):
    assert [v for _, v in values(nlp_dates, text, MARCH_5)] == ["2015-03-08"]


@pytest.mark.parametrize("text", [
    # 20 April is 46 days after 5 March: a present verb with a pronoun is nearer than the past
    # verb opening the clause, so the day stays this year's
    "قتل مسلحون جندياً وتلاحقهم الشرطة في 20 أبريل.",
    "اعتقلت الشرطة ناشطاً وتحاكمه المحكمة في 20 أبريل.",
])
def test_a_present_verb_with_a_pronoun_keeps_a_late_day(nlp_dates, text):
    assert [v for _, v in values(nlp_dates, text, MARCH_5)] == ["2015-04-20"]


@pytest.mark.parametrize("word, future", [
    ("سيرهما", False), ("سيرهم", False), ("وسيرهم", False),
    # verbs with a pronoun (guards)
    ("سيجدهم", True), ("سيعدهم", True), ("سيلتقيهم", True), ("ستقيمها", True),
])
def test_a_listed_noun_with_a_pronoun_is_no_future_verb(word, future):
    assert looks_future_verb(fold(word)) is future
