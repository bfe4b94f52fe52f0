"""Scoring against gold files: each matching rule on small hand-made gold/prediction files.

tests/data/eval_gold.json and eval_pred.json describe tests/data/eval_article.txt (our own
sentences). The expected counts below are worked out by hand from those two files.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.document import ActorRef, Document, Event, Mention
from marsad.eval.gold import (code_matches, load_gold, load_prediction, match_events,
                              quote_matches, score)

DATA = Path(__file__).parent / "data"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
GOLD = DATA / "eval_gold.json"
PRED = DATA / "eval_pred.json"


@pytest.fixture(scope="module")
def scores():
    gold = load_gold(GOLD)
    return score(gold, load_prediction(PRED, gold["doc_id"]))


# -- actor codes by prefix -------------------------------------------------------------------

@pytest.mark.parametrize("pred,gold,ok", [
    ("RUSGOV", "RUS", True), ("RUS", "RUS", True), ("RUSMIL", "RUS", True),
    ("RUS", "RUSGOV", False), ("IRNGOV", "RUS", False), ("RUSGOVMIN", "RUSGOV", True),
    (None, "RUS", False), ("RUSGOV", None, True),
])
def test_code_prefix(pred, gold, ok):
    assert code_matches(pred, gold) is ok


def _ev(src, tgt, cameo, mentions=0):
    ref = lambda c: ActorRef(c, c, c, 0, 1) if c else None  # noqa: E731
    return Event(ref(src), ref(tgt), cameo, None, 1, 0.0, None, "asserted", 0, {"start": 0, "end": 1},
                 mentions=[Mention(0, 0, 1) for _ in range(mentions)])


def test_symmetric_event_absorbs_one_prediction_per_direction():
    gold = [{"source": "RUSGOV", "target": "IRNGOV", "symmetric": True, "cameo": ["04"]}]
    preds = [_ev("RUSGOV", "IRNGOV", "040"), _ev("IRNGOV", "RUSGOV", "042"),
             _ev("RUSGOV", "IRNGOV", "043")]
    assignment = match_events(gold, preds)
    assert sorted(assignment) == [(0, "fwd"), (0, "rev")]
    assert sorted(assignment.values()) == [0, 1]  # the third, a duplicate, is left over


def test_non_symmetric_event_needs_its_direction():
    gold = [{"source": "RUSGOV", "target": "IRNGOV", "cameo": ["04"]}]
    assert match_events(gold, [_ev("IRNGOV", "RUSGOV", "040")]) == {}
    assert match_events(gold, [_ev("RUSGOV", "IRNGOV", "050")]) == {}  # wrong root


def test_merged_event_matches_as_many_gold_events_as_mentions():
    gold = [{"source": "USA", "target": "RUS", "cameo": ["16"]},
            {"source": "USA", "target": "RUS", "cameo": ["16"]}]
    assert len(match_events(gold, [_ev("USAGOV", "RUSGOV", "163")])) == 1
    assert len(match_events(gold, [_ev("USAGOV", "RUSGOV", "163", mentions=2)])) == 2


def test_required_slots_are_filled_before_optional_ones():
    gold = [{"source": "RUS", "target": "IRN", "cameo": ["04"], "required": False},
            {"source": "RUS", "target": "IRN", "cameo": ["04"], "required": True}]
    assignment = match_events(gold, [_ev("RUSGOV", "IRNGOV", "040")])
    assert list(assignment) == [(1, "fwd")]


def test_a_merged_prediction_leaves_a_gold_event_to_a_prediction_that_has_none():
    # today's visit told twice (one prediction, two mentions) and an older visit: the older one
    # fills the optional slot, the merged one the required slot, so both predictions are right
    gold = [{"source": "RUSGOV", "target": "IRN", "cameo": ["04"], "required": True},
            {"source": "RUSGOV", "target": "IRN", "cameo": ["04"], "required": False}]
    preds = [_ev("RUSGOV", "IRN", "042", mentions=2), _ev("RUSGOV", "IRN", "042")]
    assignment = match_events(gold, preds)
    assert sorted(assignment) == [(0, "fwd"), (1, "fwd")]
    assert sorted(assignment.values()) == [0, 1]


def test_event_scores(scores):
    ev = scores["events"]
    # required: E1 (one prediction per direction), E2 (EGYGOV -> USA 051), E4 (the merged
    # prediction with two mentions, which also fills the optional E5); E6 missed -> 3 of 4.
    assert (ev.found, ev.gold) == (3, 4)
    # 7 predictions: the third meeting is a duplicate, "USA -> EGYGOV 070" fails the prefix
    # rule against gold USAGOV; the optional E3 makes its prediction right.
    assert (ev.correct, ev.predicted) == (5, 7)
    assert ev.extra["all_event_recall"] == pytest.approx(5 / 6)
    assert ev.extra["exact_code_matches"] == 4
    assert any(m.startswith("E6") for m in ev.misses)


# -- quotes ----------------------------------------------------------------------------------

def test_quote_overlap_threshold():
    gold = "ابتثجحخدذر"  # 10 letters
    assert quote_matches(gold, gold[:8])  # 80 % covered
    assert not quote_matches(gold, gold[:7])  # 70 %
    assert quote_matches("قويةٌ جداً", "قوية جدا")  # diacritics and tatweel ignored
    assert quote_matches("قوية جـدا", "قوية جدا")


def test_quote_may_not_be_much_longer():
    gold = "العلاقات بين البلدين قوية"  # 25 characters: the limit is 1.5 x 25 + 10 = 47.5
    assert quote_matches(gold, gold + " " + "و" * 21)  # 47 characters
    assert not quote_matches(gold, gold + " " + "و" * 22)  # 48 characters


def test_quote_scores_and_attribution(scores):
    q, attr = scores["quotes"], scores["attribution"]
    assert (q.found, q.gold, q.correct, q.predicted) == (1, 2, 1, 2)
    assert (attr.found, attr.gold) == (1, 1)


# -- other layers ----------------------------------------------------------------------------

def test_dates_need_text_containment_and_value_prefix(scores):
    d = scores["dates"]
    # "في 2019" = 2019-03 matches gold 2019 (prefix); "2019" alone does not contain "في 2019".
    assert (d.found, d.gold, d.correct, d.predicted) == (2, 2, 2, 3)
    assert d.false_positives == ["2019 = 2019"]


def test_amounts_need_value_and_unit(scores):
    a = scores["amounts"]
    assert (a.found, a.correct, a.predicted) == (1, 1, 2)


def test_actors_need_key_and_code(scores):
    a = scores["actors"]
    assert (a.found, a.gold, a.correct, a.predicted) == (2, 3, 2, 3)


def test_places(scores):
    p = scores["places"]
    assert (p.found, p.gold, p.correct, p.predicted) == (1, 2, 1, 1)


def test_layout_and_pull_quote(scores):
    checks = scores["layout"].extra["checks"]
    assert checks == {"pull_quote flagged": True, "credit flagged": True,
                      "nothing drawn from the pull quote": False}


def test_prediction_file_errors_name_the_file(tmp_path):
    from marsad.errors import InputError

    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="bad.json"):
        load_prediction(bad)
    with pytest.raises(InputError, match="missing.json"):
        load_gold(tmp_path / "missing.json")


def test_cli_eval_json(capsys):
    from marsad.cli import main

    assert main(["eval", str(GOLD), "--pred", str(PRED), "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["layers"]["events"]["recall"] == pytest.approx(0.75)
    assert out["layers"]["dates"]["precision"] == pytest.approx(2 / 3)


def test_cli_eval_text_ends_with_summary(capsys):
    from marsad.cli import main

    assert main(["eval", str(GOLD), "--pred", str(PRED)]) == 0
    tail = capsys.readouterr().out.strip().splitlines()[-12:]
    assert any(line.startswith("layer") for line in tail)  # the hook shows the last 12 lines
    assert any(line.startswith("events") and "0.75" in line for line in tail)


def test_eval_without_pred_codes_the_gold_article():
    from marsad.eval.gold import code_gold_article

    doc = code_gold_article(load_gold(GOLD))
    assert isinstance(doc, Document)
    assert doc.text.startswith("استقبل")
    assert str(doc.published) == "2020-05-05"
    assert any(d.value == "2020-05-04" for d in doc.dates)  # أمس, resolved by the dates stage


@pytest.mark.slow
def test_example_gold_dates_and_amounts():
    EXAMPLE_GOLD = SHARED / "examples" / "000_b12d04d345356f66.gold.json"
    if not EXAMPLE_GOLD.exists():
        pytest.skip("../shared/examples is not beside the project")
    from marsad.eval.gold import code_gold_article

    gold = load_gold(EXAMPLE_GOLD)
    scores = score(gold, code_gold_article(gold))
    assert scores["dates"].recall == 1.0 and scores["dates"].precision == 1.0
    assert scores["amounts"].recall == 1.0


@pytest.mark.slow
def test_eval_gsr_on_a_few_rows():
    directory = SHARED / "data" / "arabic_event_gsr"
    if not directory.exists():
        pytest.skip("../shared/data is not beside the project")
    from marsad.eval.gsr import evaluate_gsr

    result = evaluate_gsr(directory, limit=6, n_process=2)
    assert set(result["types"]) == {"ASSAULT", "PROTEST"}
    for entry in result["types"].values():
        assert entry["tp"] + entry["fp"] + entry["fn"] <= entry["rows"] == 6
        assert entry["actors"]["records"] == 6


def test_split_code_and_majority_role():
    from marsad.eval.gsr import majority_role, split_code

    assert split_code("IRNGOV") == ("IRN", "GOV")
    assert split_code("REB") == (None, "REB")
    assert split_code("USA") == ("USA", None)
    assert split_code(None) == (None, None)
    spans = [{"source_role": {"main": "None", "role": "CVL"}},
             {"source_role": {"main": "None", "role": "CVL"}},
             {"source_role": {"main": "TUN", "role": "None"}}, {"source_role": {}}]
    assert majority_role(spans, "source") == (None, "CVL")
    assert majority_role(spans, "target") is None


def test_indirect_quotes_are_not_scored_against_a_gold_of_marked_quotes_only():
    from marsad.document import Document, Quote
    from marsad.eval.gold import score_quotes

    text = "قال الوزير إن «الاتفاق قريب» وأكد أن الحكومة مستعدة."
    doc = Document(text)
    a = text.index("الاتفاق")
    b = text.index("الحكومة")
    doc.quotes = [Quote(a, a + len("الاتفاق قريب"), "الاتفاق قريب", "direct", "قال", None),
                  Quote(b, len(text) - 1, text[b:len(text) - 1], "indirect", "أكد", None)]
    marked_only = {"quotes": [{"id": "Q1", "text": "الاتفاق قريب", "required": True}]}
    s, _ = score_quotes(marked_only, doc)
    assert (s.correct, s.found, s.gold) == (1, 1, 1)
    assert s.precision == 1.0  # the indirect one is neither right nor wrong here
    with_indirect = {"quotes": marked_only["quotes"] + [
        {"id": "Q2", "text": "الشعب مستعد", "kind": "indirect", "required": False}]}
    s2, _ = score_quotes(with_indirect, doc)
    assert s2.precision == 0.5  # now the unmatched indirect prediction counts against


def test_gsr_detection_counts_only_factual_events():
    from types import SimpleNamespace

    from marsad.eval.gsr import DETECTION_CONFIG, _detected

    def ev(modality, plover="ASSAULT"):
        return SimpleNamespace(plover=plover, cameo="190", modality=modality)

    doc = SimpleNamespace(events=[ev("negated"), ev("threatened"), ev("historical"),
                                  ev("hypothetical"), ev("asserted", "PROTEST")])
    assert _detected(doc, "ASSAULT") == []  # threats, denials, background: not reports
    doc.events += [ev("reported"), ev("asserted")]
    assert [e.modality for e in _detected(doc, "ASSAULT")] == ["reported", "asserted"]
    assert DETECTION_CONFIG["events"]["keep_unknown_source"] is True


def test_gsr_attested_needs_signs_that_it_happened():
    from types import SimpleNamespace

    from marsad.eval.gsr import ATTESTED_MIN_SIGNS, _attested

    def ev(signs):
        return SimpleNamespace(evidence={"start": 0, "end": 1, "signs": signs})

    assert ATTESTED_MIN_SIGNS == 2
    assert not _attested([ev(["number"]), ev([])])
    assert _attested([ev(["casualties", "recent_time"])])
    assert not _attested([SimpleNamespace(evidence={"start": 0, "end": 1})])


def test_gsr_sentences_are_dated_by_their_document_id():
    from marsad.eval.gsr import published_from_id

    assert published_from_id("AAW_ARB_20080913.0007-59") == "2008-09-13"
    assert published_from_id("XYZ_ARB_20071399.0001-1") is None  # no such day
    assert published_from_id("e0f3d12b_12") is None
    assert published_from_id(None) is None
