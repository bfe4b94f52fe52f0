"""Where events happened and merging, twentieth session: a ministry's country told by the one
state that speaks after it; ثم before a report whose definite noun names the earlier act's
target again; الريف as Morocco's Rif in a Moroccan context and a country's countryside
elsewhere, ريف + a town as the town's region; a far town of the dateline's own country; a
partitive من no place whence; the residents' town; an envoy attacked at his post; the act told
after غداة at its own place. Sentences written for these tests; every expected value checked
by hand against the sentence and cities.json / countries.json. Tests marked (control) pass on
the code before this session too."""

from __future__ import annotations

import pytest

from _places_harness import events_of as _events
from _places_harness import only_event_of as _only


def _where(loc):
    return None if loc is None else (loc.name, loc.country, loc.type, loc.source)


# -- 1. a ministry's country told by the one state that speaks after it -------------------------

def test_a_summons_by_a_ministry_is_in_the_state_that_speaks_after_it(nlp):
    text = "استدعت وزارة الخارجية السفير الإيراني أمس. وقالت البحرين إن السفير أبلغ بالاحتجاج."
    assert _where(_only(nlp, text, "161").location) == ("Bahrain", "BHR", "country",
                                                         "source_country")


@pytest.mark.parametrize("text", [
    # (control) two states speak together: which one summoned is not told
    "استدعت وزارة الخارجية السفير الإيراني أمس. وقالت البحرين والإمارات إن السفير أبلغ "
    "بالاحتجاج.",
    # (control) two states speak one after the other
    "استدعت وزارة الخارجية السفير الإيراني أمس. وقالت البحرين إن الخطوة ضرورية. وقالت مصر إنها "
    "تؤيد الخطوة.",
    # (control) the state that speaks is the envoy's own
    "استدعت وزارة الخارجية القائم بالأعمال العراقي أمس. وقال العراق إنه يرفض الاتهامات.",
])
def test_no_summons_place_when_the_states_after_it_do_not_tell_one(nlp, text):
    assert _only(nlp, text, "161").location is None


# -- 1. ثم before a definite noun naming the earlier act's target again ------------------------

@pytest.mark.parametrize("text, cameo", [
    ("قتل مسلحون جنديين في بغداد أمس. ثم قتل المسلحون الجنديين بالرصاص.", "18"),
    ("هاجم مسلحون دورية للشرطة في بغداد أمس. ثم هاجم المسلحون الدورية بقذائف الهاون.", "19"),
])
def test_then_before_the_target_named_again_is_the_same_act(nlp, text, cameo):
    ev = _only(nlp, text, cameo)
    assert len(ev.mentions) == 2 and _where(ev.location)[0] == "Baghdad"


@pytest.mark.parametrize("text", [
    # (control) an indefinite target: two more
    "قتل مسلحون جنديين في بغداد أمس. ثم قتل المسلحون جنديين آخرين.",
    # (control) another target
    "قتل مسلحون جنديين في بغداد أمس. ثم قتل المسلحون ثلاثة مدنيين.",
])
def test_then_before_another_target_is_another_act(nlp, text):
    assert len(_events(nlp, text, "18")[1]) == 2


# -- 2. الريف: Morocco's Rif, a country's countryside; ريف + a town --------------------------

@pytest.mark.parametrize("text", [
    "الرباط - رويترز: اعتقلت الشرطة خمسة أشخاص في الريف أمس.",
    "اعتقلت الشرطة المغربية خمسة أشخاص في الريف أمس.",
    "قال مسؤول مغربي إن الشرطة اعتقلت خمسة أشخاص في الريف أمس.",
])
def test_the_rif_in_a_moroccan_context(nlp, text):
    loc = _only(nlp, text, "173").location
    assert _where(loc) == ("Rif", "MAR", "region", "sentence")
    assert loc.feature_id == "Rif" and (loc.lat, loc.lon) == (35.0, -4.0)


@pytest.mark.parametrize("text, country", [
    # (control: the dateline's country, as before)
    ("دمشق - رويترز: اعتقلت الشرطة خمسة أشخاص في الريف أمس.", "SYR"),
    ("قال مسؤول سوري إن الشرطة اعتقلت خمسة أشخاص في الريف أمس.", "SYR"),
    ("اعتقلت الشرطة المصرية خمسة أشخاص في الريف أمس.", "EGY"),
])
def test_the_countryside_of_another_country_is_no_rif(nlp, text, country):
    loc = _only(nlp, text, "173").location
    assert _where(loc) == ("الريف", country, "region", "sentence")
    assert loc.feature_id == "الريف (region)" and loc.lat is None


def test_an_egyptian_paragraph_tells_upper_egypt(nlp):
    text = "اعتقلت الشرطة المصرية خمسة أشخاص في الصعيد أمس."
    assert _where(_only(nlp, text, "173").location) == ("Upper Egypt", "EGY", "region",
                                                         "sentence")


def test_the_countryside_of_damascus_is_its_governorate(nlp):
    loc = _only(nlp, "اعتقلت الشرطة خمسة أشخاص في ريف دمشق أمس.", "173").location
    assert _where(loc) == ("Rif Dimashq", "SYR", "region", "sentence")
    assert loc.feature_id == "Rif Dimashq"


