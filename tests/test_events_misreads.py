"""Misreads of the events stage: words of violence or protest that report none (dawn, idioms,
gatherings of cars or police, statistics, tolls accumulated since a past point, backgrounds after
بعد أن, words in guillemets), words that blocked reports as sport (بهدف، الدورية), and acts of
protest that are reports (tents, قام … بـ + act, hunger strikes, self-immolation).

Every sentence is written for these tests (none is taken from a corpus). Actors are tagged by hand
(`_events_harness.tag_actors`) so that the events stage is tested alone; events with no known
source are kept, as detection scoring keeps them.
"""

from __future__ import annotations

import pytest

from _events_harness import base, tag_actors  # noqa: F401 (fixture)

from marsad.document import Document
from marsad.stages.events import EventStage

ACTORS = {
    "الشرطة": ("COP", "ORG", "police", None),
    "قوات الأمن": ("COP", "ORG", "security forces", None),
    "الجيش": ("MIL", "ORG", "army", None),
    "المتظاهرون": ("CVL", "ORG", "protesters", None),
    "المتظاهرين": ("CVL", "ORG", "protesters", None),
    "المحتجون": ("CVL", "ORG", "protesters", None),
    "المعتصمون": ("CVL", "ORG", "protesters", None),
    "الوزير": ("GOV", "PERSON", "minister", None),
    "الوزارة": ("GOV", "ORG", "ministry", None),
    "بيروت": (None, "GPE", "Beirut", "LBN"),
}


@pytest.fixture(scope="module")
def stage(base):
    return EventStage(base.resources, keep_unknown_source=True)


def code(base, stage, text, published="2017-11-02"):
    doc = tag_actors(base(Document(text, published=published)), ACTORS)
    stage(doc)
    return doc


def of_type(doc, plover):
    return [e for e in doc.events if e.plover == plover]


def factual(doc, plover):
    return [e for e in of_type(doc, plover) if e.modality in ("asserted", "reported")]


def bombings(doc):
    return [e for e in doc.events if e.cameo.startswith("183")]


# --- 1. فجر / فجراً "dawn" after a word of time ------------------------------------------------
@pytest.mark.parametrize("text", [
    "داهمت القوات المنزل عند الخامسة فجرا واعتقلت صاحبه.",  # an hour, then a new clause
    "اعتقلت الشرطة ثلاثة شبان في الساعة الرابعة فجراً وأفرجت عنهم لاحقاً.",
    "استيقظ السكان مع مطلع فجر أول أيام العيد على أصوات الرصاص.",
    "يحاصر الجيش القرية منذ فجر السابع من الشهر.",
    "وصلت القافلة إلى المدينة عند فجر ثاني أيام الهدنة.",
    "بقي الأهالي في الشوارع حتى فجر آخر أيام الأسبوع.",
    "عاد الصيادون إلى الميناء قبيل فجر أول أمس.",
])
def test_dawn_after_a_word_of_time_is_no_bombing(base, stage, text):
    assert not bombings(code(base, stage, text)), text


@pytest.mark.parametrize("text", [
    "فجر انتحاري نفسه أمس في سوق المدينة.",
    "فجر المسلحون الجسر عند مدخل البلدة أمس.",  # عند after the verb, not before it
])
def test_the_verb_blew_up_is_still_a_bombing(base, stage, text):
    assert bombings(code(base, stage, text)), text


# --- 2. idioms that are no violence -----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "يعد هذا القرار ضربا من الجنون.",  # a kind of madness
    "وصف الوزير الاتفاق بأنه ضرب من الخيال.",  # a kind of fiction
    "ضرب الوزير نفس المصدر مثالا على نجاح الخطة.",  # gave an example, words between
    "ضرب الوزير للصحفيين أمس مثلا بالتجربة الماليزية.",
    "وضرب المتحدث أمثلة على نجاح التجربة في الأقاليم.",  # gave examples (plural)
    "تحدث اللاجئون عن ما أصابهم في رحلتهم الطويلة.",  # what befell them
    "روى الناجون ما أصاب القرية خلال الحرب.",
    "تحدث الأهالي عما أصاب مزارعهم من جفاف.",
])
def test_idioms_are_no_assault(base, stage, text):
    assert not factual(code(base, stage, text), "ASSAULT"), text


