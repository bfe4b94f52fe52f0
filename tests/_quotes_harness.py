"""Shared by the quotes tests: the stages the quotes stage reads (layout, sentences, tokens) and
the quotes stage alone, so that each test sets the actors by hand."""

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
