"""The false alarms of `marsad eval-gsr` for one type, each with the events that made it: the
trigger in its context, the CAMEO code, the modality and the date (docs/accuracy.md, "ASSAULT
precision, ninth session"). Reading them is how the phenomena behind them are found.

    PYTHONPATH=src .venv/bin/python bench/gsr_false_alarms.py [TYPE] [LABEL...]

TYPE is ASSAULT (default) or PROTEST; LABELs are the gold labels to list (default: easy no).
Each row is coded as `marsad eval-gsr` codes it (`DETECTION_CONFIG`, published on the date of
its id). The output holds the split's sentences: print it, do not keep it in the repository.
Needs ../shared/data/arabic_event_gsr.
"""

from __future__ import annotations

import sys
from pathlib import Path

import marsad
from marsad.eval.gsr import (DETECTION_CONFIG, FACTUAL, event_plover, published_from_id,
                             read_rows)

GSR = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "arabic_event_gsr"
CONTEXT = 60  # characters of context on each side of a trigger


def _in_context(doc, e) -> str:
    a, b = e.evidence["start"], e.evidence["end"]
    return (doc.text[max(0, a - CONTEXT):a] + "[[" + doc.text[a:b] + "]]" +
            doc.text[b:b + CONTEXT]).replace("\n", " ")


def false_alarms(etype: str, labels: tuple[str, ...]) -> None:
    nlp = marsad.load(config=DETECTION_CONFIG)
    rows = read_rows(GSR / f"{etype.lower()}_gsr.csv")
    docs = nlp.pipe(({"text": r["text"], "id": r["id"],
                      "published": published_from_id(r["id"])} for r in rows), n_process=1)
    n = 0
    for row, doc in zip(rows, docs):
        events = [e for e in doc.events if event_plover(e) == etype]
        if row["label"] not in labels or not any(e.modality in FACTUAL for e in events):
            continue
        n += 1
        print(f"== {row['id']} ({row['label']})\n{row['text']}")
        for e in events:
            print(f"    {e.modality:<12} {e.cameo:<5} {e.date}  {_in_context(doc, e)}")
    print(f"{n} false alarms of {etype} labelled {', '.join(labels)}")


if __name__ == "__main__":
    args = sys.argv[1:]
    etype = args.pop(0).upper() if args and args[0].upper() in ("ASSAULT", "PROTEST") else \
        "ASSAULT"
    false_alarms(etype, tuple(args) or ("easy no",))
