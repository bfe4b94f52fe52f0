"""What a conflict researcher and a media analyst meet (eleventh session's audit): the files the
commands write, the filters a researcher reaches for, the lines the listing commands print."""

from __future__ import annotations

import json

import pytest

# Short articles written for these tests.
VISIT = "استقبل الرئيس المصري وزير الخارجية الأردني في القاهرة أمس."
PROTEST = "تظاهر مئات الطلاب أمام البرلمان في بغداد اليوم احتجاجاً على ارتفاع الأسعار."


@pytest.fixture
def store(tmp_path):
    from marsad.cli import main

    (tmp_path / "in.jsonl").write_text("\n".join(json.dumps(
        {"id": f"a{i}", "text": t, "published": "2020-03-10"}, ensure_ascii=False)
        for i, t in enumerate((VISIT, PROTEST))) + "\n", encoding="utf-8")
    db = tmp_path / "s.db"
    assert main(["ingest", str(tmp_path / "in.jsonl"), "--db", str(db), "--no-progress"]) == 0
    return db


@pytest.mark.parametrize("command", ["export", "convert"])
def test_an_existing_output_file_is_refused_unless_overwrite(store, tmp_path, capsys, command):
    from marsad.cli import main

    out = tmp_path / "out.jsonl"
    out.write_text("a month of work\n", encoding="utf-8")
    args = (["export", "--db", str(store)] if command == "export"
            else ["convert", str(tmp_path / "in.jsonl")]) + ["-o", str(out)]
    capsys.readouterr()
    assert main(args) == 1
    err = capsys.readouterr().err
    assert f"output {out} already exists" in err and "--overwrite" in err
    assert out.read_text(encoding="utf-8") == "a month of work\n"
    assert main([*args, "--overwrite"]) == 0
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert rows and "a month of work" not in out.read_text(encoding="utf-8")
