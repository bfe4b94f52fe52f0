"""Event dates and targets (twenty-fifth session, helper h4), each checked on sentences written
for this file:

- «اليوم» that the dates stage reads as the publication's day is a recent time of an act's
  own clause, as أمس is: a chronology's first item, a pluperfect clause, an attack after عقب
  and a seizure in a relative clause dated by it are news; not «في مثل هذا اليوم» (this day of
  another year), «في اليوم التالي», nor «nowadays» after a present verb of a state or a verb of
  becoming (التي تعيش اليوم، وباتت تعرف اليوم);
- a chronology's line takes the date that opens it (- 12 مارس 2013: قتل …), a line no date
  opens takes no date of the lines around it, and a date-led item is news or history by its
  own date (فجر "he blew up" in it is no "dawn");
- the actor after ضد right after a hostile act whose pattern reads no ضد is its target
  (حملة اعتقالات ضد الناشطين، أطلقت النار ضد، تفجير انتحاري ضد); not a ضد farther on, which
  belongs to another noun.
"""

from __future__ import annotations

from _pipelines import PUBLISHED, detect  # noqa: F401  (the fixture)

FACTUAL = ("asserted", "reported")


def _events(nlp, text):
    """(trigger, cameo, modality, date, target code) of every event of `text`."""
    doc = nlp(text, published=PUBLISHED)
    return [(e.trigger, e.cameo, e.modality, e.date, e.target.actor_code if e.target else None)
            for e in doc.events]


def _modalities(nlp, text):
    return [(t, m) for t, _c, m, _d, _g in _events(nlp, text)]


# --- «اليوم», a recent time ----------------------------------------------------------------

def test_today_in_a_chronologys_first_item_keeps_it_news(detect):
    # "the most prominent attacks: gunmen attacked a police station today"
    found = _modalities(detect, "وفيما يلي أبرز الهجمات: هاجم مسلحون مركزا للشرطة اليوم.")
    assert ("هاجم", "asserted") in found, found


def test_today_in_a_pluperfect_clause_keeps_it_news(detect):
    # "gunmen had kidnapped three employees in the city today"
    found = _modalities(detect, "وكان مسلحون قد اختطفوا اليوم ثلاثة موظفين في المدينة.")
    assert ("اختطفوا", "asserted") in found, found
    # near-misses: the next day, this day of 2003, and «nowadays» of a state in a relative
    # clause leave the pluperfect history
    for text in ("وكان مسلحون قد هاجموا مركزا للشرطة في اليوم التالي.",
                 "وفي مثل هذا اليوم من عام 2003 كان مسلحون قد هاجموا مركزا للشرطة.",
                 "وكان مسلحون قد هاجموا مركزا للشرطة في المدينة التي تعيش اليوم أزمة كبيرة."):
        found = _modalities(detect, text)
        assert ("هاجموا", "historical") in found, (text, found)


def test_an_attack_after_aqib_dated_today_is_news(detect):
    # "the authorities closed the road after an attack gunmen carried out today on a station"
    found = _modalities(detect, "وأغلقت السلطات الطريق عقب هجوم نفذه مسلحون اليوم على مركز "
                                "للشرطة.")
    assert ("هجوم", "asserted") in found, found


def test_a_seizure_in_a_relative_clause_dated_today_is_news(detect):
    # "dozens of gunmen entered the city the organisation took control of today"
    found = _modalities(detect, "ودخل عشرات المسلحين المدينة التي سيطر عليها التنظيم اليوم.")
    assert ("سيطر", "asserted") in found, found
    # near-miss: «nowadays» of what the place became (وباتت تعرف اليوم) leaves it what
    # identifies the place
    found = _modalities(detect, "وبثت خطب له في إذاعة المدينة التي سيطر عليها المتشددون "
                                "وباتت تعرف اليوم باسم آخر.")
    assert ("سيطر", "historical") in found, found


