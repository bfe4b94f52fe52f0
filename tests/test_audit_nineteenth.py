"""What a user meets (nineteenth session's audit, the eighteenth's leftovers): a query word with
a clitic the index kept, snippets that mark the query's words only, the actor filter by an
actor's name, the first search of a fresh server, and a club named by its city. Sentences
written for these tests."""

from __future__ import annotations

import json

import pytest

from _jsonl_store import jsonl_store as _store


def _segmenter():
    from marsad.lexicon import load_lexicon
    from marsad.text.tokens import Segmenter, known_words_from_lexicon

    return Segmenter(known_words_from_lexicon(load_lexicon()))


def _found(con, query, seg):
    from marsad.store.query import search

    res = search(con, query, segmenter=seg)
    return sorted(r["article_id"] for r in res["results"]), res["results"]


# -- 1. search: a query word's clitic, the snippet's marks -----------------------------------------

def test_a_query_word_with_a_clitic_the_index_kept_finds_the_bare_word(tmp_path, capsys):
    """لشؤون and لحقوق are words of dictionary phrases (وزير الدولة لشؤون ...), so the
    segmenter keeps them whole, in the index and in the query: typed so, they found only the
    articles that write them so, not شؤون or الشؤون. A word known on its own (بلدية) or a word
    of a name (كامل) keeps its first letter: بلدية does not find لديه, كامل does not find أمل."""
    from marsad.store import connect

    db = _store(tmp_path, [
        {"id": "a", "text": "عين الملك وزيرا لشؤون الخليج."},
        {"id": "b", "text": "بحث الوزراء الشؤون الإقليمية في عمان."},
        {"id": "c", "text": "تناولت القمة شؤون المنطقة وحقوق اللاجئين."},
        {"id": "d", "text": "قال رئيس البلدية إن المشروع اكتمل."},
        {"id": "e", "text": "قال الوزير ما لديه عن المشروع، وعبر عن أمل كبير."},
        {"id": "f", "text": "دعت منظمة العفو إلى احترام الحقوق."}], capsys)
    seg = _segmenter()
    con = connect(db, read_only=True)
    try:
        for query, want in (("لشؤون", ["a", "b", "c"]), ("ولشؤون", ["a", "b", "c"]),
                            ("شؤون", ["a", "b", "c"]), ("لحقوق", ["c", "f"]),
                            ("بلدية", ["d"]), ("كامل", [])):
            ids, results = _found(con, query, seg)
            assert ids == want, query
            for r in results:
                (start, end), *_ = r["highlights"]
                assert r["snippet"][start:end] in ("لشؤون", "الشؤون", "شؤون", "وحقوق",
                                                   "الحقوق", "البلدية"), query
    finally:
        con.close()


@pytest.mark.parametrize("with_segmenter", [True, False])
def test_a_snippet_marks_the_query_words_not_a_stem_inside_another_word(with_segmenter):
    """بنا (بناء typed without its hamza) marked لبنان, and لقا marked القائمة: the stem was
    found inside another word and the mark widened to it. Now a word is marked when it is the
    query's word (with its clitics: للبناء، لقاءات is no لقاء)."""
    from marsad.store.query import snippet

    seg = _segmenter() if with_segmenter else None
    text = "زار الوزير لبنان وبحث بناء المدارس وللبناء خطة في القائمة بعد لقاء الوفد."

    def marked(query):
        snip, marks = snippet(text, query, seg)
        return [snip[s:e] for s, e in marks]

    assert marked("بنا") == ["بناء", "وللبناء"]
    assert marked("لقا") == ["لقاء"]
    assert marked("لبنان") == ["لبنان"]
    assert marked("الوفد") == ["الوفد"]
    assert marked("وفد") == ["الوفد"]


# -- 2. the actor filter: an actor's name, a code as a prefix on the actor page too ----------------

