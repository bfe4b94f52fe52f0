"""Sentence splitting inside blocks, quote-aware.

Splits body blocks on `.` `؟` `?` `!` `؛` `;` (and line ends, since blocks are lines), never inside
balanced «…», “…” or "…", not after abbreviations such as `أ ف ب`, `د ب أ`, `د.` or inside
numbers (`3.5`); an ellipsis `...` ends a sentence only at the end of a block. Non-body blocks are
one sentence each, of the block's kind.
"""

from __future__ import annotations

import re

import regex

from marsad.document import Document, Sentence

_TERMINATORS = frozenset(".؟?!؛;…")
_CLOSERS = frozenset("»”\"')]）")
_OPEN_CLOSE = {"«": "»", "“": "”", "(": ")"}
# Abbreviation-like tokens before a dot: a single Arabic or Latin letter (أ. ف. ب. / د. / م.)
_SINGLE_LETTER_BEFORE = regex.compile(r"(?:^|[\s(«])[\u0621-\u064Aa-zA-Z]$")
_ABBREVIATIONS = ("أ ف ب", "د ب أ", "أ ش أ", "أ ب", "ق.م", "ص.ب")
# The only characters the scans below act on (every other one is stepped over), so they jump
# from one to the next with a regex instead of visiting every character. (`re`, not `regex`:
# classes of listed characters read alike in both, and `re` finds them about twice as fast.)
_PAIR_CHARS_RE = re.compile(r'[«“(»”)"]')
_SPLIT_CHARS_RE = re.compile(r'[«“(»”)".؟?!؛;…]')


class SentenceStage:
    name = "sentences"
    requires = ("blocks",)
    assigns = ("sentences",)

    def __init__(self, resources=None, **config):
        pass

    def __call__(self, doc: Document) -> None:
        out: list[Sentence] = []
        paragraph = -1
        for bi, block in enumerate(doc.blocks):
            if block.kind == "body":
                paragraph += 1
                for s, e in split_sentences(doc.text, block.start, block.end):
                    out.append(Sentence(s, e, block.kind, bi, paragraph))
            else:
                out.append(Sentence(block.start, block.end, block.kind, bi, max(paragraph, 0)))
        doc.sentences = out


def _balanced_pairs(text: str, start: int, end: int) -> set[int]:
    """Positions of quote/bracket openers in [start, end) that have a matching closer."""
    ok: set[int] = set()
    stack: list[tuple[str, int]] = []
    straight_open: int | None = None
    for m in _PAIR_CHARS_RE.finditer(text, start, end):
        i = m.start()
        c = text[i]
        if c in _OPEN_CLOSE:
            stack.append((_OPEN_CLOSE[c], i))
        elif stack and c == stack[-1][0]:
            ok.add(stack.pop()[1])
        elif c in "»”)":
            # a closer with no opener: drop unmatched openers of other kinds on top of it
            for k in range(len(stack) - 1, -1, -1):
                if stack[k][0] == c:
                    ok.add(stack[k][1])
                    del stack[k:]
                    break
        elif c == '"':
            if straight_open is None:
                straight_open = i
            else:
                ok.add(straight_open)
                straight_open = None
    return ok


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans (trimmed, half-open) within text[start:end]."""
    openers = _balanced_pairs(text, start, end)
    spans: list[tuple[int, int]] = []
    depth_stack: list[str] = []
    seg_start = start
    i = start
    search = _SPLIT_CHARS_RE.search
    while i < end:
        m = search(text, i, end)
        if m is None:
            break
        i = m.start()
        c = text[i]
        if i in openers:
            depth_stack.append('"' if c == '"' else _OPEN_CLOSE[c])
        elif depth_stack and c == depth_stack[-1]:
            depth_stack.pop()
        elif c in _TERMINATORS and not depth_stack and _ends_sentence(text, i, start, end):
            j = i + 1
            while j < end and (text[j] in _TERMINATORS or text[j] in _CLOSERS):
                j += 1
            spans.append((seg_start, j))
            seg_start = j
            i = j
            continue
        i += 1
    if seg_start < end:
        spans.append((seg_start, end))
    return [t for t in (_trim(text, s, e) for s, e in spans) if t[0] < t[1]]


def _ends_sentence(text: str, i: int, start: int, end: int) -> bool:
    c = text[i]
    nxt = text[i + 1] if i + 1 < end else ""
    if c == ".":
        prev = text[i - 1] if i > start else ""
        if prev.isdigit() and nxt.isdigit():
            return False  # 3.5
        if nxt == "." or prev == ".":
            # an ellipsis: a sentence end only at the end of the block
            k = i
            while k < end and text[k] == ".":
                k += 1
            return text[k:end].strip() == "" if nxt == "." else False
        window = text[max(start, i - 8):i]
        if _SINGLE_LETTER_BEFORE.search(window):
            return False  # د. / أ. ف. ب.
        if nxt and not nxt.isspace() and nxt not in _CLOSERS:
            return False  # www.example.com, 1.2
    if c == "…":
        return text[i + 1:end].strip() == ""
    return True


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e
