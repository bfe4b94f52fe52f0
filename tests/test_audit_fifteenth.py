"""What a user meets (fifteenth session's audit, the fourteenth's leftovers): `nlp.pipe` that
goes on past a bad record, bytes named for what to do with them, stdin's id and empty input,
a resumed ingest, dated and undated copies, typed dates in the exports, PLOVER's flat location."""

from __future__ import annotations

from pathlib import Path

import pytest

import marsad
from marsad.errors import InputError

# Short articles written for these tests.
VISIT = "استقبل الرئيس المصري وزير الخارجية الأردني في القاهرة أمس."
PROTEST = "تظاهر مئات الطلاب أمام البرلمان في بغداد اليوم احتجاجاً على ارتفاع الأسعار."


@pytest.fixture(scope="module")
def light_nlp():
    return marsad.load(("layout", "sentences", "tokens"))


class _Fragile:
    """A stage with a bug on one article (its text holds «عطب»)."""
    name = "fragile"
    requires = ("tokens",)
    assigns = ()

    def __call__(self, doc):
        if "عطب" in doc.text:
            raise KeyError("boom")


# -- 1. nlp.pipe(on_error=...) -----------------------------------------------------------------

RECORDS = [{"id": "a1", "text": VISIT}, {"id": "a2", "body_text": "ليس نصاً"},
           {"text": PROTEST}, {"id": "a4", "text": VISIT, "published": "10/03/2020"}]


def test_pipe_skips_the_records_it_cannot_read_and_codes_the_others(light_nlp):
    docs = list(light_nlp.pipe(RECORDS, on_error="skip", batch_size=16))
    assert [d.text for d in docs] == [VISIT, PROTEST]
    assert docs[0].doc_id == "a1" and docs[1].tokens


def test_pipe_records_an_error_that_names_each_bad_record_in_its_place(light_nlp):
    out = list(light_nlp.pipe(RECORDS, on_error="record", batch_size=2))
    assert [type(x).__name__ for x in out] == ["Document", "InputError", "Document", "InputError"]
    assert str(out[1]).startswith("article a2: has no text field")
    assert str(out[3]).startswith("article a4: published date '10/03/2020' is not an ISO date")
    # a record with no id is named by its number in the stream (counted from 1)
    bad = list(light_nlp.pipe([VISIT, VISIT, b"\xd9\x82"], on_error="record", batch_size=2))
    assert isinstance(bad[2], InputError) and (bad[2].source, bad[2].line) == ("pipe", 3)
    assert "decode it first" in str(bad[2])


def test_pipe_with_contexts_keeps_each_context_with_its_item(light_nlp):
    pairs = [(r, n) for n, r in enumerate(RECORDS, 1)]
    recorded = [(type(d).__name__, c) for d, c in
                light_nlp.pipe(pairs, as_tuples=True, on_error="record")]
    assert recorded == [("Document", 1), ("InputError", 2), ("Document", 3), ("InputError", 4)]
    assert [c for _, c in light_nlp.pipe(pairs, as_tuples=True, on_error="skip")] == [1, 3]


def test_pipe_raises_by_default_and_refuses_an_unknown_choice(light_nlp):
    with pytest.raises(InputError, match="article a2: has no text field"):
        list(light_nlp.pipe(RECORDS))
    with pytest.raises(ValueError, match="on_error='ignore'"):
        list(light_nlp.pipe(RECORDS, on_error="ignore"))


def test_a_bug_on_one_article_costs_only_that_article():
    nlp = marsad.load(("layout", "sentences", "tokens"))
    nlp.add(_Fragile())
    out = list(nlp.pipe([VISIT, "خبر فيه عطب.", PROTEST], on_error="record"))
    assert [d.text for d in (out[0], out[2])] == [VISIT, PROTEST]
    assert out[1].reason == "coding_failed" and "KeyError" in out[1].message
    assert len(out[0].sentences) == 1  # (coded again alone: not twice)


# -- 2. bytes ------------------------------------------------------------------------------------

def test_bytes_given_as_the_text_say_how_to_decode_them(light_nlp):
    with pytest.raises(TypeError, match=r"got bytes: decode it first, with "
                                        r"marsad\.io\.decode_bytes"):
        light_nlp(VISIT.encode("utf-8"))


@pytest.mark.slow
def test_pipe_in_worker_processes_goes_on_past_a_bad_record():
    nlp = marsad.load(("layout", "sentences", "tokens"))
    out = list(nlp.pipe(RECORDS * 2, n_process=2, batch_size=2, on_error="record"))
    assert [isinstance(x, InputError) for x in out] == [False, True, False, True] * 2
    assert str(out[5]).startswith("article a2: has no text field")


