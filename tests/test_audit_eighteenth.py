"""What a user meets (eighteenth session's audit, the seventeenth's leftovers): the province of a
town (`Location.admin1`) in every output places are read from, Spark's CSV and Parquet inputs'
bad rows, the store's search for a word without its final hamza or with a clitic, and the actor
filter in English and CAMEO codes. Sentences written for these tests."""

from __future__ import annotations

import json

import pytest

from _jsonl_store import jsonl_store as _store

# a town in its province: Zinjibar, in Abyan (cities.json), one place with admin1 Abyan
TOWN = "اعتقلت الشرطة ثلاثة أشخاص في مدينة زنجبار بمحافظة أبين أمس."


# -- 1. the province of a town in every output ---------------------------------------------------

def test_admin1_is_in_the_events_frame_and_the_plover_record():
    """`Location.admin1` was in the document JSON only: the events table, its frame and the
    PLOVER record had the town and not its province."""
    import marsad
    from marsad.tables import EVENT_COLUMNS, flat_plover_record, frame, plover_record

    doc = marsad.load()(TOWN, published="2021-05-04", doc_id="t")
    (ev,) = doc.events
    assert (ev.location.name, ev.location.admin1) == ("Zinjibar", "Abyan")
    events = frame([doc])
    assert "location_admin1" in EVENT_COLUMNS
    assert events["location_admin1"].tolist() == ["Abyan"]
    row = events.iloc[0].to_dict()
    record = plover_record(row)
    assert (record["location"]["name"], record["location"]["admin1"]) == ("Zinjibar", "Abyan")
    assert flat_plover_record(record)["location_admin1"] == "Abyan"


@pytest.mark.parametrize("style, fmt", [("gdelt", "csv"), ("gdelt", "parquet"), ("gdelt", "jsonl"),
                                        ("plover", "jsonl"), ("plover", "parquet"),
                                        ("plover", "csv")])
def test_admin1_round_trips_through_the_store_and_its_exports(tmp_path, capsys, style, fmt):
    """The store had no column for the province, so no export had it."""
    import pandas as pd

    from marsad.cli import main

    db = _store(tmp_path, [{"id": "t", "text": TOWN, "published": "2021-05-04"}], capsys)
    out = tmp_path / f"e.{fmt}"
    assert main(["export", "--db", str(db), "--what", "events", "--style", style,
                 "-o", str(out)]) == 0
    capsys.readouterr()
    if fmt == "csv":
        rows = pd.read_csv(out, dtype=str).to_dict("records")
    elif fmt == "parquet":
        rows = pd.read_parquet(out).to_dict("records")
    else:
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    (row,) = rows
    if style == "plover" and fmt != "csv":
        assert (row["location"]["name"], row["location"]["admin1"]) == ("Zinjibar", "Abyan")
    else:
        assert (row["location_name"], row["location_admin1"]) == ("Zinjibar", "Abyan")


def test_a_store_of_the_fourth_schema_migrates_and_keeps_its_rows(tmp_path):
    from _old_store import old_store

    from marsad.store import SCHEMA_VERSION, connect

    db = tmp_path / "old.db"
    old = old_store(db, 4)
    old.execute("INSERT INTO events (event_id, location_name, location_type) "
                "VALUES ('e', 'Zinjibar', 'city')")
    old.commit()
    old.close()
    con = connect(db)
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 11
    assert tuple(con.execute("SELECT location_name, location_type, location_admin1 "
                             "FROM events").fetchone()) == ("Zinjibar", "city", None)
    assert con.execute("SELECT ev_location_admin1 FROM mentions").fetchall() == []
    con.close()


def test_the_web_pages_name_the_province_of_a_town(tmp_path, capsys):
    """The article, events and event pages said "Zinjibar" with no province."""
    from fastapi.testclient import TestClient

    from marsad.web import create_app

    db = _store(tmp_path, [{"id": "t", "text": TOWN, "published": "2021-05-04"}], capsys)
    with TestClient(create_app(db, read_only=True)) as client:
        (ev,) = client.get("/v1/events").json()["results"]
        assert ev["location_admin1"] == "Abyan"
        for page in ("/events", f"/events/{ev['event_id']}", "/articles/t"):
            res = client.get(page)
            assert res.status_code == 200, page
            assert "Zinjibar, Abyan" in res.text, page


# -- 3. the store's search: a final hamza, a clitic the index kept ---------------------------------

