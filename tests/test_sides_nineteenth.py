"""Event sides I, nineteenth session (docs/accuracy.md, "Event sides I: bodies, objects and the
killers after مع, nineteenth session").

- a verbal noun's definite object right after its definite body agent (اعتقال الشرطة
  المتظاهرين): the body the source, the object the target;
- the killers of a battle's dead: a toll with its victims and no doer, then a battle noun, مع
  and an actor (سقط له ثلاثة قتلى في المواجهات مع الجيش): that actor is the source;
- the bare aircraft (ثم قصفت الطائرات) are those of the last owner named after an aircraft
  noun in the paragraph (طائرات التحالف), else no one's;
- bodies the actors stage had not found (see the tests of item 1 below).

Our own sentences; each expected value was worked out by hand. The names are invented."""

from __future__ import annotations

# (cameo's sides: code and text of each; the date the sentences are published)
from test_uncoded_actors_sixteenth import PUBLISHED, sides
from test_sides_nouns_seventeenth import nlp_unknown  # noqa: F401  (a fixture)


# 2. a verbal noun's definite object after its body agent

def test_the_protesters_after_the_police(nlp):
    # before: no arrest (the police, the genitive, were read as its patient)
    text = "نددت الحركة يوم الأحد باعتقال الشرطة المتظاهرين في الخليل."
    assert sides(nlp, text, "173") == [("COP", "الشرطة", "CVL", "المتظاهرين")]


def test_the_activists_after_the_security_forces(nlp):
    text = "نددت الحركة يوم الأحد باعتقال قوات الأمن الناشطين في الخليل."
    assert sides(nlp, text, "173") == [("COP", "قوات الأمن", "OPP", "الناشطين")]


def test_the_protesters_after_a_body_with_its_nisba(nlp):
    text = "نددت الحركة يوم الأحد باعتقال الشرطة الإسرائيلية المتظاهرين في الخليل."
    assert sides(nlp, text, "173") == [("ISRCOP", "الشرطة الإسرائيلية", "CVL", "المتظاهرين")]


def test_a_construct_head_takes_no_object(nlp):
    # control: شرطة الاحتلال is one body in construct; الفلسطينيين no object of a bare head
    text = "نددت الحركة يوم الأحد باعتقال شرطة الاحتلال الفلسطينيين في الخليل."
    assert all(s[1] != "شرطة" for s in sides(nlp, text, "173"))


# 3. the killers after مع

def test_the_dead_of_a_pronoun_fell_to_the_army(nlp):
    # before: the killing had its target and no source (dropped by the default pipeline)
    text = "أعلن حزب الله أنه سقط له ثلاثة قتلى في المواجهات مع الجيش السوري يوم الأحد."
    assert sides(nlp, text, "1823") == [("SYRMIL", "الجيش السوري", "LBNPTY", "حزب الله")]


def test_militants_killed_in_clashes_with_the_army(nlp):
    text = "قتل ثلاثة من المسلحين يوم الأحد في اشتباكات مع الجيش اليمني."
    assert sides(nlp, text, "1823") == [("YEMMIL", "الجيش اليمني", "UAF", "المسلحين")]


def test_policemen_who_met_their_death_in_clashes_with_protesters(nlp):
    text = "لقي ثلاثة من عناصر الشرطة مصرعهم في مواجهات مع المتظاهرين في القاهرة يوم الأحد."
    assert sides(nlp, text, "1823") == [("CVL", "المتظاهرين", "COP", "عناصر الشرطة")]


def test_clashes_between_two_sides_name_no_killer(nlp_unknown):
    # control: بين الجيش والمسلحين, no مع: the dead may be of either side or neither
    text = "قتل ثلاثة مدنيين يوم الأحد في اشتباكات بين الجيش والمسلحين في درعا."
    assert [s[0] for s in sides(nlp_unknown, text, "1823")] == [None]


def test_a_verb_between_ends_the_reach(nlp_unknown):
    # control: the battle is told after another verb (وأصيب آخرون): not read
    text = "قتل ثلاثة من المسلحين يوم الأحد وأصيب آخرون في اشتباكات مع الجيش في درعا."
    assert all(s[0] is None for s in sides(nlp_unknown, text, "1823"))


# 4. the bare aircraft

def test_the_aircraft_of_the_coalition_named_before(nlp):
    # before: no source (dropped by the default pipeline)
    text = ("شنت طائرات التحالف العربي غارات على مواقع الحوثيين في صنعاء يوم الأحد. "
            "ثم قصفت الطائرات مواقع الحوثيين في صعدة.")
    assert sides(nlp, text, "194") == [("SAUMIL", "التحالف العربي", "YEMREB", "الحوثيين")]


