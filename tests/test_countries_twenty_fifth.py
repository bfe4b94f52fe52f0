"""One source of known countries for the publication country (twenty-fifth session):
`marsad.lexicon.countries.country_code` turns a code, an alias or an English or Arabic name into
an ISO3 code, or raises an InputError that names the value, says what to give and offers a close
match. The CLI's `--country`, `nlp(text, country=...)`, `nlp.pipe` records, the record readers
(`marsad code`, `marsad ingest`), ingest's and Spark's run country and Spark's worker all read
it so; a bad value of one record is that record's error and the run goes on. The sentences are
our own."""

from __future__ import annotations

import json
import sqlite3

import pytest

from marsad.errors import InputError
from _cli import run_cli as _cli

PUBLISHED = "2016-03-14"
FROM_HOME = "publication_country"
# a local story of no place named: one arrest (CAMEO 173)
LOCAL = "اعتقلت الشرطة ثلاثة أشخاص أمس.\n"
LOCAL_TOO = "اعتقلت الشرطة خمسة أشخاص في السوق أمس.\n"


def _home(doc) -> list[tuple[str, str]]:
    return [(ev.location.country, ev.location.source) for ev in doc.events
            if ev.cameo.startswith("173") and ev.location is not None]


# -- the library function -----------------------------------------------------------------------
@pytest.mark.parametrize("given, code", [
    ("SAU", "SAU"), ("sau", "SAU"), (" egy ", "EGY"),   # ISO3, any case
    ("SA", "SAU"), ("ae", "ARE"),                       # ISO alpha-2 (CLDR)
    ("Saudi Arabia", "SAU"), ("united arab emirates", "ARE"), ("Jordan", "JOR"),  # English
    ("السعودية", "SAU"), ("المملكة العربية السعودية", "SAU"), ("مصر", "EGY"),    # Arabic
    ("السعوديه", "SAU"), ("الاردن", "JOR"),             # as marsad folds (ة/ه, أ/ا)
    ("KSA", "SAU"), ("UAE", "ARE"), ("UK", "GBR"), ("Burma", "MMR"),  # countries.json aliases
    ("U.S.A.", "USA"), ("U.S.", "USA"),                 # dots do not count
])
def test_a_code_an_alias_or_a_name_gives_the_iso3_code(given, code):
    from marsad.lexicon.countries import country_code

    assert country_code(given) == code


@pytest.mark.parametrize("given, offered", [
    ("SUA", "SAU"),                 # two letters swapped
    ("Egpyt", "EGY"),               # a misspelt name
    ("Saudia Arabia", "SAU"),
])
def test_a_value_of_no_country_is_named_with_what_to_give_and_a_close_match(given, offered):
    from marsad.lexicon.countries import country_code

    with pytest.raises(InputError) as err:
        country_code(given)
    message = str(err.value)
    assert repr(given) in message and "did you mean" in message and offered in message
    assert "alpha-3" in message and "Arabic name" in message  # (what to give)
    assert err.value.reason == "bad_country"


def test_no_close_match_is_offered_for_nonsense_nor_a_number():
    from marsad.lexicon.countries import country_code

    with pytest.raises(InputError) as err:
        country_code("QQQ")
    assert "did you mean" not in str(err.value)
    with pytest.raises(InputError, match="not a string"):
        country_code(966)


def test_a_country_of_a_lexicon_dir_is_known_to_its_pipeline(tmp_path):
    import marsad
    from marsad.lexicon.countries import country_code
    from marsad.lexicon.loader import builtin_data_dir

    data = json.loads((builtin_data_dir() / "countries.json").read_text(encoding="utf-8"))
    data["entries"].append({"iso3": "QNR", "name": "Narnia", "ar": ["نارنيا"],
                            "aliases": ["NRN"], "kind": "territory"})
    (tmp_path / "countries.json").write_text(json.dumps(data, ensure_ascii=False),
                                             encoding="utf-8")
    with pytest.raises(InputError):  # (the built-in dictionaries do not have it)
        country_code("Narnia")
    nlp = marsad.load(stages=["layout"], lexicon_dirs=[tmp_path])
    assert nlp.make_doc("نص", country="نارنيا").meta["country"] == "QNR"
    assert nlp.make_doc("نص", country="NRN").meta["country"] == "QNR"
    assert nlp.make_doc("نص", country="Jordan").meta["country"] == "JOR"


