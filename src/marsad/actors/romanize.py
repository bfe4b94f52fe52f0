"""Latin transliteration of names that are not in the dictionary, cached per pipeline.

`arabic_name_romanizer` takes 1–5 ms a call (and ~1 s to load the first time), so it is called only
for unknown names (after a title, or opened by a known given name), unit by unit (a word, or
عبد/أبو with the next word), at most once per (unit, country) per pipeline: given names repeat. The
country hint (ISO 3166 alpha-2, from babel's tables) picks regional spellings (Bagheri for Iran).

`Romanizer.batched(run)` sends the new units of one document to the model in one batch: `run`
is called once with the romanizer only *recording* the units it does not know (answering None),
they are transliterated together, and `run` is called again with every answer at hand. Its
result is exactly that of a plain run: the second run is a plain run whose cache happens to be
full, and a batch gives each unit the spelling it gets alone (each unit is encoded alone; only
the decoder's steps are shared, see `_RowEncoder`). Most of a model call is per step of its
beam search, not per unit (a decoder step: about 140 µs for one unit, 290 µs for four). A `run`
that only passes spellings on can skip the second run: it gets stand-ins, replaced in its
result afterwards (`run.fill`, see `batched`; the actors stage does this).
`Romanizer.batched_many(runs)` does the same for the runs of several documents at once, so that
their new names share the model's steps (`Pipeline.code_batch`). The beam search itself is
`marsad.actors.beam`'s, which gives the package's results with less work.

A unit's spelling depends only on the unit as written, never on what the pipeline met before:
the cache is keyed by the unit with only diacritics, tatweel and invisible marks removed
(`_written`, the characters `normalize` drops), and that key is what the model reads. The
package strips those same characters before its model reads a name, so the key loses nothing the
model would see, and it does not merge forms the model spells apart, as `fold` does (أ/إ/ا,
ة/ه, ى/ي, ئ/ي: with the hint US ايسيان is Issiane and إيسيان Issian; العايد is Al Ayed and
العائد Al-Aeed). A cache keyed by the folded form kept the spelling of whichever form the
process met first, so a document's names depended on the documents coded before it, and on how
`marsad ingest` shared them out between workers. The cost: a name met in two written forms is
transliterated twice per pipeline. The particles (بن، ابن، بنت) and the heads joined to the next
word (عبد، أبو) are still recognised on the folded form: that too depends on the unit alone.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Collection, Sequence
from functools import lru_cache, partial
from typing import TypeVar

from marsad.actors.beam import lean_model_class
from marsad.actors.calls import CALL_ERRORS, calls_ok, transliterate_calls
from marsad.text.normalize import DROPPED_CHARS, fold

T = TypeVar("T")


class Romanizer:
    # keys kept at most before the cache is emptied (then filled again by the batch that found
    # it full): a key and its spelling take about 270 bytes, the whole cache some 55 MB
    _LIMIT = 200_000

    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled
        # (unit as written without marks (`_written`), country) -> spelling
        self._cache: dict[tuple[str, str | None], str | None] = {}
        self._alpha2: dict[str, str] | None = None
        # the names a `batched` run is recording (per thread: a pipeline may be shared)
        self._local = threading.local()
        self.calls = 0  # names sent to the transliterator (cache misses), for benchmarks
        self.batches = 0  # calls of the transliterator (a batch of names counts once)
        self.seconds = 0.0  # wall-clock time spent in it
        self.thread_seconds = 0.0  # CPU time of the calling thread spent in it

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        del state["_local"]  # a thread-local cannot be pickled; nothing is recorded between runs
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._local = threading.local()

    def _iso2(self, iso3: str | None) -> str | None:
        if not iso3:
            return None
        if self._alpha2 is None:  # (CLDR's codes as `marsad.lexicon.countries` reads them)
            from marsad.lexicon.countries import builtin_country_names

            self._alpha2 = builtin_country_names().alpha2
        return self._alpha2.get(iso3)

    def __call__(self, name: str, country: str | None = None) -> str | None:
        """The Latin spelling of `name`, unit by unit (a word, or عبد/أبو with the next word), so
        that a given name met in a thousand names is transliterated once."""
        if not self.enabled:
            return None
        parts = [self._unit(u, country) for u in _units(name)]  # every unit, so all are recorded
        if not parts or any(p is None for p in parts):
            return None
        return " ".join(parts)

    def _unit(self, name: str, country: str | None) -> str | None:
        particle = _PARTICLES.get(fold(name))
        if particle:
            return particle  # بن alone reads as a surname to the model (Ben-Haim)
        key = (_written(name), country)  # not folded: see the module's docstring
        try:
            return self._cache[key]
        except KeyError:
            pass
        pending = getattr(self._local, "pending", None)
        if pending is not None:
            pending[key] = None  # answered by the batch, before the real run (a dict: ordered)
            stand_ins = self._local.stand_ins
            if stand_ins is None:
                return None
            return stand_ins.setdefault(key, STAND_IN.format(len(stand_ins)))
        self._transliterate([key])
        return self._cache[key]

    def batched(self, run: Callable[[], T]) -> T:
        """`run()`, with the names it meets for the first time transliterated in one batch.

        `run` must call this romanizer for its names and have no effect but its result (it is
        called twice when it meets new names: first to collect them, then for the result).

        If `run` has an attribute `fill` (not None), `run` is called once: a new name is
        answered with a stand-in (`STAND_IN`: a number between two private-use characters)
        instead of None, and `fill(result, spell)` must give the result with every string `s`
        in it that may hold a spelling replaced by `spell(s)` (the stand-ins by their
        spellings). That is the plain result only if `run` uses a spelling as an opaque string:
        passes it on, formats it into other strings, tests whether it is empty (a stand-in is
        not; when a new name gets no spelling, `run` is called again as without `fill`), but
        never reads its letters or length nor compares it; and if the texts it reads hold no
        private-use character U+E000."""
        return self.batched_many([run])[0]

    def batched_many(self, runs: Sequence[Callable[[], T]]) -> list[T]:
        """`[run() for run in runs]`, each `run` as in `batched`, with the names that any of them
        meets for the first time transliterated in one batch (per country) for all of them.

        Most of a model call is per step of its beam search, whatever the number of names
        (`_RowEncoder`), so the names of many documents cost about as many steps as those of
        one: the actors stage codes a batch of documents this way (`ActorStage.batch`). Each
        run is recorded alone (its own stand-ins), so its result is what `batched(run)` gives."""
        if not self.enabled or getattr(self._local, "pending", None) is not None:
            return [run() for run in runs]  # nothing to batch, or already inside a batched run
        recorded = []
        todo: dict[tuple[str, str | None], None] = {}  # the new keys, in the order first met
        for run in runs:
            fill: Callable[[T, Callable[[str], str]], T] | None = getattr(run, "fill", None)
            self._local.pending = {}
            self._local.stand_ins = {} if fill is not None else None
            try:
                result = run()
                pending, stand_ins = self._local.pending, self._local.stand_ins
            finally:
                self._local.pending = self._local.stand_ins = None
            recorded.append((result, pending, stand_ins, fill))
            todo.update(pending)
        if todo:
            self._transliterate(todo)
        out = []
        for run, (result, pending, stand_ins, fill) in zip(runs, recorded, strict=True):
            if not pending:
                out.append(result)  # every name was known: this was a plain run
                continue
            if stand_ins:
                spellings = [self._cache[key] for key in stand_ins]  # in the order of the numbers
                if None not in spellings:
                    out.append(fill(result, partial(_spell, spellings)))
                    continue
            out.append(run())
        return out

    def _transliterate(self, todo: Collection[tuple[str, str | None]]) -> None:
        """Fill the cache for the keys `todo` ((unit without marks, country)): one call of the
        transliterator per country, which reads the unit of the key."""
        if len(self._cache) + len(todo) > self._LIMIT:
            # (a long run meets new names without end; a spelling depends on its key alone, so
            # a name spelt again after this gets the spelling it had)
            self._cache.clear()
        by_country: dict[str | None, list[tuple[tuple[str, str | None], str]]] = {}
        for key in todo:
            by_country.setdefault(key[1], []).append((key, key[0]))
        t0, c0 = time.perf_counter(), time.thread_time()
        try:
            translit, batch_ok = _transliterator()
        except (ImportError, ValueError, RuntimeError, OSError):
            translit, batch_ok = None, False  # no transliterator: no Latin spelling
        calls = [([u for _, u in items], self._iso2(country))
                 for country, items in by_country.items()]
        together = None
        if batch_ok and calls_ok(translit):
            # the package's steps over all the calls at once, their model runs decoded together
            # (`marsad.actors.calls`); on an error, the calls below each meet it alone
            try:
                together = dict(zip(by_country, transliterate_calls(translit, calls),
                                    strict=True))
            except CALL_ERRORS:
                together = None
        for country, items in by_country.items():
            iso2 = self._iso2(country)
            outs = None
            if together is not None:
                outs = together[country]
                self.batches += 1
            elif batch_ok and len(items) > 1:
                try:
                    outs = translit.transliterate_many([u for _, u in items], country=iso2)
                except (ImportError, ValueError, RuntimeError, OSError):
                    pass
                self.batches += 1
            if outs is None or len(outs) != len(items):  # name by name, as a plain run does
                outs = [_one(translit, u, iso2) for _, u in items]
                self.batches += len(items)
            for (key, _), out in zip(items, outs, strict=True):
                self._cache[key] = str(out).strip() if out else None
        self.calls += len(todo)
        self.seconds += time.perf_counter() - t0
        self.thread_seconds += time.thread_time() - c0


# A spelling not known yet, in a run batched with `fill`: the number of the name between two
# private-use characters, which no spelling holds
STAND_IN = "\ue000{}\ue001"
_STAND_IN_RE = re.compile("\ue000([0-9]+)\ue001")


def _spell(spellings: list[str], s: str) -> str:
    """`s` with the stand-ins in it replaced by their spellings."""
    if "\ue000" not in s:
        return s
    return _STAND_IN_RE.sub(lambda m: spellings[int(m.group(1))], s)


def _one(translit, unit: str, iso2: str | None) -> str | None:
    if translit is None:
        return None
    try:
        return translit.transliterate(unit, country=iso2)
    except (ImportError, ValueError, RuntimeError, OSError):
        return None


_MODEL_FILES = ("encoder.onnx", "decoder.onnx", "vocab.json", "meta.json")
_STATE_NAMES = ["memory", "src_mask", "hidden"]  # the encoder's outputs, as `_RowEncoder` pads them


class _RowEncoder:
    """The package's ONNX backend with the encoder run on each name alone.

    In a batch the package pads the names to one length, and its recurrent encoder reads the
    padding: 27 of 870 names of SaudiNewsNet got another spelling in batches of a document's
    names. Encoding each name alone gives the state the name gets when sent alone; the decoder,
    which masks the padded positions, then runs its steps for the whole batch (the expensive part:
    one ONNX call per step instead of one per step and name). On those 870 names, batched by
    document: the same spellings, 0.96 s of CPU instead of 1.61 s."""

    def __init__(self, backend) -> None:
        self.backend = backend
        self.state_names = backend.state_names
        self.dynamic_state_names = backend.dynamic_state_names

    def encode(self, src, src_mask):
        import numpy as np

        if len(src) == 1:
            return self.backend.encode(src, src_mask)
        rows = []
        for ids, mask in zip(src, src_mask, strict=True):
            n = int((~mask).sum())  # a row is its ids then padding (pad_batch)
            rows.append(self.backend.encode(ids[None, :n], mask[None, :n]))
        width = src.shape[1]
        memory = np.zeros((len(rows), width) + rows[0]["memory"].shape[2:],
                          dtype=rows[0]["memory"].dtype)
        mask = np.ones((len(rows), width), dtype=rows[0]["src_mask"].dtype)
        for i, row in enumerate(rows):
            n = row["memory"].shape[1]
            memory[i, :n] = row["memory"][0]
            mask[i, :n] = row["src_mask"][0]
        hidden = np.concatenate([row["hidden"] for row in rows])
        return {"memory": memory, "src_mask": mask, "hidden": hidden}

    def step(self, prefix, state):
        return self.backend.step(prefix, state)


@lru_cache(maxsize=1)
def _transliterator():
    """The package's transliterator with its ONNX models on one thread (loaded once per process),
    and whether it may be given several names at once (its encoders are `_RowEncoder`s).

    The package's default runs each model on two threads, whose pool spins between the many
    small steps of a beam search: on 800 names of SaudiNewsNet that took 5.6 s of CPU (12.7 s
    wall-clock on a loaded 2-core machine) against 1.6 s (6.6 s) on one thread, with the same
    spellings. Each model's encoder runs name by name in a batch (`_RowEncoder`). Falls back to
    the package's default, called name by name, if its internals are not as expected."""
    import arabic_name_romanizer

    try:
        from arabic_name_romanizer.api import default_resources_dir
        from arabic_name_romanizer.inference import OnnxModel
    except ImportError:
        return arabic_name_romanizer, False  # its module-level transliterate(), default settings
    row_encoded = []
    lean = lean_model_class()  # the package's model with a beam search that does less work

    def one_thread(model_dir):
        if not all((model_dir / f).exists() for f in _MODEL_FILES):
            return None  # as the package does: no model there
        model = (lean or OnnxModel)(model_dir, intra_op_threads=1)
        ok = list(getattr(model.backend, "state_names", ())) == _STATE_NAMES
        if ok:
            model.backend = _RowEncoder(model.backend)
        row_encoded.append(ok)
        return model

    res = default_resources_dir()
    try:
        translit = arabic_name_romanizer.Transliterator(model=one_thread(res),
                                                        persian_model=one_thread(res / "persian"))
    except (AttributeError, TypeError):
        return arabic_name_romanizer, False
    index = getattr(translit, "index", None)
    if index is not None and callable(getattr(index, "lookup_full", None)):
        translit.index = _KeptAnswers(index)
    # without a model (rules and dictionary only) a batch is name by name anyway
    return translit, all(row_encoded)


