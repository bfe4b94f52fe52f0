"""What a data engineer meets first (tenth session's audit): runs again over the same input,
the Python API with the field names of the CLI, the options the CLI's commands share."""

from __future__ import annotations

import json

import pytest

from marsad.store import connect
from marsad.store.query import stats

# Short articles written for these tests.
VISIT = "استقبل الرئيس المصري وزير الخارجية الأردني في القاهرة أمس."
PROTEST = "تظاهر مئات الطلاب أمام البرلمان في بغداد اليوم احتجاجاً على ارتفاع الأسعار."


def _bad_folder(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "bin.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "a.jsonl").write_text(
        json.dumps({"id": "a1", "text": VISIT}, ensure_ascii=False) + "\n{broken\n",
        encoding="utf-8")
    return folder


def test_a_second_run_over_bad_input_stores_and_logs_each_reject_once(tmp_path):
    from marsad.store import ingest

    folder, db = _bad_folder(tmp_path), tmp_path / "s.db"
    log = tmp_path / "s.db.rejects.jsonl"
    for _ in range(2):
        report = ingest([folder], db, progress=False)
        assert report.rejected == 3  # (each run says what it rejected)
    lines = [json.loads(x) for x in log.read_text(encoding="utf-8").splitlines()]
    assert sorted((r["origin"].rsplit("/", 1)[-1], r["line"]) for r in lines) == [
        ("a.jsonl", 2), ("bin.txt", None), ("empty.txt", None)]
    con = connect(db)
    assert stats(con)["rejected"] == 3
    assert con.execute("SELECT count(*) FROM rejects").fetchone()[0] == 3


def test_pipe_reads_records_with_the_field_names_ingest_reads(nlp):
    import datetime as dt

    record = {"content": VISIT, "date_extracted": "2015-07-22 02:51:32", "url": "http://x.sa/1",
              "author": "مراسل", "source": "test"}  # (a SaudiNewsNet-style record)
    (doc,) = nlp.pipe([record])
    assert doc.text == VISIT and doc.published == dt.date(2015, 7, 22)
    assert doc.meta["url"] == "http://x.sa/1" and doc.meta["author"] == "مراسل"
    assert "content" not in doc.meta and "date_extracted" not in doc.meta
    assert "2015-07-21" in [d.value for d in doc.dates]  # أمس of the 22nd


def test_pipe_names_the_fields_of_a_record_without_text(nlp):
    from marsad.errors import InputError

    with pytest.raises(InputError, match=r'article 9: has no text field .*"content".*'
                                         r"its fields are id, headline"):
        list(nlp.pipe([{"id": 9, "headline": VISIT}]))


def test_an_article_without_an_id_has_the_id_the_store_gives_it(nlp):
    import hashlib

    from marsad.tables import content_hash

    # the id ingest, the web app and Spark give: SHA-256 of the text stripped, 16 hex digits
    expected = hashlib.sha256(VISIT.encode("utf-8")).hexdigest()[:16]
    doc = nlp("\n  " + VISIT + "\n")
    assert doc.doc_id == expected
    (piped,) = nlp.pipe([{"text": VISIT + "\n"}])
    assert piped.doc_id == expected
    assert content_hash(piped.text)[:16] == expected  # (ingest's key of the same text)


def test_pipe_as_tuples_gives_each_document_its_context(nlp):
    pairs = [(VISIT, {"row": 1}), ({"text": PROTEST, "id": "p"}, {"row": 2}), (VISIT, None)]
    out = list(nlp.pipe(pairs, as_tuples=True, batch_size=2))
    assert [(d.text, c) for d, c in out] == [(VISIT, {"row": 1}), (PROTEST, {"row": 2}),
                                            (VISIT, None)]
    assert out[1][0].doc_id == "p"
    from marsad.errors import PipelineError

    with pytest.raises(PipelineError, match=r"takes \(item, context\) pairs"):
        list(nlp.pipe([VISIT], as_tuples=True))


def _no_spark(monkeypatch):
    import marsad.spark.session as session

    def no_spark(*a, **k):
        raise AssertionError("Spark was started")

    monkeypatch.setattr(session, "spark_session", no_spark)


