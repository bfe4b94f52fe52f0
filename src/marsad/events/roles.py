"""Source and target of a trigger, from the positions of actor mentions in its sentence.

Works on a `SentenceView`: the sentence's tokens in matching form and the actor mentions mapped to
token positions. Arabic puts the subject after the verb (VSO: زار بوتين طهران) or before it (SVO:
بوتين زار طهران); targets follow a preposition the pattern names (التقى بـ، ندّد بـ، فرض عقوبات على)
or stand as the direct object; coordinated actors (إيران وروسيا) give one participant each; a verbal
noun takes its agent (زيارة بوتين) or its patient (اغتيال مغنية) from the actor right after it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.document import ActorRef, Entity
from marsad.text.normalize import fold

HARD_STOPS = frozenset({".", "؛", ";", "!", "؟", "?", ":", "«", "»", '"'})
# Words that open a prepositional phrase: an actor right after one is not a subject or object.
PREPOSITIONS = frozenset(fold(w) for w in (
    "إلى", "الى", "على", "عن", "مع", "في", "من", "ضد", "بين", "لدى", "عند", "حول", "بشأن", "تجاه",
    "نحو", "عبر", "خلال", "أمام", "قبل", "بعد", "منذ", "حتى", "إزاء", "حيال", "لصالح", "غداة",
    "عقب", "إثر", "اثر", "قرب", "داخل", "خارج", "ضمن", "دون", "بدون", "مثل", "برفقة", "جانب",
    "وسط", "بحق", "باتجاه", "بوجه", "وجه", "رغم", "لمصلحة", "بخصوص", "حسب", "بحسب", "وفق",
    "وفقا", "لسان", "عبر"))
CLAUSE_OPENERS = frozenset(fold(w) for w in ("أن", "أنّ", "إن", "إنّ", "الذي", "التي", "الذين",
                                              "حيث", "بينما", "فيما", "لكن", "لكنّ"))
COMPLEMENTIZERS = frozenset(fold(w) for w in ("أن", "أنّ", "إن", "إنّ", "بأن", "بأنّ", "وأن", "وإن"))
RELATIVES = frozenset(fold(w) for w in ("التي", "الذي", "الذين", "اللذين", "اللتين", "اللتان"))


@dataclass(slots=True)
class Mention:
    """An actor mention placed on the sentence's token positions."""

    entity: Entity
    first: int
    last: int
    in_pp: bool  # opened by a preposition (word or clitic)
    in_quote: bool = False  # inside quoted speech: never the subject of a verb outside it
    # in a PP only as the genitive of the noun before it (بقصف إسرائيل): still that noun's actor
    pp_genitive: bool = False


@dataclass(slots=True)
class SentenceView:
    index: int  # sentence index in the document
    tokens: list  # Token objects of the sentence
    words: list[str]  # folded token texts ("" for numbers)
    mentions: list[Mention] = field(default_factory=list)  # actors (with a code or country)
    places: list[Mention] = field(default_factory=list)  # GPE and LOC mentions

    def mention_at(self, first: int, last: int) -> Mention | None:
        for m in self.mentions:
            if first <= m.first <= last:
                return m
        return None

    def is_word(self, i: int) -> bool:
        w = self.words[i]
        return bool(w) and w[0].isalpha()


NISBA_ENDINGS = ("ي", "يه", "يين", "يون", "يان", "يتين")


def is_nisba_word(word: str) -> bool:
    """A relational adjective's form (الإسرائيلي، أميركية): a folded word ending like a nisba."""
    w = word[2:] if word.startswith("ال") else word
    return w.endswith(NISBA_ENDINGS) and len(w) > 4


def actor_ref(e: Entity) -> ActorRef:
    """An actor reference; a place without an actor code stands for its country (زار طهران)."""
    r = e.ref()
    if not r.actor_code and e.country:
        r.actor_code = e.country
    return r


def is_prep(word: str) -> bool:
    """A preposition word, also with و/ف attached (ومع، وفي)."""
    return word in PREPOSITIONS or (word[:1] in "وف" and word[1:] in PREPOSITIONS)


def has_prep_clitic(word: str, preps: tuple[str, ...] | frozenset[str] = ("ب", "ل", "ك")) -> str:
    """The one-letter preposition a (folded) word begins with, after و/ف, or ""."""
    w = word[1:] if word[:1] in "وف" and len(word) > 3 else word
    if w in ("ب", "ل", "ك"):  # a detached بـ / لـ before quotes or names
        return w
    if w[:1] in preps and len(w) > 2 and w[:1] in ("ب", "ل", "ك"):
        return w[:1]
    return ""


