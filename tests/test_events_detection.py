"""Detecting attacks and protests that happened, through the whole pipeline with the detection
configuration (names found by the actors stage, not given by hand); the sentences are written for
this file. The phenomena come from reading the OEDA development split and SaudiNewsNet articles.

- a group noun (المتظاهرون، المحتجون) is no title standing before a person's name: the crowd and
  the name are two actors, and a PP or a verb between a title and a name keeps them apart;
- a detail of a protest (banners, chants) done by THE protesters, also in the feminine plural
  (ورفعت المتظاهرات لافتات), describes a protest reported elsewhere: no protest of its own;
- the police closing roads is no protest, also when the phrase holds the police between the verb
  and its object (أغلقت شرطة مكافحة الشغب الطرق);
- a plural verb joined by و (وهتفوا) is done by the crowd named before it, not by the actor that
  stands nearer (the object of the verb before);
- على أن + a present verb is an arrangement still to come (`future`);
- an event noun that a relative clause says someone did (العمال الذين نظموا إضراباً) tells who
  they are: background (`historical`);
- an attack after بسبب / جراء / إثر is the background of what it caused (but the cause of a toll
  told before it is the same event), and a noun of the dead after an attack of the same sentence
  is that attack's toll;
- a crowd that celebrates (احتفالاً، تحتفي) within its clause is no protest; cutting supply lines
  (طرق الإمداد) and rebels closing roads are acts of war, not of protest; a hurricane that
  strikes (ضرب إعصار) is no beating;
- a cue of intention or plan before لكن / إلا أن belongs to the clause they close;
- a date put at the head of a sentence (ففي عام 2006، ثم يوم 12 مارس 1993) dates all its events;
- a toll since an event that began a period (منذ سيطرته على المدينة، منذ استيلائه) is a total;
- a killing noun counted right after it (مقتل 20 جندياً) is a toll, the report itself, as a
  counted noun of the dead (20 قتيلاً) was already;
- what a result verb leads to takes its time: ستؤدي إلى مقتل is `future`, قد يؤدي إلى
  `hypothetical`;
- what a call, a demand or a need governs (دعا إلى ضرب، ضرورة قصف، لا بد من) is `hypothetical`,
  what a plan or a preparation governs (خطة لاغتيال، تستعد لقصف) `intended`;
- a past form right after a preposition word is a noun (وفي ضربته), and who is behind an attack
  (يقف وراء الهجوم) a topic;
- an attack a span of time before (بعد يومين فقط من، بعد ساعات قليلة من) is background;
- bombs thrown are bombings, tear gas thrown force on a crowd, an aircraft shot down the act;
- the verbal noun a past verb of doing governs (قام المسلحون بتفجير، عمدوا إلى إلقاء، أقدموا
  على قتل) is the act done, by that verb's subject; so is taking part (شارك في مسيرة);
- cooperation as a topic (أوجه التعاون) is no act; a right (حق تركيا في الدفاع) is
  `hypothetical`; what a future verb governs (سيعزز التعاون) and what two sides look forward to
  (يتطلع الجانبان إلى) are to come.
"""

from __future__ import annotations

import pytest

from _pipelines import coded, detect  # noqa: F401 (fixture)
from marsad.eval.gsr import FACTUAL


def protests(nlp, text):
    return [e for e in coded(nlp, text) if e[1] == "PROTEST" and e[2] in FACTUAL]


def test_a_crowd_is_no_title_of_the_name_after_a_pp_and_a_verb(detect):
    # before: المتظاهرون … الحكومة العراقية was one mention, so the chant was the government's
    got = coded(detect, "وهتف المتظاهرون بشعارات تطالب الحكومة العراقية بالإفراج عنه.")
    assert ("0253", "REQUEST", "asserted", "CVL", "IRQGOV") in got, got
    assert not [e for e in got if e[1] == "PROTEST"], got


