"""Coding several documents together (`Pipeline.code_batch`) gives what coding each one does.

The batch exists for speed on text not seen before: the actors stage sends the new names of all
the documents to the transliteration model at once (`Romanizer.batched_many`), so their beam
searches share the model's steps. Checked here: the mechanics with a stand-in transliterator
(runs with and without `fill`, a name without spelling, one batch per country), and with the real
pipeline that a batch, `pipe` and the ingest workers' `code_items` code our own sentences exactly
as documents coded one by one by a fresh pipeline.
"""

from __future__ import annotations

import pytest

from marsad.actors import romanize
from marsad.actors.romanize import Romanizer


class FakeTransliterator:
    """Spells a name as "L:" + the name (nothing for the names in `unspellable`)."""

    def __init__(self, unspellable=()):
        self.many: list[tuple[list[str], str | None]] = []
        self.unspellable = set(unspellable)

    def transliterate_many(self, texts, country=None):
        self.many.append((list(texts), country))
        return ["" if t in self.unspellable else "L:" + t for t in texts]

    def transliterate(self, text, country=None):
        return self.transliterate_many([text], country)[0]


class Run:
    """A run that formats spellings into strings (as the actors stage does), with or without a
    `fill`; counts its calls."""

    def __init__(self, r, names, fill=True):
        self.r, self.names, self.calls = r, names, 0
        self.fill = self._fill if fill else None

    def __call__(self):
        self.calls += 1
        return [(self.r(n, c), f"head of {self.r(n, c) or n}") for n, c in self.names]

    @staticmethod
    def _fill(result, spell):
        return [tuple(spell(v) if isinstance(v, str) else v for v in pair) for pair in result]


DOCS = [  # (name, country) met by each run; names shared between runs, one never spelt
    [("كريم سالم", None), ("هادي", "IRN")],
    [("سالم", None), ("فهد ناصر", None), ("يزن", "IRN")],
    [("هادي", "IRN"), ("زيد", None)],
    [],
    [("كريم", None)],
]


@pytest.mark.parametrize("fill", [True, False])
def test_batched_many_gives_each_run_its_batched_result_in_one_call_per_country(
        monkeypatch, fill):
    fake = FakeTransliterator(unspellable={"زيد"})
    monkeypatch.setattr(romanize, "_transliterator", lambda: (fake, True))
    one_by_one = Romanizer()
    expected = [one_by_one.batched(Run(one_by_one, names, fill)) for names in DOCS]
    calls_one_by_one = len(fake.many)
    fake.many.clear()
    r = Romanizer()
    runs = [Run(r, names, fill) for names in DOCS]
    assert r.batched_many(runs) == expected
    assert expected[1][1] == ("L:فهد L:ناصر", "head of L:فهد L:ناصر")
    assert expected[2][1] == (None, "head of زيد")  # no spelling: the plain run's answer
    # one call per country for all the runs (None and Iran), against one per run and country
    assert [c for _, c in fake.many] == [None, "IR"] and calls_one_by_one == 5
    assert sorted(fake.many[0][0] + fake.many[1][0]) == sorted(
        ["كريم", "سالم", "هادي", "فهد", "ناصر", "يزن", "زيد"])
    # a run with a fill is made once unless one of its names got no spelling (زيد); without,
    # twice when it met a name not known before the batch (كريم of the last one too)
    assert [run.calls for run in runs] == ([1, 1, 2, 1, 1] if fill else [2, 2, 2, 1, 2])
    assert r.batched_many(runs) == expected  # all known now: plain runs, no new call
    assert len(fake.many) == 2


def test_batched_many_of_no_runs_and_of_a_disabled_romanizer(monkeypatch):
    fake = FakeTransliterator()
    monkeypatch.setattr(romanize, "_transliterator", lambda: (fake, True))
    assert Romanizer().batched_many([]) == []
    off = Romanizer(enabled=False)
    assert off.batched_many([Run(off, DOCS[0])]) == [[(None, "head of كريم سالم"),
                                                       (None, "head of هادي")]]
    assert fake.many == []


# Our own sentences with names no dictionary knows (so the model spells them), some shared
# between documents, one with a quote and one with no name at all.
SENTENCES = [
    "قال الوزير زرنوقي بيلاتشيفو إن المفاوضات مستمرة، وأكد السفير هزرمان نقيزاوي ذلك.",
    "التقى الرئيس قمطريان فتوشكا أمس بنظيره الروسي في العاصمة، وحضر اللقاء محمد كلابيشوف.",
    "وصرح المتحدث أوكتاريزو تيمورجان بأن الشيخ عبد الودود سنجلخ سيزور المدينة مع خالد دمبلاريس.",
    "ارتفعت أسعار النفط في الأسواق العالمية اليوم.",
    "أعلنت شركة بيغولانيتو للنفط أن مديرها فتوشكا تيمورجان استقال، وقال السفير هزرمان نقيزاوي: «لا تعليق».",
]
PUBLISHED = "2019-03-14"


