"""Event sides (sixteenth session), on sentences written for this file:

- the owner of a pronoun on what an attack hit (events.json `owned_targets`: استهدف مسلحون
  موكبه، نجا الرئيس من هجوم استهدف منزله، ودمرت آلياتهم) is the attack's target, not the
  attacker and not none (but فجر انتحاري سيارته: his own car);
- who was hit, named in a participle's or a result's clause after the attack (مستهدفة مواقع
  المعارضة، مما أدى إلى إصابة عشرة من الجنود) is the target, rather than a place or none;
- the victims before an instrument of harm and its owner (قتل الشاب الفلسطيني برصاص الجيش
  الإسرائيلي) are the passive's subject, not the killer; a count after a quantifier (قتل أكثر
  من 750 شخصاً) makes the passive too, so no one named before is borrowed as the killer;
- a dual passive after its relative (اللذين قتلا برصاصة), a named person of any role with no
  object after the verb (قتل النائب العام … في تفجير) and the verb after أكثر مما (events.json
  `comparatives`: قصفت المدنيين أكثر مما قصفت المسلحين) keep the one harmed out of the source;
- an aside naming the news' source between commas (events.json `aside_openers`: ، بحسب مصادر
  محلية،) stands between a passive and its agent, and between an active's subject and object.
"""

from __future__ import annotations

from _pipelines import detect  # noqa: F401 (fixture)
from _pipelines import dyads_of as dyads


def test_the_owner_of_the_convoy_hit_is_the_target(detect):
    # before: no target (موكب is no military position)
    text = "وصل وزير الداخلية العراقي إلى الموصل، واستهدف مسلحون موكبه قرب المدينة."
    assert dyads(detect, text, "190") == [("UAF", "IRQGOV")], dyads(detect, text, "190")


def test_the_owner_of_the_home_an_attack_noun_hit_is_the_target(detect):
    # before: no target (the thing after the verb of targeting that describes the attack)
    text = "نجا الرئيس اليمني من هجوم استهدف منزله في عدن."
    assert dyads(detect, text, "190") == [(None, "YEMGOV")], dyads(detect, text, "190")


def test_the_owner_after_ala_of_the_attack_before(detect):
    # before: the destruction had no target (the Houthis stand after على)
    text = "شنت طائرات التحالف غارات على الحوثيين ودمرت آلياتهم في صعدة."
    assert dyads(detect, text, "1712") == [(None, "YEMREB")], dyads(detect, text, "1712")


def test_the_bombers_own_car_names_no_target(detect):
    # control (unchanged): the car is the bomber's; the army that tells of it was not hit
    text = "قال الجيش العراقي إن انتحاريا فجر سيارته قرب حاجز في الرمادي."
    assert dyads(detect, text, "183") == [("UAF", None)], dyads(detect, text, "183")
    # control: no one named owns the convoy
    text = "استهدف الهجوم موكبه في بغداد."
    assert dyads(detect, text, "190") == [(None, None)], dyads(detect, text, "190")


def test_the_object_of_the_participle_of_targeting(detect):
    # before: the province (SYR) was the target
    text = "قصفت الطائرات الروسية ريف إدلب مستهدفة مواقع المعارضة السورية."
    assert dyads(detect, text, "194") == [("RUS", "SYROPP")], dyads(detect, text, "194")


def test_the_victims_of_the_result_clause(detect):
    # before: no target
    text = "هاجم مسلحون قرية في نيجيريا مما أدى إلى إصابة عشرة من الجنود النيجيريين."
    assert dyads(detect, text, "190") == [("UAF", "NGAMIL")], dyads(detect, text, "190")
    # before: the city (its civilians) was the target
    text = "قصفت طائرات التحالف مدينة صعدة ما أسفر عن مقتل عناصر من الحوثيين."
    assert dyads(detect, text, "194") == [(None, "YEMREB")], dyads(detect, text, "194")


def test_the_attackers_own_dead_are_no_target(detect):
    # control (unchanged): the gunmen died, they did not hit themselves
    text = "هاجم مسلحون نقطة تفتيش مما أدى إلى مقتل خمسة من المسلحين."
    assert dyads(detect, text, "190") == [("UAF", None)], dyads(detect, text, "190")


