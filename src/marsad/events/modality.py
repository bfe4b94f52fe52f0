"""Modality of an event: asserted, negated, future, intended, threatened, conditional,
hypothetical, historical, habitual or reported. It is kept as an attribute, never used to drop an
event. Cue words come from the events dictionary (`cues` in events.json).

The cues are looked for in the few words before the trigger, within its clause (a stop such as
`.` or `:` ends the search), and a few after it for temporal ones (المقبل، دائماً). When several
apply, the strongest wins: negated > conditional > threatened > hypothetical > intended > future >
historical > habitual > reported.

A negation reaches only its own scope (cue kinds `verb_negations`, `scope_relatives`,
`scope_governors`, `scope_copulas`, eighteenth session): not into a relative clause after it, nor
to an act a cause or time preposition or a clause of state governs right before the trigger, and
لم / لن not to a past verb beyond the verb they negate. A denial of one's part in an act (cue kind
`denied_parts`: نفى أي ضلوع له في الهجوم، نفى مسؤوليته عن التفجير; nineteenth session) does not
deny the act.

`reported` is an event told by a source: a named one (the events stage's `reported_by`) or, since
the twenty-second session, none named (`told_by_unnamed_source`: تشير المعلومات إلى أن، ذكرت
مصادر أن، بحسب ما تردد), then with no `reported_by` and no `reporters`.
"""

from __future__ import annotations

from marsad.events.roles import COMMAS, HARD_STOPS
from marsad.lexicon.grammar import grammar_words
from marsad.text.normalize import fold, strip_conj

# Words that open a new clause of contrast (حاولوا صدهم إلا أنهم تعرضوا لقصف, لكنهم): a cue
# before them (حاولوا) belongs to the clause they close.
_BUT = frozenset(fold(w) for w in ("لكن", "ولكن", "لكنه", "لكنها", "لكنهم", "ولكنه", "ولكنها",
                                   "ولكنهم", "بيد"))
_EXCEPT = fold("إلا")
_AN = fold("أن")
_EXCEPT_WORDS = (_EXCEPT, fold("غير"))  # (built once: `_contrast_at` is asked of every word)


def contrast_at(words: list[str], k: int) -> bool:
    """words[k] opens a clause of contrast: لكن… or إلا أن / غير أن (أن with a pronoun too)."""
    w = words[k]
    if w in _BUT:
        return True
    return w in _EXCEPT_WORDS and k + 1 < len(words) and words[k + 1].startswith(_AN)

ORDER = ("negated", "conditional", "threatened", "hypothetical", "intended", "future",
         "historical", "habitual", "reported")
_CUE_KIND = {"negation": "negated", "denial": "negated", "condition": "conditional",
             "threat": "threatened", "hypothetical": "hypothetical", "allegation": "hypothetical",
             "indefinite": "hypothetical", "fear": "hypothetical", "intention": "intended",
             "future": "future", "historical": "historical", "habitual": "habitual",
             "report": "reported"}
# How far each cue kind reaches before (and after) the trigger, in tokens.
_REACH = {"negation": (3, 0), "denial": (10, 0), "condition": (10, 0), "threat": (4, 0),
          "hypothetical": (4, 0), "allegation": (8, 0), "indefinite": (2, 0), "fear": (5, 0), "intention": (6, 0), "future": (3, 4),
          "historical": (2, 6),
          "habitual": (4, 4), "report": (0, 0)}
_MAX_BEFORE = max(b for k, (b, a) in _REACH.items() if k != "report")
_MAX_AFTER = max(a for k, (b, a) in _REACH.items() if k != "report")


# `CueTable.at` of a word that is no cue and begins none
_NO_CUES: tuple[frozenset[str], tuple] = (frozenset(), ())


