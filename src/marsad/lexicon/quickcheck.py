"""A quick validity test of a dictionary file against its schema, before the full check.

The schema check with `jsonschema` was most of the cost of `marsad.load()` (about 0.5–0.8 s of
about 2 s CPU, twenty-fifth session): its validator walks every entry of every file through
generic machinery (a new validator object and a reference resolver per value). The schemas use a
small set of keywords; this module compiles a schema once into nested Python tests of exactly
those keywords, with the semantics of `jsonschema`'s Draft 2020-12 validator (an integer may be
a float with no fraction, a boolean is no number, `enum` and `const` tell True from 1, `pattern`
is `re.search`, lengths count code points).

It only answers "valid or not": a file it finds valid has no schema error, and the full check
is skipped; a file it finds invalid is checked by `jsonschema` as before, which gives the error
messages. A schema with a keyword this module does not know (or a `$ref` other than
`#/$defs/<name>`) is not compiled (`compile_schema` returns None): its files go to `jsonschema`
alone, so a new keyword in a schema can never make an invalid file pass.
"""

from __future__ import annotations

import numbers
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

Check = Callable[[Any], bool]

# keywords that only annotate (never make an instance invalid)
_ANNOTATIONS = frozenset({"description", "title", "$schema", "$defs", "$comment", "default",
                          "examples"})


class _Unsupported(Exception):
    """The schema uses a keyword (or a reference) this module does not compile."""


def compile_schema(schema: Any) -> Check | None:
    """A test `check(instance) -> bool` equal to `jsonschema.Draft202012Validator(schema)
    .is_valid(instance)`, or None when the schema uses a keyword not compiled here."""
    defs = schema.get("$defs", {}) if isinstance(schema, dict) else {}
    compiled_defs: dict[str, Check] = {}
    try:
        return _Compiler(defs, compiled_defs).compile(schema)
    except _Unsupported:
        return None


def _is_type(instance: Any, name: str) -> bool:
    if name == "string":
        return isinstance(instance, str)
    if name == "object":
        return isinstance(instance, dict)
    if name == "array":
        return isinstance(instance, list)
    if name == "boolean":
        return isinstance(instance, bool)
    if name == "null":
        return instance is None
    if isinstance(instance, bool):
        return False
    if name == "integer":
        return isinstance(instance, int) or (isinstance(instance, float) and instance.is_integer())
    if name == "number":
        return isinstance(instance, numbers.Number)
    raise _Unsupported(name)


def _is_number(instance: Any) -> bool:
    return not isinstance(instance, bool) and isinstance(instance, numbers.Number)


def _unbool(x: Any, true: object = object(), false: object = object()) -> Any:
    return true if x is True else false if x is False else x


def _equal(one: Any, two: Any) -> bool:
    """`jsonschema._utils.equal`: True is not 1, sequences and mappings compared item by item."""
    if one is two:
        return True
    if isinstance(one, str) or isinstance(two, str):
        return one == two
    if isinstance(one, Sequence) and isinstance(two, Sequence):
        return len(one) == len(two) and all(_equal(a, b) for a, b in zip(one, two))
    if isinstance(one, Mapping) and isinstance(two, Mapping):
        return len(one) == len(two) and all(k in two and _equal(v, two[k]) for k, v in one.items())
    return _unbool(one) == _unbool(two)


