"""Modality decided clause by clause, through the whole pipeline, on sentences written for this
file (docs/accuracy.md, "Event modality, ninth session"):

- an act joined by و to a background attack with no subject of its own goes on telling that
  attack (غداة هجوم … وضرب مدينة، بعد أن هاجم مسلحون … وقتلوا): `historical` like it; a verb
  with its own subject, or after a comma, opens a clause of its own and keeps its modality;
- an aim told by a verb of aiming, also in a relative clause (الخطة التي تهدف إلى تفجير،
  المجموعة التي سعت إلى اغتيال): `intended`, not the background the relative clause would make;
  so is the act تستهدف takes as its object (عملية كانت تستهدف تفجير السفارة);
- the lines of a chronology (1989 - مجموعة تقوم بخطف …) tell, in the historical present, what
  happened in that year: dated to it and `historical`, not habitual nor asserted now.
"""

from __future__ import annotations

import pytest

from _pipelines import PUBLISHED, detect  # noqa: F401 (detect is a fixture)


def _by_trigger(nlp, text, plover="ASSAULT", key="trigger"):
    """{trigger text (or the event's `key` field): modality} of the events of `plover` (of
    every type: None) in `text`."""
    doc = nlp(text, published=PUBLISHED)
    return {getattr(e, key): e.modality for e in doc.events if plover in (None, e.plover)}


@pytest.mark.parametrize("text, trigger", [
    # a verb with no subject of its own after the attack's relative clause
    ("وعدت الحكومة بتعزيز الإجراءات الأمنية غداة هجوم انتحاري نسب إلى التنظيم وضرب مدينة "
     "حدودية.", "وضرب"),
    # a plural verb whose subject is the one of the verb after بعد أن
    ("وأغلقت السلطات المعبر بعد أن هاجم مسلحون مركزاً للشرطة وقتلوا ثلاثة جنود.", "وقتلوا"),
    # a passive with the attack's pronoun (فيه)
    ("وأغلقت السلطات المعبر إثر هجوم استهدف مركزاً للشرطة وقتل فيه ثلاثة جنود.", "وقتل"),
    # a verbal noun under the same preposition
    ("وأغلقت السلطات المعبر منذ هجوم المسلحين على مركز للشرطة وقتلهم ثلاثة جنود.", "وقتلهم"),
])
def test_an_act_joined_to_a_background_attack_is_background(detect, text, trigger):
    mods = _by_trigger(detect, text)
    assert mods.get(trigger) == "historical", mods


def test_a_clause_of_its_own_after_a_background_attack_keeps_its_modality(detect):
    # the same attack noun; the second verb has its own subject: the shelling is told. And the
    # continuation in a sentence beside it is still background (the rule fired)
    told = _by_trigger(detect, "وأغلقت السلطات المعبر بعد هجوم على مركز للشرطة وقصفت الطائرات "
                               "الإسرائيلية مواقع المسلحين.")
    assert told.get("وقصفت") == "asserted", told
    after_comma = _by_trigger(detect, "وأغلقت السلطات المعبر إثر هجوم استهدف مركزاً للشرطة، "
                                      "وقتل مسلحون ثلاثة جنود أمس في مدينة أخرى.")
    assert after_comma.get("وقتل") == "asserted", after_comma
    joined = _by_trigger(detect, "وأغلقت السلطات المعبر بعد أن هاجم مسلحون مركزاً للشرطة وقتلوا "
                                 "ثلاثة جنود.")
    assert joined.get("وقتلوا") == "historical", joined


@pytest.mark.parametrize("text", [
    "وكشفت الشرطة الخطة التي تهدف إلى تفجير السفارة الأمريكية.",
    "واعتقلت الشرطة أعضاء المجموعة التي سعت إلى اغتيال الرئيس.",
    "وكشفت الشرطة المخطط الذي يرمي إلى تفجير السفارة الأمريكية.",
])
def test_an_aim_in_a_relative_clause_is_intended(detect, text):
    mods = _by_trigger(detect, text)
    assert mods and set(mods.values()) == {"intended"}, mods


@pytest.mark.parametrize("text", [
    "وأحبطت الشرطة عملية كانت تستهدف تفجير السفارة الأمريكية.",
    "وأحبطت الشرطة مخططاً إرهابياً يستهدف تفجير السفارة الأمريكية.",
])
def test_targeting_an_act_aims_at_it(detect, text):
    # تستهدف with a verbal noun of violence as its object: what is aimed at, not an attack
    mods = _by_trigger(detect, text)
    assert mods and set(mods.values()) == {"intended"}, mods


