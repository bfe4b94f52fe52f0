"""Spark local[1] and local[2] against `marsad ingest --workers 1/2` on the same articles.

    .venv/bin/python bench/bench_spark.py [--limit N] [--data ../shared/data/saudinewsnet]

The SaudiNewsNet zips (JSON arrays) are first turned into one JSON Lines file (the first N
articles ingest accepts, in sorted zip order), so Spark and ingest code exactly the same
articles. Each configuration runs as its own `marsad` process; the wall-clock time includes
starting Python, the JVM and the workers, and writing the output. Prints a Markdown table and a
JSON record (also written to --json FILE).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "saudinewsnet"


def write_articles(data: Path, out: Path, limit: int | None) -> int:
    from marsad.store.readers import iter_items

    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for item in iter_items(sorted(data.glob("*.zip"))):
            if not hasattr(item, "text"):  # an InputError: ingest would reject it too
                continue
            fh.write(json.dumps({"text": item.text, "title": item.title,
                                 "published": item.published, "url": item.url,
                                 "source": item.source}, ensure_ascii=False) + "\n")
            n += 1
            if limit is not None and n >= limit:
                break
    return n


def timed_marsad(args: list[str]) -> tuple[float, dict]:
    env = dict(os.environ, PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable)
    start = time.perf_counter()
    r = subprocess.run([sys.executable, "-m", "marsad", *args], capture_output=True, text=True,
                       env=env, cwd=ROOT)
    wall = time.perf_counter() - start
    if r.returncode not in (0, 3):
        sys.exit(f"marsad {' '.join(args)} failed ({r.returncode}):\n{r.stderr[-3000:]}")
    return wall, json.loads(r.stderr.strip().splitlines()[-1])


def machine() -> dict:
    mem_kb = next(int(line.split()[1]) for line in open("/proc/meminfo")
                  if line.startswith("MemTotal"))
    return {"nproc": os.cpu_count(), "memory_gib": round(mem_kb / 2**20, 1),
            "python": platform.python_version(), "load_average": os.getloadavg()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of the zips")
    ap.add_argument("--limit", type=int, help="code only the first N articles")
    ap.add_argument("--json", type=Path, help="also write the results here")
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        sys.exit(f"{args.data} is not a folder of SaudiNewsNet zips")
    import pyspark

    results: dict = {"machine": machine(), "pyspark": pyspark.__version__, "runs": {}}
    with tempfile.TemporaryDirectory(prefix="bench_spark_") as tmp:
        tmp_path = Path(tmp)
        articles = tmp_path / "articles.jsonl"
        n = write_articles(args.data, articles, args.limit)
        results["articles_in"] = n
        print(f"{n} articles; machine {results['machine']}", file=sys.stderr)
        for workers in (1, 2):
            wall, rep = timed_marsad(["ingest", str(articles), "--db",
                                      str(tmp_path / f"w{workers}.db"), "--workers",
                                      str(workers), "--no-progress"])
            con = sqlite3.connect(tmp_path / f"w{workers}.db")
            events = con.execute("SELECT COUNT(*) FROM events").fetchone()[0]
            con.close()
            results["runs"][f"ingest --workers {workers}"] = {
                "articles": rep["stored"], "wall_seconds": round(wall, 1),
                "articles_per_second": round(rep["stored"] / wall, 2),
                "job_seconds": rep["seconds"], "events": events}
            print(f"ingest --workers {workers}: {wall:.1f} s", file=sys.stderr)
        for cores in (1, 2):
            wall, rep = timed_marsad([
                "spark-run", str(articles), str(tmp_path / f"spark{cores}"), "--master",
                f"local[{cores}]", "--partitions", str(4 * cores),
                "--conf", "spark.ui.enabled=false", "--conf", "spark.ui.showConsoleProgress=false",
                "--conf", "spark.driver.memory=4g"])
            results["runs"][f"spark local[{cores}]"] = {
                "articles": rep["articles"], "wall_seconds": round(wall, 1),
                "articles_per_second": round(rep["articles"] / wall, 2),
                "job_seconds": rep["seconds"], "events": rep["events"]}
            print(f"spark local[{cores}]: {wall:.1f} s", file=sys.stderr)
    runs = results["runs"]
    results["spark_speedup"] = round(runs["spark local[1]"]["wall_seconds"]
                                     / runs["spark local[2]"]["wall_seconds"], 2)
    results["ingest_speedup"] = round(runs["ingest --workers 1"]["wall_seconds"]
                                      / runs["ingest --workers 2"]["wall_seconds"], 2)
    for k in (1, 2):
        results[f"spark_overhead_{k}"] = round(
            runs[f"spark local[{k}]"]["wall_seconds"]
            / runs[f"ingest --workers {k}"]["wall_seconds"], 2)
    results["machine"]["load_average_after"] = os.getloadavg()
    print("| run | articles | events | wall s | articles/s (wall) | job s |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, r in runs.items():
        print(f"| {name} | {r['articles']} | {r['events']} | {r['wall_seconds']} | "
              f"{r['articles_per_second']} | {r['job_seconds']} |")
    print(json.dumps(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
