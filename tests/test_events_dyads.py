"""Source and target of events (dyads): the constructions that paired the wrong actors on real
news (SaudiNewsNet, read by hand; see docs/accuracy.md, "Dyads on real news (third session)").

Every sentence was written for these tests. Actors are tagged by hand (the actors stage has tests
of its own), so the events stage is tested alone."""

from __future__ import annotations

from _events_harness import base, stage, tag_actors  # noqa: F401 (fixtures)

from marsad.document import Document

# name -> (actor code, type, canonical, country[, how])
ACTORS = {
    "الرئيس اليمني": ("YEMGOV", "PERSON", "Yemeni president", "YEM"),
    "للرئيس اليمني": ("YEMGOV", "PERSON", "Yemeni president", "YEM"),
    "للإمارات": ("ARE", "GPE", "UAE", "ARE"),
    "للشرطة": ("COP", "ORG", "police", None, "title"),
    "وزارة الداخلية": ("GOV", "ORG", "interior ministry", None, "title"),
    "المسؤولين الأميركيين": ("USAGOV", "PERSON", "US officials", "USA"),
    "الجنود الأميركيين": ("USAMIL", "PERSON", "US soldiers", "USA"),
    "القاهرة": ("EGY", "GPE", "Cairo", "EGY"),
    "تركيا": ("TUR", "GPE", "Turkey", "TUR"),
    "حزب الله": ("LBNPTY", "ORG", "Hezbollah", "LBN"),
    "الأمير سلمان": ("SAUGOV", "PERSON", "Prince Salman", "SAU"),
    "ولي العهد": ("GOV", "PERSON", "crown prince", None, "title"),
    "النائب": ("LEG", "PERSON", "deputy", None, "title"),
    "رئيس الوزراء": ("GOV", "PERSON", "prime minister", None, "title"),
    "لمصر": ("EGY", "GPE", "Egypt", "EGY"),
    "القوات الإسرائيلية": ("ISRMIL", "ORG", "Israeli forces", "ISR"),
    "القوات": ("MIL", "ORG", "forces", None, "title"),
    "للجيش": ("MIL", "ORG", "army", None, "title"),
    "للمتشددين": ("RAD", "ORG", "militants", None, "title"),
    "للقوات الإسرائيلية": ("ISRMIL", "ORG", "Israeli forces", "ISR"),
    "حركة حماس": ("PSEREB", "ORG", "Hamas", "PSE"),
    "حضرموت": (None, "LOC", "Hadramawt", "YEM"),
    "اليمنية": ("YEM", "GPE", "Yemen", "YEM", "nisba"),
    "صحافي أميركي": ("USAMED", "PERSON", "US journalist", "USA"),
    "الحوثيون": ("YEMREB", "ORG", "Houthis", "YEM"),
    "الحوثيين": ("YEMREB", "ORG", "Houthis", "YEM"),
    "المكلا": (None, "LOC", "Mukalla", "YEM"),
    "الرئيس الفرنسي": ("FRAGOV", "PERSON", "French president", "FRA"),
    "نظيره التونسي": ("TUNGOV", "PERSON", "Tunisian president", "TUN"),
    "السورية": ("SYR", "GPE", "Syria", "SYR"),
    "والليبية": ("LBY", "GPE", "Libya", "LBY"),
    "مجلس الوزراء": ("SAUGOV", "ORG", "Saudi cabinet", "SAU"),
    "للشعب اليمني": ("YEMCVL", "ORG", "Yemeni people", "YEM"),
    "المعارضة": ("OPP", "ORG", "opposition", None, "title"),
    "المحكمة": ("JUD", "ORG", "court", None, "title"),
    "الوزير المصري": ("EGYGOV", "PERSON", "Egyptian minister", "EGY"),
    "إيران": ("IRN", "GPE", "Iran", "IRN"),
    "صندوق النقد": ("IGOIMF", "ORG", "IMF", None),
    "لليونان": ("GRC", "GPE", "Greece", "GRC"),
    "اليونان": ("GRC", "GPE", "Greece", "GRC"),
    "الاتحاد الأوروبي": ("IGOEU", "ORG", "European Union", None),
    "وزير الخارجية": ("GOV", "PERSON", "foreign minister", None, "title"),
    "بوتين": ("RUSGOV", "PERSON", "Vladimir Putin", "RUS"),
    "روحاني": ("IRNGOV", "PERSON", "Hassan Rouhani", "IRN"),
    "علييف": ("AZEGOV", "PERSON", "Ilham Aliyev", "AZE"),
}


