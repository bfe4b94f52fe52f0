"""Argument types of the commands: a wrong value stops the command at once with argparse's
usage line and a sentence that says what to give, instead of a traceback or an empty result."""

from __future__ import annotations

import argparse
import datetime as dt
import re

_CAMEO_PREFIX = re.compile(r"\d{2,4}")


def iso_date(value: str) -> str:
    """A calendar date written YYYY-MM-DD."""
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a date; give it as YYYY-MM-DD (e.g. 2015-07-21)") from None


_PERIOD = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def period_start(value: str) -> str:
    """`--from`: a day, or a month (YYYY-MM) or a year (YYYY) from its first day."""
    return _period_bound(value, 0)


def period_end(value: str) -> str:
    """`--to`: a day, or a month (YYYY-MM) or a year (YYYY) to its last day."""
    return _period_bound(value, 1)


def _period_bound(value: str, side: int) -> str:
    from marsad.tables import date_bounds

    bound = date_bounds(value)[side] if _PERIOD.fullmatch(value) else None
    if bound is None:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a date; give it as YYYY-MM-DD (e.g. 2015-07-21), or a month "
            f"YYYY-MM or a year YYYY")
    return bound


def cameo_prefix(value: str) -> str:
    """The first 2 to 4 digits of a CAMEO event code (04, 042, 0431)."""
    if not _CAMEO_PREFIX.fullmatch(value):
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a CAMEO code; give 2 to 4 digits (e.g. 04 or 042)")
    return value


def plover_type(value: str) -> str:
    """A PLOVER event type, in any case (assault, ASSAULT)."""
    from marsad import ontology

    try:
        return ontology.plover_type(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of 1 or more")
    return n


def non_negative_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = -1
    if n < 0:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of 0 or more")
    return n


def country_code(value: str) -> str:
    """`--country`: the ISO3 code of the country `value` names (a code, an alias or an English
    or Arabic name: `marsad.lexicon.countries.country_code`, by the built-in dictionaries and
    CLDR; the option is read before any `--lexicon DIR` is loaded)."""
    from marsad.errors import InputError
    from marsad.lexicon.countries import country_code as library_country_code

    try:
        return library_country_code(value, what="")  # (argparse names the option)
    except InputError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


def add_country(p: argparse.ArgumentParser, stored: bool = False) -> None:
    """`--country ISO3`: the country the articles were published in (code, ingest, spark-run;
    `stored`: recode, where it is the country of the stored articles that have none)."""
    whose = ("the country the stored articles that have none of their own were published in "
             "(it is stored as theirs; an article stored with a country keeps it): "
             if stored else "the country the articles were published in: ")
    own = ("" if stored else "; an article's own `country` field wins")
    p.add_argument("--country", type=country_code, metavar="ISO3",
                   help=whose + "its ISO3 code (SAU), "
                        "alpha-2 code (SA), English or Arabic name (Saudi Arabia, السعودية) or "
                        "an alias (KSA, UAE, UK); a value that names no country is refused, with "
                        "a close match. An event of a local story that nothing else places is "
                        "placed there (location source publication_country)" + own)


def add_default_date(p: argparse.ArgumentParser) -> None:
    """`--date`: the publication date of the articles that give none (code, convert, ingest)."""
    p.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD",
                   help="publication date (resolves أمس، اليوم...) of articles that give none")


def add_output(p: argparse.ArgumentParser) -> None:
    """`-o FILE` and `--overwrite` (export, convert; spark-run's OUTPUT is refused likewise)."""
    p.add_argument("-o", "--output", metavar="FILE", help="output file (default stdout); an "
                   "existing file is refused unless --overwrite is given")
    p.add_argument("--overwrite", action="store_true",
                   help="replace an existing output file")
