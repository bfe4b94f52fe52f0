"""Event sides, twenty-second session (docs/accuracy.md, "Event sides: relative clauses,
branches, patrons, joined acts and envoys' posts, twenty-second session").

- a person a relative clause identifies (الرجل الذي هاجم الحراس) is the object of the verb
  before and the subject of the clause's verb;
- a branch of a group named with a country (الفرع المصري لتنظيم داعش، فرع التنظيم في ليبيا) is
  the group, not that country's government;
- a patron named by the group's head noun taken up again (التابعة للتنظيم) gives the group's
  code; a group of one unknown word after its head noun (جماعة الفرقان الموالية لـ) takes its
  patron's;
- a plural verb joined by و right after another verb of harm (قتل المسلحون وجرحوا) is a second
  act with the same sides; the first takes the object after it;
- an envoy's post after لدى is no target; a verbal noun with a pronoun joined to a noun and its
  genitive (دعوة السعودية واستضافتها قوات التحالف) is done by that genitive.

Our own sentences; each expected value was worked out by hand. The names are invented."""

from __future__ import annotations

import pytest

from test_uncoded_actors_sixteenth import PUBLISHED, sides
from test_sides_nouns_seventeenth import nlp_unknown  # noqa: F401  (a fixture)


@pytest.fixture(scope="module")
def nlp_unmerged():
    """The pipeline with no merging of the events of an article: each act told is one."""
    import marsad

    return marsad.load(config={"events": {"keep_unknown_source": True, "merge": False}})


# 1. a person a relative clause identifies

def test_the_man_the_clause_identifies_is_arrested(nlp):
    # before: no arrest (the man was no participant)
    text = "اعتقلت الشرطة الرجل الذي هاجم الحراس أمس."
    assert sides(nlp, text, "173") == [("COP", "الشرطة", None, "الرجل")]


def test_the_man_is_the_doer_inside_his_clause(nlp_unmerged):
    # before: the attack of the relative clause had no source
    text = "اعتقلت الشرطة الشاب الذي هاجم الحراس أمس."
    assert sides(nlp_unmerged, text, "190") == [(None, "الشاب", None, None)]


def test_the_man_resumed_by_the_pronoun_is_its_object(nlp_unmerged):
    # before: the attack had its doer and no target; the pronoun on the verb stands for the
    # man, the gunmen after it are its subject
    text = "نقلت الشرطة الرجل الذي هاجمه المسلحون أمس إلى المستشفى."
    assert sides(nlp_unmerged, text, "190") == [("UAF", "المسلحون", None, "الرجل")]


def test_the_boy_a_bomb_killed_is_its_target(nlp_unmerged):
    # the feminine verb (the bomb's) cannot have the boy as subject: he was killed
    text = "وقع انفجار قنبلة في القرية قتلت الفتى الذي كان يزرعها."
    assert sides(nlp_unmerged, text, "1823") == [(None, "", None, "الفتى")]


def test_a_bare_man_is_still_no_participant(nlp):
    # control: with no clause saying who he is, no arrest is coded (as before)
    assert sides(nlp, "اعتقلت الشرطة الرجل أمس.", "173") == []


# 2. a branch of a group

def test_the_egyptian_branch_is_the_group(nlp_unknown):
    # before: EGY, the nisba, attacked the army
    text = "هاجم الفرع المصري لتنظيم داعش نقطة للجيش في سيناء."
    assert sides(nlp_unknown, text, "190") == [("IMGREB", "الفرع المصري", "MIL", "لجيش")]


def test_the_branch_of_a_bare_group_in_a_country(nlp):
    # before: REB with no country
    text = "قتل فرع التنظيم في ليبيا عشرة عمال مصريين."
    assert sides(nlp, text, "1823") == [("LBYREB", "فرع التنظيم", "EGYLAB", "عمال مصريين")]


def test_the_branch_condemned_is_the_target(nlp):
    # before: Libya, the nisba, was condemned
    text = "أدانت مصر هجوم الفرع الليبي لتنظيم داعش على العمال."
    assert sides(nlp, text, "111") == [("EGY", "مصر", "IMGREB", "الفرع الليبي")]


def test_a_bank_branch_is_no_group(nlp):
    # control: a branch of no group keeps what it was
    text = "زار الرئيس فرع البنك في لندن."
    assert sides(nlp, text, "042") == [("GOV", "الرئيس", "BUS", "البنك")]


