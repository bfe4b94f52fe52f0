"""What a user meets (seventeenth session's audit, the sixteenth's leftovers): a record whose text
is not a string, a malformed gold file, Spark on bad inputs, and the analyst's web page, search and
notebook."""

from __future__ import annotations

import json

import pytest


# -- 1. a record whose text is not a string -----------------------------------------------------

@pytest.mark.parametrize("value, kind", [("42", "a number"), ('["خبر"]', "a list"),
                                         ("null", "null")])
def test_a_text_that_is_not_a_string_says_so_with_a_reason_of_its_own(tmp_path, value, kind):
    """`{"text": 42}` was rejected with the reason `empty`, and `{"text": null}` said "has no text
    field"; the next record is still read."""
    from marsad.store.readers import iter_items

    path = tmp_path / "a.jsonl"
    path.write_text('{"id": "a", "text": %s}\n{"id": "b", "text": "زار الوزير الرياض."}\n'
                    % value, encoding="utf-8")
    err, item = iter_items([path])
    assert err.reason == "not_text"
    assert f'"text" must be a string, got {kind}' in str(err)
    assert err.line == 1
    assert item.doc_id == "b"



# -- 1. `marsad eval` with a malformed gold file -------------------------------------------------

@pytest.mark.parametrize("content, fault", [
    (b'{"events": []}\n{"events": []}\n', "is not valid JSON (Extra data at line 2, column 1)"),
    (b"\xff\xfe{}", "is not UTF-8 text (byte 0)"),
    (b'{"events": 5}', 'has "events" as a number, not a list'),
    (b'{"actors": ["\xd8\xa8\xd9\x88\xd8\xaa\xd9\x8a\xd9\x86"]}',
     'has item 1 of "actors" as a string, not an object'),
    (b"[1, 2]", "is a list, not a JSON object")])
