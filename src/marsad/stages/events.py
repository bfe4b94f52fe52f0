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

Verbal events (CAMEO roots 01–13 and 15–17 unless the entry is `monadic`) are kept only with both
a source and a target; protests, assaults and the like need a source actor (the target may be
unknown). With `keep_unknown_source=True` they are kept without one (the source is then an empty
ActorRef with actor_code None): detection scoring uses that.

Violence and protest vocabulary is often used without reporting an event; `marsad.events.register`
reads the sentence's register (judicial, statistics, opinion, culture, commemoration) and its
signs of a happening, which set the modality, drop references, and are listed in
`evidence["signs"]`.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from itertools import chain
from typing import Any, NamedTuple

from marsad.actors.patrons import ARMED_ROLES, SECURITY_ROLES
from marsad.dates.extract import is_dated, since_start
from marsad.document import ActorRef, Document, Entity, Event, Location, Mention as EvMention
from marsad.events import evaluations, roles
from marsad.events.conjugate import SHADDA, past_forms
from marsad.events.modality import contrast_at, modality
from marsad.events.patterns import (FRAME_IN, CompiledEvents, Pattern, Trigger,
                                    blocked_by_neighbours, compile_events, find_triggers,
                                    lookup_word, sentence_words)
from marsad.events.register import GUARDED, VIOLENCE, Register, read_register
from marsad.events.roles import SentenceView
from marsad.text.future import looks_future_verb
from marsad.text.normalize import DROPPED_RE, fold, strip_conj

SKIPPED_KINDS = frozenset({"pull_quote", "credit", "caption"})
PASSIVE_AUX = frozenset(fold(w) for w in ("تم", "يتم", "جرى", "يجري", "تمت", "ستتم", "سيتم", "جرت"))
PLACE_PREPS = frozenset(fold(w) for w in ("في", "وفي", "ففي", "إلى", "الى"))
# Words of position before a place that also say where an event happened (وسط طهران، بشمال
# اليابان، جنوب باكستان، قرب دمشق)
POSITION_WORDS = frozenset(fold(w) for w in (
    "وسط", "بوسط", "قرب", "بالقرب", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي",
    "غربي", "بشمال", "بجنوب", "بشرق", "بغرب", "شمالي", "داخل", "ضواحي", "بضواحي", "أطراف",
    "ريف", "بريف", "محيط", "بمحيط"))
DAMMA = "\u064f"
_QUOTE_RE = re.compile(r"«([^«»]*)»")
HISTORICAL_DAYS = 45
WARN_REACH = 10  # words from a warning to the من of what it warns against (حذر X من)
FI, MIN = fold("في"), fold("من")
# إثناء "to dissuade" folds like أثناء "during" (أثناء حديثه عن الهجوم): the bare folded word
# dissuades only when written with إ or after لـ (لاثناء)
DURING = fold("أثناء")
DATE_REACH = 6  # words between a trigger and its own date expression
AGREED_THAT = [fold("على"), fold("أن")]  # على أن + a present verb: "on condition that, so that"
PLACE_REACH = 8  # tokens between a trigger and its own place
STATE_LAST_SUBJECT = "events.last_subject"
STATE_LAST_OBJECT = "events.last_object"  # (position, target) of the last event coded
# (position, person, tense) of the verb whose subject STATE_LAST_SUBJECT holds, if a verb
STATE_LAST_SUBJECT_VERB = "events.last_subject_verb"
# (position, pronoun, doer) of the last act of violence coded that a noun names (شن مسلحون
# هجوماً): the pronoun that stands for the noun (ه، ها) and the act's source
STATE_LAST_ACT = "events.last_act"
# CAMEO 111, criticising or condemning: its object may be an act (وأدانته الحكومة)
CONDEMN = "111"
STATE_IN_PLOT = "events.in_plot"  # the sentence tells the story of a film, a novel, a series
# an act of violence was told as done in an earlier sentence of the article
STATE_VIOLENCE_TOLD = "events.violence_told"
# the ids of the events that a foiled noun referring back coded (أحبط الجيش الهجوم after the
# attack was told): mentions of the act told before, merged into it (`_merge`)
STATE_REFERRING = "events.referring_back"
# the sentence before ended inside a list of examples (مثل بناء الجدار وراء خط 1967.)
STATE_EXAMPLES_OPEN = "events.examples_open"
# A preposition with a pronoun after a verb (بحث معه): the pronoun stands for the last target.
WITH_PRONOUNS = frozenset(fold(w) for w in ("معه", "معها", "معهم", "معهما", "معهن"))
FACTUAL = frozenset({"asserted", "reported"})
# What anchors a verbal noun of violence or protest as an occurrence besides numbers and dates.
NOUN_EVIDENCE = frozenset({"casualties", "recent_time", "event_anchors", "protest_anchors"})
# A definite verbal noun of protest (المظاهرات) refers to a protest already known unless the
# sentence anchors it as happening (وقعت، أمس، أسفرت عن مقتل).
DEFINITE_NEEDS_ANCHOR = frozenset({"PROTEST", "ASSAULT"})
# A present-tense verb of violence or protest reports one only with a recent time (أمس، الليلة).
PRESENT_ANCHORS = frozenset({"recent_time"})
# A plural verbal noun of violence names single events only when they are counted or dated.
COUNT_SIGNS = frozenset({"number", "quantities", "recent_time"})
DEFINITE_ANCHORS = frozenset({"casualties", "recent_time", "event_anchors", "protest_anchors"})
# A verbal noun of violence or protest reports a happening when the sentence shows at least this
# many kinds of signs of one besides the noun, one fewer when an eventive verb governs it
# (measured on the OEDA development split: see docs/accuracy.md; 1 keeps every noun with a sign).
NOUN_MIN_SIGNS = 3


class EventStage:
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
    named right after it, its victims: هجوم … عن مقتل جنود باكستانيين; default True).
    When the quotes stage has run, a speech verb that is a quote's cue takes the quote's speaker
    and addressee where the sentence alone leaves them unclear (`_speaker_of_cue`)."""

    name = "events"
    requires = ("tokens", "entities", "dates", "amounts")
    assigns = ("events",)

    def __init__(self, resources, skip_kinds=SKIPPED_KINDS, keep_unknown_source: bool = False,
                 merge: bool = True, noun_needs_occurrence: bool = True,
                 protest_target_from_place: bool = True, read_register: bool = True,
                 noun_min_signs: int = NOUN_MIN_SIGNS, violence_target_from_context: bool = True,
                 **config: Any):
        self.compiled: CompiledEvents = resources.get(
            "events.compiled", lambda r: compile_events(r.lexicon))
        self.skip_kinds = frozenset(skip_kinds)
        self.keep_unknown_source = keep_unknown_source
        self.merge = merge
        self.noun_needs_occurrence = noun_needs_occurrence
        self.protest_target_from_place = protest_target_from_place
        self.read_register = read_register
        self.noun_min_signs = noun_min_signs
        self.violence_target_from_context = violence_target_from_context
        # the words `_track_speech` stops at: a speech verb form, also after و/ف
        forms = self.compiled.speech_forms
        self._speech_words = forms | {c + f for f in forms for c in "وف" if len(f) > 2}
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

    # ------------------------------------------------------------------------------------------
    def __call__(self, doc: Document) -> None:
        for key in (STATE_LAST_SUBJECT, STATE_LAST_OBJECT, STATE_LAST_SUBJECT_VERB,
                    STATE_VIOLENCE_TOLD, STATE_EXAMPLES_OPEN, STATE_LAST_ACT):
            doc.state.pop(key, None)
        doc.state[STATE_REFERRING] = set()
        by_sent: dict[int, list] = {}
        for t in doc.tokens:
            by_sent.setdefault(t.sentence, []).append(t)
        ents: dict[int, list[Entity]] = {}
        for e in doc.entities:
            s = e.sentence if e.sentence >= 0 else doc.sentence_at(e.start)
            ents.setdefault(s, []).append(e)
        quotes = _quote_spans(doc)
        spans = [(q[0], q[1]) for q in quotes]
        default_date = _default_date(doc)
        datelines = _datelines(doc)
        events: list[tuple[Event, str]] = []  # with the id of the pattern that coded it
        analysed = {si: sentence_words(by_sent[si], self.compiled)  # (what _word gives)
                    for si, sent in enumerate(doc.sentences)
                    if sent.kind not in self.skip_kinds and by_sent.get(si)}
        sports_doc = self._sports_document(analysed.values())
        plot_until = None  # the last paragraph of the story of a work being told
        for si, (words, keys, taa) in analysed.items():
            toks = by_sent[si]
            plot_until = self._plot_until(doc.sentences[si], keys, toks, plot_until)
            doc.state[STATE_IN_PLOT] = plot_until is not None and \
                doc.sentences[si].paragraph <= plot_until
            verbs, own_letter = self._verb_positions(words)
            view = SentenceView(si, toks, words, verbs=verbs, own_letter=own_letter,
                                sports_document=sports_doc, person_nouns=self.person_nouns,
                                organ_nouns=self._context("organ_nouns"),
                                supporter_nouns=self._context("supporter_nouns"),
                                crowd_nouns=self._context("protest_crowds"),
                                group_nouns=self._context("group_nouns"),
                                fighter_nouns=self._context("fighter_nouns"),
                                name_heads=self._context("name_heads"),
                                ruling_adjectives=self._context("ruling_adjectives"))
            sent_ents = sorted(ents.get(si, []), key=lambda e: e.start)
            # (only the quotes that may hold one of these entities' starts)
            lo, hi = (sent_ents[0].start, sent_ents[-1].start) if sent_ents else (0, -1)
            roles.build_mentions(view, sent_ents, [(a, b) for a, b in spans if a <= hi and b > lo])
            dateline_place = _dateline_for(doc, datelines, doc.sentences[si])
            coded = self._code_sentence(doc, view, quotes, default_date, dateline_place,
                                        (keys, taa))
            if _violence_done(coded):
                doc.state[STATE_VIOLENCE_TOLD] = True
            doc.state[STATE_EXAMPLES_OPEN] = _ends_in_example_list(view)
            events += coded
        doc.state.pop(STATE_IN_PLOT, None)
        referring = doc.state.pop(STATE_REFERRING)
        doc.events = _merge(events, referring) if self.merge else [ev for ev, _ in events]
        _places_of_visits(doc, doc.events)

    def _plot_until(self, sent, keys, toks, plot_until: int | None) -> int | None:
        """The last paragraph of a work's story, after the sentence: a sentence naming a work
        (`register_culture`: فيلم، رواية، مسلسل) and a word of its story (`plot_words`:
        أحداث، البطل، المشهد، يروي) opens the story for the rest of its paragraph, and for the
        next one too when it ends with a colon (نجد هذا المشهد:); a word of story in the
        paragraph after carries it on (المشهد التالي، …). Was `plot_until`."""
        # (a word is in a list when one of its keys is, as `context_names` tells: so the
        # sentence has a word of a list when the keys of all its words meet the list, one set
        # test in C a sentence; most sentences have no word of story)
        if self._context("plot_words").isdisjoint(chain.from_iterable(keys)):
            return plot_until
        if not self._context("register_culture").isdisjoint(chain.from_iterable(keys)) or \
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
                       analysis):
        c = self.compiled
        keys, taa = analysis  # (`sentence_words`: the match keys and ة flags of the words)
        out: list[tuple[Event, str]] = []
        years = _years(view)
        reg: Register | None = None
        violent_verb_last: int | None = None  # the last token of the last verb of violence
        violent_last: int | None = None  # the last token of the last trigger of violence
        # the triggers of violence so far, each with the modality a governor gives it or the
        # list it ends (`_listed_modality`)
        listed: list[_Listed] = []
        topic_last = -2  # the last token of the last trigger named as a topic (ملف الهجمات)
        triggers = find_triggers(view.words, c, keys, taa)
        # where a verbal noun of violence begins (an aim verb's object: تستهدف تفجير السفارة)
        violent_nouns = frozenset(t.first for t in triggers if _is_nominal(t) and
                                  c.patterns[t.pattern].plover in VIOLENCE)
        for trig in triggers:
            if trig.first == topic_last + 1 and _is_nominal(trig) and \
                    _adjective_form(view.words[trig.first]):
                topic_last = trig.last
                continue  # (ملف الهجمات) الانتحارية: the adjective of the topic, no event
            head_tok = view.tokens[trig.head]
            if any(m.entity.start <= head_tok.start < m.entity.end
                   for m in view.mentions + view.places):
                continue  # part of a name: سامح شكري is not شكر
            pat = c.patterns[trig.pattern]
            if pat.plover in VIOLENCE and _manner(view, trig, violent_verb_last):
                continue  # قتل عشرة صيادين ذبحاً، أعدم ثلاثة شنقاً: how the act was done
            if pat.plover in VIOLENCE and not _is_nominal(trig):
                violent_verb_last = trig.last
            if self._misread(keys, trig) or self._noun_before_nisba(view, keys, trig):
                continue
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
            if self._masdar_reading(view, trig) or self._joined_toll(view, trig) is not None or (
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
            if self._blocked(view, keys, trig, pat):
                continue
            if pat.plover == "PROTEST" and _is_nominal(trig) and self._after_protest_noun(view,
                                                                                         trig):
                continue  # مظاهرة احتجاج: the genitive qualifies the protest named before it
            if pat.id == MARCH_ENTRY and self._peace_process(view, keys, trig):
                continue  # دفع المسيرة السلمية: the peace process, no march
            if pat.plover in GUARDED and self.read_register:
                reg = reg or read_register(keys, view.words, c.contexts, years, c.context_names)
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
            done = _is_nominal(trig) and (self._doing_verb(view, trig) is not None or
                                          self._repelled(view, trig, told_before))
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
            done = done or refrained or escalating or crowd_led
            unanchored = pat.monadic and self.noun_needs_occurrence and _is_nominal(trig) and \
                not _is_passive(view, trig) and done_by < 2 and not done and \
                not _occurrence(doc, view, keys, c, years, reg, trig)
            few_signs = pat.plover in GUARDED and reg is not None and not done and \
                self.noun_needs_occurrence and _is_nominal(trig) and \
                not _is_passive(view, trig) and not self._counted_casualties(view, keys, trig) \
                and not self._counted_victims(view, keys, trig, pat)
            if pat.plover in DEFINITE_NEEDS_ANCHOR and reg is not None and _is_nominal(trig) \
                    and "a" in trig.strip and not escalating and \
                    not reg.evidence_outside(trig.first, trig.last, DEFINITE_ANCHORS):
                unanchored = True  # المظاهرات، الاحتجاجات: a protest already known, referred to
            if pat.plover in VIOLENCE and reg is not None and self.noun_needs_occurrence and \
                    trig.kind == "phrase" and not reg.signs_outside(trig.head, trig.head) and \
                    view.words[trig.last] not in FIRING_OBJECTS and \
                    view.mention_at(trig.last, trig.last) is None and \
                    not self._against_positions(view, keys, trig):
                # شنّ هجوماً على النظام with no sign of violence besides the light verb
                # (a weapon as its object counts: أطلقت صواريخ): an attack in words. Firing
                # (أطلق الجنود النار، فتحوا النار) and force on people named as the object
                # (فرّقت الشرطة المتظاهرين) are the act itself
                unanchored = True
            if pat.plover in GUARDED and reg is not None and _is_nominal(trig):
                if self._after_reference_noun(view, keys, trig) or (
                        trig.first > 0 and view.words[trig.first - 1] in DEMONSTRATIVES):
                    # ملف اغتيال، نبأ الاغتيال، مكافحة الخطف: the topic, not the event; هذا
                    # الهجوم، تلك المظاهرات: an event told before, referred to
                    topic_last = trig.last
                    if pat.plover in VIOLENCE:
                        listed[-1] = _Listed(trig, TOPIC, True)
                    continue
                if pat.plover == "PROTEST" and _motive(view, trig):
                    continue  # استقال احتجاجاً على: the motive of another act, not a protest
                if pat.plover == "PROTEST" and not done and self._harm_setting(view, keys, trig,
                                                                              reg):
                    unanchored = True  # قتل متظاهر في مظاهرة: where the killing happened
                if self._uncounted_casualties(view, keys, trig):
                    unanchored = True  # الشهداء، القتلى: the dead of some event, not a report
                if self._weapon_noun(keys, trig) and not reg.evidence_outside(
                        trig.first, trig.last, NOUN_EVIDENCE):
                    unanchored = True  # قنابل، سيارة مفخخة counted or seized: arms, no attack
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
            if few_signs and _sign_kinds(reg, trig, view, pat.plover) + _governed(reg, trig) \
                    + done_by < self.noun_min_signs:
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
                                           doc.state.get(STATE_EXAMPLES_OPEN, False))
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
            if pat.plover in VIOLENCE and reg is not None and years and \
                    _long_past_sentence(view, years, reg, trig, doc.published,
                                        self._context("year_names")):
                # وكانت آخر المعارك سنة 1766 … وقتل ابناه: a sentence of long-past history
                _impose([ev for ev in evs if ev.date_source != "expression"], "historical")
            weapon = _is_nominal(trig) and self._weapon_noun(keys, trig)
            if weapon and roles.clitic_prep(view, trig.first) == "ب":
                # خطط لاغتيال الضباط في العاصمة بسيارات مفخخة: the instrument of a planned act
                _impose(evs, _instrument_modality(out, view, trig))
            toll = _is_nominal(trig) and self._head_in(keys, trig, "casualty_nouns")
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
                    ev.reported_by = ev.reported_by or quote[2]
            if referring:
                doc.state[STATE_REFERRING].update(id(ev) for ev in evs)
            out += [(ev, pat.id) for ev in evs]
        out += evaluations.code_quotes(doc, view, c, default_date, keys, taa)  # said of actors
        self._track_speech(doc, view)
        return out

    def _told_as_news(self, doc, view: SentenceView, reg: Register) -> bool:
        """A sentence inside a work's story that still tells news: a date expression or a
        recent time in it (تذكرت هذا المشهد وأنا أقرأ عن جريمة حدثت قبل يومين)."""
        a, b = view.tokens[0].start, view.tokens[-1].end
        return any(a <= d.start < b for d in doc.dates) or \
            any(name == "recent_time" for _, name in reg.evidence)

    def _clause_modality(self, view: SentenceView, trig: Trigger, pat: Pattern,
                         reg: Register | None, told: bool = False,
                         examples_open: bool = False) -> str | None:
        """What the words around a trigger make of a violent or protest event that the modality
        cues leave asserted: the first that applies, else None. `told`: an act of violence was
        told as done before the trigger in the article (see `_took_place`); `examples_open`: the
        sentence before ended inside a list of examples (see `_given_as_example`)."""
        if _is_nominal(trig) and _purpose(view.words[trig.head], trig.strip) and \
                not self._after_exposure(view, trig) and not self._done_by_named(view, trig) \
                and not self._reaction_object(view, trig) \
                and not (pat.plover == "PROTEST" and self._crowd_before(view, trig)) \
                and _result_verb(view, trig) is None:
            # للتظاهر، لضرب: "in order to" — what is aimed at, not done (but أدت الغارة لمقتل:
            # the ل of the result verb, what came of it)
            return "intended"
        if trig.kind != "noun" and trig.form.tense == "present" and trig.first > 1 and \
                view.words[trig.first - 2:trig.first] == AGREED_THAT:
            return "future"  # (اتفقا) على أن يزور الرئيس موسكو: an arrangement, still to come
        governed = self._irrealis_governor(view, trig)
        if governed is not None:
            return governed  # دعا إلى ضرب، ضرورة قصف، خطة لاغتيال: called for or planned, not done
        if self._foiled(view, trig, told):
            return "negated"  # أحبطت الشرطة أمس هجوماً: prevented, it did not take place
        if pat.plover in VIOLENCE and self._aim_of_foiled(view, trig):
            return "negated"  # إحباط العمليات التي كانت تستهدف مساجد: what they aimed at
        if pat.plover in GUARDED and self._aim_of(view, trig):
            return "intended"  # كان هدف الخلية ضرب المنشآت: what an aim names, not done
        if (_is_nominal(trig) or _joined_present(trig)) and _future_through_pp(view, trig):
            # ستزيد دعمها، ستستخدم الطائرات في شن الضربات: a verb to come; سيمنح إيران قوة
            # ويهدد إسرائيل: a present verb joined to it by و shares its time
            return "future"
        if pat.plover not in GUARDED and self._expected(view, trig):
            return "future"  # ويتوقع أن يشارك مسؤولون … في المحادثات: foreseen, not done
        if pat.plover not in GUARDED and self._refused(view, trig):
            return "negated"  # رفض استقباله، رفضت الحكومة المشاركة في المفاوضات
        result = _result_modality(view.words, trig.first)
        if result is not None:
            return result  # ستؤدي إلى مقتل العشرات: a result still to come
        if pat.plover not in GUARDED:
            return None
        if self._denied_report(view, trig):
            return "negated"  # نفى صحة تقارير تفيد بأن المعتقل عذب: what the report tells
        if _given_as_example(view, trig, reg, examples_open):
            return "habitual"  # السياسات، مثل بناء الجدار وهدم المنازل: kinds of acts named
        if trig.form.tense == "present" and trig.first > 0 and view.words[trig.first - 1] in MAY:
            return "hypothetical"  # قد يقتلون: may kill
        if _after_background(view, trig, reg) or _in_relative(view, trig) or \
                _pluperfect(view, trig, reg) or _describes_background_attack(view, trig, reg) \
                or self._done_in_relative(view, trig) or \
                (pat.plover in VIOLENCE and self._took_part_in(view, trig, reg)):
            return "historical"  # بعد خطفهم، الذي قُتل في، وكان … قد خطف: an earlier event
        if self._awaited(view, trig):
            return "future"  # بانتظار سيارة مفخخة، في انتظار هجوم: expected, not done
        if pat.plover in VIOLENCE and trig.kind in ("verb", "phrase") and \
                trig.form.tense == "present" and trig.first > 0 and \
                _relative(view.words[trig.first - 1]):
            return "habitual"  # الميليشيا التي تقاتل بوكو حرام: what describes them, no report
        if pat.plover in VIOLENCE and self._practice_described(view, trig, reg):
            return "habitual"  # القتل الذي تقوم به القوى، الغارات التي يشنها التحالف: a practice
        if pat.plover in VIOLENCE and self._since_past_point(view, trig):
            return "habitual"  # قتل ثلاثة آلاف جندي منذ الاجتياح: a total, not one event
        if pat.cameo.startswith(TOLL_CODES) and self._total_over_span(view, trig):
            return "habitual"  # قتل 300 شخص خلال الأشهر الستة الماضية: a total, not one event
        if reg is None:
            return None
        if pat.plover in VIOLENCE and _generic_act(view, trig, reg):
            return "habitual"  # أن حاكماً قتل رجلاً: anyone who did it to anyone, no report
        if pat.plover in VIOLENCE and _is_nominal(trig) and \
                _plural(view.words[trig.head]) and self._counted_category(view, trig):
            return "habitual"  # عدد الهجمات، تقليص الهجمات، التفجيرات زادت: a statistic
        if pat.plover in VIOLENCE and _is_nominal(trig) and \
                _plural(view.words[trig.head]) and not reg.evidence_outside(
                    trig.first, trig.last, COUNT_SIGNS) and not _broke_out(reg, trig):
            return "habitual"  # اغتيالات، الاعتداءات المتكررة: a kind of violence, uncounted
        if trig.kind in ("verb", "phrase") and trig.form.tense == "present" and \
                not reg.evidence_outside(trig.first, trig.last, PRESENT_ANCHORS) and \
                not (pat.plover == "PROTEST" and self._ongoing(view, trig, pat)):
            return "habitual"  # تستهدف، يخطفون: what is done (habitually), not a report
        return None

    def _listed_modality(self, view: SentenceView, trig: Trigger,
                         earlier: list[_Listed]) -> _Listed:
        """The modality a governor gives a verbal noun of violence (`_irrealis_governor`,
        `_aim_of`), or, for one joined by و or فضلاً عن / إضافة إلى to the list of an earlier
        one, that one's: every act of a list a plan, a call or a charge of planning governs is
        planned, called for or alleged (بالتخطيط لضرب الوزارة ومقر الأمن واغتيال الضباط فضلاً
        عن مهاجمة الدوريات). The list ends at a stop, a relative pronoun or a verb, and reaches
        LIST_REACH tokens from one member to the next. A member whose modality its own clause
        gave (`_Listed.close`: a topic, a background, a practice) passes it on only to the nouns
        joined right after it, with no comma between."""
        none = _Listed(trig, None, False)
        if not self._noun_like(view, trig, ("", "p", "c", "cp")):
            return none
        own = self._irrealis_governor(view, trig)
        if own is not None or self._aim_of(view, trig):
            return _Listed(trig, own or "intended", False)
        if self._habit_governor(view, trig):
            return _Listed(trig, "habitual", False)
        w = view.words
        joined = "c" in trig.strip or (trig.first >= 2 and
                                       (w[trig.first - 2], w[trig.first - 1]) in LIST_JOINS)
        # the member before: the last trigger a governor reached (a weapon noun inside the
        # list, سيارات مفخخة, is no member). A past form joined by و (وخطف سياح) is a member
        # only with no comma between: after one, وقتل المسلحون opens a clause of its own
        if not joined:
            return none
        member = next((e for e in reversed(earlier) if e.modality is not None), None)
        verb = not _is_nominal(trig)
        comma = False
        reach_end = trig.first - 1 - LIST_REACH
        for k in range(trig.first - 1, -1, -1):
            if k <= reach_end:
                return none
            if w[k][:1] == "و" and view.is_word(k):
                # the objects of the list are joined by و too (لضرب الوزارة ومقر الفرقة ومبنى
                # الإذاعة واغتيال الضباط): the reach runs from the last conjunct
                reach_end = min(reach_end, k - 1 - LIST_REACH)
            if member is not None and k == member.trig.last:
                shared = not member.close or not (comma or verb)
                return _Listed(trig, member.modality, member.close) if shared else none
            comma = comma or w[k] in roles.COMMAS
            if member is None and view.is_word(k) and (
                    _noun_with_prep(w[k]) or k > 0 and w[k - 1] in GOVERNED_PREPS):
                # the list opens with a verbal noun no entry codes (أخذوا في نهب المتاجر
                # وخطف المواطنين): what governs it governs the list
                return _Listed(trig, self._prep_governed(view, k), False)
            if w[k] in roles.HARD_STOPS or _verb_at(view, k) or _relative(w[k]) or \
                    contrast_at(w, k) or (verb and w[k] in CLAUSE_ENDS):
                return none
        return none

    def _prep_governed(self, view: SentenceView, first: int) -> str | None:
        """The modality the governor of a verbal noun at `first`, reached through its
        preposition, gives it (see `_irrealis_governor`, `_habit_governor`)."""
        at = _Position(first)
        k = _governing_word(view, at, GOVERNED_PREPS, 3, self._governor_kind)
        if k is not None:
            return self._governor_kind(view.words[k])
        if _governing_word(view, at, frozenset(), 3, self._habit_verb) is not None or \
                _governing_word(view, at, IN_WORDS, 3, self._habit_start) is not None:
            return "habitual"
        return None

    def _habit_verb(self, word: str) -> bool:
        # (not after لـ: ليقوم بعدها الحوثيون بقصف tells what followed, once)
        vocab = self._context("habit_governors")
        return word in vocab or (word[:1] in "وف" and word[1:] in vocab)

    def _habit_start(self, word: str) -> bool:
        return _in_list(word, self._context("habit_starts"))

    def _noun_like(self, view: SentenceView, trig: Trigger, strips: tuple[str, ...]) -> bool:
        """A verbal noun, or a past form spelt as a verbal noun (its own, or the three letters
        of the first form: خطف، قتل، ضرب; not دمّرت) with at most the clitics of `strips`: what a
        governor may take as its object."""
        if _is_nominal(trig):
            return True
        if trig.kind != "verb" or trig.form.tense != "past" or trig.strip not in strips:
            return False
        word = view.words[trig.head]
        return len(word) - len(trig.strip) == 3 or self._has_masdar_form(view, trig)

    def _habit_governor(self, view: SentenceView, trig: Trigger) -> bool:
        """The verbal noun is what someone is told to do as a practice, not an act reported: it
        follows a present auxiliary of the passive (`habit_auxiliaries`: يتم، يجري تعذيب
        المعتقلين), is governed through بـ by a present verb of doing (`habit_governors`:
        يقوم، يقومون: المسلحون يقومون بخطف المواطنين) or through في by a verb of taking up
        (`habit_starts`: أخذ المقاتلون في نهب المتاجر وخطف المواطنين), its subject between;
        a noun of operations before it (`operation_heads`: بعمليات خطف) passes it on. A
        time of now or of a day (`recent_time`, `ongoing_now`: الآن، حالياً، أمس) after the
        governor makes it the news (تقوم القوات حالياً بقصف المدينة)."""
        if trig.first < 1 or not self._noun_like(view, trig, ("", "p")):
            return False
        w = view.words
        k = None
        at = trig
        if trig.first > 1 and not roles.has_prep_clitic(w[trig.first]) and \
                _in_list(w[trig.first - 1], self._context("operation_heads")):
            at = _Position(trig.first - 1)  # يقومون بإرهاب الناس بعمليات تفجير: the operations'
        if not roles.has_prep_clitic(w[at.first]) and \
                _in_list(w[at.first - 1], self._context("habit_auxiliaries")):
            k = at.first - 1
        elif roles.has_prep_clitic(w[at.first]):
            k = _governing_word(view, at, frozenset(), 3, self._habit_verb)
        elif w[at.first - 1] in IN_WORDS:
            k = _governing_word(view, at, IN_WORDS, 3, self._habit_start)
        if k is None:
            return False
        now = self._context("recent_time") | self._context("ongoing_now")
        return not any(_in_list(w[j], now) for j in range(k + 1, min(len(w), trig.last + 4)))

    def _reaction_object(self, view: SentenceView, trig: Trigger) -> bool:
        """The لـ before the verbal noun is the object of a word of feeling or judging
        (`reaction_governors`: أسف لقصف، أعرب عن أسفه الشديد لاعتقال، إدانة المملكة لاغتيال):
        the act it reacts to, which happened, not a purpose. The governor stands right before
        the noun, or with one or two words between (an adjective, its agent), no verb, stop or
        preposition among them."""
        w = view.words
        reaction = self._context("reaction_governors")
        for k in range(trig.first - 1, max(-1, trig.first - 1 - REACTION_REACH), -1):
            if _in_list(w[k], reaction):
                return True
            if not view.is_word(k) or roles.is_prep(w[k]) or k in view.verbs:
                return False
        return False

    def _aim_of(self, view: SentenceView, trig: Trigger) -> bool:
        """The bare verbal noun names an aim, not a deed: right after a word of purpose
        (`purpose_governors`: بهدف، بغية، بغرض، الهدف، هدفهم: بهدف ضرب الدولة، الهدف قصف
        المخازن), or as the predicate of a noun of aim in construct (`aim_nouns`: هدف، غاية،
        فكر) whose genitive (one or two words) and a كان may stand between (كان هدف الخلية ضرب
        المنشآت). A preposition (الهدف من الغارة) or a verb between ends the search."""
        if trig.first < 1 or roles.has_prep_clitic(view.words[trig.first]) or \
                not self._noun_like(view, trig, ("",)):
            return False
        w = view.words
        if _in_list(w[trig.first - 1], self._context("purpose_governors")):
            return True
        aims = self._context("aim_nouns")
        j = trig.first - 1
        if w[j] in KANA:
            j -= 1
        for k in range(j, max(-1, j - AIM_GENITIVE - 1), -1):
            if k != j and w[k] in aims:
                return True
            if not view.is_word(k) or roles.is_prep(w[k]) or k in view.verbs:
                break
        return self._aim_relative(view, trig, aims)

    def _aim_relative(self, view: SentenceView, trig: Trigger, aims: frozenset[str]) -> bool:
        """The bare verbal noun is the predicate of a noun of aim described by a relative clause
        (الفكر الذي كان لدى الخلية ضرب البترول، الهدف الذي حددته القيادة قصف المطار): the
        clause (AIM_CLAUSE words at most, no stop, comma or other verb of the events
        dictionary but كان) stands between."""
        w = view.words
        for k in range(trig.first - 2, max(0, trig.first - 2 - AIM_CLAUSE), -1):
            if _relative(w[k]):
                noun = w[k - 1][2:] if w[k - 1].startswith("ال") else w[k - 1]
                return noun in aims
            if not view.is_word(k) or (_verb_at(view, k) and w[k] not in KANA):
                return False
        return False

    def _done_in_relative(self, view: SentenceView, trig: Trigger) -> bool:
        """A verbal noun after a relative pronoun and a past auxiliary of the passive
        (`past_auxiliaries`: الأفارقة الذين تم اختطافهم، الرجل الذي جرى اغتياله): what happened to
        someone before, told to identify them, as الذي قُتل (`_in_relative`)."""
        w = view.words
        if not _is_nominal(trig) or trig.first < 2 or \
                not _in_list(w[trig.first - 1], self._context("past_auxiliaries")):
            return False
        return _relative(w[trig.first - 2]) or _unmarked_relative(view, trig)

    def _practice_described(self, view: SentenceView, trig: Trigger,
                            reg: Register | None) -> bool:
        """A definite verbal noun of violence, its adjectives, then a relative clause whose verb
        is a present verb of doing or undergoing (`practice_verbs`: القتل العبثي الذي تقوم به
        القوى، الغارات التي يشنها التحالف، القصف الذي تتعرض له المدينة): violence named as what is
        being done, a practice, not one act reported; unless a recent time dates it."""
        w = view.words
        if not _is_nominal(trig) or "a" not in trig.strip:
            return False
        for k in range(trig.last + 1, min(len(w) - 1, trig.last + 1 + DESCRIBED_REACH + 1)):
            if _relative(w[k]):
                return _in_list(w[k + 1], self._context("practice_verbs")) and not (
                    reg is not None and reg.evidence_outside(trig.first, k + 1, PRESENT_ANCHORS))
            if not view.is_word(k) or not _adjective_form(w[k]):
                return False
        return False

    def _took_part_in(self, view: SentenceView, trig: Trigger, reg: Register | None) -> bool:
        """What someone took part or was involved in (`participation_words` + في: أطفال شاركوا
        في الهجوم، ضلوعه في اغتيال، شارك في تنفيذ تفجيرات): the act is named as known, the
        record of the one who took part is the news; unless a recent time dates the act in its
        clause (شارك في الهجوم أمس عشرات المسلحين). Asked of violence only: شارك الآلاف في
        مظاهرة is how a protest is reported."""
        w = view.words
        k = trig.first - 1
        if k >= 0 and w[k] in OCCURRENCE_NOUNS:
            k -= 1
        if k < 1 or w[k] not in IN_WORDS or roles.has_prep_clitic(w[trig.first]):
            return False
        return _in_list(w[k - 1], self._context("participation_words")) and \
            not _recent_clause(view, reg, trig)

    def _awaited(self, view: SentenceView, trig: Trigger) -> bool:
        """An act after a noun of waiting (`expectation_words`: بانتظار سيارة مفخخة، في انتظار
        وقوع هجوم), or in the phrase of what is awaited (بانتظار سيارة مفخخة يقودها انتحاري),
        AWAITED_REACH words at most, no stop, comma, preposition, relative pronoun or verb of the
        dictionaries between:
        what is expected to come, not what was done."""
        w = view.words
        awaited = self._context("expectation_words")
        for k in range(trig.first - 1, max(-1, trig.first - 1 - AWAITED_REACH), -1):
            if _in_list(w[k], awaited):
                return True
            if not view.is_word(k) or roles.is_prep(w[k]) or _relative(w[k]) or _verb_at(view, k):
                return False
        return False

    def _denied_report(self, view: SentenceView, trig: Trigger) -> bool:
        """The trigger is told by a report that a word of denial (the `denial` cues: نفى،
        ينفي، نافياً) rejects: a word of `denied_reports` (صحة، تقارير، أنباء، ما تردد) within
        DENIED_NEAR words after the denial, and the trigger later in the same clause, however
        long the report's subject (نفى المصدر صحة تقارير تفيد بأن مساعد وزير الدفاع السابق
        العميد … عذب). A denial with no report noun reaches as its cue does (modality)."""
        w = view.words
        denial = self.compiled.cues.singles.get("denial", frozenset())
        reports = self._context("denied_reports")
        for j in range(trig.first - 1, max(-1, trig.first - 1 - DENIED_REACH), -1):
            if w[j] in roles.HARD_STOPS or contrast_at(w, j):
                return False
            if _in_list(w[j], denial):
                return (j == 0 or w[j - 1] not in LAM_NEGATION) and any(
                    _in_list(w[i], reports) for i in range(j + 1, min(j + 1 + DENIED_NEAR,
                                                                      trig.first)))
        return False

    def _crowd_before(self, view: SentenceView, trig: Trigger) -> bool:
        """A crowd of protesters right before a protest noun with لـ (دفعت الجماعة بخمسة آلاف
        متظاهر للاحتشاد، حشد الحزب آلاف المحتجين للاعتصام): those who hold it are already
        protesters, so the لـ says what they did, not a mere aim (a call or a plan that governs
        the noun still makes it one: دعت الحركة المتظاهرين للاحتشاد)."""
        k = trig.first - 1
        if k < 0 or not view.is_word(k) or self.compiled.analyse(
                view.words[k])[1].isdisjoint(self._context("protest_crowds")):
            return False
        for j in range(k - 1, max(-1, k - 1 - CALL_REACH), -1):
            if view.words[j] in roles.HARD_STOPS:
                break
            if self._governor_kind(view.words[j]) is not None:
                return False  # دعت الحركة أمس المتظاهرين للاحتشاد: asked for, not done
        return True

    def _ongoing(self, view: SentenceView, trig: Trigger, pat: Pattern) -> bool:
        """A protest that lasts, told in the present: a hunger strike or a strike (CAMEO 142,
        143: يشارك في الإضراب عن الطعام), a protest continued (يواصل المعتصمون اعتصامهم) or
        one held since a span of time (يعتصم العمال منذ أسبوع). It is going on, not a habit."""
        if pat.cameo.startswith(DURATIVE_PROTESTS):
            return True
        w = view.words
        if not self.compiled.analyse(w[trig.head])[1].isdisjoint(
                self._context("continuing_verbs")):
            return True
        for k in range(trig.last + 1, min(len(w) - 1, trig.last + 1 + ONGOING_REACH)):
            if w[k] in CLAUSE_ENDS:
                break
            if w[k] in SINCE and (w[k + 1] == "#" or w[k + 1] in BACKGROUND_SPANS or
                                  w[k + 1] in roles.COUNT_WORDS):
                return True
        return False

    def _civil_subject(self, view: SentenceView, keys, trig: Trigger, words) -> bool:
        k = trig.first - 1
        if k > 0 and _adjective_form(view.words[k]) and \
                keys[k].isdisjoint(self._context("military_adjectives")):
            k -= 1  # حملة أمنية استهدفت (but حملة عسكرية استهدفت is force)
        j = trig.last + 1
        if j < len(keys) and (view.words[j].startswith("ب") or roles.is_prep(view.words[j])):
            return False  # قافلة المساعدات استهدفت بقذائف: the passive, the convoy was hit
        return k >= 0 and view.is_word(k) and not keys[k].isdisjoint(words)

    def _against_positions(self, view: SentenceView, keys, trig: Trigger) -> bool:
        """The light verb's attack is on military positions (شنت الفصائل هجوماً على مراكز قوات
        النظام، هجوماً واسعاً على مواقع الجيش: `military_positions` right after على / ضد, at most
        two words after the phrase): force, not an attack in words."""
        positions = self._context("military_positions")
        for k in range(trig.last + 1, min(len(keys) - 1, trig.last + 3)):
            if view.words[k] in AGAINST_PREPS:
                return not keys[k + 1].isdisjoint(positions) and not (
                    k + 2 < len(keys) and view.words[k + 2] in WEB_WORDS)  # مواقع التواصل
            if not view.is_word(k):
                return False
        return False

    def _after_exposure(self, view: SentenceView, trig: Trigger) -> bool:
        """تعرّض لـ (underwent): its لـ governs the event, it is no purpose (تعرضت الآلية
        للتفجير)."""
        verbs = self.compiled.contexts.get("exposure_verbs", frozenset())
        return any(not self.compiled.analyse(view.words[j])[1].isdisjoint(verbs)
                   for j in range(max(0, trig.first - 5), trig.first))

    def _after_reference_noun(self, view: SentenceView, keys, trig: Trigger) -> bool:
        """A noun that makes the next verbal noun a topic (ملف، قضية، نبأ، مكافحة…), just
        before it (one word may stand between: ملف عملية اغتيال)."""
        ref = self.compiled.contexts.get("reference_nouns", frozenset())
        return any(not keys[j].isdisjoint(ref) for j in range(max(0, trig.first - 2), trig.first))

    def _head_in(self, keys, trig: Trigger, context: str) -> bool:
        """Is the trigger's word in the named word list of the events dictionary?"""
        return not keys[trig.head].isdisjoint(self.compiled.contexts.get(context, frozenset()))

    def _misread(self, keys, trig: Trigger) -> bool:
        """Word forms that news uses as another word than the trigger they look like: توقّف "a
        halt" is not تُوقِف "she arrests", لاحقاً "later" is not لاحَقَ "pursued", صفّت "lined up"
        is seldom صفّى "liquidated" (the `not_triggers` list of events.json)."""
        return self._head_in(keys, trig, "not_triggers")

    def _context(self, name: str) -> frozenset[str]:
        return self.compiled.contexts.get(name, frozenset())

    def _noun_reading(self, view: SentenceView, trig: Trigger) -> bool:
        """Re-read the trigger's word as a protest noun with a pronoun (تظاهرتنا → تظاهرة + نا,
        تجمعهم → تجمّع + هم): the trigger becomes that noun. False when the word has no such
        reading."""
        c = self.compiled
        for stem, how in c.analyse(view.words[trig.head])[0]:
            if "e" not in how:
                continue
            for h in c.index.get(stem, ()):
                if h.rest or h.kind == "head" or not (h.kind == "noun" or
                                                      h.form.tense == "masdar"):
                    continue
                if c.patterns[h.pattern].plover == "PROTEST":
                    trig.pattern, trig.kind, trig.form, trig.strip = h.pattern, h.kind, h.form, how
                    return True
        return False

    def _no_gathering(self, view: SentenceView, keys, trig: Trigger, pat: Pattern) -> bool:
        """تجمّع that tells of no protest: vehicles, things or the forces of order gathering
        (تجمعت السيارات، تجمعت الشرطة), the present of جمع "brings together, collects" after a
        particle that takes the present (أن تجمع خمسين متظاهراً, not بعد أن تجمع المتظاهرون),
        or the noun heading a name (تجمع المتوسط، التجمع الوطني: an association)."""
        if pat.id != GATHER_ENTRY:
            return False
        w = view.words
        not_crowds = self._context("gather_not_crowds")
        crowds = self._context("protest_crowds")
        skip = self._context("quantities") | roles.COUNT_WORDS | {"من", "#"} | \
            self._context("gather_quantifiers")
        prev = w[trig.first - 1] if trig.first > 0 else ""
        if trig.last + 1 < len(w) and w[trig.last + 1] in OPEN_QUOTES:
            return True  # تجمع «نادي باريس»: a name follows
        j = trig.last + 1
        if trig.first > 0 and not keys[trig.first - 1].isdisjoint(LARGEST) and j < len(w) and \
                w[j].startswith("لل") and keys[j].isdisjoint(crowds) and \
                not any(m.first == j for m in view.mentions):
            # أكبر تجمع للدروز، ثاني أكبر تجمع للمسلمين: where a people lives most (not أكبر تجمع
            # للمتظاهرين، أكبر تجمع للمعارضة: a crowd or an actor that rallied)
            return True
        if _is_nominal(trig) or (roles.has_prep_clitic(prev) and len(prev) > 4 and
                                 prev not in NOT_CONSTRUCT):
            # (لإنشاء تجمع المتوسط: after a verbal noun with its preposition, the noun)
            j = trig.last + 1
            if j < len(w) and view.is_word(j) and keys[j].isdisjoint(crowds | skip) and (
                    w[j].startswith("ال") or any(m.first == j for m in view.mentions)):
                return True  # تجمع المتوسط، تجمع الأحزاب: the name of an association
            # استهدفت الطائرات تجمعاً للمسلحين: a concentration of fighters or vehicles
            return j < len(w) and not keys[j].isdisjoint(not_crowds)
        if trig.kind != "verb":
            return False
        if prev in self._context("present_particles") and trig.form.text == w[trig.head] and \
                not (prev in AN and trig.first > 1 and
                     w[trig.first - 2] in self._context("past_before_an")):
            return True  # أن تجمع، لن تجمع: the present of جمع, which takes an object
        j = trig.last + 1
        while j < len(w) and j <= trig.last + 4 and (w[j] in skip or not keys[j].isdisjoint(skip)):
            j += 1
        if j >= len(w) or not view.is_word(j):
            return False
        if not keys[j].isdisjoint(not_crowds):
            return True  # تجمعت مئات السيارات، تجمعت الشرطة
        m = next((m for m in view.mentions if m.first == j), None)
        return m is not None and (m.entity.actor_code or "").endswith(("COP", "MIL"))

    def _counted_category(self, view: SentenceView, trig: Trigger) -> bool:
        """A plural verbal noun of violence counted as a category: after a noun of count or
        trend (عدد الهجمات، تقليص عدد الهجمات، ارتفاع عدد الاغتيالات) or a feminine verb of
        trend (زادت التفجيرات), or before a verb of trend or a level in its clause (التفجيرات
        … زادت، الهجمات … بلغت أدنى مستوياتها)."""
        keys_of = lambda k: self.compiled.analyse(view.words[k])[1]  # noqa: E731
        nouns, verbs = self._context("trend_nouns"), self._context("trend_verbs")
        levels = self._context("trend_levels")
        before = [k for k in (trig.first - 1, trig.first - 2) if k >= 0]
        if before and not keys_of(before[0]).isdisjoint(nouns | verbs):
            return True  # عدد الهجمات، زادت التفجيرات
        if len(before) == 2 and not keys_of(before[1]).isdisjoint(nouns) and \
                not keys_of(before[0]).isdisjoint(nouns):
            return True  # تقليص عدد الهجمات
        for k in range(trig.last + 1, min(len(view.words), trig.last + 1 + TREND_REACH)):
            if view.words[k] in CLAUSE_ENDS:
                break
            if not keys_of(k).isdisjoint(verbs | levels):
                return True  # التفجيرات وغيرها من التفجيرات زادت
        return False

    def _since_past_point(self, view: SentenceView, trig: Trigger, fronted: bool = False) -> bool:
        """A toll or a count reaching to منذ + a past point in its clause (قتل ثلاثة آلاف جندي
        منذ الاجتياح، منذ 2003، منذ بداية العام): a total accumulated over time, not one event.
        Not after a superlative (أعنف هجوم منذ بداية العام: one event, the worst since) nor
        with a recent time between (قتل جنديان أمس … منذ). `fronted`: only a منذ before the
        toll (ومنذ بداية العام قتل)."""
        w = view.words
        starts = self._context("since_starts")
        stop = self._context("superlatives") | self._context("recent_time")

        def since_at(k: int) -> bool:
            if w[k] not in SINCE or k + 1 >= len(w):
                return False
            nxt = k + 1
            if view.tokens[nxt].kind == "number":
                text = view.tokens[nxt].text.translate(_ARABIC_DIGITS)
                return len(text) == 4 and text[:2] in ("19", "20")
            return not self.compiled.analyse(w[nxt])[1].isdisjoint(starts)

        if any(not self.compiled.analyse(w[k])[1].isdisjoint(stop)
               for k in range(max(0, trig.first - 2), trig.first)):
            return False  # أول هجوم منذ سقوط الهدنة: the first since, one event
        reach = 0 if fronted else SINCE_REACH
        for k in range(trig.last + 1, min(len(w), trig.last + 1 + reach)):
            if w[k] in CLAUSE_ENDS or _relative(w[k]):
                break
            if since_at(k):
                return True
            if not self.compiled.analyse(w[k])[1].isdisjoint(stop):
                return False
        # ومنذ بداية العام قتل 300 شخص: the point of time may open the clause
        for k in range(trig.first - 1, max(-1, trig.first - 1 - SINCE_BACK), -1):
            if w[k] in CLAUSE_ENDS or not self.compiled.analyse(w[k])[1].isdisjoint(stop):
                return False
            if since_at(k) and k + 1 < trig.first and trig.kind in ("verb", "phrase"):
                return True  # (منذ بداية الهجوم: the noun is the point of time itself)
        return False

    def _total_over_span(self, view: SentenceView, trig: Trigger) -> bool:
        """A counted toll over a span of months or years in its clause (قتل 300 شخص خلال الأشهر
        الستة الماضية، وفي الأشهر الستة الأخيرة أدت التفجيرات إلى قتل أربعة آلاف، على مدى ثلاث
        سنوات), or up to now after it (الحرب التي أسفرت عن مقتل 200 ألف شخص حتى الآن): a total
        accumulated over that time, not one event. A span of days or weeks is
        left to the news (قتلت القوات خلال الأسبوع الماضي 47 مسلحاً: told as a report); not
        with a superlative between (سقوط 35 قتيلاً في أحد أكثر الانفجارات دموية في الأشهر
        الأخيرة: the span measures the blast, one event)."""
        w = view.words
        stops = self._context("superlatives") | self._context("recent_time")
        quantities = self._context("quantities")

        def stop_at(k: int) -> bool:
            return w[k] in CLAUSE_ENDS or not self.compiled.analyse(w[k])[1].isdisjoint(stops) \
                or (w[k] == MORE and (k + 1 >= len(w) or w[k + 1] != MIN))

        def counted(k: int) -> bool:
            return w[k] == "#" or not self.compiled.analyse(w[k])[1].isdisjoint(quantities)

        if not any(counted(k) for k in range(max(0, trig.first - 2),
                                             min(len(w), trig.last + 4)) if k != trig.head):
            return False  # قتل زعيم التنظيم خلال الأشهر الماضية: one killing
        for k in range(trig.last + 1, min(len(w), trig.last + 1 + SINCE_REACH)):
            if stop_at(k) or w[k] in LAM_NEGATION:
                break  # (ولم تتبن أي جهة الهجوم حتى الآن: the negated clause's "so far")
            if _long_span_at(w, k) or _so_far_at(w, k):
                return True
        for k in range(trig.first - 1, max(-1, trig.first - 1 - SINCE_BACK - 1), -1):
            if stop_at(k):
                return False
            if _long_span_at(w, k):
                return True
        return False

    def _noun_before_nisba(self, view: SentenceView, keys, trig: Trigger) -> bool:
        """A bare verb form that is also a noun (`noun_homographs`: طالب "student") followed by
        an indefinite relational adjective is the noun: طالب تونسي is a Tunisian student, not
        "he demanded"."""
        if trig.kind != "verb" or trig.strip not in ("", "c") or trig.last + 1 >= len(view.words):
            return False
        nxt = view.words[trig.last + 1]
        return self._head_in(keys, trig, "noun_homographs") and not nxt.startswith("ال") and \
            roles.is_nisba_word(nxt)

    def _register_modality(self, keys, trig: Trigger, reg: Register, plover: str | None,
                           done: bool) -> str | None:
        """The register's modality (`Register.modality_for`), without the judicial register when
        only the words of an act a verb of doing tells was done carry it (أقدم التنظيم أمس على
        إعدام عشرة: the execution is the news, no trial is its topic; but مبرراً إعدام الجنود
        names one)."""
        ignore = frozenset()
        if "register_judicial" in reg.names and done:
            judicial = self._context("register_judicial")
            if not any(not keys[j].isdisjoint(judicial) for j in range(len(keys))
                       if not trig.first <= j <= trig.last):
                ignore = frozenset({"register_judicial"})
        return reg.modality_for(plover, ignore)

    def _irrealis_governor(self, view: SentenceView, trig: Trigger) -> str | None:
        """The modality a verbal noun takes from the word that governs it: a call, a demand or a
        need (`call_governors`: دعا إلى ضرب، طالب بقصف، ضرورة ضرب، لا بد من) makes it
        `hypothetical`; a plan or a preparation (`plan_governors`: خطة لاغتيال، التخطيط لتفجير،
        الاستعداد لقصف) `intended`. The governor stands before the preposition that introduces
        the noun (a separate word or a clitic ب/ل), with at most two words between (its subject:
        دعا الوزير الأمريكي إلى), or, if it takes the noun bare (`direct_governors`: ضرورة،
        يجب، خطة), right before it: the noun is what is asked for, not a deed. None otherwise."""
        # a bare past form (ضرب، قتل) there is the verbal noun too: no verb follows a preposition
        # or a noun in construct
        if trig.first == 0 or not _noun_or_bare_past(trig):
            return None
        prev = _word_before_quoted(view.words, trig.first)
        if not roles.has_prep_clitic(view.words[trig.first]) and self._governs_directly(prev):
            return self._governor_kind(prev)  # ضرورة ضرب (but وتطالب الشكوى: its subject)
        k = _governing_word(view, trig, GOVERNED_PREPS, 3, self._governor_kind)
        if k is not None:
            return self._governor_kind(view.words[k])
        if self._warned_against(view, trig) or self._dissuaded_from(view, trig):
            return "hypothetical"
        return None

    def _foiled(self, view: SentenceView, trig: Trigger, told: bool = False) -> bool:
        """The verbal noun is the object of a verb (or noun) of foiling (`foil_governors`:
        أحبطت قوات الأمن أمس هجوماً، إحباط تفجير، أجهض محاولة لاغتيال، أفشلت مخططاً) at most
        FOIL_REACH words before it (its subject may stand between), in its clause, no other verb
        between; not when the foiling is negated, nor when the act is told as launched (an
        attack repelled: `_repelled`). What is joined to it shares nothing (الفرح بإحباط
        العمليات والقبض على أفراد التنظيم: the arrests were made)."""
        return self._foiling(view, trig) and not self._took_place(view, trig, told)

    def _repelled(self, view: SentenceView, trig: Trigger, told: bool = False) -> bool:
        """A foiled act told as launched (أحبط الجيش هجوماً شنه المسلحون على مواقعه، أفشلت
        القوات هجوماً أسفر عن إصابة جنديين) or referring back to one told before: it took
        place and failed, an act done."""
        return self._foiling(view, trig) and self._took_place(view, trig, told)

    def _took_place(self, view: SentenceView, trig: Trigger, told: bool) -> bool:
        """The foiled act was underway: told as launched (`_launched`), or a definite noun
        with no relative clause after it (الهجوم على المدينة, not الهجوم الذي خطط له) when an
        act of violence was told as done before it in the article (`told`: شن مسلحون هجوماً
        على المدينة … وأحبط الجيش الهجوم): the noun refers back to that act."""
        return self._launched(view, trig) or _refers_back(view, trig, told)

    def _foiled_told_before(self, view: SentenceView, trig: Trigger, told: bool) -> bool:
        """A foiled act that refers back to one told before (see `_took_place`), not one told as
        launched in its own words: a mention of that act, no other (see `_merge`)."""
        return _refers_back(view, trig, told) and self._foiling(view, trig) and \
            not self._launched(view, trig)

    def _foiling(self, view: SentenceView, trig: Trigger) -> bool:
        """A word of `foil_governors` governs the verbal noun (see `_foiled`), not negated."""
        if trig.first == 0 or not _noun_or_bare_past(trig) or "c" in trig.strip:
            return False  # (a noun with و: joined to the foiling, or to what it foiled)
        return self._foil_before(view, trig.first)

    def _aim_of_foiled(self, view: SentenceView, trig: Trigger) -> bool:
        """A present verb of violence after كان (and a relative pronoun) that tells what a
        foiled act aimed at (إحباط عدد من العمليات التي كانت تستهدف مساجد، أحبطت الشرطة خططاً
        كانت تستهدف السفارة): the aim of what never took place, not done either."""
        if trig.kind != "verb" or trig.form.tense != "present" or trig.first < 2:
            return False
        w = view.words
        k = trig.first - 1
        if w[k] not in KANA or w[k][:1] in "وف":
            return False
        if w[k - 1] in RELATIVES:
            k -= 1
        return k > 1 and self._foil_before(view, k - 1)  # (from the noun, or its adjective)

    def _foil_before(self, view: SentenceView, end: int) -> bool:
        """A word of `foil_governors` at most FOIL_REACH words before the word at `end`, in its
        clause, no verb between, and not negated (see `_foiled`). Not when a preposition of time
        or cause, or عن طريق, governs that word (أحبطت القوات الهجوم بعد اشتباك، بعد ساعات من
        القتال، إفشالها عن طريق القصف: when or how the act was foiled, not what was foiled)."""
        w = view.words
        foil = self._context("foil_governors")
        for k in range(end - 1, max(-1, end - 1 - FOIL_REACH), -1):
            if w[k] in roles.HARD_STOPS or w[k] in roles.COMMAS or contrast_at(w, k):
                return False
            if (strip_conj(w[k]) in ADJUNCT_PREPS or _means_at(w, k)) and \
                    (k == end - 1 or roles.is_prep(w[end - 1])):
                return False
            if w[k] in foil or (w[k][:1] in "وف" and w[k][1:] in foil):
                # لم تتمكن من إحباط الهجوم: a foiling denied, the attack took place
                return modality(w, k, k, self.compiled.cues) != "negated"
            if _verb_at(view, k):
                return False
        return False

    def _launched(self, view: SentenceView, trig: Trigger) -> bool:
        """The act is told as launched: a verb of `launch_verbs` with its pronoun (شنه، نفذته)
        right after it or after its adjectives or الذي (هجوماً انتحارياً نفذه، الهجوم الذي شنه;
        not هجوماً كان المسلحون ينوون شنه: what they meant to launch), or one of
        `launched_passives` right after الذي (الهجوم الذي شُنّ عليه، الذي وقع); or a verb of
        its toll at most LAUNCH_REACH words after it, no other verb nor stop between (هجوماً على
        حاجز أسفر عن إصابة جنديين)."""
        w = view.words
        launch = self._context("launch_verbs")
        passive = self._context("launched_passives")
        definite = "a" in trig.strip or w[trig.head].startswith("ال")
        described = True  # only adjectives and a relative pronoun so far
        for k in range(trig.last + 1, min(len(w), trig.last + 1 + LAUNCH_REACH)):
            if w[k] in roles.HARD_STOPS or w[k] in roles.COMMAS:
                return False
            if (described and w[k] in launch) or strip_conj(w[k]) in RESULTS_OF:
                return True
            if described and w[k] in passive and w[k - 1] in RELATIVES:
                return True  # الهجوم الذي شُنّ على المدينة، الهجوم الذي وقع: no pronoun, passive
            if _verb_at(view, k):
                return False
            described = described and (_relative(w[k]) or _adjective_form(w[k].rstrip("ا")) or
                                       definite and _definite_adjective(view, k))
        return False

    def _warned_against(self, view: SentenceView, trig: Trigger) -> bool:
        """The verbal noun is what a warning is against (حذر الجيش المسلحين من مهاجمة القوات،
        حذر … من الاستمرار في إطلاق الصواريخ): من right before it, or before the noun of
        continuing that governs it, and a word of warning (`warn_governors`) at most WARN_REACH
        words before that, in the same clause (the warned party may stand between)."""
        return self._governed_from_afar(view, trig, MIN, "warn_governors") is not None

    def _dissuaded_from(self, view: SentenceView, trig: Trigger) -> bool:
        """The verbal noun is what someone is talked out of (`dissuade_governors`: جهود لإثناء
        الإدارة الأمريكية، عن إبرام الاتفاق، ثني المسلحين عن مهاجمة): عن right before it, the
        word of dissuading up to WARN_REACH words before (the long name of the one dissuaded
        and a comma may stand between). Not done, at most asked not to be: `hypothetical`."""
        k = self._governed_from_afar(view, trig, AN_PREP, "dissuade_governors")
        if k is None:
            return False
        word = view.words[k]
        if (word[1:] if word[:1] in "وف" else word) != DURING:
            return True
        return view.tokens[k].text.lstrip("وف").startswith("إ")

    def _governed_from_afar(self, view: SentenceView, trig: Trigger, prep: str,
                            governors: str) -> int | None:
        """The position of a word of the context `governors` at most WARN_REACH words before
        the preposition `prep` that stands right before the verbal noun (or before the noun of
        continuing that governs it: من الاستمرار في إطلاق), in the same clause; None if none."""
        w = view.words
        p = trig.first - 1
        if p >= 2 and w[p] == FI and w[p - 1] in self._context("continuation_nouns"):
            p -= 2  # من الاستمرار في إطلاق
        if p < 1 or w[p] != prep:
            return None
        vocab = self._context(governors)
        for j in range(p - 1, max(-1, p - 1 - WARN_REACH), -1):
            if w[j] in roles.HARD_STOPS or contrast_at(w, j):
                return None
            if w[j] in vocab or (w[j][:1] in "وف" and w[j][1:] in vocab):
                return j
        return None

    def _governs_directly(self, word: str) -> bool:
        vocab = self._context("direct_governors")
        return word in vocab or (word[:1] in "وف" and len(word) > 3 and word[1:] in vocab)

    def _governor_kind(self, word: str) -> str | None:
        bare = word[1:] if word[:1] in "وف" and len(word) > 3 else word
        for name, kind in (("call_governors", "hypothetical"), ("plan_governors", "intended")):
            vocab = self._context(name)
            if word in vocab or bare in vocab:
                return kind
        return None

    def _masdar_reading(self, view: SentenceView, trig: Trigger) -> bool:
        """A bare past verb spelt like its verbal noun (خطف، قتل، قصف، ضرب) reads as the noun
        after a preposition (عن قتل، في قصف) or a feminine noun in construct (عملية خطف، محاولة
        قتل، جريمة ضرب، عمليات خطف، بمحاولتها ضرب): a verb never follows either directly."""
        if trig.kind != "verb" or trig.form.tense != "past" or trig.first == 0 or \
                trig.first != trig.head:
            return False
        prev = view.words[trig.first - 1]
        if not self._has_masdar_form(view, trig):
            return False
        if roles.is_prep(prev):
            return True
        m = view.mention_ending_at(trig.first - 1)
        if m is not None and m.first > 0 and m.first - 1 in view.verbs and not m.in_pp:
            return True  # أدان الوزير الفرنسي قصف المدينة: after a verb and its subject, its object
        ctx = self.compiled.contexts
        if prev in ctx.get("masdar_heads", frozenset()) or \
                prev in ctx.get("reference_nouns", frozenset()):
            return True  # وجوب قتل، أعمال قمع، قصة خطف: a noun that takes a verbal noun
        # a construct head has no article: المقاومة قصف (SVO) keeps the verb
        return len(prev) >= 3 and prev.endswith(("ه", "ات", "ته", "تها", "تهم")) and \
            not prev.startswith("ال") and prev not in KANA

    def _calls_for(self, view: SentenceView, m: roles.Mention, trig: Trigger) -> bool:
        """`m` is the subject of a verb of calling (events.json `call_governors`: دعا، طالب)
        right before it or between it and the trigger."""
        around = [m.first - 1] + list(range(m.last + 1, trig.first))
        return any(k >= 0 and self._governor_kind(view.words[k]) == "hypothetical"
                   for k in around)

    def _observed(self, view: SentenceView, trig: Trigger) -> bool:
        """The trigger is what a noun of observing right before it governs (events.json
        `observance_nouns`: احترام الهدنة، الالتزام بوقف إطلاق النار): a truce or an agreement
        that stands, which the ones who ask to observe it did not make."""
        k = trig.first - 1
        return k >= 0 and not self.compiled.analyse(view.words[k])[1].isdisjoint(
            self._context("observance_nouns"))

    def _agent_then_lam(self, view: SentenceView, trig: Trigger) -> bool:
        """A bare past form spelt like its verbal noun, then an actor and لـ (ودعم الصين لها،
        دعم السعودية لليمن): the verbal noun with its agent and its object; a verb would take
        its object without لـ (دعمتها الصين)."""
        if trig.kind != "verb" or trig.form.tense != "past" or trig.first != trig.head or \
                not self._has_masdar_form(view, trig):
            return False
        m = view.mention_at(trig.last + 1, trig.last + 1)
        if m is None or m.first != trig.last + 1 or m.in_pp or m.last + 1 >= len(view.words):
            return False
        return view.words[m.last + 1] in roles.LAM_PRONOUNS or _lam_after(view, m.last)

    def _joined_toll(self, view: SentenceView, trig: Trigger) -> Trigger | None:
        """A bare past form of harm spelt like its verbal noun, joined by و to a noun of
        undergoing a few words before it (events.json `undergoing_nouns`: مقتل الضابط وجرح
        جنديين، إصابة شرطي وجرح آخر): the second verbal noun of the toll, not a verb; the toll's
        word as a trigger (for the result verb before it), or None."""
        if trig.kind == "phrase" or trig.form.tense != "past" or "c" not in trig.strip or not (
                self._has_masdar_form(view, trig) or _bare_triliteral(trig.form.text)):
            return None  # (the past form read as the noun keeps its form: asked again after)
        nouns = self._context("undergoing_nouns")
        for k in range(trig.first - 2, max(-1, trig.first - 2 - TOLL_JOIN_REACH), -1):
            w = view.words[k]
            if not view.is_word(k) or w in roles.COMMAS:
                return None
            keys = self.compiled.analyse(w)[1]
            if not keys.isdisjoint(nouns):
                bare = strip_conj(w)
                prep = bare[:1] in ("ب", "ل") and keys.isdisjoint({bare}) and bare[1:] in nouns
                return dataclasses.replace(trig, first=k, last=k, head=k, kind="noun",
                                           strip="p" if prep else "")
            if k in view.verbs:
                return None
        return None

    def _has_masdar_form(self, view: SentenceView, trig: Trigger) -> bool:
        """The trigger's word is also the verbal noun of its own pattern (قتل، خطف، قصف)."""
        stems = [stem for stem, how in self.compiled.analyse(view.words[trig.head])[0]
                 if how == trig.strip]
        return any(h.pattern == trig.pattern and h.form.tense == "masdar"
                   for stem in stems for h in self.compiled.index.get(stem, ()))

    def _other_noun_after_prep(self, view: SentenceView, trig: Trigger) -> bool:
        """A bare past form right after a preposition word that is not the verbal noun of its
        pattern is another noun (وفي ضربته "in its strike", عند فجر "at dawn"): no past verb
        follows a preposition (but منذ / حتى / من: `VERB_AFTER_PREP`), nor a present one (عند
        تقاطع "at the crossing" is no تُقاطِع "she boycotts")."""
        if trig.kind != "verb" or trig.form.tense not in ("past", "present") or \
                trig.first == 0 or trig.first != trig.head:
            return False
        prev = view.words[trig.first - 1]
        return roles.is_prep(prev) and prev not in VERB_AFTER_PREP and \
            not self._has_masdar_form(view, trig)

    def _counted(self, view: SentenceView, keys, trig: Trigger) -> bool:
        """A number or a quantity word in the two words before the trigger (80 قتيلاً، عشرات
        القتلى)."""
        return self._count_in(view, keys, range(max(0, trig.first - 2), trig.first))

    def _count_in(self, view: SentenceView, keys, positions: range) -> bool:
        """A number ("#") or a quantity word at one of `positions`."""
        quantities = self._context("quantities")
        return any(view.words[j] == "#" or not keys[j].isdisjoint(quantities) for j in positions)

    def _counted_casualties(self, view: SentenceView, keys, trig: Trigger) -> bool:
        """عشرات القتلى، 12 جريحاً: a toll is the report itself."""
        return self._head_in(keys, trig, "casualty_nouns") and self._counted(view, keys, trig)

    def _toll_words(self, view: SentenceView, trig: Trigger) -> bool:
        """A noun of the dead or wounded stands between the trigger and بين (أسفر الهجوم عن سقوط
        قتلى بين عناصر الميليشيات): بين is "among" the victims, not "between" two sides."""
        toll = self._context("casualty_nouns")
        for k in range(trig.first, min(len(view.words), trig.last + 8)):
            if view.words[k] == "بين":
                return False
            if not self.compiled.analyse(view.words[k])[1].isdisjoint(toll):
                return True
        return False

    def _counted_victims(self, view: SentenceView, keys, trig: Trigger, pat: Pattern) -> bool:
        """مقتل 20 جندياً، اختطاف أكثر من عشرة صيادين، إصابة العشرات: a killing, wounding or
        abduction counted right after its noun (a number or a quantity word within three words)
        is a toll, the report itself."""
        return pat.cameo.startswith(TOLL_CODES) and \
            self._count_in(view, keys, range(trig.last + 1, min(len(keys), trig.last + 4)))

    def _uncounted_casualties(self, view: SentenceView, keys, trig: Trigger) -> bool:
        """A noun of the dead or wounded (قتلى، شهداء، جرحى) reports a toll only when it is
        counted (80 قتيلاً، عشرات القتلى، سقوط قتلى is a phrase of its own); alone (كرّموا الشهداء،
        عدد القتلى منذ 2003) it names the victims of some event."""
        return self._head_in(keys, trig, "casualty_nouns") and \
            not self._counted(view, keys, trig)

    def _weapon_noun(self, keys, trig: Trigger) -> bool:
        """The trigger is a weapon (قنبلة، عبوة، سيارة مفخخة, not انفجار)."""
        return self._head_in(keys, trig, "weapon_nouns")

    def _elaborates(self, view: SentenceView, trig: Trigger, evs: list[Event]) -> bool:
        """A protest detail (banners and chants: رفع … لافتات، ردد هتافات، هتف) done by
        THE protesters (a definite crowd noun: المتظاهرون، المحتجون) describes a protest already
        reported; the demonstration itself is coded where it is reported."""
        crowds = self.compiled.contexts.get("protest_crowds", frozenset())
        details = self.compiled.contexts.get("protest_details", frozenset())
        head_keys = self.compiled.analyse(view.words[trig.head])[1]
        if trig.kind == "phrase" and view.words[trig.head] in self._context("light_verb_qama"):
            # قام المتظاهرون برشق …: the act is the light verb's object (its last words)
            head_keys = frozenset().union(*(self.compiled.analyse(view.words[k])[1]
                                            for k in range(max(trig.head + 1, trig.last - 1),
                                                           trig.last + 1)))
        if not evs or head_keys.isdisjoint(details):
            return False
        def the_crowd(word: str) -> bool:
            w = word[1:] if word[:1] in "وف" and len(word) > 4 else word
            return w.startswith("ال") and not self.compiled.analyse(w)[1].isdisjoint(crowds)

        # a verb joined by و with a plural pronoun and no subject after it (أحرق المتظاهرون
        # الأعلام وهتفوا) is done by the subject named before, whatever actor stands nearer
        carried = trig.kind == "verb" and "c" in trig.strip and \
            roles.plural_agreement(trig.form.person)
        for ev in evs:
            words = ev.source.text.split() if ev.source is not None else []
            if carried and any(the_crowd(w) for w in view.words[:trig.first]):
                continue
            if words:
                after = ev.source.end
                adjective = next((view.words[k] for k, t in enumerate(view.tokens)
                                  if t.start >= after), "")
                if not the_crowd(fold(words[0])) and not the_crowd(adjective):
                    # (ورفع المصورون المتظاهرون لافتات: THE crowd as the subject's adjective)
                    return False
            elif not any(the_crowd(w) for w in view.words[:trig.first] +
                         view.words[trig.last + 1:trig.last + 3]):
                # no coded subject (أحرق المتظاهرون … وهتفوا، وهتف المتظاهرون): THE crowd named
                # before it or as its subject
                return False
        return True

    def _speaker_after(self, view: SentenceView, trig: Trigger) -> roles.Mention | None:
        """The subject of the first speech verb after the trigger, past the comma that closes an
        adverbial put first (وخلال لقائه …، أكد الوزير): the one the pronoun stands for."""
        comma = False
        for i in range(trig.last + 1, len(view.words)):
            w = view.words[i]
            comma = comma or w in roles.COMMAS
            if w in self._speech_words and comma:
                if i > 0 and view.words[i - 1] in AS_SAID:
                    return None  # كما قال المتحدث: who reports it, not who met
                m = roles.postverbal_subject(view, i, i)
                return m if m is not None and m.entity.type in ("PERSON", "ORG", "GPE") else None
        return None

    def _track_speech(self, doc, view: SentenceView) -> None:
        """Remember the subject of speech verbs (قال خامنئي) as the implicit subject to come."""
        if self._speech_words.isdisjoint(view.words):
            return  # (most sentences: no speech verb)
        for i, w in enumerate(view.words):
            stem = w[1:] if w[:1] in "وف" and len(w) > 3 else w
            if stem in self.compiled.speech_forms or w in self.compiled.speech_forms:
                m = roles.postverbal_subject(view, i, i)
                if m is not None and m.entity.type in ("PERSON", "ORG", "GPE"):
                    doc.state[STATE_LAST_SUBJECT] = (view.tokens[m.first].start, m.entity.ref())

    def _blocked(self, view, keys, trig: Trigger, pat: Pattern) -> bool:
        ctx = self.compiled.contexts
        for name in pat.blocked_by:
            words = ctx.get(name, frozenset())
            if name == "sports":
                if self._sports(view, keys, words):
                    return True
            elif name == "figurative":  # الهجوم على الحريات، الأزمة التي تفجرت: three words around
                named = {k for m in view.mentions for k in range(m.first, m.last + 1)}
                for j in list(range(max(0, trig.first - 3), trig.first)) + list(
                        range(trig.last + 1, min(len(keys), trig.last + 4))):
                    # a word of an actor's name (قوات مكافحة الإرهاب) is no figurative object
                    if j not in named and not keys[j].isdisjoint(words):
                        return True
            elif name == "civil_subjects":
                # حملة استهدفت أفراداً يشتبه بهم، برنامج يستهدف الشباب: a verb whose subject, right
                # before it (past one adjective that is not military), is a campaign, a programme
                # or a measure aims at people, it attacks no one
                if trig.kind == "verb" and self._civil_subject(view, keys, trig, words):
                    return True
            elif name == "time_words":  # فجر أمس، فجر يوم الجمعة: dawn, right before its day
                if not (trig.kind == "verb" and trig.form.tense == "past"):
                    continue  # only the past verb reads as a noun of time (فجر = dawn), not تفجير
                if _dawn_adverb(view, trig):
                    return True  # اعتُقل فجراً: at dawn, not "the two of them blew up"
                if view.words[trig.head] in DAWN_FORMS and trig.first > 0 and (
                        view.words[trig.first - 1] == "#" or
                        not keys[trig.first - 1].isdisjoint(ctx.get("dawn_leads", ()))):
                    return True  # عند الخامسة فجراً، مطلع فجر، منذ فجر: dawn after a word of time
                j = trig.last + 1
                if j < len(keys) and view.words[j] in DAY_LEADS and j + 1 < len(keys) and \
                        keys[j].isdisjoint(words):
                    j += 1  # فجر هذا اليوم (فجر يوم is dawn of a day already: فجر يوم أول من أمس)
                if j < len(keys) and not keys[j].isdisjoint(words):
                    return True
            elif name == "campaign_kinds":
                # شن حملة جوية، شن حملة دهم: the phrase's object named a campaign of force or
                # of another kind, no campaign of words
                j = trig.last + 1
                if trig.kind == "phrase" and j < len(keys) and not keys[j].isdisjoint(words):
                    return True
            elif name == "help_to":
                # ستساعد على دفع المفاوضات، يساعد في تلميع صورتها: "helps to", no beneficiary
                j = trig.last + 1
                if trig.kind == "verb" and j < len(keys) and view.words[j] in HELP_TO_PREPS:
                    return True
            elif name == "own_objects":
                # قدّم الوزير الشكر للسفير على مبادرته: a noun the light verb takes as its own
                # object stands between it and the phrase's object, which belongs to another
                if trig.kind == "phrase" and any(not keys[j].isdisjoint(words)
                                                 for j in range(trig.head + 1, trig.last)):
                    return True
            elif name == "danger_clause":
                if _warns_of_danger(view, trig):
                    return True
            elif name == "beat_idioms":
                # ضرب مثلاً، ضرب الوزير نفس المصدر مثالاً: the idiom's noun within five words of
                # its clause; ضرباً من الجنون "a kind of"; ما أصابهم "what befell them"
                if _in_clause_after(view, keys, trig, words) or \
                        self._kind_of(view, keys, trig) or self._befell(view, keys, trig):
                    return True
            elif name == "celebration":
                # احتشد الآلاف في الساحة احتفالاً بالعيد، احتفل الأقارب وهتفوا: a crowd that
                # celebrates, within its clause (three words before, five after)
                if _in_clause_after(view, keys, trig, words) or \
                        _in_clause_before(view, keys, trig, words):
                    return True
            elif name == "rankings":
                # احتل سهم «سابك» المركز الأول، تحتل دول المجلس المركز الثاني: a rank, within the
                # clause (its subject may stand between, a quoted name too)
                if _in_clause_after(view, keys, trig, words, through_names=True):
                    return True
            elif name == "achievements":
                # حققت المقاومة في تعز تقدماً، الانتصارات التي حققتها المقاومة في: achieved, no
                # investigation (the thing achieved after the verb or before its relative)
                if _in_clause_after(view, keys, trig, words) or \
                        _in_clause_before(view, keys, trig, words):
                    return True
            elif name in ("verbal_manner", "danger_topics", "merit_objects"):
                # هاجم الرئيس المهاجرين بكلمات قاسية: words, not force; حذّرت الأمم المتحدة من
                # ارتفاع الحصيلة: a warning of a danger, no threat; اعترف الرئيس بنجاح تونس: a
                # merit acknowledged, no actor recognised (within the clause, five words: the
                # subject and the object may stand between)
                if _in_clause_after(view, keys, trig, words):
                    return True
            else:  # idioms: the next three words
                for j in range(trig.last + 1, min(len(keys), trig.last + 4)):
                    if not keys[j].isdisjoint(words):
                        return True
        return blocked_by_neighbours(keys, trig, pat)

    def _light_verb_object(self, view: SentenceView, trig: Trigger) -> bool:
        """قام … بـ + act (قام المتظاهرون بنصب خيامهم، قيام شبان بإقفال طريق): the act must
        carry the بـ of قام, and the participle (القائم "existing") is no light verb. Phrase
        objects are matched without their clitics, so in قامت الشرطة بتفريق مسيرة the protest
        word is not قام's object: the trigger is then re-read as that word alone when it is a
        trigger by itself (False: nothing is left to code)."""
        if trig.kind != "phrase" or view.words[trig.head] not in self._context("light_verb_qama"):
            return True
        w = view.words
        c = self.compiled
        keys = [c.analyse(w[k])[1] for k in range(len(w))]
        for ph in c.phrases if trig.form.tense != "participle" else ():
            # (القائم "existing", قائماً بأعمال "acting as": the participle is no light verb)
            if ph.pattern != trig.pattern:
                continue
            for obj in ph.objects:
                first = trig.last - len(obj) + 1
                if first > trig.head and roles.has_prep_clitic(w[first]) == "ب" and all(
                        not obj[m].isdisjoint(keys[first + m]) for m in range(len(obj))):
                    return True  # the object that matched begins with بـ
        for hit, how in lookup_word(c.analyse(w[trig.last])[0], c.index):
            if hit.kind != "head" and not hit.rest:
                trig.pattern, trig.kind, trig.form, trig.strip = hit.pattern, hit.kind, \
                    hit.form, how
                trig.first = trig.head = trig.last
                return True
        return False

    def _after_protest_noun(self, view: SentenceView, trig: Trigger) -> bool:
        """A protest noun in construct after another (مظاهرة احتجاج، مسيرة احتجاج): it names
        the kind of the protest before it, which is coded (or not) as the event itself."""
        if trig.first == 0 or "a" in trig.strip or not view.is_word(trig.first - 1):
            return False
        c = self.compiled
        return any(c.patterns[hit.pattern].plover == "PROTEST" and not hit.rest and
                   (hit.kind == "noun" or hit.form.tense == "masdar")
                   for hit, _ in lookup_word(c.analyse(view.words[trig.first - 1])[0], c.index))

    def _peace_process(self, view: SentenceView, keys, trig: Trigger) -> bool:
        """المسيرة السلمية (`peace_adjectives` after the definite مسيرة) is the peace process
        unless the sentence names a crowd of protesters or a march set off (شارك المتظاهرون في
        المسيرة السلمية التي انطلقت أمس); مسيرة سلمية is a peaceful march."""
        j = trig.last + 1
        if "a" not in trig.strip or j >= len(keys) or \
                keys[j].isdisjoint(self._context("peace_adjectives")):
            return False
        crowd = self._context("protest_crowds") | self._context("protest_anchors")
        return all(ks.isdisjoint(crowd) for ks in keys)

    def _refrained(self, view: SentenceView, trig: Trigger) -> bool:
        """لم يتورع عن / لم يتردد في / لم يتوان عن + verbal noun (`refrain_verbs` after لم):
        "did not refrain from doing" tells the act was done (not so لا يتورع, a habit)."""
        return self._refrain_verb(view, trig) is not None

    def _refrain_verb(self, view: SentenceView, trig: Trigger) -> int | None:
        """The position of the لم before the verb of refraining that governs the verbal noun
        (لم تتوان الإمارات في دعم مصر), else None: whose subject is the doer of the act."""
        refrain = self._context("refrain_verbs")
        k = _governing_word(view, trig, REFRAIN_PREPS, 4, refrain.__contains__)
        return k - 1 if k is not None and k > 0 and view.words[k - 1] in LAM_NEGATION else None

    def _escalating(self, view: SentenceView, keys, trig: Trigger) -> bool:
        """A protest noun after a noun of intensity that a verb of rise governs (ارتفعت حدة
        الاحتجاجات، تصاعدت حدة المظاهرات، رفع من وتيرة الاحتجاجات): protests going on and
        growing, not a protest referred to."""
        k = trig.first - 1
        if k < 1 or keys[k].isdisjoint(self._context("intensity_nouns")):
            return False
        rise = self._context("escalation_verbs")
        for j in (k - 1, k - 2):
            if j >= 0 and view.is_word(j) and (view.words[j] in rise or (
                    view.words[j][:1] in "وف" and view.words[j][1:] in rise)):
                return True
            if j < 0 or view.words[j] != "من":  # (رفع من وتيرة)
                return False
        return False

    def _harm_setting(self, view: SentenceView, keys, trig: Trigger, reg: Register) -> bool:
        """A protest noun after في with the dead or wounded told before it in its clause (قتل
        متظاهر في مظاهرة، وفاة اثنين من المتظاهرين في احتجاج السبت، لقي أحد عشر شخصاً مصرعهم في
        أعمال شغب): the protest is where the harm happened, the sentence reports the harm."""
        if trig.first == 0 or view.words[trig.first - 1] not in IN_WORDS:
            return False
        deaths = self._context("death_words")
        lo = trig.first - 1
        while lo > 0 and trig.first - lo <= HARM_REACH and view.words[lo - 1] not in CLAUSE_ENDS:
            lo -= 1
        return any(lo <= k < trig.first - 1 and name == "casualties" for k, name in reg.evidence) \
            or any(not keys[k].isdisjoint(deaths) for k in range(lo, trig.first - 1))

    def _support_rally(self, view: SentenceView, keys, trig: Trigger) -> int | None:
        """A demonstration whose motive is support of the authorities and none against within
        SUPPORT_REACH words of it, no stop between: a rally in support (CAMEO 053), not a
        protest against anyone. Support is a word of `support_motives` (تأييداً لـ، دعماً لـ،
        مظاهرة مؤيدة لـ، المتظاهرين المؤيدين لـ) followed by an actor of the authorities (GOV, MIL,
        COP, JUD, LEG), not a former one (`former_titles`: المعزول، المخلوع), or, for the motive
        adverbs (`support_adverbials`: تأييداً لقرار), by no actor: a decision, a policy. Support
        of others (مظاهرات مؤيدة للأكراد، دعماً لغزة، مؤيدين للرئيس المعزول) is a protest against
        whoever holds them down. None against: `opposition_motives` (ضد، احتجاجاً، رفضاً،
        منددين…). Gives the position of the word of support (None: no such rally)."""
        w = view.words
        lo = trig.first
        while lo > 0 and trig.first - lo < SUPPORT_REACH and w[lo - 1] not in roles.HARD_STOPS:
            lo -= 1
        hi = trig.last
        while hi + 1 < len(w) and hi - trig.last < SUPPORT_REACH and \
                w[hi + 1] not in roles.HARD_STOPS:
            hi += 1
        around = [k for k in range(lo, hi + 1) if not trig.first <= k <= trig.last]
        support, against = self._context("support_motives"), self._context("opposition_motives")
        if any(not keys[k].isdisjoint(against) for k in around):
            return None
        k = next((k for k in around if not keys[k].isdisjoint(support)), None)
        if k is None:
            return None
        backed = next((m for m in view.mentions if k < m.first <= k + 2), None)
        if backed is None:
            return k if not keys[k].isdisjoint(self._context("support_adverbials")) else None
        former = self._context("former_titles")
        if (backed.entity.actor_code or "")[-3:] not in AUTHORITY_ROLES or any(
                not keys[j].isdisjoint(former) for j in range(backed.first,
                                                               min(len(w), backed.last + 3))):
            return None
        return k

    def _done_by_named(self, view: SentenceView, trig: Trigger) -> bool:
        """لقيام مجموعة من المتظاهرين بالتجمع (the condemnation "of" a crowd's gathering):
        the verbal noun of the light verb with its own doer named is an act referred to, its لـ
        no purpose (a purpose takes the doer of the main clause: للقيام بالتجمع)."""
        return trig.kind == "phrase" and trig.last - trig.head > 1 and \
            view.words[trig.head] in self._context("light_verb_qama") and \
            "a" not in trig.strip

    def _object_of_subject_verb(self, view: SentenceView, trig: Trigger) -> roles.Mention | None:
        """The subject of the verb before the verbal noun, when the noun is that verb's object
        right after its subject and the verb one of trying, deciding, starting or going on
        (`control_verbs`: حاولت الشرطة منع، قرر الجيش قصف، واصل الجيش قصف). Not for other verbs:
        who announces, condemns, heeds or backs an act need not do it (أعلن الجيش قصف، أدان
        الوزير قصف، لبت الرياض نداء، دعم الحرس أعمالاً)."""
        if trig.first < 2 or trig.strip not in ("", "c"):
            return None
        m = view.mention_ending_at(trig.first - 1)
        if m is None or m.in_pp or m.in_quote or m.first < 1:
            return None
        verb = strip_conj(view.words[m.first - 1])
        return m if verb in self._context("control_verbs") else None

    def _doing_verb(self, view: SentenceView, trig: Trigger) -> int | None:
        """The position of the finite past verb of doing (`doing_verbs`: قام ب، عمد إلى، أقدم
        على، لجأ إلى، شرع في) whose act the verbal noun is, through that verb's preposition (the
        clitic ب or a separate word), with at most three words between (its subject): قام
        المسلحون بتفجير سيارة is a bombing told as done, like فجّر. None otherwise."""
        doing = self._context("doing_verbs")
        return _governing_word(view, trig, GOVERNED_PREPS, 4, doing.__contains__)

    def _done_by(self, view: SentenceView, keys, trig: Trigger, reg: Register) -> int:
        """قيام مجموعة من المتظاهرين يوم أمس بالتجمع: the verbal noun of the light verb قام
        with its doer and its act is the act done. Counts as signs: the light verb governing
        the act (one), the crowd named as its doer (one) and the signs standing between the
        light verb and the act, which the phrase's span hides. 0 for other triggers."""
        if trig.kind != "phrase" or trig.last - trig.first < 2 or \
                view.words[trig.head] not in self._context("light_verb_qama"):
            return 0
        gap = range(trig.head + 1, trig.last)
        crowds = self._context("protest_crowds")
        inside = {"count" if name in ("number", "quantities") else name
                  for k, name in reg.evidence if k in gap}
        outside = {"count" if k in ("number", "quantities") else k
                   for k in reg.signs_outside(trig.first, trig.last)}
        crowd = any(not keys[k].isdisjoint(crowds) for k in gap)
        return 1 + len(inside - outside) + int(crowd)

    def _sports_document(self, analysed) -> bool:
        """An article about sport: `SPORTS_DOCUMENT_WORDS` different words that only sport uses
        (مباراة، بطولة، كأس، فيفا، كرة القدم…) anywhere in it. Its sentences without such a word
        (وتلتقي ليبيا مع رواندا، مفاوضات مع اللاعب، شكوى للفيفا) hold no political event either;
        attacks and protests keep the sentence rule (a bombing at a stadium is news)."""
        words = self._context("sports")
        phrases = [w for w in words if " " in w]
        found: set[str] = set()
        for sent_words, keys, _ in analysed:
            if phrases:
                line = " ".join(sent_words)
                found |= {p for p in phrases if p in line}
            for ks in keys:
                if not ks.isdisjoint(words):
                    found |= {w[2:] if w.startswith("ال") else w for w in ks & words}
                    if len(found) >= SPORTS_DOCUMENT_WORDS:
                        return True
        return False

    def _sports(self, view: SentenceView, keys, words: frozenset[str]) -> bool:
        """A sentence about sport: a word of sport alone (مباراة، الشوط، ركلة), or two different
        words that sport shares with other news (`sports_ambiguous`: هدف "goal" and "aim" as in
        بهدف، المهاجم "striker" and "attacker", الحارس، الفريق "team" and "general"، المنتخب
        "elected", الدوري "periodic", في مرمى النيران).
        A word ending in ة is not read with a pronoun stripped (الدورية "the patrol" is no
        الدوري "the league")."""
        weak = self._context("sports_ambiguous")
        c = self.compiled
        seen: list[frozenset[str]] = []  # the shared words met, each once (الفريق … الفريق)
        for k, ks in enumerate(keys):
            if ks.isdisjoint(words) and ks.isdisjoint(weak):
                continue
            if view.tokens[k].text.rstrip(_MARKS).endswith("ة"):
                ks = frozenset(stem for stem, how in c.analyse(view.words[k])[0]
                               if "e" not in how)
            if not ks.isdisjoint(words):
                return True
            hit = ks & weak
            if hit and not any(hit & s for s in seen):
                seen.append(hit)
        return len(seen) >= 2

    def _pledge_of_force(self, view: SentenceView, keys, trig: Trigger) -> bool:
        """The verbal noun a pledge governs through بـ, past the subject (at most three words),
        is one of force or repression (`force_pledges`: تعهد الرئيس بسحق التمرد، بتشديد الحملة
        الأمنية على الجماعة): the pledge threatens its target."""
        force = self._context("force_pledges")
        for k in range(trig.last + 1, min(len(keys), trig.last + 5)):
            if roles.clitic_prep(view, k) == "ب":
                return not keys[k].isdisjoint(force)
            if not view.is_word(k):
                return False
        return False

    def _expected(self, view: SentenceView, trig: Trigger) -> bool:
        """The trigger stands in the clause of أن after a word of expectation (`expected_that`:
        يتوقع أن، من المتوقع أن، ينتظر أن، يرجح أن), however long the clause (ويتوقع أن يرفع
        المعارضون الإسرائيليون من عدد زياراتهم): what is foreseen has not happened."""
        w = view.words
        expect = self._context("expected_that")
        if trig.first > 0 and w[trig.first - 1] in DEMONSTRATIVES:
            return False  # من المتوقع أن تعيد هذه المحادثات: talks held, their effect foreseen
        for k in range(trig.first - 1, max(0, trig.first - EXPECTED_REACH), -1):
            if w[k] in CLAUSE_ENDS:
                return False
            if w[k] == BARE_AN and not self.compiled.analyse(w[k - 1])[1].isdisjoint(expect):
                return True
        return False

    def _refused(self, view: SentenceView, trig: Trigger) -> bool:
        """A verbal noun that a verb of refusal governs (`refusal_verbs`), right after it or
        past its subject (رفض استقباله، رفضت الحكومة المشاركة في المفاوضات), also as the
        object of a light verb (أكد الوزير رفضه التفاوض): not done."""
        at = trig.first if _is_nominal(trig) else trig.last if trig.kind == "phrase" else -1
        refusal = self._context("refusal_verbs")
        w = view.words
        for k in range(at - 1, max(-1, at - 4), -1):
            if not view.is_word(k) or roles.is_prep(w[k]):
                return False
            if not self.compiled.analyse(w[k])[1].isdisjoint(refusal):
                return True
        return False

    def _in_frame(self, view: SentenceView, trig: Trigger) -> bool:
        """A verbal noun right after a noun of frame (`frame_nouns`: في إطار التشاور، على صعيد
        التعاون), or joined by و to the definite noun after one (في إطار التشاور المستمر والتنسيق
        الدائم, past at most two adjectives): what another act is set in, not an act told."""
        if not _is_nominal(trig) or trig.first == 0:
            return False
        frames = self._context("frame_nouns")
        w = view.words
        analyse = self.compiled.analyse
        if not analyse(w[trig.first - 1])[1].isdisjoint(frames):
            return True
        if "c" not in trig.strip or not w[trig.first].startswith("و"):
            return False
        for k in range(trig.first - 1, max(0, trig.first - 4), -1):
            # the definite noun and its adjectives (التشاور المستمر)
            if not (view.is_word(k) and w[k].startswith("ال")):
                return False
            if not analyse(w[k - 1])[1].isdisjoint(frames):
                return True
        return False

    def _body_purpose(self, view: SentenceView, trig: Trigger) -> bool:
        """A verbal noun with لـ right after a definite noun of a body (`body_nouns`: التحالف،
        المجموعة، اللجنة، الصندوق), past its relational adjectives (التحالف العربي لدعم الشرعية،
        المجموعة البرلمانية البريطانية لدعم الكويت): the body's name or standing purpose, not
        an act told; nor is it the object of a light verb (أعلن التحالف العربي لدعم …)."""
        w = view.words
        at = trig.first if _is_nominal(trig) else trig.last if trig.kind == "phrase" else -1
        if at < 1 or roles.has_prep_clitic(w[at]) != "ل":
            return False
        bodies = self._context("body_nouns")
        for k in range(at - 1, max(-1, at - 4), -1):
            if not view.is_word(k):
                return False
            if w[k].startswith("ال") and not self.compiled.analyse(w[k])[1].isdisjoint(bodies):
                return True
            if not _adjective_form(w[k]):
                return False
        return False

    def _thing_arrives(self, view: SentenceView, trig: Trigger) -> bool:
        """The subject of a verb of arrival is a thing carried (`carried_things`: طائرة، سفينة،
        شحنة، مساعدات، جثة): right after the verb, past a word of time (ووصلت أمس الطائرة
        الإغاثية), right after the أن / إن that opens its clause (وأن جثة، يعتقد أنها لقيادي
        حوثي، وصلت), or before it, past a relative pronoun and the relational adjectives that
        describe it (الطائرة الإغاثية السعودية التي وصلت: السعودية is no one arriving)."""
        things = self._context("carried_things")
        analyse = self.compiled.analyse
        w = view.words
        j = trig.last + 1
        while j < len(w) and w[j] in TIME_ADVERBS:
            j += 1
        if j < len(w) and view.is_word(j) and not analyse(w[j])[1].isdisjoint(things):
            return True
        for k in range(trig.first - 1, max(-1, trig.first - THAT_REACH), -1):
            if w[k] in SENTENCE_STOPS:
                break
            if w[k] in THAT_WORDS:
                # إن المواد التي وصلت، وأن جثة، يعتقد أنها لقيادي، وصلت: the clause's subject
                if k + 1 < trig.first and not analyse(w[k + 1])[1].isdisjoint(things):
                    return True
                break
        j = trig.first - 1
        if j >= 0 and _relative(w[j]):
            j -= 1
        for k in range(j, max(-1, j - 3), -1):
            if not view.is_word(k):
                return False
            if not analyse(w[k])[1].isdisjoint(things):
                return True
            if not _adjective_form(w[k]):
                return False
        return False

    def _kind_of(self, view: SentenceView, keys, trig: Trigger) -> bool:
        """ضربٌ من / ضرباً من + noun: "a kind of" (ضرب من الخيال), unless من begins another
        phrase (ضرب من جديد "struck again", ضرب من قبل)."""
        w = view.words
        j = trig.last + 1
        return trig.first == trig.last and w[trig.head] in KIND_OF_HEADS and \
            j + 1 < len(w) and w[j] == "من" and \
            keys[j + 1].isdisjoint(self._context("kind_of_exceptions"))

    def _befell(self, view: SentenceView, keys, trig: Trigger) -> bool:
        """ما أصاب / عما أصابهم: "what befell", not a wounding."""
        return trig.kind == "verb" and trig.first > 0 and \
            view.words[trig.first - 1] in self._context("befell_leads") and \
            not keys[trig.head].isdisjoint(self._context("befell_verbs"))

    def _discussion_verb(self, view: SentenceView, trig: Trigger) -> bool:
        """A finite verb of discussion (بحث، ناقش، تشاور: events.json `discussion_verbs`)."""
        return trig.kind == "verb" and not _is_nominal(trig) and not self.compiled.analyse(
            view.words[trig.head])[1].isdisjoint(self._context("discussion_verbs"))

    def _accused_passive(self, view: SentenceView, trig: Trigger, pat: Pattern) -> bool:
        """الجيش الذي اتهم بعدم حماية السكان: a verb of accusing (events.json `accusing_verbs`),
        whose active names the accused as its object before the charge, followed at once by the
        charge in ب (a definite noun, أن, or a noun of `accusation_grounds`) is the passive
        written without its vowels: its subject is the accused."""
        if trig.kind != "verb" or trig.form.voice != "active" or \
                trig.form.tense not in ("past", "present") or not pat.cameo.startswith("11") or \
                strip_conj(view.words[trig.head]) not in self._context("accusing_verbs"):
            # (the form as listed, without an object pronoun: تتهمهم بالإرهاب is active)
            return False
        k = trig.last + 1
        if k >= len(view.words) or roles.has_prep_clitic(view.words[k], ("ب",)) != "ب" or \
                roles.mention_at_word(view, k):
            return False
        w = strip_conj(view.words[k])[1:]
        return w.startswith(("ال", "ان", "أن")) or \
            not self.compiled.analyse(w)[1].isdisjoint(self._context("accusation_grounds"))

    def _agent_marked_passive(self, view: SentenceView, trig: Trigger) -> bool:
        """قتل الصحافي على يد مسلحين، جنود قتلوا على يد طالبان، خطف من قبل عصابة: an
        unvowelled third-person verb with no object pronoun, followed in its clause by an agent
        phrase (events.json `passive_agent_markers`), is the passive, whether or not the agent
        is a known actor: the phrase marks nothing else. Not before أن, ذلك or a preposition
        (من قبل أن، من قبل في، التقى من قبل بممثلين: before), nor past two actors (an active's subject and object,
        with من قبل as "before")."""
        if trig.kind != "verb" or "e" in trig.strip or \
                trig.form.person not in PAST_THIRD_PERSONS + ("3f/2s",):
            return False
        markers = self._context("passive_agent_markers")
        for k in range(trig.last + 1, min(len(view.words) - 1, trig.last + 8)):
            if k in view.verbs or roles.boundary_between(view, k, k + 1, soft=True) or \
                    view.words[k] in ("ما", "مما"):
                return False  # (نددوا بصمت الحكومة تجاه ما يحدث من قبل البعض: another verb's)
            after = k + 2 if " ".join(view.words[k:k + 2]) in markers else \
                k + 1 if view.words[k] in markers else None
            if after is not None:
                return after < len(view.words) and view.is_word(after) and \
                    view.words[after] not in ("ان", "ذلك") and not roles.is_prep(
                        view.words[after]) and not roles.clitic_prep(view, after) and sum(
                        trig.last < m.first < k and not m.in_pp for m in view.mentions) <= 1
        return False

    def _kept_from(self, view: SentenceView, trig: Trigger, m: roles.Mention) -> bool:
        """أو منعت المعارضة من السيطرة، سلطة منع الرئيس من رفع العقوبات: the actor right after
        a verb or noun of keeping from (events.json `prevention_words`: منع، حرم) with من and a
        word right after it is who was kept from the act, its object; the subject names its
        own object first (ومنعت الشرطة الصحافيين من الدخول) or carries it (منعتهم الشرطة من)."""
        k = m.last + 1
        return m.first == trig.last + 1 and "e" not in trig.strip and \
            strip_conj(view.words[trig.head]) in self._context("prevention_words") and \
            k + 1 < len(view.words) and view.words[k] == "من" and view.is_word(k + 1)

    def _subject_after_closed_clause(self, view: SentenceView, trig: Trigger
                                     ) -> roles.Mention | None:
        """انتهت المقاومة المكسيكية واحتل الجيش الأميركي العاصمة: the actor right before a verb
        joined by و is no subject of it when it is the whole subject of the verb before it
        (right after that verb) or cannot be by gender; the actor right after the verb, with a
        second noun after it (its object), is then the verb's subject. A lone actor after the
        verb stays its object (قصف الجيش السوري المدينة وقتل عناصر داعش: the army goes on)."""
        if trig.kind != "verb" or "c" not in trig.strip:
            return None
        before = view.mention_ending_at(trig.first - 1)
        if before is None or before.in_pp or before.in_quote or not (
                _finite_verb_at(view, before.first - 1, self._context("present_particles"))
                or self._disagrees(view, trig, before)):
            return None
        # (no actor precedes now: the one right after the verb, if any, is its subject)
        after = roles.postverbal_subject(view, trig.last, trig.head, object_pronoun=True)
        if after is None or after.first != trig.last + 1 or _alone_after_verb(view, after):
            return None
        k = roles.coordinated(view, after)[-1].last + 1  # the object: a definite noun, no nisba
        return after if view.mention_at(k, k) is not None or (
            view.words[k].startswith("ال") and not roles.is_nisba_word(view.words[k])) else None

    def _nonactor_before(self, view: SentenceView, trig: Trigger) -> bool:
        """The verb's subject stands before it and names no actor: a demonstrative (هذا يمنع)
        or a plain noun phrase opening the clause (أن المملكة طلبت)."""
        if trig.kind != "verb":
            return False
        if _demonstrative_subject(view, trig) or _demonstrative_after_actor(view, trig):
            return True
        first = _plain_noun_subject(view, trig, self._context("time_words"))
        return first is not None and not self._means_noun(view.words[first])

    def _plain_subject_in_phrase(self, view: SentenceView, trig: Trigger) -> bool:
        """وفيما قدمت المملكة مبادرتها: a definite noun that names no actor right after the verb
        of a phrase, before the phrase's own noun, which is the verb's object, is the verb's
        subject (a verb names its subject before its object). Not with an actor right before
        the verb (كان الحوثي يوجه اللوم والانتقاد: its subject), nor a noun joined to the
        phrase's object by و (اللوم والانتقاد), nor before a noun in a preposition's phrase
        (دعا القوى السياسية إلى التعاون، ممطرين المدينة بالقذائف: the noun is the verb's
        object), nor a noun of time (أجرى اليوم الرئيس) or of the means of a doer named
        elsewhere (شنت الطائرات غارات)."""
        k = trig.head + 1
        return trig.kind == "phrase" and k < trig.last and \
            strip_conj(view.words[trig.last]) == view.words[trig.last] and \
            not any(trig.first - 2 <= m.last < trig.first for m in view.mentions) and \
            not any(roles.is_prep(view.words[j]) or roles.clitic_prep(view, j)
                    for j in range(k + 1, trig.last + 1)) and \
            _plain_phrase_word(view, k, self._context("time_words")) and \
            strip_conj(view.words[k]).startswith("ال") and not _bare_body(view, k) and \
            not roles.is_nisba_word(view.words[k]) and not self._means_noun(view.words[k])

    def _means_noun(self, word: str) -> bool:
        """A noun of the means of a doer (events.json `means_nouns`: الطائرات، الغارات،
        القوات): a subject that stands for whoever used it, who may be named elsewhere."""
        return not self.compiled.analyse(strip_conj(word))[1].isdisjoint(
            self._context("means_nouns"))

    def _counted_subject(self, view: SentenceView, trig: Trigger, pat: Pattern) -> bool:
        """اجتمع نحو 1500 عالم مع الرئيس، انتقد المئات من مواطني الإقليم الحكومة: a count right
        after the verb (a number, a count word or events.json `gather_quantifiers`), with a
        symmetric act's partner or an actor after it outside a preposition phrase (the object),
        is the subject: people no dictionary names, so no actor named before is borrowed. Not
        with an actor right before the verb (its subject; the count is then the object), nor
        with no actor after the counted noun and its adjective (جرح أكثر من 30 مسلحاً، زار ثلاث
        جزر يونانية), nor when that actor is the genitive of a place or a possession (استهدفت 20
        غارة مواقع داعش), nor when it is indefinite (قتلت ثمانية إسلاميين متشددين: the
        counted noun's adjective) or a pronoun subject stands before the verb (أنها قتلت)."""
        k = trig.last + 1
        if trig.kind != "verb" or k >= len(view.words) or not (
                view.words[k] == "#" or view.words[k] in roles.COUNT_WORDS or
                view.words[k] in self._context("gather_quantifiers")):
            return False
        before = next((m for m in reversed(view.mentions) if m.last < trig.first), None)
        if (before is not None and trig.first - before.last <= 2 and not before.in_pp) or (
                trig.first > 0 and view.words[trig.first - 1] in PRONOUN_COMPLEMENTIZERS):
            return False  # داعش اختطف نحو 230 مدنياً، أنها قتلت ثمانية: the subject before it
        if pat.symmetric:
            return True
        obj = next((m for m in view.mentions if m.first > k and not (
            view.words[m.first - 1] in COUNT_LEADS or view.words[m.first - 1] in roles.COUNT_WORDS
            or view.words[m.first - 2] == "من" or
            (m.first == m.last and m.entity.how == "nisba"))), None)  # (past the counted people,
        # their adjective and their genitive: جزر يونانية، 1.2 مليار من أبناء الكنيسة)
        return obj is not None and obj.first - k <= COUNTED_SUBJECT_REACH and \
            (obj.entity.how == "lexicon" or strip_conj(view.words[obj.first]).startswith("ال")) \
            and not obj.in_pp and not obj.locative and \
            not roles._construct_head(view.words[obj.first - 1]) and \
            all((view.is_word(j) or view.words[j] == "#") and
                view.words[j] not in roles.CLAUSE_OPENERS for j in range(k, obj.first))

    # ------------------------------------------------------------------------------------------
    def _code_trigger(self, doc, view, trig: Trigger, pat: Pattern, default_date, dateline_place,
                      cause_doer: ActorRef | None = None, described: bool = False):
        """The events of one trigger; `cause_doer`: who did the violent event that the trigger,
        a toll after a result verb (ما أسفر عن مقتل), came of (`_cause_doer`); `described`: the
        trigger is a verb whose subject is an attack noun before it (`_describes_attack`), so no
        actor before it is its subject."""
        c = self.compiled
        passive = _is_passive(view, trig) or (
            _unvocalised_passive(view, trig, pat) and
            _shared_fronted_subject(doc, view, trig) is None) or \
            self._accused_passive(view, trig, pat) or \
            _passive_before_min(view, trig, self._context("from_passives")) or \
            self._agent_marked_passive(view, trig) or _relative_passive(view, trig, pat)
        sources, targets, implicit = self._participants(doc, view, trig, pat, passive,
                                                        cause_doer)
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
        if pat.source_adjacent and not _is_nominal(trig):
            if self._thing_arrives(view, trig):
                return []  # الطائرة السعودية التي وصلت، ووصلت أمس سفينة: a thing carried arrives
            # وصلت الطائرة، وصل عدد الدول إلى 33: the subject is no actor; an actor named further
            # away did not arrive, nor one in a preposition phrase (جثة لقيادي حوثي وصلت)
            sources = [m for m in sources if m.first <= trig.last + 2 and
                       m.last >= trig.first - 2 and not m.in_pp]
            nxt = trig.last + 1
            if not sources and nxt < len(view.words) and view.is_word(nxt) and \
                    not roles.is_prep(view.words[nxt]) and not roles.clitic_prep(view, nxt) and view.words[nxt] not in TIME_ADVERBS:
                implicit = None  # ووصلت الطائرة: its own subject, no actor, is no one carried
        if pat.source_adjacent and _is_nominal(trig):
            sources, implicit = _who_arrives(trig, sources, implicit)
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
        if tgt_refs:
            doc.state[STATE_LAST_OBJECT] = (view.tokens[trig.head].start, tgt_refs[0])
        if not src_refs and pat.plover == "PROTEST":
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
        elif mod == "negated" and _subject_of_result(view, trig):
            mod = "asserted"  # لم يخلف القصف أي إصابات: the shelling was, its toll was not
        date, date_source = _event_date(doc, view, trig, default_date,
                                        self._context("year_names"))
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
            reported_by = _reporter(view, trig, c)
            if reported_by is not None and all(reported_by.canonical != s.canonical
                                               for s, _ in dyads):
                mod = "reported"
            else:
                reported_by = None
        place = _place(view, trig, targets, pat.cameo) or dateline_place
        if pat.plover in VIOLENCE and self.violence_target_from_context:
            victims = _victims(view, trig, used)
            if victims is not None:
                # قتل 42 جندياً باكستانياً: with no target in its own slots, an attack targets
                # the actor named just after it (its victims). The country where it happened
                # is not used: it lowered target accuracy on the OEDA spans (the coders leave
                # the target's country empty for militants and unnamed civilians)
                dyads = [(s, t if t is not None else victims) for s, t in dyads]
        if pat.cameo.startswith("14") and any(t is None for _, t in dyads):
            site = _protest_site(view, trig)
            if site is not None:
                # تجمعوا أمام السفارة الإستونية، قرب مبنى وزارة الدفاع: whose building the
                # crowd stands before is what it protests at
                dyads = [(s, t if t is not None else roles.actor_ref(site.entity))
                         for s, t in dyads]
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
                sentence=view.index, evidence={"start": a, "end": b}, location=place,
                plover_mode=pat.plover_mode, date_source=date_source, trigger=doc.text[a:b],
                reported_by=reported_by, mentions=[EvMention(view.index, a, b)]))
        return out

    def _participants(self, doc, view, trig: Trigger, pat: Pattern, passive: bool,
                      cause_doer: ActorRef | None = None):
        """Source mentions, target mentions and the implicit subject (an ActorRef or None)."""
        sources: list[roles.Mention] = []
        targets: list[roles.Mention] = []
        implicit: ActorRef | None = None
        clause_end = len(view.words)  # where the targets end (the doer's relative clause)
        noun_like = _is_nominal(trig)
        result_phrase = trig.kind == "phrase" and pat.plover in VIOLENCE and \
            strip_conj(view.words[trig.first]) in RESULTS_BY
        if noun_like and pat.plover in VIOLENCE and cause_doer is not None and \
                not _result_doer(view, self._joined_toll(view, trig) or trig):
            # وهاجم المسلحون نقطة تفتيش مما أسفر عن مقتل خمسة جنود: the toll is of the attack
            # told before, and so is its doer (unless the attack noun names its own: below)
            implicit = cause_doer
        if trig.kind == "phrase" and self._exposure_phrase(view, trig):
            # تعرضت القوات لاعتداءات الحوثيين: who underwent the attack is its target; its agent
            # is the genitive of the noun or the actor after من قبل / على يد
            m = roles.postverbal_subject(view, trig.first, trig.first) or \
                roles.preverbal_subject(view, trig.first)
            targets = roles.coordinated(view, m) if m is not None else []
            used = {id(x) for x in targets}
            sources = [x for x in roles.genitive_after(view, trig.last, trig.last)
                       if id(x) not in used] or \
                roles.agent_phrase(view, trig.last, self.compiled.agent_markers)
            return sources, targets, None
        agent = roles.agent_phrase(view, trig.last, self.compiled.agent_markers, same_clause=True) \
            if noun_like and not passive else []
        if result_phrase:
            # ما أودى بحياة 32 شخصاً: the verb's subject is a thing or the clause before, never
            # an actor near it (a place's nisba: سروج التركية); the doer is the attack's
            sources = _result_doer(view, trig)
            implicit = cause_doer if not sources else None
        elif agent:
            # اغتيال القائد على يد مسلحين، اعتقال المعارض من قبل الشرطة، مقتل جندي برصاص قناصة:
            # the agent phrase names who did it, and the genitive is then what it was done to
            used = {id(x) for x in agent}
            sources = agent
            targets = [x for x in roles.genitive_after(
                view, trig.head, trig.last if trig.kind == "noun" else trig.head) if id(x) not in used]
        elif noun_like and not passive:
            # زيارة بوتين لطهران؛ قمة بين X و Y؛ اغتيال مغنية (the genitive is the patient)
            gen = roles.genitive_after(view, trig.head, trig.last if trig.kind == "noun" else trig.head)
            if not gen and _others_counted(view, trig.last + 1) and \
                    (toll := self._joined_toll(view, trig)) is not None:
                # مقتل شرطي وجرح اثنين آخرين: the "others" of the second noun are of the
                # people the toll names
                gen = roles.genitive_after(view, toll.head, toll.last)
            if not gen and _fronted_in_pronoun(view, trig):
                gen = _fronted_subject(view, trig)  # وكان في استقباله لدى وصوله الأمير …
            if gen and "e" in trig.strip and not pat.monadic:
                # لقائه الرئيس الفلسطيني: the pronoun is the agent and the actor after the noun
                # its object; the agent is the subject of the clause (أكد الوزير خلال لقائه …) or,
                # in an adverbial put first, of the speech verb after it (وخلال لقائه …، أكد …)
                targets, gen = gen, []
                m = self._fronted_referent(doc, view, trig, targets) if \
                    _fronted_in_pronoun(view, trig) else \
                    roles.preverbal_subject(view, trig.first) or self._speaker_after(view, trig)
                if m is not None and all(m is not t for t in targets):
                    sources = roles.coordinated(view, m)
            if not gen and not targets:
                # الزيارة الناجحة للرئيس إلى باريس: the لـ phrase before an إلى target is the agent
                gen = roles.lam_agent(view, trig.last if trig.kind == "noun" else trig.head,
                                      "ل" in pat.target_preps or pat.plover not in VIOLENCE or
                                      "e" in trig.strip)
            nisba = _nisba_after(view, trig)
            if nisba is not None and (_object_in_phrase(view, trig) or not self.compiled.analyse(
                    view.words[trig.head])[1].isdisjoint(self._context("undergoing_nouns"))):
                # مقتل فلسطيني: who was killed, no killing's agent; إسقاط الطائرة الماليزية: the
                # adjective of the object, whose country is what was hit
                gen, nisba = [nisba], None
            if nisba is not None:
                # قصف إسرائيلي، الغارات الأميركية: the relational adjective names the agent
                sources, gen = [nisba], []
            elif pat.monadic and (doer := _relative_doer(view, trig)) is not None and \
                    all(g is doer for g in gen):
                # الهجوم الذي نفذه مسلحون، الغارة التي شنتها طائرات التحالف: the subject of
                # the verb of doing in the noun's relative clause is its agent (no genitive of
                # the noun's own: هجوم مسلح نفذه مجهولون, past the adjective)
                sources, gen = roles.coordinated(view, doer), []
            elif not pat.monadic and not sources and not gen and \
                    (doer := self._conducting_doer(view, trig)) is not None:
                # الزيارة التي أجراها الأمير، المحادثات التي عقدها الوزير مع نظيره، الزيارة
                # التي سيقوم بها الملك: the subject of the verb of conducting in the noun's
                # relative clause is who did it, not the subject of the sentence
                sources = roles.coordinated(view, doer)
                clause_end = _clause_end(view, doer.last + 1)
            held = roles.held_by(view, trig.last) if pat.symmetric and not sources else []
            if held:
                # لقاء جمع البشير والسيسي، لقاء عقده البشير مع السيسي: who met
                sources, targets, gen = held[:1], held[1:], []
            if (pat.symmetric or pat.plover in VIOLENCE) and not gen and not sources:
                # (اشتباكات بين الجيش ومسلحين: the two sides of a clash; سقوط قتلى بين عناصر
                # الميليشيات is "among" one party)
                pair = roles.between_pair(view, trig.last)
                if not pat.symmetric and self._toll_words(view, trig):
                    pair = []
                if pair:
                    sources, targets = pair[:1], pair[1:]
            in_pp = pat.monadic and "p" in trig.strip
            factual = modality(view.words, trig.first, trig.last, self.compiled.cues,
                               trig.strip) in ("asserted", "reported")
            if in_pp and not factual and not sources:
                # توعد ترامب بقصف إيران: who threatens or plans it would do it, to the genitive
                # (not who calls it so: وصفتها الأمم المتحدة محاولة لتنفيذ إبادة)
                m = roles.preverbal_subject(view, trig.first)
                if m is not None and not roles.reacts(view, m):
                    sources, targets, gen = roles.coordinated(view, m), gen, []
            doing = self._doing_verb(view, trig) if not sources else None
            refrain = self._refrain_verb(view, trig) if not sources and doing is None else None
            if doing is not None or refrain is not None:
                # قام المسلحون بتفجير السيارة: the subject of the verb of doing is the agent;
                # so is the subject of لم + a verb of refraining (إن الإمارات لم تتوان في دعم مصر,
                # before لم, or لم تتوان الإمارات في, after the verb)
                m = roles.postverbal_subject(view, doing, doing) if doing is not None else \
                    roles.postverbal_subject(view, refrain + 1, refrain + 1)
                m = m or roles.preverbal_subject(view, refrain if doing is None else doing)
                if m is not None:
                    sources, targets, gen = roles.coordinated(view, m), targets or gen, []
            elif not sources and (m := self._object_of_subject_verb(view, trig)) is not None:
                # حاولت الشرطة منع المتظاهرين، واصل الجيش قصف المدينة: the verbal noun is the
                # object of a verb whose subject stands between them, and that subject does it
                sources, targets, gen = roles.coordinated(view, m), targets or gen, []
            purpose = _purpose(view.words[trig.head], trig.strip) and pat.cameo[:2] != "04" and \
                not self._after_exposure(view, trig)
            # قصف مواقع الحوثيين، تدمير آليات الجيش: an actor after the verbal noun's own object
            # owns what was hit; it did not do it
            owner = bool(gen) and _owner_of_object(view, trig, pat, gen[0])
            if not sources and gen:
                if pat.genitive == "patient" and not purpose and not owner and (
                        _lam_after(view, gen[-1].last) or (
                            len(gen) == 1 and gen[0].entity.type != "PERSON" and
                            _object_after(view, trig, gen[0].last))):
                    # اقتحام المستوطنين للأقصى، مهاجمة المسلحين لقافلة: with a لـ object after
                    # it, the genitive is the agent
                    sources, targets = gen, roles.lam_object(view, gen[-1].last)
                elif pat.genitive == "patient" or purpose or gen[0].locative or gen[0].town or \
                        owner or self._kept_from(view, trig, gen[0]) or \
                        _object_nisba(view, trig, gen[0]):
                    # لمساندة الوحدات: "in order to support" takes an object; هجوم قرية دوما:
                    # a place after the noun is where it was aimed
                    targets = gen
                else:
                    sources = gen
                    if not pat.symmetric:
                        # إدانة المحكمة للرئيس: after the agent, an actor with لـ is the object
                        targets = roles.lam_object(view, gen[-1].last)
            if not sources and pat.plover in VIOLENCE:
                # أسفرت غارة أميركية عن مقتل عشرة (وجرح عشرين: the toll's cause is its too)
                sources = _result_doer(view, self._joined_toll(view, trig) or trig)
            if not sources and pat.cameo.startswith(TOLL_CODES):
                # مقتل 15 جندياً الجمعة في هجوم شنه متمردون: who did the attack they died in
                # (not when the dead are its own: مقتل 10 مسلحين من التنظيم في هجوم شنه التنظيم)
                sources = [m for m in _attack_doer(view, trig)
                           if not _named_between(view, trig.last, m)]
            if targets and not sources and pat.plover not in GUARDED and \
                    (m := roles.preverbal_subject(view, trig.first)) is not None and \
                    roles.receives(view, m) and all(m is not t for t in targets):
                # (الذي يحظى بتأييد ميليشيات فجر ليبيا: the genitive of what is received gives it)
                sources, targets = targets, []
            if not targets and pat.plover not in GUARDED:
                m = roles.preverbal_subject(view, trig.first)
                if m is not None and roles.receives(view, m):
                    # تلقت اليونان دعماً من الصندوق: the receiver is the target; the giver is the
                    # genitive or the actor after من
                    targets = roles.coordinated(view, m)
                    sources = sources or roles.prep_targets(view, ("من",), trig.last,
                                                            {id(x) for x in targets}, limit=5)
                elif m is not None and sources and roles.lam_pronoun(view, max(
                        x.last for x in sources)) and all(x is not m for x in sources):
                    # رحبت اليونان بدعم الصندوق لها: لها is the one named before
                    targets = roles.coordinated(view, m)
                if targets and not sources:
                    return [], [], None  # the giver is not named: no event
            # رغم محاصرتهم، منذ مقتله: the pronoun on the verbal noun of violence is who underwent
            # it; the actor it stands for, named before, did not do it
            pronoun_patient = "e" in trig.strip and pat.genitive == "patient" and \
                int(pat.cameo[:2]) >= 18
            if not sources and not (pat.plover in GUARDED and factual) and not pronoun_patient:
                # شارك بوتين في قمة. Not for violence or a protest named by a verbal noun
                # (ندّدت قطر بقصف …، أدانت مصر الهجوم، شهدت المدينة تظاهرة): the subject of the
                # verb before it denounced, suffered or hosted it
                m = roles.preverbal_subject(view, trig.first, skip_towns=True)
                if m is not None and roles.reacts(view, m) and not pat.symmetric and not (
                        m.last + 1 < trig.first and view.words[m.last + 1] in roles.RELATIVES):
                    # أثنى المجلس على … المساعدات: who praises the aid did not give it (but in
                    # أشاد الرئيس الذي ينهي زيارة the relative clause makes him the visitor)
                    pass
                elif m is not None and roles.pronoun_clause_between(view, m.last + 1, trig.first):
                    pass  # قال المتحدث إنه عقب الحفل جرت مباحثات: the speaker did not talk
                elif m is not None and (not pat.symmetric or self._observed(view, trig)) and \
                        self._calls_for(view, m, trig):
                    pass  # دعت الأمانة العامة لمجلس التعاون إلى احترام الهدنة: who calls for it
                    # asks others to do it (a symmetric one only when it is to be observed: who
                    # calls for a dialogue may be its party)
                elif m is not None:
                    if pat.symmetric and m.last >= trig.first - 2:
                        # استأنفت إسرائيل والفلسطينيون المفاوضات: all the parties of the subject
                        # right before the noun
                        m = roles.first_of_coordination(view, m)
                    sources = roles.coordinated(view, m)
                elif "e" in trig.strip and not pat.monadic:  # اجتماعه بنظيره
                    after = self._speaker_after(view, trig)
                    if after is not None:
                        sources = roles.coordinated(view, after)  # وقبيل اجتماعه بنظيره، أكد …
                    else:
                        implicit = self._borrowed(doc, view, trig)
        elif passive:
            # قُتل الصحفي؛ تم اعتقال المعارض من قبل الشرطة
            gen = roles.postverbal_subject(view, trig.last, trig.head) if not noun_like else None
            targets = roles.coordinated(view, gen) if gen else roles.genitive_after(
                view, trig.head, trig.last)
            if not targets and trig.kind == "verb" and trig.form.person in ("3mp", "3md", "3fd"):
                # مدنيين كانوا قد قتلوا، جنديين كانا قد قتلا: the plural (dual) passive's
                # subject stands before it
                m = roles.preverbal_subject(view, trig.first, max_words=4)
                targets = roles.coordinated(view, m) if m is not None else []
            elif not targets and trig.kind == "verb":
                # (إن) جندياً أميركياً قتل أمس: the singular one, right before it, or the one a
                # relative pronoun before it stands for (الصحافي الذي طرد من صحيفته)
                m = view.mention_ending_at(trig.first - 1) or (
                    roles.antecedent(view, trig.first) if trig.first > 0 and
                    view.words[trig.first - 1] in roles.RELATIVES else None)
                targets = roles.coordinated(view, m) if m is not None else []
            sources = roles.agent_phrase(view, trig.last, self.compiled.agent_markers) or \
                (_attack_doer(view, trig) if pat.plover in VIOLENCE else [])
        else:
            obj_pron = trig.kind == "verb" and "e" in trig.strip
            subj = roles.postverbal_subject(view, trig.last if trig.kind != "phrase" else trig.head,
                                            trig.head, object_pronoun=obj_pron)
            if subj is None and not obj_pron:
                subj = self._subject_after_closed_clause(view, trig)
            if subj is not None and trig.kind == "verb" and \
                    roles.plural_agreement(trig.form.person):
                subj = None  # مسلحين هاجموا القوات: the actor after a plural verb is its object
            if subj is not None and trig.kind == "verb" and trig.form.person == "3fs" and \
                    subj.first > 0 and (view.words[subj.first - 1] == "#" or
                                        view.words[subj.first - 1] in roles.COUNT_WORDS):
                subj = None  # (الطائرات) قتلت 248 إيرانياً: people counted after it are its object
            if subj is not None and pat.describe and self._single_before_b(view, trig, subj):
                subj = None
            # وزار مصر وفد، تستهدف حزب العمال: by gender the actor is the object; the verb's
            # subject is then another noun of this sentence, not one borrowed from before
            gender_clash = subj is not None and subj.first == trig.last + 1 and \
                self._disagrees(view, trig, subj)
            if gender_clash:
                subj = None
            if subj is not None and subj.first == trig.last + 1 and pat.target_object and \
                    not obj_pron and _alone_after_verb(view, subj) and \
                    _shared_fronted_subject(doc, view, trig) is not None:
                # الميليشيات اقتحمت القرية وقتلت النساء والأطفال: the verb goes on with the subject
                # put before the first one, and the lone noun after it is its object (not after
                # an object pronoun, which is the object: وهاجمه زعيم المعارضة)
                targets, subj = roles.coordinated(view, subj), None
            relative_subject = not obj_pron and trig.kind == "verb" and \
                _after_relative(view, trig)
            if subj is not None and relative_subject and subj.first == trig.last + 1:
                # الجماعة التي اختطفت الصحافي، داعش الذي قتل الجنود: with no pronoun on the
                # verb, the relative's antecedent is its subject; the actor after it the object
                targets, subj = roles.coordinated(view, subj), None
            if subj is not None and (self._kept_from(view, trig, subj) or (
                    subj.first == trig.last + 1 and self._nonactor_before(view, trig))):
                # أو منعت المعارضة من السيطرة: who was kept from it, the object; the subject
                # is the one before the verb or none. هذه الخطوة تدعم الحكومة: the subject
                # before the verb names no actor, the actor after it is the object
                targets, subj = roles.coordinated(view, subj), None
            if subj is not None:
                sources = roles.coordinated(view, subj)
                ante = roles.antecedent(view, trig.first) if obj_pron else None
                if ante is None and obj_pron and pat.cameo.startswith(CONDEMN):
                    ante = self._act_doer(doc, view, trig)
                if ante is None and obj_pron and pat.target_object:
                    ante = self._object_pronoun_referent(doc, view, trig, sources)
                if ante is not None:
                    # صحافي أميركي احتجزه الحوثيون: the one before the verb is its object
                    targets = roles.coordinated(view, ante)
            elif roles.nonactor_subject(view, trig.last if trig.kind != "phrase" else trig.head) \
                    or self._plain_subject_in_phrase(view, trig) or (
                        _unknown_body_after(view, trig) and
                        not self._means_noun(view.words[trig.last + 1])):
                pass  # دعم البعض حزب الله: the subject names no actor; the actor is the object
            elif self._counted_subject(view, trig, pat) or self._nonactor_before(view, trig) or (
                    relative_subject and _antecedent_no_actor(view, trig.first)):
                pass  # اجتمع نحو 1500 عالم، هذا لا يمنع، الجماعة التي اختطفت: no actor
            elif obj_pron and self._definite_after(view, trig):
                pass  # ما دمرته الحرب: its object on it, the verb's subject follows, no actor
            elif not gender_clash and (carried := _coordinated_subject(doc, view, trig)) is not None:
                implicit = carried  # قتل المسلحون ثلاثة جنود وخطفوا اثنين: the same subject
            elif obj_pron and trig.first > 0 and view.words[trig.first - 1] in roles.RELATIVES \
                    and (ante := roles.antecedent(view, trig.first)) is not None:
                # مقاتلي الحركة الذين تتهمهم الحكومة / تتهمهم: the antecedent is the object of the
                # verb's pronoun; the subject is the one named before it in the main clause
                targets = roles.coordinated(view, ante)
                m = roles.preverbal_subject(view, ante.first)
                if m is not None:
                    sources = roles.coordinated(view, m)
                elif not pat.monadic:
                    implicit = self._implicit(doc, view, trig)
            else:
                m = roles.preverbal_subject(view, trig.first)
                clause = _relative_clause_of(view, m) if m is not None and \
                    _relative_before(view, trig.first) is None else None
                if clause is not None:
                    # داعش الذي قتل الجنود هاجم المدينة: the soldiers are the relative's object;
                    # the verb after its clause has the antecedent as subject (none known when
                    # the antecedent names no actor: الغارة التي استهدفت المسلحين قتلت)
                    m = clause[0]
                if m is not None and trig.first - m.last <= AGREEMENT_REACH and \
                        _opens_clause_np(view, m) and self._disagrees(view, trig, m):
                    # حزب العمال … كما تستهدف داعش: an actor right before a verb of the other
                    # gender, heading its own phrase, is not that verb's subject
                    m = None
                if m is not None and clause is None and self._own_clause_subject(view, trig):
                    # وقال الرئيس إنه في السياق نفسه، بدأت القوى السياسية الاستعداد … وعقد
                    # مشاوراتها: the verb goes on with a subject of its clause, no actor
                    m = None
                first_subject = _object_genitive_before(view, trig, m, self._context(
                    "time_words")) if m is not None and clause is None else None
                if first_subject is not None:
                    # قصفت الطائرات مواقع داعش وقتلت: Daesh is the object's genitive; the verb
                    # goes on with the first verb's subject (no one known: the aircraft)
                    m, has_subject = first_subject
                if m is not None:
                    sources = roles.coordinated(view, m)
                elif not pat.monadic and not gender_clash and clause is None and \
                        not (first_subject is not None and first_subject[1]):
                    # an attack or a protest with no subject in its sentence stays without a
                    # known source rather than borrowing the last speaker
                    implicit = self._borrowed(doc, view, trig)
        if (expeller := self._expelled_from(view, trig, pat)) is not None:
            # ترحيلهم من ألمانيا: the pronoun is who is sent away, the one after من sends
            sources, implicit = [expeller], None
            referent = self._pronoun_referent(view, trig.first,
                                              third_person_pronoun(view, trig.head), [expeller])
            targets = roles.coordinated(view, referent) if referent is not None else []
        if not pat.target_object and _phrase_object(trig, targets):
            targets = []  # لبيع طائرات مقاتلة لقطر: the phrase's own object is no target
        if not targets:
            used = {id(m) for m in sources}
            after = max([m.last for m in sources if m.first > trig.head] + [trig.head])
            # (a place after a noun of place, في مدينة نابلس، is only where a meeting or a
            # condemnation was; it may be what force or coercion was used on, and where a
            # visit goes: يزور قبر والده في قرية غرب كينيا)
            cand_p = roles.prep_targets(view, pat.target_preps, trig.head, used,
                                        places=pat.cameo[:2] >= "17" or pat.cameo == VISIT)
            cand_o = roles.object_target(view, after, used, pat.target_preps,
                                         owner=pat.plover in VIOLENCE) \
                if pat.target_object else []
            if cand_p and cand_o:
                targets = cand_p if cand_p[0].first < cand_o[0].first else cand_o
            else:
                targets = cand_p or cand_o
            # الزيارات التي قام بها كبار المسؤولين بين البلدين، معرباً عن شكره لأمير الكويت:
            # the noun told in the relative clause of its doer has its target inside that clause
            targets = [m for m in targets if m.last < clause_end]
        if not pat.symmetric and pat.target_object and pat.plover not in VIOLENCE and \
                (clause := self._object_doer(view, trig, sources)) is not None:
            # دعم العمليات التي يقوم بها الأكراد ضد التنظيم: who does what the object names is
            # the one supported (or condemned), not the one it is aimed at; none known when
            # the clause names no actor
            targets = roles.coordinated(view, clause[1]) if clause[1] is not None else \
                [m for m in targets if m.last < clause[0]]
        if not targets and pat.plover in VIOLENCE and trig.kind != "verb" and \
                (k := self._targeting_verb_after(view, trig, sources)) is not None:
            # شنت الطائرات غارات استهدفت مواقع لحزب العمال: the verb tells what the attack the
            # noun named hit; that (or the owner of that) is the attack's target
            targets = roles.object_target(view, k, {id(m) for m in sources}, pat.target_preps,
                                          owner=True)
        if not targets and trig.kind == "phrase" and pat.cameo[:2] in RESPONSE_ROOTS and \
                (m := view.mention_at(trig.last + 1, trig.last + 1)) is not None and \
                m.first == trig.last + 1 and (not m.in_pp or m.pp_genitive) and not m.locative \
                and not m.in_quote and all(m is not x for x in sources):
            # رفضت حماس المبادرة المصرية، طالب المحتجون برحيل الحكومة: in a response to a thing
            # (appeal, meeting, praise, demand, disapproval, rejection), the thing's owner (its
            # country or its genitive) is the one the act is directed at; not in an act (فرض
            # عقوبات الأمم المتحدة: the owner of the sanctions imposes them)
            targets = roles.coordinated(view, m)
        if not targets and (trig.kind == "verb" or (trig.kind == "phrase" and
                                                     not _is_nominal(trig))) and not passive and \
                trig.last + 1 < len(view.words) \
                and roles.pronoun_pp_prep(view.words[trig.last + 1]) in pat.target_preps \
                and not (trig.first > 0 and _relative(view.words[trig.first - 1])):
            # (المدن التي سيطر عليها الحوثيون: the pronoun stands for the relative's antecedent)
            # أصرت الحكومة العراقية على أن تتنازل لها الكويت، أطلق مسلحون النار عليه: the
            # pronoun after the verb or the phrase stands for the actor named before it that
            # agrees with it, who is then the target
            m = self._pronoun_pp_referent(view, trig) or self._pronoun_pp_across(view, trig,
                                                                                   sources)
            if m is not None and all(m is not x for x in sources):
                targets = roles.coordinated(view, m)
        return sources, targets, implicit

    def _pronoun_pp_referent(self, view: SentenceView, trig: Trigger) -> roles.Mention | None:
        """Whom the pronoun of the preposition right after a verb or a phrase stands for
        (أطلق مسلحون النار عليه): the nearest actor before the trigger with no stop between, not
        in a preposition phrase, at most `REFERENT_REACH` words before it, when it has the
        pronoun's number and gender (none else: the pronoun then stands for a thing, قرب مكان
        التفجير لعرقلة وصول المساعدات إليه)."""
        pronoun = third_person_pronoun(view, trig.last + 1)
        if roles.pronoun_pp_prep(view.words[trig.last + 1]) == ABOUT:
            return None  # (موظفاً … أفرج عنه: "he was released", as often the passive; عنه is
            # read only after a verb that opens its own clause, `_pronoun_pp_across`)
        m = next((x for x in reversed(view.mentions) if x.last < trig.first and
                  not x.in_pp and not x.in_quote and not x.locative), None)
        if m is None or roles.boundary_between(view, m.last + 1, trig.first) or \
                trig.first - m.last > REFERENT_REACH:
            return None  # (… في أطراف لحج، وتم إبلاغ …، وحركت قواتها … وفرضت السيطرة عليها)
        return m if not pronoun or self._agrees_with_pronoun(view, m, pronoun) else None

    def _pronoun_pp_across(self, view: SentenceView, trig: Trigger,
                           sources: list[roles.Mention]) -> roles.Mention | None:
        """اعتقلت الشرطة الصحافي ثم أفرجت عنه: past a stop, the pronoun of the preposition after
        a verb that opens its own clause stands for the nearest actor of its number and gender
        named before it in the sentence (not the verb's subject), at most `REFERENT_REACH`
        words back, as a verb's object pronoun does (`_object_pronoun_referent`)."""
        pronoun = third_person_pronoun(view, trig.last + 1)
        if not pronoun or trig.kind != "verb" or trig.form.tense == "masdar" or \
                not _opens_own_clause(view, trig):
            return None  # (لبحث القرار والدفاع عنه: a verbal noun's pronoun, the decision)
        m = self._pronoun_referent(view, trig.first, pronoun, sources)
        return m if m is not None and trig.first - m.last <= REFERENT_REACH else None

    def _object_pronoun_referent(self, doc, view: SentenceView, trig: Trigger,
                                 subjects: list[roles.Mention]) -> roles.Mention | None:
        """Whom the object pronoun of a verb with its subject after it stands for, named earlier
        in the sentence (وصل الوزير إلى بيروت حيث استقبله الرئيس، وصلت الوزيرة … واستقبلها
        الرئيس): the nearest actor of the pronoun's number and gender, not its subject."""
        pronoun = third_person_pronoun(view, trig.head)
        if not pronoun or not _opens_own_clause(view, trig):
            return None  # (ما اقترحه، الانتفاضة التي دعمها، حكومة يدعمها حزب: its own antecedent)
        if trig.form.tense == "past" and (self._has_masdar_form(view, trig) or
                                          _bare_triliteral(trig.form.text)):
            return None  # (إعلان ليون، …، رفضه وصف الثوار: "his refusal", a noun)
        m = self._topic_referent(doc, view, trig, pronoun, subjects) or \
            self._pronoun_referent(view, trig.first, pronoun, subjects)
        return m if m is not None and trig.first - m.last <= REFERENT_REACH else None

    def _act_doer(self, doc, view: SentenceView, trig: Trigger) -> roles.Mention | None:
        """شن مسلحون من طالبان هجوماً على مركز للشرطة، وأدانته الحكومة: the object pronoun of a
        verb of condemning that opens its own clause stands for the act of violence a noun of
        the same number and gender named earlier in the sentence; what is condemned is its
        doer."""
        last = doc.state.get(STATE_LAST_ACT)
        if not last or not view.tokens[0].start <= last[0] < view.tokens[trig.first].start or \
                third_person_pronoun(view, trig.head) != last[1] or \
                not _opens_own_clause(view, trig):
            return None
        return next((m for m in view.mentions if m.entity.start == last[2].start and
                     m.last < trig.first), None)

    def _fronted_referent(self, doc, view: SentenceView, trig: Trigger,
                          receivers: list[roles.Mention]) -> roles.Mention | None:
        """Whom the pronoun of a fronted في استقباله stands for: the nearest actor before it
        of the pronoun's number and gender (وصل ولي العهد … والتقى عدداً من المسؤولين، وكان في
        استقباله: the crown prince, not the officials), not one of those who receive."""
        pronoun = third_person_pronoun(view, trig.head)
        if not pronoun:
            return roles.preverbal_subject(view, trig.first)
        return self._topic_referent(doc, view, trig, pronoun, receivers) or \
            self._pronoun_referent(view, trig.first, pronoun, receivers)

    def _topic_referent(self, doc, view: SentenceView, trig: Trigger, pronoun: str,
                        skip: list[roles.Mention]) -> roles.Mention | None:
        """The subject of the last event coded earlier in the sentence, when the pronoun agrees
        with it: the one the sentence is about is what a pronoun most often stands for (انتقد
        الرئيس التركي الاتحاد الأوروبي، وهاجمه زعيم المعارضة: the president, not the union)."""
        last = _earlier_in_sentence(doc, STATE_LAST_SUBJECT, view, trig)
        m = next((x for x in view.mentions if last is not None and
                  x.entity.start == last.start and x.last < trig.first), None)
        return m if m is not None and all(m is not x for x in skip) and not m.in_quote and \
            self._agrees_with_pronoun(view, m, pronoun) else None

    def _expelled_from(self, view: SentenceView, trig: Trigger,
                       pat: Pattern) -> roles.Mention | None:
        """The actor right after من following a verbal noun of expelling with its pronoun
        (ترحيلها من ألمانيا، طرده من الحزب): who expels; the pronoun is who is expelled."""
        k = trig.last + 1
        if not (pat.cameo.startswith(EXPEL) and _is_nominal(trig) and "e" in trig.strip and
                k + 1 < len(view.words) and view.words[k] == MIN):
            return None
        m = view.mention_at(k + 1, k + 1)
        return m if m is not None and m.first == k + 1 and not m.in_quote else None

    def _object_doer(self, view: SentenceView, trig: Trigger, sources: list[roles.Mention]
                     ) -> tuple[int, roles.Mention | None] | None:
        """The relative clause of the object right after the trigger (or after its subject
        there) that names its doer (`_doer_in_relative`): دعم العمليات التي يقوم بها الأكراد،
        أدانت فرنسا الهجمات التي تقوم بها الميليشيات (the object a noun that names no actor, a
        verb of performing or of conducting with its pronoun in the clause)."""
        k = max([trig.last] + [m.last for m in sources if m.first > trig.last]) + 1
        if k >= len(view.words) or not view.is_word(k) or roles.mention_at_word(view, k) or \
                roles.is_prep(view.words[k]) or roles.clitic_prep(view, k) or \
                view.words[k] in roles.RELATIVES:
            return None
        return self._doer_in_relative(view, k + 1)

    def _conducting_doer(self, view: SentenceView, trig: Trigger) -> roles.Mention | None:
        """The actor right after a verb of conducting with the noun's pronoun (events.json
        `conducting_verbs`: أجراها، عقدها) or a verb of performing and به/بها
        (`performing_verbs`: يقوم بها) in the relative clause right after the noun (past one
        adjective; سوف، قد or كان may stand before the verb): who conducted it."""
        clause = self._doer_in_relative(view, trig.last + 1)
        return clause[1] if clause is not None else None

    def _doer_in_relative(self, view: SentenceView, k: int
                          ) -> tuple[int, roles.Mention | None] | None:
        """The relative clause that begins at `k` (or past one adjective) of the noun before it
        with a verb of conducting or performing (`_conducting_doer`): the relative pronoun's
        position and the actor right after the verb (None when it names no known actor)."""
        w = view.words
        if k < len(w) and w[k] not in roles.RELATIVES and view.is_word(k) and \
                not roles.mention_at_word(view, k) and k not in view.verbs and \
                not (w[k].endswith("ات") and not w[k - 1].endswith("ات")):
            k += 1  # (الزيارة الرسمية التي: past its adjective; not دعم العمليات التي, a
            # plural after a singular noun, its object)
        if k >= len(w) or w[k] not in roles.RELATIVES:
            return None
        rel = k
        k += 1
        while k < len(w) and w[k] in CONDUCT_AUX:
            k += 1
        if k < len(w) and w[k] in self._context("conducting_verbs"):
            return rel, roles.postverbal_subject(view, k, k)
        if k + 1 < len(w) and w[k] in self._context("performing_verbs") and \
                w[k + 1] in PERFORMED_PRONOUNS:
            # (the actor after بها is read as in a preposition phrase: taken as it stands)
            m = view.mention_at(k + 2, k + 2)
            return rel, m if m is not None and m.first == k + 2 and not m.in_quote and \
                not m.locative else None
        return None

    def _targeting_verb_after(self, view: SentenceView, trig: Trigger,
                              sources: list[roles.Mention] = ()) -> int | None:
        """The position of a verb of targeting (events.json `targeting_verbs`, or its verbal
        noun with بـ: بدأت الغارات التركية باستهداف) that describes the attack a noun (or a
        light verb's phrase) names (`_describes_attack`), past the noun's relational adjective
        when that is its agent (`sources`)."""
        verbs = self._context("targeting_verbs")
        lo = max([trig.last] + [m.last for m in sources if m.first == trig.last + 1]) + 1
        k = next((k for k in range(lo, min(len(view.words), lo + 1 + TARGETING_REACH))
                  if view.words[k] in verbs), None)
        return k if k is not None and _describes_attack(view, lo, k) else None

    def _protest_by_security(self, view: SentenceView, trig: Trigger, pat: Pattern,
                             evs: list[Event]) -> list[Event]:
        """CAMEO 14 is dissent against the authorities: the police or the army closing roads
        (أغلقت شرطة مكافحة الشغب الطرق) is no protest and is dropped. Stones are thrown at them
        (ورشق الجنود بالحجارة, a riot, 145): the security force named is the target and the
        crowd of the sentence the source."""
        kept = []
        # the protest's own subject stands right after its verb (VSO) or ends right before it
        toks = view.tokens
        after = (toks[min(len(toks) - 1, trig.last + 1)].start,
                 toks[min(len(toks) - 1, trig.last + 2)].end)
        before = (toks[max(0, trig.first - 1)].start, toks[trig.first].start)

        # (a phrase holds its subject between verb and object: أغلقت الشرطة الطرق)
        inside = (toks[trig.head].end, toks[trig.last].start)

        def own_subject(ref: ActorRef) -> bool:
            return ref.start is not None and (after[0] <= ref.start < after[1] or
                                              before[0] < ref.end <= before[1] or
                                              inside[0] < ref.start < inside[1])

        for ev in evs:
            if not _security_force(ev.source, pat.cameo):
                kept.append(ev)
                continue
            crowd = self._crowd(view, trig, set()) if pat.cameo.startswith("145") else None
            if crowd is not None:
                ev.target, ev.source = ev.source, roles.actor_ref(crowd.entity)
                kept.append(ev)
            elif not own_subject(ev.source) and self.keep_unknown_source:
                # أغلقت الشرطة الشارع بينما تجمع العشرات: a force named elsewhere in the
                # sentence is no subject of this protest, whose source is then unknown
                start = view.tokens[trig.head].start
                ev.source = ActorRef("", None, "", start, start)
                kept.append(ev)
        return kept

    def _crowd(self, view: SentenceView, trig: Trigger, used: set[int]) -> roles.Mention | None:
        """The protesting crowd named in the sentence (المتظاهرون، محتجين), nearest the trigger,
        outside quotes: the source of a protest whose own slots name none."""
        crowds = self.compiled.contexts.get("protest_crowds", frozenset())
        found = [m for m in view.mentions if id(m) not in used and not m.in_quote and
                 not self.compiled.analyse(view.words[m.first])[1].isdisjoint(crowds)]
        return min(found, key=lambda m: abs(m.first - trig.head), default=None)

    def _exposure_phrase(self, view: SentenceView, trig: Trigger) -> bool:
        """A light-verb phrase of undergoing (تعرض لاعتداء، تعرضوا للضرب)."""
        verbs = self.compiled.contexts.get("exposure_verbs", frozenset())
        return not self.compiled.analyse(view.words[trig.first])[1].isdisjoint(verbs)

    def _gender(self, view: SentenceView, m: roles.Mention) -> str:
        """The grammatical gender of the actor `m` by the word it opens with: "f" for a body
        whose head ends in ة or ات (الحكومة، حركة حماس، القوات) and for a place by its name
        (names of countries and cities are feminine: زارت مصر، أعلنت طهران; but not those of
        events.json `masculine_places`: أعلن العراق), "m" for a head of `masculine_heads`
        (حزب، الجيش، الرئيس), "" when the word does not tell (a name, a nisba, a quantifier)."""
        tok = view.tokens[m.first]
        if m.entity.how == "nisba" or not tok.start <= m.entity.start < tok.end:
            return ""
        word = strip_conj(view.words[m.first])
        if tok.text.endswith(("ة", "ات")) and word not in roles.QUANTIFIERS:
            return "f"  # (المستشارة ميركل، الحكومة، القوات; not قادة)
        keys = self.compiled.analyse(word)[1]
        ctx = self.compiled.contexts
        if m.entity.type in ("GPE", "LOC"):
            if m.entity.how != "lexicon":
                return ""  # (البلدان، البلاد: a noun standing for places has its own gender)
            return "f" if keys.isdisjoint(ctx.get("masculine_places", ())) else "m"
        return "m" if not keys.isdisjoint(ctx.get("masculine_heads", ())) else ""

    def _disagrees(self, view: SentenceView, trig: Trigger, m: roles.Mention) -> bool:
        """The actor `m` cannot be the subject of the verb by gender: a masculine singular verb
        and a feminine actor (وزار مصر وفد: Egypt is what was visited), a feminine singular verb
        and a masculine one (تستهدف حزب العمال: the party is the target). Only for an active
        verb of the third person singular; the plural and the dual are told elsewhere."""
        if trig.kind != "verb" or trig.form.voice != "active":
            return False
        person = trig.form.person
        if person not in ("3ms", "3fs", "3f/2s"):
            return False
        if trig.form.tense == "past" and (self._has_masdar_form(view, trig) or _bare_triliteral(
                trig.form.text)):
            return False  # (دعم إيران لهم، طلب تركيا: the verbal noun and its genitive, no verb)
        gender = self._gender(view, m)
        return (person == "3ms" and gender == "f") or (person != "3ms" and gender == "m")

    def _plural_head(self, view: SentenceView, m: roles.Mention) -> bool:
        """The actor `m` names many by the word it opens with: a sound plural (المسؤولين،
        المتظاهرون، القوات), or a broken plural or a count of people (events.json
        `plural_heads`: الوزراء، عناصر، عدد من). Not a place or a person's name (فلسطين، ياسين)."""
        if m.entity.how == "lexicon" and m.entity.type in ("GPE", "LOC", "PERSON"):
            return False  # (but السوريين، the people of a place, may be)
        word = strip_conj(view.words[m.first])
        stem = word[2:] if word.startswith("ال") else word
        return (len(stem) >= 5 and stem.endswith(("ون", "ين", "ات"))) or self._plural_word(word)

    def _plural_word(self, word: str) -> bool:
        """A broken plural or a count of people (events.json `plural_heads`)."""
        return not self.compiled.analyse(word)[1].isdisjoint(self._context("plural_heads"))

    def _agrees_with_pronoun(self, view: SentenceView, m: roles.Mention, pronoun: str) -> bool:
        """The actor `m` may be what a third-person pronoun stands for by number and gender:
        ه a masculine singular (not الحكومة، not المسؤولين), ها a feminine singular or a plural
        of things (الحكومة، مصر، القوات; not الرئيس), هم، هما، هن many (المسؤولين، القوات; not
        a country, a person's name or a singular head). What the words do not tell is allowed;
        a relational adjective alone (الانتداب البريطاني; not السوريين, a people) is no one a
        pronoun stands for."""
        plural = self._plural_head(view, m)
        if m.entity.how == "nisba" and m.first == m.last and not plural:
            return False
        gender = self._gender(view, m)
        if not gender and m.entity.how == "nisba" and m.first < m.last and \
                view.tokens[m.first].text.endswith("ة"):
            gender = "f"  # (a noun and its nisba: الشرطة الألمانية)
        if pronoun == "ه":
            return gender != "f" and not plural
        if pronoun == "ها":
            return gender != "m" and not (plural and not view.words[m.first].endswith("ات"))
        # (أكراد سوريا: a place after a plural noun names them)
        return plural or (gender == "" and m.entity.type not in ("GPE", "LOC", "PERSON")) or \
            (m.first > 0 and self._plural_word(strip_conj(view.words[m.first - 1])))

    def _pronoun_referent(self, view: SentenceView, before: int, pronoun: str,
                          skip: list[roles.Mention] = ()) -> roles.Mention | None:
        """The nearest actor before position `before` in the sentence that the pronoun
        (`third_person_pronoun`) can stand for: not quoted, not a place after a noun of place or
        a preposition (وصل الوزير إلى بيروت حيث استقبله: the minister; a body may be: عن جبهة
        النصرة … وتستهدفها الطائرات), not one of `skip`, and agreeing with it
        (`_agrees_with_pronoun`)."""
        for m in reversed(view.mentions):
            if m.last >= before or any(m is x for x in skip) or m.in_quote or m.locative or \
                    (m.in_pp and m.entity.type in ("GPE", "LOC")):
                continue
            if self._agrees_with_pronoun(view, m, pronoun):
                return m
        return None

    def _definite_after(self, view: SentenceView, trig: Trigger) -> bool:
        """A definite noun that names no actor right after the verb (دمرته الحرب): after a verb
        with an object pronoun, its subject. Not a word of time (استقبله اليوم الرئيس)."""
        k = trig.last + 1
        if k >= len(view.words) or not view.is_word(k) or view.mention_at(k, k) is not None or \
                any(m.first <= k <= m.last for m in view.mentions + view.unknown_persons) or \
                self._has_masdar_form(view, trig):
            return False  # (تعاونها الأخير: the noun with its possessive and an adjective)
        w = strip_conj(view.words[k])
        return w.startswith("ال") and w not in TIME_ADVERBS and not roles.is_prep(w) and \
            not roles.is_nisba_word(w) and \
            self.compiled.analyse(w)[1].isdisjoint(self._context("time_words"))

    def _single_before_b(self, view, trig, subj) -> bool:
        """وصف X بـ«...»: with a single actor before the بـ, that actor is the object."""
        for k in range(subj.last + 1, min(len(view.words), subj.last + 12)):
            w = view.words[k]
            if roles.has_prep_clitic(w) == "ب" or w == "ب":
                return not any(subj.last < m.first < k and not m.in_pp for m in view.mentions)
        return False

    def _borrowed(self, doc, view, trig) -> ActorRef | None:
        """The subject named before (`_implicit`), unless the trigger's clause has a subject of
        its own that names no actor (أن تزيد اللجنة من حجم مساعدتها، بدأت القوى السياسية
        الاستعداد … وعقد مشاوراتها: the committee helps, the forces consult)."""
        return None if self._own_clause_subject(view, trig) else self._implicit(doc, view, trig)

    def _own_clause_subject(self, view, trig) -> bool:
        return _nonactor_clause_subject(view, trig, self._context("present_particles"),
                                        self._context("time_words"))

    def _implicit(self, doc, view, trig) -> ActorRef | None:
        pos = view.tokens[trig.head].start
        try:
            from marsad.stages.actors import last_human_subject  # type: ignore[attr-defined]
        except ImportError:
            last_human_subject = None
        if last_human_subject is not None:
            try:
                r = last_human_subject(doc, pos)
            except Exception:  # the actors stage owns that function; fall back quietly
                r = None
            if r is not None:
                ref = r.ref() if isinstance(r, Entity) else r
                quote = _quote_holding(doc, ref, pos)
                # قال أوباما: «التقى بوتين ظريف». ودعا إلى …: the one who goes on is the
                # speaker, not a subject of his words
                return quote.speaker if quote is not None else ref
        last = doc.state.get(STATE_LAST_SUBJECT)
        if last and last[0] < pos:
            return last[1]
        return None


# ----------------------------------------------------------------------------------------------
def _earlier_in_sentence(doc, key: str, view: SentenceView, trig: Trigger) -> ActorRef | None:
    """The actor remembered under `key` (STATE_LAST_SUBJECT / STATE_LAST_OBJECT) when it was
    coded earlier in this sentence, before the trigger."""
    last = doc.state.get(key)
    if last and view.tokens[0].start <= last[0] < view.tokens[trig.first].start:
        return last[1]
    return None


def _with_pronoun_target(doc, view: SentenceView, trig: Trigger) -> ActorRef | None:
    """The target of the event before, in the same sentence, when مع + pronoun (معه، معها)
    follows the trigger within two words: whom the pronoun stands for."""
    if not any(view.words[k] in WITH_PRONOUNS
               for k in range(trig.last + 1, min(len(view.words), trig.last + 3))):
        return None
    return _earlier_in_sentence(doc, STATE_LAST_OBJECT, view, trig)


def _coordinated_subject(doc, view: SentenceView, trig: Trigger) -> ActorRef | None:
    """A verb joined by و/ف with no subject of its own shares the subject of the verb coded
    before it in the same sentence (not the object of that verb, which stands nearer)."""
    if trig.kind != "verb":
        return None
    if "c" not in trig.strip:
        return _then_subject(doc, view, trig)
    return _earlier_in_sentence(doc, STATE_LAST_SUBJECT, view, trig)


def _then_subject(doc, view: SentenceView, trig: Trigger) -> ActorRef | None:
    """اعتقلت الشرطة الناشط ثم أفرجت عنه: ثم joins the verb to the one before as و does, when
    the verb coded before in the sentence has its person and tense (it agrees with the same
    subject; not ثم فجّر نفسه after another's verb)."""
    verb = doc.state.get(STATE_LAST_SUBJECT_VERB)
    if trig.first == 0 or view.words[trig.first - 1] not in AND_THEN or not verb or \
            (verb[1], verb[2]) != (trig.form.person, trig.form.tense):
        return None
    return _earlier_in_sentence(doc, STATE_LAST_SUBJECT, view, trig)


AND_THEN = frozenset(fold(w) for w in ("ثم", "وثم"))
ABOUT = fold("عن")


def _shared_fronted_subject(doc, view: SentenceView, trig: Trigger) -> ActorRef | None:
    """The subject a verb joined by و/ف shares with the verb before it in its sentence when
    that subject stood before that verb (الميليشيات اقتحمت القرية وقتلت …) and both verbs have
    the same person and tense: the second verb then agrees with it and needs no subject of its
    own (but أكد الصفدي أن الأردن يدعم الجهود، ودعا …: the past goes on with the main clause)."""
    carried = _coordinated_subject(doc, view, trig)
    verb = doc.state.get(STATE_LAST_SUBJECT_VERB)
    if carried is None or not verb or carried.start is None:
        return None
    at, person, tense = verb
    return carried if (person, tense) == (trig.form.person, trig.form.tense) and \
        carried.start < at else None


def _alone_after_verb(view: SentenceView, m: roles.Mention) -> bool:
    """No second noun follows the actor (and those joined to it) right after a verb: the clause
    ends, or a preposition, a time word or و comes next (وقتلت النساء والأطفال في القرية; but
    وقصفت الطائرات المدينة names a subject and then an object)."""
    k = roles.coordinated(view, m)[-1].last + 1
    if k >= len(view.words) or not view.is_word(k):
        return True
    w = view.words[k]
    return w[:1] in ("و", "ف") or roles.is_prep(w) or bool(roles.clitic_prep(view, k)) or \
        w in TIME_ADVERBS


def _others_counted(view: SentenceView, k: int) -> bool:
    """A count at `k` followed by "others" (اثنين آخرين، ثلاثة آخرون، # آخرين)."""
    return k + 1 < len(view.words) and (view.words[k] == "#" or view.words[k] in
                                        roles.COUNT_WORDS) and view.words[k + 1] in OTHERS


def _quote_holding(doc: Document, ref: ActorRef, pos: int):
    """The direct or partial quote, with a known speaker, that holds the actor `ref` and ended
    before the original offset `pos`, itself in no quote; or None."""
    if ref.start is None or any(q.start <= pos < q.end for q in doc.quotes):
        return None
    return next((q for q in doc.quotes if q.start <= ref.start < q.end <= pos and
                 q.kind in ("direct", "partial") and q.speaker is not None and
                 q.speaker.actor_code), None)


def _cause_doer(view: SentenceView, result: tuple[int, int] | None, cause: Event | None,
                violent: list[Trigger]) -> ActorRef | None:
    """Who did the event a toll came of (`_result_cause`), when a verb told it with its subject
    next to it (وهاجم المسلحون نقطة تفتيش مما أسفر عن: the gunmen). Not the source of a noun
    (هجوم: often borrowed), nor one side of a clash (وقعت اشتباكات بين X وY), nor one borrowed from
    afar (هجوم استهدف نقطة: the verb's subject is the attack), nor when the result verb's relative
    pronoun describes a noun that is no event coded (الهجوم … الذي أدى إلى: not the verb before),
    nor past another word of violence (`violent`, the triggers before: هاجمت النصرة مقراً،
    ووقعت اشتباكات … تسببت بمقتل: the clashes, not the attack, killed)."""
    if cause is None or result is None or cause.source is None or \
            not cause.source.actor_code or cause.source.start is None:
        return None
    r = result[0]
    starts = {t.start: j for j, t in enumerate(view.tokens)}
    at = starts.get(cause.evidence["start"])
    own = starts.get(cause.source.start)
    end = next((j for j, t in enumerate(view.tokens) if t.end == cause.evidence["end"]), None)
    if at is None or own is None or at not in view.verbs or abs(own - at) > DOER_REACH or \
            end is None or any(strip_conj(w).startswith(BETWEEN)
                               for w in view.words[end + 1:end + 3]):
        return None  # (وقعت اشتباكات بينها وبين المدافعين: one side of a clash)
    if any(end < t.first < r for t in violent):
        return None
    if r > 0 and _relative(view.words[r - 1]) and at < r - 1 - ANTECEDENT_REACH:
        return None
    return cause.source


def _bare_triliteral(form: str) -> bool:
    """A past form of three strong letters (طلب، دعم، ثمن): spelt like its verbal noun, which
    the dictionary need not list."""
    return len(form) == 3 and not any(c in "اويى" for c in form)


REFERENT_REACH = 20  # words from the actor a verb's pronoun stands for to the verb
# words (besides THEN and the complementizers) that open a clause whose verb's object pronoun
# may stand for an actor named before (عندما هاجمهم; not ما اقترحه، التي دعمها)
PRONOUN_CLAUSE_LEADS = frozenset(fold(w) for w in (
    "عندما", "حين", "حينما", "بعدما", "كما", "لما", "قبل", "بعد"))


def _opens_own_clause(view: SentenceView, trig: Trigger) -> bool:
    """The verb opens a clause of its own: with و or ف on it, after a comma or a word of
    `PRONOUN_CLAUSE_LEADS`, THEN or a complementizer (not after a relative pronoun, ما or the
    noun its clause describes)."""
    if "c" in trig.strip:
        return True
    w = view.words[trig.first - 1] if trig.first > 0 else ""
    return w in roles.COMMAS or w in PRONOUN_CLAUSE_LEADS or w in THEN or \
        w in roles.COMPLEMENTIZERS


def _clause_end(view: SentenceView, k: int) -> int:
    """Where the clause going on at `k` ends: the first stop, clause opener, verb or comma from
    `k` on (the end of the sentence when none). Not a comma before a preposition: it closes an
    apposition (قام بها ولي العهد، وزير الدفاع، لمصر أمس)."""
    w = view.words
    return next((j for j in range(k, len(w)) if w[j] in roles.HARD_STOPS or
                 w[j] in roles.CLAUSE_OPENERS or j in view.verbs or
                 (w[j] in roles.COMMAS and not _prep_next(view, j + 1))), len(w))


def _prep_next(view: SentenceView, k: int) -> bool:
    """The word at `k` opens a preposition phrase (a preposition, or one joined to it: لمصر)."""
    return k < len(view.words) and (roles.is_prep(view.words[k]) or
                                    bool(roles.clitic_prep(view, k)))


# third-person pronouns at the end of a word, longest first (استقبالهما، عليهم، استقبالها)
THIRD_PERSON_PRONOUNS = ("هما", "هم", "هن", "ها", "ه")


def third_person_pronoun(view: SentenceView, k: int) -> str:
    """The third-person pronoun the word at `k` ends with as written (عليه → ه, استقبالهم →
    هم), or "". Read on the unfolded text: folding writes ة as ه. Only for a word known to
    carry a pronoun."""
    text = DROPPED_RE.sub("", view.tokens[k].text)
    return next((p for p in THIRD_PERSON_PRONOUNS if text.endswith(p)), "")


def _noun_pronoun(noun: str) -> str:
    """The pronoun that stands for a noun as written: ها for one in ة or a plural in ات (العملية،
    الهجمات), ه for the others (هجوماً، التفجير)."""
    bare = DROPPED_RE.sub("", noun)
    return "ها" if bare.endswith(("ة", "ات", "اتٍ")) else "ه"


def _fronted_in_pronoun(view: SentenceView, trig: Trigger) -> bool:
    """A verbal noun with a pronoun after في, fronted as the predicate of كان (وكان في استقباله
    الوزير): the noun phrase after it is the subject of the clause and the noun's agent; the
    pronoun is its patient. (Not an adverbial: وفي لقائه مع الوزير، في هجماتها على.)"""
    return _is_nominal(trig) and "e" in trig.strip and trig.first >= 2 and \
        view.words[trig.first - 1] in IN_WORDS and view.words[trig.first - 2] in KANA


VISIT = "042"  # CAMEO: make a visit (its place is where it goes, a target)
EXPEL = "174"  # CAMEO: expel or deport individuals (ترحيل، طرد، إبعاد)
TOLL_JOIN_REACH = 6  # words from a noun of undergoing to the و + verbal noun joined to it
DOER_REACH = 3  # tokens between a verb and its own subject (VSO or SVO)
BETWEEN = fold("بين")
AGREEMENT_REACH = 3  # words from an actor to the verb after it whose gender must agree
FRONTED_REACH = 8  # words after a fronted في استقباله where the clause's subject may begin


def _fronted_subject(view: SentenceView, trig: Trigger) -> list[roles.Mention]:
    """The subject of the clause a fronted في + noun opens: the first actor after the noun, past
    a phrase of time or place (وكان في استقباله لدى وصوله مطار الملك خالد الأمير …), not one in
    a preposition phrase or a quote."""
    for m in view.mentions:
        if m.first <= trig.last:
            continue
        if m.first > trig.last + FRONTED_REACH or \
                roles.boundary_between(view, trig.last + 1, m.first):
            return []
        if not m.in_pp and not m.in_quote and not m.pp_head and not m.locative:
            return roles.coordinated(view, m)
    return []


def _opens_clause_np(view: SentenceView, m: roles.Mention) -> bool:
    """`m` opens a noun phrase of its own: at the start of the sentence, after a punctuation
    mark, a complementizer or و, or with و on it (not the genitive of a noun before it:
    طائرات التحالف قصفت agrees with طائرات, not with التحالف)."""
    k = m.first - 1
    if k < 0 or not view.is_word(k):
        return True
    w = view.words[k]
    return w in roles.COMPLEMENTIZERS or w in ("و", "ف") or k in view.verbs or \
        roles._opens_with_and(view, m)


def _is_nominal(trig: Trigger) -> bool:
    return trig.kind == "noun" or trig.form.tense == "masdar"


def _occurrence(doc: Document, view: SentenceView, keys, c: CompiledEvents,
                years: frozenset[int], reg: Register | None = None,
                trig: Trigger | None = None) -> bool:
    """Signs that a sentence reports something that happened: a number or a quantity word
    (casualties, a count: ثلاثة، عشرات), an amount, a date expression of its own, or (with the
    register read) a casualty, a weapon, a recent time or an eventive anchor verb."""
    if reg is not None and trig is not None and reg.evidence_outside(
            trig.first, trig.last, NOUN_EVIDENCE):
        return True
    if any(t.kind == "number" and k not in years for k, t in enumerate(view.tokens)):
        return True
    quantities = c.contexts.get("quantities", frozenset())
    if any(not k.isdisjoint(quantities) for k in keys):
        return True
    a, b = view.tokens[0].start, view.tokens[-1].end
    return any(a <= d.start < b and d.granularity not in ("duration", "vague")
               for d in doc.dates) or any(
        a <= x.start < b for x in doc.amounts)


BACKGROUND_PREPS = frozenset(fold(w) for w in ("بعد", "منذ", "قبل", "عقب", "غداة", "عشية", "عند",
                                                "عندما", "حين", "حينما", "إبان", "أثناء",
                                                "خلال", "لدى", "بعدما", "قبيل", "بعيد", "أعقاب"))
# رغم / على الرغم من + an event: what something else happens in spite of, named as known (آلينا
# على أنفسنا رغم الضربات القاسية، واصلوا عملهم رغم القصف): background, not the news
CONCESSIVE = frozenset(fold(w) for w in ("رغم", "الرغم", "برغم", "بالرغم"))
# بسبب / جراء / إثر + an event: the cause of what the sentence tells (هجر السياح الفندق بسبب
# هجوم), unless what it tells is the toll of that event (سقوط ضحايا نتيجة غارة: the same event)
CAUSE_PREPS = frozenset(fold(w) for w in ("بسبب", "جراء", "إثر", "اثر", "نتيجة"))
BACKGROUND_SPANS = frozenset(fold(w) for w in (
    "لحظات", "دقائق", "ساعة", "ساعات", "ساعتين", "يوم", "أيام", "يومين", "أسبوع", "أسابيع",
    "أسبوعين", "شهر", "أشهر", "شهور", "شهرين", "سنة", "سنوات", "عامين", "أعوام"))
# words that may stand with such a span (بعد يومين فقط من، بعد ساعات قليلة من)
SPAN_WORDS = frozenset(fold(w) for w in ("فقط", "قليلة", "قليل", "معدودة", "نحو", "حوالي"))


# The dead and the weapons of a sentence are signs of violence; around a protest noun they tell
# of its repression or of clashes (ضحايا المظاهرات، مظاهرات قمعتها الشرطة), not that it was held.
NOT_PROTEST_SIGNS = frozenset({"casualties", "weapons"})


GOVERNING_REACH = 3  # words around a verbal noun where an eventive verb governs it


def _broke_out(reg: Register, trig: Trigger) -> bool:
    """An eventive anchor verb right before the noun (اندلعت اشتباكات، وقعت مواجهات): the
    noun is what broke out, one occurrence."""
    return any(k == trig.first - 1 and name == "event_anchors" for k, name in reg.evidence)


def _governed(reg: Register, trig: Trigger) -> int:
    """1 when an eventive anchor verb (وقع، نفذ، استهدف، تعرض، خرج…) stands within
    GOVERNING_REACH words of the noun, outside it: the noun is then the subject or object of a
    happening, which counts as one more sign. Else 0."""
    return int(any(name in ("event_anchors", "protest_anchors") and
                   trig.first - GOVERNING_REACH <= k <= trig.last + GOVERNING_REACH and
                   not trig.first <= k <= trig.last for k, name in reg.evidence))


def _sign_kinds(reg: Register, trig: Trigger, view: SentenceView, plover: str | None) -> int:
    """Kinds of signs of a happening outside the trigger; a number and a quantity word are one
    kind (a count), a named place after a preposition is one (where it happened)."""
    kinds = {"count" if k in ("number", "quantities") else k
             for k in reg.signs_outside(trig.first, trig.last)
             if plover != "PROTEST" or k not in NOT_PROTEST_SIGNS}
    if any((m.last < trig.first or m.first > trig.last) and m.in_pp for m in view.places):
        kinds.add("place")  # في طهران، بدمشق، قرب الحدود: where it happened (not a nisba)
    return len(kinds)


DAWN = fold("فجرا")
_MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640"  # vowel marks, tatweel
DAWN_FORMS = frozenset((DAWN, fold("فجر")))
GATHER_ENTRY = "gather"  # the events.json entry of تجمّع (gathered), see `_no_gathering`
MARCH_ENTRY = "march"  # the events.json entry of مسيرة, see `_peace_process`
LARGEST = frozenset(fold(w) for w in ("أكبر", "الأكبر", "أضخم"))
KIND_OF_HEADS = frozenset((fold("ضرب"), fold("ضربا")))
IDIOM_REACH = 5  # words after ضرب where the noun of its idiom may stand (ضرب … مثلاً)
TREND_REACH = 20  # tokens after a plural noun of violence where its verb of trend may stand
# What ends a clause for the trend and since rules (not the guillemets of a quoted term)
CLAUSE_ENDS = frozenset({".", "؛", ";", "!", "؟", "?", ":", "،", ","})
SINCE_REACH = 12  # tokens after a toll where منذ + its starting point may stand
SINCE_BACK = 8  # tokens before it
DURATIVE_PROTESTS = ("142", "143")  # hunger strikes, strikes: told in the present while they last
ONGOING_REACH = 8  # tokens after a present-tense protest where منذ + a span may stand
SINCE = frozenset(fold(w) for w in ("منذ", "ومنذ"))
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
TOLL_CODES = ("181", "182")  # abduction, wounding and killing (1823): what a toll counts
# Plurals and duals of months, years and decades: the units of a span a total is counted over
LONG_SPAN_UNITS = frozenset(fold(a + w) for w in (
    "أشهر", "شهور", "شهرين", "سنوات", "سنين", "أعوام", "عامين", "سنتين", "عقود", "عقدين")
    for a in ("", "ال"))
# The words that open such a span (خلال الأشهر، في السنوات العشر الأخيرة، على مدى ثلاث سنوات)
SPAN_OPENERS = frozenset(fold(w) for w in ("خلال", "في", "طوال", "طيلة", "مدى", "امتداد",
                                           "غضون"))
MORE = fold("أكثر")


# The words after حتى that make a running total (حتى الآن، حتى اللحظة، حتى هذه اللحظة، حتى اليوم)
SO_FAR = frozenset(fold(w) for w in ("الآن", "اللحظة", "اليوم"))
HATTA = fold("حتى")
THIS_F = fold("هذه")


def _so_far_at(w: list[str], k: int) -> bool:
    """حتى الآن / حتى اللحظة / حتى هذه اللحظة / حتى اليوم opens at words[k]: a toll counted up to
    now (أسفرت المعارك عن مقتل 300 شخص حتى الآن), a running total, not one event."""
    if strip_conj(w[k]) != HATTA or k + 1 >= len(w):
        return False
    return w[k + 1] in SO_FAR or (w[k + 1] == THIS_F and k + 2 < len(w) and w[k + 2] in SO_FAR)


def _long_span_at(w: list[str], k: int) -> bool:
    """A span of months or years opens at words[k]: خلال الأشهر، في ستة أشهر، على مدى ثلاث
    سنوات (the unit right after the opener or after one word of count)."""
    if strip_conj(w[k]) not in SPAN_OPENERS:
        return False
    return any(j < len(w) and w[j] in LONG_SPAN_UNITS for j in (k + 1, k + 2))
# appeal, consult (شارك في قمة الاتحاد الأفريقي), praise, demand, disapprove, reject
RESPONSE_ROOTS = frozenset({"02", "04", "05", "10", "11", "12"})
AN = frozenset(fold(w) for w in ("أن", "وأن"))
BARE_AN = fold("أن")
INDEFINITE_ANY = frozenset(fold(w) for w in ("أي", "أية"))
PLEDGE_ENTRY, THREAT_ENTRY = "intent", "threaten"  # events.json ids
BACKING_ROOTS = ("05", "07")  # support and aid: بدعم من، بمساعدة من
HELP_TO_PREPS = frozenset(fold(w) for w in ("على", "في"))
SENTENCE_STOPS = CLAUSE_ENDS - {"،", ","}
THAT_REACH = 9  # tokens back from a verb of arrival to the أن / إن that opens its clause
EXPECTED_REACH = 16  # tokens before a trigger where يتوقع أن may stand, in its clause
WARNING_REACH = 8  # tokens after حذّر where its من أن may stand (past its subject and object)
# words with a prepositional clitic that a verb may follow (لذلك قتل: therefore)
NOT_CONSTRUCT = frozenset(fold(w) for w in (
    "لذلك", "كذلك", "لهذا", "بذلك", "لذا", "بعدها", "لكنه", "لكنها", "لكنهم", "ولذلك", "وكذلك",
    "بينما", "وبينما", "فبينما", "بعدما", "وبعدما", "كلما", "لما", "ولما", "بما", "كما", "وكما",
    "ريثما", "لأن", "لان", "بأن", "كأن", "لعل", "لكن", "ولكن"))
DAY_LEADS = frozenset(fold(w) for w in ("يوم", "هذا", "هذه"))


def _dawn_adverb(view: SentenceView, trig: Trigger) -> bool:
    """فجراً is the adverb "at dawn" unless an object follows it (فجّرا نفسيهما، فجّرا سيارة): the
    verb فجّر takes one."""
    if view.words[trig.head] != DAWN:
        return False
    nxt = view.words[trig.last + 1] if trig.last + 1 < len(view.words) else ""
    return not nxt or not nxt[0].isalpha() or nxt[:1] in "لب" or roles.is_prep(nxt) or \
        nxt in (fold("أمس"), fold("اليوم"))


# Nouns whose name follows in guillemets: شركة «…»، عملية «…»، حملة «…».
NAMED_NOUNS = frozenset(fold(w) for w in (
    "شركة", "الشركة", "مؤسسة", "وكالة", "صحيفة", "قناة", "مجلة", "موقع", "جمعية", "منظمة",
    "حركة", "حزب", "تنظيم", "جماعة", "كتائب", "لواء", "عملية", "العملية", "حملة", "الحملة",
    "برنامج", "مشروع", "مبادرة", "مؤتمر", "منتدى", "مهرجان", "فيلم", "كتاب", "رواية", "مسلسل",
    "خطة", "قانون", "اتفاق", "اتفاقية", "تحالف", "ائتلاف", "مركز", "معهد", "صندوق", "بنك"))
NAME_SPAN = 6  # words a name in guillemets may have
# Words before a speech verb that make it a report's source (كما قال، حسبما أفاد)
AS_SAID = frozenset(fold(w) for w in ("كما", "حسبما", "مثلما", "وفقما", "بحسب", "وفق"))
# Nouns of a building or a public place whose name follows them without guillemets (مستشفى
# النداء الإنساني، ميدان التحرير، ساحة الاعتصام): an event word right after one names the place.
PLACE_NAME_HEADS = frozenset(fold(w) for w in (
    "مستشفى", "مستشفيات", "مدرسة", "جامعة", "جامع", "مسجد", "شارع", "ساحة", "ميدان", "فندق",
    "مطار", "ملعب", "قاعة", "مجمع", "مخيم", "حي", "دوار", "جسر", "نصب"))


def _in_quoted_name(view: SentenceView, trig: Trigger) -> bool:
    """The trigger is a word of a short name in guillemets right after a noun that takes one
    (شركة «جدوى للاستثمار»، عملية «عاصفة الحزم»)."""
    w = view.words
    k = trig.first - 1
    while k >= 0 and trig.first - k <= NAME_SPAN and w[k] not in ("«", "»"):
        k -= 1
    if k < 1 or w[k] != "«":
        return False
    head = w[k - 1]
    if head not in NAMED_NOUNS and not (head[:1] in "وبل" and head[1:] in NAMED_NOUNS):
        return False
    return any(w[j] == "»" for j in range(trig.last + 1, min(len(w), k + NAME_SPAN + 2)))


def _scare_quoted(view: SentenceView, trig: Trigger) -> bool:
    """A verb of violence set alone in guillemets (لكن الشرطة «خطفته» من النافذة، إن الحكومة
    «قتلت» المشروع): the writer marks the word as used loosely, not as the report of an act.
    Not a noun: news sets its own terms for the dead in guillemets (أسفر عن «استشهاد» 15
    مصلياً) and those are reports."""
    w = view.words
    return trig.kind == "verb" and trig.form.tense in ("past", "present") and trig.first > 0 and trig.last + 1 < len(w) and w[trig.first - 1] in OPEN_QUOTES and \
        w[trig.last + 1] in CLOSE_QUOTES


OPEN_QUOTES = frozenset({"«", '"', "“"})
CLOSE_QUOTES = frozenset({"»", '"', "”"})


def _word_before_quoted(w: list[str], i: int) -> str:
    """The word before position `i`, seen through quotes around it alone («خيار» استخدام القوة:
    the writer's quotes do not part the governor from its noun)."""
    if w[i - 1] in CLOSE_QUOTES and i >= 3 and w[i - 3] in OPEN_QUOTES:
        return w[i - 2]
    return w[i - 1]


def _years(view: SentenceView) -> frozenset[int]:
    """Indices of the number tokens that are years (عام 2006، 1999): a year dates a background
    event, it is no count of a happening."""
    out = set()
    if "#" not in view.words:
        return frozenset()  # (no number token: each is "#" among the words)
    for k, t in enumerate(view.tokens):
        if t.kind == "number":
            digits = t.text.translate(_ARABIC_DIGITS)
            if digits.isdigit() and (len(digits) == 4 and digits[:2] in ("19", "20") or
                                     _hijri_year(view, k)):
                out.add(k)
    return frozenset(out)


_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# the words after a number that make it a year of the Hijri calendar (1180هـ، سنة 1200 للهجرة)
HIJRI_MARKS = frozenset(fold(w) for w in ("هـ", "ه", "هجري", "هجرية", "للهجرة"))


def _hijri_year(view: SentenceView, k: int) -> bool:
    """The number at `k` is a year of the Hijri calendar: a Hijri mark right after it."""
    return k + 1 < len(view.words) and view.words[k + 1] in HIJRI_MARKS


def _year_value(view: SentenceView, k: int) -> int:
    """The Gregorian year of the year token at `k` (a Hijri year converted: 1180هـ is 1766)."""
    year = int(view.tokens[k].text.translate(_ARABIC_DIGITS))
    return int(year * 0.970229 + 621.5643) if _hijri_year(view, k) else year
def _demonstrative_subject(view: SentenceView, trig: Trigger) -> bool:
    """هذا يمنع، هذه الخطوة منعت، لكن هذا لا يمنع: a demonstrative, alone or with its noun, right
    before the verb (a negation may stand between) is its subject, which names no actor."""
    k = trig.first - 1
    if k >= 0 and view.words[k] in SUBJECT_VERB_PARTICLES:
        k -= 1
    if k >= 1 and view.words[k].startswith("ال") and view.mention_at(k, k) is None and \
            view.words[k] not in roles.RELATIVES and view.words[k] not in TIME_NOUNS:
        k -= 1  # (not هذه المرة، ذلك الوقت: a time; not أولئك الذين: a relative clause)
    return k >= 0 and view.words[k] in DEMONSTRATIVES and _clause_start(view, k - 1)


def _clause_start(view: SentenceView, k: int) -> bool:
    """Position `k` ends what stands before a clause: the sentence's start, a stop or a comma,
    or a word that opens a clause (أن، إن، لكن). Not a preposition (إلى ذلك، منذ ذلك الوقت)
    nor a noun or verb of another clause (سيحبطون هذه الاتفاقية ووعدوا)."""
    return k < 0 or not view.is_word(k) or view.words[k] in roles.COMMAS or \
        view.words[k] in roles.COMPLEMENTIZERS or view.words[k] in CLAUSE_START_WORDS


# words after which a clause starts (لكن هذا لا يمنع، أن هذا البرنامج يساعد)
CLAUSE_START_WORDS = frozenset(fold(w) for w in ("لكن", "ولكن", "لكنّ", "بل", "إذ", "حيث"))
# nouns of time a demonstrative points to (هذه المرة، تلك الفترة): an adverb, no subject
TIME_NOUNS = frozenset(fold(w) for w in ("المرة", "الفترة", "الوقت", "الأثناء", "الأيام",
                                         "الأسبوع", "الشهر", "العام", "السنة", "اللحظة",
                                         "المرحلة", "الساعة", "الليلة", "الصباح"))


# particles between a subject and its verb (هذا لا يمنع، الخطوة لم تمنع)
SUBJECT_VERB_PARTICLES = frozenset(("لا", "لم", "لن", "قد"))
DEMONSTRATIVES = frozenset(fold(w) for w in ("هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين",
                                             "هؤلاء", "أولئك", "وهذا", "وهذه", "وذلك", "وتلك"))
ACCUSATIVE_PREPS = frozenset(fold(w) for w in ("على", "ضد", "لـ"))


def _motive(view: SentenceView, trig: Trigger) -> bool:
    """احتجاجاً على / ضد: the accusative verbal noun gives the motive of the act it follows."""
    w = view.words[trig.head]
    nxt = view.words[trig.last + 1] if trig.last + 1 < len(view.words) else ""
    return trig.first > 0 and w.endswith("ا") and "a" not in trig.strip and \
        nxt in ACCUSATIVE_PREPS


OCCURRENCE_NOUNS = frozenset(fold(w) for w in ("وقوع", "حدوث", "تنفيذ", "بداية", "بدء",
                                                "اندلاع", "انطلاق", "مطلع"))


VOCATIVES = frozenset(fold(w) for w in ("يا", "ويا", "أيها", "ايها", "أيتها"))
IMPERATIVE_REACH = 4  # words before an imperative where its vocative (يا شباب) may stand


def _imperative(view: SentenceView, trig: Trigger) -> bool:
    """A plural form in وا that is the imperative, not the past (فجّروا، دمّروا، أطلقوا are both):
    said twice in a row (فجّروا، فجّروا), with ! right after it or its object pronoun, or after a
    vocative in its clause (يا شباب اقتلوهم). The past tells what they did; the imperative
    orders it."""
    if trig.kind != "verb" or trig.form.tense != "past" or trig.first != trig.head:
        return False
    w = view.words
    word = w[trig.head]
    bare = word[1:] if "c" in trig.strip else word
    if not (bare.endswith("وا") or "e" in trig.strip and "وا" in bare[-5:]):
        return False
    n = len(w)
    for k in (trig.head - 2, trig.head - 1, trig.head + 1, trig.head + 2):
        if 0 <= k < n and k != trig.head and (w[k] == bare or w[k][1:] == bare):
            return True  # فجروا، فجروا
    if trig.last + 1 < n and w[trig.last + 1] == "!":
        return True
    for k in range(trig.first - 1, max(-1, trig.first - 1 - IMPERATIVE_REACH), -1):
        if w[k] in roles.HARD_STOPS and w[k] not in ("«", ":"):
            return False
        if w[k] in VOCATIVES:
            return True
    return False


def _after_background(view: SentenceView, trig: Trigger, reg: Register | None = None) -> bool:
    """بعد / منذ / قبل / عقب (… من) before a trigger: a verbal noun (خطفهم here is not the past
    verb) naming an earlier event that dates another; رغم / على الرغم من: what another act
    is done in spite of; or بسبب / جراء / إثر: the cause of something else, unless a toll is
    told before it in the sentence (the toll is the cause's)."""
    if "c" in trig.strip:
        return False  # منذ سنوات وقتل: joined by و to what stands before, governed by no word
    k = trig.first - 1
    ala = k >= 0 and view.words[k] in ALA
    linked = k >= 0 and (view.words[k] == "من" or ala)  # the span's من / على before the trigger
    if k >= 0 and (view.words[k] == "من" or ala):
        k -= 1  # (بعد يومين من، بعد أربعة أيام على: على only after such a span, see below)
    elif k > 0 and view.words[k] in AN and trig.kind in ("verb", "phrase") and \
            trig.form.tense == "past":
        k -= 1  # بعد أن قام مشاغبون بإشعال النار: after they had set fire
    elif k > 1 and _is_nominal(trig) and "a" not in trig.strip and \
            view.words[k - 1] in AN and view.is_word(k) and not roles.is_prep(view.words[k]):
        k -= 2  # بعد أن شهدت المدينة أعمال شغب: the noun of the verb after بعد أن
    if k >= 0 and view.words[k] in OCCURRENCE_NOUNS:
        k -= 1
    else:
        # بعد يومين فقط من، قبل ثلاثة أسابيع من، بعد ساعات قليلة من: a span of time between
        span = k
        while span >= 0 and k - span < 3 and (view.words[span] in BACKGROUND_SPANS or
                                              view.words[span] in SPAN_WORDS or
                                              view.words[span] == "#" or
                                              view.words[span] in roles.COUNT_WORDS):
            span -= 1
        if span < k and any(view.words[j] in SPAN_UNITS for j in range(span + 1, k + 1)):
            if not linked and (trig.kind == "verb" or roles.has_prep_clitic(
                    view.words[trig.first])):
                return False  # قام المسلحون قبل أيام بتفجير: "days ago", the time of the act
            k = span
        elif ala:
            return False  # هجوم على مركز: على is the attack's target, not a span of time
    if k < 0:
        return False
    w = view.words[k]
    w = w[1:] if w[:1] in "وف" and (w[1:] in BACKGROUND_PREPS or w[1:] in CAUSE_PREPS or
                                    w[1:] in CONCESSIVE) else w
    if w in RIGHT_AFTER and _dated_recent_after(view, trig, reg):
        return False  # عقب هجوم نفذه مجهولون فجر أمس: what the news follows on, not history
    if w in CAUSE_PREPS:
        return not (reg is not None and any(name == "casualties" and i < k
                                            for i, name in reg.evidence))
    if w in SIMULTANEOUS and trig.kind in ("verb", "phrase") and not _is_nominal(trig) and \
            _recent_clause(view, reg, trig):
        return False  # قتل جنديان أمس حين فتح مسلحون النار: the news itself, not its background
    if w == WHEN and k > 0 and view.words[k - 1] in IN_WORDS:
        return False  # في حين قتل مسلحون: "whereas", a clause beside the other, not a time
    return w in BACKGROUND_PREPS or w in CONCESSIVE


RECENT_AFTER_REACH = 8  # words after a background event where the recent time dating it may stand
# the prepositions of what something follows right on (عقب، غداة، بعيد، في أعقاب): a fresh event
# the news comes of, unlike بعد, قبل, منذ, which place another in time (and unlike a cause, بسبب،
# جراء، إثر, given as the background of what it caused)
RIGHT_AFTER = frozenset(fold(w) for w in ("عقب", "غداة", "بعيد", "أعقاب"))


def _dated_recent_after(view: SentenceView, trig: Trigger, reg: Register | None) -> bool:
    """A recent time (`recent_time`: أمس، فجر أمس، ليلة الخميس) stands after the trigger, at most
    RECENT_AFTER_REACH words on and in its phrase (no stop, comma or contrast between): the
    event named as background took place a day or so before the news."""
    if reg is None:
        return False
    w = view.words
    recent = [k for k, name in reg.evidence if name in PRESENT_ANCHORS and k > trig.last]
    if not recent:
        return False
    for k in range(trig.last + 1, min(len(w), trig.last + 1 + RECENT_AFTER_REACH)):
        if k in recent:
            return True
        if w[k] in CLAUSE_ENDS or contrast_at(w, k):
            return False
    return False


ALA = frozenset(fold(w) for w in ("على",))
AGAINST_PREPS = frozenset(fold(w) for w in ("على", "ضد"))
# websites, not positions: مواقع التواصل، موقع الإنترنت، مواقع إلكترونية، مواقع إخبارية
WEB_WORDS = frozenset(fold(w) for w in ("التواصل", "الإنترنت", "الانترنت", "إلكترونية",
                                        "الكترونية", "الإلكترونية", "الالكترونية", "إخبارية",
                                        "الإخبارية", "الويب"))
# adjectives that may stand between an attack noun and the verb of its unmarked relative clause
# (تفجير انتحاري استهدف، هجوم انتحاري دام استهدف)
DESCRIBED_REACH = 2


def _describes_background_attack(view: SentenceView, trig: Trigger,
                                 reg: Register | None) -> bool:
    """A past verb in the unmarked relative clause of an indefinite attack noun that is itself
    background (بعد تفجير انتحاري استهدف المدينة، بعد أربعة أيام على هجوم دام استهدف الحدود): the
    verb tells that same earlier attack, not the news of the sentence."""
    if trig.kind not in ("verb", "phrase") or trig.form.tense != "past":
        return False
    w = view.words
    for k in range(trig.first - 1, max(-1, trig.first - 2 - DESCRIBED_REACH), -1):
        if not view.is_word(k) or roles.is_prep(w[k]) or _relative(w[k]):
            return False
        if w[k] in ATTACK_NOUNS and not w[k].startswith("ال"):
            noun = Trigger(trig.pattern, k, k, k, "noun", trig.form, "")
            return _after_background(view, noun, reg)
    return False


JOINED_REACH = 15  # words between a background attack and an act joined to it by و


def _joined_to_background(view: SentenceView, trig: Trigger, reg: Register | None,
                          earlier: list[Trigger]) -> bool:
    """An act joined by و to a background attack, in its clause: a past verb with no subject
    of its own that goes on telling that attack (غداة هجوم انتحاري نسب إلى التنظيم وضرب مدينة
    سروج، بعد أن هاجم مسلحون مركزاً وقتلوا ثلاثة جنود، إثر هجوم استهدف مركزاً وقتل فيه جنديان)
    or a verbal noun governed with it by the same preposition (منذ هجوم المسلحين على المركز
    وقتلهم الجنود): `earlier`'s last trigger is background (`_after_background`,
    `_describes_background_attack`) or so joined itself, with no stop, comma, contrast, clause
    beside (فيما، بينما، حيث) or other verb with و between. A verb with its own subject right
    after it opens a clause of its own (بعد هجوم على مركز للشرطة وقصفت الطائرات مواقع
    المسلحين: the shelling is told), as does one after a comma."""
    if "c" not in trig.strip or not earlier:
        return False
    verb = not _is_nominal(trig)
    if verb and (trig.form.tense != "past" or _own_subject_after(view, trig)):
        return False
    prev = earlier[-1]
    w = view.words
    if prev.last >= trig.first or trig.first - prev.last > JOINED_REACH:
        return False
    for k in range(prev.last + 1, trig.first):
        if w[k] in CLAUSE_ENDS or contrast_at(w, k) or strip_conj(w[k]) in THEN or \
                (k in view.verbs and w[k][:1] == "و"):
            return False
    if len(earlier) > 1 and prev.first > 0 and strip_conj(w[prev.first - 1]) in CAUSE_PREPS:
        return False  # قتلوا أمس جراء ضربات التحالف والاشتباكات: the causes of the act told
    return _after_background(view, prev, reg) or \
        _describes_background_attack(view, prev, reg) or \
        _joined_to_background(view, prev, reg, earlier[:-1])


def _own_subject_after(view: SentenceView, trig: Trigger) -> bool:
    """An actor right after a singular verb, or one word after it (a noun and its nisba),
    outside a preposition's phrase: the verb's own subject (وقتل مسلحون، وقصفت الطائرات
    الإسرائيلية). A plural verb (وقتلوا) has its subject in it."""
    if view.words[trig.head].endswith(("وا", "ن")):
        return False
    m = view.mention_at(trig.last + 1, trig.last + 2)
    return m is not None and not m.in_pp and \
        (m.first == trig.last + 1 or view.words[trig.last + 1].startswith("ال"))


# لم + a verb of refraining (لم يتورع عن): the act was done
LAM_NEGATION = frozenset(fold(w) for w in ("لم", "ولم", "فلم"))
REFRAIN_PREPS = frozenset(fold(w) for w in ("عن", "في", "من"))
IN_WORDS = FRAME_IN  # في، وفي
HARM_REACH = 10  # words before a protest noun where the harm done in it may stand
SUPPORT_REACH = 8  # words around a demonstration where the support it shows may stand
SUPPORT_RALLY = "053"  # CAMEO: rally support on behalf of
CALL_REACH = 6  # words before a crowd where a call or a plan for its protest may stand
# the roles of the authorities a rally in support backs (a rally for others protests against them)
AUTHORITY_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})


# when / while / during + a verb: the clause tells what happened at the time of the main clause,
# so in a clause dated to a recent time it is as recent as the news (not so بعد، قبل، منذ: earlier;
# nor a noun, عند وقوع التفجير: an event named as known, the background of another)
SIMULTANEOUS = frozenset(fold(w) for w in ("عند", "عندما", "حين", "حينما", "أثناء", "خلال", "لدى"))


THAT = frozenset(fold(w) for w in ("أن", "وأن", "بأن", "إن", "وإن"))
THAT_WORDS = THAT | {fold("فإن")}  # and فإن, which opens the clause of a verb of arrival


def _recent_clause(view: SentenceView, reg: Register | None, trig: Trigger) -> bool:
    """The trigger's clause names a recent time (أمس، ليل الخميس، صباح اليوم) outside the trigger;
    a time before the last أن / إن before it dates the speech (أفادت الوزارة أمس بأن)."""
    if reg is None:
        return False
    start = max((k for k in range(trig.first) if view.words[k] in THAT), default=-1)
    return any(k > start and not trig.first <= k <= trig.last and name in PRESENT_ANCHORS
               for k, name in reg.evidence)


MAY = frozenset(fold(w) for w in ("قد", "وقد"))
KANA = frozenset(fold(w) for w in ("كان", "كانت", "كانوا", "وكان", "وكانت", "وكانوا", "فكان",
                                   "فكانت"))


def _pluperfect(view: SentenceView, trig: Trigger, reg: Register | None) -> bool:
    """كان … قد + past verb (وكان المسلحون قد خطفوا): what had happened before the news (unless
    dated to a recent time: وكانت القوات قد قتلت أول من أمس)."""
    if trig.kind not in ("verb", "phrase") or trig.form.tense != "past":
        return False
    if reg is not None and reg.evidence_outside(trig.first, trig.last, PRESENT_ANCHORS):
        return False
    qad = False
    for k in range(trig.first - 1, max(-1, trig.first - 8), -1):
        w = view.words[k]
        if w in roles.HARD_STOPS:
            return False
        if w in MAY:
            qad = True
        elif w in KANA:
            return qad
    return False


# من before a past verb is "who" / "whoever" (من استهدف الجسر أراد …): no preposition takes a verb
WHO = frozenset(fold(w) for w in ("من", "ومن", "فمن"))
RELATIVES = frozenset(fold(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان",
                                        "اللتان", "اللواتي"))


# A preposition with the pronoun of a relative clause's antecedent (التي انطلقت منها، الذي وقع فيه)
RESUMPTIVE_PPS = frozenset(fold(w) for w in ("منها", "فيها", "بها", "عنها", "منه", "فيه", "به",
                                             "عنه", "منهما", "فيهما"))
EXPOSED = frozenset(fold(w) for w in ("تعرض", "تعرضت", "تعرضا", "تعرضتا", "تعرضوا", "سقط",
                                      "سقطت", "سقطوا", "قتل", "قتلوا", "أصيب", "أصيبوا"))


def _backed_by(view: SentenceView, trig: Trigger):
    """بـ + a noun of support or aid + من + an actor, as an adverbial (تقدمت القوات الحكومية بدعم
    جوي من التحالف، اجتاح المتمردون، بدعم من قوات صالح، المدن): the actor after من backs the
    actor the clause is about, named right before the adverbial. (sources, targets, None), or
    None when the construction is not there."""
    w = view.words
    if roles.clitic_prep(view, trig.first) != "ب":
        return None
    j = trig.last + 1
    if j < len(w) and _adjective_form(w[j]) and view.mention_at(j, j) is None:
        j += 1  # بدعم جوي من
    if j + 1 >= len(w) or w[j] != MIN:
        return None
    # the actor right after من, or the genitive of one noun (بدعم من طيران التحالف الدولي)
    backer = next((m for m in view.mentions if m.first == j + 1 or m.first == j + 2 and
                   view.is_word(j + 1) and not roles.is_prep(w[j + 1]) and
                   not roles.clitic_prep(view, j + 1)), None)
    if backer is None:
        return None
    k = trig.first - 1
    if k >= 0 and w[k] in roles.COMMAS:
        k -= 1
    backed = view.mention_ending_at(k)
    targets = roles.coordinated(view, backed) if backed is not None else []
    return roles.coordinated(view, backer), targets, None


def _warns_of_danger(view: SentenceView, trig: Trigger) -> bool:
    """حذّر (X) من أن + a noun or a verb (حذر البنك من أن تراجع الأسعار قد يضر، حذرت من أن
    الشركات ستخسر): a warning of what may happen, a forecast, not a threat by the one who warns;
    من أنه / أنها سترد، من أن أي هجوم سيقابل برد are threats."""
    w = view.words
    for j in range(trig.last + 1, min(len(w) - 2, trig.last + WARNING_REACH)):
        if w[j] in CLAUSE_ENDS:
            return False
        if w[j] == MIN and w[j + 1] == BARE_AN:
            return w[j + 2] not in INDEFINITE_ANY
    return False


def _adjective_form(word: str) -> bool:
    """A relational adjective's form, short ones too (العربي، الطبية، الإغاثية)."""
    w = word[2:] if word.startswith("ال") else word
    return w.endswith(roles.NISBA_ENDINGS) and len(w) > 3


def _violence_done(coded) -> bool:
    """An act of violence told as done among the (event, pattern id) pairs `coded`."""
    return any(ev.plover in VIOLENCE and ev.modality in FACTUAL for ev, _ in coded)


def _definite_adjective(view: SentenceView, k: int) -> bool:
    """The word at k, after a definite noun, may be its adjective (الهجوم الواسع): a word
    with the article that names no actor."""
    return view.words[k].startswith("ال") and view.mention_at(k, k) is None


def _refers_back(view: SentenceView, trig: Trigger, told: bool) -> bool:
    """A definite noun with no relative clause after it (الهجوم على المدينة, not الهجوم الذي
    خطط له) when an act of violence was told as done before it (`told`): it names that act."""
    definite = "a" in trig.strip or view.words[trig.head].startswith("ال")
    return told and definite and not _relative_follows(view, trig)


def _relative_follows(view: SentenceView, trig: Trigger) -> bool:
    """A relative pronoun right after the trigger or after its adjectives (الهجوم الانتحاري
    الذي): what makes the noun definite is the clause, not an act told before."""
    w = view.words
    for k in range(trig.last + 1, min(len(w), trig.last + 1 + LAUNCH_REACH)):
        if _relative(w[k]):
            return True
        if not _adjective_form(w[k]):
            return False
    return False


def _relative(word: str) -> bool:
    """A relative pronoun, also with و/ف (والتي، والذين)."""
    return word in RELATIVES or (word[:1] in "وف" and word[1:] in RELATIVES)


def _in_relative(view: SentenceView, trig: Trigger) -> bool:
    """A past verb of violence right after a relative pronoun (النائب الذي قُتل في تفجير), the
    violence someone underwent in a relative clause (الوكالتين اللتين تعرضتا لاعتداء), an event
    noun that a relative clause says someone did (الذين نظموا إضراباً), or the
    event named after a relative clause's verb (الذي قُتل في انفجار): what happened to someone
    before, told to identify them, not the news of the sentence."""
    w = view.words
    if trig.kind in ("verb", "phrase") and trig.form.tense == "past" and trig.first > 0 and \
            (_relative(w[trig.first - 1]) or w[trig.first - 1] in WHO and
             not _bare_triliteral(w[trig.first])):
        # (من استهدف الجسر أراد: "whoever", no preposition takes a verb; but من ضرب may be
        # "from striking", the verbal noun spelt as the verb)
        return True
    if trig.first > 1 and _relative(w[trig.first - 2]) and w[trig.first - 1] in EXPOSED:
        return True
    if _is_nominal(trig) and trig.first > 1 and _relative(w[trig.first - 2]) and \
            w[trig.first - 1] in DOING_VERBS:
        return True  # العمال الذين نظموا إضراباً، الجماعة التي نفذت الهجوم: who they are
    if _is_nominal(trig) and trig.first > 2 and w[trig.first - 1] in RESUMPTIVE_PPS and \
            _relative(w[trig.first - 3]) and not _present_form(w[trig.first - 2]):
        # المنطقة التي انطلقت منها الاحتجاجات: what a place is known for (but التي تدور فيها
        # المعارك: what goes on there now)
        return True
    return trig.first > 2 and roles.is_prep(w[trig.first - 1]) and \
        _relative(w[trig.first - 3]) and w[trig.first - 2] not in RESULT_VERBS


def _present_form(word: str) -> bool:
    """A word spelt like a present-tense verb (يتم، تدور، تستمر), not a past one of form V or
    VI (تعرضت، تصاعد — tells apart only the feminine, the plural and the dual) nor تم."""
    if word[:1] == "ي":
        return True
    return word[:1] == "ت" and word != TAMMA and not word.endswith(("ت", "وا", "ا"))


TAMMA = fold("تم")


# Preposition words a past verb may follow: منذ / حتى (منذ قُتل "since he was killed") and من,
# also "who" (من قتل الرئيس؟)
VERB_AFTER_PREP = roles.CONJUNCTIVE_PREPS | frozenset(fold(w) for w in ("من", "ومن", "فمن"))

# The prepositions (separate words) between a word that governs a verbal noun and the noun: a
# verb of doing (عمد إلى، أقدم على، شرع في، تمكن من), a call or a plan and what it asks for or aims at
GOVERNED_PREPS = frozenset(fold(w) for w in ("إلى", "الى", "من", "على", "في"))

# Verbs of a result, whose subject is an event and whose object is what came of it, by the
# preposition of that object: أدى القصف إلى مقتل، أسفرت غارة عن مقتل عشرة، تسبب الانفجار في مقتل;
# خلّف takes it as a direct object (خلّفت الهجمات عشرة قتلى). In a relative clause (الأمر الذي
# أدى إلى مقتل) they tell the result, not the background
RESULT_PRESENT = frozenset(fold(w) for w in ("يؤدي", "تؤدي", "يسفر", "تسفر", "يتسبب", "تتسبب",
                                             "يفضي", "تفضي"))
RESULTS_TO = frozenset(fold(w) for w in ("أدى", "أدت", "يؤدي", "تؤدي", "يؤد", "تؤد", "أفضى",
                                         "أفضت", "يفضي", "تفضي"))
RESULTS_OF = frozenset(fold(w) for w in ("أسفر", "أسفرت", "يسفر", "تسفر"))
RESULTS_IN = frozenset(fold(w) for w in ("تسبب", "تسببت", "يتسبب", "تتسبب"))
# تسبب بـ and أودى بـ take ب written on the toll's word (تسبب بمقتل، أودى بحياة)
RESULTS_BY = RESULTS_IN | frozenset(fold(w) for w in ("أودى", "أودت", "يودي", "تودي"))
# خلّف takes the toll as a direct object (خلّف الهجوم عشرة قتلى)
RESULTS_LEFT = frozenset(fold(w) for w in ("خلف", "خلفت", "يخلف", "تخلف"))
RESULT_VERBS = RESULTS_TO | RESULTS_OF | RESULTS_BY | RESULTS_LEFT
ILA = roles.ILA
AN_PREP = fold("عن")


def _subject_of_result(view: SentenceView, trig: Trigger) -> bool:
    """A noun of an event right after a result verb, its subject (لم يسفر الهجوم عن إصابات، لم
    يخلف القصف أي ضحايا): a negation before the verb denies the result, not the event."""
    k = trig.first - 1
    return _is_nominal(trig) and k >= 0 and strip_conj(view.words[k]) in RESULT_VERBS


def _result_modality(words: list[str], first: int) -> str | None:
    """The event a result verb leads to (… إلى + trigger) takes that verb's time: ستؤدي إلى
    مقتل is `future`, قد يؤدي إلى is `hypothetical`; None otherwise."""
    if first < 2 or words[first - 1] not in ILA:
        return None
    verb = words[first - 2]
    verb = verb[1:] if verb[:1] in "وف" and len(verb) > 4 else verb
    if verb[:1] == "س" and verb[1:] in RESULT_PRESENT:
        return "future"
    if verb in RESULT_PRESENT and first > 2 and words[first - 3] in MAY:
        return "hypothetical"
    return None


def _continues(out, view: SentenceView, trig: Trigger, pat: Pattern, weapon: bool = False,
               toll: bool = False, described: Trigger | None = None) -> bool:
    """A verb of violence (or a weapon noun) right after the trigger of a violent event of the
    same sentence (at most one word between, no stop, no subject of its own) continues that
    event; so does a noun of the dead or wounded (`toll`) anywhere after it in its sentence with
    no stop between, and a verb of targeting that describes the attack the event's noun named
    (`described`: that noun, see `_describes_attack`)."""
    if not out or pat.plover not in GUARDED:
        return False
    prev = out[-1][0]
    if prev.sentence != view.index or prev.plover != pat.plover or not prev.mentions:
        return False
    gap = [t for t in view.tokens if prev.mentions[-1].end <= t.start < view.tokens[trig.first].start]
    if toll:
        return not any(t.text in roles.HARD_STOPS for t in gap)
    if described is not None:
        return any(m.end == view.tokens[described.last].end for m in prev.mentions)
    if _is_nominal(trig) and not weapon:
        # لاعتداء انتحاري، لهجوم بالقنابل: a noun right after the trigger qualifies it
        return not gap and trig.first == trig.last
    if len([t for t in gap if t.kind in ("word", "number")]) > 1 or \
            any(t.kind not in ("word", "number") for t in gap):
        return False
    return weapon or roles.postverbal_subject(view, trig.last, trig.head) is None


def _describes_attack(view: SentenceView, lo: int, k: int, foiled: bool = False) -> bool:
    """The words from `lo` (right after an attack noun) to the verb of targeting at `k` are the
    noun's adjectives, instrument, time or a comma (هجوم انتحاري بسيارة مفخخة مساء أمس، استهدف
    مقراً للشرطة; no actor, stop, verb or clause opener), and no subject follows the verb: the
    attack is its subject, not the victims told before it. A bare كان may stand right before
    the verb (هجوماً انتحارياً كان يستهدف السفارة: what the attack, foiled or not, aimed at),
    and, when the attack is `foiled`, a relative pronoun before that (إحباط الهجمات التي كانت
    تستهدف المساجد: what never took place has no other act for the verb to tell)."""
    if lo > k:
        return False
    aux = k - 1 if k - 1 >= lo and view.words[k - 1] in KANA and \
        view.words[k - 1][:1] not in "وف" else k
    if foiled and aux - 1 >= lo and view.words[aux - 1] in RELATIVES:
        aux -= 1
    gap = range(lo, aux)
    if len([x for x in gap if view.is_word(x)]) > TARGETING_REACH:
        return False
    if any(view.words[x] in roles.HARD_STOPS or view.words[x] in roles.CLAUSE_OPENERS or
           x in view.verbs or view.mention_at(x, x) is not None or
           (not view.is_word(x) and view.words[x] not in roles.COMMAS and view.words[x])
           for x in gap):
        return False
    if aux < k:
        # كان's subject, had one followed it, would stand between: the noun after the verb is its
        # object
        return True
    subject = roles.postverbal_subject(view, k, k)
    # (an actor after the verb with no object after it is the verb's object: عبوة ناسفة استهدفت
    # دورية للشرطة في كركوك; but استهدف مسلحون حاجزاً للجيش: the gunmen are its subject)
    return subject is None or not _object_word_at(view, subject.last + 1)


def _object_word_at(view: SentenceView, k: int) -> bool:
    """Could the word at `k`, right after a verb's postverbal actor, open the verb's object (not a
    preposition, a time adverb, a stop, a clause opener or the sentence's end)?"""
    if k >= len(view.words) or not view.is_word(k):
        return False
    w = view.words[k]
    return not (roles.is_prep(w) or roles.clitic_prep(view, k) or w in TIME_ADVERBS
                or w in roles.HARD_STOPS or w in roles.CLAUSE_OPENERS)


FOIL_REACH = 5  # words from a verb of foiling to what it foiled (أحبطت قوات الأمن السعودية أمس هجوماً)
# prepositions of the time or the cause of an act (بعد اشتباك، إثر مواجهات): what they govern
# is no object of the verb before them
ADJUNCT_PREPS = BACKGROUND_PREPS | CAUSE_PREPS
MEANS = (fold("عن"), fold("طريق"))  # عن طريق القصف: by means of


def _means_at(words: list[str], k: int) -> bool:
    """words[k] ends عن طريق ("by means of")."""
    return k > 0 and (words[k - 1], words[k]) == MEANS
LAUNCH_REACH = 5  # words from a foiled act to the verb of its toll (هجوماً على حاجز أسفر عن)
LONG_PAST_YEARS = 10  # a year this many years before the publication is long past


EXAMPLE_REACH = 12  # words from مثل / من قبيل to a verbal noun of the list of examples it opens
SUCH_AS = fold("مثل")
FULL_STOP = "."
KIND_OF = fold("قبيل")


def _given_as_example(view: SentenceView, trig: Trigger, reg: Register | None,
                      carried: bool = False) -> bool:
    """A verbal noun in a list of examples opened by مثل / من قبيل after a noun or a comma
    (السياسات والإجراءات، مثل بناء الجدار وراء خط 1967، وهدم المنازل): a kind of act named, not
    one that is reported. The noun is the list's first member, right after مثل, or one joined
    to it by و (a bare past form with و is such a noun: وهدم المنازل), every comma between
    followed by و; no stop, contrast or verb of the dictionaries between (مثل after و or
    opening a clause is the verb مثّل / مثل أمام; أسلحة مثل قذائف الهاون في قصف المدينة: the
    shelling is no member). Not a verb with a subject of its own (، وقتل مسلحون جنديين: a clause
    of its own), nor an act dated to a recent time (مثل الهجوم على المسجد أمس: one event, named
    as an instance). `carried`: the sentence before ended inside such a list."""
    joined = "c" in trig.strip and (_is_nominal(trig) or trig.form.tense == "past")
    if not (_is_nominal(trig) or joined) or _dated_recent_after(view, trig, reg):
        return False
    if not _is_nominal(trig) and _own_subject_after(view, trig):
        return False
    opened = _example_list_before(view, trig.first - 1, joined)
    if opened is not None:
        return opened
    # مثل بناء الجدار وراء خط 1967. وهدم المنازل: a full stop inside the list; the sentence
    # goes on with a member joined by و and the one before ended in an open list
    return joined and carried and view.words[0][:1] == "و"


def _example_list_before(view: SentenceView, end: int, joined: bool) -> bool | None:
    """Walking back from the word at `end` (see `_given_as_example`): True at the مثل / من
    قبيل that opens a list of examples, False at what ends one before it (a stop, a contrast, a
    verb, a comma not followed by و; any word but the one at `end` unless `joined`), None at
    the start of the sentence. False after EXAMPLE_REACH words. A full stop followed by و
    (within a quote the splitter keeps both sides in one sentence) does not end a list."""
    w = view.words
    for k in range(end, end - EXAMPLE_REACH, -1):
        if k < 0:
            return None
        if joined and w[k] == FULL_STOP and k + 1 < len(w) and w[k + 1].startswith("و"):
            continue  # وراء خط 1967. وهدم المنازل (within a quote, the sentence goes on)
        if w[k] in roles.HARD_STOPS or contrast_at(w, k) or _verb_at(view, k) or \
                not joined and k < end:
            return False
        if w[k] in roles.COMMAS and (k + 1 >= len(w) or not w[k + 1].startswith("و")):
            return False  # مثل حوض الأشراف وعصيفرة، اشتباكات وقصف: the list ended at the comma
        if w[k] == SUCH_AS:
            return k > 0 and (w[k - 1] in roles.COMMAS or view.is_word(k - 1) and
                              k - 1 not in view.verbs)
        if w[k] == KIND_OF:
            return k > 0 and w[k - 1] == MIN
    return False


def _ends_in_example_list(view: SentenceView) -> bool:
    """The sentence ends inside a list of examples (…، مثل بناء الجدار العازل وراء خط 1967.):
    a member after its full stop, joined by و, still belongs to it."""
    end = len(view.words) - 1
    while end >= 0 and (view.words[end] in roles.HARD_STOPS or not view.words[end]):
        end -= 1
    return end >= 0 and _example_list_before(view, end, True) is True


def _generic_act(view: SentenceView, trig: Trigger, reg: Register) -> bool:
    """A past verb of violence told of no one in particular, in a sentence with no sign of a
    happening (no number, place, recent time, casualty or weapon): its doer and victim are
    indefinite common nouns, after أن / إن (أن حاكماً قتل رجلاً، أن رجالاً قتلوا امرأة) or
    after the verb at the head of its clause (قتل حاكمٌ رجلاً، وضرب رجلٌ امرأةً): an example of
    a kind of act, not the report of one. (After a bare past form, two indefinite nouns are as
    often its object and a verb: قرار هدم مبنيين بنيا.)"""
    if trig.kind != "verb" or trig.form.tense != "past" or "e" in trig.strip:
        return False
    if view.places or "#" in view.words or _signs_besides_restated(view, trig, reg):
        return False
    return _generic_after_that(view, trig) or _generic_verb_first(view, trig)


def _signs_besides_restated(view: SentenceView, trig: Trigger, reg: Register) -> bool:
    """A sign of a happening outside the trigger other than its own word again (أن حاكماً قتل
    رجلاً … التأييد الذي ناله في قتل رجل: the act named again is no casualty of another)."""
    word = strip_conj(view.words[trig.head])
    return any(not trig.first <= k <= trig.last and
               not (name == "casualties" and strip_conj(view.words[k]) == word)
               for k, name in reg.evidence)


def _generic_after_that(view: SentenceView, trig: Trigger) -> bool:
    """أن حاكماً ظالماً قتل رجلاً: the doer (and its adjective) between أن and the verb."""
    w = view.words
    doer = trig.first - 1
    if doer >= 2 and w[doer - 2] in THAT and _indefinite_noun(view, doer - 1):
        doer -= 1  # أن حاكماً ظالماً قتل: its adjective between
    # (a noun after أن, whatever else its letters may spell)
    return doer >= 1 and w[doer - 1] in THAT and _indefinite_noun(view, doer) and \
        _indefinite_noun(view, trig.first - 1) and \
        _indefinite_victim(view, trig.last + 1, trig.last + 1)


GENERIC_DOER_WORDS = 3  # the doer and its adjectives, after a verb at the head of its clause


def _generic_verb_first(view: SentenceView, trig: Trigger) -> bool:
    """قتل حاكمٌ ظالمٌ رجلاً: the verb heads its clause, then its doer, an indefinite common
    noun of no armed, official or national party (قتل مسلحون جنديا، طعن شاب فلسطيني جندياً are
    news: the doer or the victim is a party), and the victim, one in the accusative."""
    w = view.words
    if trig.first > 0 and w[trig.first - 1] not in roles.HARD_STOPS and \
            w[trig.first - 1] not in roles.COMMAS:
        return False
    doer = trig.last + 1
    if not _plain_person(view, doer) or w[doer].endswith("ا"):
        return False  # (قتل رجلاً: the victim of a verb with no doer named)
    for k in range(doer + 1, min(len(w), doer + 1 + GENERIC_DOER_WORDS)):
        # (a word spelt with ة right after the doer is as often its genitive or its adjective,
        # رئيس بلدية، معركة طاحنة: only its written tanween, امرأةً, shows the accusative)
        if _indefinite_victim(view, k, k if view.tokens[k].text.endswith(TAA_TANWEEN) else -1):
            return True
        if not _plain_person(view, k) or w[k].endswith("ا"):
            return False
    return False


def _plain_person(view: SentenceView, k: int) -> bool:
    """words[k] is an indefinite common noun (or adjective) naming no party: no article, no
    name, no preposition, no number, and no actor but plain civilians (رجل، حاكم، امرأة)."""
    if not 0 <= k < len(view.words) or not view.is_word(k):
        return False
    w = view.words[k]
    if len(w) < 3 or w.startswith("ال") or roles.is_prep(w) or w in roles.HARD_STOPS:
        return False
    m = view.mention_at(k, k)
    return m is None or (m.entity.how == "title" and m.entity.country is None and
                         (m.entity.actor_code or "").endswith("CVL")) or \
        (m.entity.how == "title" and not m.entity.actor_code)


def _indefinite_victim(view: SentenceView, k: int, first: int) -> bool:
    """words[k] is the victim of a generic act: an indefinite noun in the accusative (رجلاً)
    or, right at `first`, one spelt with ة (امرأة, whose case the script does not show); no
    verb."""
    if k in view.verbs or not _plain_person(view, k):
        return False
    if _indefinite_noun(view, k):
        return True
    return k == first and view.tokens[k].text.rstrip(TANWEEN).endswith("ة")


TANWEEN = "\u064b\u064c\u064d"
TAA_TANWEEN = "ة\u064b"  # امرأةً: a noun spelt with ة in the accusative, its tanween written


def _indefinite_noun(view: SentenceView, k: int) -> bool:
    """words[k] is a common noun in the indefinite accusative (حاكماً، رجلاً): no article, no
    name, no preposition, ending in the alif of the tanween."""
    if not 0 <= k < len(view.words) or not view.is_word(k):
        return False
    w = view.words[k]
    if len(w) < 3 or w.startswith("ال") or roles.is_prep(w) or not w.endswith("ا"):
        return False
    m = view.mention_at(k, k)
    return m is None or m.entity.how in ("title", "nisba")


def _long_past_sentence(view: SentenceView, years: frozenset[int], reg: Register, trig: Trigger,
                        published, names: frozenset[str] = frozenset()) -> bool:
    """The sentence names, before the trigger, a year long past (LONG_PAST_YEARS before its
    publication), and no later year nor a recent time (أمس، اليوم، a day's name): it tells
    history, and its violent events with no date of their own belong to it."""
    if published is None or reg.evidence_outside(-1, -1, PRESENT_ANCHORS):
        return False
    dating = [k for k in years if not _span_start_year(view.words, k) and
              not _year_of_name(view.words, k, names)]
    if not any(k < trig.first for k in dating):
        return False
    values = [_year_value(view, k) for k in dating]
    return max(values) <= published.year - LONG_PAST_YEARS


# words before a year that make it no time of the sentence's events: the start of a span going on
# (يخوض منذ 1984 تمرداً) or a birth year (مواليد 1982)
NOT_EVENT_YEAR = frozenset(fold(w) for w in ("منذ", "ومنذ", "مواليد"))
YEAR_WORDS = frozenset(fold(w) for w in ("عام", "سنة", "العام"))


# what may stand between a year and the noun it names a thing with: عام، لعام، a number (القرار
# 242 لعام 1967), ما قبل (حدود ما قبل 1967)
NAME_YEAR_LEADS = YEAR_WORDS | {"#"} | frozenset(fold(w) for w in ("لعام", "للعام", "ما", "قبل"))
NAME_YEAR_REACH = 4  # words back from the year to that noun


def _year_of_name(words: list[str], k: int, names: frozenset[str]) -> bool:
    """The year at `k` is part of the name of a line, a border or a text (`year_names`: حدود
    عام 1967، خط الهدنة لعام 1949، القرار 242 لعام 1967، الأراضي المحتلة عام 1967): it names a
    thing, it does not date the sentence's events."""
    if not names:
        return False
    j = k - 1
    while j >= 0 and k - j <= NAME_YEAR_REACH and words[j] in NAME_YEAR_LEADS:
        j -= 1
    return j >= 0 and words[j] in names


def _date_names_a_thing(view: SentenceView, d, names: frozenset[str]) -> bool:
    """The date expression `d`, a year, is the year of a name (`_year_of_name`): the walk back
    starts from its number (منذ عام 2008 after الضفة الغربية المحتلة starts a span)."""
    if not names or d.granularity != "year":
        return False
    k = bisect.bisect_right([t.start for t in view.tokens], d.end - 1) - 1
    return 0 <= k < len(view.tokens) and view.tokens[k].kind == "number" and \
        _year_of_name(view.words, k, names)


def _span_start_year(words: list[str], k: int) -> bool:
    """The year at `k` starts a span or is a birth year (منذ 1984، منذ عام 1984، مواليد 1982)."""
    j = k - 1
    if j >= 0 and words[j] in YEAR_WORDS:
        j -= 1
    return j >= 0 and words[j] in NOT_EVENT_YEAR


def _unmarked_relative(view: SentenceView, trig: Trigger) -> bool:
    """The auxiliary before the verbal noun opens the relative clause of an indefinite noun after
    a preposition or a verbal noun with one (لتخليص سفن تم اختطافها، أفرج عن رهائن تم
    اختطافهم): the noun's pronoun on the verbal noun, the noun governed (not after إن / أن, a
    number or a stop: قال إن رهائن تم اختطافهم tells the news)."""
    w = view.words
    k = trig.first - 2
    if "e" not in trig.strip or k < 1 or not view.is_word(k) or w[k].startswith("ال") or \
            w[k] in THEN or _verb_at(view, k):
        return False  # (ومن ثم تم تنفيذه: "then")
    gov = w[k - 1]
    return view.is_word(k - 1) and gov not in THAT_WORDS and gov not in AN and \
        (roles.is_prep(gov) or _noun_with_prep(gov))


def _instrument_modality(out, view: SentenceView, trig: Trigger) -> str | None:
    """The modality of the violent event of the sentence that a weapon with بـ is the
    instrument of: the last one before it, with no stop between, when it is not factual."""
    if not out:
        return None
    prev = out[-1][0]
    if prev.sentence != view.index or prev.plover not in VIOLENCE or \
            prev.modality in ("asserted", "reported") or not prev.mentions:
        return None
    start = view.tokens[trig.first].start
    if any(t.text in roles.HARD_STOPS for t in view.tokens
           if prev.mentions[-1].end <= t.start < start):
        return None
    return prev.modality


# أن + لا written as one word with its hamza (ألا يقتلها "that he not kill her"); spelt الا it
# is also إلا "except", so only the written hamza counts
THAT_NOT = frozenset({"ألا", "وألا", "بألا", "لألا", "فألا"})


def _that_not_before(view: SentenceView, trig: Trigger) -> bool:
    """ألا right before a present verb: the act is what must not happen."""
    if trig.first == 0 or trig.kind != "verb" or trig.form.tense != "present":
        return False
    text = view.tokens[trig.first - 1].text
    return DROPPED_RE.sub("", text) in THAT_NOT


def _manner(view: SentenceView, trig: Trigger, violent_verb_last: int | None) -> bool:
    """An indefinite accusative verbal noun (ذبحاً، شنقاً، حرقاً) at most six words after a
    violent verb of the same clause says how that act was done: it is no second event."""
    word = view.words[trig.head]
    # read as a dual past verb (ذبحا "the two slaughtered") the form is the same; a verb
    # coordinated with the first (وذبحا) opens with و
    if violent_verb_last is None or trig.first != trig.last or "a" in trig.strip or \
            not word.endswith("ا") or word[:1] in "وف" or not (
                _is_nominal(trig) or trig.kind == "verb" and trig.form.tense == "past"):
        return False
    gap = range(violent_verb_last + 1, trig.first)
    # no new clause between (والثانية كانت اشتباكاً: the predicate of كان, another event)
    return len(gap) <= 6 and all(view.tokens[k].kind in ("word", "number") and
                                 view.words[k][:1] != "و" and view.words[k] not in KANA
                                 for k in gap)


def _governing_word(view: SentenceView, trig: Trigger, preps: frozenset[str], reach: int,
                    governs) -> int | None:
    """The position of the word that governs the trigger's verbal noun through a preposition:
    the clitic ب/ل on the noun (طالب بقصف، قام المسلحون بتفجير) or a separate word of `preps`
    right before it (دعا إلى ضرب، أقدموا على قتل), then a word for which `governs(word)` is true
    within `reach` words before that (its subject may stand between), with no stop and no other
    preposition (دعا إلى التحقيق في قتل: في belongs to التحقيق). None otherwise."""
    w = view.words
    k = trig.first - 1
    if not roles.has_prep_clitic(w[trig.first]):
        if k < 0 or w[k] not in preps:
            return None
        k -= 1
    j, left = k, reach
    while j >= 0 and left > 0:
        if j > 0 and w[j] in SPAN_UNITS and w[j - 1] in SPAN_PREPS:
            j -= 2  # نجحت القوات قبل ساعات في استهداف: a time between is no preposition's phrase
            continue
        if view.tokens[j].kind != "word" or roles.is_prep(w[j]):
            return None
        if governs(w[j]):
            return j
        j, left = j - 1, left - 1
    return None


def _noun_or_bare_past(trig: Trigger) -> bool:
    """A verbal noun, or a bare past form that a governor makes one (ضرب، قتل)."""
    return _is_nominal(trig) or trig.kind == "verb" and trig.form.tense == "past" and \
        trig.strip in ("", "p")


def _verb_at(view: SentenceView, k: int) -> bool:
    """words[k] is read as a verb form, and is not spelt with ة (وزارة is no و + زاره "visited
    him": no verb ends in ة, which the folded word has lost)."""
    return k in view.verbs and not view.tokens[k].text.endswith("ة")


def _noun_with_prep(word: str) -> bool:
    """A word that is a preposition ب / ل / ك and a noun of three letters or more (بقصف، لضرب;
    not بعض، بين، بعد, whose ب is their own)."""
    clitic = roles.has_prep_clitic(word)
    rest = word[1:] if word[:1] in "وف" and len(word) > 3 else word
    return bool(clitic) and len(rest) - len(clitic) >= 3


class _Position(NamedTuple):
    """A word position read as the start of a verbal noun no entry codes (`_prep_governed`)."""
    first: int


LIST_REACH = 10  # tokens from one verbal noun of a list to the next
# `_listed_modality` of a violent trigger named as a topic (ملف الاغتيال): the members of its list
# are topics too, no events
TOPIC = "topic"


class _Listed(NamedTuple):
    """A violent trigger of a sentence with the modality it gives the list it heads or ends
    (`EventStage._listed_modality`); `close`: given by its own clause, not by a governor, so
    shared only with the nouns joined right after it."""
    trig: Trigger
    modality: str | None
    close: bool
AWAITED_REACH = 4  # words from a noun of waiting to the act awaited (بانتظار سيارة يقودها انتحاري)
LIST_JOINS = frozenset((fold(a), fold(b)) for a, b in (
    ("فضلا", "عن"), ("فضلاً", "عن"), ("إضافة", "إلى"), ("اضافة", "الى"), ("بالإضافة", "إلى"),
    ("بالاضافة", "الى"), ("علاوة", "على")))
AIM_GENITIVE = 2  # words of the genitive between a noun of aim and the act it names
AIM_CLAUSE = 6  # words of a relative clause between a noun of aim and the act it names
DENIED_REACH = 30  # tokens before a trigger where the denial of the report telling it may stand
DENIED_NEAR = 6  # words after a denial where the report it rejects may be named (past its subject)


# How far before a verbal noun with لـ a word of feeling or judging still takes it as its object
# (أسفه الشديد لـ، إدانة المملكة لـ)
REACTION_REACH = 3


def _in_list(word: str, vocab: frozenset[str]) -> bool:
    """The word, or the word after its conjunction or preposition و ف ب ل, is in `vocab`."""
    return word in vocab or (word[:1] in "وفبل" and len(word) > 3 and word[1:] in vocab)


# A span of time between a verb and the preposition of its verbal noun (قبل ساعات، منذ أيام)
SPAN_PREPS = frozenset(fold(w) for w in ("قبل", "بعد", "منذ"))
SPAN_UNITS = BACKGROUND_SPANS | {fold("قليل")}  # (قبل قليل: a short while)


# words after a genitive that are no accusative object (adverbs, particles)
NOT_OBJECTS = frozenset(fold(w) for w in (
    "غدا", "ظهر", "عصر", "ليلة", "حاليا", "أيضا", "كذلك", "مجددا", "مؤخرا", "سابقا", "لاحقا",
    "فقط", "رسميا", "بعد", "قبل", "خلال", "أثناء", "عقب", "إثر", "منذ", "حتى", "عام", "يوم",
    "شهر", "مطلع", "أواخر", "نهاية", "بداية", "مما", "حيث", "كما", "إلا", "ثم", "أو", "عبر", "ضد",
    "لدى", "عند", "نحو", "دون", "بين", "تحت", "فوق", "أمام", "وراء", "داخل", "خارج", "قرب",
    "جنوب", "شمال", "شرق", "غرب", "وسط", "غير", "إلى", "على", "عن", "من", "في"))


def _verbal_noun(trig: Trigger) -> bool:
    """The trigger is a verbal noun (قصف، تدمير), also a bare past form read as one."""
    return trig.form.tense == "masdar" or (trig.form.tense == "past" and trig.kind == "noun")


def _object_after(view: SentenceView, trig: Trigger, last: int) -> bool:
    """An indefinite noun, the accusative object, right after the genitive of a verbal noun
    (تدمير المتطرفين أضرحة أثرية): the genitive is then the agent. Not an adjective, an adverb,
    a name or a word with a preposition or a conjunction (the caller asks it only after a group
    or a body: a person's name may have taken in words that are not his, اغتيال النائب X بتفجير
    سيارة)."""
    k = last + 1
    if not _verbal_noun(trig) or k + 1 >= len(view.words) or not view.is_word(k):
        return False
    w = view.words[k]
    if w.startswith(("ال", "و", "ف")) or len(w) < 3 or roles.is_prep(w) or \
            roles.clitic_prep(view, k) or _adjective_ending(w) or roles.is_nisba_word(w) or \
            w in TIME_ADVERBS or w in NOT_OBJECTS or w in VICTIM_TAILS or k in view.verbs:
        return False  # (جرح جنديين آخرين: آخرين describes the genitive)
    return not any(m.first <= k <= m.last for m in view.mentions + view.unknown_persons + view.places)


def _owner_of_object(view: SentenceView, trig: Trigger, pat: Pattern, m: roles.Mention) -> bool:
    """`m` stands after one noun that follows the verbal noun of a transitive verb (قصف مواقع
    الحوثيين، تدمير دبابات العدو): that noun is the verbal noun's object, and `m` its owner."""
    if not _verbal_noun(trig) or not pat.target_object or "e" in trig.strip:
        return False
    gap = [k for k in range(trig.last + 1, m.first) if view.is_word(k)]
    if len(gap) != 1:
        return False
    w = view.words[gap[0]]
    return not roles.is_nisba_word(w) and not w.startswith("ال") and not _adjective_ending(w)


def _adjective_ending(word: str) -> bool:
    """An adjective's ending (مدفعي، الجوية، عنيف، مكثف are no object nouns)."""
    return word.endswith(("ي", "ية", "يه")) or word in INTENSITY_ADJECTIVES


# Adjectives of force that stand between a verbal noun and its agent (قصف عنيف للجيش)
INTENSITY_ADJECTIVES = frozenset(fold(w) for w in (
    "عنيف", "عنيفا", "مكثف", "مكثفا", "متواصل", "متواصلا", "عشوائي", "كثيف", "كثيفا", "مستمر",
    "جديد", "جديدا"))


def _lam_after(view: SentenceView, last: int) -> bool:
    """The word after position `last` (past one adjective) carries the preposition لـ."""
    for k in (last + 1, last + 2):
        if k >= len(view.words) or not view.is_word(k):
            return False
        if roles.clitic_prep(view, k) == "ل" or view.words[k] in ("ل", "ول"):
            return True
        if not roles.is_nisba_word(view.words[k]):
            return False
    return False


def _nisba_after(view: SentenceView, trig: Trigger) -> roles.Mention | None:
    """A country's relational adjective right after a verbal noun (قصف إسرائيلي، الغارات
    الأمريكية): one word, not in a preposition phrase, an actor with a country."""
    for m in view.mentions:
        if m.first == trig.last + 1 and m.first == m.last and (not m.in_pp or m.pp_genitive) and \
                m.entity.type in ("GPE", "NORP", "ORG") and (m.entity.country or m.entity.actor_code):
            w = view.words[m.first]
            if "a" not in trig.strip and w.startswith("ال"):
                return None  # لمساندة الحوثيين: a definite word after an indefinite noun is its
                # genitive, not its adjective (an adjective agrees in definiteness)
            if w.endswith(("يين", "يون", "يان")) and \
                    not view.words[trig.last].endswith(("ين", "ان", "ات", "ون")):
                return None  # مقتل جنديين: a dual or a plural agrees with no singular verbal
                # noun; it is the noun's genitive (the victims), not its adjective (but
                # تفجيرين انتحاريين: two suicide bombings)
            return m if roles.is_nisba_word(w) else None
    return None


def _object_in_phrase(view: SentenceView, trig: Trigger) -> bool:
    """The phrase is a verbal noun and its definite object (إسقاط الطائرة, the phrase's last
    word a noun, no adjective): a relational adjective after it is the object's."""
    w = strip_conj(view.words[trig.last])
    return trig.kind == "phrase" and trig.form.tense == "masdar" and trig.last > trig.head and \
        w.startswith("ال") and not roles.is_nisba_word(w) and not _adjective_ending(w)


def _object_nisba(view: SentenceView, trig: Trigger, m: roles.Mention) -> bool:
    """`m` is a relational adjective alone right after a phrase of a verbal noun and its object
    (`_object_in_phrase`: إسقاط الطائرة الماليزية): the object's, so what was hit, no agent."""
    return m.first == trig.last + 1 and m.first == m.last and m.entity.how == "nisba" and \
        _object_in_phrase(view, trig)


def _undated_news(events: list[Event], trig: Trigger, published) -> list[Event]:
    """The events a register (a trial, statistics, an anniversary) may make background: not a
    past verb dated by its own expression to the days of the news (قتلت القوات أول من أمس أربعة
    من المتهمين بالهجوم: the killing is news, the suspects only name its victims)."""
    if trig.kind != "verb" or trig.form.tense != "past" or published is None:
        return events
    return [ev for ev in events if not (ev.date_source == "expression" and ev.date and
                                        not _is_old(ev.date, published))]


ATTACKED_REACH = 4  # words between a violent act and the protest noun that is its object
THEN = frozenset(fold(w) for w in ("ثم", "فيما", "بينما", "حيث"))


def _attacked(violent_last: int | None, view: SentenceView, trig: Trigger) -> bool:
    """A protest word right after a word of violence of its clause (`violent_last`: the last
    token of the last one, coded or not), as its object (استهدفت العملية الانتحارية تجمعاً
    لناشطين، قصفت الفصائل تجمعاً لهم، القصف طال تجمعاً، هجوم على تجمع): the sentence reports the
    attack on the crowd, not a protest it held."""
    if violent_last is None or "c" in trig.strip:
        return False  # (وتظاهر: a verb joined by و opens a clause of its own)
    gap = range(violent_last + 1, trig.first)
    # (no clause joined between: قتل جنديان ونظم الآلاف مظاهرة، هاجموا القرية ثم تجمع الأهالي)
    return len(gap) <= ATTACKED_REACH and all(
        view.tokens[k].kind in ("word", "number") and view.words[k] not in THEN and
        not (view.words[k][:1] == "و" and len(view.words[k]) > 3) for k in gap)


def _as_support_rally(view: SentenceView, events: list[Event], support: int) -> None:
    """Recode demonstrations as rallies in support of someone (CAMEO 053, PLOVER SUPPORT):
    the actor named right after the word of support (تأييداً للرئيس) is the one supported."""
    from marsad.ontology import lookup

    code = lookup(SUPPORT_RALLY)
    backed = next((m for m in view.mentions if support < m.first <= support + 2), None)
    for ev in events:
        ev.cameo, ev.plover, ev.plover_mode = code.code, code.plover, code.mode
        ev.quad_class, ev.goldstein = code.quad_class, code.goldstein
        if ev.target is not None and ev.location is not None and \
                ev.target.start == ev.location.start:
            ev.target = None  # (the country of the place, given to a protest with no target)
        if backed is not None and ev.target is None:
            ev.target = roles.actor_ref(backed.entity)


def _impose(events: list[Event], modality: str | None) -> None:
    """Give `modality` to the events the cues left asserted or reported."""
    if modality:
        for ev in events:
            if ev.modality in ("asserted", "reported"):
                ev.modality = modality


def _plural(word: str) -> bool:
    """A sound feminine plural (هجمات، الاغتيالات، بتفجيرات، اعتداءاتها)."""
    for suf in ("", "ها", "هم", "ه"):
        if suf and not word.endswith(suf):
            continue
        stem = word[: len(word) - len(suf)] if suf else word
        if stem.endswith("ات") and len(stem) > 4:
            return True
    return False


def _purpose(word: str, strip: str) -> bool:
    """لـ before a verbal noun (للتظاهر، لضرب): the purpose of another act."""
    w = word[1:] if "c" in strip else word
    return "p" in strip and w.startswith("ل")


def _word(t) -> str:
    """A token's matching form: the reference for `patterns.sentence_words`, which the stage
    uses (the same forms, cached by token text)."""
    if t.kind == "word":
        return fold(t.text)
    if t.kind == "number":
        return "#"
    if t.kind == "latin":
        return t.text.lower()
    return t.text


def _final_shadda_misread(text: str, trig: Trigger) -> bool:
    """A bare three-letter past verb (فَعَلَ: وعد) never ends in a shadda: وعدّ written so is
    و + عدّ ("and he considered"). Doubled verbs (شنّ، ردّ) fold to two letters."""
    if trig.kind != "verb" or trig.form.tense != "past" or len(trig.form.text) != 3:
        return False
    bare = "".join(ch for ch in text if ch == SHADDA or not ("\u064b" <= ch <= "\u0652"))
    return bare.endswith(SHADDA) and fold(bare) == trig.form.text


def _is_refugee(code: str | None) -> bool:
    """An actor code whose role is refugees or migrants (REF, SYRREF)."""
    return bool(code) and (code == "REF" or code[3:6] == "REF")


# Different words of sport alone (`sports`) that make a whole article sports news.
SPORTS_DOCUMENT_WORDS = 3

# A symmetric event with more participants than this names a forum's members, not who met whom.
_MAX_PARTIES = 6


def _dyads(sources: list[ActorRef], targets: list[ActorRef], symmetric: bool,
           meeting: bool = True):
    """One (source, target) pair per source and target. A symmetric event pairs its coordinated
    participants too; its targets with each other only for a meeting (قمة مع روحاني وعلييف: the
    other two met too), not for cooperation or an accord with two parties (التنسيق مع إيران
    وتركيا: Iran and Turkey did not coordinate with each other), nor after a verb of discussion
    (the caller's `meeting` is then false). More than `_MAX_PARTIES`
    participants are the roster of a multilateral forum (ومن الدول المشاركة في المفاوضات:
    twenty countries), whose pairwise "meetings" say nothing: no dyad."""
    if symmetric and len({(r.canonical, r.actor_code) for r in sources + targets}) > _MAX_PARTIES:
        return []
    out = []
    seen = set()

    def add(s, t):
        if s is None or t is None or _same_actor(s, t):
            return
        key = (s.canonical, s.actor_code, t.canonical, t.actor_code)
        if symmetric:
            key = tuple(sorted([(s.canonical, s.actor_code or ""), (t.canonical, t.actor_code or "")]))
        if key in seen:
            return
        seen.add(key)
        out.append((s, t))

    for s in sources:
        for t in targets:
            add(s, t)
    if symmetric:
        parts = targets if sources and meeting else []
        for i in range(len(parts)):
            for j in range(i + 1, len(parts)):
                if parts[i].actor_code and parts[i].actor_code == parts[j].actor_code:
                    continue  # أمير قطر ووزير خارجيته: one delegation, not a meeting of its own
                add(parts[i], parts[j])
        if not targets:
            for i in range(len(sources)):
                for j in range(i + 1, len(sources)):
                    add(sources[i], sources[j])
    return out


VISITS = ("042", "043")


def _places_of_visits(doc: Document, events: list[Event]) -> None:
    """A meeting with no place of its own, held on the day one of its parties is reported (in
    another sentence, by name) visiting a place, was held there (لقاء بين خامنئي وبوتين … وصل
    بوتين إلى طهران صباح أمس). Not a telephone call (041); not a visit the meeting's own sentence
    names (دعا خلال لقائه إلى زيارة عدن: the topic of the meeting), nor one whose visitor is only
    carried from an earlier sentence."""
    visits = [e for e in events if e.cameo[:3] in VISITS and e.location is not None and
              e.modality in FACTUAL and e.source is not None and e.source.canonical and
              doc.sentence_at(e.source.start) == e.sentence]
    if not visits:
        return
    for ev in events:
        if ev.location is not None or ev.cameo[:2] != "04" or ev.cameo[:3] in VISITS + ("041",):
            continue
        parties = [r for r in (ev.source, ev.target) if r is not None and r.canonical]
        for v in visits:
            if v.date == ev.date and v.sentence != ev.sentence and \
                    any(_same_actor(v.source, r) for r in parties):
                ev.location = v.location
                break


def _same_actor(a: ActorRef, b: ActorRef) -> bool:
    """The same actor, or an actor and its own country (روحاني and إيران in one dyad)."""
    if a.actor_id and b.actor_id and a.actor_id == b.actor_id:
        return True
    if bool(a.canonical) and a.canonical == b.canonical:
        return True
    ca, cb = a.actor_code or "", b.actor_code or ""
    if ca and cb and (len(ca) == 3 or len(cb) == 3) and ca[:3] == cb[:3] and \
            (a.type in ("GPE", "LOC") or b.type in ("GPE", "LOC")):
        return True
    return False


# Harm done to people, whose past verb news writes in the passive without its vowels (قُتل
# ثلاثة جنود): killing, wounding, abduction, arrest.
UNVOCALISED_PASSIVE_CODES = ("1823", "182", "181", "173")
AFTER_VICTIMS = frozenset(fold(w) for w in ("في", "خلال", "جراء", "إثر", "اثر", "بعد", "بنيران",
                                            "برصاص", "بانفجار", "عندما", "حين", "لدى"))
TARGETING_REACH = 5  # words between an attack noun and the verb of targeting describing it
TIME_ADVERBS = frozenset(fold(w) for w in ("أمس", "اليوم", "الليلة", "صباح", "مساء", "فجر"))
# the roles news names as the harmed (soldiers, civilians, policemen, journalists)
HARMED_ROLES = ("MIL", "CVL", "COP", "MED")
# a second verb of harm joined to the first (قتل وأصيب آخر): both passives
AND_HARMED = frozenset(fold(w) for w in ("وأصيب", "واصيب", "وأصيبت", "وجرح", "وجرحت", "وأصيبوا"))
# words that may describe or name a civilian victim before the rest of its clause (الرضيع علي دوابشة)
CIVILIAN_APPOSITION = 4
# "one of" before the people harmed (قتل أحد عناصر الشرطة)
ONE_OF = frozenset(fold(w) for w in ("أحد", "إحدى", "احد", "احدى"))
# definite counts of the people harmed (قتل المئات منهم)
DEFINITE_COUNTS = frozenset(fold(w) for w in ("العشرات", "المئات", "الآلاف"))
# words that end the phrase of the victims without being an object (جنديان آخران على الأقل)
OTHERS = frozenset(fold(w) for w in ("آخر", "آخران", "آخرين", "آخرون", "أخرى"))
VICTIM_TAILS = frozenset(fold(w) for w in (
    "آخر", "آخران", "آخرين", "آخرون", "آخرى", "أخرى", "إضافي", "إضافيان", "إضافيين", "إضافيون",
    "على", "الأقل"))


def _nationals(view: SentenceView, m: roles.Mention) -> bool:
    """A nisba alone in the dual or the plural (عراقيان، فرنسيون، أمريكيين): people of that
    country, not the country acting."""
    w = view.words[m.first]
    return m.first == m.last and m.entity.how == "nisba" and m.entity.type == "GPE" and \
        w.endswith(("يان", "يين", "يون"))


def _unvocalised_passive(view: SentenceView, trig: Trigger, pat: Pattern) -> bool:
    """قتل 20 شخصاً، قتل ثلاثة جنود في …، جرح مدني أمس: a past verb of harm at the head of its
    clause, followed by a count or by the people harmed and then no object (a preposition, a time
    or the end), is the passive the news means; the active names its agent and then its victims
    (قتل مسلحون ثلاثة جنود)."""
    if trig.kind != "verb" or trig.form.tense != "past" or \
            not pat.cameo.startswith(UNVOCALISED_PASSIVE_CODES):
        return False
    if trig.form.person in ("3mp", "3md", "3fd"):
        # مدنيين كانوا قد قتلوا خلال العيد، جنديين قتلا في الهجوم: a plural or dual verb of harm
        # with no object after it (a preposition, a time or the end follows) is the passive, its
        # subject before it the victims; with an object it is the active (وخطفوا اثنين)
        k = trig.last + 1
        return _no_object_at(view, k) or view.words[k] in AFTER_VICTIMS or \
            view.words[k] in TIME_ADVERBS
    if trig.form.person not in ("", "3ms", "3fs"):
        return False
    before = view.mention_ending_at(trig.first - 1)
    if before is not None and (before.entity.actor_code or "")[-3:] in HARMED_ROLES:
        # (إن) جندياً أميركياً قتل أمس، قتل وأصيب آخر: the people named right before a verb of
        # harm with no object after it are its victims
        k = trig.last + 1
        if _no_object_at(view, k) or view.words[k] in AFTER_VICTIMS or \
                view.words[k] in TIME_ADVERBS or view.words[k] in AND_HARMED:
            return True
    if trig.last + 1 >= len(view.words):
        return False
    nxt = view.words[trig.last + 1]
    if (nxt == "#" or nxt in roles.COUNT_WORDS) and not view.words[trig.head].endswith("ت"):
        return True  # (قتلت تسعة أشخاص: a feminine subject named before killed them)
    if nxt in DEFINITE_COUNTS and (trig.first == 0 or view.words[trig.first - 1] not in
                                   roles.RELATIVES):
        return True  # حيث قتل المئات منهم (not النظام الذي قتل الآلاف: the relative's active)
    # (قتل أحد عناصر الشرطة: "one of" before the people harmed)
    first = trig.last + 2 if nxt in ONE_OF else trig.last + 1
    m = next((m for m in view.mentions if m.first == first), None)
    if m is not None and _nationals(view, m):
        return True  # قتل عراقيان، خطف فرنسيون: people named by their nationality alone
    # (عنصر في حزب الله، قيادي في حماس: a member of a body named as such, like a soldier)
    member = m is not None and roles.member_phrase(view, m)
    if m is None or m.entity.type not in ("ORG", "PERSON") or \
            ((m.entity.actor_code or "")[-3:] not in HARMED_ROLES and not member):
        return False
    after = m.last + 1
    while after < len(view.words) and view.words[after] in TIME_ADVERBS:
        after += 1  # قتلت قوات الأمن أمس أربعة مسلحين: the object may follow the time
    if (m.entity.actor_code or "").endswith("CVL"):
        # a civilian is the victim, seldom the killer: قتل الطفل الرضيع علي دوابشة في حريق —
        # the words that describe or name him may stand before the rest of the clause, as long
        # as no other actor (the object of an active verb) comes first
        limit = min(len(view.words), after + CIVILIAN_APPOSITION)
        others = {k.first for k in view.mentions if k is not m}
        while after < limit and view.is_word(after) and view.words[after] not in AFTER_VICTIMS \
                and after not in others and view.words[after] != "#" and \
                view.words[after] not in roles.COUNT_WORDS:
            after += 1
    while after < len(view.words) and view.words[after] in VICTIM_TAILS:
        after += 1  # قتل جنديان تركيان إضافيان على الأقل
    after = _past_joined_victims(view, after)  # قتل شرطيان وثلاثة مدنيين في الهجوم
    # (قتل شرطي وأصيب آخر: a second verb of harm joined at once, both passives)
    return _no_object_at(view, after) or view.words[after] in AFTER_VICTIMS or \
        view.words[after] in AND_HARMED


def _past_joined_victims(view: SentenceView, k: int) -> int:
    """The position after a count joined by و at `k` and the people of a harmed role it counts
    (شرطيان وثلاثة مدنيين، جنديان و3 مدنيين): more victims, no object of an active verb."""
    w = view.words[k] if k < len(view.words) else ""
    if w[:1] != "و" or not (w[1:] in roles.COUNT_WORDS or (w == "و" and k + 1 < len(view.words)
                                                          and view.words[k + 1] == "#")):
        return k
    n = k + (2 if w == "و" else 1)
    m = next((m for m in view.mentions if m.first == n), None)
    if m is None or (m.entity.actor_code or "")[-3:] not in HARMED_ROLES:
        return k
    return m.last + 1


def _relative_passive(view: SentenceView, trig: Trigger, pat: Pattern) -> bool:
    """الرهينة الفرنسية التي كانت اختطفت في صنعاء، الصحافي الذي قتل أمس: an unvowelled
    singular past verb of harm (`UNVOCALISED_PASSIVE_CODES`) after a relative pronoun (كان and
    قد may stand between), with no object after it (a preposition, a time or a stop), is the
    passive: the antecedent underwent it (the active names its object: التي اختطفت الصحافي)."""
    if trig.kind != "verb" or trig.form.tense != "past" or "e" in trig.strip or \
            trig.form.person not in ("", "3ms", "3fs") or \
            not pat.cameo.startswith(UNVOCALISED_PASSIVE_CODES):
        return False
    nxt = trig.last + 1
    return _after_relative(view, trig, resumed=False) and (
        _no_object_at(view, nxt) or view.words[nxt] in AFTER_VICTIMS or
        view.words[nxt] in TIME_ADVERBS)


def _relative_before(view: SentenceView, first: int) -> int | None:
    """The position of the relative pronoun right before a verb at `first` (كان and قد may
    stand between: التي كانت قد اختطفت), or None."""
    k = first - 1
    while k >= 0 and view.words[k] in RELATIVE_CLAUSE_AUX:
        k -= 1
    return k if k >= 0 and view.words[k] in roles.RELATIVES else None


def _after_relative(view: SentenceView, trig: Trigger, resumed: bool = True) -> bool:
    """The verb stands right after a relative pronoun of its number and gender (الذي هاجم،
    الذين هاجموا; not the region التي اتفقوا عليها) and no word of its clause (eight at most)
    after it carries the pronoun that would stand for the antecedent (المواقع التي طلبت الوكالة
    دخولها، الوقت الذي يساعد فيه): the antecedent is the verb's subject. `resumed=False`:
    without that last check (a verb with no object, whose clause ends right after it)."""
    k = _relative_before(view, trig.first)
    if k is None or view.words[k] not in RELATIVE_PERSONS or \
            trig.form.person not in RELATIVE_PERSONS[view.words[k]]:
        return False  # (البرنامج الذي تعهدت الحكومة بتنفيذه: the verb agrees with another)
    if not resumed:
        return True
    pronoun = RESUMPTIVE_PRONOUNS[view.words[k]]
    for j in range(trig.last + 1, min(len(view.words), trig.last + 1 + RESUMPTION_REACH)):
        if not view.is_word(j):
            return True  # (the clause ends: a stop or a comma)
        if view.tokens[j].text.endswith(pronoun):
            return False
    return True


def _antecedent_no_actor(view: SentenceView, first: int) -> bool:
    """The word before the relative pronoun of the verb at `first` is a noun that is no part of
    an actor (الجماعة التي اختطفت، الهجوم «الجبان» الذي استهدف): the verb's subject, which
    names no known actor. Not a pronoun (هو الذي طلب: someone named before), nor an adjective
    right after an actor (القوات الأمنية التي تقاتل)."""
    k = _relative_before(view, first)
    if k is None:
        return False
    k -= 1
    while k >= 0 and view.words[k] in ("»", ")"):
        k -= 1
    return k >= 0 and view.is_word(k) and not roles.mention_at_word(view, k) and \
        not (k > 0 and roles.mention_at_word(view, k - 1)) and \
        not roles.is_prep(view.words[k]) and view.words[k] not in ANTECEDENT_PRONOUNS


def _relative_clause_of(view: SentenceView,
                        m: roles.Mention) -> tuple[roles.Mention | None] | None:
    """When `m` (with the actors coordinated before it) is the object of the verb right after a
    relative pronoun, a word or two after that verb (داعش الذي قتل الجنود، التي استهدفت مواقع
    الجيش), the relative's antecedent in a one-tuple: the actor right before the pronoun, or
    None when that word names no actor (the subject of the clause is then no known actor).
    None when `m` is no such object: the verb carries the pronoun that stands for the
    antecedent (الجنود الذين قتلهم داعش: داعش is its subject) or is no verb of the
    dictionaries."""
    first = roles.first_of_coordination(view, m).first
    verb = next((k for k in range(first - 1, max(-1, first - 3), -1) if k in view.verbs), None)
    if verb is None or any(not view.is_word(k) or k in view.verbs or view.words[k] in roles.RELATIVES
                           for k in range(verb + 1, first)):
        return None
    rel = _relative_before(view, verb)
    if rel is None or view.words[rel] not in RESUMPTIVE_PRONOUNS or any(
            view.tokens[k].text.endswith(RESUMPTIVE_PRONOUNS[view.words[rel]])
            for k in range(verb, first)) or \
            not _agrees_with_relative(view.words[verb], view.words[rel]):
        # (العسيري الذي وضعت السلطات مكافأة، الوقت الذي نفى فيه البنتاغون: the verb has a
        # subject of its own)
        return None
    ante = view.mention_ending_at(rel - 1)
    if ante is None and not _antecedent_no_actor(view, verb):
        return None  # (هو الذي قتل: a pronoun stands for someone named before)
    return (ante,)


def _agrees_with_relative(verb: str, relative: str) -> bool:
    """Whether a verb's letters fit the relative pronoun before it as its subject: الذين a
    plural (قتلوا، يقتلون), التي a feminine singular (قتلت، تقتل), الذي no feminine past (not
    وضعت). Told by the letters alone, for a verb that is not the trigger."""
    if relative == fold("الذين"):
        return verb.endswith(("وا", "ون"))
    if relative == fold("التي"):
        return verb.endswith("ت") or verb.startswith("ت")
    return not verb.endswith("ت")


# the persons of a verb whose subject a relative pronoun stands for (past 3ms may be "")
RELATIVE_PERSONS = {fold("الذي"): ("", "3ms"), fold("التي"): ("3fs", "3f/2s"),
                    fold("الذين"): ("3mp",)}
RESUMPTION_REACH = 8  # words after a relative clause's verb where its pronoun is sought
# the pronoun that stands for the antecedent inside its relative clause (as written)
RESUMPTIVE_PRONOUNS = {fold("الذي"): "ه", fold("التي"): "ها", fold("الذين"): "هم"}
# independent pronouns before a relative pronoun (هو الذي طلب): they stand for an actor
ANTECEDENT_PRONOUNS = frozenset(fold(w) for w in ("هو", "هي", "هم", "هما", "هن", "وهو", "وهي",
                                                  "وهم"))


# the noun's pronoun after a verb of performing (يقوم بها)
PERFORMED_PRONOUNS = frozenset(fold(w) for w in ("به", "بها"))


# words between a relative pronoun and its verb (التي كانت قد اختطفت)
RELATIVE_CLAUSE_AUX = frozenset(fold(w) for w in ("كان", "كانت", "قد"))
# words between a relative pronoun and a verb of conducting (التي سوف يقوم بها، الذي كان أجراه):
# those of any relative clause, and the future's سوف
CONDUCT_AUX = RELATIVE_CLAUSE_AUX | {fold("سوف")}


def _passive_before_min(view: SentenceView, trig: Trigger, verbs: frozenset[str]) -> bool:
    """طرد من الصحيفة، منع من السفر، طردوا من المدينة: an unvowelled past verb of events.json
    `from_passives`, with من and a noun right after it and no object between, is the passive;
    the active names its object first (طردت الصحيفة المحرر من عمله). Not with an object pronoun
    (طرده من), nor with من as a relative (a verb follows it)."""
    k = trig.last + 1
    if trig.kind != "verb" or trig.form.tense != "past" or "e" in trig.strip or \
            trig.form.person not in PAST_THIRD_PERSONS or k + 1 >= len(view.words) or \
            view.words[k] != "من" or _past_stems(trig.form.text).isdisjoint(verbs):
        return False
    return view.is_word(k + 1) and k + 1 not in view.verbs


# words from a count after a verb to the actor its subject acts on (المئات من مواطني الإقليم الحكومة)
COUNTED_SUBJECT_REACH = 5
# a complementizer with the pronoun of the verb's subject (أعلنت الأجهزة أنها قتلت ثمانية)
PRONOUN_COMPLEMENTIZERS = frozenset(p + w for p in ("", "ب", "و") for w in (
    "انه", "انها", "انهم", "انهما", "انهن"))
COUNT_LEADS = frozenset(("#", "من"))  # right before a counted noun: 30 مسلحاً، المئات من المواطنين
# the third persons of a past verb (the 3ms form has none), and the endings of all but the 3ms
PAST_THIRD_PERSONS = ("", "3ms", "3fs", "3mp", "3md", "3fd")
PAST_THIRD_ENDINGS = ("ت", "وا", "ا", "تا")


def _past_stems(form: str) -> set[str]:
    """The 3ms past forms a third-person past form may be (طردوا → طردوا، طرد)."""
    return {form} | {form[:-len(e)] for e in PAST_THIRD_ENDINGS if form.endswith(e)}


def _no_object_at(view: SentenceView, k: int) -> bool:
    """Position k ends the clause or holds a stop: no object follows there. A number is the count
    of an object (قتلت القوات الأميركية 11 مسلحاً، المسلحون قتلوا 5 جنود), so the verb is active."""
    return k >= len(view.words) or (not view.is_word(k) and view.words[k] != "#")


def _is_passive(view: SentenceView, trig: Trigger) -> bool:
    if trig.form.voice == "passive":
        return True
    if trig.kind == "verb" and trig.form.tense in ("past", "present"):
        tok = view.tokens[trig.head]
        text = tok.text
        # the damma on the first letter of the stem (قُتل، يُقتل، اعتُقل)
        letters = [i for i, ch in enumerate(text) if ch.isalpha()]
        skip = len(trig.strip.replace("e", "").replace("a", "")) if trig.strip else 0
        for idx in letters[skip:skip + 4]:
            if idx + 1 < len(text) and text[idx + 1] == DAMMA:
                return True
            if idx + 2 < len(text) and text[idx + 1] == "\u0651" and text[idx + 2] == DAMMA:
                return True
        return False
    if trig.form.tense in ("masdar", "noun"):
        prev = [k for k in range(trig.first - 1, max(-1, trig.first - 3), -1) if view.is_word(k)]
        return bool(prev) and view.words[prev[0]] in PASSIVE_AUX or (
            bool(prev) and view.words[prev[0]][1:] in PASSIVE_AUX and view.words[prev[0]][:1] in "وف")
    return False


# Verbs of carrying out an attack or a protest, with the pronoun of the noun they follow
# (الهجوم الذي نفذه، الغارة التي شنتها، التظاهرة التي نظمها; in the present too: الهجوم
# الذي يشنه المتمردون, whose subject is the doer, not the target)
DOING_VERBS = frozenset(fold(w) for w in ("نفذ", "نفذت", "نفذوا", "شن", "شنت", "شنوا", "ارتكب",
                                          "ارتكبت", "ارتكبوا", "نظم", "نظمت", "نظموا", "تبنى",
                                          "تبنت", "تبنوا", "ينفذ", "تنفذ", "ينفذون", "يشن",
                                          "تشن", "يشنون", "يرتكب", "ترتكب", "يرتكبون", "ينظم",
                                          "تنظم", "ينظمون"))


def _relative_doer(view: SentenceView, trig: Trigger) -> roles.Mention | None:
    """The actor after a verb of doing with a pronoun in the relative clause right after a
    verbal noun (الهجوم الذي نفذه مسلحون; after an indefinite noun without الذي: هجوم شنه
    مسلحون): the one who did it."""
    return _doer_after(view, trig.last)


def _phrase_object(trig: Trigger, mentions: list[roles.Mention]) -> bool:
    """The first mention holds the last word of a light-verb phrase: the phrase's own object
    (بيع طائرات مقاتلة), which is what is done, not whom it is done to (for an event whose
    target is not its object: فرّقت الشرطة المتظاهرين keeps its object as target)."""
    return trig.kind == "phrase" and bool(mentions) and \
        mentions[0].first <= trig.last <= mentions[0].last


def _doer_after(view: SentenceView, last: int) -> roles.Mention | None:
    k = last + 1
    if k < len(view.words) and view.words[k] in roles.RELATIVES:
        k += 1
    if k >= len(view.words):
        return None
    doer = _doing_verb_subject(view, k)
    if doer is None and k + 1 < len(view.words) and view.is_word(k) and \
            view.mention_at(k, k) is None and k not in view.verbs:
        doer = _doing_verb_subject(view, k + 1)  # هجوم مسلح نفذه مجهولون: past its adjective
    return doer


def _doing_verb_subject(view: SentenceView, k: int) -> roles.Mention | None:
    """The subject after a verb of doing with its object pronoun at `k` (نفذه مسلحون)."""
    verb = view.words[k]
    stem = next((verb[:-len(p)] for p in ("ها", "ه", "هم") if verb.endswith(p)), None)
    if stem is None or stem not in DOING_VERBS:
        return None
    return roles.postverbal_subject(view, k, k)


# Nouns of an attack after في, whose doer is the agent of a passive killing before them (قتل
# خمسة جنود في هجوم شنه مسلحون)
ATTACK_NOUNS = frozenset(fold(a + w) for w in ("هجوم", "هجمات", "هجومين", "تفجير", "تفجيرات",
                                               "قصف", "غارة", "غارات", "كمين", "اعتداء", "عملية",
                                               "ضربة", "ضربات") for a in ("", "ال"))
# Words that put the attack a killing happened in: في هجوم، جراء غارة، إثر قصف (بقصف: a clitic)
ATTACK_PREPS = frozenset(fold(w) for w in ("في", "فى", "جراء", "إثر", "اثر", "خلال", "بفعل",
                                           "نتيجة"))
# Words between the preposition and the attack noun: في سلسلة من الضربات، في عدة غارات
SERIES_WORDS = frozenset(fold(w) for w in ("سلسلة", "من", "عدة"))


def _attack_noun_at(view: SentenceView, k: int) -> int | None:
    """The position of the attack noun that words[k] introduces (في هجوم، جراء غارة، في سلسلة
    من الضربات، بقصف), else None."""
    w = view.words[k]
    if w[:1] == "ب" and w[1:] in ATTACK_NOUNS:
        return k
    if w not in ATTACK_PREPS:
        return None
    j = k + 1
    while j < len(view.words) and j <= k + 3 and view.words[j] in SERIES_WORDS:
        j += 1
    return j if j < len(view.words) and view.words[j] in ATTACK_NOUNS else None


def _attack_doer(view: SentenceView, trig: Trigger) -> list[roles.Mention]:
    """The doer of the attack in which the victims of a passive died (قتل خمسة جنود في هجوم شنه
    مسلحون، قتل ثلاثة في قصف إسرائيلي، في سلسلة من الضربات الجوية الأميركية، بقصف للجيش
    السوري): the passive's agent. The doer is the nisba of the noun (after at most one other
    adjective), its لـ genitive or the subject of the verb of doing after it."""
    for k in range(trig.last + 1, min(len(view.words) - 1, trig.last + 7)):
        if view.words[k] in roles.HARD_STOPS:
            return []
        noun = _attack_noun_at(view, k)
        if noun is not None:
            return _attack_noun_doer(view, noun)
    return []


def _named_between(view: SentenceView, last: int, m: roles.Mention) -> bool:
    """The actor of `m` is named between words[last] and `m` (another mention of it: the same
    canonical name or actor code)."""
    e = m.entity
    return any(last < o.last < m.first and (
        (e.canonical and o.entity.canonical == e.canonical) or
        (e.actor_code and o.entity.actor_code == e.actor_code)) for o in view.mentions)


def _attack_noun_doer(view: SentenceView, noun: int) -> list[roles.Mention]:
    """Who did the attack named at `noun`: the nisba after it (after at most one other
    adjective: الضربات الجوية الأميركية), its لـ genitive (قصف للجيش السوري) or the subject of
    the verb of doing after it (هجوم شنه مسلحون)."""
    doer = next((m for m in view.mentions if noun < m.first <= noun + 2 and
                 m.first == m.last and m.entity.how == "nisba" and (
                     m.first == noun + 1 or _adjective_like(view.words[noun + 1]))), None)
    lam = view.mention_at(noun + 1, noun + 1)
    if doer is None and lam is not None and lam.first == noun + 1 and \
            view.words[noun + 1].startswith("ل") and lam.entity.actor_code:
        doer = lam
    doer = doer or _doer_after(view, noun)
    return roles.coordinated(view, doer) if doer is not None else []


def _adjective_like(word: str) -> bool:
    """A word that may be an adjective between a noun and its nisba (الجوية، الصاروخية), not a
    noun with a preposition (للمناطق)."""
    return word.endswith(roles.NISBA_ENDINGS) and not word.startswith(("ل", "ب", "ك"))


RESULT_SUBJECT_REACH = 8  # words back from the result verb to its subject, the attack noun
RESULT_VERB_REACH = 8  # words back from the preposition of a result to its verb (أسفرت … عن)


def _result_verb(view: SentenceView, trig: Trigger,
                 casualties: bool = False) -> tuple[int, int] | None:
    """(the result verb, its preposition) when the trigger is what an event came to (أسفرت غارة
    أميركية عن [مقتل]، مما أدى إلى [مقتل]، وتسبب في [مقتل]، لم يسفر عن [سقوط ضحايا]، ستؤدي إلى
    [مقتل]، تسبب [بمقتل]، أودى [بحياة]; with `casualties`, a casualty noun: خلّف الهجوم عشرة
    [قتلى]): the verb's own preposition right before it (or on the trigger's word) and the verb
    at most RESULT_VERB_REACH words before that, no stop between; else None."""
    k = trig.first - 1
    if trig.kind == "phrase" and strip_conj(view.words[trig.first]) in RESULTS_BY:
        return trig.first, trig.last  # أودت الغارة بحياة: the verb is the trigger's own
    if "p" in trig.strip:
        # تسببت بمقتل، أدى لمقتل: the preposition written on the toll's word
        k, lead = trig.first, strip_conj(view.words[trig.first])[:1]
        verbs = RESULTS_BY if lead == "ب" else RESULTS_TO if lead == "ل" else None
    elif k < 1:
        return None
    elif casualties and view.words[k] not in roles.PREPOSITIONS:
        # خلّف الهجوم الذي تبناه التنظيم عشرة قتلى: a toll noun, the direct object of خلّف
        k, verbs = trig.first, RESULTS_LEFT
    else:
        prep = view.words[k]
        verbs = RESULTS_TO if prep in ILA else RESULTS_OF if prep == AN_PREP else \
            RESULTS_IN if prep in IN_WORDS else None
    if verbs is None:
        return None
    for r in range(k - 1, max(-1, k - 1 - RESULT_VERB_REACH), -1):
        w = view.words[r]
        if w in roles.HARD_STOPS:
            return None
        w = strip_conj(w)
        if w in verbs or (w[:1] == "س" and w[1:] in verbs):
            return r, k
    return None


def _result_doer(view: SentenceView, trig: Trigger) -> list[roles.Mention]:
    """The doer of the attack a toll is the result of: أسفرت غارة أميركية عن مقتل عشرة، الهجوم
    الذي شنه مسلحون أدى إلى مقتل — the attack noun is the result verb's subject, right after it
    or right before it."""
    found = _result_verb(view, trig)
    if found is None:
        return []
    r, k = found
    if r + 1 < k and view.words[r + 1] in ATTACK_NOUNS:
        return _attack_noun_doer(view, r + 1)  # أسفرت غارة أميركية عن
    for noun in range(r - 1, max(-1, r - 1 - RESULT_SUBJECT_REACH), -1):
        if view.words[noun] in roles.HARD_STOPS:
            return []
        if view.words[noun] in ATTACK_NOUNS:
            return _attack_noun_doer(view, noun)  # الهجوم الذي شنه مسلحون … أسفر عن
    return []


ANTECEDENT_REACH = 3  # tokens before a relative pronoun where the noun it describes may stand


def _result_cause(view: SentenceView, result: tuple[int, int], out) -> Event | None:
    """The violent event of the sentence, already coded, that a toll is the result of: the
    result verb's subject after it (أسفرت غارة أميركية عن مقتل), the noun a relative clause of the
    verb describes (الضربات التي أدت إلى مقتل), else the last one before the verb with no stop
    between (انفجرت الشاحنة عام 1983 وأدت إلى مقتل، أطلقت الطائرة صاروخاً مما أدى إلى مقتل، في
    عملية تفجير عام 2006 أسفرت عن مقتل), not the verb of a relative clause (الضربات التي استهدفت
    الرتل أدت إلى: the strikes did it). A subject that is no event coded leaves None (أسفر انفجار
    لم يُعرف سببه عن: not the attack told before)."""
    r, k = result
    starts = {t.start: j for j, t in enumerate(view.tokens)}
    mine = [(starts.get(ev.mentions[0].start, -1), ev) for ev, _ in out
            if ev.sentence == view.index and ev.plover in VIOLENCE and ev.mentions]

    def within(lo: int, hi: int) -> Event | None:
        return next((ev for j, ev in reversed(mine) if lo <= j < hi), None)

    if r + 1 < k:
        return within(r + 1, k)  # أسفرت غارة أميركية عن
    if r > 0 and _relative(view.words[r - 1]):
        cause = within(r - 1 - ANTECEDENT_REACH, r - 1)  # الغارة التي أسفرت عن
        if cause is not None:
            return cause
        # (a noun far before والتي, or no event: the last event before, as below)
    before = [(j, ev) for j, ev in mine if 0 <= j < r and
              not (j > 0 and _relative(view.words[j - 1]))]
    if not before:
        return None
    j, cause = max(before, key=lambda x: x[0])
    if any(t.text in roles.HARD_STOPS for t in view.tokens[j:r]):
        return None
    return cause


def _share_coordinated_date(view: SentenceView, trig: Trigger, events: list[Event], out) -> None:
    """Two tolls coordinated by و share the date the second one finds (قتل خمسة جنود من حرس
    الحدود وجرح عشرة آخرون يوم 12 يوليو: both on the 12th): the last violent event coded before
    the trigger in its sentence, a killing, wounding or abduction with no date of its own and no
    punctuation between, takes the date of the second one's own expression; both told as news
    (not وتصيب الملاريا 200 مليون شخص سنوياً وقتلت 584 ألفاً عام 2013: a habit and a total)."""
    dated = next((ev for ev in events if ev.date_source == "expression"), None)
    if dated is None:
        return
    starts = {t.start: j for j, t in enumerate(view.tokens)}
    before = [(starts.get(ev.mentions[0].start, -1), ev) for ev, _ in out
              if ev.sentence == view.index and ev.plover in VIOLENCE and ev.mentions]
    before = [(j, ev) for j, ev in before if 0 <= j < trig.first]
    if not before:
        return
    j = max(x[0] for x in before)
    if any(t.text in CLAUSE_ENDS for t in view.tokens[j:trig.first]):
        return
    for k, ev in before:
        if k == j and ev.cameo.startswith(TOLL_CODES) and ev.date_source != "expression" and \
                ev.modality in FACTUAL and dated.modality in FACTUAL:
            ev.date, ev.date_source = dated.date, dated.date_source


def _take_cause_time(events: list[Event], cause: Event | None, out, published) -> None:
    """A toll with no date of its own was when its cause was (not after the news: a past toll
    was not to come), and the toll of a cause told as history is history too (انفجرت الشاحنة
    عام 1983 وأدت إلى مقتل 58 جندياً: the killing is as old as the blast; وعقد الاجتماع بعد هجوم
    على حافلة مما أسفر عن سقوط 35 قتيلاً: told with the background attack). Not so when the
    cause is background only to a violent event reported before it in the sentence, with no old
    date of its own (ارتكبت الميليشيات مجزرة بعدما أمطرت الضاحية بالصواريخ مما أدى إلى مقتل 43:
    how the massacre was done, the news itself). A habit is not passed on (انفجارات استهدفت
    سيارات وأسفرت عن تدمير خمس: an uncounted plural is no statistic of its toll)."""
    if cause is None:
        return
    if cause.date_source == "expression" and not _is_later(cause.date, published):
        for ev in events:
            if ev.date_source != "expression":
                ev.date, ev.date_source = cause.date, cause.date_source
    if cause.modality != "historical":
        return
    start = cause.mentions[0].start
    if not (cause.date_source == "expression" and _is_old(cause.date, published)) and any(
            ev.sentence == cause.sentence and ev.plover in VIOLENCE and ev.modality in FACTUAL
            and ev.mentions and ev.mentions[0].start < start for ev, _ in out):
        return
    _as_history(events)


# الأمر الذي أدى إلى: "which led to", the result of what was just told, not a noun described
MATTER = frozenset(fold(w) for w in ("الأمر", "الامر", "الشيء", "وهو", "وهي", "هو"))


def _describes_a_noun(words: list[str], r: int) -> bool:
    """The result verb at words[r] opens a relative clause of a noun (الحرب التي أسفرت عن), not
    the "which" of what was just told (الأمر الذي أدى إلى)."""
    return r > 0 and _relative(words[r - 1]) and not (r > 1 and words[r - 2] in MATTER)


def _as_history(events: list[Event]) -> None:
    """The events told as news become history (no longer a report of anyone's)."""
    for ev in events:
        if ev.modality in FACTUAL:
            ev.modality = "historical"
            ev.reported_by = None


NAME_MARKS = frozenset("«»\"()“”")


def _in_clause_after(view: SentenceView, keys, trig: Trigger, words: frozenset[str],
                     through_names: bool = False) -> bool:
    """A word of `words` within IDIOM_REACH words after the trigger, before any punctuation
    (`through_names`: but the quotes or brackets around a name: احتل سهم «سابك» المركز الأول)."""
    for j in range(trig.last + 1, min(len(keys), trig.last + 1 + IDIOM_REACH)):
        if through_names and view.tokens[j].text in NAME_MARKS:
            continue
        if not view.is_word(j):
            return False
        if not keys[j].isdisjoint(words):
            return True
    return False


def _in_clause_before(view: SentenceView, keys, trig: Trigger, words: frozenset[str],
                      reach: int = 3) -> bool:
    """A word of `words` within `reach` words before the trigger, after any punctuation."""
    for j in range(trig.first - 1, max(-1, trig.first - 1 - reach), -1):
        if not view.is_word(j):
            return False
        if not keys[j].isdisjoint(words):
            return True
    return False


def _speaker_of_cue(doc: Document, start: int, end: int, src_refs: list[ActorRef],
                    tgt_refs: list[ActorRef]) -> tuple[list[ActorRef], list[ActorRef]]:
    """A speech verb that is the cue of a quote (ودعا المجتمع الدولي إلى «تحرك فوري»): the quotes
    stage, which runs before, has read who speaks and to whom. Its speaker becomes the source
    when the event has none, or when the event's source is the one the quote addresses (after a
    verb joined by و, the actor is its object: the subject is the speaker named before).
    Without the quotes stage (doc.quotes empty) nothing changes."""
    q = next((q for q in doc.quotes if q.cue_start is not None and start <= q.cue_start < end),
             None)  # (the cue is the verb without its و: ودعا)
    if q is None or q.speaker is None or not q.speaker.actor_code:
        return src_refs, tgt_refs
    addr = q.addressee

    def same(a: ActorRef, b: ActorRef | None) -> bool:
        return b is not None and a.start == b.start and a.end == b.end

    if src_refs and not any(same(r, addr) for r in src_refs):
        return src_refs, tgt_refs
    if any(same(q.speaker, t) for t in tgt_refs):
        return src_refs, tgt_refs  # (the speaker is the object: a call to him, no self-call)
    targets = [addr] if addr is not None else [t for t in tgt_refs if not same(t, q.speaker)]
    return [q.speaker], targets


_NOT_VERB = (False, False)


def _verb_flags(c, w: str) -> tuple[bool, bool]:
    """(a verb form of the events or speech dictionary, a noun beginning (after و/ف) with ب، ل
    or ك that the dictionary reads with that letter as its own) for the folded word `w`, not
    cached (`EventStage._verb_positions` caches it in `c.verb_cache`)."""
    if not w or not w[0].isalpha():
        return _NOT_VERB
    got = c.hit_cache.get(w) or c.word_hits(w)
    hits = got[0] + got[1] + got[2] + got[3]
    if not hits:
        return _NOT_VERB
    if any(h.form.tense in ("past", "present") for h, _ in hits):
        return (True, False)
    if (w[1:] if w[:1] in "وف" else w)[:1] in ("ب", "ل", "ك") and \
            any("p" not in how for _, how in hits):
        return (False, True)
    return _NOT_VERB


def _told_in_quote(trig: Trigger) -> bool:
    """A past verb of the third person in the active voice, alone or as the light verb of a
    phrase, inside a quote with a known speaker (قال المسؤول إن الوزير «شجع الصين على وقف …»، «زار الرئيس موسكو»،
    «المسلحون شنوا حملة مداهمات»): the speaker reports an act done, which
    is coded, reported by the speaker, like a verb outside the quote; the speaker's own words
    («نرحب»، «زرنا»), plans and verbal nouns stay speech content (and so does a past form
    spelt like its own verbal noun: «ودعم الحكومة السورية» is "and supporting")."""
    return trig.kind in ("verb", "phrase") and trig.form.tense == "past" and \
        trig.form.person.startswith("3") and trig.form.voice == "active"


def _unquoted(view: SentenceView) -> SentenceView:
    """The sentence with its quoted mentions read as any other: the actors of an act told
    inside a quote."""
    return dataclasses.replace(view, mentions=[dataclasses.replace(m, in_quote=False)
                                               for m in view.mentions])


def _same_ref(a: ActorRef | None, b: ActorRef | None) -> bool:
    """The same actor (named here or earlier: the speaker carried from the sentence before)."""
    return a is not None and b is not None and (a.canonical, a.actor_code) == \
        (b.canonical, b.actor_code)


def _subject_before_quote(view: SentenceView, trig: Trigger) -> bool:
    """The trigger opens a quote right after an actor (إن كيري «شجع الصين على …»)."""
    return trig.first >= 2 and view.words[trig.first - 1] in OPENING_QUOTES and \
        view.mention_ending_at(trig.first - 2) is not None


OPENING_QUOTES = frozenset(("«", '"', "“", "'"))


def _quote_spans(doc: Document) -> list[tuple[int, int, ActorRef | None]]:
    """Quoted words (direct and partial quotes, and guillemets holding three words or more)
    with their speaker: what a speaker says is speech content, not an event the article reports."""
    spans = [(q.start, q.end, q.speaker) for q in doc.quotes if q.kind in ("direct", "partial")]
    spans += [(m.start(), m.end(), None) for m in _QUOTE_RE.finditer(doc.text)
              if len(m.group(1).split()) >= 3]
    spans.sort(key=lambda q: (q[0], q[2] is None))
    return spans


def _period_start(value: str) -> dt.date | None:
    """The first day of a date value: a year, a month, a week (2015-W33: its Monday) or a day;
    of an interval (2015-01/2015-05: قبل بضعة أشهر), the first day of its first period."""
    if "/" in value:
        value = value.split("/", 1)[0]
    try:
        if len(value) == 4:
            return dt.date(int(value), 1, 1)
        if len(value) == 7:
            return dt.date(int(value[:4]), int(value[5:7]), 1)
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _period_end(value: str) -> dt.date | None:
    """The last day of a date value (of an interval, of its last period)."""
    if "/" in value:
        value = value.rsplit("/", 1)[1]
    try:
        if len(value) == 8 and value[5] == "W":
            return dt.date.fromisoformat(value) + dt.timedelta(days=6)
        if len(value) == 4:
            return dt.date(int(value), 12, 31)
        if len(value) == 7:
            y, m = int(value[:4]), int(value[5:7])
            nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _is_old(value: str | None, published: dt.date | None) -> bool:
    if not value or not published:
        return False
    end = _period_end(value)
    return end is not None and (published - end).days > HISTORICAL_DAYS


# (SECURITY_ROLES, the state's forces; ARMED_ROLES, those and armed groups: marsad.actors.patrons)
# who closes roads or cuts routes as an act of war, not of protest (CAMEO 144): ARMED_ROLES
# the government closing roads (أغلقت السلطات الطريق) takes a measure of order: no protest either
BLOCKING_ROLES = ARMED_ROLES | {"GOV"}


def _security_force(ref: ActorRef | None, cameo: str = "") -> bool:
    """The police, the army or an intelligence service (EGYCOP, MIL); for a blockade (144)
    also rebels and militias (وأغلق المتمردون الطرقات) and the government (أغلقت السلطات); for a
    riot (145) also rebels and militias (أضرم مسلحون النار في المنازل: an attack)."""
    code = (ref.actor_code or "") if ref is not None else ""
    if cameo.startswith("144"):
        return code[-3:] in BLOCKING_ROLES
    if cameo.startswith("145"):
        # أضرم مسلحو بوكو حرام النار في البلدة: armed men burning a town attack it, no riot
        return code[-3:] in ARMED_ROLES
    return code[-3:] in SECURITY_ROLES


FUTURE_PARTICLES = frozenset(fold(w) for w in ("سوف", "وسوف", "لسوف"))


def _future_through_pp(view: SentenceView, trig: Trigger) -> bool:
    """A verbal noun governed by a verb to come across its subject, object or a preposition
    (ستستخدم مقاتلات تورنادو في شن الضربات، ستدفع المجتمع الدولي إلى الاعتراف): the verb (س +
    present, or سوف + present) stands at most five words before the noun, with no stop, no other
    verb of the dictionaries and no بعد / قبل / منذ (an earlier event: سيزور إندونيسيا بعد انتهاء
    زيارته) between."""
    w = view.words
    for k in range(trig.first - 1, max(-1, trig.first - 6), -1):
        if view.tokens[k].kind != "word" or w[k] in roles.HARD_STOPS or \
                w[k].lstrip("وف") in BACKGROUND_PREPS:
            return False
        if looks_future_verb(w[k]) or (k > 0 and w[k - 1] in FUTURE_PARTICLES):
            return True
        if k in view.verbs:
            return False
    return False


def _joined_present(trig: Trigger) -> bool:
    """A present verb with و (ويهدد), which a verb to come before it may govern."""
    return trig.kind in ("verb", "phrase") and trig.form.tense == "present" and \
        "c" in trig.strip


def _who_arrives(trig: Trigger, sources: list, implicit):
    """The one who arrives in a verbal noun of arrival (وصول): its genitive, an actor right after
    it (وصول الرئيس المصري), or, for its pronoun (لدى وصوله), whom it stands for. The subject of the
    clause announced or studied the arrival (أعلنت الإمارات وصول سفينة، راجع الباحثون لحظة وصول
    المريض): no one of them arrives, nor anyone in للوصول إلى (to get to)."""
    if "e" in trig.strip:
        return sources, implicit
    return [m for m in sources if trig.last < m.first <= trig.last + 2], None


def _is_later(value: str | None, published: dt.date | None) -> bool:
    """The date (a day, a month or a year) begins after the publication day."""
    if not value or not published:
        return False
    start = _period_start(value)
    return start is not None and start > published


NEWS_DAY_REACH = 7  # days before the publication the day of the news may be (older: background)


def _default_date(doc: Document) -> tuple[str | None, str]:
    """The article's own date, for events with no date of their own: the latest day named
    relative to the publication (أمس، الخميس الماضي، اليوم) in the lead, else the first such day
    of the article (a report's opening often names no day: وصل بوتين إلى طهران صباح أمس comes
    later), else `published`. Only a day counts, not after the publication and at most
    NEWS_DAY_REACH days before it: a week or a month of the lead (الأسبوع الماضي، يونيو الماضي)
    and a day to come (غداً، بعد غد) are not the day of the news."""
    lead = [s for s in doc.sentences if s.kind in ("body", "headline", "dateline")][:3]
    best = first = None
    for d in doc.dates:
        if not d.relative or d.granularity != "day" or not _news_day(d.value, doc.published):
            continue
        if any(s.start <= d.start < s.end for s in lead):
            if best is None or d.value > best:
                best = d.value
        elif first is None and doc.sentence_at(d.start) >= 0 and \
                doc.sentences[doc.sentence_at(d.start)].kind == "body":
            first = d.value
    if best or first:
        return best or first, "published"
    if doc.published:
        return doc.published.isoformat(), "published"
    return None, "none"


def _news_day(value: str | None, published: dt.date | None) -> bool:
    """A day (2015-07-31) on or at most NEWS_DAY_REACH days before the publication."""
    if not value or len(value) != 10 or published is None:
        return published is None and bool(value) and len(value) == 10
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return False
    return dt.timedelta(0) <= published - day <= dt.timedelta(days=NEWS_DAY_REACH)


def _event_date(doc, view, trig, default, year_names: frozenset[str] = frozenset()):
    """The date of the event: the nearest date expression of its clause (not the year of a
    name among `year_names`: حدود عام 1967), else one that governs it from afar, else
    `default` (the document's date)."""
    a = view.tokens[0].start
    b = view.tokens[-1].end
    first = view.tokens[trig.first].start
    last = view.tokens[trig.last].end
    best = None
    for d in doc.dates:
        if not (a <= d.start < b) or not is_dated(d.value, d.granularity):
            continue  # (a length or a vague time, مؤخراً، قريباً: the event keeps the default)
        # the expression must belong to the trigger's clause: a few words away, no stop between
        lo, hi = (last, d.start) if d.start >= last else (d.end, first)
        between = _titles_as_words([t for t in view.tokens if lo <= t.start < hi])
        words = [t for t in between if t.kind in ("word", "number")]
        if any(t.text in roles.HARD_STOPS for t in between):
            continue
        during = d.start >= last and _ends_clause_of_time(view, lo, hi)
        if len(words) > DATE_REACH and not during:
            continue
        if d.start >= last and not during and _date_of_another_clause(view, lo, hi):
            continue
        if d.start < first and _while_between(view, lo, hi):
            continue
        if d.start < first and _time_to_come_of_another_clause(view, trig, d, lo, hi,
                                                               doc.published):
            continue
        if _date_names_a_thing(view, d, year_names):
            continue  # على حدود عام 1967، القرار 242 لعام 1967: a name, no time of the event
        dist = len(words) + (0 if d.start >= last else 1)
        if best is None or dist < best[0]:
            best = (dist, d)
    if best and best[1].start >= last:
        return best[1].value, "expression"  # (its own date, after it)
    eve = _eve_date(doc, view, trig, default[0])
    if eve is not None:
        return eve, "expression"
    if best:
        return best[1].value, "expression"
    since = _since_date(doc, view, trig)
    if since is not None:
        return since, "expression"
    fronted = _fronted_date(doc, view, first)
    if fronted is not None:
        return fronted.value, "expression"
    year = _chronology_year(view, doc.published)
    if year is not None:
        return year, "expression"
    return default


def _time_to_come_of_another_clause(view, trig, d, lo: int, hi: int, published) -> bool:
    """A time to come before a comma is no date of a past verb after it (ضمنت عدم حصولها على
    القنبلة خلال السنوات العشر المقبلة، أكد المشاركون: the ten years are the pledge's, the
    statement was made): the past act cannot have happened then. Not a day (اقتحمت أمس الأحد
    …، واعتدت: a day of the news may fall after a publication date a day or two late)."""
    if trig.kind != "verb" or trig.form.tense != "past" or d.granularity == "day" or \
            not _is_later(d.value, published):
        return False
    return any(lo <= t.start < hi and view.words[k] in roles.COMMAS
               for k, t in enumerate(view.tokens))


EVE_REACH = 4  # tokens from غداة / عشية to the trigger of the event they name
# غداة X: the day after X, so X is the day before the clause's; عشية X: the eve of X
EVE_SHIFTS = {fold("غداة"): -1, fold("عشية"): 1}


def _eve_date(doc, view, trig, clause_day: str | None = None) -> str | None:
    """غداة هجوم استهدف مركزاً، عشية زيارة الرئيس: the event named right after غداة ("the day
    after") took place the day before the date of the clause the phrase belongs to, the one
    named after عشية ("the eve") the day after it. That date is the last day named before
    غداة / عشية in the sentence (أمس، الثلاثاء), else `clause_day` (the article's day, which
    the clause then has: وصل الرئيس غداة هجوم … with no day of its own); with another verb or
    a stop between, None. A verb joined by و (غداة الانتخابات وأعلن) is the main clause's own."""
    w = view.words
    for k in range(trig.first - 1, max(-1, trig.first - 1 - EVE_REACH), -1):
        if w[k] in roles.HARD_STOPS or w[k] in roles.COMMAS or k in view.verbs:
            return None
        shift = EVE_SHIFTS.get(strip_conj(w[k]))
        if shift is not None:
            break
    else:
        return None
    if trig.kind == "verb" and strip_conj(w[trig.first]) != w[trig.first]:
        return None
    a, at = view.tokens[0].start, view.tokens[k].start
    told = [d.value for d in doc.dates if a <= d.start and d.end <= at and
            d.granularity == "day" and len(d.value) == 10 and is_dated(d.value, d.granularity)]
    day = told[-1] if told else clause_day
    if not day or len(day) != 10:
        return None
    return (dt.date.fromisoformat(day) + dt.timedelta(days=shift)).isoformat()


SINCE_DATE_REACH = 3  # words between a past verb and the منذ of its start


def _since_date(doc, view, trig) -> str | None:
    """منذ عامين right after a past verb (قتل منذ عامين، سيطر التنظيم على المدينة منذ عامين):
    the act took place, or began, that long before the publication, and that is its date. The
    dates layer keeps the length (P2Y), true of both readings; after a present verb or a
    participle (يحاصرونها منذ يومين، الحرب المستمرة منذ عامين) the act goes on and keeps the
    article's day."""
    if trig.kind != "verb" or trig.form.tense != "past" or doc.published is None:
        return None
    last = view.tokens[trig.last].end
    b = view.tokens[-1].end
    for d in doc.dates:
        if not (last <= d.start < b) or d.granularity != "duration" or \
                not fold(d.text).startswith("منذ"):
            continue
        between = [t for t in view.tokens if last <= t.start < d.start]
        words = [t for t in between if t.kind in ("word", "number")]
        if any(t.text in roles.HARD_STOPS for t in between) or len(words) > SINCE_DATE_REACH or \
                any(k in view.verbs for k, t in enumerate(view.tokens)
                    if last <= t.start < d.start):
            return None
        start = since_start(d.value, doc.published)
        return start[0] if start else None
    return None


def _date_of_another_clause(view, lo: int, hi: int) -> bool:
    """A date after the trigger (between offsets lo and hi) is another clause's when a comma and
    then a verb of another event stand between (باعتداءات المتمردين، وصلت أمس الطائرة: the day of
    the arrival). (A date before the trigger and a complementiser between, قال الوزير أمس إن
    القوات قتلت, is kept: the day of the statement bounds the act it reports.)"""
    idx = [k for k, t in enumerate(view.tokens) if lo <= t.start < hi]
    comma = next((k for k in idx if view.words[k] in roles.COMMAS), None)
    return comma is not None and any(k in view.verbs for k in idx if k > comma)


# Words that open a clause of the time something happened (قتل أثناء محاولته التسلل، هاجموا المدمرة
# أثناء توقفها في الميناء، قتل جنديان عندما فجر مقاتلون لغماً)
DURING_OPENERS = SIMULTANEOUS | frozenset(fold(w) for w in ("إبان", "ابان", "اثناء"))
# Words of an earlier event or a cause inside such a clause: what it dates is that event
EARLIER_WORDS = (BACKGROUND_PREPS - DURING_OPENERS) | CAUSE_PREPS
DURING_REACH = DATE_REACH + 3  # words from the opener of a clause of time to the date ending it
TIME_UNITS = SPAN_UNITS | BACKGROUND_SPANS | frozenset(fold(w) for w in ("يومي", "فترة"))


def _ends_clause_of_time(view, lo: int, hi: int) -> bool:
    """A date after the trigger (between offsets lo and hi) ends a clause of the time it happened
    that opens within DATE_REACH words of the trigger (تعرضت المدمرة لهجوم أثناء توقفها للتزود
    بالوقود في ميناء عدن في أكتوبر 2000، قتل جنديان وجرح آخران، عندما فجّر مقاتلون لغماً اليوم):
    the time of the clause is the event's, further than DATE_REACH and past a comma and a verb.
    Not when the opener heads a span (خلال يومي الاثنين أو الثلاثاء: a date of its own), nor
    across a comma or a word of an earlier event or a cause (عند حدوث اشتباك، على غرار ما حدث
    بالأمس؛ خلال اشتباكات اندلعت بعد هجوم يوم الجمعة)."""
    idx = [k for k, t in enumerate(view.tokens) if lo <= t.start < hi]
    words = [k for k in idx if view.tokens[k].kind in ("word", "number")]
    opener = next((k for k in words[:DATE_REACH] if strip_conj(view.words[k]) in DURING_OPENERS),
                  None)
    if opener is None or opener + 1 >= len(view.words):
        return False
    head = view.words[opener + 1]
    if head in TIME_UNITS or (head.startswith("ال") and head[2:] in TIME_UNITS):
        return False
    if _date_of_another_clause(view, lo, view.tokens[opener].start):
        return False  # الذين يحاربون في سوريا، قد يعتقل لدى عودته اليوم: the opener is another's
    rest = [k for k in idx if k > opener]
    if any(view.words[k] in roles.COMMAS or strip_conj(view.words[k]) in EARLIER_WORDS
           for k in rest):
        return False
    return len([k for k in words if k >= opener]) <= DURING_REACH


# Words that open a clause told beside another, of its own time (انسحب الجيش قبل شهرين، فيما قتل
# مسلحون؛ في حين)
WHILE_WORDS = frozenset(fold(w) for w in ("فيما", "وفيما", "بينما", "وبينما"))
WHEN = fold("حين")
# فيما + a verb of naming is "in what": الاعتداء عام 1956، فيما عرف بالعدوان الثلاثي
NAMED_AS = frozenset(fold(w) for w in ("عرف", "يعرف", "بات", "سمي", "يسمى", "أطلق", "يطلق",
                                       "وصف", "يوصف"))


def _while_between(view, lo: int, hi: int) -> bool:
    """فيما / بينما / في حين between a date before the trigger (offsets lo to hi) and it: the date
    is the clause's before (انسحب الجيش قبل شهرين، فيما قتل مسلحون عشرة مدنيين); not فيما
    "in what" (عام 1956، فيما عرف بالعدوان الثلاثي)."""
    idx = [k for k, t in enumerate(view.tokens) if lo <= t.start < hi]
    w = view.words
    return any((w[k] in WHILE_WORDS and not (k + 1 < len(w) and w[k + 1] in NAMED_AS)) or (
        w[k] == WHEN and k > 0 and w[k - 1] in IN_WORDS) for k in idx)


TITLE_WORDS = 4  # the longest name in guillemets read as one word of a clause


def _titles_as_words(tokens: list) -> list:
    """Tokens with each short name in guillemets («الرحلة إم إتش 17»، «عاصفة الحزم») put as its
    first word: a title, not a quote, so no stop (أسقطت الطائرة «الرحلة إم إتش 17» في 17 يوليو
    2014: the date is the downing's)."""
    out, k = [], 0
    while k < len(tokens):
        t = tokens[k]
        if t.text == "«":
            end = next((j for j in range(k + 1, min(len(tokens), k + TITLE_WORDS + 2))
                        if tokens[j].text == "»"), None)
            if end is not None and end > k + 1 and not any(
                    x.text in roles.HARD_STOPS for x in tokens[k + 1:end]):
                out.append(tokens[k + 1])
                k = end + 1
                continue
        out.append(t)
        k += 1
    return out


# Words that may stand before a date put at the head of its sentence (وفي عام 2006، ثم يوم …)
FRONTING_WORDS = frozenset(fold(w) for w in ("و", "ثم", "وثم", "ف", "في", "ففي", "وفي", "وفى", "فى",
                                             "يوم", "ويوم"))


def _fronted_date(doc, view, first: int):
    """A date put at the head of the sentence (ففي عام 2006 قتل …، ثم يوم 12 مارس 1993 لقي …)
    dates every event of the sentence that has no date of its own, up to a full stop."""
    for d in doc.dates:
        if not (view.tokens[0].start <= d.start < first) or not is_dated(d.value, d.granularity):
            continue
        lead = [t for t in view.tokens if t.start < d.start]
        if all(t.kind == "word" and fold(t.text) in FRONTING_WORDS for t in lead) and \
                not any(t.text in roles.HARD_STOPS for t in view.tokens
                        if d.end <= t.start < first):
            return d
        break  # (dates are in text order: only the first can head the sentence)
    return None


# What may open the line of a chronology before its year (a bullet), and what follows the year
CHRONOLOGY_BULLETS = frozenset({"•", "*", "-", "–", "—", "·", "▪"})
CHRONOLOGY_DASHES = frozenset({"-", "–", "—", ":"})


def _chronology_year(view: SentenceView, published: dt.date | None) -> str | None:
    """The year that opens a line of a chronology, a year and a dash or colon at the head of
    the sentence (1989 - مجموعة تقوم بخطف …، 2013: صدامات عنيفة …): what the line tells, in
    the historical present, happened that year (so it is `historical` when the year is past).
    Only a year before the publication's (a line of this year may be today's news), None
    otherwise."""
    toks = view.tokens
    k = 0
    while k < len(toks) and toks[k].text in CHRONOLOGY_BULLETS:
        k += 1
    if k + 1 >= len(toks) or toks[k].kind != "number" or \
            toks[k + 1].text not in CHRONOLOGY_DASHES:
        return None
    digits = toks[k].text.translate(_ARABIC_DIGITS)
    if not (digits.isdigit() and len(digits) == 4 and digits[0] in "12"):
        return None
    if published is not None and int(digits) >= published.year:
        return None
    return digits


# Words that put a crowd before a building (أمام، قرب، حول) and the buildings they name
SITE_WORDS = frozenset(fold(w) for w in ("أمام", "وأمام", "قرب", "بالقرب", "حول", "خارج",
                                         "مقابل", "قبالة", "محيط", "بمحيط"))
BUILDING_WORDS = frozenset(fold(w) for w in ("مقر", "مبنى", "مباني", "سفارة", "السفارة",
                                             "قنصلية", "القنصلية", "مكتب", "مكاتب", "منزل",
                                             "قصر", "مقار", "من"))
SITE_REACH = 12  # words after a protest trigger where the site of the crowd is looked for


def _protest_site(view: SentenceView, trig: Trigger) -> roles.Mention | None:
    """The actor whose building a protest gathers at: a word of position (`SITE_WORDS`), at
    most two building words (`BUILDING_WORDS`), then the actor (أمام السفارة الأمريكية، حول مقر
    سفارة إستونيا، بالقرب من مبنى وزارة الدفاع الأميركية), within the trigger's clause."""
    w = view.words
    for k in range(trig.last + 1, min(len(w), trig.last + 1 + SITE_REACH)):
        if w[k] in roles.HARD_STOPS:
            return None
        if w[k] not in SITE_WORDS:
            continue
        j = k + 1
        while j < len(w) and j - k <= 3 and w[j] in BUILDING_WORDS:
            j += 1
        m = view.mention_at(j, j) if j < len(w) else None
        if m is not None and not m.in_quote and (m.entity.actor_code or m.entity.country):
            return m
    return None


def _here(doc: Document, place: Location | None) -> ActorRef | None:
    """The country of the place where an event happened, as an actor (no role)."""
    if place is None or not place.country or place.start is None:
        return None
    return ActorRef(place.name, place.country, doc.text[place.start:place.end], place.start,
                    place.end, None, "GPE")


AFFILIATION_PREPS = frozenset(fold(w) for w in ("في", "من"))
VICTIM_REACH = 8  # words after a violence trigger where its victims' nationality is looked for


def _affiliation(view: SentenceView, m: roles.Mention) -> bool:
    """An armed body or a group after في right after people (متطوعاً في الجيش العراقي، ناشطاً في
    كتائب الأقصى، عناصر في الشرطة): whom the people belong to."""
    k = m.first - 1
    if k < 1 or view.words[k] not in AFFILIATION_PREPS or m.entity.type != "ORG":
        return False
    return (m.entity.actor_code or "")[-3:] in ("MIL", "COP", "REB", "INS", "UAF", "SPY")


def _victims(view: SentenceView, trig: Trigger, used: set[int]) -> ActorRef | None:
    """The first actor with a country named within VICTIM_REACH words after the trigger, outside
    prepositional phrases (not its source, not quoted): جنود باكستانيين، السفير البولندي."""
    # in a phrase the victims may stand inside it (لقي 26 شخصاً بينهم ستة جنود حتفهم)
    start = trig.head if trig.kind == "phrase" else trig.last
    placed: roles.Mention | None = None  # the last actor passed over as a place
    for m in view.mentions:
        if id(m) in used or m.in_quote or m.first <= start or (
                m.in_pp and not m.clitic_pp and not _affiliation(view, m)
                and not _purpose_object(view, m)) or (
                placed is not None and roles._joined(view, placed, m)):
            # في بيروت: a place, no victim (but in سيارات تابعة للجيش the owner of what was hit
            # is one, in 28 متطوعاً في الجيش العراقي the body the victims belong to, and in
            # لتفريق المتظاهرين the object of the act it was for); nor a place joined to one
            # in such a PP (غارات في العراق وسوريا)
            placed = m if m.first > start and id(m) not in used and not m.in_quote else None
            continue
        if m.first - max(start, trig.last) > VICTIM_REACH or \
                roles.boundary_between(view, start + 1, m.first) or \
                _clause_of_another(view, trig, m, used) or _in_next_clause(view, trig, m):
            # (المتظاهرين الذين رشقوا قوات الأمن: not in the clause of another noun; اقتحمت
            # القرية وقتلت النساء: nor in that of another verb)
            break
        if m.entity.country or m.entity.actor_code:
            return roles.actor_ref(m.entity)
    return None


def _in_next_clause(view: SentenceView, trig: Trigger, m: roles.Mention) -> bool:
    """A verb joined by و or after a comma opens a clause between the trigger and `m`, past the
    word right after the trigger (عذبوا وقتلوا أفراداً share their object), and not as the
    sequel of the relative clause of doing of a noun (عملية نفذتها طالبان واستهدفت الشرطة:
    it tells the noun's victims)."""
    return any(roles.opens_clause(view, k) for k in range(trig.last + 2, m.first)) and (
        trig.kind == "verb" or _relative_doer(view, trig) is None)


def _clause_of_another(view: SentenceView, trig: Trigger, m: roles.Mention, used: set[int]) -> bool:
    """A relative pronoun or a clause opener stands between the trigger and `m`, after another
    actor: `m` is in that actor's clause (المتظاهرين الذين رشقوا قوات الأمن), not in the
    trigger's own (الضربات التركية التي استهدفت الجماعة)."""
    for k in range(trig.last + 1, m.first):
        if view.words[k] in roles.CLAUSE_OPENERS and any(
                trig.last < x.first < k and id(x) not in used for x in view.mentions):
            return True
    return False


def _purpose_object(view: SentenceView, m: roles.Mention) -> bool:
    """`m` is the genitive of a verbal noun with لـ of purpose (لتفريق المتظاهرين)."""
    prev = view.words[m.first - 1] if m.first > 0 else ""
    return m.pp_genitive and prev.startswith(("ل", "ول")) and not prev.startswith(("لل", "ولل"))


# Nouns of a topic followed by في + place (الأوضاع في غزة): the place is the topic's.
TOPIC_NOUNS = frozenset(fold(w) for w in (
    "الأوضاع", "الوضع", "التطورات", "المستجدات", "الأزمة", "الأحداث", "الأمور", "السلام",
    "الاستقرار", "الأمن", "الحرب", "الصراع", "النزاع", "الملف", "القضية", "أوضاع", "تطورات"))


# Nouns of a place between the preposition and the name (في مدينة الرمادي، بمحافظة عمران، في
# قلب بيروت، في العاصمة صنعاء): the name is still where the event happened.
PLACE_HEAD_WORDS = frozenset(fold(p + w) for w in (
    "مدينة", "محافظة", "منطقة", "بلدة", "قرية", "مديرية", "ولاية", "إقليم", "العاصمة", "عاصمة",
    "مخيم", "حي", "ناحية", "قضاء", "جزيرة", "مقاطعة", "ضاحية", "قلب", "مدينتي", "محافظتي", "قطاع",
    "ريفي", "مدن", "قرى", "بلدات", "مناطق", "أحياء", "شوارع", "أحد", "الأراضي", "أراضي")
    for p in ("", "ب", "وب"))
ORIGIN_PREPS = frozenset(fold(w) for w in ("من", "ومن"))  # من داخل اليمن: whence, not where
WHERE_WORDS = frozenset(fold(w) for w in ("حيث", "وحيث"))
# Nouns of an envoy: the place after them (مبعوث … إلى اليمن) is the post, not where an event is
ENVOY_WORDS = frozenset(fold(p + w) for w in (
    "مبعوث", "المبعوث", "سفير", "السفير", "سفيرة", "السفيرة", "ممثل", "الممثل", "مندوب",
    "المندوب", "قنصل", "القنصل", "موفد", "الموفد") for p in ("", "و", "ل", "ب"))
ENVOY_REACH = 6  # words between an envoy noun and the preposition of the post
# (not في: السفير السعودي في دمشق is where the ambassador is, and acts)
# Words of time that, after a comma, open the clause of another happening (في شمال سوريا، بعد
# تفجير استهدف …؛ بريف حلب، عقب هجوم): a place before the comma is not its place
AFTER_COMMA_OPENERS = frozenset(fold(w) for w in (
    "بعد", "وبعد", "قبل", "وقبل", "عقب", "إثر", "اثر", "منذ", "ومنذ"))
# Words that open another clause between a place and a trigger after it (قالت الشرطة في
# سريلانكا إن شخصاً قتل؛ في درعا بينما تواصلت الاشتباكات)
PLACE_CLAUSE_OPENERS = frozenset(fold(w) for w in (
    "أن", "أنّ", "إن", "إنّ", "بأن", "وأن", "وإن", "فإن", "بينما", "وبينما", "فيما", "وفيما",
    "لكن", "ولكن", "حين"))
# Roots of events whose target, when a town or region (LOC), is where they happened: force,
# coercion, assault, fight (هجوم الحوثيين على مأرب، الحصار على مدينة الفلوجة، استولى على طرابلس)
TARGET_PLACE_ROOTS = ("15", "17", "18", "19", "20")


def _said_where(view: SentenceView, m: roles.Mention) -> bool:
    """`m` is said as where something happens: after في / إلى or a word of position (وسط طهران،
    بشمال اليابان), also with a noun of place between (في مدينة الرمادي، بمحافظة عمران), not after
    من (من داخل اليمن: whence). (A town with a bare بـ, ببغداد, is left out: the verb may govern
    it, رحب ببغداد, and adverbs read as ب + a town, باكراً = ب + أكرا.)"""
    w = view.words
    k = m.first - 1
    while k >= 0 and w[k] in PLACE_HEAD_WORDS and m.first - k <= 2:
        if w[k][:1] == "ب" or w[k][:2] == "وب":
            return True  # بمدينة الموصل، بالعاصمة صنعاء
        k -= 1
    if k < 0:
        return False
    nxt = m.last + 1 + (m.last + 1 < len(w) and w[m.last + 1] in roles.COMMAS)
    if nxt < len(w) and w[nxt] in WHERE_WORDS and not roles.is_nisba_word(w[m.last]):
        # (not people named by a nisba: بالتنسيق مع إيرانيين، حيث …)
        return True  # وصل من سوريا حيث أجرى لقاءات، زيارته للعراق، حيث …: حيث says it is where
    if w[k] in POSITION_WORDS:
        return not (k > 0 and w[k - 1] in ORIGIN_PREPS)
    if w[k] in ILA and _envoy_before(view, k):
        return False  # مبعوث الأمم المتحدة إلى اليمن: a title's place
    return w[k] in PLACE_PREPS or w[m.first].startswith(("في", "وفي"))


def _envoy_before(view: SentenceView, k: int) -> bool:
    """A noun of an envoy stands a few words before the preposition at `k`, with no comma or
    stop between: the place is where the envoy is sent (مبعوث الأمين العام إلى اليمن)."""
    for j in range(k - 1, max(-1, k - 1 - ENVOY_REACH), -1):
        if view.words[j] in roles.COMMAS or view.words[j] in roles.HARD_STOPS:
            return False
        if view.words[j] in ENVOY_WORDS:
            return True
    return False


# Nouns of a happening in a phrase after the trigger (قتل جنديان في هجوم جديد للمتمردين في جنوب
# تركيا): the place after them is the happening's, which is the event's own
HAPPENING_NOUNS = frozenset(fold(p + w) for w in (
    "هجوم", "هجمات", "غارة", "غارات", "انفجار", "تفجير", "اشتباكات", "اشتباك", "قصف", "كمين",
    "مواجهات", "معارك", "عملية") for p in ("", "ب"))


HAPPENING_REACH = 12  # words from the trigger to the noun of its happening (قتل زعيم التنظيم
# في شبه جزيرة العرب ناصر الوحيشي في غارة … في اليمن)


def _past_happening_phrase(view: SentenceView, lo: int, hi: int) -> int:
    """Where the reach to a place after the trigger starts: after a noun of a happening in a
    phrase of the trigger's clause (قتل عنصران من الشرطة في هجوم، قتل شرطي أمس، في هجوم), else at
    `lo`. The clause ends at a clause opener or a comma not followed by such a phrase
    (قصفت الطائرات أهدافاً، والثانية … بالضلوع في هجمات: another clause's)."""
    w = view.words
    words = 0
    for k in range(lo, hi):
        if w[k] in roles.HARD_STOPS or w[k] in roles.CLAUSE_OPENERS:
            break
        if w[k] in roles.COMMAS:
            if not (k + 2 < hi and w[k + 1] in PLACE_PREPS and w[k + 2] in HAPPENING_NOUNS):
                break
            continue
        if view.tokens[k].kind in ("word", "number"):
            words += 1
            if words > HAPPENING_REACH:
                break
        if w[k] in HAPPENING_NOUNS and (w[k][:1] == "ب" or (k > lo and w[k - 1] in PLACE_PREPS)):
            return k + 1
    return lo


def _words_between(view: SentenceView, lo: int, hi: int) -> int:
    """The words (and numbers) in token positions [lo, hi): punctuation and guillemets do not
    count against the reach."""
    return sum(1 for k in range(lo, hi) if view.tokens[k].kind in ("word", "number"))


def _other_clause_before(view: SentenceView, m: roles.Mention, trig: Trigger) -> bool:
    """A place before the trigger belongs to another clause: a word opening a clause stands
    between them (قالت الشرطة في سريلانكا إن شخصاً قتل؛ في درعا، بينما تواصلت؛ في شمال العراق،
    في حين قتل), or a comma and a word of time (بريف حلب، بعد هجوم) — unless the place heads the
    sentence (وفي بغداد، قتل). (A bare comma is no boundary: احرق المتظاهرون في مخيمات لبنان،
    إطارات السيارات ورددوا هتافات.)"""
    w = view.words
    if all(w[k] in PLACE_PREPS or w[k] in POSITION_WORDS or w[k] in PLACE_HEAD_WORDS or
           w[k] in FRONTING_WORDS for k in range(m.first)):
        return False
    for k in range(m.last + 1, trig.first):
        if w[k] in PLACE_CLAUSE_OPENERS:
            return True
        if w[k] in roles.COMMAS and k + 1 < trig.first and w[k + 1] in AFTER_COMMA_OPENERS:
            return True
    return False


def _place(view: SentenceView, trig: Trigger, targets, cameo: str) -> Location | None:
    """Where the event happened: the place visited (زار طهران، وصل إلى طهران) or the town
    attacked (هجوم على مأرب), else the nearest place said as where (`_said_where`) in the
    trigger's clause (after the trigger first), never one inside a quote."""
    if cameo.startswith("042"):
        for m in targets:
            if m.entity.type in ("GPE", "LOC"):
                return _loc(m.entity)
    if cameo.startswith("04") and _is_nominal(trig):
        m = next((p for p in view.places if p.first == trig.last + 1), None)
        if m is not None and m.entity.type == "LOC" and not m.in_pp and not m.in_quote:
            return _placed(view, m)  # مشاورات جنيف، قمة شرم الشيخ: the town the talks are named for
    if cameo.startswith(TARGET_PLACE_ROOTS):
        for m in targets:
            if m.entity.type == "LOC" and not m.in_quote:
                return _placed(view, m)
    best = None
    for m in view.places:
        if m.in_quote:
            continue
        prev = view.words[m.first - 1] if m.first > 0 else ""
        if m.first > 1 and prev in PLACE_PREPS and view.words[m.first - 2] in TOPIC_NOUNS:
            continue  # بحث الأوضاع في قطاع غزة: the place of the topic, not of the talks
        if _said_where(view, m):
            after = m.first > trig.last
            lo, hi = (trig.last + 1, m.first) if after else (m.last + 1, trig.first)
            if after:
                lo = _past_happening_phrase(view, lo, hi)
            if _words_between(view, lo, hi) > PLACE_REACH or roles.boundary_between(view, lo, hi):
                continue  # too far: the place of another clause (قمة في باكو في 2016)
            if not after and _other_clause_before(view, m, trig):
                continue
            dist = (hi - lo) if after else (hi - lo) + PLACE_REACH
            if best is None or dist < best[0]:
                best = (dist, m)
    return _placed(view, best[1]) if best else None


def _placed(view: SentenceView, m: roles.Mention) -> Location:
    """The location of a place mention, checked against what locates it: a place after a word of
    position (قرية دوما جنوب نابلس) or a nisba (قرية دوما الفلسطينية). When they disagree on the
    country the village shares its name with a town elsewhere: the reference place is taken, or
    the nisba's country with the village's name."""
    loc = _loc(m.entity)
    k = m.last + 1
    if k + 1 < len(view.words) and view.words[k] in POSITION_WORDS:
        ref = next((p for p in view.places if p.first == k + 1), None)
        if ref is not None and ref.entity.country and ref.entity.country != loc.country:
            return _loc(ref.entity)
    nisba = next((p for p in view.places if p.first == k == p.last), None)
    if nisba is not None and roles.is_nisba_word(view.words[k]) and nisba.entity.country and \
            nisba.entity.country != loc.country:
        loc.country = nisba.entity.country
    return loc


def _loc(e: Entity) -> Location:
    country = e.country or (e.actor_code[:3] if e.actor_code else None)
    return Location(e.canonical, country, e.start, e.end)


def _datelines(doc: Document) -> list[tuple[int, Location | None]]:
    """The place of each dateline of the article with the dateline's start (a digest of news
    has one per item: كولومبو - «الشرق الأوسط»: … مانيلا - «الشرق الأوسط»: …); None for a
    dateline whose place is unknown (it still ends the item before it)."""
    out = []
    for b in doc.blocks:
        if b.kind == "dateline":
            out.append((b.start, next(
                (_loc(e) for e in doc.entities
                 if b.start <= e.start < b.end and e.type in ("GPE", "LOC") and
                 "«" not in doc.text[b.start:e.start]),  # (not the outlet: «الشرق الأوسط»)
                None)))
    return out


ITEM_HEADLINE_MAX = 120  # characters of a digest item's headline line, right above its dateline


def _dateline_for(doc: Document, datelines: list[tuple[int, Location | None]],
                  sent) -> Location | None:
    """The dateline that places a sentence: the last one before it, or the next one when the
    sentence is a short line right above it (a digest item's headline); before the first
    dateline, the first."""
    if not datelines:
        return None
    if len(datelines) == 1:
        return datelines[0][1]
    nxt = next((i for i, (start, _) in enumerate(datelines) if start >= sent.end), len(datelines))
    if nxt < len(datelines) and sent.end - sent.start <= ITEM_HEADLINE_MAX and \
            not doc.text[sent.end:datelines[nxt][0]].strip() and \
            doc.text.count("\n", sent.end, datelines[nxt][0]) == 1:
        return datelines[nxt][1]
    return datelines[max(0, nxt - 1)][1]


# Words that attribute what the sentence tells to the actor right after them, before or after the
# event (قتل عشرة مدنيين بحسب المرصد، وفقاً للأمم المتحدة، نقلاً عن مصادر)
ATTRIBUTION_WORDS = frozenset(fold(w) for w in ("بحسب", "حسب", "وبحسب", "وحسب", "وفق", "وفقا",
                                                "ووفقا", "طبقا", "نقلا", "حسبما"))


# the words that may stand between: بحسب ما ذكر المرصد، نقلاً عن مصادر (not وفقاً لقرارات مجلس
# الأمن: "in accordance with")
ATTRIBUTION_LINKS = frozenset(fold(w) for w in ("ما", "عن", "ذكر", "ذكرت", "أفاد", "أفادت", "قال",
                                                "قالت", "أعلن", "أعلنت", "أورد", "أوردت", "نقل",
                                                "نقلت", "أكد", "أكدت"))


def _reporter(view: SentenceView, trig: Trigger, c: CompiledEvents) -> ActorRef | None:
    """A named source the sentence attributes the event to: a news medium as the subject of a
    verb of reporting before it (ذكرت وكالة ... أن), or any actor right after a word of
    attribution anywhere in the sentence (بحسب المرصد السوري، وفقاً لمنظمة العفو)."""
    for k, w in enumerate(view.words):
        if w not in ATTRIBUTION_WORDS or trig.first <= k <= trig.last:
            continue
        m = next((x for x in view.mentions if k < x.first <= k + 3), None)
        if m is not None and not m.in_quote and m.entity.type in ("ORG", "PERSON") and \
                all(view.words[j] in ATTRIBUTION_LINKS for j in range(k + 1, m.first)):
            return m.entity.ref()
    cues = frozenset(s[0] for s in c.cues.get("report", ()) if len(s) == 1)
    for k, w in enumerate(view.words[: trig.first]):
        stem = w[1:] if w[:1] in "وف" and len(w) > 3 else w
        if w in cues or stem in cues:
            m = roles.postverbal_subject(view, k, k)
            if m is not None and m.last < trig.first and m.entity.type in ("ORG", "PERSON"):
                if m.entity.role == "MED" or (m.entity.actor_code or "").endswith("MED") or \
                        fold("وكالة") in fold(m.entity.text):
                    return m.entity.ref()
    return None


# ----------------------------------------------------------------------------------------------
def _compatible(a: ActorRef | None, b: ActorRef | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if _same_actor(a, b):
        return True
    ca, cb = a.actor_code or "", b.actor_code or ""
    if not ca or not cb:
        return not ca and not cb and not a.canonical and not b.canonical
    if not (ca.startswith(cb) or cb.startswith(ca)):
        return False
    # a country-level mention may stand for a more specific actor of it, not two people
    return a.type in ("GPE", "LOC", None) or b.type in ("GPE", "LOC", None) or len(ca) == 3 or len(cb) == 3


def _same_event(x: Event, y: Event) -> bool:
    if x.cameo[:2] != y.cameo[:2]:
        return False
    visits = ("042", "043")
    if (x.cameo[:3] in visits or y.cameo[:3] in visits) and x.cameo[:3] != y.cameo[:3]:
        return False  # a visit and the meetings held during it are different events
    if (x.modality == "historical") != (y.modality == "historical"):
        return False
    if x.modality == "negated" or y.modality == "negated":
        return False
    if (x.modality in FACTUAL) != (y.modality in FACTUAL):
        return False  # a planned protest and the protest held, a threat and the strike
    if x.date_source == y.date_source == "expression" and x.date != y.date:
        return False
    if _compatible(x.source, y.source) and _compatible(x.target, y.target):
        return True
    symmetric = x.cameo[:2] == "04" and x.cameo not in ("042", "043")
    return symmetric and _compatible(x.source, y.target) and _compatible(x.target, y.source)


def _specificity(r: ActorRef | None) -> int:
    if r is None:
        return 0
    return len(r.actor_code or "") + (2 if r.type == "PERSON" else 0)


# Roots whose different words are different acts (a welcome and a praise on the same day are two
# statements); for meetings, material acts, protests and violence any words may report the same one.
_STATEMENT_ROOTS = frozenset(("01", "02", "03", "05", "09", "10", "11", "12", "13"))


def _merge(events: list[tuple[Event, str]], referring: frozenset[int] | set[int] = frozenset()
           ) -> list[Event]:
    """One event per happening: later reports of the same event become its mentions. An event
    whose id is in `referring` (a foiled noun naming an act told before: أحبط الجيش الهجوم)
    becomes a mention of the last act of violence told as done before it, whatever actors each
    names (the referring noun's are found far from the act, if at all)."""
    out: list[Event] = []
    kinds: list[str] = []
    for ev, pid in events:
        told = _last_told_violence(out, ev) if id(ev) in referring else None
        if told is not None:
            _add_mention(told, ev)
            continue
        for kept, kid in zip(out, kinds):
            if ev.cameo[:2] in _STATEMENT_ROOTS and pid != kid:
                continue
            if _same_event(kept, ev):
                _add_mention(kept, ev)
                if _specificity(ev.source) > _specificity(kept.source) and \
                        _compatible(ev.source, kept.source):
                    kept.source = ev.source
                if _specificity(ev.target) > _specificity(kept.target) and \
                        _compatible(ev.target, kept.target):
                    kept.target = ev.target
                if kept.location is None:
                    kept.location = ev.location
                if ev.date_source == "expression" and kept.date_source != "expression":
                    kept.date, kept.date_source = ev.date, ev.date_source
                break
        else:
            out.append(ev)
            kinds.append(pid)
    return out


# ----------------------------------------------------------------------------------------------
# Subjects that name no actor, told before the trigger in its clause (eleventh session): after
# them no actor named before is borrowed as the doer, and an actor right after the verb is its
# object.
PLAIN_SUBJECT_WORDS = 3  # words of a noun phrase put before its verb (جهود المبعوث الأممي)
# words that stand for actors named before (a pronoun, الأول "the former", الأخير، البلدان،
# الجانبان) or join a nominal sentence (كان الأول هو): no plain noun of a subject of its own
REFERRING_WORDS = frozenset(fold(w) for w in (
    "هو", "هي", "هم", "هما", "هن", "كان", "كانت", "كانوا", "يكون", "تكون", "ليس", "ليست",
    "الأول", "الأولى", "الثاني", "الثانية", "الأخير", "الأخيرة", "الآخر", "الأخرى",
    "البلدان", "البلدين", "الجانبان", "الجانبين", "الطرفان", "الطرفين", "الدولتان", "الدولتين",
    "ألا", "إلا", "إنها", "إنه",
    # states the dictionaries may not name (دول التعاون الخليجي ترحب): left to borrowing
    "دول", "الدول", "بلدان"))


def _plain_noun_subject(view: SentenceView, trig: Trigger, time_words: frozenset[str]
                        ) -> int | None:
    """أن المملكة طلبت، جهود المبعوث وصلت، إن التصريحات الأخيرة جددت: a noun phrase that names
    no actor (a definite noun, or a noun before a definite genitive, then its adjectives or
    genitive: three words at most), opening a clause right before the verb (a negation may stand
    between), is the verb's subject: the position of its first word, else None. Not a noun of
    time (الأسبوع الماضي زار), a demonstrative (its own rule), a preposition's phrase or a verb
    form; not before a verb that carries an object pronoun (الاتفاق وقعه الرئيس: the noun is
    the object put first)."""
    if trig.kind != "verb" or "e" in trig.strip:
        return None
    return _plain_noun_before(view, trig.first, time_words)


def _plain_noun_before(view: SentenceView, verb: int, time_words: frozenset[str]) -> int | None:
    """The first position of a plain noun phrase opening a clause right before the verb at
    `verb` (`_plain_noun_subject`), else None."""
    last = verb - 1
    if last >= 0 and view.words[last] in SUBJECT_VERB_PARTICLES:
        last -= 1
    for first in range(last, max(-1, last - PLAIN_SUBJECT_WORDS), -1):
        if not _plain_phrase_word(view, first, time_words):
            return None
        if _clause_start(view, first - 1):
            return first if _opens_plain_phrase(view, first, last) and \
                not _bare_body(view, first) else None
    return None


def _bare_body(view: SentenceView, k: int) -> bool:
    """وتقدم المنظمة المساعدة: a definite noun of a body's kind (`name_heads`: الحركة، التنظيم;
    or المنظمة، الوكالة، المجلس) with no nisba after it stands for a body named before, whom
    borrowing finds: no plain subject."""
    w = strip_conj(view.words[k])
    nxt = view.words[k + 1] if k + 1 < len(view.words) else ""
    return w.startswith("ال") and (w[2:] in view.name_heads or w[2:] in BODY_HEADS) and \
        not (nxt.startswith("ال") and roles.is_nisba_word(nxt))


# nouns of a body that, definite and alone, stand for one named before (المنظمة، الوكالة)
BODY_HEADS = frozenset(fold(w) for w in ("منظمة", "وكالة", "مجلس", "هيئة", "مؤسسة", "اتحاد",
                                         "مفوضية", "وزارة", "سلطة", "شركة", "جمعية", "رابطة"))


def _unknown_body_after(view: SentenceView, trig: Trigger) -> bool:
    """وأشاد حزب الوسط الجديد بالحكومة، وانتقدت حركة البناء الحكومة: right after the verb, a
    noun of a body's kind (`SentenceView.name_heads`: حزب، حركة، تيار) before a definite word,
    no actor's: a body no dictionary names is the verb's subject. (Not forces, the means of
    a doer: تدعو قوات الشرعية names the verb's object; the caller checks `means_nouns`.)"""
    k = trig.last + 1
    if trig.kind != "verb" or "e" in trig.strip or k + 1 >= len(view.words):
        return False
    return strip_conj(view.words[k]) in view.name_heads and \
        view.words[k + 1].startswith("ال") and \
        not any(m.first <= k + 1 and m.last >= k for m in view.mentions)


def _demonstrative_after_actor(view: SentenceView, trig: Trigger) -> bool:
    """وبنظر أنقرة هذا يمنع الحزب: a demonstrative alone right before the verb (a negation may
    stand between), after an actor's name that ends a phrase put first (بنظر أنقرة، وفق
    واشنطن), is the verb's subject: no demonstrative follows a name as its adjective."""
    k = trig.first - 1
    if k >= 0 and view.words[k] in SUBJECT_VERB_PARTICLES:
        k -= 1
    return k >= 1 and view.words[k] in DEMONSTRATIVES and \
        any(m.last == k - 1 for m in view.mentions + view.places)


def _plain_phrase_word(view: SentenceView, k: int, time_words: frozenset[str]) -> bool:
    """words[k] may be a word of a noun phrase that names no actor: a word, no actor's, no
    preposition, clause opener, demonstrative, verb form or word of time."""
    w = view.words[k]
    bare = strip_conj(w)
    return view.is_word(k) and view.mention_at(k, k) is None and \
        not any(m.first <= k <= m.last for m in view.mentions) and \
        not roles.is_prep(w) and not roles.clitic_prep(view, k) and \
        bare not in roles.CLAUSE_OPENERS and w not in DEMONSTRATIVES and \
        bare not in SUBJECT_VERB_PARTICLES and not _verb_at(view, k) and \
        bare not in TIME_NOUNS and bare not in TIME_ADVERBS and bare not in time_words and \
        bare not in REFERRING_WORDS and w not in PRONOUN_COMPLEMENTIZERS and \
        not (k > 0 and view.words[k - 1] == ")")


def _opens_plain_phrase(view: SentenceView, first: int, last: int) -> bool:
    """The phrase words[first..last] begins as a subject does: a definite noun (المملكة) or a
    noun before a definite word (جهود المبعوث)."""
    head = strip_conj(view.words[first])
    if head.startswith("ال"):
        return not roles.is_nisba_word(head)
    return first < last and strip_conj(view.words[first + 1]).startswith("ال") and \
        not head.endswith(roles.OBJECT_PRONOUNS)  # (not لديه الكثير: a preposition's pronoun)


CLAUSE_SUBJECT_REACH = 12  # words back from a trigger to the verb whose subject it goes on with


def _nonactor_clause_subject(view: SentenceView, trig: Trigger, particles: frozenset[str],
                             time_words: frozenset[str]) -> bool:
    """A verb earlier in the trigger's clause (no stop, comma, clause opener or actor between)
    whose subject names no actor: right after it (`roles.nonactor_subject`: اللجنة، القوى،
    المحتجون، البعض) or a plain noun phrase right before it (`_plain_noun_before`): أن تزيد
    اللجنة من حجم مساعدتها، بدأت القوى السياسية الاستعداد … وعقد مشاوراتها، إن القوى بدأت …
    وعقد مشاوراتها. The trigger goes on with that subject, no actor named before."""
    for k in range(trig.first - 1, max(-1, trig.first - CLAUSE_SUBJECT_REACH), -1):
        w = view.words[k]
        if not view.is_word(k) or w in roles.CLAUSE_OPENERS or w in PRONOUN_COMPLEMENTIZERS or \
                view.mention_at(k, k) is not None:
            return False
        if _finite_verb_at(view, k, particles) and (
                roles.nonactor_subject(view, k) or _subject_then_object(view, k, time_words) or
                _plain_noun_before(view, k, time_words) is not None):
            return True
    return False


def _subject_then_object(view: SentenceView, verb: int, time_words: frozenset[str]) -> bool:
    """بدأت القوى السياسية الاستعداد: right after the verb a definite noun that names no actor,
    its adjectives (nisba words), then a second definite noun outside a preposition's phrase:
    the first is the subject, the second the object (a verb names its subject first; but in
    دعا القوى السياسية إلى التعاون the noun before the preposition is the object)."""
    k = verb + 1
    if k >= len(view.words) or not _plain_phrase_word(view, k, time_words) or \
            not strip_conj(view.words[k]).startswith("ال") or roles.is_nisba_word(view.words[k]):
        return False
    k += 1
    while k < len(view.words) and view.words[k].startswith("ال") and \
            roles.is_nisba_word(view.words[k]) and _plain_phrase_word(view, k, time_words):
        k += 1
    return k < len(view.words) and view.words[k].startswith("ال") and \
        _plain_phrase_word(view, k, time_words) and not _bare_body(view, verb + 1) and \
        not (view.words[k].endswith("ة") and view.words[verb + 1].endswith("ة"))


def _finite_verb_at(view: SentenceView, k: int, particles: frozenset[str]) -> bool:
    """words[k] is a finite verb: a verb form of the dictionaries, an imperfect after أن، لم، لن
    (events.json `present_particles`: أن تزيد), or a past form of the third person feminine
    (بدأت، قامت; four letters or more, no article, not a plural in ات)."""
    w = strip_conj(view.words[k])
    if _verb_at(view, k):
        return True
    if k > 0 and view.words[k - 1] in particles and w[:1] in ("ي", "ت"):
        return True
    return len(w) >= 4 and w.endswith("ت") and not w.endswith("ات") and not w.startswith("ال")


def _add_mention(kept: Event, ev: Event) -> None:
    """The mentions of `ev` added to those of `kept`, the event it reports again."""
    have = {(m.sentence, m.start) for m in kept.mentions}
    kept.mentions += [m for m in ev.mentions if (m.sentence, m.start) not in have]


def _last_told_violence(out: list[Event], ev: Event) -> Event | None:
    """The last event of `out` that is an act of violence told as done: the act a foiled noun
    referring back (`ev`) names (see `_merge`), when it is one of the same kind (شن مسلحون
    هجوماً … أحبط الجيش الهجوم; not دمرت 12 آلية … إفشال الهجوم), of no other date, with no
    other actor where both name one."""
    if ev.modality not in FACTUAL:
        return None
    kept = next((x for x in reversed(out) if x.plover in VIOLENCE and x.modality in FACTUAL),
                None)
    if kept is None or kept.cameo[:2] != ev.cameo[:2] or \
            kept.date_source == ev.date_source == "expression" and kept.date != ev.date:
        return None
    if not all(_unnamed(a) or _unnamed(b) or _compatible(a, b)
               for a, b in ((kept.source, ev.source), (kept.target, ev.target))):
        return None
    return kept


def _unnamed(r: ActorRef | None) -> bool:
    """No actor: none, or the empty reference of an event whose source is not known."""
    return r is None or not (r.actor_code or r.canonical)


def _object_genitive_before(view: SentenceView, trig: Trigger, m: roles.Mention,
                            time_words: frozenset[str]) -> tuple[roles.Mention | None, bool] | None:
    """قصفت الطائرات مواقع داعش وقتلت عناصر التنظيم: the actor right before a verb joined by و
    is the genitive of the object of the verb before it (a noun with no article between that
    verb, or its subject, and the actor), not the subject of the second verb, which goes on
    with the first one's. Returns the first verb's subject when it is an actor (or None) and
    whether it had a subject of its own (a plain noun: the aircraft, which name no one), else
    None when the actor is no such genitive."""
    noun = m.first - 1
    if trig.kind != "verb" or "c" not in trig.strip or m.last != trig.first - 1 or noun < 1 or \
            not _plain_phrase_word(view, noun, time_words) or \
            strip_conj(view.words[noun]).startswith("ال"):
        return None
    k = noun - 1
    subject = view.mention_ending_at(k)
    if subject is not None and not subject.in_pp:
        k = subject.first - 1
    else:
        subject = None
        while k > 0 and noun - k <= 3 and _plain_phrase_word(view, k, time_words) and \
                view.words[k].startswith("ال"):
            k -= 1  # (the first verb's subject and its adjective: الطائرات الحربية)
    if k < 0 or not _verb_at(view, k) or roles.boundary_between(view, k, noun, soft=True):
        return None
    return subject, subject is not None or k < noun - 1
