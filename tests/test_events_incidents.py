"""One incident told by two violent events of a sentence (twenty-seventh session, h7;
`marsad.events.incidents`): the attack and its toll lend each other the source or target the
other lacks, as the coders code one dyad for the attack.

- a toll verb joined by ف / لـ to a bombing (فجر انتحاري نفسه فقتل خمسة جنود): the bombing's
  target is the dead, the killing's doer the bomber;
- a toll and the attack it happened in (في هجوم … استهدف مقراً للجيش): the toll with no
  doer takes the attack's, the attack with no target the toll's victims, and the toll with no
  victim named (لقي عشرون شخصاً حتفهم) the target the attack was said to aim at (after استهدف
  or على);
- a place is not lent (تفجير سيارة في مدينة حلب: where, not whom).

Every sentence was written for these tests.
"""

from __future__ import annotations

import pytest

from _pipelines import detect  # noqa: F401 (fixture)
from _pipelines import dyads


def _assaults(nlp, text):
    return [(c, s, t) for c, m, s, t in dyads(nlp, text) if c.startswith(("18", "19"))]


def test_a_bombing_takes_the_victims_of_the_killing_it_led_to(detect):
    # before: the bombing (183) had no target and the killing (1823) no doer
    got = _assaults(detect, "فجر انتحاري نفسه أمس عند مدخل السوق فقتل سبعة من عناصر الشرطة.")
    assert got and all(s == "UAF" and t == "COP" for _c, s, t in got), got


def test_a_toll_with_no_victim_named_takes_the_attacks_target(detect):
    # the dead counted with no role (شخصاً): the attack they died in was on the army
    got = _assaults(detect, "لقي عشرون شخصا حتفهم أمس وأصيب ثلاثون في هجوم انتحاري بسيارة "
                            "مفخخة استهدف مقرا للجيش.")
    assert got and got[0][2] == "MIL", got


def test_the_attack_named_among_several_gives_the_target(detect):
    # في سلسلة هجمات كان آخرها هجوم …: the attack noun and the event a few words on
    got = _assaults(detect, "لقي عشرة حتفهم أمس في سلسلة هجمات كان آخرها هجوم بسيارة مفخخة "
                            "استهدف مقرا للشرطة في الحلة.")
    assert got and got[0][2] == "COP", got


def test_named_victims_keep_their_code(detect):
    # a guard (passes on both trees): the toll's own victims are not replaced by the attack's
    got = _assaults(detect, "قتل خمسة جنود أمس في هجوم انتحاري استهدف دورية للشرطة في الموصل.")
    assert got and got[0][2] == "MIL", got


def test_the_town_of_the_blast_is_no_victim(detect):
    # the explosion's place (read as its target) is not lent to the toll with no victim named
    # (a guard, passes on both trees)
    got = _assaults(detect, "أعلنت مصادر أمنية مقتل شخصين أمس في تفجير سيارة مفخخة في مدينة "
                            "حلب.")
    assert all(t != "SYR" for c, _s, t in got if c.startswith("182")), got


@pytest.mark.parametrize("text, doer", [
    ("قتل جندي وأصيب آخر بجروح خطيرة أمس في هجوم نفذه ملثمون في دياربكر.", "UAF"),
    ("قتل ستة مدنيين وأصيب آخرون أمس في قصف مدفعي للحوثيين على حي سكني في تعز.", "YEMREB"),
])
def test_the_attacks_doer_is_the_tolls(detect, text, doer):
    # before: the killing had no source (the attack's doer too far from the toll's verb)
    got = _assaults(detect, text)
    assert got and got[0][1] == doer, got


def test_an_actor_after_the_attack_noun_is_not_its_aim(detect):
    # a guard (passes on both trees): the genitive after هجمات is the doer, not a victim
    got = _assaults(detect, "لقي عشرة حتفهم أمس في هجمات لحركة الشباب في جنوب الصومال.")
    assert got and got[0][2] != "SOMREB", got


def test_another_clause_tells_another_incident(detect):
    # a guard (passes on both trees): فيما قتل …, the second toll's attack is not the first's
    got = _assaults(detect, "قتل ستة مدنيين أمس في قصف على السوق، فيما لقي ثلاثة حتفهم في "
                            "هجوم استهدف دورية للجيش.")
    assert ("1823", None, "CVL") in got and got[0][2] == "CVL", got
