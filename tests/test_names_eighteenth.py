"""Names, eighteenth session (docs/accuracy.md, "Dates and names leftovers, eighteenth
session"), on sentences written for this file: a word shaped like a verb (تناولت، استعرض، ارتكب)
right after a cue of an unknown name (a definite nationality, a person noun, a clause verb)
opens no name; real names after such cues stay."""

from __future__ import annotations

import pytest
from _pipelines import actors_nlp as nlp  # noqa: F401 (a fixture)
# (the fourteenth session's helper: (name part, actor id) of each PERSON; only it is imported)
from test_actors_fourteenth import persons


def test_a_verb_after_a_nationality_opens_no_name(nlp):
    # تناولت "(the talks) dealt with": no person «التركي تناولت تشكيل»
    got = persons(nlp, "وأجرى الوزير محادثات مع نظيريه الإيطالي و التركي تناولت تشكيل و مهمة "
                       "القوة.")
    assert not any("تناولت" in n for n, _ in got), got


@pytest.mark.parametrize("text, name", [
    # names after a nationality or a person noun (guards)
    ("وقال اللاعب الياباني شونسوكي ناكامورا إنه سعيد.", "شونسوكي ناكامورا"),
    ("وقالت العداءة الإثيوبية تيرونيش ديبابا إنها سعيدة.", "تيرونيش ديبابا"),
    ("وقال الفنان عمرو دياب إن الألبوم جاهز.", "عمرو دياب"),
])
def test_names_after_a_cue_stay(nlp, text, name):
    assert name in [n for n, _ in persons(nlp, text)]
