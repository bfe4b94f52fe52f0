"""Month, weekday and Hijri month names in the folded matching form.

Gregorian month names come from CLDR through babel (Egyptian/Gulf يناير…, Levantine كانون
الثاني…, Moroccan يوليوز غشت…, Algerian/Tunisian جانفي فيفري…); `NEWS_MONTHS` adds what
newspapers write that CLDR lacks. Hijri month names are not in babel's Gregorian data, so they are
listed here.
"""

from __future__ import annotations

from functools import lru_cache

from marsad.text.normalize import fold

# Locales whose wide month names differ: Egyptian/Gulf, Levantine/Iraqi, Moroccan,
# Algerian/Tunisian.
CLDR_LOCALES = ("ar", "ar_SA", "ar_EG", "ar_LB", "ar_SY", "ar_IQ", "ar_JO", "ar_MA", "ar_DZ",
                "ar_TN")

# Spellings seen in news that CLDR does not list (values are month numbers).
NEWS_MONTHS: dict[str, int] = {
    "ابريل": 4, "افريل": 4, "يونيه": 6, "يوليه": 7, "اغسطوس": 8, "اغشت": 8,
    "سيبتمبر": 9, "سبتمبر": 9, "اكتوبر": 10, "نوڤمبر": 11, "نوفمبر": 11, "ديسمبر": 12,
    "جانفييه": 1, "فيفرييه": 2, "جويليه": 7, "جويليت": 7, "اوت": 8, "شتنبر": 9,
    "تشرين اول": 10, "تشرين ثاني": 11, "كانون اول": 12, "كانون ثاني": 1,
    "فبراير": 2, "ماي": 5, "مايو": 5, "يوليوز": 7, "غشت": 8, "نونبر": 11, "دجنبر": 12,
}

HIJRI_MONTHS: dict[str, int] = {
    "محرم": 1, "المحرم": 1, "صفر": 2, "ربيع الاول": 3, "ربيع اول": 3,
    "ربيع الثاني": 4, "ربيع الاخر": 4, "ربيع ثاني": 4, "ربيع اخر": 4,
    "جمادي الاولي": 5, "جمادي الاول": 5, "جمادي الثانيه": 6, "جمادي الاخره": 6,
    "جمادي الثاني": 6, "جمادي الاخر": 6, "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10,
    "ذو القعده": 11, "ذي القعده": 11, "ذو الحجه": 12, "ذي الحجه": 12,
}

# Weekday names, Monday = 0 as in `datetime.date.weekday()`.
WEEKDAYS_FALLBACK = ("الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد")


@lru_cache(maxsize=1)
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
    for name, num in NEWS_MONTHS.items():
        months.setdefault(fold(name), num)
    return months


@lru_cache(maxsize=1)
def weekdays() -> dict[str, int]:
    """Folded weekday name (with the article) -> weekday number, Monday = 0."""
    days: dict[str, int] = {}
    try:
        from babel.dates import get_day_names

        for num, name in get_day_names("wide", locale="ar").items():
            days[fold(name)] = int(num)
    except Exception:
        pass
    for num, name in enumerate(WEEKDAYS_FALLBACK):
        days.setdefault(name, num)
    days.setdefault("الاتنين", 0)
    return days


def alternation(names) -> str:
    """Regex alternation of folded names, longest first, spaces matching any whitespace."""
    return "|".join(n.replace(" ", r"\s+") for n in sorted(set(names), key=len, reverse=True))


_ORDINAL_UNITS = ("الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن",
                  "التاسع")


@lru_cache(maxsize=1)
def ordinal_days() -> dict[str, int]:
    """Ordinal day numbers as news writes them before a month (العاشر من يوليو), folded:
    الاول … العاشر, الحادي عشر … التاسع عشر, العشرين, الحادي والعشرين …, الثلاثين,
    الحادي والثلاثين."""
    days = {name: i + 1 for i, name in enumerate(_ORDINAL_UNITS)}
    days["العاشر"] = 10
    compound = ("الحادي",) + _ORDINAL_UNITS[1:]
    for i, unit in enumerate(compound, start=1):
        days[f"{unit} عشر"] = 10 + i
        days[f"{unit} والعشرين"] = 20 + i
    days["العشرين"] = 20
    days["الثلاثين"] = 30
    days["الحادي والثلاثين"] = 31
    return days
