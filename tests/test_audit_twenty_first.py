"""What a user meets (twenty-first session's audit, the twentieth's leftovers): the quotes page
and its API (by speaker, by words of the quote, by dates, with paging), rebuilding the search
index of a store in place, and the Arabic actor-text filter. Sentences written for these
tests; the quotes are annotated by hand (`_web_store`), so what is found is known exactly."""

from __future__ import annotations

import json
import re
import pytest

import _web_store as W
from marsad.document import Quote

# Three short articles of our own, each with its quotes (and a word said outside them)
WATER = ("صرح وزير الخارجية الأردني أيمن الصفدي في عمان.\n"
         "وقال الصفدي إن «الأمن المائي أولوية للمنطقة كلها».\n"
         "وأضاف «التعاون بين الدول ضروري لحماية الأنهار».")
FACTORY = ("افتتحت الشركة مصنعها الجديد.\n"
           "وقالت نورا الحربي: «سنبني مصنعا آخر في الربيع».\n"
           "وقال الصفدي «المياه والأمن مرتبطان».")
FARMERS = "قال وزير الزراعة إن «الحكومة ستدعم المزارعين بالمياه»."


def _quote(doc, words: str, speaker) -> Quote:
    s, e = W._find(doc.text, words)
    return Quote(s, e, words, "direct", "قال", speaker.ref() if speaker else None,
                 sentence=doc.sentence_at(s))


def _safadi(doc, after: int = 0):
    e = W._entity(doc, "الصفدي", after=after, name="Ayman Safadi")
    e.actor_code, e.country, e.role = "JORGOV", "JOR", "GOV"
    return e


def _docs():
    water = W._base(WATER, "water", "2024-06-10", title="الصفدي والمياه", source="testnews")
    s1 = _safadi(water, after=water.text.index("وقال"))
    water.entities = [s1]
    water.quotes = [_quote(water, "الأمن المائي أولوية للمنطقة كلها", s1),
                    _quote(water, "التعاون بين الدول ضروري لحماية الأنهار", s1)]
    factory = W._base(FACTORY, "factory", "2024-07-02", title="مصنع جديد", source="othernews")
    noura = W._entity(factory, "نورا الحربي", name="نورا الحربي")  # (no code: not in a dictionary)
    s2 = _safadi(factory)
    factory.entities = [noura, s2]
    factory.quotes = [_quote(factory, "سنبني مصنعا آخر في الربيع", noura),
                      _quote(factory, "المياه والأمن مرتبطان", s2)]
    farmers = W._base(FARMERS, "farmers", "2023-12-01", title="دعم المزارعين", source="testnews")
    minister = W._entity(farmers, "وزير الزراعة", name="agriculture minister")
    minister.actor_code = "GOV"
    farmers.entities = [minister]
    farmers.quotes = [_quote(farmers, "الحكومة ستدعم المزارعين بالمياه", minister)]
    return [water, factory, farmers]


@pytest.fixture(scope="module")
def quote_store(tmp_path_factory):
    return W.store_documents(tmp_path_factory.mktemp("quotes") / "q.db", _docs())


@pytest.fixture(scope="module")
def client(quote_store):
    from fastapi.testclient import TestClient

    from marsad.web import create_app

    with TestClient(create_app(quote_store, read_only=True)) as c:
        yield c


def _texts(res) -> list[str]:
    return [r["text"] for r in res["results"]]


# -- 1. the quotes API and page ----------------------------------------------------------------

def test_quotes_are_found_by_words_of_the_quote_with_the_words_marked(client):
    """المياه finds the quotes that say it (بالمياه with its clitic too), not the article's
    other sentences; each row marks the words found in its own text."""
    res = client.get("/v1/quotes", params={"q": "المياه"}).json()
    assert sorted(_texts(res)) == ["الحكومة ستدعم المزارعين بالمياه", "المياه والأمن مرتبطان"]
    by_text = {r["text"]: r for r in res["results"]}
    assert by_text["المياه والأمن مرتبطان"]["highlights"] == [[0, 6]]  # المياه
    assert by_text["الحكومة ستدعم المزارعين بالمياه"]["highlights"] == [[24, 31]]  # بالمياه
    # الأمن: in two quotes, once after a conjunction (والأمن), marked whole
    res = client.get("/v1/quotes", params={"q": "الأمن"}).json()
    assert sorted(_texts(res)) == ["الأمن المائي أولوية للمنطقة كلها", "المياه والأمن مرتبطان"]
    hl = {r["text"]: r["highlights"] for r in res["results"]}
    assert hl["المياه والأمن مرتبطان"] == [[7, 13]]  # والأمن
    # every word must be in the quote: الصفدي is in the article, not in its quotes
    assert client.get("/v1/quotes", params={"q": "الصفدي"}).json()["total"] == 0
    assert client.get("/v1/quotes", params={"q": "المياه مرتبطان"}).json()["total"] == 1
    assert client.get("/v1/quotes", params={"q": "المياه الربيع"}).json()["total"] == 0