def build_mentions(view: SentenceView, entities: list[Entity],
                   quotes: list[tuple[int, int]] = ()) -> None:
    """Place the sentence's entities on token positions and mark those inside a PP or a quote."""
    toks = view.tokens
    starts = [t.start for t in toks]
    import bisect

    out = []
    for e in entities:
        i = bisect.bisect_right(starts, e.start) - 1
        if i < 0:
            continue
        j = bisect.bisect_left(starts, e.end) - 1
        j = max(i, j)
        tok = toks[i]
        in_pp = pp_genitive = False
        lead = view.words[i][: max(0, len(fold(tok.text)) - len(fold(tok.text[e.start - tok.start:])))]
        if lead and any(c in "بلك" for c in lead):
            in_pp = True
        k = i - 1
        while k >= 0 and view.words[k] in ("«", "(", "ـ", '"'):
            k -= 1
        if k >= 0 and (is_prep(view.words[k]) or view.words[k] in ("ب", "ل", "وب", "ول")):
            in_pp = True
        elif k >= 0 and has_prep_clitic(view.words[k]) and view.words[k] not in ("ب", "ل", "ك"):
            # the genitive of a noun in a PP: بمواقف بوتين، لتطبيق قانون
            in_pp = pp_genitive = not any(m.first <= k <= m.last for m in out)
        out.append(Mention(e, i, j, in_pp, any(a <= e.start < b for a, b in quotes),
                           pp_genitive and k == i - 1))
    out.sort(key=lambda m: (m.first, -m.last))
    # keep the outermost of nested mentions
    kept: list[Mention] = []
    for m in out:
        if kept and m.first <= kept[-1].last:
            prev = kept[-1]
            if (m.first, m.last) == (prev.first, prev.last) and m.entity.start == prev.entity.start:
                kept.append(m)  # one word, two actors (البلدين → Iran and Russia)
            continue
        kept.append(m)
    view.places = [m for m in kept if m.entity.type in ("GPE", "LOC")]
    actors = [m for m in kept if m.entity.actor_code or m.entity.country]
    # A bare title (المرشد الأعلى، الجنرال) followed closely by a named actor is its apposition:
    # the name carries the actor; the title only lends its start.
    merged: list[Mention] = []
    for k, m in enumerate(actors):
        nxt = actors[k + 1] if k + 1 < len(actors) else None
        if nxt is not None and _bare_title(m.entity) and nxt.entity.how != "title" and \
                nxt.first - m.last <= 4 and not nxt.in_pp and not any(
                view.words[x] in HARD_STOPS or view.words[x] == "و" or view.words[x].startswith("و")
                or is_prep(view.words[x]) for x in range(m.last + 1, nxt.first + 1)):
            nxt.first = m.first
            nxt.in_pp = m.in_pp
            continue
        merged.append(m)
    view.mentions = merged


def _bare_title(e: Entity) -> bool:
    """A title or role with no country of its own (REL, GOV, MIL...)."""
    return not e.country and e.how == "title" and e.type in ("PERSON", "ORG")


def coordinated(view: SentenceView, m: Mention) -> list[Mention]:
    """`m` and the actors coordinated with it by و (إيران وروسيا وتركيا)."""
    group = [x for x in view.mentions if (x.first, x.last) == (m.first, m.last)] or [m]
    cur = m
    while True:
        nxt = next((x for x in view.mentions if x.first > cur.last), None)
        if nxt is None:
            break
        gap = [view.words[k] for k in range(cur.last + 1, nxt.first)]
        gap = [g for g in gap if g not in ("،", ",")]
        joined = (not gap and view.words[nxt.first].startswith("و")) or gap in (["و"],)
        if not joined:
            break
        group.append(nxt)
        cur = nxt
    return group


def boundary_between(view: SentenceView, a: int, b: int, soft: bool = False) -> bool:
    for k in range(a, b):
        w = view.words[k]
        if w in HARD_STOPS and w not in ("«", "»"):
            return True
        if soft and w in CLAUSE_OPENERS:
            return True
    return False


def postverbal_subject(view: SentenceView, trig_last: int, head: int) -> Mention | None:
    """VSO: an actor beginning within two words after the verb and not in a PP. An actor right
    before the verb (SVO: بوتين زار طهران) takes precedence: the one after it is then the object."""
    pre = [m for m in view.mentions if m.last < head and not m.in_pp and not m.in_quote]
    if pre and head - pre[-1].last <= 2 and all(
            view.is_word(k) and view.words[k] not in CLAUSE_OPENERS
            for k in range(pre[-1].last + 1, head)):
        return None
    for m in view.mentions:
        if m.first <= head:
            continue
        if m.first > trig_last + 3:
            break
        words_between = [k for k in range(trig_last + 1, m.first) if view.is_word(k)]
        if len(words_between) <= 1 and not m.in_pp and not m.in_quote and not any(
                is_prep(view.words[k]) or has_prep_clitic(view.words[k]) for k in words_between):
            return m
        break
    return None


