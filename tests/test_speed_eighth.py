"""Eighth session's speed-ups on fresh text give what the computations they replace give.

Each shortcut is checked against the plain computation, on texts of our own (and, for the
character classes, on every code point).
"""

from __future__ import annotations

import gc
import re
import sys

import pytest
import regex

import marsad
from marsad import runtime
from marsad.actors import matcher
from marsad.quotes import marks
from marsad.text import normalize, sentences, tokens
from marsad.text.normalize import normalize as normalise_text


def _every_character() -> str:
    return "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


# -- classes of listed characters: `re` reads them as `regex` does --------------------------------

def test_listed_character_classes_are_re_and_match_what_regex_matches():
    chars = _every_character()
    for rx in (normalize.DROPPED_RE, normalize._KEPT_RUN_RE, sentences._PAIR_CHARS_RE,
               sentences._SPLIT_CHARS_RE, marks._MARK_RE):
        assert isinstance(rx, re.Pattern), rx.pattern  # the faster engine for these scans
        same = regex.compile(rx.pattern)
        # the class holds the same characters in both engines
        assert [m.span() for m in rx.finditer(chars)] == \
            [m.span() for m in same.finditer(chars)], rx.pattern
    # and the alignment over dropped marks and joiners is what it was
    text = "قالَ الوزيرُ\u200c إنّ المفاوضاتِ ستُستأنف غداً"
    norm = normalise_text(text)
    # by hand: the marks, the shadda, the tanween and the zero-width joiner are dropped
    assert norm.text == "قال الوزير ان المفاوضات ستستانف غدا"
    assert len(norm.offsets) == len(norm.text) + 1
    assert all(text[o] not in normalize.DROPPED_CHARS for o in norm.offsets[:-1])
    assert norm.to_original(0, 3) == (0, 4)  # قال with its fatha
    assert norm.offsets[-1] == len(text)


# -- matcher: the check before the scan for runs of white space -----------------------------------

def test_other_hspace_is_regex_white_space_but_newline_and_space():
    chars = _every_character()
    expected = regex.findall(r"[^\S\n ]", chars)
    assert matcher._OTHER_HSPACE.findall(chars) == expected
    assert "\t" in expected and "\xa0" in expected and "\u3000" in expected  # by hand
    assert "\n" not in expected and " " not in expected and "\x1c" not in expected


class _Doc:
    def __init__(self, text: str):
        self.norm = normalise_text(text)


def _runs_scanned(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in matcher._HSPACE_RUN.finditer(normalise_text(text).text)]


def test_matching_string_collapses_the_runs_the_scan_finds():
    # a text needs the scan exactly when it has a run
    for text in ("زار الوزير", "زار  الوزير", "زار\tالوزير", "زار\nالوزير", "زار \n الوزير"):
        needs = "  " in text or matcher._OTHER_HSPACE.search(text) is not None
        assert needs == bool(_runs_scanned(text)), text
    cases = {
        "زار الوزير القاهرة أمس": "زار الوزير القاهره امس",  # no run: the text as it is
        "زار  الوزير\tالقاهرة": "زار الوزير القاهره",  # two spaces, a tab
        "زار\u00a0الوزير \n القاهرة": "زار الوزير \n القاهره",  # a no-break space; lone spaces
        "زار الوزير\u2009القاهرة": "زار الوزير القاهره",  # a thin space alone
    }
    for text, expected in cases.items():
        ms = matcher.MatchingString(_Doc(text))
        assert ms.text == expected, text
        assert (ms._seg_ms is None) == (not _runs_scanned(text)), text
        # every offset maps back to the original word it came from
        a = ms.text.index("الوزير")
        start, end = ms.to_original(a, a + len("الوزير"))
        assert text[start:end] == "الوزير"
        assert ms.from_original(start) == a


# -- tokens: one shared segments tuple for a word that is its own stem ----------------------------

def test_whole_word_segments_are_the_plain_ones():
    seg = tokens.Segmenter({"وزير", "حكومه", "عراق"})
    for word in ("مصر", "وزير", "مدرسة", "كتب", "ت" * 60):
        segs, norm = seg.analyse(word)
        assert segs == ((0, len(word), "stem"),), word
        assert norm == normalize.fold(word)
    assert seg.analyse("مصر")[0] is tokens._WHOLE_STEM[3]  # shared, not built per word
    # a split word keeps its own segments: و + ب + ال + عراق
    assert seg.analyse("وبالعراق")[0] == ((0, 1, "proclitic"), (1, 2, "proclitic"),
                                          (2, 4, "proclitic"), (4, 8, "stem"))


# -- the collector: what a batch leaves alive is frozen, and it holds no reference cycles ----------

ARTICLES = (
    "الرياض - قال وزير الخارجية فيصل بن فرحان أمس الثلاثاء إن المملكة تدعم الحل السياسي في "
    "اليمن. وأضاف: «نحن مع الحوار». واعتقلت الشرطة ثلاثة مسلحين في مدينة عدن.",
    "تظاهر مئات الطلاب في بغداد يوم الجمعة احتجاجاً على قرار الحكومة، وطالب المتظاهرون "
    "رئيس الوزراء كرار العبيدي بالاستقالة.",
    "وصل الرئيس الفرنسي إلى بيروت في زيارة تستمر يومين، والتقى رئيس البرلمان نبيه بري.",
)


