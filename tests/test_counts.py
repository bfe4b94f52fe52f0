"""Event counts over time (`marsad.store.aggregate.counts`, `marsad counts`, /counts, /api/counts).

The store is built here from five short articles of our own whose events are annotated by hand
(so the counts do not depend on what the coding stages find today). Every expected number below
was counted by hand from this table of events:

  event  article(s)           date        source→target      CAMEO  type     Goldstein  modality
  E1     a1, a2 (one each)    2024-03-03  ISRMIL→PSE          190    ASSAULT  -10.0      asserted
  E2     a1                   2024-03-04  JORCVL→JORGOV       141    PROTEST   -6.5      asserted
  E3     a2                   2024-03     JORGOV→ISR          111    ACCUSE    -2.0      asserted
  E4     a3 (twice)           2024-04-10  SAUGOV→JORGOV       043    CONSULT    2.8      asserted
  E5     a3                   2024        ISRMIL→LBN          190    ASSAULT  -10.0      asserted
  E6     a4                   2024-W10    JORCVL→JORGOV       141    PROTEST   -6.5      future
  E7     a5 (no date at all)  —           EGYGOV→(none)       111    ACCUSE    -2.0      asserted

Articles: a1 published 2024-03-04 (source alpha), a2 2024-03-05 (beta), a3 2024-04-10 (alpha),
a4 2024-03-06 (alpha), a5 no date (beta). 2024-03-03 is a Sunday (ISO week 2024-W09); 2024-03-04
a Monday (W10, which runs to Sunday 2024-03-10); 2024-04-10 a Wednesday of W15. E1's place is
Gaza (PSE), E2's Amman (JOR).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
import subprocess
import sys
import warnings
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

import _web_store as W

from marsad.document import Entity, Event, Location, Mention
from marsad.store.aggregate import CountsError, counts, parse_keys
from marsad.store.query import Filters

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")  # (Debian's, as tests/test_web_browser.py drives it)

A1 = "قصفت القوات الإسرائيلية مواقع في غزة.\nوتظاهر مئات الأردنيين أمام الحكومة في عمان."
A2 = "وكانت القوات الإسرائيلية قصفت مواقع في غزة.\nوانتقدت الحكومة الأردنية إسرائيل في مارس."
A3 = ("استقبل المسؤولون السعوديون الحكومة الأردنية في الرياض.\nوقصفت القوات الإسرائيلية لبنان "
      "هذا العام.\nوتناول الاستقبال التعاون بين البلدين.")
A4 = "سيتظاهر الأردنيون أمام الحكومة هذا الأسبوع."
A5 = "انتقدت الحكومة المصرية التصريحات."

ACTORS = {"ISRMIL": "Israeli forces", "PSE": "Palestine", "JORCVL": "Jordanian civilians",
          "JORGOV": "Jordanian government", "ISR": "Israel", "SAUGOV": "Saudi officials",
          "LBN": "Lebanon", "EGYGOV": "Egyptian government"}


def _actor(doc, word: str, code: str, after: int = 0) -> Entity:
    s, e = W._find(doc.text, word, after)
    return Entity(s, e, word, "ORG", ACTORS[code], code, sentence=doc.sentence_at(s))


def _ev(doc, trigger: str, src: Entity, tgt: Entity | None, cameo: str, plover: str,
        quad: int, gold: float, date: str | None, modality: str = "asserted",
        place: tuple[str, str] | None = None, again: str | None = None) -> Event:
    s, e = W._find(doc.text, trigger)
    mentions = [Mention(doc.sentence_at(s), s, e)]
    if again:  # a second mention of the same event in the same article
        s2, e2 = W._find(doc.text, again)
        mentions.append(Mention(doc.sentence_at(s2), s2, e2))
    return Event(src.ref(), tgt.ref() if tgt else None, cameo, plover, quad, gold, date,
                 modality, doc.sentence_at(s), {"start": s, "end": e},
                 location=Location(*place) if place else None,
                 date_source="expression" if date else "none", trigger=trigger,
                 mentions=mentions)


def _docs():
    a1 = W._base(A1, "a1", "2024-03-04", source="alpha")
    isr, gaza = _actor(a1, "القوات الإسرائيلية", "ISRMIL"), _actor(a1, "غزة", "PSE")
    jor, gov = _actor(a1, "الأردنيين", "JORCVL"), _actor(a1, "الحكومة", "JORGOV")
    a1.entities = [isr, gaza, jor, gov]
    a1.events = [_ev(a1, "قصفت", isr, gaza, "190", "ASSAULT", 4, -10.0, "2024-03-03",
                     place=("Gaza", "PSE")),
                 _ev(a1, "وتظاهر", jor, gov, "141", "PROTEST", 4, -6.5, "2024-03-04",
                     place=("Amman", "JOR"))]

    a2 = W._base(A2, "a2", "2024-03-05", source="beta")
    isr, gaza = _actor(a2, "القوات الإسرائيلية", "ISRMIL"), _actor(a2, "غزة", "PSE")
    gov, isr2 = _actor(a2, "الحكومة الأردنية", "JORGOV"), _actor(a2, "إسرائيل", "ISR")
    a2.entities = [isr, gaza, gov, isr2]
    a2.events = [_ev(a2, "قصفت", isr, gaza, "190", "ASSAULT", 4, -10.0, "2024-03-03",
                     place=("Gaza", "PSE")),
                 _ev(a2, "وانتقدت", gov, isr2, "111", "ACCUSE", 3, -2.0, "2024-03")]

    a3 = W._base(A3, "a3", "2024-04-10", source="alpha")
    sau, gov = _actor(a3, "المسؤولون السعوديون", "SAUGOV"), _actor(a3, "الحكومة الأردنية",
                                                                    "JORGOV")
    isr, lbn = _actor(a3, "القوات الإسرائيلية", "ISRMIL"), _actor(a3, "لبنان", "LBN")
    a3.entities = [sau, gov, isr, lbn]
    a3.events = [_ev(a3, "استقبل", sau, gov, "043", "CONSULT", 1, 2.8, "2024-04-10",
                     again="الاستقبال"),
                 _ev(a3, "وقصفت", isr, lbn, "190", "ASSAULT", 4, -10.0, "2024")]

    a4 = W._base(A4, "a4", "2024-03-06", source="alpha")
    jor, gov = _actor(a4, "الأردنيون", "JORCVL"), _actor(a4, "الحكومة", "JORGOV")
    a4.entities = [jor, gov]
    a4.events = [_ev(a4, "سيتظاهر", jor, gov, "141", "PROTEST", 4, -6.5, "2024-W10",
                     modality="future")]

    a5 = W._base(A5, "a5", None, source="beta")
    egy = _actor(a5, "الحكومة المصرية", "EGYGOV")
    a5.entities = [egy]
    a5.events = [_ev(a5, "انتقدت", egy, None, "111", "ACCUSE", 3, -2.0, None)]
    return [a1, a2, a3, a4, a5]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    return W.store_documents(tmp_path_factory.mktemp("counts") / "counts.db", _docs())


def _table(res, *keys):
    """The rows as tuples of the keys asked for, in the order given."""
    return [tuple(r[k] for k in keys) for r in res["rows"]]


VALUES = ("events", "mentions", "articles", "goldstein_mean", "goldstein_sum")


def test_month_by_type(db):
    res = counts(db, ("month", "plover_type"))
    assert _table(res, "month", "plover_type", "date_note", *VALUES) == [
        ("2024-03", "PROTEST", None, 2, 2, 2, -6.5, -13.0),  # E2 and E6 (W10 lies in March)
        ("2024-03", "ACCUSE", None, 1, 1, 1, -2.0, -2.0),  # E3, dated to the month
        ("2024-03", "ASSAULT", None, 1, 2, 2, -10.0, -10.0),  # E1, reported in a1 and a2
        ("2024-04", "CONSULT", None, 1, 2, 1, 2.8, 2.8),  # E4, twice in a3
        ("2024", "ASSAULT", "coarser date", 1, 1, 1, -10.0, -10.0),  # E5: a year, not spread
        (None, "ACCUSE", "undated", 1, 1, 1, -2.0, -2.0),  # E7
    ]
    assert res["total"] == {"events": 7, "mentions": 9, "coarser date": 1, "undated": 1}
    assert res["groups"] == 6 and res["date"] == "event"


def test_days_keep_coarser_dates_apart(db):
    res = counts(db, "day")
    assert _table(res, "day", "date_note", "events", "mentions", "articles") == [
        ("2024-03-03", None, 1, 2, 2),
        ("2024-03-04", None, 1, 1, 1),
        ("2024-04-10", None, 1, 2, 1),
        ("2024", "coarser date", 1, 1, 1),
        ("2024-03", "coarser date", 1, 1, 1),
        ("2024-W10", "coarser date", 1, 1, 1),
        (None, "undated", 1, 1, 1),
    ]
    assert res["total"]["coarser date"] == 3


def test_iso_weeks(db):
    res = counts(db, "week")
    assert _table(res, "week", "date_note", "events", "mentions", "articles") == [
        ("2024-W09", None, 1, 2, 2),  # Sunday 2024-03-03 closes week 9
        ("2024-W10", None, 2, 2, 2),  # E2 (Monday) and E6 (dated to the week)
        ("2024-W15", None, 1, 2, 1),
        ("2024", "coarser date", 1, 1, 1),
        ("2024-03", "coarser date", 1, 1, 1),  # a month is not inside one week
        (None, "undated", 1, 1, 1),
    ]


def test_iso_week_of_a_year_boundary(tmp_path):
    # 2021-01-01 (a Friday) is in ISO week 53 of 2020; 2024-12-30 (a Monday) opens 2025-W01
    from marsad.web.state import AppState

    st = AppState(tmp_path / "w.db")
    for day, name, text in (("2021-01-01", "w1", A5),
                            ("2024-12-30", "w2", A5.replace(".", " الجديدة."))):
        doc = W._base(text, name, day, source="alpha")  # (another text: stored apart)
        egy = _actor(doc, "الحكومة المصرية", "EGYGOV")
        doc.entities = [egy]
        doc.events = [_ev(doc, "انتقدت", egy, None, "111", "ACCUSE", 3, -2.0, day)]
        st.store(doc)
    st.close()
    assert _table(counts(tmp_path / "w.db", "week"), "week", "events") == [
        ("2020-W53", 1), ("2025-W01", 1)]
    assert _table(counts(tmp_path / "w.db", "year"), "year", "events") == [
        ("2021", 1), ("2024", 1)]


def test_year_totals_and_goldstein_mean(db):
    res = counts(db, "year")
    # six dated events: -10 - 6.5 - 2 + 2.8 - 10 - 6.5 = -32.2, mean -5.3667; articles a1..a4
    assert _table(res, "year", "date_note", *VALUES) == [
        ("2024", None, 6, 8, 4, -5.367, -32.2),
        (None, "undated", 1, 1, 1, -2.0, -2.0)]


def test_dyads_countries_and_other_keys(db):
    assert _table(counts(db, "dyad"), "dyad", "events") == [
        ("JOR→JOR", 2), ("EGY→-", 1), ("ISR→LBN", 1), ("ISR→PSE", 1), ("JOR→ISR", 1),
        ("SAU→JOR", 1)]
    assert _table(counts(db, ["target_country"]), "target_country", "events") == [
        ("JOR", 3), ("ISR", 1), ("LBN", 1), ("PSE", 1), (None, 1)]
    by_source = {r["source_country"]: (r["events"], r["articles"])
                 for r in counts(db, "source_country")["rows"]}
    assert by_source == {"JOR": (3, 3), "ISR": (2, 3), "EGY": (1, 1), "SAU": (1, 1)}
    assert _table(counts(db, "quad_class,cameo_root"), "quad_class", "cameo_root", "events",
                  "mentions") == [(3, "11", 2, 2), (4, "14", 2, 2), (4, "19", 2, 3),
                                  (1, "04", 1, 2)]
    assert _table(counts(db, "location_country"), "location_country", "events") == [
        (None, 5), ("JOR", 1), ("PSE", 1)]
    assert _table(counts(db, "modality"), "modality", "events") == [
        ("asserted", 6), ("future", 1)]


def test_no_key_is_one_row_of_everything(db):
    res = counts(db, ())
    assert _table(res, *VALUES) == [(7, 9, 5, round(-34.2 / 7, 3), -34.2)]


def test_publication_date_basis(db):
    res = counts(db, "day", date="published")
    # E1 is first reported on 2024-03-04 (a1), beside E2; E4 and E5 both in a3
    assert _table(res, "day", "date_note", "events", "mentions", "articles") == [
        ("2024-03-04", None, 2, 3, 2),
        ("2024-03-05", None, 1, 1, 1),
        ("2024-03-06", None, 1, 1, 1),
        ("2024-04-10", None, 2, 3, 1),
        (None, "undated", 1, 1, 1),
    ]
    assert res["date"] == "published"


def test_filters_are_those_of_events(db):
    assert _table(counts(db, "month", Filters(plover="PROTEST")), "month", "events") == [
        ("2024-03", 2)]
    # an event's date lies wholly within the bounds: E2 and the week E6, not the month E3
    march = Filters(date_from="2024-03-04", date_to="2024-03-31")
    assert _table(counts(db, "day", march), "day", "date_note", "events") == [
        ("2024-03-04", None, 1), ("2024-W10", "coarser date", 1)]
    # with the publication date, the bounds hold the first report's day: E1, E2, E3, E6
    assert counts(db, "day", march, date="published")["total"]["events"] == 4
    assert _table(counts(db, "plover_type", Filters(source="beta")), "plover_type",
                  "events") == [("ACCUSE", 2), ("ASSAULT", 1)]  # E3, E7; E1
    assert _table(counts(db, "month", Filters(modality="future")), "month", "date_note",
                  "events") == [("2024-03", None, 1)]
    assert _table(counts(db, "plover_type", Filters(place="PSE")), "plover_type",
                  "mentions") == [("ASSAULT", 2)]
    assert _table(counts(db, "month", Filters(actor="SAU")), "month", "events") == [
        ("2024-04", 1)]


def test_empty_store(tmp_path):
    from marsad.store import connect

    connect(tmp_path / "empty.db").close()
    res = counts(tmp_path / "empty.db", "month,plover_type")
    assert res["rows"] == [] and res["groups"] == 0
    assert res["total"] == {"events": 0, "mentions": 0, "coarser date": 0, "undated": 0}


@pytest.mark.parametrize("by, words", [
    ("month,country", ["'country'", "source_country", "plover_type", "day"]),
    ("day,month", ["one period", "day and month"]),
    ("dyad,dyad", ["'dyad'", "twice"]),
])
def test_bad_keys_are_named(db, by, words):
    with pytest.raises(CountsError) as exc:
        counts(db, by)
    assert all(w in str(exc.value) for w in words)


def test_bad_date_basis(db):
    with pytest.raises(CountsError, match="unknown date 'reported'.*published"):
        counts(db, "month", date="reported")


def test_parse_keys():
    assert parse_keys(" month , dyad ") == ("month", "dyad")
    assert parse_keys(["year"]) == ("year",)


def test_the_docs_duckdb_query_on_spark_parquet_gives_the_same_counts(db, tmp_path,
                                                                       monkeypatch):
    """docs/spark.md's DuckDB blocks, run on the store's tables laid out as `spark-run` writes
    them (events partitioned by date, the unknown date under __HIVE_DEFAULT_PARTITION__)."""
    import re

    duckdb = pytest.importorskip("duckdb")
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    from marsad.store import connect
    from marsad.store.export import iter_rows
    from marsad.tables import EVENT_COLUMNS, MENTION_COLUMNS, arrow_schema

    con = connect(db, read_only=True)
    events = pa.Table.from_pylist(list(iter_rows(con, "events", "gdelt")),
                                  schema=arrow_schema(EVENT_COLUMNS))
    mentions = [{**m, "published": m["published"] and dt.date.fromisoformat(m["published"])}
                for m in iter_rows(con, "mentions", "gdelt")]  # (a DATE, as Spark writes it)
    mentions = pa.Table.from_pylist(mentions, schema=arrow_schema(MENTION_COLUMNS))
    con.close()
    pq.write_to_dataset(events, tmp_path / "coded" / "events", partition_cols=["date"])
    (tmp_path / "coded" / "mentions").mkdir()
    pq.write_table(mentions, tmp_path / "coded" / "mentions" / "part-0.parquet")
    monkeypatch.chdir(tmp_path)

    text = (ROOT / "docs" / "spark.md").read_text("utf-8")
    section = text.split("## Counting events over time", 1)[1].split("\n## ", 1)[0]
    setup, query = re.findall(r"```sql\n(.*?)```", section, re.S)
    duck = duckdb.connect()
    duck.execute(setup)
    got = duck.sql(query).fetchall()
    want = [tuple(r[k] for k in ("month", "plover_type", "date_note", *VALUES))
            for r in counts(db, "month,plover_type")["rows"]]
    assert got == want
    assert len(got) == 6 and got[-1][:3] == (None, "ACCUSE", "undated")


# -- the command line ----------------------------------------------------------------------------
def run_cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "marsad", *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=120)


def test_cli_counts_formats(db):
    from marsad.cli import main

    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["counts", "--db", str(db), "--by", "month,plover_type", "--type", "ASSAULT",
                     "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [(r["month"], r["events"], r["mentions"], r["date_note"]) for r in rows] == [
        ("2024-03", 1, 2, None), ("2024", 1, 1, "coarser date")]

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["counts", "--db", str(db), "--by", "week", "--format", "csv",
                     "--date", "published"]) == 0
    lines = out.getvalue().splitlines()
    assert lines[0] == "week,date_note,events,mentions,articles,goldstein_mean,goldstein_sum"
    # first reports: W10 holds E1, E2 (03-04), E3 (03-05), E6 (03-06); W15 E4, E5
    assert [line.split(",")[:3] for line in lines[1:]] == [
        ["2024-W10", "", "4"], ["2024-W15", "", "2"], ["", "undated", "1"]]

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["counts", "--db", str(db), "--by", "year"]) == 0
    table = out.getvalue()
    assert "2024" in table and "undated" in table and "7 event(s)" in table


def test_cli_unknown_key_is_a_sentence(db, capsys):
    from marsad.cli import main

    assert main(["counts", "--db", str(db), "--by", "month,contry"]) == 1
    err = capsys.readouterr().err
    assert "unknown grouping key 'contry'" in err and "source_country" in err


def test_cli_missing_store(tmp_path, capsys):
    from marsad.cli import main

    assert main(["counts", "--db", str(tmp_path / "none.db")]) == 1
    assert "does not exist" in capsys.readouterr().err


# -- the web page and the API ----------------------------------------------------------------------
def _client(db):
    """A test client of the app on `db` (read-only)."""
    pytest.importorskip("fastapi")
    pytest.importorskip("httpx")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from marsad.web import create_app

    with TestClient(create_app(db, read_only=True)) as c:
        yield c


@pytest.fixture(scope="module")
def client(db):
    yield from _client(db)


def test_api_counts(client):
    for path in ("/api/counts", "/v1/counts"):
        r = client.get(path, params={"by": "month,plover_type", "type": "protest"})
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["by"] == ["month", "plover_type"]
        assert [(x["month"], x["plover_type"], x["events"], x["articles"])
                for x in body["rows"]] == [("2024-03", "PROTEST", 2, 2)]
    r = client.get("/api/counts", params={"by": "day", "date": "published", "source": "alpha"})
    # alpha's articles a1, a3, a4 report E1, E2, E4, E5, E6; E1 first on 03-04 in a1
    assert [(x["day"], x["events"]) for x in r.json()["rows"]] == [
        ("2024-03-04", 2), ("2024-03-06", 1), ("2024-04-10", 2)]


def test_api_counts_bad_key(client):
    r = client.get("/api/counts", params={"by": "month,contry"})
    assert r.status_code == 422
    assert "unknown grouping key 'contry'" in r.json()["error"]["message"]


def test_counts_page_has_a_table_and_a_chart(client):
    r = client.get("/counts", params={"by": "month,plover_type"})
    assert r.status_code == 200
    page = r.text
    # a chart of all events by month, then one per type: PROTEST, ACCUSE, ASSAULT, CONSULT
    assert page.count('<svg class="chart counts-chart"') == 5
    assert 'class="counts-table"' in page and "coarser date" in page
    assert "<script" not in page
    r = client.get("/counts", params={"by": "bad"})
    assert r.status_code == 422 and "unknown grouping key" in r.text


def test_counts_page_json_link_keeps_the_filters(client):
    """The page's JSON link gives the rows the page shows: its filters go with it."""
    r = client.get("/counts", params={"by": "month,plover_type", "type": "PROTEST",
                                      "source": "alpha", "date": "published"})
    assert r.status_code == 200
    href = re.search(r'href="(/v1/counts\?[^"]*)"', r.text).group(1).replace("&amp;", "&")
    query = parse_qs(urlsplit(href).query)
    assert query == {"by": ["month,plover_type"], "date": ["published"], "type": ["PROTEST"],
                     "source": ["alpha"]}


