"""What a user meets (twentieth session's audit, the nineteenth's leftovers): a word in ة after
the article in the search index, inflected stems found by their base, a club named by its city
in the document and the store, an Arabic actor name coding does not know, the name lookup of
the Actors box, `marsad quotes --lexicon`, and actors named by an acronym. Sentences written
for these tests."""

from __future__ import annotations

import json

import pytest

from _jsonl_store import jsonl_store as _store


def _segmenter():
    from marsad.lexicon import load_lexicon
    from marsad.text.tokens import Segmenter, known_words_from_lexicon

    return Segmenter(known_words_from_lexicon(load_lexicon()))


def _found(con, query, seg):
    from marsad.store.query import search

    res = search(con, query, segmenter=seg)
    return sorted(r["article_id"] for r in res["results"]), res["results"]


# -- 1. search: الكرة, inflected stems ------------------------------------------------------------

@pytest.mark.parametrize("word, stem", [
    ("الكرة", "كرة"),  # (الكر is a known word: الكر + ه was read, and the article kept)
    ("بالكرة", "كرة"),
    ("والكرة", "كرة"),
    ("المدينة", "مدينة"),  # control: split before too
])
def test_the_article_is_split_off_a_word_in_ta_marbuta(word, stem):
    seg = _segmenter()
    parts = [(w, k) for _a, _b, k, w in seg.analyse_token(word)[1]]
    assert parts[-1] == (stem, "stem") and ("ال", "proclitic") in parts
