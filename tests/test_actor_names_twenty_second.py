"""Actor names leftovers, twenty-second session (docs/accuracy.md, "Actor names leftovers …,
twenty-second session"), on sentences written for this file:

- «علي» right after a verb of saying that never takes على (وقال، وأضاف), before a given name and
  a title or إن, opens a name even in a text that writes no على apart.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp_actors():
    import marsad

    return marsad.load(("layout", "sentences", "tokens", "actors"))


def _persons(doc):
    return [e.text for e in doc.entities if e.type == "PERSON"]


# -- 1. «وقال علي منصور مدير المركز إن …» -----------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("وقال علي منصور مدير المركز إن الأعمال ستبدأ غدا.", "علي منصور"),
    ("وأضاف علي حسن رئيس اللجنة أن التقرير جاهز.", "علي حسن"),
    ("وقال علي سالم إن الفريق سيسافر اليوم.", "علي سالم"),
])
def test_ali_after_a_verb_of_saying_opens_a_name(nlp_actors, text, name):
    assert name in _persons(nlp_actors(text))


@pytest.mark.parametrize("text", [
    # أكد takes على: «stressed good neighbourliness», no Ali
    "وأكد علي حسن الجوار بين البلدين.",
    # no given name after علي
    "وقال علي الفور إن العمل بدأ.",
])
def test_ali_as_a_misspelt_preposition_stays_no_name(nlp_actors, text):
    assert not any(p.startswith("علي") for p in _persons(nlp_actors(text)))
