"""CAMEO country and role codes of actor mentions, tenth session, second round: the accusative
of nationalities' broken plurals, a nisba that is a family name after a title that is a given
name, the Kurdistan region's bodies, a crowd of an unknown organisation. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from _pipelines import coded  # noqa: F401


def codes(nlp, text, published="2015-07-25"):
    doc = nlp(text, published=published)
    return [(doc.text[e.start:e.end], e.actor_code) for e in doc.entities]


@pytest.mark.parametrize("text, actor, code", [
    ("واعتقلت الشرطة جنوداً أتراكاً قرب الحدود.", "جنوداً أتراكاً", "TURMIL"),
    ("وقتلت الغارة مسلحين أفغاناً في الجبال.", "مسلحين أفغاناً", "AFGUAF"),
    ("وأسر الجيش مقاتلين روساً في المدينة.", "مقاتلين روساً", "RUSREB"),
    ("واحتجزت السلطات صحفيين ألماناً في المطار.", "صحفيين ألماناً", "DEUMED"),
])
def test_the_accusative_of_a_broken_plural_reads_like_the_nominative(nlp, text, actor, code):
    got = codes(nlp, text)
    assert (actor, code) in got, got


@pytest.mark.parametrize("text, name", [
    ("وأحرز أمير كردي هدف الفوز للفريق في الدقيقة الأخيرة.", "أمير كردي"),
    ("وضمت القائمة سلطان مصري ومحمد الشهري.", "سلطان مصري"),
])
def test_a_nisba_family_name_after_a_given_name_title_is_a_name(nlp, text, name):
    got = codes(nlp, text)
    assert (name, None) in got, got
    # a title with the article, or with the nisba of a state with princes, is a title
    assert ("الأمير الكردي", "KURGOV") in codes(nlp, "وقال الأمير الكردي إن القبيلة ستشارك.")
    assert ("أمير سعودي", "SAUGOV") in codes(nlp, "وزار أمير سعودي المستشفى أمس.")


