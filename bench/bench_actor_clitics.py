"""How many actor spans start with a proclitic (وروسيا، بالحكومة، للجيش) on days of SaudiNewsNet.

    PYTHONPATH=src .venv/bin/python bench/bench_actor_clitics.py 2015-07-27 [--limit N]
                                                                [--dump spans.jsonl]

Codes the political articles of the days (`bench/news.py`: aawsat, /Politics/) with the default
pipeline and reads every actor span: the entities, the names nested in them
(`doc.state["actors.nested"]`), the sources and targets of the events and the speakers and
addressees of the quotes. A span "starts with a clitic" when the tokenizer's proclitic segments
of its first word that lie inside the span hold و، ف، ب، ك or ل, the second ل of لل (the
article's, the convention of docs/export.md) aside: the tokenizer's reading, not the actors
stage's, so a name the tokenizer splits wrongly (كاليفورنيا: ك + ال + …) is counted too.
Prints the counts by kind; `--dump` writes every span (day, article, kind, start, end, text,
clitic) as JSON lines, with a line for each event (its codes, place, modality and date) and each
quote (its kind, the codes of its speaker and addressee), to compare the output of two versions
of the code.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from news import political_docs  # noqa: E402

from marsad.actors.clitics import starts_with_proclitic  # noqa: E402

def actor_spans(doc):
    """(kind, start, end, text) of every actor span of `doc`."""
    for e in doc.entities:
        yield "entity", e.start, e.end, e.text
    for n in doc.state.get("actors.nested", ()):
        yield "nested", n["start"], n["end"], n["text"]
    for ev in doc.events:
        for kind, ref in (("source", ev.source), ("target", ev.target)):
            if ref is not None and ref.start is not None:
                yield kind, ref.start, ref.end, ref.text
    for q in doc.quotes:
        for kind, ref in (("speaker", q.speaker), ("addressee", q.addressee)):
            if ref is not None and ref.start is not None:
                yield kind, ref.start, ref.end, ref.text


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("days", nargs="+")
    ap.add_argument("--limit", type=int, default=0, help="at most this many articles")
    ap.add_argument("--dump", help="write every span as JSON lines to this file")
    args = ap.parse_args(argv)
    from marsad.pipeline import Pipeline

    nlp = Pipeline()
    total, clitic = Counter(), Counter()
    out = open(args.dump, "w", encoding="utf-8") if args.dump else None
    n = 0
    for day, ai, _article, doc in political_docs(nlp, args.days):
        n += 1
        for kind, start, end, text in actor_spans(doc):
            c = starts_with_proclitic(doc, start)
            total[kind] += 1
            clitic[kind] += c
            if out:
                out.write(json.dumps({"day": day, "article": ai, "kind": kind, "start": start,
                                      "end": end, "text": text, "clitic": c},
                                     ensure_ascii=False) + "\n")
        if out:  # what the events and the quotes say, to tell a change other than a span's
            for ev in doc.events:
                loc = ev.location
                out.write(json.dumps({
                    "day": day, "article": ai, "kind": "event", "start": ev.evidence["start"],
                    "end": ev.evidence["end"], "clitic": False,
                    "text": " ".join(str(x) for x in (
                        ev.cameo, ev.source.actor_code, ev.target and ev.target.actor_code,
                        loc and loc.name, loc and loc.source, ev.modality, ev.date))},
                    ensure_ascii=False) + "\n")
            for q in doc.quotes:
                out.write(json.dumps({
                    "day": day, "article": ai, "kind": "quote", "start": q.start, "end": q.end,
                    "clitic": False, "text": " ".join(str(x) for x in (
                        q.kind, q.speaker and q.speaker.actor_code,
                        q.addressee and q.addressee.actor_code, q.attribution))},
                    ensure_ascii=False) + "\n")
        if args.limit and n >= args.limit:
            break
    if out:
        out.close()
    print(f"{n} articles")
    print("kind        spans  starting with a clitic")
    for kind in ("entity", "nested", "source", "target", "speaker", "addressee"):
        print(f"{kind:<10} {total[kind]:>6}  {clitic[kind]:>6}")
    print(f"{'all':<10} {sum(total.values()):>6}  {sum(clitic.values()):>6}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
