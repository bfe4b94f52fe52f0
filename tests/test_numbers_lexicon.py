"""The number words are a dictionary file (lexicon/data/numbers.json, tenth session, second
round), shared by the dates and amounts stages: it loads against its schema with every category
the parser reads, every word is reachable with its value, and a user's folder adds words.
"""

from __future__ import annotations

import json
from dataclasses import fields

import pytest

import marsad
from marsad.dates.numbers import NumberWords, number_tables, parse_number_words
from marsad.lexicon import builtin_data_dir, validate_dir
from marsad.text.normalize import fold

STAGES = ["layout", "sentences", "tokens", "dates", "amounts"]
PUBLISHED = "2017-11-02"


@pytest.fixture(scope="module")
def nlp_amounts():
    return marsad.load(STAGES)


def amounts_of(nlp, text):
    return [(a.text, a.value, a.unit) for a in nlp(text, published=PUBLISHED).amounts]


def test_the_file_loads_with_every_category_and_words_in_the_matching_form():
    assert not validate_dir(builtin_data_dir())
    raw = json.loads((builtin_data_dir() / "numbers.json").read_text(encoding="utf-8"))
    assert raw["lexicon"] == "numbers"
    assert [e["category"] for e in raw["entries"]] == [f.name for f in fields(NumberWords)]
    tables = number_tables()
    for f in fields(NumberWords):
        words = getattr(tables, f.name)
        assert words and all(fold(w) == w for w in words), f.name
    assert tables.hundreds["ميه"] == 100 and tables.hundreds["ثلاثمايه"] == 300  # (مئة, ثلاثمائة)


@pytest.mark.parametrize("category", ["units", "tens", "hundreds", "scales"])
def test_every_number_word_alone_has_its_value(category):
    tables = number_tables()
    for word, value in getattr(tables, category).items():
        if word in tables.teens_second:
            continue  # (عشر after a unit adds ten; alone it is ten, as listed)
        assert parse_number_words([word]) == value, word


def test_every_scale_multiplies_a_count_but_its_dual():
    tables = number_tables()
    for word, value in tables.scales.items():
        expected = 3 * value // 2 if word in tables.dual_scales else 3 * value
        assert parse_number_words(["ثلاثه", word]) == expected, word


def test_every_teen_second_word_adds_ten_to_a_unit():
    for word in number_tables().teens_second:
        assert parse_number_words(["خمسه", word]) == 15, word


def test_every_approximate_plural_is_an_amount_of_its_order(nlp_amounts):
    for word, order in number_tables().approx.items():
        got = amounts_of(nlp_amounts, f"شارك {word} المتظاهرين في المسيرة.")
        assert [v for _t, v, _u in got] == [order], word


def test_a_users_numbers_file_adds_a_spelling(tmp_path, nlp_amounts):
    folder = tmp_path / "my_lexicon"
    folder.mkdir()
    raw = {"lexicon": "numbers", "version": "1", "description": "Egyptian spellings",
           "entries": [{"category": "units", "values": {"تلاتة": 3}}]}
    (folder / "my_numbers.json").write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    users = marsad.load(STAGES, lexicon_dirs=[folder])
    text = "تبرع رجل الأعمال بتلاتة ملايين دولار."
    assert amounts_of(users, text) == [("تلاتة ملايين دولار", 3e6, "USD")]
    # (without the folder the spelling is no number: the plural alone, millions)
    assert amounts_of(nlp_amounts, text) == [("ملايين دولار", 1e6, "USD")]
