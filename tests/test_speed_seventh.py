"""Seventh session's speed-ups on fresh text give what the plain computations give.

Each shortcut is checked against the computation it replaces, on sentences of our own.
"""

from __future__ import annotations

import pytest

import marsad
from marsad.quotes.extract import DocumentQuotes, folded_token
from marsad.stages.quotes import QuoteStage

SENTENCES = ("وبيّن الوزير أن الحكومة ستدعم المزارعين في الموسم المقبل. "
             "وقال المتحدث باسم الوزارة إن الاجتماعَ انتهى مساء أمس.")


@pytest.fixture(scope="module")
def base():
    return marsad.load(stages=["layout", "sentences", "tokens"])


def test_quote_fold_cache_holds_each_token_folded(base):
    stage = QuoteStage(base.resources, use_actor_subjects=False)
    doc = base(SENTENCES)
    cache: dict[str, tuple] = {}
    reader = DocumentQuotes(doc, stage.cues, lambda d, pos: None, cache)
    # by hand: marks dropped, أ/إ -> ا, ة -> ه; the shadda kept on the cue بيّن only
    assert cache["الاجتماعَ"][0] == "الاجتماع"
    assert cache["أن"][0] == "ان"
    assert cache["الحكومة"][0] == "الحكومه"
    assert cache["وبيّن"][0] in ("وبيّن", "وبين")
    assert cache["وبيّن"][0] == folded_token("وبيّن", stage.cues)
    assert reader.folded == [cache[t.text][0] for t in doc.tokens]
    # the cue of each token: قال (after و) is one, الحكومة none
    assert cache["وقال"][1] is not None and cache["وقال"][1] == stage.cues.lookup("قال")
    assert cache["الحكومة"][1] is None
    assert reader.cue_at == [stage.cues.lookup(f) for f in reader.folded]


def test_quotes_with_a_shared_fold_cache_are_the_plain_ones(base):
    stage = QuoteStage(base.resources, use_actor_subjects=False)
    cache: dict[str, str] = {}
    for text in (SENTENCES, "قالت الوزارة إن «الخطة جاهزة». وأكد المدير أن العمل مستمر."):
        doc = base(text)
        shared = DocumentQuotes(doc, stage.cues, lambda d, pos: None, cache).run()
        alone = DocumentQuotes(doc, stage.cues, lambda d, pos: None).run()
        assert shared == alone
        assert shared  # the cues قال/أكد give quotes: the comparison is not of two empty lists


# -- tokens: the segmenter's shortcuts for words without marks ----------------------------------

TOKEN_WORDS = ("وبالعراق", "زيارته", "الحكومة", "مصر", "مدرسة", "لقائه", "بهم", "لديه", "بأنه",
               "كلاوس", "سيقول", "للأمم", "يوم", "حكومتها", "وزير", "بوتين", "أعضائنا", "قال",
               "والمدرسة", "فلسطين", "الله", "وَبِالعراقِ", "ا", "لل")


@pytest.fixture(scope="module")
def segmenter(base):
    from marsad.text.tokens import Segmenter, known_words_from_lexicon

    return Segmenter(known_words_from_lexicon(base.resources.lexicon))


def _plain_analysis(seg, word):
    """What `Segmenter._analyse` gives, from `split` and `fold` alone (its general case)."""
    from marsad.text.normalize import fold

    segs = tuple(seg.split(word))
    stem = next((a, b) for a, b, k in segs if k == "stem")
    norm = fold(word[stem[0]:stem[1]])
    with_text = tuple((a, b, k, word[a:b]) for a, b, k in segs) if len(segs) > 1 else ()
    return segs, norm, (norm, with_text)


@pytest.mark.parametrize("word", TOKEN_WORDS)
def test_segmenter_shortcuts_give_the_plain_analysis(segmenter, word):
    assert segmenter._analyse(word) == _plain_analysis(segmenter, word)


def test_segmenter_analyses_checked_by_hand(segmenter):
    segs, norm, (_, with_text) = segmenter._analyse("وبالعراق")
    assert [x[3] for x in with_text] == ["و", "ب", "ال", "عراق"] and norm == "عراق"
    assert segmenter._analyse("مدرسة") == (((0, 5, "stem"),), "مدرسه", ("مدرسه", ()))
    assert segmenter._analyse("زيارته")[1] == "زيارت"  # ت as written; ه the pronoun


def test_words_the_shortcut_keeps_whole_have_one_cut(segmenter):
    from marsad.text.normalize import fold
    from marsad.text.tokens import _ENCLITIC_ENDS, _ENCLITICS, _ENCLITICS_BY_END, _PROCLITIC_FIRST

    # the premise of the shortcut: no proclitic's first letter, no pronoun's last letter
    for word in ("مصر", "مدرسة", "فلسطين", "قال", "جديد", "حرب"):
        f = fold(word)
        if f[0] not in _PROCLITIC_FIRST and f[-1] not in _ENCLITIC_ENDS:
            assert segmenter._cuts(f, word) == [(0, len(f), "stem")]
    assert [s for end in sorted(_ENCLITICS_BY_END) for s in _ENCLITICS_BY_END[end]] != []
    for end, sufs in _ENCLITICS_BY_END.items():
        assert sufs == tuple(s for s in _ENCLITICS if s.endswith(end))


