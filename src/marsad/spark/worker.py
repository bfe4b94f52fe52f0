"""What runs inside Spark's Python workers: Arrow batches in, Arrow batches out.

Both functions are `mapInArrow` functions (an iterator of `pyarrow.RecordBatch` in, one out), so
rows cross the JVM/Python border in Arrow batches, never one by one, and pandas is not involved.
They need only pyarrow and marsad, not pyspark.

`prepare_batches` applies ingest's input rules to each article (text field, CRLF → LF, empty and
too-large texts dropped, content hash, id = given id or the first 16 hex digits of the hash,
published = the first date field that parses). `code_batches` codes the articles with the
pipeline of this worker process and returns, per article, its mention, quote and entity rows as
built by `marsad.tables` — the very functions the SQLite store uses.

The pipeline is built once per Python worker process (`worker_pipeline` is an `lru_cache`): Spark
reuses its Python workers across tasks (`spark.python.worker.reuse`, on by default), so an
executor core pays for loading the dictionaries once, not once per task, batch or row.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from typing import Any

import pyarrow as pa

from marsad.io import MAX_ARTICLE_BYTES
from marsad.store.readers import _iso_date  # the same date rule as ingest's readers
from marsad.tables import (
    ENTITY_COLUMNS,
    MENTION_COLUMNS,
    QUOTE_COLUMNS,
    content_hash,
    entity_rows,
    mention_rows,
    quote_rows,
)

# The event attributes each mention row carries (see `marsad.tables.mention_rows`), from which
# events are aggregated; the store keeps them in its mentions table too.
EVENT_ATTR_COLUMNS: tuple[str, ...] = (
    "ev_key", "ev_date", "ev_actor1_code", "ev_actor1_name", "ev_actor1_country",
    "ev_actor1_role", "ev_actor2_code", "ev_actor2_name", "ev_actor2_country", "ev_actor2_role",
    "ev_event_code", "ev_plover_type", "ev_plover_mode", "ev_quad_class", "ev_goldstein",
    "ev_location_name", "ev_location_country", "ev_location_lat", "ev_location_lon",
    "ev_location_type", "ev_location_feature_id", "ev_location_source", "ev_location_admin1",
)
MENTION_FIELDS: tuple[str, ...] = MENTION_COLUMNS + EVENT_ATTR_COLUMNS

# Column kinds: everything not named here is a string.
INT_COLUMNS = frozenset({"sentence", "start", "end", "ev_quad_class", "_pos", "_line"})
FLOAT_COLUMNS = frozenset({"ev_goldstein", "ev_location_lat", "ev_location_lon"})

# The articles of input files as `read_files` gives them: one row per article, or per
# item ingest would reject (`_error` its message, `_reason` and `_line` as in ingest's rejects).
READ_FIELDS: tuple[str, ...] = ("id", "text", "published", "title", "url", "source", "country",
                                "_file", "_pos", "_line", "_reason", "_error")
# The article record `prepare_batches` reads (built by marsad.spark.job from the input columns).
RAW_FIELDS: tuple[str, ...] = ("_ids", "_text", "_published", "title", "url", "source",
                               "country", "_file", "_pos")
# ... and writes, one row per article that ingest would accept.
PREPARED_FIELDS: tuple[str, ...] = ("doc_id", "content_hash", "text", "published", "title",
                                    "url", "source", "country", "_file", "_pos")
# What `code_batches` reads: a prepared article with its final article id.
CODE_INPUT_FIELDS: tuple[str, ...] = ("article_id", "doc_id", "text", "published", "title",
                                      "url", "source", "country")
CODE_CHUNK = 64  # articles per output batch: bounds a worker's memory whatever the input batch


def _arrow_type(name: str) -> pa.DataType:
    if name in INT_COLUMNS:
        return pa.int64()
    if name in FLOAT_COLUMNS:
        return pa.float64()
    return pa.string()


def _struct(fields: Iterable[str]) -> pa.StructType:
    return pa.struct([pa.field(f, _arrow_type(f)) for f in fields])


READ_ARROW = pa.schema([pa.field(f, _arrow_type(f)) for f in READ_FIELDS])
PREPARED_ARROW = pa.schema([pa.field(f, _arrow_type(f)) for f in PREPARED_FIELDS])
CODED_ARROW = pa.schema([
    pa.field("article_id", pa.string()),
    pa.field("error", pa.string()),  # why the article could not be coded, else null
    pa.field("mentions", pa.list_(_struct(MENTION_FIELDS))),
    pa.field("quotes", pa.list_(_struct(QUOTE_COLUMNS))),
    pa.field("entities", pa.list_(_struct(ENTITY_COLUMNS))),
])


# -- reading ------------------------------------------------------------------------------------
def json_file_items(path: str, content: bytes) -> Iterator:
    """The articles (`Item`) and rejected items (`InputError`) of one JSON Lines file read
    whole, by ingest's own reader: the same decoding (UTF-8, windows-1256, UTF-16), the same
    messages. `path`: Spark's URI of the file (a local one named by its path)."""
    return file_items(path, content, "json")


