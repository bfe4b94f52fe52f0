"""Flat rows from coded documents: the one definition of marsad's tabular output.

The SQLite store, `marsad export` and the Spark job all build their tables from these functions,
so a row means the same thing everywhere. Events are deduplicated across articles on
`event_key` = (date, source actor, target actor, CAMEO code), like GDELT's events/mentions split:
each coded event mention becomes a `mention` row, and mentions with the same key are one event.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import re
from functools import lru_cache
from typing import Any

from marsad.document import ActorRef, Document, Event
from marsad.text.normalize import fold

# Columns of the GDELT-like flat event table (`marsad export --what events`), in order.
EVENT_COLUMNS: tuple[str, ...] = (
    "event_id", "date", "day", "actor1_code", "actor1_name", "actor1_country", "actor1_role",
    "actor2_code", "actor2_name", "actor2_country", "actor2_role", "event_code",
    "event_base_code", "event_root_code", "plover_type", "plover_mode", "quad_class",
    "goldstein", "modality", "num_mentions", "num_articles", "location_name",
    "location_country", "location_lat", "location_lon", "location_type", "location_feature_id",
    "location_source", "location_admin1", "source_url", "first_article_id",
    # (after the older columns, so that a reader taking them by position keeps working)
    "reported_by_name", "reported_by_code", "reported_by_text", "reporters",
)
MENTION_COLUMNS: tuple[str, ...] = (
    "event_id", "article_id", "sentence", "start", "end", "evidence", "sentence_text",
    "modality", "date_source", "actor1_text", "actor2_text", "source_url", "published",
    "reported_by_name", "reported_by_code", "reported_by_text", "reporters",
)
QUOTE_COLUMNS: tuple[str, ...] = (
    "article_id", "published", "start", "end", "text", "kind", "cue", "speaker_name",
    "speaker_code", "speaker_text", "addressee_name", "addressee_code", "reported_by_name",
    "reported_by_code", "sentence", "source_url",
)
ENTITY_COLUMNS: tuple[str, ...] = (
    "article_id", "start", "end", "text", "type", "canonical", "actor_code", "actor_id",
    "country", "role", "how", "sentence",
)
# Typed columns of the tables above (the others are strings): their Parquet files have one
# fixed schema (`arrow_schema`), so an empty or all-null column is typed too.
INT_COLUMNS = frozenset({"day", "quad_class", "num_mentions", "num_articles", "start", "end",
                         "sentence", "n_sentences", "n_entities", "n_quotes", "n_events"})
FLOAT_COLUMNS = frozenset({"goldstein", "location_lat", "location_lon"})
# An article's publication day: a DATE in Parquet, "YYYY-MM-DD" (or empty) in CSV and JSON Lines.
# (An event's `date` stays text: it may be a month, a week or a year; `day` sorts them all.)
DATE_COLUMNS = frozenset({"published"})


def arrow_schema(columns: tuple[str, ...] | list[str]):
    """The pyarrow schema of a table with these columns."""
    import pyarrow as pa

    return pa.schema([(c, pa.int64() if c in INT_COLUMNS else
                       pa.float64() if c in FLOAT_COLUMNS else
                       pa.date32() if c in DATE_COLUMNS else pa.string()) for c in columns])


def date_columns(columns: tuple[str, ...] | list[str]) -> list[str]:
    """The columns of DATE_COLUMNS among these: what pandas' `read_csv` reads as dates given
    `parse_dates=` (its `dtype=` takes no date type)."""
    return [c for c in columns if c in DATE_COLUMNS]


def _typed(columns, int_type: str, float_type: str, str_type: str) -> dict[str, str]:
    """Each column's type among the three kinds of the Parquet schema."""
    return {c: int_type if c in INT_COLUMNS else float_type if c in FLOAT_COLUMNS else str_type
            for c in columns}


