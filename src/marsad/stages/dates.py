"""Stage 'dates': date expressions resolved against the publication date.

Matching runs on the folded text (`doc.norm.text`) with the patterns of `marsad.dates.extract`;
each span is mapped back to the original with `doc.norm.to_original`. Relative expressions
(أمس، الأسبوع الماضي، يوم الخميس المقبل) need `doc.published`; without it they are left out, while
absolute dates (تشرين الثاني/نوفمبر 2015، 15 شعبان 1436هـ، 12/3/2017) are always reported.

A day and month (or a month) with no year that the publication's rule put more than a week
after the publication is last year's when the nearest verb before it in its clause is a past
verb of the events dictionaries (قتل مسلحون جندياً في 20 أبريل, published on 5 March 2015:
2014-04-20): the rule the events stage applies to its past triggers (`_told_as_past`), here
with no events stage too (`_told_as_past_here`; fifteenth session).
"""

from __future__ import annotations

import datetime as dt

import regex

from marsad.dates.extract import LATE_DAYS, a_year_back, find_dates, patterns
from marsad.dates.lexicon import date_words
from marsad.document import DateExpr, Document
from marsad.events.conjugate import past_forms, present_forms
from marsad.lexicon.categories import reading_lexicon
from marsad.text.future import looks_future_verb
from marsad.text.normalize import strip_conj

PAST_REACH = 6  # words before a date where the verb it belongs to is sought, within its clause
_CLAUSE_END_RE = regex.compile(r"[.!?؟؛\n،,:«»\"]")
_THAT = frozenset({"ان"})  # أن، إن (folded): a clause of its own begins (أعلن أن القمة تنطلق في)
_YEARLESS_RE = regex.compile(r"(\d{4})(-\d\d(?:-\d\d)?)")


def verb_tenses(lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """(past forms, present forms) of every verb of the events dictionaries (their entries'
    and phrases' verbs, and the speech verbs), folded; a form that is both is in neither."""
    past: set[str] = set()
    present: set[str] = set()

    def add(v: dict) -> None:
        past.update(f.text for f in past_forms(v["past"]))
        if v.get("present"):
            # (not the first person singular: ألتقي، أعلن are spelt as the past التقى، أعلن)
            present.update(f.text for f in present_forms(v["present"])
                           if not f.person.startswith("1s"))

    for lf in lexicon.files:
        if lf.kind != "events":
            continue
        for v in lf.header.get("speech_verbs", ()):
            add(v)
        for entry in lf.entries:
            for v in entry.get("verbs", ()):
                add(v)
            for ph in entry.get("phrases", ()):
                for v in ph.get("verbs", ()):
                    add(v)
    both = past & present
    return frozenset(past - both), frozenset(present - both)


class DateStage:
    name = "dates"
    requires = ("tokens",)
    assigns = ("dates",)

    def __init__(self, resources, **config):
        self.resources = resources
        # (the words of the dates dictionaries first: the patterns are built from them)
        with reading_lexicon(resources.lexicon_dirs):
            self.words = resources.get("dates.words", lambda r: date_words())
            self.patterns = resources.get("dates.patterns", lambda r: patterns())

    def __call__(self, doc: Document) -> None:
        # (the dictionaries of this pipeline's lexicon set: a user's dates.json adds words)
        with reading_lexicon(self.resources.lexicon_dirs):
            self._code(doc)

    def _code(self, doc: Document) -> None:
        out: list[DateExpr] = []
        for f in find_dates(doc.norm.text, doc.published):
            start, end = doc.norm.to_original(f.start, f.end)
            value = f.value
            if f.relative and f.granularity in ("day", "month") and doc.published is not None:
                value = self._told_as_past_here(doc, f.start, start, end, value)
            out.append(DateExpr(start=start, end=end, text=doc.text[start:end], value=value,
                                granularity=f.granularity, relative=f.relative,
                                calendar=f.calendar, sentence=doc.sentence_at(start)))
        doc.dates = out

    def _told_as_past_here(self, doc: Document, pos: int, start: int, end: int,
                           value: str) -> str:
        """`value` a year back when it is a day and month (or a month) more than LATE_DAYS
        after the publication, written with no year nor direction and after no future marker
        (`a_year_back`), and the nearest verb of the events dictionaries before it (`pos`, in
        the folded text) within PAST_REACH words of its clause is a past one: what is told as
        done was not to come. A present verb, a future verb or a clause opener (الذي، أنه)
        found first keeps the value (تعقد القمة في 20 أبريل: to come)."""
        m = _YEARLESS_RE.fullmatch(value)
        if m is None:
            return value
        try:
            first = dt.date.fromisoformat(value if len(value) == 10 else value + "-01")
        except ValueError:
            return value
        if (first - doc.published).days <= LATE_DAYS or not a_year_back(doc.text, start, end) \
                or not self._past_verb_before(doc.norm.text, pos):
            return value
        moved = f"{int(m.group(1)) - 1:04d}{m.group(2)}"
        try:
            dt.date.fromisoformat(moved if len(moved) == 10 else moved + "-01")
        except ValueError:
            return value  # (29 February of a year before one that is not leap)
        return moved

    def _past_verb_before(self, text: str, pos: int) -> bool:
        """The nearest verb form of the events dictionaries in the PAST_REACH words before
        `pos`, within its clause, is a past one (built on first use: a pipeline with no date
        of this kind never reads the events dictionaries)."""
        past, present = self.resources.get("dates.verb_tenses",
                                           lambda r: verb_tenses(r.lexicon))
        before = text[max(0, pos - 120):pos]
        stop = None
        for stop in _CLAUSE_END_RE.finditer(before):
            pass
        if stop is not None:
            before = before[stop.end():]
        openers = self.words.clause_openers | _THAT
        for w in reversed(before.split()[-PAST_REACH:]):
            bare = strip_conj(w)
            if w in openers or bare in openers or looks_future_verb(w):
                return False
            if w in present or bare in present:
                return False
            if w in past or bare in past:
                return True
        return False