@pytest.mark.parametrize("name, content, kind", [
    ("day.zip", None, "a zip file"),
    ("day.json", '\ufeff [{"text": "%s"}]' % VISIT, "a JSON array"),
    ("folder/a.html", "<html><body><p>%s</p></body></html>" % VISIT, "a html file"),
], ids=["zip", "json-array", "html-in-a-folder"])
def test_spark_run_refuses_what_spark_cannot_read_before_it_starts(
        tmp_path, monkeypatch, capsys, name, content, kind):
    import zipfile

    from marsad.cli import main

    pytest.importorskip("pyspark")
    _no_spark(monkeypatch)
    path = tmp_path / name
    path.parent.mkdir(exist_ok=True)
    if content is None:
        with zipfile.ZipFile(path, "w") as zf:
            zf.writestr("day.json", json.dumps([{"text": VISIT}], ensure_ascii=False))
    else:
        path.write_text(content, encoding="utf-8")
    given = path.parent if name.startswith("folder/") else path
    assert main(["spark-run", str(given), str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert f"{path} is {kind}: spark-run reads JSON Lines" in err
    assert f"marsad convert {path} -o articles.jsonl" in err


def test_convert_writes_the_articles_ingest_reads_as_json_lines(tmp_path, capsys):
    import zipfile

    from marsad.cli import main

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "old.txt").write_bytes(VISIT.encode("cp1256"))
    records = [{"content": PROTEST, "date_extracted": "2015-07-22 02:51:32", "url": "http://x/1",
                "source": "sabq", "title": "عنوان", "author": "مراسل"}, {"content": "  "}]
    with zipfile.ZipFile(tmp_path / "in" / "day.zip", "w") as zf:
        zf.writestr("day.json", json.dumps(records, ensure_ascii=False))
    out = tmp_path / "articles.jsonl"
    assert main(["convert", str(tmp_path / "in"), "-o", str(out), "--date", "2015-07-20"]) == 1
    got = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert got == [
        {"id": None, "text": PROTEST, "published": "2015-07-22", "title": "عنوان",
         "url": "http://x/1", "source": "sabq"},
        {"id": "old", "text": VISIT, "published": "2015-07-20", "title": None, "url": None,
         "source": None}]
    err = capsys.readouterr().err
    assert "day.json, item 2: has an empty text" in err
    assert "converted 2 article(s), 1 item(s) rejected" in err


def test_ingest_takes_the_date_of_articles_that_give_none(tmp_path, capsys):
    from marsad.cli import main

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "visit.txt").write_text(VISIT, encoding="utf-8")
    (tmp_path / "in" / "dated.jsonl").write_text(json.dumps(
        {"id": "d", "text": PROTEST, "published": "2015-08-01"}, ensure_ascii=False) + "\n",
        encoding="utf-8")
    db = tmp_path / "s.db"
    assert main(["ingest", str(tmp_path / "in"), "--db", str(db), "--date", "2015-07-22",
                 "--no-progress"]) == 0
    con = connect(db)
    assert dict(con.execute("SELECT article_id, published FROM articles").fetchall()) == {
        "visit": "2015-07-22", "d": "2015-08-01"}
    # أمس of the visit is the day before the date given
    assert [r[0] for r in con.execute(
        "SELECT date FROM events WHERE first_article_id = 'visit'")] == ["2015-07-21"]
    capsys.readouterr()
    with pytest.raises(SystemExit):
        main(["ingest", str(tmp_path / "in"), "--db", str(db), "--date", "22/07/2015"])
    assert "'22/07/2015' is not a date; give it as YYYY-MM-DD" in capsys.readouterr().err


def _doc_block(path, heading: str, opening: str) -> str:
    """The first ```python block after `heading` in the doc that starts with `opening`."""
    import re
    from pathlib import Path

    text = Path(__file__).resolve().parents[1].joinpath(path).read_text(encoding="utf-8")
    section = text.split(heading, 1)[1]
    return next(b for b in re.findall(r"```python\n(.*?)```", section, re.S)
                if b.startswith(opening))


def test_export_docs_load_the_files_in_pandas_as_parquet_types_them(tmp_path, monkeypatch):
    pytest.importorskip("pandas")
    from marsad.cli import main

    (tmp_path / "visit.jsonl").write_text(json.dumps(
        {"id": "1", "text": VISIT, "published": "2015-07-22"}, ensure_ascii=False) + "\n",
        encoding="utf-8")
    db = tmp_path / "s.db"
    assert main(["ingest", str(tmp_path / "visit.jsonl"), "--db", str(db), "--no-progress"]) == 0
    for fmt in ("csv", "jsonl", "parquet"):
        assert main(["export", "--db", str(db), "--format", fmt,
                     "-o", str(tmp_path / f"events.{fmt}")]) == 0
    monkeypatch.chdir(tmp_path)
    names: dict = {}
    exec(_doc_block("docs/export.md", "## Loading them", "import pandas"), names)
    for frame in ("events", "events_csv", "events_jsonl"):
        row = names[frame].iloc[0]
        # استقبل: host a visit, CAMEO 043, on the day before the 22nd (أمس)
        assert (row["event_code"], row["event_root_code"], row["date"], row["day"],
                row["first_article_id"]) == ("043", "04", "2015-07-21", 20150721, "1"), frame


def test_a_malformed_json_line_is_named_with_its_column(tmp_path, capsys):
    from marsad.cli import main

    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"text": VISIT}, ensure_ascii=False) + '\n{"id": 2,, "text": 1}\n',
                    encoding="utf-8")
    assert main(["code", str(path), "--format", "jsonl"]) == 1
    assert ("in.jsonl, line 2: is not valid JSON (Expecting property name enclosed in double "
            "quotes at column 10)") in capsys.readouterr().err


