"""Precision of the event types other than ASSAULT and PROTEST: faults found by reading events
coded on real political news (SaudiNewsNet, 2015-07-25 and 2015-07-26; docs/accuracy.md, "Events:
type reading on political news, seventh session"), each checked here on sentences written for
this file, through the default pipeline.

- a thing carried that arrives (a plane, a ship, a shipment, a body) is no visit, even when an
  actor's adjective describes it (الطائرة الكويتية التي وصلت، ووصلت سفينة إماراتية) or an actor
  stands in a phrase beside it (جثة، يعتقد أنها لقائد حوثي، وصلت); a person who arrives is one;
- a verbal noun with لـ after a definite noun of a body (التحالف الدولي لدعم الحكومة، المجموعة
  البرلمانية لدعم الكويت) is the body's name or purpose, no support told;
- حذّر من أن + a noun or a verb forecasts a danger (حذر البنك من أن تراجع الأسعار قد يضر): no
  threat; حذّر من أن أي هجوم سيقابل برد and حذّر من عواقب stay threats;
- طلب عدم نشر اسمه: a source keeping its name back, no demand;
- a subsidy (الدعم المقدم للمواد النفطية) is no support of an actor;
- بدعم جوي: air support is military aid (072), not praise (051);
- what is expected (ويتوقع أن يشارك مسؤولون … في المحادثات) is `future`, but not talks already
  held whose effect is foreseen (من المتوقع أن تعيد هذه المحادثات);
- what someone refuses (أكد رفضه التفاوض) is `negated`;
- شن حملة جوية: a campaign of force, no criticism (شن حملة على المعارضة stays one);
- اعترف بنجاح تونس: a merit acknowledged, no recognition (اعترفت السويد بدولة فلسطين is one);
- توصلت الشركة إلى اتفاق للاستحواذ: a company's acquisition, no agreement between actors;
- منع غسل الأموال: a crime prevented in a law's name, no restriction of an actor;
- مسؤول في أجهزة الإغاثة: relief agencies named, no aid given;
- في إطار التنسيق، مد جسور التعاون: cooperation as a frame or an aim, no event;
- المقررة (scheduled) is `future`, من غير المقرر (not scheduled) and كاد / أوشك (nearly)
  `negated`;
- وصل إلى قناعة (reached a conviction) and papers that reach someone (نسخاً وصلت) are no visit;
- اعترفا بالتنسيق: an act admitted, no recognition;
- in a quote, a relational adjective after a noun with a preposition (الإرهاب وبالتدخلات
  الإيرانية) describes that noun: the evaluated word before it is said of no actor;
- no verb follows تحت (تحت سيطرت المقاومة: the noun سيطرة misspelt);
- احتلت الصفحات الأولى: the front pages taken, no occupation;
- ساعد على / في + a verbal noun (ستساعد على دفع المفاوضات): helps to, no aid;
- بدعم من X as an adverbial (تقدمت القوات العراقية بدعم من طيران التحالف): X backs the actor
  the clause is about, named right before it (the source and the target were reversed);
- في إطار التشاور المستمر والتنسيق الدائم: a frame (and what is joined to it), no event;
- a pledge of force or repression (تعهد بسحق التمرد، بتشديد الحملة الأمنية على الجماعة) is a
  threat (130), not an intent to cooperate (030);
- the present of احتل tells a state (القدس التي تحتلها إسرائيل، ما زالوا يحتلون مناطق), not an
  occupation; the past (احتلت القوات القرية) is one;
- بالتزكية، بنظام التزكية: elected unopposed, no praise.
"""

from __future__ import annotations

import pytest

from _pipelines import coded


@pytest.mark.parametrize("text", [
    "وأفاد مصدر محلي بأن الطائرة الكويتية التي وصلت إلى مطار صنعاء تحمل أدوية.",
    "ووصلت سفينة إماراتية محملة بالوقود إلى ميناء عدن صباح أمس.",
    "وأكدت الوزارة أن الشحنة الطبية الأردنية التي وصلت إلى بغداد تزن عشرة أطنان.",
    "وقال الطبيب إن جثة، يعتقد أنها لقائد حوثي، وصلت إلى المستشفى أمس.",
    "وأعلنت الأمم المتحدة، وصلت أمس الطائرة الإغاثية الثانية إلى مطار عدن.",
])
def test_a_thing_that_arrives_is_no_visit(nlp, text):
    got = coded(nlp, text)
    assert not [e for e in got if e[0] == "042"], got
    # while a person who arrives visits (in both orders, in a relative clause, as a delegation)
    for person, dyad in PERSONS_ARRIVING:
        assert ("042", "CONSULT", "asserted") + dyad in coded(nlp, person), person


