"""The corpus store with real subprocesses: ingest, resume after SIGKILL, encodings, bad input,
duplicates, search, export."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAUDI = ROOT.parent / "shared" / "data" / "saudinewsnet"
pytestmark = pytest.mark.slow

# Short articles written for these tests.
ARTICLES = [
    "أعلنت الأمم المتحدة أمس أنها سترسل مساعدات إنسانية إلى اليمن خلال الأسبوع المقبل.",
    "وقال وزير الخارجية المصري إن بلاده ترحب بالاتفاق الذي تم توقيعه في القاهرة.",
    "تظاهر مئات الطلاب أمام مبنى البرلمان في بغداد احتجاجاً على ارتفاع الأسعار.",
    "التقى الرئيس الفرنسي نظيره اللبناني في باريس وبحثا العلاقات الثنائية.",
]


def marsad(*args, timeout=600, **kw):
    return subprocess.run([sys.executable, "-m", "marsad", *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=timeout, **kw)


def stats(db) -> dict:
    r = marsad("stats", "--db", str(db), "--format", "json")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_ingest_txt_jsonl_json_zip_and_html(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLES[0], encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps(
        {"id": "b1", "text": ARTICLES[1], "published": "2020-02-03", "source": "test"},
        ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp_path / "c.json").write_text(json.dumps(
        [{"title": "عنوان", "content": ARTICLES[2], "date_extracted": "2015-07-21 02:51:32",
          "url": "http://example.invalid/c", "source": "paper"}], ensure_ascii=False),
        encoding="utf-8")
    with zipfile.ZipFile(tmp_path / "d.zip", "w") as zf:
        zf.writestr("day.json", json.dumps([{"content": ARTICLES[3], "source": "z"}],
                                           ensure_ascii=False))
    html = ("<html><head><title>خبر</title></head><body><article><h1>خبر عاجل</h1><p>"
            + " ".join([ARTICLES[0].replace("اليمن", "السودان")] * 3)
            + "</p></article></body></html>")
    (tmp_path / "e.html").write_text(html, encoding="utf-8")
    db = tmp_path / "s.db"
    r = marsad("ingest", str(tmp_path), "--db", str(db), "--no-progress")
    assert r.returncode == 0, r.stderr
    assert stats(db)["articles"] == 5
    con = sqlite3.connect(db)
    row = con.execute("SELECT published, source, url, title FROM articles WHERE url IS NOT NULL"
                      ).fetchone()
    assert row == ("2015-07-21", "paper", "http://example.invalid/c", "عنوان")
    assert con.execute("SELECT published FROM articles WHERE article_id='b1'").fetchone() == (
        "2020-02-03",)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("PRAGMA user_version").fetchone()[0] >= 1


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1256", "iso8859_6"])
def test_each_encoding_is_detected(tmp_path, encoding):
    text = ARTICLES[1] if encoding != "iso8859_6" else ARTICLES[1].replace("إ", "ا")
    (tmp_path / "x.txt").write_bytes(text.encode(encoding))
    db = tmp_path / "s.db"
    r = marsad("ingest", str(tmp_path / "x.txt"), "--db", str(db), "--no-progress")
    assert r.returncode == 0, r.stderr
    con = sqlite3.connect(db)
    assert con.execute("SELECT text FROM articles").fetchone()[0] == text


def test_bad_items_are_rejected_with_file_line_and_reason(tmp_path):
    good = json.dumps({"id": "g", "text": ARTICLES[0]}, ensure_ascii=False)
    (tmp_path / "in.jsonl").write_text(
        "\n".join([good, "{broken", json.dumps({"id": "e", "text": ""}), json.dumps([1, 2])])
        + "\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "bad.json").write_text("[{", encoding="utf-8")
    db = tmp_path / "s.db"
    rejects = tmp_path / "rejects.jsonl"
    r = marsad("ingest", str(tmp_path), "--db", str(db), "--rejects", str(rejects),
               "--no-progress")
    assert r.returncode == 3, r.stderr  # finished, with rejects
    assert stats(db)["articles"] == 1
    recs = [json.loads(x) for x in rejects.read_text(encoding="utf-8").splitlines()]
    got = sorted((Path(x["origin"]).name, x["line"], x["reason"]) for x in recs)
    assert got == sorted([
        ("bad.json", None, "malformed_json"), ("bin.txt", None, "binary"),
        ("empty.txt", None, "empty"), ("in.jsonl", 2, "malformed_json"),
        ("in.jsonl", 3, "empty"), ("in.jsonl", 4, "malformed_json")])
    assert stats(db)["rejected"] == 6


def test_a_50_mb_file(tmp_path):
    # One 50 MB text file is too large for an article: rejected at once, clearly.
    big = tmp_path / "big.txt"
    line = (ARTICLES[0] + "\n").encode("utf-8")
    with big.open("wb") as fh:
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            fh.write(line)
    # A 50 MB JSON Lines file of repeated articles streams through: each distinct text once.
    jl = tmp_path / "big.jsonl"
    recs = [(json.dumps({"text": t}, ensure_ascii=False) + "\n").encode() for t in ARTICLES]
    with jl.open("wb") as fh:
        written = 0
        i = 0
        while written < 50 * 1024 * 1024:
            fh.write(recs[i % len(recs)])
            written += len(recs[i % len(recs)])
            i += 1
    assert big.stat().st_size >= 50 * 1024 * 1024 and jl.stat().st_size >= 50 * 1024 * 1024
    db = tmp_path / "s.db"
    t0 = time.time()
    r = marsad("ingest", str(big), str(jl), "--db", str(db), "--no-progress")
    assert r.returncode == 3, r.stderr
    assert "too large" in r.stderr
    s = stats(db)
    assert s["articles"] == len(ARTICLES) and s["rejected"] == 1
    report = json.loads([x for x in r.stderr.splitlines() if x.startswith("{")][0])
    assert report["duplicates"] == i - len(ARTICLES)
    assert time.time() - t0 < 300


def test_duplicates_and_rerun_are_idempotent(tmp_path):
    lines = [json.dumps({"id": f"x{i}", "text": ARTICLES[i % 2]}, ensure_ascii=False)
             for i in range(6)]
    (tmp_path / "d.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "s.db"
    assert marsad("ingest", str(tmp_path / "d.jsonl"), "--db", str(db),
                  "--no-progress").returncode == 0
    first = stats(db)
    assert first["articles"] == 2
    r = marsad("ingest", str(tmp_path / "d.jsonl"), "--db", str(db), "--no-progress")
    assert r.returncode == 0
    assert stats(db) == first


def _saudi_sample(tmp_path, n) -> Path:
    if not SAUDI.exists():
        pytest.skip("../shared/data/saudinewsnet is not beside the project")
    with zipfile.ZipFile(SAUDI / "2015-07-22.zip") as zf:
        data = json.loads(zf.read(zf.namelist()[0]))
    path = tmp_path / "sample.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for rec in data[:n]:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


def test_resume_after_sigkill_gives_the_same_counts(tmp_path):
    sample = _saudi_sample(tmp_path, 160)
    whole = tmp_path / "whole.db"
    r = marsad("ingest", str(sample), "--db", str(whole), "--no-progress")
    assert r.returncode in (0, 3), r.stderr  # 3: the sample holds an empty article
    expected = stats(whole)
    assert expected["articles"] > 100

    db = tmp_path / "killed.db"
    proc = subprocess.Popen([sys.executable, "-m", "marsad", "ingest", str(sample), "--db",
                             str(db), "--no-progress"], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 300
    stored = 0
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.2)
        try:
            con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
            stored = con.execute("SELECT count(*) FROM articles").fetchone()[0]
            con.close()
        except sqlite3.Error:
            continue
        if stored >= 20:
            break
    assert proc.poll() is None, "ingest finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = stats(db)
    assert 0 < partial["articles"] < expected["articles"]
    # nothing half-stored: every stored article has its sentences
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM "
                       "sentences s WHERE s.article_id = a.article_id)").fetchone()[0] == 0
    r = marsad("ingest", str(sample), "--db", str(db), "--no-progress")
    assert r.returncode in (0, 3), r.stderr
    assert stats(db) == expected


def test_search_ignores_diacritics_spelling_and_clitics(tmp_path):
    texts = ["قالت الأمم المتحدة إن الوضع الإنساني خطير.",
             "وجهت الحكومة رسالة للأمم المتحدة أمس.",
             "زار الوزير مدينة طرابلس."]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps({"id": f"s{i}", "text": t},
                                      ensure_ascii=False) for i, t in enumerate(texts)) + "\n",
                                      encoding="utf-8")
    db = tmp_path / "s.db"
    assert marsad("ingest", str(tmp_path / "a.jsonl"), "--db", str(db),
                  "--no-progress").returncode == 0
    r = marsad("search", "الامم المتّحدة", "--db", str(db), "--format", "jsonl")
    assert r.returncode == 0, r.stderr
    found = sorted(json.loads(x)["article_id"] for x in r.stdout.splitlines())
    assert found == ["s0", "s1"]
    hit = next(json.loads(x) for x in r.stdout.splitlines() if '"s0"' in x)
    s, e = hit["highlights"][0]
    assert hit["snippet"][s:e] == "الأمم"
    # FTS operators in the query are taken literally, not as syntax
    r = marsad("search", 'الأمم OR "', "--db", str(db), "--format", "jsonl")
    assert r.returncode == 0, r.stderr


def test_exports_read_back_with_pandas_and_pyarrow(tmp_path):
    pd = pytest.importorskip("pandas")
    import pyarrow.parquet as pq

    sample = _saudi_sample(tmp_path, 40)
    db = tmp_path / "s.db"
    assert marsad("ingest", str(sample), "--db", str(db), "--no-progress").returncode in (0, 3)
    s = stats(db)
    for what in ("events", "quotes", "articles"):
        for fmt in ("csv", "jsonl", "parquet"):
            out = tmp_path / f"{what}.{fmt}"
            r = marsad("export", "--db", str(db), "--what", what, "--format", fmt, "-o", str(out))
            assert r.returncode == 0, r.stderr
            if fmt == "csv":
                df = pd.read_csv(out)
            elif fmt == "jsonl":
                df = pd.read_json(out, lines=True)
            else:
                df = pq.read_table(out).to_pandas()
            n = {"events": s["events"], "quotes": s["quotes"], "articles": s["articles"]}[what]
            assert len(df) == n, (what, fmt)
            if what == "events" and n:
                assert {"event_id", "actor1_code", "event_code", "event_root_code",
                        "quad_class", "goldstein", "num_mentions", "num_articles",
                        "source_url"} <= set(df.columns)
    r = marsad("export", "--db", str(db), "--what", "events", "--format", "jsonl", "--style",
               "plover")
    assert r.returncode == 0
    for line in r.stdout.splitlines():
        rec = json.loads(line)
        assert {"event_type", "cameo_code", "actor1", "actor2", "date"} <= set(rec)


def test_reading_commands_refuse_a_missing_store_and_create_nothing(tmp_path):
    db = tmp_path / "typo.db"
    for cmd in (["stats"], ["search", "الأمم"], ["events"], ["quotes"], ["export"]):
        r = marsad(*cmd, "--db", str(db))
        assert r.returncode == 1, cmd
        assert f"store {db} does not exist" in r.stderr and "marsad ingest" in r.stderr
    assert not db.exists()


def test_filter_values_are_checked_before_the_store_is_read(tmp_path):
    db = tmp_path / "s.db"
    (tmp_path / "a.txt").write_text(ARTICLES[1], encoding="utf-8")
    assert marsad("ingest", str(tmp_path / "a.txt"), "--db", str(db),
                  "--no-progress").returncode == 0
    for args, said in ((["events", "--from", "yesterday"], "'yesterday' is not a date"),
                       (["events", "--to", "2015-13-01"], "'2015-13-01' is not a date"),
                       (["events", "--code", "abc"], "'abc' is not a CAMEO code"),
                       (["events", "--limit", "0"], "'0' is not a whole number of 1 or more"),
                       (["events", "--modality", "maybe"], "invalid choice: 'maybe'"),
                       (["search", "x", "--offset", "-1"], "'-1' is not a whole number")):
        r = marsad(*args, "--db", str(db))
        assert r.returncode == 2 and said in r.stderr, (args, r.stderr)
    # quotes are filtered by their speaker: --actor means --speaker there
    by_actor = marsad("quotes", "--db", str(db), "--actor", "EGY", "--format", "jsonl")
    by_speaker = marsad("quotes", "--db", str(db), "--speaker", "EGY", "--format", "jsonl")
    nobody = marsad("quotes", "--db", str(db), "--actor", "CHN", "--format", "jsonl")
    assert by_actor.returncode == 0, by_actor.stderr
    assert by_actor.stdout == by_speaker.stdout and by_actor.stdout and not nobody.stdout
    # search with filters only needs no query
    r = marsad("search", "--db", str(db), "--actor", "EGY", "--format", "jsonl")
    assert r.returncode == 0, r.stderr
    assert len(r.stdout.splitlines()) == 1


def test_json_array_items_and_empty_folders_are_named_in_rejects(tmp_path):
    (tmp_path / "arr.json").write_text(json.dumps(
        [{"id": 0, "text": ARTICLES[0]}, {"title": "بلا نص"}], ensure_ascii=False),
        encoding="utf-8")
    (tmp_path / "void").mkdir()
    db = tmp_path / "s.db"
    r = marsad("ingest", str(tmp_path / "arr.json"), str(tmp_path / "void"), "--db", str(db),
               "--no-progress")
    assert r.returncode == 3
    assert "arr.json, item 2: has no text field" in r.stderr
    assert "void: is a folder with no article files in it" in r.stderr
    con = sqlite3.connect(db)
    assert con.execute("SELECT article_id FROM articles").fetchall() == [("0",)]


def _store_with_event_dates(path, dates):
    """A store whose events have these dates (one mention each, article a, code 042)."""
    from marsad.store import connect
    from marsad.store.ingest import refresh_events

    con = connect(path)
    with con:
        for i, date in enumerate(dates):
            con.execute("INSERT INTO mentions (event_id, article_id, sentence, start, ev_date, "
                        "ev_event_code, ev_actor1_code) VALUES (?, 'a', ?, 0, ?, '042', 'SAU')",
                        (f"e{i}", i, date))
        refresh_events(con, [f"e{i}" for i in range(len(dates))])
    return con


def test_event_dates_of_weeks_months_and_years_filter_and_sort_by_their_days(tmp_path):
    from marsad.store.query import Filters, actor, events

    con = _store_with_event_dates(tmp_path / "s.db", [
        "2015-07-21", "2015-W29", "2015-07", "2015", "2015-08-02", "2015-W20/2015-W29",
        "2015-06-30", "199"])

    def dates(**f):
        return [r["date"] for r in events(con, Filters(**f), limit=50)["results"]]

    # newest first by the first day each covers (2015-W29 is 13-19 July)
    assert dates() == ["2015-08-02", "2015-07-21", "2015-W29", "2015-07", "2015-06-30",
                       "2015-W20/2015-W29", "2015", "199"]
    # July: the days, the week and the month that lie in it; not the year, not the interval
    assert dates(date_from="2015-07-01", date_to="2015-07-31") == [
        "2015-07-21", "2015-W29", "2015-07"]
    assert dates(date_to="2015-07-19") == ["2015-W29", "2015-06-30", "2015-W20/2015-W29",
                                           "199"]  # (the 1990s)
    assert dates(date_from="2015-07-14") == ["2015-08-02", "2015-07-21"]
    # the actor's timeline counts days, weeks and months in their month; not the year
    timeline = {m["month"]: m["events"] for m in actor(con, "SAU")["timeline"]}
    assert timeline == {"2015-06": 1, "2015-07": 3, "2015-08": 1}


def test_a_store_of_the_first_schema_is_migrated_with_its_event_days(tmp_path):
    from marsad.store import SCHEMA_VERSION, connect
    from marsad.store.db import MIGRATIONS

    db = tmp_path / "old.db"
    old = sqlite3.connect(db)
    old.executescript(MIGRATIONS[0] + "; PRAGMA user_version=1;")
    old.execute("INSERT INTO events (event_id, date, event_code, actor1_code, actor1_country, "
                "actor2_code, actor2_country, actor2_role) VALUES ('e', '2015-W29', '042', "
                "'REB', 'REB', 'SAUGOV', 'SAU', 'GOV')")
    old.execute("INSERT INTO mentions (event_id, article_id, ev_actor1_code, ev_actor1_country) "
                "VALUES ('e', 'a', 'CVL', 'CVL')")
    old.commit()
    old.close()
    con = connect(db)
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert tuple(con.execute("SELECT first_day, last_day FROM events").fetchone()) == (
        "2015-07-13", "2015-07-19")
    # a role code is no country (rows stored before took REB for one)
    assert tuple(con.execute("SELECT actor1_country, actor1_role, actor2_country, actor2_role "
                             "FROM events").fetchone()) == (None, "REB", "SAU", "GOV")
    assert tuple(con.execute("SELECT ev_actor1_country, ev_actor1_role FROM mentions"
                             ).fetchone()) == (None, "CVL")


def test_an_actor_code_that_opens_with_a_role_has_no_country():
    from marsad.tables import _split_code

    assert _split_code("RUSGOV") == ("RUS", "GOV")
    assert _split_code("USA") == ("USA", None)
    assert _split_code("REB") == (None, "REB")
    assert _split_code("GOVMIL") == (None, "GOVMIL")
    assert _split_code("IGOUNO") == (None, "IGOUNO")


def test_export_selects_rows_with_the_filters_of_events(tmp_path):
    (tmp_path / "in.jsonl").write_text("\n".join(json.dumps(
        {"id": f"a{i}", "text": t, "published": f"2020-0{i + 1}-10"}, ensure_ascii=False)
        for i, t in enumerate(ARTICLES)) + "\n", encoding="utf-8")
    db = tmp_path / "s.db"
    assert marsad("ingest", str(tmp_path / "in.jsonl"), "--db", str(db),
                  "--no-progress").returncode == 0
    con = sqlite3.connect(db)
    # the visit of the French president to Paris (article a3, published 2020-04-10)
    want = {r[0] for r in con.execute(
        "SELECT event_id FROM events WHERE actor1_code LIKE 'FRA%' AND event_code LIKE '04%' "
        "AND first_day >= '2020-04-01'")}
    assert want
    out = tmp_path / "e.jsonl"
    r = marsad("export", "--db", str(db), "--actor", "FRA", "--code", "04", "--from",
               "2020-04-01", "--format", "jsonl", "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert {json.loads(x)["event_id"] for x in out.read_text("utf-8").splitlines()} == want
    r = marsad("export", "--db", str(db), "--what", "mentions", "--actor", "FRA", "--code",
               "04", "--from", "2020-04-01", "--format", "jsonl")
    assert {json.loads(x)["event_id"] for x in r.stdout.splitlines()} == want
    r = marsad("export", "--db", str(db), "--what", "articles", "--to", "2020-02-28",
               "--format", "jsonl")
    assert [json.loads(x)["article_id"] for x in r.stdout.splitlines()] == ["a0", "a1"]


def test_export_errors_name_the_output_and_keep_what_was_there(tmp_path):
    db = tmp_path / "s.db"
    (tmp_path / "a.txt").write_text(ARTICLES[3], encoding="utf-8")
    assert marsad("ingest", str(tmp_path / "a.txt"), "--db", str(db),
                  "--no-progress").returncode == 0
    r = marsad("export", "--db", str(db), "-o", str(tmp_path / "no" / "e.csv"))
    assert r.returncode == 1 and "folder" in r.stderr and "does not exist" in r.stderr
    r = marsad("export", "--db", str(db), "-o", str(tmp_path))
    assert r.returncode == 1 and "is a folder; give a file name" in r.stderr
    kept = tmp_path / "q.csv"
    kept.write_text("what was there\n", encoding="utf-8")
    r = marsad("export", "--db", str(db), "--what", "quotes", "--style", "plover", "-o",
               str(kept), "--overwrite")
    assert r.returncode == 1 and "--style plover writes events" in r.stderr
    assert "Traceback" not in r.stderr
    assert kept.read_text(encoding="utf-8") == "what was there\n"
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".part") == []


def test_parquet_exports_have_one_schema_even_when_empty(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    db = tmp_path / "s.db"
    (tmp_path / "a.txt").write_text(ARTICLES[3], encoding="utf-8")
    assert marsad("ingest", str(tmp_path / "a.txt"), "--db", str(db),
                  "--no-progress").returncode == 0
    full, empty, plover = tmp_path / "f.parquet", tmp_path / "e.parquet", tmp_path / "p.parquet"
    for out, extra in ((full, []), (empty, ["--from", "2999-01-01"]),
                       (plover, ["--style", "plover"])):
        r = marsad("export", "--db", str(db), "--format", "parquet", "-o", str(out), *extra)
        assert r.returncode == 0, r.stderr
    assert pq.read_table(empty).num_rows == 0 and pq.read_table(full).num_rows >= 1
    assert pq.read_schema(empty) == pq.read_schema(full)
    schema = pq.read_schema(full)
    assert schema.field("day").type == pa.int64()
    assert schema.field("goldstein").type == pa.float64()
    assert pq.read_table(full).column("source_url").null_count == pq.read_table(full).num_rows
    assert schema.field("source_url").type == pa.string()  # a .txt has no URL: all null
    assert pq.read_schema(plover).field("location").type == pa.struct(
        [("name", pa.string()), ("country", pa.string()), ("lat", pa.float64()),
         ("lon", pa.float64()), ("type", pa.string()), ("feature_id", pa.string()),
         ("source", pa.string()), ("admin1", pa.string())])  # (the province: eighteenth session)


def test_a_file_that_is_not_a_marsad_store_is_refused_and_left_alone(tmp_path):
    text_file = tmp_path / "notes.db"
    text_file.write_text("not a database\n", encoding="utf-8")
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE things (x)")
    con.commit()
    con.close()
    (tmp_path / "a.txt").write_text(ARTICLES[0], encoding="utf-8")
    for db, said in ((text_file, "is not a marsad store"),
                     (other, "is an SQLite database of another program")):
        for cmd in (["ingest", str(tmp_path / "a.txt"), "--no-progress"], ["stats"]):
            r = marsad(*cmd, "--db", str(db))
            assert r.returncode == 1 and said in r.stderr, (cmd, r.stderr)
            assert "Traceback" not in r.stderr
    assert text_file.read_text(encoding="utf-8") == "not a database\n"
    con = sqlite3.connect(other)
    assert [r[0] for r in con.execute("SELECT name FROM sqlite_master")] == ["things"]
    # a rejects log in a folder that does not exist is refused before a store is made
    r = marsad("ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "new.db"),
               "--rejects", str(tmp_path / "no" / "r.jsonl"), "--no-progress")
    assert r.returncode == 1 and "for the rejects log" in r.stderr
    assert not (tmp_path / "new.db").exists()


def test_csv_and_parquet_tables_are_read_one_article_a_row(tmp_path):
    import csv

    import pyarrow as pa
    import pyarrow.parquet as pq

    with open(tmp_path / "a.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "title", "content", "date", "url"])
        w.writerow(["c1", "عنوان", ARTICLES[0] + "\nسطر ثان.", "2015-07-21 02:51:32", ""])
        w.writerow(["c2", "فارغ", "", "2015-07-21", ""])
    pq.write_table(pa.table({"id": [0, 1], "text": [ARTICLES[1], ARTICLES[2]],
                             "published": pa.array([19000, 19001], pa.date32())}),
                   tmp_path / "b.parquet")
    (tmp_path / "c.csv").write_text("x,y\n1,2\n", encoding="utf-8")
    db = tmp_path / "s.db"
    r = marsad("ingest", str(tmp_path), "--db", str(db), "--no-progress")
    assert r.returncode == 3, r.stderr
    assert "a.csv, row 2: has an empty text" in r.stderr
    assert "c.csv: has no text column" in r.stderr
    con = sqlite3.connect(db)
    rows = con.execute("SELECT article_id, published, title, url, text FROM articles "
                       "ORDER BY article_id").fetchall()
    assert [r[:4] for r in rows] == [("0", "2022-01-08", None, None),
                                     ("1", "2022-01-09", None, None),
                                     ("c1", "2015-07-21", "عنوان", None)]
    assert rows[2][4] == ARTICLES[0] + "\nسطر ثان."  # a quoted cell keeps its line break


def test_export_to_a_pipe_or_a_link_writes_through_it(tmp_path):
    import stat
    import threading

    from marsad.cli import main

    db = tmp_path / "s.db"
    (tmp_path / "a.txt").write_text(ARTICLES[3], encoding="utf-8")
    assert marsad("ingest", str(tmp_path / "a.txt"), "--db", str(db),
                  "--no-progress").returncode == 0
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    assert main(["export", "--db", str(db), "--format", "jsonl", "-o", str(fifo)]) == 0
    reader.join(timeout=30)
    assert stat.S_ISFIFO(fifo.stat().st_mode)  # still a pipe, not replaced by a file
    assert got and json.loads(got[0].decode("utf-8").splitlines()[0])["event_code"]
    (tmp_path / "real.csv").write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to("real.csv")
    assert main(["export", "--db", str(db), "-o", str(link), "--overwrite"]) == 0
    assert link.is_symlink()
    assert (tmp_path / "real.csv").read_text(encoding="utf-8").startswith("event_id,")


def test_export_entities_as_the_spark_job_writes_them(tmp_path):
    from marsad.tables import ENTITY_COLUMNS

    db = tmp_path / "s.db"
    (tmp_path / "in.jsonl").write_text("\n".join(json.dumps(
        {"id": f"a{i}", "text": t, "published": f"2020-0{i + 1}-10"}, ensure_ascii=False)
        for i, t in enumerate(ARTICLES)) + "\n", encoding="utf-8")
    assert marsad("ingest", str(tmp_path / "in.jsonl"), "--db", str(db),
                  "--no-progress").returncode == 0
    r = marsad("export", "--db", str(db), "--what", "entities", "--actor", "FRA", "--format",
               "jsonl")
    assert r.returncode == 0, r.stderr
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    assert rows and all(list(x) == list(ENTITY_COLUMNS) for x in rows)
    assert {x["article_id"] for x in rows} == {"a3"}  # the French president in Paris
    assert all(x["actor_code"].startswith("FRA") for x in rows)
    r = marsad("export", "--db", str(db), "--what", "entities", "--to", "2020-01-31",
               "--format", "jsonl")
    assert {json.loads(x)["article_id"] for x in r.stdout.splitlines()} == {"a0"}


def test_ingest_names_the_files_of_a_folder_it_does_not_read(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(ARTICLES[0], encoding="utf-8")
    (d / "report.pdf").write_bytes(b"%PDF-1.4")
    (d / ".hidden").write_text("x", encoding="utf-8")
    r = marsad("ingest", str(d), "--db", str(tmp_path / "s.db"), "--no-progress")
    assert r.returncode == 0, r.stderr
    assert "skipped 1 file(s) that are not of an article type" in r.stderr
    assert str(d / "report.pdf") in r.stderr and ".hidden" not in r.stderr
