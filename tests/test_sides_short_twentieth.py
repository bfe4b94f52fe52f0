"""Event sides, short task, twentieth session (docs/accuracy.md, "Event sides: the pronoun of a
group named before, and clashes that took place, twentieth session").

- a count with منهم after a verb joined by ثم to the one before is never of the verb's own subject
  (carried from that verb, whose plural subject stood after it): the other side, the target of the
  verb before;
- a noun of clashes right after a verb of occurrence (دارت، جرت، وقعت، اندلعت) with بين and two
  actors is a clash that took place, with both sides (جرت is no passive auxiliary there).

Our own sentences; each expected value was worked out by hand. The names are invented."""

from __future__ import annotations

from test_uncoded_actors_sixteenth import sides


# 1. منهم after a count: not the verb's own subject

def test_then_plural_verb_goes_on_with_the_plural_subject(nlp):
    # before: the killing had the army as source and the gunmen (its own subject) as target
    text = "هاجم المسلحون الجيش العراقي أمس، ثم قتلوا عشرة منهم."
    assert sides(nlp, text, "1823") == [("UAF", "المسلحون", "IRQMIL", "الجيش العراقي")]


def test_of_them_is_the_other_side_not_the_subject(nlp):
    # before: the target was the gunmen, the subject of both verbs
    text = "هاجم مسلحون دورية للشرطة أمس، ثم قتلوا ثلاثة منهم."
    assert sides(nlp, text, "1823") == [("UAF", "مسلحون", "COP", "دورية للشرطة")]


def test_of_them_after_and_is_the_other_side(nlp):
    text = "هاجم مسلحون دورية للشرطة في الموصل وقتلوا اثنين منهم."
    assert sides(nlp, text, "1823") == [("UAF", "مسلحون", "COP", "دورية للشرطة")]


def test_singular_subject_is_not_carried_to_a_plural_verb(nlp):
    # control: a singular subject after the first verb does not agree with the plural after ثم
    text = "اعتقلت الشرطة المحتجين ثم أطلقوا النار على المبنى."
    assert all(s[1] != "الشرطة" for s in sides(nlp, text, "190"))


# 2. a clash that took place between two sides

def test_clash_after_jarat_is_no_passive(nlp):
    # before: no event (جرت read as the passive auxiliary, the sides lost)
    text = "جرت اشتباكات عنيفة بين قوات الأمن والمسلحين في العريش."
    assert sides(nlp, text, "190") == [("COP", "قوات الأمن", "UAF", "المسلحين")]


def test_battles_that_went_on_between_two_sides(nlp):
    # before: dropped as a mere reference (too few signs)
    text = "دارت معارك بين الجيش اليمني والحوثيين."
    assert sides(nlp, text, "190") == [("YEMMIL", "الجيش اليمني", "YEMREB", "الحوثيين")]


def test_clashes_that_happened_between_two_sides(nlp):
    # before: dropped too (وقعت read without its و as a verb of occurrence)
    text = "ووقعت مواجهات بين الجيش اليمني والحوثيين."
    assert sides(nlp, text, "190") == [("YEMMIL", "الجيش اليمني", "YEMREB", "الحوثيين")]


def test_clashes_between_named_as_a_topic_stay_out(nlp):
    # control: no verb of occurrence, the clashes are only spoken of
    text = "تحدث الوزير عن المعارك بين الجيش والمسلحين."
    assert sides(nlp, text, "190") == []
