"""Spark (local mode) codes an archive into the same rows as `marsad ingest` + `marsad export`.

The archive: 60 SaudiNewsNet articles (read from ../shared, never copied) and short articles
written for this test: one meeting reported by two articles with the same date (the event must
be deduplicated across them), the same meeting a day later (another event), a text given twice,
the same text with CRLF line ends, an id given to two different texts, an empty text, an article
without a date and one whose date is in a `date` field.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAUDI_DAY = ROOT.parent / "shared" / "data" / "saudinewsnet" / "2015-07-23.zip"
pytestmark = [pytest.mark.spark, pytest.mark.slow, pytest.mark.filterwarnings(
    "ignore:PySpark does not yet fully support pandas:FutureWarning")]

pytest.importorskip("pyspark", reason="pyspark is not installed (pip install 'marsad[spark]')")
if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
    pytest.skip("Spark needs Java (no java on PATH, no JAVA_HOME)", allow_module_level=True)

from marsad.cli import main  # noqa: E402
from marsad.tables import (  # noqa: E402
    ENTITY_COLUMNS,
    EVENT_COLUMNS,
    MENTION_COLUMNS,
    QUOTE_COLUMNS,
    content_hash,
)

MEETING = "اجتمع الرئيس المصري مع نظيره الفرنسي في القاهرة أمس لبحث التعاون الاقتصادي."
SAME_ID_TEXTS = (
    "وصل وزير الخارجية السعودي إلى عمّان في زيارة رسمية تستمر يومين.",
    "استقبل رئيس الوزراء العراقي في بغداد وفداً من صندوق النقد الدولي.",
)
DUPLICATED = "أعلنت الأمم المتحدة أمس أنها سترسل مساعدات إنسانية إلى اليمن خلال الأسبوع المقبل."
CRLF_TEXT = ("قال وزير الخارجية المصري إن بلاده ترحب بالاتفاق.\r\n"
             "وأضاف أن المفاوضات ستستأنف في القاهرة الشهر المقبل.")
OWN_ARTICLES = [
    {"id": "meet-a", "published": "2024-03-12", "source": "test",
     "text": MEETING + "\nوأكد الجانبان أهمية تعزيز العلاقات الثنائية في مجالات الطاقة والنقل."},
    {"id": "meet-b", "published": "2024-03-12", "source": "test", "url": "http://example.invalid/b",
     "text": "أفادت مصادر رسمية بأن المحادثات تناولت ملفات إقليمية عديدة.\n" + MEETING},
    {"id": "meet-c", "published": "2024-03-13", "source": "test",
     "text": MEETING + "\nوتناولت المحادثات ملفات إقليمية عديدة."},
    {"id": "dup-1", "published": "2024-01-05", "text": DUPLICATED},
    {"id": "dup-2", "published": "2024-01-06", "text": DUPLICATED},  # dropped: same text
    {"id": "crlf", "published": "2024-02-01", "text": CRLF_TEXT},
    {"id": "lf", "published": "2024-02-02", "text": CRLF_TEXT.replace("\r\n", "\n")},  # dropped
    {"id": "same-id", "published": "2024-04-01", "text": SAME_ID_TEXTS[0]},
    {"id": "same-id", "published": "2024-04-02", "text": SAME_ID_TEXTS[1]},  # renamed
    {"id": "empty", "published": "2024-04-03", "text": "   "},  # rejected
    {"id": "undated", "text": "تظاهر مئات الطلاب أمام مبنى البرلمان في بغداد احتجاجاً على "
                              "ارتفاع الأسعار."},
    {"id": "date-field", "date": "2024-05-06 10:00:00", "title": "عنوان",
     "text": "التقى وزير الخارجية الأردني نظيره الروسي في موسكو اليوم."},
]


def marsad(*args, timeout=600):
    env = dict(os.environ, PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable)
    return subprocess.run([sys.executable, "-m", "marsad", *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=timeout, env=env)


def saudi_articles(n: int) -> list[dict]:
    from marsad.store.readers import iter_items

    out = []
    for it in iter_items([SAUDI_DAY]):
        if hasattr(it, "text"):  # InputErrors (empty articles) are skipped
            out.append({"text": it.text, "title": it.title, "published": it.published,
                        "url": it.url, "source": it.source})
        if len(out) == n:
            break
    return out


@pytest.fixture(scope="module")
def spark_session():
    from marsad.spark import spark_session as start

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PYSPARK_PYTHON", sys.executable)
        mp.setenv("PYSPARK_DRIVER_PYTHON", sys.executable)
        spark = start("local[2]", {"spark.ui.enabled": "false",
                                   "spark.sql.shuffle.partitions": "2",
                                   "spark.ui.showConsoleProgress": "false"})
        yield spark
        spark.stop()


@pytest.fixture(scope="module")
def runs(tmp_path_factory, spark_session):
    """Code the same JSON Lines file with Spark (local[2]) and with ingest into a store."""
    if not SAUDI_DAY.exists():
        pytest.skip(f"{SAUDI_DAY} is not beside the project")
    tmp = tmp_path_factory.mktemp("spark")
    articles = tmp / "articles.jsonl"
    with articles.open("w", encoding="utf-8") as fh:
        for rec in saudi_articles(60) + OWN_ARTICLES:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    out = tmp / "out"
    # The command in this process, on the module's Spark session (one JVM for all tests).
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        status = main(["spark-run", str(articles), str(out), "--master", "local[2]",
                       "--partitions", "3", "--conf", "spark.sql.shuffle.partitions=4"])
    assert status == 3, err.getvalue()  # 3: the empty article was rejected, as by ingest
    report = json.loads(err.getvalue().strip().splitlines()[-1])
    assert report["rejected"] == 1
    assert f"rejected: {articles}, line 70: has an empty text" in err.getvalue()
    db = tmp / "store.db"
    ingest = marsad("ingest", str(articles), "--db", str(db), "--no-progress")
    assert ingest.returncode == 3, ingest.stderr  # 3: the empty article was rejected
    assert "empty text" in ingest.stderr
    single: dict[str, list[dict]] = {}
    for what in ("events", "mentions", "quotes"):
        path = tmp / f"{what}.jsonl"
        r = marsad("export", "--db", str(db), "--what", what, "--format", "jsonl", "-o",
                   str(path))
        assert r.returncode == 0, r.stderr
        single[what] = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    con = sqlite3.connect(db)
    con.row_factory = sqlite3.Row
    quoted = ", ".join(f'"{c}"' for c in ENTITY_COLUMNS)  # "end" is an SQL keyword
    single["entities"] = [dict(r) for r in con.execute(f"SELECT {quoted} FROM entities")]
    stored = con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    con.close()
    return {"out": out, "report": report, "single": single, "stored": stored}


def read_parquet(path: Path, partitioned_by_date: bool = False) -> list[dict]:
    import pyarrow as pa
    import pyarrow.dataset as ds

    part = (ds.partitioning(pa.schema([("date", pa.string())]), flavor="hive")
            if partitioned_by_date else None)
    return ds.dataset(path, format="parquet", partitioning=part).to_table().to_pylist()


def as_sorted(rows: list[dict], columns: tuple[str, ...]) -> list[tuple]:
    """The rows as sorted tuples; a date (`published` of Parquet) as JSON Lines writes it."""
    def cell(v):
        return v.isoformat() if isinstance(v, dt.date) else v

    return sorted((tuple(cell(r[c]) for c in columns) for r in rows), key=repr)


@pytest.mark.parametrize("what,columns", [("mentions", MENTION_COLUMNS),
                                          ("quotes", QUOTE_COLUMNS)])
def test_published_is_a_date_as_in_the_export(runs, what, columns):
    """Spark's Parquet types `published` as the export's Parquet does (`arrow_schema`)."""
    import pyarrow as pa
    import pyarrow.dataset as ds

    from marsad.tables import arrow_schema

    schema = ds.dataset(runs["out"] / what, format="parquet").schema
    assert schema.field("published").type == pa.date32()
    assert arrow_schema(columns).field("published").type == pa.date32()
    days = {r["published"] for r in read_parquet(runs["out"] / what)} - {None}
    assert days and all(type(d) is dt.date for d in days)


@pytest.mark.parametrize("what,columns", [("events", EVENT_COLUMNS),
                                          ("mentions", MENTION_COLUMNS),
                                          ("quotes", QUOTE_COLUMNS),
                                          ("entities", ENTITY_COLUMNS)])
def test_spark_rows_equal_single_process_rows(runs, what, columns):
    spark_rows = read_parquet(runs["out"] / what, partitioned_by_date=(what == "events"))
    assert set(spark_rows[0]) == set(columns)  # export's columns, no internal ones
    single = as_sorted(runs["single"][what], columns)
    assert len(single) > 0
    got = as_sorted(spark_rows, columns)
    assert len(got) == len(single)
    assert got == single
    assert runs["report"][what] == len(single)


def test_articles_are_those_ingest_stores(runs):
    # 60 + 12 own articles: one empty, one exact duplicate and one CRLF duplicate are dropped
    assert runs["stored"] == 69
    assert runs["report"]["articles"] == 69
    assert runs["report"]["errors"] == 0
    ids = {r["article_id"] for r in read_parquet(runs["out"] / "entities")}
    assert {"dup-1", "crlf", "same-id", "meet-a", "meet-b", "meet-c"} <= ids
    assert not {"dup-2", "lf", "empty"} & ids
    # an id given to a second, different text gets that text's hash on it, as in the store
    assert f"same-id-{content_hash(SAME_ID_TEXTS[1])[:8]}" in ids
    # an article without an id is keyed by the first 16 hex digits of its content hash
    first_saudi = saudi_articles(1)[0]["text"]
    assert content_hash(first_saudi)[:16] in ids


def test_same_meeting_in_two_articles_is_one_event(runs):
    events = read_parquet(runs["out"] / "events", partitioned_by_date=True)
    mentions = read_parquet(runs["out"] / "mentions")
    by_event: dict[str, set[str]] = {}
    for m in mentions:
        by_event.setdefault(m["event_id"], set()).add(m["article_id"])
    shared = [e for e in events if by_event[e["event_id"]] == {"meet-a", "meet-b"}]
    assert len(shared) == 1, "the meeting of meet-a and meet-b should be one event"
    ev = shared[0]
    assert ev["num_articles"] == 2 and ev["num_mentions"] == 2
    assert ev["first_article_id"] == "meet-a"  # "meet-a" < "meet-b"
    assert ev["source_url"] is None  # meet-a has no url; meet-b's is not taken
    assert ev["date"] == "2024-03-11" and ev["day"] == 20240311  # أمس, published 03-12
    assert ev["event_code"].startswith("04")  # a meeting: CAMEO 04 consult
    # the same meeting reported a day later is dated a day later: another event
    later = [e for e in events if by_event[e["event_id"]] == {"meet-c"}
             and e["event_code"] == ev["event_code"]]
    assert [e["date"] for e in later] == ["2024-03-12"]


def test_events_are_partitioned_by_date(runs):
    parts = {p.name for p in (runs["out"] / "events").iterdir() if p.is_dir()}
    assert "date=2024-03-11" in parts
    assert all(p.startswith("date=") for p in parts)
    if any(e["date"] is None for e in runs["single"]["events"]):
        assert "date=__HIVE_DEFAULT_PARTITION__" in parts


def mention(event_id, article_id, sentence, start, modality, name, date="2015-07-22"):
    from marsad.spark.worker import MENTION_FIELDS

    row = dict.fromkeys(MENTION_FIELDS)
    row.update(event_id=event_id, article_id=article_id, sentence=sentence, start=start,
               end=start + 3, modality=modality, ev_actor1_name=name, ev_date=date,
               ev_event_code="042", ev_quad_class=1, ev_goldstein=1.9,
               source_url=f"http://example.invalid/{article_id}")
    return row


def test_event_aggregation_matches_event_row_from_mentions(spark_session):
    from marsad.spark import events_from_mentions
    from marsad.spark.job import _struct
    from marsad.spark.worker import MENTION_FIELDS
    from marsad.tables import events_from_mentions as python_events

    rows = [
        mention("e1", "a9", 0, 5, "negated", "nine"),
        mention("e1", "a10", 3, 1, "reported", "ten-late"),
        mention("e1", "a10", 1, 50, "asserted", "ten-early"),
        mention("e2", "b", 2, 7, "future", "bee", date="2015-07"),
        mention("e2", "b", 2, 9, "negated", "bee2", date="2015-07"),
        mention("e3", "c", 0, 0, "asserted", "week", date="2015-W30"),
        mention("e4", "d", 0, 0, "asserted", "undated", date=None),
    ]
    df = spark_session.createDataFrame(rows, _struct(MENTION_FIELDS))
    got = {r["event_id"]: r.asDict() for r in events_from_mentions(df).collect()}
    e1 = got["e1"]  # representative: smallest (article_id, sentence, start) = (a10, 1, 50)
    assert (e1["actor1_name"], e1["first_article_id"], e1["source_url"]) == (
        "ten-early", "a10", "http://example.invalid/a10")
    assert (e1["num_mentions"], e1["num_articles"], e1["modality"]) == (3, 2, "asserted")
    assert (e1["day"], e1["event_base_code"], e1["event_root_code"]) == (20150722, "042", "04")
    e2 = got["e2"]  # no asserted mention: the representative's modality
    assert (e2["modality"], e2["actor1_name"], e2["day"]) == ("future", "bee", 20150700)
    # a week's day is the month of its Monday (2015-W30 begins on Monday 20 July 2015), as
    # docs/export.md says; an undated event has none
    assert got["e3"]["day"] == 20150700 and got["e4"]["day"] is None
    assert sorted(got.values(), key=lambda r: r["event_id"]) == [
        {k: r[k] for k in EVENT_COLUMNS} for r in python_events(rows)]


def test_articles_without_a_text_column_are_refused(spark_session):
    from marsad.errors import MarsadError
    from marsad.spark import code_articles

    df = spark_session.createDataFrame([("1", "x")], "id string, headline string")
    with pytest.raises(MarsadError, match="no text column.*headline"):
        code_articles(df)


def test_bad_conf_is_refused_before_spark_starts(tmp_path):
    r = marsad("spark-run", str(tmp_path / "in.jsonl"), str(tmp_path / "out"), "--conf", "x")
    assert r.returncode == 1
    assert "--conf 'x' is not KEY=VALUE" in r.stderr


def test_parquet_input_gives_the_same_rows(runs, spark_session, tmp_path):
    """Our articles as Parquet, `published` a date column: the rows of the JSON Lines run."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from marsad.spark import code_articles, read_articles

    keys = sorted({k for r in OWN_ARTICLES for k in r})  # from_pylist reads the first's keys
    recs = [{**{k: r.get(k) for k in keys},
             "published": dt.date.fromisoformat(r["published"]) if "published" in r else None}
            for r in OWN_ARTICLES]
    path = tmp_path / "articles.parquet"
    pq.write_table(pa.Table.from_pylist(recs), path)
    archive = code_articles(read_articles(spark_session, str(path)), partitions=2)
    assert_own_rows_are_those_of_the_jsonl_run(archive, runs)


