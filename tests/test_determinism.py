"""The same article always codes to the same output, whatever the hash seed of the process
(set iteration order must never leak into results: Spark and resumed ingests rely on it)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


def _code(path: Path, seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    r = subprocess.run([sys.executable, "-m", "marsad", "code", str(path), "--date",
                        "2017-11-02"], capture_output=True, text=True, cwd=ROOT, env=env,
                       timeout=300)
    assert r.returncode == 0, r.stderr
    return r.stdout


@pytest.mark.parametrize("name", ["demo", "example"])
def test_output_does_not_depend_on_the_hash_seed(name, example_text):
    path = ROOT / "examples" / "demo.txt" if name == "demo" else (
        ROOT.parent / "shared" / "examples" / "000_b12d04d345356f66.txt")
    assert _code(path, "1") == _code(path, "2") == _code(path, "12345")
