"""A reading of the date and modality of coded events, old code against new, on SaudiNewsNet
political articles and on the OEDA split (docs/accuracy.md, "Borrowed time and modality, eighth
session").

    PYTHONHASHSEED=0 PYTHONPATH=<src> .venv/bin/python bench/time_modality_reading.py dump OUT.json [--keep] DAY...
        codes the political articles of the days (`news.political_docs`) and writes every event:
        where it is, its dyad codes, date, date source, modality and its sentence (with the
        trigger in [[ ]]). --keep keeps the events with no known source, as event detection does
        (`marsad.eval.gsr.DETECTION_CONFIG`). Run it with two versions of the code, outside the
        repository (the file holds news sentences).
    PYTHONHASHSEED=0 PYTHONPATH=<src> .venv/bin/python bench/time_modality_reading.py gsr OUT.json
        the same for every row of the OEDA split (../shared/data/arabic_event_gsr), coded as
        `marsad eval-gsr` codes it.
    .venv/bin/python bench/time_modality_reading.py diff OLD.json NEW.json
        the events whose date, date source or modality changed, the new ones and the ones gone
        (an event merged into another, or no longer merged, shows as gone or new); for the OEDA
        rows, the rows whose events changed, with "***" where the row's answer for its type
        changed.

(PYTHONHASHSEED=0: events of one trigger with several dyads come out in an order that may differ
from run to run; the key of an event holds its dyad, so the order does not matter, but a fixed
seed keeps two dumps comparable line by line.)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import marsad
from news import political_docs

GSR = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "arabic_event_gsr"
FACTUAL = ("asserted", "reported")


def _sentence(doc, e) -> str:
    s = doc.sentences[e.sentence]
    a, b = e.evidence["start"], e.evidence["end"]
    return doc.text[s.start:a] + "[[" + doc.text[a:b] + "]]" + doc.text[b:s.end]


def event_rows(day: str, ai: int, doc) -> list[dict]:
    """The events of an article as `dump` writes them (keyed by day, article, place and dyad)."""
    return [{"key": [day, ai, e.evidence["start"], e.cameo,
                     e.source.actor_code if e.source else None,
                     e.target.actor_code if e.target else None],
             "date": e.date, "date_source": e.date_source, "modality": e.modality,
             "sentence": _sentence(doc, e)} for e in doc.events]


def dump(out: str, days: list[str], keep: bool) -> None:
    from marsad.eval.gsr import DETECTION_CONFIG

    nlp = marsad.load(config=DETECTION_CONFIG) if keep else marsad.load()
    evs = []
    for day, ai, _, doc in political_docs(nlp, days):
        evs.extend(event_rows(day, ai, doc))
    Path(out).write_text(json.dumps(evs, ensure_ascii=False), encoding="utf-8")
    print(f"{len(evs)} events", file=sys.stderr)


def gsr(out: str) -> None:
    from marsad.eval.gsr import DETECTION_CONFIG, event_plover, published_from_id, read_rows

    nlp = marsad.load(config=DETECTION_CONFIG)
    rows_out = []
    for path in sorted(GSR.glob("*_gsr.csv")):
        rows = read_rows(path)
        docs = nlp.pipe(({"text": r["text"], "id": r["id"],
                          "published": published_from_id(r["id"])} for r in rows), n_process=1)
        for r, doc in zip(rows, docs):
            rows_out.append({"key": [r["event_type"], r["id"], r["text"][:80]],
                             "type": r["event_type"], "label": r["label"], "text": r["text"],
                             "events": [[event_plover(e), e.cameo, e.trigger, e.date,
                                         e.date_source, e.modality] for e in doc.events]})
    Path(out).write_text(json.dumps(rows_out, ensure_ascii=False), encoding="utf-8")


def diff(old_path: str, new_path: str) -> None:
    old = {tuple(x["key"]): x for x in json.loads(Path(old_path).read_text(encoding="utf-8"))}
    new = {tuple(x["key"]): x for x in json.loads(Path(new_path).read_text(encoding="utf-8"))}
    n = 0
    for k, x in new.items():
        o = old.get(k)
        if "events" in x:  # an OEDA row
            if o is None or o["events"] == x["events"]:
                continue
            said = [any(e[0] == x["type"] and e[5] in FACTUAL for e in r["events"])
                    for r in (o, x)]
            flag = f"  *** {said[0]} -> {said[1]}" if said[0] != said[1] else ""
            print(f"{x['type']} {x['label']} {x['key'][1]}{flag}\n  old: {o['events']}\n  "
                  f"new: {x['events']}\n  {x['text'][:400]}\n")
        elif o is None:
            print(f"NEW {k} {x['date']} {x['modality']}\n  {x['sentence'][:400]}\n")
        elif (o["date"], o["date_source"], o["modality"]) != \
                (x["date"], x["date_source"], x["modality"]):
            print(f"{k}\n  {o['date']} ({o['date_source']}) {o['modality']} -> {x['date']} "
                  f"({x['date_source']}) {x['modality']}\n  {x['sentence'][:400]}\n")
        else:
            continue
        n += 1
    for k, o in old.items():
        if k not in new and "events" not in o:
            n += 1
            print(f"GONE {k} {o['date']} {o['modality']}\n  {o['sentence'][:400]}\n")
    print(f"{n} changed of {len(new)}")


COMMANDS = {
    "dump": lambda a: dump(a[0], [x for x in a[1:] if x != "--keep"], "--keep" in a),
    "gsr": lambda a: gsr(a[0]),
    "diff": lambda a: diff(a[0], a[1]),
}

if __name__ == "__main__":
    if len(sys.argv) < 3 or sys.argv[1] not in COMMANDS:
        sys.exit(f"usage: {sys.argv[0]} dump|gsr|diff ... (see the docstring)")
    COMMANDS[sys.argv[1]](sys.argv[2:])