def _found(con, query):
    from marsad.lexicon import load_lexicon
    from marsad.store.query import search
    from marsad.text.tokens import Segmenter, known_words_from_lexicon

    seg = Segmenter(known_words_from_lexicon(load_lexicon()))
    res = search(con, query, segmenter=seg)
    return sorted(r["article_id"] for r in res["results"]), res["results"]


def test_search_finds_a_word_typed_without_its_final_hamza(tmp_path, capsys):
    """وزرا for وزراء, إنشا for إنشاء (a keyboard's hamza left out): the search found only the
    articles that misspell the word so. The other way is not taken (علماء does not find علمًا,
    another word once folded), nor is a word of two letters widened (ما is no ماء)."""
    from marsad.store import connect

    db = _store(tmp_path, [
        {"id": "a", "text": "اجتمع وزراء الخارجية العرب في القاهرة لبحث إنشاء قوة مشتركة."},
        {"id": "b", "text": "اجتمع وزرا الخارجية في عمان وبحثوا إنشا صندوق للإعمار."},
        {"id": "c", "text": "قال الوزير ما لديه عن انقطاع الماء في المدينة، علمًا بأن الوزراء "
                            "اجتمعوا."},
        {"id": "d", "text": "زار الوزير القاهرة أمس والتقى علماء الدين قرب بئر ماء."}], capsys)
    con = connect(db, read_only=True)
    try:
        for query, want in (("وزرا", ["a", "b", "c"]), ("إنشا", ["a", "b"]),
                            ("وزراء", ["a", "c"]), ("الوزراء", ["a", "c"]), ("إنشاء", ["a"])):
            ids, results = _found(con, query)
            assert ids == want, query
            for r in results:  # the word is marked in each snippet
                (start, end), *_ = r["highlights"]
                assert r["snippet"][start:end] in ("وزراء", "الوزراء", "وزرا", "إنشاء",
                                                   "إنشا"), query
        assert _found(con, "علماء")[0] == ["d"]  # (not علمًا)
        assert _found(con, "ما")[0] == ["c"]  # (not الماء)
    finally:
        con.close()


def test_search_finds_a_word_whose_clitic_the_index_kept(tmp_path, capsys):
    """The segmenter splits و ف ب ك ل only before a word it knows or can read, so the index
    kept لشؤون and وشؤون whole: شؤون and الشؤون found only the articles with the article or
    the bare word. (والرياض، بالرياض، للحكومة were already found as الرياض and الحكومة.)"""
    from marsad.store import connect

    db = _store(tmp_path, [
        {"id": "a", "text": "عين الملك وزيرا لشؤون الخليج."},
        {"id": "b", "text": "بحث الوزراء الشؤون الإقليمية في عمان."},
        {"id": "c", "text": "زار وفد الحكومة الرياض أمس والتقى المسؤولين."},
        {"id": "d", "text": "وصل الوفد بالرياض وقدم للحكومة مقترحا."},
        {"id": "e", "text": "قال الوزير بعد الاجتماع إن المفاوضات مستمرة."}], capsys)
    con = connect(db, read_only=True)
    try:
        for query in ("شؤون", "الشؤون", "وبالشؤون"):
            ids, results = _found(con, query)
            assert ids == ["a", "b"], query
            for r in results:
                (start, end), *_ = r["highlights"]
                assert r["snippet"][start:end] in ("لشؤون", "الشؤون"), query
        for query in ("الرياض", "والرياض", "بالرياض"):
            assert _found(con, query)[0] == ["c", "d"], query
        for query in ("الحكومة", "للحكومة", "حكومة"):
            assert _found(con, query)[0] == ["c", "d"], query
        assert _found(con, "عد")[0] == []  # (a short word is not looked for with clitics)
    finally:
        con.close()


# -- 3. the actor filter in English and in codes ---------------------------------------------------

VISIT = "استقبل الرئيس المصري وزير الخارجية الأردني في القاهرة أمس."


