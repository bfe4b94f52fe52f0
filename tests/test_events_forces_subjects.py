"""Forces as the subjects of acts of violence, through the whole pipeline, on sentences written
for this file:

- a number after the forces named right after (or right before) a verb of harm is the count of
  its object, so the verb is active and the forces are its source (قتلت القوات الأميركية 11
  مسلحاً; المسلحون قتلوا 5 جنود), not the passive "the forces were killed";
- a possessed noun of forces, police or government as the subject of a clause (إن طائراتها قصفت،
  أن قواته قتلت) stands for the forces of the actor its pronoun refers to in its sentence (the
  clause subject, else the last actor before it, agreeing in gender): Israel's aircraft are ISRMIL.
  Elsewhere (ثقة الشعب في جيشه) or with no actor in its sentence, no actor is guessed.
"""

from __future__ import annotations

import pytest

from _pipelines import detect, dyads  # noqa: F401 (detect is a fixture)


@pytest.mark.parametrize("text, source, target", [
    ("قتلت القوات الأميركية 11 مسلحاً في الأنبار أمس.", "USAMIL", "UAF"),
    ("قال مصدر أمني إن القوات الأميركية قتلت 11 مسلحاً في الأنبار.", "USAMIL", "UAF"),
    ("وكان المسلحون قتلوا 5 جنود في كمين أمس.", "UAF", "MIL"),
])
def test_a_number_after_the_forces_is_their_object(nlp, text, source, target):
    assert any(c == "1823" and (s, t) == (source, target) for c, _m, s, t in dyads(nlp, text))


def test_the_forces_counted_after_the_verb_are_still_its_victims(detect):
    # no number after them: the passive the news means (two soldiers were killed, by no one
    # named: the detection pipeline keeps such events)
    assert any(c == "1823" and t == "USAMIL" and s is None
               for c, _m, s, t in dyads(detect, "قتل جنديان أمريكيان في انفجار أمس."))


@pytest.mark.parametrize("text, cameo, source", [
    ("وقالت إسرائيل إن طائراتها قصفت مواقع لحركة حماس في غزة.", "19", "ISRMIL"),
    ("وأعلن الجيش الأمريكي أن قواته قتلت مسلحين في بغداد.", "18", "USAMIL"),
    ("وأعلنت الحكومة السورية أن قواتها هاجمت مواقع المسلحين قرب حلب.", "19", "SYRMIL"),
    ("وقال الرئيس السوري إن قواته قصفت مواقع المسلحين.", "19", "SYRMIL"),
])
def test_possessed_forces_as_subject_are_the_possessor_s_forces(nlp, text, cameo, source):
    assert any(c.startswith(cameo) and s == source for c, _m, s, _t in dyads(nlp, text))


def test_possessed_noun_agrees_with_its_possessor(nlp):
    # قواتها (her/its, feminine) is Israel's, not the army's named later in the sentence ...
    doc = nlp("وقالت إسرائيل إن طائراتها قصفت مواقع حماس.", published="2015-08-01")
    assert [(e.text, e.actor_code) for e in doc.entities if e.how == "coref"] == \
        [("طائراتها", "ISRMIL")]
    # ... and قواته (his) is the president's, not the feminine government's
    doc = nlp("وأكدت الحكومة أن الرئيس السوري قال إن قواته انتصرت.", published="2015-08-01")
    assert [(e.text, e.actor_code) for e in doc.entities if e.how == "coref"] == \
        [("قواته", "SYRMIL")]


@pytest.mark.parametrize("text", [
    "وأكد المتحدث باسم الجيش المصري ثقة الشعب المصري في جيشه.",  # not a subject
    "وصل الجيش الأمريكي إلى المدينة. ثم إن قواته قتلت مسلحين.",  # no possessor in its sentence
])
def test_no_possessed_forces_guessed(nlp, text):
    doc = nlp(text, published="2015-08-01")
    assert not [e for e in doc.entities if e.how == "coref" and e.text.startswith(("جيش", "قوات"))]


def _possessed_words():
    from marsad.lexicon import load_lexicon  # noqa: PLC0415

    lex = load_lexicon()
    return [(e["category"], w) for e in lex.entries("words")
            if e["category"].startswith("possessed_") for w in e["words"]]


def test_every_possessed_noun_is_read(nlp):
    # each word of words.json's possessed_* categories, with a pronoun, as the subject after إن
    words = _possessed_words()
    assert len(words) >= 15
    for category, w in words:
        form = w[:-1] + "ت" if w.endswith("ة") else w
        if category == "possessed_members":  # the members of a body: the body's own code
            text, code = f"وقال الجيش المصري إن {form}ه هاجموا المسلحين.", "EGYMIL"
        else:
            text, code = f"وقالت مصر إن {form}ها هاجمت المسلحين.", "EGY"
        doc = nlp(text, published="2015-08-01")
        got = [e.actor_code for e in doc.entities if e.how == "coref"]
        assert got and got[0].startswith(code), (w, got)


def test_an_indefinite_group_is_no_apposition_of_a_definite_body(detect):
    # محتجون (protesters, indefinite) and الجنود الإسرائيليين (definite) are two actors: the
    # protesters threw the stones, not the soldiers
    got = [(c, s) for c, _m, s, _t in dyads(detect, "ورشق محتجون الجنود الإسرائيليين بالحجارة أمس.")]
    assert got and got[0][1] == "CVL", got