NAMES = [
    {"id": "p", "text": "انتقد الرئيس الروسي فلاديمير بوتين الحكومة الأوكرانية أمس.",
     "published": "2021-05-04"},
    {"id": "i", "text": "اتهمت وزارة الداخلية السعودية خلية إرهابية بالتخطيط لهجمات.",
     "published": "2021-05-04"},
    {"id": "s", "text": "استقبل الملك سلمان وزير الخارجية الأردني في الرياض أمس.",
     "published": "2021-05-05"},
    {"id": "h", "text": "قصفت الطائرات السعودية مواقع الحوثيين في صعدة أمس.",
     "published": "2021-05-06"}]


def test_the_actor_filter_takes_an_actors_name_in_arabic_and_english(tmp_path, capsys):
    """The filter read a country's name (Arabic or English) as its code, and any other value as
    a part of the stored English name: بوتين, الحوثيين and وزارة الداخلية السعودية found
    nothing, nor did "the Saudi interior ministry" (stored: Saudi Arabia interior ministry).
    An Arabic name is now read as coding reads it, an English one word by word."""
    from fastapi.testclient import TestClient

    from marsad.cli import main
    from marsad.web import create_app

    db = _store(tmp_path, NAMES, capsys)

    def events(actor):
        assert main(["events", "--db", str(db), "--actor", actor, "--format", "jsonl"]) == 0
        rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        return sorted({r["actor1_code"] for r in rows})

    assert events("Putin") == ["RUSGOV"]  # (the premise: Putin's event is coded)
    for actor, want in (("بوتين", ["RUSGOV"]), ("فلاديمير بوتين", ["RUSGOV"]),
                        ("the Saudi interior ministry", ["SAUGOV"]),
                        ("Ministry of Interior", ["SAUGOV"]),
                        ("وزارة الداخلية السعودية", ["SAUGOV"]),
                        ("الحوثيين", ["SAU"]),  # (the target of the air strike)
                        ("السعودية", ["SAU", "SAUGOV"]), ("SAU", ["SAU", "SAUGOV"]),
                        ("SAUGOV", ["SAUGOV"]), ("نادي الاتحاد", [])):
        assert events(actor) == want, actor
    with TestClient(create_app(db, read_only=True)) as client:
        res = client.get("/v1/events", params={"actor": "بوتين"})
        assert [e["actor1_code"] for e in res.json()["results"]] == ["RUSGOV"]
        res = client.get("/events", params={"actor": "وزارة الداخلية السعودية"})
        assert "Saudi Arabia interior ministry" in res.text and "Vladimir Putin" not in res.text
        res = client.get("/actors", params={"code": "بوتين"}, follow_redirects=False)
        assert res.headers["location"] == "/actors/RUSGOV"


def test_the_actor_page_and_the_filter_take_a_code_as_a_prefix(tmp_path, capsys):
    """The actor page of SAU counted the events of the code SAU itself (1: the air strike) and
    listed the filter's (SAU*: the ministry's and the king's too); its events link said "all
    events of this actor" for more than the page counted. A code is a prefix in both: SAU is
    Saudi Arabia's actors, SAUGOV its government's; the page says the codes it holds."""
    from fastapi.testclient import TestClient

    from marsad.store import connect
    from marsad.store.query import Filters, actor, events
    from marsad.web import create_app

    db = _store(tmp_path, NAMES, capsys)
    con = connect(db, read_only=True)
    try:
        for code in ("SAU", "SAUGOV", "RUS"):
            listed = events(con, Filters(actor=code))
            prof = actor(con, code)
            assert prof["n_events"] == listed["total"], code
            assert {e["event_id"] for e in prof["events"]} == {
                e["event_id"] for e in listed["results"]}, code
        prof = actor(con, "SAU")
        assert prof["n_events"] == 3 and prof["name"] == "Saudi Arabia"
        assert {c["code"]: c["events"] for c in prof["codes"]} == {"SAU": 1, "SAUGOV": 2}
        assert actor(con, "SAUGOV")["n_events"] == 2
    finally:
        con.close()
    with TestClient(create_app(db, read_only=True)) as client:
        text = client.get("/actors/SAU").text
        assert "3 events" in text and 'href="/actors/SAUGOV"' in text
        assert client.get("/v1/actors/SAU").json()["n_events"] == 3


# -- 3. the first search of a fresh server ---------------------------------------------------------

