"""Event leftovers of the twenty-first session's first round (docs/accuracy.md, "Event
leftovers: acts after ثم, predicates that name no act, Daesh's provinces, daily attacks since a
week, twenty-first session (second round)"):

- a plural verb after ثم (هاجم الجيش المسلحين ثم قتلوا عشرة منهم) is the next act, not the
  manner of the one before (ذبحاً، شنقاً); a singular one with a count of «منهم» after it goes on
  with the subject before it, no passive;
- a verbal noun of violence as the predicate of هو / هي that nothing else makes an event (a
  video game's battles, an attack in words) is none, not a `historical` one;
- Daesh's provinces (ولاية سيناء، ولاية نينوى …) are the group, IMGREB, not their region's
  country;
- daily attacks going on since a week (يشن التمرد يومياً هجمات منذ أسبوع) are a campaign told as
  news, while a practice (دائماً، منذ سنوات، no span) stays one.

Our own sentences; each expected value was worked out by hand. The names are invented."""

from __future__ import annotations

import pytest

from _pipelines import actor_codes, coded, detect  # noqa: F401  (the fixture)
from marsad.eval.gsr import FACTUAL
from test_uncoded_actors_sixteenth import sides


# --- 1. an act after ثم --------------------------------------------------------------------

def test_a_plural_verb_after_then_is_the_next_act(nlp):
    # before: قتلوا was read as a noun of manner (like ذبحاً) of the attack: no killing
    text = "هاجم الجيش المسلحين ثم قتلوا عشرة منهم."
    assert sides(nlp, text, "1823") == [("MIL", "الجيش", "UAF", "المسلحين")]
    assert sides(nlp, text, "190") == [("MIL", "الجيش", "UAF", "المسلحين")]


def test_a_singular_verb_after_then_goes_on_with_its_subject(nlp):
    # before: «قتل عشرة منهم» was read as the passive: a killing with no killer, dropped
    text = "هاجم الجيش المسلحين ثم قتل عشرة منهم."
    assert sides(nlp, text, "1823") == [("MIL", "الجيش", "UAF", "المسلحين")]


def test_a_feminine_body_after_then_goes_on_too(nlp):
    # control: the feminine verb (its ت) was read as the active already
    text = "هاجمت الشرطة المسلحين في الحي ثم قتلت ثلاثة منهم."
    assert sides(nlp, text, "1823") == [("COP", "الشرطة", "UAF", "المسلحين")]


def test_after_a_plural_subject_the_singular_verb_stays_passive(detect):
    # control: the gunmen would go on with قتلوا; «قتل عشرة منهم» after them is the passive
    # (ten of the villagers were killed), and the gunmen are not its killers
    text = "هاجم المسلحون القرية ثم قتل عشرة منهم."
    kills = [e for e in coded(detect, text) if e[0] == "1823"]
    assert all(e[3] is None for e in kills)


def test_a_noun_of_manner_is_still_no_second_event(nlp):
    # control: ذبحا after the verb says how they were killed
    doc = nlp("قتل المسلحون عشرة صيادين ذبحا في القرية.", published="2015-08-01")
    assert len([e for e in doc.events if e.plover == "ASSAULT"]) == 1


# --- 2. a predicate of هو / هي that names no act ---------------------------------------------

@pytest.mark.parametrize("text", [
    "وقال المطور إن هذه المرحلة هي المعارك الأصعب في اللعبة.",
    "وقال النائب إن الخطاب هو الهجوم الأعنف على الكونغرس.",
])
def test_a_predicate_that_names_no_act_is_no_event(detect, text):
    # before (first round): a `historical` battle or attack
    assert [e for e in coded(detect, text) if e[1] == "ASSAULT"] == []


def test_a_predicate_after_the_attack_told_stays_background(detect):
    # control: the attack told first stays told; its predicate is background
    text = "وقتل خمسة جنود في هجوم على حاجز أمس، وهو الهجوم الثاني على المدينة خلال شهر."
    mods = [e[2] for e in coded(detect, text) if e[0] == "190"]
    assert "historical" in mods and "asserted" in mods


# --- 3. Daesh's provinces ---------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("وتبنى تنظيم ولاية سيناء الهجوم على الجنود.", "تنظيم ولاية سيناء"),
    ("وقتلت ولاية سيناء خمسة جنود أمس.", "ولاية سيناء"),
    ("وأعلنت ولاية نينوى مسؤوليتها عن التفجير.", "ولاية نينوى"),
    ("وقالت ولاية صلاح الدين في بيان إنها فجرت الجسر.", "ولاية صلاح الدين"),
    ("وبثت ولاية طرابلس التابعة لتنظيم داعش صورا للأسرى.", "ولاية طرابلس"),
])
def test_a_province_of_daesh_is_the_group(detect, text, name):
    assert (name, "IMGREB") in actor_codes(detect, text)


def test_a_state_of_a_country_is_no_province_of_daesh(detect):
    # control: ولاية of the countries whose provinces are called so stays a place
    codes = actor_codes(detect, "وزار الوزير ولاية الخرطوم وولاية نيويورك.")
    assert all(code != "IMGREB" for _, code in codes)


# --- 4. daily attacks since a week ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ويشن التمرد يومياً هجمات منذ أسبوع.",
    "ويشن المتمردون هجمات منذ أسبوع.",
    "ويشن المتمردون بشكل يومي هجمات على القرى منذ يومين.",
])
def test_a_campaign_since_a_week_is_news(detect, text):
    # before: `habitual`, or dropped as an attack in words (no sign besides the light verb)
    assert [e[2] for e in coded(detect, text) if e[0] == "190"] == ["asserted"]


@pytest.mark.parametrize("text", [
    "ويشن التمرد يومياً هجمات.",
    "ويشن التمرد يومياً هجمات منذ سنوات.",
    "ويشن التمرد دائماً هجمات منذ أسبوع.",
    "ويشن التمرد هجمات منذ سنوات.",
])
def test_a_practice_stays_one(detect, text):
    # control: no span, a long one, or a cue of habit that is no pace
    assert all(m not in FACTUAL for m in (e[2] for e in coded(detect, text) if e[0] == "190"))


# --- found on real news: a target of an earlier sentence and the envoy's post --------------

def test_a_target_named_in_an_earlier_sentence_does_not_break_placing(nlp):
    # before: IndexError in placing._envoys_post (the earlier sentence's word index read in
    # this one's words), and the article was not coded at all
    text = ("ألقت الشرطة قنابل الغاز في ساحات المسجد الكبير في المدينة القديمة صباح اليوم خلال "
            "ملاحقتها للمصلين الذين ردوا برشق الجنود بالحجارة والأحذية. وأخرجت الشرطة الحراس "
            "منه بالقوة، واعتدت عليهم، وأغلقت الأبواب.")
    doc = nlp(text, published="2015-08-01")
    assert [e.source.actor_code for e in doc.events if e.trigger == "واعتدت"] == ["COP"]
