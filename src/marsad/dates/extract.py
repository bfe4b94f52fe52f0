"""Find date expressions in the folded text and resolve them against the publication date.

Each pattern kind has a regex over the matching form (`doc.norm.text`) and a resolver that turns
a match into (value, granularity, relative, calendar). All matches are collected, overlaps are
settled in favour of the longest (then the earliest-listed kind), and `غداة`/`عشية` before a
day-level date shifts it by one day.
"""

from __future__ import annotations

import bisect
import datetime as dt
from calendar import monthrange
from dataclasses import dataclass

import regex

from marsad.dates.lexicon import (alternation, country_words, date_words, gregorian_months,
                                  hijri_months, national_country_words, national_day_countries,
                                  ordinal_days, place_names, weekdays)
from marsad.dates.numbers import parse_number_words, word_alternation
from marsad.lexicon.categories import per_lexicon
from marsad.text.future import future_verb_at, named_in_text
from marsad.text.normalize import fold, strip_conj

# Start of a word, allowing proclitics (و ف, then ب ل ك) that stay outside the span.
# (Three fixed-length lookbehinds: faster than one variable-length one.)
B = (r"(?:(?<![\p{L}\p{N}])|(?<=(?<![\p{L}\p{N}])[وفبلك])"
     r"|(?<=(?<![\p{L}\p{N}])[وف][بلك]))")
E = r"(?![\p{L}\p{N}])"   # end of a word

# The word lists of the rules (directions, units, context words) are the categories of the
# dictionary lexicon/data/dates.json, read once by `date_words()`; the shapes of the expressions
# are the regexes below.
HIJRI_MARK = r"ه(?:جريه|جري)?(?![\p{L}])"  # هـ / هجري / هجرية after a year (folded)
HSEP = r"\s*[/.\-–\\]\s*"  # between the day, month and year of a numeric Hijri date
# (the words after a vague plural that keep it vague, منذ سنوات طويلة: dates.json `many_words`)
# Vague counts: بضعة is three to nine, and Arabic plurals of paucity (أيام، أشهر، سنوات، أسابيع)
# with عدة or on their own name three to ten; an expression with one of them is an interval.
VAGUE_COUNT = (3, 10)
# (what may follow منذ فترة / منذ زمن and stay vague, طويلة، ليست بالقصيرة، لا بأس بها: dates.json
# `vague_lengths` and `vague_length_phrases`, in the shape of `_vague_lengths`)
# (the year named before, 20 فبراير من العام نفسه، في ذلك العام، نفس السنة, and the year after
# it, العام التالي: dates.json `told_year_nouns`, `same_year_after`, `same_year_before` and
# `next_year_words`, in the shapes of `_same_year` and `_next_year`)
# (the directions of a count of units from the publication, الساعات الـ48 الماضية, not from the
# story, التالية: dates.json `back_or_ahead`)
# Values of a time known only by its side of the publication (TimeML); granularity "vague"
VAGUE_VALUES = frozenset({"PAST_REF", "PRESENT_REF", "FUTURE_REF"})
# (the days of a feast of several, أول أيام عيد الفطر its first day, ثاني أيام its second:
# dates.json `feast_days`, in order)


# The end of a sentence, and of a phrase (a sentence's end or a comma): the one place these
# stops are defined (`after_last` and the rules that look within a sentence or a phrase)
_STOPS = r".!?؟؛\n"
_SENTENCE_END_RE = regex.compile(f"[{_STOPS}]")
_PHRASE_END_RE = regex.compile(f"[{_STOPS}،,]")


@dataclass(slots=True)
class Found:
    start: int  # in the folded text
    end: int
    value: str
    granularity: str
    relative: bool
    calendar: str = "gregorian"
    kind: str = ""
    rank: int = 0
    # "bare": a range of days of one month with no year written (من 5 إلى 21 أغسطس), which takes
    # the year of a tournament's name before it (`_named_year_before`) but no story's;
    # "to_come": a weekday with no direction that a future marker before it made the coming one
    # (`_weekday`; `stages.dates` takes it back to the last one after a past verb);
    # "same" / "next": the year is the one the text named last (العام نفسه، العام التالي), filled
    # in by `_with_years_told_before`; "story": a month without a year that takes the year of the
    # story told in its paragraph (`_with_story_years`); "sameday": اليوم نفسه, the day told
    # before (`_with_days_told_before`); "moved": a story's time moved on by a count (وبعد
    # سنتين), which goes on with the months it tells (`_with_story_years`)
    anchor: str = ""
    # "far": a count from «ذلك» measured from a date two or three sentences back
    # (`_told_before_that`), with the length it stays (its value and granularity) and the end
    # of that date: `stages.dates` keeps the length when the sentences between tell a happening;
    # "yearly": a day of every year (عيد الفطر) read as the occurrence nearest the publication,
    # with the last one not after it (`stages.dates` takes it after a past verb)
    fallback: tuple[str, str, int] | None = None


def _vague_lengths(lex) -> str:
    """What may follow منذ فترة / منذ زمن and stay vague: an adjective of `vague_lengths`, after
    ليس ب / ليست بال / غير and before جدا (ليست بالقصيرة، طويلة جداً), or a phrase of
    `vague_length_phrases` (لا بأس بها)."""
    return (rf"(?:(?:ليس|ليست)\s+ب(?:ال)?|غير\s+)?(?:{alternation(lex.vague_lengths)})(?:\s+جدا)?"
            rf"|{alternation(lex.vague_length_phrases)}")


def _same_year(lex) -> str:
    """The year named before: a noun of a year and a word of sameness after it or before it
    (العام نفسه، تلك السنة)."""
    nouns = alternation(lex.told_year_nouns)
    return (rf"(?:(?:{nouns})\s+(?:{alternation(lex.same_year_after)})"
            rf"|(?:{alternation(lex.same_year_before)})\s+(?:{nouns}))")


def _next_year(lex) -> str:
    """The year after the one named before (العام التالي، السنة اللاحقة)."""
    return rf"(?:{alternation(lex.told_year_nouns)})\s+(?:{alternation(lex.next_year_words)})"


@per_lexicon
def patterns() -> list[tuple[str, regex.Pattern]]:
    """(kind, compiled regex) in priority order; compiled once per process."""
    lex = date_words()
    months = alternation(gregorian_months())
    hijri = alternation(hijri_months())
    wdays = alternation(weekdays())
    # (the dual directions only after a weekday or a month: the second of a pair)
    dirs = alternation(w for w in lex.directions if w not in lex.pair_directions)
    pair_dirs = alternation(lex.directions)
    num = word_alternation()
    units = alternation(lex.duration_units)
    period_parts = "(?:" + "|".join(lex.period_parts) + ")"
    # (صباح الخميس، منتصف ليل أمس: a part of the day before a weekday or a relative day)
    day_parts = alternation(lex.day_parts)
    same_year = _same_year(lex)
    # a count in words: أربعة، أربعة عشر (a unit and ten, no و), خمسة وعشرين، مائة وعشرين
    count = (rf"(?:احدي?\s+عشره?(?![\p{{L}}])|(?:{num})(?:\s+عشره?(?![\p{{L}}]))?)"
             rf"(?:\s+و\s*(?:{num}))*")
    # the same with the article (الثماني والأربعين، الاثني عشر), as after a definite plural
    count_def = rf"ال(?:{num})(?:\s+عشره?(?![\p{{L}}]))?(?:\s+وال(?:{num}))*"
    # a count after its article, which stays out of the match (see counted_period)
    count_any = (rf"(?:احدي?\s+عشره?(?![\p{{L}}])|(?:{num})(?:\s+عشره?(?![\p{{L}}]))?)"
                 rf"(?:\s+و\s*(?:ال)?(?:{num}))*")
    # a direction counted from the publication (الماضية، المقبلة), not from the story (التالية)
    back_or_ahead = alternation(lex.back_or_ahead)
    many_words = alternation(lex.many_words)
    # the words before a duration that belong to its span (نحو عامين، منذ شهرين، لمدة ثلاث
    # ساعات), those that open a span and may stand before such a word (منذ نحو عقد) with the
    # first words of the others after them, and those between قبل / بعد and a count that keep it
    # a point in time (قبل نحو عامين): dates.json duration_qualifiers, span_words, ago_qualifiers
    duration_qualifiers = alternation(lex.duration_qualifiers)
    span_words = alternation(lex.span_words)
    bound_words = alternation({q.split()[0] for q in lex.duration_qualifiers} - lex.span_words)
    ago_qualifiers = alternation(lex.ago_qualifiers)
    year = r"(?:19|20)\d\d"
    month_pair = (rf"(?:\(\s*(?P<m0>{months})\s*\)\s*)?(?P<m1>{months})"
                  rf"(?:\s*[/\-]\s*(?P<m2>{months})|\s*\(\s*(?P<m3>{months})\s*\)"
                  rf"|\s+(?P<m4>{months}))?")
    return [
        ("numeric", regex.compile(
            rf"(?<![\d/.\-])(?:(?P<d>\d{{1,2}})(?:[.\-]|\s*/\s*)(?P<m>\d{{1,2}})(?:[.\-]|\s*/\s*)"
            rf"(?P<y>{year})(?:\s*م(?![\p{{L}}]))?"
            rf"|(?P<y2>{year})-(?P<m2>\d{{1,2}})-(?P<d2>\d{{1,2}}))(?![\d/\-]|\.\d)")),
        ("numeric_dm", regex.compile(
            rf"{B}(?:بتاريخ|تاريخ|يوم|في)\s+(?P<d>\d{{1,2}})\s*/\s*(?P<m>\d{{1,2}})(?![\d/])")),
        ("hijri", regex.compile(
            rf"{B}(?:(?P<d>\d{{1,2}})\s+(?:من\s+)?)?(?:شهر\s+)?(?P<hm>{hijri})\s+"
            rf"(?:(?:من\s+)?(?:عام|العام|سنه)\s+)?(?P<y>1[34]\d\d)"
            rf"(?:\s*(?:ه(?:جريه|جري)?)(?![\p{{L}}]))?")),
        # 14/10/1436هـ, 14 / 10 / 1436 هـ, 14-10- 1436هـ, 1436/10/15 هـ; a year 13xx-14xx with a
        # day and a month is Hijri even without هـ (الموافق 14/10/1436)
        ("hijri_numeric", regex.compile(
            rf"(?<![\d/.\-\\])(?:(?P<d>\d{{1,2}}){HSEP}(?P<m>\d{{1,2}}){HSEP}(?P<y>1[34]\d\d)"
            rf"|(?P<y2>1[34]\d\d){HSEP}(?P<m2>\d{{1,2}}){HSEP}(?P<d2>\d{{1,2}}))"
            rf"(?:\s*{HIJRI_MARK}|(?![\d/.\-\\]))")),
        ("hijri_dm", regex.compile(
            rf"{B}(?:(?P<d>\d{{1,2}})|(?P<dord>{alternation(ordinal_days())}))\s+(?:من\s+)?"
            rf"(?:شهر\s+)?(?P<hm>{hijri})"
            rf"(?:\s+(?P<dir>{dirs}))?{E}")),
        ("hijri_month", regex.compile(
            rf"{B}(?:شهر\s+)?(?P<hm>{hijri})(?:\s+(?:المبارك|الكريم|المعظم|الحرام))?"
            rf"\s+(?P<dir>{dirs}){E}")),
        ("duration_post", regex.compile(
            rf"{B}(?P<unit>(?:ال|لل)(?:سنوات|اعوام|اشهر|شهور|ايام|اسابيع|عقود|ساعات))\s+"
            rf"ال(?P<num>ثلاث|ثلاثه|اربع|اربعه|خمس|خمسه|ست|سته|سبع|سبعه|ثماني|ثمانيه|تسع|تسعه"
            rf"|عشر|عشره)"
            rf"{E}")),
        # 1436هـ, سنة 1247هـ, عام 56 هـ, سنة 1200 للهجرة (one or two digits only after عام/سنة);
        # two years: 1436/1437هـ (an academic year), 1426-1427 هـ, (234 - 311هـ)
        ("hijri_year", regex.compile(
            rf"{B}(?:(?P<pre>عام|العام|سنه|لعام|للعام)\s+)?"
            rf"(?:(?<![/.\-\\])(?P<y1>\d{{1,4}})\s*(?:ه\s*)?[/\-–]\s*)?(?P<y>\d{{1,4}})"
            rf"(?:\s*{HIJRI_MARK}|\s+للهجره(?![\p{{L}}]))")),
        ("dmy", regex.compile(
            rf"{B}(?:(?:يوم\s+)?(?P<wd>{wdays})\s*[،,]?\s+)?"
            rf"(?:(?:(?P<d>\d{{1,2}})|(?P<dord>{alternation(ordinal_days())}))\s+(?:من\s+)?)?"
            rf"(?:شهر\s+)?{month_pair}"
            rf"(?:\s*[،,]?\s+(?:من\s+)?(?:(?:(?:عام|العام|سنه)\s+)?(?P<y>{year})"
            rf"|(?:عام|العام|سنه)\s+(?P<yh>1[0-8]\d\d)"
            # (an older year with no عام only after a month in brackets or with م: 29 أكتوبر
            # (تشرين الأول) 1888، 5 مايو 1821م; a count may follow a bare month: 5 يونيو 1500 جندي;
            # a year of three digits with م is that year of the era, 21 يوليو 921م; one of two,
            # 24 أغسطس 79م (Vesuvius) or يوليو 52م (1952), makes no date)
            rf"|(?<=\)\s*)(?P<yb>1[0-8]\d\d)|(?P<ym>1[0-8]\d\d|[1-9]\d\d?)(?=\s*م(?![\p{{L}}])))"
            rf"(?:\s*م(?![\p{{L}}]))?"
            rf"|\s+من\s+(?:العام|السنه)\s+(?P<ydir>{dirs})|\s+(?:من\s+)?(?P<ysame>{same_year})"
            rf"|\s+(?P<dir>{pair_dirs}))?{E}")),
        # بين عامي 2003 و2005، بين 2014 و2018، 2014-2015، موسم 2004/ 2003، من 2007 إلى 2009
        ("year_range", regex.compile(
            rf"{B}(?:بين\s+(?:(?:عامي|العامين|سنتي|عام|العام|الاعوام|السنوات)\s+)?(?P<y1>{year})"
            rf"(?:\s*م)?\s*(?:و\s*|[-–]\s*)(?:عام\s+)?(?P<y2>{year})"
            rf"|(?:(?:عامي|العامين|سنتي|عام|العام|الاعوام)\s+)?(?<![/.\-])(?P<y5>{year})(?:\s*م)?"
            rf"\s*(?P<sep>[-–/]\s*|الي\s+|حتي\s+)(?:عام\s+)?(?P<y6>{year})(?![/\-]|\.\d)"
            rf"|(?:من|منذ)\s+(?:عام\s+|العام\s+)?(?P<y3>{year})\s+(?:الي|حتي)\s+"
            rf"(?:عام\s+|العام\s+)?"
            rf"(?P<y4>{year}))(?:\s*م(?![\p{{L}}]))?{E}")),
        # عامي 1986 و1996، في 2020 و2032، أعوام 1971 و1972 و1995: years joined by و or a comma
        ("year_list", regex.compile(
            rf"{B}(?:عامي|العامين|سنتي|اعوام|الاعوام|سنوات|السنوات|في|خلال|عام|العام)\s+"
            rf"{year}(?:\s*م(?![\p{{L}}]))?"
            rf"(?:\s*(?:[،,]\s*(?:و\s*)?|و\s*|او\s+)(?:عام\s+|العام\s+)?{year}"
            rf"(?:\s*م(?![\p{{L}}]))?)+{E}")),
        ("year", regex.compile(
            rf"{B}(?:(?P<pre>{alternation(lex.year_leads)})\s+(?:(?:عام|العام|سنه)\s+)?(?P<y>{year})"
            rf"(?:\s*م(?![\p{{L}}]))?|(?P<y2>{year})\s*م(?![\p{{L}}])"
            # historic years after عام; 13xx-14xx without هـ may be Hijri, so they are left out
            rf"|(?:عام|العام|سنه|السنه)\s+(?P<y3>1[0-25-8]\d\d)(?:\s*م(?![\p{{L}}]))?){E}")),
        ("decade", regex.compile(
            rf"{B}(?:ال)?(?P<dec>{alternation(lex.decades)})(?:ات|يات)(?:\s+(?:من\s+)?القرن\s+"
            rf"(?P<cent>الماضي|المنصرم|العشرين|الحالي))?{E}")),
        # عيد الفطر، يوم عرفة، صباح عيد الأضحى، ثاني أيام عيد الفطر: a day of every year
        # (dates.json `yearly_days`)
        ("yearly", regex.compile(
            rf"{B}(?:(?P<part>{day_parts})\s+)?"
            rf"(?:(?P<nth>{alternation(lex.feast_days)})\s+ايام\s+)?"
            rf"(?P<name>{alternation([*lex.yearly_days, *lex.national_day_names, *lex.independence_day_names])})"
            # (a national day's country: اليوم الوطني السعودي، العيد الوطني لدولة قطر)
            rf"(?:\s+(?P<of>{alternation(national_day_countries())}))?"
            rf"(?:\s+(?:{alternation(lex.feast_adjectives)}))?"
            rf"(?:\s+(?P<dir>{dirs}))?{E}")),
        ("weekday", regex.compile(
            rf"{B}(?:(?P<part>{day_parts})\s+)?(?P<wd>{wdays})(?:\s+(?P<dir>{pair_dirs}))?{E}")),
        ("relday", regex.compile(
            rf"{B}(?:(?P<part>{day_parts})\s+)?(?P<rel>اول\s+من\s+امس|اول\s+امس|امس|الامس|"
            rf"البارحه|اليوم|الليله|غدا|(?<=(?:يوم|صباح|مساء|ظهر|ليل|فجر|بعد)\s+)غد|بعد\s+غد){E}")),
        ("told_year", regex.compile(
            rf"{B}(?:(?P<same>{same_year})|(?P<next>{_next_year(lex)})){E}")),
        # 17 من الشهر الحالي، الـ17 من الشهر الجاري، في 17 الجاري، السابع عشر من الشهر المقبل: a
        # day of the month the direction names from the publication's (the match begins at the
        # day, after its article)
        ("month_day", regex.compile(
            rf"(?:{B}|(?<=(?<![\p{{L}}\p{{N}}])[وف]?[بلك]?ال\s?))(?<![\d.,٫٬/])"
            rf"(?:(?P<d>\d{{1,2}})\s+(?:(?:من\s+)?(?:هذا\s+)?الشهر\s+(?P<dir>{dirs})"
            rf"|(?P<cur>الجاري|الحالي))"
            rf"|(?P<dord>{alternation(ordinal_days())})\s+(?:من\s+)?(?:هذا\s+)?الشهر\s+"
            rf"(?P<dir2>{dirs})){E}")),
        ("relperiod", regex.compile(
            rf"{B}(?:(?:{period_parts}\s+)?(?P<unit>(?:ال|لل)(?:اسبوع|شهر|عام|سنه))\s+"
            rf"(?:(?P<before_last>قبل\s+الماضي)|(?P<dir>{dirs})|\(\s*(?P<pdir>{dirs})\s*\))"
            rf"|(?:هذا|هذه)\s+(?P<unit2>(?:ال)(?:اسبوع|شهر|عام|سنه))){E}")),
        ("ago", regex.compile(
            rf"{B}(?P<dirw>قبل|بعد)\s+(?:(?P<q>{ago_qualifiers})\s+)?"
            rf"(?:(?P<vague>عده|بضعه|بضع)\s+)?"
            rf"(?:(?P<n>\d+|{count})\s+)?"
            rf"(?P<unit>{units})(?:\s+و\s*(?P<half>نصف))?{E}")),
        ("plural_period", regex.compile(
            rf"{B}(?P<unit>(?:ال|لل)(?:ايام|اسابيع|اشهر|شهور|سنوات|اعوام|سنين|ساعات))\s+"
            rf"(?:ال\s*(?P<n>\d{{1,3}})\s+|(?P<nw>{count_def})\s+)?"
            rf"(?:القليله\s+)?(?P<dir>المقبله|القادمه|الماضيه|المنصرمه|الفايته|السابقه){E}")),
        # الـ48 ساعة الماضية، خلال 24 ساعة المقبلة، الأربع والعشرين ساعة الماضية: so many units
        # back from the publication or ahead of it (the match begins at the count, after its
        # article, which joins the span in the resolver: it begins where `duration` may)
        ("counted_period", regex.compile(
            rf"(?:{B}|(?<=(?<![\p{{L}}\p{{N}}])[وف]?[بلك]?ال\s?))(?<![\d.,٫٬])"
            rf"(?P<n>\d{{1,3}}|{count_any})\s+"
            rf"(?P<unit>ساعه|يوما|اسبوعا|شهرا|عاما|سنه|ساعات|ايام|اسابيع|اشهر|سنوات|اعوام)\s+"
            rf"(?P<dir>{back_or_ahead}){E}")),
        # في المستقبل القريب، قريباً، منذ فترة طويلة، في الآونة الأخيرة، مؤخراً: a time with no
        # value but its side of the publication (TimeML's FUTURE_REF / PAST_REF)
        ("vague", regex.compile(
            rf"{B}(?:(?P<past>(?:منذ|قبل)\s+(?:فتره|زمن|مده|وقت|حين)(?:\s+{_vague_lengths(lex)})?"
            rf"|(?:في|خلال)\s+(?:الاونه|الفتره)\s+(?:الاخيره|الماضيه)|الاونه\s+الاخيره|موخرا"
            rf"|في\s+وقت\s+سابق)"
            rf"|(?P<future>(?:(?:في|خلال)\s+)?المستقبل\s+(?:القريب|المنظور|العاجل|البعيد)"
            rf"|في\s+المستقبل|في\s+القريب(?:\s+العاجل)?|عما\s+قريب|قريبا|مستقبلا"
            rf"|(?:في|خلال)\s+الفتره\s+(?:المقبله|القادمه))"
            rf"|(?P<later>في\s+وقت\s+لاحق|لاحقا)){E}")),
        ("duration", regex.compile(
            rf"{B}(?:(?P<q0>{span_words})\s+(?=(?:{bound_words})\s))?"
            rf"(?:(?P<q>{duration_qualifiers})\s+)?(?:(?P<vague>عده|بضعه|بضع)\s+)?"
            rf"(?:(?P<n>\d+(?:[.,]\d+)?|{count})\s+)?"
            rf"(?P<unit>{units})(?:\s+و\s*(?P<half>نصف|ربع)|\s+(?P<many>{many_words}))?{E}")),
    ]


