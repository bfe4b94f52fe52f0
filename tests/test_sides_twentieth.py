"""Event sides I, twentieth session (docs/accuracy.md, "Event sides I: clashes, the harmed as
doer, denials and condemners, twentieth session").

- the clash itself (اشتباكات مع الجيش) has its other side as source: the dead of a toll told
  before it whose killers were read after مع, or the subject of a verb of entering a fight;
- the harmed are not the doer: the apposition of an object before «كما استهدف القصف», the
  victims' group after «خلال الهجوم»;
- who condemns, calls a claim or denies is not the doer, nor is a place resumed in a relative
  clause whose verb has its own subject;
- bodies: an association's name with a coordinated noun, the police of a group that is no
  state, an army's country from the same army named with it before.

Our own sentences; each expected value was worked out by hand. The names are invented."""

from __future__ import annotations

# (cameo's sides: code and text of each; the date the sentences are published)
from test_uncoded_actors_sixteenth import PUBLISHED, sides
from test_sides_nouns_seventeenth import nlp_unknown  # noqa: F401  (a fixture)


def _entities(nlp, text):
    doc = nlp(text, published=PUBLISHED)
    for e in doc.entities:  # every entity is a half-open span of the text
        assert doc.text[e.start:e.end] == e.text
    return [(e.text, e.actor_code) for e in doc.entities]


# 1. the clash's sides

def test_the_dead_are_the_side_that_fought(nlp):
    # before: the clash had the army as target and no source
    text = "قتل أربعة من المسلحين يوم الاثنين في اشتباكات مع الجيش العراقي."
    assert sides(nlp, text, "190") == [("UAF", "المسلحين", "IRQMIL", "الجيش العراقي")]
    assert sides(nlp, text, "1823") == [("IRQMIL", "الجيش العراقي", "UAF", "المسلحين")]


def test_the_subject_of_a_verb_of_entering_a_fight(nlp):
    text = "خاض الحوثيون يوم الاثنين مواجهات مع الجيش اليمني في تعز."
    assert sides(nlp, text, "190") == [("YEMREB", "الحوثيون", "YEMMIL", "الجيش اليمني")]


def test_the_subject_of_entering_into_clashes(nlp):
    text = "دخل المسلحون أمس في اشتباكات مع قوات الأمن في العريش."
    assert sides(nlp, text, "190") == [("UAF", "المسلحون", "COP", "قوات الأمن")]


def test_civilians_dead_are_no_side(nlp_unknown):
    # control: who dies in a clash need not have fought in it
    text = "قتل أربعة مدنيين يوم الاثنين في اشتباكات مع الجيش العراقي."
    assert [s[0] for s in sides(nlp_unknown, text, "190")] == [None]


def test_who_ends_a_clash_did_not_fight_it(nlp_unknown):
    # control: أنهى is no verb of entering a fight
    text = "أنهت الحكومة يوم الاثنين المواجهات مع المحتجين في البصرة."
    assert all(s[0] is None for s in sides(nlp_unknown, text, "190"))


# 2. the harmed taken as the doer

def test_the_apposition_of_the_object_is_not_the_subject_of_the_shelling(nlp_unknown):
    # before: the brigadier, in apposition to the minister whose home was hit, was the source
    text = ("قصفت قوات التحالف يوم الاثنين منزل الوزير، العميد خالد حسن، كما استهدف القصف "
            "مركز الشرطة.")
    assert [s[0] for s in sides(nlp_unknown, text, "190")] == [None]


def test_the_victims_group_after_a_reference_to_the_attack(nlp_unknown):
    # before: the organisation whose men were killed was the attack's source
    text = "هاجم الجيش يوم الاثنين مواقع داعش في الرمادي، وقتل خلال الهجوم عشرة مسلحين من التنظيم."
    assert all(s[1] != "التنظيم" for s in sides(nlp_unknown, text, "190"))


def test_the_doer_in_the_attacks_own_clause_stays(nlp):
    # control: جراء القصف الذي شنه المسلحون: the relative clause names the doer
    text = "قتل خمسة جنود جراء القصف الذي شنه المسلحون على المعسكر."
    assert [s[:2] for s in sides(nlp, text, "194")] == [("UAF", "المسلحون")]


# 3. condemners, claims, denials and places

def test_the_condemner_did_not_kill(nlp_unknown):
    # before: the Jordanian ministry was the killer of the guards it condemned the killing of
    text = "أدانت وزارة الخارجية الأردنية يوم الاثنين الاعتداء على القنصلية وقتل الحراس."
    assert [s[0] for s in sides(nlp_unknown, text, "1823")] == [None]


def test_a_claim_the_ambassador_rejects_is_not_his_act(nlp_unknown):
    # before: the Egyptian ambassador was the source of the ban he called a claim
    text = "قال السفير المصري يوم الاثنين إن مزاعم منع الصحفيين من دخول البلاد كاذبة."
    assert all(s[0] != "EGYGOV" for s in sides(nlp_unknown, text, "172"))


