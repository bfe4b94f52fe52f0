"""`marsad code`: code articles from files or JSON Lines and print the output contract."""

from __future__ import annotations

import json
import sys
import textwrap
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from marsad.cli.args import add_country, add_default_date, positive_int
from marsad.errors import InputError


def register(sub) -> None:
    p = sub.add_parser("code", help="code articles (files or JSON Lines) into event data",
                       description="Code Arabic articles and print events, quotes, actors, dates "
                                   "and amounts as JSON (the output contract) or a table. "
                                   "FILEs are read as `marsad ingest` reads them: text in any "
                                   "common Arabic encoding, HTML, JSON Lines, JSON arrays, CSV, "
                                   "Parquet, zips, "
                                   "and the article files inside a folder.")
    p.add_argument("files", nargs="*", metavar="FILE",
                   help="article files or folders ('-' for a text on stdin)")
    add_default_date(p)
    add_country(p)
    p.add_argument("--format", choices=("json", "jsonl", "table"), default="json",
                   help="json (the default): the coded document, several as a JSON array; "
                        "jsonl: one coded document a line; table: a summary to read")
    p.add_argument("--input-jsonl", metavar="FILE",
                   help="one article per line: {id, text, published?, title?, url?, source?, "
                        "country?} "
                        "('-' for stdin)")
    p.add_argument("--tokens", action="store_true", help="include tokens in the JSON output")
    p.add_argument("--workers", type=positive_int, default=1, help="processes to code with")
    p.add_argument("--lexicon", action="append", default=[], metavar="DIR",
                   help="extra dictionary folder (repeatable)")
    p.set_defaults(func=run)


def _items_from_files(files, date, country=None):
    """An item dict (or the InputError) of each article of the FILE arguments."""
    from marsad.io import decode_bytes
    from marsad.store.readers import iter_items

    for f in files:
        if f == "-":
            try:  # (no id: the content hash, as for any article given none)
                item = {"id": None, "text": decode_bytes(sys.stdin.buffer.read(), "stdin"),
                        "published": date, "source_file": "-"}
                yield {**item, "country": country} if country else item
            except InputError as exc:
                yield exc
            continue
        for item in iter_items([f]):
            yield item if isinstance(item, InputError) else _item_dict(item, date,
                                                                     country=country)


def _items_from_jsonl(path, date, country=None):
    """An item dict (or the InputError) of each line of a JSON Lines file (`-`: stdin)."""
    from marsad.io import MAX_ARTICLE_BYTES
    from marsad.store.readers import STDIN_ORIGIN, jsonl_items

    try:
        fh = sys.stdin.buffer if path == "-" else open(path, "rb")
    except FileNotFoundError:  # (as a FILE that does not exist is named)
        yield InputError("does not exist; check the path (give a JSON Lines file, or - for "
                         "stdin)", path, reason="missing")
        return
    except OSError as exc:
        yield InputError(f"cannot be read ({exc.strerror})", path, reason="unreadable")
        return
    try:
        for item in jsonl_items(fh, STDIN_ORIGIN if path == "-" else path, MAX_ARTICLE_BYTES):
            yield item if isinstance(item, InputError) else _item_dict(item, date, origin=False,
                                                                     country=country)
    finally:
        if fh is not sys.stdin.buffer:
            fh.close()


def _item_dict(item, date, origin: bool = True, country: str | None = None) -> dict[str, Any]:
    """The `Pipeline.pipe` item of a read article (`--date` when it gives no date, `--country`
    when it gives no country); `origin`: name the file (or zip member, or line) it came from in
    the document's meta."""
    d = {"id": item.doc_id, "text": item.text, "published": item.published or date,
         "title": item.title}
    if origin:
        d["source_file"] = item.origin
    for k in ("url", "source"):
        if getattr(item, k):
            d[k] = getattr(item, k)
    if item.country or country:  # (the article's own field first)
        d["country"] = item.country or country
    return d


# Articles coded together: the new names of all of them go to the transliteration model at once
# (`Pipeline.code_batch`), which makes text not seen before faster to code
CODE_BATCH = 16
_WORKER: dict[str, Any] = {}  # the pipeline of a `--workers` process (set by its initializer)


def _code_batch(nlp, items: list[dict]) -> list:
    """The coded Document of each item (or the InputError that says why it could not be coded):
    coded together, or one by one if the batch fails, so one article never stops the others
    (`Pipeline.code_items`, what `nlp.pipe(on_error="record")` codes with)."""
    return nlp.code_items(items, on_error="record")


