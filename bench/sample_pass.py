"""Where a pass of the pipeline goes, by sampling: the share of process-CPU samples (ITIMER_PROF)
that each function is running (own) and is on the stack (cumulative), for the last of `--passes`
passes over SaudiNewsNet articles coded as `bench_stages.py --batch-gc --batch 32` codes them.

    PYTHONPATH=src .venv/bin/python bench/sample_pass.py [--day 2015-07-25] [--n 300] [--passes 1]

Unlike cProfile, sampling adds nothing to each call, so the many small functions of the stages
are not inflated against the few long ones (cProfile's own time of a 0.1 µs function is mostly
its own overhead); the price is noise: at the kernel's 4 ms a pass of 8 s gives about 2,000
samples, so a share under 1 % is a handful of samples. Time spent in C (a `map`, a regex, the
transliteration model) is counted to the Python line that called it. The transliteration models
are loaded before the passes, as `bench_stages.py --load-transliterator` does.
"""

from __future__ import annotations

import argparse
import collections
import signal
import sys
from pathlib import Path

import marsad
# (the articles and pipeline bench_stages.py times, and the step a batch ends with)
from bench_stages import code_in_batches, load


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--day", default="2015-07-25")
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--passes", type=int, default=1, help="sample the last of these passes")
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--interval", type=float, default=0.001, help="seconds of CPU between samples")
    args = ap.parse_args()
    data, nlp, _ = load(args.day, args.n, transliterator=True, batch_gc=True)
    own: collections.Counter[str] = collections.Counter()
    cum: collections.Counter[str] = collections.Counter()
    total = 0
    root = str(Path(marsad.__file__).resolve().parent.parent) + "/"

    def name(frame) -> str:
        c = frame.f_code
        return f"{c.co_filename.replace(root, '')}:{c.co_firstlineno}({c.co_name})"

    def sample(_sig, frame) -> None:
        nonlocal total
        total += 1
        own[name(frame)] += 1
        seen = set()
        while frame is not None:
            k = name(frame)
            if k not in seen:
                seen.add(k)
                cum[k] += 1
            frame = frame.f_back

    signal.signal(signal.SIGPROF, sample)
    for p in range(1, args.passes + 1):
        if p == args.passes:
            signal.setitimer(signal.ITIMER_PROF, args.interval, args.interval)
        code_in_batches(nlp, data, 32)
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
    if not total:
        sys.exit("no samples")
    print(f"pass {args.passes}: {total} samples")
    for title, counts in (("own", own), ("cumulative", cum)):
        print(f"== {title}")
        for k, v in counts.most_common(args.top):
            print(f"{100 * v / total:5.1f} %  {k}")


if __name__ == "__main__":
    main()