# 3. patrons

def test_the_province_of_the_group_named_before(nlp):
    # before: REB, the patron read before «التنظيم» took the group named earlier
    text = "أعلن تنظيم داعش مسؤوليته عن التفجير. وهاجمت ولاية طرابلس التابعة للتنظيم فندقا " \
           "في العاصمة."
    assert sides(nlp, text, "190") == [("IMGREB", "ولاية طرابلس", None, None)]


def test_a_named_group_loyal_to_al_qaeda(nlp):
    # before: no source, and al-Qaeda was the target
    text = "هاجمت جماعة الفرقان الموالية لتنظيم القاعدة مركزا للشرطة."
    assert sides(nlp, text, "190") == [
        ("IMGREB", "جماعة الفرقان الموالية لتنظيم القاعدة", "COP", "لشرطة")]


# 4. a plural verb of harm joined to another

def test_killed_and_wounded_share_their_sides(nlp_unmerged):
    # before: the wounding was a detail of the killing, and the killing had no target
    text = "قتل المسلحون وجرحوا عشرات المدنيين في الهجوم."
    assert sides(nlp_unmerged, text, "1823") == [("UAF", "المسلحون", "CVL", "المدنيين")]
    assert sides(nlp_unmerged, text, "182") == [("UAF", "المسلحون", "CVL", "المدنيين")]


def test_arrested_and_tortured(nlp):
    # before: no arrest (its object stands after the second verb)
    text = "اعتقل الجنود وعذبوا الصحفيين في السجن."
    assert sides(nlp, text, "173") == [("MIL", "الجنود", "MED", "الصحفيين")]
    assert sides(nlp, text, "1822") == [("MIL", "الجنود", "MED", "الصحفيين")]


def test_a_joined_verb_after_fa_is_active(nlp_unmerged):
    # before: the gunmen were read as killed (an unvowelled passive)
    text = "هاجم المسلحون القرية فقتلوا وجرحوا عشرات المدنيين."
    assert sides(nlp_unmerged, text, "1823") == [("UAF", "المسلحون", "CVL", "المدنيين")]


def test_a_joined_verb_with_its_own_object_leaves_the_first_alone(nlp_unmerged):
    # control: the first verb has its own object
    text = "قتل المسلحون عشرات المدنيين وجرحوا آخرين في الهجوم."
    assert sides(nlp_unmerged, text, "1823") == [("UAF", "المسلحون", "CVL", "المدنيين")]


# 5. an envoy's post; a verbal noun with a pronoun joined to another

def test_the_envoys_post_is_no_target(nlp):
    # before: Egypt, where he serves, was praised
    text = "أشاد سفير السعودية لدى مصر بجهود الجمعية في خدمة الأيتام."
    assert all(t != "EGY" for _, _, t, _ in sides(nlp, text, "051"))


def test_past_the_post_the_one_praised(nlp):
    # before: Egypt; the party whose positions he praised is read past the post
    text = "أشاد سفير السعودية لدى مصر بمواقف حزب الوفد."
    assert sides(nlp, text, "051") == [("SAUGOV", "سفير السعودية", "EGYPTY", "حزب الوفد")]


def test_an_envoy_withdrawn_from_his_post(nlp):
    # control: relations reduced (CAMEO 16) are with the country of the post
    text = "طالب النواب بسحب السفير الكويتي لدى طهران."
    assert sides(nlp, text, "161") == [("KWTGOV", "السفير الكويتي", "IRN", "طهران")]


def test_the_envoy_himself_may_be_a_target(nlp):
    # control: the envoy received keeps his code
    text = "استقبل الرئيس سفير السعودية لدى مصر."
    assert sides(nlp, text, "043") == [("GOV", "الرئيس", "SAUGOV", "سفير السعودية")]


def test_her_hosting_of_the_forces(nlp):
    # before: the forces hosted Saudi Arabia
    text = "رحبت الحكومة بدعوة السعودية واستضافتها قوات التحالف."
    assert sides(nlp, text, "043") == [("SAU", "السعودية", "MIL", "قوات التحالف")]


def test_a_hosting_verb_keeps_its_subject(nlp):
    # control: the verb itself, with its own subject
    text = "استضافت السعودية قوات التحالف."
    assert sides(nlp, text, "043") == [("SAU", "السعودية", "MIL", "قوات التحالف")]
