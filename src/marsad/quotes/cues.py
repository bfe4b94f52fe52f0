"""The speech-cue table, compiled once from the `cues` dictionary (lexicon/data/cues.json).

Verbs are listed by their 3rd-person masculine past and present forms; the inflections news uses
(قالت، قالوا، تقول، يقولون، مضيفةً، قوله، قولها…) are generated here, all in the folded matching
form (`marsad.text.normalize.fold`). A word is looked up as written and without one leading
conjunction و/ف (`وقال` → `قال`).
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.errors import LexiconError
from marsad.text.normalize import fold


@dataclass(frozen=True, slots=True)
class Cue:
    lemma: str
    role: str  # "verb" | "source"
    form: str  # "finite" | "participle" | "noun"
    preps: frozenset[str]  # folded prepositions that introduce the content (الي، علي، ب…)
    describes: bool = False  # وصف X بـ«…»: the noun after the verb is the thing described
    object_is_addressee: bool = False  # أبلغ X أن: the noun after the verb is the addressee
    first_person: bool = False  # أقول، نرى: the writer speaks (no carried speaker, no indirect)


@dataclass(frozen=True)
class CueTable:
    words: dict[str, Cue]
    according: frozenset[str]
    complementizers: frozenset[str]
    speaker_nouns: frozenset[str]
    name_nouns: frozenset[str]
    adverbs: frozenset[str]
    object_nouns: frozenset[str]
    switch: tuple[tuple[str, ...], ...]  # folded token sequences: (من, جهته)
    exclude: tuple[tuple[str, ...], ...]  # (يذكر, ان)
    title_words: frozenset[str] = frozenset()  # folded words of person titles (agents.json)
    honorifics: frozenset[str] = frozenset()  # سموه، معاليه: the speaker already named
    filler_stops: frozenset[str] = frozenset()  # لكن، بينما: another clause begins

    @property
    def exclude_first(self) -> frozenset[str]:
        return frozenset(p[0] for p in self.exclude)

    def lookup(self, folded: str) -> Cue | None:
        """The cue a folded word is, as written or after one conjunction و/ف."""
        cue = self.words.get(folded)
        if cue is None and len(folded) > 3 and folded[0] in "وف":
            cue = self.words.get(folded[1:])
        return cue


def _past_forms(p: str) -> list[str]:
    if p[-1] in "اي":  # دعا/نفى (ى folds to ي): دعت، دعوا
        return [p, p[:-1] + "ت", p[:-1] + "وا", p[:-1] + "تا"]
    return [p, p + "ت", p + "وا", p + "ا", p + "تا"]


def _present_forms(p: str) -> list[str]:
    stem = p[1:] if p[0] == "ي" else p
    return ["ي" + stem, "ت" + stem, "ي" + stem + "ون", "ي" + stem + "ان", "ت" + stem + "ان"]


def _first_person_forms(p: str) -> list[str]:
    stem = p[1:] if p[0] == "ي" else p
    return ["ا" + stem, "ن" + stem]  # أقول، نقول: the writer, in columns and memoirs


def _participle_forms(p: str) -> list[str]:
    base = p[:-1] if p.endswith("ا") else p
    return [base + "ا", base + "ه", base + "ين", base + "تين"]


def _noun_forms(n: str) -> list[str]:
    return [n + s for s in ("ه", "ها", "هم", "هما")] + ["ال" + n, "بال" + n]


def compile_cues(lexicon) -> CueTable:
    """Build the cue table from every `cues` dictionary file of `lexicon`."""
    entries = lexicon.entries("cues")
    if not entries:
        raise LexiconError("no 'cues' dictionary is loaded; the quotes stage needs "
                           "lexicon/data/cues.json (or a cues file in your lexicon folder)")
    words: dict[str, Cue] = {}
    lists: dict[str, set[str]] = {}
    phrases: dict[str, list[tuple[str, ...]]] = {"switch": [], "exclude": []}
    for e in entries:
        role = e["role"]
        if role in ("verb", "source"):
            preps = frozenset(fold(p) for p in e.get("preps", ()))
            flags = dict(describes=bool(e.get("describes")),
                         object_is_addressee=bool(e.get("object_is_addressee")))
            lemma = e["lemma"]
            # Participles first: نقلاً is the adverb, not the rare dual past نقلا.
            generated = [("participle", f) for p in e.get("participle", ())
                         for f in _participle_forms(fold(p))]
            generated += [("noun", f) for n in e.get("noun", ()) for f in _noun_forms(fold(n))]
            generated += [("finite", fold(f)) for f in e.get("forms", ())]
            generated += [("finite", f) for p in e.get("past", ()) for f in _past_forms(fold(p))]
            generated += [("finite", f) for p in e.get("present", ())
                          for f in _present_forms(fold(p))]
            generated += [("first", f) for p in e.get("present", ())
                          for f in _first_person_forms(fold(p))]
            for form, word in generated:
                if form == "first":
                    cue = Cue(lemma, role, "finite", preps, first_person=True, **flags)
                else:
                    cue = Cue(lemma, role, form, preps, **flags)
                words.setdefault(word, cue)
        elif role in phrases:
            phrases[role].extend(tuple(fold(w) for w in p.split()) for p in e["ar"])
        else:
            lists.setdefault(role, set()).update(fold(w) for w in e["ar"])
    titles = frozenset(fold(w) for e in lexicon.entries("agents") if e.get("kind") == "title"
                       for phrase in e.get("ar", ()) for w in phrase.split())
    get = lambda k: frozenset(lists.get(k, ()))  # noqa: E731
    return CueTable(words, get("according"), get("complementizer"), get("speaker_noun"),
                    get("name_noun"), get("adverb"), get("object_noun"),
                    tuple(phrases["switch"]), tuple(phrases["exclude"]), titles,
                    get("honorific"), get("filler_stop"))
