"""A store of a few records, ingested as `marsad ingest` does from a JSON Lines file (the audit
tests' stores)."""

from __future__ import annotations

import json


def jsonl_store(tmp_path, records, capsys=None):
    """`tmp_path/s.db`, the records (dicts of ingest's fields) coded into it; with `capsys`,
    ingest's output is read away."""
    from marsad.cli import main

    jsonl = tmp_path / "a.jsonl"
    jsonl.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                     encoding="utf-8")
    db = tmp_path / "s.db"
    assert main(["ingest", str(jsonl), "--db", str(db), "--no-progress"]) == 0
    if capsys is not None:
        capsys.readouterr()
    return db
