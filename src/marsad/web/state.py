"""What one app instance holds: the store's connections, the pipeline (built lazily, once) and
the locks that keep coding and writing safe when requests run in parallel threads."""

from __future__ import annotations

import queue
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from marsad.web.html import Templates

DEFAULT_MAX_BODY = 1_000_000  # bytes; larger request bodies are answered with 413


class ReadOnlyError(Exception):
    """A write was asked of a server started with --read-only (answered with 403)."""


class AppState:
    def __init__(self, db_path: str | Path, read_only: bool = False,
                 max_body: int = DEFAULT_MAX_BODY, lexicon_dirs: tuple[str, ...] = ()):
        from marsad.store import connect

        self.db_path = Path(db_path)
        self.read_only = read_only
        self.max_body = max_body
        self.lexicon_dirs = lexicon_dirs
        self.templates = Templates()
        self._pool: queue.LifoQueue[sqlite3.Connection] = queue.LifoQueue()
        # Opened now so a missing or too-new store fails at start with the store's message.
        self._pool.put(connect(self.db_path, read_only=read_only))
        self._nlp: Any = None
        self.ready = threading.Event()  # set once the pipeline and its segmenter are built
        self._build_lock = threading.Lock()
        self._code_lock = threading.Lock()
        self._write_lock = threading.Lock()

    # -- store ---------------------------------------------------------------------------------
    @contextmanager
    def db(self) -> Iterator[sqlite3.Connection]:
        """A connection for one request (each thread uses its own; returned to the pool)."""
        from marsad.store import connect

        try:
            con = self._pool.get_nowait()
        except queue.Empty:
            con = connect(self.db_path, read_only=self.read_only)
        try:
            yield con
        finally:
            if con.in_transaction:
                con.rollback()
            self._pool.put(con)

    def close(self) -> None:
        while True:
            try:
                self._pool.get_nowait().close()
            except queue.Empty:
                return

    # -- coding --------------------------------------------------------------------------------
    def pipeline(self):
        """The app's pipeline, built on first use (once, even under parallel requests)."""
        with self._build_lock:
            if self._nlp is None:
                import marsad

                self._nlp = marsad.load(lexicon_dirs=self.lexicon_dirs)
            return self._nlp

    def warm_up(self) -> threading.Thread:
        """Build the pipeline and the search's segmenter in a background thread (`marsad serve`
        starts it with the server), so that the first search, coding or actor name is as quick
        as the next; a request that comes before waits for the build, which is made once."""
        thread = threading.Thread(target=self.segmenter, name="marsad-warm-up", daemon=True)
        thread.start()
        return thread

    def segmenter(self):
        """The pipeline's clitic segmenter, so search query words lose their clitics
        (بالقاهرة finds القاهرة) exactly as the stored articles' words did."""
        from marsad.text.tokens import Segmenter, known_words_from_lexicon

        segmenter = self.pipeline().resources.get(
            "segmenter", lambda r: Segmenter(known_words_from_lexicon(r.lexicon)))
        self.ready.set()
        return segmenter

    def code(self, text: str, published: str | None = None, title: str | None = None,
             doc_id: str | None = None):
        """Code one article with the app's pipeline."""
        nlp = self.pipeline()
        with self._code_lock:  # stages are not promised to be thread-safe
            return nlp(text, published=published, title=title, doc_id=doc_id)

    def store(self, doc, origin: str = "web") -> tuple[str, bool]:
        """Store a coded document; return (article id, whether it was new)."""
        if self.read_only:
            raise ReadOnlyError("this server is read-only (started with --read-only): "
                                "nothing can be stored")
        from marsad.store.ingest import code_item, refresh_events, write_result
        from marsad.tables import content_hash

        h = content_hash(doc.text)
        item = {"text": doc.text, "article_id": doc.doc_id, "published": doc.published,
                "title": doc.meta.get("title"), "origin": origin,
                **{k: doc.meta[k] for k in ("url", "source", "country") if doc.meta.get(k)}}
        # code_item builds exactly the rows `marsad ingest` stores; hand it the coded document
        # instead of coding the text a second time.
        rows = code_item(item, nlp=lambda *a, **k: doc)
        with self._write_lock, self.db() as con:
            old = con.execute("SELECT article_id, published FROM articles WHERE "
                              "content_hash = ?", (h,)).fetchone()
            if old:
                if old[1] is None and doc.published:  # as ingest: a dated copy dates it
                    from marsad.store.ingest import IngestReport, date_stored

                    with self._code_lock:
                        date_stored(con, {h: (doc.published.isoformat(), False)},
                                    self.pipeline(), IngestReport())
                return old[0], False
            with con:
                touched = write_result(con, rows)
                refresh_events(con, sorted(touched))
            aid = con.execute("SELECT article_id FROM articles WHERE content_hash = ?",
                              (h,)).fetchone()[0]
        return aid, True