def test_the_victim_before_the_instrument_and_its_owner(detect):
    # before: the Palestinian was the killer and there was no target
    text = "قتل الشاب الفلسطيني برصاص الجيش الإسرائيلي."
    assert dyads(detect, text, "1823") == [("ISRMIL", "PSE")], dyads(detect, text, "1823")


def test_the_doer_then_the_victim_before_the_instrument_stays_active(detect):
    # control (unchanged): Israel killed; the young man is no actor
    text = "قتلت إسرائيل الشاب برصاص جنودها."
    assert dyads(detect, text, "1823") == [("ISR", None)], dyads(detect, text, "1823")


def test_a_count_after_a_quantifier_is_the_passives_subject(nlp):
    # before: the president named in the sentence before was the killer (NGAGOV)
    text = ("قال الرئيس النيجيري محمد بخاري إنه سيسحق التمرد. ومنذ تولي بخاري الحكم في "
            "29 مايو الماضي، قتل أكثر من 750 شخصا.")
    got = [(e.cameo, e.source.actor_code if e.source else None) for e in nlp(text).events]
    assert ("1823", "NGAGOV") not in got, got


def test_an_aside_between_a_passive_and_its_agent(detect):
    # before: no event (the agent was past the seven words looked at)
    text = "اعتقل ناشط فلسطيني، بحسب مصادر محلية، من قبل الجيش الإسرائيلي."
    assert dyads(detect, text, "173") == [("ISRMIL", "PSEOPP")], dyads(detect, text, "173")


def test_an_aside_between_an_active_verbs_subject_and_object(detect):
    # before: no event (the police read as arrested, and then no source)
    text = "اعتقلت الشرطة التركية، بحسب مصادر محلية، عشرة ناشطين أكراد."
    assert dyads(detect, text, "173") == [("TURCOP", "KUROPP")], dyads(detect, text, "173")


def test_an_aside_before_the_place_of_the_passive(detect):
    # control (unchanged): the soldier was killed
    text = "قتل جندي تركي، بحسب مصادر أمنية، في هجوم على دورية."
    assert dyads(detect, text, "1823") == [(None, "TURMIL")], dyads(detect, text, "1823")


def test_a_dual_passive_after_its_relative_pronoun(detect):
    # before: the soldiers were the killers (the bullet after the verb was not read)
    text = "عثرت الشرطة على الجنديين اللذين قتلا برصاصة في الرأس قرب الحدود."
    assert dyads(detect, text, "1823") == [(None, "MIL")], dyads(detect, text, "1823")


def test_a_named_person_of_any_role_then_no_object_was_harmed(detect):
    # before: the prosecutor was the killer
    text = "قتل النائب العام المصري هشام بركات في تفجير استهدف موكبه بالقاهرة."
    assert ("EGYJUD", None) not in dyads(detect, text, "1823"), dyads(detect, text, "1823")
    assert (None, "EGYJUD") in dyads(detect, text, "1823"), dyads(detect, text, "1823")


def test_a_person_with_an_object_after_stays_the_doer(detect):
    # control (unchanged): the object after the person makes the verb active
    text = "اعتقل الرئيس التركي رجب طيب أردوغان مئات القضاة."
    assert dyads(detect, text, "173") == [("TURGOV", "JUD")], dyads(detect, text, "173")


def test_the_verb_after_a_comparative_repeats_the_first_ones_subject(detect):
    # before: the militants were the ones who shelled
    text = "قال معارضون إن الطائرات الروسية قصفت المدنيين أكثر مما قصفت المسلحين."
    assert dyads(detect, text, "194") == [("RUS", "CVL"), ("RUS", "UAF")], \
        dyads(detect, text, "194")


def test_the_owner_of_some_of_its_men_after_ala(detect):
    # before: no target (على and بعض stood between the doer and the men)
    text = ("ما زال حزب الله صامتا بشأن الغارة التي شنتها طائرات إسرائيلية على بعض عناصره "
            "قرب الحدود.")
    assert dyads(detect, text, "195") == [("ISR", "LBNPTY")], dyads(detect, text, "195")