@contextlib.contextmanager
def _served(db):
    """The app on `db` served on a free port (its port), for headless Chromium."""
    import socket
    import threading
    import time

    if not CHROMIUM.exists():
        pytest.skip("Debian chromium is not installed (/usr/bin/chromium)")
    uvicorn = pytest.importorskip("uvicorn")
    from marsad.web import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db, read_only=True), host="127.0.0.1",
                                           port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        for _ in range(100):
            if server.started:
                break
            time.sleep(0.05)
        yield port
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@contextlib.contextmanager
def _browser(db):
    """Headless Chromium and the port of the app on `db` it may open."""
    pw = pytest.importorskip("playwright.sync_api")
    with _served(db) as port, pw.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM),
                                    args=["--no-sandbox", "--disable-gpu",
                                          "--disable-background-networking"])
        try:
            yield browser, port
        finally:
            browser.close()


@pytest.mark.slow
@pytest.mark.browser
def test_counts_page_in_a_browser(db, tmp_path):
    """The page renders in headless Chromium with its chart, also on a narrow screen."""
    with _browser(db) as (browser, port):
        wide = browser.new_page(viewport={"width": 1200, "height": 900})
        wide.goto(f"http://127.0.0.1:{port}/counts?by=month,plover_type")
        assert wide.locator("table.counts-table tbody tr").count() == 6
        wide.screenshot(path=str(ROOT / "docs" / "screenshots" / "counts.png"),
                        full_page=True)
        page = browser.new_page(viewport={"width": 390, "height": 800})
        page.goto(f"http://127.0.0.1:{port}/counts?by=month,plover_type")
        bars = page.locator("svg.counts-chart rect.bar")
        assert bars.count() >= 5
        box = page.locator("svg.counts-chart").first.bounding_box()
        assert box and box["width"] <= 390  # fits a narrow screen
        # no sideways scroll of the whole page
        assert page.evaluate("document.documentElement.scrollWidth") <= 390


