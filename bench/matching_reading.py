"""The events of the SaudiNewsNet articles (any source) that match a regular expression, old code
against new: a reading of a rare phenomenon (a foiled attack, a Hijri year) that the political
articles of a few days hardly hold (docs/accuracy.md, "ASSAULT precision, ninth session, second
round").

    PYTHONHASHSEED=0 PYTHONPATH=<src> .venv/bin/python bench/matching_reading.py OUT.json REGEX DAY...
        codes, with event detection's configuration (events with no known source kept), every
        article of the days whose text matches REGEX, and writes its events as
        `time_modality_reading.py dump` does; diff two such files with
        `time_modality_reading.py diff OLD.json NEW.json`. Write OUT outside the repository
        (the file holds news sentences).
"""

from __future__ import annotations

import json
import re
import sys
import zipfile
from pathlib import Path

import marsad
from news import NEWS
from time_modality_reading import event_rows


def matching_docs(nlp, pattern: re.Pattern, days: list[str]):
    """(day, index of the article in its day's file, its coded Document) of the articles whose
    text matches `pattern`."""
    for day in days:
        with zipfile.ZipFile(NEWS / f"{day}.zip") as z:
            articles = [a for name in z.namelist() for a in json.loads(z.read(name))]
        for ai, article in enumerate(articles):
            text = article.get("content") or ""
            if pattern.search(text):
                yield day, ai, nlp(text, published=article["date_extracted"][:10])


def main(out: str, regex: str, days: list[str]) -> None:
    from marsad.eval.gsr import DETECTION_CONFIG

    nlp = marsad.load(config=DETECTION_CONFIG)
    evs = []
    for day, ai, doc in matching_docs(nlp, re.compile(regex), days):
        evs.extend(event_rows(day, ai, doc))
    Path(out).write_text(json.dumps(evs, ensure_ascii=False), encoding="utf-8")
    print(f"{len(evs)} events", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) < 4:
        sys.exit(f"usage: {sys.argv[0]} OUT.json REGEX DAY... (see the docstring)")
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
