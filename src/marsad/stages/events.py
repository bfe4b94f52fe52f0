"""Stage 'events': Arabic verb/noun/phrase patterns → CAMEO/PLOVER events with source, target,
modality, date and place, merged within the article.

For each sentence (not pull quotes, credits or captions) the compiled events dictionary
(`marsad.events.patterns`) finds triggers; `marsad.events.roles` finds the source and target from
the actor mentions around them (VSO and SVO subjects, preposition targets, direct objects,
coordination giving one dyad per pair, passives, verbal nouns, the implicit subject carried from
earlier sentences); `marsad.events.modality` says whether the event is asserted, negated, future,
threatened...; the date comes from a date expression of the same sentence, else the article's
default (the lead's relative date, else the publication date); the place from a GPE after في/إلى
or the dateline. The same event reported twice becomes one Event with several `mentions`.
This module is the loop over sentences and triggers; the rules it applies live in
`marsad.events` by concern (`detection`, `framing`, `participants`, `dating`, `placing`,
`merging`, `clauses`), the first three with mixin classes of this stage's methods.

Verbal events (CAMEO roots 01–13 and 15–17 unless the entry is `monadic`) are kept only with both
a source and a target; protests, assaults and the like need a source actor (the target may be
unknown). With `keep_unknown_source=True` they are kept without one (the source is then an empty
ActorRef with actor_code None): detection scoring uses that. A person no dictionary codes is a
source or target like any actor, with his name and actor_code None (GDELT keeps such actors: the
object or PP target when no coded actor fills the slot, `ParticipantRules._uncoded_target`; the
subject after or right before the verb, `roles.postverbal_subject` / `preverbal_subject`), or
the country of a nisba right after his name as his code (`roles.build_mentions`).

Violence and protest vocabulary is often used without reporting an event; `marsad.events.register`
reads the sentence's register (judicial, statistics, opinion, culture, commemoration) and its
signs of a happening, which set the modality, drop references, and are listed in
`evidence["signs"]`.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import groupby
from operator import attrgetter
from typing import Any

from marsad.actors.clitics import STATE_KEY as CLITIC_STARTS
from marsad.document import ActorRef, Document, Entity, Mention as EvMention, Event
from marsad.events import evaluations, roles
from marsad.events.clauses import (TOLL_CODES, _Listed, _adjective_form, _is_nominal, _purpose,
                                   _quote_reporter, _quote_spans, _security_force, _verb_flags,
                                   joined_reporters)
from marsad.events.conjugate import past_forms
from marsad.events.dating import (_as_history, _default_date, _event_date, _is_later, _is_old,
                                  _long_past_sentence, _news_day, _share_coordinated_date,
                                  _take_cause_time, _undated_news, _years, chronology_line_date,
                                  today_positions)
from marsad.events.detection import (NOUN_EVIDENCE, TriggerReading, _as_support_rally, _attacked,
                                     _describes_attack, _final_shadda_misread, _governed, _impose,
                                     _in_quoted_name, _object_word_at, _occurrence, _scare_quoted,
                                     _sign_kinds, _violence_done)
from marsad.events.framing import (ModalityRules, _continues, _describes_a_noun,
                                   accusing_forms, background_attack_described,
                                   _ends_in_example_list, _given_as_example, _imperative,
                                   _instrument_modality, _joined_to_background, _manner, _motive,
                                   _result_verb, _that_not_before, _told_in_quote, _unquoted)
from marsad.events.incidents import share_incident_sides
from marsad.events.merging import _merge
from marsad.events.modality import modality, told_by_unnamed_source
from marsad.events.participants import (EARLIER_SENTENCES, HOLD_CODES, REDUCE_RELATIONS,
                                        ParticipantRules,
                                        STATE_BATTLE_DEAD, STATE_EARLIER_VIEWS,
                                        STATE_LAST_ACT,
                                        STATE_LAST_HOLD, STATE_LAST_OBJECT,
                                        STATE_LAST_SUBJECT, STATE_LAST_SUBJECT_VERB, _backed_by,
                                        _cause_doer, _dyads, _fronted_in_pronoun, _is_passive,
                                        _is_refugee, _passive_before_min, _relative_passive,
                                        _reporter, _result_cause, _same_ref,
                                        _shared_fronted_subject, _speaker_of_cue,
                                        _subject_before_quote, _subject_of_result,
                                        _unvocalised_passive, _victims, _who_arrives,
                                        _with_pronoun_target, _joined_act_target,
                                        landed_people, people_of_places,
                                        site_at_home, unnamed_victims)
from marsad.events.patterns import (CompiledEvents, Pattern, Trigger, compile_events, find_triggers,
                                    sentence_words, word_keys)
from marsad.events.placing import (_dateline_for, _datelines, _here, _place, _places_of_visits,
                                   _protest_site, locate, place_features, placing_words,
                                   publication_country, publication_places, visit_place)
from marsad.events.register import GUARDED, Register, VIOLENCE, read_register
from marsad.lexicon.categories import reading_lexicon
from marsad.lexicon.countries import lexicon_country_names
from marsad.lexicon.grammar import grammar_words
from marsad.lexicon.outlets import outlet_index
from marsad.events.roles import SentenceView
from marsad.text.normalize import DROPPED_RE, fold, strip_conj, with_conj

_SENTENCE_OF = attrgetter("sentence")  # a token's sentence index


SKIPPED_KINDS = frozenset({"pull_quote", "credit", "caption"})


class _ContextLists(dict):
    """The events dictionary's word lists (`CompiledEvents.contexts`) by name, a name it lacks
    giving the empty set, as `EventStage._context` gives them: its `__getitem__` is a C call."""

    __slots__ = ()

    def __missing__(self, name: str) -> frozenset[str]:
        return frozenset()


STATE_IN_PLOT = "events.in_plot"  # the sentence tells the story of a film, a novel, a series
# an act of violence was told as done in an earlier sentence of the article
STATE_VIOLENCE_TOLD = "events.violence_told"
# the ids of the events that a foiled noun referring back coded (أحبط الجيش الهجوم after the
# attack was told): mentions of the act told before, merged into it (`_merge`)
STATE_REFERRING = "events.referring_back"
# the ids of the events whose target `_joined_act_target` carried from the act before (قتل
# المسلحون ثلاثة جنود وجرحوا عشرة آخرين): another act on other people, never folded into that
# act by the merge (`_merge`'s `carried`)
STATE_CARRIED_TARGET = "events.carried_target"
# the sentence before ended inside a list of examples (مثل بناء الجدار وراء خط 1967.)
STATE_EXAMPLES_OPEN = "events.examples_open"
# where the items of a chronology begin in the sentence being coded (None: no chronology), and
# whether the last sentence opened one or was one of its items (twenty-fourth session)
STATE_CHRONOLOGY_FROM = "events.chronology_from"
# the countries the article's sentences named before the one being coded (placing)
STATE_TOLD_COUNTRIES = "events.told_countries"

# A definite verbal noun of protest (المظاهرات) refers to a protest already known unless the
# sentence anchors it as happening (وقعت، أمس، أسفرت عن مقتل).
DEFINITE_NEEDS_ANCHOR = frozenset({"PROTEST", "ASSAULT"})

DEFINITE_ANCHORS = frozenset({"casualties", "recent_time", "event_anchors", "protest_anchors"})
# A verbal noun of violence or protest reports a happening when the sentence shows at least this
# many kinds of signs of one besides the noun, one fewer when an eventive verb governs it
# (measured on the OEDA development split: see docs/accuracy.md; 1 keeps every noun with a sign).
NOUN_MIN_SIGNS = 3


def _noun_pronoun(noun: str) -> str:
    """The pronoun that stands for a noun as written: ها for one in ة or a plural in ات (العملية،
    الهجمات), ه for the others (هجوماً، التفجير)."""
    bare = DROPPED_RE.sub("", noun)
    return "ها" if bare.endswith(("ة", "ات", "اتٍ")) else "ه"


MARCH_ENTRY = "march"  # the events.json entry of مسيرة, see `_peace_process`
DISPERSE_PRONOUN_ENTRY = "disperse-them"  # the entry of فرقتهم, see `_protest_told`
REFUSE_PERMIT_ENTRY = "refuse-permit"  # رفض السماح ل X ب: a ban only of a protest told after it

# The object of أطلق / فتح / استخدم that is fire or force itself (أطلق الجنود النار، أطلقت الشرطة
# الغاز المسيل للدموع): the act, not a word for one
FIRING_OBJECTS = frozenset(fold(w) for w in ("النار", "الرصاص", "النيران", "نيران", "رصاص",
                                             "للدموع", "المطاطي", "المياه",
                                             # bombs thrown, aircraft shot down (the last word
                                             # of the light verb's object)
                                             "قنبلة", "قنابل", "يدوية", "حارقة", "مولوتوف",
                                             "ناسفة", "متفجرات", "المتفجرات", "عبوة", "عبوات",
                                             "طائرة", "طائرات", "طائرتي", "طائرتين", "مروحية",
                                             "مروحيات", "مروحيتين", "مقاتلة", "طيار", "حربية",
                                             "مسيرة"))

PLEDGE_ENTRY, THREAT_ENTRY = "intent", "threaten"  # events.json ids
BACKING_ROOTS = ("05", "07")  # support and aid: بدعم من، بمساعدة من

# Nouns of a building or a public place whose name follows them without guillemets (مستشفى
# النداء الإنساني، ميدان التحرير، ساحة الاعتصام): an event word right after one names the place.
PLACE_NAME_HEADS = frozenset(fold(w) for w in (
    "مستشفى", "مستشفيات", "مدرسة", "جامعة", "جامع", "مسجد", "شارع", "ساحة", "ميدان", "فندق",
    "مطار", "ملعب", "قاعة", "مجمع", "مخيم", "حي", "دوار", "جسر", "نصب"))

# `_listed_modality` of a violent trigger named as a topic (ملف الاغتيال): the members of its list
# are topics too, no events
TOPIC = "topic"


def _start_with_clitics(m: roles.Mention) -> int:
    """The start of mention `m`'s entity with the proclitics its span leaves out."""
    return m.clitic_start if m.clitic_start >= 0 else m.entity.start


