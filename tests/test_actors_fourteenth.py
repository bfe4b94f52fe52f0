"""Names and actor codes, fourteenth session, on sentences written for these tests: a given name
that is also a noun is that noun in construct after a preposition (لصالح القرار، من أجل صالح
الراهبات), not the person met before; a name's word before a kinship word (باراك الأب) is
another member of the family; bare party names listed after أحزاب are the parties; the
evaluator reads an international primary code (IMGREB) as the OEDA coders' country column."""

from __future__ import annotations

import json

import pytest
from _pipelines import actors_nlp as nlp  # noqa: F401 (a fixture)


def persons(nlp, text):
    """(name part, actor id) of each PERSON entity of `text`."""
    doc = nlp(text, published="2015-07-23")
    spans = doc.state.get("actors.names", {})
    return [(doc.text[slice(*spans[k])] if k in spans else e.text, e.actor_id)
            for k, e in enumerate(doc.entities) if e.type == "PERSON"]


def ids_of(got, name):
    return [a for n, a in got if n == name]


def codes(nlp, text):
    """(mention text, actor code) of each entity of `text`."""
    doc = nlp(text, published="2015-07-23")
    return [(doc.text[e.start:e.end], e.actor_code) for e in doc.entities]


# -- a given name that is also a noun, in construct after a preposition -------------------------

@pytest.mark.parametrize("text, full", [
    # a name found after a person noun; its last word is the noun "interest" after من أجل
    ("غنى المطرب مدحت صالح في الحفل. وجمعت الفرقة المال من أجل صالح الراهبات.", "مدحت صالح"),
    # a dictionary person's last word after the proclitic ل, before a definite word
    ("قال الرئيس اليمني علي عبد الله صالح إن الحوار مهم. وصوت البرلمان لصالح القانون.",
     "علي عبد الله صالح"),
    # after في
    ("قال الرئيس اليمني علي عبد الله صالح إن الحوار مهم. والاتفاق في صالح المواطنين.",
     "علي عبد الله صالح"),
])
def test_a_given_name_that_is_a_noun_in_construct_is_no_person(nlp, text, full):
    got = persons(nlp, text)
    first = ids_of(got, full)
    assert first and not any(n == "صالح" and a in first for n, a in got), got


@pytest.mark.parametrize("text", [
    # a genitive after a noun, the adjective after it the noun's: his last term (guard)
    "قال الرئيس اليمني علي عبد الله صالح إن الحوار مهم. وفي ولاية صالح الأخيرة تراجع الاقتصاد.",
    # after ل with no definite word after: loyal to him (guard)
    "قال الرئيس اليمني علي عبد الله صالح إن الحوار مهم. وقاتل الجنود الموالون لصالح في المدينة.",
    # the subject of a verb (guard)
    "غنى المطرب مدحت صالح في الحفل. وقال صالح إن الجمهور رائع.",
])
def test_the_name_alone_where_a_name_stands_is_the_person(nlp, text):
    got = persons(nlp, text)
    full = got[0][1]
    assert ("صالح", full) in got, got


# -- a kinship word after a name's word -----------------------------------------------------------

@pytest.mark.parametrize("text, full, word", [
    # a dictionary person's first word alone, after the proclitic ل
    ("قال الرئيس الأمريكي باراك أوباما إن الاتفاق جيد. وزار قرية لباراك الأب في كينيا.",
     "باراك أوباما", "باراك"),
    # an unknown person's first word
    ("وصل الممثل جورج كلوني إلى روما. وكان جورج الابن قد سافر معه.", "جورج كلوني", "جورج"),
])
def test_a_name_word_before_a_kinship_word_is_another_of_the_family(nlp, text, full, word):
    got = persons(nlp, text)
    first = ids_of(got, full)
    other = ids_of(got, word)
    assert first and other and not set(first) & set(other), got


