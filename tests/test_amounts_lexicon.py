"""The words of the amounts stage besides the number words are a dictionary file
(lexicon/data/amounts.json, eleventh session): it loads against its schema with every category
the stage reads, every qualifier and currency is reachable with its meaning or ISO code, and a
user's folder adds words. Sentences written for these tests.
"""

from __future__ import annotations

import json
from dataclasses import fields

import pytest

import marsad
from marsad.lexicon import builtin_data_dir, validate_dir
from marsad.lexicon.categories import reading_lexicon
from marsad.stages.amounts import AmountWords, amount_words
from marsad.text.normalize import fold

# (the stages up to amounts, and their pipeline as a fixture)
from test_numbers_lexicon import PUBLISHED, STAGES, nlp_amounts  # noqa: F401

def amounts_of(nlp, text):
    return [(a.text, a.value, a.unit, a.qualifier) for a in nlp(text, published=PUBLISHED).amounts]


def test_the_file_loads_with_every_category_and_keys_in_the_matching_form():
    assert not validate_dir(builtin_data_dir())
    raw = json.loads((builtin_data_dir() / "amounts.json").read_text(encoding="utf-8"))
    assert raw["lexicon"] == "amounts"
    assert [e["category"] for e in raw["entries"]] == [f.name for f in fields(AmountWords)]
    words = amount_words()
    for f in fields(AmountWords):
        assert getattr(words, f.name), f.name
    assert all(fold(w) == w for w in words.currencies)
    assert words.currency_adjectives[("dinar", "جزايري")] == "DZD"  # (ئ folded)


def test_every_qualifier_before_a_number_qualifies_it(nlp_amounts):
    for word, meaning in amount_words().qualifiers_before.items():
        got = amounts_of(nlp_amounts, f"بلغت الخسائر {word} 30 مليون دولار.")
        assert [(v, q) for _t, v, _u, q in got] == [(30e6, meaning)], word


def test_every_qualifier_after_a_number_qualifies_it(nlp_amounts):
    for word, meaning in amount_words().qualifiers_after.items():
        got = amounts_of(nlp_amounts, f"قتل 40 شخصاً {word} في الهجوم.")
        assert [(v, q) for _t, v, _u, q in got] == [(40, meaning)], word


def test_every_currency_form_has_its_own_code_or_its_name(nlp_amounts):
    # (with no code of its own and no country in the text: the bare base name, seventeenth
    # session; it was None before; a pound with no country too, eighteenth session)
    words = amount_words()
    for form in words.currencies:
        got = amounts_of(nlp_amounts, f"دفع التاجر 500 {form} ثمناً للبضاعة.")
        want = words.currency_codes.get(form) or words.currencies[form]
        if want in words.currency_homes.values() and want.lower() not in words.kept_defaults:
            want = words.currencies[form]  # جنيه: EGP in an Egyptian text only (18th session)
        assert [(v, u) for _t, v, u, _q in got] == [(500, want)], form


def test_every_currency_adjective_names_its_code(nlp_amounts):
    words = amount_words()
    forms = {base: form for form, base in words.currencies.items()}
    for (base, adjective), code in words.currency_adjectives.items():
        if adjective == "هونغ":
            adjective = "هونغ كونغ"  # (the dollar of Hong Kong: the adjective is a name)
        got = amounts_of(nlp_amounts, f"دفع التاجر 500 {forms[base]} {adjective} ثمناً للبضاعة.")
        assert [(v, u) for _t, v, u, _q in got] == [(500, code)], (base, adjective)


def test_a_users_amounts_file_adds_a_currency(tmp_path):
    folder = tmp_path / "my_lexicon"
    folder.mkdir()
    raw = {"lexicon": "amounts", "version": "1", "description": "a user's words", "entries": [
        {"category": "currencies", "values": {"بيزو": "peso"}},
        {"category": "currency_codes", "values": {"بيزو": "MXN"}}]}
    (folder / "my_amounts.json").write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    text = "دفع التاجر 500 بيزو ثمناً للبضاعة."
    nlp = marsad.load(STAGES, lexicon_dirs=[str(folder)])
    assert [(v, u) for _t, v, u, _q in amounts_of(nlp, text)] == [(500, "MXN")]
    assert [u for _t, _v, u, _q in amounts_of(marsad.load(STAGES), text)] != ["MXN"]
    with reading_lexicon((str(folder),)):
        assert amount_words().currencies["بيزو"] == "peso"
        assert amount_words().currencies["دولار"] == "dollar"  # (the built-in words stay)
