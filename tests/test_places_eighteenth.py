"""Where events happened and merging, eighteenth session: a summons by a ministry that names no
country is placed in the country the article gives that ministry (its own name with a country
further on, the government named before it), never the envoy's; ثم heading the clause and كما
heading the sentence tell a further act, a definite attack noun refers back; definite areas
with a country of their own (الحد الجنوبي، منطقة الحدود الشمالية، صعيد مصر in cities.json) or
of their context (الضاحية، المناطق الحدودية، الريف الشمالي). Sentences written for these tests;
every expected value checked by hand against the sentence and cities.json / countries.json."""

from __future__ import annotations

import pytest

from _places_harness import events_of as _events
from _places_harness import only_event_of as _only


# -- 1. a summons by a ministry of no country ---------------------------------------------------

@pytest.mark.parametrize("text", [
    # the same ministry named with its country further on
    "استدعت وزارة الخارجية السفير العراقي. وقال وكيل وزارة الخارجية البحرينية إن التدخلات "
    "مرفوضة.",
    # the government named before
    "أعربت الحكومة البحرينية عن قلقها من التدخلات. واستدعت وزارة الخارجية القائم بالأعمال "
    "العراقي.",
    # its minister named before
    "قال وزير الخارجية البحريني إن التدخلات مرفوضة. واستدعت الخارجية السفير العراقي.",
    # a recall of its own envoy from a post: the government named before that is not the post's
    "انتقدت الحكومة البحرينية التصريحات الإيرانية. وقال مسؤولون إيرانيون إن البحرين تتدخل. "
    "واستدعت وزارة الخارجية سفير مملكة البحرين لدى الجمهورية الإسلامية الإيرانية للتشاور.",
])
def test_a_summons_by_a_ministry_of_no_country_is_in_its_governments_country(nlp, text):
    loc = _only(nlp, text, "161").location
    assert loc is not None
    assert (loc.name, loc.country, loc.type, loc.feature_id, loc.source) == \
        ("Bahrain", "BHR", "country", "BHR", "source_country")


@pytest.mark.parametrize("text", [
    # (controls, so on the old code too) nothing tells the ministry's country: no place, not
    # the envoy's post nor the envoy's country
    "استدعت وزارة الخارجية السفير الإيراني وسلمته مذكرة احتجاج.",
    "استدعت وزارة الخارجية سفير مملكة البحرين لدى طهران.",
    # an envoy of a third country named before is no government of the ministry
    "التقى السفير الأمريكي مسؤولين. واستدعت وزارة الخارجية السفير الإيراني.",
    # the government named before is the envoy's own: not the summoning one
    "انتقد وزير الخارجية العراقي التدخلات. واستدعت وزارة الخارجية القائم بالأعمال العراقي.",
    # an envoy recalled from a post: the government of the post is not the recalling one
    "قال مسؤولون إيرانيون إن البحرين تتدخل. واستدعت وزارة الخارجية سفير مملكة البحرين لدى "
    "إيران للتشاور.",
])
def test_a_summons_by_a_ministry_of_no_country_is_never_placed_by_its_envoy(nlp, text):
    assert _only(nlp, text, "161").location is None


def test_a_summons_by_a_ministry_of_no_country_keeps_its_dateline(nlp):
    # (control, so on the old code too) the dateline places it, before anything else
    loc = _only(nlp, "واس- المنامة: استدعت وزارة الخارجية السفير العراقي وسلمته مذكرة احتجاج.",
                "161").location
    assert loc is not None and (loc.name, loc.country, loc.source) == \
        ("Manama", "BHR", "dateline")


# -- 2. merging: ثم heading a clause, كما heading a sentence -------------------------------------

