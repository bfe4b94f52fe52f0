"""The article page's tooltip on an amount says what the text report says: the value as the
text gives it, its unit and its qualifier (a range's ends are 'at least' and 'up to')."""
from marsad.web.pages import article_marks


def _title(amount: dict) -> str:
    marks = article_marks({"amounts": [amount]}, [])
    assert len(marks) == 1
    return marks[0].title


def test_range_end_shows_its_qualifier():
    # ما بين 2% و5%: the low end is "at least 2 %"; before, the tooltip dropped the qualifier
    assert _title({"start": 0, "end": 9, "value": 2.0, "unit": "percent",
                   "qualifier": "at least"}) == "amount: 2 percent (at least)"


def test_small_fraction_and_thousands_kept():
    assert _title({"start": 0, "end": 4, "value": 0.3, "unit": "percent"}) == \
        "amount: 0.3 percent"
    assert _title({"start": 0, "end": 8, "value": 3000.0, "unit": "USD",
                   "qualifier": None}) == "amount: 3,000 USD"
