"""Corpus commands: ingest, reindex, recode, stats, search, events, quotes, export."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from marsad.cli.args import (add_country, add_default_date, add_output, cameo_prefix,
                             country_code, non_negative_int, period_end, period_start, plover_type,
                             positive_int)

DB_HELP = "the store (SQLite file; default marsad.db)"
EXIT_REJECTED = 3  # ingest finished, but some items were rejected
EXIT_INTERRUPTED = 130  # (as a shell reports a process stopped by Ctrl-C)


def register(sub) -> None:
    p = sub.add_parser("ingest", help="code articles into a store (idempotent, resumable)",
                       description="Read .txt, .jsonl, .json arrays, .csv and .parquet tables, "
                                   "zips of them and HTML (the text kinds also gzipped: "
                                   ".jsonl.gz, .csv.gz...); code each article and store it. "
                                   "Re-running skips stored articles. Exit status 3 when some "
                                   "items were rejected (see the rejects log).")
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="files or folders ('-': JSON Lines on stdin, one article a line)")
    p.add_argument("--db", default="marsad.db", help=DB_HELP)
    p.add_argument("--workers", type=positive_int, default=1, help="coding processes")
    p.add_argument("--rejects", metavar="FILE", help="rejects log (default: DB.rejects.jsonl)")
    add_default_date(p)
    add_country(p)
    p.add_argument("--limit", type=positive_int, help="stop after N input items")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--lexicon", action="append", default=[], metavar="DIR",
                   help="extra dictionary folder (repeatable)")
    p.set_defaults(func=_ingest)

    p = sub.add_parser("reindex", help="rebuild the search index of a store in place",
                       description="Read each stored article's title and text again with this "
                                   "marsad's tokenizer and write the search index anew (one "
                                   "transaction; articles, events, quotes, entities and every "
                                   "other row are kept as they are). Needed once for a store "
                                   "whose index an older marsad built (`marsad stats` and "
                                   "`marsad search` say so): some words are found only after "
                                   "it (كرة in الكرة).")
    p.add_argument("--db", default="marsad.db", help=DB_HELP)
    p.add_argument("--lexicon", action="append", default=[], metavar="DIR",
                   help="extra dictionary folder (repeatable): give those the store was "
                        "ingested with")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(func=_reindex)

    p = sub.add_parser("recode", help="code a store's articles again in place",
                       description="Code each stored article again from its stored text, "
                                   "title and date with this marsad, and put the new "
                                   "sentences, entities, quotes and event mentions in place of "
                                   "the old (the events rebuilt from them); the articles keep "
                                   "their ids, texts, titles, urls and sources. Fills what an "
                                   "older marsad did not record, in a store migrated to a "
                                   "newer schema (schema 8: the events' reporters). A batch "
                                   "at a time, each in one transaction: interrupted, run it "
                                   "again, or go on with --after LAST_ROWID. The search index "
                                   "of the articles' words is written anew, with this "
                                   "marsad's stems, when the whole store is recoded (no "
                                   "--after, no --limit reached); a part recoded keeps it, "
                                   "and when it is older than this marsad's the output says "
                                   "to run `marsad reindex`.")
    p.add_argument("--db", default="marsad.db", help=DB_HELP)
    p.add_argument("--lexicon", action="append", default=[], metavar="DIR",
                   help="extra dictionary folder (repeatable): give those the store was "
                        "ingested with")
    p.add_argument("--after", type=non_negative_int, default=0, metavar="ROWID",
                   help="only the articles stored after this one (the last_rowid an "
                        "interrupted run printed)")
    p.add_argument("--limit", type=positive_int, help="recode at most N articles")
    add_country(p, stored=True)
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(func=_recode)

    p = sub.add_parser("stats", help="counts of a store",
                       description="Counts of the store's articles, sentences, entities, "
                                   "quotes, events, mentions and rejected items.")
    p.add_argument("--db", default="marsad.db", help=DB_HELP)
    p.add_argument("--format", choices=("table", "json"), default="table",
                   help="table (the default): a line a count; json: one object")
    p.set_defaults(func=_stats)

    p = sub.add_parser("search", help="full-text search over stored articles",
                       description="Search ignores diacritics, tatweel, alef/hamza/ya/ta-marbuta "
                                   "spelling and clitics (للأمم finds الأمم).")
    p.add_argument("query", nargs="?", default="",
                   help="words that must all occur (none: the filters only)")
    _filters(p)
    p.set_defaults(func=_search)

    p = sub.add_parser("events", help="list stored events",
                       description="Stored events (one row per distinct event, newest first) "
                                   "with the filters given.")
    _filters(p, modality=True)
    p.add_argument("--sort", choices=("published", "date"), default="published",
                   help="newest first by the latest article reporting the event (published, "
                        "the default) or by the event's own date (date: planned and "
                        "future-dated events come first)")
    p.add_argument("--evidence", action="store_true",
                   help="under each event, the Arabic it was coded from: the trigger's words "
                        "and their sentence around them, the trigger in [brackets] (table "
                        "format; the mention the article link of the web table opens)")
    p.set_defaults(func=_events)

    p = sub.add_parser("quotes", help="list stored quotes",
                       description="Stored quotes, newest first, with the filters given.")
    _filters(p, speaker=True)
    p.add_argument("--addressee", help="who the words were said to (قال للصحفيين، أكد "
                                       "لنظيره), as --speaker takes an actor: a code prefix, a "
                                       "country's name or words of the addressee's name")
    p.add_argument("--kind", choices=quote_kinds(),
                   help="direct (the words in quotation marks), partial (some of them) or "
                        "indirect (reported: قال إن ...)")
    p.add_argument("--words", default="", metavar="WORDS",
                   help="only quotes holding every one of these words (read as `marsad search` "
                        "reads them: any spelling, with or without clitics)")
    p.set_defaults(func=_quotes)

    p = sub.add_parser("export", help="export events, quotes, articles, mentions or entities",
                       description="Events: the GDELT-like flat table (docs/export.md) or PLOVER "
                                   "JSON records with --style plover. The filters select the "
                                   "events (and their mentions), the quotes of a speaker "
                                   "(--actor), the articles naming an actor or with an event "
                                   "of a CAMEO code, type or place, or an actor's entity "
                                   "mentions.")
    p.add_argument("--db", default="marsad.db", help=DB_HELP)
    p.add_argument("--what", choices=("events", "quotes", "articles", "mentions", "entities"),
                   default="events", help="the table to export (default events; "
                                          "docs/export.md gives the columns of each)")
    _selection(p, modality=True)
    p.add_argument("--format", choices=("csv", "jsonl", "parquet"),
                   help="default: the one the -o FILE's suffix names (.csv, .jsonl, .parquet), "
                        "else csv")
    p.add_argument("--style", choices=("gdelt", "plover"), default="gdelt",
                   help="events only: flat GDELT-like rows or PLOVER records")
    add_output(p)
    p.set_defaults(func=_export)


def quote_kinds() -> tuple[str, ...]:
    from marsad.store.query import QUOTE_KINDS

    return QUOTE_KINDS


def _filters(p, modality: bool = False, speaker: bool = False) -> None:
    from marsad.store.query import MAX_LIMIT

    p.add_argument("--db", default="marsad.db", help=DB_HELP)
    _selection(p, modality, speaker)
    p.add_argument("--limit", type=positive_int, default=20,
                   help=f"rows to show (default 20, at most {MAX_LIMIT})")
    p.add_argument("--offset", type=non_negative_int, default=0, help="rows to skip")
    p.add_argument("--format", choices=("table", "jsonl"), default="table",
                   help="table (the default): the number found, then a line a row; jsonl: "
                        "one JSON object a row, every column")


def _selection(p, modality: bool = False, speaker: bool = False) -> None:
    """The options that select rows: actor (or speaker), CAMEO code, dates, source, modality."""
    from marsad.ontology import PLOVER_TYPES
    from marsad.store.query import ACTOR_HELP, PLACE_TYPES
    from marsad.tables import MODALITIES

    if speaker:  # (quotes have a speaker, not an actor pair or an event code)
        p.add_argument("--speaker", "--actor", dest="speaker",
                       help="the speaker, as the actor of events: " + ACTOR_HELP)
        p.add_argument("--lexicon", action="append", default=[], metavar="DIR",
                       help="extra dictionary folder (repeatable): --speaker also reads the "
                            "names of its dictionaries")
    else:
        p.add_argument("--actor", help=ACTOR_HELP)
        p.add_argument("--code", type=cameo_prefix, help="CAMEO code prefix (e.g. 04, 042)")
        p.add_argument("--type", dest="plover", type=plover_type, metavar="TYPE",
                       help="PLOVER event type: " + ", ".join(PLOVER_TYPES))
        p.add_argument("--place", help="where the event happened: ISO3 country code (YEM), "
                                       "part of the English place name (Aden), or an Arabic "
                                       "country or city name (اليمن، عدن)")
        p.add_argument("--place-type", choices=PLACE_TYPES,
                       help="what kind of place the event happened in (a country's place is "
                            "its rough centre on a map)")
        p.add_argument("--lexicon", action="append", default=[], metavar="DIR",
                       help="extra dictionary folder (repeatable): --place and --actor "
                            "also read the names of its dictionaries")
    within = (" (an event's date, a week, month or year too, lies wholly within)" if modality
              else "")
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", type=period_start,
                   help="on or after this day (or the first day of a month YYYY-MM or a year "
                        "YYYY)" + within)
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", type=period_end,
                   help="on or before this day (or the last day of a month YYYY-MM or a year "
                        "YYYY)" + within)
    p.add_argument("--source", help="newspaper / source as stored (e.g. aawsat; `marsad stats` "
                                    "lists them)")
    p.add_argument("--published-in", type=country_code, metavar="COUNTRY",
                   help="the country the article was published in (as stored: the `country` "
                        "of its record or the `--country` it was ingested or recoded with; an "
                        "article stored with none is not found): an ISO3 code (SAU), alpha-2 "
                        "code, English or Arabic name or alias (KSA), as --country reads it")
    if modality:
        p.add_argument("--modality", choices=MODALITIES, metavar="MODALITY",
                       help=", ".join(MODALITIES))


def _make_filters(args):
    from marsad.store.query import Filters, actor_value, place_value

    place, actor = getattr(args, "place", None), getattr(args, "actor", None)
    speaker, addressee = getattr(args, "speaker", None), getattr(args, "addressee", None)
    lexicon_dirs = getattr(args, "lexicon", ())
    return Filters(actor=actor_value(actor, lexicon_dirs) if actor else None,
                   code=getattr(args, "code", None),
                   date_from=args.date_from,
                   date_to=args.date_to, source=args.source,
                   modality=getattr(args, "modality", None),
                   speaker=actor_value(speaker, lexicon_dirs) if speaker else None,
                   addressee=actor_value(addressee, lexicon_dirs) if addressee else None,
                   kind=getattr(args, "kind", None),
                   plover=getattr(args, "plover", None),
                   place=place_value(place, lexicon_dirs) if place else None,
                   place_type=getattr(args, "place_type", None),
                   published_in=getattr(args, "published_in", None))


def _open(args):
    """The store of a reading command: it must exist (a mistyped --db would else create an
    empty store and show nothing)."""
    from marsad.errors import MarsadError
    from marsad.store import connect

    if not Path(args.db).is_file():
        raise MarsadError(f"store {args.db} does not exist; give the store with --db FILE, or "
                          f"create it with `marsad ingest PATH... --db {args.db}`")
    return connect(args.db, read_only=False)


def _ingest(args) -> int:
    from marsad.store import ingest

    try:
        report = ingest(args.paths, args.db, workers=args.workers, progress=not args.no_progress,
                        rejects_log=args.rejects, lexicon_dirs=args.lexicon, limit=args.limit,
                        batch_gc=True, default_date=args.date, country=args.country)
    except KeyboardInterrupt:
        print(f"marsad: interrupted; the articles stored in {args.db} so far are kept whole: run "
              f"the same command again to go on (stored articles are skipped)", file=sys.stderr)
        return EXIT_INTERRUPTED
    print(json.dumps(report.as_dict()), file=sys.stderr)
    if report.undated:
        from marsad.store.readers import DATE_KEYS

        print(f"{report.undated} stored article(s) have no publication date (none given, or no "
              f"YYYY-MM-DD date in the fields {', '.join(DATE_KEYS)}), so their relative dates "
              f"(أمس، اليوم) are not resolved; give them one with --date YYYY-MM-DD",
              file=sys.stderr)
    if report.dated_copies:
        print(f"{report.dated_copies} article(s) stored with no date were read again with "
              f"one: they now have the date of that later copy (and keep the first copy's id, "
              f"title, url and source), and were coded again with it, so their relative dates "
              f"and their events' dates are those of that day", file=sys.stderr)
    for rec in report.rejects[:20]:
        print(f"rejected: {rec['message']}", file=sys.stderr)
    if report.rejected > 20:
        print(f"... and {report.rejected - 20} more (see the rejects log)", file=sys.stderr)
    note_skipped(args.paths)
    return EXIT_REJECTED if report.rejected else 0


def note_skipped(paths) -> None:
    """Say which files in the folders were not read (a .pdf, a .docx...): not silently
    (ingest, code, convert)."""
    from marsad.store.readers import KNOWN_SUFFIXES, skipped_files

    skipped = skipped_files(paths)
    if skipped:
        names = ", ".join(str(p) for p in skipped[:5]) + (" ..." if len(skipped) > 5 else "")
        print(f"skipped {len(skipped)} file(s) that are not of an article type "
              f"({', '.join(sorted(KNOWN_SUFFIXES))}, and .gz of the text ones): {names}",
              file=sys.stderr)


def _reindex(args) -> int:
    from marsad.store.reindex import reindex

    report = reindex(args.db, args.lexicon, progress=not args.no_progress)
    print(json.dumps(report), file=sys.stderr)
    return 0


def _recode(args) -> int:
    from marsad.store.recode import recode

    done: dict = {}
    try:
        report = recode(args.db, args.lexicon, progress=not args.no_progress,
                        after=args.after, limit=args.limit, state=done,
                        country=args.country)
    except KeyboardInterrupt:
        print(f"marsad: interrupted; the articles recoded so far are kept (up to rowid "
              f"{done.get('last_rowid', args.after)}): go on with `marsad recode --db "
              f"{args.db} --after {done.get('last_rowid', args.after)}`", file=sys.stderr)
        return EXIT_INTERRUPTED
    if report["failed"]:
        print(f"{report['failed']} article(s) could not be coded again and keep their rows",
              file=sys.stderr)
    if report["index_rebuilt"]:
        print(f"the search index of {args.db} was written anew with this marsad's stems",
              file=sys.stderr)
    elif report["reindex_needed"]:
        print(f"marsad: the search index of {args.db} (the articles' words) was not rebuilt, "
              f"since not every article was recoded, and an older marsad built it: some words "
              f"are not found until `marsad reindex --db {args.db}` rebuilds it",
              file=sys.stderr)
    print(json.dumps(report), file=sys.stderr)  # (the last line: the report)
    return 0


def note_old_index(con, db) -> None:
    """Say on stderr when the store's search index has older stems than this marsad's."""
    from marsad.store.db import INDEX_VERSION, index_version, reindex_needed

    if reindex_needed(con):
        print(f"marsad: the search index of {db} was built by an older marsad (index version "
              f"{index_version(con)}, now {INDEX_VERSION}): some words are not found in its "
              f"articles (كرة in الكرة) until it is rebuilt with `marsad reindex --db {db}`",
              file=sys.stderr)


def _stats(args) -> int:
    from marsad.store.query import sources, stats

    con = _open(args)
    note_old_index(con, args.db)
    s, by_source = stats(con), sources(con)
    if args.format == "json":
        print(json.dumps({**s, "sources": by_source}, ensure_ascii=False))
    else:
        for k, v in s.items():
            print(f"{k:<10} {v:>10,}")
        if by_source:  # (the values --source takes)
            print("articles by source: " + ", ".join(f"{k} {v:,}" for k, v in by_source.items()))
    return 0


def _open_for(args):
    """The store of a listing command, after saying on stderr when its --source names no
    stored article's source (a misspelt source would else give an empty list and no reason)."""
    from marsad.store.query import sources

    con = _open(args)
    if args.source:
        known = sources(con)
        if args.source not in known:
            listed = ", ".join(list(known)[:20]) or "none: the articles have no source"
            print(f"marsad: no stored article has the source {args.source!r}; the store's "
                  f"sources are {listed}", file=sys.stderr)
    return con


