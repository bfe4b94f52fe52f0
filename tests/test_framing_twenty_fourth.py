"""Event framing of the twenty-fourth session (events.framing), each rule checked on sentences
written for this file:

- what an unbounded many suffer (a verb of exposure, events.json `exposure_verbs`, whose subject
  is a word of grammar.json `many_quantifiers`: تعرض الكثير منهم للضرب، الكثير من هؤلاء تعرضوا
  للتعذيب، صحفيين كثيرين تعرضوا للاعتقال) is a pattern, `habitual`, unless a recent time or a
  number in the sentence makes it the many of one happening; a number (عدد من) is no many;
- a chronology (a lead of grammar.json `chronology_leads` naming a word of `chronology_topics`
  before its colon: وفيما يلي أبرز الهجمات …:) makes the events after the colon, and those of the
  date-led items that follow it, `historical`; a statement's ما يلي, a lead with a recent time and
  the sentence after the list stay news.
"""

from __future__ import annotations

from _pipelines import PUBLISHED, detect  # noqa: F401  (the fixture)
from marsad.lexicon.grammar import grammar_words
from marsad.text.normalize import fold

FACTUAL = ("asserted", "reported")


def _assaults(nlp, text):
    """(trigger, modality) of the ASSAULT events of `text`."""
    doc = nlp(text, published=PUBLISHED)
    return [(e.trigger, e.modality) for e in doc.events if e.plover == "ASSAULT"]


def _factual_assaults(nlp, text):
    return [t for t, m in _assaults(nlp, text) if m in FACTUAL]


# --- what a many suffer -------------------------------------------------------------------

def test_many_right_after_the_verb_of_exposure_is_a_pattern(detect):
    # refugees tell of their suffering at home, "where many of them were beaten and displaced"
    text = ("وتحدث عدد من اللاجئين خلال لقاء نظمته الجمعية، الذي استمر ساعتين، عن معاناتهم في "
            "بلادهم، حيث تعرض الكثير منهم للضرب والتهجير.")
    found = _assaults(detect, text)
    assert found and all(m == "habitual" for _, m in found), found


def test_many_as_the_subject_before_the_verb_and_a_verb_joined_to_it(detect):
    # "many journalists were threatened and beaten, and their families kidnapped and tortured"
    text = ("وقال المتحدث في ندوة عقدت الأسبوع الجاري: «الكثير من الصحفيين تعرضوا لتهديدات "
            "وللضرب، وتعرض ذووهم للخطف والتعذيب».")
    assert _factual_assaults(detect, text) == []


def test_a_plural_with_an_adjective_of_many_is_a_pattern(detect):
    # the organisation named "many activists who were assassinated for their stances"
    text = ("وذكرت المنظمة أسماء ناشطين كثيرين تعرضوا للاغتيال بسبب مواقفهم، مثل فلان الذي "
            "قتل في المدينة.")
    assert ("للاغتيال", "habitual") in _assaults(detect, text)


def test_the_many_of_one_happening_stay_the_news(detect):
    # a recent time: the many beaten or killed yesterday are one event's
    assert ("وتعرض العديد من المحتجين للضرب", "asserted") in _assaults(
        detect, "وتعرض العديد من المحتجين للضرب أمس في وسط العاصمة.")
    assert ("قتل", "asserted") in _assaults(detect, "قتل كثير من المدنيين في الغارة أمس.")
    # the same sentence as the first test, the beating told of last night's raid
    text = ("وتحدث عدد من اللاجئين خلال لقاء نظمته الجمعية، الذي استمر ساعتين، عن معاناتهم في "
            "المخيم ليلة أمس، حيث تعرض الكثير منهم للضرب والتهجير.")
    assert _factual_assaults(detect, text)


def test_a_number_of_people_is_no_many():
    words = grammar_words()
    assert fold("الكثير") in words.many_quantifiers and fold("معظمهم") in words.many_quantifiers
    # (تعرض عدد من الجنود لإطلاق نار: a number, as often one event's)
    assert not {fold("عدد"), fold("عددا"), fold("بعض")} & words.many_quantifiers


# --- chronologies -----------------------------------------------------------------------

