"""PROTEST, twenty-seventh session (docs/accuracy.md, "PROTEST: road blocks with their claim,
bodies named تجمع, closures joined to the weather (twenty-seventh session, h6)"), on sentences
written for this file:

- a road blocked «احتجاجاً على …» is a protest road block (144): the على is the claim's, not
  that of the idiom قطع الطريق على "to forestall" (events.json `forestall_preps`), which stays
  no event;
- تجمع right after a verb with no subject of its own (دعا تجمع …، وقال تجمع …) is that verb's
  subject, the noun naming a body, no gathering; the verb and the noun of gathering stay 141;
- a closure joined by و / أو to what the weather or an accident did (تسببت الأمطار في … وقطع
  الطرق) shares that cause: no protest; closures by protesters stay 144;
- a protest word after THE protesters were encircled, dispersed, expelled or clashed with in
  the same sentence (events.json `protest_settings`) goes on with a protest told before: no new
  protest; a protest told before the policing stays one.
"""

from __future__ import annotations

import pytest

from _pipelines import detect  # noqa: F401  (the fixture)


def _codes(nlp, text):
    return [e.cameo for e in nlp(text, published="2015-08-02").events]


@pytest.mark.parametrize("text", [
    "أغلق المحتجون الطريق احتجاجاً على البطالة.",
    "أغلق محتجون الطريق احتجاجاً على البطالة.",
    "قطع المتظاهرون الطرق احتجاجا على اعتقال ناشط.",
    "أغلق محتجون الطريق أمام السيارات في المدينة.",
])
def test_a_road_blocked_with_its_claim_is_a_protest(detect, text):
    assert "144" in _codes(detect, text)


@pytest.mark.parametrize("text", [
    "قطع الوزير الطريق على المتطرفين.",
    "أغلق القرار الطريق أمام المتلاعبين.",
    "قطع النادي الطريق على منافسيه.",
    "أغلق القرار الطريق نهائياً أمام المتلاعبين.",
])
def test_forestalling_stays_no_road_block(detect, text):
    # (guards against overreach: these pass on the old code too)
    assert "144" not in _codes(detect, text)


@pytest.mark.parametrize("text", [
    "دعا تجمع المهنيين السودانيين إلى الإضراب.",
    "أعلن تجمع الأحرار رفضه للقرار.",
    "وقال تجمع المهنيين إن الحكومة فشلت.",
])
def test_a_body_named_tajammu_is_no_gathering(detect, text):
    assert "141" not in _codes(detect, text)


@pytest.mark.parametrize("text", [
    "تجمع المحتجون أمام البرلمان.",
    "تجمع مئات المحتجين أمام البرلمان.",
    "وتجمع المتظاهرون في الساحة.",
    "شارك المئات في تجمع أمام البرلمان.",
    "عاد تجمع المتظاهرين أمام السفارة.",
])
def test_gathering_stays_a_protest(detect, text):
    # (guards against overreach: these pass on the old code too)
    assert "141" in _codes(detect, text)


@pytest.mark.parametrize("text", [
    "تسببت الأمطار الغزيرة أمس الأحد في غرق عدد من المنازل وقطع الطرق في جدة.",
    "وكانت السيول الجارفة التي اجتاحت القرى الجبلية أول من أمس قد تسببت في إعاقة حركة السير "
    "وقطعت الطرق المؤدية إلى القرى.",
    "تسببت العاصفة الرملية التي ضربت المنطقة الشمالية من البلاد مساء أمس، في انقطاع التيار "
    "الكهربائي وقطع الطرق وسقوط الأشجار.",
    "تسبب الحريق أمس في انقطاع الكهرباء وقطع الشوارع المجاورة في جدة.",
    "أدى الحادث المروري أمس إلى زحام شديد أو قطع الطريق السريع في الرياض.",
])
def test_a_closure_joined_to_the_weather_or_an_accident_is_no_protest(detect, text):
    assert "144" not in _codes(detect, text)


@pytest.mark.parametrize("text", [
    # a protest word between: the killing caused protests and the roads cut
    "أدى مقتل الشاب في الحادث أمس إلى احتجاجات وقطع الطرق في عمان.",
    # the accident is what the crowd's claim is about; وقطعوا: people did it
    "خرج محتجون أمس في عمان احتجاجاً على الحادث وقطعوا الطريق الرئيسي.",
    # its own subject inside the phrase
    "هطلت الأمطار أمس، وقطع محتجون الطريق في عمان احتجاجاً على الغلاء.",
])
def test_a_closure_by_people_stays_a_road_block(detect, text):
    # (guards against overreach: these pass on the old code too)
    assert "144" in _codes(detect, text)


@pytest.mark.parametrize("text", [
    "وطالب المتظاهرون بالإصلاح، فيما طوقت سيارات الشرطة المتظاهرين، بينما تجمع العشرات في "
    "الميدان.",
    "وبعد مشادات محدودة مع المتظاهرين تجمع أنصار الحزب أمام مقره.",
    "حاول أنصار الرئيس طرد المتظاهرين من الساحة، وتجمع العشرات منهم أمام البوابة.",
])
def test_a_protest_after_the_protesters_were_policed_is_its_setting(detect, text):
    assert not any(c.startswith("14") for c in _codes(detect, text))


@pytest.mark.parametrize("text", [
    "تجمع آلاف أمام البرلمان أمس وطوقت الشرطة المتظاهرين.",
    "تجمع آلاف أمام البرلمان أمس وفرقت الشرطة المتظاهرين بالغاز.",
    # an indefinite crowd policed: a protest told here
    "طوقت الشرطة متظاهرين تجمعوا أمام البرلمان أمس.",
])
def test_a_protest_told_before_its_policing_stays_one(detect, text):
    # (guards against overreach: these pass on the old code too)
    assert "141" in _codes(detect, text)


# a strike with its subject between the verb and «عن العمل» (events.json `strike` phrase): the
# present يضرب is also «hits», which coded these as beatings (182) before; a beating stays one
@pytest.mark.parametrize("text", [
    "يضرب الأطباء اليوم عن العمل احتجاجاً على تأخر الرواتب.",
    "يضرب المعلمون عن التدريس منذ أسبوع.",
    "أضرب عمال الميناء عن العمل أمس.",
])
def test_a_strike_with_its_subject_before_عن_العمل_is_a_strike(detect, text):
    codes = _codes(detect, text)
    assert "143" in codes and "182" not in codes


def test_a_present_beating_stays_a_beating(detect):
    assert "182" in _codes(detect, "يضرب الجنود المتظاهرين بالعصي.")