# Patterns that can only match where one of these words occurs (the first word of a multi-word
# name is enough); the others run whenever the text has a digit or always.
_ANCHORED_KINDS = {
    "hijri": "hijri", "hijri_dm": "hijri", "hijri_month": "hijri", "dmy": "months",
    "weekday": "weekdays", "yearly": "yearly",
    "duration": "units", "duration_post": "units", "relday": "relday",
    "relperiod": "relperiod", "month_day": "month_day", "decade": "decades", "ago": "units", "plural_period": "units",
    "counted_period": "back_or_ahead",
    "vague": "vague", "told_year": "told_year",
}
_DIGIT_KINDS = frozenset({"numeric", "numeric_dm", "hijri_numeric", "hijri_year", "year_range",
                          "year", "year_list"})


@per_lexicon
def _anchor_automaton():
    """One Aho-Corasick pass tells which anchored patterns are worth running on a text."""
    lex = date_words()
    import ahocorasick

    groups = {
        "hijri": hijri_months(), "months": gregorian_months(), "weekdays": weekdays(),
        "units": lex.duration_units, "decades": lex.decades,
        "relday": ("امس", "اليوم", "غد", "الليله", "البارحه"),
        "relperiod": ("اسبوع", "شهر", "عام", "سنه"),
        "month_day": ("الشهر", "الجاري", "الحالي"),
        # (a word every match of the pattern holds)
        "vague": ("فتره", "زمن", "مده", "وقت", "حين", "الاونه", "موخرا", "المستقبل", "القريب",
                  "قريب", "مستقبلا", "لاحقا"),
        "told_year": ("نفسه", "ذاته", "نفسها", "ذاتها", "ذلك", "تلك", "نفس", "ذات", "التالي",
                      "اللاحق"),
        "back_or_ahead": lex.back_or_ahead,
        # (a national day by its adjective: «اليوم» alone would open every relative day's window)
        "yearly": [*lex.yearly_days, *(n.split()[-1] for n in lex.national_day_names),
                   *(n.split()[-1] for n in lex.independence_day_names)],
    }
    by_word: dict[str, set[str]] = {}
    for group, names in groups.items():
        for name in names:
            by_word.setdefault(name.split()[0], set()).add(group)
    auto = ahocorasick.Automaton()
    for word, gs in by_word.items():
        auto.add_word(word, frozenset(gs))
    auto.make_automaton()
    return auto


# A date expression reaches at most this far from the word that anchors it (the month of
# «يوم الخميس الثاني من تشرين الثاني/نوفمبر من العام 2017», the unit of «ثلاثة وعشرين عاماً»).
WINDOW_REACH = 90
_DIGITS_RE = regex.compile(r"\d+")
_PAREN_RE = regex.compile(r"\(")


def _windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """Where each group of patterns can match: merged spans around its anchor words (and around
    digit runs, group "digits"), widened to whitespace so that no word is cut. Running the
    patterns on these spans only, with absolute offsets, gives the same matches as on the whole
    text at a fraction of the cost."""
    hits: dict[str, list[tuple[int, int]]] = {}
    for end, groups in _anchor_automaton().iter(text):
        for g in groups:
            hits.setdefault(g, []).append((end, end + 1))
    digits = [(m.start(), m.end()) for m in _DIGITS_RE.finditer(text)]
    if digits:
        hits["digits"] = digits
    n = len(text)
    out: dict[str, list[tuple[int, int]]] = {}
    for g, spans in hits.items():
        merged: list[list[int]] = []
        for a, b in spans:
            a, b = max(0, a - WINDOW_REACH), min(n, b + WINDOW_REACH)
            if merged and a <= merged[-1][1]:
                # it joins the last window whatever its widening (a only moves left), and its
                # end moves that window's only if it lies beyond it: skip the character loops
                if b > merged[-1][1]:
                    while b < n and not text[b].isspace():
                        b += 1
                    merged[-1][1] = b
                continue
            while a > 0 and not text[a - 1].isspace():
                a -= 1
            while b < n and not text[b].isspace():
                b += 1
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        out[g] = [(a, b) for a, b in merged]
    return out


# The words a match of each pattern can begin with (its first word after the proclitics that
# stay outside the span; the first word of a multi-word name is enough), and whether it can
# begin with a digit or "(". A regex of long word alternations is slow to *search* (the engine
# tries every position) but fast to *match* at one position, so each pattern is tried only where
# one of its first words begins (see `_starts`). When a pattern changes, its entry here must list
# every way it can begin.
# (the words of the patterns `duration` and `year` begin with: the first words of dates.json
# `duration_qualifiers`, and `year_leads`, which the patterns are built from)
_DIGIT_START_KINDS = frozenset({"numeric", "hijri", "hijri_numeric", "hijri_dm", "hijri_year",
                                "dmy", "year", "duration", "year_range", "counted_period",
                                "month_day"})
# Of those, the ones whose digits begin with a year of four (the others may begin with a day)
_YEAR_START_KINDS = frozenset({"year", "year_range"})
_PAREN_START_KINDS = frozenset({"dmy"})


def _first_words(names) -> set[str]:
    return {name.split()[0] for name in names}


def _start_words() -> dict[str, set[str]]:
    """Pattern kind -> the words its matches can begin with (see the note above)."""
    from marsad.dates.numbers import number_words

    lex = date_words()
    months, hijri = _first_words(gregorian_months()), _first_words(hijri_months())
    wdays = _first_words(weekdays())
    return {
        "numeric": set(),
        "numeric_dm": {"بتاريخ", "تاريخ", "يوم", "في"},
        "hijri": {"شهر"} | hijri,
        "hijri_numeric": set(),
        "hijri_dm": _first_words(ordinal_days()),
        "month_day": _first_words(ordinal_days()),
        "duration_post": {p + u for p in ("ال", "لل") for u in (
            "سنوات", "اعوام", "اشهر", "شهور", "ايام", "اسابيع", "عقود", "ساعات")},
        "hijri_year": {"عام", "العام", "سنه", "لعام", "للعام"},
        "hijri_month": {"شهر"} | hijri,
        "dmy": {"يوم", "شهر"} | wdays | _first_words(ordinal_days()) | months,
        "year_range": {"بين", "عامي", "العامين", "سنتي", "عام", "العام", "الاعوام", "من", "منذ"},
        "year_list": {"عامي", "العامين", "سنتي", "اعوام", "الاعوام", "سنوات", "السنوات", "في",
                      "خلال", "عام", "العام"},
        "year": set(lex.year_leads),
        "decade": set(lex.decades) | {"ال" + d for d in lex.decades},
        "weekday": _first_words(lex.day_parts) | wdays,
        "yearly": _first_words(lex.day_parts) | _first_words(lex.yearly_days) | set(lex.feast_days)
                  | _first_words(lex.national_day_names) | _first_words(lex.independence_day_names),
        "relday": _first_words(lex.day_parts) | {"اول", "امس", "الامس", "البارحه", "اليوم",
                                                "الليله", "غدا", "غد", "بعد"},
        "relperiod": {p + u for p in ("ال", "لل") for u in ("اسبوع", "شهر", "عام", "سنه")}
                     | {"هذا", "هذه"} | set(lex.period_parts),
        "ago": {"قبل", "بعد"},
        "told_year": set(lex.told_year_nouns) | set(lex.same_year_before),
        "plural_period": {p + u for p in ("ال", "لل") for u in (*lex.unit_designators, "ساعات")},
        "counted_period": set(number_words()) | {"احد عشر", "احدي عشر"},
        "vague": {"منذ", "قبل", "في", "خلال", "الاونه", "موخرا", "المستقبل", "عما", "قريبا",
                  "مستقبلا", "لاحقا"},
        "duration": _first_words(lex.duration_qualifiers) | set(number_words()) | set(lex.duration_units)
                    | {"عده", "بضعه", "بضع", "احد عشر", "احدي عشر"},
    }


# Kinds tried where another kind may begin, whose start words (and digits) hold all of theirs:
# one set of positions serves both (fewer automaton hits to store)
_SHARED_STARTS = {"counted_period": "duration"}


@per_lexicon
def _start_automaton():
    """Aho-Corasick automaton of every pattern's first words: word -> (length, pattern ranks)."""
    import ahocorasick

    rank = {kind: i for i, (kind, _rx) in enumerate(patterns())}
    by_word: dict[str, set[int]] = {}
    for kind, words in _start_words().items():
        if kind in _SHARED_STARTS:
            continue
        for w in words:
            by_word.setdefault(w, set()).add(rank[kind])
    auto = ahocorasick.Automaton()
    for w, ranks in by_word.items():
        auto.add_word(w, (len(w), tuple(sorted(ranks))))
    auto.make_automaton()
    return auto


def _starts(text: str) -> list[list[int]]:
    """For each pattern (by rank), the sorted positions where one of its matches may begin."""
    kinds = [kind for kind, _rx in patterns()]
    found: list[set[int]] = [set() for _ in kinds]
    for end, (n, ranks) in _start_automaton().iter(text):
        for r in ranks:
            found[r].add(end - n + 1)
    # (every pattern that can begin with a digit needs no digit before it: a run's start)
    runs = [(m.start(), m.end()) for m in _DIGITS_RE.finditer(text)]
    digits = [a for a, _b in runs]
    years = [a for a, b in runs if b - a == 4]
    parens = [m.start() for m in _PAREN_RE.finditer(text)]
    for r, kind in enumerate(kinds):
        if kind in _SHARED_STARTS:
            continue
        if kind in _DIGIT_START_KINDS:
            found[r].update(years if kind in _YEAR_START_KINDS else digits)
        if kind in _PAREN_START_KINDS:
            found[r].update(parens)
    ordered = [sorted(f) for f in found]
    for kind, other in _SHARED_STARTS.items():
        ordered[kinds.index(kind)] = ordered[kinds.index(other)]
    return ordered


def _matches(rx: regex.Pattern, text: str, a: int, b: int, starts: list[int]):
    """The matches of `rx.finditer(text, a, b)`, trying only the positions in `starts` (sorted):
    a match begins at one of them, and left to right, skipping the positions inside the
    previous match, is how `finditer` goes."""
    i = bisect.bisect_left(starts, a)
    pos = a
    match = rx.match
    while i < len(starts) and starts[i] < b:
        p = starts[i]
        i += 1
        if p < pos:
            continue
        m = match(text, p, b)
        if m is not None:
            yield m
            pos = m.end()


# The `Document.state` key the dates stage sets, to (published, lexicon set), when `find_dates`
# with no `home` and no `hijri_home` found no date in the document: the amounts stage, which
# runs that same search on a document without dates, then knows its answer (none) without
# running it again (twenty-seventh session)
STATE_NO_PLAIN_DATES = "dates.no_plain_dates"


def find_dates(text: str, published: dt.date | None, home: str | None = None,
               hijri_home: bool = False) -> list[Found]:
    """Resolved date expressions in the folded `text`, sorted, without overlaps. `home` is the
    country (its ISO3 code, folded) of the article's dateline: a national day named with no
    country is that country's (`_yearly`). `hijri_home`: the article is Saudi (its dateline,
    agency or outlet), where a day of the month may be counted in the Hijri month
    (`_month_day`)."""
    found: list[Found] = []
    windows = _windows(text)
    starts = _starts(text)
    for rank, (kind, rx) in enumerate(patterns()):
        group = "digits" if kind in _DIGIT_KINDS else _ANCHORED_KINDS.get(kind)
        spans = windows.get(group, ()) if group else ((0, len(text)),)
        resolve = RESOLVERS[kind]
        for a, b in spans:
            for m in _matches(rx, text, a, b, starts[rank]):
                f = _yearly(m, published, text, home) if resolve is _yearly else \
                    _month_day(m, published, text, hijri_home) if resolve is _month_day else \
                    resolve(m, published, text)
                for f in (f if isinstance(f, list) else (f,) if f is not None else ()):
                    f.kind, f.rank = kind, rank
                    found.append(f)
    found.sort(key=lambda f: (-(f.end - f.start), f.rank, f.start))
    chosen: list[Found] = []
    taken: list[tuple[int, int]] = []
    for f in found:
        if any(f.start < b and a < f.end for a, b in taken):
            continue
        chosen.append(f)
        taken.append((f.start, f.end))
    chosen.sort(key=lambda f: f.start)
    chosen = _with_day_ranges(_with_corrections(_without_names(chosen, text), text, published),
                              text)
    chosen = _with_written_days(_without_customs(chosen, text), text)
    chosen = _with_days_told_before(_without_idioms(_with_nowadays(chosen, text), text), text)
    chosen = _with_anniversaries(chosen, text, published)
    chosen = _with_story_years(_with_years_told_before(chosen, text), text, published)
    chosen = _with_counts_after(_with_counts_from_that(chosen, text, published), text,
                                published)
    return [_after_eve(f, text) for f in chosen]


# بين 24 و26 أغسطس، من 10 إلى 15 شوال: the first day of a range written before a full date
_RANGE_START_RE = regex.compile(
    r"(?:(?<![\p{L}\p{N}])|(?<=(?<![\p{L}\p{N}])[وف]))(?:بين|من|ما\s+بين)\s+(?P<d>\d{1,2})\s*"
    r"(?:و\s*|[-–]\s*|الي\s+|حتي\s+)$")
_LEADING_DAY_RE = regex.compile(r"\d{1,2}(?!\d)")


_RANGE_OPEN_RE = regex.compile(r"(?:(?<![\p{L}\p{N}])|(?<=(?<![\p{L}\p{N}])[وف]))"
                               r"(?:بين|من|ما\s+بين)\s+(?:شهري\s+)?$")
_RANGE_JOIN_RE = regex.compile(r"\s*(?:و|الي|حتي|[-–])\s*")
# the lengths of the ISO values a range joins: a day (2015-06-14) and a month (2015-06)
_RANGE_VALUE_LENGTHS = {"day": 10, "month": 7}


def _with_day_ranges(chosen: list[Found], text: str) -> list[Found]:
    """A day date whose day number is the end of a range (بين 24 و26 أغسطس) becomes the
    interval from the first day: the same month, so many days before; two full days, or two
    months, joined after من / بين (من 28 يوليو إلى 3 أغسطس، خلال الفترة من يناير إلى مارس، بين
    شهري مايو ويونيو) are the interval between them (`_range_of`)."""
    out: list[Found] = []
    for f in chosen:
        joined = _range_of(out[-1], f, text) if out else None
        if joined is not None:
            out[-1] = joined
            continue
        day = _LEADING_DAY_RE.match(text, f.start)
        before = _RANGE_START_RE.search(text, max(0, f.start - 24), f.start) \
            if day and f.granularity == "day" and len(f.value) == 10 else None
        if before and 0 < int(day.group(0)) - int(before.group("d")) < 31:
            end = dt.date.fromisoformat(f.value)
            first = end - dt.timedelta(days=int(day.group(0)) - int(before.group("d")))
            f = Found(before.start(), f.end, f"{first.isoformat()}/{f.value}", "day", f.relative,
                      f.calendar, f.kind, f.rank, "bare" if f.anchor == "story" else "")
        out.append(f)
    return out