def test_the_thing_hit_after_a_denied_verb_is_its_target(nlp_unknown):
    # before: the school was the source of the shelling the ministry denied; since the
    # twenty-first session the owner of the aircraft (مقاتلاتها: the ministry's) is the source
    text = "نفت وزارة الدفاع يوم الاثنين أن تكون مقاتلاتها قصفت المدرسة."
    assert [(s[0], s[2]) for s in sides(nlp_unknown, text, "194")] == [("GOV", "EDU")]


def test_a_place_resumed_in_its_relative_clause_is_no_source(nlp_unknown):
    # before: Idlib shelled (the clause's subject is قوات النظام, فيها resumes the town)
    text = "قتل مدنيون في بلدة بريف إدلب التي قصفت قوات النظام منازل فيها يوم الاثنين."
    assert [s[0] for s in sides(nlp_unknown, text, "194")] == [None]


def test_the_main_subject_is_not_the_relative_clauses(nlp_unknown):
    # before: the gunmen who took the village were the ones who shelled it
    text = "سيطر المسلحون يوم الاثنين على قرية قرب حلب التي قصفتها قوات النظام أمس."
    assert [s[0] for s in sides(nlp_unknown, text, "194")] == [None]


def test_a_state_that_is_the_subject_of_its_relative_clause_stays(nlp):
    # control: إسرائيل التي قصفت غزة: no pronoun resumes Israel, it did the shelling
    text = "قالت حماس إن إسرائيل التي قصفت غزة يوم الاثنين ستدفع الثمن."
    assert [s[:2] for s in sides(nlp, text, "194")] == [("ISR", "إسرائيل")]


# 4. bodies

def test_an_association_named_by_two_joined_nouns(nlp):
    # before: جمعية البر alone, والإحسان left out of the name
    text = "تبرعت جمعية البر والإحسان يوم الاثنين بمبلغ للمستشفى في الرياض."
    assert ("جمعية البر والإحسان", "NGO") in _entities(nlp, text)


def test_a_police_a_group_set_up_is_not_the_states(nlp):
    # before: IRQCOP twice, from the dateline
    text = ("بغداد (رويترز) - أنشأ تنظيم داعش جهازا للشرطة في الموصل وقالت الشرطة إنها اعتقلت "
            "عشرة أشخاص.")
    got = [x for x in _entities(nlp, text) if "شرطة" in x[0]]
    assert got == [("لشرطة", "COP"), ("الشرطة", "COP")]  # (لشرطة: after the preposition ل)


def test_the_police_of_hamas_named_again(nlp):
    # before: PSECOP for the police named again under a Palestinian agency's dateline
    text = "رام الله (وفا) - اعتقلت شرطة حماس يوم الاثنين خمسة ناشطين. وقالت الشرطة إنها ستحقق معهم."
    assert ("الشرطة", "COP") in _entities(nlp, text)


def test_an_army_named_again_after_its_country(nlp):
    # before: the army named again had no country
    text = "قصف الجيش اليمني يوم الاثنين مواقع الحوثيين في مأرب. وقال الجيش إنه تقدم."
    assert [x for x in _entities(nlp, text) if x[0].startswith("الجيش")] == [
        ("الجيش اليمني", "YEMMIL"), ("الجيش", "YEMMIL")]


def test_an_army_takes_no_country_from_the_dateline(nlp):
    # control: the dateline's army is often a foreign one
    text = "صنعاء (سبأ) - قال الجيش يوم الاثنين إنه قتل عشرة مسلحين في مأرب."
    assert ("الجيش", "MIL") in _entities(nlp, text)


def test_two_armies_named_before_give_none(nlp):
    # control: the army named again may be either
    text = ("قال الجيش الأمريكي إن طائراته قصفت مواقع داعش. وقال الجيش العراقي إنه تقدم. "
            "وأضاف الجيش أن المعارك مستمرة.")
    assert _entities(nlp, text)[-1] == ("الجيش", "MIL")


def test_a_participle_joined_after_the_name_is_not_in_it(nlp):
    # control: والمشرف is who came beside the association, not a word of its name
    text = "حضر الحفل أعضاء جمعية النحالين والمشرف العام على المهرجان يوم الاثنين."
    assert all("والمشرف" not in x[0] for x in _entities(nlp, text))


def test_a_relative_clause_with_no_subject_of_its_own_keeps_the_actor(nlp_unknown):
    # control: التي اجتاحتها في عام 2014: its subject is a pronoun for the militants
    text = "تمكن الجيش من إخراج المتشددين من معظم الأراضي التي اجتاحتها في عام 2014."
    assert [s[:2] for s in sides(nlp_unknown, text, "190")] == [("RAD", "المتشددين")]
