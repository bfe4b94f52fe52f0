"""Where an unknown person's name ends, tenth session, on texts of our own: a name stops before
a word that no name word has the shape of — a preposition or ف run into a verbal noun, a verb
or a governed noun (بعدم، بأداء، ليصبح، فتمكن، بحضور), a perfect of افتعل/استفعل (استطاع), and,
after a given name, a definite verbal noun of a derived form (التقدم، الإفصاح) — while the
family names of the same shapes' neighbours stay whole."""

from __future__ import annotations

import pytest
from _pipelines import actors_nlp as nlp  # noqa: F401 (a fixture)
from _pipelines import entity_names


def persons(nlp, text):
    return entity_names(nlp, text, "PERSON")


@pytest.mark.parametrize("text, name", [
    ("وتعهد كريستوفر مالوري بعدم التراجع عن قراره.", "كريستوفر مالوري"),
    ("وطالب كمال شحادة بحضور ممثلي الشركات.", "كمال شحادة"),
    ("أما خالد حداد فتمكن من العودة إلى بلاده.", "خالد حداد"),
    ("وقال إن أنطونيو ماركيز استطاع أن يقنع زملاءه.", "أنطونيو ماركيز"),
    ("ورحب باتريك دوفال بإعلان الهدنة في المدينة.", "باتريك دوفال"),
    ("وأعرب ماركو فيراتي هداف الفريق عن سعادته بالفوز.", "ماركو فيراتي"),
    ("وقال جون ماكفي مدافع الفريق إن المباراة صعبة.", "جون ماكفي"),
    # second round: a short verb or a short noun with his
    ("وقالت الصحيفة إن سعاد منصور حملت الجائزة إلى بلدتها.", "سعاد منصور"),
    ("وذكرت العائلة أن منى خليل تلد طفلها الأول الشهر المقبل.", "منى خليل"),
    ("وقالت مصادر إن عادل فاروق يشن حملة على خصومه.", "عادل فاروق"),
    ("ولقي اللاعب كريم مصرعه في حادث سير.", "كريم"),
])
def test_name_stops_before_a_word_no_name_has(nlp, text, name):
    assert persons(nlp, text) == [name]


@pytest.mark.parametrize("text", [
    "وأشاد المدرب البرتغالي بأداء لاعبيه في المباراة.",
    "وانضم المهاجم الهولندي ليصبح أغلى لاعب في الفريق.",
    "وكان الهدف ثمرة جهد جماعي، ومنح ياسر التقدم لفريقه في الدقيقة العاشرة.",
    "وبعد بحث طويل وجد خالد ضالته في مكتبة الجامعة.",
    "وطالبت الدول الجارة الحكومة بأن تثبت حسن نواياها.",
])
def test_no_name_made_of_a_preposition_or_a_verbal_noun(nlp, text):
    assert not any(w in name for name in persons(nlp, text)
                   for w in ("بأداء", "ليصبح", "التقدم", "ضالته", "نواياها"))


def test_family_names_of_verbal_noun_neighbours_are_kept(nlp):
    # التوفيق is تفعيل-shaped yet a family name; the verbal noun after the other name is not
    text = "والتقى الوزير أحمد التوفيق بالوفد، ورفض جوزيه الإفصاح عن تفاصيل اللقاء."
    names = persons(nlp, text)
    assert "أحمد التوفيق" in " ".join(names)
    assert not any("الإفصاح" in name for name in names)


# A dictionary person's surname that is also a common word (words.json surname_homographs).

@pytest.mark.parametrize("text, mentions", [
    # the adjective before the person is named is no mention of him
    ("ما زال الناس يحنون إلى الزمن الجميل. وقد زار الرئيس أمين الجميل المدينة.", 1),
    # after him: the adjective of a definite noun is none, the subject of a verb is one
    ("قال علي محسن الأحمر إن القوات تقدمت. ورفع المتظاهرون العلم الأحمر، وأكد الأحمر أن "
     "الهدنة انتهت.", 2),
    # a noun in construct before a name is none; the subject of a verb is him
    ("كتب محمد حسنين هيكل مقالا عن أسطورة هيكل سليمان، وقال هيكل إن الأسطورة قديمة.", 2),
])
def test_surname_that_is_a_common_word(nlp, text, mentions):
    assert len(persons(nlp, text)) == mentions


