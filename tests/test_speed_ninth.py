"""Fresh-text speed, ninth session: each shortcut gives what the computation it replaces gives.

- `marsad.actors.calls.transliterate_calls`: the calls of a batch to the transliterator as one
  pass split at the model, against the package's own `transliterate_many` call by call;
- `Romanizer._transliterate` takes that pass (no threads) and falls back on an error;
- `CompiledEvents.context_names` through the index of the context lists' words.

The names are made up here (no dictionary of the package holds them, so the model spells them),
with a few common ones the dictionary answers.
"""

from __future__ import annotations

import pytest

from marsad.events import patterns
from marsad.pipeline import Resources

# made-up names (the model spells them), names the dictionary holds, and the odd inputs
MADE_UP = ["زرنوقي", "بيلاتشيفو", "قمطريان", "فتوشكا", "أوكتاريزو", "تيمورجان", "كلابيشوف",
           "هزرمان", "نقيزاوي", "دمبلاريس سنجلخ", "عبد الودود تطوير"]
KNOWN = ["محمد", "عبدالله", "أحمد", "فاطمة", "حسن", "عبد الرحمن", "أبو بكر", "العايد", "العائد"]
ODD = ["", "Smith", "كلابيشوف-هزرمان", "پرویز", "گلناز", "بن", "آل"]
HINTS = [None, "IR", "MA", "EG", "US", "AF", "FR"]


@pytest.fixture(scope="module")
def translit():
    from marsad.actors import romanize
    from marsad.actors.calls import calls_ok

    translit, batch_ok = romanize._transliterator()
    if not batch_ok or not calls_ok(translit):
        pytest.skip("arabic_name_romanizer is not the expected one")
    return translit


def _calls():
    names = MADE_UP + KNOWN + ODD
    # each hint gets a share of the names and the odd ones; two calls share a hint's model (IR, AF)
    return [(names[k::3] + ODD, hint) for k, hint in enumerate(HINTS)]


def test_one_pass_over_the_calls_gives_what_each_call_gives(translit):
    from marsad.actors.calls import transliterate_calls

    calls = _calls()
    alone = [translit.transliterate_many(names, country=hint) for names, hint in calls]
    assert transliterate_calls(translit, calls) == alone
    spelt = [s for out in alone for s in out]
    assert sum(1 for s in spelt if s) > 40  # the model's, the dictionary's and the rules' spellings
    # the hint is read (one name, two hints: each the package's own)
    assert transliterate_calls(translit, [(["قمطريان"], "IR"), (["قمطريان"], "MA")]) == \
        [translit.transliterate_many(["قمطريان"], country=c) for c in ("IR", "MA")]


def test_the_romanizer_spells_a_batch_without_threads(translit, monkeypatch):
    import threading

    from marsad.actors import romanize

    def no_threads(*args, **kwargs):
        raise AssertionError("the calls went through threads")

    monkeypatch.setattr(threading.Thread, "start", no_threads)
    r = romanize.Romanizer()
    todo = {(name, country): None for name in MADE_UP[:6] for country in (None, "IRN", "MAR")}
    r._transliterate(todo)
    for name, country in todo:
        assert r._cache[(name, country)] == translit.transliterate(
            name, country=r._iso2(country)), (name, country)
    assert r.batches == 3  # one per country, as before


def test_an_error_in_the_pass_falls_back_on_the_calls(translit, monkeypatch):
    from marsad.actors import romanize

    def broken(*args, **kwargs):
        raise ValueError("broken")

    monkeypatch.setattr(romanize, "transliterate_calls", broken)
    r = romanize.Romanizer()
    todo = {(name, country): None for name in MADE_UP[:4] for country in (None, "IRN")}
    r._transliterate(todo)
    assert all(r._cache[key] == translit.transliterate(key[0], country=r._iso2(key[1]))
               for key in todo)


@pytest.fixture(scope="module")
def compiled():
    return Resources().get("events.compiled", lambda r: patterns.compile_events(r.lexicon))


def test_context_lists_index_every_word_of_the_lists(compiled):
    compiled.build_filters()
    lists = compiled.context_lists
    assert set(lists) == set(compiled.context_vocab)
    for word, names in lists.items():
        assert names == frozenset(n for n, vocab in compiled.contexts.items() if word in vocab)
    # a word in several lists, and match keys from two lists and none
    shared = next(w for w, names in lists.items() if len(names) > 1)
    other = next(w for w, names in lists.items() if names.isdisjoint(lists[shared]))
    keys = frozenset({shared, other, "زخرفيه"})
    compiled.context_cache.clear()
    assert compiled.context_names(keys) == frozenset(
        n for n, vocab in compiled.contexts.items() if not keys.isdisjoint(vocab))
    assert len(compiled.context_names(keys)) >= 3
