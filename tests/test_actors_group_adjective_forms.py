"""A group noun (جماعة، عناصر، خلية، تنظيم …) with an armed-group adjective in the feminine or
with the noun's plural (جماعة متطرفة، العناصر المسلحة، خلايا إرهابية) is one actor with the code
of the adjective's masculine (متطرف RAD, إرهابي REB, مسلح: an armed group REB, armed members UAF
as مسلحون; twenty-fifth session, h13). Sentences written for these tests."""

from __future__ import annotations

import pytest

from _pipelines import actor_codes, actors_nlp  # noqa: F401  (fixture)


@pytest.mark.parametrize("text, mention, code", [
    ("واعتقلت الشرطة عناصر متطرفة في المدينة.", "عناصر متطرفة", "RAD"),
    ("وهاجمت جماعة متطرفة قرية في الشمال.", "جماعة متطرفة", "RAD"),
    ("وأدان الوزير الجماعات المتشددة في البلاد.", "الجماعات المتشددة", "RAD"),
    ("وأعلن الجيش مقتل قائد تنظيم متشدد.", "تنظيم متشدد", "RAD"),
    ("وفككت الشرطة خلية إرهابية في العاصمة.", "خلية إرهابية", "REB"),
    ("وحذرت الوزارة من جماعات إرهابية في الجنوب.", "جماعات إرهابية", "REB"),
    ("وهاجمت مجموعة مسلحة نقطة تفتيش.", "مجموعة مسلحة", "REB"),
    ("وطردت القبائل المليشيات المسلحة من الوادي.", "المليشيات المسلحة", "REB"),
    ("وقتلت العناصر المسلحة ثلاثة جنود.", "العناصر المسلحة", "UAF"),
])
def test_a_group_noun_with_a_feminine_or_plural_adjective_is_the_actor(actors_nlp, text, mention, code):
    got = actor_codes(actors_nlp, text)
    assert (mention, code) in got, got


def test_the_named_group_is_still_what_its_definite_head_refers_to(actors_nlp):
    # the definite singular of an organisation's head stays the anaphora of the named group
    got = actor_codes(actors_nlp, "وقالت جماعة الحوثي إنها سيطرت على البلدة. وهاجمت الجماعة المسلحة القرية.")
    assert ("الجماعة", "YEMREB") in got, got


@pytest.mark.parametrize("text, word", [
    ("وحذر الإمام من الفكر المتطرف في المدارس.", "المتطرف"),
    ("ورفض الكاتب الأفكار المتطرفة في الكتب.", "المتطرفة"),
])
def test_an_adjective_of_thought_is_still_no_actor(actors_nlp, text, word):
    got = actor_codes(actors_nlp, text)
    assert not [w for w, _c in got if word in w], got
