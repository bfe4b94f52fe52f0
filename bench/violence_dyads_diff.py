"""The dyads of the violent events (ASSAULT, FIGHT) of SaudiNewsNet days, before and after a change.

    PYTHONPATH=src .venv/bin/python bench/violence_dyads_diff.py dump OUT.json 2015-07-21 ...
        codes every article of the days that names an attack, a bombing, an air strike or
        shelling (not only the political ones: wire stories of attacks run in every paper), with
        the detection configuration of `marsad eval-gsr` (events of no known source kept), and
        writes each violent event's (day, article, trigger offset, CAMEO code, source, target,
        sentence) to OUT.json, kept outside the repository;
    .venv/bin/python bench/violence_dyads_diff.py diff OLD.json NEW.json
        prints the events whose source or target changed, and those only one run has (mostly
        events merged into another), with their sentences, for a reader to judge.

Needs ../shared/data/saudinewsnet (not in the repo). Twenty-seventh session (h7).
"""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

NEWS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "saudinewsnet"
# words of an article worth coding (a cheap filter: the rest has no violent event to compare)
VIOLENCE_WORDS = ("هجوم", "تفجير", "انفجار", "فجر", "غارة", "قصف")


def dump(out: str, days: list[str]) -> None:
    import marsad
    from marsad.eval.gsr import DETECTION_CONFIG

    nlp = marsad.load(config=DETECTION_CONFIG)
    rows = []
    for day in days:
        with zipfile.ZipFile(NEWS / f"{day}.zip") as z:
            articles = json.loads(z.read(z.namelist()[0]))
        chosen = [(i, a["content"]) for i, a in enumerate(articles)
                  if a.get("content") and any(w in a["content"] for w in VIOLENCE_WORDS)]
        docs = nlp.pipe(({"text": t, "published": day} for _, t in chosen), n_process=1)
        for (i, _), doc in zip(chosen, docs):
            for e in doc.events:
                if e.plover not in ("ASSAULT", "FIGHT"):
                    continue
                s = doc.sentences[e.sentence]
                rows.append({
                    "day": day, "article": i, "start": e.evidence["start"], "cameo": e.cameo,
                    "source": [e.source.actor_code, e.source.text] if e.source else None,
                    "target": [e.target.actor_code, e.target.text] if e.target else None,
                    "trigger": e.trigger, "sentence": doc.text[s.start:s.end]})
    Path(out).write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    print(f"{len(rows)} events")


def diff(old_path: str, new_path: str) -> None:
    def keyed(path: str) -> dict[tuple, dict]:
        rows = json.loads(Path(path).read_text(encoding="utf-8"))
        return {(r["day"], r["article"], r["start"], r["cameo"]): r for r in rows}

    old, new = keyed(old_path), keyed(new_path)
    counts = {"changed": 0, "only old": 0, "only new": 0}
    for key in sorted(set(old) | set(new)):
        o, n = old.get(key), new.get(key)
        if o and n and (o["source"], o["target"]) == (n["source"], n["target"]):
            continue
        counts["changed" if o and n else "only old" if o else "only new"] += 1
        r = n or o
        print(f"{key} {r['trigger']!r}")
        print("   old:", (o["source"], o["target"]) if o else "-",
              " new:", (n["source"], n["target"]) if n else "-")
        print("   ", r["sentence"][:500].replace("\n", " "))
    print(counts)


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "dump":
        dump(args[0], args[1:])
    elif cmd == "diff":
        diff(args[0], args[1])
    else:
        sys.exit(f"unknown command {cmd!r}: dump or diff")
