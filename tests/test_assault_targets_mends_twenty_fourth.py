"""ASSAULT targets, review mends 2 (twenty-fourth session), on sentences written for this file:

- a verb of a toll with an object after it (a noun with a pronoun ending, a noun of civilians, a
  count) is the active: the people before it killed, they were not killed (grammar.json
  `toll_verb_complements` lists what may follow the passive: لقوا حتفهم);
- a toll denied (grammar.json `toll_denials`: نفى، نفت …) or said not to have happened (دون)
  earlier in its clause gives the attack no civilian target;
- shells fired في a town were fired from there: في is where they landed only after a verb of
  falling (`falling_verbs`), على wherever;
- the mentions over each word are looked up once per sentence (output-neutral).
"""

from __future__ import annotations

import pytest

from _pipelines import detect  # noqa: F401 (fixture)
from _pipelines import dyads_of as dyads


@pytest.mark.parametrize("text, cameo", [
    # a killer before an active قتل with his victims after it (before: CVL, the killer)
    ("وكان مواطن قتل شقيقه وابنه في الجيزة بعد شجار بينهما.", "1823"),
    # the wounder is not the blast's victim (before: the blast targeted him, CVL)
    ("وكان مواطن جرح جاره قبل أن تنفجر قنبلة في الحي.", "183"),
])
def test_the_doer_of_a_toll_verb_with_an_object_is_no_victim(detect, text, cameo):
    got = dyads(detect, text, cameo)
    assert got and all(t != "CVL" for _s, t in got), got


def test_a_toll_verb_with_no_object_still_counts_its_victims(detect):
    # near-miss: لقوا حتفهم is no object; the civilians died in the blast
    text = "انفجرت عبوة ناسفة في سوق ببغداد أمس، وثلاثة مدنيين لقوا حتفهم."
    assert (None, "CVL") in dyads(detect, text, "183"), dyads(detect, text, "183")


@pytest.mark.parametrize("text", [
    # a denied toll (before: the blast targeted CVL)
    "انفجرت سيارة مفخخة قرب المطار، ونفى الجيش سقوط مدنيين.",
    # a toll said not to have happened, many words after دون (before: CVL)
    "انفجرت قنبلة قرب المحطة دون أن يسفر الحادث الذي وقع مساء أمس عن مقتل مدنيين.",
])
def test_a_denied_toll_gives_no_civilian_target(detect, text):
    got = dyads(detect, text, "183")
    assert got and all(t != "CVL" for _s, t in got), got


def test_a_toll_told_after_a_denial_of_another_clause_counts(detect):
    # near-miss: the denial is of a link to the blast, in a clause before the comma of the toll
    text = ("ونفت الحركة أي صلة لها بالتفجير، وقال الشهود إن قنبلة انفجرت في السوق ما أسفر عن "
            "مقتل مدنيين.")
    got = dyads(detect, text, "183")
    assert (None, "CVL") in got, got


def test_shells_fired_from_a_town_do_not_hit_it(detect):
    # في after a verb of firing: where they were fired from (before: ISR CVL, its people)
    text = "أطلق المقاتلون قذائف في مدينة حيفا نحو لبنان."
    got = dyads(detect, text, "194")
    assert got and all(t is None or not t.endswith("CVL") for _s, t in got), got


def test_shells_that_fell_in_a_town_still_hit_it(detect):
    # near-miss: في after a verb of falling is where they landed
    text = "وتساقطت ثلاث قذائف في مدينة حمص مساء أمس."
    assert ("SYRCVL" in [t for _s, t in dyads(detect, text, "194")]), dyads(detect, text, "194")


def test_the_word_mention_map_finds_what_the_scan_found():
    from types import SimpleNamespace as NS

    from marsad.events.participants import _civilian_at, _mentions_by_word
    civ = NS(entity=NS(actor_code="CVL"), first=1, last=2)
    gov = NS(entity=NS(actor_code="GOV"), first=2, last=3)
    view = NS(mentions=[civ, gov], words=["في", "المدنيين", "الحكومه", "هنا", "مدنيان"])
    at = _mentions_by_word(view)
    for k in range(len(view.words)):
        assert _civilian_at(view, k, at) == _civilian_at(view, k), k
    assert _civilian_at(view, 2, at) is civ  # the first mention over a word, as before
