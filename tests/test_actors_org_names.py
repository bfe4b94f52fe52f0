"""Organisation names, ninth session second round, on texts of our own: a university named by a
definite word after جامعة, and الجزيرة read as the island or the peninsula where the words
around it say so (شبه الجزيرة، شمال الجزيرة، في الجزيرة in an article about an island), but as
the channel or the club elsewhere."""

from __future__ import annotations

import pytest
from _pipelines import actors_nlp as nlp  # noqa: F401 (a fixture)
from _pipelines import entity_names


def orgs(nlp, text):
    return entity_names(nlp, text, "ORG")


@pytest.mark.parametrize("text, name", [
    ("تخرج الباحث من جامعة المنصورية قبل عشر سنوات.", "جامعة المنصورية"),
    ("وقعت جامعة البيضاوية اتفاقا مع وزارة التعليم.", "جامعة البيضاوية"),
])
def test_university_named_by_a_definite_word(nlp, text, name):
    assert name in orgs(nlp, text)


@pytest.mark.parametrize("text", [
    "عاش الرعاة في شمال الجزيرة قرونا طويلة.",
    "انتشرت القبائل في أنحاء شبه الجزيرة قبل الإسلام.",
    "تقع المدينة في شرق الجزيرة قرب البحر.",
    "وصل ألف سائح إلى جزيرة صغيرة. ويقيم السياح في الجزيرة أسبوعا.",
    "تقع القرية في الجزيرة الشمالية من الأرخبيل.",
])
def test_jazeera_the_island_is_no_channel(nlp, text):
    assert not any("الجزيرة" in name for name in orgs(nlp, text))


@pytest.mark.parametrize("text", [
    "وذكرت الجزيرة أن القصف استمر حتى الفجر.",
    "وقال الوزير في مقابلة مع الجزيرة إن الحوار مستمر.",
    "وخسر الفريق مباراة الجزيرة الأخيرة بهدفين.",
])
def test_jazeera_the_channel_or_club_is_kept(nlp, text):
    assert "الجزيرة" in orgs(nlp, text)


def test_jazeera_the_newspaper_with_its_praise_is_kept(nlp):
    text = "تابعنا الاحتفالات عبر جريدتنا الجزيرة الموقرة كل يوم. وزرنا جزيرة صغيرة قرب الساحل."
    assert "الجزيرة" in orgs(nlp, text)


# Tenth session: a university's adjectives and a school or institute named by a common noun.

@pytest.mark.parametrize("text, name", [
    ("افتتح مدير جامعة الحدود الشمالية المبنى الجديد.", "جامعة الحدود الشمالية"),
    ("يدرس ابنه في جامعة الواحات التطبيقية منذ عامين.", "جامعة الواحات التطبيقية"),
    ("تخرج الطبيب في كلية الطب بجامعة الملك سعود.", "كلية الطب"),
    ("حصل على الماجستير من كلية الآداب والعلوم الإنسانية بالمدينة.",
     "كلية الآداب والعلوم الإنسانية"),
    ("وقال معهد الدراسات المتقدمة إن البحث اكتمل.", "معهد الدراسات المتقدمة"),
    # second round: a field joined last, a plural nisba
    ("وقال عميد كلية الاقتصاد والإدارة إن الامتحانات تبدأ غدا.", "كلية الاقتصاد والإدارة"),
    ("وتخرج في كلية الهندسة والتكنولوجيا قبل عامين.", "كلية الهندسة والتكنولوجيا"),
    ("وأصدر معهد المحاسبين القانونيين تقريره السنوي.", "معهد المحاسبين القانونيين"),
])
def test_school_or_institute_named_by_a_common_noun(nlp, text, name):
    assert name in orgs(nlp, text)


def test_participle_after_an_academy_is_not_its_name(nlp):
    names = orgs(nlp, "وكان اللاعب من أكاديمية الناشئين التابعة للنادي، ثم التحق بكلية الهندسة.")
    assert "أكاديمية الناشئين" in names and "كلية الهندسة" in names



# Tenth session, second round: a coordinated place is no field of the school.
def test_a_place_joined_after_a_school_is_not_its_name(nlp):
    # كلية الطب والمستشفى: the hospital is another place, not a field the school teaches
    names = orgs(nlp, "وزار الوزير كلية الطب والمستشفى أمس، ثم معهد المهندسين المعماريين.")
    assert "كلية الطب" in names and "معهد المهندسين المعماريين" in names



# eleventh session, second round: a country before its own masculine nisba is its club
def clubs(nlp, text):
    doc = nlp(text, published="2015-07-23")
    return [e.text for e in doc.entities if e.type == "ORG" and e.actor_id.startswith("club:")]


@pytest.mark.parametrize("text, name", [
    ("تعادل قطر القطري مع ضيفه بهدف لكل منهما.", "قطر القطري"),
    ("وخسر الكويت الكويتي أمام منافسه مساء أمس.", "الكويت الكويتي"),
    ("ولم يتمكن لاعبو قطر القطري من التسجيل.", "قطر القطري"),
])
def test_country_before_its_own_masculine_nisba_is_a_club(nlp, text, name):
    assert clubs(nlp, text) == [name]


@pytest.mark.parametrize("text", [
    "وقال مسؤول إن قطر ترحب بالوفد القطري.",
    "ورحبت قطر بالقرار القطري الأمريكي المشترك.",
    "زار الوزير السعودي قطر الأسبوع الماضي.",
])
def test_country_without_its_own_nisba_stays_a_place(nlp, text):
    doc = nlp(text, published="2015-07-23")
    assert not clubs(nlp, text)
    assert [e.type for e in doc.entities if e.text == "قطر"] == ["GPE"]


# an unknown name before a masculine nationality in sports news is a club
@pytest.mark.parametrize("text, name", [
    ("تعادل الهلال مع فولتيرنو الإيطالي في مباراة ودية أمس.", "فولتيرنو الإيطالي"),
    ("وفاز الفريق في المباراة على نظيره كارسيبا سبور التركي في الجولة الأولى.",
     "كارسيبا سبور التركي"),
])
def test_unknown_name_before_masculine_nisba_in_sports_news_is_a_club(nlp, text, name):
    assert clubs(nlp, text) == [name]


@pytest.mark.parametrize("text", [
    "وفي المباراة اكتفى الصربي بالتدريبات في الصالة.",
    "وتحدث المدرب عن مبلغ انتقال البرازيلي إلى الدوري.",
    "وتأهل الفريق إلى الدور الثاني، واستقر المصري على لاعبيه.",
    "وقال فولتيرنو الإيطالي إن الحكومة ستدرس القرار.",
])
def test_no_club_before_nisba_outside_sports_or_after_a_verb(nlp, text):
    assert not clubs(nlp, text)
