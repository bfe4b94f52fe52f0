"""Clitic-aware, longest-match dictionary matching over the normalised text.

The automaton runs once over the matching string of the whole article (`Document.norm.text` with
every horizontal space run collapsed to one space, so that multi-word keys match across double
spaces; line breaks are kept, so no match crosses a paragraph). A key found at [a, b) is kept when
- it ends a word (the next character is not a letter or digit), and
- the letters before it in its word form a proclitic string the key allows (see
  `marsad.actors.forms.prefix_allowed`): وروسيا، لبوتين، بالعراق، للولايات المتحدة.
Overlapping candidates are resolved longest first, then leftmost.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

import regex

from marsad.actors import forms
from marsad.actors.gazetteer import Gazetteer

_HSPACE_RUN = regex.compile(r"[^\S\n]{2,}|[^\S\n ]")
# The white space (`regex`'s \s: Unicode White_Space) other than the newline and the space: a
# text with none of it and no two spaces in a row has no `_HSPACE_RUN` (most articles), which
# `re` and `in` tell in a fifth of the time of the `regex` scan
_OTHER_HSPACE = re.compile(
    "[\t\x0b\x0c\r\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")


@dataclass(slots=True)
class Match:
    start: int  # matching-string offsets of the key (proclitics excluded)
    end: int
    word_start: int  # start of the word the key begins in (proclitics included)
    prefix: str  # the proclitic letters before the key in its word
    hits: tuple[tuple[int, int], ...]  # (entry index, flags), best first

    span_start: int = -1  # where the mention starts (see _span_start), set by find_matches

    @property
    def entry(self) -> int:
        return self.hits[0][0]

    @property
    def flags(self) -> int:
        return self.hits[0][1]


def _span_start(a: int, w: int, prefix: str, flags: int) -> int:
    """Where the mention of a key at `a` starts: the key, plus the article when it is a separate
    ال (الروسي), or the whole word (from `w`) when ل and the article are fused (للرئيس،
    للولايات). Computed once per match: the composer asks for it many times."""
    if flags & forms.FUSED or prefix.endswith("لل"):
        return w
    if prefix.endswith("ال"):
        return a - 2
    return a


class MatchingString:
    """The matching form of a document with collapsed spaces, mapped back to original offsets.

    The map from matching offsets to `norm` offsets is linear between collapsed runs, so it is
    kept as segments (their starts in both strings and their lengths), not one entry per
    character."""

    def __init__(self, doc) -> None:
        norm = doc.norm
        self.norm = norm
        self._memo: dict[int, int] = {}
        text = norm.text
        runs = list(_HSPACE_RUN.finditer(text)) if "  " in text or _OTHER_HSPACE.search(text) \
            else ()
        if not runs:
            self.text = text
            self._seg_ms: list[int] | None = None
            return
        pieces: list[str] = []
        seg_ms: list[int] = []  # start of each segment in the matching string
        seg_norm: list[int] = []  # ... and in norm.text
        seg_len: list[int] = []  # matching offsets in it (a collapsed run counts as one)
        pos = at = 0
        for m in runs:
            pieces.append(text[pos:m.start()])
            pieces.append(" ")
            seg_ms.append(at)
            seg_norm.append(pos)
            seg_len.append(m.start() - pos + 1)
            at += m.start() - pos + 1
            pos = m.end()
        pieces.append(text[pos:])
        seg_ms.append(at)
        seg_norm.append(pos)
        seg_len.append(len(text) + 1 - pos)  # the end offset too
        self.text = "".join(pieces)
        self._seg_ms, self._seg_norm, self._seg_len = seg_ms, seg_norm, seg_len

    def _norm_at(self, i: int) -> int:
        """The norm offset of matching offset i (inside the string or its end)."""
        k = bisect.bisect_right(self._seg_ms, i) - 1
        return self._seg_norm[k] + (i - self._seg_ms[k])

    def to_original(self, a: int, b: int) -> tuple[int, int]:
        if self._seg_ms is not None:
            na = self._norm_at(a)
            nb = self._norm_at(b - 1) + 1 if b > a else na
        else:
            na, nb = a, b
        return self.norm.to_original(na, nb)

    def end_from_original(self, end: int) -> int:
        """The matching end of an original span that ends at `end`: right after its last kept
        character. (from_original(end - 1) + 1 runs one past it, or past the text, when the span
        ends in a dropped mark: the tanween of شكراً written after the alif.)"""
        return self.from_original(end)

    def from_original(self, pos: int) -> int:
        hit = self._memo.get(pos)
        if hit is not None:
            return hit
        n = self.norm.from_original(pos)
        if self._seg_ms is not None:
            # the first matching offset at or after norm offset n (a collapsed run's later
            # spaces go to the next segment's start)
            k = max(bisect.bisect_right(self._seg_norm, n) - 1, 0)
            n = self._seg_ms[k] + min(max(n - self._seg_norm[k], 0), self._seg_len[k])
        self._memo[pos] = n  # the composer asks for the same token offsets many times
        return n


def find_matches(gaz: Gazetteer, text: str) -> list[Match]:
    """Dictionary matches in the matching string `text`, non-overlapping, in text order."""
    if gaz.empty:
        return []
    n = len(text)
    cands: list[Match] = []
    for end_idx, (klen, hits) in gaz.automaton.iter(text):
        b = end_idx + 1
        if b < n and text[b].isalnum():
            continue
        a = b - klen
        w = a
        while w > 0 and text[w - 1].isalnum():
            w -= 1
            if a - w > forms.MAX_PREFIX:
                break
        if a - w > forms.MAX_PREFIX:
            continue
        prefix = text[w:a]
        if prefix:
            hits = tuple(h for h in hits if forms.prefix_allowed(prefix, h[1]))
            if not hits:
                continue
        cands.append(Match(a, b, w, prefix, hits, _span_start(a, w, prefix, hits[0][1])))
    if len(cands) <= 1:
        return cands
    cands.sort(key=lambda m: (m.start - m.end, m.start))
    taken = bytearray(n + 1)
    chosen = []
    for m in cands:
        if 1 in taken[m.word_start if m.flags & forms.FUSED else m.start:m.end]:
            continue
        taken[m.start:m.end] = b"\x01" * (m.end - m.start)
        chosen.append(m)
    chosen.sort(key=lambda m: m.start)
    return chosen