def _range_of(last: Found, f: Found, text: str) -> Found | None:
    """Two days or two months joined by و، إلى، حتى or a dash after من / بين (ما بين، بين شهري):
    one interval from the first to the second. The first written with no year takes the
    second's (من 14 يونيو إلى 15 يوليو 2018: June 2018, not the publication's nearest June; the
    year before when its month comes later: من نوفمبر إلى فبراير 2015), and the second
    written with none takes the first's (من يناير 2014 إلى مارس; سيعقد في الفترة من 20 أكتوبر
    إلى 25 أكتوبر: the coming October, which a future marker gave the first)."""
    size = _RANGE_VALUE_LENGTHS.get(f.granularity)
    if size is None or last.granularity != f.granularity or len(last.value) != size or \
            len(f.value) != size or not _RANGE_JOIN_RE.fullmatch(text, last.end, f.start):
        return None
    opening = _RANGE_OPEN_RE.search(text, max(0, last.start - 16), last.start)
    if opening is None or _moved_from(text, opening):
        return None
    first, second, relative = last.value, f.value, last.relative or f.relative
    if last.anchor == "story" and f.anchor != "story":  # (no year nor direction written)
        first = f"{int(second[:4]) - (first[4:] > second[4:]):04d}{first[4:]}"
        relative = f.relative
    elif f.anchor == "story" and last.anchor != "story":
        second = f"{int(first[:4]) + (first[4:] > second[4:]):04d}{second[4:]}"
        relative = last.relative
    if first >= second or not _valid_iso(first) or not _valid_iso(second):
        return None
    # (two ends with no year stay the story's: في عام 2010 … من يناير إلى مارس, `_in_story_year`)
    anchor = "story" if last.anchor == f.anchor == "story" else ""
    return Found(opening.start(), f.end, f"{first}/{second}", f.granularity, relative,
                 f.calendar, f.kind, f.rank, anchor)


MOVED_REACH = 6  # words before «من X إلى Y» where a word of putting off may stand


def _moved_from(text: str, opening) -> bool:
    """«من X إلى Y» after a word of putting off or moving a time (dates.json `moved_date_words`:
    تأجيل الانتخابات البلدية من يونيو إلى سبتمبر) in its sentence: the old time and the new."""
    if "من" not in opening.group(0):
        return False
    before, _ = after_last(text[max(0, opening.start() - 80):opening.start()], _SENTENCE_END_RE)
    words = before.split()[-MOVED_REACH:]
    moved = date_words().moved_date_words
    return any(strip_conj(w) in moved for w in words)


def _second_of_range(text: str, pos: int) -> bool:
    """A month name at `pos` joined by و to a month that opens a range (بين يناير ومارس، بين
    شهري مايو ويونيو، من يناير ومارس): the second end, a date though no word of time stands
    right before it."""
    if pos < 2 or text[pos - 1] != "و":
        return False
    before = _PREV_WORD_RE.search(text, max(0, pos - 30), pos - 1)
    if before is None or before.group(1) not in gregorian_months():
        return False
    return _RANGE_OPEN_RE.search(text, max(0, before.start() - 16), before.start()) is not None


# A day told relative to the publication (اليوم، أمس، غداً, a weekday) or a period (العام الماضي)
# with a date right after it in brackets: the newspaper's correction, or naming, of the source's
# day (قال اليوم (الخميس)، فجر اليوم (أمس)، الخميس (أول من أمس)); the date in brackets is the
# one for the reader's day. A relative day with a weekday right after it (أمس الخميس، غداً
# السبت) names that day too, and a weekday with a full date after it (يوم الأحد الموافق
# 17/10/1436هـ) is that date.
_CORRECTED_KINDS = frozenset({"relday", "weekday", "relperiod"})
_OPEN_RE = regex.compile(r"\s*\(\s*")
_CLOSE_RE = regex.compile(r"\s*\)")
_APPOSITION_RE = regex.compile(r"\s*[،,]?\s*")
_AGREEING_RE = regex.compile(r"\s*[،,]?\s*(?:(?:ال)?موافق(?:\s+|\s*ل\s*)|[-–]\s*)?")


def _with_corrections(chosen: list[Found], text: str,
                      published: dt.date | None = None) -> list[Found]:
    """Merge a relative day or period and the date in brackets after it (or a relative day and
    the weekday after it) into one expression with the second one's value; a weekday so placed
    is the one nearest the first's day (غداً (السبت) is tomorrow's Saturday, whatever the
    weekday's own count from the publication would give)."""
    out: list[Found] = []
    i = 0
    while i < len(chosen):
        f = chosen[i]
        g = chosen[i + 1] if i + 1 < len(chosen) else None
        merged = None
        if g is not None and f.kind in _CORRECTED_KINDS and f.relative and \
                g.granularity != "duration":
            gap = text[f.end:g.start]
            close = _CLOSE_RE.match(text, g.end)
            if _OPEN_RE.fullmatch(gap) and close:
                merged = _corrected(f, g, close.end())
            elif f.kind == "relday" and g.kind == "weekday" and _APPOSITION_RE.fullmatch(gap):
                merged = _corrected(f, g, g.end)
            elif f.kind == "weekday" and g.granularity == "day" and not g.relative and \
                    _AGREEING_RE.fullmatch(gap):
                merged = _corrected(f, g, g.end)  # يوم الأحد 17/10/1436هـ: the date says which
            elif f.kind == "weekday" and g.kind == "month_day" and _AGREEING_RE.fullmatch(gap):
                # الاثنين الموافق لـ17 من الشهر الحالي: the day says which, when the weekday
                # agrees; else the day of the Hijri month if it agrees (يوم الثلاثاء 26 الشهر
                # الجاري, published in Shawwal: 26 Shawwal), else no day but the weekday's
                merged = _weekday_with_month_day(f, g, text, published)
        if merged is not None:
            out.append(merged)
            i += 2
            continue
        out.append(f)
        i += 1
    return out


def _weekday_with_month_day(f: Found, g: Found, text: str, published: dt.date | None) -> Found:
    weekday = dt.date.fromisoformat(f.value).weekday()
    if dt.date.fromisoformat(g.value).weekday() == weekday:
        return _corrected(f, g, g.end)
    hijri = _hijri_month_day(g, published, text)
    if hijri is not None and hijri.weekday() == weekday:
        return Found(f.start, g.end, hijri.isoformat(), "day", True, "hijri", g.kind, g.rank)
    return f


def _corrected(f: Found, g: Found, end: int) -> Found:
    value = g.value
    if g.kind == "weekday" and f.granularity == "day" and len(f.value) == 10:
        value = nearest_weekday(dt.date.fromisoformat(f.value),
                                dt.date.fromisoformat(g.value).weekday()).isoformat()
    # (relative when either part is: اليوم الجمعة الموافق 15/10/1436هـ is the article's day)
    return Found(f.start, end, value, g.granularity, f.relative or g.relative, g.calendar, g.kind,
                 g.rank)


# اليوم that is not the publication day: "nowadays" after a noun it qualifies (dates.json
# `nowadays_heads`: عالم اليوم، شباب اليوم) or "to this day" after `until_words` (ما زال يعمل حتى
# اليوم); a name after `today_names` or in quotation marks (عين اليوم، لـ«اليوم»: media)
_TODAY = fold("اليوم")
_QUOTE_MARKS = "«»\"“”"


def _with_nowadays(chosen: list[Found], text: str) -> list[Found]:
    """A bare اليوم (not merged with a bracket or a range) meaning nowadays or "to this day" is
    the present (PRESENT_REF), not the publication day; one that names a medium is no date."""
    lex = date_words()
    out: list[Found] = []
    for f in chosen:
        if f.kind == "relday" and text[f.start:f.end] == _TODAY:
            before = _prev_word(text, f.start)
            if before in lex.today_names or _quoted_name_end(text, f):
                continue
            if before in lex.nowadays_heads or before in lex.until_words or \
                    strip_conj(before) in lex.present_pronouns and \
                    not _after_here(text, f.start) or _generic_today(text, f, lex):
                f = Found(f.start, f.end, "PRESENT_REF", "vague", True, f.calendar, f.kind,
                          f.rank)
        out.append(f)
    return out


def _generic_today(text: str, f: Found, lex) -> bool:
    """A bare اليوم of a generic statement, «nowadays» (twenty-sixth session): after a definite
    noun of `nowadays_heads` heading its clause (الشباب اليوم يعانون، إن العالم اليوم; not يحتفل
    العالم اليوم, today's act), after a present verb of a state of `nowadays_verbs` with at most
    its subject between (يعيش العالم اليوم), or heading its clause before such a verb (اليوم
    يعيش العالم أزمة، واليوم نواجه)."""
    if _HERE_RE.search(text, max(0, f.start - 25), f.start):
        return False  # (ها نحن نعيش اليوم عيدين: "here we are", the day itself)
    first, last = _two_words_before(text, f.start)
    head = strip_conj(last)
    if head.startswith("ال") and head[2:] in lex.nowadays_heads and \
            (_clause_head(text, text.rfind(last, 0, f.start)) or
             strip_conj(first) in lex.nowadays_openers):
        return True
    if strip_conj(last) in lex.nowadays_verbs or strip_conj(first) in lex.nowadays_verbs:
        return True
    following = _NEXT_WORD_RE.match(text, f.end)
    return following is not None and strip_conj(following.group(1)) in lex.nowadays_verbs and \
        (_clause_head(text, f.start) or strip_conj(last) in lex.nowadays_openers)


def _clause_head(text: str, pos: int) -> bool:
    """Nothing but spaces and a و stands between `pos` and the start of the text, of a line or
    after the punctuation that ends a clause."""
    seg = text[max(0, pos - 40):pos]
    if seg.endswith("و") and (len(seg) == 1 or not seg[-2].isalpha()):
        seg = seg[:-1]  # (واليوم)
    seg = seg.rstrip(" \t")
    if seg.endswith("و") and (len(seg) == 1 or not seg[-2].isalpha()):
        seg = seg[:-1].rstrip(" \t")  # (و اليوم written apart)
    return not seg or seg[-1] in _CLAUSE_ENDS


_CLAUSE_ENDS = ".،,؛;:!?؟\n»)\"-–—"
_HERE_RE = regex.compile(r"(?<![\p{L}])و?ها\s")
_THIS = "هذا"


def _after_here(text: str, pos: int) -> bool:
    """ها + a pronoun before `pos` (ها نحن اليوم نحتفل: "here we are today", the day itself;
    اليوم after a pronoun of `present_pronouns` alone is the speaker's present)."""
    return _two_words_before(text, pos)[0] in ("ها", "وها")


def _quoted_name_end(text: str, f: Found) -> bool:
    """اليوم closing a name in quotation marks, alone or after one definite word (لـ«اليوم»،
    «المصري اليوم»: newspapers; «سنلتقي اليوم» is a quote)."""
    if text[f.end:f.end + 1] not in _QUOTE_MARKS:
        return False
    before = text[max(0, f.start - 25):f.start]
    opening = max(before.rfind("«"), before.rfind('"'), before.rfind("“"))
    inside = before[opening + 1:].split()
    return opening >= 0 and (not inside or len(inside) == 1 and inside[0].startswith("ال"))


def nearest_weekday(day: dt.date, weekday: int) -> dt.date:
    """The day with that weekday (Monday = 0) nearest `day`, at most three days away."""
    delta = (weekday - day.weekday()) % 7
    return day + dt.timedelta(days=delta - 7 if delta > 3 else delta)


def _without_names(chosen: list[Found], text: str) -> list[Found]:
    """Drop a day and month that name a street, a square or a movement (شارع 26 يوليو), and the
    ones coordinated right after such a name (بشارعي 23 يوليو و26 يوليو); and one with no year
    nor direction written that names a past event (`past_event_names`: هجمات 11 سبتمبر، أحداث
    30 يونيو; fifteenth session), whose year the publication's rule cannot give."""
    lex = date_words()
    kept, named_end = [], -1
    for f in chosen:
        if f.kind in ("dmy", "numeric_dm", "hijri", "hijri_dm"):
            before = _prev_word(text, f.start)
            # (the word itself first: فريق، كوبري begin with a letter that may be a proclitic)
            bare = _PROCLITICS_RE.sub("", before)
            if before in lex.naming_nouns or bare in lex.naming_nouns or \
                    _AND_RE.fullmatch(text[named_end:f.start] or "x") or \
                    f.anchor == "story" and (before in lex.past_event_names or
                                             bare in lex.past_event_names):
                named_end = f.end
                continue
        kept.append(f)
    return kept


# -- resolvers -------------------------------------------------------------------------------

def _numeric(m, published, text):
    if m.group("y"):
        y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    else:
        y, mo, d = int(m.group("y2")), int(m.group("m2")), int(m.group("d2"))
    try:
        return Found(m.start(), m.end(), dt.date(y, mo, d).isoformat(), "day", False)
    except ValueError:
        return None


def _numeric_dm(m, published, text):
    """بتاريخ 16/10: day/month with the year of the publication (or the nearest one)."""
    d, mo = int(m.group("d")), int(m.group("m"))
    if not (1 <= d <= 31 and 1 <= mo <= 12) or published is None:
        return None
    start = m.start("d")
    try:
        day = dt.date(_nearest_year(published, mo, d), mo, d)
    except ValueError:
        return None
    return Found(start, m.end(), day.isoformat(), "day", True)


def _hijri(m, published, text):
    y = int(m.group("y"))
    mo = hijri_months()[_key(m.group("hm"))]
    d = m.group("d")
    if d:
        g = hijri_to_gregorian(y, mo, int(d))
        return Found(m.start(), m.end(), g.isoformat(), "day", False, "hijri") if g else None
    # A Hijri month straddles two Gregorian months: report the one its middle falls in.
    g = hijri_to_gregorian(y, mo, 15)
    if g is None:
        return None
    return Found(m.start(), m.end(), f"{g.year:04d}-{g.month:02d}", "month", False, "hijri")


def _hijri_month(m, published, text):
    """رمضان الماضي، شوال المقبل، ذي الحجة الجاري: the last, next or current such Hijri month,
    as the Gregorian month its middle falls in."""
    now = hijri_of(published) if published is not None else None
    if now is None:
        return None
    mo, direction = hijri_months()[_key(m.group("hm"))], date_words().directions[m.group("dir")]
    year = now.year
    if direction == -1 and mo >= now.month:
        year -= 1
    elif direction == 1 and mo <= now.month:
        year += 1
    g = hijri_to_gregorian(year, mo, 15)
    if g is None:
        return None
    return Found(m.start(), m.end(), f"{g.year:04d}-{g.month:02d}", "month", True, "hijri")


def hijri_of(day: dt.date):
    """The Umm al-Qura Hijri date of a Gregorian day (hijridate), or None outside the range the
    table covers (1924-08-01 to 2077-11-16): an article published, or a year named, outside it
    gets no Hijri reading rather than an error."""
    from hijridate import Gregorian

    try:
        return Gregorian(day.year, day.month, day.day).to_hijri()
    except (OverflowError, ValueError):
        return None


def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian day of a Hijri date: Umm al-Qura (hijridate) for 1343-1500 AH, the
    arithmetical (tabular) calendar before, as historians convert (a day or two from the
    sighting); None for a day that does not exist."""
    from hijridate import Hijri

    try:
        return Hijri(year, month, day).to_gregorian()
    except OverflowError:
        pass
    except ValueError:
        return None
    if not (0 < year < 1343 and 1 <= month <= 12 and 1 <= day <= 30):
        return None
    jdn = (day + (295 * (month - 1) + 9) // 10 + (year - 1) * 354 + (3 + 11 * year) // 30
           + 1948439)  # (295(m-1)+9)//10 = ceil(29.5(m-1))
    return dt.date.fromordinal(jdn - 1721425)


def _hijri_year_value(year: int) -> str | None:
    """A Hijri year as the Gregorian year its middle (1 Rajab) falls in."""
    g = hijri_to_gregorian(year, 7, 1) if 0 < year <= 1500 else None
    return f"{g.year:04d}" if g else None


def _hijri_numeric(m, published, text):
    if m.group("y"):
        y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    else:
        y, mo, d = int(m.group("y2")), int(m.group("m2")), int(m.group("d2"))
    g = hijri_to_gregorian(y, mo, d)
    if g is None:
        return None
    return Found(m.start(), m.end(), g.isoformat(), "day", False, "hijri")


def _hijri_dm(m, published, text):
    """30 شوال (الجاري): the Hijri year is the publication's, or the next/last one."""
    from hijridate import Hijri

    h_now = hijri_of(published) if published is not None else None
    if h_now is None:
        return None
    mo = hijri_months()[_key(m.group("hm"))]
    d = int(m.group("d")) if m.group("d") else ordinal_days()[_key(m.group("dord"))]
    direction = date_words().directions.get(m.group("dir") or "")
    year = h_now.year
    if direction == 1 and (mo, d) < (h_now.month, h_now.day):
        year += 1
    elif direction == -1 and (mo, d) > (h_now.month, h_now.day):
        year -= 1
    try:
        g = Hijri(year, mo, d).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return Found(m.start(), m.end(), g.isoformat(), "day", True, "hijri")


def _duration_post(m, published, text):
    """السنوات العشر, الأعوام الثلاثة: a plural unit with a definite number after it."""
    unit = m.group("unit")[2:]
    designator, _alone, mult = date_words().duration_units[unit]
    n = parse_number_words([m.group("num")]) or 0
    if not n:
        return None
    n *= mult
    value = f"PT{n}H" if designator == "H" else f"P{n}{designator}"
    return Found(m.start(), m.end(), value, "duration", False)


def _hijri_year(m, published, text):
    if m.group("y1"):
        return _hijri_years(m, int(m.group("y1")), int(m.group("y")))
    digits = m.group("y")
    if len(digits) < 3 and not m.group("pre"):
        return None  # أبها يجمعنا 36 هـ: a short year only after عام / سنة
    value = _hijri_year_value(int(digits))
    if value is None:
        return None
    return Found(m.start(), m.end(), value, "year", False, "hijri")


def _hijri_years(m, y1: int, y2: int):
    """Two Hijri years: the Gregorian years of their middles, an interval."""
    if y1 > y2 and y1 - y2 == 1:
        y1, y2 = y2, y1  # 1437/1436هـ: the academic year written latest first
    g1, g2 = _hijri_year_value(y1), _hijri_year_value(y2)
    if y2 <= y1 or g1 is None or g2 is None or (y1 < 100 <= y2 and y2 - y1 > 200):
        return None
    if g1 == g2:  # 1436/1437هـ need not straddle two Gregorian years' middles
        return Found(m.start(), m.end(), g1, "year", False, "hijri")
    return Found(m.start(), m.end(), f"{g1}/{g2}", "year", False, "hijri")


