"""PROTEST review mends 2 (twenty-fourth session), on sentences written for this file:

- actors joined by و right before a masculine plural protest verb (وكان حزب الأمة وحزب البعث قد
  تظاهروا) are its subject: singulars coordinated agree with the plural, so the crowd named
  elsewhere in the sentence does not replace them; actors joined in a phrase of place away from
  the verb (حتى مقر الحكومة والبرلمان حيث تظاهروا) still give way to the crowd;
- the tens of numbers.json, nominative or oblique (خمسون، ثلاثين، خمسة وعشرون), count the
  protesters after the verb as digits and count words do (اعتصم ثلاثون عاملاً).
"""

from __future__ import annotations

from _pipelines import detect  # noqa: F401 (fixture)
from _pipelines import coded


def protest_sources(nlp, text):
    """The source code of each factual PROTEST event of `text`, in order."""
    return [s for _c, p, m, s, _t in coded(nlp, text)
            if p == "PROTEST" and m in ("asserted", "reported")]


# --- 1. coordinated singulars before a plural verb -----------------------------------------------

def test_two_parties_joined_before_the_plural_verb_keep_it(detect):
    # before: CVL (the crowd of the first clause replaced حزب البعث); the Baath party is SYRPTY
    text = ("ردد المتظاهرون هتافات قرب القصر، وكان حزب الأمة وحزب البعث قد تظاهروا أمس "
            "أمام الوزارة.")
    assert protest_sources(detect, text) == ["SYRPTY"], coded(detect, text)


def test_three_bodies_joined_before_the_plural_verb_keep_it(detect):
    # before: CVL; the last conjunct (اتحاد الطلبة, named by الطلبة) is students, EDU
    text = ("رفع المحتجون صورا في الساحة، وكان الحزب الشيوعي وحزب العمال واتحاد الطلبة قد "
            "اعتصموا أمام البلدية.")
    assert protest_sources(detect, text) == ["EDU"], coded(detect, text)


def test_places_joined_away_from_the_verb_still_give_way_to_the_crowd(detect):
    # guards (right before and after): a coordination inside a phrase of place, away from
    # the verb, is no subject; the crowd (CVL) is
    text = "وسار المحتجون حتى مقر الحكومة والبرلمان حيث تظاهروا لساعات."
    assert protest_sources(detect, text) == ["CVL"], coded(detect, text)
    uni = "وسار المحتجون إلى وزارة الداخلية وجامعة القاهرة حيث تجمعوا."
    assert protest_sources(detect, uni) == ["CVL"], coded(detect, uni)


# --- 2. the tens count the protesters ------------------------------------------------------------

def test_thirty_workers_in_the_nominative(detect):
    # before: no source (the docstring's own example)
    text = "اعتصم ثلاثون عاملاً أمام المصنع."
    assert protest_sources(detect, text) == ["LAB"], coded(detect, text)


def test_fifty_students_after_wa_and_ninety_teachers_oblique(detect):
    # before: no source for either
    text = "وتظاهر خمسون طالبا أمام الوزارة أمس."
    assert protest_sources(detect, text) == ["EDU"], coded(detect, text)
    oblique = "تظاهر تسعين معلما أمام الوزارة."
    assert protest_sources(detect, oblique) == ["EDU"], coded(detect, oblique)


def test_a_unit_and_a_ten_joined_by_wa(detect):
    # before: no source (خمسة is a count word, وعشرون was not)
    text = "تظاهر خمسة وعشرون طالبا أمام الوزارة."
    assert protest_sources(detect, text) == ["EDU"], coded(detect, text)
