"""Counts, years and pairs the dates stage misread on political news (ninth session, readings
of SaudiNewsNet 2015-08-03 and 2015-08-02): a count of eleven to nineteen (أربعة عشر عاماً), a
count of years older than two centuries (قبل 1400 عام), the year told before (20 فبراير من العام
نفسه، في ذلك العام، في العام التالي), اليوم as a length (طيلة اليوم), two weekdays or months and
the direction after the second (يومي الثلاثاء والأربعاء المقبلين), a month with a direction and no
preposition, a day and month of an old year (14 من نوفمبر عام 1831) and a movement named for a
day (فريق 8 آذار).

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


@pytest.mark.parametrize("text,expected", [
    # two weekdays and the direction of both after the second (published Friday 3 November)
    ("يجتمع المجلس يومي الثلاثاء والأربعاء المقبلين.",
     [("الثلاثاء", "2017-11-07", "day"), ("الأربعاء المقبلين", "2017-11-08", "day")]),
    # two months, the second's direction in the dual
    ("تراجعت الصادرات في شهري مايو ويونيو الماضيين.",
     [("مايو", "2017-05", "month"), ("يونيو الماضيين", "2017-06", "month")]),
    ("تجرى الانتخابات خلال شهري ديسمبر ويناير المقبلين.",
     [("ديسمبر", "2017-12", "month"), ("يناير المقبلين", "2018-01", "month")]),
])
def test_a_pair_takes_the_direction_written_after_it(nlp_dates, text, expected):
    assert dates_of(nlp_dates, text) == expected


def test_a_month_with_a_direction_needs_no_preposition(nlp_dates):
    assert dates_of(nlp_dates, "وقع الطرفان الاتفاق يونيو الماضي.") == \
        [("يونيو الماضي", "2017-06", "month")]


def test_a_day_and_month_of_an_old_year(nlp_dates):
    assert dates_of(nlp_dates, "ولد الفيلسوف في 27 من أغسطس سنة 1770 وتوفي في 14 من نوفمبر "
                               "عام 1831.") == [("27 من أغسطس سنة 1770", "1770-08-27", "day"),
                                                ("14 من نوفمبر عام 1831", "1831-11-14", "day")]


def test_a_movement_named_for_a_day_after_a_noun_beginning_like_a_proclitic(nlp_dates):
    # فريق begins with ف: the noun itself names the movement «8 آذار», no date
    assert dates_of(nlp_dates, "قال نائب من فريق 8 آذار إن الجلسة تأجلت أمس.") == \
        [("أمس", "2017-11-02", "day")]
