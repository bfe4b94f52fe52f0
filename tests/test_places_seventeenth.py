"""Where events happened and merging, seventeenth session: two reports told as two acts stay
two events (another, then, also, other counts), a report referring back is still one; a summons
or recall is placed in its source's country; a source of no country in a story of elsewhere
loses the hub's dateline; a line of two one-word names (الهلال – النصر) is no byline; definite
area names (المنطقة الشرقية، القطاع) are regions with the country of their context; a town and
the province it lies in are one place, the town with its admin1. Sentences written for these
tests; every expected value checked by hand against the sentence and cities.json /
countries.json."""

from __future__ import annotations

import pytest

from marsad.text.layout import detect_blocks

from _places_harness import events_of as _events
from _places_harness import only_event_of as _only


# -- 1. merging: two acts told as two, one act referred back to -----------------------------------

@pytest.mark.parametrize("text", [
    # other counts of the target
    "قتل مسلحون ثلاثة جنود في العريش. وقتل مسلحون خمسة جنود في العريش.",
    # «في هجوم آخر»: another attack
    "قتل مسلحون جنديين في العريش. وفي هجوم آخر، قتل مسلحون جنديين في العريش.",
    # «ثم»: an act after the first
    "قتل مسلحون جنديين في العريش صباح أمس. ثم قتل مسلحون جنديين في العريش.",
    # «أيضاً» after the trigger: an act besides
    "قتل مسلحون جنديين في العريش. وقتل مسلحون أيضاً جنديين في العريش.",
    # other gunmen
    "قتل مسلحون جنديين في العريش. وقتل مسلحون آخرون جنديين في العريش.",
])
def test_two_acts_the_text_tells_apart_stay_two_events(nlp, text):
    doc, evs = _events(nlp, text, "182")
    assert len(evs) == 2, [(e.trigger, e.sentence, len(e.mentions)) for e in evs]
    assert sorted(e.sentence for e in evs) == [0, 1]


@pytest.mark.parametrize("text", [
    # (controls, so on the old code too) the same act told again in a statement, the same
    # count and place
    "قتل مسلحون ثلاثة جنود في العريش. وقال الجيش إن مسلحين قتلوا ثلاثة جنود في العريش.",
    # told again, no mark of another act
    "قتل مسلحون جنديين في العريش. وقتل مسلحون جنديين في العريش.",
])
def test_a_report_referring_back_is_one_event_with_two_mentions(nlp, text):
    ev = _only(nlp, text, "182")
    assert sorted({m.sentence for m in ev.mentions}) == [0, 1]


def test_others_of_a_toll_before_the_attack_are_no_other_attack(nlp):
    # (a control, so on the old code too) «50 آخرين» are the wounded of the one bombing
    doc, evs = _events(nlp, "قتل سبعة جنود وجرح نحو 50 آخرين أمس في هجوم انتحاري نفذه "
                       "مسلحون في حضرموت.", "18")
    assert len(evs) == 1 and len(evs[0].mentions) == 2, [(e.cameo, e.trigger) for e in evs]


def test_a_town_the_text_puts_in_a_province_is_one_act_with_the_province(nlp):
    # Abyan, then Zinjibar «بمحافظة أبين»: one killing, placed at the more precise town
    text = "قتل مسلحون جنديين في محافظة أبين. وقال مصدر أمني إن المسلحين قتلوا الجنديين في " \
           "مدينة زنجبار بمحافظة أبين."
    ev = _only(nlp, text, "182")
    assert sorted({m.sentence for m in ev.mentions}) == [0, 1]
    assert (ev.location.name, ev.location.country, ev.location.admin1) == \
        ("Zinjibar", "YEM", "Abyan")


# -- 2. a summons or recall at home; a source of no country under a hub's dateline -------------

@pytest.mark.parametrize("text, name, iso3", [
    ("استدعت الخارجية السعودية السفير الإيراني.", "Saudi Arabia", "SAU"),
    ("استدعت وزارة الخارجية البحرينية القائم بالأعمال العراقي وسلمته مذكرة احتجاج.",
     "Bahrain", "BHR"),
    # under the dateline of another country (Riyadh): Iran summons, in Iran
    ("واس- الرياض: استدعت الخارجية الإيرانية السفير السعودي.", "Iran", "IRN"),
    # cutting relations
    ("قطعت البحرين علاقاتها مع إيران.", "Bahrain", "BHR"),
])
def test_a_summons_with_no_place_told_is_in_the_summoning_country(nlp, text, name, iso3):
    loc = _only(nlp, text, "161").location
    assert loc is not None
    assert (loc.name, loc.country, loc.type, loc.feature_id, loc.source) == \
        (name, iso3, "country", iso3, "source_country")


def test_a_summons_at_home_keeps_its_own_place(nlp):
    # (control, so on the old code too) the Iranian ambassador summoned in Riyadh
    loc = _only(nlp, "استدعت الخارجية السعودية السفير الإيراني في الرياض.", "161").location
    assert loc is not None and (loc.name, loc.source) == ("Riyadh", "sentence")


