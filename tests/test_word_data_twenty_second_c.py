"""Knowledge is data, twenty-second session (C): categories of grammar.json that no test showed
changing the output when a user edits them (the NOT_YET_SHOWN lists of
test_word_data_twenty_second_a.py) get a sentence here: written for these tests, read with the
built-in dictionaries, with a user's grammar.json that takes the category's words out, and with
a user's file of kind grammar that adds a word. Published 2015-07-25.

(The categories were data already: what is new is the proof that a user's edit reaches the
rule; the check of the lists, at the end, is what the tree before did not have.)
"""

from __future__ import annotations

import pytest

import marsad
from _lexicon_edits import without as _without, user_words as _user_file  # noqa: E402

PUBLISHED = "2015-07-25"


@pytest.fixture(scope="module")
def nlp():
    return marsad.load()


def _orgs(doc) -> list[tuple]:
    return [(e.text, e.actor_code) for e in doc.entities if e.type == "ORG"]


def _modalities(doc) -> list[tuple]:
    return [(e.trigger, e.cameo, e.modality) for e in doc.events]


# -- compass_words: الجزيرة after a compass word is the peninsula, not the channel -----------------
RAIN = "تساقطت الأمطار على شمال الجزيرة أمس."
RAIN_FAR = "تساقطت الأمطار على أقصى الجزيرة أمس."


def test_compass_words_taken_out_make_the_peninsula_the_channel(nlp, tmp_path):
    assert _orgs(nlp(RAIN, published=PUBLISHED)) == []
    other = marsad.load(lexicon_dirs=[_without(tmp_path, "compass_words")])
    assert _orgs(other(RAIN, published=PUBLISHED)) == [("الجزيرة", "QATMED")]


def test_a_compass_word_a_user_adds_reads_the_peninsula(nlp, tmp_path):
    assert _orgs(nlp(RAIN_FAR, published=PUBLISHED)) == [("الجزيرة", "QATMED")]
    other = marsad.load(lexicon_dirs=[_user_file(tmp_path, "compass_words", ["أقصى"])])
    assert _orgs(other(RAIN_FAR, published=PUBLISHED)) == []


# -- an_words: بعد أن before a past verb: what happened before the news (historical) --------------
AFTER = "وصل الوزير إلى عدن بعد أن هاجم المسلحون المطار."


def test_an_words_taken_out_make_the_earlier_attack_news(nlp, tmp_path):
    assert ("هاجم", "190", "historical") in _modalities(nlp(AFTER, published=PUBLISHED))
    other = marsad.load(lexicon_dirs=[_without(tmp_path, "an_words")])
    assert ("هاجم", "190", "asserted") in _modalities(other(AFTER, published=PUBLISHED))


# -- the lists ------------------------------------------------------------------------------------
SHOWN_HERE = frozenset({"compass_words", "an_words"})


def test_the_categories_shown_here_left_the_not_yet_shown_list():
    import test_word_data_twenty_second_a as a

    assert a.SHOWN_IN_C == SHOWN_HERE
    assert SHOWN_HERE.isdisjoint(a.NOT_YET_SHOWN)
