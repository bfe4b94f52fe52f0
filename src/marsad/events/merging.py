"""One event for the same act reported twice in an article: which coded events
are the same, and how their mentions merge.

Part of the events stage (`marsad.stages.events`).
"""

from __future__ import annotations

import bisect

import regex

from marsad.actors.patrons import GROUP_ROLES
from marsad.document import ActorRef, DateExpr, Document, Event, Location
from marsad.events.clauses import FACTUAL, _same_actor, joined_reporters
from marsad.events.register import VIOLENCE
from marsad.lexicon.grammar import grammar_words
from marsad.text.normalize import fold, strip_conj


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


def _same_event(x: Event, y: Event, dated: bool = True) -> bool:
    """(`dated=False`: `y` names the act told before, `_refers_back`: its date is not its own)"""
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
    if dated and x.date_source == y.date_source == "expression" and _dates_apart(x.date, y.date):
        return False
    if not _places_agree(x.location, y.location):
        return False  # قتل جندي في عدن … وقتل جندي آخر في تعز: two acts
    if _compatible(x.source, y.source) and _compatible(x.target, y.target):
        return True
    symmetric = x.cameo[:2] == "04" and x.cameo not in ("042", "043")
    return symmetric and _compatible(x.source, y.target) and _compatible(x.target, y.source)


_ISO_DATE = regex.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def _dates_apart(a: str | None, b: str | None) -> bool:
    """Two dates of events' own words are of two acts: two days, or a day and a period it is not
    in (2015-07-25 … 2015-07; 2015-07-25 … 2015-06 are apart). Values that are not calendar
    dates (a week, a duration) are compared whole."""
    if a is None or b is None or a == b:
        return False
    if _ISO_DATE.fullmatch(a) and _ISO_DATE.fullmatch(b):
        return not (a.startswith(b) or b.startswith(a))
    return True


# Words from a verb after the trigger to a date it takes as its own (وأقيمت صلاة الجنازة أمس);
# a verb farther off is of a clause inside the report's (وقتلت الحركة التي تريد فرض … أول من أمس)
DATE_VERB_REACH = 4


def _own_dates(events: list[tuple[Event, str]], doc: Document | None,
               verbs: dict[int, list[int]] | None = None,
               back: frozenset[int] | set[int] = frozenset()) -> dict[int, str]:
    """id(event) → the calendar date its own words give: its date when read from an expression,
    else a date expression after its trigger in its sentence with no other event's trigger,
    no verb of the date's few words before it (`verbs`: sentence → the starts of its verb
    forms; DATE_VERB_REACH) and no clause mark between
    (وقتلت حركة الشباب … عضوا بالبرلمان … في هجومين أول من أمس: the dating leaves a far one
    to the article's date; not وغداة الهجوم، أقيمت صلاة الجنازة أمس: the funeral's day). An
    event in `back` (`_refers_back`: غداة الهجوم) has none. Read only to
    keep two acts apart, never to date one."""
    own: dict[int, str] = {}
    verbs = verbs or {}
    starts: dict[int, list[int]] = {}
    for ev, _ in events:
        at = (ev.evidence or {}).get("start")
        if at is not None:
            starts.setdefault(ev.sentence, []).append(at)
    dates: dict[int, list[DateExpr]] = {}  # sentence → its calendar dates, in order (read once)
    for d in doc.dates if doc is not None else ():
        if _ISO_DATE.fullmatch(d.value or ""):
            dates.setdefault(d.sentence, []).append(d)
    for ev, _ in events:
        if id(ev) in back:
            continue
        if ev.date_source == "expression" and ev.date:
            own[id(ev)] = ev.date
            continue
        end = (ev.evidence or {}).get("end")
        if doc is None or end is None:
            continue
        nxt = min((s for s in starts.get(ev.sentence, ()) if s >= end), default=None)
        d = next((d for d in dates.get(ev.sentence, ()) if d.start >= end and
                  (nxt is None or d.start < nxt)), None)
        if d is not None and not any(c in doc.text[end:d.start] for c in _CLAUSE_MARKS) and \
                not any(end <= v < d.start and
                        len(_WORD_RE.findall(doc.text, v, d.start)) <= DATE_VERB_REACH
                        for v in verbs.get(ev.sentence, ())):
            own[id(ev)] = d.value
    return own


