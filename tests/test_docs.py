"""Docs stay true: every CLI command, dictionary file and export column is documented."""

from pathlib import Path

from marsad.cli import command_names
from marsad.lexicon import builtin_data_dir
from marsad.tables import EVENT_COLUMNS

ROOT = Path(__file__).resolve().parents[1]


def test_every_cli_command_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [c for c in command_names() if f"marsad {c}" not in readme]
    assert not missing, f"commands not documented in README.md: {missing}"


def test_every_dictionary_file_is_documented():
    doc = (ROOT / "docs" / "dictionaries.md").read_text(encoding="utf-8")
    missing = []
    for p in sorted(builtin_data_dir().rglob("*.json")):
        rel = p.relative_to(builtin_data_dir()).as_posix()
        if f"`{rel}`" not in doc and not (rel.startswith("people/") and "`people/*.json`" in doc):
            missing.append(rel)
    assert not missing, f"dictionary files not in docs/dictionaries.md: {missing}"


def test_every_event_column_is_documented():
    doc = (ROOT / "docs" / "export.md").read_text(encoding="utf-8")
    assert not [c for c in EVENT_COLUMNS if f"`{c}`" not in doc]


def test_readme_quick_start_is_two_make_commands_that_exist():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "make demo" in readme and "make test" in readme
    assert "\ndemo:" in makefile and "\ntest:" in makefile
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_every_option_the_readme_gives_a_command_exists():
    # the rows of the command table: `marsad CMD ... --option ...` | what it does, with options
    import argparse
    import re

    from marsad.cli import build_parser

    commands = {}
    for action in build_parser()._actions:
        if isinstance(action, argparse._SubParsersAction):
            commands = action.choices
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    wrong = []
    for line in readme.splitlines():
        m = re.match(r"\| `marsad ([a-z-]+)", line)
        if not m or m[1] not in commands:
            continue
        known = set(commands[m[1]]._option_string_actions)
        wrong += [(m[1], o) for o in re.findall(r"(?<![\w-])--[a-z][a-z-]*", line)
                  if o not in known]
    assert not wrong, f"options in README.md that the command does not have: {wrong}"