# -- transliteration: the calls of several country hints decoded together -----------------------

# made-up names no dictionary of the package holds (so that the model spells them), and words
NAMES = ["زرنوقي", "بيلاتشيفو", "قمطريان", "فتوشكا", "دمبلاريس سنجلخ", "أوكتاريزو", "تيمورجان",
         "كلابيشوف", "هزرمان", "بيغولانيتو", "نقيزاوي", "عبد الودود تطوير"]


@pytest.fixture(scope="module")
def translit():
    from marsad.actors import romanize

    from marsad.actors.calls import calls_ok

    translit, batch_ok = romanize._transliterator()
    if not batch_ok or translit.model is None or not calls_ok(translit):
        pytest.skip("arabic_name_romanizer's model is not the expected one")
    return translit


def test_calls_decoded_together_give_what_each_gives_alone(translit):
    # (the seventh session shared the calls' model runs through threads, `marsad.actors.joint`;
    # the ninth does it in one pass over the calls, `marsad.actors.calls`)
    from marsad.actors.calls import transliterate_calls

    calls = [(NAMES[:5], "IR"), (NAMES[5:9], None), (NAMES[9:], "MA"), (NAMES[2:3], "EG"),
             (["زرنوقي"], "IR")]
    alone = [translit.transliterate_many(units, country=iso2) for units, iso2 in calls]
    together = transliterate_calls(translit, calls)
    assert together == alone
    assert all(out and all(out) for out in together)
    # the hint is read: Iran's and Morocco's spellings of one name are the model's own, per hint
    assert transliterate_calls(translit, [(["قمطريان"], "IR"), (["قمطريان"], "MA")]) == \
        [translit.transliterate_many(["قمطريان"], country=c) for c in ("IR", "MA")]


def test_decode_many_equals_decode_request_by_request(translit):
    model = translit.model
    roles = ["unknown", "given", "surname"]
    requests = [([(u, roles[i % 3]) for i, u in enumerate(NAMES[:6])], "IR"),
                ([(u, "unknown") for u in NAMES[6:]], None), ([(NAMES[0], "given")], "MA")]
    assert model.decode_many(requests) == [model._decode(items, c) for items, c in requests]


def test_a_pipeline_codes_names_of_several_countries_as_article_by_article():
    nlp = marsad.load()
    texts = ["قال وزير الخارجية الإيراني قمطريان زرنوقي إن بلاده تدعم الحوار.",
             "التقى الرئيس المصري بالسفير المغربي تيمورجان هزرمان في القاهرة.",
             "وصرح المتحدث الروسي كلابيشوف بيلاتشيفو بأن الاجتماع انتهى."]
    alone = [marsad.load()(t).to_dict() for t in texts]
    batch = [d.to_dict() for d in nlp.code_batch([nlp.make_doc(t) for t in texts])]
    assert batch == alone
    spelt = [e["transliteration"] for d in batch for e in d["entities"] if e["transliteration"]]
    assert len(spelt) >= 2  # new names were spelt by the model in the batch


def test_the_name_index_answers_each_whole_name_once():
    from marsad.actors.romanize import _KeptAnswers

    class Index:
        calls = 0

        def lookup_full(self, key, country=None, script="arabic"):
            Index.calls += 1
            return [(key, country, script)]

        def lookup_unit(self, key, country=None, role=None, script="arabic"):
            return [(key, role)]

    kept = _KeptAnswers(Index())
    first = kept.lookup_full("زرنوقي", "IR", "arabic")
    first.append("changed by a caller")
    assert kept.lookup_full("زرنوقي", "IR", "arabic") == [("زرنوقي", "IR", "arabic")]
    assert kept.lookup_full("زرنوقي", "MA", "arabic") == [("زرنوقي", "MA", "arabic")]
    assert Index.calls == 2  # once per (name, country, script)
    assert kept.lookup_unit("زرنوقي", "IR", "given") == [("زرنوقي", "given")]


def test_the_pipelines_transliterator_keeps_whole_name_answers(translit):
    from marsad.actors.romanize import _KeptAnswers

    if translit.index is None:
        pytest.skip("the package has no name index")
    assert isinstance(translit.index, _KeptAnswers)
    inner = translit.index._index
    for name in ("محمد بن سلمان", "زرنوقي", "عبد الله"):
        assert translit.index.lookup_full(name, "SA", "arabic") == \
            inner.lookup_full(name, "SA", "arabic")
