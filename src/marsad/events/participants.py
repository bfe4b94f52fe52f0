"""Who did it to whom: the source and target of a trigger beyond the plain
subject and object `marsad.events.roles` finds (passives, relative clauses,
fronted and carried subjects, doers of attack nouns, victims, speakers).

Part of the events stage (`marsad.stages.events`).
"""

from __future__ import annotations

import dataclasses

from marsad.document import ActorRef, Document, Entity, Event
from marsad.events import roles
from marsad.events.clauses import (IN_WORDS, MIN, TARGETING_REACH, TOLL_CODES, _adjective_ending,
                                   _adjective_form, _bare_triliteral, _clause_start,
                                   _governing_word, _is_nominal, _no_object_at, _purpose, _relative,
                                   _same_actor, _verb_at, _verbal_noun, result_verbs, results_by,
                                   span_units)
from marsad.actors.person_names import KUNYA, NASAB_OR_FAMILY
from marsad.events.detection import _clause_leads, _describes_attack
from marsad.events.placing import envoy_words, place_head_words
from marsad.events.framing import _result_verb, joined_plural_act
from marsad.events.modality import modality
from marsad.events.patterns import CompiledEvents, Pattern, Trigger, word_keys
from marsad.events.register import GUARDED, Register, VIOLENCE
from marsad.events.roles import STATE_ROLES, SentenceView
from marsad.actors.coref import possessed_office
from marsad.dates.numbers import number_tables
from marsad.lexicon.grammar import grammar_words
from marsad.quotes.pairs import PAIR_JOIN, speakers_of
from marsad.text.article import has_article
from marsad.text.normalize import DROPPED_RE, fold, strip_conj


# PASSIVE_AUX: grammar.json category `passive_aux` (read by grammar_words())

DAMMA = "\u064f"

STATE_LAST_SUBJECT = "events.last_subject"
STATE_LAST_OBJECT = "events.last_object"  # (position, target) of the last event coded
# (position, person, tense) of the verb whose subject STATE_LAST_SUBJECT holds, if a verb
STATE_LAST_SUBJECT_VERB = "events.last_subject_verb"
# (position, pronoun, doer) of the last act of violence coded that a noun names (شن مسلحون
# هجوماً): the pronoun that stands for the noun (ه، ها) and the act's source
STATE_LAST_ACT = "events.last_act"
# CAMEO 111, criticising or condemning: its object may be an act (وأدانته الحكومة)
CONDEMN = "111"

# (position, source, target) of the last arrest or abduction coded: who holds whom, the
# releaser of a release told in the passive with no agent (أفرج عنه)
STATE_LAST_HOLD = "events.last_hold"
HOLD_CODES = ("173", "181")  # CAMEO: arrest, detain; abduct, take hostage
QAD = fold("قد")
# SINGULAR: grammar.json category `singular_pronouns` (read by grammar_words())
RELEASE = "084"  # CAMEO: return, release
REDUCE_RELATIONS = "16"  # CAMEO: reduce relations (recall an envoy: the post is the target)

# A preposition with a pronoun after a verb (بحث معه): the pronoun stands for the last target.
# (paragraph, SentenceView) of the sentences coded before the current one, the last
# `EARLIER_SENTENCES` of them: where a pronoun with no referent in its own sentence is sought
STATE_EARLIER_VIEWS = "events.earlier_views"
EARLIER_SENTENCES = 2
# WITH_PRONOUNS: grammar.json category `with_pronouns` (read by grammar_words())


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
    if not any(view.words[k] in grammar_words().with_pronouns
               for k in range(trig.last + 1, min(len(view.words), trig.last + 3))):
        return None
    return _earlier_in_sentence(doc, STATE_LAST_OBJECT, view, trig)


def _joined_act_target(doc, view: SentenceView, trig: Trigger, pat: Pattern) -> ActorRef | None:
    """The target of the act coded right before a plural verb of harm joined to it by و
    (`framing.joined_plural_act`: قتل المسلحون ثلاثة جنود وجرحوا عشرة آخرين) when the joined
    verb has no object of its own (a preposition, a time or the end follows) or only "others",
    counted or not (عشرة آخرين، وأصابوا آخر): the others are of the same people. None
    otherwise, or when another verb stands between the two acts."""
    if pat.plover not in VIOLENCE or not joined_plural_act(view, trig):
        return None
    k = trig.last + 1
    if not (_no_object_at(view, k) or _others_counted(view, k) or roles.is_prep(view.words[k])
            or view.words[k] in grammar_words().others_words  # (وأصابوا آخر، وجرحوا آخرين)
            or roles.clitic_prep(view, k) or view.words[k] in grammar_words().time_adverbs):
        return None
    last = doc.state.get(STATE_LAST_OBJECT)
    if not last or not view.tokens[0].start <= last[0] < view.tokens[trig.first].start:
        return None
    before = [i for i in range(trig.first) if view.tokens[i].start >= last[0]]
    counts = grammar_words().count_words  # (اثنين، ثلاثة: no verb, whatever the dictionary)
    if not before or any(i in view.verbs and view.words[i] not in counts for i in before[1:]) or \
            any(view.tokens[i].text in roles.HARD_STOPS for i in before):
        return None  # (the act before is the verb right before, in the same clause)
    return last[1]


def _coordinated_subject(doc, view: SentenceView, trig: Trigger,
                         plural_head=None) -> ActorRef | None:
    """A verb joined by و/ف with no subject of its own shares the subject of the verb coded
    before it in the same sentence (not the object of that verb, which stands nearer).
    `plural_head(mention)`: whether an actor names many (for ثم, `_then_subject`)."""
    if trig.kind != "verb":
        return None
    if "c" not in trig.strip:
        return _then_subject(doc, view, trig, plural_head)
    return _earlier_in_sentence(doc, STATE_LAST_SUBJECT, view, trig)


# the persons a verb after ثم may have when the verb before, singular, had a plural subject after
# it (هاجم المسلحون … ثم قتلوا: the verb first agrees in gender only, the one after in number)
SINGULAR_TO_PLURAL = {"3ms": ("3mp",), "3fs": ("3fp", "3mp")}


def _then_subject(doc, view: SentenceView, trig: Trigger, plural_head=None) -> ActorRef | None:
    """اعتقلت الشرطة الناشط ثم أفرجت عنه: ثم joins the verb to the one before as و does, when
    the verb coded before in the sentence has its person and tense (it agrees with the same
    subject; not ثم فجّر نفسه after another's verb). A singular verb before its plural subject
    (`plural_head`; هاجم المسلحون الجيش ثم قتلوا) goes on with a plural verb after ثم, of the
    same tense and gender (twentieth session)."""
    verb = doc.state.get(STATE_LAST_SUBJECT_VERB)
    if trig.first == 0 or view.words[trig.first - 1] not in grammar_words().and_then or \
            not verb or verb[2] != trig.form.tense:
        return None
    carried = _earlier_in_sentence(doc, STATE_LAST_SUBJECT, view, trig)
    if verb[1] == trig.form.person:
        return carried
    if carried is None or plural_head is None or carried.start is None or \
            carried.start < verb[0] or \
            trig.form.person not in SINGULAR_TO_PLURAL.get(verb[1], ()):
        return None
    m = next((m for m in view.mentions if m.entity.start == carried.start), None)
    return carried if m is not None and plural_head(m) else None


# the roles of a body of the state that news resumes with a plural verb (اعتقلت الشرطة … ثم
# أفرجوا عنهم، هاجم الجيش … ثم قتلوا): its men
COLLECTIVE_ROLES = frozenset({"COP", "MIL", "SPY"})


def _collective_body(m: roles.Mention) -> bool:
    """The actor `m` is a body of armed men of the state (COLLECTIVE_ROLES: الشرطة، الجيش،
    المخابرات), named by a noun, not a person: a plural verb after ثم may go on with it."""
    return m.entity.type == "ORG" and (m.entity.actor_code or "")[-3:] in COLLECTIVE_ROLES


# AND_THEN: grammar.json category `and_then` (read by grammar_words())
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
        w in grammar_words().time_adverbs


def _others_counted(view: SentenceView, k: int) -> bool:
    """A count at `k` followed by "others" (اثنين آخرين، ثلاثة آخرون، # آخرين)."""
    return k + 1 < len(view.words) and (view.words[k] == "#" or view.words[k] in
                                        grammar_words().count_words) and \
        view.words[k + 1] in grammar_words().others_words


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


REFERENT_REACH = 20  # words from the actor a verb's pronoun stands for to the verb
TIME_CLAUSE_REACH = 12  # words from a toll to the عندما / حين of the act it fell in
FIMA = fold("فيما")
BARRING_REACH = 4  # words from a verb that bars a protest to the protest's noun
BATTLE_REACH = 8  # words from a toll (or its victims) to the battle noun it fell in
WITH = fold("مع")
# {(sentence index, battle noun's position): the dead of a toll whose killers were read after
# the noun's مع} (`ParticipantRules._battle_enemy`, read by `_clash_side`)
STATE_BATTLE_DEAD = "events.battle_dead"
CONDEMNED_REACH = 14  # words from a verb of condemning to the verbal noun in its object
ARTICLE = fold("ال")
# the pronoun that resumes the antecedent of a relative pronoun in its clause (التي قصفتها، التي
# قصفت القوات مناطق فيها)
RELATIVE_ENDINGS = {fold("التي"): fold("ها"), fold("الذي"): fold("ه"), fold("الذين"): fold("هم")}
# words (besides grammar.json's then_words and the complementizers) that open a clause whose
# verb's object pronoun may stand for an actor named before (عندما هاجمهم; not ما اقترحه، التي دعمها)
# PRONOUN_CLAUSE_LEADS: grammar.json category `pronoun_clause_leads` (read by grammar_words())


def _opens_own_clause(view: SentenceView, trig: Trigger) -> bool:
    """The verb opens a clause of its own: with و or ف on it or on قد before it, after a comma
    or a word of `PRONOUN_CLAUSE_LEADS`, `then_words` or a complementizer (not after a relative
    pronoun, ما or the noun its clause describes)."""
    if "c" in trig.strip:
        return True
    k = trig.first - 1
    if k >= 0 and view.words[k] in grammar_words().qad_words:  # قد: the clause opens before it
        if view.words[k] != fold("قد"):
            return True  # وقد أدانته الحكومة: the clause opens with و on قد
        k -= 1  # ، قد استقبله: قد opens the verb's clause as the verb would
    w = view.words[k] if k >= 0 else ""
    gw = grammar_words()
    return w in roles.COMMAS or w in gw.pronoun_clause_leads or w in gw.then_words or \
        w in gw.complementizers


def _person_plural_subject(view: SentenceView, trig: Trigger) -> bool:
    """An indefinite broken plural of persons (words.json `person_plurals`: خبراء، علماء،
    قادة) right after a verb of the third person singular is its subject, naming no known actor
    (وينتقد خبراء عرب الحكومة), as a plural in ون is (`roles.nonactor_subject`). A broken plural
    shows no case: not after a plural verb, nor with an actor right before the verb or a
    pronoun subject (الرئيس استقبل خبراء، أنه استقبل خبراء: the verb's object)."""
    k = trig.last + 1
    if trig.kind != "verb" or k >= len(view.words) or \
            trig.form.person not in ("3ms", "3fs", "3f/2s") or \
            view.words[k] not in view.person_plurals or roles.mention_at_word(view, k) or \
            (k + 1 < len(view.words) and (view.words[k + 1].startswith("ال") or
                                          third_person_pronoun(view, k + 1))):
        return False  # (سفراء الدول الأعضاء في الحلف، زعماء بعضها: its genitive may name the
        # body, or its pronoun stand for one named before)
    before = next((m for m in reversed(view.mentions) if m.last < trig.first), None)
    return not (before is not None and trig.first - before.last <= 2 and not before.in_pp) and \
        not (trig.first > 0 and
             view.words[trig.first - 1] in grammar_words().pronoun_complementizers)


def _clause_end(view: SentenceView, k: int) -> int:
    """Where the clause going on at `k` ends: the first stop, clause opener, verb or comma from
    `k` on (the end of the sentence when none). Not a comma before a preposition: it closes an
    apposition (قام بها ولي العهد، وزير الدفاع، لمصر أمس)."""
    w = view.words
    return next((j for j in range(k, len(w)) if w[j] in roles.HARD_STOPS or
                 w[j] in grammar_words().clause_openers or j in view.verbs or
                 (w[j] in roles.COMMAS and not _prep_next(view, j + 1))), len(w))


def _prep_next(view: SentenceView, k: int) -> bool:
    """The word at `k` opens a preposition phrase (a preposition, or one joined to it: لمصر)."""
    return k < len(view.words) and (roles.is_prep(view.words[k]) or
                                    bool(roles.clitic_prep(view, k)))


# third-person pronouns at the end of a word, longest first (استقبالهما، عليهم، استقبالها)
# THIRD_PERSON_PRONOUNS: grammar.json category `third_person_pronouns` (read by grammar_words())


def third_person_pronoun(view: SentenceView, k: int) -> str:
    """The third-person pronoun the word at `k` ends with as written (عليه → ه, استقبالهم →
    هم), or "". Read on the unfolded text: folding writes ة as ه. Only for a word known to
    carry a pronoun."""
    text = DROPPED_RE.sub("", view.tokens[k].text)
    return next((p for p in grammar_words().third_person_pronouns if text.endswith(p)), "")


def _fronted_in_pronoun(view: SentenceView, trig: Trigger) -> bool:
    """A verbal noun with a pronoun after في, fronted as the predicate of كان (وكان في استقباله
    الوزير): the noun phrase after it is the subject of the clause and the noun's agent; the
    pronoun is its patient. (Not an adverbial: وفي لقائه مع الوزير، في هجماتها على.)"""
    return _is_nominal(trig) and "e" in trig.strip and trig.first >= 2 and \
        view.words[trig.first - 1] in IN_WORDS and \
        view.words[trig.first - 2] in grammar_words().kana_forms


VISIT = "042"  # CAMEO: make a visit (its place is where it goes, a target)
EXPEL = "174"  # CAMEO: expel or deport individuals (ترحيل، طرد، إبعاد)
# CAMEO of meetings held somewhere (intend to meet, consult, meet at a third place, mediate,
# negotiate): a city named with them is where they were held, not a party (not a visit's or a
# host's, 042 / 043: زار الرئيس طهران goes to Iran)
VENUE_CODES = ("036", "040", "044", "045", "046")

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
    return w in grammar_words().complementizers or w in ("و", "ف") or k in view.verbs or \
        roles._opens_with_and(view, m)


# appeal, consult (شارك في قمة الاتحاد الأفريقي), praise, demand, disapprove, reject
# words from a hostile act's trigger to a ضد whose actor is its target (حملة اعتقالات واسعة ضد)
AGAINST_REACH = 3


def _qualifies(view: SentenceView, trig: Trigger, j: int) -> bool:
    """The word at `j`, after a nominal trigger, may be its adjective (واسعة، العسكرية،
    الانتحاري، جوية): a word of letters that names no actor, is no verb nor preposition, and
    ends as a feminine or a relational adjective does or takes the article as the trigger's head
    does. After a verb nothing qualifies it (منعت الغارات: the strikes are its object)."""
    if trig.kind == "verb" and not _is_nominal(trig) or not view.is_word(j) or j in view.verbs or \
            roles.is_prep(view.words[j]) or view.mention_at(j, j) is not None:
        return False
    word = view.words[j]
    head = trig.last if trig.kind == "phrase" else trig.head  # (شنت حملة اعتقالات: the noun)
    definite = has_article(view.words[head]) or "a" in trig.strip and head == trig.head
    return has_article(word) == definite and (
        word.endswith(("ه", "ي", "يه", "يين", "يون")) or definite)
RESPONSE_ROOTS = frozenset({"02", "04", "05", "10", "11", "12"})

# Words before a speech verb that make it a report's source (كما قال، حسبما أفاد)
# AS_SAID: grammar.json category `as_said` (read by grammar_words())


def _demonstrative_subject(view: SentenceView, trig: Trigger) -> bool:
    """هذا يمنع، هذه الخطوة منعت، لكن هذا لا يمنع: a demonstrative, alone or with its noun, right
    before the verb (a negation may stand between) is its subject, which names no actor."""
    k = trig.first - 1
    if k >= 0 and view.words[k] in grammar_words().subject_verb_particles:
        k -= 1
    if k >= 1 and view.words[k].startswith("ال") and view.mention_at(k, k) is None and \
            view.words[k] not in grammar_words().relative_pronouns and \
            view.words[k] not in grammar_words().demonstrative_time_nouns:
        k -= 1  # (not هذه المرة، ذلك الوقت: a time; not أولئك الذين: a relative clause)
    return k >= 0 and view.words[k] in grammar_words().demonstratives and _clause_start(view, k - 1)


# nouns of time a demonstrative points to (هذه المرة، تلك الفترة): an adverb, no subject
# TIME_NOUNS: grammar.json category `demonstrative_time_nouns` (read by grammar_words())


# particles between a subject and its verb (هذا لا يمنع، الخطوة لم تمنع)
# SUBJECT_VERB_PARTICLES: grammar.json category `subject_verb_particles` (read by grammar_words())

# AGAINST_PREPS: grammar.json category `against_preps` (read by grammar_words())
# websites, not positions: مواقع التواصل، موقع الإنترنت، مواقع إلكترونية، مواقع إخبارية
# WEB_WORDS: grammar.json category `web_words` (read by grammar_words())


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


def _subject_of_result(view: SentenceView, trig: Trigger) -> bool:
    """A noun of an event right after a result verb, its subject (لم يسفر الهجوم عن إصابات، لم
    يخلف القصف أي ضحايا): a negation before the verb denies the result, not the event."""
    k = trig.first - 1
    return _is_nominal(trig) and k >= 0 and strip_conj(view.words[k]) in result_verbs()


# words after a genitive that are no accusative object (adverbs, particles)
# NOT_OBJECTS: grammar.json category `not_objects` (read by grammar_words())


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
            w in grammar_words().time_adverbs or w in grammar_words().not_objects or \
            w in grammar_words().victim_tails or k in view.verbs:
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


def _venue_city(view: SentenceView, m: roles.Mention) -> bool:
    """`m` is a city named as a place (قمة بروكسل، في نيويورك، محادثات فيينا), not as one of
    the parties: not after بين or مع, nor joined by و to an actor before it (محادثات بين الرياض
    وطهران، لقاء مع طهران: the capital stands for its government), nor after من (فعاليات من
    الزبداني: people of the town). A capital's country code is then only the actors stage's
    metonymy."""
    e = m.entity
    if (e.actor_code and e.how != "metonymy") or not (e.actor_id or "").startswith("city:"):
        return False
    before = view.words[m.first - 1] if m.first > 0 else ""
    gw = grammar_words()
    return before != BETWEEN and before not in gw.with_words and \
        before not in gw.origin_preps and not roles.joined_to_previous(view, m)


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


def _is_refugee(code: str | None) -> bool:
    """An actor code whose role is refugees or migrants (REF, SYRREF)."""
    return bool(code) and (code == "REF" or code[3:6] == "REF")


# A symmetric event with more participants than this names a forum's members, not who met whom.
_MAX_PARTIES = 6


def _uncoded_genitive(doc, view: SentenceView, trig: Trigger, head: int,
                      last: int) -> list[roles.Mention]:
    """The genitive right after a verbal noun (`roles.genitive_after`) read among the persons of
    unknown code too: the group when such a person opens it, else [] (اغتيال محمد علاونة،
    زيارة محمد علاونة إلى القاهرة: he is the noun's patient or agent as a coded genitive is).
    Only a name right after the noun (not past a word: يعارضون تلك المحادثات خاصة فلان), not
    one a coded actor follows (`_coded_after`), nor the speaker of a quote the trigger
    cues or a name inside a date (`_speaker_or_date`). Asked only when no coded actor is the
    genitive."""
    if not view.unknown_persons or _definite_word(view.words[last], view.tokens[last].text):
        return []  # (حضر اللقاء فلان: a definite noun has no genitive; the name is a subject)
    group = roles.uncoded_first(view, roles.genitive_after(roles.with_persons(view), head, last))
    if not group or group[0].first != last + 1 or _coded_after(view, group[0]) or \
            _broken_name(view, group[0]) or \
            _speaker_or_date(doc, group[0].entity, view.tokens[trig.first].start,
                             view.tokens[trig.last].end):
        return []
    return group


def _aimed_uncoded_agent(doc, view: SentenceView, trig: Trigger,
                         pat: Pattern) -> list[roles.Mention]:
    """The person of unknown code right after a noun of violence whose genitive is its agent
    (`_uncoded_genitive`), when one of the pattern's target prepositions follows him at once
    with a coded actor right after it (هجوم محمد علاونة على الشرطة): he is the agent. Else []."""
    group = _uncoded_genitive(doc, view, trig, trig.head,
                              trig.last if trig.kind == "noun" else trig.head)
    if len(group) != 1:
        return []
    k = group[0].last + 1
    if k + 1 >= len(view.words) or view.words[k] not in pat.target_preps:
        return []
    return group if any(m.first == k + 1 and m.entity.actor_code for m in view.mentions) else []


def _accusative_actor_after(doc, view: SentenceView, trig: Trigger, pat: Pattern,
                            gen: list[roles.Mention]):
    """(agent, object) of a verbal noun whose genitive, a body or a group (not a person, whose
    name may run on), has the object in the accusative right after it with no لـ (اعتقال
    الشرطة ناشطاً، اعتقال الشرطة محمد علاونة), for a noun of a transitive verb; else None. The
    object is a group or a title in the indefinite accusative (`roles.indefinite_accusative`)
    or a person of unknown code, whom `roles.build_mentions` took for the body's apposition
    (as it takes المتحدث باسم الائتلاف أحمد رمضان): the body gets its own end back. Not a place
    (قصف الجيش حلب: the place's reading is the genitive's own), nor a word with و، ف or a
    preposition."""
    if len(gen) != 1 or gen[0].entity.type != "ORG" or not pat.target_object or \
            not _verbal_noun(trig) or "e" in trig.strip:
        return None
    body = gen[0]
    k = next((i for i in range(body.first, body.last + 1)
              if view.tokens[i].start >= body.entity.end), body.last + 1)
    if k >= len(view.words) or not view.is_word(k):
        return None
    w = view.words[k]
    if w.startswith(("و", "ف")) and strip_conj(w) != w or roles.clitic_prep(view, k) or \
            roles.is_prep(w):
        return None
    if k > body.last:
        coded = next((m for m in view.mentions if m.first == k), None)
        if coded is not None and coded.entity.type in ("ORG", "PERSON") and \
                roles.indefinite_accusative(view, coded):
            return gen, roles.coordinated(view, coded)
        if _definite_body(view, body) and coded is not None and coded.entity.type == "ORG" \
                and w.startswith("ال") and coded.entity.how != "nisba" and not coded.in_quote:
            # اعتقال الشرطة المتظاهرين: a definite group or body right after a definite body
            # (not after a construct's head, قوات الاحتلال, whose genitive it would be)
            return gen, roles.coordinated(view, coded)
        return None
    # the name taken in by the body: a person of unknown code, with nothing after it in the span
    start = view.tokens[k].start
    person = next((e for e in doc.entities if e.start == start and e.type == "PERSON" and
                   not e.actor_code and e.how == "name"), None)
    if person is None or view.tokens[body.last].end > person.end or \
            not (body.entity.actor_id or "").startswith("body:") or \
            view.words[body.first].endswith("ي"):
        # (اعتقال الناشط محمد علاونة، اعتقال الشرطي فلان: a person's noun, the name his)
        return None
    named = roles.Mention(person, k, body.last, False, body.in_quote)
    if _coded_after(view, named) or _broken_name(view, named):
        return None
    return [dataclasses.replace(body, last=k - 1)], [named]


def _definite_body(view: SentenceView, body: roles.Mention) -> bool:
    """The body `body` (agents.json kind `body`: الشرطة، الجيش، قوات الأمن) ends in a definite
    word: a whole noun phrase, after which a definite noun is no genitive of its own."""
    return (body.entity.actor_id or "").startswith("body:") and \
        view.words[body.last].startswith("ال")


def _uncoded_lam_object(view: SentenceView, last: int) -> list[roles.Mention]:
    """`roles.lam_object` among the persons of unknown code too: the person with لـ right after
    a verbal noun's genitive agent (اعتقال الشرطة لمحمد علاونة), else []."""
    if not view.unknown_persons:
        return []
    group = roles.uncoded_first(view, roles.lam_object(roles.with_persons(view), last))
    return [] if group and (_coded_after(view, group[0]) or _broken_name(view, group[0])) \
        else group


def _definite_word(word: str, original: str = "") -> bool:
    """The folded word has the article, after و / ف and a preposition's letter at most
    (اللقاء، واللقاء، باللقاء، للقاء); not a noun whose إل / أل is its own (إلغاء، بإلقاء:
    folding writes them ال), read on the `original` token text when it is given, nor a verbal
    noun whose ال is its hamzat al-wasl and its root's ل (`text.article`: التزام، بالتزام)."""
    w = strip_conj(word)
    if not (has_article(w) or (w[:1] in ("ب", "ك") and has_article(w[1:])) or
            w.startswith("لل")):
        return False
    k = next((i for i, ch in enumerate(original) if ch in "إأآ"), -1)
    own = k >= 0 and all(ch in "وفبكل" for ch in original[:k]) and original[k + 1:k + 2] == "ل"
    return not own  # (but الإلغاء has the article before its own إل)


def _broken_name(view: SentenceView, person: roles.Mention) -> bool:
    """The name's first word is shorter than three letters without its conjunction and its
    preposition (لي، بنا: a pronoun the NER took for a name), as `_uncoded_target` asks, or its
    last word opens a name (محمد ابو, the NER's span cut before ماريا)."""
    stem = strip_conj(view.words[person.first])
    if roles.clitic_prep(view, person.first):
        stem = stem[1:]
    return len(stem) < 3 or view.words[person.last] in NAME_OPENERS


def _coded_after(view: SentenceView, person: roles.Mention) -> bool:
    """A coded actor right after the person of unknown code (the NER's name cut short, the
    actor its rest: عادل بن أحمد الجبير وزير الخارجية السعودي), or after a comma within three
    words (his title in apposition: أبو سياف، القيادي في تنظيم داعش): the coded reading is
    the one to keep."""
    k = person.last + 1
    return any(m.first == k or (k < len(view.words) and view.words[k] in roles.COMMAS and
                                k < m.first <= k + 3) for m in view.mentions)


def _speaker_or_date(doc, e: Entity, start: int, end: int) -> bool:
    """The entity is the speaker of a quote whose cue lies in `start`–`end` (the trigger: دعت
    عائلة محمد علاونة إلى «الإفراج عنه», the one who calls is no one called), or lies inside a
    date."""
    return any(q.speaker is not None and q.cue_start is not None and
               start <= q.cue_start < end and q.speaker.start < e.end and e.start < q.speaker.end
               for q in doc.quotes) or \
        any(d.start < e.end and e.start < d.end for d in doc.dates)


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


# Harm done to people, whose past verb news writes in the passive without its vowels (قُتل
# ثلاثة جنود): killing, wounding, abduction, arrest.
UNVOCALISED_PASSIVE_CODES = ("1823", "182", "181", "173")
# MIMMA: grammar.json category `mimma` (read by grammar_words())
ASIDE_REACH = 8  # words of an aside between commas naming the news' source (، بحسب مصادر،)
# AFTER_VICTIMS: grammar.json category `victim_circumstances` (read by grammar_words())

