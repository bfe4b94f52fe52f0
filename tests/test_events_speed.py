"""The events stage's cached fast paths give what the plain computations they replace give
(docs/performance.md, "Events stage, third session"). Own sentences."""

from __future__ import annotations

import pytest

import marsad
from marsad.events.modality import _CUE_KIND, _REACH, ORDER, _cue_at, modality
from marsad.events.patterns import (_phrase_object, compile_events, find_triggers, sentence_keys,
                                    sentence_words)
from marsad.events.register import read_register
from marsad.events.roles import HARD_STOPS
from marsad.lexicon import load_lexicon
from marsad.stages.events import _word

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
    masked = {k + m for k in range(max(0, first - 4), first) for s in cues.get("continuation", ())
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