def preverbal_subject(view: SentenceView, head: int, max_words: int = 14) -> Mention | None:
    """SVO or the subject carried inside the sentence: the nearest actor before the trigger that
    is not in a PP, with no sentence-level stop between (أنّها → the actor before أنّها)."""
    best = None
    rel = next((k for k in range(head - 1, max(-1, head - 3), -1) if view.words[k] in RELATIVES), None)
    if rel is not None:
        # a relative clause (تصريحات ترامب التي هدد فيها): the antecedent's owner is the subject
        before = [m for m in view.mentions if m.last < rel and not m.in_quote and rel - m.last <= 3]
        if before:
            return before[-1]
    for m in view.mentions:
        if m.last >= head:
            break
        if m.in_pp or m.in_quote:
            continue
        if head - m.last > max_words * 2:
            continue
        if boundary_between(view, m.last + 1, head) or _complementizer_between(view, m.last + 1, head):
            continue
        best = m
    return best


def _complementizer_between(view: SentenceView, a: int, b: int) -> bool:
    """قالت الشرطة إن مهاجماً فجّر: the reporter is not the subject of the reported verb.
    (أنها/أنه carry the subject back to the actor before them: أعلنت روسنفط أنها وقّعت.)"""
    return any(view.words[k] in COMPLEMENTIZERS for k in range(a, b))


def prep_targets(view: SentenceView, preps: tuple[str, ...], start: int, exclude: set[int],
                 limit: int = 16) -> list[Mention]:
    """The first actor (and those coordinated with it) after one of `preps`."""
    if not preps:
        return []
    j = start + 1
    n = len(view.words)
    while j < n and j <= start + limit:
        w = view.words[j]
        if w in HARD_STOPS and w not in ("«", "»"):
            break
        hit = w in preps or (has_prep_clitic(w) and has_prep_clitic(w) in preps)
        if w.startswith(("و", "ف")) and w[1:] in preps:
            hit = True
        if hit:
            for m in view.mentions:
                if m.first < j or id(m) in exclude:
                    continue
                if m.first > j + 6 or boundary_between(view, j, m.first):
                    break
                return coordinated(view, m)
        j += 1
    return []


def object_target(view: SentenceView, after: int, exclude: set[int], preps: tuple[str, ...],
                  limit: int = 6) -> list[Mention]:
    """The direct object: the first actor after `after` not in a PP (or in one of `preps`)."""
    for m in view.mentions:
        if m.first <= after or id(m) in exclude:
            continue
        if m.first > after + limit or boundary_between(view, after + 1, m.first):
            break
        if m.in_pp:
            lead = has_prep_clitic(view.words[m.first])
            prev = view.words[m.first - 1] if m.first > 0 else ""
            if not (lead in preps or prev in preps or (prev and has_prep_clitic(prev) in preps)):
                return []
        return coordinated(view, m)
    return []


def genitive_after(view: SentenceView, head: int, last: int) -> list[Mention]:
    """The actor right after a verbal noun: زيارة بوتين، التهديدات الأميركية، اغتيال مغنية."""
    for m in view.mentions:
        if m.first <= last:
            continue
        words_between = [k for k in range(last + 1, m.first) if view.is_word(k)]
        # the noun itself may stand in a PP (ندّد بقصف إسرائيل): its genitive is still its actor
        own = m.in_pp and m.pp_genitive and m.first == last + 1
        if len(words_between) <= 1 and (not m.in_pp or own) and not any(
                is_prep(view.words[k]) for k in words_between) and not boundary_between(
                view, last + 1, m.first):
            return coordinated(view, m)
        break
    return []


def between_pair(view: SentenceView, last: int) -> list[Mention]:
    """`بين X و Y` shortly after a noun: the participants of a symmetric event."""
    for k in range(last + 1, min(len(view.words), last + 8)):
        if view.words[k] == "بين":
            m = next((x for x in view.mentions if x.first > k), None)
            if m and m.first <= k + 2:
                return coordinated(view, m)
            return []
        if view.words[k] in HARD_STOPS:
            return []
    return []


def agent_phrase(view: SentenceView, last: int, markers: tuple[tuple[str, ...], ...]) -> list[Mention]:
    """The agent of a passive: على يد X، من قبل X."""
    for k in range(last + 1, min(len(view.words), last + 12)):
        for mk in markers:
            if tuple(view.words[k:k + len(mk)]) == mk:
                m = next((x for x in view.mentions if x.first >= k + len(mk) - 1), None)
                if m and m.first <= k + len(mk) + 1:
                    return coordinated(view, m)
    return []