def test_marsad_serve_builds_the_segmenter_before_the_first_search(tmp_path, capsys, monkeypatch):
    """The first search of a fresh `marsad serve` built the pipeline and its segmenter (over 30 s
    on a busy machine, which Playwright's default timeout hit): the server now builds them in
    the background when it starts, and the first search builds nothing (counted calls)."""
    import uvicorn
    from fastapi.testclient import TestClient

    import marsad
    from marsad.cli import main
    from marsad.text import tokens

    db = _store(tmp_path, [{"id": "a", "text": "عين الملك وزيرا لشؤون الخليج."}], capsys)
    served = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: served.append(app))
    assert main(["serve", "--db", str(db), "--read-only", "--port", "0"]) == 0
    (app,) = served
    builds = {"pipeline": 0, "segmenter": 0}
    load, segmenter_init = marsad.load, tokens.Segmenter.__init__

    def counted_load(*a, **k):
        builds["pipeline"] += 1
        return load(*a, **k)

    def counted_init(self, *a, **k):
        builds["segmenter"] += 1
        segmenter_init(self, *a, **k)

    monkeypatch.setattr(marsad, "load", counted_load)
    monkeypatch.setattr(tokens.Segmenter, "__init__", counted_init)
    with TestClient(app) as client:
        st = app.state.marsad
        assert st.ready.wait(600)  # (built at start, with no request)
        assert builds["pipeline"] == 1
        before = dict(builds)
        res = client.get("/v1/articles", params={"q": "شؤون"})
        assert res.status_code == 200 and res.json()["total"] == 1
        assert client.get("/search", params={"q": "الخليج"}).status_code == 200
        assert builds == before  # the first searches built nothing


# -- 4. a club named by its city -------------------------------------------------------------------