# -- the Python API -----------------------------------------------------------------------------
def test_nlp_takes_a_name_or_an_alias_as_the_country(nlp):
    for given in ("Saudi Arabia", "KSA", "السعودية"):
        doc = nlp(LOCAL, published=PUBLISHED, country=given)
        assert doc.meta["country"] == "SAU"
        assert _home(doc) == [("SAU", FROM_HOME)]
    # none given, or an empty one: no country
    assert "country" not in nlp(LOCAL, published=PUBLISHED, country="").meta


def test_nlp_refuses_a_value_of_no_country(nlp):
    with pytest.raises(InputError) as err:
        nlp(LOCAL, published=PUBLISHED, country="SUA")
    assert "'SUA'" in str(err.value) and "SAU" in str(err.value)


def test_a_document_made_by_hand_is_placed_by_its_alias(nlp):
    # (a Document not made by make_doc: the events stage reads its country the same way)
    from marsad.document import Document

    doc = nlp(Document(LOCAL, published=PUBLISHED, meta={"country": "UAE"}))
    assert _home(doc) == [("ARE", FROM_HOME)]


def test_pipe_makes_a_bad_country_an_error_of_its_item_only(nlp):
    items = [{"id": "a", "text": LOCAL, "published": PUBLISHED, "country": "Kuwait"},
             {"id": "b", "text": LOCAL, "published": PUBLISHED, "country": "Kuwiat"},
             {"id": "c", "text": LOCAL_TOO, "published": PUBLISHED, "country": "qa"}]
    out = list(nlp.pipe(items, on_error="record"))
    assert [type(x).__name__ for x in out] == ["Document", "InputError", "Document"]
    assert out[0].meta["country"] == "KWT" and _home(out[0]) == [("KWT", FROM_HOME)]
    assert out[2].meta["country"] == "QAT" and _home(out[2]) == [("QAT", FROM_HOME)]
    assert out[1].source == "article b" and out[1].reason == "bad_country"
    assert "'Kuwiat'" in out[1].message and "KWT" in out[1].message
    with pytest.raises(InputError, match="Kuwiat"):
        list(nlp.pipe(items))


