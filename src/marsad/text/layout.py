"""Layout: split an article into blocks (paragraph lines) and tell their kind.

Kinds: `body`, `headline`, `dateline`, `pull_quote`, `credit`, `caption`. News text pasted from a
page keeps display elements between paragraphs: a pull quote (a short blurb broken over several
short lines that repeats words of the body) and a credit line (`(الأخبار، أ ف ب)`). Stages after
this one skip every block that is not `body` (or `headline`) when they extract quotes and events.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from marsad.document import Block, Document
from marsad.text.normalize import fold

_LINE_RE = regex.compile(r"[^\n]+")
_ARABIC_WORD_RE = regex.compile(r"[\u0621-\u064A\u0671-\u06D3]{3,}")
_SENTENCE_END = ".؟?!؛:»\"”)"
# A credit line: short, wholly in brackets: (رويترز)  (الأخبار، أ ف ب)  [أ ف ب]
_CREDIT_RE = regex.compile(r"^\s*[(\[（][^()\[\]\n]{1,70}[)\]）]\s*$")
# A caption: a photo line.
_CAPTION_RE = regex.compile(r"^\s*(?:\(?\s*(?:صورة|الصورة|صور|من الأرشيف|أرشيفية)\b)")
# A dateline at the start of a paragraph: بيروت - رويترز:  القاهرة ـ «الأخبار»  دبي (رويترز) -
_PLACE = r"[\u0621-\u064A\u0640]{2,}(?:\s[\u0621-\u064A\u0640]{2,}){0,2}"
_DASH = r"\s*[-–—ـ]{1,3}\s*"
_LETTERS = r"[\u0621-\u064A\u064B-\u0652\u0640]"
# One part of a byline before a dash: a reporter's name, an outlet or agencies (سبق، واس، د ب أ)
_BYLINE_PART = rf"{_LETTERS}+(?:(?:\s+|\s*[،,]\s*){_LETTERS}+){{0,3}}"
# (no word of a phrase: وقالت السيدة – دانيا من المدينة: is no byline)
_PLACE_WORD = rf"(?!(?:من|في|عن|على|إلى|الى)\b){_LETTERS}{{2,}}"
_MARKED_PLACE = rf"{_PLACE_WORD}(?:\s{_PLACE_WORD}){{0,2}}"
_DATELINE_RES = (
    # CITY - AGENCY:   /  CITY - «OUTLET»:
    regex.compile(rf"^(?P<dl>{_PLACE}(?:\s*\([^()\n]{{1,30}}\))?{_DASH}"
                  rf"(?:«[^»\n]{{1,30}}»|[\u0621-\u064A\s]{{2,25}}?)\s*:)\s*"),
    # CITY ـ «OUTLET»   (no colon: the guillemets mark the outlet)
    regex.compile(rf"^(?P<dl>{_PLACE}{_DASH}«[^»\n]{{1,30}}»)\s*[:،,-]?\s*"),
    # CITY (AGENCY) -
    regex.compile(rf"^(?P<dl>{_PLACE}\s*\([^()\n]{{1,30}}\){_DASH})"),
    # a byline, the place last: AGENCY - CITY:  OUTLET، AGENCY - CITY:  REPORTER - OUTLET - CITY:
    # (واس- عدن:، سبق، واس- الباحة:، د ب أ - لندن:، عبدالله الراجحي- سبق- جدة:; a place written
    # with its marks, عمّان، مكة المكرّمة)
    regex.compile(rf"^(?P<dl>(?:{_BYLINE_PART}{_DASH}){{1,2}}{_MARKED_PLACE}\s*:)\s*"),
)
# A dateline opening a later paragraph (a news digest: each item has its own): only with the
# outlet in guillemets or a wire agency, optionally after a bullet (* تونس - رويترز:), the
# place perhaps followed by its country in brackets (* ميونيخ (ألمانيا) - «د.ب.أ»:)
_WIRE_DATELINE_RE = regex.compile(
    rf"^(?P<dl>(?:[*•]\s*)?{_PLACE}(?:\s*\([^()\n]{{1,30}}\))?{_DASH}(?:«[^»\n]{{1,30}}»|رويترز|أ\s?ف\s?ب|أ\.ف\.ب|"
    rf"د\s?ب\s?أ|د\.ب\.أ|واس|يو بي آي|أ\s?ش\s?أ|كونا|وام|سانا)\s*:)\s*")
# A byline on a line of its own before the body (no colon): REPORTER – CITY، OUTLET – CITY،
# CITY - AGENCY، REPORTER – OUTLET (عبدالرحمن الشهري – الرياض، عين اليوم – متابعات، الرياض - واس)
_BYLINE_LINE_RE = regex.compile(
    rf"^(?:{_BYLINE_PART}{_DASH}){{1,2}}{_LETTERS}+(?:\s{_LETTERS}+)?$")
_BYLINE_LINE_MAX = 50  # characters
_PULL_MAX_LINE = 60  # characters in one display line of a pull quote
_PULL_MAX_TOTAL = 220


class LayoutStage:
    """Assigns `blocks`: each non-empty line is a block; pull quotes span their lines."""

    name = "layout"
    requires = ("text",)
    assigns = ("blocks",)

    def __init__(self, resources=None, **config):
        self.pull_max_line = config.get("pull_max_line", _PULL_MAX_LINE)
        # the Arabic names of countries and towns (countries.json, cities.json), folded: a line
        # of two of them is a headline, no byline (`_two_places`)
        self.place_names: frozenset[str] = resources.get("layout.place_names", lambda r: frozenset(
            fold(a) for kind in ("countries", "cities") for e in r.lexicon.entries(kind)
            for a in e.get("ar", ()))) if resources is not None else frozenset()

    def __call__(self, doc: Document) -> None:
        doc.blocks = detect_blocks(doc.text, title=doc.meta.get("title"),
                                   pull_max_line=self.pull_max_line,
                                   place_names=self.place_names)


def _lines(text: str) -> list[tuple[int, int]]:
    """Non-empty lines as trimmed (start, end) spans, plus a marker of blank lines before each."""
    out = []
    for m in _LINE_RE.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def _blank_before(text: str, start: int, prev_end: int | None) -> bool:
    if prev_end is None:
        return True
    return text.count("\n", prev_end, start) >= 2


def detect_blocks(text: str, title: str | None = None, pull_max_line: int = _PULL_MAX_LINE,
                  place_names: frozenset[str] = frozenset()) -> list[Block]:
    """The blocks of `text`. `place_names` (folded names of countries and towns) tell a
    headline of two places from a byline line (`_two_places`)."""
    lines = _lines(text)
    if not lines:
        return []
    # Group lines that are separated by single newlines only when each is short: that is how a
    # display blurb broken over lines looks. Ordinary paragraphs are one line each.
    groups: list[list[tuple[int, int]]] = []
    prev_end = None
    for s, e in lines:
        short = (e - s) <= pull_max_line and text[e - 1] not in ".؟?!"
        if (groups and not _blank_before(text, s, prev_end) and short
                and all((b - a) <= pull_max_line and text[b - 1] not in ".؟?!"
                        for a, b in groups[-1])):
            groups[-1].append((s, e))
        else:
            groups.append([(s, e)])
        prev_end = e

    vocab: list[set[str]] = []

    def body_words() -> set[str]:
        """The body's words, read the first time a group may be a pull quote (most articles
        have none)."""
        if not vocab:
            vocab.append(_body_vocabulary(text, groups, pull_max_line))
        return vocab[0]

    blocks: list[Block] = []
    n = len(groups)
    for gi, group in enumerate(groups):
        s, e = group[0][0], group[-1][1]
        seg = text[s:e]
        kind = "body"
        if _CAPTION_RE.match(seg) and len(seg) < 200:
            kind = "caption"
        elif _CREDIT_RE.match(seg):
            kind = "credit"
        elif _is_pull_quote(text, group, gi, n, body_words, pull_max_line):
            kind = "pull_quote"
        elif len(group) == 1 and gi + 1 < n and _byline_line(seg) and \
                not any(b.kind == "body" for b in blocks) and \
                not (title and fold(title.strip()) == fold(seg)) and \
                not _two_places(seg, place_names) and not _two_names(seg, place_names):
            kind = "dateline"  # عبدالرحمن الشهري – الرياض (the body on the next line; not the
            # article's own title, nor a headline of two places: السعودية – مصر, nor of two
            # teams: الهلال – النصر)
        elif gi == 0 and _is_headline(text, group, groups, title):
            kind = "headline"
        if kind == "body":
            dl = (_dateline(seg) or _wire_dateline(seg)) if not any(
                b.kind == "body" for b in blocks) else _wire_dateline(seg)
            if dl:
                blocks.append(Block(s, s + dl, "dateline"))
                s2 = s + dl
                while s2 < e and text[s2].isspace():
                    s2 += 1
                if s2 < e:
                    blocks.append(Block(s2, e, "body"))
                continue
        blocks.append(Block(s, e, kind))
    return blocks


def _dateline(seg: str) -> int:
    """Length of a dateline prefix of `seg`, or 0."""
    head = seg[:80]
    for rx in _DATELINE_RES:
        m = rx.match(head)
        if m and m.end("dl") < len(seg) - 20:
            return m.end("dl")
    return 0


def _byline_line(seg: str) -> bool:
    """`seg`, a whole line, is a byline with no colon (عين اليوم – الرياض)."""
    return len(seg) <= _BYLINE_LINE_MAX and bool(_BYLINE_LINE_RE.match(seg))


_DASH_SPLIT_RE = regex.compile(_DASH)


def _two_places(seg: str, place_names: frozenset[str]) -> bool:
    """Every part of the dash-separated line `seg` is the name of a country or a town (السعودية
    – مصر، مكة المكرمة – المدينة المنورة): a headline of two places. A byline names one place,
    with a reporter or an outlet (حامد القرشي – جدة، الرياض - واس)."""
    if not place_names:
        return False
    parts = [p.strip() for p in _DASH_SPLIT_RE.split(seg)]
    return len(parts) >= 2 and all(fold(p) in place_names for p in parts)


def _two_names(seg: str, place_names: frozenset[str]) -> bool:
    """The dash-separated line `seg` is two one-word names, neither a place (الهلال – النصر،
    الأهلي – الزمالك): a match's headline. A byline with no place has a reporter's name of two
    words or an outlet of two (عين اليوم – متابعات); one of one word names the place it was
    filed from (اليوم - الدمام، الرياض - واس)."""
    if not place_names:
        return False
    parts = [p.strip() for p in _DASH_SPLIT_RE.split(seg)]
    return len(parts) == 2 and all(len(p.split()) == 1 and fold(p) not in place_names
                                   for p in parts)


def _wire_dateline(seg: str) -> int:
    """Length of a digest item's dateline at the start of a later paragraph, or 0."""
    m = _WIRE_DATELINE_RE.match(seg[:80])
    return m.end("dl") if m and m.end("dl") < len(seg) - 20 else 0


