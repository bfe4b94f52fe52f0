"""Dates of «اليوم» and of chronology lines (twenty-sixth session, helper h5), on sentences
written for this file, values worked out by hand (published 1 August 2015 unless said):

- «في مثل هذا اليوم» and «في مثل هذه الأيام» name this day (these days) of another year: with a
  past year right after (من عام 1990، من أغسطس 1990، من العام الماضي، قبل عشرين عاماً) the
  publication's day and month in that year (a month for «الأيام»); without one, no date (and
  the event keeps the article's date, flagged "published"), never the publication day;
- «اليوم» of a generic statement is «nowadays» (PRESENT_REF), no date: heading its clause
  before a present verb of a state (اليوم يعيش العالم)، after a definite noun that heads its
  clause (الشباب اليوم يعانون، إن العالم اليوم), after a present verb of a state (يعيش العراق
  اليوم); but يحتفل العالم اليوم، اليوم يبدأ الطلاب and ها نحن نعيش اليوم stay today;
- a present verb of the events dictionaries with «اليوم» of the day and a count of its doers
  in its clause (يتظاهر الآلاف اليوم) is today's act, `asserted`, no habit; without a count (اليوم
  يقتل المسلحون الأبرياء) it stays `habitual`;
- a line of a chronology opened by a month alone (- مارس: …، - تشرين الأول: …) or by two names
  of a month (آذار/مارس 2011: …، - أيار/مايو: …) dates its events to that month: of the year
  written, or the nearest past one (published in August 2015, «- تشرين الأول:» is October 2014).
"""

from __future__ import annotations

import pytest
from _pipelines import detect, nlp_dates  # noqa: F401 (fixtures)
from test_dates_sixteenth import values

PUBLISHED = "2015-08-01"


def _events(nlp, text, published=PUBLISHED):
    """(trigger, cameo, modality, date, date source) of every event of `text`."""
    doc = nlp(text, published=published)
    return [(e.trigger, e.cameo, e.modality, e.date, e.date_source) for e in doc.events]


# -- «في مثل هذا اليوم»: an anniversary ----------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # "on this very day in 1990 Iraqi forces invaded Kuwait"
    ("في مثل هذا اليوم من عام 1990 اجتاحت القوات العراقية الكويت.",
     [("اليوم من عام 1990", "1990-08-01")]),
    # "precisely on this day of August 1990 the president ordered his army to invade"
    ("وتحديدا في مثل هذا اليوم من أغسطس 1990 أمر الرئيس جيشه بالغزو.",
     [("اليوم من أغسطس 1990", "1990-08-01")]),
    # "on this day last year settlers burned a house": last year's 1 August
    ("وفي مثل هذا اليوم من العام الماضي أحرق مستوطنون منزلا.",
     [("اليوم من العام الماضي", "2014-08-01")]),
    # "on this day twenty years ago"
    ("في مثل هذا اليوم قبل عشرين عاما وقعت المجزرة.",
     [("اليوم قبل عشرين عاما", "1995-08-01")]),
    # "in these very days of 2003 the troops entered the city": a month of that year
    ("وفي مثل هذه الأيام من عام 2003 دخلت القوات المدينة.",
     [("الأيام من عام 2003", "2003-08")]),
])
def test_this_day_of_a_past_year_is_that_years_day(nlp_dates, text, expected):
    assert values(nlp_dates, text, PUBLISHED) == expected


@pytest.mark.parametrize("text", [
    "في مثل هذا اليوم اجتاحت القوات العراقية الكويت.",
    "وقال إن الحركة عملت لمثل هذا اليوم.",  # "worked for such a day"
    "ويرتفع سعر التمور سنويا في مثل هذه الأيام.",  # "every year in these days"
])
def test_this_day_with_no_year_is_no_date(nlp_dates, text):
    assert values(nlp_dates, text, PUBLISHED) == []


def test_an_event_of_this_day_of_another_year_is_not_dated_today(detect):
    # with the year: that day, history; without: the article's date, flagged as its default
    found = _events(detect, "في مثل هذا اليوم من عام 1990 اجتاحت القوات العراقية الكويت.")
    assert [(t, m, d, s) for t, _c, m, d, s in found] == \
        [("اجتاحت", "historical", "1990-08-01", "expression")], found
    found = _events(detect, "في مثل هذا اليوم اجتاحت القوات العراقية الكويت.")
    assert [(t, d, s) for t, _c, _m, d, s in found] == \
        [("اجتاحت", PUBLISHED, "published")], found