def assert_own_rows_are_those_of_the_jsonl_run(archive, runs) -> None:
    """OWN_ARTICLES read from another input kind: the rows the JSON Lines run gave them."""
    try:
        ours = {r["article_id"] for r in archive.coded.select("article_id").collect()}
        assert len(ours) == 9  # 12, less the empty text and two duplicates
        for what, columns in (("mentions", MENTION_COLUMNS), ("quotes", QUOTE_COLUMNS),
                              ("entities", ENTITY_COLUMNS)):
            got = [r.asDict() for r in getattr(archive, what).collect()]
            want = [r for r in runs["single"][what] if r["article_id"] in ours]
            assert as_sorted(got, columns) == as_sorted(want, columns), what
        assert any(r["article_id"] == "meet-a" for r in got)
        own_events = {r["event_id"] for r in runs["single"]["mentions"]
                      if r["article_id"] in ours}
        got = [r.asDict() for r in archive.events.collect()]
        want = [e for e in runs["single"]["events"] if e["event_id"] in own_events]
        assert as_sorted(got, EVENT_COLUMNS) == as_sorted(want, EVENT_COLUMNS)
    finally:
        archive.unpersist()


# A CSV row whose `text` cell is empty: ingest takes the first text column there is, so the row
# is rejected as an empty text, not coded from `content`.
EMPTY_TEXT_CELL = {"id": "empty-cell", "text": "", "content": MEETING}


