"""Where the transliteration of new names spends pass 1 (fresh text), and which of its names reach
a result.

    PYTHONPATH=src .venv/bin/python bench/translit_costs.py [--day 2015-07-25] [--n 300] [--batch 32]

Codes the first `n` articles of a SaudiNewsNet day once, in batches as `bench_stages.py --batch`
does (the pipeline built and a first document coded before timing, `settle_for_batch` applied;
the transliterator is loaded when the first new name comes, as in `bench_stages.py` without
`--load-transliterator`, and that loading is printed apart). Prints the CPU of the coding thread
(`time.thread_time`) spent in each part of the transliteration: the package's whole-name and
unit look-ups (SQLite and its aggregation), the encoder (one ONNX run per name) and the decoder
(one ONNX run per step of a batch's beam search), the beam search's own numpy work, the ranking
and the rest (`Romanizer`'s glue, the package's normalising). And the counts that say whether a
cheaper arrangement is left: the units the actors stage asks for, the new (unit, country) keys
sent to the model package, their distinct units, and how many of the new keys have a stand-in
that reaches a result of `ActorStage._compose` (`Romanizer.batched_many` with `fill`: a key
whose stand-in is in no result is a spelling computed and never read).

Measurement only: it wraps the package's and marsad's functions for the run (each wrapper costs a
little CPU of its own, so the parts are upper bounds). Its output is no benchmark of speed:
`bench_stages.py` is.
"""

from __future__ import annotations

import argparse
import re
import time
from collections import Counter

from bench_stages import code_in_batches, load

_STAND_IN_RE = re.compile("\ue000([0-9]+)\ue001")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--day", default="2015-07-25")
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--batch", type=int, default=32)
    args = ap.parse_args()
    data, nlp, _ = load(args.day, args.n, False, True)
    from marsad.actors import beam, calls, romanize

    cpu: Counter = Counter()
    count: Counter = Counter()

    def timed(obj, name: str, label: str) -> None:
        f = getattr(obj, name)

        def wrapper(*a, **k):
            t = time.thread_time()
            try:
                return f(*a, **k)
            finally:
                cpu[label] += time.thread_time() - t
                count[label] += 1
        setattr(obj, name, wrapper)

    loaded = romanize._transliterator
    wrapped = []

    def load_and_wrap():
        t = time.thread_time()
        got = loaded()
        if not wrapped:  # the first call: loads the models (unless a first document did)
            wrapped.append(True)
            cpu["loading (once a process)"] += time.thread_time() - t
            translit = got[0]
            index = getattr(translit.index, "_index", translit.index)
            timed(index, "lookup_full", "whole-name look-ups")
            timed(index, "lookup_unit", "unit look-ups")
            for model in (translit.model, translit.persian_model):
                if model is not None:
                    inner = getattr(model.backend, "backend", model.backend)
                    timed(inner, "encode", "encoder runs (one a name)")
                    timed(inner, "step", "decoder steps")
        return got

    romanize._transliterator = load_and_wrap
    timed(romanize.Romanizer, "_transliterate", "all of the transliteration, with the loading")
    timed(beam, "beam_search", "beam searches (the model's runs and numpy)")
    timed(calls, "_ranked", "ranking")
    stage = next(s for s in nlp.stages if s.name == "actors")
    rom = stage.romanize
    unit = rom._unit

    def counted_unit(name, country):
        count["units asked (Romanizer._unit)"] += 1
        return unit(name, country)
    rom._unit = counted_unit

    new_keys: set = set()
    read_keys: set = set()

    class Spy:
        """A run of `batched_many` whose stand-ins are noted, and whose `fill` notes which of
        them are in the result."""

        def __init__(self, run) -> None:
            self.run, self.keys = run, []
            inner = getattr(run, "fill", None)
            self.fill = None if inner is None else self._fill(inner)

        def __call__(self):
            result = self.run()
            self.keys = list(rom._local.stand_ins or ())
            return result

        def _fill(self, inner):
            def fill(result, spell):
                def noted(s: str) -> str:
                    for m in _STAND_IN_RE.finditer(s):
                        read_keys.add(self.keys[int(m.group(1))])
                    return spell(s)
                return inner(result, noted)
            return fill

    batched_many = rom.batched_many

    def spied(runs):
        before = set(rom._cache)
        out = batched_many([Spy(r) for r in runs])
        new_keys.update(set(rom._cache) - before)
        return out
    rom.batched_many = spied

    t0 = time.thread_time()
    code_in_batches(nlp, data, args.batch)
    total = time.thread_time() - t0
    romanize._transliterator = loaded

    print(f"pass 1 of {len(data)} articles of {args.day}, batches of {args.batch}: "
          f"{total:.2f} s CPU of the coding thread")
    for label, seconds in sorted(cpu.items(), key=lambda kv: -kv[1]):
        calls_n = f"{count[label]:>6} calls" if count[label] else ""
        print(f"  {label:<46} {seconds:6.3f} s {100 * seconds / total:5.1f} %  {calls_n}")
    print(f"  units asked for: {count['units asked (Romanizer._unit)']}; new (unit, country) keys "
          f"sent to the package: {len(new_keys)} ({len({k[0] for k in new_keys})} distinct "
          f"units); keys whose stand-in reaches a result: {len(new_keys & read_keys)}")


if __name__ == "__main__":
    main()
