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

State left in `doc.state` for later stages: `"dates.no_plain_dates"`
(`marsad.dates.extract.STATE_NO_PLAIN_DATES`): (published, lexicon set) when the search found no
date with no dateline country and no Saudi reading, the search the amounts stage would run on a
document without dates (it reads this instead; twenty-seventh session).
"""

from __future__ import annotations

import datetime as dt

import regex

from marsad.dates.extract import (_SENTENCE_END_RE, LATE_DAYS, STATE_NO_PLAIN_DATES,
                                  a_year_back, after_last, find_dates, patterns)
from marsad.dates.lexicon import date_words, gregorian_months, place_countries, weekdays
from marsad.document import DateExpr, Document
from marsad.events.conjugate import past_forms, present_forms
from marsad.lexicon.categories import current_lexicon_dirs, reading_lexicon
from marsad.lexicon.grammar import grammar_words
from marsad.lexicon.outlets import outlet_index
from marsad.text.future import future_verb_at
from marsad.text.normalize import fold, strip_conj

# the first words of a text before a dash, a dateline on the body's first line (الرياض - أعلنت)
_LEAD_DATELINE_RE = regex.compile(r"\s*((?:[\p{L}ـ]+\s+){0,3}[\p{L}ـ]+\s*[-–—]\s*"
                                  r"(?:[\p{L}]+\s*[-–—:])?)")
_DASHES_RE = regex.compile(r"[-–—/]")
PAST_REACH = 6  # words before a date where the verb it belongs to is sought, within its clause
_CLAUSE_END_RE = regex.compile(r"[.!?؟؛\n،,:«»\"]")
_YEARLESS_RE = regex.compile(r"(\d{4})(-\d\d(?:-\d\d)?)")
_PAST_SUFFIXES = ("ت", "وا", "نا", "تم", "تا")  # (folded: the endings of a past verb's persons)
# (the object pronouns a past verb may carry, قصفها، اغتاله، اعتقلتهم: grammar.json
# `object_pronouns`, longest first)


def _past_with_pronoun(word: str, past: frozenset[str]) -> str | None:
    """The past form of the events dictionaries that `word` (folded) is with an object pronoun
    after it (قصفها → قصف، اعتقلته → اعتقلت، اغتالوه → اغتالوا، التقاه → التقا), or None. With
    the present forms for `past`, the present form it is (تلاحقه → تلاحق، يطاردونهم → يطاردون)."""
    for p in grammar_words().object_pronouns:
        if word.endswith(p) and len(word) - len(p) >= 3:
            stem = word[:-len(p)]
            stem = stem + "ا" if stem.endswith("و") else stem  # (قتلوه: قتلوا)
            return stem if stem in past else None
    return None


def _may_be_noun_in_ta(stem: str) -> bool:
    """A past form in ت (she did) that a noun in ة with a pronoun is also spelt as (اقامتها: its
    holding, أقامتها: she held it; ضربتهم، قاتلته): one of four or five letters not beginning
    with ت, the shapes of the first, second, third and fourth forms, whose nouns in ة are
    common. A longer one (اعتقلت، انسحبت، استهدفت، تفاوضت) or one in ت (تابعت، تسلمت: the fifth
    and sixth forms) has no such noun: a verb (eighteenth session). Nor has a fourth form of a
    sound root, أفعلت with no ا inside (اطلقت، اعلنت، اصدرت: إطلاق، إعلان; its noun in ة is of
    a hollow root, إقامة، إعادة; nineteenth session)."""
    if not stem.endswith("ت") or len(stem) > 5 or stem[0] == "ت":
        return False
    return len(stem) == 4 or stem[0] != "ا" or stem[2] == "ا"


def _verb_by_its_subject(w: str, bare: str, after: str) -> bool:
    """A word that may be a noun in ة with a pronoun (`_may_be_noun_in_ta`: ضربتهم، قتلتهم)
    after و / ف, followed by a definite word (`after`: its subject, or the date, وضربتهم الشرطة
    الأحد، وقتلتهم الأحد): a past verb opening a clause, "and (they) struck them"; a noun with a
    pronoun is followed by a preposition or a verb (وإقامته في المدينة; nineteenth session)."""
    return w != bare and after.startswith("ال")


def verb_tenses(lexicon) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(past forms, present forms, nouns) of the events dictionaries: the forms of every verb
    (their entries' and phrases' verbs, and the speech verbs), folded, a form that is both past
    and present in neither; and their verbal nouns and nouns, some spelt as a past form (رفع،
    قتل، عقد)."""
    past: set[str] = set()
    present: set[str] = set()
    nouns: set[str] = set()

    def add(v: dict) -> None:
        nouns.update(fold(m) for m in v.get("masdar", ()))
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
            nouns.update(fold(n).split()[0] for n in entry.get("nouns", ()) if n.strip())
            for v in entry.get("verbs", ()):
                add(v)
            for ph in entry.get("phrases", ()):
                for v in ph.get("verbs", ()):
                    add(v)
    both = past & present
    return frozenset(past - both), frozenset(present - both), frozenset(nouns)


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
        home, saudi = self._home(doc), self._saudi(doc)
        found = find_dates(doc.norm.text, doc.published, home, saudi)
        if found or home is not None or saudi:
            doc.state.pop(STATE_NO_PLAIN_DATES, None)
        else:
            doc.state[STATE_NO_PLAIN_DATES] = (doc.published, current_lexicon_dirs())
        for f in found:
            start, end = doc.norm.to_original(f.start, f.end)
            value = f.value
            if f.relative and f.granularity in ("day", "month") and doc.published is not None:
                value = self._told_as_past_here(doc, f.start, start, end, value)
            if f.anchor == "to_come" and self._past_verb_before(doc.norm.text, f.start,
                                                                marked=True):
                # (a weekday a future marker made the coming one, a past verb's: the last one)
                value = (dt.date.fromisoformat(value) - dt.timedelta(days=7)).isoformat()
            if f.anchor == "yearly" and f.fallback is not None and \
                    self._past_verb_before(doc.norm.text, f.start, marked=True):
                value = f.fallback[0]  # (a yearly day still to come, a past verb's: the last one)
            granularity, relative = f.granularity, f.relative
            if f.anchor == "far" and self._tells_a_happening(doc.norm.text, f.fallback[2],
                                                             f.start):
                # (a count from «ذلك» sentences after its date, with a happening between that
                # «ذلك» may name: the length it was)
                value, granularity, relative = f.fallback[0], f.fallback[1], True
            out.append(DateExpr(start=start, end=end, text=doc.text[start:end], value=value,
                                granularity=granularity, relative=relative,
                                calendar=f.calendar, sentence=doc.sentence_at(start)))
        doc.dates = out

    def _home(self, doc: Document) -> str | None:
        """The country (ISO3, folded) of the article's dateline, its first place name (الرياض -
        واس: sau), for a national day named with no country (eighteenth session); read only
        when a text holds «الوطني»."""
        if "الوطني" not in doc.norm.text:
            return None
        for b in doc.blocks:
            if b.kind == "dateline":
                return self._place_country(fold(doc.text[b.start:b.end]).replace("ـ", " "),
                                           strip="،,:-–()")
        return None

    def _saudi(self, doc: Document) -> bool:
        """Is the article Saudi: its dateline's first place is Saudi (الرياض - واس; a dateline
        block, else the text's first words before a dash: الرياض - أعلنت), a piece of its
        dateline is a Saudi outlet (واس، عكاظ) or `doc.meta` names a Saudi outlet (lexicon
        outlets.json)? Where it is, a day of the month may be counted in the Hijri month
        (`find_dates`, twenty-first session). Read only when a text holds such a day's words."""
        text = doc.norm.text
        if "الجاري" not in text and "الحالي" not in text and "الشهر" not in text:
            return False
        outlets = outlet_index(self.resources)
        if outlets.country_of(doc.meta, doc.published) == "SAU":
            return True
        line = next((fold(doc.text[b.start:b.end]) for b in doc.blocks
                     if b.kind == "dateline"), None)
        if line is None:
            lead = _LEAD_DATELINE_RE.match(text)
            line = lead.group(1) if lead else ""
        pieces = [p.strip(" :،,()«»\"") for p in _DASHES_RE.split(line.replace("ـ", " "))]
        if not pieces or not pieces[0]:
            return False
        if self._place_country(pieces[0]) == "sau":
            return True
        return any(p and outlets.country_of({"source": p}, doc.published) == "SAU"
                   for p in pieces)

    @staticmethod
    def _place_country(words_text: str, strip: str = "") -> str | None:
        """The country (ISO3, folded) of the longest place name `words_text` begins with (each
        candidate's ends cut of the characters `strip`)."""
        codes, most = place_countries()
        words = words_text.split()
        for n in range(min(most, len(words)), 0, -1):
            code = codes.get(" ".join(words[:n]).strip(strip))
            if code is not None:
                return code
        return None

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
                or self._not_a_time_of_the_act(doc.norm.text, pos) \
                or not self._past_verb_before(doc.norm.text, pos):
            return value
        moved = f"{int(m.group(1)) - 1:04d}{m.group(2)}"
        try:
            dt.date.fromisoformat(moved if len(moved) == 10 else moved + "-01")
        except ValueError:
            return value  # (29 February of a year before one that is not leap)
        return moved

    def _tells_a_happening(self, text: str, a: int, b: int) -> bool:
        """The sentences from the end of their first (after `a`, in the folded text) to `b` hold
        a past form of the events dictionaries, bare, with و / ف or with an object pronoun
        (انسحب الجيش، وقتل، وقصفها), or a word of `past_particles` (ثم، قد، عندما: a verb
        follows, ثم سافر): another happening, which a count from «ذلك» after them may be
        measured from (seventeenth session). A past form that is also a noun counts too."""
        past, _present, _nouns = self.resources.get("dates.verb_tenses",
                                                    lambda r: verb_tenses(r.lexicon))
        particles = self.words.past_particles
        first_end = _SENTENCE_END_RE.search(text, a, b)
        for w in text[first_end.start() if first_end else a:b].split():
            w = w.strip("،,«»\"().:؛!?؟")
            bare = strip_conj(w)
            if w in past or bare in past or bare in particles or \
                    _past_with_pronoun(bare, past) is not None:
                return True
        return False

    def _not_a_time_of_the_act(self, text: str, pos: int) -> bool:
        """The date at `pos` (folded text) is no time told with a preposition (في، خلال، مطلع:
        dates.json `month_context`, right before it; not «يلعب مع هجر 21 أغسطس», a fixture
        after a name spelt as a past verb), a part of a day (`day_parts`: يوم 20 أبريل، مساء 20
        أبريل) or a weekday (الأحد 20 أبريل, the date's first word; sixteenth session), or a
        start, a bound or a deadline, or the time of
        something else than the act: one of the two words before it is a word of `span_bounds`,
        `until_words` or `not_at_words` (بدءاً من 15 أغسطس، حتى 17 أغسطس، بين), a proclitic ل
        is attached to it (لشهر أغسطس: the August contract), or a word of `moved_date_words`
        is in its sentence before it (تأجيل المحاكمة لجلسة 12 أكتوبر: the time put off to)."""
        if pos >= 1 and text[pos - 1] == "ل" and (pos == 1 or not text[pos - 2].isalpha()):
            return True
        lex = self.words
        sentence, _ = after_last(text[max(0, pos - 120):pos])
        words = [strip_conj(w) for w in sentence.split()]
        bounds = lex.span_bounds | lex.until_words | lex.not_at_words
        told_at = words and (words[-1] in lex.month_context or words[-1] in lex.day_parts
                             or text[pos:pos + 10].split(maxsplit=1)[0] in weekdays())
        return not told_at or \
            any(w in bounds for w in words[-2:]) or any(w in lex.moved_date_words for w in words)

    def _past_verb_before(self, text: str, pos: int, marked: bool = False) -> bool:
        """The nearest verb of the PAST_REACH words before `pos`, within its clause, is a
        past form of the events dictionaries (built on first use: a pipeline with no date of
        this kind never reads them). The words of time before a date (قبل، في، منذ: dates.json
        `month_context`) are skipped, قبل being also the past of "accept"; a past form that is
        also a noun of the dictionaries (رفع، قتل) is the verb only first in its clause or after
        قد (قتل مسلحون جندياً، وكان الجيش قد اعتقل), else the noun (قد يتيح رفع الأسعار في
        سبتمبر); after one of those words of time (a preposition) it is a name or a noun and
        is skipped (يلعب مع هجر يوم 20 أبريل: the club; sixteenth session). A present form, a
        word in ي (a present verb: يتيح، يأملون), a future verb, a clause opener (الذي، أنه،
        أن) or a verbal noun of the dictionaries (اقترح عقد مؤتمر في سبتمبر: the date is the
        meeting's) found first keeps the date as it is; so does a past form right after a
        future or present verb, its verbal noun (ستعيد فتح أبوابها الاثنين). With `marked` (a
        weekday a future marker made the coming one) the past form must be marked as a verb:
        first in its clause, after و / ف or قد, or with a suffix of the past (أعلنت، قتلوا;
        not «خطاباً عبر الإنترنت الثلاثاء», a preposition spelt as a past verb)."""
        past, present, nouns = self.resources.get("dates.verb_tenses",
                                                  lambda r: verb_tenses(r.lexicon))
        before, ended = after_last(text[max(0, pos - 120):pos], _CLAUSE_END_RE)
        if ended or pos <= 120:
            clause = before.split()
        else:
            clause = ["…"] + before.split()[1:]  # (its first word may be cut)
        lex = self.words
        months = gregorian_months()
        words = clause[-PAST_REACH:]
        for k in range(len(words) - 1, -1, -1):
            w = words[k]
            bare = strip_conj(w)
            if bare in lex.month_context or w in lex.month_context:
                continue
            if w in lex.clause_openers or bare in lex.clause_openers or \
                    bare in lex.that_words or future_verb_at(words, k) or \
                    w in present or bare in present or len(bare) >= 4 and bare[0] == "ي" \
                    and bare not in lex.not_present_words and bare not in months:
                return False
            # (with an object pronoun: وقصفها الطيران الأحد; a verb, unless its stem is also a
            # noun of the dictionaries, قتله "his killing", or may be a noun in ة, اقامتها "its
            # holding", which then needs what a past form that is a noun needs; seventeenth
            # session. A present form with one, وتلاحقه، is a present verb: eighteenth session)
            stem = None if w in past or bare in past else _past_with_pronoun(bare, past)
            if stem is None and _past_with_pronoun(bare, present) is not None:
                return False
            if (w in past or bare in past or stem) and k > 0 and \
                    strip_conj(words[k - 1]) in lex.month_context:
                continue  # (after a preposition a name or a noun: يلعب مع هجر يوم 20 أبريل)
            if w in past or bare in past or stem is not None:
                first = k == 0 and len(clause) == len(words)
                if k > 0 and (future_verb_at(words, k - 1) or words[k - 1] in present or
                              strip_conj(words[k - 1]) in present):
                    return False  # (ستعيد فتح أبوابها: the future verb's noun)
                if stem is not None:
                    # (a stem in ت may be a noun in ة with a pronoun: اقامتها "its holding",
                    # unless و and its subject make it a verb: وضربتهم الشرطة)
                    if stem not in nouns and (not _may_be_noun_in_ta(stem) or _verb_by_its_subject(
                            w, bare, words[k + 1] if k + 1 < len(words) else text[pos:pos + 15])):
                        return True
                    bare = stem
                    nouns = nouns | {stem}
                after_particle = k > 0 and strip_conj(words[k - 1]) in lex.past_particles
                if marked and not (first or after_particle or w != bare or
                                   bare.endswith(_PAST_SUFFIXES)):
                    return False
                return bare not in nouns or first or after_particle
            if bare in nouns:
                return False  # (a verbal noun's date: اقترح عقد مؤتمر في سبتمبر)
        return False
