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