class EventStage(TriggerReading, ModalityRules, ParticipantRules):
    """Options (`marsad.load(config={"events": {...}})`): `skip_kinds` (sentence kinds never
    coded; default pull quotes, credits, captions), `keep_unknown_source` (keep protests and
    attacks whose source is unknown, with an empty source reference; default False: an event row
    needs a source actor — `marsad eval-gsr` turns it on to score detection alone), `merge`
    (merge repeated reports into one event
    with mentions; default True), `noun_needs_occurrence` (a verbal noun of violence or protest
    counts only in a sentence with a number, quantity, amount or date; default True),
    `protest_target_from_place` (a protest with no stated target targets the country where it
    happens; default True), `read_register` (read the sentence's register and signs of a
    happening for violence and protests — `marsad.events.register` — default True),
    `noun_min_signs` (how many kinds of signs of a happening — a casualty, a weapon, a recent
    time, an eventive verb, a count — a sentence must show besides a verbal noun of violence or
    protest for the noun to report one, one fewer when an eventive verb governs the noun;
    default 3, see NOUN_MIN_SIGNS),
    `violence_target_from_context` (an attack with no target in its own slots targets the actor
    named right after it, its victims: هجوم … عن مقتل جنود باكستانيين; default True),
    `place_by_publication_country` (an event of a local story that nothing placed is placed in
    the country the article was published in, `doc.meta["country"]` or its outlet's:
    `placing.publication_places`; default True).
    When the quotes stage has run, a speech verb that is a quote's cue takes the quote's speaker
    and addressee where the sentence alone leaves them unclear (`_speaker_of_cue`)."""

    name = "events"
    requires = ("tokens", "entities", "dates", "amounts")
    assigns = ("events",)

    def __init__(self, resources, skip_kinds=SKIPPED_KINDS, keep_unknown_source: bool = False,
                 merge: bool = True, noun_needs_occurrence: bool = True,
                 protest_target_from_place: bool = True, read_register: bool = True,
                 noun_min_signs: int = NOUN_MIN_SIGNS, violence_target_from_context: bool = True,
                 place_by_publication_country: bool = True, **config: Any):
        self.resources = resources
        self.compiled: CompiledEvents = resources.get(
            "events.compiled", lambda r: compile_events(r.lexicon))
        # `_context(name)`, which the rules call some seventy thousand times a pass of 300
        # articles: a dictionary read in C, not a method's frame (nineteenth session)
        self._context = _ContextLists(self.compiled.contexts).__getitem__
        self.place_features = resources.get(
            "events.place_features", lambda r: place_features(r.lexicon))
        # the word lists of the placing rules (topics, lists, divisions: `placing_words`)
        self.placing_words = resources.get(
            "events.placing_words", lambda r: placing_words(self.compiled.contexts))
        self.skip_kinds = frozenset(skip_kinds)
        self.keep_unknown_source = keep_unknown_source
        self.merge = merge
        self.noun_needs_occurrence = noun_needs_occurrence
        self.protest_target_from_place = protest_target_from_place
        self.read_register = read_register
        self.noun_min_signs = noun_min_signs
        self.violence_target_from_context = violence_target_from_context
        self.place_by_publication_country = place_by_publication_country
        # (the countries a publication country may be: a code of no dictionary is none)
        self.place_countries = resources.get("events.place_countries", lambda r: frozenset(
            k.partition(":")[2] for k in self.place_features if k.startswith("country:")))
        # the words `_track_speech` stops at: a speech verb form, also after و/ف
        forms = self.compiled.speech_forms
        self._speech_words = forms | with_conj(f for f in forms if len(f) > 2)
        # the verbs of accusing, also with an object pronoun (`_charged_with`)
        self._accusing_forms: frozenset[str] = resources.get(
            "events.accusing_forms",
            lambda r: accusing_forms(self.compiled.contexts, r.lexicon_dirs))
        # the words of foiling, also after و/ف: a cheap test that none is near a trigger
        # (`_foil_before`; most sentences have none)
        foil = self.compiled.contexts.get("foil_governors", frozenset())
        self._foil_words = with_conj(foil)
        # the forms of the intransitive protest verbs (تظاهر، اعتصم، تجمّع…): with an object
        # pronoun they are no verb (تظاهرتنا is "our demonstration")
        self._intransitive = frozenset(
            f.text for w in self.compiled.contexts.get("intransitive_verbs", ())
            for f in past_forms(w))
        # the pattern a pledge of force is coded as (تعهد بسحق التمرد: a threat, not an intent)
        self._threat_pattern = next((i for i, p in enumerate(self.compiled.patterns)
                                     if p.id == THREAT_ENTRY), None)
        # nouns of a person (words.json "person_nouns": الكاتب، الخبير): a subject that names
        # no actor (`roles.nonactor_subject`)
        self.person_nouns: frozenset[str] = resources.get(
            "events.person_nouns", lambda r: frozenset(
                fold(w) for e in r.lexicon.entries("words")
                if e.get("category") == "person_nouns" for w in e["words"]))
        # indefinite broken plurals of persons (words.json "person_plurals": خبراء، علماء): a
        # subject right after a singular verb that names no actor (`_person_plural_subject`)
        self.person_plurals: frozenset[str] = resources.get(
            "events.person_plurals", lambda r: frozenset(
                fold(w) for e in r.lexicon.entries("words")
                if e.get("category") == "person_plurals" for w in e["words"]))

    # ------------------------------------------------------------------------------------------
    def __call__(self, doc: Document) -> None:
        # the grammar words the rules read (`grammar_words()`) are the pipeline's lexicon set's,
        # as in the dates and amounts stages (a user's grammar.json was not read here: review
        # of the nineteenth session)
        with reading_lexicon(self.resources.lexicon_dirs):
            self._code(doc)

    def _code(self, doc: Document) -> None:
        for key in (STATE_LAST_SUBJECT, STATE_LAST_OBJECT, STATE_LAST_SUBJECT_VERB,
                    STATE_VIOLENCE_TOLD, STATE_EXAMPLES_OPEN, STATE_LAST_ACT, STATE_LAST_HOLD,
                    STATE_BATTLE_DEAD, STATE_CHRONOLOGY_FROM):
            doc.state.pop(key, None)
        doc.state[STATE_REFERRING] = set()
        doc.state[STATE_CARRIED_TARGET] = set()
        # the tokens of each sentence, in order (a run of tokens of one sentence at a time; the
        # tokens outside any sentence, -1, may come in several runs)
        by_sent: dict[int, list] = {}
        for si, run in groupby(doc.tokens, _SENTENCE_OF):
            by_sent.setdefault(si, []).extend(run)
        ents: dict[int, list[Entity]] = {}
        for e in doc.entities:
            s = e.sentence if e.sentence >= 0 else doc.sentence_at(e.start)
            ents.setdefault(s, []).append(e)
        quotes = _quote_spans(doc)
        spans = [(q[0], q[1]) for q in quotes]
        relayed = _relayed_by_sentence(doc)
        default_date = _default_date(doc)
        datelines = _datelines(doc)
        events: list[tuple[Event, str]] = []  # with the id of the pattern that coded it
        analysed = {si: sentence_words(by_sent[si], self.compiled)  # (what _word gives)
                    for si, sent in enumerate(doc.sentences)
                    if sent.kind not in self.skip_kinds and by_sent.get(si)}
        sports_doc = self._sports_document(analysed.values()) or \
            self._arts_document(analysed.values())
        plot_until = None  # the last paragraph of the story of a work being told
        earlier: list = []
        told: set[str] = set()  # the countries of the sentences read (`STATE_TOLD_COUNTRIES`)
        doc.state[STATE_EARLIER_VIEWS] = earlier  # (paragraph, view) of the sentences before
        # the word lists every sentence's view reads (looked up once a document)
        lists = dict(person_nouns=self.person_nouns, person_plurals=self.person_plurals,
                     organ_nouns=self._context("organ_nouns"),
                     supporter_nouns=self._context("supporter_nouns"),
                     crowd_nouns=self._context("protest_crowds"),
                     group_nouns=self._context("group_nouns"),
                     singulars_in_un=self._context("singulars_in_un"),
                     fighter_nouns=self._context("fighter_nouns"),
                     name_heads=self._context("name_heads"),
                     ruling_adjectives=self._context("ruling_adjectives"))
        person_kinds = self._context("person_kinds") | self._context("person_nouns")
        identity_verbs = self._context("relative_identity_verbs")

        def tells_who(word: str) -> bool:  # (الذي يعمل في، الذي ينتمي إلى: who he is)
            return not identity_verbs.isdisjoint(stem for stem, _ in word_keys(strip_conj(word)))
        verb_starts: dict[int, list[int]] = {}
        for si, (words, keys, taa) in analysed.items():
            toks = by_sent[si]
            plot_until = self._plot_until(doc.sentences[si], keys, toks, plot_until)
            doc.state[STATE_IN_PLOT] = plot_until is not None and \
                doc.sentences[si].paragraph <= plot_until
            verbs, own_letter = self._verb_positions(words)
            verb_starts[si] = [toks[i].start for i in verbs]  # (the merge's own dates)
            view = SentenceView(si, toks, words, verbs=verbs, own_letter=own_letter,
                                sports_document=sports_doc, **lists)
            view.today = today_positions(doc, view)
            sent_ents = sorted(ents.get(si, []), key=lambda e: e.start)
            # (only the quotes that may hold one of these entities' starts)
            lo, hi = (sent_ents[0].start, sent_ents[-1].start) if sent_ents else (0, -1)
            roles.build_mentions(view, sent_ents, [(a, b) for a, b in spans if a <= hi and b > lo],
                                 doc.text, doc.state.get(CLITIC_STARTS))
            # الرجل الذي هاجم الحراس: a person the relative clause identifies
            roles.add_identified_persons(view, person_kinds, tells_who)
            dateline_place = _dateline_for(doc, datelines, doc.sentences[si])
            # (the countries the article named before this sentence: a far place of the only
            # one of them is no homograph of a town elsewhere, `placing._country_told_again`)
            doc.state[STATE_TOLD_COUNTRIES] = frozenset(told)
            # (the items of a chronology: what the sentence tells after their start is history)
            open_list = doc.state.get(STATE_CHRONOLOGY_FROM) is not None
            doc.state[STATE_CHRONOLOGY_FROM] = self.chronology_start(
                view, keys, open_list, _line_date_recent(doc, view) if open_list else None)
            coded = self._code_sentence(doc, view, quotes, default_date, dateline_place,
                                        (keys, taa), relayed.get(si, ()))
            if _violence_done(coded):
                doc.state[STATE_VIOLENCE_TOLD] = True
            doc.state[STATE_EXAMPLES_OPEN] = _ends_in_example_list(view)
            # the sentences a pronoun's referent may be sought in (`_earlier_referent`)
            earlier.append((doc.sentences[si].paragraph, view))
            told.update(e.country for e in sent_ents if e.country)
            del earlier[:-EARLIER_SENTENCES]
            events += coded
        doc.state.pop(STATE_IN_PLOT, None)
        doc.state.pop(STATE_EARLIER_VIEWS, None)
        doc.state.pop(STATE_TOLD_COUNTRIES, None)
        referring = doc.state.pop(STATE_REFERRING)
        carried_ids = doc.state.pop(STATE_CARRIED_TARGET)
        doc.events = _merge(events, referring, doc, self.placing_words,
                            carried_ids, verb_starts) if self.merge else \
            [ev for ev, _ in events]
        _places_of_visits(doc, doc.events)
        locate(doc, doc.events, self.place_features, self.placing_words.region_heads)
        if self.place_by_publication_country and doc.events:
            # (the place of last resort: the country the article was published in)
            publication_places(doc, doc.events, self.place_features, publication_country(
                doc.meta, outlet_index(self.resources), doc.published, self.place_countries,
                lexicon_country_names(self.resources)))
        for ev in doc.events:  # `reported_by` first in `reporters`; none when it is None
            ev.reporters = joined_reporters(ev.reported_by, *ev.reporters) \
                if ev.reported_by is not None else []

    def _plot_until(self, sent, keys, toks, plot_until: int | None) -> int | None:
        """The last paragraph of a work's story, after the sentence: a sentence naming a work
        (`register_culture`: فيلم، رواية، مسلسل) and a word of its story (`plot_words`:
        أحداث، البطل، المشهد، يروي) opens the story for the rest of its paragraph, and for the
        next one too when it ends with a colon (نجد هذا المشهد:); a word of story in the
        paragraph after carries it on (المشهد التالي، …). Was `plot_until`."""
        # (a word is in a list when one of its keys is, as `context_names` tells: so the
        # sentence has a word of a list when the keys of one of its words meet the list, a
        # test of each word's keys run by `map` in C; most sentences have no word of story)
        if all(map(self._context("plot_words").isdisjoint, keys)):
            return plot_until
        if not all(map(self._context("register_culture").isdisjoint, keys)) or \
                plot_until is not None and sent.paragraph <= plot_until + 1:
            return sent.paragraph + (1 if toks[-1].text == ":" else 0)
        return plot_until

    def _verb_positions(self, words: list[str]) -> tuple[frozenset[int], frozenset[int]]:
        """(`SentenceView.verbs`, `SentenceView.own_letter`): the positions of the words that are
        verb forms of the events or speech dictionary (بحث، تطالب), and of the nouns beginning
        (after و/ف) with ب، ل or ك that it reads with that letter as their own (لقائه، بيان).
        Both depend on the word alone: one cached lookup per word (`_verb_flags`)."""
        c = self.compiled
        cache = c.verb_cache
        get = cache.get
        verbs, own = [], []
        for i, w in enumerate(words):
            flags = get(w)
            if flags is None:
                flags = _verb_flags(c, w)
                if len(cache) > 500_000:
                    cache.clear()
                cache[w] = flags
            if flags[0]:
                verbs.append(i)
            elif flags[1]:
                own.append(i)
        return frozenset(verbs), frozenset(own)

    # ------------------------------------------------------------------------------------------
    def _code_sentence(self, doc, view: SentenceView, quotes, default_date, dateline_place,
                       analysis, relayed=()):
        """The events of one sentence; `relayed`: its indirect quotes' content spans with their
        speakers (`_relayed_by_sentence`)."""
        c = self.compiled
        keys, taa = analysis  # (`sentence_words`: the match keys and ة flags of the words)
        out: list[tuple[Event, str]] = []
        reg: Register | None = None
        past_reg: Register | None = None
        violent_verb_last: int | None = None  # the last token of the last verb of violence
        violent_last: int | None = None  # the last token of the last trigger of violence
        # the triggers of violence so far, each with the modality a governor gives it or the
        # list it ends (`_listed_modality`)
        listed: list[_Listed] = []
        topic_last = -2  # the last token of the last trigger named as a topic (ملف الهجمات)
        triggers = find_triggers(view.words, c, keys, taa)
        # (the sentence's years, which only its triggers' rules read: none sought without one)
        years = _years(view) if triggers else frozenset()
        # where a verbal noun of violence begins (an aim verb's object: تستهدف تفجير السفارة)
        violent_nouns = frozenset(t.first for t in triggers if _is_nominal(t) and
                                  c.patterns[t.pattern].plover in VIOLENCE)
        for trig in triggers:
            if trig.first == topic_last + 1 and _is_nominal(trig) and \
                    _adjective_form(view.words[trig.first]):
                topic_last = trig.last
                continue  # (ملف الهجمات) الانتحارية: the adjective of the topic, no event
            head_tok = view.tokens[trig.head]
            # (from the start with the proclitics: للانتحاري is a mention, not an act)
            if any(_start_with_clitics(m) <= head_tok.start < m.entity.end
                   for m in view.mentions + view.places):
                continue  # part of a name: سامح شكري is not شكر
            pat = c.patterns[trig.pattern]
            if pat.plover in VIOLENCE and _manner(view, trig, violent_verb_last):
                continue  # قتل عشرة صيادين ذبحاً، أعدم ثلاثة شنقاً: how the act was done
            if pat.plover in VIOLENCE and not _is_nominal(trig):
                violent_verb_last = trig.last
            if self._misread(keys, trig) or self._noun_before_nisba(view, keys, trig):
                continue
            if pat.cameo == "143" and self._hit_not_strike(view, keys, trig):
                continue  # اضربوا بيد من حديد: the imperative "hit!", no strike
            if pat.plover in VIOLENCE:
                violent_last = trig.last
            if view.sports_document and pat.plover not in GUARDED:
                continue  # a complaint to FIFA, talks with a player: sport, not politics
            if _final_shadda_misread(head_tok.text, trig):
                continue  # وعدّ: و + عدّ "considered", not وعد "promised"
            if _in_quoted_name(view, trig):
                continue  # شركة «جدوى للاستثمار»، عملية «عاصفة الحزم»: a name, no event
            if pat.plover not in GUARDED and self._body_purpose(view, trig):
                continue  # التحالف العربي لدعم الشرعية: the name or purpose of a body, no event
            if pat.plover not in GUARDED and self._in_frame(view, trig):
                continue  # في إطار التشاور المستمر والتنسيق الدائم: the frame of another act
            if trig.first > 0 and view.words[trig.first - 1] in PLACE_NAME_HEADS:
                continue  # مستشفى النداء الإنساني، ساحة الاعتصام: a place's name, no event
            if pat.plover in GUARDED and _scare_quoted(view, trig):
                continue  # الشرطة «خطفته» من النافذة: a word set apart, used loosely
            if pat.plover in VIOLENCE and _imperative(view, trig):
                continue  # «فجّروا، فجّروا السفارة»، اقتلوهم!: an order or a slogan, no report
            if self._other_noun_after_prep(view, trig):
                continue  # وفي ضربته، عند فجر: another noun, no verb
            if trig.form.tense == "participle" and view.words[trig.head].endswith("ي") and \
                    "e" not in trig.strip:
                continue  # مطلقي الصواريخ: a plural participle in construct names the doers
            if self._masdar_reading(view, trig) or self._received_object(view, trig) or \
                    self._joined_toll(view, trig) is not None or (
                    pat.plover not in GUARDED and self._agent_then_lam(view, trig)):
                # عملية خطف، في قتل، مقتل الضابط وجرح جنديين: the verbal noun, not the past verb
                trig.kind = "noun"
            if pat.plover in VIOLENCE:
                listed.append(self._listed_modality(view, trig, listed))
                if listed[-1].modality == TOPIC:
                    topic_last = trig.last
                    continue  # أنباء عن تعذيب العوائل ومقتل طفلتين: the list of a topic
            if trig.kind == "verb" and "e" in trig.strip and trig.form.text in self._intransitive:
                # تظاهرتنا، تجمعه: an intransitive protest verb takes no object pronoun; the
                # word is the noun with a possessive (our demonstration), or تجمعه "brings
                # him together" (جمع). Coded, if at all, as the noun under the noun rules
                if not self._noun_reading(view, trig):
                    continue
            if not self._light_verb_object(view, trig):
                continue  # قامت الشرطة بتفريق مسيرة: the act of قام is not the protest word
            pat = c.patterns[trig.pattern]
            if pat.id == PLEDGE_ENTRY and self._threat_pattern is not None and \
                    self._pledge_of_force(view, keys, trig):
                trig.pattern = self._threat_pattern  # تعهد بسحق التمرد: a threat of force
                pat = c.patterns[trig.pattern]
            if self._no_gathering(view, keys, trig, pat):
                continue  # تجمعت السيارات، تجمعت الشرطة، أن تجمع خمسين متظاهراً، تجمع المتوسط
            # (the quote with its speaker before bare guillemets around the same words)
            holding = [q for q in quotes if q[0] <= head_tok.start < q[1]]
            quote = next((q for q in holding if q[2] is not None), holding[0] if holding else None)
            told = quote is not None and (not pat.monadic or int(pat.cameo[:2]) < 14)
            if told and not (quote[2] is not None and _told_in_quote(trig) and
                             not self._has_masdar_form(view, trig)):
                continue  # what a speaker says (praise, accusations, plans) is speech content
            if self._blocked(view, keys, trig, pat, doc):
                continue
            if pat.plover == "PROTEST" and _is_nominal(trig) and self._after_protest_noun(view,
                                                                                         trig):
                continue  # مظاهرة احتجاج: the genitive qualifies the protest named before it
            if pat.id == DISPERSE_PRONOUN_ENTRY and not self._protest_told(doc, view, trig):
                continue  # فرقتهم with no protest told: "their team"
            if pat.id == REFUSE_PERMIT_ENTRY and \
                    not self._protest_word_in(view.words[trig.last + 1:]):
                continue  # رفض البنك السماح للمصارف برفع الفائدة: a rule, no ban (review)
            if pat.id == MARCH_ENTRY and self._peace_process(view, keys, trig):
                continue  # دفع المسيرة السلمية: the peace process, no march
            if pat.plover in GUARDED and self.read_register:
                reg = reg or read_register(keys, view.words, c.contexts, years, c.context_names,
                                          view.today)
                if reg.suppresses(pat.plover):
                    continue  # a film, a novel, an exhibition about violence or a protest
                if doc.state.get(STATE_IN_PLOT) and not self._told_as_news(doc, view, reg):
                    continue  # في الرواية … لكن عندما يهاجم الهنود: a scene of the story told
            # قيام مجموعة من المتظاهرين أمس بالتجمع: the doer and signs inside the phrase
            done_by = self._done_by(view, keys, trig, reg) if reg is not None else 0
            # قام المسلحون بتفجير، عمدوا إلى إلقاء: a finite verb of doing tells the act happened
            # أحبط الجيش الهجوم after the attack was told: an attack underway, repelled
            told_before = pat.plover in VIOLENCE and (
                doc.state.get(STATE_VIOLENCE_TOLD, False) or _violence_done(out))
            # دارت اشتباكات بين الجيش والمسلحين: a clash that took place, with its two sides;
            # خاض الحوثيون مواجهات مع الجيش: a fight entered, told as done
            clash = _is_nominal(trig) and pat.plover in VIOLENCE and (
                self._clash_between(view, trig) or
                self._verb_before(view, trig, self._context("clash_entry_verbs")))
            done = _is_nominal(trig) and (self._doing_verb(view, trig) is not None or
                                          self._repelled(view, trig, told_before) or clash)
            referring = done and pat.plover in VIOLENCE and \
                self._foiled_told_before(view, trig, told_before)
            # لم يتورع عن إحراق نفسه: "did not refrain from" tells the act was done
            refrained = _is_nominal(trig) and self._refrained(view, trig)
            # ارتفعت حدة الاحتجاجات: protests whose intensity rose are going on
            escalating = pat.plover == "PROTEST" and _is_nominal(trig) and \
                self._escalating(view, keys, trig)
            # دفعت الجماعة بخمسة آلاف متظاهر للاحتشاد: what the protesters named did
            crowd_led = pat.plover == "PROTEST" and _is_nominal(trig) and \
                _purpose(view.words[trig.head], trig.strip) and self._crowd_before(view, trig)
            # وسقطت قذائف على المدينة: the shells landed, the shelling took place
            fell = pat.plover in VIOLENCE and self._shells_fell(view, keys, trig)
            done = done or refrained or escalating or crowd_led or fell
            unanchored = pat.monadic and self.noun_needs_occurrence and _is_nominal(trig) and \
                not _is_passive(view, trig) and done_by < 2 and not done and \
                not _occurrence(doc, view, keys, c, years, reg, trig)
            # خلّف الهجوم قتلى وجرحى، أسفر عن قتيلين: a toll an act left, the report itself
            left_toll = pat.plover in VIOLENCE and _is_nominal(trig) and \
                self._head_in(keys, trig, "casualty_nouns") and \
                (toll_result := _result_verb(view, trig, True)) is not None and \
                self._toll_of_one_act(view, keys, trig, toll_result, violent_nouns)
            few_signs = pat.plover in GUARDED and reg is not None and not done and \
                not left_toll and \
                self.noun_needs_occurrence and _is_nominal(trig) and \
                not _is_passive(view, trig) and not self._counted_casualties(view, keys, trig) \
                and not self._counted_victims(view, keys, trig, pat)
            if pat.plover in DEFINITE_NEEDS_ANCHOR and reg is not None and _is_nominal(trig) \
                    and "a" in trig.strip and not escalating and \
                    not reg.evidence_outside(trig.first, trig.last, DEFINITE_ANCHORS) and \
                    not self._outcome_subject(view, trig):
                unanchored = True  # المظاهرات، الاحتجاجات: a protest already known, referred to
            if pat.plover in VIOLENCE and reg is not None and self.noun_needs_occurrence and \
                    trig.kind == "phrase" and not reg.signs_outside(trig.head, trig.head) and \
                    view.words[trig.last] not in FIRING_OBJECTS and \
                    not self._harm_told(view, keys, trig) and \
                    view.mention_at(trig.last, trig.last) is None and \
                    not self._against_positions(view, keys, trig) and \
                    not (trig.form.tense == "present" and self._campaign_since(view, trig)):
                # شنّ هجوماً على النظام with no sign of violence besides the light verb
                # (a weapon as its object counts: أطلقت صواريخ): an attack in words. Firing
                # (أطلق الجنود النار، فتحوا النار) and force on people named as the object
                # (فرّقت الشرطة المتظاهرين) are the act itself; منذ + a short span too: a
                # campaign going on since then (يشن التمرد يومياً هجمات منذ أسبوع); harm
                # to the body that killed or that a monitor reports too (`_harm_told`)
                unanchored = True
            if pat.plover in GUARDED and reg is not None and _is_nominal(trig):
                if self._after_reference_noun(view, keys, trig) or (
                        trig.first > 0 and
                        view.words[trig.first - 1] in grammar_words().demonstratives) or (
                        pat.plover in VIOLENCE and self._kind_head(view, keys, trig)):
                    # ملف اغتيال، نبأ الاغتيال، مكافحة الخطف: the topic, not the event; هذا
                    # الهجوم، تلك المظاهرات: an event told before, referred to; خلية تفجيرات،
                    # خبير المتفجرات: a unit or a trade named by a kind of act
                    topic_last = trig.last
                    if pat.plover in VIOLENCE:
                        # (a kind head's list runs past its commas: فنون الذبح، والسبي، والتفجير)
                        listed[-1] = _Listed(trig, TOPIC, True,
                                             self._kind_head(view, keys, trig))
                    continue
                if pat.plover == "PROTEST" and _motive(view, trig):
                    continue  # استقال احتجاجاً على: the motive of another act, not a protest
                if pat.plover == "PROTEST" and not done and self._harm_setting(view, keys, trig,
                                                                              reg):
                    unanchored = True  # قتل متظاهر في مظاهرة: where the killing happened
                if self._uncounted_casualties(view, keys, trig) and not left_toll:
                    # الشهداء، القتلى: the dead of some event, not a report (but خلّف الهجوم
                    # قتلى وجرحى، أسفر عن قتلى: the toll an act left, told)
                    unanchored = True
                if self._weapon_noun(keys, trig) and not fell and not reg.evidence_outside(
                        trig.first, trig.last, NOUN_EVIDENCE):
                    unanchored = True  # قنابل، سيارة مفخخة counted or seized: arms, no attack
                if pat.plover in VIOLENCE and self._device_not_used(view, keys, trig):
                    unanchored = True  # عثرت الشرطة على عبوة، عبوة مجهزة للتفجير: a device
            if pat.plover == "PROTEST" and not done and _attacked(violent_last, view, trig):
                unanchored = True  # قصفت الطائرات تجمعاً لهم: the target of an attack
            # هجوم انتحاري بسيارة مفخخة، استهدف مقراً للشرطة: the verb tells the attack named
            # before it; its subject is that attack, no actor named before it
            # (إحباط الهجمات التي كانت تستهدف مساجد: what the foiled attacks aimed at)
            described = next((x.trig for x in listed[:-1] if _is_nominal(x.trig) and
                              _describes_attack(view, x.trig.last + 1, trig.first,
                                                self._foiling(view, x.trig))), None) \
                if trig.kind == "verb" and pat.plover in VIOLENCE and \
                view.words[trig.first] in self._context("targeting_verbs") else None
            # an act the speaker reports («الجبير التقى لافروف»): its actors are in the quote
            # (but أن كيري «شجع الصين …»: its subject stands right before the quote). What the
            # quote's acts leave as the last subject and object is not carried out of them
            remembered = {k: doc.state.get(k) for k in (STATE_LAST_SUBJECT, STATE_LAST_OBJECT,
                                                        STATE_LAST_SUBJECT_VERB)}
            result = _result_verb(view, trig, self._head_in(keys, trig, "casualty_nouns")) \
                if pat.plover in VIOLENCE else None
            cause = _result_cause(view, result, out) if result is not None else None
            evs = self._code_trigger(
                doc, _unquoted(view) if told and not _subject_before_quote(view, trig) else view,
                trig, pat, default_date, dateline_place,
                _cause_doer(view, result, cause, [e.trig for e in listed[:-1]]),
                described is not None)
            if told:
                doc.state.update(remembered)
                # the quote's own speaker as the doer, or an actor of an earlier sentence: the
                # act's subject was not found in the sentence
                evs = [ev for ev in evs if not _same_ref(ev.source, quote[2]) and
                       ev.source is not None and ev.source.start >= view.tokens[0].start]
            if refrained:
                for ev in evs:  # (the negation belongs to the verb of refraining)
                    if ev.modality == "negated":
                        ev.modality = "asserted"
            if pat.cameo.startswith("141"):
                support = self._support_rally(view, keys, trig)
                if support is not None:  # تظاهر المئات تأييداً لقرار: a rally, not a protest
                    _as_support_rally(view, evs, support)
            if few_signs and _sign_kinds(reg, trig, view, pat.plover) + done_by + max(
                    _governed(reg, trig), int(self._outcome_subject(view, trig))) \
                    < self.noun_min_signs:
                # هجوم، تفجير، مظاهرة named with few details is mostly a reference (background,
                # a topic, a cause); the report of one tells its toll, weapon, day, place or
                # crowd. An eventive verb right by the noun (تعرضت للتفجير، قصف … استهدف) counts
                # as one sign
                unanchored = True
            if pat.plover in VIOLENCE and trig.last + 1 in violent_nouns and \
                    not roles.has_prep_clitic(view.words[trig.last + 1]) and \
                    self._governor_kind(view.words[trig.last]) == "intended":
                # كانت تستهدف تفجير السفارة: the verb aims at the act it governs, done by none
                # (but تستهدف بقنابل: the weapon it is attacked with)
                _impose(evs, "intended")
            clause = self._clause_modality(view, trig, pat, reg, told_before,
                                           doc.state.get(STATE_EXAMPLES_OPEN, False),
                                           _occasion_dated(doc, view))
            if pat.plover in VIOLENCE and listed[-1].modality is None and clause is not None \
                    and _is_nominal(trig):
                # غداة اعتداء … ومقتل انتحاري، تتعرض المرأة للاختطاف والاغتصاب: the nouns joined
                # to it share what makes it background or a practice
                listed[-1] = _Listed(trig, clause, True)
            _impose(evs, clause or (listed[-1].modality if pat.plover in VIOLENCE else None))
            if reg is not None:
                # a trial or an anniversary makes it historical before it can be dropped as
                # unanchored: such events are kept, with their modality
                _impose(_undated_news(evs, trig, doc.published),
                        self._register_modality(keys, trig, reg, pat.plover, done))
            if unanchored and pat.plover in GUARDED and self._copula_reference(view, trig, reg):
                # هي المعارك الأصعب في اللعبة، هو الهجوم الأعنف على الكونغرس: a predicate of هو /
                # هي only dates an act otherwise told (وهو الهجوم الثاني); alone it names one,
                # background or not, and no act (twenty-first session)
                evs = []
            if unanchored:
                # الاغتيال، التعذيب: a reference to violence, not a report of it. A threatened,
                # planned or denied one (توعد بقصف إيران) claims no occurrence and is kept; a
                # kind of act given as an example (مثل الاغتيال والخطف) names none either
                example = pat.plover in GUARDED and _given_as_example(
                    view, trig, reg, doc.state.get(STATE_EXAMPLES_OPEN, False))
                evs = [ev for ev in evs if ev.modality not in ("asserted", "reported") and
                       not example]
            if pat.plover in VIOLENCE and _joined_to_background(view, trig, reg,
                                                               [e.trig for e in listed[:-1]]):
                # غداة هجوم … وضرب مدينة: the attack told on, background as it is (after the
                # references are dropped: being background keeps none)
                _impose(evs, "historical")
            if result is not None:
                # أسفرت الغارة عن مقتل، ما أدى إلى مقتل: the toll takes its cause's time, and
                # the negation of its verb (لم يسفر القصف عن سقوط ضحايا)
                _take_cause_time(evs, cause, out, doc.published)
                if cause is None and _describes_a_noun(view.words, result[0]):
                    # الحرب التي أسفرت عن مقتل 200 ألف، السفينة التي تسببت في مقتل 800: a
                    # relative clause describing a noun that is no event told here, as others
                    _as_history(evs)
                if modality(view.words, result[0], result[0], c.cues) == "negated":
                    _impose(evs, "negated")
            if "c" in trig.strip and pat.cameo.startswith(TOLL_CODES):
                _share_coordinated_date(view, trig, evs, out)
            if years and self.read_register:
                # (the register of a sentence with a year, read for any type to see no recent
                # time: kept apart from `reg`, which the rules of violence and protest read)
                past_reg = past_reg or reg or read_register(keys, view.words, c.contexts, years,
                                                            c.context_names, view.today)
            if years and past_reg is not None and \
                    _long_past_sentence(view, years, past_reg, trig, doc.published,
                                        self._context("year_names")):
                # وكانت آخر المعارك سنة 1766 … وقتل ابناه، 11 أغسطس 1990: وصول قوات: a sentence
                # of long-past history (a chronology's line too), whatever the event's type
                _impose([ev for ev in evs if ev.date_source != "expression"], "historical")
            chronology = doc.state.get(STATE_CHRONOLOGY_FROM)
            if chronology is not None and trig.first >= chronology:
                # وفيما يلي أبرز الهجمات: * 27 ديسمبر: اغتيال …: an item of a list of past acts
                _impose(evs, "historical")
            weapon = _is_nominal(trig) and self._weapon_noun(keys, trig)
            if weapon and roles.clitic_prep(view, trig.first) == "ب":
                # خطط لاغتيال الضباط في العاصمة بسيارات مفخخة: the instrument of a planned act
                _impose(evs, _instrument_modality(out, view, trig))
            toll = _is_nominal(trig) and self._head_in(keys, trig, "casualty_nouns")
            described_as = background_attack_described(
                out, view, trig, [e.trig for e in listed[:-1]], self._context("targeting_verbs")) \
                if pat.plover in VIOLENCE else None
            if described_as is not None:
                # إثر ضربة جوية أميركية استهدفت متمردين، معظم الهجمات التي شنتها الجماعة
                # استهدفت: the verb describes a background attack, or a pattern of attacks
                _impose(evs, described_as)
            if _continues(out, view, trig, pat, weapon, toll, described):
                # قصف إسرائيلي استهدف مدرسة: the verb describes the event the noun just named;
                # لتفجير سيارة مفخخة: the weapon is the instrument of the bombing just named;
                # هجوم استهدف المبنى مخلفاً ستة قتلى: the toll is that attack's
                prev = out[-1][0]
                prev.mentions.append(EvMention(view.index, view.tokens[trig.first].start,
                                               view.tokens[trig.last].end))
                continue
            if pat.plover == "PROTEST" and self._elaborates(view, trig, evs):
                continue  # ورفع المتظاهرون لافتات: a detail of a protest reported elsewhere
            if pat.plover == "PROTEST" and self._policed_before(view, keys, trig):
                continue  # طوقت الشرطة المتظاهرين بينما تجمع العشرات: the setting, told before
            if pat.plover == "PROTEST" and any(_security_force(ev.source, pat.cameo) for ev in evs):
                evs = self._protest_by_security(view, trig, pat, evs)
            if reg is not None:
                signs = reg.signs_outside(trig.first, trig.last)
                for ev in evs:
                    ev.evidence["signs"] = signs
                _impose(_undated_news(evs, trig, doc.published),
                        self._register_modality(keys, trig, reg, pat.plover, done))
            if quote is not None:
                # a source describing violence or a protest that happened (قال مصدر أمني إن
                # «... قتلوا»): reported by the quote's speaker. Plans and threats in a quote
                # («سنهاجم») stay speech content.
                evs = [ev for ev in evs if ev.modality in ("asserted", "reported")]
                for ev in evs:
                    ev.modality = "reported"
                    ev.reported_by = _quote_reporter(ev.reported_by, quote[2])
                    # (an agency relaying the speaker: both tell it, the agency first)
                    ev.reporters = joined_reporters(ev.reported_by, quote[2])
            if relayed and (speakers := [sp for a, b, sp in relayed if a <= head_tok.start < b]):
                # ونقلت الوكالة عن مسؤول قوله إن مسلحين هاجموا: the agency reports what the
                # speaker of the indirect quote holding the trigger tells, so both tell it (the
                # agency first, as for a direct quote; none when no one reports it). A speaker
                # on a reporter's own words (ذكر التلفزيون أن: read as another actor by the
                # quotes' coreference) is that reporter, not one more.
                for ev in evs:
                    if ev.reported_by is not None:
                        told = joined_reporters(ev.reported_by, *ev.reporters)
                        ev.reporters = joined_reporters(*told, *(
                            sp for sp in speakers
                            if all((sp.start, sp.end) != (r.start, r.end) for r in told)))
            if referring:
                doc.state[STATE_REFERRING].update(id(ev) for ev in evs)
            out += [(ev, pat.id) for ev in evs]
        # فجر نفسه فقتل خمسة، قتل خمسة في هجوم استهدف: one incident, one dyad
        share_incident_sides(view, [ev for ev, _ in out], self._context("targeting_verbs"))
        out += evaluations.code_quotes(doc, view, c, default_date, keys, taa)  # said of actors
        self._track_speech(doc, view)
        return out

    def _context(self, name: str) -> frozenset[str]:
        """The events dictionary's word list `name` (empty if it has none). An instance reads
        `_ContextLists` instead (set in `__init__`): the same lists, the same empty set."""
        return self.compiled.contexts.get(name, frozenset())

    # ------------------------------------------------------------------------------------------
    def _code_trigger(self, doc, view, trig: Trigger, pat: Pattern, default_date, dateline_place,
                      cause_doer: ActorRef | None = None, described: bool = False):
        """The events of one trigger; `cause_doer`: who did the violent event that the trigger,
        a toll after a result verb (ما أسفر عن مقتل), came of (`_cause_doer`); `described`: the
        trigger is a verb whose subject is an attack noun before it (`_describes_attack`), so no
        actor before it is its subject."""
        c = self.compiled
        # (جرت اشتباكات بين الجيش والمسلحين: جرت tells the clash took place, no passive)
        passive = _is_passive(view, trig) and not (
            _is_nominal(trig) and pat.plover in VIOLENCE and self._clash_between(view, trig)) or (
            _unvocalised_passive(view, trig, pat, self.compiled.contexts) and
            _shared_fronted_subject(doc, view, trig) is None and
            not self._then_goes_on(doc, view, trig) and
            # (اعتقلوا وعذبوا الصحفيين: the object the joined verb takes is the first's too)
            not self._joined_act_object(view, trig, pat, [])) or \
            self._accused_passive(view, trig, pat) or \
            _passive_before_min(view, trig, self._context("from_passives")) or \
            self._agent_marked_passive(view, trig) or _relative_passive(view, trig, pat) or \
            self._pronoun_pp_passive(view, trig)
        # (سفير السعودية لدى مصر: the envoy's post is read as no participant, but where an
        # envoy is recalled or withdrawn from it, CAMEO 16: the relations reduced are with it)
        sides_view = view if pat.cameo[:2] == REDUCE_RELATIONS else self._without_envoy_posts(view)
        if trig.kind == "phrase":
            sides_view = self._without_phrase_offices(sides_view, trig)
        sources, targets, implicit = self._participants(doc, sides_view, trig, pat, passive,
                                                        cause_doer)
        if trig.kind == "phrase" and targets and \
                (receiver := self._receiver_before(view, trig)) and \
                any(m is receiver for m in sources):
            # تلقى الوزير طلبا من نظيره للمساعدة: a phrase of what was received (the noun read
            # as a verb by the phrase): who gave it asked the receiver
            sources, targets = targets, [m for m in sources if m is receiver]
        if not passive and not targets and \
                (him := self._identified_object(view, trig, sources)) is not None:
            # قنبلة قتلت الفتى الذي كان يزرعها: the boy, no subject of قتلت, was killed
            sources, targets = [m for m in sources if m is not him], [him]
        if not passive and all(m.last < trig.first for m in targets) and \
                (joined := self._joined_act_object(view, trig, pat, sources)):
            # قتل المسلحون وجرحوا عشرات المدنيين: the object of the verb joined after it
            targets = joined
        if pat.plover in VIOLENCE and (allies := self._allies(view, trig, targets)):
            # قاتلوا إلى جانب الجيش، في صفوف الجيش: the army is an ally, no target
            targets = [m for m in targets if all(m is not a for a in allies)]
        if pat.plover in VIOLENCE and targets:
            targets = people_of_places(view, targets, trig)  # هز انفجار بغداد: IRQCVL
        toll_join = self._joined_to_toll(view, trig) if pat.plover in VIOLENCE else None
        if toll_join is not None:
            # خلف القصف قتلى وجرحى ونازحين: the displaced are listed beside the dead, not killed
            targets = [m for m in targets if m.first != toll_join]
        if (kept := self._doer_not_before(view, trig, pat, sources, implicit)) is not None:
            # أدانت الخارجية الاعتداء وقتل الحراس، مزاعم منع، أن تكون طائراتها قصفت، بلدة
            # بريف حمص التي قصفت القوات مناطق فيها: the actor before did not do it
            sources, implicit = kept
        if not passive and (rel_sides := self._relative_pronoun_sides(view, trig)) is not None:
            # المسلحين الذين يهاجمونها: the antecedent does it to the one its pronoun names
            (sources, targets), implicit = rel_sides, None
        elif not passive and (person := self._identified_person(view, trig)) is not None:
            # الرجل الذي هاجم الحراس: the man the clause identifies did it; الرجل الذي هاجمه
            # المسلحون: it was done to him
            if person[1] and not targets:
                targets = [person[0]]
            elif not person[1] and not sources and implicit is None:
                sources = [person[0]]
        elif not passive and (noun_sides := self._joined_noun_sides(view, trig)) is not None:
            # دعوة السعودية واستضافتها قوات التحالف: her hosting of the forces
            (sources, targets), implicit = noun_sides, None
        if pat.plover in VIOLENCE and not sources and implicit is None:
            # قتل ثلاثة مسلحين في اشتباكات مع الجيش: the army; ثم قصفت الطائرات: whose aircraft
            # were named last in the paragraph (طائرات التحالف), else no one
            sources = self._battle_enemy(view, trig, pat, targets,
                                         doc.state.setdefault(STATE_BATTLE_DEAD, {}))
            if not sources and not passive:
                owner = self._aircraft_owner(doc, view, trig)
                implicit = roles.actor_ref(owner.entity) if owner is not None else None
            if not sources and implicit is None and targets:
                # قتل ثلاثة من المسلحين في اشتباكات مع الجيش، خاض الحوثيون اشتباكات مع الجيش:
                # the clash's other side
                sources = self._clash_side(doc, view, trig, targets)
        if described:
            # the attack named before is the verb's subject: an actor after the verb with no
            # object after it is the verb's object (عبوة ناسفة استهدفت دورية للشرطة في كركوك)
            sources, implicit = [m for m in sources if m.first > trig.last
                                 and _object_word_at(view, m.last + 1)], None
        if pat.cameo[:2] in BACKING_ROOTS and _is_nominal(trig):
            backing = _backed_by(view, trig)
            if backing is not None:
                sources, targets, implicit = backing  # بدعم من التحالف: who backs whom
        if pat.source_adjacent and sources and all(_is_refugee(m.entity.actor_code)
                                                    for m in sources):
            # وصل مئات اللاجئين إلى اليونان، وصول المهاجرين: a migration, not a visit
            return []
        if pat.source_adjacent and self._thing_arrives(view, trig):
            return []  # الطائرة السعودية التي وصلت، ووصلت أمس سفينة: a thing carried arrives
        if pat.source_adjacent and not _is_nominal(trig):
            # وصلت الطائرة، وصل عدد الدول إلى 33: the subject is no actor; an actor named further
            # away did not arrive, nor one in a preposition phrase (جثة لقيادي حوثي وصلت)
            sources = [m for m in sources if m.first <= trig.last + 2 and
                       m.last >= trig.first - 2 and not m.in_pp]
            nxt = trig.last + 1
            if not sources and nxt < len(view.words) and view.is_word(nxt) and \
                    not roles.is_prep(view.words[nxt]) and not roles.clitic_prep(view, nxt) and \
                    view.words[nxt] not in grammar_words().time_adverbs:
                implicit = None  # ووصلت الطائرة: its own subject, no actor, is no one carried
        if pat.source_adjacent and _is_nominal(trig):
            sources, implicit = _who_arrives(trig, sources, implicit)
        if pat.plover == "PROTEST" and not passive and \
                (crowd := self._unagreeing_protest_source(view, trig, sources)) is not None:
            # حتى مقر الحكومة حيث تظاهروا: the government does not agree with the plural verb
            sources, targets = [crowd], [m for m in targets if m is not crowd]
        used = {id(m) for m in sources}
        src_refs = [roles.actor_ref(m.entity) for m in sources] or ([implicit] if implicit else [])
        tgt_refs = [roles.actor_ref(m.entity) for m in targets if id(m) not in used]
        if not pat.monadic:
            head = view.tokens[trig.head]
            src_refs, tgt_refs = _speaker_of_cue(doc, head.start, head.end, src_refs, tgt_refs)
        if _fronted_in_pronoun(view, trig):
            # وكان في استقباله وزير الخارجية: who stands after the noun does it (receives), the
            # one its pronoun stands for undergoes it
            src_refs, tgt_refs = tgt_refs, src_refs
        if src_refs and not passive and pat.plover in VIOLENCE and trig.kind != "verb":
            doc.state[STATE_LAST_ACT] = (view.tokens[trig.head].start,
                                         _noun_pronoun(view.tokens[trig.last].text), src_refs[0])
        if src_refs and not passive:
            doc.state[STATE_LAST_SUBJECT] = (view.tokens[trig.head].start, src_refs[0])
            doc.state[STATE_LAST_SUBJECT_VERB] = (
                view.tokens[trig.head].start, trig.form.person, trig.form.tense) \
                if trig.kind == "verb" else None
        if not tgt_refs and not pat.monadic:
            carried = _with_pronoun_target(doc, view, trig)
            if carried is not None and all(r.canonical != carried.canonical for r in src_refs):
                tgt_refs = [carried]  # استقبل السيسي الصفدي وبحث معه: معه is the one received
        joined_target = None  # the target carried from the act before (`_joined_act_target`)
        if not tgt_refs and not passive and \
                (carried := _joined_act_target(doc, view, trig, pat)) is not None and \
                all(r.canonical != carried.canonical for r in src_refs):
            tgt_refs = [carried]  # قتل المسلحون ثلاثة جنود وجرحوا عشرة آخرين: the soldiers'
            joined_target = carried
        if tgt_refs:
            doc.state[STATE_LAST_OBJECT] = (view.tokens[trig.head].start, tgt_refs[0])
            if src_refs and pat.cameo.startswith(HOLD_CODES):
                doc.state[STATE_LAST_HOLD] = (view.tokens[trig.head].start, src_refs[0],
                                              tgt_refs[0])
        if not src_refs and pat.plover == "PROTEST" and \
                (counted := self._counted_protesters(view, trig)) is not None:
            src_refs = [counted]  # تظاهر نحو 400 طالب: the students counted after the verb
        elif not src_refs and pat.plover == "PROTEST":
            crowd = self._crowd(view, trig, used)
            if crowd is not None:
                # تظاهرات عنيفة … المتظاهرون: the crowd the sentence names holds the protest
                src_refs = [roles.actor_ref(crowd.entity)]
                tgt_refs = [r for r in tgt_refs if r.start != src_refs[0].start]
        # a meeting (قمة مع X وY، التقى X وY) brought all its parties together; a verb of
        # discussion (events.json `discussion_verbs`: تناقشها موسكو مع شركائها السوريين
        # والأميركيين) and a telephone call name those the subject spoke with, not each other's
        # interlocutors
        dyads = _dyads(src_refs, tgt_refs, pat.symmetric, pat.cameo[:2] == "04" and
                       pat.cameo[:3] != "041" and not self._discussion_verb(view, trig))
        if not dyads:
            if not (pat.monadic and (self.keep_unknown_source or src_refs)):
                return []  # a protest or an attack needs its source actor (its target may be unknown)
            start = view.tokens[trig.head].start
            unknown = ActorRef("", None, "", start, start)
            dyads = [(src_refs[0] if src_refs else unknown, tgt_refs[0] if tgt_refs else None)]
        # (a phrase may end with the event's noun, which a time after it dates: لقاءه المقرر)
        past = trig.kind == "verb" and trig.form.tense == "past"
        mod = modality(view.words, trig.first, trig.last, c.cues, trig.strip,
                       own_threat=pat.cameo.startswith("13"),
                       clause_verb=past and "c" in trig.strip, past_verb=past)
        if mod == "asserted" and _that_not_before(view, trig):
            mod = "negated"  # طلبت منه ألا يقتلها، اتفقا على ألا يهاجم: that … not
        elif mod == "negated" and (_subject_of_result(view, trig) or
                                   self._outcome_subject(view, trig)):
            # لم يخلف القصف أي إصابات، لم تفلح الغارات في: the shelling was, its toll or its
            # aim was not
            mod = "asserted"
        date, date_source = _event_date(doc, view, trig, default_date,
                                        self._context("year_names"),
                                        doc.state.get(STATE_CHRONOLOGY_FROM) is not None)
        if date_source == "expression" and mod in ("asserted", "reported", "habitual") and \
                _is_old(date, doc.published) and not (
                    pat.plover in VIOLENCE and self._since_past_point(view, trig, fronted=True)):
            # (but ومنذ تولي الرئيس الحكم في 29 مايو قتل 750: the date starts the span of a
            # total, `habitual` by `_clause_modality`; قتل جندياً منذ عامين: two years ago)
            mod = "historical"
        elif date_source == "expression" and mod in ("asserted", "reported") and \
                trig.form.tense != "past" and _is_later(date, doc.published):
            mod = "future"  # على أن ينظم التيار مسيرة مساء غد: dated after the news, to come
        reported_by = None
        if mod == "asserted":
            reported_by = _reporter(view, trig, c, pat.plover in VIOLENCE)
            if reported_by is not None and all(reported_by.canonical != s.canonical
                                               for s, _ in dyads):
                mod = "reported"
            else:
                if reported_by is None and told_by_unnamed_source(
                        view.words, trig.first, trig.last,
                        frozenset(m.first for m in view.mentions), view.verbs):
                    # تشير المعلومات إلى أن، بحسب ما تردد: reported, by no named source (no
                    # reporter; twenty-second session)
                    mod = "reported"
                reported_by = None
        own_place = _place(view, trig, targets, pat.cameo, self.placing_words, sources,
                           dateline_place, doc.state.get(STATE_TOLD_COUNTRIES, frozenset()))
        place = own_place or dateline_place
        if pat.plover in VIOLENCE and self.violence_target_from_context and not (
                trig.kind == "phrase" and self._exposure_phrase(view, trig) and
                not c.analyse(view.words[trig.last])[1].isdisjoint(
                    self._context("bodily_harm_objects"))):
            # (not after harm to the body undergone, whose subject is the victim: توفي 70
            # أسيراً تحت التعذيب في السجون الإسرائيلية names no victim after it)
            victims = _victims(view, trig, used, self.compiled.contexts)
            victims = landed_people(view, trig, victims)  # قذيفة على حي في مدينة حلب
            if victims is None and pat.plover == "ASSAULT" and not tgt_refs:
                # قتل شخصان وأصيب ثلاثة، خلف الهجوم قتيلين: the unnamed people of its toll
                victims = unnamed_victims(view, trig, used)
                if victims is not None and any(r.start == victims.start for r in src_refs):
                    victims = None  # (وقتلت النساء: the source read on them, not two sides)
            if victims is not None and toll_join is not None and any(
                    m.first == toll_join and victims.start == m.entity.start
                    for m in view.mentions):
                victims = None  # (قتلى ولاجئين: the refugees are not among the dead)
            if victims is not None and any(victims.start == m.entity.start for m in self._allies(
                    view, trig, [m for m in view.mentions if m.first > trig.last])):
                victims = None  # يقاتلون في صفوف الجيش: an ally, not the victims
            if victims is not None:
                # قتل 42 جندياً باكستانياً: with no target in its own slots, an attack targets
                # the actor named just after it (its victims). The country where it happened
                # is not used: it lowered target accuracy on the OEDA spans (the coders leave
                # the target's country empty for militants and unnamed civilians)
                dyads = [(s, t if t is not None else victims) for s, t in dyads]
                if not tgt_refs:
                    # (قتل المسلحون اثنين من الجنود وأصابوا آخرين: the others are of these
                    # victims, `_joined_act_target`)
                    doc.state[STATE_LAST_OBJECT] = (view.tokens[trig.head].start, victims)
        if pat.cameo.startswith("14") and any(t is None for _, t in dyads):
            site = _protest_site(view, trig)
            if site is not None:
                # تجمعوا أمام السفارة الإستونية، قرب مبنى وزارة الدفاع: whose building the
                # crowd stands before is what it protests at
                dyads = [(s, t if t is not None else roles.actor_ref(site.entity))
                         for s, t in dyads]
        if pat.cameo.startswith("14") and dateline_place is not None and (
                own_place is None or own_place.country == dateline_place.country):
            # عمان (رويترز) - تظاهروا أمام مقر الحكومة: the government of the dateline's
            # country, JORGOV (not of a place the sentence names: the coders of the OEDA spans
            # leave a body's country empty unless its words name it)
            dyads = [(s, site_at_home(view, t, dateline_place,
                                      self._context("foreign_missions"))) for s, t in dyads]
        if self.protest_target_from_place and pat.cameo.startswith("14") and place and \
                place.country and place.start is not None:
            # a protest with no stated target is aimed at the authorities of the place where
            # it happens: the target is that country (no role)
            here = _here(doc, place)
            dyads = [(s, t if t is not None else here) for s, t in dyads]
        a = view.tokens[trig.first].start
        b = view.tokens[trig.last].end
        out = []
        for s, t in dyads:
            out.append(Event(
                source=s, target=t, cameo=pat.cameo, plover=pat.plover,
                quad_class=pat.quad_class, goldstein=pat.goldstein, date=date, modality=mod,
                sentence=view.index, evidence={"start": a, "end": b},
                location=own_place or visit_place(pat.cameo, t, targets, view) or
                dateline_place,
                plover_mode=pat.plover_mode, date_source=date_source, trigger=doc.text[a:b],
                reported_by=reported_by, mentions=[EvMention(view.index, a, b)]))
        if joined_target is not None:
            # (another act on other people than the act its target was carried from: kept
            # apart from it by the merge)
            doc.state.setdefault(STATE_CARRIED_TARGET, set()).update(
                id(ev) for ev in out
                if ev.target is not None and ev.target.start == joined_target.start)
        return out


