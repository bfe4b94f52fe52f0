"""Several calls of the transliterator's `transliterate_many` as one pass, split at the model.

`Romanizer._transliterate` makes one call of `arabic_name_romanizer`'s
`Transliterator.transliterate_many(units, country=iso2)` per country hint of a batch.
`transliterate_calls` gives what those calls give (the top spelling of each name), with the
package's own steps and functions in the package's order, but as three passes over all the calls
instead of one call after the other:

1. each name's whole-name dictionary answer, or its units' dictionary answers (the package's
   first loop and the dictionary half of `_resolve_units`);
2. the units no dictionary knows, of every call, decoded by each model in one `decode_many`
   (what `transliterate_units` asks of it; a row of the decoder gives the same bits alone and in
   any batch, and each name is encoded alone: `marsad.actors.beam`, `romanize._RowEncoder`);
3. each name's candidates ranked (the package's second loop and `_finalize`, top spelling only).

What this saves against calling the package (the ninth session's change: before it,
`marsad.actors.joint` ran the calls in threads, one per call, whose model runs were decoded
together when all of them waited for the model): the threads, the empty user dictionary's
lookups, each name's normalisation done six times, and the candidates' objects. On the 958 names of 300 articles of
2015-07-25 in batches of 32, replayed: 0.51–0.52 s of CPU against 0.56–0.62 s, the same
spellings. Only for a transliterator as `romanize._transliterator` builds it (`calls_ok`): the
package's defaults, no user dictionary, `LeanModel`s.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from types import SimpleNamespace

# What a call of the package may raise and the caller falls back on (`romanize._transliterate`)
CALL_ERRORS = (ImportError, ValueError, RuntimeError, OSError)


@lru_cache(maxsize=1)
def _package() -> SimpleNamespace | None:
    """The package's functions that `transliterate_calls` runs (imported once), or None if they
    are not those this was written against."""
    try:
        from arabic_name_romanizer.api import _norm_country, unit_roles
        from arabic_name_romanizer.normalize import (full_key, has_arabic, lookup_key,
                                                     normalize_arabic, split_units)
        from arabic_name_romanizer.persian import normalize_persian, script_of
        from arabic_name_romanizer.ranking import (RULES_SCORE, Scored, combine_units, dedupe,
                                                   dictionary_scores, model_scores)
        from arabic_name_romanizer.rules import romanize_unit
    except ImportError:
        return None
    return SimpleNamespace(
        norm_country=_norm_country, unit_roles=unit_roles, full_key=full_key,
        has_arabic=has_arabic, lookup_key=lookup_key, normalize_arabic=normalize_arabic,
        split_units=split_units, normalize_persian=normalize_persian, script_of=script_of,
        RULES_SCORE=RULES_SCORE, Scored=Scored, combine_units=combine_units, dedupe=dedupe,
        dictionary_scores=dictionary_scores, model_scores=model_scores,
        romanize_unit=romanize_unit)


def calls_ok(translit) -> bool:
    """Does `transliterate_calls` give what `translit.transliterate_many` gives? (The package's
    functions and settings as this was written against, an empty user dictionary, an index, and
    models that decode several requests at once.)"""
    if _package() is None:
        return False
    models = [m for m in (getattr(translit, "model", None),
                          getattr(translit, "persian_model", None)) if m is not None]
    user = getattr(translit, "user", None)
    return (user is not None and len(user) == 0 and getattr(translit, "index", None) is not None
            and getattr(translit, "use_rules_fallback", None) is True
            and getattr(translit, "role_aware_lookup", None) is False
            and getattr(translit, "model_below_trust", None) is False
            and all(hasattr(translit, a) for a in ("trust_threshold", "max_per_unit",
                                                  "max_combinations"))
            and bool(models) and all(callable(getattr(m, "decode_many", None))
                                     and hasattr(m, "uses_roles") for m in models))


def transliterate_calls(translit, calls: Sequence[tuple[list[str], str | None]]
                        ) -> list[list[str]]:
    """`translit.transliterate_many(names, country=iso2)` (top spelling, "" for none) for each
    `(names, iso2)` of `calls`, the model runs of all of them decoded together. `translit` must
    pass `calls_ok`. Raises what the package's calls would raise (its index, its models)."""
    pkg = _package()
    out: list[list[str]] = [[""] * len(names) for names, _ in calls]
    pending: list[_Pending] = []
    for c, (names, iso2) in enumerate(calls):
        country = pkg.norm_country(iso2)
        for i, name in enumerate(names):
            answer = _whole_name(pkg, translit, name, country)
            if isinstance(answer, str):
                out[c][i] = answer
            else:
                script, units, whole = answer
                pending.append(_Pending(c, i, country, script, units,
                                        pkg.unit_roles(len(units), None), whole))
    unit_lists = _unit_lists(pkg, translit, pending)
    for p in pending:
        out[p.call][p.at] = _ranked(pkg, translit, p, unit_lists)
    return out


