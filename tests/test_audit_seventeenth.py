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