def pandas_dtypes(columns: tuple[str, ...] | list[str]) -> dict[str, str]:
    """The pandas dtypes of a table with these columns, those of its Parquet schema: read a CSV
    or JSON Lines export with them (`pd.read_csv(f, dtype=...)`) and the CAMEO codes keep their
    leading zero ("042", which pandas would read as the number 42), ids stay strings. A date
    column (`published`) is read as text: `.astype(frame_dtypes(columns))` then gives the
    frame Parquet gives (or `parse_dates=date_columns(columns)` makes it a date)."""
    return _typed(columns, "Int64", "float64", "str")


def frame_dtypes(columns: tuple[str, ...] | list[str]) -> dict[str, str]:
    """The pandas dtypes of a loaded table, whichever file it came from: give them to
    `.astype()` after `read_parquet`, `read_csv(dtype=pandas_dtypes(...))` or `read_json(...,
    dtype=False)` and the three frames are equal (docs/export.md, "Loading them"). Integers
    Int64 (nullable), floats float64, text "string" (missing values NA in pandas 2 and 3, where
    `astype(str)` of pandas 2 writes "None"), a date column datetime64[ns] (Parquet gives
    `datetime.date` objects, `parse_dates` datetime64 of another unit in pandas 3)."""
    return {c: "datetime64[ns]" if c in DATE_COLUMNS else "string" if t == "str" else t
            for c, t in pandas_dtypes(columns).items()}


def duckdb_types(columns: tuple[str, ...] | list[str]) -> dict[str, str]:
    """The DuckDB types of a table with these columns, those of its Parquet schema: DuckDB's
    sniffer reads a CSV file's CAMEO codes and all-digit ids as numbers (141, "043" only when
    another code keeps it text), a `date` column of days as DATE in one file and VARCHAR in the
    next (a month or a week is no DATE), and an all-null JSON column as the type NULL."""
    return {c: "DATE" if c in DATE_COLUMNS else t
            for c, t in _typed(columns, "BIGINT", "DOUBLE", "VARCHAR").items()}


# CAMEO agent (role) codes, and the international and multinational ones: a code that opens
# with one of them names no country (REB, GOVMIL, IGOUNO, IMGREB).
ROLE_CODES = frozenset("""GOV MIL REB OPP PTY COP JUD SPY BUS MED EDU HLT CVL REF AGR LAB CRM ELI
LEG IGO NGO MNC UAF SEP INS REL IMG MOD RAD AMN IRC GRP UNO PKO HRI""".split())

# The values of the `modality` column (an event's modality; schema/document.schema.json).
MODALITIES: tuple[str, ...] = ("asserted", "negated", "future", "intended", "threatened",
                               "conditional", "hypothetical", "historical", "reported",
                               "habitual")
ARTICLE_COLUMNS: tuple[str, ...] = (
    "article_id", "content_hash", "published", "title", "source", "url", "country",
    "n_sentences", "n_entities", "n_quotes", "n_events", "text",
)


def content_hash(text: str) -> str:
    """The article key: SHA-256 of the text with surrounding white space removed."""
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()


def actor_key(ref: ActorRef | None) -> str:
    if ref is None:
        return ""
    return ref.actor_code or f"?{ref.canonical}"


# An event's reporters in one text cell (`reporters`), their names in order, the first the
# `reported_by_*` one: a string and not a list, so that the column is the same in CSV (which
# holds no list), JSON Lines, Parquet, SQLite and the frames loaded from them (`frame_dtypes`);
# `.str.split(REPORTER_SEPARATOR)` in pandas, `string_split(reporters, '; ')` in DuckDB and
# `split(reporters, '; ')` in Spark give the list.
REPORTER_SEPARATOR = "; "


def reporter_names(refs: list[ActorRef] | None) -> list[str]:
    """The names of reporters as the `reporters` column holds them: each one's English name
    (`actor_name`), else its Arabic text, once each, in order (a ";" inside a name, which would
    split it, is written ",")."""
    names = (actor_name(r) or r.text for r in refs or () if r is not None)
    return list(dict.fromkeys(n.replace(";", ",") for n in names if n))


def join_reporters(names: list[str]) -> str | None:
    return REPORTER_SEPARATOR.join(names) if names else None


def split_reporters(cell: str | None) -> list[str]:
    """The names of a `reporters` cell (none for an empty one)."""
    return [n for n in (cell or "").split(REPORTER_SEPARATOR) if n]