# -- 3. standard input ---------------------------------------------------------------------------

def _stdin(monkeypatch, data: bytes):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_a_text_on_stdin_has_its_content_hash_for_id(monkeypatch, capsys):
    import hashlib
    import json

    from marsad.cli import main

    _stdin(monkeypatch, ("  " + PROTEST + "\n").encode("utf-8"))
    assert main(["code", "-", "--format", "jsonl"]) == 0
    doc = json.loads(capsys.readouterr().out)
    # (the README's rule: the first 16 hex digits of the SHA-256 of the stripped text)
    assert doc["doc_id"] == hashlib.sha256(PROTEST.encode("utf-8")).hexdigest()[:16]


@pytest.mark.parametrize("command", [["ingest", "-", "--no-progress"], ["convert", "-"],
                                     ["code", "--input-jsonl", "-"]])
def test_an_empty_standard_input_is_named_and_fails(monkeypatch, capsys, tmp_path, command):
    from marsad.cli import main

    _stdin(monkeypatch, b"\n  \n")
    if command[0] == "ingest":
        command = [*command, "--db", str(tmp_path / "s.db")]
    if command[0] == "convert":
        command = [*command, "-o", str(tmp_path / "out.jsonl")]
    assert main(command) != 0
    assert "stdin: is empty: no JSON Lines record was read" in capsys.readouterr().err


def test_ingest_does_not_read_its_rejects_log_in_an_input_folder(tmp_path, capsys):
    import json

    from marsad.cli import main

    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "a", "text": VISIT}, ensure_ascii=False)
                                      + "\n{cut\n", encoding="utf-8")
    log = tmp_path / "log.jsonl"  # (a --rejects FILE of any name, in the input folder)
    for _ in range(2):
        assert main(["ingest", str(tmp_path), "--db", str(tmp_path / "s.db"), "--rejects",
                     str(log), "--no-progress"]) == 3
    lines = log.read_text(encoding="utf-8").splitlines()
    assert [json.loads(x)["line"] for x in lines] == [2]  # the cut line, once
    assert "log.jsonl" not in capsys.readouterr().err


# -- 4, 5. a resumed ingest; an undated and a dated copy -------------------------------------------

def _jsonl(path, records):
    import json

    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    return str(path)


def _summary(err: str) -> dict:
    import json

    return json.loads(next(x for x in err.splitlines() if x.startswith("{")))


def test_a_resumed_ingest_counts_the_stored_articles_apart_from_duplicates(tmp_path, capsys):
    from marsad.cli import main

    db = str(tmp_path / "s.db")
    first = _jsonl(tmp_path / "a.jsonl", [{"id": "v", "text": VISIT}])
    assert main(["ingest", first, "--db", db, "--no-progress", "--date", "2020-03-10"]) == 0
    capsys.readouterr()
    more = _jsonl(tmp_path / "b.jsonl", [{"id": "v", "text": VISIT}, {"id": "p", "text": PROTEST},
                                         {"id": "p2", "text": PROTEST}])
    assert main(["ingest", more, "--db", db, "--no-progress", "--date", "2020-03-10"]) == 0
    report = _summary(capsys.readouterr().err)
    assert (report["stored"], report["already_stored"], report["duplicates"]) == (1, 1, 1)


# (5. a dated copy of an article stored undated: now dated, tests/test_audit_sixteenth.py)


# -- 6. published as a date in Parquet -----------------------------------------------------------

@pytest.fixture(scope="module")
def dated_store(tmp_path_factory):
    from marsad.cli import main

    folder = tmp_path_factory.mktemp("store")
    src = _jsonl(folder / "in.jsonl", [{"id": "v", "text": VISIT, "published": "2020-03-10"},
                                       {"id": "p", "text": PROTEST}])
    assert main(["ingest", src, "--db", str(folder / "s.db"), "--no-progress"]) == 0
    return folder / "s.db"


