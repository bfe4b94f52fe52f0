"""`marsad ingest`: code articles into the store, idempotently and resumably.

Each article is keyed by the hash of its text: an article already stored is skipped, so running
the same ingest twice, or again after a crash, stores each article once. The first copy read is
the one kept (its id, title, url, source, country and origin): a copy read later, in the same run
(`duplicates`) or in another (`already_stored`), changes nothing, but for one thing: an article
kept with no date takes the date of the first later copy that gives one (`dated_copies`). It is
then coded again with that date, since its relative dates (أمس، اليوم) and the default date of
its events depend on it: its sentences, entities, quotes and mentions are replaced, its events
rebuilt (an event left with no mention is removed) and its article row updated in place (same
rowid, title and text, so its row of the search index stays right). Articles are coded in chunks (in `workers` processes, each building the
pipeline once) and each chunk is written in one transaction with everything derived from it
(sentences, entities, quotes, mentions, the events those mentions belong to, the search index):
a SIGKILL loses at most the chunk in flight and never leaves half an article.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import time
import zlib
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marsad.errors import InputError, MarsadError
from marsad.store.db import connect, is_sqlite_file
from marsad.store.readers import Item, check_paths, count_items, iter_items, reads_stdin
from marsad.tables import (
    article_row,
    date_bounds,
    content_hash,
    entity_rows,
    event_row_from_mentions,
    mention_rows,
    quote_rows,
)
from marsad.text.normalize import fold


@dataclass
class IngestReport:
    stored: int = 0
    already_stored: int = 0  # in the store before this run (a resumed or repeated run)
    duplicates: int = 0  # a copy of an article read before in this run
    # kept with no date (before or in this run), dated by a later copy and coded again
    dated_copies: int = 0
    undated: int = 0  # stored with no publication date: أمس، اليوم… are then not resolved
    rejected: int = 0
    seconds: float = 0.0
    rejects: list[dict[str, Any]] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.stored / self.seconds if self.seconds else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"stored": self.stored, "already_stored": self.already_stored,
                "duplicates": self.duplicates, "rejected": self.rejected,
                "undated": self.undated, "dated_copies": self.dated_copies,
                "seconds": round(self.seconds, 2), "articles_per_second": round(self.rate, 2)}


# -- coding (runs in worker processes) -------------------------------------------------------
_WORKER: dict[str, Any] = {}
# The fields of an item that go to the coded document's meta (`country`: the ISO3 code of the
# country it was published in, the place of last resort of its events, `placing`)
META_FIELDS = ("url", "source", "country")
# Articles a worker codes together (`code_items`): a few per worker and chunk, so that the
# workers share a chunk's work evenly
WORKER_BATCH = 8


def _init_worker(lexicon_dirs: tuple[str, ...], batch_gc: bool = False) -> None:
    import marsad
    from marsad.runtime import settle_for_batch

    if "nlp" not in _WORKER:  # not inherited from the parent by fork
        _WORKER["nlp"] = marsad.load(lexicon_dirs=lexicon_dirs)
    if batch_gc:
        settle_for_batch()  # (a worker process exists to code articles)


def code_item(item: dict[str, Any], nlp=None) -> dict[str, Any]:
    """Code one article and return every row the store needs (picklable)."""
    nlp = nlp or _WORKER["nlp"]
    meta = {k: item[k] for k in META_FIELDS if item.get(k)}
    doc = nlp(item["text"], published=item.get("published"), doc_id=item["article_id"],
              title=item.get("title"), **meta)
    return _rows(item, doc)


def code_items(items: list[dict[str, Any]], nlp=None) -> list[dict[str, Any] | tuple[str, str]]:
    """`code_item` of each of `items`, coded together (`Pipeline.code_batch`: the new names of
    all of them go to the transliteration model at once); an article that cannot be coded gives
    ("error", message). If the batch fails, each article is coded alone, so that one article's
    failure does not stop the others."""
    nlp = nlp or _WORKER["nlp"]
    try:
        docs = nlp.code_batch([_make_doc(item, nlp) for item in items])
        return [_rows(item, doc) for item, doc in zip(items, docs, strict=True)]
    except Exception:  # find the article that fails: one by one
        return [_code_safely(item, nlp) for item in items]


def _make_doc(item: dict[str, Any], nlp):
    meta = {k: item[k] for k in META_FIELDS if item.get(k)}
    return nlp.make_doc(item["text"], published=item.get("published"),
                        doc_id=item["article_id"], title=item.get("title"), **meta)


def _rows(item: dict[str, Any], doc) -> dict[str, Any]:
    """Every row the store needs of the coded `doc` of `item` (picklable)."""
    d = doc.to_dict()
    d.pop("text")
    return {
        "article": article_row(doc, item["article_id"]),
        "sentences": [(i, s.start, s.end, s.kind) for i, s in enumerate(doc.sentences)],
        "entities": entity_rows(doc, item["article_id"]),
        "quotes": quote_rows(doc, item["article_id"]),
        "mentions": mention_rows(doc, item["article_id"]),
        "fts": fts_row(item.get("title"), doc),
        "doc_json": zlib.compress(json.dumps(d, ensure_ascii=False).encode("utf-8"), 6),
        "origin": item["origin"],
    }


def fts_row(title: str | None, doc) -> tuple[str, str]:
    """The search index's row of an article (`articles_fts`): the folded title and text, and
    the stems of its words (the tokens stage's), as ingest and `marsad reindex` write it."""
    words = [t.norm for t in doc.tokens if t.kind in ("word", "latin", "number")]
    return fold((title or "") + "\n" + doc.text), " ".join(words)


def _code_in_worker(items: list[dict[str, Any]]) -> list[dict[str, Any] | tuple[str, str]]:
    return code_items(items)


# -- writing ---------------------------------------------------------------------------------
def _insert(con: sqlite3.Connection, table: str, row: dict[str, Any]) -> None:
    cols = ", ".join(f'"{c}"' for c in row)
    marks = ", ".join("?" for _ in row)
    con.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", tuple(row.values()))


def write_result(con: sqlite3.Connection, res: dict[str, Any]) -> set[str]:
    """Insert one coded article; return the event ids it touched. Call inside a transaction."""
    from marsad import __version__

    art = dict(res["article"])
    aid = art["article_id"]
    if con.execute("SELECT 1 FROM articles WHERE article_id = ?", (aid,)).fetchone():
        aid = f"{aid}-{art['content_hash'][:8]}"  # same id, different text
    art["article_id"] = aid
    art.update(doc_json=res["doc_json"], origin=res["origin"], marsad_version=__version__)
    _insert(con, "articles", art)
    rowid = con.execute("SELECT rowid FROM articles WHERE article_id = ?", (aid,)).fetchone()[0]
    _insert_layers(con, aid, res)
    con.execute("INSERT INTO articles_fts (rowid, body, stems) VALUES (?, ?, ?)",
                (rowid, *res["fts"]))
    return {m["event_id"] for m in res["mentions"]}


LAYER_TABLES = ("sentences", "entities", "quotes", "mentions")  # an article's rows but its own


def _insert_layers(con: sqlite3.Connection, aid: str, res: dict[str, Any]) -> None:
    con.executemany('INSERT INTO sentences (article_id, idx, start, "end", kind) '
                    "VALUES (?, ?, ?, ?, ?)", [(aid, *s) for s in res["sentences"]])
    for table in LAYER_TABLES[1:]:
        for row in res[table]:
            _insert(con, table, {**row, "article_id": aid})
    rowid = con.execute("SELECT rowid FROM articles WHERE article_id = ?", (aid,)).fetchone()[0]
    con.execute("DELETE FROM actor_text_fts WHERE rowid = ?", (rowid,))
    con.execute("INSERT INTO actor_text_fts (rowid, entities, speakers, actors) "
                "VALUES (?, ?, ?, ?)", (rowid, *actor_text_row(res)))


def actor_text_row(res: dict[str, Any]) -> tuple[str, str, str]:
    """The article's row of the actor text index (`actor_text_fts`): the Arabic words its
    entities, its quotes' speakers and its events' actors were written with, each as the
    actor filter compares them (`db._arabic_name_words`), once each."""
    from marsad.store.db import _arabic_name_words

    def words(texts) -> str:
        found = " ".join(filter(None, (_arabic_name_words(t) for t in texts if t)))
        return " ".join(dict.fromkeys(found.split()))

    return (words(r.get("text") for r in res["entities"]),
            words(r.get("speaker_text") for r in res["quotes"]),
            words(t for r in res["mentions"] for t in (r.get("actor1_text"),
                                                       r.get("actor2_text"))))


def replace_result(con: sqlite3.Connection, aid: str, res: dict[str, Any]) -> set[str]:
    """Put the coding `res` of the stored article `aid` (the same text and title, coded again)
    in place of its rows; return the event ids of the old and the new mentions, for
    `refresh_events`. Its article row keeps its id, rowid, title, url, source and origin, and
    its row of the search index (of the title and text, which are the same); its `country` is
    the one `res` was coded with (the stored one, or for a row stored without one the run's
    `--country` it was coded again with). Call inside a transaction."""
    from marsad import __version__

    old = {r[0] for r in con.execute("SELECT event_id FROM mentions WHERE article_id = ?",
                                     (aid,))}
    for table in LAYER_TABLES:
        con.execute(f"DELETE FROM {table} WHERE article_id = ?", (aid,))
    art = res["article"]
    fresh = {k: art[k] for k in ("published", "country", "n_sentences", "n_entities",
                                 "n_quotes", "n_events")}
    fresh.update(doc_json=res["doc_json"], marsad_version=__version__)
    con.execute(f"UPDATE articles SET {', '.join(f'{k} = ?' for k in fresh)} "
                "WHERE article_id = ?", (*fresh.values(), aid))
    _insert_layers(con, aid, res)
    return old | {m["event_id"] for m in res["mentions"]}


def refresh_events(con: sqlite3.Connection, event_ids: Iterable[str]) -> None:
    """Rebuild the event rows of `event_ids` from all their mentions."""
    cols = None
    for eid in event_ids:
        rows = [dict(r) for r in con.execute("SELECT * FROM mentions WHERE event_id = ?", (eid,))]
        if not rows:  # (its only article was coded again, with another date)
            con.execute("DELETE FROM events WHERE event_id = ?", (eid,))
            continue
        ev = event_row_from_mentions(rows)
        ev["first_day"], ev["last_day"] = date_bounds(ev["date"])  # (store only: filters)
        if cols is None:
            cols = list(ev)
        con.execute(f"INSERT OR REPLACE INTO events ({', '.join(cols)}) VALUES "
                    f"({', '.join('?' for _ in cols)})", [ev[c] for c in cols])


def record_reject(con: sqlite3.Connection, exc: InputError, log) -> dict[str, Any]:
    """Store a rejected item once, and log it the first time: a run again over the same input
    rejects it again but adds no row nor log line (UNIQUE lets a NULL line repeat, so a whole
    file's reject is looked up with IS)."""
    rec = {"origin": exc.source or "input", "line": exc.line, "reason": exc.reason,
           "message": str(exc)}
    known = con.execute("SELECT 1 FROM rejects WHERE origin = ? AND line IS ? AND reason = ?",
                        (rec["origin"], rec["line"], rec["reason"])).fetchone()
    if known:
        return rec
    con.execute("INSERT INTO rejects (origin, line, reason, message) VALUES (?, ?, ?, ?)",
                (rec["origin"], rec["line"], rec["reason"], rec["message"]))
    if log is not None:
        log.write(json.dumps(rec, ensure_ascii=False) + "\n")
        log.flush()
    return rec


# -- the run ---------------------------------------------------------------------------------
def _item_dict(item: Item, h: str, default_date: str | None = None,
               country: str | None = None) -> dict[str, Any]:
    return {"text": item.text, "title": item.title, "published": item.published or default_date,
            "url": item.url, "source": item.source, "origin": item.origin,
            "article_id": item.doc_id or h[:16], "country": item.country or country}


def ingest(paths: Iterable[str | Path], db: str | Path = "marsad.db", workers: int = 1,
           progress: bool = True, rejects_log: str | Path | None = None,
           chunk_size: int | None = None, lexicon_dirs: Iterable[str] = (),
           limit: int | None = None, batch_gc: bool = False,
           default_date: str | None = None, country: str | None = None) -> IngestReport:
    """Code and store the articles of `paths` (see the module docstring). `batch_gc`: apply
    `marsad.runtime.settle_for_batch` to this process and the workers (process-wide garbage
    collector settings; the `marsad corpus ingest` command turns it on). `default_date`
    (YYYY-MM-DD): the publication date of the articles that give none; `country` (ISO3): the
    country the articles that give none were published in (their events' place of last
    resort; the store keeps each article's, `articles.country`): a code, an alias or a name,
    kept as its ISO3 code (`marsad.lexicon.countries.country_code`, which raises an InputError
    for a value that names no country)."""
    if country is not None:
        from marsad.lexicon.countries import country_code

        country = country_code(country)
    paths = [Path(p) for p in paths]
    check_paths(paths)  # (a mistyped path: said at once, no store or progress bar made)
    report = IngestReport()
    log_path = Path(rejects_log) if rejects_log else Path(str(db) + ".rejects.jsonl")
    if not log_path.parent.is_dir():
        if not rejects_log:  # (beside the store: the store's folder is missing)
            raise MarsadError(f"folder {log_path.parent} for store {db} does not exist; "
                              f"create it first, or give another --db")
        raise MarsadError(f"folder {log_path.parent} for the rejects log {log_path} does not "
                          f"exist; create it or give another --rejects FILE")
    if is_sqlite_file(log_path):  # its lines would be appended to a store's file
        raise MarsadError(f"the rejects log {log_path} is an SQLite database (a store?); give "
                          f"another --rejects FILE")
    con = connect(db)
    try:  # (before any work: the run must be able to log what it rejects)
        log_path.open("a", encoding="utf-8").close()
    except OSError as exc:
        con.close()
        raise MarsadError(f"cannot write the rejects log {log_path} ({exc.strerror}); give "
                          f"another --rejects FILE in a folder you may write in") from None
    chunk_size = chunk_size or max(8, 16 * max(1, workers))
    total = count_items(paths) if progress and not reads_stdin(paths) else None
    if limit is not None and total is not None:
        total = min(total, limit)
    bar = _progress(total) if progress else None
    start = time.perf_counter()
    import marsad

    # Built here first so a broken dictionary fails with its own message, and so forked
    # workers inherit the built pipeline instead of building it again.
    nlp = marsad.load(lexicon_dirs=lexicon_dirs)
    if batch_gc:
        from marsad.runtime import settle_for_batch

        settle_for_batch()
    pool = None
    if workers > 1:
        _WORKER["nlp"] = nlp
        pool = ProcessPoolExecutor(max_workers=workers, initializer=_init_worker,
                                   initargs=(tuple(lexicon_dirs), batch_gc))
    seen: dict[str, bool] = {}  # content hash -> dated, of the articles read in this run
    try:
        with log_path.open("a", encoding="utf-8") as log:
            # (the rejects log is no input, though it may lie in an input folder)
            for chunk in _chunks(iter_items(paths, skip=(log_path,)), chunk_size, limit):
                todo: list[dict[str, Any]] = []
                # kept undated -> (the date a later copy gives, whether stored in this run)
                redate: dict[str, tuple[str, bool]] = {}
                with con:
                    for it in chunk:
                        if isinstance(it, InputError):
                            report.rejects.append(record_reject(con, it, log))
                            report.rejected += 1
                            continue
                        h = content_hash(it.text)
                        date = it.published or default_date
                        if h in seen:
                            report.duplicates += 1
                            if date and not seen[h]:  # kept undated in this run
                                seen[h] = True
                                redate[h] = (date, True)
                            continue
                        before = con.execute("SELECT published FROM articles WHERE "
                                             "content_hash = ?", (h,)).fetchone()
                        if before:  # (the first copy read is kept)
                            report.already_stored += 1
                            if date and before[0] is None:
                                redate.setdefault(h, (date, False))
                            continue
                        seen[h] = bool(date)
                        todo.append(_item_dict(it, h, default_date, country))
                if bar is not None:
                    bar.update(len(chunk) - len(todo))
                if pool is not None:  # batches of WORKER_BATCH articles (`code_items`)
                    results = [res for batch in pool.map(_code_in_worker, [
                        todo[i:i + WORKER_BATCH] for i in range(0, len(todo), WORKER_BATCH)])
                               for res in batch]
                else:
                    results = code_items(todo, nlp)
                with con:  # one transaction per chunk: all of an article or none of it
                    touched: set[str] = set()
                    for item, res in zip(todo, results):
                        if isinstance(res, tuple):
                            exc = InputError(f"could not be coded ({res[1]})", item["origin"],
                                             reason="coding_error")
                            report.rejects.append(record_reject(con, exc, log))
                            report.rejected += 1
                            continue
                        touched |= write_result(con, res)
                        report.stored += 1
                        if not item["published"]:
                            report.undated += 1
                    refresh_events(con, sorted(touched))
                if redate:
                    date_stored(con, redate, nlp, report, country)
                if bar is not None:
                    bar.update(len(todo))
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
        if bar is not None:
            bar.close()
        con.close()
    report.seconds = time.perf_counter() - start
    return report


def date_stored(con: sqlite3.Connection, redate: dict[str, tuple[str, bool]], nlp,
            report: IngestReport, country: str | None = None) -> None:
    """Code the stored undated articles of `redate` (content hash -> (date, whether stored in
    this run, so counted in `undated`)) again with their date, from their stored text and title
    (the spans stay offsets into the stored text), and put the new rows in place of the old
    ones in one transaction. An article that cannot be coded again keeps its rows, undated.
    `country`: the run's (`--country`), for an article stored with no country of its own
    (`articles.country`: stored before schema 11); one stored with a country keeps it."""
    items = []
    for h, (date, this_run) in redate.items():
        row = con.execute("SELECT article_id, text, title, url, source, country, origin, "
                          "published FROM articles WHERE content_hash = ?", (h,)).fetchone()
        if row is None or row["published"] is not None:  # (not stored: its coding failed)
            continue
        items.append({"text": row["text"], "title": row["title"], "published": date,
                      "url": row["url"], "source": row["source"], "origin": row["origin"],
                      "article_id": row["article_id"], "this_run": this_run,
                      "country": row["country"] or country})
    if not items:
        return
    results = code_items(items, nlp)
    with con:
        touched: set[str] = set()
        for item, res in zip(items, results):
            if isinstance(res, tuple):
                continue
            touched |= replace_result(con, item["article_id"], res)
            report.dated_copies += 1
            report.undated -= item["this_run"]
        refresh_events(con, sorted(touched))


def _code_safely(item: dict[str, Any], nlp) -> dict[str, Any] | tuple[str, str]:
    try:
        return code_item(item, nlp)
    except Exception as exc:  # one article's failure must not stop the run
        return ("error", f"{type(exc).__name__}: {exc}")


def _chunks(items: Iterator, size: int, limit: int | None) -> Iterator[list]:
    chunk: list = []
    n = 0
    for it in items:
        if limit is not None and n >= limit:
            break
        n += 1
        chunk.append(it)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _progress(total: int | None):
    from tqdm import tqdm

    return tqdm(total=total, unit="article", file=sys.stderr, dynamic_ncols=True,
                smoothing=0.1, desc="ingest", mininterval=0.5)