def _emit(res: dict, fmt: str, noun: str, table_fn) -> None:
    """A page of query results: JSON lines, or a count line then one table line a row."""
    if fmt == "jsonl":
        for r in res["results"]:
            print(json.dumps(r, ensure_ascii=False))
    else:
        print(f"{res['total']} {noun}(s)")
        for r in res["results"]:
            print(table_fn(r))


def _search(args) -> int:
    from marsad.store.query import search

    from marsad.lexicon import load_lexicon
    from marsad.text.tokens import Segmenter, known_words_from_lexicon

    # the query is segmented like the stored text, so للأمم finds الأمم (with the dictionaries
    # of --lexicon, as `marsad ingest --lexicon` segmented it)
    segmenter = Segmenter(known_words_from_lexicon(load_lexicon(args.lexicon)))
    con = _open_for(args)
    if args.query.strip():
        note_old_index(con, args.db)
    res = search(con, args.query, _make_filters(args), args.limit, args.offset,
                 segmenter=segmenter)

    def line(r):
        snip = r["snippet"]
        for s, e in sorted(r["highlights"], reverse=True):
            snip = snip[:s] + "[" + snip[s:e] + "]" + snip[e:]
        return (f"{r['article_id']}  {r['published'] or '-'}  {r['source'] or '-'}  "
                f"{r['title'] or ''}\n    {snip}")

    _emit(res, args.format, "article", line)
    return 0


