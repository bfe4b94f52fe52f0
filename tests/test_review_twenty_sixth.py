"""Review leftovers of the twenty-sixth session (h8): one bare noun for the actors' look-ups, the
default of `Register.evidence_outside`, and the accusing verbs' forms kept in the pipeline's
resources. Sentences written for these tests."""

from __future__ import annotations

import pytest

from marsad.events.register import TODAY, Register


# --- one bare noun (body_mentions and anaphora) -------------------------------------------------
@pytest.mark.parametrize("word, bare", [
    ("والتيار", "تيار"), ("للحزب", "حزب"), ("بالتنظيم", "تنظيم"), ("لحزبه", "حزب"),
    ("الجماعة", "جماعة"), ("حزبهم", "حزب"),
    # a noun of four letters keeps its first letter (no و/ف/ب/ل/ك of it is a proclitic)
    ("فصيل", "فصيل"), ("كتلة", "كتلة"),
])
def test_bare_noun(word, bare):
    from marsad.text.normalize import bare_noun

    assert bare_noun(word) == bare


def test_bare_noun_without_the_suffix_keeps_a_pronoun():
    # (anaphora: حزبه is his party, no anaphor of the party named before)
    from marsad.text.normalize import bare_noun

    assert bare_noun("للحزب", suffix=False) == "حزب"
    assert bare_noun("حزبه", suffix=False) == "حزبه"


def test_the_two_modules_share_it():
    from marsad.actors import anaphora, body_mentions

    assert not hasattr(body_mentions, "_bare_noun") and not hasattr(anaphora, "_bare")


# --- Register.evidence_outside ------------------------------------------------------------------
def test_today_is_no_sign_of_a_happening_by_default():
    # «اليوم» (word 4) names the publication's day: no sign that the act at 0..1 happened
    reg = Register(frozenset(), ((4, TODAY),))
    assert not reg.evidence_outside(0, 1)
    assert reg.signs_outside(0, 1) == []
    # ... unless asked for (the framing rules' recent times: clauses.PRESENT_ANCHORS)
    assert reg.evidence_outside(0, 1, {TODAY})
    # every other kind is a sign by default
    reg = Register(frozenset(), ((3, "casualties"), (5, "number"), (0, "weapons"), (4, TODAY)))
    assert reg.evidence_outside(0, 1)  # the casualties and the number
    assert not reg.evidence_outside(0, 5)  # all inside the span
    assert Register(frozenset(), ((5, "number"),)).evidence_outside(0, 1)


# --- the accusing verbs' forms: built once per pipeline, not in a module's cache ---------------
def test_framing_keeps_no_module_cache():
    from marsad.events import framing

    cached = [name for name, v in vars(framing).items() if hasattr(v, "cache_info")
              and getattr(v, "__module__", None) == framing.__name__]
    assert not cached, cached


def test_the_accusing_forms_are_in_the_resources(nlp):
    from marsad.text.normalize import fold

    forms = nlp.resources.get("events.accusing_forms", lambda r: None)
    assert forms is not None and fold("اتهمته") in forms and fold("اتهمت") in forms
