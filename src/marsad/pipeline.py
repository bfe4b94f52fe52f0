"""Pipeline: named stages that declare what they require and assign, validated when built.

A stage is any object with `name`, `requires`, `assigns` (tuples of layer names) and
`__call__(doc) -> None`. The built-in stages are listed in `COMPONENTS` and built lazily with the
shared `Resources` (dictionaries and compiled automata, loaded once per pipeline, per process).
"""

from __future__ import annotations

import importlib
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Protocol

from marsad.document import Document
from marsad.errors import InputError, PipelineError
from marsad.runtime import FROZEN_CHECK_EVERY, after_batch

# name -> "module:Class". A constant table, not a mutable registry.
COMPONENTS: dict[str, str] = {
    "layout": "marsad.text.layout:LayoutStage",
    "sentences": "marsad.text.sentences:SentenceStage",
    "tokens": "marsad.text.tokens:TokenStage",
    "actors": "marsad.stages.actors:ActorStage",
    "dates": "marsad.stages.dates:DateStage",
    "amounts": "marsad.stages.amounts:AmountStage",
    "quotes": "marsad.stages.quotes:QuoteStage",
    "events": "marsad.stages.events:EventStage",
}
DEFAULT_PIPELINE: tuple[str, ...] = (
    "layout", "sentences", "tokens", "actors", "dates", "amounts", "quotes", "events",
)
BASE_LAYERS = frozenset({"text"})
# What `Pipeline.pipe(on_error=...)` does with an item it cannot read or code.
ON_ERROR = ("raise", "skip", "record")


class Stage(Protocol):
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, doc: Document) -> None: ...


class Resources:
    """Shared, lazily built resources for the stages of one pipeline (one per process)."""

    def __init__(self, lexicon_dirs: Iterable[str | os.PathLike] = ()):
        self.lexicon_dirs = tuple(str(p) for p in lexicon_dirs)
        self._cache: dict[str, Any] = {}

    def get(self, key: str, factory: Callable[["Resources"], Any]) -> Any:
        """Return the cached resource `key`, building it with `factory(self)` the first time."""
        if key not in self._cache:
            self._cache[key] = factory(self)
        return self._cache[key]

    @property
    def lexicon(self) -> Any:
        from marsad.lexicon import load_lexicon

        return self.get("lexicon", lambda r: load_lexicon(r.lexicon_dirs))


def build_stage(name: str, resources: Resources, **config: Any) -> Stage:
    if name not in COMPONENTS:
        known = ", ".join(COMPONENTS)
        raise PipelineError(f"unknown pipeline component {name!r}; known components: {known}")
    module, cls = COMPONENTS[name].split(":")
    return getattr(importlib.import_module(module), cls)(resources, **config)


