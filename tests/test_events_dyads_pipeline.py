"""Source and target through the whole pipeline, on sentences written for this file, for faults
found reading events coded on SaudiNewsNet (political articles of 2015-08-02 and 03):

- a target lies not past another clause: a complementizer (أنه يخطط لزيارة الرياض), a
  contrastive (لكنها دعت الحزب) or a verb after a comma; nor in a later PP of place or time
  (اعترض على الخطة في المحاكم: the courts are where, not whom).
- a subject that is no known actor keeps the event from borrowing an actor named before: a person
  of unknown code right after its verb (وانتقد روبن …: Robin, with no code, not the minister of
  the sentence before; only there: elsewhere such names are too often misread)
  and a definite nominative plural (ويحذر المدافعون عن …: no source); an unknown name right after
  an actor is its apposition (المتحدث باسم الائتلاف أحمد رمضان), not another participant;
- the country a deportee is sent to (ترحيله إلى الولايات المتحدة) is no target: the deportee is;
- the victims of an attack or of force named after it are not sought past a relative pronoun or
  a new clause (المتظاهرين الذين رشقوا قوات الأمن), and may be the object of a verbal noun of
  purpose (لتفريق المتظاهرين);
- a target is not taken from a quote that does not hold the trigger (the speaker's own words);
- a bare title with its own genitive is not joined to a body after it (رئيس الإقليم حزب العمال:
  the head of the region asks the party);
- the nisba of a quoted name in a PP is no subject (في صحيفة «صنداي تايمز» البريطانية، انتقد …),
  and a noun of a person after the verb (انتقد الكاتب، الخبير الاقتصادي) is a subject that names no
  actor: no earlier actor is borrowed.
"""

from __future__ import annotations

import pytest

from _pipelines import dyads as coded


@pytest.mark.parametrize("text, wrong", [
    # the party is the one called on, after لكنها; the condemned bombing names no actor
    ("وأدانت الحكومة العراقية القصف، لكنها دعت حزب العمال الكردستاني إلى الانسحاب.",
     ("111", "IRQGOV", "TURREB")),
    # the visit told of went to some countries; Riyadh is the aim of a planned visit after أنه
    ("وتحدث الرئيس القبرصي عن زيارته لعدد من الدول، كاشفا عن أنه يخطط لزيارة العاصمة الرياض.",
     ("042", "asserted", "SAU")),
    # the courts are where the objection is made, not whom it is against
    ("وقال النواب إنهم سيعترضون على الخطة في المحاكم الأميركية.", ("110", "LEG", "USAJUD")),
])
def test_no_target_past_another_clause_or_a_pp_of_place(nlp, text, wrong):
    got = coded(nlp, text)
    if wrong[1] in ("asserted", "intended"):
        assert not [e for e in got if (e[0], e[1], e[3]) == wrong], got
    else:
        assert not [e for e in got if (e[0], e[2], e[3]) == wrong], got


@pytest.mark.parametrize("text, dyad", [
    # the target heads the PP right after the verb's own object
    ("وأدانت الحكومة المصرية بشدة الهجوم على السفارة الأردنية.", ("111", "EGYGOV", "JORGOV")),
    ("واعترضت الحكومة الأردنية على قرار الحكومة الإسرائيلية.", ("110", "JORGOV", "ISRGOV")),
])
def test_a_target_in_its_own_pp_is_kept(nlp, text, dyad):
    got = coded(nlp, text)
    assert [(c, s, t) for c, _, s, t in got if c == dyad[0]] == [dyad], got


def sources(nlp, text):
    doc = nlp(text, published="2015-08-01")
    return [(e.cameo, e.source.actor_code if e.source else None,
             e.source.text if e.source else None) for e in doc.events]


def test_a_person_of_unknown_code_is_the_subject_not_an_earlier_actor(nlp):
    text = ("التقى وزير الخارجية المصري بالكاتب جيمس روبن في القاهرة أمس. "
            "وانتقد روبن سياسة الحكومة الإسرائيلية.")
    got = sources(nlp, text)
    assert ("111", None, "روبن") in got, got
    assert not [e for e in got if e[0] == "111" and e[1] == "EGYGOV"], got


def test_a_nominative_plural_subject_borrows_no_actor(nlp):
    text = ("قال الرئيس الفرنسي إن بلاده ستدعم المعارضة السورية. "
            "ويحذر المدافعون عن هذه الخطوة من أن بقاء الأسد سيقوي المتشددين.")
    assert not [e for e in coded(nlp, text) if e[0].startswith("13")], coded(nlp, text)


def test_an_unknown_name_after_an_actor_is_its_apposition(nlp):
    got = coded(nlp, "وانتقد المتحدث باسم الائتلاف السوري المعارض أحمد رمضان "
                     "الحكومة الإيرانية أمس.")
    assert [(c, s, t) for c, _, s, t in got] == [("111", "SYROPP", "IRNGOV")], got


def test_the_place_a_deportee_is_sent_to_is_no_target(nlp):
    # before: GBRGOV -> JOR (the country he was sent to, after إلى)
    got = coded(nlp, "ورحلت السلطات البريطانية الداعية المتشدد إلى الأردن أمس.")
    assert not [e for e in got if e[0] == "174" and e[3] == "JOR"], got
    got = coded(nlp, "ورحلت السلطات البريطانية المعارض الأردني إلى عمان أمس.")
    assert [(c, s, t) for c, _, s, t in got if c == "174"] == [("174", "GBRGOV", "JOROPP")], got


