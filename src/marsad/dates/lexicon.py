"""The words of the dates stage, from the dictionary file `lexicon/data/dates.json`.

Gregorian month names come from CLDR through babel (Egyptian/Gulf يناير…, Levantine كانون
الثاني…, Moroccan يوليوز غشت…, Algerian/Tunisian جانفي فيفري…); the file's `news_months` adds
what newspapers write that CLDR lacks. Hijri month names are not in babel's Gregorian data, so the
file lists them. Every other word list of `marsad.dates.extract` (directions, units of time, the
context words of its rules) is a category of the same file; `date_words()` reads it once per
lexicon set, checked against its schema, with every word folded to the matching form, and with
the words of a user's files of kind dates added (see marsad.lexicon.categories).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

from marsad.lexicon.categories import (category_files, current_lexicon_dirs, per_lexicon,
                                       read_categories)
from marsad.text.normalize import fold

# Locales whose wide month names differ: Egyptian/Gulf, Levantine/Iraqi, Moroccan,
# Algerian/Tunisian.
CLDR_LOCALES = ("ar", "ar_SA", "ar_EG", "ar_LB", "ar_SY", "ar_IQ", "ar_JO", "ar_MA", "ar_DZ",
                "ar_TN")
DATES_FILE = "dates.json"


@dataclass(frozen=True)
class DateWords:
    """The categories of dates.json, folded (see docs/dictionaries.md, ### dates). Word lists
    are frozensets, but for the ordered ones (tuples); `values` and `units` are dicts."""

    directions: dict[str, int]  # the single and the pair directions
    pair_directions: dict[str, int]
    period_parts: tuple[str, ...]
    month_context: frozenset[str]
    prayer_words: frozenset[str]
    naming_nouns: frozenset[str]
    duration_units: dict[str, tuple[str, int | None, int]]
    singular_alone: dict[str, str]
    vague_span_words: frozenset[str]
    unit_designators: dict[str, str]
    vague_units: frozenset[str]
    not_this_day_words: frozenset[str]
    decades: dict[str, int]
    nowadays_heads: frozenset[str]
    until_words: frozenset[str]
    today_names: frozenset[str]
    period_names: frozenset[str]
    vague_nouns: frozenset[str]
    future_adjectives: frozenset[str]
    vague_not_after: frozenset[str]
    not_names: frozenset[str]
    future_words: frozenset[str]
    relday_words: frozenset[str]
    clause_openers: frozenset[str]
    present_pronouns: frozenset[str]
    same_words: frozenset[str]
    per_unit_words: frozenset[str]
    idioms: dict[str, str]
    by_words: frozenset[str]
    span_bounds: frozenset[str]
    day_parts: frozenset[str]
    duration_qualifiers: frozenset[str]
    span_words: frozenset[str]
    ago_qualifiers: frozenset[str]
    past_copulas: frozenset[str]
    weak_future_words: frozenset[str]
    not_future_verbs: frozenset[str]
    not_future_stems: frozenset[str]
    now_words: frozenset[str]
    not_measured_from: frozenset[str]
    moved_date_words: frozenset[str]
    told_year_nouns: frozenset[str]  # العام، السنة (twenty-second session: was SAME_YEAR,
    same_year_after: frozenset[str]  # NEXT_YEAR of marsad.dates.extract)
    same_year_before: frozenset[str]
    next_year_words: frozenset[str]
    eve_words: dict[str, int]  # غداة 1, عشية -1 (was _EVE)
    vague_year_leads: frozenset[str]  # بعد، منذ (was _VAGUE_YEARS_RE)
    vague_year_counts: frozenset[str]
    vague_year_units: frozenset[str]
    day_words: frozenset[str]  # اليوم، أمس … (was _DAY_WORD_RE)
    year_leads: frozenset[str]  # في، منذ، أواخر … before a year (was _YEAR_WORDS)
    told_before_words: frozenset[str]
    told_before_nouns: frozenset[str]
    not_at_words: frozenset[str]
    past_event_names: frozenset[str]
    named_year_nouns: frozenset[str]
    memorial_words: frozenset[str]
    past_particles: frozenset[str]
    that_words: frozenset[str]
    not_present_words: frozenset[str]
    yearly_days: dict[str, str]  # name -> "H-MM-DD" / "G-MM-DD"
    yearly_day_words: frozenset[str]
    habitual_words: frozenset[str]
    national_day_names: frozenset[str]
    national_days: dict[str, str]  # ISO3 code (folded: lower case) -> "G-MM-DD"
    independence_day_names: frozenset[str]
    independence_days: dict[str, str]  # as national_days
    news_months: dict[str, int]
    hijri_months: dict[str, int]
    weekdays: tuple[str, ...]  # Monday first
    ordinal_units: tuple[str, ...]  # first to ninth
    feast_days: tuple[str, ...]  # أول، ثاني، ثالث، رابع (أيام عيد الفطر): its first to fourth day
    feast_adjectives: frozenset[str]  # المبارك، المجيد after a yearly day's name
    back_or_ahead: frozenset[str]  # الماضية، المقبلة after a count and its unit
    many_words: frozenset[str]  # طويلة، عدة after a vague plural of units
    vague_lengths: frozenset[str]  # طويلة، بعيد after منذ فترة / منذ زمن
    vague_length_phrases: frozenset[str]  # لا بأس بها after منذ فترة
    still_copulas: frozenset[str]  # ما زال، لا يزال: a custom that goes on
    not_day_heads: frozenset[str]  # الأسبوع، النصف: an ordinal after them is no day
    month_day_ahead_words: frozenset[str]  # ينطلق، يستمر: a day of the month still to come
    month_day_back_words: frozenset[str]  # منذ، انطلق: a day of the month past
    celebration_words: frozenset[str]  # احتفلت بعيد الاستقلال: a country's day told as a time
    anniversary_words: frozenset[str]  # مثل (في مثل هذا اليوم): this day of another year
    nowadays_openers: frozenset[str]  # إن، لكن (إن العالم اليوم): a generic statement's head
    nowadays_verbs: frozenset[str]  # يعيش، يعاني (اليوم يعيش العالم): nowadays


_ORDERED = frozenset({"period_parts", "weekdays", "ordinal_units", "feast_days"})


@per_lexicon
def date_words() -> DateWords:
    """The dates dictionaries of the lexicon set in use (the built-in dates.json, with a user's
    files of kind dates), read and schema-checked once per process per lexicon set."""
    return _date_words_of(category_files(current_lexicon_dirs(), "dates"))


def read_date_words(path: Path) -> DateWords:
    """A dates dictionary file alone, checked against its schema and against the categories the
    dates module reads (none unknown, none missing)."""
    from marsad.lexicon.loader import read_file

    return _date_words_of([read_file(path, path.name)])


def _date_words_of(files: list) -> DateWords:
    by_category = read_categories(files, (f.name for f in fields(DateWords)), _ORDERED)
    # (a direction is either kind; the pairs are also kept apart: they are read only after a
    # second weekday or month)
    by_category["directions"] = by_category["directions"] | by_category["pair_directions"]
    return DateWords(**by_category)


@per_lexicon
def place_names() -> tuple[frozenset[str], int]:
    """The Arabic names of the countries and cities dictionaries (countries.json, cities.json
    and a user's files of those kinds), folded, and the most words one has: a count after قبل /
    بعد followed by من and one of them (عاد قبل يومين من باريس) is not measured from it (a
    place is no time). Peoples read only as a scope (`scope_only`: الشعب الكردي) are left out."""
    names = {fold(name) for e in _place_entries() if not e.get("scope_only")
             for name in e.get("ar", ())}
    return frozenset(names), max((len(n.split()) for n in names), default=0)


def _place_entries():
    """The entries of the countries and cities dictionaries of the lexicon set in use."""
    dirs = current_lexicon_dirs()
    return (e for kind in ("countries", "cities") for f in category_files(dirs, kind)
            for e in f.entries)


@per_lexicon
def place_countries() -> tuple[dict[str, str], int]:
    """Folded Arabic name of a country or a city -> its country's ISO3 code (folded: lower
    case), and the most words a name has: the country of an article's dateline (الرياض - واس),
    whose national day a bare «اليوم الوطني» is (eighteenth session). A city of no country
    (a sea, a disputed city) is left out."""
    codes: dict[str, str] = {}
    for e in _place_entries():
        code = e.get("iso3") or e.get("country")
        if code and not e.get("scope_only"):
            for name in e.get("ar", ()):
                codes.setdefault(fold(name), fold(code))
    return codes, max((len(n.split()) for n in codes), default=0)


@per_lexicon
def national_day_countries() -> dict[str, str]:
    """The words that name the country of a national day right after its name (dates.json
    `national_day_names`, `independence_day_names`), folded, -> the country's code, for the
    countries of `national_days` and `independence_days`:
    its nisba with the article (السعودي، الكويتي) and its names after ل (للكويت، لقطر، لدوله
    قطر; ل + ال is written لل)."""
    forms: dict[str, str] = {}
    for code, entry in _countries_of(date_words().national_days.keys()
                                     | date_words().independence_days.keys()):
        for nisba in entry.get("nisba", ()):
            forms["ال" + fold(nisba)] = code
        for name in map(fold, entry.get("ar", ())):
            forms["ل" + name[1:] if name.startswith("ال") else "ل" + name] = code
    return forms


def _countries_of(listed):
    """(folded code, countries.json entry) of each country whose code is in `listed`."""
    for e in category_files(current_lexicon_dirs(), "countries"):
        for entry in e.entries:
            code = fold(entry.get("iso3", ""))
            if code in listed:
                yield code, entry


@per_lexicon
def country_words() -> dict[str, str]:
    """One-word names of the countries of `independence_days` and their nationality words with
    the article (الجزائر، الجزائري، الجزائرية، الجزائريون، الهنود), folded, -> the country's
    code: a country told before an independence day in its sentence."""
    return _country_words_of(date_words().independence_days)


@per_lexicon
def national_country_words() -> dict[str, str]:
    """The same for the countries of `national_days`: a country told before its national day
    after a word of celebrating (احتفلت الكويت باليوم الوطني; twenty-first session)."""
    return _country_words_of(date_words().national_days)


def _country_words_of(listed) -> dict[str, str]:
    words: dict[str, str] = {}
    for code, entry in _countries_of(listed):
        for name in map(fold, entry.get("ar", ())):
            if " " not in name:
                words[name] = code
        for nisba in map(fold, entry.get("nisba", ())):
            for ending in ("", "ه", "ون", "ين"):
                words["ال" + nisba + ending] = code
        for plural in map(fold, entry.get("nisba_plural", ())):
            words["ال" + plural] = code
    return words


def hijri_months() -> dict[str, int]:
    """Folded Hijri month name -> month number."""
    return date_words().hijri_months


@per_lexicon
def gregorian_months() -> dict[str, int]:
    """Folded month name -> month number, from CLDR plus news spellings."""
    months: dict[str, int] = {}
    try:
        from babel.dates import get_month_names

        for loc in CLDR_LOCALES:
            for num, name in get_month_names("wide", locale=loc).items():
                months[fold(name)] = int(num)
    except Exception:  # babel missing its locale data: the news list below still works
        pass
    for name, num in date_words().news_months.items():
        months.setdefault(fold(name), num)
    return months


@per_lexicon
def weekdays() -> dict[str, int]:
    """Folded weekday name (with the article) -> weekday number, Monday = 0."""
    days: dict[str, int] = {}
    try:
        from babel.dates import get_day_names

        for num, name in get_day_names("wide", locale="ar").items():
            days[fold(name)] = int(num)
    except Exception:
        pass
    for num, name in enumerate(date_words().weekdays):
        days.setdefault(name, num)
    days.setdefault("الاتنين", 0)
    return days


def alternation(names) -> str:
    """Regex alternation of folded names, longest first, spaces matching any whitespace."""
    return "|".join(n.replace(" ", r"\s+") for n in sorted(set(names), key=len, reverse=True))


@per_lexicon
def ordinal_days() -> dict[str, int]:
    """Ordinal day numbers as news writes them before a month (العاشر من يوليو), folded:
    الاول … العاشر, الحادي عشر … التاسع عشر, العشرين, الحادي والعشرين …, الثلاثين,
    الحادي والثلاثين, and each after لـ (للعشرين)."""
    units = date_words().ordinal_units
    days = {name: i + 1 for i, name in enumerate(units)}
    days["العاشر"] = 10
    compound = ("الحادي",) + units[1:]
    for i, unit in enumerate(compound, start=1):
        days[f"{unit} عشر"] = 10 + i
        days[f"{unit} والعشرين"] = 20 + i
    days["العشرين"] = 20
    days["الثلاثين"] = 30
    days["الحادي والثلاثين"] = 31
    # after لـ, which drops the article's alif (الموافق للعشرين من يوليو: the 20th)
    days.update({"ل" + name[1:]: d for name, d in list(days.items())})
    return days
