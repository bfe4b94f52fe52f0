"""Sides of protests and of the dead who fell (eighteenth session), on sentences written for
this file:

- who bars or breaks up a protest is not its crowd: a protest noun after a verb of events.json
  `protest_barring_verbs` (لن يسمح بالمظاهرة، منعت السلطات مسيرة) takes no source from that
  verb's subject; the barring act (CAMEO 17) has as its target the people whose protest it is,
  the genitive or the actor with لـ after a noun of `protest_object_nouns` (منعت السلطات مسيرة
  للمعارضة: the opposition);
- a protest before the building of a body of the state with no country of its own (أمام
  البرلمان، أمام قصر الرئاسة) targets that body of the dateline's country (when the sentence
  names no place of another); an embassy (`foreign_missions`) is another state's and is left;
- the dead who fell (سقط … قتلى) are those named after the verb: من X, من بين X, or the one a
  word of `fallen_owner_words` (منهم، لهم) stands for, in its sentence (not the agent) or the
  sentence before; the shooter after برصاص / بنيران stays the source.
"""

from __future__ import annotations

from _pipelines import detect  # noqa: F401 (fixture)
from _pipelines import dyads_of as dyads


def test_the_governor_who_will_not_allow_a_march_is_not_its_crowd(detect):
    # before: the governor (GOV) was the protest's source
    text = "قال المحافظ أمس إنه لن يسمح بالمظاهرة في وسط المدينة."
    assert dyads(detect, text, "141") == [(None, None)], dyads(detect, text, "141")


def test_a_march_banned_has_its_people_as_the_bans_target(detect):
    # before: no event (the march is no actor, the ban had no target)
    text = "منعت السلطات أمس مسيرة للمعارضة في إسطنبول."
    assert dyads(detect, text, "172") == [("GOV", "OPP")], dyads(detect, text, "172")
    assert dyads(detect, text, "141") == [], dyads(detect, text, "141")


def test_a_dispersal_is_the_polices_act_on_the_crowd(detect):
    # control (unchanged): the police dispersed the opposition's protest; no protest by them
    text = "فرقت الشرطة أمس مظاهرة لأنصار المعارضة في الخرطوم بالغاز المسيل للدموع."
    assert dyads(detect, text, "175") == [("COP", "OPP")], dyads(detect, text, "175")
    assert all(s != "COP" for s, _t in dyads(detect, text, "141")), dyads(detect, text, "141")


def test_a_sit_in_before_parliament_targets_the_countrys_parliament(detect):
    # before: LEG with no country (the dateline names Beirut)
    text = "بيروت (أ ف ب) - اعتصم المئات أمام البرلمان للمطالبة بقانون جديد."
    assert dyads(detect, text, "141") == [(None, "LBNLEG")], dyads(detect, text, "141")


def test_a_protest_before_the_seat_of_government_of_the_dateline(detect):
    # before: GOV with no country
    text = "بغداد (رويترز) - تظاهر المئات أمام مقر الحكومة ضد الفساد."
    assert dyads(detect, text, "141") == [(None, "IRQGOV")], dyads(detect, text, "141")


def test_a_body_before_a_place_of_the_sentence_keeps_no_country(detect):
    # control (unchanged): only the dateline's country is given; a city the sentence names
    # is where it happened, and the coders leave the body's country unnamed
    text = "تظاهر المئات أمام مقر الحكومة في بغداد ضد الفساد."
    assert dyads(detect, text, "141") == [(None, "GOV")], dyads(detect, text, "141")


def test_an_embassy_is_not_the_host_countrys(detect):
    # control (unchanged): an embassy with no nationality named stays GOV, not SDNGOV
    text = "الخرطوم (رويترز) - تظاهر المئات أمام السفارة."
    assert dyads(detect, text, "141") == [(None, "GOV")], dyads(detect, text, "141")
    text = "تظاهر الطلاب أمام السفارة الإسرائيلية في عمان."
    assert dyads(detect, text, "141") == [("EDU", "ISRGOV")], dyads(detect, text, "141")


def test_the_dead_from_among_the_protesters(detect):
    # before: no target (who fell stands after من)
    text = "وسقط من المتظاهرين ثلاثة قتلى برصاص الأمن."
    assert dyads(detect, text, "1823") == [("COP", "CVL")], dyads(detect, text, "1823")
    text = "وسقط من بين المحتجين قتيل برصاص قوات الأمن."
    assert dyads(detect, text, "1823") == [("COP", "CVL")], dyads(detect, text, "1823")


def test_the_dead_of_them_are_the_attacked_not_the_attacker(detect):
    # before: the army (the subject of the sentence) was the one whose men fell
    text = "شن الجيش هجوما على المسلحين وسقط منهم عشرون قتيلا."
    assert dyads(detect, text, "1823") == [(None, "UAF")], dyads(detect, text, "1823")


def test_the_dead_of_them_named_in_the_sentence_before(detect):
    # before: no target (منهم stands for the gunmen of the sentence before)
    text = "اقتحم المسلحون القرية. وسقط منهم ثلاثة قتلى بنيران الجيش."
    assert dyads(detect, text, "1823") == [("MIL", "UAF")], dyads(detect, text, "1823")


def test_the_dead_of_the_clash_for_them(detect):
    # control (unchanged): لهم after فيها, the militants of the clash
    text = "اندلعت اشتباكات بين الجيش والمسلحين سقط فيها لهم عشرة قتلى."
    assert dyads(detect, text, "1823") == [(None, "UAF")], dyads(detect, text, "1823")
