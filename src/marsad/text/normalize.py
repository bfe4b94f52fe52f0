"""Arabic matching form with an alignment back to the original text.

The original article is never altered. `normalize()` returns a `NormalizedText`: a folded copy of
the text for matching, plus `offsets[i]` = the original index of normalised character `i`, so a
match `[a, b)` in the matching form is reported on the original by `to_original(a, b)`.

What the matching form does:
- drops Arabic diacritics (harakat, shadda, sukun, superscript alef, Quranic marks) and tatweel;
- folds alef variants (أ إ آ ٱ) to ا, ى to ي, ة to ه, hamza carriers ؤ→و ئ→ي, Persian ک→ك ی→ي;
- maps Arabic-Indic (٠-٩) and Persian (۰-۹) digits to ASCII;
- lower-cases Latin letters.
Every kept character maps to exactly one character, so the alignment is a plain index list.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
import re

# Characters removed from the matching form: harakat and Quranic annotation marks, tatweel.
_DROPPED = (
    "\u0610-\u061a"  # Quranic honorifics and small marks
    "\u064b-\u065f"  # fathatan .. wavy hamza below (harakat, shadda, sukun)
    "\u0670"  # superscript alef
    "\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"  # Quranic marks
    "\u0640"  # tatweel
    "\u200c-\u200f"  # zero-width joiners and direction marks
)
# (`re`, not `regex`, for this and `_KEPT_RUN_RE` below: the classes are spelt out in code
# points, which both read alike, and `re` scans a whole article with them two to four times as
# fast)
DROPPED_RE = re.compile(f"[{_DROPPED}]+")
DROPPED_CHARS = frozenset(
    chr(c)
    for lo, hi in ((0x610, 0x61A), (0x64B, 0x65F), (0x670, 0x670), (0x6D6, 0x6DC), (0x6DF, 0x6E4),
                   (0x6E7, 0x6E8), (0x6EA, 0x6ED), (0x640, 0x640), (0x200C, 0x200F))
    for c in range(lo, hi + 1)
)

_FOLD_FROM = "أإآٱىةؤئکیٹ" + "٠١٢٣٤٥٦٧٨٩" + "۰۱۲۳۴۵۶۷۸۹"
_FOLD_TO = "اااايهويكيت" + "0123456789" + "0123456789"


def _fold_table() -> dict[int, str]:
    table = str.maketrans(_FOLD_FROM, _FOLD_TO)
    for c in range(ord("A"), ord("Z") + 1):
        table[c] = chr(c + 32)
    return table


FOLD_TABLE = _fold_table()
# The same folding with the dropped characters deleted: `fold` in one `str.translate` pass.
FOLD_DELETE_TABLE = {**FOLD_TABLE, **{ord(c): None for c in DROPPED_CHARS}}
# Runs of kept characters, for building the alignment without a per-character Python loop.
_KEPT_RUN_RE = re.compile(f"[^{_DROPPED}]+")
# The same tables as (character, replacement) pairs. No replacement is itself replaced, so
# applying them one after the other equals one `str.translate`; on a text of more than about a
# hundred characters, these hundred `in` tests and few `str.replace` calls (all in C) are several
# times faster than translate's per-character lookups in a dict (8 times on a whole article).
_FOLD_PAIRS = tuple((chr(k), v if isinstance(v, str) else chr(v)) for k, v in FOLD_TABLE.items())
_FOLD_DELETE_PAIRS = _FOLD_PAIRS + tuple((c, "") for c in sorted(DROPPED_CHARS))


def _replace_all(text: str, pairs: tuple[tuple[str, str], ...]) -> str:
    for a, b in pairs:
        if a in text:
            text = text.replace(a, b)
    return text


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """The matching form of `original` and, for each of its characters, the original offset."""

    original: str
    text: str
    offsets: tuple[int, ...]  # len(text) + 1 entries; the last is len(original)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of the matching form to the original text.

        The end is extended over dropped marks that follow the last character (a diacritic belongs
        to its letter), but never over a kept character.
        """
        if start >= end:
            o = self.offsets[start]
            return o, o
        o_start = self.offsets[start]
        o_end = self.offsets[end - 1] + 1
        nxt = self.offsets[end]
        while o_end < nxt and self.original[o_end] in DROPPED_CHARS:
            o_end += 1
        return o_start, o_end

    def from_original(self, pos: int) -> int:
        """Index in the matching form of the first kept character at or after original `pos`."""
        return bisect_left(self.offsets, pos, 0, len(self.text))


