"""The transliteration of unknown names: cache, batches of a document's names, same spellings.

`Romanizer.batched` runs the caller twice when it meets new names (once recording them, once for
the result) and sends the recorded names to the model together; the model's batch must spell
each name as it spells it alone. The mechanics are tested with a stand-in transliterator, the
spellings with the real model (names and words of our own).
"""

from __future__ import annotations

import threading

import numpy as np
import pytest

from marsad.actors import romanize
from marsad.actors.romanize import Romanizer


class FakeTransliterator:
    """Spells a name as "L:" + the name; records every call."""

    def __init__(self, fail_batches: bool = False) -> None:
        self.many: list[tuple[list[str], str | None]] = []
        self.one: list[tuple[str, str | None]] = []
        self.fail_batches = fail_batches

    def transliterate_many(self, texts, country=None):
        self.many.append((list(texts), country))
        if self.fail_batches:
            raise RuntimeError("batch failed")
        return ["L:" + t for t in texts]

    def transliterate(self, text, country=None):
        self.one.append((text, country))
        return "L:" + text


@pytest.fixture
def fake(monkeypatch):
    t = FakeTransliterator()
    monkeypatch.setattr(romanize, "_transliterator", lambda: (t, True))
    return t


def test_plain_calls_go_name_by_name_and_are_cached(fake):
    r = Romanizer()
    assert r("كريم سالم") == "L:كريم L:سالم"
    assert r("سالم") == "L:سالم"  # cached
    assert r("محمد بن زاهر") == "L:محمد bin L:زاهر"  # بن is not sent to the model
    assert r("عبد الودود") == "L:عبد الودود"  # عبد with the next word, as one unit
    assert fake.one == [("كريم", None), ("سالم", None), ("محمد", None), ("زاهر", None),
                        ("عبد الودود", None)]
    assert fake.many == [] and r.calls == 5


def test_batched_sends_new_names_together_and_returns_the_plain_result(fake):
    r = Romanizer()
    runs = []

    def code():
        runs.append(1)
        return [r("كريم سالم"), r("هادي", "IRN"), r("سالم"), r("يزن", "IRN")]

    out = r.batched(code)
    assert out == ["L:كريم L:سالم", "L:هادي", "L:سالم", "L:يزن"]
    assert len(runs) == 2  # recorded, then run with every answer cached
    assert sorted(fake.many) == [(["كريم", "سالم"], None), (["هادي", "يزن"], "IR")]
    assert fake.one == []
    assert r.calls == 4 and r.batches == 2
    assert r.batched(code) == out and len(runs) == 3  # all known now: one run, no new call
    assert r.calls == 4


def test_a_plain_romanizer_gives_the_same_answers(fake):
    names = ["كريم سالم", "أبو ناصر العتيبي", "هادي", "بن", "سالم كريم"]
    r1, r2 = Romanizer(), Romanizer()
    batched = r1.batched(lambda: [r1(n) for n in names])
    assert batched == [r2(n) for n in names]
    assert None not in batched


def test_recording_answers_none_only_inside_the_run_and_its_thread(fake):
    r = Romanizer()
    seen_inside, seen_other_thread = [], []

    def code():
        seen_inside.append(r("ناصر"))
        th = threading.Thread(target=lambda: seen_other_thread.append(r("فهد")))
        th.start()
        th.join()
        return r("ناصر")

    assert r.batched(code) == "L:ناصر"
    assert seen_inside == [None, "L:ناصر"]  # recording, then the real run
    assert seen_other_thread == ["L:فهد", "L:فهد"]  # another thread is never recording
    assert r("ناصر") == "L:ناصر"


def test_nested_and_disabled_runs_are_plain(fake):
    r = Romanizer()
    assert r.batched(lambda: r.batched(lambda: r("ناصر"))) == "L:ناصر"
    off = Romanizer(enabled=False)
    runs = []
    assert off.batched(lambda: runs.append(1) or off("ناصر")) is None
    assert runs == [1]


def test_a_romanizer_pickles_with_its_cache(fake):
    import pickle

    r = Romanizer()
    r.batched(lambda: r("ناصر"))
    copy = pickle.loads(pickle.dumps(r))
    assert copy("ناصر") == "L:ناصر" and copy.calls == 1  # from the cache
    assert copy.batched(lambda: copy("فهد")) == "L:فهد"


