"""Who did it, the source side (tenth session), on sentences written for this file:

- an unvowelled verb followed in its clause by على يد / من قبل / بأيدي is the passive: the one
  after the marker did it, the one before or after the verb underwent it (also when the agent
  is no known actor: the victim is then no doer);
- منع X من (a verb or its verbal noun): X right after the word, with من after it, is who was
  kept from the act, its object, not its subject;
- a call to observe a truce (دعت … إلى احترام الهدنة) does not make the caller a party to it;
- a verbal noun of support inside a quote whose subject the quote names (روسيا يجب أن تتوقف عن
  دعم الأسد) is that subject's act, which the speaker reports, not the speaker's endorsement;
- people counted right after a verb (اجتمع نحو 1500 عالم، انتقد المئات من مواطني الإقليم
  الحكومة) are its subject, no known actor: none named before is borrowed as the doer; so is
  a name in quotation marks right after a verb with an actor after it (وطالبت «يوروتانل»
  الحكومة), and a demonstrative subject before the verb (هذا الهجوم استهدف الشرطة: the police
  is the object);
- a verb right after a relative pronoun of its number, with no pronoun on it, has the
  antecedent as subject (الجماعة التي اختطفت الصحافي: the journalist is the object); a verb of
  harm there with no object after it is the passive (التي كانت اختطفت في صنعاء).
"""

from __future__ import annotations

from _pipelines import detect  # noqa: F401  (a fixture)
from _pipelines import dyads_of as pairs


def test_an_agent_phrase_makes_the_verb_passive(detect):
    # before: the journalist as the killer and the Islamic State as the victim
    got = pairs(detect, "وقال المسؤول إن الصحافي قتل على يد مسلحي تنظيم داعش.", "1823")
    assert got == [("IMGREB", "MED")], got
    # the plural, its victims before it (before: the soldiers killed the Taliban)
    got = pairs(detect, "وذكرت الوكالة أن ثلاثة جنود قتلوا على يد مسلحي حركة طالبان.", "1823")
    assert got == [("AFGREB", "MIL")], got
    # an arrest by the police (before: no event, the opponent as the subject of an active)
    got = pairs(detect, "وقال المسؤول إن المعارض اعتقل من قبل الشرطة المصرية.", "173")
    assert got == [("EGYCOP", "OPP")], got
    # an agent that is no known actor: the child is no kidnapper (before: CVL as the source)
    got = pairs(detect, "وأفاد الناشطون بأن الطفل خطف من قبل عصابة مسلحة في بغداد.", "181")
    assert all(s != "CVL" for s, _ in got), got
    # من قبل before a preposition is "before": the police arrested
    got = pairs(detect, "وأكد المتحدث أن الشرطة اعتقلت المتهم من قبل في بغداد.", "173")
    assert got and all(s == "COP" for s, _ in got), got
    # two actors after the verb: the active's subject and object
    got = pairs(detect, "وقتل مسلحو داعش الجنود الأسرى على يد جلاد ملثم.", "1823")
    assert got and all(s == "IMGREB" for s, _ in got), got


def test_the_one_kept_from_an_act_is_the_object(nlp):
    # before: the opposition kept Aleppo from it
    got = pairs(nlp, "وقال المتحدث إن القوات الحليفة للنظام منعت المعارضة من دخول حلب.", "172")
    assert got == [("MIL", "OPP")], got
    # the verbal noun: the president is kept from lifting sanctions (before: he kept Iran)
    got = pairs(nlp, "وقال المسؤول إن الكونغرس سيملك سلطة منع الرئيس الأميركي من رفع العقوبات "
                     "المفروضة على إيران.", "172")
    assert got and all(s != "USAGOV" and t == "USAGOV" for s, t in got), got
    # the subject named first keeps its object (unchanged)
    got = pairs(nlp, "وأعلنت الحكومة التركية أنها منعت المعارض السوري من السفر إلى ألمانيا.",
                "172")
    assert got == [("TURGOV", "SYROPP")], got


def test_who_calls_to_observe_a_truce_is_no_party_to_it(nlp):
    # before: the Gulf Council declaring the truce, with the UN envoy
    got = pairs(nlp, "بينما دعت الأمانة العامة لمجلس التعاون الخليجي إلى احترام الهدنة "
                     "الإنسانية الجديدة التي جاءت بالتزامن مع زيارة المبعوث الأممي إلى الرياض.",
                "0871")
    assert all(s != "IGOGCC" for s, _ in got), got


