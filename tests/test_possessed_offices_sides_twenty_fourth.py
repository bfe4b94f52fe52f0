"""The sides of what follows a recalled office, twenty-fourth session (docs/accuracy.md, "Possessed
offices: the owner's object is no doer (twenty-fourth session)"), on sentences written for this
file.

A possessed office (grammar.json `possessed_offices`: سفيرها، سفيره) standing right after its
owner, the subject of the verb (VSO, with only a day or time between: استدعت قطر أمس سفيرها), or
or an aside of time or setting between commas (استدعت المنامة، أمس، سفيرها), or after a
feminine verb that agrees with the owner before it (SVO: البحرين تستدعي سفيرها), is that
verb's object: the verbal noun after it (للتشاور) is the owner's, not the office's, and the
office's post is then no place of it. An office that opens its own clause stays the doer (قالت
الكويت إن سفيرها اجتمع، ووصل سفيرها إلى لندن للتشاور): the guards below.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp():
    import marsad

    return marsad.load()


def _one(nlp, text: str, cameo: str):
    evs = [e for e in nlp(text).events if e.cameo.startswith(cameo)]
    assert len(evs) == 1, [(e.cameo, e.trigger) for e in nlp(text).events]
    return evs[0]


def test_the_owner_consults_after_recalling_its_ambassador(nlp):
    # Qatar (subject) recalls its ambassador (object) yesterday for consultation: Qatar consults
    ev = _one(nlp, "استدعت قطر أمس سفيرها في القاهرة للتشاور بشأن الموقف المصري.", "040")
    assert (ev.source.text, ev.source.actor_code) == ("قطر", "QAT")
    # the post of the recalled ambassador is not where the consultation is
    assert ev.location is None or ev.location.name != "Cairo"


def test_masculine_pronoun_office_after_its_owner(nlp):
    ev = _one(nlp, "استدعى العراق سفيره في أنقرة للتشاور بشأن التوغل التركي.", "040")
    assert (ev.source.text, ev.source.actor_code) == ("العراق", "IRQ")
    assert ev.location is None or ev.location.name != "Ankara"


def test_a_day_between_the_owner_and_its_office(nlp):
    ev = _one(nlp, "استدعت الكويت يوم الأحد سفيرها في دمشق للتشاور بشأن القصف السوري.", "040")
    assert (ev.source.text, ev.source.actor_code) == ("الكويت", "KWT")


def test_a_time_between_commas(nlp):
    ev = _one(nlp, "استدعت قطر، أمس، سفيرها في القاهرة للتشاور بشأن الموقف المصري.", "040")
    assert (ev.source.text, ev.source.actor_code) == ("قطر", "QAT")


def test_a_setting_between_commas(nlp):
    # an aside of setting (في + a time) between commas, then the office: still the object
    ev = _one(nlp, "استدعت الكويت، في اليوم التالي، سفيرها في دمشق للتشاور بشأن القصف السوري.",
              "040")
    assert (ev.source.text, ev.source.actor_code) == ("الكويت", "KWT")


def test_owner_before_a_feminine_verb(nlp):
    # البحرين تستدعي سفيرها: the feminine verb agrees with Bahrain; the masculine office is its object
    ev = _one(nlp, "البحرين تستدعي سفيرها في طهران للتشاور بشأن الموقف الإيراني.", "040")
    assert (ev.source.text, ev.source.actor_code) == ("البحرين", "BHR")


def test_guard_office_after_a_complementizer_is_the_doer(nlp):
    # (guard: passes on the old code too) إن opens the office's own clause: he met the minister
    ev = _one(nlp, "وقالت الكويت إن سفيرها في بغداد اجتمع مع وزير الخارجية العراقي.", "040")
    assert (ev.source.text, ev.source.actor_code) == ("سفيرها", "KWTGOV")


def test_guard_office_subject_of_its_own_verb_of_arrival(nlp):
    # (guard) وصل سفيرها: the office is the subject of the verb of arrival and consults
    ev = _one(nlp, "رحبت مصر بالاتفاق ووصل سفيرها إلى لندن للتشاور مع الحكومة البريطانية.", "040")
    assert (ev.source.text, ev.source.actor_code) == ("سفيرها", "EGYGOV")


def test_guard_office_subject_of_a_verb_of_saying(nlp):
    # (guard) وقال سفيرها: a masculine verb of saying between the owner and the office is its own
    ev = _one(nlp, "رحبت مصر بالاتفاق وقال سفيرها في لندن للتشاور مع الحكومة البريطانية.", "040")
    assert (ev.source.text, ev.source.actor_code) == ("سفيرها", "EGYGOV")


def test_guard_aside_then_a_verb_of_saying(nlp):
    # (guard) an aside between commas, then وقال: the office is the subject of its own verb
    ev = _one(nlp, "رحبت مصر، في بيان، وقال سفيرها في لندن للتشاور مع الحكومة البريطانية.", "040")
    assert (ev.source.text, ev.source.actor_code) == ("سفيرها", "EGYGOV")
