"""Shortcuts for text met for the first time give what the plain computations give.

- `marsad.actors.beam.beam_search` (the transliterator's beam search, run only on the rows whose
  result is read) against the package's own `beam_search`: the same spellings and scores;
- the assumption it rests on: a row of the decoder gives the same bits alone and in a batch;
- `Romanizer.batched` with a `fill` (stand-ins for new spellings, one run) against the plain
  two runs, with a stand-in transliterator and in a fresh pipeline with the real model.
The names and words are our own (made-up names no dictionary of the package holds, so that the
model spells them, and a few common words).
"""

from __future__ import annotations

import numpy as np
import pytest

from marsad.actors import romanize
from marsad.actors.romanize import STAND_IN, Romanizer

WORDS = ["زرنوقي", "بيلاتشيفو", "قمطريان", "فتوشكا", "دمبلاريس", "سنجلخ", "أوكتاريزو",
         "تيمورجان", "كلابيشوف", "هزرمان", "بيغولانيتو", "نقيزاوي", "تطوير", "انتهاء", "لضم",
         "عبد الودود", "بخ"]


@pytest.fixture(scope="module")
def translit():
    translit, batch_ok = romanize._transliterator()
    if not batch_ok or translit.model is None:
        pytest.skip("arabic_name_romanizer's model is not the expected one")
    return translit


def _package_search(model, units, country):
    """What the package's own beam search gives for `units` (with our row encoder)."""
    from arabic_name_romanizer.inference import beam_search, encode_source_ids

    src = [encode_source_ids(model.vocab, u, country, r) for u, r in units]
    return beam_search(model.backend, src, model.vocab, model.beam_width, model.max_len,
                       model.length_alpha)


@pytest.mark.parametrize("country", [None, "IR", "MA"])
def test_the_lean_beam_search_equals_the_packages(translit, country):
    from marsad.actors.beam import beam_search

    model = translit.model
    assert type(model).__name__ == "LeanModel"
    roles = ["unknown", "given", "surname"]
    units = [(w, roles[i % 3] if model.uses_roles else None) for i, w in enumerate(WORDS)]
    from arabic_name_romanizer.inference import encode_source_ids

    for batch in (units, units[:3], units[5:6], units[::-1]):
        src = [encode_source_ids(model.vocab, u, country, r) for u, r in batch]
        lean = beam_search(model.backend, src, model.vocab, model.beam_width, model.max_len,
                           model.length_alpha)
        assert lean == _package_search(model, batch, country)  # texts and scores, every beam
        assert all(h and h[0][0] for h in lean)
    wide = beam_search(model.backend, [encode_source_ids(model.vocab, "هزرمان", country, None)],
                       model.vocab, 4, model.max_len, model.length_alpha)
    assert 1 <= len(wide[0]) <= 4


def test_the_persian_model_searches_alike(translit):
    from arabic_name_romanizer.inference import encode_source_ids

    from marsad.actors.beam import beam_search

    model = translit.persian_model
    if model is None:
        pytest.skip("no Persian model")
    units = [(w, None) for w in WORDS[:8]]
    src = [encode_source_ids(model.vocab, u, "IR", r) for u, r in units]
    assert beam_search(model.backend, src, model.vocab, model.beam_width, model.max_len,
                       model.length_alpha) == _package_search(model, units, "IR")


def test_a_decoder_row_gives_the_same_bits_alone_and_in_a_batch(translit):
    model = translit.model
    backend, vocab = model.backend, model.vocab
    from arabic_name_romanizer.inference import encode_source_ids, pad_batch

    src, mask = pad_batch([encode_source_ids(vocab, w, None, None) for w in WORDS], vocab.pad_id)
    state = backend.encode(src, mask)
    rng = np.random.default_rng(7)
    prefix = rng.integers(4, 60, size=(len(WORDS), 5))
    prefix[:, 0] = vocab.bos_id
    full, full_state = backend.step(prefix, state)
    for rows in ([0], [3, 4], [1, 5, 9, 16], list(range(0, len(WORDS), 2))):
        out, sub = backend.step(prefix[rows], {k: v[rows] for k, v in state.items()})
        assert np.array_equal(out, full[rows])
        assert np.array_equal(sub["hidden"], full_state["hidden"][rows])


class FakeTransliterator:
    """Spells a name as "L:" + the name (None for names in `unspellable`); records calls."""

    def __init__(self, unspellable=()):
        self.many: list[list[str]] = []
        self.unspellable = set(unspellable)

    def transliterate_many(self, texts, country=None):
        self.many.append(list(texts))
        return ["" if t in self.unspellable else "L:" + t for t in texts]

    def transliterate(self, text, country=None):
        return self.transliterate_many([text], country)[0]


