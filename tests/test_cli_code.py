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
    assert r.returncode == 2  # a usage error (test_audit_sixteenth)
    assert "no input" in r.stderr


def test_a_wrong_date_is_a_usage_error_not_a_traceback(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    r = run("code", str(f), "--date", "yesterday")
    assert r.returncode == 2
    assert "'yesterday' is not a date; give it as YYYY-MM-DD" in r.stderr
    assert "Traceback" not in r.stderr


def test_input_jsonl_lines_with_a_bad_date_or_other_text_field_are_coded(tmp_path):
    f = tmp_path / "in.jsonl"
    lines = [{"id": "a", "text": ARTICLE, "published": "yesterday"},  # date dropped, as ingest
             {"id": 0, "content": ARTICLE, "date": "2020-03-04 10:00"},  # ingest's field names
             {"id": "c", "text": ARTICLE}]
    f.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n",
                 encoding="utf-8")
    r = run("code", "--input-jsonl", str(f), "--format", "jsonl", "--date", "2020-01-01")
    assert r.returncode == 0, r.stderr
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert [(d["doc_id"], d["published"]) for d in out] == [
        ("a", "2020-01-01"), ("0", "2020-03-04"), ("c", "2020-01-01")]


def test_a_missing_jsonl_file_is_named_not_a_traceback(tmp_path):
    r = run("code", "--input-jsonl", str(tmp_path / "nope.jsonl"))
    assert r.returncode == 1
    assert "nope.jsonl: does not exist; check the path" in r.stderr  # (as a missing FILE)
    assert "Traceback" not in r.stderr


def test_a_folder_of_mixed_files_is_coded_like_ingest_reads_it(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_bytes(ARTICLE.encode("cp1256"))
    (d / "b.json").write_text(json.dumps([{"id": "b1", "content": ARTICLE}, {"title": "x"}],
                                         ensure_ascii=False), encoding="utf-8")
    (d / "c.html").write_text("<html><body><article><p>" + ARTICLE * 3 +
                              "</p></article></body></html>", encoding="utf-8")
    (d / "d.txt").write_bytes(b"")
    (d / "notes.bin").write_bytes(b"\x00\x01")  # not an article file: not read
    r = run("code", str(d), "--format", "jsonl")
    assert r.returncode == 1  # something was rejected
    ids = [json.loads(x)["doc_id"] for x in r.stdout.splitlines()]
    assert ids == ["a", "b1", "c"]
    errors = [json.loads(x) for x in r.stderr.splitlines() if x.startswith("{")]
    assert [(Path(e["source"]).name, e["line"], e["reason"]) for e in errors] == [
        ("b.json", 2, "empty"), ("d.txt", None, "empty")]
    assert "b.json, item 2: has no text field" in errors[0]["error"]
    r = run("code", str(tmp_path / "in" / "nothing"))
    assert r.returncode == 1 and "does not exist" in r.stderr
    (tmp_path / "void").mkdir()
    r = run("code", str(tmp_path / "void"))
    assert r.returncode == 1 and "is a folder with no article files in it" in r.stderr


def test_workers_code_in_processes_with_the_same_output_and_errors(tmp_path):
    f = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": f"d{i}", "text": ARTICLE.replace("المصري", "الأردني")
                         if i % 2 else ARTICLE}, ensure_ascii=False) for i in range(40)]
    lines[17] = "{broken"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    one = run("code", "--input-jsonl", str(f), "--format", "jsonl")
    two = run("code", "--input-jsonl", str(f), "--format", "jsonl", "--workers", "2")
    assert one.returncode == two.returncode == 1
    assert len(one.stdout.splitlines()) == 39
    assert two.stdout == one.stdout
    assert "line 18: is not valid JSON" in two.stderr
    r = run("code", "--input-jsonl", str(f), "--workers", "0")
    assert r.returncode == 2 and "'0' is not a whole number of 1 or more" in r.stderr


def test_one_article_that_fails_does_not_stop_the_others():
    import marsad
    from marsad.cli.code import _code_batch
    from marsad.errors import InputError

    class Fragile:  # a stage with a bug on one article
        name, requires, assigns = "fragile", ("tokens",), ()

        def __call__(self, doc):
            if doc.doc_id == "bad":
                raise KeyError("boom")

    nlp = marsad.load(("layout", "sentences", "tokens"))
    nlp.add(Fragile())
    out = _code_batch(nlp, [{"id": "a", "text": "نص أول."},
                            {"id": "bad", "text": "نص ثان.", "source_file": "x.txt"},
                            {"id": "c", "text": "نص ثالث."}])
    assert out[0].doc_id == "a" and out[2].doc_id == "c"
    assert isinstance(out[1], InputError) and out[1].reason == "coding_failed"
    assert str(out[1]).startswith("x.txt: could not be coded (KeyError")


def test_an_html_page_in_a_zip_has_its_file_name_for_id(tmp_path):
    import zipfile

    with zipfile.ZipFile(tmp_path / "pages.zip", "w") as zf:
        zf.writestr("news/page.html", "<html><body><article><p>" + ARTICLE * 3 +
                    "</p></article></body></html>")
    r = run("code", str(tmp_path / "pages.zip"), "--format", "jsonl")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["doc_id"] == "page"
