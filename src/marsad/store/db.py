"""The SQLite store: connection settings, versioned schema and migrations.

One file (default `marsad.db`) in WAL mode. The schema version is SQLite's `user_version`;
`MIGRATIONS[i]` moves a store from version i to i+1, and `connect()` applies what is missing,
each migration in its own transaction.

Tables: articles (one row per distinct text, keyed by content hash), sentences, entities,
quotes, mentions (one per coded event mention, with the event's attributes), events (derived from
mentions: one row per (date, source, target, CAMEO code), GDELT-style, with the first and last
day its date covers), rejects (bad input
items), articles_fts (FTS5 over the folded text and its clitic-free stems; contentless, so
articles are never deleted from a store), actor_text_fts (FTS5, one row per article: the Arabic
words its actors were written with, for the actor filter's Arabic text) and store_info (the
index version). Schema 8: an event's reporters (`reported_by_*`, `reporters`) on mentions
and events. Schema 9: actor_names (each English name of an actor the store holds, once) and
actor_names_fts (their trigrams), for the actor filter's words of a name. Schema 10: the
events' and mentions' place names in actor_names too, for the place filter's words of a name.
Schema 11: the country an article was published in (`articles.country`, ISO3: its record's
`country` field or the run's `--country`), so that an article coded again keeps it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from marsad.errors import MarsadError
from marsad.text.normalize import fold

# (the actor text index of every stored article, from its rows: by migration 7 and `reindex`)
ACTOR_TEXT_FILL = """
    INSERT INTO actor_text_fts (rowid, entities, speakers, actors) SELECT a.rowid,
      (SELECT group_concat(marsad_name_words(e.text), ' ') FROM entities e
       WHERE e.article_id = a.article_id),
      (SELECT group_concat(marsad_name_words(q.speaker_text), ' ') FROM quotes q
       WHERE q.article_id = a.article_id),
      (SELECT group_concat(coalesce(marsad_name_words(m.actor1_text), '') || ' ' ||
                           coalesce(marsad_name_words(m.actor2_text), ''), ' ') FROM mentions m
       WHERE m.article_id = a.article_id)
    FROM articles a;
