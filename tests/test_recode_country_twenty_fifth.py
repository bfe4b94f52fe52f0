"""`marsad recode --country` (twenty-fifth session, h11): the run's publication country is the
default of the stored articles that have none of their own (`articles.country` empty), as
ingest's `--country` is for the records that give none and for the undated copies it codes
again; an article stored with a country keeps it. The value is read as every `--country` is
(a code, an alias, an English or Arabic name; a value that names no country is refused). The
sentences are our own: local stories that name no place."""

from __future__ import annotations

import json
import sqlite3

import pytest
from _cli import run_cli as _cli

# an arrest (CAMEO 173) and a protest that name no place
ARREST = "اعتقلت الشرطة أربعة شبان صباح أمس.\n"
PROTEST = "تظاهر مئات المعلمين أمام مبنى الوزارة صباح اليوم.\n"
HOME = "publication_country"


def _store(tmp_path):
    """A store of two articles: one published in Kuwait (its record says so), one of no
    country (no record field, no run country)."""
    src = tmp_path / "news.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in (
        {"id": "kw1", "text": ARREST, "published": "2016-04-02", "country": "KWT"},
        {"id": "no1", "text": PROTEST, "published": "2016-04-03"})), encoding="utf-8")
    db = tmp_path / "news.db"
    status, _, err = _cli("ingest", src, "--db", db, "--no-progress")
    assert status == 0, err
    return db


def _rows(db):
    con = sqlite3.connect(db)
    countries = dict(con.execute("SELECT article_id, country FROM articles"))
    places = {}
    for aid, country, source in con.execute(
            "SELECT article_id, ev_location_country, ev_location_source FROM mentions"):
        places.setdefault(aid, set()).add((country, source))
    con.close()
    return countries, places


def test_recode_country_fills_the_articles_of_none_and_keeps_the_others(tmp_path):
    db = _store(tmp_path)
    countries, places = _rows(db)
    assert countries == {"kw1": "KWT", "no1": None}  # (before: the protest has no place)
    assert places["no1"] == {(None, None)}
    status, _, err = _cli("recode", "--db", db, "--no-progress", "--country", "السعودية")
    assert status == 0, err
    countries, places = _rows(db)
    assert countries == {"kw1": "KWT", "no1": "SAU"}  # (an Arabic name, stored as ISO3)
    assert places == {"kw1": {("KWT", HOME)}, "no1": {("SAU", HOME)}}
    # the events table follows its mentions
    con = sqlite3.connect(db)
    assert {r[0] for r in con.execute("SELECT location_country FROM events")} == {"KWT", "SAU"}
    con.close()


def test_recode_country_an_alias_and_a_stored_country_kept_on_a_second_run(tmp_path):
    db = _store(tmp_path)
    assert _cli("recode", "--db", db, "--no-progress", "--country", "ksa")[0] == 0
    # a later run with another country: both now have one of their own, and keep it
    assert _cli("recode", "--db", db, "--no-progress", "--country", "QAT")[0] == 0
    countries, places = _rows(db)
    assert countries == {"kw1": "KWT", "no1": "SAU"}
    assert places["no1"] == {("SAU", HOME)}


def test_recode_refuses_a_value_that_names_no_country(tmp_path):
    db = _store(tmp_path)
    status, _, err = _cli("recode", "--db", db, "--no-progress", "--country", "Saudia Arabia")
    assert status == 2
    assert "--country" in err and "Saudia Arabia" in err and "SAU" in err
    assert _rows(db)[0] == {"kw1": "KWT", "no1": None}  # (nothing recoded)


def test_the_library_recode_reads_its_country_and_refuses_a_bad_one(tmp_path):
    from marsad.errors import InputError
    from marsad.store.recode import recode

    db = _store(tmp_path)
    with pytest.raises(InputError) as exc:
        recode(db, country="Atlantis")
    assert "Atlantis" in str(exc.value)
    report = recode(db, country="sa")  # (an alpha-2 code)
    assert report["articles"] == 2 and report["failed"] == 0
    assert _rows(db)[0] == {"kw1": "KWT", "no1": "SAU"}


def test_recode_help_says_what_country_is_for():
    status, out, _ = _cli("recode", "--help")
    assert status == 0
    assert "--country" in out and "stored articles that have none" in " ".join(out.split())
