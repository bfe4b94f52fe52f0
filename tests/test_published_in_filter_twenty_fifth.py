"""The publication-country filter of the store (twenty-fifth session, h11): `--published-in` of
`marsad search`, `events`, `quotes`, `export` and `counts`, and `published_in` of the web API
and pages, select by the country the article was published in (`articles.country`), as
`--source` selects by its newspaper; the value is read as `--country` reads it (a code, an
alias, an English or Arabic name); an article stored with no country is not found by it. The
sentences are our own."""

from __future__ import annotations

import json

import pytest
from _cli import run_cli as _cli

# an arrest and a quote (Kuwait), a protest (no country), an arrest (Qatar)
KUWAIT = "اعتقلت الشرطة أربعة شبان صباح أمس.\nوقال وزير الداخلية إن التحقيق مستمر.\n"
NONE = "تظاهر مئات المعلمين أمام مبنى الوزارة صباح اليوم.\n"
QATAR = "اعتقلت الشرطة خمسة عمال مساء أمس.\n"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("published_in")
    src = tmp / "news.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in (
        {"id": "kw1", "text": KUWAIT, "published": "2016-04-02", "country": "Kuwait"},
        {"id": "no1", "text": NONE, "published": "2016-04-03"},
        {"id": "qa1", "text": QATAR, "published": "2016-04-04", "country": "QAT"})),
        encoding="utf-8")
    db = tmp / "news.db"
    status, _, err = _cli("ingest", src, "--db", db, "--no-progress")
    assert status == 0, err
    return db


def _ids(out: str, key: str = "article_id") -> set[str]:
    return {json.loads(line)[key] for line in out.splitlines() if line.strip()}


def test_search_by_the_publication_country(store):
    status, out, err = _cli("search", "--db", store, "--format", "jsonl",
                            "--published-in", "الكويت")
    assert status == 0, err
    assert _ids(out) == {"kw1"}
    status, out, _ = _cli("search", "--db", store, "--format", "jsonl", "--published-in", "qa")
    assert _ids(out) == {"qa1"}
    status, out, _ = _cli("search", "--db", store, "--format", "jsonl", "--published-in", "SAU")
    assert status == 0 and _ids(out) == set()  # (none published there; none of no country)


def test_events_and_quotes_by_the_publication_country(store):
    status, out, err = _cli("events", "--db", store, "--format", "jsonl",
                            "--published-in", "Qatar")
    assert status == 0, err
    rows = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert rows and {r["location_country"] for r in rows} == {"QAT"}
    status, out, _ = _cli("events", "--db", store, "--format", "jsonl")
    assert {json.loads(line)["location_country"] for line in out.splitlines()} >= {"KWT", "QAT"}
    status, out, err = _cli("quotes", "--db", store, "--format", "jsonl",
                            "--published-in", "KWT")
    assert status == 0, err
    assert _ids(out) == {"kw1"}
    status, out, _ = _cli("quotes", "--db", store, "--format", "jsonl", "--published-in", "QAT")
    assert _ids(out) == set()


def test_export_articles_by_the_publication_country(store, tmp_path):
    out = tmp_path / "a.jsonl"
    status, _, err = _cli("export", "--db", store, "--what", "articles", "--published-in",
                          "KSA", "-o", out)
    assert status == 0, err
    assert out.read_text(encoding="utf-8").strip() == ""
    status, _, err = _cli("export", "--db", store, "--what", "articles", "--published-in",
                          "qatar", "-o", out, "--overwrite")
    assert status == 0, err
    assert _ids(out.read_text(encoding="utf-8")) == {"qa1"}


def test_a_value_that_names_no_country_is_refused(store):
    status, _, err = _cli("events", "--db", store, "--published-in", "Kuwiat")
    assert status == 2 and "Kuwiat" in err and "KWT" in err


def test_the_web_api_and_pages_filter_by_the_publication_country(store):
    from fastapi.testclient import TestClient

    from marsad.web import create_app

    client = TestClient(create_app(store, read_only=True))
    got = client.get("/v1/articles", params={"published_in": "الكويت"})
    assert got.status_code == 200, got.text
    assert {r["article_id"] for r in got.json()["results"]} == {"kw1"}
    got = client.get("/v1/events", params={"published_in": "QAT"})
    assert got.status_code == 200
    assert {r["location_country"] for r in got.json()["results"]} == {"QAT"}
    got = client.get("/v1/quotes", params={"published_in": "qa"})
    assert got.status_code == 200 and got.json()["results"] == []
    bad = client.get("/v1/events", params={"published_in": "Kuwiat"})
    assert bad.status_code == 422 and "Kuwiat" in bad.text
    page = client.get("/events", params={"published_in": "Kuwait"})
    assert page.status_code == 200
    assert 'name="published_in"' in page.text and 'value="KWT"' in page.text
