"""Evaluations: what a speaker says ABOUT an actor inside a direct quote, coded as an event from
the speaker to that actor — praise and endorsement (CAMEO 051), criticism (111), accusation (112),
the PLOVER/ICEWS habit of coding verbal evaluations.

«روسيا بلد صديق» said by Rouhani is Iran's government praising Russia; «التحالف الأميركي الداعم
للإرهابيين» said by Khamenei accuses the United States. The ordinary trigger loop skips what is
said inside quotes (speech content); this module reads the quotes for evaluative expressions (the
`evaluations` of the events dictionary, `lexicon/data/evaluations.json`, matched through their own
index `CompiledEvents.speech_index`) and links each to the actor it evaluates by position:

- `before`: the actor right before the words (روسيا بلد صديق، التحالف الأميركي الداعم للإرهاب،
  إن قطر تدعم الإرهاب), with at most two link words between (a head noun or pronoun: بلد، دولة،
  هي، ليست);
- `after`: the actor right after them, as the genitive or the object (دعم الحكومة السورية، عدوان
  إسرائيل، نثمّن دور روسيا، ندين العدوان الإسرائيلي);
- `nisba`: only the relational adjective right after them (الاحتلال الإسرائيلي).

Source = the quote's speaker (skipped when unknown or without an actor code), or the subject the
quote names for a verbal noun of doing (روسيا يجب أن تتوقف عن دعم الأسد: Russia's support, which
the speaker reports), target = the evaluated actor (never the speaker itself or its own country); modality asserted, or negated
when the quote negates it (ليست صديقة، لا ندعم، غير الشرعي); date = the date the speech gets: a date
expression of the sentence outside quotes, else the article's default. One event per (speaker,
target, CAMEO root) and quote in a sentence; repeats across the sentences of one quote merge in the
stage (they share the pattern key `evaluation@<quote start>`).
"""

from __future__ import annotations

import dataclasses

from marsad.dates.extract import is_dated
from marsad.document import ActorRef, Document, Event, Mention as EvMention, Quote
from marsad.events import roles
from marsad.events.modality import modality
from marsad.events.patterns import (CompiledEvents, Pattern, Trigger, blocked_by_neighbours,
                                    find_triggers)
from marsad.events.roles import Mention, SentenceView
from marsad.lexicon.grammar import grammar_words
from marsad.quotes.pairs import speakers_of
from marsad.text.normalize import fold

QUOTE_KINDS = ("direct", "partial")
AFTER_GAP = 1  # words between an 'after' expression and its actor (دعم جهود روسيا)
VERB_AFTER_GAP = 2  # after the speaker's own verb (نشيد بموقف روسيا، ندين بشدة العدوان)
LINK_GAP = 2  # link words between an actor and a 'before' expression (روسيا ليست بلداً صديقاً)
DOER_GAP = 5  # words between an actor the quote names and its verbal noun (روسيا يجب أن تتوقف عن)
VERB_PREPS = frozenset(fold(w) for w in ("مع", "إلى", "الى"))
KEPT_MODALITIES = frozenset({"negated", "conditional", "hypothetical"})


def code_quotes(doc: Document, view: SentenceView, compiled: CompiledEvents,
                default_date: tuple[str | None, str], keys: list[frozenset[str]],
                taa: list[bool]) -> list[tuple[Event, str]]:
    """The evaluation events of one sentence (its match keys and ة flags as the stage computed
    them, `patterns.sentence_keys`): for every direct or partial quote with a known speaker that
    overlaps it, the evaluative expressions inside the quote. Returns (event, merge key) pairs as
    the stage's `_code_sentence` does."""
    if not view.tokens or not compiled.speech_index:
        return []
    a, b = view.tokens[0].start, view.tokens[-1].end
    # (a quote of two speakers with no whole code in common: one copy per speaker, pairs.py)
    quotes = [dataclasses.replace(q, speaker=s) if s is not q.speaker else q
              for q in doc.quotes if q.kind in QUOTE_KINDS and q.start < b and a < q.end
              and q.speaker is not None for s in speakers_of(doc, q.speaker) if s.actor_code]
    if not quotes:
        return []
    triggers = find_triggers(view.words, compiled, keys, taa, speech=True)
    out: list[tuple[Event, str]] = []
    seen: set[tuple] = set()
    for trig in triggers:
        head = view.tokens[trig.head]
        # the quote holding the words (the first, when a partial quote repeats part of another)
        q = next((q for q in quotes if q.start <= head.start < q.end
                  and view.tokens[trig.last].end <= q.end), None)
        if q is None:
            continue
        if any(m.entity.start <= head.start < m.entity.end for m in view.mentions):
            continue  # part of a name (عبد العزيز الحكيم)
        pat = compiled.patterns[trig.pattern]
        if blocked_by_neighbours(keys, trig, pat):
            continue
        said = [x for x in quotes if (x.start, x.end) == (q.start, q.end)]  # (each speaker)
        for q, target in ((x, t) for x in said for t in _evaluated(view, trig, pat, x, compiled)):
            ref = roles.actor_ref(target.entity)
            if _same_actor(q.speaker, ref):
                continue  # the speaker evaluating itself or its own country
            doer = _quoted_doer(view, trig, pat, q)
            if doer is not None and doer.canonical == ref.canonical:
                continue
            key = (q.start, q.speaker.canonical, ref.actor_code or ref.canonical, pat.cameo[:2])
            if key in seen:
                continue
            seen.add(key)
            out.append((_event(doc, view, trig, pat, q, ref, compiled, default_date, doer),
                        f"evaluation@{q.start}"))
    return out


