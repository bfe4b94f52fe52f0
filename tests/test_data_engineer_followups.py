"""Follow-ups of the tenth session's data engineer's audit: the events table leads to the
store, `ingest -` reads a pipe, `convert -o` keeps out of its own input."""

from __future__ import annotations

import io
import json

import pytest

from marsad.cli import main
from marsad.store import connect

# Short articles written for these tests.
VISIT = "استقبل الرئيس المصري وزير الخارجية الأردني في القاهرة أمس."
PROTEST = "تظاهر مئات الطلاب أمام البرلمان في بغداد احتجاجاً على الغلاء."


def _line(doc_id: str, text: str) -> str:
    return json.dumps({"id": doc_id, "text": text, "published": "2015-07-22"},
                      ensure_ascii=False) + "\n"


def _stdin(monkeypatch, text: str) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))


def test_the_events_table_names_each_event_by_its_export_id(tmp_path, capsys):
    (tmp_path / "a.jsonl").write_text(_line("v", VISIT), encoding="utf-8")
    db = str(tmp_path / "s.db")
    assert main(["ingest", str(tmp_path / "a.jsonl"), "--db", db, "--no-progress"]) == 0
    assert main(["export", "--db", db, "--format", "jsonl"]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert main(["events", "--db", db]) == 0
    count, row = capsys.readouterr().out.splitlines()
    # one visit, reported by one sentence of one article
    assert count == "1 event(s)"
    assert row.split()[0] == exported["event_id"]
    assert row.endswith("num_mentions=1 num_articles=1")


def test_ingest_reads_json_lines_from_stdin_and_names_bad_lines(tmp_path, monkeypatch, capsys):
    _stdin(monkeypatch, _line("v", VISIT) + "{broken\n" + _line("p", PROTEST))
    db = tmp_path / "s.db"
    # the progress bar on: it has no total to count from a pipe
    assert main(["ingest", "-", "--db", str(db)]) == 3
    assert "rejected: stdin, line 2: is not valid JSON" in capsys.readouterr().err
    con = connect(db)
    assert sorted(r[0] for r in con.execute("SELECT article_id FROM articles")) == ["p", "v"]
    # the same lines again: stored articles are skipped
    _stdin(monkeypatch, _line("v", VISIT))
    assert main(["ingest", "-", "--db", str(db), "--no-progress"]) == 0
    assert '"already_stored": 1, "duplicates": 0' in capsys.readouterr().err


def test_plain_text_piped_to_ingest_is_named_as_such_with_the_way_to_give_it(
        tmp_path, monkeypatch, capsys):
    _stdin(monkeypatch, PROTEST + "\n" + _line("v", VISIT))
    assert main(["ingest", "-", "--db", str(tmp_path / "s.db"), "--no-progress"]) == 3
    err = capsys.readouterr().err
    assert "stdin, line 1: is plain text, not a JSON record" in err
    assert "marsad code -" in err
    # a JSON Lines file says what a line should hold, without the hint for standard input
    (tmp_path / "a.jsonl").write_text(PROTEST + "\n", encoding="utf-8")
    assert main(["ingest", str(tmp_path / "a.jsonl"), "--db", str(tmp_path / "t.db"),
                 "--no-progress"]) != 0
    err = capsys.readouterr().err
    assert "line 1: is plain text, not a JSON record" in err and "marsad code -" not in err


def test_convert_reads_stdin_as_ingest_does(tmp_path, monkeypatch):
    _stdin(monkeypatch, _line("v", VISIT))
    assert main(["convert", "-", "-o", str(tmp_path / "out.jsonl")]) == 0
    record = json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8"))
    assert (record["id"], record["text"]) == ("v", VISIT)


def test_convert_refuses_to_write_among_its_inputs(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.jsonl").write_text(_line("v", VISIT), encoding="utf-8")
    assert main(["convert", str(folder), "-o", str(folder / "all.jsonl")]) == 1
    assert f"the output {folder / 'all.jsonl'} is inside the input folder {folder}" in (
        capsys.readouterr().err)
    assert main(["convert", str(folder / "a.jsonl"), "-o", str(folder / "a.jsonl")]) == 1
    assert "is also an input" in capsys.readouterr().err
    assert [p.name for p in folder.iterdir()] == ["a.jsonl"]
    assert (folder / "a.jsonl").read_text(encoding="utf-8") == _line("v", VISIT)
    # beside the folder is fine
    assert main(["convert", str(folder), "-o", str(tmp_path / "all.jsonl")]) == 0


def _spark_events_folder(root) -> None:
    """events/ as Spark writes it: a folder per date, a year only, and the unknown date."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    for date, code in (("2015", "141"), ("2015-07-22", "043"),
                       ("__HIVE_DEFAULT_PARTITION__", "051")):
        folder = root / "coded" / "events" / f"date={date}"
        folder.mkdir(parents=True)
        pq.write_table(pa.table({"event_code": [code]}), folder / "part-0.parquet")


def _spark_doc() -> str:
    from pathlib import Path

    return (Path(__file__).resolve().parents[1] / "docs" / "spark.md").read_text("utf-8")


def test_the_spark_docs_read_the_partitioned_events_in_pandas(tmp_path, monkeypatch):
    pytest.importorskip("pandas")
    import re

    _spark_events_folder(tmp_path)
    doc = _spark_doc()
    block = next(b for b in re.findall(r"```python\n(.*?)```", doc, re.S)
                 if b.startswith("import pandas"))
    monkeypatch.chdir(tmp_path)
    names: dict = {}
    exec(block, names)
    events = names["events"].sort_values("event_code")
    assert list(events.columns) == ["event_code", "date"]
    # the year stays text, the unknown date is null
    assert [(c, d if isinstance(d, str) else None) for c, d in
            zip(events["event_code"], events["date"])] == [
        ("043", "2015-07-22"), ("051", None), ("141", "2015")]


def test_the_spark_docs_read_the_partitioned_events_in_duckdb(tmp_path, monkeypatch):
    duckdb = pytest.importorskip("duckdb")
    import re

    _spark_events_folder(tmp_path)
    # the expression the docs give, as written there (over two lines)
    expr = " ".join(re.search(r"In DuckDB: `(read_parquet\(.*?\))`", _spark_doc(), re.S)
                    .group(1).split())
    monkeypatch.chdir(tmp_path)
    rows = duckdb.sql(f"SELECT event_code, date FROM {expr} ORDER BY event_code").fetchall()
    # the year stays text, the unknown date is null
    assert rows == [("043", "2015-07-22"), ("051", None), ("141", "2015")]
    # a folder whose dates are all years (there DuckDB alone would read the number 2015)
    import pyarrow as pa
    import pyarrow.parquet as pq

    years = tmp_path / "years"
    (years / "coded" / "events" / "date=2015").mkdir(parents=True)
    pq.write_table(pa.table({"event_code": ["141"]}),
                   years / "coded" / "events" / "date=2015" / "part-0.parquet")
    monkeypatch.chdir(years)
    assert duckdb.sql(f"SELECT event_code, date FROM {expr}").fetchall() == [("141", "2015")]