"""
MIGRATIONS: tuple[str, ...] = (
    # 0 -> 1: the first schema
    """
    CREATE TABLE articles (
        rowid INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL UNIQUE,
        content_hash TEXT NOT NULL UNIQUE,
        published TEXT, title TEXT, source TEXT, url TEXT,
        n_sentences INTEGER, n_entities INTEGER, n_quotes INTEGER, n_events INTEGER,
        text TEXT NOT NULL,
        doc_json BLOB NOT NULL,           -- zlib-compressed coded document (layers, no text)
        origin TEXT,                      -- file[:line] it came from
        marsad_version TEXT,
        ingested_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE INDEX articles_published ON articles(published);
    CREATE INDEX articles_source ON articles(source);
    CREATE TABLE sentences (
        article_id TEXT NOT NULL, idx INTEGER NOT NULL, start INTEGER, "end" INTEGER, kind TEXT,
        PRIMARY KEY (article_id, idx)
    ) WITHOUT ROWID;
    CREATE TABLE entities (
        article_id TEXT NOT NULL, start INTEGER, "end" INTEGER, text TEXT, type TEXT,
        canonical TEXT, actor_code TEXT, actor_id TEXT, country TEXT, role TEXT, how TEXT,
        sentence INTEGER
    );
    CREATE INDEX entities_article ON entities(article_id);
    CREATE INDEX entities_code ON entities(actor_code);
    CREATE TABLE quotes (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL, published TEXT, start INTEGER, "end" INTEGER, text TEXT,
        kind TEXT, cue TEXT, speaker_name TEXT, speaker_code TEXT, speaker_text TEXT,
        addressee_name TEXT, addressee_code TEXT, reported_by_name TEXT, reported_by_code TEXT,
        sentence INTEGER, source_url TEXT
    );
    CREATE INDEX quotes_article ON quotes(article_id);
    CREATE INDEX quotes_speaker ON quotes(speaker_code);
    CREATE TABLE mentions (
        id INTEGER PRIMARY KEY,
        event_id TEXT NOT NULL, article_id TEXT NOT NULL, sentence INTEGER, start INTEGER,
        "end" INTEGER, evidence TEXT, sentence_text TEXT, modality TEXT, date_source TEXT,
        actor1_text TEXT, actor2_text TEXT, source_url TEXT, published TEXT,
        ev_key TEXT, ev_date TEXT, ev_actor1_code TEXT, ev_actor1_name TEXT,
        ev_actor1_country TEXT, ev_actor1_role TEXT, ev_actor2_code TEXT, ev_actor2_name TEXT,
        ev_actor2_country TEXT, ev_actor2_role TEXT, ev_event_code TEXT, ev_plover_type TEXT,
        ev_plover_mode TEXT, ev_quad_class INTEGER, ev_goldstein REAL, ev_location_name TEXT,
        ev_location_country TEXT
    );
    CREATE INDEX mentions_event ON mentions(event_id);
    CREATE INDEX mentions_article ON mentions(article_id);
    CREATE TABLE events (
        event_id TEXT PRIMARY KEY, date TEXT, day INTEGER,
        actor1_code TEXT, actor1_name TEXT, actor1_country TEXT, actor1_role TEXT,
        actor2_code TEXT, actor2_name TEXT, actor2_country TEXT, actor2_role TEXT,
        event_code TEXT, event_base_code TEXT, event_root_code TEXT, plover_type TEXT,
        plover_mode TEXT, quad_class INTEGER, goldstein REAL, modality TEXT,
        num_mentions INTEGER, num_articles INTEGER, location_name TEXT, location_country TEXT,
        source_url TEXT, first_article_id TEXT
    ) WITHOUT ROWID;
    CREATE INDEX events_date ON events(date);
    CREATE INDEX events_code ON events(event_code);
    CREATE INDEX events_actor1 ON events(actor1_code);
    CREATE INDEX events_actor2 ON events(actor2_code);
    CREATE TABLE rejects (
        id INTEGER PRIMARY KEY, origin TEXT NOT NULL, line INTEGER, reason TEXT NOT NULL,
        message TEXT, at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        UNIQUE (origin, line, reason)
    );
    CREATE VIRTUAL TABLE articles_fts USING fts5(body, stems, content='');
    """,
    # 1 -> 2: the first and last day an event's date covers (a day, month, year, ISO week or
    # an interval: `tables.date_bounds`), so that date filters and "newest first" compare days
    # and not strings (where 2015-W29 sorted after 2015-07-31 and 2015-07 before 2015-07-01)
    """
    ALTER TABLE events ADD COLUMN first_day TEXT;
    ALTER TABLE events ADD COLUMN last_day TEXT;
    UPDATE events SET first_day = marsad_first_day(date), last_day = marsad_last_day(date);
    CREATE INDEX events_first_day ON events(first_day);
    CREATE INDEX events_last_day ON events(last_day);
    """
    # ... and an actor code that opens with a role (REB, GOVMIL, CVL) names no country: rows
    # stored before took its first three letters for a country (`tables._split_code`)
    """
    CREATE TEMP TABLE role_codes (code TEXT PRIMARY KEY);
    INSERT INTO role_codes VALUES ('GOV'), ('MIL'), ('REB'), ('OPP'), ('PTY'), ('COP'), ('JUD'),
        ('SPY'), ('BUS'), ('MED'), ('EDU'), ('HLT'), ('CVL'), ('REF'), ('AGR'), ('LAB'), ('CRM'),
        ('ELI'), ('LEG'), ('IGO'), ('NGO'), ('MNC'), ('UAF'), ('SEP'), ('INS'), ('REL'), ('IMG'),
        ('MOD'), ('RAD'), ('AMN'), ('IRC'), ('GRP'), ('UNO'), ('PKO'), ('HRI');
    UPDATE events SET actor1_country = NULL, actor1_role = actor1_code
        WHERE substr(actor1_code, 1, 3) IN (SELECT code FROM role_codes);
    UPDATE events SET actor2_country = NULL, actor2_role = actor2_code
        WHERE substr(actor2_code, 1, 3) IN (SELECT code FROM role_codes);
    UPDATE mentions SET ev_actor1_country = NULL, ev_actor1_role = ev_actor1_code
        WHERE substr(ev_actor1_code, 1, 3) IN (SELECT code FROM role_codes);
    UPDATE mentions SET ev_actor2_country = NULL, ev_actor2_role = ev_actor2_code
        WHERE substr(ev_actor2_code, 1, 3) IN (SELECT code FROM role_codes);
    DROP TABLE role_codes;
    """,
    # 2 -> 3: the point (decimal degrees) of an event's place, GDELT's ActionGeo_Lat/Long
    # (`tables.EVENT_COLUMNS`); rows stored before have none until their articles are coded again
    """
    ALTER TABLE mentions ADD COLUMN ev_location_lat REAL;
    ALTER TABLE mentions ADD COLUMN ev_location_lon REAL;
    ALTER TABLE events ADD COLUMN location_lat REAL;
    ALTER TABLE events ADD COLUMN location_lon REAL;
    """,
    # 3 -> 4: the kind of an event's place (country | region | city), its dictionary entry's id
    # and how the event got it (sentence | dateline | ...), GDELT's ActionGeo_Type and
    # ActionGeo_FeatureID (`tables.EVENT_COLUMNS`); rows stored before have none until their
    # articles are coded again
    """
    ALTER TABLE mentions ADD COLUMN ev_location_type TEXT;
    ALTER TABLE mentions ADD COLUMN ev_location_feature_id TEXT;
    ALTER TABLE mentions ADD COLUMN ev_location_source TEXT;
    ALTER TABLE events ADD COLUMN location_type TEXT;
    ALTER TABLE events ADD COLUMN location_feature_id TEXT;
    ALTER TABLE events ADD COLUMN location_source TEXT;
    """,
    # 4 -> 5: the first-level division (province) the text puts an event's town in
    # (`Location.admin1`: في مدينة زنجبار بمحافظة أبين, Abyan), GDELT's ActionGeo_ADM1Code as a
    # name; rows stored before have none until their articles are coded again
    """
    ALTER TABLE mentions ADD COLUMN ev_location_admin1 TEXT;
    ALTER TABLE events ADD COLUMN location_admin1 TEXT;
    """,
    # 5 -> 6: entities by their name in any case, for the Actors box's name (`query.code_of_name`
    # read every entity of the store for one name)
    """
    CREATE INDEX entities_canonical ON entities(lower(canonical));
    """,
    # 6 -> 7: facts of the store as a whole; `index_version`, the INDEX_VERSION of the marsad
    # that built the search index (its stems). A store of schema 6 or older was indexed before
    # it was recorded ('0'): `marsad reindex` rebuilds its index with this marsad's stems (a
    # new store is made with the current one, `_migrate`) ...
    """
    CREATE TABLE store_info (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
    INSERT INTO store_info VALUES ('index_version', '0');
    """
    # ... and an index of the Arabic words the actors of each article were written with, for
    # the actor filter's Arabic text (`query.actor_text_clause` read every entity, mention or
    # quote of the store through a Python function): one row per article (its rowid), the
    # words of its entities, of its quotes' speakers and of its events' actors
    # (`ACTOR_TEXT_FILL`, the article's rows as `ingest.actor_text_row` writes them)
    """
    CREATE VIRTUAL TABLE actor_text_fts USING fts5(entities, speakers, actors);
    """ + ACTOR_TEXT_FILL,
    # 7 -> 8: who the article says told an event (`Event.reported_by` and `Event.reporters`:
    # نقلت وكالة الأنباء عن الوزير أن ...), on its mentions and on the event (`tables.
    # EVENT_COLUMNS`); rows stored before have none until their articles are coded again, and
    # an event's row gains them when one of its mentions is stored anew (`refresh_events`)
    """
    ALTER TABLE mentions ADD COLUMN reported_by_name TEXT;
    ALTER TABLE mentions ADD COLUMN reported_by_code TEXT;
    ALTER TABLE mentions ADD COLUMN reported_by_text TEXT;
    ALTER TABLE mentions ADD COLUMN reporters TEXT;
    ALTER TABLE events ADD COLUMN reported_by_name TEXT;
    ALTER TABLE events ADD COLUMN reported_by_code TEXT;
    ALTER TABLE events ADD COLUMN reported_by_text TEXT;
    ALTER TABLE events ADD COLUMN reporters TEXT;
    """,
    # 8 -> 9: an index of the English names the store holds, for the actor filter's words of a
    # name (`query._actor_clause`: `lower(name) LIKE '%word%'` read every row of the table it
    # filtered): each distinct name once (`actor_names`, kept by triggers as rows are
    # inserted; not INSERT OR IGNORE, which the INSERT OR REPLACE of `refresh_events` would
    # turn into a REPLACE that gives a stored name a new id behind its trigrams' back), its
    # trigrams in `actor_names_fts`, which answers a LIKE '%word%' of three
    # letters or more without reading every name; the listings then read the rows of the
    # names found through indexes on the names in lower case
    """
    CREATE TABLE actor_names (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
    CREATE VIRTUAL TABLE actor_names_fts USING fts5(name, content='actor_names',
                                                    content_rowid='id', tokenize='trigram');
    CREATE TRIGGER actor_names_new AFTER INSERT ON actor_names BEGIN
        INSERT INTO actor_names_fts (rowid, name) VALUES (new.id, new.name); END;
    CREATE TRIGGER actor_names_gone AFTER DELETE ON actor_names BEGIN
        INSERT INTO actor_names_fts (actor_names_fts, rowid, name)
            VALUES ('delete', old.id, old.name); END;
    CREATE TRIGGER entities_names AFTER INSERT ON entities WHEN new.canonical IS NOT NULL
        BEGIN INSERT INTO actor_names (name) SELECT new.canonical WHERE NOT EXISTS
            (SELECT 1 FROM actor_names WHERE name = new.canonical); END;
    CREATE TRIGGER events_names AFTER INSERT ON events BEGIN
        INSERT INTO actor_names (name) SELECT n FROM (SELECT new.actor1_name AS n
            UNION SELECT new.actor2_name) WHERE n IS NOT NULL AND NOT EXISTS
            (SELECT 1 FROM actor_names WHERE name = n); END;
    CREATE TRIGGER quotes_names AFTER INSERT ON quotes BEGIN
        INSERT INTO actor_names (name) SELECT n FROM (SELECT new.speaker_name AS n
            UNION SELECT new.addressee_name) WHERE n IS NOT NULL AND NOT EXISTS
            (SELECT 1 FROM actor_names WHERE name = n); END;
    INSERT OR IGNORE INTO actor_names (name)
        SELECT canonical FROM entities WHERE canonical IS NOT NULL
        UNION SELECT actor1_name FROM events WHERE actor1_name IS NOT NULL
        UNION SELECT actor2_name FROM events WHERE actor2_name IS NOT NULL
        UNION SELECT speaker_name FROM quotes WHERE speaker_name IS NOT NULL
        UNION SELECT addressee_name FROM quotes WHERE addressee_name IS NOT NULL;
    CREATE INDEX events_actor1_name ON events(lower(actor1_name));
    CREATE INDEX events_actor2_name ON events(lower(actor2_name));
    CREATE INDEX quotes_speaker_name ON quotes(lower(speaker_name));
    CREATE INDEX quotes_addressee_name ON quotes(lower(addressee_name));
    """,
    # 9 -> 10: the place filter's English names (`--place Aden`) read the same index: the
    # events' and the mentions' place names go into `actor_names` too (kept by triggers, as
    # the actors' are: a name only when it is not stored), and indexes on them in lower case
    """
    CREATE TRIGGER events_places AFTER INSERT ON events WHEN new.location_name IS NOT NULL
        BEGIN INSERT INTO actor_names (name) SELECT new.location_name WHERE NOT EXISTS
            (SELECT 1 FROM actor_names WHERE name = new.location_name); END;
    CREATE TRIGGER mentions_places AFTER INSERT ON mentions
        WHEN new.ev_location_name IS NOT NULL
        BEGIN INSERT INTO actor_names (name) SELECT new.ev_location_name WHERE NOT EXISTS
            (SELECT 1 FROM actor_names WHERE name = new.ev_location_name); END;
    INSERT INTO actor_names (name)
        SELECT n FROM (SELECT location_name AS n FROM events WHERE location_name IS NOT NULL
                       UNION SELECT ev_location_name FROM mentions
                       WHERE ev_location_name IS NOT NULL)
        WHERE NOT EXISTS (SELECT 1 FROM actor_names WHERE name = n);
    CREATE INDEX events_location_name ON events(lower(location_name));
    CREATE INDEX mentions_location_name ON mentions(lower(ev_location_name));
    """,
    # 10 -> 11: the country an article was published in (ISO3, `Document.meta["country"]`: its
    # record's `country` field, or the run's `--country`; the place of last resort of its
    # events, `placing.publication_places`), so that an article coded again (`recode`, an
    # undated copy dated by a later one: `ingest.date_stored`) keeps it and does not fall back
    # to its outlet's; rows stored before have none (NULL), and such an article coded again
    # takes its outlet's country (or, dated at ingest, the run's `--country`) as before
    """
    ALTER TABLE articles ADD COLUMN country TEXT;
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)
# The version of the search index's stems (`articles_fts.stems`, made by the tokens stage's
# segmenter): raise it with any change of the tokenizer that gives a stored word another stem,
# so that stores indexed before say that `marsad reindex` would mend them. 1: the twentieth
# session's (الكرة: the stem كره, where older stores hold الكره)
INDEX_VERSION = 1
# Each index version's fingerprint: the hash of the stems of the probe words
# (`reindex.index_fingerprint()`, over store/index_probe.txt with the built-in dictionaries). A
# test (tests/test_audit_twenty_second.py) fails when the stems change and INDEX_VERSION does
# not: raise INDEX_VERSION then and add its fingerprint here (a change that stems no probe word
# otherwise goes unseen: add such a word to the probe with it).
INDEX_FINGERPRINTS = {1: "6e8d2996cac591b9"}  # (1: measured at feb3950, the 22nd session's start)
SQLITE_HEADER = b"SQLite format 3\x00"  # the first 16 bytes of every SQLite database file


def is_sqlite_file(path: str | Path) -> bool:
    """Whether `path` is an SQLite database (a store): a file no writer may replace or extend."""
    try:
        with open(path, "rb") as fh:
            return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def connect(path: str | Path, read_only: bool = False) -> sqlite3.Connection:
    """Open (and create or migrate) a marsad store."""
    p = Path(path)
    if read_only:
        if not p.exists():
            raise MarsadError(f"store {p} does not exist; create it with `marsad ingest ... "
                              f"--db {p}`")
        con = sqlite3.connect(f"file:{p}?mode=ro", uri=True, check_same_thread=False)
    else:
        if p.parent and not p.parent.exists():
            raise MarsadError(f"folder {p.parent} for store {p} does not exist; create it "
                              f"first, or give another --db")
        try:
            con = sqlite3.connect(p, check_same_thread=False, timeout=30)
        except sqlite3.OperationalError as exc:
            raise _cannot_open(p, exc) from None
    con.row_factory = sqlite3.Row
    _add_functions(con)
    try:
        version = _marsad_version(con, p, read_only)
    except sqlite3.OperationalError as exc:  # (a file SQLite may not open or write beside)
        con.close()
        raise _cannot_open(p, exc) from None
    except sqlite3.DatabaseError as exc:
        con.close()
        raise MarsadError(f"{p} is not a marsad store (SQLite says: {exc}); give another --db"
                          ) from None
    except MarsadError:
        con.close()
        raise
    if version > SCHEMA_VERSION:
        raise MarsadError(f"store {p} has schema version {version}, newer than this marsad "
                          f"({SCHEMA_VERSION}); upgrade marsad")
    if version < SCHEMA_VERSION:
        if read_only:
            raise MarsadError(f"store {p} has an old schema (version {version}); open it once "
                              f"without --read-only to migrate it")
        _migrate(con, version)
    return con


def _cannot_open(p: Path, exc: sqlite3.OperationalError) -> MarsadError:
    """An SQLite file that cannot be opened (no right to it, or to write beside it) is no
    proof that it is not a store: say what SQLite needs."""
    return MarsadError(f"cannot open store {p} (SQLite says: {exc}); check that you may read "
                       f"and write it and write in its folder {p.parent} (SQLite keeps "
                       f"{p.name}-wal and {p.name}-shm beside it), or give another --db")


def _marsad_version(con: sqlite3.Connection, p: Path, read_only: bool) -> int:
    """The store's schema version, after the connection's settings; an SQLite file of another
    program (version 0 with tables in it) is refused, never migrated."""
    version = con.execute("PRAGMA user_version").fetchone()[0]
    if version == 0 and con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
        raise MarsadError(f"{p} is an SQLite database of another program, not a marsad store; "
                          f"give another --db")
    if not read_only:
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=NORMAL")
    con.execute("PRAGMA foreign_keys=ON")
    return version


def _add_functions(con: sqlite3.Connection) -> None:
    """The SQL functions migrations and readers use."""
    from marsad.tables import date_bounds, event_day

    con.create_function("marsad_first_day", 1, lambda d: date_bounds(d)[0], deterministic=True)
    con.create_function("marsad_last_day", 1, lambda d: date_bounds(d)[1], deterministic=True)
    con.create_function("marsad_day", 1, event_day, deterministic=True)
    # (the Arabic text of a name as the actor filter compares it: `query.actor_text_clause`)
    con.create_function("marsad_name_words", 1, _arabic_name_words, deterministic=True)


# one attached conjunction, then one preposition, then the article: what a name's word may
# carry in the text (وبوتين، لبوتين، الأحمد) and a typed name does not
_CONJUNCTIONS, _PREPOSITIONS = ("و", "ف"), ("ب", "ل", "ك")


def _arabic_name_words(text: str | None) -> str | None:
    """The folded words of an actor's Arabic text between spaces (" محسن الاحمد احمد "), each
    also without its clitics, so that a filter word is found as a whole word (حسن does not find
    محسن) whether the text wrote it with a clitic or not."""
    if not text:
        return text
    out: list[str] = []
    for word in fold(text).split():
        word = "".join(ch for ch in word if ch.isalnum())
        forms = [word]
        for clitics in (_CONJUNCTIONS, _PREPOSITIONS):
            last = forms[-1]
            if len(last) > 3 and last.startswith(clitics):
                forms.append(last[1:])
        forms += [f[2:] for f in forms if len(f) > 4 and f.startswith("ال")]
        out.extend(f for f in dict.fromkeys(forms) if f)
    return " " + " ".join(out) + " "


def _migrate(con: sqlite3.Connection, version: int) -> None:
    for v in range(version, SCHEMA_VERSION):
        with con:
            con.executescript("BEGIN;" + MIGRATIONS[v] + f"; PRAGMA user_version={v + 1};")
    if version == 0:  # (a new store: its index is made by this marsad)
        set_index_version(con)


def index_version(con: sqlite3.Connection) -> int:
    """The INDEX_VERSION of the marsad that built the store's search index (0: an index built
    before schema 7, when it was not recorded)."""
    r = con.execute("SELECT value FROM store_info WHERE key = 'index_version'").fetchone()
    return int(r[0]) if r and r[0] is not None else 0


def reindex_needed(con: sqlite3.Connection) -> bool:
    """Was the store's search index built with older stems than this marsad's (some words,
    كرة in الكرة, not found until `marsad reindex` rebuilds it)?"""
    return index_version(con) < INDEX_VERSION


def set_index_version(con: sqlite3.Connection, version: int = INDEX_VERSION) -> None:
    with con:
        con.execute("INSERT OR REPLACE INTO store_info (key, value) VALUES ('index_version', ?)",
                    (str(version),))
