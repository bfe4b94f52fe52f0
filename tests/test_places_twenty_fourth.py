"""The publication country as the place of last resort (twenty-fourth session): an event of a
local story that nothing placed takes the country the article was published in, from its
`country` meta field (a record's `country`, `--country ISO3`) or its outlet (outlets.json),
with location source `publication_country`; never for a story told from abroad, and never over
a place its sentence or dateline gives. The sentences are our own."""

from __future__ import annotations

import json
import sqlite3

import pytest
from _cli import run_cli as _cli

PUBLISHED = "2015-07-25"
# a local story: an arrest, no place named (the police of a Saudi paper's town)
LOCAL = "اعتقلت الشرطة ثلاثة أشخاص أمس.\n"
# another story of no place: a protest
PROTEST = "تظاهر مئات الطلاب أمام مبنى الجامعة أمس.\n"
FROM_HOME = "publication_country"


def arrests(nlp, text: str, **meta):
    doc = nlp(text, published=PUBLISHED, **meta)
    evs = [ev for ev in doc.events if ev.cameo.startswith("173")]
    assert evs, [(ev.cameo, ev.trigger) for ev in doc.events]
    return evs


def test_the_meta_country_places_an_event_nothing_else_placed(nlp):
    (ev,) = arrests(nlp, LOCAL, country="SAU")
    loc = ev.location
    assert loc is not None and loc.source == FROM_HOME
    assert (loc.country, loc.type, loc.feature_id, loc.start, loc.end) == \
        ("SAU", "country", "SAU", None, None)
    assert loc.name == "Saudi Arabia" and loc.lat is not None and loc.lon is not None
    # (a lower-case code is the same country; a code of no country is refused: twenty-fifth
    # session, marsad.lexicon.countries)
    assert arrests(nlp, LOCAL, country="egy")[0].location.country == "EGY"
    from marsad.errors import InputError

    with pytest.raises(InputError, match="XYZ"):
        nlp(LOCAL, published=PUBLISHED, country="XYZ")
    assert arrests(nlp, LOCAL)[0].location is None  # (no country, no outlet: no place)


def test_the_outlet_gives_the_country_when_the_meta_gives_none(nlp):
    assert arrests(nlp, LOCAL, source="okaz")[0].location.country == "SAU"
    assert arrests(nlp, LOCAL, url="https://www.okaz.com.sa/news/1")[0].location.source == \
        FROM_HOME
    # the article's own country goes before its outlet's
    assert arrests(nlp, LOCAL, source="okaz", country="BHR")[0].location.country == "BHR"
    # the events stage may be told not to
    import marsad

    off = marsad.load(config={"events": {"place_by_publication_country": False}})
    assert arrests(off, LOCAL, source="okaz")[0].location is None


def test_a_place_of_the_sentence_or_a_dateline_wins(nlp):
    text = "اعتقلت الشرطة ثلاثة أشخاص في جدة أمس.\nوتظاهر مئات الطلاب أمام مبنى الجامعة مساء أمس.\n"
    doc = nlp(text, published=PUBLISHED, country="SAU")
    first, second = sorted(doc.events, key=lambda e: e.sentence)
    assert (first.cameo[:3], second.cameo[:2]) == ("173", "14")
    assert (first.location.name, first.location.source) == ("Jeddah", "sentence")
    assert (second.location.country, second.location.source) == ("SAU", FROM_HOME)
    # under a dateline, the dateline's rules say where, even of another country
    (ev,) = arrests(nlp, "القاهرة - رويترز: " + LOCAL, country="SAU")
    assert (ev.location.name, ev.location.source) == ("Cairo", "dateline")


def test_no_publication_country_for_an_event_of_another_country(nlp):
    # an actor of another country in the sentence (a nisba): the event may be abroad
    text = LOCAL + "واعتقلت الشرطة العراقية خمسة أشخاص أمس.\n"
    local, foreign = sorted(arrests(nlp, text, country="SAU"), key=lambda e: e.sentence)
    assert local.location is not None and local.location.source == FROM_HOME
    assert foreign.location is None


def test_no_publication_country_for_a_story_told_from_abroad(nlp):
    # the lead names a place of another country: the whole article is a story of elsewhere
    abroad = "وصل الوفد إلى بغداد صباح أمس.\n" + LOCAL
    assert all(ev.location is None for ev in arrests(nlp, abroad, country="SAU"))
    # and the paragraph of the event names one (not the lead)
    later = LOCAL + "وفي سياق آخر وقعت اشتباكات في بغداد واعتقلت الشرطة عشرة أشخاص أمس.\n"
    evs = sorted(arrests(nlp, later, country="SAU"), key=lambda e: e.sentence)
    assert evs[0].location is not None and evs[0].location.source == FROM_HOME
    assert all(ev.location is None or ev.location.country == "IRQ" for ev in evs[1:])


