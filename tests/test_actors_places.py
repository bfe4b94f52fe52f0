"""A place named right after a definite noun is still a place unless it reads as an adjective."""

import pytest

import marsad


@pytest.fixture(scope="module")
def nlp():
    return marsad.load()


@pytest.mark.parametrize("text", [
    "زار الوزير الرياض أمس.",  # the object of the visit, after the subject
    "ومن المقرر أن يزور الصفدي الرياض يوم الخميس.",
])
def test_a_city_after_a_definite_subject_is_a_place(nlp, text):
    found = {e.text: e.actor_code for e in nlp(text).entities}
    assert found.get("الرياض") == "SAU", found


def test_a_place_that_reads_as_an_adjective_is_none(nlp):
    found = [e for e in nlp("وتلقى المسجد تبرعا من الشيخ الجليل.").entities
             if e.type in ("GPE", "LOC")]
    assert not found
