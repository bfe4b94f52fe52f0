"""Actor spans start after their proclitics (twenty-fourth session).

A mention written with a proclitic (وروسيا، فالرئيس، بالحكومة، كالحكومة، للجيش) is an entity whose
span starts after the conjunction و/ف and the preposition ب/ل/ك, so that `text[start:end]` is
the name: روسيا، الرئيس، الحكومة. The article stays in the span; ل before the article is written
لل, one ل standing for both, so the span starts at the second ل, the article's: «للجيش» →
«لجيش». (docs/export.md, "Spans of actors".)

The composer finds the proclitics before a mention's first word (`Mention.prefix`, the letters
the dictionary match or the name rule read off) and, for a name whose key begins with لل (the
fused key of للولايات المتحدة), the ل of the word; `trimmed_start` moves the start past the
conjunction and the preposition among them. The span the composer built, with its proclitics,
is kept in `doc.state["actors.clitic_starts"]`: {start of the entity: start with its
proclitics}, for the stages that read the preposition of an actor (roles: ل/ب make a target or
a genitive; `start_with_clitics`).
"""

from __future__ import annotations

import bisect
from contextlib import contextmanager
from dataclasses import replace

from marsad.text.normalize import DROPPED_CHARS, fold

STATE_KEY = "actors.clitic_starts"
_BACK_KEY = "actors.clitic_starts.back"  # {start with proclitics: start}, built when asked
CONJUNCTIONS = "وف"


def _letters(text: str, start: int, end: int) -> str:
    """The kept (non-mark) characters of text[start:end], folded."""
    return fold("".join(c for c in text[start:end] if c not in DROPPED_CHARS))


def _advance(text: str, pos: int, letters: int) -> int:
    """Original offset after `letters` kept (non-mark) characters from `pos`."""
    while letters > 0 and pos < len(text):
        if text[pos] not in DROPPED_CHARS:
            letters -= 1
        pos += 1
    return pos


def _word_start(text: str, pos: int) -> int:
    """The start of the word `pos` is in (letters and marks before it)."""
    while pos > 0 and (text[pos - 1].isalpha() or text[pos - 1] in DROPPED_CHARS):
        pos -= 1
    return pos


def clitic_letters(word: str, prefix: str) -> int:
    """How many letters at the start of the folded `word` are a conjunction or a preposition,
    given the composer's `prefix` (the proclitics it read before the word's key): و/ف then
    ب/ل/ك, not the article (ال, or the second ل of لل). Only the prefix's letters are taken, and
    only when the word begins with them; a word that begins with لل after them (the fused key
    of للولايات) has its first ل too."""
    if prefix and not word.startswith(prefix):
        return 0
    n = len(prefix)
    if prefix.endswith("لل"):
        n -= 1
    elif prefix.endswith("ال"):
        n -= 2
    elif all(c in CONJUNCTIONS for c in prefix) and word[len(prefix):len(prefix) + 2] == "لل" \
            and len(word) > len(prefix) + 3:
        n = len(prefix) + 1  # (و)للولايات: ل + the key's article, the fused key
    return max(n, 0)


def trimmed_start(text: str, start: int, end: int, prefix: str) -> int:
    """The start of the span [start, end) of `text` past its leading conjunction and
    preposition (see `clitic_letters`); `start` when it has none in the span."""
    if prefix in ("", "ال") and text[start:start + 1] != "ل":
        return start  # (most entities: no proclitic, or only the article; no لل)
    ws = _word_start(text, start)
    stop = start
    while stop < end and (text[stop].isalpha() or text[stop] in DROPPED_CHARS):
        stop += 1
    word = _letters(text, ws, stop)
    n = clitic_letters(word, fold(prefix))
    if not n:
        return start
    new = _advance(text, ws, n)
    while new < stop and text[new] in DROPPED_CHARS:
        new += 1  # (a tatweel or a vowel mark after the clitic: لـلجيش)
    return new if start < new < stop else start


