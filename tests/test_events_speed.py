"""The events stage's cached fast paths give what the plain computations they replace give
(docs/performance.md, "Events stage, third session" and "Events on fresh text, fifth session").
Own sentences and words; (slow) the words of real articles."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

import marsad
from marsad.events.modality import _CUE_KIND, _REACH, ORDER, _cue_at, modality
from marsad.events.patterns import (ENCLITICS, _NO_HITS, _phrase_object, compile_events,
                                    find_triggers, lookup_word, sentence_keys, sentence_words,
                                    word_keys)
from marsad.events.register import read_register
from marsad.events.roles import HARD_STOPS
from marsad.lexicon import load_lexicon
from marsad.events.clauses import _word
from marsad.text.normalize import fold

SAUDI = Path(__file__).resolve().parents[2] / "shared" / "data" / "saudinewsnet"

SENTENCES = [
    "لم يزر الوزير طهران أمس، ولن يلتقي نظيره الأسبوع المقبل.",
    "لا يزال الجيش يقصف المدينة، وقد هدد المسلحون بمهاجمة السفن.",
    "شنت الطائرات غارات على مواقع المسلحين وأسفرت عن مقتل 12 شخصاً.",
    "قام الرئيس بزيارة إلى موسكو حيث أجرى محادثات مع نظيره حول التعاون.",
    "إذا هاجمت القوات القرية فإنها ستواجه مقاومة، كما يقول السكان دائماً.",
    "تظاهر المئات في العاصمة احتجاجاً على الغلاء، ورفعوا لافتات.",
]


@pytest.fixture(scope="module")
def compiled():
    return compile_events(load_lexicon())


@pytest.fixture(scope="module")
def sentences():
    nlp = marsad.load(stages=["layout", "sentences", "tokens"])
    out = []
    for text in SENTENCES:
        doc = nlp(text)
        out.append(doc.tokens)
    return out


def _plain_modality(words, first, last, cues, strip=""):
    """The scan the cached one replaced: every cue kind tested at every position in its reach."""
    found = {"future"} if "f" in strip else set()
    # (the "still" words, their own cue kind since the seventeenth session, mask as continuation)
    masked = {k + m for k in range(max(0, first - 4), first)
              for s in (*cues.get("continuation", ()), *cues.get("still", ()))
              if tuple(words[k:k + len(s)]) == s or (
                  words[k][:1] in "وف" and words[k][1:] == s[0]
                  and tuple(words[k + 1:k + len(s)]) == s[1:]) for m in range(len(s))}
    for kind in cues:
        if kind not in _REACH or kind == "report":
            continue
        before, after = _REACH[kind]
        for k in range(first - 1, max(-1, first - before - 1), -1):
            if words[k] in HARD_STOPS:
                break
            if k not in masked and _cue_at(words, k, cues.multi[kind], cues.singles[kind]):
                found.add(_CUE_KIND[kind])
        for k in range(last + 1, min(len(words), last + after + 1)):
            if words[k] in HARD_STOPS:
                break
            if _cue_at(words, k, cues.multi[kind], cues.singles[kind]):
                found.add(_CUE_KIND[kind])
    return next((m for m in ORDER if m in found), "asserted")


def test_sentence_words_gives_the_plain_forms_and_keys(compiled, sentences):
    for toks in sentences:
        words = [_word(t) for t in toks]
        keys, taa = sentence_keys(words, toks, compiled)
        assert sentence_words(toks, compiled) == (words, keys, taa)
    # the cache answers the same the second time
    assert sentence_words(sentences[0], compiled)[0] == [_word(t) for t in sentences[0]]


def test_modality_at_every_position_matches_the_plain_scan(compiled, sentences):
    seen = set()
    for toks in sentences:
        words, _, _ = sentence_words(toks, compiled)
        for first in range(len(words)):
            for last in (first, min(first + 1, len(words) - 1)):
                for strip in ("", "f"):
                    got = modality(words, first, last, compiled.cues, strip)
                    assert got == _plain_modality(words, first, last, compiled.cues, strip)
                    seen.add(got)
    assert {"negated", "future", "asserted"} <= seen  # the sentences do exercise the cues


def test_light_verb_objects_are_found_as_without_the_filter(compiled, sentences):
    n = 0
    for toks in sentences:
        words, keys, taa = sentence_words(toks, compiled)
        phrases = [t for t in find_triggers(words, compiled, keys, taa) if t.kind == "phrase"]
        for t in phrases:
            head = compiled.word_hits(words[t.head])
            ph = next(h.phrase for h, how in head[0] + head[1] if h.kind == "head"
                      and h.pattern == t.pattern)
            assert _phrase_object(words, keys, t.head, compiled.phrases[ph]) == t.last
            n += 1
    assert n >= 2  # شنت … غارات، قام … بزيارة، أجرى محادثات


def test_register_with_the_cached_lists_is_the_plain_one(compiled, sentences):
    for toks in sentences:
        words, keys, _ = sentence_words(toks, compiled)
        a = read_register(keys, words, compiled.contexts)
        b = read_register(keys, words, compiled.contexts, lists_of=compiled.context_names)
        assert (a.names, a.evidence) == (b.names, b.evidence)
    words, keys, _ = sentence_words(sentences[2], compiled)
    assert read_register(keys, words, compiled.contexts,
                         lists_of=compiled.context_names).evidence  # مقتل، 12: signs


# Words for the first-sight shortcuts, chosen by hand to take every branch of `word_keys` (each
# prefix alone and combined, the enclitics with ة and hamza restored, the 2- and 3-letter limits)
# and to hit, or just miss, the events and speech indexes, the phrases, contexts and cues.
WORDS = ["", "و", "وف", "ال", "لل", "بال", "ولل", "سي", "ستا", "ي", "ه", "هما", "كم", "ابي",
         "وشن", "فشن", "شن", "وبه", "فسي", "والشجرة", "بحديقتها", "زيارته", "وزيارته", "بزيارتهم", "للزيارة", "وللزيارة",
         "والزيارة", "لقائه", "بلقائها", "الاجتماعي", "اجتماعه", "بيتهما", "ليتهم", "سيزور",
         "وسيزورون", "ستقصف", "فستقصفها", "بالقصف", "كالقصف", "لقصفها", "الكتاب", "كتابك",
         "كتابكم", "كتابنا", "كتابي", "كتابهن", "قتلاه", "سماءه", "المدينة", "ومدينتنا",
         "ندعم", "ونثمن", "أدين", "شنت", "غارات", "والغارات", "بغارة", "محادثات", "مظاهرة",
         "ضحايا", "مقتل", "امس", "المقبل", "دائما", "لن", "ولم", "قد", "لا", "يزال", "وما", "زال",
         "حكومة", "marsad", "الحكومه", "عبوة", "ناسفة"]


def _plain_word_keys(word: str) -> list[tuple[str, str]]:
    """`word_keys` as it was written before its fast paths (fifth session)."""
    out: list[tuple[str, str]] = [(word, "")]
    seen = {word}

    def add(stem: str, how: str) -> None:
        if (len(stem) >= 3 or (how == "c" and len(stem) == 2)) and stem not in seen:
            seen.add(stem)
            out.append((stem, how))

    bases = [(word, "")]
    if word[:1] in "وف" and len(word) > 2:
        bases.append((word[1:], "c"))
    for base, how in list(bases):
        if base.startswith("لل") and len(base) > 4:
            bases.append(("ال" + base[2:], how + "p"))
            bases.append((base[2:], how + "pa"))
        elif base[:1] in "بلك" and len(base) > 3:
            bases.append((base[1:], how + ("p" if base[0] == "ل" else "pb")))
        if base[:1] == "س" and base[1:2] in "يتنا" and len(base) > 4:
            bases.append((base[1:], how + "f"))
    for base, how in list(bases):
        if base.startswith("ال") and len(base) > 4:
            bases.append((base[2:], how + "a"))
    for base, how in bases:
        add(base, how)
    for base, how in bases:
        for suf in ENCLITICS:
            if base.endswith(suf) and len(base) - len(suf) >= 3:
                stem = base[: -len(suf)]
                add(stem, how + ("y" if suf == "ي" else "e"))
                if stem.endswith("ت"):
                    add(stem[:-1] + "ه", how + "e")
                elif stem.endswith("اي"):
                    add(stem[:-1] + "ء", how + ("y" if suf == "ي" else "e"))
    return out


def _plain_word_hits(compiled, word: str) -> tuple:
    """`CompiledEvents.word_hits` without its filters: the four lookups, every phrase one of
    whose objects may begin with one of the word's match keys, and the two lookups of the word
    written with a final ه."""
    lk, keys = compiled.analyse(word)
    return (tuple(lookup_word(lk, compiled.index, False)),
            tuple(lookup_word(lk, compiled.index, True)),
            tuple(lookup_word(lk, compiled.speech_index, False)),
            tuple(lookup_word(lk, compiled.speech_index, True)),
            frozenset(p for p, ph in enumerate(compiled.phrases)
                      if not keys.isdisjoint(ph.first_keys)),
            tuple(lookup_word(lk, compiled.index, heh=True)),
            tuple(lookup_word(lk, compiled.speech_index, heh=True)))


def _check_words(compiled, words) -> int:
    """Compare every shortcut with its plain computation on `words`; the number of words found in
    an index, a context list or a cue (so that a test can see it tried both sides)."""
    found = 0
    for w in words:
        assert word_keys(w) == _plain_word_keys(w), w
        if not w or not w[0].isalpha():
            continue
        keys = compiled.analyse(w)[1]
        got = compiled.word_hits(w)
        assert got == _plain_word_hits(compiled, w), w
        names = compiled.context_names(keys)
        assert names == frozenset(n for n, vocab in compiled.contexts.items()
                                  if not keys.isdisjoint(vocab)), w
        cues = compiled.cues.at(w)
        assert cues == compiled.cues._cues_of(w), w
        found += got != _NO_HITS or bool(names) or cues != (frozenset(), ())
    return found


def test_first_sight_shortcuts_give_the_plain_results(compiled):
    words = [fold(w) for w in WORDS]
    # and the words the dictionary is made of, with clitics around them
    words += sorted(compiled.index)[::7] + sorted(compiled.speech_index)
    words += ["و" + w for w in sorted(compiled.cues.cue_words)]
    words += ["بال" + w for w in sorted(compiled.context_vocab)[::5]]
    words += [w + "ها" for w in sorted(compiled.phrase_keys)]
    found = _check_words(compiled, words)
    assert 0 < found < len(words)
    # each filter answers "nothing" for some of these words and lets others through
    assert compiled.word_hits(fold("والغارات")) != _NO_HITS  # (غارات begins a phrase object)
    assert compiled.word_hits(fold("والشجرة")) == _NO_HITS  # (a tree: no event word)
    assert compiled.word_hits(fold("بحديقتها")) == _NO_HITS
    assert compiled.cues.at(fold("ولن"))[0] == {"negation"}
    assert compiled.cues.at(fold("والشجرة")) == (frozenset(), ())


def test_word_keys_take_the_enclitics_as_before():
    # checked by hand: ة restored before a pronoun, hamza on ي restored, the article not
    # stripped from a 4-letter word, a 2-letter stem kept after و only
    assert word_keys(fold("زيارته")) == [("زيارته", ""), ("زيارت", "e"), ("زياره", "e")]
    # لقائه folds to لقايه: ل may be a preposition, and ئ before the pronoun is a hamza
    assert word_keys(fold("لقائه")) == [("لقايه", ""), ("قايه", "p"), ("لقاي", "e"),
                                        ("لقاء", "e"), ("قاي", "pe"), ("قاء", "pe")]
    assert word_keys(fold("الحق")) == [("الحق", "")]
    assert word_keys(fold("وشن")) == [("وشن", ""), ("شن", "c")]


@pytest.mark.slow
def test_first_sight_shortcuts_on_the_words_of_real_articles(compiled):
    path = SAUDI / "2015-07-25.zip"
    if not path.exists():
        pytest.skip("SaudiNewsNet is not in ../shared/data")
    with zipfile.ZipFile(path) as zf:
        articles = json.loads(zf.read(zf.namelist()[0]))[:400]
    words = sorted({fold(w) for a in articles for w in a["content"].split()})
    assert len(words) > 20_000
    assert _check_words(compiled, words) > 1_000


def _plain_verb_positions(compiled, words):
    """`EventStage._verb_positions` as it was before its per-word cache (fifth session)."""
    verbs, own = [], []
    for i, w in enumerate(words):
        if not w or not w[0].isalpha():
            continue
        got = compiled.word_hits(w)
        hits = got[0] + got[1] + got[2] + got[3]
        if not hits:
            continue
        if any(h.form.tense in ("past", "present") for h, _ in hits):
            verbs.append(i)
        elif (w[1:] if w[:1] in "وف" else w)[:1] in ("ب", "ل", "ك") and \
                any("p" not in how for _, how in hits):
            own.append(i)
    return frozenset(verbs), frozenset(own)


@pytest.fixture(scope="module")
def pipeline():
    return marsad.load()


def _event_stage(nlp):
    return next(s for s in nlp.stages if s.name == "events")


def test_cached_verb_flags_are_the_plain_ones(pipeline):
    stage = _event_stage(pipeline)
    c = stage.compiled
    words = [fold(w) for w in WORDS + ["تطالب", "بحث", "وبحث", "فلقاء", "123", "،"]]
    words += sorted(c.index)[::11] + sorted(c.speech_index)
    words += ["و" + w for w in sorted(c.index)[::13]] + ["ل" + w for w in sorted(c.index)[::13]]
    expected = _plain_verb_positions(c, words)
    c.verb_cache.clear()
    assert stage._verb_positions(words) == expected  # filling the cache
    assert stage._verb_positions(words) == expected  # answered from it
    assert set(words) <= set(c.verb_cache)
    # one word at a time too (its position is 0 then)
    for w in words:
        assert stage._verb_positions([w]) == _plain_verb_positions(c, [w]), w
    verbs, own = expected
    assert verbs and own and len(verbs) + len(own) < len(words)
    # checked by hand: شنت and ستقصف are verbs, the ل of لقائه is its own, the ب of بزيارة
    # is a preposition, الشجرة is no event word
    flags = [stage._verb_positions([fold(w)]) for w in ("شنت", "ستقصف", "لقائه", "بزيارة",
                                                        "الشجرة")]
    assert flags == [(frozenset({0}), frozenset()), (frozenset({0}), frozenset()),
                     (frozenset(), frozenset({0})), (frozenset(), frozenset()),
                     (frozenset(), frozenset())]


def test_events_are_the_same_with_the_verb_cache_empty_filled_or_unused(pipeline, monkeypatch):
    stage = _event_stage(pipeline)
    text = "\n\n".join(SENTENCES)

    def events():
        return pipeline(text, published="2015-07-25").to_dict()["events"]

    stage.compiled.verb_cache.clear()
    empty = events()
    assert stage.compiled.verb_cache  # the pass filled it
    filled = events()
    monkeypatch.setattr(stage, "_verb_positions",
                        lambda words: _plain_verb_positions(stage.compiled, words))
    plain = events()
    assert len(empty) >= 3  # (visits, air strikes, threats, a demonstration…)
    assert empty == filled == plain