def dyads(base, stage, text: str) -> list[tuple[str | None, str | None, str]]:
    doc = tag_actors(base(Document(text, published="2020-03-10")), ACTORS)
    stage(doc)
    return sorted((e.source.actor_code, e.target.actor_code if e.target else None, e.cameo)
                  for e in doc.events)


def sources(found) -> set[str | None]:
    return {s for s, _, _ in found}


def test_preposition_inside_the_name_span(base, stage):
    # the actors stage may include the preposition in the name (للإمارات): still a PP, so the
    # one thanked is the target, not the one who thanks
    found = dyads(base, stage, "وقدّم الرئيس اليمني الشكر للإمارات على موقفها.")
    assert ("YEMGOV", "ARE", "051") in found
    assert "ARE" not in sources(found)


def test_reporter_and_object_in_pp_are_not_the_attacker(base, stage):
    # the ministry reports the attack; the police station (مركزاً للشرطة) was attacked; the
    # attackers are not a known actor, so no event with a known source is coded
    found = dyads(base, stage, "قالت وزارة الداخلية إن مسلحين هاجموا مركزاً للشرطة صباح أمس.")
    assert not ({"COP", "GOV"} & sources(found))


def test_partitive_quantifier_before_the_subject(base, stage):
    # عدد من المسؤولين: the officials are the subject of the verb, not a PP after it
    assert dyads(base, stage, "ووصل عدد من المسؤولين الأميركيين إلى القاهرة.") == \
        [("USAGOV", "EGY", "042")]


def test_partitive_quantifier_in_a_genitive(base, stage):
    # وصول عشرات من الجنود: the arrival of the soldiers, to Turkey
    found = dyads(base, stage, "وينتظر وصول عشرات من الجنود الأميركيين إلى تركيا.")
    assert ("USAMIL", "TUR", "042") in found


def test_subject_that_is_no_actor_leaves_the_actor_as_object(base, stage):
    # دعم البعض حزب الله: "some" supported Hezbollah; Hezbollah is not the supporter
    found = dyads(base, stage, "في تلك السنوات دعم البعض حزب الله على حساب لمصر.")
    assert "LBNPTY" not in sources(found)


def test_titles_after_a_name_are_its_apposition(base, stage):
    # the crown prince, deputy prime minister, are the prince himself: one visit, to Egypt
    found = dyads(base, stage, "وناقش المجلس نتائج زيارة الأمير سلمان ولي العهد النائب الثاني "
                               "لرئيس الوزراء لمصر.")
    assert ("SAUGOV", "EGY", "042") in found
    assert not [d for d in found if d[0] in ("GOV", "LEG") or d[1] in ("GOV", "LEG")]


def test_place_after_a_noun_of_place_is_no_subject(base, stage):
    # في مدينة المكلا عاصمة محافظة حضرموت: places, not the subject of the verb after them
    found = dyads(base, stage, "وتقدمت القوات في مدينة المكلا عاصمة محافظة حضرموت وحاصرت "
                               "مقر الحكومة.")
    assert found and sources(found) == {"MIL"}


def test_nisba_qualifying_a_noun_in_a_pp_is_no_subject(base, stage):
    # للأزمة السورية والليبية: adjectives of a noun in a PP, not the subject of التباحث
    found = dyads(base, stage, "استقبل الرئيس الفرنسي نظيره التونسي، وتناول اللقاء الحلول "
                               "للأزمة السورية والليبية والتباحث مع الوزير المصري.")
    assert ("FRAGOV", "TUNGOV", "043") in found
    assert not ({"LBY", "SYR"} & sources(found))


def test_who_praises_aid_did_not_give_it(base, stage):
    # أثنى مجلس الوزراء على … المساعدات: the cabinet praises aid given by others
    found = dyads(base, stage, "وأثنى مجلس الوزراء على الهدنة التي أعلنها التحالف لإدخال "
                               "المساعدات الإنسانية للشعب اليمني.")
    assert not [d for d in found if d[2].startswith("07")]


