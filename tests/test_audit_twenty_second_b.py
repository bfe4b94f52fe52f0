"""A user's audit, tenth round (twenty-second session): a path that does not exist is said at
once, before any store, output file or progress bar is made; `marsad recode` leaves the search
index of the articles' words consistent (written anew when the whole store is recoded, or its
output says that `marsad reindex` is needed). The sentences are written for these tests."""

from __future__ import annotations

import json
import sqlite3
import time

import pytest
from _web_store import query_plan as _plan  # noqa: E402

BALL = ("وسدد اللاعب الكرة نحو المرمى في مباراة أمس بالرياض. "
        "وقال المدرب إن الفريق لعب جيدا.")
OTHER = "وافتتح الوزير مدرسة جديدة في جدة أمس."


# -- 2. a path that does not exist --------------------------------------------------------------
@pytest.mark.parametrize("argv", [
    ["ingest", "{missing}", "--db", "{tmp}/s.db"],
    ["convert", "{missing}", "-o", "{tmp}/out.jsonl"],
    ["code", "{missing}"],
])
def test_a_missing_path_is_said_at_once_and_nothing_is_made(tmp_path, capsys, argv):
    """`marsad ingest nowhere.jsonl` opened the store, showed a progress bar for about 5 s and
    then rejected the path (exit status 3, the store and its rejects log made); `convert` made
    an empty output file."""
    from marsad.cli import main

    missing = tmp_path / "nowhere.jsonl"
    args = [a.format(missing=missing, tmp=tmp_path) for a in argv]
    t0 = time.perf_counter()
    rc = main(args)
    err = capsys.readouterr().err
    assert rc == 1
    assert f"marsad: error: {missing}: does not exist; check the path" in err
    assert "nothing was read" in err
    assert time.perf_counter() - t0 < 2.0  # (no model loaded, no worker started)
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # no store, log nor output


