"""The known countries (`marsad.lexicon.countries`) are those the pipeline codes with: every
country code of the dictionaries, and one code a country (twenty-sixth session, h8)."""

from __future__ import annotations

import json
import re

import pytest

from marsad.errors import InputError
from marsad.lexicon.countries import builtin_country_names, country_code
from marsad.lexicon.loader import builtin_data_dir

COUNTRY_FIELDS = ("country", "iso3", "cameo")


def _lexicon_country_codes() -> dict[str, set[str]]:
    """Every three-letter value of a country field (`country`, `iso3`, `cameo`) of every
    dictionary file -> the files it is in. (IGO: CAMEO's international body, a role held in
    no country: people's roles of the United Nations or a coalition.)"""
    found: dict[str, set[str]] = {}

    def walk(node, name):
        if isinstance(node, dict):
            for key, value in node.items():
                if key in COUNTRY_FIELDS and isinstance(value, str) and \
                        re.fullmatch(r"[A-Z]{3}", value) and value != "IGO":
                    found.setdefault(value, set()).add(name)
                walk(value, name)
        elif isinstance(node, list):
            for item in node:
                walk(item, name)

    data = builtin_data_dir()
    for path in sorted(data.rglob("*.json")):
        walk(json.loads(path.read_text("utf-8")), str(path.relative_to(data)))
    return found


def test_every_country_code_of_the_dictionaries_is_known():
    found = _lexicon_country_codes()
    assert len(found) > 200 and {"cities.json", "orgs.json", "agents.json",
                                 "outlets.json"} <= set().union(*found.values())
    alpha2 = builtin_country_names().alpha2
    refused = {}
    for code, files in sorted(found.items()):
        try:  # (the code itself, and its alpha-2 code, SA, when CLDR has one)
            assert country_code(code) == code
            assert code not in alpha2 or country_code(alpha2[code]) == code
        except (InputError, AssertionError):
            refused[code] = sorted(files)
    assert not refused, refused


def test_kosovo_has_the_dictionaries_code():
    # CLDR gives Kosovo XK and XKK; the dictionaries (and so the events) XKX
    assert [country_code(v) for v in ("XK", "Kosovo", "كوسوفو", "XKX")] == ["XKX"] * 4


def test_one_code_a_country():
    names = builtin_country_names()
    assert "XKK" not in names.codes
    # each code CLDR's alpha-2 codes lead to is the one its English name leads to
    from babel import Locale

    english = Locale("en").territories
    for code, two in names.alpha2.items():
        assert country_code(two) == code == country_code(english[two]), (two, code)


@pytest.mark.parametrize("value", ["ZZZ", "Unknown Region", "XAA", "EU", "European Union"])
def test_no_pseudo_region_nor_grouping_is_a_country(value):
    with pytest.raises(InputError, match="not a country that marsad knows"):
        country_code(value)
