"""Time each pipeline stage on real articles (one core).

    .venv/bin/python bench/bench_stages.py [--day 2015-07-25] [--n 300] [--passes 1] [--batch 1]

Reads one SaudiNewsNet zip from ../shared/data/saudinewsnet; prints articles and sentences per
second and each stage's share of the time: wall-clock (`time.perf_counter`, what the machine's
other jobs slow down) and CPU time. The CPU of the coding thread (`time.thread_time`) and of the
whole process are printed for the pass; the stages are timed with the process's CPU
(`time.process_time`), which also counts any thread a library starts (an older tree, timed
against this one, ran the transliterator's calls of a batch in helper threads; its ONNX models
run on one thread: with nothing else running in the process, its CPU is the coding's). With
`--passes 2`
the same articles are coded again by the same pipeline: the second pass shows the steady state
of a long run, once the per-pipeline caches (clitic analyses of words,
transliterated names) have seen the vocabulary. Each pass also prints how many unknown names
were transliterated, in how many calls of the transliterator, and its CPU time.
"""

from __future__ import annotations

import argparse
import json
import time
import zipfile
from pathlib import Path

import marsad

try:
    from marsad.runtime import after_batch
except ImportError:  # an older tree, timed against this one: it had no such step
    def after_batch() -> None:
        pass

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "saudinewsnet"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--day", default="2015-07-25")
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--passes", type=int, default=1, help="code the articles this many times")
    ap.add_argument("--batch", type=int, default=1,
                    help="code this many articles at a time, stage by stage, as "
                         "Pipeline.code_batch does (the actors stage transliterates their new "
                         "names together); 1: article by article, as Pipeline.__call__")
    ap.add_argument("--batch-gc", action="store_true",
                    help="apply marsad.runtime.settle_for_batch after loading, as the CLI does")
    ap.add_argument("--load-transliterator", action="store_true",
                    help="load the transliteration models before timing (as the dictionaries "
                         "are built before timing), so that pass 1 times coding fresh text and "
                         "not the once-per-process import of numpy, onnxruntime and the models; "
                         "prints what loading them took")
    args = ap.parse_args()
    data, nlp, seconds = load(args.day, args.n, args.load_transliterator, args.batch_gc)
    if seconds is not None:
        print(f"transliterator loaded before timing: {seconds:.2f} s CPU")
    romanizer = next((getattr(s, "romanize", None) for s in nlp.stages if s.name == "actors"), None)
    for p in range(1, args.passes + 1):
        r0 = _romanizer_counts(romanizer)
        wall = {s.name: 0.0 for s in nlp.stages}
        cpu = {s.name: 0.0 for s in nlp.stages}
        sentences = 0
        freeing = 0.0
        t0, c0, p0 = time.perf_counter(), time.thread_time(), time.process_time()
        for i in range(0, len(data), args.batch):
            docs = [nlp.make_doc(a["content"], published=a["date_extracted"][:10])
                    for a in data[i:i + args.batch]]
            for stage in nlp.stages:  # as `Pipeline.code_batch` runs them
                t, c = time.perf_counter(), time.process_time()
                if args.batch > 1 and hasattr(stage, "batch"):
                    stage.batch(docs)
                else:
                    for doc in docs:
                        stage(doc)
                wall[stage.name] += time.perf_counter() - t
                cpu[stage.name] += time.process_time() - c
            sentences += sum(len(doc.sentences) for doc in docs)
            # the coded documents are freed here, not inside the next batch's first stage
            # (the loop variable `doc` kept the last one alive until layout's loop rebound it)
            c = time.process_time()
            docs = doc = None
            freeing += time.process_time() - c
            after_batch()  # as `Pipeline.code_batch` ends (does nothing without --batch-gc)
        total, total_cpu = time.perf_counter() - t0, time.thread_time() - c0
        process_cpu = time.process_time() - p0
        label = f"pass {p}: " if args.passes > 1 else ""
        print(f"{label}{len(data)} articles, {sentences} sentences in {total:.1f} s: "
              f"{len(data) / total:.1f} articles/s, {sentences / total:.0f} sentences/s")
        print(f"  CPU time {total_cpu:.2f} s: {len(data) / total_cpu:.1f} articles/s, "
              f"{sentences / total_cpu:.0f} sentences/s per core "
              f"(process CPU, all threads: {process_cpu:.2f} s: "
              f"{sentences / process_cpu:.0f} sentences/s per core)")
        r1 = _romanizer_counts(romanizer)
        if r1 is not None:
            print(f"  names transliterated: {r1[0] - r0[0]} in {r1[1] - r0[1]} calls of the model "
                  f"package, {r1[2] - r0[2]:.2f} s CPU (inside the actors stage)")
        print(f"  {'stage':<10} {'wall':>7} {'':>5} {'CPU':>7} {'':>5}")
        for name in wall:
            print(f"  {name:<10} {wall[name]:6.2f} s {100 * wall[name] / total:3.0f} % "
                  f"{cpu[name]:6.2f} s {100 * cpu[name] / process_cpu:3.0f} %")
        print(f"  (freeing the coded documents: {freeing:.2f} s CPU, "
              f"{100 * freeing / process_cpu:.0f} %)")


def load(day: str, n: int, transliterator: bool, batch_gc: bool):
    """What is done before timing (and before bench/sample_pass.py samples): the first `n`
    articles with a text of a SaudiNewsNet day, the default pipeline with its dictionaries and
    automata built, with `transliterator` its models loaded (what the first new name of pass 1
    would do), with `batch_gc` `marsad.runtime.settle_for_batch` applied as the CLI applies it.
    Returns (articles, pipeline, CPU seconds the models took to load or None: not loaded, or an
    older tree without them)."""
    with zipfile.ZipFile(DATA / f"{day}.zip") as zf:
        data = [a for a in json.loads(zf.read(zf.namelist()[0])) if a["content"].strip()]
    data = data[:n]
    nlp = marsad.load()
    nlp("تجربة")
    seconds = None
    if transliterator:
        try:
            from marsad.actors.romanize import _transliterator
        except ImportError:  # an older tree, timed against this one
            pass
        else:
            c = time.process_time()
            _transliterator()
            seconds = time.process_time() - c
    if batch_gc:
        try:
            from marsad.runtime import settle_for_batch
        except ImportError:  # an older tree, sampled against this one
            pass
        else:
            settle_for_batch()
    return data, nlp, seconds


def code_in_batches(nlp, data: list[dict], batch: int) -> None:
    """Code the articles `data` with `nlp` `batch` at a time, stage by stage, as
    `Pipeline.code_batch` does (untimed: for the scripts that measure in their own way)."""
    for i in range(0, len(data), batch):
        docs = [nlp.make_doc(a["content"], published=a["date_extracted"][:10])
                for a in data[i:i + batch]]
        for stage in nlp.stages:
            if hasattr(stage, "batch"):
                stage.batch(docs)
            else:
                for doc in docs:
                    stage(doc)
        after_batch()


def _romanizer_counts(romanizer) -> tuple[int, int, float] | None:
    """Names transliterated, calls of the transliterator and its CPU time so far."""
    if romanizer is None:
        return None
    return romanizer.calls, getattr(romanizer, "batches", romanizer.calls), romanizer.thread_seconds


if __name__ == "__main__":
    main()