def event_date(ev: Event, doc: Document) -> str | None:
    return ev.date or (doc.published.isoformat() if doc.published else None)


def event_key(ev: Event, doc: Document) -> str:
    """(date, source, target, CAMEO code): the identity of an event across articles."""
    return "|".join((event_date(ev, doc) or "", actor_key(ev.source), actor_key(ev.target),
                     ev.cameo))


def event_id(key: str) -> str:
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _split_code(code: str | None) -> tuple[str | None, str | None]:
    """Actor code → (country, role): `RUSGOV` → (RUS, GOV), `USA` → (USA, None); a code that
    opens with a role has no country: `IGOUNO` → (None, IGOUNO), `REB` → (None, REB)."""
    if not code:
        return None, None
    if code[:3] in ROLE_CODES:
        return None, code
    return code[:3], (code[3:] or None)


def article_row(doc: Document, article_id: str | None = None) -> dict[str, Any]:
    """An article's row (`ARTICLE_COLUMNS`); `country`: the ISO3 code of the country it was
    published in as its `meta["country"]` gives it (a record's field or a run's `--country`;
    not its outlet's, which the dictionaries give again), any other value none."""
    from marsad.store.readers import country_field

    return {
        "article_id": article_id or doc.doc_id,
        "content_hash": content_hash(doc.text),
        "published": doc.published.isoformat() if doc.published else None,
        "title": doc.meta.get("title"),
        "source": doc.meta.get("source"),
        "url": doc.meta.get("url"),
        "country": country_field(doc.meta.get("country")),
        "n_sentences": len(doc.sentences),
        "n_entities": len(doc.entities),
        "n_quotes": len(doc.quotes),
        "n_events": sum(max(1, len(e.mentions)) for e in doc.events),
        "text": doc.text,
    }


def actor_name(ref: Any) -> str | None:
    """The English name an actor (an `Entity` or an `ActorRef`, or None) is stored under: its
    canonical name, but a club the actors stage named after its name's word alone is named a
    club (نادي الرياض: Riyadh club, not the city; نادي الهلال: Al-Hilal club). The club's
    head nouns are words.json `club_heads`."""
    if ref is None:
        return None
    name = ref.canonical
    if ref.type != "ORG" or not name or not (ref.actor_id or "").startswith("org:"):
        return name
    head, _, rest = (ref.text or "").partition(" ")
    if rest and fold(head) in club_heads() and ref.actor_id == "org:" + fold(rest) \
            and "club" not in name.casefold():
        return f"{name} club"
    return name


def club_heads() -> frozenset[str]:
    """words.json `club_heads` of the built-in dictionaries, folded (the file alone is read)."""
    return builtin_words("club_heads")


@lru_cache(maxsize=8)
def builtin_words(category: str) -> frozenset[str]:
    """A words.json category of the built-in dictionaries, folded (the file alone is read)."""
    from marsad.lexicon.loader import builtin_data_dir, read_file

    words = read_file(builtin_data_dir() / "words.json", "words.json")
    return frozenset(fold(w) for e in words.entries if e.get("category") == category
                     for w in e["words"])


def entity_rows(doc: Document, article_id: str | None = None) -> list[dict[str, Any]]:
    aid = article_id or doc.doc_id
    return [{"article_id": aid, "start": e.start, "end": e.end, "text": e.text, "type": e.type,
             "canonical": actor_name(e), "actor_code": e.actor_code, "actor_id": e.actor_id,
             "country": e.country, "role": e.role, "how": e.how, "sentence": e.sentence}
            for e in doc.entities]


def quote_rows(doc: Document, article_id: str | None = None) -> list[dict[str, Any]]:
    aid = article_id or doc.doc_id
    pub = doc.published.isoformat() if doc.published else None
    rows = []
    for q in doc.quotes:
        rows.append({
            "article_id": aid, "published": pub, "start": q.start, "end": q.end, "text": q.text,
            "kind": q.kind, "cue": q.cue,
            "speaker_name": actor_name(q.speaker),
            "speaker_code": q.speaker.actor_code if q.speaker else None,
            "speaker_text": q.speaker.text if q.speaker else None,
            "addressee_name": actor_name(q.addressee),
            "addressee_code": q.addressee.actor_code if q.addressee else None,
            "reported_by_name": actor_name(q.reported_by),
            "reported_by_code": q.reported_by.actor_code if q.reported_by else None,
            "sentence": q.sentence, "source_url": doc.meta.get("url"),
        })
    return rows


