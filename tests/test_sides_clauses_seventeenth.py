"""Event sides at the level of clauses (seventeenth session), on sentences written for this file:

- the people of a place or the men of a body named before, told by a pronoun on the word for
  them after a count and من (events.json `resident_nouns`: وقتلوا عدداً من سكانها، واعتقلت عشرة
  من أهله; `owned_targets`: عدداً من عناصره) are the target of the later verb that has none;
- the person before الذي / الذين is who the act was done to, not an actor of the relative clause
  with a verb of its own (قتلت القوات الشاب الذي طعن جندياً); a verb that tells who the person is
  (events.json `relative_identity_verbs`: الرجل الذي كان يعمل في الشرطة) and a thing's relative
  clause (المواقع التي يسيطر عليها داعش) keep it;
- who reports an event, before أنه / إنه whose ه cannot stand for it, is not its doer (ذكرت
  صحيفة … أنه قد تجمع مائتا سائق);
- who falls dead (events.json `fallen_verbs`: سقط … قتلى), one named with the body he is of
  before a verb of harm and no object (قتلت ناشطة من المعارضة في اشتباك) and those counted before
  a plural verb of harm joined to another (قتلوا وأصيب عشرات) were harmed: the target, not the
  source.
"""

from __future__ import annotations

from _pipelines import detect  # noqa: F401 (fixture)
from _pipelines import dyads_of as dyads


def test_the_residents_of_the_village_attacked_before(detect):
    # before: no target (the pronoun of سكانها stood for no actor)
    text = "هاجم مسلحون قرية في شمال نيجيريا وقتلوا عددا من سكانها."
    assert dyads(detect, text, "1823") == [("UAF", "NGACVL")], dyads(detect, text, "1823")


def test_the_people_of_the_camp_of_the_sentence_before(detect):
    # before: the arrest had no target and was dropped
    text = "اقتحمت القوات الإسرائيلية مخيم جنين. واعتقلت عشرة من أهله."
    assert dyads(detect, text, "173") == [("ISRMIL", "PSECVL")], dyads(detect, text, "173")


def test_the_men_of_the_body_whose_seat_was_attacked(detect):
    # before: no target
    text = "هاجم مسلحون مقرا لحزب الله في الجنوب وقتلوا عددا من عناصره."
    assert dyads(detect, text, "1823") == [("UAF", "LBNPTY")], dyads(detect, text, "1823")


def test_his_family_is_not_the_people_of_the_city(detect):
    # control: أهله (masculine) cannot stand for القاهرة; no Egyptian civilians arrested
    text = "وصل الناشط إلى القاهرة واعتقلت الشرطة عددا من أهله."
    assert all(t != "EGYCVL" for _s, t in dyads(detect, text, "173")), dyads(detect, text, "173")


def test_the_actor_of_the_objects_relative_clause_is_not_arrested(detect):
    # before: the Turkish police were the ones arrested
    text = "اعتقلت قوات الأمن الرجل الذي هاجم الشرطة التركية."
    assert all(t != "TURCOP" for _s, t in dyads(detect, text, "173")), dyads(detect, text, "173")
    # the attack told in the relative clause keeps its target
    assert dyads(detect, text, "190") == [(None, "TURCOP")], dyads(detect, text, "190")


def test_the_soldier_stabbed_is_not_the_one_killed(detect):
    # before: the Israeli soldier was the killing's target (the victims' fallback)
    text = "قتلت القوات الإسرائيلية الشاب الذي طعن جنديا إسرائيليا."
    assert dyads(detect, text, "1823") == [("ISRMIL", None)], dyads(detect, text, "1823")
    text = "قتل مسلحون المدنيين الذين فروا من الجيش السوري."
    assert dyads(detect, text, "1823") == [("UAF", None)], dyads(detect, text, "1823")


def test_a_relative_clause_that_tells_who_the_person_is(detect):
    # control (unchanged): the man worked in the police; the police were hit in him
    text = "قتل مسلحون الرجل الذي كان يعمل في الشرطة العراقية."
    assert dyads(detect, text, "1823") == [("UAF", "IRQCOP")], dyads(detect, text, "1823")


def test_a_things_relative_clause_names_its_owner(detect):
    # control (unchanged): the sites Daesh holds were bombed, Daesh is the target
    text = "قصفت الطائرات المواقع التي يسيطر عليها تنظيم داعش في الرقة."
    assert dyads(detect, text, "194") == [(None, "IMGREB")], dyads(detect, text, "194")


def test_the_newspaper_that_reports_a_gathering_is_not_its_crowd(detect):
    # before: the newspaper was the protest's source
    text = "ذكرت صحيفة «الأهرام» أنه قد تجمع مائتا سائق أمام المصنع."
    assert dyads(detect, text, "141") == [(None, None)], dyads(detect, text, "141")


def test_the_reporter_resumed_by_its_pronoun_is_kept(detect):
    # control (unchanged): أنها stands for the police, who arrested
    text = "أعلنت الشرطة أنها اعتقلت عشرة متظاهرين."
    assert dyads(detect, text, "173") == [("COP", "CVL")], dyads(detect, text, "173")


def test_who_fell_dead_is_the_target(detect):
    # before: the policemen were the killers
    text = "سقط عشرات من عناصر الشرطة قتلى في الهجوم."
    assert dyads(detect, text, "1823") == [(None, "COP")], dyads(detect, text, "1823")
    # before: the soldiers were the killers; since the nineteenth session the gunmen after
    # اشتباكات مع are (test_sides_nineteenth.py, the killers after مع)
    text = "وقال مسؤولون إن عشرة جنود سقطوا قتلى وجرحى في اشتباكات مع مسلحين."
    assert dyads(detect, text, "1823") == [("UAF", "MIL")], dyads(detect, text, "1823")


def test_one_named_with_her_body_before_a_verb_of_harm_was_harmed(detect):
    # before: the activist was the killer
    text = "قتلت ناشطة من المعارضة في تبادل لإطلاق النار مع الشرطة."
    assert dyads(detect, text, "1823") == [(None, "OPP")], dyads(detect, text, "1823")


def test_men_of_a_body_before_an_object_killed(detect):
    # control (unchanged): an object after the body: the active
    text = "قتل مسلحون من داعش جنديين عراقيين."
    assert dyads(detect, text, "1823") == [("IMGREB", "IRQMIL")], dyads(detect, text, "1823")


def test_a_plural_verb_of_harm_then_another_joined_is_the_passive(detect):
    # before: the militants counted before قتلوا were the killers
    text = "وقال الجيش إن أكثر من 20 مسلحا حوثيا قتلوا وأصيب عشرات آخرون في المعارك."
    assert dyads(detect, text, "1823") == [(None, "UAF")], dyads(detect, text, "1823")
