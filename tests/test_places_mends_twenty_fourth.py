"""Review mends of the publication country as the place of last resort (twenty-fourth
session): a story whose lead names only an actor of another country is told from abroad; a
record's three-letter code of no country of the dictionaries (KSA) gives way to the outlet's
country; `--country` says that it knows only the built-in countries. The sentences are our own."""

from __future__ import annotations

import argparse

import pytest

PUBLISHED = "2015-07-25"
FROM_HOME = "publication_country"
# a story of no place named: an arrest
LOCAL = "اعتقلت الشرطة ثلاثة أشخاص أمس.\n"


def _events(nlp, text: str, cameo: str, **meta):
    doc = nlp(text, published=PUBLISHED, **meta)
    evs = [ev for ev in doc.events if ev.cameo.startswith(cameo)]
    assert evs, [(ev.cameo, ev.trigger) for ev in doc.events]
    return evs


@pytest.mark.parametrize("lead", [
    "قصفت الطائرات الروسية معسكرا للمتمردين.\n\n",      # a nisba of a force
    "أعلن الجيش الإيراني إجراء مناورات بحرية.\n\n",     # a nisba of an army
])
def test_a_lead_naming_only_a_foreign_actor_tells_a_story_of_elsewhere(nlp, lead):
    (ev,) = _events(nlp, lead + LOCAL, "173", country="SAU")
    assert ev.location is None


@pytest.mark.parametrize("lead", [
    "استقبل الملك سلمان وزير الدفاع الأمريكي أمس.\n\n",                    # a visitor
    "أقامت جمعية خيرية في الرياض حفلا للجاليات الهندية والباكستانية.\n\n",  # guests
])
def test_a_foreign_actor_beside_the_home_country_in_the_lead_is_a_visitor(nlp, lead):
    (ev,) = _events(nlp, lead + LOCAL, "173", country="SAU")
    assert ev.location is not None and ev.location.source == FROM_HOME
    assert ev.location.country == "SAU"


def test_a_lead_of_home_actors_still_lets_the_home_country_place(nlp):
    # (the home country's own actors are no sign of a story of elsewhere)
    text = "أعلنت وزارة الداخلية السعودية نتائج حملة أمنية.\n\n" + LOCAL
    (ev,) = _events(nlp, text, "173", country="SAU")
    assert ev.location is not None and ev.location.source == FROM_HOME
    assert ev.location.country == "SAU"


@pytest.mark.parametrize("code", ["KSA", "uae", "XYZ"])
def test_an_unknown_code_gives_way_to_the_outlet(nlp, code):
    (ev,) = _events(nlp, LOCAL, "173", source="okaz", country=code)
    assert ev.location is not None and ev.location.source == FROM_HOME
    assert ev.location.country == "SAU"


def test_an_unknown_code_without_an_outlet_places_nothing(nlp):
    (ev,) = _events(nlp, LOCAL, "173", country="KSA")
    assert ev.location is None
    # a known code still goes before the outlet's
    (ev,) = _events(nlp, LOCAL, "173", source="okaz", country="KWT")
    assert ev.location.country == "KWT"


def test_the_country_option_says_it_knows_only_the_builtin_countries():
    from marsad.cli.args import add_country, country_code

    p = argparse.ArgumentParser()
    add_country(p)
    (action,) = [a for a in p._actions if a.dest == "country"]
    assert "--lexicon" in action.help
    with pytest.raises(argparse.ArgumentTypeError, match="--lexicon"):
        country_code("KSA")
    assert country_code("sau") == "SAU"


def test_the_docs_name_the_stage_option():
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert '"place_by_publication_country": False' in readme
