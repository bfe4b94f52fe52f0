"""Dates, sixteenth session (docs/accuracy.md, "Dates and names leftovers, sixteenth session"),
on sentences written for this file, values worked out by hand with a calendar:

- a past verb's day with no preposition before it: a weekday that a future marker earlier in
  its sentence made the coming one is the last one when the nearest verb before it is a past
  one (وقتل الأحد); a day and month after يوم, a part of the day or a weekday (قتل … يوم 20
  أبريل) is moved to last year as one after في is;
- a year in a tournament's name (كأس العالم 2018) gives its year to a range of days or months
  after it, the named thing's span, and tells no story; a year before يوم is no length of 2018
  days; a named past event with its year (حرب أكتوبر 1973) stays a date, the time of the war,
  but does not date an event of its remembrance (في الذكرى السنوية لحرب أكتوبر 1973);
- a count from «ذلك» with no date in its sentence is counted from the date of the sentence
  before.
"""

from __future__ import annotations

import pytest
from _pipelines import date_triples, nlp_dates  # noqa: F401 (a fixture)


def values(nlp, text, published):
    return [(t, v) for t, v, _ in date_triples(nlp, text, published)]


# -- a past verb's day with no preposition -----------------------------------------------------

# 5 March 2015 is a Thursday: the last Sunday is 1 March, the next one 8 March
@pytest.mark.parametrize("text, published, value", [
    # a future verb two clauses back; the killing, past, was on the last Sunday
    ("وأعلنت الوزارة أنها ستفتتح المدرسة، وقتل الأحد 5 أشخاص في هجوم.", "2015-03-05",
     "2015-03-01"),
    # published on Friday 6 March: Thursday 5 March, not the 12th
    ("قال الوزير إنه سيزور المدينة، وأعلنت الخميس الحكومة إغلاق الطريق.", "2015-03-06",
     "2015-03-05"),
    # after يوم
    ("ستفتح المدارس، وكانت الحكومة أعلنت يوم الأحد الموعد.", "2015-03-05", "2015-03-01"),
])
def test_a_past_verbs_weekday_after_a_future_marker_is_the_last_one(
        nlp_dates, text, published, value):
    assert [v for _, v in values(nlp_dates, text, published)] == [value]


@pytest.mark.parametrize("text, value", [
    # published on Sunday 2 August 2015: the coming Monday, 3 August; فتح is the noun of the
    # future verb before it (guard)
    ("قالت الإدارة إن البورصة ستعيد فتح أبوابها يوم الإثنين.", "2015-08-03"),
    # عبر, a preposition spelt as a past verb, unmarked: Tuesday 4 August (guard)
    ("وقال إن نتنياهو سيلقي خطاباً عبر الإنترنت الثلاثاء.", "2015-08-04"),
])
def test_a_future_weekday_after_an_unmarked_past_form_stays_to_come(nlp_dates, text, value):
    assert [v for _, v in values(nlp_dates, text, "2015-08-02")] == [value]


@pytest.mark.parametrize("text, value", [
    ("سيعقد الاجتماع الأحد.", "2015-03-08"),  # a future verb (guard)
    ("من المقرر أن يصل الوزير الأحد.", "2015-03-08"),  # a present verb after a marker (guard)
    ("قتل مسلحون جندياً الأحد.", "2015-03-01"),  # no future marker: the last one (guard)
])
def test_other_weekdays_keep_their_reading(nlp_dates, text, value):
    assert [v for _, v in values(nlp_dates, text, "2015-03-05")] == [value]


# 20 April is 46 days after 5 March 2015: the act told in the past was on 20 April 2014 (a
# Sunday, as «الأحد 20 أبريل» says)
@pytest.mark.parametrize("text", [
    "قتل مسلحون جندياً يوم 20 أبريل.",
    "قتل مسلحون جندياً مساء 20 أبريل.",
    "وقتل الأحد 20 أبريل خمسة أشخاص في هجوم.",
])
def test_a_past_verbs_day_after_a_day_word_is_last_years(nlp_dates, text):
    assert [v for _, v in values(nlp_dates, text, "2015-03-05")] == ["2014-04-20"]


@pytest.mark.parametrize("text", [
    "ستلتقي الوزيرة نظيرها يوم 20 أبريل.",  # a future verb (guard)
    "يلعب الفريق مع هجر يوم 20 أبريل.",  # a present verb (guard)
])
def test_other_days_after_a_day_word_keep_the_publications_year(nlp_dates, text):
    assert [v for _, v in values(nlp_dates, text, "2015-03-05")] == ["2015-04-20"]


