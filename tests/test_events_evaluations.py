"""Evaluations: what a speaker says about an actor inside a direct quote becomes an event from the
speaker to that actor (praise 051, criticism 111, accusation 112). Short sentences written for
these tests; actors and quotes are set by hand so that the events stage is tested alone."""

from __future__ import annotations

import re

import pytest

from _events_harness import base, stage, tag_actors  # noqa: F401 (fixtures)

from marsad.document import Document, Quote
from marsad.events.patterns import compile_events, find_triggers
from marsad.lexicon import load_lexicon
from marsad.text.normalize import fold

# name -> (actor code, type, canonical, country, how)
ACTORS = {
    "بوتين": ("RUSGOV", "PERSON", "Vladimir Putin", "RUS", "lexicon"),
    "روحاني": ("IRNGOV", "PERSON", "Hassan Rouhani", "IRN", "lexicon"),
    "خامنئي": ("IRNGOV", "PERSON", "Ali Khamenei", "IRN", "lexicon"),
    "ترامب": ("USAGOV", "PERSON", "Donald Trump", "USA", "lexicon"),
    "الحكومة اللبنانية": ("LBNGOV", "ORG", "Lebanon government", "LBN", "nisba"),
    "روسيا": ("RUS", "GPE", "Russia", "RUS", "lexicon"),
    "إيران": ("IRN", "GPE", "Iran", "IRN", "lexicon"),
    "واشنطن": ("USA", "GPE", "Washington", "USA", "metonymy"),
    "إسرائيل": ("ISR", "GPE", "Israel", "ISR", "lexicon"),
    "الإسرائيلي": ("ISR", "GPE", "Israel", "ISR", "nisba"),
    "لبنان": ("LBN", "GPE", "Lebanon", "LBN", "lexicon"),
    "سوريا": ("SYR", "GPE", "Syria", "SYR", "lexicon"),
    "المصدر": (None, "PERSON", "a source", None, "title"),
}
QUOTE_RE = re.compile(r"«([^«»]*)»")


def code(base, stage, text, speaker="", kinds=None):
    """Tag the known actor names, make every «…» a direct quote of `speaker` (a name of ACTORS,
    or "" for an unknown speaker), and run the events stage."""
    doc = tag_actors(base(Document(text, published="2017-11-02")), ACTORS)
    who = next((e for e in doc.entities if e.text == speaker), None) if speaker else None
    for m in QUOTE_RE.finditer(text):
        doc.quotes.append(Quote(m.start(1), m.end(1), m.group(1), "direct", "قال",
                                who.ref() if who else None, sentence=doc.sentence_at(m.start(1))))
    for i, kind in (kinds or {}).items():
        doc.sentences[i].kind = kind
    stage(doc)
    return doc


def coded(doc):
    return sorted((e.source.actor_code, e.target.actor_code, e.cameo, e.modality)
                  for e in doc.events)


def test_friend_said_of_the_actor_before_it_is_praise(base, stage):
    doc = code(base, stage, "وقال روحاني: «روسيا بلد صديق».", "روحاني")
    assert coded(doc) == [("IRNGOV", "RUS", "051", "asserted")]
    ev = doc.events[0]
    assert ev.trigger == "صديق" and ev.source.canonical == "Hassan Rouhani"
    assert (ev.plover, ev.quad_class) == ("SUPPORT", 1)  # CAMEO 051 in the ontology tables
    assert (ev.date, ev.date_source) == ("2017-11-02", "published")


def test_support_of_an_actor_in_construct_is_endorsement(base, stage):
    doc = code(base, stage, "وقال بوتين: «دعم الحكومة اللبنانية واجب علينا».", "بوتين")
    assert coded(doc) == [("RUSGOV", "LBNGOV", "051", "asserted")]
    assert doc.events[0].trigger == "دعم"


def test_own_support_with_a_pronoun_and_lam(base, stage):
    doc = code(base, stage, "وقال بوتين: «نؤكد دعمنا لسوريا».", "بوتين")
    assert coded(doc) == [("RUSGOV", "SYR", "051", "asserted")]


def test_sponsor_of_terrorism_said_of_the_actor_before_it_is_an_accusation(base, stage):
    doc = code(base, stage, "وقال خامنئي: «إن واشنطن الداعمة للإرهاب تخطط للفوضى».", "خامنئي")
    assert coded(doc) == [("IRNGOV", "USA", "112", "asserted")]
    assert doc.events[0].trigger == "الداعمة للإرهاب"


def test_aggression_of_an_actor_is_criticism_not_of_its_victim(base, stage):
    doc = code(base, stage, "وقال روحاني: «عدوان إسرائيل على لبنان لن يمر».", "روحاني")
    assert coded(doc) == [("IRNGOV", "ISR", "111", "asserted")]
    doc = code(base, stage, "وقال روحاني: «الاحتلال الإسرائيلي إلى زوال».", "روحاني")
    assert coded(doc) == [("IRNGOV", "ISR", "111", "asserted")]