def _events(args) -> int:
    from marsad.store.query import events

    con = _open_for(args)
    res = events(con, _make_filters(args), args.limit, args.offset, args.sort)
    found = {}
    if args.evidence and args.format == "table":
        from marsad.web.evidence import first_mentions  # (no web dependency: plain SQL)

        found = first_mentions(con, res["results"])

    def line(r):
        # event_id first and the counts under their export names: a row leads to the store;
        # the place, and a modality other than asserted (a denied or planned act), as a reader
        # of the row must not take a future attack for one that happened
        where = (f"  in {r['location_name']} ({r['location_country'] or '-'})"
                 if r["location_name"] else "")
        modality = f"  modality={r['modality']}" if r["modality"] != "asserted" else ""
        return (f"{r['event_id']}  {r['date'] or '-'}  {_actor_cell(r, 'actor1')}  "
                f"{r['event_code']} {r['plover_type'] or ''}  {_actor_cell(r, 'actor2')}"
                f"{where}{modality}  "
                f"num_mentions={r['num_mentions']} num_articles={r['num_articles']}"
                + (_evidence_line(found.get(r["event_id"])) if args.evidence else ""))

    _emit(res, args.format, "event", line)
    return 0


def _evidence_line(found: dict | None) -> str:
    """The indented line under an event: «trigger» and its sentence clipped around it, the
    trigger in [brackets] (as search marks its hits)."""
    from marsad.web.evidence import clipped_sentence

    if not found or not (found.get("evidence") or "").strip():
        return "\n    (no Arabic evidence stored)"
    shown, span = clipped_sentence(found)
    if span:
        shown = shown[:span[0]] + "[" + shown[span[0]:span[1]] + "]" + shown[span[1]:]
    return f"\n    «{found['evidence'].strip()}»  {shown}".rstrip()


