"""CAMEO and PLOVER: code names, the CAMEO→PLOVER mapping, QuadClass and Goldstein weights.

Data: `data/cameo.tsv` (PLOVER mapping from the Open Event Data Alliance, CC BY-SA 4.0; Goldstein
weights as published with GDELT's CAMEO tables). QuadClass follows GDELT: roots 01–05 verbal
cooperation (1), 06–08 material cooperation (2), 09–13 verbal conflict (3), 14–20 material
conflict (4).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                "COERCE", "ASSAULT")


def plover_type(value: str) -> str:
    """A PLOVER event type given in any case (assault → ASSAULT); ValueError naming the types
    for anything else."""
    if value.upper() not in PLOVER_TYPES:
        raise ValueError(f"{value!r} is not a PLOVER event type; give one of "
                         f"{', '.join(PLOVER_TYPES)}")
    return value.upper()


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    plover: str | None
    mode: str | None
    context: str | None
    quad_class: int
    goldstein: float

    @property
    def root(self) -> str:
        return self.code[:2]


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, CameoCode]:
    path = Path(__file__).with_name("data") / "cameo.tsv"
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    table = {}
    for row in csv.DictReader(lines, delimiter="\t"):
        table[row["code"]] = CameoCode(row["code"], row["name"], row["plover"] or None,
                                       row["mode"] or None, row["context"] or None,
                                       int(row["quad_class"]), float(row["goldstein"]))
    return table


def lookup(code: str) -> CameoCode:
    """The CAMEO entry for `code`, falling back to its 3-digit parent and root."""
    table = cameo_table()
    for c in (code, code[:3], code[:2]):
        if c in table:
            entry = table[c]
            if c != code:
                return CameoCode(code, entry.name, entry.plover, entry.mode, entry.context,
                                 entry.quad_class, entry.goldstein)
            return entry
    raise KeyError(f"unknown CAMEO code {code!r}")


def quad_class(code: str) -> int:
    r = int(code[:2])
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4
