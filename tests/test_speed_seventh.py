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
