"""Dictionaries of word categories (kinds `dates` and `numbers`), read per lexicon set.

Such a file holds one entry per `category` with its `words`, `values` (word -> value) or `units`
(word -> [designator, count alone, multiplier]). The built-in file of the kind comes first; a
user's folder may replace it (a file of the same name, e.g. its own `dates.json`) or add to it
(any other file of the kind: its words join the categories of the same name, its values and
units are added or override; an ordered category is replaced as a whole). Words are folded on
load, as the matching text is.

The lexicon set in use (the user's folders, `()` for the built-in files only) is a context
variable the dates and amounts stages set around their work (`reading_lexicon`); what is built
from the words is cached once per process per lexicon set (`per_lexicon`).
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable
from contextvars import ContextVar
from functools import wraps
from typing import Any, TypeVar

from marsad.errors import LexiconError
from marsad.text.normalize import fold

T = TypeVar("T")
# (a context variable, not a global: each thread or task reads the set its own stage set)
_LEXICON_DIRS: ContextVar[tuple[str, ...]] = ContextVar("marsad_lexicon_dirs", default=())


def current_lexicon_dirs() -> tuple[str, ...]:
    """The user's lexicon folders in use (`()`: the built-in dictionaries alone)."""
    return _LEXICON_DIRS.get()


class reading_lexicon:  # noqa: N801 (used as a function: `with reading_lexicon(dirs):`)
    """Within this block, the category dictionaries are those of `dirs` over the built-in ones.
    (A class, not a generator: the stages enter it for every document.)"""

    __slots__ = ("dirs", "token")

    def __init__(self, dirs: Iterable[str]):
        # (a pipeline's `Resources.lexicon_dirs` is already a tuple of str)
        self.dirs = dirs if type(dirs) is tuple else tuple(str(d) for d in dirs)

    def __enter__(self) -> None:
        self.token = _LEXICON_DIRS.set(self.dirs)

    def __exit__(self, *exc: object) -> None:
        _LEXICON_DIRS.reset(self.token)


def per_lexicon(build: Callable[[], T]) -> Callable[[], T]:
    """`build()` cached once per lexicon set: what it builds depends on the dictionaries."""
    built = _BuiltPerSet(build)
    current = _LEXICON_DIRS.get  # (bound once: the resolvers call these for every match)

    @wraps(build)
    def get() -> T:
        return built[current()]

    get.cache_clear = built.clear  # type: ignore[attr-defined]
    return get


class _BuiltPerSet(dict):
    """Lexicon set -> what `build` made for it (a dict lookup: cheaper than an lru_cache call
    with a tuple key; a process holds a few sets at most)."""

    def __init__(self, build: Callable[[], Any]):
        super().__init__()
        self.build = build

    def __missing__(self, dirs: tuple[str, ...]) -> Any:
        value = self[dirs] = self.build()
        return value


def category_files(dirs: tuple[str, ...], kind: str) -> list[Any]:
    """The dictionary files of `kind` for a lexicon set, in file-name order (schema-checked).
    Of the built-in files only the one named after the kind is read (the others are of other
    kinds); every user file is read to learn its kind."""
    from marsad.lexicon.loader import builtin_data_dir, chosen_paths, read_file

    builtin, own = builtin_data_dir(), f"{kind}.json"
    files = []
    for rel, path in sorted(chosen_paths(dirs).items()):
        if rel != own and path.is_relative_to(builtin):
            continue
        f = read_file(path, rel)
        if f.kind == kind:
            files.append(f)
    return files


def _entry_value(entry: dict, ordered: bool) -> Any:
    """One entry's words (folded; a frozenset, a tuple when `ordered`) or its folded-key dict of
    values or units."""
    if "words" in entry:
        words = tuple(fold(w) for w in entry["words"])
        return words if ordered else frozenset(words)
    if "units" in entry:
        return {fold(k): tuple(v) for k, v in entry["units"].items()}
    return {fold(k): v for k, v in entry["values"].items()}


def _merged(old: Any, new: Any) -> Any:
    if isinstance(old, frozenset) and isinstance(new, frozenset):
        return old | new
    if isinstance(old, dict) and isinstance(new, dict):
        return {**old, **new}
    return new  # an ordered list, or a category given in another form: the later file's


def _from_builtin(files: list[Any], missing: list[str], by_category: dict[str, Any],
                  ordered: frozenset[str]) -> list[str]:
    """A user's file that replaces the built-in one of its kind but lacks categories a later
    marsad added (a `dates.json` copied before `national_days` came): those categories are taken
    from the built-in file, with a warning, so an upgrade does not stop the user's runs. Returns
    the categories still missing (none unless the built-in file itself lacks them)."""
    from marsad.lexicon.loader import builtin_data_dir, read_file

    if not files:
        return missing
    kind = files[0].kind
    path = builtin_data_dir() / f"{kind}.json"
    if any(f.path == path for f in files) or not path.is_file():
        return missing
    builtin = read_file(path, path.name)
    for e in builtin.entries:
        if e["category"] in missing:
            by_category[e["category"]] = _entry_value(e, e["category"] in ordered)
    filled = [c for c in missing if c in by_category]
    if filled:
        where = ", ".join(str(f.path) for f in files)
        warnings.warn(f"{where}: no categories {filled}, which this marsad reads; the built-in "
                      f"{kind}.json's are used. Add them to your file to change them.",
                      stacklevel=2)
    return [c for c in missing if c not in by_category]


def read_categories(files: list[Any], expected: Iterable[str],
                    ordered: frozenset[str] = frozenset()) -> dict[str, Any]:
    """Category -> its folded words or values, merged over `files`; every `expected` category
    must be there and no other (an error names the files)."""
    by_category: dict[str, Any] = {}
    for f in files:
        for e in f.entries:
            value = _entry_value(e, e["category"] in ordered)
            old = by_category.get(e["category"])
            by_category[e["category"]] = value if old is None else _merged(old, value)
    names = set(expected)
    unknown = sorted(set(by_category) - names)
    missing = sorted(names - set(by_category))
    if missing and not unknown:
        missing = _from_builtin(files, missing, by_category, ordered)
    if unknown or missing:
        where = ", ".join(str(f.path) for f in files)
        raise LexiconError(f"{where}: categories unknown to marsad: {unknown}; "
                           f"missing: {missing}")
    return by_category


def current_words(kind: str, category: str) -> frozenset[str]:
    """The words of `category` in the dictionaries of `kind` (words, dates…) of the lexicon set in
    use, a user's files too, folded. (Not cached: callers cache it with `per_lexicon`.)"""
    return frozenset(fold(w) for f in category_files(current_lexicon_dirs(), kind)
                     for e in f.entries if e["category"] == category
                     for w in e.get("words", ()))