def test_the_readme_says_how_to_pip_install_with_the_extras_that_exist():
    import re
    import tomllib
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    readme = (root / "README.md").read_text(encoding="utf-8")
    extras = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))[
        "project"]["optional-dependencies"]
    named = re.findall(r"pip install '\.\[(\w+)\]'", readme)
    assert "`pip install .`" in readme and {"web", "spark"} <= set(named) <= set(extras)


def test_an_interrupted_ingest_says_how_to_go_on(tmp_path, monkeypatch, capsys):
    import marsad.store
    from marsad.cli import main

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(marsad.store, "ingest", interrupted)
    (tmp_path / "a.txt").write_text(VISIT, encoding="utf-8")
    db = tmp_path / "s.db"
    assert main(["ingest", str(tmp_path / "a.txt"), "--db", str(db), "--no-progress"]) == 130
    assert (f"interrupted; the articles stored in {db} so far are kept whole: run the same "
            f"command again to go on") in capsys.readouterr().err


def test_pipe_in_processes_reads_its_input_as_it_goes():
    import marsad

    nlp = marsad.load(stages=["layout", "sentences", "tokens"])
    read = []

    def articles():
        for i in range(200):
            read.append(i)
            yield {"id": str(i), "text": VISIT}

    docs = nlp.pipe(articles(), n_process=2, batch_size=2)
    first = next(docs)
    # at most 2 batches a process in flight, and the one being filled: not the whole input
    assert first.doc_id == "0" and len(read) <= 2 * 2 * 2 + 2 + 2
    assert [d.doc_id for d in docs] == [str(i) for i in range(1, 200)]


def test_export_writes_the_format_the_file_name_says(tmp_path, capsys):
    import pyarrow.parquet as pq

    from marsad.cli import main

    (tmp_path / "visit.txt").write_text(VISIT, encoding="utf-8")
    db = tmp_path / "s.db"
    assert main(["ingest", str(tmp_path / "visit.txt"), "--db", str(db), "--no-progress"]) == 0
    assert main(["export", "--db", str(db), "-o", str(tmp_path / "e.parquet")]) == 0
    assert pq.read_table(tmp_path / "e.parquet").column("event_code").to_pylist() == ["043"]
    assert main(["export", "--db", str(db), "--what", "quotes",
                 "-o", str(tmp_path / "q.jsonl")]) == 0
    assert (tmp_path / "q.jsonl").read_text(encoding="utf-8") == ""  # (no quote in it)
    assert main(["export", "--db", str(db), "-o", str(tmp_path / "e.jsonl")]) == 0
    assert json.loads((tmp_path / "e.jsonl").read_text(encoding="utf-8"))["event_code"] == "043"
    capsys.readouterr()
    assert main(["export", "--db", str(db), "--format", "csv",
                 "-o", str(tmp_path / "x.parquet")]) == 1
    assert ("output " + str(tmp_path / "x.parquet") + " is named as parquet but --format csv "
            "was given") in capsys.readouterr().err
    assert not (tmp_path / "x.parquet").exists()


def test_ingest_counts_and_names_the_articles_it_stores_undated(tmp_path, capsys):
    from marsad.cli import main

    (tmp_path / "in.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"id": "slashes", "text": VISIT, "published": "21/07/2015"},
        {"id": "iso", "text": PROTEST, "date": "2015-07-21T08:00:00Z"}]) + "\n",
        encoding="utf-8")
    assert main(["ingest", str(tmp_path / "in.jsonl"), "--db", str(tmp_path / "s.db"),
                 "--no-progress"]) == 0
    err = capsys.readouterr().err
    assert json.loads(err.splitlines()[0])["undated"] == 1
    assert ("1 stored article(s) have no publication date (none given, or no YYYY-MM-DD date in "
            "the fields published, date, date_extracted") in err
    assert "give them one with --date YYYY-MM-DD" in err


@pytest.mark.parametrize("value, start, end", [
    ("2015-02", "2015-02-01", "2015-02-28"), ("2016-02", "2016-02-01", "2016-02-29"),
    ("2015", "2015-01-01", "2015-12-31")])
def test_from_and_to_take_a_month_or_a_year_as_pandas_does(value, start, end):
    from marsad.cli import build_parser

    args = build_parser().parse_args(["events", "--from", value, "--to", value])
    assert (args.date_from, args.date_to) == (start, end)


@pytest.mark.parametrize("value", ["2015-7", "2015-13", "15", "2015-02-30", "July"])
def test_a_period_that_is_no_date_stops_the_command(value, capsys):
    from marsad.cli import build_parser

    with pytest.raises(SystemExit):
        build_parser().parse_args(["export", "--from", value])
    assert (f"{value!r} is not a date; give it as YYYY-MM-DD (e.g. 2015-07-21), or a month "
            f"YYYY-MM or a year YYYY") in capsys.readouterr().err
