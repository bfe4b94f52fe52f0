"""The corpus store: SQLite with WAL, versioned schema, ingest, search and export."""

from marsad.store.db import SCHEMA_VERSION, connect
from marsad.store.ingest import IngestReport, ingest

__all__ = ["connect", "ingest", "IngestReport", "SCHEMA_VERSION"]