def test_surname_that_is_a_common_word_after_a_title_before_the_full_name(nlp):
    # second round: before the full name, after a title it is him; after a verb it may be
    # the verb's object (طلب عون: asked for help)
    text = "استقبل الرئيس عون الوفد، وطلب عون من جيرانه. وكان الرئيس اللبناني ميشال عون قد دعا " \
        "إلى الحوار."
    assert persons(nlp, text).count("عون") == 1


@pytest.mark.parametrize("text", [
    "وبحسب مصادر مقربة فإن اللاعب يريد الرحيل عن ناديه.",
    "وترى المصممة الشابة تجيد قراءة السوق جيدا.",
])
def test_no_name_opens_with_an_imperfect_verb(nlp, text):
    assert persons(nlp, text) == []


@pytest.mark.parametrize("text", [
    "وقال منتقدون إن الخطة لن تنجح.",
    "وذكر علماء أن الدواء آمن.",
])
def test_a_plural_of_persons_after_a_verb_is_no_name(nlp, text):
    assert persons(nlp, text) == []


# -- second round: short verbs and nouns with his after a name ---------------------------------
@pytest.mark.parametrize("text", [
    "وحقق هشام حلمه بالفوز بالبطولة.",
    "وقال حسن يشن الجيش هجوما على المواقع.",
])
def test_no_name_made_of_a_given_name_and_a_short_verb_or_noun(nlp, text):
    assert not any(w in name for name in persons(nlp, text) for w in ("حلمه", "يشن"))


@pytest.mark.parametrize("text, names", [
    ("وقال الباحث أحمد حكمت الله إن منى خليل تلد طفلها الشهر المقبل.",
     ["أحمد حكمت الله", "منى خليل"]),
    ("وقال محمد جمعه إن سعاد منصور حملت الجائزة.", ["محمد جمعه", "سعاد منصور"]),
    ("وأوضح عبده الحذيفي أن هشام حلمه تحقق.", ["عبده الحذيفي"]),
])
def test_names_of_those_shapes_are_kept(nlp, text, names):
    # حكمت before الله, جمعة written with ه, عبده (a given name) stay name words
    assert persons(nlp, text) == names


# eleventh session, third round: رفعت، حكمت (words.json father_names) after a given name
@pytest.mark.parametrize("text, name", [
    ("وقال المهندس محمد رفعت إن المشروع تأخر عامين.", "محمد رفعت"),
    ("وأكد الدكتور أحمد حكمت أن الخطة جاهزة للتنفيذ.", "أحمد حكمت"),
    ("وحضر اللقاء يوسف رفعت عبد الوهاب وعدد من الأعضاء.", "يوسف رفعت عبد الوهاب"),
])
def test_a_name_shaped_like_a_perfect_after_a_given_name_is_his_fathers(nlp, text, name):
    assert persons(nlp, text) == [name]


@pytest.mark.parametrize("text, name", [
    # after two given names, a woman's name may end before her verb
    ("وقالت الصحيفة إن سعاد منصور رفعت دعوى على الشركة.", "سعاد منصور"),
])
def test_a_perfect_after_two_given_names_still_ends_the_name(nlp, text, name):
    assert persons(nlp, text) == [name]


@pytest.mark.parametrize("text", [
    "رفعت الحكومة أسعار الوقود هذا الشهر.",
    # معين "a certain" is a given name too; the definite object shows the verb
    "وفي يوم معين رفعت الحكومة أسعار الوقود.",
])
def test_a_perfect_with_its_object_is_no_name(nlp, text):
    assert persons(nlp, text) == []


# eleventh session, third round: a verb's definite object after its subject's name (words.json
# object_nouns) is no family name
@pytest.mark.parametrize("text, name", [
    ("ولفت محمد عبده النظر إلى خطورة الوضع في المدينة.", "محمد عبده"),
    ("وألقى أحمد حسن الضوء على أسباب الأزمة.", "أحمد حسن"),
    ("وحصد خالد سعيد اللقب للمرة الثالثة.", "خالد سعيد"),
    ("وتسلم يوسف أحمد الجائزة في حفل أقيم أمس.", "يوسف أحمد"),
    ("واعتلى محمود خالد الصدارة بعد فوزه.", "محمود خالد"),
])
def test_a_verbs_definite_object_after_the_name_is_no_family_name(nlp, text, name):
    assert persons(nlp, text) == [name]


def test_a_family_name_after_two_given_names_stays(nlp):
    assert persons(nlp, "وقال محمد عبده الشمري إن الخطة جاهزة.") == ["محمد عبده الشمري"]
