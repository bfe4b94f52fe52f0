"""Who did it around relative clauses (tenth session, second round), on sentences written for
this file:

- the verb of the main clause after a relative clause whose verb has the antecedent as subject
  (داعش الذي قتل الجنود هاجم المدينة) has the antecedent as its subject, not the relative's
  object; when the antecedent names no actor (الغارة التي استهدفت المسلحين قتلت) the doer is
  unknown, none is borrowed;
- the subject of a verb of conducting with the noun's pronoun (أجراها، عقدها) or of performing
  and بها (يقوم بها) in the relative clause of an event noun is who did it (الزيارة التي أجراها
  الوزير), not the subject of the sentence;
- when the relative verb carries the antecedent's pronoun (الجنود الذين قتلهم داعش), the actor
  after it is its subject and nothing changes.
"""

from __future__ import annotations

from _pipelines import detect  # noqa: F401  (a fixture)
from _pipelines import dyads as coded


def pairs(nlp, text, cameo):
    return [(s, t) for c, _, s, t in coded(nlp, text) if c == cameo]


def test_the_main_verb_after_a_relative_clause_has_the_antecedent_as_subject(detect):
    # before: the Iraqi soldiers (the relative's object) attacked the town
    got = pairs(detect, "وقال المسؤول إن تنظيم داعش الذي قتل الجنود العراقيين هاجم المدينة "
                        "أمس.", "190")
    assert got == [("IMGREB", None)], got
    # before: the Iranian delegation criticised Turkey
    got = pairs(detect, "وقالت الوكالة إن الرئيس الذي استقبل الوفد الإيراني انتقد الحكومة "
                        "التركية.", "111")
    assert got == [("GOV", "TURGOV")], got
    # the relative's own event keeps its dyad
    got = pairs(detect, "وقال المسؤول إن تنظيم داعش الذي قتل الجنود العراقيين هاجم المدينة "
                        "أمس.", "1823")
    assert got == [("IMGREB", "IRQMIL")], got


def test_an_antecedent_that_names_no_actor_leaves_the_doer_unknown(detect):
    # before: the Daesh fighters the raid targeted killed the civilians
    got = pairs(detect, "وقال المسؤول إن الغارة التي استهدفت مقاتلي داعش قتلت عشرة مدنيين.",
                "1823")
    assert got == [(None, "CVL")], got


def test_the_doer_named_in_the_relative_clause_of_an_event_noun(detect):
    # before: the Egyptian president, the subject of the sentence, was the visitor
    got = pairs(detect, "وأكد الرئيس المصري أهمية الزيارة التي أجراها وزير الخارجية الإيراني "
                        "إلى روسيا.", "042")
    assert got == [("IRNGOV", "RUS")], got
    # a verb of performing and بها, with سوف before it
    got = pairs(detect, "وقال الوزير العراقي إن الزيارة التي سوف يقوم بها الرئيس التركي إلى "
                        "مصر مهمة.", "042")
    assert got == [("TURGOV", "EGY")], got
    # talks held with a counterpart (before: the Egyptian president held them)
    got = pairs(detect, "وأكد الرئيس المصري أهمية المحادثات التي أجراها وزير الخارجية "
                        "الإيراني مع نظيره الروسي.", "046")
    assert got == [("IRNGOV", "RUSGOV")], got
