"""Names, fifteenth session (docs/accuracy.md, "Dates and names leftovers, fifteenth session"), on
sentences written for this file: a given name that is also a noun or an adjective (صالح، سعيد،
عادل) is that word, not the person met before, after ل before an indefinite word in construct
(لصالح جماعة الحوثي), after غير or a pronoun (غير عادل، أنا سعيد) and before an adverb of degree
(سعيد للغاية); a family name before الأب is another member of the family (بوش الأب); a party
named with حزب inside a list after أحزاب (أحزاب الوفد وحزب النور) counts in the list."""

from __future__ import annotations

import pytest
from _pipelines import actors_nlp as nlp  # noqa: F401 (a fixture)
# (the fourteenth session's helpers: (name part, actor id) of each PERSON, (text, code) of each
# entity; only these names are imported, not its tests)
from test_actors_fourteenth import codes, persons


SALEH = "قال الرئيس اليمني علي عبد الله صالح إن الحوار مهم. "


# -- لصالح before an indefinite word in construct ----------------------------------------------------

@pytest.mark.parametrize("text", [
    SALEH + "وتنازل الوفد لصالح جماعة الحوثي.",  # in favour of the Houthi group
    SALEH + "وتحول ميزان القوى لصالح دول الخليج.",  # in favour of the Gulf states
])
def test_li_salih_before_a_construct_is_in_favour_of(nlp, text):
    got = persons(nlp, text)
    assert got and all(n != "صالح" for n, _ in got), got


@pytest.mark.parametrize("text", [
    # after a word of affiliation: those loyal to Saleh (guard)
    SALEH + "وقاتل الموالون لصالح مقاتلي المقاومة.",
    # a verb's subject after ل, its object with no definite word after it (guard)
    SALEH + "وهي أدوات سبق لصالح استخدامها ضد معارضيه.",
])
def test_li_salih_of_the_person_stays_the_person(nlp, text):
    got = persons(nlp, text)
    assert ("صالح", got[0][1]) in got, got


# -- a given name that is an adjective -------------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("قال اللاعب محمد سعيد إن الفريق جاهز. وأضاف المدرب: أنا سعيد للغاية بالفوز.", "سعيد"),
    ("قال اللاعب محمد سعيد إن الفريق جاهز. وقال المدرب إنه سعيد بالفوز.", "سعيد"),
    ("قال القاضي أحمد عادل إن الحكم نهائي. ووصف المحامي الحكم بأنه غير عادل.", "عادل"),
])
def test_a_given_name_used_as_an_adjective_is_no_person(nlp, text, word):
    got = persons(nlp, text)
    assert got and all(n != word for n, _ in got), got


def test_a_given_name_as_a_subject_stays_the_person(nlp):
    # (guard: Said confirmed)
    got = persons(nlp, "قال اللاعب محمد سعيد إن الفريق جاهز. وأكد سعيد أن المباراة صعبة.")
    assert ("سعيد", got[0][1]) in got, got


# -- a family name before الأب ------------------------------------------------------------------------

@pytest.mark.parametrize("text, full, family", [
    # a dictionary person's family name (found by the dictionary): the father
    ("قال الرئيس الأمريكي جورج بوش إن الحرب ضرورية. وكان بوش الأب قد خاض حرباً.", "جورج بوش",
     "بوش"),
    # an unknown person's family name (sought again)
    ("قال المهندس أحمد محمد الغامدي إن المشروع جاهز. وكان الغامدي الأب قد بدأه.",
     "أحمد محمد الغامدي", "الغامدي"),
])
def test_a_family_name_before_father_is_another_person(nlp, text, full, family):
    doc = nlp(text, published="2015-07-23")
    first = next(e for e in doc.entities if e.type == "PERSON")
    father = [e for e in doc.entities if e.type == "PERSON" and doc.text[e.start:e.end]
              in (family, f"{family} الأب")]
    assert father and all(e.actor_id != first.actor_id for e in father), \
        [(doc.text[e.start:e.end], e.actor_id) for e in doc.entities]
    assert [doc.text[e.start:e.end] for e in father] == [f"{family} الأب"]


def test_a_family_name_alone_stays_the_person(nlp):
    # (guard: no kinship word after it)
    doc = nlp("قال الرئيس الأمريكي جورج بوش إن الحرب ضرورية. وكان بوش قد خاض حرباً.",
              published="2015-07-23")
    ids = [e.actor_id for e in doc.entities if e.type == "PERSON"]
    assert len(ids) == 2 and ids[0] == ids[1], ids


# -- a party named with حزب inside a list after أحزاب -------------------------------------------------

@pytest.mark.parametrize("text, party", [
    # الوفد and حزب النور: two parties listed, الوفد the Wafd party (not a delegation)
    ("شاركت أحزاب الوفد وحزب النور في الانتخابات.", "الوفد"),
    ("قاطع حزبا الوفد وحزب النور الانتخابات.", "الوفد"),
    # the list goes on after حزب النور
    ("شاركت أحزاب الوفد وحزب النور والتجمع في الانتخابات.", "التجمع"),
])
def test_a_party_named_with_its_head_counts_in_the_list(nlp, text, party):
    got = codes(nlp, text)
    assert (party, "EGYPTY") in got and ("حزب النور", "EGYPTY") in got, got


def test_a_bare_name_before_a_party_with_no_list_head_is_not_a_party(nlp):
    # (guard: no أحزاب before it; الوفد the delegation)
    got = codes(nlp, "شارك الوفد وحزب النور في الانتخابات.")
    assert ("الوفد", "EGYPTY") not in got, got