def test_support_the_quote_gives_its_subject_is_that_subjects(nlp):
    # before: the American secretary supporting the Assad regime
    for text in ("وقال وزير الخارجية الأميركي: «على روسيا أن تتوقف عن دعم نظام الأسد».",
                 "وقال وزير الخارجية الأميركي إن «روسيا يجب أن تتوقف عن دعم نظام الأسد»."):
        got = pairs(nlp, text, "051")
        assert got == [("RUS", "SYRGOV")], (text, got)
    # no subject in the quote: the speaker's own endorsement (unchanged)
    got = pairs(nlp, "وقال الرئيس الإيراني: «دعم الحكومة السورية واجب».", "051")
    assert got == [("IRNGOV", "SYRGOV")], got
    # another clause after a comma: still the speaker's
    got = pairs(nlp, "وقال وزير الخارجية الأميركي: «روسيا دولة مهمة، ودعم المعارضة السورية "
                     "ضروري».", "051")
    assert all(s != "RUS" for s, _ in got), got


def test_people_counted_after_the_verb_are_its_subject_no_actor_is_borrowed(nlp):
    # before: the security forces named in the sentence before as the ones who criticised
    for text in ("وقال وزير الداخلية السعودي إن الأمن مستتب. وانتقد نحو 1500 عالم الحكومة "
                 "المصرية.",
                 "وقال وزير الداخلية السعودي إن الأمن مستتب. وانتقد المئات من مواطني الإقليم "
                 "الحكومة العراقية."):
        got = pairs(nlp, text, "111")
        assert all(s != "COP" for s, _ in got), (text, got)
    # a meeting of the people counted (before: the security forces met the president)
    got = pairs(nlp, "وقال وزير الداخلية السعودي إن الأمن مستتب. واجتمع نحو 1500 عالم مع الرئيس "
                     "المصري في القاهرة.", "040")
    assert all(s != "COP" for s, _ in got), got


def test_a_name_in_quotation_marks_before_the_object_is_the_subject(nlp):
    # before: the German minister of the sentence before demanded
    got = pairs(nlp, "وقال وزير الخارجية الألماني إن الوضع خطير. وطالبت «يوروتانل» الحكومة "
                     "الفرنسية بتعويضات.", "100")
    assert all(s != "DEUGOV" for s, _ in got), got


def test_a_demonstrative_subject_names_no_actor(detect):
    # before: the police as the attacker (the actor after the verb read as its subject)
    got = pairs(detect, "وقال المسؤول إن هذا الهجوم استهدف الشرطة العراقية.", "190")
    assert got == [(None, "IRQCOP")], got
    # before: the magazine that told it as the one who kept the attaché from his post
    got = pairs(detect, "وقالت المجلة إن هذه الخطوة منعت الملحق العسكري الألماني من تسلم "
                        "مهامه.", "172")
    assert all(s != "MED" for s, _ in got), got


def test_a_verb_right_after_a_relative_pronoun_has_the_antecedent_as_subject(detect):
    # before: the journalist kidnapped (the actor after the verb read as its subject)
    got = pairs(detect, "وقال المسؤول إن الجماعة التي اختطفت الصحافي الفرنسي أفرجت عنه.", "181")
    assert got == [("REB", "FRAMED")], got
    # before: the Iraqi soldiers killed, with no victim
    got = pairs(detect, "وقالت الشرطة إن تنظيم داعش الذي قتل الجنود العراقيين هاجم المدينة.",
                "1823")
    assert got == [("IMGREB", "IRQMIL")], got
    # with no object after it, the verb of harm is the passive (before: the hostage kidnapped,
    # the journalist killed Reuters)
    got = pairs(detect, "ووصلت الرهينة الفرنسية التي كانت اختطفت في صنعاء إلى بلادها أمس.", "181")
    assert all(s != "FRACVL" for s, _ in got), got
    got = pairs(detect, "وقال المسؤول إن الصحافي الذي قتل أمس كان يعمل لوكالة رويترز.", "1823")
    assert got == [(None, "MED")], got
    # a plural verb after a singular relative has a subject of its own (the region agreed on)
    got = pairs(detect, "ويحرص الأميركيون على المنطقة العازلة التي اتفقوا عليها مع الأتراك.",
                "019")
    assert got == [("USA", "TUR")], got
