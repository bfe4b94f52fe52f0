"""More event framing of the twenty-fourth session (events.framing, helper h9), each rule
checked on sentences written for this file, with near-misses that stay news:

- a verb of targeting (events.json `targeting_verbs`) whose subject is an attack noun coded as a
  pattern or as background, its relative clause between (معظم الهجمات التي شنتها الجماعة
  استهدفت …), describes those attacks and takes their modality (`habitual`, `historical`);
- a verb of targeting joined by و after a comma that closes the relative clause of a background
  attack (غداة هجوم وقع في …، واستهدف …) goes on describing that attack, `historical`; so does
  one right after an attack noun that closes a phrase coded as background (… شنتها القوات …
  وضربات جوية استهدفت …);
- a chronology's item may be led by a month's name with no number (حزيران: …، - تشرين الأول: …).
"""

from __future__ import annotations

from _pipelines import detect  # noqa: F401  (the fixture)
from test_framing_twenty_fourth import _assaults, _factual_assaults


# --- what a pattern of attacks targeted ----------------------------------------------------

def test_most_attacks_a_group_launched_targeted_a_pattern(detect):
    # "the official said most of the attacks the organisation carried out targeted civilians"
    text = "وقال المسؤول إن أغلب الهجمات التي نفذها التنظيم استهدفت المدنيين."
    assert _factual_assaults(detect, text) == []
    # near-misses: a single attack described by its relative clause is the news; so are the
    # attacks dated to yesterday
    assert ("استهدف", "asserted") in _assaults(
        detect, "الهجوم الذي شنته الجماعة استهدف مركزا للشرطة.")
    assert ("استهدفت", "asserted") in _assaults(
        detect, "الغارة التي شنتها الطائرات استهدفت منزلا في القرية.")
    assert _factual_assaults(
        detect, "الهجمات التي شنتها الجماعة أمس استهدفت مراكز الشرطة في الجنوب.")


def test_the_relative_clause_may_hold_a_time_span_and_a_place(detect):
    # "most attacks the group launched over the past year targeted police stations"; "the
    # attacks the group launched in the city targeted police officers"
    for text in ("معظم الهجمات التي شنتها الجماعة خلال العام الماضي استهدفت مراكز الشرطة.",
                 "وقال إن الهجمات التي شنتها الجماعة في المدينة استهدفت عناصر الشرطة."):
        assert _factual_assaults(detect, text) == [], text
    # near-miss: "after the attacks the group launched, planes targeted the militants'
    # positions": the noun is governed by بعد, the verb after its relative clause is the news
    assert ("استهدفت", "asserted") in _assaults(
        detect, "بعد الهجمات التي شنتها الجماعة استهدفت الطائرات مواقع المسلحين.")


# --- a verb joined by و after a background attack's relative clause ---------------------------

def test_a_verb_joined_after_the_clause_of_a_background_attack(detect):
    # "the incident came the day after an armed attack that took place in the north of the
    # country, and targeted an army patrol, killing five soldiers": all of it that attack
    text = ("وقع الحادث غداة هجوم مسلح وقع في شمال البلاد، واستهدف دورية للجيش مما أسفر عن "
            "مقتل خمسة جنود.")
    found = _assaults(detect, text)
    assert ("واستهدف", "historical") in found, found
    assert _factual_assaults(detect, text) == []
    # near-misses: the army targeting the militants is an act of its own, told as the news
    assert ("واستهدف", "asserted") in _assaults(
        detect, "غداة هجوم وقع في شمال البلاد، واستهدف الجيش مواقع المسلحين.")
    # an attack told as the news, its verb joined after a comma: the news too
    assert ("واستهدف", "asserted") in _assaults(
        detect, "وقع هجوم مسلح في شمال البلاد أمس، واستهدف دورية للجيش.")
    # the relative clause of an attack told as news (its toll after)
    assert _factual_assaults(
        detect, "الهجوم الذي وقع في شمال البلاد أمس، واستهدف دورية للجيش، أسفر عن مقتل خمسة "
                "جنود.")


def test_a_verb_after_the_noun_closing_a_background_phrase(detect):
    # "amid anger at the attacks foreign ground forces launched last week and air strikes that
    # targeted the tribal region along the border": the strikes' verb describes them, background
    text = ("وانعقد الاجتماع وسط غضب من الهجمات التي شنتها قوات برية أجنبية الأسبوع الماضي "
            "وضربات جوية استهدفت منطقة القبائل المحاذية للحدود.")
    assert _factual_assaults(detect, text) == []


# --- chronology items led by a month's name ---------------------------------------------------

LEAD = "وفيما يلي أبرز الهجمات التي شهدتها المدينة منذ عام 2010:\n"


def test_items_led_by_a_month_name_alone_are_history(detect):
    text = (LEAD + "2011: قتل مسلحون ثلاثة جنود في هجوم على دورية للجيش.\n"
            "حزيران: اغتال مسلحون ضابطا كبيرا في الشرطة.\n"
            "- تشرين الأول: خطف مسلحون مهندسين أجنبيين.")
    found = _assaults(detect, text)
    assert ("اغتال", "historical") in found and ("خطف", "historical") in found, found
    assert _factual_assaults(detect, text) == []
    # near-misses: no lead before it: a month's name and a colon alone open no list
    assert ("اغتال", "asserted") in _assaults(
        detect, "وكان العام حافلا.\nحزيران: اغتال مسلحون ضابطا كبيرا في الشرطة.")
    # the sentence after the list, led by no date, is the news
    text = LEAD + "حزيران: اغتال مسلحون ضابطا كبيرا في الشرطة.\nوقال المتحدث إن مسلحين قتلوا " \
        "أمس جنديين."
    assert ("قتلوا", "asserted") in _assaults(detect, text)


def test_a_month_that_is_also_a_name_leads_no_item_inside_a_quote(detect):
    """رجب, رمضان, صفر are months and names too: «وقال الرئيس رجب طيب أردوغان:» is a quote
    inside an open chronology, not an item of it (review r2: its event was lost); the month
    must be the sentence's first word with the colon right after it."""
    text = (LEAD + "2016: قتل مسلحون ثلاثة جنود في هجوم على دورية.\n"
            "وقال الرئيس رجب طيب أردوغان: قتلت قواتنا عشرين مسلحا في شمال العراق.")
    assert ("قتلت", "reported") in _assaults(detect, text)
    text = (LEAD + "2016: قتل مسلحون ثلاثة جنود في هجوم على دورية.\n"
            "وقال رمضان عبد الحميد: هاجم المسلحون مركزا للشرطة.")
    assert ("هاجم", "reported") in _assaults(detect, text)
    # (the month first, the colon right after it: an item still)
    text = LEAD + "2011: قتل مسلحون ثلاثة جنود.\nرمضان: اغتال مسلحون ضابطا كبيرا في الشرطة."
    assert ("اغتال", "historical") in _assaults(detect, text)