@pytest.mark.parametrize("text, cameo", [
    # ثم heading the next sentence, the trigger after its subject
    ("فجر انتحاري سيارة مفخخة في العريش. ثم قام انتحاري بتفجير سيارة مفخخة في العريش.", "183"),
    ("قتل مسلحون جنديين في العريش. ثم أقدم مسلحون على قتل جنديين في العريش.", "182"),
    # ثم heading a clause of the same sentence
    ("قتل مسلحون جنديين في العريش، ثم عاد المسلحون وقتلوا جنديين في العريش.", "182"),
    ("اعتقلت الشرطة ثلاثة أشخاص في العريش. ثم قامت الشرطة باعتقال ثلاثة أشخاص في العريش.",
     "173"),
    # كما heading the sentence, the act told in what is said
    ("قتل مسلحون جنديين في العريش. كما أفادت مصادر أمنية بأن مسلحين قتلوا جنديين في العريش.",
     "182"),
    ("اعتقلت الشرطة ثلاثة أشخاص في العريش. كما ذكرت مصادر أمنية أن الشرطة اعتقلت ثلاثة "
     "أشخاص في العريش.", "173"),
])
def test_a_further_act_after_then_or_also_stays_an_event_of_its_own(nlp, text, cameo):
    doc, evs = _events(nlp, text, cameo)
    assert len(evs) == 2, [(e.trigger, e.sentence, len(e.mentions)) for e in evs]


@pytest.mark.parametrize("text", [
    # (controls, so on the old code too) كما heading the sentence, the attack named again
    "فجر انتحاري سيارة مفخخة في العريش. كما نفذ الانتحاري الهجوم قرب حاجز للجيش.",
    # «كما … فإن»: as the sources said, the same act
    "قتل مسلحون جنديين في العريش. كما ذكرت المصادر فإن مسلحين قتلوا جنديين في العريش.",
    # ثم in a clause before a comma is another verb's
    "قتل مسلحون جنديين في العريش. وبعد أن اقتحموا القرية ثم فروا، قال الجيش إن مسلحين "
    "قتلوا جنديين في العريش.",
])
def test_a_report_referring_back_after_also_or_then_is_still_one_event(nlp, text):
    doc, evs = _events(nlp, text, "1")
    assert len(evs) == 1, [(e.trigger, e.sentence, len(e.mentions)) for e in evs]
    assert sorted({m.sentence for m in evs[0].mentions}) == [0, 1]


# -- 3. definite areas ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, name, country, feature_id", [
    # a country of its own (cities.json): the entry's name and feature id
    ("قتل مسلحون جنديا في الحد الجنوبي أمس.", "Saudi southern border", "SAU",
     "Saudi southern border"),
    ("اعتقلت الشرطة ثلاثة أشخاص في منطقة الحدود الشمالية.", "Northern Borders", "SAU",
     "Northern Borders"),
    ("اعتقلت الشرطة ثلاثة أشخاص في صعيد مصر.", "Upper Egypt", "EGY", "Upper Egypt"),
    # of its context's country (`definite_areas`): named as written, the dateline's country
    ("بيروت - رويترز: اعتقلت الشرطة ثلاثة أشخاص في الضاحية أمس.", "الضاحية", "LBN",
     "الضاحية (region)"),
    ("حلب - رويترز: قتل مسلحون جنديين في الريف الشمالي أمس.", "الريف الشمالي", "SYR",
     "الريف الشمالي (region)"),
    ("واس- الرياض: اعتقلت الشرطة ثلاثة أشخاص في المناطق الحدودية.", "المناطق الحدودية", "SAU",
     "المناطق الحدودية (region)"),
])
def test_a_definite_area_is_a_region_of_its_own_or_its_contexts_country(nlp, text, name,
                                                                        country, feature_id):
    doc, evs = _events(nlp, text, "1")
    loc = evs[-1].location
    assert loc is not None
    assert (loc.name, loc.country, loc.type, loc.feature_id, loc.lat, loc.lon, loc.source) == \
        (name, country, "region", feature_id, None, None, "sentence")
    if feature_id.endswith(" (region)"):  # (a name read as written, the span of its words)
        assert doc.text[loc.start:loc.end] == name


def test_the_level_is_no_upper_egypt(nlp):
    # (control, so on the old code too) على الصعيد الدولي: on the international level
    assert _only(nlp, "قالت مصادر على الصعيد الدولي إن الشرطة اعتقلت ثلاثة أشخاص.",
                 "173").location is None
