"""A reading of source and target actors (dyads) on SaudiNewsNet political articles.

    PYTHONPATH=src .venv/bin/python bench/dyads_reading.py sample 2015-08-02 2015-08-03
        prints a reproducible random sample of 80 coded events (seed 7) with their sentences,
        for a reader to judge: is the source right? is the target right?
    PYTHONPATH=src .venv/bin/python bench/dyads_reading.py recount bench/dyads_reading.json
        codes the same days with the current code and tells, for each judged event, whether its
        dyad is unchanged, changed or gone, and the counts of right dyads before and after.

Readings kept: bench/dyads_reading.json (2015-08-02 and 03, sixth session) and
bench/dyads_reading_0721.json (2015-07-21 and 22, seventh session).

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
                "trigger": e.trigger, "sentence": doc.text[s.start:s.end]})
    return out


def sample(days: list[str], n: int = 80, seed: int = 7) -> None:
    evs = coded(days)
    random.seed(seed)
    for i in sorted(random.sample(range(len(evs)), n)):
        e = evs[i]
        print(json.dumps({k: e[k] for k in ("day", "article", "start", "cameo", "source",
                                            "target")}))
        print(f"    [{e['trigger']}] S={e['source']}|{e['source_text']} "
              f"T={e['target']}|{e['target_text']}\n    {e['sentence'][:400]}")
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


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "sample":
        sample(args)
    elif cmd == "recount":
        recount(args[0])
    else:
        sys.exit(f"unknown command {cmd!r}: sample DAY... | recount JUDGMENTS.json")
