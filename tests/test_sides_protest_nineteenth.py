"""Sides of events II (nineteenth session): the reporter, the harmed, dispersals told by a
pronoun and bans of protests, on sentences written for this file:

- who announces or investigates an act is not its doer: a verbal noun after a verb of trying
  (events.json `control_verbs`) whose own subject stands right before it (التصدي لمسلحين حاولوا
  مهاجمة، لقذائف … حاولت استهداف) takes that subject or none; an indefinite actor after a
  preposition right before a verb is the verb's subject (حادثة انتحاري فجر نفسه);
- the harmed are targets, never sources: a singular verb of harm after a relative pronoun it
  does not agree with, before a noun with the antecedent's pronoun (البصرة التي قتل أحد
  متظاهريها); the indefinite noun of أن a few words before a verb of harm with no object, or
  before «دون / من دون» (grammar.json `after_victims`); who rides in a vehicle an act hit
  (events.json `riding_verbs`: سيارة كان يستقلها الضحايا);
- a dispersal told by the crowd's pronoun (فرقتهم الشرطة، قبل أن تفرقهم قوات الأمن: the entry
  `disperse-them`) is the police's act on the crowd named before, only after a protest told in
  its sentence or the one before (else فرقتهم is "their team");
- a refusal to allow (رفض السماح لـ X بـ, the entry `refuse-permit`) is a ban of X; a ban of a
  definite protest noun (ومنعت السلطات المسيرة) has as target the people of that protest named
  in the sentence before.
"""

from __future__ import annotations

from _pipelines import detect  # noqa: F401 (fixture)
from _pipelines import dyads, dyads_of


# --- 1. the reporter or the investigator is not the doer ---------------------------------------

def test_shells_that_tried_to_hit_the_border_are_not_the_announcers(detect):
    # before: Saudi Arabia (the nisba of the authorities who announced it) was the source
    text = ("أعلنت السلطات الأمنية السعودية أمس التصدي لقذائف كثيفة من اليمن حاولت استهداف "
            "الحدود الجنوبية.")
    got = dyads(detect, text)
    assert all(s is None for _c, _m, s, _t in got), got


def test_militants_who_tried_to_attack_are_the_source(detect):
    # before: the Egyptian police, who announced that they stopped them
    text = "أعلنت الشرطة المصرية أمس التصدي لمسلحين حاولوا مهاجمة نقطة تفتيش في سيناء."
    assert dyads_of(detect, text, "190") == [("UAF", None)], dyads_of(detect, text, "190")


def test_the_bomber_not_the_investigators(detect):
    # before: the Kuwaiti authorities whose investigation is told were the bomber
    text = ("قادت التحقيقات التي تجريها السلطات الكويتية أمس إلى اعتقال رجل في حادثة انتحاري "
            "فجر نفسه في مسجد.")
    assert dyads_of(detect, text, "183") == [("UAF", None)], dyads_of(detect, text, "183")


def test_the_police_who_tried_to_stop_the_protesters(detect):
    # control (unchanged): the subject of the verb of trying does it
    for text in ("حاولت الشرطة أمس منع المتظاهرين من الوصول إلى الساحة.",
                 "قالت الشرطة إنها حاولت أمس منع المتظاهرين من الوصول إلى الساحة."):
        assert dyads_of(detect, text, "172") == [("COP", "CVL")], dyads_of(detect, text, "172")


# --- 2. the harmed are targets ----------------------------------------------------------------

def test_the_city_whose_protester_was_killed_did_not_kill(detect):
    # before: Basra (IRQ) was the killer
    text = "امتدت المظاهرات أمس من البصرة التي قتل أحد متظاهريها الأسبوع الماضي إلى بغداد."
    assert dyads_of(detect, text, "1823") == [(None, "IRQ")], dyads_of(detect, text, "1823")


