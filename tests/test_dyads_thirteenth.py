"""Dyad leftovers of the thirteenth session, on sentences written for this file:

- a pronoun whose referent is named a sentence before, in the same paragraph (السلطات أطلقت
  سراحه، وقصفت الطائرات مواقعها): the released person, the owner of the positions;
- an asyndetic relative clause (عثرت الشرطة على جثة رجل قتل): the indefinite noun's verb is
  not the act of the sentence's subject;
- a verb of violence before بها in an attack noun's relative clause (الغارات التي تقتلهم بها
  الولايات المتحدة): the actor after بها did the attacks;
- an indefinite broken plural of persons right after the verb is its subject (وينتقد خبراء
  عرب الحكومة): no actor of an earlier sentence is borrowed;
- the bomber who drove the car bomb (انتحاري يقود سيارة مفخخة، سيارة مفخخة يقودها انتحاري) is
  the bombing's source.
"""

from __future__ import annotations

from _pipelines import detect  # noqa: F401 (fixture)
from _pipelines import dyads_of as dyads


def test_the_one_released_was_named_a_sentence_before(detect):
    # before: no release (the pronoun's referent was sought in its own sentence only)
    text = ("اعتقلت الشرطة الإسرائيلية الناشط الفلسطيني يوم الأحد. وقالت عائلته إن السلطات "
            "الإسرائيلية أطلقت سراحه أمس.")
    assert dyads(detect, text, "0841") == [("ISRGOV", "PSEOPP")], dyads(detect, text, "0841")


def test_the_one_arrested_was_named_a_sentence_before(detect):
    # before: no arrest (the pronoun on اعتقلته found no referent in its own sentence)
    text = ("وصل الناشط الفلسطيني إلى القاهرة يوم الأحد. وقالت عائلته إن السلطات المصرية "
            "اعتقلته في المطار.")
    assert dyads(detect, text, "173") == [("EGYGOV", "PSEOPP")], dyads(detect, text, "173")


def test_no_referent_is_sought_in_another_paragraph(detect):
    # control: a new paragraph names its own people (unchanged: no release coded)
    text = ("اعتقلت الشرطة الإسرائيلية الناشط الفلسطيني يوم الأحد.\n\nوقالت عائلته إن السلطات "
            "الإسرائيلية أطلقت سراحه أمس.")
    assert dyads(detect, text, "0841") == [], dyads(detect, text, "0841")


def test_the_owner_of_the_positions_was_named_a_sentence_before(detect):
    # before: USA → none (the movement of the sentence before was not sought)
    text = ("تواجه حركة طالبان هجمات متزايدة في الشرق. وقصفت الطائرات الأمريكية مواقعها في "
            "ننغرهار.")
    assert dyads(detect, text, "194") == [("USA", "AFGREB")], dyads(detect, text, "194")


def test_a_person_named_before_owns_no_positions(detect):
    # control: the presidents of the sentence before are no owner of positions (unchanged)
    text = "التقى الرئيس المصري نظيره الفرنسي. وقصفت الطائرات الأمريكية مواقعها في ننغرهار."
    assert dyads(detect, text, "194") == [("USA", None)], dyads(detect, text, "194")


def test_the_verb_of_an_asyndetic_relative_clause_is_not_the_subjects_act(detect):
    # before: the police who found the body were the killer (IRQCOP → none)
    for text in ("عثرت الشرطة العراقية على جثة رجل قتل بالرصاص في بغداد.",
                 "عثرت الشرطة العراقية على جثث رجال قتلوا بالرصاص في بغداد."):
        assert ("IRQCOP", None) not in dyads(detect, text, "1823"), \
            (text, dyads(detect, text, "1823"))


def test_an_ordinary_verb_first_sentence_keeps_its_subject(detect):
    # control: the subject after the verb, an actor object (unchanged)
    text = "قتلت الشرطة العراقية مسلحا هاجم نقطة تفتيش في بغداد."
    assert ("IRQCOP", "UAF") in dyads(detect, text, "1823"), dyads(detect, text, "1823")


def test_the_doer_after_biha_with_a_verb_of_violence(detect):
    # before: the raids and the attacks had no source
    text = "انتقد الوزير الغارات التي تقتلهم بها الولايات المتحدة في اليمن."
    assert dyads(detect, text, "195") == [("USA", None)], dyads(detect, text, "195")
    text = "أدان الرئيس الهجمات التي يستهدف بها تنظيم داعش المدنيين."
    assert [s for s, _ in dyads(detect, text, "190")] == ["IMGREB"], dyads(detect, text, "190")


def test_a_broken_plural_of_persons_after_the_verb_is_its_subject(detect):
    # before: the Egyptian president of the sentence before was borrowed as the critic
    for text in ("زار الرئيس المصري الرياض أمس. وينتقد خبراء عرب الحكومة الإيرانية بشدة.",
                 "زار الرئيس المصري الرياض أمس. وينتقد علماء مسلمون الحكومة الإيرانية بشدة."):
        assert dyads(detect, text, "111") == [], (text, dyads(detect, text, "111"))


def test_the_bomber_who_drove_the_car_bomb_set_it_off(detect):
    # before: the car bomb had no source; the bomber after يقودها was the blast's target
    text = "قتل عشرة أشخاص عندما فجر انتحاري يقود سيارة مفخخة نفسه في بغداد."
    # (seventeenth session: the blast a toll told before عندما came of is the news, no background,
    # and the car bomb is a mention of that one bombing, 183, no event of its own)
    # (twenty-sixth session: the toll takes the bomber of its time clause as its doer, and the
    # bombing is then merged into it as the same act: 1823)
    got = dyads(detect, text, "1832") + dyads(detect, text, "183") + dyads(detect, text, "1823")
    # (twenty-fourth session: the people its toll counts, coded CVL, are its target)
    assert got == [("UAF", "CVL")], got
    text = "انفجرت سيارة مفخخة يقودها انتحاري قرب نقطة تفتيش للجيش في الرمادي."
    assert dyads(detect, text, "183") == [("UAF", "MIL")], dyads(detect, text, "183")
