"""ASSAULT false alarms read on SaudiNewsNet (twenty-sixth session, h9): «every» before an
indefinite noun of violence names a kind of act (grammar.json `every_words`: كل هجوم يقابله رد،
ضد كل عمل إرهابي: `habitual`), and «hit in a vital spot» is an idiom (events.json `vital_spots`:
أصاب / ضرب … في مقتل، في الصميم: no event). Each sentence carries a day and a place, so that the
act would be news without the rule. Sentences written for this file.
"""

from __future__ import annotations

from _pipelines import assault_told as _told
from _pipelines import detect  # noqa: F401  (the fixture)
from _pipelines import trigger_assault_modalities as _modalities


# --- «every» + an indefinite noun of violence (`framing._every_kind`) ------------------------

def test_against_every_terrorist_act(detect):
    text = "وأكد الوزير أمس في عمان وقوف بلاده ضد كل عمل إرهابي يستهدف المملكة بعد مقتل ثلاثة جنود."
    assert not _told(detect, text, "عمل إرهابي")


def test_after_every_attack(detect):
    text = "وقال الخبير أمس في لندن إن الاهتمام بالحماية يزداد بعد كل هجوم إلكتروني، ولم يصب أحد."
    assert not _told(detect, text, "هجوم")


def test_in_every_clash(detect):
    text = "وقال القائد أمس في بغداد إن قواته تشارك في كل اشتباك مع المسلحين في الأنبار."
    assert not _told(detect, text, "اشتباك")


def test_all_the_attacks_stay_told(detect):
    # a definite noun after «every» (كل الهجمات) is the attacks told, not a kind
    text = "وقال القائد أمس في بغداد إن كل الهجمات التي شنها المسلحون في الأنبار فشلت."
    assert _told(detect, text, "الهجمات")


# --- «hit in a vital spot» (`detection._vital_spot`) -----------------------------------------

def test_hit_the_enemies_in_a_vital_spot(detect):
    text = ("وقال الكاتب أمس في الرياض إن الموقف الحازم للمملكة أصاب أعداءها في مقتل بعد هجوم "
            "الأسبوع الماضي.")
    assert not _modalities(detect, text, "أصاب")
    assert _told(detect, text, "هجوم")  # the attack the sentence names is still told


def test_technology_struck_them_in_a_vital_spot(detect):
    text = "وقال الكاتب أمس في الرياض إن التكنولوجيا ضربت الوسطاء في مقتل، وغيرت السوق."
    assert not _modalities(detect, text, "ضربت")


def test_wounded_in_an_attack_that_killed_stays_told(detect):
    # في مقتل + a genitive (مقتل مدني) is a death told, no idiom
    text = "وأصيب ثلاثة جنود أمس في هجوم في الموصل تسبب في مقتل مدني."
    assert _told(detect, text, "وأصيب")


def test_beaten_in_the_killing_of_a_colleague_stays_told(detect):
    text = "وضرب مسلحون الحارس أمس في الموصل في مقتل زميله."
    assert _told(detect, text, "وضرب")


def test_the_noun_of_the_idiom_is_no_killing(detect):
    # (the noun مقتل of the idiom must not come out as a killing once the hit is gone)
    text = "وقال الكاتب أمس في جدة إن مرض التحرش أصابنا في مقتل، بعد أن تجاهلناه طويلا."
    assert not _modalities(detect, text, "أصابنا")
    assert not _modalities(detect, text, "مقتل")


# --- «sweep» with no actor as its subject (`detection._actor_sweeps`) -------------------------

def test_a_forest_fire_sweeps_no_invasion(detect):
    text = "واجتاح حريق غابات أمس طريقا سريعا في كاليفورنيا."
    assert not _modalities(detect, text, "اجتاح")


def test_demonstrations_sweeping_provinces_are_no_invasion(detect):
    text = ("وحذر النائب أمس في بغداد من أن المظاهرات العارمة بدأت تتوسع وتجتاح مختلف المحافظات "
            "العراقية.")
    assert not _modalities(detect, text, "وتجتاح")


def test_irrationality_sweeping_a_market_is_no_invasion(detect):
    # (the body named after the verb is its object: the subject stands before it)
    text = "وقال الخبير أمس في شنغهاي إن اللاعقلانية اجتاحت سوق الأسهم."
    assert not _modalities(detect, text, "اجتاحت")


def test_forces_that_sweep_a_village_stay_told(detect):
    text = "واجتاحت قوات الحكومة السورية القرية أمس."
    assert _told(detect, text, "واجتاحت")


def test_fighters_of_a_group_sweep_a_city(detect):
    # (the actor after the head of a construct: مقاتلو التنظيم)
    text = "وقال المسؤول أمس إن الجيش لم يتمكن من الدفاع عن تدمر عندما اجتاحها مقاتلو التنظيم المتشدد."
    assert _modalities(detect, text, "اجتاحها")


def test_militias_sweep_a_village_stay_told(detect):
    text = "وقال المسؤول إن الميليشيات اجتاحت القرية أمس."
    assert _told(detect, text, "اجتاحت")