# the roles news names as the harmed (soldiers, civilians, policemen, journalists)
HARMED_ROLES = ("MIL", "CVL", "COP", "MED")
# a second verb of harm joined to the first (قتل وأصيب آخر): both passives
# AND_HARMED: grammar.json category `and_harmed` (read by grammar_words())
# a second plural verb of harm joined by و or after أو (قتلوا أو جرحوا، قتلوا وجرحوا)
# HARMED_PLURALS: grammar.json category `harmed_plurals` (read by grammar_words())
# OR_WORDS: grammar.json category `or_words` (read by grammar_words())
# the endings of an object pronoun on a verb (يهددهم، قتلوه)
# OBJECT_ENDINGS: grammar.json category `third_person_pronouns` (read by grammar_words())
# quote marks that open a quote (the ASCII apostrophe too: some feeds quote with it)
OPENING_QUOTES = frozenset(("«", '"', "“", "'"))
# لدى: "held by" after those a release frees, and how far after the trigger it is sought
HELD_AT = fold("لدى")
HOLDER_REACH = 6
# words between a word of chanting and the chant's quotation marks (هتفوا خلالها «)
CHANT_REACH = 3
# words an agent phrase's marker may stand before the last actor of its agents
AGENT_REACH = 6
# words between a verb of condemning and the actor that is its subject (الأمانة العامة لـ)
CONDEMNER_REACH = 3
# a preposition with the pronoun of the event named before (قتل فيه، أصيب خلالها)
# RESUMPTIVE_PPS: grammar.json category `event_resumptive_pps` (read by grammar_words())
# words that may describe or name a civilian victim before the rest of its clause (الرضيع علي دوابشة)
CIVILIAN_APPOSITION = 4
# من with the pronoun of the people counted (اعتقلت عشرة منهم)
# MIN_PRONOUNS: grammar.json category `min_pronouns` (read by grammar_words())
# relative pronouns of persons only (المدنيين الذين فروا)
# HUMAN_RELATIVES: grammar.json category `human_relatives` (read by grammar_words())
# أنّ / إنّ with the pronoun of the matter (ذكرت الصحيفة أنه قد تجمع …)
# DUMMY_COMPLEMENTIZERS: grammar.json category `dummy_complementizers` (read by grammar_words())
# "one of" before the people harmed (قتل أحد عناصر الشرطة)
# ONE_OF: grammar.json category `one_of` (read by grammar_words())
# definite counts of the people harmed (قتل المئات منهم)
# DEFINITE_COUNTS: grammar.json category `definite_counts` (read by grammar_words())
# words that open the rest of a name (the actors stage's kunya and nasab, آل, عبد): a name
# ending with one was cut short
NAME_OPENERS = KUNYA | NASAB_OR_FAMILY | {fold("عبد")}
# "of them" after a count of the object (اعتقلت الشرطة ثلاثة منهم): plural or dual only; the
# pronoun each ends with is read by `third_person_pronoun`
# OF_THEM: grammar.json category `of_them` (read by grammar_words())
# words that end the phrase of the victims without being an object (جنديان آخران على الأقل)
# OTHERS: grammar.json category `others_words` (read by grammar_words())
# VICTIM_TAILS: grammar.json category `victim_tails` (read by grammar_words())


def _nationals(view: SentenceView, m: roles.Mention) -> bool:
    """A nisba alone in the dual or the plural (عراقيان، فرنسيون، أمريكيين): people of that
    country, not the country acting."""
    w = view.words[m.first]
    return m.first == m.last and m.entity.how == "nisba" and m.entity.type == "GPE" and \
        w.endswith(("يان", "يين", "يون"))


def _unvocalised_passive(view: SentenceView, trig: Trigger, pat: Pattern,
                         contexts: dict[str, frozenset[str]] | None = None) -> bool:
    """قتل 20 شخصاً، قتل ثلاثة جنود في …، جرح مدني أمس: a past verb of harm at the head of its
    clause, followed by a count or by the people harmed and then no object (a preposition, a time
    or the end), is the passive the news means; the active names its agent and then its victims
    (قتل مسلحون ثلاثة جنود). With the events dictionary's `contexts`: a count may open with a
    word of `gather_quantifiers` (قتل أكثر من 750 شخصاً، قتل نحو 40 مسلحاً), and an aside
    naming the news' source between commas after the subject (`aside_openers`) leaves the verb
    active (اعتقلت الشرطة، بحسب مصادر محلية، عشرة ناشطين)."""
    contexts = contexts or {}
    if trig.kind != "verb" or trig.form.tense != "past" or "e" in trig.strip or \
            not pat.cameo.startswith(UNVOCALISED_PASSIVE_CODES):
        return False  # (مسلحين قتلوه: the object pronoun makes it the active)
    resumed = _resumed_victims(view, trig)
    if resumed is not None:
        trig = resumed  # الهجوم الذي قتل فيه عشرات المدنيين: the people harmed after فيه
    if _relative_owner_harmed(view, trig):
        return True  # البصرة التي قتل أحد متظاهريها: its protester was killed
    if trig.form.person in ("3mp", "3md", "3fd"):
        # مدنيين كانوا قد قتلوا خلال العيد، جنديين قتلا في الهجوم: a plural or dual verb of harm
        # with no object after it (a preposition, a time or the end follows) is the passive, its
        # subject before it the victims; with an object it is the active (وخطفوا اثنين)
        k = trig.last + 1
        return _no_object_at(view, k) or view.words[k] in grammar_words().victim_circumstances or \
            view.words[k] in grammar_words().time_adverbs or \
            view.words[k] in grammar_words().harmed_plurals or \
            view.words[k] in grammar_words().and_harmed or (  # قتلوا وأصيب عشرات آخرون
                view.words[k] in grammar_words().or_words and k + 1 < len(view.words) and
                view.words[k + 1] in grammar_words().harmed_plurals)  # قتلوا أو جرحوا في القصف
    if trig.form.person not in ("", "3ms", "3fs"):
        return False
    before = view.mention_ending_at(trig.first - 1)
    if before is None:
        # وكانت رئيسة الوزراء، بي نظير بوتو، قد قتلت في هجوم: a person before قد, the verb of
        # harm with no object after it, was harmed
        before = _person_before_qad(view, trig)
    if before is None or (before.entity.actor_code or "")[-3:] not in HARMED_ROLES:
        # أن جندياً عاملاً في القوة قتل: the indefinite noun of أن, a few words before
        before = _complementizer_noun(view, trig) or before
    if before is not None and ((before.entity.actor_code or "")[-3:] in HARMED_ROLES or
                               before.entity.type == "PERSON" and
                               view.words[trig.first - 1] == QAD):
        # (إن) جندياً أميركياً قتل أمس، قتل وأصيب آخر: the people named right before a verb of
        # harm with no object after it are its victims (قتل من دون أن يكشف: no object either)
        k = trig.last + 1
        if _no_object_at(view, k) or view.words[k] in grammar_words().victim_circumstances or \
                view.words[k] in grammar_words().time_adverbs or \
                view.words[k] in grammar_words().and_harmed or _without_at(view, k):
            return True
    if trig.last + 1 >= len(view.words):
        return False
    nxt = view.words[trig.last + 1]
    if nxt in contexts.get("gather_quantifiers", ()) and trig.last + 2 < len(view.words):
        # (قتل أكثر من 750 شخصاً، قتل نحو 40: the count after its quantifier)
        k = trig.last + 2
        if view.words[k] == MIN and k + 1 < len(view.words):
            k += 1  # أكثر من
        nxt = view.words[k] if view.words[k] == "#" or \
            view.words[k] in grammar_words().count_words else nxt
    if (nxt == "#" or nxt in grammar_words().count_words) and \
            not view.words[trig.head].endswith("ت"):
        return True  # (قتلت تسعة أشخاص: a feminine subject named before killed them)
    if nxt in grammar_words().definite_counts and (
            trig.first == 0 or view.words[trig.first - 1] not in grammar_words().relative_pronouns):
        return True  # حيث قتل المئات منهم (not النظام الذي قتل الآلاف: the relative's active)
    if _harmed_by_named(view, trig):
        return True  # قتل الشاب الفلسطيني برصاص الجيش الإسرائيلي
    if _identified_harmed(view, trig):
        return True  # قتل الشاب الذي شارك في المظاهرة برصاص الشرطة
    # (قتل أحد عناصر الشرطة: "one of" before the people harmed)
    first = trig.last + 2 if nxt in grammar_words().one_of else trig.last + 1
    m = next((m for m in view.mentions if m.first == first), None)
    if m is not None and _nationals(view, m):
        return True  # قتل عراقيان، خطف فرنسيون: people named by their nationality alone
    # (عنصر في حزب الله، قيادي في حماس: a member of a body named as such, like a soldier)
    member = m is not None and roles.member_phrase(view, m)
    # (قتلت ناشطة من المعارضة في اشتباك: one named with the body he is of, then no object)
    body = _of_body(view, m) if m is not None and not member and \
        (m.entity.actor_code or "")[-3:] not in HARMED_ROLES else None
    # (قتل هشام بركات المدعي العام في مصر: a person named, of any role, then no object)
    if m is None or m.entity.type not in ("ORG", "PERSON") or \
            ((m.entity.actor_code or "")[-3:] not in HARMED_ROLES and not member and
             body is None and m.entity.type != "PERSON"):
        return False
    after = m.last + 1 if body is None else body.last + 1
    while after < len(view.words) and view.words[after] in grammar_words().time_adverbs:
        after += 1  # قتلت قوات الأمن أمس أربعة مسلحين: the object may follow the time
    if after + 1 < len(view.words) and view.words[after] in roles.COMMAS and \
            view.words[after + 1] in grammar_words().time_adverbs:
        # اعتقلت الشرطة التركية، أمس، عشرة ناشطين: the time between commas, then the object
        after += 1
        while after < len(view.words) and view.words[after] in grammar_words().time_adverbs:
            after += 1
    if after > m.last + 1 and after + 1 < len(view.words) and \
            view.words[after] in roles.COMMAS and view.is_word(after + 1) and \
            view.words[after + 1] not in grammar_words().victim_circumstances and \
            not roles.is_prep(view.words[after + 1]) \
            and not roles.opens_clause(view, after + 1) and \
            view.words[after + 1] not in grammar_words().clause_openers:
        after += 1  # قتل الجيش أمس، شاباً فلسطينياً
    if (aside := _aside_end(view, after, contexts.get("aside_openers", frozenset()))) is not None:
        after = aside + 1  # اعتقلت الشرطة، بحسب مصادر محلية، عشرة ناشطين: the object after it
    if (m.entity.actor_code or "").endswith("CVL"):
        # a civilian is the victim, seldom the killer: قتل الطفل الرضيع علي دوابشة في حريق —
        # the words that describe or name him may stand before the rest of the clause, as long
        # as no other actor (the object of an active verb) comes first
        limit = min(len(view.words), after + CIVILIAN_APPOSITION)
        # (قتل مدنيين من رجال ونساء: the people of a من phrase after them are of the victims)
        partitive = m.last + 1 < len(view.words) and view.words[m.last + 1] == MIN
        others = {k.first for k in view.mentions if k is not m and not (
            partitive and k.first - m.last <= CIVILIAN_APPOSITION and
            not any(j in view.verbs for j in range(m.last + 1, k.first)))}
        while after < limit and view.is_word(after) and \
                view.words[after] not in grammar_words().victim_circumstances \
                and after not in others and view.words[after] != "#" and \
                view.words[after] not in grammar_words().count_words:
            after += 1
    while after < len(view.words) and view.words[after] in grammar_words().victim_tails:
        after += 1  # قتل جنديان تركيان إضافيان على الأقل
    after = _past_joined_victims(view, after)  # قتل شرطيان وثلاثة مدنيين في الهجوم
    day = after
    while day < len(view.words) and view.words[day] in grammar_words().victim_days:
        day += 1  # قتل جنديان عراقيان يوم الاثنين غداة هجوم: the day told, then the circumstance
    if day > after and day < len(view.words) and \
            view.words[day] in grammar_words().victim_circumstances:
        return True
    # (قتل شرطي وأصيب آخر: a second verb of harm joined at once, both passives)
    return _no_object_at(view, after) or \
        view.words[after] in grammar_words().victim_circumstances or \
        view.words[after] in grammar_words().and_harmed


# words from a word of `ally_words` to the actor it makes an ally (جنباً إلى جنب مع الجيش)
ALLY_REACH = 4
JOINED_PLURAL_ENDING = fold("وا")  # a plural past verb (وجرحوا): `_joined_act_object`
# words from a verb of undergoing to the لـ of the verbal noun it governs (تعرض المتظاهرون في
# القاهرة أمس للضرب)
EXPOSED_REACH = 6


# words from the noun of أن to the verb of harm it is the subject of (أن جندياً عاملاً في القوة قتل)
COMPLEMENT_NOUN_REACH = 5


def _complementizer_noun(view: SentenceView, trig: Trigger) -> roles.Mention | None:
    """The actor right after أن / إن that stands at most `COMPLEMENT_NOUN_REACH` words before
    the verb, with no verb, stop or comma between, when its first word is indefinite (أن جندياً
    عاملاً في الحلف قتل: the soldier, whose words run up to the verb); else None. A definite noun
    there is left to the rules of the subject (أن الجيش قتل: the army did it)."""
    w = view.words
    for k in range(trig.first - 1, max(-1, trig.first - 2 - COMPLEMENT_NOUN_REACH), -1):
        if not view.is_word(k) or k in view.verbs:
            return None
        if w[k] in grammar_words().complementizers:
            m = view.mention_at(k + 1, k + 1)
            return m if m is not None and m.first == k + 1 and m.first < trig.first and \
                not _definite_word(w[k + 1]) else None
    return None


def _without_at(view: SentenceView, k: int) -> bool:
    """words[k] is a word of grammar.json `after_victims` (دون، بدون), or من before one (من
    دون): "without", which no object of the verb before it is."""
    w, words = view.words, grammar_words().after_victims
    return k < len(w) and (w[k] in words or (w[k] == MIN and k + 1 < len(w) and
                                             w[k + 1] in words))


def _relative_owner_harmed(view: SentenceView, trig: Trigger) -> bool:
    """البصرة التي قتل أحد متظاهريها، المدينة التي اعتقل سكانها: a singular past verb right after
    a relative pronoun it does not agree with (التي + قتل), then (أحد and) a noun carrying the
    pronoun that stands for the antecedent: the antecedent's people underwent it, the passive; the
    antecedent did nothing (the active would agree: التي قتلت)."""
    k = _relative_before(view, trig.first)
    if k is None or view.words[k] not in RESUMPTIVE_PRONOUNS or \
            trig.form.person not in ("", "3ms", "3fs") or \
            _agrees_with_relative(view.words[trig.head], view.words[k]):
        return False
    j = trig.last + 2 if trig.last + 1 < len(view.words) and \
        view.words[trig.last + 1] in grammar_words().one_of else trig.last + 1
    return j < len(view.words) and view.is_word(j) and \
        view.tokens[j].text.endswith(RESUMPTIVE_PRONOUNS[view.words[k]])


def earlier_views(doc: Document, view: SentenceView):
    """The views of the sentences before `view` in its paragraph, as the events stage keeps
    them (`STATE_EARLIER_VIEWS`), the nearest first."""
    para = doc.sentences[view.index].paragraph
    for p, v in reversed(doc.state.get(STATE_EARLIER_VIEWS) or ()):
        if p != para or v.index >= view.index:
            return
        yield v


def previous_view(doc: Document, view: SentenceView) -> SentenceView | None:
    """The view of the sentence right before `view` in its paragraph, as the events stage keeps
    it (`STATE_EARLIER_VIEWS`), or None."""
    para = doc.sentences[view.index].paragraph
    earlier = doc.state.get(STATE_EARLIER_VIEWS) or []
    return next((v for p, v in reversed(earlier) if p == para and v.index == view.index - 1),
                None)


def _view_without(view: SentenceView, dropped: list[roles.Mention]) -> SentenceView:
    """`view` with none of the mentions `dropped` (those very objects), or `view` itself when
    there are none."""
    if not dropped:
        return view
    gone = {id(m) for m in dropped}
    return dataclasses.replace(view, mentions=[m for m in view.mentions if id(m) not in gone])


def _indefinite_pp_subject(view: SentenceView, trig: Trigger) -> roles.Mention | None:
    """The actor after a preposition or as a genitive in a prepositional phrase that ends right
    before a finite verb with no object pronoun, when it is one indefinite word and names no
    place (في حادثة انتحاري فجر نفسه، التصدي لمسلحين هاجموا): the verb opens a relative clause
    with no pronoun that describes it, and it is the verb's subject; else None. Not a name of
    two words or more (قيادياً في تنظيم القاعدة قتل، مقاتلون يعتقد أنهم من تنظيم داعش هاجموا:
    a body's name, made definite by its genitive, is where the subject belongs)."""
    if trig.kind != "verb" or "e" in trig.strip or trig.first < 1:
        return None
    m = view.mention_ending_at(trig.first - 1)
    if m is None or m.first != m.last or not (m.in_pp or m.pp_head or m.pp_genitive) or \
            m.in_quote or m.locative or m.entity.type in ("GPE", "LOC") or \
            _definite_word(view.words[m.first]):
        return None
    return m


def _of_body(view: SentenceView, m: roles.Mention) -> roles.Mention | None:
    """The body named right after `m` and من (ناشطة من المعارضة، مسلحون من داعش), or None."""
    k = m.last + 2
    if k >= len(view.words) or view.words[m.last + 1] != MIN:
        return None
    return next((x for x in view.mentions if x.first == k and x.entity.type == "ORG"), None)


def _aside_end(view: SentenceView, k: int, openers: frozenset[str]) -> int | None:
    """The closing comma of an aside naming the news' source that opens at the comma words[k]
    (، بحسب مصادر محلية،، وفق منظمة العفو،، قالت الشرطة،: a word of `openers`, events.json
    `aside_openers`, right after it), at most `ASIDE_REACH` words on, no stop between; else
    None."""
    w = view.words
    if k + 1 >= len(w) or w[k] not in roles.COMMAS or \
            (w[k + 1] not in openers and strip_conj(w[k + 1]) not in openers):
        return None  # (وفق, whose و is its own)
    for j in range(k + 2, min(len(w), k + 2 + ASIDE_REACH)):
        if w[j] in roles.COMMAS:
            return j
        if w[j] in roles.HARD_STOPS:
            return None
    return None


def _harmed_by_named(view: SentenceView, trig: Trigger) -> bool:
    """قتل الشاب الفلسطيني برصاص الجيش الإسرائيلي: the people harmed right after the verb (one
    or two words, one actor at most, ending right before), then an instrument of harm
    (grammar.json `instrument_phrases`: برصاص، بنيران، بقصف) and the actor whose it is: the passive.
    The active names its doer and then the victims (قتلت إسرائيل الشاب برصاص جنودها: two
    phrases before the instrument)."""
    w = view.words
    for k in range(trig.last + 2, min(len(w) - 1, trig.last + 4)):
        if w[k] in grammar_words().instrument_phrases:
            break
        if not view.is_word(k) or k in view.verbs or roles.is_prep(w[k]) or \
                roles.clitic_prep(view, k):
            return False
    else:
        return False
    if not view.is_word(trig.last + 1) or roles.is_prep(w[trig.last + 1]):
        return False
    harmed = [m for m in view.mentions if trig.last < m.first and m.last < k]
    if len(harmed) > 1 or (harmed and harmed[0].last != k - 1):
        return False
    agent = view.mention_at(k + 1, k + 2)
    return agent is not None and agent.first in (k + 1, k + 2)


def _identified_harmed(view: SentenceView, trig: Trigger) -> bool:
    """قتل الشاب الذي شارك في المظاهرة برصاص الشرطة: a person a relative clause identifies
    (`roles.add_identified_persons`) right after an unvowelled verb of harm is the one harmed,
    the passive's subject (an active names its doer and then its victims; a clause after the
    doer leaves the object far). Its agent, if any, is read as a passive's (برصاص، على يد)."""
    k = trig.last + 1
    return k + 1 < len(view.words) and \
        view.words[k + 1] in grammar_words().relative_pronouns and \
        any(u.first == k == u.last and not u.entity.canonical and not u.entity.actor_code
            for u in view.unknown_persons)


def _person_before_qad(view: SentenceView, trig: Trigger,
                       anyone: bool = False) -> roles.Mention | None:
    """The person named right before قد and the verb (a comma may close an apposition between:
    وكانت رئيسة الوزراء، بي نظير بوتو، قد قتلت); `anyone`: any actor (the verb is known to be
    the passive: وكان الناشط قد اعتقل من قبل الشرطة)."""
    if trig.first < 2 or view.words[trig.first - 1] != QAD:
        return None
    k = trig.first - 2
    if k > 0 and not view.is_word(k) and view.words[k] != "#":
        k -= 1
    m = view.mention_ending_at(k)
    return m if m is not None and (anyone or m.entity.type == "PERSON") else None


def _joined_passive(view: SentenceView, trig: Trigger, k: int) -> bool:
    """The verb at `k` is joined by و or أو right after the unvowelled verb `trig` (its first
    word after it, or the second after أو) and carries no object pronoun: يخطف ويهدد، قتلوا أو
    جرحوا: both passives, of one agent, when an agent phrase follows."""
    w = view.words[k]
    if k == trig.last + 1:
        return w[:1] == "و" and len(w) > 3 and not w.endswith(grammar_words().third_person_pronouns)
    return k == trig.last + 2 and view.words[k - 1] in grammar_words().or_words and \
        not w.endswith(grammar_words().third_person_pronouns)


def _resumed_victims(view: SentenceView, trig: Trigger) -> Trigger | None:
    """قتل فيه عشرات المدنيين، أصيب خلالها خمسة جنود: a singular past verb of harm followed
    by a preposition with the pronoun that resumes the event named before it (the attack the
    relative clause or the sentence tells of) and then the people harmed: the verb is the
    passive of that event; the trigger as if it ended on the pronoun, or None."""
    k = trig.last + 1
    if trig.kind != "verb" or k + 1 >= len(view.words) or "e" in trig.strip or \
            view.words[k] not in grammar_words().event_resumptive_pps:
        return None
    return dataclasses.replace(trig, last=k)


def _held_by(view: SentenceView, trig: Trigger) -> list[roles.Mention]:
    """The actor right after لدى in the phrase of those a release frees, which names who held
    them (الإفراج عن المخطوفين لدى تنظيم داعش، عن الصحافي المحتجز لدى الحوثيين), with those
    joined to it; none past a verb or a clause's end."""
    for k in range(trig.last + 1, min(len(view.words) - 1, trig.last + 1 + HOLDER_REACH)):
        if k in view.verbs or roles.boundary_between(view, k, k + 1, soft=True):
            return []
        if view.words[k] == HELD_AT:
            m = view.mention_at(k + 1, k + 1)
            return roles.coordinated(view, m) if m is not None and m.first == k + 1 else []
    return []


def _marker_ending_at(view: SentenceView, k: int, markers: frozenset[str]) -> int | None:
    """The position of the first word of an agent marker of one or two words (من قبل، بأيدي)
    that ends at `k`, or None."""
    for n in (2, 1):
        if k - n + 1 >= 0 and " ".join(view.words[k - n + 1:k + 1]) in markers:
            return k - n + 1
    return None


def _past_joined_victims(view: SentenceView, k: int) -> int:
    """The position after a count joined by و at `k` and the people of a harmed role it counts
    (شرطيان وثلاثة مدنيين، جنديان و3 مدنيين): more victims, no object of an active verb."""
    w = view.words[k] if k < len(view.words) else ""
    if w[:1] != "و" or not (w[1:] in grammar_words().count_words or
                            (w == "و" and k + 1 < len(view.words) and view.words[k + 1] == "#")):
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
        _no_object_at(view, nxt) or view.words[nxt] in grammar_words().victim_circumstances or
        view.words[nxt] in grammar_words().time_adverbs)


