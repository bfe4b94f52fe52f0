"""What a user meets (sixteenth session's audit, the fifteenth's leftovers): an article stored
undated and read again with a date, the dates of the Parquet and CSV exports in pandas and
DuckDB, and the newcomer's bad inputs."""

from __future__ import annotations

import json
import sqlite3

import pytest
# (short articles written for the fifteenth's tests; JSON Lines of records; ingest's summary)
from test_audit_fifteenth import PROTEST, VISIT, _jsonl, _summary


def _rows(db, sql):
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


# -- 2. an article stored undated, read again with a date -----------------------------------------

def test_a_dated_copy_dates_the_article_stored_undated_and_its_events(tmp_path, capsys):
    from marsad.cli import main

    db = str(tmp_path / "s.db")
    undated = _jsonl(tmp_path / "a.jsonl", [{"id": "v", "text": VISIT,
                                             "url": "http://a.invalid/v"}])
    assert main(["ingest", undated, "--db", db, "--no-progress"]) == 0
    capsys.readouterr()
    (old_event,) = _rows(db, "SELECT event_id, date FROM events")
    assert old_event[1] is None  # أمس of no day
    dated = _jsonl(tmp_path / "b.jsonl", [
        {"id": "v2", "title": "عنوان", "url": "http://b.invalid/v", "text": VISIT,
         "published": "2020-03-10"},
        {"id": "v3", "text": VISIT, "published": "2020-04-01"}])  # (the first date is taken)
    assert main(["ingest", dated, "--db", db, "--no-progress"]) == 0
    err = capsys.readouterr().err
    report = _summary(err)
    assert (report["stored"], report["already_stored"], report["dated_copies"]) == (0, 2, 1)
    assert "1 article(s) stored with no date were read again with one" in err
    # the first copy's id, title and url are kept; the date is the later copy's
    assert _rows(db, "SELECT article_id, published, title, url FROM articles") == [
        ("v", "2020-03-10", None, "http://a.invalid/v")]
    # coded again: the visit of أمس is of 9 March 2020, and the undated event is gone
    events = _rows(db, "SELECT event_id, date, actor1_code, actor2_code FROM events")
    assert [e[1:] for e in events] == [("2020-03-09", "EGYGOV", "JORGOV")]
    assert events[0][0] != old_event[0]
    assert _rows(db, "SELECT DISTINCT article_id, published, source_url FROM mentions") == [
        ("v", "2020-03-10", "http://a.invalid/v")]
    # its row of the search index still finds it
    assert main(["search", "--db", db, "القاهرة"]) == 0
    assert "2020-03-10" in capsys.readouterr().out


def test_an_undated_and_a_dated_copy_in_one_run_store_one_dated_article(tmp_path, capsys):
    from marsad.cli import main

    db = str(tmp_path / "s.db")
    src = _jsonl(tmp_path / "a.jsonl", [{"id": "p", "text": PROTEST},
                                        {"id": "v", "text": VISIT},
                                        {"id": "p-again", "text": PROTEST,
                                         "published": "2021-05-02"}])
    assert main(["ingest", src, "--db", db, "--no-progress"]) == 0
    report = _summary(capsys.readouterr().err)
    assert (report["stored"], report["duplicates"], report["dated_copies"],
            report["undated"]) == (2, 1, 1, 1)  # v stays undated
    assert sorted(_rows(db, "SELECT article_id, published FROM articles")) == [
        ("p", "2021-05-02"), ("v", None)]
    # اليوم of the protest is the day of publication
    assert ("2021-05-02",) in _rows(db, "SELECT date FROM events WHERE event_id IN "
                                        "(SELECT event_id FROM mentions WHERE article_id = 'p')")


# -- 3. the documented loading recipes give the same frames from the three formats -----------------

TABLES = ("events", "mentions", "quotes", "articles", "entities")


