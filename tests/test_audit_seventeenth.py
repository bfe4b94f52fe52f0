"""What a user meets (seventeenth session's audit, the sixteenth's leftovers): a record whose text
is not a string, a malformed gold file, Spark on bad inputs, and the analyst's web page, search and
notebook."""

from __future__ import annotations

import json

import pytest


# -- 1. a record whose text is not a string -----------------------------------------------------

@pytest.mark.parametrize("value, kind", [("42", "a number"), ('["خبر"]', "a list"),
                                         ("null", "null")])
def test_a_text_that_is_not_a_string_says_so_with_a_reason_of_its_own(tmp_path, value, kind):
    """`{"text": 42}` was rejected with the reason `empty`, and `{"text": null}` said "has no text
    field"; the next record is still read."""
    from marsad.store.readers import iter_items

    path = tmp_path / "a.jsonl"
    path.write_text('{"id": "a", "text": %s}\n{"id": "b", "text": "زار الوزير الرياض."}\n'
                    % value, encoding="utf-8")
    err, item = iter_items([path])
    assert err.reason == "not_text"
    assert f'"text" must be a string, got {kind}' in str(err)
    assert err.line == 1
    assert item.doc_id == "b"



# -- 1. `marsad eval` with a malformed gold file -------------------------------------------------

@pytest.mark.parametrize("content, fault", [
    (b'{"events": []}\n{"events": []}\n', "is not valid JSON (Extra data at line 2, column 1)"),
    (b"\xff\xfe{}", "is not UTF-8 text (byte 0)"),
    (b'{"events": 5}', 'has "events" as a number, not a list'),
    (b'{"actors": ["\xd8\xa8\xd9\x88\xd8\xaa\xd9\x8a\xd9\x86"]}',
     'has item 1 of "actors" as a string, not an object'),
    (b"[1, 2]", "is a list, not a JSON object")])
def test_eval_names_the_gold_file_its_fault_and_what_to_do(tmp_path, capsys, content, fault):
    """A malformed gold file gave "is not valid JSON (Extra data, line 2)" with nothing to do, a
    traceback for bytes that are not UTF-8 or a layer that is not a list of objects."""
    from marsad.cli import main

    gold = tmp_path / "a.gold.json"
    gold.write_bytes(content)
    pred = tmp_path / "p.json"
    pred.write_text(json.dumps({"text": "زار الوزير الرياض."}), encoding="utf-8")
    assert main(["eval", str(gold), "--pred", str(pred)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0
    assert err.startswith(f"marsad: error: {gold}: {fault}; mend it: a gold file is one UTF-8 "
                          "JSON object with the lists actors, ")


# -- 3. the docs stay true: every option of every command is documented ----------------------------

def test_every_option_of_every_command_is_documented():
    """tests/test_docs checks that the options the README names exist, not that each option is
    named: `code --tokens` and `ingest --no-progress` were in no document."""
    import argparse
    import re
    from pathlib import Path

    from marsad.cli import build_parser

    root = Path(__file__).resolve().parents[1]
    notes = {"accuracy.md", "performance.md", "HELPERS.md"}  # (measurements, not user docs)
    text = "\n".join([(root / "README.md").read_text(encoding="utf-8")] + [
        p.read_text(encoding="utf-8") for p in sorted((root / "docs").glob("*.md"))
        if p.name not in notes])
    (commands,) = [a.choices for a in build_parser()._actions
                   if isinstance(a, argparse._SubParsersAction)]
    def named(option: str) -> bool:
        return bool(re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", text))

    missing = [(name, action.option_strings) for name, parser in commands.items()
               for action in parser._actions
               if action.option_strings and "--help" not in action.option_strings
               and not any(named(o) for o in action.option_strings)]
    assert not missing, f"options in no document (README.md, docs/*.md): {missing}"
