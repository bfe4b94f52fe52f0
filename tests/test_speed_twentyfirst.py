"""Speed, twenty-first session: sentence-wide tests run in C, and work stopped at a first miss.

- `EventStage._sports_document` passes over a sentence none of whose words is of sport with one
  `map` of the list's `isdisjoint` over its words' keys (in C), and `EventStage._sports` answers
  False the same way for a sentence with no word of either list, before any loop in Python.
- `EventStage._plot_until` tests the words' keys against its lists by a `map` of the list's
  `isdisjoint` (no chain of every key through an iterator; the same answers: no test here
  tells the two apart, the dumps of docs/performance.md do).
- `find_triggers` reads only the words whose cached answer is not the shared "no hit" one.
- `_match_rest` compares each next word as it finds it, instead of listing them first
  (`_next_words`).
- `_reporter` reads the grammar's list of attribution words once a call, not once a word.

Each is checked to give what the code gave before, on cases worked out by hand. The sentences
and words are ours.
"""

from __future__ import annotations

import pytest


def _event_stage(nlp):
    from marsad.stages.events import EventStage

    return next(s for s in nlp.stages if isinstance(s, EventStage))


class _Keys(frozenset):
    """A word's match keys that count the calls of their own `isdisjoint` (what a loop in
    Python over the words asks of each; a list's `isdisjoint` given them does not call it)."""

    reads: list[str] = []  # (set per test below)

    def isdisjoint(self, other):
        _Keys.reads.append("isdisjoint")
        return frozenset.isdisjoint(self, other)


# (ours: words of a sentence on politics, none of sport, of a story or of a work)
PLAIN = ["قال", "الوزير", "ان", "الحكومه", "ستدرس", "الاقتراح", "غدا"]


def _keys(words):
    return [_Keys({w}) for w in words]


def test_a_sentence_with_no_word_of_sport_is_passed_over_in_c(nlp, monkeypatch):
    stage = _event_stage(nlp)
    sports = stage._context("sports")
    assert sports and not sports & set(PLAIN)
    monkeypatch.setattr(_Keys, "reads", [])
    keys = _keys(PLAIN)
    assert stage._sports(None, keys, sports) is False  # (no view needed: no word read)
    assert stage._sports_document([(PLAIN, keys, [False] * len(PLAIN))]) is False
    assert _Keys.reads == []  # before: each word's keys asked `isdisjoint`
    # by hand: three different words of sport make an article about sport, one word of sport
    # a sentence about it (single words of the list, not its phrases)
    single = sorted(w for w in sports if " " not in w and not w.startswith("ال"))[:3]
    assert len(single) == 3
    words = PLAIN + single
    assert stage._sports_document([(words, _keys(words), [False] * len(words))]) is True
    assert stage._sports_document([(PLAIN + single[:2], _keys(PLAIN + single[:2]),
                                    [False] * 9)]) is False  # two words: not yet


def test_match_rest_compares_each_next_word_as_it_finds_it(monkeypatch):
    from marsad.events import patterns

    listed = []
    real = patterns._next_words

    def counting(words, i, limit):
        listed.append(i)
        return real(words, i, limit)

    monkeypatch.setattr(patterns, "_next_words", counting)
    # (ours: folded words; each word's keys are itself, and الناري also has the key النار)
    words = ["اطلق", "،", "الجنود", "النار", ".", "علي", "الحشد"]
    keys = [frozenset({w}) for w in words]
    keys[3] = frozenset({"النار", "نار"})
    rest = patterns._match_rest
    assert rest(words, keys, 0, ("الجنود",)) == 2  # past the comma (no stop)
    assert rest(words, keys, 0, ("الجنود", "النار")) == 3
    assert rest(words, keys, 0, ("الجنود", "نار")) == 3  # by a key, not the written word
    assert rest(words, keys, 0, ("النار",)) is None  # the next word is الجنود
    assert rest(words, keys, 2, ("النار", "علي")) is None  # the full stop ends the sentence
    assert rest(words, keys, 5, ("الحشد", "امس")) is None  # the sentence ends first
    assert rest(words, keys, 6, ("امس",)) is None
    assert listed == []  # before: the next words listed first, at each call


