"""A reading of the place and the date of coded events on SaudiNewsNet political articles.

    PYTHONPATH=src .venv/bin/python bench/places_dates_reading.py sample 2015-08-01
        prints a reproducible random sample of 100 coded events (seed 11) with their sentence
        (the trigger in [[ ]]), the date (value, and whether it came from the event's own
        expression or the article's day), the date expressions of the sentence and the place
        (name, country, and whether it came from the sentence "S" or the dateline "D"), for a
        reader to judge.
    PYTHONPATH=src .venv/bin/python bench/places_dates_reading.py recount bench/places_dates_reading.json
        codes the same days with the current code and counts the verdicts: before (as judged)
        and now (the judged verdict of the values now given; an event whose date or place
        changed to values no one judged is listed "to judge").

The judgments file holds no text of the news, only where each event is (day, article index,
trigger offset, CAMEO code), the date and place that were judged (date value and source, the
place's offset and country) and the reader's verdicts, once for the code before the session's
changes and once for the code after. A verdict is two letters: the place — "r" right, "c" the
country right but the town wrong, "k" the town right but no country, "w" wrong, "m" missing
though the sentence (or dateline) names it, "n" none given and none named — and the date — "r"
right (its own date, or for an event of the day's news with no date of its own, the article's
day), "w" wrong; "x" marks an event that is no event (not judged). The articles kept are those
of `aawsat` or with /Politics/ in their URL. Needs ../shared/data/saudinewsnet (not in the repo).
"""

from __future__ import annotations

import json
import random
import sys
import zipfile
from collections import Counter
from pathlib import Path

import marsad

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "saudinewsnet"
PLACE_VERDICTS = "rckwmn"


def coded(days: list[str]) -> list[dict]:
    nlp = marsad.load()
    out = []
    for day in days:
        with zipfile.ZipFile(DATA / f"{day}.zip") as z:
            arts = json.loads(z.read(z.namelist()[0]))
        for ai, x in enumerate(arts):
            if not (x.get("source") == "aawsat" or "/Politics/" in x.get("url", "")):
                continue
            doc = nlp(x["content"], published=x["date_extracted"][:10])
            for e in doc.events:
                s = doc.sentences[e.sentence]
                loc = e.location
                where = None
                if loc is not None and loc.start is not None:
                    where = "S" if s.start <= loc.start < s.end else "D"
                a, b = e.evidence["start"], e.evidence["end"]
                out.append({
                    "day": day, "article": ai, "start": a, "cameo": e.cameo,
                    "values": {"date": e.date, "date_source": e.date_source,
                               "place_at": loc.start if loc else None,
                               "country": loc.country if loc else None},
                    "place": loc.name if loc else None, "where": where,
                    "place_text": doc.text[loc.start:loc.end] if loc and loc.start is not None
                    else None,
                    "dates": [(doc.text[d.start:d.end], d.value) for d in doc.dates
                              if s.start <= d.start < s.end],
                    "published": x["date_extracted"][:10], "modality": e.modality,
                    "sentence": doc.text[s.start:a] + "[[" + doc.text[a:b] + "]]" +
                    doc.text[b:s.end]})
    return out


def key(e: dict) -> tuple:
    return (e["day"], e["article"], e["start"], e["cameo"])


def sample(days: list[str], n: int = 100, seed: int = 11) -> None:
    evs = coded(days)
    random.seed(seed)
    for i in sorted(random.sample(range(len(evs)), n)):
        e = evs[i]
        v = e["values"]
        print(f"#{i} " + json.dumps({k: e[k] for k in ("day", "article", "start", "cameo")}))
        print(f"  DATE {v['date']} ({v['date_source']}) published {e['published']} "
              f"expressions {e['dates']}  modality {e['modality']}")
        print(f"  PLACE {e['place']}|{v['country']} [{e['where']}:{e['place_text']}]")
        print(f"  {e['sentence'][:600]}\n")
    print(f"{len(evs)} events coded", file=sys.stderr)


def tally(verdicts: list[str]) -> str:
    judged = [v for v in verdicts if v != "x"]
    place = Counter(v[0] for v in judged)
    date = Counter(v[1] for v in judged)
    right = place["r"] + place["n"]
    return (f"{len(judged)} judged: place right {right} (given and right {place['r']}, none "
            f"needed {place['n']}), country only {place['c']}, no country {place['k']}, wrong "
            f"{place['w']}, missing {place['m']}; date right {date['r']}, wrong {date['w']}")


def recount(path: str) -> None:
    judged = json.loads(Path(path).read_text(encoding="utf-8"))
    evs = coded(sorted({j["day"] for j in judged}))
    now = {key(e): e for e in evs}
    before, after, gone, to_judge = [], [], 0, []
    for j in judged:
        before.append(j["verdict"])
        e = now.get(key(j))
        if e is None:
            gone += 1
            continue
        if e["values"] == j["values"]:
            after.append(j["verdict"])
        elif e["values"] == j.get("values_after"):
            after.append(j["verdict_after"])
        else:
            to_judge.append((key(j), e["values"]))
    print("before:", tally(before))
    print("now:   ", tally(after), f"({gone} no longer coded, {len(to_judge)} to judge)")
    for k, v in to_judge:
        print("  to judge:", k, v)


if __name__ == "__main__":
    if len(sys.argv) < 3 or sys.argv[1] not in ("sample", "recount"):
        sys.exit(__doc__)
    if sys.argv[1] == "sample":
        sample(sys.argv[2:])
    else:
        recount(sys.argv[2])
