"""A document's names are spelt the same whatever was coded before it and however many workers
code a run: the romanizer's cache is keyed by the name as written (marks removed), not by its
folded form, which merged forms that the model spells apart (العايد / العائد).

The mechanics with a stand-in transliterator; the pipeline and `ingest` with the real model on
sentences of our own; `ingest` on SaudiNewsNet (read from ../shared, skipped if absent).
"""

from __future__ import annotations

import json
import sqlite3
import zipfile
import zlib
from pathlib import Path

import pytest

from marsad.actors import romanize
from marsad.actors.romanize import Romanizer

ROOT = Path(__file__).resolve().parents[1]
SAUDI = ROOT.parent / "shared" / "data" / "saudinewsnet"


class FakeTransliterator:
    """Spells a name as "L:" + the name it reads; records what it reads."""

    def __init__(self) -> None:
        self.read: list[str] = []

    def transliterate_many(self, texts, country=None):
        self.read.extend(texts)
        return ["L:" + t for t in texts]

    def transliterate(self, text, country=None):
        return self.transliterate_many([text], country)[0]


@pytest.fixture
def fake(monkeypatch):
    t = FakeTransliterator()
    monkeypatch.setattr(romanize, "_transliterator", lambda: (t, True))
    return t


# forms of one name that `fold` merges (hamza on alef, ئ/ي, ة/ه, ى/ي)
FORMS = [("إيسيان", "ايسيان"), ("العائد", "العايد"), ("فاطمة", "فاطمه"), ("مصطفى", "مصطفي")]


@pytest.mark.parametrize("first,second", FORMS + [(b, a) for a, b in FORMS])
def test_each_written_form_keeps_its_own_spelling_in_either_order(fake, first, second):
    r = Romanizer()
    assert r(first) == "L:" + first
    assert r(second) == "L:" + second  # not the spelling of the form met first
    assert r(first, "USA") == "L:" + first and r(second, "USA") == "L:" + second
    assert r(first) == "L:" + first  # cached, still its own
    assert fake.read == [first, second, first, second]


def test_batched_runs_spell_each_form_as_written_in_either_order(fake):
    def spell(order):
        r = Romanizer()
        runs = [lambda r=r, n=n: r("كريم " + n) for n in order]
        return dict(zip(order, r.batched_many(runs), strict=True))

    forms = [f for pair in FORMS for f in pair]
    expected = {f: "L:كريم L:" + f for f in forms}
    assert spell(forms) == expected
    assert spell(forms[::-1]) == expected


def test_marks_do_not_make_another_name(fake):
    """Diacritics, tatweel and invisible marks are dropped: the model reads the bare form (as
    the package itself does before its model), once for all the ways of writing it."""
    r = Romanizer()
    assert r("مُحَمَّد") == r("محمـد") == r("مح\u200cمد") == r("محمد") == "L:محمد"
    assert fake.read == ["محمد"]
    assert r("إِيسيان") == "L:إيسيان"  # a kasra does not fold the hamza away


# Two short articles of our own with the same made-up name in two written forms (العايد and
# العائد, which `fold` merges); the model spells them Al Ayed and Al-Aeed (checked by hand:
# `_transliterator()[0].transliterate("العايد")`, and "العائد").
AYED = "قال الوزير زرنوقي العايد إن المفاوضات مستمرة مع الجانب الآخر."
AEED = "وقال الوزير زرنوقي العائد إن الاجتماع انتهى دون اتفاق."
PUBLISHED = "2017-11-02"


def _spellings(d: dict) -> list[str]:
    return [e["transliteration"] for e in d["entities"] if e["transliteration"]]


@pytest.fixture(scope="module")
def alone():
    """Each article coded by a fresh pipeline."""
    import marsad

    return {t: marsad.load()(t, published=PUBLISHED).to_dict() for t in (AYED, AEED)}


def test_an_article_codes_the_same_after_any_other(alone):
    import marsad

    assert _spellings(alone[AYED]) == ["Zernouki Al Ayed"]
    assert _spellings(alone[AEED]) == ["Zernouki Al-Aeed"]
    for first, then in ((AYED, AEED), (AEED, AYED)):
        nlp = marsad.load()
        nlp(first, published=PUBLISHED)
        assert nlp(then, published=PUBLISHED).to_dict() == alone[then]
        # in one batch (`code_batch`: the new names of both sent to the model together)
        nlp = marsad.load()
        docs = nlp.code_batch([nlp.make_doc(t, published=PUBLISHED) for t in (first, then)])
        assert [d.to_dict() for d in docs] == [alone[first], alone[then]]


