"""Date expressions of the eighth session: a day or period corrected in brackets (اليوم
(الخميس)، فجر اليوم (أمس)), a weekday after a relative day (غداً السبت), منذ with a vague count
or a qualifier, Hijri dates and years, and coordinated years.

Publication date 2017-11-03, a Friday. Values worked out by hand: the Thursday before is
2 November, the Wednesday 1 November, the Saturday after 4 November.
"""

from __future__ import annotations

import pytest

import marsad

PUBLISHED = "2017-11-03"


@pytest.fixture(scope="module")
def nlp_dates():
    return marsad.load(["layout", "sentences", "tokens", "dates"])


def dates_of(nlp, text, published=PUBLISHED):
    return [(d.text, d.value, d.granularity) for d in nlp(text, published=published).dates]


@pytest.mark.parametrize("text,expected", [
    # the source's today was the day before the reader's: the bracket gives the reader's day
    ("وقال الوزير اليوم (الخميس) إن المفاوضات متعثرة.", ("اليوم (الخميس)", "2017-11-02", "day")),
    ("قصفت الطائرات القرية فجر اليوم (أمس).", ("فجر اليوم (أمس)", "2017-11-02", "day")),
    ("التقى الرئيس السفير الخميس (أول من أمس).",
     ("الخميس (أول من أمس)", "2017-11-01", "day")),
    ("تراجعت الصادرات العام (الماضي).", ("العام (الماضي)", "2016", "year")),
    # a weekday in brackets or right after a relative day names that very day
    ("تبدأ الدورة غداً (السبت) في جدة.", ("غداً (السبت)", "2017-11-04", "day")),
    ("يصل الوفد غداً السبت إلى عمان.", ("غداً السبت", "2017-11-04", "day")),
    ("وقع الاتفاق أمس (الخميس) في القاهرة.", ("أمس (الخميس)", "2017-11-02", "day")),
])
def test_a_relative_day_named_or_corrected_after_it(nlp_dates, text, expected):
    assert dates_of(nlp_dates, text) == [expected]


def test_today_with_a_weekday_is_the_nearest_such_day(nlp_dates):
    # published Tuesday 31 October: the source's «today, Wednesday» is 1 November, not the
    # Wednesday of the week before; published Friday it is the day before yesterday
    text = "وصل الوفد اليوم الأربعاء إلى بغداد."
    assert dates_of(nlp_dates, text, "2017-10-31") == [("اليوم الأربعاء", "2017-11-01", "day")]
    assert dates_of(nlp_dates, text) == [("اليوم الأربعاء", "2017-11-01", "day")]


def test_a_bracket_after_an_absolute_date_or_a_length_is_not_a_correction(nlp_dates):
    got = dates_of(nlp_dates, "قال الوزير اليوم (الخميس) إن المهلة انتهت في 30 يونيو 2017 "
                              "(ستة أشهر) دون اتفاق.")
    assert got == [("اليوم (الخميس)", "2017-11-02", "day"), ("30 يونيو 2017", "2017-06-30", "day"),
                   ("ستة أشهر", "P6M", "duration")]