def test_a_crowd_is_no_title_of_a_person(detect):
    # المحتجون الرئيس السيسي: the protesters back the president; they are not him
    got = coded(detect, "وأيد المحتجون الرئيس السيسي، وهتفوا باسمه: «كلنا معك».")
    assert ("051", "SUPPORT", "asserted", "CVL", "EGYGOV") in got, got
    assert not [e for e in got if e[3] == "EGYGOV"], got


@pytest.mark.parametrize("text", [
    "ورفعت المتظاهرات لافتات تندد بالعنف.",
    "وهتفت المحتجات ضد الحكومة أمام الوزارة.",
])
def test_details_of_the_women_protesters_are_details(detect, text):
    assert not protests(detect, text)


def test_women_protesting_is_a_protest(detect):
    assert protests(detect, "تظاهرت مئات النساء أمام البرلمان أمس.")


@pytest.mark.parametrize("text", [
    "وأغلقت شرطة مكافحة الشغب الطرق المؤدية إلى الساحة.",
    "أغلقت الشرطة الطرق المؤدية إلى مقر الحزب أمس.",
])
def test_the_police_closing_roads_is_no_protest(detect, text):
    assert not [e for e in coded(detect, text) if e[1] == "PROTEST"]


def test_protesters_closing_roads_protest(detect):
    assert protests(detect, "أغلق محتجون الطريق الدولي أمس احتجاجا على انقطاع الكهرباء.")


def test_a_joined_plural_verb_is_done_by_the_crowd_before(detect):
    # before: وهتفوا was coded as a protest by France (أعلاما فرنسية, the nearer actor)
    text = "أحرق المتظاهرون أعلاما فرنسية وهتفوا ضد الحكومة."
    assert not [e for e in coded(detect, text) if e[3] == "FRA"]
    assert not protests(detect, text)


@pytest.mark.parametrize("text, cameo", [
    ("اتفق الطرفان على أن يزور الرئيس الروسي طهران.", "042"),
    ("وافقت الحكومة على أن ينظم الطلاب مسيرة.", "141"),
])
def test_an_arrangement_with_ala_an_is_to_come(detect, text, cameo):
    got = [e for e in coded(detect, text) if e[0] == cameo]
    assert got and {e[2] for e in got} == {"future"}, coded(detect, text)


def test_ala_an_before_a_past_clause_changes_nothing(detect):
    # أكد على أن + a noun: "stressed that"; the attack it reports keeps its own modality
    got = coded(detect, "قال الوزير إن مسلحين هاجموا مركزا للشرطة أمس.")
    assert [e[2] for e in got if e[1] == "ASSAULT"] == ["asserted"], got


def test_an_act_done_in_a_relative_clause_is_background(detect):
    got = [e for e in coded(detect, "حيا المتحدث العمال الذين نظموا إضرابا استمر ثلاثة أيام.")
           if e[1] == "PROTEST"]
    assert got and {e[2] for e in got} == {"historical"}, got
    assert protests(detect, "نظم العمال إضرابا استمر ثلاثة أيام.")


# --- the attack a sentence gives as a cause, and its toll --------------------------------------
def detected(nlp, text):
    doc = nlp(text, published="2015-08-01")
    return [(e.cameo, e.plover, e.modality, len(e.mentions)) for e in doc.events]


def test_an_attack_given_as_a_cause_is_background(detect):
    # بسبب / جراء / إثر + an attack noun: what the sentence tells is what the attack caused
    for text in ("هجر السياح الفندق بسبب هجوم استهدف مدخله أمس.",
                 "أغلقت المدارس أبوابها إثر تفجير استهدف حافلة للطلاب."):
        got = [e for e in detected(detect, text) if e[1] == "ASSAULT"]
        assert got and {e[2] for e in got} == {"historical"}, (text, got)


def test_the_cause_of_a_toll_is_the_same_event(detect):
    # سقط ثلاثة قتلى نتيجة غارة: the air strike is what killed them, not a background
    got = [e for e in detected(detect, "سقط ثلاثة قتلى نتيجة غارة جوية على القرية أمس.")
           if e[0] == "195"]
    assert [e[2] for e in got] == ["asserted"], got


