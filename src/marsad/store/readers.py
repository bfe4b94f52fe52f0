"""Input readers for `marsad ingest` and `marsad code`: text, JSON Lines, JSON arrays, CSV and
Parquet tables (one article a row), zips of them, HTML.

`iter_items(paths)` yields `Item`s (one article each) or `InputError`s (one bad item each), so
a bad line, member or file never stops the run. Article fields are taken from the usual names:
text (`text`, `content`, `body`, `article`), title, published (`published`, `date`,
`date_extracted`, `pubdate`), id (`id`, `doc_id`), url, source, country (the country the
article was published in, as its ISO3 code: a code, an alias or a name, `marsad.lexicon.
countries`; a value that names no country is the record's error, reason `bad_country`).
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import itertools
import json
import os
import sys
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marsad.errors import InputError
from marsad.io import MAX_ARTICLE_BYTES, decode_bytes, other_format

TEXT_SUFFIXES = {".txt", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
JSON_SUFFIXES = {".json"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
ZIP_SUFFIXES = {".zip"}
CSV_SUFFIXES = {".csv"}
PARQUET_SUFFIXES = {".parquet"}
GZIP_SUFFIXES = {".gz"}  # a gzip file of one of these is read as they are:
GZIP_INNER_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | JSON_SUFFIXES | HTML_SUFFIXES | CSV_SUFFIXES
STDIN = "-"  # the path that names standard input: JSON Lines, one article a line
STDIN_ORIGIN = "stdin"  # how errors and rejects name standard input
MAX_FILE_BYTES = 2_000_000_000  # a JSON/JSONL/zip container may be large; articles may not
# An article's fields, each in its order of preference (the Spark job reads the same ones)
TEXT_KEYS = ("text", "content", "body", "article")
ID_KEYS = ("id", "doc_id")
DATE_KEYS = ("published", "date", "date_extracted", "pubdate", "published_at")


@dataclass
class Item:
    text: str
    origin: str  # file, file:line or zip!member[:index]
    doc_id: str | None = None
    title: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    country: str | None = None  # the ISO3 code of the country it was published in


KNOWN_SUFFIXES = (TEXT_SUFFIXES | JSONL_SUFFIXES | JSON_SUFFIXES | HTML_SUFFIXES | ZIP_SUFFIXES
                  | CSV_SUFFIXES | PARQUET_SUFFIXES)


def iter_paths(paths: Iterable[str | os.PathLike]) -> Iterator[Path]:
    """Files named, and the article files (by suffix) inside folders named."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for sub in sorted(path.rglob("*")):
                if (sub.is_file() and not sub.name.startswith(".")
                        and article_suffix(sub) in KNOWN_SUFFIXES
                        and not sub.name.endswith(".rejects.jsonl")):
                    yield sub
        else:
            yield path


def check_paths(paths: Iterable[str | os.PathLike]) -> None:
    """Raise MarsadError naming the paths that do not exist ('-', stdin, is no path): before
    any work (a store opened, a progress bar, a worker started), so a mistyped path is said at
    once and nothing is written."""
    from marsad.errors import MarsadError

    missing = [str(p) for p in paths if str(p) != STDIN and not Path(p).exists()]
    if missing:
        names = ", ".join(missing[:5]) + (" ..." if len(missing) > 5 else "")
        verb = "does not exist" if len(missing) == 1 else "do not exist"
        raise MarsadError(f"{names}: {verb}; check the path (give article files or "
                          f"folders); nothing was read")


def skipped_files(paths: Iterable[str | os.PathLike]) -> list[Path]:
    """The files inside the folders named that are not read: not of an article type."""
    return [sub for p in paths if Path(p).is_dir() for sub in sorted(Path(p).rglob("*"))
            if sub.is_file() and not sub.name.startswith(".")
            and article_suffix(sub) not in KNOWN_SUFFIXES]


def article_suffix(path: Path) -> str:
    """The suffix that says how a file is read: its own, or under a gzip file's `.gz` the one
    before it (`day.jsonl.gz` is read as `.jsonl`, as Spark and pandas read it)."""
    suffix = path.suffix.lower()
    if suffix in GZIP_SUFFIXES:
        inner = Path(path.stem).suffix.lower()
        return inner if inner in GZIP_INNER_SUFFIXES else suffix
    return suffix


