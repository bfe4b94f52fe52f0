"""حزب الوفد, Egypt's Wafd party, is a party (orgs.json, EGYPTY) while a bare الوفد stays a
delegation (agents.json, GOV). Twelfth session, second round; sentences written for these tests."""

from __future__ import annotations

from _pipelines import actor_codes as codes


def test_the_wafd_party_is_an_egyptian_party(nlp):
    got = codes(nlp, "وأعلن حزب الوفد رفضه لمشروع القانون.")
    assert ("حزب الوفد", "EGYPTY") in got, got
    got = codes(nlp, "وقال حزب الوفد الجديد إنه سيقاطع الانتخابات.")
    assert ("حزب الوفد الجديد", "EGYPTY") in got, got


def test_a_bare_delegation_stays_a_delegation(nlp):
    got = codes(nlp, "وانسحب الوفد من المفاوضات أمس.")
    assert ("الوفد", "GOV") in got, got
    got = codes(nlp, "واستقبل الوزير الوفد في مكتبه.")
    assert ("الوفد", "GOV") in got, got