# the dates that pin one occasion (a day, a week, a month), not a year nor a span
OCCASION_GRANULARITIES = frozenset({"day", "week", "month"})


def _line_date_recent(doc: Document, view: roles.SentenceView) -> bool | None:
    """Whether the date that opens the sentence as a chronology's line (`chronology_line_date`:
    12 مارس 2013: …، - 31 يوليو: …) is a day of the news (at most NEWS_DAY_REACH days before
    the publication); None when no date opens it."""
    d = chronology_line_date(doc, view, len(view.tokens))
    return None if d is None else _news_day(d.value, doc.published)


def _occasion_dated(doc: Document, view: roles.SentenceView) -> frozenset[int]:
    """The word positions of the sentence inside a date of a day, a week or a month the dates
    stage found (الأسبوع الماضي، يوم 12 مارس): what makes a many one occasion's
    (`ModalityRules._many_exposed`)."""
    if not view.tokens:
        return frozenset()
    a, b = view.tokens[0].start, view.tokens[-1].end
    spans = [(d.start, d.end) for d in doc.dates
             if d.granularity in OCCASION_GRANULARITIES and a <= d.start < b]
    if not spans:  # (most sentences: no word to test; this runs once a trigger)
        return frozenset()
    # (the tokens are in the text's order: those that start inside a date are a run, found by
    # bisection rather than by testing every token against every date)
    starts = [t.start for t in view.tokens]
    return frozenset(k for s, e in spans
                     for k in range(bisect_left(starts, s), bisect_left(starts, e)))


def _relayed_by_sentence(doc: Document) -> dict[int, list[tuple[int, int, ActorRef]]]:
    """Sentence -> the content spans of its indirect quotes that have a speaker, with the
    speaker (قال مسؤول إن مسلحين هاجموا: «مسلحين هاجموا …», مسؤول), in the text's order."""
    out: dict[int, list[tuple[int, int, ActorRef]]] = {}
    for q in doc.quotes:
        if q.kind == "indirect" and q.speaker is not None:
            si = q.sentence if q.sentence >= 0 else doc.sentence_at(q.start)
            out.setdefault(si, []).append((q.start, q.end, q.speaker))
    return out
