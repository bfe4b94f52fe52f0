"""Places get coordinates: every point of cities.json and countries.json is in range and inside
its country's box, a dozen points checked by hand, and an event's place carries its point into
the document and the events table (GDELT's ActionGeo_Lat/Long)."""

from __future__ import annotations

import csv
import json

import pytest

from marsad.document import Document, Location
from marsad.lexicon.loader import builtin_data_dir


def _entries(name: str) -> list[dict]:
    return json.loads((builtin_data_dir() / name).read_text(encoding="utf-8"))["entries"]


def _in_box(lat: float, lon: float, box: list[float]) -> bool:
    """Inside [min_lat, min_lon, max_lat, max_lon]; min_lon > max_lon crosses the 180th meridian."""
    lo_lat, lo_lon, hi_lat, hi_lon = box
    if not lo_lat <= lat <= hi_lat:
        return False
    return lo_lon <= lon <= hi_lon if lo_lon <= hi_lon else lon >= lo_lon or lon <= hi_lon


@pytest.fixture(scope="module")
def nlp():
    import marsad

    return marsad.load()


def test_every_coordinate_is_in_range_and_every_box_is_well_formed():
    for name in ("cities.json", "countries.json"):
        for e in _entries(name):
            lat, lon = e.get("lat"), e.get("lon")
            assert (lat is None) == (lon is None), e["name"]
            if lat is not None:
                assert -90 <= lat <= 90 and -180 <= lon <= 180, e["name"]
                assert round(lat, 2) == lat and round(lon, 2) == lon, e["name"]
    for e in _entries("countries.json"):
        box = e.get("bbox")
        if e["kind"] == "ethnic":  # (a people has no point: the Kurds)
            continue
        assert e.get("lat") is not None, e["iso3"]
        assert box is not None and len(box) == 4, e["iso3"]
        assert -90 <= box[0] < box[2] <= 90 and all(-180 <= x <= 180 for x in box[1::2])
        assert _in_box(e["lat"], e["lon"], box), f"{e['iso3']}: its point is outside its box"


def test_every_city_lies_in_its_country_box():
    """A swapped lat/lon or a lost minus sign puts a town out of its country's box."""
    boxes = {e["iso3"]: e.get("bbox") for e in _entries("countries.json")}
    cities = _entries("cities.json")
    outside = [(e["name"], e["country"], e["lat"], e["lon"]) for e in cities
               if e.get("lat") is not None and e.get("country") and
               not _in_box(e["lat"], e["lon"], boxes[e["country"]])]
    assert outside == []
    # every city of a state has its point; the nulls are a few small towns and wide regions
    missing = [e["name"] for e in cities if e["kind"] == "city" and e.get("lat") is None]
    assert len(missing) <= 5, missing
    assert all(e.get("lat") is not None for e in cities if e.get("capital"))


# Checked by hand against an atlas (decimal degrees; south and west negative).
KNOWN = {
    "Tehran": (35.69, 51.39), "Riyadh": (24.71, 46.68), "Cairo": (30.04, 31.24),
    "Damascus": (33.51, 36.29), "Baghdad": (33.31, 44.36), "Sanaa": (15.37, 44.19),
    "Aleppo": (36.20, 37.16), "Beirut": (33.89, 35.50), "Gaza City": (31.50, 34.47),
    "Washington": (38.91, -77.04), "Moscow": (55.76, 37.62), "Buenos Aires": (-34.60, -58.38),
    "Sydney": (-33.87, 151.21), "London": (51.51, -0.13),
}


def test_a_dozen_places_checked_by_hand():
    points = {e["name"]: (e["lat"], e["lon"]) for e in _entries("cities.json")}
    for name, (lat, lon) in KNOWN.items():
        got = points[name]
        assert got[0] is not None and abs(got[0] - lat) <= 0.1 and abs(got[1] - lon) <= 0.1, \
            (name, got)
    countries = {e["iso3"]: (e["lat"], e["lon"]) for e in _entries("countries.json")}
    # (a country's point is its rough centre: Syria's lies east of Homs, Saudi Arabia's in Najd)
    assert 34 <= countries["SYR"][0] <= 36 and 37 <= countries["SYR"][1] <= 39.5
    assert 22 <= countries["SAU"][0] <= 26 and 43 <= countries["SAU"][1] <= 47
    assert countries["ARG"][0] < 0 and countries["ARG"][1] < 0


def test_an_event_place_carries_its_point(nlp):
    doc = nlp("قصفت الطائرات الروسية مدينة حلب.")
    places = [ev.location for ev in doc.events if ev.location is not None]
    assert places and places[0].name == "Aleppo"
    assert (places[0].lat, places[0].lon) == KNOWN["Aleppo"]
    again = Document.from_json(doc.to_json())  # the document's JSON keeps them
    assert (again.events[0].location.lat, again.events[0].location.lon) == KNOWN["Aleppo"]
    # a country said as the place gets the country's point
    doc = nlp("تظاهر آلاف الطلاب في العراق احتجاجا على الفساد.")
    loc = next(ev.location for ev in doc.events if ev.location is not None)
    assert loc.country == "IRQ" and loc.lat is not None and 32 <= loc.lat <= 34


