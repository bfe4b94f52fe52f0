"""`recode(db)`: code a store's articles again in place, from their stored text, with this marsad.

A store migrated to a newer schema has empty cells for what the older marsad did not record
(schema 8: an event's reporters, `reported_by_*` and `reporters`), and its rows keep the older
coding. Recoding reads each stored article's text, title, date, url, source and country (the one it
was published in: `articles.country`, schema 11; a row stored before has none, and the run's
`country` (`marsad recode --country`) is taken and stored, else its outlet's) and codes it again; its sentences, entities, quotes and mentions are replaced and the events they belong to
rebuilt from their mentions (an event left with no mention goes), as ingest does for an
article coded again with a date (`ingest.replace_result`, `ingest.refresh_events`). The article
row keeps its id, rowid, title, text, url, source, country and origin. The search index: its actors'
Arabic words (`actor_text_fts`) and English names (`actor_names`) follow the new rows; its
articles' rows (`articles_fts`, contentless: a row cannot be replaced alone) are written anew,
with the stems of this marsad and `lexicon_dirs`, when the whole store was recoded (after 0, no
limit reached, no article failed): in one transaction at the end, as `marsad reindex` writes
them (the index version recorded); otherwise they are kept, and the report's
`reindex_needed` says when they are older than this marsad's (run `marsad reindex`). Each batch of articles is written in one transaction: an
interrupted run keeps the batches done (run it again to recode them all, or go on with
`after`); an article that cannot be coded keeps its rows and is counted in `failed`.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

BATCH = 50  # articles coded and written at a time


def recode(db: str | Path, lexicon_dirs=(), progress: bool = False, after: int = 0,
           limit: int | None = None, state: dict[str, Any] | None = None,
           country: str | None = None) -> dict[str, Any]:
    """Code the articles of the store `db` (which must exist) again with the dictionaries
    `lexicon_dirs`; only those whose rowid is above `after` (to go on after an interrupted run:
    the report's `last_rowid`), at most `limit`. Return the counts: `articles` recoded,
    `failed`, `events_before` and `events` (the store's), `last_rowid`, `index_rebuilt` (the
    articles' search index written anew: the whole store recoded), `reindex_needed` (the index
    is still older than this marsad's), `seconds`. `state`,
    if given, holds the `last_rowid` written so far (for a caller that is interrupted).
    `country`: the run's publication country (`--country`: a code, an alias or a name, kept as
    its ISO3 code by `marsad.lexicon.countries.country_code`, which raises an InputError for a
    value that names no country), for an article stored with no country of its own
    (`articles.country` empty: stored before schema 11, or by a run without one); it is stored
    as that article's country. One stored with a country keeps it (as ingest does)."""
    import marsad
    from marsad.errors import MarsadError
    from marsad.store.db import connect, reindex_needed, set_index_version
    from marsad.store.ingest import code_items, refresh_events, replace_result
    from tqdm import tqdm

    if country is not None:
        from marsad.lexicon.countries import country_code

        country = country_code(country)
    if not Path(db).is_file():
        raise MarsadError(f"store {db} does not exist; give the store with --db FILE")
    t0 = time.perf_counter()
    con = connect(db)
    try:
        nlp = marsad.load(lexicon_dirs=tuple(str(d) for d in lexicon_dirs))
        total = con.execute("SELECT count(*) FROM articles WHERE rowid > ?",
                            (after,)).fetchone()[0]
        whole = after == 0 and (limit is None or limit >= total)  # (every article recoded)
        total = min(total, limit) if limit is not None else total
        if whole:  # the new rows of the articles' index, written at the end (a TEMP table)
            con.execute("CREATE TEMP TABLE IF NOT EXISTS recode_fts "
                        "(rowid INTEGER PRIMARY KEY, body TEXT, stems TEXT)")
            con.execute("DELETE FROM recode_fts")
        events_before = con.execute("SELECT count(*) FROM events").fetchone()[0]
        bar = tqdm(total=total, unit="article", file=sys.stderr, dynamic_ncols=True,
                   desc="recode", mininterval=0.5) if progress else None
        done = failed = 0
        last = after
        while done + failed < total:
            rows = con.execute(
                "SELECT rowid, article_id, text, title, published, url, source, country, "
                "origin FROM articles WHERE rowid > ? ORDER BY rowid LIMIT ?",
                (last, min(BATCH, total - done - failed))).fetchall()
            if not rows:
                break
            items = [{"article_id": r["article_id"], "text": r["text"], "title": r["title"],
                      "published": r["published"], "url": r["url"], "source": r["source"],
                      "country": r["country"] or country, "origin": r["origin"]}
                     for r in rows]
            results = code_items(items, nlp)
            with con:  # (a batch whole, or not at all)
                touched: set[str] = set()
                for row, item, res in zip(rows, items, results, strict=True):
                    if isinstance(res, tuple):  # ("error", message): its old rows are kept
                        failed += 1
                        continue
                    touched |= replace_result(con, item["article_id"], res)
                    if whole:
                        con.execute("INSERT INTO recode_fts (rowid, body, stems) "
                                    "VALUES (?, ?, ?)", (row["rowid"], *res["fts"]))
                    done += 1
                refresh_events(con, sorted(touched))
            last = rows[-1]["rowid"]
            if state is not None:
                state["last_rowid"] = last
            if bar is not None:
                bar.update(len(rows))
        if bar is not None:
            bar.close()
        rebuilt = whole and not failed and done == total
        if rebuilt:  # (one transaction: the old index until the new one is whole)
            with con:
                con.execute("INSERT INTO articles_fts (articles_fts) VALUES ('delete-all')")
                con.execute("INSERT INTO articles_fts (rowid, body, stems) "
                            "SELECT rowid, body, stems FROM recode_fts ORDER BY rowid")
                con.execute("INSERT INTO articles_fts (articles_fts) VALUES ('optimize')")
            set_index_version(con)
        if whole:
            con.execute("DROP TABLE IF EXISTS temp.recode_fts")
        stale = reindex_needed(con)
        events = con.execute("SELECT count(*) FROM events").fetchone()[0]
    finally:
        con.close()
    return {"articles": done, "failed": failed, "events_before": events_before,
            "events": events, "last_rowid": last, "index_rebuilt": rebuilt,
            "reindex_needed": stale,
            "seconds": round(time.perf_counter() - t0, 2)}
