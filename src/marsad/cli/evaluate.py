"""`marsad eval` (score a gold file) and `marsad eval-gsr` (the OEDA Arabic event gold)."""

from __future__ import annotations

import json


def register(sub) -> None:
    p = sub.add_parser(
        "eval", help="score coded output against a gold file",
        description="Score actors, places, quotes (and their attribution), events, dates, "
                    "amounts and layout against a gold file in the format of the project's "
                    "example (see its README). Without --pred the gold's own article is coded.")
    p.add_argument("gold", metavar="GOLD.json", help="gold annotation file")
    p.add_argument("--pred", metavar="PRED.json",
                   help="coded document from `marsad code` (default: code the gold's `file`)")
    p.add_argument("--format", choices=("text", "json"), default="text",
                   help="text (the default): the scores to read; json: one object")
    p.add_argument("--lexicon", action="append", default=[], metavar="DIR",
                   help="extra dictionary folder (repeatable)")
    p.set_defaults(func=run_eval)

    g = sub.add_parser(
        "eval-gsr", help="score ASSAULT/PROTEST detection on the OEDA Arabic gold standard",
        description="Code each sentence of DIR/*_gsr.csv and score PLOVER event detection "
                    "(yes vs easy/difficult no; ambiguous left out), and the source/target "
                    "country and role on DIR/*_spans.json.")
    g.add_argument("directory", metavar="DIR", help="the arabic_event_gsr folder")
    g.add_argument("--format", choices=("text", "json"), default="text",
                   help="text (the default): the scores to read; json: one object")
    g.add_argument("--limit", type=int, default=None, metavar="N",
                   help="score only the first N rows of each file")
    g.add_argument("--workers", type=int, default=2, help="processes to code with (default 2)")
    g.set_defaults(func=run_eval_gsr)


def run_eval(args) -> int:
    from marsad.eval.gold import (code_gold_article, load_gold, load_prediction, render_text,
                                  score, to_json)

    gold = load_gold(args.gold)
    if args.pred:
        doc = load_prediction(args.pred, gold.get("doc_id"))
    else:
        import marsad

        doc = code_gold_article(gold, marsad.load(lexicon_dirs=args.lexicon))
    scores = score(gold, doc)
    if args.format == "json":
        print(json.dumps(to_json(scores, gold), ensure_ascii=False, indent=2))
    else:
        print(render_text(scores, gold))
    return 0


def run_eval_gsr(args) -> int:
    from marsad.eval.gsr import evaluate_gsr, render_text

    result = evaluate_gsr(args.directory, limit=args.limit, n_process=args.workers)
    if args.format == "json":
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print(render_text(result))
    return 0
