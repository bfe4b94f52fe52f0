"""Tests of the quotes stage: hand-written sentences (tests/data/quotes_cases.json), the cue
dictionary, quote-mark spans, layout kinds that never yield quotes, and the example article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import marsad
from marsad.document import Entity
from marsad.errors import LexiconError, PipelineError
from marsad.lexicon import load_lexicon
from marsad.lexicon.loader import read_file
from marsad.quotes import compile_cues, find_marks
from marsad.stages.quotes import QuoteStage

HERE = Path(__file__).parent
CASES = json.loads((HERE / "data" / "quotes_cases.json").read_text(encoding="utf-8"))["cases"]
EXAMPLE = HERE.parent.parent / "shared" / "examples" / "000_b12d04d345356f66"


@pytest.fixture(scope="module")
def base():
    """Layout, sentences and tokens only: the actors are set by hand in each case."""
    return marsad.load(stages=["layout", "sentences", "tokens"])


@pytest.fixture(scope="module")
def stage(base):
    return QuoteStage(base.resources, use_actor_subjects=False)


def with_entities(doc, entities):
    """Every occurrence of each surface string becomes an entity (longest surfaces first)."""
    taken: list[tuple[int, int]] = []
    found = []
    for surface, canonical, typ, code in sorted(entities, key=lambda e: -len(e[0])):
        start = doc.text.find(surface)
        while start >= 0:
            end = start + len(surface)
            if not any(a < end and start < b for a, b in taken):
                taken.append((start, end))
                found.append(Entity(start, end, surface, typ, canonical, code,
                                    actor_id=canonical, sentence=doc.sentence_at(start)))
            start = doc.text.find(surface, end)
    doc.entities = sorted(found, key=lambda e: e.start)
    return doc


def run(base, stage, text, entities=()):
    doc = with_entities(base(text), entities)
    stage(doc)
    return doc


def names(ref):
    return "" if ref is None else f"{ref.canonical} | {ref.text}"


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(base, stage, case):
    doc = run(base, stage, case["text"], case["entities"])
    got = {q.text: q for q in doc.quotes}
    for exp in case["quotes"]:
        assert exp["text"] in got, f"missing quote «{exp['text']}»; found {list(got)}"
        q = got[exp["text"]]
        assert q.kind == exp["kind"], f"«{q.text}» is {q.kind}, expected {exp['kind']}"
        if exp["speaker"] is None:
            assert q.speaker is None
        else:
            assert exp["speaker"] in names(q.speaker), (
                f"«{q.text}»: speaker {names(q.speaker)!r}, expected {exp['speaker']!r}")
        if "speaker_code" in exp:
            assert q.speaker.actor_code == exp["speaker_code"]
        for key in ("addressee", "reported_by"):
            if key in exp:
                assert exp[key] in names(getattr(q, key)), (
                    f"«{q.text}»: {key} {names(getattr(q, key))!r}, expected {exp[key]!r}")
        if "cue" in exp:
            assert q.cue == exp["cue"]
        if "attribution" in exp:
            assert q.attribution == exp["attribution"]
    if case.get("exact", True):
        assert sorted(got) == sorted(e["text"] for e in case["quotes"])


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_spans_slice_the_original(base, stage, case):
    doc = run(base, stage, case["text"], case["entities"])
    for q in doc.quotes:
        assert doc.text[q.start:q.end] == q.text
        if q.cue is not None:
            assert doc.text[q.cue_start:q.cue_end] == q.cue
        assert doc.sentences[q.sentence].start <= q.start < doc.sentences[q.sentence].end
        if q.speaker is not None:
            assert q.attribution in ("explicit", "carried", "coref", "source")


def test_pull_quote_and_credit_yield_nothing(base, stage):
    text = ("وقال ماكرون: «لن نترك لبنان وحده في هذه الأزمة».\n"
            "ماكرون: «لن نترك لبنان وحده»\n"
            "وأضاف أن المساعدات ستصل خلال أيام.")
    doc = base(text)
    display = doc.blocks[1]
    display.kind = "pull_quote"  # the layout stage's decision, fixed here for the test
    for s in doc.sentences:
        if display.start <= s.start < display.end:
            s.kind = "pull_quote"
    with_entities(doc, [["ماكرون", "Emmanuel Macron", "PERSON", "FRAGOV"]])
    stage(doc)
    assert [q.text for q in doc.quotes] == ["لن نترك لبنان وحده في هذه الأزمة",
                                            "المساعدات ستصل خلال أيام"]
    assert all(not (display.start <= q.start < display.end) for q in doc.quotes)


def test_stage_declares_its_layers(base):
    st = QuoteStage(base.resources)
    assert st.requires == ("tokens", "entities") and st.assigns == ("quotes",)
    assert "quotes" in marsad.load().names


def test_kinds_config(base):
    text = "وقال الصفدي إن الوضع مستقر. وأضاف: «لن نتراجع»."
    ents = [["الصفدي", "Ayman Safadi", "PERSON", "JORGOV"]]
    marked = QuoteStage(base.resources, use_actor_subjects=False, kinds=["direct", "partial"])
    doc = with_entities(base(text), ents)
    marked(doc)
    assert [(q.kind, q.text) for q in doc.quotes] == [("direct", "لن نتراجع")]
    with pytest.raises(PipelineError, match="kinds"):
        QuoteStage(base.resources, kinds=["quoted"])


def test_cue_forms_are_generated():
    table = compile_cues(load_lexicon())
    for word, lemma, form in [("قالت", "قال", "finite"), ("يقولون", "قال", "finite"),
                              ("تقول", "قال", "finite"), ("قالوا", "قال", "finite"),
                              ("مضيفا", "أضاف", "participle"), ("قوله", "قال", "noun"),
                              ("دعت", "دعا", "finite"), ("نفوا", "نفى", "finite")]:
        cue = table.lookup(word)
        assert cue is not None and (cue.lemma, cue.form) == (lemma, form), word
    assert table.lookup("وقال").lemma == "قال"  # the conjunction is stripped
    assert table.lookup("وزير") is None
    assert "ان" in table.complementizers and "جهته" in {p[1] for p in table.switch}


def test_cues_file_is_checked(tmp_path):
    bad = {"lexicon": "cues", "version": "1", "description": "x",
           "entries": [{"role": "verb", "past": ["قال"]}]}  # no lemma
    path = tmp_path / "cues.json"
    path.write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(LexiconError, match="schema error"):
        read_file(path, "cues.json")


def test_user_cue_file_extends_the_vocabulary(tmp_path):
    extra = {"lexicon": "cues", "version": "1", "description": "one more verb",
             "entries": [{"role": "verb", "lemma": "همس", "past": ["همس"]}]}
    (tmp_path / "more_cues.json").write_text(json.dumps(extra, ensure_ascii=False), "utf-8")
    nlp = marsad.load(stages=["layout", "sentences", "tokens"], lexicon_dirs=[tmp_path])
    doc = with_entities(nlp("وهمس الحداد: «الوقت ينفد»."),
                        [["الحداد", "Sami Haddad", "PERSON", "LBNGOV"]])
    QuoteStage(nlp.resources, use_actor_subjects=False)(doc)
    assert [(q.text, q.cue, q.speaker.canonical) for q in doc.quotes] == [
        ("الوقت ينفد", "همس", "Sami Haddad")]


@pytest.mark.parametrize("text, spans", [
    ("قال «أ «ب» ج» ثم", ["أ «ب» ج"]),  # nested: the outer span only
    ('قال "نعم" و"لا"', ["نعم", "لا"]),
    ("قال «بلا نهاية", []),  # unbalanced
    ('الفريق" في الموسم', []),  # a stray straight mark
    ("“أ” و«ب»", ["أ", "ب"]),
])
def test_find_marks(text, spans):
    assert [text[m.open + 1:m.close] for m in find_marks(text, 0, len(text))] == spans


@pytest.mark.slow
@pytest.mark.skipif(not EXAMPLE.with_suffix(".txt").exists(), reason="../shared not present")
def test_example_article_direct_quotes():
    """The example article through the whole pipeline: every required gold quote found with its
    speaker, and the marked-span predictions all match a gold quote (README matching rules)."""
    gold = json.loads(EXAMPLE.with_suffix(".gold.json").read_text(encoding="utf-8"))
    text = EXAMPLE.with_suffix(".txt").read_text(encoding="utf-8")
    doc = marsad.load()(text, published=gold["published"])
    if not doc.entities:
        pytest.skip("the actors stage finds no entities yet")
    from marsad.eval.gold import names_contain_key, quote_matches

    actors = {a["key"]: a for a in gold["actors"]}
    marked = [q for q in doc.quotes if q.kind != "indirect"]
    used: set[int] = set()
    found = right = 0
    for g in gold["quotes"]:
        hit = next((i for i, q in enumerate(marked)
                    if i not in used and quote_matches(g["text"], q.text)), None)
        if hit is None:
            continue
        used.add(hit)
        if g["required"]:
            found += 1
            keys = [k for a in [g["speaker"]] + g.get("speaker_alt", []) if a in actors
                    for k in actors[a]["match"]]
            sp = marked[hit].speaker
            right += bool(sp and names_contain_key([sp.canonical, sp.text], keys))
    required = sum(1 for g in gold["quotes"] if g["required"])
    precision, recall = len(used) / len(marked), found / required
    assert 2 * precision * recall / (precision + recall) >= 0.95
    assert right / found >= 0.95
    not_quotes = {n["text"] for n in gold["not_quotes"]}
    assert not any(q.text in not_quotes for q in doc.quotes)


def test_a_preposition_with_a_pronoun_after_the_verb_is_no_speaker(base, stage):
    # تعترف فيه بأنها …: فيه ("in which") starts with ف like a conjunction, but it is في + ه
    doc = run(base, stage, "استند التقرير إلى تسجيل تعترف فيه بأنها تناولت المنشطات.")
    quotes = [q for q in doc.quotes if "تناولت المنشطات" in q.text]
    assert quotes and all(q.speaker is None or q.speaker.text != "فيه" for q in quotes)


def test_a_participle_cue_after_a_postposed_subject(base, stage):
    # أوضح ذلك لـ«الصحيفة» X، مشيراً إلى أن …: past the demonstrative object and the outlet
    doc = run(base, stage, "أوضح ذلك لـ«الصحيفة» عضو اللجنة التجارية سامر الحلبي، مشيرا إلى أن "
                           "الأسعار سترتفع.", [("سامر الحلبي", "Samer al-Halabi", "PERSON", None)])
    q = next(q for q in doc.quotes if "الأسعار سترتفع" in q.text)
    assert q.speaker is not None and q.speaker.canonical == "Samer al-Halabi"


def test_a_fronted_topic_is_no_speaker_of_a_finite_cue(base, stage):
    # وبخصوص وضع السوق، لفت إلى أن …: the topic phrase before the comma does not speak
    doc = run(base, stage, "وبخصوص وضع السوق، لفت إلى أن «الأسعار استقرت».")
    q = next(q for q in doc.quotes if "الأسعار استقرت" in q.text)
    assert q.speaker is None or "السوق" not in q.speaker.text


def test_a_subject_after_but_speaks(base, stage):
    # لكن طهران أكدت أنها …: the subject stands before its verb after لكن
    doc = run(base, stage, "دعت واشنطن إلى الإفراج عن الصحافي، لكن طهران أكدت أنها لا تعترف "
                           "بالجنسية المزدوجة.",
              [("واشنطن", "Washington", "GPE", "USA"), ("طهران", "Tehran", "GPE", "IRN")])
    q = next(q for q in doc.quotes if "لا تعترف" in q.text)
    assert q.speaker is not None and q.speaker.canonical == "Tehran"


def test_a_participle_goes_on_with_the_subject_of_an_opening_verb_of_speech(base, stage):
    doc = run(base, stage, "وأعلن الجناح العسكري لحركة حماس أمس مسؤوليته عن العملية، مضيفا أن "
                           "«مجموعة صغيرة» نفذتها.", [("حركة حماس", "Hamas", "ORG", "PSEREB")])
    q = next(q for q in doc.quotes if "نفذتها" in q.text)
    assert q.speaker is not None and q.speaker.canonical == "Hamas"
    # the marks open a name inside the speech: the span keeps them balanced
    assert q.text.startswith("«مجموعة صغيرة»")
    # a participle after an opening verb that is no verb of speech: its subject does not speak
    doc = run(base, stage, "وقتل ثلاثة جنود في الهجوم، مضيفا أن الوضع خطير.")
    q = next(q for q in doc.quotes if "الوضع خطير" in q.text)
    assert q.speaker is None or "جنود" not in q.speaker.text


def test_a_participle_goes_on_with_a_named_person_subject_of_another_verb(base, stage):
    # يتفق X مع Y، مضيفاً أن: X, introduced by his title, goes on speaking
    doc = with_entities(base("ويتفق المستشار الاقتصادي الدكتور سامر الحلبي مع زملائه، مضيفا أن "
                             "الأسعار سترتفع."),
                        [("المستشار", "adviser", "PERSON", None),
                         ("الدكتور سامر الحلبي", "Samer al-Halabi", "PERSON", None)])
    doc.entities[0].how = "title"  # a bare title, as the actors stage marks it
    stage(doc)
    q = next(q for q in doc.quotes if "الأسعار سترتفع" in q.text)
    assert q.speaker is not None and q.speaker.canonical == "Samer al-Halabi"


def test_the_topic_after_amma_speaks(base, stage):
    # أما X، فأعلنت أن …: X, set apart by أما, is the subject the ف answers
    doc = run(base, stage, "وقال الجيش إنه أوقف شخصا. أما «الوكالة الوطنية»، فأعلنت أن «الجيش "
                           "أوقف أربعة أشخاص».", [("الجيش", "army", "ORG", "MIL"),
                                                  ("الوكالة الوطنية", "NNA", "ORG", "LBNMED")])
    q = next(q for q in doc.quotes if "أربعة أشخاص" in q.text)
    assert q.speaker is not None and q.speaker.canonical == "NNA"


def test_a_joined_call_goes_on_with_the_speaker_and_addresses_the_phrase_after_it(base, stage):
    # أكد X أن …، ودعا المجتمع الدولي إلى «…»: X calls; the international community is called on
    doc = run(base, stage, "أكد الوزير سامر أن الوضع صعب، ودعا المجتمع الدولي إلى «تحرك فوري».",
              [("الوزير سامر", "Samer", "PERSON", "JORGOV"),
               ("المجتمع الدولي", "international community", "ORG", "IGO")])
    q = next(q for q in doc.quotes if q.text == "تحرك فوري")
    assert q.speaker is not None and q.speaker.canonical == "Samer"
    # the subject named after the verb still speaks (ودعا الرئيس المجتمع الدولي إلى …)
    doc = run(base, stage, "أكد الوزير سامر أن الوضع صعب، ودعا الرئيس المجتمع الدولي إلى «تحرك "
                           "فوري».", [("الوزير سامر", "Samer", "PERSON", "JORGOV"),
                                      ("الرئيس", "president", "PERSON", "GOV")])
    q = next(q for q in doc.quotes if q.text == "تحرك فوري")
    assert q.speaker is not None and q.speaker.canonical == "president"