@pytest.mark.parametrize("text, word", [
    # the rule of the thirteenth session: no kinship word (guard)
    ("وصل الممثل جورج كلوني إلى روما. وقال جورج إنه سعيد بالزيارة.", "جورج"),
    # a family name before a kinship word may be the person met before, the son (guard)
    ("وصل السياسي أحمد علي عبد الله صالح إلى عدن. وحذر الأمير صالح الابن من التمادي.", "صالح"),
])
def test_the_person_met_before_without_a_first_word_before_a_kinship_word(nlp, text, word):
    got = persons(nlp, text)
    assert ids_of(got, word) and ids_of(got, word)[0] == got[0][1], got


# -- bare party names listed after أحزاب ---------------------------------------------------------

@pytest.mark.parametrize("text, parties", [
    ("وشاركت أحزاب الوفد والتجمع والمصريين الأحرار في الاجتماع.",
     [("الوفد", "EGYPTY"), ("التجمع", "EGYPTY"), ("المصريين الأحرار", "EGYPTY")]),
    # a comma before the و, and the dual
    ("وانتقدت أحزاب النور، والوفد قرار الحكومة.", [("النور", "EGYPTY"), ("الوفد", "EGYPTY")]),
    ("واجتمع ممثلو حزبي الوفد والمصريين الأحرار مع الوزير.",
     [("الوفد", "EGYPTY"), ("المصريين الأحرار", "EGYPTY")]),
])
def test_bare_party_names_after_ahzab_are_the_parties(nlp, text, parties):
    got = codes(nlp, text)
    assert all(p in got for p in parties), got


@pytest.mark.parametrize("text, word", [
    # one listed name is no list: centrist parties (guard)
    ("وتحالفت أحزاب الوسط في البرلمان.", "الوسط"),
    # no plural of حزب before them: a delegation (guard)
    ("واستقبل الوزير الوفد والتجمع في مكتبه.", "الوفد"),
])
def test_bare_names_outside_a_party_list_are_no_parties(nlp, text, word):
    got = codes(nlp, text)
    assert (word, "EGYPTY") not in got, got


# -- the evaluator: international primary codes in the country slot ----------------------------

def test_international_primary_codes_take_the_country_slot():
    from marsad.eval.gsr import split_code

    assert split_code("IMGREB") == ("IMG", "REB")
    assert split_code("IGONAT") == ("IGO", None)  # NATO: an organisation, no role
    assert split_code("IGOUNO") == ("IGO", None)
    assert split_code("NGO") == ("NGO", None)
    assert split_code("IRQMIL") == ("IRQ", "MIL")  # (unchanged)
    assert split_code("UAF") == (None, "UAF")


class _Actor:
    def __init__(self, code):
        self.actor_code = code


class _Event:
    plover, modality, cameo = "ASSAULT", "asserted", "190"

    def __init__(self, source, target):
        self.source, self.target = _Actor(source), _Actor(target)


class _Doc:
    def __init__(self, events):
        self.events = events


class _Coder:
    """A stand-in pipeline: every text gets one attack by an IMGREB group on IRQMIL."""

    def pipe(self, items, n_process=1):
        for _ in items:
            yield _Doc([_Event("IMGREB", "IRQMIL")])


def test_a_record_coded_imgreb_matches_the_coders_img_reb(tmp_path):
    from marsad.eval.gsr import score_spans

    record = {"text": "هاجم مسلحو التنظيم دورية للجيش.", "event_type": "ASSAULT",
              "spans": [{"source_role": {"main": "IMG", "role": "REB"},
                         "target_role": {"main": "IRQ", "role": "MIL"}}] * 2}
    path = tmp_path / "assault_spans.json"
    path.write_text(json.dumps([record], ensure_ascii=False), encoding="utf-8")
    got = score_spans(path, "ASSAULT", _Coder(), None, 1)
    assert got["source"]["country_accuracy"] == 1.0 and got["source"]["role_accuracy"] == 1.0
    assert got["target"]["country_accuracy"] == 1.0