def _refers_back(text: str, ev: Event, words) -> bool:
    """`ev` is named by a definite noun after a word of reference (`words.reference_leads`:
    غداة الهجوم، عقب التفجير، تزامناً مع الغارات): the act told before, whatever date its
    sentence gives (the date is of what happened the day after)."""
    at = (ev.evidence or {}).get("start")
    first = fold(ev.trigger).split()[:1]
    if at is None or not first or not strip_conj(first[0]).startswith("ال") or \
            not words.reference_leads:
        return False
    before = [fold(w) for w in _WORD_RE.findall(text, max(0, at - 30), at)][-2:]
    return bool(before) and (before[-1] in words.reference_leads or
                             " ".join(before) in words.reference_leads)


def _day_dates(doc: Document | None) -> tuple[list[int], list[str]]:
    """The ends and values of the document's dates of a day, read once for `_told_day` (the
    dates stage gives them in the order of the text, with no overlaps: their ends are sorted)."""
    days = [d for d in doc.dates if d.granularity == "day" and
            _ISO_DATE.fullmatch(d.value or "")] if doc is not None else []
    return [d.end for d in days], [d.value for d in days]


def _told_day(ev: Event, days: tuple[list[int], list[str]]) -> str | None:
    """The day the text last named before an event's trigger (أعلنت … ظهر أمس … قتلوا عندما
    اقتحم: the news of that day), the day of an undated report, from `_day_dates`. Read only
    for the report told first, against a later one's own date (`_own_dates`): a later undated
    report is a repeat."""
    at = (ev.evidence or {}).get("start")
    i = bisect.bisect_right(days[0], at) if at is not None else 0
    return days[1][i - 1] if i else None


# The sources of a place that are fallbacks (the article's dateline, a party's visit), not the
# event's own words
_WEAK_PLACES = ("dateline", "party_visit")


def _own_place(loc: Location | None) -> Location | None:
    """The place an event's own words give (`Location.source` not a fallback), or None."""
    return loc if loc is not None and loc.source not in _WEAK_PLACES else None


def _places_agree(a: Location | None, b: Location | None) -> bool:
    """Two events' places may be the one where a single act happened: either has no place of
    its own (none, or the dateline's), or both name the same place, or one is a country and the
    other is in it (في اليمن … في عدن), or the text puts one in the other, a division (في محافظة
    أبين … في مدينة زنجبار بمحافظة أبين: `Location.admin1`). Places of two countries, or two
    towns or regions of one (في عدن … في تعز), are two acts. (Whether a town lies in a region
    the text does not say so of is not known: بمحافظة أبين … في زنجبار are two.)"""
    a, b = _own_place(a), _own_place(b)
    if a is None or b is None or a.name == b.name or _within(a, b) or _within(b, a):
        return True
    if a.country and b.country and a.country != b.country:
        return False
    return a.type == "country" or b.type == "country"


def _within(town: Location, division: Location) -> bool:
    """The text puts the place `town` in `division` (زنجبار بمحافظة أبين … في محافظة أبين)."""
    return town.admin1 is not None and town.admin1 == division.name


def _same_mention(a: ActorRef | None, b: ActorRef | None) -> bool:
    """Both sides are the one mention of the text (the same start and words)."""
    return a is not None and b is not None and a.start is not None and \
        (a.start, a.text) == (b.start, b.text)


def _specificity(r: ActorRef | None) -> int:
    if r is None:
        return 0
    return len(r.actor_code or "") + (2 if r.type == "PERSON" else 0)


# Roots whose different words are different acts (a welcome and a praise on the same day are two
# statements); for meetings, material acts, protests and violence any words may report the same one.
_STATEMENT_ROOTS = frozenset(("01", "02", "03", "05", "09", "10", "11", "12", "13"))


