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

from _pipelines import (assault_with_modality, coded, detect,  # noqa: F401 (a fixture)
                        factual_assault, no_factual_assault)


# Sentences that use the words of violence and report no attack: no factual ASSAULT event
NO_REPORT = [
    # deaths in accidents
    "قتل جندي في حادث سير على الطريق السريع أمس.",
    "لقي شخص مصرعه وأصيب أربعة في حادث انقلاب على طريق المطار أمس.",
    "لقي عامل مصرعه أمس إثر سقوطه من مبنى قيد الإنشاء.",
    "قتل ثلاثة عمال في انفجار أسطوانة غاز داخل مطعم أمس.",
    # a threat told with its object pronoun; what is endured in spite of
    "وقال الوزير أمس إن «الوضع يهددهم بالاغتيالات والتفجيرات كل يوم في 3 مدن».",
    "وقال النائب أمس إن الحزب حافظ على السلم الأهلي رغم الضربات القاسية التي تعرض لها خلال "
    "عامين.",
    # practices, and the narrative present of a scene (of a film: no word of culture here)
    "وقال المسؤول أمس إن المسلحين يقومون بخطف المواطنين وقتلهم في 5 محافظات.",
    "وأخذ بعض المقاتلين في نهب المتاجر وخطف المواطنين طلبا للفدية.",
    "وأخذ المسلحون في نهب بعض المتاجر وتهريب الوقود وخطف المواطنين.",
    "وقال المسؤول أمس إن العصابات تقوم بترويع الناس بعمليات تفجير وخطف وقتل في 5 محافظات.",
    "وقال الشاهد إنه يتم تعذيب المعتقلين في السجن كل يوم.",
    "وفي مشهد محوري يجري اغتصاب الفتى في زقاق من قبل صبي أكبر منه.",
    # imperatives in quotes
    "وصرخ الخطيب في أنصاره: «فجروا، فجروا السفارة».",
    "وقال لأتباعه: «يا شباب دمروا مقرات الشرطة».",
    # what an order halts, the fronts of a war: the topic, no report
    "وأمر الرئيس أمس بوقف الغارات الجوية على معسكرات المتمردين بعد مقتل 5 جنود.",
    "ورفض مئات الجنود أمس أوامر بالنزول للمشاركة في جبهات القتال في عدن ولحج ومأرب.",
    # every act of a planned list, past فضلاً عن too
    "وكانت الخلية تخطط لاغتيال عدد من الضباط وتفجير ثلاث سيارات مفخخة قرب مقرات الشرطة وخطف "
    "سياح أجانب في العاصمة.",
    "واتهمت النيابة الخلية بالتخطيط لتفجير مبنى الوزارة فضلا عن خطف عشرين سائحا أجنبيا من فنادق "
    "العاصمة.",
]

# The real attacks next to them, which must stay factual
STILL_REPORTED = [
    "قتل ثلاثة جنود في انفجار عبوة ناسفة داخل مطعم أمس.",
    "لقي 28 مسلحا مصرعهم في حوادث أمنية متفرقة غرب البلاد أمس.",
    "قتل جندي في حادث إطلاق نار على الحدود أمس.",
    # not denied, denied in another clause, or only the doer's part in it denied
    "لم ينف المتحدث صحة التقارير التي تفيد بأن طائرات الجيش قصفت القرية أمس وقتلت خمسة مدنيين.",
    "نفى المتحدث صحة التقارير، لكن شهودا قالوا إن الطائرات قصفت القرية أمس وقتلت خمسة مدنيين.",
    "ونفى المتحدث العسكري باسم الجيش العميد سمير الأحمد أي علاقة لقواته بالهجوم الذي استهدف "
    "المدرسة أمس وأوقع عشرة قتلى.",
    "وقال الوزير إن 20 مدنيا قتلوا أمس رغم الهدنة.",
    "وقف المسلحون أمام المبنى أمس وأطلقوا النار على الحراس.",
    "وقامت العصابة أمس بخطف ثلاثة مواطنين في المدينة.",
    "وقال المسؤول إن المسلحين قاموا أمس بعمليات خطف في 5 محافظات.",
    "وقال الشاهد إنه يتم الآن قصف المدينة بالمدفعية.",
    "وقال الشاهد: «فجروا السفارة أمس وقتلوا الحراس».",
    "وقال الشاهد: «لقد فجروا السيارة أمام السفارة!».",
]

# What a denied report tells is negated, what an aim names intended
MODALITY = [
    ("نفى المتحدث باسم الوزارة صحة تقارير صحفية أجنبية تفيد بأن الضابط السابق في الجيش العميد "
     "خالد عمر الصالح عذب في السجن.", "negated"),
    ("وقال الوزير إن الجماعة سيطرت على المطار بهدف ضرب الدولة.", "intended"),
    ("وكان هدف الخلية ضرب المنشآت النفطية في المنطقة الشرقية.", "intended"),
    ("وكان الهدف قصف مخازن الأسلحة في الميناء.", "intended"),
]


@pytest.mark.parametrize("text", NO_REPORT)
def test_no_factual_assault(detect, text):
    no_factual_assault(detect, text)


@pytest.mark.parametrize("text", STILL_REPORTED)
def test_the_attack_stays_factual(detect, text):
    factual_assault(detect, text)


@pytest.mark.parametrize("text, modality", MODALITY)
def test_modality_of_a_denied_or_aimed_act(detect, text, modality):
    assault_with_modality(detect, text, modality)


def test_the_act_done_for_an_aim_stays_factual(detect):
    got = [(c, m) for c, p, m, _s, _t in coded(
        detect, "وشنت الطائرات غارات على مواقع المسلحين أمس بهدف تدمير مخازن الأسلحة.")
        if p == "ASSAULT"]
    assert ("195", "asserted") in got and ("1712", "intended") in got, got
