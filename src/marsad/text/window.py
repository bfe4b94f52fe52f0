"""A window of a text for display: cut at whitespace, never inside a word, with "…" on each
side where the text was cut. Shared by the evidence column of the events page
(`marsad.web.evidence`) and the search snippets of the store (`marsad.store.query.snippet`).
"""

from __future__ import annotations

from typing import NamedTuple

ELLIPSIS = "…"


class Clip(NamedTuple):
    text: str  # the words shown, with the ellipses
    start: int  # the part of the full text shown: [start, end)
    end: int
    shift: int  # add to an offset of the full text to get its offset in `text`


def window_bounds(text: str, lo: int, hi: int, keep: tuple[int, int] | None = None
                  ) -> tuple[int, int]:
    """`[lo, hi)` moved inward so that it cuts no word: a start inside a word moves to just
    after the first whitespace before `keep[0]`, an end inside a word back to the last
    whitespace at or after `keep[1]` (`keep`, the span that must stay shown, defaults to the
    window itself); a side with no such whitespace keeps its cut. Whitespace at either edge is
    then dropped. A side at a whitespace, or at the text's end, is no cut inside a word."""
    lo, hi = max(0, lo), min(len(text), hi)
    keep_lo, keep_hi = keep if keep is not None else (hi, lo)
    if lo > 0 and not text[lo - 1].isspace():
        for i in range(lo, min(keep_lo, hi)):
            if text[i].isspace():
                lo = i + 1
                break
    if hi < len(text) and not text[hi].isspace():
        for i in range(hi - 1, max(lo, keep_hi) - 1, -1):
            if text[i].isspace():
                hi = i
                break
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return lo, hi


def clip(text: str, lo: int, hi: int, keep: tuple[int, int] | None = None, gap: str = ""
         ) -> Clip:
    """The words of `text[lo:hi]` (`window_bounds`) with `ELLIPSIS` on each side where words
    were left out (`gap` between the ellipsis and the words)."""
    a, b = window_bounds(text, lo, hi, keep)
    head = ELLIPSIS + gap if a > 0 and not text[:a].isspace() else ""
    tail = gap + ELLIPSIS if b < len(text) and not text[b:].isspace() else ""
    return Clip(head + text[a:b] + tail, a, b, len(head) - a)
