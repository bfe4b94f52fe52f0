"""News outlets as knowledge, twenty-first session: `outlets.json` (kind `outlets`) maps an
article's outlet (Document.meta's `source`: a corpus id, an alias or a name; else its `url`'s host)
to the outlet's country, and «المملكة» alone in the article of a Saudi (Moroccan, Jordanian,
Bahraini) outlet with no dateline is that kingdom. Sentences written for these tests; every
expected value checked by hand against the sentence, outlets.json and countries.json. Tests
marked (control) pass on the code before this session too."""

from __future__ import annotations

import json

import pytest

from marsad.lexicon import builtin_data_dir, load_lexicon


def _index(dirs=()):
    from marsad.lexicon.outlets import OutletIndex  # imported here: the module is new

    return OutletIndex.from_lexicon(load_lexicon(dirs))


@pytest.fixture(scope="module")
def index():
    return _index()


def _builtin_entries():
    return json.loads((builtin_data_dir() / "outlets.json").read_text(encoding="utf-8"))["entries"]


def _kingdoms(doc):
    """The entities of the text «المملكة» (with its clitics), as (text, country)."""
    return [(doc.text[e.start:e.end], e.country) for e in doc.entities
            if doc.text[e.start:e.end] == "المملكة"]


# -- 1. the file: every entry loads and is reachable ------------------------------------------------

def test_every_outlet_loads_with_a_known_country(index):
    entries = _builtin_entries()
    assert len(index.outlets) == len(entries) >= 13
    countries = {e["iso3"] for e in load_lexicon().entries("countries")}
    assert all(e["country"] in countries for e in entries)
    assert len({e["id"] for e in entries}) == len(entries)


def test_every_outlet_is_reached_by_its_id_names_and_hosts(index):
    for e in _builtin_entries():
        for name in (e["id"], e["name"], *e.get("aliases", ()), *e["ar"]):
            o = index.outlet_of({"source": name})
            assert o is not None and o.id == e["id"], (e["id"], name)
        for host in e.get("domains", ()):
            o = index.outlet_of({"url": f"https://www.{host}/news/1"})
            assert o is not None and o.id == e["id"], (e["id"], host)


@pytest.mark.parametrize("meta, country", [
    ({"source": "okaz"}, "SAU"),
    ({"source": " OKAZ "}, "SAU"),  # case and spaces of a source field
    ({"source": "واس"}, "SAU"),
    ({"source": "وكالة الانباء السعودية"}, "SAU"),  # folded: الانباء as الأنباء
    ({"url": "http://sabq.org/abc"}, "SAU"),
    ({"url": "https://news.hespress.com/politique/1.html"}, "MAR"),  # a subdomain
    ({"source": "unknown-blog", "url": "https://www.okaz.com.sa/x"}, "SAU"),  # the url then
    ({"source": "petra"}, "JOR"),
    ({"source": "unknown-blog"}, None),
    ({"url": "https://example.com/okaz"}, None),
    ({}, None),
])
def test_the_country_of_an_outlet(index, meta, country):
    assert index.country_of(meta) == country


@pytest.mark.parametrize("day, country", [
    ("2010-05-01", "BHR"),
    ("2017-06-30", "BHR"),  # valid_to 2017-06: the whole month
    ("2017-07-01", None),
    ("2001-01-01", None),  # before valid_from 2002-09
    (None, "BHR"),  # no date: the entry holds
])
def test_an_outlet_holds_within_its_dates(index, day, country):
    assert index.country_of({"source": "alwasat"}, day) == country


def test_a_name_shared_by_outlets_of_two_countries_is_not_read(tmp_path):
    (tmp_path / "more_outlets.json").write_text(json.dumps({
        "lexicon": "outlets", "version": "1", "description": "a test", "entries": [
            {"id": "alwatan-kw", "name": "Al-Watan (Kuwait)", "ar": ["الوطن"], "country": "KWT"},
            {"id": "alwatan-qa", "name": "Al-Watan (Qatar)", "ar": ["الوطن"], "country": "QAT"},
            {"id": "alrai", "name": "Al-Rai", "ar": ["الرأي"], "domains": ["alraimedia.com"],
             "country": "KWT"}]}, ensure_ascii=False), encoding="utf-8")
    index = _index([tmp_path])
    assert index.country_of({"source": "الوطن"}) is None
    assert index.country_of({"source": "alwatan-qa"}) == "QAT"
    # a user's file adds to the built-in one
    assert index.country_of({"url": "https://www.alraimedia.com/a"}) == "KWT"
    assert index.country_of({"source": "okaz"}) == "SAU"


# -- 2. «المملكة» alone in the article of a kingdom's outlet with no dateline -----------------------

@pytest.mark.parametrize("meta, country", [
    ({"source": "okaz"}, "SAU"),
    ({"source": "was"}, "SAU"),
    ({"source": "الاقتصادية"}, "SAU"),
    ({"url": "https://www.alriyadh.com/1054321"}, "SAU"),
    ({"source": "hespress"}, "MAR"),
    ({"source": "petra"}, "JOR"),
    ({"source": "bna"}, "BHR"),
])
def test_the_kingdom_of_the_outlet(nlp, meta, country):
    doc = nlp("أكدت المملكة أمس دعمها الكامل للاتفاق.", published="2015-07-27", **meta)
    assert _kingdoms(doc) == [("المملكة", country)]


