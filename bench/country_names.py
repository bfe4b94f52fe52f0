"""The publication country given as a name (twenty-fifth session): the first N articles of a
SaudiNewsNet day are coded with no outlet (`source` and `url` dropped, as a feed that names the
country but no outlet) and their `country` given as the value of `--country` (a code, an alias
or a name: `السعودية`, `KSA`, `SAU`); writes one JSON line per event (article, sentence, code,
trigger, place and its source, the sentence) and prints the count of events and of those placed
by the publication country. Run it with the code before and after a change and compare the files.

    PYTHONPATH=src .venv/bin/python bench/country_names.py 2015-07-23 400 --country السعودية \\
        --out /tmp/country_names.jsonl

The output holds news text: write it outside the repository. Needs ../shared/data/saudinewsnet
(or `--data DIR`).
"""

from __future__ import annotations

import argparse
import json
import zipfile
from pathlib import Path

FROM_HOME = "publication_country"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("day")
    ap.add_argument("n", type=int)
    ap.add_argument("--country", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--data", default=str(Path(__file__).resolve().parents[1].parent
                                          / "shared" / "data" / "saudinewsnet"))
    args = ap.parse_args()
    import marsad

    with zipfile.ZipFile(Path(args.data) / f"{args.day}.zip") as z:
        articles = [a for name in sorted(z.namelist()) for a in json.loads(z.read(name))]
    items = [{"id": f"{args.day}-{i}", "text": a["content"], "published": args.day,
              "title": a.get("title"), "country": args.country}
             for i, a in enumerate(articles) if (a.get("content") or "").strip()][:args.n]
    nlp = marsad.load()
    events = placed = errors = 0
    with open(args.out, "w", encoding="utf-8") as fh:
        for doc in nlp.pipe(items, on_error="record"):
            if isinstance(doc, marsad.InputError):
                errors += 1
                continue
            for ev in doc.events:
                events += 1
                loc = ev.location
                placed += bool(loc and loc.source == FROM_HOME)
                s = doc.sentences[ev.sentence]
                fh.write(json.dumps({
                    "id": doc.doc_id, "sentence": ev.sentence, "cameo": ev.cameo,
                    "trigger": ev.trigger, "country": doc.meta.get("country"),
                    "place": loc and [loc.country, loc.name, loc.source],
                    "text": doc.text[s.start:s.end]}, ensure_ascii=False) + "\n")
    print(json.dumps({"articles": len(items), "errors": errors, "events": events,
                      "placed_by_publication_country": placed}))


if __name__ == "__main__":
    main()
