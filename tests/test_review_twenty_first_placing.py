"""Review mend of the twenty-first session's foreign scene (`placing._scene_elsewhere`): under a
dateline of one country, a protest or an act of force takes the one foreign place its sentence
says as where after the trigger. Not when the sentence names the dateline's own people by a
nisba (تظاهر آلاف المصريين under a Cairo dateline), nor a place past another clause (a verb, a
relative pronoun) or a motive (احتجاجاً على، رفضاً لـ، ضد): that place is the motive's or the
clause's. Sentences written for these tests; every expected value checked by hand (the
dateline's country, Egypt; Paris is in France). Tests marked (control) pass on the code before
the mend too."""

from __future__ import annotations

import pytest

from _places_harness import only_event_of as _only


def _not_abroad(loc) -> bool:
    """No place, or one of the dateline's country (Egypt): not Paris."""
    return loc is None or loc.country == "EGY"


def test_the_dateline_peoples_nisba_keeps_the_scene_at_home(nlp):
    # the reviewer's sentence: Egyptians, a Cairo dateline, the place of the decision they protest
    text = ("القاهرة - رويترز: تظاهر آلاف المصريين أمس أمام مقر الحكومة احتجاجا على قرار اتخذ "
            "في باريس.")
    loc = _only(nlp, text, "14").location
    assert _not_abroad(loc), loc


def test_the_nisba_alone_keeps_the_scene_at_home(nlp):
    # no verb, relative or listed motive between (حزناً is none of them): the Egyptians alone
    text = ("القاهرة - رويترز: تظاهر آلاف المصريين أمس أمام مقر الحكومة حزنا على العمال في "
            "مدينة بنغازي.")
    loc = _only(nlp, text, "14").location
    assert _not_abroad(loc), loc


@pytest.mark.parametrize("text", [
    # a verb no dictionary lists (grammar.json clause_verbs): the decision's place
    "القاهرة - رويترز: تظاهر آلاف الطلاب أمس أمام مقر الحكومة بسبب قرار اتخذ في باريس.",
    "القاهرة - رويترز: تظاهر آلاف الطلاب أمس أمام مقر الحكومة بسبب قمة انعقدت أمس في باريس.",
    # a verb of the dictionaries
    "القاهرة - رويترز: تظاهر آلاف الطلاب أمس أمام مقر الحكومة بسبب قرار أعلنه الوزير في باريس.",
    # a relative pronoun with no verb: the court's seat
    "القاهرة - رويترز: تظاهر آلاف الطلاب أمس أمام مقر الحكومة بسبب قرار المحكمة التي مقرها في "
    "باريس.",
])
def test_no_foreign_scene_past_another_clause(nlp, text):
    loc = _only(nlp, text, "14").location
    assert _not_abroad(loc), loc


@pytest.mark.parametrize("text", [
    "القاهرة - رويترز: تظاهر آلاف الطلاب أمس أمام مقر الحكومة رفضا لقرار الحكومة الأخير في "
    "باريس.",
    "القاهرة - رويترز: تظاهر آلاف الطلاب أمس أمام مقر الحكومة ضد قرار الحكومة الأخير في باريس.",
])
def test_no_foreign_scene_past_a_motive(nlp, text):
    loc = _only(nlp, text, "14").location
    assert _not_abroad(loc), loc


def test_the_foreign_scene_with_no_clause_between(nlp):
    # (control) nothing but the time and the protest's site between: the scene abroad stays
    text = ("القاهرة - رويترز: تظاهر آلاف الطلاب أمس أمام مقر الحكومة المؤقتة بعد صلاة الجمعة "
            "في مدينة بنغازي.")
    loc = _only(nlp, text, "14").location
    assert (loc.name, loc.country, loc.source) == ("Benghazi", "LBY", "sentence")
