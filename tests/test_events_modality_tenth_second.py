"""Event modality, tenth session, second round (docs/accuracy.md, "Event modality leftovers,
tenth session, second round"), on sentences written for this file:

- a definite attack foiled after an act of violence was told as done in the article (شن مسلحون
  هجوماً … وأحبط الجيش الهجوم) was underway: it took place and failed, not `negated`; with no
  act told before, or made definite by a relative clause (الهجوم الذي خطط له), it stays foiled;
- what an attack aimed at, after كان (هجوماً انتحارياً كان يستهدف السفارة), describes that attack:
  no event of its own, and the embassy is no doer.
"""

from __future__ import annotations

import pytest

from _pipelines import PUBLISHED, detect, trigger_modalities  # noqa: F401 (detect is a fixture)



@pytest.mark.parametrize("text", [
    "هاجم مسلحون مركزاً للشرطة في المدينة فجر أمس. وأحبطت قوات الأمن الهجوم في الحال.",
    "شن المتمردون هجوماً على قاعدة للجيش شمال البلاد. وأفشلت القوات الحكومية الهجوم بعد ساعات.",
    # in the same sentence
    "قصف المسلحون القرية بالهاون أمس، وأحبط الجيش الهجوم.",
])
def test_a_definite_attack_foiled_after_one_was_told_took_place(detect, text):
    got = trigger_modalities(detect, text)
    assert got and all(m == "asserted" for _t, m in got), got


@pytest.mark.parametrize("text", [
    # nothing told before it: a plot foiled
    "وأحبط الجيش الهجوم على المدينة.",
    # the relative clause makes it definite: a planned attack
    "قتل مسلحون جندياً أمس. وأحبطت الشرطة الهجوم الذي خطط له التنظيم على السفارة.",
    # an indefinite attack: another one
    "قتل مسلحون جندياً أمس. وأحبطت الشرطة هجوماً على السفارة.",
])
def test_a_foiled_attack_with_no_act_it_refers_to_stays_negated(detect, text):
    got = dict(trigger_modalities(detect, text))
    assert got.get("الهجوم", got.get("هجوماً")) == "negated", got


def test_what_a_foiled_attack_aimed_at_is_no_event_of_its_own(detect):
    text = "وأحبطت الشرطة هجوماً انتحارياً كان يستهدف السفارة الأمريكية في العاصمة."
    doc = detect(text, published=PUBLISHED)
    assert [(e.modality, e.target.actor_code if e.target else None) for e in doc.events] == \
        [("negated", "USAGOV")]


def test_the_target_of_an_attack_after_kana_is_no_doer(detect):
    text = "وقتل ثلاثة أشخاص في هجوم انتحاري كان يستهدف السفارة الأمريكية في العاصمة أمس."
    doc = detect(text, published=PUBLISHED)
    assert doc.events and all(e.source is None or e.source.actor_code != "USAGOV"
                              for e in doc.events), [(e.trigger, e.source) for e in doc.events]


def test_what_foiled_attacks_aimed_at_through_a_relative_is_no_event(detect):
    text = "وأشاد الوزير بإحباط الشرطة لعدد من الهجمات التي كانت تستهدف مساجد ومقرات أمنية."
    got = [(t, m) for t, m in trigger_modalities(detect, text) if t != "وأشاد"]
    assert got == [("الهجمات", "negated")]


def test_a_list_of_examples_goes_on_after_a_full_stop(detect):
    # the full stop after the year of the line cuts the list: the demolitions are still a kind
    # of act named
    text = ("ويرفض الاتحاد الأوروبي الإجراءات المتخذة، مثل بناء الجدار العازل وراء خط 1967. "
            "وهدم المنازل والمباني، وفرض القيود على الحركة.")
    assert dict(trigger_modalities(detect, text)).get("وهدم") == "habitual"


@pytest.mark.parametrize("text", [
    # a clause of its own after the list: its verb has a subject
    "ويرفض الاتحاد الأوروبي الإجراءات المتخذة، مثل بناء الجدار العازل. وهدم الجيش المنازل في "
    "القرية.",
    # the sentence before ended in no list
    "وقال الوزير إن الوضع لم يتغير. وهدم المنازل في القرية أثار غضب السكان أمس.",
])
def test_a_sentence_after_no_open_list_is_told(detect, text):
    assert dict(trigger_modalities(detect, text)).get("وهدم") == "asserted"


def test_a_list_of_examples_goes_on_after_a_full_stop_within_a_quote(detect):
    # within the quote the full stop splits no sentence: the demolitions are no report
    text = ("وقال: «يرفض الاتحاد الإجراءات المتخذة، مثل بناء الجدار العازل وراء خط 1967. "
            "وهدم المنازل والمباني، وفرض القيود على الحركة».")
    assert dict(trigger_modalities(detect, text)).get("وهدم") in (None, "habitual")
    # (a clause of its own after the stop is told)
    text = "وقال: «يرفض الاتحاد الإجراءات المتخذة، مثل بناء الجدار. وهدم الجيش المنازل في القرية»."
    assert dict(trigger_modalities(detect, text)).get("وهدم") == "reported"
