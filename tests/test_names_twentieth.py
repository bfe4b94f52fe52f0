"""Names, twentieth session (docs/accuracy.md, "Dates and names leftovers, twentieth session"),
on sentences written for this file:

- a title written with the hamza of another noun its key folds like (words.json
  `hamza_homographs`: إلى الأمام، للأمام, forward) is no title: الإمام (the imam) is;
- a surname alone after the full names of two people who bear it is the nearest one's (the
  last full name before it), not the first one's.
"""

from __future__ import annotations

import pytest
from _pipelines import actors_nlp as nlp  # noqa: F401 (a fixture)
from test_actors_fourteenth import persons


@pytest.mark.parametrize("text", [
    "ودعا الوزير إلى المضي إلى الأمام في تنفيذ الاتفاق.",
    "وقال إن البلاد تتقدم للأمام بخطى ثابتة.",
])
def test_forward_is_no_imam(nlp, text):
    # (no person at all: no imam, nor an imam named بخطى ثابتة)
    assert [i for _, i in persons(nlp, text) if i != "role:GOV:minister"] == []


def test_the_imam_stays(nlp):
    # written with its own hamza: the imam (guard)
    got = persons(nlp, "وأرسل الوزير رسالة إلى الإمام.")
    assert [i for _, i in got if "imam" in i] == ["role:REL:imam"]


@pytest.mark.parametrize("text, first, second", [
    # two unknown names with one surname: the lone surname after both is the second's
    ("وقال المدرب خالد الحربي إن الفريق قوي. وقال اللاعب سعود الحربي إن المباراة صعبة. "
     "وأضاف الحربي أنه سعيد بالفوز.", "خالد الحربي", "سعود الحربي"),
    # a dictionary person first (the Saudi spokesman), an unknown bearer after him (guard: the
    # dictionary's name is not sought again by its surname)
    ("وقال المتحدث العسكري أحمد عسيري إن الطائرات قصفت المواقع. وقال اللاعب سعود عسيري إن "
     "الفريق قوي. وأضاف عسيري أنه سعيد بالفوز.", "أحمد عسيري", "سعود عسيري"),
])
def test_a_lone_surname_is_the_nearest_bearers(nlp, text, first, second):
    got = persons(nlp, text)
    ids = dict(got)
    assert first in ids and second in ids and ids[first] != ids[second]
    lone = [i for n, i in got if n in ("الحربي", "عسيري")]
    assert lone == [ids[second]]


def test_one_bearer_keeps_the_lone_surname(nlp):
    # one full name: the lone surname is his, however far (guard)
    text = ("وقال المدرب خالد الحربي إن الفريق قوي. وقال اللاعب إن المباراة صعبة. "
            "وأضاف الحربي أنه سعيد بالفوز.")
    got = persons(nlp, text)
    assert [i for n, i in got if n == "الحربي"] == [dict(got)["خالد الحربي"]]