def _quoted_doer(view: SentenceView, trig: Trigger, pat: Pattern, q: Quote) -> ActorRef | None:
    """The subject the quote names for a verbal noun of doing (روسيا يجب أن تتوقف عن دعم الأسد،
    على إيران أن توقف دعم الحوثيين): the support is that actor's, which the speaker reports,
    not the speaker's own endorsement. The nearest actor before the noun in the quote, not in a
    preposition phrase (but على X أن: X must), the subject of a verb or أن between them, with only
    words between, no comma, and no clause opener but أن; None for the speaker's own (دعمنا)
    or when the quote names no subject."""
    if trig.kind != "noun" or pat.genitive != "patient" or _has_enclitic(trig):
        return None
    for m in reversed(view.mentions):
        if m.last >= trig.first or not (q.start <= m.entity.start and m.entity.end <= q.end):
            continue
        gap = range(m.last + 1, trig.first)
        if len(gap) > DOER_GAP or any(not view.is_word(k) or view.words[k] in roles.COMMAS or (
                view.words[k] in grammar_words().clause_openers and
                view.words[k] not in grammar_words().complementizers)
                for k in gap):
            return None  # (روسيا دولة مهمة، ودعم المعارضة: another clause)
        must = m.first > 0 and view.words[m.first - 1] == "علي" and \
            m.last + 1 < len(view.words) and view.words[m.last + 1] == "ان"
        if m.in_pp and not must:
            continue
        if not must and not any(k in view.verbs or view.words[k] in grammar_words().complementizers
                                for k in gap):
            return None  # (الحفاظ على وحدة سوريا ودعم الحكومة: a genitive, no subject)
        return roles.actor_ref(m.entity)
    return None


# -- which actor an expression evaluates -------------------------------------------------------
def _evaluated(view: SentenceView, trig: Trigger, pat: Pattern, q: Quote,
               compiled: CompiledEvents) -> list[Mention]:
    inside = [m for m in view.mentions if q.start <= m.entity.start and m.entity.end <= q.end]
    if pat.evaluates == "before":
        return _before(view, trig, inside, q, compiled)
    return _after(view, trig, pat, inside, compiled)


def _before(view: SentenceView, trig: Trigger, inside: list[Mention], q: Quote,
            compiled: CompiledEvents) -> list[Mention]:
    """The actor the words are said of: right before them, only link words between (روسيا بلد
    صديق، أميركا هي الداعم), or the subject between a verb and its object (تدعم قطر الإرهاب)."""
    if _third_person_enclitic(view, trig):
        return []  # شرعيته، حليفها: the attribute of someone the pronoun names, not of the actor
    if trig.kind in ("verb", "phrase") and trig.form.person.startswith("1"):
        return []  # ندعم … الإرهاب: what the speaker does is no accusation of another
    if trig.kind == "phrase":
        if any(roles.is_prep(view.words[k]) for k in range(trig.head + 1, trig.last)):
            return []  # ندعم سوريا ضد الإرهاب: the object stands in a preposition phrase
        between = [m for m in inside if trig.head < m.first and m.last < trig.last]
        if between:
            return roles.coordinated(view, between[0])
    links = compiled.contexts.get("evaluation_links", frozenset())
    prev = [m for m in inside if m.last < trig.first]
    if not prev:
        return []
    m = prev[-1]
    gap = list(range(m.last + 1, trig.first))
    if len(gap) > LINK_GAP or any(view.words[k] not in links for k in gap):
        return []
    if _of_third_party(view, trig, inside, q):
        return []
    return _group_ending_at(view, m)


