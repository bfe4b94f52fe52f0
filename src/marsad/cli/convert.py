"""`marsad convert`: the articles `marsad ingest` reads, as JSON Lines (for Spark, pandas...)."""

from __future__ import annotations

import json
import sys

from marsad.cli.args import add_default_date, add_output


def register(sub) -> None:
    p = sub.add_parser(
        "convert", help="write the articles of any input ingest reads as JSON Lines",
        description="Read files and folders as `marsad ingest` reads them (text in any common "
                    "Arabic encoding, HTML, JSON Lines, JSON arrays, CSV, Parquet, zips) and "
                    "write one article a line: {id, text, published, title, url, source}, "
                    "the input of `marsad spark-run`, pandas or DuckDB. Nothing is coded. Bad "
                    "items are reported on stderr as JSON and the exit status is 1.")
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="files or folders ('-': JSON Lines on stdin, one article a line)")
    add_output(p)
    add_default_date(p)
    p.set_defaults(func=_convert)


def _convert(args) -> int:
    from marsad.cli.code import error_record
    from marsad.errors import InputError
    from marsad.store.readers import article_record, check_paths, iter_items

    check_paths(args.paths)  # (before the output file is made)
    if args.output is not None:
        _refuse_output_among_inputs(args.output, args.paths)
    failed = undated = 0

    def write(fh) -> int:
        nonlocal failed, undated
        n = 0
        for item in iter_items(args.paths):
            if isinstance(item, InputError):
                failed += 1
                print(json.dumps(error_record(item), ensure_ascii=False), file=sys.stderr)
                continue
            record = article_record(item, args.date)
            undated += record["published"] is None
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
        return n

    if args.output is None:
        n = write(sys.stdout)
    else:
        from marsad.store.export import write_file

        def write_path(path) -> int:
            with open(path, "w", encoding="utf-8") as fh:
                return write(fh)

        n = write_file(args.output, write_path, args.overwrite)
    print(f"converted {n} article(s)" + (f", {failed} item(s) rejected" if failed else ""),
          file=sys.stderr)
    if undated:  # (as ingest's summary says: their أمس، اليوم will not be resolved)
        print(f"{undated} article(s) have no publication date (none given, or none of the form "
              f"YYYY-MM-DD), so their relative dates (أمس، اليوم) will not be resolved; give "
              f"them one with --date YYYY-MM-DD", file=sys.stderr)
    from marsad.cli.corpus import note_skipped

    note_skipped(args.paths)
    return 1 if failed else 0


def _refuse_output_among_inputs(output: str, paths) -> None:
    """The output must not be read as input: into an input folder, a second run would read
    the first run's file and write every article twice; over an input file, it replaces it."""
    from pathlib import Path

    from marsad.errors import MarsadError
    from marsad.store.readers import STDIN

    out = Path(output).resolve()
    for p in paths:
        if str(p) == STDIN:
            continue
        path = Path(p).resolve()
        if out == path:
            raise MarsadError(f"the output {output} is also an input; write it to another "
                              f"file (-o FILE)")
        if path.is_dir() and path in out.parents:
            raise MarsadError(f"the output {output} is inside the input folder {p}, where the "
                              f"next run would read it as articles; write it outside that folder")
