"""The HTTP API and the server-rendered pages, through FastAPI's TestClient.

The store is built by the tests themselves (tests/_web_store.py: hand-annotated articles of our
own, plus one article coded by `marsad ingest`), so expected values below are counted by hand
from those annotations.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
import sqlite3
import warnings
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

import _web_store as W  # noqa: E402

from marsad.tables import EVENT_COLUMNS  # noqa: E402
from marsad.web import create_app  # noqa: E402
from marsad.web.html import Mark, highlight  # noqa: E402

AR_TEXT = "قال وزير الخارجية السعودي عادل الجبير إن المملكة تدعم الحل السياسي في اليمن."


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("web") / "web.db"
    W.build_store(db)
    return db


@pytest.fixture(scope="module")
def client(store):
    with TestClient(create_app(store)) as c:
        yield c


@pytest.fixture(scope="module")
def ro_client(store):
    with TestClient(create_app(store, read_only=True)) as c:
        yield c


def error_of(r, status: int) -> str:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    err = r.json()["error"]
    assert err["status"] == status and err["message"]
    return err["message"]


# -- OpenAPI ----------------------------------------------------------------------------------
def test_openapi_describes_every_endpoint_and_no_page(client):
    doc = client.get("/openapi.json").json()
    paths = set(doc["paths"])
    assert {"/v1/code", "/v1/articles", "/v1/articles/{article_id}", "/v1/events",
            "/v1/events.{fmt}", "/v1/events/{event_id}", "/v1/quotes",
            "/v1/actors/{code}"} <= paths
    assert not any(p in paths for p in ("/", "/search", "/article", "/events"))
    params = {p["name"] for p in doc["paths"]["/v1/events"]["get"]["parameters"]}
    assert {"actor", "code", "root", "from", "to", "source", "modality", "limit",
            "offset"} <= params
    assert "post" in doc["paths"]["/v1/code"]
    ok = doc["paths"]["/v1/code"]["post"]["responses"]["200"]["content"]["application/json"]
    assert "entities" in ok["schema"]["properties"]  # the output contract's schema


def test_top_actors(client):
    top = client.get("/v1/actors", params={"limit": 3}).json()
    # RUSMIL is the source of two events (138, 190); every other actor takes part in one
    assert top[0] == {"code": "RUSMIL", "name": "Russian defence minister", "events": 2}
    assert len(top) == 3 and [t["events"] for t in top[1:]] == [1, 1]


def test_docs_pages_that_need_a_cdn_are_off(client):
    assert client.get("/docs").status_code == 404
    assert client.get("/redoc").status_code == 404


# -- POST /v1/code ----------------------------------------------------------------------------
def test_code_returns_the_output_contract(client):
    import jsonschema

    import marsad

    r = client.post("/v1/code", json={"text": AR_TEXT, "published": "2015-07-21",
                                      "title": "عنوان"})
    assert r.status_code == 200, r.text
    doc = r.json()
    schema = json.loads((Path(marsad.__file__).parent / "schema" / "document.schema.json")
                        .read_text(encoding="utf-8"))
    jsonschema.validate(doc, schema)
    assert doc["text"] == AR_TEXT
    assert doc["published"] == "2015-07-21"
    assert doc["meta"]["title"] == "عنوان"
    for layer in ("entities", "quotes", "dates", "amounts"):
        for span in doc[layer]:
            assert AR_TEXT[span["start"]:span["end"]] == span["text"]
    assert any("الجبير" in e["text"] for e in doc["entities"])


def test_code_without_published_date(client):
    r = client.post("/v1/code", json={"text": "وصل الوفد إلى بغداد."})
    assert r.status_code == 200
    assert r.json()["published"] is None


@pytest.mark.parametrize("body, field, words", [
    ({}, "body.text", "Field required"),
    ({"text": 123}, "body.text", "string"),
    ({"text": ["نص"]}, "body.text", "string"),
    ({"text": "   "}, "body.text", "text is empty"),
    ({"text": "نص", "published": "yesterday"}, "body.published", "YYYY-MM-DD"),
    ({"text": "نص", "published": 20240312}, "body.published", "string"),
    ({"text": "نص", "store": "yes"}, "body.store", "boolean"),
    ({"text": "نص", "date": "2024-03-12"}, "body.date", "Extra inputs"),
])
def test_code_rejects_bad_bodies_naming_the_field(client, body, field, words):
    r = client.post("/v1/code", json=body)
    message = error_of(r, 422)
    assert field in message and words in message
    details = r.json()["error"]["details"]
    assert any(d["field"] == field for d in details)


def test_code_rejects_malformed_json_and_non_objects(client):
    r = client.post("/v1/code", content=b'{"text": "x"', headers={"content-type":
                                                                   "application/json"})
    assert "not valid JSON" in error_of(r, 422)
    r = client.post("/v1/code", json=["نص"])
    error_of(r, 422)


def test_huge_bodies_are_refused_with_413(client):
    big = json.dumps({"text": "ا" * 700_000}).encode()  # > 1 MB in UTF-8
    assert len(big) > 1_000_000
    assert "limit of 1,000,000 bytes" in error_of(client.post(
        "/v1/code", content=big, headers={"content-type": "application/json"}), 413)

    def chunks():  # no Content-Length: counted while it is read
        for _ in range(12):
            yield b"x" * 100_000

    r = client.post("/v1/code", content=chunks(), headers={"content-type": "application/json"})
    assert "limit" in error_of(r, 413)


def test_small_custom_body_limit(store):
    with TestClient(create_app(store, read_only=True, max_body=100)) as c:
        error_of(c.post("/v1/code", json={"text": "ن" * 200}), 413)
        assert c.post("/v1/code", json={"text": "نص"}).status_code == 200


def test_wrong_method_and_unknown_route(client):
    assert "GET" in error_of(client.get("/v1/code"), 405)
    assert "/v1/nothing" in error_of(client.get("/v1/nothing"), 404)


# -- storing and read-only --------------------------------------------------------------------
def test_code_and_store_then_read_back(tmp_path):
    db = tmp_path / "w.db"
    with TestClient(create_app(db)) as c:
        text = "التقى وزير الخارجية الأردني نظيره العراقي في عمان."
        r = c.post("/v1/code", json={"text": text, "published": "2024-01-05", "store": True})
        assert r.status_code == 201, r.text
        aid = r.json()["doc_id"]
        assert r.headers["location"] == f"/v1/articles/{aid}"
        back = c.get(f"/v1/articles/{aid}").json()
        assert back["text"] == text and back["published"] == "2024-01-05"
        again = c.post("/v1/code", json={"text": text, "store": True})
        assert again.status_code == 200 and again.json()["doc_id"] == aid
        assert c.get("/v1/stats").json()["articles"] == 1


def test_read_only_refuses_storing_but_still_codes(ro_client, store):
    before = ro_client.get("/v1/stats").json()
    assert before["read_only"] is True
    r = ro_client.post("/v1/code", json={"text": AR_TEXT, "store": True})
    assert "read-only" in error_of(r, 403)
    assert ro_client.post("/v1/code", json={"text": AR_TEXT}).status_code == 200
    r = ro_client.post("/article", data={"text": AR_TEXT, "store": "true"})
    assert r.status_code == 403 and "read-only" in r.text
    assert ro_client.get("/v1/stats").json() == before


def test_read_only_opens_the_file_read_only(ro_client):
    st = ro_client.app.state.marsad
    with st.db() as con:
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            con.execute("DELETE FROM articles")


def test_read_only_needs_an_existing_store(tmp_path):
    from marsad.errors import MarsadError

    with pytest.raises(MarsadError, match="does not exist"):
        create_app(tmp_path / "missing.db", read_only=True)


# -- GET /v1/articles -------------------------------------------------------------------------
def test_search_finds_and_highlights(client):
    res = client.get("/v1/articles", params={"q": "لافروف"}).json()
    assert res["total"] == 1 and res["limit"] == 50 and res["offset"] == 0
    hit = res["results"][0]
    assert hit["article_id"] == "visit"
    assert hit["highlights"]
    for s, e in hit["highlights"]:
        assert hit["snippet"][s:e] == "لافروف"


def test_search_ignores_clitics_and_combines_filters(client):
    # "بالقاهرة" (with the clitic ب) finds the articles that say "القاهرة".
    ids = {r["article_id"] for r in client.get("/v1/articles",
                                               params={"q": "بالقاهرة"}).json()["results"]}
    assert ids == {"visit", "xss"}
    only = client.get("/v1/articles", params={"q": "", "source": "othernews"}).json()
    assert [r["article_id"] for r in only["results"]] == ["threat"]
    rus = client.get("/v1/articles", params={"actor": "RUS"}).json()
    assert {r["article_id"] for r in rus["results"]} == {"visit", "threat"}
    dated = client.get("/v1/articles", params={"from": "2024-03-13", "to": "2024-05-03"}).json()
    assert {r["article_id"] for r in dated["results"]} == {"xss", "threat"}
    coded = client.get("/v1/articles", params={"code": "19"}).json()
    assert [r["article_id"] for r in coded["results"]] == ["threat"]


def test_search_pages(client):
    all_ids = [r["article_id"] for r in client.get("/v1/articles").json()["results"]]
    assert len(all_ids) == 4
    second = client.get("/v1/articles", params={"limit": 1, "offset": 1}).json()
    assert second["total"] == 4 and [r["article_id"] for r in second["results"]] == all_ids[1:2]


@pytest.mark.parametrize("params, field, words", [
    ({"limit": 0}, "limit", "greater than or equal to 1"),
    ({"limit": 5000}, "limit", "less than or equal to 1000"),
    ({"limit": "ten"}, "limit", "integer"),
    ({"offset": -1}, "offset", "greater than"),
    ({"from": "12/03/2024"}, "from", "YYYY-MM-DD"),
    ({"code": "abc"}, "code", "CAMEO code"),
    ({"root": "1"}, "root", "root code"),
])
def test_search_rejects_bad_parameters(client, params, field, words):
    message = error_of(client.get("/v1/articles", params=params), 422)
    assert f"query parameter {field}" in message and words in message


# -- GET /v1/articles/{id} --------------------------------------------------------------------
def test_article_by_id(client):
    doc = client.get("/v1/articles/visit").json()
    assert doc["text"] == W.VISIT
    assert doc["meta"]["title"] == "السيسي يستقبل لافروف"
    assert [e["cameo"] for e in doc["events"]] == ["043", "111"]
    assert doc["quotes"][0]["speaker"]["actor_code"] == "RUSGOV"


def test_unknown_article_is_404(client):
    assert "nope" in error_of(client.get("/v1/articles/nope"), 404)


# -- GET /v1/events and downloads -------------------------------------------------------------
@pytest.mark.parametrize("params, codes", [
    ({}, ["138", "190", "111", "043", "111"]),
    ({"actor": "RUS"}, ["043", "138", "190"]),
    ({"actor": "lavrov"}, ["043"]),
    ({"code": "19"}, ["190"]),
    ({"root": "11"}, ["111", "111"]),
    ({"from": "2024-05-01"}, ["138", "190"]),
    ({"to": "2024-03-12"}, ["043", "111"]),
    ({"source": "othernews"}, ["138", "190"]),
    ({"modality": "asserted"}, ["043", "111", "111", "138", "190"]),
    ({"modality": "negated"}, []),
])
def test_events_filters(client, params, codes):
    res = client.get("/v1/events", params=params).json()
    assert res["total"] == len(codes)
    assert sorted(r["event_code"] for r in res["results"]) == sorted(codes)


@pytest.mark.parametrize("params, codes", [
    ({"from": "2024-05", "to": "2024-05"}, ["138", "190"]),
    ({"from": "2024-03", "to": "2024-03"}, ["043", "111", "111"]),  # (the 12th and the 13th)
    ({"to": "2024-03"}, ["043", "111", "111"]),
    ({"from": "2024"}, ["043", "111", "111", "138", "190"]),
    ({"to": "2023"}, []),
])
def test_events_from_and_to_take_a_month_or_a_year_as_the_command_line_does(client, params,
                                                                            codes):
    res = client.get("/v1/events", params=params).json()
    assert sorted(r["event_code"] for r in res["results"]) == codes


@pytest.mark.parametrize("value", ["2024-13", "2024-02-30"])
def test_a_month_or_day_that_is_not_in_the_calendar_is_refused(client, value):
    message = error_of(client.get("/v1/events", params={"from": value}), 422)
    assert (f"from {value!r} is not a date; give it as YYYY-MM-DD, or a month YYYY-MM or a "
            f"year YYYY") in message


def test_event_rows_carry_the_annotated_values(client):
    (ev,) = client.get("/v1/events", params={"code": "043"}).json()["results"]
    assert (ev["actor1_code"], ev["actor2_code"], ev["quad_class"], ev["goldstein"]) == (
        "EGYGOV", "RUSGOV", 1, 2.8)
    assert ev["date"] == "2024-03-12" and ev["location_name"] == "Cairo"
    one = client.get(f"/v1/events/{ev['event_id']}").json()
    assert one["mentions"][0]["evidence"] == "استقبل"
    assert one["mentions"][0]["article_id"] == "visit"
    assert "nope" in error_of(client.get("/v1/events/nope"), 404)


def test_bad_event_filters(client):
    assert "modality" in error_of(client.get("/v1/events", params={"modality": "NOT OK"}), 422)
    assert "from" in error_of(client.get("/v1/events", params={"from": "2024-13"}), 422)


@pytest.mark.parametrize("params", [{"actor": "RUS"}, {"limit": 2, "offset": 1}, {}])
def test_downloads_hold_exactly_the_rows_shown(client, params):
    import pyarrow.parquet as pq

    shown = [r["event_id"] for r in client.get("/v1/events", params=params).json()["results"]]
    r = client.get("/v1/events.csv", params=params)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert r.text.splitlines()[0].split(",") == list(EVENT_COLUMNS)
    assert [x["event_id"] for x in rows] == shown
    js = client.get("/v1/events.json", params=params).json()
    assert [x["event_id"] for x in js] == shown and list(js[0]) == list(EVENT_COLUMNS)
    pq_table = pq.read_table(io.BytesIO(client.get("/v1/events.parquet", params=params).content))
    assert pq_table.column("event_id").to_pylist() == shown
    assert pq_table.schema.names == list(EVENT_COLUMNS)


def test_empty_download_is_still_typed(client):
    import pyarrow.parquet as pq

    r = client.get("/v1/events.parquet", params={"modality": "negated"})
    t = pq.read_table(io.BytesIO(r.content))
    assert t.num_rows == 0 and str(t.schema.field("goldstein").type) == "double"
    assert client.get("/v1/events.csv", params={"modality": "negated"}).text.strip() == \
        ",".join(EVENT_COLUMNS)


def test_unknown_download_format(client):
    assert "fmt" in error_of(client.get("/v1/events.xml"), 422)


# -- GET /v1/quotes ---------------------------------------------------------------------------
def test_quotes(client):
    res = client.get("/v1/quotes", params={"speaker": "RUS"}).json()
    assert res["total"] == 1
    assert res["results"][0]["text"] == "روسيا تدعم مصر في حربها على الإرهاب"
    assert client.get("/v1/quotes", params={"speaker": "lavrov"}).json()["total"] == 1
    assert client.get("/v1/quotes", params={"from": "2024-03-13"}).json()["total"] == 1  # xss
    # the hand-annotated quotes (the ingested article has no date, so a date filter drops it)
    assert client.get("/v1/quotes", params={"from": "2024-01-01"}).json()["total"] == 2
    assert "to" in error_of(client.get("/v1/quotes", params={"to": "soon"}), 422)


# -- GET /v1/actors/{code} --------------------------------------------------------------------
def test_actor_profile(client):
    a = client.get("/v1/actors/RUSGOV").json()
    assert a["n_events"] == 1
    assert a["names"][0]["canonical"] == "Sergey Lavrov" and a["names"][0]["mentions"] == 2
    assert a["counterparts"] == [{"code": "EGYGOV", "name": "Abdel Fattah el-Sisi",
                                  "quad_class": 1, "events": 1}]
    assert a["timeline"] == [{"month": "2024-03", "events": 1, "mean_goldstein": 2.8}]
    assert [q["text"] for q in a["quotes"]] == ["روسيا تدعم مصر في حربها على الإرهاب"]
    mil = client.get("/v1/actors/RUSMIL").json()
    assert mil["timeline"] == [{"month": "2024-05", "events": 2, "mean_goldstein": -8.5}]


def test_unknown_actor_is_404(client):
    assert "XXX" in error_of(client.get("/v1/actors/XXX"), 404)
    assert error_of(client.get("/v1/actors/RUSGOV", params={"limit": 0}), 422)


# -- pages (HTML) -----------------------------------------------------------------------------
def visible_text(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def test_highlight_escapes_and_keeps_every_character():
    text = "أ<b>ب</b> & «ج» د"
    marks = [Mark(0, 9, "outer", title='"x" <y>'), Mark(2, 5, "inner"), Mark(7, 12, "cross"),
             Mark(11, 16, "tail"), Mark(3, 3, "empty"), Mark(10, 99, "outside")]
    out = highlight(text, marks)
    assert "<b>" not in out and "</b>" not in out and "&lt;" in out and "&amp;" in out
    assert 'title="&quot;x&quot; &lt;y&gt;"' in out
    assert visible_text(out) == text
    assert out.count("<span") == out.count("</span>")
    # the crossing span is closed and reopened, never left open across its parent's end
    assert 'class="cross cont"' in out
    assert "outside" not in out and "empty" not in out


def article_text(page: str) -> str:
    return re.search(r'<section class="article-text"[^>]*>(.*?)</section>', page, re.S).group(1)


def test_article_page_marks_entities_quotes_and_events(client):
    page = client.get("/articles/visit").text
    assert '<section class="article-text" lang="ar" dir="rtl">' in page
    text = article_text(page)
    assert visible_text(text) == W.VISIT
    assert text.count('class="ent ent-person"') == 3  # السيسي, لافروف twice
    assert re.search(r'class="quote"[^>]*title="[^"]*speaker: Sergey Lavrov \[RUSGOV\]', page)
    assert 'id="ev-1"' in page and 'id="ev-2"' in page
    assert "Abdel Fattah el-Sisi [EGYGOV] — host a visit → Sergey Lavrov [RUSGOV]" in page
    assert "CAMEO 043" in page and "in Cairo" in page


def test_xss_article_renders_as_text(client):
    page = client.get("/articles/xss").text
    body = page.split("<main>", 1)[1]
    assert "<script" not in body and "<img" not in body and "<b>" not in body
    assert visible_text(article_text(page)) == W.XSS
    assert '&lt;img src=x onerror="window.__xss=2"&gt;' in body  # text, not an element
    assert "&lt;img src=x onerror=&quot;window.__xss=3&quot;&gt;" in body  # a stored name
    assert "javascript:" not in body.replace("&lt;", "")  # the stored URL is not linked
    assert "window.__xss=4" in page.split("</title>")[0]  # the title is escaped text
    assert "<script" not in page
    csp = client.get("/articles/xss").headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script" not in csp


def test_code_form_and_upload(client):
    r = client.post("/article", data={"text": AR_TEXT, "published": "2015-07-21"})
    assert r.status_code == 200 and "Coded, not stored." in r.text
    assert "الجبير" in r.text
    up = client.post("/article", files={"file": ("a.txt", AR_TEXT.encode("utf-8"),
                                                 "text/plain")})
    assert up.status_code == 200 and "الجبير" in up.text
    empty = client.post("/article", data={"text": "  "})
    assert empty.status_code == 422 and "no article" in empty.text
    binary = client.post("/article", files={"file": ("a.bin", b"\x00\x01\x02" * 10, "x/y")})
    assert binary.status_code == 422 and "binary" in binary.text


def test_search_page_highlights_matches(client):
    page = client.get("/search", params={"q": "لافروف"}).text
    assert '<span class="hit">لافروف</span>' in page
    assert 'href="/articles/visit"' in page


def test_events_page_links_downloads_of_the_same_rows(client):
    page = client.get("/events", params={"actor": "RUS", "limit": 2}).text
    assert page.count("<tr data-event=") == 2
    for fmt in ("csv", "json", "parquet"):
        assert f'href="/v1/events.{fmt}?actor=RUS&amp;limit=2"' in page
    assert 'rel="next"' in page


def test_actor_page_draws_svg(client):
    page = client.get("/actors/RUSMIL").text
    assert '<svg class="chart timeline"' in page and '<svg class="chart network"' in page
    assert page.count('<rect class="bar"') == 1  # one month with events
    edges = re.findall(r'<path class="edge" data-quad="(\d)" data-events="(\d+)"', page)
    assert sorted(edges) == [("4", "1")]  # RUSMIL → SYR, material conflict
    assert client.get("/actors/NOPE").status_code == 404


def test_pages_reject_bad_filters_with_an_html_page(client):
    r = client.get("/events", params={"from": "bad"})
    assert r.status_code == 422 and r.headers["content-type"].startswith("text/html")
    assert "YYYY-MM-DD" in r.text


def test_static_font_is_served(client):
    r = client.get("/static/fonts/noto-naskh-arabic-arabic-400-normal.woff2")
    assert r.status_code == 200 and r.content[:4] == b"wOF2"
    assert "SIL OPEN FONT LICENSE" in client.get("/static/fonts/OFL.txt").text


def test_serve_command_is_registered():
    from marsad.cli import build_parser

    args = build_parser().parse_args(["serve", "--db", "x.db", "--read-only"])
    assert (args.host, args.port, args.read_only, args.max_body) == ("127.0.0.1", 8000, True,
                                                                      1_000_000)


def test_empty_form_fields_mean_any(client):
    params = {"q": "", "actor": "", "code": "", "root": "", "from": "", "to": "", "source": "",
              "modality": ""}
    assert client.get("/v1/events", params=params).json()["total"] == 5
    assert client.get("/events", params=params).status_code == 200
    assert client.get("/search", params=params).status_code == 200


def test_serve_fails_clearly_on_a_missing_store(tmp_path, capsys):
    from marsad.cli import main

    assert main(["serve", "--db", str(tmp_path / "none.db"), "--read-only"]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_open_stored_article_by_id_form(client):
    r = client.get("/article", params={"id": "visit"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/articles/visit"
    r = client.get("/actors", params={"code": "RUSGOV"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/actors/RUSGOV"
    assert "JORGOV" not in client.get("/actors").text and "RUSMIL" in client.get("/actors").text


def test_internal_errors_are_json_too(store, monkeypatch):
    app = create_app(store, read_only=True)

    def broken(*a, **k):
        raise RuntimeError("boom")

    monkeypatch.setattr(app.state.marsad, "code", broken)
    with TestClient(app, raise_server_exceptions=False) as c:
        message = error_of(c.post("/v1/code", json={"text": "نص"}), 500)
        assert "RuntimeError" in message and "/v1/code" in message and "boom" not in message


def test_timeline_leaves_gaps_for_months_without_events():
    from marsad.web.svg import timeline

    svg = timeline([{"month": "2024-01", "events": 2, "mean_goldstein": 1.0},
                    {"month": "2024-02", "events": 1, "mean_goldstein": -3.0},
                    {"month": "2024-04", "events": 4, "mean_goldstein": 5.0},
                    {"month": None, "events": 9, "mean_goldstein": 0.0}])
    assert svg.count('<rect class="bar"') == 3  # the undated row is left out
    assert svg.count("<polyline") == 1  # Jan–Feb joined; April stands alone after the gap
    assert svg.count('<circle class="gold-dot"') == 3
    assert ">2024-03<" in svg  # the empty month is on the axis


def test_serve_refuses_a_port_in_use_before_starting(tmp_path, capsys):
    import socket

    from marsad.cli import main

    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        held.listen()
        port = held.getsockname()[1]
        assert main(["serve", "--db", str(tmp_path / "s.db"), "--port", str(port)]) == 1
    err = capsys.readouterr().err
    assert f"cannot serve on 127.0.0.1:{port}" in err and "choose another --port" in err
    assert "serving" not in err  # no banner for a server that never ran


def test_an_uploaded_html_page_is_coded_as_its_article(client):
    page = ("<html><head><title>زيارة رسمية</title></head><body><nav>الرئيسية | اتصل بنا</nav>"
            "<article><h1>زيارة رسمية</h1><p>" + " ".join([AR_TEXT] * 3) +
            "</p></article></body></html>")
    r = client.post("/article", files={"file": ("page.html", page.encode("cp1256"),
                                                "text/html")})
    assert r.status_code == 200, r.text
    assert "&lt;p&gt;" not in r.text and "&lt;article" not in r.text  # no markup as text
    assert "Adel al-Jubeir" in r.text  # the article was coded


@pytest.mark.parametrize("path", ["/v1/events", "/v1/quotes", "/v1/articles"])
def test_a_date_that_is_not_on_the_calendar_is_refused(client, path):
    message = error_of(client.get(path, params={"to": "2024-02-30"}), 422)
    assert "to '2024-02-30' is not a date; give it as YYYY-MM-DD" in message
    assert client.get("/events", params={"from": "2024-13-01"}).status_code == 422



def test_a_published_date_is_checked_whole_not_cut_to_ten_characters(client):
    """The API body and the article form: a day of the calendar, or one with an ISO time (its
    day is kept); anything else after the day is refused."""
    for published in ("2024-02-30", "2024-03-12junk", "2024-03-12T25:00"):
        message = error_of(client.post("/v1/code", json={"text": AR_TEXT,
                                                          "published": published}), 422)
        assert f"published '{published}' is not a date; give it as YYYY-MM-DD" in message
        r = client.post("/article", data={"text": AR_TEXT, "published": published})
        assert r.status_code == 422
        assert f"published {html.escape(repr(published))} is not a date" in r.text
    r = client.post("/v1/code", json={"text": AR_TEXT, "published": "2024-03-12T23:30:00+03:00"})
    assert r.status_code == 200 and r.json()["published"] == "2024-03-12"
    r = client.post("/article", data={"text": AR_TEXT, "published": "2024-03-12 08:00"})
    assert r.status_code == 200 and "published 2024-03-12" in r.text