def _after(view: SentenceView, trig: Trigger, pat: Pattern, inside: list[Mention],
           compiled: CompiledEvents) -> list[Mention]:
    """The actor right after the words: the genitive (دعم الحكومة، عدوان إسرائيل), the relational
    adjective (العدوان الإسرائيلي) or the object of the speaker's own verb (ندعم سوريا)."""
    verb = trig.kind in ("verb", "phrase")
    own = _first_person_enclitic(view, trig)
    if not verb and _has_enclitic(trig) and not own:
        return []  # عدوانها، دعمه: the pronoun is the agent, someone the quote named before
    reach = VERB_AFTER_GAP if verb else AFTER_GAP
    nxt = next((m for m in inside if m.first > trig.last), None)
    if nxt is None:
        return []
    gap = list(range(trig.last + 1, nxt.first))
    words = [k for k in gap if view.is_word(k)]
    if len(words) > reach or len(words) != len(gap) or any(
            roles.is_prep(view.words[k]) and view.words[k] not in VERB_PREPS for k in gap):
        return []  # a stop, a comma or a preposition (العدوان على سوريا: the victim)
    nisba = _is_nisba(view, nxt)
    if pat.evaluates == "nisba" and not (nisba and not gap):
        return []
    if nisba and not verb and any(roles.has_prep_clitic(view.words[k]) for k in gap):
        return []  # الإرهاب وبالتدخلات الإيرانية: the adjective describes the noun between
    if gap and not verb and not nisba:
        # one noun may stand between a noun and its actor (دعم جهود مصر، جرائم قوات النظام),
        # a verb may not (بؤرة للإرهاب تهدد الشعب): the noun must be a known head
        heads = compiled.contexts.get("evaluation_heads", frozenset())
        if any(compiled.analyse(view.words[k])[1].isdisjoint(heads) for k in gap):
            return []
    lead = _pp_clitic(view, nxt)
    if lead:
        # بـ / لـ on the actor: the object of the speaker's own verb right after it (نرحب
        # بروسيا) or after our own support (دعمنا لسوريا); otherwise the actor is no genitive
        # (الدعم للجنود، نرحب بعودتهم للجيش: the لـ belongs to the noun between)
        prev = view.words[nxt.first - 1] if nxt.first > 0 else ""
        if not ((verb or own) and (not gap or prev in VERB_PREPS)):
            return []
    if not verb and pat.genitive == "patient":
        if nisba and not own:
            return []  # الدعم الأميركي: the relational adjective names the supporter
        if _followed_by_beneficiary(view, nxt):
            return []  # دعم إيران للحوثيين: a supporter and the supported, both third actors
    return roles.coordinated(view, nxt)


def _pp_clitic(view: SentenceView, m: Mention) -> str:
    """The preposition (ب / ل) a mention stands after, as a clitic of its first word, or ""
    (the genitive of a noun in a PP, بدعم الحكومة, is not in a PP of its own)."""
    w = view.words[m.first]
    w = w[1:] if w[:1] in "وف" and len(w) > 4 else w
    if m.in_pp and not m.pp_genitive:
        return roles.has_prep_clitic(w) or "x"
    if w.startswith(("لل", "بال")):  # the clitic inside the mention's own text: للأمم المتحدة
        return w[0]
    return ""


def _group_ending_at(view: SentenceView, m: Mention) -> list[Mention]:
    """The coordinated actors ending with `m` (روسيا والصين بلدان صديقان → both)."""
    for x in view.mentions:
        if x.first >= m.first:
            break
        group = roles.coordinated(view, x)
        if any(g is m for g in group):
            return group
    return [m]


def _of_third_party(view: SentenceView, trig: Trigger, inside: list[Mention], q: Quote) -> bool:
    """صديق / حليف OF another actor (إيران حليفة لسوريا): a relation between third actors, not
    the speaker's own evaluation — unless that other actor is the speaker's side (شريك لإيران
    said by Iran's president)."""
    k = trig.last + 1
    if k >= len(view.words) or roles.has_prep_clitic(view.words[k]) != "ل":
        return False
    m = next((x for x in inside if x.first == k), None)
    return m is not None and not _same_actor(q.speaker, roles.actor_ref(m.entity))


