"""Review mends of the publication country as the place of last resort (twenty-fourth
session): a story whose lead names only an actor of another country is told from abroad; a
record's three-letter code of no country of the dictionaries gives way to the outlet's
country (since the twenty-fifth session KSA is Saudi Arabia, and `Pipeline.make_doc` refuses a
code of no country: only a Document made without it holds one); `--country` says what it
takes. The sentences are our own."""

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


def _made(text: str, **meta):
    """A Document made without `Pipeline.make_doc`, which refuses a value that names no
    country (twenty-fifth session): the events stage gives way to the outlet all the same."""
    from marsad.document import Document

    return Document(text, published=PUBLISHED, meta=meta)


@pytest.mark.parametrize("code", ["XYZ", "Saudia"])
def test_an_unknown_code_gives_way_to_the_outlet(nlp, code):
    (ev,) = _events(nlp, _made(LOCAL, source="okaz", country=code), "173")
    assert ev.location is not None and ev.location.source == FROM_HOME
    assert ev.location.country == "SAU"


def test_an_unknown_code_without_an_outlet_places_nothing(nlp):
    (ev,) = _events(nlp, _made(LOCAL, country="XYZ"), "173")
    assert ev.location is None
    # a known code still goes before the outlet's
    (ev,) = _events(nlp, LOCAL, "173", source="okaz", country="KWT")
    assert ev.location.country == "KWT"


def test_the_country_option_says_what_it_takes():
    # (twenty-fifth session: aliases and names are taken, marsad.lexicon.countries)
    from marsad.cli.args import add_country, country_code

    p = argparse.ArgumentParser()
    add_country(p)
    (action,) = [a for a in p._actions if a.dest == "country"]
    assert "KSA" in action.help and "Saudi Arabia" in action.help
    with pytest.raises(argparse.ArgumentTypeError, match="XYZ"):
        country_code("XYZ")
    assert country_code("sau") == "SAU" and country_code("KSA") == "SAU"


def test_the_docs_name_the_stage_option():
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert '"place_by_publication_country": False' in readme