@pytest.mark.parametrize("text", [
    "عاد التنظيم وضرب من جديد في بيروت أمس.",  # struck again
    "أصاب قناص ثلاثة جنود أمس قرب الحاجز.",
    "ضرب الحراس السجين أمس حتى فقد الوعي.",
])
def test_the_same_verbs_still_report_violence(base, stage, text):
    assert factual(code(base, stage, text), "ASSAULT"), text


# --- 3. تجمّع that is no protest ----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "تجمعت عشرات الحافلات عند المعبر أمس.",  # vehicles
    "تجمعت الشاحنات على الطريق الدولي منذ الصباح.",
    "تجمعت الشرطة قرب مقر الحزب صباح أمس.",  # the police
    "تجمعت قوات الأمن عند مدخل الجامعة أمس.",
    "أقام السفير مأدبة عشاء تجمعه برجال الأعمال.",  # brings him together with
    "استطاعت الحركة أن تجمع أكثر من خمسين متظاهراً أمام البلدية.",  # collect (a direct object)
    "شارك ممثلون عن تجمع الساحل في المؤتمر أمس.",  # an association's name
    "انضم النائب إلى تجمع الأحزاب الوطنية أمس.",
    "ناقش الوزيران أمس الدعوة لإنشاء تجمع الساحل.",  # after a verbal noun: the noun
    "فاز مرشح التجمع الوطني في الانتخابات أمس.",
])
def test_gatherings_that_are_no_protest(base, stage, text):
    assert not factual(code(base, stage, text), "PROTEST"), text


@pytest.mark.parametrize("text", [
    "تجمع المتظاهرون أمام السفارة أمس.",
    "تجمعت مئات النساء أمام المحكمة أمس.",
    "وتجمع آلاف الطلاب في الساحة أمس.",
    "أغلقت الشرطة الشارع بينما تجمع العشرات في الساحة أمس.",  # بينما is no preposition
])
def test_people_gathering_is_a_protest(base, stage, text):
    assert factual(code(base, stage, text), "PROTEST"), text


def test_gathered_after_baad_an_is_the_past_of_tajammaa(base, stage):
    # after بعد أن the past تجمّع (gathered), not the present of جمع: a protest, told as the
    # background of what followed
    doc = code(base, stage, "بعد أن تجمع المتظاهرون أمام البرلمان أمس ألقى النائب كلمة.")
    assert {e.modality for e in of_type(doc, "PROTEST")} == {"historical"}


# --- 4. a pronoun on an intransitive protest verb: the noun -------------------------------------
@pytest.mark.parametrize("text", [
    "كتب الطلاب على صفحتهم أن تظاهرتنا ستبقى سلمية.",  # our demonstration
    "وصف الطلاب تظاهرتهم بأنها سلمية.",  # their demonstration
])
def test_a_protest_verb_with_a_pronoun_is_the_noun(base, stage, text):
    doc = code(base, stage, text)
    # read as a verb, تظاهرت + نا would be "she demonstrated (us)": a report. As the noun with
    # no sign of a happening it is a reference
    assert not factual(doc, "PROTEST"), [(e.trigger, e.modality) for e in doc.events]


def test_the_noun_read_from_a_protest_verb_keeps_the_noun_rules(base):
    # with no signs required, the noun تظاهرتنا is still coded (a protest, not dropped outright)
    lenient = EventStage(base.resources, keep_unknown_source=True, noun_min_signs=0)
    doc = code(base, lenient, "نظمنا تظاهرتنا أمس أمام الوزارة في بيروت.")
    assert of_type(doc, "PROTEST")


