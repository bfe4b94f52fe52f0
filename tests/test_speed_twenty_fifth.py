"""Speed, twenty-fifth session: building the pipeline (`marsad.load()`).

- `lexicon.loader.read_file` tests a dictionary file first with its schema compiled by
  `lexicon.quickcheck` (nested Python tests of the schema's keywords); `jsonschema`, which took
  about a third of `marsad.load()`, is asked only of a file that fails the quick test (for its
  messages) or whose schema uses a keyword the quick test does not compile.

The quick test must answer as `jsonschema` does: checked here on small schemas of ours whose
answers were worked out by hand, on every built-in file, and on seeded random edits of built-in
entries (each edit's answer compared with `jsonschema`'s).
"""

from __future__ import annotations

import copy
import json
import random

import pytest

from marsad.errors import LexiconError
from marsad.lexicon import loader
from marsad.lexicon.quickcheck import compile_schema

jsonschema = pytest.importorskip("jsonschema")


def _schema(kind: str) -> dict:
    return json.loads((loader._schema_dir() / f"{kind}.schema.json").read_text(encoding="utf-8"))


def _builtin_files() -> list:
    return sorted(loader.builtin_data_dir().rglob("*.json"))


# (schema, instance, valid?) worked out by hand from the JSON Schema 2020-12 rules
HAND = [
    ({"type": "integer"}, 3, True),
    ({"type": "integer"}, 3.0, True),  # an integer may be written as a float with no fraction
    ({"type": "integer"}, 3.5, False),
    ({"type": "integer"}, True, False),  # a boolean is no number
    ({"type": "number", "minimum": 1}, 0, False),
    ({"type": ["integer", "null"]}, None, True),
    ({"minimum": 1}, "0", True),  # minimum says nothing of a string
    ({"enum": ["Y", "M"]}, "M", True),
    ({"enum": ["Y", "M"]}, "D", False),
    ({"enum": [1, 2]}, True, False),  # True is not 1
    ({"const": False}, 0, False),
    ({"type": "string", "minLength": 1}, "", False),
    ({"type": "string", "minLength": 2, "description": "a word"}, "ab", True),
    ({"type": "string", "minLength": 2, "description": "a word"}, ["ab"], False),
    ({"type": "string", "minLength": 2}, 12, False),
    ({"type": "string", "pattern": "^[a-z_]+$"}, "ab_c", True),
    ({"type": "string", "pattern": "^[a-z_]+$"}, "سلام", False),
    ({"pattern": "ب"}, "كتاب", True),  # a search, not a match from the start
    ({"type": "object", "required": ["words"], "properties": {"words": {"type": "array"}}},
     {"words": "x"}, False),
    ({"type": "object", "required": ["words"]}, {"word": []}, False),
    ({"properties": {"a": {"type": "string"}}, "additionalProperties": False},
     {"a": "x", "b": 1}, False),
    ({"properties": {"a": {"type": "string"}}, "additionalProperties": {"type": "integer"}},
     {"a": "x", "b": 1}, True),
    ({"propertyNames": {"enum": ["negation", "future"]}}, {"future": 1}, True),
    ({"propertyNames": {"enum": ["negation", "future"]}}, {"past": 1}, False),
    ({"type": "object", "minProperties": 1}, {}, False),
    ({"type": "array", "prefixItems": [{"enum": ["Y"]}, {"type": "integer"}], "minItems": 2,
      "maxItems": 2}, ["Y", 2], True),
    ({"type": "array", "prefixItems": [{"enum": ["Y"]}, {"type": "integer"}]}, [2, "Y"], False),
    ({"prefixItems": [{"type": "string"}], "items": {"type": "integer"}}, ["a", 1, 2], True),
    ({"prefixItems": [{"type": "string"}], "items": {"type": "integer"}}, ["a", 1, "b"], False),
    ({"prefixItems": [{"type": "string"}], "items": False}, ["a", 1], False),
    ({"type": "array", "items": {"type": "string"}, "minItems": 1}, [], False),
    ({"oneOf": [{"type": "string"}, {"minLength": 2}]}, "abc", False),  # both match
    ({"oneOf": [{"type": "string"}, {"type": "integer"}]}, 4, True),
    ({"anyOf": [{"type": "string"}, {"type": "integer"}]}, [], False),
    ({"allOf": [{"type": "string"}, {"minLength": 2}]}, "a", False),
    ({"if": {"required": ["units"]}, "then": {"required": ["category"]},
      "else": {"required": ["words"]}}, {"units": {}}, False),
    ({"if": {"required": ["units"]}, "then": {"required": ["category"]},
      "else": {"required": ["words"]}}, {"words": []}, True),
    ({"$defs": {"w": {"type": "string", "minLength": 1}},
      "type": "array", "items": {"$ref": "#/$defs/w"}}, ["a", ""], False),
    ({"$defs": {"w": {"type": "string", "minLength": 1}},
      "type": "array", "items": {"$ref": "#/$defs/w"}}, ["a", "b"], True),
    ({"description": "only a note", "title": "t"}, 17, True),
]