@pytest.mark.parametrize("text, dyad", [
    # the crowd the gas was fired to disperse is the target, not the police its relative clause
    # names (before: COP -> COP)
    ("وأطلقت الشرطة الغاز المسيل للدموع لتفريق المتظاهرين الذين رشقوا قوات الأمن بالحجارة.",
     ("175", "COP", "CVL")),
    ("وأطلقت قوات الأمن الرصاص الحي لتفريق مئات المحتجين في وسط المدينة.", ("193", "COP", "CVL")),
])
def test_the_victims_are_the_object_of_the_purpose_not_of_a_relative_clause(nlp, text, dyad):
    got = coded(nlp, text)
    assert [(c, s, t) for c, _, s, t in got if c == dyad[0]] == [dyad], got


def test_a_target_inside_the_speakers_quote_is_no_target(nlp):
    # before: YEMGOV -> INS, now REB (the resistance named in his quoted words)
    got = coded(nlp, "وقال الرئيس اليمني إن الوضع صعب. "
                     "وعبر عن امتنانه لدول الخليج «على ما قدمته من دعم للمقاومة».")
    assert not [e for e in got if e[3] == "REB"], got


def test_a_target_in_a_quote_that_holds_the_trigger_is_kept(nlp):
    got = coded(nlp, "وقال الرئيس المصري: «ندين بشدة الحكومة الإسرائيلية على ما فعلته في غزة».")
    assert ("111", "asserted", "EGYGOV", "ISRGOV") in got, got


def test_a_body_after_a_title_and_its_genitive_is_another_actor(nlp):
    # before: TURREB -> CVL (رئيس الإقليم حزب العمال was read as one mention of the party)
    got = coded(nlp, "وطالب رئيس الإقليم حزب العمال الكردستاني بسحب مقاتليه من المنطقة.")
    assert [(c, s, t) for c, _, s, t in got] == [("100", "GOV", "TURREB")], got


@pytest.mark.parametrize("text, dyad", [
    # a quoted name or noun phrase opening with the actor is no one's speech: still a target
    ("وهاجمت «جبهة النصرة» مواقع «القوات السورية النظامية» في ريف حلب.",
     ("190", "SYRREB", "SYRMIL")),
    ("وقالت اللجنة إن القوات الروسية اشتبكت مع «مجموعة من المسلحين» قرب الحدود.",
     ("190", "RUSMIL", "UAF")),
    # في after a noun of relation names the body it holds in, not a place
    ("وعقد وزير الخارجية الأميركي اجتماعا مع نظرائه في مجلس التعاون الخليجي أمس.",
     ("040", "USAGOV", "IGOGCC")),
])
def test_quoted_names_and_relational_nouns_keep_their_target(nlp, text, dyad):
    got = coded(nlp, text)
    assert [(c, s, t) for c, _, s, t in got if c == dyad[0]] == [dyad], got


def test_the_targets_of_the_attacks_own_relative_clause_are_kept(nlp):
    # the relative clause is the strikes' own (التي استهدفت الحزب), not another noun's
    got = coded(nlp, "ودعا الرئيس العراقي إلى الهدوء وسط حملة الضربات الجوية التركية التي "
                     "استهدفت حزب العمال الكردستاني.")
    assert ("190", "TUR", "TURREB") in [(c, s, t) for c, _, s, t in got], got


def test_a_state_of_affairs_in_a_country_is_that_countrys(nlp):
    # في after الشرعية names the country whose legitimacy is defended, not a place
    got = coded(nlp, "ودافع الملك سلمان عن الشرعية في اليمن.")
    assert [(c, s, t) for c, _, s, t in got] == [("052", "SAUGOV", "YEM")], got
    got = coded(nlp, "وأكد الملك سلمان دعمه للشرعية في اليمن.")
    assert [(c, s, t) for c, _, s, t in got] == [("032", "SAUGOV", "YEM")], got


def test_the_nisba_of_a_quoted_name_in_a_pp_is_no_subject(nlp):
    # before: GBR criticised (the newspaper's nisba, in a PP, read as the subject)
    got = coded(nlp, "وفي مقال نشر أمس في صحيفة «صنداي تايمز» البريطانية، انتقد الكاتب "
                     "سياسة الحكومة الأميركية.")
    assert not [e for e in got if e[2] == "GBR"], got
    got = coded(nlp, "وفي مقال نشر أمس في صحيفة «صنداي تايمز» البريطانية، انتقد الوزير "
                     "الفرنسي سياسة الحكومة الأميركية.")
    assert [(c, s, t) for c, _, s, t in got] == [("111", "FRAGOV", "USAGOV")], got


def test_a_person_noun_subject_borrows_no_actor(nlp):
    # before: EGYGOV criticised (the president of the sentence before, borrowed)
    got = coded(nlp, "وقال الرئيس المصري إن الوضع صعب. "
                     "وانتقد الخبير الاقتصادي سياسة الحكومة الأميركية.")
    assert not [e for e in got if e[0] == "111"], got