# --- 5. counted categories and accumulated tolls ----------------------------------------------
@pytest.mark.parametrize("text", [
    "أكد الجيش أن عدد الهجمات تراجع بشكل كبير.",  # the number of attacks
    "قال تقرير أمس إن عدد الهجمات على الدوريات بلغ خمسين هجوما في الشهر.",
    "أعلن الجيش أمس أن الهجمات بالقذائف على قواعده بلغت أدنى مستوياتها منذ عامين.",
    "ذكر التقرير أن الاغتيالات تراجعت في العاصمة خلال ثلاثة أشهر.",  # a verb of trend after
    "تراجعت الاعتداءات على الصحفيين إلى عشرة اعتداءات في العام.",  # a verb of trend before
    "قال الجيش إن الخطة نجحت في تقليص عدد الهجمات الانتحارية بنسبة ثلاثين في المائة.",
])
def test_counted_categories_of_violence_are_habitual(base, stage, text):
    # a count or a trend of a kind of violence is a statistic: coded, as habitual
    assaults = of_type(code(base, stage, text), "ASSAULT")
    assert assaults and {e.modality for e in assaults} == {"habitual"}, \
        [(e.trigger, e.modality) for e in assaults]


@pytest.mark.parametrize("text", [
    "قتل ثلاثة آلاف جندي منذ الاجتياح.",
    "قتل أكثر من ألفي شرطي في البلاد منذ 2011.",
    "خطف مئات الأجانب في البلاد منذ بداية الحرب.",
])
def test_a_toll_accumulated_since_a_past_point_is_habitual(base, stage, text):
    doc = code(base, stage, text)
    assaults = of_type(doc, "ASSAULT")
    assert assaults and not factual(doc, "ASSAULT"), [(e.trigger, e.modality) for e in assaults]
    assert "habitual" in {e.modality for e in assaults}


@pytest.mark.parametrize("text", [
    "شن المسلحون ثلاث هجمات على القوافل أمس.",  # counted and dated: three reports
    "قتل جنديان قرب الحدود منذ ساعات.",  # hours ago: a report
    "ارتفع عدد قتلى الهجوم الذي وقع أمس في بيروت إلى عشرين.",  # the toll of one attack
    "قتل ثلاثة جنود في أعنف هجوم منذ بداية العام.",  # the worst since: one event
])
def test_counted_reports_stay_reports(base, stage, text):
    assert factual(code(base, stage, text), "ASSAULT"), text


# --- 6. acts of protest ------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "أضرم متظاهرون النار في إطارات أمام مبنى البلدية.",
    "ردد محتجون هتافات ضد الحكومة أمام البرلمان.",
    "نصب المعتصمون خيامهم في الساحة الرئيسية.",  # a sit-in, not a detail of one
    # قام … بـ + act: the light verb and its act (the doer may stand far from the act)
    "وقام المعتصمون بنصب خيامهم قرب البرلمان أمس.",
    "وقام العمال المفصولون من مصنع الإسمنت في الضاحية الجنوبية بنصب خيامهم قرب البلدية.",
    "قام سائقو الشاحنات بإقفال الطريق الدولي احتجاجا على رفع الرسوم.",
    # its verbal noun قيام with the crowd that did it
    "انتقدت البلدية قيام عشرات المتظاهرين بالتجمع أمام مبناها أمس.",
    # its لـ with the doer named is no purpose: the condemnation of an act done
    "عبرت النقابة عن رفضها لقيام عشرات الطلاب أمس بالاعتصام داخل الكلية.",
])
def test_acts_of_protesters_are_protests(base, stage, text):
    doc = code(base, stage, text)
    assert factual(doc, "PROTEST"), [(e.trigger, e.cameo, e.modality) for e in doc.events]


@pytest.mark.parametrize("text", [
    # THE protesters (definite) chanting or burning tyres: a detail of a protest told before;
    # coding these as protests added 23 false alarms for 1 hit on the OEDA development split
    "وأضرم المتظاهرون النار في إطارات أمام مبنى البلدية.",
    "وردد المحتجون هتافات ضد الحكومة.",
    "وقام المتظاهرون برشق الشرطة بالحجارة.",  # the act of the light verb is the detail
])
def test_acts_of_the_protesters_told_before_are_details(base, stage, text):
    doc = code(base, stage, text)
    assert not factual(doc, "PROTEST"), [(e.trigger, e.cameo) for e in doc.events]


