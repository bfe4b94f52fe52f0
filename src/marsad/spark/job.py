"""The Spark plan: articles → coded rows → events, mentions, quotes and entities DataFrames.

Same rows as `marsad ingest` + `marsad export` on one machine:
- input rules as ingest: text from `text`/`content`/`body`/`article`, id from `id`/`doc_id`
  else the first 16 hex digits of the content hash, published from the first date field that
  parses; empty texts are dropped;
- a text seen more than once (same content hash) is coded once: the copy kept is the first in
  input order (input file path, then position in the file; ingest reads a folder in sorted path
  order), and an id given to two different texts gets `-<hash[:8]>` on its later copy; a copy
  kept with no date takes the date of the first later copy that gives one;
- events are deduplicated across articles by a Spark aggregation with the semantics of
  `marsad.tables.event_row_from_mentions`.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

from pyspark import StorageLevel
from pyspark.sql import Column, DataFrame, SparkSession, Window
from pyspark.sql import functions as F
from pyspark.sql import types as T

from marsad.errors import MarsadError
from marsad.spark import worker
from marsad.store.readers import DATE_KEYS, ID_KEYS, TEXT_KEYS  # the fields ingest reads
from marsad.tables import (
    DATE_COLUMNS,
    ENTITY_COLUMNS,
    EVENT_COLUMNS,
    MENTION_COLUMNS,
    QUOTE_COLUMNS,
    REPORTER_SEPARATOR,
)

PARQUET_SUFFIXES = (".parquet", ".parq", ".pq")
CSV_SUFFIXES = (".csv", ".csv.gz", ".csv.bz2")
INPUT_FORMATS = ("json", "csv", "parquet")


def _spark_type(name: str) -> T.DataType:
    if name in worker.INT_COLUMNS:
        return T.LongType()
    if name in worker.FLOAT_COLUMNS:
        return T.DoubleType()
    return T.StringType()


def _struct(fields: Iterable[str]) -> T.StructType:
    return T.StructType([T.StructField(f, _spark_type(f)) for f in fields])


READ_SCHEMA = _struct(worker.READ_FIELDS)
PREPARED_SCHEMA = _struct(worker.PREPARED_FIELDS)
CODED_SCHEMA = T.StructType([
    T.StructField("article_id", T.StringType()),
    T.StructField("error", T.StringType()),
    T.StructField("mentions", T.ArrayType(_struct(worker.MENTION_FIELDS))),
    T.StructField("quotes", T.ArrayType(_struct(QUOTE_COLUMNS))),
    T.StructField("entities", T.ArrayType(_struct(ENTITY_COLUMNS))),
])
OUTPUTS = ("events", "mentions", "quotes", "entities")
REJECT_COLUMNS = ("origin", "line", "reason", "message")  # as ingest's DB.rejects.jsonl


@dataclass
class CodedArchive:
    """The coded archive as DataFrames with `marsad export`'s columns (entities: the store's).

    `coded` (one row per article: its id, an error message if it could not be coded, and its
    rows) is persisted, so the four outputs do not code the articles again; call `unpersist()`
    when done. `rejects`: the input items ingest would reject, with its messages (REJECT_COLUMNS;
    of articles read by `read_articles`).
    """

    coded: DataFrame
    events: DataFrame
    mentions: DataFrame
    quotes: DataFrame
    entities: DataFrame
    rejects: DataFrame | None = None

    def tables(self) -> dict[str, DataFrame]:
        return {name: getattr(self, name) for name in OUTPUTS}

    def write(self, path: str, mode: str = "errorifexists") -> None:
        """Write the Parquet datasets PATH/events (partitioned by date), PATH/mentions, ..."""
        base = path.rstrip("/")
        self.events.write.mode(mode).partitionBy("date").parquet(f"{base}/events")
        for name in ("mentions", "quotes", "entities"):
            getattr(self, name).write.mode(mode).parquet(f"{base}/{name}")

    def unpersist(self) -> None:
        self.coded.unpersist()


def read_articles(spark: SparkSession, path: str, fmt: str = "auto") -> DataFrame:
    """Read JSON Lines, CSV or Parquet articles from a local path or any Hadoop-supported URI,
    as `marsad ingest` reads them: each item ingest would reject is a row with its message
    (`_error`), not a null read or a row dropped in silence."""
    from pyspark.errors import AnalysisException

    if fmt == "auto":
        fmt = _format_by_suffix(path)
    if fmt not in INPUT_FORMATS:
        raise MarsadError(f"unknown input format {fmt!r} for {path}; choose one of "
                          f"{', '.join(INPUT_FORMATS)}")
    try:
        return _file_articles(spark, path, fmt)
    except AnalysisException as exc:  # no such path, ...
        raise MarsadError(f"cannot read articles from {path}: "
                          f"{str(exc).strip().splitlines()[0]}") from exc


def _file_articles(spark: SparkSession, path: str, fmt: str) -> DataFrame:
    """The files of `path` read as ingest reads them: each file whole (Spark's binaryFile, in
    folders at any depth; a file must be under 2 GB) by ingest's own reader in the Python
    workers (`worker.read_files`), so a line or a CSV in windows-1256 is decoded, each CSV file
    read by its own header, and a malformed line or row, a text that is not a string, an empty
    or too large text, a binary or empty file is a rejected item with ingest's message
    (`_error`)."""
    files = (spark.read.format("binaryFile").option("recursiveFileLookup", "true").load(path)
             .select("path", "content"))
    articles = files.mapInArrow(functools.partial(worker.read_files, fmt=fmt), READ_SCHEMA)
    empty = _empty_files(spark, path)  # (Spark reads no row of an empty file)
    if not empty:
        return articles
    rows = [{**dict.fromkeys(worker.READ_FIELDS), "_file": uri, "_pos": 0, "_line": err.line,
             "_reason": err.reason, "_error": str(err)}
            for uri in empty for err in worker.file_items(uri, b"", fmt)]
    return articles.unionByName(spark.createDataFrame(rows, READ_SCHEMA))


def _empty_files(spark: SparkSession, path: str) -> list[str]:
    """The URIs of the empty files Spark would read at `path` (a file, a folder or a glob; in
    folders at any depth, not those named _* or .* nor inside folders so named), by the Hadoop
    file system of the path."""
    jvm = spark.sparkContext._jvm
    hpath = jvm.org.apache.hadoop.fs.Path(path)
    fs = hpath.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())
    found = []
    folders = []
    for status in fs.globStatus(hpath) or []:
        if status.isDirectory():
            folders.append(status.getPath())
        elif status.getLen() == 0:
            found.append(status.getPath().toString())
    while folders:
        for f in fs.listStatus(folders.pop()):
            if f.getPath().getName().startswith(("_", ".")):
                continue
            if f.isDirectory():
                folders.append(f.getPath())
            elif f.getLen() == 0:
                found.append(f.getPath().toString())
    return sorted(found)


def _format_by_suffix(path: str) -> str:
    """parquet or csv for a path with their suffix, or for a local folder whose article files
    have it; json otherwise, a remote folder included (give --format for another)."""
    kind = _file_kind(path.rstrip("/"))
    if kind or ("://" in path and not path.startswith("file:")):
        return kind or "json"
    from pathlib import Path

    local = Path(path.removeprefix("file://"))
    if not local.is_dir():
        return "json"
    # Spark reads every file of a folder (but _* and .*) in the one format
    kinds = {_file_kind(f.name) or "json" for f in local.rglob("*")
             if f.is_file() and not f.name.startswith(("_", "."))}
    if len(kinds) > 1:
        raise MarsadError(f"{path} holds {' and '.join(sorted(kinds))} files; Spark reads a "
                          f"folder in one format: give each format its own folder")
    return kinds.pop() if kinds else "json"


def _file_kind(name: str) -> str | None:
    name = name.lower()
    if name.endswith(PARQUET_SUFFIXES):
        return "parquet"
    if name.endswith(CSV_SUFFIXES):
        return "csv"
    return None


def code_articles(articles: DataFrame, lexicon_dirs: Iterable[str] = (),
                  partitions: int | None = None, country: str | None = None) -> CodedArchive:
    """Code a DataFrame of articles (`id`, `text`, optional `published`, `title`, `url`,
    `source`, `country`; or the other field names ingest reads) into events, mentions, quotes,
    entities. `country` (ISO3): the publication country of the articles that give none.

    `partitions` is the number of coding tasks (default: 3 × the default parallelism); the
    articles are spread over them evenly after duplicate texts are dropped. `country` and an
    article's own `country` may be a code, an alias or a name (`marsad.lexicon.countries`);
    a run's that names no country raises an InputError, an article's is its error row.
    """
    if country is not None:
        from marsad.lexicon.countries import country_code

        country = country_code(country)
    spark = articles.sparkSession
    rejects = None
    if "_error" in articles.columns:
        rejects = articles.where(F.col("_error").isNotNull()).select(
            F.regexp_replace("_file", "^file:(//)?", "").alias("origin"),
            F.col("_line").alias("line"), F.col("_reason").alias("reason"),
            F.col("_error").alias("message"))
        articles = articles.where(F.col("_error").isNull())
    if partitions is None:
        partitions = max(1, 3 * spark.sparkContext.defaultParallelism)
    prepared = _raw_articles(articles).mapInArrow(worker.prepare_batches, PREPARED_SCHEMA)
    order = ("_file", "_pos")
    first_copy = Window.partitionBy("content_hash").orderBy(*order)
    copies = first_copy.rowsBetween(Window.unboundedPreceding, Window.unboundedFollowing)
    unique = (prepared.withColumn("_copy", F.row_number().over(first_copy))
              # the first copy's date, else the first date a later copy gives (as ingest)
              .withColumn("published", F.first("published", ignorenulls=True).over(copies))
              .where(F.col("_copy") == 1).drop("_copy"))
    same_id = Window.partitionBy("doc_id").orderBy(*order)
    unique = unique.withColumn("article_id", F.when(
        F.row_number().over(same_id) == 1, F.col("doc_id")).otherwise(
        F.concat(F.col("doc_id"), F.lit("-"), F.substring("content_hash", 1, 8))))
    code = functools.partial(worker.code_batches, lexicon_dirs=tuple(str(d) for d in
                                                                     lexicon_dirs),
                             country=country)
    coded = (unique.select(*worker.CODE_INPUT_FIELDS).repartition(partitions)
             .mapInArrow(code, CODED_SCHEMA).persist(StorageLevel.MEMORY_AND_DISK))
    all_mentions = coded.select(F.explode("mentions").alias("m")).select("m.*")
    return CodedArchive(
        coded=coded,
        events=events_from_mentions(all_mentions),
        mentions=_typed_dates(all_mentions.select(*MENTION_COLUMNS)),
        quotes=_typed_dates(coded.select(F.explode("quotes").alias("q")).select("q.*")),
        entities=coded.select(F.explode("entities").alias("e")).select("e.*"),
        rejects=rejects,
    )


def _typed_dates(df: DataFrame) -> DataFrame:
    """`published` as a DATE, as the export's Parquet has it (`tables.DATE_COLUMNS`): the rows
    carry it as "YYYY-MM-DD" text or null, which Spark casts to a date or null."""
    return df.select(*[F.col(c).cast("date").alias(c) if c in DATE_COLUMNS else F.col(c)
                       for c in df.columns])


def _raw_articles(df: DataFrame) -> DataFrame:
    """The input columns `worker.prepare_batches` reads, whatever the input calls them."""
    types = {f.name: f.dataType for f in df.schema.fields}
    texts = [F.col(k) for k in TEXT_KEYS if isinstance(types.get(k), T.StringType)]
    if not texts:
        hint = ("; lines that are not JSON objects were read as _corrupt_record: the input "
                "must be JSON Lines (one article object per line), CSV or Parquet"
                if "_corrupt_record" in types else "")
        raise MarsadError(f"the articles have no text column (one of {', '.join(TEXT_KEYS)}, "
                          f"as a string); their columns are: {', '.join(df.columns) or 'none'}"
                          + hint)

    def strings(keys):
        present = [F.col(k).cast("string") for k in keys if k in types]
        return F.array(*present) if present else F.array().cast("array<string>")

    def optional(key, only_string=False):
        if key in types and (not only_string or isinstance(types[key], T.StringType)):
            return F.col(key).cast("string").alias(key)
        return F.lit(None).cast("string").alias(key)

    return df.select(
        strings(ID_KEYS).alias("_ids"),
        F.coalesce(*texts).alias("_text"),
        strings(DATE_KEYS).alias("_published"),
        optional("title", only_string=True), optional("url"), optional("source"),
        optional("country", only_string=True),
        # (read_articles' JSON Lines give each article's file and place in it)
        F.col("_file") if "_file" in types else F.input_file_name().alias("_file"),
        F.col("_pos") if "_pos" in types else F.monotonically_increasing_id().alias("_pos"),
    )


def _event_day(date):
    """`tables.event_day` in Spark SQL: YYYYMMDD of the date, or of an interval's start (month
    and day 00 for a year or a month); a week's is the month of its Monday; else null."""
    start = F.substring_index(date, "/", 1)
    digits = F.regexp_replace(start, "-", "")
    plain = F.when(digits.rlike("^[0-9]+$") & F.length(digits).isin(4, 6, 8),
                   F.rpad(digits, 8, "0").cast("long"))
    is_week = start.rlike("^[0-9]{4}-W[0-9]{2}$")
    year = F.substring(start, 1, 4).cast("int")
    week = F.substring(start, 7, 2).cast("int")
    jan4 = F.make_date(year, F.lit(1), F.lit(4))  # (always in ISO week 1)
    monday = F.date_add(F.date_sub(jan4, (F.dayofweek(jan4) + 5) % 7), (week - 1) * 7)
    by_week = F.when(is_week, (F.year(monday) * 10000 + F.month(monday) * 100).cast("long"))
    return F.coalesce(by_week, plain)


