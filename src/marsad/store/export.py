"""`marsad export`: events, quotes or articles as CSV, JSON Lines or Parquet.

Events are the GDELT-like flat table of `marsad.tables.EVENT_COLUMNS` (documented in
docs/export.md), or PLOVER JSON records with `style="plover"`.
"""

from __future__ import annotations

import csv
import json
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from marsad.errors import MarsadError
from marsad.tables import ARTICLE_COLUMNS, EVENT_COLUMNS, QUOTE_COLUMNS, plover_record

WHAT = ("events", "quotes", "articles", "mentions")
FORMATS = ("csv", "jsonl", "parquet")


def columns(what: str) -> tuple[str, ...]:
    from marsad.tables import MENTION_COLUMNS

    return {"events": EVENT_COLUMNS, "quotes": QUOTE_COLUMNS, "articles": ARTICLE_COLUMNS,
            "mentions": MENTION_COLUMNS}[what]


def iter_rows(con: sqlite3.Connection, what: str, style: str = "gdelt",
              include_text: bool = True) -> Iterator[dict[str, Any]]:
    if what not in WHAT:
        raise MarsadError(f"cannot export {what!r}; choose one of {', '.join(WHAT)}")
    cols = list(columns(what))
    if what == "articles" and not include_text:
        cols.remove("text")
    if what == "articles":
        sql = ("SELECT article_id, content_hash, published, title, source, url, n_sentences, "
               "n_entities, n_quotes, n_events" + (", text" if include_text else "") +
               " FROM articles ORDER BY rowid")
    elif what == "events":
        sql = f"SELECT {', '.join(cols)} FROM events ORDER BY event_id"
    else:
        sql = f"SELECT {', '.join(_q(c) for c in cols)} FROM {what} ORDER BY article_id, id"
    for r in con.execute(sql):
        row = dict(r)
        yield plover_record(row) if (what == "events" and style == "plover") else row


def _q(c: str) -> str:
    return f'"{c}"'


def export(con: sqlite3.Connection, what: str, fmt: str, out: str | Path | None = None,
           style: str = "gdelt") -> int:
    """Write the table; return the number of rows. `out=None` writes CSV/JSONL to stdout."""
    if fmt not in FORMATS:
        raise MarsadError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    rows = iter_rows(con, what, style)
    if fmt == "parquet":
        if out is None:
            raise MarsadError("Parquet needs an output file: add -o FILE.parquet")
        return _write_parquet(rows, what, style, Path(out))
    fh = sys.stdout if out is None else open(out, "w", encoding="utf-8", newline="")
    try:
        n = 0
        if fmt == "jsonl":
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
                n += 1
        else:
            cols = None
            writer = None
            for row in rows:
                if writer is None:
                    cols = list(row)
                    writer = csv.DictWriter(fh, fieldnames=cols)
                    writer.writeheader()
                writer.writerow({k: (json.dumps(v, ensure_ascii=False) if isinstance(v, dict)
                                     else v) for k, v in row.items()})
                n += 1
            if writer is None:
                csv.writer(fh).writerow(columns(what))
        return n
    finally:
        if out is not None:
            fh.close()


def _write_parquet(rows, what: str, style: str, path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    batch = list(rows)
    if batch:
        table = pa.Table.from_pylist(batch)
    else:
        table = pa.table({c: pa.array([], pa.string()) for c in columns(what)})
    pq.write_table(table, path)
    return len(batch)
