"""Closed-class Arabic words and helpers the quotes stage reads structure with (folded forms).

These are grammar, not knowledge of the world: prepositions, relative pronouns, auxiliaries,
pronouns. The open vocabularies (speech verbs, speaker nouns, name nouns…) are data, in
`lexicon/data/cues.json`.
"""

from __future__ import annotations

from marsad.text.normalize import DROPPED_CHARS, FOLD_TABLE


# Prepositions and particles that end a speaker noun phrase (folded; also with و/ف before them).
PREPS = frozenset("في الي علي عن من مع خلال عبر اثناء عقب بعد قبل حول امام لدي ضمن وسط اثر ل ب "
                  "بين منذ حتي عند تجاه ضد نحو الا لكن بينما حيث كما".split())
RELATIVES = frozenset("الذي التي الذين اللذين اللتين اللواتي اللاتي ما".split())
AUX = frozenset("قد فقد وقد كان كانت وكان وكانت فكان ثم".split())
PRONOUNS = frozenset("هو هي هم هما نحن انا انت انتم هذا هذه ذلك تلك".split())
# Prepositions proper (not conjunctions such as كما، حيث، لكن): a cue word after one is a noun.
NOUN_PREPS = frozenset("في عن من مع خلال عبر اثناء عقب بعد قبل حول امام لدي ضمن وسط اثر بين منذ "
                       "تجاه ضد نحو عند ل ب".split())
QUANTIFIERS = frozenset("عدد بعض احد احدي مجموعه كثير معظم اغلب جميع كل عشرات مئات الاف".split())
# A preposition with a pronoun after a verb (قال له، قالت لهم): the addressee, never the speaker.
PRON_PREP = frozenset("له لها لهم لهما لي لنا لك لكم لهن عنه عنها معه معها".split())
# A preposition carrying a pronoun (إليه، عليها، نحوي، لديه): never the head of a speaker phrase.
PREP_PRONOUN = frozenset(p + s for p in "الي علي في من عن مع لدي نحو حول عند امام ضد بين".split()
                         for s in ("ه", "ها", "هم", "هما", "هن", "ي", "نا", "ك", "كم"))
CLAUSE_PUNCT = frozenset("،,")
END_PUNCT = frozenset(".؟?!؛;")
FATHATAN = "\u064b"
# fold() as one str.translate: the folding table plus deletion of the dropped marks.
FOLD_DELETE = {**FOLD_TABLE, **{ord(ch): None for ch in DROPPED_CHARS}}


def strip_conj(f: str) -> str:
    return f[1:] if len(f) > 2 and f[0] in "وف" else f


def strip_al(f: str) -> str:
    return f[2:] if f.startswith("ال") and len(f) > 3 else f


def forms(f: str) -> frozenset[str]:
    """A folded word as written, without a conjunction و/ف, and without the article:
    وزارة → وزاره, زاره; والمتحدث → والمتحدث, المتحدث, متحدث (membership tests try them all)."""
    out = {f, strip_al(f)}
    if len(f) > 2 and f[0] in "وف":
        out |= {f[1:], strip_al(f[1:])}
    return frozenset(out)