def test_an_english_country_name_as_actor_filter_is_its_code(tmp_path, capsys):
    """`--actor "Saudi Arabia"` matched only the events whose actor's name holds those words,
    not the country's other actors (SAUGOV named by its minister, SAU by its capital); codes
    (SAU, SAUGOV) were and are prefixes. The quotes' speaker filter and the web app's actor box
    read a country's name too."""
    from fastapi.testclient import TestClient

    from marsad.cli import main
    from marsad.web import create_app

    db = _store(tmp_path, [
        {"id": "v", "text": VISIT, "published": "2021-05-04"},
        {"id": "q", "text": "قال الرئيس المصري إن بلاده تدعم الحوار.", "published": "2021-05-04"}],
        capsys)

    def events(actor):
        assert main(["events", "--db", str(db), "--actor", actor, "--format", "jsonl"]) == 0
        return [json.loads(line) for line in capsys.readouterr().out.splitlines()]

    (row,) = events("EGY")
    assert row["actor1_code"].startswith("EGY") and "Egypt" not in (row["actor1_name"] or "")
    for actor in ("Egypt", "egypt", "EGYGOV", "مصر"):
        assert events(actor) == [row], actor
    assert events("Jordan")[0]["actor2_code"].startswith("JOR")
    assert main(["quotes", "--db", str(db), "--speaker", "Egypt", "--format", "jsonl"]) == 0
    assert [json.loads(line)["speaker_code"][:3] for line in
            capsys.readouterr().out.splitlines()] == ["EGY"]
    with TestClient(create_app(db, read_only=True)) as client:
        res = client.get("/v1/events", params={"actor": "Egypt"})
        assert [e["actor1_code"][:3] for e in res.json()["results"]] == ["EGY"]
        res = client.get("/v1/quotes", params={"speaker": "مصر"})
        assert [q["speaker_code"][:3] for q in res.json()["results"]] == ["EGY"]
        res = client.get("/actors", params={"code": "Egypt"}, follow_redirects=False)
        assert res.status_code == 303 and res.headers["location"] == "/actors/EGY"


# -- 2. Spark's CSV and Parquet inputs: bad rows said as ingest says them -------------------------

def _bad_csv_and_parquet(root):
    """A folder of CSV files and one of Parquet files, with bad rows and files at three depths."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    csv_dir, pq_dir = root / "csv", root / "pq"
    (csv_dir / "sub" / "deeper").mkdir(parents=True)
    (pq_dir / "sub" / "deep").mkdir(parents=True)
    (csv_dir / "a.csv").write_text(f"id,text,published\r\ntown,{TOWN},2021-05-04\r\n"
                                   'blank,"   ",2021-05-04\r\n', encoding="utf-8")
    (csv_dir / "sub" / "b.csv").write_bytes("id,text\r\narabic,تظاهر الطلاب في القاهرة.\r\n"
                                            .encode("cp1256"))
    (csv_dir / "sub" / "deeper" / "c.csv").write_bytes(b"")
    (csv_dir / "sub" / "d.csv").write_text("id,headline\r\nh,زار الوزير الرياض.\r\n",
                                           encoding="utf-8")
    (csv_dir / "e.csv").write_text('id,text\r\nfine,زار الوزير الرياض.\r\ncut,"زار الوزير\r\n',
                                   encoding="utf-8")
    pq.write_table(pa.table({"id": ["p1", "p2", "p3"],
                             "text": ["تظاهر الطلاب في القاهرة أمس.", "", None]}),
                   pq_dir / "a.parquet")
    (pq_dir / "sub" / "b.parquet").write_bytes(b"PAR1" + b"\x00" * 40)
    (pq_dir / "sub" / "deep" / "c.parquet").write_bytes(b"")
    return csv_dir, pq_dir


@pytest.mark.spark
@pytest.mark.slow
@pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning")
def test_spark_run_rejects_bad_csv_and_parquet_rows_as_ingest_does(tmp_path, monkeypatch):
    """Spark's CSV and Parquet readers dropped an empty text, a file with no text column, a
    file cut inside a quote, a file that is not Parquet and empty files in silence, and read a
    CSV in windows-1256 as mojibake (exit 0); now they are ingest's rejects, with its messages,
    at any folder depth, and the province of a town is in Spark's events."""
    import contextlib
    import io
    import sys

    pytest.importorskip("pyspark", reason="pyspark is not installed")
    import pyarrow.dataset as ds
    from _spark_run import spark_run

    from marsad.cli import main

    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
    monkeypatch.setenv("PYSPARK_DRIVER_PYTHON", sys.executable)
    csv_dir, pq_dir = _bad_csv_and_parquet(tmp_path)
    want = {  # (file, row, reason), read by hand from the files above
        csv_dir: [("a.csv", 2, "empty"), ("e.csv", 2, "malformed_csv"),
                  ("sub/d.csv", None, "empty"), ("sub/deeper/c.csv", None, "empty")],
        pq_dir: [("a.parquet", 2, "empty"), ("a.parquet", 3, "empty"),
                 ("sub/b.parquet", None, "malformed_parquet"),
                 ("sub/deep/c.parquet", None, "malformed_parquet")]}
    coded = {csv_dir: {"town", "arabic", "fine"}, pq_dir: {"p1"}}
    for folder in (csv_dir, pq_dir):
        out = tmp_path / f"out-{folder.name}"
        status, report, rejects, said = spark_run(folder, out)
        assert status == 3, said
        assert (report["articles"], report["rejected"]) == (len(coded[folder]), 4)
        assert sorted((r["origin"], r["line"] or 0, r["reason"]) for r in rejects) == sorted(
            (str(folder / name), line or 0, reason) for name, line, reason in want[folder])
        # ... the very messages of ingest's rejects log
        db = tmp_path / f"{folder.name}.db"
        with contextlib.redirect_stderr(io.StringIO()):
            assert main(["ingest", str(folder), "--db", str(db), "--no-progress"]) == 3
        logged = [json.loads(line) for line in
                  (tmp_path / f"{folder.name}.db.rejects.jsonl").read_text(
                      encoding="utf-8").splitlines()]
        assert sorted(r["message"] for r in logged) == sorted(r["message"] for r in rejects)
        entities = ds.dataset(out / "entities").to_table().to_pylist()
        assert {e["article_id"] for e in entities} == coded[folder]
        if folder is csv_dir:  # (windows-1256 decoded; the town with its province)
            assert "القاهرة" in {e["text"] for e in entities if e["article_id"] == "arabic"}
            events = ds.dataset(out / "events", partitioning="hive").to_table().to_pylist()
            assert [(e["location_name"], e["location_admin1"]) for e in events
                    if e["first_article_id"] == "town"] == [("Zinjibar", "Abyan")]