class Pipeline:
    """Runs stages in order on a Document. Build with `marsad.load()` or `Pipeline(names)`."""

    def __init__(self, stages: Iterable[str | Stage] = DEFAULT_PIPELINE,
                 lexicon_dirs: Iterable[str | os.PathLike] = (),
                 config: dict[str, dict[str, Any]] | None = None):
        self.resources = Resources(lexicon_dirs)
        config = config or {}
        self.stages: list[Stage] = []
        self._spec: list[str | Stage] = list(stages)
        self._config = config
        self._batches_coded = 0  # (`code_batch`: how often to check what stays frozen)
        for s in self._spec:
            stage = build_stage(s, self.resources, **config.get(s, {})) if isinstance(s, str) else s
            self.add(stage, validate=False)
        self.validate()

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def add(self, stage: Stage, validate: bool = True) -> None:
        for attr in ("name", "requires", "assigns"):
            if not hasattr(stage, attr):
                raise PipelineError(f"pipeline component {stage!r} has no {attr!r} attribute")
        if stage.name in self.names:
            raise PipelineError(f"pipeline already has a component named {stage.name!r}")
        self.stages.append(stage)
        if validate:
            self.validate()

    def validate(self) -> None:
        """Check that every stage's requirements are assigned by an earlier stage."""
        have = set(BASE_LAYERS)
        for stage in self.stages:
            missing = [r for r in stage.requires if r not in have]
            if missing:
                raise PipelineError(
                    f"component {stage.name!r} requires {', '.join(missing)}, which no earlier "
                    f"component assigns; add the component that assigns it before {stage.name!r} "
                    f"(pipeline: {' -> '.join(self.names)})")
            have.update(stage.assigns)

    def make_doc(self, text: str, doc_id: str | None = None, published: Any = None,
                 title: str | None = None, **meta: Any) -> Document:
        """The Document of `text`, not coded yet. `meta["country"]`, the country it was
        published in, is taken as a code, an alias or an English or Arabic name and kept as
        its ISO3 code (`marsad.lexicon.countries`, by this pipeline's dictionaries); a value
        that names no country raises an InputError that says what to give (None or "": no
        country)."""
        if title:
            meta["title"] = title
        if "country" in meta:
            from marsad.lexicon.countries import country_given, lexicon_country_names

            given = meta.pop("country")
            if country_given(given):
                meta["country"] = lexicon_country_names(self.resources).code(given)
        return Document(text, doc_id=doc_id, published=published, meta=meta)

    def __call__(self, text: str | Document, published: Any = None, doc_id: str | None = None,
                 title: str | None = None, **meta: Any) -> Document:
        doc = text if isinstance(text, Document) else self.make_doc(
            text, doc_id=doc_id, published=published, title=title, **meta)
        for stage in self.stages:
            stage(doc)
        return doc

    def code_batch(self, docs: list[Document]) -> list[Document]:
        """Run the stages on each of `docs` (made with `make_doc`), stage by stage: a stage with
        a `batch(docs)` method gets them all at once (the actors stage then transliterates the
        new names of all of them together), the others one by one. The documents are coded as
        `self(doc)` codes each of them; the batch is for speed on text not seen before."""
        for stage in self.stages:
            batch = getattr(stage, "batch", None)
            if batch is not None:
                batch(docs)
            else:
                for doc in docs:
                    stage(doc)
        self._batches_coded += 1
        # (in a process settled for batch runs: see marsad.runtime)
        after_batch(check_frozen=self._batches_coded % FROZEN_CHECK_EVERY == 0)
        return docs

    def pipe(self, items: Iterable[Any], n_process: int = 1, batch_size: int = 16,
             as_tuples: bool = False, on_error: str = "raise") -> Iterator[Any]:
        """Code many articles, in order. Items are texts, Documents or records: dicts with the
        field names `marsad ingest` reads (the text as `text`, `content`, `body` or `article`;
        `id` or `doc_id`; `published`, `date`, `date_extracted`, `pubdate` or `published_at`;
        `title`); their other keys go to `meta`. With `as_tuples=True` (as spaCy's `nlp.pipe`)
        items are `(item, context)` pairs and `(doc, context)` pairs come out.

        The articles are coded `batch_size` at a time (`code_batch`: the new names of a batch are
        transliterated together). With `n_process > 1` the batches are coded in worker processes,
        each of which builds the pipeline once.

        `on_error` says what an item that cannot be read or coded does: "raise" (the default)
        raises its error, and the documents of its batch not yet yielded are lost; "skip" leaves
        it out and goes on; "record" yields, in its place, the `marsad.errors.InputError` that
        names it ("article ID: …" for an item with an id, else "pipe, item N: …", its `line` N
        counted from 1 in the stream) and says why, and goes on. With "skip" and "record", a batch that fails is coded again item
        by item on fresh Documents, so one bad item never costs the others.
        """
        if on_error not in ON_ERROR:
            raise ValueError(f"on_error={on_error!r}: give one of "
                             + ", ".join(repr(x) for x in ON_ERROR))
        if as_tuples:
            yield from _with_contexts(self, items, n_process, batch_size, on_error)
            return
        if n_process <= 1:
            first = 1
            for batch in _batches(items, batch_size):
                yield from _kept(self.code_items(batch, on_error, first), on_error)
                first += len(batch)
            return
        spec = [s for s in self._spec if isinstance(s, str)]
        if len(spec) != len(self._spec):
            raise PipelineError("pipe(n_process>1) needs a pipeline built from component names")
        # a few batches in flight per process (Executor.map would read all of `items` first:
        # a generator over a whole archive would be held in memory)
        in_flight: deque = deque()
        first = 1
        with ProcessPoolExecutor(max_workers=n_process, initializer=_init_worker,
                                 initargs=(spec, self.resources.lexicon_dirs, self._config)) as ex:
            for batch in _batches(items, batch_size):
                in_flight.append(ex.submit(_worker_code, batch, on_error, first))
                first += len(batch)
                if len(in_flight) > 2 * n_process:
                    yield from _kept(in_flight.popleft().result(), on_error)
            while in_flight:
                yield from _kept(in_flight.popleft().result(), on_error)

    def code_items(self, items: list[Any], on_error: str = "raise",
                   first: int = 1) -> list[Document | InputError]:
        """The coded Document of each of `items` (as `pipe` reads them), coded together; with
        `on_error` "skip" or "record", an item that cannot be read or coded gives, in its place,
        the InputError that names it (`first`: the stream number of the first item), and the
        others are coded all the same."""
        made: list[Document | InputError] = []
        for n, item in enumerate(items, first):
            try:
                made.append(self._make_item(item))
            except Exception as exc:
                if on_error == "raise":
                    raise
                made.append(_item_error(item, n, exc))
        docs = [d for d in made if isinstance(d, Document)]
        if on_error == "raise" or not docs:
            if docs:
                self.code_batch(docs)
            return made
        try:
            self.code_batch(docs)
            return made
        except Exception:  # (find the item that fails: each alone, on a fresh Document)
            return [d if isinstance(d, InputError) else self._code_alone(item, n)
                    for n, (item, d) in enumerate(zip(items, made, strict=True), first)]

    def _code_alone(self, item: Any, n: int) -> Document | InputError:
        doc = self._make_item(item)  # (made once already: it can be made)
        if isinstance(item, Document):  # (partly coded by the failed batch: start again)
            doc = Document(doc.text, doc_id=doc.doc_id, published=doc.published, meta=doc.meta)
        try:
            return self(doc)
        except Exception as exc:
            return _item_error(item, n, exc, coding=True)

    def _code_item(self, item: str | dict[str, Any] | Document) -> Document:
        return self(self._make_item(item))

    def _make_item(self, item: str | dict[str, Any] | Document) -> Document:
        """The Document of an item of `pipe`, not coded yet."""
        if isinstance(item, Document):
            return item
        if isinstance(item, (str, bytes, bytearray)):
            return self.make_doc(item)  # (bytes: Document says to decode them first)
        from marsad.store.readers import DATE_KEYS, ID_KEYS, TEXT_KEYS, record_id, record_text

        text = record_text(item)
        if text is None:
            raise InputError("has no text field (give the article text as one of "
                             + ", ".join(f'"{k}"' for k in TEXT_KEYS) + f"); its fields are "
                             f"{', '.join(map(str, item)) or 'none'}",
                             f"article {record_id(item)}" if record_id(item) else "article")
        # (the first date field given: Document checks it and says so if it is no date)
        published = next((item[k] for k in DATE_KEYS if item.get(k) not in (None, "")), None)
        meta = {k: v for k, v in item.items()
                if k not in (*TEXT_KEYS, *ID_KEYS, *DATE_KEYS, "title")}
        return self.make_doc(text, published=published, doc_id=record_id(item),
                             title=item.get("title"), **meta)


