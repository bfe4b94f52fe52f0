"""Function words as data: the categories of `lexicon/data/grammar.json` (kind `grammar`) and
the negation particles of words.json, for the rules that read them as exact folded words.

`grammar_words()` reads the grammar dictionaries of the lexicon set in use (the built-in file,
and a user's files of kind grammar: their words join the categories of the same name) once per
process per lexicon set, schema-checked, every word folded. The events stage sets no lexicon set
of its own, so its rules read the built-in file (as `events.dating.still_words` reads the events
files); the dates stage reads the set it works in. See docs/dictionaries.md, ### grammar.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields

from marsad.lexicon.categories import (category_files, current_lexicon_dirs, per_lexicon,
                                       read_categories)
from marsad.text.normalize import fold

GRAMMAR_KIND = "grammar"


@dataclass(frozen=True)
class GrammarWords:
    """The categories of grammar.json, folded: frozensets, but the ordered ones (tuples)."""

    state_pronouns: frozenset[str]
    toll_after: frozenset[str]
    told_before: frozenset[str]
    lam_negations: frozenset[str]  # لم، ولم، فلم (was events.clauses.LAM_NEGATION)
    no_report_negations: frozenset[str]  # لا، ولا: read with lam_negations (framing)
    belonging_words: frozenset[str]
    object_pronouns: tuple[str, ...]  # longest first: the first that ends a word is taken
    wasl_nouns: frozenset[str]  # التزام، التقاء: ال of their own, no article (text.article)
    indefinite_endings: frozenset[str]  # ة، ات، ا after them
    after_victims: frozenset[str]  # دون، بدون: after a passive of harm and its victims
    concessive: frozenset[str]  # events.framing.CONCESSIVE
    span_words: frozenset[str]  # events.framing.SPAN_WORDS
    accusative_preps: frozenset[str]  # events.framing.ACCUSATIVE_PREPS
    occurrence_nouns: frozenset[str]  # events.framing.OCCURRENCE_NOUNS
    vocatives: frozenset[str]  # events.framing.VOCATIVES
    right_after: frozenset[str]  # events.framing.RIGHT_AFTER
    refrain_preps: frozenset[str]  # events.framing.REFRAIN_PREPS
    may_particles: frozenset[str]  # events.framing.MAY
    who_words: frozenset[str]  # events.framing.WHO
    relative_resumptive_pps: frozenset[str]  # events.framing.RESUMPTIVE_PPS
    exposed_verbs: frozenset[str]  # events.framing.EXPOSED
    result_present: frozenset[str]  # events.framing.RESULT_PRESENT
    matter_words: frozenset[str]  # events.framing.MATTER
    future_particles: frozenset[str]  # events.framing.FUTURE_PARTICLES
    list_joins: frozenset[str]  # events.framing.LIST_JOINS
    passive_aux: frozenset[str]  # events.participants.PASSIVE_AUX
    singular_pronouns: frozenset[str]  # events.participants.SINGULAR
    with_pronouns: frozenset[str]  # events.participants.WITH_PRONOUNS
    and_then: frozenset[str]  # events.participants.AND_THEN
    pronoun_clause_leads: frozenset[str]  # events.participants.PRONOUN_CLAUSE_LEADS
    third_person_pronouns: tuple[str, ...]  # events.participants.THIRD_PERSON_PRONOUNS
    as_said: frozenset[str]  # events.participants.AS_SAID
    demonstrative_time_nouns: frozenset[str]  # events.participants.TIME_NOUNS
    subject_verb_particles: frozenset[str]  # events.participants.SUBJECT_VERB_PARTICLES
    against_preps: frozenset[str]  # events.participants.AGAINST_PREPS
    web_words: frozenset[str]  # events.participants.WEB_WORDS
    not_objects: frozenset[str]  # events.participants.NOT_OBJECTS
    mimma: frozenset[str]  # events.participants.MIMMA
    victim_circumstances: frozenset[str]  # events.participants.AFTER_VICTIMS
    victim_days: frozenset[str]  # a day between the victims and the circumstance
    fighting_verbs: frozenset[str]  # beside an ally (twenty-first session)
    ally_words: frozenset[str]  # في صفوف، إلى جانب: an ally, no target
    condemning_participles: frozenset[str]  # مستنكراً: like condemning_verbs
    and_harmed: frozenset[str]  # events.participants.AND_HARMED
    harmed_plurals: frozenset[str]  # events.participants.HARMED_PLURALS
    or_words: frozenset[str]  # events.participants.OR_WORDS
    past_third_endings: tuple[str, ...]  # events.participants.PAST_THIRD_ENDINGS
    event_resumptive_pps: frozenset[str]  # events.participants.RESUMPTIVE_PPS
    min_pronouns: frozenset[str]  # events.participants.MIN_PRONOUNS
    human_relatives: frozenset[str]  # events.participants.HUMAN_RELATIVES
    dummy_complementizers: frozenset[str]  # events.participants.DUMMY_COMPLEMENTIZERS
    one_of: frozenset[str]  # events.participants.ONE_OF
    definite_counts: frozenset[str]  # events.participants.DEFINITE_COUNTS
    of_them: frozenset[str]  # events.participants.OF_THEM
    others_words: frozenset[str]  # events.participants.OTHERS
    victim_tails: frozenset[str]  # events.participants.VICTIM_TAILS
    antecedent_pronouns: frozenset[str]  # events.participants.ANTECEDENT_PRONOUNS
    performed_pronouns: frozenset[str]  # events.participants.PERFORMED_PRONOUNS
    conduct_aux: frozenset[str]  # events.participants.CONDUCT_AUX
    relative_clause_aux: frozenset[str]  # events.participants.RELATIVE_CLAUSE_AUX
    pronoun_complementizers: frozenset[str]  # events.participants.PRONOUN_COMPLEMENTIZERS
    count_leads: frozenset[str]  # events.participants.COUNT_LEADS
    attack_preps: frozenset[str]  # events.participants.ATTACK_PREPS
    series_words: frozenset[str]  # events.participants.SERIES_WORDS
    affiliation_preps: frozenset[str]  # events.participants.AFFILIATION_PREPS
    attribution_words: frozenset[str]  # events.participants.ATTRIBUTION_WORDS
    attribution_links: frozenset[str]  # events.participants.ATTRIBUTION_LINKS
    referring_words: frozenset[str]  # events.participants.REFERRING_WORDS
    body_heads: frozenset[str]  # events.participants.BODY_HEADS
    background_leads: frozenset[str]  # events.framing (twenty-first session), multi-word
    copula_pronouns: frozenset[str]  # events.framing (twenty-first session)
    ordinal_words: frozenset[str]  # events.framing (twenty-first session)
    short_spans: frozenset[str]  # events.framing (twenty-first session)
    life_periods: frozenset[str]  # events.framing (twenty-first session)
    recall_verbs: frozenset[str]  # events.framing (twenty-first session)
    long_ago_units: frozenset[str]  # events.framing (twenty-first session)
    campaign_frequencies: frozenset[str]  # events.framing (twenty-first session, second round)


_ORDERED = frozenset({"object_pronouns", "third_person_pronouns", "past_third_endings"})


@per_lexicon
def grammar_words() -> GrammarWords:
    """The grammar dictionaries of the lexicon set in use, read and checked once per set."""
    files = category_files(current_lexicon_dirs(), GRAMMAR_KIND)
    return GrammarWords(**read_categories(files, (f.name for f in fields(GrammarWords)),
                                          _ORDERED))


# the words.json categories of negation particles: those that may stand before a noun or a verb
# (لا، ليس، ليست), and those a verb always follows (لم، لن)
NEGATIONS, VERB_NEGATIONS = "negations", "verb_negations"


def negation_particles(word_entries: Iterable[dict]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(negations, verb negations): the words of the words.json categories `negations` and
    `verb_negations` among `word_entries` (the entries of the dictionaries of kind words), bare
    and folded, in file order. The one reader of both lists: the quotes stage takes both, bare
    and after و; the amounts stage the verb negations, bare and after و or ف."""
    negations: list[str] = []
    verb_negations: list[str] = []
    for e in word_entries:
        if e.get("category") == NEGATIONS:
            negations += (fold(w) for w in e["words"])
        elif e.get("category") == VERB_NEGATIONS:
            verb_negations += (fold(w) for w in e["words"])
    return tuple(negations), tuple(verb_negations)