def mention_rows(doc: Document, article_id: str | None = None) -> list[dict[str, Any]]:
    """One row per coded event mention, with the key of the event it belongs to.

    Each row also carries the event's attributes (prefixed `ev_`) so that events can be built
    from mentions alone (`events_from_mentions`), in SQLite or in Spark.
    """
    aid = article_id or doc.doc_id
    pub = doc.published.isoformat() if doc.published else None
    rows = []
    for ev in doc.events:
        key = event_key(ev, doc)
        eid = event_id(key)
        mentions = ev.mentions or []
        spans = [(m.sentence, m.start, m.end) for m in mentions] or [
            (ev.sentence, ev.evidence["start"], ev.evidence["end"])]
        for sent, start, end in spans:
            s_text = ""
            if 0 <= sent < len(doc.sentences):
                s = doc.sentences[sent]
                s_text = doc.text[s.start:s.end]
            rows.append({
                "event_id": eid, "article_id": aid, "sentence": sent, "start": start,
                "end": end, "evidence": doc.text[start:end], "sentence_text": s_text,
                "modality": ev.modality, "date_source": ev.date_source,
                "actor1_text": ev.source.text if ev.source else None,
                "actor2_text": ev.target.text if ev.target else None,
                "source_url": doc.meta.get("url"), "published": pub,
                **_reporter_attrs(ev),
                **_event_attrs(ev, doc, key, eid),
            })
    return rows


def _reporter_attrs(ev: Event) -> dict[str, Any]:
    """Who the article says told the event (`Event.reported_by`, then `Event.reporters`; a
    document coded before `reporters` was recorded has only the first)."""
    first = ev.reported_by or (ev.reporters[0] if ev.reporters else None)
    names = reporter_names([first, *(ev.reporters or ())])
    return {"reported_by_name": actor_name(first) if first else None,
            "reported_by_code": first.actor_code if first else None,
            "reported_by_text": first.text if first else None,
            "reporters": join_reporters(names)}


def _event_attrs(ev: Event, doc: Document, key: str, eid: str) -> dict[str, Any]:
    date = event_date(ev, doc)
    c1, r1 = _split_code(ev.source.actor_code if ev.source else None)
    c2, r2 = _split_code(ev.target.actor_code if ev.target else None)
    return {
        "ev_key": key, "ev_date": date,
        "ev_actor1_code": ev.source.actor_code if ev.source else None,
        "ev_actor1_name": actor_name(ev.source),
        "ev_actor1_country": c1, "ev_actor1_role": r1,
        "ev_actor2_code": ev.target.actor_code if ev.target else None,
        "ev_actor2_name": actor_name(ev.target),
        "ev_actor2_country": c2, "ev_actor2_role": r2,
        "ev_event_code": ev.cameo, "ev_plover_type": ev.plover, "ev_plover_mode": ev.plover_mode,
        "ev_quad_class": ev.quad_class, "ev_goldstein": ev.goldstein,
        "ev_location_name": ev.location.name if ev.location else None,
        "ev_location_country": ev.location.country if ev.location else None,
        "ev_location_lat": ev.location.lat if ev.location else None,
        "ev_location_lon": ev.location.lon if ev.location else None,
        "ev_location_type": ev.location.type if ev.location else None,
        "ev_location_feature_id": ev.location.feature_id if ev.location else None,
        "ev_location_source": ev.location.source if ev.location else None,
        "ev_location_admin1": ev.location.admin1 if ev.location else None,
    }


