"""Attack nouns that name a kind, a unit or a purpose, not an attack (twenty-sixth session, h3):
a noun of violence as the classifier of the noun before it (grammar.json `kind_heads`: خلية
تفجيرات، خبير المتفجرات، موازين القتال، ساحات القتال), a weapon found, seized or made ready
(events.json `found_devices`, `readiness_participles`: عثرت الشرطة على عبوة، عبوة مجهزة للتفجير) and a kind
of act grown common (`becoming_verbs`, `frequency_predicates`: أصبحت التفجيرات متكررة). Each
sentence carries a day, a place or a toll, so that the act would be news without the rule.
Sentences written for this file.
"""

from __future__ import annotations

from _pipelines import assault_told as _told
from _pipelines import detect  # noqa: F401  (the fixture)
from _pipelines import trigger_assault_modalities as _modalities


# --- the classifier of another noun (`_kind_head`) -----------------------------------------

def test_a_cell_of_bombings_is_no_bombing(detect):
    text = "وقال المسؤول إن خلية تفجيرات داخل التنظيم هي المسؤولة عن الهجوم الذي وقع أمس في بغداد."
    assert not _told(detect, text, "تفجيرات")
    assert _told(detect, text, "الهجوم")  # the attack it did is told


def test_a_cell_of_assassinations_is_no_assassination(detect):
    text = "واعتقلت الشرطة أمس في بغداد أعضاء خلية الاغتيالات التي قتلت ثلاثة ضباط."
    assert not _told(detect, text, "الاغتيالات")


def test_a_squad_of_assassinations(detect):
    text = "كشفت الشرطة أمس في بغداد عن فرقة اغتيالات قتلت خمسة صحفيين."
    assert not _told(detect, text, "اغتيالات")


def test_materials_of_blasting_are_no_blast(detect):
    text = "ضبطت الشرطة أمس في بغداد مواد تفجير وأحزمة ناسفة في مخزن قتل قربه جندي."
    assert not _told(detect, text, "تفجير")


def test_the_balance_of_fighting_is_no_fight(detect):
    text = "قال الخبير أمس في بغداد إن موازين القتال تغيرت بعد مقتل ثلاثة قادة."
    assert not _told(detect, text, "القتال")


def test_fields_of_fighting_with_a_preposition_are_a_place(detect):
    text = "عاد عشرة جنود أمس من ساحات القتال في الموصل إلى بغداد."
    assert not _told(detect, text, "القتال")


def test_a_minefield_is_no_mine_attack(detect):
    text = "وعثر الجنود أمس على حقول ألغام قرب الحدود العراقية بعد معارك قتل فيها عشرة مسلحين."
    assert not _told(detect, text, "ألغام")


def test_a_noun_with_an_adjective_between_is_no_classifier(detect):
    # خلية إرهابية هجوماً: the cell is the doer, the attack told
    text = "ونفذت خلية إرهابية هجوما على مركز للشرطة أمس في بغداد قتل فيه ثلاثة جنود."
    assert _told(detect, text, "هجوما")


def test_the_victims_of_the_bombings_stay_told(detect):
    text = "ارتفع عدد ضحايا التفجيرات في بغداد أمس إلى خمسين قتيلا."
    assert _told(detect, text, "التفجيرات")


# --- a device found, seized or made ready (`_device_not_used`) ------------------------------

def test_a_device_found_ready_for_blasting(detect):
    text = "عثرت الشرطة أمس على عبوة مجهزة للتفجير داخل سيارة في وسط لندن."
    assert not _told(detect, text, "عبوة")


def test_a_car_bomb_found_named_after_its_relative_pronoun(detect):
    text = ("وأعلنت الشرطة البريطانية أمس أن السيارة المفخخة التي عثر عليها في لندن كانت "
            "ستقتل العشرات.")
    assert not _told(detect, text, "السيارة المفخخة")


def test_mines_found_in_quantity(detect):
    text = ("وعثرت القوات أمس في عدن على كميات كبيرة من الألغام زرعها المسلحون قرب المطار "
            "الذي قتل فيه جنديان.")
    assert not _told(detect, text, "الألغام")


def test_a_device_that_went_off_stays_told(detect):
    # an explosion between the verb of finding and the device: it went off
    text = "عثرت الشرطة أمس على جثة رجل قتل في انفجار عبوة ناسفة في بغداد."
    assert _told(detect, text, "قتل")  # (the blast is merged into the killing it caused)
    assert "asserted" in _modalities(detect, text, "قتل")


def test_a_device_with_a_preposition_is_the_weapon_of_an_act(detect):
    text = "قتل جنديان أمس بعبوة ناسفة بعد أن عثرت الدورية على مخبأ للسلاح في بغداد."
    assert _told(detect, text, "قتل")


# --- a kind of act grown common (`_frequent_kind`) -----------------------------------------

def test_bombings_grown_common_are_a_kind(detect):
    text = ("وقد أصبحت التفجيرات الانتحارية متكررة في بغداد في الأشهر الأخيرة، ففي الشهر "
            "الماضي قتل عشرة أشخاص.")
    assert _modalities(detect, text, "التفجيرات") == ["habitual"]
    assert _told(detect, text, "قتل")  # the killing of last month is one act


def test_attacks_become_fiercer_are_no_frequency(detect):
    # a verb of becoming with no predicate of frequency: not this rule's
    text = "وباتت الهجمات التي شنها المسلحون أمس على بغداد أعنف من سابقاتها إذ قتل فيها عشرون."
    assert _told(detect, text, "الهجمات") or _told(detect, text, "قتل")
