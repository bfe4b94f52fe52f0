"""`marsad lexicon`: check dictionary folders and list the loaded dictionaries."""

from __future__ import annotations

import json
import sys


def register(sub) -> None:
    p = sub.add_parser("lexicon", help="check or list dictionary files",
                       description="Validate dictionary folders against the schemas, or list the "
                                   "dictionaries a pipeline loads with their versions.")
    sp = p.add_subparsers(dest="lexicon_command", metavar="ACTION")
    c = sp.add_parser("check", help="validate every .json dictionary file under DIR")
    c.add_argument("dirs", nargs="+", metavar="DIR", help="a dictionary folder (one or more)")
    c.set_defaults(func=_check)
    ls = sp.add_parser("list", help="list loaded dictionary files, versions and entry counts")
    ls.add_argument("--lexicon", action="append", default=[], metavar="DIR",
                    help="extra dictionary folder (repeatable) loaded with the built-in ones")
    ls.set_defaults(func=_list)
    p.set_defaults(func=lambda a: (p.print_help(), 2)[1])


def _check(args) -> int:
    from marsad.lexicon import validate_dir

    bad = 0
    for d in args.dirs:
        problems = validate_dir(d)
        for msg in problems:
            print(msg, file=sys.stderr)
        bad += len(problems)
        print(f"{d}: {'OK' if not problems else f'{len(problems)} problem(s)'}")
    return 1 if bad else 0


def _list(args) -> int:
    from marsad.lexicon import load_lexicon

    lex = load_lexicon(args.lexicon)
    rows = [{"file": f.relpath, "kind": f.kind, "version": f.version, "entries": len(f.entries)}
            for f in lex.files]
    print(json.dumps(rows, ensure_ascii=False, indent=1))
    return 0
