"""A reading of source and target actors (dyads) on SaudiNewsNet political articles.

    PYTHONPATH=src .venv/bin/python bench/dyads_reading.py sample 2015-08-02 2015-08-03
        prints a reproducible random sample of 80 coded events (seed 7) with their sentences,
        for a reader to judge: is the source right? is the target right? (Also from a dump:
        `sample OUT.json`.)
    PYTHONPATH=src .venv/bin/python bench/dyads_reading.py recount bench/dyads_reading.json
        codes the same days with the current code and tells, for each judged event, whether its
        dyad is unchanged, changed or gone, and the counts of right dyads before and after.
    PYTHONPATH=src .venv/bin/python bench/dyads_reading.py dump OUT.json 2015-08-04
        writes every coded event of the days (dyad, trigger, marked sentence) to OUT.json, kept
        outside the repository;
    .venv/bin/python bench/dyads_reading.py diff OLD.json NEW.json
        prints the events whose dyad a change altered, removed or added, in their sentences.

In the printed sentences the trigger is marked [[…]], the source {S:…} and the target {T:…}.

Readings kept: bench/dyads_reading.json (2015-08-02 and 03, sixth session),
bench/dyads_reading_0721.json (2015-07-21 and 22, seventh session) and
bench/dyads_reading_0804.json (2015-08-04, eighth session).

The judgments file holds no text of the news, only where each event is (day, article index,
trigger offset, CAMEO code), the dyad that was judged and the reader's verdict: "yy" both
right, "yn" source right and target wrong, and so on ("m" a target missing though named, "o" none
and none needed), with the fault's phenomenon. The articles kept are those of `aawsat` or with
/Politics/ in their URL. Needs ../shared/data/saudinewsnet (not in the repo).
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import marsad
from news import political_docs



def marked(text: str, a: int, b: int, e) -> str:
    """The sentence text[a:b] with the trigger [[…]], the source {S:…} and the target {T:…}
    marked (an actor outside the sentence, or overlapping another mark, is not marked)."""
    spans = [(e.evidence["start"], e.evidence["end"], "[[", "]]")]
    for ref, tag in ((e.source, "{S:"), (e.target, "{T:")):
        if ref is not None and ref.start is not None and ref.end and a <= ref.start < ref.end <= b:
            spans.append((ref.start, ref.end, tag, "}"))
    spans.sort()
    out, at = [], a
    for x, y, o, c in spans:
        if x < at:
            continue  # overlapping marks: keep the first
        out += [text[at:x], o, text[x:y], c]
        at = y
    out.append(text[at:b])
    return "".join(out).replace("\n", " ")


def window(text: str, width: int = 600) -> str:
    """About `width` characters of a marked sentence around its trigger."""
    at = max(0, text.find("[[") - width // 2)
    return ("…" if at else "") + text[at:at + width]


def coded(days: list[str]) -> list[dict]:
    nlp = marsad.load()
    out = []
    for day, ai, _article, doc in political_docs(nlp, days):
        for e in doc.events:
            s = doc.sentences[e.sentence]
            out.append({
                "day": day, "article": ai, "start": e.evidence["start"], "cameo": e.cameo,
                "source": e.source.actor_code if e.source else None,
                "source_text": e.source.text if e.source else None,
                "target": e.target.actor_code if e.target else None,
                "target_text": e.target.text if e.target else None,
                "trigger": e.trigger, "sentence": doc.text[s.start:s.end],
                "marked": marked(doc.text, s.start, s.end, e)})
    return out


def sample(days: list[str], n: int = 80, seed: int = 7) -> None:
    """`days` may be one dump of `dump` (a .json file) instead: the same sample, not coded again."""
    if days and days[0].endswith(".json"):
        evs = json.loads(Path(days[0]).read_text(encoding="utf-8"))
    else:
        evs = coded(days)
    random.seed(seed)
    for i in sorted(random.sample(range(len(evs)), n)):
        e = evs[i]
        print(json.dumps({k: e[k] for k in ("day", "article", "start", "cameo", "source",
                                            "target")}))
        print(f"    [{e['trigger']}] S={e['source']}|{e['source_text']} "
              f"T={e['target']}|{e['target_text']}\n    {window(e['marked'])}")
    print(f"{len(evs)} events coded", file=sys.stderr)


def ok(verdict: str) -> bool:
    return verdict in ("y", "o")


def recount(path: str) -> None:
    judged = json.loads(Path(path).read_text(encoding="utf-8"))
    evs = coded(sorted({j["day"] for j in judged}))
    at: dict[tuple, list[dict]] = {}
    for e in evs:
        at.setdefault((e["day"], e["article"], e["start"], e["cameo"]), []).append(e)
    right_before = right_after = gone = changed = 0
    for j in judged:
        v = j["verdict"]
        right_before += ok(v[0]) and ok(v[1])
        now = at.get((j["day"], j["article"], j["start"], j["cameo"]), [])
        if not now:
            gone += 1
            print(f"gone: {j['day']} #{j['article']} @{j['start']} {j['cameo']} "
                  f"{j['source']}->{j['target']} ({v})")
            continue
        if any((e["source"], e["target"]) == (j["source"], j["target"]) for e in now):
            right_after += ok(v[0]) and ok(v[1])
            continue
        changed += 1
        print(f"changed: {j['day']} #{j['article']} @{j['start']} {j['cameo']} "
              f"{j['source']}->{j['target']} ({v}) now "
              f"{[(e['source'], e['target']) for e in now]}")
    print(f"{len(judged)} judged; right before {right_before}; unchanged and right "
          f"{right_after}; changed {changed} (read them); gone {gone}; {len(evs)} events coded now")


def dump(out: str, days: list[str]) -> None:
    evs = coded(days)
    Path(out).write_text(json.dumps(evs, ensure_ascii=False), encoding="utf-8")
    print(f"{len(evs)} events coded", file=sys.stderr)


def diff(old_path: str, new_path: str) -> None:
    """The events of two dumps of the same days whose dyad differs, by (day, article, trigger
    offset, CAMEO code)."""
    def keyed(path: str) -> dict[tuple, list[dict]]:
        at: dict[tuple, list[dict]] = {}
        for e in json.loads(Path(path).read_text(encoding="utf-8")):
            at.setdefault((e["day"], e["article"], e["start"], e["cameo"]), []).append(e)
        return at

    old, new = keyed(old_path), keyed(new_path)
    counts = {"changed": 0, "gone": 0, "new": 0}
    for key in sorted(old.keys() | new.keys()):
        a, b = old.get(key, []), new.get(key, [])
        dyads_a = sorted((e["source"] or "", e["target"] or "") for e in a)
        dyads_b = sorted((e["source"] or "", e["target"] or "") for e in b)
        if dyads_a == dyads_b:
            continue
        kind = "gone" if not b else "new" if not a else "changed"
        counts[kind] += 1
        print(f"{kind}: {key[0]} #{key[1]} @{key[2]} {key[3]} {dyads_a} -> {dyads_b}")
        for e in (a or b)[:1] + (b[:1] if a and b else []):
            print(f"    {window(e['marked'])}")
    print(counts, file=sys.stderr)


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "sample":
        sample(args)
    elif cmd == "recount":
        recount(args[0])
    elif cmd == "dump":
        dump(args[0], args[1:])
    elif cmd == "diff":
        diff(args[0], args[1])
    else:
        sys.exit(f"unknown command {cmd!r}: sample DAY... | recount JUDGMENTS.json | "
                 "dump OUT.json DAY... | diff OLD.json NEW.json")