def test_a_killing_caused_by_a_blast_is_still_news(detect):
    got = [e for e in detected(detect, "قتل ثلاثة جنود جراء انفجار عبوة ناسفة أمس.")
           if e[1] == "ASSAULT"]
    # (the blast, whose target is now the soldiers it killed, is merged into the killing as
    # one more mention of the same happening: fifteenth session)
    assert any(e[:3] == ("1823", "ASSAULT", "asserted") for e in got), got


def test_the_toll_after_an_attack_is_that_attacks(detect):
    # مخلفاً ستة قتلى: one attack with its toll, not a second killing of its own
    got = detected(detect, "هجر السياح الفندق بسبب هجوم استهدف مدخله مخلفا ستة قتلى.")
    assert [e[2] for e in got if e[1] == "ASSAULT"] == ["historical"], got



# --- crowds that celebrate, roads closed in war, storms, and clauses of contrast ----------------
@pytest.mark.parametrize("text", [
    "احتشد الآلاف في الساحة احتفالا بالعيد.",  # the word of celebration five words after
    "رفع السكان لافتات تحتفي بالمناسبة.",
    "قطعت القوات الحكومية طرق الإمداد عن المسلحين.",
    "وأغلق المتمردون الطرقات الرئيسية في المدينة.",
])
def test_crowds_and_roads_that_are_no_protest(detect, text):
    assert not [e for e in coded(detect, text) if e[1] == "PROTEST"], coded(detect, text)


def test_a_storm_that_strikes_is_no_attack(detect):
    got = coded(detect, "ضرب إعصار قوي الساحل الشرقي مما أدى إلى مقتل تسعة أشخاص.")
    assert not [e for e in got if e[0] == "182"], got


def test_a_cue_before_lakin_stays_in_its_clause(detect):
    # حاولت (tried) governs منع; the gathering after لكنهم happened
    got = coded(detect, "حاولت الشرطة منع المتظاهرين لكنهم تجمعوا أمام البرلمان.")
    assert [e[2] for e in got if e[1] == "PROTEST"] == ["asserted"], got
    assert [e[2] for e in got if e[0] == "172"] == ["intended"], got


@pytest.mark.parametrize("text", [
    "ففي عام 2006 قتل آلاف العراقيين في بغداد التي تعصف بها التفجيرات.",
    "ثم يوم 12 مارس 1993 لقي نحو 300 شخص حتفهم في سلسلة تفجيرات منسقة استهدفت مواقع مهمة.",
])
def test_a_date_at_the_head_of_the_sentence_dates_its_events(detect, text):
    got = [e for e in coded(detect, text) if e[1] == "ASSAULT"]
    assert len(got) == 2 and {e[2] for e in got} == {"historical"}, got


def test_a_date_heads_only_its_own_sentence(detect):
    got = coded(detect, "وفي عام 2006 انتخب البرلمان رئيسا جديدا. وقتل مسلحون ثلاثة جنود أمس.")
    assert [e[2] for e in got if e[1] == "ASSAULT"] == ["asserted"], got


@pytest.mark.parametrize("text", [
    "قتل أكثر من ألفي مدني على أيدي مسلحي التنظيم منذ سيطرته على المدينة قبل عام.",
    "أعدم التنظيم مئات المدنيين منذ استيلائه على المدينة.",
])
def test_a_toll_since_a_takeover_is_a_total(detect, text):
    got = [e for e in coded(detect, text) if e[1] == "ASSAULT"]
    assert got and {e[2] for e in got} == {"habitual"}, got


def test_a_killing_hours_ago_is_news(detect):
    got = coded(detect, "قتل ثلاثة جنود في هجوم منذ ساعات.")
    assert "asserted" in [e[2] for e in got if e[1] == "ASSAULT"], got


