"""Event sides I, sixteenth session: a person no dictionary codes is an event's source or target
with his name and no code, as GDELT and POLECAT keep such actors (docs/accuracy.md, "Event
sides I: people with no dictionary code as sources and targets, sixteenth session").

- the object of a verb or the target after its preposition, when no coded actor fills the
  slot (اعتقلت الشرطة محمد علاونة: the arrest was dropped for want of a target);
- the subject right before a verb (محمد علاونة هاجم الحكومة: the government was the source);
- a nisba right after the name gives the person his country (محمد علاونة الفلسطيني: PSE);
- guards: a name that is the apposition of a title stays folded into it; the speaker of the
  trigger's own quote is no target; a name past a comma, a preposition or another verb is
  no object.

Our own sentences; each expected value was worked out by hand. The names are invented."""

from __future__ import annotations

import pytest

PUBLISHED = "2015-08-01"


def sides(nlp, text, cameo):
    """(source code, source text, target code, target text) of each event coded `cameo`."""
    doc = nlp(text, published=PUBLISHED)
    out = []
    for e in doc.events:
        if e.cameo != cameo:
            continue
        for ref in (e.source, e.target):
            if ref is not None:  # every side is a half-open span of the text
                assert doc.text[ref.start:ref.end] == ref.text
        out.append((e.source.actor_code if e.source else None,
                    e.source.text if e.source else None,
                    e.target.actor_code if e.target else None,
                    e.target.text if e.target else None))
    return out


def test_the_arrest_of_a_named_person_is_kept(nlp):
    # before: no event (an arrest needs a target, and the person had no code)
    text = "اعتقلت الشرطة محمد علاونة في الخليل."
    assert sides(nlp, text, "173") == [("COP", "الشرطة", None, "محمد علاونة")]


def test_the_uncoded_target_has_an_english_name(nlp):
    doc = nlp("اعتقلت الشرطة محمد علاونة في الخليل.", published=PUBLISHED)
    (ev,) = [e for e in doc.events if e.cameo == "173"]
    # the transliteration the actors stage gives the name, no code, no "None" string
    assert ev.target.canonical and ev.target.canonical != "None"
    assert ev.target.canonical.split()[0] in ("Mohamed", "Muhammad", "Mohammed")
    assert ev.target.actor_code is None


def test_the_killing_of_a_named_person_has_him_as_target(nlp):
    # before: the killing had no target
    text = "قتل مسلحون محمد علاونة في الخليل."
    assert sides(nlp, text, "1823") == [("UAF", "مسلحون", None, "محمد علاونة")]


def test_a_meeting_with_an_uncoded_official(nlp):
    # before: no event (the one met had no code); after a date the name is the object
    text = "التقى وزير الخارجية الأردني أمس سليم الحداد."
    assert sides(nlp, text, "040") == [("JORGOV", "وزير الخارجية الأردني", None, "سليم الحداد")]


def test_a_person_met_who_speaks_after_is_still_the_one_met(nlp):
    # before: no event; the quote he speaks has its own cue (قال), not the meeting
    text = "التقى الرئيس المصري أمس محمد علاونة الذي قال «الوضع خطير»."
    assert sides(nlp, text, "040") == [("EGYGOV", "الرئيس المصري", None, "محمد علاونة")]


def test_a_nisba_after_the_name_gives_the_country(nlp):
    # before: the target was the nisba alone (الفلسطيني, "Palestine"); now the person, PSE
    text = "اعتقلت الشرطة المصرية محمد علاونة الفلسطيني."
    assert sides(nlp, text, "173") == [("EGYCOP", "الشرطة المصرية", "PSE",
                                        "محمد علاونة الفلسطيني")]


def test_an_uncoded_subject_before_the_verb(nlp):
    # before: the government, the verb's object, was taken as the attack's source
    text = "محمد علاونة هاجم الحكومة المصرية أمس."
    assert sides(nlp, text, "190") == [(None, "محمد علاونة", "EGYGOV", "الحكومة المصرية")]


@pytest.mark.parametrize("text", [
    # the name right after the title is its apposition (control: unchanged)
    "التقى وزير الخارجية الأردني سليم الحداد.",
    # the name after the subject's title and its genitive is the subject's apposition
    "دعا رئيس لجنة حقوق الإنسان العربية الدكتور هادي بن علي كل الهيئات إلى التحرك.",
])
def test_an_apposition_is_no_target(nlp, text):
    doc = nlp(text, published=PUBLISHED)
    assert not any(e.target is not None and e.target.actor_code is None for e in doc.events), \
        [(e.cameo, e.target) for e in doc.events]


def test_the_speaker_of_the_triggers_quote_is_no_target(nlp):
    # the one who calls, named after a date, is no one called (the event borrows its source
    # from the sentence before; without the guard he was its target)
    text = "ودعا الرئيس المصري. ثم دعا يوم الجمعة محمد علاونة إلى «وقف القتال فورا»."
    doc = nlp(text, published=PUBLISHED)
    assert not any(e.target is not None and e.target.text == "محمد علاونة" for e in doc.events)


@pytest.mark.parametrize("text", [
    # past a comma and another verb: the reporter of the criticism is no one criticised
    "انتقدت الحكومة المصرية، حسبما صرح سليم الحداد، الهجوم.",
])
def test_the_subject_of_another_verb_is_no_target(nlp, text):
    doc = nlp(text, published=PUBLISHED)
    assert not any(e.target is not None and e.target.text == "سليم الحداد" for e in doc.events)