class CueTable(dict):
    """The cue dictionary (kind -> word sequences) with per-kind lookup sets built once:
    single-word cues as a set, and multi-word cues grouped by their first word; and, cached per
    word, the cues a word may begin (`at`)."""

    def __init__(self, cues):
        super().__init__(cues)
        self.singles = {k: frozenset(x[0] for x in v if len(x) == 1) for k, v in self.items()}
        self.multi: dict[str, dict[str, tuple[tuple[str, ...], ...]]] = {}
        for k, v in self.items():
            by_first: dict[str, list[tuple[str, ...]]] = {}
            for seq in v:
                if len(seq) > 1:
                    by_first.setdefault(seq[0], []).append(seq)
            self.multi[k] = {w: tuple(x) for w, x in by_first.items()}
        # word -> (kinds, ((kind, rest of the sequence), ...)); bounded, see `at`
        self.by_word: dict[str, tuple[frozenset[str], tuple[tuple[str, tuple[str, ...]], ...]]] = {}
        # the continuation cues (لم يعد، لا بد) and the "still" words (`still`: لا يزال، ما زال،
        # مازال) as first word -> rests, as `_seq_at` reads them
        self.still: dict[str, list[tuple[str, ...]]] = {}
        # every word that is a cue or begins one (of any kind): `at` answers "none" at once for
        # a word that is not one of these, nor after و/ف (most words)
        self.cue_words = frozenset(seq[0] for v in self.values() for seq in v if seq)
        for seq in (*self.get("continuation", ()), *self.get("still", ())):
            if seq:
                self.still.setdefault(seq[0], []).append(seq[1:])
        # the scope of a negation (see `modality`): the negations of the verb right after
        # them (لم، لن), the relative pronouns and the governors (بسبب، خلال، وهم) that open a
        # phrase or clause such a negation does not reach into
        self.verb_negations = self._one_words("verb_negations")
        self.scope_relatives = self._one_words("scope_relatives")
        # (with the subject pronouns of a clause of state, grammar.json `state_pronouns`: وهم
        # يقصفون; one list, read bare as the framing rule reads it)
        self.scope_governors = (self._one_words("scope_governors")
                                | grammar_words().state_pronouns)
        self.scope_copulas = self._one_words("scope_copulas")
        # one's part in an act (ضلوع، تورطه، مسؤوليته): a denial of it does not deny the act
        self.denied_parts = self._one_words("denied_parts")

    def _one_words(self, kind: str) -> frozenset[str]:
        """The one-word cues of `kind`, also with و / ف before them."""
        words = frozenset(seq[0] for seq in self.get(kind, ()) if len(seq) == 1)
        return words | frozenset(c + w for w in words for c in "وف")

    def at(self, word: str) -> tuple[frozenset[str], tuple[tuple[str, tuple[str, ...]], ...]]:
        """The cue kinds (of `_REACH`, but report) a word is by itself, and the (kind, following
        words) of the longer cues it may begin: what `_cue_at` tests, once per word."""
        got = self.by_word.get(word)
        if got is None:
            if word in self.cue_words or (word[:1] in "وف" and word[1:] in self.cue_words):
                got = self._cues_of(word)
            else:
                got = _NO_CUES  # what `_cues_of` finds for a word that begins no cue (most words)
            if len(self.by_word) > 200_000:
                self.by_word.clear()
            self.by_word[word] = got
        return got

    def _cues_of(self, word: str) -> tuple[frozenset[str], tuple[tuple[str, tuple[str, ...]], ...]]:
        """`at` of a word, not cached."""
        conj = word[:1] in "وف"
        kinds = frozenset(k for k in self if k in _REACH and k != "report" and (
            word in self.singles[k] or (conj and word[1:] in self.singles[k])))
        rests = []
        for k in self:
            if k not in _REACH or k == "report" or k in kinds:
                continue
            for seq in self.multi[k].get(word, ()) + (self.multi[k].get(word[1:], ())
                                                      if conj else ()):
                rests.append((k, seq[1:]))
        return kinds, tuple(rests)


NAME_WORDS = 4  # the longest name in guillemets the cue search passes over


def _name_open(words: list[str], close: int) -> int | None:
    """The position of the « that opens a short name (at most NAME_WORDS words, no stop) whose »
    is at `close`, else None: «القاعدة», «حزب الله»."""
    for j in range(close - 1, max(-1, close - NAME_WORDS - 2), -1):
        if words[j] == "«":
            return j if j < close - 1 else None
        if words[j] in HARD_STOPS:
            return None
    return None


def _seq_at(words: list[str], k: int, seq: tuple[str, ...]) -> bool:
    if tuple(words[k:k + len(seq)]) == seq:
        return True
    # the first word may carry و / ف
    w = words[k] if k < len(words) else ""
    return (len(seq) >= 1 and w[:1] in "وف" and w[1:] == seq[0]
            and tuple(words[k + 1:k + len(seq)]) == seq[1:])


def _cue_at(words: list[str], k: int, multi: dict[str, tuple[tuple[str, ...], ...]],
            singles: frozenset[str]) -> bool:
    w = words[k]
    if w in singles or (w[:1] in "وف" and w[1:] in singles):
        return True
    cands = multi.get(w, ())
    if w[:1] in "وف":
        cands = cands + multi.get(w[1:], ())
    return any(_seq_at(words, k, s) for s in cands)


