"""Recall and type of the non-violent events on real political news, read sentence by sentence.

    PYTHONPATH=src .venv/bin/python bench/recall_reading.py sample 2015-08-06 40
        prints a reproducible random sample (seed 7) of N body sentences of the day's political
        articles (in the first three paragraphs, where news tells its events; naming two actors or
        more; 6 to 70 words), each with the events marsad codes in
        it, for a reader to list the events a coder would code there
    PYTHONPATH=src .venv/bin/python bench/recall_reading.py score bench/recall_reading_0806.json
        codes the same sentences with the current code and scores it against the reader's list

The sample is drawn from the sentences alone (not from marsad's events), so it measures what is
missed as well as what is coded wrongly. The reading file holds no text of the news: for each
sentence read, the day, the article's index in the day's file and the sentence's start offset,
and the events the reader would code there, each as CAMEO code, source and target actor codes
(null when the coder would code none) and a note naming the trigger word in English. An event of
marsad matches a listed event of its sentence with the same CAMEO root (the type); the dyad is
counted apart (source and target codes starting with the listed ones). Events of ASSAULT and
PROTEST (CAMEO 14, 18, 19, 20) are left out on both sides: other readings measure them. Needs
../shared/data/saudinewsnet (not in the repository).
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import marsad
from news import political_docs

VIOLENT_ROOTS = ("14", "18", "19", "20")


def _events_of(doc, si: int) -> list:
    """The events told in sentence si (an event merged from several reports counts in each)."""
    return [e for e in doc.events
            if e.cameo[:2] not in VIOLENT_ROOTS
            and (e.sentence == si or any(m.sentence == si for m in e.mentions))]


def _sentences(days: list[str]):
    nlp = marsad.load()
    for day, ai, _article, doc in political_docs(nlp, days):
        for si, s in enumerate(doc.sentences):
            words = doc.text[s.start:s.end].split()
            if s.kind != "body" or s.paragraph > 2 or not 6 <= len(words) <= 70:
                continue
            if len({en.canonical for en in doc.entities
                    if en.sentence == si and en.actor_code}) < 2:
                continue
            yield day, ai, si, s, doc


def _show(e) -> str:
    src = e.source.actor_code if e.source else None
    tgt = e.target.actor_code if e.target else None
    return f"{e.cameo} {src}>{tgt} {e.modality} [{e.trigger}]"


def sample(days: list[str], n: int) -> None:
    pool = list(_sentences(days))
    for day, ai, si, s, doc in sorted(random.Random(7).sample(pool, min(n, len(pool))),
                                      key=lambda x: (x[0], x[1], x[3].start)):
        print(json.dumps({"day": day, "article": ai, "start": s.start, "events": []}))
        print("   ", doc.text[s.start:s.end].replace("\n", " "))
        for e in _events_of(doc, si):
            print("    ->", _show(e))
    print(f"{len(pool)} sentences in the pool", file=sys.stderr)


def _code_ok(got: str | None, want: str | None) -> bool:
    return want is None or (got or "").startswith(want)


def score(path: str) -> None:
    read = json.loads(Path(path).read_text(encoding="utf-8"))
    wanted = {(r["day"], r["article"], r["start"]): r["events"] for r in read}
    listed = found = typed_right = predicted = dyad_right = 0
    for day, ai, si, s, doc in _sentences(sorted({r["day"] for r in read})):
        gold = wanted.get((day, ai, s.start))
        if gold is None:
            continue
        got = _events_of(doc, si)
        predicted += len(got)
        listed += len(gold)
        free = list(got)
        for g in gold:
            hit = next((e for e in free if e.cameo[:2] == g["cameo"][:2]), None)
            if hit is None:
                print(f"missed {day} #{ai} @{s.start} {g['cameo']} {g['source']}>{g['target']} "
                      f"({g.get('note', '')})")
                continue
            free.remove(hit)
            found += 1
            dyad_right += (_code_ok(hit.source.actor_code if hit.source else None, g["source"])
                           and _code_ok(hit.target.actor_code if hit.target else None,
                                        g["target"]))
        typed_right += len(got) - len(free)
        for e in free:
            print(f"wrong  {day} #{ai} @{s.start} {_show(e)}")
    print(f"{len(read)} sentences, {listed} events listed, {predicted} coded: "
          f"recall {found}/{listed} = {found / max(listed, 1):.2f}, "
          f"precision {typed_right}/{predicted} = {typed_right / max(predicted, 1):.2f}, "
          f"dyad right {dyad_right}/{found}")


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "sample":
        sample(args[:-1], int(args[-1]))
    elif cmd == "score":
        score(args[0])
    else:
        sys.exit(f"unknown command {cmd!r}: sample DAY... N | score READING.json")
