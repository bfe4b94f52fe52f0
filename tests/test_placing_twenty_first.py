"""Where events happened, twenty-first session: «المملكة» alone as the kingdom of the article's
dateline; a far place of the one country the article named before; an envoy attacked at his
post; the countryside named by a nisba (الريف المغربي، الريف السوري); a story told far from its
dateline, at the one foreign place its sentence says as where. Sentences written for these
tests; every expected value checked by hand against the sentence and countries.json /
cities.json. Tests marked (control) pass on the code before this session too."""

from __future__ import annotations

import pytest

from _places_harness import only_event_of as _only


def _where(loc):
    return None if loc is None else (loc.name, loc.country, loc.type, loc.source)


def _kingdoms(doc):
    """The entities of the text «المملكة» (with its clitics), as (text, country)."""
    return [(doc.text[e.start:e.end], e.country) for e in doc.entities
            if doc.text[e.start:e.end] == "المملكة"]


# -- 1. «المملكة» alone: the kingdom of the dateline ----------------------------------------------

@pytest.mark.parametrize("text, country", [
    ("الرياض - واس: أكدت المملكة دعمها للشعب اليمني أمس.", "SAU"),
    ("جدة - واس: قال الوزير إن المملكة ترحب بالاتفاق.", "SAU"),
    ("الرباط - رويترز: أعلنت المملكة أمس دعمها للاتفاق.", "MAR"),
    ("المنامة - رويترز: أعلنت المملكة أمس دعمها للاتفاق.", "BHR"),
    # (an agency of the kingdom in a dateline of another country: SPA from Cairo)
    ("القاهرة - واس: أكدت المملكة دعمها لمصر أمس.", "SAU"),
])
def test_the_kingdom_of_the_dateline(nlp, text, country):
    assert _kingdoms(nlp(text)) == [("المملكة", country)]


@pytest.mark.parametrize("text, cameo", [
    ("الرياض - واس: أكدت المملكة دعمها للشعب اليمني أمس.", "03"),
    ("الرياض - واس: استدعت المملكة السفير الإيراني أمس.", "161"),
])
def test_the_kingdom_is_an_events_source(nlp, text, cameo):
    ev = _only(nlp, text, cameo)
    assert ev.source.canonical == "Saudi Arabia" and ev.source.actor_code == "SAU"


def test_an_arrest_in_the_kingdom_is_in_the_country(nlp):
    text = "الرياض - واس: اعتقلت الشرطة خمسة أشخاص في المملكة أمس."
    assert _where(_only(nlp, text, "173").location) == ("Saudi Arabia", "SAU", "country",
                                                         "sentence")


# (controls, all: the code before read no «المملكة» alone; they keep the new rule to a sure
# context)
@pytest.mark.parametrize("text", [
    # no dateline: which kingdom is not sure
    "أعلنت المملكة أمس دعمها للاتفاق.",
    # a dateline of two kingdoms: Amman and the Saudi agency
    "عمان - واس: أعلنت المملكة أمس دعمها للاتفاق.",
    # another kingdom named by its long form in the article
    "الرياض - واس: استقبل الملك سلمان ملك المملكة المغربية. وأعلنت المملكة دعمها للاتفاق.",
    # a definite nisba after it scopes it
    "الرياض - واس: أعلنت المملكة الهاشمية دعمها للاتفاق.",
    # a dateline of no kingdom
    "القاهرة - رويترز: أعلنت المملكة أمس دعمها للاتفاق.",
])
def test_no_kingdom_when_the_context_is_not_sure(nlp, text):
    assert _kingdoms(nlp(text)) == []


def test_the_united_kingdom_stays_itself(nlp):
    # (control) a longer name of the dictionary
    doc = nlp("الرياض - واس: أعلنت المملكة المتحدة دعمها للاتفاق.")
    assert [e.country for e in doc.entities if e.type == "GPE"] == ["GBR"]


# -- 2. a far place of the one country the article named before -------------------------------

def test_a_far_town_of_the_country_named_before(nlp):
    # (the town struck, not said as where: the country named in the sentence before)
    text = ("الرياض - واس: تواصلت المعارك في اليمن أمس. وقتل مسلحون خمسة مدنيين بقصف استهدف "
            "أحياء مدينة تعز.")
    assert _where(_only(nlp, text, "18").location) == ("Taiz", "YEM", "city", "sentence")


# (controls, both)
@pytest.mark.parametrize("text", [
    # two countries named before: Taiz's is not the only one
    "الرياض - واس: تواصلت المعارك في اليمن وسوريا أمس. وقتل مسلحون خمسة مدنيين بقصف استهدف "
    "أحياء مدينة تعز.",
    # no country named before
    "الرياض - واس: تواصلت المعارك أمس. وقتل مسلحون خمسة مدنيين بقصف استهدف أحياء مدينة تعز.",
])
def test_a_far_town_not_sure_keeps_the_dateline(nlp, text):
    assert _where(_only(nlp, text, "18").location) == ("Riyadh", "SAU", "city", "dateline")


