"""The JSON output contract: schema-valid, every span slices the source text."""

import json
from pathlib import Path

import jsonschema
import pytest

from marsad.document import Document

SCHEMA = json.loads((Path(__file__).resolve().parents[1] / "src" / "marsad" / "schema"
                     / "document.schema.json").read_text(encoding="utf-8"))
DEMO = Path(__file__).resolve().parents[1] / "examples" / "demo.txt"


def check_spans(d: dict) -> None:
    text = d["text"]
    for layer in ("entities", "quotes", "dates", "amounts"):
        for a in d[layer]:
            assert 0 <= a["start"] < a["end"] <= len(text), (layer, a)
            assert text[a["start"]:a["end"]] == a["text"], (layer, a)
    for s in d["sentences"]:
        assert 0 <= s["start"] < s["end"] <= len(text)
    for q in d["quotes"]:
        for key in ("speaker", "addressee", "reported_by"):
            ref = q.get(key)
            if ref:
                assert text[ref["start"]:ref["end"]] == ref["text"], (key, q)
    for e in d["events"]:
        ev = e["evidence"]
        assert 0 <= ev["start"] < ev["end"] <= len(text)
        for key in ("source", "target"):
            ref = e[key]
            if ref:
                assert text[ref["start"]:ref["end"]] == ref["text"], (key, e)
        for m in e.get("mentions", []):
            assert 0 <= m["start"] < m["end"] <= len(text)


def _validate(d):
    jsonschema.Draft202012Validator(SCHEMA).validate(d)


def test_example_output_validates_and_spans_slice(example_doc):
    d = json.loads(example_doc.to_json())
    _validate(d)
    check_spans(d)


def test_demo_output_validates_and_spans_slice(nlp):
    doc = nlp(DEMO.read_text(encoding="utf-8"), published="2024-03-12")
    d = json.loads(doc.to_json())
    _validate(d)
    check_spans(d)


def test_schema_rejects_a_broken_document():
    d = Document("نص قصير").to_dict()
    d["events"] = [{"cameo": "042"}]
    with pytest.raises(jsonschema.ValidationError):
        _validate(d)