def _dmy(m, published, text):
    lex = date_words()
    months = gregorian_months()
    names = [m.group(g) for g in ("m0", "m1", "m2", "m3", "m4") if m.group(g)]
    nums = {months[_key(n)] for n in names}
    if len(nums) != 1:
        return None  # a paired form whose two names disagree is not a date we trust
    mo = nums.pop()
    d = int(m.group("d")) if m.group("d") else None
    if m.group("dord"):
        d = ordinal_days()[_SPACES_RE.sub(" ", m.group("dord"))]
    written = m.group("y") or m.group("yh") or m.group("yb") or m.group("ym")
    if written and len(written) == 2:
        return None  # (يوليو 52م is 1952, 24 أغسطس 79م the year 79: no year we trust)
    y = int(written) if written else None
    by = y is None and _after_by_word(text, m.start())  # بحلول نوفمبر
    # (- مارس: قتل …، آذار/مارس: a chronology's line the month opens: a past one)
    line = d is None and y is None and not (m.group("dir") or m.group("ydir") or
                                            m.group("ysame")) and \
        _opens_a_line(text, m.start(), m.end())
    if d is None and y is None and len(names) == 1 and not m.group("dir") and \
            not text.startswith("شهر", m.start()) and \
            _prev_word(text, m.start()) not in lex.month_context and not by and \
            not _second_of_range(text, m.start()) and not line:
        return None  # a bare month name (مارس, آب, أيار) needs a word or a direction (يونيو
        # الماضي) that makes it a date
    if d is not None and not 1 <= d <= 31:
        return None
    relative, anchor = False, ""
    if y is None and m.group("ysame"):  # 20 فبراير من العام نفسه: the year told before
        value = f"--{mo:02d}" + (f"-{d:02d}" if d else "")
        return Found(m.start(), m.end(), value, "day" if d else "month", False, anchor="same")
    if y is None and m.group("ydir") and published is not None:
        y = published.year + lex.directions[m.group("ydir")]  # من العام الماضي
        relative = True
    if y is None and line and published is not None:
        return Found(m.start(), m.end(), f"{_nearest_year(published, mo, 1, -1):04d}-{mo:02d}",
                     "month", True)
    if y is None:
        if published is None:
            value = f"--{mo:02d}" + (f"-{d:02d}" if d else "")
            return Found(m.start(), m.end(), value, "day" if d else "month", True)
        direction = lex.directions.get(m.group("dir") or "")
        if direction is None and d is None:
            direction = _pair_direction(text, m.end())  # شهري مايو ويونيو الماضيين
        if direction is None and by:
            y = _coming_year(published, mo, d)  # بحلول نهاية نوفمبر: the coming November
        elif direction is None and _to_come(text, m.start()):
            y = _year_to_come(published, mo, d)  # سيعقد المؤتمر في 20 أكتوبر: the coming one
        else:
            y = _nearest_year(published, mo, d or 15, direction)
            anchor = "story" if direction is None else ""
        relative = True
    if d is None:
        return Found(m.start(), m.end(), f"{y:04d}-{mo:02d}", "month", relative, anchor=anchor)
    try:
        return Found(m.start(), m.end(), dt.date(y, mo, d).isoformat(), "day", relative,
                     anchor=anchor)
    except ValueError:
        return None


# the bullets that may open a chronology's line, and what follows its date (- مارس: …)
_LINE_BULLETS = " \t•*-–—·▪"
_LINE_DATE_END_RE = regex.compile(r"[ \t]*[:\-–—]")


