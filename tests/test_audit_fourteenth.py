"""What a newcomer, an analyst and a data engineer meet (fourteenth session's audit): outputs
that must never replace a store, bad input that must be named for what it is, the readings the
docs give."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

# Short articles written for these tests.
VISIT = "استقبل الرئيس المصري وزير الخارجية الأردني في القاهرة أمس."
PROTEST = "تظاهر مئات الطلاب أمام البرلمان في بغداد اليوم احتجاجاً على ارتفاع الأسعار."


@pytest.fixture(scope="module")
def built_store(tmp_path_factory):
    from marsad.cli import main

    folder = tmp_path_factory.mktemp("store")
    (folder / "in.jsonl").write_text("\n".join(json.dumps(
        {"id": f"a{i}", "text": t, "published": "2020-03-10"}, ensure_ascii=False)
        for i, t in enumerate((VISIT, PROTEST))) + "\n", encoding="utf-8")
    db = folder / "s.db"
    assert main(["ingest", str(folder / "in.jsonl"), "--db", str(db), "--no-progress"]) == 0
    return db


@pytest.fixture
def store(built_store, tmp_path):
    """A copy of the module's store that a test may try to damage."""
    db = tmp_path / "s.db"
    shutil.copy(built_store, db)
    return db


def _articles(db) -> int:
    from marsad.store.db import connect

    con = connect(db)
    try:
        return con.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        con.close()


# -- no output replaces or extends a store ----------------------------------------------------

@pytest.mark.parametrize("command", ["export", "convert"])
def test_an_output_never_replaces_a_store_even_with_overwrite(store, tmp_path, capsys, command):
    """`export --db news.db -o news.db --overwrite` replaced the whole store by a CSV file."""
    from marsad.cli import main

    (tmp_path / "one.txt").write_text(VISIT, encoding="utf-8")
    args = (["export", "--db", str(store), "--format", "csv"] if command == "export"
            else ["convert", str(tmp_path / "one.txt")])
    capsys.readouterr()
    assert main([*args, "-o", str(store), "--overwrite"]) == 1
    err = capsys.readouterr().err
    assert f"output {store} is an SQLite database" in err and "-o FILE" in err
    assert _articles(store) == 2


def test_the_rejects_log_is_never_a_store(store, tmp_path, capsys):
    """`ingest --rejects news.db` appended JSON lines to the store's file."""
    from marsad.cli import main

    (tmp_path / "empty.txt").write_bytes(b"")
    size = store.stat().st_size
    capsys.readouterr()
    assert main(["ingest", str(tmp_path / "empty.txt"), "--db", str(store), "--rejects",
                 str(store), "--no-progress"]) == 1
    assert "is an SQLite database" in capsys.readouterr().err
    assert store.stat().st_size == size and _articles(store) == 2


# -- bad input named for what it is --------------------------------------------------------------

def test_a_csv_file_cut_inside_a_quoted_cell_rejects_that_row(tmp_path):
    """A CSV file cut short inside a quoted cell was read as a cell running to the end of the
    file: the cut article was stored as if whole, with no word."""
    from marsad.store.readers import iter_items

    (tmp_path / "cut.csv").write_text(f'id,text\n1,"{VISIT}"\n2,"{PROTEST[:20]}\n',
                                      encoding="utf-8")
    (tmp_path / "whole.csv").write_text(f'id,text\n1,"{VISIT} ""كما قال"""\n2,{PROTEST}\n',
                                        encoding="utf-8")
    cut = list(iter_items([tmp_path / "cut.csv"]))
    assert [getattr(x, "text", None) for x in cut[:1]] == [VISIT]
    assert len(cut) == 2 and cut[1].reason == "malformed_csv" and cut[1].line == 2
    assert "cut short" in str(cut[1]) and "row 2" in str(cut[1])
    whole = list(iter_items([tmp_path / "whole.csv"]))
    assert [x.text for x in whole] == [VISIT + ' "كما قال"', PROTEST]


def test_json_lines_in_utf16_with_a_byte_order_mark_are_read(tmp_path):
    """Windows PowerShell's `>` writes UTF-16 (little-endian) with a byte-order mark: every line
    but the first was rejected as undecodable ("cannot be decoded as UTF-8, UTF-16, …"), split
    at b"\\n" in the middle of a character."""
    from marsad.store.readers import iter_items

    lines = "\r\n".join(json.dumps({"id": f"p{i}", "text": t}, ensure_ascii=False)
                        for i, t in enumerate((VISIT, PROTEST))) + "\r\n"
    (tmp_path / "ps.jsonl").write_bytes(lines.encode("utf-16"))
    items = list(iter_items([tmp_path / "ps.jsonl"]))
    assert [(x.doc_id, x.text) for x in items] == [("p0", VISIT), ("p1", PROTEST)]


