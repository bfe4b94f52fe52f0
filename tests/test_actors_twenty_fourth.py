"""Actor mentions, twenty-fourth session (docs/accuracy.md, "Actor mentions: possessed offices and
group plurals (twenty-fourth session)"), on sentences written for this file:

1. An office noun with the pronoun ه / ها (grammar.json `possessed_offices`: سفيرها، وزيره،
   ممثلها، مندوبها) is the office of the country or government named before it in the same or
   the previous sentence (استدعت الخارجية المصرية سفيرها: EGYGOV); never a person's (قال محمد
   إن سفيره), nor another organisation's (أعلنت حماس أن ممثلها); a word of a phrase trigger
   (استدعت البحرين سفيرها لدى إيران), it is neither side of the event.
2. A plural of persons shaped like a relational adjective (الصحفيين، الإعلاميين، الدبلوماسيين)
   after a feminine singular, a plural of things or a body (الشرطة، السلطات التركية، الجيش) is
   the verb's object, an actor with the nisba after it (الصحفيين المصريين EGYMED), not an
   adjective of the word before; after a plural of persons it stays an adjective (المسؤولين
   العسكريين).
3. A doing verb of ى, written ا before the attack noun's pronoun in its relative clause (الهجوم
   الذي تبناه تنظيم داعش), names the attack's doer, as نفذه and شنته do.
"""

from __future__ import annotations

import pytest
from _pipelines import actor_codes, actors_nlp as nlp, dyads_of  # noqa: F401 (a fixture)


@pytest.fixture(scope="module")
def full():
    import marsad

    return marsad.load()


def code_of(nlp, text, mention):
    return [c for t, c in actor_codes(nlp, text) if t == mention]


# -- 1. possessed offices -----------------------------------------------------------------------

@pytest.mark.parametrize("text, mention, code", [
    # a government body before it, the pronoun ها
    ("استدعت الخارجية المصرية سفيرها في أنقرة للتشاور.", "سفيرها", "EGYGOV"),
    # وزيرها: و is no proclitic here (no و + زير)
    ("وقالت الحكومة الأردنية إن وزيرها سيزور بغداد غدا.", "وزيرها", "JORGOV"),
    # a country as the owner, an office no title of the agents dictionary names alone: GOV
    ("أعلنت إيران أن ممثلها في الأمم المتحدة سلم رسالة.", "ممثلها", "IRNGOV"),
    # a masculine country name, the pronoun ه
    ("استدعى العراق سفيره في الرياض للتشاور.", "سفيره", "IRQGOV"),
    # the subject of the sentence before, not the country after مع
    ("قطعت السعودية علاقاتها مع إيران. وقالت إن سفيرها غادر طهران.", "سفيرها", "SAUGOV"),
])
def test_an_office_with_a_pronoun_is_of_the_country_before(nlp, text, mention, code):
    assert code_of(nlp, text, mention) == [code]


@pytest.mark.parametrize("text, mention", [
    # (guards: the old code gave these no country either)
    # a person before: his ambassador is no country's (no country code)
    ("قال محمد علي إن سفيره سيعود غدا.", "سفيره"),
    # another organisation before: Hamas's representative, no Egyptian nor other government
    ("أعلنت حركة حماس أن ممثلها سيزور القاهرة.", "ممثلها"),
])
def test_an_office_of_a_person_or_another_body_takes_no_country(nlp, text, mention):
    assert not any(c and c.endswith("GOV") and len(c) > 3
                   for c in code_of(nlp, text, mention))


def test_the_recall_of_a_possessed_envoy_keeps_its_sides(full):
    # (guard) her own envoy, a word of the phrase «استدعت … سفيرها», is neither side of the recall:
    # Bahrain recalls from Iran, the post (161, BHR → IRN), as before the envoy was coded
    assert dyads_of(full, "قالت البحرين إنها استدعت سفيرها لدى طهران للتشاور.", "161") == \
        [("BHR", "IRN")]


def test_a_feminine_title_is_no_possessed_office(nlp):
    # (guard) السفيرة with ة: the American ambassador (a woman), not Egypt's
    got = actor_codes(nlp, "استقبل الرئيس المصري السفيرة الأمريكية أمس.")
    assert ("السفيرة الأمريكية", "USAGOV") in got


# -- 2. plurals of persons after a word they cannot qualify --------------------------------------

@pytest.mark.parametrize("text, mention, code", [
    ("اعتقلت الشرطة الصحفيين المصريين في القاهرة.", "الصحفيين المصريين", "EGYMED"),
    ("اعتقل الجيش الصحفيين المصريين في القاهرة.", "الصحفيين المصريين", "EGYMED"),
    ("اعتقلت السلطات التركية الصحفيين في إسطنبول.", "الصحفيين", "MED"),
    ("استهدفت الغارات الإعلاميين في المدينة.", "الإعلاميين", "MED"),
    ("طردت الحكومة الدبلوماسيين الإيرانيين من البلاد.", "الدبلوماسيين الإيرانيين", "IRNGOV"),
])
def test_a_plural_of_persons_after_a_feminine_or_a_body_is_an_actor(nlp, text, mention, code):
    assert code_of(nlp, text, mention) == [code]


@pytest.mark.parametrize("text, word", [
    # (guards) after a plural of persons it qualifies them
    ("التقى المسؤولين العسكريين في القاهرة.", "العسكريين"),
    # (guard) a broken plural of persons in ة (grammar.json person_plurals_in_ta)
    ("وقال أحد القادة الجهاديين إن المعركة طويلة.", "الجهاديين"),
    # (guard) after a mention whose head is masculine: the adjective of its head (the dual)
    ("نجح تنظيم داعش وقبله تنظيم القاعدة الإرهابيين في استمالتهم.", "الإرهابيين"),
    # (guard) a singular after a feminine is left as it was: an adjective of the construct's head
    ("وقال مستشار الوزارة الإعلامي إن الخطة جاهزة.", "الإعلامي"),
])
def test_an_adjective_of_persons_stays_no_actor(nlp, text, word):
    assert not any(t == word for t, _ in actor_codes(nlp, text))


# -- 3. the doer in an attack noun's relative clause ---------------------------------------------

@pytest.mark.parametrize("text, source", [
    ("وقتل عشرة أشخاص في التفجير الذي تبناه تنظيم داعش في بغداد.", "IMGREB"),
    ("وقتل خمسة جنود في هجوم تبناه تنظيم داعش قرب الحدود.", "IMGREB"),
])
def test_the_group_that_claimed_the_attack_is_the_killing_source(full, text, source):
    assert any(s == source for s, _t in dyads_of(full, text, "1823")), \
        dyads_of(full, text, "1823")
