"""Sports teams as organisations, twenty-first session, second round (docs/accuracy.md, "Sports
teams …, twenty-first session"), on sentences written for this file:

- a national team (منتخب مصر، المنتخب السعودي، and the nicknames الأخضر، الفراعنة in a match
  report) is an organisation of its country coded as the clubs are (the country's code and BUS),
  not the country; the president-elect (الرئيس المنتخب) is no team;
- a club's name shared by clubs of several countries (القادسية of Khobar and of Kuwait, الأهلي of
  Jeddah, Cairo and Dubai, الوحدة of Mecca and Abu Dhabi) is the club of the country whose league
  the article names (الدوري الكويتي), else the namesake named with its nisba before it, else the
  Saudi club when the article names Saudi Arabia or no country;
- more Saudi clubs named by a common word (التعاون، الفتح، الخليج، الوحدة، الرائد، الفيصلي،
  القادسية), with the Gulf (الخليج العربي) and the GCC (مجلس التعاون، التعاون الخليجي) kept.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp_actors():
    import marsad

    return marsad.load(("layout", "sentences", "tokens", "actors"))


def _ents(nlp, text):
    return [(e.text, e.actor_code) for e in nlp(text).entities]


# -- national teams -------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # the definite head before a masculine nisba, the indefinite one before a country
    ("فاز المنتخب السعودي على منتخب مصر بهدفين في المباراة.",
     [("المنتخب السعودي", "SAUBUS"), ("منتخب مصر", "EGYBUS")]),
    # a country with no listed team: «<country> national team», its code and BUS
    ("تأهل منتخب العراق إلى الدور الثاني من البطولة.", [("منتخب العراق", "IRQBUS")]),
    # a proclitic before the head
    ("انضم اللاعب إلى معسكر للمنتخب الأردني في عمان.",
     [("لمنتخب الأردني", "JORBUS"), ("عمان", None)]),  # (after the preposition ل)
    # nicknames after a word of a club's people or match, in a sports sentence
    ("سجل لاعب الأخضر هدفا في مرمى الفراعنة خلال المباراة.",
     [("الأخضر", "SAUBUS"), ("الفراعنة", "EGYBUS")]),
])
def test_a_national_team_is_an_organisation(nlp_actors, text, expected):
    got = [(t, c) for t, c in _ents(nlp_actors, text)]
    assert [g for g in got if g[0] != "عمان"] == [x for x in expected if x[0] != "عمان"]


def test_a_national_team_keeps_its_country_name_for_ner(nlp_actors):
    doc = nlp_actors("فاز منتخب مصر على ضيفه في المباراة.")
    nested = doc.state.get("actors.nested", ())
    assert [(n["text"], n["actor_code"]) for n in nested] == [("مصر", "EGY")]


@pytest.mark.parametrize("text, expected", [
    # (guards) the president-elect: an adjective after a definite noun, no team
    ("وصل الرئيس المنتخب المصري إلى القاهرة.", "EGYGOV"),
    # green in other sentences stays a colour (a definite word before it, no sports word)
    ("أعطت الحكومة الضوء الأخضر للمشروع.", None),
])
def test_no_team_without_a_team_word(nlp_actors, text, expected):
    codes = [c for _, c in _ents(nlp_actors, text)]
    assert not any(c and c.endswith("BUS") for c in codes)
    if expected:
        assert expected in codes


# -- a club's name shared by clubs of several countries --------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a report of Kuwaiti football naming Kuwait alone: Qadsia and Al-Nasr of Kuwait
    ("وفاز فريق القادسية على النصر في الدوري الكويتي أمس.",
     [("القادسية", "KWTBUS"), ("النصر", "KWTBUS"), ("الكويتي", "KWT")]),
    # Egypt named alone: Al Ahly of Cairo
    ("فاز الأهلي على الزمالك في الدوري المصري أمس.",
     [("الأهلي", "EGYBUS"), ("الزمالك", "EGYBUS"), ("المصري", "EGY")]),
    # the Emirati league named (and a Saudi player): Al Wahda of Abu Dhabi
    ("تعادل فريق الوحدة مع ضيفه في الدوري الإماراتي. وقال مدرب الوحدة إن الفريق الإماراتي "
     "استحق الفوز في مباراة اللاعب السعودي.",
     [("الوحدة", "AREBUS"), ("الإماراتي", "ARE"), ("الوحدة", "AREBUS"), ("الإماراتي", "ARE"),
      ("السعودي", "SAU")]),
    # no country named: the Saudi club (listed first)
    ("فاز فريق القادسية على ضيفه في مباراة الدوري.", [("القادسية", "SAUBUS")]),
    # the namesake with its nisba only after the bare name: the bare name keeps the Saudi club
    ("وقال مدرب القادسية إن الفريق جاهز للمباراة. ويلعب الفريق وديا أمام القادسية الكويتي.",
     [("القادسية", "SAUBUS"), ("القادسية الكويتي", "KWTBUS")]),
])
def test_a_namesake_club_follows_the_articles_country(nlp_actors, text, expected):
    assert _ents(nlp_actors, text) == expected


# -- more Saudi clubs named by a common word ------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("فاز فريق التعاون على الفتح في مباراة الدوري.", ["التعاون", "الفتح"]),
    ("تعادل الرائد مع الفيصلي في مباراة الدوري.", ["الرائد", "الفيصلي"]),
    ("سجل مهاجم الخليج هدفا في مرمى الوحدة.", ["الخليج", "الوحدة"]),
])
def test_more_saudi_clubs(nlp_actors, text, expected):
    got = [(t, c) for t, c in _ents(nlp_actors, text)]
    assert got == [(t, "SAUBUS") for t in expected]


def test_the_gulf_and_the_gcc_stay_in_a_club_article(nlp_actors):
    text = ("سجل مهاجم الخليج هدفا في مباراة الدوري. وتحدث اللاعب بعد المباراة عن مجلس "
            "التعاون وعن التعاون الخليجي في منطقة الخليج العربي.")
    got = _ents(nlp_actors, text)
    assert got[0] == ("الخليج", "SAUBUS")
    assert ("مجلس التعاون", "IGOGCC") in got
    assert not any(c == "SAUBUS" for t, c in got[1:])