def events_from_mentions(mentions: DataFrame) -> DataFrame:
    """One row per event_id, as `marsad.tables.event_row_from_mentions` builds it.

    The representative mention is the one of the smallest (article_id, sentence, start): the
    minimum of a struct that starts with those three fields. `num_articles` counts distinct
    articles; the modality is "asserted" if any mention is asserted, else the representative's.
    """
    key = ["article_id", "sentence", "start"]
    rest = [c for c in mentions.columns if c not in key and c != "event_id"]
    agg = mentions.groupBy("event_id").agg(
        F.min(F.struct(*key, *rest)).alias("first"),
        F.count(F.lit(1)).alias("num_mentions"),
        F.countDistinct("article_id").alias("num_articles"),
        F.max(F.when(F.col("modality") == "asserted", 1).otherwise(0)).alias("_asserted"),
        # (the first mention, in that order, that names a reporter; and every mention's
        # reporters in that order, as `tables.event_row_from_mentions` joins them)
        F.min(F.when(F.coalesce("reported_by_name", "reported_by_code",
                                "reported_by_text").isNotNull(),
                     F.struct(*key, "reported_by_name", "reported_by_code",
                              "reported_by_text"))).alias("_told"),
        F.array_sort(F.collect_list(F.when(F.col("reporters").isNotNull(),
                                           F.struct(*key, "reporters")))).alias("_reporters"),
    )
    first = F.col("first")
    date = first["ev_date"]
    code = first["ev_event_code"]
    day = _event_day(date)
    columns = {
        "event_id": F.col("event_id"), "date": date, "day": day,
        **{f"actor{n}_{part}": first[f"ev_actor{n}_{part}"]
           for n in (1, 2) for part in ("code", "name", "country", "role")},
        "event_code": code, "event_base_code": F.substring(code, 1, 3),
        "event_root_code": F.substring(code, 1, 2),
        "plover_type": first["ev_plover_type"], "plover_mode": first["ev_plover_mode"],
        "quad_class": first["ev_quad_class"], "goldstein": first["ev_goldstein"],
        "modality": F.when(F.col("_asserted") == 1, F.lit("asserted")).otherwise(
            first["modality"]),
        "num_mentions": F.col("num_mentions"), "num_articles": F.col("num_articles"),
        "location_name": first["ev_location_name"],
        "location_country": first["ev_location_country"],
        "location_lat": first["ev_location_lat"], "location_lon": first["ev_location_lon"],
        "location_type": first["ev_location_type"],
        "location_feature_id": first["ev_location_feature_id"],
        "location_source": first["ev_location_source"],
        "location_admin1": first["ev_location_admin1"],
        "source_url": first["source_url"], "first_article_id": first["article_id"],
        "reported_by_name": F.col("_told")["reported_by_name"],
        "reported_by_code": F.col("_told")["reported_by_code"],
        "reported_by_text": F.col("_told")["reported_by_text"],
        "reporters": _joined_reporters(F.col("_reporters")),
    }
    assert tuple(columns) == EVENT_COLUMNS, "events_from_mentions is out of step with tables"
    return agg.select(*[col.alias(name) for name, col in columns.items()])


def _joined_reporters(ordered: Column) -> Column:
    """The `reporters` cell of an event from its mentions' cells in order: every name once, in
    the order first seen (`tables.REPORTER_SEPARATOR` between them), null for none."""
    names = F.array_distinct(F.flatten(F.transform(
        ordered, lambda m: F.split(m["reporters"], F.lit(REPORTER_SEPARATOR)))))
    kept = F.filter(names, lambda n: n != F.lit(""))
    return F.when(F.size(kept) > 0, F.array_join(kept, REPORTER_SEPARATOR))
