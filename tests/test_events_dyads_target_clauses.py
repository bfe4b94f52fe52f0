"""Who is acted on, past a relative clause or a verbal noun's object (eleventh session), on
sentences written for this file:

- an event noun whose doer its relative clause names (الزيارات التي قام بها كبار المسؤولين بين
  البلدين) has its target inside that clause, not after the comma that closes it;
- the relative clause of the object of a support (دعم العمليات التي تقوم بها القوات العراقية)
  names the one supported, and when it names no known actor (يقوم بها الأكراد) what the
  operations are against (ضد التنظيم) is not the target of the support; a plural in ات right
  after a singular noun is its object, no adjective (so its clause's doer is not the supporter);
- the actor after من following a verbal noun of expelling with its pronoun (ترحيلها من ألمانيا)
  expels, and the pronoun's referent is expelled;
- a verbal noun of targeting with بـ after an attack noun and its relational adjective (بدأت
  الغارات التركية باستهداف مواقع تابعة لتنظيم داعش) names what the attack hit;
- the relational adjective after a verbal noun and its object (إسقاط الطائرة الماليزية) is the
  object's: the country hit, not the doer.
"""

from __future__ import annotations

from _pipelines import detect  # noqa: F401 (fixture)
from _pipelines import dyads_of as dyads


def test_the_target_of_a_noun_done_in_its_relative_clause_is_inside_it(nlp, detect):
    # before: the visits of the officials had the Kuwaiti emir, thanked after the comma, as target
    text = "وأكد الوزير أهمية الزيارات التي قام بها كبار المسؤولين بين البلدين، معربا عن شكره " \
        "لأمير الكويت."
    got = dyads(detect, text, "042")
    assert ("GOV", "KWTGOV") not in got, got
    # (a target inside the clause is kept)
    text = "وأكد الرئيس المصري أهمية الزيارة التي قام بها وزير الخارجية الفرنسي إلى طهران، " \
        "معربا عن شكره لأمير الكويت."
    assert dyads(detect, text, "042") == [("FRAGOV", "IRN")], dyads(detect, text, "042")
    # nor one after the comma that closes an apposition, before a preposition
    text = "وأكد محللون أهمية الزيارة التي قام بها ولي العهد السعودي، وزير الدفاع، لمصر أمس."
    assert dyads(detect, text, "042") == [("SAUGOV", "EGY")], dyads(detect, text, "042")


def test_the_doer_in_the_object_clause_of_a_support_is_supported(nlp, detect):
    # before: the Iraqi forces supporting the Islamic State
    text = "وستستمر الولايات المتحدة في دعم العمليات التي تقوم بها القوات العراقية ضد تنظيم داعش."
    assert dyads(detect, text, "051") == [("USA", "IRQMIL")], dyads(detect, text, "051")
    # before: the United States supporting "the organisation" the Kurds fight
    text = "وستستمر الولايات المتحدة في دعم العمليات التي يقوم بها الأكراد ضد التنظيم في شمال " \
        "سوريا."
    got = dyads(detect, text, "051")
    assert ("USA", "REB") not in got, got


def test_who_expels_stands_after_min(nlp):
    # before: the activist deporting Germany
    text = "وقالت المحامية إن الناشطة المصرية تخشى ترحيلها من ألمانيا إلى القاهرة."
    assert dyads(nlp, text, "174") == [("DEU", "EGYOPP")], dyads(nlp, text, "174")


def test_targeting_named_by_a_verbal_noun_after_the_raids(nlp, detect):
    # before: no target (the adjective التركية stood between the raids and the targeting)
    text = "وبدأت الغارات التركية الأسبوع الماضي باستهداف مواقع تابعة لتنظيم داعش في سوريا."
    got = [t for _, t in dyads(detect, text, "195")]
    assert got == ["IMGREB"], got


def test_the_adjective_of_the_object_of_a_downing_is_the_target(nlp, detect):
    # before: Malaysia downing the plane over Ukraine
    text = "وقتل 298 شخصا في إسقاط الطائرة الماليزية فوق أوكرانيا العام الماضي."
    got = [(s or None, t) for s, t in dyads(detect, text, "190")]
    assert got == [(None, "MYS")], got
