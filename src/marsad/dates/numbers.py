"""Arabic cardinal number words and digit strings, in the folded matching form.

Shared by the dates stage (durations: ثلاثة أشهر) and the amounts stage (ثلاثة ملايين دولار).
All keys are folded (أ→ا, ة→ه, ى→ي), so they match `doc.norm.text` directly.
"""

from __future__ import annotations

from functools import lru_cache

# Units and teens' first parts (both genders, nominative/accusative-genitive).
UNITS: dict[str, int] = {
    "واحد": 1, "واحده": 1,
    "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2,
    "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6,
    "سبع": 7, "سبعه": 7, "ثمان": 8, "ثماني": 8, "ثمانيه": 8, "تسع": 9, "تسعه": 9,
    "عشر": 10, "عشره": 10,
}
TENS: dict[str, int] = {
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "اربعون": 40, "اربعين": 40,
    "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
    "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
}
# Scale words and their value (a plural such as آلاف is the scale itself; duals are 2 x scale).
SCALES: dict[str, int] = {
    "الف": 1000, "الفا": 1000, "الفين": 2000, "الفان": 2000, "الاف": 1000, "الوف": 1000,
    "مليون": 10**6, "مليونا": 10**6, "مليونين": 2 * 10**6, "مليونان": 2 * 10**6,
    "مليوني": 2 * 10**6, "ملايين": 10**6,
    "مليار": 10**9, "مليارا": 10**9, "مليارين": 2 * 10**9, "ملياران": 2 * 10**9,
    "ملياري": 2 * 10**9, "مليارات": 10**9, "بليون": 10**9, "بلايين": 10**9,
    "ترليون": 10**12, "تريليون": 10**12, "ترليونات": 10**12, "تريليونات": 10**12,
    "الفي": 2000,
}
# Duals of scales stand for 2 x scale on their own; "ثلاثه الاف" multiplies.
DUAL_SCALES = frozenset({"الفين", "الفان", "الفي", "مليونين", "مليونان", "مليوني", "مليارين",
                         "ملياران", "ملياري"})


def _hundreds() -> dict[str, int]:
    h = {"مئه": 100, "مائه": 100, "مئتان": 200, "مئتين": 200, "مائتان": 200, "مائتين": 200,
         "مئتا": 200, "مئتي": 200, "مائتا": 200, "مائتي": 200}
    stems = {"ثلاث": 3, "اربع": 4, "خمس": 5, "ست": 6, "سبع": 7, "ثمان": 8, "ثماني": 8, "تسع": 9}
    for stem, n in stems.items():
        for hw in ("مئه", "مائه"):
            h[stem + hw] = n * 100
    return h


HUNDREDS = _hundreds()
# Split hundreds ("ثلاث مئه") are handled by the parser as unit x 100.
TEENS_SECOND = frozenset({"عشر", "عشره"})
# Approximate plurals: عشرات = tens of, مئات = hundreds of, آلاف = thousands of.
APPROX: dict[str, int] = {"عشرات": 10, "مئات": 100, "الاف": 1000, "الوف": 1000,
                          "ملايين": 10**6, "مليارات": 10**9}


def _folded(table: dict[str, int]) -> dict[str, int]:
    """The same table with keys in the matching form (ئ→ي: مئة is written ميه there)."""
    from marsad.text.normalize import fold

    return {fold(k): v for k, v in table.items()}


UNITS, TENS, HUNDREDS, SCALES, APPROX = (_folded(t) for t in (UNITS, TENS, HUNDREDS, SCALES,
                                                              APPROX))
DUAL_SCALES = frozenset(_folded(dict.fromkeys(DUAL_SCALES, 0)))


@lru_cache(maxsize=1)
def number_words() -> dict[str, int]:
    """Every single number word (folded) with its value."""
    words: dict[str, int] = {}
    words.update(UNITS)
    words.update(TENS)
    words.update(HUNDREDS)
    words.update(SCALES)
    return words


def word_alternation(extra: tuple[str, ...] = ()) -> str:
    """A regex alternation of the number words, longest first."""
    keys = sorted(set(number_words()) | set(extra), key=len, reverse=True)
    return "|".join(keys)


def parse_number_words(words: list[str]) -> int | None:
    """Value of a sequence of folded number words, e.g. ["مئه", "خمسون", "الفا"] -> 150000.

    Conjunction و must already be stripped from the words. Returns None if a word is unknown.
    """
    table = number_words()
    total = 0
    current = 0
    prev_unit = False
    for w in words:
        if w.isdigit():  # مليون و162 ألف: digits inside a run of words
            current += int(w)
            prev_unit = False
            continue
        if w in TEENS_SECOND and prev_unit and 0 < current % 10 < 10:
            current += 10  # أحد عشر / ثلاثة عشر: unit + ten
            prev_unit = False
            continue
        if w in ("احد", "احدي") and not words[-1:] == [w]:
            current += 1
            prev_unit = True
            continue
        v = table.get(w)
        if v is None:
            return None
        if w in SCALES:
            if w in DUAL_SCALES:
                total += current * (v // 2) if current else v  # ألفي = 2000 on its own
            else:
                total += max(current, 1) * v
            current = 0
            prev_unit = False
        elif v == 100 and current and current < 10:
            current *= 100  # ثلاث مئه
            prev_unit = False
        else:
            current += v
            prev_unit = w in UNITS
    return total + current


def parse_digits(s: str) -> float | None:
    """Value of a digit string in the folded form: ASCII digits, with , ٬ as thousands separators
    (a comma followed by exactly three digits) and . ٫ or a comma as the decimal mark."""
    s = s.replace("\u066c", ",").replace("\u066b", ".")
    if "," in s:
        parts = s.split(",")
        if all(len(p) == 3 and p.isdigit() for p in parts[1:]) and "." not in parts[-1][:3]:
            s = "".join(parts)
        elif s.count(",") == 1 and "." not in s:
            s = s.replace(",", ".")
        else:
            s = "".join(parts)
    try:
        return float(s)
    except ValueError:
        return None
