"""Speed, nineteenth session: look-ups made without a Python call, and work skipped when unread.

- `normalize.fold` is the `__getitem__` of a dictionary of folded words (`_FoldedWords`): a word
  folded before costs one look-up in C. A word not yet in it is folded as before and kept; a text
  longer than `_FOLD_CACHED_LEN` is folded and not kept; the dictionary is emptied at its bound.
- The events stage reads its word lists (`_context`) through a dictionary's `__getitem__` set on
  the instance: the same lists, and the empty set for a name the dictionary lacks.
- The events stage seeks a sentence's years only when the sentence has a trigger.

Each cache is checked to give what the uncached code gives. The sentences are ours.
"""

from __future__ import annotations

import pytest

from marsad.text import normalize

# (ours: a hamza on alef, a fatha, a ta marbuta, alef maqsura, a hamza on waw, a tatweel,
# Arabic-Indic digits, Latin capitals)
WORDS = ["أعلنَ", "الحكومةُ", "مستشفى", "مؤتمر", "الـمدينة", "٢٠١٥", "NATO", "قال", ""]
# folded by hand: ا for أ, no fatha or damma, ه for ة, ي for ى, و for ؤ, no tatweel, ASCII
# digits, lower case
FOLDED = ["اعلن", "الحكومه", "مستشفي", "موتمر", "المدينه", "2015", "nato", "قال", ""]


def test_fold_gives_the_folded_form_from_its_dictionary_and_without_it():
    normalize._FOLDED_WORDS.clear()
    first = [normalize.fold(w) for w in WORDS]  # each word folded and kept
    assert first == FOLDED
    assert all(w in normalize._FOLDED_WORDS for w in WORDS)
    again = [normalize.fold(w) for w in WORDS]  # each word read from the dictionary
    assert again == FOLDED
    # what the uncached folding gives (str.translate for a word; the replacements for a text)
    assert [normalize._fold(w) for w in WORDS] == FOLDED
    assert [w.translate(normalize.FOLD_DELETE_TABLE) for w in WORDS] == FOLDED


def test_a_long_text_is_folded_and_not_kept():
    text = "أعلنت الحكومةُ اليوم عن خطة جديدة لدعم المستشفى في المدينة"
    assert len(text) > normalize._FOLD_CACHED_LEN
    assert normalize.fold(text) == "اعلنت الحكومه اليوم عن خطه جديده لدعم المستشفي في المدينه"
    assert text not in normalize._FOLDED_WORDS
    assert normalize.fold(text) == normalize._fold(text)


def test_the_fold_dictionary_is_bounded(monkeypatch):
    monkeypatch.setattr(normalize, "_FOLD_CACHE_LIMIT", 3)
    normalize._FOLDED_WORDS.clear()
    got = [normalize.fold(w) for w in WORDS]
    assert got == FOLDED  # emptied twice on the way, every word still folded right
    assert len(normalize._FOLDED_WORDS) <= 3
    normalize._FOLDED_WORDS.clear()


def _event_stage(nlp):
    from marsad.stages.events import EventStage

    return next(s for s in nlp.stages if isinstance(s, EventStage))


def test_the_event_stage_reads_its_word_lists_through_a_dictionary(nlp):
    stage = _event_stage(nlp)
    assert "_context" in vars(stage)  # the instance's own look-up, not the class's method
    contexts = stage.compiled.contexts
    assert contexts
    for name, words in contexts.items():
        assert stage._context(name) is words
    missing = stage._context("no_such_list_of_words")
    assert missing == frozenset() and isinstance(missing, frozenset)
    assert "no_such_list_of_words" not in vars(stage)["_context"].__self__  # nothing stored


# (ours: a killing with its doer, a protest, and a sentence with a year and no event)
SENTENCES = ("قتل مسلحون خمسة جنود في هجوم على نقطة تفتيش شمال بغداد أمس. "
             "وتظاهر آلاف الطلاب في القاهرة احتجاجاً على رفع الأسعار. "
             "وكان الجو جميلاً في صيف عام 2010.")


def test_the_events_are_the_same_with_the_method_and_with_the_dictionary(nlp):
    from dataclasses import asdict

    stage = _event_stage(nlp)
    fast = vars(stage)["_context"]
    with_dict = [asdict(e) for e in nlp(SENTENCES, published="2015-07-25").events]
    try:
        del stage._context  # the class's method again: the lists looked up as before
        with_method = [asdict(e) for e in nlp(SENTENCES, published="2015-07-25").events]
    finally:
        stage._context = fast
    assert with_dict == with_method
    assert len(with_dict) >= 2  # the killing and the protest


def test_years_are_sought_only_in_a_sentence_with_a_trigger(nlp, monkeypatch):
    import marsad.stages.events as stage_module

    asked = []
    real = stage_module._years

    def counting(view):
        asked.append(view.index)
        return real(view)

    monkeypatch.setattr(stage_module, "_years", counting)
    doc = nlp(SENTENCES, published="2015-07-25")
    assert len(doc.sentences) == 3
    assert 2 not in asked  # the third sentence (a year, no trigger): its years not sought
    assert asked and set(asked) <= {0, 1}


# (ours: a sentence with no list of examples, then one that ends inside one)
EXAMPLES = "كان الجو جميلاً في المدينة. وطالبوا بوقف الانتهاكات، مثل بناء الجدار."


def test_a_sentence_with_no_word_opening_a_list_is_not_walked_back(nlp, monkeypatch):
    import marsad.events.framing as framing
    import marsad.stages.events as stage_module

    walked, ended = [], []
    real_walk, real_end = framing._example_list_before, stage_module._ends_in_example_list

    def walking(view, end, joined):
        walked.append(view.index)
        return real_walk(view, end, joined)

    def ending(view):
        got = real_end(view)
        ended.append((view.index, got))
        return got

    monkeypatch.setattr(framing, "_example_list_before", walking)
    monkeypatch.setattr(stage_module, "_ends_in_example_list", ending)
    doc = nlp(EXAMPLES, published="2015-07-25")
    assert len(doc.sentences) == 2
    assert ended == [(0, False), (1, True)]  # by hand: only the second ends in مثل …
    assert 0 not in walked  # no مثل or قبيل in the first: no walk back from its end
    assert 1 in walked
