"""The events stage's first analysis of a word (eighth session, second round): the shortcuts of
`marsad.events.patterns` give what the computations they replace give.

The words are built here: prefixes and pronouns of our own around the dictionary's own keys
(so that they reach its hits), and a few words written out.
"""

from __future__ import annotations

import pytest

from marsad.events import patterns
from marsad.events.conjugate import PRONOUN_ONLY
from marsad.events.patterns import _prefixed_word_keys, lookup_both, lookup_word, word_keys
from marsad.pipeline import Resources

PREFIXES = ["", "و", "ف", "ب", "ل", "ك", "س", "ال", "لل", "وال", "بال", "فلل", "وس", "وب", "كال",
            "ا", "وا"]
ENDINGS = ["", "ه", "ها", "هم", "هما", "كم", "نا", "ي", "ني", "ته", "تها", "ا", "ين", "ون", "ات"]
WRITTEN = ["الالتزامه", "الالال", "اعلنه", "ان", "الي", "الوزير", "الاجتماعي", "اقتحامها",
           "الى", "الحكومه", "بالحكومه", "لقائه", "بيتهما", "ستقصف", "سيزور", "قبضه", "اا", "ال"]


@pytest.fixture(scope="module")
def compiled():
    return Resources().get("events.compiled", lambda r: patterns.compile_events(r.lexicon))


@pytest.fixture(scope="module")
def words(compiled):
    stems = sorted(compiled.index)[::20] + sorted(compiled.speech_index)[::10]
    return WRITTEN + [p + s + e for p in PREFIXES for s in stems for e in ENDINGS]


def _reference_lookup(key_list, index, taa=False):
    """`lookup_word` as it was written before: every condition checked for every hit."""
    out = []
    for stem, how in key_list:
        hits = index.get(stem)
        if hits:
            out += [(h, how) for h in hits
                    if (len(stem) >= 3 or how in ("", "c")) and not (taa and "e" in how)
                    and not (h.form.tense in ("past", "present") and ("a" in how or "y" in how))
                    and not ("f" in how and h.form.tense != "present")
                    and not ("a" in how and ("e" in how or "y" in how))
                    and not ("b" in how and h.form.tense in ("past", "present"))
                    and not ("p" in how and h.form.tense == "past")
                    and not (h.form.person == PRONOUN_ONLY and "e" not in how)]
            if out:
                return out
    return out


def _reference_heh(key_list, index):
    """The hits of a word written with a final ه: those of the first key with any once the nouns
    spelt with ة are dropped where no pronoun nor ي was stripped; else the plain lookup's."""
    for stem, how in key_list:
        out = [(h, how2) for h, how2 in _reference_lookup([(stem, how)], index)
               if not (h.taa and "e" not in how and "y" not in how)]
        if out:
            return out
    return _reference_lookup(key_list, index)


def test_lookups_give_what_each_hit_checked_alone_gives(compiled, words):
    reached = 0
    for w in words:
        keys = word_keys(w)
        for index in (compiled.index, compiled.speech_index):
            plain, taa = _reference_lookup(keys, index), _reference_lookup(keys, index, True)
            assert lookup_word(keys, index) == plain, w
            assert lookup_word(keys, index, True) == taa, w
            heh = _reference_heh(keys, index)
            assert lookup_word(keys, index, heh=True) == heh, w
            # the three readings in one walk over the keys
            assert lookup_both(keys, index) == (tuple(plain), tuple(taa), tuple(heh)), w
            reached += bool(plain)
    assert reached > 1000  # the words reach the dictionary's hits, with every kind of strip


def test_a_final_taa_drops_only_the_readings_with_a_pronoun(compiled):
    # a stem of the dictionary reached by stripping a pronoun (اقتحامه = اقتحام + ه) is no
    # reading of a word ending in ة, which carries none; the next key's reading is taken then
    stem = next(s for s in sorted(compiled.index)
                if len(s) > 3 and lookup_word([(s, "e")], compiled.index))
    plain, taa, _heh = lookup_both([(stem, "e"), (stem, "")], compiled.index)
    assert plain and all(how == "e" for _, how in plain)
    assert taa and all(how == "" for _, how in taa)
    assert lookup_both([(stem, "e")], compiled.index)[1] == ()


def test_words_beginning_with_alif_take_the_general_walk_s_keys(words):
    alif = [w for w in words if len(w) > 2 and w[0] == "ا"]
    assert len(alif) > 1000
    for w in alif:
        assert word_keys(w) == _prefixed_word_keys(w, [(w, "")]), w
    # the article and a pronoun: the word, its rest, and each without the pronoun, once each
    assert word_keys("الحكومته") == [("الحكومته", ""), ("حكومته", "a"), ("الحكومت", "e"),
                                     ("الحكومه", "e"), ("حكومت", "ae"), ("حكومه", "ae")]
    # a rest that begins with ال itself: its stems are not repeated
    keys = [k for k, _ in word_keys("الالتزامه")]
    assert len(keys) == len(set(keys))


def test_words_in_no_context_list_are_not_kept_in_the_cache(compiled):
    compiled.context_cache.clear()
    plain = compiled.analyse("الكتاب")[1] | {"زخرفيه"}
    listed = next(iter(compiled.context_vocab))
    assert compiled.context_names(frozenset({"زخرفيه"})) == frozenset()
    assert not compiled.context_cache  # nothing stored for a word in no list
    names = compiled.context_names(frozenset({listed}))
    assert names and all(listed in compiled.contexts[n] for n in names)
    assert compiled.context_cache == {frozenset({listed}): names}
    assert compiled.context_names(plain) == frozenset(
        n for n, vocab in compiled.contexts.items() if not plain.isdisjoint(vocab))