# -- years of names --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("تستضيف روسيا كأس العالم 2018 من 14 يونيو إلى 15 يوليو.", "2018-06-14/2018-07-15"),
    ("تقام بطولة كأس القارات 2017 بين 17 يونيو والثاني من يوليو.", "2017-06-17/2017-07-02"),
    ("تقام دورة الألعاب الأولمبية 2016 في ريو من 5 إلى 21 أغسطس.", "2016-08-05/2016-08-21"),
])
def test_a_range_after_a_tournaments_name_takes_its_year(nlp_dates, text, value):
    assert [v for _, v in values(nlp_dates, text, "2015-08-05")] == [value]


@pytest.mark.parametrize("text, value", [
    # a single day after the name: a qualifying match of this year, and 2018 is no length
    ("فاز المنتخب في تصفيات كأس العالم 2018 يوم 20 سبتمبر على اليابان.", "2015-09-20"),
    # another clause after و (guard)
    ("فاز المنتخب في تصفيات كأس العالم 2018 وفي 20 سبتمبر يلعب مع اليابان.", "2015-09-20"),
    # no name before the range (guard)
    ("يقام المهرجان من 5 إلى 21 أغسطس.", "2015-08-05/2015-08-21"),
])
def test_other_days_after_a_tournaments_name(nlp_dates, text, value):
    assert [v for _, v in values(nlp_dates, text, "2015-08-05")] == [value]


def test_a_range_with_no_year_after_a_story_keeps_the_publications_year(nlp_dates):
    # (guard: a range of days of one month takes a tournament's year, not a story's)
    got = values(nlp_dates, "قتل المسلح 12 شخصاً عام 2012، وسوف يصدر الحكم بين 24 و26 أغسطس.",
                 "2015-08-05")
    assert got[-1][1] == "2015-08-24/2015-08-26"


def test_a_tournaments_year_tells_no_story(nlp_dates):
    # the year of the 2010 cup is no story's year for the day after it, and no length
    got = values(nlp_dates, "يلتقي المنتخب الفائز بلقب كأس العالم في 2010 يوم الخامس من سبتمبر "
                 "مع ضيفه.", "2015-07-27")
    assert [v for _, v in got] == ["2010", "2015-09-05"]


def test_a_named_war_with_its_year_stays_its_date(nlp_dates):
    got = values(nlp_dates, "وتظاهر الآلاف في ذكرى حرب أكتوبر 1973.", "2015-03-05")
    assert got == [("أكتوبر 1973", "1973-10")]


@pytest.mark.parametrize("text, date", [
    # the anniversary's killing: the war's month is no date of it
    ("وقتل مسلحون جنديا في الذكرى السنوية لحرب أكتوبر 1973.", "2015-03-05"),
    ("واعتقلت الشرطة ناشطين في ذكرى هجمات سبتمبر 2001.", "2015-03-05"),
    # killed in the war: its time (guard)
    ("شارك الجندي في حرب أكتوبر 1973 وقتل فيها.", "1973-10"),
    # the war's battles: its time (guard)
    ("وشهدت المدينة آخر معارك حرب أكتوبر 1973 بين الجيش المصري والجيش الإسرائيلي.", "1973-10"),
])
def test_a_named_wars_date_is_no_date_of_its_remembrance(nlp, text, date):
    doc = nlp(text, published="2015-03-05")
    assert [e.date for e in doc.events] == [date], [(e.trigger, e.date) for e in doc.events]


# -- counts from «ذلك» in the next sentence ---------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("وقع الهجوم في 3 مارس 2014. وبعد يومين من ذلك أعلن الجيش النصر.", "2014-03-05"),
    ("وقع الهجوم في 3 مارس 2014.\nوبعد يومين من ذلك أعلن الجيش النصر.", "2014-03-05"),
    ("ولد الشاعر عام 1950. وقبل عام من ذلك هاجر والده.", "1949"),
])
def test_a_count_from_that_in_the_next_sentence(nlp_dates, text, value):
    assert values(nlp_dates, text, "2015-03-05")[-1][1] == value


def test_a_count_from_that_two_sentences_on_stays_a_length(nlp_dates):
    # (guard: a sentence with no date between)
    got = values(nlp_dates, "وقع الهجوم في 3 مارس 2014. ثم انسحب الجيش. وبعد يومين من ذلك أعلن "
                 "النصر.", "2015-03-05")
    assert got[-1] == ("بعد يومين", "P2D")


def test_a_thousand_days_is_still_a_length(nlp_dates):
    # review of the sixteenth session: the tournament-year guard dropped every "N يوم" with N
    # from 1000 to 2099 (1000 and 1500 days are written with the singular يوم)
    for n in ("1000", "1500"):
        doc = nlp_dates(f"قال الوزير بعد مرور {n} يوم على الحرب إن المفاوضات مستمرة.")
        assert any(d.granularity == "duration" and d.value == f"P{n}D" for d in doc.dates), n