def write_csv(path: Path, recs: list[dict], keys: list[str] | None = None) -> None:
    import csv

    keys = keys or sorted({k for r in recs for k in r})
    with path.open("w", encoding="utf-8-sig", newline="") as fh:  # with a BOM, CRLF rows
        writer = csv.DictWriter(fh, keys)
        writer.writeheader()
        writer.writerows(recs)


def test_csv_input_gives_the_same_rows(runs, spark_session, tmp_path):
    """Our articles as CSV (quoted CRLF text, BOM, empty cells): the rows of the JSON Lines run,
    and the row ingest rejects is dropped."""
    from marsad.spark import code_articles, read_articles
    from marsad.errors import InputError
    from marsad.store.readers import csv_items

    path = tmp_path / "articles.csv"
    write_csv(path, [*OWN_ARTICLES, EMPTY_TEXT_CELL])
    rejected = [i for i in csv_items(path.read_bytes(), "x.csv", 10**6)
                if isinstance(i, InputError)]
    assert [e.line for e in rejected] == [10, 13]  # ingest: "   " and the empty cell
    archive = code_articles(read_articles(spark_session, str(path)), partitions=2)
    assert_own_rows_are_those_of_the_jsonl_run(archive, runs)


def test_spark_run_reads_a_folder_of_csv_files(spark_session, tmp_path, capsys):
    """Each file by its own header, as ingest reads them (Spark's CSV reader took one header
    for the folder, so files whose headers differed were refused); the empty text cell is a
    rejected row."""
    folder = tmp_path / "in"
    folder.mkdir()
    write_csv(folder / "a.csv", OWN_ARTICLES[:2])
    quoted = {"id": "quoted", "text": 'قال وزير الخارجية المصري: "نرحب بالاتفاق، وندعو إلى '
                                       'الحوار".\r\nوأضاف أن المفاوضات ستستأنف قريباً.'}
    write_csv(folder / "b.csv", [EMPTY_TEXT_CELL, quoted])  # a cell with "", a comma, CRLF
    assert main(["spark-run", str(folder), str(tmp_path / "out"), "--master", "local[2]",
                 "--partitions", "2"]) == 3
    report = json.loads(capsys.readouterr().err.strip().splitlines()[-1])
    assert (report["articles"], report["rejected"]) == (3, 1)
    assert {r["article_id"] for r in read_parquet(tmp_path / "out" / "mentions")} == {
        "meet-a", "meet-b"}
    quotes = [q for q in read_parquet(tmp_path / "out" / "quotes") if q["article_id"] == "quoted"]
    # the quote opens after 'قال وزير الخارجية المصري: "' (27 characters); the second (أضاف أن)
    # starts at 70 once the CRLF is one LF
    assert sorted((q["text"], q["start"]) for q in quotes) == [
        ("المفاوضات ستستأنف قريباً", 70), ("نرحب بالاتفاق، وندعو إلى الحوار", 27)]


