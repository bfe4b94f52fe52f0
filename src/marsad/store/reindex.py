"""`reindex(db)`: rebuild the search index of a store in place, with this marsad's stems.

The index (`articles_fts`) holds each article's folded text and the stems the tokens stage
gave its words when it was stored; a later marsad may stem some words otherwise (الكرة: كره,
where stores indexed before the twentieth session hold الكره), and its searches then miss them
in older articles. Rebuilding reads each stored article's title and text again with the layout,
sentences and tokens stages only (no coding: entities, quotes, events and every other row stay
as they are) and writes its row of the index anew, all in one transaction: interrupted, the
store keeps its old index whole. The store then records the index version
(`db.INDEX_VERSION`) it was built with. The index of the actors' Arabic words
(`actor_text_fts`) is made again from the stored rows too.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

INDEX_STAGES = ("layout", "sentences", "tokens")  # what the index's stems need
BATCH = 200  # articles read at a time


def reindex(db: str | Path, lexicon_dirs=(), progress: bool = False) -> dict[str, Any]:
    """Rebuild the search index of the store `db` (which must exist) with the dictionaries
    `lexicon_dirs` (those the store was ingested with: the segmenter knows their words); return
    what was done: `articles` indexed, the index version `before` and `after`, `seconds`."""
    import marsad
    from marsad.errors import MarsadError
    from marsad.store.db import (ACTOR_TEXT_FILL, INDEX_VERSION, connect, index_version,
                                 set_index_version)
    from marsad.store.ingest import fts_row
    from tqdm import tqdm

    if not Path(db).is_file():
        raise MarsadError(f"store {db} does not exist; give the store with --db FILE")
    t0 = time.perf_counter()
    con = connect(db)
    try:
        before = index_version(con)
        nlp = marsad.load(stages=INDEX_STAGES, lexicon_dirs=tuple(lexicon_dirs))
        total = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        bar = tqdm(total=total, unit="article", file=sys.stderr, dynamic_ncols=True,
                   desc="reindex", mininterval=0.5) if progress else None
        n, last = 0, -1
        with con:  # (one transaction: the old index until the new one is whole)
            con.execute("INSERT INTO articles_fts (articles_fts) VALUES ('delete-all')")
            while rows := con.execute(  # (a batch at a time: not every text in memory)
                    "SELECT rowid, title, text, published, article_id FROM articles "
                    "WHERE rowid > ? ORDER BY rowid LIMIT ?", (last, BATCH)).fetchall():
                for rowid, title, text, published, article_id in rows:
                    doc = nlp(nlp.make_doc(text, published=published, doc_id=article_id,
                                           title=title))
                    con.execute("INSERT INTO articles_fts (rowid, body, stems) "
                                "VALUES (?, ?, ?)", (rowid, *fts_row(title, doc)))
                n, last = n + len(rows), rows[-1][0]
                if bar is not None:
                    bar.update(len(rows))
            con.execute("INSERT INTO articles_fts (articles_fts) VALUES ('optimize')")
            # the actor text index, from the stored rows (the words as this marsad folds them)
            con.execute("DELETE FROM actor_text_fts")
            con.execute(ACTOR_TEXT_FILL)
        set_index_version(con)
        if bar is not None:
            bar.close()
    finally:
        con.close()
    return {"articles": n, "index_version_before": before, "index_version": INDEX_VERSION,
            "seconds": round(time.perf_counter() - t0, 2)}


PROBE = Path(__file__).with_name("index_probe.txt")


def probe_words(path: Path = PROBE) -> list[str]:
    """The probe's words and phrases (`index_probe.txt`: a line each, # opens a comment)."""
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


def index_fingerprint(lexicon_dirs=(), nlp=None) -> str:
    """A hash of the stems the search index holds for the probe words (each read alone by the
    stages that make the index, as `fts_row` takes them): it changes when the tokenizer or the
    segmenter stems one of them otherwise, which is when INDEX_VERSION must be raised
    (`db.INDEX_FINGERPRINTS`)."""
    import hashlib

    import marsad
    from marsad.store.ingest import fts_row

    nlp = nlp or marsad.load(stages=INDEX_STAGES, lexicon_dirs=tuple(lexicon_dirs))
    stems = [fts_row(None, nlp(word))[1] for word in probe_words()]
    return hashlib.sha256("\n".join(stems).encode("utf-8")).hexdigest()[:16]
