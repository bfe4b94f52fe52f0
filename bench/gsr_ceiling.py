"""How high can detection F1 go on the OEDA Arabic GSR? Two reference points for `marsad eval-gsr`.

    .venv/bin/python bench/gsr_ceiling.py              # the coder ceiling (no extra package)
    .venv/bin/python bench/gsr_ceiling.py --classifier # also a supervised baseline (scikit-learn)

1. The coder ceiling. A `yes` row is one that EVERY coder accepted; a `difficult no` row is one
   that some coders accepted and the majority (or half) rejected (`accept`, `reject` and `total`
   columns of `*_gsr.csv`). Take one coder of the panel and score that coder's own votes against
   the panel's label, as eval-gsr scores marsad: on `yes` rows the coder said yes (recall 1.0);
   on a `difficult no` row the coder said yes with probability accept/total (the share of the
   panel that did). The expected precision and F1 of that coder is what a human annotator scores
   by the same measure. (`ambiguous` rows are left out, as eval-gsr does.)

2. A supervised baseline (optional, needs scikit-learn, which marsad does not depend on): a
   logistic regression on word and character n-grams, trained and scored by 10-fold
   cross-validation ON THE DEVELOPMENT SPLIT ITSELF, with the decision threshold chosen after the
   fact (so it is optimistic). It shows how much a learner fitted to these labels can get out of
   the words of a sentence alone.

Neither is used by marsad; both only put its figures in context (docs/accuracy.md).
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GSR = ROOT.parent / "shared" / "data" / "arabic_event_gsr"


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [r for r in csv.DictReader(fh) if r["label"] in ("yes", "easy no", "difficult no")]


def coder_ceiling(rows: list[dict[str, str]]) -> dict[str, float]:
    tp = sum(1.0 for r in rows if r["label"] == "yes")
    fp = sum(int(r["accept"]) / int(r["total"]) for r in rows
             if r["label"] != "yes" and int(r["total"]))
    p = tp / (tp + fp)
    return {"yes": tp, "expected_false_yes": fp, "precision": p, "recall": 1.0,
            "f1": 2 * p / (p + 1)}


def classifier_baseline(rows: list[dict[str, str]]) -> dict[str, float]:
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import precision_recall_fscore_support
    from sklearn.model_selection import StratifiedKFold, cross_val_predict
    from sklearn.pipeline import make_pipeline, make_union

    texts = [r["text"] for r in rows]
    y = np.array([r["label"] == "yes" for r in rows])
    model = make_pipeline(
        make_union(TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2,
                                   sublinear_tf=True),
                   TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)),
        LogisticRegression(C=1.0, class_weight="balanced", max_iter=3000))
    proba = cross_val_predict(model, texts, y, cv=StratifiedKFold(10, shuffle=True, random_state=0),
                              method="predict_proba")[:, 1]
    scored = [(precision_recall_fscore_support(y, proba > t, average="binary", zero_division=0),
               t) for t in np.arange(0.10, 0.95, 0.05)]
    (p, r, f, _), t = max(scored, key=lambda x: x[0][2])
    return {"precision": float(p), "recall": float(r), "f1": float(f), "threshold": float(t)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gsr", type=Path, default=GSR)
    ap.add_argument("--classifier", action="store_true",
                    help="also run the supervised baseline (needs scikit-learn)")
    args = ap.parse_args()
    for path in sorted(args.gsr.glob("*_gsr.csv")):
        rows = read(path)
        etype = path.stem.split("_")[0].upper()
        c = coder_ceiling(rows)
        print(f"{etype:<8} coder ceiling: P {c['precision']:.2f} R 1.00 F1 {c['f1']:.2f} "
              f"({c['yes']:.0f} yes rows, {c['expected_false_yes']:.1f} expected yes votes on "
              f"'no' rows)")
        if args.classifier:
            try:
                b = classifier_baseline(rows)
            except ImportError:
                raise SystemExit("--classifier needs scikit-learn: pip install scikit-learn")
            print(f"{etype:<8} n-gram classifier, 10-fold CV on the dev split, best threshold "
                  f"{b['threshold']:.2f}: P {b['precision']:.2f} R {b['recall']:.2f} "
                  f"F1 {b['f1']:.2f}")


if __name__ == "__main__":
    main()
