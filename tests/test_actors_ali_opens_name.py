"""علي opening a name, eleventh session, on texts of our own: in a text that writes the
preposition على with ى, علي before a given name or a family name with the article in ي is the
name Ali (الوزير علي حسن الساعدي), read with the rest of the name and with its title; in a text
that writes no على it may be the misspelt preposition, and is left out as before."""

from __future__ import annotations

import pytest
from _pipelines import actors_nlp as nlp  # noqa: F401 (a fixture)
from _pipelines import entity_names


def persons(nlp, text):
    return entity_names(nlp, text, "PERSON")


@pytest.mark.parametrize("text, names", [
    ("وقال الوزير علي حسن الساعدي إن الحكومة ماضية في خطتها على الرغم من الانتقادات.",
     ["علي حسن الساعدي"]),
    ("وأعلن المدرب علي الشمري أن الفريق جاهز، وشدد على أهمية المباراة.", ["علي الشمري"]),
    ("وعادت الجائزة للكويتي علي يوسف الدوسري بعد المنافسة على اللقب.", ["علي يوسف الدوسري"]),
    # after علي one name word is enough before a listed accusative, and a family name in ة
    # after the given name stays
    ("وعين الاتحاد الحكم الدولي علي سالم عضوا في اللجنة على الفور.", ["علي سالم"]),
    ("وأصيب الطفل علي سامي عوابدة، ونقل إلى المستشفى على الفور.", ["علي سامي عوابدة"]),
    # a third name word after علي and a given name stays (not cut as the next word)
    ("وتحدث الدكتور علي محمد زيدان عن التجربة على المنصة.", ["علي محمد زيدان"]),
])
def test_ali_opens_a_name_where_ala_is_spelt_apart(nlp, text, names):
    assert persons(nlp, text) == names


def test_ali_is_read_only_where_ala_is_spelt_apart_and_not_after_a_name(nlp):
    # the same sentence without على: علي may be the preposition, the title stays alone
    bare = "وقال الوزير علي حسن الساعدي إن الحكومة ماضية في خطتها."
    assert persons(nlp, bare)[-1] == "حسن الساعدي"
    spelt = bare[:-1] + " على الرغم من الانتقادات."
    assert persons(nlp, spelt) == ["علي حسن الساعدي"]
    # after a given name علي ends that name, and no name opens at it before و + a name
    assert "علي وهاني سعيد" not in " ".join(
        persons(nlp, "وشارك في المباراة كريم علي وهاني سعيد على أرض الملعب."))