@pytest.mark.parametrize("line, year", [
    ("1989 - مجموعة مسلحة تقوم بخطف طائرة ركاب فرنسية.", "1989"),
    ("2001 - تنظيم القاعدة يهاجم مركز التجارة العالمي في نيويورك.", "2001"),
    ("• 1974: مواجهات عنيفة بين قوات الكتائب وفدائيين فلسطينيين في بيروت.", "1974"),
])
def test_a_line_of_a_chronology_is_history_of_its_year(detect, line, year):
    text = "في مثل هذا اليوم:\n" + line
    events = [e for e in detect(text, published=PUBLISHED).events if e.plover == "ASSAULT"]
    assert events, text
    assert all(e.modality == "historical" and e.date == year for e in events), \
        [(e.trigger, e.modality, e.date) for e in events]


def test_a_line_of_the_publication_year_is_not_made_history(detect):
    # a chronology of this year may end with today's news: left as the cues make it, while the
    # line of an earlier year before it is history
    doc = detect("1996 - مسلحون يهاجمون مركزاً للشرطة في بغداد.\n"
                 "2015 - مسلحون يهاجمون مركزاً للشرطة في بغداد.", published=PUBLISHED)
    events = sorted((e.evidence["start"], e.modality) for e in doc.events
                    if e.plover == "ASSAULT")
    assert len(events) == 2 and events[0][1] == "historical" and \
        events[1][1] != "historical", events


def _assaults(nlp, text):
    return [(e.trigger, e.modality) for e in nlp(text, published=PUBLISHED).events
            if e.plover == "ASSAULT"]


def test_the_story_of_a_film_told_on_in_its_paragraph_is_no_event(detect):
    # the film is named in the first sentence only; what its characters do after is its story
    text = ("وتدور أحداث الفيلم الجديد في قرية على الحدود. وفي أحد المشاهد يهاجم المسلحون "
            "القرية ويقتلون عشرة من سكانها. ثم يخطف زعيمهم ابنة العمدة.")
    assert _assaults(detect, text) == []


def test_a_story_introduced_by_a_colon_goes_on_in_the_next_paragraph(detect):
    text = ("وفي مسلسل أميركي عن الجريمة نجد هذا المشهد:\n"
            "يقتحم المسلحون المصرف ويقتلون الحارس ويخطفون مديره.")
    assert _assaults(detect, text) == []


def test_news_beside_a_story_is_still_news(detect):
    # the same paragraph with a day of the news, and the paragraph after the story, are news
    same = _assaults(detect, "وتدور أحداث الرواية في بغداد. وقتل مسلحون أمس ثلاثة جنود في "
                             "المدينة.")
    after = _assaults(detect, "وتدور أحداث الرواية في بغداد. ويقتل البطل خصمه.\n"
                              "وقتل مسلحون ثلاثة جنود في الموصل.")
    assert any(m == "asserted" for _t, m in same), same
    assert [t for t, _m in after] == ["وقتل"], after


def _by_cameo(nlp, text):
    """{CAMEO code: modality} of the events of `text`."""
    return _by_trigger(nlp, text, None, "cameo")


def test_a_time_to_come_after_a_past_verb_dates_something_else(detect):
    # غداً dates the count of the votes; the condemnation in the relative clause happened
    mods = _by_cameo(detect, "ويتوقع إعلان نتيجة الانتخابات في بوروندي التي قاطعتها المعارضة "
                             "وأدانها الاتحاد الأوروبي غدا.")
    assert mods.get("111") == "asserted", mods


def test_a_present_verb_joined_to_a_verb_to_come_is_to_come(detect):
    mods = _by_cameo(detect, "ويعترض النواب على الاتفاق الذي يقولون إنه سيمنح إيران قوة ويهدد "
                             "إسرائيل.")
    assert mods.get("130") == "future", mods


@pytest.mark.parametrize("text, cameo", [
    ("وصوت البرلمان على قرار بعدم المصادقة على الاتفاق مع إيران.", "057"),
    ("وتعهد المسلحون بعدم مهاجمة القرى الحدودية.", "190"),
])
def test_with_not_negates(detect, text, cameo):
    # بعدم / لعدم: "with not", "for not": the act did not, or is not to, take place
    mods = _by_cameo(detect, text)
    assert mods.get(cameo) == "negated", mods
