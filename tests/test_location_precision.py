"""Where events happened, for mapping (thirteenth session): each event's place says what kind of
place it is (`Location.type`: country | region | city, GDELT's ActionGeo_Type), which dictionary
entry it is (`feature_id`, GDELT's ActionGeo_FeatureID) and how the event got it (`source`:
sentence | visited | target | meeting_name | party_visit | dateline); the events table, the
store (migration 3 -> 4), the exports and the Spark job carry them. Also the one windowing
helper of the evidence column and the search snippets (`marsad.text.window`). Sentences
written for these tests; every expected value checked by hand against cities.json and
countries.json."""

from __future__ import annotations

import json
import re

import pytest

from marsad.document import Document, Location
from marsad.lexicon.loader import builtin_data_dir

SOURCES = {"sentence", "visited", "target", "meeting_name", "party_visit", "dateline",
           "source_country"}


def _entries(name: str) -> list[dict]:
    return json.loads((builtin_data_dir() / name).read_text(encoding="utf-8"))["entries"]


@pytest.fixture(scope="module")
def nlp():
    import marsad

    return marsad.load()


@pytest.fixture(scope="module")
def dictionary_places():
    cities = {e["name"]: e for e in _entries("cities.json")}
    countries = {e["iso3"]: e for e in _entries("countries.json")}
    return cities, countries


def _places(doc: Document) -> list[Location]:
    return [ev.location for ev in doc.events if ev.location is not None]


def _check_consistent(loc: Location, cities: dict, countries: dict) -> None:
    """The property every event's place has."""
    assert (loc.type is None) == (loc.feature_id is None), loc
    assert loc.type in (None, "country", "region", "city"), loc
    assert loc.source in SOURCES, loc
    if loc.type == "country":
        # a country's feature id is its ISO3, the location's own country
        assert loc.feature_id == loc.country and re.fullmatch(r"[A-Z]{3}", loc.feature_id), loc
        assert countries[loc.feature_id]["kind"] != "ethnic"
    elif loc.type is not None:
        entry = cities[loc.feature_id]
        assert entry["kind"] == loc.type and (entry["country"] or None) == loc.country, loc
        assert (loc.lat, loc.lon) == (entry.get("lat"), entry.get("lon")), loc
    if loc.type is None:
        assert loc.lat is None and loc.lon is None, loc


# -- the dictionaries give the type and the id -------------------------------------------------

def test_every_dictionary_place_has_a_type_and_a_unique_feature_id(nlp, dictionary_places):
    from marsad.events.placing import AREA_KEY, place_features

    cities, countries = dictionary_places
    features = place_features(nlp.resources.lexicon)
    # (a name of cities.json `context_ar` is one more key of its entry's feature: الصعيد)
    ids = [f.feature_id for k, f in features.items() if not k.startswith(AREA_KEY)]
    assert len(ids) == len(set(ids))  # (no city is named like a country's ISO3)
    assert {f.type for f in features.values()} == {"country", "region", "city"}
    assert features["city:Anbar:IRQ"][:2] == ("region", "Anbar")
    assert features["city:Red Sea:"][:2] == ("region", "Red Sea")
    assert features["city:Aleppo:SYR"][:4] == ("city", "Aleppo", 36.2, 37.16)
    assert features["country:IRQ"][:2] == ("country", "IRQ")
    # every entry of both files but a people (the Kurds: no place) is there
    assert len(ids) == len(cities) + len(countries) - 1 and "country:KUR" not in features


def test_a_town_a_region_and_a_country_each_get_their_type_and_id(nlp):
    # cities.json: Aleppo is a city of SYR, Anbar a region (governorate) of IRQ
    loc = _places(nlp("قصفت الطائرات الروسية مدينة حلب."))[0]
    assert (loc.name, loc.type, loc.feature_id, loc.source) == ("Aleppo", "city", "Aleppo",
                                                                 "target")
    loc = _places(nlp("تظاهر مئات الطلاب في محافظة الأنبار احتجاجا على البطالة."))[0]
    assert (loc.name, loc.type, loc.feature_id, loc.source) == ("Anbar", "region", "Anbar",
                                                                 "sentence")
    # a country said as the place: its ISO3, and the country's rough centre as the point
    loc = _places(nlp("تظاهر آلاف العمال في العراق احتجاجا على الفساد."))[0]
    assert (loc.name, loc.type, loc.feature_id, loc.source) == ("Iraq", "country", "IRQ",
                                                                 "sentence")


def test_two_spellings_of_one_town_share_its_feature_id(nlp):
    # بكين and بيجين are both Beijing in cities.json
    a = _places(nlp("تظاهر مئات الطلاب في بكين احتجاجا على الرسوم."))[0]
    b = _places(nlp("تظاهر مئات الطلاب في بيجين احتجاجا على الرسوم."))[0]
    assert a.feature_id == b.feature_id == "Beijing" and a.type == b.type == "city"