def _merge(events: list[tuple[Event, str]], referring: frozenset[int] | set[int] = frozenset(),
           doc: Document | None = None, words=None,
           carried: frozenset[int] | set[int] = frozenset(),
           verbs: dict[int, list[int]] | None = None) -> list[Event]:
    """One event per happening: later reports of the same event become its mentions. An event
    whose id is in `referring` (a foiled noun naming an act told before: أحبط الجيش الهجوم)
    becomes a mention of the last act of violence told as done before it, whatever actors each
    names (the referring noun's are found far from the act, if at all). With the document and
    the placing word lists (`placing.PlacingWords`), a report the text tells as another act
    stays apart (`_told_apart`). An event whose id is in `carried` took its target from the
    act told right before it (قتل المسلحون ثلاثة جنود وجرحوا عشرة آخرين: the others wounded
    are of the soldiers): another act on other people, never folded into an event with that
    same target mention nor into one of another code (a killing told again); a later report
    of the same act (its code) may still take it. `verbs`: sentence → the starts of its verb forms
    (`_own_dates`)."""
    out: list[Event] = []
    kinds: list[str] = []
    back = {id(ev) for ev, _ in events if doc is not None and words is not None and
            _refers_back(doc.text, ev, words)}
    own = _own_dates(events, doc, verbs, back)
    days = _day_dates(doc) if own else ([], [])  # (read only against an own date)
    for ev, pid in events:
        told = _last_told_violence(out, ev) if id(ev) in referring else \
            _assault_named_again(out, ev) or _then_named_again(out, ev, doc, words)
        if told is not None:
            _add_mention(told, ev)
            continue
        for kept, kid in zip(out, kinds):
            if ev.cameo[:2] in _STATEMENT_ROOTS and pid != kid:
                continue
            if id(ev) in carried and (_same_mention(ev.target, kept.target) or
                                      kept.cameo != ev.cameo):
                continue  # (the act its target was carried from, or another act on them)
            if id(ev) in own and ev.sentence != kept.sentence and _dates_apart(
                    own.get(id(kept)) or _told_day(kept, days), own[id(ev)]):
                continue  # (قتلت الحركة … أول من أمس, a report of another day's act)
            if _same_event(kept, ev, id(ev) not in back) and not (
                    doc is not None and words is not None and _told_apart(doc, words, kept, ev)):
                _add_mention(kept, ev)
                if _specificity(ev.source) > _specificity(kept.source) and \
                        _compatible(ev.source, kept.source):
                    kept.source = ev.source
                if _specificity(ev.target) > _specificity(kept.target) and \
                        _compatible(ev.target, kept.target):
                    kept.target = ev.target
                if kept.location is None or _own_place(kept.location) is None and \
                        _own_place(ev.location) is not None or \
                        _own_place(ev.location) is not None and \
                        _own_place(kept.location) is not None and \
                        _within(ev.location, kept.location):
                    kept.location = ev.location  # (a place of its own before the dateline; the
                    # town the text puts in the division the kept event was placed in)
                if ev.date_source == "expression" and kept.date_source != "expression" and \
                        id(ev) not in back:
                    kept.date, kept.date_source = ev.date, ev.date_source
                if id(kept) not in own and id(ev) in own:
                    own[id(kept)] = own[id(ev)]
                break
        else:
            out.append(ev)
            kinds.append(pid)
    return out


# Words around a later report's trigger where a mark of another act is looked for (في هجوم آخر
# يوم الاثنين، قتل …: before; فجر انتحاري آخر: after)
APART_BEFORE, APART_AFTER = 6, 3
_WORD_RE = regex.compile(r"[^\s،,.:؛؟!«»()\[\]\"]+")
_SENTENCE_ENDS = ".؟!\n"