def trim_entities(doc, ents: list, metas: list) -> dict[int, int]:
    """Move the start of each of `ents` past its proclitics (their `metas`' prefixes), with
    the proper-name part and the nested names that began there; {new start: old start}."""
    moved: dict[int, int] = {}
    text = doc.text
    for e, meta in zip(ents, metas, strict=True):
        new = trimmed_start(text, e.start, e.end, meta.prefix)
        if new == e.start:
            continue
        moved[new] = e.start
        if meta.name is not None and meta.name[0] < new:
            meta.name = (new, meta.name[1])
        e.start, e.text = new, text[new:e.end]
    for meta in metas:
        if meta.nested:
            meta.nested = tuple(_trimmed_nested(text, n) for n in meta.nested)
    return moved


def _trimmed_nested(text: str, n: dict) -> dict:
    """A nested name (`Meta.nested`) past its proclitics: the composer records none for it, so
    only لل is read off (الأمين العام للأمم المتحدة: the organisation لأمم المتحدة), and a
    name that starts inside its word (بالأمم) is left as it is."""
    new = trimmed_start(text, n["start"], n["end"], "")
    return dict(n, start=new, text=text[new:n["end"]]) if new != n["start"] else n


def start_with_clitics(doc, start: int) -> int:
    """The start the actors stage gave an entity (or an ActorRef) that starts at `start`
    before its proclitics were left out of it (`trim_entities`); `start` itself when it had
    none or the actors stage did not record it."""
    return doc.state.get(STATE_KEY, {}).get(start, start)


@contextmanager
def composer_starts(doc):
    """While inside, `doc.entities` are copies of the entities at the starts the composer gave
    them, their proclitics included (وللجيش), for a stage that reads an actor's preposition off
    the words of its span in many places (the quotes: ل of للصحفيين makes an addressee, of
    المتحدث باسم للدفاع المدني a genitive); the entities themselves are put back on leaving.
    `trimmed_ref` then moves the stage's ActorRefs back to the spans without proclitics."""
    moved = doc.state.get(STATE_KEY)
    if not moved:
        yield
        return
    ents = doc.entities
    doc.entities = [replace(e, start=moved[e.start], text=doc.text[moved[e.start]:e.end])
                    if e.start in moved else e for e in ents]
    try:
        yield
    finally:
        doc.entities = ents


def trimmed_ref(doc, ref):
    """`ref` (an ActorRef or None) starting where the actors stage's span without proclitics
    starts, when it starts at the composer's start of one (`composer_starts`)."""
    moved = doc.state.get(STATE_KEY)
    if ref is None or not moved or ref.start is None:
        return ref
    back = doc.state.get(_BACK_KEY)
    if back is None:
        back = doc.state[_BACK_KEY] = {old: new for new, old in moved.items()}
    new = back.get(ref.start)
    if new is None or not new < ref.end:
        return ref
    return replace(ref, start=new, text=doc.text[new:ref.end])


PROCLITIC_LETTERS = frozenset("وفبكل")


def starts_with_proclitic(doc, start: int) -> bool:
    """Does a span starting at `start` begin with a proclitic followed by its word? Read by the
    tokenizer's segments of the word (not the actors stage's own reading): a proclitic و، ف، ب،
    ك or ل at or after `start`, the second ل of لل (the article's) aside. The check the tests
    and bench/bench_actor_clitics.py make of every actor span (docs/export.md, "Spans of
    actors")."""
    toks = doc.tokens
    i = bisect.bisect_right([t.start for t in toks], start) - 1
    if i < 0 or not toks[i].start <= start < toks[i].end:
        return False
    prev = None
    for g in toks[i].segments:
        if g.kind != "proclitic":
            break
        if g.start >= start and g.text in PROCLITIC_LETTERS and \
                not (g.text == "ل" and prev == "ل"):
            return True
        prev = g.text
    return False
