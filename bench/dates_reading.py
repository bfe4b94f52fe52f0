"""A reading of date expressions on SaudiNewsNet news: the political articles (`aawsat`, or
/Politics/ in the URL) and the Saudi Press Agency's (`was`, where Hijri dates abound).

    PYTHONPATH=src .venv/bin/python bench/dates_reading.py dump OUT.json DAY...
        code the days with the dates stage and write every expression (article index, span,
        text, value, granularity) to OUT.json; run it with two versions of the code, and keep
        the files outside the repository (they hold the news text).
    PYTHONPATH=src .venv/bin/python bench/dates_reading.py sample OLD.json NEW.json [N] [SEED]
        a reproducible random sample (default 100 places, seed 13) of the places where either
        version found an expression (overlapping expressions of the two are one place), with
        the words around them and both readings, for a reader to judge; then the number of
        places whose reading changed.
    PYTHONPATH=src .venv/bin/python bench/dates_reading.py changed OLD.json NEW.json
        every place whose reading changed, the same way.
    PYTHONPATH=src .venv/bin/python bench/dates_reading.py count bench/dates_reading_0809.json
        the verdicts of a judged reading, by set ("sample": the random places; "changed": every
        place read differently), before and after.

The judgments file holds no text of the news: where each place is (day, article, start, end in
the article), the values of the two versions there and the verdicts "r" (right: the span holds the expression and
the value is the time meant, counted from the article's day), "w" (wrong value, or no date
read as one) and "m" (missed: a date expression with nothing read); "-" for no expression in
that version where none should be. Needs ../shared/data/saudinewsnet (not in the repository).
"""

from __future__ import annotations

import json
import random
import sys
import zipfile
from collections import Counter
from pathlib import Path

NEWS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "saudinewsnet"


def read(article: dict) -> bool:
    return article.get("source") in ("aawsat", "was") or "/Politics/" in article.get("url", "")


def dump(out: str, days: list[str]) -> None:
    import marsad

    nlp = marsad.load(["layout", "sentences", "tokens", "dates"])
    rows = []
    for day in days:
        with zipfile.ZipFile(NEWS / f"{day}.zip") as z:
            articles = [a for name in z.namelist() for a in json.loads(z.read(name))]
        for ai, article in enumerate(articles):
            if not read(article):
                continue
            doc = nlp(article["content"], published=article["date_extracted"][:10])
            rows.append({"day": day, "article": ai, "published": article["date_extracted"][:10],
                         "text": doc.text,
                         "dates": [[d.start, d.end, d.text, d.value, d.granularity]
                                   for d in doc.dates]})
    Path(out).write_text(json.dumps(rows, ensure_ascii=False))


def _places(old: dict, new: dict) -> list[tuple[int, int, list, list]]:
    """Overlapping expressions of the two versions grouped into places (start, end, old, new)."""
    spans = sorted([(d[0], d[1], "o", d) for d in old["dates"]] +
                   [(d[0], d[1], "n", d) for d in new["dates"]])
    places: list[list] = []
    for a, b, who, d in spans:
        if places and a < places[-1][1]:
            places[-1][1] = max(places[-1][1], b)
        else:
            places.append([a, b, [], []])
        places[-1][2 if who == "o" else 3].append(d)
    return [tuple(p) for p in places]


def _differ(od: list, nd: list) -> bool:
    return [d[2:4] for d in od] != [d[2:4] for d in nd]


def sample(old_file: str, new_file: str, n: int = 100, seed: int = 13,
           only_changed: bool = False) -> None:
    old = {(r["day"], r["article"]): r for r in json.loads(Path(old_file).read_text())}
    new = {(r["day"], r["article"]): r for r in json.loads(Path(new_file).read_text())}
    everything = []
    for key, o in old.items():
        for a, b, od, nd in _places(o, new[key]):
            everything.append((key, a, b, od, nd))
    changed = [p for p in everything if _differ(p[3], p[4])]
    random.seed(seed)
    chosen = changed if only_changed else random.sample(everything, min(n, len(everything)))
    for i, (key, a, b, od, nd) in enumerate(chosen):
        text = old[key]["text"]
        print(f"#{i} {key[0]} art {key[1]} [{a}:{b}] published {old[key]['published']}")
        print("   ", text[max(0, a - 70):a].replace("\n", " "), "[[", text[a:b], "]]",
              text[b:b + 50].replace("\n", " "))
        print("    before:", [(d[2], d[3]) for d in od], " after:", [(d[2], d[3]) for d in nd])
    print(f"{len(everything)} places, {len(changed)} read differently")


def count(judged: str) -> None:
    """Verdicts by set: "sample" (the random places) and "changed" (every place read
    differently)."""
    rows = json.loads(Path(judged).read_text())
    for name in sorted({r["set"] for r in rows}):
        part = [r for r in rows if r["set"] == name]
        before = dict(sorted(Counter(r["before"] for r in part).items()))
        after = dict(sorted(Counter(r["after"] for r in part).items()))
        print(f"{name}: {len(part)} places; before {before}; after {after}")


if __name__ == "__main__":
    cmd, *args = sys.argv[1:] or ["help"]
    if cmd == "dump":
        dump(args[0], args[1:])
    elif cmd == "sample":
        sample(args[0], args[1], *(int(x) for x in args[2:4]))
    elif cmd == "changed":
        sample(args[0], args[1], only_changed=True)
    elif cmd == "count":
        count(args[0])
    else:
        print(__doc__)
