"""Who held an office on a date: people's roles indexed by (office, country) with date intervals.

Role dates in the people files are ISO `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; a partial date covers
its whole month or year (a role `valid_from: "2013"` counts from 1 January, `valid_to: "2013"` to
31 December). `valid_to: null` means still in office. Without a date (an article with no
`published`), the current holder is the one whose role has no end.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Role:
    office: str
    country: str | None
    code: str
    title: str
    start: dt.date | None
    end: dt.date | None  # None: still in office

    def covers(self, date: dt.date | None) -> bool:
        if date is None:
            return self.end is None
        return (self.start is None or self.start <= date) and (self.end is None or date <= self.end)


def parse_bound(value: str | None, upper: bool) -> dt.date | None:
    """An ISO date, month or year as the first (or, with `upper`, the last) day it covers."""
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return dt.date(*parts)
    if len(parts) == 2:
        y, m = parts
        return dt.date(y, m, calendar.monthrange(y, m)[1] if upper else 1)
    return dt.date(parts[0], 12, 31) if upper else dt.date(parts[0], 1, 1)


def roles_of(person: dict) -> tuple[Role, ...]:
    out = []
    for r in person.get("roles", ()) or ():
        out.append(Role(r["office"], r.get("country"), r["code"], r.get("title", r["office"]),
                        parse_bound(r.get("valid_from"), False),
                        parse_bound(r.get("valid_to"), True)))
    return tuple(out)


# Offices that are not offices of state: when a person holds one of them and a state office at
# the same time, the state office gives the actor code.
NON_STATE_OFFICES = frozenset({"party_leader", "militia_leader", "opposition_leader",
                               "religious_leader", "chief_executive"})


def role_at(roles: Iterable[Role], date: dt.date | None, prefer_office: str | None = None
            ) -> Role | None:
    """The role held on `date`. Of overlapping roles: the one of `prefer_office` (the title the
    article gives), else an office of state, else the most recently started one."""
    def rank(r: Role):
        return (r.office == prefer_office, r.office not in NON_STATE_OFFICES,
                r.start or dt.date.min)

    covering = [r for r in roles if r.covers(date)]
    return max(covering, key=rank) if covering else None


class OfficeIndex:
    """(office, country) -> [(role, holder)]; `holder(office, country, date)` finds who held it."""

    def __init__(self) -> None:
        self._by_office: dict[tuple[str, str | None], list[tuple[Role, int]]] = defaultdict(list)

    def add(self, role: Role, holder: int) -> None:
        self._by_office[(role.office, role.country)].append((role, holder))

    def holder(self, office: str, country: str | None, date: dt.date | None
               ) -> tuple[int, Role] | None:
        """(holder index, role) of `office` in `country` on `date`, or None when unknown."""
        best: tuple[int, Role] | None = None
        for role, who in self._by_office.get((office, country), ()):
            if role.covers(date) and (best is None or (role.start or dt.date.min)
                                      > (best[1].start or dt.date.min)):
                best = (who, role)
        return best

    def __contains__(self, key: tuple[str, str | None]) -> bool:
        return key in self._by_office
