"""Function words as data (eighteenth session): the word lists that were Python constants of the
events and dates stages are the categories of lexicon/data/grammar.json (and two of dates.json);
each one loads against its schema and is read by its rule: a sentence written for it changes
when the category's words are taken out (a user's grammar.json of the same name replaces the
built-in one). The negation particles of words.json have one reader, which the quotes and
amounts stages share. Sentences written for these tests; publication date 2015-07-25.
"""

from __future__ import annotations

import copy
import json
from dataclasses import fields

import pytest

import marsad
from marsad.dates.lexicon import date_words
from marsad.errors import LexiconError
from marsad.lexicon import builtin_data_dir, load_lexicon, validate_dir
from marsad.lexicon.categories import category_files, read_categories
from marsad.lexicon.grammar import GrammarWords, grammar_words, negation_particles
from marsad.text.normalize import fold

PUBLISHED = "2015-07-25"  # a Saturday; 1 Shawwal 1436 (عيد الفطر) was Friday 17 July 2015
GRAMMAR_FILE = "grammar.json"


@pytest.fixture(scope="module")
def nlp():
    return marsad.load()


def _raw() -> dict:
    return json.loads((builtin_data_dir() / GRAMMAR_FILE).read_text(encoding="utf-8"))


def _without(tmp_path, category: str):
    """A lexicon folder whose grammar.json has `category` emptied of its words (a word no text
    holds in their place: the schema wants one)."""
    raw = copy.deepcopy(_raw())
    for e in raw["entries"]:
        if e["category"] == category:
            e["words"] = ["ززززز"]
    (tmp_path / GRAMMAR_FILE).write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    return tmp_path


def _events(doc) -> list[tuple[str, str, str]]:
    return [(e.trigger, e.cameo, e.modality) for e in doc.events]


def test_the_file_loads_with_every_category_and_words_in_the_matching_form():
    assert not validate_dir(builtin_data_dir())
    raw = _raw()
    assert raw["lexicon"] == "grammar"
    assert [e["category"] for e in raw["entries"]] == [f.name for f in fields(GrammarWords)]
    words = grammar_words()
    for f in fields(GrammarWords):
        got = getattr(words, f.name)
        assert got, f.name
        assert all(fold(w) == w for w in got), f.name
    assert words.object_pronouns[:2] == ("هما", "ها")  # ordered: longest first
    assert "التابعه" in words.belonging_words  # (folded: ة → ه)


def test_a_missing_category_or_a_bad_entry_is_an_error_naming_the_file(tmp_path):
    raw = _raw()
    raw["entries"][0]["category"] = "state_pronounz"
    (tmp_path / GRAMMAR_FILE).write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(LexiconError, match=r"grammar\.json.*state_pronounz.*missing: "
                                           r"\['state_pronouns'\]"):
        read_categories(category_files((str(tmp_path),), "grammar"),
                        (f.name for f in fields(GrammarWords)))
    raw["entries"][0]["words"] = []  # a category with no word
    (tmp_path / GRAMMAR_FILE).write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    assert any("schema error" in p for p in validate_dir(tmp_path))


# (category, sentence, its events as read, its events without the category's words)
EVENT_CASES = [
    # و + a subject pronoun before a present verb: how the protesters protested, one protest
    ("state_pronouns", "تظاهر آلاف الطلاب في القاهرة وهم يتظاهرون ضد الحكومة.",
     [("تظاهر", "141", "asserted")],
     [("تظاهر", "141", "asserted"), ("يتظاهرون", "141", "habitual")]),
    # a toll told first, then بعد and the attack it came of: that attack is the news
    ("toll_after", "قتل خمسة جنود عراقيين بعد هجوم شنه مسلحون على حاجز للجيش في الموصل.",
     [("هجوم", "190", "asserted")], [("هجوم", "190", "historical")]),
    # سبق أن + a past verb, the attacks its object: done before, history (without it, the
    # attacks the city saw are told as news: twentieth session, `witness_verbs`)
    ("told_before", "وسبق أن شهدت مدينة الرمادي هجمات للمسلحين على الجيش.",
     [("هجمات", "190", "historical")], [("هجمات", "190", "asserted")]),
    # لا توجد معلومات عن هجمات: no report, so no attack told
    ("no_report_negations", "لا توجد معلومات عن هجمات جديدة شنها المسلحون على الجيش في حلب.",
     [("هجمات", "190", "negated")], [("هجمات", "190", "habitual")]),
]


@pytest.mark.parametrize("category,text,expected,without", EVENT_CASES,
                         ids=[c[0] for c in EVENT_CASES])
def test_every_events_category_is_read_by_its_rule(nlp, tmp_path, category, text, expected,
                                                   without):
    assert _events(nlp(text, published=PUBLISHED)) == expected
    # (the events stage reads its pipeline's lexicon set: nineteenth session's review)
    other = marsad.load(lexicon_dirs=[_without(tmp_path, category)])
    assert _events(other(text, published=PUBLISHED)) == without


