"""`marsad code`: code articles from files or JSON Lines and print the output contract."""

from __future__ import annotations

import json
import sys

from marsad.errors import InputError


def register(sub) -> None:
    p = sub.add_parser("code", help="code articles (files or JSON Lines) into event data",
                       description="Code Arabic articles and print events, quotes, actors, dates "
                                   "and amounts as JSON (the output contract) or a table.")
    p.add_argument("files", nargs="*", metavar="FILE", help="article text files ('-' for stdin)")
    p.add_argument("--date", help="publication date YYYY-MM-DD (resolves أمس، اليوم...)")
    p.add_argument("--format", choices=("json", "jsonl", "table"), default="json")
    p.add_argument("--input-jsonl", metavar="FILE",
                   help="one article per line: {id, text, published?, title?}")
    p.add_argument("--tokens", action="store_true", help="include tokens in the JSON output")
    p.add_argument("--workers", type=int, default=1, help="processes to code with")
    p.add_argument("--lexicon", action="append", default=[], metavar="DIR",
                   help="extra dictionary folder (repeatable)")
    p.set_defaults(func=run)


def _items_from_files(files, date):
    from marsad.io import decode_bytes, read_text_file

    for f in files:
        try:
            text = decode_bytes(sys.stdin.buffer.read(), "stdin") if f == "-" else read_text_file(f)
        except InputError as exc:
            yield exc
            continue
        import os

        doc_id = "stdin" if f == "-" else os.path.splitext(os.path.basename(f))[0]
        yield {"id": doc_id, "text": text, "published": date, "source_file": f}


def _items_from_jsonl(path, date):
    from marsad.io import decode_bytes

    opener = sys.stdin.buffer if path == "-" else open(path, "rb")
    with opener if path != "-" else _nullctx(opener) as fh:
        for lineno, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                line = decode_bytes(raw, path)
                rec = json.loads(line)
                if not isinstance(rec, dict):
                    raise InputError("is not a JSON object", path, lineno, "malformed_json")
                if not isinstance(rec.get("text"), str) or not rec["text"].strip():
                    raise InputError("has no non-empty \"text\" field", path, lineno, "empty")
            except json.JSONDecodeError as exc:
                yield InputError(f"is not valid JSON ({exc.msg})", path, lineno, "malformed_json")
                continue
            except InputError as exc:
                if exc.line is None:
                    exc = InputError(str(exc).split(": ", 1)[-1], path, lineno, exc.reason)
                yield exc
                continue
            item = {"id": rec.get("id") or rec.get("doc_id"), "text": rec["text"],
                    "published": rec.get("published") or date, "title": rec.get("title")}
            for k in ("url", "source"):
                if rec.get(k):
                    item[k] = rec[k]
            yield item


class _nullctx:
    def __init__(self, x):
        self.x = x

    def __enter__(self):
        return self.x

    def __exit__(self, *a):
        return False


# Articles coded together: the new names of all of them go to the transliteration model at once
# (`Pipeline.code_batch`), which makes text not seen before faster to code
CODE_BATCH = 16


def _code_batch(nlp, items: list[dict]) -> list:
    """The coded Document of each item (or the InputError it raised): coded together, or one by
    one if the batch raises an InputError."""
    try:
        return nlp.code_batch([nlp._make_item(item) for item in items])
    except InputError:
        out = []
        for item in items:
            try:
                out.append(nlp._code_item(item))
            except InputError as exc:
                out.append(exc)
        return out


def _write(coded: list, args, out, docs: list) -> int:
    """Print the coded documents in the chosen format (JSON: collected in `docs`) and their
    errors on stderr; return the number of errors."""
    from marsad.render import render_table

    failed = 0
    for doc in coded:
        if isinstance(doc, InputError):
            failed += 1
            print(json.dumps(_error_record(doc), ensure_ascii=False), file=sys.stderr)
        elif args.format == "jsonl":
            out.write(doc.to_json(include_tokens=args.tokens) + "\n")
        elif args.format == "table":
            out.write(render_table(doc) + "\n")
        else:
            docs.append(doc.to_dict(include_tokens=args.tokens))
    return failed


def _error_record(exc: InputError) -> dict:
    return {"error": str(exc), "source": exc.source, "line": exc.line, "reason": exc.reason}


def run(args) -> int:
    import marsad
    from marsad.runtime import settle_for_batch

    if not args.files and not args.input_jsonl:
        raise InputError("no input: give article FILEs or --input-jsonl FILE", "marsad code")
    items = (_items_from_jsonl(args.input_jsonl, args.date) if args.input_jsonl
             else _items_from_files(args.files, args.date))
    nlp = marsad.load(lexicon_dirs=args.lexicon)
    settle_for_batch()  # (a command run: the process exists to code these articles)
    docs = []
    failed = 0
    out = sys.stdout
    batch: list[dict] = []  # coded CODE_BATCH at a time (`_code_batch`)
    for item in items:
        if isinstance(item, InputError):
            failed += 1
            print(json.dumps(_error_record(item), ensure_ascii=False), file=sys.stderr)
            continue
        batch.append(item)
        if len(batch) >= CODE_BATCH:
            failed += _write(_code_batch(nlp, batch), args, out, docs)
            batch = []
    failed += _write(_code_batch(nlp, batch), args, out, docs)
    if args.format == "json":
        payload = docs[0] if len(docs) == 1 else docs
        out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    return 1 if failed else 0
