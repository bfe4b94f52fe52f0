"""Twenty-seventh session: work done twice or once a token where once was enough.

1. The amounts stage keeps its numbers out of dates: with no `doc.dates` it ran `find_dates` on
   the whole text itself, though the dates stage had just run that very search (no dateline
   country, not a Saudi article) and found nothing. The dates stage now leaves that answer in
   `doc.state` (`STATE_NO_PLAIN_DATES`, with the date of publication and the lexicon set) and the
   amounts stage reads it instead of searching again; a document the dates stage did not code,
   or coded with another search, is searched as before.
2. The office nouns with a pronoun (سفيرها، وزيره) were sought by testing every token ending in
   ه or ا against the pattern of offices; the answer depends on the word alone, so it is kept by
   the word's text (`coref._office_stems`, per lexicon set, bounded).
"""

from __future__ import annotations

import pytest

import marsad
from marsad.actors import coref
from marsad.dates.extract import STATE_NO_PLAIN_DATES
from marsad.stages import amounts as amounts_stage
from marsad.stages import dates as dates_stage

# (no date in it; a count of persons for the amounts stage)
NO_DATE = "قتل ثلاثة أشخاص في هجوم على سوق المدينة."
WITH_DATE = "قتل ثلاثة أشخاص يوم الأحد في هجوم على سوق المدينة."


@pytest.fixture(scope="module")
def nlp():
    return marsad.load()


def _counting(monkeypatch, module):
    calls = []
    real = module.find_dates

    def counted(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, "find_dates", counted)
    return calls


def test_amounts_do_not_search_dates_again(nlp, monkeypatch):
    by_dates = _counting(monkeypatch, dates_stage)
    by_amounts = _counting(monkeypatch, amounts_stage)
    doc = nlp(NO_DATE, published="2015-07-25")
    assert doc.dates == []
    assert len(by_dates) == 1
    assert by_amounts == []  # (the old code searched the text a second time here)
    assert [a.text for a in doc.amounts] == ["ثلاثة أشخاص"]


def test_amounts_alone_still_search(nlp, monkeypatch):
    """Without the dates stage (or after another search) the amounts stage searches itself,
    and finds what it found after the dates stage."""
    by_amounts = _counting(monkeypatch, amounts_stage)
    doc = nlp.make_doc(NO_DATE, published="2015-07-25")
    for stage in nlp.stages:
        if stage.name != "dates":
            stage(doc)
    assert len(by_amounts) == 1
    assert [a.text for a in doc.amounts] == ["ثلاثة أشخاص"]
    # a mark left for another date of publication is not read
    doc = nlp.make_doc(NO_DATE, published="2015-07-25")
    for stage in nlp.stages:
        if stage.name == "amounts":
            doc.state[STATE_NO_PLAIN_DATES] = (None, ())
        stage(doc)
    assert len(by_amounts) == 2


def test_a_document_with_dates_leaves_no_mark(nlp):
    doc = nlp(WITH_DATE, published="2015-07-25")
    assert [d.text for d in doc.dates] == ["يوم الأحد"]
    assert STATE_NO_PLAIN_DATES not in doc.state
    assert [a.text for a in doc.amounts] == ["ثلاثة أشخاص"]


def test_an_office_word_is_tested_once(nlp, monkeypatch):
    """كتابه ends in ه: the old code tested each of its four tokens, the new one the word once
    (none when an earlier document of the process met it already)."""
    seen = []
    real = coref.Coref.office_stem

    def counted(word, offices=None):
        seen.append(word)
        return real(word, offices)

    monkeypatch.setattr(coref.Coref, "office_stem", staticmethod(counted))
    text = "قرأ الرجل كتابه. ثم أعاد كتابه إلى الرف. وقال إن كتابه جديد وإن كتابه مفيد."
    nlp(text, published="2015-07-25")
    assert seen.count("كتابه") <= 1
    nlp(text, published="2015-07-25")
    assert seen.count("كتابه") <= 1


def test_office_nouns_found_as_before(nlp):
    """سفيرها after a country: the country's ambassador, on a first and a later reading."""
    text = "استدعت الحكومة المصرية سفيرها في قطر للتشاور."
    first = [(e.text, e.canonical) for e in nlp(text, published="2015-07-25").entities]
    again = [(e.text, e.canonical) for e in nlp(text, published="2015-07-25").entities]
    assert first == again
    assert any(t == "سفيرها" for t, _ in first)
