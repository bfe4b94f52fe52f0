"""Detection and modality, twenty-second session (docs/accuracy.md, "Detection and modality:
unnamed sources, background over ما حدث … من, acts suffered after تعرض لـ and ASSAULT false
alarms, twenty-second session"), each checked here on sentences written for this file:

- an event told by no named source (تشير المعلومات إلى أن، أفادت التقارير بأن، وفق المعلومات،
  بحسب ما تردد) is `reported` with no reporter; a named one after بحسب ما أعلن stays the
  reporter; an event told by no one stays `asserted`;
- a background lead reaches over ما + a verb of happening … من + the act (انتقاماً لما حدث في
  المدينة من تفجيرات) and over ما + a verb of naming + بـ (رداً على ما وصفه بالاعتداءات);
- acts suffered after تعرض لـ that were no event words (للسحل، للاضطهاد، للقنص، للركل) are
  events with their CAMEO codes; the same nouns with no تعرض before them are none.
"""

from __future__ import annotations

import pytest

from _pipelines import coded, detect  # noqa: F401  (the fixture)


def _events(nlp, text):
    return nlp(text, published="2015-08-02").events


# --- 1. reported by no named source --------------------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("وتشير المعلومات إلى أن مسلحين هاجموا مركزاً للشرطة في المدينة أمس.", "190"),
    ("وأفادت التقارير بأن الطائرات قصفت القرية فجر اليوم.", "194"),
    ("ووفق المعلومات، فإن المسلحين خطفوا ثلاثة موظفين أمس.", "181"),
    ("وبحسب ما تردد، فإن المسلحين خطفوا ثلاثة موظفين أمس.", "181"),
    ("وقتل خمسة جنود في الهجوم على الثكنة أمس، وفقاً للمعلومات الأولية.", "1823"),
])
def test_an_event_told_by_no_named_source_is_reported_without_reporter(detect, text, code):
    evs = [e for e in _events(detect, text) if e.cameo == code]
    assert [e.modality for e in evs] == ["reported"]
    assert evs[0].reported_by is None and evs[0].reporters == []


def test_a_named_teller_after_bihasb_ma_stays_the_reporter(detect):
    evs = [e for e in _events(detect, "وقتل خمسة جنود في الهجوم أمس بحسب ما أعلن الجيش.")
           if e.cameo == "1823"]
    assert [e.modality for e in evs] == ["reported"]
    assert evs[0].reported_by is not None and evs[0].reported_by.text == "الجيش"


@pytest.mark.parametrize("text", [
    "وهاجم مسلحون مركزاً للشرطة في المدينة أمس.",
    # فحسب "only" is no بحسب
    "وقصف الجيش القرية أمس، وليس هذا فحسب.",
])
def test_an_event_told_by_no_one_stays_asserted(detect, text):
    assert [e.modality for e in _events(detect, text) if e.plover == "ASSAULT"] == ["asserted"]


# --- 2. a background lead over ما حدث … من ----------------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("وأعدم التنظيم رجلين انتقاماً لما حدث في المدينة من تفجيرات.", "183"),
    ("وقصفت الطائرات المواقع رداً على ما وصفه بالاعتداءات على الحدود.", "180"),
    ("وقصفت الطائرات المواقع رداً على ما تعرضت له القرية من قصف.", "194"),
])
def test_the_lead_reaches_over_ma_to_the_act(detect, text, code):
    got = [m for c, _p, m, _s, _t in coded(detect, text) if c == code]
    assert "historical" in got and "habitual" not in got
    # the act of the news itself stays asserted
    assert any(m == "asserted" for _c, p, m, _s, _t in coded(detect, text) if p == "ASSAULT")


def test_ma_with_no_lead_is_no_background(detect):
    text = "وأكد الأهالي أن ما حدث في المدينة من تفجيرات أمس أسفر عن مقتل عشرة أشخاص."
    assert "historical" not in [m for c, _p, m, _s, _t in coded(detect, text) if c == "183"]


# --- 3. acts suffered after تعرض لـ --------------------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("وتعرض المتظاهرون للسحل على يد الشرطة أمس.", "175"),
    ("وتعرضت الأقلية للاضطهاد في القرية أمس.", "175"),
    ("وتعرضت القرية للسحق على يد الجيش أمس.", "175"),
    ("وتعرض الرجل للركل والصفع أمس.", "182"),
    ("وتعرض الجنود للقنص قرب الحدود أمس.", "193"),
])
def test_an_act_suffered_after_taarrada_is_an_event(detect, text, code):
    assert [m for c, _p, m, _s, _t in coded(detect, text) if c == code] == ["asserted"]


@pytest.mark.parametrize("text", [
    "وسحق الهلال منافسه بخمسة أهداف أمس.",
    "وأكد الوزير أن اعتقال الناشط أمس كان خطأ من الشرطة.",
    "وقال الوزير إن الإرهاب تهديد للمنطقة.",
])
def test_the_same_nouns_without_taarrada_are_no_events(detect, text):
    assert [c for c, *_ in coded(detect, text) if c in ("175", "173", "130")] == []


# --- 4. a shape of the false alarms: an attack a demonstrative ranks -------------------------

def test_an_attack_a_demonstrative_ranks_is_a_comparison(detect):
    text = "وهذا ثاني هجوم انتحاري في غضون يومين في المدينة، وأسفر الأول عن مقتل ثلاثة جنود."
    assert [m for c, _p, m, _s, _t in coded(detect, text) if c == "1831"] == ["historical"]


def test_an_attack_a_demonstrative_points_to_unranked_stays(detect):
    # هذا الهجوم points back to the attack told; its toll is news
    text = "وهذا الهجوم أسفر عن مقتل خمسة جنود أمس."
    assert [m for c, _p, m, _s, _t in coded(detect, text) if c == "1823"] == ["asserted"]


def test_an_unnamed_source_does_not_reach_past_a_clause_of_contrast(detect):
    text = "وبحسب المعلومات هاجم مسلحون مركز الشرطة أمس، لكن الشرطة اعتقلت ثلاثة منهم."
    mods = {c: m for c, _p, m, _s, _t in coded(detect, text)}
    assert mods.get("190") == "reported" and mods.get("173") == "asserted"
