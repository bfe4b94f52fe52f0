"""Detection and modality leftovers of the fourteenth session's reading (docs/accuracy.md,
"Detection and modality leftovers, fifteenth session"), each checked here on sentences written
for this file:

- a verb of success or failure whose subject is the event noun (ولم تفلح الهجمات في، فشل
  الهجوم): the act took place; a negation before the verb denies its aim, not the act; after
  بعد (بعد فشل الهجوم) it is background, as بعد الهجوم;
- calls with no إلى: the addressee, and the caller, between the word of calling and the act
  called for (دعا الرئيس السلطات اعتقال، طالب الوزير المجتمع الدولي بفرض); the governor of a
  noun of furthering reaches the act it governs (ضرورة تكثيف الضربات); a verb of habit (اعتاد،
  دأب على) makes its verbal noun a habit;
- فيلم is a film, not ف + يلم "blames"; refugees received, taking office (وصوله إلى الحكم)
  and a visit to a grave are no diplomatic hosting or visit;
- an explosion that shook a city (هز انفجار المدينة) is a bombing;
- a line of a chronology dated long ago (11 أغسطس 1990: وصول قوات) is history, whatever the
  event's type.
"""

from __future__ import annotations

import pytest

from _pipelines import coded, detect  # noqa: F401 (fixture)

import marsad


@pytest.fixture(scope="module")
def default_nlp():
    # the default pipeline: events need a known source (how the news dumps code)
    return marsad.load()


def _of(nlp, text, plover):
    return [e for e in coded(nlp, text) if e[1] == plover]


def test_a_failed_aim_is_no_negated_attack(detect):
    got = _of(detect, "ولم تفلح الهجمات في إخراج المسلحين من المدينة أمس.", "ASSAULT")
    assert got and all(e[2] == "asserted" for e in got)


def test_an_attack_that_failed_is_an_attack(detect):
    # the verb of failure is one sign of a happening, as وقع or شنّ
    got = _of(detect, "وفشل هجوم المسلحين على المطار أمس.", "ASSAULT")
    assert [e for e in got if e[0] == "190" and e[2] == "asserted"]


def test_an_attack_whose_failure_came_before_is_background(detect):
    # بعد فشل الهجوم: the failure dates what the sentence tells, as بعد الهجوم would
    got = _of(detect, "وتصاعد الخلاف بين القادة بعد فشل هجوم المسلحين على المطار أمس.",
              "ASSAULT")
    assert got and all(e[2] == "historical" for e in got)


@pytest.mark.parametrize("text, cameo", [
    ("دعا الرئيس السلطات اعتقال المسلحين الذين هاجموا القرية.", "173"),
    ("وطالب الوزير المجتمع الدولي بفرض عقوبات على النظام السوري.", "163"),
])
def test_an_act_called_for_past_its_addressee_is_not_done(detect, text, cameo):
    got = [e for e in coded(detect, text) if e[0] == cameo]
    assert got and all(e[2] == "hypothetical" for e in got)


def test_the_genitive_of_a_caller_is_no_act_called_for(detect):
    # طالب ضحايا القصف: the shelling is what the victims underwent, not what they ask for;
    # the same sentence with an addressee that is definite names the act called for
    assert not [e for e in coded(detect, "طالب ضحايا القصف الحكومة بالتعويض.")
                if e[2] == "hypothetical"]
    got = [e for e in coded(detect, "دعا الرئيس السلطات اعتقال المسلحين.") if e[0] == "173"]
    assert got and all(e[2] == "hypothetical" for e in got)


@pytest.mark.parametrize("text", [
    "وأكد الوزير ضرورة تكثيف الضربات الجوية ضد تنظيم داعش.",
    "وأكد الوزير ضرورة مواصلة قصف مواقع المسلحين في الموصل أمس.",
])
def test_a_call_reaches_through_a_noun_of_furthering(detect, text):
    got = _of(detect, text, "ASSAULT")
    assert got and all(e[2] == "hypothetical" for e in got)


@pytest.mark.parametrize("text", [
    "واعتاد الجنود اعتقال الشبان عند الحاجز.",
    "ودأب الجنود على اعتقال الشبان عند الحاجز.",
])
def test_what_someone_used_to_do_is_a_habit(detect, text):
    got = [e for e in coded(detect, text) if e[0] == "173"]
    assert got and all(e[2] == "habitual" for e in got)


@pytest.mark.parametrize("text", [
    "وشاهد الجمهور فيلم الرئيس المصري عن الحرب.",
    "وعرض التلفزيون المصري أمس فيلم الجيش عن حرب أكتوبر.",
])
def test_a_film_is_no_blame(default_nlp, text):
    assert not [e for e in coded(default_nlp, text) if e[0] == "110"]


@pytest.mark.parametrize("text", [
    "واللاجئين الذين استقبلتهم ألمانيا العام الماضي.",
    "واستقبلت تركيا مليوني لاجئ سوري.",
])
def test_refugees_received_are_no_visit_hosted(detect, text):
    assert not [e for e in coded(detect, text) if e[0] == "043"]


def test_a_host_still_receives_a_minister(detect):
    # (and the refugees of the same article are still none)
    got = coded(detect, "واستقبل الرئيس المصري وزير الخارجية الأمريكي أمس في القاهرة. "
                        "واستقبلت تركيا مليوني لاجئ سوري.")
    assert [e[3:] for e in got if e[0] == "043"] == [("EGYGOV", "USAGOV")]


@pytest.mark.parametrize("text", [
    "وقال الرئيس إن وصوله إلى الحكم كان بإرادة الشعب.",
    "وأكد الرئيس الأمريكي أن وصوله إلى منصب الرئاسة غير السياسة.",
    "وزار أوباما قبر الجندي المجهول في باريس أمس.",
])
def test_taking_office_and_a_grave_are_no_visit(detect, text):
    assert not [e for e in coded(detect, text) if e[0] == "042"]


@pytest.mark.parametrize("text", [
    "هز انفجار عنيف مدينة بغداد صباح أمس.",
    "هزت انفجارات عنيفة العاصمة بغداد صباح أمس.",
])
def test_an_explosion_that_shook_a_city_is_a_bombing(detect, text):
    assert [e for e in coded(detect, text) if e[0] == "183" and e[2] == "asserted"]


def test_a_chronology_line_long_ago_is_history(detect):
    got = [e for e in coded(detect, "* 11 أغسطس 1990: وصول قوات مصرية إلى السعودية.")
           if e[0] == "042"]
    assert got and all(e[2] == "historical" for e in got)