@pytest.mark.parametrize("text", [
    "أعلن الجيش مقتل 20 جنديا في اشتباكات.",  # no day, no place: the count is the report
    "مقتل أكثر من عشرين جنديا في اشتباكات مع مسلحين",  # a headline
])
def test_a_counted_killing_is_a_report(detect, text):
    assert "asserted" in [e[2] for e in coded(detect, text) if e[0] == "1823"], coded(detect, text)


def test_an_uncounted_killing_named_alone_is_a_reference(detect):
    assert not [e for e in coded(detect, "تحدث الوزير عن مقتل المعارض.")
                if e[1] == "ASSAULT" and e[2] == "asserted"]


@pytest.mark.parametrize("text, modality", [
    ("قال الوزير إن الحرب ستؤدي إلى مقتل الآلاف.", "future"),
    ("قال الخبير إن القصف قد يؤدي إلى مقتل المئات.", "hypothetical"),
    ("أدى الانفجار إلى مقتل ثلاثة جنود.", "asserted"),
])
def test_a_result_takes_the_time_of_its_verb(detect, text, modality):
    got = [e[2] for e in coded(detect, text) if e[0] == "1823"]
    assert got == [modality], coded(detect, text)


@pytest.mark.parametrize("text, source", [
    ("فتح الجنود النار على المتظاهرين أمس.", "MIL"),
    ("أطلقت دبابات روسية النار على السكان.", "RUSMIL"),
])
def test_opening_fire_is_the_act_itself(detect, text, source):
    # a light verb with a word of attack and no other sign (شن هجوماً على الحكومة) may be words;
    # firing (أطلق/فتح النار) is the act: before, it was dropped for want of a sign
    got = [e for e in coded(detect, text) if e[0] == "193"]
    assert got and got[0][2] == "asserted" and got[0][3] == source, coded(detect, text)


def test_an_attack_in_words_stays_out(detect):
    assert not [e for e in coded(detect, "شن الوزير هجوما على الحكومة.") if e[1] == "ASSAULT"]


def test_clashes_that_broke_out_are_one_occurrence(detect):
    # a plural noun of violence, uncounted, is a kind of violence (اغتيالات في المدينة), unless
    # an eventive verb right before it says it broke out
    got = coded(detect, "اندلعت اشتباكات بين الجيش اللبناني ومسلحين في طرابلس.")
    assert [e[2] for e in got if e[0] == "190"] == ["asserted"], got
    got = coded(detect, "تحدث التقرير عن اغتيالات في المدينة.")
    assert [e[2] for e in got if e[1] == "ASSAULT"] == ["habitual"], got


def assaults(nlp, text):
    return [e for e in coded(nlp, text) if e[1] == "ASSAULT"]


@pytest.mark.parametrize("text, modality", [
    # a call, a demand or a need: what is asked for is not done
    ("دعا الوزير الأمريكي إلى قصف المسلحين في المدينة.", "hypothetical"),
    ("شدد الوزير على ضرورة قصف مواقع المتمردين.", "hypothetical"),
    ("وأكد القائد وجوب ضرب العصابات المسلحة.", "hypothetical"),
    # لا بد "must" is no negation
    ("قال الوزير إنه لا بد من قصف المسلحين بقوة.", "hypothetical"),
    # a plan or a preparation: intended
    ("كشفت الشرطة عن خطة لاغتيال الوزير.", "intended"),
    ("وتستعد القوات لقصف مواقع المتمردين.", "intended"),
])
def test_what_a_call_or_a_plan_governs_is_not_done(detect, text, modality):
    got = assaults(detect, text)
    assert [e[2] for e in got] == [modality], got


@pytest.mark.parametrize("text", [
    # the governor governs another noun, which governs the attack: the killing happened
    "دعا الوزير إلى التحقيق في قتل المتظاهرين أمس.",
    # the verb, not the noun
    "ضرب الجيش مواقع المسلحين أمس.",
])
def test_a_call_does_not_reach_past_another_phrase(detect, text):
    got = assaults(detect, text)
    assert got and all(e[2] != "hypothetical" for e in got), got


