"""PROTEST, twenty-sixth session (docs/accuracy.md, "PROTEST: roads closed by the weather and
the imperative اضربوا, twenty-sixth session"), on sentences written for this file: a road cut
or closed by rain, floods, snow, a storm or a landslide (events.json `blocking_nature`) is no
protest road block (CAMEO 144 is dissent by people), nor is one closed by a civil authority
(أغلقت وزارة النقل الطريق, `blocking_authorities`); protesters cutting a road stay a
protest. The strike verb spelled with a bare alef and no عن nor named subject after it
(اضربوا بيد من حديد) is the imperative of ضرب "hit!", no strike; اضرب العمال عن العمل
stays one.
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
    "أغلقت إدارة المرور الطريق لأعمال الصيانة.",
    "أغلقت وزارة النقل الطريق السريع مؤقتا.",
])
def test_a_road_closed_by_the_weather_is_no_protest(detect, text):
    assert "144" not in _codes(detect, text)


@pytest.mark.parametrize("text", [
    "أغلق محتجون الطريق السريع صباح اليوم.",
    "أغلق محتجون الطريق السريع رغم الأمطار صباح اليوم.",
    "أغلق عمال البلدية الطريق صباح اليوم.",
])
def test_protesters_closing_a_road_stay_a_protest(detect, text):
    assert "144" in _codes(detect, text)


# --- the imperative اضرب / اضربوا ("hit!") is no strike ------------------------------------

@pytest.mark.parametrize("text", [
    "وقال الشيخ للجنود: اضربوا بيد من حديد.",
    "كن مستقلا، واضرب بعضهم ببعض.",
])
def test_the_imperative_of_hit_is_no_strike(detect, text):
    assert "143" not in _codes(detect, text)


@pytest.mark.parametrize("text", [
    "اضرب العمال عن العمل في المصنع أمس.",
    "واضرب المعلمون أمس احتجاجا على الأجور.",
    "أضرب العمال عن العمل احتجاجا على الأجور.",
    "أضرب السكان في المدينة أمس احتجاجا على القرار.",
])
def test_a_strike_spelled_with_a_bare_alef_stays_a_strike(detect, text):
    assert "143" in _codes(detect, text)