def test_failed_batch_falls_back_to_name_by_name(monkeypatch):
    t = FakeTransliterator(fail_batches=True)
    monkeypatch.setattr(romanize, "_transliterator", lambda: (t, True))
    r = Romanizer()
    assert r.batched(lambda: [r("ناصر"), r("فهد")]) == ["L:ناصر", "L:فهد"]
    assert sorted(t.one) == [("فهد", None), ("ناصر", None)]


def test_no_batches_when_the_model_cannot_take_them(monkeypatch):
    t = FakeTransliterator()
    monkeypatch.setattr(romanize, "_transliterator", lambda: (t, False))
    r = Romanizer()
    assert r.batched(lambda: [r("ناصر"), r("فهد")]) == ["L:ناصر", "L:فهد"]
    assert t.many == [] and len(t.one) == 2


# Words and made-up names of different lengths that no dictionary of the package holds, so that
# the model spells them (a few common words too: the name rules sometimes send those). In the
# package's own batch, which pads the names for its encoder, 4 of these 15 change spelling.
MODEL_WORDS = ["زرنوقي", "بيلاتشيفو", "قمطريان", "فتوشكا", "دمبلاريس", "سنجلخ", "أوكتاريزو",
               "تيمورجان", "كلابيشوف", "هزرمان", "بيغولانيتو", "نقيزاوي", "تطوير", "انتهاء", "لضم"]


@pytest.fixture(scope="module")
def model():
    translit, batch_ok = romanize._transliterator()
    if not batch_ok:
        pytest.skip("arabic_name_romanizer's model is not the expected one")
    return translit


def test_a_batch_spells_every_name_as_alone(model):
    alone = [model.transliterate(w) for w in MODEL_WORDS]
    together = model.transliterate_many(MODEL_WORDS)
    assert together == alone
    assert all(alone) and len(set(alone)) == len(alone)
    assert model.transliterate_many(MODEL_WORDS, country="IR") == \
        [model.transliterate(w, country="IR") for w in MODEL_WORDS]


def test_the_row_encoder_gives_each_row_its_own_state(model):
    backend = model.model.backend
    assert isinstance(backend, romanize._RowEncoder)
    rows = [[5, 6, 7, 3], [5, 6, 7, 8, 9, 10, 3], [11, 3]]
    pad = model.model.vocab.pad_id
    width = max(map(len, rows))
    src = np.full((len(rows), width), pad, dtype=np.int64)
    for i, row in enumerate(rows):
        src[i, :len(row)] = row
    state = backend.encode(src, src == pad)
    for i, row in enumerate(rows):
        ids = np.array([row], dtype=np.int64)
        alone = backend.backend.encode(ids, ids == pad)
        n = len(row)
        assert np.array_equal(state["memory"][i, :n], alone["memory"][0])
        assert np.array_equal(state["hidden"][i], alone["hidden"][0])
        assert not state["src_mask"][i, :n].any() and state["src_mask"][i, n:].all()


# Our own sentences with names no dictionary knows, after titles and given names.
NAME_SENTENCES = [
    "قال الوزير زرنوقي بيلاتشيفو إن المفاوضات مستمرة، وأكد السفير هزرمان نقيزاوي ذلك.",
    "التقى الرئيس قمطريان فتوشكا أمس بالمبعوث دمبلاريس سنجلخ في العاصمة.",
    "وصرح المتحدث أوكتاريزو تيمورجان بأن الشيخ محمد كلابيشوف سيزور المدينة.",
]


def test_a_pipeline_batching_names_codes_as_one_sending_them_one_by_one(monkeypatch):
    """Whether or not the actors stage batches its names (`Romanizer.batched`), the documents
    are the same: the stage's composing must have no effect but its result."""
    import marsad

    def code():
        nlp = marsad.load()  # a fresh pipeline: no name cached yet
        return [nlp(s, published="2017-11-02").to_dict(include_tokens=True) for s in NAME_SENTENCES]

    batched = code()
    monkeypatch.setattr(Romanizer, "batched_many", lambda self, runs: [run() for run in runs])
    assert batched == code()
    spelled = [e["transliteration"] for d in batched for e in d["entities"] if e["transliteration"]]
    assert len(spelled) >= 4