def test_input_format_is_told_by_suffix_and_a_mixed_folder_is_refused(tmp_path):
    from marsad.errors import MarsadError
    from marsad.spark.job import _format_by_suffix

    assert _format_by_suffix("s3a://news/2015/day.csv") == "csv"
    assert _format_by_suffix("s3a://news/2015/") == "json"
    assert _format_by_suffix(str(tmp_path / "day.PARQUET")) == "parquet"
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "_SUCCESS").write_text("")
    (folder / "a.csv").write_text("text\n")
    assert _format_by_suffix(str(folder)) == "csv"
    (folder / "b.jsonl").write_text("{}\n")
    with pytest.raises(MarsadError, match="holds csv and json files"):
        _format_by_suffix(str(folder))


def _code_two_files(spark_session, tmp_path, later: tuple[dict, ...]):
    """The CodedArchive of a folder: a.jsonl holds {"id": "first", "text": DUPLICATED}, b.jsonl
    the records `later`."""
    from marsad.spark import code_articles, read_articles

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.jsonl").write_text(json.dumps({"id": "first", "text": DUPLICATED},
                                               ensure_ascii=False) + "\n", encoding="utf-8")
    (folder / "b.jsonl").write_text("".join(json.dumps(rec, ensure_ascii=False) + "\n"
                                            for rec in later), encoding="utf-8")
    return code_articles(read_articles(spark_session, str(folder)), partitions=2)