# -- by the country of publication (twenty-sixth session) ---------------------------------------
# The same articles published in countries: a1 and a4 in Jordan, a2 and a3 in Saudi Arabia, a5
# in none. So JOR's articles report E1, E2 (a1) and E6 (a4); SAU's E1, E3 (a2), E4 (twice) and
# E5 (a3); E7 only an article of no country. E1 is reported in both.
COUNTRIES = {"a1": "JOR", "a2": "SAU", "a3": "SAU", "a4": "JOR"}


@pytest.fixture(scope="module")
def db_countries(tmp_path_factory) -> Path:
    docs = _docs()
    for doc in docs:
        if doc.doc_id in COUNTRIES:
            doc.meta["country"] = COUNTRIES[doc.doc_id]
    return W.store_documents(tmp_path_factory.mktemp("countries") / "countries.db", docs)


def test_by_publication_country(db_countries):
    res = counts(db_countries, "publication_country")
    # SAU: E1 -10, E3 -2, E4 +2.8, E5 -10 (mentions 1+1+2+1; articles a2, a3); JOR: E1 -10,
    # E2 -6.5, E6 -6.5 (a1, a4)
    assert _table(res, "publication_country", *VALUES) == [
        ("SAU", 4, 5, 2, -4.8, -19.2),
        ("JOR", 3, 3, 2, -7.667, -23.0),
        (None, 1, 1, 1, -2.0, -2.0)]
    # E1 is in two rows but one event; each mention is in one row
    assert res["total"] == {"events": 7, "mentions": 9, "coarser date": 0, "undated": 0}


