"""The time and modality an event takes from another part of its sentence: a toll from the attack
it resulted from, a date from the end of a clause of the time it happened, a total over months or
years. Sentences written for these tests (docs/accuracy.md, "Borrowed time and modality, eighth
session")."""

from __future__ import annotations

from _pipelines import PUBLISHED, detect  # noqa: F401 (a fixture)


def violent(nlp, text: str) -> list:
    doc = nlp(text, published=PUBLISHED)
    return [e for e in doc.events if e.plover == "ASSAULT"]


def toll(nlp, text: str):
    """The killing or wounding told after the result verb of the sentence."""
    evs = [e for e in violent(nlp, text) if e.cameo.startswith(("1823", "182"))]
    assert evs, f"no toll coded in: {text}"
    return evs[-1]


# ---------------------------------------------------------------------------------------------
# a toll takes the time of the attack it resulted from

def test_toll_of_an_old_attack_is_history(detect):  # noqa: F811
    # the year is far from the killing: it is the blast's, and the killing is as old
    ev = toll(detect, "فجر مسلحون شاحنة مفخخة في بيروت عام 1983 أمام ثكنة للجنود الفرنسيين "
                      "قرب المطار وأدت إلى مقتل 58 جندياً.")
    assert (ev.date, ev.modality) == ("1983", "historical")


def test_toll_of_an_operation_dated_long_ago(detect):  # noqa: F811
    ev = toll(detect, "تعرضت القبة لتفجير عام 2006 على أيدي مسلحين من القاعدة، وأسفر عن "
                      "مقتل المئات من المدنيين.")
    assert (ev.date, ev.modality) == ("2006", "historical")


def test_toll_takes_the_day_of_its_attack(detect):  # noqa: F811
    ev = toll(detect, "أطلقت طائرة إسرائيلية صاروخاً في 20 يوليو على سيارة كانت تقل ناشطين "
                      "في شرق مدينة غزة، مما أدى إلى مقتل اثنين منهم.")
    assert (ev.date, ev.date_source, ev.modality) == ("2015-07-20", "expression", "asserted")


def test_toll_of_a_background_attack_is_background(detect):  # noqa: F811
    # after بعد the attack dates another event; its toll is told with it, not as today's news
    for text in ("وعقد الاجتماع بعد هجوم انتحاري على حافلة للشرطة في كابل مما أسفر عن سقوط "
                 "35 قتيلا.",
                 "وجاء القرار بعد أن فجر انتحاري سيارة مفخخة في وسط العاصمة مما أدى إلى مقتل "
                 "ثمانية أشخاص."):
        assert all(e.modality == "historical" for e in violent(detect, text)), text
    # but an attack told as how a massacre reported before it was done is that news
    ev = toll(detect, "ارتكبت الميليشيات مجزرة في المدينة بعدما أمطرت الحي بالصواريخ مما أدى "
                      "إلى مقتل 43 مدنيا.")
    assert ev.modality == "asserted"


def test_negated_result_verb_denies_the_toll_not_the_attack(detect):  # noqa: F811
    evs = violent(detect, "لم يسفر القصف الإسرائيلي على غزة أمس عن سقوط ضحايا.")
    by_trigger = {e.trigger: e.modality for e in evs}
    assert by_trigger == {"القصف": "asserted", "سقوط ضحايا": "negated"}


def test_toll_with_its_preposition_on_the_word_takes_the_day_of_its_attack(detect):  # noqa: F811
    # تسبب بـ and أدى لـ write the preposition on the toll's word; the ل of a result is no
    # purpose ("in order to kill")
    for tail in ("مما تسبب بمقتل ثلاثة منهم.", "مما أدى لمقتل ثلاثة منهم."):
        ev = toll(detect, "قصفت طائرة حربية في 12 يوليو سيارة كانت تقل مسلحين قرب الحدود، "
                          + tail)
        assert (ev.date, ev.date_source, ev.modality) == ("2015-07-12", "expression",
                                                          "asserted"), tail


def test_awda_bi_hayat_is_the_toll_of_its_attack(detect):  # noqa: F811
    # أودى بحياة: the toll is حياة's genitive; it is a killing, the result of the raid
    ev = toll(detect, "شنت طائرات حربية غارة على معسكر للمسلحين في 12 يوليو، مما أودى بحياة "
                      "عشرة منهم.")
    assert (ev.cameo, ev.date, ev.modality) == ("1823", "2015-07-12", "asserted")


def test_toll_left_by_an_attack_takes_its_day(detect):  # noqa: F811
    # خلّف takes the toll as its direct object
    ev = toll(detect, "هاجم مسلحون حافلة للجنود في 12 يوليو قرب الحدود الشرقية للبلاد، وخلف "
                      "الهجوم الذي تبناه التنظيم عشرة قتلى.")
    assert (ev.date, ev.date_source) == ("2015-07-12", "expression")
    # but خلف "behind" is no result verb
    evs = violent(detect, "اتهم الوزير التنظيم بالوقوف خلف الهجوم على الحافلة في 12 يوليو.")
    assert all(e.date == "2015-07-12" for e in evs)


def test_toll_counted_so_far_is_a_total(detect):  # noqa: F811
    for text in ("وهي الحرب التي أسفرت عن مقتل 200 ألف شخص حتى الآن.",
                 "وهي الهجمات التي أسفرت عن سقوط عشرات القتلى في صفوف المدنيين حتى اللحظة."):
        assert toll(detect, text).modality == "habitual", text
    # the "so far" of a negated clause after it is not the toll's
    ev = toll(detect, "قتل عشرة أشخاص في انفجار سيارة مفخخة ولم تتبن أي جهة الهجوم حتى الآن.")
    assert ev.modality == "asserted"


