"""Several calls of the transliterator whose model runs share one beam search.

`Romanizer._transliterate` makes one call of `arabic_name_romanizer`'s `transliterate_many` per
country hint (the hint is part of what the model reads). Most of a model call is per step of its
beam search (a decoder step costs about 120 µs of CPU plus 25 µs a row, and the numpy work
around it about as much again), so the calls of a batch of documents (six or seven countries)
paid for six or seven sequences of steps. Here each call runs in a thread of its own, and when
every call still running waits for its model, the waiting requests are decoded together: one
beam search per model (`LeanModel.decode_many`), each row with its own country hint, then each
request's hypotheses reranked with its own hint. A row of the decoder gives the same bits
alone and in any batch, and each name is encoded alone (`romanize._RowEncoder`), so every call
gets what it gets alone (`tests/test_speed_seventh.py`). The threads only run the package's
Python around the model (dictionary lookups, ranking; its SQLite index is opened with
`check_same_thread=False`, and Python's sqlite3 here is built serialized, `threadsafety` 3); the
model runs in the calling thread. The threads are joined before `transliterate_jointly` returns.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from typing import Any

# What a call of the package may raise and the caller falls back on (`romanize._transliterate`)
CALL_ERRORS = (ImportError, ValueError, RuntimeError, OSError)


class _Coordinator:
    """Holds the model requests of the calls running in threads until all of them wait."""

    def __init__(self, n_calls: int) -> None:
        self.cond = threading.Condition()
        self.running = n_calls  # calls not finished yet
        self.waiting: dict[int, tuple[Any, list, str | None]] = {}  # call -> (model, items, country)
        self.answers: dict[int, Any] = {}
        self.broken: BaseException | None = None  # the calling thread stopped serving

    def decode(self, call: int, model, items: list, country: str | None):
        """In the thread of call `call`: the hypotheses of `items`, decoded with the others."""
        with self.cond:
            self.waiting[call] = (model, items, country)
            self.cond.notify_all()
            while call not in self.answers and self.broken is None:
                self.cond.wait()
            got = self.answers.pop(call, self.broken)
        if isinstance(got, BaseException):
            raise got
        return got

    def finished(self) -> None:
        with self.cond:
            self.running -= 1
            self.cond.notify_all()

    def serve(self) -> None:
        """In the calling thread: decode the waiting requests whenever every running call
        waits, until every call has finished. If this is interrupted, the waiting calls get
        the error (so that their threads end)."""
        try:
            self._serve()
        except BaseException as err:
            with self.cond:
                self.broken = err
                self.cond.notify_all()
            raise

    def _serve(self) -> None:
        while True:
            with self.cond:
                while self.running and len(self.waiting) < self.running:
                    self.cond.wait()
                if not self.running:
                    return
                # in the order of the calls, so that a batch is built the same way every time
                requests = sorted(self.waiting.items())
                self.waiting.clear()
            answers = _decode_together(requests)
            with self.cond:
                self.answers.update(answers)
                self.cond.notify_all()


def _decode_together(requests: list[tuple[int, tuple[Any, list, str | None]]]) -> dict[int, Any]:
    """Each request's hypotheses (or the error that its model raised), one `decode_many` per
    model."""
    by_model: dict[int, list[tuple[int, tuple[Any, list, str | None]]]] = {}
    for call, request in requests:
        by_model.setdefault(id(request[0]), []).append((call, request))
    out: dict[int, Any] = {}
    for group in by_model.values():
        model = group[0][1][0]
        try:
            hyps = model.decode_many([(items, country) for _, (_, items, country) in group])
        except Exception as err:  # noqa: BLE001 - raised in each waiting call's thread
            hyps = [err] * len(group)
        out.update((call, h) for (call, _), h in zip(group, hyps, strict=True))
    return out


def transliterate_jointly(translit, calls: Sequence[tuple[list[str], str | None]]
                          ) -> tuple[list, float]:
    """`translit.transliterate_many(units, country=iso2)` for each `(units, iso2)` of `calls`,
    the model runs of all of them decoded together (a call that raised one of `CALL_ERRORS`
    gives None), and the CPU time of the threads that ran the calls. `translit`'s models must
    be `LeanModel`s (`marsad.actors.beam`)."""
    coordinator = _Coordinator(len(calls))
    results: list = [None] * len(calls)
    unexpected: list[BaseException] = []  # raised again in the calling thread
    cpu: list[float] = []

    def run(k: int, units: list[str], iso2: str | None) -> None:
        c0 = time.thread_time()
        for model in (translit.model, translit.persian_model):
            if model is not None:
                model.joint.call = (coordinator, k)  # (per thread: read by `LeanModel._decode`)
        try:
            results[k] = translit.transliterate_many(units, country=iso2)
        except CALL_ERRORS:
            results[k] = None
        except BaseException as err:  # noqa: BLE001 - handed to the calling thread
            unexpected.append(err)
        finally:
            cpu.append(time.thread_time() - c0)
            coordinator.finished()

    threads = [threading.Thread(target=run, args=(k, units, iso2), daemon=True)
               for k, (units, iso2) in enumerate(calls)]
    for t in threads:
        t.start()
    try:
        coordinator.serve()
    finally:
        for t in threads:
            t.join()
    if unexpected:
        raise unexpected[0]
    return results, sum(cpu)
