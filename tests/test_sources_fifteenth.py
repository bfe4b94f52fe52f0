"""Who is the source, fifteenth session, on sentences written for this file:

- who condemns an attack (events.json `condemning_verbs`: أدانت، ندد، استنكر) is not the source
  of the violence told after it in its sentence, found before the verb or carried to a verb
  joined by و; a verb of harm followed by the pronoun of the event (قتل فيه، أصيب خلالها) and
  the people harmed is the passive; a plural verb of harm joined to another (قتلوا أو جرحوا) too,
  and civilians with a من phrase after them (قتل مدنيين من رجال ونساء) are its victims;
- verbs joined by و share the agent phrase after them (يخطف ويهدد بالقتل من قبل «داعش»); any
  actor before قد and a verb made passive by its agent phrase underwent it; the
  agent of an apposition's passive (المصنف إرهابياً من قبل تركيا) is not the subject of the
  verb after the apposition; those a release frees held لدى X were held by X, who frees them;
- المعلم after وليد المعلم is the minister, not the teachers; القضاء before على is eliminating,
  and after قضاء + a place the district: no judiciary;
- the crowd that chants the words of a chant (events.json `chant_words`) does not do what they
  name.
"""

from __future__ import annotations

from _pipelines import actor_codes, actors_nlp, detect  # noqa: F401 (fixtures)
from _pipelines import coded
from _pipelines import dyads_of as dyads


def test_the_condemner_is_not_the_bomber(detect):
    # before: the OIC blew the two women up (IGOOIC → none)
    text = ("أدانت منظمة التعاون الإسلامي الهجوم الذي وقع أمس في مدينة كانو، حيث فجرت "
            "انتحاريتان نفسيهما في سوق.")
    assert dyads(detect, text, "183") == [(None, None)], dyads(detect, text, "183")


def test_the_condemner_is_not_carried_to_the_killing(detect):
    # before: the Security Council killed the soldiers (IGOUNO → MIL), the League the
    # civilians (IGOARL → CVL)
    text = "ندد مجلس الأمن بالهجوم الذي استهدف قافلة للأمم المتحدة وقتل فيه ثلاثة جنود."
    assert dyads(detect, text, "1823") == [(None, "MIL")], dyads(detect, text, "1823")
    text = "أدانت الجامعة العربية التفجير الإرهابي الذي وقع في بغداد وقتل فيه عشرات المدنيين."
    assert dyads(detect, text, "1823") == [(None, "CVL")], dyads(detect, text, "1823")


def test_a_subject_of_its_own_after_the_condemnation(detect):
    # control (unchanged): the army named as the subject of the killing did it
    text = "أدانت الجامعة العربية الهجوم، وقتل الجيش ثلاثة مسلحين."
    assert dyads(detect, text, "1823") == [("MIL", "UAF")], dyads(detect, text, "1823")
    # control (unchanged): a verb joined to the condemnation itself has its subject
    text = "أدانت إسرائيل الهجوم وقصفت مواقع حماس في غزة."
    assert dyads(detect, text, "194") == [("ISR", "PSEREB")], dyads(detect, text, "194")


def test_the_agent_of_the_attack_resumed_kills(detect):
    # before: no killer; the attack's agent before قتل فيه did the killing
    text = "ووقع هجوم مماثل قبل ثلاثة أشهر في متحف باردو على يد مسلحين قتل فيه 20 شخصا."
    assert dyads(detect, text, "1823") == [("UAF", None)], dyads(detect, text, "1823")


def test_victims_killed_or_wounded_are_the_target(detect):
    # before: the women killed (CVL → none)
    text = "وأضاف أن عددا كبيرا من الأطفال والنساء قتلوا أو جرحوا في القصف."
    assert dyads(detect, text, "1823") == [(None, "CVL")], dyads(detect, text, "1823")


def test_civilians_of_a_partitive_phrase_are_the_victims(detect):
    # before: the civilians killed the women (CVL → CVL)
    text = "كما وثق التقرير قتل مدنيين من رجال ونساء في القرية."
    assert dyads(detect, text, "1823") == [(None, "CVL")], dyads(detect, text, "1823")
    # control (unchanged): with an object after the من phrase, the civilians did it
    text = "قتل مدنيون من سكان القرية جنديين إسرائيليين."
    assert dyads(detect, text, "1823") == [("CVL", "ISRMIL")], dyads(detect, text, "1823")


def test_joined_passives_share_the_agent(detect):
    # before: the journalist kidnapped (MED → none); the citizens kidnapped (CVL → none)
    text = "هو أول صحافي يخطف ويهدد بالقتل من قبل «داعش» في ليبيا."
    assert dyads(detect, text, "181") == [("IMGREB", "MED")], dyads(detect, text, "181")
    text = "وقال إن المواطنين يخطفون ويعذبون من قبل الميليشيات الحوثية."
    assert dyads(detect, text, "181") == [("YEMREB", "CVL")], dyads(detect, text, "181")


