"""Who did what to whom, fourth round (ninth session, second round), on sentences written for
this file:

- a definite noun of a group or a body right after a verb (events.json `group_nouns`: فريق
  المراقبين، مواطنو المدينة، «القائمة الوطنية»), no known actor, is the verb's subject: no actor
  named before is borrowed as the doer.
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

