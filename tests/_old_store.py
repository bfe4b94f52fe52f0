"""A store of an earlier schema version, for the tests of its migration."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def old_store(db: Path, version: int) -> sqlite3.Connection:
    """A new store at `db` made by the first `version` migrations only (an older marsad's),
    open for the test to put rows in; commit and close it before `connect(db)` migrates it."""
    from marsad.store.db import MIGRATIONS, _add_functions

    old = sqlite3.connect(db)
    _add_functions(old)
    old.executescript("".join(MIGRATIONS[:version]) + f"; PRAGMA user_version={version};")
    return old
