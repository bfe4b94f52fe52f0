"""Tokens and clitic segments."""

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.text.tokens import Segmenter, known_words_from_lexicon, tokenize

DATA = Path(__file__).parent / "data" / "clitic_words.tsv"


@pytest.fixture(scope="module")
def segmenter(nlp):
    return Segmenter(known_words_from_lexicon(nlp.resources.lexicon))


def _cases():
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        word, expected, note = line.split("\t")
        yield word, expected.split("+"), note


def test_the_list_has_at_least_200_words():
    assert len(list(_cases())) >= 200


def test_clitic_segmentation_accuracy(segmenter):
    cases = list(_cases())
    wrong = []
    for word, expected, note in cases:
        got = [word[a:b] for a, b, _ in segmenter.split(word)]
        assert "".join(got) == word  # segments always tile the word
        if got != expected:
            wrong.append(f"{word}: got {'+'.join(got)}, expected {'+'.join(expected)} ({note})")
    accuracy = 1 - len(wrong) / len(cases)
    print(f"clitic segmentation: {accuracy:.3f} on {len(cases)} words")
    assert accuracy >= 0.97, "\n".join(wrong)


def test_names_are_never_broken(segmenter):
    for name in ("بوتين", "باكو", "لبنان", "فلاديمير"):
        assert [name[a:b] for a, b, _ in segmenter.split(name)] == [name]


def test_punctuation_and_guillemets_are_their_own_tokens():
    toks = tokenize("لـ«روسنفط»،")
    assert [t.text for t in toks] == ["لـ", "«", "روسنفط", "»", "،"]
    assert [t.kind for t in toks] == ["word", "punct", "word", "punct", "punct"]


def test_numbers_latin_and_ellipsis():
    toks = tokenize("وصل 30 مليار و٢٫٥ OPEC...")
    assert [(t.text, t.kind) for t in toks] == [
        ("وصل", "word"), ("30", "number"), ("مليار", "word"), ("و", "word"),
        ("٢٫٥", "number"), ("OPEC", "latin"), ("...", "punct")]


def test_segments_carry_document_offsets(segmenter):
    text = "قال إن وبالعراق قوات"
    toks = tokenize(text, segmenter)
    word = next(t for t in toks if t.text == "وبالعراق")
    assert [(g.text, g.kind) for g in word.segments] == [
        ("و", "proclitic"), ("ب", "proclitic"), ("ال", "proclitic"), ("عراق", "stem")]
    for g in word.segments:
        assert text[g.start:g.end] == g.text
    assert word.norm == "عراق"


@given(st.text(alphabet="ابتجدهوزحطيكلمنسعفصقرشتخذضظغءأإآىةؤئ \u064e\u0650\u0640«»،.0123", max_size=60))
def test_tokens_and_segments_slice_the_text(text):
    seg = Segmenter({"قال", "رئيس", "بوتين"})
    for t in tokenize(text, seg):
        assert text[t.start:t.end] == t.text
        if t.segments:
            assert t.segments[0].start == t.start and t.segments[-1].end == t.end
            for g in t.segments:
                assert text[g.start:g.end] == g.text