def event_row_from_mentions(mentions: list[dict[str, Any]]) -> dict[str, Any]:
    """The flat event row of one event, from all its mention rows (any order).

    Deterministic whatever the order: the representative mention is the one of the smallest
    (article_id, sentence, start); counts are over all mentions. The reporters are those of
    all the mentions in that order, once each, and `reported_by_*` the first mention's with
    one (a mention stored before reporters were recorded has none: `.get`).
    """
    ordered = sorted(mentions, key=lambda m: (str(m["article_id"]), m["sentence"], m["start"]))
    first = ordered[0]
    told = next((m for m in ordered if m.get("reported_by_name") or m.get("reported_by_code")
                 or m.get("reported_by_text")), {})
    reporters = join_reporters(list(dict.fromkeys(
        n for m in ordered for n in split_reporters(m.get("reporters")))))
    date = first["ev_date"]
    code = first["ev_event_code"]
    modalities = {m["modality"] for m in mentions}
    return {
        "event_id": first["event_id"], "date": date,
        "day": event_day(date),
        "actor1_code": first["ev_actor1_code"], "actor1_name": first["ev_actor1_name"],
        "actor1_country": first["ev_actor1_country"], "actor1_role": first["ev_actor1_role"],
        "actor2_code": first["ev_actor2_code"], "actor2_name": first["ev_actor2_name"],
        "actor2_country": first["ev_actor2_country"], "actor2_role": first["ev_actor2_role"],
        "event_code": code, "event_base_code": code[:3], "event_root_code": code[:2],
        "plover_type": first["ev_plover_type"], "plover_mode": first["ev_plover_mode"],
        "quad_class": first["ev_quad_class"], "goldstein": first["ev_goldstein"],
        "modality": "asserted" if "asserted" in modalities else first["modality"],
        "num_mentions": len(mentions),
        "num_articles": len({m["article_id"] for m in mentions}),
        "location_name": first["ev_location_name"],
        "location_country": first["ev_location_country"],
        "location_lat": first["ev_location_lat"], "location_lon": first["ev_location_lon"],
        "location_type": first["ev_location_type"],
        "location_feature_id": first["ev_location_feature_id"],
        "location_source": first["ev_location_source"],
        "location_admin1": first["ev_location_admin1"],
        "source_url": first["source_url"], "first_article_id": first["article_id"],
        "reported_by_name": told.get("reported_by_name"),
        "reported_by_code": told.get("reported_by_code"),
        "reported_by_text": told.get("reported_by_text"),
        "reporters": reporters,
    }


def event_day(date: str | None) -> int | None:
    """GDELT's YYYYMMDD integer (month/day 00 when the date is only a year or month). An
    interval is its start's; a week is the month of its Monday (day 00), as the actor page's
    timeline counts it, so that `day` sorts and slices every dated event."""
    if not date:
        return None
    start = date.partition("/")[0]
    if _WEEK.fullmatch(start):
        monday = _day_bounds(start)[0]  # (None for a week no year has, 2015-W60)
        return int(monday[:4] + monday[5:7] + "00") if monday else None
    digits = start.replace("-", "")
    return int(digits.ljust(8, "0")) if digits.isdigit() and len(digits) in (4, 6, 8) else None


_WEEK = re.compile(r"(\d{4})-W(\d{2})")


def date_bounds(date: str | None) -> tuple[str | None, str | None]:
    """The first and the last day (ISO) that an event's date covers: a day, a month (2015-07),
    a year, a decade (199), an ISO week (2015-W29) or an interval of them (2015-W20/2015-W29).
    (None, None) for no date or another form, e.g. a duration."""
    if not date:
        return None, None
    start, _, end = date.partition("/")
    return _day_bounds(start)[0], _day_bounds(end or start)[1]


def _day_bounds(value: str) -> tuple[str | None, str | None]:
    try:
        if len(value) == 10:
            day = dt.date.fromisoformat(value)
            return day.isoformat(), day.isoformat()
        if len(value) == 7 and value[4] == "-" and value[5:].isdigit():
            year, month = int(value[:4]), int(value[5:])
            last = calendar.monthrange(year, month)[1]
            return dt.date(year, month, 1).isoformat(), dt.date(year, month, last).isoformat()
        if len(value) == 4 and value.isdigit():
            return f"{value}-01-01", f"{value}-12-31"
        if len(value) == 3 and value.isdigit():  # a decade (TimeML: 199 is the 1990s)
            return f"{value}0-01-01", f"{value}9-12-31"
        week = _WEEK.fullmatch(value)
        if week:
            monday = dt.date.fromisocalendar(int(week[1]), int(week[2]), 1)
            return monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat()
    except ValueError:
        pass
    return None, None