@pytest.mark.parametrize("speaker", ["JORGOV", "JOR", "Safadi", "ayman safadi"])
def test_quotes_are_found_by_the_speakers_code_or_english_name(client, speaker):
    res = client.get("/v1/quotes", params={"speaker": speaker}).json()
    assert res["total"] == 3 and {r["speaker_name"] for r in res["results"]} == {"Ayman Safadi"}
    # each with its article's title (no words asked: nothing marked)
    assert [r["article_title"] for r in res["results"]] == ["مصنع جديد", "الصفدي والمياه",
                                                            "الصفدي والمياه"]
    assert all(r["highlights"] == [] for r in res["results"])


def test_quotes_are_found_by_an_arabic_speaker_name_and_by_dates(client):
    res = client.get("/v1/quotes", params={"speaker": "نورا الحربي"}).json()
    assert _texts(res) == ["سنبني مصنعا آخر في الربيع"]
    res = client.get("/v1/quotes", params={"from": "2024-07-01"}).json()
    assert sorted(_texts(res)) == ["المياه والأمن مرتبطان", "سنبني مصنعا آخر في الربيع"]
    res = client.get("/v1/quotes", params={"to": "2023-12"}).json()
    assert _texts(res) == ["الحكومة ستدعم المزارعين بالمياه"]
    res = client.get("/v1/quotes", params={"speaker": "Safadi", "q": "الأمن",
                                           "from": "2024-06-01", "to": "2024-06-30"}).json()
    assert _texts(res) == ["الأمن المائي أولوية للمنطقة كلها"]


def test_quotes_api_pages_and_gives_the_article_title(client):
    full = client.get("/v1/quotes").json()
    assert full["total"] == 5
    # newest first: the factory's two (2024-07-02), the water's two, the farmers'
    assert [r["article_title"] for r in full["results"]] == [
        "مصنع جديد", "مصنع جديد", "الصفدي والمياه", "الصفدي والمياه", "دعم المزارعين"]
    two = client.get("/v1/quotes", params={"limit": 2, "offset": 2}).json()
    assert (two["total"], two["limit"], two["offset"]) == (5, 2, 2)
    assert _texts(two) == _texts(full)[2:4]


def test_the_quotes_page_lists_marks_and_links_each_quote_in_its_article(client):
    html = client.get("/quotes", params={"q": "المياه"}).text
    assert "2 quote(s)" in html
    # the speaker, linked to his actor page, and the Arabic the text names him with
    assert 'href="/actors/JORGOV"' in html and "Ayman Safadi" in html
    assert '<span class="hit">المياه</span> والأمن مرتبطان' in html
    assert '<span class="hit">بالمياه</span>' in html
    factory = client.get("/v1/quotes", params={"q": "مرتبطان"}).json()["results"][0]
    link = f'href="/articles/factory#q-{factory["start"]}"'
    assert link in html and "مصنع جديد</a>" in html
    # the link's target: the quote's own mark in the article page
    article = client.get("/articles/factory").text
    assert f'id="q-{factory["start"]}"' in article
    # the navigation of every page leads to it
    assert 'href="/quotes"' in client.get("/").text


def test_the_quotes_page_keeps_the_speaker_typed_and_pages(client):
    html = client.get("/quotes", params={"speaker": "Safadi", "limit": 1}).text
    assert 'value="Safadi"' in html and "1–1 of 3" in html
    nxt = re.search(r'href="(/quotes\?[^"]*offset=1[^"]*)"', html)
    assert nxt and "speaker=Safadi" in nxt.group(1)
    assert "2–2 of 3" in client.get(nxt.group(1).replace("&amp;", "&")).text
    empty = client.get("/quotes", params={"q": "الصفدي"}).text
    assert "No quotes match q" in empty


