"""The events dictionary: it loads, every verb conjugates, every pattern is found in a sentence
generated from it, and the conjugator makes the forms Arabic grammar expects."""

from __future__ import annotations

import pytest

from marsad.events.conjugate import noun_forms, verb_forms
from marsad.events.patterns import compile_events, find_triggers, word_keys
from marsad.lexicon import load_lexicon
from marsad.ontology import lookup
from marsad.text.normalize import fold


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


@pytest.fixture(scope="module")
def compiled(lexicon):
    return compile_events(lexicon)


@pytest.fixture(scope="module")
def entries(lexicon):
    return [(i, e) for i, e in enumerate(lexicon.entries("events"))]


def words_of(sentence: str) -> list[str]:
    return [fold(w) for w in sentence.replace("«", " « ").replace("»", " » ").split()]


def forms(past, present=None):
    return {f.text for f in verb_forms(past, present)}


# -- the conjugator, checked against forms written by hand ------------------------------------
@pytest.mark.parametrize("past,present,expected", [
    ("زار", "يزور", {"زار", "زارت", "زاروا", "زرنا", "زرت", "يزور", "تزور", "يزورون", "نزور",
                     "يزر", "زير", "يزار"}),
    ("التقى", "يلتقي", {"التقي", "التقت", "التقوا", "التقينا", "يلتقي", "يلتقون", "تلتقي", "يلتق"}),
    ("دعا", "يدعو", {"دعا", "دعت", "دعوا", "دعونا", "يدعو", "يدعون", "دعي"}),
    ("شنّ", "يشن", {"شن", "شنت", "شنوا", "شننا", "يشن", "تشن", "يشنون"}),
    ("اعتقل", "يعتقل", {"اعتقل", "اعتقلت", "اعتقلوا", "اعتقلنا", "يعتقل", "تعتقل", "نعتقل",
                         "يعتقلون", "يعتقلان"}),
    ("بدأ", "يبدأ", {"بدا", "بدات", "بداوا", "يبدا"}),
])
def test_conjugation(past, present, expected):
    got = forms(past, present)
    assert expected <= got, expected - got


def test_participles_of_derived_and_defective_verbs():
    from marsad.events.conjugate import participles
    assert {"معتقل", "معتقلين"} <= {f.text for f in participles("اعتقل", "يعتقل")}
    assert "داعيا" in {f.text for f in participles("دعا", "يدعو")}
    assert "قاتل" in {f.text for f in participles("قتل", "يقتل")}


def test_noun_forms():
    assert {"زياره", "زيارات", "زيارتين"} <= {f.text for f in noun_forms("زيارة")}
    assert {"هجوم", "هجوما"} <= {f.text for f in noun_forms("هجوم")}


def test_clitics_are_stripped_for_lookup():
    keys = dict(word_keys(fold("وبزيارته")))
    assert "زياره" in keys
    assert "زار" in dict(word_keys(fold("وزاره")))
    assert "يزور" in dict(word_keys(fold("سيزور")))


# -- the dictionary file ----------------------------------------------------------------------
def test_every_entry_has_a_known_cameo_code_and_unique_id(entries):
    ids = [e["id"] for _, e in entries]
    assert len(ids) == len(set(ids))
    for _, e in entries:
        assert lookup(e["cameo"]).quad_class in (1, 2, 3, 4)


def test_all_twenty_cameo_roots_are_covered(entries):
    roots = {e["cameo"][:2] for _, e in entries}
    assert roots == {f"{r:02d}" for r in range(1, 21)}


def test_pattern_count(compiled):
    c = compiled.counts
    # distinct dictionary patterns: verb lemmas, nouns (masdars included), light-verb phrases
    assert c["verbs"] >= 150 and c["nouns"] >= 300
    assert c["verbs"] + c["nouns"] + c["phrases"] >= 800
    # without the light-verb phrases too (events.json + events_more.json)
    assert c["verbs"] + c["nouns"] >= 800


def test_every_verb_conjugates_and_is_found(compiled, entries):
    missing = []
    for i, e in entries:
        for v in e.get("verbs", ()):
            fs = forms(v["past"], v.get("present"))
            assert fold(v["past"]) in fs
            if v.get("present"):
                assert fold(v["present"]) in fs
            sentence = f"وقد {v['past']} الوفد أمس"
            trigs = find_triggers(words_of(sentence), compiled)
            if not any(t.first == 1 for t in trigs):
                missing.append(v["past"])
    assert not missing, missing


def test_every_noun_is_found(compiled, entries):
    missing = []
    for i, e in entries:
        nouns = list(e.get("nouns", ())) + [m for v in e.get("verbs", ()) for m in v.get("masdar", ())]
        for n in nouns:
            trigs = find_triggers(words_of(f"وكانت {n} كبيرة"), compiled)
            if not any(t.first == 1 for t in trigs):
                missing.append(n)
    assert not missing, missing


def test_every_phrase_is_found(compiled, entries):
    missing = []
    for i, e in entries:
        for ph in e.get("phrases", ()):
            for v in ph["verbs"]:
                for obj in ph["objects"]:
                    ws = words_of(f"وقد {v['past']} الجانب {obj} أمس")
                    trigs = find_triggers(ws, compiled)
                    hit = [t for t in trigs if t.first == 1 and t.kind == "phrase"]
                    if not hit or hit[0].last != 2 + len(obj.split()):
                        missing.append(f"{v['past']} … {obj}")
    assert not missing, missing[:20]


def test_longest_match_wins(compiled):
    trigs = find_triggers(words_of("انفجرت عبوة ناسفة قرب الموكب"), compiled)
    cameos = {compiled.patterns[t.pattern].cameo for t in trigs}
    assert "1833" in cameos
    trigs = find_triggers(words_of("خرقت القوات وقف إطلاق النار"), compiled)
    assert [compiled.patterns[t.pattern].cameo for t in trigs] == ["196"]


def test_a_users_events_file_adds_patterns(tmp_path):
    import json

    from marsad.pipeline import Resources

    (tmp_path / "my_events.json").write_text(json.dumps({
        "lexicon": "events", "version": "1", "description": "test",
        "entries": [{"id": "blow-up", "cameo": "1712", "verbs": [{"past": "نسف", "present": "ينسف"}],
                     "target": {"object": True}, "monadic": True}]}, ensure_ascii=False),
        encoding="utf-8")
    compiled = compile_events(Resources([tmp_path]).lexicon)
    trigs = find_triggers(words_of("ونسفت القوات الجسر"), compiled)
    assert [compiled.patterns[t.pattern].cameo for t in trigs] == ["1712"]
    # the built-in patterns are still there
    assert compiled.counts["entries"] > 100


def test_a_bad_cameo_code_is_reported_with_its_file(tmp_path):
    import json

    from marsad.errors import LexiconError
    from marsad.pipeline import Resources

    (tmp_path / "bad.json").write_text(json.dumps({
        "lexicon": "events", "version": "1", "description": "test",
        "entries": [{"id": "x", "cameo": "999", "nouns": ["شيء"]}]}), encoding="utf-8")
    with pytest.raises(LexiconError, match="bad.json.*999"):
        compile_events(Resources([tmp_path]).lexicon)
