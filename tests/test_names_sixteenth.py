"""Names, sixteenth session (docs/accuracy.md, "Dates and names leftovers, sixteenth session"), on
sentences written for this file: a given name that is also an adjective (صالح، أمين، حسن …) right
after an indefinite noun of words.json `adjective_heads` (عمل صالح، رجل أمين، رجل حسن السيرة) is
that adjective, not the person met before nor a name; لصالح before a name (لصالح إسرائيل، لصالح
شركة أرامكو) is "in favour of", and the name after it stays a name."""

from __future__ import annotations

import pytest
from _pipelines import actors_nlp as nlp  # noqa: F401 (a fixture)
# (the fourteenth session's helper: (name part, actor id) of each PERSON; only it is imported)
from test_actors_fourteenth import persons


SALEH = "قال الرئيس اليمني علي عبد الله صالح إن الحوار مهم. "


# -- لصالح before a name -------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    (SALEH + "وصوتت دول كثيرة لصالح إسرائيل في المجلس.", None),
    (SALEH + "وتنازل المالك لصالح شركة أرامكو عن الأرض.", None),
    (SALEH + "وتنازل المرشح لصالح خالد المشعل في الانتخابات.", "خالد المشعل"),
])
def test_li_salih_before_a_name_is_in_favour_of(nlp, text, name):
    got = persons(nlp, text)
    assert got and all(n != "صالح" for n, _ in got), got
    if name:
        assert name in [n for n, _ in got], got


def test_li_salih_after_a_word_of_affiliation_stays_the_person(nlp):
    # (guard: those loyal to Saleh, before a name)
    got = persons(nlp, SALEH + "وهاجم الموالون لصالح إسرائيل.")
    assert ("صالح", got[0][1]) in got, got


# -- a given name after an indefinite noun ----------------------------------------------------

@pytest.mark.parametrize("text, word", [
    (SALEH + "وأضاف أن هذا عمل صالح للجميع.", "صالح"),
    (SALEH + "وأضاف أن الحوار يحتاج رجل صالح.", "صالح"),
    (SALEH + "وطالب بتوفير ماء صالح للشرب.", "صالح"),
    ("قال الوزير أمين الجميل إن الحوار مهم. ووصفه النائب بأنه رجل أمين.", "أمين"),
])
def test_a_given_name_after_an_indefinite_noun_is_its_adjective(nlp, text, word):
    got = persons(nlp, text)
    assert got and all(n != word for n, _ in got), got


def test_a_given_name_after_an_indefinite_noun_opens_no_name(nlp):
    got = persons(nlp, "وقال النائب إنه رجل حسن السيرة.")
    assert all("حسن" not in n for n, _ in got), got


@pytest.mark.parametrize("text", [
    # a verb first in its clause: Saleh worked (guard)
    SALEH + "وعمل صالح على تقوية الجيش.",
    # a verb after قد (guard)
    SALEH + "وقد عمل صالح على تقوية الجيش.",
    # a noun in construct with the person, not listed: Saleh's regime (guard)
    SALEH + "وانتقد المعارضون نظام صالح.",
])
def test_a_given_name_after_a_verb_or_a_construct_stays_the_person(nlp, text):
    got = persons(nlp, text)
    assert ("صالح", got[0][1]) in got, got
