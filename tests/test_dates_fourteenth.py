"""Dates and event dates, fourteenth session (docs/accuracy.md, "Dates and event dates,
fourteenth session"), on sentences written for this file, values worked out by hand:

- a past verb's day or month with no year after the publication: the Date annotation says what
  the event's date says (last year's), not only the event;
- `looks_future_verb` tells foreign names (a stem too long for a verb, ت + ي) and nouns with a
  pronoun (سنتها، سيرتهم، سيرها) from future verbs, and no longer reads them as markers of a time
  to come; the real future verbs stay (ستعقد، سيزور، ستستمر، سيجدها);
- a range of two months, or of two days whose first has no year (من 14 يونيو إلى 15 يوليو
  2018), is one interval with both ends; a time put off from one month to another is two
  dates;
- a count after قبل / بعد followed by من الآن is counted from the publication; one followed by
  a preposition that opens a phrase of another kind (من أجل، عن طريق، من الزمن) is read as with
  nothing after it, not as measured from an event.

Publication date Sunday 2 August 2015 unless a test says otherwise (a month with no year is the
nearest one: within nine months before, three after).
"""

from __future__ import annotations

import pytest
from _pipelines import date_triples, detect, nlp_dates  # noqa: F401

from marsad.text.future import looks_future_verb
from marsad.text.normalize import fold

PUBLISHED = "2015-08-02"


def triples(nlp, text, published=PUBLISHED):
    return date_triples(nlp, text, published)


# -- a past verb's day after the publication: the Date says it too -------------------------------

@pytest.mark.parametrize("text, value", [
    # 20 April 2015 is 46 days after 5 March 2015: the killing was on 20 April 2014
    ("قتل مسلحون جندياً في 20 أبريل.", "2014-04-20"),
    ("قتل مسلحون جندياً في أبريل.", "2014-04"),
])
def test_the_date_of_a_past_verb_after_the_publication_is_last_years_too(detect, text, value):
    doc = detect(text, published="2015-03-05")
    assert [d.value for d in doc.dates] == [value]
    assert [e.date for e in doc.events] == [value]


def test_a_day_after_a_future_verb_keeps_its_year(detect):
    # (a guard: the conference is to come, 20 April 2015)
    doc = detect("سيعقد المؤتمر في 20 أبريل.", published="2015-03-05")
    assert [d.value for d in doc.dates] == ["2015-04-20"]


# -- looks_future_verb: names and nouns spelt as س + a present verb --------------------------------

@pytest.mark.parametrize("word", [
    "ستيوارت", "ستيفن",  # ت + ي: no verb of news begins so
    "ستاندرد", "سيباستيان", "ستيرلينغ",  # a stem of five letters not as a derived verb's, or longer
    "سيرجيو",  # a foreign name in يو
    "سنوياً",  # an adverb in ًا
    "سنتها", "سيرتهم", "سيادتك",  # a noun in ة with a pronoun
    "سيرها", "سياقها", "سيدنا",  # a noun with a pronoun: one letter left, or two after a long vowel
    "ستريت",  # (dates.json not_future_verbs: وول ستريت)
])
def test_names_and_nouns_are_no_future_verbs(word):
    assert not looks_future_verb(fold(word))


@pytest.mark.parametrize("word", [
    "ستعقد", "سيزور", "ستستمر", "وستبدأ", "سيجدها", "سيراها", "سيتواجدون", "سيستقبلونهم",
    "ستتخذها", "سيشاركك", "سنحتكم", "ستؤول", "ستستأنف", "ستترك", "ستساهم",
])
def test_future_verbs_stay(word):
    # (guards: pass on the old code too)
    assert looks_future_verb(fold(word))


@pytest.mark.parametrize("text, expected", [
    # the nearest April (2015), not the coming one (2016) as after a future verb
    ("وقال ستيوارت لصحيفة الغارديان في أبريل إن الشركة خسرت.", ("أبريل", "2015-04", "month")),
    # the nearest 1 July, 32 days before the publication (2016 as to come)
    ("وتبدأ سنتها المالية في الأول من يوليو.", ("الأول من يوليو", "2015-07-01", "day")),
])
def test_a_name_or_noun_is_no_marker_of_a_time_to_come(nlp_dates, text, expected):
    assert triples(nlp_dates, text) == [expected]


def test_a_name_is_no_verb_to_come_governing_a_noun(detect):
    # the protests were yesterday: asserted (a future verb before the noun made them to come)
    doc = detect("وشهدت ستانفورد احتجاجات واسعة أمس.", published=PUBLISHED)
    assert [(e.cameo, e.modality) for e in doc.events] == [("140", "asserted")]