@pytest.fixture(scope="module")
def nlp():
    return marsad.load()


def test_after_batch_freezes_only_in_a_process_settled_for_batches():
    saved = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)  # a program that did not call settle_for_batch
        # nothing frozen to start from: objects frozen by earlier tests of this worker may be
        # freed meanwhile by another thread (a test server's), which lowers the count
        gc.unfreeze()
        before = gc.get_freeze_count()
        kept = [[] for _ in range(10)]
        runtime.after_batch()
        assert gc.get_freeze_count() == before
        gc.set_threshold(*runtime.BATCH_GC_THRESHOLD)
        runtime.after_batch()
        assert gc.get_freeze_count() >= before + len(kept)
    finally:
        gc.unfreeze()
        gc.set_threshold(*saved)


def test_a_batch_leaves_no_cyclic_garbage_for_the_frozen_generation(nlp):
    saved = gc.get_threshold()
    gc.unfreeze()
    gc.collect()  # (garbage of earlier tests is not this test's)
    gc.disable()
    try:
        gc.set_threshold(*runtime.BATCH_GC_THRESHOLD)
        before = gc.get_freeze_count()
        docs = nlp.code_batch([nlp.make_doc(t, published="2024-03-05") for t in ARTICLES])
        assert gc.get_freeze_count() > before  # code_batch froze what the batch left alive
        assert docs[0].quotes and docs[1].events  # (the articles were coded: quotes, events)
        del docs
        nlp(ARTICLES[1], published="2024-03-06")  # article by article too
        gc.unfreeze()
        # nothing coding made or dropped is garbage that only the collector could free: frozen,
        # it would never be freed
        assert gc.collect() == 0
    finally:
        gc.enable()
        gc.set_threshold(*saved)


# -- amounts: the substring check before the scan for counted nouns (القوى الست) -----------------

def test_post_number_check_lets_every_counted_noun_through():
    from marsad.stages.amounts import _POST_NUMBER_KEYS, _patterns, find_amounts
    from marsad.text.normalize import fold

    texts = ["اجتمعت القوى الست في فيينا", "وقالت الدول الخمس إن الاتفاق قريب",
             "زار الوفد العواصم الثلاثة", "والتقى الوزراء العشرة أمس", "لا عدد في هذه الجملة",
             "ستة وزراء وخمسون نائباً"]
    rx = _patterns()["post_number"]
    for text in map(fold, texts):
        if rx.search(text):
            assert any(k in text for k in _POST_NUMBER_KEYS), text
    # by hand: القوى الست is six of القوى (folded قوي), a count; the other counted nouns too
    hits = find_amounts(fold(texts[0]), [])
    assert [(h.value, h.unit, h.kind) for h in hits] == [(6.0, "قوي", "count")]
    assert [(h.value, h.kind) for h in find_amounts(fold(texts[1]), [])] == [(5.0, "count")]
    assert find_amounts(fold(texts[4]), []) == []


# -- quotes: a token folded through the cache the tokenizer filled --------------------------------

def test_quote_folding_reads_the_fold_cache(nlp):
    from marsad.quotes.extract import folded_token
    from marsad.quotes.grammar import FOLD_DELETE
    from marsad.stages.quotes import QuoteStage
    from marsad.text import normalize
    from marsad.text.normalize import fold

    cues = QuoteStage(nlp.resources, use_actor_subjects=False).cues
    for word in ("أعلنَ", "الحكومةُ", "مؤتمر", "إسرائيل", "ا" * 45):
        fold(word)  # what the tokenizer does first
        # (since the nineteenth session `fold` keeps its words in a dictionary: a word found
        # there is folded by no new translate)
        assert (word in normalize._FOLDED_WORDS) == (len(word) <= 40), word
        assert folded_token(word, cues) == word.translate(FOLD_DELETE)
    assert folded_token("أعلنَ", cues) == "اعلن"  # by hand: hamza seat and fatha go


class _Node:
    """An object that can be weakly referenced, for building a reference cycle."""


def test_after_batch_thaws_and_collects_past_its_limit():
    """Cyclic garbage frozen by an earlier batch is collected once the frozen count passes the
    limit (here 0), so it cannot grow without bound in a long run."""
    import weakref

    saved = gc.get_threshold()
    try:
        gc.set_threshold(*runtime.BATCH_GC_THRESHOLD)
        a, b = _Node(), _Node()
        a.other, b.other = b, a  # a cycle: reference counting alone never frees it
        alive = weakref.ref(a)
        gc.freeze()  # frozen as an earlier batch's survivors would be
        del a, b
        runtime.after_batch(frozen_limit=0)  # not asked to check: stays frozen
        assert alive() is not None
        runtime.after_batch(check_frozen=True)  # under the limit: stays frozen
        assert alive() is not None
        runtime.after_batch(check_frozen=True, frozen_limit=0)
        assert alive() is None
    finally:
        gc.unfreeze()
        gc.set_threshold(*saved)
