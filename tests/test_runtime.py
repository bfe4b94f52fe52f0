"""marsad.runtime: the garbage-collector settings of batch runs."""

from __future__ import annotations

import gc

import pytest

from marsad.runtime import BATCH_GC_THRESHOLD, settle_for_batch


@pytest.fixture
def restore_gc():
    threshold = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*threshold)


def test_settling_freezes_what_is_loaded_and_raises_the_threshold(restore_gc):
    gc.unfreeze()
    kept = [{"loaded": i} for i in range(1000)]  # stands for the pipeline's dictionaries
    settle_for_batch()
    assert gc.get_freeze_count() >= len(kept)
    assert gc.get_threshold() == BATCH_GC_THRESHOLD


def test_coding_gives_the_same_output_after_settling(restore_gc):
    import marsad

    nlp = marsad.load()
    text = "قال الرئيس المصري أمس إن القاهرة ترحب بزيارة وزير الخارجية الروسي."
    before = nlp(text, published="2020-01-05").to_dict()
    settle_for_batch()
    assert nlp(text, published="2020-01-05").to_dict() == before
