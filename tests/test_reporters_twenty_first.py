"""An event's reporters in the data users load (twenty-first session): who the article says told
the event (`Event.reported_by`, `Event.reporters`: نقلت وكالة … عن الوزير أن …) in the events and
mentions tables (`reported_by_name`, `reported_by_code`, `reported_by_text`, `reporters`), the
store (schema 8), its exports, the PLOVER record, the Spark job and the web article page.
Sentences written for these tests."""

from __future__ import annotations

import json

import pytest

from _jsonl_store import jsonl_store as _store

DAY = "2015-08-05"
PETRA, PETRA_AR = "Petra (Jordan News Agency)", "وكالة الأنباء الأردنية"
MINISTER = "interior minister of Jordan"
# the agency tells what the minister said: the agency, then the minister it relays (the speaker
# of the indirect quote, a bare title: "minister"), report the arrest (review of the
# twenty-first session: an indirect quote's speaker is among the reporters)
TOLD_REPORTERS = f"{PETRA}; minister"
TOLD = "ونقلت وكالة الأنباء الأردنية عن الوزير أن الشرطة اعتقلت خمسة مهربين في عمان أمس."
# the agency relays the minister's own words: both report it
RELAYED = ("ونقلت وكالة الأنباء الأردنية عن وزير الداخلية الأردني قوله: «الشرطة اعتقلت خمسة "
           "مهربين في عمان أمس».")
UNTOLD = "اعتقلت الشرطة خمسة مهربين في عمان أمس."
REPORTER_COLUMNS = ("reported_by_name", "reported_by_code", "reported_by_text", "reporters")


@pytest.fixture(scope="module")
def nlp():
    import marsad

    return marsad.load()


def _reporters(row):
    return tuple(row[c] for c in REPORTER_COLUMNS)


# -- the tables ---------------------------------------------------------------------------------

def test_the_events_and_mentions_tables_carry_the_agency(nlp):
    """No table had an event's `reported_by`: only the document JSON said who told it."""
    from marsad.tables import EVENT_COLUMNS, MENTION_COLUMNS, frame

    doc = nlp(TOLD, published=DAY, doc_id="t")
    assert all(c in EVENT_COLUMNS and c in MENTION_COLUMNS for c in REPORTER_COLUMNS)
    (row,) = frame(doc).to_dict("records")
    assert row["event_code"] == "173"
    assert _reporters(row) == (PETRA, "JORMED", PETRA_AR, TOLD_REPORTERS)
    (mention,) = frame(doc, "mentions").to_dict("records")
    assert _reporters(mention) == (PETRA, "JORMED", PETRA_AR, TOLD_REPORTERS)


def test_the_reporters_column_lists_the_agency_and_the_minister_it_relays(nlp):
    from marsad.tables import frame, split_reporters

    (row,) = frame(nlp(RELAYED, published=DAY)).to_dict("records")
    assert _reporters(row)[:3] == (PETRA, "JORMED", PETRA_AR)
    assert row["reporters"] == f"{PETRA}; {MINISTER}"
    assert split_reporters(row["reporters"]) == [PETRA, MINISTER]


def test_an_event_no_one_is_said_to_tell_has_none(nlp):
    from marsad.tables import frame

    (row,) = frame(nlp(UNTOLD, published=DAY)).to_dict("records")
    assert row["event_code"] == "173"
    assert all(row[c] is None or row[c] != row[c] for c in REPORTER_COLUMNS)  # (None or NA)


def _mention(article, sentence, start, name=None, code=None, text=None, reporters=None):
    return {"event_id": "e", "article_id": article, "sentence": sentence, "start": start,
            "modality": "asserted", "ev_date": DAY, "ev_event_code": "173",
            "source_url": None, "reported_by_name": name, "reported_by_code": code,
            "reported_by_text": text, "reporters": reporters,
            **{k: None for k in ("ev_actor1_code", "ev_actor1_name", "ev_actor1_country",
                                 "ev_actor1_role", "ev_actor2_code", "ev_actor2_name",
                                 "ev_actor2_country", "ev_actor2_role", "ev_plover_type",
                                 "ev_plover_mode", "ev_quad_class", "ev_goldstein",
                                 "ev_location_name", "ev_location_country", "ev_location_lat",
                                 "ev_location_lon", "ev_location_type",
                                 "ev_location_feature_id", "ev_location_source",
                                 "ev_location_admin1")}}