# -- 4. the analyst's audit: `marsad COMMAND --help` --------------------------------------------------

def test_every_option_of_every_command_says_what_it_does():
    """`--format` of code, stats, search, events, quotes, counts, eval and eval-gsr, `export
    --what`, `serve --log-level` and `lexicon`'s actions had no help text: `--help` showed
    `--format {table,jsonl}` and nothing to say which is the default or what each gives."""
    import argparse

    from marsad.cli import build_parser

    def parsers(parser, name):
        yield name, parser
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for sub, p in action.choices.items():
                    yield from parsers(p, f"{name} {sub}")

    silent = [(name, action.option_strings or action.dest)
              for name, parser in parsers(build_parser(), "marsad")
              for action in parser._actions
              if not action.help and not isinstance(action, (argparse._HelpAction,
                                                             argparse._SubParsersAction))]
    assert not silent, f"options with no help text: {silent}"


def test_the_table_of_marsad_code_names_the_province_of_a_town(tmp_path, capsys):
    """`marsad code --format table` said "in Zinjibar", without the province the text gives."""
    from marsad.cli import main

    path = tmp_path / "town.txt"
    path.write_text(TOWN, encoding="utf-8")
    assert main(["code", str(path), "--date", "2021-05-04", "--format", "table"]) == 0
    assert "in Zinjibar, Abyan)" in capsys.readouterr().out


def test_the_actor_page_tells_apart_a_name_of_two_kinds(tmp_path, capsys):
    """The actor page of SAU listed "names: ..., Riyadh (2), Riyadh (1)": the city and the club
    نادي الرياض share a canonical name; each now says its kind."""
    from fastapi.testclient import TestClient

    from marsad.web import create_app

    db = _store(tmp_path, [{"id": "r", "text": "وأكدت الرياض دعمها للاتفاق أمس. وفاز نادي الرياض على "
                                               "نادي الهلال في الرياض.",
                            "published": "2021-05-04"}], capsys)
    import sqlite3

    kinds = sqlite3.connect(db).execute(
        "SELECT DISTINCT canonical, type FROM entities WHERE canonical LIKE 'Riyadh%' AND "
        "actor_code LIKE 'SAU%'").fetchall()
    # (nineteenth session: the club is stored as "Riyadh club", `tables.actor_name`;
    # twentieth: the actors stage names it so, a company of Saudi Arabia, SAUBUS)
    assert sorted(map(tuple, kinds)) == [("Riyadh", "GPE"), ("Riyadh club", "ORG")], kinds
    with TestClient(create_app(db, read_only=True)) as client:
        text = client.get("/actors/SAU").text
    assert "Riyadh (" in text and "Riyadh club (1)" in text