def _opens_a_line(text: str, start: int, end: int) -> bool:
    """The date at [start, end) opens a line of the text (only bullets before it on the line)
    and a colon or a dash follows it: a chronology's line (- مارس: قتل …; twenty-sixth
    session)."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip(_LINE_BULLETS) and \
        _LINE_DATE_END_RE.match(text, end) is not None


def _year_range(m, published, text):
    if m.group("y5"):
        y1, y2 = int(m.group("y5")), int(m.group("y6"))
        if y1 - y2 == 1 and m.group("sep")[0] in "/-–":
            y1, y2 = y2, y1  # موسم 2004/ 2003: a season written latest first
        if m.group("sep")[0] == "/" and y2 - y1 > 1:
            return None  # 2018/2022: two years, not one span (a slash joins a season's two)
    else:
        y1, y2 = int(m.group("y1") or m.group("y3")), int(m.group("y2") or m.group("y4"))
    if not 0 < y2 - y1 <= 100:
        return None
    return Found(m.start(), m.end(), f"{y1:04d}/{y2:04d}", "year", False)


_YEAR_IN_LIST_RE = regex.compile(r"(?:19|20)\d\d(?:\s*م(?![\p{L}]))?")


def _year_list(m, published, text):
    """Years joined by و or commas: one interval when each follows the one before (عامي 2015
    و2016، في 2014 و2015), else each year on its own (عامي 1986 و1996: two years, not the ten
    between them); the first keeps the words before it."""
    years = list(_YEAR_IN_LIST_RE.finditer(text, m.start(), m.end()))
    values = [int(y.group(0)[:4]) for y in years]
    if all(b == a + 1 for a, b in zip(values, values[1:])):
        return Found(m.start(), m.end(), f"{values[0]:04d}/{values[-1]:04d}", "year", False)
    return [Found(m.start() if k == 0 else y.start(), y.end(), f"{v:04d}", "year", False)
            for k, (y, v) in enumerate(zip(years, values))]


def _year(m, published, text):
    y = m.group("y") or m.group("y2") or m.group("y3")
    return Found(m.start(), m.end(), y, "year", False)


def _decade(m, published, text):
    if _AGE_RE.match(text[m.end():m.end() + 12]):
        return None  # في الثلاثينيات من العمر: an age
    tens = date_words().decades[m.group("dec")]
    cent = m.group("cent")
    century = 20 if cent == "الحالي" else 19
    if cent is None and tens == 2 and published is not None and published.year >= 2020:
        century = 20  # العشرينات with no century, written now, is the 2020s
    return Found(m.start(), m.end(), f"{century}{tens}", "decade", cent is None)


@per_lexicon
def _pair_direction_re() -> regex.Pattern:
    """A second weekday or month and the direction of both after it (والأربعاء المقبلين)."""
    names = alternation(list(weekdays()) + list(gregorian_months()))
    duals = alternation(date_words().pair_directions)
    return regex.compile(rf"\s*و\s*(?:{names})\s+(?P<dir>{duals}){E}")


def _pair_direction(text: str, end: int) -> int | None:
    """The direction written after the second of two weekdays or months joined by و."""
    m = _pair_direction_re().match(text, end)
    return date_words().directions[m.group("dir")] if m else None


def _weekday(m, published, text):
    lex = date_words()
    wd = weekdays()[_key(m.group("wd"))]
    direction = lex.directions.get(m.group("dir") or "")
    if direction is None:
        direction = _pair_direction(text, m.end())  # يومي الثلاثاء والأربعاء المقبلين
    if m.group("wd").endswith("اثنين") and not m.group("part") and direction is None:
        return None  # الاثنين on its own is as often "the two"
    if published is None:
        return None
    if not m.group("part") and direction is None and \
            _prev_word(text, m.start()) in lex.prayer_words:
        return None  # صلاة الجمعة: the weekly prayer, not a date
    if m.group("part") == "اليوم" and direction is None:
        # اليوم الخميس: the source's today, the Thursday nearest the publication (a day off
        # when the article went out the day after it was written)
        return Found(m.start(), m.end(), nearest_weekday(published, wd).isoformat(), "day", True)
    back = (published.weekday() - wd) % 7
    anchor = ""
    if direction is None and back and \
            _prev_word(text, m.start()) not in lex.relday_words and _future_before(text, m.start()):
        direction = 1  # سيعقد الاجتماع يوم الثلاثاء: the coming Tuesday, not the last one
        anchor = "to_come"  # (the dates stage takes it back after a past verb: وقتل الأحد)
    if direction == 1:
        ahead = (wd - published.weekday()) % 7 or 7
        day = published + dt.timedelta(days=ahead)
    elif direction == -1:
        day = published - dt.timedelta(days=back or 7)
    else:
        # Bare weekday in news: the most recent such day (the publication day itself counts).
        day = published - dt.timedelta(days=back)
    return Found(m.start(), m.end(), day.isoformat(), "day", True, anchor=anchor)


_COUNT_AFTER_RE = regex.compile(r"\s+(?:ال)?ـ?\s?\d")  # (اليوم الوطني الـ81: its 81st)
CELEBRATION_WORDS = 3  # words before ب + a country's day where a word of celebrating may stand


def _celebrated(text: str, pos: int) -> bool:
    """ب + the day's name at `pos`, with a word of dates.json `celebration_words` among the
    CELEBRATION_WORDS words before it in its clause (احتفلت الجزائر بعيد الاستقلال): the day of
    the celebration, a time told (twenty-first session); not with a day told among those words
    (احتفلت الكويت أمس باليوم الوطني: the time is أمس)."""
    if text[pos - 1:pos] != "ب":
        return False
    before, _ = after_last(text[max(0, pos - 80):pos - 1], _PHRASE_END_RE)
    lex = date_words()
    near = [w.strip("«»\"()") for w in before.split()[-CELEBRATION_WORDS:]]
    if any(strip_conj(w) in lex.relday_words or strip_conj(w) in weekdays() for w in near):
        return False  # (احتفلت الكويت أمس باليوم الوطني: the time told is أمس)
    return any(strip_conj(w) in lex.celebration_words or w in lex.celebration_words
               for w in near)


def _country_told_before(text: str, pos: int, national: bool = False) -> str | None:
    """The code of the last country of `independence_days` named, or whose nationality word
    stands, before `pos` in its sentence (أفرجت السلطات الجزائرية عن سجناء في عيد الاستقلال);
    with `national`, of `national_days` (احتفلت الكويت باليوم الوطني)."""
    before, _ = after_last(text[max(0, pos - 200):pos])
    words = national_country_words() if national else country_words()
    for w in reversed(before.split()):
        w = w.strip("،,«»\"()")
        for form in (w, strip_conj(w), w[1:], strip_conj(w)[1:]):
            if form in words:
                return words[form]
    return None


def _yearly(m, published, text, home: str | None = None):
    """A day of every year by its name (dates.json `yearly_days`), when told as a time (a word
    of `yearly_day_words` before it, a part of the day or «أول أيام» in its span): the
    occurrence nearest the publication (of the Hijri or the Gregorian years around it), or the
    coming one after a future marker in its clause (not one over for less than LATE_DAYS: a
    late publication). The last one that is not after the publication goes in `fallback`, for
    `stages.dates` to take when the nearest is to come and the verb before it is a past one
    (seventeenth session). A direction after the name says which: the last (عيد الأضحى
    الماضي), the coming (عيد الميلاد المقبل) or the nearest (عيد الفطر الحالي); a year after it
    (عيد الفطر عام 2014، من العام الماضي) the one of that year. ليلة before it is the eve (ليلة
    عيد الفطر: the night before the feast's day). No date in a sentence that tells what is done
    every year (dates.json `habitual_words`: سنوياً، عادة، اعتاد …), nor in one told as a
    custom (`_told_as_custom`: يحتفل المسلمون في عيد الفطر بزيارة الأقارب; eighteenth
    session). A national day (dates.json `national_day_names`) is the day `national_days` gives
    its country, named after it (اليوم الوطني للكويت، العيد الوطني القطري) or else `home`, the
    dateline's; with no country listed it is no date (eighteenth session)."""
    if published is None:
        return None
    lex = date_words()
    nth, part = m.group("nth"), m.group("part")
    direction = lex.directions.get(m.group("dir") or "")
    celebrated = False
    if not (part or nth or direction is not None or
            strip_conj(_prev_word(text, m.start())) in lex.yearly_day_words):
        celebrated = _celebrated(text, m.start()) and not _COUNT_AFTER_RE.match(text, m.end())
        if not celebrated:
            # (صلاة عيد الفطر، احتفل بعيد الأضحى: the feast, no time told; الاحتفال باليوم
            # الوطني الـ81: a year the count tells)
            return None
    if _habitual_sentence(text, m.start(), m.end()) or \
            direction is None and _told_as_custom(text, m.start(), m.end()):
        return None  # (تقيم هذا الاحتفال سنوياً في عيد الفطر: every year's)
    name = _key(m.group("name"))
    code = lex.yearly_days.get(name)
    if code is None and name in lex.independence_day_names:
        # (an independence day: its country's, named, told before it in its sentence or the
        # dateline's; twentieth session)
        code = lex.independence_days.get(national_day_countries().get(_key(m.group("of") or ""))
                                         or _country_told_before(text, m.start())
                                         or (None if celebrated else home) or "")
        if code is None:
            return None
    elif code is None:  # (a national day: its country's, named or the dateline's)
        code = lex.national_days.get(national_day_countries().get(_key(m.group("of") or ""))
                                     or (_country_told_before(text, m.start(), True)
                                         if celebrated else home) or "")
        if code is None:
            return None
    elif celebrated:
        return None  # (احتفلت عمان بعيد الفطر: each country's own day, not sought)
    hijri = code[0] == "H"
    year_after = _YEAR_AFTER_RE.match(text, m.end())
    target = published
    if year_after is not None and year_after.group("y"):
        target = dt.date(int(year_after.group("y")), 7, 1)
    elif year_after is not None:
        step = lex.directions.get(year_after.group("ydir"))
        if step is None:
            year_after = None
        else:
            target = published + dt.timedelta(days=365 * step)
    if hijri:
        now = hijri_of(target)
        if now is None:
            return None  # (عيد الفطر عام 1920: before the Umm al-Qura table)
        month, day = int(code[2:4]), int(code[5:7])
        days = [hijri_to_gregorian(y, month, day) for y in (now.year - 1, now.year, now.year + 1)]
    else:
        days = [_day_in(code, y) for y in (target.year - 1, target.year, target.year + 1)]
    shift = (lex.feast_days.index(nth) if nth else 0) - (part in ("ليله", "ليل"))
    days = [d + dt.timedelta(days=shift) for d in days if d]
    if not days:
        return None
    end = year_after.end() if year_after is not None else m.end()
    calendar = "hijri" if hijri else "gregorian"
    if year_after is not None:
        if year_after.group("y"):
            days = [d for d in days if d.year == target.year] or days
        chosen = min(days, key=lambda d: abs((d - target).days))
        return Found(m.start(), end, chosen.isoformat(), "day", not year_after.group("y"),
                     calendar)
    last = max((d for d in days if d <= published), default=None)
    if direction == -1 and last is not None:
        return Found(m.start(), end, last.isoformat(), "day", True, calendar)  # (الماضي)
    if direction == 1 or direction is None and \
            _future_before(text, m.start(), clause=True, strong=True):
        # (المقبل، سيزور في; one over for less than LATE_DAYS is the one meant)
        chosen = next((d for d in days if (published - d).days <= LATE_DAYS), days[-1])
    else:
        chosen = min(days, key=lambda d: (abs((d - published).days), d))
    return Found(m.start(), end, chosen.isoformat(), "day", True, calendar, anchor="yearly",
                 fallback=(last.isoformat(), "day", 0) if last and last < chosen else None)


def _day_in(code: str, year: int) -> dt.date | None:
    """The day of `year` a Gregorian code of a yearly day gives: "G-MM-DD", or a day that moved,
    "G-MM-DD YYYY:G-MM-DD …" (from that year on the next day; "-" for none known: dates.json
    `national_days`, Iraq's "G-07-14 2020:G-10-03"; nineteenth session)."""
    day = code.split(maxsplit=1)[0]
    for part in code.split()[1:]:
        since, _, moved = part.partition(":")
        if year >= int(since):
            day = moved
    if day == "-":
        return None
    return dt.date(year, int(day[2:4]), int(day[5:7]))


def _told_as_custom(text: str, a: int, b: int) -> bool:
    """The clause of text[a:b] (a yearly day, or a day and month after one; from the last
    comma or relative before it) opens with a present verb (a word of four letters or more in
    ي, after و / ف or none: يحتفل المسلمون في عيد الفطر، الأكلات التي يحرص أهل جدة على تناولها
    في أول أيام عيد الفطر), holds no أن / إن (يذكر أن المدينة تتعرض لقصف منذ أول أيام عيد الفطر،
    على أن يقوم الأبناء بزيارة: a clause of a fact or a plan) and no word of `span_bounds` after
    the verb (بعد تعرضه لحادث: the time of what it names), and its sentence names no time of its
    own (no digit,
    no weekday, no word of `relday_words` nor a direction: يصادف الجمعة أول أيام عيد الفطر، يحتفل
    المسلمون اليوم; and no future marker, `_future_before`): a custom told in the present,
    every year's, no one day (eighteenth session)."""
    before, _ = after_last(text[max(0, a - 150):a])
    after = _SENTENCE_END_RE.split(text[b:b + 150], maxsplit=1)[0]
    lex = date_words()
    # (the clause of the day: after a comma, أن / إن or a relative, يذكر أن المدينة تتعرض
    # لقصف منذ أول أيام عيد الفطر, whose first word is no verb of the custom's)
    words = _PHRASE_END_RE.split(before)[-1].split()
    for k in range(len(words) - 1, -1, -1):
        w = strip_conj(words[k])
        if w in lex.that_words or w[:1] in ("ب", "ل") and w[1:] in lex.that_words:
            return False  # (على أن يقوم الأبناء بزيارة … في ثالث أيام عيد الأضحى: a plan)
        if w in lex.clause_openers:
            words = words[k + 1:]
            break
    if not words or any(strip_conj(w) in lex.span_bounds for w in words[1:]):
        return False  # (الذي يرقد في المستشفى بعد تعرضه لحادث أول أيام عيد الفطر: the accident's)
    first = strip_conj(words[0])
    if len(words) > 1 and f"{first} {words[1]}" in lex.still_copulas:
        words, first = words[1:], words[1]  # (ما زال: the second word is the copula)
    if first in lex.past_copulas or first in lex.still_copulas:
        # (a custom of the past, a copula and a present verb: كان الناس يحتفلون في عيد الفطر،
        # كانت العائلات تتبادل الزيارات; not one act told in its course, كان يزور المدينة …
        # عندما وقع الحادث. كان is no أن after ب / ل above. Nineteenth session; and one that goes
        # on, `still_copulas`: ما زال الناس يحتفلون، لا تزال العائلات تتبادل. Twentieth session)
        if not any(_present_verb(strip_conj(w), lex) for w in words[1:4]) or \
                any(strip_conj(w) in lex.past_particles for w in after.split()):
            return False
    elif not _present_verb(first, lex):
        return False
    # (the names of yearly days masked: اليوم of «اليوم الوطني» is no relative day)
    around = _yearly_name_re().sub(" ", before + " " + after)
    return not _own_time_re().search(around) and not _future_before(text, a, clause=False)


def _present_verb(w: str, lex) -> bool:
    """A folded word spelt as a present verb: four letters or more in ي (يحتفل، يحرص), or in
    تت (تتبادل، تتجمع: a present of the fifth and sixth forms), no word of `not_present_words`
    nor a month."""
    return (len(w) >= 4 and w[0] == "ي" or len(w) >= 5 and w.startswith("تت")) and \
        w not in lex.not_present_words and w not in gregorian_months()


# Between a yearly day's name and the day written after it: عيد الفطر الموافق 18 يوليو، عيد
# الفطر (18 يوليو)، عيد الأضحى، الموافق لـ 24 سبتمبر، عيد الفطر يوم السبت
_WRITTEN_DAY_RE = regex.compile(r"\s*[،,(]?\s*(?:(?:ال)?موافق[هة]?\s*(?:ل\s*)?|يوافق\s+)?")


def _with_written_days(chosen: list[Found], text: str) -> list[Found]:
    """A yearly day (`_yearly`) followed by its day written in the text, in apposition (عيد
    الفطر الموافق 18 يوليو، عيد الفطر (السبت 18 يوليو)، عيد الفطر يوم السبت), takes that day: the
    day the text's country kept (Iran, Oman and Pakistan kept Eid al-Fitr 1436 on 18 July, Umm
    al-Qura's calendar has 17 July), as ICEWS and GDELT date by what the text says
    (eighteenth session)."""
    for f, g in zip(chosen, chosen[1:]):
        if f.kind == "yearly" and g.granularity == "day" and g.kind != "yearly" and \
                _WRITTEN_DAY_RE.match(text, f.end).end() == g.start:
            f.value, f.relative, f.fallback = g.value, g.relative, None
        elif f.kind == "yearly" and g.kind == "weekday" or f.kind == "weekday" and \
                g.kind == "yearly":
            feast, day = (f, g) if f.kind == "yearly" else (g, f)
            if _weekday_of_the_feast(feast, day, text[f.end:g.start]) and \
                    not _eve_re().search(text[max(0, feast.start - 12):feast.start]):
                # (عشية عيد الفطر: the day before, which `_after_eve` gives)
                feast.value, feast.fallback = day.value, None
    return chosen


# Words between a feast and the weekday told in its clause: احتفلت عمان يوم السبت بأول أيام عيد
# الفطر، صلى المسلمون صلاة العيد يوم السبت في مسقط، أول أيام عيد الفطر
FEAST_WEEKDAY_WORDS = 5


def _weekday_of_the_feast(feast: Found, day: Found, between: str) -> bool:
    """A Hijri feast (`_yearly`) and a weekday told in its clause, at most FEAST_WEEKDAY_WORDS
    words apart with no أن / إن nor a clause opener between (قال يوم السبت إن المساجد ستفتح في
    عيد الفطر: two times), one or two days from Umm al-Qura's: the day the text's country kept
    the feast (Oman kept Eid al-Fitr 1436 on Saturday 18 July, Umm al-Qura has Friday 17 July),
    which wins (nineteenth session)."""
    if feast.calendar != "hijri" or day.granularity != "day" or \
            _SENTENCE_END_RE.search(between):
        return False
    words = [strip_conj(w.strip("،,()")) for w in between.split()]
    lex = date_words()
    if len(words) > FEAST_WEEKDAY_WORDS or any(
            w in lex.that_words or w in lex.clause_openers for w in words):
        return False
    try:
        gap = abs((dt.date.fromisoformat(day.value) - dt.date.fromisoformat(feast.value)).days)
    except ValueError:
        return False
    return 1 <= gap <= 2


_YEAR_WRITTEN_RE = regex.compile(r"\d{3,4}")
_CUSTOM_KINDS = frozenset({"dmy", "hijri", "hijri_dm"})


def _without_customs(chosen: list[Found], text: str) -> list[Found]:
    """Without a day and month written with no year that is every year's: right before a word
    of `habitual_words` (في 23 سبتمبر من كل عام، 10 ذي الحجة سنوياً), or in a sentence told as a
    custom (`_told_as_custom`) that names a yearly day (يحتفل السعوديون باليوم الوطني في 23
    سبتمبر): the day of a custom, not of an event (eighteenth session)."""
    out = []
    for f in chosen:
        if f.kind in _CUSTOM_KINDS and f.granularity == "day" and \
                not _YEAR_WRITTEN_RE.search(text, f.start, f.end) and (
                    _habitual_re().match(text, f.end + _space_after(text, f.end)) or
                    _told_as_custom(text, f.start, f.end) and _names_a_yearly_day(text, f)):
            continue
        out.append(f)
    return out


def _space_after(text: str, pos: int) -> int:
    return len(text[pos:pos + 5]) - len(text[pos:pos + 5].lstrip())


def _names_a_yearly_day(text: str, f: Found) -> bool:
    """A name of dates.json `yearly_days` or `national_day_names` in the sentence of `f`."""
    before, _ = after_last(text[max(0, f.start - 150):f.start])
    return bool(_yearly_name_re().search(before))


@per_lexicon
def _yearly_name_re() -> regex.Pattern:
    lex = date_words()
    names = alternation([*lex.yearly_days, *lex.national_day_names])
    return regex.compile(rf"(?<![\p{{L}}])[وفبل]?(?:{names})(?![\p{{L}}])")


@per_lexicon
def _own_time_re() -> regex.Pattern:
    """A digit, a weekday, a relative day (اليوم، أمس، غداً) or a direction (المقبل، الحالي):
    a time the sentence names of its own."""
    lex = date_words()
    words = alternation([*weekdays(), *lex.relday_words, *lex.directions])
    return regex.compile(rf"\d|(?<![\p{{L}}])[وفب]?(?:{words})(?![\p{{L}}])")


# A year after a yearly day's name: عيد الفطر عام 2014، في عيد الفطر من العام الماضي 2014
_YEAR_AFTER_RE = regex.compile(
    r"\s+(?:من\s+)?(?:(?:ال)?(?:عام|سنه)\s+(?P<ydir>\p{L}+)(?:\s+(?:19|20)\d\d)?"
    r"|(?:عام|العام|لعام|للعام|سنه)\s+(?P<y>(?:19|20)\d\d))(?![\p{L}\p{N}])")


def _habitual_sentence(text: str, a: int, b: int) -> bool:
    """A word of dates.json `habitual_words` (سنويا، عاده، اعتاد، كل عام) in the sentence of
    text[a:b], within 150 characters of it."""
    before, _ = after_last(text[max(0, a - 150):a])
    after = _SENTENCE_END_RE.split(text[b:b + 150], maxsplit=1)[0]
    return bool(_habitual_re().search(before) or _habitual_re().search(after))


@per_lexicon
def _habitual_re() -> regex.Pattern:
    return regex.compile(rf"(?<![\p{{L}}])(?:[وف]?(?:{alternation(date_words().habitual_words)}))"
                         rf"(?![\p{{L}}])")


def _relday(m, published, text):
    if published is None:
        return None
    lex = date_words()
    rel = _SPACES_RE.sub(" ", m.group("rel"))
    after = text[m.end():m.end() + 12]
    if rel == "امس" and _ARTICLE_NEXT_RE.match(after):
        if _FIRST_NEXT_RE.match(after):
            day = published - dt.timedelta(days=2)  # أمس الأول = the day before yesterday
            return Found(m.start(), m.end() + len(_FIRST_RE.match(after).group(0)),
                         day.isoformat(), "day", True)
        if _NEED_RE.match(after):
            return None  # في أمس الحاجة: "most", not yesterday
    offset = {"امس": -1, "الامس": -1, "البارحه": -1, "اول امس": -2, "اول من امس": -2,
              "اليوم": 0, "الليله": 0, "غدا": 1, "غد": 1, "بعد غد": 2}[rel]
    if rel in ("اليوم", "الليله"):
        if m.group("part") == "اليوم" or _ARTICLE_NEXT_RE.match(text[m.end():m.end() + 4]):
            return None  # اليوم الأول, اليوم الوطني: a day, not today
        before = _prev_word(text, m.start())
        if before in lex.not_this_day_words:
            return None  # منذ ذلك اليوم، في ذات اليوم، طيلة اليوم: that day, all day long
        if before == _THIS and strip_conj(_two_words_before(text, m.start())[0]) in \
                lex.anniversary_words:
            return None  # في مثل هذا اليوم: this day of another year (`_with_anniversaries`)
        following = _NEXT_WORD_RE.match(text, m.end())
        if following and following.group(1) in lex.same_words:
            # في اليوم نفسه: the day told before, filled in by `_with_days_told_before`; في
            # اليوم ذاته من سنة 1962: that day's month and day in the year written after it
            of_year = _OF_YEAR_RE.match(text, following.end())
            if of_year:
                return Found(m.start(), of_year.end(), of_year.group("y"), "day", False,
                             anchor="sameday")
            return Found(m.start(), following.end(), "", "day", True, anchor="sameday")
        if before in lex.per_unit_words:
            return None  # ثلاث مرات في اليوم، 300 ريال في الليلة: a rate, not today
        if _UNITS_AFTER_RE.match(text, m.end()) or \
                _UNITS_BEFORE_RE.search(text[max(0, m.start() - 14):m.start()]):
            return None  # خلال اليوم والأسبوع والشهر، في اليوم والليلة: units of time, not today
    day = published + dt.timedelta(days=offset)
    return Found(m.start(), m.end(), day.isoformat(), "day", True)


def _relperiod(m, published, text):
    if published is None:
        return None
    unit = (m.group("unit") or m.group("unit2"))
    unit = unit[2:]  # drop ال / لل
    written = m.group("dir") or m.group("pdir")  # العام (الماضي): the newspaper's correction
    direction = date_words().directions[written] if written else 0
    if m.group("before_last"):
        direction = -2  # الشهر قبل الماضي: the month before last
    if unit == "اسبوع":
        d = published + dt.timedelta(weeks=direction)
        iso = d.isocalendar()
        return Found(m.start(), m.end(), f"{iso[0]:04d}-W{iso[1]:02d}", "week", True)
    if unit == "شهر":
        y, mo = divmod(published.year * 12 + published.month - 1 + direction, 12)
        return Found(m.start(), m.end(), f"{y:04d}-{mo + 1:02d}", "month", True)
    return Found(m.start(), m.end(), f"{published.year + direction:04d}", "year", True)


def _month_day(m, published, text, hijri_home: bool = False):
    """A day of the month named by its direction from the publication's (17 من الشهر الحالي،
    في 17 الجاري: the current month; الشهر الماضي: the one before). Saudi news counts such
    days in Hijri months too (تنطلق في الـ27 من الشهر الجاري: 27 Shawwal). The Hijri month's
    day is read when that is sure (twenty-first session): in an article whose dates are told
    in the Hijri calendar alone (a Hijri year, 1436هـ or 1436/1437, or a Hijri month with a day,
    شهر or a direction; no Gregorian month nor a year 19xx/20xx), or when the words before the
    day tell it to come or past (`_month_day_tense`) and the Gregorian day goes against them
    while the Hijri one agrees (يستمر إلى 15 من الشهر الجاري, published on the 22nd) in an
    article that is Saudi (`hijri_home`: its dateline, agency or outlet) or tells a Hijri date
    (`_hijri_told_re`), and names no Gregorian month nor a year near the publication's
    (`_counts_in_hijri_months`); elsewhere an article dated a day after the day it names is
    common (a crawl's date). Else in an article that writes a Hijri year or a sentence that
    names a Hijri month, no date; else the Gregorian day."""
    if published is None:
        return None
    if m.group("dord") and _prev_word(text, m.start()) in date_words().not_day_heads:
        return None  # (نهاية الأسبوع الأول من الشهر الجاري: the first week)
    d = int(m.group("d")) if m.group("d") else \
        ordinal_days()[_SPACES_RE.sub(" ", m.group("dord"))]
    written = m.group("dir") or m.group("dir2")
    direction = date_words().directions[written] if written else 0
    hijri = _hijri_day_of_month(published, direction, d)
    hijri_found = Found(m.start(), m.end(), hijri.isoformat(), "day", True, "hijri") \
        if hijri is not None else None
    y, mo = divmod(published.year * 12 + published.month - 1 + direction, 12)
    try:
        day: dt.date | None = dt.date(y, mo + 1, d)
    except ValueError:
        day = None
    tense = _month_day_tense(text, m.start())
    # (a day agrees with the tense when it is to come, or past, as the words before it say)
    day_agrees = day is not None and (not tense or (day >= published) == (tense > 0))
    hijri_agrees = hijri is not None and (not tense or (hijri >= published) == (tense > 0))
    gregorian_told = _gregorian_told_re().search(text) is not None
    if _hijri_told_re().search(text) and not gregorian_told:
        # (an article of Hijri dates alone: the Hijri day, unless the tense says otherwise:
        # ستنطلق يوم 15 من الشهر الحالي published on the 17th of the Hijri month)
        if hijri_agrees:
            return hijri_found
        return Found(m.start(), m.end(), day.isoformat(), "day", True) \
            if tense and day_agrees else None
    if tense and hijri_agrees and not day_agrees and \
            (hijri_home or _hijri_told_re().search(text)) and \
            _counts_in_hijri_months(text, published, hijri_home):
        # (the Gregorian day goes against the tense, the Hijri one agrees, in an article
        # that may count in Hijri months: a Saudi one, or one telling a Hijri date; not a bare
        # رمضان، رجب: names too)
        return hijri_found
    if day is None or _hijri_sign_re().search(text) or _hijri_month_re().search(
            _SENTENCE_END_RE.split(text[max(0, m.start() - 200):m.start()])[-1]
            + _SENTENCE_END_RE.split(text[m.end():m.end() + 200], maxsplit=1)[0]):
        return None
    return Found(m.start(), m.end(), day.isoformat(), "day", True)


def _counts_in_hijri_months(text: str, published: dt.date, hijri_home: bool) -> bool:
    """May an article count its days of the month in Hijri months, as far as its Gregorian
    dates tell: it names no Gregorian month, and writes no year 19xx/20xx that is the
    publication's or the next (a past year, جائزة لعام 2014 in 2015, tells nothing of the
    current month) unless it is Saudi and writes a Hijri year too ((1436هـ – 2015م))."""
    year_now = False
    for m in _gregorian_told_re().finditer(text):
        if not m.group(0).isdigit():
            return False  # (a Gregorian month: 2 مارس، يوليو الماضي)
        year_now = year_now or 0 <= int(m.group(0)) - published.year <= 1
    return not year_now or hijri_home and _hijri_sign_re().search(text) is not None


MONTH_DAY_TENSE_WORDS = 5  # words before a day of the month read for its tense


def _month_day_tense(text: str, pos: int) -> int:
    """1 when the words before a day of the month at `pos`, within its clause, tell it to come
    (a future marker, `_future_before`, or the nearest word of dates.json
    `month_day_ahead_words`: يستمر حتى، تنطلق في), -1 when they tell it past (the nearest word
    of `month_day_back_words`: منذ، انطلق), 0 when they tell neither."""
    before, _ = after_last(text[max(0, pos - 80):pos], _PHRASE_END_RE)
    lex = date_words()
    for w in reversed(before.split()[-MONTH_DAY_TENSE_WORDS:]):
        w = strip_conj(w.strip("«»\"()"))
        if w in lex.month_day_back_words:
            return -1
        if w in lex.month_day_ahead_words or w[:1] == "س" and w[1:] in lex.month_day_ahead_words:
            return 1
    return 1 if _future_before(text, pos, clause=True) else 0


def _hijri_day_of_month(published: dt.date, direction: int, d: int) -> dt.date | None:
    """The Gregorian day of day `d` of the Hijri month `direction` months from the
    publication's (0: its own)."""
    now = hijri_of(published)
    if now is None:
        return None
    y, mo = divmod(now.year * 12 + now.month - 1 + direction, 12)
    return hijri_to_gregorian(y, mo + 1, d)


def _hijri_month_day(f: Found, published: dt.date | None, text: str) -> dt.date | None:
    """The day of a `month_day` expression counted in the Hijri month its direction names
    from the publication's (يوم الثلاثاء 26 الشهر الجاري, published in Shawwal: 26 Shawwal)."""
    m = _DAY_NUMBER_RE.match(text, f.start)
    if published is None or m is None:
        return None
    lex = date_words()
    written = _DIRECTION_AFTER_RE.search(text, f.start, f.end)
    step = lex.directions.get(written.group(0), 0) if written else 0
    return _hijri_day_of_month(published, step, int(m.group(0)))


_DAY_NUMBER_RE = regex.compile(r"\d{1,2}(?!\d)")
_DIRECTION_AFTER_RE = regex.compile(r"\p{L}+$")


# a Hijri year (1436هـ، 1436 هجري) and a Hijri month's name, for `_month_day`
@per_lexicon
def _hijri_sign_re() -> regex.Pattern:
    return regex.compile(rf"(?<![\d/])[1١][34٣٤]\d\d(?:\s*{HIJRI_MARK}|\s*/\s*[1١][34٣٤]\d\d)")


@per_lexicon
def _hijri_month_re() -> regex.Pattern:
    return regex.compile(rf"{B}(?:{alternation(hijri_months())}){E}")


_ZERO = fold("صفر")


@per_lexicon
def _hijri_told_re() -> regex.Pattern:
    """A date told in the Hijri calendar: a Hijri year (`_hijri_sign_re`) or a Hijri month
    after a day or شهر, or before a direction, an adjective of praise or a year (not رمضان,
    صفر, رجب alone: names and "zero")."""
    lex = date_words()
    months = alternation(hijri_months())
    # (صفر is also "zero": after a digit alone it is a score, 3 صفر)
    months_after_day = alternation(m for m in hijri_months() if m != _ZERO)
    after = alternation(set(lex.directions) | {"المبارك", "الكريم", "المعظم", "الحرام"})
    return regex.compile(
        rf"{_hijri_sign_re().pattern}|(?<![\d.,/])\d{{1,2}}\s+(?:من\s+)?(?:{months_after_day}){E}"
        rf"|(?:(?<![\d.,/])\d{{1,2}}\s+(?:من\s+)?|{B})شهر\s+(?:{months}){E}"
        rf"|{B}(?:{months})\s+(?:{after}|[1١][34٣٤]\d\d){E}")


@per_lexicon
def _gregorian_told_re() -> regex.Pattern:
    """A date told in the Gregorian calendar: a Gregorian month's name or a year 19xx / 20xx
    (a count of that size too, which only keeps the Hijri reading away)."""
    return regex.compile(rf"{B}(?:{alternation(gregorian_months())}){E}"
                         rf"|(?<![\d.,٫])(?:19|20)\d\d(?!\d)")


def _duration(m, published, text):
    lex = date_words()
    unit = _key(m.group("unit"))
    designator, alone, mult = lex.duration_units[unit]
    n_text = m.group("n")
    q = m.group("q")
    if n_text:
        if alone is not None:
            return None  # "ثلاثة عامين" is not Arabic; keep the dual on its own
        if n_text[0].isdigit():
            if unit == "يوم" and _YEAR_DIGITS_RE.fullmatch(n_text) and \
                    _names_a_tournament(text, m.start()):
                # كأس العالم 2018 يوم 20 سبتمبر: a year, then "on the day of" (but بعد مرور
                # 1000 يوم: a thousand days)
                return None
            try:
                n: float = float(n_text.replace(",", "."))
            except ValueError:
                return None
        else:
            words = [w[1:] if w.startswith("و") and w[1:] else w for w in n_text.split()]
            words = [w for w in words if w != "و"]
            parsed = parse_number_words(words)
            if parsed is None:
                return None
            n = parsed
    elif alone is not None:
        n = alone
    elif m.group("half") and unit not in lex.vague_units:
        n = 1  # عام ونصف، ساعة ونصف
    elif unit in lex.singular_alone and q and (m.group("q0") or q not in ("نحو", "حوالي", "قرابه",
                                                                     "زهاء")):
        if _next_word_is_name(text, m.end()):
            return None  # خلال شهر رمضان, منذ عام التحرير: a named period, not a length
        n = 1  # منذ عام, خلال شهر, بعد أسبوع, منذ نحو عقد
    elif m.group("vague") or (unit in lex.vague_units and (
            m.group("q0") or q in lex.vague_span_words or _after_li(text, m.start()))):
        if m.group("vague") and unit not in lex.vague_units or _plural_of_a_name(m, text):
            return None  # عدة عام is not Arabic; منذ أيام الاستعمار: a named time
        if unit == "عقود" and not (q in ("منذ", "طيله", "مده", "لمده") or m.group("many") or
                                   _CLAUSE_END_NEXT_RE.match(text, m.end())):
            return None  # عدة عقود، لعقود عمل: contracts, not decades
        return Found(m.start(), m.end(), _vague_duration(designator, mult), "duration", False)
    else:
        return None
    if m.group("half"):
        n += 0.5 if m.group("half") == "نصف" else 0.25  # ثلاثة أعوام ونصف: P3.5Y
    n *= mult
    num = str(int(n)) if float(n).is_integer() else str(n)
    if designator == "H":
        value = f"PT{num}H"
    elif designator == "MIN":
        value = f"PT{num}M"
    else:
        value = f"P{num}{designator}"
    return Found(m.start(), m.end(), value, "duration", False)


_VAGUE_VALUE_RE = regex.compile(r"P(T?)X(DE|[DWMYH])")


def _vague_duration(designator: str, mult: int) -> str:
    """A length of a vague count: PXY (years), PXDE (decades), PTXH (hours), PTXM (minutes)."""
    if designator in ("H", "MIN"):
        return "PTX" + designator[0]
    return "PXDE" if mult == 10 else "PX" + designator


def _after_li(text: str, pos: int) -> bool:
    """A ل proclitic joined to the word at `pos` (لسنوات: for years)."""
    return pos > 0 and text[pos - 1] == "ل" and (pos < 2 or not text[pos - 2].isalpha())


def _plural_of_a_name(m, text: str) -> bool:
    """A plural unit in a construct with a definite noun (منذ أيام الاستعمار، منذ ساعات الصباح):
    the days of something, not a count of days."""
    lex = date_words()
    if m.group("many"):
        return False
    nxt = _NEXT_WORDS_RE.match(text, m.end())
    first = nxt.group(1).split()[0] if nxt else ""
    return first in lex.period_names or (_next_word_is_name(text, m.end()) and
                                      first not in lex.not_names)



def _shift(published: dt.date, designator: str, n: int) -> tuple[str, str]:
    """The period `n` units (D, W, M, Y; negative: before) from the publication, as a value at
    the unit's own granularity: قبل عشرة أشهر → that month, قبل ثلاث سنوات → that year."""
    if designator == "D":
        return (published + dt.timedelta(days=n)).isoformat(), "day"
    if designator == "W":
        iso = (published + dt.timedelta(weeks=n)).isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}", "week"
    if designator == "M":
        y, mo = divmod(published.year * 12 + published.month - 1 + n, 12)
        return f"{y:04d}-{mo + 1:02d}", "month"
    return f"{published.year + n:04d}", "year"