def iter_items(paths: Iterable[str | os.PathLike], max_bytes: int = MAX_ARTICLE_BYTES,
               skip: Iterable[str | os.PathLike] = ()) -> Iterator[Item | InputError]:
    """The articles of `paths`; files of `skip` (ingest's own rejects log, when it lies in an
    input folder) are not read."""
    skipped = frozenset(Path(f).resolve() for f in skip)
    for p in paths:
        found = False
        for item in _path_items(p, max_bytes, skipped):
            found = True
            yield item
        if not found and Path(p).is_dir():
            yield InputError("is a folder with no article files in it (" +
                             ", ".join(sorted(KNOWN_SUFFIXES)) + ")", str(p), reason="empty")


def reads_stdin(paths: Iterable[str | os.PathLike]) -> bool:
    return any(str(p) == STDIN for p in paths)


def _path_items(p: str | os.PathLike, max_bytes: int,
                skipped: frozenset[Path] = frozenset()) -> Iterator[Item | InputError]:
    if str(p) == STDIN:  # (read line by line: a pipe may be endless)
        yield from jsonl_items(sys.stdin.buffer, STDIN_ORIGIN, max_bytes)
        return
    for path in iter_paths([p]):
        if skipped and path.resolve() in skipped:
            continue
        origin = str(path)
        if not path.exists():
            yield InputError("does not exist; check the path (give article files or folders)",
                             origin, reason="missing")
            continue
        suffix = path.suffix.lower()
        try:
            if suffix in GZIP_SUFFIXES:
                yield from _gzip_items(path, max_bytes)
            elif suffix in ZIP_SUFFIXES:
                yield from _zip_items(path, max_bytes)
            elif suffix in JSONL_SUFFIXES:  # (read line by line: it may be large)
                with path.open("rb") as fh:
                    yield from jsonl_items(fh, origin, max_bytes)
            elif suffix in PARQUET_SUFFIXES:
                yield from parquet_items(path, origin, max_bytes)
            else:
                containers = JSON_SUFFIXES | HTML_SUFFIXES | CSV_SUFFIXES
                data = (path.read_bytes() if suffix in containers
                        else _read_limited(path, max_bytes))
                yield from _data_items(data, origin, suffix, path.stem, max_bytes)
        except InputError as exc:
            yield exc
        except OSError as exc:
            yield InputError(f"cannot be read ({exc.strerror or exc})", origin,
                             reason="unreadable")


def _gzip_items(path: Path, max_bytes: int) -> Iterator[Item | InputError]:
    """The articles of a gzip file, read as the suffix before `.gz` says (`article_suffix`);
    JSON Lines line by line, anything else whole, no larger decompressed than it may be."""
    import gzip
    import zlib

    origin, suffix = str(path), article_suffix(path)
    if suffix in GZIP_SUFFIXES:
        yield InputError("is gzip-compressed but its name does not say what it holds; name it "
                         "as .jsonl.gz, .csv.gz, .json.gz, .txt.gz or .html.gz", origin,
                         reason="unknown_type")
        return
    containers = JSON_SUFFIXES | HTML_SUFFIXES | CSV_SUFFIXES
    limit = MAX_FILE_BYTES if suffix in containers else max_bytes
    try:
        with gzip.open(path, "rb") as fh:
            if suffix in JSONL_SUFFIXES:
                yield from jsonl_items(fh, origin, max_bytes)
                return
            data = fh.read(limit + 1)
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        yield InputError(f"is not a whole gzip file ({exc}); what follows the fault is not "
                         f"read", origin, reason="malformed_gzip")
        return
    if len(data) > limit:
        yield InputError(f"too large once decompressed (over {limit:,} bytes); split it into "
                         f"articles", origin, reason="too_large")
        return
    yield from _data_items(data, origin, suffix, Path(path.stem).stem, max_bytes)


def count_items(paths: Iterable[str | os.PathLike]) -> int:
    """A quick estimate of how many articles the paths hold (for the progress bar; standard
    input is not counted: it can be read only once)."""
    n = 0
    for path in iter_paths(p for p in paths if str(p) != STDIN):
        suffix = path.suffix.lower()
        try:
            if suffix in ZIP_SUFFIXES:
                with zipfile.ZipFile(path) as zf:
                    for info in zf.infolist():
                        if info.is_dir():
                            continue
                        with zf.open(info) as fh:
                            n += _count_blob(fh.read(), Path(info.filename).suffix.lower())
            elif suffix in JSONL_SUFFIXES or suffix in JSON_SUFFIXES or suffix in CSV_SUFFIXES:
                n += _count_blob(path.read_bytes(), suffix)
            elif suffix in PARQUET_SUFFIXES:
                import pyarrow.parquet as pq

                n += pq.ParquetFile(path).metadata.num_rows
            elif suffix in GZIP_SUFFIXES and article_suffix(path) in JSONL_SUFFIXES:
                import gzip

                with gzip.open(path, "rb") as fh:  # (streamed: it may be large)
                    n += sum(1 for line in fh if line.strip())
            else:
                n += 1
        except Exception:  # (an unreadable file is one item: the reader reports it)
            n += 1
    return n


