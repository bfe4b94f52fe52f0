"""Actor names leftovers, twenty-second session (docs/accuracy.md, "Actor names leftovers …,
twenty-second session"), on sentences written for this file:

- «علي» right after a verb of saying that never takes على (وقال، وأضاف), before a given name and
  a title or إن, opens a name even in a text that writes no على apart.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp_actors():
    import marsad

    return marsad.load(("layout", "sentences", "tokens", "actors"))


def _persons(doc):
    return [e.text for e in doc.entities if e.type == "PERSON"]


# -- 1. «وقال علي منصور مدير المركز إن …» -----------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("وقال علي منصور مدير المركز إن الأعمال ستبدأ غدا.", "علي منصور"),
    ("وأضاف علي حسن رئيس اللجنة أن التقرير جاهز.", "علي حسن"),
    ("وقال علي سالم إن الفريق سيسافر اليوم.", "علي سالم"),
])
def test_ali_after_a_verb_of_saying_opens_a_name(nlp_actors, text, name):
    assert name in _persons(nlp_actors(text))


@pytest.mark.parametrize("text", [
    # أكد takes على: «stressed good neighbourliness», no Ali
    "وأكد علي حسن الجوار بين البلدين.",
    # no given name after علي
    "وقال علي الفور إن العمل بدأ.",
])
def test_ali_as_a_misspelt_preposition_stays_no_name(nlp_actors, text):
    assert not any(p.startswith("علي") for p in _persons(nlp_actors(text)))


# -- 2. «عمان» after an embassy and في is Amman ----------------------------------------------

@pytest.mark.parametrize("text", [
    "وقالت السفارة الكندية في عمان إن القنصل سيعود غدا.",
    "تظاهر العشرات أمام سفارة إسرائيل في عمان.",
])
def test_amman_after_an_embassy(nlp_actors, text):
    doc = nlp_actors(text)
    amman = [e for e in doc.entities if e.text == "عمان"]
    assert amman and amman[0].canonical == "Amman" and amman[0].actor_code is None


def test_oman_named_more_keeps_oman_after_an_embassy(nlp_actors):
    doc = nlp_actors("افتتحت سفارة المملكة في عمان مبنى جديدا، وشكر السفير سلطنة عمان "
                     "والسلطان قابوس.")
    first = next(e for e in doc.entities if e.text == "عمان")
    assert first.actor_code == "OMN"


def test_oman_with_no_embassy_is_unchanged(nlp_actors):
    doc = nlp_actors("وصل الوفد التجاري إلى عمان أمس.")
    assert [e.actor_code for e in doc.entities if e.text == "عمان"] == ["OMN"]


# -- 3. a party's keyed name and a nisba of another country ----------------------------------

def test_party_before_another_countrys_nisba(nlp_actors):
    doc = nlp_actors("فاز حزب العمال الأسترالي في الانتخابات أمس.")
    party = [e for e in doc.entities if e.text.startswith("حزب العمال")]
    assert len(party) == 1 and party[0].text == "حزب العمال الأسترالي"
    assert party[0].actor_code == "AUSPTY" and "UK" not in party[0].canonical


@pytest.mark.parametrize("text, code", [
    ("فاز حزب العمال البريطاني في الانتخابات أمس.", "GBRPTY"),  # its own country
    ("فاز حزب العمال في الانتخابات أمس.", "GBRPTY"),  # no nisba
])
def test_party_keeps_its_country(nlp_actors, text, code):
    doc = nlp_actors(text)
    assert [e.actor_code for e in doc.entities if e.text.startswith("حزب")] == [code]


# -- 4. a title holding «النادي الأهلي» --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وقال مندوب النادي الأهلي إن المدافع وقع العقد. وتصدر النصر الدوري السعودي.",
    "وأكد المتحدث الرسمي للنادي الأهلي أن المدرب باق. ويلعب الفريق في الدوري السعودي.",
])
def test_title_of_namesake_club_by_context(nlp_actors, text):
    doc = nlp_actors(text)
    title = doc.entities[0]
    assert title.actor_code == "SAUBUS" and "Al-Ahli Saudi" in title.canonical


def test_title_of_namesake_club_with_no_context_keeps_the_keyed(nlp_actors):
    doc = nlp_actors("وقال مندوب النادي الأهلي إن المدافع وقع العقد.")
    assert doc.entities[0].actor_code == "EGYBUS"


# -- 6. a preposition with a pronoun between the verb of saying and its speaker -------------

@pytest.fixture(scope="module")
def nlp_quotes():
    import marsad

    return marsad.load(("layout", "sentences", "tokens", "actors", "dates", "amounts", "quotes"))


@pytest.mark.parametrize("text, speaker", [
    ("وقال إليهم الوزير إن الاجتماع انتهى.", "الوزير"),
    ("وقال معهم المحافظ إن الطريق سيفتح قريبا.", "المحافظ"),
])
def test_speaker_after_a_pronoun_pp(nlp_quotes, text, speaker):
    doc = nlp_quotes(text)
    assert doc.quotes and doc.quotes[0].speaker is not None
    assert doc.quotes[0].speaker.text == speaker


# -- 5. «المنتخب» alone after the article named one national team --------------------------

def test_team_alone_after_the_named_team(nlp_actors):
    doc = nlp_actors("تأهل المنتخب المصري إلى النهائي أمس، ويغادر المنتخب القاهرة صباح الغد.")
    teams = [e for e in doc.entities if e.actor_code == "EGYBUS"]
    assert [e.text for e in teams] == ["المنتخب المصري", "المنتخب"]


@pytest.mark.parametrize("text", [
    # two teams named: whose is unknown
    "تعادل المنتخب المصري مع المنتخب التونسي أمس، ويغادر المنتخب القاهرة صباح الغد.",
    # no team named before
    "انضم المهاجم إلى المنتخب أمس.",
])
def test_team_alone_unread(nlp_actors, text):
    doc = nlp_actors(text)
    assert not any(e.text == "المنتخب" for e in doc.entities)
