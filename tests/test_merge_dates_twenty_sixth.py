"""The in-article merge (`events.merging._merge`) keeps apart two acts of one source with no
target told when their own dates differ, and still joins a report told again undated or on the
same day (twenty-sixth session)."""

from __future__ import annotations

from _pipelines import detect  # noqa: F401  (fixture)

from marsad.events.merging import _dates_apart

PUBLISHED = "2015-07-27"
HOTEL = ("قال شهود إن 13 شخصا على الأقل قتلوا أمس عندما اقتحم مسلح من حركة الشباب بوابة فندق في "
         "مقديشو. ")


def _killings(nlp, text):
    """The sentence numbers of the mentions of each killing (1823) of `text`."""
    doc = nlp(text, published=PUBLISHED)
    return [sorted(m.sentence for m in e.mentions) for e in doc.events if e.cameo == "1823"]


def test_lead_day_and_a_report_of_the_day_before_are_two_acts(detect):  # noqa: F811
    # the killing in the hotel is undated but told after the lead's «ظهر أمس»; the member of
    # parliament was killed «أول من أمس»
    text = ("انفجرت سيارة مفخخة ظهر أمس أمام فندق في مقديشو. وقال شهود إن 13 شخصا على الأقل قتلوا "
            "عندما اقتحم مسلح من حركة الشباب بوابة الفندق. وقتلت حركة الشباب عضوا بالبرلمان "
            "وحارسه الشخصي في هجومين أول من أمس.")
    assert _killings(detect, text) == [[1], [2]]


def test_a_day_and_an_earlier_weekday_are_two_acts(detect):  # noqa: F811
    text = HOTEL + "وقتلت حركة الشباب عضوا بالبرلمان وحارسه الشخصي في هجوم يوم الخميس الماضي."
    assert _killings(detect, text) == [[0], [1]]


def test_a_day_and_a_month_it_is_not_in_are_two_acts(detect):  # noqa: F811
    text = HOTEL + "وقتلت حركة الشباب 13 شخصا في هجوم في يونيو الماضي."
    assert _killings(detect, text) == [[0], [1]]
    assert _dates_apart("2015-07-26", "2015-06")
    assert _dates_apart("2015-07-26", "2015-07-23")


def test_a_report_told_again_undated_or_in_its_period_stays_one(detect):  # noqa: F811
    assert not _dates_apart("2015-07-26", "2015-07")  # a day and its month
    assert not _dates_apart("2015-07-26", "2015")
    assert not _dates_apart("2015-07-26", None)
    for again in ("وقتلت حركة الشباب عضوا بالبرلمان وحارسه الشخصي في الهجوم.",
                  "وقتلت حركة الشباب 13 شخصا في الهجوم ظهر أمس.",
                  "وقتلت حركة الشباب 13 شخصا في هجوم خلال يوليو الجاري."):
        assert _killings(detect, HOTEL + again) == [[0, 1]], again