_DURATION_VALUE_RE = regex.compile(r"P(\d+)(\.5)?([DWMY])")
_HALF_UNITS = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7)}  # P1.5Y = 18 months back


def since_start(duration: str, published: dt.date) -> tuple[str, str] | None:
    """The start of a duration counted back from the publication, at the unit's granularity:
    منذ عامين after a past verb (قتل منذ عامين) is when the act took place. Whole units (P2Y,
    P10M, P3W, P2D), a half more (P1.5Y: the month eighteen months back) and a vague count (PXY:
    three to ten years back, an interval); None for hours and anything else."""
    vague = _VAGUE_VALUE_RE.fullmatch(duration)
    if vague and not vague.group(1):  # منذ سنوات: three to ten units back, as قبل سنوات
        designator, mult = ("Y", 10) if vague.group(2) == "DE" else (vague.group(2), 1)
        lo, hi = VAGUE_COUNT
        far, _ = _shift(published, designator, -hi * mult)
        near, gran = _shift(published, designator, -lo * mult)
        return f"{far}/{near}", gran
    m = _DURATION_VALUE_RE.fullmatch(duration)
    if not m or not 0 < int(m.group(1)) <= 200:
        return None
    designator, n = m.group(3), int(m.group(1))
    if m.group(2):
        if designator not in _HALF_UNITS:
            return None
        designator, per = _HALF_UNITS[designator]
        n = n * per + per // 2
    return _shift(published, designator, -n)


def _ago(m, published, text):
    """قبل عشرة أشهر / قبل يومين / قبل عام: that many units before the publication, a point at
    the unit's granularity; قبل عدة أشهر / قبل بضعة أيام / قبل أسابيع: an interval (3 to 10
    units before). بعد يومين is two days after it only when a future marker stands before
    (ستعقد الجلسة بعد يومين); in a story told in the past (أفرج عنه بعد يومين) it counts from
    the story's event, and stays a duration. A count measured from another event (قبل يومين من
    الانتخابات) and a bound (قبل أكثر من عام) stay durations too."""
    lex = date_words()
    if published is None:
        return None
    unit = _key(m.group("unit"))
    designator, alone, mult = lex.duration_units[unit]
    sign = -1 if m.group("dirw") == "قبل" else 1
    n_text, vague = m.group("n"), m.group("vague")
    measured_from, now = _measured_from(text, m.end())
    if sign == 1 and not now and not (m.group("q") or n_text or alone is not None) and \
            designator in "DWMY" and (unit in lex.unit_designators or unit in lex.vague_units) and \
            (measured_from or not _future_before(text, m.start(), clause=True)):
        # بعد سنوات، بعد أيام من الزلزال: so many units after the story's time or after the
        # date of what it is counted from, a length until `_with_counts_after` finds one
        return Found(m.start(), m.end(), _vague_duration(designator, mult), "duration", False,
                     anchor="after_of" if measured_from else "after")
    if measured_from:
        return None
    if sign == 1 and not now and not _future_before(text, m.start(), clause=True):
        return None
    if n_text and (vague or alone is not None):
        return None  # عدة ثلاثة أيام, ثلاثة عامين: not Arabic
    if designator in ("H", "MIN"):
        if n_text or alone is not None or vague or unit == "ساعات":
            return Found(m.start(), m.end(), published.isoformat(), "day", True)  # hours ago
        return None
    if n_text:
        if n_text[0].isdigit():
            n = int(n_text)
        else:
            words = [w[1:] if w.startswith("و") and w[1:] else w for w in n_text.split()]
            n = parse_number_words([w for w in words if w != "و"]) or 0
    elif alone is not None:
        n = alone
    elif unit in lex.singular_alone:
        if vague or (_next_word_is_name(text, m.end()) and
                     _NEXT_WORDS_RE.match(text, m.end()).group(1).split()[0] not in lex.not_names):
            return None  # بعد عام التحرير, قبل شهر رمضان: a named period
        n = 1  # قبل عام, بعد أسبوع
    elif unit in lex.unit_designators or vague:
        lo, hi = VAGUE_COUNT
        mult_lo, mult_hi = lo * mult, hi * mult
        far, _ = _shift(published, designator, sign * mult_hi)
        near, gran = _shift(published, designator, sign * mult_lo)
        value = f"{far}/{near}" if sign < 0 else f"{near}/{far}"
        return Found(m.start(), m.end(), value, gran, True)
    else:
        return None
    n *= mult
    if not 0 < n <= (published.year - 1 if designator == "Y" and sign < 0 else 200):
        return None  # (قبل 1400 عام: a year of history; other units stay within 200)
    if m.group("half") and designator == "Y":  # قبل عام ونصف: eighteen months, a month
        designator, n = "M", 12 * n + 6
    elif m.group("half") and designator == "M":  # قبل شهر ونصف: about 45 days, a day
        designator, n = "D", 30 * n + 15
    value, gran = _shift(published, designator, sign * n)
    return Found(m.start(), m.end(), value, gran, True)


def _measured_from(text: str, end: int) -> tuple[bool, bool]:
    """Whether a count after قبل / بعد ending at `end` is measured from what follows it (قبل
    يومين من الانتخابات، بعد عامين على الاتفاق: no time of its own), and whether it is counted
    from the publication by من الآن (بعد عامين من الآن: two years after the publication, no
    future marker needed). A preposition that opens a phrase of another kind (dates.json
    `not_measured_from`: قبل عام من أجل الدراسة، قبل أيام عن طريق الإذاعة، قبل عقود من الزمن)
    leaves the count as it would be with nothing after it."""
    anchor = _ago_anchor_re().match(text, end)
    if anchor is None:
        return False, False
    following = _NEXT_WORD_RE.match(text, anchor.end())
    word = following.group(1) if following else ""
    lex = date_words()
    if word in lex.now_words and anchor.group(0).split()[-1] == "من":
        return False, True
    if word in lex.not_measured_from or anchor.group(0).split()[-1] == "من" and \
            _place_at(text, anchor.end()):
        return False, False
    return True, False


def _place_at(text: str, pos: int) -> bool:
    """A name of the countries or cities dictionaries begins right after `pos` (after its
    spaces): عاد قبل يومين من باريس، وصل قبل أيام قليلة من الولايات المتحدة, where the count is
    from the publication and من tells where from (fifteenth session)."""
    names, most = place_names()
    words = text[pos:pos + 60].split()[:most]
    for k in range(len(words), 0, -1):
        if " ".join(words[:k]).rstrip("،,.؛:!?؟)»\"") in names:
            return True
    return False


def _plural_period(m, published, text):
    """الأيام الماضية / الأسابيع المقبلة / الأشهر القليلة الماضية: the few units up to the
    publication or after it, an interval (1 to 10 units); with a count (الأيام الثلاثة الماضية،
    الأشهر الـ12 الماضية، الساعات الثماني والأربعين الماضية) that many units; hours (الساعات
    الماضية، الساعات الـ48 الماضية) are days: the publication day and the days they reach back
    or ahead."""
    if published is None or (m.group("dir") == "السابقه" and _BEFORE_WHAT_RE.match(text, m.end())):
        return None  # الأيام السابقة للانتخابات: the days before the vote
    sign = 1 if m.group("dir") in ("المقبله", "القادمه") else -1
    unit = m.group("unit")[2:]
    designator = "H" if unit == "ساعات" else date_words().unit_designators[unit]
    n = _count_value(m.group("n") or m.group("nw") or "")
    if n is None and (m.group("n") or m.group("nw")):
        return None
    value, gran = _counted_span(published, designator, n, sign)
    return Found(m.start(), m.end(), value, gran, True)


def _counted_period(m, published, text):
    """الـ48 ساعة الماضية، خلال 24 ساعة المقبلة، العشرين عاماً الماضية: so many units back from
    the publication or ahead of it (see `_counted_span`); the count's article joins the span."""
    if published is None:
        return None
    n = _count_value(m.group("n"))
    if n is None:
        return None
    designator = date_words().duration_units[m.group("unit")][0]
    sign = date_words().directions[m.group("dir")]
    start = m.start()
    article = _ARTICLE_BEFORE_RE.search(text[max(0, start - 4):start])
    if article:
        start -= len(article.group(0))
    value, gran = _counted_span(published, designator, n, sign)
    return Found(start, m.end(), value, gran, True)


_ARTICLE_BEFORE_RE = regex.compile(r"(?<![\p{L}])ال\s*$")
_ARTICLE_WORD_RE = regex.compile(r"^و?ال")


def _count_value(count: str) -> int | None:
    """A count in digits or words, with or without the article (الثماني والأربعين = 48): a
    number from 1 to 200, else None; an empty count is None too."""
    if not count:
        return None
    if count.isdigit():
        n = int(count)
    else:
        words = [_ARTICLE_WORD_RE.sub("", w) for w in count.split()]
        words = [w[1:] if w.startswith("و") and w[1:] else w for w in words]
        n = parse_number_words([w for w in words if w != "و"]) or 0
    return n if 0 < n <= 200 else None


