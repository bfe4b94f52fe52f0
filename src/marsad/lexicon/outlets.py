"""News outlets and their countries (`outlets.json`, kind `outlets`).

An article's outlet is named by `Document.meta["source"]` (a corpus id such as SaudiNewsNet's
`okaz`, an alias, or the outlet's English or Arabic name) or, failing that, by the host of
`meta["url"]`; `OutletIndex.country_of(meta, published)` gives the ISO3 code of its country,
within the entry's `valid_from` / `valid_to` when the article's date is known. Built once per
lexicon set (the actors stage keeps it in `resources`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from marsad.text.normalize import fold


@dataclass(frozen=True)
class Outlet:
    id: str
    name: str
    country: str
    valid_from: str | None = None
    valid_to: str | None = None

    def holds_on(self, day: str | None) -> bool:
        """Does the entry hold on `day` (ISO date, or None: unknown, taken as holding)? A bound
        of a year or a month holds for the whole of it."""
        if not day:
            return True
        if self.valid_from and day[:len(self.valid_from)] < self.valid_from:
            return False
        return not (self.valid_to and day[:len(self.valid_to)] > self.valid_to)


def _key(name: str) -> str:
    """The key a source field or a name is looked up by: folded, lower case, single spaces."""
    return " ".join(fold(name.strip().casefold()).split())


def _host(url: str) -> str:
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    except ValueError:
        return ""
    return host[4:] if host.startswith("www.") else host


class OutletIndex:
    """The outlets of a lexicon, by the keys of their names and by their hosts. A key or host
    two entries of different countries share is dropped: it names no country for sure."""

    def __init__(self, outlets: list[tuple[Outlet, list[str], list[str]]]):
        self.outlets = [o for o, _, _ in outlets]
        self.by_key = self._unique((k, o) for o, keys, _ in outlets for k in keys)
        self.by_host = self._unique((h, o) for o, _, hosts in outlets for h in hosts)

    @staticmethod
    def _unique(pairs) -> dict[str, tuple[Outlet, ...]]:
        found: dict[str, tuple[Outlet, ...]] = {}
        for k, o in pairs:
            if k and o not in found.get(k, ()):
                found[k] = found.get(k, ()) + (o,)
        return {k: os for k, os in found.items() if len({o.country for o in os}) == 1}

    @classmethod
    def from_lexicon(cls, lexicon) -> "OutletIndex":
        outlets = []
        for e in lexicon.entries("outlets"):
            o = Outlet(e["id"], e["name"], e["country"], e.get("valid_from"), e.get("valid_to"))
            keys = [_key(x) for x in (e["id"], e["name"], *e.get("aliases", ()), *e["ar"])]
            hosts = [h.casefold() for h in e.get("domains", ())]
            outlets.append((o, keys, hosts))
        return cls(outlets)

    def outlet_of(self, meta: dict[str, Any], published: Any = None) -> Outlet | None:
        """The outlet `meta` names (its `source`, else its `url`'s host or a parent domain of
        it), holding on `published`; None when none is known or the name is shared."""
        day = published.isoformat() if isinstance(published, dt.date) else \
            (str(published) if published else None)
        found: tuple[Outlet, ...] = ()
        source = meta.get("source")
        if isinstance(source, str) and source.strip():
            found = self.by_key.get(_key(source), ())
        url = meta.get("url")
        if not found and isinstance(url, str) and url:
            host = _host(url)
            while host and not found:
                found = self.by_host.get(host, ())
                host = host.partition(".")[2] if host.count(".") > 1 else ""
        found = tuple(o for o in found if o.holds_on(day))
        return found[0] if found else None

    def country_of(self, meta: dict[str, Any], published: Any = None) -> str | None:
        """The ISO3 code of the country of the outlet `meta` names (`outlet_of`), or None."""
        o = self.outlet_of(meta, published)
        return o.country if o is not None else None


def outlet_index(resources) -> OutletIndex:
    """The outlets of a pipeline's lexicon set, built once and shared by the stages that read
    them (the actors stage for «المملكة», the dates stage for a Saudi article)."""
    return resources.get("actors.outlets", lambda r: OutletIndex.from_lexicon(r.lexicon))
