"""Animals culled or slaughtered are no victims of an assault (docs/accuracy.md, "The lead's
review, seventeenth session"; events.json `animal_objects`, the kill pattern's `blocked_by`).
A poultry cull (أعدمت الوزارة آلاف الطيور) and the slaughter of sacrifices (ذبح الأضاحي) were
coded CAMEO 1823 "kill"; people killed with animals in the same clause still are."""

from __future__ import annotations

import pytest

from _pipelines import coded


@pytest.mark.parametrize("text", [
    "أعدمت وزارة الزراعة آلاف الطيور المصابة بالمرض.",
    "أعدمت السلطات خمسة آلاف دجاجة في مزرعة قرب المدينة.",
    "وحددت البلدية أماكن ذبح الأضاحي في أيام العيد.",
    "أدى ظهور المرض إلى إعدام ملايين من الدجاجات في المزارع.",
])
def test_a_cull_or_a_slaughter_of_animals_is_no_assault(nlp, text):
    assert [e for e in coded(nlp, text) if e[1] == "ASSAULT"] == []


@pytest.mark.parametrize("text, target", [
    # people named before the animals: they are the object
    ("قتل مسلحون خمسة جنود وعشرات الماشية في هجوم على قرية.", "MIL"),
    # no animal in the clause: the execution stands
    ("أعدمت السلطات الإيرانية ثلاثة سجناء.", "CVL"),
])
def test_people_killed_are_still_an_assault(nlp, text, target):
    kills = [e for e in coded(nlp, text) if e[0] == "1823"]
    assert [e[4] for e in kills] == [target]
