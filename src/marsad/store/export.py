"""`marsad export`: events, quotes, articles, mentions or entities as CSV, JSON Lines or
Parquet.

Events are the GDELT-like flat table of `marsad.tables.EVENT_COLUMNS` (documented in
docs/export.md), or PLOVER JSON records with `style="plover"`. The filters of `marsad events`
(`query.Filters`) select the rows: events and their mentions, the quotes of a speaker, the
articles naming an actor, an actor's entity mentions. A file is written under a temporary name and renamed when complete,
so a failed export never leaves a partial file behind (nor replaces a good one); a device or a
pipe (/dev/stdout) is written to directly.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from marsad.errors import MarsadError
from marsad.store.db import is_sqlite_file
from marsad.store.query import (EVENT_SELECT, Filters, article_where, entity_where,
                                event_where, quote_where)
from marsad.tables import (EVENT_COLUMNS, PLOVER_LOCATION_KEYS, arrow_schema, flat_plover_record,
                           plover_record)

WHAT = ("events", "quotes", "articles", "mentions", "entities")
FORMATS = ("csv", "jsonl", "parquet")
PARQUET_BATCH = 10_000  # rows per Parquet row group: bounds the memory of a large export


def columns(what: str) -> tuple[str, ...]:
    from marsad.tables import table_columns

    return table_columns(what)


def iter_rows(con: sqlite3.Connection, what: str, style: str = "gdelt",
              include_text: bool = True, filters: Filters | None = None
              ) -> Iterator[dict[str, Any]]:
    if what not in WHAT:
        raise MarsadError(f"cannot export {what!r}; choose one of {', '.join(WHAT)}")
    if style == "plover" and what != "events":
        raise MarsadError(f"--style plover writes events; it has no form for {what}")
    f = filters or Filters()
    if f.modality and what not in ("events", "mentions"):
        raise MarsadError(f"--modality selects events and mentions, not {what}")
    for option, value in (("--code", f.code), ("--type", f.plover), ("--place", f.place),
                          ("--place-type", f.place_type)):
        if value and what in ("quotes", "entities"):
            raise MarsadError(f"{option} selects events, mentions and articles, not {what}")
    cols = list(columns(what))
    if what == "articles" and not include_text:
        cols.remove("text")
    sql, params = _select(what, cols, f)
    for r in con.execute(sql, params):
        row = dict(r)
        yield plover_record(row) if (what == "events" and style == "plover") else row


def _select(what: str, cols: list[str], f: Filters) -> tuple[str, list[Any]]:
    """The statement (fixed pieces only) and its parameters of a table with its filters."""
    if what == "events":
        where, params = event_where(f)
        return (f"SELECT {EVENT_SELECT} FROM events ev{_where(where)} ORDER BY ev.event_id",
                params)
    if what == "articles":
        where, params = article_where(f)
        names = ", ".join(f"a.{_q(c)}" for c in cols)
        return f"SELECT {names} FROM articles a{_where(where)} ORDER BY a.rowid", params
    if what == "quotes":
        where, params = quote_where(f)
        names = ", ".join(f"q.{_q(c)}" for c in cols)
        return f"SELECT {names} FROM quotes q{_where(where)} ORDER BY q.article_id, q.id", params
    if what == "entities":
        where, params = entity_where(f)
        names = ", ".join(f"e.{_q(c)}" for c in cols)
        return (f"SELECT {names} FROM entities e{_where(where)} ORDER BY e.article_id, e.start",
                params)
    where, params = event_where(f)  # mentions: those of the events selected
    names = ", ".join(f"m.{_q(c)}" for c in cols)
    of_events = (f" WHERE m.event_id IN (SELECT ev.event_id FROM events ev{_where(where)})"
                 if where else "")
    return f"SELECT {names} FROM mentions m{of_events} ORDER BY m.article_id, m.id", params


def _where(conditions: list[str]) -> str:
    return (" WHERE " + " AND ".join(conditions)) if conditions else ""


def _q(c: str) -> str:
    return f'"{c}"'


# The format an output file's name says (as pandas and DuckDB go by the suffix)
FORMAT_BY_SUFFIX = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet"}


def format_for(out: str | Path | None, fmt: str | None = None) -> str:
    """The format of an export to `out`: `fmt` if given, else the one its suffix names, else CSV
    (a name with no suffix, /dev/stdout). A `fmt` that another format's suffix contradicts is
    refused (events.parquet holding CSV), and so is another suffix without `fmt`: events.xlsx,
    events.json or events.csv.gz would hold plain CSV."""
    suffix = Path(out).suffix.lower() if out else ""
    named = FORMAT_BY_SUFFIX.get(suffix)
    if fmt and named and fmt != named:
        raise MarsadError(f"output {out} is named as {named} but --format {fmt} was given; drop "
                          f"--format or name the file .{fmt}")
    if not fmt and suffix and not named:
        raise MarsadError(f"output {out}: its suffix {suffix} names no format of export; name "
                          f"the file .csv, .jsonl or .parquet, or give --format "
                          f"{'|'.join(FORMATS)}")
    return fmt or named or "csv"


def export(con: sqlite3.Connection, what: str, fmt: str, out: str | Path | None = None,
           style: str = "gdelt", filters: Filters | None = None,
           overwrite: bool = False) -> int:
    """Write the table; return the number of rows. `out=None` writes CSV/JSONL to stdout; an
    existing file `out` is refused unless `overwrite`."""
    if fmt not in FORMATS:
        raise MarsadError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    rows = iter_rows(con, what, style, filters=filters)
    if out is None:
        if fmt == "parquet":
            raise MarsadError("Parquet needs an output file: add -o FILE.parquet")
        return _write_text(rows, what, fmt, sys.stdout, style)
    return write_file(out, lambda path: _write_to(rows, what, fmt, style, path), overwrite)


def write_file(out: str | Path, write: Callable[[Path], int], overwrite: bool = False) -> int:
    """`write(path)` the output file `out` whole or not at all: under `out.part`, renamed when
    complete (a link stays a link); a device or a pipe (/dev/stdout) is written to directly.
    An existing file is refused unless `overwrite`, before anything is read (as spark-run
    refuses an existing OUTPUT): a slip of -o must not replace a month's export. Returns what
    `write` returns (the rows written)."""
    path = _output_path(out)
    if path.exists() and not path.is_file():
        return write(path)
    if path.exists() and is_sqlite_file(path):  # even with --overwrite: a store is not output
        raise MarsadError(f"output {out} is an SQLite database (a store?), which an output never "
                          f"replaces, even with --overwrite; give another file with -o FILE")
    if path.exists() and not overwrite:
        raise MarsadError(f"output {out} already exists; give another file with -o FILE, or add "
                          f"--overwrite to replace it")
    target = path.resolve() if path.is_symlink() else path
    part = target.with_name(target.name + ".part")
    try:
        n = write(part)
        os.replace(part, target)
    except OSError as exc:
        if exc.filename not in (None, str(part), str(target)):
            raise  # (not the output's: an input's, said by its reader)
        raise MarsadError(f"cannot write output {out} ({exc.strerror or exc}); check that you "
                          f"may write in folder {target.parent} and that it has room, or give "
                          f"another file with -o FILE") from None
    finally:
        part.unlink(missing_ok=True)
    return n


def _write_to(rows, what: str, fmt: str, style: str, path: Path) -> int:
    if fmt == "parquet":  # (through a Python file: pyarrow's own would seek, which a pipe can't)
        with open(path, "wb") as fh:
            return _write_parquet(rows, what, style, fh)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        return _write_text(rows, what, fmt, fh, style)


def _output_path(out: str | Path) -> Path:
    path = Path(out)
    if path.is_dir():
        raise MarsadError(f"output {path} is a folder; give a file name, e.g. "
                          f"{path / 'events.parquet'}")
    if not path.parent.is_dir():
        raise MarsadError(f"folder {path.parent} for output {path} does not exist; create it "
                          f"first")
    return path


def _write_text(rows, what: str, fmt: str, fh, style: str = "gdelt") -> int:
    n = 0
    if fmt == "jsonl":
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
        return n
    plover = what == "events" and style == "plover"
    if plover:  # (a CSV cell holds no object: the location as location_* columns)
        rows = map(flat_plover_record, rows)
    writer = None
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(fh, fieldnames=list(row))
            writer.writeheader()
        writer.writerow({k: (json.dumps(v, ensure_ascii=False) if isinstance(v, dict) else v)
                         for k, v in row.items()})
        n += 1
    if writer is None:
        csv.writer(fh).writerow(list(flat_plover_record(plover_record(
            dict.fromkeys(EVENT_COLUMNS)))) if plover else columns(what))
    return n


def _write_parquet(rows, what: str, style: str, fh) -> int:
    """Row groups of PARQUET_BATCH rows, with the table's fixed schema."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _plover_schema() if style == "plover" else arrow_schema(columns(what))
    days = [f.name for f in schema if f.type == pa.date32()]  # ("YYYY-MM-DD" in the rows)
    n = 0
    it = iter(rows)
    with pq.ParquetWriter(fh, schema) as writer:
        while batch := list(islice(it, PARQUET_BATCH)):
            for row in batch if days else ():
                for c in days:
                    row[c] = _day(row[c])
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n


def _day(value):
    """A "YYYY-MM-DD" cell as a date (None for none)."""
    return dt.date.fromisoformat(value[:10]) if isinstance(value, str) and value else None


def _plover_schema():
    """The schema of `plover_record`s: the flat columns' types, the location a struct."""
    import pyarrow as pa

    names = list(plover_record(dict.fromkeys(EVENT_COLUMNS)))
    flat = arrow_schema(names)
    located = arrow_schema([f"location_{k}" for k in PLOVER_LOCATION_KEYS])  # (EVENT_COLUMNS')
    place = pa.struct([(k, f.type) for k, f in zip(PLOVER_LOCATION_KEYS, located, strict=True)])
    return pa.schema([(f.name, place if f.name == "location" else f.type) for f in flat])
