"""The lead's review of actor names, twenty-second session, on sentences written for this file:

- a party of the dictionaries joins a nisba of another country only when the nisba is a singular
  adjective agreeing with the party's noun; a plural nisba after it is the verb's object;
- an envoy noun (السفير، القنصل) before في makes «عمان» after it the city, as an embassy does.

Each expected value was worked out by hand."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp_actors():
    import marsad

    return marsad.load(("layout", "sentences", "tokens", "actors"))


def _ents(nlp, text):
    return [(e.text, e.actor_code) for e in nlp(text).entities]


# -- 1. a party and a nisba of another country -----------------------------------------------

@pytest.mark.parametrize("plural, party, people, code, singular, name, party_code", [
    # before: «حزب الله الإسرائيليين» ISRPTY, «حزب العمال الأستراليين» AUSPTY
    ("واتهم حزب الله الإسرائيليين بقصف القرية.", "حزب الله", "الإسرائيليين", "ISR",
     "وانتقد حزب العمال الأسترالي الحكومة.", "حزب العمال الأسترالي", "AUSPTY"),
    ("وانتقد حزب العمال الأستراليين في بيان.", "حزب العمال", "الأستراليين", "AUS",
     "وقالت حركة النهضة الفرنسية إن الاجتماع تأجل.", "حركة النهضة الفرنسية", "FRAPTY"),
])
def test_party_joins_only_a_singular_agreeing_nisba(nlp_actors, plural, party, people, code,
                                                    singular, name, party_code):
    # a plural nisba after the party is the verb's object, not the party's adjective
    ents = _ents(nlp_actors, plural)
    assert (people, code) in ents
    assert any(t == party for t, _c in ents)
    assert not any(t.startswith(party + " ") for t, _c in ents)
    # a singular one agreeing with the party's noun still names the namesake party
    assert (name, party_code) in _ents(nlp_actors, singular)


def test_feminine_nisba_after_a_masculine_party_noun_is_not_joined(nlp_actors):
    # «الفرنسية» agrees with no «حزب»: it is not the party's adjective
    ents = _ents(nlp_actors, "وانتقد حزب العمال الفرنسية في بيان.")
    assert not any(t.startswith("حزب العمال ") for t, _c in ents)


# -- 2. an envoy before في: «عمان» is Amman --------------------------------------------------

@pytest.mark.parametrize("text", [
    "وزار السفير الإسرائيلي في عمان الوزير.",
    "وقال القنصل العام في عمان إن المكتب سيفتح غدا.",
    "والتقى الوزير سفير مصر في عمان أمس.",
])
def test_amman_after_an_envoy(nlp_actors, text):
    amman = [e for e in nlp_actors(text).entities if e.text == "عمان"]
    assert amman and amman[0].canonical == "Amman" and amman[0].actor_code is None


def test_oman_named_more_keeps_oman_after_an_envoy(nlp_actors):
    # the envoy reads Amman with no other cue …
    doc = nlp_actors("والتقى الوزير سفير الهند في عمان أمس.")
    assert next(e for e in doc.entities if e.text == "عمان").canonical == "Amman"
    # … but an article naming Oman more keeps Oman
    doc = nlp_actors("واستقبل السلطان قابوس سفير الهند في عمان، وشكر السفير سلطنة عمان.")
    assert next(e for e in doc.entities if e.text == "عمان").actor_code == "OMN"