def test_the_countryside_of_a_town_is_its_region(nlp):
    loc = _only(nlp, "اعتقلت الشرطة خمسة أشخاص في ريف حلب أمس.", "173").location
    assert _where(loc) == ("Aleppo", "SYR", "region", "sentence")
    assert loc.feature_id == "Aleppo (region)"


# -- 2. a far town of the dateline's own country ---------------------------------------------

def test_a_far_town_of_the_datelines_country(nlp):
    text = ("بغداد - رويترز: قتل مسلحون خمسة جنود أمس خلال هجوم بقذائف الهاون والصواريخ على "
            "مواقع للجيش قرب مدينة كركوك.")
    assert _where(_only(nlp, text, "18").location) == ("Kirkuk", "IRQ", "city", "sentence")


def test_the_datelines_own_town_far_is_still_the_dateline(nlp):
    # (control) the town named far is the dateline's
    text = ("بغداد - رويترز: قتل مسلحون خمسة جنود أمس خلال هجوم بقذائف الهاون والصواريخ على "
            "مواقع للجيش قرب بغداد.")
    assert _where(_only(nlp, text, "18").location) == ("Baghdad", "IRQ", "city", "dateline")


# -- 3. a partitive من; the residents' town; an envoy at his post; غداة ----------------------

def test_a_partitive_min_is_no_place_whence(nlp):
    text = "القاهرة - رويترز: قتل مسلحون ثلاثة من رجال الشرطة في الصعيد أمس."
    assert _where(_only(nlp, text, "18").location) == ("Upper Egypt", "EGY", "region",
                                                        "sentence")


@pytest.mark.parametrize("text, cameo", [
    ("تظاهر عدد من سكان حلب أمس.", "14"),
    ("اعتقلت الشرطة عددا من سكان حلب أمس.", "17"),
    ("قتل مسلحون خمسة من سكان مدينة حلب أمس.", "18"),
])
def test_the_residents_town(nlp, text, cameo):
    assert _where(_only(nlp, text, cameo).location) == ("Aleppo", "SYR", "city", "sentence")


def test_the_residents_town_is_not_where_they_are_received(nlp):
    # (control) a delegation of Aleppo's residents received: not in Aleppo
    assert _only(nlp, "استقبل الرئيس وفدا من أهالي حلب أمس.", "043").location is None


def test_the_place_said_beats_the_residents_town(nlp):
    # (control)
    loc = _only(nlp, "تظاهر المئات من أهالي القطيف أمس في الرياض.", "14").location
    assert _where(loc) == ("Riyadh", "SAU", "city", "sentence")


def test_an_envoy_attacked_at_his_post_keeps_the_dateline(nlp):
    text = "أنقرة - رويترز: اغتال مسلح السفير الروسي أمس."
    assert _where(_only(nlp, text, "18").location) == ("Ankara", "TUR", "city", "dateline")


def test_soldiers_of_another_country_still_lose_the_dateline(nlp):
    # (control)
    assert _only(nlp, "أنقرة - رويترز: قتل مسلحون خمسة جنود روس أمس.", "18").location is None


def test_the_act_after_ghadat_is_not_placed_at_the_main_clauses_place(nlp):
    text = "تظاهر المئات في عدن أمس غداة اعتقال الشرطة ثلاثة ناشطين."
    assert _only(nlp, text, "17").location is None


def test_the_act_after_ghadat_at_its_own_place(nlp):
    # (control) a place after it is its own
    text = "تظاهر المئات في عدن أمس غداة اعتقال الشرطة ثلاثة ناشطين في صنعاء."
    assert _where(_only(nlp, text, "17").location) == ("Sanaa", "YEM", "city", "sentence")


def test_the_place_of_the_act_after_ghadat_is_not_the_main_acts(nlp):
    text = "قتل مسلحون خمسة جنود أمس غداة هجوم انتحاري في صنعاء."
    assert _only(nlp, text, "18").location is None


# -- 4. from the reading of real news -----------------------------------------------------------

def test_a_visit_to_a_countrys_ship_is_no_visit_to_the_country(nlp):
    text = "قام ولي العهد بزيارة لحاملة الطائرات الأمريكية ثيودور روزفلت."
    assert _only(nlp, text, "042").location is None


@pytest.mark.parametrize("text, where", [
    # (controls) a town named; a capital named by its country's nisba
    ("زار الرئيس الأمريكي القاهرة أمس.", ("Cairo", "EGY", "city", "visited")),
    ("وصل رئيس الأركان الأمريكي أمس إلى العاصمة العراقية في زيارة غير معلنة.",
     ("Iraq", "IRQ", "country", "visited")),
])
def test_a_visit_to_a_place_named_is_still_there(nlp, text, where):
    assert _where(_only(nlp, text, "042").location) == where


def test_an_area_named_mit_and_a_word(nlp):
    text = "القاهرة - رويترز: هاجم مشجعون نادي الزمالك بمنطقة ميت عقبة أمس."
    loc = _only(nlp, text, "19").location
    assert _where(loc) == ("ميت عقبة", "EGY", "region", "sentence")
    assert loc.feature_id == "ميت عقبة (region)"