PERSONS_ARRIVING = (
    ("ووصل الرئيس التركي أمس إلى الرياض في زيارة رسمية.", ("TURGOV", "SAU")),
    ("ووصل أمس وزير الخارجية الأمريكي إلى القاهرة.", ("USAGOV", "EGY")),
    ("وكان وزير الخارجية الفرنسي الذي وصل إلى طهران أمس قد التقى نظيره الإيراني.",
     ("FRAGOV", "IRN")),
    ("وأعلن مجلس الوزراء أن وفد الحكومة العراقية وصل إلى عمان مساء أمس.", ("IRQGOV", "OMN")),
)


@pytest.mark.parametrize("text", [
    "وزارت رئيسة المجموعة البرلمانية البريطانية لدعم الكويت مخيما للاجئين.",
    "وأعلن التحالف الدولي لدعم الحكومة العراقية تمديد مهمته.",
])
def test_the_purpose_in_a_body_name_is_no_support(nlp, text):
    got = coded(nlp, text)
    assert not [e for e in got if e[1] in ("SUPPORT", "AGREE")], got


@pytest.mark.parametrize("text", [
    "وحذر البنك الدولي مصر من أن تراجع أسعار النفط قد يضر باقتصادها.",
    "وحذرت النائبة الديمقراطية الحكومة الإيرانية من أن الشركات الأمريكية ستخسر كثيرا.",
])
def test_a_warning_of_a_danger_is_no_threat(nlp, text):
    got = coded(nlp, text)
    assert not [e for e in got if e[1] == "THREATEN"], got
    # a warning of what the one who warns will do, or of consequences, stays a threat
    for threat, dyad in THREATS:
        assert ("130", "THREATEN", "asserted") + dyad in coded(nlp, threat), threat


THREATS = (
    ("وحذر وزير الدفاع الإسرائيلي حركة حماس من أن أي هجوم سيقابل برد قاس.",
     ("ISRGOV", "PSEREB")),
    ("وحذرت الولايات المتحدة كوريا الشمالية من عواقب إجراء تجربة نووية.", ("USA", "PRK")),
)


@pytest.mark.parametrize("text", [
    "وقال رئيس الشركة الذي طلب عدم نشر اسمه كي لا يضر بعلاقات شركته مع «تويوتا» إن المبيعات "
    "تراجعت.",
    "وقال الضابط الذي طلب عدم ذكر اسمه خوفا من الجيش السوري إن القصف استمر.",
])
def test_keeping_ones_name_back_is_no_demand(nlp, text):
    got = coded(nlp, text)
    assert not [e for e in got if e[1] == "REQUEST"], got
    # a demand made of an actor in the same construction stays
    got = coded(nlp, "وقال الصحفي الذي طلب من الحكومة السورية الإفراج عن زملائه إن الأمر صعب.")
    assert ("100", "REQUEST", "asserted", "MED", "SYRGOV") in got, got


def test_a_subsidy_is_no_support(nlp):
    got = coded(nlp, "ودعا صندوق النقد الدولي دول الخليج إلى تقليل الدعم المقدم للمواد النفطية، "
                     "مشيدا بإجراءات البحرين والكويت.")
    assert not [e for e in got if e[1] == "SUPPORT"], got


def test_air_support_is_military_aid(nlp):
    got = coded(nlp, "وشنت القوات الموالية للحكومة اليمنية بدعم جوي من التحالف هجمات على "
                     "الحوثيين في عدن.")
    assert not [e for e in got if e[0] == "051"], got


@pytest.mark.parametrize("text,cameo", [
    ("ويتوقع أن يرفع المعارضون الإسرائيليون من عدد زياراتهم إلى الولايات المتحدة.", "042"),
    ("ويتوقع أن يشارك مسؤولون من المفوضية الأوروبية والبنك المركزي الأوروبي في المحادثات مع "
     "اليونان.", "046"),
])
def test_what_is_expected_is_future(nlp, text, cameo):
    got = [e for e in coded(nlp, text) if e[0] == cameo]
    assert got and all(e[2] == "future" for e in got), got
    # talks held whose effect is foreseen stay asserted
    got = coded(nlp, "ومن المتوقع أن تعيد هذه المحادثات العلاقات بين مصر وإيران إلى طبيعتها.")
    assert ("046", "CONSULT", "asserted", "EGY", "IRN") in got, got


def test_what_is_refused_is_negated(nlp):
    got = coded(nlp, "وأكد الوزير رفضه التفاوض مع حركة طالبان.")
    assert got and all(e[2] == "negated" for e in got), got


def test_a_campaign_of_force_is_no_criticism(nlp):
    got = coded(nlp, "وشن الجيش السوري أمس حملة جوية على مواقع المعارضة السورية في إدلب.")
    assert not [e for e in got if e[1] == "ACCUSE"], got
    # a campaign of words stays one
    got = coded(nlp, "وشن الرئيس التركي حملة على المعارضة الكردية.")
    assert [e for e in got if e[0] == "111"], got