def test_a_location_of_old_json_loads_without_a_point():
    loc = Location("Aleppo", "SYR", 1, 4)
    assert loc.lat is None and loc.lon is None


def test_a_user_city_without_coordinates_loads_and_places_with_no_point(tmp_path):
    import marsad

    (tmp_path / "my_towns.json").write_text(json.dumps({
        "lexicon": "cities", "version": "1", "description": "a town of a test",
        "entries": [{"name": "Kafr Nabl", "ar": ["كفرنبل"], "country": "SYR",
                     "capital": False, "kind": "city"}]}, ensure_ascii=False), encoding="utf-8")
    doc = marsad.load(lexicon_dirs=[tmp_path])("قصفت الطائرات الروسية بلدة كفرنبل.")
    loc = next(ev.location for ev in doc.events if ev.location is not None)
    assert loc.name == "Kafr Nabl" and loc.lat is None and loc.lon is None


def test_the_events_table_takes_the_point_to_csv_and_parquet(tmp_path):
    import pyarrow.parquet as pq

    from marsad.cli import main
    from marsad.tables import EVENT_COLUMNS

    assert EVENT_COLUMNS.index("location_lat") == EVENT_COLUMNS.index("location_country") + 1
    (tmp_path / "a.txt").write_text("قصفت الطائرات الروسية مدينة حلب.", encoding="utf-8")
    db = tmp_path / "s.db"
    assert main(["ingest", str(tmp_path / "a.txt"), "--db", str(db), "--workers", "1",
                 "--no-progress"]) == 0
    assert main(["export", "--db", str(db), "--what", "events", "--format", "csv", "-o",
                 str(tmp_path / "e.csv")]) == 0
    with open(tmp_path / "e.csv", encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r["location_name"] == "Aleppo"]
    assert rows and (float(rows[0]["location_lat"]), float(rows[0]["location_lon"])) == \
        KNOWN["Aleppo"]
    # (thirteenth session) the kind of place, its dictionary entry, how the event got it
    assert (rows[0]["location_type"], rows[0]["location_feature_id"],
            rows[0]["location_source"]) == ("city", "Aleppo", "target")
    assert main(["export", "--db", str(db), "--what", "events", "--format", "parquet", "-o",
                 str(tmp_path / "e.parquet")]) == 0
    table = pq.read_table(tmp_path / "e.parquet")
    assert str(table.schema.field("location_lat").type) == "double"
    got = [(r["location_lat"], r["location_lon"]) for r in table.to_pylist()
           if r["location_name"] == "Aleppo"]
    assert got == [KNOWN["Aleppo"]]
    assert main(["export", "--db", str(db), "--what", "events", "--format", "jsonl", "--style",
                 "plover", "-o", str(tmp_path / "p.jsonl")]) == 0
    rec = json.loads((tmp_path / "p.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert (rec["location"]["lat"], rec["location"]["lon"]) == KNOWN["Aleppo"]
    assert (rec["location"]["type"], rec["location"]["feature_id"]) == ("city", "Aleppo")


def test_a_store_of_the_second_schema_gains_the_point_columns(tmp_path):
    import sqlite3

    from marsad.store import SCHEMA_VERSION, connect
    from marsad.store.db import MIGRATIONS, _add_functions

    db = tmp_path / "old.db"
    old = sqlite3.connect(db)
    _add_functions(old)
    old.executescript(MIGRATIONS[0] + MIGRATIONS[1] + "; PRAGMA user_version=2;")
    old.execute("INSERT INTO events (event_id, location_name) VALUES ('e', 'Aleppo')")
    old.commit()
    old.close()
    con = connect(db)
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert tuple(con.execute("SELECT location_name, location_lat, location_lon FROM events"
                             ).fetchone()) == ("Aleppo", None, None)
    assert con.execute("SELECT ev_location_lat FROM mentions").fetchall() == []
    con.close()


def test_a_span_of_two_places_gives_each_its_own_point():
    """البلدان read by coreference as China and as the United States: two entities on one span;
    the event placed in China takes China's point, not the other's. A village placed in another
    country than its namesake's (by a nisba) takes none."""
    from types import SimpleNamespace

    from marsad.document import Entity
    from marsad.events.placing import PlaceFeature, locate

    ents = [Entity(10, 17, "البلدان", "GPE", "China", "CHN", "country:CHN", "CHN", how="coref"),
            Entity(10, 17, "البلدان", "GPE", "United States", "USA", "country:USA", "USA",
                   how="coref"),
            Entity(30, 34, "دوما", "LOC", "Douma", None, "city:Douma:SYR", "SYR")]
    points = {"country:CHN": PlaceFeature("country", "CHN", 35.0, 105.0),
              "country:USA": PlaceFeature("country", "USA", 38.0, -97.0),
              "city:Douma:SYR": PlaceFeature("city", "Douma", 33.57, 36.4)}
    china = Location("China", "CHN", 10, 17)
    village = Location("Douma", "PSE", 30, 34)  # قرية دوما الفلسطينية
    locate(SimpleNamespace(entities=ents),
           [SimpleNamespace(location=china, cameo="190"),
            SimpleNamespace(location=village, cameo="190")], points)
    assert (china.lat, china.lon) == (35.0, 105.0)
    assert (village.lat, village.lon) == (None, None)