def test_who_hears_of_aid_did_not_give_it(base, stage):
    # استمع مجلس الوزراء إلى تقرير عن المساعدات: the cabinet heard a report on the aid
    found = dyads(base, stage, "واستمع مجلس الوزراء إلى تقرير عن المساعدات المقدمة للشعب "
                               "اليمني.")
    assert not [d for d in found if d[2].startswith("07")]


def test_title_is_no_apposition_of_a_place(base, stage):
    # زار الرئيس اليمني ووزير الخارجية القاهرة: Cairo is what was visited, not the minister
    found = dyads(base, stage, "زار الرئيس اليمني ووزير الخارجية القاهرة أمس.")
    assert ("YEMGOV", "EGY", "042") in found


def test_object_is_not_inside_a_relative_clause(base, stage):
    # the court belongs to the relative clause (التي ترفض إنشاء المحكمة); the boycott's object
    # is the vote
    found = dyads(base, stage, "وقاطعت المعارضة التي ترفض إنشاء المحكمة التصويت أمس.")
    assert not [d for d in found if d[1] == "JUD"]


def test_two_parties_of_a_cooperation_are_not_paired(base, stage):
    # التنسيق مع إيران وتركيا: the minister coordinates with each; Iran and Turkey do not
    found = dyads(base, stage, "واتهم الادعاء الوزير المصري بالتنسيق مع إيران وتركيا سراً.")
    coop = [d for d in found if d[2].startswith("06")]
    assert ("EGYGOV", "IRN", coop[0][2]) in coop and ("EGYGOV", "TUR", coop[0][2]) in coop
    assert not [d for d in coop if {d[0], d[1]} == {"IRN", "TUR"}]


def test_participants_of_a_summit_are_paired(base, stage):
    # a three-party summit: each pair met (kept as before)
    found = dyads(base, stage, "شارك بوتين أمس في قمة ثلاثية مع روحاني وعلييف في طهران.")
    pairs = {frozenset((s, t)) for s, t, c in found if c.startswith("04")}
    assert frozenset(("IRNGOV", "AZEGOV")) in pairs and frozenset(("RUSGOV", "AZEGOV")) in pairs


def test_owner_of_what_was_attacked_is_the_target(base, stage):
    # قصفت … مقراً للشرطة: the police own the building that was shelled
    found = dyads(base, stage, "وقصفت القوات الإسرائيلية أمس مقراً للشرطة في غزة.")
    assert ("ISRMIL", "COP", "194") in found
    # the same with the preposition outside the name (لحركة حماس)
    found = dyads(base, stage, "وقصفت القوات الإسرائيلية أمس مقراً لحركة حماس في غزة.")
    assert ("ISRMIL", "PSEREB", "194") in found


def test_owner_of_what_was_hit_is_the_victim(base):
    # a bombing with no target slot: the owner of the bus (للشرطة) is its victim
    from marsad.stages.events import EventStage
    detect = EventStage(base.resources, keep_unknown_source=True)
    doc = tag_actors(base(Document("وانفجرت سيارة مفخخة أمس قرب حافلة تابعة للشرطة في بغداد "
                                   "فقتل ثلاثة.", published="2020-03-10")), ACTORS)
    detect(doc)
    bombs = [e for e in doc.events if e.cameo.startswith("18")]
    assert bombs and bombs[0].target is not None and bombs[0].target.actor_code == "COP"


def test_lam_before_an_ila_target_is_the_agent(base, stage):
    # الزيارة الناجحة للرئيس اليمني إلى القاهرة: the president visited Cairo
    found = dyads(base, stage, "وجاء ذلك بعد الزيارة الناجحة للرئيس اليمني إلى القاهرة أمس.")
    assert ("YEMGOV", "EGY", "042") in found


def test_support_noun_genitive_is_agent_and_lam_the_target(base, stage):
    # دعم صندوق النقد لليونان: the IMF supports Greece (the direction of the noun phrase)
    found = dyads(base, stage, "ويأتي دعم صندوق النقد لليونان في وقت صعب.")
    assert ("IGOIMF", "GRC", "051") in found
    assert not [d for d in found if d[0] == "GRC"]


def test_receiver_of_aid_is_the_target(base, stage):
    # تلقت اليونان مساعدات من الاتحاد الأوروبي: the EU gave, Greece received
    found = dyads(base, stage, "وتلقت اليونان أمس مساعدات مالية من الاتحاد الأوروبي.")
    assert [d for d in found if d[:2] == ("IGOEU", "GRC") and d[2].startswith("07")]
    assert not [d for d in found if d[0] == "GRC"]