def test_a_json_line_cut_short_is_named_so(tmp_path):
    """A line cut inside its text said "Invalid control character at column 41"."""
    from marsad.store.readers import iter_items

    whole = json.dumps({"id": "a", "text": VISIT}, ensure_ascii=False)
    (tmp_path / "cut.jsonl").write_text(whole + "\n" + whole[:30] + "\n", encoding="utf-8")
    items = list(iter_items([tmp_path / "cut.jsonl"]))
    assert items[0].text == VISIT
    assert items[1].line == 2 and items[1].reason == "malformed_json"
    assert "the line ends before its record does (cut short?)" in str(items[1])


# -- the web app's answers to bad bodies ------------------------------------------------------------

def _web_client(tmp_path, **kwargs):
    import warnings

    pytest.importorskip("fastapi")
    pytest.importorskip("httpx")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    from marsad.web import create_app

    return TestClient(create_app(tmp_path / "w.db", **kwargs))


def test_a_file_too_large_for_the_article_form_gets_a_page_that_says_what_to_do(tmp_path):
    """The article form's upload over --max-body answered the browser with raw JSON."""
    with _web_client(tmp_path, max_body=500) as c:
        r = c.post("/article", files={"file": ("big.txt", (VISIT * 20).encode("utf-8"))})
        assert r.status_code == 413 and r.headers["content-type"].startswith("text/html")
        assert "<html" in r.text.lower() and "500 bytes" in r.text and "--max-body" in r.text
        api = c.post("/v1/code", json={"text": VISIT * 20})
        assert api.status_code == 413 and "--max-body" in api.json()["error"]["message"]


def test_a_json_body_not_in_utf8_is_named_so(tmp_path):
    """A windows-1256 JSON body got 400 "There was an error parsing the body"."""
    body = json.dumps({"text": VISIT}, ensure_ascii=False).encode("cp1256")
    with _web_client(tmp_path) as c:
        r = c.post("/v1/code", content=body, headers={"content-type": "application/json"})
    assert r.status_code == 400
    message = r.json()["error"]["message"]
    assert "UTF-8" in message and "windows-1256" in message


def test_gzip_files_are_read_as_the_suffix_before_gz_says(tmp_path):
    """`day.jsonl.gz` (what archives and Spark's input come as) was rejected as binary when
    named, and skipped in a folder; now it is read as JSON Lines, and `.csv.gz`, `.txt.gz`
    likewise. A gzip file cut short is named so, after the lines before the cut."""
    import gzip

    from marsad.store.readers import count_items, iter_items

    folder = tmp_path / "in"
    folder.mkdir()
    lines = "".join(json.dumps({"id": f"j{i}", "text": t}, ensure_ascii=False) + "\n"
                    for i, t in enumerate((VISIT, PROTEST)))
    (folder / "day.jsonl.gz").write_bytes(gzip.compress(lines.encode("utf-8")))
    (folder / "day.csv.gz").write_bytes(gzip.compress(f"id,text\nc1,{VISIT}\n".encode()))
    (folder / "one.txt.gz").write_bytes(gzip.compress(PROTEST.encode("cp1256")))
    items = list(iter_items([folder]))
    assert sorted((x.doc_id, x.text) for x in items) == sorted(
        [("j0", VISIT), ("j1", PROTEST), ("c1", VISIT), ("one", PROTEST)])
    assert count_items([folder]) == 4
    whole = gzip.compress((lines * 400).encode("utf-8"))
    (tmp_path / "cut.jsonl.gz").write_bytes(whole[: len(whole) // 2])
    cut = list(iter_items([tmp_path / "cut.jsonl.gz"]))
    assert cut[-1].reason == "malformed_gzip" and "not a whole gzip file" in str(cut[-1])
    assert cut[0].text == VISIT and all(x.text for x in cut[:-1])


def test_a_store_a_pdf_or_a_zip_given_as_articles_is_named_for_what_it_is(store, tmp_path):
    """A store named as input said "cannot be decoded …; re-save it as UTF-8" (or, over 5 MB,
    "too large; split it into articles"); a PDF named .txt was coded as an article."""
    from marsad.store.readers import iter_items

    (tmp_path / "report.txt").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< >>\nendobj\n")
    (tmp_path / "big.db").write_bytes(store.read_bytes()[:100] + b"\0" * 6_000_000)
    (tmp_path / "day.txt").write_bytes(b"PK\x03\x04" + b"\0" * 100)
    from marsad.errors import InputError

    errors = {Path(e.source).name: str(e)
              for e in iter_items([store, tmp_path / "big.db", tmp_path / "report.txt",
                                   tmp_path / "day.txt"]) if isinstance(e, InputError)}
    assert "is an SQLite database (a marsad store?)" in errors["s.db"]
    assert "--db FILE" in errors["big.db"] and "too large" not in errors["big.db"]
    assert "is a PDF document" in errors["report.txt"]
    assert "is a zip file; name it .zip" in errors["day.txt"]


def test_convert_and_code_name_the_undated_articles_and_the_files_they_skip(tmp_path, capsys):
    """`ingest` said which articles had no date and which folder files it skipped; `convert`
    (the input of Spark) and `code` wrote the same articles without a word."""
    from marsad.cli import main

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.jsonl").write_text(json.dumps(
        {"id": "d", "text": VISIT, "published": "22/07/2015"}, ensure_ascii=False) + "\n",
        encoding="utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4\n")
    capsys.readouterr()
    assert main(["convert", str(folder), "-o", str(tmp_path / "out.jsonl")]) == 0
    err = capsys.readouterr().err
    assert "1 article(s) have no publication date" in err and "--date" in err
    assert "skipped 1 file(s)" in err and "notes.pdf" in err
    assert main(["convert", str(folder), "-o", str(tmp_path / "dated.jsonl"),
                 "--date", "2015-07-22"]) == 0
    assert "no publication date" not in capsys.readouterr().err
    assert main(["code", str(folder), "--format", "jsonl"]) == 0
    assert "skipped 1 file(s)" in capsys.readouterr().err


