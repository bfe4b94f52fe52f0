"""Counts and years the dates stage misread on political news (ninth session, a reading of
SaudiNewsNet 2015-08-03): a count of eleven to nineteen (أربعة عشر عاماً), a count of years
older than two centuries (قبل 1400 عام), the year told before (20 فبراير من العام نفسه، في ذلك
العام، في العام التالي) and اليوم as a length (طيلة اليوم).

Sentences written for these tests. Publication date 2017-11-03, a Friday.
"""

from __future__ import annotations

import pytest
from _pipelines import date_triples, nlp_dates  # noqa: F401 (nlp_dates is a fixture)

PUBLISHED = "2017-11-03"


def dates_of(nlp, text):
    return date_triples(nlp, text, PUBLISHED)


@pytest.mark.parametrize("text,expected", [
    # a unit and ten, written without و: the whole count, not «عشر» alone
    ("يعيش اللاجئون في المخيم منذ أربعة عشر عاماً.", ("منذ أربعة عشر عاماً", "P14Y", "duration")),
    ("استمر الإضراب خمسة عشر يوماً.", ("خمسة عشر يوماً", "P15D", "duration")),
    ("بقي الوزير في منصبه أحد عشر شهراً.", ("أحد عشر شهراً", "P11M", "duration")),
    # thirteen years before 2017 is 2004
    ("وقعت الحادثة قبل ثلاثة عشر عاماً.", ("قبل ثلاثة عشر عاماً", "2004", "year")),
])
def test_a_count_of_eleven_to_nineteen(nlp_dates, text, expected):
    assert dates_of(nlp_dates, text) == [expected]


def test_years_ago_beyond_two_centuries_are_a_year_of_history(nlp_dates):
    # 2017 - 1400 = 617
    assert dates_of(nlp_dates, "بني المسجد قبل 1400 عام.") == [("قبل 1400 عام", "0617", "year")]


@pytest.mark.parametrize("text,expected", [
    ("استقال الرئيس في 11 فبراير سنة 2011، وفي 20 فبراير من العام نفسه تحدث الوزير.",
     [("11 فبراير سنة 2011", "2011-02-11", "day"),
      ("20 فبراير من العام نفسه", "2011-02-20", "day")]),
    ("تأسست الشركة عام 1990، وفي ذلك العام افتتحت فرعها الأول.",
     [("عام 1990", "1990", "year"), ("ذلك العام", "1990", "year")]),
    ("فاز الحزب بالانتخابات عام 1999، وفي العام التالي خسر الأغلبية.",
     [("عام 1999", "1999", "year"), ("العام التالي", "2000", "year")]),
])
def test_the_year_told_before(nlp_dates, text, expected):
    assert dates_of(nlp_dates, text) == expected


def test_the_same_year_with_no_year_told_is_no_date(nlp_dates):
    # nothing before it names a year (a year of another paragraph does not count); «العام
    # التالي» alone stays the year after the publication
    text = ("فاز الحزب عام 1999، وخسر في العام نفسه مقعدين.\n"
            "وفي العام نفسه انسحب الوزير، وفي العام التالي تعود الانتخابات.")
    assert dates_of(nlp_dates, text) == [("عام 1999", "1999", "year"),
                                         ("العام نفسه", "1999", "year"),
                                         ("العام التالي", "2018", "year")]


def test_all_day_long_is_no_day(nlp_dates):
    assert dates_of(nlp_dates, "بقي الأطفال طيلة اليوم في المخيم، ووصل الوفد اليوم.") == \
        [("اليوم", "2017-11-03", "day")]


def test_later_after_a_town_spelt_like_a_future_verb(nlp_dates):
    # سنجار is a town, not «we shall …»: the story is told in the past
    assert dates_of(nlp_dates, "استعادت القوات أراضي سنجار لاحقاً، وستنسحب قريباً.") == \
        [("قريباً", "FUTURE_REF", "vague")]
