"""Load and validate the dictionary files."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from marsad.errors import LexiconError

KINDS = ("countries", "cities", "agents", "orgs", "people", "events", "words", "cues", "dates",
         "numbers", "amounts", "grammar", "outlets")
# The words.json category of given names that open a person's name: names, not common words (the
# tokenizer does not protect them, the name reader does not stop at them).
GIVEN_NAMES = "given_names"


def builtin_data_dir() -> Path:
    return Path(__file__).with_name("data")


def _schema_dir() -> Path:
    return Path(__file__).with_name("schemas")


@lru_cache(maxsize=None)
def _validator(kind: str):
    import jsonschema

    path = _schema_dir() / f"{kind}.schema.json"
    schema = json.loads(path.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


@lru_cache(maxsize=None)
def _quick_check(kind: str):
    """The schema of `kind` compiled by `quickcheck` (None: a keyword it does not compile)."""
    from marsad.lexicon.quickcheck import compile_schema

    path = _schema_dir() / f"{kind}.schema.json"
    return compile_schema(json.loads(path.read_text(encoding="utf-8")))


@dataclass(frozen=True)
class LexiconFile:
    path: Path
    relpath: str
    kind: str
    version: str
    entries: tuple[dict[str, Any], ...]
    header: dict[str, Any]


@lru_cache(maxsize=1)
def _found_valid() -> set[tuple[str, str, bytes]]:
    """(path, kind, digest of the text) of the dictionary files found valid in this process.
    The pipeline reads every file when it loads, and the dates and amounts stages read some
    again (place names, categories) when their first document needs them: the schema check,
    most of the cost of a read (0.1 s for cities.json), is not made again for a text already
    found valid against the same schema. The data is parsed again all the same, so every reader
    gets objects of its own. A cache like `_validator`'s, made on first use; digests, not texts."""
    return set()


def read_file(path: Path, relpath: str) -> LexiconFile:
    """Read one dictionary file and check it against its schema."""
    try:
        text = path.read_text(encoding="utf-8")
        data = json.loads(text)
    except UnicodeDecodeError as exc:
        raise LexiconError(f"{path}: not UTF-8 ({exc}); save the file as UTF-8") from exc
    except json.JSONDecodeError as exc:
        raise LexiconError(f"{path}: not valid JSON ({exc})") from exc
    if not isinstance(data, dict) or data.get("lexicon") not in KINDS:
        raise LexiconError(
            f"{path}: the file must be a JSON object whose \"lexicon\" is one of {', '.join(KINDS)}")
    kind = data["lexicon"]
    seen = (str(path), kind, hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest())
    if seen not in _found_valid():
        quick = _quick_check(kind)
        # (a file the quick test finds valid has no schema error: `jsonschema`, much slower,
        # is asked only for a file that fails it, or of a schema the test does not compile,
        # and gives the messages)
        errors = [] if quick is not None and quick(data) else sorted(
            _validator(kind).iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            first = errors[0]
            where = "/".join(str(p) for p in first.absolute_path)
            raise LexiconError(f"{path}: {len(errors)} schema error(s); first at /{where}: "
                               f"{first.message}")
        _found_valid().add(seen)
    header = {k: v for k, v in data.items() if k != "entries"}
    return LexiconFile(path, relpath, kind, str(data["version"]), tuple(data["entries"]), header)


def _scan(root: Path) -> Iterator[tuple[str, Path]]:
    for p in sorted(root.rglob("*.json")):
        yield p.relative_to(root).as_posix(), p


class Lexicon:
    """All dictionary files of a pipeline, by kind."""

    def __init__(self, files: Iterable[LexiconFile]):
        self.files = list(files)

    def entries(self, kind: str) -> list[dict[str, Any]]:
        return [e for f in self.files if f.kind == kind for e in f.entries]

    def versions(self) -> dict[str, str]:
        return {f.relpath: f.version for f in self.files}


def chosen_paths(extra_dirs: Iterable[str | Path] = ()) -> dict[str, Path]:
    """Relative path -> the file a lexicon set reads: a user's file replaces the built-in one of
    the same relative path, and the later folder wins."""
    chosen: dict[str, Path] = {}
    for rel, p in _scan(builtin_data_dir()):
        chosen[rel] = p
    for d in extra_dirs:
        root = Path(d)
        if not root.is_dir():
            raise LexiconError(f"lexicon folder {root} does not exist; give a folder of .json "
                               f"dictionary files")
        for rel, p in _scan(root):
            chosen[rel] = p
    return chosen


def load_lexicon(extra_dirs: Iterable[str | Path] = ()) -> Lexicon:
    return Lexicon(read_file(p, rel) for rel, p in sorted(chosen_paths(extra_dirs).items()))


def validate_dir(root: str | Path) -> list[str]:
    """Validate every dictionary file under `root`; return error messages (empty when all load)."""
    if not Path(root).is_dir():
        return [f"{root}: is not a folder; give a folder of .json dictionary files"]
    problems = []
    files = list(_scan(Path(root)))
    if not files:
        return [f"{root}: holds no .json dictionary file"]
    for rel, p in files:
        try:
            read_file(p, rel)
        except LexiconError as exc:
            problems.append(str(exc))
    return problems
