"""`marsad spark-run` in this process on a folder, for the tests of its rejects: the exit status,
the JSON summary it prints last on stderr, the rejects it wrote and all it said on stderr."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path


def spark_run(folder: Path, out: Path) -> tuple[int, dict, list[dict], str]:
    from marsad.cli import main

    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        status = main(["spark-run", str(folder), str(out), "--master", "local[2]",
                       "--partitions", "2", "--conf", "spark.ui.enabled=false",
                       "--conf", "spark.ui.showConsoleProgress=false"])
    said = err.getvalue()
    report = json.loads(said.strip().splitlines()[-1])
    rejects = [json.loads(line) for f in sorted((out / "rejects").glob("part-*.json"))
               for line in f.read_text(encoding="utf-8").splitlines()]
    return status, report, rejects, said