def test_toll_describing_a_noun_that_is_no_event_is_background(detect):  # noqa: F811
    # a relative result clause of a noun not coded as an event describes it, as others do
    for text in ("وهي الحرب التي أسفرت عن مقتل أكثر من مئتي ألف شخص.",
                 "وغرقت سفينة المهاجرين التي تسببت في مقتل نحو 800 شخص."):
        assert toll(detect, text).modality == "historical", text
    # but الأمر الذي أدى إلى is "which led to": the result of what was just told
    ev = toll(detect, "أطلقت طائرة حربية صاروخاً على سيارة تقل مسلحين من «كتائب الأقصى»، "
                      "الأمر الذي أدى إلى مقتل ثلاثة منهم.")
    assert ev.modality in ("asserted", "reported")


def test_coordinated_tolls_share_the_date_the_second_finds(detect):  # noqa: F811
    evs = violent(detect, "قتل خمسة جنود من حرس الحدود وجرح عشرة آخرون في 12 يوليو.")
    assert [(e.cameo, e.date) for e in evs] == [("1823", "2015-07-12"), ("182", "2015-07-12")]


# ---------------------------------------------------------------------------------------------
# a date at the end of a clause of the time the event happened

def test_date_after_a_clause_of_time(nlp):
    ev = violent(nlp, "هاجم تنظيم القاعدة المدمرة الأمريكية أثناء توقفها للتزود بالوقود في "
                      "ميناء عدن اليمني في أكتوبر من عام 2000.")[0]
    assert (ev.date, ev.modality) == ("2000-10", "historical")


def test_date_after_a_comma_and_a_clause_of_time(detect):  # noqa: F811
    evs = violent(detect, "قتل جنديان تركيان وجرح آخران، عندما فجر مسلحون لغما محلي الصنع "
                          "في 20 يوليو.")
    assert evs[0].trigger == "قتل" and evs[0].date == "2015-07-20"
    # a clause of time opened after a comma and another verb is that verb's
    evs = violent(detect, "قصف الجيش مواقع المسلحين في سوريا، وقد يعتقل قائدهم لدى عودته "
                          "في 20 يوليو.")
    assert evs[0].trigger == "قصف" and evs[0].date_source == "published"


def test_date_of_an_earlier_event_inside_the_clause_is_not_taken(detect):  # noqa: F811
    # the day ends the clause of an earlier attack (بعد هجوم …): not the killing's; a span after
    # خلال is a date of its own
    killing = violent(detect, "قتل الجنود خلال اشتباكات اندلعت بعد هجوم شنه مسلحون على "
                              "القاعدة في 20 يوليو.")[0]
    assert killing.trigger == "قتل" and killing.date_source == "published"
    # and the same clause without the earlier event dates it
    killing = violent(detect, "قتل الجنود خلال اشتباكات اندلعت مع مسلحين هاجموا القاعدة "
                              "في 20 يوليو.")[0]
    assert killing.trigger == "قتل" and killing.date == "2015-07-20"


# ---------------------------------------------------------------------------------------------
# a toll counted over months or years is a total, not one event

def test_toll_over_months_or_years_is_a_total(detect):  # noqa: F811
    for text in ("قتل 300 شخص خلال الأشهر الستة الماضية.",
                 "وفي الأشهر الستة الأخيرة أدت التفجيرات إلى قتل وجرح أربعة آلاف شخص.",
                 "قتل 300 شخص خلال ستة أشهر."):
        assert [e.modality for e in violent(detect, text)] == ["habitual"], text


def test_toll_over_days_or_a_superlative_span_is_news(detect):  # noqa: F811
    # a span of days is told as a report, a superlative's span measures one event; and the rule
    # itself (the first sentence) makes the span of months a total
    assert [e.modality for e in violent(detect, "قتل 300 شخص خلال ستة أشهر.")] == ["habitual"]
    for text in ("قتلت القوات خلال الأسبوع الماضي 47 مسلحاً.",
                 "فجر انتحاري حافلة للشرطة أمس مما أسفر عن سقوط نحو 35 قتيلا في أحد أكثر "
                 "الانفجارات دموية في كابل في الشهور الأخيرة."):
        assert all(e.modality == "asserted" for e in violent(detect, text)), text


# ---------------------------------------------------------------------------------------------
# فيما / بينما / في حين: a clause told beside another, of its own time

def test_in_hin_is_whereas_not_when(detect):  # noqa: F811
    # في حين is "whereas": the killing is told beside the strikes, as today's news
    evs = violent(detect, "قصفت الطائرات مواقع المتمردين في شمال العراق، في حين قتل مسلحون "
                          "جنديين.")
    assert [(e.trigger, e.modality) for e in evs] == [("قصفت", "asserted"), ("قتل", "asserted")]


def test_date_before_fima_is_the_other_clauses(detect):  # noqa: F811
    killing = violent(detect, "انسحب الجيش من ريف حلب قبل شهرين، فيما قتل مسلحون عشرة "
                              "مدنيين.")[-1]
    assert killing.trigger == "قتل" and killing.date_source == "published"
    # فيما "in what" names the same event: its date stays
    named = violent(detect, "شنت إسرائيل حرباً على مصر عام 1956، فيما عرف بالعدوان الثلاثي.")
    assert all(e.date == "1956" for e in named)