@pytest.mark.parametrize("schema, instance, valid", HAND)
def test_the_quick_test_answers_as_worked_out_by_hand(schema, instance, valid):
    check = compile_schema(schema)
    assert check is not None
    assert check(instance) is valid
    # and as jsonschema does
    assert jsonschema.Draft202012Validator(schema).is_valid(instance) is valid


def test_a_keyword_it_does_not_know_leaves_the_schema_to_jsonschema():
    assert compile_schema({"type": "string", "format": "date"}) is None
    assert compile_schema({"items": {"uniqueItems": True}}) is None
    assert compile_schema({"$ref": "other.json#/x"}) is None
    assert compile_schema({"patternProperties": {"^a": {}}, "additionalProperties": False}) is None


def test_every_schema_compiles_and_every_builtin_file_passes():
    for path in _builtin_files():
        data = json.loads(path.read_text(encoding="utf-8"))
        check = compile_schema(_schema(data["lexicon"]))
        assert check is not None, path.name
        assert check(data), path.name


# values an edit puts in place of a part of an entry
_VALUES = [None, True, False, 0, 1, 1.0, 2.5, -3, "", "x", "Y", "سلام", [], [""], ["a"], {},
           {"a": 1}, [1, 2, 3], ["Y", None, 1]]


def _parts(x, path=()):
    yield path
    if isinstance(x, dict):
        for k, v in x.items():
            yield from _parts(v, path + (k,))
    elif isinstance(x, list):
        for i, v in enumerate(x):
            yield from _parts(v, path + (i,))


def _edited(entry, rng: random.Random):
    """The entry with one part replaced, removed, or a key or an item added."""
    entry = copy.deepcopy(entry)
    path = rng.choice(list(_parts(entry)))
    if not path:
        return copy.deepcopy(rng.choice(_VALUES))
    parent = entry
    for k in path[:-1]:
        parent = parent[k]
    r = rng.random()
    if r < 0.6:
        parent[path[-1]] = copy.deepcopy(rng.choice(_VALUES))
    elif isinstance(parent, dict):
        if r < 0.8:
            del parent[path[-1]]
        else:
            parent["not_a_field"] = "x"
    else:
        parent.append(copy.deepcopy(rng.choice(_VALUES)))
    return entry


def test_edited_entries_are_judged_as_jsonschema_judges_them():
    rng = random.Random(25)
    judged = invalid = 0
    for path in _builtin_files():
        data = json.loads(path.read_text(encoding="utf-8"))
        schema = _schema(data["lexicon"])
        check, full = compile_schema(schema), jsonschema.Draft202012Validator(schema)
        header = {k: v for k, v in data.items() if k != "entries"}
        for _ in range(60 if data["entries"] else 0):
            entry = _edited(rng.choice(data["entries"]), rng)
            one = {**header, "entries": [entry]}
            expected = full.is_valid(one)
            assert check(one) is expected, (path.name, entry)
            judged += 1
            invalid += not expected
        # the header too (a version that is no string, a missing kind)
        for key in header:
            one = {**{k: v for k, v in header.items() if k != key}, "entries": []}
            assert check(one) is full.is_valid(one), (path.name, key)
    assert judged > 500 and 100 < invalid < judged  # both answers were put to the test


def test_a_valid_file_is_not_given_to_jsonschema(tmp_path, monkeypatch):
    p = tmp_path / "numbers.json"
    p.write_text((loader.builtin_data_dir() / "numbers.json").read_text(encoding="utf-8"),
                 encoding="utf-8")

    def no_jsonschema(kind):
        raise AssertionError(f"jsonschema asked of a valid {kind} file")

    monkeypatch.setattr(loader, "_validator", no_jsonschema)
    assert loader.read_file(p, "numbers.json").kind == "numbers"


def test_an_invalid_file_gets_jsonschemas_message(tmp_path):
    p = tmp_path / "numbers.json"
    data = json.loads((loader.builtin_data_dir() / "numbers.json").read_text(encoding="utf-8"))
    data["entries"][1] = {**data["entries"][1], "no_such_field": 1}
    p.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        loader.read_file(p, "numbers.json")
    assert "schema error(s); first at /entries/1" in str(err.value)
    assert "no_such_field" in str(err.value)


# -- the events stage: the words of a sentence inside a date of a day, week or month ----------

class _Tok:
    """A token whose start is counted each time it is read."""

    def __init__(self, start: int, end: int, reads: list):
        self._start, self.end, self._reads = start, end, reads

    @property
    def start(self) -> int:
        self._reads.append(self._start)
        return self._start