def test_the_noun_after_a_call_verb_is_its_subject(nlp):
    # وتطالب الشكوى: the complaint demands; the noun right after a call verb is not called for
    doc = nlp("وتطالب الشكوى المسؤولين بنقل العاملين.", published="2015-08-01")
    assert [e.modality for e in doc.events if e.cameo.startswith("1")] == ["asserted"], doc.events


def test_a_past_form_after_a_preposition_is_a_noun(detect):
    # وفي ضربته: "in its strike" (a storm's), not "and in he hit him"; as a noun named with no
    # sign of an attack it is no report
    assert not assaults(detect, "وفي ضربته الجديدة لن يمر الإعصار بالمدن الساحلية.")
    # منذ + a past verb is a clause: since he was killed
    got = assaults(detect, "منذ قتل الرئيس والبلاد في فوضى.")
    assert [e[0] for e in got] == ["1823"], got


def test_who_is_behind_an_attack_is_a_topic(detect):
    # يقف وراء الهجوم: who is responsible for an attack told elsewhere, no report of it
    got = assaults(detect, "وقال مسؤول أمني أمس إن الحركة تقف وراء الهجوم الانتحاري الذي "
                           "استهدف مقر الشرطة في المدينة.")
    assert not [e for e in got if e[2] in FACTUAL], got


@pytest.mark.parametrize("text", [
    "وصل الرئيس إلى بغداد أمس بعد يومين فقط من الهجوم الانتحاري على مقر الشرطة.",
    "وعاد الوزير إلى عمله بعد ساعات قليلة من محاولة اغتيال فاشلة استهدفت موكبه.",
])
def test_an_attack_a_span_of_time_before_is_background(detect, text):
    # بعد يومين فقط من، بعد ساعات قليلة من: the attack dates what the sentence reports
    got = assaults(detect, text)
    assert got and all(e[2] == "historical" for e in got), got


@pytest.mark.parametrize("text, cameo, source", [
    # a bomb thrown is an attack, not a weapon named with no sign of one
    ("وألقى مسلحون قنبلة يدوية على الدورية.", "183", "UAF"),
    # (eighth session: the indefinite شبان, youths, is a group, CVL)
    ("ورمى شبان زجاجات حارقة على مركز الشرطة أمس.", "183", "CVL"),
    # tear gas or stun grenades thrown by the police are force against a crowd (175), no bombing
    ("وألقت الشرطة قنابل الغاز المسيل للدموع على المتظاهرين.", "175", "COP"),
    ("ورمت قوات الأمن قنابل صوتية على المحتجين.", "175", "COP"),
    # an aircraft shot down is the act itself, not an attack in words
    ("أعلنت وزارة الدفاع أن القوات الروسية أسقطت طائرتي تجسس فوق المدينة.", "190", "RUSMIL"),
])
def test_bombs_thrown_and_aircraft_shot_down(detect, text, cameo, source):
    got = [e for e in assaults(detect, text) if e[2] in FACTUAL]
    assert [(e[0], e[3]) for e in got] == [(cameo, source)], got


def test_a_gas_explosion_is_no_bombing(detect):
    assert not assaults(detect, "وانفجر الغاز في المطبخ.")


@pytest.mark.parametrize("text, event", [
    # a verbal noun that a finite verb of doing governs is the act done, by that verb's subject
    ("وقام المسلحون بتفجير سيارة مفخخة.", ("183", "UAF", None)),
    ("وعمد المسلحون إلى إلقاء قنبلة على الجنود.", ("183", "UAF", "MIL")),
    ("وأقدم المسلحون على قتل الرهينة الأمريكي.", ("1823", "UAF", "USACVL")),
])
def test_the_act_of_a_verb_of_doing_is_done(detect, text, event):
    got = [e for e in assaults(detect, text) if e[2] in FACTUAL]
    assert [(e[0], e[3], e[4]) for e in got] == [event], got


def test_a_verb_of_doing_in_the_present_tells_no_act(detect):
    # ويقوم المسلحون بتفجير السيارات: what they do (habitually), no report
    assert not [e for e in assaults(detect, "ويقوم المسلحون بتفجير السيارات.") if e[2] in FACTUAL]


