"""A group word that is also an adjective (المتطرف، المتشدد، المسلح) after a noun that names no
person or group is that noun's adjective, no actor (twenty-fifth session, h10). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from _pipelines import actor_codes, coded


@pytest.mark.parametrize("text, word", [
    # a definite singular after a definite noun of a thing agrees with it
    ("وحذر الوزير من الفكر المتطرف في المدارس.", "المتطرف"),
    ("وانتقد الكاتب الخطاب المتشدد لبعض القنوات.", "المتشدد"),
    ("ورفضت الحكومة النهج المسلح للحركة.", "المسلح"),
    ("ودعا المفتي إلى مواجهة الفكر المتشدد بالحوار.", "المتشدد"),
    # an indefinite one after a noun of thought or speech (words.json attributive_heads)
    ("وحذر الإمام من فكر متطرف ينتشر بين الشباب.", "متطرف"),
    ("وانتقد الكاتب خطاب متشدد في الإذاعة.", "متشدد"),
])
def test_a_group_adjective_of_a_thing_is_no_actor(nlp, text, word):
    got = actor_codes(nlp, text)
    assert not [w for w, c in got if w.endswith(word)], got


def test_no_event_targets_the_adjective_of_a_thought(nlp):
    got = coded(nlp, "وحذر الوزير من الفكر المتطرف في المدارس.")
    assert not [e for e in got if e[4] == "RAD"], got


@pytest.mark.parametrize("text, word, code", [
    # after a person or group noun (grammar.json armed_person_heads) the adjective stays the man
    ("واعتقلت الشرطة الرجل المسلح في السوق.", "المسلح", "UAF"),
    # right after an actor it is the verb's object
    ("واعتقلت الشرطة المتطرف قرب المسجد.", "المتطرف", "RAD"),
    # the plurals are nouns of persons
    ("وهاجم المسلحون مركزا للشرطة.", "المسلحون", "UAF"),
    ("وقتل الجيش المتطرفين في الجبل.", "المتطرفين", "RAD"),
    ("وهاجمت الجماعات المسلحة قرية في الشمال.", "الجماعات المسلحة", "REB"),
])
def test_a_group_word_of_persons_stays_an_actor(nlp, text, word, code):
    got = actor_codes(nlp, text)
    assert (word, code) in got, got


@pytest.mark.parametrize("text, word, code", [
    # a political camp or party named by the adjective stays the extremists
    ("وحذر الكاتب من صعود اليمين المتطرف في أوروبا.", "المتطرف", "RAD"),
    ("وانتقد الوزير التيار المتشدد في البرلمان.", "المتشدد", "RAD"),
    # after a nisba the head is the noun before it
    ("وصوت النواب ضد الحزب اليساري المتشدد أمس.", "المتشدد", "RAD"),
    # ... also after لل (ل + the article: `text.normalize.bare_noun`; twenty-sixth session)
    ("ووجه الوزير انتقادا للتيار اليميني المتطرف في البرلمان.", "المتطرف", "RAD"),
    ("وسمحت المحكمة للحزب اليساري المتشدد بالمشاركة في الانتخابات.", "المتشدد", "RAD"),
])
def test_a_camp_named_by_the_adjective_stays_an_actor(nlp, text, word, code):
    got = actor_codes(nlp, text)
    assert (word, code) in got, got


def test_an_adjective_after_a_nisba_of_a_thing_is_no_actor(nlp):
    got = actor_codes(nlp, "وحذر المفتي من الفكر الديني المتطرف في المدارس.")
    assert not [w for w, c in got if w.endswith("المتطرف")], got
