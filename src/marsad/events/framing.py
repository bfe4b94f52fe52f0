"""How an event is told: as news, background, an example, a habit, an aim, a
foiled or awaited act, a warning, a refusal (the modality the events stage
sets beside `marsad.events.modality`'s negation, future and conditions).

Part of the events stage (`marsad.stages.events`).
"""

from __future__ import annotations

import dataclasses

from marsad.dates.lexicon import date_words, gregorian_months, hijri_months
from marsad.events import roles
from marsad.events.clauses import (BARE_AN, CLAUSE_ENDS, DAY_ANCHORS, FI, ILA, IN_WORDS, MIN,
                                   PRESENT_ANCHORS, TOLL_CODES, WHEN, _Listed, _Position,
                                   _adjective_form,
                                   _bare_triliteral, _governing_word, _in_list, _is_nominal,
                                   _noun_or_bare_past, _noun_with_prep, _plural, _present_form,
                                   _purpose, _relative, _verb_at, result_verbs, results_by,
                                   span_units, that_words)
from marsad.events.dating import RECENT_AFTER_REACH, _dated_recent_after, toll_verb_before
from marsad.events.detection import ONGOING_REACH, SINCE, _broke_out, _word_before_quoted
from marsad.events.modality import CueTable, _cue_at, contrast_at, modality
from marsad.events.patterns import Pattern, Trigger
from marsad.events.register import GUARDED, TODAY, Register, VIOLENCE
from marsad.events.roles import SentenceView
from marsad.lexicon.categories import reading_lexicon
from marsad.lexicon.grammar import grammar_words
from marsad.text.article import has_article
from marsad.text.future import looks_future_verb
from marsad.text.normalize import DROPPED_RE, fold, strip_conj


# إثناء "to dissuade" folds like أثناء "during" (أثناء حديثه عن الهجوم): the bare folded word
# dissuades only when written with إ or after لـ (لاثناء)
DURING = fold("أثناء")

AGREED_THAT = [fold("على"), fold("أن")]  # على أن + a present verb: "on condition that, so that"

# A plural verbal noun of violence names single events only when they are counted or dated.
COUNT_SIGNS = frozenset({"number", "quantities", "recent_time"})

# رغم / على الرغم من + an event: what something else happens in spite of, named as known (آلينا
# على أنفسنا رغم الضربات القاسية، واصلوا عملهم رغم القصف): background, not the news
# CONCESSIVE: grammar.json category `concessive` (read by grammar_words())

# words that may stand with such a span (بعد يومين فقط من، بعد ساعات قليلة من)
# SPAN_WORDS: grammar.json category `span_words` (read by grammar_words())

EXPECTED_REACH = 16  # tokens before a trigger where يتوقع أن may stand, in its clause

# ACCUSATIVE_PREPS: grammar.json category `accusative_preps` (read by grammar_words())


def _motive(view: SentenceView, trig: Trigger) -> bool:
    """احتجاجاً على / ضد: the accusative verbal noun gives the motive of the act it follows."""
    w = view.words[trig.head]
    nxt = view.words[trig.last + 1] if trig.last + 1 < len(view.words) else ""
    return trig.first > 0 and w.endswith("ا") and "a" not in trig.strip and \
        nxt in grammar_words().accusative_preps


# OCCURRENCE_NOUNS: grammar.json category `occurrence_nouns` (read by grammar_words())


# VOCATIVES: grammar.json category `vocatives` (read by grammar_words())
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
        if w[k] in grammar_words().vocatives:
            return True
    return False


def _after_background(view: SentenceView, trig: Trigger, reg: Register | None = None) -> bool:
    """بعد / منذ / قبل / عقب (… من) before a trigger: a verbal noun (خطفهم here is not the past
    verb) naming an earlier event that dates another; رغم / على الرغم من: what another act
    is done in spite of; or بسبب / جراء / إثر: the cause of something else, unless a toll is
    told before it in the sentence (the toll is the cause's). بعد and عندما / حين right before
    an act that is not definite, after a toll, tell what the toll came of: the news itself."""
    if "c" in trig.strip:
        return False  # منذ سنوات وقتل: joined by و to what stands before, governed by no word
    k = trig.first - 1
    spanned = False  # a span of time stands between (بعد يومين من)
    ala = k >= 0 and view.words[k] in ALA
    linked = k >= 0 and (view.words[k] == "من" or ala)  # the span's من / على before the trigger
    if k >= 0 and (view.words[k] == "من" or ala):
        k -= 1  # (بعد يومين من، بعد أربعة أيام على: على only after such a span, see below)
    elif k > 0 and view.words[k] in grammar_words().an_words and \
            trig.kind in ("verb", "phrase") and trig.form.tense == "past":
        k -= 1  # بعد أن قام مشاغبون بإشعال النار: after they had set fire
    elif k > 1 and _is_nominal(trig) and "a" not in trig.strip and \
            view.words[k - 1] in grammar_words().an_words and view.is_word(k) and \
            not roles.is_prep(view.words[k]):
        k -= 2  # بعد أن شهدت المدينة أعمال شغب: the noun of the verb after بعد أن
    if k >= 0 and view.words[k] in grammar_words().occurrence_nouns:
        k -= 1
    else:
        # بعد يومين فقط من، قبل ثلاثة أسابيع من، بعد ساعات قليلة من: a span of time between
        span = k
        gw = grammar_words()
        while span >= 0 and k - span < 3 and (view.words[span] in gw.background_spans or
                                              view.words[span] in gw.span_words or
                                              view.words[span] == "#" or
                                              view.words[span] in grammar_words().count_words):
            span -= 1
        if span < k and any(view.words[j] in span_units() for j in range(span + 1, k + 1)):
            if not linked and (trig.kind == "verb" or roles.has_prep_clitic(
                    view.words[trig.first])):
                return False  # قام المسلحون قبل أيام بتفجير: "days ago", the time of the act
            k, spanned = span, True
        elif ala:
            return False  # هجوم على مركز: على is the attack's target, not a span of time
    if k < 0:
        return False
    w = view.words[k]
    gw = grammar_words()
    w = w[1:] if w[:1] in "وف" and (w[1:] in gw.background_preps or w[1:] in gw.cause_preps or
                                    w[1:] in gw.concessive) else w
    if w in grammar_words().right_after and _dated_recent_after(view, trig, reg):
        return False  # عقب هجوم نفذه مجهولون فجر أمس: what the news follows on, not history
    # (a toll told by a verb too: 40 شخصاً قتلوا بعد تفجيرين، قتلوا جراء القصف الذي استهدف)
    toll_before = reg is not None and (any(name == "casualties" and i < k
                                           for i, name in reg.evidence) or
                                       toll_verb_before(view.words, k))
    if w in grammar_words().cause_preps:
        return not toll_before
    if toll_before and not spanned and \
            (w in gw.simultaneous_preps or w in gw.toll_after) and "a" not in trig.strip:
        # قتل ستة أشخاص عندما انفجرت سيارة مفخخة، قتلوا بعد تفجيرين انتحاريين، قتلوا بعد أن هاجم
        # مسلحون قرية: the toll told first is that act's, the news itself (but بعد الهجوم، بعد
        # يومين من هجوم: an act named before, or a span between)
        return False
    if w in gw.simultaneous_preps and trig.kind in ("verb", "phrase") and \
            not _is_nominal(trig) and _recent_clause(view, reg, trig):
        return False  # قتل جنديان أمس حين فتح مسلحون النار: the news itself, not its background
    if w == WHEN and k > 0 and view.words[k - 1] in IN_WORDS:
        return False  # في حين قتل مسلحون: "whereas", a clause beside the other, not a time
    return w in grammar_words().background_preps or w in grammar_words().concessive


# بعد: after a toll told before it, what the toll came of (قتلوا بعد تفجيرين): grammar.json
# `toll_after`

# the prepositions of what something follows right on (عقب، غداة، بعيد، في أعقاب): a fresh event
# the news comes of, unlike بعد, قبل, منذ, which place another in time (and unlike a cause, بسبب،
# جراء، إثر, given as the background of what it caused)
# RIGHT_AFTER: grammar.json category `right_after` (read by grammar_words())

ALA = frozenset(fold(w) for w in ("على",))
# BEFORE: grammar.json category `before_words` (قبل + a span of years, `_recalled_past`)
HABIT_REACH = 4  # words from a verb of habit (اعتاد) to the verbal noun it governs
FREQUENCY_REACH = 4  # words from a plural noun of violence to its predicate of frequency

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
        if w[k] in grammar_words().attack_nouns and not w[k].startswith("ال"):
            noun = Trigger(trig.pattern, k, k, k, "noun", trig.form, "")
            return _after_background(view, noun, reg)
    return False


JOINED_REACH = 15  # words between a background attack and an act joined to it by و
TARGETING_ADJECTIVES = 3  # words between a background attack's noun and a verb describing it


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
    if not earlier:
        return False
    if "c" not in trig.strip:
        return _in_background_phrase(view, trig, reg, earlier)
    verb = not _is_nominal(trig)
    if verb and (trig.form.tense != "past" or _own_subject_after(view, trig)):
        return False
    prev = earlier[-1]
    w = view.words
    if prev.last >= trig.first or trig.first - prev.last > JOINED_REACH:
        return False
    for k in range(prev.last + 1, trig.first):
        if w[k] in CLAUSE_ENDS or contrast_at(w, k) or \
                strip_conj(w[k]) in grammar_words().then_words or \
                (k in view.verbs and w[k][:1] == "و"):
            return False
    if len(earlier) > 1 and prev.first > 0 and \
            strip_conj(w[prev.first - 1]) in grammar_words().cause_preps:
        return False  # قتلوا أمس جراء ضربات التحالف والاشتباكات: the causes of the act told
    return _after_background(view, prev, reg) or _background_lead(view, prev) or \
        _describes_background_attack(view, prev, reg) or \
        _joined_to_background(view, prev, reg, earlier[:-1])


def _in_background_phrase(view: SentenceView, trig: Trigger, reg: Register | None,
                          earlier: list[Trigger]) -> bool:
    """A verbal noun of violence after a preposition of where or how an act was done (grammar.json
    `attack_preps`: في، جراء، خلال) inside the phrase of a background act before it (`earlier`'s
    last trigger, after a `background_leads` word or joined by و to one that is), no verb, stop,
    comma or contrast between (رداً على مقتل خمسة جنود في كمين، على خلفية مقتل 32 شخصاً وإصابة
    مئة جراء تفجير انتحاري): the attack that act came of, background too (twenty-first
    session)."""
    if not _is_nominal(trig) or trig.first == 0 or \
            view.words[trig.first - 1] not in grammar_words().attack_preps:
        return False
    w = view.words
    prev = earlier[-1]
    if prev.last >= trig.first or trig.first - prev.last > JOINED_REACH:
        return False
    for k in range(prev.last + 1, trig.first):
        if w[k] in CLAUSE_ENDS or contrast_at(w, k) or \
                (k in view.verbs and not view.tokens[k].text.endswith("ة")):
            return False  # (وإصابة: written with ة, a verbal noun joined, no verb)
    while "c" in prev.strip and len(earlier) > 1 and \
            _joined_to_background(view, prev, reg, earlier[:-1]):
        earlier = earlier[:-1]  # (مقتل 32 شخصاً وإصابة مئة: the noun the joined one shares)
        prev = earlier[-1]
    # (or after a word of time, concession or cause: على الرغم من مقتل ثلاثة جنود السبت في هجوم
    # انتحاري، إثر مقتل 11 جندياً إثر ضربة جوية: the attack of the toll another act follows;
    # twenty-fourth session)
    return _background_lead(view, prev) or (_is_nominal(prev) and
                                            _after_background(view, prev, reg))


def _own_subject_after(view: SentenceView, trig: Trigger) -> bool:
    """An actor right after a singular verb, or one word after it (a noun and its nisba),
    outside a preposition's phrase: the verb's own subject (وقتل مسلحون، وقصفت الطائرات
    الإسرائيلية). A plural verb (وقتلوا) has its subject in it."""
    if view.words[trig.head].endswith(("وا", "ن")):
        return False
    m = view.mention_at(trig.last + 1, trig.last + 2)
    return m is not None and not m.in_pp and \
        (m.first == trig.last + 1 or view.words[trig.last + 1].startswith("ال"))


# REFRAIN_PREPS: grammar.json category `refrain_preps` (read by grammar_words())


def _recent_clause(view: SentenceView, reg: Register | None, trig: Trigger) -> bool:
    """The trigger's clause names a recent time (أمس، ليل الخميس، صباح اليوم) outside the trigger;
    a time before the last أن / إن before it dates the speech (أفادت الوزارة أمس بأن)."""
    if reg is None:
        return False
    that = grammar_words().that_particles
    start = max((k for k in range(trig.first) if view.words[k] in that), default=-1)
    return any(k > start and not trig.first <= k <= trig.last and name in PRESENT_ANCHORS
               for k, name in reg.evidence)


# MAY: grammar.json category `may_particles` (read by grammar_words())


def _pluperfect(view: SentenceView, trig: Trigger, reg: Register | None) -> bool:
    """كان … قد + past verb (وكان المسلحون قد خطفوا): what had happened before the news (unless
    dated to a recent time of its own clause: وكانت القوات قد قتلت أول من أمس، وأمس كانت القوات
    قد قتلت; not one before أن or a verb of another clause, `_other_clause_between`)."""
    if trig.kind not in ("verb", "phrase") or trig.form.tense != "past":
        return False
    qad = False
    for k in range(trig.first - 1, max(-1, trig.first - 8), -1):
        w = view.words[k]
        if w in roles.HARD_STOPS:
            return False
        if w in grammar_words().may_particles:
            qad = True
        elif w in grammar_words().kana_forms:
            return qad and not (reg is not None and any(
                name in PRESENT_ANCHORS and not trig.first <= j <= trig.last and
                not _other_clause_between(view, j, k) for j, name in reg.evidence))
    return False