def test_a_nuclear_test_is_no_bombing(detect):
    assert not assaults(detect, "وقال دبلوماسي إن كوريا الشمالية فجرت قنبلتها الذرية الأولى في الموقع.")


@pytest.mark.parametrize("text, event", [
    # who took part in a march or an attack tells it happened, and did it
    ("وشارك آلاف المواطنين في مسيرة حاشدة وسط العاصمة.", ("141", "PROTEST", "CVL")),
    ("وشارك الطلاب في الاعتصام أمام الوزارة.", ("141", "PROTEST", "EDU")),
    ("وشارك مسلحون في الهجوم على الثكنة.", ("190", "ASSAULT", "UAF")),
])
def test_taking_part_tells_the_act_happened(detect, text, event):
    got = [e for e in coded(detect, text) if e[2] in FACTUAL]
    assert [(e[0], e[1], e[3]) for e in got] == [event], got


@pytest.mark.parametrize("text", [
    # cooperation named as a topic or a goal is no act of cooperation
    "وبحث الوزيران أوجه التعاون بين مصر والسعودية.",
    # to come: the verbal noun a future verb governs
    "وقال الوزير إن الاتفاق سيعزز التعاون بين مصر والسعودية.",
    # defence as a right is no act of defending (`hypothetical`)
    "وشدد الملك على حق تركيا في الدفاع عن نفسها ضد داعش.",
])
def test_cooperation_and_defence_as_topics_are_no_acts(detect, text):
    assert not [e for e in coded(detect, text) if e[0] in ("060", "052") and e[2] in FACTUAL]


def test_what_two_sides_look_forward_to_is_intended(detect):
    got = [e for e in coded(detect, "ويتطلع الجانبان إلى التنسيق المستمر بين مصر والسعودية.")
           if e[0] == "060"]
    assert got and all(e[2] == "intended" for e in got), got


def test_a_peak_is_no_summit(detect):
    # قمة التوتر: the peak of tension
    assert not coded(detect, "وبلغت قمة التوتر بين البحرين وإيران ذروتها هذا الأسبوع.")
    got = coded(detect, "وعقدت قمة بين البحرين وإيران أمس.")
    assert [(e[0], e[3], e[4]) for e in got] == [("040", "BHR", "IRN")], got


@pytest.mark.parametrize("text", [
    "واحتل سهم «سابك» المركز الأول بقيم التداولات.",
    "فتحتل دول مجلس التعاون الخليجي المركز الثاني عالميا.",
])
def test_a_rank_further_in_the_clause_is_no_occupation(detect, text):
    assert not [e for e in coded(detect, text) if e[0] == "192"]


def test_an_occupation_stays(detect):
    got = coded(detect, "واحتلت القوات الإسرائيلية مواقع في جنوب لبنان.")
    assert [(e[0], e[3]) for e in got] == [("192", "ISRMIL")], got


def test_a_plural_participle_in_construct_names_the_doers(detect):
    # مطلقي الصواريخ: the rocket launchers (people), no firing; مطلقين النار is the act
    assert not assaults(detect, "وقال إن الشرطة تلاحق مطلقي الصواريخ على إسرائيل أمس.")
    got = assaults(detect, "وانتشر الجنود مطلقين النار في الهواء.")
    assert [(e[0], e[3]) for e in got] == [("193", "MIL")], got


def test_an_execution_done_is_no_trial(detect):
    # أقدم التنظيم أمس على إعدام: the execution is the news; the word إعدام alone is no court case
    got = assaults(detect, "وأقدم تنظيم داعش أمس على إعدام عشرة مدنيين في الرقة.")
    assert [(e[0], e[2], e[3]) for e in got] == [("1823", "asserted", "IMGREB")], got
    # a sentence of a ruling stays the topic of a trial
    got = assaults(detect, "وقضت المحكمة بإعدام المتهم.")
    assert got and all(e[2] == "historical" for e in got), got
