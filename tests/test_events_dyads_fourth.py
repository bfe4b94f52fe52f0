"""Who did what to whom, fourth round (ninth session, second round), on sentences written for
this file:

- a definite noun of a group or a body right after a verb (events.json `group_nouns`: فريق
  المراقبين، مواطنو المدينة، «القائمة الوطنية»), no known actor, is the verb's subject: no actor
  named before is borrowed as the doer;
- a verb of removal (events.json `from_passives`: طرد، منع، اعتقل) right before من and a noun is
  the passive (الصحافي الذي طرد من صحيفته): the one before it underwent it, did not do it.
"""

from __future__ import annotations

from _pipelines import dyads as coded


def sources(nlp, text, cameo):
    return [s for c, _, s, _ in coded(nlp, text) if c == cameo]


def test_a_group_after_the_verb_is_its_subject_no_actor_is_borrowed(nlp):
    # before: the German minister of the sentence before as the one who rejected
    got = sources(nlp, "اجتمع وزير الخارجية الألماني بالسفير الروسي. "
                       "ورفض مواطنو المدينة قرار الحكومة العراقية.", "120")
    assert "DEUGOV" not in got, got
    # a body's name in quotation marks (before: the German minister condemned)
    got = sources(nlp, "اجتمع وزير الخارجية الألماني بالسفير الروسي. "
                       "وأدانت «القائمة الوطنية الموحدة» الهجوم على الشرطة العراقية.", "111")
    assert "DEUGOV" not in got, got



def test_a_verb_of_removal_right_before_min_is_the_passive(nlp):
    # before: the journalist expelled the newspaper
    got = sources(nlp, "وقال المحامي إن الصحافي الأردني الذي طرد من صحيفة الرأي تلقى تهديدات.",
                  "166")
    assert "JORMED" not in got, got
    # before: the activist restricted France
    got = sources(nlp, "وأكدت المنظمة أن الناشط المصري منع من السفر إلى فرنسا.", "172")
    assert "EGYOPP" not in got, got
    # the plural: the fighters were expelled, by the agent after على يد (before: the fighters
    # expelled Syria)
    got = [(s, t) for c, _, s, t in coded(nlp, "وقال المرصد إن عشرات المقاتلين الذين طردوا من "
                                               "ريف حلب على يد تنظيم داعش وصلوا إلى تركيا.")
           if c == "166"]
    assert got == [("IMGREB", "REB")], got
    # the active names its object before من: the government expels
    got = sources(nlp, "وقالت الشرطة إن الحكومة العراقية طردت الصحافي من البلاد.", "166")
    assert got == ["IRQGOV"], got
