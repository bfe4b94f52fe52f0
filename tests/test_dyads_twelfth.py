"""Dyad leftovers of the twelfth session, on sentences written for this file:

- the owner behind the possessive pronoun of the positions an attack hits (هجمات يشنها التنظيم
  على مواقعها) is its target, not the place named after them;
- the impersonal passive أُفرج عنه inside a clause (إن الناشط أفرج عنه): a release of the actor
  before it, by the one who held him (the source of the arrest coded before);
- the doer after به/بها in the relative clause of an attack noun (الغارات التي تقوم بها
  الولايات المتحدة) is the attack's source;
- the target search of an attack stops at «، وقد» (the condemning government is no target);
- a body's bare title and the owner of the positions it hit are two actors (قصفت الطائرات
  الحربية مواقع داعش: the aircraft the source, Daesh the target);
- an indefinite plural in ون right after the verb is its subject (وينتقد محللون سياسيون), and
  two coordinated members of a body are the body (كوادر وقياديون في طالبان).
"""

from __future__ import annotations

from _pipelines import detect  # noqa: F401 (fixture)
from _pipelines import dyads_of as dyads


def test_the_owner_of_the_positions_an_attack_hits_is_its_target(detect):
    # before: no target (the pronoun's owner not sought; البلاد names no actor) or a place
    for text, cameo, dyad in [
        ("تقاتل حركة طالبان تنظيم داعش الذي يشن هجمات على مواقعها في ننغرهار.", "190",
         ("IMGREB", "AFGREB")),
        ("قال الجيش السوري إن طائرات التحالف قصفت مواقعه في دير الزور.", "194",
         (None, "SYRMIL")),
        ("أكدت المعارضة السورية أن الطائرات الروسية قصفت مقراتها في ريف حماة.", "194",
         ("RUS", "SYROPP")),
        ("قتل شرطيان أمس حين أطلق مسلحون النار على دوريتهما قرب السوق.", "193",
         ("UAF", "COP")),
    ]:
        assert dyad in dyads(detect, text, cameo), (text, dyads(detect, text, cameo))


def test_the_positions_of_the_attacker_itself_name_no_target(detect):
    # control: the pronoun stands for the doer, who is not its own target (unchanged)
    text = "شن الجيش هجوما على مواقعه في المدينة."
    assert dyads(detect, text, "190") == [("MIL", None)], dyads(detect, text, "190")


def test_positions_whose_owner_is_not_in_the_sentence_make_no_place_a_target(detect):
    # before: the place after the positions (AFG) as the target; the pronoun stands for the
    # movement of an earlier sentence, not for the government in the preposition phrase
    text = ("ودخلت الحركة في محادثات مع الحكومة الأفغانية، في حين تواجه هجمات يشنها تنظيم "
            "داعش على مواقعها بشرق أفغانستان.")
    assert dyads(detect, text, "190") == [("IMGREB", None)], dyads(detect, text, "190")


def test_a_release_in_the_impersonal_passive_is_of_the_actor_before_by_its_holder(detect):
    # before: no release (the activist was read as the releaser, with no one released)
    text = ("اعتقلت الشرطة الإسرائيلية الناشط الفلسطيني أمس، وقالت مصادر إن الناشط الفلسطيني "
            "أفرج عنه مساء.")
    assert dyads(detect, text, "0841") == [("ISRCOP", "PSEOPP")], dyads(detect, text, "0841")


def test_a_passive_release_with_no_holder_told_codes_nothing(detect):
    # control: nobody held the journalist in the text, so no releaser is known (unchanged);
    # and the army before أفرج عنه releases, it is not released
    for text in ("التقى الوزير الصحافي الأميركي. وقالت المصادر إن الصحافي أفرج عنه.",
                 "اعتقلت الشرطة الإسرائيلية الناشط الفلسطيني، وقال الرئيس إن الجيش أفرج عنه."):
        assert [t for _, t in dyads(detect, text, "0841")] != ["MIL"], text
        assert all(s != "OPP" for s, _ in dyads(detect, text, "0841")), text


