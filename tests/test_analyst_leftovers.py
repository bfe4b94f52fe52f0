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
                 "from a date written with the event", "Cairo (EGY)", "asserted"):
        assert fact in html, fact
    assert '<span class="ev q1" title="trigger">استقبل</span> الرئيس المصري' in html
    assert f'href="/articles/visit#e-{eid}"' in html
    assert client.get("/events/nope").status_code == 404


def test_the_events_table_and_the_article_link_to_the_event_page(client):
    eid = _event_id(client, "111", "IRN")
    assert f'href="/events/{eid}"' in client.get("/events").text
    assert f'href="/events/{eid}"' in client.get("/articles/visit").text


# A visit planned months ahead, reported first; an attack reported later, dated that day.
PLANNED = "سيزور الرئيس المصري عبد الفتاح السيسي موسكو في حزيران المقبل."
ATTACK = "وقصفت القوات الروسية مواقع في إدلب اليوم."
TALKS = "وأعلنت موسكو أنها ستجري محادثات مع أنقرة في آذار المقبل."  # same day's news, a plan


@pytest.fixture(scope="module")
def ordered_store(tmp_path_factory):
    from marsad.web.state import AppState

    planned = W._base(PLANNED, "planned", "2024-01-10", source="testnews")
    sisi = W._entity(planned, "السيسي")
    moscow = W._entity(planned, "موسكو", name="Moscow")
    planned.entities = [sisi, moscow]
    planned.events = [W._event(planned, "سيزور", "042", sisi, moscow, "2024-06")]
    attack = W._base(ATTACK, "attack", "2024-02-01", source="testnews")
    army, idlib = W._entity(attack, "القوات الروسية"), W._entity(attack, "إدلب")
    attack.entities = [army, idlib]
    attack.events = [W._event(attack, "وقصفت", "195", army, idlib, "2024-02-01")]
    talks = W._base(TALKS, "talks", "2024-02-01", source="testnews")
    moscow2 = W._entity(talks, "موسكو", name="Moscow")
    ankara = W._entity(talks, "أنقرة", name="Ankara")
    talks.entities = [moscow2, ankara]
    talks.events = [W._event(talks, "محادثات", "036", moscow2, ankara, "2024-03")]
    db = tmp_path_factory.mktemp("ordered") / "o.db"
    st = AppState(db)
    for doc in (planned, attack, talks):
        st.store(doc, origin="test")
    st.close()
    return db


def test_events_come_newest_reported_first_and_by_their_own_date_on_request(ordered_store,
                                                                              capsys):
    import json

    from fastapi.testclient import TestClient

    from marsad.cli import main
    from marsad.web import create_app

    def cli(*extra):
        capsys.readouterr()
        assert main(["events", "--db", str(ordered_store), "--format", "jsonl", *extra]) == 0
        return [json.loads(x)["event_code"] for x in capsys.readouterr().out.splitlines()]

    # the attack and the talks were reported last, the talks (in March) after the attack of
    # that day; by their own dates June's visit comes first, then March's talks
    assert cli() == ["195", "036", "042"]
    assert cli("--sort", "date") == ["042", "036", "195"]
    client = TestClient(create_app(ordered_store, read_only=True))
    codes = lambda q: [r["event_code"] for r in client.get("/v1/events" + q).json()["results"]]  # noqa: E731
    assert codes("") == ["195", "036", "042"] and codes("?sort=date") == ["042", "036", "195"]
    assert client.get("/v1/events?sort=random").status_code == 422
    page = client.get("/events?sort=date").text
    assert '<option value="date" selected>' in page
    assert page.index(">042<") < page.index(">195<")
    assert client.get("/events").text.index(">195<") < client.get("/events").text.index(">042<")


# A village of the user's own dictionary folder (not in the built-in cities).
VILLAGE = "قرية النخيل"
RAID = "وقصفت القوات الروسية قرية النخيل اليوم."


@pytest.fixture(scope="module")
def village_store(tmp_path_factory):
    import json

    from marsad.document import Entity
    from marsad.web.state import AppState

    root = tmp_path_factory.mktemp("village")
    lexicon = root / "my_lexicon"
    lexicon.mkdir()
    (lexicon / "my_places.json").write_text(json.dumps(
        {"lexicon": "cities", "version": "1", "description": "villages of my study",
         "entries": [{"name": "Nakhil Village", "ar": [VILLAGE], "country": "SYR",
                      "capital": False, "kind": "city"}]}, ensure_ascii=False),
        encoding="utf-8")
    doc = W._base(RAID, "raid", "2024-02-01", source="testnews")
    army = W._entity(doc, "القوات الروسية")
    s, e = W._find(RAID, VILLAGE)
    village = Entity(s, e, VILLAGE, "GPE", "Nakhil Village", "SYR", country="SYR",
                     sentence=doc.sentence_at(s))
    doc.entities = [army, village]
    doc.events = [W._event(doc, "وقصفت", "195", army, village, "2024-02-01", village)]
    db = root / "v.db"
    st = AppState(db)
    st.store(doc, origin="test")
    st.close()
    return db, lexicon


def test_place_reads_the_names_of_a_users_lexicon_folder(village_store, capsys):
    from fastapi.testclient import TestClient

    from marsad.cli import main
    from marsad.web import create_app

    db, lexicon = village_store

    def count(*extra):
        capsys.readouterr()
        assert main(["events", "--db", str(db), "--format", "jsonl", "--place", VILLAGE,
                     *extra]) == 0
        return len(capsys.readouterr().out.splitlines())

    assert count() == 0  # the built-in dictionaries do not know the village
    assert count("--lexicon", str(lexicon)) == 1
    capsys.readouterr()
    assert main(["search", "--db", str(db), "--format", "jsonl", "--place", VILLAGE,
                 "--lexicon", str(lexicon)]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1
    served = TestClient(create_app(db, read_only=True, lexicon_dirs=(str(lexicon),)))
    assert served.get("/v1/events", params={"place": VILLAGE}).json()["total"] == 1
    assert served.get("/v1/articles", params={"place": VILLAGE}).json()["total"] == 1
    plain = TestClient(create_app(db, read_only=True))
    assert plain.get("/v1/events", params={"place": VILLAGE}).json()["total"] == 0
