"""Person names, thirteenth session, on texts of our own: the first word alone of a foreign name
met before is that person (وقال مايكل of مايكل شوماخر); a foreign given name written with the
article or a name in ة opens a name before a foreign surname (المدافع الفارو ميخيا، وقالت راحة
سليمانوف، وزيرة …); a name in a list after و starts after the و (ومدحت صالح)."""

from __future__ import annotations

import pytest
from _pipelines import actors_nlp as nlp  # noqa: F401 (a fixture)
from _pipelines import entity_names


def persons(nlp, text):
    return entity_names(nlp, text, "PERSON")


def person_entities(nlp, text):
    """(name part, actor id, actor code, role) of each PERSON entity of `text`."""
    doc = nlp(text, published="2015-07-23")
    spans = doc.state.get("actors.names", {})
    return [(doc.text[slice(*spans[k])] if k in spans else e.text, e.actor_id, e.actor_code,
             e.role) for k, e in enumerate(doc.entities) if e.type == "PERSON"]


def actor_of(entities, name):
    return [a for n, a, _c, _r in entities if n == name]


# -- the first word alone of a foreign name met before ------------------------------------------

@pytest.mark.parametrize("text, full, first", [
    # read alone as a name after a verb of speech, no given-name list knows it
    ("وصل اللاعب كريستيان بوليسيتش إلى المدينة. وقال كريستيان إنه سعيد بالانتقال.",
     "كريستيان بوليسيتش", "كريستيان"),
    # after a feminine verb, a name no rule reads alone
    ("قالت الممثلة سكارليت جوهانسون إنها سعيدة. وأضافت سكارليت أن الفيلم جيد.",
     "سكارليت جوهانسون", "سكارليت"),
    # as an object, before a comma
    ("قالت الممثلة سكارليت جوهانسون إنها سعيدة. ويحب الجمهور سكارليت ، لكنها لا تعرف ذلك.",
     "سكارليت جوهانسون", "سكارليت"),
])
def test_first_word_of_a_foreign_name_is_that_person(nlp, text, full, first):
    got = person_entities(nlp, text)
    ids = actor_of(got, full)
    assert ids and actor_of(got, first) == ids[:1], got


def test_first_word_of_a_foreign_dictionary_person(nlp):
    # a dictionary person of no Arab country: his given name alone is he
    got = person_entities(nlp, "فاز السائق مايكل شوماخر بالسباق. وقال مايكل إنه سعيد بالفوز.")
    assert [c for n, _a, c, _r in got if n == "مايكل"] == ["DEUCVL"], got


def test_arab_first_word_of_a_foreign_dictionary_person_is_no_sign_of_him(nlp):
    # محمد opens many Arab names of the dictionaries: محمد alone is not Zarif (guard)
    got = person_entities(nlp, "التقى الوزير محمد جواد ظريف نظيره. وقال محمد إنه سعيد باللقاء.")
    assert all(c != "IRNGOV" for n, _a, c, _r in got if n == "محمد"), got


def test_first_word_before_another_surname_is_someone_else(nlp):
    # سكارليت before أوهارا is another person's name, not the actress met before (guard)
    got = person_entities(nlp, "قالت الممثلة سكارليت جوهانسون إنها سعيدة. "
                               "وظهرت سكارليت أوهارا في الفيلم.")
    ids = actor_of(got, "سكارليت جوهانسون")
    assert not any(n == "سكارليت" and a in ids for n, a, _c, _r in got), got


# -- a first name with the article or in ة, before a foreign surname ---------------------------

@pytest.mark.parametrize("text, name", [
    # a person noun, a given name with the article, a foreign surname
    ("وقال المدرب الفريدو زاموديو إن الفريق جاهز للمباراة.", "الفريدو زاموديو"),
    # a surname in ا after a participle's shape (م): still the name after الفارو
    ("وتدخل المدافع الفارو ميخيا في الوقت المناسب.", "الفارو ميخيا"),
    # a listed given name written with the article
    ("وقال المدرب اليكس فيرغسون إن اللاعبين جاهزون.", "اليكس فيرغسون"),
    # a nationality as the cue
    ("وفاز الإسباني البرت بورتاس بالمباراة الأولى.", "البرت بورتاس"),
    # an honorific: not the one-word surname السيد [الفريدو]
    ("وقال السيد الفريدو زاموديو إن الفريق جاهز.", "الفريدو زاموديو"),
    # a man's name in ة of a verbal-noun shape before a given name
    ("وقال الكاتب المصري سلامة موسى إن الأدب مرآة المجتمع.", "سلامة موسى"),
])
def test_first_name_with_the_article_or_in_ta_marbuta(nlp, text, name):
    assert name in persons(nlp, text)


@pytest.mark.parametrize("text, name, role", [
    # a verb, a name in ة (راحة: a noun), a foreign surname, «، + a title»
    ("وقالت راحة سليمانوف، وزيرة الصحة، إن القرار نهائي.", "راحة سليمانوف", "GOV"),
    # the same with a given name written with the article
    ("أشاد الفريدو زاموديو، مدير الشرطة، بجهود المتطوعين.", "الفريدو زاموديو", "COP"),
])
def test_apposed_name_with_the_article_or_in_ta_marbuta(nlp, text, name, role):
    got = person_entities(nlp, text)
    assert any(n == name and r == role for n, _a, _c, r in got), got


@pytest.mark.parametrize("text, name", [
    # an epithet between the cue and the name stays out of it (guards)
    ("وقال المدرب الجديد كارلوس كيروش إن الفريق جاهز.", "كارلوس كيروش"),
    ("وقال الأستاذ الفاضل جوزيف كامبل إن الكتاب جديد.", "جوزيف كامبل"),
])
def test_definite_adjective_opens_no_name(nlp, text, name):
    got = persons(nlp, text)
    assert name in got, got
    assert not any(p.startswith("ال") and p.endswith(name) for p in got)


# -- names in lists after و --------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    # scorers with their minutes in parentheses between the items
    ("وسجل للفريق فرناندو توريس (20) وديفد فيا (44) في المباراة.", "ديفد فيا"),
    ("وسجل للمغرب مروان الشماخ (53) ومبارك بو صوفة (76) في المباراة.", "مبارك بو صوفة"),
    # وعلي in a list of singers, in a text that writes the preposition على with ى
    ("وشارك في الحفل على المسرح المطرب محمد منير، ومدحت صالح، وعلي الحجار، ونيكول سابا.",
     "علي الحجار"),
    # وعلي before a given name
    ("وشارك في الحفل المطرب محمد منير ومدحت صالح وعلي حسن.", "علي حسن"),
])
def test_name_in_a_list_after_wa(nlp, text, name):
    got = persons(nlp, text)
    assert name in got, got  # the span starts after و: وديفد فيا is no name


def test_wa_ali_before_a_noun_is_no_name(nlp):
    # وعلي الرغم: «and despite», not Ali, even after a person (guard)
    got = persons(nlp, "وتحدث الوزير محمد منير وعلي الرغم من ذلك وجلس على الكرسي.")
    assert not any("الرغم" in p for p in got), got


def test_particle_bu_inside_a_name(nlp):
    # بو of a Maghrebi family name is never a name's last word
    assert "مبارك بو صوفة" in persons(nlp, "وقال اللاعب مبارك بو صوفة إن الفريق جاهز.")


def test_apposition_noun_after_a_comma_is_no_second_person(nlp):
    # the person's title after the comma is no other person of a list (مدير مركز)
    got = persons(nlp, "أشاد كورت موزشي، مدير مركز الأبحاث، بالمتطوعين.")
    assert not any(p.startswith("مدير") for p in got), got
