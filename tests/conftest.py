"""Shared fixtures: the project root, ../shared, and one default pipeline per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLE_TXT = SHARED / "examples" / "000_b12d04d345356f66.txt"
EXAMPLE_GOLD = SHARED / "examples" / "000_b12d04d345356f66.gold.json"


@pytest.fixture(scope="session")
def nlp():
    import marsad

    return marsad.load()


@pytest.fixture(scope="session")
def example_text() -> str:
    if not EXAMPLE_TXT.exists():
        pytest.skip("../shared/examples is not beside the project")
    return EXAMPLE_TXT.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def example_doc(nlp, example_text):
    return nlp(example_text, published="2017-11-02", doc_id="000_b12d04d345356f66")
