"""What a user meets (twenty-second session's audit, the twenty-first's leftovers): the quotes
page and API filtered by the quote's kind and by whom it was said to; the English-name actor
filter read through an index of the store's names; a check that the search index's version
follows the stemmer; `marsad recode`, which codes a store's articles again in place. Sentences
written for these tests; the quotes are annotated by hand (`_web_store`), so what is found is
known exactly."""

from __future__ import annotations

import json
import re

import pytest

import _web_store as W
from _web_store import query_plan as _plan
from marsad.document import Quote

# Two short articles of our own: a minister speaks to journalists and to his counterpart
TALKS = ("التقى وزير الخارجية الأردني أيمن الصفدي نظيره الأمريكي جون كيري.\n"
         "وقال الصفدي لكيري إن «الحل السياسي هو الطريق الوحيد».\n"
         "وأكد الصفدي للصحفيين أن المحادثات كانت مثمرة.")
HARVEST = ("قالت نورا الحربي للمزارعين «الموسم القادم سيكون أفضل».\n"
           "وأضافت أن الأمطار كانت قليلة هذا العام.")


def _quote(doc, words: str, kind: str, speaker, addressee=None) -> Quote:
    s, e = W._find(doc.text, words)
    return Quote(s, e, words, kind, "قال", speaker.ref() if speaker else None,
                 addressee=addressee.ref() if addressee else None,
                 sentence=doc.sentence_at(s))


def _docs():
    talks = W._base(TALKS, "talks", "2024-05-04", title="الصفدي وكيري", source="testnews")
    safadi = W._entity(talks, "الصفدي", after=talks.text.index("وقال"), name="Ayman Safadi")
    safadi.actor_code, safadi.country, safadi.role = "JORGOV", "JOR", "GOV"
    kerry = W._entity(talks, "كيري", after=talks.text.index("لكيري"), name="John Kerry")
    kerry.actor_code, kerry.country, kerry.role = "USAGOV", "USA", "GOV"
    press = W._entity(talks, "للصحفيين", name="journalists")
    press.actor_code = "MED"
    talks.entities = [safadi, kerry, press]
    talks.quotes = [
        _quote(talks, "الحل السياسي هو الطريق الوحيد", "partial", safadi, kerry),
        _quote(talks, "المحادثات كانت مثمرة", "indirect", safadi, press)]
    harvest = W._base(HARVEST, "harvest", "2024-06-01", title="موسم الحصاد", source="testnews")
    noura = W._entity(harvest, "نورا الحربي", name="نورا الحربي")
    farmers = W._entity(harvest, "للمزارعين", name="farmers")  # (as coding names them)
    harvest.entities = [noura, farmers]
    harvest.quotes = [
        _quote(harvest, "الموسم القادم سيكون أفضل", "direct", noura, farmers),
        _quote(harvest, "الأمطار كانت قليلة هذا العام", "indirect", noura)]
    return [talks, harvest]


@pytest.fixture(scope="module")
def quote_store(tmp_path_factory):
    return W.store_documents(tmp_path_factory.mktemp("quotes22") / "q.db", _docs())


@pytest.fixture(scope="module")
def client(quote_store):
    from fastapi.testclient import TestClient

    from marsad.web import create_app

    with TestClient(create_app(quote_store, read_only=True)) as c:
        yield c


def _texts(res) -> list[str]:
    return sorted(r["text"] for r in res["results"])


# -- 1. quotes by kind and by addressee --------------------------------------------------------

def test_quotes_api_filters_by_kind(client):
    assert _texts(client.get("/v1/quotes", params={"kind": "indirect"}).json()) == [
        "الأمطار كانت قليلة هذا العام", "المحادثات كانت مثمرة"]
    assert _texts(client.get("/v1/quotes", params={"kind": "direct"}).json()) == [
        "الموسم القادم سيكون أفضل"]
    assert _texts(client.get("/v1/quotes", params={"kind": "partial",
                                                   "speaker": "Safadi"}).json()) == [
        "الحل السياسي هو الطريق الوحيد"]
    # an empty kind (a form's "any") is no filter; a kind of none of the three is refused
    assert client.get("/v1/quotes", params={"kind": ""}).json()["total"] == 4
    bad = client.get("/v1/quotes", params={"kind": "said"})
    assert bad.status_code == 422 and "kind" in bad.text