def test_lam_pronoun_points_back_to_the_subject(base, stage):
    # رحبت اليونان بدعم صندوق النقد لها: the IMF's support is for Greece
    found = dyads(base, stage, "ورحبت اليونان بدعم صندوق النقد لها.")
    assert ("IGOIMF", "GRC", "051") in found


def test_speaker_before_fa_inna_is_not_the_subject(base, stage):
    # طبقاً لما أعلنه المتحدث، فإن …: the spokesman reports what others did
    found = dyads(base, stage, "وطبقاً لما أعلنه وزير الخارجية، فإن مسلحين هاجموا القوات "
                               "الإسرائيلية أمس.")
    assert "GOV" not in sources(found)


def test_owner_of_the_subject_acts(base, stage):
    # طائرات تابعة للجيش هاجمت: the army's planes attacked
    found = dyads(base, stage, "وقال المتحدث إن طائرات تابعة للجيش هاجمت مواقع لحركة حماس أمس.")
    assert [d for d in found if d[0] == "MIL" and d[2].startswith("19")]


def test_lam_of_a_violence_noun_is_its_agent(base, stage):
    # هجوم للمتشددين على قاعدة: لـ is no target of an attack (على is), so it names the attacker
    found = dyads(base, stage, "وقتل ثلاثة جنود في هجوم للمتشددين على قاعدة للقوات الإسرائيلية "
                               "في الضفة أمس بعبوة ناسفة.")
    assert [d for d in found if d[0] == "RAD" and d[2].startswith(("18", "19"))]


def test_actor_after_a_plural_verb_is_its_object(base, stage):
    # مسلحين هاجموا القوات: a plural verb agrees with a subject before it; the forces were attacked
    found = dyads(base, stage, "وأكد شهود أن مسلحين ملثمين هاجموا القوات الإسرائيلية فجر اليوم "
                               "بالرصاص الحي.")
    assert "ISRMIL" not in sources(found)


def test_verb_with_object_pronoun_after_its_object(base, stage):
    # صحافي أميركي احتجزه الحوثيون: the Houthis held the journalist (ه is the journalist)
    found = dyads(base, stage, "وأفرج أمس عن صحافي أميركي احتجزه الحوثيون أسبوعين في صنعاء.")
    assert ("YEMREB", "USAMED", "173") in found


def test_purpose_masdar_takes_its_genitive_as_object(base, stage):
    # أرسل … لمساندة حركة حماس: "to support Hamas"; the one who sends supports it
    found = dyads(base, stage, "وأرسل الرئيس اليمني كتيبة إلى المدينة لمساندة حركة حماس هناك.")
    assert ("YEMGOV", "PSEREB", "051") in found
    assert "PSEREB" not in sources(found)


def test_receiving_support_with_hazia(base, stage):
    # يحظى الرئيس بدعم … من الديمقراطيين: the Democrats support the president
    found = dyads(base, stage, "ويحظى الرئيس اليمني بدعم كبير من الاتحاد الأوروبي.")
    assert ("IGOEU", "YEMGOV", "051") in found
    assert "YEMGOV" not in sources(found)


def test_title_after_a_comma_is_an_apposition(base, stage):
    # الأمير سلمان، ولي العهد السابق، …: one person, not a call from the prince to himself
    found = dyads(base, stage, "ودعا الأمير سلمان، ولي العهد السابق، الرئيس اليمني إلى الحوار.")
    assert found and all(d[:2] == ("SAUGOV", "YEMGOV") for d in found)


def test_nisba_of_a_place_is_part_of_the_place(base, stage):
    # إلى مدينة المكلا اليمنية: Yemen is where the force goes, not who coordinates
    found = dyads(base, stage, "وستصل القوات إلى مدينة المكلا اليمنية بالتنسيق مع حركة حماس.")
    assert "YEM" not in sources(found)


def test_place_after_an_attack_noun_is_its_target(base, stage):
    # هجوم مدينة القاهرة: the city was attacked, it did not attack
    found = dyads(base, stage, "وأدى هجوم مدينة القاهرة أمس بقذائف الهاون إلى مقتل 5 جنود "
                               "للقوات الإسرائيلية.")
    assert "EGY" not in sources(found)


