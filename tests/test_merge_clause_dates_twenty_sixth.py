"""The merge's own date of a report (`events.merging._own_dates`) stops at a clause mark or a
verb after the trigger (the date is of another act of the sentence), a definite event noun
after a word of reference (غداة الهجوم، تزامناً مع الغارات) names the act told before
(`_refers_back`), and an illness after أصيب past its subject is no injury by force
(twenty-sixth session, h16)."""

from __future__ import annotations

import pytest
from _pipelines import detect  # noqa: F401  (fixture)

import marsad

from marsad.events.merging import _refers_back

PUBLISHED = "2015-07-27"
LEAD = ("انفجرت سيارة مفخخة ظهر أمس أمام فندق في مقديشو. وقال شهود إن 13 شخصا على الأقل قتلوا "
        "عندما اقتحم مسلح من حركة الشباب بوابة الفندق. ")


def _killings(nlp, text):
    """The sentence numbers of the mentions of each killing (1823) of `text`."""
    doc = nlp(text, published=PUBLISHED)
    return [sorted(m.sentence for m in e.mentions) for e in doc.events if e.cameo == "1823"]


@pytest.mark.parametrize("tail", [
    # the day is the funeral's, told by another verb after a comma, or after «و» + a verb
    "وقتلت حركة الشباب 13 شخصا في الفندق، وشيعت العائلات الضحايا اليوم الاثنين.",
    "وقتلت حركة الشباب 13 شخصا في الفندق وأقيمت صلاة الجنازة اليوم الاثنين.",
    # the day of a relative clause's verb
    "وقتلت حركة الشباب 13 شخصا في الفندق الذي زاره الوزير اليوم الاثنين.",
])
def test_a_date_of_another_verb_is_not_the_reports(detect, tail):  # noqa: F811
    assert _killings(detect, LEAD + tail) == [[1, 2]]


@pytest.mark.parametrize("tail", [
    "وقتلت حركة الشباب عضوا بالبرلمان في مقديشو اليوم الاثنين.",
    # a relative clause's verb far before the date: the date is still the killing's
    "وقتلت حركة الشباب التي تريد فرض حكمها في البلاد عضوا بالبرلمان وحارسه الشخصي اليوم "
    "الاثنين.",
])
def test_a_date_of_the_report_still_keeps_it_apart(detect, tail):  # noqa: F811
    assert _killings(detect, LEAD + tail) == [[1], [2]]


@pytest.fixture(scope="module")
def unmerged():
    # every report its own event, as the merge reads them
    return marsad.load(config={"events": {"keep_unknown_source": True, "merge": False}})


def _words(nlp):
    return next(s for s in nlp.stages if hasattr(s, "placing_words")).placing_words


@pytest.mark.parametrize("text, refers", [
    ("وغداة الهجوم، شيع الأهالي الجنود الثلاثة أمس الأحد.", True),
    ("وعقب الهجوم، اعتقلت الشرطة عشرة أشخاص أمس الأحد.", True),
    # an attack noun with no word of reference before it: an act of its own
    ("وأسفر الهجوم عن مقتل جنديين أمس الأحد.", False),
])
def test_a_noun_after_a_word_of_reference_names_the_act_told_before(unmerged, text, refers):
    doc = unmerged("قتل مسلحون ثلاثة جنود في هجوم على حاجز للجيش يوم الجمعة. " + text,
                 published=PUBLISHED)
    ev = next(e for e in doc.events if e.sentence == 1 and "الهجوم" in e.trigger)
    assert _refers_back(doc.text, ev, _words(unmerged)) is refers


@pytest.mark.parametrize("text, injury", [
    ("أصيب عشرات الحجاج بضربات شمس في منى.", False),
    ("أصيب عشرات الحجاج في منى بضربات شمس.", False),
    ("أصيب ثلاثة جنود برصاص قناصة في المدينة.", True),
])
def test_sunstroke_past_the_subject_is_an_illness(detect, text, injury):  # noqa: F811
    doc = detect(text, published=PUBLISHED)
    assert any(e.cameo == "182" for e in doc.events) is injury