def test_words_inside_an_occasions_date_are_found_by_bisection():
    from types import SimpleNamespace

    from marsad.stages.events import _occasion_dated

    # «التقى الوزيران يوم الأحد في الرياض الأسبوع الماضي»: our words at our offsets
    text = "التقى الوزيران يوم الأحد في الرياض الأسبوع الماضي"
    reads: list = []
    offsets, pos = [], 0
    for w in text.split():
        offsets.append((pos, pos + len(w)))
        pos += len(w) + 1
    tokens = [_Tok(a, b, reads) for a, b in offsets]
    day = SimpleNamespace(start=offsets[2][0], end=offsets[3][1], granularity="day")  # يوم الأحد
    week = SimpleNamespace(start=offsets[6][0], end=offsets[7][1], granularity="week")
    year = SimpleNamespace(start=offsets[0][0], end=offsets[1][1], granularity="year")  # none
    doc = SimpleNamespace(dates=[day, week, year])
    view = SimpleNamespace(tokens=tokens)
    assert _occasion_dated(doc, view) == frozenset({2, 3, 6, 7})
    # each token's start read once (the first and last token's once more for the sentence's
    # bounds), not once per date it is tested against
    assert len(reads) == len(tokens) + 1


# -- the events stage: does a word open another clause? ----------------------------------------

class _CountedMentions(list):
    """A sentence's mentions that count how often they are gone through."""

    walks = 0

    def __iter__(self):
        self.walks += 1
        return super().__iter__()


def test_a_word_opens_a_clause_as_before_and_the_mentions_are_read_only_when_it_would():
    from types import SimpleNamespace

    from marsad.events.roles import opens_clause

    # «قال الوزير ، ودعا إلى الحوار لكنه رفض»: our words, folded as the stage folds them
    words = ["قال", "الوزير", "،", "ودعا", "الي", "الحوار", "لكنه", "رفض"]
    verbs = {0: None, 3: None, 7: None}
    mentions = _CountedMentions([SimpleNamespace(first=1, last=1)])  # الوزير
    view = SimpleNamespace(words=words, verbs=verbs, mentions=mentions)
    # a verb with و after a comma opens a clause; so does لكنه; a preposition, a noun, a verb
    # right after a name with no comma nor و before it do not
    assert opens_clause(view, 3) is True
    assert opens_clause(view, 6) is True
    walks = mentions.walks
    assert [opens_clause(view, k) for k in (1, 2, 4, 5, 7)] == [False] * 5
    assert mentions.walks == walks  # none of these would open one: no mention looked at
    # a word inside a name opens nothing (وزير is no و + verb): here a mention over ودعا
    view.mentions = _CountedMentions([SimpleNamespace(first=3, last=3)])
    assert opens_clause(view, 3) is False and view.mentions.walks == 1


# -- the actors stage: rules that seek a rare word among all the tokens -----------------------

@pytest.fixture(scope="module")
def nlp():
    import marsad

    return marsad.load()


def _entities(nlp, text):
    doc = nlp(text, published="2015-07-25")
    return [(doc.text[e.start:e.end], e.canonical, e.type) for e in doc.entities]


def test_rare_word_rules_fold_no_token_of_a_document_without_their_words(nlp, monkeypatch):
    import sys

    from marsad.actors import person_names, place_mentions

    callers: list[str] = []

    def counting(module):
        real = module.fold

        def fold(text):
            callers.append(sys._getframe(1).f_code.co_name)
            return real(text)
        monkeypatch.setattr(module, "fold", fold)

    counting(place_mentions)
    counting(person_names)
    # a woman named in full and a verb with the feminine ت before a word that is no surname of
    # hers; no club word, no word of a national team
    ents = _entities(nlp, "وقالت الكاتبة سلمى الحربي إن المشروع سيبدأ قريبا في جدة. "
                          "وأضافت أن التمويل متوفر للمرحلة الأولى من المشروع.")
    assert ("الكاتبة سلمى الحربي", "Salma Al-Harbi", "PERSON") in ents
    assert not {"_common_word_clubs", "_own_national_teams"} & set(callers)
    # (the family name stands once, in the full name: only there is the word before it read)
    assert callers.count("_surnames_of_women") == 1


def test_rare_word_rules_still_read_their_words(nlp):
    # a club named by a common word after a verb of a match, the other side after على
    ents = _entities(nlp, "فاز الهلال على النصر بهدفين في الدوري السعودي مساء أمس.")
    assert [(t, ty) for t, _c, ty in ents][:2] == [("الهلال", "ORG"), ("النصر", "ORG")]
    # a family name alone after a verb with the feminine ت: the woman named before
    ents = _entities(nlp, "وقالت بشرى الأسد إن الحل بعيد. وأضافت الأسد أن الحرب طويلة.")
    assert ents == [("بشرى الأسد", "Bushra al-Assad", "PERSON"),
                    ("الأسد", "Bushra al-Assad", "PERSON")]