CHRONOLOGY = (
    "قتل خمسة جنود في هجوم استهدف حاجزا للجيش شمال المدينة أمس.\n\n"
    "وفيما يلي أبرز الهجمات التي شهدتها المدينة خلال العام:\n\n"
    "- 12 مارس: هاجم مسلحون مركزا للشرطة وقتلوا ثلاثة من عناصره.\n\n"
    "- 3 مايو: خطف مسلحون ثلاثة موظفين من مقر البلدية.\n\n"
    "وقتل مسلحون ثلاثة مدنيين في هجوم على السوق مساء أمس.\n")


def test_the_items_of_a_chronology_are_history(detect):
    found = _assaults(detect, CHRONOLOGY)
    for trigger in ("هاجم", "وقتلوا", "خطف"):
        assert [m for t, m in found if t == trigger] == ["historical"], (trigger, found)


def test_the_news_before_and_after_a_chronology_stays_news(detect):
    found = _assaults(detect, CHRONOLOGY)
    assert ("قتل", "asserted") in found  # the day's attack, before the list
    assert ("وقتل", "asserted") in found  # a sentence led by no date ends the list


def test_a_chronology_in_one_sentence(detect):
    text = ("وتتلخص أبرز الأحداث الأمنية خلال الشهر في ما يلي: * 20 يوليو: اغتيال رئيس البلدية "
            "في هجوم انتحاري استهدف موكبه في وسط المدينة.")
    found = _assaults(detect, text)
    assert found and all(m == "historical" for _, m in found), found


def test_a_statements_words_and_a_days_roundup_are_no_chronology(detect):
    # "the army's statement said the following:": its words tell the news
    assert _factual_assaults(
        detect, "وجاء في بيان الجيش ما يلي: قصفت طائراتنا مواقع المسلحين وقتلت عشرين منهم.")
    # a roundup of yesterday's attacks
    text = ("وفيما يلي أبرز الهجمات التي شهدتها المحافظة أمس:\n\n"
            "- 3: قتل جنديان في انفجار عبوة ناسفة قرب الحاجز.\n")
    assert ("قتل", "asserted") in _assaults(detect, text)


# --- a pluperfect after another clause's recent time -------------------------------------

def test_a_recent_time_before_kana_is_the_reporting_clauses(detect):
    # "the agency said yesterday that the ship had been seized by gunmen hours before it sank"
    text = ("وذكرت الهيئة أمس أن السفينة التي أغرقتها البحرية كانت قد خطفت من قبل مسلحين قبل "
            "إغراقها بساعات.")
    assert ("خطفت", "historical") in _assaults(detect, text)


def test_a_recent_time_of_the_pluperfect_clause_keeps_it_news(detect):
    assert ("قتلت", "asserted") in _assaults(
        detect, "وكانت القوات قد قتلت ثلاثة مسلحين أول من أمس.")


def test_a_series_of_attacks_before_a_verb_of_saying_opens_a_quote_not_a_list(detect):
    # "after a series of bombings in the kingdom, he said: the security forces killed …"
    text = ("وجاءت الإجراءات بعد سلسلة تفجيرات شهدتها المنطقة، وقال: قتلت قوات الأمن ثلاثة "
            "مسلحين في اشتباك قرب الحدود.")
    assert _factual_assaults(detect, text)


# --- the attack of a toll told as background ----------------------------------------------

def test_the_attack_of_a_background_toll_is_background(detect):
    # "the troops will not withdraw despite the killing of two soldiers on Saturday in a
    # suicide attack": the attack is what the toll, named in spite of, happened in
    text = "ولن تنسحب القوات على الرغم من مقتل جنديين يوم السبت في هجوم انتحاري قرب القاعدة."
    assert _factual_assaults(detect, text) == []


def test_the_attack_of_a_toll_told_as_news_stays_news(detect):
    assert ("وقتل", "asserted") in _assaults(
        detect, "وقتل عشرة جنود إثر غارة جوية على موقع حدودي.")


def test_a_verb_describing_a_background_attack_is_background(detect):
    # "relations grew tense after ten soldiers were killed in an American air strike that
    # targeted gunmen": the strike, and the verb telling whom it targeted, are background
    text = "وتوترت العلاقات بين البلدين إثر مقتل عشرة جنود إثر ضربة جوية أميركية استهدفت مسلحين."
    assert _factual_assaults(detect, text) == []
    # told as the news, the strike stays news
    assert ("ضربة", "asserted") in _assaults(
        detect, "وقتل عشرة جنود في ضربة جوية أميركية استهدفت مسلحين.")
