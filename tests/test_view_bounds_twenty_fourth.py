"""A sentence view asked about a word past its ends answers no rather than crash: a rule may
hand another rule a mention carried from another clause (a day of SaudiNewsNet, 2015-08-08,
crashed the events stage in `ParticipantRules._allies` with an IndexError)."""

from __future__ import annotations

from marsad.events import roles


def test_is_word_past_either_end_is_false():
    view = roles.SentenceView(0, [], ["قاتل", "الجيش", ""])
    assert view.is_word(0) and view.is_word(1)
    assert not view.is_word(2)  # (a number: no letters)
    assert not view.is_word(3) and not view.is_word(52)
    assert not view.is_word(-1)  # (not the last word, as a Python index would give)


def test_allies_with_a_target_beyond_the_view_does_not_crash():
    from marsad.events.participants import ParticipantRules

    view = roles.SentenceView(0, [], ["سوف", "تقاتلهم", "مع", "الجيش"])
    target = roles.Mention(entity=None, first=52, last=52, in_pp=False)
    trig = type("T", (), {"form": type("F", (), {"text": "تقاتل"})(), "last": 1})()
    rules = object.__new__(ParticipantRules)
    assert rules._allies(view, trig, [target]) == []
