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
        if title:
            meta["title"] = title
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
             as_tuples: bool = False) -> Iterator[Any]:
        """Code many articles, in order. Items are texts, Documents or records: dicts with the
        field names `marsad ingest` reads (the text as `text`, `content`, `body` or `article`;
        `id` or `doc_id`; `published`, `date`, `date_extracted`, `pubdate` or `published_at`;
        `title`); their other keys go to `meta`. With `as_tuples=True` (as spaCy's `nlp.pipe`)
        items are `(item, context)` pairs and `(doc, context)` pairs come out.

        The articles are coded `batch_size` at a time (`code_batch`: the new names of a batch are
        transliterated together). With `n_process > 1` the batches are coded in worker processes,
        each of which builds the pipeline once.
        """
        if as_tuples:
            yield from _with_contexts(self, items, n_process, batch_size)
            return
        if n_process <= 1:
            for batch in _batches(items, batch_size):
                yield from self.code_batch([self._make_item(item) for item in batch])
            return
        spec = [s for s in self._spec if isinstance(s, str)]
        if len(spec) != len(self._spec):
            raise PipelineError("pipe(n_process>1) needs a pipeline built from component names")
        # a few batches in flight per process (Executor.map would read all of `items` first:
        # a generator over a whole archive would be held in memory)
        in_flight: deque = deque()
        with ProcessPoolExecutor(max_workers=n_process, initializer=_init_worker,
                                 initargs=(spec, self.resources.lexicon_dirs, self._config)) as ex:
            for batch in _batches(items, batch_size):
                in_flight.append(ex.submit(_worker_code, batch))
                if len(in_flight) > 2 * n_process:
                    yield from in_flight.popleft().result()
            while in_flight:
                yield from in_flight.popleft().result()

    def _code_item(self, item: str | dict[str, Any] | Document) -> Document:
        return self(self._make_item(item))

    def _make_item(self, item: str | dict[str, Any] | Document) -> Document:
        """The Document of an item of `pipe`, not coded yet."""
        if isinstance(item, Document):
            return item
        if isinstance(item, str):
            return self.make_doc(item)
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


def _worker_code(items: list[Any]) -> list[Document]:
    nlp = _WORKER["nlp"]
    return nlp.code_batch([nlp._make_item(item) for item in items])


def _with_contexts(nlp: Pipeline, pairs: Iterable[tuple[Any, Any]], n_process: int,
                   batch_size: int) -> Iterator[tuple[Document, Any]]:
    """`pipe(as_tuples=True)`: code the items of `(item, context)` pairs, in order, and pair
    each Document with its context again (the contexts stay in this process)."""
    contexts: deque[Any] = deque()  # (the items given to pipe and not yet coded)

    def items() -> Iterator[Any]:
        for pair in pairs:
            if not (isinstance(pair, tuple) and len(pair) == 2):
                raise PipelineError(f"pipe(as_tuples=True) takes (item, context) pairs, not "
                                    f"{type(pair).__name__} {str(pair)[:40]!r}")
            contexts.append(pair[1])
            yield pair[0]

    for doc in nlp.pipe(items(), n_process=n_process, batch_size=batch_size):
        yield doc, contexts.popleft()


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
