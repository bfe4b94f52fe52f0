"""Whether a trigger word reports an event at all: verbal nouns read as things,
tolls and counts, sports and culture, support rallies, words blocked by their
neighbours, and the signs of a happening around a noun of violence or protest.

Part of the events stage (`marsad.stages.events`).
"""

from __future__ import annotations

import dataclasses

from marsad.document import ActorRef, Document, Event
from marsad.events import roles
from marsad.events.clauses import (BARE_AN, CLAUSE_ENDS, FACTUAL, FI, IN_WORDS, MIN,
                                   TARGETING_REACH, TOLL_CODES, _ARABIC_DIGITS, _adjective_form,
                                   _bare_triliteral, _in_list, _is_nominal, _plural, _relative,
                                   _security_force, _verb_at, result_verbs, that_words)
from marsad.events.conjugate import SHADDA
from marsad.events.modality import contrast_at
from marsad.events.patterns import (CompiledEvents, Pattern, Trigger, blocked_by_neighbours,
                                    lookup_word)
from marsad.events.register import Register, VIOLENCE
from marsad.events.placing import place_head_words
from marsad.events.roles import SentenceView
from marsad.lexicon.categories import per_lexicon
from marsad.lexicon.grammar import grammar_words
from marsad.text.normalize import fold, strip_conj


WARN_REACH = 10  # words from a warning to the من of what it warns against (حذر X من)

# What anchors a verbal noun of violence or protest as an occurrence besides numbers and dates.
NOUN_EVIDENCE = frozenset({"casualties", "recent_time", "event_anchors", "protest_anchors"})

# The modes of protest acts (PLOVER PROTEST: obstruct 144, riot 145) that THE crowd's claim told in
# the same sentence makes the protest itself rather than a detail of one told before
CLAIMED_ACT_MODES = frozenset({"obstruct", "riot"})
TOLL_JOIN_REACH = 6  # words from a noun of undergoing to the و + verbal noun joined to it


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


# The dead and the weapons of a sentence are signs of violence; around a protest noun they tell
# of its repression or of clashes (ضحايا المظاهرات، مظاهرات قمعتها الشرطة), not that it was held.
NOT_PROTEST_SIGNS = frozenset({"casualties", "weapons"})


# words after هاجم where و + a verb of accusing with the attacked one's pronoun (grammar.json
# `object_pronouns`) tells an attack in words (وهاجم الكاتب الوزير، واتهمه بالفساد)
ACCUSED_REACH = 6
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
# relative pronouns a feminine or plural-of-things antecedent takes, and adverbs of place
FEMININE_RELATIVES = frozenset(fold(w) for w in ("التي", "اللتين", "اللتان", "اللاتي", "اللواتي"))
OF_PLACE = frozenset(fold(w) for w in ("فيها", "بها", "حولها", "أمامها", "عندها", "هنا", "هناك",
                                       "فيهما", "أمامه", "فيه"))
# the roles of a person whose attack is one in words (`_attack_in_words`): officials, members of
# parliament, party and opposition figures, judges, elites
SPEAKING_ROLES = frozenset({"GOV", "LEG", "PTY", "OPP", "JUD", "ELI"})
GATHER_ENTRY = "gather"  # the events.json entry of تجمّع (gathered), see `_no_gathering`

LARGEST = frozenset(fold(w) for w in ("أكبر", "الأكبر", "أضخم"))
KIND_OF_HEADS = frozenset((fold("ضرب"), fold("ضربا")))
IDIOM_REACH = 5  # words after ضرب where the noun of its idiom may stand (ضرب … مثلاً)
TREND_REACH = 20  # tokens after a plural noun of violence where its verb of trend may stand
TREND_COUNT_BACK = 4  # words before a count where its word of trend may stand
TREND_CAUSE_BACK = 10  # words before an attack named as a cause where that count may stand
COUNTED_TO_REACH = 30  # words after such a count where the number it reached may stand
JOINED_BACK = 6  # words before a joined noun where the cause it is joined to may stand

SINCE_REACH = 12  # tokens after a toll where منذ + its starting point may stand
SINCE_BACK = 8  # tokens before it
DURATIVE_PROTESTS = ("142", "143")  # hunger strikes, strikes: told in the present while they last
ONGOING_REACH = 8  # tokens after a present-tense protest where منذ + a span may stand
SINCE = frozenset(fold(w) for w in ("منذ", "ومنذ"))

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


INDEFINITE_ANY = frozenset(fold(w) for w in ("أي", "أية"))

FINDING_REACH = 10  # words from a verb of finding to the weapon noun it takes (its subject, على,
# a place, a quantity: عثرت المقاومة على كميات كبيرة من الألغام)
# a relative pronoun's passive auxiliaries before a verbal noun of finding (التي تم تفكيكها)
FOUND_AUXILIARIES = frozenset(fold(w) for w in ("تم", "جرى"))
HELP_TO_PREPS = frozenset(fold(w) for w in ("على", "في"))
SENTENCE_STOPS = CLAUSE_ENDS - {"،", ","}
TOLL_SPAN_REACH = 8  # words after an uncounted toll where a span of time may open
THAT_REACH = 9  # tokens back from a verb of arrival to the أن / إن that opens its clause

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


HARM_REACH = 10  # words before a protest noun where the harm done in it may stand
SUPPORT_REACH = 8  # words around a demonstration where the support it shows may stand
SUPPORT_RALLY = "053"  # CAMEO: rally support on behalf of
CALL_REACH = 6  # words before a crowd where a call or a plan for its protest may stand
# the roles of the authorities a rally in support backs (a rally for others protests against them)
AUTHORITY_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})


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


def _violence_done(coded) -> bool:
    """An act of violence told as done among the (event, pattern id) pairs `coded`."""
    return any(ev.plover in VIOLENCE and ev.modality in FACTUAL for ev, _ in coded)