def test_by_month_and_publication_country(db_countries):
    res = counts(db_countries, "month,publication_country")
    assert _table(res, "month", "publication_country", "date_note", "events", "mentions") == [
        ("2024-03", "JOR", None, 3, 3),  # E1, E2, E6
        ("2024-03", "SAU", None, 2, 2),  # E1, E3
        ("2024-04", "SAU", None, 1, 2),  # E4
        ("2024", "SAU", "coarser date", 1, 1),  # E5
        (None, None, "undated", 1, 1)]  # E7
    assert res["total"] == {"events": 7, "mentions": 9, "coarser date": 1, "undated": 1}
    assert res["period_events"] == {"2024-03": 4, "2024-04": 1}  # E1 once in March


def test_publication_country_with_the_article_filters(db_countries):
    # published_in selects SAU's reports: the same events as without the grouping
    sau = counts(db_countries, "publication_country", Filters(published_in="SAU"))
    assert _table(sau, "publication_country", "events", "mentions", "articles") == [
        ("SAU", 4, 5, 2)]
    assert counts(db_countries, (), Filters(published_in="SAU"))["total"]["events"] == 4
    # source alpha (a1, a3, a4): its reports only, E1 only in JOR's a1
    alpha = counts(db_countries, "publication_country", Filters(source="alpha"))
    assert _table(alpha, "publication_country", "events", "mentions", "articles") == [
        ("JOR", 3, 3, 2), ("SAU", 2, 3, 1)]
    assert alpha["total"]["events"] == 5