def _init_worker(lexicon_dirs: tuple[str, ...]) -> None:
    import marsad
    from marsad.runtime import settle_for_batch

    _WORKER["nlp"] = marsad.load(lexicon_dirs=lexicon_dirs)
    settle_for_batch()  # (a worker process exists to code articles)


def _code_in_worker(items: list[dict]) -> list:
    return _code_batch(_WORKER["nlp"], items)


def _coded(items, args):
    """The coded Documents and InputErrors of `items`, in input order."""
    import marsad
    from marsad.pipeline import _batches
    from marsad.runtime import settle_for_batch

    if args.workers <= 1:
        nlp = marsad.load(lexicon_dirs=args.lexicon)
        settle_for_batch()  # (a command run: the process exists to code these articles)
        for batch in _batches(items, CODE_BATCH):
            yield from _merge(batch, lambda articles: _code_batch(nlp, articles))
        return
    # a few batches in flight per worker: the workers stay busy, the memory stays bounded
    window: deque = deque()
    with ProcessPoolExecutor(max_workers=args.workers, initializer=_init_worker,
                             initargs=(tuple(args.lexicon),)) as ex:
        for batch in _batches(items, CODE_BATCH):
            future = ex.submit(_code_in_worker, _articles(batch))
            window.append((batch, future))
            if len(window) > 2 * args.workers:
                yield from _merge(*_pending(window.popleft()))
        while window:
            yield from _merge(*_pending(window.popleft()))


def _pending(entry):
    batch, future = entry
    return batch, lambda articles: future.result()


def _articles(batch: list) -> list[dict]:
    return [x for x in batch if not isinstance(x, InputError)]


def _merge(batch: list, code) -> list:
    """The batch with its articles coded by `code` and its InputErrors in their places."""
    articles = _articles(batch)
    coded = iter(code(articles) if articles else [])
    return [x if isinstance(x, InputError) else next(coded) for x in batch]


def _write(coded, args, out) -> int:
    """Print the coded documents in the chosen format as they come, and their errors on
    stderr; return the number of errors."""
    from marsad.render import render_table

    failed = 0
    as_json = _JsonDocuments(out)
    for doc in coded:
        if isinstance(doc, InputError):
            failed += 1
            print(json.dumps(error_record(doc), ensure_ascii=False), file=sys.stderr)
        elif args.format == "jsonl":
            out.write(doc.to_json(include_tokens=args.tokens) + "\n")
        elif args.format == "table":
            out.write(render_table(doc) + "\n")
        else:
            as_json.add(doc.to_dict(include_tokens=args.tokens))
    if args.format == "json":
        as_json.close()
    return failed


class _JsonDocuments:
    """`--format json`: one document alone, more as an array (as `json.dumps(docs, indent=2)`
    writes it), written document by document, so a large input is never held whole."""

    def __init__(self, out):
        self.out = out
        self.first: dict | None = None
        self.count = 0

    def add(self, doc: dict) -> None:
        if self.count == 1:
            self.out.write("[\n" + _indented(self.first))
        if self.count >= 1:
            self.out.write(",\n" + _indented(doc))
        else:
            self.first = doc
        self.count += 1

    def close(self) -> None:
        if self.count == 0:
            self.out.write("[]\n")
        elif self.count == 1:
            self.out.write(json.dumps(self.first, ensure_ascii=False, indent=2) + "\n")
        else:
            self.out.write("\n]\n")


def _indented(doc: dict) -> str:
    # (a JSON string holds no raw line break, so indenting lines indents the document)
    return textwrap.indent(json.dumps(doc, ensure_ascii=False, indent=2), "  ")


def error_record(exc: InputError) -> dict:
    return {"error": str(exc), "source": exc.source, "line": exc.line, "reason": exc.reason}


def run(args) -> int:
    if not args.files and not args.input_jsonl:  # (a usage error: status 2, as argparse's)
        print("marsad code: error: no input: give article FILEs or folders ('-': a text on "
              "stdin), or --input-jsonl FILE", file=sys.stderr)
        return 2
    if args.files:
        from marsad.store.readers import check_paths

        check_paths(args.files)  # (before any worker starts)
    items = (_items_from_jsonl(args.input_jsonl, args.date, args.country) if args.input_jsonl
             else _items_from_files(args.files, args.date, args.country))
    failed = _write(_coded(items, args), args, sys.stdout)
    if not args.input_jsonl:
        from marsad.cli.corpus import note_skipped

        note_skipped(args.files)
    return 1 if failed else 0
