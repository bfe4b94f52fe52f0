"""Dyad leftovers of the fourteenth session, on sentences written for this file:

- a town or a city a violent event was aimed at as its object stands for its people, civilians
  of its country (ضربت سيارة مفخخة مدينة بيشاور: PAKCVL); a country so named stays the country,
  a place after a word of position is where the thing hit stands;
- the agent phrase على أيدي marks the passive and its doer (خطفوا على أيدي مسلحين);
- nouns of a person said also by an adjective (شاب، شخص: events.json `person_nouns`) open an
  asyndetic relative clause as `person_kinds` do; a verb of harm right after a person and before
  بالرصاص is the passive (قتل جندي أمريكي بالرصاص);
- the suicide bomber of a time clause after a toll (قتل عشرة أشخاص عندما فجر انتحاري نفسه) is
  the bombing's source, not its target;
- the object pronoun of a violent verb (قتله، اغتاله، قتلها), and the pronoun after أطلق النار
  على, stand for a person named a sentence before when their own sentence names none.
"""

from __future__ import annotations

from _pipelines import detect  # noqa: F401 (fixture)
from _pipelines import dyads_of as dyads


def test_a_city_hit_as_the_object_is_its_people(detect):
    # before: the city's country, PAK / SYR (the state)
    text = "ضربت سيارة مفخخة مدينة بيشاور الباكستانية صباح الأحد."
    assert dyads(detect, text, "182") == [(None, "PAKCVL")], dyads(detect, text, "182")
    text = "قصفت الطائرات الحربية حلب صباح الأحد."
    assert dyads(detect, text, "194") == [("MIL", "SYRCVL")], dyads(detect, text, "194")


def test_a_country_hit_stays_the_country(detect):
    # control (unchanged): a country as the object is the state
    text = "قصفت إسرائيل لبنان صباح الأحد."
    assert dyads(detect, text, "194") == [("ISR", "LBN")], dyads(detect, text, "194")


def test_a_place_after_a_word_of_position_is_no_people(detect):
    # control (unchanged): the mosque south of Baghdad was hit, not Baghdad's people
    text = "هاجم مسلحون مسجدا سنيا جنوب بغداد صباح الأحد."
    assert ("UAF", "IRQCVL") not in dyads(detect, text, "190"), dyads(detect, text, "190")


def test_on_the_hands_of_marks_the_doer_of_a_passive(detect):
    # before: the Ethiopians kidnapped the gunmen (ETH → UAF)
    text = "أعلنت الشرطة أن خمسة من 13 إثيوبيا خطفوا على أيدي مسلحين الخميس."
    assert dyads(detect, text, "181") == [("UAF", "ETH")], dyads(detect, text, "181")
    # before: the soldiers had no killer named
    text = "قتل ثلاثة جنود على أيدي مسلحين في سيناء."
    assert dyads(detect, text, "1823") == [("UAF", "MIL")], dyads(detect, text, "1823")
    # before: no killer; an actor right after the agent describes it, it was not killed
    text = "وأقر البرلمان القانون بعد مقتل 17 شخصا في باريس على أيدي مسلحين متطرفين."
    assert dyads(detect, text, "1823") == [("UAF", None)], dyads(detect, text, "1823")


def test_a_young_man_opens_his_own_clause(detect):
    # before: the police who found the body were the killer (IRQCOP → none)
    for text in ("عثرت الشرطة العراقية على جثة شاب قتل بالرصاص في بغداد.",
                 "عثرت الشرطة العراقية على جثة شخص قتل طعنا في بغداد."):
        assert ("IRQCOP", None) not in dyads(detect, text, "1823"), \
            (text, dyads(detect, text, "1823"))


def test_a_person_killed_by_bullets_is_the_victim(detect):
    # before: the citizen's finders and the soldier were the killers
    text = "عثرت الشرطة العراقية على جثة مواطن قتل بالرصاص في بغداد."
    assert dyads(detect, text, "1823") == [(None, "CVL")], dyads(detect, text, "1823")
    text = "قتل جندي أمريكي بالرصاص في بغداد."
    assert dyads(detect, text, "1823") == [(None, "USAMIL")], dyads(detect, text, "1823")