def test_clashes_that_took_place_today_are_one_occasion(detect):
    # "residents said clashes with heavy weapons took place today between the army and gunmen"
    found = _modalities(detect, "وقال سكان محليون إن اشتباكات بالأسلحة الثقيلة جرت اليوم بين "
                                "الجيش والمسلحين في المنطقة، وأسفرت عن قتلى وجرحى.")
    assert ("اشتباكات", "asserted") in found, found
    # near-miss: «اليوم» of the statement dates no attacks it answers, which stay a pattern
    found = _modalities(detect, "وأعلنت الحركة اليوم أنها ترد على هجمات شنتها قوات الحكومة "
                                "على الحركة.")
    assert ("هجمات", "habitual") in found, found


# --- chronologies ---------------------------------------------------------------------------

LEAD = "وفيما يلي أبرز الهجمات التي شهدتها المدينة:\n\n"


def test_a_line_takes_the_date_that_opens_it(detect):
    text = LEAD + ("- 12 مارس 2013: قتل مسلحون خمسة جنود.\n\n"
                   "- 3 مايو 2014: فجر انتحاري نفسه في سوق المدينة.\n")
    found = {t: (m, d) for t, _c, m, d, _g in _events(detect, text)}
    assert found["قتل"] == ("historical", "2013-03-12"), found
    # فجر "he blew up" is no "dawn": the item is history by its own date
    assert found["فجر"] == ("historical", "2014-05-03"), found


def test_a_recent_line_is_news_and_the_list_stays_open(detect):
    # a line of three days before the publication, then a line of 2013
    text = LEAD + ("- 29 يوليو: هاجم مسلحون مركزا للشرطة.\n\n"
                   "- 12 مارس 2013: قتل مسلحون خمسة جنود.\n")
    found = {t: (m, d) for t, _c, m, d, _g in _events(detect, text)}
    assert found["هاجم"] == ("asserted", "2015-07-29"), found
    assert found["قتل"] == ("historical", "2013-03-12"), found


def test_an_undated_line_takes_no_date_of_the_lines_around_it(detect):
    # the lines of the list in one sentence (no full stop ends them)
    text = LEAD.strip() + ("\n- 12 مارس 2013: قتل مسلحون خمسة جنود\n"
                           "- خطف مسلحون ثلاثة موظفين من مقر البلدية\n"
                           "- 3 مايو 2014: هاجم مسلحون مركزا للشرطة\n")
    found = {t: d for t, _c, _m, d, _g in _events(detect, text)}
    assert found["قتل"] == "2013-03-12", found
    assert found["خطف"] not in ("2013-03-12", "2014-05-03"), found
    assert found["هاجم"] == "2014-05-03", found


# --- targets after ضد -----------------------------------------------------------------------

def test_an_arrest_campaign_against_activists_is_coded_with_its_target(detect):
    # "the authorities launched a wide campaign of arrests against the activists yesterday"
    found = _events(detect, "شنت السلطات حملة اعتقالات واسعة ضد الناشطين أمس.")
    assert [(c, g) for _t, c, _m, _d, g in found] == [("173", "OPP")], found


def test_firing_and_a_suicide_bombing_against_someone_take_them_as_target(detect):
    # "the police opened fire against the demonstrators yesterday"
    found = _events(detect, "أطلقت الشرطة النار ضد المتظاهرين أمس.")
    assert [g for _t, c, _m, _d, g in found if c == "193"] == ["CVL"], found
    # "a suicide bombing against the Afghan police took place in Kabul yesterday"
    found = _events(detect, "وقع تفجير انتحاري ضد الشرطة الأفغانية في كابول أمس.")
    assert [g for _t, c, _m, _d, g in found if c == "1831"] == ["AFGCOP"], found


def test_a_far_against_belongs_to_another_noun(detect):
    # "the police arrested three accused of carrying out attacks against the army": the army
    # is the attacks' target, no arrest's
    found = _events(detect, "اعتقلت الشرطة ثلاثة متهمين بتنفيذ هجمات ضد الجيش أمس.")
    assert not [g for _t, c, _m, _d, g in found if c == "173" and g == "MIL"], found
    # and the arrest campaign's target once more, past one adjective (a near-miss of the reach)
    found = _events(detect, "شنت الحكومة حملة اعتقالات ضد الناشطين أمس.")
    assert ("173", "OPP") in [(c, g) for _t, c, _m, _d, g in found], found
