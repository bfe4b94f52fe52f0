"""What a user meets (nineteenth session's audit, the eighteenth's leftovers): a query word with
a clitic the index kept, snippets that mark the query's words only, the actor filter by an
actor's name, the first search of a fresh server, and a club named by its city. Sentences
written for these tests."""

from __future__ import annotations

import json

import pytest


def _store(tmp_path, records, capsys=None):
    from marsad.cli import main

    jsonl = tmp_path / "a.jsonl"
    jsonl.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                     encoding="utf-8")
    db = tmp_path / "s.db"
    assert main(["ingest", str(jsonl), "--db", str(db), "--no-progress"]) == 0
    if capsys is not None:
        capsys.readouterr()
    return db


def _segmenter():
    from marsad.lexicon import load_lexicon
    from marsad.text.tokens import Segmenter, known_words_from_lexicon

    return Segmenter(known_words_from_lexicon(load_lexicon()))


def _found(con, query, seg):
    from marsad.store.query import search

    res = search(con, query, segmenter=seg)
    return sorted(r["article_id"] for r in res["results"]), res["results"]


# -- 1. search: a query word's clitic, the snippet's marks -------------------------------------------

def test_a_query_word_with_a_clitic_the_index_kept_finds_the_bare_word(tmp_path, capsys):
    """لشؤون and لحقوق are words of dictionary phrases (وزير الدولة لشؤون ...), so the
    segmenter keeps them whole, in the index and in the query: typed so, they found only the
    articles that write them so, not شؤون or الشؤون. A word known on its own (بلدية) or a word
    of a name (كامل) keeps its first letter: بلدية does not find لديه, كامل does not find أمل."""
    from marsad.store import connect

    db = _store(tmp_path, [
        {"id": "a", "text": "عين الملك وزيرا لشؤون الخليج."},
        {"id": "b", "text": "بحث الوزراء الشؤون الإقليمية في عمان."},
        {"id": "c", "text": "تناولت القمة شؤون المنطقة وحقوق اللاجئين."},
        {"id": "d", "text": "قال رئيس البلدية إن المشروع اكتمل."},
        {"id": "e", "text": "قال الوزير ما لديه عن المشروع، وعبر عن أمل كبير."},
        {"id": "f", "text": "دعت منظمة العفو إلى احترام الحقوق."}], capsys)
    seg = _segmenter()
    con = connect(db, read_only=True)
    try:
        for query, want in (("لشؤون", ["a", "b", "c"]), ("ولشؤون", ["a", "b", "c"]),
                            ("شؤون", ["a", "b", "c"]), ("لحقوق", ["c", "f"]),
                            ("بلدية", ["d"]), ("كامل", [])):
            ids, results = _found(con, query, seg)
            assert ids == want, query
            for r in results:
                (start, end), *_ = r["highlights"]
                assert r["snippet"][start:end] in ("لشؤون", "الشؤون", "شؤون", "وحقوق",
                                                   "الحقوق", "البلدية"), query
    finally:
        con.close()


@pytest.mark.parametrize("with_segmenter", [True, False])
def test_a_snippet_marks_the_query_words_not_a_stem_inside_another_word(with_segmenter):
    """بنا (بناء typed without its hamza) marked لبنان, and لقا marked القائمة: the stem was
    found inside another word and the mark widened to it. Now a word is marked when it is the
    query's word (with its clitics: للبناء، لقاءات is no لقاء)."""
    from marsad.store.query import snippet

    seg = _segmenter() if with_segmenter else None
    text = "زار الوزير لبنان وبحث بناء المدارس وللبناء خطة في القائمة بعد لقاء الوفد."

    def marked(query):
        snip, marks = snippet(text, query, seg)
        return [snip[s:e] for s, e in marks]

    assert marked("بنا") == ["بناء", "وللبناء"]
    assert marked("لقا") == ["لقاء"]
    assert marked("لبنان") == ["لبنان"]
    assert marked("الوفد") == ["الوفد"]
    assert marked("وفد") == ["الوفد"]