@pytest.fixture(scope="module")
def exports(tmp_path_factory):
    """A dated and an undated article (an undated event: empty `day` and `published`), each
    table exported as Parquet, CSV and JSON Lines."""
    from marsad.cli import main

    folder = tmp_path_factory.mktemp("exports")
    src = _jsonl(folder / "in.jsonl", [
        {"id": "1", "text": VISIT + " وقال الوزير: «نريد السلام».", "published": "2020-03-10"},
        {"id": "2", "text": PROTEST}])
    db = str(folder / "s.db")
    assert main(["ingest", src, "--db", db, "--no-progress"]) == 0
    for what in TABLES:
        for fmt in ("parquet", "csv", "jsonl"):
            assert main(["export", "--db", db, "--what", what,
                         "-o", str(folder / f"{what}.{fmt}")]) == 0
    return folder


def _export_doc_block(opening: str) -> str:
    import re
    from pathlib import Path

    text = (Path(__file__).resolve().parents[1] / "docs" / "export.md").read_text("utf-8")
    section = text.split("## Loading them", 1)[1]
    return next(b for b in re.findall(r"```python\n(.*?)```", section, re.S)
                if b.startswith(opening))


def _for_table(block: str, what: str) -> str:
    """The docs' block for events, read as "the other tables likewise" says."""
    columns = {"events": "EVENT", "mentions": "MENTION", "quotes": "QUOTE",
               "articles": "ARTICLE", "entities": "ENTITY"}[what] + "_COLUMNS"
    lines = [x for x in block.splitlines() if what == "events" or "event_root_code" not in x]
    return "\n".join(lines).replace("EVENT_COLUMNS", columns).replace("events", what)


@pytest.mark.parametrize("what", TABLES)
def test_the_docs_pandas_recipe_gives_one_frame_from_the_three_formats(exports, what,
                                                                       monkeypatch):
    pd = pytest.importorskip("pandas")

    monkeypatch.chdir(exports)
    names: dict = {}
    exec(_for_table(_export_doc_block("import pandas"), what), names)
    parquet, csv, jsonl = (names[f"{what}{s}"] for s in ("", "_csv", "_jsonl"))
    assert len(parquet) > 0
    for frame in (csv, jsonl):
        assert frame.dtypes.to_dict() == parquet.dtypes.to_dict()
        pd.testing.assert_frame_equal(frame, parquet)
    if "published" in parquet:  # a day, and NaT for the undated article
        assert str(parquet["published"].dtype) == "datetime64[ns]"
        days = set(parquet["published"])
        assert pd.Timestamp("2020-03-10") in days
        assert what == "quotes" or any(pd.isna(d) for d in days)
    # DuckDB: the docs' recipe reads the three formats with one set of types, and its rows in
    # pandas, given the same dtypes, are the same frame
    duckdb = pytest.importorskip("duckdb")
    exec(_for_table(_export_doc_block("import duckdb"), what), names)
    relations = [names[f"{what}{s}"] for s in ("", "_csv", "_jsonl")]
    assert relations[1].types == relations[0].types == relations[2].types
    for rel in relations:
        frame = duckdb.sql("SELECT * FROM rel").df().astype(names["types"])
        pd.testing.assert_frame_equal(frame, parquet)
    if what == "events":
        assert str(parquet["day"].dtype) == "Int64"
        assert str(parquet["event_code"].dtype) == "string"
        assert set(parquet["event_code"]) == {"043", "141"}  # (the leading zero kept)


# -- 4. the newcomer's bad inputs ------------------------------------------------------------------

@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from marsad.cli import main

    folder = tmp_path_factory.mktemp("store")
    src = _jsonl(folder / "in.jsonl", [{"id": "v", "text": VISIT, "published": "2020-03-10"}])
    assert main(["ingest", src, "--db", str(folder / "s.db"), "--no-progress"]) == 0
    return folder / "s.db"


