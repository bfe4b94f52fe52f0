"""Shared by the knowledge-is-data tests: a user's lexicon folder that empties a built-in
category, or a user's file whose entries join the built-in ones (the documented ways a user
edits the dictionaries; docs/dictionaries.md, ### Extending)."""

from __future__ import annotations

import copy
import json

from marsad.lexicon import builtin_data_dir


def builtin_raw(kind: str = "grammar") -> dict:
    """The built-in `kind`.json as written."""
    return json.loads((builtin_data_dir() / f"{kind}.json").read_text(encoding="utf-8"))


def without(tmp_path, category: str, kind: str = "grammar"):
    """A lexicon folder whose `kind`.json has `category` emptied (a word no text holds in place
    of its words or values: the schema wants one)."""
    raw = copy.deepcopy(builtin_raw(kind))
    found = False
    for e in raw["entries"]:
        if e["category"] == category:
            found = True
            if "values" in e:
                e["values"] = {"ززززز": next(iter(e["values"].values()))}
            else:
                e["words"] = ["ززززز"]
    assert found, category  # (on a tree without the category, nothing to take out)
    (tmp_path / f"{kind}.json").write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    return tmp_path


def user_file(tmp_path, entry: dict, kind: str = "grammar"):
    """A user's my_<kind>.json (another name): its entries join the built-in ones."""
    (tmp_path / f"my_{kind}.json").write_text(json.dumps({
        "lexicon": kind, "version": "1", "description": "a user's additions",
        "entries": [entry]}, ensure_ascii=False), encoding="utf-8")
    return tmp_path


def user_words(tmp_path, category: str, words: list[str], kind: str = "grammar"):
    """A user's file adding `words` to `category`."""
    return user_file(tmp_path, {"category": category, "note": "a user's words", "words": words},
                     kind)
