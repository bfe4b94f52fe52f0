"""The words and clauses around a trigger, read by every part of the events stage:
verbs and verbal nouns, relative clauses, lists, quotation marks, governing words.

Part of the events stage (`marsad.stages.events`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from marsad.actors.patrons import ARMED_ROLES, SECURITY_ROLES
from marsad.document import ActorRef, Document
from marsad.events import roles
from marsad.events.patterns import FRAME_IN, Trigger
from marsad.events.roles import SentenceView
from marsad.lexicon.categories import per_lexicon
from marsad.lexicon.grammar import grammar_words
from marsad.text.normalize import fold


_QUOTE_RE = re.compile(r"«([^«»]*)»")

FI, MIN = fold("في"), fold("من")

FACTUAL = frozenset({"asserted", "reported"})

# A present-tense verb of violence or protest reports one only with a recent time (أمس، الليلة).
PRESENT_ANCHORS = frozenset({"recent_time", "today"})  # (today: register.TODAY, اليوم)
# ... and the recent times of events.json alone (أمس، الخميس), without «اليوم»: what makes a
# present verb news, a plural noun of violence or a many one occasion anywhere in the sentence,
# or a sentence with a long-past year news: there «اليوم» mostly dates the report or means
# «nowadays» (وبلاك ووتر هي من يقتل السوريين اليوم، واليوم وبعد مضي عشر سنوات); it dates an act
# of its own clause only (framing's `_recent_clause`, `_pluperfect`, the chronologies)
DAY_ANCHORS = PRESENT_ANCHORS - {"today"}


def _bare_triliteral(form: str) -> bool:
    """A past form of three strong letters (طلب، دعم، ثمن): spelt like its verbal noun, which
    the dictionary need not list."""
    return len(form) == 3 and not any(c in "اويى" for c in form)


def _is_nominal(trig: Trigger) -> bool:
    return trig.kind == "noun" or trig.form.tense == "masdar"


# The word lists of these rules are categories of lexicon/data/grammar.json (twenty-second session:
# background_preps, cause_preps, background_spans, an_words, clause_start_words, demonstratives,
# simultaneous_preps, that_particles, kana_forms, clause_relatives, governed_preps, results_*,
# span_preps, intensity_adjectives, then_words, time_adverbs, doing_verbs, attack_nouns,
# fronting_words), read as `grammar_words().<category>`; the sets joined from two or more of them
# are built once per lexicon set by the functions below.


@per_lexicon
def that_words() -> frozenset[str]:
    """أن / إن (`that_particles`) and فإن, which opens the clause of a verb of arrival
    (`arrival_that`)."""
    gw = grammar_words()
    return gw.that_particles | gw.arrival_that


@per_lexicon
def results_by() -> frozenset[str]:
    """The verbs of a toll that take ب written on the toll's word: تسبب بمقتل (`results_in`) and
    أودى بحياة (`toll_taking_verbs`)."""
    gw = grammar_words()
    return gw.results_in | gw.toll_taking_verbs


@per_lexicon
def result_verbs() -> frozenset[str]:
    """Every verb of resulting in: أدى إلى، أسفر عن، تسبب في، أودى بـ، خلّف."""
    gw = grammar_words()
    return gw.results_to | gw.results_of | results_by() | gw.results_left


@per_lexicon
def span_units() -> frozenset[str]:
    """Units of a span of time (`background_spans`) and قليل of قبل قليل (`short_while`)."""
    gw = grammar_words()
    return gw.background_spans | gw.short_while


# What ends a clause for the trend and since rules (not the guillemets of a quoted term)
CLAUSE_ENDS = frozenset({".", "؛", ";", "!", "؟", "?", ":", "،", ","})

TOLL_CODES = ("181", "182")  # abduction, wounding and killing (1823): what a toll counts


BARE_AN = fold("أن")

_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def _clause_start(view: SentenceView, k: int) -> bool:
    """Position `k` ends what stands before a clause: the sentence's start, a stop or a comma,
    or a word that opens a clause (أن، إن، لكن). Not a preposition (إلى ذلك، منذ ذلك الوقت)
    nor a noun or verb of another clause (سيحبطون هذه الاتفاقية ووعدوا)."""
    gw = grammar_words()
    return k < 0 or not view.is_word(k) or view.words[k] in roles.COMMAS or \
        view.words[k] in gw.complementizers or view.words[k] in gw.clause_start_words


IN_WORDS = FRAME_IN  # في، وفي


def _adjective_form(word: str) -> bool:
    """A relational adjective's form, short ones too (العربي، الطبية، الإغاثية)."""
    w = word[2:] if word.startswith("ال") else word
    return w.endswith(grammar_words().nisba_endings) and len(w) > 3


