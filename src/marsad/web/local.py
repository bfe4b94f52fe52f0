"""`marsad serve --read-only` on a store, in a child process on a free port of 127.0.0.1: what
the browser tests and bench/bench_web.py talk to (one start, one wait and one stop for both)."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def served(db: str | Path, log_path: str | Path | None = None,
           start_seconds: float = 60.0) -> Iterator[str]:
    """The base URL of a read-only server on the store `db`, once it answers `/v1/stats`; the
    server is stopped on leaving. Its output goes to the file `log_path`, else to this
    process's. A server that exits or does not answer within `start_seconds` raises
    RuntimeError (with its log)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log = open(log_path, "w") if log_path else None
    proc = subprocess.Popen([sys.executable, "-m", "marsad", "serve", "--db", str(db),
                             "--port", str(port), "--read-only", "--log-level", "warning"],
                            stdout=log, stderr=subprocess.STDOUT if log else None)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_for(base, proc, start_seconds, log_path)
        yield base
    finally:
        stop(proc)
        if log:
            log.close()


def _wait_for(base: str, proc: subprocess.Popen, seconds: float,
              log_path: str | Path | None) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            urllib.request.urlopen(base + "/v1/stats", timeout=2).read()
            return
        except OSError:
            ended = proc.poll() is not None
            if ended or time.monotonic() > deadline:
                why = (f"exited (status {proc.returncode})" if ended else
                       f"did not answer in {seconds:g} s")
                log = Path(log_path).read_text() if log_path else ""
                raise RuntimeError(f"marsad serve {why}" + (f": {log}" if log else ""))
            time.sleep(0.3)


def stop(proc: subprocess.Popen, seconds: float = 10.0) -> None:
    """Stop a server process: asked first (SIGTERM: uvicorn finishes its requests), killed if
    it has not ended after `seconds`."""
    proc.terminate()
    try:
        proc.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
