"""Score PLOVER ASSAULT / PROTEST detection and actor coding on the OEDA Arabic gold standard.

`*_gsr.csv`: one sentence a row with `label` yes / easy no / difficult no / ambiguous. Each
sentence is coded as a document published on the date its id carries (`AAW_ARB_20080913.0007-59`:
the newswire document ids of the gold, see `published_from_id`; none when the id has no date), so
relative dates resolve and an old year makes an event historical, as in an article; the system says "yes" for type T when
any of its events has PLOVER type T (from the event, or from its CAMEO code through
`marsad.ontology.lookup`) and a factual modality (asserted or reported: see `FACTUAL`); events
without a known source count (see `DETECTION_CONFIG`). `yes` rows are positives, both kinds of "no" negatives, `ambiguous`
rows are left out.

`*_spans.json`: sentences with the coders' source/target actor roles `{main: ISO3 or "None",
role: agent code or "None"}`; the gold for a side is the coders' majority. The predicted side is
the actor code of the first predicted event of that type: country = its first three letters
(None if they are a role code; an international primary, IGO IMG NGO MNC INT UIS, as the coders
put it in their country column), role = the next three.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from marsad.errors import InputError
from marsad.tables import ROLE_CODES  # (a code that opens with one names no country)

LABELS_POSITIVE = ("yes",)
LABELS_NEGATIVE = ("easy no", "difficult no")


def event_plover(ev) -> str | None:
    if getattr(ev, "plover", None):
        return ev.plover
    try:
        from marsad.ontology import lookup

        return lookup(str(ev.cameo)).plover
    except (KeyError, ValueError):
        return None


# Codes of international actors that CAMEO puts where a country goes (IGOUNO, IMGREB,
# NGOHRW), as the OEDA coders put IGO, IMG and INT in their `main` column, beside a role
# (IMG/REB: Taliban, al-Qaeda; IGO/None: NATO; INT/MIL: foreign forces).
INTERNATIONAL_PRIMARIES = frozenset({"IGO", "IMG", "NGO", "MNC", "INT", "UIS"})
# ... after which three letters are a role only when they name a sector (IMGREB, INTMIL), not
# the organisation (IGOUNO: the UN; IGONAT: NATO)
_ROLES_AFTER_PRIMARY = ROLE_CODES - INTERNATIONAL_PRIMARIES - {"UNO"}


def split_code(code: str | None) -> tuple[str | None, str | None]:
    """(country, role) of an actor code: IRNGOV -> (IRN, GOV), REB -> (None, REB); an
    international primary code takes the country's slot, as the coders' `main` does:
    IMGREB -> (IMG, REB), IGONAT and IGOUNO -> (IGO, None) (NATO, the UN: no role)."""
    if not code:
        return None, None
    code = code.upper()
    if code[:3] in INTERNATIONAL_PRIMARIES:
        return code[:3], (code[3:6] if code[3:6] in _ROLES_AFTER_PRIMARY else None)
    if code[:3] in ROLE_CODES:
        return None, code[:3]
    return code[:3], (code[3:6] or None)


_ID_DATE = re.compile(r"_((?:19|20)\d{2})(\d{2})(\d{2})\.")


def published_from_id(doc_id: str | None) -> str | None:
    """The publication date a newswire document id carries: AAW_ARB_20080913.0007-59 -> 2008-09-13."""
    m = _ID_DATE.search(doc_id or "")
    if not m:
        return None
    y, mo, d = m.groups()
    try:
        return dt.date(int(y), int(mo), int(d)).isoformat()
    except ValueError:
        return None


def _gsr_files(directory: Path) -> list[Path]:
    files = sorted(directory.glob("*_gsr.csv"))
    if not files:
        raise InputError("holds no *_gsr.csv file (expected the arabic_event_gsr folder)",
                         str(directory))
    return files


def read_rows(path: Path, limit: int | None = None) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh)
                if r.get("label") in LABELS_POSITIVE + LABELS_NEGATIVE and r.get("text")]
    return rows[:limit] if limit else rows


def majority_role(spans: list[dict], side: str) -> tuple[str | None, str | None] | None:
    votes: Counter = Counter()
    for sp in spans:
        r = sp.get(f"{side}_role")
        if isinstance(r, dict) and "main" in r:
            main = None if r.get("main") in (None, "None", "") else r["main"]
            role = None if r.get("role") in (None, "None", "") else r["role"]
            votes[(main, role)] += 1
    return votes.most_common(1)[0][0] if votes else None


# Modalities of an event that happened as the sentence tells it. Negated, threatened, planned,
# conditional, hypothetical (opinions, questions), habitual (statistics) and historical (old, or
# the topic of a trial) events are references to violence, not reports of it.
FACTUAL = frozenset({"asserted", "reported"})
# Detection asks whether a sentence reports an event, not whether its actors are known: the
# events stage keeps events with no source actor for it (its default output drops them).
DETECTION_CONFIG = {"events": {"keep_unknown_source": True}}


# A stricter reading, reported beside the headline figures: the event's sentence also shows at
# least this many kinds of signs that it happened (casualties, weapons, a recent time, an
# eventive verb, a number... `evidence["signs"]`, see marsad.events.register).
ATTESTED_MIN_SIGNS = 2


def _detected(doc, etype: str) -> list:
    return [e for e in doc.events if event_plover(e) == etype and e.modality in FACTUAL]


def _attested(events: list) -> bool:
    return any(len((getattr(e, "evidence", None) or {}).get("signs") or ()) >= ATTESTED_MIN_SIGNS
               for e in events)


def _prf(tp: int, fp: int, fn: int) -> dict[str, Any]:
    p = tp / (tp + fp) if tp + fp else None
    r = tp / (tp + fn) if tp + fn else None
    f = 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "fp": fp, "fn": fn}


def evaluate_gsr(directory: str | Path, limit: int | None = None, n_process: int = 2,
                 nlp=None) -> dict[str, Any]:
    """Detection and actor-role scores for every *_gsr.csv (and *_spans.json) in `directory`."""
    directory = Path(directory)
    if not directory.is_dir():
        raise InputError("is not a folder", str(directory), reason="missing")
    if nlp is None:
        import marsad

        nlp = marsad.load(config=DETECTION_CONFIG)
    result: dict[str, Any] = {"directory": str(directory), "types": {}}
    for path in _gsr_files(directory):
        rows = read_rows(path, limit)
        if not rows:
            continue
        etype = rows[0].get("event_type", path.stem.split("_")[0].upper())
        docs = nlp.pipe(({"text": r["text"], "id": r.get("id"),
                         "published": published_from_id(r.get("id"))} for r in rows),
                        n_process=n_process)
        counts = Counter()
        strict = Counter()
        fp_by_label: Counter = Counter()
        misses, false_alarms = [], []
        for row, doc in zip(rows, docs):
            found = _detected(doc, etype)
            said_yes = bool(found)
            gold_yes = row["label"] in LABELS_POSITIVE
            attested = _attested(found)
            strict["tp" if attested and gold_yes else "fp" if attested else
                   "fn" if gold_yes else "tn"] += 1
            if said_yes and gold_yes:
                counts["tp"] += 1
            elif said_yes:
                counts["fp"] += 1
                fp_by_label[row["label"]] += 1
                false_alarms.append(row["text"][:120])
            elif gold_yes:
                counts["fn"] += 1
                misses.append(row["text"][:120])
        entry = _prf(counts["tp"], counts["fp"], counts["fn"])
        entry["attested"] = dict(_prf(strict["tp"], strict["fp"], strict["fn"]),
                                 min_signs=ATTESTED_MIN_SIGNS)
        entry.update({"rows": len(rows), "false_positives_by_label": dict(fp_by_label),
                      "misses": misses, "false_alarms": false_alarms})
        spans_path = path.with_name(path.name.replace("_gsr.csv", "_spans.json"))
        if spans_path.exists():
            entry["actors"] = score_spans(spans_path, etype, nlp, limit, n_process)
        result["types"][etype] = entry
    return result


def span_records(path: Path, limit: int | None = None) -> list[dict]:
    """The span records of a `*_spans.json` file that carry a sentence."""
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise InputError(f"is not valid JSON ({exc.msg})", str(path)) from exc
    records = [r for r in records if r.get("text")]
    return records[:limit] if limit else records


def compare_spans(path: Path, etype: str, nlp, limit: int | None = None, n_process: int = 2):
    """For each span record and side with a gold majority: (record, first detected event or None,
    side, gold (country, role), predicted actor reference or None). What `score_spans` counts and
    bench/actor_roles.py prints."""
    records = span_records(path, limit)
    docs = nlp.pipe(({"text": r["text"], "published": published_from_id(r.get("source"))}
                     for r in records), n_process=n_process)
    for rec, doc in zip(records, docs):
        events = _detected(doc, rec.get("event_type", etype))
        ev = events[0] if events else None
        for side in ("source", "target"):
            gold = majority_role(rec.get("spans", []), side)
            if gold is None:
                yield rec, ev, side, None, None
                continue
            yield rec, ev, side, gold, getattr(ev, side, None) if ev is not None else None


def score_spans(path: Path, etype: str, nlp, limit: int | None, n_process: int) -> dict[str, Any]:
    tally: Counter = Counter()
    records = 0
    for rec, ev, side, gold, ref in compare_spans(path, etype, nlp, limit, n_process):
        if side == "source":
            records += 1
            tally["detected"] += ev is not None
        if gold is None:
            continue
        country, role = split_code(ref.actor_code if ref is not None else None)
        tally[f"{side}_n"] += 1
        tally[f"{side}_country"] += country == gold[0]
        tally[f"{side}_role"] += (role or None) == gold[1]
        if ev is not None:
            tally[f"{side}_n_detected"] += 1
            tally[f"{side}_country_detected"] += country == gold[0]
            tally[f"{side}_role_detected"] += (role or None) == gold[1]
    out: dict[str, Any] = {"records": records, "detected": tally["detected"]}
    for side in ("source", "target"):
        n, nd = tally[f"{side}_n"], tally[f"{side}_n_detected"]
        out[side] = {
            "n": n,
            "country_accuracy": tally[f"{side}_country"] / n if n else None,
            "role_accuracy": tally[f"{side}_role"] / n if n else None,
            "n_detected": nd,
            "country_accuracy_detected": tally[f"{side}_country_detected"] / nd if nd else None,
            "role_accuracy_detected": tally[f"{side}_role_detected"] / nd if nd else None,
        }
    return out


def _f(x) -> str:
    return "  -  " if x is None else f"{x:.2f}"


def render_text(result: dict[str, Any], show: int = 10) -> str:
    lines = [f"gold: {result['directory']}", ""]
    for etype, e in result["types"].items():
        lines.append(f"== {etype}: {e['rows']} rows (yes vs easy/difficult no)")
        lines.append(f"  false positives by gold label: {e['false_positives_by_label']}")
        for t in e["misses"][:show]:
            lines.append(f"  miss  {t}")
        for t in e["false_alarms"][:show]:
            lines.append(f"  false {t}")
    lines.append("")
    lines.append(f"{'type':<9}{'P':>6}{'R':>6}{'F1':>6}  tp/fp/fn     "
                 f"src ctry/role   tgt ctry/role")
    for etype, e in result["types"].items():
        a = e.get("actors") or {}
        src, tgt = a.get("source", {}), a.get("target", {})
        lines.append(f"{etype:<9}{_f(e['precision']):>6}{_f(e['recall']):>6}{_f(e['f1']):>6}  "
                     f"{e['tp']}/{e['fp']}/{e['fn']:<8} "
                     f"{_f(src.get('country_accuracy'))}/{_f(src.get('role_accuracy'))}     "
                     f"{_f(tgt.get('country_accuracy'))}/{_f(tgt.get('role_accuracy'))}")
    for etype, e in result["types"].items():
        a = e.get("attested")
        if a:
            lines.append(f"{etype:<9}{_f(a['precision']):>6}{_f(a['recall']):>6}{_f(a['f1']):>6}  "
                         f"{a['tp']}/{a['fp']}/{a['fn']}  (attested: >= {a['min_signs']} kinds of "
                         f"signs that it happened)")
    lines.append("actor accuracy over span records (all; an undetected event counts as no actor); "
                 "see --format json for accuracy when detected")
    return "\n".join(lines)
