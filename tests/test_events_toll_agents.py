"""Who killed: the agent of a killing or a wounding told by its toll, taken from the attack it
happened in, through the whole pipeline, on sentences written for this file:

- a passive killing in an attack (في / جراء / إثر / بـ + the attack noun, also after سلسلة من):
  the attack's doer is its agent, named by the nisba of the attack noun (after at most one other
  adjective: الضربات الجوية الأميركية), its لـ genitive (بقصف للجيش السوري) or the subject of
  the verb of doing after it (في هجوم شنه مسلحون);
- a toll that is the result of an attack (أسفرت غارة أميركية عن مقتل، وأدى القصف الإسرائيلي إلى
  مقتل، الهجوم الذي شنه مسلحون … أسفر عن مقتل): the attack's doer;
- not a place after the attack noun (في قصف للمناطق الباكستانية: the areas shelled are no
  agent), and an indefinite nisba belongs to the noun right before it, not to the victims named
  earlier (مدنيين جراء غارة أمريكية: the civilians are not American).
"""

from __future__ import annotations

import pytest

from _pipelines import detect, dyads  # noqa: F401 (detect is a fixture)


@pytest.mark.parametrize("text, source, target", [
    ("وقتل 150 مدنياً على الأقل في سلسلة من الضربات الجوية الأميركية.", "USA", "CVL"),
    ("قتل خمسة مدنيين جراء غارة أمريكية على القرية أمس.", "USA", "CVL"),
    ("قتل ثلاثة أشخاص بقصف للجيش السوري على حلب أمس.", "SYRMIL", "CVL"),
    ("قتل عشرة جنود في هجوم شنته حركة طالبان على قاعدة عسكرية أمس.", "AFGREB", "MIL"),
])
def test_a_passive_killing_takes_the_doer_of_its_attack(nlp, text, source, target):
    got = [(s, t) for c, _m, s, t in dyads(nlp, text) if c == "1823"]
    assert got and got[0] == (source, target)


@pytest.mark.parametrize("text, source, target", [
    ("أسفرت غارة أمريكية أمس عن مقتل عشرة مسلحين.", "USA", "UAF"),
    ("وأدى القصف الإسرائيلي أمس إلى مقتل ثلاثة مدنيين.", "ISR", "CVL"),
    ("الهجوم الذي شنه مسلحون على الحاجز أمس أسفر عن مقتل خمسة جنود.", "UAF", "MIL"),
])
def test_a_toll_takes_the_doer_of_the_attack_it_resulted_from(nlp, text, source, target):
    got = [(s, t) for c, _m, s, t in dyads(nlp, text) if c == "1823"]
    assert got and got[0] == (source, target)


def test_a_place_after_the_attack_noun_is_no_agent(detect):
    got = [(s, t) for c, _m, s, t in dyads(
        detect, "وذكرت أن أربعة مدنيين قتلوا في قصف للمناطق الباكستانية من الإقليم أمس.")
        if c == "1823"]
    assert got and got[0][0] is None and got[0][1] == "CVL"


def test_a_clash_names_no_doer_of_its_toll(detect):
    # المواجهات is no attack with a doer: the toll keeps no source
    got = [(s, t) for c, _m, s, t in dyads(detect, "أسفرت المواجهات أمس عن مقتل خمسة جنود.")
           if c == "1823"]
    assert got and got[0][0] is None