def _count_blob(data: bytes, suffix: str) -> int:
    if suffix in JSONL_SUFFIXES:
        return sum(1 for line in data.splitlines() if line.strip())
    if suffix in CSV_SUFFIXES:  # (a text with line breaks counts more: an estimate)
        return max(1, data.count(b"\n") - 1)
    if suffix in JSON_SUFFIXES:
        return max(1, sum(data.count(f'"{k}"'.encode()) for k in TEXT_KEYS))
    return 1


def _read_limited(path: Path, max_bytes: int) -> bytes:
    size = path.stat().st_size
    if size > max_bytes:
        with path.open("rb") as fh:  # (a large store or PDF is named for what it is)
            other = other_format(fh.read(64))
        raise InputError(other or f"too large ({size:,} bytes, limit {max_bytes:,}); split it "
                         f"into articles", str(path), reason="binary" if other else "too_large")
    return path.read_bytes()


def jsonl_items(fh, origin: str, max_bytes: int) -> Iterator[Item | InputError]:
    """The article (or InputError) of each line of JSON Lines; a stream with no line but blank
    ones (an empty file, nothing piped to `-`) is one InputError: a run that reads nothing
    says so."""
    lines = 0
    for lineno, raw in enumerate(_utf8_lines(fh), 1):
        if not raw.strip():
            continue
        lines += 1
        if len(raw) > max_bytes:
            yield InputError(f"too large ({len(raw):,} bytes, limit {max_bytes:,}); split it "
                             f"into articles", origin, lineno, "too_large")
            continue
        try:
            text = decode_bytes(raw, origin, max_bytes)
            rec = json.loads(text)
        except InputError as exc:
            yield InputError(str(exc).split(": ", 1)[-1], origin, lineno, exc.reason)
            continue
        except json.JSONDecodeError as exc:
            yield InputError(_jsonl_error(text, exc, origin), origin, lineno, "malformed_json")
            continue
        yield _record_item(rec, f"{origin}:{lineno}", origin, lineno, max_bytes)
    if not lines:
        yield InputError("is empty: no JSON Lines record was read (one article a line: "
                         '{"id": …, "text": …, "published": …})', origin, reason="empty")


def _utf8_lines(fh) -> Iterator[bytes]:
    """The lines of JSON Lines bytes. A stream that opens with a UTF-16 byte-order mark (what
    Windows PowerShell's `>` writes) is decoded as it is read and its lines given in UTF-8:
    split at b"\\n" it would give halves of characters. Any other stream is read as it is, a
    line's encoding found line by line."""
    lines = iter(fh)
    first = next(lines, None)
    if first is None:
        return
    if not first.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        yield first
        yield from lines
        return
    decoder = codecs.getincrementaldecoder("utf-16")(errors="replace")
    pending = ""
    for chunk in itertools.chain((first,), lines):
        pending += decoder.decode(chunk)
        *complete, pending = pending.split("\n")
        for line in complete:
            yield (line + "\n").encode("utf-8")
    pending += decoder.decode(b"", final=True)
    if pending:
        yield pending.encode("utf-8")


def _jsonl_error(text: str, exc: json.JSONDecodeError, origin: str) -> str:
    """What is wrong with a line of JSON Lines: broken JSON, or plain text where a record was
    expected (then how to give it: a record a line, or `marsad code -` for a text on stdin)."""
    if text.lstrip()[:1] in ("{", "[", '"'):
        if exc.msg.startswith("Unterminated string") or exc.pos >= len(text.rstrip()):
            return ("is not valid JSON: the line ends before its record does (cut short?); "
                    "give the whole record on one line")
        return f"is not valid JSON ({exc.msg.removesuffix(' at')} at column {exc.colno})"
    hint = ("; to code a plain text from standard input use `marsad code -`, or save it as a "
            ".txt file and ingest that") if origin == STDIN_ORIGIN else ""
    return ('is plain text, not a JSON record: JSON Lines hold one article a line, as '
            '{"text": "...", "published": "2015-07-21"}' + hint)


def _json_items(data: bytes, origin: str, max_bytes: int) -> Iterator[Item | InputError]:
    try:
        text = decode_bytes(data, origin, max(max_bytes, len(data)))
        payload = json.loads(text)
    except json.JSONDecodeError as exc:
        yield InputError(f"is not valid JSON ({exc.msg} at line {exc.lineno})", origin,
                         reason="malformed_json")
        return
    if not isinstance(payload, list):
        yield _record_item(payload, origin, origin, None, max_bytes)
        return
    for i, rec in enumerate(payload):
        yield _record_item(rec, f"{origin}[{i}]", origin, i + 1, max_bytes, unit="item")


