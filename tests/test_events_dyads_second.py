"""Who did what to whom, second round of the eighth session, on sentences written for this file,
for faults found reading events coded on SaudiNewsNet (political articles of 2015-07-24):

- passives news writes without their vowels: a victim followed at once by a second verb of harm
  (قتل شرطي وأصيب آخر), a dual verb of harm with no object (جنديين قتلا في الهجوم), a verb of
  accusing followed at once by its charge (الجيش الذي اتهم بعدم حماية السكان): the people named
  undergo the act, they do not do it.
"""

from __future__ import annotations

from _pipelines import dyads as coded


def pairs(nlp, text, cameo=None):
    return [(c, s, t) for c, _, s, t in coded(nlp, text) if cameo is None or c == cameo]


def test_a_victim_then_a_second_verb_of_harm_is_a_passive(nlp):
    # before: the policeman killed the gunmen
    got = pairs(nlp, "قتل شرطي وأصيب آخر في هجوم شنه مسلحون أمس.", "1823")
    assert got == [("1823", "REB", "COP")], got


def test_a_dual_verb_of_harm_without_object_is_a_passive(nlp):
    # before: the two soldiers killed the gunmen
    got = pairs(nlp, "وقالت الوزارة إن جنديين تركيين قتلا في هجوم شنه مسلحون.", "1823")
    assert got == [("1823", "REB", "TURMIL")], got


def test_accused_of_right_after_the_verb_is_a_passive(nlp):
    # before: the army accused the inhabitants
    got = pairs(nlp, "وقال الجيش الذي اتهم بعدم حماية السكان إنه سيحقق في الأمر.", "112")
    assert got == [], got
    # the active names the accused before the charge
    got = pairs(nlp, "واتهم الجيش المتمردين بقتل المدنيين.", "112")
    assert got == [("112", "MIL", "REB")], got
