"""A violent light-verb phrase whose subject is described by a prepositional phrase holding
another trigger (وشنت القوات … بدعم من الغارات الجوية … هجمات): the trigger in the subject's PP
is no object of the light verb and no event of its own; the phrase, with its object after
the PP (also after the subject's time words: مساء أمس بدعم جوي), tells the attack
(twenty-sixth session, h15). Sentences written for this file.
"""

from __future__ import annotations

from _pipelines import PUBLISHED, detect  # noqa: F401  (the fixture)


def _assaults(nlp, text) -> list:
    doc = nlp(text, published=PUBLISHED)
    return [(e.cameo, e.source.actor_code if e.source else None) for e in doc.events
            if e.plover == "ASSAULT"]


def test_raids_in_the_subjects_pp_are_no_object(detect):
    text = "وشنت القوات العراقية بدعم من الغارات الجوية هجمات على مواقع داعش."
    assert _assaults(detect, text) == [("190", "IRQMIL")]


def test_raids_as_genitive_of_the_pp_are_no_object(detect):
    text = "وشنت القوات السورية بمساندة الغارات الروسية هجوما على مواقع المعارضة."
    assert _assaults(detect, text) == [("190", "SYRMIL")]


def test_a_pp_after_the_subjects_time_words(detect):
    text = "وشنت القوات العراقية مساء أمس بدعم جوي من طائرات التحالف هجمات على مواقع داعش."
    assert _assaults(detect, text) == [("190", "IRQMIL")]


# --- near-misses (pass on both) ----------------------------------------------------------------

def test_raids_as_the_object_stay(detect):
    text = "وشنت طائرات التحالف غارات جوية على مواقع داعش."
    assert [c for c, _s in _assaults(detect, text)] == ["195"]


def test_a_time_word_then_a_bare_noun_still_ends_the_search(detect):
    assert _assaults(detect, "أطلقت الحكومة مساء أمس حملة واسعة لوقف إطلاق النار.") == []