def _zip_items(path: Path, max_bytes: int) -> Iterator[Item | InputError]:
    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        yield InputError("is not a valid zip file", str(path), reason="malformed_zip")
        return
    with zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            member = f"{path}!{info.filename}"
            suffix = Path(info.filename).suffix.lower()
            try:
                data = zf.read(info)
            except (zipfile.BadZipFile, OSError) as exc:
                yield InputError(f"cannot be read from the zip ({exc})", member,
                                 reason="malformed_zip")
                continue
            yield from _data_items(data, member, suffix, Path(info.filename).stem, max_bytes)


def _data_items(data: bytes, origin: str, suffix: str, stem: str, max_bytes: int
                ) -> Iterator[Item | InputError]:
    """The articles in the bytes of a file or a zip member, read by the suffix of its name."""
    try:
        if suffix in JSON_SUFFIXES:
            yield from _json_items(data, origin, max_bytes)
        elif suffix in JSONL_SUFFIXES:
            yield from jsonl_items(io.BytesIO(data), origin, max_bytes)
        elif suffix in HTML_SUFFIXES:
            yield html_item(data, origin, max_bytes, stem)
        elif suffix in CSV_SUFFIXES:
            yield from csv_items(data, origin, max_bytes)
        elif suffix in PARQUET_SUFFIXES:
            yield from parquet_items(io.BytesIO(data), origin, max_bytes)
        else:
            yield Item(decode_bytes(data, origin, max_bytes), origin, doc_id=stem)
    except InputError as exc:
        yield exc


def csv_items(data: bytes, origin: str, max_bytes: int) -> Iterator[Item | InputError]:
    """One article a row of a CSV file with a header (the column names of JSON records);
    raises InputError when the bytes are not text or there is no text column."""
    text = decode_bytes(data, origin, max(max_bytes, len(data)))
    reader = csv.DictReader(io.StringIO(text, newline=""))
    _check_text_column(reader.fieldnames or (), origin)
    row, last = 0, None
    try:
        for row, rec in enumerate(reader, 1):
            if last is not None:  # (one row behind: the last one may be cut short)
                yield _record_item(last, f"{origin}:{row - 1}", origin, row - 1, max_bytes,
                                   unit="row")
            last = rec
    except csv.Error as exc:
        yield InputError(f"is not valid CSV after that row ({exc}); the rest of the file is "
                         f"not read", origin, row, "malformed_csv", unit="row")
        return
    if last is None:
        return
    if _ends_inside_quotes(text):
        yield InputError("opens a quoted cell that the file ends inside (is the file cut "
                         "short?); this row is not read: close the quote or drop the row",
                         origin, row, "malformed_csv", unit="row")
        return
    yield _record_item(last, f"{origin}:{row}", origin, row, max_bytes, unit="row")


def _ends_inside_quotes(text: str) -> bool:
    """Whether CSV `text` ends inside a quoted cell (a file cut short), which Python's lenient
    reader would take as a cell running to the end of the file. A strict reading says so; it
    stops at the first other quoting fault (a stray quote, read leniently as before), and it is
    only done when the text has a quote at all."""
    if '"' not in text:
        return False
    try:
        for _ in csv.reader(io.StringIO(text, newline=""), strict=True):
            pass
    except csv.Error as exc:
        return "unexpected end of data" in str(exc)
    return False


