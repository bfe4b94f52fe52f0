"""The lead's review of the twenty-first session, stages: each case failed before its mend, on
sentences written here.

- The actors stage built its table of the words that may open a name (`candidate_table`) outside
  the pipeline's lexicon set, so a user's words.json `surname_given_names` was not read there: a
  given name the user added opened no name before a dictionary person's surname.
- `Event.reporters` took the speaker an agency relays from a direct quote only; the speaker of an
  indirect quote (نقلت الوكالة عن X قوله إن …) whose content holds the trigger tells it too.
"""

from __future__ import annotations

import json

import pytest

import marsad

DAY = "2015-07-25"
ACTOR_STAGES = ("layout", "sentences", "tokens", "actors")


def _user_words(tmp_path, category: str, words: list[str]):
    """A user's my_words.json (kind words, another name): its words join the built-in category."""
    (tmp_path / "my_words.json").write_text(json.dumps({
        "lexicon": "words", "version": "1", "description": "a user's additions",
        "entries": [{"category": category, "words": words}]}, ensure_ascii=False),
        encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("text, name", [
    ("وقالت وعد الأسد إن الوضع صعب.", "وعد الأسد"),
    ("التقى الوزير وعد الأسد أمس.", "وعد الأسد"),
])
def test_a_users_surname_given_name_opens_a_name(tmp_path, text, name):
    def persons(nlp):
        return [e.text for e in nlp(text, published=DAY).entities if e.type == "PERSON"]

    # the built-in words: «وعد» is a word (promised), no name before الأسد
    assert name not in persons(marsad.load(stages=ACTOR_STAGES))
    user = marsad.load(stages=ACTOR_STAGES,
                       lexicon_dirs=[_user_words(tmp_path, "surname_given_names", ["وعد"])])
    assert name in persons(user)


def _reporting(nlp, text):
    """(cameo, reported_by's words, the reporters' words) of each event."""
    return [(e.cameo, e.reported_by and e.reported_by.text, [r.text for r in e.reporters])
            for e in nlp(text, published=DAY).events]


@pytest.mark.parametrize("text, cameo, reporters", [
    ("ونقلت وكالة رويترز عن مسؤول أمريكي قوله إن مسلحين هاجموا قاعدة للجيش العراقي أمس.",
     "190", ["وكالة رويترز", "مسؤول أمريكي"]),
    ("وأفادت وكالة رويترز نقلا عن شهود عيان بأن الشرطة فرقت المتظاهرين في القاهرة أمس.",
     "175", ["وكالة رويترز", "شهود عيان"]),
    # an attribution after the speaker's words: the agency still first
    ("وقال مسؤول أمريكي إن مسلحين هاجموا قاعدة للجيش العراقي أمس، بحسب وكالة رويترز.",
     "190", ["وكالة رويترز", "مسؤول أمريكي"]),
])
def test_an_agency_relaying_an_indirect_quote_reports_with_its_speaker(nlp, text, cameo,
                                                                       reporters):
    # reported_by stays the agency (the first reporter)
    assert (cameo, "وكالة رويترز", reporters) in _reporting(nlp, text)


def test_an_indirect_quotes_speaker_joins_only_the_events_inside_it(nlp):
    # the agency's own words: it alone (its quote's speaker is the agency itself)
    text = "وذكرت وكالة رويترز أن مسلحين هاجموا قاعدة للجيش العراقي أمس."
    assert _reporting(nlp, text) == [("190", "وكالة رويترز", ["وكالة رويترز"])]
    # a speaker with no agency: no reporter, as before
    text = "وقال مسؤول أمريكي إن مسلحين هاجموا قاعدة للجيش العراقي أمس."
    assert _reporting(nlp, text) == [("190", None, [])]
    # the reporter's own words, its mention read by the quotes as the Cameroonian television
    # named before: the same mention, one reporter
    text = "أعلن التلفزيون الكاميروني مقتل جنديين. كما ذكر التلفزيون أن مسلحين هاجموا قاعدة للجيش."
    assert [r for c, _, r in _reporting(nlp, text) if c == "190"] == [["التلفزيون"]]
    # the failing case of the mend beside them
    text = "ونقلت وكالة رويترز عن مصدر أمني قوله إن مسلحين قتلوا جنديين في الموصل أمس."
    assert [r for _, _, r in _reporting(nlp, text)] == [["وكالة رويترز", "مصدر أمني"]]
