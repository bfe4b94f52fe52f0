"""Clubs named by a place, twentieth session (second round): the Paris Club of creditor states,
a literary club named with no adjective after its place, a club of a profession (نادي + place +
لل + a profession). Short sentences of our own."""

from __future__ import annotations

import pytest

import marsad


@pytest.fixture(scope="module")
def nlp():
    return marsad.load(stages=("layout", "sentences", "tokens", "actors"))


def _clubs(nlp, text: str) -> list[tuple[str, str, str | None]]:
    return [(e.text, e.canonical, e.actor_code) for e in nlp(text).entities
            if e.text.startswith("نادي") or e.text.startswith("لنادي")]


# -- 1. the Paris Club (orgs.json): an international body, never Paris nor a company -----------

@pytest.mark.parametrize("text, name", [
    ("سددت الحكومة قسطا جديدا إلى نادي باريس أمس.", "نادي باريس"),
    ("تفاوضت الحكومة مع نادي باريس للدائنين على ديونها.", "نادي باريس للدائنين"),
])
def test_the_paris_club_is_an_international_body(nlp, text, name):
    assert _clubs(nlp, text) == [(name, "Paris Club", "IGOPCL")]


def test_a_paris_football_club_stays_a_company(nlp):
    """Control (passes on the old code too): باريس سان جيرمان keeps its own entry."""
    doc = nlp("تعاقد نادي باريس سان جيرمان مع مدافع جديد.")
    assert [(e.canonical, e.actor_code) for e in doc.entities] == [
        ("Paris Saint-Germain", "FRABUS")]


# -- 2. a literary club named by its place alone (words.json `club_literary_cues`) --------------

@pytest.mark.parametrize("text, name, canonical", [
    ("أقام نادي أبها أمسية شعرية حضرها عدد من الشعراء.", "نادي أبها", "Abha club"),
    ("وقال رئيس نادي الباحة إن الإصدارات الجديدة نفدت.", "نادي الباحة", "Al-Bahah club"),
    ("ألقى الكاتب محاضرة عن الرواية في نادي جدة مساء أمس.", "نادي جدة", "Jeddah club"),
])
def test_a_literary_club_with_no_adjective_keeps_the_country_code(nlp, text, name, canonical):
    assert _clubs(nlp, text) == [(name, canonical, "SAU")]


@pytest.mark.parametrize("text, name, canonical", [
    # a sports word in the sentence: the cue (محاضرة) does not make the club literary (a
    # control, as the next: both pass on the old code, which gave every such club BUS)
    ("وقع نادي نجران عقدا مع لاعب جديد بعد محاضرة المدرب.", "نادي نجران", "Najran club"),
    # no cue at all (control: passes on the old code too)
    ("وقع نادي الرياض عقدا مع مدرب جديد أمس.", "نادي الرياض", "Riyadh club"),
])
def test_a_sports_club_stays_a_company(nlp, text, name, canonical):
    assert _clubs(nlp, text) == [(name, canonical, "SAUBUS")]


def test_a_photographers_club_by_its_plural_adjective(nlp):
    """نادي عسير الفوتوغرافيين (the adjective agreeing with the members before it): words.json
    `club_kinds` now holds the plural too."""
    assert _clubs(nlp, "شارك منسوبو نادي عسير الفوتوغرافيين في المعرض.") == [
        ("نادي عسير", "Asir club", "SAU")]


# -- 3. a club of a profession: نادي + place + لل + a profession (`club_professions`) ---------

@pytest.mark.parametrize("text, name, code", [
    ("أعلن نادي دبي للصحافة أسماء الفائزين بجائزته.", "نادي دبي للصحافة", "ARENGO"),
    ("نظم نادي أبها للمصورين معرضا في الحديقة.", "نادي أبها للمصورين", "SAUNGO"),
])
def test_a_club_of_a_profession_is_an_association_of_its_country(nlp, text, name, code):
    [(text_, canonical, code_)] = _clubs(nlp, text)
    assert (text_, code_) == (name, code)
    assert canonical.endswith(" club")


def test_the_profession_and_cue_words_still_name_a_club_of_their_own(nlp):
    """Control (passes on the old code too): the new categories are no stop words of names,
    so نادي الصحافة is still one name."""
    assert [e.text for e in nlp("تجمع المحتجون أمام نادي الصحافة أمس.").entities
            if "نادي" in e.text] == ["نادي الصحافة"]