def test_a_club_named_by_its_city_is_stored_as_a_club(tmp_path, capsys):
    """نادي الرياض was stored as "Riyadh" (the actors stage names a club of a place after the
    place), so the city and the club shared a name in the entities, the events and the quotes:
    the events of "Riyadh" held the club's. The output tables now name it "Riyadh club"; the
    city, the newspaper صحيفة الرياض and a listed club (نادي الزمالك) keep their names."""
    from marsad.cli import main

    db = _store(tmp_path, [
        {"id": "c", "text": "انتقد نادي الرياض الحكومة السعودية أمس.", "published": "2021-05-04"},
        {"id": "q", "text": "وقال نادي جدة في بيان إن اللاعب سيعود الأسبوع المقبل.",
         "published": "2021-05-04"},
        {"id": "r", "text": "وأكدت الرياض دعمها للاتفاق. ونشرت صحيفة الرياض تقريرا عن نادي "
                            "الزمالك.", "published": "2021-05-04"}], capsys)
    assert main(["events", "--db", str(db), "--format", "jsonl"]) == 0
    (row,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert (row["actor1_name"], row["actor2_code"]) == ("Riyadh club", "SAUGOV")
    assert main(["quotes", "--db", str(db), "--format", "jsonl"]) == 0
    (quote,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert quote["speaker_name"] == "Jeddah club"
    assert main(["export", "--db", str(db), "--what", "entities", "--format", "jsonl"]) == 0
    names = {(e["text"], e["canonical"]) for e in map(json.loads,
                                                        capsys.readouterr().out.splitlines())}
    assert {("نادي الرياض", "Riyadh club"), ("نادي جدة", "Jeddah club"),
            ("الرياض", "Riyadh"), ("نادي الزمالك", "Zamalek SC")} <= names
    assert ("صحيفة الرياض", "Al Riyadh (newspaper)") in names


# -- 5. the analyst's audit ------------------------------------------------------------------------

def test_search_segments_the_query_with_the_dictionaries_of_lexicon(tmp_path, capsys):
    """`marsad search --lexicon DIR` read the folder's places for --place but segmented the
    query with the built-in dictionaries alone, not as `marsad ingest --lexicon DIR` segmented
    the stored text: بزنكلان (ب + a town of the user's own dictionary) found nothing."""
    from marsad.cli import main

    town = "زنكلان"  # (a town made up for this test)
    lexicon = tmp_path / "mine"
    lexicon.mkdir()
    (lexicon / "towns.json").write_text(json.dumps(
        {"lexicon": "cities", "version": "1", "description": "towns of my study",
         "entries": [{"name": "Zinklan", "ar": [town], "country": "SYR", "capital": False,
                      "kind": "city"}]}, ensure_ascii=False), encoding="utf-8")
    jsonl = tmp_path / "a.jsonl"
    jsonl.write_text(json.dumps({"id": "z", "text": f"عقد المؤتمر في {town} أمس."},
                                ensure_ascii=False) + "\n", encoding="utf-8")
    db = tmp_path / "s.db"
    assert main(["ingest", str(jsonl), "--db", str(db), "--no-progress",
                 "--lexicon", str(lexicon)]) == 0
    capsys.readouterr()

    def found(*args):
        assert main(["search", *args, "--db", str(db), "--format", "jsonl"]) == 0
        return [json.loads(line)["article_id"] for line in capsys.readouterr().out.splitlines()]

    assert found(town) == ["z"]
    assert found("ب" + town, "--lexicon", str(lexicon)) == ["z"]
    assert found("ب" + town) == []  # (the built-in dictionaries do not know the town)


def test_the_actors_list_names_a_code_by_its_most_frequent_name(tmp_path):
    """The Actors page named each code by the greatest of its names (max() of strings): a
    role's code, given many names, was named by whatever sorted last, an Arabic text the
    actors stage left untranslated (عدد من الأهالي ... [CVL]) before "residents" (40 events)."""
    from marsad.store import connect
    from marsad.store.query import top_actors

    con = connect(tmp_path / "s.db")
    rows = [("a", "CVL", "residents", None), ("b", "CVL", "residents", "SAUGOV"),
            ("c", "CVL", "عدد من الأهالي", None), ("d", "SAUGOV", None, "CVL"),
            ("e", "SAUGOV", "Saudi Arabia government", None), ("f", "SAUGOV", "Salman", None)]
    with con:
        con.executemany("INSERT INTO events (event_id, actor1_code, actor1_name, actor2_code) "
                        "VALUES (?, ?, ?, ?)", rows)
    con.execute("UPDATE events SET actor2_name = 'residents' WHERE actor2_code = 'CVL'")
    con.execute("UPDATE events SET actor2_name = 'Saudi Arabia government' WHERE actor2_code = "
                "'SAUGOV'")
    assert {r["code"]: (r["name"], r["events"]) for r in top_actors(con)} == {
        "CVL": ("residents", 4), "SAUGOV": ("Saudi Arabia government", 4)}


def test_the_actors_box_opens_a_name_at_its_code_or_its_events(tmp_path, capsys):
    """The Actors box opened /actors/<the English name> for an actor's name with no stored
    code (a 404 "No actor has the code 'Vladimir Putin'"), and looked a club up under the
    city's name (نادي الهلال: al-Hilal, stored as Al-Hilal club). A name opens its stored code's
    page, else the events of that name."""
    from fastapi.testclient import TestClient

    from marsad.web import create_app

    db = _store(tmp_path, [
        {"id": "c", "text": "انتقد نادي الرياض الحكومة السعودية أمس.", "published": "2021-05-04"},
        {"id": "h", "text": "انتقد نادي الهلال الحكومة السعودية أمس.", "published": "2021-05-05"}],
        capsys)
    with TestClient(create_app(db, read_only=True)) as client:
        def opened(value):
            res = client.get("/actors", params={"code": value}, follow_redirects=False)
            assert res.status_code == 303, value
            return res.headers["location"]

        # (twentieth session: the club is a company of Saudi Arabia, SAUBUS, not the state)
        assert opened("نادي الرياض") == "/actors/SAUBUS"
        assert opened("بوتين").startswith("/events?actor=")  # (no Putin in this store)
        hilal = opened("نادي الهلال")
        assert hilal.startswith("/events?actor=")
        page = client.get(hilal).text
        assert "Al-Hilal club" in page and "1 event" in page
