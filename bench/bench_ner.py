"""Entity precision/recall of the actors stage on ../shared/data/ner, and its speed.

    .venv/bin/python bench/bench_ner.py                  # both corpora, all sentences
    .venv/bin/python bench/bench_ner.py --limit 500 --profile   # a cProfile of the actors stage

Corpora (read from ../shared/data/ner, never copied): ANERcorp train split (PERS, ORG, LOC, MISC)
and NewsFANE gold (50 fine types; clitics split ATB-style). Sentences are rebuilt by joining the
tokens with single spaces (so NewsFANE reads `و قال`, `ل الولايات`), grouped 20 to a document (one
paragraph each, like an article) and run through layout, sentences, tokens, actors.

Scoring is on token spans. A predicted entity counts when it contains a proper name (a dictionary
name, a capital used for its government, or an unknown name after a title); its span is the name
part (`doc.state["actors.names"]`), widened to whole tokens. Names inside a title mention (the
country of رئيس آذربيجان, `doc.state["actors.nested"]`) count too. Titles alone, office holders
without a name, bodies, nisba adjectives and coreference (نظيره، البلدين) are not names and are
not scored; `--bodies` also scores organisations named by a common noun and a country
(الجيش اللبناني، الحكومة اللبنانية), which NewsFANE tags and ANERcorp mostly does not.
Types are compared as PERSON, ORG and PLACE (GPE and LOC together: ANERcorp has only LOC, and
NewsFANE calls cities GPE where marsad calls them LOC unless they stand for a government).
Speed is CPU time of the main thread (`time.thread_time`), the dictionaries already built, without
the transliteration of unknown names, which is reported apart in wall-clock time (its ONNX runtime
runs threads of its own, which process time would charge to whatever runs next).

Gold types with no counterpart (ANERcorp MISC; NewsFANE works, products, sports teams...) are
ignored, and so is a prediction on exactly their span.
"""

from __future__ import annotations

import argparse
import bisect
import cProfile
import io
import pstats
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NER = ROOT.parent / "shared" / "data" / "ner"
STAGES = ("layout", "sentences", "tokens", "actors")
DOC_SENTENCES = 20

ANER_TYPES = {"PERS": "PERSON", "ORG": "ORG", "LOC": "PLACE"}
NEWSFANE_TYPES = {
    **{t: "PERSON" for t in ("Politician", "Athlete", "Artist", "Other_PER", "Religious_PER",
                             "Scientist", "Businessperson", "Lawyer", "Engineer", "Police_PER")},
    **{t: "PLACE" for t in ("Nation", "Population-Center", "State-or-Province", "GPE-Cluster",
                            "County-or-District", "Continent", "Water-Body", "Land",
                            "Land-Region-Natural", "Celestial", "Airport", "Path",
                            "Subarea-Facility", "Building-Grounds")},
    **{t: "ORG" for t in ("Government", "Non-Governmental", "Media", "Commercial", "Educational",
                          "Police", "Religious_ORG", "Medical-Science", "Sports")},
}
PRED_TYPES = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE"}


def read_conll(path: Path, type_map: dict[str, str]):
    """Sentences as (tokens, gold spans {(i, j): type}, ignored spans {(i, j)})."""
    sents = []
    toks: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if toks:
                sents.append(_spans(toks, tags, type_map))
            toks, tags = [], []
            continue
        parts = line.split("\t")
        if len(parts) < 2:
            parts = line.split()
        toks.append(parts[0])
        tags.append(parts[-1] if len(parts) > 1 else "O")
    return sents


def _spans(toks, tags, type_map):
    gold, ignored = {}, set()
    start, typ = None, None
    for i, tag in enumerate(tags + ["O"]):
        bio, _, t = tag.partition("-")
        if start is not None and (bio != "I" or t != typ):
            (gold.__setitem__((start, i), type_map[typ]) if typ in type_map
             else ignored.add((start, i)))
            start, typ = None, None
        if bio == "B" or (bio == "I" and start is None):
            start, typ = i, t
    return toks, gold, ignored