def _same_clause(view: SentenceView, j: int, k: int) -> bool:
    """No full stop, colon or quote mark (`roles.HARD_STOPS`) stands between words j and k."""
    return not any(view.words[i] in roles.HARD_STOPS for i in range(min(j, k) + 1, max(j, k)))


def _other_clause_between(view: SentenceView, j: int, k: int) -> bool:
    """A word at `j` before كان at `k` belongs to another clause: أن / إن or a verb (of saying
    most often) stands between them (ذكرت الهيئة أمس أن السفينة كانت قد خطفت، أمس قال المتحدث
    إن القوات كانت قد …); a time of كان's own clause has none (وأمس كانت القوات قد قتلت، ومساء
    أمس، كان مسلحون قد هاجموا)."""
    that = grammar_words().that_particles
    return any(view.words[i] in that or i in view.verbs for i in range(j + 1, k))


# من before a past verb is "who" / "whoever" (من استهدف الجسر أراد …): no preposition takes a verb
# WHO: grammar.json category `who_words` (read by grammar_words())

# A preposition with the pronoun of a relative clause's antecedent (التي انطلقت منها، الذي وقع فيه)
# RESUMPTIVE_PPS: grammar.json category `relative_resumptive_pps` (read by grammar_words())
# EXPOSED: grammar.json category `exposed_verbs` (read by grammar_words())


def _definite_adjective(view: SentenceView, k: int) -> bool:
    """The word at k, after a definite noun, may be its adjective (الهجوم الواسع): a word
    with the article (`text.article`: not التزام) that names no actor."""
    return has_article(view.words[k]) and view.mention_at(k, k) is None


def _refers_back(view: SentenceView, trig: Trigger, told: bool) -> bool:
    """A definite noun with no relative clause after it (الهجوم على المدينة, not الهجوم الذي
    خطط له) when an act of violence was told as done before it (`told`): it names that act."""
    definite = "a" in trig.strip or has_article(view.words[trig.head])
    return told and definite and not _relative_follows(view, trig)


def _word_back(view: SentenceView, k: int, reach: int, found) -> int | None:
    """The first position from `k` back, at most `reach` words, for which `found(position)`
    holds, with no stop, preposition or verb after it (the governor of a verbal noun, its
    subject, an adjective or a genitive between: اعتاد المسلحون نهب، أسفه الشديد لاعتقال، كان
    هدف الخلية ضرب); None otherwise."""
    w = view.words
    for j in range(k, max(-1, k - reach), -1):
        if found(j):
            return j
        if not view.is_word(j) or roles.is_prep(w[j]) or j in view.verbs:
            return None
    return None


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


def _in_relative(view: SentenceView, trig: Trigger) -> bool:
    """A past verb of violence right after a relative pronoun (النائب الذي قُتل في تفجير), the
    violence someone underwent in a relative clause (الوكالتين اللتين تعرضتا لاعتداء), an event
    noun that a relative clause says someone did (الذين نظموا إضراباً), or the
    event named after a relative clause's verb (الذي قُتل في انفجار): what happened to someone
    before, told to identify them, not the news of the sentence."""
    w = view.words
    if trig.kind in ("verb", "phrase") and trig.form.tense == "past" and trig.first > 0 and \
            (_relative(w[trig.first - 1]) or w[trig.first - 1] in grammar_words().who_words and
             not _bare_triliteral(w[trig.first])):
        # (من استهدف الجسر أراد: "whoever", no preposition takes a verb; but من ضرب may be
        # "from striking", the verbal noun spelt as the verb)
        return True
    if trig.first > 1 and _relative(w[trig.first - 2]) and \
            w[trig.first - 1] in grammar_words().exposed_verbs:
        return True
    if _is_nominal(trig) and trig.first > 1 and _relative(w[trig.first - 2]) and \
            w[trig.first - 1] in grammar_words().doing_verbs:
        return True  # العمال الذين نظموا إضراباً، الجماعة التي نفذت الهجوم: who they are
    if _is_nominal(trig) and trig.first > 2 and \
            w[trig.first - 1] in grammar_words().relative_resumptive_pps and \
            _relative(w[trig.first - 3]) and not _present_form(w[trig.first - 2]):
        # المنطقة التي انطلقت منها الاحتجاجات: what a place is known for (but التي تدور فيها
        # المعارك: what goes on there now)
        return True
    return trig.first > 2 and roles.is_prep(w[trig.first - 1]) and \
        _relative(w[trig.first - 3]) and w[trig.first - 2] not in result_verbs()


def accusing_forms(contexts: dict[str, frozenset[str]], lexicon_dirs) -> frozenset[str]:
    """The verbs of accusing (events.json `accusing_verbs`) alone and with each object pronoun
    of the grammar of `lexicon_dirs` (اتهم، اتهمه، اتهمتهم): built once per pipeline, kept in
    its resources as `EventStage._accusing_forms` (`_charged_with`)."""
    with reading_lexicon(lexicon_dirs):
        pronouns = grammar_words().object_pronouns
    verbs = contexts.get("accusing_verbs", frozenset())
    return verbs | frozenset(v + p for v in verbs for p in pronouns)


# words from a verb of accusing to the بـ of its charge: its subject and object between
# (اتهمت السلطات اليمنية هذه الخلية بالتخطيط)
CHARGE_REACH = 6
# words between an indefinite noun and the verb of its unmarked relative clause: its adjectives
# (سفينة تجارية أوكرانية اختطفها)
GOVERNED_NOUN_ADJECTIVES = 2
# nouns in construct between the governing preposition and the noun described (عن حمولة سفينة،
# على جثة رجل)
GOVERNED_CONSTRUCT = 2


def _governed_noun_described(view: SentenceView, trig: Trigger,
                             reg: Register | None) -> range | None:
    """A past verb of violence with an object pronoun right after an indefinite noun (and its
    adjectives) that a preposition governs, directly or through nouns in construct (عن حمولة
    سفينة أوكرانية اختطفها قراصنة، على جثة رجل قتله مسلحون، عن رهائن خطفهم المسلحون): the
    pronoun is the noun's, so the verb opens an unmarked relative clause that tells what the
    noun underwent before, to say which one it is; the news is the predicate that governs the
    noun (twenty-fifth session). Not when the noun is a time (بعد أيام قتله مسلحون: a fronted
    time, the verb heads its clause) or the preposition one of time (بعد، منذ، خلال), nor when
    a recent time in its clause dates the act (اختطفها قراصنة أمس: told as news). The
    positions from the governed word to the noun described, or None."""
    if trig.kind != "verb" or trig.form.tense != "past" or "e" not in trig.strip or \
            trig.first != trig.head or "c" in trig.strip or trig.first < 2:
        return None
    w = view.words
    gw = grammar_words()
    times = gw.short_spans | gw.long_ago_units | gw.time_adverbs
    particles = gw.contrastives | gw.then_words | gw.time_clause_openers | \
        gw.report_continuers | gw.complementizers | gw.pronoun_complementizers
    k = trig.first - 1
    # the noun's adjectives: indefinite words that name no party (a nisba is a mention)
    for _ in range(GOVERNED_NOUN_ADJECTIVES):
        if k > 0 and view.is_word(k) and view.is_word(k - 1) and \
                not has_article(w[k - 1]) and _adjective_form(w[k]) and \
                not roles.is_prep(w[k - 1]):
            k -= 1
    if not _pronoun_agrees(w[trig.head], w[k]):
        return None  # باستئناف قصفها: "their shelling", the verbal noun, not a noun described
    described = k
    nouns = 0
    while k >= 0 and nouns <= GOVERNED_CONSTRUCT:
        word = w[k]
        if roles.is_prep(word):
            governed = nouns > 0 and strip_conj(word) not in gw.background_preps
            break
        if not view.is_word(k) or k in view.verbs or has_article(word) or len(word) < 3 or \
                strip_conj(word) in times or _relative(word) or word in that_words() or \
                word in particles or word[:1] == "ي":
            # (بينما هاجمه البعض، لتتأكد أنها قتلتهم، من يبغي قتله: a clause of its own after a
            # particle, a complementizer or a present verb)
            return None
        if _noun_with_prep(word) and not roles.is_prep(word):
            # (لرجل قتل، بسفينة اختطفها: the preposition on the noun itself)
            governed = roles.clitic_prep(view, k) != ""
            break
        nouns += 1
        k -= 1
    else:
        return None
    return range(k, described + 1) if governed and not _dated_recent_after(view, trig, reg) \
        else None


def _pronoun_agrees(verb: str, noun: str) -> bool:
    """The object pronoun on a (folded) verb may stand for the noun: ه for a noun that does not
    end in ة (folded ه) or ات, ها for one that does (سفينة اختطفها; a broken plural of things
    is left out), هم / هما for any but a singular in ة (رهائن اختطفهم، رجلين قتلهما)."""
    feminine = noun.endswith(("ه", "ات"))
    if verb.endswith(("هم", "هما")):
        return not noun.endswith("ه")
    if verb.endswith("ها"):
        return feminine
    return verb.endswith("ه") and not feminine


def _act_told_recent(view: SentenceView, trig: Trigger, reg: Register | None) -> bool:
    """A past verb right after a relative pronoun whose antecedent is itself a noun of attack
    (grammar.json `attack_nouns`, after its adjectives: الهجوم الذي استهدف، التفجير الانتحاري الذي
    وقع، بالهجوم الذي شنه), a recent time after it in its clause (`_dated_recent_after`: أمس،
    يوم الجمعة): the clause tells the act itself, of now, not a person's or a place's past
    (the people or places a clause of `_in_relative` identifies: المتظاهرين الذين نزلوا يوم
    الأحد الماضي stays background, as the GSR reads it)."""
    w = view.words
    if trig.kind not in ("verb", "phrase") or trig.form.tense != "past" or trig.first < 2 or \
            not _relative(w[trig.first - 1]):
        return False
    for k in range(trig.first - 2, max(-1, trig.first - 2 - ANTECEDENT_REACH), -1):
        word = w[k]
        if word in grammar_words().attack_nouns or \
                (word[:1] in "وفبل" and word[1:] in grammar_words().attack_nouns):
            return _dated_recent_after(view, trig, reg)
        if not (_adjective_form(word) or _definite_adjective(view, k)):
            return False
    return False


# Words from a relative pronoun back to the noun of attack it follows (التفجير الانتحاري
# المزدوج الذي): its adjectives
ANTECEDENT_REACH = 3


# Verbs of a result, whose subject is an event and whose object is what came of it, by the
# preposition of that object: أدى القصف إلى مقتل، أسفرت غارة عن مقتل عشرة، تسبب الانفجار في مقتل;
# خلّف takes it as a direct object (خلّفت الهجمات عشرة قتلى). In a relative clause (الأمر الذي
# أدى إلى مقتل) they tell the result, not the background
# RESULT_PRESENT: grammar.json category `result_present` (read by grammar_words())

AN_PREP = fold("عن")


def _result_modality(words: list[str], first: int) -> str | None:
    """The event a result verb leads to (… إلى + trigger) takes that verb's time: ستؤدي إلى
    مقتل is `future`, قد يؤدي إلى is `hypothetical`; None otherwise."""
    if first < 2 or words[first - 1] not in ILA:
        return None
    verb = words[first - 2]
    verb = verb[1:] if verb[:1] in "وف" and len(verb) > 4 else verb
    if verb[:1] == "س" and verb[1:] in grammar_words().result_present:
        return "future"
    if verb in grammar_words().result_present and first > 2 and \
            words[first - 3] in grammar_words().may_particles:
        return "hypothetical"
    return None


# سبق أن / سبق و + a past verb (grammar.json `told_before`), and the event it tells within
# TOLD_BEFORE_REACH words of سبق (سبق أن شهدت المنطقة عدة اعتداءات): done before, history
TOLD_BEFORE_REACH = 5
# the codes of seizing and besieging (CAMEO 191, 192; PLOVER COERCE): in a relative clause
# (المدينة التي سيطر عليها التنظيم) they tell what identifies a place
SEIZURE_CODES = ("191", "192")
SINCE_SPAN_REACH = 4  # words back from the على of a trigger to مرور (مرور نحو عامين على)


def _told_before(view: SentenceView, trig: Trigger) -> bool:
    """سبق followed by أن (وأن) or by a past verb with و (سبق أن شهدت، سبق ونفذ) at most
    TOLD_BEFORE_REACH words before the trigger in its clause, past the verb and its subject
    (سبق أن شهدت المدينة هجمات مماثلة): what was done before, history."""
    w = view.words
    for k in range(trig.first - 1, max(-1, trig.first - 1 - TOLD_BEFORE_REACH), -1):
        if w[k] in roles.HARD_STOPS or w[k] in roles.COMMAS or contrast_at(w, k):
            return False
        if strip_conj(w[k]) in grammar_words().told_before and k + 1 < trig.first:
            nxt = w[k + 1]
            return strip_conj(nxt) in that_words() or (nxt[:1] == "و" and _verb_at(view, k + 1))
    return False


# و + a subject pronoun before a present verb: a clause of state (خرجوا وهم يهتفون): grammar.json
# `state_pronouns`


def _state_clause(view: SentenceView, trig: Trigger) -> bool:
    """A present verb right after و + a subject pronoun (grammar.json `state_pronouns`: وهم
    يهتفون، وهو يطلق النار): a clause of state, which tells how the subject of the verb before
    it did what it did."""
    return trig.kind in ("verb", "phrase") and trig.form.tense == "present" and \
        trig.first > 0 and view.words[trig.first - 1] in grammar_words().state_pronouns


