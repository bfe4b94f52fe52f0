"""Names, nineteenth session (docs/accuracy.md, "Dates and names leftovers, nineteenth
session"), on sentences written for this file:

- the head word of a title (أمين of أمين عام) after a name of two words or more, before the
  noun it governs, is no third word of the name (بيتر هانسن [أمين] متحف المدينة);
- in a match report (words.json `match_words`: المباراة، الشوط، مرمى) a city's name that no
  preposition of place, locative word or tournament head governs is its club, an ORG; a
  country's name stays a place (ANERcorp tags national teams as places).
"""

from __future__ import annotations

import pytest
from _pipelines import actors_nlp as nlp  # noqa: F401 (a fixture)
# (the fourteenth session's helper: (name part, actor id) of each PERSON; only it is imported)
from test_actors_fourteenth import persons


def _types(nlp, text):
    """(text, type) of each entity of `text`."""
    return [(e.text, e.type) for e in nlp(text, published="2015-07-23").entities]


def test_a_titles_head_is_no_part_of_the_name(nlp):
    got = persons(nlp, "وقال بيتر هانسن أمين متحف المدينة إن المعرض كبير.")
    assert [n for n, _ in got] == ["بيتر هانسن"]


@pytest.mark.parametrize("text, name", [
    # a name of two words with أمين as its second: the name (guard)
    ("وقال محمد أمين إن الاتفاق قريب.", "محمد أمين"),
    # a title that is a match of its own after the name (guard)
    ("وقال كارل يوهانسون مدير المتحف إن المعرض كبير.", "كارل يوهانسون"),
])
def test_names_before_a_title_stay(nlp, text, name):
    assert [n for n, _ in persons(nlp, text)] == [name]


@pytest.mark.parametrize("text, city", [
    ("وتقدم برشلونة بهدف في الشوط الأول من المباراة.", "برشلونة"),
    ("وفاز ميلان على روما في مباراة الأمس.", "روما"),
    ("وسجل اللاعب هدفاً في مرمى ليون خلال المباراة.", "ليون"),
])
def test_a_city_in_a_match_report_is_its_club(nlp, text, city):
    assert (city, "ORG") in _types(nlp, text)


@pytest.mark.parametrize("text, place, typ", [
    # after a preposition of place: the city (guards)
    ("وتقام المباراة في برشلونة يوم السبت.", "برشلونة", "LOC"),
    ("وصل المنتخب إلى الدوحة استعداداً لمباراة الأحد.", "الدوحة", "LOC"),
    # a country: its team is a place in ANERcorp (guard)
    ("وتعادلت إيطاليا مع فرنسا في المباراة.", "إيطاليا", "GPE"),
    # no match word: no match report (guard)
    ("وتقدم الجيش نحو حلب بعد معارك عنيفة.", "حلب", "LOC"),
])
def test_places_in_sports_news_stay(nlp, text, place, typ):
    assert (place, typ) in _types(nlp, text)