def _counted_span(published: dt.date, designator: str, n: int | None, sign: int):
    """The units from the publication back (sign -1) or ahead (1), as an interval at the unit's
    granularity: n units (with no count, up to ten: الأيام الماضية); the publication's own unit
    is left out (الأيام الثلاثة الماضية: the three days before it). Hours are days, the
    publication day with the days they reach (الساعات الـ48 الماضية: two days before it, and
    it)."""
    if designator in ("H", "MIN"):
        days = -(-(n or 24) // 24) if designator == "H" else 1
        other = (published + dt.timedelta(days=sign * days)).isoformat()
        now = published.isoformat()
        return (f"{other}/{now}" if sign < 0 else f"{now}/{other}"), "day"
    far, _ = _shift(published, designator, sign * (n or VAGUE_COUNT[1]))
    near, gran = _shift(published, designator, sign)
    return (f"{far}/{near}" if sign < 0 else f"{near}/{far}"), gran


def _told_year(m, published, text):
    """العام نفسه، في ذلك العام: the year the text named last (filled in later; no such year: no
    date); العام التالي: the year after it, or with none the year after the publication."""
    if m.group("same"):
        return Found(m.start(), m.end(), "", "year", False, anchor="same")
    fallback = f"{published.year + 1:04d}" if published else ""
    return Found(m.start(), m.end(), fallback, "year", True, anchor="next")


def _with_years_told_before(chosen: list[Found], text: str) -> list[Found]:
    """Give an expression of the year told before (`anchor`) the year of the last absolute date
    of its paragraph (a day, a month or a year written with its year: a relative one is the
    reader's time, not the story's); without one it keeps its fallback value, or is dropped when
    it has none."""
    out: list[Found] = []
    told: Found | None = None
    for f in chosen:
        if f.anchor in ("same", "next"):
            year = int(told.value[:4]) if told is not None and \
                "\n" not in text[told.end:f.start] else None
            value = f.value
            if year is not None:
                year += f.anchor == "next"
                value = f"{year:04d}" + (f.value[1:] if f.value.startswith("--") else "")
            if not value or value.startswith("--") or not _valid_iso(value):
                continue
            f = Found(f.start, f.end, value, f.granularity, year is None and f.relative,
                      f.calendar, f.kind, f.rank)
        elif not f.relative and f.granularity in ("day", "month", "year") and \
                f.value[:4].isdigit() and "/" not in f.value:
            told = f
        out.append(f)
    return out


def _with_days_told_before(chosen: list[Found], text: str) -> list[Found]:
    """Give اليوم نفسه، في الليلة ذاتها (`anchor` "sameday") the value of the last day named
    before it in its paragraph, a day of its own or relative (اعتقل أمس … وفي اليوم نفسه); with
    none it is dropped (it is not the publication day). With a year of its own (في اليوم ذاته
    من سنة 1962: the value is that year) it is that day's month and day in that year, or with
    no day told before the year alone."""
    out: list[Found] = []
    told: Found | None = None
    for f in chosen:
        if f.anchor == "sameday":
            if told is None or "\n" in text[told.end:f.start]:
                if f.value:
                    out.append(Found(f.start, f.end, f.value, "year", False, f.calendar, f.kind,
                                     f.rank))
                continue
            value = f.value + told.value[4:] if f.value else told.value
            if not _valid_iso(value):
                continue  # (29 February in a year without one)
            f = Found(f.start, f.end, value, "day", told.relative and not f.value, told.calendar,
                      f.kind, f.rank)
        elif f.granularity == "day" and len(f.value) == 10:
            told = f
        out.append(f)
    return out


def _with_anniversaries(chosen: list[Found], text: str, published: dt.date | None
                        ) -> list[Found]:
    """«في مثل هذا اليوم» and «في مثل هذه الأيام» (dates.json `anniversary_words`) name this day
    (these days) of another year, never the publication day (`_relday` reads no day there).
    With a past year right after it (من عام 1990، من أغسطس 1990، من العام الماضي، قبل عشرين
    عاماً) that year's date takes its place, stretched back over the words: the publication's
    month and day in that year (in that year's month when one is written), a month for «هذه
    الأيام»; with none the words are no date (twenty-sixth session). Twenty-seventh session: a
    past year right before it (في عام 1990، وفي مثل هذا اليوم) is read the same way, stretched
    on over «اليوم»; and a day of the month after «الموافق» (من عام 1990، الموافق 2 آب) is the
    day of that year it names, joined to it."""
    if published is None or not chosen or "مثل" not in text:
        return chosen
    out = list(chosen)
    for m in _anniversary_re().finditer(text):
        i = bisect.bisect_left([f.start for f in out], m.end())
        after = i < len(out) and _ANNIVERSARY_GAP_RE.fullmatch(text, m.end(), out[i].start)
        if not after and i > 0 and out[i - 1].end <= m.start() and \
                _ANNIVERSARY_BEFORE_RE.fullmatch(text, out[i - 1].end, m.start()) and \
                not _every_year_re().match(text, m.end()):
            i -= 1  # (the year told first: في عام 1990، وفي مثل هذا اليوم)
        elif not after:
            continue
        g = out[i]
        if g.granularity not in ("year", "month") or not _YEAR_OR_MONTH_RE.fullmatch(g.value) \
                or int(g.value[:4]) >= published.year:
            continue
        start, end = (m.start("unit"), g.end) if after else (g.start, m.end("unit"))
        year = int(g.value[:4])
        month = int(g.value[5:7]) if g.granularity == "month" else published.month
        if m.group("unit") != _TODAY:  # (هذه الأيام: a season of that year)
            out[i] = Found(start, end, f"{year:04d}-{month:02d}", "month",
                           g.relative, g.calendar, g.kind, g.rank)
            continue
        day = published.day
        told = out[i + 1] if i + 1 < len(out) else None
        if told is not None and told.granularity == "day" and len(told.value) == 10 and \
                told.calendar == "gregorian" and \
                (told.anchor == "story" or told.value[:4] == f"{year:04d}") and \
                _AGREEING_DAY_RE.fullmatch(text, end, told.start):
            # (الموافق 2 آب: the day it names, in the anniversary's year)
            month, day = int(told.value[5:7]), int(told.value[8:10])
            end = told.end
            del out[i + 1]
        try:
            value = dt.date(year, month, day).isoformat()
        except ValueError:
            continue  # (29 February in a year without one)
        out[i] = Found(start, end, value, "day", g.relative, g.calendar, g.kind, g.rank)
    return out


@per_lexicon
def _every_year_re():
    """dates.json `habitual_words` right after «مثل هذا اليوم» (من كل عام، سنوياً): the day of
    every year, not of the year named before it."""
    return regex.compile(rf"\s*[،,]?\s*[وف]?(?:{alternation(date_words().habitual_words)})"
                         rf"(?![\p{{L}}])")


@per_lexicon
def _anniversary_re():
    words = alternation(date_words().anniversary_words)
    return regex.compile(rf"(?<![\p{{L}}])[وف]?(?:{words})\s+(?:هذا\s+(?P<unit>اليوم)|"
                         rf"هذه\s+(?P<unit>الايام))(?![\p{{L}}])")


def names_this_days_date(before: str) -> bool:
    """The folded text `before` ends with «في مثل هذا اليوم» and «الموافق» (لـ): the day written
    right after it is the day a column of this day in history tells of (في مثل هذا اليوم
    الموافق للعشرين من يوليو: 1944 - …, the 20th of July 1944; twenty-seventh session)."""
    m = _anniversary_re().search(before, max(0, len(before) - 60))
    while m is not None:
        if m.group("unit") == _TODAY and _AGREEING_DAY_RE.fullmatch(before, m.end()):
            return True
        m = _anniversary_re().search(before, m.end())
    return False


# between «مثل هذا اليوم» and its year: spaces, a comma, من or في (the year's own words, عام،
# قبل, are in its expression)
_ANNIVERSARY_GAP_RE = regex.compile(r"\s*(?:[،,]\s*)?(?:(?:من|في)\s+)?")
_YEAR_OR_MONTH_RE = regex.compile(r"\d{4}(?:-\d\d)?")
# between a year and «مثل هذا اليوم» after it: a comma, و and في (the match takes و، ف)
_ANNIVERSARY_BEFORE_RE = regex.compile(r"\s*(?:[،,]\s*)?(?:و?في\s+)?")
# between an anniversary and the day it names: الموافق (لـ), in a comma or a bracket
_AGREEING_DAY_RE = regex.compile(r"\s*[،,(]?\s*(?:ال)?موافق\s*(?:ل\s*(?=\d))?")


# A year this many years or more before the publication tells a story of another time
STORY_YEARS_BACK = 2


def _with_story_years(chosen: list[Found], text: str, published: dt.date | None) -> list[Found]:
    """A month or a day and month written with no year and no direction (`anchor` "story",
    given the publication's year) in a paragraph that tells a story of another time takes that
    story's year: في أكتوبر after «في عام 1990» is October 1990. The story's year is the last
    absolute date before it in the paragraph, if that is two years or more before the
    publication and tells a time (not منذ 1990، قبل 1990 nor أساس لعام 2010), and no time
    counted from the publication (أمس، الشهر الماضي، مؤخراً) stands between: the text has come
    back to the reader's time. A
    month before the story date's own month keeps the publication's rule: on real news such a
    month is mostly the text come back to the reader's time (منذ نوفمبر 2012 … عقد تسليم أغسطس)
    or a time told before the story's (eleventh session's reading, docs/accuracy.md), seldom
    the story gone on into its next year (في 2 أغسطس 1990 … وفي 17 يناير). With no story
    before, a month counted from a later event of another time (في أكتوبر، بعد شهرين من غزو
    الكويت عام 1990) takes that event's year (`_year_counted_from`)."""
    if published is None:
        return chosen
    out: list[Found] = []
    story: Found | None = None
    for i, f in enumerate(chosen):
        named = _named_year_before(text, f, out[-1].end if out else 0) \
            if f.anchor in ("story", "bare") and "/" in f.value else None
        if named is not None:
            f = _in_story_year(f, Found(f.start, f.start, named, "year", False))
        elif f.anchor == "story":
            if story is not None and "\n" not in text[story.end:f.start] and \
                    not _ends_the_story(text, story.end, f.start):
                f = _in_story_year(f, story, text, published)
                if story.anchor == "moved" and f.value[:4] == story.value[:4]:
                    # (a story moved on by a count is told in order: it goes on to this
                    # month, and a month before it is not of its year, في 2012 … وبعد سنتين
                    # … في نوفمبر … في ديسمبر … بعد ذلك في يوليو)
                    story = Found(story.start, f.end, f.value, f.granularity, False,
                                  f.calendar, story.kind, story.rank, "moved")
            else:
                later = _year_counted_from(chosen, i, text, published)
                f = f if later is None else _in_story_year(f, later)
        elif f.relative:
            story = None
        elif _counts_on(f, text) and story is not None:
            # في 2012 … وبعد سنتين …، وفي نوفمبر: November two years on
            story = _moved_on(story, _years_counted(f, text))
        elif f.granularity in ("day", "month", "year") and f.value[:4].isdigit() and \
                "/" not in f.value:
            old = int(f.value[:4]) <= published.year - STORY_YEARS_BACK
            story = f if old and _tells_a_time(f, text) else None
        out.append(f)
    return out


SINCE = "منذ"
_WHOLE_UNITS_RE = regex.compile(r"P(\d+)([DWMY])")
# A vague count of years after بعد / منذ (وبعد سنوات، بعد عدة أعوام، ومنذ سنوات طويلة): no one
# year to move the story to; between a story's date and a month, the month is not the story's
# (dates.json `vague_year_leads`, `vague_year_counts`, `vague_year_units`)
@per_lexicon
def _vague_years_re() -> regex.Pattern:
    lex = date_words()
    return regex.compile(
        rf"{B}(?:{alternation(lex.vague_year_leads)})\s+"
        rf"(?:(?:{alternation(lex.vague_year_counts)})\s+)?"
        rf"(?:{alternation(lex.vague_year_units)}){E}")


# How many words before منذ a past copula (كان يعيش هناك منذ سنوات) may stand
COPULA_REACH = 5


def _ends_the_story(text: str, a: int, b: int) -> bool:
    """A vague count of years (`_vague_years_re`) between `a` and `b` that moves the text away
    from the story's time: not منذ after a past copula of its clause (`past_copulas`: كان يعيش
    هناك منذ سنوات, a span up to the story's time, told inside it)."""
    for m in _vague_years_re().finditer(text, a, b):
        if not (text.startswith(SINCE, m.start()) and _after_past_copula(text, m.start())):
            return True
    return False


def _after_past_copula(text: str, pos: int) -> bool:
    """A word of `past_copulas` among the COPULA_REACH words before `pos`, in its clause."""
    before, _ = after_last(text[max(0, pos - 60):pos], _PHRASE_END_RE)
    copulas = date_words().past_copulas
    return any(strip_conj(w) in copulas for w in before.split()[-COPULA_REACH:])


def _counts_on(f: Found, text: str) -> bool:
    """A length after بعد / قبل (بعد سنتين، قبل شهرين): a time so long after or before another."""
    return f.kind == "duration" and text.startswith(("بعد", "قبل"), f.start)


def _years_counted(f: Found, text: str) -> int | None:
    """The whole years a count after بعد / قبل moves a time (بعد عامين: 2, قبل عام: -1; less
    than a year: 0); None for a vague count (بعد سنوات: no one year)."""
    count = _WHOLE_UNITS_RE.fullmatch(f.value)
    if count is None:
        return None
    sign = 1 if text.startswith("بعد", f.start) else -1
    return sign * int(count.group(1)) if count.group(2) == "Y" else 0


# The granularities from the finest, and the granularity of each unit counted
_GRAINS = ("day", "week", "month", "year")
_UNIT_GRAINS = {"D": "day", "W": "week", "M": "month", "Y": "year"}
_VAGUE_UNIT_RE = regex.compile(r"PX(DE|[DWMY])")


def _with_counts_after(chosen: list[Found], text: str, published: dt.date | None) -> list[Found]:
    """A vague count after بعد told in the past (`anchor` "after": وبعد سنوات انتقل؛ "after_of":
    بعد أيام من الزلزال) is a time so many units after another: the story's time (the last
    absolute date that tells a time, in its sentence or the one before, no time counted from
    the publication between) or, counted from something (من / على / عن), the date of that
    thing when one follows in its phrase (بعد أشهر من الانتخابات التي جرت في مايو 2010). As
    the vague counts before the publication (قبل سنوات), three to ten units: an interval at the
    coarser of the two granularities, cut at the publication (the past cannot be after it).
    With nothing to count from, or all of it after the publication, it stays the length it
    was (PXY: years, no day made up)."""
    if not any(f.anchor in ("after", "after_of") for f in chosen):
        return chosen
    out: list[Found] = []
    for i, f in enumerate(chosen):
        if f.anchor in ("after", "after_of"):
            base = _counted_from(chosen, i, text) if f.anchor == "after_of" else \
                _story_time_before(out, f, text)
            counted = _vague_unit(f.value)
            dated = _count_from(base, f.value, 1, published) if base and counted else None
            f = Found(f.start, f.end, f.value, f.granularity, f.relative, f.calendar, f.kind,
                      f.rank) if dated is None else \
                Found(f.start, f.end, dated[0], dated[1], False, f.calendar, f.kind, f.rank)
        out.append(f)
    return out


# A count after قبل / بعد (a length of `_duration`, or `_ago`'s vague count after بعد) whose
# span holds nothing else (not قبل أكثر من عام: a bound), and the preposition after it
_COUNT_SPAN_RE = regex.compile(r"[وف]?(?P<dir>قبل|بعد)\s+(?!(?:اكثر|اقل|ما)(?![\p{L}]))")
_EXACT_LENGTH_RE = regex.compile(r"P(\d+)([DWMY])")


def _with_counts_from_that(chosen: list[Found], text: str,
                           published: dt.date | None) -> list[Found]:
    """A count after قبل / بعد measured from a time told before (dates.json `told_before_words`:
    وقبل عام من ذلك، بعد أيام من ذلك التاريخ) is that many units before or after the last date
    told before it in its sentence, or in the sentence before when its own has none
    (`_told_before_that`): قبل عام من ذلك after 3 March 2014 is 2013; a vague count (أيام،
    سنوات) three to ten units, an interval (after it, cut at the publication, as
    `_with_counts_after` does). With no such date there it stays the length it was: the time
    it counts from is not known (fifteenth and sixteenth sessions)."""
    out: list[Found] = []
    for f in chosen:
        if f.granularity == "duration" and f.kind in ("duration", "ago") and out:
            m = _COUNT_SPAN_RE.match(text, f.start)
            if m is not None and m.end() < f.end and _from_that(text, f.end):
                base, far = _told_before_that(out, f, text)
                dated = _count_from(base, f.value, -1 if m.group("dir") == "قبل" else 1,
                                    published) \
                    if base is not None else None
                if dated is not None:
                    f = Found(f.start, f.end, dated[0], dated[1], False, f.calendar, f.kind,
                              f.rank, "far" if far else "",
                              (f.value, f.granularity, base.end) if far else None)
        out.append(f)
    return out


def _from_that(text: str, end: int) -> bool:
    """A preposition and a word of `told_before_words` right after `end` (من ذلك), with no
    definite noun after it but one of `told_before_nouns` (من ذلك التاريخ; not من تلك المباراة,
    a thing told before)."""
    anchor = _ago_anchor_re().match(text, end)
    if anchor is None:
        return False
    following = _NEXT_WORD_RE.match(text, anchor.end())
    lex = date_words()
    if following is None or following.group(1) not in lex.told_before_words:
        return False
    noun = _NEXT_WORD_RE.match(text, following.end())
    return noun is None or not noun.group(1).startswith("ال") or \
        noun.group(1) in lex.told_before_nouns


def _told_before_that(told: list[Found], f: Found, text: str) -> tuple[Found | None, bool]:
    """The last expression before `f` when it dates a day, week, month or year (not an
    interval, a length, a vague time) and is in its sentence, or in the sentence before when its
    own has none before it (وقع الهجوم في 3 مارس 2014. وبعد يومين من ذلك; sixteenth session), or
    at most THAT_SENTENCES_BETWEEN sentences before that (seventeenth session: then "far" is
    True, and `stages.dates` keeps the length when the sentences between tell a happening of
    their own, which «ذلك» may name: … 2014. ثم انسحب الجيش. وبعد يومين من ذلك)."""
    g = told[-1]
    if g.granularity not in ("day", "week", "month", "year") or "/" in g.value or \
            not g.value[:4].isdigit():
        return None, False
    if not _SENTENCE_END_RE.search(text, g.end, f.start) or \
            _NEXT_SENTENCE_RE.fullmatch(text, g.end, f.start):
        return g, False
    if len(_STOP_RUN_RE.findall(text, g.end, f.start)) <= THAT_SENTENCES_BETWEEN + 1:
        return g, True
    return None, False


# What lies between a date and the sentence right after its own: the rest of its sentence, one
# run of stops (a blank line too), the words of the next one up to the count
_NEXT_SENTENCE_RE = regex.compile(f"[^{_STOPS}]*[{_STOPS}][\\s{_STOPS}]*[^{_STOPS}]*")
# One run of stops (the end of a sentence), and the sentences with no date that may stand
# between «ذلك» and the date it is counted from
_STOP_RUN_RE = regex.compile(f"[{_STOPS}][\\s{_STOPS}]*")
THAT_SENTENCES_BETWEEN = 2


def _count_from(base: Found, length: str, sign: int,
                published: dt.date | None) -> tuple[str, str] | None:
    """The period `length` (P2D, P1Y; PXD, PXDE: three to ten units) before (`sign` -1) or
    after `base`, at the coarser of the two granularities; an interval when its first and last
    days, moved so, fall in different periods. A vague count after `base` ends at the latest
    at the publication (None when it would begin after it): three to ten units after the
    period of a story's time (`_with_counts_after`: وبعد سنوات انتقل) or of «ذلك»."""
    first, last = _first_day(base), _last_day(base)
    if first is None or last is None:
        return None
    exact = _EXACT_LENGTH_RE.fullmatch(length)
    if exact is not None:
        designator = exact.group(2)
        lo = hi = int(exact.group(1))
    else:
        counted = _vague_unit(length)
        if counted is None:
            return None
        designator, mult = counted
        lo, hi = VAGUE_COUNT[0] * mult, VAGUE_COUNT[1] * mult
    if sign < 0:
        first, last = _moved(first, designator, -hi), _moved(last, designator, -lo)
    else:
        first, last = _moved(first, designator, lo), _moved(last, designator, hi)
        if exact is None and published is not None:
            if first > published:
                return None
            last = min(last, published)
    grain = max(base.granularity, _UNIT_GRAINS[designator], key=_GRAINS.index)
    a, b = _at_grain(first, grain), _at_grain(last, grain)
    return (a if a == b else f"{a}/{b}"), grain


def _counted_from(chosen: list[Found], i: int, text: str) -> Found | None:
    """The date of what a count after بعد is counted from (بعد أيام من هجوم 13 نوفمبر 2015): the
    first dated expression after it, within COUNTED_FROM_REACH characters and its phrase (no
    comma nor sentence end between)."""
    f = chosen[i]
    g = chosen[i + 1] if i + 1 < len(chosen) else None
    if g is None or g.start - f.end > COUNTED_FROM_REACH or \
            _PHRASE_END_RE.search(text, f.end, g.start) or not is_dated(g.value, g.granularity):
        return None
    return g


def _story_time_before(told: list[Found], f: Found, text: str) -> Found | None:
    """The story's time a count after بعد goes on from: the last expression before it, when
    that is an absolute day, month or year that tells a time (`_tells_a_time`), in the same
    paragraph and the same or the previous sentence (a relative time between has brought the
    text back to the reader's time)."""
    if not told:
        return None
    g = told[-1]
    if g.relative or g.granularity not in ("day", "month", "year") or \
            not g.value[:4].isdigit() or "/" in g.value or "\n" in text[g.end:f.start] or \
            len(_SENTENCE_END_RE.findall(text, g.end, f.start)) > 1 or \
            not _tells_a_time(g, text):
        return None
    return g


def _vague_unit(value: str) -> tuple[str, int] | None:
    """The designator and multiplier of a vague length (PXY: years, PXDE: decades)."""
    m = _VAGUE_UNIT_RE.fullmatch(value)
    if m is None:
        return None
    return ("Y", 10) if m.group(1) == "DE" else (m.group(1), 1)


def _first_day(f: Found) -> dt.date | None:
    try:
        if f.granularity == "year":
            return dt.date(int(f.value[:4]), 1, 1)
        if f.granularity == "month":
            return dt.date(int(f.value[:4]), int(f.value[5:7]), 1)
        return dt.date.fromisoformat(f.value[:10])
    except ValueError:
        return None


def _last_day(f: Found) -> dt.date | None:
    first = _first_day(f)
    if first is None or f.granularity == "day":
        return first
    if f.granularity == "year":
        return dt.date(first.year, 12, 31)
    return _moved(first, "M", 1) - dt.timedelta(days=1)


def _moved(day: dt.date, designator: str, n: int) -> dt.date:
    """`day` moved on by `n` units (the last day of a shorter month when it has no such day)."""
    if designator in ("D", "W"):
        return day + dt.timedelta(days=n * (7 if designator == "W" else 1))
    months = n * (12 if designator == "Y" else 1)
    y, mo = divmod(day.year * 12 + day.month - 1 + months, 12)
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(y, mo + 1, min(day.day, d))
        except ValueError:
            continue
    raise ValueError(day)


def _at_grain(day: dt.date, grain: str) -> str:
    if grain == "day":
        return day.isoformat()
    if grain == "week":
        iso = day.isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}"
    if grain == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return f"{day.year:04d}"


def _year_of(f: Found) -> Found:
    return Found(f.start, f.end, f.value[:4], "year", False, f.calendar, f.kind, f.rank)


NAMED_YEAR_REACH = 3  # words between a noun of `named_year_nouns` and the year of its name
NAMED_YEAR_BACK = 100  # characters before a month where the name may stand
NAMED_YEAR_GAP = 4  # words between the name's year and the month


def _named_year_before(text: str, f: Found, last_end: int) -> str | None:
    """The year of a tournament's or a fair's name (dates.json `named_year_nouns`: كأس العالم
    2018، أولمبياد لندن 2012) before the range of days or months `f` (the named thing's span,
    not a single day, «تصفيات كأس العالم 2018 يوم 20 سبتمبر»: a match of this year's
    qualifiers) in its phrase, with no date expression
    between (`last_end`: where the last one before `f` ends) and at most NAMED_YEAR_GAP words,
    none joined by و (not «كأس العالم 2018 وفي 20 سبتمبر يلعب», another clause's time):
    تستضيف روسيا كأس العالم 2018 من 14 يونيو إلى 15 يوليو, the named thing's months, of its
    year (sixteenth session)."""
    before, _ = after_last(text[max(last_end, f.start - NAMED_YEAR_BACK):f.start],
                           _PHRASE_END_RE)
    year = None
    for year in _YEAR_DIGITS_RE.finditer(before):
        pass
    if year is None:
        return None
    gap = before[year.end():].split()
    if len(gap) > NAMED_YEAR_GAP or any(w.startswith("و") for w in gap):
        return None
    return year.group() if _names_a_tournament(before, year.start()) else None


def _names_a_tournament(text: str, pos: int) -> bool:
    """A word of `named_year_nouns` among the NAMED_YEAR_REACH words before the year at `pos`
    (كأس العالم 2018، أولمبياد لندن 2012، كأس العالم في 2010)."""
    nouns = date_words().named_year_nouns
    words = text[max(0, pos - 40):pos].split()[-NAMED_YEAR_REACH:]
    return any(w in nouns or _PROCLITICS_RE.sub("", w) in nouns for w in words)


def _moved_on(story: Found, years: int | None) -> Found | None:
    """The story's time moved on by `years` (`_years_counted`): its year alone, or the story
    itself when the count is less than a year; None when the count is vague."""
    if years is None:
        return None
    if years == 0:
        return story
    moved = _year_of(story)
    moved.value = f"{int(story.value[:4]) + years:04d}"
    moved.anchor = "moved"
    return moved


# A year written as the time of what is told (في عام 1990، سنة 1990، 1990م), not as a span's bound
# (منذ 1990، حتى 1990، قبل 1990) nor a year that qualifies a noun (أساس لعام 2010، ميزانية العام)
_STORY_YEAR_RE = regex.compile(r"(?:في|عام|العام|سنه|السنه)\s|(?:19|20)\d\d")
_STORY_KINDS = frozenset({"dmy", "numeric", "hijri", "hijri_numeric", "told_year"})


# How far (in characters) after a month the year of the event it is counted from may stand
COUNTED_FROM_REACH = 80


def after_last(text: str, end_re: regex.Pattern = _SENTENCE_END_RE) -> tuple[str, bool]:
    """The part of `text` after the last match of `end_re` (a sentence's end by default), all of
    it when there is none; and whether there was one (the words before a date, in its clause)."""
    stop = None
    for stop in end_re.finditer(text):
        pass
    return (text[stop.end():], True) if stop is not None else (text, False)