def test_a_source_of_no_country_in_a_story_of_elsewhere_loses_the_hubs_dateline(nlp):
    # filed in London, the story in Yemen: the activist's criticism is not in London
    text = "لندن - «الشرق الأوسط»: تواصلت المعارك في مدينة تعز اليمنية أمس. وانتقد الناشط " \
           "محمد الحسني عبر حسابه على تويتر صمت المجتمع الدولي."
    assert _only(nlp, text, "11").location is None


def test_a_source_of_no_country_keeps_the_dateline_of_its_story(nlp):
    # (control, so on the old code too) the article names the dateline's country only
    text = "واس- الرياض: افتتح الأمير خالد الفيصل معرضا في الرياض. وانتقد الكاتب محمد الحسني " \
           "صمت المجتمع الدولي."
    loc = _only(nlp, text, "11").location
    assert loc is not None and (loc.name, loc.source) == ("Riyadh", "dateline")


# -- 3. headlines of two names; definite areas; a town in its province -------------------------

@pytest.mark.parametrize("headline", ["الهلال – النصر", "الأهلي - الزمالك"])
def test_a_match_headline_of_two_names_is_no_byline(nlp, headline):
    doc = nlp(headline + "\nفاز الفريق بهدفين في المباراة التي جرت أمس على ملعب المدينة.")
    assert [b.kind for b in doc.blocks if b.start == 0] == ["headline"]


@pytest.mark.parametrize("line", ["عين اليوم – متابعات", "اليوم - الدمام", "الرياض - واس"])
def test_a_byline_of_a_place_or_two_words_is_still_a_byline(nlp, line):
    # (controls, so on the old code too)
    doc = nlp(line + "\nاعتقلت الشرطة ثلاثة أشخاص بتهمة السرقة في حي شعبي أمس الأول.")
    assert [b.kind for b in doc.blocks if b.start == 0] == ["dateline"]


def test_a_headline_of_two_names_with_no_place_names_given_is_left_alone():
    # (without the dictionaries' place names the layout cannot tell: a byline, as before)
    blocks = detect_blocks("الهلال – النصر\nفاز الفريق بهدفين في المباراة التي جرت أمس.")
    assert blocks[0].kind == "dateline"


@pytest.mark.parametrize("text, name, country", [
    # the dateline's country
    ("واس- الرياض: اعتقلت الشرطة ثلاثة أشخاص في المنطقة الشرقية.", "المنطقة الشرقية", "SAU"),
    # the Strip under a Gaza dateline: Palestine, not the Israeli planes' country
    ("غزة - رويترز: قصفت الطائرات الإسرائيلية مواقع في القطاع أمس.", "القطاع", "PSE"),
    # the country the article names most, twice (Gaza; Israel once, the planes a nisba)
    ("تواصل التوتر في غزة أمس، وأغلقت إسرائيل معابر غزة. وقصفت الطائرات الإسرائيلية مواقع "
     "بالقطاع أمس.", "القطاع", "PSE"),
    # a country the article names once is no context enough: none
    ("تواصل التوتر في غزة. وقصفت الطائرات الإسرائيلية مواقع بالقطاع أمس.", "القطاع", None),
])
def test_a_definite_area_is_a_region_of_its_contexts_country(nlp, text, name, country):
    doc, evs = _events(nlp, text, "1")
    loc = evs[-1].location
    assert loc is not None
    assert (loc.name, loc.country, loc.type, loc.feature_id, loc.lat, loc.lon) == \
        (name, country, "region", name + " (region)", None, None)
    assert doc.text[loc.start:loc.end] == name


def test_a_definite_area_with_a_word_after_it_is_no_place(nlp):
    # القطاع الخاص is the private sector
    assert _only(nlp, "اعتقلت الشرطة ثلاثة أشخاص في القطاع الخاص.", "173").location is None


@pytest.mark.parametrize("text", [
    "اعتقلت الشرطة ثلاثة أشخاص في مدينة زنجبار بمحافظة أبين.",
    # the town and its province before the trigger: the town, not the province nearer it
    "في مدينة زنجبار بمحافظة أبين، اعتقلت الشرطة ثلاثة أشخاص.",
    "اعتقلت الشرطة ثلاثة أشخاص في زنجبار التابعة لمحافظة أبين.",
])
def test_a_town_in_its_province_is_one_place_with_the_province_as_admin1(nlp, text):
    loc = _only(nlp, text, "173").location
    assert loc is not None
    assert (loc.name, loc.country, loc.type, loc.admin1) == ("Zinjibar", "YEM", "city", "Abyan")


def test_a_town_and_a_province_joined_by_and_are_no_town_in_its_province(nlp):
    # (a control: on the old code it fails only for want of the `admin1` field)
    loc = _only(nlp, "اعتقلت الشرطة ثلاثة أشخاص في زنجبار ومحافظة أبين.", "173").location
    assert loc is not None and loc.admin1 is None