def test_first_copy_in_path_order_is_kept_across_files(spark_session, tmp_path):
    """Like ingest reading a folder: a.jsonl before b.jsonl, whichever Spark reads first
    (it packs the larger file first into a partition)."""
    archive = _code_two_files(spark_session, tmp_path, (
        {"id": "second", "text": DUPLICATED},
        {"id": "other", "text": SAME_ID_TEXTS[0] + " " + SAME_ID_TEXTS[1] * 20}))
    try:
        assert sorted(r["article_id"] for r in archive.coded.collect()) == ["first", "other"]
    finally:
        archive.unpersist()


def test_a_copy_kept_undated_takes_the_date_of_a_later_copy(spark_session, tmp_path):
    """As ingest: the first copy is kept (its id), with the first date a later copy gives."""
    archive = _code_two_files(spark_session, tmp_path, (
        {"id": "second", "text": DUPLICATED, "published": "2024-01-06"},
        {"id": "third", "text": DUPLICATED, "published": "2024-01-09"}))
    try:
        mentions = [r.asDict() for r in archive.mentions.collect()]
        events = [r.asDict() for r in archive.events.collect()]
    finally:
        archive.unpersist()
    assert mentions and {(m["article_id"], m["published"]) for m in mentions} == {
        ("first", dt.date(2024, 1, 6))}
    assert "2024-01-05" in {e["date"] for e in events}  # أمس of 6 January


def test_a_missing_input_is_named(spark_session, tmp_path):
    from marsad.errors import MarsadError
    from marsad.spark import read_articles

    with pytest.raises(MarsadError, match="cannot read articles from .*nowhere.jsonl"):
        read_articles(spark_session, str(tmp_path / "nowhere.jsonl"))


def test_paths_are_checked_before_spark_starts(tmp_path, monkeypatch, capsys):
    import marsad.spark.session as session

    def no_spark(*a, **k):
        raise AssertionError("Spark was started")

    monkeypatch.setattr(session, "spark_session", no_spark)
    (tmp_path / "in.jsonl").write_text(json.dumps({"text": MEETING}, ensure_ascii=False) + "\n",
                                       encoding="utf-8")
    (tmp_path / "done").mkdir()
    assert main(["spark-run", str(tmp_path / "none.jsonl"), str(tmp_path / "out")]) == 1
    assert "none.jsonl does not exist" in capsys.readouterr().err
    assert main(["spark-run", str(tmp_path / "in.jsonl"), str(tmp_path / "done")]) == 1
    assert "done already exists; choose another OUTPUT or add --overwrite" in (
        capsys.readouterr().err)