def _continues(out, view: SentenceView, trig: Trigger, pat: Pattern, weapon: bool = False,
               toll: bool = False, described: Trigger | None = None) -> bool:
    """A verb of violence (or a weapon noun) right after the trigger of a violent event of the
    same sentence (at most one word between, no stop, no subject of its own) continues that
    event; so does a noun of the dead or wounded (`toll`) anywhere after it in its sentence with
    no stop between, a verb of targeting that describes the attack the event's noun named
    (`described`: that noun, see `_describes_attack`), and a clause of state (`_state_clause`:
    وهم يهتفون) after an event of the same kind, no stop between: خرج
    المتظاهرون وهم يهتفون is one protest, the chanting tells how they went out."""
    if not out or pat.plover not in GUARDED:
        return False
    prev = out[-1][0]
    if prev.sentence != view.index or prev.plover != pat.plover or not prev.mentions:
        return False
    gap = [t for t in view.tokens if prev.mentions[-1].end <= t.start < view.tokens[trig.first].start]
    if _state_clause(view, trig):
        return not any(t.text in roles.HARD_STOPS for t in gap)
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
    if joined_plural_act(view, trig) and prev.cameo != pat.cameo:
        return False  # قتل المسلحون وجرحوا عشرات: a second act, with the same sides
    return weapon or roles.postverbal_subject(view, trig.last, trig.head) is None


def background_attack_described(out, view: SentenceView, trig: Trigger,
                                earlier: list[Trigger], targeting: frozenset[str]) -> str | None:
    """A verb of targeting (events.json `targeting_verbs`) with the noun of an attack coded as
    background or as a pattern in this sentence for its subject: the verb describes that attack,
    and takes its modality (`historical` or `habitual`), or None. The verb stands right after
    the noun, only its adjectives and nisbas between (no stop, verb or preposition) and no
    subject of its own after it (إثر مقتل 11 جندياً إثر ضربة جوية أميركية استهدفت متمردين;
    twenty-fourth session; the names a nisba makes, أميركية, keep `_describes_attack` off), or
    after the noun's relative clause (`_relative_clause_between`: معظم الهجمات التي شنتها
    الجماعة استهدفت مراكز الشرطة، غداة اعتداء إرهابي وقع في المدينة، واستهدفت عناصر للشرطة: a
    verb joined by و after the clause that goes on describing the attack; twenty-fourth
    session, h9). The noun may close a phrase (شنتها القوات … وضربات جوية استهدفت)."""
    w = view.words
    if trig.kind != "verb" or strip_conj(w[trig.first]) not in targeting or not earlier:
        return None
    noun = earlier[-1]
    if not (_is_nominal(noun) or strip_conj(w[noun.last]) in grammar_words().attack_nouns) or \
            noun.last >= trig.first:
        return None
    joined = w[trig.first][:1] == "و"
    if _adjectives_between(view, noun.last + 1, trig.first) and not joined:
        if _own_subject_after(view, trig) and \
                roles.postverbal_subject(view, trig.last, trig.head) is not None:
            return None  # (استهدفت منطقة القبائل: a name's genitive is no subject)
    elif not _relative_clause_between(view, noun.last + 1, trig.first, joined) or \
            (joined and _own_subject_after(view, trig)) or \
            (not joined and not _heads_clause(view, noun.first)):
        return None
    end = view.tokens[noun.last].end
    return next((ev.modality for ev, *_ in out
                 if ev.sentence == view.index and ev.modality in ("historical", "habitual") and
                 any(m.end == end for m in ev.mentions)), None)


def _heads_clause(view: SentenceView, k: int) -> bool:
    """The noun at `k` (or the word of many before it, معظم الهجمات) is governed by no
    preposition nor word of time or cause: the subject of the verb after its relative clause
    (الهجمات التي شنتها الجماعة استهدفت مراكز الشرطة, whose الشرطة is no subject of its own),
    not what a clause after it is dated by (بعد الهجمات التي شنتها الجماعة استهدفت الطائرات)."""
    w = view.words
    if k > 0 and strip_conj(w[k - 1]) in grammar_words().many_quantifiers:
        k -= 1
    if roles.clitic_prep(view, k):
        return False
    if k == 0:
        return True
    gw = grammar_words()
    before = strip_conj(w[k - 1])
    return not roles.is_prep(w[k - 1]) and not any(
        before in words for words in (gw.background_preps, gw.cause_preps, gw.concessive,
                                      gw.right_after, gw.attack_preps))


def _adjectives_between(view: SentenceView, first: int, end: int) -> bool:
    """Only adjectives and nisbas (جوية أميركية), at most TARGETING_ADJECTIVES, in [first, end):
    no stop, verb or preposition."""
    w = view.words
    if end - first > TARGETING_ADJECTIVES:
        return False
    nisbas = grammar_words().nisba_endings  # (الإسرائيلي، أميركية: folded, ة to ه)
    return all(view.is_word(k) and k not in view.verbs and not roles.is_prep(w[k]) and
               (has_article(w[k]) or _adjective_form(w[k]) or w[k].endswith(nisbas))
               for k in range(first, end))


RELATIVE_CLAUSE_REACH = 14  # words from an attack noun to the verb after its relative clause


def _relative_clause_between(view: SentenceView, first: int, end: int, joined: bool) -> bool:
    """[first, end) is an attack noun's relative clause: its adjectives, then a relative pronoun
    and a verb (التي شنتها الجماعة) or, unmarked, a past verb (وقع في المدينة), and after the
    verb no other verb, stop, contrast or relative pronoun. The verb after a clause with no
    comma closing it is the noun's predicate (… التي شنتها الجماعة استهدفت); one joined by و
    comes after a comma, as a second verb of the clause (… وقع في المدينة، واستهدفت)."""
    w = view.words
    if end - first > RELATIVE_CLAUSE_REACH:
        return False
    k = first
    while k < end and k - first < DESCRIBED_REACH and k not in view.verbs and \
            not _relative(w[k]) and view.is_word(k) and not roles.is_prep(w[k]):
        k += 1  # (اعتداء إرهابي وقع، هجوم مسلح وقع: the noun's adjectives first)
    if k < end and _relative(w[k]):
        k += 1
    elif not joined:
        return False  # (هجوم وقع … استهدف: no predicate after an unmarked clause)
    if k >= end or k not in view.verbs:
        return False
    last = end - 1
    if joined:
        if w[last] not in roles.COMMAS:
            return False  # (a verb joined right after the clause is its own: وقع … وقتل)
        last -= 1
    return all(k2 not in view.verbs and w[k2] not in CLAUSE_ENDS and not contrast_at(w, k2) and
               not _relative(w[k2]) for k2 in range(k + 1, last + 1))


def joined_plural_act(view: SentenceView, trig: Trigger) -> bool:
    """A plural past verb joined by و (وجرحوا، وعذبوا): after another verb or its subject, a
    second act of the same doers, no detail of the first (twenty-second session)."""
    return trig.kind == "verb" and trig.form.tense == "past" and "c" in trig.strip and \
        trig.form.person == "3mp"


FOIL_REACH = 5  # words from a verb of foiling to what it foiled (أحبطت قوات الأمن السعودية أمس هجوماً)
MEANS = (fold("عن"), fold("طريق"))  # عن طريق القصف: by means of


def _means_at(words: list[str], k: int) -> bool:
    """words[k] ends عن طريق ("by means of")."""
    return k > 0 and (words[k - 1], words[k]) == MEANS
LAUNCH_REACH = 5  # words from a foiled act to the verb of its toll (هجوماً على حاجز أسفر عن)

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
    if SUCH_AS not in view.words and KIND_OF not in view.words:
        return False  # (most sentences: no word that opens such a list, so no walk back)
    end = len(view.words) - 1
    while end >= 0 and (view.words[end] in roles.HARD_STOPS or not view.words[end]):
        end -= 1
    return end >= 0 and _example_list_before(view, end, True) is True


def _generic_act(view: SentenceView, trig: Trigger, reg: Register,
                 kinds: frozenset[str] = frozenset()) -> bool:
    """A past verb of violence told of no one in particular, in a sentence with no sign of a
    happening (no number, place, recent time, casualty or weapon): its doer and victim are
    indefinite common nouns, after أن / إن (أن حاكماً قتل رجلاً، أن رجالاً قتلوا امرأة) or
    after the verb at the head of its clause (قتل حاكمٌ رجلاً، وضرب رجلٌ امرأةً): an example of
    a kind of act, not the report of one. (After a bare past form, two indefinite nouns are as
    often its object and a verb: قرار هدم مبنيين بنيا.) `kinds`: the nouns of a kind of person
    (events.json `person_kinds`), a doer and a victim both of which need no written case
    (قتل رجال نساء، قتلت امرأة طفلة: see `_kinds_apart`)."""
    if trig.kind != "verb" or trig.form.tense != "past" or "e" in trig.strip:
        return False
    if view.places or "#" in view.words or _signs_besides_restated(view, trig, reg):
        return False
    return _generic_after_that(view, trig, kinds) or _generic_verb_first(view, trig, kinds)


TOPIC_ANSWER_REACH = 40  # words from a topic of أما to the ف-word of its judgement
TOPIC_JOINED_REACH = 12  # words from أما back-reached by an act joined to its topic by أو / و


def _frequent_kind(view: SentenceView, trig: Trigger) -> bool:
    """A plural noun of violence right after a verb of becoming (grammar.json `becoming_verbs`),
    with a word of `frequency_predicates` at most FREQUENCY_REACH words after it, in its clause
    (أصبحت التفجيرات الانتحارية متكررة، باتت الهجمات شبه يومية، صارت الاغتيالات أمراً عادياً):
    a kind of act grown common, no one act told (twenty-sixth session)."""
    w = view.words
    gw = grammar_words()
    k = trig.first - 1
    if k < 0 or not _is_nominal(trig) or "p" in trig.strip or not _plural(w[trig.head]) or \
            strip_conj(w[k]) not in gw.becoming_verbs:
        return False
    for j in range(trig.last + 1, min(len(w), trig.last + 1 + FREQUENCY_REACH)):
        if not view.is_word(j):
            return False
        if w[j] in gw.frequency_predicates:
            return True
    return False


def _every_kind(view: SentenceView, trig: Trigger) -> bool:
    """An indefinite noun of violence right after «every» (grammar.json `every_words`, with or
    without و / ف: وكل هجوم تركي يقابله رد، ضد كل عمل إرهابي، بعد كل هجوم): a kind of act, no
    one act told (twenty-sixth session, h9). A definite or possessed noun (كل الهجمات، كل
    هجماتهم) may be the acts told before and is left."""
    k = trig.first - 1
    if k < 0 or not _is_nominal(trig) or "a" in trig.strip or "e" in trig.strip or \
            strip_conj(view.words[trig.head]).startswith("ال"):
        return False
    return strip_conj(view.words[k]) in grammar_words().every_words


def _generic_topic(view: SentenceView, trig: Trigger) -> bool:
    """أما تفجير مقهى أو الانفجار وسط الناس فلا يمكن تبريره: the verbal noun of an act right
    after «as for» (grammar.json `topic_particles`), with no article and an indefinite common
    noun as its genitive, the topic of a judgement that a later ف-word opens (`topic_answers`):
    a kind of act an opinion judges, not one that happened (but أما تفجير المقهى فقد …، أما
    قصف غزة فهو …: a definite or named genitive is one act, told). An act joined to that topic
    by أو or و, before the judgement, is of the same kind (أو الانفجار وسط الناس)."""
    w = view.words
    if trig.first < 1:
        return False
    # (a bare past form after أما is its verbal noun: أما قتل رجل, no verb follows «as for»)
    if (_is_nominal(trig) or trig.first == trig.last) and _topic_at(view, trig.first - 1):
        return True
    if not (w[trig.first - 1] in grammar_words().or_words or
            view.tokens[trig.first].text.startswith("و")):
        return False
    for p in range(trig.first - 2, max(-1, trig.first - 2 - TOPIC_JOINED_REACH), -1):
        if w[p] in roles.HARD_STOPS:
            return False
        if _topic_at(view, p):
            return _answer_after(view, trig.last + 1)
    return False


def _topic_at(view: SentenceView, p: int) -> bool:
    """words[p] is «as for» heading a generic act: a verbal noun with no article, an indefinite
    genitive (`_plain_noun`) and a ف-word of judgement after them (`_generic_topic`)."""
    w = view.words
    act, genitive = p + 1, p + 2
    return w[p] in grammar_words().topic_particles and genitive < len(w) and \
        not strip_conj(w[act]).startswith("ال") and view.is_word(genitive) and \
        _plain_noun(view, genitive) and _answer_after(view, genitive + 1)


def _answer_after(view: SentenceView, first: int) -> bool:
    """A ف-word of judgement (`topic_answers`) within reach from `first`, in the sentence."""
    w, answers = view.words, grammar_words().topic_answers
    for k in range(first, min(len(w), first + TOPIC_ANSWER_REACH)):
        if w[k] in answers:
            return True
        if w[k] in roles.HARD_STOPS:
            return False
    return False


JUDGEMENT_REACH = 8  # words from a verbal noun heading its clause to the word judging it