@pytest.mark.parametrize("what", ["articles", "mentions", "quotes"])
def test_published_is_a_date_in_parquet_and_reads_as_one_in_pandas_and_duckdb(
        dated_store, tmp_path, what):
    import datetime as dt

    import pandas as pd
    import pyarrow as pa
    import pyarrow.parquet as pq

    from marsad.cli import main
    from marsad.tables import ARTICLE_COLUMNS, date_columns, duckdb_types, pandas_dtypes
    from marsad.tables import MENTION_COLUMNS, QUOTE_COLUMNS

    cols = {"articles": ARTICLE_COLUMNS, "mentions": MENTION_COLUMNS,
            "quotes": QUOTE_COLUMNS}[what]
    for fmt in ("parquet", "csv"):
        assert main(["export", "--db", str(dated_store), "--what", what, "--format", fmt,
                     "-o", str(tmp_path / f"t.{fmt}")]) == 0
    assert pq.read_schema(tmp_path / "t.parquet").field("published").type == pa.date32()
    days = set(pd.read_parquet(tmp_path / "t.parquet")["published"].dropna())
    assert days <= {dt.date(2020, 3, 10)} and (days or what != "articles")
    csv = pd.read_csv(tmp_path / "t.csv", dtype=pandas_dtypes(cols),
                      parse_dates=date_columns(cols))
    assert set(csv["published"].dropna()) == {pd.Timestamp(d) for d in days}
    duckdb = pytest.importorskip("duckdb")
    assert duckdb.read_parquet(str(tmp_path / "t.parquet")).select("published").types == [
        "DATE"]
    assert duckdb.read_csv(str(tmp_path / "t.csv"), dtype=duckdb_types(cols)).select(
        "published").types == ["DATE"]


# -- 7. PLOVER records in CSV -----------------------------------------------------------------------

def test_plover_csv_gives_the_location_as_flat_columns(dated_store, tmp_path):
    import csv

    from marsad.cli import main

    out = tmp_path / "plover.csv"
    assert main(["export", "--db", str(dated_store), "--style", "plover", "--format", "csv",
                 "-o", str(out)]) == 0
    with out.open(encoding="utf-8") as fh:
        rows = {r["event_type"]: r for r in csv.DictReader(fh)}
    assert "location" not in rows["CONSULT"] and "{" not in ",".join(rows["CONSULT"].values())
    cairo = rows["CONSULT"]
    assert (cairo["location_name"], cairo["location_country"], cairo["location_type"]) == (
        "Cairo", "EGY", "city")
    assert abs(float(cairo["location_lat"]) - 30.04) < 0.1  # (Cairo: 30.04 N, 31.24 E)
    assert abs(float(cairo["location_lon"]) - 31.24) < 0.1
    # an empty export has the same header
    empty = tmp_path / "none.csv"
    assert main(["export", "--db", str(dated_store), "--style", "plover", "--format", "csv",
                 "--code", "99", "-o", str(empty)]) == 0
    assert empty.read_text(encoding="utf-8").splitlines()[0] == out.read_text(
        encoding="utf-8").splitlines()[0]


# -- 8. review leftovers ---------------------------------------------------------------------------

def test_the_counts_page_walks_every_iso_week_between_its_ends():
    from marsad.web.counts import _all_periods

    # 2015 has 53 ISO weeks; 2015-W60 is no week: its ends alone
    assert _all_periods("week", "2015-W52", "2016-W02") == [
        "2015-W52", "2015-W53", "2016-W01", "2016-W02"]
    assert _all_periods("week", "2015-W60", "2015-W61") == ["2015-W60", "2015-W61"]


@pytest.mark.slow
def test_the_package_serves_a_store_locally_and_stops_the_server(dated_store, tmp_path):
    import json
    import urllib.request

    from marsad.web.local import served

    log = tmp_path / "serve.log"
    with served(dated_store, log_path=log) as base:
        stats = json.loads(urllib.request.urlopen(base + "/v1/stats", timeout=10).read())
        assert stats["articles"] == 2
    with pytest.raises(OSError):  # (stopped: nothing answers there)
        urllib.request.urlopen(base + "/v1/stats", timeout=2)
    bench = (Path(__file__).resolve().parents[1] / "bench" / "bench_web.py").read_text("utf-8")
    assert "from marsad.web.local import served" in bench and "terminate" not in bench


def test_placing_words_take_the_clitics_with_conj_gives_after_b_and_l_too():
    from marsad.events.placing import _with_clitics
    from marsad.text.normalize import fold

    forms = _with_clitics(["الحدود"])
    # every form the placing rules knew, and ف before ب and لل as و was (فبالحدود)
    assert {fold(w) for w in ("الحدود", "والحدود", "فالحدود", "بالحدود", "وبالحدود",
                              "للحدود", "وللحدود")} <= forms
    assert {fold("فبالحدود"), fold("فللحدود")} <= forms
