"""Dyad leftovers of the eleventh session (second round), on sentences written for this file:

- the doer named in the relative clause of an attack noun with a present verb of doing (الهجوم
  الذي يشنه، الغارات التي تشنها) is the attack's source, as with the past one (شنه);
- the object pronoun of a verb of condemning that stands for an act named by a noun before it
  (شن مسلحون هجوماً … وأدانته الحكومة): the condemned is the act's doer;
- the pronoun after عن of a verb of releasing (ثم أفرجت عنه) stands for the actor before it of
  its number and gender, the one released; ثم joins the verb to the one before as و does;
- the actor right before a verb joined by و that is the genitive of the first verb's object
  (قصفت الطائرات مواقع داعش وقتلت) is not the second verb's subject.
"""

from __future__ import annotations

from _pipelines import detect  # noqa: F401 (fixture)
from _pipelines import dyads_of as dyads


def test_the_doer_of_a_present_verb_of_doing_in_the_relative_clause_is_the_source(detect):
    # before: no source (the present يشنه was no verb of doing)
    text = "قتل خمسة جنود في الهجوم الذي يشنه تنظيم داعش على المدينة."
    assert dyads(detect, text, "1823") == [("IMGREB", "MIL")], dyads(detect, text, "1823")
    # before: the Russian aircraft's nisba as the target of the raids
    text = "أسفرت الغارات التي تشنها الطائرات الروسية عن مقتل عشرة مدنيين."
    assert dyads(detect, text, "195") == [("RUS", "CVL")], dyads(detect, text, "195")


def test_the_condemned_act_named_by_a_pronoun_stands_for_its_doer(detect):
    # before: no condemnation (ه agrees with no actor: حركة، مسلحون، الشرطة)
    text = "شن مسلحون من حركة طالبان هجوما على مركز للشرطة، وأدانته الحكومة الأفغانية."
    assert dyads(detect, text, "111") == [("AFGGOV", "AFGREB")], dyads(detect, text, "111")
    text = "نفذ مسلحون من حركة الشباب عملية انتحارية في مقديشو، واستنكرتها الحكومة الصومالية."
    assert dyads(detect, text, "111") == [("SOMGOV", "SOMREB")], dyads(detect, text, "111")


def test_a_pronoun_that_does_not_agree_with_the_act_is_left_alone(detect):
    # control: ها does not stand for هجوماً (masculine); unchanged
    text = "شن مسلحون من حركة طالبان هجوما على مركز للشرطة، وانتقدها الرئيس الأفغاني."
    assert dyads(detect, text, "111") == [("AFGGOV", "COP")], dyads(detect, text, "111")


def test_the_pronoun_after_an_of_a_release_is_the_one_released(detect):
    # before: no release (عنه was no preposition of a target)
    for text, dyad in [
        ("اعتقلت الشرطة الإسرائيلية الناشط الفلسطيني ثم أفرجت عنه بعد يومين.",
         ("ISRCOP", "PSEOPP")),
        ("اعتقلت الشرطة الإسرائيلية الناشط الفلسطيني، وأفرجت عنه بعد يومين.",
         ("ISRCOP", "PSEOPP")),
        ("اعتقل الجيش الإسرائيلي الناشطة الفلسطينية ثم أفرج عنها بعد التحقيق.",
         ("ISRMIL", "PSEOPP")),
    ]:
        assert dyads(detect, text, "0841") == [dyad], (text, dyads(detect, text, "0841"))


def test_the_genitive_of_the_first_objects_is_not_the_second_verbs_subject(detect):
    # before: Daesh as the killer
    text = "قصفت الطائرات مواقع داعش وقتلت عناصر التنظيم."
    assert [s for s, _ in dyads(detect, text, "1823")] == [None], dyads(detect, text, "1823")
    # control: the first verb's subject is an actor, the second goes on with it (unchanged)
    text = "قصف الجيش السوري مواقع تنظيم داعش وقتل عناصر التنظيم."
    assert dyads(detect, text, "1823") == [("SYRMIL", "IMGREB")], dyads(detect, text, "1823")


def test_the_condemned_act_behind_qad_or_a_preposition_stands_for_its_doer(detect):
    # before: وقد put the verb outside its own clause, and بها/به named nothing (the subject
    # after it was read as the object: SOMREB → SOMGOV)
    for text, dyad in [
        ("شن مسلحون من حركة طالبان هجوما على مركز للشرطة، وقد أدانته الحكومة الأفغانية.",
         ("AFGGOV", "AFGREB")),
        ("شن مسلحون من حركة طالبان هجوما على مركز للشرطة، ونددت به الحكومة الأفغانية.",
         ("AFGGOV", "AFGREB")),
        ("نفذ مسلحون من حركة الشباب عملية انتحارية في مقديشو، ونددت بها الحكومة الصومالية.",
         ("SOMGOV", "SOMREB")),
    ]:
        assert dyads(detect, text, "111") == [dyad], (text, dyads(detect, text, "111"))


def test_a_verb_after_waqad_opens_its_own_clause_for_its_object_pronoun(detect):
    # before: no meeting (وقد kept استقبله from standing for the minister named before)
    text = "وصل وزير الخارجية الفرنسي إلى بيروت، وقد استقبله الرئيس اللبناني."
    assert dyads(detect, text, "043") == [("LBNGOV", "FRAGOV")], dyads(detect, text, "043")
    # and the actor after a preposition with a pronoun is the verb's subject (before: no praise)
    text = "التقى الرئيس اللبناني وزير الخارجية الفرنسي، وأشاد به رئيس الوزراء."
    assert dyads(detect, text, "051") == [("GOV", "FRAGOV")], dyads(detect, text, "051")


def test_ba_with_a_pronoun_inside_a_relative_clause_names_no_target(detect):
    # controls: بها in a relative clause stands for a thing or the antecedent, never an actor
    # before (a version of this rule took the governments as the object of a commitment)
    text = "تحاسب المنظمات الدولية الحكومات التي لا تلتزم بها."
    assert dyads(detect, text, "030") == [], dyads(detect, text, "030")
    text = "أرسل الملك سلمان برقية التعزية التي بعث بها إلى الرئيس المصري."
    assert ("EGY", "SAUGOV") not in dyads(detect, text, "018"), dyads(detect, text, "018")
