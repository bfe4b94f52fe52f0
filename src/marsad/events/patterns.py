"""The events dictionary compiled for matching, and the trigger matcher.

`compile_events(lexicon)` turns the `events` entries (docs/dictionaries.md, ### events) into one
hash index from every generated word form to what it triggers: a verb, a verbal noun (possibly the
first word of a multi-word noun such as عبوة ناسفة), or the light verb that heads a phrase (شنّ
+ هجوماً). Each token is looked up a few times (its clitics stripped in turn), so matching costs a
handful of dictionary lookups per token, whatever the size of the dictionary.

`find_triggers(words, compiled)` returns the triggers of one sentence, longest match first: a
light-verb phrase beats a lone noun inside it, and a multi-word noun beats its first word.
"""

from __future__ import annotations

from marsad.events.modality import CueTable

import dataclasses
from itertools import compress, count, repeat
from operator import is_not
from dataclasses import dataclass, field
from typing import Any

from marsad.errors import LexiconError
from marsad.events.conjugate import PRONOUN_ONLY, Form, noun_forms, verb_forms
from marsad.ontology import lookup
from marsad.text.normalize import fold, strip_conj

ENCLITICS = ("هما", "هم", "هن", "ها", "كم", "نا", "ه", "ك", "ي")
# `word_hits` of a word that is in neither index and begins no phrase object, and
# `context_names` of a word in no context list
_NO_HITS: tuple = ((), (), (), (), frozenset(), (), ())
_NO_NAMES: frozenset[str] = frozenset()
# A word's last letter -> the enclitics ending in it, in ENCLITICS order. At most one of them ends
# a given word: those sharing a last letter differ in the letter before it (هما ها نا، هم كم).
# Each with its length and how its stripping is marked: "y" for the possessive ي, which a verb
# never takes (its object pronoun is ني), "e" for the others.
_ENCLITICS_BY_LAST = {s[-1]: tuple((e, len(e), "y" if e == "ي" else "e") for e in ENCLITICS
                                   if e[-1] == s[-1]) for s in ENCLITICS}
# The first letters of the prefixes `word_keys` strips (و ف ب ل ك س ال لل): a word of more than
# two letters beginning with none of them is its only base.
_PREFIX_FIRST = frozenset("وفبلكسا")
PHRASE_WINDOW = 6  # words after a light verb in which its object may stand
# A phrase's `reach` (events.json, beyond its window): how far its object may stand after a long
# subject and time words put between (أطلق مسلحون ملثمون يستقلون سيارة … النار، شنت مساء أمس
# طائرات التحالف … غارات). Past the window only a subject's words may stand between: no verb of
# the dictionary, no word of `phrase_reach_stops` (a relative, a subordinator, a preposition of
# the target), no comma but one right before the object (… «سي آي إيه»، صواريخ), no word but
# the object after a time word that follows the subject (أطلقت الحكومة أمس حملة … النار: the
# object was حملة), and the object bears no preposition (بالصواريخ is no object).
COMMAS = ("،", ",")
# Prepositions that open a time adverbial: a noun right after one is no light verb's object
# في + a noun + مع (في حوار مع، في لقاء مع، في اتصال مع): the noun heads an adverbial of the
# occasion, no light verb's object
FRAME_IN = frozenset(fold(w) for w in ("في", "وفي"))
FRAME_WITH = frozenset(fold(w) for w in ("مع",))
ADVERBIAL_PREPS = frozenset(fold(w) for w in ("خلال", "أثناء", "اثناء", "قبيل", "عقب", "إثر", "اثر",
                                              "بعيد", "لدى", "عند", "منذ", "وخلال", "وأثناء", "وعقب"))


@dataclass(frozen=True, slots=True)
class Pattern:
    """One dictionary entry: a CAMEO code and how to find its participants."""

    id: str
    cameo: str
    plover: str | None
    plover_mode: str | None
    quad_class: int
    goldstein: float
    target_preps: tuple[str, ...] = ()
    target_object: bool = False
    symmetric: bool = False
    monadic: bool = False
    genitive: str = "agent"  # the actor after a verbal noun: agent (source) or patient (target)
    blocked_by: tuple[str, ...] = ()
    not_next: tuple[str, ...] = ()
    not_prev: tuple[str, ...] = ()
    # the trigger counts only with one of these words in the two words before it (الهجوم الذي
    # تبناه: a claim of the attack named right before)
    only_prev: tuple[str, ...] = ()
    # the trigger counts only with one of these words in the ONLY_NEXT_REACH words after it
    # (لاحقت النيابة الصحافي قضائياً: a legal action; لاحق الجيش المسلحين, a chase, is none)
    only_next: tuple[str, ...] = ()
    describe: bool = False
    # the source must stand right by the verb (وصلت الطائرة، وصل عدد الدول: not the last actor
    # named before): verbs whose subject is as often a thing as an actor
    source_adjacent: bool = False
    # Evaluations (top-level `evaluations` of an events file, `marsad.events.evaluations`): what a
    # speaker says about an actor inside a direct quote; never coded by the ordinary trigger loop.
    speech_only: bool = False
    evaluates: str | None = None  # before | after | nisba: where the evaluated actor stands


