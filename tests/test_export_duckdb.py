"""The exports as a DuckDB user reads them: the same types from Parquet, CSV and JSON Lines
with the types docs/export.md gives, and spans that slice the article in SQL."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from marsad.cli import main

duckdb = pytest.importorskip("duckdb")

# Short articles written for these tests. The second has a tanween (a combining mark) before
# its event, so a reading that counted graphemes, not code points, would slice it wrong.
VISIT = "استقبل الرئيس المصري وزير الخارجية الأردني في القاهرة أمس."
PROTEST = "وفي بغداد أيضاً، تظاهر مئات الطلاب أمام البرلمان احتجاجاً على الغلاء."


def _doc_blocks(language: str) -> list[str]:
    """The ```language blocks of docs/export.md."""
    text = (Path(__file__).resolve().parents[1] / "docs" / "export.md").read_text("utf-8")
    return re.findall(rf"```{language}\n(.*?)```", text, re.S)


@pytest.fixture()
def exported(tmp_path, monkeypatch):
    """A store of the two articles, its tables exported in the three formats, in the cwd."""
    (tmp_path / "in.jsonl").write_text("".join(
        json.dumps({"id": i, "text": t, "published": "2015-07-22"}, ensure_ascii=False) + "\n"
        for i, t in (("1", VISIT), ("2", PROTEST))), encoding="utf-8")
    db = tmp_path / "s.db"
    assert main(["ingest", str(tmp_path / "in.jsonl"), "--db", str(db), "--no-progress"]) == 0
    for what in ("events", "mentions", "articles"):
        for fmt in ("csv", "jsonl", "parquet"):
            assert main(["export", "--db", str(db), "--what", what,
                         "-o", str(tmp_path / f"{what}.{fmt}")]) == 0
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_docs_duckdb_recipe_reads_the_three_formats_alike(exported):
    names: dict = {}
    exec(next(b for b in _doc_blocks("python") if b.startswith("import duckdb")), names)
    parquet = names["events"]
    for frame in ("events", "events_csv", "events_jsonl"):
        rel = names[frame]
        assert rel.types == parquet.types, frame
        rows = duckdb.sql("SELECT event_code, event_root_code, TRY_CAST(date AS DATE), day, "
                          "first_article_id FROM rel ORDER BY first_article_id").fetchall()
        # استقبل: host a visit (043) on the 21st (أمس of the 22nd); تظاهر: demonstrate (141)
        # on the date of publication, the codes text whatever the other rows hold
        assert [(r[0], r[1], r[2].isoformat(), r[3], r[4]) for r in rows] == [
            ("043", "04", "2015-07-21", 20150721, "1"),
            ("141", "14", "2015-07-22", 20150722, "2")], frame


def test_the_docs_sql_slices_each_mention_out_of_its_article(exported):
    rows = duckdb.sql(_doc_blocks("sql")[-1]).fetchall()
    assert sorted((evidence, span) for _, evidence, span in rows) == [
        ("استقبل", "استقبل"), ("تظاهر", "تظاهر")]