def predicted_spans(doc, offsets, base, bodies=False):
    """Token spans {(i, j): type} of the scored entities of one sentence starting at `base`."""
    names = doc.state.get("actors.names", {})
    spans = []
    for k, e in enumerate(doc.entities):
        if e.type not in PRED_TYPES:
            continue
        if k in names:
            spans.append((*names[k], e.type))
        elif bodies and e.type == "ORG" and e.country:
            spans.append((e.start, e.end, e.type))
    spans += [(n["start"], n["end"], n["type"]) for n in doc.state.get("actors.nested", ())]
    out = {}
    starts = [a for a, _ in offsets]
    for a, b, typ in spans:
        a -= base
        b -= base
        if a < 0 or b > offsets[-1][1] + 1:
            continue
        i = bisect.bisect_right(starts, a) - 1
        j = bisect.bisect_left(starts, b)
        if 0 <= i < j:
            out[(i, j)] = PRED_TYPES[typ]
    return out


def build_docs(sents):
    """Join sentences into documents: (text, [(base offset, token offsets)])."""
    docs = []
    for d in range(0, len(sents), DOC_SENTENCES):
        parts, layout, pos = [], [], 0
        for toks, _, _ in sents[d:d + DOC_SENTENCES]:
            offs, p = [], pos
            for t in toks:
                offs.append((p - pos, p - pos + len(t)))
                p += len(t) + 1
            text = " ".join(toks)
            parts.append(text)
            layout.append((pos, offs))
            pos += len(text) + 2
        docs.append(("\n\n".join(parts), layout))
    return docs


def evaluate(nlp, sents, name, bodies=False):
    docs = build_docs(sents)
    actors = nlp.stages[-1]
    rom = actors.romanize
    calls0, secs0, tsecs0 = rom.calls, rom.seconds, rom.thread_seconds
    tp = Counter()
    fp = Counter()
    fn = Counter()
    chars = sum(len(t) for t, _ in docs)
    t_actors = 0.0
    t0 = time.thread_time()
    si = 0
    for text, layout in docs:
        doc = nlp.make_doc(text)
        for stage in nlp.stages[:-1]:
            stage(doc)
        a = time.thread_time()
        actors(doc)
        t_actors += time.thread_time() - a
        # entities by sentence line
        for base, offs in layout:
            toks, gold, ignored = sents[si]
            si += 1
            line_end = base + (offs[-1][1] if offs else 0)
            sub = _Sub(doc, base, line_end)
            pred = predicted_spans(sub, offs, base, bodies)
            for span, typ in pred.items():
                if span in ignored:
                    continue
                if gold.get(span) == typ:
                    tp[typ] += 1
                else:
                    fp[typ] += 1
            for span, typ in gold.items():
                if pred.get(span) != typ:
                    fn[typ] += 1
    total = time.thread_time() - t0
    return {"name": name, "sentences": len(sents), "chars": chars, "tp": tp, "fp": fp, "fn": fn,
            "t_total": total - (rom.thread_seconds - tsecs0),
            "t_actors": t_actors - (rom.thread_seconds - tsecs0), "names": rom.calls - calls0,
            "t_names": rom.seconds - secs0}


