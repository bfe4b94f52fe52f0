"""Speed, twenty-fourth session: the chronology rule (`ModalityRules.chronology_start`, run
once a sentence) looks for its lead word (grammar.json `chronology_leads`) only in a sentence
with a colon. Its items start after a colon that follows the lead, so a sentence without one is
no chronology's lead whatever its words; before, every word of every sentence went through
`strip_conj` to look for the lead. The sentences are ours.
"""

from __future__ import annotations

import sys

import pytest

from _pipelines import PUBLISHED, detect  # noqa: F401  (the fixture)

# (ours) a lead word (يلي، سلسلة) and a topic (الهجمات) but no colon: told as news
NO_COLON = ("وفيما يلي أبرز الهجمات التي شهدتها المدينة أمس حيث هاجم مسلحون مركزا للشرطة.\n\n"
            "وقتل مسلحون ثلاثة جنود في سلسلة هجمات على حواجز الجيش.\n")
# (ours) a chronology: a lead and a topic before a colon, its dated items after it
WITH_COLON = ("وفيما يلي أبرز الهجمات التي شهدتها المدينة خلال العام:\n\n"
              "- 12 مارس: هاجم مسلحون مركزا للشرطة.\n")


@pytest.fixture
def lead_look_ups(monkeypatch):
    """The calls of `strip_conj` made by `chronology_start` (from its own frame or from a
    generator expression inside it)."""
    from marsad.events import framing

    calls = []
    real = framing.strip_conj

    def counting(word):
        name = sys._getframe(1).f_code.co_qualname
        if "chronology_start" in name:
            calls.append(word)
        return real(word)

    monkeypatch.setattr(framing, "strip_conj", counting)
    return calls


def test_no_lead_is_looked_for_in_a_sentence_without_a_colon(detect, lead_look_ups):
    doc = detect(NO_COLON, published=PUBLISHED)
    assert lead_look_ups == []
    # and the attacks stay news (no chronology without a colon), as worked out by hand
    found = {(e.trigger, e.modality) for e in doc.events if e.plover == "ASSAULT"}
    assert ("هاجم", "asserted") in found, found
    assert all(m != "historical" for _, m in found), found
    # while a chronology, with its colon, is still found
    doc = detect(WITH_COLON, published=PUBLISHED)
    assert lead_look_ups  # the lead is looked for where there is a colon
    found = [(e.trigger, e.modality) for e in doc.events if e.plover == "ASSAULT"]
    assert ("هاجم", "historical") in found, found
