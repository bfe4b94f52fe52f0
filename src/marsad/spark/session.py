"""`marsad spark-run`: a Spark session, then read → code → write, with a summary."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable
from typing import Any

from marsad.errors import MarsadError


def spark_session(master: str | None = None, conf: dict[str, str] | None = None,
                  app_name: str = "marsad"):
    """The active Spark session, or a new one.

    Under spark-submit the master and settings come from spark-submit. Started from a plain
    Python (local mode), the Python workers would use the system `python3`, which lacks marsad:
    PYSPARK_PYTHON is then set to this interpreter unless it is already set.
    """
    from pyspark.sql import SparkSession

    under_submit = "PYSPARK_GATEWAY_PORT" in os.environ  # spark-submit launched this driver
    if not under_submit and (master is None or master.startswith("local")):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    for key, value in (conf or {}).items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


def run(input_path: str, output_path: str, master: str | None = None,
        partitions: int | None = None, fmt: str = "auto", lexicon_dirs: Iterable[str] = (),
        mode: str = "errorifexists", conf: dict[str, str] | None = None,
        country: str | None = None) -> dict[str, Any]:
    """Code the articles at `input_path` and write the four Parquet datasets; return counts.
    `country` (ISO3): the publication country of the articles that give none (`--country`)."""
    if partitions is not None and partitions < 1:
        raise MarsadError(f"--partitions must be at least 1, not {partitions}")
    check_local_paths(input_path, output_path, mode, fmt)
    from marsad.spark.job import OUTPUTS, code_articles, read_articles

    spark = spark_session(master, conf)
    start = time.perf_counter()
    articles = read_articles(spark, input_path, fmt)
    archive = code_articles(articles, lexicon_dirs=lexicon_dirs, partitions=partitions,
                            country=country)
    try:
        from pyspark.sql import functions as F

        # Codes every article once, into the persisted `coded` table the outputs read from.
        counts = archive.coded.agg(F.count(F.lit(1)).alias("articles"),
                                   F.count("error").alias("errors")).first()
        try:
            archive.write(output_path, mode=mode)
        except Exception as exc:
            if "already exists" in str(exc):
                raise MarsadError(f"{output_path} already holds output; choose another OUTPUT "
                                  f"or add --overwrite") from exc
            raise
        rejected = _write_rejects(archive, output_path, mode)
        seconds = time.perf_counter() - start
        report: dict[str, Any] = {"articles": counts["articles"], "errors": counts["errors"],
                                  "rejected": rejected}
        if counts["errors"]:
            report["error_examples"] = [
                f"{r['article_id']}: {r['error']}" for r in archive.coded.where(
                    F.col("error").isNotNull()).select("article_id", "error").limit(5).collect()]
        for name in OUTPUTS:
            report[name] = _rows_written(spark, f"{output_path.rstrip('/')}/{name}")
        report["seconds"] = round(seconds, 2)
        report["articles_per_second"] = round(counts["articles"] / seconds, 2) if seconds else 0
        return report
    finally:
        archive.unpersist()


def _write_rejects(archive, output_path: str, mode: str, shown: int = 20) -> int:
    """Write the items ingest would reject to OUTPUT/rejects (JSON Lines of its rejects log's
    fields; an empty dataset when there are none, so that no earlier run's are left) and say
    the first `shown` on stderr as ingest says each; how many there are."""
    if archive.rejects is None:
        return 0
    path = f"{output_path.rstrip('/')}/rejects"
    (archive.rejects.orderBy("origin", "line").coalesce(1).write.mode(mode)
     .option("ignoreNullFields", "false").json(path))  # ("line": null, as ingest writes)
    written = archive.rejects.sparkSession.read.schema(archive.rejects.schema).json(path)
    count = written.count()
    for row in written.limit(shown).collect():
        print(f"rejected: {row['message']}", file=sys.stderr)
    if count > shown:
        print(f"rejected: … and {count - shown:,} more (all in {path})", file=sys.stderr)
    return count


def check_local_paths(input_path: str, output_path: str, mode: str, fmt: str = "auto") -> None:
    """A local INPUT that does not exist or (`fmt` auto) that Spark cannot read, or a local
    OUTPUT that exists (without --overwrite), is refused before Spark starts: Spark would find
    out only after starting up or after coding the whole archive."""
    from pathlib import Path

    def local(path: str) -> Path | None:
        if "://" in path and not path.startswith("file:"):
            return None  # a cluster's file system: Spark checks it
        return Path(path.removeprefix("file://").removeprefix("file:"))

    source, target = local(input_path), local(output_path)
    if source is not None and not source.exists():
        raise MarsadError(f"input {input_path} does not exist; give a JSON Lines, CSV or "
                          f"Parquet file or folder")
    if source is not None and fmt == "auto":  # (a format given says how to read the files)
        _check_spark_reads(source)
    if target is not None and target.exists() and mode == "errorifexists":
        raise MarsadError(f"{output_path} already exists; choose another OUTPUT or add "
                          f"--overwrite")


def _check_spark_reads(source) -> None:
    """Refuse, before Spark starts, a local input that Spark cannot read as articles: a zip,
    text or HTML file (ingest reads them, Spark does not), or a JSON array (Spark reads JSON
    Lines). Spark would read it as one corrupt record after a minute of starting up."""
    from marsad.store.readers import HTML_SUFFIXES, TEXT_SUFFIXES, ZIP_SUFFIXES, article_suffix

    files = [source] if source.is_file() else sorted(
        f for f in source.rglob("*") if f.is_file() and not f.name.startswith(("_", ".")))
    unreadable = ZIP_SUFFIXES | TEXT_SUFFIXES | HTML_SUFFIXES
    for f in files:
        suffix = article_suffix(f)  # (day.txt.gz is a txt file, gzipped)
        if suffix in unreadable:
            kind = f"a {suffix.lstrip('.')} file" + (", gzipped" if suffix != f.suffix.lower()
                                                      else "")
        elif suffix == ".json" and _opens_an_array(f):
            kind = "a JSON array"
        else:
            continue
        raise MarsadError(
            f"{f} is {kind}: spark-run reads JSON Lines (one article object per line), CSV or "
            f"Parquet; convert it first with `marsad convert {f} -o articles.jsonl`")


def _opens_an_array(path) -> bool:
    import gzip
    import zlib

    try:
        with (gzip.open(path, "rb") if path.suffix.lower() == ".gz" else path.open("rb")) as fh:
            head = fh.read(4096).lstrip(b"\xef\xbb\xbf \t\r\n")
    except (OSError, EOFError, zlib.error):  # (a broken gzip file: Spark names it)
        return False
    return head.startswith(b"[")


def _rows_written(spark, path: str) -> int:
    """Rows of a written dataset, from its Parquet footers (nothing is coded again)."""
    from pyspark.errors import AnalysisException

    try:
        return spark.read.parquet(path).count()
    except AnalysisException:  # no rows: a partitioned write leaves no file to infer from
        return 0