def test_an_output_that_cannot_be_written_is_a_sentence_not_a_traceback(store, tmp_path,
                                                                        monkeypatch, capsys):
    """A read-only output folder: export and convert raised PermissionError with a traceback
    naming the temporary `.part` file."""
    import marsad.cli.convert as convert
    import marsad.store.export as export
    from marsad.cli import main

    def refused(path, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(export, "open", refused, raising=False)
    monkeypatch.setattr(convert, "open", refused, raising=False)
    out = tmp_path / "events.csv"
    assert main(["export", "--db", str(store), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"cannot write output {out} (Permission denied); check that you may write in folder" in err
    assert ".part" not in err and not out.exists()
    src = _jsonl(tmp_path / "in.jsonl", [{"text": VISIT}])
    assert main(["convert", src, "-o", str(tmp_path / "all.jsonl")]) == 1
    assert "cannot write output" in capsys.readouterr().err


def test_a_store_sqlite_cannot_open_is_not_called_no_store(store, monkeypatch, capsys):
    """A store in a folder SQLite may not write in (its -wal and -shm files) was "not a marsad
    store (SQLite says: unable to open database file); give another --db"."""
    import sqlite3

    import marsad.store.db as db
    from marsad.cli import main

    def cannot(*args, **kwargs):
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(db, "_marsad_version", cannot)
    assert main(["stats", "--db", str(store)]) == 1
    err = capsys.readouterr().err
    assert f"cannot open store {store} (SQLite says: unable to open database file)" in err
    assert "not a marsad store" not in err


def test_ingest_names_the_store_whose_folder_is_missing(tmp_path, capsys):
    """It named the rejects log beside it, which the user never gave."""
    from marsad.cli import main

    src = _jsonl(tmp_path / "in.jsonl", [{"text": VISIT}])
    db = tmp_path / "nofolder" / "s.db"
    assert main(["ingest", src, "--db", str(db), "--no-progress"]) == 1
    err = capsys.readouterr().err
    assert f"folder {db.parent} for store {db} does not exist; create it first" in err
    assert "rejects log" not in err


def test_a_rejects_log_that_cannot_be_written_stops_ingest_with_a_sentence(tmp_path, capsys):
    """--rejects naming a folder raised IsADirectoryError (a traceback) after the pipeline was
    built."""
    from marsad.cli import main

    src = _jsonl(tmp_path / "in.jsonl", [{"text": VISIT}])
    (tmp_path / "logs").mkdir()
    assert main(["ingest", src, "--db", str(tmp_path / "s.db"), "--rejects",
                 str(tmp_path / "logs"), "--no-progress"]) == 1
    assert f"cannot write the rejects log {tmp_path / 'logs'}" in capsys.readouterr().err


def test_any_file_error_of_a_command_is_a_sentence_with_exit_status_1(monkeypatch, capsys):
    import marsad.cli.corpus as corpus
    from marsad.cli import main

    def broken(args):
        raise PermissionError(13, "Permission denied", "/some/where.db")

    monkeypatch.setattr(corpus, "_stats", broken)
    assert main(["stats"]) == 1
    assert ("marsad: error: cannot use /some/where.db (Permission denied)"
            in capsys.readouterr().err)


def test_an_empty_or_too_large_input_says_what_to_do(tmp_path):
    """"is empty" and a JSON Lines line or record "too large (N bytes)" said what, not what to
    do, nor the limit (a too large file did)."""
    from marsad.store.readers import iter_items

    (tmp_path / "empty.txt").write_bytes(b"  \n")
    (tmp_path / "big.txt").write_text(VISIT * 5, encoding="utf-8")
    (tmp_path / "big.jsonl").write_text(
        json.dumps({"text": VISIT * 5}, ensure_ascii=False) + "\n"
        + json.dumps({"text": VISIT}, ensure_ascii=False) + "\n", encoding="utf-8")
    from marsad.errors import InputError

    items = list(iter_items([tmp_path / n for n in ("empty.txt", "big.txt", "big.jsonl")],
                            max_bytes=400))
    errors = [str(it) for it in items if isinstance(it, InputError)]
    assert len(errors) == 3
    assert errors[0] == (f"{tmp_path / 'empty.txt'}: is empty: it holds no text to code; give "
                         f"the article's text, or leave it out")
    assert errors[1].startswith(f"{tmp_path / 'big.txt'}: too large (")
    assert errors[2].startswith(f"{tmp_path / 'big.jsonl'}, line 1: too large (")
    assert all(m.endswith(" bytes, limit 400); split it into articles") for m in errors[1:])
    assert [it.text for it in items if not isinstance(it, InputError)] == [VISIT]  # line 2


def test_serve_says_when_it_creates_the_store_it_was_given(tmp_path, monkeypatch, capsys):
    """`marsad serve --db typo.db` served a new empty store without a word."""
    pytest.importorskip("uvicorn")
    import uvicorn

    from marsad.cli import main

    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: None)
    db = tmp_path / "typo.db"
    assert main(["serve", "--db", str(db), "--port", "0"]) == 0
    err = capsys.readouterr().err
    assert f"store {db} does not exist: serving a new, empty store there" in err
    assert main(["serve", "--db", str(db), "--port", "0"]) == 0  # (now it exists: no note)
    assert "does not exist" not in capsys.readouterr().err
    assert main(["serve", "--db", str(tmp_path / "none.db"), "--port", "0", "--read-only"]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_every_command_help_ends_with_examples_that_parse(capsys):
    """No command's --help gave an example."""
    import shlex

    from marsad.cli import build_parser, command_names, main

    for name in command_names():
        with pytest.raises(SystemExit):
            main([name, "--help"])
        out = capsys.readouterr().out
        assert "\nexamples:\n  marsad " in out or "| marsad " in out, name
        examples = out.split("\nexamples:\n", 1)[1]
        lines = [x.strip() for x in examples.splitlines() if "marsad " + name in x]
        assert lines, name
        for line in lines:
            words = shlex.split(line.split("| ", 1)[-1])
            argv = words[1:words.index(">")] if ">" in words else words[1:]
            args = build_parser().parse_args(argv)  # (exits on a wrong option)
            assert args.command == name and callable(args.func), line


def test_no_input_is_a_usage_error_in_code_as_in_convert(tmp_path, capsys):
    """`marsad code` with no input exited 1 (as for bad items), `marsad convert` 2; and a
    missing --input-jsonl file was "cannot be read (No such file or directory)" where a missing
    FILE is "does not exist; check the path"."""
    from marsad.cli import main

    assert main(["code"]) == 2
    assert "marsad code: error: no input: give article FILEs" in capsys.readouterr().err
    with pytest.raises(SystemExit) as stop:
        main(["convert"])
    assert stop.value.code == 2
    capsys.readouterr()
    missing = tmp_path / "none.jsonl"
    assert main(["code", "--input-jsonl", str(missing)]) == 1
    err = capsys.readouterr().err
    assert f"{missing}: does not exist; check the path" in err
    assert json.loads(err.splitlines()[0])["reason"] == "missing"


def test_an_export_named_for_no_format_is_refused_without_format(store, tmp_path, capsys):
    """`-o events.xlsx` (or .json, .csv.gz) wrote plain CSV under that name without a word."""
    from marsad.cli import main

    for name in ("events.xlsx", "events.json", "events.csv.gz"):
        out = tmp_path / name
        assert main(["export", "--db", str(store), "-o", str(out)]) == 1
        err = capsys.readouterr().err
        assert f"its suffix {out.suffix} names no format of export; name the file .csv" in err
        assert not out.exists()
    out = tmp_path / "events.txt"
    assert main(["export", "--db", str(store), "-o", str(out), "--format", "jsonl"]) == 0
    assert json.loads(out.read_text("utf-8").splitlines()[0])["event_code"] == "043"
    assert main(["export", "--db", str(store), "-o", str(tmp_path / "events")]) == 0  # CSV
    assert (tmp_path / "events").read_text("utf-8").startswith("event_id,date,")


def test_the_api_dates_a_stored_undated_article_as_ingest_does(tmp_path):
    """POST /v1/code with "store": true of a text stored undated, now with a date, answered 200
    and left it undated."""
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from marsad.web.app import create_app

    with TestClient(create_app(tmp_path / "w.db")) as c:
        first = c.post("/v1/code", json={"text": VISIT, "store": True})
        assert first.status_code == 201, first.text
        aid = first.json()["doc_id"]
        again = c.post("/v1/code", json={"text": VISIT, "published": "2020-03-10",
                                         "store": True})
        assert again.status_code == 200 and again.json()["doc_id"] == aid
        assert c.get(f"/v1/articles/{aid}").json()["published"] == "2020-03-10"
    assert [e[0] for e in _rows(tmp_path / "w.db", "SELECT date FROM events")] == [
        "2020-03-09"]  # استقبل … أمس: the 9th