# Cue kinds whose reach ends at a comma before a past verb with و (خطط المتهمون لاغتيال الوزير،
# وقتل المسلحون ثلاثة جنود: the killing is told, not planned). Conditions, negations and denials
# keep theirs (إذا هاجمت إسرائيل المنشآت، وقتلت العلماء: still the condition).
_CLAUSE_BOUND = frozenset({"intention", "threat", "fear", "hypothetical", "allegation",
                           "indefinite"})


# The cue kinds a negation's scope bounds (see `CueTable.scope_governors`)
_NEGATION = frozenset({"negation"})
_NEGATIONS = frozenset({"negation", "denial"})
_DENIAL = frozenset({"denial"})
# قد right before a past verb: it may be the verb of لم يكن قد (had not), which لم negates
_PAST_AUX = frozenset(fold(w) for w in ("قد", "وقد"))

# Cue kinds that do not reach a past verb from after it (see `modality`)
_PAST_UNREACHED = frozenset({"future"})


def _add_cues(words: list[str], k: int, dist: int, side: int, at, found: set[str],
              skip: frozenset[str] = frozenset()) -> None:
    """Add the modalities of the cues that start at words[k] and reach the trigger `dist` words
    away on `side` (0 before it, 1 after it; see _REACH), but those of kinds in `skip`."""
    kinds, rests = at(words[k])
    for kind in kinds:
        if dist <= _REACH[kind][side] and kind not in skip and \
                not (kind == "condition" and _state_of(words, k + 1)):
            found.add(_CUE_KIND[kind])
    for kind, rest in rests:
        if dist <= _REACH[kind][side] and kind not in skip and \
                tuple(words[k + 1:k + 1 + len(rest)]) == rest and \
                not (kind == "condition" and _state_of(words, k + 1 + len(rest))):
            found.add(_CUE_KIND[kind])


_MIN = fold("من")


def _copula_at(words: list[str], k: int, cues: CueTable) -> bool:
    """words[k] is a copula of negation (ليس) or the negation of one (لم يكن، لن يكون)."""
    return words[k] in cues.scope_copulas or \
        (k + 1 < len(words) and words[k + 1] in cues.scope_copulas)


def _state_of(words: list[str], k: int) -> bool:
    """من right after a word of condition (في حالة من الاحتجاج، بأي حال من الأحوال، شرط من
    الشروط): "a state of", "one of", no condition."""
    return k < len(words) and words[k] == _MIN


