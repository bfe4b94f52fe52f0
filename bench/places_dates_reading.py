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
    PYTHONPATH=src .venv/bin/python bench/places_dates_reading.py dump OUT.json DAY...
    PYTHONPATH=src .venv/bin/python bench/places_dates_reading.py diff OLD.json NEW.json
        code days to a file (run it with two versions of the code, outside the repo: it holds
        the news sentences), then list the events whose date or place changed, for a reader.
    PYTHONPATH=src .venv/bin/python bench/places_dates_reading.py example
        the date and place of the example article's gold events against the coded events of
        the same code and the same two actors (the first such event).

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
from collections import Counter
from pathlib import Path

import marsad
from news import political_docs

PLACE_VERDICTS = "rckwmn"


def coded(days: list[str]) -> list[dict]:
    nlp = marsad.load()
    out = []
    for day, ai, x, doc in political_docs(nlp, days):
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


def diff(old_path: str, new_path: str) -> None:
    old = {key(e): e for e in json.loads(Path(old_path).read_text(encoding="utf-8"))}
    new = json.loads(Path(new_path).read_text(encoding="utf-8"))
    n = 0
    for e in new:
        o = old.get(key(e))
        if o is None or o["values"] == e["values"]:
            continue
        n += 1
        print(f"{key(e)}\n  date {o['values']['date']} ({o['values']['date_source']}) -> "
              f"{e['values']['date']} ({e['values']['date_source']})\n  place {o['place']}|"
              f"{o['values']['country']} -> {e['place']}|{e['values']['country']} "
              f"[{e['where']}:{e['place_text']}]\n  {e['sentence'][:500]}\n")
    print(f"{n} of {len(new)} events changed their date or place")


EXAMPLE = Path(__file__).resolve().parents[1] / ".." / "shared" / "examples" / \
    "000_b12d04d345356f66.gold.json"


def example() -> None:
    from marsad.eval.gold import code_gold_article, load_gold

    doc = code_gold_article(load_gold(str(EXAMPLE)), marsad.load())
    gold = json.loads(EXAMPLE.read_text(encoding="utf-8"))["events"]
    dates = places = matched = dated = 0
    for g in gold:
        same = [e for e in doc.events if e.cameo[:2] == g["code"][:2] and
                {e.source.actor_code, e.target.actor_code if e.target else None} ==
                {g["source"], g["target"]}]
        if not same:
            continue
        e = same[0]
        matched += 1
        if g.get("date"):
            dated += 1
            dates += (e.date or "").startswith(g["date"])
        places += (e.location.name if e.location else None) == g.get("location")
    print(f"{matched} gold events matched: date right {dates}/{dated} (gold events with a "
          f"date), place right {places}/{matched} (a place, or none where the gold has none)")


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "sample" and len(sys.argv) > 2:
        sample(sys.argv[2:])
    elif cmd == "recount" and len(sys.argv) == 3:
        recount(sys.argv[2])
    elif cmd == "dump" and len(sys.argv) > 3:
        Path(sys.argv[2]).write_text(json.dumps(coded(sys.argv[3:]), ensure_ascii=False),
                                     encoding="utf-8")
    elif cmd == "diff" and len(sys.argv) == 4:
        diff(sys.argv[2], sys.argv[3])
    elif cmd == "example":
        example()
    else:
        sys.exit(__doc__)