# -- «اليوم» of a generic statement: nowadays --------------------------------------------------

@pytest.mark.parametrize("text", [
    "اليوم يعيش العالم أزمة اقتصادية خانقة.",  # "today the world lives a crisis"
    "واليوم نعاني من غلاء الأسعار.",
    "الشباب اليوم يعانون من البطالة.",  # "young people nowadays suffer"
    "وقال إن العالم اليوم أمام مرحلة جديدة.",
    "يعيش العراق اليوم أزمة سياسية حادة.",
])
def test_today_of_a_generic_statement_is_nowadays(nlp_dates, text):
    assert values(nlp_dates, text, PUBLISHED) == [("اليوم", "PRESENT_REF")]


@pytest.mark.parametrize("text", [
    "يحتفل العالم اليوم باليوم العالمي للشباب.",  # the world celebrates today
    "اليوم يبدأ الطلاب امتحاناتهم النهائية.",  # today the students begin
    "عاد الشباب اليوم من المعسكر.",  # the young men came back today
    "ها نحن نعيش اليوم فرحة العيد.",  # "here we are living today": the day itself
])
def test_today_of_a_days_happening_stays_today(nlp_dates, text):
    assert values(nlp_dates, text, PUBLISHED) == [("اليوم", PUBLISHED)]


def test_a_present_act_of_a_counted_crowd_today_is_news(detect):
    for text, trigger in (("يتظاهر الآلاف اليوم في القاهرة ضد الحكومة.", "يتظاهر"),
                          ("يعتصم اليوم مئات المعلمين أمام وزارة التربية.", "يعتصم"),
                          ("يتظاهر 300 طالب اليوم أمام الجامعة.", "يتظاهر")):
        found = _events(detect, text)
        assert (trigger, "asserted", PUBLISHED) in [(t, m, d) for t, _c, m, d, _s in found], \
            (text, found)
    # near-miss: «اليوم» heading a statement of what armed men do, with no count, stays a habit
    found = _events(detect, "اليوم يقتل المسلحون الأبرياء في كل مكان.")
    assert [m for t, _c, m, _d, _s in found if t == "يقتل"] == ["habitual"], found


# -- chronology lines led by a month alone ------------------------------------------------------

CHRONOLOGY = ("وفيما يلي أبرز الهجمات التي شنها التنظيم:\n"
              "- يناير: هاجم مسلحون مركزا للشرطة في العريش.\n"
              "- مارس: فجر انتحاري سيارة مفخخة قرب مقر الجيش.\n"
              "- تشرين الأول: اغتيال ضابط في الجيش.")


def test_a_line_led_by_a_month_alone_takes_that_month(detect):
    dates = {t: d for t, _c, _m, d, _s in _events(detect, CHRONOLOGY)}
    # January and March of 2015 are past; October 2015 is not yet: October 2014
    assert (dates.get("هاجم"), dates.get("فجر"), dates.get("اغتيال")) == \
        ("2015-01", "2015-03", "2014-10"), dates


def test_a_month_opening_a_line_is_read_as_a_date(nlp_dates):
    assert values(nlp_dates, CHRONOLOGY, PUBLISHED) == \
        [("يناير", "2015-01"), ("مارس", "2015-03"), ("تشرين الأول", "2014-10")]
    # near-miss: a bare month inside a line is still no date
    assert values(nlp_dates, "وقال إن مارس شهر الربيع.", PUBLISHED) == []


def test_a_line_led_by_two_names_of_a_month_keeps_the_list_open(detect):
    text = ("وفيما يلي أبرز الهجمات التي شنها التنظيم:\n"
            "آذار/مارس 2011: قتل مسلحون عشرة جنود في درعا.\n"
            "- أيار/مايو: اختطف مسلحون ثلاثة جنود.")
    found = {t: (m, d) for t, _c, m, d, _s in _events(detect, text)}
    assert found.get("قتل") == ("historical", "2011-03"), found
    assert found.get("اختطف") == ("historical", "2015-05"), found
