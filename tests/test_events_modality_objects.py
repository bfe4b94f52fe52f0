"""Modality from the word that governs an act, on sentences written for this file
(docs/accuracy.md, "Event modality, ninth session, second round"):

- لـ after a word of feeling or judging (أسف، ارتياح، استنكار: `reaction_governors`) is its
  object, the act reacted to, not a purpose: not `intended`;
- an option (خيار ضرب: `call_governors`) is not a deed: `hypothetical`;
- nor is what one is able to do (قادر على شن، يستطيع اقتحام: the cues `hypothetical`);
- a toll since a dated point (ومنذ تولي الرئيس الحكم في 29 مايو قتل) is a total over the span
  that day starts: `habitual`, not `historical`.
"""

from __future__ import annotations

import pytest

from _pipelines import PUBLISHED, detect  # noqa: F401 (detect is a fixture)


def _modalities(nlp, text):
    """{trigger text: modality} of the events of `text`."""
    doc = nlp(text, published=PUBLISHED)
    return {e.trigger: e.modality for e in doc.events}


@pytest.mark.parametrize("text, trigger", [
    ("وأبدت الحكومة ارتياحها لانسحاب القوات من المدينة.", "لانسحاب"),
    # an adjective between the feeling and its object
    ("وأعرب الوزير عن أسفه البالغ لاعتقال الصحفيين في العاصمة أمس.", "لاعتقال"),
])
def test_lam_after_a_word_of_feeling_is_its_object_not_a_purpose(detect, text, trigger):
    assert _modalities(detect, text).get(trigger) == "asserted"


def test_lam_of_purpose_after_other_words_stays_intended(detect):
    assert _modalities(detect, "وزار الوزير المدينة لدعم الجنود.").get("لدعم") == "intended"


def test_an_option_is_hypothetical(detect):
    text = "ولا تستبعد واشنطن خيار ضرب المنشآت النووية الإيرانية."
    assert _modalities(detect, text).get("ضرب") == "hypothetical"


@pytest.mark.parametrize("text, trigger", [
    ("وقال إن التنظيم قادر على شن هجمات في العاصمة.", "شن هجمات"),
    ("وأكد أن الجيش يستطيع اقتحام المدينة خلال ساعات.", "اقتحام"),
])
def test_what_one_is_able_to_do_is_hypothetical(detect, text, trigger):
    assert _modalities(detect, text).get(trigger) == "hypothetical"


def test_what_one_is_not_able_to_do_is_negated(detect):
    text = "ولا يستطيع الجيش اقتحام المدينة."
    assert _modalities(detect, text).get("اقتحام") == "negated"


def test_an_option_in_quotes_still_governs_its_act(detect):
    text = "ولا تستبعد واشنطن «خيار» ضرب المنشآت النووية الإيرانية."
    assert _modalities(detect, text).get("ضرب") == "hypothetical"


def test_a_total_since_a_dated_point_is_habitual_not_historical(detect):
    # the day names the start of the span the total runs over, not the day of one killing
    text = "ومنذ تولي الرئيس الحكم في 29 مايو قتل المسلحون أكثر من 750 شخصاً."
    assert _modalities(detect, text).get("قتل") == "habitual"


def test_a_killing_on_an_old_day_stays_historical(detect):
    assert _modalities(detect, "وقتل المسلحون في 29 مايو ثلاثة جنود.").get("وقتل") == "historical"