def _fold(text: str) -> str:
    """The matching form of a string, without the alignment (for dictionary keys); what `fold`
    gives, not cached."""
    if len(text) <= _FOLD_CACHED_LEN:
        return _fold_word(text)
    # no folded character is dropped and no dropped one is folded, so one pass does both
    return _replace_all(text, _FOLD_DELETE_PAIRS)


_FOLD_CACHED_LEN = 40
_FOLD_CACHE_LIMIT = 1 << 16


class _FoldedWords(dict):
    """Text of at most `_FOLD_CACHED_LEN` characters -> its folded form (`_fold`), filled as
    `fold` meets them and emptied when it holds `_FOLD_CACHE_LIMIT`: the stages fold the same few
    thousand words again and again (some 220,000 calls a pass of 300 articles). `fold` is this
    dictionary's `__getitem__`, so a word folded before costs one look-up in C and no Python
    call (nineteenth session; it was an `lru_cache` behind a Python function)."""

    __slots__ = ()

    def __missing__(self, text: str) -> str:
        if len(text) > _FOLD_CACHED_LEN:
            return _fold(text)  # a long text is seldom folded twice: not kept
        if len(self) >= _FOLD_CACHE_LIMIT:
            self.clear()
        folded = self[text] = text.translate(FOLD_DELETE_TABLE)
        return folded


_FOLDED_WORDS = _FoldedWords()
# fold(text) -> str: the matching form of a string, without the alignment (for dictionary keys)
fold = _FOLDED_WORDS.__getitem__


def with_conj(words) -> frozenset[str]:
    """The (folded) words and each of them after the conjunction و or ف (قال، وقال، فقال)."""
    words = frozenset(words)
    return words | {c + w for w in words for c in "وف"}


def strip_conj(word: str) -> str:
    """A (folded) word without the conjunction و/ف it begins with (وفي → في), when more than
    two letters are left of it."""
    return word[1:] if len(word) > 2 and word[0] in "وف" else word


def bare_noun(word: str, suffix: bool = True) -> str:
    """A folded noun without و/ف, a preposition ب/ل/ك, the article and (`suffix`) a pronoun
    suffix, for a look-up in a list of nouns: والتيار، للحزب، لحزبه -> تيار، حزب، حزب. A
    ب/ل/ك is the preposition before the article, or (`suffix`) on a longer word (بحزبه), so a
    noun of four letters keeps its first (كتلة، فصيل)."""
    w = word[1:] if word[:1] in "وف" and len(word) > 4 else word
    if w.startswith("لل") and len(w) > 4:  # (ل + ال: للحزب)
        w = w[2:]
    elif w[:1] in "بلك" and (w[1:3] == "ال" or suffix and len(w) > 4):
        w = w[1:]
    w = w[2:] if w.startswith("ال") else w
    if suffix:
        for x in ("هما", "هم", "ها", "ه"):
            if w.endswith(x) and len(w) - len(x) >= 3:
                return w[:-len(x)]
    return w


def _fold_word(text: str) -> str:
    # (`fold` keeps the words it folds: `_FoldedWords`)
    return text.translate(FOLD_DELETE_TABLE)


def normalize(text: str) -> NormalizedText:
    """Normalise `text` for matching, keeping the alignment to the original offsets."""
    if not DROPPED_RE.search(text):
        offsets = tuple(range(len(text) + 1))
        return NormalizedText(text, _replace_all(text, _FOLD_PAIRS), offsets)
    kept: list[int] = []
    for m in _KEPT_RUN_RE.finditer(text):
        kept.extend(range(m.start(), m.end()))
    kept.append(len(text))
    return NormalizedText(text, _replace_all(text, _FOLD_DELETE_PAIRS), tuple(kept))
