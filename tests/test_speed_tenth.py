"""Speed, tenth session: the events stage's story rule (`EventStage._plot_until`, run on every
sentence) reads its two word lists with one set test a sentence, not `context_names` a word,
and gives what it gave.

The words are ours: المشهد، أحداث، البطل are words of a story (`plot_words`), فيلم، رواية، مسلسل
name a work (`register_culture`), the others are in neither list.
"""

from __future__ import annotations

import pytest

from marsad.document import Sentence, Token
from marsad.events.patterns import CompiledEvents
from marsad.pipeline import Resources
from marsad.stages.events import EventStage
from marsad.text.normalize import fold

STORY = ["المشهد", "أحداث", "البطل"]
WORK = ["فيلم", "رواية", "مسلسل"]
OTHER = ["الوزير", "اجتماع", "في", "أمس"]


@pytest.fixture(scope="module")
def stage():
    return EventStage(Resources())


def _keys(stage, words):
    return [stage.compiled.analyse(fold(w))[1] for w in words]


def _toks(last: str = "."):
    return [Token(0, 1, "x", "word"), Token(1, 2, last, "punct")]


def _by_lists(stage, words, paragraph, plot_until, last="."):
    """The rule as written before, through `context_names` word by word."""
    plot = culture = False
    for ks in _keys(stage, words):
        got = stage.compiled.context_names(ks)
        plot = plot or "plot_words" in got
        culture = culture or "register_culture" in got
    if plot and (culture or plot_until is not None and paragraph <= plot_until + 1):
        return paragraph + (1 if last == ":" else 0)
    return plot_until


def _no_lookup(self, keys):
    raise AssertionError("context_names called")


def test_the_story_rule_asks_no_word_its_lists(stage, monkeypatch):
    monkeypatch.setattr(CompiledEvents, "context_names", _no_lookup)
    sent = Sentence(0, 10, "body", paragraph=4)
    plot_until = stage._plot_until
    # a work and a word of its story open the story for the paragraph (and the next after ":")
    assert plot_until(sent, _keys(stage, OTHER + STORY[:1] + WORK[:1]), _toks(), None) == 4
    assert plot_until(sent, _keys(stage, WORK[1:2] + OTHER + STORY[2:]), _toks(":"), None) == 5
    # a word of story alone carries on a story of this paragraph or the one before
    assert plot_until(sent, _keys(stage, OTHER + STORY[1:2]), _toks(), 3) == 4
    assert plot_until(sent, _keys(stage, OTHER + STORY[1:2]), _toks(), 2) == 2
    assert plot_until(sent, _keys(stage, OTHER + STORY[1:2]), _toks(), None) is None
    # a work without a word of story, or neither: nothing changes
    assert plot_until(sent, _keys(stage, OTHER + WORK), _toks(), None) is None
    assert plot_until(sent, _keys(stage, OTHER), _toks(), 3) == 3
    assert plot_until(sent, [], _toks(), 3) == 3


SENTENCES = [OTHER, STORY, WORK, OTHER + STORY[:1], WORK[2:] + OTHER + STORY[1:],
             ["و" + STORY[0]], ["ب" + WORK[0]] + OTHER, [w + "ه" for w in WORK] + STORY[2:]]


def test_the_story_rule_gives_what_the_lists_word_by_word_give(stage, monkeypatch):
    cases = [(words, plot_until, last) for words in SENTENCES for plot_until in (None, 2, 3, 4)
             for last in (".", ":")]
    expected = [_by_lists(stage, *case[:1], 4, *case[1:]) for case in cases]
    assert len(set(map(str, expected))) > 3  # stories opened, carried on and not
    monkeypatch.setattr(CompiledEvents, "context_names", _no_lookup)
    sent = Sentence(0, 10, "body", paragraph=4)
    assert [stage._plot_until(sent, _keys(stage, words), _toks(last), plot_until)
            for words, plot_until, last in cases] == expected