def test_the_one_before_qad_underwent_the_marked_passive(detect):
    # before: no arrest (the activist before قد was neither source nor target)
    text = "وكان الناشط قد اعتقل من قبل الشرطة المصرية الشهر الماضي."
    assert dyads(detect, text, "173") == [("EGYCOP", "OPP")], dyads(detect, text, "173")


def test_the_agent_of_an_apposition_is_no_subject(detect):
    # before: the European Union attacked the police station (IGOEU → COP)
    for text in ("وقال البيان إن مقاتلي حزب العمال الكردستاني، المصنف منظمة إرهابية من قبل "
                 "تركيا والاتحاد الأوروبي، هاجموا مركزا للشرطة.",
                 "وأضاف البيان أن متمردي حزب العمال الكردستاني، المصنف تنظيما إرهابيا من قبل "
                 "تركيا والاتحاد الأوروبي، هاجموا عناصر من قوات الأمن."):
        assert dyads(detect, text, "190") == [("TURREB", "COP")], (text, dyads(detect, text, "190"))


def test_the_agent_of_the_subject_noun_does_it(detect):
    # control (unchanged): no apposition, the agent phrase is of the shelling, the verb's subject
    text = "وأفادت مصادر بسقوط قتلى في قصف مدفعي من قبل مليشيات الحشد الشعبي استهدف سوقا."
    assert dyads(detect, text, "190") == [("IRQUAF", None)], dyads(detect, text, "190")


def test_who_held_them_frees_them(detect):
    # before: no release (no source)
    text = "وأعلن الجيش أنه تم الإفراج عن المخطوفين لدى تنظيم داعش."
    assert dyads(detect, text, "0841") == [("IMGREB", "CVL")], dyads(detect, text, "0841")
    # control (unchanged): لدى before a noun of time is "upon"
    text = "وأفرجت السلطات عن المعتقلين لدى وصول الوفد."
    assert dyads(detect, text, "0841") == [("GOV", "CVL")], dyads(detect, text, "0841")


def test_moualem_named_again_is_the_minister(actors_nlp):
    # before: the second المعلم was the teachers (EDU)
    text = ("قال وزير الخارجية السوري وليد المعلم إن الحكومة مستعدة للحوار. وقال المعلم إن "
            "دمشق ترفض التدخل الأجنبي.")
    codes = [c for t, c in actor_codes(actors_nlp, text) if t == "المعلم"]
    assert codes == ["SYRGOV"], actor_codes(actors_nlp, text)


def test_the_teacher_stays_a_teacher(actors_nlp):
    # control (unchanged): no minister named in the article
    text = "وقال المعلم إن الطلاب عادوا إلى المدارس."
    assert ("المعلم", "EDU") in actor_codes(actors_nlp, text), actor_codes(actors_nlp, text)


def test_eliminating_and_the_district_are_no_judiciary(actors_nlp):
    # before: القضاء was the judiciary (JUD) in both
    for text in ("وأكد الوزير التزام الحكومة بالقضاء على الإرهاب.",
                 "وسيطر التنظيم على قضاء سنجار العام الماضي. وحاصرت قوات البيشمركة القضاء "
                 "من جميع الجهات."):
        assert all(c != "JUD" for _t, c in actor_codes(actors_nlp, text)), \
            (text, actor_codes(actors_nlp, text))


def test_the_judiciary_stays(actors_nlp):
    # control (unchanged)
    text = "وأحالت الشرطة المتهمين إلى القضاء."
    assert ("القضاء", "JUD") in actor_codes(actors_nlp, text), actor_codes(actors_nlp, text)


def test_the_chanting_crowd_does_not_do_what_the_chant_says(detect, nlp):
    # before: the protesters boycotted Israeli goods (CVL → ISR)
    text = "وهتف المحتجون «قاطعوا البضائع الإسرائيلية» أمام المتجر."
    assert [s for s, _t in dyads(detect, text, "143")] == [None], dyads(detect, text, "143")
    assert not [e for e in coded(nlp, text) if e[0] == "143"], coded(nlp, text)


def test_the_chanting_protest_keeps_its_crowd(detect):
    # control (unchanged): the gathering the chant goes with is the crowd's
    text = "وتجمع المتظاهرون أمام السفارة الأمريكية وهتفوا «الموت لأمريكا»."
    assert dyads(detect, text, "141") == [("CVL", "USAGOV")], dyads(detect, text, "141")