def test_belonging_words_reach_the_division_a_town_lies_in(nlp, tmp_path):
    text = "قتل مسلحون جنديين في مدينة زنجبار التابعة لمحافظة أبين أمس."
    [ev] = nlp(text, published=PUBLISHED).events
    assert (ev.location.name, ev.location.admin1) == ("Zinjibar", "Abyan")
    other = marsad.load(lexicon_dirs=[_without(tmp_path, "belonging_words")])
    [ev] = other(text, published=PUBLISHED).events
    assert (ev.location.name, ev.location.admin1) == ("Zinjibar", None)


def test_object_pronouns_make_a_past_verb_whose_yearless_date_is_last_year(tmp_path):
    # قصفها: a past verb with its object pronoun; 3 August not yet come, so the last one
    text = "وقصفها الطيران في 3 أغسطس."
    doc = marsad.load()(text, published=PUBLISHED)
    assert [(d.text, d.value) for d in doc.dates] == [("3 أغسطس", "2014-08-03")]
    # (the dates stage reads the lexicon set of its pipeline)
    other = marsad.load(lexicon_dirs=[_without(tmp_path, "object_pronouns")])
    assert [d.value for d in other(text, published=PUBLISHED).dates] == ["2015-08-03"]


@pytest.mark.parametrize("nth,day", [("أول", "2015-07-17"), ("ثاني", "2015-07-18"),
                                     ("ثالث", "2015-07-19"), ("رابع", "2015-07-20")])
def test_every_feast_day_counts_from_the_first(nlp, nth, day):
    doc = nlp(f"وصل الوفد إلى مكة في {nth} أيام عيد الفطر.", published=PUBLISHED)
    assert [(d.text, d.value) for d in doc.dates] == [(f"{nth} أيام عيد الفطر", day)]
    assert [fold(w) for w in ("أول", "ثاني", "ثالث", "رابع")] == list(date_words().feast_days)


@pytest.mark.parametrize("adjective", ["المبارك", "السعيد", "المجيد"])
def test_every_feast_adjective_lets_the_direction_after_it_be_read(nlp, adjective):
    # عيد الفطر … الماضي: the last one, 17 July 2015, not the coming one of 2016
    doc = nlp(f"زار الوزير المدينة في عيد الفطر {adjective} الماضي.", published=PUBLISHED)
    assert [(d.text, d.value) for d in doc.dates] == [(f"عيد الفطر {adjective} الماضي",
                                                       "2015-07-17")]
    assert fold(adjective) in date_words().feast_adjectives


def test_one_reader_of_the_negation_particles_for_quotes_and_amounts():
    from marsad.quotes.cues import _negations
    from marsad.stages.amounts import _verb_negations

    negations, verb_negations = negation_particles(load_lexicon().entries("words"))
    assert (negations, verb_negations) == (("لا", "ليس", "ليست"), ("لم", "لن"))
    # (the ف forms since the twentieth session: فلم يقولوا إلا: «…»)
    assert _negations(load_lexicon()) == frozenset(
        {"لا", "ليس", "ليست", "لم", "لن", "ولا", "وليس", "وليست", "ولم", "ولن",
         "فلا", "فليس", "فليست", "فلم", "فلن"})
    assert _verb_negations() == frozenset({"لم", "لن", "ولم", "ولن", "فلم", "فلن"})
    # a user's words file adds a particle: the amounts stage reads it through the same reader
    extra = [{"category": "verb_negations", "words": ["لما"]}]
    assert negation_particles(extra) == ((), ("لما",))


# Verbal nouns whose ال is their own (grammar.json `wasl_nouns`): التزام is افتعال of لزم, its
# ا a hamzat al-wasl, no article; الالتزام has the article.
@pytest.mark.parametrize("word,article", [
    ("التزام", False), ("الالتزام", True), ("التزامات", False), ("التزاماً", False),
    ("التفاتة", False), ("التقاء", False), ("الالتقاء", True),
    # (ال + a noun in ت: the article)
    ("التجار", True), ("التراب", True), ("الهجوم", True), ("التماس", True), ("التزامن", True),
    ("هجوم", False)])
def test_a_verbal_noun_of_a_root_in_lam_has_no_article(word, article):
    from marsad.text.article import has_article

    assert has_article(fold(word)) is article


def test_an_indefinite_verbal_noun_takes_the_name_after_it_as_its_genitive(nlp):
    # التزام سامر الخطيب: his commitment (030), as تعهد سامر الخطيب is; a definite noun has no
    # genitive (الالتزام سامر الخطيب: no source read so)
    def sources(text):
        return [(e.trigger, e.cameo, e.source.canonical if e.source else None)
                for e in nlp(text, published=PUBLISHED).events]

    assert sources("وأكد تعهد سامر الخطيب بدعم الحكومة.") == [("تعهد", "030", "Samer Khatib")]
    assert sources("وأكد التزام سامر الخطيب بدعم الحكومة.") == [("التزام", "030", "Samer Khatib")]
    assert ("الالتزام", "030", "Samer Khatib") not in sources(
        "وأكد الالتزام سامر الخطيب بدعم الحكومة.")