def modality(words: list[str], first: int, last: int, cues: dict, strip: str = "",
             own_threat: bool = False, clause_verb: bool = False, past_verb: bool = False) -> str:
    """The modality of the trigger spanning words[first..last]. `clause_verb`: the trigger is a
    past verb with و, which opens a clause of its own after a comma (see `_CLAUSE_BOUND`).
    `past_verb`: the trigger is a past verb, which a word of time to come after it does not
    reach (الاقتراع الذي أدانه المجتمع الدولي غداً: غداً dates the count, not the condemnation)."""
    if not isinstance(cues, CueTable):
        cues = CueTable(cues)
    found: set[str] = set()
    if "f" in strip:
        found.add("future")
    # The same as testing `_cue_at` for every kind at every position within its reach, with each
    # word's cues looked up once (`CueTable.at`).
    n = len(words)
    # لا يزال، ما زال، لم يعد: "still" / "no longer" are not negations of the event
    masked: set[int] = set()
    if cues.still:
        for k in range(max(0, first - 4), first):
            w = words[k]
            rests = cues.still.get(w, [])
            if w[:1] in "وف":
                rests = rests + cues.still.get(w[1:], [])
            for rest in rests:
                if tuple(words[k + 1:k + 1 + len(rest)]) == rest:
                    masked.update(range(k, k + 1 + len(rest)))
    at = cues.at
    then = grammar_words().then_words
    skip: frozenset[str] = frozenset()
    # a governor right before the trigger (بسبب المعارك، خلال الاشتباكات، وهم يقصفون): a negation
    # before it negates what the phrase is joined to, not the act it names
    # (but a negated copula negates its predicate, a cause too: لم يكن بسبب هجوم، ليس بسبب)
    governed = first > 0 and words[first - 1] in cues.scope_governors
    k, dist = first - 1, 1
    while k >= 0 and dist <= _MAX_BEFORE:
        w = words[k]
        if w == "»" and (j := _name_open(words, k)) is not None:
            k, dist = j - 1, dist + 1  # عزم عناصر «القاعدة» خطف: a name in quotes is one word
            continue
        if w in HARD_STOPS or contrast_at(words, k):
            break
        if clause_verb and w in COMMAS or w in then or strip_conj(w) in then:
            # (twenty-fifth session: ثم، فيما، بينما، حيث open the next act or a clause beside:
            # اتهمت الحكومة المعارضة بإثارة الفوضى فيما قتل مسلحون جنديين: the killing is told)
            skip = skip | _CLAUSE_BOUND
        if k not in masked:
            if past_verb and w in cues.verb_negations and dist > 1 and \
                    words[first - 1] not in _PAST_AUX and not _copula_at(words, k, cues) and \
                    len(strip_conj(words[first])) > 3:
                # المسلحون الذين لم تعرف هوياتهم هاجموا: لم negates its own verb (تعرف), not a
                # past verb after it, which belongs to another clause (but لم يكن قد هاجم، لم
                # يكن ضرب المعابر; and a past form of three letters may be the verbal noun: لم
                # يتم قتل أحد)
                k, dist = k - 1, dist + 1
                continue
            _add_cues(words, k, dist, 0, at, found,
                      skip | _NEGATIONS if governed and not _copula_at(words, k, cues) else skip)
        if w in cues.denied_parts:
            # نفى المتهمون أي ضلوع لهم في الاعتداء، نفى مسؤوليته عن الهجوم: they deny their part
            # in the act, which took place; the denial before does not reach it
            skip = skip | _DENIAL
        if w in cues.scope_relatives:
            # الهجوم الذي استهدف: a negation before the relative pronoun is the main clause's
            # (لم يعلق على الهجوم الذي شنه); a denial too when the trigger is the clause's
            # own first word (نفى مسؤوليته عن الهجوم الذي استهدف السوق), not when it is told
            # further in (نفى الأنباء التي تحدثت عن مقتل: what the report says)
            skip = skip | (_NEGATIONS if k + 1 == first else _NEGATION)
        k, dist = k - 1, dist + 1
    k = last + 1
    after_skip = _PAST_UNREACHED if past_verb else frozenset()
    while k < n and k - last <= _MAX_AFTER:
        w = words[k]
        if w in HARD_STOPS or contrast_at(words, k):
            break
        _add_cues(words, k, k - last, 1, at, found, after_skip)
        k += 1
    if own_threat:
        found.discard("threatened")
    for m in ORDER:
        if m in found:
            return m
    return "asserted"


UNNAMED_NAME_REACH = 2  # words after بحسب ما تردد where a name makes the teller named
# marks that end the clause of a complement (not the quote marks: ذكرت مصادر أن «…»)
_CLAUSE_ENDS = HARD_STOPS - {"«", "»", '"'}


_FRONTED_REACH = 2  # words after a comma before the verb of a new clause (، وفي الأثناء هاجم)


def _new_clause_between(words: list[str], a: int, b: int, verbs: frozenset[int]) -> bool:
    """Between words[a] and words[b] (both excluded) a comma opens another clause, with a verb
    of its own (`verbs`: positions read as verb forms, up to words[b]) after a fronted word or
    two: الاقتصاد يتحسن، وفي الأثناء هاجم مسلحون (not an aside: أن المقاومة خسرت، في تلك
    المواجهات، ثمانية). A verb right after the comma, or a word of grammar.json
    `report_continuers` (حيث، فيما، كما، التي، ما), `complementizers`, `time_clause_openers`
    (عندما) or `kana_forms` (وكانت), goes on with the clause before (ذكرت مصادر أن …، حيث قتل …؛ وفق المعلومات، فإن المسلحين خطفوا)."""
    gw = grammar_words()
    for j in range(a + 1, b):
        if words[j] not in COMMAS or j + 1 >= b or j + 1 in verbs:
            continue
        after = words[j + 1]
        if after in gw.report_continuers or after in gw.complementizers or \
                after in gw.time_clause_openers or after in gw.kana_forms or \
                f"{after} {words[j + 2]}" in gw.report_continuers:
            continue
        # (a verb form right after a preposition is its noun: تقارير عن مقتل، إثر قصف استهدف)
        if any(v in verbs and strip_conj(words[v - 1]) not in gw.speaker_stops
               for v in range(j + 2, min(j + 2 + _FRONTED_REACH, b + 1))):
            return True
    return False


