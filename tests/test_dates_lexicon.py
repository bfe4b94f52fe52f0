"""The words of the dates stage are a dictionary file (lexicon/data/dates.json, tenth session):
it loads against its schema, holds every category the dates module reads, and its words are
reachable: each one, in a sentence written for it, does what its category says.

Publication date 2017-11-03, a Friday (the Tuesday before is 31 October, the next 7 November).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import fields

import pytest
from _pipelines import date_triples, nlp_dates  # noqa: F401 (nlp_dates is a fixture)

from marsad.dates.extract import hijri_to_gregorian
from marsad.dates.lexicon import (DATES_FILE, DateWords, date_words, gregorian_months,
                                  ordinal_days, read_date_words, weekdays)
from marsad.errors import LexiconError
from marsad.lexicon import builtin_data_dir, validate_dir
from marsad.text.normalize import fold

PUBLISHED = "2017-11-03"
WORDS = date_words()


def values(nlp, text):
    return [v for _t, v, _g in date_triples(nlp, text, PUBLISHED)]


def test_the_file_loads_with_every_category_and_words_in_the_matching_form():
    assert not validate_dir(builtin_data_dir())
    raw = json.loads((builtin_data_dir() / DATES_FILE).read_text(encoding="utf-8"))
    assert {e["category"] for e in raw["entries"]} == {f.name for f in fields(DateWords)}
    for f in fields(DateWords):
        words = getattr(WORDS, f.name)
        assert words, f.name
        assert all(fold(w) == w for w in words), f.name


def test_an_unknown_or_missing_category_is_an_error_naming_the_file(tmp_path):
    raw = json.loads((builtin_data_dir() / DATES_FILE).read_text(encoding="utf-8"))
    raw["entries"][0]["category"] = "directionz"
    bad = tmp_path / DATES_FILE
    bad.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(LexiconError, match=r"dates\.json.*directionz.*missing: \['directions'\]"):
        read_date_words(bad)
    raw["entries"][0]["units"] = {"سنة": ["X", 1, 1]}  # a second form and a bad designator
    bad.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(LexiconError, match="schema error"):
        read_date_words(bad)


def test_every_single_direction_turns_a_month(nlp_dates):
    months = {-1: "2017-10", 0: "2017-11", 1: "2017-12"}
    for word, direction in WORDS.directions.items():
        if word in WORDS.pair_directions:
            continue
        assert values(nlp_dates, f"عاد الوفد الشهر {word}.") == [months[direction]], word


def test_every_pair_direction_turns_two_weekdays(nlp_dates):
    days = {-1: ["2017-10-31", "2017-11-01"], 1: ["2017-11-07", "2017-11-08"]}
    for word, direction in WORDS.pair_directions.items():
        text = f"يعقد المجلس جلستين يومي الثلاثاء والاربعاء {word}."
        assert values(nlp_dates, text) == days[direction], word


def test_every_month_name_and_ordinal_day_is_read(nlp_dates):
    for name, month in gregorian_months().items():
        assert values(nlp_dates, f"وصل الوفد في 5 {name} 2015.") == \
            [f"2015-{month:02d}-05"], name
    for name, day in ordinal_days().items():
        assert values(nlp_dates, f"وصل الوفد في {name} من يوليو 2015.") == \
            [f"2015-07-{day:02d}"], name


def test_every_hijri_month_is_read(nlp_dates):
    for name, month in WORDS.hijri_months.items():
        expected = hijri_to_gregorian(1436, month, 15).isoformat()
        assert values(nlp_dates, f"وصل الوفد في 15 {name} 1436هـ.") == [expected], name


def test_every_weekday_is_its_last_day(nlp_dates):
    published = dt.date.fromisoformat(PUBLISHED)
    for name, wd in weekdays().items():
        day = published - dt.timedelta(days=(published.weekday() - wd) % 7)
        assert values(nlp_dates, f"وصل الوفد يوم {name}.") == [day.isoformat()], name


def test_every_duration_unit_is_a_length(nlp_dates):
    for unit, (designator, alone, mult) in WORDS.duration_units.items():
        count = alone if alone is not None else 3
        text = f"استمر الحصار {unit}." if alone is not None else f"استمر الحصار ثلاثة {unit}."
        n = count * mult
        expected = f"PT{n}{designator[0]}" if designator in ("H", "MIN") else f"P{n}{designator}"
        assert values(nlp_dates, text) == [expected], unit


def test_every_decade_is_read(nlp_dates):
    for word, tens in WORDS.decades.items():
        assert values(nlp_dates, f"هاجر في ال{word}ات من القرن الماضي.") == [f"19{tens}"], word


@pytest.mark.parametrize("category,template", [
    ("naming_nouns", "سار المحتجون في {w} 26 يوليو."),
    ("per_unit_words", "يتناول المريض الدواء ثلاث مرات {w} اليوم."),
    ("prayer_words", "خرج المصلون بعد {w} الجمعة."),
    ("today_names", "قال لقناة {w} اليوم إن الوضع هادئ."),
    ("not_this_day_words", "بقي في المدينة {w} اليوم."),
])
def test_every_word_that_makes_a_name_or_another_day_leaves_no_date(nlp_dates, category,
                                                                    template):
    for w in getattr(WORDS, category):
        assert values(nlp_dates, template.format(w=w)) == [], (category, w)


def test_every_word_before_a_bare_month_makes_it_a_date(nlp_dates):
    for w in WORDS.month_context:
        assert values(nlp_dates, f"وصل الوفد {w} يوليو.") == ["2017-07"], w


@pytest.mark.parametrize("category", ["nowadays_heads", "until_words", "present_pronouns"])
def test_every_word_of_nowadays_makes_today_the_present(nlp_dates, category):
    for w in getattr(WORDS, category):
        assert values(nlp_dates, f"يتحدث الكاتب عن {w} اليوم.") == ["PRESENT_REF"], w


def test_every_future_word_makes_a_bare_weekday_the_coming_one(nlp_dates):
    for w in WORDS.future_words:
        if w.startswith("ال"):
            text = f"ومن {w} ان يصل الوفد يوم الثلاثاء."
        elif w == "سوف":
            text = "سوف يصل الوفد يوم الثلاثاء."
        else:
            text = f"{w} الوفد زيارة المدينة يوم الثلاثاء."
        assert values(nlp_dates, text) == ["2017-11-07"], w


@pytest.mark.parametrize("text,expected", [
    # أوائل (folded اوايل) was written with its hamza in the Python lists and never matched
    ("بدأ العمل في أوائل العام الماضي.", [("أوائل العام الماضي", "2016", "year")]),
    ("تأسست الشركة في أوائل 2010.", [("أوائل 2010", "2010", "year")]),
    ("وصل الوفد أوائل يوليو.", [("يوليو", "2017-07", "month")]),
    # a bare month after شهر that opens the match
    ("وصل الوفد شهر يوليو.", [("شهر يوليو", "2017-07", "month")]),
    # الفائتة (folded الفايته) after a plural of paucity
    ("تراجعت الأسعار خلال الأيام الفائتة.", [("الأيام الفائتة", "2017-10-24/2017-11-02",
                                               "day")]),
])
def test_words_with_a_hamza_on_ya_and_a_month_after_shahr_are_read(nlp_dates, text, expected):
    assert date_triples(nlp_dates, text, PUBLISHED) == expected


def test_every_same_word_makes_today_the_day_told_before(nlp_dates):
    for w in WORDS.same_words:
        text = f"اعتقلت الشرطة أمس ثلاثة، وفي اليوم {w} أفرجت عن اثنين."
        assert values(nlp_dates, text) == ["2017-11-02", "2017-11-02"], w


def test_every_idiom_has_its_value(nlp_dates):
    for idiom, value in WORDS.idioms.items():
        assert values(nlp_dates, f"قال الكاتب {idiom} في مقاله.") == ([value] if value else []), \
            idiom


def test_every_by_word_makes_a_month_the_coming_one(nlp_dates):
    # (published in November: the last October would be the nearest one)
    for w in WORDS.by_words:
        assert values(nlp_dates, f"ينتهي المشروع {w} أكتوبر.") == ["2018-10"], w


# -- a user's lexicon folder (tenth session, second round) ------------------------------------

def _user_folder(tmp_path, name, kind, entries):
    folder = tmp_path / "my_lexicon"
    folder.mkdir(exist_ok=True)
    raw = {"lexicon": kind, "version": "1", "description": "a user's words", "entries": entries}
    (folder / name).write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    return folder


def test_a_users_dates_file_adds_a_direction_and_a_month_spelling(tmp_path):
    import marsad

    folder = _user_folder(tmp_path, "my_dates.json", "dates", [
        {"category": "directions", "values": {"المنقضي": -1}},
        {"category": "news_months", "values": {"ديسيمبر": 12}},
    ])
    text = "عاد الوفد الشهر المنقضي، ويعود في 5 ديسيمبر 2017."
    builtin = marsad.load(DATE_STAGES_FOR_USERS)
    users = marsad.load(DATE_STAGES_FOR_USERS, lexicon_dirs=[folder])
    assert values(users, text) == ["2017-10", "2017-12-05"]
    # (the built-in words are still there, and a pipeline without the folder reads neither)
    assert values(users, "عاد الوفد الشهر الماضي.") == ["2017-10"]
    assert values(builtin, text) == []


def test_a_users_dates_json_replaces_the_builtin_one_and_a_lacking_category_is_told(tmp_path):
    # (until the eighteenth session a replacing file had to hold every category, and a file
    # made before a new category stopped every run; the lacking one now comes from the built-in
    # file, with a warning naming the file and the category)
    import marsad

    raw = json.loads((builtin_data_dir() / DATES_FILE).read_text(encoding="utf-8"))
    raw["entries"] = [e for e in raw["entries"] if e["category"] != "by_words"]
    folder = _user_folder(tmp_path, DATES_FILE, "dates", raw["entries"])
    with pytest.warns(UserWarning, match=r"my_lexicon/dates\.json: no categories \['by_words'\]"):
        doc = marsad.load(DATE_STAGES_FOR_USERS, lexicon_dirs=[folder])(
            "وصل الوفد بعد يومين من الاجتماع.", published="2020-03-04")
    assert doc.text  # (coded)


DATE_STAGES_FOR_USERS = ["layout", "sentences", "tokens", "dates"]


def test_every_day_part_joins_the_weekday_and_the_relative_day_after_it(nlp_dates):
    # (eleventh session: the day parts were a regex of marsad.dates.extract)
    for w in WORDS.day_parts:
        got = date_triples(nlp_dates, f"وصل الوفد {w} الثلاثاء.", PUBLISHED)
        assert len(got) == 1 and fold(got[0][0]).split() == [*w.split(), "الثلاثاء"], w
        if w != "اليوم":  # (اليوم أمس is no day part: a correction)
            got = date_triples(nlp_dates, f"وصل الوفد {w} أمس.", PUBLISHED)
            assert got == [(f"{w} أمس", "2017-11-02", "day")] or \
                fold(got[0][0]).split() == [*w.split(), "امس"], w