def test_an_event_of_several_articles_joins_their_reporters_in_order():
    """The representative (smallest article, sentence, start) tells no one: the first mention
    that names a reporter gives `reported_by_*`, and every mention's reporters, once each and
    in that order, the list."""
    from marsad.tables import event_row_from_mentions

    rows = [_mention("b", 0, 4, "Reuters", "GBRMED", "رويترز", "Reuters; Saudi Press Agency"),
            _mention("a", 2, 9),
            _mention("c", 1, 0, "Saudi Press Agency", "SAUMED", "واس",
                     "Saudi Press Agency; Adel al-Jubeir")]
    for order in (rows, rows[::-1]):
        ev = event_row_from_mentions(order)
        assert ev["first_article_id"] == "a"
        assert _reporters(ev) == ("Reuters", "GBRMED", "رويترز",
                                  "Reuters; Saudi Press Agency; Adel al-Jubeir")


def test_mention_rows_stored_before_have_no_reporter():
    """A mention row read from a store of schema 7 has no reporter keys at all."""
    from marsad.tables import event_row_from_mentions

    old = _mention("a", 0, 1)
    for c in REPORTER_COLUMNS:
        del old[c]
    assert _reporters(event_row_from_mentions([old])) == (None, None, None, None)


def test_the_plover_record_names_the_reporter(nlp):
    from marsad.tables import events_from_mentions, mention_rows, plover_record

    (row,) = events_from_mentions(mention_rows(nlp(RELAYED, published=DAY)))
    record = plover_record(row)
    assert (record["reported_by"], record["reported_by_code"], record["reporters"]) == (
        PETRA, "JORMED", f"{PETRA}; {MINISTER}")
    assert list(record)[-4:] == ["language", "reported_by", "reported_by_code", "reporters"]


# -- code → store → export ----------------------------------------------------------------------

def _read(out, fmt):
    import pandas as pd

    from marsad.tables import EVENT_COLUMNS, pandas_dtypes

    if fmt == "csv":
        return pd.read_csv(out, dtype=pandas_dtypes(EVENT_COLUMNS)).to_dict("records")
    if fmt == "parquet":
        return pd.read_parquet(out).to_dict("records")
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_the_reporter_goes_through_the_store_to_every_export(tmp_path, capsys, fmt):
    from marsad.cli import main

    db = _store(tmp_path, [{"id": "t", "text": RELAYED, "published": DAY}], capsys)
    for what in ("events", "mentions"):
        out = tmp_path / f"{what}.{fmt}"
        assert main(["export", "--db", str(db), "--what", what, "-o", str(out)]) == 0
        capsys.readouterr()
        (row,) = _read(out, fmt)
        assert _reporters(row) == (PETRA, "JORMED", PETRA_AR, f"{PETRA}; {MINISTER}"), what


def test_the_plover_export_names_the_reporter(tmp_path, capsys):
    from marsad.cli import main

    db = _store(tmp_path, [{"id": "t", "text": TOLD, "published": DAY}], capsys)
    out = tmp_path / "p.jsonl"
    assert main(["export", "--db", str(db), "--what", "events", "--style", "plover",
                 "-o", str(out)]) == 0
    (record,) = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert (record["reported_by"], record["reported_by_code"]) == (PETRA, "JORMED")


