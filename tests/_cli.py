"""Run the marsad command line in the test process: `run_cli(*argv)` gives (exit status,
stdout, stderr), an argparse exit (`SystemExit`) counted as the status."""

from __future__ import annotations

import contextlib
import io


def run_cli(*argv) -> tuple[int, str, str]:
    from marsad.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = main([str(a) for a in argv])
        except SystemExit as exc:
            status = exc.code
    return status, out.getvalue(), err.getvalue()