def _told_apart(doc: Document, words, kept: Event, ev: Event) -> bool:
    """The text tells `ev`, coded like `kept` and told after it, as another act, not a second
    report of it: a mark of another (`words.apart_marks`: في هجوم آخر، انتحاري آخر، في حادث
    منفصل; not after a word with و, an adjective of another's verb: وأصيب آخر) in the few
    words around its trigger, a word of sequence or addition (`words.apart_openers`: ثم فجر،
    كما هاجم، وقتل مسلحون أيضاً) right before it or among the words after, or a count of
    its target other than the count of `kept`'s (قتل مسلحون ثلاثة جنود … وقتل مسلحون خمسة
    جنود). A report that names the act again with a definite noun and no such mark (وأسفر
    الهجوم عن، قتل المسلحون الجنود) is still the same act."""
    at, end = (ev.evidence or {}).get("start"), (ev.evidence or {}).get("end")
    if at is None or end is None:
        return False
    text = doc.text
    lo = max(text.rfind(c, 0, at) for c in _SENTENCE_ENDS) + 1
    # (a report in the sentence of a mention of `kept`: only the words after that mention)
    lo = max([lo, *(m.end for m in kept.mentions if m.end <= at)])
    hi = min((i for i in (text.find(c, end) for c in _SENTENCE_ENDS) if i >= 0),
             default=len(text))
    before = [fold(w) for w in _WORD_RE.findall(text, lo, at)][-APART_BEFORE:]
    after = [fold(w) for w in _WORD_RE.findall(text, end, hi)][:APART_AFTER]
    near = before + [fold(w) for w in _WORD_RE.findall(text, at, end)][-1:] + after
    if any(w in words.apart_marks and k > 0 and not near[k - 1].startswith("و") and
           (k > len(before) or not w.endswith(("ين", "ون")))
           for k, w in enumerate(near)):
        return True  # (a plural, «others», before the trigger is another act's toll: قتلوا
        # وجرح نحو 50 آخرين في هجوم انتحاري, the bombing of the toll, not another one)
    again = _definite_last_word(ev.trigger) or _target_named_again(kept, after)
    if before and before[-1] in words.apart_openers and \
            not (before[-1] == _THEN and again) or \
            any(w in words.apart_openers for w in after):
        return True  # (not ثم before a definite attack noun that names the act again: ثم شن
        # المسلحون الهجوم, as `_further_act` reads a ثم heading the clause; nor ثم before an
        # act whose definite target names the earlier one's again: ثم قتل المسلحون الجنديين)
    if _not_yet(text, kept, words) != _not_yet(text, ev, words):
        return True  # (تناقشها موسكو حاليا … لم يستبعد أن يبحث الرئيسان: one talk held, one
        # that may be)
    if _further_act(text, lo, at, words) and not again:
        return True  # (ثم قام مسلحون بتفجير، كما أفادت مصادر بأن مسلحين قتلوا; not كما
        # أسفر الهجوم عن: the attack named again)
    a, b = _target_count(doc, kept.target), _target_count(doc, ev.target)
    return a is not None and b is not None and a != b


_THEN, _ALSO, _AS_THEN = fold("ثم"), fold("كما"), fold("فإن")
_CLAUSE_MARKS = "،,؛:"


def _further_act(text: str, lo: int, at: int, words) -> bool:
    """The clause of a report told after another act: ثم heading the clause the trigger at
    `at` stands in, with no comma between (ثم قام مسلحون بتفجير، ثم أقدم مسلحون على قتل), or كما
    heading its sentence (كما أفادت مصادر أمنية بأن مسلحين قتلوا: also, a further report; not
    «كما … فإن», as the source said). The text read starts at `lo` (the sentence's start, or
    the earlier mention's end in the same sentence). Both words are `apart_openers`, which
    `_told_apart` reads right before the trigger only."""
    found = [(m.start(), fold(m.group())) for m in _WORD_RE.finditer(text, lo, at)]
    for k, (start, w) in enumerate(found):
        if w == _THEN and w in words.apart_openers and \
                not any(c in text[start:at] for c in _CLAUSE_MARKS):
            return True
        if w == _ALSO and k == 0 and w in words.apart_openers and \
                not text[lo:start].strip(" \n\t\"«»()-–—ـ") and \
                all(v != _AS_THEN for _, v in found[1:]):
            return True
    return False


_PRESENT_PREFIXES = ("ي", "ت", "ن")


def _not_yet(text: str, ev: Event, words) -> bool:
    """`ev` is told by a verb of the present right after a particle that makes it an act not
    done yet (`words.not_yet_particles`: أن يبحث، كي تناقش; أنْ, not أنّ, which a noun follows):
    a possible, wished or planned act, never the same as one told as done or going on. Not a
    verbal noun of the pattern تفعيل (أن تفجير السيارة: أنّ before a noun)."""
    at = (ev.evidence or {}).get("start")
    if at is None or not words.not_yet_particles:
        return False
    first = fold(ev.trigger.split()[0]) if ev.trigger.split() else ""
    if not first.startswith(_PRESENT_PREFIXES) or \
            first[:1] == "ت" and len(first) >= 5 and first[3] == "ي":
        return False
    before = text[max(0, at - 12):at]
    prev = before.split()
    return bool(prev) and before[-1:].isspace() and fold(prev[-1]) in words.not_yet_particles