def test_the_bomber_of_a_time_clause_is_the_source(detect):
    # before: the ten people blew up the bomber (CVL → UAF)
    text = "قتل عشرة أشخاص عندما فجر انتحاري نفسه في سوق شعبي."
    # (twenty-fourth session: the people its toll counts, coded CVL, are its target; twenty-sixth:
    # the toll takes the bomber as its doer and the bombing merges into it, 1823)
    got = dyads(detect, text, "183") + dyads(detect, text, "1823")
    assert got == [("UAF", "CVL")], got
    text = "قتل خمسة جنود حين فجر انتحاري حزامه الناسف قرب دورية."
    assert dyads(detect, text, "183") == [("UAF", None)], dyads(detect, text, "183")


def test_the_one_killed_was_named_a_sentence_before(detect):
    # before: UAF → none
    text = ("خرج الصحافي العراقي من منزله صباح الأحد. وقالت الشرطة إن مسلحا مجهولا قتله "
            "في الطريق.")
    assert dyads(detect, text, "1823") == [("UAF", "IRQMED")], dyads(detect, text, "1823")
    text = "عاد رئيس البلدية إلى المدينة يوم الأحد. واغتاله مسلحون مجهولون قرب منزله."
    assert dyads(detect, text, "186") == [("UAF", "GOV")], dyads(detect, text, "186")
    text = "عادت الناشطة السورية إلى حلب يوم الأحد. وقتلها مسلحون مجهولون قرب منزلها."
    assert dyads(detect, text, "1823") == [("UAF", "SYROPP")], dyads(detect, text, "1823")


def test_no_earlier_referent_when_the_own_sentence_names_the_one(detect):
    # control (unchanged): the verb's own object is named
    text = ("خرج الصحافي العراقي من منزله صباح الأحد. وقتل مسلحون الطبيب العراقي في "
            "الطريق.")
    assert ("UAF", "IRQMED") not in dyads(detect, text, "1823"), dyads(detect, text, "1823")


def test_the_one_shot_at_was_named_a_sentence_before(detect):
    # before: UAF → none
    text = "خرج الصحافي العراقي من منزله صباح الأحد. وأطلق مسلحون النار عليه في الطريق."
    assert dyads(detect, text, "193") == [("UAF", "IRQMED")], dyads(detect, text, "193")


def test_no_earlier_referent_in_another_paragraph(detect):
    # control (unchanged): a new paragraph names its own people
    text = "خرج الصحافي العراقي من منزله صباح الأحد.\n\nوأطلق مسلحون النار عليه في الطريق."
    assert dyads(detect, text, "193") == [("UAF", None)], dyads(detect, text, "193")


def test_a_verbal_noun_with_its_pronoun_seeks_no_earlier_person(detect):
    # control (unchanged): قصفها is "its shelling", the militia's own, no one shot at
    text = ("وصل الصحافي العراقي إلى عدن يوم الأحد. وقالت المصادر إن ميليشيات الحوثيين واصلت "
            "لليوم الثاني على التوالي قصفها للأحياء السكنية.")
    assert ("YEMREB", "IRQMED") not in dyads(detect, text, "194"), dyads(detect, text, "194")


def test_a_person_before_qad_and_a_verb_of_harm_was_harmed(detect):
    # before: the former president killed (ELI → none), the prime minister killed the town
    text = "وكان الرئيس السابق قد قتل في انفجار استهدف موكبه."
    assert dyads(detect, text, "1823") == [(None, "ELI")], dyads(detect, text, "1823")
    text = "وكانت رئيسة الوزراء السابقة، بي نظير بوتو، قد قتلت في هجوم انتحاري في مدينة روالبندي."
    assert [s for s, _t in dyads(detect, text, "1823")] == [None], dyads(detect, text, "1823")


def test_a_body_before_qad_still_does_it(detect):
    # control (unchanged): the army killed the gunmen
    text = "وكان الجيش قد قتل في هجوم سابق عشرة مسلحين."
    assert dyads(detect, text, "1823") == [("MIL", "UAF")], dyads(detect, text, "1823")