def test_definite_nisba_form_after_an_indefinite_noun_is_its_genitive(base, stage):
    # لمساندة الحوثيين: الحوثيين is the genitive (the supported), not an adjective (the agent)
    found = dyads(base, stage, "وأرسل الرئيس اليمني كتيبة إلى المدينة لمساندة الحوثيين هناك.")
    assert ("YEMGOV", "YEMREB", "051") in found


def test_genitive_of_a_noun_after_a_preposition_is_no_subject(base, stage):
    # في عهد الرئيس اليمني: the president names a time; he is not said to negotiate
    found = dyads(base, stage, "وفي عهد الرئيس اليمني بدأت مفاوضات سرية مع حركة حماس.")
    assert "YEMGOV" not in sources(found)



def test_relative_clause_of_the_object_keeps_its_actor(base, stage):
    # أدان … الأعمال التي يرتكبها الحوثيون: the Houthis are condemned, the clause is the object's
    found = dyads(base, stage, "وأدان الرئيس اليمني الأعمال التي يرتكبها الحوثيون في عدن.")
    assert ("YEMGOV", "YEMREB", "111") in found


def test_who_undergoes_an_attack_is_its_target(base, stage):
    # تعرضت القوات لاعتداءات الحوثيين: the forces underwent the attacks the Houthis made
    found = dyads(base, stage, "وتعرضت القوات الإسرائيلية أمس لاعتداءات الحوثيين بالقذائف "
                               "وقتل 3 جنود.")
    assert ("YEMREB", "ISRMIL", "182") in found


def test_lam_after_exposure_is_no_purpose(base, stage):
    # تعرضت القوات لقصف الحوثيين: لـ after تعرض is no purpose, so the genitive stays the agent
    found = dyads(base, stage, "وتعرضت القوات الإسرائيلية أمس لقصف الحوثيين بالمدفعية في عدن "
                               "وقتل 3 جنود.")
    assert [d for d in found if d[0] == "YEMREB" and d[2] == "194"]


def test_speaker_before_inna_with_pronoun_is_no_agent_of_a_noun(base, stage):
    # قال الوزير إنه عقب الحفل جرت مباحثات مع …: the speaker reports talks held by others
    found = dyads(base, stage, "وقال الرئيس اليمني إنه عقب الحفل كانت هناك مباحثات مطولة مع "
                               "حركة حماس.")
    assert "YEMGOV" not in sources(found)


def test_town_without_actor_is_no_agent(base, stage):
    # اجتماع المكلا: a meeting held in a town; the town is no participant
    found = dyads(base, stage, "وكان اجتماع المكلا مخصصاً للتنسيق مع حركة حماس.")
    assert "YEM" not in sources(found)


def test_capital_after_a_noun_of_place_is_no_subject(base, stage):
    # ضواحي مدينة القاهرة: Cairo names where, it is not who besieged
    found = dyads(base, stage, "وتقدمت القوات الإسرائيلية أمس عبر ضواحي مدينة القاهرة وحاصرت "
                               "مقر الحكومة.")
    assert "EGY" not in sources(found)


def test_lam_after_the_genitive_agent_is_the_object(base, stage):
    # إدانة صندوق النقد للرئيس اليمني: the IMF condemns, the president is condemned
    found = dyads(base, stage, "وأدت إدانة صندوق النقد للرئيس اليمني أمس إلى أزمة.")
    assert ("IGOIMF", "YEMGOV", "111") in found


def test_coordinated_agent_with_lam_is_no_owner(base, stage):
    # قصف نفذه الحوثيون والموالون لحماس: the two are agents, Hamas is no target
    found = dyads(base, stage, "وقتل 43 شخصا أمس في قصف مدفعي شنه الحوثيون والموالون لحركة حماس "
                               "في عدن.")
    assert not [d for d in found if d[1] == "PSEREB"]


def test_pronoun_subject_of_the_next_verb_carries_the_agent(base, stage):
    # أكدت القوات أنها تمكنت من اعتقال …: the forces arrested (أنها is their pronoun)
    found = dyads(base, stage, "وأكدت القوات الإسرائيلية أنها تمكنت أمس من اعتقال قادة من "
                               "حركة حماس.")
    assert [d for d in found if d[0] == "ISRMIL" and d[2].startswith("17")]