def _relative_before(view: SentenceView, first: int) -> int | None:
    """The position of the relative pronoun right before a verb at `first` (كان and قد may
    stand between: التي كانت قد اختطفت), or None."""
    k = first - 1
    while k >= 0 and view.words[k] in grammar_words().relative_clause_aux:
        k -= 1
    return k if k >= 0 and view.words[k] in grammar_words().relative_pronouns else None


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
        not roles.is_prep(view.words[k]) and \
        view.words[k] not in grammar_words().antecedent_pronouns


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
    if verb is None or any(not view.is_word(k) or k in view.verbs or
                           view.words[k] in grammar_words().relative_pronouns
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
# ANTECEDENT_PRONOUNS: grammar.json category `antecedent_pronouns` (read by grammar_words())


# the noun's pronoun after a verb of performing (يقوم بها)
# PERFORMED_PRONOUNS: grammar.json category `performed_pronouns` (read by grammar_words())


# words between a relative pronoun and its verb (التي كانت قد اختطفت)
# RELATIVE_CLAUSE_AUX: grammar.json category `relative_clause_aux` (read by grammar_words())
# words between a relative pronoun and a verb of conducting (التي سوف يقوم بها، الذي كان أجراه):
# those of any relative clause, and the future's سوف
# CONDUCT_AUX: grammar.json category `conduct_aux` (read by grammar_words())


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
# PRONOUN_COMPLEMENTIZERS: grammar.json category `pronoun_complementizers` (read by grammar_words())
# COUNT_LEADS: grammar.json category `count_leads` (read by grammar_words())
# the third persons of a past verb (the 3ms form has none), and the endings of all but the 3ms
PAST_THIRD_PERSONS = ("", "3ms", "3fs", "3mp", "3md", "3fd")
# PAST_THIRD_ENDINGS: grammar.json category `past_third_endings` (read by grammar_words())


def _past_stems(form: str) -> set[str]:
    """The 3ms past forms a third-person past form may be (طردوا → طردوا، طرد)."""
    return {form} | {form[:-len(e)] for e in grammar_words().past_third_endings if form.endswith(e)}


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
        return bool(prev) and view.words[prev[0]] in grammar_words().passive_aux or (
            bool(prev) and view.words[prev[0]][1:] in grammar_words().passive_aux and
            view.words[prev[0]][:1] in "وف")
    return False


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
    if k < len(view.words) and view.words[k] in grammar_words().relative_pronouns:
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
    doing = grammar_words().doing_verbs
    if stem is not None and stem not in doing and stem.endswith("ا") and stem[:-1] + "ي" in doing:
        stem = stem[:-1] + "ي"  # تبناه: the ى of تبنى (folded ي) written ا before the pronoun
    if stem is None or stem not in doing:
        return None
    return roles.postverbal_subject(view, k, k)


# Words that put the attack a killing happened in: في هجوم، جراء غارة، إثر قصف (بقصف: a clitic)
# ATTACK_PREPS: grammar.json category `attack_preps` (read by grammar_words())
# Words between the preposition and the attack noun: في سلسلة من الضربات، في عدة غارات
# SERIES_WORDS: grammar.json category `series_words` (read by grammar_words())


def _attack_noun_at(view: SentenceView, k: int) -> int | None:
    """The position of the attack noun that words[k] introduces (في هجوم، جراء غارة، في سلسلة
    من الضربات، بقصف), else None."""
    w = view.words[k]
    if w[:1] == "ب" and w[1:] in grammar_words().attack_nouns:
        return k
    if w not in grammar_words().attack_preps:
        return None
    j = k + 1
    while j < len(view.words) and j <= k + 3 and view.words[j] in grammar_words().series_words:
        j += 1
    return j if j < len(view.words) and view.words[j] in grammar_words().attack_nouns else None


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
    return word.endswith(grammar_words().nisba_endings) and not word.startswith(("ل", "ب", "ك"))


RESULT_SUBJECT_REACH = 8  # words back from the result verb to its subject, the attack noun


def _result_doer(view: SentenceView, trig: Trigger) -> list[roles.Mention]:
    """The doer of the attack a toll is the result of: أسفرت غارة أميركية عن مقتل عشرة، الهجوم
    الذي شنه مسلحون أدى إلى مقتل — the attack noun is the result verb's subject, right after it
    or right before it."""
    found = _result_verb(view, trig)
    if found is None:
        return []
    r, k = found
    if r + 1 < k and view.words[r + 1] in grammar_words().attack_nouns:
        return _attack_noun_doer(view, r + 1)  # أسفرت غارة أميركية عن
    for noun in range(r - 1, max(-1, r - 1 - RESULT_SUBJECT_REACH), -1):
        if view.words[noun] in roles.HARD_STOPS:
            return []
        if view.words[noun] in grammar_words().attack_nouns:
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

    if src_refs and PAIR_JOIN in q.speaker.canonical and any(same(r, q.speaker) for r in src_refs):
        # ودعا الوزيران …: the dual the verb's subject is, read by the quotes stage as the two
        # named before; each speaks, or the pair with the whole code they share (pairs.py)
        return [s for s in speakers_of(doc, q.speaker) if s.actor_code] or [q.speaker], tgt_refs
    if src_refs and not any(same(r, addr) for r in src_refs):
        return src_refs, tgt_refs
    if any(same(q.speaker, t) for t in tgt_refs):
        return src_refs, tgt_refs  # (the speaker is the object: a call to him, no self-call)
    targets = [addr] if addr is not None else [t for t in tgt_refs if not same(t, q.speaker)]
    # (a pair with no whole code in common: each speaker, quotes/pairs.py)
    return [s for s in speakers_of(doc, q.speaker) if s.actor_code] or [q.speaker], targets


def _same_ref(a: ActorRef | None, b: ActorRef | None) -> bool:
    """The same actor (named here or earlier: the speaker carried from the sentence before)."""
    return a is not None and b is not None and (a.canonical, a.actor_code) == \
        (b.canonical, b.actor_code)


def _subject_before_quote(view: SentenceView, trig: Trigger) -> bool:
    """The trigger opens a quote right after an actor (إن كيري «شجع الصين على …»)."""
    return trig.first >= 2 and view.words[trig.first - 1] in OPENING_QUOTES and \
        view.mention_ending_at(trig.first - 2) is not None


def _who_arrives(trig: Trigger, sources: list, implicit):
    """The one who arrives in a verbal noun of arrival (وصول): its genitive, an actor right after
    it (وصول الرئيس المصري), or, for its pronoun (لدى وصوله), whom it stands for. The subject of the
    clause announced or studied the arrival (أعلنت الإمارات وصول سفينة، راجع الباحثون لحظة وصول
    المريض): no one of them arrives, nor anyone in للوصول إلى (to get to)."""
    if "e" in trig.strip:
        return sources, implicit
    return [m for m in sources if trig.last < m.first <= trig.last + 2], None


# AFFILIATION_PREPS: grammar.json category `affiliation_preps` (read by grammar_words())
VICTIM_REACH = 8  # words after a violence trigger where its victims' nationality is looked for


def _affiliation(view: SentenceView, m: roles.Mention) -> bool:
    """An armed body or a group after في right after people (متطوعاً في الجيش العراقي، ناشطاً في
    كتائب الأقصى، عناصر في الشرطة): whom the people belong to."""
    k = m.first - 1
    if k < 1 or view.words[k] not in grammar_words().affiliation_preps or m.entity.type != "ORG":
        return False
    return (m.entity.actor_code or "")[-3:] in ("MIL", "COP", "REB", "INS", "UAF", "SPY")


def _in_noun_relative(view: SentenceView, after: int, m: roles.Mention,
                      contexts: dict[str, frozenset[str]] | None) -> bool:
    """The actor `m` stands in the relative clause of a noun of a person after position `after`
    that names no actor (قتل المسلحون الرجل الذي هاجم الشرطة، اعتقلت الشرطة الشاب الذي كان
    يتظاهر أمام الوزارة، المدنيين الذين فروا من الجيش): a relative pronoun after a word there,
    then a verb (كان and قد may stand before it) before `m`; the act was not done to `m`, who
    is the person's own object or place. The noun is a person's by الذين or by the events
    dictionary's `person_kinds` and `person_nouns` (رجل، شاب) or the sentence's person nouns
    (الكاتب); a thing's relative clause often names its owner (المواقع التي يسيطر عليها داعش).
    Not when the verb tells who the head is or whom it bears (`relative_identity_verbs`:
    الرجل الذي ينتمي إلى حماس، الذي يعمل في الشرطة)."""
    contexts = contexts or {}
    w = view.words
    # (the noun and at most one adjective right after `after`: not the subject's relative
    # clause between commas, المتمردون، الذين يفترض أنهم)
    r = next((k for k in (after + 2, after + 3)
              if k < m.first and w[k] in grammar_words().relative_pronouns), None)
    if r is None or not all(view.is_word(k) and w[k] not in roles.COMMAS
                            for k in range(after + 1, r)) or \
            any(x.first < r and x.last > after for x in view.mentions):
        return False
    if w[r] not in grammar_words().human_relatives and w[r - 1] not in view.person_nouns and all(
            contexts.get(c, frozenset()).isdisjoint(stem for stem, _ in word_keys(w[r - 1]))
            for c in ("person_kinds", "person_nouns")):
        return False
    v = r + 1
    while v < m.first and (w[v] in grammar_words().kana_forms or w[v] == QAD):
        v += 1
    if v >= m.first or not view.is_word(v):
        return False
    return contexts.get("relative_identity_verbs", frozenset()).isdisjoint(
        stem for stem, _ in word_keys(strip_conj(w[v])))


def _victims(view: SentenceView, trig: Trigger, used: set[int],
             contexts: dict[str, frozenset[str]] | None = None) -> ActorRef | None:
    """The first actor with a country named within VICTIM_REACH words after the trigger, outside
    prepositional phrases (not its source, not quoted): جنود باكستانيين، السفير البولندي. Not
    one in the relative clause of a person that names no actor (`_in_noun_relative`, with the
    events dictionary's `contexts`)."""
    # in a phrase the victims may stand inside it (لقي 26 شخصاً بينهم ستة جنود حتفهم)
    start = trig.head if trig.kind == "phrase" else trig.last
    placed: roles.Mention | None = None  # the last actor passed over as a place
    # (على أيدي مسلحين متطرفين: an actor right after the agent in its phrase describes it)
    ends = {x.last + 1 for x in view.mentions if id(x) in used and (x.in_pp or x.pp_head)}
    # (قتلت القوات الإسرائيلية الشاب الذي طعن جندياً: the object's relative after the subject)
    after = max([start] + [x.last for x in view.mentions if id(x) in used and x.first > start])
    for m in view.mentions:
        if id(m) in used or m.first in ends or m.in_quote or m.first <= start or (
                m.in_pp and not m.clitic_pp and not _affiliation(view, m)
                and not _purpose_object(view, m)) or (
                placed is not None and roles._joined(view, placed, m)):
            # في بيروت: a place, no victim (but in سيارات تابعة للجيش the owner of what was hit
            # is one, in 28 متطوعاً في الجيش العراقي the body the victims belong to, and in
            # لتفريق المتظاهرين the object of the act it was for); nor a place joined to one
            # in such a PP (غارات في العراق وسوريا)
            placed = m if m.first > start and id(m) not in used and not m.in_quote else None
            continue
        if trig.kind == "verb" and _in_doers_relative(
                view, m, [x for x in view.mentions if id(x) in used and x.first > start]):
            # (not after a noun: الضربات التركية التي استهدفت الجماعة, the noun's own clause)
            continue  # هاجم المسلحون الذين اعتقلتهم الشرطة الجيش: the police are the clause's
        if m.first - max(start, trig.last) > VICTIM_REACH or \
                roles.boundary_between(view, start + 1, m.first) or \
                _clause_of_another(view, trig, m, used) or _in_next_clause(view, trig, m) or \
                _in_noun_relative(view, after, m, contexts):
            # (المتظاهرين الذين رشقوا قوات الأمن: not in the clause of another noun; اقتحمت
            # القرية وقتلت النساء: nor in that of another verb)
            break
        if m.entity.country or m.entity.actor_code:
            return roles.actor_ref(m.entity)
    return None


# the canonical name of the unnamed civilians a toll counts (`unnamed_victims`)
UNNAMED_VICTIMS = "civilians (unnamed)"


def _civilian_at(view: SentenceView, k: int,
                 at: dict[int, roles.Mention] | None = None) -> roles.Mention | None | bool:
    """The word at `k` names civilians: the mention the actors stage coded CVL there (أشخاص،
    المدنيين, a `Mention`), else True for a noun of grammar.json `unnamed_victim_nouns` (read
    after و / ف are taken off: مدنيان، طفلين), else False (no civilians, or another actor).
    `at`: the first mention over each word (`_mentions_by_word`), built once per sentence."""
    m = at.get(k) if at is not None else \
        next((x for x in view.mentions if x.first <= k <= x.last), None)
    if m is not None:
        return m if (m.entity.actor_code or "").endswith("CVL") else False
    nouns = grammar_words().unnamed_victim_nouns
    return view.words[k] in nouns or strip_conj(view.words[k]) in nouns


def _mentions_by_word(view: SentenceView) -> dict[int, roles.Mention]:
    """Each word's position -> the first mention of `view.mentions` over it (as `_civilian_at`
    would find it by a scan), built once for a sentence."""
    at: dict[int, roles.Mention] = {}
    for m in view.mentions:
        for k in range(m.first, m.last + 1):
            at.setdefault(k, m)
    return at


def _counted_from(view: SentenceView, k: int) -> int:
    """The position of the first word of the count that ends right before `k` (a number, the
    words of `count_words` and `victim_count_words`: نحو عشرين، أكثر من 30، ثلاثة); `k` when
    no count stands there. At most three words."""
    g = grammar_words()
    j = k
    while j > 0 and k - j < 3:
        w = strip_conj(view.words[j - 1])
        if w == "#" or w in g.count_words or w in g.victim_count_words:
            j -= 1
            continue
        break
    return j


# words before a toll where a negation makes it none (لم يتحدثوا عن سقوط ضحايا، دون مقتل)
NEGATED_TOLL_REACH = 4


def _toll_before(view: SentenceView, trig: Trigger, k: int) -> int | None:
    """A word of `victim_toll_words` right before the victims at `k`, past their count at most
    (مقتل مدنيين اثنين، إصابة ثلاثة أطفال، قتل نحو عشرين مدنياً), and no negation in the
    `NEGATED_TOLL_REACH` words before it (لم يتحدثوا عن سقوط ضحايا، من دون مقتل مدنيين: no toll;
    grammar.json `lam_negations`, `no_report_negations`, `after_victims`). Not a verb after a
    verb trigger (اقتحمت القرية وقتلت النساء: the joined verb's object is its own act's)."""
    g = grammar_words()
    j = _counted_from(view, k) - 1
    if j < 0 or strip_conj(view.words[j]) not in g.victim_toll_words:
        return None
    if trig.kind == "verb" and j > trig.last and j in view.verbs:
        return None
    if any(view.words[i] in g.lam_negations or view.words[i] in g.no_report_negations
           or strip_conj(view.words[i]) in g.after_victims
           for i in range(max(0, j - NEGATED_TOLL_REACH), j)):
        return None
    if _denied_in_clause(view, j):
        return None
    return j


# words before a toll where a denial or «without» of its clause makes it none
DENIED_TOLL_REACH = 12


def _denied_in_clause(view: SentenceView, j: int) -> bool:
    """A word of grammar.json `toll_denials` (نفت الشرطة مقتل مدنيين) or of `after_victims`
    (دون أن يسفر الانفجار الذي وقع صباح اليوم عن مقتل مدنيين) stands before the toll at `j` in
    its clause: back to a comma or other stop, at most `DENIED_TOLL_REACH` words. (Not لم / لا
    past `NEGATED_TOLL_REACH`: they negate their own verb, لم تعلن أي جهة مسؤوليتها عن الهجوم
    الذي أسفر عن مقتل مدنيين.)"""
    g = grammar_words()
    w = view.words
    for i in range(j - 1, max(-1, j - 1 - DENIED_TOLL_REACH), -1):
        if not view.is_word(i) or w[i] in roles.COMMAS:
            return False
        s = strip_conj(w[i])
        if s in g.toll_denials or w[i] in g.toll_denials or s in g.after_victims:
            return True
    return False


def _toll_verb_after(view: SentenceView, k: int) -> int | None:
    """A verb of `victim_toll_verbs` right after the victims at `k`, or after a count word of
    theirs (مدنيان قتلا، طفلين اثنين أصيبا، ثلاثة مواطنين لقوا حتفهم)."""
    g = grammar_words()
    n = len(view.words)
    j = k + 1
    if j < n and view.words[j] in g.count_words:
        j += 1
    if j >= n or view.words[j] not in g.victim_toll_verbs or _toll_verb_object(view, j + 1):
        return None
    return j


def _toll_verb_object(view: SentenceView, k: int) -> bool:
    """The word at `k`, right after a verb of `victim_toll_verbs`, is its object, so the verb is
    the active and the people before it the doers (وكان مواطن قتل زوجته وطفليه: no victims):
    a mention of a person or body, a number or count, a noun of civilians, or a noun with an
    object pronoun (`object_pronouns`) that is no preposition and no word of
    `toll_verb_complements` (لقوا حتفهم، قتلوا جميعهم)."""
    g = grammar_words()
    w = view.words
    if _no_object_at(view, k) or roles.is_prep(w[k]) or roles.clitic_prep(view, k) or \
            w[k] in g.victim_circumstances or w[k] in g.time_adverbs or _without_at(view, k):
        return False
    if w[k] == "#" or w[k] in g.count_words or w[k] in g.unnamed_victim_nouns:
        return True
    m = next((x for x in view.mentions if x.first == k), None)
    if m is not None and m.entity.type in ("PERSON", "ORG"):
        return True
    word = strip_conj(w[k]) if w[k][:1] in "وف" else w[k]
    if word != w[k] or word in g.toll_verb_complements:
        return False  # (قتلوا وهم …: another clause after و)
    return any(word.endswith(p) and len(word) - len(p) >= 2 for p in g.object_pronouns)


def unnamed_victims(view: SentenceView, trig: Trigger, used: set[int]) -> ActorRef | None:
    """The civilians a toll in the sentence counts, for an attack with no target of its own
    (`_victims` found no actor after the trigger): a noun of civilians (grammar.json
    `unnamed_victim_nouns`, مقتل مدنيين اثنين، قتل طفلان، or a mention the actors stage coded
    CVL, أشخاص) after a word of a toll (`victim_toll_words`, a count may stand between) or
    before a passive or intransitive verb of one (`victim_toll_verbs`: مدنيان قتلا، خمسة
    مواطنين لقوا حتفهم), anywhere in the sentence (the toll is often told in a result clause,
    ما أسفر عن مقتل عشرة أشخاص, or before the attack, قتل مدنيان في انفجار). A mention is taken
    as it is (مدنيين أفغان: AFGCVL); a noun the dictionary lacks is civilians, CVL, with no
    country: the OEDA coders leave the country of unnamed civilians empty whatever the place.
    Not civilians of a body (منهم، من after them), the source's, nor ones inside a quotation's
    name; a trigger that is itself a word of a toll (قتل، مقتل) takes only the civilians of its
    own toll (not جنديا أوكرانيا قتل … ما تسبب في مقتل امرأة)."""
    w = view.words
    n = len(w)
    g = grammar_words()
    own_toll = any(strip_conj(w[x]) in g.victim_toll_words or w[x] in g.victim_toll_verbs
                   for x in range(trig.first, trig.last + 1))
    at = _mentions_by_word(view)
    for k in range(n):
        civ = _civilian_at(view, k, at)
        if civ is False:
            continue
        if k + 1 < n and (w[k + 1] in grammar_words().of_them or w[k + 1] == MIN):
            continue  # خمسة مدنيين من سكان القرية، ثلاثة منهم: whose they are
        toll = _toll_before(view, trig, k)
        if toll is None:
            toll = _toll_verb_after(view, k)
        if toll is None or (own_toll and not trig.first <= toll <= trig.last):
            # (a trigger that is itself a toll's word has its own victims: جنديا قتل، فيما قتل
            # مدني: the civilian is the other toll's)
            continue
        if isinstance(civ, roles.Mention):
            if id(civ) in used or civ.in_quote:
                continue
            return roles.actor_ref(civ.entity)
        tok = view.tokens[k]
        # "ORG": the type the actors stage gives its CVL mentions (المدنيين، أشخاص: ORG, CVL)
        return ActorRef(UNNAMED_VICTIMS, "CVL", tok.text, tok.start, tok.end, None, "ORG")
    return None


def _in_doers_relative(view: SentenceView, m: roles.Mention, doers: list[roles.Mention]) -> bool:
    """`m` is the first actor of a relative clause right after a doer told after the verb: a
    relative pronoun, its verb (`relative_clause_aux` may stand before it) and `m`, the clause's
    subject or object (هاجم المسلحون الذين اعتقلتهم الشرطة الجيش: the police arrested the
    gunmen; the army, after the clause, was attacked). Not when that verb agrees with plural
    doers (`_doers_verb`: الذين تسللوا): they are its subject, and `m` is no part of the clause
    (هاجم المسلحون الذين تسللوا الجنود: the soldiers were attacked)."""
    g = grammar_words()
    w = view.words
    for d in doers:
        r = d.last + 1
        if r >= m.first - 1 or w[r] not in g.relative_pronouns:
            continue
        gap = range(r + 1, m.first)
        verb = m.first - 1
        if all(w[k] in g.relative_clause_aux for k in gap if k != verb) and \
                view.is_word(verb) and not w[verb].startswith("ال") and \
                not roles.is_prep(w[verb]) and not any(x.first <= verb <= x.last
                                                        for x in view.mentions) and \
                not _doers_verb(w[r], w[verb]):
            return True
    return False


def _doers_verb(relative: str, verb: str) -> bool:
    """`verb`, right after the plural relative pronoun `relative` (grammar.json
    `plural_relative_pronouns`: الذين), agrees with the doers and carries no object pronoun
    (`plural_verb_endings`: تسللوا، يفرون): they are its subject. A verb with a resumptive
    pronoun (اعتقلتهم، استهدفهم) or of another person (اعتقلت) has a subject of its own."""
    g = grammar_words()
    return relative in g.plural_relative_pronouns and verb.endswith(g.plural_verb_endings)


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
        if view.words[k] in grammar_words().clause_openers and any(
                trig.last < x.first < k and id(x) not in used for x in view.mentions):
            return True
    return False


def _purpose_object(view: SentenceView, m: roles.Mention) -> bool:
    """`m` is the genitive of a verbal noun with لـ of purpose (لتفريق المتظاهرين)."""
    prev = view.words[m.first - 1] if m.first > 0 else ""
    return m.pp_genitive and prev.startswith(("ل", "ول")) and not prev.startswith(("لل", "ولل"))


# Words that attribute what the sentence tells to the actor right after them, before or after the
# event (قتل عشرة مدنيين بحسب المرصد، وفقاً للأمم المتحدة، نقلاً عن مصادر)
# ATTRIBUTION_WORDS: grammar.json category `attribution_words` (read by grammar_words())


# the words that may stand between: بحسب ما ذكر المرصد، نقلاً عن مصادر (not وفقاً لقرارات مجلس
# الأمن: "in accordance with")
# ATTRIBUTION_LINKS: grammar.json category `attribution_links` (read by grammar_words())


def _reporter(view: SentenceView, trig: Trigger, c: CompiledEvents,
              monitors: bool = False) -> ActorRef | None:
    """A named source the sentence attributes the event to: a news medium (with `monitors`, for
    violence, a rights group or an NGO too, which document it) as the subject of a verb of
    reporting before it (ذكرت وكالة ... أن), or any actor right after a word of attribution
    anywhere in the sentence (بحسب المرصد السوري، وفقاً لمنظمة العفو)."""
    # (the grammar's lists read once a call, not once a word: most sentences have no word of
    # attribution, and the walk below reads every word)
    attribution = grammar_words().attribution_words
    for k, w in enumerate(view.words):
        if w not in attribution or trig.first <= k <= trig.last:
            continue
        m = next((x for x in view.mentions if k < x.first <= k + 3), None)
        if m is not None and not m.in_quote and m.entity.type in ("ORG", "PERSON") and \
                all(view.words[j] in grammar_words().attribution_links
                    for j in range(k + 1, m.first)):
            return m.entity.ref()
    if trig.first == 0:
        return None  # no word before the trigger to be a verb of reporting
    cues = frozenset(s[0] for s in c.cues.get("report", ()) if len(s) == 1)
    for k, w in enumerate(view.words[: trig.first]):
        stem = w[1:] if w[:1] in "وف" and len(w) > 3 else w
        if w in cues or stem in cues:
            m = roles.postverbal_subject(view, k, k)
            if m is not None and m.last < trig.first and m.entity.type in ("ORG", "PERSON"):
                code = m.entity.actor_code or ""
                if m.entity.role == "MED" or code.endswith("MED") or (monitors and (
                        m.entity.role == "HRI" or code.endswith("HRI") or
                        code.startswith("NGO"))) or fold("وكالة") in fold(m.entity.text):
                    # (a rights group or an NGO tells what it documented: ذكرت منظمة العفو أن
                    # معتقلين تعرضوا للتعذيب, reported by it, as by a medium)
                    return m.entity.ref()
    return None


# ----------------------------------------------------------------------------------------------
# Subjects that name no actor, told before the trigger in its clause (eleventh session): after
# them no actor named before is borrowed as the doer, and an actor right after the verb is its
# object.
PLAIN_SUBJECT_WORDS = 3  # words of a noun phrase put before its verb (جهود المبعوث الأممي)
# words that stand for actors named before (a pronoun, الأول "the former", الأخير، البلدان،
# الجانبان) or join a nominal sentence (كان الأول هو): no plain noun of a subject of its own
# REFERRING_WORDS: grammar.json category `referring_words` (read by grammar_words())


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
    if last >= 0 and view.words[last] in grammar_words().subject_verb_particles:
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
    return w.startswith("ال") and (
        w[2:] in view.name_heads or w[2:] in grammar_words().body_heads) and \
        not (nxt.startswith("ال") and roles.is_nisba_word(nxt))


# nouns of a body that, definite and alone, stand for one named before (المنظمة، الوكالة)
# BODY_HEADS: grammar.json category `body_heads` (read by grammar_words())


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
    if k >= 0 and view.words[k] in grammar_words().subject_verb_particles:
        k -= 1
    return k >= 1 and view.words[k] in grammar_words().demonstratives and \
        any(m.last == k - 1 for m in view.mentions + view.places)


def _plain_phrase_word(view: SentenceView, k: int, time_words: frozenset[str]) -> bool:
    """words[k] may be a word of a noun phrase that names no actor: a word, no actor's, no
    preposition, clause opener, demonstrative, verb form or word of time."""
    w = view.words[k]
    bare = strip_conj(w)
    return view.is_word(k) and view.mention_at(k, k) is None and \
        not any(m.first <= k <= m.last for m in view.mentions) and \
        not roles.is_prep(w) and not roles.clitic_prep(view, k) and \
        bare not in grammar_words().clause_openers and w not in grammar_words().demonstratives and \
        bare not in grammar_words().subject_verb_particles and not _verb_at(view, k) and \
        bare not in grammar_words().demonstrative_time_nouns and \
        bare not in grammar_words().time_adverbs and \
        bare not in time_words and bare not in grammar_words().referring_words and \
        w not in grammar_words().pronoun_complementizers and \
        not (k > 0 and view.words[k - 1] == ")")


def _opens_plain_phrase(view: SentenceView, first: int, last: int) -> bool:
    """The phrase words[first..last] begins as a subject does: a definite noun (المملكة) or a
    noun before a definite word (جهود المبعوث)."""
    head = strip_conj(view.words[first])
    if head.startswith("ال"):
        return not roles.is_nisba_word(head)
    # (not لديه الكثير: a preposition's pronoun)
    return first < last and strip_conj(view.words[first + 1]).startswith("ال") and \
        not head.endswith(grammar_words().third_person_pronouns)


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
        if not view.is_word(k) or w in grammar_words().clause_openers or \
                w in grammar_words().pronoun_complementizers or \
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


def people_of_places(view: SentenceView, targets: list[roles.Mention],
                     trig: Trigger | None = None) -> list[roles.Mention]:
    """The targets of a violent event, a town or a city it was aimed at as its object (ضربت
    سيارة مفخخة مدينة بيشاور، هز انفجار العاصمة العراقية بغداد، قصفت الطائرات حلب) standing
    for the people who live there: civilians of its country (PAKCVL), as CAMEO coders code
    it, not its state (a country named so, باكستان، stays the country). Not a place after a
    preposition or a word of position (مسجداً جنوب بغداد، أمام مصنع شمال باكستان: where the
    thing hit stands), nor one inside a quotation. But shells landing on a town (`trig` a
    trigger of `projectile_nouns`, `_landed_on`: سقطت قذيفة على حي في مدينة حلب، قذائف على
    مدينة درعا) hit its people, whatever the preposition."""
    out = []
    for m in targets:
        e = m.entity
        # (العاصمة العراقية: a nisba after a place noun names the city)
        city = (e.actor_id or "").startswith("city:") or (
            e.how == "nisba" and m.first == m.last and not e.role and m.first > 0 and
            view.words[m.first - 1] in place_head_words())
        if e.country and city and not m.in_quote and (
                (not m.in_pp and _object_place(view, m)) or
                (trig is not None and _landed_on(view, trig, m))):
            m = dataclasses.replace(m, entity=dataclasses.replace(
                e, actor_code=e.country + "CVL", role="CVL"))
        out.append(m)
    return out


# words between a shell and the place it landed on (سقطت قذيفة على حي سكني في مدينة حلب)
LANDING_REACH = 6


def _projectile_trigger(view: SentenceView, trig: Trigger) -> bool:
    """A noun of shells or rockets (grammar.json `projectile_nouns`) is a word of the trigger
    or the word right after it (سقطت قذيفة، قذائف هاون، أطلقوا صواريخ)."""
    nouns = grammar_words().projectile_nouns
    last = min(len(view.words) - 1, trig.last + 1)
    return any(strip_conj(view.words[k]) in nouns for k in range(trig.first, last + 1))


# words before a shell where its verb of falling may stand (سقطت ثلاث قذائف هاون)
FALLING_REACH = 3


def _shell_fell(view: SentenceView, trig: Trigger) -> bool:
    """A verb of grammar.json `falling_verbs` is a word of `trig` or stands at most
    `FALLING_REACH` words before it (سقطت قذيفة، وتساقطت ثلاث قذائف)."""
    verbs = grammar_words().falling_verbs
    return any(view.words[k] in verbs
               for k in range(max(0, trig.first - FALLING_REACH), trig.last + 1))


def _landed_on(view: SentenceView, trig: Trigger, m: roles.Mention) -> bool:
    """The town `m` is where the shells of `trig` landed: a trigger of `projectile_nouns`, then
    within `LANDING_REACH` words on, in its clause (no verb, comma or clause opener between),
    على (grammar.json `landing_preps`) or, after a verb of falling (`_shell_fell`), في before
    `m` and its place nouns (على مدينة درعا، سقطت قذيفة في مدينة حلب), or
    before a thing hit with في + `m` after it (على حي سكني في مدينة حلب); or a comma and ب +
    `m` (سقطت قذيفة، بمدينة نجران), where the shell fell told after the comma."""
    if not _projectile_trigger(view, trig) or m.first <= trig.last or \
            m.first - trig.last > LANDING_REACH + 1:
        return False
    g = grammar_words()
    heads = place_head_words()
    k = m.first - 1
    while k > trig.last and view.words[k] in heads:
        k -= 1
    if k <= trig.last:
        return False
    w = view.words
    if roles.clitic_prep(view, k + 1) == "ب" and w[k] in roles.COMMAS:
        return k == trig.last + 1 or all(view.is_word(x) and x not in view.verbs
                                         for x in range(trig.last + 1, k))
    landing = next((j for j in range(trig.last + 1, m.first)
                    if w[j] in g.landing_preps or w[j] in IN_WORDS), None)
    if landing is None or (w[landing] in IN_WORDS and not _shell_fell(view, trig)):
        # (أطلق المسلحون صواريخ في مدينة غزة: في after a verb of firing is where they were
        # fired from; only after a verb of falling is it where they landed)
        return False
    between = range(landing + 1, m.first)
    if any(not view.is_word(x) or w[x] in roles.COMMAS or x in view.verbs or
           w[x] in g.clause_openers for x in between):
        return False
    # على + the place, or على + a thing hit, then في + the place
    return k == landing or w[k] in IN_WORDS or roles.clitic_prep(view, k + 1) == "ب"


def landed_people(view: SentenceView, trig: Trigger, ref: ActorRef | None) -> ActorRef | None:
    """`ref`, the victims `_victims` found after the trigger, as `people_of_places` reads a
    target when it is a town the shells of `trig` landed on (سقطت قذيفة على حي سكني في مدينة
    حلب) or the subject inside a verb's phrase (تعرضت مدينة الموصل لهجوم): it stands for its
    people, SYRCVL, IRQCVL; any other `ref` as it is. With no `ref`, such a town after
    the trigger (سقطت قذيفة صاروخية، بمدينة نجران: past the comma, no victim `_victims`
    reads) is the target."""
    if ref is None:
        return next((roles.actor_ref(got.entity) for m in view.places
                     if m.first > trig.last and _landed_on(view, trig, m)
                     and (got := people_of_places(view, [m], trig)[0]) is not m), None)
    if ref.start is None:
        return ref
    m = next((x for x in view.mentions if x.entity.start == ref.start), None)
    if m is None or not (_landed_on(view, trig, m) or
                         (trig.kind == "phrase" and trig.first < m.first <= trig.last and
                          trig.first in view.verbs)):
        # (but the town inside a phrase of a verb, تعرضت مدينة الموصل لهجوم, is its subject:
        # the town underwent the attack, its people did)
        return ref
    got = people_of_places(view, [m], trig)[0]
    return ref if got is m else roles.actor_ref(got.entity)


def _object_place(view: SentenceView, m: roles.Mention) -> bool:
    """The place `m`, with the place nouns and nisbas before it (مدينة بيشاور، العاصمة
    العراقية بغداد), follows no preposition nor word of position: an object, not a where."""
    k = m.first - 1
    nisbas = {x.last for x in view.places if x.entity.how == "nisba"}
    heads = place_head_words()
    while k >= 0 and (view.words[k] in heads or k in nisbas):
        if roles.clitic_prep(view, k):
            return False  # بمدينة بيشاور
        k -= 1
    if k < 0 or not view.is_word(k):
        return False
    w = view.words[k]
    position = grammar_words().position_words
    return not roles.is_prep(w) and strip_conj(w) not in position and w not in position


def site_at_home(view: SentenceView, ref: ActorRef | None, place,
                 missions: frozenset[str]) -> ActorRef | None:
    """A protest's target that is the building of a body of the state with no country of its
    own, the crowd before it (a word of position and at most three building words before it:
    أمام مقر الحكومة، أمام البرلمان، قرب قصر الرئاسة): that body is the one of the country
    of `place` (the caller gives the dateline's), GOV → JORGOV. Not a mission
    (events.json `foreign_missions`: أمام السفارة, whose state is another)."""
    code = ref.actor_code if ref is not None else None
    if code not in STATE_ROLES or place is None or not place.country or ref.start is None:
        return ref
    k = next((i for i, t in enumerate(view.tokens) if t.start >= ref.start), None)
    if k is None or view.tokens[k].start != ref.start:
        return ref
    gw = grammar_words()
    j = k - 1
    while j >= 0 and k - j <= 3 and view.words[j] in gw.building_words:
        j -= 1
    if j < 0 or view.words[j] not in gw.site_words:
        return ref
    end = next((i for i in range(k, len(view.tokens)) if view.tokens[i].end >= ref.end), k)
    if any(view.words[i] in missions for i in range(j + 1, end + 1)):
        return ref
    return dataclasses.replace(ref, actor_code=place.country + code)


def _past_count(view: SentenceView, k: int, quantifiers: frozenset[str]) -> int | None:
    """The position after a count of people at `k` (عشرة، 12، عدداً، عدد كبير، العشرات، أكثر
    من 20), where its من stands (من سكانها) or منهم; None when no count is there or no من
    follows it."""
    w = view.words
    if k + 2 < len(w) and w[k] in quantifiers and w[k + 1] == MIN:
        k += 2  # أكثر من 20
    gw = grammar_words()
    if k >= len(w) or not (w[k] == "#" or w[k] in gw.count_words or
                           w[k] in gw.quantifiers or w[k] in gw.definite_counts):
        return None
    k += 1
    if k < len(w) and w[k] in grammar_words().quantifier_adjectives:
        k += 1  # عدد كبير من
    return k if k < len(w) and (w[k] == MIN or w[k] in grammar_words().min_pronouns) else None


def _past_date(doc: Document, view: SentenceView, k: int) -> int:
    """The position right after a date that begins at words[k] (or after a comma there), with
    the comma that closes it: قتلت القوات فجر أمس، قصفت الطائرات أمس (الأربعاء)، — the object
    of the verb comes after it. `k` itself when no date begins there."""
    j = k + 1 if k < len(view.words) and view.words[k] in roles.COMMAS else k
    if j >= len(view.words):
        return k
    start = view.tokens[j].start
    date = next((d for d in doc.dates if d.start == start), None)
    if date is None:
        return k
    while j < len(view.words) and view.tokens[j].start < date.end:
        j += 1
    if j < len(view.words) and view.words[j] in roles.COMMAS:
        j += 1
    return j


def _toll_prep_before(view: SentenceView, trig: Trigger) -> int | None:
    """The position of the preposition of cause before an attack noun (في هجوم، جراء ست
    غارات، في سلسلة من الضربات; بغارة itself), else None: what a toll before it came of."""
    if _attack_noun_at(view, trig.head) == trig.head:
        return trig.head  # بغارة جوية
    for k in range(trig.head - 1, max(-1, trig.head - 4), -1):
        w = view.words[k]
        if w in grammar_words().attack_preps:
            return k
        if w not in grammar_words().series_words and w != "#" and \
                w not in grammar_words().count_words:
            return None
    return None


def _object_at(view: SentenceView, k: int, sources: list[roles.Mention],
               owner: bool = False) -> list[roles.Mention]:
    """The actor that is the object at words[k], right there or as the nisba of a noun there
    (شاباً فلسطينياً), or with `owner` the owner after لـ of a thing there (تجمعاً للمسلحين
    الحوثيين، هدفاً لتنظيم داعش). The word at k may read as a verb (تجمعاً): it is the
    object's own; a verb, a preposition, a conjunction or a clause opener after it ends the
    search."""
    for m in view.mentions:
        if m.first < k or any(m is x for x in sources):
            continue
        if m.first > k + 3 or roles.quoted_apart(view, k, m):
            return []
        for j in range(k, m.first):
            w = view.words[j]
            if not view.is_word(j) or roles.is_prep(w) or roles.clitic_prep(view, j) or \
                    w.startswith("و") or w in grammar_words().clause_openers or \
                    (j > k and j in view.verbs):
                return []
        if not m.in_pp:
            return roles.coordinated(view, m)
        if owner and m.first > k and roles.clitic_prep(view, m.first) == "ل":
            return roles.coordinated(view, m)
        return []
    return []


# Words back from the preposition of an attack noun (قتل خمسة جنود في هجوم) to the toll it
# caused, where the victims are named
TOLL_BEFORE_REACH = 14
RESULT_AHEAD = 12  # words from an attack to the participle or result verb after it
VICTIMS_AFTER_TOLL = 5  # words from the toll's word to its victims (مقتل وإصابة العشرات من)


class ParticipantRules:
    """The events stage's rules on an event's source and target."""

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
            if view.words[k] in grammar_words().against_preps:
                return not keys[k + 1].isdisjoint(positions) and not (
                    k + 2 < len(keys) and
                    view.words[k + 2] in grammar_words().web_words)  # مواقع التواصل
            if not view.is_word(k):
                return False
        return False

    def _harm_told(self, view: SentenceView, keys, trig: Trigger) -> bool:
        """A phrase of harm to the body (events.json `bodily_harm_objects`: التعذيب، الضرب) that
        a death undergone (`harm_death_verbs`: توفي تحت التعذيب) or a named monitor, rights
        group or medium reporting it (`_reporter`: ذكرت منظمة العفو أن معتقلين تعرضوا للتعذيب)
        makes the act itself, no attack in words. The victim's own claim (قال إنه تعرض
        للتعذيب) is not enough: such claims are mostly no report of an event."""
        if keys[trig.last].isdisjoint(self._context("bodily_harm_objects")):
            return False
        return not keys[trig.head].isdisjoint(self._context("harm_death_verbs")) or \
            _reporter(view, trig, self.compiled, True) is not None

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
        return view.words[m.last + 1] in grammar_words().lam_pronouns or _lam_after(view, m.last)

    def _speaker_after(self, view: SentenceView, trig: Trigger) -> roles.Mention | None:
        """The subject of the first speech verb after the trigger, past the comma that closes an
        adverbial put first (وخلال لقائه …، أكد الوزير): the one the pronoun stands for."""
        comma = False
        for i in range(trig.last + 1, len(view.words)):
            w = view.words[i]
            comma = comma or w in roles.COMMAS
            if w in self._speech_words and comma:
                if i > 0 and view.words[i - 1] in grammar_words().as_said:
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

    def _control_verb_subject(self, view: SentenceView, trig: Trigger, m: roles.Mention | None
                              ) -> tuple[roles.Mention | None] | None:
        """When the verbal noun is the object of a verb of `control_verbs` right before it
        (حاولت استهداف) and a noun of another phrase than the subject `m` found before stands
        right before that verb, the verb's own subject in a one-tuple: the actor ending there
        (لمسلحين حاولوا مهاجمة: even after a preposition, the verb's clause describes it), or
        None when the noun names no actor or a place (لقذائف كثيفة من اليمن حاولت استهداف: the
        shells tried). None when the rule does not apply: the word before the verb is `m`'s
        last, a word of time, كان (كانوا يحاولون: its subject), a particle, a complementizer or a
        relative pronoun, or the verb of trying is joined by و to a verb before it."""
        k = trig.first - 1
        if k < 1 or trig.strip not in ("", "c") or \
                view.words[k] not in self._context("control_verbs"):
            return None  # (قتل خاله وحاول تفجير: a verb joined by و goes on with its subject)
        j = k - 2 if view.words[k - 1] in roles.COMMAS and k >= 2 else k - 1  # (اليمن، حاولت)
        w = view.words[j]
        if (m is not None and m.last == j) or not view.is_word(j) or j in view.verbs or \
                w in grammar_words().time_adverbs or w in grammar_words().kana_forms or \
                w in grammar_words().relative_clause_aux or \
                w in grammar_words().relative_pronouns or \
                w in grammar_words().complementizers or \
                w in grammar_words().pronoun_complementizers or \
                w in grammar_words().dummy_complementizers or w in self._context("time_words") or \
                roles.is_prep(w) or len(w) < 3:
            return None
        own = view.mention_ending_at(j)
        if own is not None and (own.in_quote or own.locative or
                                own.entity.type in ("GPE", "LOC")):
            # (لقذائف من داخل اليمن، حاولت: the place ends the phrase of the noun that tried)
            return (None,) if own.in_pp or own.pp_head or own.pp_genitive else None
        if _definite_word(view.words[own.first] if own is not None else w,
                          view.tokens[own.first if own is not None else j].text):
            return None  # في عهد الرئيس اليمني بدأت مفاوضات: a clause of its own begins
        return (own,)

    def _doing_verb(self, view: SentenceView, trig: Trigger) -> int | None:
        """The position of the finite past verb of doing (`doing_verbs`: قام ب، عمد إلى، أقدم
        على، لجأ إلى، شرع في) whose act the verbal noun is, through that verb's preposition (the
        clitic ب or a separate word), with at most three words between (its subject): قام
        المسلحون بتفجير سيارة is a bombing told as done, like فجّر. None otherwise."""
        doing = self._context("doing_verbs")
        return _governing_word(view, trig, grammar_words().governed_preps, 4, doing.__contains__)

    def _clash_between(self, view: SentenceView, trig: Trigger) -> bool:
        """دارت اشتباكات بين الجيش والمسلحين، جرت مواجهات عنيفة بين الشرطة والمحتجين: a noun
        of `battle_nouns` right after a verb of occurrence (events.json `occurrence_verbs`:
        دار، جرى، وقع، اندلع in their forms), then بين (one word, its adjective, between) and an
        actor: one clash told as having taken place between its two sides, not a reference to
        clashes, nor the periphrastic passive جرى + a verbal noun (twentieth session)."""
        w = view.words
        k = trig.last + 1
        if k < len(w) and w[k] != BETWEEN and view.is_word(k) and k not in view.verbs:
            k += 1  # (اشتباكات عنيفة بين)
        if k + 1 >= len(w) or w[k] != BETWEEN or trig.first == 0 or \
                not {w[trig.first - 1], strip_conj(w[trig.first - 1])} & \
                self._context("occurrence_verbs") or \
                strip_conj(w[trig.head]) not in self._context("battle_nouns"):
            return False
        return any(m.first == k + 1 for m in view.mentions)

    def _relative_pronoun_sides(self, view: SentenceView, trig: Trigger
                                ) -> tuple[list[roles.Mention], list[roles.Mention]] | None:
        """A verb right after a relative pronoun it agrees with as subject, carrying an object
        pronoun that is not the antecedent's, and with no actor of its own after it
        (المسلحين الذين يهاجمونها، المسلحون الذين هاجموهم): the antecedent does it (the actor
        right before the relative pronoun), to the one the pronoun stands for: the only actor
        before the antecedent in the sentence that agrees with it (`_agrees_with_pronoun`),
        else no one. None when the verb is not such."""
        if trig.kind != "verb" or "e" not in trig.strip or trig.first != trig.head:
            return None
        rel = _relative_before(view, trig.first)
        if rel is None or view.words[rel] not in RESUMPTIVE_PRONOUNS or \
                not _agrees_with_relative(fold(trig.form.text), view.words[rel]):
            return None
        pronoun = third_person_pronoun(view, trig.head)
        if not pronoun or pronoun == RESUMPTIVE_PRONOUNS[view.words[rel]] and \
                view.words[rel] != fold("الذين"):
            # (المبنى الذي قصفه: he bombed the building; but a plural verb after الذين has
            # its antecedent as subject, and هم is then someone else: المسلحين الذين هاجموهم)
            return None
        nxt = next((m for m in view.mentions if m.first > trig.last), None)
        if nxt is not None and not nxt.in_pp and nxt.first <= trig.last + 2:
            return None  # (الذين هاجمهم الجيش: the verb's own subject)
        ante = view.mention_ending_at(rel - 1)
        if ante is None:
            return None
        agreeing = {m.entity.canonical: m for m in view.mentions
                    if m.last < ante.first and not m.in_quote and not m.locative and
                    not (m.in_pp and m.entity.type in ("GPE", "LOC")) and
                    self._agrees_with_pronoun(view, m, pronoun)}
        agreeing.pop(ante.entity.canonical, None)
        return [ante], list(agreeing.values()) if len(agreeing) == 1 else []

    def _identified_person(self, view: SentenceView, trig: Trigger
                           ) -> tuple[roles.Mention, bool] | None:
        """The person a relative clause identifies (`roles.add_identified_persons`: الرجل الذي
        هاجم الحراس) and whether he is the object of its verb, right after the relative
        pronoun: with the pronoun that resumes him on the verb (الرجل الذي هاجمه المسلحون) the
        object, else, with a verb of the pronoun's number and gender and no actor of its own
        right after it, the subject. None otherwise."""
        if trig.kind != "verb" or trig.first != trig.head:
            return None
        rel = _relative_before(view, trig.first)
        if rel is None:
            return None
        person = next((u for u in view.unknown_persons if u.last == rel - 1 and
                       not u.entity.canonical and not u.entity.actor_code), None)
        if person is None:
            return None
        if "e" in trig.strip:
            resumed = third_person_pronoun(view, trig.head) == RESUMPTIVE_PRONOUNS.get(
                view.words[rel])
            return (person, True) if resumed else None
        if not _agrees_with_relative(fold(trig.form.text), view.words[rel]) or \
                view.mention_at(trig.last + 1, trig.last + 1) is not None:
            return None
        return person, False

    def _joined_noun_sides(self, view: SentenceView, trig: Trigger
                           ) -> tuple[list[roles.Mention], list[roles.Mention]] | None:
        """A verbal noun with a pronoun joined by و to a noun and its actor genitive (دعوة
        السعودية واستضافتها قوات التحالف): spelt as a past verb with an object pronoun, it is
        the noun «her hosting», done by the genitive before (the pronoun's referent) to the
        actor right after it, if any. None when the trigger is not such: no و, no pronoun, no
        ت before the pronoun (ة written open before it), or no actor genitive of a word that is
        no verb, preposition or actor right before it."""
        if trig.kind != "verb" or trig.first != trig.head or "c" not in trig.strip or \
                "e" not in trig.strip or trig.form.tense != "past":
            return None
        pronoun = third_person_pronoun(view, trig.head)
        text = DROPPED_RE.sub("", view.tokens[trig.head].text)
        if not pronoun or not text[:-len(pronoun)].endswith("ت"):
            return None
        ante = view.mention_ending_at(trig.first - 1)
        if ante is None or (ante.in_pp and not ante.pp_genitive) or ante.first < 1 or \
                ante.in_quote:
            return None
        noun = ante.first - 1
        if not view.is_word(noun) or noun in view.verbs or roles.is_prep(view.words[noun]) or \
                view.mention_at(noun, noun) is not None or \
                not self._agrees_with_pronoun(view, ante, pronoun):
            return None
        obj = next((m for m in view.mentions if m.first == trig.last + 1 and not m.in_pp), None)
        return [ante], [obj] if obj is not None else []

    def _identified_object(self, view: SentenceView, trig: Trigger,
                           sources: list[roles.Mention]) -> roles.Mention | None:
        """A person a relative clause identifies (`roles.add_identified_persons`) read as the
        subject right after a feminine verb he cannot be the subject of (قنبلة قتلت الفتى الذي
        كان يزرعها: the bomb killed him): the verb's object. None otherwise."""
        if trig.kind != "verb" or trig.form.person != "3fs":
            return None
        for m in sources:
            if m.first == trig.last + 1 and not m.entity.canonical and \
                    any(m is u for u in view.unknown_persons) and \
                    not view.tokens[m.first].text.endswith("ة"):
                return m
        return None

    def _without_envoy_posts(self, view: SentenceView) -> SentenceView:
        """`view` with no mention that is an envoy's post (`_envoy_post`), for the readers of
        an event's sides: أشاد سفير السعودية لدى مصر بمواقف الحزب praises the party, not Egypt.
        `view` itself when it has none (most sentences: no لدى)."""
        if HELD_AT not in view.words:
            return view
        return _view_without(view, [m for m in view.mentions if self._envoy_post(view, m)])

    def _without_phrase_offices(self, view: SentenceView, trig: Trigger) -> SentenceView:
        """`view` with no possessed office (the actors stage's coreference, grammar.json
        `possessed_offices`) that is a word of the phrase trigger: in استدعت البحرين سفيرها
        لدى إيران her own envoy is what is recalled, neither side (the sides are Bahrain and
        the post). `view` itself when it has none."""
        return _view_without(view, [m for m in view.mentions
                                    if trig.first <= m.first and m.last <= trig.last and
                                    m.entity.how == "coref" and possessed_office(m.entity.text)])

    def _envoy_post(self, view: SentenceView, m: roles.Mention) -> bool:
        """`m` is the post of an envoy told right before it after لدى (سفير السعودية لدى مصر،
        السفير السعودي لدى الأردن): where he serves, no side of what he does."""
        if not 2 <= m.first < len(view.words) or \
                not (view.tokens[m.first].start <= m.entity.start < view.tokens[m.first].end):
            return False  # (a target of an earlier sentence: its indexes are not this one's)
        if view.words[m.first - 1] != HELD_AT:
            return False
        envoy = view.mention_ending_at(m.first - 2)
        return envoy is not None and view.words[envoy.first] in envoy_words()

    def _joined_act_object(self, view: SentenceView, trig: Trigger, pat: Pattern,
                           sources: list[roles.Mention]) -> list[roles.Mention]:
        """The object of a plural past verb joined by و right after the trigger, a verb with
        no object of its own, or after the trigger's subject (قتل المسلحون وجرحوا عشرات
        المدنيين، اعتقلوا وعذبوا الصحفيين): the two acts share it. [] when there is none, the
        trigger has an object pronoun, or its next word is no such verb."""
        if trig.kind != "verb" or "e" in trig.strip or not pat.target_object:
            return []
        k = trig.last + 1
        subject = next((m for m in sources if m.first == k), None)
        if subject is not None:
            k = subject.last + 1
        if k >= len(view.words) or k not in view.verbs:
            return []
        word = view.words[k]
        if word[:1] != "و" or not word.endswith(JOINED_PLURAL_ENDING) or \
                len(word) < 3 + len(JOINED_PLURAL_ENDING):
            return []
        used = {id(m) for m in sources}
        return roles.object_target(view, k, used, pat.target_preps,
                                   owner=pat.plover in VIOLENCE)

    def _allies(self, view: SentenceView, trig: Trigger,
                targets: list[roles.Mention]) -> list[roles.Mention]:
        """The targets of a verb of fighting (`fighting_verbs`: قاتل، يقاتلون، قتال) that are its
        subject's allies: after a word of `ally_words` at most `ALLY_REACH` words before them,
        with no verb, stop or other actor between (قاتلوا إلى جانب الجيش، في صفوف الجيش،
        جنباً إلى جنب مع الجيش، بمساندة الجيش)."""
        gw = grammar_words()
        if not targets or strip_conj(fold(trig.form.text)) not in gw.fighting_verbs:
            return []
        out = []
        for m in targets:
            for k in range(m.first - 1, max(trig.last, m.first - 1 - ALLY_REACH), -1):
                if not view.is_word(k) or k in view.verbs or roles.mention_at_word(view, k):
                    break
                if strip_conj(view.words[k]) in gw.ally_words:
                    out.append(m)
                    break
        return out

    def _means_owner(self, view: SentenceView, k: int) -> roles.Mention | None:
        """Whose means a noun of `means_nouns` with a possessive pronoun at `k` names (نفت روسيا
        أن تكون طائراتها قصفت، مقاتلاتها، قواتها): the nearest actor before it in the sentence
        that the pronoun can stand for (`_pronoun_referent`), when it is a state or a body of
        one (a country's code, or a role of STATE_ROLES); else None."""
        pronoun = third_person_pronoun(view, k)
        if not pronoun or not self._means_noun(view.words[k]):
            return None
        m = self._pronoun_referent(view, k, pronoun)
        if m is None or not (m.entity.type == "GPE" and m.entity.how != "nisba" or
                             (m.entity.actor_code or "")[-3:] in STATE_ROLES):
            return None
        return m

    def _threatened_act(self, view: SentenceView, trig: Trigger) -> bool:
        """A verbal noun after the ب of a verb of threatening (the cues `threat`:
        هدد تنظيم داعش بإعدام كرواتي، يتوعد بقتل أمريكي), within `EXPOSED_REACH` words with no
        stop and no other verb between: the act threatened, whose nisba is the one threatened
        (a person of that country), never its doer, who is the threatener."""
        w = strip_conj(view.words[trig.head])
        if trig.first != trig.head or "p" not in trig.strip or not w.startswith("ب"):
            return False
        threat = self.compiled.cues.singles.get("threat", frozenset())
        for j in range(trig.first - 1, max(-1, trig.first - 1 - EXPOSED_REACH), -1):
            if strip_conj(view.words[j]) in threat:
                # (a verb: not التهديد بقصف أمريكي, where the nisba is as often the doer)
                return j in view.verbs
            if not view.is_word(j) or j in view.verbs:
                return False
        return False

    def _exposed_subject(self, view: SentenceView, trig: Trigger) -> roles.Mention | None:
        """The subject of a verb of undergoing (`exposure_verbs`: تعرض، تعرضت، يتعرض) before
        the لـ of a verbal noun (تعرض المتظاهرون للضرب، تعرضت قوات المعارضة لقصف): the actor
        after the verb and before the noun, else the one right before the verb or its relative
        pronoun (الجنود الذين تعرضوا للقصف), not a place of a locative; None when the noun
        has no لـ or no such verb stands within `EXPOSED_REACH` words before it (no stop and
        no other verb between)."""
        if trig.first != trig.head or not _purpose(view.words[trig.head], trig.strip):
            return None
        verbs = self._context("exposure_verbs")
        for j in range(trig.first - 1, max(-1, trig.first - 1 - EXPOSED_REACH), -1):
            exposure = not self.compiled.analyse(view.words[j])[1].isdisjoint(verbs)
            if not view.is_word(j) or (j in view.verbs and not exposure):
                return None
            if not exposure:
                continue
            m = next((x for x in view.mentions if j < x.first and x.last < trig.first and
                      not x.in_pp and not x.in_quote), None)
            if m is not None:
                return m
            # (the actor right before the verb, or before its relative pronoun; not a place
            # after a noun of place: اجتماع جنوب إجدابيا الذي تعرض للقصف, the meeting)
            k = j - 1 if j > 0 and view.words[j - 1] in grammar_words().relative_pronouns else j
            m = view.mention_ending_at(k - 1)
            if m is None or m.in_quote or m.locative or \
                    (m.in_pp and m.entity.type in ("GPE", "LOC")):
                return None
            return m
        return None

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
                trig.form.person not in PAST_THIRD_PERSONS + ("3f/2s", "3mmp"):
            return False  # (the present's plural too: المواطنون يخطفون من قبل الميليشيات)
        markers = self._context("passive_agent_markers")
        k, limit = trig.last, trig.last + 8
        while k + 1 < min(len(view.words) - 1, limit):
            k += 1
            aside = _aside_end(view, k, self._context("aside_openers"))
            if aside is not None:
                # اعتقل ناشط، بحسب مصادر محلية، من قبل الجيش: the source of the news between
                # commas stands between the verb and its agent
                limit += aside - k
                k = aside
                continue
            if k in view.verbs and _joined_passive(view, trig, k):
                continue  # يخطف ويهدد بالقتل من قبل X: the verbs joined share the agent
            if k in view.verbs or roles.boundary_between(view, k, k + 1, soft=True) or \
                    view.words[k] in ("ما", "مما"):
                return False  # (نددوا بصمت الحكومة تجاه ما يحدث من قبل البعض: another verb's)
            after = k + 2 if " ".join(view.words[k:k + 2]) in markers else \
                k + 1 if view.words[k] in markers else None
            if after is not None and after + 1 < len(view.words) and \
                    view.words[after] in OPENING_QUOTES:
                after += 1  # من قبل «ولاية سيناء»: the agent's name in quotation marks
            if after is not None:
                return after < len(view.words) and view.is_word(after) and \
                    view.words[after] not in ("ان", "ذلك") and not roles.is_prep(
                        view.words[after]) and not roles.clitic_prep(view, after) and sum(
                        trig.last < m.first < k and not m.in_pp for m in view.mentions) <= 1
        return False

    def _compared_subject(self, view: SentenceView, trig: Trigger) -> roles.Mention | None:
        """The subject of the verb before a comparative and مما that the trigger repeats
        (الغارات التركية استهدفت الناشطين أكثر مما استهدفت المسلحين: the raids; events.json
        `comparatives`), the actor before that verb; None when there is no such verb or
        subject."""
        if trig.first < 3 or view.words[trig.first - 1] not in grammar_words().mimma or \
                view.words[trig.first - 2] not in self._context("comparatives"):
            return None
        prev = next((k for k in range(trig.first - 3, max(-1, trig.first - 3 - REFERENT_REACH),
                                      -1) if k in view.verbs), None)
        return roles.preverbal_subject(view, prev) if prev is not None else None

    def _condemner_of(self, view: SentenceView, trig: Trigger, pat: Pattern, who) -> bool:
        """Whether `who` (a mention, or the ActorRef carried from a verb before) is the subject
        of a verb of condemning (events.json `condemning_verbs`: أدانت منظمة التعاون الهجوم،
        المجلس يندد) and the trigger an act of violence in a clause of its own after it (a
        relative pronoun or a clause opener between: الهجوم الذي وقع …، حيث فجرت): who condemns
        the violence told there did not do it (but أدانت إسرائيل الهجوم وقصفت غزة: the verbs of
        one subject)."""
        if pat.plover not in VIOLENCE:
            return False
        if not isinstance(who, roles.Mention):
            who = next((m for m in view.mentions if m.entity.start == who.start), None)
            if who is None:
                return False
        if not any(view.words[j] in grammar_words().clause_openers
                   for j in range(who.last + 1, trig.first)):
            return False
        verbs = self._context("condemning_verbs")
        first = roles.first_of_coordination(view, who).first
        for k in range(first - 1, max(-1, first - 1 - CONDEMNER_REACH), -1):
            # (the verb right before the subject, or before the words that head it: أدانت
            # الأمانة العامة لمنظمة التعاون)
            if strip_conj(view.words[k]) in verbs:
                return True
            if not view.is_word(k) or roles.mention_at_word(view, k) or \
                    (k in view.verbs and k != first - 1):
                return False
        k = who.last + 1
        return k < len(view.words) and strip_conj(view.words[k]) in verbs

    def _subject_past_agent(self, view: SentenceView, trig: Trigger,
                            m: roles.Mention) -> roles.Mention | None:
        """`m`, or, when `m` (with those joined to it) is the agent of a passive after من قبل /
        على يد (events.json `passive_agent_markers`) in an apposition between commas before the
        trigger, the subject found before that apposition."""
        markers = self._context("passive_agent_markers")
        for k in range(m.first - 1, max(0, m.first - AGENT_REACH) - 1, -1):
            # (past the actors joined before it: من قبل تركيا والاتحاد الأوروبي)
            marker = _marker_ending_at(view, k, markers)
            if marker is not None:
                # the subject before the apposition's comma (المصنف تنظيماً إرهابياً names
                # none); with no comma, the agent phrase is of the noun before it, the verb's
                # subject (قصف من قبل الجيش استهدف سوقاً: the army's shelling)
                at = next((j for j in range(marker - 1, max(-1, marker - 1 - AGENT_REACH), -1)
                           if view.words[j] in roles.COMMAS), None)
                closed = any(view.words[j] in roles.COMMAS for j in range(m.last + 1, trig.first))
                return roles.preverbal_subject(view, at) if at is not None and closed else m
            if not view.is_word(k) or k in view.verbs or \
                    view.words[k] in grammar_words().relative_pronouns:
                return m
        return m

    def _agent_before(self, view: SentenceView, trig: Trigger) -> list[roles.Mention]:
        """The actors after an agent marker (events.json `passive_agent_markers`) in the words
        right before the trigger, no verb or clause's end between: who did the act that the
        pronoun after the trigger resumes."""
        markers = self._context("passive_agent_markers")
        for k in range(trig.first - 1, max(-1, trig.first - 1 - AGENT_REACH), -1):
            if k in view.verbs or roles.boundary_between(view, k, k + 1, soft=True):
                return []
            if _marker_ending_at(view, k, markers) is not None:
                m = view.mention_at(k + 1, k + 1)
                return roles.coordinated(view, m) if m is not None and m.first == k + 1 else []
        return []

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
                view.words[k] == "#" or view.words[k] in grammar_words().count_words or
                view.words[k] in self._context("gather_quantifiers")):
            return False
        before = next((m for m in reversed(view.mentions) if m.last < trig.first), None)
        if (before is not None and trig.first - before.last <= 2 and not before.in_pp) or (
                trig.first > 0 and
                view.words[trig.first - 1] in grammar_words().pronoun_complementizers):
            return False  # داعش اختطف نحو 230 مدنياً، أنها قتلت ثمانية: the subject before it
        if pat.symmetric:
            return True
        obj = next((m for m in view.mentions if m.first > k and not (
            view.words[m.first - 1] in grammar_words().count_leads or
            view.words[m.first - 1] in grammar_words().count_words
            or view.words[m.first - 2] == "من" or
            (m.first == m.last and m.entity.how == "nisba"))), None)  # (past the counted people,
        # their adjective and their genitive: جزر يونانية، 1.2 مليار من أبناء الكنيسة)
        return obj is not None and obj.first - k <= COUNTED_SUBJECT_REACH and \
            (obj.entity.how == "lexicon" or strip_conj(view.words[obj.first]).startswith("ال")) \
            and not obj.in_pp and not obj.locative and \
            not roles._construct_head(view.words[obj.first - 1]) and \
            all((view.is_word(j) or view.words[j] == "#") and
                view.words[j] not in grammar_words().clause_openers for j in range(k, obj.first))

    def _participants(self, doc, view, trig: Trigger, pat: Pattern, passive: bool,
                      cause_doer: ActorRef | None = None):
        """Source mentions, target mentions and the implicit subject (an ActorRef or None)."""
        sources: list[roles.Mention] = []
        targets: list[roles.Mention] = []
        implicit: ActorRef | None = None
        clause_end = len(view.words)  # where the targets end (the doer's relative clause)
        noun_like = _is_nominal(trig)
        result_phrase = trig.kind == "phrase" and pat.plover in VIOLENCE and \
            strip_conj(view.words[trig.first]) in results_by()
        if noun_like and pat.plover in VIOLENCE and cause_doer is not None and \
                not _result_doer(view, self._joined_toll(view, trig) or trig):
            # وهاجم المسلحون نقطة تفتيش مما أسفر عن مقتل خمسة جنود: the toll is of the attack
            # told before, and so is its doer (unless the attack noun names its own: below)
            implicit = cause_doer
        if trig.kind == "phrase" and self._fallen_phrase(view, trig):
            # سقط عشرات من عناصر الشرطة قتلى، جنود سقطوا قتلى: who fell is the target, inside
            # the phrase or before it (not after: من دون أن تسقط ضحايا لأن الشعب …); the agent
            # only after من قبل / على يد / برصاص (no noun of an attack has a genitive here)
            agents = roles.agent_phrase(view, trig.last, self.compiled.agent_markers)
            m = self._fallen_owner(doc, view, trig, agents)
            if m is None:
                m = roles.postverbal_subject(view, trig.first, trig.first)
                m = m if m is not None and m.last < trig.last else \
                    roles.preverbal_subject(view, trig.first)
            targets = roles.coordinated(view, m) if m is not None else []
            sources = [x for x in agents if all(x is not t for t in targets)]
            return sources, targets, None
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
        if noun_like and pat.plover in VIOLENCE and \
                (m := self._exposed_subject(view, trig)) is not None:
            # تعرض المتظاهرون للضرب على أيدي الشرطة، تعرضت القوات لقصف الطيران: who underwent
            # the act named by the verbal noun after لـ is its target; its agent is the noun's
            # genitive or the actor after على أيدي / من قبل
            targets = roles.coordinated(view, m)
            used = {id(x) for x in targets}
            sources = [x for x in roles.genitive_after(view, trig.head, trig.last)
                       if id(x) not in used] or \
                [x for x in roles.agent_phrase(view, trig.last, self.compiled.agent_markers,
                                               same_clause=True) if id(x) not in used]
            if not sources and (doer := _relative_doer(view, trig)) is not None and \
                    id(doer) not in used:
                sources = roles.coordinated(view, doer)  # لغارات شنتها مقاتلات التحالف
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
            # (على أيدي مسلحين متطرفين: an actor right after the agent describes it)
            targets = [x for x in roles.genitive_after(
                view, trig.head, trig.last if trig.kind == "noun" else trig.head)
                if id(x) not in used and all(x.first != a.last + 1 for a in agent)] or \
                [x for x in _uncoded_genitive(
                    doc, view, trig, trig.head, trig.last if trig.kind == "noun" else trig.head)
                 if all(x.first != a.last + 1 for a in agent)]
        elif noun_like and not passive:
            # زيارة بوتين لطهران؛ قمة بين X و Y؛ اغتيال مغنية (the genitive is the patient)
            gen = roles.genitive_after(view, trig.head, trig.last if trig.kind == "noun" else trig.head)
            if not gen and (pat.genitive == "patient" or pat.plover not in VIOLENCE):
                # اغتيال فلان، زيارة فلان إلى القاهرة (not معارك فلان: a person alone is seldom
                # the genitive agent of violence, and the phrase seldom a report of one)
                gen = _uncoded_genitive(doc, view, trig, trig.head,
                                        trig.last if trig.kind == "noun" else trig.head)
            elif not gen:
                # هجوم فلان على الشرطة: a person is the genitive agent of violence only with the
                # aim named at once after him (not معارك طه حسين والعقاد, a literary quarrel)
                gen = _aimed_uncoded_agent(doc, view, trig, pat)
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
                    view.words[trig.head])[1].isdisjoint(self._context("undergoing_nouns")) or
                    self._threatened_act(view, trig)):
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
            elif not sources and not gen and \
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
            if in_pp and not factual and not sources and not (
                    pat.plover == "PROTEST" and self._barred_protest(view, trig)):
                # توعد ترامب بقصف إيران: who threatens or plans it would do it, to the genitive
                # (not who calls it so: وصفتها الأمم المتحدة محاولة لتنفيذ إبادة; nor who will
                # not allow a protest: لن يسمح المحافظ بالمسيرة)
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
            accusative = _accusative_actor_after(doc, view, trig, pat, gen) \
                if not sources and gen and pat.genitive == "patient" and not purpose and \
                not owner else None
            if accusative:
                # اعتقال الشرطة ناشطاً، اعتقال الشرطة محمد علاونة: the body in the genitive is
                # the agent, the actor in the accusative right after it the object
                sources, targets = accusative
            elif not sources and gen:
                if pat.genitive == "patient" and not purpose and not owner and (
                        _lam_after(view, gen[-1].last) or (
                            len(gen) == 1 and gen[0].entity.type != "PERSON" and
                            _object_after(view, trig, gen[0].last))):
                    # اقتحام المستوطنين للأقصى، مهاجمة المسلحين لقافلة: with a لـ object after
                    # it, the genitive is the agent
                    sources, targets = gen, roles.lam_object(view, gen[-1].last) or \
                        _uncoded_lam_object(view, gen[-1].last)
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
                        targets = roles.lam_object(view, gen[-1].last) or \
                            _uncoded_lam_object(view, gen[-1].last)
            if not sources and pat.plover in VIOLENCE:
                # أسفرت غارة أميركية عن مقتل عشرة (وجرح عشرين: the toll's cause is its too)
                sources = _result_doer(view, self._joined_toll(view, trig) or trig)
            if not sources and pat.cameo.startswith(TOLL_CODES):
                # مقتل 15 جندياً الجمعة في هجوم شنه متمردون: who did the attack they died in
                # (not when the dead are its own: مقتل 10 مسلحين من التنظيم في هجوم شنه التنظيم)
                sources = [m for m in _attack_doer(view, trig)
                           if not _named_between(view, trig.last, m)] or \
                    self._time_clause_doer(view, trig, targets)
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
                own = self._control_verb_subject(view, trig, m)
                if own is not None:
                    # أعلنت السلطات التصدي لقذائف حاولت استهداف الحدود، لمسلحين حاولوا مهاجمة:
                    # the verb of trying has a subject of its own right before it; who announced
                    # it did not try (none known when that noun names no actor)
                    sources = roles.coordinated(view, own[0]) if own[0] is not None else []
                elif m is not None and roles.reacts(view, m) and not pat.symmetric and not (
                        m.last + 1 < trig.first and
                        view.words[m.last + 1] in grammar_words().relative_pronouns):
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
                elif m is not None and pat.plover == "PROTEST" and self._barred_protest(view, trig):
                    pass  # لن يسمح المحافظ بالمسيرة، منعت السلطات مسيرة: who bars it, not its crowd
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
            # قُتل الصحفي؛ تم اعتقال المعارض من قبل الشرطة (قتل فيه عشرات المدنيين: past
            # the pronoun of the event the verb's clause tells of)
            gen = roles.postverbal_subject(view, (_resumed_victims(view, trig) or trig).last,
                                           trig.head) if not noun_like else None
            targets = roles.coordinated(view, gen) if gen else roles.genitive_after(
                view, trig.head, trig.last)
            if not targets and trig.kind == "verb" and trig.form.person in ("3mp", "3md", "3fd"):
                # مدنيين كانوا قد قتلوا، جنديين كانا قد قتلا: the plural (dual) passive's
                # subject stands before it
                m = roles.preverbal_subject(view, trig.first, max_words=4)
                targets = roles.coordinated(view, m) if m is not None else []
            elif not targets and trig.kind == "verb":
                # (إن) جندياً أميركياً قتل أمس: the singular one, right before it, or the one a
                # relative pronoun before it stands for (الصحافي الذي طرد من صحيفته); the
                # indefinite noun of أن a few words before it (أن جندياً عاملاً في القوة قتل)
                m = _complementizer_noun(view, trig) or view.mention_ending_at(trig.first - 1) or (
                    roles.antecedent(view, trig.first) if trig.first > 0 and
                    view.words[trig.first - 1] in grammar_words().relative_pronouns else None) or \
                    _person_before_qad(view, trig, anyone=True)
                targets = roles.coordinated(view, m) if m is not None else []
            sources = roles.agent_phrase(view, trig.last, self.compiled.agent_markers) or \
                (_attack_doer(view, trig) if pat.plover in VIOLENCE else [])
            if not sources and pat.cameo.startswith(TOLL_CODES):
                # قتل خمسة جنود عندما فجر انتحاري نفسه: the doer of the time clause's act
                sources = self._time_clause_doer(view, trig, targets)
            if not targets and trig.kind == "verb":
                # وقتل خمسة منهم: of the group منهم stands for
                targets = self._counted_group(doc, view, trig, pat, trig.last + 1, [], None)
            if not sources and _resumed_victims(view, trig) is not None:
                # هجوم على يد مسلحين متطرفين قتل فيه 20 شخصاً: the agent of the attack the
                # pronoun resumes
                sources = self._agent_before(view, trig)
            if not sources and pat.cameo.startswith(RELEASE):
                # تم الإفراج عن المخطوفين لدى التنظيم: who held them frees them
                sources = _held_by(view, trig)
            if not sources and pat.cameo.startswith(RELEASE):
                # اعتقلت الشرطة الناشط …، وقالت مصادر إن الناشط أفرج عنه: who held him frees him
                implicit = self._holder(doc, targets)
        else:
            obj_pron = trig.kind == "verb" and "e" in trig.strip
            subj = roles.postverbal_subject(view, trig.last if trig.kind != "phrase" else trig.head,
                                            trig.head, object_pronoun=obj_pron,
                                            past_times=trig.kind == "phrase")
            if subj is None and not obj_pron:
                subj = self._subject_after_closed_clause(view, trig)
            if subj is not None and trig.kind == "verb" and \
                    roles.plural_agreement(trig.form.person):
                subj = None  # مسلحين هاجموا القوات: the actor after a plural verb is its object
            if subj is not None and trig.kind == "verb" and trig.form.person == "3fs" and \
                    subj.first > 0 and (view.words[subj.first - 1] == "#" or
                                        view.words[subj.first - 1] in grammar_words().count_words):
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
            if subj is not None and subj.first == trig.last + 1 and \
                    (first := self._compared_subject(view, trig)) is not None:
                # الغارات التركية استهدفت الناشطين أكثر مما استهدفت المسلحين: the verb after
                # أكثر مما repeats the one before, with its subject; the actor after it is the
                # object
                targets, subj = roles.coordinated(view, subj), first
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
            elif _person_plural_subject(view, trig):
                pass  # وينتقد خبراء عرب الحكومة: the experts, no known actor, criticise
            elif self._asyndetic_relative(view, trig):
                pass  # عثرت الشرطة على جثة رجل قتل: the man's clause, not the police's act
            elif not gender_clash and (carried := _coordinated_subject(
                    doc, view, trig, lambda m: self._plural_head(view, m) or
                    _collective_body(m))) is not None \
                    and not self._condemner_of(view, trig, pat, carried):
                implicit = carried  # قتل المسلحون ثلاثة جنود وخطفوا اثنين: the same subject
            elif obj_pron and trig.first > 0 and \
                    view.words[trig.first - 1] in grammar_words().relative_pronouns \
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
                m, condemned = roles.preverbal_subject(view, trig.first), False
                if (near := _indefinite_pp_subject(view, trig)) is not None and near is not m \
                        and not self._disagrees(view, trig, near):
                    # حادثة انتحاري فجر نفسه، التصدي لمسلحين هاجموا: the indefinite actor right
                    # before the verb is its subject (a relative clause with no pronoun), not
                    # the investigator or the reporter before it
                    m = near
                if m is not None and self._reported_past_dummy(view, trig, m):
                    # ذكرت صحيفة «الأهرام» أنه قد تجمع مائتا سائق: the pronoun of أنه stands
                    # for no reporter; the verb has a subject of its own that names no actor
                    m, condemned = None, True
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
                if m is not None and clause is None:
                    # مقاتلو الحزب، المصنف إرهابياً من قبل تركيا، هاجموا: the agent of the
                    # apposition's passive is not the verb's subject, the noun before it is
                    m = self._subject_past_agent(view, trig, m)
                if m is not None and self._vehicle_occupant(view, m):
                    # استهدفت الغارة سيارة كان يستقلها الضحايا، وأطلقت عليها: who rode in the
                    # car hit did not fire; the verb goes on with the raid, no actor known
                    m, condemned = None, True
                if m is not None and self._condemner_of(view, trig, pat, m):
                    # أدانت المنظمة الهجوم الذي وقع …، حيث فجرت انتحاريتان نفسيهما: who
                    # condemns the violence told after it did not do it
                    m, condemned = None, True
                first_subject = _object_genitive_before(view, trig, m, self._context(
                    "time_words")) if m is not None and clause is None else None
                if first_subject is not None:
                    # قصفت الطائرات مواقع داعش وقتلت: Daesh is the object's genitive; the verb
                    # goes on with the first verb's subject (no one known: the aircraft)
                    m, has_subject = first_subject
                if m is not None:
                    sources = roles.coordinated(view, m)
                elif pat.plover in VIOLENCE and pat.monadic and not gender_clash and \
                        clause is None and not condemned and first_subject is None and \
                        (doer := self._pronoun_doer(doc, view, trig)) is not None:
                    # منذ أن اجتاحها، ثم قصف المدينة: the verb's pronoun is the actor named
                    # before it (not the speaker)
                    if doer[0] is view:
                        sources = roles.coordinated(view, doer[1])
                    else:
                        implicit = doer[1].entity.ref()
                elif not pat.monadic and not gender_clash and clause is None and \
                        not condemned and not (first_subject is not None and first_subject[1]):
                    # an attack or a protest with no subject in its sentence stays without a
                    # known source rather than borrowing the last speaker
                    implicit = self._borrowed(doc, view, trig)
        if (expeller := self._expelled_from(view, trig, pat)) is not None:
            # ترحيلهم من ألمانيا: the pronoun is who is sent away, the one after من sends
            sources, implicit = [expeller], None
            referent = self._pronoun_referent(view, trig.first,
                                              third_person_pronoun(view, trig.head), [expeller])
            targets = roles.coordinated(view, referent) if referent is not None else []
        if pat.plover in VIOLENCE and not sources and \
                (driver := self._driver(view, trig)) is not None and \
                self._vehicle_occupant(view, driver):
            # استهدفت الطائرة سيارة يستقلها جنود: who rides in the car hit is its target
            targets = targets or roles.coordinated(view, driver)
        elif pat.plover in VIOLENCE and not sources and driver is not None:
            # انتحاري يقود سيارة مفخخة، سيارة مفخخة يقودها انتحاري: who drove the car bomb
            # set it off (not the one the bombing is told of)
            sources, implicit = [driver], None
            # (غارات تقودها الولايات المتحدة لدعم القوات العراقية: the forces the raids support,
            # after لـ and a noun, are not hit)
            clause_end = next((k for k in range(driver.last + 1, min(len(view.words),
                                                                      driver.last + 3))
                               if roles.has_prep_clitic(view.words[k], ("ل",)) == "ل" and
                               not roles.mention_at_word(view, k)), clause_end)
            targets = [m for m in targets if m is not driver and m.last < clause_end]
        if not pat.target_object and _phrase_object(trig, targets):
            targets = []  # لبيع طائرات مقاتلة لقطر: the phrase's own object is no target
        owned = not targets and pat.plover in VIOLENCE and \
            self._owned_positions(view, trig, sources)
        if owned:
            # هجمات يشنها التنظيم على مواقعها في شرق البلاد: the positions are those of the
            # actor the pronoun stands for, and it is the attack's target, not the place after
            # (none known when the pronoun stands for no actor of the sentence)
            owner = self._positions_owner(view, trig, sources, owned, doc)
            targets = [] if owner is None else roles.coordinated(view, owner) if any(
                owner is x for x in view.mentions) else [owner]  # (or of a sentence before)
        if not targets and not owned and pat.plover in VIOLENCE and \
                (owner := self._thing_owner(view, trig, sources)) is not None:
            # استهدف مسلحون موكبه، نجا الرئيس من هجوم استهدف منزله: whose convoy, home or men
            # were hit is the attack's target (no one when the pronoun stands for no actor)
            targets, owned = roles.coordinated(view, owner), True
        if not targets and not owned and (pat.plover in VIOLENCE or pat.plover == "COERCE") and \
                (people := self._people_owner(doc, view, trig, passive, sources, implicit)):
            # هاجم مسلحون قرية … وقتلوا عدداً من سكانها، اعتقلت عشرة من عناصره: the people of
            # the place (its civilians) or the body the pronoun stands for
            targets, owned = people, True
        if not targets and not owned:
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
            # قتل المسلحون الرجل الذي هاجم الشرطة: an actor of the relative clause of a person
            # who names no actor is that clause's, not the one the act was done to
            if cand_o and _in_noun_relative(view, after, cand_o[0], self.compiled.contexts):
                cand_o = []
            if cand_p and _in_noun_relative(view, after, cand_p[0], self.compiled.contexts):
                cand_p = []
            if cand_p and cand_o:
                targets = cand_p if cand_p[0].first < cand_o[0].first else cand_o
            else:
                targets = cand_p or cand_o
            if not targets and (cand_a := self._against_target(view, trig, pat, used)):
                targets = cand_a  # حملة اعتقالات واسعة ضد الناشطين: whom the act is against
            if not targets and view.unknown_persons and \
                    (not noun_like or pat.genitive == "patient"):
                # اعتقلت الشرطة محمد علاونة: a person no dictionary codes is the object, kept
                # with his name and no code (not a verbal noun's agent genitive: زيارة فلان)
                targets = self._uncoded_target(doc, view, trig, pat, used, after)
            # الزيارات التي قام بها كبار المسؤولين بين البلدين، معرباً عن شكره لأمير الكويت:
            # the noun told in the relative clause of its doer has its target inside that clause
            # (مقتل 17 شخصاً على أيدي مسلحين متطرفين: an actor right after the agent of an agent
            # phrase describes it, no object)
            targets = [m for m in targets if m.last < clause_end and
                       all(m.first != a.last + 1 for a in agent)]
            if not targets and trig.kind == "verb":
                # اعتقلت الشرطة ثلاثة منهم: the group منهم stands for, named before
                targets = self._counted_group(doc, view, trig, pat, max(after, trig.last) + 1,
                                              sources, implicit)
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
                and not (trig.first > 0 and _relative(view.words[trig.first - 1])) \
                and not roles.bound_ba_pronoun(view, trig.last + 1):
            # (المدن التي سيطر عليها الحوثيون، الحكومات التي لا تلتزم بها: the pronoun stands
            # for the relative's antecedent or a thing)
            # أصرت الحكومة العراقية على أن تتنازل لها الكويت، أطلق مسلحون النار عليه: the
            # pronoun after the verb or the phrase stands for the actor named before it that
            # agrees with it, who is then the target
            m = (self._act_doer(doc, view, trig, trig.last + 1)
                 if pat.cameo.startswith(CONDEMN) else None) or \
                self._pronoun_pp_referent(view, trig) or \
                self._pronoun_pp_across(view, trig, sources)
            if m is not None and all(m is not x for x in sources):
                targets = roles.coordinated(view, m)
            elif m is None and sources and pat.plover in VIOLENCE and \
                    (pronoun := third_person_pronoun(view, trig.last + 1)) and \
                    self._pronoun_referent(view, trig.first, pronoun, sources) is None and \
                    (m := self._earlier_referent(
                        doc, view, pronoun, person=pronoun in grammar_words().singular_pronouns,
                        before=trig.first)) is not None:
                # خرج الصحافي من منزله. وأطلق مسلحون النار عليه: the one named a sentence
                # before (none of its own sentence agrees with the pronoun)
                targets = [m]
        if not targets and sources and trig.kind == "verb" and "e" in trig.strip and \
                "p" not in trig.strip and (pat.cameo.startswith(HOLD_CODES) or
                                           pat.plover in VIOLENCE) and (trig.first == 0 or (
                    view.words[trig.first - 1] not in grammar_words().relative_pronouns and
                    not roles.is_prep(view.words[trig.first - 1]) and
                    view.words[trig.first - 1] not in self._context("befell_leads"))) and \
                (pronoun := third_person_pronoun(view, trig.head)) and \
                not self._verbal_noun_reading(view, trig, sources) and \
                self._pronoun_referent(view, trig.first, pronoun, sources) is None and \
                (m := self._earlier_referent(
                    doc, view, pronoun,
                    person=pronoun in grammar_words().singular_pronouns or
                    pat.cameo.startswith(HOLD_CODES),
                    before=trig.first)) is not None:
            # وصل الناشط إلى القاهرة. وقالت عائلته إن السلطات المصرية اعتقلته: the one held,
            # named a sentence before (none of its own sentence agrees with the pronoun; not
            # لسجنه, a noun with لـ, nor من ضبطهم, a verbal noun after a preposition); so too
            # the one a violent verb's pronoun stands for (… إن مسلحاً قتله: a person; a group
            # for هم after a violent verb only)
            targets = [m]
        if not targets and not passive and pat.target_object and \
                (dated := self._object_past_date(doc, view, trig, pat, sources)):
            targets = dated  # قتلت القوات فجر أمس شاباً فلسطينياً: the object past the date
        if not targets and pat.plover in VIOLENCE and _is_nominal(trig) and \
                (victims := self._toll_victims(view, trig, sources)):
            targets = victims  # قتل ثلاثة جنود في هجوم: the attack's target, its victims
        if not targets and not passive and pat.target_object and \
                (past := self._object_past_relative(view, trig, pat, sources)):
            # قصفت مقاتلات التحالف الذي تقوده المملكة رتلاً تابعاً للميليشيات: past the
            # subject's relative clause
            targets = past
        if not targets and not passive and pat.target_object and pat.cameo[:2] == "17" and \
                (crowd := self._protest_owner(view, trig, sources, doc)):
            targets = crowd  # منعت السلطات أمس مسيرة للمعارضة: the march's own people
        if not targets and not passive and \
                (m := self._pronoun_in_phrase(view, trig, pat, sources)) is not None:
            targets = roles.coordinated(view, m)  # التي فتحت عليهم النار، تفرض عليهم حصاراً
        if not targets and pat.genitive == "patient" and int(pat.cameo[:2]) >= 17 and \
                (m := self._patient_pronoun_referent(view, trig, sources)) is not None:
            targets = roles.coordinated(view, m)  # رغم المحاولات الأميركية لاغتياله
        if pat.plover in VIOLENCE and all(m.entity.type in ("GPE", "LOC") for m in targets) and \
                (hit := self._hit_after(view, trig, pat, sources)):
            # قصفت الطائرات ريف إدلب مستهدفة مواقع المعارضة، هاجم مسلحون قرية مما أدى إلى
            # إصابة عشرة من الجنود: who was hit, named in the participle's or the result's
            # clause after it, is the target (rather than the place, or none)
            targets = hit
        if trig.kind == "phrase" and pat.cameo.startswith(RELEASE) and (
                not _is_nominal(trig) or (trig.first > 0 and
                                          strip_conj(view.words[trig.first - 1])
                                          in grammar_words().passive_aux)) \
                and (pronoun := self._object_noun_pronoun(view, trig)):
            # (a verbal noun only after تم: طالباً منهم العفو عنه وإطلاق سراحه is asked for, and
            # its pronoun often stands for the speaker, no actor named)
            sources, targets, implicit = self._released_by_pronoun(
                doc, view, trig, pronoun, sources, targets, implicit)
        # (the city right after a meeting's noun, as its source or its target: مشاورات جنيف)
        venue_next = pat.cameo in VENUE_CODES and _is_nominal(trig) and next(
            (m for m in (*sources, *targets)
             if m.first == trig.last + 1 and _venue_city(view, m)), None)
        if pat.cameo in VENUE_CODES and targets:
            # قمة بروكسل، مؤتمر جنيف، قمة التنمية في نيويورك: the city is where they met
            targets = [m for m in targets if not _venue_city(view, m)]
        if venue_next:
            # لقاءات الدوحة بين زعماء الخليج وكيري، فشل مشاورات جنيف بين الحكومة والحوثيين:
            # the city after the noun is where they met; who met are those بين names (none
            # known without them when the city stood as the source)
            pair = roles.between_pair(view, trig.last)
            if len(pair) > 1:
                sources, targets = pair[:1], pair[1:]
                implicit = None
            elif any(m is venue_next for m in sources):
                sources, targets = [], []
                implicit = None
        chant = self._chant_of(view, trig)
        if chant is not None:
            # هتف المتظاهرون «قاطعوا البضائع الإسرائيلية»: the crowd chants the words, it does
            # not do what they name; only an actor inside the chant may
            a, b = chant
            sources = [m for m in sources if a <= m.entity.start < b]
            targets = [m for m in targets if a <= m.entity.start < b]
            implicit = None
        return sources, targets, implicit

    def _uncoded_target(self, doc, view: SentenceView, trig: Trigger, pat: Pattern,
                        used: set[int], after: int) -> list[roles.Mention]:
        """The object or the PP target read as `_participants` reads them, among the persons
        of unknown code too (`roles.with_persons`): the group when a person of unknown code
        opens it, else []. Not the speaker of the trigger's quote, a name inside a date, the
        subject of another verb right before it, a name past a comma or a preposition (with or
        without a pronoun) after the verb or its subject, a name whose first word is a pronoun
        after a preposition (بنا), nor a name after the subject's title with no date between
        (its apposition)."""
        wide = roles.with_persons(view)
        cand_p = roles.prep_targets(wide, pat.target_preps, trig.head, used,
                                    places=pat.cameo[:2] >= "17" or pat.cameo == VISIT)
        cand_o = roles.object_target(wide, after, used, pat.target_preps,
                                     owner=pat.plover in VIOLENCE) if pat.target_object else []
        if cand_p and cand_o:
            group = cand_p if cand_p[0].first < cand_o[0].first else cand_o
        else:
            group = cand_p or cand_o
        group = roles.uncoded_first(view, group)
        if not group:
            return []
        first = group[0].first
        gap = [view.words[k] for k in range(max(after, trig.last) + 1, first)]
        if gap and gap[-1] in pat.target_preps:
            gap.pop()  # (التقى بـ فلان: the target's own preposition)
        stem = strip_conj(view.words[first])
        if roles.clitic_prep(view, first):
            stem = stem[1:]
        title = next((m for m in view.mentions if id(m) in used and m.last == after and
                      m.first > trig.last and m.entity.type == "PERSON" and
                      m.entity.how in ("title", "office")), None)
        if title is not None and not any(d.start < view.tokens[first - 1].end and
                                         view.tokens[title.last + 1].start < d.end
                                         for d in doc.dates):
            # دعا رئيس لجنة حقوق الإنسان العربية الدكتور هادي: the name after the subject's
            # title is its apposition (but التقى الوزير أمس فلان: after a date, the object)
            return []
        if _speaker_or_date(doc, group[0].entity, view.tokens[trig.first].start,
                            view.tokens[trig.last].end) or (
                first - 1 > trig.last and first - 1 in view.verbs) or \
                any(w in roles.COMMAS or roles.is_prep(w) or
                    w in grammar_words().pronoun_pp_preps or
                    roles.is_prep(w.removesuffix("ه").removesuffix("ها").removesuffix("هم"))
                    for w in gap) or len(stem) < 3:
            # (حسبما صرح سليم الحداد، ما قاله فلان: the subject of another verb right before;
            # past a comma, a preposition or a pronoun's PP the name is an apposition or
            # another phrase's: دعاهم حاكم مصر في ذلك الوقت الخديو إسماعيل، طلب منه الاهتمام
            # بابنه؛ رحبوا بنا: a pronoun the NER took for a name)
            return []
        return group

    def _counted_group(self, doc, view: SentenceView, trig: Trigger, pat: Pattern, k: int,
                       sources: list[roles.Mention], implicit: ActorRef | None
                       ) -> list[roles.Mention]:
        """The object (or the passive's subject) is a count of a group named before, from
        position `k` (past the verb and its subject): a preposition of the pattern's targets
        at most, a quantifier (events.json `gather_quantifiers`, أكثر من), one or two count
        words or a number, then منهم / منهما / منهن (اعتقلت الشرطة ثلاثة منهم، أفرجوا عن عدد
        منهم، وقتل خمسة منهم): the target is the group the pronoun stands for, the nearest
        agreeing actor before it in the sentence (`_pronoun_referent`; none when that is the
        subject, or the subject carried from the clause before, `implicit`), at most
        `REFERENT_REACH` words back; else, when the sentence names no other actor and no
        counted noun before and its subject is its own, in the sentences before in the
        paragraph (`_earlier_referent`). [] when no such phrase or no referent."""
        w = view.words
        n = len(w)
        if k < n and (w[k] in grammar_words().time_adverbs or w[k] in self._context("time_words")):
            k += 1  # (وأفرجت لاحقاً عن عشرة منهم)
        if k < n and w[k] in pat.target_preps:
            k += 1
        if k < n and w[k] in self._context("gather_quantifiers"):
            k += 1
            if k < n and w[k] == MIN:
                k += 1
        counted = 0
        while k < n and counted < 2 and (w[k] == "#" or w[k] in grammar_words().count_words or
                                         w[k] in grammar_words().definite_counts):
            k += 1
            counted += 1
        if not counted or k >= n or w[k] not in grammar_words().of_them:
            return []
        pronoun = third_person_pronoun(view, k)
        skip = list(sources)
        if implicit is not None:
            skip += [m for m in view.mentions if m.entity.start == implicit.start]
        m = self._pronoun_referent(view, k, pronoun, self._single_persons(view))
        if m is not None and any(m is x for x in skip):
            # (خطف مسلحون صيادين ثم أفرجوا عن ثلاثة منهم, the fishermen taken for the subject:
            # the group the pronoun stands for is never the subject, so neither is trusted)
            return []
        if m is not None:
            return [m] if k - m.last <= REFERENT_REACH else []
        if any(m.first < k and not m.locative and not (m.in_pp and m.entity.type in ("GPE", "LOC"))
               for m in view.mentions + view.unknown_persons if not any(m is x for x in skip)):
            # (an actor named before that the pronoun does not agree with: قال محمد علاونة إن
            # الشرطة اعتقلت ثلاثة منهم; not a place, في الخليل)
            return []
        if implicit is not None or any(x == "#" or x in grammar_words().count_words
                                       for x in w[:k - counted]):
            # (a subject borrowed too: two guesses; استجوبت الجهات نحو 4500 مشتبه … ومنعت نحو
            # 1000 منهم: a counted noun of the sentence, no actor, is what منهم stands for)
            return []
        m = self._earlier_referent(doc, view, pronoun, False) or \
            self._earlier_referent(doc, view, pronoun, True, before=k)
        return [] if m is None else [m]

    def _then_goes_on(self, doc, view: SentenceView, trig: Trigger) -> bool:
        """هاجم الجيش المسلحين ثم قتل عشرة منهم: a singular past verb after ثم, of the person
        and tense of the verb coded before in the sentence (`_then_subject`), whose victims are a
        count of «منهم» (some of a group named before), goes on with that verb's subject: the
        active, not the passive a count after a bare verb of harm is read as (قتل عشرة منهم).
        Not when that subject names many (هاجم المسلحون القرية ثم قتل عشرة منهم: they would go on
        with قتلوا; the singular verb is the passive). Twenty-first session."""
        k = trig.last + 1
        if trig.kind != "verb" or "c" in trig.strip or "e" in trig.strip or \
                trig.form.person not in ("3ms", "3fs") or k + 1 >= len(view.words) or \
                not (view.words[k] == "#" or view.words[k] in grammar_words().count_words) or \
                view.words[k + 1] not in grammar_words().of_them:
            return False
        carried = _then_subject(doc, view, trig)
        if carried is None:
            return False
        m = next((m for m in view.mentions if m.entity.start == carried.start), None)
        return m is not None and not self._plural_head(view, m)

    def _single_persons(self, view: SentenceView) -> list[roles.Mention]:
        """The sentence's actors that are one person (no plural head): no group a count with
        منهم stands for, even when a plural noun before one lets the pronoun agree (تجمع عدد
        من الشبان أمام المسجد، فاعتقلت الشرطة ثلاثة منهم: the young men, not an imam)."""
        return [m for m in view.mentions
                if m.entity.type == "PERSON" and not self._plural_head(view, m)]

    def _chant_of(self, view: SentenceView, trig: Trigger) -> tuple[int, int] | None:
        """The span of the quote that holds the trigger when a word of chanting (events.json
        `chant_words`: هتفوا، هتافات، رددوا، شعارات) stands right before it, or a word after
        that (هتفوا «الموت لأمريكا»، رددوا شعارات «…»، هتفوا خلالها «…»), else None."""
        if not view.quote_spans:
            return None
        at = view.tokens[trig.head].start
        span = next(((a, b) for a, b in view.quote_spans if a <= at < b), None)
        if span is None:
            return None
        opening = next((k for k, t in enumerate(view.tokens) if t.start >= span[0]), None)
        if opening is None:
            return None
        chants = self._context("chant_words")
        for k in range(opening - 1, max(-1, opening - 1 - CHANT_REACH), -1):
            if strip_conj(view.words[k]) in chants:
                return span
            if not view.is_word(k) and view.words[k] not in OPENING_QUOTES:
                return None  # (another clause before the quote)
        return None

    def _verbal_noun_reading(self, view: SentenceView, trig: Trigger,
                             sources: list[roles.Mention]) -> bool:
        """A past form with a pronoun that is also its verbal noun (قصفها، قتله) and whose
        source was not found as a verb's subject, right after it or right before it with no و
        on the verb, may be the noun with its possessive (مهاجمة المستشفيات وقصفها، واصلت
        الميليشيات قصفها للأحياء: "its shelling"), whose pronoun is no one shot at."""
        if trig.form.tense != "past" or not (_bare_triliteral(trig.form.text) or
                                             self._has_masdar_form(view, trig)):
            return False
        return not any(trig.last < m.first <= trig.last + 2 or (
            "c" not in trig.strip and 0 < trig.first - m.last <= 2) for m in sources)

    def _released_by_pronoun(self, doc, view: SentenceView, trig: Trigger, pronoun: str,
                             sources: list[roles.Mention], targets: list[roles.Mention],
                             implicit: ActorRef | None):
        """The parties of a release phrase whose object carries the pronoun of the one released
        (أطلقت سراحه، إطلاق سراحهم). The actor before the phrase that was read as its subject
        is the one released when it is the one held by an arrest coded before (اعتقلت الشرطة
        الناشط ثم أطلقت سراحه) or, right before a verb of the third person masculine singular
        that does not agree with it, the subject of the impersonal passive (إن المعتقلين أطلق
        سراحهم): the one who held it then frees it. Else, with no target, the pronoun stands
        for the nearest actor before the phrase that agrees with it, not the subject
        (اعتقلت الشرطة المحتجين ثم أطلقت سراحهم). An actor between the verb and its object is
        the subject (وأطلقت الشرطة سراحه)."""
        between = [m for m in targets if trig.head < m.first and m.last < trig.last]
        if between:
            # اعتقل الجيش الصحفي وأطلقت الشرطة سراحه: the actor between the verb and its object
            # (read as the object of a verb going on with the first one's subject) is the subject
            sources, targets, implicit = between, [], None
        before = [m for m in sources if m.last < trig.first]
        after = [m for m in sources if m.first > trig.head]
        if before and not after and (self._holder(doc, before) is not None or
                                     self._impersonal_release(view, trig, before, pronoun)):
            return [], before, self._holder(doc, before)
        if not targets:
            m = self._pronoun_referent(view, trig.first, pronoun, sources)
            if m is not None and trig.first - m.last <= REFERENT_REACH:
                targets = roles.coordinated(view, m)
            elif m is None and sources:
                # وقالت عائلته إن السلطات أطلقت سراحه: the one released was named in a sentence
                # before (a person, not a body)
                m = self._earlier_referent(doc, view, pronoun, person=True,
                                           before=trig.first)
                targets = [m] if m is not None else []
            if targets and not sources and implicit is None:
                implicit = self._holder(doc, targets)
        return sources, targets, implicit

    def _asyndetic_relative(self, view: SentenceView, trig: Trigger) -> bool:
        """The verb, with no و or ف, opens the relative clause of the indefinite noun right
        before it (Arabic's جملة صفة, no relative pronoun: عثرت الشرطة على جثة رجل قتل، اعتقلت
        الشرطة رجالاً هاجموا): that noun, no known actor, is its subject or the one it was done
        to, so the subject of the sentence is not its doer. The noun is one of a kind of person
        (events.json `person_kinds`: رجل، امرأة، أطفال), with no article or pronoun on it, or
        another indefinite noun right after a preposition word before a singular verb (a noun
        in a preposition's phrase is no subject; not an attack, a weapon or a means, whose verb
        `_describes_attack` reads, nor a word of time)."""
        k = trig.first - 1
        if trig.kind != "verb" or "c" in trig.strip or k < 0 or \
                trig.form.tense not in ("past", "present") or not view.is_word(k) or \
                k in view.verbs or strip_conj(view.words[k]).startswith(("ال", "لل")) or \
                third_person_pronoun(view, k):
            return False  # (للنظام، جثته: definite)
        if any(m.first <= k <= m.last for m in view.mentions + view.places + view.unknown_persons):
            return False
        analysed = self.compiled.analyse(view.words[k])[0]
        # (شاب، شخص، مسن: events.json `person_nouns`, persons also said by an adjective, which
        # the generic-act rule of `person_kinds` must not read)
        kinds = self._context("person_kinds") | self._context("person_nouns")
        if any(("a" not in how and "e" not in how) and
               (stem in kinds or (stem.endswith("ا") and stem[:-1] in kinds))
               for stem, how in analysed):
            return True
        w = view.words[k]
        if k == 0 or not roles.is_prep(view.words[k - 1]) or "e" in trig.strip or \
                (trig.form.tense == "past" and (_bare_triliteral(trig.form.text) or
                                                self._has_masdar_form(view, trig))) or \
                w in grammar_words().antecedent_pronouns or \
                roles.plural_agreement(trig.form.person) or len(w) < 3 or \
                w in grammar_words().complementizers or w in grammar_words().clause_openers or \
                roles.is_prep(w) or \
                w in self._context("befell_leads"):
            return False  # (not a clitic: an unknown name's first letter may be read as one,
            # مستوطني براخة هاجموا; nor a plural verb, whose subject may stand further back;
            # nor a particle or a pronoun: بعد أن زار، مما أدى، حتى وهي تحارب; nor a form that
            # may be a verbal noun, a bare past, one spelt like its verbal noun or with a
            # pronoun: عن بالغ شكره، إلى عنصر دعم، إلى وجود تعاون)
        keys = self.compiled.analyse(strip_conj(view.words[k]))[1]
        return strip_conj(view.words[k]) not in grammar_words().attack_nouns and keys.isdisjoint(
                self._context("means_nouns")) and keys.isdisjoint(self._context("weapon_nouns")) \
            and keys.isdisjoint(self._context("time_words")) and \
            view.words[k] not in grammar_words().time_adverbs and \
            strip_conj(view.words[k]) not in span_units()
        # (قبل يومين يهدد: a span of time, no noun the verb's clause describes)

    def _earlier_referent(self, doc, view: SentenceView, pronoun: str, person: bool,
                          before: int | None = None) -> roles.Mention | None:
        """Whom a third-person pronoun with no referent in its own sentence stands for: the
        nearest actor of the `EARLIER_SENTENCES` sentences before it in its paragraph that
        agrees with it (`_agrees_with_pronoun`), not quoted, not a place; with `person` one that
        is no body (a person's name, or a noun of a person: الناشط، الصحافي; not الحكومة،
        الجيش), else a body or a group (حركة طالبان … وقصفت الطائرات مواقعها), no person's name.
        The mention returned belongs to that earlier sentence (only its entity is to be read).
        For a person, none when a person no dictionary knows is named before `before` in the
        pronoun's own sentence, or a relative pronoun stands in the four words before it
        (بايانجوك، الذي سبق وأن اعتقلته السلطات: that person, no actor, is the referent)."""
        earlier = doc.state.get(STATE_EARLIER_VIEWS)
        if not earlier or not pronoun:
            return None
        if person and before is not None and (
                any(u.last < before for u in view.unknown_persons) or
                any(w in grammar_words().relative_pronouns
                    for w in view.words[max(0, before - 4):before])):
            return None
        for v in earlier_views(doc, view):
            for m in reversed(v.mentions):
                e = m.entity
                if m.in_quote or m.locative or e.type in ("GPE", "LOC") or (
                        e.how == "nisba" and m.first == m.last) or \
                        (e.type == "PERSON") != person and not (person and self._person_noun(v, m)):
                    continue
                if self._agrees_with_pronoun(v, m, pronoun):
                    return m
        return None

    def _person_noun(self, view: SentenceView, m: roles.Mention) -> bool:
        """The actor `m` is a person named by a noun, not a body: a noun whose role is none
        of a body of the state (الناشط، الصحافي، المعارض; not الحكومة، الجيش، الشرطة) and
        whose first word is no noun of a body or of a group (events.json `name_heads`,
        `body_nouns`) nor a plural."""
        role = (m.entity.actor_code or "")[-3:]
        keys = self.compiled.analyse(strip_conj(view.words[m.first]))[1]
        return role not in STATE_ROLES and not self._plural_head(view, m) and \
            keys.isdisjoint(self._context("name_heads")) and \
            keys.isdisjoint(self._context("body_nouns"))

    def _impersonal_release(self, view: SentenceView, trig: Trigger,
                            before: list[roles.Mention], pronoun: str) -> bool:
        """إن المعتقلين أطلق سراحهم: a past verb of the third person masculine singular with no
        و on it, right after an actor that is neither of the state nor armed, whom the
        pronoun agrees with and the verb does not (plural, dual or feminine): أُطلق سراحهم."""
        m = before[-1]
        return trig.form.tense == "past" and trig.form.person == "3ms" and \
            "c" not in trig.strip and m.last == trig.first - 1 and \
            (m.entity.actor_code or "")[-3:] not in STATE_ROLES | roles.ARMED_ROLES and \
            pronoun != "ه" and self._agrees_with_pronoun(view, m, pronoun)

    def _object_noun_pronoun(self, view: SentenceView, trig: Trigger) -> str:
        """The third-person pronoun on the last word of a phrase's object (أطلقت سراحه،
        إطلاق سراحهم: ه، هم), or "" when that word matched the object as it is."""
        last = [obj[-1] for ph in self.compiled.phrases if ph.pattern == trig.pattern
                for obj in ph.objects]
        analysed = self.compiled.analyse(view.words[trig.last])[0]
        if any(not how and any(stem in keys for keys in last) for stem, how in analysed) or \
                not any("e" in how and any(stem in keys for keys in last)
                        for stem, how in analysed):
            return ""
        return third_person_pronoun(view, trig.last)

    def _against_target(self, view: SentenceView, trig: Trigger, pat: Pattern,
                        used: set[int]) -> list[roles.Mention]:
        """The actor after a word of grammar.json `opposed_preps` (ضد) at most AGAINST_REACH
        words after a hostile act's trigger (CAMEO 14–20), only the adjectives of a nominal
        trigger between (`_qualifies`), whose pattern takes a target (or is
        one of violence: تفجير انتحاري ضد الشرطة) but lists no such word among its prepositions
        (arrests, abductions, killings, firing, shelling, suicide bombings): whom the act is
        against (شنت الشرطة حملة اعتقالات واسعة ضد الناشطين; twenty-fifth
        session). Farther on, ضد belongs to another noun (اعتقلت الشرطة ثلاثة متهمين بتنفيذ
        هجمات ضد الجيش: the army is the attacks' target, not the arrest's)."""
        against = grammar_words().opposed_preps
        if pat.cameo[:2] < "14" or not against.isdisjoint(pat.target_preps) or \
                not (pat.target_object or pat.target_preps or pat.plover in VIOLENCE):
            return []
        w = view.words
        k = next((j for j in range(trig.last + 1, min(len(w), trig.last + 2 + AGAINST_REACH))
                  if w[j] in against), None)
        if k is None or any(not _qualifies(view, trig, j) for j in range(trig.last + 1, k)):
            return []  # (منعت الغارات الجوية ضد مواقع الصرب: the strikes' ضد, not the ban's)
        return roles.prep_targets(view, tuple(against), k - 1, used, limit=1,
                                  places=pat.cameo[:2] >= "17")

    def _owned_positions(self, view: SentenceView, trig: Trigger,
                         sources: list[roles.Mention]) -> str:
        """The third-person pronoun on the positions an attack hits (هجمات يشنها تنظيم داعش
        على مواقعها، قصفت الطائرات مقراتهم: ها، هم), or "": a noun of `military_positions`
        with a pronoun right after the trigger (or its subject after it) or after على / ضد
        there."""
        w = view.words
        k = max([trig.last] + [m.last for m in sources if m.first > trig.last]) + 1
        if k < len(w) and w[k] in grammar_words().against_preps:
            k += 1
        return self._owned_at(view, k, "military_positions")

    def _thing_owner(self, view: SentenceView, trig: Trigger,
                     sources: list[roles.Mention]) -> roles.Mention | None:
        """Whose convoy, home, car or men an attack hit (events.json `owned_targets` with a
        pronoun: استهدف مسلحون موكبه، استهدف الهجوم منزله، نجا الرئيس من هجوم استهدف
        منزله): the thing stands right after the verb, after its subject there (an actor, or
        an attack noun and one adjective: الهجوم الانتحاري), then perhaps after على / ضد and a
        quantifier (على بعض عناصره), or after the verb of targeting
        that describes an attack noun (`_targeting_verb_after`); the owner is the nearest actor
        before the trigger that agrees with the pronoun, not in a preposition phrase, at most
        `REFERENT_REACH` words back, no person of unknown name nearer (`_pronoun_referent`).
        None when the doer is nearer and agrees (فجر انتحاري سيارته: his own car)."""
        w = view.words
        k = max([trig.last] + [m.last for m in sources if m.first > trig.last]) + 1
        if k < len(w) and w[k] in grammar_words().attack_nouns and trig.kind == "verb":
            k += 2 if k + 1 < len(w) and _adjective_like(w[k + 1]) else 1  # استهدف الهجوم منزله
        if k + 1 < len(w) and w[k] in grammar_words().against_preps:
            k += 1  # الغارة التي شنتها طائرات إسرائيلية على بعض عناصره
            if k + 1 < len(w) and w[k] in grammar_words().quantifiers:
                k += 1
        if k < len(w) and trig.kind != "verb" and not self._owned_at(view, k):
            verb = self._targeting_verb_after(view, trig, sources)
            k = verb + 1 if verb is not None else k  # هجوم استهدف منزله
        pronoun = self._owned_at(view, k)
        if not pronoun or any(trig.last < m.first < k and self._agrees_with_pronoun(
                view, m, pronoun) for m in sources):
            return None
        # (شنت الطائرات غارات على الحوثيين ودمرت آلياتهم: the one attacked before, after على)
        m = self._pronoun_referent(view, trig.first, pronoun, [
            x for x in view.mentions
            if x.in_pp and view.words[x.first - 1] not in grammar_words().against_preps])
        if m is None or any(m is x for x in sources) or trig.first - m.last > REFERENT_REACH or \
                any(m.last < u.first < trig.first for u in view.unknown_persons):
            return None
        return m

    def _owned_at(self, view: SentenceView, k: int, nouns: str = "owned_targets") -> str:
        """The third-person pronoun on a noun of the context `nouns` at words[k] (موكبه: ه;
        مواقعها: ها), or ""."""
        if k >= len(view.words) or not view.is_word(k) or \
                not any("e" in strip and stem in self._context(nouns)
                        for stem, strip in self.compiled.analyse(view.words[k])[0]):
            return ""
        return third_person_pronoun(view, k)

    def _positions_owner(self, view: SentenceView, trig: Trigger, sources: list[roles.Mention],
                         pronoun: str, doc=None) -> roles.Mention | None:
        """Whom the pronoun of the positions (`_owned_positions`) stands for: the nearest actor
        before the trigger that agrees with it, not one of the sources nor one in a
        preposition phrase (دخلت في محادثات مع الحكومة، في حين تواجه هجمات … على مواقعها: the
        movement of the sentence before, not the government), at most `REFERENT_REACH` words
        back."""
        m = self._pronoun_referent(view, trig.first, pronoun,
                                   sources + [x for x in view.mentions if x.in_pp])
        if m is None and doc is not None:
            # تواجه حركة طالبان هجمات … . وقصفت الطائرات مواقعها: a body of a sentence before
            return self._earlier_referent(doc, view, pronoun, person=False)
        return m if m is not None and trig.first - m.last <= REFERENT_REACH else None

    def _people_owner(self, doc, view: SentenceView, trig: Trigger, passive: bool,
                      sources: list[roles.Mention],
                      implicit: ActorRef | None = None) -> list[roles.Mention]:
        """Whose people an act of force or an arrest hit, told by a pronoun on the word for
        them, with the place or body named before (هاجم مسلحون قرية … وقتلوا عدداً من سكانها،
        اقتحمت القوات مخيم جنين. واعتقلت عشرة من أهله، وقتلوا عدداً من عناصره، واعتقلت
        عشرة منهم): after the verb (and its subject after it), a count and من then a noun of
        `resident_nouns` with a pronoun (or that noun alone: واعتقلت سكانها) stands for the
        people of the place the pronoun stands for, its country's civilians (NGACVL, as
        `people_of_places` codes a town hit); a count and من then a noun of `owned_targets`
        with a pronoun, or منهم, for the body or group the pronoun stands for. The referent is
        the nearest agreeing one before the trigger in its sentence, else in the sentence
        before in its paragraph (a body: `_earlier_referent`); [] when none."""
        w = view.words
        k = trig.last + 1 if passive else \
            max([trig.last] + [m.last for m in sources if m.first > trig.last]) + 1
        j = _past_count(view, k, self._context("gather_quantifiers"))
        if j is None:
            pronoun, residents = self._owned_at(view, k, "resident_nouns"), True
        elif w[j] == MIN:
            pronoun = self._owned_at(view, j + 1, "resident_nouns")
            residents = bool(pronoun)
            pronoun = pronoun or self._owned_at(view, j + 1)
        else:
            pronoun = third_person_pronoun(view, j) if w[j] in grammar_words().min_pronouns else ""
            residents = False
        if not pronoun:
            return []
        if residents:
            place = self._place_referent(doc, view, trig.first, pronoun)
            e = place.entity if place is not None else None
            doers = [(x.entity.actor_code, x.entity.type) for x in sources] + (
                [(implicit.actor_code, implicit.type)] if implicit is not None else [])
            if e is None or not e.country or any(
                    (code or "")[:3] == e.country and (kind in ("GPE", "LOC") or
                                                       len(code or "") == 3)
                    for code, kind in doers):
                # (تقوم إيران … بقتل مواطنيها: the state and its own people are one actor for
                # the dyad (`_same_actor`), which would leave the event none)
                return []
            return [dataclasses.replace(place, entity=dataclasses.replace(
                e, actor_code=e.country + "CVL", role="CVL"))]
        # (مقراً لحزب الله … وقتلوا عدداً من عناصره: the owner after لـ or after على / ضد;
        # never the verb's own subject, carried from the verb before: هاجم مسلحون دورية … ثم
        # قتلوا ثلاثة منهم, twentieth session)
        own = [x for x in view.mentions if x.entity.start == implicit.start] \
            if implicit is not None else []
        m = self._pronoun_referent(view, trig.first, pronoun, sources + own + [
            x for x in view.mentions if x.in_pp and roles.clitic_prep(view, x.first) != "ل" and
            view.words[x.first - 1] not in grammar_words().against_preps] + (
            self._single_persons(view)
            if j is not None and w[j] in grammar_words().min_pronouns else []))
        if m is not None and (trig.first - m.last > REFERENT_REACH or
                              any(m.last < u.first < trig.first for u in view.unknown_persons) or
                              any(view.words[k] in grammar_words().clause_openers or
                                  strip_conj(view.words[k]) in result_verbs()
                                  for k in range(m.last + 1, trig.first))):
            # (المصلين الذين حاولوا منع المستوطن ما أدى إلى إصابة عدد من حراس المسجد واعتقال
            # عدد آخر منهم: another clause between, whose people the pronoun may stand for)
            return []
        if m is None and own and (last := _earlier_in_sentence(
                doc, STATE_LAST_OBJECT, view, trig)) is not None and \
                last.canonical != implicit.canonical:
            # (the group is not the subject's own: the other side, the target of the verb
            # before, دورية للشرطة; not one of the subject's kind, which would be both sides)
            m = next((x for x in view.mentions if x.entity.start == last.start and
                      not any(x is y for y in own)), None)
        if m is None:
            m = self._earlier_referent(doc, view, pronoun, person=False, before=trig.first)
            return [m] if m is not None else []
        return roles.coordinated(view, m)

    def _place_referent(self, doc, view: SentenceView, before: int,
                        pronoun: str) -> roles.Mention | None:
        """The place a singular pronoun on the word for its people stands for (سكانها، أهله):
        the nearest place before `before` in the sentence, at most `REFERENT_REACH` words back,
        else the last of the sentence before in its paragraph, that agrees with it
        (`_place_agrees`); not quoted."""
        if pronoun not in ("ه", "ها"):
            return None
        for m in reversed(view.places):
            if m.last < before and not m.in_quote and before - m.last <= REFERENT_REACH and \
                    self._place_agrees(view, m, pronoun):
                return m
        earlier = doc.state.get(STATE_EARLIER_VIEWS) or []
        para = doc.sentences[view.index].paragraph
        for p, v in reversed(earlier):
            if p != para or v.index >= view.index:
                continue
            if v.index != view.index - 1:
                return None
            return next((m for m in reversed(v.places) if not m.in_quote and
                         self._place_agrees(v, m, pronoun)), None)
        return None

    def _place_agrees(self, view: SentenceView, m: roles.Mention, pronoun: str) -> bool:
        """The place `m` may be what ه or ها stands for: by the noun of place before it (مخيم
        جنين: ه; مدينة حلب: ها), else by its name (`_gender`: countries and cities are
        feminine but for `masculine_places`); what the words do not tell is allowed."""
        k = m.first - 1
        while k >= 0 and view.words[k] in place_head_words():
            k -= 1
        if k + 1 < m.first:
            gender = "f" if view.tokens[k + 1].text.endswith(("ة", "ات")) else "m"
        else:
            gender = self._gender(view, m)
        return not gender or (gender == "f") == (pronoun == "ها")

    def _fallen_phrase(self, view: SentenceView, trig: Trigger) -> bool:
        """A phrase of falling dead or wounded (events.json `fallen_verbs`: سقط عشرة جنود
        قتلى، سقطوا جرحى): its subject fell, as in تعرض لـ and لقي مصرعه, the target; not
        its doer."""
        return not self.compiled.analyse(view.words[trig.first])[1].isdisjoint(
            self._context("fallen_verbs"))

    def _counted_protesters(self, view: SentenceView, trig: Trigger) -> ActorRef | None:
        """تظاهر نحو 400 طالب، اعتصم ثلاثون عاملاً، تظاهر أمس ألف معلم: the people a protest's
        verb counts right after it (a time adverb, a quantifier of events.json
        `gather_quantifiers`, أكثر من, then digits, count words or the tens of numbers.json
        in either case: خمسون، خمسين، خمسة وعشرون), named by a singular noun of grammar.json
        `counted_role_nouns` (bare or with the accusative alif), are its source,
        coded with the noun's role. The actors stage names no one there (طالب is also a verb,
        عامل a factor), so the protest had no source or borrowed the crowd named later (ورفع
        المتظاهرون لافتات). None when no such count and noun follow the verb. Twenty-fourth
        session."""
        if trig.kind not in ("verb", "phrase"):
            return None
        w, n = view.words, len(view.words)
        k = trig.first + 1
        if k < n and (w[k] in grammar_words().time_adverbs or w[k] in self._context("time_words")):
            k += 1  # (تظاهر أمس نحو مائة طالب)
        if k < n and w[k] in self._context("gather_quantifiers"):
            k += 1
            if k < n and w[k] == MIN:
                k += 1  # (أكثر من 300 عامل)
        counted, tens = 0, number_tables().tens  # (خمسون، ثلاثين: the tens of numbers.json)
        while k < n and counted < 3 and (w[k] == "#" or w[k] in grammar_words().count_words or
                                         w[k] in tens or counted and strip_conj(w[k]) in tens):
            k += 1
            counted += 1
        if not counted or k >= n or not view.is_word(k):
            return None
        nouns = grammar_words().counted_role_nouns
        value = nouns.get(w[k])
        if value is None and w[k].endswith("ا") and len(w[k]) > 3:
            value = nouns.get(w[k][:-1])  # (ثلاثون عاملاً، 60 مسيحياً)
        if value is None:
            return None
        code, _, canonical = value.partition(" ")
        tok = view.tokens[k]
        return ActorRef(canonical or code, code, tok.text, tok.start, tok.end)

    def _unagreeing_protest_source(self, view: SentenceView, trig: Trigger,
                                   sources: list[roles.Mention]) -> roles.Mention | None:
        """وسار المحتجون حتى مقر الحكومة حيث تظاهروا؛ لم يصلوا إلى حيث تقع السفارة وإنما
        تجمعوا: a protest verb of the masculine plural whose sources, all named before it, are
        each one body, place or person (no plural head, `_plural_head`) does not agree with
        them; its subject is the crowd of protesters the sentence names (events.json
        `protest_crowds`, `_crowd`), which replaces them. None when the verb is no masculine
        plural, a source agrees or stands after it, or no crowd is named; nor when the sources
        are actors joined by و right before the verb (وكان حزب الوفد وحزب التجمع قد تظاهروا:
        singulars coordinated agree with the plural, `_joined_subject`). Twenty-fourth
        session."""
        person = trig.form.person or ""
        if trig.kind != "verb" or not (person.startswith("3") and "mp" in person) or \
                not sources or any(m.first > trig.last or self._plural_head(view, m)
                                   for m in sources) or self._joined_subject(view, trig, sources):
            return None
        crowd = self._crowd(view, trig, {id(m) for m in sources})
        return crowd if crowd is not None and crowd.last < trig.first else None

    @staticmethod
    def _joined_subject(view: SentenceView, trig: Trigger, sources: list[roles.Mention]) -> bool:
        """The sources are actors joined by و standing right before the verb, its subject
        (وكان حزب الوفد وحزب التجمع قد تظاهروا: singulars coordinated agree with the plural):
        more sources than one, or one that opens with و (or the word of its construct right
        before it does: واتحاد الطلبة) after another actor, or is followed by و and another;
        only قد and words of time may stand between them and the verb. Actors joined in a phrase
        of place away from it (حتى مقر الحكومة والبرلمان حيث تظاهروا) are no subject.
        Twenty-fourth session (review mends 2)."""
        w = view.words

        def joined(k: int) -> bool:  # w[k] opens with the conjunction و after an actor
            return 0 < k < len(w) and view.is_word(k) and w[k][0] == "و" and \
                strip_conj(w[k]) != w[k] and roles.mention_at_word(view, k - 1)

        m = max(sources, key=lambda x: x.last)
        end = m.last
        if end + 1 < trig.first and joined(end + 1) and roles.mention_at_word(view, end + 1):
            end = next(x.last for x in view.mentions if x.first <= end + 1 <= x.last)
        adverbs = grammar_words().time_adverbs
        if any(x not in ("قد", "لقد") and x not in adverbs for x in w[end + 1:trig.first]):
            return False
        return len(sources) > 1 or end > m.last or joined(m.first) or \
            (m.first > 0 and not roles.mention_at_word(view, m.first - 1) and joined(m.first - 1))

    def _barred_protest(self, view: SentenceView, trig: Trigger) -> bool:
        """A protest noun that a verb (or verbal noun) of events.json `protest_barring_verbs`
        governs, at most `BARRING_REACH` words before it in its clause (لن يسمح بالمسيرة،
        رفضت السلطات السماح بمسيرة، منعت الشرطة أمس مظاهرة، فرقت قوات الأمن الاعتصام): the
        subject of that verb barred, banned or broke up the protest; it is not its crowd."""
        barring = self._context("protest_barring_verbs")
        for k in range(trig.first - 1, max(-1, trig.first - 1 - BARRING_REACH), -1):
            if view.words[k] in roles.HARD_STOPS or view.words[k] in grammar_words().clause_openers:
                return False
            if view.words[k] in barring:
                return True
        return False

    def _protest_owner(self, view: SentenceView, trig: Trigger,
                       sources: list[roles.Mention], doc=None) -> list[roles.Mention]:
        """Whose protest a verb of force or restriction (CAMEO 17) took as its object: a noun
        of events.json `protest_object_nouns` right after the verb (after its subject there and
        a word of time: منعت السلطات أمس مسيرة), then its genitive or an actor with لـ
        (مسيرة المعارضة، مظاهرة لأنصار الحزب): those people were barred or dispersed, the
        target. A definite noun with neither (منعت السلطات المسيرة), with `doc`: the people of
        that protest named in the sentence before (`_earlier_protest_people`). [] when the
        object is no protest or names no one."""
        w = view.words
        k = max([trig.last] + [m.last for m in sources if m.first > trig.last]) + 1
        if k < len(w) and w[k] in grammar_words().time_adverbs:
            k += 1
        nouns = self._context("protest_object_nouns")
        if k >= len(w) or not view.is_word(k) or roles.mention_at_word(view, k):
            return []
        stems = {stem for stem, _strip in self.compiled.analyse(w[k])[0]} & nouns
        if not stems:
            return []
        own = roles.genitive_after(view, k, k) or roles.lam_agent(view, k, lam_target=False)
        if own or doc is None or not _definite_word(w[k], view.tokens[k].text):
            return own
        people = self._earlier_protest_people(doc, view, stems)
        return [people] if people is not None else []

    def _earlier_protest_people(self, doc, view: SentenceView,
                                stems: set[str]) -> roles.Mention | None:
        """The people of the protest a definite noun resumes (ومنعت السلطات المسيرة), when the
        sentence right before in the paragraph names that noun (one of `stems`) once: its
        genitive or the actor with لـ after it (مسيرة للمعارضة), else the subject before it
        when that is no body of the state (دعت المعارضة أنصارها إلى مسيرة: who called it);
        None when that sentence names no such noun, names it twice, or names no one."""
        prev = previous_view(doc, view)
        if prev is None:
            return None
        at = [j for j, x in enumerate(prev.words) if prev.is_word(j) and
              not stems.isdisjoint(stem for stem, _s in self.compiled.analyse(x)[0])]
        if len(at) != 1:
            return None
        j = at[0]
        own = roles.genitive_after(prev, j, j) or roles.lam_agent(prev, j, lam_target=False)
        if own:
            return own[0]
        m = roles.preverbal_subject(prev, j)
        return m if m is not None and (m.entity.actor_code or "")[-3:] not in STATE_ROLES \
            and not m.in_quote else None

    def _fallen_owner(self, doc, view: SentenceView, trig: Trigger,
                      agents: list[roles.Mention]) -> roles.Mention | None:
        """Whose dead fell, named right after the verb of falling (after فيها / فيه, the
        battle's): من X or من بين X (سقط من المتظاهرين ثلاثة قتلى) is X; a word of events.json
        `fallen_owner_words` (منهم، لهم، له) is who its pronoun stands for, the nearest agreeing
        actor before the verb in its sentence that is not the agent (شن الجيش هجوماً على
        المسلحين وسقط منهم عشرون قتيلاً: the militants), else one of the sentence before in its
        paragraph (`_earlier_referent`). None when the word after the verb is neither."""
        w = view.words
        k = trig.first + 1
        if k < trig.last and w[k] in self._context("fallen_battle_words"):
            k += 1  # اشتباكات سقط فيها لهم عشرة قتلى
        if k >= trig.last:
            return None
        if w[k] == MIN:
            j = k + 2 if k + 2 <= trig.last and w[k + 1] == BETWEEN else k + 1
            m = view.mention_at(j, j)
            return m if m is not None and m.first == j and m.last < trig.last else None
        if w[k] not in self._context("fallen_owner_words"):
            return None
        pronoun = third_person_pronoun(view, k)
        if not pronoun:
            return None
        m = self._pronoun_referent(view, trig.first, pronoun, agents)
        if m is not None and trig.first - m.last <= REFERENT_REACH:
            return m
        return self._earlier_referent(doc, view, pronoun, person=False, before=trig.first)

    def _battle_enemy(self, view: SentenceView, trig: Trigger, pat: Pattern,
                      targets: list[roles.Mention], dead: dict | None = None
                      ) -> list[roles.Mention]:
        """Who killed a battle's dead: a toll of violence (CAMEO 18, 19, 20: قتل، مقتل، سقط له
        قتلى) with its victims (in its slots, or the first actor after it, `_victims`) and no
        doer, then, at most `BATTLE_REACH` words after them in
        their clause, a noun of events.json `battle_nouns` (اشتباكات، مواجهات، معارك), مع and
        an actor (قتل ثلاثة من المسلحين في اشتباكات مع الجيش; سقط له ثلاثة قتلى في المواجهات
        مع الجيش): they fell fighting that actor, the source. [] when the actor after مع is one
        of the victims' or has their code (a clash of one side with itself says nothing).
        `dead`, when given, records the victims under (sentence, battle noun's position) for
        the clash's own sides (`_clash_side`)."""
        w = view.words
        if pat.cameo[:2] not in ("18", "19", "20") or WITH not in w:
            return []
        if not targets:
            # (قتل ثلاثة من المسلحين: the victims the stage reads after the toll, `_victims`)
            ref = _victims(view, trig, set(), self.compiled.contexts)
            after = trig.head if trig.kind == "phrase" else trig.last  # (لقي X مصرعه)
            targets = [m for m in view.mentions if ref is not None and m.entity.start == ref.start
                       and m.first > after][:1]
            if not targets:
                return []
        start = max([trig.last] + [m.last for m in targets]) + 1
        nouns = self._context("battle_nouns")
        for k in range(start, min(len(w) - 2, start + BATTLE_REACH)):
            if w[k] in roles.HARD_STOPS or w[k] in grammar_words().clause_openers or \
                    k in view.verbs:
                return []
            if w[k + 1] != WITH or self.compiled.analyse(w[k])[1].isdisjoint(nouns):
                continue
            m = view.mention_at(k + 2, k + 2)
            if m is None or m.first != k + 2 or m.locative:
                return []
            enemy = roles.coordinated(view, m)
            codes = {t.entity.actor_code for t in targets}
            if any(x is t or x.entity.actor_code in codes for x in enemy for t in targets):
                return []
            if dead is not None:
                dead[(view.index, k)] = targets
            return enemy
        return []

    def _clash_side(self, doc, view: SentenceView, trig: Trigger,
                    targets: list[roles.Mention]) -> list[roles.Mention]:
        """The side of a clash that fought the actor after مع, when the battle noun (events.json
        `battle_nouns`) has مع right after it, that actor as its target and no source: the dead
        of a toll told before it in its clause, whose killers `_battle_enemy` read after مع
        (قتل ثلاثة من المسلحين في اشتباكات مع الجيش: the gunmen fought the army), unless they
        are civilians (a CVL code: who dies in a clash need not be a side of it); else the
        subject of a verb of entering a fight (`clash_entry_verbs`: خاض الحوثيون اشتباكات مع
        الجيش، دخل المسلحون في مواجهات مع), right before the noun, في and words of time
        between. [] otherwise (بين X و Y is read by the general rules)."""
        w = view.words
        k = trig.head
        if not targets or k + 1 >= len(w) or w[k + 1] != WITH or trig.kind == "verb" or \
                self.compiled.analyse(w[k])[1].isdisjoint(self._context("battle_nouns")):
            return []
        fallen = (doc.state.get(STATE_BATTLE_DEAD) or {}).get((view.index, k))
        if fallen:
            # (not civilians; not a place `_victims` read past the dead: قتل ١٠ من الحوثيين
            # وقوات صالح في مواجهات مع المقاومة … في محافظة مارب)
            return [] if any(m.entity.actor_code and m.entity.actor_code.endswith("CVL") or
                             m.entity.type in ("GPE", "LOC") for m in fallen) else list(fallen)
        j = trig.first - 1
        while j >= 0 and (w[j] in IN_WORDS or self._time_word_at(doc, view, j)):
            j -= 1
        m = view.mention_ending_at(j) if j >= 0 else None
        if m is None or m.first < 1 or m.in_pp or m.locative or m.in_quote or \
                m.entity.type == "LOC" or \
                strip_conj(w[m.first - 1]) not in self._context("clash_entry_verbs"):
            return []
        return roles.coordinated(view, m)

    def _doer_not_before(self, view: SentenceView, trig: Trigger, pat: Pattern,
                         sources: list[roles.Mention], implicit
                         ) -> tuple[list[roles.Mention], object] | None:
        """When the actors found before an act of violence cannot have done it, the sources left
        (those after the trigger) and no implicit doer; None when none of these holds:
        - a verbal noun in the object of a verb of condemning or welcoming (events.json
          `condemning_verbs`, `welcoming_verbs`), at most `CONDEMNED_REACH` words after it, no
          other verb, clause opener or stop between (أدانت الخارجية الاعتداء على السفارة وقتل
          الحراس), or of a participle of condemning (grammar.json `condemning_participles`: قال
          الوزير مستنكراً قصف المدارس): who condemns did not do it;
        - a verbal noun right after a noun of a claim (`claim_nouns`: قال السفير إن مزاعم منع
          الحجاج …): what the speaker calls a claim is not his act;
        - a verb whose subject is the plain noun after a copula before it (`copulas`: نفت
          الوزارة أن تكون طائراتها قصفت المستشفى): neither the one who denies nor the object
          after the verb did it;
        - a definite attack noun after a preposition that refers to an act told before
          (`act_reference_preps`: وقتل خلال القصف ثمانية مسلحين من التنظيم): an actor after it
          past a word that is no definite adjective of the noun (the victims' count), no
          relative pronoun or verb between (على إثر الهجوم رد الحزب: the verb's own subject), is
          not its doer;
        - a verb whose subject is a definite attack noun right after it (grammar.json `attack_nouns`:
          قصفت القوات منزل المحافظ، العميد …، كما استهدف القصف مقر الشرطة): only an actor right
          after the noun (الغارات الإسرائيلية) did it;
        - a verb right after a relative pronoun, its antecedent resumed in the clause by an
          object pronoun on the verb or a preposition's pronoun after it (`resumptive_pps`)
          agreeing with the pronoun (بلدة بريف حمص التي قصفت قوات النظام مناطق فيها، قرية
          التي قصفتها قوات النظام), and a word that can be its own subject right after the verb
          (not a preposition: الأراضي التي اجتاحتها في 2014, its subject a pronoun for the actor
          before): the antecedent, and any actor before it, is no subject."""
        if trig.first < 1 or not (sources or implicit is not None):
            return None
        w = view.words
        after = [m for m in sources if m.first > trig.last]
        # (منع، وقتل الحراس: a verbal noun spelt as a past verb of three letters)
        noun_like = _is_nominal(trig) or (trig.kind == "verb" and trig.form.tense == "past" and
                                          _bare_triliteral(trig.form.text))
        if noun_like and strip_conj(w[trig.first - 1]) in self._context("claim_nouns"):
            return after, None
        if pat.plover not in VIOLENCE:
            return None
        if w[trig.first] in grammar_words().attack_nouns and w[trig.first].startswith(ARTICLE) and \
                strip_conj(w[trig.first - 1]) in self._context("act_reference_preps"):
            # وقتل خلال القصف ثمانية مسلحين من التنظيم: the attack named before; the victims'
            # group after it did not do it (but جراء القصف الذي شنه المسلحون: its own clause)
            # (an actor of the noun's own phrase stays: بسبب القصف الحربي لحزب الله على إسرائيل)
            kept = [m for m in sources if m.first <= trig.last or all(
                w[j].startswith(ARTICLE) for j in range(trig.last + 1, m.first)) or any(
                w[j] in grammar_words().relative_pronouns or j in view.verbs
                for j in range(trig.last + 1, m.first))]
            return (kept, implicit) if len(kept) < len(sources) else None
        if noun_like:
            reacting = self._context("condemning_verbs") | self._context("welcoming_verbs")
            participles = grammar_words().condemning_participles
            for k in range(trig.first - 1, max(-1, trig.first - 1 - CONDEMNED_REACH), -1):
                if strip_conj(w[k]) in reacting or strip_conj(w[k]) in participles:
                    return after, None
                if (k in view.verbs and not roles.mention_at_word(view, k)) or \
                        w[k] in roles.HARD_STOPS or w[k] in grammar_words().clause_openers:
                    return None  # (وزارة, read as a verb, inside the condemner's name)
            return None
        if trig.kind != "verb":
            return None
        n = trig.last + 1
        while n < len(w) and w[n] in grammar_words().time_adverbs:
            n += 1
        if n < len(w) and w[n] in grammar_words().attack_nouns and w[n].startswith(ARTICLE) and \
                any(m.last < trig.first for m in sources):
            # كما استهدف القصف مقر الشرطة: the attack named is the subject; no actor before the
            # verb (the object's apposition before it: منزل المحافظ، العميد …) did it, only one
            # right after the noun (استهدفت الغارات الإسرائيلية)
            return [m for m in sources if m.first == n + 1], None
        k = trig.first - 1
        if k >= 1 and strip_conj(w[k - 1]) in self._context("copulas") and view.is_word(k) and \
                len(w[k]) > 2 and k not in view.verbs and not roles.mention_at_word(view, k) and \
                not roles.is_prep(w[k]) and w[k] not in grammar_words().time_adverbs and \
                w[k] not in grammar_words().relative_pronouns and \
                w[k] not in self._context("time_words"):
            # (أن تكون طائراتها قصفت: the owner of the means, a state or a body of one named
            # before, did it)
            owner = self._means_owner(view, k)
            return ([owner] if owner is not None else []), None
        rel = w[k]
        ending = RELATIVE_ENDINGS.get(rel)
        if ending is None:
            return None
        n = trig.last + 1
        while n < len(w) and w[n] in grammar_words().time_adverbs:
            n += 1
        if n >= len(w) or not view.is_word(n) or roles.is_prep(w[n]) or \
                w[n] in grammar_words().clause_openers or roles.clitic_prep(view, n):
            return None  # (الأراضي التي اجتاحتها في عام 2014: no subject of its own after it)
        resumed = "e" in trig.strip and w[trig.head].endswith(ending)  # (قصفتها: its object)
        pps = self._context("resumptive_pps")
        for j in range(trig.last + 1, min(len(w), trig.last + 1 + CONDEMNED_REACH)):
            if resumed or w[j] in roles.HARD_STOPS or w[j] in grammar_words().clause_openers or \
                    j in view.verbs:
                break
            resumed = w[j] in pps and w[j].endswith(ending)
        return ([m for m in sources if m.first > k], None) if resumed else None

    def _time_word_at(self, doc, view: SentenceView, k: int) -> bool:
        """The word at `k` tells a time: a word of time (أمس، اليوم) or inside a date the dates
        stage found (يوم الأحد)."""
        if view.words[k] in grammar_words().time_adverbs or \
                view.words[k] in self._context("time_words"):
            return True
        tok = view.tokens[k]
        return any(d.start <= tok.start and tok.end <= d.end for d in doc.dates)

    def _aircraft_owner(self, doc, view: SentenceView, trig: Trigger) -> roles.Mention | None:
        """Whose aircraft a bare definite aircraft noun that does the violence is (events.json
        `bare_aircraft`: الطائرات، الطيران، المقاتلات, no actor of its own): the subject right
        after the verb (a word of time between) or right before it, or the noun's genitive
        (قصف الطيران المدينة). They are the aircraft of the last owner named after an aircraft
        noun (`aircraft_nouns`: طائرات التحالف، الطائرات الروسية) before the trigger in its
        paragraph, that sentence included (شنت طائرات التحالف غارات … ثم قصفت الطائرات). None
        when no owner is named: the aircraft alone say nothing of whose they are. The mention
        may belong to an earlier sentence (only its entity is to be read)."""
        w = view.words
        bare = self._context("bare_aircraft")
        k = trig.last + 1
        if k < len(w) and w[k] in grammar_words().time_adverbs:
            k += 1
        at = k if k < len(w) and w[k] in bare else trig.first - 1 \
            if trig.kind == "verb" and trig.first > 0 and w[trig.first - 1] in bare else None
        if at is None or roles.mention_at_word(view, at):
            return None
        nouns = self._context("aircraft_nouns")
        for v in (view, *earlier_views(doc, view)):
            for m in reversed(v.mentions):
                if (v is view and m.first >= min(at, trig.first)) or m.first == 0 or \
                        m.in_quote or m.entity.type == "LOC" or m.locative or \
                        self.compiled.analyse(v.words[m.first - 1])[1].isdisjoint(nouns):
                    continue
                return m
        return None

    def _reported_past_dummy(self, view: SentenceView, trig: Trigger, m: roles.Mention) -> bool:
        """The actor `m` is the subject of a verb of saying whose clause, after أنه / إنه /
        بأنه whose ه cannot stand for it (a feminine or a plural: ذكرت صحيفة «الأهرام» أنه قد
        تجمع مائتا سائق), holds the trigger: the ه is the pronoun of the matter, not the reporter
        resumed (أعلن الجيش أنه قصف: kept). Not a place."""
        k = next((k for k in range(m.last + 1, trig.first)
                  if view.words[k] in grammar_words().dummy_complementizers), None)
        if m.entity.type in ("GPE", "LOC") or k is None:
            return False  # (ممرضاً أسترالياً يزعم أنه: a place may be a nisba read as its name)
        if k + 1 < len(view.words) and strip_conj(view.words[k + 1]) in grammar_words().passive_aux:
            return False  # (أنه تم قتل: no subject of its own; who did it is left as it was)
        # (a nisba by its own ending: مواقع إلكترونية تونسية، but ممرضاً أسترالياً: he)
        gender = self._gender(view, m) or (
            "f" if view.tokens[m.last].text.endswith("ة") else "")
        return gender == "f" or self._plural_head(view, m)

    def _pronoun_pp_passive(self, view: SentenceView, trig: Trigger) -> bool:
        """إن الصحافي أفرج عنه، وكان الناشط أفرج عنه: a past verb of the third person masculine
        singular with no و on it, the actor right before it, عن after it with a pronoun that
        agrees with that actor, and no actor after: the impersonal passive (أُفرج عنه), whose
        pronoun is the actor before. Not when that actor is of the state or armed (الجيش أفرج
        عنه: who releases), nor with a subject after the pronoun (أفرجت عنه الشرطة)."""
        k = trig.last + 1
        if trig.kind != "verb" or trig.form.tense != "past" or trig.form.person != "3ms" or \
                "c" in trig.strip or trig.first == 0 or k >= len(view.words) or \
                roles.pronoun_pp_prep(view.words[k]) != ABOUT:
            return False
        pronoun = third_person_pronoun(view, k)
        k += 1
        m = view.mention_ending_at(trig.first - 1)
        if not pronoun or m is None or m.in_pp or m.in_quote or \
                (m.entity.actor_code or "")[-3:] in STATE_ROLES | roles.ARMED_ROLES:
            return False
        after = view.mention_at(k, k)
        return (after is None or after.first != k) and \
            self._agrees_with_pronoun(view, m, pronoun)

    def _holder(self, doc, targets: list[roles.Mention]) -> ActorRef | None:
        """Who holds the one released (`STATE_LAST_HOLD`): the source of the last arrest or
        abduction coded in the document when its target is the same actor (its canonical name,
        or its code, one code ending with the other: PSEOPP and OPP)."""
        last = doc.state.get(STATE_LAST_HOLD)
        if not last or not targets:
            return None
        held, released = last[2], roles.actor_ref(targets[0].entity)
        a, b = held.actor_code or "", released.actor_code or ""
        same = (held.canonical and held.canonical == released.canonical) or \
            (a and b and (a.endswith(b) or b.endswith(a)))
        return last[1] if same else None

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

    def _act_doer(self, doc, view: SentenceView, trig: Trigger,
                  pronoun_at: int | None = None) -> roles.Mention | None:
        """شن مسلحون من طالبان هجوماً على مركز للشرطة، وأدانته الحكومة / ونددت به الحكومة: the
        object pronoun of a verb of condemning that opens its own clause (or the pronoun of the
        preposition after it, at `pronoun_at`) stands for the act of violence a noun of the
        same number and gender named earlier in the sentence; what is condemned is its doer."""
        last = doc.state.get(STATE_LAST_ACT)
        pronoun = third_person_pronoun(view, trig.head if pronoun_at is None else pronoun_at)
        if not last or not view.tokens[0].start <= last[0] < view.tokens[trig.first].start or \
                pronoun != last[1] or \
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
                view.words[k] in grammar_words().relative_pronouns:
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
        if k < len(w) and w[k] not in grammar_words().relative_pronouns and view.is_word(k) and \
                not roles.mention_at_word(view, k) and k not in view.verbs and \
                not (w[k].endswith("ات") and not w[k - 1].endswith("ات")):
            k += 1  # (الزيارة الرسمية التي: past its adjective; not دعم العمليات التي, a
            # plural after a singular noun, its object)
        if k >= len(w) or w[k] not in grammar_words().relative_pronouns:
            return None
        rel = k
        k += 1
        while k < len(w) and w[k] in grammar_words().conduct_aux:
            k += 1
        if k < len(w) and w[k] in self._context("conducting_verbs"):
            return rel, roles.postverbal_subject(view, k, k)
        if k + 1 < len(w) and w[k + 1] in grammar_words().performed_pronouns and (
                w[k] in self._context("performing_verbs") or self._violent_verb(view, k)):
            # (الغارات التي تقتلهم بها الولايات المتحدة: a verb of violence with its object
            # on it, the noun its means: the actor after بها did it)
            # (the actor after بها is read as in a preposition phrase: taken as it stands)
            m = view.mention_at(k + 2, k + 2)
            return rel, m if m is not None and m.first == k + 2 and not m.in_quote and \
                not m.locative else None
        return None

    def _driver(self, view: SentenceView, trig: Trigger) -> roles.Mention | None:
        """Who drove the means of an attack (events.json `driving_verbs`: يقود، يقودها،
        يستقل): the actor right before a verb of driving with no pronoun, which stands right
        before a weapon noun (`weapon_nouns`: انتحاري يقود سيارة مفخخة، انتحاري كان يقود …), or
        the actor right after a verb of driving with the noun's pronoun, at most three words
        after the trigger with no actor between (سيارة مفخخة يقودها انتحاري، انفجرت سيارة
        مفخخة يقودها انتحاري، الهجوم الذي يقوده التحالف)."""
        w = view.words
        driving = self._context("driving_verbs")
        k = trig.first - 1
        if k >= 1 and w[k] in driving and not third_person_pronoun(view, k) and \
                not self.compiled.analyse(strip_conj(w[trig.head]))[1].isdisjoint(
                    self._context("weapon_nouns")):
            if w[k - 1] in grammar_words().kana_forms and k >= 2:
                k -= 1
            m = view.mention_ending_at(k - 1)
            return m if m is not None and not m.in_pp and not m.in_quote else None
        for k in range(trig.last + 1, min(len(w) - 1, trig.last + 4)):
            if not view.is_word(k) or roles.mention_at_word(view, k):
                return None
            if w[k] in driving and third_person_pronoun(view, k):
                m = view.mention_at(k + 1, k + 1)
                return m if m is not None and m.first == k + 1 and not m.in_quote else None
        return None

    def _vehicle_occupant(self, view: SentenceView, m: roles.Mention) -> bool:
        """`m` rides in a vehicle that a verb right before it has as its object: m stands right
        after a verb of events.json `riding_verbs` with the vehicle's pronoun (كان may stand
        before it), and the noun before that verb right after a finite verb (a word of time
        between): استهدفت الغارة سيارة كان يستقلها الضحايا، قصفت الطائرة سيارة يستقلها جنود.
        The occupants are what was hit, never the doer (a bomber drives a car bomb: يقودها,
        `_driver`)."""
        w, k = view.words, m.first - 1
        if k < 2 or w[k] not in self._context("riding_verbs"):
            return False
        j = k - 2 if w[k - 1] in grammar_words().kana_forms else k - 1  # the vehicle
        j -= 1
        while j >= 0 and w[j] in grammar_words().time_adverbs:
            j -= 1
        return j >= 0 and j in view.verbs

    def _time_clause_doer(self, view: SentenceView, trig: Trigger,
                          victims: list[roles.Mention]) -> list[roles.Mention]:
        """Who did the act a toll fell in when a time clause right after the toll tells it with
        its subject (قتل خمسة جنود عندما فجر انتحاري نفسه، قتل شرطي حين هاجم مسلحون الحاجز):
        the subject of the clause's verb of violence. Only عندما / حين / حينما / بعدما (grammar.json
        `time_clause_openers` without و or فيما, whose clause may tell another act), within a
        dozen words of the toll and no stop between; not one of the toll's victims."""
        openers = grammar_words().time_clause_openers
        w = view.words
        for k in range(trig.last + 1, min(len(w) - 1, trig.last + 1 + TIME_CLAUSE_REACH)):
            if w[k] in roles.HARD_STOPS:
                return []
            if w[k] in openers and w[k][:1] != "و" and w[k] != FIMA:
                if not self._violent_verb(view, k + 1) or w[k + 1] in grammar_words().falling_verbs:
                    return []  # (حين سقطت مقاتلة سورية على سوق: what fell did nothing)
                m = roles.postverbal_subject(view, k + 1, k + 1)
                if m is None or any(m is v or m.entity.start == v.entity.start for v in victims):
                    return []
                hits = self.compiled.word_hits(w[k + 1])
                if all(roles.plural_agreement(h.form.person) for h, _ in hits[0] + hits[1]
                       if h.form.person) or (m.entity.type != "PERSON" and
                                             strip_conj(w[m.first]).endswith("ين")):
                    return []  # عندما هاجموا المسلحين، هاجم المسلحين: the actor is the object
                return roles.coordinated(view, m)
        return []

    def _violent_verb(self, view: SentenceView, k: int) -> bool:
        """The word at `k` is a finite verb of an event of violence (`VIOLENCE`) in the events
        dictionary (تقتلهم، يقصف، تستهدف), as the cached look-up of the word reads it."""
        if k not in view.verbs:
            return False
        hits = self.compiled.word_hits(view.words[k])
        patterns = self.compiled.patterns
        return any(h.form.tense in ("past", "present") and patterns[h.pattern].plover in VIOLENCE
                   for h, _ in hits[0] + hits[1])

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

    def _object_past_date(self, doc, view: SentenceView, trig: Trigger, pat: Pattern,
                          sources: list[roles.Mention]) -> list[roles.Mention]:
        """The object of a verb found past a date between them (قتلت القوات فجر أمس شاباً
        فلسطينياً، استهدفت المقاومة، أمس، تجمعاً للمسلحين الحوثيين): the date, with its commas
        or brackets, is no boundary of the clause; nor is an aside naming the news' source
        between commas (`_aside_end`: اعتقلت الشرطة، بحسب مصادر محلية، عشرة ناشطين). Only
        with the verb's subject found (an actor after the date may else be the subject: قصفت
        أمس طائرات التحالف)."""
        if trig.kind != "verb" or not sources:
            return []
        after = max([m.last for m in sources if m.first > trig.head] + [trig.last])
        if after > trig.last and after + 2 < len(view.words) and \
                _adjective_like(view.words[after + 1]) and \
                not roles.mention_at_word(view, after + 1):
            after += 1  # استهدفت المقاومة الشعبية، أمس،: the subject's adjective
        past = _past_date(doc, view, after + 1)
        if past == after + 1 and \
                (aside := _aside_end(view, past, self._context("aside_openers"))) is not None:
            past = aside + 1  # اعتقلت الشرطة، بحسب مصادر محلية، عشرة ناشطين: past the aside
        if past == after + 1 or past >= len(view.words):
            return []
        return _object_at(view, past, sources, owner=pat.plover in VIOLENCE)

    def _object_past_relative(self, view: SentenceView, trig: Trigger, pat: Pattern,
                              sources: list[roles.Mention]) -> list[roles.Mention]:
        """The object of a verb after its subject's relative clause of a verb with the
        subject's pronoun and that verb's own subject (قصفت مقاتلات التحالف العربي الذي تقوده
        المملكة رتلاً عسكرياً تابعاً للميليشيات): the clause ends with that subject."""
        if trig.kind != "verb" or not sources:
            return []
        after = max([m.last for m in sources if m.first > trig.head] + [trig.last])
        k = after + 1
        if after == trig.last or k + 2 >= len(view.words) or \
                view.words[k] not in grammar_words().relative_pronouns or \
                not third_person_pronoun(view, k + 1):
            return []
        # (its subject: an actor, or definite words, المملكة; the object after it is then
        # indefinite, رتلاً، مواقع)
        j = k + 2
        inner = [m for m in view.mentions if m.first >= j]
        while j < min(len(view.words), k + 6):
            m = next((m for m in inner if m.first == j), None)
            if m is not None and not m.in_pp:
                j = m.last + 1
            elif view.words[j].startswith("ال") and not roles.mention_at_word(view, j):
                j += 1
            else:
                break
        if j == k + 2 or j >= len(view.words) or view.words[j].startswith("ال"):
            return []
        return _object_at(view, j, sources + [m for m in inner if m.last < j],
                          owner=pat.plover in VIOLENCE)

    def _pronoun_in_phrase(self, view: SentenceView, trig: Trigger, pat: Pattern,
                           sources: list[roles.Mention]) -> roles.Mention | None:
        """Whom the pronoun of a preposition inside a phrase stands for (فتحت عليهم نيران
        مدافعها، تفرض عليهم حصاراً): the nearest actor before the phrase that agrees with it,
        not its subject, at most `REFERENT_REACH` words back with no stop between. After a
        relative pronoun only when its antecedent is the subject (القوات التي فتحت عليهم:
        not المدن التي فرضت عليها, where the pronoun is the antecedent)."""
        if trig.kind != "phrase" or _is_nominal(trig):
            return None
        k = next((k for k in range(trig.first + 1, trig.last + 1)
                  if roles.pronoun_pp_prep(view.words[k]) in pat.target_preps), None)
        if k is None or roles.bound_ba_pronoun(view, k) or \
                roles.pronoun_pp_prep(view.words[k]) == ABOUT:
            return None
        pronoun = third_person_pronoun(view, k)
        if not pronoun:
            return None
        if trig.first > 0 and _relative(view.words[trig.first - 1]) and not any(
                0 < trig.first - 1 - m.last <= 2 and m.entity.how != "nisba" for m in sources):
            # (the subject, right before التي or past its adjective, is its antecedent; not the
            # nisba of a noun that is: العدوان الإسرائيلي الذي أطلق عليه اسم)
            return None
        m = self._pronoun_referent(view, trig.first, pronoun, sources)
        if m is None or m.in_pp or trig.first - m.last > REFERENT_REACH or \
                roles.boundary_between(view, m.last + 1, trig.first) or \
                not self._named_as_many(view, m, pronoun):
            return None  # (as after a verb: `_pronoun_pp_referent`)
        return m

    def _named_as_many(self, view: SentenceView, m: roles.Mention, pronoun: str) -> bool:
        """For a plural pronoun (هم، هما، هن), the actor names many by its words (a plural
        head: `_plural_head`, or one after a plural word), not merely by a gender the words do
        not tell (القضاء السوداني … ووجهت لهم تهمة: the fishermen, no actor)."""
        return pronoun in grammar_words().singular_pronouns or self._plural_head(view, m) or (
            m.first > 0 and self._plural_word(strip_conj(view.words[m.first - 1])))

    def _near_referent(self, view: SentenceView, trig: Trigger, pronoun: str,
                       sources: list[roles.Mention]) -> roles.Mention | None:
        """The actor a pronoun in the trigger stands for (`_pronoun_referent`), when it is near
        and in the trigger's clause: at most `REFERENT_REACH` words back, no stop, complementizer
        or other clause between (قال الوزير إن التحقيق في مقتله: another's death), not right
        before it (يبادر الثوار باقتحامه: the doer, the site the pronoun), no plural of
        things between for ها (أثارت احتجاجات … عمدت الشرطة إلى قمعها: the protests), and not
        in a preposition phrase (انضم إلى حزب الدعوة … وحكم عليه: the man the article is
        about)."""
        m = self._pronoun_referent(view, trig.first, pronoun, sources)
        if m is None or m.in_pp or trig.first - m.last > REFERENT_REACH or \
                m.last >= trig.first - 1 or not self._named_as_many(view, m, pronoun) or \
                roles.boundary_between(view, m.last + 1, trig.first) or any(
                    view.words[k] in grammar_words().complementizers or
                    roles.opens_clause(view, k) or
                    (pronoun == "ها" and view.words[k].endswith("ات") and
                     not roles.mention_at_word(view, k))
                    for k in range(m.last + 1, trig.first)):
            # (ها may stand for a plural of things between: أثارت احتجاجات … إلى قمعها)
            return None
        return m

    def _patient_pronoun_referent(self, view: SentenceView, trig: Trigger,
                                  sources: list[roles.Mention]) -> roles.Mention | None:
        """Whom the pronoun on a verbal noun of violence stands for, who underwent it (لا يزال
        زعيم التنظيم حياً رغم المحاولات الأميركية لاغتياله، الحزب الذي ترغب أنقرة في
        تدميره): the nearest actor before it that agrees, not its doer, in the same clause
        (`_near_referent`)."""
        if _is_nominal(trig) and "e" in trig.strip:
            k = trig.head
        elif trig.kind == "phrase" and trig.last > trig.head and any(
                "e" in strip for _, strip in self.compiled.analyse(view.words[trig.last])[0]):
            k = trig.last  # المحاولات الأميركية لاغتياله: the phrase's verbal noun
        else:
            return None
        pronoun = third_person_pronoun(view, k)
        return self._near_referent(view, trig, pronoun, sources) if pronoun else None

    def _toll_victims(self, view: SentenceView, trig: Trigger,
                      sources: list[roles.Mention]) -> list[roles.Mention]:
        """The victims of the toll an attack noun caused, named before it in its clause (قتل
        ثلاثة جنود أتراك في هجوم، لقي عشرة من المسلحين الحوثيين مصرعهم في هجوم، قتل 56 مسلحاً
        من طالبان جراء غارات): the attack's target. The toll must be told there (a word of
        `casualties`); the victims are the last actor before the noun, outside a preposition
        phrase (قتل جنديان في تركيا في هجوم: not Turkey), not the attack's own doer."""
        k = _toll_prep_before(view, trig)
        if k is None:
            return []
        casualties = self._context("casualties")
        lo = max(0, k - TOLL_BEFORE_REACH)
        hurt: set[int] = set()  # the positions of the toll's words
        j = k - 1
        while j >= lo:
            w = view.words[j]
            toll = not self.compiled.analyse(w)[1].isdisjoint(casualties)
            if w in roles.HARD_STOPS or w in grammar_words().clause_openers or (
                    roles.opens_clause(view, j) and not toll):
                break  # (قال الجيش إن مسلحين قتلوا: the clause of the toll begins after إن)
            if toll:
                hurt.add(j)
            j -= 1
        if not hurt or _victims(view, trig, {id(m) for m in sources},
                                self.compiled.contexts) is not None:
            # (قتل ستة أشخاص في عملية انتحارية استهدفت الشرطة: the victims it names after it)
            return []
        own = {m.entity.actor_code for m in sources if m.entity.actor_code}
        for m in sorted(view.mentions, key=lambda x: -x.first):
            if m.last >= k or m.first <= j:
                continue
            if m.in_pp and not _affiliation(view, m) or m.locative or m.in_quote or \
                    not (m.entity.actor_code or m.entity.country) or \
                    any(m is x for x in sources) or \
                    not (min(hurt) < m.first or m.last + 1 in hurt):
                # (أعلن الجيش عن مقتل ثمانية عناصر: who tells of the toll, before it, is no
                # victim; لقي عشرة مسلحين مصرعهم: the victims before مصرع are)
                continue
            if m.entity.actor_code in own:
                return []  # مقتل 10 مسلحين من التنظيم في هجوم شنه التنظيم: its own men
            return roles.coordinated(view, roles.first_of_coordination(view, m))
        # مقتل محمد علاونة بغارة أمريكية: a person of unknown code right after the toll's word
        # (the genitive of مقتل, the passive's subject), his name ending where the attack's
        # preposition phrase begins, is its victim as a coded one is
        return [m for m in view.unknown_persons
                if m.first - 1 in hurt and m.last + 1 == k and not m.in_quote
                and not _broken_name(view, m)][:1]

    def _hit_after(self, view: SentenceView, trig: Trigger, pat: Pattern,
                   sources: list[roles.Mention]) -> list[roles.Mention]:
        """Who an attack hit, told in a clause after it with no other verb and no actor but a
        place between, at most `RESULT_AHEAD` words on: the object of a participle of targeting (events.json
        `targeting_verbs` in م: قصفت الطائرات ريف إدلب مستهدفة مواقع المعارضة, or the owner of
        the object) or the victims of the toll a result verb tells (ما أسفر عن مقتل عناصر من
        الحوثيين، مما أدى إلى إصابة عشرة من الجنود: the actor at most `VICTIMS_AFTER_TOLL`
        words after the toll's word, or after من there), not the attack's own doer."""
        w = view.words
        verbs = self._context("targeting_verbs")
        used = {id(m) for m in sources}
        end = min(len(w), trig.last + 1 + RESULT_AHEAD)
        starts = {m.first for m in view.mentions if id(m) not in used and
                  trig.last < m.first < end and m.entity.type not in ("GPE", "LOC")}
        for r in range(trig.last + 1, end):
            word = strip_conj(w[r])
            if w[r] in roles.HARD_STOPS or r in starts:
                return []  # (قصف الطائرات لمواقع حماس … مما أدى إلى مقتل: Hamas was hit)
            if w[r] in verbs and w[r].startswith("م"):
                return [m for m in roles.object_target(view, r, used, pat.target_preps,
                                                       owner=True) if id(m) not in used]
            if word in result_verbs():
                break
            if r in view.verbs:
                return []  # (another verb's clause: قصفت الطائرات المدينة وقتلت …)
        else:
            return []
        n = r + 1 + int(r + 1 < len(w) and roles.is_prep(w[r + 1]))
        if n >= len(w) or self.compiled.analyse(w[n])[1].isdisjoint(self._context("casualties")):
            return []
        own = {m.entity.actor_code for m in sources if m.entity.actor_code}
        for m in view.mentions:
            if m.first <= n:
                continue
            if m.first > n + VICTIMS_AFTER_TOLL or roles.boundary_between(view, n + 1, m.first) \
                    or any(k in view.verbs for k in range(n + 1, m.first)) or \
                    (m.in_pp and w[m.first - 1] != MIN) or m.locative or m.in_quote or \
                    not (m.entity.actor_code or m.entity.country) or \
                    m.entity.actor_code in own or id(m) in used:
                return []  # (مما أدى إلى مقتل خمسة من المسلحين: the attackers' own toll)
            return roles.coordinated(view, m)
        return []

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
        if tok.text.endswith(("ة", "ات")) and word not in grammar_words().quantifiers:
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
        return w.startswith("ال") and w not in grammar_words().time_adverbs and \
            not roles.is_prep(w) and \
            not roles.is_nisba_word(w) and \
            self.compiled.analyse(w)[1].isdisjoint(self._context("time_words"))

    def _single_before_b(self, view, trig, subj) -> bool:
        """وصف X بـ«...»: with a single actor before the بـ, that actor is the object."""
        for k in range(subj.last + 1, min(len(view.words), subj.last + 12)):
            w = view.words[k]
            if roles.has_prep_clitic(w) == "ب" or w == "ب":
                return not any(subj.last < m.first < k and not m.in_pp for m in view.mentions)
        return False

    def _pronoun_doer(self, doc, view, trig):
        """The actor a violent verb's pronoun subject stands for, when the verb opens its clause
        (after a word of `_clause_leads`, words of time or a fronted phrase: منذ أن اجتاحها، ثم
        اجتاح الكويت، وبعد أسبوع قصفها) with its object on it and no noun after it, or a place
        right after it (any other noun may be its subject): the last actor named before it in
        its sentence, else
        in the sentence before, with no definite noun that names no actor between
        (`TriggerReading._actor_before`, no actor heading a prepositional phrase), agreeing with the verb (a plural verb: a plural or
        collective actor; a singular one: not of the other gender). Not the speaker of a quote
        or the subject of a verb of saying (قال الرئيس إنه …: who tells does not do). (its
        view, the mention) or None."""
        if trig.kind != "verb" or trig.form.voice != "active" or \
                not trig.form.person.startswith("3"):
            return None
        w = view.words
        k = self._past_time(view, trig.first - 1, -1, doc)
        if not (k < 0 or not view.is_word(k) or strip_conj(w[k]) in _clause_leads() or
                self._fronted_phrase(view, k)):
            return None
        j = self._past_time(view, trig.last + 1, 1, doc)
        if not (("e" in trig.strip and self._no_noun_at(view, j)) or
                any(p.first == j and not p.in_pp for p in view.places)):
            return None  # (قصفت الطائرات مديرية، ويستهدف الدواء: a noun after it, a subject)
        found = self._actor_before(doc, view, trig, pp_heads=False)
        if found is None or self._says(doc, *found):
            return None
        mv, m = found
        if roles.plural_agreement(trig.form.person):
            return (mv, m) if self._plural_head(mv, m) or _collective_body(m) else None
        gender = self._gender(mv, m)
        if gender == ("f" if trig.form.person == "3ms" else "m"):
            return None
        return mv, m

    def _says(self, doc, view, m: roles.Mention) -> bool:
        """`m` speaks: a quote's speaker, or the subject of a verb of saying right before it."""
        e = m.entity
        if any(q.speaker is not None and q.speaker.start < e.end and e.start < q.speaker.end
               for q in doc.quotes):
            return True
        for i in range(max(0, m.first - 3), m.first):
            word = view.words[i]
            stem = word[1:] if word[:1] in "وف" and len(word) > 3 else word
            if stem in self.compiled.speech_forms or word in self.compiled.speech_forms:
                s = roles.postverbal_subject(view, i, i)
                if s is not None and s.first == m.first:
                    return True
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