def test_a_store_of_the_seventh_schema_migrates_and_keeps_its_rows(tmp_path, capsys):
    """Schema 7 → 8: every stored row kept, the new columns empty until the article is coded
    again; an article stored after the migration carries its reporter, and the export of the
    migrated store has the columns."""
    from _old_store import old_store

    from marsad.cli import main
    from marsad.store import SCHEMA_VERSION, connect
    from marsad.store.ingest import refresh_events

    db = tmp_path / "old.db"
    old = old_store(db, 7)
    old.execute("INSERT INTO articles (article_id, content_hash, text, doc_json) "
                "VALUES ('o', 'h', 'نص', x'00')")
    old.execute("INSERT INTO mentions (event_id, article_id, sentence, start, modality, "
                "ev_date, ev_event_code) VALUES ('e', 'o', 0, 3, 'asserted', ?, '173')", (DAY,))
    old.execute("INSERT INTO events (event_id, date, event_code, num_mentions) "
                "VALUES ('e', ?, '173', 1)", (DAY,))
    old.commit()
    old.close()
    con = connect(db)
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 11
    assert tuple(con.execute("SELECT event_id, date, event_code, num_mentions, "
                             "reported_by_name, reporters FROM events").fetchone()) == (
        "e", DAY, "173", 1, None, None)
    assert tuple(con.execute("SELECT article_id, ev_event_code, reported_by_code, reporters "
                             "FROM mentions").fetchone()) == ("o", "173", None, None)
    assert [tuple(r) for r in con.execute("SELECT article_id FROM articles")] == [("o",)]
    with con:  # (the event rebuilt from its old mention, as ingest does: still no reporter)
        refresh_events(con, ["e"])
    assert tuple(con.execute("SELECT num_mentions, reported_by_code FROM events").fetchone()) \
        == (1, None)
    con.close()
    jsonl = tmp_path / "new.jsonl"
    jsonl.write_text(json.dumps({"id": "n", "text": TOLD, "published": DAY},
                                ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["ingest", str(jsonl), "--db", str(db), "--no-progress"]) == 0
    out = tmp_path / "e.csv"
    assert main(["export", "--db", str(db), "--what", "events", "-o", str(out)]) == 0
    capsys.readouterr()
    rows = {r["event_id"]: r for r in _read(out, "csv")}
    assert rows["e"]["reported_by_code"] != rows["e"]["reported_by_code"]  # (NA: none)
    (new,) = [r for k, r in rows.items() if k != "e"]
    assert _reporters(new) == (PETRA, "JORMED", PETRA_AR, TOLD_REPORTERS)


# -- the web article page -------------------------------------------------------------------------

def test_the_article_and_event_pages_say_who_reported_the_event(tmp_path, capsys):
    from fastapi.testclient import TestClient

    from marsad.web import create_app

    db = _store(tmp_path, [{"id": "t", "text": RELAYED, "published": DAY},
                           {"id": "u", "text": UNTOLD, "published": "2015-08-06"}], capsys)
    with TestClient(create_app(db, read_only=True)) as client:
        page = client.get("/articles/t").text
        assert "reported by " in page
        assert f'href="/actors/JORMED">{PETRA} [JORMED]</a>' in page
        assert f">{MINISTER} [JORGOV]</a>" in page
        assert "reported by " not in client.get("/articles/u").text
        (told,) = [e for e in client.get("/v1/events").json()["results"]
                   if e["first_article_id"] == "t"]
        assert told["reporters"] == f"{PETRA}; {MINISTER}"
        event_page = client.get(f"/events/{told['event_id']}").text
        assert f"<th>Reported by</th><td>{PETRA}, {MINISTER}</td>" in event_page


# -- Spark ----------------------------------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.spark
def test_spark_joins_the_reporters_as_the_tables_do():
    import sys

    from marsad.spark import events_from_mentions, spark_session
    from marsad.spark.job import _struct
    from marsad.spark.worker import MENTION_FIELDS
    from marsad.tables import EVENT_COLUMNS
    from marsad.tables import events_from_mentions as python_events

    rows = [_mention("b", 0, 4, "Reuters", "GBRMED", "رويترز", "Reuters; Saudi Press Agency"),
            _mention("a", 2, 9),
            _mention("c", 1, 0, "Saudi Press Agency", "SAUMED", "واس",
                     "Saudi Press Agency; Adel al-Jubeir")]
    rows += [{**_mention("z", 0, 0), "event_id": "none"}]
    rows = [{k: r.get(k) for k in MENTION_FIELDS} for r in rows]
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PYSPARK_PYTHON", sys.executable)
        mp.setenv("PYSPARK_DRIVER_PYTHON", sys.executable)
        spark = spark_session("local[1]", {"spark.ui.enabled": "false",
                                           "spark.sql.shuffle.partitions": "1",
                                           "spark.ui.showConsoleProgress": "false"})
        try:
            df = spark.createDataFrame(rows, _struct(MENTION_FIELDS))
            got = sorted((r.asDict() for r in events_from_mentions(df).collect()),
                         key=lambda r: r["event_id"])
        finally:
            spark.stop()
    assert got == [{k: r[k] for k in EVENT_COLUMNS} for r in python_events(rows)]
    assert _reporters(got[0]) == ("Reuters", "GBRMED", "رويترز",
                                  "Reuters; Saudi Press Agency; Adel al-Jubeir")
    assert _reporters(got[1]) == (None, None, None, None)
