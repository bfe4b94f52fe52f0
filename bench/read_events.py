"""Events coded on real political news, printed in their sentences for reading by hand.

    .venv/bin/python bench/read_events.py dump OUT.json 2015-08-04 2015-07-31
    .venv/bin/python bench/read_events.py dump OUT.json 2015-07-23 --detect  # keep unknown sources
    .venv/bin/python bench/read_events.py sample OUT.json            # the stratified sample
    .venv/bin/python bench/read_events.py diff OLD.json NEW.json     # what a change did
    .venv/bin/python bench/read_events.py other OUT.json 120         # the other types

`dump` codes the political articles of the given SaudiNewsNet days (../shared/data/saudinewsnet,
`source == "aawsat"` or `/Politics/` in the url) with `marsad.load()` and writes every event with
its sentence (the trigger marked [[…]]) to OUT.json, which stays outside the repository
(`--detect`: with the configuration of `marsad eval-gsr`, which keeps attacks and protests whose
source is unknown). `sample`
prints a fixed random sample (seed 7: all PROTEST events up to 13, 42 ASSAULT, 25 COERCE and 45 of
the other types), the reading behind the "Events: precision on political news" section of
docs/accuracy.md; `other` prints a fixed random sample (seed 7) of N events of the types other than
ASSAULT and PROTEST, so each type is weighted by its frequency (the seventh session's reading);
`diff` lists the events a change removed, added or gave another modality.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from news import political_docs

SAMPLE = (("PROTEST", 13), ("ASSAULT", 42), ("COERCE", 25), (None, 45))


def dump(out: str, days: list[str], detect: bool = False) -> None:
    import marsad
    from marsad.eval.gsr import DETECTION_CONFIG

    nlp = marsad.load(config=DETECTION_CONFIG) if detect else marsad.load()
    rows = []
    for day, ai, _article, doc in political_docs(nlp, days):
        for ei, e in enumerate(doc.events):
            s = doc.sentences[e.sentence]
            a, b = e.evidence["start"], e.evidence["end"]
            sent = doc.text[s.start:a] + "[[" + doc.text[a:b] + "]]" + doc.text[b:s.end]
            rows.append(dict(day=day, art=ai, ev=ei, cameo=e.cameo, plover=e.plover,
                             mod=e.modality, trig=e.trigger, sent=sent.replace("\n", " "),
                             src=e.source.actor_code if e.source else None,
                             tgt=e.target.actor_code if e.target else None))
    Path(out).write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    print(len(rows), "events")


def _short(row: dict, before: int = 200, after: int = 200) -> str:
    t = row["sent"]
    a = t.find("[[")
    return t[max(0, a - before):a + after]


def sample(path: str) -> None:
    rows = json.loads(Path(path).read_text(encoding="utf-8"))
    rnd = random.Random(7)
    picked = []
    for plover, n in SAMPLE:
        pool = [x for x in rows if (x["plover"] == plover if plover else
                                    x["plover"] not in ("PROTEST", "ASSAULT", "COERCE"))]
        picked += rnd.sample(pool, min(n, len(pool)))
    for i, x in enumerate(picked):
        print(f"#{i} {x['day']} a{x['art']} {x['cameo']} {x['plover']} {x['mod']} "
              f"{x['src']}>{x['tgt']}\n    {_short(x)}")


def other(path: str, n: int) -> None:
    rows = json.loads(Path(path).read_text(encoding="utf-8"))
    pool = [x for x in rows if x["plover"] not in ("PROTEST", "ASSAULT")]
    for i, x in enumerate(random.Random(7).sample(pool, min(n, len(pool)))):
        print(f"#{i} {x['day']} a{x['art']} {x['cameo']} {x['plover']} {x['mod']} "
              f"{x['src']}>{x['tgt']}\n    {_short(x)}")


def diff(old: str, new: str) -> None:
    def by_key(p):
        return {(x["day"], x["art"], x["cameo"], x["trig"], x["sent"]): x
                for x in json.loads(Path(p).read_text(encoding="utf-8"))}
    a, b = by_key(old), by_key(new)
    for k, x in a.items():
        if k not in b:
            print("GONE", x["cameo"], x["mod"], "|", _short(x, 80, 80))
    for k, x in b.items():
        if k not in a:
            print("NEW ", x["cameo"], x["mod"], "|", _short(x, 80, 80))
        elif a[k]["mod"] != x["mod"]:
            print("MOD ", x["cameo"], a[k]["mod"], "->", x["mod"], "|", _short(x, 80, 80))


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "dump":
        dump(args[0], [a for a in args[1:] if a != "--detect"], "--detect" in args)
    elif cmd == "sample":
        sample(args[0])
    elif cmd == "other":
        other(args[0], int(args[1]))
    elif cmd == "diff":
        diff(args[0], args[1])
    else:
        sys.exit(f"unknown command {cmd!r}: dump, sample, other or diff")