def file_items(path: str, content: bytes, fmt: str = "json") -> Iterator:
    """The articles (`Item`) and rejected items (`InputError`) of one input file read whole,
    as `fmt` (json: JSON Lines or a JSON array; csv; parquet), by ingest's own readers: the
    same decoding (UTF-8, windows-1256, UTF-16), the same messages, a CSV or Parquet row's line
    its row. `path`: Spark's URI of the file (a local one named by its path)."""
    import bz2
    import gzip
    import io
    import zlib

    from marsad.errors import InputError
    from marsad.store.readers import _json_items, csv_items, jsonl_items, parquet_items

    origin = path.removeprefix("file://") if path.startswith("file:///") else (
        path.removeprefix("file:") if path.startswith("file:/") else path)
    # (BZ2File takes the file object as its first argument, GzipFile as `fileobj`)
    opener = {".gz": lambda raw: gzip.GzipFile(fileobj=raw), ".bz2": bz2.BZ2File}.get(
        origin[origin.rfind("."):].lower())
    try:
        fh = opener(io.BytesIO(content)) if opener else io.BytesIO(content)
        if fmt == "csv":
            yield from csv_items(fh.read() if opener else content, origin, MAX_ARTICLE_BYTES)
            return
        if fmt == "parquet":
            yield from parquet_items(fh if not opener else io.BytesIO(fh.read()), origin,
                                     MAX_ARTICLE_BYTES)
            return
        head = fh.peek(4096)[:4096] if opener else content[:4096]
        if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"["):
            # a JSON array (of a remote folder: a local one is refused before Spark starts),
            # read as ingest reads a .json file; anything else is JSON Lines, as Spark writes
            yield from _json_items(fh.read(), origin, MAX_ARTICLE_BYTES)
            return
        yield from jsonl_items(fh, origin, MAX_ARTICLE_BYTES)
    except InputError as exc:  # (a whole file: binary, no text column, not Parquet)
        yield exc
    except (EOFError, OSError, zlib.error) as exc:  # (a broken gzip or bzip2 file)
        yield InputError(f"is not a whole compressed file ({exc}); what follows the fault is "
                         f"not read", origin, reason="malformed_gzip")


def read_files(batches: Iterator[pa.RecordBatch], fmt: str = "json"
               ) -> Iterator[pa.RecordBatch]:
    """A `mapInArrow` function: Spark's binaryFile rows (`path`, `content`) in, READ_FIELDS
    rows out (the article's position: its line or row in the file), each file read as `fmt`."""
    from marsad.errors import InputError
    from marsad.store.readers import article_record

    for batch in batches:
        rows = []
        for path, content in zip(batch.column("path").to_pylist(),
                                 batch.column("content").to_pylist(), strict=True):
            for n, item in enumerate(file_items(path, content, fmt)):
                if isinstance(item, InputError):
                    rows.append({"_file": path, "_pos": n, "_line": item.line,
                                 "_reason": item.reason, "_error": str(item)})
                else:
                    rows.append({**article_record(item), "_file": path, "_pos": n})
        yield pa.RecordBatch.from_pylist(rows, schema=READ_ARROW)


