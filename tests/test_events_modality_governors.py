"""Modality from the words that govern an act, through the whole pipeline, on sentences written
for this file:

- what a warning is against (حذر X من مهاجمة، من الاستمرار في إطلاق الصواريخ) did not happen:
  `hypothetical` (the warned party may stand between the warning and من; events.json contexts
  `warn_governors` and `continuation_nouns`);
- a name in guillemets between a cue and the act counts as one word (كشف عن عزم عناصر «القاعدة»
  خطف: the intention still reaches the abduction);
- ألا (أن + لا, written with its hamza) right before a present verb negates it (طلبت منه ألا
  يقتلها); الا without the hamza is also إلا "except" and negates nothing.
"""

from __future__ import annotations

import pytest

from _pipelines import coded, detect  # noqa: F401 (detect is a fixture)


def _mods(nlp, text, plover="ASSAULT"):
    return [m for _c, p, m, _s, _t in coded(nlp, text) if p == plover]


@pytest.mark.parametrize("text", [
    "وحذر وزير الدفاع قادة الفصائل المسلحة في القطاع من الاستمرار في إطلاق الصواريخ على المدن.",
    "وحذر الجيش المسلحين من مهاجمة القوات المنتشرة على الحدود.",
])
def test_what_a_warning_is_against_is_hypothetical(detect, text):
    mods = _mods(detect, text)
    assert mods and all(m == "hypothetical" for m in mods), mods


def test_an_attack_told_after_a_warning_in_another_clause_still_happened(detect):
    # the warning is about what may follow; the shelling told after "إن" is a report
    mods = _mods(detect, "وحذر الوزير من التصعيد، وقال إن الطائرات قصفت مواقع المسلحين أمس.")
    assert "asserted" in mods or "reported" in mods, mods


def test_a_name_in_guillemets_does_not_cut_an_intention_off(detect):
    mods = _mods(detect, "وكشف المتحدث عن عزم عناصر «القاعدة» خطف الرعايا الأجانب في المنطقة.")
    assert mods == ["intended"], mods


@pytest.mark.parametrize("text, mod", [
    ("وطلبت الأم من المسلحين ألا يقتلوا ابنها.", "negated"),
    ("واتفق الطرفان على ألا يهاجم أي منهما مواقع الآخر.", "negated"),
])
def test_that_not_negates(detect, text, mod):
    mods = _mods(detect, text)
    assert mods and all(m == mod for m in mods), mods


def test_except_is_no_negation(detect):
    mods = _mods(detect, "ولم يجد السكان الا ان يغادروا بعد أن هاجم المسلحون القرية أمس.")
    assert "negated" not in mods, mods


@pytest.mark.parametrize("text", [
    "ونجحت القوات قبل ساعات في استهداف مواقع المسلحين قرب الحدود.",
    "وقام المسلحون قبل أيام بتفجير سيارة في السوق المركزي.",
])
def test_a_time_ago_between_a_verb_of_doing_and_its_act(detect, text):
    # قبل ساعات / قبل أيام is when the act was done ("hours ago"), not an earlier event that
    # dates another: the act is a report
    mods = _mods(detect, text)
    assert mods and mods[0] in ("asserted", "reported"), mods


def test_a_span_before_من_still_makes_background(detect):
    mods = _mods(detect, "وجاء الهجوم الأخير بعد يومين فقط من اغتيال القائد العسكري.")
    assert "historical" in mods, mods


# An intention, a threat or a hypothesis before a comma does not reach a past verb with و after
# it, which opens a clause of its own; a condition does (the acts of its protasis).
@pytest.mark.parametrize("text,plover", [
    ("يعتزم التنظيم اغتيال الوزير، وقتل مسلحوه ثلاثة جنود أمس.", "ASSAULT"),
    ("قررت الحكومة زيارة المدينة، واجتمع الوزير بالمحافظ أمس.", "CONSULT"),
])
def test_a_cue_before_a_comma_does_not_reach_a_past_verb_with_wa(detect, text, plover):
    mods = [m for _c, p, m, _s, _t in coded(detect, text) if p == plover]
    assert mods[-1] == "asserted", mods


def test_a_condition_reaches_past_verbs_after_commas(detect):
    mods = _mods(detect, "إذا هاجمت القوات المدينة، وقتلت المدنيين، فسترد الفصائل.")
    assert mods and all(m == "conditional" for m in mods), mods
