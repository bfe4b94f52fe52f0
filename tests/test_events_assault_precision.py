"""Precision of factual ASSAULT events (eighth session): sentences that use the words of violence
and report no attack, each phenomenon fixed by a general rule and tested here on sentences
written for this file (none taken from a corpus):

- a death in an accident (حادث سير، حادث انقلاب، انفجار أسطوانة غاز، سقوطه من مبنى) is no attack;
- what a denied report tells (نفى صحة تقارير تفيد بأن…) is negated;
- what a purpose or an aim names (بهدف ضرب، كان هدف الخلية ضرب) is intended, and so is every act
  of a list a plan or a charge of planning governs (بالتخطيط لضرب … واغتيال … فضلاً عن مهاجمة);
- a threat told with its object pronoun (يهددهم بالاغتيالات) threatens, and the harsh blows a
  speaker endured (رغم الضربات القاسية) are a reference, no report;
- a scene of a film or a play (في مشهد من الفيلم) is no event;
- an imperative in a quote («فجّروا، فجّروا»، اقتلوهم!) is no report;
- what people go on doing (يقومون بترويع الناس بعمليات خطف؛ أخذ المسلحون في نهب وخطف) is
  habitual.
Each test of a removed or changed event is paired with one that keeps the real attack.
"""

from __future__ import annotations

import pytest

from _pipelines import coded, detect  # noqa: F401 (detect is a fixture)

FACTUAL = ("asserted", "reported")


def _factual(nlp, text):
    return [(c, m) for c, p, m, _s, _t in coded(nlp, text) if p == "ASSAULT" and m in FACTUAL]


@pytest.mark.parametrize("text", [
    "قتل جندي في حادث سير على الطريق السريع أمس.",
    "لقي شخص مصرعه وأصيب أربعة في حادث انقلاب على طريق المطار أمس.",
    "لقي عامل مصرعه أمس إثر سقوطه من مبنى قيد الإنشاء.",
    "قتل ثلاثة عمال في انفجار أسطوانة غاز داخل مطعم أمس.",
])
def test_a_death_in_an_accident_is_no_assault(detect, text):
    assert _factual(detect, text) == []


@pytest.mark.parametrize("text", [
    "قتل ثلاثة جنود في انفجار عبوة ناسفة داخل مطعم أمس.",
    "لقي 28 مسلحا مصرعهم في حوادث أمنية متفرقة غرب البلاد أمس.",
    "قتل جندي في حادث إطلاق نار على الحدود أمس.",
])
def test_violence_called_an_incident_is_still_an_assault(detect, text):
    assert _factual(detect, text), text


def _modalities(nlp, text):
    return [m for _c, p, m, _s, _t in coded(nlp, text) if p == "ASSAULT"]


def test_what_a_denied_report_tells_is_negated(detect):
    got = _modalities(detect, "نفى المتحدث باسم الوزارة صحة تقارير صحفية أجنبية تفيد بأن الضابط "
                              "السابق في الجيش العميد خالد عمر الصالح عذب في السجن.")
    assert got and all(m == "negated" for m in got), got


@pytest.mark.parametrize("text", [
    # not denied, or denied in another clause, or only the doer's part in it denied
    "لم ينف المتحدث صحة التقارير التي تفيد بأن طائرات الجيش قصفت القرية أمس وقتلت خمسة مدنيين.",
    "نفى المتحدث صحة التقارير، لكن شهودا قالوا إن الطائرات قصفت القرية أمس وقتلت خمسة مدنيين.",
    "ونفى المتحدث العسكري باسم الجيش العميد سمير الأحمد أي علاقة لقواته بالهجوم الذي استهدف "
    "المدرسة أمس وأوقع عشرة قتلى.",
])
def test_an_attack_not_denied_stays_factual(detect, text):
    assert _factual(detect, text), text


