"""Precision of factual ASSAULT events, ninth session: violence a sentence names as a reference
(what someone took part in, what identifies someone, what is awaited, a topic, a practice, an
aim), not as news. Each phenomenon is fixed by a general rule and tested here on sentences
written for this file (none taken from a corpus):

- what someone took part in (شاركوا في الهجوم، لمشاركتهم في القتال), what a relative clause
  with تم / جرى says happened to someone (الذين تم اختطافهم) and what "whoever" did (من اغتال
  الصحافي أراد …) are background, `historical`;
- what is awaited (بانتظار سيارة مفخخة يقودها انتحاري) is `future`;
- قبيل، بُعيد، في أعقاب، قبل قليل من name an earlier event, background;
- آثار and إشارة make the next verbal noun a topic (آثار الهجوم، في إشارة إلى الهجمات), its
  adjective included (الانتحارية);
- the nouns joined by و to a topic, a background or a practice share it (أنباء عن تعذيب
  المعتقلين ومقتل ثلاثة منهم; غداة هجوم … ومقتل انتحاري), not past a comma;
- a list of a plan keeps its governor however many objects its members have (بالتخطيط لضرب وزارة
  الدفاع ومقر الأمن ومبنى … واغتيال), وزارة being no verb;
- the weapon with بـ of a planned act is planned too (بالتخطيط لاغتيال … بسيارات مفخخة);
- a definite act described by a present verb of doing (القتل الذي تمارسه الميليشيات) and an act
  told with يومياً are `habitual`;
- a sentence that names a long-past year (not after منذ or مواليد) and no recent time tells
  history: its violent events with no date of their own are `historical`;
- a noun of aim with a relative clause (الهدف الذي وضعته الخلية ضرب المنشآت) names an aim.
Each kind of sentence that must lose its factual event is paired with real attacks that keep it.
"""

from __future__ import annotations

import pytest

from _pipelines import (assault_with_modality, coded, detect,  # noqa: F401 (a fixture)
                        factual_assault, no_factual_assault)


# Sentences that name violence and report no attack: no factual ASSAULT event
NO_REPORT = [
    # what someone took part in; what identifies someone
    "وقال الجيش إنه يحتجز عشرين طفلا شاركوا في الهجوم على المدينة.",
    "وقال المسؤول أمس إن 40 شابا من البلدة شاركوا في القتال في صفوف التنظيم في سوريا.",
    "وتحدث الوزير عن معاناة آلاف الأسرى الذين تم اختطافهم من قراهم.",
    # topics, and the lists that share them
    "وشاهد مراسلنا أمس آثار القصف العنيف على جدران 3 مدارس في بغداد.",
    "ورفع المحتجون أمس لافتات في إشارة إلى الهجمات الانتحارية التي قتل فيها 50 شخصا في "
    "العاصمة.",
    "وتحدث التقرير عن أنباء عن تعذيب المعتقلين ومقتل ثلاثة منهم في سجن المدينة.",
    # a list of a background
    "وجاءت تصريحات الوزير غداة هجوم على مقهى في وسط المدينة ومقتل انتحاري و3 من المارة مساء "
    "أول من أمس.",
    # a charge of planning whose list is long, and the weapons of the plan
    "واتهم الوزير أمس الخلية بالتخطيط لضرب وزارة الدفاع ومقر الأمن العام ومبنى التلفزيون الرسمي "
    "ومحطة الكهرباء واغتيال 5 من الضباط في العاصمة بسيارات مفخخة وعبوات ناسفة.",
    # a sentence of long-past history: its undated violence belongs to the year it names
    "وحاصرت قوات النظام في فبراير 1982 مدينة حماة وأحياءها القديمة التي تحصن فيها معارضوه من "
    "الإخوان والتجار والطلاب، ثم قصفتها بالمدفعية وقتلت آلاف المدنيين.",
]

# Real attacks next to them, which must stay factual
STILL_REPORTED = [
    # taken part in, dated to a day: the attack itself
    "شارك في الهجوم على القاعدة العسكرية أمس أكثر من خمسين مسلحا.",
    # after a comma the list is the sentence's own
    "قتل ثلاثة جنود بعد هجوم على مقهى، ومقتل انتحاري في بغداد أمس.",
    # a relative clause whose verb is no practice; a practice dated to a day
    "وأسفر الهجوم الذي يعد الأعنف منذ أشهر عن مقتل عشرة جنود أمس.",
    "واستهدفت الغارات التي يشنها التحالف منذ صباح أمس مخازن السلاح في المدينة.",
    # waiting, then acting: the verb of waiting is no noun of waiting
    "وانتظر المسلحون مرور الدورية وفجروا عبوة ناسفة أمس.",
    # a ministry is no verb: the attack after it is news
    "وقتل مسلحون أمس حارسين أمام وزارة الداخلية وأصابوا ثلاثة آخرين.",
    # the weapon of an attack told as news
    "قتل المسلحون خمسة جنود أمس بعبوة ناسفة في بغداد.",
    # an old year in a sentence of today's news; من before the verbal noun spelt as a verb
    "قتل خمسة جنود أمس في هجوم على القاعدة التي أنشئت عام 1990.",
    "وقال إن ما تقوم به الطائرات الآن من ضرب مواقع المسلحين في المدينة يهدف إلى وقف تقدمهم.",
]

# The modality such a reference takes
MODALITY = [
    ("ويعيش السكان في خوف دائم بانتظار سيارة مفخخة يقودها انتحاري.", "future"),
    ("وتحدث الوزير عن معاناة آلاف الأسرى الذين تم اختطافهم من قراهم.", "historical"),
    ("وقال المتهم إن الهدف الذي حدده قادة الخلية ضرب المنشآت النفطية.", "intended"),
    ("وقال المصدر إن الضابط كان أمس في اجتماع مع المحافظ قبل قليل من اغتياله مع 3 من حراسه في "
     "منزله.", "historical"),
    ("ووصل الوفد إلى العاصمة أمس بعيد اغتيال النائب و3 من حراسه أمام منزله.", "historical"),
    # من before a past verb is "whoever": the act identifies its doer
    ("وقال المحقق إن من اغتال الصحافي أراد إسكات الصحافة.", "historical"),
    ("وندد البيان بالقتل العشوائي الذي تمارسه الميليشيات بحق المدنيين.", "habitual"),
    ("وقال الأهالي إن المسلحين خطفوا عشرات الأشخاص يوميا في المدينة.", "habitual"),
]


# each sentence with what it must give: no factual ASSAULT (None), a factual one ("factual"),
# or that modality and no factual one
READINGS = [(t, None) for t in NO_REPORT] + [(t, "factual") for t in STILL_REPORTED] + MODALITY


@pytest.mark.parametrize("text, reading", READINGS)
def test_reading_of_violence(detect, text, reading):
    if reading is None:
        no_factual_assault(detect, text)
    elif reading == "factual":
        factual_assault(detect, text)
    else:
        assault_with_modality(detect, text, reading)


def test_a_protest_taken_part_in_is_reported(detect):
    # taking part is how a protest is told: the rule of what was taken part in is violence's
    got = [(p, m) for _c, p, m, _s, _t in coded(detect, "شارك الآلاف في مظاهرة حاشدة في القاهرة "
                                                        "ضد الحكومة.")]
    assert ("PROTEST", "asserted") in got, got