@pytest.mark.parametrize("addressee, expected", [
    ("USAGOV", ["الحل السياسي هو الطريق الوحيد"]),  # a code prefix
    ("USA", ["الحل السياسي هو الطريق الوحيد"]),
    ("Kerry", ["الحل السياسي هو الطريق الوحيد"]),  # words of the English name
    ("MED", ["المحادثات كانت مثمرة"]),
    ("journalists", ["المحادثات كانت مثمرة"]),
    ("farmers", ["الموسم القادم سيكون أفضل"]),
    ("المزارعين", ["الموسم القادم سيكون أفضل"]),  # Arabic, read as coding reads it: farmers
    ("Lavrov", []),
])
def test_quotes_api_filters_by_addressee(client, addressee, expected):
    assert _texts(client.get("/v1/quotes", params={"addressee": addressee}).json()) == expected


def test_quotes_page_has_kind_and_addressee_boxes_that_keep_what_was_asked(client):
    html = client.get("/quotes", params={"addressee": "Kerry", "kind": "partial"}).text
    assert 'name="addressee"' in html and 'value="Kerry"' in html
    assert '<option value="partial" selected>partial</option>' in html
    assert "1 quote(s)" in html and "الحل السياسي هو الطريق الوحيد" in html
    # the JSON link and the pager keep both filters
    link = re.search(r'href="(/v1/quotes\?[^"]*)"', html).group(1)
    assert "addressee=Kerry" in link and "kind=partial" in link
    empty = client.get("/quotes", params={"addressee": "Lavrov"}).text
    assert "No quotes match" in empty and "addressee" in empty


