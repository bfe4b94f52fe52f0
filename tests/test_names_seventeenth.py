"""Names, seventeenth session (docs/accuracy.md, "Dates and names leftovers, seventeenth
session"), on sentences written for this file: a given name that is also an adjective (صالح،
سعيد …) right after a definite noun that opens its clause (الماء صالح للشرب، وقال إن الوضع سعيد)
is its predicate, not the person met before; after a title, an honorific or an actor (الرئيس
صالح، الشيخ صالح، إن الحوثيين صالح) it is still the person."""

from __future__ import annotations

import pytest
from _pipelines import actors_nlp as nlp  # noqa: F401 (a fixture)
# (the fourteenth session's helper: (name part, actor id) of each PERSON; only it is imported)
from test_actors_fourteenth import persons


SALEH = "التقى الوزير علي عبد الله صالح في صنعاء. "


@pytest.mark.parametrize("text", [
    SALEH + "وقال إن الماء صالح للشرب.",
    SALEH + "وقال إن الطعام صالح للأكل.",
    # first in its line, first in its sentence
    SALEH + "\nالماء صالح للشرب.",
    SALEH + "الماء صالح للشرب.",
])
def test_a_given_name_after_a_definite_subject_is_its_predicate(nlp, text):
    got = persons(nlp, text)
    assert [n for n, _ in got] == ["علي عبد الله صالح"], got


def test_a_name_met_after_a_title_after_a_definite_subject_is_its_predicate(nlp):
    # a name read after a title (أحمد سعيد), its last word alone later: the predicate
    got = persons(nlp, "التقى الوزير أحمد سعيد في صنعاء. وقال إن الوضع سعيد.")
    assert [n for n, _ in got] == ["أحمد سعيد"], got


@pytest.mark.parametrize("text", [
    # a title before the name (guards)
    SALEH + "وقال إن الرئيس صالح غادر.",
    SALEH + "ودعا الرئيس السابق صالح إلى الحوار.",
    # an honorific (guard)
    SALEH + "وأكد الشيخ صالح أن الحوار مهم.",
    # an actor before it: no subject of this kind (guard)
    SALEH + "وأكد أن الحوثيين صالح حلفاء.",
])
def test_a_given_name_after_a_person_word_is_still_the_person(nlp, text):
    got = persons(nlp, text)
    assert [n for n, _ in got].count("صالح") == 1 and got[0][1] == got[-1][1], got


def test_the_predicate_after_the_person_in_the_same_sentence(nlp):
    # the honorific's Saleh stays, the predicate's is none
    got = persons(nlp, SALEH + "وأكد الشيخ صالح أن الماء صالح للشرب.")
    assert [n for n, _ in got] == ["علي عبد الله صالح", "صالح"], got


def test_a_definite_word_then_the_name_then_a_verb_is_the_person(nlp):
    # (guard: المخلوع, the deposed, before Saleh and a particle: the subject is Saleh)
    got = persons(nlp, SALEH + "وقال المحلل إن المخلوع صالح ربما يكون شعر بالخطر.")
    assert [n for n, _ in got].count("صالح") == 1, got