# -- 3. an envoy attacked at his post ----------------------------------------------------------

@pytest.mark.parametrize("text, where", [
    ("بيروت - رويترز: اعتدى مسلحون على السفير السعودي لدى العراق أمس.",
     ("Iraq", "IRQ", "country", "sentence")),
    ("الرياض - واس: هاجم مسلحون السفير السعودي لدى اليمن أمس.",
     ("Yemen", "YEM", "country", "sentence")),
])
def test_an_envoy_attacked_at_his_post(nlp, text, where):
    assert _where(_only(nlp, text, "1").location) == where


def test_a_place_said_as_where_beats_the_post(nlp):
    # (control) attacked in Beirut, whatever his post
    text = "الرياض - واس: هاجم مسلحون في بيروت السفير السعودي لدى العراق أمس."
    assert _where(_only(nlp, text, "19").location) == ("Beirut", "LBN", "city", "sentence")


# -- 4. the countryside named by a nisba -------------------------------------------------------

@pytest.mark.parametrize("text, name, country", [
    # rural Morocco, not the Rif
    ("اعتقلت الشرطة خمسة أشخاص في الريف المغربي أمس.", "الريف المغربي", "MAR"),
    ("دمشق - رويترز: اعتقلت الشرطة خمسة أشخاص في الريف المغربي أمس.", "الريف المغربي", "MAR"),
    ("القاهرة - رويترز: اعتقلت الشرطة خمسة أشخاص في الريف السوري أمس.", "الريف السوري", "SYR"),
])
def test_the_countryside_of_a_nisba(nlp, text, name, country):
    loc = _only(nlp, text, "173").location
    assert _where(loc) == (name, country, "region", "sentence")
    assert loc.feature_id == name + " (region)" and loc.lat is None


def test_the_rif_alone_in_a_moroccan_context(nlp):
    # (control)
    loc = _only(nlp, "الرباط - رويترز: اعتقلت الشرطة خمسة أشخاص في الريف أمس.", "173").location
    assert _where(loc) == ("Rif", "MAR", "region", "sentence")


# -- 5. a story told far from its dateline ----------------------------------------------------

def test_the_one_foreign_scene_beats_the_dateline(nlp):
    text = ("القاهرة - رويترز: قتل مسلحون أمس خمسة رجال من عائلة واحدة كانوا عائدين إلى "
            "منازلهم بعد صلاة الفجر في مدينة بنغازي.")
    assert _where(_only(nlp, text, "18").location) == ("Benghazi", "LBY", "city", "sentence")


# (controls, both)
@pytest.mark.parametrize("text", [
    # a place after a clause of speech is what was said
    "القاهرة - رويترز: قتل مسلحون أمس خمسة رجال من عائلة واحدة وقال مسؤول إن الهجوم يشبه "
    "هجمات وقعت في بنغازي.",
    # a place of the dateline's own country in the sentence
    "القاهرة - رويترز: قتل مسلحون أمس خمسة رجال من عائلة واحدة كانوا عائدين إلى منازلهم من "
    "الجيزة بعد صلاة الفجر في مدينة بنغازي.",
    # (from the reading) past a comma: the place of a speech about it
    "القاهرة - رويترز: قتل مسلحون أمس خمسة رجال من عائلة واحدة، وذلك بعد خطاب ألقاه زعيمهم في "
    "مدينة بنغازي.",
])
def test_no_foreign_scene(nlp, text):
    loc = _only(nlp, text, "18").location
    assert loc is None or loc.country == "EGY"


# -- 3. (from the reading) the place of an envoy's title is not where he goes -------------------

@pytest.mark.parametrize("text, where", [
    ("جاءت الهدنة بالتزامن مع زيارة المبعوث الأممي إلى اليمن إلى العاصمة السعودية.",
     ("Saudi Arabia", "SAU", "country", "sentence")),
    ("وصل المبعوث الأممي إلى اليمن أمس إلى الرياض.", ("Riyadh", "SAU", "city", "sentence")),
    # the title's place alone: where he arrived is not told
    ("وصل المبعوث الأممي إلى اليمن أمس.", None),
])
def test_an_envoys_title_place_is_no_visit(nlp, text, where):
    assert _where(_only(nlp, text, "042").location) == where


def test_an_envoy_goes_where_he_is_sent(nlp):
    # (control) a time word between: إلى after it is where he goes
    text = "وصل المبعوث الأممي أمس إلى اليمن."
    assert _where(_only(nlp, text, "042").location) == ("Yemen", "YEM", "country", "visited")