def _later_clause_lead(words: list[str], last: int, k: int, verbs: frozenset[int]) -> bool:
    """The word of attribution at k, after the event ending at words[last], stands in a later
    clause with a verb of its own after a comma (هاجم مسلحون مركزاً أمس، وأعلنت الحكومة حسب
    المعلومات فتح تحقيق); not when the lead itself follows a comma: it closes the sentence
    (قتل خمسة، وأصيب عشرة، بحسب المعلومات)."""
    if words[k - 1] in COMMAS:
        return False
    return any(words[j] in COMMAS and any(v in verbs for v in range(j + 1, k))
               for j in range(last + 1, k))


def _complement_before(words: list[str], lead: int, first: int) -> int | None:
    """The nearest complementizer (أن، بأن، إلى أن، أنها) before the event's first word, when it
    follows the verb of report at `lead`: its position; `lead` + 1 (the noun of information)
    when there is none (أفادت مصادر بمقتل: the event is the verb's object); None when a clause
    ends between them and the event."""
    gw = grammar_words()
    for c in range(first - 1, lead + 1, -1):
        if words[c] in _CLAUSE_ENDS:
            return None
        if words[c] in gw.complementizers or words[c] in gw.pronoun_complementizers:
            return c
    return lead + 1


def told_by_unnamed_source(words: list[str], first: int, last: int,
                           name_starts: frozenset[int] = frozenset(),
                           verbs: frozenset[int] = frozenset()) -> bool:
    """The sentence tells the event at words[first:last + 1] as reported by no named source
    (twenty-second session): a verb of reporting before it with a plain noun of information
    as its subject (تشير المعلومات إلى أن، أفادت التقارير بأن، ذكرت مصادر أن) and its
    complement the nearest one before the event, with no comma and new verb or clause end
    between them; or a word of attribution before such a noun (وفق المعلومات، وفقاً للتقارير،
    بحسب الأنباء) or before ما and a verb with no teller (بحسب ما تردد، حسب ما أفيد) that no
    name follows (`name_starts`: where actor mentions begin; بحسب ما أعلن الجيش names its
    teller; a fronted lead looks for one only before the event), in the event's own clause:
    not past a comma followed by a clause with its own verb (`verbs`: positions of verb
    forms). Not across a clause of contrast (لكن، إلا أن) between the lead and the event.
    grammar.json `unnamed_report_verbs`, `_nouns`, `_preps`, `_passives`."""
    gw = grammar_words()
    nouns = gw.unnamed_report_nouns
    for k in range(len(words) - 1):
        if first <= k <= last:
            continue
        w = words[k]
        nxt = words[k + 1]
        if k < first and (w in gw.unnamed_report_verbs or
                          strip_conj(w) in gw.unnamed_report_verbs):
            # (review: أكدت التقارير أن الاقتصاد يتحسن، وفي الأثناء هاجم مسلحون: the report's
            # complement is another clause)
            c = _complement_before(words, k, first) if nxt in nouns else None
            # (no complementizer: the event is the verb's own object, أفادت مصادر بمقتل، أشارت
            # المصادر إلى مقتل، أكدت مصادر مصرع)
            lead = nxt in nouns and c is not None and not _new_clause_between(
                words, c, first, verbs)
        elif w in gw.unnamed_report_preps or (w[:1] == "و" and w[1:] in gw.unnamed_report_preps):
            # (وفقاً للمعلومات: the clitic ل of وفقاً / طبقاً)
            unclitic = "ال" + nxt[2:] if nxt.startswith("لل") else \
                nxt[1:] if nxt[:1] == "ل" else nxt
            # (a fronted بحسب ما تردد: the teller is sought only before the event, whose own
            # actor may follow: بحسب ما تردد اعتقلت الشرطة عشرة)
            reach = range(k + 3, min(k + 3 + UNNAMED_NAME_REACH, first) if k < first
                          else k + 3 + UNNAMED_NAME_REACH)
            lead = (nxt in nouns or unclitic in nouns or (
                nxt == _MA and k + 2 < len(words) and
                words[k + 2] in gw.unnamed_report_passives and
                not any(j in name_starts for j in reach))) and not (
                # (review: هاجم مسلحون مركزاً أمس، وأعلنت الحكومة حسب المعلومات فتح تحقيق:
                # the lead is another clause's)
                _new_clause_between(words, k + 2 if nxt == _MA else k + 1, first, verbs)
                if k < first else _later_clause_lead(words, last, k, verbs))
        else:
            continue
        # (the gap read only for a lead: وحسب مصادر أمنية يقاتل مائة، لكن دندن انتقد برنامجاً
        # بهدف منع سفرهم: a clause of contrast between the lead and the event is told on its own)
        if lead and not any(contrast_at(words, j) for j in (
                range(k + 1, first) if k < first else range(last + 1, k))):
            return True
    return False


_MA = fold("ما")