def _year_counted_from(chosen: list[Found], i: int, text: str,
                       published: dt.date) -> Found | None:
    """For a month with no year (`chosen[i]`), the year of the old absolute date that follows
    it in its sentence when a count after بعد / قبل stands between (في أكتوبر، بعد شهرين من
    غزو الكويت عام 1990: two months after an event of 1990; في مارس، بعد عامين من صدوره عام
    2010: in 2012); else None."""
    f = chosen[i]
    count: Found | None = None
    for g in chosen[i + 1:]:
        if g.start - f.end > COUNTED_FROM_REACH or g.relative or \
                _SENTENCE_END_RE.search(text, f.end, g.start):
            return None
        if _counts_on(g, text):
            count = g
        elif g.granularity in ("day", "month", "year") and g.value[:4].isdigit() and \
                "/" not in g.value:
            old = int(g.value[:4]) <= published.year - STORY_YEARS_BACK
            if count is None or not old or not _tells_a_time(g, text):
                return None
            # (the month is counted from the event: its year, moved by whole years)
            years = _years_counted(count, text)
            return None if years is None else _moved_on(_year_of(g), years)
    return None


def _tells_a_time(f: Found, text: str) -> bool:
    """A date of the time something told happened, not the bound of a span after one of
    `span_bounds` (أدنى مستوى منذ فبراير 2010 … في 24 يوليو: this July)."""
    if strip_conj(_prev_word(text, f.start)) in date_words().span_bounds:
        return False
    if f.granularity == "year" and _names_a_tournament(text, f.start):
        return False  # كأس العالم في 2010: the name's year, no story told in it
    if text.startswith("في", f.start):
        # منذ الثورة في 2011: the year of the event a span starts from, up to now
        first, last = _two_words_before(text, f.start)
        if strip_conj(first) == SINCE and last.startswith("ال"):
            return False
    return f.kind in _STORY_KINDS or (f.kind == "year" and
                                      bool(_STORY_YEAR_RE.match(text, f.start)))


def _in_story_year(f: Found, story: Found, text: str | None = None,
                   published: dt.date | None = None) -> Found:
    """`f` in the story's year; a month before the story date's month keeps the publication's
    year, but in the story's next year when the story goes on into it (`_into_next_year`)."""
    story_month = story.value[5:7]
    year = story.value[:4]
    if "/" in f.value:  # a range (من يناير إلى مارس): its first end's move moves both
        first, second = f.value.split("/")
        moved = _in_story_year(Found(f.start, f.end, first, f.granularity, f.relative),
                               story, text, published)
        if moved.value == first:
            return f
        shift = int(moved.value[:4]) - int(first[:4])
        value = f"{moved.value}/{int(second[:4]) + shift:04d}{second[4:]}"
        return Found(f.start, f.end, value, f.granularity, False, f.calendar, f.kind, f.rank) \
            if _valid_iso(value.split("/")[1]) else f
    if story_month and f.value[5:7] < story_month:
        if text is None or published is None or not _into_next_year(f, story, text, published):
            return f
        year = f"{int(year) + 1:04d}"
    value = year + f.value[4:]
    if not _valid_iso(value):
        return f
    return Found(f.start, f.end, value, f.granularity, False, f.calendar, f.kind, f.rank)


_YEAR_DIGITS_RE = regex.compile(r"(?<!\d)(?:1\d|20)\d\d(?!\d)")
NEXT_YEAR_GAP = 16  # characters after a month where a year of its own may stand


def _into_next_year(f: Found, story: Found, text: str, published: dt.date) -> bool:
    """A story of its own year goes on into the next (في 2 أغسطس 1990 غزا العراق الكويت، وفي
    17 يناير بدأت الحرب: January 1991): the story's date has its month and its year written
    (not a year told before, nor a story moved on by a count) after a word of `month_context`
    (في، يوم …; not اعتداءات أكتوبر 2002), its next year is itself a story's (STORY_YEARS_BACK
    before the publication: the eleventh session read most such months after a story of two
    years back as the reader's year), the month before its month stands in the same sentence
    or the next, told as a time too (not «(28 مايو)» in brackets after a date), with no other
    year between nor right after it."""
    if story.anchor == "moved" or not _YEAR_DIGITS_RE.search(text, story.start, story.end) or \
            len(_SENTENCE_END_RE.findall(text, story.end, f.start)) > 1 or \
            int(story.value[:4]) + 1 > published.year - STORY_YEARS_BACK:
        return False
    if _YEAR_DIGITS_RE.search(text, story.end, f.start) or \
            _YEAR_DIGITS_RE.search(text, f.end, f.end + NEXT_YEAR_GAP):
        return False  # (another year between, or one right after: يونيو2012، 1967 - …)
    context = date_words().month_context
    return strip_conj(_prev_word(text, f.start)) in context and \
        strip_conj(_prev_word(text, story.start)) in context


def _without_idioms(chosen: list[Found], text: str) -> list[Found]:
    """Drop the days an idiom holds (ما أشبه الليلة بالبارحة، اليوم قبل الغد) or give the idiom
    its value (الأمس القريب: PAST_REF), and drop a unit after بعد that repeats the unit before it
    (عاماً بعد عام، يوماً بعد يوم: year after year, no time of its own)."""
    out: list[Found] = []
    idiom_end = -1
    for f in chosen:
        if f.kind == "relday":
            idiom = _idiom_around(text, f)
            if idiom is not None:
                value = date_words().idioms[_key(idiom.group(0))]
                if value and idiom.start() >= idiom_end:
                    out.append(Found(idiom.start(), idiom.end(), value, "vague", True,
                                     kind="vague", rank=f.rank))
                idiom_end = max(idiom_end, idiom.end())
                continue
        elif f.kind in ("duration", "ago") and _repeats_unit(text, f):
            continue
        out.append(f)
    return out


@per_lexicon
def _idioms_re() -> regex.Pattern:
    return regex.compile(rf"{B}(?:{alternation(date_words().idioms)}){E}")


@per_lexicon
def _idiom_markers() -> tuple[str, ...]:
    """A word of each idiom that is no day word (اشبه، قبل، القريب; dates.json `day_words`, bare
    or after one proclitic): without one of them near a day, no idiom holds it, and the idiom
    regex need not run (days are many, idioms rare)."""
    days = date_words().day_words
    return tuple({max((w for w in idiom.split() if w not in days and
                       not (w[:1] in "وفبلك" and w[1:] in days)), key=len)
                  for idiom in date_words().idioms})


def _idiom_around(text: str, f: Found):
    """The idiom of `idioms` that holds the expression `f`, if any."""
    lo, hi = max(0, f.start - 30), min(len(text), f.end + 30)
    window = text[lo:hi]
    if not any(marker in window for marker in _idiom_markers()):
        return None
    for m in _idioms_re().finditer(text, lo, hi):
        if m.start() <= f.start and f.end <= m.end():
            return m
    return None


_WORD_BEFORE_RE = regex.compile(r"(\p{L}+)\s+$")


def _repeats_unit(text: str, f: Found) -> bool:
    """بعد عام after عاماً (عاماً بعد عام), بعد يوم after يوماً: the same unit twice."""
    words = text[f.start:f.end].split()
    if len(words) != 2 or words[0] != "بعد":
        return False
    units = date_words().duration_units
    before = _WORD_BEFORE_RE.search(text[max(0, f.start - 20):f.start])
    unit, previous = units.get(words[1]), units.get(strip_conj(before.group(1))) if before else None
    return unit is not None and previous is not None and unit[0] == previous[0]


def _valid_iso(value: str) -> bool:
    try:
        if len(value) == 10:
            dt.date.fromisoformat(value)
        return True
    except ValueError:
        return False


def _vague(m, published, text):
    """A time told only as past or future: PAST_REF (منذ فترة، مؤخراً، في الآونة الأخيرة) or
    FUTURE_REF (في المستقبل القريب، قريباً، خلال الفترة المقبلة). في وقت لاحق / لاحقاً is the
    future only after a future marker (سيعلن لاحقاً): in a story told in the past (أفرج عنه في وقت
    لاحق) it is later than the story's event. Not a time of its own when measured from another
    (قبل فترة من الانتخابات، في وقت لاحق من اليوم، منذ وقت مبكر), a construct (منذ فترة الحرب) or
    قريباً "near" (قريباً من الحدود)."""
    lex = date_words()
    after = _NEXT_WORDS_RE.match(text, m.end())
    following = after.group(1).split()[0] if after else ""
    if following in lex.vague_not_after or (following.startswith("ال") and
                                         m.group(0).split()[-1] in lex.vague_nouns):
        return None
    if m.group(0) == "مستقبلا" and following in lex.future_adjectives:
        return None  # يملك مستقبلاً كبيراً: a future, the noun
    if m.group("later"):
        if not _future_before(text, m.start(), clause=True):
            return None
        return Found(m.start(), m.end(), "FUTURE_REF", "vague", True)
    return Found(m.start(), m.end(), "PAST_REF" if m.group("past") else "FUTURE_REF", "vague",
                 True)



def a_year_back(text: str, start: int, end: int) -> bool:
    """The date expression at [start, end) of the original `text` is a day and month, or a
    month, with no year nor direction, given the nearest year by the publication's rule, and
    nothing before it tells a time to come (a future marker in its clause, بحلول، تسليم): when
    the act it dates was told as past, a day of it after the publication is last year's
    (the events stage, which knows the verb's tense, asks)."""
    expression = fold(text[start:end])
    rx = dict(patterns())["dmy"]
    m = rx.fullmatch(expression)
    if m is None or any(m.group(g) for g in ("y", "yh", "yb", "ym", "ydir", "ysame", "dir")):
        return False
    before = fold(text[max(0, start - 80):start])
    context = before + expression
    return not _future_before(context, len(before), clause=True) and \
        not _after_by_word(context, len(before))


def is_dated(value: str | None, granularity: str) -> bool:
    """A value that places something in time: a day, week, month, year, decade or an interval of
    them; not a length (P2Y, PXY) nor a vague time (PAST_REF, FUTURE_REF, PRESENT_REF)."""
    return bool(value) and granularity not in ("duration", "vague") and \
        value not in VAGUE_VALUES and not value.startswith("P")


RESOLVERS = {
    "numeric": _numeric, "hijri": _hijri, "hijri_year": _hijri_year, "dmy": _dmy,
    "hijri_numeric": _hijri_numeric,
    "hijri_month": _hijri_month, "numeric_dm": _numeric_dm, "hijri_dm": _hijri_dm,
    "duration_post": _duration_post,
    "year_range": _year_range, "year_list": _year_list, "year": _year, "decade": _decade,
    "weekday": _weekday, "yearly": _yearly,
    "relday": _relday, "relperiod": _relperiod, "month_day": _month_day, "duration": _duration, "ago": _ago,
    "plural_period": _plural_period, "vague": _vague, "told_year": _told_year,
    "counted_period": _counted_period,
}


# -- helpers ---------------------------------------------------------------------------------

# compiled once (the resolvers run for every candidate match)
_SPACES_RE = regex.compile(r"\s+")
_PROCLITICS_RE = regex.compile(r"^[وفبلك]{1,2}(?=\p{L}{3})")
_AND_RE = regex.compile(r"\s*و\s*")
_AGE_RE = regex.compile(r"\s+من\s+(?:ال)?عمر")
_ARTICLE_NEXT_RE = regex.compile(r"\s+ال")
_FIRST_NEXT_RE = regex.compile(r"\s+الاول(?![\p{L}])")
_FIRST_RE = regex.compile(r"\s+الاول")
_UNITS_AFTER_RE = regex.compile(r"\s*(?:[،,]\s*)?(?:و|او)\s*(?:ال)?(?:اسبوع|شهر|عام|سنه|ليله)"
                                r"(?![\p{L}])")
_CLAUSE_END_NEXT_RE = regex.compile(r"\s*(?:[.،,؛:!?؟)»]|$)")
_UNITS_BEFORE_RE = regex.compile(r"(?<![\p{L}])(?:ال)?(?:يوم|اسبوع|شهر|عام|سنه)\s*(?:[،,]\s*)?"
                                 r"(?:و|او)$")
_OF_YEAR_RE = regex.compile(r"\s+من\s+(?:عام|العام|سنه|السنه)\s+(?P<y>(?:19|20|1[0-8])\d\d)"
                            r"(?:\s*م)?(?![\p{L}\p{N}])")
_NEED_RE = regex.compile(r"\s+(?:الحاج|الضروره)")
_NEXT_WORDS_RE = regex.compile(r"\s+(\p{L}+(?:\s+\p{L}+)?)")
_NEXT_WORD_RE = regex.compile(r"\s+(\p{L}+)")
_PREV_WORD_RE = regex.compile(r"([\p{L}]+)[^\p{L}\p{N}]*$")
# A count after قبل / بعد and before من / على / عن (قبل يومين من الانتخابات، بعد عامين على
# الاتفاق، قبل عام واحد من وفاته، قبل شهرين على الأقل من الموسم) is measured from that event, not from the publication.
# (and after a word that keeps a plural vague: بعد سنوات طويلة من الانقطاع، بعد شهور قليلة على)
@per_lexicon
def _ago_anchor_re() -> regex.Pattern:
    """The preposition after such a count, with a word of `many_words` or another that may stand
    between (compiled once per lexicon set)."""
    many_words = alternation(date_words().many_words)
    return regex.compile(
        rf"\s+(?:(?:واحد|واحده|ونصف|فقط|تقريبا|علي\s+الاقل|{many_words})\s+)?"
        r"(?:من|عن|علي(?!\s+الاقل))(?![\p{L}])")


_BEFORE_WHAT_RE = regex.compile(r"\s+(?:ل\p{L}|علي(?![\p{L}]))")


def _key(name: str) -> str:
    return _SPACES_RE.sub(" ", name)


def _next_word_is_name(text: str, pos: int) -> bool:
    m = _NEXT_WORDS_RE.match(text[pos:pos + 30])
    if not m:
        return False
    words = m.group(1)
    first = words.split()[0]
    names = gregorian_months().keys() | hijri_months().keys()
    return first.startswith("ال") or first in names or words in names


# Future markers (dates.json `future_words`: سوف، من المقرر، من المنتظر…; bare أن stays out:
# ومن المقرر أن يصل الوزير الثلاثاء) and a present verb with the future prefix س (سيعقد، ستبدأ:
# `looks_future_verb`)
def _future_before(text: str, pos: int, clause: bool = False, strong: bool = False) -> bool:
    """A future marker among the five words before `pos`, within its sentence (with `clause`,
    within its clause: no comma between; a count after بعد or a "later" is another clause's
    time past a comma, and a name spelt like a future verb, «كوميدي سنترال»، بعد ستة عشر عاماً,
    is no marker)."""
    before, _ = after_last(text[max(0, pos - 80):pos],
                           _PHRASE_END_RE if clause else _SENTENCE_END_RE)
    lex = date_words()
    words = before.split()
    for k in range(len(words) - 1, max(-1, len(words) - 6), -1):
        w = words[k].strip("،,«»\"()")
        w = w[1:] if w[:1] in "وف" and w[1:] in lex.future_words else w
        if w in lex.clause_openers:
            return False  # قال الذي سيغادر غداً إنه التقى … الثلاثاء: another clause's time
        if strong and w in lex.weak_future_words:
            continue  # (with `strong`: على غير المتوقع، أقل من المتوقع, no time to come)
        if w in lex.future_words or future_verb_at(words, k) and not named_in_text(w, text):
            return True  # (not a surname after a given name: إدوارد سنودن, here or before)
    return False


def _prev_word(text: str, pos: int) -> str:
    m = _PREV_WORD_RE.search(text[max(0, pos - 30):pos])
    return m.group(1) if m else ""


def _nearest_year(published: dt.date, month: int, day: int, direction: int | None = None) -> int:
    """The year of a month/day written without one. With الماضي / المقبل / الجاري after it, the
    last, next or current such month; otherwise news mostly looks back, so the date falls
    within the 9 months before publication or the 3 months after it."""
    gap = (dt.date(published.year, month, min(day, 28)) - published).days
    if direction == 0:
        return published.year
    if direction == -1:
        return published.year - 1 if gap > 0 else published.year
    if direction == 1:
        return published.year + 1 if gap < 0 else published.year
    if gap > 92:
        return published.year - 1
    if gap < -273:
        return published.year + 1
    return published.year


def _coming_year(published: dt.date, month: int, day: int | None) -> int:
    """The year of the coming (or current) month or day: بحلول نهاية نوفمبر written in August is
    this November, written in December the next one."""
    now = (published.month, published.day if day is not None else 0)
    return published.year if (month, day or 0) >= now else published.year + 1


# Days a date told as to come may stand before the publication (a publication date a day or
# two late) and still be of its year
LATE_DAYS = 7


def _to_come(text: str, pos: int) -> bool:
    """A month or day at `pos` told as to come: after a word of `month_context` (في، خلال، يوم:
    not «(30 مايو)» in brackets after a candidate's line), with a future marker before it in
    its clause that is no word of `weak_future_words` (على غير المتوقع في أبريل: unexpectedly)."""
    return strip_conj(_prev_word(text, pos)) in date_words().month_context and \
        _future_before(text, pos, clause=True, strong=True)


def _year_to_come(published: dt.date, month: int, day: int | None) -> int:
    """The year of a month or day with no year told as to come (a future marker before it in
    its clause): the nearest one, unless that is over (LATE_DAYS before the publication or
    more), then the next year's."""
    y = _nearest_year(published, month, day or 15)
    last = dt.date(y, month, min(day or 31, monthrange(y, month)[1]))
    return y + 1 if (published - last).days > LATE_DAYS else y


def _two_words_before(text: str, pos: int) -> tuple[str, str]:
    """The two words right before `pos`, with only spaces after them ("" where a word is not
    all letters: a number, punctuation); cheaper than a regex searched backwards."""
    words = text[max(0, pos - 40):pos].split()[-2:]
    if pos and not text[pos - 1].isspace() or not words or not words[-1].isalpha():
        return "", ""
    first = words[0].lstrip("«\"“(") if len(words) == 2 else ""
    return (first if first.isalpha() else ""), words[-1]


OPENING_QUOTES = "“\"«"


def _after_by_word(text: str, pos: int) -> bool:
    """A month right after a word of `by_words` (بحلول نوفمبر، قبل حلول شهر ديسمبر), or after one
    and a period part (بحلول نهاية نوفمبر); the month may be quoted (تسليم “سبتمبر”)."""
    if pos and text[pos - 1] in OPENING_QUOTES:
        pos -= 1
    first, last = _two_words_before(text, pos)
    lex = date_words()
    last, first = strip_conj(last), strip_conj(first)
    return last in lex.by_words or (last in lex.period_parts and first in lex.by_words)


@per_lexicon
def _eve_re() -> regex.Pattern:
    """A word of dates.json `eve_words` (غداة، عشية) right before a day, ending the text."""
    eve = alternation(date_words().eve_words)
    return regex.compile(rf"(?:^|(?<![\p{{L}}\p{{N}}]))[وف]?(?P<w>{eve})\s+$")


def _after_eve(f: Found, text: str) -> Found:
    """غداة X = the day after X, عشية X = the day before, for a day-level X."""
    if f.granularity != "day" or f.value.startswith("--"):
        return f
    m = _eve_re().search(text[max(0, f.start - 12):f.start])
    if not m:
        return f
    shift = date_words().eve_words[m.group("w")]
    day = dt.date.fromisoformat(f.value) + dt.timedelta(days=shift)
    start = f.start - (len(text[max(0, f.start - 12):f.start]) - m.start("w"))
    return Found(start, f.end, day.isoformat(), "day", f.relative, f.calendar, f.kind, f.rank)