def test_one_missing_path_among_good_ones_stops_before_anything_is_stored(tmp_path, capsys,
                                                                          monkeypatch):
    from marsad.cli import main

    good = tmp_path / "a.txt"
    good.write_text(OTHER, encoding="utf-8")
    missing = [tmp_path / "b.txt", tmp_path / "c.txt"]
    rc = main(["ingest", str(good), *map(str, missing), "--db", str(tmp_path / "s.db"),
               "--no-progress"])
    err = capsys.readouterr().err
    assert rc == 1
    assert f"{missing[0]}, {missing[1]}: do not exist; check the path" in err
    assert not (tmp_path / "s.db").exists()
    # '-' (stdin) is no missing path
    import io

    line = json.dumps({"id": "x", "text": OTHER, "published": "2024-03-05"},
                      ensure_ascii=False) + "\n"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(line.encode("utf-8"))))
    assert main(["convert", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["id"] == "x"


# -- 3. `marsad recode` and the search index ------------------------------------------------------
def _stale_index(db) -> None:
    """The index as an older marsad built it: the words with their article and clitics (الكره,
    as stores indexed before the twentieth session held), the index version 0."""
    from marsad.text.normalize import fold

    con = sqlite3.connect(db)
    with con:
        rows = con.execute("SELECT rowid, title, text FROM articles").fetchall()
        con.execute("INSERT INTO articles_fts (articles_fts) VALUES ('delete-all')")
        for rowid, title, text in rows:
            body = fold((title or "") + "\n" + text)
            con.execute("INSERT INTO articles_fts (rowid, body, stems) VALUES (?, ?, ?)",
                        (rowid, body, body))
        con.execute("UPDATE store_info SET value = '0' WHERE key = 'index_version'")
    con.close()


def _found(db, word, capsys) -> list[str]:
    from marsad.cli import main

    main(["search", word, "--db", str(db), "--format", "jsonl"])
    return [json.loads(x)["article_id"] for x in capsys.readouterr().out.splitlines()]


def _fts_whole(db) -> None:
    con = sqlite3.connect(db)
    try:  # (a contentless index: the check of its own structure)
        con.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
    finally:
        con.close()


def test_recoding_the_whole_store_writes_the_search_index_anew(tmp_path, capsys):
    from _jsonl_store import jsonl_store
    from marsad.cli import main
    from marsad.store.db import INDEX_VERSION

    db = jsonl_store(tmp_path, [{"id": "ball", "text": BALL, "published": "2024-03-05"},
                                {"id": "school", "text": OTHER, "published": "2024-03-05"}],
                     capsys)
    assert _found(db, "كرة", capsys) == ["ball"]  # (as this marsad indexes it)
    _stale_index(db)
    assert _found(db, "كرة", capsys) == []  # the older stems: not found
    assert main(["recode", "--db", str(db), "--no-progress"]) == 0
    err = capsys.readouterr().err
    report = json.loads(err.strip().splitlines()[-1])
    assert report["index_rebuilt"] is True and report["reindex_needed"] is False
    assert "written anew" in err and "marsad reindex" not in err
    assert _found(db, "كرة", capsys) == ["ball"]
    assert _found(db, "مدرسة", capsys) == ["school"]
    _fts_whole(db)
    con = sqlite3.connect(db)
    assert con.execute("SELECT value FROM store_info WHERE key = 'index_version'"
                       ).fetchone()[0] == str(INDEX_VERSION)
    con.close()


def test_recoding_a_part_of_a_store_with_an_older_index_says_to_reindex(tmp_path, capsys):
    from _jsonl_store import jsonl_store
    from marsad.cli import main

    db = jsonl_store(tmp_path, [{"id": "ball", "text": BALL, "published": "2024-03-05"},
                                {"id": "school", "text": OTHER, "published": "2024-03-05"}],
                     capsys)
    _stale_index(db)
    assert main(["recode", "--db", str(db), "--limit", "1", "--no-progress"]) == 0
    err = capsys.readouterr().err
    report = json.loads(err.strip().splitlines()[-1])
    assert report["articles"] == 1
    assert report["index_rebuilt"] is False and report["reindex_needed"] is True
    assert f"`marsad reindex --db {db}`" in err
    _fts_whole(db)  # (the old rows kept whole)
    assert main(["reindex", "--db", str(db), "--no-progress"]) == 0
    capsys.readouterr()
    assert _found(db, "كرة", capsys) == ["ball"]


def test_recoding_a_part_of_a_current_store_says_nothing_of_the_index(tmp_path, capsys):
    from _jsonl_store import jsonl_store
    from marsad.cli import main

    db = jsonl_store(tmp_path, [{"id": "ball", "text": BALL, "published": "2024-03-05"},
                                {"id": "school", "text": OTHER, "published": "2024-03-05"}],
                     capsys)
    assert main(["recode", "--db", str(db), "--after", "1", "--no-progress"]) == 0
    err = capsys.readouterr().err
    report = json.loads(err.strip().splitlines()[-1])
    assert (report["articles"], report["index_rebuilt"], report["reindex_needed"]) == (
        1, False, False)
    assert "marsad reindex" not in err
    assert _found(db, "كرة", capsys) == ["ball"]
    _fts_whole(db)


def test_recode_help_says_what_it_does_to_the_search_index(capsys):
    from marsad.cli import main

    with pytest.raises(SystemExit):
        main(["recode", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "written anew" in out and "marsad reindex" in out


# -- 1. the place filter's English names read the names index ---------------------------------------
ADEN = ("هاجم الجيش اليمني مواقع الحوثيين في عدن أمس.\n"
        "وتظاهر مئات الطلاب أمام السفارة في صنعاء أمس.")


def test_the_place_filter_reads_the_names_index_not_every_row(tmp_path, capsys):
    """`--place Aden` was `lower(location_name) LIKE '%aden%'` on every event (and every
    mention, for the search): the words of a place's name are now looked for in the names
    index, and the rows of the names found read through the place columns' indexes."""
    import re

    from _jsonl_store import jsonl_store
    from marsad.cli import main
    from marsad.store import query as Q

    db = jsonl_store(tmp_path, [{"id": "aden", "text": ADEN, "published": "2024-03-05"}],
                     capsys)
    assert main(["events", "--db", str(db), "--place", "aden", "--format", "jsonl"]) == 0
    found = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [e["location_name"] for e in found] == ["Aden"]
    assert main(["search", "الجيش", "--db", str(db), "--place", "Sanaa", "--format",
                 "jsonl"]) == 0
    assert [json.loads(x)["article_id"] for x in capsys.readouterr().out.splitlines()] == [
        "aden"]
    for where_fn, table, alias in ((Q.event_where, "events ev", "ev"),
                                   (Q.article_where, "articles a", "m")):
        plan = _plan(db, where_fn, Q.Filters(place="Aden"), table)
        assert "actor_names_fts" in plan, plan
        assert not re.search(rf"\bSCAN {alias}\b", plan), plan


def test_place_names_of_a_migrated_store_and_stored_later_are_found(tmp_path):
    """The migration to schema 10 puts the stored events' and mentions' place names in the
    names index, and the rows stored after it add theirs; what the filter finds is what reading
    every row found: a word anywhere in the name, in lower case, a short word, a country code (upper case)."""
    from _old_store import old_store

    from marsad.store import connect
    from marsad.store import query as Q

    db = tmp_path / "old.db"
    old = old_store(db, 9)
    old.execute("INSERT INTO events (event_id, location_name, location_country, first_day, "
                "last_day) VALUES ('e1', 'Aden', 'YEM', '2024-01-01', '2024-01-01')")
    old.execute("INSERT INTO mentions (article_id, event_id, ev_location_name, "
                "ev_location_country) VALUES ('a', 'e1', 'Aden Governorate', 'YEM')")
    old.commit()
    old.close()
    con = connect(db)
    assert {"Aden", "Aden Governorate"} <= {r[0] for r in con.execute(
        "SELECT name FROM actor_names")}
    with con:  # (rows stored after the migration: their place names join the index)
        con.execute("INSERT INTO events (event_id, location_name, location_country, "
                    "first_day, last_day) VALUES ('e2', 'Al Mukalla', 'YEM', '2024-01-02', "
                    "'2024-01-02')")
        con.execute("INSERT INTO mentions (article_id, event_id, ev_location_name) "
                    "VALUES ('b', 'e2', 'Mukalla port')")
    assert {"Al Mukalla", "Mukalla port"} <= {r[0] for r in con.execute(
        "SELECT name FROM actor_names")}

    def ids(value):
        return sorted(r["event_id"] for r in Q.events(con, Q.Filters(place=value))["results"])

    assert ids("aden") == ["e1"] and ids("mukalla") == ["e2"] and ids("al mukalla") == ["e2"]
    assert ids("YEM") == ["e1", "e2"] and ids("mukalla aden") == [] and ids("la") == ["e2"]
    con.execute("INSERT INTO actor_names_fts (actor_names_fts, rank) "
                "VALUES ('integrity-check', 1)")
    con.close()
