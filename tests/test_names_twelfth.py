"""Person names, twelfth session, on texts of our own: an unknown foreign name between a verb of
speech or doing and «، + a title» (أشاد كورت موزشي، قائد شرطة المدينة، بـ…) is a person with the
title's role; a listed given name is never split by the tokenizer as a clitic + a word (سامر is
no س + امر)."""

from __future__ import annotations

import pytest
from _pipelines import actors_nlp as nlp  # noqa: F401 (a fixture)
from _pipelines import entity_names

import marsad


def persons(nlp, text):
    return entity_names(nlp, text, "PERSON")


def person_roles(nlp, text):
    """(name part, role) of each PERSON entity of `text`."""
    doc = nlp(text, published="2015-07-23")
    spans = doc.state.get("actors.names", {})
    return [(doc.text[slice(*spans[k])] if k in spans else e.text, e.role)
            for k, e in enumerate(doc.entities) if e.type == "PERSON"]


# -- a foreign name in apposition with a title ---------------------------------------------------

@pytest.mark.parametrize("text, name, role", [
    # a verb no clause-verb list had (أشاد), a police title
    ("أشاد كورت موزشي، قائد شرطة المدينة، بجهود المتطوعين.", "كورت موزشي", "COP"),
    # a title the dictionaries know only in apposition (مدير + an indefinite noun): no role
    ("وقال هاربر ويلدون، مدير المبيعات في الشركة، إن الطلب تراجع.", "هاربر ويلدون", None),
    # a name whose first letter reads as a preposition (ل) and a business title
    ("وقال لاميس كوري، المدير التنفيذي للشركة، إن الأرباح ارتفعت.", "لاميس كوري", "BUS"),
    # an imperfect of speech before a woman's name
    ("وتقول شارلين دوفال، مستشارة الحكومة، إن الخطة جاهزة.", "شارلين دوفال", "GOV"),
    # a feminine verb and a surname in ا
    ("وقالت كاترينا فالوفا، وزيرة العدل، إن القانون سيتغير.", "كاترينا فالوفا", "GOV"),
    # three words, with a particle
    ("وأشاد كليبر دي سوزا، رئيس البلدية، بالمتطوعين.", "كليبر دي سوزا", "GOV"),
])
def test_foreign_name_in_apposition_with_a_title(nlp, text, name, role):
    got = person_roles(nlp, text)
    assert (name, role) in got, got


@pytest.mark.parametrize("text, word", [
    # Arabic words between the verb and the comma: no name (مصدر مطلع has no long vowel)
    ("وقال مصدر مطلع، مدير سابق في الشركة، إن الصفقة ألغيت.", "مصدر"),
    # a noun in construct before the name is no part of it
    ("وكان قصر هنري كلارك، مدير المصنع، من أجمل القصور في المدينة.", "قصر"),
])
def test_no_arabic_word_in_an_apposed_name(nlp, text, word):
    assert not any(word in name for name in persons(nlp, text))


def test_house_of_a_named_man_keeps_only_his_name(nlp):
    text = "وكان قصر هنري كلارك، مدير المصنع، من أجمل القصور في المدينة."
    assert "هنري كلارك" in persons(nlp, text)


def test_no_verb_before_the_words_no_name(nlp):
    # a list after a preposition: the words are no subject of a verb
    text = "وحضر الحفل عدد من المسؤولين بينهم ليونيل براون، وزير الثقافة."
    assert not any("بينهم" in name for name in persons(nlp, text))


# -- a listed given name is kept whole ---------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("وقال سامر الحربي إن القرار نهائي.", "سامر الحربي"),
    ("وقال الوزير سامر الحربي إن القرار نهائي.", "سامر الحربي"),
    ("وأكد المهندس لؤي الخطيب أن المشروع اكتمل.", "لؤي الخطيب"),
    ("وقال سيلين ماتيو إن الفيلم جاهز.", "سيلين ماتيو"),
])
def test_given_name_not_split_as_clitic_and_word(nlp, text, name):
    assert name in persons(nlp, text)


@pytest.fixture(scope="module")
def tokens_nlp():
    return marsad.load(("layout", "sentences", "tokens"))


@pytest.mark.parametrize("word", ["سامر", "لؤي", "بريان", "والتر", "لبنى", "دينا"])
def test_tokenizer_keeps_a_given_name_whole(tokens_nlp, word):
    doc = tokens_nlp(f"وصل {word} أمس.")
    tok = next(t for t in doc.tokens if t.text == word)
    assert tok.segments == [] and tok.norm == marsad.text.normalize.fold(word)


@pytest.mark.parametrize("text, stem", [
    # a foreign name's أل is still split off (the actors stage reads it as the name's)
    ("وصل ألكسندر أمس.", "كسندر"),
    # the future prefix before a verb, and و before a known word, are split as before
    ("وقال إنه سيتم تأجيل الاجتماع.", "يتم"),
])
def test_other_splits_unchanged(tokens_nlp, text, stem):
    doc = tokens_nlp(text)
    assert any(t.norm == stem and t.segments for t in doc.tokens), \
        [(t.text, t.norm) for t in doc.tokens]
