"""How the dates stage reads counts of days, weeks, months and years told from the article's day
(قبل عشرة أشهر، قبل بضعة أيام، بعد يومين، منذ عامين، الأسابيع المقبلة) on SaudiNewsNet political
articles (`aawsat`, or /Politics/ in the URL). Needs ../shared/data/saudinewsnet (not in the repo).

    PYTHONPATH=src .venv/bin/python bench/relative_dates.py count 2015-07-27 2015-08-06
        the candidates (found by a loose pattern of its own, independent of the stage) by their
        first word, and how the stage reads each: a date (a point or an interval), a duration,
        or nothing.
    PYTHONPATH=src .venv/bin/python bench/relative_dates.py sample 2015-07-27 2015-08-06
        a reproducible sample (seed 7) of 30 candidates read as a date, with the words around
        them, for a reader to judge (prints news text: do not save it in the repo).
"""

from __future__ import annotations

import json
import random
import sys
import zipfile
from collections import Counter
from pathlib import Path

import regex

import marsad

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "saudinewsnet"
UNITS = (r"(?:ايام|يوما|يومين|يوم|اسابيع|اسبوعين|اسبوعا|اسبوع|اشهر|شهور|شهرين|شهرا|شهر"
         r"|سنوات|سنين|سنتين|سنه|اعوام|عامين|عاما|عام|عقود|عقدين|عقد|ساعات|ساعتين|ساعه)")
CANDIDATE = regex.compile(
    rf"(?<![\p{{L}}])[وف]?(?:(?P<w>قبل|بعد|منذ)\s+(?:\p{{L}}+\s+){{0,3}}?{UNITS}"
    rf"|(?:ال|لل)(?P<p>ايام|اسابيع|اشهر|شهور|سنوات|اعوام)\s+(?:القليله\s+)?"
    rf"(?:المقبله|القادمه|الماضيه|المنصرمه|الفائته|السابقه))(?![\p{{L}}])(?!\s*\d)")


def candidates(days: list[str]):
    nlp = marsad.load(["layout", "sentences", "tokens", "dates"])
    for day in days:
        with zipfile.ZipFile(DATA / f"{day}.zip") as z:
            arts = json.loads(z.read(z.namelist()[0]))
        for ai, x in enumerate(arts):
            if not (x.get("source") == "aawsat" or "/Politics/" in x.get("url", "")):
                continue
            doc = nlp(x["content"], published=x["date_extracted"][:10])
            norm = doc.norm.text
            for m in CANDIDATE.finditer(norm):
                a, b = doc.norm.to_original(m.start(), m.end())
                over = [d for d in doc.dates if d.start < b and a < d.end]
                if not over:
                    reading = "nothing"
                elif all(d.granularity == "duration" for d in over):
                    reading = "duration"
                else:
                    reading = "date"
                yield {"day": day, "article": ai, "first": m.group("w") or "plural+direction",
                       "reading": reading, "published": x["date_extracted"][:10],
                       "dates": [(d.text, d.value, d.granularity) for d in over],
                       "context": doc.text[max(0, a - 60):a] + "[[" + doc.text[a:b] + "]]"
                       + doc.text[b:b + 40]}


def count(days: list[str]) -> None:
    tally = Counter((c["first"], c["reading"]) for c in candidates(days))
    for first in sorted({f for f, _ in tally}):
        row = {r: tally[(first, r)] for r in ("date", "duration", "nothing")}
        print(first, row, "total", sum(row.values()))
    print("all", {r: sum(v for (f, rr), v in tally.items() if rr == r)
                  for r in ("date", "duration", "nothing")})


def sample(days: list[str], n: int = 30, seed: int = 7) -> None:
    dated = [c for c in candidates(days) if c["reading"] == "date"]
    random.Random(seed).shuffle(dated)
    for i, c in enumerate(dated[:n], 1):
        print(i, c["day"], c["article"], c["published"], c["dates"])
        print("   ", c["context"].replace("\n", " "))


if __name__ == "__main__":
    cmd, days = sys.argv[1], sys.argv[2:]
    {"count": count, "sample": sample}[cmd](days)
