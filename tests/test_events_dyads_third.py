"""Who did what to whom, third round (ninth session), on sentences written for this file:

- a verb joined by و to a verb whose subject stood before it, with the same person, goes on with
  that subject: the lone noun after it is its object (الميليشيات اقتحمت القرية وقتلت النساء
  والأطفال: the women did not kill), not a subject nor the victims of a passive;
- a bare past form of harm joined by و to a noun of undergoing (مقتل الضابط وجرح جنديين) is
  the second verbal noun of the toll: its genitive is the victim and its doer the toll's cause;
  a nisba after a noun of undergoing (مقتل فلسطيني) is the victim, not the agent;
- the subject of أودى بحياة is the clause or the thing before it, never an actor near it: the
  doer is the attack's; a toll after a result verb takes the doer of the attack a verb told;
- the implicit subject after a quote is the speaker, not a subject inside the quote;
- from the reading of 2015-07-27: an organ of a body with the body after لـ (الأمانة العامة
  لمجلس التعاون، الجناح العسكري لحركة حماس) stands for the body; a count joined by و to the
  victims after a verb of harm (قتل شرطيان وثلاثة مدنيين) counts more victims, no object; a
  bare past form spelt like its verbal noun, then an actor and لـ (ودعم الصين لها), is that noun;
  who calls for an act (دعا، طالب، ضرورة) is not its doer.
"""

from __future__ import annotations

from _pipelines import detect  # noqa: F401  (a fixture)
from _pipelines import dyads as coded


def pairs(nlp, text, cameo=None):
    return [(c, s, t) for c, _, s, t in coded(nlp, text) if cameo is None or c == cameo]


def test_a_verb_going_on_with_a_fronted_subject_has_the_noun_after_it_as_object(nlp):
    # before: the women killed (a VSO subject)
    got = pairs(nlp, "وقال المسؤول إن الميليشيات الحوثية اقتحمت القرية وقتلت النساء والأطفال.",
                "1823")
    assert got == [("1823", "YEMREB", "CVL")], got
    # before: the killing read as a passive, the Syrian planes not its doer
    got = pairs(nlp, "وذكر المرصد أن الطائرات السورية قصفت البلدة وقتلت المدنيين.", "1823")
    assert got == [("1823", "SYR", "CVL")], got
    # the first verb's target is not the second verb's object (before: the women)
    got = pairs(nlp, "وقال المسؤول إن الميليشيات الحوثية اقتحمت القرية وقتلت النساء والأطفال.",
                "190")
    assert got == [("190", "YEMREB", None)], got
    # two nouns after the second verb: its own subject and its object
    got = pairs(nlp, "وقال المسؤول إن المسلحين هاجموا القرية وقصفت القوات الحكومية مواقعهم.",
                "194")
    assert got == [("194", "MIL", None)], got


def test_a_verbal_noun_joined_to_a_toll_is_no_verb(detect):
    # before: the two soldiers as the doers of the wounding (a verb and its VSO subject)
    got = pairs(detect, "وأسفر الهجوم الذي شنه مسلحون عن مقتل الضابط وجرح جنديين عراقيين.",
                "182")
    assert got == [("182", "UAF", "IRQMIL")], got
    # the others counted after it are of the people the toll names (before: the gunmen as
    # the victims)
    got = pairs(detect, "وأعلنت الشرطة مقتل شرطي وجرح اثنين آخرين في هجوم للمسلحين.", "182")
    assert all(t not in ("REB", "UAF") for _, _, t in got), got


def test_a_nisba_after_a_noun_of_undergoing_is_the_victim(detect):
    # before: the Palestinian as the killer
    got = pairs(detect, "وأدى القصف الإسرائيلي إلى مقتل فلسطيني وإصابة ثلاثة جنود.", "1823")
    assert got == [("1823", "ISR", "PSE")], got


def test_the_doer_of_a_result_phrase_is_the_attacks(detect):
    # before: the Turkish town's nisba as the killer
    got = pairs(detect, "وجاء ذلك بعد هجوم ضرب بلدة سروج التركية قرب الحدود، ما أودى بحياة "
                        "32 شخصاً.", "1823")
    assert got == [("1823", None, None)], got
    # the attack's doer told before (before: no doer)
    got = pairs(detect, "وهاجم المسلحون نقطة تفتيش في محافظة الأنبار مما أسفر عن مقتل خمسة جنود "
                        "عراقيين.", "1823")
    assert got == [("1823", "UAF", "IRQMIL")], got


def test_the_implicit_subject_after_a_quote_is_the_speaker(nlp):
    # before: the Russian president, the subject inside the quote, called for dialogue
    got = pairs(nlp, "وقال الرئيس الأميركي باراك أوباما: «التقى الرئيس الروسي فلاديمير بوتين "
                     "وزير الخارجية الإيراني أمس». ودعا إلى الحوار مع كوريا الشمالية.", "026")
    assert got == [("026", "USAGOV", "PRK")], got


def test_an_organ_of_a_body_named_with_lam_stands_for_the_body(nlp):
    # before: no source (the body in a PP after the organ), so no event
    got = pairs(nlp, "وأدانت الأمانة العامة لمجلس التعاون الخليجي التدخل الإيراني.", "111")
    assert got == [("111", "IGOGCC", "IRN")], got
    got = pairs(nlp, "واتهم الجناح العسكري لحركة حماس إسرائيل بخرق الهدنة.", "112")
    assert got == [("112", "PSEREB", "ISR")], got


def test_victims_joined_by_a_count_are_no_object(nlp):
    # before: the two policemen killed the civilians
    got = pairs(nlp, "وقتل شرطيان وثلاثة مدنيين في الهجوم الذي شنه مسلحون على المركز.", "1823")
    assert got and all(s == "UAF" for _, s, _ in got), got
    # an active verb with its subject names its victims after it
    got = pairs(nlp, "وقتل المسلحون شرطيين وثلاثة مدنيين في الهجوم.", "1823")
    assert got == [("1823", "UAF", "COP")], got


def test_a_bare_verbal_noun_with_its_agent_and_lam_is_no_verb(nlp):
    # before: Pakistan, named right before, supported China (a verb with its subject before it)
    got = pairs(nlp, "وأشار إلى العلاقة بين الصين وباكستان ودعم الصين لها في المحافل الدولية.",
                "051")
    assert got == [("051", "CHN", "PAK")], got


def test_who_calls_for_an_act_does_not_do_it(nlp):
    # before: the protesters would try the minister, the United Nations prevent the flow
    got = pairs(nlp, "وشدد المتظاهرون على ضرورة محاكمة وزير الداخلية السابق.", "173")
    assert got == [], got
    got = pairs(nlp, "ودعت الأمم المتحدة إلى تبني إجراءات لمنع تدفق المقاتلين الأجانب.", "172")
    assert got == [], got
    # the call itself is still the caller's
    got = pairs(nlp, "ودعت الأمم المتحدة إلى تبني إجراءات لمنع تدفق المقاتلين الأجانب.", "020")
    assert got == [("020", "IGOUNO", "UAF")], got
