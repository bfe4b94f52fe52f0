"""Helpers the quotes stage reads structure with (folded forms), and the marks it reads.

The closed-class words it reads (prepositions, relative pronouns, auxiliaries, pronouns) are
data since the twenty-first session, categories of `lexicon/data/grammar.json` (see below); the
open vocabularies (speech verbs, speaker nouns, name nouns…) are data in
`lexicon/data/cues.json`.
"""

from __future__ import annotations

from functools import lru_cache

from marsad.lexicon.categories import per_lexicon
from marsad.lexicon.grammar import grammar_words
from marsad.text.normalize import DROPPED_CHARS, FOLD_TABLE


# The word lists of the quotes stage are grammar.json categories (twenty-first session), read
# through `marsad.lexicon.grammar.grammar_words()`: PREPS → `speaker_stops`, RELATIVES →
# `quote_relatives`, AUX → `quote_aux`, PRONOUNS → `quote_pronouns`, DEMONSTRATIVES →
# `quote_demonstratives`, TIME_CLAUSE_OPENERS(_AN) → `time_clause_openers(_an)`, CONCESSIVES →
# `quote_concessives`, WITHOUT → `quote_without`, EXCEPTIONS → `quote_exceptions`,
# NOUN_PARTICIPLES → `noun_participles`, NOUN_PREPS → `noun_preps`, QUANTIFIERS →
# `quote_quantifiers`, PRON_PREP → `addressee_pps`, PREP_PRONOUN → `prep_pronouns()` (of
# `pronoun_bearing_preps` and `attached_pronouns`), IN_IT → `in_it_pps`, TIME_HEADS →
# `time_heads`, TIME_TAIL → `time_tails`, OUTLET_NOUNS → `outlet_nouns`.
CLAUSE_PUNCT = frozenset("،,")
END_PUNCT = frozenset(".؟?!؛;")
FATHATAN = "\u064b"
DAMMA = "\u064f"  # on a past verb's first letter: the passive (أُعلن، وُصف)
# fold() as one str.translate: the folding table plus deletion of the dropped marks.
FOLD_DELETE = {**FOLD_TABLE, **{ord(ch): None for ch in DROPPED_CHARS}}


SHADDA = "\u0651"


@per_lexicon
def prep_pronouns() -> frozenset[str]:
    """A preposition carrying a pronoun (إليه، عليها، نحوي، لديه): never the head of a speaker
    phrase. Every word of grammar.json `pronoun_bearing_preps` with every one of
    `attached_pronouns`, built once per lexicon set."""
    words = grammar_words()
    return frozenset(p + s for p in words.pronoun_bearing_preps for s in words.attached_pronouns)


@lru_cache(maxsize=8)
def time_phrase_index(phrases: frozenset[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """grammar.json `time_phrases` (أول من أمس، أول أمس; the folded phrases of a lexicon set's
    grammar words) by their first word: each phrase's words, longest first. Built once per set
    of phrases (the stage's grammar words are passed in)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = tuple(phrase.split())
        if words:
            out.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def fold_keeping_shadda(s: str) -> str:
    """fold() that keeps the shadda: بيّن (he made clear) apart from بين (between)."""
    return "".join(ch if ch == SHADDA else ch.translate(FOLD_DELETE) for ch in s)


def strip_al(f: str) -> str:
    return f[2:] if f.startswith("ال") and len(f) > 3 else f


def forms(f: str) -> frozenset[str]:
    """A folded word as written, without a conjunction و/ف, and without the article:
    وزارة → وزاره, زاره; والمتحدث → والمتحدث, المتحدث, متحدث (membership tests try them all)."""
    out = {f, strip_al(f)}
    if len(f) > 2 and f[0] in "وف":
        out |= {f[1:], strip_al(f[1:])}
    return frozenset(out)
