"""Dates and event dates, thirteenth session (docs/accuracy.md, "Dates and event dates,
thirteenth session"), on sentences written for this file, values worked out by hand:

- a vague count after بعد told in the past (وبعد سنوات، بعد أيام من X) is a date of its own:
  three to ten units after the story's time, or after X's date when X is dated, an interval at
  the coarser granularity of the two, cut at the publication; with nothing to count from, the
  length (PXY); منذ سنوات after a past copula (كان يعيش هناك منذ سنوات) does not end a story;
- a story of its own year goes on into the next (في 2 أغسطس 1990 … وفي 17 يناير: 1991) when
  its year is written in the same sentence or the one before;
- a day and month with no year: after a future marker the coming one; as the date of a past
  verb, more than a week after the publication, last year's;
- merging: a fight named again by a definite noun (ونفذ الهجوم) after an assault of another
  kind in the sentence before is a mention of it; a foiled attack does not refer back to the
  foilers' own strike on the attackers (قصفت الطائرات مواقع المسلحين … وأحبط الجيش الهجوم).

Publication date Sunday 2 August 2015 unless a test says otherwise (a month with no year is the
nearest one: within nine months before, three after).
"""

from __future__ import annotations

import pytest
from _pipelines import date_triples, detect, nlp_dates  # noqa: F401

PUBLISHED = "2015-08-02"


def triples(nlp, text, published=PUBLISHED):
    return date_triples(nlp, text, published)


def values(nlp, text, published=PUBLISHED):
    return [(t, v) for t, v, _g in date_triples(nlp, text, published)]


# -- a vague count after بعد ---------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # years after a year: 1993 to 2000
    ("ولد الشاعر في عام 1990، وبعد سنوات انتقل إلى القاهرة.", ("بعد سنوات", "1993/2000", "year")),
    # days after a day: 6 to 13 March 2010
    ("سافر الوزير إلى القاهرة في 3 مارس 2010، وبعد أيام عاد إلى بلده.",
     ("بعد أيام", "2010-03-06/2010-03-13", "day")),
    # months after a year: April 2003 to October 2004, as years
    ("وقعت الحرب في عام 2003، وبعد أشهر سقطت المدينة.", ("بعد أشهر", "2003/2004", "year")),
    # (the story in the sentence before)
    ("وقعت الحرب في عام 2003. وبعد أشهر سقطت المدينة.", ("بعد أشهر", "2003/2004", "year")),
    # months after a month, cut at the publication: June 2015 to (January 2016) August 2015
    ("في مارس 2015 انتقل إلى القاهرة، وبعد أشهر عاد.", ("بعد أشهر", "2015-06/2015-08", "month")),
])
def test_a_vague_count_after_the_storys_time(nlp_dates, text, expected):
    assert triples(nlp_dates, text)[-1] == expected


def test_a_vague_count_after_a_dated_thing(nlp_dates):
    # months after 8 October 2005: January to August 2006
    text = "عاد اللاجئون بعد أشهر من الزلزال الذي ضرب المدينة في 8 أكتوبر 2005."
    assert triples(nlp_dates, text)[0] == ("بعد أشهر", "2006-01/2006-08", "month")


@pytest.mark.parametrize("text, expected", [
    # nothing to count from: a length of days, no day made up
    ("اعتقلت الشرطة المشتبه به، وبعد أيام أفرج عنه.", ("بعد أيام", "PXD")),
    # counted from a thing with no date of its own
    ("سافر الوزير إلى القاهرة في 3 مارس 2010، وبعد أيام من وصوله التقى الرئيس.",
     ("بعد أيام", "PXD")),
    # a time of the reader's (أمس) is no story's
    ("بدأ المشروع الشهر الماضي، وبعد أيام توقف.", ("بعد أيام", "PXD")),
    # all of it after the publication: July 2015 + three months is October
    ("في يوليو 2015 وصل الوزير، وبعد أشهر غادر.", ("بعد أشهر", "PXM")),
])
def test_a_vague_count_with_nothing_before_the_publication_to_count_from(nlp_dates, text,
                                                                           expected):
    assert values(nlp_dates, text)[-1] == expected


def test_a_vague_count_told_as_to_come_counts_from_the_publication(nlp_dates):
    # (a guard: as before, three to ten years after 2015)
    assert values(nlp_dates, "قال إنه سيعود بعد سنوات.") == [("بعد سنوات", "2018/2025")]


def test_since_years_after_a_past_copula_keeps_the_story(nlp_dates):
    text = "في عام 1990 كان يعيش هناك منذ سنوات، وفي أكتوبر غادر إلى القاهرة."
    assert values(nlp_dates, text)[-1] == ("أكتوبر", "1990-10")
    # (a guard: without the copula, years since end the story, as in the twelfth session)
    text = "ولد الشاعر في عام 1990، ومنذ سنوات انتقل إلى القاهرة، وفي أكتوبر أصدر ديوانه."
    assert values(nlp_dates, text)[-1] == ("أكتوبر", "2015-10")