def test_cli_counts_by_publication_country(db_countries, capsys):
    from marsad.cli import main

    assert main(["counts", "--db", str(db_countries), "--by", "publication_country",
                 "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == ("publication_country,events,mentions,articles,goldstein_mean,"
                        "goldstein_sum")
    assert [line.split(",")[:2] for line in lines[1:]] == [["SAU", "4"], ["JOR", "3"],
                                                          ["", "1"]]
    assert main(["counts", "--db", str(db_countries), "--by", "publication_country"]) == 0
    assert "7 event(s), 9 mention(s) in 3 group(s)" in capsys.readouterr().out


@pytest.fixture(scope="module")
def client_countries(db_countries):
    yield from _client(db_countries)


def test_api_counts_by_publication_country(client_countries):
    r = client_countries.get("/v1/counts", params={"by": "publication_country",
                                                   "published_in": "KSA"})
    assert r.status_code == 200, r.text
    assert [(x["publication_country"], x["events"]) for x in r.json()["rows"]] == [("SAU", 4)]


def test_counts_page_by_publication_country(client_countries):
    r = client_countries.get("/counts", params={"period": "month",
                                                "group": "publication_country"})
    assert r.status_code == 200
    page = r.text
    assert '<option value="publication_country" selected>' in page
    # the chart of all events counts E1 once in March; then one chart a country
    assert 'data-label="2024-03" data-events="4"' in page
    assert re.search(r"<figcaption[^>]*>JOR <span", page) and \
        re.search(r"<figcaption[^>]*>SAU <span", page)
    assert "7 event(s), 9 mention(s) in 5 group(s)" in page
    table = page.split('class="counts-table"', 1)[1]
    assert table.count("<tr>") == 6  # the header and five rows


@pytest.mark.slow
@pytest.mark.browser
def test_counts_page_by_publication_country_in_a_browser(db_countries):
    """The form groups by the country of publication: a row a country, E1 once in March."""
    with _browser(db_countries) as (browser, port):
        page = browser.new_page(viewport={"width": 390, "height": 800})
        page.goto(f"http://127.0.0.1:{port}/counts")
        page.select_option("select[name=group]", "publication_country")
        page.click("form.filters button[type=submit]")
        page.wait_for_load_state()
        assert "group=publication_country" in page.url
        assert page.locator("table.counts-table tbody tr").count() == 5
        assert page.locator('svg.counts-chart rect.bar[data-label="2024-03"]').first \
            .get_attribute("data-events") == "4"
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
