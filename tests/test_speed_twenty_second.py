"""Speed, twenty-second session: the club and national-team readings of `PlaceRules` ask
`_club_form` (a loop over a word's possible prefixes) only of the words that could be a club.

`gazetteer.club_word_forms` lists every word `_club_form` could read as a name of a set (each
name after و / ف, then ب / ل, and a name in ال also with لل: للهلال); the per-word loops of
`_common_word_clubs` and `_own_national_teams` skip a word outside it (most words) with one set
test. Checked to give what `_club_form` gives on words we chose, and to leave the mentions
found in our sentences as worked out by hand. The sentences and words are ours.
"""

from __future__ import annotations

import pytest

# (ours: a club name with every kind of prefix, words like them that are no club, other words)
_CLUBS = frozenset(["الهلال", "النصر", "منتخب"])
_WORDS = ["الهلال", "والهلال", "فالهلال", "بالهلال", "لالهلال", "وبالهلال", "فلالهلال",
          "للهلال", "وللهلال", "فللهلال", "بللهلال", "وبللهلال", "هلال", "كالهلال", "ببالهلال",
          "والنصر", "للنصر", "منتخب", "ومنتخب", "لمنتخب", "للمنتخب", "المنتخب", "وزير",
          "الاتحاد", "فاز", "وو", "و", "ل", "لل", "الهلالي", "هلالنا"]


def test_club_word_forms_hold_every_word_club_form_reads():
    from marsad.actors.gazetteer import club_word_forms
    from marsad.actors.place_mentions import _club_form

    forms = club_word_forms(_CLUBS)
    for w in _WORDS:
        if w not in forms:
            assert _club_form(w, _CLUBS) == (None, ""), w
    # and the words that are a club, worked out by hand, are in it (ك is no prefix of one)
    for w in ("والهلال", "وبالهلال", "للهلال", "وللهلال", "بللهلال", "للنصر", "لمنتخب"):
        assert w in forms and _club_form(w, _CLUBS)[0] is not None, w
    for w in ("كالهلال", "ببالهلال", "هلال", "الهلالي", "وزير", "المنتخب"):
        assert w not in forms, w
    assert _club_form("للهلال", _CLUBS) == ("الهلال", "لل")
    assert _club_form("وبالهلال", _CLUBS) == ("الهلال", "وب")


def test_gazetteer_keeps_the_forms_of_its_common_word_clubs():
    import marsad
    from marsad.actors.gazetteer import club_word_forms

    nlp = marsad.load()
    nlp("تجربة")
    gaz = next(v for v in _resources(nlp) if type(v).__name__ == "Gazetteer")
    assert gaz.sports_clubs and gaz.sports_club_words == club_word_forms(gaz.sports_clubs)
    assert "وللهلال" in gaz.sports_club_words and "وزير" not in gaz.sports_club_words


def _resources(nlp):
    for stage in nlp.stages:
        yield from vars(stage).values()
    r = getattr(nlp, "resources", None)
    if r is not None:
        yield from vars(r).get("_cache", {}).values()


@pytest.fixture(scope="module")
def nlp():
    import marsad

    return marsad.load()


def _entities(nlp, text):
    d = nlp(text, published="2015-07-25")
    return [(text[e.start:e.end], e.canonical) for e in d.entities]


def test_no_club_form_asked_of_a_sentence_without_a_club(nlp, monkeypatch):
    from marsad.actors import place_mentions

    calls = []
    real = place_mentions._club_form

    def counted(word, clubs):
        calls.append(word)
        return real(word, clubs)

    monkeypatch.setattr(place_mentions, "_club_form", counted)
    # (ours: politics, no club and no national team)
    _entities(nlp, "استقبل وزير الخارجية السفير الفرنسي في مكتبه أمس وبحث معه العلاقات.")
    assert calls == []
    # a sports sentence with two clubs: only their words are read
    found = _entities(nlp, "فاز الهلال على النصر في مباراة الدوري أمس وسجل للهلال لاعبه هدفين.")
    assert set(calls) <= {"الهلال", "النصر", "للهلال"} and "الهلال" in calls
    # and found as before (the answers read by hand: the cue فاز in a league match names both
    # clubs, and the club's name after ل is the club too; منتخب before a country names its
    # team, and منتخبنا الوطني under a dateline of Riyadh is the Saudi team)
    assert found == [("الهلال", "Al Hilal SFC"), ("النصر", "Al Nassr FC"),
                     ("لهلال", "Al Hilal SFC")]  # (the span starts after the clitic ل)
    found = _entities(nlp, "الرياض - واس\nتعادل منتخبنا الوطني مع منتخب مصر في المباراة الودية.")
    assert ("منتخبنا الوطني", "Saudi Arabia national team") in found
    assert ("منتخب مصر", "Egypt national team") in found
