"""Review of the twenty-first session's Hijri days of the month (docs/accuracy.md, "Dates and
names leftovers …, twenty-first session", item 1 (b)): a day of the month that the tense before
it says is to come or past, where only the Hijri month's day agrees, is read in the Hijri month
only in an article with no Gregorian month nor year 19xx/20xx that is Saudi (its dateline, the
agency or outlet of its dateline, or the outlet `meta` names: lexicon outlets.json) or names a
Hijri month. Elsewhere an article dated a day after the day it names is common (a crawl's
date): the Gregorian day.

Values worked out by hand with a calendar. Umm al-Qura: 1 Shawwal 1436 = 17 July 2015, so 15
Shawwal is 31 July; 1 Ramadan 1445 = 11 March 2024, so 15 Ramadan is 25 March 2024. Sentences
written for this file.
"""

from __future__ import annotations

import pytest
from _pipelines import nlp_dates  # noqa: F401 (a fixture)


def _month_days(nlp, text, published, **meta):
    return [(d.text, d.value) for d in nlp(text, published=published, **meta).dates
            if "الجاري" in d.text]


@pytest.mark.parametrize("text, published, expected", [
    # the reviewer's shape: an Egyptian dateline, a Gregorian month and year in the article,
    # published a day after the 15th: the Gregorian 15 March (was 15 Ramadan, 25 March)
    ("القاهرة - أعلنت الوزارة يوم 2 مارس 2024 أن المعرض يستمر حتى 15 من الشهر الجاري.",
     "2024-03-16", [("15 من الشهر الجاري", "2024-03-15")]),
    # no dateline, no outlet, no Hijri month: the Gregorian 15 July (was 15 Shawwal, 31 July)
    ("أعلنت الهيئة أن المهرجان يستمر إلى 15 من الشهر الجاري.", "2015-07-22",
     [("15 من الشهر الجاري", "2015-07-15")]),
    # a foreign dateline with no Gregorian sign: still the Gregorian day
    ("عمان - أعلنت الهيئة أن المهرجان يستمر إلى 15 من الشهر الجاري.", "2015-07-22",
     [("15 من الشهر الجاري", "2015-07-15")]),
    # a Saudi dateline, but the article tells a Gregorian month: the Gregorian day
    ("الرياض - واس\nأعلنت الهيئة يوم 20 يوليو أن المهرجان يستمر إلى 15 من الشهر الجاري.",
     "2015-07-22", [("15 من الشهر الجاري", "2015-07-15")]),
    # a Saudi dateline and the publication's year, with no Hijri year: the Gregorian day
    ("الرياض - واس\nانطلق مهرجان صيف 2015 الذي يستمر إلى 15 من الشهر الجاري.",
     "2015-07-22", [("15 من الشهر الجاري", "2015-07-15")]),
])
def test_a_gregorian_day_outside_a_hijri_article(nlp_dates, text, published, expected):
    assert _month_days(nlp_dates, text, published) == expected


@pytest.mark.parametrize("text", [
    # (guards, as before) a Saudi dateline block, or on the body's first line, or the agency
    "الرياض - واس\nأعلنت الهيئة أن المهرجان يستمر إلى 15 من الشهر الجاري.",
    "جدة - أعلنت الهيئة أن المهرجان يستمر إلى 15 من الشهر الجاري.",
    "واس - أعلنت الهيئة أن المهرجان يستمر إلى 15 من الشهر الجاري.",
    # a Hijri date told in the article (شهر رمضان)
    "أعلنت الهيئة أن المهرجان الذي بدأ بعد شهر رمضان يستمر إلى 15 من الشهر الجاري.",
    # Saudi, with a Hijri year beside the Gregorian one
    "الرياض - واس\nيقام المهرجان (1436هـ - 2015م) ويستمر إلى 15 من الشهر الجاري.",
    # Saudi, with only a past Gregorian year (a prize of 2014), no Gregorian month
    "الرياض - واس\nأعلنت الهيئة الفائزة بجائزة عام 2014 أن المهرجان يستمر إلى 15 من الشهر"
    " الجاري.",
])
def test_a_hijri_day_in_a_saudi_or_hijri_article(nlp_dates, text):
    assert _month_days(nlp_dates, text, "2015-07-22") == [("15 من الشهر الجاري", "2015-07-31")]


@pytest.mark.parametrize("source, expected", [
    ("okaz", "2015-07-31"),  # a Saudi paper: 15 Shawwal
    ("ahram", "2015-07-15"),  # an Egyptian paper: the Gregorian day
])
def test_the_outlet_of_the_article_decides(nlp_dates, source, expected):
    text = "أعلنت الهيئة أن المهرجان يستمر إلى 15 من الشهر الجاري."
    assert _month_days(nlp_dates, text, "2015-07-22", source=source) == [
        ("15 من الشهر الجاري", expected)]


def test_a_bare_hijri_month_name_tells_no_hijri_day(nlp_dates):
    """A bare رمضان is also a given name: no Hijri day (was 15 Shawwal, 31 July); a sentence
    that names a Hijri month gives no day as before the session, only the month."""
    text = "القاهرة - أكد رمضان عبد الله أن المعرض يستمر إلى 15 من الشهر الجاري."
    assert _month_days(nlp_dates, text, "2015-07-22") == [("الشهر الجاري", "2015-07")]
