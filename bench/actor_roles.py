"""Gold vs predicted actor codes of the OEDA Arabic span records, and their confusions.

    PYTHONPATH=src .venv/bin/python bench/actor_roles.py            # confusion tables
    PYTHONPATH=src .venv/bin/python bench/actor_roles.py --records  # and every record
    PYTHONPATH=src .venv/bin/python bench/actor_roles.py --news 2015-07-25  # real news

For each span record of `*_spans.json` and each side (source, target) with a coders' majority,
the gold (country, role) (`marsad.eval.gsr.majority_role`) beside the actor code of the first
detected event of the record's type, as `marsad eval-gsr` scores them (`compare_spans`). The
tables count (gold role, predicted role) and (gold country, predicted country) pairs that differ,
so a reader sees where role coding breaks the CAMEO conventions. Reads ../shared/data (not in the
repository); prints only codes and, with --records, the gold and predicted actor words.

With --news DAY (a SaudiNewsNet day, see bench/news.py) it reads real news instead: every actor of
the events coded in that day's political articles (the words of its mention and its code), counted,
so the codes given to the actors of events can be read by hand.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from marsad.eval.gsr import DETECTION_CONFIG, compare_spans, split_code

GSR = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "arabic_event_gsr"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", default=str(GSR))
    ap.add_argument("--records", action="store_true", help="print every record's gold and guess")
    ap.add_argument("--wrong", action="store_true", help="with --records: only wrong roles")
    ap.add_argument("--text", action="store_true",
                    help="with --records: also print the record's sentence and trigger (not stored)")
    ap.add_argument("--news", metavar="DAY", help="read the event actors of a SaudiNewsNet day")
    args = ap.parse_args()

    import marsad

    if args.news:
        news_actors(marsad.load(), args.news)
        return
    nlp = marsad.load(config=DETECTION_CONFIG)
    for path in sorted(Path(args.dir).glob("*_spans.json")):
        etype = path.stem.split("_")[0].upper()
        roles: Counter = Counter()
        countries: Counter = Counter()
        right = Counter()
        for rec, ev, side, gold, ref in compare_spans(path, etype, nlp):
            if gold is None:
                continue
            code = ref.actor_code if ref is not None else None
            country, role = split_code(code)
            right[side, "n"] += 1
            right[side, "country"] += country == gold[0]
            right[side, "role"] += role == gold[1]
            if role != gold[1]:
                roles[side, gold[1], role] += 1
            if country != gold[0]:
                countries[side, gold[0], country] += 1
            if args.records and not (args.wrong and role == gold[1]):
                words = rec.get(f"{side}_gold") or ""
                said = f"{code} «{ref.text}»" if ref is not None else ("no event" if ev is None
                                                                          else "no actor")
                print(f"{etype} {side:<6} gold {gold[0]}/{gold[1]} «{words}»  →  {said}"
                      f"{'' if role == gold[1] else '   ✗role'}"
                      f"{'' if country == gold[0] else '   ✗country'}")
                if args.text:
                    trig = f" [{ev.cameo} «{ev.trigger}»]" if ev else ""
                    print(f"    {rec['text']}{trig}")
        print(f"\n== {etype}")
        for side in ("source", "target"):
            n = right[side, "n"]
            print(f"  {side}: n={n} country {right[side, 'country'] / n:.2f} "
                  f"role {right[side, 'role'] / n:.2f}")
        print("  role confusions (side, gold, predicted): count")
        for (side, g, p), c in roles.most_common():
            print(f"    {side:<6} {g!s:<5} → {p!s:<5} {c}")
        print("  country confusions (side, gold, predicted): count")
        for (side, g, p), c in countries.most_common():
            print(f"    {side:<6} {g!s:<5} → {p!s:<5} {c}")


def news_actors(nlp, day: str) -> None:
    """Count (side, code, words) of the sources and targets of the events of a day's political
    articles; print them most frequent first."""
    from news import political_docs

    seen: Counter = Counter()
    for _, _, _, doc in political_docs(nlp, [day]):
        for ev in doc.events:
            for side, ref in (("source", ev.source), ("target", ev.target)):
                if ref is not None and ref.text:
                    seen[side, ref.actor_code, ref.text] += 1
    for (side, code, text), n in seen.most_common():
        print(f"{n:4} {side:<6} {code!s:<10} {text}")


if __name__ == "__main__":
    main()
