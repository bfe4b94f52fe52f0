"""Load test of the web API on loopback: POST /v1/code and GET /v1/events.

    .venv/bin/python bench/bench_web.py --db /tmp/web.db [--requests 200] [--clients 4]
                                        [--max-seconds 120]

Starts `marsad serve --read-only` on 127.0.0.1 (a free port) over an existing store (build one
with `marsad ingest ../shared/data/saudinewsnet/2015-07-21.zip --db /tmp/web.db --limit 300`),
warms it up (the first POST builds the pipeline), then for each endpoint sends `--requests`
requests from `--clients` concurrent clients and reports throughput and latency percentiles.
Bounded: each scenario stops after its requests or `--max-seconds`, whichever comes first, and
the server is stopped at the end. Traffic goes to 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import threading
import time
from pathlib import Path

import httpx

from marsad.web.local import served


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    v = sorted(values)
    k = min(len(v) - 1, max(0, round(p / 100 * (len(v) - 1))))
    return v[k]


def run_scenario(base: str, make_request, n: int, clients: int, max_seconds: float) -> dict:
    """`make_request(client, i)` sends request i; returns the latency summary."""
    lock = threading.Lock()
    latencies: list[float] = []
    errors: list[str] = []
    counter = iter(range(n))
    deadline = time.perf_counter() + max_seconds

    def worker():
        with httpx.Client(base_url=base, timeout=60) as client:
            while time.perf_counter() < deadline:
                with lock:
                    i = next(counter, None)
                if i is None:
                    return
                t = time.perf_counter()
                try:
                    r = make_request(client, i)
                    ok = r.status_code == 200
                except httpx.HTTPError as exc:
                    ok, r = False, exc
                dt = time.perf_counter() - t
                with lock:
                    latencies.append(dt)
                    if not ok:
                        errors.append(str(getattr(r, "status_code", r)))

    t0 = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(clients)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    wall = time.perf_counter() - t0
    ms = [x * 1000 for x in latencies]
    return {"requests": len(latencies), "errors": len(errors), "seconds": round(wall, 2),
            "requests_per_second": round(len(latencies) / wall, 1) if wall else 0.0,
            "p50_ms": round(percentile(ms, 50), 1), "p95_ms": round(percentile(ms, 95), 1),
            "max_ms": round(max(ms), 1) if ms else None,
            "stopped_by_time": len(latencies) < n}


def machine() -> str:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (f"{platform.machine()} {model}, {os.cpu_count()} cores, Linux "
            f"{platform.release()}, Python {platform.python_version()}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", required=True, help="an existing store")
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--clients", type=int, default=4)
    ap.add_argument("--max-seconds", type=float, default=120.0,
                    help="time bound of each scenario")
    args = ap.parse_args()
    if not Path(args.db).exists():
        print(f"no store {args.db}; build one with marsad ingest", file=sys.stderr)
        return 1
    try:
        with served(args.db) as base:
            result = measure(base, args)
    except RuntimeError as exc:  # (the server did not start)
        print(exc, file=sys.stderr)
        return 1
    if result is None:
        print("the store has no articles", file=sys.stderr)
        return 1
    print(json.dumps(result, indent=1, ensure_ascii=False))
    return 0


def measure(base: str, args) -> dict | None:
    """The scenarios' figures on the server at `base` (None if its store has no articles)."""
    with httpx.Client(base_url=base, timeout=60) as c:
        stats = c.get("/v1/stats").json()
        ids = [r["article_id"] for r in
               c.get("/v1/articles", params={"limit": 50}).json()["results"]]
        texts = [c.get(f"/v1/articles/{i}").json() for i in ids]
        bodies = [{"text": d["text"], "published": d.get("published")} for d in texts]
        if not bodies:
            return None
        t = time.perf_counter()
        c.post("/v1/code", json=bodies[0]).raise_for_status()  # builds the pipeline
        warmup = time.perf_counter() - t
        actors = [None, "SAU", "USA", "IRN", "GOV", "EGY"]
        roots = [None, "04", "19", "11"]

    def code(client, i):
        return client.post("/v1/code", json=bodies[i % len(bodies)])

    def events(client, i):
        params = {"limit": 50, "offset": (i % 5) * 50}
        if actors[i % len(actors)]:
            params["actor"] = actors[i % len(actors)]
        if roots[i % len(roots)]:
            params["root"] = roots[i % len(roots)]
        return client.get("/v1/events", params=params)

    result = {
        "store": {k: stats[k] for k in ("articles", "events", "quotes")},
        "mean_article_chars": round(sum(len(b["text"]) for b in bodies) / len(bodies)),
        "first_code_request_seconds": round(warmup, 2),
        "clients": args.clients,
        "POST /v1/code": run_scenario(base, code, args.requests, args.clients,
                                      args.max_seconds),
        "GET /v1/events": run_scenario(base, events, args.requests, args.clients,
                                       args.max_seconds),
        "machine": machine(),
    }
    return result


if __name__ == "__main__":
    sys.exit(main())
