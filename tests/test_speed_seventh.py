"""Seventh session's speed-ups on fresh text give what the plain computations give.

Each shortcut is checked against the computation it replaces, on sentences of our own.
"""

from __future__ import annotations

import pytest

import marsad
from marsad.quotes.extract import DocumentQuotes, folded_token
from marsad.stages.quotes import QuoteStage

SENTENCES = ("وبيّن الوزير أن الحكومة ستدعم المزارعين في الموسم المقبل. "
             "وقال المتحدث باسم الوزارة إن الاجتماعَ انتهى مساء أمس.")


@pytest.fixture(scope="module")
def base():
    return marsad.load(stages=["layout", "sentences", "tokens"])


def test_quote_fold_cache_holds_each_token_folded(base):
    stage = QuoteStage(base.resources, use_actor_subjects=False)
    doc = base(SENTENCES)
    cache: dict[str, tuple] = {}
    reader = DocumentQuotes(doc, stage.cues, lambda d, pos: None, cache)
    # by hand: marks dropped, أ/إ -> ا, ة -> ه; the shadda kept on the cue بيّن only
    assert cache["الاجتماعَ"][0] == "الاجتماع"
    assert cache["أن"][0] == "ان"
    assert cache["الحكومة"][0] == "الحكومه"
    assert cache["وبيّن"][0] in ("وبيّن", "وبين")
    assert cache["وبيّن"][0] == folded_token("وبيّن", stage.cues)
    assert reader.folded == [cache[t.text][0] for t in doc.tokens]
    # the cue of each token: قال (after و) is one, الحكومة none
    assert cache["وقال"][1] is not None and cache["وقال"][1] == stage.cues.lookup("قال")
    assert cache["الحكومة"][1] is None
    assert reader.cue_at == [stage.cues.lookup(f) for f in reader.folded]


def test_quotes_with_a_shared_fold_cache_are_the_plain_ones(base):
    stage = QuoteStage(base.resources, use_actor_subjects=False)
    cache: dict[str, str] = {}
    for text in (SENTENCES, "قالت الوزارة إن «الخطة جاهزة». وأكد المدير أن العمل مستمر."):
        doc = base(text)
        shared = DocumentQuotes(doc, stage.cues, lambda d, pos: None, cache).run()
        alone = DocumentQuotes(doc, stage.cues, lambda d, pos: None).run()
        assert shared == alone
        assert shared  # the cues قال/أكد give quotes: the comparison is not of two empty lists


# -- tokens: the segmenter's shortcuts for words without marks ----------------------------------

TOKEN_WORDS = ("وبالعراق", "زيارته", "الحكومة", "مصر", "مدرسة", "لقائه", "بهم", "لديه", "بأنه",
               "كلاوس", "سيقول", "للأمم", "يوم", "حكومتها", "وزير", "بوتين", "أعضائنا", "قال",
               "والمدرسة", "فلسطين", "الله", "وَبِالعراقِ", "ا", "لل")


@pytest.fixture(scope="module")
def segmenter(base):
    from marsad.text.tokens import Segmenter, known_words_from_lexicon

    return Segmenter(known_words_from_lexicon(base.resources.lexicon))


def _plain_analysis(seg, word):
    """What `Segmenter._analyse` gives, from `split` and `fold` alone (its general case)."""
    from marsad.text.normalize import fold

    segs = tuple(seg.split(word))
    stem = next((a, b) for a, b, k in segs if k == "stem")
    norm = fold(word[stem[0]:stem[1]])
    with_text = tuple((a, b, k, word[a:b]) for a, b, k in segs) if len(segs) > 1 else ()
    return segs, norm, (norm, with_text)


@pytest.mark.parametrize("word", TOKEN_WORDS)
def test_segmenter_shortcuts_give_the_plain_analysis(segmenter, word):
    assert segmenter._analyse(word) == _plain_analysis(segmenter, word)


def test_segmenter_analyses_checked_by_hand(segmenter):
    segs, norm, (_, with_text) = segmenter._analyse("وبالعراق")
    assert [x[3] for x in with_text] == ["و", "ب", "ال", "عراق"] and norm == "عراق"
    assert segmenter._analyse("مدرسة") == (((0, 5, "stem"),), "مدرسه", ("مدرسه", ()))
    assert segmenter._analyse("زيارته")[1] == "زيارت"  # ت as written; ه the pronoun


def test_words_the_shortcut_keeps_whole_have_one_cut(segmenter):
    from marsad.text.normalize import fold
    from marsad.text.tokens import _ENCLITIC_ENDS, _ENCLITICS, _ENCLITICS_BY_END, _PROCLITIC_FIRST

    # the premise of the shortcut: no proclitic's first letter, no pronoun's last letter
    for word in ("مصر", "مدرسة", "فلسطين", "قال", "جديد", "حرب"):
        f = fold(word)
        if f[0] not in _PROCLITIC_FIRST and f[-1] not in _ENCLITIC_ENDS:
            assert segmenter._cuts(f, word) == [(0, len(f), "stem")]
    assert [s for end in sorted(_ENCLITICS_BY_END) for s in _ENCLITICS_BY_END[end]] != []
    for end, sufs in _ENCLITICS_BY_END.items():
        assert sufs == tuple(s for s in _ENCLITICS if s.endswith(end))
