"""Protest actors (ninth session, second round), through the whole pipeline with the detection
configuration. The sentences are written for this file.

- a crowd said to belong to a body (متظاهرون من أنصار حزب الله، آلاف من أنصار الجماعة، المحتجون
  من مناصري الحزب) is coded as that body, the coders' convention for a group's supporters;
- the Kurdish People's Protection Units written قوات حماية الشعب (not only وحدات) are the YPG.
"""

from __future__ import annotations

import pytest

from _pipelines import coded, detect  # noqa: F401 (fixture)
from marsad.eval.gsr import FACTUAL


def protest_sources(nlp, text):
    return [e[3] for e in coded(nlp, text) if e[1] == "PROTEST" and e[2] in FACTUAL]


@pytest.mark.parametrize("text, code", [
    ("تظاهر متظاهرون من أنصار حزب الله أمس في بيروت.", "LBNPTY"),
    ("تظاهر آلاف من أنصار جماعة الإخوان المسلمين أمس في القاهرة.", "EGYOPP"),
    ("اعتصم المحتجون من مناصري حزب الله أمس وسط بيروت.", "LBNPTY"),
])
def test_a_crowd_of_a_bodys_supporters_is_that_body(detect, text, code):
    assert protest_sources(detect, text) == [code], coded(detect, text)


def test_the_peoples_protection_forces_are_the_ypg(detect):
    got = coded(detect, "تظاهر آلاف الأكراد أمس احتجاجا على هجوم قوات حماية الشعب الكردية.")
    assert any(e[1] == "PROTEST" and e[4] == "SYRREB" for e in got), got
