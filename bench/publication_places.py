"""The events a SaudiNewsNet day places by the publication country (twenty-fourth session): the
day's articles are coded twice, with the rule off (`place_by_publication_country=False`, the
code before it) and on, the article's `country` given (`--country SAU`, as `marsad code
--country` gives it) or not (then its outlet, `source`, gives it); prints the counts, checks that
nothing but the places of the events it placed changed, and writes the changed events (with
their sentences) to a JSON Lines file to read, `--sample` of them evenly spread first.

    PYTHONPATH=src .venv/bin/python bench/publication_places.py 2015-07-23 --country SAU \\
        --out /tmp/publication_places.jsonl

The output holds news text: write it outside the repository. Needs ../shared/data/saudinewsnet
(or `--data DIR`).
"""

from __future__ import annotations

import argparse
import json
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import news  # noqa: E402

FROM_HOME = "publication_country"


def _items(data: Path, day: str, country: str | None) -> list[dict]:
    with zipfile.ZipFile(data / f"{day}.zip") as z:
        articles = [a for name in z.namelist() for a in json.loads(z.read(name))]
    items = []
    for i, a in enumerate(articles):
        if (a.get("content") or "").strip():
            item = {"id": f"{day}-{i}", "text": a["content"], "published": day,
                    "title": a.get("title"), "source": a.get("source"), "url": a.get("url")}
            if country:
                item["country"] = country
            items.append(item)
    return items


def _events(nlp, items: list[dict]) -> list[tuple[dict, object, object]]:
    """(item, document, event) of every event of `items`, in order."""
    from marsad.pipeline import _batches

    out = []
    for batch in _batches(items, 16):
        for item, doc in zip(batch, nlp.code_items(batch, on_error="record")):
            out += [(item, doc, ev) for ev in getattr(doc, "events", ())]
    return out


def _key(ev) -> tuple:
    loc = ev.location
    return (ev.sentence, ev.cameo, ev.trigger, ev.source and ev.source.canonical,
            ev.target and ev.target.canonical,
            (loc.name, loc.country, loc.source) if loc is not None else None)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("day", help="YYYY-MM-DD, a day of SaudiNewsNet")
    ap.add_argument("--country", help="the articles' country field (default: none, the outlet's)")
    ap.add_argument("--data", type=Path, default=news.NEWS, help="the SaudiNewsNet folder")
    ap.add_argument("--out", required=True, help="JSON Lines of the changed events")
    ap.add_argument("--sample", type=int, default=40, help="changed events to list first")
    args = ap.parse_args()
    import marsad

    items = _items(args.data, args.day, args.country)
    old = _events(marsad.load(config={"events": {"place_by_publication_country": False}}),
                  items)
    new = _events(marsad.load(), items)
    assert len(old) == len(new), "the rule changed which events are coded"
    changed, other = [], 0
    for (item, doc, o), (_, _, n) in zip(old, new):
        if _key(o) == _key(n):
            continue
        if o.location is None and n.location is not None and n.location.source == FROM_HOME \
                and _key(o)[:5] == _key(n)[:5]:
            s = doc.sentences[n.sentence]
            changed.append({"doc": item["id"], "outlet": item["source"], "cameo": n.cameo,
                            "plover": n.plover, "modality": n.modality,
                            "source": _key(n)[3], "target": _key(n)[4],
                            "place": n.location.country, "title": item["title"],
                            "sentence": doc.text[s.start:s.end]})
        else:
            other += 1
    step = max(1, len(changed) / max(1, args.sample)) if changed else 1
    picked = sorted({int(k * step) for k in range(min(args.sample, len(changed)))})
    ordered = [changed[i] for i in picked] + [c for i, c in enumerate(changed) if i not in picked]
    with open(args.out, "w", encoding="utf-8") as f:
        for c in ordered:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(json.dumps({"day": args.day, "country": args.country, "articles": len(items),
                      "events": len(new),
                      "placed_before": sum(ev.location is not None for _, _, ev in old),
                      "placed_after": sum(ev.location is not None for _, _, ev in new),
                      "gained": len(changed), "other_changes": other}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
