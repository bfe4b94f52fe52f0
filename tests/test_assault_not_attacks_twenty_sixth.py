"""Attack words in events that are no attack (twenty-sixth session, helper h2), each rule checked
on sentences written for this file, with near-misses that stay attacks:

- a bomb found, defused or seized (events.json `found_devices`: عثرت الشرطة على عبوة، السيارة
  المفخخة التي عثر عليها) and the controlled detonation of seized material (`seized_words`:
  فجر الجيش الذخائر المصادرة) are no attack; a bomb that went off still is;
- خطف / اختطاف of a thing taken over (`taken_over_objects`: خطف البلد والمطار، خطفت
  الميليشيات الثورة) is no abduction; people, planes, ships and buses still are;
- what a rumour tells (`rumour_words` + `rumour_links`: ما أشيع عن مقتل، الإشاعات … من قبيل …
  وسقوط قتلى، أشيع أن) is `hypothetical`, no report of an act.
"""

from __future__ import annotations

from _pipelines import detect  # noqa: F401  (the fixture)
from test_framing_twenty_fourth import _assaults, _factual_assaults


# --- bombs found, defused or blown up by the authorities ---------------------------------------

def test_seized_munitions_blown_up_are_no_attack(detect):
    # "the army blew up the seized munitions at an isolated site"; "the police blew up today,
    # safely, the bomb that had been found"
    for text in ("فجر الجيش الذخائر المصادرة في موقع معزول.",
                 "فجر خبراء الجيش أمس الذخائر المصادرة في منطقة صحراوية.",
                 "فجرت الشرطة اليوم العبوة الناسفة التي عثر عليها بطريقة آمنة.",
                 # "the army blew up the material it had received from the police"
                 "فجر الجيش المواد التي تسلمها من الشرطة في معسكر قريب."):
        assert _factual_assaults(detect, text) == [], text
    # near-misses: militants who blew up a bomb at a patrol; a found bomb that went off
    assert ("فجر", "asserted") in _assaults(detect, "فجر مسلحون عبوة ناسفة بدورية للشرطة أمس.")
    assert ("انفجرت", "asserted") in _assaults(
        detect, "انفجرت العبوة التي عثر عليها الجنود أثناء نقلها فقتلت جنديا.")


def test_a_found_device_is_no_attack(detect):
    # "the police found a bomb yesterday near the site of a blast that killed two soldiers":
    # the blast is news, the bomb found is not
    found = _assaults(detect, "عثرت الشرطة على عبوة ناسفة أمس قرب موقع انفجار أودى بحياة جنديين.")
    assert not any(t == "عبوة ناسفة" for t, _ in found), found
    # witnesses say the police found a bomb in a car; the car bomb found could have caused
    # injuries had it gone off (that one conditional)
    text = ("قال شهود أمس إن الشرطة عثرت على عبوة داخل سيارة، وأعلنت الشرطة أن السيارة المفخخة "
            "التي عثر عليها كانت ستسبب إصابات كثيرة لو انفجرت.")
    assert _factual_assaults(detect, text) == []
    # "the security forces seized a car bomb yesterday near the police headquarters"
    found = _assaults(detect, "ضبطت قوات الأمن أمس سيارة مفخخة قرب مقر الشرطة بعد انفجار عبوة "
                              "ناسفة أدى إلى مقتل شرطي.")
    assert not any(t == "سيارة مفخخة" for t, _ in found), found
    # near-misses: a car bomb that went off; a man found killed by a bomb (the verb of finding
    # governs the body, a verb stands between)
    assert _factual_assaults(detect, "انفجرت سيارة مفخخة أمس قرب حاجز للشرطة.")
    assert _factual_assaults(detect, "عثر الأهالي على جثة رجل قتل بعبوة ناسفة أمس.")


# --- figurative abduction ----------------------------------------------------------------------

def test_a_thing_taken_over_is_no_abduction(detect):
    # "the MP said the party hijacked the country and the airport"; "the militias hijacked the
    # revolution from the young"; "the party hijacked the government's decision"
    for text in ("قال النائب إن الحزب خطف البلد والمطار.",
                 "لقد خطفت الميليشيات الثورة من الشباب.",
                 "خطف الحزب قرار الحكومة."):
        assert _factual_assaults(detect, text) == [], text
    # near-misses: people, a plane, a ship and a bus are abducted; a street or an airport named
    # after the victim is where it happened
    for text in ("خطف مسلحون طائرة ركاب فوق البحر.",
                 "اختطف قراصنة سفينة شحن قبالة السواحل.",
                 "خطف مسلحون حافلة تقل عمالا.",
                 "خطف مسلحون مواطنا في الشارع.",
                 "اختطف مسلحون الصحافي من المطار أمس.",
                 "خطف المسلحون الطائرة وأجبروها على الهبوط في المطار."):
        assert _factual_assaults(detect, text), text


# --- rumours -------------------------------------------------------------------------------------

def test_what_a_rumour_tells_is_no_report(detect):
    for text in (
            # "the police said what was rumoured about three protesters killed is untrue"
            "قالت الشرطة إن ما أشيع عن مقتل ثلاثة متظاهرين غير صحيح.",
            # "it was rumoured that gunmen killed two soldiers yesterday"
            "أشيع أن مسلحين قتلوا جنديين أمس في المدينة.",
            # the rumours, with a relative clause and a list of examples after من قبيل
            "وقال الوزير إنه «بعد كثرة الإشاعات المغرضة، من قبيل استعمال العنف المفرط من قبل "
            "قوات الأمن وسقوط قتلى»، شهدت مدينة الرباط يوم السبت الماضي مسيرات."):
        assert _factual_assaults(detect, text) == [], text
    found = _assaults(detect, "قالت الشرطة إن ما أشيع عن مقتل ثلاثة متظاهرين غير صحيح.")
    assert ("مقتل", "hypothetical") in found, found
    # near-miss: a killing told in a clause of its own after the rumours
    assert _factual_assaults(
        detect, "تحدثت الإشاعات عن الوضع في المدينة، وقتل مسلحون جنديين أمس.")