def _store(db: Path) -> dict[str, list]:
    """Everything `ingest` stored, in an order that does not depend on the order of storing:
    the coded documents (decompressed) and the rows of every table, without the ingest time."""
    con = sqlite3.connect(db)
    out = {}
    for table in ("articles", "sentences", "entities", "quotes", "mentions", "events"):
        cols = [r[1] for r in con.execute(f"PRAGMA table_info({table})")
                if r[1] not in ("rowid", "id", "ingested_at")]
        quoted = ", ".join('"' + c + '"' for c in cols)
        rows = []
        for row in con.execute(f"SELECT {quoted} FROM {table}"):
            row = dict(zip(cols, row, strict=True))
            if "doc_json" in row:
                row["doc_json"] = json.loads(zlib.decompress(row["doc_json"]))
            rows.append(json.dumps(row, sort_keys=True, ensure_ascii=False))
        out[table] = sorted(rows)
    con.close()
    return out


def _ingest_both(path: Path, tmp_path: Path) -> tuple[dict, dict]:
    from marsad.store.ingest import ingest

    stores = []
    for workers in (1, 2):
        db = tmp_path / f"w{workers}.db"
        report = ingest([path], db, workers=workers, progress=False, batch_gc=True)
        assert report.stored > 0
        stores.append(_store(db))
    return stores[0], stores[1]


# Our own short articles (all different): the two forms of the name in the first and in the
# second eight, so that with two workers (eight articles a task) each worker may meet one
# form first.
TOPICS = ["المفاوضات مستمرة", "الاجتماع انتهى", "الحكومة ستدرس المقترح", "الزيارة ناجحة",
          "المشروع سيكتمل قريبا", "الأسعار ستنخفض", "التعاون سيتوسع", "الحوار ضروري"]


def _own_articles() -> list[str]:
    out = []
    for half, form in enumerate(("العايد", "العائد")):
        for i, topic in enumerate(TOPICS):
            name = f"زرنوقي {form}" if i == 1 else "هزرمان نقيزاوي"
            out.append(f"قال الوزير {name} إن {topic}، في بيانه رقم {i + 1 + 8 * half}.")
    return out


@pytest.mark.slow
def test_ingest_stores_the_same_with_two_workers_as_with_one(tmp_path):
    path = tmp_path / "own.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i, text in enumerate(_own_articles()):
            fh.write(json.dumps({"id": f"own{i}", "text": text, "published": PUBLISHED},
                                ensure_ascii=False) + "\n")
    one, two = _ingest_both(path, tmp_path)
    assert len(one["articles"]) == 16
    spelt = {json.loads(r)["article_id"]: _spellings(json.loads(r)["doc_json"])
             for r in one["articles"]}
    assert sorted(map(tuple, spelt.values())).count(("Zernouki Al Ayed",)) == 1
    assert sorted(map(tuple, spelt.values())).count(("Zernouki Al-Aeed",)) == 1
    assert one == two


@pytest.mark.slow
def test_ingest_of_real_news_stores_the_same_with_two_workers_as_with_one(tmp_path):
    if not SAUDI.exists():
        pytest.skip("../shared/data/saudinewsnet is not beside the project")
    with zipfile.ZipFile(SAUDI / "2015-08-03.zip") as zf:
        data = json.loads(zf.read(zf.namelist()[0]))
    # the two articles that write the name of the footballer مايكل ايسيان / مايكل إيسيان, each
    # at the head of a task of eight articles (with two workers, of a chunk of 32), then others
    forms = [next(a for a in data if f"مايكل {form}" in a["content"])
             for form in ("ايسيان", "إيسيان")]
    others = [a for a in data[:200] if a["content"].strip() and "يسيان" not in a["content"]]
    sample = [forms[0], *others[:7], forms[1], *others[7:150]]
    path = tmp_path / "sample.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for rec in sample:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    one, two = _ingest_both(path, tmp_path)
    assert len(one["articles"]) > 120
    assert one == two
