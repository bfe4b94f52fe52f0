"""The lead's review of the twentieth session (docs/accuracy.md, "The lead's review,
twentieth session"): each case failed before its mend, on sentences written here.
"""

from __future__ import annotations

import pytest

DAY = "2015-07-26"


def _dyads(nlp, text):
    return [(e.cameo[:2], e.source and e.source.actor_code, e.target and e.target.actor_code)
            for e in nlp(text, published=DAY).events]


@pytest.mark.parametrize("text, dyad", [
    # a definite group before a definite body: subject and object, not one actor (the army
    # was taken as the gunmen's apposition and became the attack's source)
    ("هاجم المسلحون الجيش العراقي في الرمادي أمس.", ("19", "UAF", "IRQMIL")),
    ("قصف المسلحون الجيش العراقي أمس.", ("19", "UAF", "IRQMIL")),
    # controls: a nisba after the group is its own (the composer joins it), a named group
    # is no title
    ("قتل المسلحون الأكراد جنديين أمس.", ("18", "KURUAF", "MIL")),
    ("هاجم المتمردون الحوثيون الجيش اليمني أمس.", ("19", "YEMREB", "YEMMIL")),
])
def test_a_definite_group_and_a_definite_body_are_two_sides(nlp, text, dyad):
    assert dyad in _dyads(nlp, text)