def _target_count(doc: Document, r: ActorRef | None) -> float | None:
    """The count the text gives of an event's target: an amount over its words (ثلاثة جنود، 3
    جنود) or ending right before them (خمسة من الجنود)."""
    if r is None or r.start is None:
        return None
    for a in doc.amounts:
        if a.start <= r.start < a.end or r.start <= a.start < r.end or \
                0 <= r.start - a.end <= 4 and fold(doc.text[a.end:r.start]).strip() == "من":
            return a.value
    return None


def _add_mention(kept: Event, ev: Event) -> None:
    """The mentions of `ev` added to those of `kept`, the event it reports again."""
    have = {(m.sentence, m.start) for m in kept.mentions}
    kept.mentions += [m for m in ev.mentions if (m.sentence, m.start) not in have]
    # (who told each mention: all the reporters of the event told again)
    kept.reporters = joined_reporters(kept.reported_by, *kept.reporters, ev.reported_by,
                                      *ev.reporters)


def _last_told_violence(out: list[Event], ev: Event) -> Event | None:
    """The last event of `out` that is an act of violence told as done: the act a foiled noun
    referring back (`ev`) names (see `_merge`), when it is one of the same kind (شن مسلحون
    هجوماً … أحبط الجيش الهجوم; not دمرت 12 آلية … إفشال الهجوم), or a bombing named as an
    attack (`_attack_named_again`: فجر انتحاري سيارة مفخخة … أحبط الجيش الهجوم), of no other
    date, with no other actor where both name one."""
    if ev.modality not in FACTUAL:
        return None
    # (past the foilers' own act against the attackers: قصفت الطائرات مواقع المسلحين …
    # وأحبط الجيش الهجوم, the attack foiled is not the air strike)
    kept = next((x for x in reversed(out) if x.plover in VIOLENCE and x.modality in FACTUAL
                 and not _against_armed_group(x)), None)
    if kept is None or kept.cameo[:2] != ev.cameo[:2] and not _attack_named_again(kept, ev):
        return None
    return kept if _may_name_again(kept, ev) else None


def _may_name_again(kept: Event, ev: Event) -> bool:
    """`ev` may name `kept` again: no other date or place of its own, and no other actor on
    either side where both name one."""
    if kept.date_source == ev.date_source == "expression" and _dates_apart(kept.date, ev.date):
        return False
    if not _places_agree(kept.location, ev.location):
        return False
    return all(_unnamed(a) or _unnamed(b) or _compatible(a, b)
               for a, b in ((kept.source, ev.source), (kept.target, ev.target)))


BOMBING, FIGHT_ROOT = "183", "19"
# The assaults a later «الهجوم» may name again (`_assault_named_again`): an abduction, a bombing,
# an attempt on a life and an assassination; not a killing or wounding (182x, a toll: قتل شرطيان
# في الهجوم, the attack is the happening and the killing its toll)
NAMED_AGAIN_KINDS = ("181", "183", "185", "186")


def _against_armed_group(x: Event) -> bool:
    """An act of violence whose target is an armed group outside the state (`GROUP_ROLES`:
    قصفت الطائرات مواقع المسلحين، قصفت المدفعية مواقع الحوثيين): told before a foiled attack,
    the foilers' act against the attackers, not the attack foiled."""
    return x.target is not None and (x.target.actor_code or "")[-3:] in GROUP_ROLES


