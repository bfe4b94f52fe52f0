"""A name of places in two countries, read by the article's other places and actors (sentences
written for this file): عمان is Amman in an article on Jordan and Oman in one on Oman; طرابلس is
the Lebanese city in an article on Lebanon and the Libyan capital otherwise; right after a title
(سلطان عمان) the name keeps the dictionary's reading, the title's country."""

from __future__ import annotations

import pytest

from _pipelines import actors_nlp  # noqa: F401 (a fixture)


def places(nlp, text):
    doc = nlp(text, published="2015-08-01")
    return [(e.text, e.canonical) for e in doc.entities if e.text in ("عمان", "طرابلس")]


@pytest.mark.parametrize("text, name", [
    ("تظاهر نحو ألفي شخص أمس في عمان تلبية لدعوة أحزاب المعارضة الأردنية.", "Amman"),
    ("وصل الوزير إلى عمان في زيارة لسلطنة عمان يلتقي خلالها مسؤولين عمانيين.", "Oman"),
    ("وفي طرابلس، تجمع أنصار التيار في الساحة. وقال نواب لبنانيون إن الوضع خطير.",
     "Tripoli (Lebanon)"),
    ("سيطرت قوات فجر ليبيا على طرابلس بعد معارك عنيفة.", "Tripoli"),
])
def test_the_place_of_the_articles_country(actors_nlp, text, name):
    got = places(actors_nlp, text)
    assert got and got[0][1] == name, got


def test_a_title_keeps_its_country(actors_nlp):
    doc = actors_nlp("وهنأ العاهل الأردني سلطان عمان، وأشاد بالعلاقات الأردنية.",
                     published="2015-08-01")
    got = [(e.text, e.actor_code) for e in doc.entities if e.text.startswith("سلطان")]
    assert got and got[0][1].startswith("OMN"), got
