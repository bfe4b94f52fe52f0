"""A title and the country after it, on sentences written for this file:

- a two-word title in construct (وزير خارجية روسيا، رئيس وزراء العراق، وزير دفاع إسرائيل) is the
  office of the country named after it, and of its holder on the article's date;
- a definite title (الوزير، الرئيس) takes no genitive: the country after it is another actor,
  most often the verb's object (أبلغ الوزير روسيا، حذر الرئيس إيران).
"""

from __future__ import annotations

import pytest

import marsad

STAGES = ("layout", "sentences", "tokens", "actors")


@pytest.fixture(scope="module")
def nlp():
    return marsad.load(STAGES, config={"actors": {"transliterate": False}})


def entities(nlp, text, published="2016-03-01"):
    doc = nlp(text, published=published)
    return [(e.text, e.actor_code, e.canonical) for e in doc.entities]


@pytest.mark.parametrize("text, span, code, holder", [
    ("وقال وزير خارجية روسيا إن المحادثات بناءة.", "وزير خارجية روسيا", "RUSGOV", "Lavrov"),
    ("وصل رئيس وزراء بريطانيا إلى بغداد أمس.", "رئيس وزراء بريطانيا", "GBRGOV", "Cameron"),
    ("وحذر وزير دفاع إسرائيل من التصعيد.", "وزير دفاع إسرائيل", "ISRGOV", None),
])
def test_a_title_in_construct_is_the_office_of_the_country_after_it(nlp, text, span, code,
                                                                  holder):
    got = [e for e in entities(nlp, text) if e[0] == span]
    assert got and got[0][1] == code, entities(nlp, text)
    if holder:
        assert holder in got[0][2]


@pytest.mark.parametrize("text, title, country", [
    ("وأبلغ الوزير روسيا أن بلاده ترفض التدخل.", "الوزير", "روسيا"),
    ("وحذر الرئيس إيران من عواقب التصعيد.", "الرئيس", "إيران"),
])
def test_a_definite_title_takes_no_country_after_it(nlp, text, title, country):
    got = entities(nlp, text)
    assert (title, "GOV") in [(t, c) for t, c, _n in got], got
    assert any(t == country and c and len(c) == 3 for t, c, _n in got), got
