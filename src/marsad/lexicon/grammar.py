"""Function words as data: the categories of `lexicon/data/grammar.json` (kind `grammar`) and
the negation particles of words.json, for the rules that read them as exact folded words.

`grammar_words()` reads the grammar dictionaries of the lexicon set in use (the built-in file,
and a user's files of kind grammar: their words join the categories of the same name) once per
process per lexicon set, schema-checked, every word folded (and the values of a category of
values). The actors, dates and events stages read the set of their pipeline (they enter it
around their work); the quotes stage takes its pipeline's grammar words when it is built. See
docs/dictionaries.md, ### grammar.
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
    """The categories of grammar.json, folded: frozensets, but the ordered ones (tuples) and the
    categories of values (dicts: folded word -> folded word)."""

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
    place_preps: frozenset[str]  # events.placing.PLACE_PREPS (twenty-second session)
    position_words: frozenset[str]  # events.placing.POSITION_WORDS
    site_words: frozenset[str]  # events.placing.SITE_WORDS
    building_words: frozenset[str]  # events.placing.BUILDING_WORDS
    place_head_nouns: frozenset[str]  # events.placing.PLACE_HEAD_WORDS, with the proclitics:
    place_head_proclitics: frozenset[str]  # (events.placing.place_head_words())
    origin_preps: frozenset[str]  # events.placing.ORIGIN_PREPS
    where_words: frozenset[str]  # events.placing.WHERE_WORDS
    envoy_nouns: frozenset[str]  # events.placing.ENVOY_WORDS, with the proclitics:
    envoy_proclitics: frozenset[str]  # (events.placing.envoy_words())
    after_comma_openers: frozenset[str]  # events.placing.AFTER_COMMA_OPENERS
    place_clause_openers: frozenset[str]  # events.placing.PLACE_CLAUSE_OPENERS
    in_preps: frozenset[str]  # events.placing.IN_PREPS
    list_joiners: frozenset[str]  # events.placing.LIST_JOINERS
    happening_nouns: frozenset[str]  # events.placing.HAPPENING_NOUNS, with the proclitics:
    happening_proclitics: frozenset[str]  # (events.placing.happening_words())
    envoy_pronouns: tuple[str, ...]  # events.placing.ENVOY_PRONOUNS
    post_preps: frozenset[str]  # events.placing.POST_PREPS
    subject_verbs: frozenset[str]  # actors.coref._VERBS (with ت، وا: actors.coref.verb_set())
    subject_complementizers: frozenset[str]  # actors.coref.COMPLEMENTISERS
    focus_locative_preps: frozenset[str]  # actors.coref.LOCATIVE_PREPOSITIONS
    non_verb_openers: frozenset[str]  # actors.coref.PREPOSITIONS
    describe_verbs: frozenset[str]  # actors.coref.DESCRIBE_VERBS
    possessed_offices: frozenset[str]  # actors.coref (twenty-fourth session): سفيرها، وزيره
    office_proclitics: frozenset[str]  # actors.coref (twenty-fourth session, review)
    office_group_preps: frozenset[str]  # actors.coref (twenty-fourth session, review)
    person_plurals_in_ta: frozenset[str]  # actors.body_mentions (twenty-fourth session)
    background_leads: frozenset[str]  # events.framing (twenty-first session), multi-word
    copula_pronouns: frozenset[str]  # events.framing (twenty-first session)
    ordinal_words: frozenset[str]  # events.framing (twenty-first session)
    short_spans: frozenset[str]  # events.framing (twenty-first session)
    life_periods: frozenset[str]  # events.framing (twenty-first session)
    recall_verbs: frozenset[str]  # events.framing (twenty-first session)
    recall_homographs: frozenset[str]  # events.framing (twenty-first session, review)
    recall_leads: frozenset[str]  # events.framing (twenty-first session, review)
    joined_was: frozenset[str]  # events.framing (twenty-first session, review)
    before_words: frozenset[str]  # events.framing.BEFORE (twenty-first session, review)
    long_ago_units: frozenset[str]  # events.framing (twenty-first session)
    prepositions: frozenset[str]  # events.roles.PREPOSITIONS
    clause_openers: frozenset[str]  # events.roles.CLAUSE_OPENERS
    complementizers: frozenset[str]  # events.roles.COMPLEMENTIZERS
    conjunctive_preps: frozenset[str]  # events.roles.CONJUNCTIVE_PREPS
    agentive_preps: frozenset[str]  # events.roles.AGENTIVE_PREPS
    belonging_adjectives: frozenset[str]  # events.roles.BELONGING
    relative_pronouns: frozenset[str]  # events.roles.RELATIVES
    quantifiers: frozenset[str]  # events.roles.QUANTIFIERS
    member_words: frozenset[str]  # events.roles.MEMBER_WORDS
    quantifier_adjectives: frozenset[str]  # events.roles.QUANTIFIER_ADJECTIVES
    count_words: frozenset[str]  # events.roles.COUNT_WORDS
    instrument_phrases: frozenset[str]  # events.roles.INSTRUMENT_PHRASES
    non_actor_subjects: frozenset[str]  # events.roles.NON_ACTOR_SUBJECTS
    reaction_verbs: frozenset[str]  # events.roles.REACTION_VERBS
    receiving_verbs: frozenset[str]  # events.roles.RECEIVING_VERBS
    lam_pronouns: frozenset[str]  # events.roles.LAM_PRONOUNS
    place_nouns: frozenset[str]  # events.roles.PLACE_NOUNS
    nisba_endings: tuple[str, ...]  # events.roles.NISBA_ENDINGS
    not_clitic: frozenset[str]  # events.roles.NOT_CLITIC
    apposition_gap: frozenset[str]  # events.roles.APPOSITION_GAP
    title_links: frozenset[str]  # events.roles.TITLE_LINKS
    pronoun_pp_preps: dict[str, str]  # events.roles.PRONOUN_PP_PREPS
    qad_words: frozenset[str]  # events.roles.QAD_WORDS
    property_nouns: frozenset[str]  # events.roles.PROPERTY_NOUNS
    subject_pronoun_clauses: frozenset[str]  # events.roles.SUBJECT_PRONOUN_CLAUSES
    impersonal_next: frozenset[str]  # events.roles.IMPERSONAL_NEXT
    contrastives: frozenset[str]  # events.roles.CONTRASTIVES
    setting_preps: frozenset[str]  # events.roles.SETTING_PREPS
    relational_nouns: frozenset[str]  # events.roles.RELATIONAL_NOUNS
    border_nouns: frozenset[str]  # events.roles.BORDER_NOUNS
    gathering_verbs: frozenset[str]  # events.roles.GATHERING_VERBS
    holding_verbs: frozenset[str]  # events.roles.HOLDING_VERBS
    with_words: frozenset[str]  # events.roles.WITH_WORDS
    speaker_stops: frozenset[str]  # quotes.grammar.PREPS
    quote_relatives: frozenset[str]  # quotes.grammar.RELATIVES
    quote_aux: frozenset[str]  # quotes.grammar.AUX
    quote_pronouns: frozenset[str]  # quotes.grammar.PRONOUNS
    quote_demonstratives: frozenset[str]  # quotes.grammar.DEMONSTRATIVES
    time_clause_openers: frozenset[str]  # quotes.grammar.TIME_CLAUSE_OPENERS
    time_clause_openers_an: frozenset[str]  # quotes.grammar.TIME_CLAUSE_OPENERS_AN
    quote_concessives: frozenset[str]  # quotes.grammar.CONCESSIVES
    quote_without: frozenset[str]  # quotes.grammar.WITHOUT
    quote_exceptions: frozenset[str]  # quotes.grammar.EXCEPTIONS
    noun_participles: frozenset[str]  # quotes.grammar.NOUN_PARTICIPLES
    noun_preps: frozenset[str]  # quotes.grammar.NOUN_PREPS
    quote_quantifiers: frozenset[str]  # quotes.grammar.QUANTIFIERS
    addressee_pps: frozenset[str]  # quotes.grammar.PRON_PREP
    in_it_pps: frozenset[str]  # quotes.grammar.IN_IT
    time_heads: frozenset[str]  # quotes.grammar.TIME_HEADS
    time_tails: frozenset[str]  # quotes.grammar.TIME_TAIL
    time_phrases: frozenset[str]  # أول من أمس: a time phrase of words (twenty-first session)
    outlet_nouns: frozenset[str]  # quotes.grammar.OUTLET_NOUNS
    pronoun_bearing_preps: frozenset[str]  # quotes.grammar.PREP_PRONOUN
    attached_pronouns: frozenset[str]  # quotes.grammar.PREP_PRONOUN
    name_compound_heads: frozenset[str]  # actors.person_names.COMPOUND_HEADS
    name_compound_tails: frozenset[str]  # actors.person_names.COMPOUND_TAILS
    nisba_heads: frozenset[str]  # actors.person_names.NISBA_HEADS
    imam_titles: frozenset[str]  # actors.person_names.IMAM_TITLES
    name_particles: frozenset[str]  # actors.person_names.NAME_PARTICLES
    given_also_words: frozenset[str]  # actors.person_names.GIVEN_ALSO_WORDS
    lone_given_words: frozenset[str]  # actors.person_names.LONE_GIVEN_WORDS
    org_nouns: frozenset[str]  # actors.person_names.ORG_NOUNS
    construct_plurals: frozenset[str]  # actors.person_names.CONSTRUCT_PLURALS
    club_nouns: frozenset[str]  # actors.person_names.CLUB_NOUNS
    name_closing_words: frozenset[str]  # actors.person_names.CLOSING_WORDS
    speaker_closers: frozenset[str]  # actors.person_names.SPEAKER_CLOSERS
    compound_given_heads: frozenset[str]  # actors.person_names.COMPOUND_GIVEN
    royal_titles: frozenset[str]  # actors.person_names.ROYAL_TITLES
    cue_epithets: frozenset[str]  # actors.person_names.CUE_EPITHETS
    kin_words: frozenset[str]  # actors.person_names.KIN_WORDS
    slavic_women_endings: tuple[str, ...]  # actors.person_names.SLAVIC_WOMEN_ENDINGS
    slavic_endings: tuple[str, ...]  # actors.person_names.SLAVIC_ENDINGS
    apposition_nouns: frozenset[str]  # actors.composer_base.APPOSITION_NOUNS
    name_place_nouns: frozenset[str]  # actors.composer_base.PLACE_NOUNS
    compass_words: frozenset[str]  # actors.composer_base.COMPASS_WORDS
    name_ordinals: frozenset[str]  # actors.composer_base.ORDINALS
    name_time_words: frozenset[str]  # actors.composer_base.TIME_WORDS
    institution_adjectives: frozenset[str]  # actors.composer_base.INSTITUTION_ADJECTIVES
    name_epithets: frozenset[str]  # actors.composer_base.EPITHETS
    accusative_words: frozenset[str]  # actors.composer_base.ACCUSATIVE_WORDS
    background_preps: frozenset[str]  # events.clauses.BACKGROUND_PREPS
    cause_preps: frozenset[str]  # events.clauses.CAUSE_PREPS
    background_spans: frozenset[str]  # events.clauses.BACKGROUND_SPANS
    an_words: frozenset[str]  # events.clauses.AN
    clause_start_words: frozenset[str]  # events.clauses.CLAUSE_START_WORDS
    demonstratives: frozenset[str]  # events.clauses.DEMONSTRATIVES
    simultaneous_preps: frozenset[str]  # events.clauses.SIMULTANEOUS
    that_particles: frozenset[str]  # events.clauses.THAT
    arrival_that: frozenset[str]  # events.clauses.THAT_WORDS, with that_particles
    kana_forms: frozenset[str]  # events.clauses.KANA
    clause_relatives: frozenset[str]  # events.clauses.RELATIVES
    governed_preps: frozenset[str]  # events.clauses.GOVERNED_PREPS
    results_to: frozenset[str]  # events.clauses.RESULTS_TO
    results_of: frozenset[str]  # events.clauses.RESULTS_OF
    results_in: frozenset[str]  # events.clauses.RESULTS_IN
    toll_taking_verbs: frozenset[str]  # events.clauses.RESULTS_BY, with results_in
    results_left: frozenset[str]  # events.clauses.RESULTS_LEFT
    span_preps: frozenset[str]  # events.clauses.SPAN_PREPS
    short_while: frozenset[str]  # events.clauses.SPAN_UNITS, with background_spans
    intensity_adjectives: frozenset[str]  # events.clauses.INTENSITY_ADJECTIVES
    then_words: frozenset[str]  # events.clauses.THEN
    time_adverbs: frozenset[str]  # events.clauses.TIME_ADVERBS
    doing_verbs: frozenset[str]  # events.clauses.DOING_VERBS
    attack_nouns: frozenset[str]  # events.clauses.ATTACK_NOUNS
    fronting_words: frozenset[str]  # events.clauses.FRONTING_WORDS
    unscoping_words: frozenset[str]  # actors.place_mentions (twenty-first session)
    home_proclitics: frozenset[str]  # actors.place_mentions (twenty-first session, review)
    campaign_frequencies: frozenset[str]  # events.framing (twenty-first session, second round)
    army_nouns: frozenset[str]  # actors.body_mentions (was _ARMY, _ARMY_PREFIXES)
    clause_verbs: frozenset[str]  # events.placing (twenty-first session, review)
    unnamed_report_verbs: frozenset[str]  # events.modality (twenty-second session)
    unnamed_report_nouns: frozenset[str]  # events.modality (twenty-second session)
    unnamed_report_preps: frozenset[str]  # events.modality (twenty-second session)
    unnamed_report_passives: frozenset[str]  # events.modality (twenty-second session)
    background_happened_verbs: frozenset[str]  # events.framing (twenty-second session)
    background_naming_verbs: frozenset[str]  # events.framing (twenty-second session)
    ranking_demonstratives: frozenset[str]  # events.framing (twenty-second session)
    report_continuers: frozenset[str]  # events.modality (twenty-second session, review)

    landing_preps: frozenset[str]  # events.placing (twenty-second session)
    struck_area_nouns: frozenset[str]  # events.placing (twenty-second session)
    decision_nouns: frozenset[str]  # events.placing (twenty-second session)

    branch_nouns: frozenset[str]  # actors.patrons (twenty-second session)
    named_group_heads: frozenset[str]  # actors.patrons (twenty-second session)

    feminine_given_words: frozenset[str]  # quotes.speakers (twenty-second session)
    dual_construct_titles: frozenset[str]  # quotes.speakers (twenty-second session)
    pair_pronouns: frozenset[str]  # quotes.speakers (twenty-second session)
    latter_words: frozenset[str]  # quotes.speakers (twenty-second session)
    ranked_act_heads: frozenset[str]  # events.framing (twenty-second session, h9)
    falling_verbs: frozenset[str]  # events.detection (twenty-second session, h9)
    during_openers: frozenset[str]  # events.dating (twenty-second session, review)
    clause_time_units: frozenset[str]  # events.dating (twenty-second session, review)

    ali_name_verbs: frozenset[str]  # actors.person_names (twenty-second session)
    embassy_nouns: frozenset[str]  # actors.compose (twenty-second session)

    addressee_nouns: frozenset[str]  # quotes.speakers (twenty-second session, review)
    prolonged_conflict_nouns: frozenset[str]  # events.detection (twenty-second session, review)
    toll_span_openers: frozenset[str]  # events.detection (twenty-second session, review)
    toll_span_units: frozenset[str]  # events.detection (twenty-second session, review)

    plural_relative_pronouns: frozenset[str]  # events.participants (twenty-second, review)
    plural_verb_endings: tuple[str, ...]  # events.participants (twenty-second, review)
    many_quantifiers: frozenset[str]  # events.framing (twenty-fourth session)
    chronology_leads: frozenset[str]  # events.framing (twenty-fourth session)
    chronology_topics: frozenset[str]  # events.framing (twenty-fourth session)

    unnamed_victim_nouns: frozenset[str]  # events.participants (twenty-fourth session)
    victim_toll_words: frozenset[str]  # events.participants (twenty-fourth session)
    victim_toll_verbs: frozenset[str]  # events.participants (twenty-fourth session)
    victim_count_words: frozenset[str]  # events.participants (twenty-fourth session)
    projectile_nouns: frozenset[str]  # events.participants (twenty-fourth session)
    counted_role_nouns: dict[str, str]  # events.participants (twenty-fourth session)
    toll_verb_complements: frozenset[str]  # events.participants (twenty-fourth, review 2)
    toll_denials: frozenset[str]  # events.participants (twenty-fourth, review 2)
    coordinated_heads: frozenset[str]  # events.roles (twenty-fifth, h7)
    foe_nouns: frozenset[str]  # events.roles (twenty-fifth, h7)
    today_words: frozenset[str]  # events.dating (twenty-fifth session)
    same_day_words: frozenset[str]  # events.dating (twenty-fifth session)
    present_state_words: frozenset[str]  # events.dating (twenty-fifth session)
    until_words: frozenset[str]  # events.dating (twenty-fifth session)
    opposed_preps: frozenset[str]  # events.participants (twenty-fifth session)
    topic_particles: frozenset[str]  # events.framing (twenty-fifth session, h9)
    topic_answers: frozenset[str]  # events.framing (twenty-fifth session, h9)
    prohibition_words: frozenset[str]  # events.framing (twenty-fifth session, h9)
    judgement_words: frozenset[str]  # events.framing (twenty-fifth session, h9)
    judged_openers: frozenset[str]  # events.framing (twenty-fifth session, h9)
    generic_victims: frozenset[str]  # events.framing (twenty-fifth session, h9)
    armed_person_heads: frozenset[str]  # actors.body_mentions (twenty-fifth session, h10)
    kind_heads: frozenset[str]  # events.detection (twenty-sixth session, h3)
    readiness_participles: frozenset[str]  # events.detection (twenty-sixth session, h3)
    becoming_verbs: frozenset[str]  # events.framing (twenty-sixth session, h3)
    frequency_predicates: frozenset[str]  # events.framing (twenty-sixth session, h3)
    unit_nouns: frozenset[str]  # events.roles (twenty-sixth session, h4)
    every_words: frozenset[str]  # events.framing (twenty-sixth session, h9)


_ORDERED = frozenset({"object_pronouns", "third_person_pronouns", "past_third_endings",
                      "nisba_endings", "slavic_women_endings", "slavic_endings",
                      "envoy_pronouns", "plural_verb_endings"})
# categories of values, word -> word (a preposition with its pronoun -> the preposition)
_VALUES = ("pronoun_pp_preps",)


@per_lexicon
def grammar_words() -> GrammarWords:
    """The grammar dictionaries of the lexicon set in use, read and checked once per set."""
    files = category_files(current_lexicon_dirs(), GRAMMAR_KIND)
    categories = read_categories(files, (f.name for f in fields(GrammarWords)), _ORDERED)
    for name in _VALUES:  # (the loader folds the keys; these values are words too)
        categories[name] = {k: fold(v) for k, v in categories[name].items()}
    return GrammarWords(**categories)


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
