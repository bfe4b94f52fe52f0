"""Dates and names, twenty-first session (docs/accuracy.md, "Dates and names leftovers …,
twenty-first session"), on sentences written for this file, values worked out by hand with a
calendar. Umm al-Qura: 1 Shawwal 1436 = Friday 17 July 2015, so the d-th of Shawwal is 16 + d
July (22 July is 6 Shawwal, 23 July 7 Shawwal, 3 August 18 Shawwal, 2 August 17 Shawwal); 13
August 2015 is a Thursday (9 August a Sunday).

- a day of the month with no month (15 من الشهر الجاري) is the Hijri month's day when the
  words before it say it is to come (تستمر حتى) or past (منذ) and only the Hijri day agrees,
  and in an article whose dates are told in the Hijri calendar alone (unless the tense says
  the Gregorian one);
"""

from __future__ import annotations

import pytest
from _pipelines import nlp_dates  # noqa: F401 (a fixture)
from test_dates_sixteenth import values

# -- a day of the month counted in the Hijri month ------------------------------------------


@pytest.mark.parametrize("text, published, expected", [
    # to come (تستمر حتى), the Gregorian 15 July already past on 22 July: 15 Shawwal = 31 July
    ("تستمر فعاليات المهرجان الصيفي حتى 15 من الشهر الجاري.", "2015-07-22",
     [("15 من الشهر الجاري", "2015-07-31")]),
    # to come (تنطلق), the Gregorian 12 July past on 23 July: 12 Shawwal = 28 July
    ("وتنطلق المسابقة الثقافية في الـ12 الجاري بمشاركة واسعة.", "2015-07-23",
     [("12 الجاري", "2015-07-28")]),
    # past (منذ), the Gregorian 10 August still to come on 3 August: 10 Shawwal = 26 July
    ("وشهد المعرض منذ افتتاحه في 10 من الشهر الجاري إقبالاً كبيراً.", "2015-08-03",
     [("10 من الشهر الجاري", "2015-07-26")]),
    # an article of Hijri dates alone (شهر ذي القعدة, no Gregorian month nor year): 20 Shawwal
    # = 5 August (the Gregorian 20 August would agree with يبدأ too: the calendar decides)
    ("يبدأ التسجيل يوم 20 من الشهر الجاري. وتبدأ الدراسة مطلع شهر ذي القعدة المقبل.",
     "2015-08-03", [("20 من الشهر الجاري", "2015-08-05")]),
    # a weekday and the day in an article of Hijri dates: Thursday 28 Shawwal = 13 August
    ("ويختتم البرنامج يوم الخميس 28 من الشهر الجاري. ويقام الحفل في 1436هـ.",
     "2015-08-06", [("يوم الخميس 28 من الشهر الجاري", "2015-08-13")]),
])
def test_a_day_of_the_month_counted_in_the_hijri_month(nlp_dates, text, published, expected):
    assert [(t, v) for t, v in values(nlp_dates, text, published) if "الشهر" in t or
            "الجاري" in t] == expected


@pytest.mark.parametrize("text, published, expected", [
    # (guards, as before) a past verb and a past Gregorian day: the Gregorian one
    ("وكانت الصحيفة نشرت في 14 من الشهر الجاري تقريراً عن المستشفى.", "2015-07-23",
     [("14 من الشهر الجاري", "2015-07-14")]),
    # both days to come and no Hijri date in the article: the Gregorian one
    ("يستمر المعرض حتى 28 من الشهر الجاري.", "2015-07-23",
     [("28 من الشهر الجاري", "2015-07-28")]),
    # a Hijri month in the article, but the Hijri 15 Shawwal (31 July) is past on 2 August and
    # ستنطلق says to come: the Gregorian 15 August
    ("وستنطلق البطولة يوم 15 من الشهر الحالي. وكان الفريق قد تأهل في شهر رمضان الماضي.",
     "2015-08-02", [("15 من الشهر الحالي", "2015-08-15")]),
])
def test_a_day_of_the_month_stays_gregorian(nlp_dates, text, published, expected):
    assert [(t, v) for t, v in values(nlp_dates, text, published) if "الشهر" in t or
            "الجاري" in t] == expected