def test_marsad_quotes_takes_words_of_the_quote(quote_store, capsys):
    from marsad.cli import main

    assert main(["quotes", "--db", str(quote_store), "--words", "المياه", "--format",
                 "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert sorted(r["text"] for r in rows) == ["الحكومة ستدعم المزارعين بالمياه",
                                               "المياه والأمن مرتبطان"]
    assert main(["quotes", "--db", str(quote_store), "--speaker", "Safadi", "--words",
                 "الأنهار"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1 quote(s)") and "«التعاون بين الدول ضروري لحماية الأنهار»" in out


def test_quotes_page_says_a_date_that_is_no_date(client):
    res = client.get("/quotes", params={"from": "soon"})
    assert res.status_code == 422


# -- 2. rebuilding the search index of a store in place ----------------------------------------

BALL = "فاز الفريق في مباراة الكرة أمس وقال المدرب «الفوز مستحق»."


def _old_index_store(tmp_path, capsys):
    """A store as an older marsad left it: schema 6 (no index version, no actor text index),
    and the index's stems of before the twentieth session (الكرة kept whole as الكره, not كره: written by hand here)."""
    import sqlite3

    from _jsonl_store import jsonl_store
    from marsad.text.normalize import fold

    db = jsonl_store(tmp_path, [{"id": "ball", "text": BALL, "title": "مباراة"}], capsys)
    con = sqlite3.connect(db)
    with con:
        con.execute("INSERT INTO articles_fts (articles_fts) VALUES ('delete-all')")
        con.execute("INSERT INTO articles_fts (rowid, body, stems) VALUES (1, ?, ?)",
                    (fold("مباراة\n" + BALL),
                     "فاز فريق في مباراه الكره امس قال مدرب فوز مستحق"))
    _back_to_schema_6(con)
    return db


def _back_to_schema_6(con) -> None:
    """Undo migrations 7, 8, 9, 10 and 11 of a new store (its tables, columns, triggers and
    indexes), and close it."""
    with con:
        con.execute("ALTER TABLE articles DROP COLUMN country")  # (schema 11's)
        for trigger in ("events_places", "mentions_places"):  # (schema 10's)
            con.execute(f"DROP TRIGGER {trigger}")
        for index in ("events_location_name", "mentions_location_name"):
            con.execute(f"DROP INDEX {index}")
        for trigger in ("entities_names", "events_names", "quotes_names"):  # (schema 9's)
            con.execute(f"DROP TRIGGER {trigger}")
        for index in ("events_actor1_name", "events_actor2_name", "quotes_speaker_name",
                      "quotes_addressee_name"):
            con.execute(f"DROP INDEX {index}")
        con.execute("DROP TABLE actor_names_fts")
        con.execute("DROP TABLE actor_names")
        con.execute("DROP TABLE store_info")
        con.execute("DROP TABLE actor_text_fts")
        for table in ("mentions", "events"):  # (schema 8's reporter columns)
            for column in ("reported_by_name", "reported_by_code", "reported_by_text",
                           "reporters"):
                con.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    con.execute("PRAGMA user_version = 6")
    con.close()


def _rows_but_the_index(db) -> dict[str, list]:
    import sqlite3

    con = sqlite3.connect(db)
    tables = ("articles", "sentences", "entities", "quotes", "mentions", "events", "rejects")
    out = {t: sorted(map(repr, con.execute(f"SELECT * FROM {t}"))) for t in tables}
    con.close()
    return out


def test_reindex_rebuilds_an_old_stores_index_in_place_and_keeps_everything(tmp_path, capsys):
    """كرة did not find an article of an old store that writes الكرة (its index holds الكره)
    until the article was coded again; `marsad reindex` rebuilds the index with this marsad's
    stems, and nothing else of the store changes. `marsad stats` says when it is needed."""
    from marsad.cli import main
    from marsad.store import connect
    from marsad.store.db import INDEX_VERSION, index_version
    from marsad.store.query import search

    db = _old_index_store(tmp_path, capsys)
    assert main(["stats", "--db", str(db)]) == 0  # (migrates it: schema 7, index version 0)
    err = capsys.readouterr().err
    assert "built by an older marsad" in err and f"marsad reindex --db {db}" in err
    seg = _segmenter()
    con = connect(db)
    assert index_version(con) == 0
    assert search(con, "كرة", segmenter=seg)["total"] == 0
    con.close()
    assert "marsad reindex --db" in _home(db)  # (the web app's home page says it too)
    before = _rows_but_the_index(db)
    assert main(["reindex", "--db", str(db), "--no-progress"]) == 0
    report = json.loads(capsys.readouterr().err.strip().splitlines()[-1])
    assert report["articles"] == 1 and report["index_version"] == INDEX_VERSION
    assert _rows_but_the_index(db) == before  # (articles, quotes, events ... as they were)
    con = connect(db)
    try:
        assert index_version(con) == INDEX_VERSION
        res = search(con, "كرة", segmenter=seg)
        assert res["total"] == 1
        (s, e), *_ = res["results"][0]["highlights"]
        assert res["results"][0]["snippet"][s:e] == "الكرة"
        assert search(con, "مباراة", segmenter=seg)["total"] == 1  # (found before, and after)
        assert search(con, "المدرب", segmenter=seg)["total"] == 1
    finally:
        con.close()
    assert main(["stats", "--db", str(db)]) == 0
    assert "older marsad" not in capsys.readouterr().err
    assert "marsad reindex" not in _home(db)


def _home(db) -> str:
    from fastapi.testclient import TestClient

    from marsad.web import create_app

    with TestClient(create_app(db, read_only=True)) as c:
        return c.get("/").text


def test_a_new_store_needs_no_reindex(tmp_path, capsys):
    from _jsonl_store import jsonl_store
    from marsad.cli import main
    from marsad.store import connect
    from marsad.store.db import INDEX_VERSION, index_version

    db = jsonl_store(tmp_path, [{"id": "ball", "text": BALL}], capsys)
    con = connect(db)
    assert index_version(con) == INDEX_VERSION >= 1
    con.close()
    assert main(["search", "الكرة", "--db", str(db)]) == 0
    out = capsys.readouterr()
    assert "1 article(s)" in out.out and "older marsad" not in out.err


def test_reindex_refuses_a_store_that_does_not_exist(tmp_path, capsys):
    from marsad.cli import main

    assert main(["reindex", "--db", str(tmp_path / "none.db"), "--no-progress"]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert not (tmp_path / "none.db").exists()


def _segmenter():
    from marsad.lexicon import load_lexicon
    from marsad.text.tokens import Segmenter, known_words_from_lexicon

    return Segmenter(known_words_from_lexicon(load_lexicon()))


# -- 3. the actor filter's Arabic text has an index --------------------------------------------

def _company_store(tmp_path, capsys):
    from _jsonl_store import jsonl_store

    return jsonl_store(tmp_path, [
        {"id": "n", "published": "2022-02-07",
         "text": "اقتحم مسلحون مستودع شركة رافيدكو في البصرة أمس."},
        {"id": "m", "published": "2022-03-01",
         "text": "اقتحم مسلحون مستودع شركة ميناكو في كركوك أمس."},
        {"id": "s", "published": "2022-03-02",
         "text": "قال الوزير إن الحكومة ستبني مدرسة جديدة في الموصل."}], capsys)


def _counting(con) -> list[int]:
    """Count the rows the actor filter's SQL function reads on `con`."""
    from marsad.store.db import _arabic_name_words

    calls = [0]

    def counted(text):
        calls[0] += 1
        return _arabic_name_words(text)

    con.create_function("marsad_name_words", 1, counted, deterministic=True)
    return calls


def test_the_arabic_text_filter_reads_only_the_rows_of_articles_its_index_finds(tmp_path,
                                                                                 capsys):
    """An Arabic name coding does not know (رافيدكو) was looked for in the text of every
    entity, mention and quote of the store, each read through a Python function (1.8 s for the
    search's actor filter on 2,021 real articles). The store now has an index of the words of
    each article's actors: the function reads only the rows of the articles that hold them."""
    from marsad.store import connect
    from marsad.store import query as Q

    db = _company_store(tmp_path, capsys)
    con = connect(db, read_only=True)
    try:
        n_entities = con.execute("SELECT count(*) FROM entities").fetchone()[0]
        in_n = con.execute("SELECT count(*) FROM entities WHERE article_id = 'n'").fetchone()[0]
        assert n_entities > in_n  # (the other articles have entities too)
        calls = _counting(con)
        f = Q.Filters(actor="رافيدكو")
        assert [r["article_id"] for r in Q.search(con, "", f)["results"]] == ["n"]
        where, params = Q.entity_where(f)
        found = con.execute("SELECT e.article_id FROM entities e WHERE " + " AND ".join(where),
                            params).fetchall()
        assert [r[0] for r in found] == ["n"]
        assert len(Q.events(con, f)["results"]) == 1
        calls[0] = 0
        con.execute("SELECT e.article_id FROM entities e WHERE " + " AND ".join(where),
                    params).fetchall()
        assert calls[0] <= in_n  # (the rows of one article at most, not the store's)
        calls[0] = 0
        assert Q.search(con, "", Q.Filters(actor="رافيدكوس"))["total"] == 0
        assert calls[0] == 0  # (no article holds the word: no row read)
    finally:
        con.close()


def test_an_old_store_gets_its_actor_text_index_by_migration_and_keeps_it(tmp_path, capsys):
    """A store of schema 6 has no such index: the migration makes it from the stored rows; an
    article coded again (a dated copy of an undated one) has its row of the index replaced."""
    import sqlite3

    from marsad.cli import main
    from marsad.store import connect
    from marsad.store import query as Q

    db = _company_store(tmp_path, capsys)
    _back_to_schema_6(sqlite3.connect(db))
    con = connect(db)  # (migrates it)
    try:
        assert con.execute("SELECT count(*) FROM actor_text_fts").fetchone()[0] == 3
        assert [r["article_id"] for r in Q.search(con, "", Q.Filters(actor="ميناكو"))[
            "results"]] == ["m"]
    finally:
        con.close()
    # an undated article, then a dated copy of it: coded again, its index row replaced
    text = "اقتحم مسلحون مستودع شركة زيتاكو في الناصرية."
    src = tmp_path / "more.jsonl"
    for published in (None, "2022-04-05"):
        rec = {"id": "z", "text": text, **({"published": published} if published else {})}
        src.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
        assert main(["ingest", str(src), "--db", str(db), "--no-progress"]) == 0
    capsys.readouterr()
    con = connect(db, read_only=True)
    try:
        rowid = con.execute("SELECT rowid FROM articles WHERE article_id = 'z'").fetchone()[0]
        assert con.execute("SELECT count(*) FROM actor_text_fts WHERE rowid = ?",
                           (rowid,)).fetchone()[0] == 1
        res = Q.search(con, "", Q.Filters(actor="زيتاكو"))
        assert [(r["article_id"], r["published"]) for r in res["results"]] == [
            ("z", "2022-04-05")]
    finally:
        con.close()


# -- the quotes page in a browser ----------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.browser
def test_the_quotes_page_in_a_browser(quote_store):
    """/quotes in headless Chromium: the navigation leads to it, the quotes found read
    right-to-left with the words asked marked, and a quote's article link opens the article
    with that quote highlighted (the mark's :target style)."""
    from pathlib import Path

    if not W.CHROMIUM.exists():
        pytest.skip("Debian chromium is not installed (/usr/bin/chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    shots = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
    with W.served(quote_store) as base, sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(W.CHROMIUM), args=W.CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1100, "height": 760})
        page.set_default_timeout(120_000)
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto(base + "/")
        page.locator("nav a", has_text="Quotes").click()
        assert page.url.endswith("/quotes")
        assert page.locator("ol.quotes-found > li").count() == 5
        page.fill("input[name=q]", "المياه")
        page.fill("input[name=speaker]", "Safadi")
        page.locator("form.filters button").click()
        items = page.locator("ol.quotes-found > li")
        assert items.count() == 1
        words = items.first.locator("p.quote-text")
        assert words.evaluate("e => getComputedStyle(e).direction") == "rtl"
        hit = words.locator(".hit")
        assert hit.inner_text() == "المياه"
        assert hit.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(255, 224, 102)"
        assert "Ayman Safadi" in items.first.locator(".speaker-name").inner_text()
        shots.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(shots / "quotes.png"))
        items.first.locator("a.title").click()
        assert "/articles/factory#q-" in page.url
        target = page.locator("section.article-text .quote:target")
        assert target.count() == 1 and target.inner_text() == "المياه والأمن مرتبطان"
        assert target.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(255, 224, 102)"
        assert not errors, errors
        browser.close()
