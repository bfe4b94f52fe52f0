"""Latin transliteration of names that are not in the dictionary, cached per pipeline.

`arabic_name_romanizer` takes 1–5 ms a call (and ~1 s to load the first time), so it is called only
for unknown names (after a title, or opened by a known given name), one unit at a time (a word, or
عبد/أبو with the next word), at most once per (unit, country) per pipeline: given names repeat. The
country hint (ISO 3166 alpha-2, from babel's tables) picks regional spellings (Bagheri for Iran).
"""

from __future__ import annotations

from functools import lru_cache

from marsad.text.normalize import fold


class Romanizer:
    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled
        self._cache: dict[tuple[str, str | None], str | None] = {}
        self._alpha2: dict[str, str] | None = None
        self.calls = 0  # names sent to the transliterator (cache misses), for benchmarks
        self.seconds = 0.0  # wall-clock time spent in it
        self.thread_seconds = 0.0  # CPU time of the calling thread spent in it

    def _iso2(self, iso3: str | None) -> str | None:
        if not iso3:
            return None
        if self._alpha2 is None:
            from babel.core import get_global

            aliases = get_global("territory_aliases")
            self._alpha2 = {k: v[0] for k, v in aliases.items()
                            if len(k) == 3 and k.isalpha() and v and len(v[0]) == 2}
        return self._alpha2.get(iso3)

    def __call__(self, name: str, country: str | None = None) -> str | None:
        """The Latin spelling of `name`, unit by unit (a word, or عبد/أبو with the next word), so
        that a given name met in a thousand names is transliterated once."""
        if not self.enabled:
            return None
        parts = [self._unit(u, country) for u in _units(name)]
        if not parts or any(p is None for p in parts):
            return None
        return " ".join(parts)

    def _unit(self, name: str, country: str | None) -> str | None:
        particle = _PARTICLES.get(fold(name))
        if particle:
            return particle  # بن alone reads as a surname to the model (Ben-Haim)
        key = (fold(name), country)
        if key not in self._cache:
            import time

            t0, c0 = time.perf_counter(), time.thread_time()
            try:
                out = _transliterator().transliterate(name, country=self._iso2(country))
            except (ImportError, ValueError, RuntimeError, OSError):
                out = None
            self._cache[key] = str(out).strip() if out else None
            self.calls += 1
            self.seconds += time.perf_counter() - t0
            self.thread_seconds += time.thread_time() - c0
        return self._cache[key]


_MODEL_FILES = ("encoder.onnx", "decoder.onnx", "vocab.json", "meta.json")


@lru_cache(maxsize=1)
def _transliterator():
    """The package's transliterator with its ONNX models on one thread (loaded once per process).

    The package's default runs each model on two threads, whose pool spins between the many
    small steps of a beam search: on 800 names of SaudiNewsNet that took 5.6 s of CPU (12.7 s
    wall-clock on a loaded 2-core machine) against 1.6 s (6.6 s) on one thread, with the same
    spellings. Falls back to the package's default if its internals are not as expected."""
    import arabic_name_romanizer

    try:
        from arabic_name_romanizer.api import default_resources_dir
        from arabic_name_romanizer.inference import OnnxModel

        def one_thread(model_dir):
            if all((model_dir / f).exists() for f in _MODEL_FILES):
                return OnnxModel(model_dir, intra_op_threads=1)
            return None  # as the package does: no model there

        res = default_resources_dir()
        return arabic_name_romanizer.Transliterator(model=one_thread(res),
                                                    persian_model=one_thread(res / "persian"))
    except (ImportError, AttributeError, TypeError):
        return arabic_name_romanizer  # its module-level transliterate(), default settings


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
