"""A kind head's list and a member named with من (twenty-sixth session, h12): the nouns of
violence coordinated after a kind head (grammar.json `kind_heads`: فنون، أساليب) with و or a
comma and و are kinds too, no act told, up to a verb that opens a new clause; and a noun of an
armed man or a member (events.json `fighter_nouns`, grammar.json `member_words`) + من + a body
is that body's man: the body is on his side of the event, not its target.
Sentences written for this file.
"""

from __future__ import annotations

from _pipelines import PUBLISHED, detect  # noqa: F401  (the fixture)

FACTUAL = ("asserted", "reported")


def _assaults(nlp, text):
    doc = nlp(text, published=PUBLISHED)
    return [e for e in doc.events if e.plover == "ASSAULT"]


def _told(nlp, text, trigger) -> bool:
    return any(e.modality in FACTUAL and trigger in e.trigger for e in _assaults(nlp, text))


# --- the list after a kind head -------------------------------------------------------------

def test_the_members_after_commas_are_kinds_too(detect):
    text = "ونشر التنظيم أمس في الرقة كتيبا عن فنون القتال، والاغتيال، والتفجير."
    assert not _told(detect, text, "والاغتيال")
    assert not _told(detect, text, "والتفجير")


def test_a_member_after_و_and_a_comma(detect):
    text = "درّب التنظيم عشرة شبان أمس في الرقة على أساليب القتل والخطف، والتفجير."
    assert not _told(detect, text, "والتفجير")


def test_a_new_clause_after_the_comma_is_told(detect):
    # (the comma, then a verb: وقتل opens a clause of its own, the attack in it is told)
    text = "ودرس الشبان أمس في الرقة فنون القتال، وقتل المسلحون ثلاثة جنود في هجوم قرب المعسكر."
    assert _told(detect, text, "وقتل")
    assert _told(detect, text, "هجوم")


def test_a_noun_after_a_verb_after_the_list_is_told(detect):
    text = ("درّب التنظيم عشرة شبان أمس في الرقة على أساليب القتل، وأكد الجيش أن التفجير "
            "وقع قرب المعسكر.")
    assert _told(detect, text, "التفجير")


# --- a man of a body named with من ---------------------------------------------------------

def _roles(nlp, text, trigger):
    e = next(e for e in _assaults(nlp, text) if trigger in e.trigger)
    return (e.source.actor_code if e.source else None, e.target.actor_code if e.target else None)


def test_a_militant_of_a_movement_is_its_man_not_its_target(detect):
    text = "اقتحم متشدد من حركة الشباب المكان أمس في مقديشو وقتل ثلاثة أشخاص."
    source, target = _roles(detect, text, "اقتحم")
    assert source == "SOMREB" and target != "SOMREB"


def test_cadres_of_a_movement_are_its_men(detect):
    text = "اقتحم كوادر من حركة الشباب فندقا أمس في مقديشو."
    source, target = _roles(detect, text, "اقتحم")
    assert source == "SOMREB" and target != "SOMREB"


def test_a_militant_of_a_movement_killed_is_the_movement_harmed(detect):
    # (the man as the object: the body is the target, as before)
    text = "قتلت القوات الصومالية أمس مسلحا من حركة الشباب في مقديشو."
    assert _roles(detect, text, "قتلت") == ("SOMMIL", "SOMREB")


def test_a_headquarters_of_a_movement_stays_its_target(detect):
    # (a place of the body, no man of it: the body is the target)
    text = "اقتحم الجيش الصومالي أمس مقرا من مقرات حركة الشباب في مقديشو."
    assert _roles(detect, text, "اقتحم") == ("SOMMIL", "SOMREB")