def test_a_village_placed_in_another_country_than_its_namesake_has_no_entry(nlp):
    # قرية دوما الفلسطينية: not Douma of Syria (cities.json), so no type, id or point
    loc = _places(nlp("قتل ثلاثة مدنيين في قصف على قرية دوما الفلسطينية."))[0]
    assert loc.country == "PSE" and loc.name == "Douma"
    assert (loc.type, loc.feature_id, loc.lat) == (None, None, None)
    assert loc.source == "target"


# -- how the event got its place ---------------------------------------------------------------

def test_a_visit_goes_to_its_place(nlp):
    ev = next(e for e in nlp("زار وزير الخارجية الفرنسي طهران أمس.").events
              if e.cameo == "042")
    assert (ev.location.name, ev.location.type, ev.location.source) == ("Tehran", "city",
                                                                        "visited")


def test_talks_named_for_a_town(nlp):
    # (the parties بين names: a meeting's city is no party, talks of one party no event)
    doc = nlp("دعا المبعوث الأممي إلى استئناف العملية السلمية في ليبيا بعد انتهاء مشاورات جنيف "
              "بين الحكومة الليبية والمتمردين.")
    ev = next(e for e in doc.events if e.trigger == "مشاورات")
    assert (ev.location.name, ev.location.feature_id, ev.location.source) == (
        "Geneva", "Geneva", "meeting_name")


def test_a_dateline_places_the_news_and_says_so(nlp):
    doc = nlp("بيروت - رويترز: اجتمع وزير الخارجية اللبناني بنظيره الفرنسي.")
    loc = _places(doc)[0]
    assert (loc.name, loc.type, loc.feature_id, loc.source) == ("Beirut", "city", "Beirut",
                                                                 "dateline")


def test_a_meeting_held_where_its_party_arrived_that_day(nlp):
    doc = nlp("عقد الرئيس المصري لقاء مع الرئيس الروسي مساء أمس. وكان الرئيس المصري قد وصل إلى "
              "موسكو صباح أمس في زيارة رسمية.")
    meeting = next(e for e in doc.events if e.cameo == "040")
    visit = next(e for e in doc.events if e.cameo == "042")
    assert (visit.location.name, visit.location.source) == ("Moscow", "visited")
    assert (meeting.location.name, meeting.location.source) == ("Moscow", "party_visit")
    assert meeting.location.feature_id == "Moscow" and meeting.location.type == "city"
    assert meeting.location is not visit.location  # (the visit's own place keeps its source)


def test_every_event_place_is_consistent(nlp, dictionary_places):
    """type empty iff feature id empty; a country's id is its ISO3; a city's or region's id is
    its entry, of its kind and country, with its point."""
    cities, countries = dictionary_places
    texts = [
        "قصفت الطائرات الروسية مدينة حلب.",
        "تظاهر مئات الطلاب في محافظة الأنبار احتجاجا على البطالة.",
        "تظاهر آلاف العمال في العراق احتجاجا على الفساد.",
        "قتل ثلاثة مدنيين في قصف على قرية دوما الفلسطينية.",
        "بيروت - رويترز: اجتمع وزير الخارجية اللبناني بنظيره الفرنسي.",
        "زار وزير الخارجية الفرنسي طهران أمس.",
        "قتل جنديان في هجوم شنه مسلحون في جنوب تركيا.",
        "اعتصم مئات المعلمين أمام مقر الحكومة في صنعاء.",
        "القاهرة - «الشرق الأوسط»: التقى وزير الخارجية المصري نظيره الأردني.",
        "أطلقت زوارق إيرانية النار على سفينة في مضيق هرمز.",
    ]
    seen = set()
    for text in texts:
        for loc in _places(nlp(text)):
            _check_consistent(loc, cities, countries)
            seen.add((loc.type, loc.source))
    assert {t for t, _ in seen} >= {"country", "region", "city", None}
    assert {s for _, s in seen} >= {"sentence", "target", "visited", "dateline"}


@pytest.mark.slow
def test_every_event_place_of_the_shared_examples_is_consistent(nlp, dictionary_places):
    from pathlib import Path

    examples = Path(__file__).resolve().parents[2] / "shared" / "examples"
    texts = sorted(examples.glob("*.txt")) if examples.is_dir() else []
    if not texts:
        pytest.skip("../shared/examples is absent")
    cities, countries = dictionary_places
    n = 0
    for path in texts:
        for loc in _places(nlp(path.read_text(encoding="utf-8"))):
            _check_consistent(loc, cities, countries)
            n += 1
    assert n > 0


# -- the document JSON, the tables, the store --------------------------------------------------

