"""The date of an event: its own date expression, a year told before, the eve or
the morrow of another day, a period, else the article's default date.

Part of the events stage (`marsad.stages.events`).
"""

from __future__ import annotations

import bisect
import datetime as dt

import regex

from marsad.dates.extract import (LATE_DAYS, a_year_back, is_dated, names_this_days_date,
                                  since_start)
from marsad.dates.lexicon import date_words
from marsad.document import Document, Event
from marsad.events import roles
from marsad.events.clauses import (CLAUSE_ENDS, DAY_ANCHORS, FACTUAL, IN_WORDS, PRESENT_ANCHORS,
                                   TOLL_CODES,
                                   WHEN, _ARABIC_DIGITS, _is_nominal, _present_form, _relative,
                                   span_units)
from marsad.events.modality import contrast_at
from marsad.events.patterns import Trigger
from marsad.events.register import Register, VIOLENCE
from marsad.events.roles import SentenceView
from marsad.lexicon.categories import category_files, current_lexicon_dirs, per_lexicon
from marsad.lexicon.grammar import grammar_words
from marsad.text.normalize import fold, strip_conj


HISTORICAL_DAYS = 45

DATE_REACH = 6  # words between a trigger and its own date expression


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


# the words after a number that make it a year of the Hijri calendar (1180هـ، سنة 1200 للهجرة)
HIJRI_MARKS = frozenset(fold(w) for w in ("هـ", "ه", "هجري", "هجرية", "للهجرة"))


def _hijri_year(view: SentenceView, k: int) -> bool:
    """The number at `k` is a year of the Hijri calendar: a Hijri mark right after it."""
    return k + 1 < len(view.words) and view.words[k + 1] in HIJRI_MARKS


def _year_value(view: SentenceView, k: int) -> int:
    """The Gregorian year of the year token at `k` (a Hijri year converted: 1180هـ is 1766)."""
    year = int(view.tokens[k].text.translate(_ARABIC_DIGITS))
    return int(year * 0.970229 + 621.5643) if _hijri_year(view, k) else year


RECENT_AFTER_REACH = 8  # words after a background event where the recent time dating it may stand


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


LONG_PAST_YEARS = 10  # a year this many years before the publication is long past


def _long_past_sentence(view: SentenceView, years: frozenset[int], reg: Register, trig: Trigger,
                        published, names: frozenset[str] = frozenset()) -> bool:
    """The sentence names, before the trigger, a year long past (LONG_PAST_YEARS before its
    publication), and no later year nor a recent time (أمس، a day's name; not «اليوم», which
    with a year long past mostly sets now against then: واليوم وبعد مضي عشر سنوات): it tells
    history, and its violent events with no date of their own belong to it. Not an act still
    going on (`_still_going`: ولا يزالون يتظاهرون)."""
    if published is None or reg.evidence_outside(-1, -1, DAY_ANCHORS) or \
            _still_going(view.words, trig):
        return False
    dating = [k for k in years if not _span_start_year(view.words, k) and
              not _year_of_name(view.words, k, names)]
    if not any(k < trig.first for k in dating):
        return False
    values = [_year_value(view, k) for k in dating]
    return max(values) <= published.year - LONG_PAST_YEARS


# "still" (لا يزال، ما زالت، لم يزل، مازال): the auxiliary of continuation, after its negation or
# fused with ما; what it governs goes on now, whatever year the sentence names. The words are the
# `still` cues of the events dictionaries (the modality reads the same list: the negation of
# "still" is no negation of what follows).
STILL_REACH = 4  # words from the auxiliary to the present verb it governs (its subject between)
STILL_NOUN_REACH = 3  # to a verbal noun: its subject (لا يزال القصف) or a verb's (يتعرضون للتعذيب)
SPAN_REACH = 5  # words from a present verb to the منذ of its span (يعتقل المعارضين منذ 36 عاماً)
SINCE = fold("منذ")
ONGOING_UNITS = frozenset("YMWD")  # the units of a span going on (dates.json `duration_units`)