@pytest.mark.parametrize("text", [
    "وقال الوزير إن الجماعة سيطرت على المطار بهدف ضرب الدولة.",
    "وكان هدف الخلية ضرب المنشآت النفطية في المنطقة الشرقية.",
    "وكان الهدف قصف مخازن الأسلحة في الميناء.",
])
def test_what_an_aim_names_is_intended(detect, text):
    got = _modalities(detect, text)
    assert got and "intended" in got and not any(m in FACTUAL for m in got), got


def test_the_act_done_for_an_aim_stays_factual(detect):
    got = [(c, m) for c, p, m, _s, _t in coded(
        detect, "وشنت الطائرات غارات على مواقع المسلحين أمس بهدف تدمير مخازن الأسلحة.")
        if p == "ASSAULT"]
    assert ("195", "asserted") in got and ("1712", "intended") in got, got


def test_every_act_of_a_planned_list_is_intended(detect):
    got = _modalities(detect, "وكانت الخلية تخطط لاغتيال عدد من الضباط وتفجير ثلاث سيارات "
                              "مفخخة قرب مقرات الشرطة وخطف سياح أجانب في العاصمة.")
    assert got and not any(m in FACTUAL for m in got), got


def test_a_charge_of_planning_reaches_past_fadlan_an(detect):
    got = _modalities(detect, "واتهمت النيابة الخلية بالتخطيط لتفجير مبنى الوزارة فضلا عن خطف "
                              "عشرين سائحا أجنبيا من فنادق العاصمة.")
    assert got and not any(m in FACTUAL for m in got), got


def test_a_threat_told_with_its_object_pronoun_is_no_report(detect):
    assert _factual(detect, "وقال الوزير أمس إن «الوضع يهددهم بالاغتيالات والتفجيرات كل يوم "
                            "في 3 مدن».") == []


def test_what_is_endured_in_spite_of_is_no_report(detect):
    assert _factual(detect, "وقال النائب أمس إن الحزب حافظ على السلم الأهلي رغم الضربات القاسية "
                            "التي تعرض لها خلال عامين.") == []


def test_a_killing_in_spite_of_a_truce_is_still_reported(detect):
    assert _factual(detect, "وقال الوزير إن 20 مدنيا قتلوا أمس رغم الهدنة.")


@pytest.mark.parametrize("text", [
    "وقال المسؤول أمس إن المسلحين يقومون بخطف المواطنين وقتلهم في 5 محافظات.",
    "وأخذ بعض المقاتلين في نهب المتاجر وخطف المواطنين طلبا للفدية.",
    "وقال الشاهد إنه يتم تعذيب المعتقلين في السجن كل يوم.",
    # the narrative present of a scene (of a film: no word of culture in the sentence)
    "وفي مشهد محوري يجري اغتصاب الفتى في زقاق من قبل صبي أكبر منه.",
])
def test_what_people_go_on_doing_is_habitual(detect, text):
    got = _modalities(detect, text)
    assert got and not any(m in FACTUAL for m in got), got


@pytest.mark.parametrize("text", [
    "وقامت العصابة أمس بخطف ثلاثة مواطنين في المدينة.",
    "وقال الشاهد إنه يتم الآن قصف المدينة بالمدفعية.",
])
def test_an_act_done_or_going_on_now_stays_factual(detect, text):
    assert _factual(detect, text), text


@pytest.mark.parametrize("text", [
    "وصرخ الخطيب في أنصاره: «فجروا، فجروا السفارة».",
    "وقال لأتباعه: «يا شباب دمروا مقرات الشرطة».",
])
def test_an_imperative_in_a_quote_is_no_report(detect, text):
    assert _factual(detect, text) == []


@pytest.mark.parametrize("text", [
    "وقال الشاهد: «فجروا السفارة أمس وقتلوا الحراس».",
    "وقال الشاهد: «لقد فجروا السيارة أمام السفارة!».",
])
def test_a_past_plural_in_a_quote_is_still_reported(detect, text):
    assert _factual(detect, text), text
