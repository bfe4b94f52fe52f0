"""Words that announce an unknown person's name: honorifics, person nouns and reporting verbs.

Built once from words.json (categories "honorifics" and "person_nouns") and the clause verbs of
`marsad.actors.coref`, and cached in the pipeline's resources under "actors.name_cues".

- honorifics (السيد، الدكتور، الشيخ، معالي): a name follows almost always; one word is enough
  (السيدة خديجة).
- person nouns (الفنان، الخبير، اللاعب، أسرة): a name often follows, maybe after an adjective
  or a nationality (الخبير الاقتصادي أمين فارس، العداء الهولندي سوم برام); one word only when
  it is a known given name or a comma closes it.
- verbs (قال، أضاف، التقى): a name of two words or more right after the verb is a person
  (وقال ديفد فرانكلين).
- sports words (words.json "sports_words": مباراة، الدوري): a sentence with one is sports news,
  where a city with a masculine nationality after it is a club (برشلونة الإسباني).
- match words (words.json "match_words": مباراة، الشوط، المرمى; nineteenth session): a sentence
  with one reports matches, where a country's or a city's name is its team unless a preposition
  of place, a locative word or a tournament head (words.json "tournament_heads": كأس، ملعب)
  governs it.
- place homographs (words.json "place_homographs": القصير، السلمية، عالية، الأحمدي): places whose
  name is also a common adjective, noun or family name, read as the place only after a
  preposition or place noun.
- place idioms (words.json "place_idioms": مسقط رأس): a place's name that, before the next word
  listed with it, is a common noun phrase (مسقط رأسه "his birthplace"): no place.
- nisba homographs (words.json "nisba_homographs": المجرى، مجريات): words, as written, that fold
  like a country's nisba but are other words (المجرى "the channel" folds like المجري
  "Hungarian"): no nisba.
- apposition verbs (the clause verbs, words.json "verbs" and "apposition_verbs": أشاد، تقول):
  a verb before an unknown foreign name that «، + a title» follows (أشاد كورت موزشي، قائد
  الشرطة، بـ…).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.text.normalize import fold, with_conj

HONORIFICS = "honorifics"
PERSON_NOUNS = "person_nouns"
SPORTS_WORDS = "sports_words"
PLACE_HOMOGRAPHS = "place_homographs"
PLACE_IDIOMS = "place_idioms"
NISBA_HOMOGRAPHS = "nisba_homographs"
APPOSITION_VERBS = "apposition_verbs"
MATCH_WORDS = "match_words"
TOURNAMENT_HEADS = "tournament_heads"


def _stem(word: str) -> tuple[str, bool]:
    """The folded word without its article, and whether it had one (السيد -> سيد, True)."""
    f = fold(word)
    if f.startswith("ال") and len(f) > 4:
        return f[2:], True
    return f, False


@dataclass(frozen=True, slots=True)
class NameCues:
    # folded stem -> True when the cue is written with the article (السيد), False without (معالي)
    honorifics: dict[str, bool]
    person_nouns: dict[str, bool]
    verbs: frozenset[str]
    sports: frozenset[str] = frozenset()  # folded words of sports news (مباراة، الدوري)
    stems: frozenset[str] = frozenset()  # every token stem kind() may accept: a quick filter
    place_homographs: frozenset[str] = frozenset()  # folded: القصير، السلمية، عاليه
    # folded, with و/ف: the verbs before a foreign name in apposition with a title (أشاد، وتقول)
    apposition_verbs: frozenset[str] = frozenset()
    # folded first word (a place's name) -> folded next words that make it a common phrase
    place_idioms: dict[str, frozenset[str]] = field(default_factory=dict)  # مسقط: {راس}
    # words as written (not folded: المجرى, not المجري) that are no nisba
    nisba_homographs: frozenset[str] = frozenset()
    # folded words only match reports use (مباراة، الشوط) and the nouns that leave a place's
    # name a place there (كأس، ملعب): a place's name is its team otherwise (nineteenth session)
    match_words: frozenset[str] = frozenset()
    tournament_heads: frozenset[str] = frozenset()

    @classmethod
    def from_lexicon(cls, lexicon, verbs: frozenset[str]) -> "NameCues":
        """`verbs`: folded clause verbs, without the prepositions spelled like one (عبر)."""
        lists: dict[str, dict[str, bool]] = {HONORIFICS: {}, PERSON_NOUNS: {}}
        sports: set[str] = set()
        homographs: set[str] = set()
        apposition: set[str] = set(verbs)
        idioms: dict[str, set[str]] = {}
        nisba_homographs: set[str] = set()
        sport_lists: dict[str, set[str]] = {MATCH_WORDS: set(), TOURNAMENT_HEADS: set()}
        for e in lexicon.entries("words"):
            if e.get("category") in sport_lists:
                sport_lists[e["category"]].update(fold(w) for w in e["words"])
            if e.get("category") == PLACE_IDIOMS:
                for phrase in e["words"]:
                    first, nxt = fold(phrase).split(maxsplit=1)
                    idioms.setdefault(first, set()).add(nxt)
            elif e.get("category") == NISBA_HOMOGRAPHS:
                nisba_homographs.update(e["words"])
            if e.get("category") in (APPOSITION_VERBS, "verbs"):
                apposition.update(fold(w) for w in e["words"])
            if e.get("category") == SPORTS_WORDS:
                sports.update(fold(w) for w in e["words"])
            elif e.get("category") == PLACE_HOMOGRAPHS:
                homographs.update(fold(w) for w in e["words"])
            target = lists.get(e.get("category", ""))
            if target is not None:
                for w in e["words"]:
                    stem, article = _stem(w)
                    target[stem] = article
        stems = set(lists[HONORIFICS]) | set(lists[PERSON_NOUNS]) | set(verbs)
        stems |= with_conj(verbs)
        stems |= {v[2:] for v in verbs if v.startswith("ال")}  # التقى read as ال + تقى
        return cls(lists[HONORIFICS], lists[PERSON_NOUNS], verbs, frozenset(sports),
                   frozenset(stems), frozenset(homographs), with_conj(apposition),
                   {k: frozenset(v) for k, v in idioms.items()}, frozenset(nisba_homographs),
                   frozenset(sport_lists[MATCH_WORDS]), frozenset(sport_lists[TOURNAMENT_HEADS]))

    def kind(self, token) -> str | None:
        """"honorific", "noun", "verb" or None for a word token (its proclitics allowed)."""
        stem = token.norm
        if stem not in self.stems:
            return None
        for kind, table in (("honorific", self.honorifics), ("noun", self.person_nouns)):
            article = table.get(stem)
            if article is not None:
                if article != _has_article(token.text, stem):
                    return None
                return kind
        if stem in self.verbs or (stem[:1] in "وف" and stem[1:] in self.verbs):
            return "verb"  # وأوضح: the tokenizer splits و only before a stem it knows
        if token.segments and "ال" + stem in self.verbs:
            return "verb"  # التقى is read as ال + تقى by the tokenizer
        return None


def _has_article(text: str, stem: str) -> bool:
    f = fold(text)
    head = f[:len(f) - len(stem)] if f.endswith(stem) else f
    return head.endswith(("ال", "لل"))
