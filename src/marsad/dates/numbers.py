"""Arabic cardinal number words and digit strings, in the folded matching form.

Shared by the dates stage (durations: ثلاثة أشهر) and the amounts stage (ثلاثة ملايين دولار).
The words are the dictionary file `lexicon/data/numbers.json` (kind numbers, with a user's files
of the kind added: see marsad.lexicon.categories), folded on load (أ→ا, ة→ه, ى→ي, ئ→ي: مئة is
written ميه there), so they match `doc.norm.text` directly; the grammar that combines them is here.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from marsad.lexicon.categories import (category_files, current_lexicon_dirs, per_lexicon,
                                       read_categories)


@dataclass(frozen=True)
class NumberWords:
    """The categories of numbers.json, folded (see docs/dictionaries.md, ### numbers)."""

    units: dict[str, int]  # units and the teens' first parts
    tens: dict[str, int]
    hundreds: dict[str, int]  # in one word; a split hundred (ثلاث مئه) is unit x 100
    scales: dict[str, int]  # a plural (الاف) is the scale itself, a dual 2 x scale
    dual_scales: frozenset[str]  # 2 x scale on their own; "ثلاثه الاف" multiplies
    teens_second: frozenset[str]
    approx: dict[str, int]  # عشرات = tens of, مئات = hundreds of, آلاف = thousands of


@per_lexicon
def number_tables() -> NumberWords:
    """The numbers dictionaries of the lexicon set in use (the built-in numbers.json, with a
    user's files of kind numbers), read and schema-checked once per process per lexicon set."""
    files = category_files(current_lexicon_dirs(), "numbers")
    return NumberWords(**read_categories(files, (f.name for f in fields(NumberWords))))


@per_lexicon
def number_words() -> dict[str, int]:
    """Every single number word (folded) with its value."""
    tables = number_tables()
    words: dict[str, int] = {}
    words.update(tables.units)
    words.update(tables.tens)
    words.update(tables.hundreds)
    words.update(tables.scales)
    return words


def word_alternation(extra: tuple[str, ...] = ()) -> str:
    """A regex alternation of the number words, longest first."""
    keys = sorted(set(number_words()) | set(extra), key=len, reverse=True)
    return "|".join(keys)


def parse_number_words(words: list[str]) -> int | None:
    """Value of a sequence of folded number words, e.g. ["مئه", "خمسون", "الفا"] -> 150000.

    Conjunction و must already be stripped from the words. Returns None if a word is unknown.
    """
    table, tables = number_words(), number_tables()
    total = 0
    current = 0
    prev_unit = False
    for w in words:
        if w.isdigit():  # مليون و162 ألف: digits inside a run of words
            current += int(w)
            prev_unit = False
            continue
        if w in tables.teens_second and prev_unit and 0 < current % 10 < 10:
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
        if w in tables.scales:
            if w in tables.dual_scales:
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
            prev_unit = w in tables.units
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


def compound_break(tokens: list[str]) -> int | None:
    """Where a run of folded number words stops being one number by Arabic number grammar: the
    index of the token that opens a second number, or None when the run is one number.

    Words stand side by side (no و) only in a teen (ستة عشر), a split hundred (ثلاث مئة) and
    before a scale (ثلاثة آلاف، مئة ألف); joined by و only a ten after a unit (ستة وعشرون),
    something under a hundred after the hundreds (ثلاثمئة وخمسة) and a part smaller than the
    scale after a scale (مليون و500 ألف، ألف وخمسمائة). Anything else is two numbers side by side:
    an enumeration or a score (عشرة ستة، عشرون ثلاثة، خمسة عشرين). `tokens` are the words as
    written (و alone or glued to a number word; digits; the article on the first, الخمسين)."""
    table, tables = number_words(), number_tables()
    last = None  # the kind of the word before: unit (1-9), ten (10), teen, tens, hundred, scale
    smallest = None  # the smallest scale so far: a part after و must stay under it
    group = []  # the words since the last scale (or the first), with the scale after them
    for i, raw in enumerate(tokens):
        if raw == "و":
            continue
        glued = raw.startswith("و") and raw not in table and (
            raw[1:] in table or raw[1:].isdigit() or raw[1:] in ("احد", "احدي"))
        joined = i > 0 and (tokens[i - 1] == "و" or glued)  # (واحد is one, not و + احد)
        w = raw[1:] if glued else raw
        if i == 0 and w.startswith("ال") and w[2:] in table:
            w = w[2:]  # الخمسين مليون
        if w.isdigit():
            kind, value = "digits", int(w)
        elif w in tables.scales:
            kind, value = "scale", table[w]
        elif w in ("احد", "احدي"):
            kind, value = "unit", 1
        elif w in table:
            value = table[w]
            kind = ("unit" if value < 10 else "ten" if value == 10 else
                    "tens" if value < 100 else "hundred")
        else:
            return None  # (a word the grammar does not know: leave the run as it is)
        if last is None:
            ok = True
        elif kind == "scale" and not joined:
            # ثلاثة آلاف، مئة ألف، خمسة وعشرون ألفاً: the group before multiplies; under a larger
            # scale before it (مليون و500 ألف), not as large (مليون و2 مليون)
            total = parse_number_words(group + [w])
            ok = smallest is None or total is None or total < smallest or last == "scale"
            if not ok:
                return _opening(tokens, i, group)
        elif joined:
            ok = (last == "scale" and (kind != "scale" or value < smallest)) or \
                (last == "hundred" and kind in ("unit", "ten", "tens", "digits") and value < 100) \
                or (last == "unit" and kind == "tens")
        else:
            ok = (w in tables.teens_second and last == "unit") or \
                (kind == "hundred" and value == 100 and last == "unit" and group and
                 2 < (parse_number_words(group) or 0) < 10)
            if ok and w in tables.teens_second:
                kind = "teen"
        if not ok:
            return i - 1 if joined and tokens[i - 1] == "و" else i
        if kind == "scale":
            base = value // 2 if w in tables.dual_scales else value
            smallest = base if smallest is None else min(smallest, base)
            group = []
        else:
            if last == "scale":
                group = []
            group.append(w)
        last = kind
    return None


def _opening(tokens: list[str], i: int, group: list[str]) -> int:
    """The index of the token that opened the group of words before the scale at `i` (its و
    alone when so written)."""
    j = i - 1
    n = len(group)
    while j >= 0 and n:
        if tokens[j] != "و":
            n -= 1
        j -= 1
    j += 1
    return j - 1 if j > 0 and tokens[j - 1] == "و" else j
