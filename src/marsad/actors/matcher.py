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
from dataclasses import dataclass

import regex

from marsad.actors import forms
from marsad.actors.gazetteer import Gazetteer

_HSPACE_RUN = regex.compile(r"[^\S\n]{2,}|[^\S\n ]")


@dataclass(slots=True)
class Match:
    start: int  # matching-string offsets of the key (proclitics excluded)
    end: int
    word_start: int  # start of the word the key begins in (proclitics included)
    prefix: str  # the proclitic letters before the key in its word
    hits: tuple[tuple[int, int], ...]  # (entry index, flags), best first

    @property
    def entry(self) -> int:
        return self.hits[0][0]

    @property
    def flags(self) -> int:
        return self.hits[0][1]

    @property
    def span_start(self) -> int:
        """Where the mention starts: the key, plus the article when it is a separate ال
        (الروسي), or the whole word when ل and the article are fused (للرئيس، للولايات)."""
        if self.flags & forms.FUSED or self.prefix.endswith("لل"):
            return self.word_start
        if self.prefix.endswith("ال"):
            return self.start - 2
        return self.start


class MatchingString:
    """The matching form of a document with collapsed spaces, mapped back to original offsets."""

    def __init__(self, doc) -> None:
        norm = doc.norm
        self.norm = norm
        self._memo: dict[int, int] = {}
        text = norm.text
        if _HSPACE_RUN.search(text) is None:
            self.text = text
            self._index: list[int] | None = None
            return
        pieces: list[str] = []
        index: list[int] = []
        pos = 0
        for m in _HSPACE_RUN.finditer(text):
            pieces.append(text[pos:m.start()])
            index.extend(range(pos, m.start()))
            pieces.append(" ")
            index.append(m.start())
            pos = m.end()
        pieces.append(text[pos:])
        index.extend(range(pos, len(text) + 1))
        self.text = "".join(pieces)
        self._index = index

    def to_original(self, a: int, b: int) -> tuple[int, int]:
        if self._index is not None:
            na, nb = self._index[a], self._index[b - 1] + 1 if b > a else self._index[a]
        else:
            na, nb = a, b
        return self.norm.to_original(na, nb)

    def from_original(self, pos: int) -> int:
        hit = self._memo.get(pos)
        if hit is not None:
            return hit
        n = self.norm.from_original(pos)
        if self._index is not None:
            n = bisect.bisect_left(self._index, n)
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
        cands.append(Match(a, b, w, prefix, hits))
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