def test_the_aircraft_after_a_report_verb(nlp):
    text = ("قصفت طائرات التحالف العربي مواقع الحوثيين في صنعاء يوم الأحد. "
            "وأضاف سكان أن الطائرات استهدفت مواقع الحوثيين في صعدة.")
    assert sides(nlp, text, "190") == [("SAUMIL", "التحالف العربي", "YEMREB", "الحوثيين")]


def test_the_air_force_named_by_its_nisba(nlp):
    text = ("قصف الطيران الروسي مواقع المعارضة في إدلب يوم الأحد. "
            "وقصف الطيران أيضا مواقع المعارضة في حماة.")
    assert [s[:2] for s in sides(nlp, text, "194")] == [("RUS", "الروسي"), ("RUS", "الروسي")]


def test_aircraft_with_no_owner_are_no_ones(nlp_unknown):
    # control: no owner in the paragraph: no source, not the country of the speaker
    for text in ("قالت السعودية يوم الأحد إن الطائرات قصفت مواقع الحوثيين في صعدة.",
                 "دمشق (رويترز) - قصفت الطائرات يوم الأحد مواقع المعارضة في إدلب."):
        assert [s[0] for s in sides(nlp_unknown, text, "194")] == [None], text


# 1. bodies the actors stage had not found

def _entity(nlp, text, words):
    doc = nlp(text, published=PUBLISHED)
    got = [(e.text, e.actor_code, e.country) for e in doc.entities if e.text == words]
    for e in doc.entities:  # every entity is a half-open span of the text
        assert doc.text[e.start:e.end] == e.text
    return got


def test_a_charity_named_by_its_head_and_adjective(nlp):
    # before: no entity, and no criticism coded
    text = "انتقدت جمعية البر الخيرية يوم الأحد الحكومة في الرياض."
    assert _entity(nlp, text, "جمعية البر الخيرية") == [("جمعية البر الخيرية", "NGO", None)]
    assert sides(nlp, text, "111") == [("NGO", "جمعية البر الخيرية", "GOV", "الحكومة")]


def test_a_civil_committee_named_by_its_adjective(nlp):
    text = "انتقدت لجنة التنمية الأهلية يوم الأحد الحكومة في الرياض."
    assert sides(nlp, text, "111") == [("NGO", "لجنة التنمية الأهلية", "GOV", "الحكومة")]


def test_a_committee_with_no_civil_adjective_is_no_ngo(nlp):
    # control: لجنة التحقيق is as often a committee of the state
    text = "انتقدت لجنة التحقيق يوم الأحد الحكومة في الرياض."
    assert all(s[0] != "NGO" for s in sides(nlp, text, "111"))


def test_a_known_society_keeps_its_entry(nlp):
    # control: the Red Crescent is in the dictionary; the head adds no mention of its own
    text = "دعت جمعية الهلال الأحمر يوم الأحد إلى وقف القتال."
    doc = nlp(text, published=PUBLISHED)
    assert [e.actor_code for e in doc.entities] == ["NGOIFR"]


def test_the_ministry_of_the_datelines_country_with_its_agency(nlp):
    # before: GOV, with no country
    text = "الكويت (كونا) - اعتقلت وزارة الداخلية يوم الأحد خمسة ناشطين."
    assert _entity(nlp, text, "وزارة الداخلية") == [("وزارة الداخلية", "KWTGOV", "KWT")]
    assert sides(nlp, text, "173") == [("KWTGOV", "وزارة الداخلية", "OPP", "ناشطين")]


def test_the_same_ministry_named_with_its_country_before(nlp):
    text = ("اعتقلت وزارة الداخلية الكويتية خمسة ناشطين يوم الأحد. "
            "وقالت وزارة الداخلية إن التحقيق جار.")
    assert _entity(nlp, text, "وزارة الداخلية") == [("وزارة الداخلية", "KWTGOV", "KWT")]


def test_no_country_from_a_hub_or_a_foreign_place(nlp):
    # controls: a hub's dateline named once; a paragraph naming another country; a foreign
    # agency's dateline
    for text, words in (
            ("لندن: «الشرق الأوسط» - قالت وزارة الداخلية إنها اعتقلت خمسة ناشطين يوم الأحد.",
             "وزارة الداخلية"),
            ("الكويت (كونا) - اعتقلت وزارة الداخلية يوم الأحد خمسة ناشطين عائدين من سوريا.",
             "وزارة الداخلية"),
            ("بيروت (رويترز) - اعتقلت الشرطة يوم الأحد خمسة ناشطين في حلب.", "الشرطة")):
        assert [x[2] for x in _entity(nlp, text, words)] == [None], text


def test_governments_an_adjective_scopes_take_no_country(nlp):
    # control: الحكومات الأوروبية are not the Greek government named before
    text = ("قالت الحكومة اليونانية يوم الأحد إنها ستصوت على الاتفاق. "
            "لكن الحكومات الأوروبية ترفض هذه الفكرة.")
    assert [x[2] for x in _entity(nlp, text, "الحكومات")] == [None]
