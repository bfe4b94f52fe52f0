"""A violent verb whose subject is a pronoun and that opens its clause (منذ أن اجتاحها، ثم قصف،
وبعد يومين قصفها) takes as its source the actor named before it in its sentence or the one
before (twenty-sixth session, h15), for any verb of attack, not only اجتاح; the speaker of a
quote (قال X إن …) is no doer, nor is an actor of the other gender, nor one a noun that names
no actor follows. Sentences written for this file.
"""

from __future__ import annotations

from _pipelines import PUBLISHED, detect  # noqa: F401  (the fixture)


def _sources(nlp, text, verb) -> list:
    doc = nlp(text, published=PUBLISHED)
    return [e.source.actor_code if e.source else None for e in doc.events
            if e.plover == "ASSAULT" and verb in e.trigger]


# --- the actor named before is the doer ---------------------------------------------------------

def test_sweeping_after_since_takes_the_actor_of_its_sentence(detect):
    text = "وذكر التقرير أمس أن تنظيم داعش سيطر على المدينة منذ أن اجتاحها قبل عامين."
    assert _sources(detect, text, "جتاح") == ["IMGREB"]


def test_sweeping_takes_the_actor_of_the_sentence_before(detect):
    text = ("وقال المؤرخ إن الجيش العراقي حشد قواته على حدود الكويت. "
            "وبعد أسبوع اجتاحها في الثاني من آب.")
    assert _sources(detect, text, "جتاح") == ["IRQMIL"]


def test_shelling_after_a_fronted_phrase_takes_the_actor_before(detect):
    text = "حشد الجيش السوري دباباته قرب البلدة. وبعد يومين قصفها في الصباح الباكر."
    assert _sources(detect, text, "قصف") == ["SYRMIL"]


def test_attack_after_since_takes_the_actor_of_its_sentence(detect):
    text = "وانسحب الجيش الإسرائيلي من القرية بعد أن هاجمها فجر الأحد."
    assert _sources(detect, text, "هاجم") == ["ISRMIL"]


# --- who is no doer ----------------------------------------------------------------------------

def test_the_speaker_is_no_doer(detect):
    text = "وقال وزير الخارجية الأمريكي إنه قلق جدا. ثم قصفها في الصباح الباكر."
    assert _sources(detect, text, "قصف") == [None]


def test_an_actor_in_a_prepositional_phrase_is_no_doer(detect):
    text = "وصل الوفد إلى حدود الكويت. وبعد أسبوع قصفها في الصباح الباكر."
    assert _sources(detect, text, "قصف") == [None]


def test_an_actor_of_the_other_gender_is_no_doer(detect):
    text = "حشد حزب الله مقاتليه قرب البلدة. وبعد يومين قصفتها في الصباح الباكر."
    assert _sources(detect, text, "قصف") == [None]


def test_a_verb_with_its_own_subject_keeps_it(detect):
    text = "حشد الجيش السوري دباباته قرب البلدة. وبعد يومين قصفتها طائرات روسية."
    assert _sources(detect, text, "قصف") != ["SYRMIL"]