@dataclass(frozen=True, slots=True)
class Hit:
    pattern: int
    kind: str  # verb | noun | head (light verb of a phrase)
    form: Form
    rest: tuple[str, ...] = ()  # further words of a multi-word noun (folded)
    phrase: int = -1
    # a noun spelt with a final ة in the dictionary, matched at its folded ه: no word ending in
    # a written ه is that noun (وأدانه is أدان + ه, not و + إدانة)
    taa: bool = False


@dataclass(slots=True)
class Phrase:
    pattern: int
    objects: list[tuple[frozenset[str], ...]]  # each object: one key set per word
    window: int = PHRASE_WINDOW
    first_keys: frozenset[str] = frozenset()  # keys of every object's first word (a fast filter)
    reach: int = 0  # words after the verb its object may stand in past a subject (0: the window)


@dataclass(slots=True)
class CompiledEvents:
    patterns: list[Pattern]
    index: dict[str, list[Hit]]
    phrases: list[Phrase]
    contexts: dict[str, frozenset[str]]
    cues: dict[str, tuple[tuple[str, ...], ...]]  # cue kind -> word sequences (folded)
    speech_forms: frozenset[str]
    agent_markers: tuple[tuple[str, ...], ...]
    counts: dict[str, int] = field(default_factory=dict)
    # word -> (lookup keys, match keys): words repeat a lot across articles; bounded, see analyse
    word_cache: dict[str, tuple[list[tuple[str, str]], frozenset[str]]] = field(default_factory=dict)
    # the evaluations' own index (speech-only patterns): kept apart so that they never compete
    # with, or are coded like, the ordinary triggers
    speech_index: dict[str, list[Hit]] = field(default_factory=dict)
    # Per-pipeline caches (bounded like word_cache), all pure functions of their key:
    # token text -> (folded word, match keys, ends in ة); see `token_info`
    token_cache: dict[str, tuple[str, frozenset[str], bool]] = field(default_factory=dict)
    # word -> its hits in the events index (word not ending / ending in ة), the same in the
    # speech index, and the phrases one of whose objects may begin with it; see `word_hits`
    hit_cache: dict[str, tuple] = field(default_factory=dict)
    # word -> (a verb form of the events or speech dictionary, a noun read with its ب/ل/ك as
    # its own): what `_verb_positions` (stages/events.py) reads of every word, cached there
    verb_cache: dict[str, tuple[bool, bool]] = field(default_factory=dict)
    # the first-word keys of the phrases' objects -> those phrases (built on first use)
    phrase_first: dict[str, frozenset[int]] | None = None
    # match keys of a word -> the names of the context lists it is in; see `context_names`
    context_cache: dict[frozenset[str], frozenset[str]] = field(default_factory=dict)
    # Filters built once (`build_filters`): every key of the events and speech indexes and every
    # first-word key of a phrase object (a word with none of them among its match keys has no
    # hit: most words), and every word of the context lists.
    hit_keys: frozenset[str] | None = None
    context_vocab: frozenset[str] = frozenset()
    # every word of the context lists -> the names of the lists it is in
    context_lists: dict[str, frozenset[str]] = field(default_factory=dict)
    # the same three kinds of keys apart (for the words that have one of them)
    index_keys: frozenset[str] = frozenset()
    speech_keys: frozenset[str] = frozenset()
    phrase_keys: frozenset[str] = frozenset()

    def build_filters(self) -> None:
        """Build `hit_keys` and `context_vocab` (from the indexes, phrases and contexts)."""
        self.index_keys = frozenset(self.index)
        self.speech_keys = frozenset(self.speech_index)
        self.phrase_keys = frozenset().union(*(ph.first_keys for ph in self.phrases))
        self.hit_keys = self.index_keys | self.speech_keys | self.phrase_keys
        self.context_vocab = frozenset().union(*self.contexts.values())
        lists: dict[str, set[str]] = {}
        for name, vocab in self.contexts.items():
            for word in vocab:
                lists.setdefault(word, set()).add(name)
        self.context_lists = {word: frozenset(names) for word, names in lists.items()}

    def token_info(self, text: str) -> tuple[str, frozenset[str], bool]:
        """A word token's folded text, its match keys and whether it ends in ة, cached by the
        token's text (what the stage computes for every word token of every sentence)."""
        got = self.token_cache.get(text)
        if got is None:
            w = fold(text)
            got = (w, self.analyse(w)[1] if w and w[0].isalpha() else frozenset(),
                   text.rstrip(_MARKS).endswith("ة"))
            if len(self.token_cache) > 500_000:
                self.token_cache.clear()
            self.token_cache[text] = got
        return got

    def word_hits(self, word: str) -> tuple:
        """What `find_triggers` needs of a folded word, cached: `lookup_word` in the events
        index (the word not ending, then ending in ة), the same in the speech index, the
        phrases that have an object whose first word shares one of its match keys, and then
        the hits of the events and speech indexes for the word written with a final ه (see
        `lookup_both`)."""
        got = self.hit_cache.get(word)
        if got is None:
            lk, keys = self.analyse(word)
            if self.hit_keys is None:
                self.build_filters()
            if keys.isdisjoint(self.hit_keys):
                # none of its stems is a key of either index or begins a phrase object: what
                # the four lookups and the union below would give
                got = _NO_HITS
            else:
                got = self._word_hits(lk, keys)
            if len(self.hit_cache) > 500_000:
                self.hit_cache.clear()
            self.hit_cache[word] = got
        return got

    def _word_hits(self, lk: list[tuple[str, str]], keys: frozenset[str]) -> tuple:
        """`word_hits` of a word with these lookup and match keys, not cached. (An index none
        of whose keys is among the word's has no hit for it: its lookups are skipped.)"""
        starts = frozenset()
        if not keys.isdisjoint(self.phrase_keys):
            if self.phrase_first is None:
                first: dict[str, set[int]] = {}
                for p, ph in enumerate(self.phrases):
                    for k in ph.first_keys:
                        first.setdefault(k, set()).add(p)
                self.phrase_first = {k: frozenset(v) for k, v in first.items()}
            starts = frozenset().union(*(self.phrase_first.get(k, ()) for k in keys))
        events = speech = ((), (), ())
        if not keys.isdisjoint(self.index_keys):
            events = lookup_both(lk, self.index)
        if not keys.isdisjoint(self.speech_keys):
            speech = lookup_both(lk, self.speech_index)
        return events[:2] + speech[:2] + (starts, events[2], speech[2])

    def context_names(self, keys: frozenset[str]) -> frozenset[str]:
        """The names of the `contexts` word lists that share a key with `keys`, cached (what
        `register.read_register` reads of every word)."""
        if self.hit_keys is None:
            self.build_filters()
        if keys.isdisjoint(self.context_vocab):
            return _NO_NAMES  # in no list (most words): as cheap as the cache, and not kept
        got = self.context_cache.get(keys)
        if got is None:
            # (through the words' lists, not a test of each of the hundred lists)
            lists = self.context_lists
            got = frozenset().union(*(lists[k] for k in keys if k in lists))
            if len(self.context_cache) > 500_000:
                self.context_cache.clear()
            self.context_cache[keys] = got
        return got

    def analyse(self, word: str) -> tuple[list[tuple[str, str]], frozenset[str]]:
        """The lookup keys (`word_keys`) and phrase-matching keys of a folded word, cached."""
        got = self.word_cache.get(word)
        if got is None:
            wk = word_keys(word)
            keys = set()
            for stem, _ in wk:
                keys.add(stem)
                if stem.endswith("ا") and len(stem) > 3:
                    keys.add(stem[:-1])
            got = (wk, frozenset(keys))
            if len(self.word_cache) > 500_000:
                self.word_cache.clear()
            self.word_cache[word] = got
        return got


