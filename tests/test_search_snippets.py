"""Search snippets (store/query.py `snippet`): cut at a space, never inside a word, with "…" on
each side where the text was cut (twelfth session, second round). Sentences written for these tests."""

from __future__ import annotations

from marsad.store.query import snippet

AR_WORDS = ("وقالت", "الحكومة", "المصرية", "إن", "المفاوضات", "مع", "الجانب", "الآخر", "ستستمر",
            "خلال", "الأسبوع", "المقبل")
EN_WORDS = ("The", "minister", "said", "that", "negotiations", "with", "the", "other", "side",
            "would", "continue", "next", "week")


def _long(words, middle, n=30):
    # the same sentence many times before and after the searched word
    return " ".join(list(words) * n + [middle] + list(words) * n)


def _check_cut(text, query, word):
    snip, marks = snippet(text, query, width=120)
    assert snip.startswith("…") and snip.endswith("…"), snip
    body = snip[1:-1]
    # every word of the snippet is a whole word of the text: no half word at either end
    vocabulary = set(text.split())
    assert set(body.split()) <= vocabulary, body
    assert body == body.strip()
    assert body in text
    assert [snip[s:e] for s, e in marks] == [word], (snip, marks)
    return snip


def test_an_arabic_snippet_is_cut_at_spaces_with_an_ellipsis():
    _check_cut(_long(AR_WORDS, "البرلمان"), "البرلمان", "البرلمان")


def test_a_latin_snippet_is_cut_at_spaces_with_an_ellipsis():
    _check_cut(_long(EN_WORDS, "parliament"), "parliament", "parliament")


def test_only_a_cut_side_has_an_ellipsis():
    text = "البرلمان " + " ".join(AR_WORDS * 40)
    snip, marks = snippet(text, "البرلمان", width=100)
    assert not snip.startswith("…") and snip.endswith("…"), snip
    assert set(snip[:-1].split()) <= set(text.split())
    assert [snip[s:e] for s, e in marks] == ["البرلمان"]
    # a short text is shown whole, with no ellipsis at all
    text = "وافق البرلمان على القانون الجديد."
    snip, marks = snippet(text, "البرلمان")
    assert snip == text
    assert [snip[s:e] for s, e in marks] == ["البرلمان"]