# -- readers, CLI, ingest -----------------------------------------------------------------------
def _write_jsonl(path, *records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    return path


def _records():
    return ({"id": "own", "text": LOCAL, "published": PUBLISHED, "country": "Bahrain"},
            {"id": "typo", "text": LOCAL, "published": PUBLISHED, "country": "Bahrian"},
            # (another day: its arrest is another event of Spark's events table)
            {"id": "run", "text": LOCAL_TOO, "published": "2016-03-20"})


def test_the_readers_read_a_name_and_refuse_a_typo_with_its_line(tmp_path):
    from marsad.store.readers import iter_items

    f = _write_jsonl(tmp_path / "in.jsonl", *_records())
    c = tmp_path / "in.csv"
    c.write_text("id,text,country\nd,اعتقلت الشرطة شخصين,الإمارات\n", encoding="utf-8")
    got = list(iter_items([f, c]))
    assert [getattr(x, "country", None) for x in got] == ["BHR", None, None, "ARE"]
    err = got[1]
    assert isinstance(err, InputError) and err.line == 2 and err.reason == "bad_country"
    assert "'Bahrian'" in err.message and "BHR" in err.message


def test_code_takes_an_alias_and_goes_on_past_a_bad_line(tmp_path):
    f = _write_jsonl(tmp_path / "in.jsonl", *_records())
    status, out, err = _cli("code", "--input-jsonl", f, "--country", "ksa", "--format", "jsonl")
    assert status == 1  # (an item failed)
    docs = {d["doc_id"]: d for d in map(json.loads, out.splitlines())}
    assert set(docs) == {"own", "run"}  # (the run went on past the bad line)
    assert docs["own"]["meta"]["country"] == "BHR" and docs["run"]["meta"]["country"] == "SAU"
    assert [ev["location"]["country"] for ev in docs["run"]["events"]] == ["SAU"]
    assert "line 2" in err and "'Bahrian'" in err


def test_code_refuses_a_country_option_of_no_country(tmp_path):
    f = _write_jsonl(tmp_path / "in.jsonl", *_records()[:1])
    status, _, err = _cli("code", "--input-jsonl", f, "--country", "SUA")
    assert status == 2 and "'SUA'" in err and "did you mean" in err and "SAU" in err


def test_ingest_rejects_the_bad_record_and_stores_the_others(tmp_path):
    db = tmp_path / "news.db"
    f = _write_jsonl(tmp_path / "in.jsonl", *_records())
    status, _, err = _cli("ingest", f, "--db", db, "--country", "Oman", "--no-progress")
    assert status == 3, err  # (some items rejected)
    con = sqlite3.connect(db)
    stored = dict(con.execute("SELECT article_id, country FROM articles").fetchall())
    con.close()
    assert stored == {"own": "BHR", "run": "OMN"}
    (reject,) = map(json.loads, (tmp_path / "news.db.rejects.jsonl").read_text(
        encoding="utf-8").splitlines())
    assert (reject["line"], reject["reason"]) == (2, "bad_country")


def test_the_library_run_countries_are_read_the_same_way(tmp_path):
    from marsad.store.ingest import ingest

    with pytest.raises(InputError, match="Bahrian"):
        ingest([tmp_path / "none.jsonl"], tmp_path / "x.db", country="Bahrian")
    pytest.importorskip("pyspark")
    from marsad.spark.job import code_articles

    with pytest.raises(InputError, match="Bahrian"):  # (before any Spark work)
        code_articles(None, country="Bahrian")


# -- Spark's worker -----------------------------------------------------------------------------
def test_spark_worker_reads_a_name_and_makes_a_typo_its_row_error():
    pytest.importorskip("pyarrow")
    from marsad.spark import worker

    rows = [worker.prepare_record({"_ids": [i], "_text": text, "_published": [PUBLISHED],
                                   "country": country})
            for i, text, country in (("own", LOCAL, "Bahrain"), ("typo", LOCAL, "Bahrian"),
                                     ("none", LOCAL_TOO, None))]
    rows = [{**r, "article_id": r["doc_id"]} for r in rows]
    got = {r["article_id"]: r for r in worker.code_records(worker.worker_pipeline(), rows)}
    assert [(m["ev_location_country"], m["ev_location_source"])
            for m in got["own"]["mentions"]] == [("BHR", FROM_HOME)]
    assert got["typo"]["error"] and "Bahrian" in got["typo"]["error"]
    assert got["none"]["error"] is None


def test_spark_reader_rejects_a_line_of_a_bad_country(tmp_path):
    pa = pytest.importorskip("pyarrow")
    from marsad.spark import worker

    content = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _records()).encode()
    batch = pa.RecordBatch.from_pylist([{"path": "file:/x/in.jsonl", "content": content}])
    out = [r for b in worker.read_files(iter([batch]), "json") for r in b.to_pylist()]
    assert [r.get("country") for r in out] == ["BHR", None, None]
    assert out[1]["_reason"] == "bad_country" and out[1]["_line"] == 2


@pytest.mark.slow
@pytest.mark.spark
def test_spark_run_takes_a_name_and_rejects_a_bad_line(tmp_path, monkeypatch):
    import shutil
    import sys

    pytest.importorskip("pyspark", reason="pyspark is not installed")
    if not shutil.which("java"):
        pytest.skip("Spark needs Java")
    import pyarrow.dataset as ds

    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
    monkeypatch.setenv("PYSPARK_DRIVER_PYTHON", sys.executable)
    f = _write_jsonl(tmp_path / "in.jsonl", *_records())
    out = tmp_path / "out"
    status, _, err = _cli("spark-run", f, out, "--master", "local[1]", "--partitions", "1",
                          "--country", "عمان", "--conf", "spark.ui.enabled=false",
                          "--conf", "spark.ui.showConsoleProgress=false")
    assert status == 3, err  # (a rejected line)
    rejects = [json.loads(line) for p in sorted((out / "rejects").glob("part-*.json"))
               for line in p.read_text(encoding="utf-8").splitlines()]
    assert [(r["line"], r["reason"]) for r in rejects] == [(2, "bad_country")]
    rows = ds.dataset(out / "events", format="parquet", partitioning="hive").to_table().to_pylist()
    # (the own field's Bahrain, the run's Oman given by its Arabic name)
    assert sorted((r["location_country"], r["location_source"]) for r in rows) == \
        [("BHR", FROM_HOME), ("OMN", FROM_HOME)]
