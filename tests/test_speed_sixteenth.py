"""Speed, sixteenth session: steps that did work whose answer was already known.

- `lexicon.loader.read_file` checks a dictionary file against its schema once per text: the
  pipeline reads every file when it loads, and the dates and amounts stages read some of them
  again when their first document needs them (the place names of countries.json and cities.json,
  the categories of dates.json); the second check of the same text (0.1 s for cities.json) is no
  longer made. A file whose text changed is checked again, and its errors are still reported.
- The quote reader asks `_document_verb_at` (وجاء في بيان …) only of words that are a document
  verb, also after و/ف, and finds the same quotes.

The sentences are ours.
"""

from __future__ import annotations

import pytest

from marsad.errors import LexiconError
from marsad.lexicon import loader
from marsad.quotes.extract import DocumentQuotes


def _numbers_file(tmp_path):
    """A copy of the built-in numbers dictionary (a valid file) in a folder of its own."""
    p = tmp_path / "numbers.json"
    p.write_text((loader.builtin_data_dir() / "numbers.json").read_text(encoding="utf-8"),
                 encoding="utf-8")
    return p


def test_a_text_found_valid_is_not_checked_again(tmp_path, monkeypatch):
    p = _numbers_file(tmp_path)
    first = loader.read_file(p, "numbers.json")
    calls = []
    real, real_quick = loader._validator, loader._quick_check

    def counting(kind):
        calls.append(kind)
        return real(kind)

    def counting_quick(kind):  # (the quick test before the full check: twenty-fifth session)
        calls.append(kind)
        return real_quick(kind)

    monkeypatch.setattr(loader, "_validator", counting)
    monkeypatch.setattr(loader, "_quick_check", counting_quick)
    again = loader.read_file(p, "numbers.json")
    assert calls == []  # the same text: no second schema check
    assert again.entries == first.entries and again.kind == "numbers"
    # each reader still gets objects of its own (the data is parsed again)
    assert again.entries[0] is not first.entries[0]
    # a changed text (here only its spacing) is checked again
    p.write_text(p.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    loader.read_file(p, "numbers.json")
    assert calls == ["numbers"]
    # and a changed text with an error is still reported; once mended it reads again
    text = p.read_text(encoding="utf-8")
    p.write_text(text.replace('"entries"', '"entries_misspelt"', 1), encoding="utf-8")
    with pytest.raises(LexiconError):
        loader.read_file(p, "numbers.json")
    p.write_text(text, encoding="utf-8")
    assert loader.read_file(p, "numbers.json").kind == "numbers"


@pytest.fixture(scope="module")
def nlp():
    import marsad

    return marsad.load()


def test_document_verb_asked_only_of_its_words(nlp, monkeypatch):
    asked = []
    real = DocumentQuotes._document_verb_at

    def spy(self, i, b):
        asked.append(self.folded[i])
        return real(self, i, b)

    monkeypatch.setattr(DocumentQuotes, "_document_verb_at", spy)
    doc = nlp("وجاء في بيان للوزارة أن الاجتماع سيعقد غدا في العاصمة. وزار الوزير المدينة أمس.")
    # the statement's content is still read as a quote, with the ministry's statement
    assert [q.text for q in doc.quotes] == ["الاجتماع سيعقد غدا في العاصمة"]
    # وجاء is asked about (after و); none of the other words of the two sentences is
    assert asked == ["وجاء"]