# -- a story that goes on into its next year -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "في 2 أغسطس 1990 غزا العراق الكويت، وفي 17 يناير بدأت الحرب الجوية.",
    "غزا العراق الكويت في 2 أغسطس 1990. وفي 17 يناير بدأت الحرب الجوية.",
])
def test_a_story_goes_on_into_its_next_year(nlp_dates, text):
    assert values(nlp_dates, text)[-1] == ("17 يناير", "1991-01-17")


@pytest.mark.parametrize("text", [
    # two sentences on: the publication's rule
    "في 2 أغسطس 1990 غزا العراق الكويت. وتدخلت دول كثيرة. وفي 17 يناير بدأت الحرب.",
    # a day in brackets, not told as a time
    "وقعت اعتداءات 11 سبتمبر 2001 (28 مايو) في نيويورك.",
])
def test_other_earlier_months_keep_the_publications_year(nlp_dates, text):
    got = values(nlp_dates, text)[-1][1]
    assert got[:4] == "2015", got


# -- a day and month to come, and one told as past -----------------------------------------------

@pytest.mark.parametrize("text, published, value", [
    # the nearest 20 October is 2014's: with a future verb, 2015's
    ("سيعقد المؤتمر في 20 أكتوبر.", "2015-03-05", "2015-10-20"),
    # 20 January 2015 is over: the next one
    ("ستنطلق البطولة في 20 يناير.", PUBLISHED, "2016-01-20"),
    # (a guard: a day or two before a late publication stays of its year)
    ("ستنطلق البطولة في 2 مارس.", "2015-03-05", "2015-03-02"),
])
def test_a_day_told_as_to_come_is_the_coming_one(nlp_dates, text, published, value):
    assert values(nlp_dates, text, published)[-1][1] == value


@pytest.mark.parametrize("text, value", [
    # 20 April 2015 is 46 days after the publication: last year's
    ("قتل مسلحون جندياً في 20 أبريل.", "2014-04-20"),
    ("قتل مسلحون جندياً في أبريل.", "2014-04"),
])
def test_a_day_after_the_publication_of_a_past_verb_is_last_years(detect, text, value):
    events = detect(text, published="2015-03-05").events
    assert [e.date for e in events] == [value]


def test_a_day_just_after_the_publication_of_a_past_verb_stays(detect):
    # (a guard: two days after it, a publication date a little early)
    events = detect("قتل مسلحون جندياً في 7 مارس.", published="2015-03-05").events
    assert [e.date for e in events] == ["2015-03-07"]


# -- merging: an assault named again, the foilers' strike ----------------------------------------

def mentions(doc):
    return [(e.cameo, sorted({m.sentence for m in e.mentions})) for e in doc.events]


@pytest.mark.parametrize("text, cameo", [
    ("خطف مسلحون ثلاثة جنود في سيناء أمس. ونفذ الهجوم مسلحون ملثمون.", "181"),
    ("اغتال مسلحون ضابطاً في الشرطة في بغداد أمس. وأسفر الهجوم عن إصابة حارسه.", "186"),
])
def test_an_assault_named_again_as_the_attack_is_one_event(detect, text, cameo):
    assert mentions(detect(text, published=PUBLISHED)) == [(cameo, [0, 1])]


def test_an_indefinite_attack_after_an_assault_is_another(detect):
    text = "اغتال مسلحون ضابطاً في الشرطة في بغداد أمس. وشن مسلحون هجوماً على حاجز للجيش."
    assert len(detect(text, published=PUBLISHED).events) == 2


def test_the_foilers_strike_is_not_the_attack_foiled(detect):
    doc = detect("قصفت الطائرات مواقع المسلحين أمس. وأحبط الجيش الهجوم.", published=PUBLISHED)
    assert mentions(doc) == [("194", [0]), ("190", [1])]
    text = ("شن مسلحون هجوماً على حاجز للجيش أمس، وقصفت الطائرات مواقع المسلحين وأحبط الجيش "
            "الهجوم.")
    doc = detect(text, published=PUBLISHED)
    assert [(e.cameo, [doc.text[m.start:m.end] for m in e.mentions]) for e in doc.events] == [
        ("190", ["شن مسلحون هجوماً", "الهجوم"]), ("194", ["وقصفت"])]


def test_the_attackers_shelling_is_the_attack_foiled(detect):
    # (a guard: the shelling of no armed group is the attack, as before)
    doc = detect("قصف المسلحون الحاجز بقذائف الهاون أمس. وأحبط الجيش الهجوم.",
                 published=PUBLISHED)
    assert mentions(doc) == [("194", [0, 1])]