def events_from_mentions(mentions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    groups: dict[str, list[dict[str, Any]]] = {}
    for m in mentions:
        groups.setdefault(m["event_id"], []).append(m)
    return sorted((event_row_from_mentions(g) for g in groups.values()),
                  key=lambda r: r["event_id"])


def table_columns(what: str) -> tuple[str, ...]:
    """The columns of one of the tables (`marsad export --what`)."""
    return {"events": EVENT_COLUMNS, "quotes": QUOTE_COLUMNS, "articles": ARTICLE_COLUMNS,
            "mentions": MENTION_COLUMNS, "entities": ENTITY_COLUMNS}[what]


def frame(docs, what: str = "events"):
    """The `what` table (events, mentions, quotes, entities or articles) of coded documents as
    a pandas DataFrame, in one call: `frame(nlp.pipe(texts))`. Its columns and rows are those
    `marsad export --what` gives for the same documents stored (events deduplicated across
    them), with the dtypes of a loaded export (`frame_dtypes`); needs pandas."""
    import pandas as pd

    rows_of = {"events": mention_rows, "mentions": mention_rows, "quotes": quote_rows,
               "entities": entity_rows, "articles": lambda d: [article_row(d)]}
    if what not in rows_of:
        raise ValueError(f"no table {what!r}; choose one of {', '.join(rows_of)}")
    rows = []
    for doc in [docs] if isinstance(docs, Document) else docs:
        if not isinstance(doc, Document):  # (an error of `nlp.pipe(..., on_error="record")`)
            raise TypeError(f"frame takes coded Documents, not {type(doc).__name__}: {doc}")
        rows += rows_of[what](doc)
    if what == "events":
        rows = events_from_mentions(rows)
    columns = table_columns(what)
    return pd.DataFrame(rows, columns=list(columns)).astype(frame_dtypes(columns))


# The fields of a PLOVER record's `location` (the flat table's `location_*` columns).
PLOVER_LOCATION_KEYS: tuple[str, ...] = ("name", "country", "lat", "lon", "type", "feature_id",
                                         "source", "admin1")


def flat_plover_record(record: dict[str, Any]) -> dict[str, Any]:
    """A `plover_record` with its `location` as columns `location_name`, `location_country`,
    `location_lat`, `location_lon`, … in its place (empty when it has none): the record as a
    CSV row, which holds no nested object."""
    place = record["location"] or {}
    flat: dict[str, Any] = {}
    for k, v in record.items():
        if k == "location":
            flat.update((f"location_{key}", place.get(key)) for key in PLOVER_LOCATION_KEYS)
        else:
            flat[k] = v
    return flat


def plover_record(event: dict[str, Any]) -> dict[str, Any]:
    """A PLOVER-style JSON record of one flat event row."""
    return {
        "id": event["event_id"],
        "date": event["date"],
        "event_type": event["plover_type"],
        "mode": event["plover_mode"],
        "cameo_code": event["event_code"],
        "actor1": event["actor1_name"], "actor1_code": event["actor1_code"],
        "actor1_country": event["actor1_country"], "actor1_role": event["actor1_role"],
        "actor2": event["actor2_name"], "actor2_code": event["actor2_code"],
        "actor2_country": event["actor2_country"], "actor2_role": event["actor2_role"],
        "location": ({k: event[f"location_{k}"] for k in PLOVER_LOCATION_KEYS}
                     if event["location_name"] else None),
        "quad_class": event["quad_class"], "goldstein": event["goldstein"],
        "modality": event["modality"], "num_mentions": event["num_mentions"],
        "num_articles": event["num_articles"], "source_url": event["source_url"],
        "language": "ar",
        "reported_by": event["reported_by_name"], "reported_by_code": event["reported_by_code"],
        "reporters": event["reporters"],
    }
