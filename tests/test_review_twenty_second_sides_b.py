"""The lead's review of event sides, twenty-second session (second part).

- right after a doer told after the verb, a relative clause whose verb agrees with the plural
  doers (الذين تسللوا) has them as its subject: the actor after that verb is the act's target,
  not the clause's; a verb with a resumptive pronoun or of another person (الذين اعتقلتهم
  الشرطة) still has its own subject, and the target comes after the clause;
- a plural verb of harm joined by و that takes the first act's target (وأصابوا آخرين) is
  another act on other people: the merge keeps it apart from that act, whether the first act's
  victims are read after a count (اثنين من الجنود) or named with it (ثلاثة جنود).

Our own sentences; each expected value was worked out by hand."""

from __future__ import annotations

import pytest

from test_uncoded_actors_sixteenth import sides


@pytest.fixture(scope="module")
def nlp_unmerged():
    """The pipeline with no merging of the events of an article: each act told is one."""
    import marsad

    return marsad.load(config={"events": {"keep_unknown_source": True, "merge": False}})


# 1. a relative clause whose verb agrees with the doers: what follows it is the target

def test_the_soldiers_after_the_infiltrators_clause_are_attacked(nlp):
    # before: no target (the soldiers were read as the clause's subject)
    text = "هاجم المسلحون الذين تسللوا الجنود في الموقع."
    assert sides(nlp, text, "190") == [("UAF", "المسلحون", "MIL", "الجنود")]
    # (unchanged: اعتقلتهم has a resumptive pronoun and a feminine subject, the police; the
    # army after the clause is the one attacked)
    text = "هاجم المسلحون الذين اعتقلتهم الشرطة الجيش"
    assert sides(nlp, text, "190") == [("UAF", "المسلحون", "MIL", "الجيش")]


def test_a_present_plural_verb_agrees_with_the_doers_too(nlp):
    # before: no target; يختبئون agrees with الذين, the police are the attacked
    text = "هاجم المسلحون الذين يختبئون الشرطة ليلاً."
    assert sides(nlp, text, "190") == [("UAF", "المسلحون", "COP", "الشرطة")]


# 2. the joined act with a carried target is not folded into the first act

def test_the_wounding_of_others_stays_apart_when_merged(nlp, nlp_unmerged):
    # before: with the merge on, the wounding after اثنين من الجنود was a second mention of
    # the killing (no 182 event); after ثلاثة جنود it stayed apart (unchanged): both alike now
    for text, victims in (("قتل المسلحون اثنين من الجنود وأصابوا آخرين.", "الجنود"),
                          ("قتل المسلحون ثلاثة جنود وجرحوا عشرة آخرين.", "جنود")):
        for pipeline in (nlp, nlp_unmerged):
            assert sides(pipeline, text, "1823") == [("UAF", "المسلحون", "MIL", victims)]
            assert sides(pipeline, text, "182") == [("UAF", "المسلحون", "MIL", victims)]


def test_the_same_report_told_twice_is_two_acts_each_with_two_mentions(nlp):
    # before: one killing with four mentions (both woundings folded into it); now the body's
    # killing is a mention of the headline's killing and its wounding of the headline's
    # wounding (the same act told again, not the killing)
    text = ("قتل المسلحون اثنين من الجنود وأصابوا آخرين في الموصل.\n"
            "وقال مصدر أمني إن المسلحين قتلوا اثنين من الجنود وأصابوا آخرين في الموصل.")
    doc = nlp(text, published="2020-01-01")
    acts = sorted((e.cameo, len(e.mentions)) for e in doc.events if e.cameo.startswith("182"))
    assert acts == [("182", 2), ("1823", 2)]