# Worker-process state for Pipeline.pipe: one pipeline per process, set by the pool initializer.
_WORKER: dict[str, Pipeline] = {}


def _init_worker(spec: list[str], lexicon_dirs: tuple[str, ...], config: dict) -> None:
    _WORKER["nlp"] = Pipeline(spec, lexicon_dirs=lexicon_dirs, config=config)


def _worker_code(items: list[Any], on_error: str = "raise",
                 first: int = 1) -> list[Document | InputError]:
    return _WORKER["nlp"].code_items(items, on_error, first)


def _kept(coded: list[Document | InputError], on_error: str) -> list[Document | InputError]:
    """The results `pipe` yields: with "skip", the errors left out."""
    if on_error == "skip":
        return [d for d in coded if not isinstance(d, InputError)]
    return coded


def _item_error(item: Any, n: int, exc: Exception, coding: bool = False) -> InputError:
    """The InputError of the `n`th item of a `pipe` stream: named by its id (a record's or a
    Document's), else by its number. An item that could not be made a Document (`coding`
    False: no text, bytes, a published value that is no date) is bad input; an error while
    coding it is marsad's (a bug), and says so."""
    ident = item.doc_id if isinstance(item, Document) else (
        _record_id(item) if isinstance(item, dict) else None)
    source, line = (f"article {ident}", None) if ident else (None, n)
    if isinstance(item, dict) and item.get("source_file"):  # (the file `marsad code` read)
        source, line = str(item["source_file"]), None
    if isinstance(exc, InputError):
        return InputError(exc.message, source or "pipe", line, exc.reason, unit="item")
    if not coding and isinstance(exc, (TypeError, ValueError)):
        return InputError(str(exc), source or "pipe", line, "invalid", unit="item")
    return InputError(f"could not be coded ({type(exc).__name__}: {exc}); please report it",
                      source or "pipe", line, "coding_failed", unit="item")


def _record_id(item: dict[str, Any]) -> str | None:
    from marsad.store.readers import record_id

    return record_id(item)


def _with_contexts(nlp: Pipeline, pairs: Iterable[tuple[Any, Any]], n_process: int,
                   batch_size: int, on_error: str = "raise") -> Iterator[tuple[Any, Any]]:
    """`pipe(as_tuples=True)`: code the items of `(item, context)` pairs, in order, and pair
    each Document (or, with on_error "record", InputError) with its context again (the
    contexts stay in this process)."""
    contexts: deque[Any] = deque()  # (the items given to pipe and not yet coded)

    def items() -> Iterator[Any]:
        for pair in pairs:
            if not (isinstance(pair, tuple) and len(pair) == 2):
                raise PipelineError(f"pipe(as_tuples=True) takes (item, context) pairs, not "
                                    f"{type(pair).__name__} {str(pair)[:40]!r}")
            contexts.append(pair[1])
            yield pair[0]

    # (errors come back to be paired with their contexts; "skip" drops both here)
    for doc in nlp.pipe(items(), n_process=n_process, batch_size=batch_size,
                        on_error="raise" if on_error == "raise" else "record"):
        context = contexts.popleft()
        if not (on_error == "skip" and isinstance(doc, InputError)):
            yield doc, context


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
