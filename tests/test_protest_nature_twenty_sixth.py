"""PROTEST, twenty-sixth session (docs/accuracy.md, "PROTEST: roads closed by the weather,
twenty-sixth session"), on sentences written for this file: a road cut or closed by rain,
floods, snow, a storm or a landslide (events.json `blocking_nature`) is no protest road block
(CAMEO 144 is dissent by people); protesters cutting a road stay a protest.
"""

from __future__ import annotations

import pytest

from _pipelines import detect  # noqa: F401  (the fixture)


def _codes(nlp, text):
    return [e.cameo for e in nlp(text, published="2015-08-02").events]


@pytest.mark.parametrize("text", [
    "أغلقت السيول الطرق المؤدية إلى القرية يوم الأحد.",
    "قطعت الأمطار الغزيرة الطريق بين المدينتين.",
    "أغلقت الثلوج الطرق في المحافظة.",
    "قطعت العاصفة الرملية الطريق السريع.",
    "تسببت السيول في قطع الطرق.",
])
def test_a_road_closed_by_the_weather_is_no_protest(detect, text):
    assert "144" not in _codes(detect, text)


@pytest.mark.parametrize("text", [
    "أغلق محتجون الطريق السريع صباح اليوم.",
    "أغلق محتجون الطريق السريع رغم الأمطار صباح اليوم.",
])
def test_protesters_closing_a_road_stay_a_protest(detect, text):
    assert "144" in _codes(detect, text)
