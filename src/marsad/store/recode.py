"""`recode(db)`: code a store's articles again in place, from their stored text, with this marsad.

A store migrated to a newer schema has empty cells for what the older marsad did not record
(schema 8: an event's reporters, `reported_by_*` and `reporters`), and its rows keep the older
coding. Recoding reads each stored article's text, title, date, url and source and codes it
again; its sentences, entities, quotes and mentions are replaced and the events they belong to
rebuilt from their mentions (an event left with no mention goes), as ingest does for an
article coded again with a date (`ingest.replace_result`, `ingest.refresh_events`). The article
row keeps its id, rowid, title, text, url, source and origin, and its row of the search index
(rebuilt by `marsad reindex`). Each batch of articles is written in one transaction: an
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
           limit: int | None = None, state: dict[str, Any] | None = None) -> dict[str, Any]:
    """Code the articles of the store `db` (which must exist) again with the dictionaries
    `lexicon_dirs`; only those whose rowid is above `after` (to go on after an interrupted run:
    the report's `last_rowid`), at most `limit`. Return the counts: `articles` recoded,
    `failed`, `events_before` and `events` (the store's), `last_rowid`, `seconds`. `state`,
    if given, holds the `last_rowid` written so far (for a caller that is interrupted)."""
    import marsad
    from marsad.errors import MarsadError
    from marsad.store.db import connect
    from marsad.store.ingest import code_items, refresh_events, replace_result
    from tqdm import tqdm

    if not Path(db).is_file():
        raise MarsadError(f"store {db} does not exist; give the store with --db FILE")
    t0 = time.perf_counter()
    con = connect(db)
    try:
        nlp = marsad.load(lexicon_dirs=tuple(str(d) for d in lexicon_dirs))
        total = con.execute("SELECT count(*) FROM articles WHERE rowid > ?",
                            (after,)).fetchone()[0]
        total = min(total, limit) if limit is not None else total
        events_before = con.execute("SELECT count(*) FROM events").fetchone()[0]
        bar = tqdm(total=total, unit="article", file=sys.stderr, dynamic_ncols=True,
                   desc="recode", mininterval=0.5) if progress else None
        done = failed = 0
        last = after
        while done + failed < total:
            rows = con.execute(
                "SELECT rowid, article_id, text, title, published, url, source, origin "
                "FROM articles WHERE rowid > ? ORDER BY rowid LIMIT ?",
                (last, min(BATCH, total - done - failed))).fetchall()
            if not rows:
                break
            items = [{"article_id": r["article_id"], "text": r["text"], "title": r["title"],
                      "published": r["published"], "url": r["url"], "source": r["source"],
                      "origin": r["origin"]} for r in rows]
            results = code_items(items, nlp)
            with con:  # (a batch whole, or not at all)
                touched: set[str] = set()
                for item, res in zip(items, results, strict=True):
                    if isinstance(res, tuple):  # ("error", message): its old rows are kept
                        failed += 1
                        continue
                    touched |= replace_result(con, item["article_id"], res)
                    done += 1
                refresh_events(con, sorted(touched))
            last = rows[-1]["rowid"]
            if state is not None:
                state["last_rowid"] = last
            if bar is not None:
                bar.update(len(rows))
        if bar is not None:
            bar.close()
        events = con.execute("SELECT count(*) FROM events").fetchone()[0]
    finally:
        con.close()
    return {"articles": done, "failed": failed, "events_before": events_before,
            "events": events, "last_rowid": last,
            "seconds": round(time.perf_counter() - t0, 2)}
