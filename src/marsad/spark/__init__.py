"""Code an archive on a Spark cluster with the same rows as `marsad ingest` on one machine.

    >>> from marsad.spark import code_articles, read_articles  # doctest: +SKIP
    >>> archive = code_articles(read_articles(spark, "s3a://bucket/articles/"))
    >>> archive.write("s3a://bucket/marsad/")   # events (by date), mentions, quotes, entities

Needs the `spark` extra (`pip install 'marsad[spark]'`). See docs/spark.md for running it with
spark-submit. `marsad.spark.worker` is the part that runs in the Python workers (pyarrow only);
`marsad.spark.job` builds the DataFrame plan.
"""

from __future__ import annotations

from marsad.spark.job import (
    OUTPUTS,
    CodedArchive,
    code_articles,
    events_from_mentions,
    read_articles,
)
from marsad.spark.session import run, spark_session

__all__ = ["OUTPUTS", "CodedArchive", "code_articles", "events_from_mentions", "read_articles",
           "run", "spark_session"]
