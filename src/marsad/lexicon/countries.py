"""The one source of the countries a user may name: the country an article was published in
(`marsad code --country`, a record's `country` field, `nlp(text, country=...)`).

`country_code(value)` turns what a user gives into an ISO 3166-1 alpha-3 code, or raises an
InputError that names the value, says what to give and, when there is one, a close match:
- an alpha-3 code (SAU, sau) of ISO 3166 (CLDR's, through babel) or of the countries of the
  dictionaries (countries.json: XKX for Kosovo), one a country: the dictionaries' where CLDR
  has another for a country they name alike (XK is XKX, not CLDR's XKK), and none for CLDR's
  pseudo-regions and groupings (ZZ Unknown Region, EU): every country code of the dictionaries,
  which the pipeline codes with, is one (tests/test_countries_twenty_sixth.py);
- an alpha-2 code (SA), through CLDR's territory aliases (`CountryNames.alpha2`, which the
  transliterator's country hint reads too);
- a country's English or Arabic name: countries.json's `name` and `ar`, CLDR's English and
  Arabic territory names (Saudi Arabia, السعودية, المملكة العربية السعودية);
- an alias of countries.json's `aliases` (KSA, UAE, UK, America).
Case, dots (U.S.A.), spaces and the Arabic letters marsad folds (أ/ا, ة/ه, ى/ي) do not count.

The names are built once: for the built-in dictionaries (`builtin_country_names`, what the CLI
and the record readers check with, before any `--lexicon DIR` is loaded), or for a pipeline's
own lexicon (`Pipeline.make_doc` and the events stage keep theirs in `resources`: a country a
`--lexicon DIR` adds is known there)."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from marsad.errors import InputError
from marsad.text.normalize import fold

WHAT_TO_GIVE = ("give an ISO 3166 alpha-3 code (SAU, EGY), an alpha-2 code (SA) or the "
                "country's English or Arabic name (Saudi Arabia, السعودية)")


def _key(name: str) -> str:
    """The key a name is looked up by: folded, lower case, no dots, single spaces."""
    return " ".join(fold(name.replace(".", "").strip().casefold()).split())


def _user_assigned(two: str) -> bool:
    """An alpha-2 code ISO 3166 leaves to users (AA, QM-QZ, XA-XZ, ZZ), which CLDR gives to
    Kosovo and to pseudo-regions."""
    return two in ("AA", "ZZ") or two[0] == "X" or (two[0] == "Q" and two[1] >= "M")


class CountryNames:
    """Every name of a country a user may give → its ISO3 code (see the module docstring)."""

    def __init__(self, entries: Iterable[dict[str, Any]]):
        from babel import Locale
        from babel.core import get_global

        entries = [e for e in entries if e.get("iso3")]
        ours = {e["iso3"] for e in entries}
        territories = {lang: Locale(lang).territories for lang in ("en", "ar")}
        # CLDR: alpha-2 → alpha-3, for the territories CLDR names (not the private-use codes
        # XAA-XZZ); the code of the dictionaries where an old code shares its alpha-2 (MMR,
        # not BUR)
        alpha3: dict[str, str] = {}
        for code, targets in get_global("territory_aliases").items():
            if len(code) == 3 and code.isalpha() and len(targets) == 1 and \
                    len(targets[0]) == 2 and targets[0] in territories["en"]:
                two = targets[0]
                if two not in alpha3 or (code in ours and alpha3[two] not in ours):
                    alpha3[two] = code
        # one code a country: a territory CLDR codes otherwise than the dictionaries, which
        # name it alike, takes theirs (Kosovo, XK: XKX, not CLDR's XKK); no code for the
        # rest of ISO's user-assigned codes (ZZ Unknown Region, XA Pseudo-Accents) nor for a
        # grouping, which CLDR gives no languages (EU, UN)
        by_name = {_key(e["name"]): e["iso3"] for e in entries}
        languages = get_global("territory_languages")
        for two, code in list(alpha3.items()):
            own = by_name.get(_key(territories["en"][two]))
            if own and code not in ours:
                alpha3[two] = own
            elif code not in ours and (_user_assigned(two) or two not in languages):
                del alpha3[two]
        self.codes = frozenset(ours) | frozenset(alpha3.values())
        self.alpha2 = {code: two for two, code in alpha3.items()}  # SAU -> SA, XKX -> XK
        names: dict[str, str] = {}
        # (the weakest first: a later, surer source overwrites)
        for lang in ("en", "ar"):
            for two, name in territories[lang].items():
                if two in alpha3:
                    names[_key(name)] = alpha3[two]
        for two, code in alpha3.items():
            names[_key(two)] = code
        for e in entries:
            for name in (e["name"], *e.get("ar", ()), *e.get("aliases", ())):
                names[_key(name)] = e["iso3"]
        for code in self.codes:
            names[_key(code)] = code
        self.names = names

    def find(self, value: Any) -> str | None:
        """The ISO3 code `value` names, or None (not a string, empty, or no country's)."""
        if not isinstance(value, str) or not value.strip():
            return None
        return self.names.get(_key(value))

    def code(self, value: Any, what: str = "country") -> str:
        """The ISO3 code `value` names; an InputError that names it (after `what`: the field or
        option it was given as, "" for none) and says what to give, with a close match, when
        it names none."""
        named = f"{what} {value!r}" if what else repr(value)
        if not isinstance(value, str):
            raise InputError(f"{named} is not a string but {type(value).__name__}; "
                             f"{WHAT_TO_GIVE}", reason="bad_country")
        code = self.find(value)
        if code is not None:
            return code
        raise InputError(f"{named} is not a country that marsad knows; {WHAT_TO_GIVE}"
                         + self._close(value), reason="bad_country")

    def _close(self, value: str) -> str:
        """" (did you mean ...?)" of the close matches, or "": for a code of three letters,
        the codes of the same letters (SUA: SAU, USA) or of one other letter (SAV: SAU); for a
        name, the closest name (Saudia Arabia: Saudi Arabia)."""
        key = _key(value)
        if len(key) == 3 and key.isascii() and key.isalpha():
            up = key.upper()
            near = sorted(c for c in self.codes if c != up and (
                sorted(c) == sorted(up) or sum(a != b for a, b in zip(c, up)) == 1))
            # (one letter off matches many codes: offered only when few do)
            shown = near if len(near) <= 4 else [c for c in near if sorted(c) == sorted(up)]
            return f" (did you mean {' or '.join(shown)}?)" if shown else ""
        if len(key) < 4:
            return ""
        longer = [k for k in self.names if len(k) >= 3]
        match = difflib.get_close_matches(key, longer, n=1, cutoff=0.75)
        return f" (did you mean {match[0]!r}: {self.names[match[0]]}?)" if match else ""


@lru_cache(maxsize=1)
def builtin_country_names() -> CountryNames:
    """The CountryNames of the built-in countries.json (and CLDR), built on first use."""
    import json

    from marsad.lexicon.loader import builtin_data_dir

    with open(builtin_data_dir() / "countries.json", encoding="utf-8") as fh:
        return CountryNames(json.load(fh)["entries"])


def lexicon_country_names(resources) -> CountryNames:
    """The CountryNames of a pipeline's lexicon (its countries.json, a user's if given), built
    once per pipeline (`resources`)."""
    return resources.get("countries.names",
                         lambda r: CountryNames(r.lexicon.entries("countries")))


def country_given(value: Any) -> bool:
    """Whether a record or a document's meta gives a country at all: None and a blank string
    mean none (the article is coded without one); any other value must name a country."""
    return value is not None and not (isinstance(value, str) and not value.strip())


def country_code(value: Any, names: CountryNames | None = None, what: str = "country") -> str:
    """The ISO 3166-1 alpha-3 code of the country `value` names (a code, an alias or an English
    or Arabic name: see the module docstring), by `names` (default: the built-in dictionaries');
    an InputError that names the value and says what to give when it names none."""
    return (names or builtin_country_names()).code(value, what)