# -- the exported tables as the docs read them ----------------------------------------------------

def test_day_is_given_for_weeks_and_intervals_so_it_sorts_every_dated_event():
    """docs/export.md says `day` sorts them all; a week (2015-W31) or an interval of years
    (2016/2025) had none."""
    from marsad.tables import event_day as _day

    assert _day("2015-W31") == 20150700  # Monday 27 July 2015
    assert _day("2015-W53") == 20151200  # Monday 28 December 2015
    assert _day("2016/2025") == 20160000
    assert _day("2017-W45/2018-W02") == 20171100  # Monday 6 November 2017
    assert (_day("2015-07-22"), _day("2015-07"), _day("2015")) == (20150722, 20150700, 20150000)
    assert _day(None) is None and _day("P2Y") is None


def test_the_docs_pandas_reading_of_parquet_keeps_day_an_integer(tmp_path, monkeypatch):
    """docs/export.md's `pd.read_parquet("events.parquet")` gave `day` as floats (20200309.0)
    when one event had no date."""
    pytest.importorskip("pandas")
    from marsad.cli import main

    (tmp_path / "in.jsonl").write_text(
        json.dumps({"id": "d", "text": VISIT, "published": "2020-03-10"}, ensure_ascii=False)
        + "\n" + json.dumps({"id": "u", "text": PROTEST}, ensure_ascii=False) + "\n",
        encoding="utf-8")
    db = tmp_path / "s.db"
    assert main(["ingest", str(tmp_path / "in.jsonl"), "--db", str(db), "--no-progress"]) == 0
    for fmt in ("csv", "jsonl", "parquet"):
        assert main(["export", "--db", str(db), "-o", str(tmp_path / f"events.{fmt}")]) == 0
    monkeypatch.chdir(tmp_path)
    text = (Path(__file__).resolve().parents[1] / "docs" / "export.md").read_text("utf-8")
    block = text.split("## Loading them", 1)[1].split("```python\n", 1)[1].split("```", 1)[0]
    names: dict = {}
    exec(block, names)
    events = names["events"]
    assert sorted(events["day"].astype("object").where(events["day"].notna(), None),
                  key=str) == [20200309, None]  # استقبل … أمس: the day before the 10th
    assert str(events["day"].dtype) == "Int64"


# -- the README as a newcomer reads it -------------------------------------------------------------

def test_the_readme_gives_the_store_schema_version_of_this_marsad():
    """README said the schema version was 2, and quoted the refusal of an older marsad as
    "version 2, newer than this marsad (1)": stores are at version 4."""
    import re

    from marsad.store.db import SCHEMA_VERSION

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text("utf-8")
    assert re.search(r"`user_version`; now (\d+)\)", readme)[1] == str(SCHEMA_VERSION)
    quoted = re.search(r"schema version (\d+), newer than this marsad \((\d+)\)", readme)
    assert (int(quoted[1]), int(quoted[2])) == (SCHEMA_VERSION, SCHEMA_VERSION - 1)