class _Compiler:
    def __init__(self, defs: dict[str, Any], compiled: dict[str, Check]):
        self.defs = defs
        self.compiled = compiled

    def compile(self, schema: Any) -> Check:
        if schema is True:
            return _always
        if schema is False:
            return _never
        if not isinstance(schema, dict):
            raise _Unsupported(repr(schema))
        string = _plain_string(schema)
        if string is not None:
            return string
        checks: list[Check] = []
        for key, value in schema.items():
            if key in _ANNOTATIONS or key in ("then", "else"):
                continue  # (`then` and `else` are read with `if`)
            make = getattr(self, "_kw_" + key.lstrip("$"), None)
            if make is None:
                raise _Unsupported(key)
            checks.append(make(value, schema))
        if not checks:
            return _always
        if len(checks) == 1:
            return checks[0]
        if len(checks) == 2:
            first, second = checks
            return lambda x: first(x) and second(x)

        def every(x: Any) -> bool:
            for c in checks:
                if not c(x):
                    return False
            return True
        return every

    # -- the keywords -------------------------------------------------------------------------

    def _kw_type(self, types: Any, schema: dict) -> Check:
        names = [types] if isinstance(types, str) else list(types)
        for n in names:
            _is_type(None, n)  # (an unknown type name is not compiled)
        if names == ["string"]:
            return lambda x: isinstance(x, str)
        if names == ["array"]:
            return lambda x: isinstance(x, list)
        if names == ["object"]:
            return lambda x: isinstance(x, dict)
        return lambda x: any(_is_type(x, n) for n in names)

    def _kw_enum(self, values: Any, schema: dict) -> Check:
        values = list(values)
        if values and all(isinstance(v, str) for v in values):
            allowed = frozenset(values)  # a str equals only a str
            return lambda x: isinstance(x, str) and x in allowed
        return lambda x: any(_equal(v, x) for v in values)

    def _kw_const(self, value: Any, schema: dict) -> Check:
        return lambda x: _equal(x, value)

    def _kw_minLength(self, n: int, schema: dict) -> Check:
        return lambda x: not isinstance(x, str) or len(x) >= n

    def _kw_maxLength(self, n: int, schema: dict) -> Check:
        return lambda x: not isinstance(x, str) or len(x) <= n

    def _kw_pattern(self, pattern: str, schema: dict) -> Check:
        search = re.compile(pattern).search  # (jsonschema: `re.search(pattern, instance)`)
        return lambda x: not isinstance(x, str) or search(x) is not None

    def _kw_minimum(self, n: Any, schema: dict) -> Check:
        return lambda x: not _is_number(x) or not x < n

    def _kw_maximum(self, n: Any, schema: dict) -> Check:
        return lambda x: not _is_number(x) or not x > n

    def _kw_minItems(self, n: int, schema: dict) -> Check:
        return lambda x: not isinstance(x, list) or len(x) >= n

    def _kw_maxItems(self, n: int, schema: dict) -> Check:
        return lambda x: not isinstance(x, list) or len(x) <= n

    def _kw_minProperties(self, n: int, schema: dict) -> Check:
        return lambda x: not isinstance(x, dict) or len(x) >= n

    def _kw_required(self, names: Any, schema: dict) -> Check:
        names = list(names)
        return lambda x: not isinstance(x, dict) or all(k in x for k in names)

    def _kw_properties(self, props: dict, schema: dict) -> Check:
        checks = [(k, self.compile(s)) for k, s in props.items()]

        def check(x: Any) -> bool:
            if not isinstance(x, dict):
                return True
            for k, c in checks:
                if k in x and not c(x[k]):
                    return False
            return True
        return check

    def _kw_additionalProperties(self, extra: Any, schema: dict) -> Check:
        if "patternProperties" in schema:
            raise _Unsupported("patternProperties")
        known = frozenset(schema.get("properties", {}))
        if extra is False:
            return lambda x: not isinstance(x, dict) or all(k in known for k in x)
        if extra is True:
            return _always
        if not isinstance(extra, dict):
            raise _Unsupported(f"additionalProperties {extra!r}")
        c = self.compile(extra)
        return lambda x: not isinstance(x, dict) or all(c(v) for k, v in x.items()
                                                        if k not in known)

    def _kw_propertyNames(self, names: Any, schema: dict) -> Check:
        c = self.compile(names)
        return lambda x: not isinstance(x, dict) or all(c(k) for k in x)

    def _kw_items(self, items: Any, schema: dict) -> Check:
        prefix = len(schema.get("prefixItems", []))
        if items is False:
            return lambda x: not isinstance(x, list) or len(x) <= prefix
        if isinstance(items, list):
            raise _Unsupported("items as a list")
        c = self.compile(items)
        if prefix == 0:
            return lambda x: not isinstance(x, list) or all(map(c, x))
        return lambda x: not isinstance(x, list) or all(map(c, x[prefix:]))

    def _kw_prefixItems(self, schemas: list, schema: dict) -> Check:
        checks = [self.compile(s) for s in schemas]
        return lambda x: not isinstance(x, list) or all(c(v) for c, v in zip(checks, x))

    def _kw_allOf(self, schemas: list, schema: dict) -> Check:
        checks = [self.compile(s) for s in schemas]
        return lambda x: all(c(x) for c in checks)

    def _kw_anyOf(self, schemas: list, schema: dict) -> Check:
        checks = [self.compile(s) for s in schemas]
        return lambda x: any(c(x) for c in checks)

    def _kw_oneOf(self, schemas: list, schema: dict) -> Check:
        checks = [self.compile(s) for s in schemas]
        return lambda x: sum(1 for c in checks if c(x)) == 1

    def _kw_not(self, inner: Any, schema: dict) -> Check:
        c = self.compile(inner)
        return lambda x: not c(x)

    def _kw_if(self, cond: Any, schema: dict) -> Check:
        c = self.compile(cond)
        then = self.compile(schema["then"]) if "then" in schema else _always
        other = self.compile(schema["else"]) if "else" in schema else _always
        return lambda x: then(x) if c(x) else other(x)

    def _kw_ref(self, ref: Any, schema: dict) -> Check:
        if not isinstance(ref, str) or not ref.startswith("#/$defs/") or \
                ref[len("#/$defs/"):] not in self.defs:
            raise _Unsupported(f"$ref {ref!r}")
        name = ref[len("#/$defs/"):]
        if name not in self.compiled:
            # (a placeholder first: a definition may refer to itself)
            cell: list[Check] = []
            self.compiled[name] = lambda x: cell[0](x)
            cell.append(self.compile(self.defs[name]))
        return self.compiled[name]


def _plain_string(schema: dict) -> Check | None:
    """The test of the commonest schema, a string of at least a length (the words of every list),
    in one function: {"type": "string"} with `minLength` and annotations only."""
    if schema.get("type") != "string" or \
            not set(schema) <= {"type", "minLength"} | _ANNOTATIONS:
        return None
    n = schema.get("minLength", 0)
    if not isinstance(n, int) or isinstance(n, bool):
        return None
    return lambda x: isinstance(x, str) and len(x) >= n


def _always(x: Any) -> bool:
    return True


def _never(x: Any) -> bool:
    return False