@pytest.mark.parametrize("text", [
    "وقال الوزير التونسي إن دعوة الرئيس الأمريكي هي اعتراف بالنجاح الذي حققته تونس.",
    "واعترف الرئيس الأمريكي بنجاح الحكومة التونسية في الانتقال الديمقراطي.",
])
def test_acknowledging_a_merit_is_no_recognition(nlp, text):
    got = coded(nlp, text)
    assert not [e for e in got if e[0] == "054"], got
    assert ("054", "SUPPORT", "asserted", "SWE", "PSE") in coded(nlp, "واعترفت السويد بدولة فلسطين.")


def test_a_company_acquisition_is_no_agreement(nlp):
    got = coded(nlp, "وقالت شركة تويوتا اليابانية إنها توصلت إلى اتفاق للاستحواذ على شركة أمريكية.")
    assert not [e for e in got if e[0] == "057"], got
    got = coded(nlp, "وتوصلت الحكومة الفلبينية إلى اتفاق مع المتمردين.")
    assert ("057", "SUPPORT", "asserted", "PHLGOV", "REB") in got, got


@pytest.mark.parametrize("text", [
    "وصادق البرلمان على قانون لمكافحة الإرهاب ومنع غسل الأموال، وكان رئيس البرلمان التونسي قد "
    "وعد بذلك.",
    "ووافق مجلس الوزراء على مشروع قانون منع غسل الأموال الذي قدمته وزارة العدل المصرية.",
])
def test_preventing_money_laundering_restricts_no_actor(nlp, text):
    got = coded(nlp, text)
    assert not [e for e in got if e[0] == "172"], got
    got = coded(nlp, "ومنعت الشرطة الإسرائيلية الفلسطينيين من دخول المسجد الأقصى.")
    assert ("172", "COERCE", "asserted", "ISRCOP", "PSE") in got, got


def test_relief_agencies_named_give_no_aid(nlp):
    got = coded(nlp, "وقال مسؤول في أجهزة الإغاثة الأممية لوكالة الصحافة الفرنسية إن القصف مستمر.")
    assert not [e for e in got if e[1] == "AID"], got
    got = coded(nlp, "وأرسلت السعودية طائرة إغاثة إلى اليمن.")
    assert ("073", "AID", "asserted", "SAU", "YEM") in got, got


@pytest.mark.parametrize("text", [
    "والتقى الوزير المصري نظيره الكويتي في إطار التنسيق بين البلدين.",
    "وأكد الوزير المصري حرص بلاده على مد جسور التعاون مع الكويت.",
])
def test_cooperation_as_a_frame_is_no_event(nlp, text):
    got = coded(nlp, text)
    assert not [e for e in got if e[1] == "COOPERATE"], got


def test_what_is_scheduled_is_future(nlp):
    got = coded(nlp, "وناقش الوزيران الزيارة المقررة للرئيس المصري إلى موسكو.")
    assert ("042", "CONSULT", "future", "EGYGOV", "RUS") in got, got


def test_what_nearly_happened_did_not(nlp):
    got = coded(nlp, "وكاد المسلحون يستسلمون للجيش العراقي.")
    assert ("0874", "RETREAT", "negated", "UAF", "IRQMIL") in got, got


def test_what_is_not_scheduled_is_negated(nlp):
    got = coded(nlp, "ومن غير المقرر أن يزور الرئيس الأمريكي كينيا هذا العام.")
    assert ("042", "CONSULT", "negated", "USAGOV", "KEN") in got, got
    got = coded(nlp, "ومن المقرر أن يزور الرئيس الأمريكي كينيا هذا العام.")
    assert ("042", "CONSULT", "future", "USAGOV", "KEN") in got, got


@pytest.mark.parametrize("text", [
    "وقال الرئيس السوري إنه وصل إلى قناعة بأن الحكومة اليمنية لا تسير على الطريق الصحيح.",
    "وأشار الوزير الليبي إلى أن نسخا من التقرير وصلت إلى السلطات الليبية.",
])
def test_reaching_a_conclusion_or_papers_arriving_is_no_visit(nlp, text):
    got = coded(nlp, text)
    assert not [e for e in got if e[0] == "042"], got
    assert ("042", "CONSULT", "asserted", "LBYGOV", "TUN") in coded(
        nlp, "ووصل وفد الحكومة الليبية إلى تونس مساء أمس.")


def test_admitting_an_act_is_no_recognition(nlp):
    got = coded(nlp, "وأوضحت وزارة الداخلية البحرينية أن المتهمين اعترفا بالتنسيق مع الحرس الثوري "
                     "الإيراني.")
    assert not [e for e in got if e[0] == "054"], got


