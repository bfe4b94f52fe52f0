"""Shared by the quotes tests: the stages the quotes stage reads (layout, sentences, tokens) and
the quotes stage alone, so that each test sets the actors by hand; and, for the tests that read
the actors stage's entities, a pipeline with it (`nlp`) and the speaker's text."""

from __future__ import annotations

import pytest

import marsad
from marsad.stages.quotes import QuoteStage


@pytest.fixture(scope="module")
def base():
    """Layout, sentences and tokens only: the actors are set by hand in each case."""
    return marsad.load(stages=["layout", "sentences", "tokens"])


@pytest.fixture(scope="module")
def stage(base):
    """The quotes stage, without the subjects the actors stage would find."""
    return QuoteStage(base.resources, use_actor_subjects=False)


@pytest.fixture(scope="module")
def nlp():
    """With the actors stage: authors, antecedents and subjects are entities it finds."""
    return marsad.load(stages=["layout", "sentences", "tokens", "actors", "quotes"])


def speaker_text(text, q):
    """The speaker's span in `text` (the test fails when the quote has no speaker)."""
    assert q.speaker is not None, f"no speaker for {q.text!r}"
    return text[q.speaker.start:q.speaker.end]


def quote_with(nlp, text, words):
    """The one quote of `text` (run through `nlp`) whose text holds `words`."""
    quotes = [q for q in nlp(text).quotes if words in q.text]
    assert len(quotes) == 1, [q.text for q in nlp(text).quotes]
    return quotes[0]
