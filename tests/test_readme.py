"""README's Python examples run as written, and the command runs as `marsad` and as
`python -m marsad`."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def readme_python_blocks() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"^```python\n(.*?)^```", readme, flags=re.S | re.M)


def run_python(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    """This Python, with this process's import path, in another folder than the project's."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=cwd,
                          env=env, timeout=600)


@pytest.mark.slow
def test_readme_python_examples_run_as_written(tmp_path):
    """The blocks in order, in one interpreter (the second uses the first's `docs`)."""
    pytest.importorskip("pandas")
    blocks = readme_python_blocks()
    assert len(blocks) >= 2
    r = run_python("-c", "\n".join(blocks) + "\nprint('EVENTS', len(events))\n", cwd=tmp_path)
    assert r.returncode == 0, r.stderr[-3000:]
    lines = r.stdout.splitlines()
    # the first loop prints each entity's text, canonical name, code and whether the span holds
    # its text: بوتين and طهران at least, every span right
    entity_lines = [ln for ln in lines if ln.endswith((" True", " False"))]
    assert len(entity_lines) >= 2 and all(ln.endswith(" True") for ln in entity_lines)
    assert any("طهران" in ln for ln in entity_lines)
    assert lines[-1].startswith("EVENTS ")


def test_version_and_module_entry_point(tmp_path):
    """`python -m marsad --version`, `python -m marsad` (usage, status 2) and the `marsad`
    script pyproject.toml declares."""
    import tomllib

    from marsad import __version__

    r = run_python("-m", "marsad", "--version", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"marsad {__version__}"
    r = run_python("-m", "marsad", cwd=tmp_path)
    assert r.returncode == 2 and r.stdout.startswith("usage: marsad") and "COMMAND" in r.stdout
    target = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["scripts"]
    module, func = target["marsad"].split(":")
    r = run_python("-c", f"import sys; from {module} import {func}; "
                         f"sys.exit({func}(['--version']))", cwd=tmp_path)
    assert r.returncode == 0 and r.stdout.strip() == f"marsad {__version__}", r.stderr