def _judged_act(view: SentenceView, trig: Trigger, reg: Register) -> bool:
    """The verbal noun of an act named as a kind in a judgement: right after a word of forbidding
    or excusing (grammar.json `prohibition_words`: تحريم قتل المؤمن، تحرم قتل النفس، لا يجوز قتل
    الأسرى), or at the head of its clause (after a stop, a comma, أن / إن, فإن, or with its own ف:
    فقتل المسلم) and judged a few words on (`judgement_words`: إن قتل النفس جريمة، فقتل المسلم
    وقتل المعصوم، كل ذلك محرم). A sign of a happening between (التفجير الذي وقع أمس جريمة: a
    time, a number, a place) keeps it an act told."""
    w, gw = view.words, grammar_words()
    if not (_is_nominal(trig) or trig.first == trig.last) or \
            view.tokens[trig.first].text.startswith("و"):
        return False  # (وقتل: joined to an act told before it)
    victim = trig.last + 1  # a class of people (قتل النفس) or an indefinite noun (قتل مؤمن)
    # (not the judgement itself: الهجوم جريمة may name one attack told before)
    if victim >= len(w) or w[victim] in gw.judgement_words or \
            not (w[victim] in gw.generic_victims or
                 (view.is_word(victim) and _plain_noun(view, victim))):
        return False
    if any("؟" in x or "?" in x for x in w[trig.last + 1:]):
        return False  # هل يجوز قتل المدنيين؟ a question: the register's (hypothetical)
    before = w[trig.first - 1] if trig.first > 0 else "."
    act = strip_conj(w[trig.head])
    if before in gw.prohibition_words:
        return True
    if not (before in roles.HARD_STOPS or before in roles.COMMAS or before in gw.that_particles
            or before in gw.judged_openers or w[trig.first].startswith("ف")):
        return False
    for k in range(trig.last + 1, min(len(w), trig.last + 1 + JUDGEMENT_REACH)):
        # (the act's word again joined by و is a second kind, no verb: فقتل المسلم وقتل المعصوم)
        if w[k] in roles.HARD_STOPS or any(c.isdigit() for c in w[k]) or \
                k in view.verbs and strip_conj(w[k]) != act:
            return False
        if w[k] in gw.judgement_words:
            # (the act's word again is no casualty of another act: وقتل المعصوم)
            return not view.places and not any(
                not trig.first <= j <= trig.last and
                not (name == "casualties" and strip_conj(w[j]) == act)
                for j, name in reg.evidence)
    return False


def _plain_noun(view: SentenceView, k: int) -> bool:
    """words[k] is an indefinite common noun: no article, no preposition, no number, and no
    name (a mention only of a title: مقهى، سوق، رجل)."""
    x = view.words[k]
    if len(x) < 3 or x.startswith("ال") or roles.is_prep(x) or any(c.isdigit() for c in x):
        return False
    m = view.mention_at(k, k)
    return m is None or m.entity.how == "title"


def _signs_besides_restated(view: SentenceView, trig: Trigger, reg: Register) -> bool:
    """A sign of a happening outside the trigger other than its own word again (أن حاكماً قتل
    رجلاً … التأييد الذي ناله في قتل رجل: the act named again is no casualty of another)."""
    word = strip_conj(view.words[trig.head])
    return any(not trig.first <= k <= trig.last and name != TODAY and
               not (name == "casualties" and strip_conj(view.words[k]) == word)
               for k, name in reg.evidence)


def _generic_after_that(view: SentenceView, trig: Trigger,
                        kinds: frozenset[str] = frozenset()) -> bool:
    """أن حاكماً ظالماً قتل رجلاً: the doer (and its adjective) between أن and the verb; أن
    امرأة قتلت طفلة: a doer and a victim of two kinds of person (`_kinds_apart`)."""
    w = view.words
    that = grammar_words().that_particles
    doer = trig.first - 1
    if doer >= 1 and w[doer - 1] in that and _kinds_apart(view, doer, trig.last + 1, kinds):
        return True
    if doer >= 2 and w[doer - 2] in that and _indefinite_noun(view, doer - 1):
        doer -= 1  # أن حاكماً ظالماً قتل: its adjective between
    # (a noun after أن, whatever else its letters may spell)
    return doer >= 1 and w[doer - 1] in that and _indefinite_noun(view, doer) and \
        _indefinite_noun(view, trig.first - 1) and \
        (_indefinite_victim(view, trig.last + 1, trig.last + 1) or
         _kinds_apart(view, doer, trig.last + 1, kinds))


# words between a chronology lead and its topic, either side (ومن العمليات التي تم إحباطها ما يلي)
CHRONOLOGY_TOPIC_REACH = 8
CHRONOLOGY_DATE_REACH = 3  # tokens from a chronology item's start to its date's number
CHRONOLOGY_COLON_REACH = 6  # ... and to the colon or dash after the date
DATE_DASHES = frozenset({":", "-", "ـ", "–", "—"})


def _chronology_item(view: SentenceView) -> bool:
    """A sentence led by a date and a colon or a dash (2011: قتل …، - 12 مارس 2013: هاجم …، *
    27 ديسمبر: اغتيال …), or by a month's name alone (حزيران: هجوم …، - تشرين الأول: اغتيال …;
    twenty-fourth session): an item of a chronology, when one is open."""
    w = view.words
    date_at = next((k for k in range(min(CHRONOLOGY_DATE_REACH, len(w)))
                    if w[k] == "#" or _month_name_at(w, k) is not None), None)
    if date_at is None:
        return False
    if w[date_at] != "#":
        # a month's name alone leads the item only as its first word with the colon or dash
        # right after it: رجب، رمضان، صفر، آب are names and words too (وقال الرئيس رجب طيب
        # أردوغان: …، وقال رمضان عبد الحميد: … are quotes, not items)
        if any(view.is_word(k) for k in range(date_at)):
            return False
        after = _month_name_at(w, date_at)
        if after + 1 < len(w) and w[after] == "/" and _month_name_at(w, after + 1):
            after = _month_name_at(w, after + 1)  # آذار/مارس: two names of one month
        if after < len(w) and w[after] == "#":
            after += 1  # آذار/مارس 2011: its year
        return after < len(w) and view.tokens[after].text in DATE_DASHES
    return any(view.tokens[k].text in DATE_DASHES
               for k in range(date_at + 1, min(len(w), CHRONOLOGY_COLON_REACH)))


def _month_name_at(words: list[str], k: int) -> int | None:
    """The index after a Gregorian or Hijri month's name starting at `k` (حزيران، تشرين
    الأول، رمضان), or None."""
    months, hijri = gregorian_months(), hijri_months()
    for n in (2, 1):
        name = " ".join(words[k:k + n])
        if k + n <= len(words) and (name in months or name in hijri):
            return k + n
    return None


COUNTED_TODAY_REACH = 4  # words from a present verb to its «اليوم» and to the count of its doers


def _counted_today(view: SentenceView, trig: Trigger, reg: Register) -> bool:
    """A present verb told of the publication's day: «اليوم» of the day (`view.today`, not
    «nowadays») and a count of its doers (events.json `quantities`, a number) in its clause, at
    most COUNTED_TODAY_REACH words away (يتظاهر الآلاف اليوم، يعتصم اليوم مئات المعلمين):
    today's act, no practice. Without a count «اليوم» may still tell a state (اليوم يقتل
    المسلحون الأبرياء) and the verb stays `habitual` (twenty-sixth session)."""
    if not view.today:
        return False
    w = view.words

    def near(k: int) -> bool:
        lo, hi = (trig.last + 1, k) if k > trig.last else (k + 1, trig.first)
        return (k > trig.last and k - trig.last <= COUNTED_TODAY_REACH or
                k < trig.first and trig.first - k <= COUNTED_TODAY_REACH) and \
            not any(w[j] in roles.HARD_STOPS for j in range(lo, hi))

    if any(near(k) for k in view.today) and any(
            kind in ("quantities", "number") and k > trig.last and near(k)
            for k, kind in reg.evidence):
        return True
    # Twenty-seventh session: a verb that opens its clause, with «اليوم» of the day after it
    # (يتظاهر المعلمون اليوم، ويعتصم اليوم العمال) tells the day's act too, counted or not;
    # «اليوم» before it (اليوم يقتل المسلحون) or a verb inside a clause (من يقتل السوريين
    # اليوم) still may tell a state
    opens = trig.first == 0 or w[trig.first - 1] in roles.HARD_STOPS or \
        w[trig.first - 1] in roles.COMMAS
    return opens and any(trig.first < k <= trig.last + COUNTED_TODAY_REACH and
                         not any(w[j] in roles.HARD_STOPS for j in range(trig.first, k))
                         for k in view.today)


GENERIC_DOER_WORDS = 3  # the doer and its adjectives, after a verb at the head of its clause


def _generic_verb_first(view: SentenceView, trig: Trigger,
                        kinds: frozenset[str] = frozenset()) -> bool:
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
        if _indefinite_victim(view, k, k if view.tokens[k].text.endswith(TAA_TANWEEN) else -1) \
                or _kinds_apart(view, doer, k, kinds):
            return True
        if not _plain_person(view, k) or w[k].endswith("ا"):
            return False
    return False


def _kinds_apart(view: SentenceView, doer: int, victim: int, kinds: frozenset[str]) -> bool:
    """The doer and the victim of a generic act are nouns of two kinds of person (events.json
    `person_kinds`: رجل، رجال، امرأة، نساء، طفلة، أطفال …): قتل رجال نساء، قتلت امرأة طفلة. A
    broken plural or a noun in ة shows no case unless its tanween is written, but a noun of a
    kind of person is neither the genitive nor the adjective of another (رجال نساء is no
    construct), so the second is the victim. Not one joined by و (قتل رجال ونساء: both were
    killed), nor a verb, nor a word naming a party (`_plain_person`)."""
    w = view.words
    # (the doer after أن may have its tanween's alif written: أن رجالاً قتلوا نساء)
    doer_kind = w[doer] if w[doer] in kinds else w[doer][:-1] if w[doer].endswith("ا") else ""
    return 0 <= victim < len(w) and victim not in view.verbs and doer_kind in kinds and \
        w[victim] in kinds and w[victim] != doer_kind and _plain_person(view, doer) and \
        _plain_person(view, victim)


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


