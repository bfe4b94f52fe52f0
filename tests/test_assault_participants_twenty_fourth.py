"""Who an attack hit when its sentence names no actor as its target (twenty-fourth session), on
sentences written for this file:

- the civilians a toll counts (grammar.json `unnamed_victim_nouns` after `victim_toll_words` or
  before `victim_toll_verbs`: قتل مدنيان، مدنيين اثنين قتلا، ما أسفر عن مقتل عشرة أشخاص) are
  the target, CVL with no country (as the OEDA coders code unnamed civilians); a count of
  people that says no more (شخصان) and civilians who were not harmed stay no target;
- shells landing on a town (grammar.json `projectile_nouns`: سقطت قذائف على مدينة درعا، على حي
  سكني في مدينة حلب، سقطت قذيفة، بمدينة نجران) hit its people, civilians of its country;
- a town that underwent an attack (تعرضت مدينة الموصل لهجوم) stands for its people too; a
  country or a body that did stays what it is.
"""

from __future__ import annotations

import pytest

from _pipelines import detect  # noqa: F401 (fixture)
from _pipelines import dyads_of as dyads


@pytest.mark.parametrize("text, cameo", [
    # a dual the agents dictionary lacks, after its toll verb (before: no target)
    ("قتل مدنيان وأصيب ثلاثة آخرون في انفجار عبوة ناسفة في بغداد أمس.", "1823"),
    # the toll in the result clause of the blast (before: the blast had no target)
    ("وقالت الشرطة إن عبوة ناسفة انفجرت قرب سوق شعبي أمس ما أسفر عن مقتل عشرة أشخاص على "
     "الأقل.", "1833"),
    ("وانفجرت قنبلة في سوق ببغداد أمس ما أدى إلى مقتل امرأتين.", "183"),
])
def test_the_civilians_a_toll_counts_are_the_target(detect, text, cameo):
    got = dyads(detect, text, cameo)
    # civilians with no country, though the sentence names a city of Iraq
    assert got == [(None, "CVL")], got


def test_a_count_of_people_or_civilians_not_harmed_are_no_target(detect):
    # near-misses: شخصان tells only how many (the coders give it no role) ...
    text = "قتل شخصان وأصيب ثلاثة في انفجار قنبلة بمدينة كراتشي أمس."
    assert all(t is None for _s, t in dyads(detect, text, "1823")), dyads(detect, text, "1823")
    # ... and the civilians the police held were not the blast's victims
    text = "اعتقلت الشرطة مدنيين اثنين بعد انفجار عبوة في الموصل أمس."
    assert all(t != "CVL" for _s, t in dyads(detect, text, "183")), dyads(detect, text, "183")


@pytest.mark.parametrize("text, target", [
    # before: the city's country (SYR) alone
    ("سقطت قذائف هاون على مدينة درعا مساء أمس.", "SYRCVL"),
    # على a thing hit, then في + the town (before: SYR)
    ("سقطت قذيفة على حي سكني في مدينة حلب أمس.", "SYRCVL"),
    ("سقطت قذيفة على منزل بمدينة حلب أمس.", "SYRCVL"),
    # ب + the town after a comma (before: no event at all)
    ("سقطت قذيفة صاروخية، بمدينة نجران أمس.", "SAUCVL"),
])
def test_shells_landing_on_a_town_hit_its_people(detect, text, target):
    got = dyads(detect, text, "194")
    assert got == [(None, target)], got


def test_shells_fired_from_a_town_do_not_hit_it(detect):
    # near-miss: من names where the shells came from, not where they fell
    text = "أطلق الجيش قذائف من مدينة درعا أمس."
    assert all(t != "SYRCVL" for _s, t in dyads(detect, text, "194")), dyads(detect, text, "194")


def test_a_town_that_underwent_an_attack_stands_for_its_people(detect):
    # before: IRQ, the city as if it were the state
    text = "تعرضت مدينة الموصل لهجوم أمس."
    assert dyads(detect, text, "190") == [(None, "IRQCVL")], dyads(detect, text, "190")
    # the attackers named after it stay the source
    text = "وتعرضت مدينة عدن لهجوم شنه الحوثيون أمس."
    assert dyads(detect, text, "190") == [("YEMREB", "YEMCVL")], dyads(detect, text, "190")


@pytest.mark.parametrize("text, target", [
    # controls (unchanged): a country stays the country, a body stays the body
    ("تعرضت سوريا لهجوم أمس.", "SYR"),
    ("تعرضت السفارة الأمريكية في بغداد لهجوم أمس.", "USAGOV"),
])
def test_a_country_or_a_body_that_underwent_an_attack_stays_itself(detect, text, target):
    got = dyads(detect, text, "190")
    assert got == [(None, target)], got
