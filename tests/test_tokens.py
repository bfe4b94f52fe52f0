"""Tokens and clitic segments."""

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.text.tokens import KnownWords, Segmenter, known_words_from_lexicon, tokenize

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


def _parts(seg, word):
    return [word[a:b] for a, b, _ in seg.split(word)]


def test_ta_marbuta_is_no_pronoun():
    seg = Segmenter({"صغير", "جميل"})
    assert _parts(seg, "صغيرة") == ["صغيرة"]  # an adjective's ending, folded like ه
    assert _parts(seg, "صغيره") == ["صغير", "ه"]  # the pronoun
    assert _parts(seg, "بجميلة") == ["بجميلة"]  # nor ب + جميل + ه


def test_pronoun_after_a_hamza_on_its_seat():
    # a noun in اء keeps its hamza on ئ before a pronoun, even when the noun is not known
    seg = Segmenter({"حاضر"})
    assert _parts(seg, "أصدقائهم") == ["أصدقائ", "هم"]
    assert _parts(seg, "ورائنا") == ["ورائ", "نا"]
    assert _parts(seg, "كائنا") == ["كائنا"]  # too short: كائن + tanwin alef


def test_whole_word_with_pronoun_beats_a_proclitic_only_for_common_words():
    known = KnownWords({"لدي", "دي", "بان", "ان", "قاي"}, common={"لدي", "ان"},
                       names={"دي", "بان", "قاي"}, name_parts={"دي", "قاي"})
    seg = Segmenter(known)
    assert _parts(seg, "لديهم") == ["لدي", "هم"]  # not ل + دي + هم
    assert _parts(seg, "بأنها") == ["ب", "أن", "ها"]  # بان is a name: no بان + ها
    assert _parts(seg, "بأن") == ["ب", "أن"]  # a name is not written with that hamza
    assert _parts(seg, "بان") == ["بان"]
    assert _parts(seg, "لقائهم") == ["لقائ", "هم"]  # not ل + قاي + هم: قاء is no word


def test_short_parts_of_foreign_names_are_no_evidence_of_a_proclitic():
    # the sets hold folded words: رئيس is رييس
    known = KnownWords({"وين", "مصر", "رييس", "لاوس", "بيرنار"}, common={"رييس"},
                       names={"وين", "مصر", "لاوس", "بيرنار"}, name_parts={"وين", "بيرنار"})
    seg = Segmenter(known)
    assert _parts(seg, "بوين") == ["بوين"]
    assert _parts(seg, "لوين") == ["لوين"]
    assert _parts(seg, "فبيرنار") == ["فبيرنار"]  # ف before a part of a name
    assert _parts(seg, "لبيرنار") == ["ل", "بيرنار"]  # long enough to be the name
    assert _parts(seg, "بمصر") == ["ب", "مصر"]  # a whole name
    assert _parts(seg, "كلاوس") == ["كلاوس"]  # ك before a name
    assert _parts(seg, "كرئيس") == ["ك", "رئيس"]
    assert _parts(seg, "ورئيس") == ["و", "رئيس"]


def test_preposition_with_pronoun_is_split_though_known():
    seg = Segmenter({"بهم", "هم", "له"})
    assert _parts(seg, "بهم") == ["ب", "هم"]
    assert _parts(seg, "وله") == ["و", "له"]


def test_the_lexicon_kinds_of_known_words(segmenter):
    known = segmenter.known
    assert isinstance(known, KnownWords)
    assert "لدي" in known.common and "لدي" not in known.names
    assert "لاوس" in known.names and "لاوس" not in known.name_parts  # a one-word name
    assert "وين" in known.name_parts  # only inside وين جيا باو
    assert "وفي" not in known  # ألوفي has no article
    assert "لكن" in known
