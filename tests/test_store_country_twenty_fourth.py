"""The store keeps an article's publication country (twenty-fourth session, schema 11): the
`country` a record gives (or the run's `--country` for one that gives none) is stored with the
article (`articles.country`), so that an article coded again (`marsad recode`, an undated copy
dated by a later one) keeps the place of last resort of its events (location source
`publication_country`) and does not fall back to its outlet's country or to none; a store of
schema 10 migrates in place with its rows kept; the articles' export, search results and the
stored article's JSON give it. The sentences are our own."""

from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest
from _cli import run_cli as _cli

DAY = "2016-03-10"
# local stories that name no place: an arrest and a protest
ARREST = "اعتقلت الشرطة خمسة شبان مساء أمس.\n"
PROTEST = "تظاهر عشرات العمال أمام مقر الشركة أمس.\n"
HOME = "publication_country"


def _write(path, *records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    return path


def _places(db) -> dict[str, tuple]:
    """article id -> the (country, source) of the places of its event mentions (each as its
    article coded it: two articles' arrests of the same day are one event row)"""
    con = sqlite3.connect(db)
    rows = con.execute("SELECT article_id, ev_location_country, ev_location_source "
                       "FROM mentions ORDER BY article_id, id").fetchall()
    con.close()
    out: dict[str, list] = {}
    for aid, country, source in rows:
        out.setdefault(aid, []).append((country, source))
    return {k: tuple(v) for k, v in out.items()}


def _countries(db) -> dict[str, str | None]:
    con = sqlite3.connect(db)
    got = dict(con.execute("SELECT article_id, country FROM articles").fetchall())
    con.close()
    return got


def test_ingest_stores_the_country_and_recode_keeps_the_place(tmp_path):
    db = tmp_path / "news.db"
    src = _write(tmp_path / "in.jsonl",
                 {"id": "own", "text": ARREST, "published": DAY, "country": "KWT"},
                 # its own field before its outlet's (okaz: Saudi)
                 {"id": "outlet", "text": PROTEST, "published": DAY, "country": "kwt",
                  "source": "okaz"},
                 {"id": "run", "text": "داهمت قوات الأمن مزرعة واعتقلت عشرة أشخاص أمس.\n",
                  "published": DAY},
                 {"id": "word", "text": "اعتقلت الشرطة ستة لصوص مساء أمس.\n",
                  "published": DAY, "country": "Kuwait"})  # (a name: its own, since the
    # twenty-fifth session)
    status, _, err = _cli("ingest", src, "--db", db, "--country", "BHR", "--no-progress")
    assert status == 0, err
    assert _countries(db) == {"own": "KWT", "outlet": "KWT", "run": "BHR", "word": "KWT"}
    placed = {"own": (("KWT", HOME),), "outlet": (("KWT", HOME),), "run": (("BHR", HOME),),
              "word": (("KWT", HOME),)}
    assert _places(db) == placed
    status, out, err = _cli("recode", "--db", db, "--no-progress")
    assert status == 0, err
    # coded again from the store: each keeps its country (not none, not okaz's SAU)
    assert _places(db) == placed
    assert _countries(db) == {"own": "KWT", "outlet": "KWT", "run": "BHR", "word": "KWT"}


def test_an_undated_article_dated_by_a_later_copy_keeps_its_own_country(tmp_path):
    db = tmp_path / "news.db"
    first = _write(tmp_path / "first.jsonl", {"id": "a", "text": ARREST, "country": "KWT"},
                   {"id": "b", "text": PROTEST})
    status, _, err = _cli("ingest", first, "--db", db, "--country", "QAT", "--no-progress")
    assert status == 0, err
    assert _countries(db) == {"a": "KWT", "b": "QAT"}
    # the dated copies come in another run, with another run country and a field of their own
    later = _write(tmp_path / "later.jsonl",
                   {"id": "a2", "text": ARREST, "published": DAY, "country": "OMN"},
                   {"id": "b2", "text": PROTEST, "published": DAY})
    status, _, err = _cli("ingest", later, "--db", db, "--country", "BHR", "--no-progress")
    assert status == 0, err
    con = sqlite3.connect(db)
    dates = dict(con.execute("SELECT article_id, published FROM articles").fetchall())
    con.close()
    assert dates == {"a": DAY, "b": DAY}  # (both dated and coded again)
    # the first copy is kept, with its country: the place is the stored one's
    assert _countries(db) == {"a": "KWT", "b": "QAT"}
    assert _places(db) == {"a": (("KWT", HOME),), "b": (("QAT", HOME),)}


def test_a_store_of_schema_10_migrates_in_place_and_keeps_its_rows(tmp_path):
    from _old_store import old_store

    from marsad.store import SCHEMA_VERSION, connect

    db = tmp_path / "old.db"
    old = old_store(db, 10)
    old.execute("INSERT INTO articles (article_id, content_hash, published, title, source, "
                "url, n_events, text, doc_json, origin) VALUES ('o', 'h', ?, 'عنوان', 'okaz', "
                "'https://example.org/1', 1, ?, x'00', 'in.jsonl:1')", (DAY, ARREST))
    old.execute("INSERT INTO events (event_id, date, event_code, location_country, "
                "location_source) VALUES ('e', ?, '173', 'SAU', ?)", (DAY, HOME))
    old.commit()
    before = [tuple(r) for r in old.execute("SELECT * FROM articles")]
    events = [tuple(r) for r in old.execute("SELECT * FROM events")]
    old.close()
    con = connect(db)
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 11
    cols = [r[1] for r in con.execute("PRAGMA table_info(articles)")]
    assert cols[-1] == "country"
    # every old cell as it was, the new one empty
    assert [tuple(r) for r in con.execute("SELECT * FROM articles")] == \
        [(*row, None) for row in before]
    assert [tuple(r) for r in con.execute("SELECT * FROM events")] == events
    # an article stored now keeps its country in the migrated store
    from marsad.store.ingest import code_item, refresh_events, write_result

    import marsad

    res = code_item({"text": PROTEST, "published": DAY, "article_id": "n", "origin": "t",
                     "country": "KWT"}, nlp=marsad.load())
    with con:
        refresh_events(con, write_result(con, res))
    assert dict(con.execute("SELECT article_id, country FROM articles").fetchall()) == \
        {"o": None, "n": "KWT"}
    con.close()


def test_the_country_is_exported_and_given_with_the_article(tmp_path):
    from marsad.store import connect
    from marsad.store.query import article, search

    db = tmp_path / "news.db"
    src = _write(tmp_path / "in.jsonl",
                 {"id": "own", "text": ARREST, "published": DAY, "country": "KWT",
                  "source": "okaz"},
                 {"id": "none", "text": PROTEST, "published": DAY})
    status, _, err = _cli("ingest", src, "--db", db, "--no-progress")
    assert status == 0, err
    status, out, err = _cli("export", "--db", db, "--what", "articles", "--format", "csv")
    assert status == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    header = list(rows[0])
    assert header.index("country") == header.index("url") + 1
    # the article's own field; none for one that gave none (its outlet's is not copied)
    assert {r["article_id"]: r["country"] for r in rows} == {"own": "KWT", "none": ""}
    status, out, err = _cli("export", "--db", db, "--what", "articles", "--format", "jsonl")
    assert {d["article_id"]: d["country"] for d in map(json.loads, out.splitlines())} == \
        {"own": "KWT", "none": None}
    pq = tmp_path / "articles.parquet"
    status, _, err = _cli("export", "--db", db, "--what", "articles", "-o", pq)
    assert status == 0, err
    pyarrow = pytest.importorskip("pyarrow.parquet")
    table = pyarrow.read_table(pq)
    assert str(table.schema.field("country").type) == "string"
    assert dict(zip(table.column("article_id").to_pylist(),
                    table.column("country").to_pylist())) == {"own": "KWT", "none": None}
    con = connect(db, read_only=True)
    try:
        assert article(con, "own")["meta"]["country"] == "KWT"
        assert article(con, "none")["meta"].get("country") is None
        hits = search(con, "")["results"]
        assert {h["article_id"]: h["country"] for h in hits} == {"own": "KWT", "none": None}
    finally:
        con.close()


def test_the_articles_frame_has_the_country(nlp):
    from marsad.tables import ARTICLE_COLUMNS, article_row

    assert "country" in ARTICLE_COLUMNS
    assert article_row(nlp(ARREST, published=DAY, country="kwt"))["country"] == "KWT"
    assert article_row(nlp(ARREST, published=DAY, country="Kuwait"))["country"] == "KWT"
    assert article_row(nlp(ARREST, published=DAY, source="okaz"))["country"] is None
