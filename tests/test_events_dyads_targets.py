"""Who is acted on: the target side of dyads (tenth session), on sentences written for this file:

- armed men before من and a body (events.json `fighter_nouns`: مسلحون من حركة الشباب، مجاميع
  مسلحة من تنظيم القاعدة) are the body's men, coded as the body, as doers or as victims;
- a verb of targeting after an attack noun or a light verb's phrase (events.json
  `targeting_verbs`: غارات استهدفت مواقع لحركة حماس) tells what the attack hit: its object, or
  the owner of its object, is the attack's target, and its subject is the attack, not the
  victims told before it;
- "one of" (أحد) and the people harmed after a bare past verb of harm (قتل أحد عناصر الشرطة
  برصاص مسلحين) is the passive: they are the victims, not the killers;
- the antecedent of a relative pronoun before a verb of receiving (الذي يحظى بتأييد) is the
  target of the support, whose giver is the genitive;
- الحاكم right after a body (events.json `ruling_adjectives`: حزب العدالة والتنمية الحاكم) is
  its adjective, no second actor.
"""

from __future__ import annotations

import pytest

from _pipelines import detect  # noqa: F401 (fixture)
from _pipelines import dyads as coded
from _pipelines import dyads_of as dyads


def test_armed_men_of_a_body_are_the_body(nlp):
    # before: the gunmen (UAF) attacked al-Shabaab
    got = dyads(nlp, "وهاجم مسلحون من حركة الشباب قاعدة للاتحاد الأفريقي أمس.", "190")
    assert got == [("SOMREB", "IGOAFU")], got
    # before: the victims were unaligned gunmen, not al-Qaeda
    got = dyads(nlp, "وقتلت القوات الأميركية أمس 11 مسلحا من تنظيم القاعدة قرب تكريت.", "1823")
    assert got == [("USAMIL", "IMGREB")], got
    # the body's name in quotation marks after its head noun (before: the gunmen, UAF)
    got = dyads(nlp, "وقتلت القوات الأميركية أمس 11 مسلحا من تنظيم «القاعدة» قرب تكريت.",
                "1823")
    assert got == [("USAMIL", "IMGREB")], got
    # two words of armed men (before: no event, no subject found)
    got = dyads(nlp, "وكانت مجاميع مسلحة من تنظيم القاعدة هاجمت مدينة المكلا في أبريل.", "190")
    # (the city attacked stands for its people, civilians of its country: fourteenth session)
    assert got == [("IMGREB", "YEMCVL")], got
    # (men from a country are not coded as its state: no body after من)
    got = [s for c, _, s, _ in coded(nlp, "وهاجم مسلحون من سوريا مركزا للشرطة التركية أمس.")
           if c == "190"]
    assert got == ["UAF"], got


@pytest.mark.parametrize("text, dyad", [
    # before: no target (the owner of what the raids hit)
    ("وشنت المقاتلات الإسرائيلية فجر اليوم غارات استهدفت مواقع لحركة حماس في غزة.",
     ("ISRMIL", "PSEREB")),
    ("ووجهت الطائرات الأميركية أمس ضربة جوية استهدفت اجتماعا لقادة حركة طالبان.",
     ("USA", "AFGREB")),
])
def test_a_verb_of_targeting_after_a_raid_names_its_target(nlp, text, dyad):
    got = dyads(nlp, text, "195")
    assert got == [dyad], got


def test_the_victims_before_an_attack_noun_do_not_target(nlp, detect):
    # before: the policemen killed were the subject of استهدفت (COP attacking IRQCOP)
    text = "وقتل شرطيان أمس في انفجار عبوة ناسفة استهدفت دورية للشرطة العراقية في كركوك."
    assert not [d for c, _, *d in coded(nlp, text) if c == "190"], coded(nlp, text)
    # the attack keeps its target: the owner of the patrol (before: the soldiers attacked the
    # Lebanese army, and the attack noun had no target)
    text = "وأصيب ثلاثة جنود مساء أمس في هجوم انتحاري بسيارة مفخخة، استهدف حاجزا للجيش اللبناني."
    got = coded(detect, text)
    assert ("MIL", "LBNMIL") not in [(s, t) for _, _, s, t in got], got
    assert ("1831", "LBNMIL") in [(c, t) for c, _, _, t in got], got


def test_one_of_the_harmed_after_a_bare_past_verb_is_its_victim(nlp):
    # before: the policeman killed no one named (IRQCOP as the killer, no target)
    got = dyads(nlp, "وفي البصرة قتل أحد عناصر الشرطة العراقية مساء أمس برصاص مسلحين مجهولين.",
                "1823")
    assert got == [("UAF", "IRQCOP")], got


@pytest.mark.parametrize("text", [
    # before: no support coded (the giver and the receiver not told apart)
    "وزار الوزير المصري رئيس الحكومة الليبية الذي يحظى بتأييد ميليشيات فجر ليبيا.",
    # after a comma, the genitive of the support its giver
    "والتقى الوزير المصري رئيس الحكومة الليبية، الذي يحظى بتأييد ميليشيات فجر ليبيا.",
])
def test_who_enjoys_support_is_its_target(nlp, text):
    got = dyads(nlp, text, "051")
    assert got == [("LBYREB", "LBYGOV")], got


def test_the_ruling_party_is_one_actor(nlp):
    # before: الحاكم was a second actor (GOV), the meeting's other party
    got = dyads(nlp, "وعقد حزب العدالة والتنمية الحاكم أمس اجتماعا مع حزب الشعب الجمهوري.",
                "040")
    assert got == [("TURPTY", "TURPTY")], got