def test_the_country_field_of_a_record_is_read(tmp_path):
    from marsad.store.readers import iter_items

    f = tmp_path / "in.jsonl"
    f.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (
        {"id": "a", "text": LOCAL, "country": "sau"},
        {"id": "b", "text": LOCAL, "country": "Saudi Arabia"},
        {"id": "c", "text": LOCAL})) + "\n", encoding="utf-8")
    c = tmp_path / "in.csv"
    c.write_text("id,text,country\nd,اعتقلت الشرطة شخصين,EGY\ne,اعتقلت الشرطة شخصين,\n",
                 encoding="utf-8")
    got = {it.doc_id: it.country for it in iter_items([f, c])}
    # (a name is read as its country since the twenty-fifth session)
    assert got == {"a": "SAU", "b": "SAU", "c": None, "d": "EGY", "e": None}


def _jsonl(tmp_path):
    f = tmp_path / "in.jsonl"
    f.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (
        {"id": "run", "text": LOCAL, "published": PUBLISHED},
        {"id": "own", "text": PROTEST, "published": PUBLISHED,
         "country": "KWT"})) + "\n", encoding="utf-8")
    return f


def test_code_country_option_and_field(tmp_path):
    status, out, err = _cli("code", "--input-jsonl", str(_jsonl(tmp_path)), "--country", "SAU",
                            "--format", "jsonl")
    assert status == 0, err
    docs = {d["doc_id"]: d for d in map(json.loads, out.splitlines())}
    places = {k: [(ev["location"]["country"], ev["location"]["source"])
                  for ev in d["events"]] for k, d in docs.items()}
    # the option for the article that gives none; the article's own field before it
    assert places == {"run": [("SAU", FROM_HOME)], "own": [("KWT", FROM_HOME)]}
    status, _, err = _cli("code", "--input-jsonl", str(_jsonl(tmp_path)), "--country", "Saudi")
    assert status == 2 and "is not a country that marsad knows" in err


def test_ingest_country_option_and_export(tmp_path):
    db = tmp_path / "news.db"
    status, _, err = _cli("ingest", str(_jsonl(tmp_path)), "--db", str(db), "--country", "SAU",
                          "--no-progress")
    assert status == 0, err
    con = sqlite3.connect(db)
    rows = sorted(con.execute("SELECT location_country, location_source, location_type "
                              "FROM events").fetchall())
    con.close()
    assert rows == [("KWT", FROM_HOME, "country"), ("SAU", FROM_HOME, "country")]
    status, out, err = _cli("export", "--db", str(db), "--what", "events", "--format", "csv")
    assert status == 0, err
    assert out.count(FROM_HOME) == 2


def test_spark_worker_reads_the_field_and_the_run_country():
    pa = pytest.importorskip("pyarrow")
    from marsad.spark import worker

    prepared = worker.prepare_record({"_ids": ["x"], "_text": LOCAL, "_published": [PUBLISHED],
                                      "country": "kwt"})
    assert prepared["country"] == "kwt"  # (as given: make_doc reads it, twenty-fifth session)
    rows = [{"article_id": "x", "doc_id": "x", "text": LOCAL, "published": PUBLISHED,
             "title": None, "url": None, "source": None, "country": None},
            {"article_id": "y", "doc_id": "y", "text": PROTEST,
             "published": PUBLISHED, "title": None, "url": None, "source": None,
             "country": "KWT"}]
    batch = pa.RecordBatch.from_pylist(rows)
    out = [r for b in worker.code_batches(iter([batch]), country="SAU") for r in b.to_pylist()]
    got = {r["article_id"]: [(m["ev_location_country"], m["ev_location_source"])
                             for m in r["mentions"]] for r in out}
    assert got == {"x": [("SAU", FROM_HOME)], "y": [("KWT", FROM_HOME)]}


@pytest.mark.slow
@pytest.mark.spark
def test_spark_run_country_option_and_field(tmp_path, monkeypatch):
    import shutil
    import sys

    pytest.importorskip("pyspark", reason="pyspark is not installed")
    if not shutil.which("java"):
        pytest.skip("Spark needs Java")
    import pyarrow.dataset as ds

    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
    monkeypatch.setenv("PYSPARK_DRIVER_PYTHON", sys.executable)
    out = tmp_path / "out"
    status, _, err = _cli("spark-run", str(_jsonl(tmp_path)), str(out), "--master", "local[1]",
                          "--partitions", "1", "--country", "SAU",
                          "--conf", "spark.ui.enabled=false",
                          "--conf", "spark.ui.showConsoleProgress=false")
    assert status == 0, err
    rows = ds.dataset(out / "events", format="parquet", partitioning="hive").to_table().to_pylist()
    # (the arrest of "run" placed by the run's country, the protest of "own" by its own field)
    assert sorted((r["event_code"][:2], r["location_country"], r["location_source"])
                  for r in rows) == [("14", "KWT", FROM_HOME), ("17", "SAU", FROM_HOME)]