class Run:
    """A run with a `fill`: formats spellings into strings, as the actors stage does."""

    def __init__(self, r, names, fill=True):
        self.r, self.names, self.calls = r, names, 0
        self.fill = self._fill if fill else None

    def __call__(self):
        self.calls += 1
        out = []
        for n in self.names:
            t = self.r(n)
            out.append({"canonical": t or n, "label": f"head of {t or n}", "translit": t})
        return out

    @staticmethod
    def _fill(result, spell):
        return [{k: spell(v) if isinstance(v, str) else v for k, v in d.items()} for d in result]


def test_a_run_with_fill_is_made_once_and_gives_the_plain_result(monkeypatch):
    names = ["كريم سالم", "أبو ناصر العتيبي", "هادي", "سالم كريم", "بن"]
    fake = FakeTransliterator()
    monkeypatch.setattr(romanize, "_transliterator", lambda: (fake, True))
    r1, r2 = Romanizer(), Romanizer()
    once, twice = Run(r1, names), Run(r2, names, fill=False)
    assert r1.batched(once) == r2.batched(twice)
    assert once.calls == 1 and twice.calls == 2
    result = r1.batched(once)  # all known now: a plain run
    assert result[0] == {"canonical": "L:كريم L:سالم", "label": "head of L:كريم L:سالم",
                         "translit": "L:كريم L:سالم"}
    assert not any("\ue000" in str(v) for d in result for v in d.values())
    # كريم، سالم، أبو ناصر، العتيبي، هادي (بن is a particle), in one batch each
    assert r1.calls == r2.calls == 5 and len(fake.many) == 2


def test_stand_ins_are_numbered_per_name_and_thread_local(monkeypatch):
    fake = FakeTransliterator()
    monkeypatch.setattr(romanize, "_transliterator", lambda: (fake, True))
    r = Romanizer()
    seen = []

    def code():
        seen.append((r("ناصر"), r("فهد ناصر"), r("ناصر", "IRN")))
        return seen[-1]

    code.fill = lambda result, spell: tuple(map(spell, result))
    assert r.batched(code) == ("L:ناصر", "L:فهد L:ناصر", "L:ناصر")
    assert seen == [(STAND_IN.format(0), STAND_IN.format(1) + " " + STAND_IN.format(0),
                     STAND_IN.format(2))]
    assert r("فهد") == "L:فهد"  # outside a run: plain answers


def test_a_name_without_spelling_makes_the_run_plain_again(monkeypatch):
    fake = FakeTransliterator(unspellable={"هادي"})
    monkeypatch.setattr(romanize, "_transliterator", lambda: (fake, True))
    r = Romanizer()
    run = Run(r, ["كريم", "هادي"])
    assert r.batched(run) == [
        {"canonical": "L:كريم", "label": "head of L:كريم", "translit": "L:كريم"},
        {"canonical": "هادي", "label": "head of هادي", "translit": None}]
    assert run.calls == 2  # the stand-in of هادي was truthy: the result is made again


# Our own sentences with names no dictionary knows, after titles and given names, in counterpart
# and coordinated constructions.
NAME_SENTENCES = [
    "قال الوزير زرنوقي بيلاتشيفو إن المفاوضات مستمرة، وأكد السفير هزرمان نقيزاوي ذلك.",
    "التقى الرئيس قمطريان فتوشكا أمس بنظيره الروسي في العاصمة، وحضر اللقاء محمد كلابيشوف.",
    "وصرح المتحدث أوكتاريزو تيمورجان بأن الشيخ عبد الودود سنجلخ سيزور المدينة مع خالد دمبلاريس.",
    "أعلنت شركة بيغولانيتو للنفط أن مديرها فتوشكا تيمورجان استقال.",
]


def test_a_fresh_pipeline_codes_alike_with_and_without_stand_ins(monkeypatch):
    import marsad
    from marsad.stages import actors

    def code():
        nlp = marsad.load()  # a fresh pipeline: no name cached yet
        docs = [nlp(s, published="2019-03-14").to_dict(include_tokens=True)
                for s in NAME_SENTENCES]
        return docs, nlp

    with_stand_ins, nlp = code()
    stage = next(s for s in nlp.stages if s.name == "actors")
    if not stage.romanize.calls:
        pytest.skip("no transliterator")
    monkeypatch.setattr(actors, "_fill", None)  # every run made twice, as before stand-ins
    assert code()[0] == with_stand_ins
    spelled = [e for d in with_stand_ins for e in d["entities"] if e["transliteration"]]
    assert len(spelled) >= 5
    assert not any("\ue000" in str(e) for d in with_stand_ins for e in d["entities"])
    assert all(e["transliteration"].isascii() for e in spelled)


def test_a_text_with_the_stand_in_character_is_coded_the_plain_way():
    import marsad

    nlp = marsad.load()
    doc = nlp("\ue000" + NAME_SENTENCES[0], published="2019-03-14")
    spelled = [e.transliteration for e in doc.entities if e.transliteration]
    assert spelled and all(t.isascii() for t in spelled)