def test_the_doer_after_biha_in_the_attacks_relative_clause_is_its_source(detect):
    # before: the raids had no source
    text = "انتقد الوزير الغارات التي تقوم بها الولايات المتحدة في سوريا."
    assert dyads(detect, text, "195") == [("USA", None)], dyads(detect, text, "195")


def test_the_attacks_target_is_not_sought_past_waqad(detect):
    # before: the condemning government was the attack's target (SOMREB → SOMGOV)
    text = "نفذ مسلحون من حركة الشباب عملية انتحارية في مقديشو، وقد استنكرتها الحكومة الصومالية."
    assert dyads(detect, text, "190") == [("SOMREB", None)], dyads(detect, text, "190")
    assert dyads(detect, text, "111") == [("SOMGOV", "SOMREB")], dyads(detect, text, "111")


def test_the_owner_of_the_bombed_positions_is_not_the_bombers_apposition(detect):
    # before: Daesh (the PKK) as the bombing's source, no target
    for text, dyad in [
        ("قصفت الطائرات الحربية مواقع داعش في الرقة.", ("MIL", "IMGREB")),
        ("قصفت المدفعية مواقع حزب العمال الكردستاني قرب الحدود.", ("MIL", "TURREB")),
    ]:
        assert dyads(detect, text, "194") == [dyad], (text, dyads(detect, text, "194"))


def test_an_indefinite_plural_after_the_verb_is_its_subject(detect):
    # before: the Egyptian president, named in the sentence before, was borrowed as the critic
    text = "زار الرئيس المصري الرياض أمس. وينتقد محللون سياسيون الحكومة الإيرانية بشدة."
    assert dyads(detect, text, "111") == [], dyads(detect, text, "111")
    # before: EGYGOV → AFGREB; the cadres and leaders in the Taliban are the Taliban
    text = "زار الرئيس المصري الرياض أمس. وينتقد كوادر وقياديون في طالبان الحكومة الأفغانية."
    assert dyads(detect, text, "111") == [("AFGREB", "AFGGOV")], dyads(detect, text, "111")


def test_a_release_with_the_pronoun_on_sarah_targets_its_referent(detect):
    # before: أطلق سراحه / سراحهم / إطلاق سراحهم coded no release (the pronoun on سراح named
    # no target, and the one held was read as the releaser)
    for text, dyad in [
        ("اعتقلت الشرطة الناشط ثم أطلقت سراحه بعد يومين.", ("COP", "OPP")),
        ("اعتقلت الشرطة الناشطة ثم أطلقت سراحها.", ("COP", "OPP")),
        ("اعتقلت الشرطة المحتجين ثم أطلقت سراحهم.", ("COP", "CVL")),
        ("اعتقلت الشرطة المعارضين وتم إطلاق سراحهم أمس.", ("COP", "OPP")),
        ("اعتقل الجيش الإسرائيلي الأسير الفلسطيني ثم أطلق سراحه.", ("ISRMIL", "PSECVL")),
        ("خطف مسلحون الناشط ثم أطلقوا سراحه.", ("UAF", "OPP")),
        # the subject between the verb and سراحه releases (not the army that arrested)
        ("اعتقل الجيش الناشط وأطلقت الشرطة سراحه.", ("COP", "OPP")),
    ]:
        assert dyads(detect, text, "0841") == [dyad], (text, dyads(detect, text, "0841"))


def test_a_release_with_its_object_named_is_unchanged(detect):
    # control: أطلق سراح X (X the one released) as before
    text = "أطلقت الحكومة المصرية سراح المعارضين."
    assert dyads(detect, text, "0841") == [("EGYGOV", "OPP")], dyads(detect, text, "0841")


def test_a_release_asked_for_with_the_pronoun_is_no_release(detect):
    # control: a verbal noun with the pronoun not after تم (asked for) codes no release
    text = "طالب المعارض الشرطة بالعفو عنه وإطلاق سراحه."
    assert dyads(detect, text, "0841") == [], dyads(detect, text, "0841")
