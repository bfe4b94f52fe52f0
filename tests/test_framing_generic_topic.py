"""Generic statements of opinion pieces (events.framing `_generic_topic`, twenty-fifth session,
h9): the verbal noun of an attack right after «as for» (أما), with an indefinite genitive, the
topic of a judgement a later ف-word opens (أما تفجير سوق فلا يمكن تبريره) names a kind of act,
not one that happened: `habitual`. A definite or named genitive (أما تفجير السوق، أما قصف غزة),
or no judgement opened by ف, leave it a report. Sentences written for this file.
"""

from __future__ import annotations

from _pipelines import PUBLISHED, detect  # noqa: F401  (the fixture)

FACTUAL = ("asserted", "reported")


def _modality_of(nlp, text, trigger):
    doc = nlp(text, published=PUBLISHED)
    found = [e.modality for e in doc.events if e.plover == "ASSAULT" and e.trigger == trigger]
    assert found, (trigger, [(e.trigger, e.plover, e.modality) for e in doc.events])
    return found[0]


def test_bombing_of_a_cafe_judged_as_a_kind_of_act(detect):
    text = "أما تفجير مقهى في وجه الناس فلا يمكن أن يكون له علاقة بالدين."
    assert _modality_of(detect, text, "تفجير") == "habitual"


def test_killing_of_a_man_as_topic_of_a_judgement(detect):
    text = "وأما قتل رجل أعزل فهو جريمة لا يقرها عقل ولا شرع."
    assert _modality_of(detect, text, "قتل") == "habitual"


def test_definite_genitive_is_one_act_told(detect):
    text = "أما تفجير المقهى في وسط المدينة فقد أسفر عن مقتل ثلاثة أشخاص."
    assert _modality_of(detect, text, "تفجير") in FACTUAL


def test_named_place_is_one_act_told(detect):
    text = "أما قصف غزة فهو مستمر منذ الصباح."
    assert _modality_of(detect, text, "قصف") in FACTUAL


def test_no_judgement_opened_by_fa_stays_a_report(detect):
    text = "أما تفجير مقهى في بغداد أمس فأسفر عن مقتل خمسة أشخاص."
    assert _modality_of(detect, text, "تفجير") in FACTUAL


def test_an_act_joined_by_or_to_the_generic_topic(detect):
    text = "أما اغتيال صحفي أو خطف طفل فهو جريمة لا يقرها شرع."
    assert _modality_of(detect, text, "خطف") == "habitual"


def test_a_full_stop_before_the_judgement_keeps_the_act_told(detect):
    text = "أما تفجير مقهى في بغداد أمس فأسفر عن مقتل خمسة. فلا أحد يعرف من نفذه."
    assert _modality_of(detect, text, "تفجير") in FACTUAL


# --- an act of a class of people judged or forbidden (`_judged_act`) -----------------------

def test_killing_a_class_of_people_judged_a_crime(detect):
    text = "قال الشيخ إن قتل النفس جريمة كبرى."
    assert _modality_of(detect, text, "قتل") == "habitual"


def test_killing_forbidden_by_the_law(detect):
    text = "وذكر أن الشريعة جاءت بتحريم قتل المسلم."
    assert _modality_of(detect, text, "قتل") == "habitual"


def test_two_kinds_of_killing_judged_together(detect):
    text = "وذكر الخطيب أن الدماء معصومة، فقتل المسلم وقتل الجار، كل ذلك محرم في الشرع."
    assert _modality_of(detect, text, "فقتل") == "habitual"


def test_a_judged_act_with_a_recent_time_is_news(detect):
    text = "قال الوزير إن قتل الأبرياء أمس جريمة."
    assert _modality_of(detect, text, "قتل") in FACTUAL


def test_a_judged_act_on_a_place_is_news(detect):
    text = "وقال إن قصف المدينة جريمة."
    assert _modality_of(detect, text, "قصف") in FACTUAL


def test_the_bombing_that_happened_judged_is_news(detect):
    text = "قال الوزير إن التفجير الذي وقع أمس في السوق جريمة."
    assert _modality_of(detect, text, "التفجير") in FACTUAL