def test_the_act_of_the_light_verb_must_carry_its_ba(base, stage):
    # the protest word is not قام's object: police dispersing a march did not protest
    doc = code(base, stage, "قامت الشرطة بتفريق مسيرة الطلاب في بيروت أمس.")
    assert not [e for e in doc.events if e.trigger.startswith("قامت")], \
        [(e.trigger, e.cameo) for e in doc.events]


def test_an_act_after_baad_an_is_background(base, stage):
    doc = code(base, stage, "عقد المجلس جلسة طارئة بعد أن قام شبان غاضبون بإحراق إطارات أمام البلدية أمس.")
    riots = [e for e in doc.events if e.plover == "PROTEST"]
    assert riots and not factual(doc, "PROTEST"), [(e.trigger, e.modality) for e in riots]
    doc = code(base, stage, "قام مشاغبون بإحراق إطارات أمام البلدية أمس.")
    assert factual(doc, "PROTEST")
    # بعدما (after) is بعد أن in one word
    doc = code(base, stage, "فرقت الشرطة الحشد بالغاز بعدما رشق متظاهرون سيارات الشرطة بالحجارة.")
    riots = of_type(doc, "PROTEST")
    assert riots and not factual(doc, "PROTEST"), [(e.trigger, e.modality) for e in riots]


def test_a_detail_of_a_protest_told_before_is_no_second_protest(base, stage):
    doc = code(base, stage, "تظاهر آلاف الطلاب أمس أمام الوزارة في بيروت. "
                            "وردد المتظاهرون هتافات ضد الوزير.")
    assert len(factual(doc, "PROTEST")) == 1, [(e.trigger, e.cameo) for e in doc.events]


def test_self_immolation_in_protest_is_a_protest(base, stage):
    doc = code(base, stage, "أحرق شاب نفسه احتجاجاً على البطالة أمام مقر المحافظة أمس.")
    found = factual(doc, "PROTEST")
    assert found and {e.cameo for e in found} == {"140"}, [(e.trigger, e.cameo) for e in found]


@pytest.mark.parametrize("text", [
    "بدأ عشرات المعتقلين إضراباً عن الطعام في السجن المركزي.",
    "أضرب المعتقلون عن الطعام احتجاجا على سوء المعاملة.",
    "تشارك النقابات في الإضراب عن الطعام منذ أسبوع.",  # not a strike (143): a hunger strike
])
def test_hunger_strikes_are_coded_142(base, stage, text):
    doc = code(base, stage, text)
    codes = {e.cameo for e in of_type(doc, "PROTEST")}
    assert "142" in codes and "143" not in codes, text


@pytest.mark.parametrize("text", [
    "تشارك النقابات في الإضراب عن الطعام منذ أسبوع.",  # a hunger strike going on
    "يواصل الصحفي إضرابه عن الطعام في زنزانته.",  # continued
    "يعتصم العمال أمام الوزارة منذ ثلاثة أيام.",  # held since a span of time
])
def test_a_protest_that_lasts_is_told_in_the_present(base, stage, text):
    doc = code(base, stage, text)
    assert factual(doc, "PROTEST"), [(e.trigger, e.cameo, e.modality) for e in doc.events]


def test_a_present_protest_without_duration_is_still_habitual(base, stage):
    doc = code(base, stage, "يتظاهر الطلاب أمام الوزارة كل عام.")
    assert of_type(doc, "PROTEST") and not factual(doc, "PROTEST")


@pytest.mark.parametrize("text,word", [
    # clashes that escalated: one event growing, not a count of clashes
    ("أسفرت الاشتباكات التي تصاعدت طوال الليل عن سقوط أربعة قتلى.", "الاشتباكات"),
    # the first blast since: one event
    ("وقع أمس في بيروت أول انفجار منذ توقيع الاتفاق.", "انفجار"),
])
def test_one_event_is_no_count_or_total(base, stage, text, word):
    found = [e for e in code(base, stage, text).events if word in e.trigger]
    assert found and "habitual" not in {e.modality for e in found}, \
        [(e.trigger, e.modality) for e in found]