def test_spark_run_refuses_a_gzipped_text_or_json_array_before_spark_starts(tmp_path):
    """`spark-run day.txt.gz OUT` started Spark (a minute) to read a text as JSON Lines;
    a .zip or .txt was refused at once with the `marsad convert` command to run."""
    import gzip

    from marsad.errors import MarsadError
    from marsad.spark.session import check_local_paths

    (tmp_path / "day.txt.gz").write_bytes(gzip.compress(VISIT.encode("utf-8")))
    (tmp_path / "day.json.gz").write_bytes(gzip.compress(
        json.dumps([{"text": VISIT}], ensure_ascii=False).encode("utf-8")))
    (tmp_path / "day.jsonl.gz").write_bytes(gzip.compress(
        json.dumps({"text": VISIT}, ensure_ascii=False).encode("utf-8")))
    for name, kind in (("day.txt.gz", "a txt file, gzipped"), ("day.json.gz", "a JSON array")):
        with pytest.raises(MarsadError, match=f"is {kind}: spark-run reads JSON Lines") as exc:
            check_local_paths(str(tmp_path / name), str(tmp_path / "out"), "errorifexists")
        assert f"marsad convert {tmp_path / name} -o articles.jsonl" in str(exc.value)
    check_local_paths(str(tmp_path / "day.jsonl.gz"), str(tmp_path / "out"), "errorifexists")


def test_a_store_made_before_reads_the_day_of_a_week_from_its_date(store, tmp_path):
    """A store holds `day` as coded then: an event of a week stored with none is given the
    month of its Monday when read (export, events, the API), with no migration."""
    import sqlite3

    from marsad.cli import main

    con = sqlite3.connect(store)
    with con:
        event_id = con.execute("SELECT event_id FROM events ORDER BY event_id").fetchone()[0]
        con.execute("UPDATE events SET date = '2015-W31', day = NULL WHERE event_id = ?",
                    (event_id,))
    con.close()
    assert main(["export", "--db", str(store), "-o", str(tmp_path / "ev.jsonl")]) == 0
    rows = {r["event_id"]: r for r in map(json.loads, (tmp_path / "ev.jsonl").open())}
    assert rows[event_id]["date"] == "2015-W31" and rows[event_id]["day"] == 20150700


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_arabic_in_utf16_without_a_byte_order_mark_is_decoded_in_its_byte_order(encoding):
    """Little-endian Arabic with no mark was decoded as big-endian when its first character was
    Arabic (the first byte alone chose): stored as CJK characters, with no word. Big-endian with
    no mark was `looks binary`."""
    from marsad.io import decode_bytes

    assert decode_bytes(VISIT.encode(encoding), "a.txt") == VISIT


def test_a_text_field_that_is_not_a_string_is_named_so(tmp_path):
    """`{"text": 12345}` said "has no text field"."""
    from marsad.store.readers import iter_items

    (tmp_path / "n.jsonl").write_text('{"id": "n", "text": 12345}\n', encoding="utf-8")
    (err,) = iter_items([tmp_path / "n.jsonl"])
    assert '"text" must be a string, got a number' in str(err)


@pytest.mark.spark
@pytest.mark.slow
@pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning")
def test_spark_gives_day_as_the_store_does():
    """Spark computes `day` in SQL: it must give what `tables.event_day` gives ingest."""
    import os
    import sys

    pytest.importorskip("pyspark")
    if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
        pytest.skip("Spark needs Java")
    from marsad.spark import spark_session as start
    from marsad.spark.job import _event_day
    from marsad.tables import event_day

    dates = ["2015-07-22", "2015-07", "2015", "2015-W31", "2015-W01", "2015-W53", "2021-W01",
             "2016/2025", "2015-07-20/2015-07-22", "2017-W45/2018-W02", "199", "P2Y",
             "PAST_REF", None]
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PYSPARK_PYTHON", sys.executable)
        mp.setenv("PYSPARK_DRIVER_PYTHON", sys.executable)
        spark = start("local[1]", {"spark.ui.enabled": "false",
                                   "spark.ui.showConsoleProgress": "false"})
        try:
            df = spark.createDataFrame([(d,) for d in dates], "date string")
            got = {r["date"]: r["day"]
                   for r in df.select("date", _event_day(df["date"]).alias("day")).collect()}
        finally:
            spark.stop()
    assert got == {d: event_day(d) for d in dates}
    assert got["2015-W31"] == 20150700 and got["2016/2025"] == 20160000