class _CountedFlags(list):
    """The ة flags of a sentence's words, counting the words whose flag is read."""

    def __getitem__(self, i):
        self.read.append(i)
        return list.__getitem__(self, i)


def test_find_triggers_reads_only_the_words_with_a_hit(nlp):
    from marsad.events.patterns import find_triggers, sentence_words

    # (ours: one verb of violence among words of no event)
    doc = nlp("قال الوزير إن المسلحين هاجموا القرية أمس.", published="2015-07-25")
    stage = _event_stage(nlp)
    c = stage.compiled
    words, keys, taa = sentence_words(doc.tokens, c)
    plain = find_triggers(words, c, keys, taa)
    flags = _CountedFlags(taa)
    flags.read = []
    counted = find_triggers(words, c, keys, flags)
    assert [(t.pattern, t.first, t.last, t.kind) for t in counted] == \
        [(t.pattern, t.first, t.last, t.kind) for t in plain]
    attack = words.index("هاجموا")
    assert [t.first for t in plain] == [attack]  # by hand: the one verb of violence
    # the flag of the attacking verb is read; those of قال، الوزير، القرية… (no hit) are not
    assert attack in flags.read
    assert len(flags.read) < len(words) - 3  # before: every word's flag was read


def test_the_reporter_reads_the_attribution_words_once_a_call(nlp, monkeypatch):
    import marsad.events.participants as participants
    import marsad.stages.events as stage_module

    calls = []
    real = stage_module._reporter

    def keeping(view, trig, c, *rest):  # (rest: whether the act is violent, twenty-sixth session)
        calls.append((view, trig, c))
        return real(view, trig, c, *rest)

    monkeypatch.setattr(stage_module, "_reporter", keeping)
    # (ours: an attack told as done, with words before and after it and no source named)
    nlp("وقال شهود عيان في المدينة الصغيرة إن مسلحين مجهولين هاجموا مركز الشرطة في ساعة "
        "متأخرة من مساء أمس.", published="2015-07-25")
    assert calls
    view, trig, c = calls[0]
    assert len(view.words) > 15
    expected = real(view, trig, c)
    assert expected is None  # by hand: no بحسب / وفقا / نقلا عن and no agency's verb
    asked = []
    grammar = participants.grammar_words

    def counting():
        asked.append(1)
        return grammar()

    monkeypatch.setattr(participants, "grammar_words", counting)
    assert real(view, trig, c) is None
    assert len(asked) == 1  # before: once for every word of the sentence


class _SlicedWords(list):
    """A sentence's words that count the slices taken of them."""

    def __getitem__(self, i):
        if isinstance(i, slice):
            self.slices.append(i)
        return list.__getitem__(self, i)


def test_agent_phrase_slices_the_sentence_only_where_a_marker_begins(nlp):
    from marsad.events import roles

    markers = _event_stage(nlp).compiled.agent_markers
    assert markers and all(markers)
    # (ours, folded: a killing told with no agent after it, then one with على يد and no actor)
    words = _SlicedWords(["قتل", "ثلاثه", "جنود", "في", "هجوم", "امس", "قرب", "الحدود"])
    words.slices = []
    view = roles.SentenceView(0, [], words)
    assert roles.agent_phrase(view, 0, markers) == []
    assert words.slices == []  # before: a slice for every word and marker
    first = next(mk for mk in markers if mk[0] not in words)
    with_marker = _SlicedWords(["قتل", "جندي"] + list(first) + ["امس"])
    with_marker.slices = []
    view = roles.SentenceView(0, [], with_marker)
    assert roles.agent_phrase(view, 0, markers) == []  # by hand: no actor named after it
    assert with_marker.slices  # the marker's words compared where it begins
    assert all(s.start == 2 for s in with_marker.slices)