@per_lexicon
def still_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(negations, auxiliaries, fused words) of the `still` cues of the events dictionaries in
    use, folded: لا يزال gives the negation لا and the auxiliary يزال, any negation going with any
    auxiliary (ما تزال); مازال is one fused word. Read (and schema-checked) once per lexicon set."""
    seqs = [fold(w).split() for f in category_files(current_lexicon_dirs(), "events")
            for w in f.header.get("cues", {}).get("still", ())]
    return (frozenset(s[0] for s in seqs if len(s) == 2),
            frozenset(s[1] for s in seqs if len(s) == 2),
            frozenset(s[0] for s in seqs if len(s) == 1))


@per_lexicon
def toll_verbs() -> frozenset[str]:
    """The verbs that tell a toll (events.json `toll_verbs`: قتلوا، استشهدوا، أصيبتا), folded: the
    register's `casualties` are read on a word's stem, which these plural and dual forms do not
    reduce to. Read once per lexicon set."""
    return frozenset(fold(w) for f in category_files(current_lexicon_dirs(), "events")
                     for w in f.header.get("contexts", {}).get("toll_verbs", ()))


def toll_verb_before(words: list[str], end: int) -> bool:
    """A verb of a toll (`toll_verbs`, also with و / ف) stands before position `end`."""
    tolls = toll_verbs()
    return any(_one_of(words[k], tolls) for k in range(end))


def _one_of(w: str, words: frozenset[str]) -> bool:
    """`w` is one of `words`, or one of them after و / ف (ولا، فما، ومازال)."""
    return w in words or (w[:1] in "وف" and w[1:] in words)


def _still_before(words: list[str], first: int, reach: int) -> bool:
    """The auxiliary "still", with its negation (or fused), stands at most `reach` words before
    `first` in its clause."""
    negations, aux, fused = still_words()
    for k in range(first - 1, max(-1, first - 1 - reach), -1):
        w = words[k]
        if w in roles.HARD_STOPS or contrast_at(words, k):
            return False
        if _one_of(w, fused) or (w in aux and k > 0 and _one_of(words[k - 1], negations)):
            return True
    return False


def _ongoing_span_after(words: list[str], last: int) -> bool:
    """منذ + a unit of days to decades (dates.json `duration_units`), right after it or after one
    word of count, at most SPAN_REACH words after `last` in its clause: a span (منذ 36 عاماً،
    منذ ثلاثة عقود، منذ سنوات) or its start (منذ عام 1958) that a present verb goes on from."""
    units = date_words().duration_units
    for k in range(last + 1, min(len(words), last + 1 + SPAN_REACH)):
        w = words[k]
        if w in roles.HARD_STOPS or w in roles.COMMAS:
            return False
        if strip_conj(w) != SINCE:
            continue
        for j in (k + 1, k + 2):
            unit = units.get(words[j]) if j < len(words) else None
            if unit is not None and unit[0] in ONGOING_UNITS:
                return True
        return False
    return False


def _still_going(words: list[str], trig: Trigger) -> bool:
    """An act going on now: a present verb governed by "still" (ولا تزال القوات التركية تقصف،
    لا يزالون يتظاهرون), the auxiliary at most STILL_REACH words before it in its clause, or
    followed by منذ and a span (يعتقل النظام المعارضين منذ 36 عاماً); a verbal noun "still"
    governs (لا يزالون يتعرضون للتعذيب), or a past form right after it, read as one (ولا يزال
    قمع المعارضين متواصلاً). A long-past year of
    the sentence (تأسس عام 1978، أقيم عام 1948، وصل إلى الحكم عام 1979) neither dates it nor
    makes it history."""
    if _is_nominal(trig):
        return _still_before(words, trig.first, STILL_NOUN_REACH)
    if trig.kind not in ("verb", "phrase") or trig.form.tense != "present":
        # a past form right after the auxiliary is its subject, a verbal noun (ولا يزال قمع)
        return trig.form.tense == "past" and _still_before(words, trig.first, 1)
    return _still_before(words, trig.first, STILL_REACH) or _ongoing_span_after(words, trig.last)


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


_NAME_BEFORE_RE = regex.compile(r"((?:\p{L}+\s+){0,3})(\p{L}+)\s*$")


def _names_a_past_event(text: str, d) -> bool:
    """The date expression `d`, written with its year (not relative), right after a noun that
    names a past event by its date (dates.json `past_event_names`, `naming_nouns`: حرب أكتوبر
    1973، هجمات سبتمبر 2001, clitics allowed: لحرب), with a word of remembrance among the three
    words before that noun (`memorial_words`: في الذكرى السنوية لحرب أكتوبر 1973، احتفالات
    ثورة يوليو 1952): the date is the named event's, kept in the dates layer, and no time of
    the sentence's event, which is the remembrance's. Without such a word it is (آخر معارك حرب
    أكتوبر 1973: the war's battles; أعلنت مسؤوليتها عن تفجيرات عام 1983: about when they were;
    sixteenth session)."""
    if d.relative or d.granularity not in ("month", "year", "day"):
        return False
    m = _NAME_BEFORE_RE.search(text, max(0, d.start - 60), d.start)
    if m is None:
        return False
    lex = date_words()
    word = fold(m.group(2))
    names = lex.past_event_names | lex.naming_nouns
    if word not in names and _PROCLITIC_RE.sub("", word) not in names:
        return False
    return any(w in lex.memorial_words or _ARTICLE_RE.sub("", _PROCLITIC_RE.sub("", w))
               in lex.memorial_words for w in fold(m.group(1)).split())


_ARTICLE_RE = regex.compile(r"^ال(?=\p{L}{3})")
_PROCLITIC_RE = regex.compile(r"^[وف]?[لب]?(?=\p{L}{3})")


def _span_start_year(words: list[str], k: int) -> bool:
    """The year at `k` starts a span or is a birth year (منذ 1984، منذ عام 1984، مواليد 1982)."""
    j = k - 1
    if j >= 0 and words[j] in YEAR_WORDS:
        j -= 1
    return j >= 0 and words[j] in NOT_EVENT_YEAR


def _undated_news(events: list[Event], trig: Trigger, published) -> list[Event]:
    """The events a register (a trial, statistics, an anniversary) may make background: not a
    past verb dated by its own expression to the days of the news (قتلت القوات أول من أمس أربعة
    من المتهمين بالهجوم: the killing is news, the suspects only name its victims)."""
    if trig.kind != "verb" or trig.form.tense != "past" or published is None:
        return events
    return [ev for ev in events if not (ev.date_source == "expression" and ev.date and
                                        not _is_old(ev.date, published))]


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


def _as_history(events: list[Event]) -> None:
    """The events told as news become history (no longer a report of anyone's)."""
    for ev in events:
        if ev.modality in FACTUAL:
            ev.modality = "historical"
            ev.reported_by = None


def _period_start(value: str) -> dt.date | None:
    """The first day of a date value: a century or a decade (TIMEX 19, 198), a year, a month, a
    week (2015-W33: its Monday) or a day;
    of an interval (2015-01/2015-05: قبل بضعة أشهر), the first day of its first period."""
    if "/" in value:
        value = value.split("/", 1)[0]
    try:
        if len(value) in (2, 3) and value.isdigit():  # a century (19) or a decade (198)
            return dt.date(int(value) * 10 ** (4 - len(value)), 1, 1)
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
        if len(value) in (2, 3) and value.isdigit():
            # a century (19: 1900–1999) or a decade (198: في الثمانينيات, 1980–1989)
            return dt.date((int(value) + 1) * 10 ** (4 - len(value)) - 1, 12, 31)
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


def _event_date(doc, view, trig, default, year_names: frozenset[str] = frozenset(),
                in_chronology: bool = False):
    """The date of the event: the nearest date expression of its clause (not the year of a
    name among `year_names`: حدود عام 1967), else one that governs it from afar, else
    `default` (the document's date). An act still going on (`_still_going`) keeps `default`.
    `in_chronology`: the sentence holds the items of a chronology (`chronology_start`), whose
    lines take the dates that open them (`chronology_line_date`)."""
    if _still_going(view.words, trig):
        return default
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
        if _names_a_past_event(doc.text, d):
            continue  # في ذكرى حرب أكتوبر 1973: the named war's time, not the event's
        if d.start >= last and heads_a_line_after(doc, view, d, trig.last):
            continue  # … البلدية\n- 3 مايو 2014: هاجم: the next item's date
        dist = len(words) + (0 if d.start >= last else 1)
        if best is None or dist < best[0]:
            best = (dist, d)
    named = _after_eve_of(doc, view, trig)
    if named is not None:
        return named, "expression"  # (the day of the act after غداة / عشية, shifted)
    if best and best[1].start >= last:
        return _told_as_past(doc, trig, best[1]), "expression"  # (its own date, after it)
    eve = _eve_date(doc, view, trig, default[0])
    if eve is not None:
        return eve, "expression"
    if best:
        return _told_as_past(doc, trig, best[1]), "expression"
    since = _since_date(doc, view, trig)
    if since is not None:
        return since, "expression"
    fronted = _fronted_date(doc, view, first)
    if fronted is not None:
        return fronted.value, "expression"
    year = _chronology_year(view, doc.published)
    if year is not None:
        day = _this_days_date(doc)  # (في مثل هذا اليوم الموافق 20 يوليو: 1944 - …, 1944-07-20)
        return (year if day is None else _in_year(year, day)), "expression"
    line = chronology_line_date(doc, view, trig.first) if in_chronology else None
    if line is not None:
        return _told_as_past(doc, trig, line), "expression"
    return default


def _this_days_date(doc) -> str | None:
    """The month and day («MM-DD») that a column of this day in history names (في مثل هذا اليوم
    الموافق للعشرين من يوليو): the day of each year its lines open with, or None."""
    for d in doc.dates:
        if d.granularity == "day" and len(d.value) == 10 and \
                names_this_days_date(fold(doc.text[max(0, d.start - 60):d.start])):
            return d.value[5:]
    return None


def _in_year(year: str, day: str) -> str:
    """The day «MM-DD» of `year`, or the year alone where it has no such day (29 February)."""
    try:
        return dt.date(int(year), int(day[:2]), int(day[3:])).isoformat()
    except ValueError:
        return year


def _told_as_past(doc, trig, d) -> str:
    """The value of the date `d` of a past verb: a day and month (or a month) with no year that
    the publication's rule put more than LATE_DAYS after the publication (قتل مسلحون جندياً
    في 20 أبريل, published on 5 March 2015) is last year's, 20 April 2014: what is told as done
    was not to come (`a_year_back`: not after a future marker, بحلول or تسليم). The date
    expression itself is moved with it: the dates layer, which knows no tenses, gave it the
    publication's year, and what it shows (`marsad code`, the exports) must say what the event's
    date says (one rule, applied here; fourteenth session)."""
    if trig.kind != "verb" or trig.form.tense != "past" or not d.relative or \
            d.granularity not in ("day", "month") or doc.published is None:
        return d.value
    start = _period_start(d.value)
    if start is None or (start - doc.published).days <= LATE_DAYS or \
            not a_year_back(doc.text, d.start, d.end):
        return d.value
    value = f"{int(d.value[:4]) - 1:04d}{d.value[4:]}"
    if _period_start(value) is None:
        return d.value
    d.value = value  # (a second event dated by it finds it within the year: left as it is)
    return value


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
# tokens from an event's trigger to a غداة / عشية after it (past its subject, object, place)
EVE_AFTER_REACH = 6


def _eve_at(view, positions) -> tuple[int, int] | None:
    """The first غداة / عشية at `positions` (in the order given) and its shift in days, with
    no stop, comma or verb before it in that order; else None."""
    w = view.words
    for k in positions:
        if w[k] in roles.HARD_STOPS or w[k] in roles.COMMAS or k in view.verbs:
            return None
        shift = EVE_SHIFTS.get(strip_conj(w[k]))
        if shift is not None:
            return k, shift
    return None


def _eve_date(doc, view, trig, clause_day: str | None = None) -> str | None:
    """غداة هجوم استهدف مركزاً، عشية زيارة الرئيس: the event named right after غداة ("the day
    after") took place the day before the date of the clause the phrase belongs to, the one
    named after عشية ("the eve") the day after it. That date is the last day named before
    غداة / عشية in the sentence (أمس، الثلاثاء), else `clause_day` (the article's day, which
    the clause then has: وصل الرئيس غداة هجوم … with no day of its own); with another verb or
    a stop between, None. A verb joined by و (غداة الانتخابات وأعلن) is the main clause's own."""
    w = view.words
    eve = _eve_at(view, range(trig.first - 1, max(-1, trig.first - 1 - EVE_REACH), -1))
    if eve is None:
        return None
    k, shift = eve
    if trig.kind == "verb" and strip_conj(w[trig.first]) != w[trig.first]:
        return None
    a, at = view.tokens[0].start, view.tokens[k].start
    told = [d.value for d in doc.dates if a <= d.start and d.end <= at and
            d.granularity == "day" and len(d.value) == 10 and is_dated(d.value, d.granularity)]
    day = told[-1] if told else clause_day
    if not day or len(day) != 10:
        return None
    return (dt.date.fromisoformat(day) + dt.timedelta(days=shift)).isoformat()


def _after_eve_of(doc, view, trig) -> str | None:
    """The day of an event told before a غداة / عشية (at most EVE_AFTER_REACH words on, no verb,
    stop or date between) whose phrase names a day (قتل ثلاثة جنود غداة الهجوم الذي استهدف المعسكر
    يوم الجمعة: the attack's Friday): the day after it (غداة) or the day before it (عشية); None
    when there is no such word or its phrase names no single day before the sentence's end."""
    eve = _eve_at(view, range(trig.last + 1,
                              min(len(view.words), trig.last + 1 + EVE_AFTER_REACH)))
    if eve is None:
        return None
    k, shift = eve
    lo, b = view.tokens[trig.last].end, view.tokens[-1].end
    at = view.tokens[k].start
    if any(lo <= d.start < at for d in doc.dates):
        return None  # (قتل أمس ثلاثة جنود غداة: the event's own day)
    stop = next((t.start for t in view.tokens if t.start > at and t.text in roles.HARD_STOPS), b)
    day = next((d for d in doc.dates if at < d.start < stop), None)
    if day is None or len(day.value) != 10 or not is_dated(day.value, day.granularity):
        return None
    try:
        named = dt.date.fromisoformat(day.value)
    except ValueError:
        return None
    return (named - dt.timedelta(days=shift)).isoformat()


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


DURING_REACH = DATE_REACH + 3  # words from the opener of a clause of time to the date ending it


@per_lexicon
def _clause_of_time_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(the openers of a clause of time (قتل أثناء محاولته التسلل، قتل جنديان عندما فجر مقاتلون
    لغماً: grammar.json `simultaneous_preps` and `during_openers`), the words of an earlier event
    or a cause inside such a clause (what it dates is that event), the units of time after an
    opener (خلال يومي الاثنين أو الثلاثاء: the span units, `background_spans` and
    `clause_time_units`)), built once per lexicon set."""
    gw = grammar_words()
    during = gw.simultaneous_preps | gw.during_openers
    earlier = (gw.background_preps - during) | gw.cause_preps
    return during, earlier, span_units() | gw.background_spans | gw.clause_time_units


def _ends_clause_of_time(view, lo: int, hi: int) -> bool:
    """A date after the trigger (between offsets lo and hi) ends a clause of the time it happened
    that opens within DATE_REACH words of the trigger (تعرضت المدمرة لهجوم أثناء توقفها للتزود
    بالوقود في ميناء عدن في أكتوبر 2000، قتل جنديان وجرح آخران، عندما فجّر مقاتلون لغماً اليوم):
    the time of the clause is the event's, further than DATE_REACH and past a comma and a verb.
    Not when the opener heads a span (خلال يومي الاثنين أو الثلاثاء: a date of its own), nor
    across a comma or a word of an earlier event or a cause (عند حدوث اشتباك، على غرار ما حدث
    بالأمس؛ خلال اشتباكات اندلعت بعد هجوم يوم الجمعة)."""
    during, earlier, time_units = _clause_of_time_words()
    idx = [k for k, t in enumerate(view.tokens) if lo <= t.start < hi]
    words = [k for k in idx if view.tokens[k].kind in ("word", "number")]
    opener = next((k for k in words[:DATE_REACH] if strip_conj(view.words[k]) in during),
                  None)
    if opener is None or opener + 1 >= len(view.words):
        return False
    head = view.words[opener + 1]
    if head in time_units or (head.startswith("ال") and head[2:] in time_units):
        return False
    if _date_of_another_clause(view, lo, view.tokens[opener].start):
        return False  # الذين يحاربون في سوريا، قد يعتقل لدى عودته اليوم: the opener is another's
    rest = [k for k in idx if k > opener]
    if any(view.words[k] in roles.COMMAS or strip_conj(view.words[k]) in earlier
           for k in rest):
        return False
    return len([k for k in words if k >= opener]) <= DURING_REACH


# Words that open a clause told beside another, of its own time (انسحب الجيش قبل شهرين، فيما قتل
# مسلحون؛ في حين)
WHILE_WORDS = frozenset(fold(w) for w in ("فيما", "وفيما", "بينما", "وبينما"))

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


def _fronted_date(doc, view, first: int):
    """A date put at the head of the sentence (ففي عام 2006 قتل …، ثم يوم 12 مارس 1993 لقي …)
    dates every event of the sentence that has no date of its own, up to a full stop."""
    for d in doc.dates:
        if not (view.tokens[0].start <= d.start < first) or not is_dated(d.value, d.granularity):
            continue
        lead = [t for t in view.tokens if t.start < d.start]
        fronting = grammar_words().fronting_words
        if all(t.kind == "word" and fold(t.text) in fronting for t in lead) and \
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


def _line_heads(doc, view: SentenceView, before: int) -> list[int]:
    """The token positions before `before` where a line of a chronology may begin: the
    sentence's first token, the token right after a colon and a token that begins a new line of
    the text (the lines of a list the sentence splitter left in one sentence), in order."""
    toks = view.tokens
    return [0] + [k for k in range(1, min(before, len(toks))) if _after_line_break(doc, toks, k)]


def _after_line_break(doc, toks, k: int) -> bool:
    """Token `k` (> 0) comes right after a colon or begins a new line of the text."""
    return toks[k - 1].text == ":" or "\n" in doc.text[toks[k - 1].end:toks[k].start]


def _opens_line(doc, view: SentenceView, d, head: int) -> bool:
    """The date `d` (of a day or a month) begins the line at token `head`, past its bullets,
    and a dash or a colon follows it (- 12 مارس 2013: …)."""
    toks = view.tokens
    k = head
    while k < len(toks) and toks[k].text in CHRONOLOGY_BULLETS:
        k += 1
    if k >= len(toks) or toks[k].start != d.start or d.granularity not in ("day", "month") or \
            not is_dated(d.value, d.granularity):
        return False
    after = next((t for t in toks[k:] if t.start >= d.end), None)
    return after is not None and after.text in CHRONOLOGY_DASHES


def chronology_line_date(doc, view: SentenceView, before: int):
    """The date that opens the line of a chronology the word at `before` stands in: a date
    expression of a day or a month at the head of the line (the sentence's start, right after a
    colon or a new line of the text; a bullet may come first) with a dash or a colon right after
    it (12 مارس 2013: قتل …، - 3 مايو: خطف …، أبرز الهجمات: 12 مارس 2013: قتل …), or None: a
    line that no date opens (- خطف مسلحون …) is an item of its own and takes no date of the line
    before it. What the line tells happened then (twenty-fifth session; a year alone is
    `_chronology_year`'s)."""
    toks = view.tokens
    if not toks or before <= 0 or not any(t.text in CHRONOLOGY_DASHES for t in toks[:before]):
        return None  # (no colon or dash before it: most sentences)
    end = toks[min(before, len(toks) - 1)].start
    dates = [d for d in doc.dates if toks[0].start <= d.start < end]
    found = None
    for head in _line_heads(doc, view, before):
        opened = next((d for d in dates if _opens_line(doc, view, d, head)), None)
        if opened is not None:
            found = opened
        elif not (found is not None and toks[head - 1].text == ":" and
                  toks[head - 1].start >= found.end and
                  not any(found.end <= t.start < toks[head - 1].start and
                          t.kind in ("word", "number") for t in toks)):
            found = None  # (a new line with no date; but 12 مارس 2013: قتل: the same line)
    return found


def heads_a_line_after(doc, view: SentenceView, d, last: int) -> bool:
    """The date `d`, after the trigger ending at token `last`, opens a line of its own
    (`_opens_line`: - 3 مايو 2014: هاجم …): the next item's date, not the trigger's."""
    toks = view.tokens
    k = next((j for j in range(last + 1, len(toks)) if toks[j].end > d.start), None)
    if k is None:
        return False
    while k > last + 1 and toks[k - 1].text in CHRONOLOGY_BULLETS:
        k -= 1
    return _after_line_break(doc, toks, k) and _opens_line(doc, view, d, k)


SAME_DAY_REACH = 2  # words from مثل to the اليوم of «في مثل هذا اليوم»


def today_positions(doc, view: SentenceView) -> frozenset[int]:
    """The positions of the words of grammar.json `today_words` (اليوم، واليوم) inside a date the
    dates stage read as the publication's own day (اليوم، صباح اليوم، هذا اليوم; it reads no day
    in في اليوم التالي، اليوم نفسه، حتى اليوم): a recent time, as أمس is, for the rules that read
    one (`Register.evidence`, the chronologies, `_recent_time_after`). Not after a word of
    `same_day_words` (في مثل هذا اليوم: this day of another year). Twenty-fifth session."""
    gw = grammar_words()
    today = gw.today_words
    ks = [k for k, w in enumerate(view.words) if w in today]
    if not ks or doc.published is None:
        return frozenset()  # (most sentences: no اليوم)
    day = doc.published.isoformat()
    spans = [(d.start, d.end) for d in doc.dates
             if d.granularity == "day" and d.value == day and
             view.tokens[0].start <= d.start < view.tokens[-1].end]
    return frozenset(k for k in ks
                     if any(a <= view.tokens[k].start < b for a, b in spans) and
                     not any(view.words[j] in gw.same_day_words
                             for j in range(max(0, k - 1 - SAME_DAY_REACH), k)) and
                     not _nowadays(view, k))


def _nowadays(view: SentenceView, k: int) -> bool:
    """«اليوم» at `k` is «nowadays», the time of a state, no day of an act: right after a word
    of grammar.json `present_state_words` (هي اليوم، باتت تعرف اليوم) or `until_words` (حتى
    هذا اليوم, up to now), or a present verb, itself or with its subject between (يعيش العراق
    اليوم: a word of ي; التي تعاني اليوم: one of ت after a relative pronoun), that is no verb of the events or speech dictionaries (`view.verbs`:
    يتظاهر الآلاف اليوم، يزور الرئيس اليوم tell what is done today)."""
    w = view.words
    gw = grammar_words()
    for j in (k - 1, k - 2):
        if j >= 0 and (w[j] in gw.present_state_words or
                       strip_conj(w[j]) in gw.present_state_words or
                       w[j] in gw.until_words):
            return True  # (باتت تعرف اليوم، حتى هذا اليوم)
    for j in (k - 1, k - 2):
        if j < 0 or not view.is_word(j) or j in view.verbs:
            return False  # (يتظاهر الآلاف اليوم: an act of the dictionaries, done today)
        bare = strip_conj(w[j])
        if bare[:1] == "ي" and len(bare) > 3 or \
                bare[:1] in "تن" and _present_form("ت" + bare[1:]) and \
                not bare.endswith("ه") and (j == k - 1 or j > 0 and _relative(w[j - 1])):
            return True  # (يعيش العراق اليوم، تعرف اليوم، لما نراه اليوم، التي تعاني اليوم)
    return False