class _Pending:
    """A name the whole-name dictionary does not settle: its units are looked up or decoded."""

    __slots__ = ("call", "at", "country", "script", "units", "roles", "whole")

    def __init__(self, call, at, country, script, units, roles, whole) -> None:
        self.call, self.at, self.country, self.script = call, at, country, script
        self.units, self.roles, self.whole = units, roles, whole


def _whole_name(pkg, translit, name: str, country: str | None):
    """The spelling of `name` if the package settles it before its units (no Arabic letter,
    or a trusted whole-name dictionary answer), else (script, units, whole-name answer)."""
    script = pkg.script_of(name or "", country)
    norm = (pkg.normalize_persian if script == "persian" else pkg.normalize_arabic)(name or "")
    if not pkg.has_arabic(norm):
        return name.strip() if name else ""  # the package passes it through
    whole = translit.index.lookup_full(pkg.full_key(norm), country, script)
    if whole and whole[0].count >= translit.trust_threshold:
        return _top([(s.text, s.score) for s in
                     pkg.dictionary_scores(whole, "dictionary", translit.trust_threshold)])
    return script, pkg.split_units(norm), whole


def _unit_lists(pkg, translit, pending: list[_Pending]) -> dict[tuple, list]:
    """The scored candidates of each (script, country, unit, role) of `pending`: the units'
    dictionary answers, else the model's hypotheses (all calls' units of a model decoded in one
    `decode_many`), else the package's rules."""
    lists: dict[tuple, list | None] = {}
    # model -> country -> the keys of its units no dictionary knows, in the order met
    misses: dict[int, tuple[object, dict[str | None, list[tuple]]]] = {}
    for p in pending:
        for unit, role in zip(p.units, p.roles, strict=True):
            key = (p.script, p.country, unit, role)
            if key in lists:
                continue
            known = translit.index.lookup_unit(pkg.lookup_key(unit), p.country, None, p.script)
            if known:
                lists[key] = pkg.dictionary_scores(known, "dictionary", translit.trust_threshold)
                continue
            lists[key] = None
            model = ((translit.persian_model or translit.model) if p.script == "persian"
                     else translit.model)
            if model is not None:
                misses.setdefault(id(model), (model, {}))[1].setdefault(p.country, []).append(key)
    for model, by_country in misses.values():
        _decode_misses(pkg, translit, model, by_country, lists)
    return {key: got if got is not None else
            [pkg.Scored(pkg.romanize_unit(key[2]), pkg.RULES_SCORE, "rules")]
            for key, got in lists.items()}


def _decode_misses(pkg, translit, model, by_country: dict[str | None, list[tuple]],
                   lists: dict[tuple, list | None]) -> None:
    """The model's hypotheses for the units no dictionary knows, as the package's
    `transliterate_units` asks for them (per country: distinct (unit, role) items, sorted; the
    role only for a model that reads roles; `max_per_unit` hypotheses), in one `decode_many`."""
    requests = []
    for country, keys in by_country.items():
        items = {(unit, role if model.uses_roles else None) for _, _, unit, role in keys}
        requests.append((sorted(items, key=lambda x: (x[0], x[1] or "")), country))
    top = max(1, translit.max_per_unit)
    for (items, _), hyps, keys in zip(requests, model.decode_many(requests),
                                      by_country.values(), strict=True):
        table = dict(zip(items, hyps, strict=True))
        for key in keys:
            scored = pkg.dedupe(pkg.model_scores(table[(key[2], key[3] if model.uses_roles else None)]
                                         [:top]))
            if scored:
                lists[key] = scored


def _ranked(pkg, translit, p: _Pending, unit_lists: dict[tuple, list]) -> str:
    """The top spelling of a pending name: its units' candidates combined, with its whole-name
    dictionary answers (trusted ones raised by 1), as the package's second loop ranks them."""
    combined = pkg.combine_units([unit_lists[(p.script, p.country, u, r)]
                              for u, r in zip(p.units, p.roles, strict=True)],
                             translit.max_per_unit, translit.max_combinations)
    cands = [(c.text, c.score) for c in combined]
    if p.whole:
        raise_by = 1.0 if p.whole[0].count >= translit.trust_threshold else 0.0
        cands = [(s.text, s.score + raise_by) for s in
                 pkg.dictionary_scores(p.whole, "dictionary", translit.trust_threshold)] + cands
    return _top(cands)


def _top(cands: list[tuple[str, float]]) -> str:
    """The package's `_finalize(…, top_k=1)`: the first non-empty text by score (a stable
    sort), or ""."""
    return next((text for text, _ in sorted(cands, key=lambda c: -c[1]) if text), "")