def word_keys(word: str) -> list[tuple[str, str]]:
    """Candidate stems of a folded word with what was stripped, fewest strips first.

    Strips the conjunctions و ف, the prepositions ب ل ك (marked "p", and "pb" for ب ك), future س, the article ال (and لل), and a
    pronoun enclitic (with ة restored before it: زيارته → زياره). Stems shorter than three letters
    are only kept when nothing or only the conjunction was stripped (وشن = و + شن).
    """
    out: list[tuple[str, str]] = [(word, "")]
    if len(word) > 2 and word[0] in _PREFIX_FIRST:
        if word[0] == "ا":
            # (most such words, ال + a noun) ا begins no prefix but the article: the general
            # walk below would find the word and, after ال, its rest as the only bases
            if word[1] == "ل" and len(word) > 4:
                rest = word[2:]
                out.append((rest, "a"))
                seen = {word, rest}
                _enclitic_keys(word, "", out, seen)
                _enclitic_keys(rest, "a", out, seen)
                return out
            _enclitic_keys(word, "", out, None)  # its only base, as below
            return out
        return _prefixed_word_keys(word, out)
    # The word is its only base (most words). At most one enclitic ends it, and the stems taken
    # from it are shorter than the word and differ from each other: none repeats.
    _enclitic_keys(word, "", out, None)
    return out


def _enclitic_keys(base: str, how: str, out: list[tuple[str, str]],
                   seen: set[str] | None) -> None:
    """Add to `out` the stem of `base` without the enclitic that ends it (at most one does) and
    the stem's other spelling before a pronoun; `seen`, when given, keeps out repeats."""
    for suf, cut, mark in _ENCLITICS_BY_LAST.get(base[-1:], ()):
        if base.endswith(suf) and len(base) - cut >= 3:
            stem = base[:-cut]
            own = how + mark
            if stem[-1] == "ت":
                other = (stem[:-1] + "ه", how + "e")
            elif stem.endswith("اي"):
                # لقائه = لقاء + ه: the hamza before a pronoun sits on ئ, which folds to ي
                other = (stem[:-1] + "ء", own)
            else:
                other = None
            if seen is None:  # (one base: its stems differ from it and from each other)
                out.append((stem, own))
                if other is not None:
                    out.append(other)
                return
            for key in ((stem, own), other):
                if key is not None and key[0] not in seen:
                    seen.add(key[0])
                    out.append(key)
            return