def test_marsad_quotes_takes_kind_and_addressee(quote_store, capsys):
    from marsad.cli import main

    assert main(["quotes", "--db", str(quote_store), "--kind", "indirect", "--addressee",
                 "MED", "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["text"] for r in rows] == ["المحادثات كانت مثمرة"]
    with pytest.raises(SystemExit):
        main(["quotes", "--db", str(quote_store), "--kind", "said"])
    capsys.readouterr()
    # a table line says whom the words were said to and their kind, what the options select
    assert main(["quotes", "--db", str(quote_store), "--addressee", "Kerry"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1] == ("talks  2024-05-04  Ayman Safadi [JORGOV] to John Kerry [USAGOV] "
                      "(partial): «الحل السياسي هو الطريق الوحيد»")


# -- 3. the search index's version follows the stemmer -----------------------------------------

def test_the_stems_of_the_probe_words_are_those_of_this_index_version():
    """Fails when the tokenizer stems a probe word otherwise and INDEX_VERSION was not raised
    (stores indexed before would not be told to run `marsad reindex`): raise it in
    marsad/store/db.py and record the fingerprint this test prints as its
    INDEX_FINGERPRINTS entry."""
    from marsad.store.db import INDEX_FINGERPRINTS, INDEX_VERSION
    from marsad.store.reindex import index_fingerprint

    assert max(INDEX_FINGERPRINTS) == INDEX_VERSION, "INDEX_FINGERPRINTS lacks this version"
    assert len(set(INDEX_FINGERPRINTS.values())) == len(INDEX_FINGERPRINTS)
    found = index_fingerprint()
    assert found == INDEX_FINGERPRINTS[INDEX_VERSION], (
        f"the search index's stems changed (fingerprint {found}): raise db.INDEX_VERSION to "
        f"{INDEX_VERSION + 1} and add {{{INDEX_VERSION + 1}: {found!r}}} to INDEX_FINGERPRINTS")


def test_the_fingerprint_changes_with_a_stem_and_reads_the_probe_words():
    """A segmenter that knows no word (so splits no pronoun: حكومتها stays whole) gives
    another fingerprint; the probe holds the words that older stemmers stemmed otherwise."""
    import marsad
    from marsad.store.reindex import INDEX_STAGES, index_fingerprint, probe_words
    from marsad.text.tokens import KnownWords, Segmenter

    words = probe_words()
    assert {"الكرة", "العلاقة", "حكومتها", "لشؤون", "إنشائه"} <= set(words)
    assert not any(w.startswith("#") for w in words)
    nlp = marsad.load(stages=INDEX_STAGES)
    stage = next(s for s in nlp.stages if s.name == "tokens")
    stage.segmenter = Segmenter(KnownWords(()))
    assert stage.segmenter.analyse("حكومتها")[1] != "حكومت"  # (what the probe's stem is)
    assert index_fingerprint(nlp=nlp) != index_fingerprint()


# -- 4. coding a store's articles again in place ----------------------------------------------

REPORTED = ("وذكرت وكالة رويترز أن الجيش اليمني هاجم مواقع الحوثيين في عدن يوم الأحد.\n"
            "وقال المتحدث إن «القتال مستمر».")
_REPORTER_CELLS = ("reported_by_name", "reported_by_code", "reported_by_text", "reporters")


def _rows(db, sql):
    import sqlite3

    con = sqlite3.connect(db)
    con.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in con.execute(sql)]
    finally:
        con.close()


def test_marsad_recode_fills_the_reporters_of_a_migrated_store_and_keeps_the_rest(
        tmp_path, capsys):
    """A store migrated to schema 8 has no reporters on its older events (blanked here, as the
    migration leaves them): `marsad recode` codes the stored text again and fills them; the
    article keeps its id, rowid, title, text and source, and the search finds it as before."""
    import sqlite3

    from _jsonl_store import jsonl_store
    from marsad.cli import main

    db = jsonl_store(tmp_path, [{"id": "yemen", "text": REPORTED, "title": "قتال في عدن",
                                 "published": "2024-03-05", "source": "testnews"}], capsys)
    coded = _rows(db, "SELECT * FROM events")
    assert [e["reported_by_name"] for e in coded] == ["Reuters"]  # (what coding gives)
    con = sqlite3.connect(db)
    with con:
        for table in ("events", "mentions"):
            con.execute(f"UPDATE {table} SET " + ", ".join(f"{c} = NULL" for c in
                                                           _REPORTER_CELLS))
    con.close()
    article = _rows(db, "SELECT rowid, article_id, title, text, source, url, origin, "
                        "published FROM articles")
    quotes = _rows(db, "SELECT * FROM quotes")
    assert main(["recode", "--db", str(db), "--no-progress"]) == 0
    report = json.loads(capsys.readouterr().err.strip().splitlines()[-1])
    assert (report["articles"], report["failed"], report["events"]) == (1, 0, 1)
    events = _rows(db, "SELECT * FROM events")
    assert events == coded  # every cell of the event as coded, the reporters again
    assert events[0]["reporters"] == "Reuters" and events[0]["reported_by_code"] == "GBRMED"
    assert [m["reported_by_name"] for m in _rows(db, "SELECT * FROM mentions")] == ["Reuters"]
    assert _rows(db, "SELECT rowid, article_id, title, text, source, url, origin, published "
                     "FROM articles") == article
    # the quotes coded again as before (Reuters' report and the spokesman's words), new rows
    assert [{**q, "id": None} for q in _rows(db, "SELECT * FROM quotes")] == [
        {**q, "id": None} for q in quotes] and len(quotes) == 2
    assert main(["search", "الحوثيين", "--db", str(db), "--format", "jsonl"]) == 0
    assert json.loads(capsys.readouterr().out)["article_id"] == "yemen"


def test_marsad_recode_goes_on_after_a_rowid_and_names_a_missing_store(tmp_path, capsys):
    from _jsonl_store import jsonl_store
    from marsad.cli import main

    db = jsonl_store(tmp_path, [{"id": "yemen", "text": REPORTED, "published": "2024-03-05"}],
                     capsys)
    assert main(["recode", "--db", str(db), "--after", "1", "--no-progress"]) == 0
    report = json.loads(capsys.readouterr().err.strip().splitlines()[-1])
    assert (report["articles"], report["events_before"], report["events"]) == (0, 1, 1)
    assert main(["recode", "--db", str(tmp_path / "none.db")]) != 0
    err = capsys.readouterr().err
    assert "none.db does not exist" in err
    assert not (tmp_path / "none.db").exists()


# -- 2. the English-name actor filter reads an index -------------------------------------------


@pytest.mark.parametrize("listing", ["events", "quotes", "articles", "entities"])
def test_the_english_name_filter_reads_the_names_index_not_every_row(quote_store, listing):
    """Words of an English name are looked for in the store's names (a trigram index), and the
    rows of the names found are read through the name columns' indexes: no listing reads
    every row of its table (`SCAN ev`, `SCAN q`...) for them."""
    from marsad.store import query as Q

    f = Q.Filters(actor="Safadi", speaker="Safadi", addressee="Kerry")
    where_fn, table, alias = {
        "events": (Q.event_where, "events ev", "ev"),
        "quotes": (Q.quote_where, "quotes q", "q"),
        "articles": (Q.article_where, "articles a", "a"),
        "entities": (Q.entity_where, "entities e", "e"),
    }[listing]
    plan = _plan(quote_store, where_fn, f, table)
    assert "actor_names_fts" in plan
    assert not re.search(rf"\bSCAN {alias}\b", plan), plan


def test_names_stored_later_and_names_of_a_migrated_store_are_found(tmp_path):
    """The names index is made from a store's rows by the migration to schema 9 and kept by
    every row stored later; what the filter finds is what it found by reading the rows: a word
    anywhere in a name, in any case, all words in one name; a short word and a word with a
    LIKE sign too."""
    from _old_store import old_store

    from marsad.store import connect
    from marsad.store import query as Q

    db = tmp_path / "old.db"
    old = old_store(db, 8)
    old.execute("INSERT INTO events (event_id, actor1_name, actor2_name, first_day, last_day) "
                "VALUES ('e1', 'Ayman Safadi', 'John Kerry', '2024-01-01', '2024-01-01')")
    old.execute("INSERT INTO quotes (article_id, text, speaker_name, addressee_name) "
                "VALUES ('a', 'نص', 'John Kerry', 'UN_100% team')")
    old.commit()
    old.close()
    con = connect(db)
    assert {r[0] for r in con.execute("SELECT name FROM actor_names")} == {
        "Ayman Safadi", "John Kerry", "UN_100% team"}
    with con:  # (a row stored after the migration: its names join the index)
        con.execute("INSERT INTO events (event_id, actor1_name, first_day, last_day) "
                    "VALUES ('e2', 'Jordan foreign ministry', '2024-01-02', '2024-01-02')")

    def ids(value):
        return sorted(r["event_id"] for r in Q.events(con, Q.Filters(actor=value))["results"])

    assert ids("safadi") == ["e1"] and ids("john KERRY") == ["e1"] and ids("jo") == ["e1", "e2"]
    assert ids("foreign ministry jordan") == ["e2"] and ids("Kerry Safadi") == []
    assert ids("ministry of foreign") == ["e2"]  # (fillers dropped as before)
    # a word of one or two letters beside longer ones (SQLite 3.40's trigram index crashed on
    # such a LIKE beside another: `al athad`), and two short ones (John Kerry; Jordan …
    # ministry)
    assert ids("jo foreign") == ["e2"] and ids("jo kerry") == ["e1"]
    assert ids("jo ry") == ["e1", "e2"]
    assert ids("jo ayman") == []  # (every word in one name: Ayman Safadi has no jo)
    speaker = Q.quotes(con, Q.Filters(speaker="kerry"))["results"]
    assert [r["speaker_name"] for r in speaker] == ["John Kerry"]
    assert Q.quotes(con, Q.Filters(addressee="100%"))["total"] == 1
    assert Q.quotes(con, Q.Filters(addressee="un_1"))["total"] == 1
    assert Q.quotes(con, Q.Filters(addressee="un1"))["total"] == 0
    con.close()


# -- 5. what a new analyst met ----------------------------------------------------------------

def test_a_value_of_a_few_choices_is_refused_with_the_choices_not_a_pattern(client):
    """`kind=said` and `place_type=town` were told `does not match ^(direct|partial|
    indirect)?$`: a regular expression; now the values they take."""
    msg = client.get("/v1/quotes", params={"kind": "said"}).json()["error"]["message"]
    assert "direct, partial, indirect" in msg and "^(" not in msg
    msg = client.get("/v1/events", params={"place_type": "town"}).json()["error"]["message"]
    assert "country, region, city" in msg and "^(" not in msg
    msg = client.get("/v1/events", params={"type": "ASSAULT1"}).json()["error"]["message"]
    assert "is not a PLOVER event type" in msg and "^(" not in msg
    page = client.get("/quotes", params={"kind": "said"}).text
    assert "choose direct, partial, indirect" in page


def test_a_quote_row_of_the_quotes_page_says_whom_it_was_said_to(client):
    html = client.get("/quotes", params={"speaker": "Safadi", "kind": "partial"}).text
    assert ('<span class="addressee">to <a href="/actors/USAGOV">John Kerry [USAGOV]</a></span>'
            in html)
    home = client.get("/").text
    assert "by speaker, addressee, kind, words and dates" in home


def test_the_names_index_stays_whole_through_ingest_and_recode(tmp_path, capsys):
    """Ingest writes events with INSERT OR REPLACE (`refresh_events`), which SQLite passes on
    to the statements of a trigger: an INSERT OR IGNORE of a name there became a REPLACE that
    gave a stored name a new id, and its trigrams then pointed at no row (`database disk image
    is malformed` at the next filter by that name, found by running the commands on real news).
    The index is checked whole against its names after an ingest and a recode."""
    import sqlite3

    from _jsonl_store import jsonl_store
    from marsad.cli import main

    db = jsonl_store(tmp_path, [
        {"id": "yemen", "text": REPORTED, "published": "2024-03-05"},
        {"id": "again", "text": "هاجم الجيش اليمني مواقع الحوثيين في صنعاء أمس.",
         "published": "2024-03-06"}], capsys)

    def check():
        con = sqlite3.connect(db)
        try:
            con.execute("INSERT INTO actor_names_fts (actor_names_fts, rank) "
                        "VALUES ('integrity-check', 1)")
            return con.execute("SELECT count(*), max(id) FROM actor_names").fetchone()
        finally:
            con.close()

    n, top = check()
    assert n == top  # (no name stored twice nor given a new id)
    assert main(["events", "--db", str(db), "--actor", "Houthis", "--format", "jsonl"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2
    assert main(["recode", "--db", str(db), "--no-progress"]) == 0
    capsys.readouterr()
    assert check() == (n, top)
    assert main(["quotes", "--db", str(db), "--speaker", "Reuters", "--format", "jsonl"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1


@pytest.mark.slow
def test_the_quotes_kind_and_addressee_in_a_browser(quote_store):
    """/quotes in headless Chromium: the Kind drop-down and the Said-to box select the quote,
    whose row names whom it was said to; the form, two boxes longer, still fits a phone."""
    if not W.CHROMIUM.exists():
        pytest.skip("Debian chromium is not installed (/usr/bin/chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with W.served(quote_store) as base, sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(W.CHROMIUM), args=W.CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1100, "height": 760})
        page.set_default_timeout(120_000)
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto(base + "/quotes")
        assert page.locator("ol.quotes-found > li").count() == 4
        page.select_option("select[name=kind]", "partial")
        page.fill("input[name=addressee]", "Kerry")
        page.locator("form.filters button").click()
        items = page.locator("ol.quotes-found > li")
        assert items.count() == 1
        assert "kind=partial" in page.url and "addressee=Kerry" in page.url
        assert items.first.locator(".addressee a").inner_text() == "John Kerry [USAGOV]"
        assert page.locator("select[name=kind]").input_value() == "partial"
        phone = browser.new_page(viewport={"width": 390, "height": 800})
        phone.goto(base + "/quotes?kind=indirect")
        assert phone.locator("ol.quotes-found > li").count() == 2
        width = phone.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"the quotes page is {width} px wide on a 390 px screen"
        browser.close()
        assert not errors
