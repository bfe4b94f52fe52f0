"""Quotes leftovers, fourteenth session: a letter's author named after its verb of sending
(رسالة بعثها X)، the verbs of making a document read from cues.json (`authoring_verb`), a bare
organisation noun with no antecedent, and dual speakers (docs/accuracy.md, "Quotes leftovers and a
fresh reading, fourteenth session"). Sentences written for the test."""

from __future__ import annotations

import json

import pytest

import marsad
from _quotes_harness import nlp, speaker_text  # noqa: F401 (a fixture and a helper)

STAGES = ["layout", "sentences", "tokens", "actors", "quotes"]


def quote_with(nlp, text, words):
    quotes = [q for q in nlp(text).quotes if words in q.text]
    assert len(quotes) == 1, [q.text for q in nlp(text).quotes]
    return quotes[0]


# -- 2. the verbs of making a document are data --------------------------------------------------
def test_authoring_verbs_come_from_the_cues_dictionary():
    from marsad.lexicon import load_lexicon
    from marsad.quotes.cues import compile_cues
    table = compile_cues(load_lexicon())
    # أعدّته، أصدرها، أجراه/أجره: the past forms of cues.json with the document's pronoun
    assert {"اعدته", "اعدتها", "اصدره", "نشرتها", "اجرته", "اجريه", "اجره", "كتبها"} <= table.authoring
    assert "اعد" not in table.authoring  # (the verb alone, with no pronoun, is no author's mark)


def test_a_users_authoring_verb_names_the_author(tmp_path):
    text = "وأكد تقرير صاغته وزارة الداخلية أن الجرائم تراجعت هذا العام."
    plain = marsad.load(stages=STAGES)
    q = quote_with(plain, text, "الجرائم")
    assert q.reported_by is None  # صاغته is no verb of making a document in cues.json
    extra = {"lexicon": "cues", "version": "1", "description": "drafted",
             "entries": [{"role": "authoring_verb", "ar": ["صاغ", "صاغت"]}]}
    (tmp_path / "more_cues.json").write_text(json.dumps(extra, ensure_ascii=False), "utf-8")
    users = marsad.load(stages=STAGES, lexicon_dirs=[tmp_path])
    q = quote_with(users, text, "الجرائم")
    assert speaker_text(text, q) == "وزارة الداخلية"
    assert q.reported_by is not None and q.reported_by.text == "تقرير"
