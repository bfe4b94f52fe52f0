"""`marsad code` in real subprocesses: formats, JSON Lines with bad lines, encodings."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow
ARTICLE = "قال وزير الخارجية المصري أمس إن بلاده تدعم الحل السياسي.\n"


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "marsad", *args], capture_output=True,
                          text=True, input=stdin, cwd=ROOT, timeout=300)


def test_code_file_json_and_table(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    r = run("code", str(f), "--date", "2020-05-04")
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert d["doc_id"] == "a" and d["published"] == "2020-05-04"
    assert d["text"] == ARTICLE
    r = run("code", str(f), "--format", "table")
    assert r.returncode == 0 and "## Events" in r.stdout


def test_windows_1256_file_is_decoded(tmp_path):
    f = tmp_path / "cp.txt"
    f.write_bytes(ARTICLE.encode("cp1256"))
    r = run("code", str(f))
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["text"] == ARTICLE


def test_input_jsonl_bad_lines_are_reported_and_the_run_goes_on(tmp_path):
    f = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": "ok1", "text": ARTICLE, "published": "2020-01-02"}, ensure_ascii=False),
             "{not json",
             json.dumps({"id": "empty", "text": "   "}),
             json.dumps(["a list"]),
             json.dumps({"id": "ok2", "text": ARTICLE}, ensure_ascii=False)]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = run("code", "--input-jsonl", str(f), "--format", "jsonl")
    assert r.returncode == 1  # something was rejected
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert [d["doc_id"] for d in out] == ["ok1", "ok2"]
    errors = [json.loads(x) for x in r.stderr.splitlines() if x.startswith("{")]
    assert [(e["line"], e["reason"]) for e in errors] == [
        (2, "malformed_json"), (3, "empty"), (4, "malformed_json")]
    assert all(str(f) in e["error"] for e in errors)


def test_binary_and_empty_files_get_clear_errors(tmp_path):
    b = tmp_path / "b.bin"
    b.write_bytes(bytes(range(256)) * 10)
    e = tmp_path / "e.txt"
    e.write_text("", encoding="utf-8")
    good = tmp_path / "g.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    r = run("code", str(b), str(e), str(good), "--format", "jsonl")
    assert r.returncode == 1
    assert len(r.stdout.splitlines()) == 1
    assert "looks binary" in r.stderr and "is empty" in r.stderr


def test_no_input_is_a_clear_error():
    r = run("code")
    assert r.returncode == 1
    assert "no input" in r.stderr