def test_negated_evaluations(base, stage):
    doc = code(base, stage, "وقال بوتين: «إن واشنطن ليست دولة صديقة».", "بوتين")
    assert coded(doc) == [("RUSGOV", "USA", "051", "negated")]
    doc = code(base, stage, "وقال روحاني: «لا ندعم ترامب».", "روحاني")
    assert coded(doc) == [("IRNGOV", "USAGOV", "051", "negated")]
    doc = code(base, stage, "وقال بوتين: «الحكومة اللبنانية غير الشرعية لا تمثل أحداً».", "بوتين")
    assert coded(doc) == [("RUSGOV", "LBNGOV", "051", "negated")]


def test_the_speaker_never_evaluates_itself(base, stage):
    # Rouhani about his own country; Khamenei about an actor with his own code
    assert code(base, stage, "وقال روحاني: «إيران بلد صديق للجميع».", "روحاني").events == []
    assert code(base, stage, "وقال خامنئي: «دعم روحاني واجب».", "خامنئي").events == []


def test_unknown_speaker_gives_nothing(base, stage):
    assert code(base, stage, "وجاء في البيان: «روسيا بلد صديق».", "").events == []
    # a speaker without an actor code
    assert code(base, stage, "وقال المصدر: «روسيا بلد صديق».", "المصدر").events == []


def test_no_evaluation_outside_quotes(base, stage):
    for text in ("روسيا بلد صديق لإيران.", "إن واشنطن الداعمة للإرهاب تخطط للفوضى.",
                 "وأكد روحاني دعم الحكومة اللبنانية."):
        doc = code(base, stage, text, "روحاني")
        assert not [e for e in doc.events if e.cameo in ("051", "112")], text
    # the ordinary trigger index does not even hold them
    compiled = compile_events(load_lexicon())
    words = [fold(w) for w in "روسيا بلد صديق".split()]
    assert find_triggers(words, compiled) == []
    assert [compiled.patterns[t.pattern].id for t in find_triggers(words, compiled, speech=True)] \
        == ["eval-friend"]


def test_a_friend_of_a_third_actor_is_no_evaluation(base, stage):
    assert code(base, stage, "وقال بوتين: «إيران حليفة لسوريا».", "بوتين").events == []


def test_pull_quote_gives_nothing(base, stage):
    text = "وقال روحاني: «روسيا بلد صديق».\nقال روحاني: «روسيا بلد صديق»"
    doc = code(base, stage, text, "روحاني", kinds={1: "pull_quote"})
    assert [e.sentence for e in doc.events] == [0]


def test_one_event_per_speaker_target_and_root_in_a_quote(base, stage):
    doc = code(base, stage, "وقال روحاني: «روسيا بلد صديق، وروسيا حليف».", "روحاني")
    assert coded(doc) == [("IRNGOV", "RUS", "051", "asserted")]


def test_every_span_slices_the_text(base, stage):
    text = ("وقال خامنئي: «إن واشنطن الداعمة للإرهاب تخطط للفوضى، وروسيا بلد صديق، "
            "وعدوان إسرائيل على لبنان لن يمر».")
    doc = code(base, stage, text, "خامنئي")
    assert coded(doc) == [("IRNGOV", "ISR", "111", "asserted"), ("IRNGOV", "RUS", "051", "asserted"),
                          ("IRNGOV", "USA", "112", "asserted")]
    for ev in doc.events:
        assert text[ev.evidence["start"]:ev.evidence["end"]] == ev.trigger
        assert text[ev.source.start:ev.source.end] == ev.source.text == "خامنئي"
        assert text[ev.target.start:ev.target.end] == ev.target.text
        for m in ev.mentions:
            assert text[m.start:m.end] == ev.trigger


def test_the_actor_must_stand_as_the_genitive_of_the_noun(base, stage):
    # a verb between: the actor is the object of تهدد, not the one accused of terrorism
    assert code(base, stage, "وقال روحاني: «إن الفقر بؤرة للإرهاب تهدد لبنان».", "روحاني").events == []
    # a supporter followed by the supported: two third actors, no endorsement of either
    assert code(base, stage, "وقال بوتين: «دعم إيران للمتمردين خطير».", "بوتين").events == []
    # the relational adjective after دعم names the supporter
    assert code(base, stage, "وقال روحاني: «الدعم الإسرائيلي خطير».", "روحاني").events == []
    # an accusation of the aggressor, not of the victim after على
    doc = code(base, stage, "وقال روحاني: «العدوان على لبنان مستمر».", "روحاني")
    assert doc.events == []


def test_accusation_has_the_accuse_type():
    from marsad.ontology import lookup

    compiled = compile_events(load_lexicon())
    ids = {p.id: p for p in compiled.patterns if p.speech_only}
    assert ids["eval-backs-terror"].plover == "ACCUSE" and ids["eval-backs-terror"].quad_class == 3
    assert {p.evaluates for p in ids.values()} == {"before", "after", "nisba"}
    assert all(lookup(p.cameo).quad_class in (1, 3) for p in ids.values())