def test_eval_names_the_gold_file_its_fault_and_what_to_do(tmp_path, capsys, content, fault):
    """A malformed gold file gave "is not valid JSON (Extra data, line 2)" with nothing to do, a
    traceback for bytes that are not UTF-8 or a layer that is not a list of objects."""
    from marsad.cli import main

    gold = tmp_path / "a.gold.json"
    gold.write_bytes(content)
    pred = tmp_path / "p.json"
    pred.write_text(json.dumps({"text": "زار الوزير الرياض."}), encoding="utf-8")
    assert main(["eval", str(gold), "--pred", str(pred)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0
    assert err.startswith(f"marsad: error: {gold}: {fault}; mend it: a gold file is one UTF-8 "
                          "JSON object with the lists actors, ")


# -- 3. the docs stay true: every option of every command is documented ----------------------------

def test_every_option_of_every_command_is_documented():
    """tests/test_docs checks that the options the README names exist, not that each option is
    named: `code --tokens` and `ingest --no-progress` were in no document."""
    import argparse
    import re
    from pathlib import Path

    from marsad.cli import build_parser

    root = Path(__file__).resolve().parents[1]
    notes = {"accuracy.md", "performance.md", "HELPERS.md"}  # (measurements, not user docs)
    text = "\n".join([(root / "README.md").read_text(encoding="utf-8")] + [
        p.read_text(encoding="utf-8") for p in sorted((root / "docs").glob("*.md"))
        if p.name not in notes])
    (commands,) = [a.choices for a in build_parser()._actions
                   if isinstance(a, argparse._SubParsersAction)]
    def named(option: str) -> bool:
        return bool(re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", text))

    missing = [(name, action.option_strings) for name, parser in commands.items()
               for action in parser._actions
               if action.option_strings and "--help" not in action.option_strings
               and not any(named(o) for o in action.option_strings)]
    assert not missing, f"options in no document (README.md, docs/*.md): {missing}"


# -- 1. spark-run on bad inputs: ingest's per-item errors, the run going on -----------------------

@pytest.mark.spark
@pytest.mark.slow
@pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning")
def test_spark_run_rejects_bad_items_as_ingest_does_and_goes_on(tmp_path, monkeypatch):
    """Spark read a windows-1256 line as mojibake and coded it, and dropped a binary file, an
    empty one, broken lines and a text that is a number in silence (exit 0); now each is a
    rejected item with ingest's message, in OUTPUT/rejects, and the other articles are coded."""
    import contextlib
    import io
    import sqlite3
    import sys

    pytest.importorskip("pyspark", reason="pyspark is not installed")
    from _spark_run import spark_run

    from marsad.cli import main

    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
    monkeypatch.setenv("PYSPARK_DRIVER_PYTHON", sys.executable)
    folder = tmp_path / "in"
    folder.mkdir()

    def record(**rec):
        return json.dumps(rec, ensure_ascii=False) + "\n"

    (folder / "a.jsonl").write_text(record(id="ok", text="قصفت الطائرات مدينة حلب أمس.",
                                           published="2020-03-10"), encoding="utf-8")
    (folder / "b.jsonl").write_bytes(record(id="arabic", text="تظاهر الطلاب في القاهرة.",
                                            published="2020-03-11").encode("cp1256"))
    (folder / "c.jsonl").write_bytes(b"\x00\x01PK\x03\x04" * 20)
    (folder / "d.jsonl").write_bytes(b"")
    (folder / "e.jsonl").write_text(record(id="fine", text="زار الوزير الرياض.") +
                                    '{"id": "cut", "text": \n[1, 2]\n' + record(id="n", text=42),
                                    encoding="utf-8")
    out = tmp_path / "out"
    status, report, rejects, said = spark_run(folder, out)
    assert status == 3, said
    assert (report["articles"], report["rejected"]) == (3, 5)
    assert [(r["origin"], r["line"], r["reason"]) for r in rejects] == [
        (str(folder / "c.jsonl"), 1, "binary"), (str(folder / "d.jsonl"), None, "empty"),
        (str(folder / "e.jsonl"), 2, "malformed_json"),
        (str(folder / "e.jsonl"), 3, "malformed_json"), (str(folder / "e.jsonl"), 4, "not_text")]
    for r in rejects:  # said on stderr as ingest says it
        assert f"rejected: {r['message']}\n" in said
    import pyarrow.dataset as ds

    entities = ds.dataset(out / "entities").to_table().to_pylist()
    assert {e["article_id"] for e in entities} >= {"ok", "arabic", "fine"}
    assert "القاهرة" in {e["text"] for e in entities if e["article_id"] == "arabic"}
    # ... the very messages of ingest's rejects log
    db = tmp_path / "s.db"
    with contextlib.redirect_stderr(io.StringIO()):
        assert main(["ingest", str(folder), "--db", str(db), "--no-progress"]) == 3
    logged = [json.loads(line) for line in
              (tmp_path / "s.db.rejects.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(r["message"] for r in logged) == sorted(r["message"] for r in rejects)
    con = sqlite3.connect(db)
    assert con.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 3
    con.close()


# -- 3. the notebook: a DataFrame of events in one call -------------------------------------------

VISIT = "استقبل الرئيس المصري وزير الخارجية الأردني في القاهرة أمس."
PROTEST = "تظاهر مئات الطلاب أمام البرلمان في بغداد اليوم احتجاجاً على ارتفاع الأسعار."


def test_a_frame_of_events_in_one_call_is_the_export_loaded(tmp_path, capsys):
    """`marsad.tables.frame(docs)`: the events (or another table) of coded documents as a
    DataFrame with export's columns, rows and dtypes; the README's recipe took three lines and
    gave object dtypes (a number `day`, text codes) unlike a loaded export."""
    import pandas as pd

    import marsad
    from marsad.cli import main
    from marsad.tables import EVENT_COLUMNS, frame, frame_dtypes

    records = [{"id": "v1", "text": VISIT, "published": "2021-05-04"},
               {"id": "v2", "text": VISIT + " وبحث الجانبان العلاقات.", "published":
                "2021-05-04"},
               {"id": "p1", "text": PROTEST, "published": "2021-05-05"}]
    nlp = marsad.load()
    docs = [nlp(r["text"], published=r["published"], doc_id=r["id"]) for r in records]
    events = frame(docs)
    assert list(events.columns) == list(EVENT_COLUMNS)
    assert events["day"].dtype == "Int64" and events["event_code"].dtype == "string"
    # the visit of both articles is one event, of two articles; the protest another
    assert sorted(events["num_articles"].tolist()) == [1, 2]
    assert set(events["date"]) == {"2021-05-03", "2021-05-05"}  # أمس of 4 May; اليوم
    # ... and it is the frame of the store's export, loaded as docs/export.md says
    jsonl = tmp_path / "a.jsonl"
    jsonl.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                     encoding="utf-8")
    db, out = str(tmp_path / "s.db"), str(tmp_path / "e.parquet")
    assert main(["ingest", str(jsonl), "--db", db, "--no-progress"]) == 0
    assert main(["export", "--db", db, "--what", "events", "-o", out]) == 0
    capsys.readouterr()
    exported = pd.read_parquet(out).astype(frame_dtypes(EVENT_COLUMNS))
    pd.testing.assert_frame_equal(events.sort_values("event_id").reset_index(drop=True),
                                  exported.sort_values("event_id").reset_index(drop=True))
    mentions = frame(docs, "mentions")
    assert len(mentions) == 3 and str(mentions["published"].dtype) == "datetime64[ns]"


# -- 3. the store's search: a hamza on و or on ي -----------------------------------------------------

def test_search_finds_both_seats_of_a_hamza(tmp_path, capsys):
    """مسؤول and مسئول, شؤون and شئون are the same words spelt two ways (the second Egyptian);
    a search for one found only the articles that spell it so. Diacritics and a hamza on the
    alif left out (الامم) were already found."""
    from marsad.cli import main
    from marsad.store import connect
    from marsad.store.query import search

    records = [{"id": "w", "text": "قال مسؤول في وزارة الشؤون الخارجية إن الوفد وصل إلى عمّان."},
               {"id": "y", "text": "قال مسئول في وزارة الشئون الخارجية إن الوفد وصل إلى عمّان."},
               {"id": "n", "text": "وصل الوفد إلى عمّان أمس."}]
    jsonl = tmp_path / "a.jsonl"
    jsonl.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                     encoding="utf-8")
    db = tmp_path / "s.db"
    assert main(["ingest", str(jsonl), "--db", str(db), "--no-progress"]) == 0
    capsys.readouterr()
    con = connect(db, read_only=True)
    try:
        for query in ("مسؤول", "مسئول", "مَسْؤُول", "الشؤون", "الشئون الخارجية"):
            found = search(con, query)
            assert sorted(r["article_id"] for r in found["results"]) == ["w", "y"], query
            for r in found["results"]:  # the word is marked in each snippet
                (start, end), *_ = r["highlights"]
                assert r["snippet"][start:end] in ("مسؤول", "مسئول", "الشؤون", "الشئون")
    finally:
        con.close()


# -- 3. the analyst filters events by a country named in Arabic ------------------------------------

def test_an_arabic_country_name_as_actor_filter_is_its_code(tmp_path, capsys):
    """The place box read اليمن as YEM; the actor box took السعودية as part of an English name
    and found nothing ("No events match actor 'السعودية'"), in the web app and `marsad events`."""
    from fastapi.testclient import TestClient

    from marsad.cli import main
    from marsad.web import create_app

    jsonl = tmp_path / "a.jsonl"
    jsonl.write_text(json.dumps({"id": "v", "text": VISIT, "published": "2021-05-04"},
                                ensure_ascii=False) + "\n", encoding="utf-8")
    db = tmp_path / "s.db"
    assert main(["ingest", str(jsonl), "--db", str(db), "--no-progress"]) == 0
    capsys.readouterr()
    # the Egyptian president's visit: source EGYGOV, target JORGOV
    assert main(["events", "--db", str(db), "--actor", "الأردن", "--format", "jsonl"]) == 0
    (row,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert row["actor2_code"].startswith("JOR")
    assert main(["events", "--db", str(db), "--actor", "السعودية", "--format", "jsonl"]) == 0
    assert capsys.readouterr().out.strip() == ""
    with TestClient(create_app(db, read_only=True)) as client:
        res = client.get("/v1/events", params={"actor": "مصر"})
        assert res.status_code == 200
        assert [e["actor1_code"][:3] for e in res.json()["results"]] == ["EGY"]
        assert "No events match" not in client.get("/events", params={"actor": "مصر"}).text