class _KeptAnswers:
    """The package's read-only name index (SQLite) with its answers for whole names kept:
    `transliterate_many` looks every name up twice (`lookup_full`, before and after its model
    runs). An answer is a list of frozen `Variant`s, handed out as a new list each time.
    Bounded: emptied at `_LIMIT` answers."""

    _LIMIT = 100_000

    def __init__(self, index) -> None:
        self._index = index
        self._answers: dict[tuple, list] = {}

    def __getattr__(self, name: str):
        if name.startswith("_"):  # (not set yet: no recursion through self._index)
            raise AttributeError(name)
        return getattr(self._index, name)  # lookup_unit and the rest: the index's own

    def lookup_full(self, key: str, country: str | None = None, script: str = "arabic"):
        got = self._answers.get((key, country, script))
        if got is None:
            got = self._keep((key, country, script), self._index.lookup_full(key, country, script))
        return list(got)

    def _keep(self, key: tuple, answer: list) -> list:
        if len(self._answers) >= self._LIMIT:
            self._answers.clear()
        self._answers[key] = answer = list(answer)
        return answer


# A unit without the characters `normalize` drops (diacritics, tatweel, invisible marks): the
# cache key and what the model reads. The package removes the same before its model reads a name.
_WRITTEN_TABLE = {ord(c): None for c in DROPPED_CHARS}


@lru_cache(maxsize=1 << 14)
def _written(unit: str) -> str:
    return unit.translate(_WRITTEN_TABLE)


_PARTICLES = {fold("بن"): "bin", fold("ابن"): "ibn", fold("بنت"): "bint"}
_HEADS = frozenset(fold(w) for w in ("عبد", "أبو", "ابو", "أبي", "ابي", "أم"))


def _units(name: str) -> list[str]:
    """The parts of a name transliterated apart: words, with عبد/أبو kept with the next word
    (عبد الرحمن → Abdulrahman, not Abd + al-Rahman)."""
    words = name.split()
    out: list[str] = []
    i = 0
    while i < len(words):
        if fold(words[i]) in _HEADS and i + 1 < len(words):
            out.append(words[i] + " " + words[i + 1])
            i += 2
        else:
            out.append(words[i])
            i += 1
    return out