def _one_by_one():
    import marsad

    nlp = marsad.load()  # a fresh pipeline: no name cached yet
    return [nlp(s, published=PUBLISHED).to_dict(include_tokens=True) for s in SENTENCES]


@pytest.fixture(scope="module")
def expected():
    return _one_by_one()


def test_a_batch_codes_as_one_document_at_a_time(expected):
    import marsad

    nlp = marsad.load()
    stage = next(s for s in nlp.stages if s.name == "actors")
    docs = nlp.code_batch([nlp.make_doc(s, published=PUBLISHED) for s in SENTENCES])
    assert [d.to_dict(include_tokens=True) for d in docs] == expected
    spelled = [e["transliteration"] for d in expected for e in d["entities"]
               if e["transliteration"]]
    assert len(spelled) >= 6 and all(t.isascii() for t in spelled)
    if stage.romanize.calls:  # with the model: one call for all the documents' new names
        assert stage.romanize.batches == 1
    # again, every name known now
    docs = nlp.code_batch([nlp.make_doc(s, published=PUBLISHED) for s in SENTENCES[::-1]])
    assert [d.to_dict(include_tokens=True) for d in docs] == expected[::-1]


def test_pipe_codes_in_batches_as_one_at_a_time(expected):
    import marsad

    nlp = marsad.load()
    items = [{"text": s, "published": PUBLISHED} for s in SENTENCES]
    assert [d.to_dict(include_tokens=True) for d in nlp.pipe(items, batch_size=2)] == expected


def break_on_oil(monkeypatch, nlp, stage_name: str) -> None:
    """Make the named stage fail on the article about oil (النفط في), as a broken article."""
    stage = next(s for s in nlp.stages if s.name == stage_name)
    plain = type(stage).__call__

    def failing(self, doc):
        if "النفط في" in doc.text:
            raise ValueError("broken article")
        plain(self, doc)

    monkeypatch.setattr(type(stage), "__call__", failing)


def test_ingest_codes_a_batch_as_each_article_alone_and_isolates_a_failure(monkeypatch):
    import marsad
    from marsad.store.ingest import code_item, code_items

    items = [{"text": s, "published": PUBLISHED, "article_id": f"a{i}", "origin": f"t:{i}",
              "title": None} for i, s in enumerate(SENTENCES)]
    alone = [code_item(item, marsad.load()) for item in items]  # a fresh pipeline each
    nlp = marsad.load()
    assert code_items(items, nlp) == alone
    break_on_oil(monkeypatch, nlp, "dates")
    out = code_items(items, marsad.load())
    assert out[3] == ("error", "ValueError: broken article")
    assert out[:3] + out[4:] == alone[:3] + alone[4:]


def test_spark_workers_code_a_batch_as_each_article_alone(monkeypatch):
    pytest.importorskip("pyarrow")
    import marsad
    from marsad.spark.worker import code_record, code_records

    recs = [{"text": s, "published": PUBLISHED, "article_id": f"a{i}", "doc_id": f"d{i}",
             "title": None, "url": None, "source": "test"} for i, s in enumerate(SENTENCES)]
    alone = [code_record(marsad.load(), rec) for rec in recs]  # a fresh pipeline each
    assert all(row["error"] is None for row in alone)
    assert sum(len(row["entities"]) for row in alone) >= 10
    assert code_records(marsad.load(), recs) == alone
    nlp = marsad.load()
    break_on_oil(monkeypatch, nlp, "quotes")
    out = code_records(nlp, recs)
    assert out[3]["error"] == "ValueError: broken article" and out[3]["entities"] == []
    assert out[:3] + out[4:] == alone[:3] + alone[4:]


def test_the_code_command_codes_in_batches_as_one_at_a_time(tmp_path, capsys, monkeypatch):
    import argparse
    import json

    import marsad
    from marsad.cli import code

    monkeypatch.setattr(code, "CODE_BATCH", 2)  # batches of 2, and a last one of 1
    nlp = marsad.load()
    expected = [json.loads(nlp(s, published=PUBLISHED, doc_id=f"d{i}").to_json())
                for i, s in enumerate(SENTENCES)]
    f = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": f"d{i}", "text": s, "published": PUBLISHED}, ensure_ascii=False)
             for i, s in enumerate(SENTENCES)]
    lines.insert(2, "{not json")
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    args = argparse.Namespace(files=[], input_jsonl=str(f), date=None, format="jsonl",
                              tokens=False, lexicon=[], workers=1, country=None)
    monkeypatch.setattr(marsad, "load", lambda **kw: marsad.Pipeline())  # a fresh pipeline
    monkeypatch.setattr("marsad.runtime.settle_for_batch", lambda: None)  # (process settings)
    assert code.run(args) == 1  # the bad line
    out, err = capsys.readouterr()
    assert [json.loads(x) for x in out.splitlines()] == expected
    assert json.loads(err.splitlines()[0])["reason"] == "malformed_json"
