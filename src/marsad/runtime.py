"""Process settings for long batch runs: the `marsad code` command, the corpus ingest workers
and the Spark workers call `settle_for_batch` once their pipeline is built.

Coding creates many short-lived objects (tokens, spans, dictionaries of one sentence), and
Python's cyclic garbage collector rescans every tracked object at each full pass, including
the large, permanent dictionaries and automata of the pipeline. Freezing what is loaded moves it
out of the collector's reach, and a higher first threshold makes the young-generation passes
rarer. The output does not change (marsad builds no reference cycles that need collecting
promptly); measured in docs/performance.md ("Garbage collection in batch runs").
"""

from __future__ import annotations

import gc

# Allocations between two young-generation collections (CPython's default is 700). A batch of
# documents coded together (`Pipeline.code_batch`) keeps tens of thousands of objects alive
# until its last stage: with 10,000 each of them was scanned by several collections (0.28 s
# of collector time per 300 fresh articles in batches of 32, 0.16 s with 100,000). Since each
# batch's survivors are frozen when it ends (`after_batch`), only a batch that allocates more
# than this is scanned at all: with 200,000, none of 1,000 fresh articles in batches of 32 (two
# collections, 0.06 s, with 100,000)
BATCH_GC_THRESHOLD = (200_000, 10, 10)
# Frozen objects past which `after_batch` thaws and collects everything once (see there), and
# how many batches `Pipeline.code_batch` codes between two counts (counting walks every frozen
# object: about 9 ns each, 0.45 s per warm pass of 300 articles if done after each batch)
FROZEN_LIMIT = 4_000_000
FROZEN_CHECK_EVERY = 100


def settle_for_batch() -> None:
    """Freeze the objects built so far (the loaded pipeline) out of the garbage collector and
    make its passes rarer. This changes process-wide settings: call it in a process that exists
    to code documents, not from a library function another program calls."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(*BATCH_GC_THRESHOLD)


def after_batch(check_frozen: bool = False, frozen_limit: int = FROZEN_LIMIT) -> None:
    """In a process settled for batch runs (`settle_for_batch`), freeze what a batch of documents
    left alive out of the garbage collector's reach, as `settle_for_batch` froze the loaded
    pipeline (`Pipeline.code_batch` calls it after each batch). On text not seen before, a batch
    leaves tens of thousands of new entries in the per-pipeline caches (analyses of words,
    names), and every young collection scanned each of them once to free nothing: 0.31–0.34 s of
    collector time per 1,000 fresh articles in batches of 32, 0.06 s with this, none with it and
    the threshold at 200,000 (docs/performance.md, "Eighth session"). Frozen objects are still freed by reference
    counting (a cache emptied, a document dropped); only garbage in reference cycles would stay,
    and coding builds none (tests/test_speed_eighth.py). In any other process (one whose
    collector thresholds are not `BATCH_GC_THRESHOLD`) it does nothing.

    A safety net, should some later code build cycles after all: when asked to `check_frozen`
    (every `FROZEN_CHECK_EVERY` batches) and more than `frozen_limit` objects are frozen (the
    loaded pipeline is about 120,000, and the caches add some 300 per fresh article up to their
    bounds; frozen objects freed by reference counting leave the count), everything is thawed
    and collected once, so such garbage is bounded instead of growing with the archive."""
    if gc.get_threshold() != BATCH_GC_THRESHOLD:
        return
    if check_frozen and gc.get_freeze_count() > frozen_limit:
        gc.unfreeze()
        gc.collect()
    gc.freeze()
