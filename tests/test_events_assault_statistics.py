"""ASSAULT precision (twenty-seventh session, h3): attacks spoken of as a class, the subject of a
trend or a statistic, not one event. Sentences written for this file (none from a corpus):

- a count of the dead followed over time with no number it reached (تزايد عدد القتلى خلال
  الفترة الماضية، شهد تزايداً ملحوظاً في عدد قتلى) is `habitual`, and so are the attacks named
  as that trend's cause (لتزايد عدد القتلى بغارات، ارتفاع عدد الضحايا جراء اعتداءات);
- a count of the dead called a total (إجمالي عدد القتلى، العدد الإجمالي للقتلى) and its causes,
  a noun joined to them past a comma too (جراء غارات التحالف، وضرباته), unless one act is named
  after it (إجمالي عدد القتلى في التفجير الذي استهدف المسجد أمس);
- a present verb of trend before a plural noun of violence (في وقت تتزايد الاعتداءات), even
  with a number elsewhere in the sentence;
- a plural noun joined by و to the noun a trend counts (تزايد تهديدات وهجمات الجماعة);
- a counted toll over a month (خلال الشهر الماضي، خلال شهر يوليو، طوال الشهر) is a monthly
  total, unless one attack is named between (قتل خمسة في هجوم … خلال الشهر الماضي); a toll since
  a leader took office (منذ تسلم الرئيس مهامه) a total since that point;
- a weapon right after such a plural set in guillemets («الهجمات غير المباشرة» بقذائف الهاون …
  بلغت أدنى مستوياتها): the means of the acts the statistic counts.

Each is paired with the one event's toll brought up to date (ارتفع عدد القتلى جراء القصف إلى
57; أمس), which stays factual.
"""

from __future__ import annotations

import pytest

from _pipelines import (assault_with_modality, detect,  # noqa: F401 (a fixture)
                        factual_assault, trigger_assault_modalities)

TREND = [
    # a count of the dead followed over time
    ("وقالت المصادر إن القلق يسود بين عائلات المقاتلين بسبب تزايد عدد القتلى خلال الفترة "
     "الماضية.", "القتلى"),
    ("وتراجعت شعبية الحزب في الجنوب مع تزايد عدد القتلى في صفوفه.", "القتلى"),
    ("وشهد الشهر الماضي تزايدا ملحوظا في عدد قتلى التنظيم بغارات الطائرات المسيرة.", "قتلى"),
    ("وطالب الأهالي المسلحين بمغادرة المدينة نظرا لتزايد عدد القتلى بغارات الطائرات.",
     "القتلى"),
    # the attacks named as the trend's cause
    ("وشهد الشهر الماضي تزايدا ملحوظا في عدد قتلى التنظيم بغارات الطائرات المسيرة.", "بغارات"),
    ("وأعلنت المنظمة ارتفاع عدد الضحايا المدنيين في المخيمات جراء اعتداءات القوات الحكومية.",
     "اعتداءات"),
    # a present verb of trend, a number elsewhere in the sentence
    ("وناقش البرلمان خلال ثلاثة أيام مشروع القانون في وقت تتزايد الاعتداءات في البلاد.",
     "الاعتداءات"),
    # the second of two nouns a trend counts
    ("وشددت الشرطة الإجراءات في ظل تزايد تهديدات وهجمات الجماعة التي قتلت خمسة جنود.",
     "وهجمات"),
    # a total
    ("ويرتفع بذلك إجمالي عدد القتلى في صفوف الشرطة إلى 60 على الأقل منذ 20 يوليو.", "القتلى"),
    ("وأعلن المرصد ارتفاع العدد الإجمالي للقتلى إلى 3200 على الأقل جراء غارات التحالف - "
     "الدولي، وضرباته على مناطق في سوريا.", "غارات"),
    # a month's total; a total since a leader took office
    ("وقتل 37 مقاتلا من الحزب خلال شهر يوليو الماضي في معارك المدينة.", "وقتل"),
    ("وبلغت حصيلة الهجمات خلال الشهر الماضي 120 قتيلا.", "قتيلا"),
    ("وقالت الشبكة إن البراميل المتفجرة تسببت بمقتل 200 مدني طوال الشهر الماضي.", "بمقتل"),
    ("وكثفت الجماعة هجماتها على القرى منذ تسلم الرئيس مهامه وقتلت 300 شخص.", "وقتلت"),
    # the weapon of a statistic's term in guillemets
    ("وأعلن الجيش أمس أن «الهجمات غير المباشرة» بقذائف الهاون التي استهدفت قواعده في الشمال "
     "خلال الشهر الماضي بلغت أدنى مستوياتها.", "بقذائف"),
]

# One event's toll brought up to date, or an attack told: factual
STILL_REPORTED = [
    "وأعلنت المصادر ارتفاع عدد القتلى جراء القصف على الحي إلى 57 قتيلا.",
    "وأعلن المستشفى ارتفاع عدد القتلى، جراء قصف الحي السكني، إلى نحو ثلاثين.",
    "وارتفع عدد القتلى في الهجوم على السوق إلى 20 شخصا.",
    "وتزايد عدد القتلى في القصف الذي استهدف المدينة أمس.",
    "وأفادت مصادر طبية بارتفاع حصيلة القتلى جراء قصف الحي.",
    "وقتل خمسة جنود في هجوم على حاجز للجيش خلال الشهر الماضي.",
    "وبلغ إجمالي عدد القتلى في التفجير الذي استهدف المسجد أمس 25 شخصا.",
    "وقتل خمسة جنود في انفجار عبوة ناسفة خلال الشهر الماضي.",
    "وقتل 37 مقاتلا من الحزب في شهر يوليو الماضي في معارك المدينة.",
    "وقال الجيش إن «الهجمات الانتقامية» بقذائف الهاون التي استهدفت قواعده أمس أسفرت عن مقتل "
    "جنديين.",
]


@pytest.mark.parametrize("text, trigger", TREND)
def test_a_trend_is_habitual(detect, text, trigger):
    got = trigger_assault_modalities(detect, text, trigger)
    assert got == ["habitual"], got


@pytest.mark.parametrize("text", STILL_REPORTED)
def test_one_events_toll_stays_factual(detect, text):
    factual_assault(detect, text)


def test_a_total_and_its_joined_causes_report_no_attack(detect):
    assault_with_modality(
        detect, "وأعلن المرصد ارتفاع العدد الإجمالي للقتلى إلى 3200 على الأقل جراء غارات "
        "التحالف - الدولي، وضرباته على مناطق في سوريا.", "habitual")


def test_a_trend_and_its_cause_report_no_attack(detect):
    assault_with_modality(
        detect, "وطالب الأهالي المسلحين بمغادرة المدينة نظرا لتزايد عدد القتلى بغارات "
        "الطائرات المسيرة على الأحياء.", "habitual")
