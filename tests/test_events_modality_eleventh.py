"""Event modality, eleventh session (docs/accuracy.md, "Event modality, eleventh session"), on
sentences written for this file:

- a generic act with the verb first (قتل حاكمٌ رجلاً) or a plural doer after إن (إن رجالاً قتلوا
  امرأةً) is `habitual`; a doer or victim that names a party (مسلحون، جندياً، فلسطيني) or a sign
  of a happening (a number, a place, a time) keeps it news;
- a foiled attack told as launched in the passive or the present (الهجوم الذي شُنّ، الذي وقع،
  الهجوم الواسع الذي يشنه المتمردون) took place; what foiled operations aimed at (العمليات التي
  كانت تستهدف) is `negated` with them; a noun after a preposition of time after the foiled
  object (بعد اشتباك) is not foiled;
- a foiled attack that refers back to one told before is a mention of that attack.
"""

from __future__ import annotations

import pytest

from _pipelines import PUBLISHED, detect, trigger_modalities  # noqa: F401 (detect is a fixture)



@pytest.mark.parametrize("text, modality", [
    ("قتل حاكمٌ ظالمٌ رجلاً فقيراً.", "habitual"),
    ("وضرب رجلٌ امرأةً.", "habitual"),
    ("ويقال إن رجالاً قتلوا امرأةً.", "habitual"),
    # the act named again as a noun is no sign that one took place
    ("ليس الغريب أن حاكماً قتل رجلاً، بل التأييد الذي ناله في قتل رجل.", "habitual"),
    # a doer or a victim that names a party, or a sign of a happening: news
    ("قتل مسلحون ثلاثة جنود.", "asserted"),
    ("قتل مسلحون جندياً.", "asserted"),
    ("طعن شاب فلسطيني جندياً إسرائيلياً.", "asserted"),
    ("قتل رجل امرأة في الرياض أمس.", "asserted"),
])
def test_a_generic_act_is_no_report_and_one_with_a_party_is(detect, text, modality):
    got = trigger_modalities(detect, text)
    assert got and got[0][1] == modality, got


@pytest.mark.parametrize("text", [
    "أحبط الجيش الهجوم الذي شُنّ على المدينة.",
    "أفشلت القوات الهجوم الذي وقع على الحاجز.",
    # launched in the present, after an adjective that is no relational one: underway
    "أفشلت القوات الهجوم الواسع الذي يشنه المتمردون على المدينة.",
])
def test_a_foiled_attack_told_as_launched_in_the_passive_took_place(detect, text):
    assert trigger_modalities(detect, text) == [("الهجوم", "asserted")]


@pytest.mark.parametrize("text", [
    "أحبطت قوات الأمن عدداً من العمليات التي كانت تستهدف مساجد في المدينة.",
    "أحبطت الشرطة خططاً كانت تستهدف السفارة.",
])
def test_what_foiled_operations_aimed_at_did_not_happen(detect, text):
    got = trigger_modalities(detect, text)
    assert got and all(m == "negated" for _t, m in got), got


def test_a_definite_adjective_alone_does_not_tell_an_attack_launched(detect):
    got = trigger_modalities(detect, "أحبطت القوات الهجوم الكبير على المدينة.")
    assert got == [("الهجوم", "negated")]


def test_a_clash_after_the_foiled_attack_is_not_foiled(detect):
    got = dict(trigger_modalities(detect, "أحبطت القوات الهجوم بعد اشتباك مع المسلحين."))
    assert got["الهجوم"] == "negated" and got["اشتباك"] != "negated", got


def test_a_time_between_the_foiling_and_the_attack_leaves_it_foiled(detect):
    got = trigger_modalities(detect, "أحبطت القوات خلال الأسبوع الماضي هجوماً على حاجز.")
    assert got == [("هجوماً", "negated")]


def test_a_foiled_attack_referring_back_is_a_mention_of_the_attack(detect):
    text = "شن مسلحون هجوماً على مدينة الرمادي أمس. وأحبط الجيش العراقي الهجوم بعد ساعات."
    doc = detect(text, published=PUBLISHED)
    attacks = [e for e in doc.events if e.cameo.startswith("19")]
    assert len(attacks) == 1, [(e.trigger, e.modality) for e in doc.events]
    assert attacks[0].source.actor_code == "UAF" and len(attacks[0].mentions) == 2


def test_a_foiled_attack_of_another_kind_than_the_act_told_stays_apart(detect):
    text = "دمرت القوات 12 آلية للجيش. وأعلنت الحركة إفشال الهجوم الصيفي."
    got = trigger_modalities(detect, text)
    assert ("الهجوم", "asserted") in got and len(got) == 2, got


def test_what_a_foiled_attack_would_have_targeted_is_no_event_of_its_own(detect):
    doc = detect("أحبطت الشرطة هجوماً إرهابياً كان سيستهدف السفارة.", published=PUBLISHED)
    assert [e.modality for e in doc.events] == ["negated"], \
        [(e.trigger, e.modality, e.source) for e in doc.events]


def test_a_future_targeting_verb_with_its_own_subject_stays_an_event(detect):
    assert trigger_modalities(detect, "قال إن الجيش سيستهدف مواقع المسلحين.") == \
        [("سيستهدف", "future")]