def test_an_adjective_of_the_next_noun_is_not_evaluated(nlp):
    text = ("وقال وزير الداخلية البحريني «إن من يتخلف عن هذا الموقف قبل بأعمال العنف والإرهاب "
            "وبالتدخلات الإيرانية في شؤون البحرين».")
    got = coded(nlp, text)
    assert not [e for e in got if e[1] == "ACCUSE"], got
    got = coded(nlp, "وقال وزير الداخلية البحريني «إن الإرهاب الإيراني يهدد أمن البحرين».")
    assert ("112", "ACCUSE", "asserted", "BHRGOV", "IRN") in got, got


def test_no_verb_follows_under(nlp):
    got = coded(nlp, "وباتت المديرية تحت سيطرت المقاومة الشعبية اليمنية.")
    assert not [e for e in got if e[0] == "192"], got
    got = coded(nlp, "وسيطرت المقاومة الشعبية اليمنية على المديرية.")
    assert ("192", "COERCE", "asserted", "YEMREB", None) in got, got


def test_taking_the_front_pages_occupies_nothing(nlp):
    got = coded(nlp, "واحتلت زيارة الرئيس الأمريكي الصفحات الأولى للصحف الكينية.")
    assert not [e for e in got if e[0] == "192"], got


def test_helping_to_is_no_aid(nlp):
    got = coded(nlp, "وأكدت الحكومة الهندية أن مشاركتها في «تيسا» ستساعد على دفع المفاوضات إلى "
                     "الأمام.")
    assert not [e for e in got if e[1] == "AID"], got
    assert ("070", "AID", "asserted", "SAU", "YEM") in coded(nlp, "وساعدت السعودية اليمن بمليار دولار.")


@pytest.mark.parametrize("text,dyad", [
    ("وتقدمت القوات العراقية بدعم من طيران التحالف الدولي نحو الرمادي.", ("USAMIL", "IRQMIL")),
    ("واستعادت قوات الجيش العراقي بدعم من العشائر السنية بعض الأراضي.", ("CVL", "IRQMIL")),
])
def test_backed_by_names_the_backer_after_min(nlp, text, dyad):
    got = [e for e in coded(nlp, text) if e[1] == "SUPPORT"]
    assert got == [("051", "SUPPORT", "asserted") + dyad], got


def test_a_frame_of_consultation_is_no_event(nlp):
    got = coded(nlp, "والتقى الوزير المصري نظيره الكويتي، وذلك في إطار التشاور المستمر والتنسيق "
                     "الدائم بين البلدين.")
    assert not [e for e in got if e[1] == "COOPERATE"], got
    assert ("040", "CONSULT", "asserted", "EGYGOV", "KWTGOV") in got, got


@pytest.mark.parametrize("text,dyad", [
    ("وتعهد الرئيس المصري بتشديد الحملة الأمنية على جماعة الإخوان المسلمين.", ("EGYGOV", "EGYOPP")),
    ("وتعهد الرئيس النيجيري بسحق حركة بوكو حرام.", ("NGAGOV", "NGAREB")),
])
def test_a_pledge_of_force_is_a_threat(nlp, text, dyad):
    got = coded(nlp, text)
    assert ("130", "THREATEN", "asserted") + dyad in got, got
    assert not [e for e in got if e[1] == "AGREE"], got
    # a pledge of aid stays one, and ending a practice is no force
    got = coded(nlp, "وتعهدت السعودية بتقديم مليار دولار لليمن.")
    assert ("033", "AGREE", "asserted", "SAU", "YEM") in got, got
    got = coded(nlp, "وأعلنت الحكومة البريطانية خلال القمة التزامها بالقضاء على هذه الممارسة في "
                     "السودان.")
    assert not [e for e in got if e[1] == "THREATEN"], got


@pytest.mark.parametrize("text", [
    "ولم ترد أنباء عن إصابات في القدس القديمة التي تحتلها إسرائيل.",
    "وأعلن حاكم الولاية أن مسلحي بوكو حرام ما زالوا يحتلون مناطق واسعة في شمال شرق نيجيريا.",
])
def test_an_occupation_told_in_the_present_is_a_state(nlp, text):
    got = coded(nlp, text)
    assert not [e for e in got if e[0] == "192"], got
    got = coded(nlp, "واحتلت القوات الإسرائيلية القرية الفلسطينية أمس.")
    assert ("192", "COERCE", "asserted", "ISRMIL", "PSE") in got, got


@pytest.mark.parametrize("text", [
    "وأعلنت الجمعية العمومية للنادي الأهلي تعيين مساعد الوزير المصري رئيسا لمجلس النادي بنظام "
    "التزكية، خلفا للرئيس المستقيل.",
    "وفاز رئيس الحزب الديمقراطي المصري بالتزكية برئاسة الحزب.",
])
def test_elected_unopposed_is_no_praise(nlp, text):
    got = coded(nlp, text)
    assert not [e for e in got if e[1] == "SUPPORT"], got
