"""The political articles of SaudiNewsNet days, coded one by one: what the reading scripts of
bench/ (read_events.py, dyads_reading.py, places_dates_reading.py) share. The articles kept are
those of `aawsat` or with /Politics/ in their URL. Needs ../shared/data/saudinewsnet (not in the
repository)."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

NEWS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "saudinewsnet"


def political(article: dict) -> bool:
    return article.get("source") == "aawsat" or "/Politics/" in article.get("url", "")


def political_docs(nlp, days: list[str]) -> Iterator[tuple[str, int, dict, object]]:
    """(day, index of the article in its day's file, the article, its coded Document)."""
    for day in days:
        with zipfile.ZipFile(NEWS / f"{day}.zip") as z:
            articles = [a for name in z.namelist() for a in json.loads(z.read(name))]
        for ai, article in enumerate(articles):
            if political(article):
                yield day, ai, article, nlp(article["content"],
                                            published=article["date_extracted"][:10])
