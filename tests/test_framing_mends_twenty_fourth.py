"""Review mends of the twenty-fourth session's framing rules (events.framing), each checked on
sentences written for this file:

- كان … قد + a past verb with a recent time of its own clause before كان (ومساء أمس كان …
  قد) is the news, not history; a recent time with أن / إن or a verb between it and كان dates
  another clause (ذكر المرصد أمس أن … كانوا قد) and leaves the act history;
- a recent time in the first item of a chronology, right after the lead's colon, keeps that
  item news (as it does a date-led item), and the list stays open for the items after it;
- a date of a day, a week or a month in the clause of what a many suffer (الأسبوع الماضي،
  الشهر الماضي) makes it one occasion's, as a recent time or a number does; a span (خلال
  السنوات الماضية) does not.
"""

from __future__ import annotations

from _pipelines import PUBLISHED, detect  # noqa: F401  (the fixture)

FACTUAL = ("asserted", "reported")


def _assaults(nlp, text):
    """(trigger, modality) of the ASSAULT events of `text`."""
    doc = nlp(text, published=PUBLISHED)
    return [(e.trigger, e.modality) for e in doc.events if e.plover == "ASSAULT"]


# --- كان … قد with a recent time of its own clause -------------------------------------------

def test_a_recent_time_heading_the_clause_of_kana_keeps_the_news(detect):
    # "yesterday evening gunmen had kidnapped three employees in the city"
    found = _assaults(detect, "ومساء أمس كان مسلحون قد اختطفوا ثلاثة موظفين في المدينة.")
    assert found and all(m in FACTUAL for _, m in found), found


def test_a_weekday_before_kana_but_not_one_of_another_clause(detect):
    # "on Thursday morning, warplanes had shelled positions of the gunmen": the news
    found = _assaults(detect, "وصباح الخميس، كانت طائرات حربية قد قصفت مواقع للمسلحين.")
    assert found and all(m in FACTUAL for _, m in found), found
    # "the observatory said yesterday that gunmen had kidnapped three employees": أمس dates
    # the saying; "yesterday the spokesman said that the forces had killed six gunmen": أمس
    # dates the verb of saying. Both acts stay history
    for text in ("وذكر المرصد أمس أن مسلحين كانوا قد اختطفوا ثلاثة موظفين.",
                 "وأمس قال المتحدث إن القوات كانت قد قتلت ستة مسلحين."):
        found = _assaults(detect, text)
        assert found and all(m == "historical" for _, m in found), (text, found)


# --- the first item of a chronology -------------------------------------------------------

def test_a_recent_time_in_the_first_item_keeps_it_news(detect):
    # "the most prominent attacks: gunmen kidnapped an employee at the bank yesterday evening"
    text = "وفيما يلي أبرز الاعتداءات: اختطف مسلحون موظفا في البنك مساء أمس."
    assert ("اختطف", "asserted") in _assaults(detect, text)
    # with no recent time the item is history
    text = "وفيما يلي أبرز الاعتداءات: اختطف مسلحون موظفا في البنك."
    assert ("اختطف", "historical") in _assaults(detect, text)


def test_the_list_stays_open_after_a_recent_first_item(detect):
    # the date-led item after it is still history
    text = ("وفيما يلي أبرز الهجمات: هاجم مسلحون مركزا للشرطة أمس. 12 مارس 2013: قتل "
            "مسلحون خمسة جنود.")
    found = _assaults(detect, text)
    assert ("هاجم", "asserted") in found and ("قتل", "historical") in found, found


# --- a many of one occasion ---------------------------------------------------------------

def test_last_week_makes_the_many_one_occasion(detect):
    # "many protesters were beaten with rubber bullets in the square last week"
    found = _assaults(detect, "تعرض الكثير من المحتجين للضرب بالرصاص المطاطي في الساحة "
                              "الأسبوع الماضي.")
    assert found and all(m in FACTUAL for _, m in found), found


def test_last_week_in_the_clause_before_a_toll_but_no_span(detect):
    # "many protesters were beaten last week and some of them were wounded"
    found = _assaults(detect, "تعرض الكثير من المحتجين للضرب الأسبوع الماضي وأصيب بعضهم بجروح.")
    assert found and all(m in FACTUAL for _, m in found), found
    # undated, or over a span of years, it stays a pattern
    assert ("تعرض الكثير من المحتجين للضرب", "habitual") in _assaults(
        detect, "تعرض الكثير من المحتجين للضرب وأصيب بعضهم بجروح.")
    found = _assaults(detect, "تعرض الكثير من المحتجين للضرب بالرصاص المطاطي في الساحة "
                              "خلال السنوات الماضية.")
    assert found and all(m not in FACTUAL for _, m in found), found