def _actor_cell(row: dict, side: str) -> str:
    """`CODE (name)` of an event row's actor1 or actor2; `-` when it has none."""
    code, name = row[f"{side}_code"], row[f"{side}_name"]
    if not code and not name:
        return "-"
    return f"{code or '-'} ({name})" if name else code


def _quotes(args) -> int:
    from marsad.store.query import quotes

    segmenter = None
    if args.words.strip():  # (segmented like the stored text, as `marsad search` does)
        from marsad.lexicon import load_lexicon
        from marsad.text.tokens import Segmenter, known_words_from_lexicon

        segmenter = Segmenter(known_words_from_lexicon(load_lexicon(args.lexicon)))
    res = quotes(_open_for(args), _make_filters(args), args.limit, args.offset, args.words,
                 segmenter)

    def line(r):
        # the article first, as an events line opens with its event: a row leads to the store
        who = r["speaker_name"] or "(unattributed)"
        code = f" [{r['speaker_code']}]" if r["speaker_code"] else ""  # (no "[-]" for none)
        # whom it was said to and its kind, which --addressee and --kind select
        to = ""
        if r.get("addressee_name") or r.get("addressee_code"):
            to = f" to {r['addressee_name'] or r['addressee_code']}" + (
                f" [{r['addressee_code']}]" if r["addressee_code"] and r["addressee_name"]
                else "")
        kind = f" ({r['kind']})" if r.get("kind") else ""
        return (f"{r['article_id']}  {r['published'] or '-'}  {who}{code}{to}{kind}"
                f": «{r['text']}»")

    _emit(res, args.format, "quote", line)
    return 0


def _export(args) -> int:
    from marsad.store.export import export, format_for

    fmt = format_for(args.output, args.format)
    n = export(_open_for(args), args.what, fmt, args.output, args.style,
               filters=_make_filters(args), overwrite=args.overwrite)
    print(f"exported {n} {args.what} row(s)", file=sys.stderr)
    return 0