def _relative(word: str) -> bool:
    """A relative pronoun, also with و/ف (والتي، والذين)."""
    relatives = grammar_words().clause_relatives
    return word in relatives or (word[:1] in "وف" and word[1:] in relatives)


def _present_form(word: str) -> bool:
    """A word spelt like a present-tense verb (يتم، تدور، تستمر), not a past one of form V or
    VI (تعرضت، تصاعد — tells apart only the feminine, the plural and the dual) nor تم."""
    if word[:1] == "ي":
        return True
    return word[:1] == "ت" and word != TAMMA and not word.endswith(("ت", "وا", "ا"))


TAMMA = fold("تم")


ILA = roles.ILA


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
        if j > 0 and w[j] in span_units() and w[j - 1] in grammar_words().span_preps:
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


class _Listed(NamedTuple):
    """A violent trigger of a sentence with the modality it gives the list it heads or ends
    (`EventStage._listed_modality`); `close`: given by its own clause, not by a governor, so
    shared only with the nouns joined right after it; `across`: a close modality the nouns of
    its list share past a comma too (a kind head's list: أساليب القتل والخطف، والتفجير)."""
    trig: Trigger
    modality: str | None
    close: bool
    across: bool = False


def _in_list(word: str, vocab: frozenset[str]) -> bool:
    """The word, or the word after its conjunction or preposition و ف ب ل, is in `vocab`."""
    return word in vocab or (word[:1] in "وفبل" and len(word) > 3 and word[1:] in vocab)


def _verbal_noun(trig: Trigger) -> bool:
    """The trigger is a verbal noun (قصف، تدمير), also a bare past form read as one."""
    return trig.form.tense == "masdar" or (trig.form.tense == "past" and trig.kind == "noun")


def _adjective_ending(word: str) -> bool:
    """An adjective's ending (مدفعي، الجوية، عنيف، مكثف are no object nouns)."""
    return word.endswith(("ي", "ية", "يه")) or word in grammar_words().intensity_adjectives


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


TARGETING_REACH = 5  # words between an attack noun and the verb of targeting describing it


def _no_object_at(view: SentenceView, k: int) -> bool:
    """Position k ends the clause or holds a stop: no object follows there. A number is the count
    of an object (قتلت القوات الأميركية 11 مسلحاً، المسلحون قتلوا 5 جنود), so the verb is active."""
    return k >= len(view.words) or (not view.is_word(k) and view.words[k] != "#")


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


def _quote_spans(doc: Document) -> list[tuple[int, int, ActorRef | None]]:
    """Quoted words (direct and partial quotes, and guillemets holding three words or more)
    with their speaker: what a speaker says is speech content, not an event the article reports."""
    spans = [(q.start, q.end, q.speaker) for q in doc.quotes if q.kind in ("direct", "partial")]
    spans += [(m.start(), m.end(), None) for m in _QUOTE_RE.finditer(doc.text)
              if len(m.group(1).split()) >= 3]
    spans.sort(key=lambda q: (q[0], q[2] is None))
    return spans


def _quote_reporter(found: ActorRef | None, speaker: ActorRef | None) -> ActorRef | None:
    """Who reports an event told inside a quote: the reporter the sentence names (`found`, بحسب
    X، a news agency's verb), else the quote's speaker; the speaker too when the reporter found
    lies inside the speaker's mention (قالت الوكالة نقلا عن X وY: «…»: the pair «X & Y», not X
    alone)."""
    if found is None or speaker is not None and speaker.start <= found.start and \
            found.end <= speaker.end:
        return speaker or found
    return found


def joined_reporters(*refs: ActorRef | None) -> list[ActorRef]:
    """The reporters among `refs` in order, each once (by name and span), None left out."""
    out: list[ActorRef] = []
    for r in refs:
        if r is not None and all((r.canonical, r.start) != (o.canonical, o.start) for o in out):
            out.append(r)
    return out


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


WHEN = fold("حين")


def _words_between(view: SentenceView, lo: int, hi: int) -> int:
    """The words (and numbers) in token positions [lo, hi): punctuation and guillemets do not
    count against the reach."""
    return sum(1 for k in range(lo, hi) if view.tokens[k].kind in ("word", "number"))