# -- ranges of months and days ---------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # January to March of the nearest year, 2015
    ("ارتفعت الأسعار خلال الفترة من يناير إلى مارس.",
     ("من يناير إلى مارس", "2015-01/2015-03", "month")),
    # the second month after و, with no word of time before it
    ("ارتفعت الأسعار بين شهري يناير ومارس 2014.",
     ("بين شهري يناير ومارس 2014", "2014-01/2014-03", "month")),
    # the first month takes the second's year, the year before when it comes later
    ("ارتفعت الأسعار من نوفمبر إلى فبراير 2014.",
     ("من نوفمبر إلى فبراير 2014", "2013-11/2014-02", "month")),
    ("عمل هناك من مارس 2011 حتى يونيو 2013.", ("من مارس 2011 حتى يونيو 2013", "2011-03/2013-06",
                                                "month")),
    # the first day takes the second's year (not the publication's nearest June, 2015)
    ("تقام البطولة من 14 يونيو إلى 15 يوليو 2018.",
     ("من 14 يونيو إلى 15 يوليو 2018", "2018-06-14/2018-07-15", "day")),
])
def test_a_range_is_one_interval(nlp_dates, text, expected):
    assert triples(nlp_dates, text) == [expected]


def test_a_range_after_and_between(nlp_dates):
    # وبين: the first month after the conjunction, the second after و
    assert triples(nlp_dates, "وبين أبريل ويونيو ارتفعت عائدات الشركة.") == [
        ("بين أبريل ويونيو", "2015-04/2015-06", "month")]


def test_a_time_put_off_is_two_dates(nlp_dates):
    # (a guard: the old time and the new, not a span from June to September)
    text = "قررت الحكومة تأجيل الانتخابات البلدية من يونيو إلى سبتمبر."
    assert triples(nlp_dates, text) == [("يونيو", "2015-06", "month"),
                                        ("سبتمبر", "2015-09", "month")]


def test_a_range_in_a_story_takes_its_year(nlp_dates):
    text = "في عام 2010 ارتفعت الأسعار خلال الفترة من يناير إلى مارس."
    assert triples(nlp_dates, text)[-1] == ("من يناير إلى مارس", "2010-01/2010-03", "month")


def test_a_range_to_come_takes_the_first_days_year(nlp_dates):
    # 20 October 2015 is to come (the nearest is 2014's); the second day is of the same October
    text = "سيعقد المؤتمر في الفترة من 20 أكتوبر إلى 25 أكتوبر."
    assert triples(nlp_dates, text, "2015-03-05") == [
        ("من 20 أكتوبر إلى 25 أكتوبر", "2015-10-20/2015-10-25", "day")]


@pytest.mark.parametrize("text, expected", [
    # (guards: pass on the old code too)
    ("عمل هناك من 2011 إلى 2013.", [("من 2011 إلى 2013", "2011/2013", "year")]),
    ("عمل هناك بين عامي 2011 و2013.", [("بين عامي 2011 و2013", "2011/2013", "year")]),
    ("عمل هناك بين 24 و26 يوليو.", [("بين 24 و26 يوليو", "2015-07-24/2015-07-26", "day")]),
])
def test_ranges_of_years_and_days_stay(nlp_dates, text, expected):
    assert triples(nlp_dates, text) == expected


# -- a count after قبل / بعد and a preposition ----------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # from now: 2015 + 2, 2015 - 2
    ("سيكتمل المشروع بعد عامين من الآن.", ("بعد عامين", "2017", "year")),
    ("بدأ المشروع قبل عامين من الآن.", ("قبل عامين", "2013", "year")),
    # a phrase of another kind after the preposition: a year before the publication
    ("انتقل إلى المدينة قبل عام من أجل الدراسة.", ("قبل عام", "2014", "year")),
    # three to ten days before 2 August 2015
    ("احتفلنا بها قبل أيام قليلة عن طريق الإذاعة.", ("قبل أيام", "2015-07-23/2015-07-30", "day")),
    # three to ten years before 2015
    ("عاش الناس هنا قبل سنوات من الزمن.", ("قبل سنوات", "2005/2012", "year")),
])
def test_a_count_before_a_phrase_of_another_kind_is_from_the_publication(nlp_dates, text,
                                                                           expected):
    assert triples(nlp_dates, text) == [expected]


def test_a_count_measured_from_an_event_stays_a_length(nlp_dates):
    # (a guard: two days before the elections, whose date is not told)
    assert triples(nlp_dates, "جرى ذلك قبل يومين من الانتخابات.") == [
        ("قبل يومين", "P2D", "duration")]
