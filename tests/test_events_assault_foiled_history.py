"""Precision of factual ASSAULT events, ninth session, second round: an attack that was foiled
did not take place (`negated`), and a sentence that names a long-past year of the Hijri calendar
tells history as one with a Gregorian year does. Sentences written for this file (none taken
from a corpus); each kind that must lose its factual event is paired with attacks that keep it.
"""

from __future__ import annotations

import pytest

from _pipelines import (assault_with_modality, coded, detect,  # noqa: F401 (a fixture)
                        factual_assault, no_factual_assault)

# a verb or noun of foiling governs the attack (its subject and a time may stand between)
FOILED = [
    "وأحبطت قوات الأمن أمس هجوما انتحاريا كان يستهدف مقر الشرطة في المدينة.",
    "وأجهض الجيش أمس هجوما انتحاريا على القاعدة.",
    "وأعلنت الداخلية أنها أحبطت عملية خطف طائرة في المطار.",
]

# a sentence of long-past history dated by a Hijri year: its undated violence belongs to it
HIJRI_HISTORY = [
    "ودارت بين القبيلتين سنة 1150هـ معركة كبيرة عند البئر، وحصلت الهزيمة على القبيلة الثانية "
    "وقتل زعيمها وأبناؤه.",
    "وكانت آخر المعارك بين القبيلتين سنة 1180هـ وهو موضع معروف قرب البلدة التحم فيه القتال بين "
    "الجنود وأهل البلدة وقتل فيها عشرات الرجال.",
]

# real attacks next to them, which must stay factual
STILL_REPORTED = [
    # what the forces did after foiling it is no foiled act
    "وأحبطت الشرطة أمس هجوما على القاعدة وقتلت ثلاثة من المسلحين.",
    # this year of the Hijri calendar is no history
    "وفي عام 1436هـ هاجم مسلحون مركز الشرطة وقتلوا جنديين.",
    # no foiling
    "وهاجم مسلحون أمس مركزا للشرطة في المدينة وقتلوا جنديين.",
]


@pytest.mark.parametrize("text", FOILED)
def test_a_foiled_attack_did_not_take_place(detect, text):
    assault_with_modality(detect, text, "negated")


@pytest.mark.parametrize("text", HIJRI_HISTORY)
def test_a_hijri_year_long_past_tells_history(detect, text):
    no_factual_assault(detect, text)


@pytest.mark.parametrize("text", STILL_REPORTED)
def test_the_attacks_around_them_stay_reported(detect, text):
    factual_assault(detect, text)


def test_a_foiled_plan_keeps_its_own_modality(detect):
    # أجهضت مخططاً لتفجير: what the plan aimed at stays `intended` (the plan governs it first)
    got = [m for _c, p, m, _s, _t in coded(
        detect, "وأجهضت الأجهزة الأمنية مخططا لتفجير مبنى الوزارة واغتيال عدد من الضباط.")
        if p == "ASSAULT"]
    assert got == ["intended", "intended"]