def test_existing_is_no_light_verb(base, stage):
    # القائم "the existing" is the participle of قام, not "did": no act of its phrase
    doc = code(base, stage, "يحافظ المشروع على القائم من المباني ويضيف أجنحة تجمع بين القديم "
                            "والحديث.")
    assert not of_type(doc, "PROTEST"), [(e.trigger, e.cameo) for e in doc.events]


def test_the_event_a_total_starts_from_is_background(base, stage):
    # منذ بداية الهجوم: the attack is the point of time of what follows, no total
    doc = code(base, stage, "ومنذ بداية الهجوم أغلقت الشرطة مداخل المطار في بيروت.")
    found = [e for e in doc.events if "الهجوم" in e.trigger]
    assert found and {e.modality for e in found} == {"historical"}, \
        [(e.trigger, e.modality) for e in found]


def test_the_light_verb_with_the_article_is_a_purpose(base, stage):
    # للقيام بالتجمع: "in order to gather", the doer is the subject of the main clause
    doc = code(base, stage, "دعا الحزب أنصاره للقيام بالتجمع أمام البرلمان أمس.")
    protests = of_type(doc, "PROTEST")
    assert protests and not factual(doc, "PROTEST"), [(e.trigger, e.modality) for e in protests]


@pytest.mark.parametrize("text", [
    "لكن الحارس «خطف» الكرة من يد اللاعب أمس.",  # a word set apart in guillemets
    "قال النائب إن الحكومة «قتلت» المشروع أمس في البرلمان.",
])
def test_a_word_of_violence_set_alone_in_guillemets_is_no_report(base, stage, text):
    doc = code(base, stage, text)
    assert not factual(doc, "ASSAULT"), [(e.trigger, e.modality) for e in doc.events]


@pytest.mark.parametrize("text", [
    "قال الضابط إن «مسلحين خطفوا ثلاثة جنود» أمس قرب الحدود.",  # a quoted phrase
    "أسفر الهجوم أمس عن «استشهاد» 15 مصلياً في بيروت.",  # a term for the dead, set apart
])
def test_quoted_phrases_and_quoted_terms_still_report(base, stage, text):
    assert factual(code(base, stage, text), "ASSAULT"), text


@pytest.mark.parametrize("text", [
    "قصفت الطائرات أمس تجمعا للمسلحين قرب الحدود.",  # a concentration of fighters
    "استهدفت المدفعية تجمعات الميليشيات شرق المدينة أمس.",
    "انضمت ثلاث دول أمس إلى تجمع «نادي المانحين».",  # a name in guillemets
    "ويضم تجمع «أصدقاء البحر» عشرين جمعية.",
])
def test_a_gathering_of_fighters_or_a_named_group_is_no_protest(base, stage, text):
    doc = code(base, stage, text)
    assert not of_type(doc, "PROTEST"), [(e.trigger, e.cameo) for e in doc.events]


@pytest.mark.parametrize("text,plover", [
    ("هاجم مسلحون القرية أمس بهدف السيطرة عليها.", "ASSAULT"),  # بهدف "in order to"
    ("تظاهر آلاف الطلاب أمس بهدف الضغط على الحكومة.", "PROTEST"),
    ("رشق متظاهرون الدورية بالحجارة أمس.", "PROTEST"),  # الدورية "the patrol", not الدوري
    ("وأصيب الحارس برصاصة في صدره أمس.", "ASSAULT"),  # the guard
])
def test_words_sport_shares_with_other_news_do_not_make_it_sport(base, stage, text, plover):
    assert factual(code(base, stage, text), plover), text


@pytest.mark.parametrize("text", [
    "احتج لاعبو الفريق على قرار الحكم في المباراة أمس.",  # a word of sport alone
    "سجل المهاجم هدفا في الشوط الثاني ثم تعرض الحارس للضرب من المشجعين.",
])
def test_sport_is_still_sport(base, stage, text):
    doc = code(base, stage, text)
    assert not of_type(doc, "PROTEST") and not factual(doc, "ASSAULT"), \
        [(e.trigger, e.cameo) for e in doc.events]
