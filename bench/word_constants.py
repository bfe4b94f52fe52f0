"""List the module-level Arabic word constants left in Python (knowledge that should be data).

    .venv/bin/python bench/word_constants.py [--verbose] [SRC]

Reads every module under SRC (default: this tree's src/marsad) with `ast` and counts, per module,
the module-level assignments whose value holds a string literal with Arabic letters: the
constants, their Arabic literals, and the words (a literal holding a regular expression's
alternation or a phrase with spaces counts each Arabic word of it when it is inside a call, as
`re.compile(...)`; a plain literal counts once). `--verbose` lists every constant (module, name,
line, literals, words). Nothing is imported, so an old tree can be counted as well.
"""

from __future__ import annotations

import argparse
import ast
import re
from collections import defaultdict
from pathlib import Path

ARABIC = re.compile(r"[\u0600-\u06FF]")
SPLIT = re.compile(r"[|\s()?:\[\]]+")


def constants(root: Path) -> list[tuple[str, str, int, int, int]]:
    """(module, name, line, Arabic literals, words) of every module-level Arabic constant."""
    rows = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if not isinstance(node, (ast.Assign, ast.AnnAssign)) or node.value is None:
                continue
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = [t.id for t in targets if isinstance(t, ast.Name)]
            if not names:
                continue
            literals = [n.value for n in ast.walk(node.value) if isinstance(n, ast.Constant)
                        and isinstance(n.value, str) and ARABIC.search(n.value)]
            if not literals:
                continue
            in_call = isinstance(node.value, ast.Call)
            words = sum(len([w for w in SPLIT.split(s) if ARABIC.search(w)])
                        if "|" in s or (" " in s and in_call) else 1 for s in literals)
            rows.append((str(path.relative_to(root)), names[0], node.lineno, len(literals),
                         words))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("src", nargs="?", default=str(Path(__file__).resolve().parents[1] /
                                                  "src" / "marsad"))
    ap.add_argument("--verbose", action="store_true", help="list every constant")
    args = ap.parse_args()
    rows = constants(Path(args.src))
    if args.verbose:
        for row in rows:
            print(*row, sep="\t")
    by_module: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for module, _, _, literals, words in rows:
        m = by_module[module]
        m[0], m[1], m[2] = m[0] + 1, m[1] + literals, m[2] + words
    print("module\tconstants\tliterals\twords")
    for module, (n, literals, words) in sorted(by_module.items(), key=lambda kv: -kv[1][2]):
        print(module, n, literals, words, sep="\t")
    print("TOTAL", *(sum(m[i] for m in by_module.values()) for i in range(3)), sep="\t")


if __name__ == "__main__":
    main()
