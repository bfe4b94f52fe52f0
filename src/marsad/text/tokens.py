"""Word and punctuation tokens, with clitic segments that keep their own offsets.

Only words with clitics carry `segments`; a bare word's `segments` is empty (it is its own
stem). `Token.norm` is always the folded stem.

`لـ«روسنفط»،` gives the tokens `لـ` `«` `روسنفط` `»` `،`; `وبالعراق` gives one token with the
segments و (proclitic) ب (proclitic) ال (proclitic) عراق (stem). Proclitics are و ف (conjunctions),
ب ل ك (prepositions), س (future, before a present-tense verb) and the article ال (لل = ل + ال).
Enclitic pronouns (ه ها هم هما هن ك كم نا ي) are split when what is left is a known word.

Arabic is ambiguous here: وزير is not و+زير and بوتين is not ب+وتين. A split is made only when
the rest is a known word (from the dictionaries and `words.json`) or is itself article-marked
(وال… بال… لل…); a word that is known as a whole is not split (but ب ل ك + a pronoun, بهم, and
a name known whole yet written with a hamza, بأن, are). The known words carry their kind
(`KnownWords`): a known common word + a pronoun beats a proclitic reading (لديه = لدي+ه, not
ل+دي+ه), a name + a pronoun does not (بأنه = ب+أن+ه); a short part of a longer foreign name is
no evidence for a proclitic (بوين is not ب+وين), nor is any name after ك (كلاوس). The letters as
written also count: ة is never the pronoun ه (كبيرة), and a pronoun after ئ ends a noun in اء
(لقائه = لقائ+ه, even when the noun is not known).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import re

from marsad.document import Document, Segment, Token
from marsad.lexicon.loader import GIVEN_NAMES
from marsad.text.normalize import fold

_LETTERS = "\u0621-\u063A\u0641-\u064A\u0671-\u06D3\u06FA-\u06FF"
_MARKS = "\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640"
# `re`, not `regex` (twice as fast here): every class is spelt out, and `re`'s \s also takes the
# separators U+001C–U+001F, which `regex` (Unicode White_Space) leaves as punctuation tokens
TOKEN_RE = re.compile(
    rf"(?P<word>[{_LETTERS}][{_LETTERS}{_MARKS}]*)"
    r"|(?P<number>[0-9٠-٩۰-۹]+(?:[.,٫٬][0-9٠-٩۰-۹]+)*)"
    r"|(?P<latin>[A-Za-z]+(?:['’-][A-Za-z]+)*)"
    r"|(?P<punct>\.\.\.|[\x1c-\x1f]|[^\s])"
)
_NAME_KINDS = frozenset({"words", "people", "countries", "cities", "orgs", "agents"})
_CLITIC_ARTICLE = ("لل", "وال", "بال", "فال", "كال", "ولل", "فلل")
# Words beginning with ال that do not carry the article.
_NO_ARTICLE_SPLIT = frozenset({"الله", "الذي", "التي", "الذين", "اللذان", "اللتان", "اللذين", "اللتين",
                               "الان", "اللواتي", "اللاتي",
                               "اليه"})  # (آلية typed without its madda, الية: no article)
# First/second person ي and ك are left out: in news they are far more often the end of a word
# (روسي، ملك) than a pronoun.
_ENCLITICS = ("هما", "هم", "هن", "ها", "كم", "كن", "نا", "ه")
_ENCLITIC_ENDS = frozenset(suf[-1] for suf in _ENCLITICS)
# The enclitics by their last letter, each list in the order of `_ENCLITICS`: a word can only
# end with those of its last letter, so the loops over `_ENCLITICS` read only these
_ENCLITICS_BY_END = {end: tuple(suf for suf in _ENCLITICS if suf[-1] == end)
                     for end in _ENCLITIC_ENDS}
# The first letters of the proclitics (و ف ب ل ك س) and of the article (ا): a folded word
# beginning with none of them has no proclitic in `Segmenter._cuts`
_PROCLITIC_FIRST = frozenset("وفبلكسا")
# The segments of a word of n letters that is its own stem, one shared tuple per length (most
# new words): each new word's cache entry then holds two new tuples, not four, for the garbage
# collector to scan on text not seen before
_WHOLE_STEM = tuple(((0, n, "stem"),) for n in range(48))
# ب ل ك + a pronoun (بهم، لها): known words (phrases such as المشتبه بهم hold them), which are
# still split, like the article-bearing words; لكن is a word of its own
_PREPOSITION_PRONOUNS = frozenset(p + suf for p in "بلك" for suf in _ENCLITICS if suf != "كن")


class KnownWords(frozenset):
    """Folded known words, with what a proclitic split needs to know about some of them.

    `common`: words known as common words (the word lists, agent nouns, nisba adjectives); a
    known stem + pronoun read as a whole (لدي+ه) beats a proclitic split only for these (بأنه is
    ب+أن+ه, not the name بان + ه). `names`: words of person and place names that are not common
    words (لاوس، وين). `name_parts`: those of them known only inside a longer person or place
    name, and not as an Arab given name (وين of وين جيا باو, قاي, دي, رام): no evidence that the
    letter before them is a proclitic (بوين، بقائه). `given`: the listed given names, each
    kept whole as a word of its own (سامر is no س + امر, لؤي no ل + ؤي), though they are no
    known words for the splits of other words (زيادة is no زياد + ة). `in_names`: every word of
    a person's or a place's name and every one-word name (باقر of محمد باقر, لفان of رأس لفان,
    بريكس): not read by the segmenter, but a search cuts no clitic off them
    (`store.query._without_clitic`)."""

    common: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()
    name_parts: frozenset[str] = frozenset()
    given: frozenset[str] = frozenset()
    in_names: frozenset[str] = frozenset()

    def __new__(cls, words: Iterable[str], common: Iterable[str] = (), names: Iterable[str] = (),
                name_parts: Iterable[str] = (), given: Iterable[str] = (),
                in_names: Iterable[str] = ()):
        self = super().__new__(cls, words)
        self.common = frozenset(common)
        self.names = frozenset(names)
        self.name_parts = frozenset(name_parts)
        self.given = frozenset(given)
        self.in_names = frozenset(in_names)
        return self


_PLACE_AND_PERSON_KINDS = frozenset({"people", "countries", "cities"})
# Names of people and places of these (Arab League) countries are made of Arabic words (عين العرب،
# ابن كيران): their parts are no foreign names
_ARAB_COUNTRIES = frozenset("DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SAU SOM "
                            "SDN SYR TUN ARE YEM".split())
_LONG_VOWELS_RE = re.compile("[اوي]")


def known_words_from_lexicon(lexicon) -> KnownWords:
    """Folded single words the tokenizer must not break, from every dictionary."""
    words: set[str] = set()  # all of these sets hold words as written; folded at the end
    common: set[str] = set()
    given: set[str] = set()
    names: set[str] = set()
    in_long_names: set[str] = set()  # parts of foreign names of people and places
    arab_words: set[str] = set()  # words of names of Arab people and places
    arab_long: set[str] = set()  # those of them in names of two words or more (مدينة صور)
    whole_names: set[str] = set()  # one-word names (مصر، أفورقي، أرامكو)
    name_words: set[str] = set()  # every word of a person's or a place's name
    for f in lexicon.files:
        if f.kind not in _NAME_KINDS:
            continue  # cue and pattern lists hold clitic-bearing phrases, not words to protect
        for e in f.entries:
            if f.kind == "words":
                if e.get("category") != GIVEN_NAMES:  # زياد must not make زيادة = زياد + ه
                    words.update(e["words"])
                    common.update(e["words"])
                else:
                    given.update(e["words"])
                continue
            for key in ("ar", "forms", "nisba"):
                for phrase in e.get(key, ()) or ():
                    if isinstance(phrase, str):
                        written = phrase.split()
                        words.update(written)
                        if f.kind == "agents" or key == "nisba":
                            common.update(written)
                        elif len(written) == 1:
                            whole_names.update(written)
                        if f.kind in _PLACE_AND_PERSON_KINDS and key != "nisba":
                            names.update(written)
                            name_words.update(written)
                            if e.get("country", e.get("iso3")) in _ARAB_COUNTRIES:
                                arab_words.update(written)
                                if len(written) > 1:
                                    arab_long.update(written)
                            elif len(written) > 1:
                                in_long_names.update(written)
    words = _clean_words(words)
    common = _clean_words(common)
    whole_names = _clean_words(whole_names)
    # an Arabic word inside a longer Arab name (مدينة of مدينة صور) is no name of its own
    names = _clean_words(names) - common - (_clean_words(arab_long) - whole_names)
    parts = (_clean_words(in_long_names) & names) - whole_names - _clean_words(given | arab_words)
    # a short part with no long vowel is an Arabic word (علم، قلب), not a transliteration
    parts = {w for w in parts if len(w) > 3 or _LONG_VOWELS_RE.search(w)}
    return KnownWords(words, common, names, parts, {fold(w) for w in given},
                      _clean_words(name_words) | whole_names)


def _clean_words(written: set[str]) -> set[str]:
    """Folded forms of the dictionary words `written` (as written, so that the article ال is
    told from أل: ألوفي gives no وفي)."""
    written = {w.strip("«»\"()،,.") for w in written}
    words = {fold(w) for w in written}
    # a word listed with the article is also known without it (الرئيس -> رئيس)
    words |= {fold(w[2:]) for w in written if w.startswith("ال") and len(fold(w)) >= 5}
    # dictionary phrases contain clitic-bearing words (للأمم in a UN agency's name); those are
    # not words of their own and must not stop the segmenter from splitting them
    return {w for w in words if w and not w.startswith(_CLITIC_ARTICLE)}


class Segmenter:
    """Splits one word into clitic segments, given the set of known (folded) words."""

    _CACHE_LIMIT = 200_000

    def __init__(self, known: Iterable[str]):
        self.known = known if isinstance(known, KnownWords) else frozenset(known)
        # a plain set of words says nothing of their kind: every one counts as a common word
        self._common = known.common if isinstance(known, KnownWords) else self.known
        self._names = known.names if isinstance(known, KnownWords) else frozenset()
        self._name_parts = known.name_parts if isinstance(known, KnownWords) else frozenset()
        self._given = known.given if isinstance(known, KnownWords) else frozenset()
        # word -> (segments, folded stem, (folded stem, segments with text)): news vocabulary is
        # Zipfian, so most words repeat
        self._cache: dict[str, tuple] = {}

    def analyse(self, word: str) -> tuple[tuple[tuple[int, int, str], ...], str]:
        """(segments, folded stem) of `word`, cached."""
        hit = self._cache.get(word)
        if hit is None:
            hit = self._analyse(word)
        return hit[0], hit[1]

    def analyse_token(self, word: str) -> tuple[str, tuple[tuple[int, int, str, str], ...]]:
        """(folded stem, segments with their text) of `word`, cached; the segments are empty
        for a bare stem. What `tokenize` needs, without slicing the segments again."""
        hit = self._cache.get(word)
        if hit is None:
            hit = self._analyse(word)
        return hit[2]

    def _analyse(self, word: str):
        # most words have no marks: what `split` and the general case below give for them,
        # without the segment list and the second folding. `fold` maps each kept character to
        # one, so when the folded word is as long as the word the cuts of the folded word are
        # offsets into the word (as `_place` gives them for contiguous cuts) and the stem's
        # folded form is a slice of the folded word.
        if _MARK_RE.search(word) is None:
            f = fold(word)
            if len(f) != len(word) or not f or (f[0] not in _PROCLITIC_FIRST
                                                and f[-1] not in _ENCLITIC_ENDS):
                cuts = None  # no proclitic begins it nor pronoun ends it: `_cuts` keeps it whole
            else:
                cuts = self._cuts(f, word)
            if cuts is None or len(cuts) == 1:
                n = len(word)
                hit = (_WHOLE_STEM[n] if n < 48 else ((0, n, "stem"),), f, (f, ()))
            else:
                segs = tuple(cuts)
                # (`_cuts` gives the stem last or before the enclitic that ends the word)
                a, b, _ = segs[-1] if segs[-1][2] == "stem" else segs[-2]
                norm = f[a:b]
                hit = (segs, norm, (norm, tuple([(a, b, k, word[a:b]) for a, b, k in segs])))
            if len(self._cache) >= self._CACHE_LIMIT:
                self._cache.clear()
            self._cache[word] = hit
            return hit
        segs = tuple(self.split(word))
        if len(segs) == 1 and segs[0][2] == "stem":  # most words: the word is its own stem
            norm, with_text = fold(word[segs[0][0]:segs[0][1]]), ()
        else:
            stem = next(((a, b) for a, b, k in segs if k == "stem"), None)
            norm = fold(word[stem[0]:stem[1]]) if stem else fold(word)
            with_text = tuple((a, b, k, word[a:b]) for a, b, k in segs) if len(segs) > 1 else ()
        return self._store(word, (segs, norm, (norm, with_text)))

    def _store(self, word: str, hit: tuple) -> tuple:
        if len(self._cache) >= self._CACHE_LIMIT:
            self._cache.clear()
        self._cache[word] = hit
        return hit

    def split(self, word: str) -> list[tuple[int, int, str]]:
        """Segments of `word` as (start, end, kind) offsets into `word` (original form).

        Works on the folded form; diacritics and tatweel are skipped over when mapping back.
        """
        # positions of letters (not marks) in the original word
        if _MARK_RE.search(word) is None:
            letters: Sequence[int] = range(len(word))  # most words: no marks at all
        else:
            letters = [i for i, c in enumerate(word) if not _is_mark(c)]
        f = fold(word)
        if len(f) != len(letters):  # unexpected characters: do not segment
            return [(0, len(word), "stem")]
        raw = word if isinstance(letters, range) else "".join(word[i] for i in letters)
        return _place(self._cuts(f, raw), letters, len(word))

    def _cuts(self, f: str, raw: str | None = None) -> list[tuple[int, int, str]]:
        """Cuts of the folded word `f`; `raw` is the word's letters as written (same length),
        which tell ة from the pronoun ه, the hamza seat ئ and أن from a name بان."""
        known = self.known
        if raw is None:
            raw = f
        n = len(f)
        if n <= 2 or f in _NO_ARTICLE_SPLIT or (
                f in known and not f.startswith("ال") and not self._split_though_known(f, raw)):
            return [(0, n, "stem")]
        if f in self._given and not raw.startswith(("أل", "إل")):
            return [(0, n, "stem")]  # سامر، بريان، والتر; a foreign name's أل is split still
        pre: list[tuple[int, int, str]] = []
        i = 0
        # conjunction و / ف
        if f[0] in "وف" and n - 1 >= 2 and (self._rest_ok(f[1:], raw[1:], f[0]) or (
                f[1] in "بلكس" and self._prep_ok(f[1:], raw[1:]))):
            pre.append((0, 1, "proclitic"))
            i = 1
        # preposition ب ل ك (لل = ل + the article with its alef elided), or future س
        if f[i:i + 2] == "لل" and n - i >= 4 and f[i:] not in known:
            pre.append((i, i + 1, "proclitic"))
            pre.append((i + 1, i + 2, "proclitic"))
            i += 2
        elif (f[i:i + 1] in ("ب", "ل", "ك")
              and (f[i:] not in known or self._split_though_known(f[i:], raw[i:]))
              and self._rest_ok(f[i + 1:], raw[i + 1:], f[i])
              and not self._whole_reads_better(f[i:], raw[i:])):
            pre.append((i, i + 1, "proclitic"))
            i += 1
        elif f[i:i + 1] == "س" and f[i + 1:i + 2] in ("ي", "ت", "ن", "ا") and f[i + 1:] in known:
            pre.append((i, i + 1, "proclitic"))
            i += 1
        # the article, unless the rest is a known word with an enclitic (اليه = الى + ه)
        rest = f[i:]
        # (أل with hamza is split too, though it is no article: the actors stage reads that
        # segment as the mark of a foreign name, ألكسندر)
        # (a word in ة is no word + the pronoun ه: الكرة is ال + كرة, though الكر is known; آلية
        # has no article)
        if (rest.startswith("ال") and len(rest) >= 4 and rest not in _NO_ARTICLE_SPLIT
                and ((raw[-1] == "ة" and raw[i:i + 2] == "ال") or not self._strip_suffix(rest))):
            pre.append((i, i + 2, "proclitic"))
            i += 2
        stem_end = n
        if not (f[i:] in known):
            suf = self._strip_suffix(f[i:])
            if suf == "ه" and raw[-1] == "ة":  # ta marbuta, not the pronoun: بجاية
                suf = None
            if suf is None:
                suf = _hamza_seat_suffix(f[i:], raw[i:])
            if suf is not None:
                stem_end = n - len(suf)
        out = pre + [(i, stem_end, "stem")]
        if stem_end < n:
            out.append((stem_end, n, "enclitic"))
        return out

    def _split_though_known(self, f: str, raw: str) -> bool:
        """Is the known word `f` (written `raw`) still to be split: a preposition + a pronoun
        (بهم), or a proclitic + a common word that begins with a hamza on alef (بأن، لأن)? A name
        known as a whole is not written with that hamza (بان)."""
        return f in _PREPOSITION_PRONOUNS or (
            raw[1:2] in _HAMZA_ALEFS and f[0] in "وفبلك" and f not in self._common
            and f[1:] in self._common)

    def _rest_ok(self, r: str, raw: str | None = None, clitic: str = "") -> bool:
        """Is `r` (written `raw`) a plausible word after the proclitic `clitic`: known,
        article-marked, or known+enclitic, the known word being evidence for that clitic."""
        if len(r) < 2:
            return False
        if raw is None:
            raw = r
        if r.startswith("ال") and len(r) >= 4:
            return True  # كالمخا: the article, whatever the name after it
        if r in self.known:
            return self._after_clitic(r, raw, clitic)
        suf = self._strip_suffix(r)
        if suf is None or (suf == "ه" and raw[-1] == "ة"):
            return False
        stem = r[:-len(suf)]
        return stem not in self.known or self._after_clitic(stem, raw[:len(stem)], clitic)

    def _after_clitic(self, w: str, raw: str, clitic: str) -> bool:
        """Does the known word `w` (written `raw`) show that the letter before it is the
        proclitic `clitic`? A common word does; a name mostly does (لبوتين، بمصر), but not after ك
        (كلاوس is no "like Laos"), nor a part of a longer name after ف (فلوران) or, if it is
        short, after و ب ل (بوين، برام، لمين: foreign names whose first letter reads as a
        clitic). Such names are written without hamza, so a rest with one is left alone (بأي)."""
        if w in self._common:
            return True
        if clitic == "ك":
            return w not in self._names
        if w in self._name_parts and not _HAMZA_RE.search(raw):
            return clitic != "ف" and len(w) > 3
        return True

    def _whole_reads_better(self, r: str, raw: str) -> bool:
        """Is `r` (written `raw`) better read whole, as a known common word + a pronoun (لديه =
        لدي + ه, بلاده) or a noun in اء + a pronoun (لقائه، بقائه), than as a proclitic + the rest?
        A name + a pronoun is no such reading (بأنه is ب + أن + ه, not بان + ه)."""
        if r[-1] not in _ENCLITIC_ENDS or (raw[1:2] in _HAMZA_ALEFS and r[1:] in self.known):
            return False  # بأبها is ب + أبها: باب is not written with that hamza
        for suf in _ENCLITICS_BY_END[r[-1]]:
            stem = r[:-len(suf)]
            if not r.endswith(suf) or len(stem) < 3 or (suf == "ه" and raw[-1] == "ة"):
                continue
            if stem in self._common or (stem[-1] == "ت" and stem[:-1] + "ه" in self._common):
                return True
            if (len(stem) >= 4 and raw[:-len(suf)].endswith("ائ")
                    and stem[1:-1] + "ء" not in self.known):
                return True  # the rest read alone (قائه) is no known noun in اء
        return False

    def _prep_ok(self, r: str, raw: str | None = None) -> bool:
        if raw is None:
            raw = r
        return (r.startswith("لل") and len(r) >= 4) or self._rest_ok(r[1:], raw[1:], r[0]) or (
            r[0] == "س" and r[1:] in self.known)

    def _strip_suffix(self, r: str) -> str | None:
        if r in self.known or r[-1:] not in _ENCLITIC_ENDS:  # most words: no pronoun ending
            return None
        for suf in _ENCLITICS_BY_END[r[-1]]:
            if not r.endswith(suf):
                continue
            stem = r[: -len(suf)]
            if len(stem) >= 2:
                if stem in self.known:
                    return suf
                if len(suf) >= 2 and len(stem) >= 3 and stem + "ه" in self.known:
                    return suf  # ta marbuta before a suffix: حكومتها -> حكومة
                if len(stem) >= 3 and stem[-1] == "ت" and stem[:-1] + "ه" in self.known:
                    return suf
        return None


def _hamza_seat_suffix(r: str, raw: str) -> str | None:
    """The pronoun after a noun in اء, whose hamza then sits on ئ (لقائه، إجرائهم، أعضائنا):
    split even when the noun is not known, since the ending ائ + pronoun is nearly always this."""
    if r[-1] not in _ENCLITIC_ENDS:
        return None
    for suf in _ENCLITICS_BY_END[r[-1]]:
        if r.endswith(suf) and len(r) - len(suf) >= 4 and raw[:-len(suf)].endswith("ائ"):
            return suf
    return None


def _place(cuts: list[tuple[int, int, str]], letters: Sequence[int],
           n: int) -> list[tuple[int, int, str]]:
    """The cuts of a folded word (letter offsets) as offsets into the word of length `n` whose
    letters are at `letters` (marks skipped)."""
    if len(cuts) == 1 and isinstance(letters, range):  # what the loop below gives then
        return [(min(cuts[0][0], n), n, cuts[0][2])]
    out = []
    prev = 0
    for k, (a, b, kind) in enumerate(cuts):
        s = letters[a] if a < len(letters) else n
        e = letters[b] if b < len(letters) else n
        if k == len(cuts) - 1:
            e = n
        out.append((max(s, prev), e, kind))
        prev = e
    return out


_HAMZA_RE = re.compile("[أإآؤئء]")
_HAMZA_ALEFS = ("أ", "إ", "آ")
# The characters `_is_mark` accepts, as a regex class (to test a whole word at once).
_MARK_RE = re.compile("[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")


def _is_mark(c: str) -> bool:
    o = ord(c)
    return (0x610 <= o <= 0x61A or 0x64B <= o <= 0x65F or o == 0x670 or 0x6D6 <= o <= 0x6ED
            or o == 0x640)


def tokenize(text: str, segmenter: Segmenter | None = None,
             sentences: list | None = None) -> list[Token]:
    """Tokens of `text`; with `sentences` (sorted, non-overlapping spans), each token's
    `sentence` is the index of the sentence its start falls in (else -1)."""
    tokens: list[Token] = []
    append = tokens.append
    if segmenter is not None:  # the segmenter's cache read here: one call less per word
        cached, analyse = segmenter._cache.get, segmenter._analyse
    else:
        cached, analyse = _no_cache, _bare_word
    fold_other: dict[str, str] = {}  # punctuation and numbers repeat within a text
    # sentence bookkeeping: the current sentence is [s_start, s_end) with index si
    bounds = [(x.start, x.end) for x in sentences] if sentences else []
    n_sent = len(bounds)
    si = 0
    s_start, s_end = bounds[0] if n_sent else (0, -1)
    for m in TOKEN_RE.finditer(text):
        s, e = m.span()
        while s >= s_end and si < n_sent:
            si += 1
            s_start, s_end = bounds[si] if si < n_sent else (0, -1)
        sent = si if s_start <= s < s_end else -1
        kind = m.lastgroup
        t = m.group()
        if kind == "word":
            norm, segs = (cached(t) or analyse(t))[2]
            # a bare stem has no segments: the token itself is the stem
            append(Token(s, e, t, kind, norm,
                         [Segment(s + a, s + b, k, x) for a, b, k, x in segs] if segs else [],
                         sent))
        else:
            norm = fold_other.get(t)
            if norm is None:
                norm = fold_other[t] = fold(t)
            append(Token(s, e, t, kind, norm, [], sent))
    return tokens


def _bare_word(word: str) -> tuple:
    """What `Segmenter._analyse` gives, without segmenting."""
    norm = fold(word)
    return (), norm, (norm, ())


def _no_cache(word: str) -> None:
    return None


class TokenStage:
    name = "tokens"
    requires = ("sentences",)
    assigns = ("tokens",)

    def __init__(self, resources, **config):
        self.segmenter = resources.get(
            "segmenter", lambda r: Segmenter(known_words_from_lexicon(r.lexicon)))

    def __call__(self, doc: Document) -> None:
        doc.tokens = tokenize(doc.text, self.segmenter, doc.sentences)