class _Sub:
    """The entities of one sentence line of a batched document, with their name spans."""

    def __init__(self, doc, start, end):
        names = doc.state.get("actors.names", {})
        self.entities = []
        self.state = {"actors.names": {}, "actors.nested": [
            n for n in doc.state.get("actors.nested", ()) if start <= n["start"] < end]}
        for k, e in enumerate(doc.entities):
            if start <= e.start and e.end <= end:
                if k in names:
                    self.state["actors.names"][len(self.entities)] = names[k]
                self.entities.append(e)


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def report(res) -> str:
    lines = [f"### {res['name']} ({res['sentences']} sentences, {res['chars']:,} characters)", "",
             "| type | precision | recall | F1 | gold | predicted |", "|---|---|---|---|---|---|"]
    tp, fp, fn = res["tp"], res["fp"], res["fn"]
    for typ in ("PERSON", "ORG", "PLACE"):
        p, r, f = prf(tp[typ], fp[typ], fn[typ])
        lines.append(f"| {typ} | {p:.3f} | {r:.3f} | {f:.3f} | {tp[typ] + fn[typ]} | "
                     f"{tp[typ] + fp[typ]} |")
    p, r, f = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    lines.append(f"| all | {p:.3f} | {r:.3f} | {f:.3f} | {sum(tp.values()) + sum(fn.values())} | "
                 f"{sum(tp.values()) + sum(fp.values())} |")
    per_name = res["t_names"] / res["names"] * 1000 if res["names"] else 0.0
    lines += ["", f"- actors stage alone: {res['chars'] / res['t_actors']:,.0f} chars/s, "
                  f"{res['sentences'] / res['t_actors']:,.0f} sentences/s",
              f"- layout + sentences + tokens + actors: {res['chars'] / res['t_total']:,.0f} "
              f"chars/s, {res['sentences'] / res['t_total']:,.0f} sentences/s",
              f"- plus transliteration of {res['names']} new unknown names: "
              f"{res['t_names']:.2f} s wall-clock, {per_name:.0f} ms a name", ""]
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=0, help="only the first N sentences of each")
    ap.add_argument("--profile", action="store_true", help="cProfile the actors stage")
    ap.add_argument("--bodies", action="store_true",
                    help="also score organisations named by a common noun (الجيش اللبناني)")
    ap.add_argument("--no-transliterate", action="store_true",
                    help="skip the Latin spelling of unknown names (actors config)")
    args = ap.parse_args(argv)
    if not NER.exists():
        print(f"{NER} not found: the NER corpora live in ../shared/data/ner", file=sys.stderr)
        return 1
    import marsad

    nlp = marsad.load(STAGES, config={"actors": {"transliterate": not args.no_transliterate}})
    # build the dictionaries, the automaton and the transliterator before timing
    nlp("قال الجنرال سالم منصوري إن الوفد وصل.")
    corpora = [("ANERcorp train", NER / "anercorp_train.conll", ANER_TYPES),
               ("NewsFANE gold", NER / "newsfane_gold.conll", NEWSFANE_TYPES)]
    for name, path, tmap in corpora:
        sents = read_conll(path, tmap)
        if args.limit:
            sents = sents[:args.limit]
        if args.profile:
            prof = cProfile.Profile()
            prof.enable()
            res = evaluate(nlp, sents, name, args.bodies)
            prof.disable()
            s = io.StringIO()
            pstats.Stats(prof, stream=s).sort_stats("cumulative").print_stats(25)
            print(s.getvalue())
        else:
            res = evaluate(nlp, sents, name, args.bodies)
        print(report(res))
    print(example_speed(nlp))
    return 0


def example_speed(nlp, repeat: int = 100) -> str:
    """Time on the example article (one real 4.7 K-character article), repeated."""
    path = ROOT.parent / "shared" / "examples" / "000_b12d04d345356f66.txt"
    if not path.exists():
        return ""
    text = path.read_text(encoding="utf-8")
    nlp(text, published="2017-11-02")
    actors = nlp.stages[-1]
    t_pre = t_act = 0.0
    for _ in range(repeat):
        doc = nlp.make_doc(text, published="2017-11-02")
        t = time.thread_time()
        for stage in nlp.stages[:-1]:
            stage(doc)
        t_pre += time.thread_time() - t
        t = time.thread_time()
        actors(doc)
        t_act += time.thread_time() - t
    n = repeat * len(text)
    return (f"### The example article ({len(text):,} characters, {len(doc.sentences)} sentences), "
            f"{repeat} times\n\n- actors stage alone: {n / t_act:,.0f} chars/s, "
            f"{t_act / repeat * 1000:.1f} ms an article\n- layout + sentences + tokens + actors: "
            f"{n / (t_act + t_pre):,.0f} chars/s, {(t_act + t_pre) / repeat * 1000:.1f} ms an "
            f"article\n")


if __name__ == "__main__":
    sys.exit(main())
