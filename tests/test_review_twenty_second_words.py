"""The lead's review of the twenty-second session: word lists and a name rule.

- The words `events.dating` still held in Python beside the grammar categories (إبان، أثناء:
  openers of a clause of time; يومي، فترة: units after such an opener) are grammar.json
  `during_openers` and `clause_time_units`: a user's edit changes how an event is dated.
- A family name after a feminine verb (وأضافت الأسد) is handed to the one person named before
  with it; when two different persons bear it (a woman and a man), none is taken, since the names
  carry no gender.
Sentences written for these tests; published 2015-07-25.
"""

from __future__ import annotations

import pytest

import marsad
from _lexicon_edits import without as _without, user_words as _user_file  # noqa: E402

PUBLISHED = "2015-07-25"


@pytest.fixture(scope="module")
def nlp():
    return marsad.load()


def _dates(doc) -> list[tuple]:
    return [(e.cameo, e.date, e.date_source) for e in doc.events]


def test_during_openers_date_the_event_by_the_clause_of_time(nlp, tmp_path):
    text = "هاجم مسلحون السفينة التجارية إبان توقفها للتزود بالوقود في ميناء عدن اليمني " \
           "في أكتوبر من عام 2000."
    # إبان opens the clause of the time of the attack: the year ending it is the attack's
    assert _dates(nlp(text, published=PUBLISHED)) == [("190", "2000-10", "expression")]
    other = marsad.load(lexicon_dirs=[_without(tmp_path, "during_openers")])
    assert _dates(other(text, published=PUBLISHED)) == [("190", PUBLISHED, "published")]


def test_clause_time_units_make_a_span_of_its_own(nlp, tmp_path):
    text = "هاجم مسلحون السفينة خلال مدة توقفها في ميناء عدن في أكتوبر من عام 2000."
    # built in, مدة is no unit: خلال opens the clause of time and the year is the attack's
    assert _dates(nlp(text, published=PUBLISHED)) == [("190", "2000-10", "expression")]
    # a user who lists it reads خلال مدة … as a span with a date of its own, as خلال يومي …
    other = marsad.load(lexicon_dirs=[_user_file(tmp_path, "clause_time_units", ["مدة"])])
    assert _dates(other(text, published=PUBLISHED)) == [("190", PUBLISHED, "published")]


def _persons(doc) -> list[tuple]:
    return [(doc.text[e.start:e.end], e.canonical) for e in doc.entities if e.type == "PERSON"]


def test_a_feminine_verb_takes_the_one_woman_named_before(nlp):
    # a control: read so before the mend too
    doc = nlp("قالت بشرى الأسد إن العائلة بخير. وأضافت الأسد أن الوضع صعب.",
              published=PUBLISHED)
    assert ("الأسد", "Bushra al-Assad") in _persons(doc)


def test_two_bearers_of_the_family_name_hand_it_to_none(nlp):
    # a woman, then a man with the same family name: the names carry no gender, so the feminine
    # verb's family name is not given to the nearest (the man)
    doc = nlp("قالت بشرى الأسد إن العائلة بخير. وقال خالد الأسد إن الوضع هادئ. "
              "وأضافت الأسد أن الوضع صعب.", published=PUBLISHED)
    persons = _persons(doc)
    assert ("خالد الأسد", "Khalid al-Assad") in persons
    assert not any(text == "الأسد" and canonical == "Khalid al-Assad"
                   for text, canonical in persons)