def test_the_kingdom_with_its_clitics(nlp):
    doc = nlp("وصل الوفد إلى المملكة أمس، وتعمل بالمملكة شركات كثيرة.", source="okaz")
    # (the mention is the word with its article; the ب before it is no part of the name)
    assert [(e.start, doc.text[e.start:e.end], e.country) for e in doc.entities
            if e.country == "SAU"] == [(14, "المملكة", "SAU"), (34, "المملكة", "SAU")]


def test_the_outlets_kingdom_is_an_events_source(nlp):
    doc = nlp("استدعت المملكة السفير الإيراني أمس.", published="2015-07-27", source="aawsat")
    evs = [e for e in doc.events if e.cameo.startswith("161")]
    assert len(evs) == 1 and evs[0].source.actor_code == "SAU"


def test_an_arrest_in_the_outlets_kingdom_is_in_the_country(nlp):
    doc = nlp("اعتقلت الشرطة خمسة أشخاص في المملكة أمس.", published="2015-07-27", source="sabq")
    evs = [e for e in doc.events if e.cameo.startswith("173")]
    assert len(evs) == 1 and evs[0].location is not None
    assert (evs[0].location.name, evs[0].location.country) == ("Saudi Arabia", "SAU")


def test_a_closed_outlet_says_no_kingdom_after_it_closed(nlp):
    text = "أكدت المملكة أمس دعمها الكامل للاتفاق."
    assert _kingdoms(nlp(text, published="2012-03-01", source="alwasat")) == [("المملكة", "BHR")]
    # (control) after valid_to, as with no outlet
    assert _kingdoms(nlp(text, published="2019-03-01", source="alwasat")) == []


def test_a_dateline_of_another_kingdom_wins_over_the_outlet(nlp):
    # a Saudi paper's story from Rabat: the dateline's kingdom, as before (control)
    doc = nlp("الرباط - رويترز: أعلنت المملكة أمس دعمها للاتفاق.", source="okaz")
    assert _kingdoms(doc) == [("المملكة", "MAR")]


@pytest.mark.parametrize("text, meta", [
    # (controls) an outlet of no kingdom, an unknown outlet, none
    ("أكدت المملكة أمس دعمها الكامل للاتفاق.", {"source": "aljazeera"}),
    ("أكدت المملكة أمس دعمها الكامل للاتفاق.", {"source": "some-blog"}),
    ("أكدت المملكة أمس دعمها الكامل للاتفاق.", {}),
    # (controls) the article names another kingdom: which one is not sure
    ("استقبل الملك عبدالله الثاني في عمان الوفد، وأكدت المملكة دعمها للاتفاق.",
     {"source": "okaz"}),
    ("زار الوفد المغرب أمس، وأكدت المملكة دعمها للاتفاق.", {"source": "okaz"}),
    # (control) a definite nisba after it scopes it
    ("أعلنت المملكة الهاشمية دعمها للاتفاق.", {"source": "okaz"}),
])
def test_no_kingdom_when_the_outlet_does_not_make_it_sure(nlp, text, meta):
    assert _kingdoms(nlp(text, published="2015-07-27", **meta)) == []


def test_the_united_kingdom_stays_itself_in_a_saudi_paper(nlp):
    # (control) a longer name of the dictionary
    doc = nlp("أعلنت المملكة المتحدة دعمها للاتفاق.", source="okaz")
    assert [e.country for e in doc.entities if e.type == "GPE"] == ["GBR"]


# -- 3. إلى and the relative pronouns after «المملكة» are no adjectives that scope it -----------------

@pytest.mark.parametrize("text, meta", [
    # إلى folds to الي, shaped like a definite nisba: the dateline's kingdom all the same
    ("الرياض - واس: يأتي الزوار من مختلف مناطق المملكة إلى الحرمين.", {}),
    ("يأتي الزوار من مختلف مناطق المملكة إلى الحرمين.", {"source": "okaz"}),
    ("أكدت المملكة التي تقود التحالف دعمها للشرعية.", {"source": "okaz"}),
])
def test_a_preposition_or_a_relative_after_the_kingdom_is_no_nisba(nlp, text, meta):
    assert _kingdoms(nlp(text, published="2015-08-02", **meta)) == [("المملكة", "SAU")]


def test_the_unscoping_words_are_data(nlp, tmp_path):
    import marsad

    text = "الرياض - واس: يأتي الزوار من مختلف مناطق المملكة إلى الحرمين."
    assert _kingdoms(nlp(text, published="2015-08-02")) == [("المملكة", "SAU")]
    # without the category's words, إلى is read as a definite nisba again

    raw = json.loads((builtin_data_dir() / "grammar.json").read_text(encoding="utf-8"))
    for e in raw["entries"]:
        if e["category"] == "unscoping_words":
            e["words"] = ["ـــ"]  # a word no text holds
    (tmp_path / "grammar.json").write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    other = marsad.load(lexicon_dirs=[tmp_path])
    assert _kingdoms(other(text, published="2015-08-02")) == []
