"""`marsad spark-run`: code an archive on Spark (needs the `spark` extra)."""

from __future__ import annotations

import json
import sys

from marsad.cli.args import add_country


def register(sub) -> None:
    p = sub.add_parser(
        "spark-run", help="code an archive on Spark into Parquet events, mentions, quotes, "
                          "entities",
        description="Read articles (JSON Lines, CSV or Parquet; a local path or any Hadoop URI), "
                    "code them on Spark and write the Parquet datasets OUTPUT/events "
                    "(partitioned by date), OUTPUT/mentions, OUTPUT/quotes and OUTPUT/entities "
                    "(and OUTPUT/rejects: the items ingest would reject, with its "
                    "messages; exit status 3 when there are any), "
                    "with the same rows as `marsad ingest` + `marsad export`. Needs "
                    "pip install 'marsad[spark]' and Java; see docs/spark.md.")
    p.add_argument("input", metavar="INPUT", help="articles: .jsonl/.json (JSON Lines), .csv or "
                                                 ".parquet, a file or a folder")
    p.add_argument("output", metavar="OUTPUT", help="folder (or URI) for the four datasets")
    p.add_argument("--master", metavar="URL",
                   help="Spark master, e.g. local[4], yarn, spark://host:7077 (default: "
                        "spark-submit's, else local[*])")
    p.add_argument("--partitions", type=int, metavar="N",
                   help="coding tasks (default: 3 x the default parallelism)")
    p.add_argument("--format", choices=("auto", "json", "csv", "parquet"), default="auto",
                   help="input format (auto: by suffix; a remote folder is read as JSON)")
    p.add_argument("--overwrite", action="store_true", help="replace existing output")
    p.add_argument("--conf", action="append", default=[], metavar="KEY=VALUE",
                   help="a Spark setting, e.g. spark.executor.memory=4g (repeatable)")
    p.add_argument("--lexicon", action="append", default=[], metavar="DIR",
                   help="extra dictionary folder (must exist on every worker)")
    add_country(p)
    p.set_defaults(func=_spark_run)


def _spark_run(args) -> int:
    import warnings

    from marsad.errors import MarsadError

    # pyspark warns on every Arrow function that pandas 3 is new to it; marsad uses no pandas
    warnings.filterwarnings("ignore", message="PySpark does not yet fully support pandas",
                            category=FutureWarning)
    try:
        from marsad.spark.session import run
    except ImportError as exc:
        raise MarsadError(f"spark-run needs pyspark ({exc}); install it with "
                          f"pip install 'marsad[spark]'") from exc
    conf = {}
    for item in args.conf:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise MarsadError(f"--conf {item!r} is not KEY=VALUE")
        conf[key.strip()] = value.strip()
    report = run(args.input, args.output, master=args.master, partitions=args.partitions,
                 fmt=args.format, lexicon_dirs=args.lexicon,
                 mode="overwrite" if args.overwrite else "errorifexists", conf=conf,
                 country=args.country)
    print(json.dumps(report, ensure_ascii=False), file=sys.stderr)
    return 3 if report["errors"] or report.get("rejected") else 0