def _prefixed_word_keys(word: str, out: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """`word_keys` of a word that may begin with a prefix (`out` holds the word itself)."""
    seen = {word}
    bases = [(word, "")]
    if word[0] in "وف":  # (the word has more than two letters)
        bases.append((word[1:], "c"))
    for base, how in list(bases):
        if base.startswith("لل") and len(base) > 4:
            bases.append(("ال" + base[2:], how + "p"))
            bases.append((base[2:], how + "pa"))
        elif base[:1] in "بلك" and len(base) > 3:
            # "b": ب and ك, which never stand before a verb (ل does: ليتهم، لتقصف)
            bases.append((base[1:], how + ("p" if base[0] == "ل" else "pb")))
        if base[:1] == "س" and base[1:2] in "يتنا" and len(base) > 4:
            bases.append((base[1:], how + "f"))
    for base, how in list(bases):
        if base.startswith("ال") and len(base) > 4:
            bases.append((base[2:], how + "a"))
    for base, how in bases:
        if (len(base) >= 3 or (how == "c" and len(base) == 2)) and base not in seen:
            seen.add(base)
            out.append((base, how))
    for base, how in bases:
        _enclitic_keys(base, how, out, seen)
    return out


def object_keys(word: str) -> frozenset[str]:
    """The keys a phrase object word matches on (its stems, with and without tanween alif)."""
    keys = set()
    for stem, _ in word_keys(fold(word)):
        keys.add(stem)
        if stem.endswith("ا") and len(stem) > 3:
            keys.add(stem[:-1])
    return frozenset(keys)


def _pattern(entry: dict[str, Any], where: str) -> Pattern:
    try:
        code = lookup(entry["cameo"])
    except KeyError as exc:
        raise LexiconError(f"{where}: unknown CAMEO code {entry['cameo']!r}") from exc
    tgt = entry.get("target", {})
    return Pattern(
        id=entry.get("id", entry["cameo"]), cameo=entry["cameo"], plover=code.plover,
        plover_mode=code.mode, quad_class=code.quad_class, goldstein=code.goldstein,
        target_preps=tuple(fold(p) for p in tgt.get("preps", ())),
        target_object=bool(tgt.get("object", False)), symmetric=bool(entry.get("symmetric")),
        monadic=bool(entry.get("monadic")), genitive=entry.get("genitive", "agent"),
        blocked_by=tuple(entry.get("blocked_by", ())),
        not_next=tuple(fold(w) for w in entry.get("not_next", ())),
        not_prev=tuple(fold(w) for w in entry.get("not_prev", ())),
        only_prev=tuple(fold(w) for w in entry.get("only_prev", ())),
        only_next=tuple(fold(w) for w in entry.get("only_next", ())),
        describe=bool(entry.get("describe")), source_adjacent=bool(entry.get("source_adjacent")))


def _verb_hits(verb: dict[str, Any], pi: int, kind: str, phrase: int = -1) -> list[tuple[str, Hit]]:
    out = []
    for f in verb_forms(verb["past"], verb.get("present")):
        if f.tense == "participle" and kind != "head":
            # alone, participles are too ambiguous (مستقبل، واقع); as the head of a phrase whose
            # object must follow they are safe (داعياً إلى تعزيز التعاون)
            continue
        out.append((f.text, Hit(pi, kind, f, (), phrase)))
    for m in verb.get("masdar", ()):
        words = fold(m).split()
        taa = _taa_form(m)
        for f in noun_forms(words[0]):
            out.append((f.text, Hit(pi, kind, Form(f.text, "masdar"), tuple(words[1:]), phrase,
                                    f.text == taa)))
    return out


def _taa_form(noun: str) -> str | None:
    """The folded first word of a dictionary noun whose written first word ends in ة (its
    singular's index key), else None."""
    first = noun.split()[0].rstrip(_MARKS) if noun.split() else ""
    return fold(first) if first.endswith("ة") else None


def _first_person(hits: list[tuple[str, Hit]]) -> list[tuple[str, Hit]]:
    """The speaker's own verbs (ندعم، نثمّن، أدين): first person forms only; the past تُ form is
    left out, it is written like the 3rd person feminine (دعمت)."""
    return [(k, h) for k, h in hits if h.form.tense in ("past", "present")
            and h.form.person.startswith("1") and h.form.person != "1s/2s"]


def _entry_hits(item: dict[str, Any], pi: int, phrases: list[Phrase],
                first_person: bool = False) -> list[tuple[str, Hit]]:
    """(index key, hit) pairs of one dictionary entry: its verbs in every generated form, its
    nouns, and the light verbs of its phrases (each phrase appended to `phrases`). With
    `first_person`, verbs keep only their first-person forms (an evaluation's ندعم، ندين)."""
    def verbs(hits: list[tuple[str, Hit]]) -> list[tuple[str, Hit]]:
        return _first_person(hits) if first_person else hits

    pairs: list[tuple[str, Hit]] = []
    for v in item.get("verbs", ()):
        pairs += verbs(_verb_hits(v, pi, "verb"))
    for n in item.get("nouns", ()):
        words = fold(n).split()
        taa = _taa_form(n)
        pairs += [(f.text, Hit(pi, "noun", f, tuple(words[1:]), taa=f.text == taa))
                  for f in noun_forms(words[0])]
    for ph in item.get("phrases", ()):
        objs = [tuple(object_keys(w) for w in o.split()) for o in ph["objects"]]
        phrases.append(Phrase(pi, objs, int(ph.get("window", PHRASE_WINDOW)),
                              frozenset().union(*(o[0] for o in objs)), int(ph.get("reach", 0))))
        for v in ph["verbs"]:
            pairs += verbs(_verb_hits(v, pi, "head", len(phrases) - 1))
    return pairs


def _count_patterns(entry: dict[str, Any], counts: dict[str, int]) -> None:
    """Distinct dictionary patterns: verb lemmas, nouns (masdars included), verb × object."""
    counts["entries"] += 1
    for v in entry.get("verbs", ()):
        counts["verbs"] += 1
        counts["nouns"] += len(v.get("masdar", ()))
    counts["nouns"] += len(entry.get("nouns", ()))
    counts["phrases"] += sum(len(ph["verbs"]) * len(ph["objects"])
                             for ph in entry.get("phrases", ()))


def compile_events(lexicon: Any) -> CompiledEvents:
    """Compile every `events` dictionary file of `lexicon` (a marsad.lexicon.Lexicon)."""
    patterns: list[Pattern] = []
    index: dict[str, list[Hit]] = {}
    phrases: list[Phrase] = []
    contexts: dict[str, set[str]] = {}
    cues: dict[str, list[tuple[str, ...]]] = {}
    speech: set[str] = set()
    markers: list[tuple[str, ...]] = []
    counts = {"entries": 0, "verbs": 0, "nouns": 0, "phrases": 0, "evaluations": 0}
    speech_index: dict[str, list[Hit]] = {}
    # A generated verb form that is also a particle (هنا of هنأ، ما، بين) never triggers.
    particles = {fold(w) for f in lexicon.files if f.kind == "words" for e in f.entries
                 if e.get("category") == "particles" for w in e.get("words", ())}
    files = [f for f in lexicon.files if f.kind == "events"]
    for lf in files:
        h = lf.header
        for name, words in h.get("contexts", {}).items():
            contexts.setdefault(name, set()).update(fold(w) for w in words)
        for name, words in h.get("cues", {}).items():
            cues.setdefault(name, []).extend(tuple(fold(w).split()) for w in words)
        for v in h.get("speech_verbs", ()):
            speech.update(f.text for f in verb_forms(v["past"], v.get("present"))
                          if f.tense != "participle")
        markers += [tuple(fold(m).split()) for m in h.get("agent_markers", ())]
        for i, entry in enumerate(lf.entries):
            where = f"{lf.relpath} entry {i} ({entry.get('id', entry.get('cameo'))})"
            pi = len(patterns)
            patterns.append(_pattern(entry, where))
            _count_patterns(entry, counts)
            for key, hit in _entry_hits(entry, pi, phrases):
                if len(key) < 2 or (key in particles and hit.form.tense in ("past", "present")):
                    continue
                index.setdefault(key, []).append(hit)
        for i, item in enumerate(h.get("evaluations", ())):
            where = f"{lf.relpath} evaluation {i} ({item.get('id', item.get('cameo'))})"
            pi = len(patterns)
            patterns.append(dataclasses.replace(_pattern(item, where), speech_only=True,
                                                evaluates=item["evaluates"]))
            counts["evaluations"] += 1
            for key, hit in _entry_hits(item, pi, phrases, bool(item.get("first_person"))):
                if len(key) >= 2 and not (key in particles and hit.form.tense in ("past", "present")):
                    speech_index.setdefault(key, []).append(hit)
    compiled = CompiledEvents(patterns, index, phrases,
                              {k: frozenset(v) for k, v in contexts.items()},
                              CueTable({k: tuple(v) for k, v in cues.items()}), frozenset(speech),
                              tuple(markers), counts, speech_index=speech_index)
    compiled.build_filters()
    return compiled


@dataclass(slots=True)
class Trigger:
    pattern: int
    first: int  # index of the first word (in the sentence's word list)
    last: int  # index of the last word (inclusive)
    head: int  # the word that carries the verb or noun
    kind: str  # verb | noun | phrase
    form: Form
    strip: str  # what was stripped from the head word (c p b a f e y)


def lookup_word(key_list: list[tuple[str, str]], index: dict[str, list[Hit]],
                taa: bool = False, heh: bool = False) -> list[tuple[Hit, str]]:
    """Hits of the first key that has any. `taa`: the word ends in ة, so it is not a verb.
    `heh`: it ends in a written ه, so it is no noun spelt with ة, unless nothing else is left."""
    for stem, how in key_list:
        hits = index.get(stem)
        if hits:
            out = _key_hits(stem, how, hits, taa)
            if heh:
                out = list(_not_taa_nouns(out, how))
            if out:
                return out
    return lookup_word(key_list, index, taa) if heh else []


def lookup_both(key_list: list[tuple[str, str]], index: dict[str, list[Hit]]
                ) -> tuple[tuple[tuple[Hit, str], ...], ...]:
    """`lookup_word` of a word not ending and ending in ة, in one walk over its keys (what
    `word_hits` needs of every new word): the ة only drops the keys that strip a pronoun. Third,
    the hits of the word written with a final ه: those of the first key with any once the nouns
    spelt with ة are dropped from the keys that strip no suffix (وادانه: أدان + ه before إدانة);
    the plain hits when no other reading is left (a text that writes ة as ه)."""
    plain = with_taa = heh = None
    for stem, how in key_list:
        hits = index.get(stem)
        if hits:
            out = _key_hits(stem, how, hits, False)
            if out:
                if plain is None:
                    plain = tuple(out)
                if heh is None:
                    heh = _not_taa_nouns(out, how) or None
                if "e" not in how and with_taa is None:
                    with_taa = tuple(out)
                if with_taa is not None and heh is not None:
                    break
    return plain or (), with_taa or (), heh or plain or ()


def _not_taa_nouns(out: list[tuple[Hit, str]], how: str) -> tuple[tuple[Hit, str], ...]:
    """The hits of `out` a word ending in a written ه can have: with no suffix stripped (`how`
    holds no pronoun e nor possessive y), the stem ends in that ه, so no noun spelt with ة."""
    if "e" in how or "y" in how:
        return tuple(out)
    return tuple(x for x in out if not x[0].taa)


def _key_hits(stem: str, how: str, hits: list[Hit], taa: bool) -> list[tuple[Hit, str]]:
    """The hits of one key (`stem`, reached by stripping `how`) that the strips allow. What
    depends on the strips alone is checked once for the key, not once for each hit."""
    # a 2-letter form (شن، حث) only matches a whole word or after و/ف
    if len(stem) < 3 and how not in ("", "c"):
        return []
    e = "e" in how
    # a word ending in ة carries no pronoun: قبضة is not قبض + ه; the article never goes
    # with a pronoun: الاجتماعي is "social", not "my meeting"
    if (taa and e) or ("a" in how and (e or "y" in how)):
        return []
    # a verb never takes ال or the possessive ي, ب and ك never go with a verb (بيتهما is
    # "their house"); future س only goes with the present; a preposition (ب ل ك) never
    # with the past (بقصف is the verbal noun); التقا, تبنا: the 3ms of a verb in ى only
    # with its object pronoun
    no_verb = "a" in how or "y" in how or "b" in how
    future = "f" in how
    prep = "p" in how
    if not (no_verb or future or prep or not e):
        return [(h, how) for h in hits]  # (a pronoun alone allows every hit)
    return [(h, how) for h in hits
            if not (no_verb and h.form.tense in ("past", "present"))
            and not (future and h.form.tense != "present")
            and not (prep and h.form.tense == "past")
            and not (not e and h.form.person == PRONOUN_ONLY)]


_MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640"


def sentence_keys(words: list[str], tokens: list, compiled: CompiledEvents
                  ) -> tuple[list[frozenset[str]], list[bool]]:
    """The match keys of each word of a sentence, and whether each word ends in ة (so it is no
    verb): what `find_triggers` and the context rules read."""
    keys = [compiled.analyse(w)[1] if w and w[0].isalpha() else frozenset() for w in words]
    taa = [t.kind == "word" and t.text.rstrip(_MARKS).endswith("ة") for t in tokens]
    return keys, taa


def sentence_words(tokens: list, compiled: CompiledEvents
                   ) -> tuple[list[str], list[frozenset[str]], list[bool]]:
    """The matching form of each token (a word folded, a number "#", Latin lower-cased, other
    tokens as they are), with `sentence_keys` of the same: one cached lookup per word token."""
    words: list[str] = []
    keys: list[frozenset[str]] = []
    taa: list[bool] = []
    info = compiled.token_cache.get
    empty = frozenset()
    for t in tokens:
        if t.kind == "word":
            got = info(t.text) or compiled.token_info(t.text)
            words.append(got[0])
            keys.append(got[1])
            taa.append(got[2])
            continue
        w = "#" if t.kind == "number" else t.text.lower() if t.kind == "latin" else t.text
        words.append(w)
        keys.append(compiled.analyse(w)[1] if w and w[0].isalpha() else empty)
        taa.append(False)
    return words, keys, taa


ONLY_NEXT_REACH = 3  # words after a trigger where one of its `only_next` must stand


def blocked_by_neighbours(keys: list[frozenset[str]], trig: Trigger, pat: Pattern) -> bool:
    """A word of the pattern's `not_prev` in the two words before the trigger, or of its
    `not_next` in the two words after it (تهمة القتل، تجمع العلماء), or none of its `only_prev`
    in the two words before it, or none of its `only_next` in the ONLY_NEXT_REACH words after it
    (ملاحقة المتهمين قضائياً)."""
    before = range(max(0, trig.first - 2), trig.first)
    if pat.not_prev and any(not keys[j].isdisjoint(pat.not_prev) for j in before):
        return True
    if pat.only_prev and all(keys[j].isdisjoint(pat.only_prev) for j in before):
        return True
    if pat.only_next and all(keys[j].isdisjoint(pat.only_next) for j in
                             range(trig.last + 1, min(len(keys), trig.last + 1 + ONLY_NEXT_REACH))):
        return True
    return bool(pat.not_next) and any(not keys[j].isdisjoint(pat.not_next)
                                      for j in range(trig.last + 1, min(len(keys), trig.last + 3)))


def find_triggers(words: list[str], compiled: CompiledEvents,
                  keys: list[frozenset[str]] | None = None,
                  taa: list[bool] | None = None, speech: bool = False) -> list[Trigger]:
    """Triggers in a sentence given its words in matching form (punctuation as its own item).

    `words` holds the folded text of each token; non-word tokens may be passed as "" or as the
    punctuation itself. Returns non-overlapping triggers, longest first, in text order.
    `speech=True` looks for the evaluations (speech-only patterns) instead of the events.
    `keys` and `taa`, when given, are those of `sentence_keys` (the stage computes them once).
    """
    if keys is None:
        keys = [compiled.analyse(w)[1] if w and w[0].isalpha() else frozenset() for w in words]
    cands: list[Trigger] = []
    # One cached lookup a word (`CompiledEvents.word_hits`) gives its hits and the phrases whose
    # objects may begin with it: a light verb's object is only looked for when one may.
    which = 2 if speech else 0
    found_at: list[tuple[int, tuple[tuple[Hit, str], ...]]] = []
    starts: set[int] = set()
    # (the cached answers of all the words looked up by `map` in C, and the words whose answer
    # is the shared "no hit" one, most of them, passed over in C too: the loop below reads only
    # the rest, which it would find nothing in either)
    got_all = list(map(compiled.hit_cache.get, words))
    for i in compress(count(), map(is_not, got_all, repeat(_NO_HITS))):
        got = got_all[i]
        if got is None:
            w = words[i]
            if not w or not w[0].isalpha():
                continue
            got = compiled.word_hits(w)
        if got[4]:
            starts |= got[4]
        if taa:
            # (written with a final ة, or not: then a final ه is written so; see lookup_both)
            found = got[which + 1] if taa[i] else got[5 + which // 2]
        else:
            found = got[which]
        if found:
            found_at.append((i, found))
    obj_keys = None  # the keys phrase objects are matched on (made when a light verb is met)
    verbs_at = None  # positions of the dictionary's finite verbs (made when a reach is tried)
    inner: dict[int, set[int]] = {}  # a violent phrase's words in its subject's PP
    for i, found in found_at:
        for hit, how in found:
            if hit.kind == "head":
                if hit.phrase not in starts:
                    continue  # no word of the sentence can begin one of its objects
                if obj_keys is None:
                    obj_keys = _object_keys(words, keys, taa, compiled)
                phrase = compiled.phrases[hit.phrase]
                last = _phrase_object(words, obj_keys, i, phrase)
                if last is None and phrase.reach > phrase.window:
                    if verbs_at is None:
                        verbs_at = frozenset(j for j, fd in found_at if any(
                            h.kind in ("verb", "head") and h.form.tense in ("past", "present")
                            for h, _ in fd))
                    # (the objects of the verb's other phrases: one met first is its object)
                    other = frozenset().union(*(compiled.phrases[h.phrase].first_keys
                                                for h, _ in found if h.kind == "head"))
                    last = _far_object(words, obj_keys, i, phrase, compiled, verbs_at, other)
                if last is not None:
                    cands.append(Trigger(hit.pattern, i, last, i, "phrase", hit.form, how))
                    if phrase.reach and last - i > 2:
                        # (وشنت القوات بدعم من الغارات الجوية هجمات: the raids in the subject's
                        # PP are its description, the phrase tells the attack)
                        nxt = _next_words(words, i, last - i)
                        inner[id(cands[-1])] = {j for k, j in enumerate(nxt) if j < last and
                                                _in_subject_pp(words, nxt, k, frozenset())}
                continue
            last = i
            if hit.rest:
                last = _match_rest(words, keys, i, hit.rest)
                if last is None:
                    continue
            cands.append(Trigger(hit.pattern, i, last, i, hit.kind, hit.form, how))
    # longest first, then earliest; drop overlapping ones
    cands.sort(key=lambda t: (-(t.last - t.first), t.first))
    taken: list[Trigger] = []
    used: set[int] = set()
    for t in cands:
        span = set(range(t.first, t.last + 1))
        if t.kind == "phrase":
            span = {t.first, t.last} | inner.get(id(t), set())
        if span & used:
            continue
        used |= span
        taken.append(t)
    taken.sort(key=lambda t: t.first)
    return taken


def _object_keys(words, keys, taa, compiled: CompiledEvents) -> list[frozenset[str]]:
    """The match keys of the words for phrase objects: a word ending in ة carries no pronoun,
    so its keys with one stripped go (الطريقة "the way" is no الطريق + ه "its road")."""
    if not taa:
        return keys
    return [frozenset(stem for stem, how in compiled.analyse(w)[0] if "e" not in how)
            if t and w and w[0].isalpha() else k for w, k, t in zip(words, keys, taa)]


def _next_words(words: list[str], i: int, limit: int) -> list[int]:
    out = []
    j = i + 1
    while j < len(words) and len(out) < limit:
        w = words[j]
        if w and w[0].isalpha():
            out.append(j)
        elif w in _SENTENCE_STOPS:
            break
        j += 1
    return out


_SENTENCE_STOPS = (".", "؛", ";", ":", "!", "؟", "?")  # where `_next_words` stops


def _match_rest(words, keys, i, rest: tuple[str, ...]) -> int | None:
    """The last word of the rest of a pattern after its first word at `i` (the next words of
    the sentence, `_next_words`, one by one), else None. Each word is compared as it is met:
    most rests fail on their first word, and the words after it are then not sought."""
    n = len(words)
    j = i
    for r in rest:
        j += 1
        while j < n:  # the next word, as `_next_words` finds it
            w = words[j]
            if w and w[0].isalpha():
                break
            if w in _SENTENCE_STOPS:
                return None
            j += 1
        else:
            return None
        if r not in keys[j] and r != words[j]:
            return None
    return j


def _far_object(words, keys, i, phrase: Phrase, compiled: CompiledEvents,
                verbs_at: frozenset[int], other: frozenset[str] = frozenset()) -> int | None:
    """The last word of the phrase's object standing past its window, within its `reach`,
    after a long subject (see COMMAS above for what may stand between), else None. A word
    that may begin an object of `other` phrases of the same verb ends the search: it is the
    verb's object (يشن الجيش منذ سنتين عمليات … لصد هجمات: عمليات, not هجمات)."""
    nxt = _next_words(words, i, phrase.reach)
    stops = compiled.contexts.get("phrase_reach_stops", frozenset())
    times = compiled.contexts.get("phrase_reach_times", frozenset())
    prev = i
    subject = closed = False  # a subject's word met; a time word after it (its end) met
    pp = False  # a prepositional phrase after the subject met (بدعم جوي)
    for k, j in enumerate(nxt):
        comma = any(words[x] in COMMAS for x in range(prev + 1, j))
        in_pp = _in_subject_pp(words, nxt, k, phrase.first_keys)
        if k >= phrase.window and not keys[j].isdisjoint(phrase.first_keys) and \
                words[nxt[k - 1]] not in ADVERBIAL_PREPS and not in_pp and \
                any("p" not in how for stem, how in compiled.analyse(words[j])[0]
                    if stem in phrase.first_keys):
            best = 0
            for obj in phrase.objects:
                if best < len(obj) <= len(nxt) - k and all(
                        not obj[m].isdisjoint(keys[nxt[k + m]]) for m in range(len(obj))):
                    best = len(obj)
            if best:
                return nxt[k + best - 1]
        if comma:
            return None
        if words[j] in times:  # (before the verbs: فجر "dawn" is no فجّر)
            closed = subject
        elif in_pp or (closed and _pp_word(words[j], phrase.first_keys)) or \
                (pp and words[j] in _OF):
            pp = True  # (مساء أمس بدعم جوي من طائرات التحالف: a PP, then the object)
        elif j in verbs_at or words[j] in stops or (closed and not pp) or \
                not keys[j].isdisjoint(other) or \
                strip_conj(words[j]) in compiled.speech_forms:  # (وقال: a new clause)
            return None  # أطلقت الحكومة أمس حملة: after the subject and its time, an object
        else:
            subject = True
        prev = j
    return None


_OF = frozenset(fold(w) for w in ("من", "مع"))  # (بدعم من الغارات، بالتعاون مع: a PP's genitive)


def _pp_word(word: str, first_keys: frozenset[str]) -> bool:
    """A word with ب on it (بدعم، بمساندة، بالتعاون) that begins no object of the phrase."""
    return strip_conj(word).startswith("ب") and \
        any(how.endswith("pb") for _stem, how in word_keys(word)) and \
        all(stem not in first_keys for stem, _how in word_keys(word))


def _in_subject_pp(words, nxt: list[int], k: int, first_keys: frozenset[str]) -> bool:
    """The word nxt[k] is the genitive of a prepositional phrase after the verb's subject
    (وشنت القوات بدعم من الغارات الجوية هجمات، بمساندة الغارات: the raids support the
    subject, the object is what follows), not the phrase's object."""
    if k < 2 or any("p" in how for _s, how in word_keys(words[nxt[0]])[1:]):
        return False  # (تعرضت للتدمير بسبب العدوان: no subject after the verb)
    b = k - 1
    if b >= 1 and words[nxt[b]] in _OF:
        b -= 1
    elif not strip_conj(words[nxt[k]]).startswith("ال"):
        return False  # (وتشن الولايات المتحدة باستمرار غارات، أنصار بوتين طائرة: the object)
    elif b >= 1 and (words[nxt[b]].startswith("لل") or any(
            "p" in how and stem.startswith("ال") for stem, how in word_keys(words[nxt[b]]))):
        return False  # (بمساندة الطيران للتحالف هجوما: a definite noun governs no genitive)
    return b >= 1 and _pp_word(words[nxt[b]], first_keys)


def _phrase_object(words, keys, i, phrase: Phrase) -> int | None:
    nxt = _next_words(words, i, phrase.window + 2)
    for k, j in enumerate(nxt[:phrase.window]):
        if keys[j].isdisjoint(phrase.first_keys):
            continue
        if phrase.reach and _in_subject_pp(words, nxt, k, phrase.first_keys):
            continue  # (only the violent phrases: ووعد خامنئي باستمرار دعم is the object)
        if k > 0 and words[nxt[k - 1]] in ADVERBIAL_PREPS:
            break  # أكد الوزير خلال لقائه: the noun heads an adverbial, it is no object
        if k > 0 and words[nxt[k - 1]] in FRAME_IN and k + 1 < len(nxt) and \
                words[nxt[k + 1]] in FRAME_WITH:
            break  # طالب النجيفي في حوار مع الصحيفة: "in an interview with", an adverbial
        best = 0
        for obj in phrase.objects:
            if best < len(obj) <= len(nxt) - k and all(
                    not obj[m].isdisjoint(keys[nxt[k + m]]) for m in range(len(obj))):
                best = len(obj)  # the longest object at this position: علاقات دبلوماسية
        if best:
            return nxt[k + best - 1]
    return None