# -- preparing ----------------------------------------------------------------------------------
def prepare_record(rec: dict[str, Any]) -> dict[str, Any] | None:
    """One raw article → the prepared row, or None where `marsad ingest` would reject it."""
    text = rec.get("_text")
    if not isinstance(text, str) or not text.strip():
        return None
    if len(text.encode("utf-8")) > MAX_ARTICLE_BYTES:
        return None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    h = content_hash(text)
    given = next((i for i in rec.get("_ids") or () if i), None)
    published = None
    for value in rec.get("_published") or ():
        if value:
            published = _iso_date(value)
            if published:
                break
    return {"doc_id": given or h[:16], "content_hash": h, "text": text, "published": published,
            "title": rec.get("title"), "url": rec.get("url"), "source": rec.get("source"),
            # (as given: the pipeline's make_doc reads it, and a value that names no country
            # is this article's error row)
            "country": (rec.get("country") or "").strip() or None,
            "_file": rec.get("_file"), "_pos": rec.get("_pos")}


def prepare_batches(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    for batch in batches:
        rows = [r for r in map(prepare_record, batch.to_pylist()) if r is not None]
        yield pa.RecordBatch.from_pylist(rows, schema=PREPARED_ARROW)


# -- coding -------------------------------------------------------------------------------------
@functools.lru_cache(maxsize=4)
def worker_pipeline(lexicon_dirs: tuple[str, ...] = ()):
    """The pipeline of this Python process, built on first use (see the module docstring)."""
    import marsad
    from marsad.runtime import settle_for_batch

    nlp = marsad.load(lexicon_dirs=lexicon_dirs)
    settle_for_batch()  # (a Spark Python worker exists to code partitions)
    return nlp


def code_record(nlp, rec: dict[str, Any]) -> dict[str, Any]:
    """Code one prepared article as `marsad.store.ingest.code_item` does; rows keyed by its id."""
    try:
        doc = nlp(_make_doc(nlp, rec))
    except Exception as exc:  # one article's failure must not stop the job (as in ingest)
        return _error_row(rec, exc)
    return _coded_row(rec, doc)


def code_records(nlp, recs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`code_record` of each of `recs`, coded together (`Pipeline.code_batch`: the new names of
    all of them go to the transliteration model at once, as in `marsad ingest`'s workers). If
    the batch fails, each article is coded alone, so that one article's failure does not stop
    the others."""
    try:
        docs = nlp.code_batch([_make_doc(nlp, rec) for rec in recs])
    except Exception:  # find the article that fails: one by one
        return [code_record(nlp, rec) for rec in recs]
    return [_coded_row(rec, doc) for rec, doc in zip(recs, docs, strict=True)]


def _make_doc(nlp, rec: dict[str, Any]):
    meta = {k: rec[k] for k in ("url", "source", "country") if rec.get(k)}
    return nlp.make_doc(rec["text"], published=rec.get("published"), doc_id=rec["doc_id"],
                        title=rec.get("title"), **meta)


def _error_row(rec: dict[str, Any], exc: Exception) -> dict[str, Any]:
    return {"article_id": rec["article_id"], "error": f"{type(exc).__name__}: {exc}",
            "mentions": [], "quotes": [], "entities": []}


def _coded_row(rec: dict[str, Any], doc) -> dict[str, Any]:
    """The rows of a coded article (or its error row if they cannot be made)."""
    aid = rec["article_id"]
    try:
        row = {"article_id": aid, "error": None, "mentions": mention_rows(doc, aid),
               "quotes": quote_rows(doc, aid), "entities": entity_rows(doc, aid)}
    except Exception as exc:  # one article's failure must not stop the job (as in ingest)
        return _error_row(rec, exc)
    if row["mentions"] and set(row["mentions"][0]) != set(MENTION_FIELDS):
        # Arrow would silently drop or null a changed column: fail the job instead.
        raise RuntimeError("marsad.tables.mention_rows changed its columns; update "
                           "marsad.spark.worker.EVENT_ATTR_COLUMNS: "
                           f"{sorted(set(row['mentions'][0]) ^ set(MENTION_FIELDS))}")
    return row


def code_batches(batches: Iterator[pa.RecordBatch], lexicon_dirs: tuple[str, ...] = (),
                 country: str | None = None) -> Iterator[pa.RecordBatch]:
    """`country`: the run's publication country (`--country`), for the articles whose own
    `country` field gives none."""
    nlp = worker_pipeline(tuple(lexicon_dirs))
    for batch in batches:
        for offset in range(0, batch.num_rows, CODE_CHUNK):
            rows = batch.slice(offset, CODE_CHUNK).to_pylist()
            if country:
                rows = [{**r, "country": r.get("country") or country} for r in rows]
            yield pa.RecordBatch.from_pylist(code_records(nlp, rows), schema=CODED_ARROW)