def _followed_by_beneficiary(view: SentenceView, m: Mention) -> bool:
    k = m.last + 1
    return k < len(view.words) and (roles.has_prep_clitic(view.words[k]) == "ل" or
                                    view.words[k] in ("ل", "ضد"))


def _has_enclitic(trig: Trigger) -> bool:
    return "e" in trig.strip or "y" in trig.strip


def _first_person_enclitic(view: SentenceView, trig: Trigger) -> bool:
    """دعمنا، تأييدي، صديقتنا: the speaker's own."""
    return "y" in trig.strip or ("e" in trig.strip and view.words[trig.head].endswith("نا"))


def _third_person_enclitic(view: SentenceView, trig: Trigger) -> bool:
    return _has_enclitic(trig) and not _first_person_enclitic(view, trig)


def _is_nisba(view: SentenceView, m: Mention) -> bool:
    """A one-word relational adjective (الإسرائيلي، الأميركية) standing for its country."""
    if m.first != m.last:
        return False
    return m.entity.how == "nisba" or roles.is_nisba_word(view.words[m.first])


# -- the event ----------------------------------------------------------------------------------
def _event(doc: Document, view: SentenceView, trig: Trigger, pat: Pattern, q: Quote,
           target: ActorRef, compiled: CompiledEvents, default_date,
           doer: ActorRef | None = None) -> Event:
    """The speaker's evaluation of `target`; with a `doer` the quote names, that actor's act,
    reported by the speaker."""
    a = view.tokens[trig.first].start
    b = view.tokens[trig.last].end
    date, date_source = _speech_date(doc, view, q, default_date)
    mod = _modality(view, trig, compiled)
    return Event(
        source=doer or dataclasses.replace(q.speaker), target=target, cameo=pat.cameo,
        plover=pat.plover, quad_class=pat.quad_class, goldstein=pat.goldstein, date=date,
        modality="reported" if doer is not None and mod == "asserted" else mod,
        reported_by=dataclasses.replace(q.speaker) if doer is not None else None,
        sentence=view.index, evidence={"start": a, "end": b}, plover_mode=pat.plover_mode,
        date_source=date_source, trigger=doc.text[a:b], mentions=[EvMention(view.index, a, b)])


def _modality(view: SentenceView, trig: Trigger, compiled: CompiledEvents) -> str:
    """asserted: the evaluation is the speaker's own act; negated (ليست صديقة، لا ندعم، غير
    الشرعي), conditional or hypothetical when the quote says so."""
    if trig.first > 0 and view.words[trig.first - 1] in compiled.contexts.get(
            "evaluation_negators", frozenset()):
        return "negated"
    mod = modality(view.words, trig.first, trig.last, compiled.cues, trig.strip)
    return mod if mod in KEPT_MODALITIES else "asserted"


def _speech_date(doc: Document, view: SentenceView, q: Quote, default):
    """When the speaker spoke: a date expression of the sentence outside the quotes (the one
    nearest the quote's cue), else the article's default date."""
    a, b = view.tokens[0].start, view.tokens[-1].end
    anchor = q.cue_start if q.cue_start is not None else q.start
    quoted = [(x.start, x.end) for x in doc.quotes if x.kind in QUOTE_KINDS]
    best = None
    for d in doc.dates:
        if not (a <= d.start < b) or not is_dated(d.value, d.granularity) or \
                any(s <= d.start < e for s, e in quoted):
            continue
        dist = abs(d.start - anchor)
        if best is None or dist < best[0]:
            best = (dist, d)
    return (best[1].value, "expression") if best else default


def _same_actor(speaker: ActorRef, target: ActorRef) -> bool:
    """The speaker itself (same actor or name), or its own country (Rouhani and إيران)."""
    if speaker.actor_id and target.actor_id and speaker.actor_id == target.actor_id:
        return True
    if speaker.canonical and speaker.canonical == target.canonical:
        return True
    sc, tc = speaker.actor_code or "", target.actor_code or ""
    return bool(sc and tc) and (sc == tc or (sc[:3] == tc[:3] and (
        len(tc) == 3 or target.type in ("GPE", "LOC"))))