def test_a_soldier_killed_without_his_name_told(detect):
    # before: the soldier (MIL) was the killer
    for text in ("وأعلن الجيش أمس أن جنديا قتل دون أن يكشف عن اسمه.",
                 "وأعلنت القوة الدولية أمس أن جنديا عاملا في القوة قتل من دون أن تكشف عن اسمه.",
                 "وأعلنت القوة الدولية أمس أن جنديا عاملا في القوة قتل في الهجوم."):
        assert dyads_of(detect, text, "1823") == [(None, "MIL")], (text, dyads_of(
            detect, text, "1823"))


def test_who_rode_in_the_car_hit_is_the_target(detect):
    # before: the soldiers riding in the car were the attack's source
    text = "وقال شهود إن طائرة استهدفت أمس سيارة يستقلها جنود في المديرية."
    assert dyads_of(detect, text, "190") == [(None, "MIL")], dyads_of(detect, text, "190")


def test_the_victims_in_the_car_did_not_fire(detect):
    # before: «وأطلقت عليها مجموعة من الصواريخ» had the victims (CVL) as its source
    text = ("وأشار شهود إلى أن الغارة استهدفت سيارة كان يستقلها الضحايا في مديرية المحفد، "
            "وأطلقت عليها مجموعة من الصواريخ.")
    got = dyads(detect, text)
    assert got and all(s != "CVL" for _c, _m, s, _t in got), got


def test_the_bomber_who_drove_the_car_bomb_stays_the_source(detect):
    # control (unchanged): a car bomb's driver set it off
    text = "انفجرت أمس سيارة مفخخة يقودها انتحاري قرب مركز للشرطة في بغداد."
    got = dyads(detect, text)
    assert any(s == "UAF" for _c, _m, s, _t in got), got


# --- 3. dispersals told by a pronoun ----------------------------------------------------------

def test_the_police_dispersed_them(detect):
    # before: no dispersal (فرقتهم was no trigger)
    text = "تظاهر مئات الطلاب أمس في وسط العاصمة وفرقتهم الشرطة بالغاز المسيل للدموع."
    assert dyads_of(detect, text, "175") == [("COP", "EDU")], dyads_of(detect, text, "175")
    text = "خرج المحتجون أمس إلى الشوارع قبل أن تفرقهم قوات الأمن بالقوة."
    assert dyads_of(detect, text, "175") == [("COP", "CVL")], dyads_of(detect, text, "175")


def test_the_protesters_of_the_sentence_before(detect):
    # before: no dispersal
    text = "خرج المحتجون أمس إلى الشوارع. وفرقتهم الشرطة بالهراوات."
    assert dyads_of(detect, text, "175") == [("COP", "CVL")], dyads_of(detect, text, "175")


def test_their_team_is_no_dispersal(detect):
    # control: no protest told, فرقتهم is "their team"
    for text in ("فاز فريقه أمس على فرقتهم في المباراة النهائية.",
                 "وقال المدرب إن فرقتهم قدمت أداء جيدا أمس."):
        assert dyads_of(detect, text, "175") == [], dyads_of(detect, text, "175")


# --- 4. bans of protests ----------------------------------------------------------------------

def test_a_refusal_to_allow_a_march_is_a_ban_of_the_opposition(detect):
    # before: no event
    text = "رفضت السلطات أمس السماح للمعارضة بتنظيم مسيرة في وسط العاصمة."
    assert dyads_of(detect, text, "172") == [("GOV", "OPP")], dyads_of(detect, text, "172")
    assert all(s != "GOV" for s, _t in dyads_of(detect, text, "141")), dyads(detect, text)


def test_the_march_banned_was_called_in_the_sentence_before(detect):
    # before: no event (the ban had no target)
    text = "دعت المعارضة أنصارها إلى مسيرة في العاصمة يوم الجمعة. ومنعت السلطات أمس المسيرة."
    assert dyads_of(detect, text, "172") == [("GOV", "OPP")], dyads_of(detect, text, "172")


def test_a_ban_with_no_protest_noun_before_has_no_target(detect):
    # control (unchanged): the sentence before names no such noun, so no one is sure
    text = "أعلن الطلاب أنهم سيتظاهرون أمام الوزارة. ومنعت الشرطة أمس المظاهرة."
    assert dyads_of(detect, text, "172") == [], dyads_of(detect, text, "172")