def _assault_named_again(out: list[Event], ev: Event) -> Event | None:
    """The assault of another kind (`NAMED_AGAIN_KINDS`: an abduction, an assassination) that
    `ev`, a fight named by a definite noun (الهجوم، ونفذ الهجوم) told as done, names again: the
    last act of violence told as done, in the sentence before or the same, when it is such an
    assault (of the same root the merge of `_same_event` joins them), of no other date, with no
    other actor where both name one (اغتال مسلحون ضابطاً … وأسفر الهجوم عن إصابة حارسه: one
    assassination). A foiled attack is not so joined (`_last_told_violence`: اغتال مسلحون
    ضابطاً … وأحبط الجيش الهجوم, an attack of its own), nor an indefinite one (وشن مسلحون
    هجوماً: another attack)."""
    if not ev.cameo.startswith(FIGHT_ROOT) or ev.modality not in FACTUAL or \
            not _definite_last_word(ev.trigger):
        return None
    kept = next((x for x in reversed(out) if x.plover in VIOLENCE and x.modality in FACTUAL),
                None)
    if kept is None or not kept.cameo.startswith(NAMED_AGAIN_KINDS) or \
            ev.sentence - max((m.sentence for m in kept.mentions), default=kept.sentence) > 1:
        return None
    return kept if _may_name_again(kept, ev) else None


def _definite_last_word(trigger: str) -> bool:
    """The trigger ends in a definite attack noun of one act (grammar.json `attack_nouns`: الهجوم،
    ونفذ الهجوم، العملية; not هجوماً, nor أطلق مسلحون النار, nor the dual or plural الهجومين،
    الغارات: more acts than the one told)."""
    words = fold(trigger).split()
    last = strip_conj(words[-1]) if words else ""
    return last.startswith("ال") and last in grammar_words().attack_nouns and \
        not last.endswith(("ين", "ات"))


def _then_named_again(out: list[Event], ev: Event, doc: Document | None, words) -> Event | None:
    """The act `ev` tells again after ثم, right before its trigger, by a definite noun naming
    its target again (`_target_named_again`: قتل مسلحون جنديين … ثم قتل المسلحون الجنديين
    بالرصاص): the last event of `out` of its root told as done, in its sentence or the one
    before, with no other date, place or actor (`_may_name_again`: the target the report's
    own words may not give, the definite noun being no actor's mention)."""
    at, end = (ev.evidence or {}).get("start"), (ev.evidence or {}).get("end")
    if doc is None or words is None or at is None or end is None or \
            ev.modality not in FACTUAL or _THEN not in words.apart_openers:
        return None
    text = doc.text
    before = _WORD_RE.findall(text, max(0, at - 12), at)
    if not before or fold(before[-1]) != _THEN:
        return None
    kept = next((x for x in reversed(out) if x.cameo[:2] == ev.cameo[:2]), None)
    if kept is None or kept.modality not in FACTUAL or \
            ev.sentence - max((m.sentence for m in kept.mentions), default=kept.sentence) > 1:
        return None
    hi = min((i for i in (text.find(c, end) for c in _SENTENCE_ENDS) if i >= 0),
             default=len(text))
    after = [fold(w) for w in _WORD_RE.findall(text, end, hi)][:APART_AFTER]
    return kept if _target_named_again(kept, after) and _may_name_again(kept, ev) else None


def _target_named_again(kept: Event, after: list[str]) -> bool:
    """A definite noun among the few words after a report's trigger (`after`, folded) names
    `kept`'s target again: its first word with the article (جنديين … ثم قتل المسلحون
    الجنديين، دورية … ثم هاجم المسلحون الدورية); not an indefinite one (ثم قتلوا جنديين: two
    more), nor another noun."""
    if kept.target is None or not kept.target.text:
        return False
    first = strip_conj(fold(kept.target.text).split()[0])
    return not first.startswith("ال") and \
        any(strip_conj(w) == "ال" + first for w in after[:TARGET_AGAIN_REACH])


TARGET_AGAIN_REACH = 3  # words after the trigger where its target names the earlier one again


def _attack_named_again(kept: Event, ev: Event) -> bool:
    """`ev`, a fight (CAMEO 19: الهجوم), names again `kept`, a bombing (183: a suicide, car or
    roadside bomb), which news calls an attack (الهجوم الانتحاري). Not another assault (اغتال
    مسلحون ضابطاً … أحبط الجيش الهجوم على الحاجز: an attack of its own), nor the other way
    (an act of force told before a foiled bombing is the foilers' own)."""
    return kept.cameo.startswith(BOMBING) and ev.cameo[:2] == FIGHT_ROOT


def _unnamed(r: ActorRef | None) -> bool:
    """No actor: none, or the empty reference of an event whose source is not known."""
    return r is None or not (r.actor_code or r.canonical)
