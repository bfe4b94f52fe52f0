"""What an analyst missed after the eleventh session's audit: a page for one event, events in
the order they were reported, and places named in a user's own dictionaries."""

from __future__ import annotations

import pytest

import _web_store as W


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from fastapi.testclient import TestClient

    from marsad.web import create_app

    db = tmp_path_factory.mktemp("leftovers") / "w.db"
    W.build_store(db, with_ingest=False)
    return TestClient(create_app(db, read_only=True))


def _event_id(client, code: str, actor: str = "") -> str:
    rows = client.get(f"/v1/events?code={code}&actor={actor}").json()["results"]
    assert len(rows) == 1
    return rows[0]["event_id"]


def test_an_event_page_names_codes_actors_date_place_and_marks_the_trigger(client):
    eid = _event_id(client, "043")  # the Egyptian president receives Lavrov in Cairo
    html = client.get(f"/events/{eid}").text
    for fact in ("CONSULT", "043", "Host a visit", "verbal cooperation", "+2.8",
                 "Abdel Fattah el-Sisi [EGYGOV]", "Sergey Lavrov [RUSGOV]", "2024-03-12",
                 "from a date written in the text", "Cairo (EGY)", "asserted"):
        assert fact in html, fact
    assert '<span class="ev q1" title="trigger">استقبل</span> الرئيس المصري' in html
    assert f'href="/articles/visit#e-{eid}"' in html
    assert client.get("/events/nope").status_code == 404


def test_the_events_table_and_the_article_link_to_the_event_page(client):
    eid = _event_id(client, "111", "IRN")
    assert f'href="/events/{eid}"' in client.get("/events").text
    assert f'href="/events/{eid}"' in client.get("/articles/visit").text