def _unmarked_relative(view: SentenceView, trig: Trigger) -> bool:
    """The auxiliary before the verbal noun opens the relative clause of an indefinite noun after
    a preposition or a verbal noun with one (لتخليص سفن تم اختطافها، أفرج عن رهائن تم
    اختطافهم): the noun's pronoun on the verbal noun, the noun governed (not after إن / أن, a
    number or a stop: قال إن رهائن تم اختطافهم tells the news)."""
    w = view.words
    k = trig.first - 2
    if "e" not in trig.strip or k < 1 or not view.is_word(k) or w[k].startswith("ال") or \
            w[k] in grammar_words().then_words or _verb_at(view, k):
        return False  # (ومن ثم تم تنفيذه: "then")
    gov = w[k - 1]
    return view.is_word(k - 1) and gov not in that_words() and \
        gov not in grammar_words().an_words and \
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
    violent verb of the same clause says how that act was done: it is no second event. Not a
    word after ثم, which opens the next act (هاجم الجيش المسلحين ثم قتلوا عشرة منهم: the plural
    verb's alif read as a tanwin; twenty-first session)."""
    word = view.words[trig.head]
    # read as a dual past verb (ذبحا "the two slaughtered") the form is the same; a verb
    # coordinated with the first (وذبحا) opens with و
    if violent_verb_last is None or trig.first != trig.last or "a" in trig.strip or \
            not word.endswith("ا") or word[:1] in "وف" or not (
                _is_nominal(trig) or trig.kind == "verb" and trig.form.tense == "past"):
        return False
    gap = range(violent_verb_last + 1, trig.first)
    # no new clause between (والثانية كانت اشتباكاً: the predicate of كان, another event; ثم)
    return len(gap) <= 6 and all(view.tokens[k].kind in ("word", "number") and
                                 view.words[k][:1] != "و" and
                                 view.words[k] not in grammar_words().kana_forms and
                                 view.words[k] not in grammar_words().and_then
                                 for k in gap)


LIST_REACH = 10  # tokens from one verbal noun of a list to the next
# a sign of one happening that keeps what a many suffered the news (تعرض العديد منهم للضرب أمس)
MANY_ANCHORS = frozenset({"recent_time", "number"})
MANY_SUBJECT_REACH = 4  # words before a verb of exposure where the word of many may stand

AWAITED_REACH = 4  # words from a noun of waiting to the act awaited (بانتظار سيارة يقودها انتحاري)
# LIST_JOINS: grammar.json category `list_joins` (read by grammar_words())
AIM_GENITIVE = 2  # words of the genitive between a noun of aim and the act it names
AIM_CLAUSE = 6  # words of a relative clause between a noun of aim and the act it names
DENIED_REACH = 30  # tokens before a trigger where the denial of the report telling it may stand
DENIED_NEAR = 6  # words after a denial where the report it rejects may be named (past its subject)
RUMOUR_LINK_REACH = 12  # words back from an act to the عن / حول / من قبيل tying it to a rumour
RUMOUR_NEAR = 10  # tokens back from that link to the rumour (past adjectives and a relative clause)
NO_REPORT_REACH = 10  # words from a trigger back to the verb that no report of it came (لم ترد)
NO_REPORT_NEAR = 3  # words from that verb to its report noun (لم ترد حتى الآن تقارير)
NO_REPORT_TOPIC = 3  # words from the report noun to the trigger (تقارير عن وقوع اشتباكات)
# (the negations before that verb: grammar.json `lam_negations` and `no_report_negations`, لم، لا)


# How far before a verbal noun with لـ a word of feeling or judging still takes it as its object
# (أسفه الشديد لـ، إدانة المملكة لـ)
REACTION_REACH = 3
# How far before a verbal noun a verb of condemning or welcoming takes it as its object, past
# that verb's subject (أدان مجلس الأمن الدولي الهجمات)
REACTED_REACH = 6
# How far before a present verb a past verb of beginning stands, past its subject (بدأت الطائرات
# تقصف), and before a plural of violence a verb of witnessing (شهدت مدينة عدن اشتباكات)
BEGUN_REACH = 3
# How many words of a governed noun (إقامة منطقة آمنة) may stand before و + a verbal noun joined to
# it (طالب بإقامة منطقة آمنة وشن غارات). (Named JOINED_REACH until the twenty-first session, it
# shadowed the background rule's JOINED_REACH, which read 4 instead of its 15.)
GOVERNED_JOIN_REACH = 4

RESULT_VERB_REACH = 8  # words back from the preposition of a result to its verb (أسفرت … عن)


def _result_verb(view: SentenceView, trig: Trigger,
                 casualties: bool = False) -> tuple[int, int] | None:
    """(the result verb, its preposition) when the trigger is what an event came to (أسفرت غارة
    أميركية عن [مقتل]، مما أدى إلى [مقتل]، وتسبب في [مقتل]، لم يسفر عن [سقوط ضحايا]، ستؤدي إلى
    [مقتل]، تسبب [بمقتل]، أودى [بحياة]; with `casualties`, a casualty noun: خلّف الهجوم عشرة
    [قتلى]): the verb's own preposition right before it (or on the trigger's word) and the verb
    at most RESULT_VERB_REACH words before that, no stop between; else None."""
    k = trig.first - 1
    if trig.kind == "phrase" and strip_conj(view.words[trig.first]) in results_by():
        return trig.first, trig.last  # أودت الغارة بحياة: the verb is the trigger's own
    if "p" in trig.strip:
        # تسببت بمقتل، أدى لمقتل: the preposition written on the toll's word
        k, lead = trig.first, strip_conj(view.words[trig.first])[:1]
        verbs = results_by() if lead == "ب" else grammar_words().results_to if lead == "ل" else None
    elif k < 1:
        return None
    elif casualties and view.words[k] not in grammar_words().prepositions:
        # خلّف الهجوم الذي تبناه التنظيم عشرة قتلى: a toll noun, the direct object of خلّف
        k, verbs = trig.first, grammar_words().results_left
    else:
        prep = view.words[k]
        gw = grammar_words()
        verbs = gw.results_to if prep in ILA else gw.results_of if prep == AN_PREP else \
            gw.results_in if prep in IN_WORDS else None
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


# الأمر الذي أدى إلى: "which led to", the result of what was just told, not a noun described
# MATTER: grammar.json category `matter_words` (read by grammar_words())


def _describes_a_noun(words: list[str], r: int) -> bool:
    """The result verb at words[r] opens a relative clause of a noun (الحرب التي أسفرت عن), not
    the "which" of what was just told (الأمر الذي أدى إلى)."""
    return r > 0 and _relative(words[r - 1]) and not (
        r > 1 and words[r - 2] in grammar_words().matter_words)


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


# FUTURE_PARTICLES: grammar.json category `future_particles` (read by grammar_words())


def _future_through_pp(view: SentenceView, trig: Trigger) -> bool:
    """A verbal noun governed by a verb to come across its subject, object or a preposition
    (ستستخدم مقاتلات تورنادو في شن الضربات، ستدفع المجتمع الدولي إلى الاعتراف): the verb (س +
    present, or سوف + present) stands at most five words before the noun, with no stop, no other
    verb of the dictionaries and no بعد / قبل / منذ (an earlier event: سيزور إندونيسيا بعد انتهاء
    زيارته) between."""
    w = view.words
    for k in range(trig.first - 1, max(-1, trig.first - 6), -1):
        if view.tokens[k].kind != "word" or w[k] in roles.HARD_STOPS or \
                w[k].lstrip("وف") in grammar_words().background_preps:
            return False
        if looks_future_verb(w[k]) or (k > 0 and w[k - 1] in grammar_words().future_particles):
            return True
        if k in view.verbs:
            return False
    return False


def _joined_present(trig: Trigger) -> bool:
    """A present verb with و (ويهدد), which a verb to come before it may govern."""
    return trig.kind in ("verb", "phrase") and trig.form.tense == "present" and \
        "c" in trig.strip


def _background_lead(view: SentenceView, trig: Trigger) -> bool:
    """A word pair of grammar.json `background_leads` right before a verbal noun of violence or
    protest, an occurrence noun may stand between (على خلفية الهجوم، رداً على مقتل جنديين،
    انتقاماً لمقتل الضابط، على خلفية وقوع اشتباكات): the act is the cause or motive of another
    act the sentence tells, named as known, its background (twenty-first session). A lead
    ending in ل wants the clitic ل on the word after it (لمقتل)."""
    if not _is_nominal(trig) or "c" in trig.strip or trig.first == 0:
        return False
    w = view.words
    gw = grammar_words()
    head, k = trig.first, trig.first - 1
    word = w[k]
    if word in gw.occurrence_nouns or (roles.has_prep_clitic(word) and
                                       word[1:] in gw.occurrence_nouns):
        head, k = k, k - 1  # (على خلفية وقوع الهجوم، انتقاماً لوقوع)
    lam = roles.has_prep_clitic(w[head]) == "ل" and w[head] != "ل"
    if _lead_ends_at(w, k, lam, gw.background_leads):
        return True
    ma = _background_ma(w, trig.first, gw)
    return ma is not None and _lead_ends_at(w, ma - 1, w[ma] == _LAMA, gw.background_leads)


def _lead_ends_at(w: list[str], k: int, lam: bool, leads: frozenset[str]) -> bool:
    """A `background_leads` pair (or word) ends at w[k]; `lam`: the word after it carries the
    clitic ل, which a lead ending in ل wants."""
    for n in (2, 1):
        if k - n + 1 < 0:
            continue
        phrase = " ".join([strip_conj(w[k - n + 1]), *w[k - n + 2:k + 1]])
        if phrase in leads or (lam and phrase + " ل" in leads):
            return True
    return False


_MA_WORDS = (fold("ما"), fold("لما"))
_LAMA = fold("لما")
_MIN = fold("من")
MA_REACH = 8  # words between ما and من before the act (لما حدث أمس في المدينة من تفجيرات)


def _background_ma(w: list[str], first: int, gw) -> int | None:
    """The position of ما / لما that a background lead may govern over the act at w[first]
    (twenty-second session): ما + a verb of happening … من + the act (انتقاماً لما حدث في
    المدينة من تفجيرات، رداً على ما تعرضت له القرية من قصف; grammar.json
    `background_happened_verbs`), or ما + a verb of naming + the act with ب (رداً على ما وصفه
    بالاعتداءات; `background_naming_verbs`); else None."""
    if first >= 2 and w[first - 1] in gw.background_naming_verbs and \
            w[first - 2] in _MA_WORDS and roles.has_prep_clitic(w[first]) == "ب":
        return first - 2
    if first < 3 or w[first - 1] != _MIN:
        return None
    for j in range(first - 3, max(-1, first - 3 - MA_REACH), -1):
        if w[j] in roles.HARD_STOPS or w[j] in roles.COMMAS:
            return None
        if w[j] in _MA_WORDS and strip_conj(w[j + 1]) in gw.background_happened_verbs:
            return j
    return None


class ModalityRules:
    """The events stage's rules on how an event is told (its modality)."""

    def _subjected(self, view: SentenceView, trig: Trigger) -> bool:
        """لـ after a word of subjection right before it (القاعدة التي تخضع لحصار، المناطق
        الخاضعة لسيطرة): the state something is under, no purpose."""
        return trig.first > 0 and not self.compiled.analyse(view.words[trig.first - 1])[1] \
            .isdisjoint(self._context("subjection_words"))

    def _clause_modality(self, view: SentenceView, trig: Trigger, pat: Pattern,
                         reg: Register | None, told: bool = False,
                         examples_open: bool = False,
                         dated: frozenset[int] = frozenset()) -> str | None:
        """What the words around a trigger make of a violent or protest event that the modality
        cues leave asserted: the first that applies, else None. `told`: an act of violence was
        told as done before the trigger in the article (see `_took_place`); `examples_open`: the
        sentence before ended inside a list of examples (see `_given_as_example`). A practice
        (`habitual`) that a verb of condemning or welcoming takes as its object (أدان مجلس الأمن
        الهجمات التي نفذها المسلحون، رحب الرئيس بالهجمات التركية) is the acts it reacts to,
        done before it: `historical` (`_reacted_to`)."""
        mod = self._clause_rules(view, trig, pat, reg, told, examples_open, dated)
        if mod == "habitual" and pat.plover in VIOLENCE and _is_nominal(trig) and \
                self._reacted_to(view, trig):
            return "historical"
        return mod

    def _reacted_to(self, view: SentenceView, trig: Trigger) -> bool:
        """The verbal noun is the object of a verb of condemning or welcoming (events.json
        `condemning_verbs`, `welcoming_verbs`: أدان الوزير الهجمات، ندد الأزهر بالاعتداءات، رحب
        الرئيس بالهجمات): the verb at most REACTED_REACH words before it, only its subject's
        words between."""
        return self._verb_before(view, trig, self._context("condemning_verbs") |
                                 self._context("welcoming_verbs"), REACTED_REACH)

    @staticmethod
    def _verb_before(view: SentenceView, trig: Trigger, verbs: frozenset[str],
                     reach: int = BEGUN_REACH) -> bool:
        """One of `verbs` (و / ف taken off) stands at most `reach` words before the trigger,
        only its subject's words between (no other verb, preposition, relative pronoun, stop or
        punctuation)."""
        w = view.words
        for k in range(trig.first - 1, max(-1, trig.first - 1 - reach), -1):
            if strip_conj(w[k]) in verbs:
                return True
            if not view.is_word(k) or k in view.verbs or roles.is_prep(w[k]) or _relative(w[k]):
                return False
        return False

    def _began(self, view: SentenceView, trig: Trigger) -> bool:
        """A present verb after a past verb of beginning (events.json `inchoative_verbs`: وبدأ
        المسلح يطلق النار، أخذ الجنود يطلقون النار): the act begun then, told once, no practice."""
        return trig.kind in ("verb", "phrase") and trig.form.tense == "present" and \
            self._verb_before(view, trig, self._context("inchoative_verbs"))

    def _may_joined(self, view: SentenceView, trig: Trigger) -> bool:
        """A present verb with و joined to a present verb after قد (قد يقصف الجيش القرية ويقتل
        سكانها): the verb before it the nearest verb back in its clause, قد right before that
        verb; what may be done, both of them."""
        if not _joined_present(trig):
            return False
        w = view.words
        for k in range(trig.first - 1, max(0, trig.first - 7), -1):
            if not view.is_word(k) or w[k] in roles.HARD_STOPS:
                return False
            if k in view.verbs:
                return w[k - 1] in grammar_words().may_particles
        return False

    def _copula_reference(self, view: SentenceView, trig: Trigger, reg: Register | None) -> bool:
        """A verbal noun of violence or protest as the predicate of a copula pronoun (grammar.json
        `copula_pronouns`: وهو الهجوم الثاني من نوعه، هذا هو الاعتداء الثالث، وهو ثاني هجوم):
        the sentence names or ranks an act, a reference or a comparison, no report of it. Ranked
        (an ordinal or superlative before it in construct or after it: `ordinal_words`, the
        events context `superlatives`; or before a noun of an occurrence heading it,
        `ranked_act_heads`: وهذه ثالث عملية تفجير), always; a definite noun not ranked, unless its clause
        tells it happened: a toll or a recent time after it (وهو الهجوم الذي أسفر عن مقتل خمسة
        أمس) (twenty-first session)."""
        if not _is_nominal(trig) or "c" in trig.strip:
            return False
        w = view.words
        gw = grammar_words()
        ranks = gw.ordinal_words | self._context("superlatives")
        k = trig.first - 1
        ranked = k >= 0 and w[k] in ranks
        if ranked:
            k -= 1  # (وهو ثاني هجوم، هذا آخر اعتداء)
        elif k >= 1 and w[k] in gw.ranked_act_heads and w[k - 1] in ranks:
            ranked, k = True, k - 2  # (وهذه ثالث عملية تفجير: the rank heads the operation)
        if k < 0:
            return False
        # a demonstrative (وهذا ثاني هجوم، وهذا الهجوم الثالث) only with a rank: هذا الهجوم
        # alone points back to an act told (twenty-second session)
        pointing = w[k] in gw.ranking_demonstratives
        if not pointing and w[k] not in gw.copula_pronouns:
            return False
        if not ranked:
            if not (has_article(w[trig.head]) or "a" in trig.strip):
                return False  # وهو قصف المدينة: what was done, told
            ranked = any(w[j] in ranks for j in range(trig.last + 1, min(len(w), trig.last + 3)))
        if ranked:
            return True
        if pointing:
            return False
        if reg is None:
            return True
        end = next((j for j in range(trig.last + 1, len(w)) if w[j] in roles.HARD_STOPS), len(w))
        return not any(trig.last < j < end and (name == "casualties" or name in PRESENT_ANCHORS)
                       for j, name in reg.evidence)

    def _campaign_since(self, view: SentenceView, trig: Trigger) -> bool:
        """A present verb of violence with منذ + a short span or a recent point (grammar.json
        `short_spans`; a word of count or a number may stand between) inside its phrase or
        after it in its clause (تشن الطائرات منذ أسبوع غارات، تنفذ القوات منذ يومين عمليات):
        a campaign going on since then, told as news, no practice (but منذ سنوات: one). A cue of
        frequency (`campaign_frequencies`: يشن التمرد يومياً هجمات منذ أسبوع) is how often the
        campaign strikes; another habitual cue (دائماً، عادة ما) keeps it a practice (twenty-first
        session; the frequencies, its second round)."""
        w = view.words
        gw = grammar_words()
        spans = gw.short_spans
        cues = self.compiled.cues
        habits = (cues.multi.get("habitual", {}), cues.singles.get("habitual", frozenset())) \
            if isinstance(cues, CueTable) else ({}, frozenset())
        for k in range(trig.first + 1, min(len(w) - 1, trig.last + 1 + ONGOING_REACH)):
            if w[k] in CLAUSE_ENDS:
                return False
            if w[k] in gw.campaign_frequencies or \
                    f"{w[k]} {w[k + 1]}" in gw.campaign_frequencies:
                continue  # (يومياً، بشكل يومي: the campaign's pace)
            if _cue_at(w, k, *habits):
                return False  # يشن التمرد دائماً هجمات: a practice
            if w[k] in SINCE:
                j = k + 1
                if w[j] == "#" or w[j] in grammar_words().count_words:
                    j += 1
                return j < len(w) and w[j] in spans
        return False

    def _recalled_past(self, view: SentenceView, trig: Trigger, reg: Register | None) -> bool:
        """An act of violence told after a verb of recalling or telling one's past (grammar.json
        `recall_verbs`: روى أنه تعرض للضرب، يتذكر كيف قصفت الطائرات القرية; a
        `recall_homographs` verb only with a `recall_leads` word right after it: تذكر كيف) in a
        sentence that names a past time after that verb, before the clause of the act ends (a
        comma, a `clause_openers` or `complementizers` word, `joined_was`) (a `life_periods`
        word: في طفولته; a historical cue of events.json: آنذاك، في الماضي، في عام; قبل
        (`before_words`) + `long_ago_units`: قبل سنوات) and no recent time: history a witness
        tells (twenty-first session; review mend)."""
        w = view.words
        gw = grammar_words()
        start = None
        for k in range(trig.first - 1, -1, -1):
            if w[k] in roles.HARD_STOPS:
                break
            verb = strip_conj(w[k])
            if verb in gw.recall_verbs or w[k] in gw.recall_verbs or \
                    (verb in gw.recall_homographs or w[k] in gw.recall_homographs) and \
                    w[k + 1] in gw.recall_leads:
                # (تذكر، استعاد: also "she mentions", "recaptured"; recalling with كيف / أنه after)
                start = k
                break
        if start is None:
            return False
        if reg is not None and any(j > start and name in PRESENT_ANCHORS
                                   for j, name in reg.evidence):
            return False  # روى الشاهد أن المسلحين أطلقوا النار فجر اليوم: the news, witnessed
        cues = self.compiled.cues
        if not isinstance(cues, CueTable):
            return False
        multi = cues.multi.get("historical", {})
        singles = cues.singles.get("historical", frozenset())
        for k in range(start + 1, len(w)):
            if w[k] in roles.HARD_STOPS or k > trig.last and (
                    w[k] in roles.COMMAS or w[k] in gw.clause_openers or
                    w[k] in gw.complementizers or w[k] in gw.joined_was):
                # (، وكانت المدينة قد شهدت هجمات قبل أشهر: another clause's past; but the
                # acts joined by و share the time told: قتلوا أخاه وأحرقوا منزله قبل عشرين عاما)
                break
            if w[k] in gw.life_periods or _cue_at(w, k, multi, singles):
                return True
            if strip_conj(w[k]) in gw.before_words and any(
                    j < len(w) and w[j] in gw.long_ago_units for j in (k + 1, k + 2)):
                return True
        return False

    def _clause_rules(self, view: SentenceView, trig: Trigger, pat: Pattern,
                      reg: Register | None, told: bool, examples_open: bool,
                      dated: frozenset[int] = frozenset()) -> str | None:
        """`_clause_modality` but for the reactions' objects."""
        if pat.plover in GUARDED and _background_lead(view, trig):
            # اعتقلت الشرطة ثلاثة على خلفية الهجوم، رداً على مقتل، انتقاماً لمقتل: the cause
            # or motive of another act (before the purpose rule: انتقاماً لـ is no "in order to")
            return "historical"
        if _is_nominal(trig) and _purpose(view.words[trig.head], trig.strip) and \
                not self._after_exposure(view, trig) and not self._subjected(view, trig) and \
                not self._done_by_named(view, trig) \
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
        if _is_nominal(trig) and trig.first > 0 and self._habit_taken(view, trig.first) is not None:
            return "habitual"  # اعتاد الجنود اعتقال الشبان: what they used to do
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
        if pat.plover == "COERCE" and pat.cameo.startswith(SEIZURE_CODES) and \
                _in_relative(view, trig) and not self._recent_time_after(view, trig):
            # المدينة التي سيطر عليها التنظيم: what identifies a place (but التي سيطر عليها
            # التنظيم أمس tells the seizure as news)
            return "historical"
        if pat.plover == "COERCE" and pat.cameo.startswith(SEIZURE_CODES) and \
                trig.kind in ("verb", "phrase") and trig.form.tense == "present" and \
                trig.first > 0 and _relative(view.words[trig.first - 1]) and \
                not self._recent_time_after(view, trig):
            # التنظيم الذي يبسط سيطرته على مناطق واسعة: the control it holds, what describes
            # it (as الميليشيا التي تقاتل for violence), no seizure told
            return "habitual"
        if pat.plover not in GUARDED:
            return None
        if self._denied_report(view, trig):
            return "negated"  # نفى صحة تقارير تفيد بأن المعتقل عذب: what the report tells
        if self._no_report_of(view, trig):
            return "negated"  # لم ترد أي تقارير عن اشتباكات: no report, no act told
        if self._rumoured(view, trig):
            return "hypothetical"  # الإشاعات عن سقوط قتلى، ما أشيع عن مقتل: a rumour, not news
        if _given_as_example(view, trig, reg, examples_open):
            return "habitual"  # السياسات، مثل بناء الجدار وهدم المنازل: kinds of acts named
        if trig.form.tense == "present" and trig.first > 0 and \
                (view.words[trig.first - 1] in grammar_words().may_particles or
                 self._may_joined(view, trig)):
            return "hypothetical"  # قد يقتلون: may kill; قد يقصف القرية ويقتل سكانها
        if _told_before(view, trig) or self._years_since(view, trig):
            return "historical"  # سبق أن شهدت المدينة هجمات، بعد مرور عامين على الهجوم
        if pat.plover in VIOLENCE and self._recalled_past(view, trig, reg):
            return "historical"  # روى أنه تعرض للضرب قبل سنوات: history a witness tells
        if self._copula_reference(view, trig, reg):
            return "historical"  # وهو الهجوم الثاني من نوعه: an act named or ranked
        if _after_background(view, trig, reg) or \
                (_in_relative(view, trig) and not _act_told_recent(view, trig, reg)) or \
                _pluperfect(view, trig, reg) or _describes_background_attack(view, trig, reg) \
                or self._done_in_relative(view, trig) or \
                (pat.plover in VIOLENCE and self._describes_governed_noun(view, trig, reg)) or \
                (pat.plover in VIOLENCE and self._took_part_in(view, trig, reg)):
            return "historical"  # بعد خطفهم، الذي قُتل في، وكان … قد خطف: an earlier event
        if self._outcome_subject(view, trig) and _after_background(
                view, dataclasses.replace(trig, first=trig.first - 1), reg):
            return "historical"  # بعد فشل الهجوم على المدينة: the attack before, its failure
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
        if pat.plover in VIOLENCE and self._trend_toll(view, trig,
                                                       pat.cameo.startswith(TOLL_CODES)):
            return "habitual"  # تزايد عدد القتلى، ارتفاع عدد الضحايا جراء الغارات: a trend
        if pat.plover in VIOLENCE and self._charged_with(view, trig):
            return "hypothetical"  # اتهمتها بمهاجمة … وهو ما تسبب في قتل: the charge, alleged
        if pat.plover in VIOLENCE and _generic_topic(view, trig):
            return "habitual"  # أما تفجير مقهى فلا يمكن تبريره: a kind of act judged, no report
        if pat.plover in VIOLENCE and reg is not None and _judged_act(view, trig, reg):
            return "habitual"  # تحريم قتل المؤمن، إن قتل النفس جريمة: a kind of act judged
        if pat.plover in VIOLENCE and _frequent_kind(view, trig):
            return "habitual"  # أصبحت التفجيرات متكررة: a kind of act grown common
        if pat.plover in VIOLENCE and _every_kind(view, trig):
            return "habitual"  # كل هجوم يقابله رد: every attack, a kind of act
        if reg is None:
            return None
        if pat.plover in VIOLENCE and self._many_exposed(view, trig, reg, dated):
            return "habitual"  # تعرض الكثير منهم للضرب: what a many suffers, a pattern
        if pat.plover in VIOLENCE and _generic_act(view, trig, reg,
                                                   self._context("person_kinds")):
            return "habitual"  # أن حاكماً قتل رجلاً: anyone who did it to anyone, no report
        if pat.plover in VIOLENCE and _is_nominal(trig) and \
                _plural(view.words[trig.head]) and self._counted_category(view, trig):
            return "habitual"  # عدد الهجمات، تقليص الهجمات، التفجيرات زادت: a statistic
        if pat.plover in VIOLENCE and self._weapon_of_quoted_count(view, trig):
            return "habitual"  # «الهجمات» بقذائف الهاون … بلغت أدنى مستوياتها: its means
        if pat.plover in VIOLENCE and _is_nominal(trig) and \
                _plural(view.words[trig.head]) and not reg.evidence_outside(
                    trig.first, trig.last, COUNT_SIGNS) and not _broke_out(reg, trig) and \
                not _dated_recent_after(view, trig, reg) and \
                not self._outcome_subject(view, trig) and \
                not self._verb_before(view, trig, self._context("witness_verbs")) and \
                not self._verb_before(view, trig, self._context("clash_entry_verbs")):
            # (شهدت المحافظة اشتباكات عنيفة: what the place saw happen, one occurrence; خاض
            # الحوثيون مواجهات مع الجيش: the fight its sides entered)
            return "habitual"  # اغتيالات، الاعتداءات المتكررة: a kind of violence, uncounted
        if trig.kind in ("verb", "phrase") and trig.form.tense == "present" and \
                not reg.evidence_outside(trig.first, trig.last, DAY_ANCHORS) and \
                not _counted_today(view, trig, reg) and \
                not (pat.plover == "PROTEST" and self._ongoing(view, trig, pat)) and \
                not (pat.plover in VIOLENCE and self._campaign_since(view, trig)) and \
                not self._after_before_that(view, trig) and not self._began(view, trig):
            return "habitual"  # تستهدف، يخطفون: what is done (habitually), not a report
        return None

    def _describes_governed_noun(self, view: SentenceView, trig: Trigger,
                                 reg: Register | None) -> bool:
        """`_governed_noun_described`, when the noun is no weapon or attack (events.json
        `weapons`, `weapon_nouns`, grammar.json `attack_nouns`): a clause describing those
        tells the act itself (أصيب بقذيفة أطلقها مسلحون، قتل في غارة استهدفته)."""
        nouns = _governed_noun_described(view, trig, reg)
        if nouns is None:
            return False
        arms = self._context("weapons") | self._context("weapon_nouns") | \
            grammar_words().attack_nouns
        # (بصاروخ غراد استهدفه: the weapon heads the construct)
        return all(self.compiled.analyse(view.words[k])[1].isdisjoint(arms) for k in nouns)

    def _charged_with(self, view: SentenceView, trig: Trigger) -> bool:
        """An act of violence told after the charge of a verb of accusing (events.json
        `accusing_verbs`, also with an object pronoun: اتهمت السلطات الخلية بـ، اتهمه بـ): the
        charge's بـ within CHARGE_REACH words after the verb, the act anywhere after it in the
        same clause, joined to the charge (و، فضلا عن، وهو ما تسبب في، التي): all of it is what
        the accuser says the accused did, alleged, not a reported act (twenty-fifth session; the
        allegation cue of events.json reaches only a few words). The clause ends at a stop, a
        comma, a clause of contrast or beside (grammar.json `contrastives`: لكن، فيما، بينما،
        حيث), and at a verb with و / ف that opens a clause of its own: with its own subject
        after it (وقتل مسلحون; unless it follows another verb form, which it is joined to: في
        قتل وجرح العديد, two verbal nouns), and at a word with و / ف before أن / إن (وقال إن،
        وأضاف أن: another clause's content)."""
        w = view.words
        gw = grammar_words()
        accusing = self._accusing_forms
        if not accusing:
            return False
        for k in range(trig.first - 1, -1, -1):
            word = w[k]
            if word in roles.HARD_STOPS or word in roles.COMMAS or word in gw.contrastives or \
                    contrast_at(w, k):
                return False
            if strip_conj(word) in accusing:
                return any(roles.clitic_prep(view, j) == "ب"
                           for j in range(k + 1, min(trig.first + 1, k + 2 + CHARGE_REACH)))
            if word[:1] in "وف" and k + 1 < len(w) and (
                    w[k + 1] in gw.that_particles or w[k + 1] in gw.complementizers or
                    k in view.verbs and word not in gw.kana_forms and
                    k - 1 not in view.verbs and self._subject_right_after(view, k)):
                # (تسبب في قتل وجرح العديد: a form joined to the one before it reads as it does,
                # a verbal noun here)
                return False
        return False

    @staticmethod
    def _subject_right_after(view: SentenceView, k: int) -> bool:
        """An actor starts right after the word at k, outside a preposition's phrase: the
        subject of the verb at k (وقتل مسلحون، وقصفت الطائرات)."""
        m = view.mention_at(k + 1, k + 1)
        return m is not None and not m.in_pp

    def _many_exposed(self, view: SentenceView, trig: Trigger, reg: Register,
                      dated: frozenset[int] = frozenset()) -> bool:
        """The act a verb of exposure (events.json `exposure_verbs`: تعرض، يتعرضون) says an
        unbounded many suffer (grammar.json `many_quantifiers`): its subject a word of many right
        after the verb (تعرض الكثير منهم للضرب) or in the words of its clause before it (الكثير
        من هؤلاء تعرضوا للتعذيب، عناصر كثيرة تعرضت للاغتيال). With no recent time nor number in
        the sentence, and no date of a day, a week or a month in its clause (`dated`: the word
        positions of such dates the dates stage found), it tells a pattern, not one event (but
        تعرض العديد من المحتجين للضرب أمس، تعرض الكثير من الصحفيين للضرب الأسبوع الماضي: the
        many of one occasion). Only violence (ASSAULT, FIGHT) is read so: يتعرض معظم الصحفيين
        للاعتقال is no event of these types."""
        verb = self._exposure_verb(view, trig)
        if verb is None or reg.evidence_outside(trig.first, trig.last, MANY_ANCHORS) or \
                any(not trig.first <= k <= trig.last and _same_clause(view, k, verb)
                    for k in dated):
            return False
        if self._many_subject(view, verb):
            return True
        w = view.words
        if w[verb][:1] != "و":
            return False
        # الكثير منهم تعرضوا للتهديد، وتعرض أقاربهم للاغتصاب: a verb of exposure joined by و
        # to one whose subject is a many tells the same pattern
        for k in range(verb - 1, -1, -1):
            if w[k] in roles.HARD_STOPS:
                return False
            if k in view.verbs and self._exposure_verb_at(view, k):
                return self._many_subject(view, k)
        return False

    def _many_subject(self, view: SentenceView, verb: int) -> bool:
        """A word of many (grammar.json `many_quantifiers`) right after the verb or in the
        words of its clause before it (its subject, and من and the noun it takes)."""
        w = view.words
        many = grammar_words().many_quantifiers
        if verb + 1 < len(w) and strip_conj(w[verb + 1]) in many:
            return True  # تعرض الكثير منهم
        for k in range(verb - 1, max(-1, verb - 1 - MANY_SUBJECT_REACH), -1):
            if strip_conj(w[k]) in many:
                return True  # الكثير من هؤلاء تعرضوا، عناصر كثيرة تعرضت
            if not view.is_word(k) or k in view.verbs or _relative(w[k]) or \
                    (roles.is_prep(w[k]) and w[k] != MIN):
                return False
        return False

    def _exposure_verb_at(self, view: SentenceView, k: int) -> bool:
        """The word at `k` is a verb of exposure (events.json `exposure_verbs`)."""
        return not self.compiled.analyse(view.words[k])[1].isdisjoint(
            self._context("exposure_verbs"))

    def _exposure_verb(self, view: SentenceView, trig: Trigger) -> int | None:
        """The verb of exposure the trigger opens (تعرض الكثير منهم للضرب) or whose لـ governs
        it (تعرضوا لتهديدات وللتعذيب: through the list joined by و), in its clause."""
        exposure_at = lambda k: self._exposure_verb_at(view, k)  # noqa: E731
        if exposure_at(trig.first):
            return trig.first
        if not _is_nominal(trig) or roles.clitic_prep(view, trig.first) != "ل":
            return None
        w = view.words
        for k in range(trig.first - 1, max(-1, trig.first - 1 - LIST_REACH), -1):
            if exposure_at(k):
                return k
            if not view.is_word(k) or k in view.verbs or _relative(w[k]):
                return None
        return None

    def chronology_start(self, view: SentenceView, keys, open_before: bool,
                         line_recent: bool | None = None) -> int | None:
        """Where the items of a chronology begin in this sentence, or None. A word of
        grammar.json `chronology_leads` (وفيما يلي أبرز الهجمات التي شهدتها المدينة:، تسلسل
        زمني لأبرز الاعتداءات:) with a colon after it opens a list of past acts: its items
        start after the colon. `open_before`: the sentence before opened such a list or was
        one of its items; this one is an item too when it is led by a date (`_chronology_item`:
        2011: قتل …، - 12 مارس: هاجم …) and starts at its first word. A lead with a recent time
        before its colon (وفيما يلي أبرز التطورات أمس:) and an item with one (أمس: قتل، or the
        first, after the colon: أبرز الهجمات: هاجم مسلحون مركزا أمس) tell the news, no
        history. `line_recent`: whether the date opening the sentence as an item (12 مارس
        2013: …، - 31 يوليو: …) is a day of the news, None when no date the dates stage read
        opens it: such an item is news or history by its own date, and a word of a recent time
        in its body (فجر "dawn", which is also "he blew up") does not make it news; either way
        the list stays open for the items after it (twenty-fifth session)."""
        w = view.words
        if open_before and _chronology_item(view):
            if line_recent is not None:
                return len(w) if line_recent else 0
            return None if self._recent_between(keys, 0, len(w), view.verbs, view.today) else 0
        if ":" not in w:
            return None  # (no colon, no list: most sentences, found without a word's strip_conj)
        words = grammar_words()
        lead = next((k for k, x in enumerate(w) if strip_conj(x) in words.chronology_leads), None)
        if lead is None:
            return None
        colon = next((k for k in range(lead + 1, len(w)) if w[k] == ":"), None)
        if colon is None or self._recent_between(keys, 0, colon, today=view.today) or not any(
                strip_conj(w[k]) in words.chronology_topics
                for k in range(max(0, lead - CHRONOLOGY_TOPIC_REACH),
                               min(colon, lead + 1 + CHRONOLOGY_TOPIC_REACH))):
            return None  # (وجاء في البيان ما يلي: the words of a statement, no chronology)
        if strip_conj(w[colon - 1]) in words.attribution_links | words.ali_name_verbs:
            return None  # بعد سلسلة تفجيرات شهدتها المملكة، وقال: a quote opens, no list
        if self._recent_between(keys, colon + 1, len(w), view.verbs, view.today):
            # أبرز الهجمات: هاجم مسلحون مركزا للشرطة أمس: the first item tells the news, as a
            # date-led item with a recent time does; the list stays open for the items after it
            return len(w)
        return colon + 1

    def _recent_between(self, keys, first: int, end: int, verbs: frozenset[int] = frozenset(),
                        today: frozenset[int] = frozenset()) -> bool:
        """A word of a recent time (events.json `recent_time`: أمس، الخميس; or at one of the
        positions `today`, اليوم) in [first, end), not at one of the positions `verbs` (فجر "he
        blew up" is also "dawn")."""
        recent = self._context("recent_time")
        return any((not keys[k].isdisjoint(recent) or k in today) and k not in verbs
                   for k in range(first, min(end, len(keys))))

    def _listed_modality(self, view: SentenceView, trig: Trigger,
                         earlier: list[_Listed]) -> _Listed:
        """The modality a governor gives a verbal noun of violence (`_irrealis_governor`,
        `_aim_of`), or, for one joined by و or فضلاً عن / إضافة إلى to the list of an earlier
        one, that one's: every act of a list a plan, a call or a charge of planning governs is
        planned, called for or alleged (بالتخطيط لضرب الوزارة ومقر الأمن واغتيال الضباط فضلاً
        عن مهاجمة الدوريات). The list ends at a stop, a relative pronoun or a verb, and reaches
        LIST_REACH tokens from one member to the next. A member whose modality its own clause
        gave (`_Listed.close`: a topic, a background, a practice) passes it on only to the nouns
        joined right after it, with no comma between (past one too for a kind head's list,
        `_Listed.across`: فنون الذبح والحرق، والتفجير)."""
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
                                       f"{w[trig.first - 2]} {w[trig.first - 1]}" in
                                       grammar_words().list_joins)
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
                shared = not member.close or not (comma and not member.across or verb)
                return _Listed(trig, member.modality, member.close, member.across) \
                    if shared else none
            comma = comma or w[k] in roles.COMMAS
            if member is None and view.is_word(k) and (
                    _noun_with_prep(w[k]) or k > 0 and w[k - 1] in grammar_words().governed_preps):
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
        k = _governing_word(view, at, grammar_words().governed_preps, 3, self._governor_kind)
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

    def _habit_taken(self, view: SentenceView, first: int) -> int | None:
        """The position of a verb of habit (`habit_takers`: اعتاد، دأب، تعوّد) that governs the
        verbal noun at `first` bare or through على, its subject between (at most HABIT_REACH
        words, no stop, preposition or other verb: اعتاد المسلحون نهب المنازل، دأب الجنود على
        اعتقال الشبان): what they used to do, a habit. None otherwise."""
        w = view.words
        takers = self._context("habit_takers")
        if roles.has_prep_clitic(w[first]):
            return None
        k = first - 1
        if strip_conj(w[k]) in ALA:
            k -= 1
        return _word_back(view, k, HABIT_REACH, lambda j: _in_list(w[j], takers))

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
            k = self._habit_taken(view, at.first)
        if k is None:
            return False
        now = self._context("recent_time") | self._context("ongoing_now")
        return not any(_in_list(w[j], now) or j in view.today
                       for j in range(k + 1, min(len(w), trig.last + 4)))

    def _reaction_object(self, view: SentenceView, trig: Trigger) -> bool:
        """The لـ before the verbal noun is the object of a word of feeling or judging
        (`reaction_governors`: أسف لقصف، أعرب عن أسفه الشديد لاعتقال، إدانة المملكة لاغتيال):
        the act it reacts to, which happened, not a purpose. The governor stands right before
        the noun, or with one or two words between (an adjective, its agent), no verb, stop or
        preposition among them."""
        w = view.words
        reaction = self._context("reaction_governors")
        return _word_back(view, trig.first - 1, REACTION_REACH,
                          lambda k: _in_list(w[k], reaction)) is not None

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
        if w[j] in grammar_words().kana_forms:
            j -= 1
        if _word_back(view, j, AIM_GENITIVE + 1, lambda k: k != j and w[k] in aims) is not None:
            return True
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
            if not view.is_word(k) or \
                    (_verb_at(view, k) and w[k] not in grammar_words().kana_forms):
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
                    reg is not None and reg.evidence_outside(trig.first, k + 1, DAY_ANCHORS))
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
        if k >= 0 and w[k] in grammar_words().occurrence_nouns:
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
                return (j == 0 or w[j - 1] not in grammar_words().lam_negations) and any(
                    _in_list(w[i], reports) for i in range(j + 1, min(j + 1 + DENIED_NEAR,
                                                                      trig.first)))
        return False

    def _rumoured(self, view: SentenceView, trig: Trigger) -> bool:
        """The trigger is what a rumour tells: a word of `rumour_links` (عن، حول، من قبيل، أن)
        at most RUMOUR_LINK_REACH words before it in its clause (no verb, stop or contrast
        between), and a word of `rumour_words` (الإشاعات، شائعات، أشيع، يشاع) at most RUMOUR_NEAR
        tokens before that link, past its adjectives and a relative clause (الإشاعات المغرضة
        التي روجتها جهات معينة، من قبيل … وسقوط قتلى; ما أشيع عن مقتل متظاهر). A rumour is no
        report of an act, whether or not it is denied."""
        w = view.words
        links = self._context("rumour_links")
        for j in range(trig.first - 1, max(-1, trig.first - 1 - RUMOUR_LINK_REACH), -1):
            if w[j] in roles.HARD_STOPS or contrast_at(w, j) or (
                    _verb_at(view, j) and not (j > 0 and roles.is_prep(w[j - 1]))):
                return False  # (no verb after a preposition: من قبل قوات الأمن)
            if w[j] in roles.COMMAS and (j + 1 >= len(w) or not w[j + 1].startswith("و") or
                                         _verb_at(view, j + 1)):
                return False  # (، وقتل مسلحون: a clause of its own)
            if _in_list(w[j], links):
                if w[j] == KIND_OF:
                    if j == 0 or w[j - 1] != MIN:
                        return False
                    j -= 1
                return self._rumour_before(view, j)
        return False

    def _rumour_before(self, view: SentenceView, link: int) -> bool:
        """A word of `rumour_words` at most RUMOUR_NEAR tokens before the link (see `_rumoured`);
        a verb ends the search unless a relative pronoun opens its clause (والتي كانت وراءها)."""
        w = view.words
        rumours = self._context("rumour_words")
        for i in range(link - 1, max(-1, link - 1 - RUMOUR_NEAR), -1):
            if _in_list(w[i], rumours):
                return True
            if w[i] in roles.HARD_STOPS or contrast_at(w, i) or (
                    _verb_at(view, i) and not (i > 0 and _relative(w[i - 1]))):
                return False
        return False

    def _years_since(self, view: SentenceView, trig: Trigger) -> bool:
        """The trigger is what a span of years has passed since (`elapsed_nouns` + a span in
        years, dates.json `duration_units`, + على: بعد مرور نحو عامين على هجوم، بعد مضي ثلاث
        سنوات على اقتحامها): an event of years before, history. A span of days or months
        leaves it (بعد مرور أسبوع على الهجوم: recent background)."""
        w = view.words
        if trig.first < 3 or strip_conj(w[trig.first - 1]) not in ALA:
            return False
        units = date_words().duration_units
        elapsed = self._context("elapsed_nouns")
        years = False
        for k in range(trig.first - 2, max(-1, trig.first - 2 - SINCE_SPAN_REACH), -1):
            unit = units.get(w[k])
            years = years or (unit is not None and unit[0] == "Y")
            if _in_list(w[k], elapsed):
                return years
            if w[k] in roles.HARD_STOPS or w[k] in roles.COMMAS:
                return False
        return False

    def _recent_time_after(self, view: SentenceView, trig: Trigger) -> bool:
        """A recent time (`recent_time`: أمس، فجر، الخميس) in the trigger's clause, at most
        RECENT_AFTER_REACH words on: for acts no register is read for (a seizure), as
        `_dated_recent_after` reads it from the register's evidence."""
        w, recent = view.words, self._context("recent_time")
        for k in range(trig.last + 1, min(len(w), trig.last + 1 + RECENT_AFTER_REACH)):
            if w[k] in CLAUSE_ENDS or contrast_at(w, k):
                return False
            if _in_list(w[k], recent) or k in view.today:
                return True
        return False

    def _no_report_of(self, view: SentenceView, trig: Trigger) -> bool:
        """The trigger is what a report that does not exist would tell: a negation (لم، لا)
        right before a verb of coming or being found (`existence_verbs`: ترد، تسجل، توجد), a
        report noun (`denied_reports`: تقارير، أنباء، معلومات) at most NO_REPORT_NEAR words after
        it, and the trigger later in the same clause (لم ترد أي تقارير عن وقوع اشتباكات، لا
        توجد معلومات عن هجمات جديدة): no act is told, the event is negated."""
        w = view.words
        verbs = self._context("existence_verbs")
        for j in range(trig.first - 2, max(0, trig.first - 1 - NO_REPORT_REACH), -1):
            if w[j] in roles.HARD_STOPS or contrast_at(w, j):
                return False
            if w[j] in verbs and (w[j - 1] in grammar_words().lam_negations or
                                  w[j - 1] in grammar_words().no_report_negations):
                reports = self._context("denied_reports")
                noun = next((i for i in range(j + 1, min(j + 1 + NO_REPORT_NEAR, trig.first))
                             if _in_list(w[i], reports)), None)
                # the trigger is what the report would be about (تقارير عن وقوع اشتباكات), not
                # an act told later in a relative clause (أنباء عن الصيادين الذين اختطفهم مسلحون)
                return noun is not None and trig.first - noun <= NO_REPORT_TOPIC and not any(
                    w[i] in grammar_words().clause_relatives for i in range(noun + 1, trig.first))
        return False

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
        if trig.first == 0:
            return None
        if not _noun_or_bare_past(trig):
            # (وشن غارات: a light verb's bare past form after و, its object right after it, is
            # the verbal noun of a list too; not a verb alone: وقتل مسلحون جنوداً opens a clause)
            return self._joined_governed(view, trig) if trig.kind == "phrase" and \
                trig.form.tense == "past" and trig.strip == "c" and \
                trig.last == trig.first + 1 else None
        prev = _word_before_quoted(view.words, trig.first)
        if not roles.has_prep_clitic(view.words[trig.first]) and self._governs_directly(prev):
            return self._governor_kind(prev)  # ضرورة ضرب (but وتطالب الشكوى: its subject)
        k = _governing_word(view, trig, grammar_words().governed_preps, 3, self._governor_kind)
        if k is not None:
            return self._governor_kind(view.words[k])
        if self._warned_against(view, trig) or self._dissuaded_from(view, trig) or \
                self._call_past_addressee(view, trig):
            return "hypothetical"
        joined = self._joined_governed(view, trig)
        if joined is not None:
            return joined
        return self._furthered_governor(view, trig)

    def _joined_governed(self, view: SentenceView, trig: Trigger) -> str | None:
        """A verbal noun with و right after another noun that a word of calling or planning
        governs (طالب الوزير بإقامة منطقة آمنة وشن غارات، اشترط إقامة حزام آمن وشن غارات): what
        is asked for or planned, as that noun is, though that noun is no event. The governed
        noun at most GOVERNED_JOIN_REACH words back, no verb, stop or punctuation between."""
        if "c" not in trig.strip:
            return None
        w = view.words
        for j in range(trig.first - 1, max(0, trig.first - 1 - GOVERNED_JOIN_REACH), -1):
            if not view.is_word(j) or j in view.verbs:
                return None
            if not roles.has_prep_clitic(w[j]) and self._governs_directly(w[j - 1]):
                return self._governor_kind(w[j - 1])  # اشترط إقامة حزام وشن غارات
            k = _governing_word(view, dataclasses.replace(trig, first=j),
                                grammar_words().governed_preps, 3, self._governor_kind)
            if k is not None:
                return self._governor_kind(w[k])  # طالب بإقامة منطقة وشن غارات
        return None

    def _call_past_addressee(self, view: SentenceView, trig: Trigger) -> bool:
        """A verbal noun, bare or with بـ, right after the actor a word of calling
        (`call_governors`) addresses, the caller between or not (دعا الرئيس السلطات اعتقال
        المسلحين، طالب المحتجون الحكومة الإفراج عن، طالب الوزير المجتمع الدولي بفرض عقوبات): what
        is asked for, as after إلى. The actors stand outside any preposition, and the one right
        before the noun is definite or a name: a common noun with no article is the head of a
        construct whose genitive the noun is (طالب ضحايا القصف الحكومة: the shelling was)."""
        w = view.words
        if roles.has_prep_clitic(w[trig.first]) not in ("", "ب"):
            return False
        k = trig.first - 1
        m = view.mention_ending_at(k)
        if m is None or (m.entity.how == "title" and not strip_conj(w[k]).startswith("ال")):
            return False
        for _ in range(3):  # the addressee, then the caller (أهالي المعتقلين: two mentions)
            m = view.mention_ending_at(k)
            if m is None or m.in_pp or m.first < 1:
                return False
            k = m.first - 1
            if self._governor_kind(w[k]) == "hypothetical":
                return True
        return False

    def _furthered_governor(self, view: SentenceView, trig: Trigger) -> str | None:
        """The modality the governor of a bare verbal noun of furthering (`furthering_nouns`:
        تكثيف، تعزيز، تكريس، مواصلة) gives the verbal noun it governs in turn (ضرورة تكريس
        التنسيق، دعا إلى تكثيف الضربات، يجب مواصلة القصف): the act is called for or planned
        with it. None when nothing governs the noun of furthering."""
        w = view.words
        k = trig.first - 1
        if k < 1 or roles.has_prep_clitic(w[trig.first]) or \
                not _in_list(w[k], self._context("furthering_nouns")):
            return None
        if not roles.has_prep_clitic(w[k]) and self._governs_directly(w[k - 1]):
            return self._governor_kind(w[k - 1])
        j = _governing_word(view, _Position(k), grammar_words().governed_preps, 3,
                            self._governor_kind)
        return self._governor_kind(w[j]) if j is not None else None

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
        if w[k] not in grammar_words().kana_forms or w[k][:1] in "وف":
            return False
        if w[k - 1] in grammar_words().clause_relatives:
            k -= 1
        return k > 1 and self._foil_before(view, k - 1)  # (from the noun, or its adjective)

    def _foil_before(self, view: SentenceView, end: int) -> bool:
        """A word of `foil_governors` at most FOIL_REACH words before the word at `end`, in its
        clause, no verb between, and not negated (see `_foiled`). Not when a preposition of time
        or cause, or عن طريق, governs that word (أحبطت القوات الهجوم بعد اشتباك، بعد ساعات من
        القتال، إفشالها عن طريق القصف: when or how the act was foiled, not what was foiled)."""
        w = view.words
        if self._foil_words.isdisjoint(w[max(0, end - FOIL_REACH):end]):
            return False  # no word of foiling within reach (most triggers): the loop finds none
        foil = self._context("foil_governors")
        gw = grammar_words()
        for k in range(end - 1, max(-1, end - 1 - FOIL_REACH), -1):
            if w[k] in roles.HARD_STOPS or w[k] in roles.COMMAS or contrast_at(w, k):
                return False
            # a preposition of the time or the cause of an act (بعد اشتباك، إثر مواجهات): what
            # it governs is no object of the verb before it
            bare = strip_conj(w[k])
            if (bare in gw.background_preps or bare in gw.cause_preps or _means_at(w, k)) and \
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
        definite = "a" in trig.strip or has_article(w[trig.head])
        described = True  # only adjectives and a relative pronoun so far
        for k in range(trig.last + 1, min(len(w), trig.last + 1 + LAUNCH_REACH)):
            if w[k] in roles.HARD_STOPS or w[k] in roles.COMMAS:
                return False
            if (described and w[k] in launch) or strip_conj(w[k]) in grammar_words().results_of:
                return True
            if described and w[k] in passive and w[k - 1] in grammar_words().clause_relatives:
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

    def _calls_for(self, view: SentenceView, m: roles.Mention, trig: Trigger) -> bool:
        """`m` is the subject of a verb of calling (events.json `call_governors`: دعا، طالب)
        right before it or between it and the trigger."""
        around = [m.first - 1] + list(range(m.last + 1, trig.first))
        return any(k >= 0 and self._governor_kind(view.words[k]) == "hypothetical"
                   for k in around)

    def _refrained(self, view: SentenceView, trig: Trigger) -> bool:
        """لم يتورع عن / لم يتردد في / لم يتوان عن + verbal noun (`refrain_verbs` after لم):
        "did not refrain from doing" tells the act was done (not so لا يتورع, a habit)."""
        return self._refrain_verb(view, trig) is not None

    def _refrain_verb(self, view: SentenceView, trig: Trigger) -> int | None:
        """The position of the لم before the verb of refraining that governs the verbal noun
        (لم تتوان الإمارات في دعم مصر), else None: whose subject is the doer of the act."""
        refrain = self._context("refrain_verbs")
        k = _governing_word(view, trig, grammar_words().refrain_preps, 4, refrain.__contains__)
        lam = grammar_words().lam_negations
        return k - 1 if k is not None and k > 0 and view.words[k - 1] in lam else None

    def _pledge_of_force(self, view: SentenceView, keys, trig: Trigger) -> bool:
        """The verbal noun a pledge governs through بـ, past the subject (at most three words),
        is one of force or repression (`force_pledges`: تعهد الرئيس بسحق التمرد، بتشديد الحملة
        الأمنية على الجماعة): the pledge threatens its target."""
        force = self._context("force_pledges")
        for k in range(trig.last + 1, min(len(keys), trig.last + 5)):
            if roles.clitic_prep(view, k) == "ب":
                if not keys[k].isdisjoint(force):
                    return True
                return not keys[k].isdisjoint(self._context("continuation_nouns")) and \
                    self._force_goes_on(view, keys, k + 1)
            if not view.is_word(k):
                return False
        return False

    def _force_goes_on(self, view: SentenceView, keys, k: int) -> bool:
        """The noun after a noun of going on (تعهد بمواصلة «الجهاد» ضد الحكومة، بمواصلة القتال),
        past guillemets and في (الاستمرار في), is one of force (`force_pledges`): a pledge to go on
        fighting threatens as a pledge to fight does (twenty-fifth session)."""
        for k in range(k, min(len(keys), k + 3)):
            if view.is_word(k) and view.words[k] != FI:
                return not keys[k].isdisjoint(self._context("force_pledges"))
            if view.words[k] in CLAUSE_ENDS:
                return False
        return False

    def _expected(self, view: SentenceView, trig: Trigger) -> bool:
        """The trigger stands in the clause of أن after a word of expectation (`expected_that`:
        يتوقع أن، من المتوقع أن، ينتظر أن، يرجح أن), however long the clause (ويتوقع أن يرفع
        المعارضون الإسرائيليون من عدد زياراتهم): what is foreseen has not happened."""
        w = view.words
        expect = self._context("expected_that")
        if trig.first > 0 and w[trig.first - 1] in grammar_words().demonstratives:
            return False  # من المتوقع أن تعيد هذه المحادثات: talks held, their effect foreseen
        for k in range(trig.first - 1, max(0, trig.first - EXPECTED_REACH), -1):
            if w[k] in CLAUSE_ENDS:
                return False
            if w[k] == BARE_AN and not self.compiled.analyse(w[k - 1])[1].isdisjoint(expect):
                return True
        return False

    def _after_before_that(self, view: SentenceView, trig: Trigger) -> bool:
        """A present verb after قبل أن، بعد أن، منذ أن (`past_before_an`): the subjunctive of a
        clause of time, which takes the time of the sentence it hangs on (قتل شخصين قبل أن
        يقتل المسلح نفسه: once, not habitually)."""
        w = view.words
        return trig.first > 1 and w[trig.first - 1] in grammar_words().an_words and \
            w[trig.first - 2] in self._context("past_before_an")

    def _refused(self, view: SentenceView, trig: Trigger) -> bool:
        """A verbal noun that a verb of refusal governs (`refusal_verbs`), right after it or
        past its subject (رفض استقباله، رفضت الحكومة المشاركة في المفاوضات), also as the
        object of a light verb (أكد الوزير رفضه التفاوض): not done. A refusal that opens the
        trigger is the event itself, told as done (رفض أي تعاون مع الأسد: a rejection)."""
        at = trig.first if _is_nominal(trig) else trig.last if trig.kind == "phrase" else -1
        refusal = self._context("refusal_verbs")
        w = view.words
        for k in range(at - 1, max(-1, at - 4), -1):
            if not view.is_word(k) or roles.is_prep(w[k]):
                return False
            if not self.compiled.analyse(w[k])[1].isdisjoint(refusal):
                return k != trig.first
        return False

    def _outcome_subject(self, view: SentenceView, trig: Trigger) -> bool:
        """A verbal noun with no preposition right after a verb of success or failure
        (`outcome_verbs`), its subject (ولم تفلح الهجمات في …، لم تنجح الغارات في، فشل الهجوم
        في): the act took place; a negation before the verb denies that it reached its aim,
        not that it happened."""
        k = trig.first - 1
        return _is_nominal(trig) and k >= 0 and \
            not roles.has_prep_clitic(view.words[trig.first]) and \
            _in_list(view.words[k], self._context("outcome_verbs"))

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