def parquet_items(source, origin: str, max_bytes: int) -> Iterator[Item | InputError]:
    """One article a row of a Parquet file (`source`: a path or a binary file object); raises
    InputError for a file that is not Parquet or has no text column."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        table = pq.ParquetFile(source)
    except (pa.ArrowException, OSError) as exc:
        raise InputError(f"is not a valid Parquet file ({exc})", origin,
                         reason="malformed_parquet") from None
    _check_text_column(table.schema_arrow.names, origin)
    row = 0
    for batch in table.iter_batches(batch_size=256):
        for rec in batch.to_pylist():
            row += 1
            yield _record_item(rec, f"{origin}:{row}", origin, row, max_bytes, unit="row")


def _check_text_column(names, origin: str) -> None:
    if not any(k in names for k in TEXT_KEYS):
        raise InputError("has no text column (name the column of the article text one of " +
                         ", ".join(f'"{k}"' for k in TEXT_KEYS) + ")", origin, reason="empty")


def _record_item(rec: Any, origin: str, file: str, line: int | None, max_bytes: int,
                 unit: str = "line") -> Item | InputError:
    """The article of one JSON record (`line`: its line, or with unit="item" its position in a
    JSON array)."""
    def error(message: str, reason: str) -> InputError:
        return InputError(message, file, line, reason, unit=unit)

    if not isinstance(rec, dict):
        return error("is not a JSON object; give one article object {\"text\": ...} per "
                     + ("item" if unit == "item" else "line"), "malformed_json")
    text = record_text(rec)
    if text is None:
        # (a number, a list or a JSON null where the text should be; a row's null is a
        # missing cell: no text)
        other = next((k for k in TEXT_KEYS if k in rec and (unit != "row" or rec[k] is not None)),
                     None)
        if other:
            return error(f'"{other}" must be a string, got {_json_kind(rec[other])}; give the '
                         f"article text as a string", "not_text")
        return error("has no text field (give the article text as one of "
                     + ", ".join(f'"{k}"' for k in TEXT_KEYS) + ")", "empty")
    if not text.strip():
        return error("has an empty text", "empty")
    if len(text.encode("utf-8")) > max_bytes:
        return error(f"text is too large ({len(text.encode('utf-8')):,} bytes, limit "
                     f"{max_bytes:,}); split it into articles", "too_large")
    published = None
    for k in DATE_KEYS:
        if rec.get(k):
            published = _iso_date(str(rec[k]))
            if published:
                break
    title = rec.get("title") if isinstance(rec.get("title"), str) else None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    country = None
    from marsad.lexicon.countries import country_code, country_given

    if country_given(rec.get("country")):
        # (a code, an alias or a name: its ISO3 code; one that names no country, a typo, is
        # this record's error, not silently none)
        try:
            country = country_code(rec["country"], what='"country"')
        except InputError as exc:
            return error(exc.message, exc.reason)
    return Item(text, origin, doc_id=record_id(rec), title=title,
                published=published, url=_str(rec.get("url")), source=_str(rec.get("source")),
                country=country)


def _json_kind(value: Any) -> str:
    return {bool: "true or false", int: "a number", float: "a number", list: "a list",
            dict: "an object", type(None): "null"}.get(type(value), type(value).__name__)


def html_item(data: bytes, origin: str, max_bytes: int, stem: str | None = None) -> Item:
    """The article of an HTML page (`stem`: its file name without suffix, the article id)."""
    import trafilatura

    html = decode_bytes(data, origin, max_bytes)
    text = trafilatura.extract(html, include_comments=False, include_tables=False,
                               favor_precision=True)
    if not text or not text.strip():
        raise InputError("has no article text that could be extracted from the HTML", origin,
                         reason="empty")
    meta = trafilatura.extract_metadata(html)
    title = getattr(meta, "title", None) if meta else None
    date = _iso_date(getattr(meta, "date", None) or "") if meta else None
    url = getattr(meta, "url", None) if meta else None
    return Item(text, origin, doc_id=stem or Path(origin).stem, title=title, published=date,
                url=url)


def _iso_date(value: str) -> str | None:
    try:
        return dt.date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
        return None


def article_record(item: Item, default_date: str | None = None) -> dict[str, Any]:
    """The JSON record of a read article (`marsad convert`; `default_date`: the publication
    date of an article that gives none), with the field names every reader of marsad takes."""
    rec = {"id": item.doc_id, "text": item.text, "published": item.published or default_date,
           "title": item.title, "url": item.url, "source": item.source}
    if item.country:
        rec["country"] = item.country
    return rec


def record_text(rec: dict[str, Any]) -> str | None:
    """The article text of a record: its first field of TEXT_KEYS that holds a string."""
    return next((rec[k] for k in TEXT_KEYS if isinstance(rec.get(k), str)), None)


def record_id(rec: dict[str, Any]) -> str | None:
    """`id`, else `doc_id` (0 is an id; null and "" are none)."""
    for key in ID_KEYS:
        if rec.get(key) not in (None, ""):
            return str(rec[key])
    return None


def country_field(v: Any) -> str | None:
    """The ISO3 code of the `country` of a record or a Document's meta: a code, an alias or an
    English or Arabic name (`marsad.lexicon.countries`: SAU, sau, KSA, Saudi Arabia: SAU); a
    value that names no country (a number, an empty cell, a typo) is none. (The readers refuse
    such a record, `record_item`; this is for values already read.)"""
    from marsad.lexicon.countries import builtin_country_names

    return builtin_country_names().find(v)


def _str(v: Any) -> str | None:
    return None if v in (None, "") else str(v)  # (an empty CSV cell is no value)