def _words(s: str) -> set[str]:
    return {fold(w) for w in set(_ARABIC_WORD_RE.findall(s))}  # fold each distinct word once


def _body_vocabulary(text: str, groups, pull_max_line: int) -> set[str]:
    vocab: set[str] = set()
    for g in groups:
        s, e = g[0][0], g[-1][1]
        if e - s > pull_max_line * 2:
            vocab |= _words(text[s:e])
    return vocab


def _is_pull_quote(text, group, gi, n, body_words: Callable[[], set[str]], pull_max_line) -> bool:
    """A short display element between paragraphs whose words repeat the body's
    (`body_words()` returns them)."""
    s, e = group[0][0], group[-1][1]
    if e - s > _PULL_MAX_TOTAL or gi == 0 or gi == n - 1:
        return False
    if any((b - a) > pull_max_line for a, b in group):
        return False
    words = _words(text[s:e])
    if len(words) < 3:
        return False
    overlap = len(words & body_words()) / len(words)
    # Several short lines set off by blank lines, or a single line repeating the body.
    set_off = _blank_before(text, s, None if gi == 0 else None) or len(group) > 1
    return overlap >= 0.6 and (len(group) > 1 or (set_off and overlap >= 0.8))


def _is_headline(text, group, groups, title) -> bool:
    s, e = group[0][0], group[-1][1]
    seg = text[s:e]
    if title and fold(title.strip()) == fold(seg):
        return True
    if len(groups) < 2 or len(seg) > 150 or seg[-1] in ".؟?!:":
        return False
    nxt = groups[1]
    return (nxt[-1][1] - nxt[0][0]) > len(seg)