def test_the_document_json_keeps_them_and_old_json_loads(nlp):
    doc = nlp("قصفت الطائرات الروسية مدينة حلب.")
    again = Document.from_json(doc.to_json())
    loc = again.events[0].location
    assert (loc.type, loc.feature_id, loc.source) == ("city", "Aleppo", "target")
    old = json.loads(doc.to_json())
    for k in ("type", "feature_id", "source", "lat", "lon"):
        del old["events"][0]["location"][k]
    loc = Document.from_dict(old).events[0].location
    assert loc.name == "Aleppo" and (loc.type, loc.feature_id, loc.source) == (None, None, None)


def test_the_output_schema_names_them(nlp):
    from pathlib import Path

    import jsonschema

    import marsad

    schema = json.loads((Path(marsad.__file__).parent / "schema" / "document.schema.json"
                         ).read_text(encoding="utf-8"))
    doc = json.loads(nlp("قصفت الطائرات الروسية مدينة حلب.").to_json())
    jsonschema.validate(doc, schema)
    doc["events"][0]["location"]["source"] = "guessed"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, schema)


def test_the_events_table_and_plover_records_carry_them(nlp):
    """(The CSV, Parquet and PLOVER exports through the store: tests/test_places_coordinates.py
    `test_the_events_table_takes_the_point_to_csv_and_parquet`.)"""
    from marsad.store.export import _plover_schema
    from marsad.tables import EVENT_COLUMNS, events_from_mentions, mention_rows, plover_record

    i = EVENT_COLUMNS.index("location_lon")
    assert EVENT_COLUMNS[i + 1:i + 4] == ("location_type", "location_feature_id",
                                          "location_source")
    rows = events_from_mentions(mention_rows(nlp("قصفت الطائرات الروسية مدينة حلب.")))
    assert [(r["location_type"], r["location_feature_id"], r["location_source"])
            for r in rows if r["location_name"] == "Aleppo"] == [("city", "Aleppo", "target")]
    place = plover_record(rows[0])["location"]
    assert (place["type"], place["feature_id"], place["source"]) == ("city", "Aleppo", "target")
    assert _plover_schema().field("location").type.get_field_index("feature_id") >= 0


def test_a_store_of_the_third_schema_migrates_and_keeps_its_rows(tmp_path):
    from _old_store import old_store

    from marsad.store import SCHEMA_VERSION, connect

    assert SCHEMA_VERSION >= 4
    db = tmp_path / "old.db"
    old = old_store(db, 3)
    old.execute("INSERT INTO events (event_id, location_name, location_country, location_lat, "
                "location_lon) VALUES ('e', 'Aleppo', 'SYR', 36.2, 37.16)")
    old.execute("INSERT INTO mentions (event_id, article_id, ev_location_name, ev_location_lat) "
                "VALUES ('e', 'a', 'Aleppo', 36.2)")
    old.commit()
    old.close()
    con = connect(db)
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert tuple(con.execute(
        "SELECT location_name, location_country, location_lat, location_lon, location_type, "
        "location_feature_id, location_source FROM events").fetchone()) == (
        "Aleppo", "SYR", 36.2, 37.16, None, None, None)
    assert tuple(con.execute(
        "SELECT ev_location_name, ev_location_lat, ev_location_type, ev_location_feature_id, "
        "ev_location_source FROM mentions").fetchone()) == ("Aleppo", 36.2, None, None, None)
    con.close()


# -- one window for the evidence column and the search snippets --------------------------------

def test_a_window_that_starts_at_a_space_keeps_its_first_word():
    """The events page clipped a window opening right after a space at the next space, losing a
    whole word it had room for; it now cuts only inside a word, as the search snippets do."""
    from marsad.web.evidence import _clip

    sentence = "aa bb cc dd ee"
    s = sentence.index("dd")
    # the window is [3, 14): it opens on bb, right after a space, and ends at the text's end
    assert _clip(sentence, (s, s + 2), width=6) == ("… bb cc dd ee", (8, 10))


def test_the_window_cuts_inside_a_word_at_a_space_and_marks_only_cut_sides():
    from marsad.text.window import clip

    text = "alpha beta gamma delta"
    # [2, 13) cuts inside alpha and inside gamma: both move to the nearest space inward
    shown = clip(text, 2, 13, keep=(6, 10))
    assert (shown.text, shown.start, shown.end) == ("…beta…", 6, 10)
    assert shown.text[6 + shown.shift:10 + shown.shift] == "beta"
    # the span to keep is never cut into: no space before it, the cut stays inside the word
    assert clip(text, 2, 22, keep=(3, 5)).text == "…pha beta gamma delta"
    # only white space left out is no cut: no ellipsis
    assert clip(" alpha beta \n", 0, 13, gap=" ").text == "alpha beta"
