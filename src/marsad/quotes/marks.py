"""Quote-mark spans: balanced «…», “…” and "…" within one paragraph, outermost only.

A span inside another (`«قال إن «الحل» قريب»`) belongs to the outer quote. Unbalanced marks (a
stray « or a lone ") yield nothing: in real pages they are mostly typing slips.
"""

from __future__ import annotations

from dataclasses import dataclass

import re

_PAIRS = {"«": "»", "“": "”"}
_CLOSERS = {"»": "«", "”": "“"}
# (`re`, not `regex`: a class of listed characters reads alike in both, and `re` is faster)
_MARK_RE = re.compile('[«»“”"]')


@dataclass(frozen=True, slots=True)
class Mark:
    open: int  # offset of the opening mark
    close: int  # offset of the closing mark
    char: str  # the opening mark

    @property
    def inner(self) -> tuple[int, int]:
        return self.open + 1, self.close


def find_marks(text: str, start: int, end: int) -> list[Mark]:
    """Outermost balanced quote-mark spans in text[start:end] (one paragraph)."""
    found: list[Mark] = []
    stack: list[tuple[str, int]] = []
    straight: int | None = None
    for found_mark in _MARK_RE.finditer(text, start, end):
        i = found_mark.start()
        c = text[i]
        if c in _PAIRS:
            stack.append((c, i))
        elif c in _CLOSERS:
            for k in range(len(stack) - 1, -1, -1):
                if stack[k][0] == _CLOSERS[c]:
                    opener = stack[k][1]
                    del stack[k:]
                    if not stack:
                        found.append(Mark(opener, i, _CLOSERS[c]))
                    break
        elif c == '"':
            # A straight mark opens before a word and closes after one; a mark with space on both
            # sides, or on the wrong side, is a stray and is skipped (it would pair wrongly).
            before = i == start or text[i - 1].isspace() or text[i - 1] in "(:،,«“-"
            after = i + 1 >= end or text[i + 1].isspace() or text[i + 1] in ".،,:؛;)»”-"
            if straight is None:
                if not after:
                    straight = i
            elif not before:
                if not stack:
                    found.append(Mark(straight, i, '"'))
                straight = None
            elif not after:
                straight = i  # the earlier mark was a stray: start again here
    found.sort(key=lambda m: m.open)
    outer: list[Mark] = []
    for m in found:
        if outer and m.open < outer[-1].close:
            continue  # nested inside an earlier span
        outer.append(m)
    return outer
