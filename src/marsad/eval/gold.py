"""Score a coded Document against a gold file in the format of ../shared/examples.

The matching rules (also in every gold file's `matching` block):
- actor codes: a predicted code matches when it starts with the gold code (gold RUS accepts
  RUSGOV); an actor is found when one of its predicted mentions' canonical name or Arabic text
  contains one of the gold `match` keys and its code matches;
- events: source, target (codes by prefix) and CAMEO root (one of the gold roots). Each gold event
  absorbs one prediction, a symmetric one two (one per direction, either direction accepted); a
  prediction that merges repeated reports (`mentions`) may fill as many gold events as it has
  mentions. Recall counts required gold events; precision counts a prediction right when it fills
  a slot of any gold event, required or optional;
- quotes: the texts (without diacritics and tatweel) overlap by at least 80% of the gold text and
  the prediction is at most 1.5 x gold length + 10 characters; the speaker is right when the
  predicted speaker's canonical name or text contains a `match` key of the gold speaker (or of one
  of its `speaker_alt`);
- dates: the predicted text contains the gold text and its value starts with the gold value;
- amounts: the same value (within 0.5%) and unit.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

import regex

from marsad.document import Document
from marsad.errors import InputError
from marsad.text.normalize import DROPPED_RE, fold

QUOTE_MIN_OVERLAP = 0.8
QUOTE_MAX_LENGTH_RATIO = 1.5
QUOTE_LENGTH_SLACK = 10
AMOUNT_TOLERANCE = 0.005


@dataclass
class LayerScore:
    """Counts and the items behind them, for one layer."""

    name: str
    gold: int = 0  # gold items counted for recall (required ones)
    found: int = 0  # of those, matched
    predicted: int = 0
    correct: int = 0  # predictions that match a gold item
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def precision(self) -> float | None:
        return self.correct / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.found / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None if p is None or r is None else 0.0
        return 2 * p * r / (p + r)

    def to_dict(self) -> dict[str, Any]:
        return {"layer": self.name, "precision": self.precision, "recall": self.recall,
                "f1": self.f1, "gold": self.gold, "found": self.found,
                "predicted": self.predicted, "correct": self.correct, "misses": self.misses,
                "false_positives": self.false_positives, **self.extra}


# -- loading ---------------------------------------------------------------------------------

# The layers of a gold file: lists of objects (`credits`: of names).
GOLD_LISTS = ("actors", "places", "layout", "quotes", "not_quotes", "events", "dates", "amounts")
GOLD_FORMAT = ("a gold file is one UTF-8 JSON object with the lists " + ", ".join(GOLD_LISTS)
               + " in the format of the project's example (../shared/examples/README.md)")


def load_gold(path: str | Path) -> dict[str, Any]:
    """A gold file; raises InputError naming the file, its fault and what to do."""
    p = Path(path)

    def fault(what: str, reason: str = "invalid") -> InputError:
        return InputError(f"{what}; mend it: {GOLD_FORMAT}", str(p), reason=reason)

    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputError("gold file not found; check the path", str(p),
                         reason="missing") from exc
    except UnicodeDecodeError as exc:
        raise fault(f"is not UTF-8 text (byte {exc.start})", "encoding") from None
    except json.JSONDecodeError as exc:
        raise fault(f"is not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})",
                    "malformed_json") from None
    if not isinstance(data, dict):
        raise fault(f"is {_kind(data)}, not a JSON object")
    for layer in GOLD_LISTS:
        items = data.get(layer, [])
        if not isinstance(items, list):
            raise fault(f'has "{layer}" as {_kind(items)}, not a list')
        bad = next((n for n, item in enumerate(items, 1) if not isinstance(item, dict)), None)
        if bad:
            raise fault(f'has item {bad} of "{layer}" as {_kind(items[bad - 1])}, not an object')
    data.setdefault("_path", str(p))
    return data


def _kind(value: Any) -> str:
    return {bool: "true or false", int: "a number", float: "a number", str: "a string",
            list: "a list", dict: "an object", type(None): "null"}.get(type(value), "a value")


def load_prediction(path: str | Path, doc_id: str | None = None) -> Document:
    """A coded document from `marsad code` JSON output (one document or a list of them)."""
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputError("prediction file not found", str(p), reason="missing") from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"is not UTF-8 text (byte {exc.start}); give the JSON output of "
                         f"`marsad code --format json`", str(p), reason="encoding") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"is not valid JSON ({exc.msg}, line {exc.lineno})", str(p),
                         reason="malformed_json") from exc
    if isinstance(data, list):
        chosen = [d for d in data if doc_id and d.get("doc_id") == doc_id] or data[:1]
        if not chosen:
            raise InputError("holds no coded document", str(p))
        data = chosen[0]
    if not isinstance(data, dict) or "text" not in data:
        raise InputError("is not a coded document (no \"text\")", str(p))
    return Document.from_dict(data)


def code_gold_article(gold: dict[str, Any], nlp=None) -> Document:
    """Code the article a gold file describes (its `file`, beside the gold file)."""
    from marsad.io import read_text_file

    base = Path(gold.get("_path", ".")).parent
    name = gold.get("file")
    if not name:
        raise InputError("has no \"file\" naming its article; give --pred", gold.get("_path"))
    text = read_text_file(str(base / name))
    if nlp is None:
        import marsad

        nlp = marsad.load()
    return nlp(text, published=gold.get("published"), doc_id=gold.get("doc_id"))


# -- helpers ---------------------------------------------------------------------------------

def strip_marks(s: str) -> str:
    """Text without diacritics and tatweel, whitespace collapsed (the quote comparison form)."""
    return " ".join(DROPPED_RE.sub("", s).split())


def code_matches(predicted: str | None, gold: str | None) -> bool:
    """Gold code is a prefix of the predicted code; a gold without a code accepts anything."""
    if not gold:
        return True
    return bool(predicted) and predicted.upper().startswith(gold.upper())


def overlap_chars(gold: str, pred: str) -> int:
    """Characters of `gold` covered by common runs (of 3+ characters) with `pred`."""
    sm = SequenceMatcher(None, gold, pred, autojunk=False)
    return sum(b.size for b in sm.get_matching_blocks() if b.size >= 3)


def quote_matches(gold_text: str, pred_text: str) -> bool:
    g, p = strip_marks(gold_text), strip_marks(pred_text)
    if not g or not p:
        return False
    if len(p) > QUOTE_MAX_LENGTH_RATIO * len(g) + QUOTE_LENGTH_SLACK:
        return False
    return overlap_chars(g, p) >= QUOTE_MIN_OVERLAP * len(g)


def _ref_names(ref) -> list[str]:
    if ref is None:
        return []
    return [x for x in (getattr(ref, "canonical", None), getattr(ref, "text", None)) if x]


def names_contain_key(names: list[str], keys: list[str]) -> bool:
    folded = [fold(n) for n in names]
    return any(fold(k) in n for k in keys if k for n in folded)


def _one_line(s: str) -> str:
    return " ".join(s.split())


def _f(x: float | None) -> str:
    return "  -  " if x is None else f"{x:.2f}"


# -- layers ----------------------------------------------------------------------------------

def score_actors(gold: dict, doc: Document) -> LayerScore:
    s = LayerScore("actors")
    actors = gold.get("actors", [])
    people = [e for e in doc.entities if e.type in ("PERSON", "ORG")]
    groups: dict[str, list] = {}
    for e in people:
        groups.setdefault(e.actor_id or e.canonical, []).append(e)
    s.gold = len(actors)
    matched_groups: set[str] = set()
    for a in actors:
        codes = [a.get("code")] + list(a.get("alt_codes", []))
        hit = None
        name_only = None
        for key, ents in groups.items():
            if any(names_contain_key([e.canonical, e.text], a.get("match", [])) for e in ents):
                name_only = key
                if any(code_matches(e.actor_code, c) for e in ents for c in codes):
                    hit = key
                    break
        if hit is not None:
            s.found += 1
            matched_groups.add(hit)
        else:
            why = "wrong code" if name_only else "not found"
            if name_only:
                matched_groups.add(name_only)
            s.misses.append(f"{a.get('name')} [{a.get('code')}] ({why})")
    # A prediction is also right when its text is one of a gold actor's listed mentions
    # (الرئيس الإيراني for Rouhani), even if the system did not link it to the name.
    mentions = {fold(m) for a in actors for m in a.get("mentions", [])}
    for key, ents in groups.items():
        if any(fold(e.text) in mentions for e in ents):
            matched_groups.add(key)
    s.predicted = len(groups)
    s.correct = len(matched_groups)
    for key, ents in groups.items():
        if key not in matched_groups:
            e = ents[0]
            s.false_positives.append(f"{e.text} -> {e.canonical} [{e.actor_code}]")
    return s


def score_places(gold: dict, doc: Document) -> LayerScore:
    s = LayerScore("places")
    places = gold.get("places", [])
    preds = [e for e in doc.entities if e.type in ("GPE", "LOC")]
    groups: dict[str, list] = {}
    for e in preds:
        groups.setdefault(e.canonical or e.text, []).append(e)
    s.gold = len(places)

    def place_hit(place, e) -> bool:
        if e.canonical and e.canonical.lower() == str(place.get("name", "")).lower():
            return True
        t = fold(e.text)
        for m in place.get("mentions", []):
            fm = fold(m)
            if t == fm or (len(t) >= 3 and fm.endswith(t) and len(fm) - len(t) <= 2):
                return True
        return False

    matched: set[str] = set()
    for place in places:
        keys = [k for k, ents in groups.items() if any(place_hit(place, e) for e in ents)]
        if keys:
            s.found += 1
            matched.update(keys)
        else:
            s.misses.append(f"{place.get('name')} ({', '.join(place.get('mentions', []))})")
    s.predicted = len(groups)
    s.correct = len(matched)
    s.false_positives = [f"{ents[0].text} -> {k}" for k, ents in groups.items() if k not in matched]
    return s


def pull_quote_regions(gold: dict, doc: Document) -> list[tuple[int, int]]:
    """Spans of the pull quote: the system's own pull_quote blocks and the gold text found in
    the article (its words joined by any whitespace, since a blurb is broken over lines)."""
    regions = [(b.start, b.end) for b in doc.blocks if b.kind == "pull_quote"]
    for item in gold.get("layout", []):
        if item.get("kind") != "pull_quote":
            continue
        m = _find_loose(item.get("text", ""), doc.text)
        if m:
            regions.append(m)
    return regions


def _find_loose(needle: str, text: str) -> tuple[int, int] | None:
    words = strip_marks(needle).split()
    if not words:
        return None
    marks = r"[\u0610-\u061a\u064b-\u065f\u0670\u0640]*"
    pat = r"\s+".join(marks.join(regex.escape(c) for c in w) for w in words)
    m = regex.search(pat, text)
    return (m.start(), m.end()) if m else None


def score_layout(gold: dict, doc: Document) -> LayerScore:
    s = LayerScore("layout")
    checks: dict[str, bool] = {}
    for item in gold.get("layout", []):
        kind = item.get("kind")
        region = _find_loose(item.get("text", ""), doc.text)
        flagged = region is not None and any(
            b.kind == kind and b.start < region[1] and region[0] < b.end for b in doc.blocks)
        checks[f"{kind} flagged"] = flagged
    regions = pull_quote_regions(gold, doc)
    if any(i.get("kind") == "pull_quote" for i in gold.get("layout", [])):
        drawn = [q.text for q in doc.quotes if _inside(q.start, q.end, regions)]
        drawn += [f"event {ev.cameo} {ev.trigger}" for ev in doc.events
                  if _inside(ev.evidence.get("start", -1), ev.evidence.get("end", -1), regions)]
        checks["nothing drawn from the pull quote"] = not drawn
        s.false_positives.extend(f"from the pull quote: {d}" for d in drawn)
    s.gold = len(checks)
    s.found = sum(checks.values())
    s.misses = [k for k, ok in checks.items() if not ok]
    s.extra["checks"] = checks
    return s


def _inside(a: int, b: int, regions: list[tuple[int, int]]) -> bool:
    return any(s <= a and b <= e and a < b for s, e in regions)


def score_quotes(gold: dict, doc: Document) -> tuple[LayerScore, LayerScore]:
    s = LayerScore("quotes")
    attr = LayerScore("attribution")
    actors = {a["key"]: a for a in gold.get("actors", []) if "key" in a}
    golds = sorted(gold.get("quotes", []), key=lambda q: not q.get("required", True))
    preds = list(doc.quotes)
    if not any(q.get("kind") == "indirect" for q in gold.get("quotes", [])):
        # A gold file that annotates only quote-marked spans (as the example's does: "quoted
        # spans between « »") says nothing about unmarked reported speech, so indirect
        # predictions are neither right nor wrong against it.
        s.extra["note"] = "indirect (unmarked) predictions not scored: the gold has none"
        preds = [p for p in preds if p.kind != "indirect"]
    used: set[int] = set()
    s.gold = sum(1 for q in golds if q.get("required", True))
    for g in golds:
        best, best_ov = None, -1.0
        gt = strip_marks(g.get("text", ""))
        for i, p in enumerate(preds):
            if i in used or not quote_matches(g.get("text", ""), p.text):
                continue
            ov = overlap_chars(gt, strip_marks(p.text)) / max(1, len(gt))
            if ov > best_ov:
                best, best_ov = i, ov
        required = g.get("required", True)
        if best is None:
            if required:
                s.misses.append(f"{g.get('id', '?')}: «{g.get('text', '')}»")
            continue
        used.add(best)
        if required:
            s.found += 1
            keys: list[str] = []
            for k in [g.get("speaker")] + list(g.get("speaker_alt", []) or []):
                if k in actors:
                    keys += actors[k].get("match", [])
            attr.gold += 1
            speaker = preds[best].speaker
            if names_contain_key(_ref_names(speaker), keys):
                attr.found += 1
            else:
                who = f"{speaker.canonical} ({speaker.text})" if speaker else "none"
                attr.misses.append(f"{g.get('id', '?')}: speaker {g.get('speaker')} "
                                   f"predicted {who}")
    s.predicted = len(preds)
    s.correct = len(used)
    not_quotes = [strip_marks(n.get("text", "")) for n in gold.get("not_quotes", [])]
    for i, p in enumerate(preds):
        if i not in used:
            tag = " (a not-quote)" if strip_marks(p.text) in not_quotes else ""
            s.false_positives.append(f"«{p.text}»{tag}")
    attr.predicted, attr.correct = attr.gold, attr.found  # accuracy over matched required quotes
    return s, attr


def event_fits(pred, g: dict, direction: str) -> bool:
    src = pred.source.actor_code if pred.source else None
    tgt = pred.target.actor_code if pred.target else None
    if direction == "rev":
        src, tgt = tgt, src
    if not code_matches(src, g.get("source")) or not code_matches(tgt, g.get("target")):
        return False
    roots = g.get("cameo") or ([g["code"][:2]] if g.get("code") else [])
    return not roots or str(pred.cameo)[:2] in roots


def match_events(golds: list[dict], preds: list) -> dict[tuple[int, str], int]:
    """Assign predictions to gold slots: (gold index, direction) -> prediction index.

    A maximum bipartite matching (augmenting paths) filled for required gold slots first, so
    that optional events never take a prediction a required one could use. A prediction with
    `mentions` has that many copies.
    """
    slots = []
    for j, g in enumerate(golds):
        dirs = ("fwd", "rev") if g.get("symmetric") else ("fwd",)
        for d in dirs:
            slots.append((j, d))
    slots.sort(key=lambda s: not golds[s[0]].get("required", True))
    copies = [(i, c) for i, p in enumerate(preds) for c in range(max(1, len(p.mentions or [])))]
    fits = {s: [k for k, (i, _c) in enumerate(copies) if event_fits(preds[i], golds[s[0]], s[1])]
            for s in slots}
    owner: dict[int, tuple[int, str]] = {}  # copy index -> slot

    def augment(slot, seen) -> bool:
        for k in fits[slot]:
            if k in seen:
                continue
            seen.add(k)
            if k not in owner or augment(owner[k], seen):
                owner[k] = slot
                return True
        return False

    for slot in slots:
        augment(slot, set())
    result = {slot: copies[k][0] for k, slot in owner.items()}
    _spread_over_predictions(result, golds, preds)
    return result


def _spread_over_predictions(result: dict[tuple[int, str], int], golds: list[dict],
                             preds: list) -> None:
    """Hand a slot held by a merged prediction's second (third…) mention to a prediction that
    fits it and holds none: the same slots stay filled, and a prediction left over only because a
    merged one took its gold event (a historical visit beside today's visit told twice) counts
    right, as the rule "a prediction is right when it matches a gold event" says."""
    held = Counter(result.values())
    for i, pred in enumerate(preds):
        if held[i]:
            continue
        for slot, j in result.items():
            if held[j] > 1 and event_fits(pred, golds[slot[0]], slot[1]):
                result[slot] = i
                held[j] -= 1
                held[i] += 1
                break


def score_events(gold: dict, doc: Document) -> LayerScore:
    s = LayerScore("events")
    golds = gold.get("events", [])
    preds = list(doc.events)
    assignment = match_events(golds, preds)
    filled = {j for j, _d in assignment}
    s.gold = sum(1 for g in golds if g.get("required", True))
    s.found = sum(1 for j in filled if golds[j].get("required", True))
    s.predicted = len(preds)
    right_preds = set(assignment.values())
    s.correct = len(right_preds)
    exact = sum(1 for (j, _d), i in assignment.items()
                if golds[j].get("code") and preds[i].cameo == golds[j]["code"])
    s.extra["all_event_recall"] = len(filled) / len(golds) if golds else None
    s.extra["exact_code_matches"] = exact
    s.extra["slots_filled"] = len(assignment)
    for j, g in enumerate(golds):
        if g.get("required", True) and j not in filled:
            s.misses.append(f"{g.get('id', '?')}: {g.get('source')} -> {g.get('target')} "
                            f"{'/'.join(g.get('cameo', []))} ({g.get('what', '')})")
    for i, p in enumerate(preds):
        if i not in right_preds:
            src = p.source.actor_code if p.source else None
            tgt = p.target.actor_code if p.target else None
            s.false_positives.append(f"{src} -> {tgt} {p.cameo} «{p.trigger}» "
                                     f"(sentence {p.sentence})")
    return s


def _score_both_ways(name: str, golds: list[dict], preds: list, fits, gold_label,
                     pred_label) -> LayerScore:
    """A layer scored by a match predicate alone: a gold item is found when some prediction
    fits it, a prediction is right when it fits some gold item (labels describe the misses)."""
    s = LayerScore(name)
    s.gold, s.predicted = len(golds), len(preds)
    for g in golds:
        if any(fits(p, g) for p in preds):
            s.found += 1
        else:
            s.misses.append(gold_label(g))
    for p in preds:
        if any(fits(p, g) for g in golds):
            s.correct += 1
        else:
            s.false_positives.append(pred_label(p))
    return s


def score_dates(gold: dict, doc: Document) -> LayerScore:
    def fits(d, g) -> bool:
        return fold(g.get("text", "")) in fold(d.text) and str(d.value).startswith(
            str(g.get("value", "")))

    return _score_both_ways("dates", gold.get("dates", []), doc.dates, fits,
                            lambda g: f"{g.get('text')} = {g.get('value')}",
                            lambda d: f"{d.text} = {d.value}")


def score_amounts(gold: dict, doc: Document) -> LayerScore:
    def fits(a, g) -> bool:
        gv = float(g.get("value", 0))
        same_value = abs(a.value - gv) <= AMOUNT_TOLERANCE * max(abs(gv), 1.0)
        return same_value and (a.unit or None) == (g.get("unit") or None)

    return _score_both_ways("amounts", gold.get("amounts", []), doc.amounts, fits,
                            lambda g: f"{g.get('text')} = {g.get('value')} {g.get('unit')}",
                            lambda a: f"{a.text} = {a.value:g} {a.unit}")


def score(gold: dict, doc: Document) -> dict[str, LayerScore]:
    """Every layer's score for one gold file and the coded document."""
    quotes, attribution = score_quotes(gold, doc)
    return {
        "actors": score_actors(gold, doc),
        "places": score_places(gold, doc),
        "quotes": quotes,
        "attribution": attribution,
        "events": score_events(gold, doc),
        "dates": score_dates(gold, doc),
        "amounts": score_amounts(gold, doc),
        "layout": score_layout(gold, doc),
    }


# -- reports ---------------------------------------------------------------------------------

def to_json(scores: dict[str, LayerScore], gold: dict) -> dict[str, Any]:
    return {"gold": gold.get("_path"), "doc_id": gold.get("doc_id"),
            "layers": {k: v.to_dict() for k, v in scores.items()}}


def render_text(scores: dict[str, LayerScore], gold: dict) -> str:
    lines = [f"gold: {gold.get('_path')}  (published {gold.get('published')})", ""]
    for name, s in scores.items():
        lines.append(f"== {name}: P {_f(s.precision)}  R {_f(s.recall)}  F1 {_f(s.f1)}  "
                     f"({s.correct}/{s.predicted} predicted right, {s.found}/{s.gold} gold found)")
        for m in s.misses:
            lines.append(f"  miss  {_one_line(m)}")
        for fp in s.false_positives:
            lines.append(f"  false {_one_line(fp)}")
    lines.append("")
    lines.extend(summary_table(scores))
    return "\n".join(lines)


def summary_table(scores: dict[str, LayerScore]) -> list[str]:
    """The compact table (at most 12 lines) that ends the text report."""
    out = [f"{'layer':<12}{'P':>6}{'R':>6}{'F1':>6}   right/pred  found/gold"]
    for name in ("actors", "places", "quotes", "events", "dates", "amounts"):
        s = scores[name]
        out.append(f"{name:<12}{_f(s.precision):>6}{_f(s.recall):>6}{_f(s.f1):>6}"
                   f"   {s.correct:>4}/{s.predicted:<5} {s.found:>4}/{s.gold}")
    a = scores["attribution"]
    out.append(f"{'attribution':<12} accuracy {_f(a.recall)} over {a.gold} matched required "
               f"quotes")
    ev = scores["events"]
    out.append(f"{'events':<12} required-event recall {_f(ev.recall)}, all-event recall "
               f"{_f(ev.extra.get('all_event_recall'))}, exact codes "
               f"{ev.extra.get('exact_code_matches')}")
    checks = scores["layout"].extra.get("checks", {})
    out.append("layout       " + ", ".join(f"{k}: {'yes' if v else 'NO'}"
                                           for k, v in checks.items()))
    return out
