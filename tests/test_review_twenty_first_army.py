"""Review of the twenty-first session: an army named after a person (جيش + a person's name).

A bare «الجيش» after an army named with its country (الجيش السوري) takes that country; the
session's rule left it with none when the article named, before it, an army by جيش + a person
(جيش نابليون … الجيش النمساوي … الجيش: either army). The mend: that person's army is another
army only when the person is of no country or of another country than the army's (جيش بشار
الأسد in a story of the Syrian army is the Syrian army); the armies named by a person are found
once per document; the forms of جيش are data (grammar.json `army_nouns`).

Our own sentences; each expected value was worked out by hand.
"""

from __future__ import annotations

import json

from marsad.actors import body_mentions
from marsad.lexicon import builtin_data_dir

PUBLISHED = "2015-08-01"


def _armies(nlp, text):
    """(text, code) of each entity whose text is a bare «الجيش»."""
    doc = nlp(text, published=PUBLISHED)
    out = []
    for e in doc.entities:
        assert doc.text[e.start:e.end] == e.text  # every entity is a half-open span of the text
        if e.text == "الجيش":
            out.append((e.text, e.actor_code))
    return out


def test_the_army_of_the_countrys_president_is_that_countrys_army(nlp):
    # before: «جيش بشار الأسد» (SYR) counted as another army, and the bare army lost Syria
    text = ("حلب - شن الجيش السوري غارات على ريف المدينة أمس. ويقول معارضون إن جيش بشار الأسد "
            "خسر مواقع كثيرة. وأعلن الجيش أنه استعاد قرية.")
    assert _armies(nlp, text) == [("الجيش", "SYRMIL")]


def test_a_persons_army_of_the_same_country_keeps_the_country(nlp):
    # before: Napoleon's army (FRA) hid the French army named before
    text = "انتصر جيش نابليون في المعركة وتقدم الجيش الفرنسي نحو روسيا. ثم دخل الجيش موسكو."
    assert _armies(nlp, text) == [("الجيش", "FRAMIL")]


def test_a_persons_army_of_another_country_still_leaves_no_country(nlp):
    # control: Napoleon's army and the Austrian army: the bare army may be either
    text = "هزم جيش نابليون الجيش النمساوي قرب المدينة. وبعد المعركة دخل الجيش فيينا."
    assert _armies(nlp, text) == [("الجيش", "MIL")]


def test_the_armies_of_people_are_found_once_per_document(nlp, monkeypatch):
    # three bare armies after the Austrian army: the text is searched for جيش + a person once
    calls = []
    pattern = body_mentions._army_noun_then_word

    def counted():
        calls.append(1)
        return pattern()

    monkeypatch.setattr(body_mentions, "_army_noun_then_word", counted)
    text = ("هزم جيش نابليون الجيش النمساوي قرب المدينة. ثم دخل الجيش فيينا. وبعد أيام غادر "
            "الجيش المدينة. وقال الجيش إن المعركة انتهت.")
    assert _armies(nlp, text) == [("الجيش", "MIL")] * 3
    assert len(calls) == 1


def test_the_forms_of_the_army_noun_are_data(nlp, tmp_path):
    import marsad

    text = "هزم جيش نابليون الجيش النمساوي قرب المدينة. وبعد المعركة دخل الجيش فيينا."
    raw = json.loads((builtin_data_dir() / "grammar.json").read_text(encoding="utf-8"))
    for e in raw["entries"]:
        if e["category"] == "army_nouns":
            e["words"] = ["ـــ"]  # a word no text holds: no army is named by a person
    (tmp_path / "grammar.json").write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    other = marsad.load(lexicon_dirs=[tmp_path])
    # without the category's words, the bare army takes the Austrian army's country again
    assert _armies(other, text) == [("الجيش", "AUTMIL")]
