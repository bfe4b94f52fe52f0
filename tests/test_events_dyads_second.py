"""Who did what to whom, second round of the eighth session, on sentences written for this file,
for faults found reading events coded on SaudiNewsNet (political articles of 2015-07-24):

- passives news writes without their vowels: a victim followed at once by a second verb of harm
  (قتل شرطي وأصيب آخر), a dual verb of harm with no object (جنديين قتلا في الهجوم), a verb of
  accusing followed at once by its charge (الجيش الذي اتهم بعدم حماية السكان): the people named
  undergo the act, they do not do it; so a definite count after the verb (حيث قتل المئات منهم)
  and victims ending with آخران، إضافيان، على الأقل;
- pairs among the targets: those a verb of discussion or a telephone call names (تناقشها موسكو
  مع شركائها السوريين والأميركيين) spoke with the subject, not with each other; a meeting (قمة مع
  X وY، التقى X وY) still pairs them;
- a member of a body named as such (قيادي في حماس، ناشط في كتائب الأقصى، عنصر في حزب الله) is
  coded as that body, as عنصر من is; one killed is a victim.
"""

from __future__ import annotations

from _pipelines import dyads as coded


def pairs(nlp, text, cameo=None):
    return [(c, s, t) for c, _, s, t in coded(nlp, text) if cameo is None or c == cameo]


def test_a_victim_then_a_second_verb_of_harm_is_a_passive(nlp):
    # before: the policeman killed the gunmen
    got = pairs(nlp, "قتل شرطي وأصيب آخر في هجوم شنه مسلحون أمس.", "1823")
    assert got == [("1823", "UAF", "COP")], got


def test_a_dual_verb_of_harm_without_object_is_a_passive(nlp):
    # before: the two soldiers killed the gunmen
    got = pairs(nlp, "وقالت الوزارة إن جنديين تركيين قتلا في هجوم شنه مسلحون.", "1823")
    assert got == [("1823", "UAF", "TURMIL")], got


def test_accused_of_right_after_the_verb_is_a_passive(nlp):
    # before: the army accused the inhabitants
    got = pairs(nlp, "وقال الجيش الذي اتهم بعدم حماية السكان إنه سيحقق في الأمر.", "112")
    assert got == [], got
    # the active names the accused before the charge
    got = pairs(nlp, "واتهم الجيش المتمردين بقتل المدنيين.", "112")
    assert got == [("112", "MIL", "REB")], got


def test_those_a_verb_of_discussion_names_did_not_meet_each_other(nlp):
    # before: a third pair, Syria with the United States
    got = pairs(nlp, "وهي خطة تناقشها موسكو مع شركائها السوريين والأميركيين.", "040")
    assert sorted(got) == [("040", "RUS", "SYR"), ("040", "RUS", "USA")], got
    # a telephone call with two presidents is two calls
    got = pairs(nlp, "وأجرى الرئيس الروسي اتصالا هاتفيا مع الرئيس الأمريكي والرئيس التركي.")
    assert sorted(got) == [("041", "RUSGOV", "TURGOV"), ("041", "RUSGOV", "USAGOV")], got
    # a summit brought all three together
    got = pairs(nlp, "وعقد الملك قمة مع الرئيس الإيراني والرئيس التركي.", "040")
    assert ("040", "IRNGOV", "TURGOV") in got, got


def test_a_definite_count_or_victims_at_least_after_a_verb_of_harm(nlp):
    # before: the security men as the killers of the hundreds
    got = pairs(nlp, "وتستهدف الهجمات عناصر الأمن في المدينة، حيث قتل المئات منهم.", "1823")
    assert got == [], got
    # before: the two soldiers as the killers
    got = pairs(nlp, "قتل جنديان تركيان إضافيان على الأقل في هجوم شنه مسلحون.", "1823")
    assert got == [("1823", "UAF", "TURMIL")], got
    # the relative clause's verb is active
    got = pairs(nlp, "إن نظام الأسد الذي قتل الآلاف من شعبه لن يبقى.", "1823")
    assert [s for _, s, _ in got] == ["SYRGOV"], got


def test_a_member_of_a_body_named_as_such_is_coded_as_the_body(nlp):
    # before: no event (the leader is no actor, Hamas in a PP)
    got = pairs(nlp, "وانتقد قيادي في حركة حماس السلطة الفلسطينية بشدة.", "111")
    assert got == [("111", "PSEREB", "PSEGOV")], got
    # before: the activist coded as any opposition
    got = pairs(nlp, "واعتقلت القوات الإسرائيلية ناشطا في كتائب شهداء الأقصى في نابلس.", "173")
    assert got == [("173", "ISRMIL", "PSEREB")], got
    # the gunmen before are not the member's title; the member killed is the victim
    got = pairs(nlp, "وهاجم مسلحون منزل قيادي في حزب الله في بعلبك.", "190")
    assert got == [("190", "UAF", "LBNPTY")], got
    got = pairs(nlp, "وقتل عنصر في حزب الله في غارة إسرائيلية على القنيطرة.", "1823")
    assert got == [("1823", "ISR", "LBNPTY")], got
