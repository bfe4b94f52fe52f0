"""The `marsad` command line: thin commands over the library.

Each module in COMMAND_MODULES adds its sub-commands with `register(subparsers)`; each command
function returns the process exit status.
"""

from __future__ import annotations

import argparse
import importlib
import sys

COMMAND_MODULES = (
    "marsad.cli.code",
    "marsad.cli.convert",
    "marsad.cli.evaluate",
    "marsad.cli.lexicon",
    "marsad.cli.corpus",
    "marsad.cli.counts",
    "marsad.cli.serve",
    "marsad.cli.spark",
)


def build_parser() -> argparse.ArgumentParser:
    from marsad import __version__

    parser = argparse.ArgumentParser(
        prog="marsad", description="Arabic news to political event data (PLOVER/CAMEO).")
    parser.add_argument("--version", action="version", version=f"marsad {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    from marsad.cli.examples import add_examples

    add_examples(sub.choices)
    return parser


def main(argv: list[str] | None = None) -> int:
    from marsad.errors import MarsadError

    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except MarsadError as exc:
        print(f"marsad: error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except OSError as exc:  # (a file the command may not read or write: no traceback)
        where = f" {exc.filename}" if exc.filename else ""
        print(f"marsad: error: cannot use{where} ({exc.strerror or exc}); check the path and "
              f"that you may read it, or write in its folder", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("marsad: interrupted", file=sys.stderr)
        return 130


def command_names() -> list[str]:
    """Every sub-command name (the docs test checks each is documented)."""
    parser = build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return sorted(action.choices)
    return []