# Preposition words a past verb may follow: منذ / حتى (منذ قُتل "since he was killed": grammar.json
# `conjunctive_preps`) and من, also "who" (من قتل الرئيس؟): grammar.json `who_words` (was
# VERB_AFTER_PREP)


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
    aux = k - 1 if k - 1 >= lo and view.words[k - 1] in grammar_words().kana_forms and \
        view.words[k - 1][:1] not in "وف" else k
    if foiled and aux - 1 >= lo and view.words[aux - 1] in grammar_words().clause_relatives:
        aux -= 1
    gap = range(lo, aux)
    if len([x for x in gap if view.is_word(x)]) > TARGETING_REACH:
        return False
    if any(view.words[x] in roles.HARD_STOPS or view.words[x] in grammar_words().clause_openers or
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
    return not (roles.is_prep(w) or roles.clitic_prep(view, k) or w in grammar_words().time_adverbs
                or w in roles.HARD_STOPS or w in grammar_words().clause_openers)


ATTACKED_REACH = 4  # words between a violent act and the protest noun that is its object


def _attacked(violent_last: int | None, view: SentenceView, trig: Trigger) -> bool:
    """A protest word right after a word of violence of its clause (`violent_last`: the last
    token of the last one, coded or not), as its object (استهدفت العملية الانتحارية تجمعاً
    لناشطين، قصفت الفصائل تجمعاً لهم، القصف طال تجمعاً، هجوم على تجمع): the sentence reports the
    attack on the crowd, not a protest it held."""
    if violent_last is None or "c" in trig.strip:
        return False  # (وتظاهر: a verb joined by و opens a clause of its own)
    gap = range(violent_last + 1, trig.first)
    # (no clause joined between: قتل جنديان ونظم الآلاف مظاهرة، هاجموا القرية ثم تجمع الأهالي)
    then_words = grammar_words().then_words
    return len(gap) <= ATTACKED_REACH and all(
        view.tokens[k].kind in ("word", "number") and view.words[k] not in then_words and
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


def _final_shadda_misread(text: str, trig: Trigger) -> bool:
    """A bare three-letter past verb (فَعَلَ: وعد) never ends in a shadda: وعدّ written so is
    و + عدّ ("and he considered"). Doubled verbs (شنّ، ردّ) fold to two letters."""
    if trig.kind != "verb" or trig.form.tense != "past" or len(trig.form.text) != 3:
        return False
    bare = "".join(ch for ch in text if ch == SHADDA or not ("\u064b" <= ch <= "\u0652"))
    return bare.endswith(SHADDA) and fold(bare) == trig.form.text


# Words after وعد within which its subject, object and predicate stand when it is وعدّ
# "considered" (`_reckons`).
RECKON_REACH = 8
FOUND_AFTER_REACH = 6  # words after blowing up where its seized object may be named
FOUND_REL_REACH = 3  # words after the relative pronoun (التي تم العثور عليها)


# Different words of sport alone (`sports`) that make a whole article sports news.
SPORTS_DOCUMENT_WORDS = 3
# Different words of sport, counting those sport shares with other news (`sports_ambiguous`:
# الفريق، اللاعبين، النادي، التعاقد، الكرة), that make it so too (twenty-fifth session): a
# transfer story names no match nor cup; a political article holds at most two of them
# (الفريق "general", بهدف "aiming at").
SPORTS_DOCUMENT_SHARED = 4


# Different words of the performing arts (`performance_words`) that make an article arts news.
ARTS_DOCUMENT_WORDS = 5


def _art_lexeme(word: str) -> str:
    """One form for the forms of a listed word of the arts (الأغنية، أغنية; المطربة، مطربة،
    المطربين; حفلة، حفلات), so that an article counts each word once (ألبوم keeps its ال)."""
    if word.startswith("ال") and len(word) >= 6:
        word = word[2:]
    word = word[:-1] if word.endswith("ه") else word
    for end in ("ين", "ات"):
        if word.endswith(end) and len(word) - len(end) >= 3:
            return word[:-len(end)]
    return word


def _sport_lexeme(word: str) -> str:
    """One form for the forms of a listed word of sport (اللاعب، لاعبي، لاعبين; هدف، هدفا;
    المدرب، المدربين), so that an article counts each word once."""
    word = word[2:] if word.startswith("ال") else word
    for end in ("ين", "ي", "ا"):
        if word.endswith(end) and len(word) - len(end) >= 3:
            return word[:-len(end)]
    return word

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


def _illness_phrase(view: SentenceView, keys, trig: Trigger, words: frozenset[str]) -> bool:
    """A ب-word within IDIOM_REACH words after the trigger, in its clause, that is or is followed
    by a word of `words` (بضربات شمس، بمرض)."""
    for j in range(trig.last + 1, min(len(keys), trig.last + 1 + IDIOM_REACH)):
        if not view.is_word(j):
            return False
        if view.words[j].startswith("ب"):
            return not keys[j].isdisjoint(words) or \
                j + 1 < len(keys) and view.is_word(j + 1) and not keys[j + 1].isdisjoint(words)
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


@per_lexicon
def _clause_leads() -> frozenset[str]:
    """Words after which a verb opens its clause, its subject after it (أن، عندما، قد، حيث …)."""
    gw = grammar_words()
    return frozenset(gw.that_particles | gw.complementizers | gw.clause_start_words |
                     gw.pronoun_clause_leads | gw.time_clause_openers | gw.qad_words |
                     gw.then_words)


def _other_noun_in(view: SentenceView, a: int, b: int) -> bool:
    """A definite noun among words a..b-1 that names no actor nor place and stands in no
    prepositional phrase, nor is a word of time: what a verb's pronoun may stand for."""
    gw = grammar_words()
    spans = {k for m in view.mentions + view.places for k in range(m.first, m.last + 1)}
    for k in range(a, b):
        w = strip_conj(view.words[k])
        if not view.is_word(k) or k in spans or not w.startswith("ال") or \
                w in gw.time_adverbs or (k > 0 and roles.is_prep(view.words[k - 1])):
            continue
        return True
    return False


def _no_other_noun(view: SentenceView, a: int, b: int) -> bool:
    return not _other_noun_in(view, a, b)


# how far back a road closure joined by و / أو looks for the weather or accident that caused it
# (`_joined_to_cause`: وكانت الأمطار الغزيرة التي هطلت على المدينة قد تسببت في إعاقة السير وقطعت)
CAUSE_REACH = 20
OR_WORDS = frozenset({"او", "أو"})


class TriggerReading:
    """The events stage's rules on whether a trigger reports an event."""

    def _told_as_news(self, doc, view: SentenceView, reg: Register) -> bool:
        """A sentence inside a work's story that still tells news: a date expression or a
        recent time in it (تذكرت هذا المشهد وأنا أقرأ عن جريمة حدثت قبل يومين)."""
        a, b = view.tokens[0].start, view.tokens[-1].end
        return any(a <= d.start < b for d in doc.dates) or \
            any(name == "recent_time" for _, name in reg.evidence)

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
            if w[k] in SINCE and (w[k + 1] == "#" or w[k + 1] in grammar_words().background_spans or
                                  w[k + 1] in grammar_words().count_words):
                return True
        return False

    def _shells_fell(self, view: SentenceView, keys, trig: Trigger) -> bool:
        """A weapon noun (قذائف، قذيفة) as the subject of a verb of falling right before it
        (grammar.json `falling_verbs`; a count may stand between: سقطت ثلاث قذائف) with على / في
        in the three words after it (وسقطت قذائف على المدينة، تساقطت قذائف في الحي): the shells
        landed, the shelling happened, as a verb of doing tells it (twenty-second session)."""
        if not _is_nominal(trig) or "p" in trig.strip or not self._weapon_noun(keys, trig):
            return False
        k = trig.first - 1
        gw = grammar_words()
        if k >= 1 and (view.words[k] in gw.count_words or
                       self._count_in(view, keys, range(k, k + 1))):
            k -= 1
        if k < 0 or view.words[k] not in gw.falling_verbs:
            return False
        # (twenty-fourth session: or ب on a place, after a comma too: سقطت قذائف بمحافظة
        # الطوال، سقطت قذيفة صاروخية، بمدينة نجران)
        return any(view.words[j] in gw.landing_preps or view.words[j] in IN_WORDS or
                   (roles.clitic_prep(view, j) == "ب" and
                    any(m.first == j or (m.first == j + 1 and
                                         view.words[j] in place_head_words())
                        for m in view.places))
                   for j in range(trig.last + 1, min(len(view.words), trig.last + 4)))

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

    def _hit_not_strike(self, view: SentenceView, keys, trig: Trigger) -> bool:
        """اضربوا بيد من حديد، واضرب بعضهم ببعض: the strike verb أضرب spelled with a bare alef and
        with no عن after it (events.json `strike_preps`, within four words of its clause) nor a
        named subject right after it is the imperative of ضرب "hit!", a call, no strike
        reported (twenty-sixth session; اضرب عن الطعام and اضرب العمال stay strikes)."""
        if trig.kind != "verb" or trig.first != trig.head:
            return False
        w = view.words
        raw = view.tokens[trig.head].text  # (the words are folded: أضرب reads اضرب there)
        word = raw[1:] if "c" in trig.strip else raw
        if not word.startswith("اضرب"):
            return False
        preps = self._context("strike_preps")
        for j in range(trig.last + 1, min(len(w), trig.last + 5)):
            if w[j] in roles.HARD_STOPS:
                break
            if not keys[j].isdisjoint(preps):
                return False
        nxt = trig.last + 1
        return not any(m.first == nxt for m in view.mentions)

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

    def _brings_together(self, view: SentenceView, keys, trig: Trigger) -> bool:
        """The verb تجمع right after a feminine relative pronoun: the past تجمّع cannot agree
        with it, so with an object pronoun (التي تجمعنا مع مصر) or an object after it (التي تجمع
        البلدين) it is the present of جمع. Not when its own subject follows, a crowd (التي تجمع
        المتظاهرون فيها), nor with a preposition or an adverb of place next (التي تجمع فيها
        المحتجون: the square where they gathered)."""
        j = trig.last + 1
        w = view.words
        if "e" in trig.strip or trig.form.person == "1p":
            # (تجمعنا read as "we gathered": the place where, التي تجمعنا فيها, is told)
            return j >= len(w) or w[j] not in OF_PLACE
        return j < len(w) and view.is_word(j) and not roles.is_prep(w[j]) and \
            w[j] not in OF_PLACE and keys[j].isdisjoint(self._context("protest_crowds"))

    def _no_gathering(self, view: SentenceView, keys, trig: Trigger, pat: Pattern) -> bool:
        """تجمّع that tells of no protest: vehicles, things, the forces of order, fighters or a
        crowd of no cause gathering (تجمعت السيارات، تجمعت الشرطة، تجمع المصلون، مزرعة يتجمع
        فيها الانقلابيون: `gather_not_crowds`), the present of جمع "brings together, collects" after a
        particle that takes the present (أن تجمع خمسين متظاهراً, not بعد أن تجمع المتظاهرون),
        or the noun heading a name (تجمع المتوسط، التجمع الوطني: an association)."""
        if pat.id != GATHER_ENTRY:
            return False
        w = view.words
        not_crowds = self._context("gather_not_crowds")
        crowds = self._context("protest_crowds")
        # (and a pronoun of the place before the subject: مزرعة يتجمع فيها الانقلابيون)
        skip = self._context("quantities") | grammar_words().count_words | {"من", "#"} | \
            self._context("gather_quantifiers") | OF_PLACE
        prev = w[trig.first - 1] if trig.first > 0 else ""
        if strip_conj(prev) in FEMININE_RELATIVES and self._brings_together(view, keys, trig):
            return True  # العلاقات التي تجمع البلدين: the present of جمع, "brings together"
        if trig.last + 1 < len(w) and w[trig.last + 1] in OPEN_QUOTES:
            return True  # تجمع «نادي باريس»: a name follows
        if "e" in trig.strip and trig.last + 1 < len(w) and w[trig.last + 1].startswith("ب") and \
                not w[trig.last + 1].startswith("بال") and w[trig.last + 1] not in OF_PLACE:
            return True  # حدود تجمعها بدولة أخرى، علاقة تجمعه بوزير: the present of جمع, "links"
        j = trig.last + 1
        if trig.first > 0 and not keys[trig.first - 1].isdisjoint(LARGEST) and j < len(w) and \
                w[j].startswith("لل") and keys[j].isdisjoint(crowds) and \
                not any(m.first == j for m in view.mentions):
            # أكبر تجمع للدروز، ثاني أكبر تجمع للمسلمين: where a people lives most (not أكبر تجمع
            # للمتظاهرين، أكبر تجمع للمعارضة: a crowd or an actor that rallied)
            return True
        # (دعا تجمع المهنيين، وقال تجمع الأحرار: the bare past form right after a verb of the
        # dictionary or of saying, which has no subject yet, is that verb's subject, the noun;
        # not استهدف تجمعاً, its object, which the dual تجمعا "the two gathered" reads)
        subject_noun = trig.kind == "verb" and trig.form.tense == "past" and \
            trig.form.text == w[trig.head] and not w[trig.head].endswith("ا") and \
            trig.first > 0 and (
                trig.first - 1 in view.verbs or strip_conj(prev) in self.compiled.speech_forms)
        if _is_nominal(trig) or subject_noun or (roles.has_prep_clitic(prev) and len(prev) > 4 and
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
                not (prev in grammar_words().an_words and trig.first > 1 and
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
        if "c" in trig.strip and len(before) == 2 and before[0] not in view.verbs and \
                _plural(view.words[before[0]]) and \
                not keys_of(before[1]).isdisjoint(nouns | verbs):
            return True  # تزايد تهديدات وهجمات الجماعة: the second noun the trend counts
        return False

    def _weapon_of_quoted_count(self, view: SentenceView, trig: Trigger) -> bool:
        """A weapon with بـ right after a plural noun of attack in guillemets, read as a
        statistic (`_counted_category`: «الهجمات غير المباشرة» بقذائف الهاون … بلغت أدنى
        مستوياتها): the means of the acts that statistic counts, no attack of its own. (The
        term in guillemets is speech content, so the weapon after it had no noun to join.)"""
        w = view.words
        k = trig.first - 1
        if k < 2 or w[k] not in CLOSE_QUOTES or roles.clitic_prep(view, trig.first) != "ب":
            return False
        opened = next((j for j in range(k - 1, max(-1, k - 1 - NAME_SPAN), -1)
                       if w[j] in OPEN_QUOTES), None)
        if opened is None:
            return False
        nouns = grammar_words().attack_nouns
        for n in range(opened + 1, k):
            if _plural(w[n]) and strip_conj(w[n]) in nouns:
                return self._counted_category(
                    view, dataclasses.replace(trig, first=n, head=n, strip=""))
        return False

    def _trend_count_at(self, view: SentenceView, j: int) -> bool:
        """Word `j` is a count (events.json `trend_counts`: عدد، أعداد) that a word of change
        stands before (`count_trends`), at most TREND_COUNT_BACK words and in its clause (تزايد
        عدد، ارتفاع عدد، شهد تزايداً ملحوظاً في عدد): a number followed over time. (Not حصيلة:
        a toll rising is one event's brought up to date.)"""
        keys_of = lambda k: self.compiled.analyse(view.words[k])[1]  # noqa: E731
        if keys_of(j).isdisjoint(self._context("trend_counts")):
            return False
        trends = self._context("count_trends")
        for k in range(j - 1, max(-1, j - 1 - TREND_COUNT_BACK), -1):
            if view.words[k] in CLAUSE_ENDS:
                return False
            if not keys_of(k).isdisjoint(trends):
                return True
        return False

    def _counted_to(self, view: SentenceView, j: int) -> bool:
        """A number or a recent time after the count at `j`, up to the end of its sentence or
        another clause (grammar.json `contrastives`: حيث، فيما), past commas (ارتفاع عدد القتلى،
        جراء القصف، إلى نحو 100؛ ارتفع عدد القتلى أمس): the toll of one event brought up to
        date, not a trend."""
        w = view.words
        stops = (self._context("recent_time") | self._context("quantities")) - \
            self._context("trend_counts")
        other = grammar_words().contrastives
        for k in range(j + 1, min(len(w), j + 1 + COUNTED_TO_REACH)):
            if w[k] in roles.HARD_STOPS or w[k] in other:
                return False
            if w[k] == "#" or view.tokens[k].kind == "number" or \
                    not self.compiled.analyse(w[k])[1].isdisjoint(stops):
                return True
        return False

    def _total_count_at(self, view: SentenceView, j: int) -> bool:
        """Word `j` is a count (`trend_counts`) called a total (`total_words` right before or
        after it: إجمالي عدد القتلى، العدد الإجمالي للقتلى) with no act of one occasion after it in
        its sentence (`one_act_nouns`: العدد الإجمالي لقتلى الهجوم is one attack's)."""
        w = view.words
        keys_of = lambda k: self.compiled.analyse(w[k])[1]  # noqa: E731
        if keys_of(j).isdisjoint(self._context("trend_counts")):
            return False
        totals = self._context("total_words")
        if not any(0 <= k < len(w) and not keys_of(k).isdisjoint(totals) for k in (j - 1, j + 1)):
            return False
        one_act = self._context("one_act_nouns")
        for k in range(j + 1, min(len(w), j + 1 + COUNTED_TO_REACH)):
            if w[k] in roles.HARD_STOPS:
                break
            if not keys_of(k).isdisjoint(one_act):
                return False
        return True

    def _trend_toll(self, view: SentenceView, trig: Trigger, toll: bool) -> bool:
        """A toll followed over time with no number it reached (تزايد عدد القتلى خلال الفترة
        الماضية، ارتفاع عدد الضحايا جراء اعتداءات القوات): a trend, not one event's toll; or a
        toll called a total (`_total_count_at`: ارتفاع العدد الإجمالي للقتلى إلى 3216); and
        the attacks named as its cause in that clause (نظراً لتزايد عدد القتلى بغارات
        الطائرات، جراء اعتداءات). `toll`: the trigger is the toll itself, right after its
        count (or its count and the total word). Not a trend with a number or a recent time in
        the clause (ارتفع عدد القتلى جراء القصف إلى 57: the update of one attack's toll)."""
        if not _is_nominal(trig) or trig.first < 1:
            return False
        w = view.words

        def counted_over_time(j: int) -> bool:
            return self._total_count_at(view, j) or (
                self._trend_count_at(view, j) and not self._counted_to(view, j))

        if toll:
            j = trig.first - 1
            if j > 0 and not self.compiled.analyse(w[j])[1].isdisjoint(
                    self._context("total_words")):
                j -= 1  # العدد الإجمالي للقتلى
            return counted_over_time(j)
        links = self._context("trend_toll_links")

        def link_at(k: int) -> bool:
            return w[k] in links or not self.compiled.analyse(w[k])[1].isdisjoint(links)

        start = trig.first - 1  # where the search for the count begins
        if not (link_at(start) or roles.clitic_prep(view, trig.first) == "ب"):
            if "c" not in trig.strip:
                return False
            # جراء غارات التحالف، وضرباته: a noun joined to the cause is a cause too
            start = next((k for k in range(trig.first - 2, max(0, trig.first - 2 - JOINED_BACK),
                                           -1)
                          if link_at(k) and _plural(w[k + 1])), None)
            if start is None or any(w[k] in roles.HARD_STOPS for k in range(start, trig.first)):
                return False
        for j in range(start, max(-1, start - TREND_CAUSE_BACK), -1):
            if w[j] in CLAUSE_ENDS:
                return False
            if self._trend_count_at(view, j) or self._total_count_at(view, j):
                return counted_over_time(j)
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
        سنوات; or over a month, events.json `month_span_openers` + `month_span_units`: قتل 37
        مقاتلاً خلال شهر يوليو، حصيلة الهجمات خلال الشهر الماضي 120 قتيلاً), or up to now
        after it (الحرب التي أسفرت عن مقتل 200 ألف شخص حتى الآن): a total
        accumulated over that time, not one event. A span of days or weeks is
        left to the news (قتلت القوات خلال الأسبوع الماضي 47 مسلحاً: told as a report); not
        with a superlative between (سقوط 35 قتيلاً في أحد أكثر الانفجارات دموية في الأشهر
        الأخيرة: the span measures the blast, one event)."""
        w = view.words
        stops = self._context("superlatives") | self._context("recent_time")
        quantities = self._context("quantities")

        lam = grammar_words().lam_negations

        def stop_at(k: int) -> bool:
            return w[k] in CLAUSE_ENDS or not self.compiled.analyse(w[k])[1].isdisjoint(stops) \
                or (w[k] == MORE and (k + 1 >= len(w) or w[k + 1] != MIN))

        def counted(k: int) -> bool:
            return w[k] == "#" or not self.compiled.analyse(w[k])[1].isdisjoint(quantities)

        openers, months = self._context("month_span_openers"), self._context("month_span_units")

        one_act = self._context("one_act_nouns")

        def span_at(k: int) -> bool:
            # (خلال الشهر الماضي، طوال شهر يوليو: a month's total, as of months and years;
            # not with one act named between, `one_act_nouns`: قتل خمسة في هجوم … خلال
            # الشهر الماضي)
            if _long_span_at(w, k):
                return True
            if strip_conj(w[k]) not in openers or k + 1 >= len(w) or w[k + 1] not in months:
                return False
            return all(self.compiled.analyse(w[j])[1].isdisjoint(one_act)
                       for j in range(min(k, trig.first), max(k, trig.last + 1)))

        if not any(counted(k) for k in range(max(0, trig.first - 2),
                                             min(len(w), trig.last + 4)) if k != trig.head):
            return False  # قتل زعيم التنظيم خلال الأشهر الماضية: one killing
        for k in range(trig.last + 1, min(len(w), trig.last + 1 + SINCE_REACH)):
            if stop_at(k) or w[k] in lam:
                break  # (ولم تتبن أي جهة الهجوم حتى الآن: the negated clause's "so far")
            if span_at(k) or _so_far_at(w, k):
                return True
        for k in range(trig.first - 1, max(-1, trig.first - 1 - SINCE_BACK - 1), -1):
            if stop_at(k):
                return False
            if span_at(k):
                return True
        return False

    def _noun_before_nisba(self, view: SentenceView, keys, trig: Trigger) -> bool:
        """A bare verb form that is also a noun (`noun_homographs`: طالب "student") followed by
        an indefinite relational adjective is the noun: طالب تونسي is a Tunisian student, not
        "he demanded"; so is such a form counted, right after a number or a count word (30
        طالباً وطالبة، ثلاثة طلاب: twenty-fifth session)."""
        if trig.strip not in ("", "c") or trig.first != trig.last:
            return False
        k = trig.first - 1
        if k >= 0 and (view.tokens[k].kind == "number" or
                       view.words[k] in grammar_words().count_words or
                       not keys[k].isdisjoint(self._context("quantities"))) and \
                self._head_in(keys, trig, "noun_homographs"):
            return True
        if trig.kind != "verb" or trig.last + 1 >= len(view.words):
            return False
        nxt = view.words[trig.last + 1]
        return self._head_in(keys, trig, "noun_homographs") and not nxt.startswith("ال") and \
            roles.is_nisba_word(nxt)

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
            not prev.startswith("ال") and prev not in grammar_words().kana_forms

    @staticmethod
    def _received_object(view: SentenceView, trig: Trigger) -> bool:
        """A verb form right after a verb of receiving (grammar.json `receiving_verbs`) and its
        subject, or right after the verb (تلقى الرئيس طلباً من، الحكومة تلقت طلبا): the thing
        received, a noun (the accusative طلباً), not a dual past verb (طَلَبا "they two asked"),
        so the receiver is no doer."""
        if trig.kind != "verb" or trig.first == 0 or trig.first != trig.head:
            return False
        return TriggerReading._receiver_before(view, trig) is not False

    @staticmethod
    def _receiver_before(view: SentenceView, trig: Trigger):
        """The subject mention of a verb of receiving right before the trigger (تلقى الرئيس
        طلباً), None when the verb itself stands right before it (تلقت طلبا), False when no verb of
        receiving does."""
        if trig.first == 0:
            return False
        k = trig.first - 1
        m = view.mention_ending_at(k)
        if m is not None and not m.in_pp:
            k = m.first - 1
        else:
            m = None
        return m if k >= 0 and strip_conj(view.words[k]) in grammar_words().receiving_verbs \
            else False

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
        follows a preposition (but منذ / حتى / من: `conjunctive_preps`, `who_words`),
        nor a present one (عند تقاطع "at the crossing" is no تُقاطِع "she boycotts")."""
        if trig.kind != "verb" or trig.form.tense not in ("past", "present") or \
                trig.first == 0 or trig.first != trig.head:
            return False
        prev = view.words[trig.first - 1]
        gw = grammar_words()
        return roles.is_prep(prev) and prev not in gw.who_words and \
            prev not in gw.conjunctive_preps and not self._has_masdar_form(view, trig)

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

    def _toll_of_one_act(self, view: SentenceView, keys, trig: Trigger, result: tuple[int, int],
                         violent_nouns: frozenset[int]) -> bool:
        """An uncounted toll after a result verb (`_result_verb`: خلّف الهجوم قتلى وجرحى، أسفر
        القصف عن قتلى) is the report of one act only when the verb's act is one of violence the
        sentence's triggers know (its subject, the words between it and the toll or its
        preposition; else the nearest such noun before the verb: اشتباكات جرت …، وأسفرت عن قتلى)
        and no noun of a lasting conflict (grammar.json `prolonged_conflict_nouns`: وخلفت الحرب
        الأهلية قتلى وجرحى), and no span of time follows the toll in its clause
        (`toll_span_openers` + a unit, a number or a count: قتلى على مدى عقد). A counted toll
        (خلّف أكثر من ثلاثين قتيلاً) is told whatever left it."""
        if self._counted(view, keys, trig):
            return True
        w = view.words
        gw = grammar_words()
        r, k = result

        def act(j: int) -> bool | None:
            if strip_conj(w[j]) in gw.prolonged_conflict_nouns:
                return False
            return True if j in violent_nouns else None

        subject = [a for j in range(r + 1, k) if (a := act(j)) is not None]
        if False in subject or (not subject and next(
                (a for j in range(r - 1, -1, -1) if (a := act(j)) is not None), False) is False):
            return False
        units = gw.background_spans | gw.toll_span_units | gw.count_words
        for j in range(trig.last + 1, min(len(w) - 1, trig.last + 1 + TOLL_SPAN_REACH)):
            if w[j] in CLAUSE_ENDS:
                break
            if w[j] in gw.toll_span_openers and (w[j + 1] == "#" or w[j + 1] in units):
                return False
        return True

    def _joined_to_toll(self, view: SentenceView, trig: Trigger) -> int | None:
        """The position of the word joined by و right after an uncounted toll noun and the
        casualty nouns joined to it (قتلى وجرحى ونازحين: نازحين), where a listed noun that is no
        casualty (refugees, the displaced) stands beside the dead, not among them; None when the
        trigger is no casualty noun or no such word follows."""
        if not _is_nominal(trig):
            return None
        dead = self._context("casualty_nouns")
        w = view.words
        if self.compiled.analyse(w[trig.head])[1].isdisjoint(dead):
            return None
        j = trig.last + 1
        while j < len(w) and w[j][:1] == "و" and view.is_word(j):
            if self.compiled.analyse(w[j])[1].isdisjoint(dead):
                return j
            j += 1
        return None

    def _reckons(self, view: SentenceView, trig: Trigger) -> bool:
        """وعد read as وعدّ "considered" (its shadda unwritten: وعد الوزير إيران دولة راعية
        للإرهاب، وعد الرئيس الاتفاق إنجازا): after its subject and object (two definite words or
        words of a name) an indefinite predicate, a word in tanween ا (إنجازا، شريكا) or a noun
        with an indefinite adjective (خطوة مهمة، دولة راعية), and no بـ or أن in the clause
        before it, which a promise's content takes (وعد الرئيس الشعب بانتخابات، أن تجري)."""
        w = view.words
        gw = grammar_words()
        named = {k for m in view.mentions for k in range(m.first, m.last + 1)} | \
            {k for m in view.places for k in range(m.first, m.last + 1)}
        definite = 0

        def indefinite(j: int) -> bool:
            word = w[j]
            return len(word) > 2 and word[0].isalpha() and not word.startswith("ال") and \
                j not in named and word not in gw.prepositions and \
                word not in gw.complementizers and not roles.clitic_prep(view, j)

        for j in range(trig.last + 1, min(len(w), trig.last + 1 + RECKON_REACH)):
            word = w[j]
            if not word or word in roles.HARD_STOPS or word in roles.COMMAS or \
                    word in gw.complementizers or word in gw.prepositions or \
                    roles.clitic_prep(view, j):
                return False
            if word.startswith("ال") or j in named:
                definite += 1
                continue
            if definite < 2 or not indefinite(j):
                return False
            return word.endswith("ا") or (j + 1 < len(w) and indefinite(j + 1))
        return False

    def _kind_head(self, view: SentenceView, keys, trig: Trigger) -> bool:
        """The noun of violence is the classifier of the noun right before it, in construct
        (grammar.json `kind_heads`, no article on it; و، ف، ب، ل allowed: خلية تفجيرات، لخبراء
        المتفجرات، في ساحات القتال، موازين القتال، حقل ألغام): that noun is a unit, a trade, a
        material or a place named by a kind of act, no act told (twenty-sixth session)."""
        k = trig.first - 1
        if k < 0 or not view.is_word(k) or "c" in trig.strip or "p" in trig.strip or \
                self._head_in(keys, trig, "casualty_nouns"):
            return False  # (قائمة القتلى: the dead of an act, told)
        return _in_list(view.words[k], grammar_words().kind_heads)

    def _device_not_used(self, view: SentenceView, keys, trig: Trigger) -> bool:
        """A weapon noun named as a device found, seized or defused (events.json
        `found_devices`): a word of finding at most FINDING_REACH words before it (its subject,
        على, a place, a number between; no stop, other verb, relative, complementizer or word
        of an explosion, attack or casualty: عثرت الشرطة البريطانية على عبوة، ضبط سيارات
        مفخخة، عثرت المقاومة على كميات كبيرة من الألغام), or right after it (الكشف عن
        المتفجرات وإبطالها), or within FOUND_REL_REACH words after its relative pronoun, قد or
        تم, past at most two adjectives (السيارة المفخخة التي عثر عليها، التي تم تفكيكها، كانت
        القذيفة قد عثر عليها، المتفجرات مشابهة لتلك التي صادرتها); or made ready for a purpose
        (`readiness_participles` then لـ: عبوة مجهزة للتفجير): a device, no explosion
        (twenty-sixth session, h2 and h3; one rule since the twenty-seventh). Not with a
        preposition on it (قتل بعبوة). It blocks the bombing entries (`_found_device`) and
        leaves another act of violence unanchored."""
        if not self._weapon_noun(keys, trig) or "p" in trig.strip:
            return False
        w = view.words
        gw = grammar_words()
        finding = self._context("found_devices")
        # (an explosion, an attack or a casualty between tells the device went off: عثر على
        # جثته بعد انفجار عبوة)
        went_off = gw.attack_nouns | self._context("accident_blasts") | \
            self._context("casualties")
        for k in range(trig.first - 1, max(-1, trig.first - 1 - FINDING_REACH), -1):
            if not keys[k].isdisjoint(finding):
                return True
            if (not view.is_word(k) and w[k] != "#") or k in view.verbs or _relative(w[k]) or \
                    not keys[k].isdisjoint(went_off) or w[k] in gw.complementizers or \
                    w[k] in gw.that_particles:
                break  # (اكتشفت الشرطة أن عبوة انفجرت: what was found is another clause)
        for j in range(trig.last + 1, min(len(w), trig.last + 4)):
            if w[j] in CLAUSE_ENDS or contrast_at(w, j):
                break
            if _relative(w[j]) or w[j] in FOUND_AUXILIARIES or w[j] in gw.qad_words:
                return any(not keys[i].isdisjoint(finding)
                           for i in range(j + 1, min(len(w), j + 1 + FOUND_REL_REACH)))
            if j == trig.last + 1 and not keys[j].isdisjoint(finding):
                return True
        for j in range(trig.last + 1, min(len(w) - 1, trig.last + 3)):
            if w[j] in gw.readiness_participles:
                return w[j + 1][:1] == "ل" and view.is_word(j + 1)
            if not view.is_word(j) or j in view.verbs:
                break  # (one adjective may stand between: عبوة صغيرة معدة للتفجير)
        return False

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
        if self.compiled.patterns[trig.pattern].plover_mode in CLAIMED_ACT_MODES and any(
                not self.compiled.analyse(w)[1].isdisjoint(self._context("protest_claims"))
                for w in view.words if w and w[0].isalpha()):
            # وأضرم المتظاهرون النار في الإطارات … ورددوا هتافات تطالب بإنهاء الحصار: a road
            # blocked or a riot told with the crowd's claim is the protest itself, reported
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

    def _policed_before(self, view: SentenceView, keys, trig: Trigger) -> bool:
        """A protest word after THE protesters were encircled, dispersed or expelled, or clashed
        with, earlier in its sentence (`protest_settings` then a definite crowd within three
        words: فيما طوقت سيارات الشرطة المتظاهرين … بينما تجمع العشرات، حاول الطلبة المؤيدون
        طرد المتظاهرين مرددين شعارات وحملوا لافتات، وبعد مشادات محدودة مع المتظاهرين قام
        أنصاره بالاحتشاد): the protest, told before, is the setting of another act,
        and what follows goes on with it. A protest told before the policing (تجمع آلاف أمام
        البرلمان وفرقتهم الشرطة) is coded (twenty-seventh session)."""
        policing = self._context("protest_settings")
        crowds = self._context("protest_crowds")
        w = view.words
        for k in range(trig.first - 1):
            if keys[k].isdisjoint(policing):
                continue
            for j in range(k + 1, min(trig.first, k + 4)):
                word = w[j][1:] if w[j][:1] in "وف" and len(w[j]) > 4 else w[j]
                if word.startswith("ال") and not keys[j].isdisjoint(crowds):
                    return True
        return False

    def _blocked(self, view, keys, trig: Trigger, pat: Pattern, doc: Document | None = None) -> bool:
        ctx = self.compiled.contexts
        if trig.kind != "noun" and "c" in trig.strip and \
                view.words[trig.head] in ctx.get("whole_words", frozenset()):
            return True  # فيلم is a film, not ف + يلم "blames": a noun read whole
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
            elif name == "compliance_pronouns":
                # القاعدة التي ستلتزم بها فرنسا، الالتزام بها: ب + the pronoun of a thing named
                # before, right after a form of التزم (`compliance_stems`), is compliance; after
                # وعد / تعهد (عملية سلام وعد بها إردوغان) it is the promise named again
                j = trig.last + 1
                if j < len(keys) and view.words[j] in words and any(
                        stem in view.words[trig.head] for stem in ctx.get("compliance_stems", ())):
                    return True
            elif name == "apart_from":
                # وعدا عن ذلك، وعدا عن الخسائر: "and apart from", no dual "the two promised"
                j = trig.last + 1
                if view.words[trig.head] in words and j < len(keys) and \
                        view.words[j] in ctx.get("apart_from_next", ()):
                    return True
            elif name == "reckoning_verbs":
                # وعد الوزير الاتفاق خطوة مهمة: وعدّ "considered" without its shadda
                if trig.kind == "verb" and view.words[trig.head] in words and \
                        self._reckons(view, trig):
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
            elif name == "sweeping_verbs":
                # اجتاح حريق الغابات، الفيضانات التي اجتاحت البلاد، المظاهرات … وتجتاح المحافظات:
                # "sweep" is an invasion only with an actor as its subject
                if trig.kind == "verb" and not keys[trig.head].isdisjoint(words) and \
                        not self._actor_sweeps(view, trig, doc):
                    return True
            elif name == "vital_spots":
                # أصابت أعداء الأمة في مقتل، ضربتهم التكنولوجيا في مقتل، لضرب النادي في الصميم:
                # "hit in a vital spot", an idiom when no genitive follows its noun (في مقتل
                # جندي is a death told)
                if self._vital_spot(view, keys, trig, words):
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
            elif name == "animal_objects":
                # أعدمت الوزارة آلاف الطيور، ذبح الأضاحي: birds or cattle culled or slaughtered
                # are no victims of an assault (but قتل مسلحون جنوداً وعشرات الماشية is)
                if self._animal_object(view, keys, trig, words):
                    return True
            elif name == "found_devices":
                # عثرت الشرطة على عبوة ناسفة، السيارة المفخخة التي عثر عليها، فجر الجيش الذخائر
                # المصادرة: a device found, defused or seized (and blown up so) is no attack
                if self._found_device(view, keys, trig, words):
                    return True
            elif name == "taken_over_objects":
                # خطف المطار والشوارع، اختطاف القرار: a thing taken over, no one abducted
                if self._taken_over(view, keys, trig, words):
                    return True
            elif name == "blocking_nature":
                if self._closed_by_nature(view, keys, trig, words):
                    return True
            elif name == "forestall_preps":
                if self._forestalls(view, keys, trig, words):
                    return True
            elif name == "verbal_manner" and self._attack_in_words(view, trig):
                return True
            elif name == "diseases":
                # أصيب حاج بضربة شمس; أصيب عشرات الحجاج بضربات شمس: an illness, the next three
                # words or, in the clause past a subject, a ب-phrase (its noun or the one after)
                if any(not keys[j].isdisjoint(words) for j in
                       range(trig.last + 1, min(len(keys), trig.last + 4))) or \
                        _illness_phrase(view, keys, trig, words):
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

    def _forestalls(self, view: SentenceView, keys, trig: Trigger,
                    preps: frozenset[str]) -> bool:
        """قطع الطريق على / أمام (لقطع الطريق على المتطرفين، أغلق القرار الطريق أمام
        المتلاعبين): "to forestall", an idiom, when على / أمام (`preps`) stands in the two words
        after the road. Not when a word of claim stands before it (أغلق المحتجون الطريق احتجاجاً
        على البطالة: the على is the claim's), nor with a protesting crowd inside the phrase
        (أغلق المحتجون الطريق أمام السيارات: a road blocked) (twenty-seventh session)."""
        crowds = self._context("protest_crowds")
        if any(not keys[j].isdisjoint(crowds) for j in range(trig.head + 1, trig.last)):
            return False
        claims = self._context("protest_claims")
        for j in range(trig.last + 1, min(len(keys), trig.last + 3)):
            if not keys[j].isdisjoint(preps):
                return True
            if not keys[j].isdisjoint(claims):
                return False
        return False

    def _closed_by_nature(self, view: SentenceView, keys, trig: Trigger,
                          nature: frozenset[str]) -> bool:
        """أغلقت السيول الطرق، قطعت الأمطار الطريق، تسببت الثلوج في قطع الطرق، إغلاق الطريق
        بسبب الانهيارات: a road closed by the weather or the land (`blocking_nature`, as the
        subject inside the phrase, one to three words before the trigger, or after a word of
        cause right after it) is no protest, which is done by people; nor is one closed by a civil
        authority, the head of the subject inside the phrase (أغلقت وزارة النقل الطريق,
        `blocking_authorities`; عمال البلدية are people) (twenty-sixth session). An accident, a
        fire or works (`blocking_causes`) close roads as the weather does, as the subject or the
        cause; and a closure joined by و / أو with no subject of its own takes the weather or
        such a cause named further back in its sentence (`_joined_to_cause`, twenty-seventh
        session)."""
        w, n = view.words, len(view.words)
        crowds = self._context("protest_crowds")
        causes = nature | self._context("blocking_causes")
        inside = range(trig.head + 1, trig.last)
        if any(not keys[j].isdisjoint(crowds) for j in inside):
            return False  # قطع المحتجون الطريق رغم الأمطار
        if any(not keys[j].isdisjoint(causes) for j in inside):
            return True
        if len(inside) and not keys[trig.head + 1].isdisjoint(
                self._context("blocking_authorities")):
            return True  # أغلقت إدارة المرور الطريق: the subject's head a civil authority
        for j in range(trig.first - 1, max(-1, trig.first - 4), -1):
            if w[j] in roles.HARD_STOPS or not keys[j].isdisjoint(crowds):
                break
            if not keys[j].isdisjoint(nature):
                return True
        leads = self._context("nature_cause_leads")
        j = trig.last + 1
        while j < min(n, trig.last + 4) and w[j] not in roles.HARD_STOPS:
            if not keys[j].isdisjoint(leads):
                return j + 1 < n and not keys[j + 1].isdisjoint(causes)
            j += 1
        return not len(inside) and self._joined_to_cause(view, keys, trig, causes)

    def _joined_to_cause(self, view: SentenceView, keys, trig: Trigger,
                         causes: frozenset[str]) -> bool:
        """تسببت الأمطار الغزيرة في غرق المنازل وقطع الطرق، أدى الحادث إلى زحام أو إغلاق
        الطريق: a closure joined by و / أو to what the weather or an accident did shares that
        cause, named up to CAUSE_REACH words back in its sentence, or anywhere before the verb of
        resulting it is joined under (وكانت الأمطار التي هطلت على … قد تسببت في إعاقة السير
        وقطعت الطرق). A protesting crowd, a claim (احتجاجاً), a protest word (أدى الحادث إلى
        احتجاجات وقطع الطرق) or an actor named between is who closed it instead."""
        w = view.words
        if "c" not in trig.strip and not (trig.first > 0 and w[trig.first - 1] in OR_WORDS):
            return False
        if trig.kind == "verb" and "mp" in trig.form.person:
            return False  # وقطعوا الطريق: people did it (the weather takes قطعت)
        stops = self._context("protest_crowds") | self._context("protest_claims")
        # (people or bodies, not places: على محافظة ينبع، التي ضربت المدينة المنورة)
        named = {k for m in view.mentions if m.entity.type in ("PERSON", "ORG") and not m.in_pp
                 for k in range(m.first, m.last + 1)}
        results = result_verbs()
        reach = max(-1, trig.first - 1 - CAUSE_REACH)
        j = trig.first - 1
        while j > reach:
            if w[j] in roles.HARD_STOPS or j in named or not keys[j].isdisjoint(stops) or \
                    self._protest_word_in([w[j]]):
                return False
            if not keys[j].isdisjoint(causes):
                # (but احتجاجاً على الحادث: the cause is what the claim is about)
                return all(keys[k].isdisjoint(stops) for k in range(max(0, j - 2), j))
            if strip_conj(w[j]) in results:
                reach = -1  # (its subject may stand far before it, past a relative clause)
            j -= 1
        return False

    def _animal_object(self, view: SentenceView, keys, trig: Trigger,
                       animals: frozenset[str]) -> bool:
        """An animal word (`animal_objects`) within the trigger's clause, IDIOM_REACH words on,
        with no person named before it but the verb's own subject right after the verb (an
        actor mention or a casualty word would be the object: قتل مسلحون 5 جنود وعشرات الماشية)."""
        people = self._context("casualties")
        starts = {m.first for m in view.mentions if m.first > trig.last + 1}
        for j in range(trig.last + 1, min(len(keys), trig.last + 1 + IDIOM_REACH)):
            if not view.is_word(j) or j in starts or not keys[j].isdisjoint(people):
                return False
            if not keys[j].isdisjoint(animals):
                return True
        return False

    def _found_device(self, view: SentenceView, keys, trig: Trigger,
                      finding: frozenset[str]) -> bool:
        """For the bombing entries (`blocked_by` `found_devices`): a weapon noun that is a
        device found, defused, seized or made ready (`_device_not_used`); or the transitive
        verb of blowing up (فجر، تفجير, not انفجر) whose object is such a device or seized
        material (`seized_words`: فجر الجيش الذخائر المصادرة، فجرت الشرطة العبوة التي عثر
        عليها): a controlled detonation."""
        if self._weapon_noun(keys, trig):
            return self._device_not_used(view, keys, trig)
        if trig.kind == "noun" or any(s in view.words[trig.head] for s in
                                      self._context("self_blast_stems")):
            return False  # انفجرت العبوة التي عثر عليها: it went off, whoever found it
        w = view.words
        seized = self._context("seized_words")
        for j in range(trig.last + 1, min(len(w), trig.last + 1 + FOUND_AFTER_REACH)):
            if w[j] in CLAUSE_ENDS or contrast_at(w, j):
                return False
            if not keys[j].isdisjoint(seized):
                return True
            if _relative(w[j]):
                # the relative clause right after the verb's object
                return any(not keys[i].isdisjoint(finding)
                           for i in range(j + 1, min(len(w), j + 1 + FOUND_REL_REACH)))
        return False

    def _taken_over(self, view: SentenceView, keys, trig: Trigger,
                    things: frozenset[str]) -> bool:
        """The object of خطف / اختطاف is a thing taken over (`taken_over_objects`: القرار،
        البلد، المطار، الشوارع، الثورة، الانتخابات), right after the trigger or after its subject
        named as an actor (خطف الحزب القرار): no person, plane, ship or bus is abducted."""
        j = trig.last + 1
        subject = next((m for m in view.mentions if m.first == j), None)
        if subject is not None and trig.kind != "noun" and trig.form.tense != "masdar":
            j = subject.last + 1
        return j < len(keys) and not keys[j].isdisjoint(things)

    def _attack_in_words(self, view: SentenceView, trig: Trigger) -> bool:
        """هاجم (`word_attack_verbs`) whose subject, right after it, is a newspaper or a channel (هاجمت
        صحيفة «كيهان» تشكيك رفسنجاني) or a person who speaks for a government, a party or a
        parliament (هاجم وزير الخارجية الإيراني محمد ظريف وسائل الإعلام): an attack in words,
        no force. (Not a body: هاجمت الحكومة may send its forces.)"""
        if trig.kind != "verb" or self.compiled.analyse(view.words[trig.head])[1].isdisjoint(
                self._context("word_attack_verbs")):
            return False  # (only هاجم: اقتحم الوزير المسجد is a storming with his escort)
        if self._then_accused(view, trig):
            return True
        m = next((m for m in view.mentions if m.first == trig.last + 1), None)
        if m is None or m.in_pp:
            return False
        code = m.entity.actor_code or ""
        role = m.entity.role or code[-3:]  # (IRNGOVMED: MED, the last role of a code)
        return role == "MED" or (m.entity.type == "PERSON" and role in SPEAKING_ROLES)

    def _then_accused(self, view: SentenceView, trig: Trigger) -> bool:
        """هاجم … then, by و, a verb of accusing (`accusing_verbs`) with an object pronoun, the
        one attacked (وهاجم الكاتب الوزير، واتهمه بالفساد): the attack was the accusation, in
        words. Within ACCUSED_REACH words after the verb, a comma allowed, no other stop. Not
        when an armed body attacks (هاجم الجيش مواقع المسلحين واتهمهم بخرق الهدنة: force, then
        words), nor when the accusing verb has a subject of its own (واتهمهم السكان)."""
        w = view.words
        doer = next((m for m in view.mentions if m.first == trig.last + 1), None)
        if doer is not None and (doer.entity.role or (doer.entity.actor_code or "")[-3:]) \
                in roles.ARMED_ROLES:
            return False
        accusing = self._context("accusing_verbs")
        for j in range(trig.last + 1, min(len(w), trig.last + 1 + ACCUSED_REACH)):
            if not view.is_word(j):
                if w[j] in roles.COMMAS:
                    continue
                return False
            if w[j][:1] == "و" and any(w[j].endswith(p) and w[j][1:-len(p)] in accusing
                                       for p in grammar_words().object_pronouns):
                # واتهمه، واتهمهم (not واتهم, whose هم is the verb's own; not واتهمهم السكان)
                return not any(m.first == j + 1 for m in view.mentions)
        return False

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

    def _protest_told(self, doc: Document, view: SentenceView, trig: Trigger) -> bool:
        """The dispersal told by a pronoun (فرقتهم الشرطة، قبل أن تفرقهم قوات الأمن: the entry
        `disperse-them`) is one: the verb carries an object pronoun, and a word before it in its
        sentence, or a word of the sentence before in its paragraph, is a PROTEST trigger of
        the dictionary (تظاهر، مسيرة) or a crowd of `protest_crowds` (المحتجون). Else فرقتهم is
        "their team" (فاز فريقه على فرقتهم), or a crowd not named as protesting. The verb's
        subject, an actor, stands right after it (not فرقها الفنية، في مسيرة فرقها: a noun)."""
        if trig.kind != "verb" or "e" not in trig.strip:
            return False
        doer = view.mention_at(trig.last + 1, trig.last + 1)
        if doer is None or doer.first != trig.last + 1:
            return False
        if self._protest_word_in(view.words[:trig.first]):
            return True
        from marsad.events.participants import previous_view  # (it imports this module)
        prev = previous_view(doc, view)
        return prev is not None and self._protest_word_in(prev.words)

    def _protest_word_in(self, words: list[str]) -> bool:
        """Whether one of `words` (folded) is a PROTEST verb or noun of one word (تظاهر، مسيرة;
        not a light verb, قام، nor the first word of a longer noun, الحركة الاحتجاجية) or a word
        of `protest_crowds`."""
        c = self.compiled
        crowds = c.contexts.get("protest_crowds", frozenset())
        for w in words:
            if not w or not w[0].isalpha():
                continue
            analysed, keys = c.analyse(w)
            if not keys.isdisjoint(crowds) or any(
                    c.patterns[hit.pattern].plover == "PROTEST" and not hit.rest and
                    hit.kind in ("verb", "noun") for hit, _ in lookup_word(analysed, c.index)):
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

    def _sports_document(self, analysed) -> bool:
        """An article about sport: `SPORTS_DOCUMENT_WORDS` different words that only sport uses
        (مباراة، بطولة، كأس، فيفا، كرة القدم…) anywhere in it, or `SPORTS_DOCUMENT_SHARED`
        different words of sport counting those it shares with other news (فريق، اللاعبين،
        النادي، التعاقد, each form of a word once: a transfer story names no match). Its
        sentences without such a word (وتلتقي ليبيا مع رواندا، مفاوضات مع اللاعب، شكوى للفيفا) hold no political event either;
        attacks and protests keep the sentence rule (a bombing at a stadium is news)."""
        words = self._context("sports")
        shared = self._context("sports_ambiguous")
        either = words | shared
        phrases = [w for w in words if " " in w]
        found: set[str] = set()
        lexemes: set[str] = set()  # the words of either list, each once (`_sport_lexeme`)
        meets = either.isdisjoint  # (a sentence none of whose words is in the lists, most of
        # them, is passed over by one call in C: the loop below reads its words one by one)
        for sent_words, keys, taa in analysed:
            if phrases:
                line = " ".join(sent_words)
                got = {p for p in phrases if p in line}
                found |= got
                lexemes |= got
            if all(map(meets, keys)):
                continue
            for ks, ends_in_taa in zip(keys, taa):
                if ks.isdisjoint(either):
                    continue
                own = {w[2:] if w.startswith("ال") else w for w in ks & words}
                found |= own
                lexemes |= {_sport_lexeme(w) for w in ks & either
                            if not ends_in_taa or w.endswith("ه")}  # الدورية is no الدوري
                if len(found) >= SPORTS_DOCUMENT_WORDS or len(lexemes) >= SPORTS_DOCUMENT_SHARED:
                    return True
        return False

    def _arts_document(self, analysed) -> bool:
        """An article about singers, musicians or actors (twenty-fifth session):
        `ARTS_DOCUMENT_WORDS` different words of the performing arts (`performance_words`:
        حفلة، أغنية، الموسيقى، فيلم; `performer_nouns`: المطرب، الفنانة، العازف; each form of a
        word once), one of them a performer. Like sports news it holds no political event
        (انسحب المغني من على المسرح، شكر جمهوره، أشاد الفنان بالمهرجان); attacks and protests keep
        their own rules (a shooting in a cinema is news). A state ceremony with songs, an opera
        and a film but no performer named (حفل افتتاح القناة) stays political news."""
        performers = self._context("performer_nouns")
        words = self._context("performance_words") | performers
        found: set[str] = set()
        performer = False
        meets = words.isdisjoint
        for _, keys, _ in analysed:
            if all(map(meets, keys)):
                continue
            for ks in keys:
                if not ks.isdisjoint(words):
                    found |= {_art_lexeme(w) for w in ks & words}
                    performer = performer or not ks.isdisjoint(performers)
                    if performer and len(found) >= ARTS_DOCUMENT_WORDS:
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
        if all(map(words.isdisjoint, keys)) and all(map(weak.isdisjoint, keys)):
            return False  # no word of either list (most sentences): the loop below finds none
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

    def _thing_arrives(self, view: SentenceView, trig: Trigger) -> bool:
        """The subject of a verb of arrival is a thing carried (`carried_things`: طائرة، سفينة،
        شحنة، مساعدات، جثة): right after the verb, past a word of time (ووصلت أمس الطائرة
        الإغاثية) or a preposition and its noun (وصلت إلى المقاومة معلومات), the genitive of
        the verbal noun (وصول الصادرات إلى الأسواق; fourteenth session), right after the أن / إن that opens its clause (وأن جثة، يعتقد أنها لقيادي
        حوثي، وصلت), or before it, past a relative pronoun and the relational adjectives that
        describe it (الطائرة الإغاثية السعودية التي وصلت: السعودية is no one arriving)."""
        things = self._context("carried_things")
        analyse = self.compiled.analyse
        w = view.words
        j = trig.last + 1
        if _is_nominal(trig):
            # وصول الصادرات، وصول شحنة الأدوية: its genitive is what arrives
            return j < len(w) and view.is_word(j) and not roles.has_prep_clitic(w[j]) and \
                not analyse(w[j])[1].isdisjoint(things)
        while j < len(w) and (w[j] in grammar_words().time_adverbs or roles.is_prep(w[j]) and
                              j + 1 < len(w) and view.is_word(j + 1)):
            # (وصلت إلى المقاومة معلومات: past a preposition and its noun)
            j += 2 if roles.is_prep(w[j]) else 1
            while j < len(w) and view.is_word(j) and w[j].startswith("ال") and \
                    _adjective_form(w[j]):
                j += 1  # (إلى المقاومة الشعبية معلومات)
        if j < len(w) and view.is_word(j) and not analyse(w[j])[1].isdisjoint(things):
            return True
        for k in range(trig.first - 1, max(-1, trig.first - THAT_REACH), -1):
            if w[k] in SENTENCE_STOPS:
                break
            if w[k] in that_words():
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

    def _actor_sweeps(self, view: SentenceView, trig: Trigger,
                      doc: Document | None = None) -> bool:
        """The subject of a verb of sweeping is an actor: a plural verb (اجتاحوا: people), or
        an actor named right before it (past a relative: الحوثيون التي اجتاحت) or right after
        it (اجتاحت القوات العراقية; past the head of a construct, `sweeping_doer_heads`:
        اجتاحها مقاتلو التنظيم), not as a place nor after a preposition (twenty-sixth
        session, h9). Words of time on either side are skipped (اجتاحت عام 1990 القوات، 1990 م
        اجتاحت القوات); two states after the verb are subject and object (اجتاح العراق
        الكويت); a verb that opens its clause with its object on it and no noun after it
        (منذ أن اجتاحها قبل عامين), or a place after it (`swept_places`, a place that is no
        actor: ثم اجتاح البلاد، أن يجتاح أوروبا), takes the actor named before it (h11)."""
        if roles.plural_agreement(trig.form.person):
            return True
        w = view.words
        j = self._past_time(view, trig.last + 1, 1, doc)
        states = {m.first: m for m in view.places if m.entity.type == "GPE" and not m.in_pp}
        if j in states and states[j].last + 1 in states:
            return True  # (اجتاح العراق الكويت: a state invades a state)
        after = {j}
        if j < len(w) and not self.compiled.analyse(w[j])[1].isdisjoint(
                self._context("sweeping_doer_heads")):
            after.add(j + 1)
        k = self._past_time(view, trig.first - 1, -1, doc)
        before = {k}
        opens = k < 0 or not view.is_word(k) or strip_conj(w[k]) in _clause_leads() or \
            self._fronted_phrase(view, k)
        if k > 0 and _relative(w[k]) and "e" in trig.strip:
            # (الأراضي التي اجتاحتها: the noun before the relative is the object on the verb;
            # its subject, a pronoun, is the actor named before that noun)
            near = [m for m in view.mentions if m.last < k - 1 and not m.in_pp and
                    not m.locative]
            return bool(near) and _no_other_noun(view, near[-1].last + 1, k - 1)
        if k > 0 and _relative(w[k]):
            before = {k - 1, k - 2}  # (حركة الحوثيين وحلفائها التي اجتاحت: or one joined noun)
            after = set()  # (الضعف الذي يجتاح السوق: the subject is the noun before)
        elif not opens:
            after = set()  # (اللاعقلانية اجتاحت سوق الأسهم: a subject before, an object after)
        if any(not m.in_pp and not m.locative and (m.last in before or m.first in after)
               for m in view.mentions):
            return True
        empty = self._no_noun_at(view, j) if "e" in trig.strip else \
            any(m.first == j for m in view.places) or (
                j < len(w) and strip_conj(w[j]) in self._context("swept_places"))
        return opens and empty and self._actor_before(doc, view, trig) is not None

    def _past_time(self, view: SentenceView, k: int, step: int, doc: Document | None) -> int:
        """The first word from k on (step 1) or back (step -1) that is no word of time: a date
        the dates stage found (عام 1990، 1990 م), a number, `time_adverbs` or
        `sweeping_time_words` (صيف، عام)."""
        w = view.words
        spans = [(d.start, d.end) for d in doc.dates] if doc is not None else []
        while 0 <= k < len(w) and (
                not view.is_word(k) and w[k] == "#" or w[k] in grammar_words().time_adverbs or
                strip_conj(w[k]) in self._context("sweeping_time_words") or
                any(a <= view.tokens[k].start < b for a, b in spans)):
            k += step
        return k

    @staticmethod
    def _fronted_phrase(view: SentenceView, k: int) -> bool:
        """Word k ends prepositional phrases of at most eight words that open the clause (وفي
        هذا السياق، ومن سفره، وعلى وجه التحديد في فجر الخميس): no verb, no subject before the
        verb."""
        w = view.words
        for i in range(k, max(-1, k - 8), -1):
            if i in view.verbs and not (i > 0 and roles.is_prep(w[i - 1])):
                return False  # (وعلى وجه التحديد: a noun after a preposition)
            if i == 0 or (not view.is_word(i - 1) and w[i - 1] != "#") or \
                    strip_conj(w[i - 1]) in _clause_leads():
                return roles.is_prep(w[i]) and not any(
                    i <= m.first <= k and not m.in_pp for m in view.mentions)
        return False

    @staticmethod
    def _no_noun_at(view: SentenceView, k: int, joined: bool = False) -> bool:
        """No noun at word k that could be a subject or a genitive: the clause ends, or a
        preposition (also with و/ف on it) stands; with `joined`, any word with و too (the end
        of an idiom: في مقتل وأصيب)."""
        w = view.words
        return k >= len(w) or not view.is_word(k) or (joined and w[k][:1] == "و") or \
            w[k] in grammar_words().background_preps or roles.is_prep(w[k])

    @staticmethod
    def _actor_before(doc: Document | None, view: SentenceView, trig: Trigger,
                      pp_heads: bool = True):
        """The actor the subject pronoun of a verb stands for, as (its sentence's view, the
        mention): the last one named before it in its sentence outside a prepositional phrase,
        else the last one of the sentence before (in its paragraph); None when a definite noun
        outside a prepositional phrase stands between (الحريق اندلع في الغابة ثم اجتاحها: the
        fire may be the subject). With `pp_heads` false, not an actor that heads a phrase of a
        preposition either (حدود الكويت after على)."""

        def named(v: SentenceView, b: int):
            near = [m for m in v.mentions if m.last < b and not m.in_pp and not m.locative and
                    (pp_heads or not m.pp_head)]
            return near[-1] if near and _no_other_noun(v, near[-1].last + 1, b) else None

        m = named(view, trig.first)
        if m is not None:
            return view, m
        if doc is None or _other_noun_in(view, 0, trig.first):
            return None  # (an actor named before with a noun after it: that noun may be it)
        from marsad.events.participants import previous_view  # (it imports this module)
        prev = previous_view(doc, view)
        m = named(prev, len(prev.words)) if prev is not None else None
        return (prev, m) if m is not None else None

    def _vital_spot(self, view: SentenceView, keys, trig: Trigger,
                    words: frozenset[str]) -> bool:
        """في + a word of `words` within IDIOM_REACH words after the trigger, in its clause, with
        no genitive after it: the clause ends, or a word with و or a preposition follows; or the
        trigger is that word itself (في مقتل), a verb of hitting (`vital_spot_verbs`) within
        IDIOM_REACH words before في (twenty-sixth session, h9)."""
        w = view.words
        k = trig.first - 1
        if trig.first == trig.last and k > 0 and w[k] == "في" and \
                not keys[trig.head].isdisjoint(words):
            if not self._no_noun_at(view, trig.last + 1, joined=True):
                return False
            verbs = self._context("vital_spot_verbs")
            for j in range(k - 1, max(-1, k - 1 - IDIOM_REACH), -1):
                if not view.is_word(j):
                    return False
                if not keys[j].isdisjoint(verbs):
                    return True
            return False
        for j in range(trig.last + 1, min(len(w) - 1, trig.last + IDIOM_REACH)):
            if not view.is_word(j):
                return False
            if w[j] == "في" and view.is_word(j + 1) and not keys[j + 1].isdisjoint(words):
                return self._no_noun_at(view, j + 2, joined=True)
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
            elif pat.cameo.startswith("144") and not own_subject(ev.source) and \
                    self._carried_force(view, trig, ev.source):
                continue  # انتشرت قوات الأمن وأغلقت الطرق: the force closed them, no protest
            elif not own_subject(ev.source) and self.keep_unknown_source:
                # أغلقت الشرطة الشارع بينما تجمع العشرات: a force named elsewhere in the
                # sentence is no subject of this protest, whose source is then unknown
                start = view.tokens[trig.head].start
                ev.source = ActorRef("", None, "", start, start)
                kept.append(ev)
        return kept

    def _carried_force(self, view: SentenceView, trig: Trigger, force: ActorRef) -> bool:
        """The security force named before a verb joined by و with no subject of its own is that
        verb's subject (انتشرت قوات الأمن في المدينة وأغلقت الطرق، استخدمت أجهزة الأمن الكلاب …
        وأغلقت مداخل الشوارع): the force closed the roads (144), which is no protest. Not when
        the verb has an object pronoun (هاجم حشد الجيش ورشقه: the force is its object), when a
        crowd of protesters (events.json `protest_crowds`) or another actor stands between the
        force and the verb (فرقت الشرطة المتظاهرين وأغلقوا الطريق: the crowd's act), nor when
        the verb has a subject of its own. Twenty-fourth session."""
        if trig.kind not in ("verb", "phrase") or "c" not in trig.strip or "e" in trig.strip or \
                trig.head != trig.first or force.end is None or \
                force.end > view.tokens[trig.first].start:
            return False
        crowds = self.compiled.contexts.get("protest_crowds", frozenset())
        def in_phrase(m) -> bool:  # after a preposition or a preposition + its noun
            return m.in_pp or any(k >= 0 and (roles.is_prep(view.words[k]) or
                                              roles.clitic_prep(view, k))
                                  for k in (m.first - 1, m.first - 2))

        between = [m for m in view.mentions if not in_phrase(m) and
                   m.entity.start >= force.end and m.entity.end <= view.tokens[trig.first].start]
        if between:
            # (فرقت الشرطة المتظاهرين وأغلقوا: another actor nearer the verb; one inside a
            # preposition phrase is no subject: في مطاردة الناشطين)
            return False
        start = next((k for k, t in enumerate(view.tokens) if t.start >= force.end), trig.first)
        return all(self.compiled.analyse(view.words[k])[1].isdisjoint(crowds)
                   for k in range(start, trig.first))

    def _crowd(self, view: SentenceView, trig: Trigger, used: set[int]) -> roles.Mention | None:
        """The protesting crowd named in the sentence (المتظاهرون، محتجين), nearest the trigger,
        outside quotes: the source of a protest whose own slots name none (not of a chant's
        words: هتف المحتجون «قاطعوا البضائع», `ParticipantRules._chant_of`)."""
        if self._chant_of(view, trig) is not None:
            return None
        crowds = self.compiled.contexts.get("protest_crowds", frozenset())
        found = [m for m in view.mentions if id(m) not in used and not m.in_quote and
                 not self.compiled.analyse(view.words[m.first])[1].isdisjoint(crowds)]
        return min(found, key=lambda m: abs(m.first - trig.head), default=None)

    def _exposure_phrase(self, view: SentenceView, trig: Trigger) -> bool:
        """A light-verb phrase of undergoing (تعرض لاعتداء، تعرضوا للضرب)."""
        verbs = self.compiled.contexts.get("exposure_verbs", frozenset())
        return not self.compiled.analyse(view.words[trig.first])[1].isdisjoint(verbs)
