"""Dates and names, twenty-first session (docs/accuracy.md, "Dates and names leftovers …,
twenty-first session"), on sentences written for this file, values worked out by hand with a
calendar. Umm al-Qura: 1 Shawwal 1436 = Friday 17 July 2015, so the d-th of Shawwal is 16 + d
July (22 July is 6 Shawwal, 23 July 7 Shawwal, 3 August 18 Shawwal, 2 August 17 Shawwal); 13
August 2015 is a Thursday (9 August a Sunday).

- a day of the month with no month (15 من الشهر الجاري) is the Hijri month's day when the
  words before it say it is to come (تستمر حتى) or past (منذ) and only the Hijri day agrees,
  and in an article whose dates are told in the Hijri calendar alone (unless the tense says
  the Gregorian one);
- a country's independence or national day after ب and a word of celebrating (احتفلت الجزائر
  بعيد الاستقلال) is that country's day when the country is named;
- a club named by a common word (الهلال، النصر، الاتحاد، الأهلي، الشباب) in a sports
  sentence after a word of its people, match or result is the club; a host city stays a place.
"""

from __future__ import annotations

import pytest
from _pipelines import nlp_dates  # noqa: F401 (a fixture)
from test_dates_sixteenth import values

# -- a day of the month counted in the Hijri month ------------------------------------------


@pytest.mark.parametrize("text, published, expected", [
    # to come (تستمر حتى), the Gregorian 15 July already past on 22 July: 15 Shawwal = 31 July
    # (a Saudi dateline: the review of the session reads the tense's Hijri day only in a Saudi
    # article or one naming a Hijri month, with no Gregorian month nor year)
    ("الطائف - واس\nتستمر فعاليات المهرجان الصيفي حتى 15 من الشهر الجاري.", "2015-07-22",
     [("15 من الشهر الجاري", "2015-07-31")]),
    # to come (تنطلق), the Gregorian 12 July past on 23 July: 12 Shawwal = 28 July
    ("جدة - تنطلق المسابقة الثقافية في الـ12 الجاري بمشاركة واسعة.", "2015-07-23",
     [("12 الجاري", "2015-07-28")]),
    # past (منذ), the Gregorian 10 August still to come on 3 August: 10 Shawwal = 26 July
    ("الرياض - واس\nوشهد المعرض منذ افتتاحه في 10 من الشهر الجاري إقبالاً كبيراً.", "2015-08-03",
     [("10 من الشهر الجاري", "2015-07-26")]),
    # an article of Hijri dates alone (شهر ذي القعدة, no Gregorian month nor year): 20 Shawwal
    # = 5 August (the Gregorian 20 August would agree with يبدأ too: the calendar decides)
    ("يبدأ التسجيل يوم 20 من الشهر الجاري. وتبدأ الدراسة مطلع شهر ذي القعدة المقبل.",
     "2015-08-03", [("20 من الشهر الجاري", "2015-08-05")]),
    # a weekday and the day in an article of Hijri dates: Thursday 28 Shawwal = 13 August
    ("ويختتم البرنامج يوم الخميس 28 من الشهر الجاري. ويقام الحفل في 1436هـ.",
     "2015-08-06", [("يوم الخميس 28 من الشهر الجاري", "2015-08-13")]),
])
def test_a_day_of_the_month_counted_in_the_hijri_month(nlp_dates, text, published, expected):
    assert [(t, v) for t, v in values(nlp_dates, text, published) if "الشهر" in t or
            "الجاري" in t] == expected


@pytest.mark.parametrize("text, published, expected", [
    # (guards, as before) a past verb and a past Gregorian day: the Gregorian one
    ("وكانت الصحيفة نشرت في 14 من الشهر الجاري تقريراً عن المستشفى.", "2015-07-23",
     [("14 من الشهر الجاري", "2015-07-14")]),
    # both days to come and no Hijri date in the article: the Gregorian one
    ("يستمر المعرض حتى 28 من الشهر الجاري.", "2015-07-23",
     [("28 من الشهر الجاري", "2015-07-28")]),
    # a Hijri month in the article, but the Hijri 15 Shawwal (31 July) is past on 2 August and
    # ستنطلق says to come: the Gregorian 15 August
    ("وستنطلق البطولة يوم 15 من الشهر الحالي. وكان الفريق قد تأهل في شهر رمضان الماضي.",
     "2015-08-02", [("15 من الشهر الحالي", "2015-08-15")]),
])
def test_a_day_of_the_month_stays_gregorian(nlp_dates, text, published, expected):
    assert [(t, v) for t, v in values(nlp_dates, text, published) if "الشهر" in t or
            "الجاري" in t] == expected


# -- a country's day after a word of celebrating (dates.json `celebration_words`) ------------

@pytest.mark.parametrize("text, published, expected", [
    # Algeria's independence day is 5 July (dates.json `independence_days`, general knowledge)
    ("احتفلت الجزائر بعيد الاستقلال وسط إجراءات أمنية.", "2015-07-06",
     [("عيد الاستقلال", "2015-07-05")]),
    # Kuwait's national day is 25 February
    ("احتفلت الكويت باليوم الوطني وسط أجواء من الفرح.", "2015-02-26",
     [("اليوم الوطني", "2015-02-25")]),
])
def test_a_celebrated_day_of_a_named_country(nlp_dates, text, published, expected):
    assert values(nlp_dates, text, published) == expected


@pytest.mark.parametrize("text", [
    # (guards, as before) no country named; a Hijri feast (each country's own day); a custom
    "احتفل الطلاب بعيد الاستقلال في المدرسة.",
    "احتفلت الجالية بعيد الفطر في الجزائر.",
    "وتحتفل الجزائر بعيد الاستقلال كل عام.",
    # a count after the name tells another year (its 54th)
    "احتفلت الكويت باليوم الوطني الـ54 وسط أجواء من الفرح.",
])
def test_a_celebrated_day_with_no_country_is_no_date(nlp_dates, text):
    assert values(nlp_dates, text, "2015-07-20") == []


# -- clubs named by a common word (orgs.json `sports_forms`, words.json `club_name_cues`) --------

@pytest.fixture(scope="module")
def nlp_actors():
    import marsad

    return marsad.load(("layout", "sentences", "tokens", "actors"))


def _orgs(nlp, text):
    return [(e.text, e.canonical, e.actor_code) for e in nlp(text).entities if e.type == "ORG"]


HILAL, NASSR = ("Al Hilal SFC", "SAUBUS"), ("Al Nassr FC", "SAUBUS")
ITTIHAD, AHLI = ("Al-Ittihad Club (Jeddah)", "SAUBUS"), ("Al-Ahli Saudi FC", "SAUBUS")
SHABAB = ("Al-Shabab FC (Riyadh)", "SAUBUS")


@pytest.mark.parametrize("text, expected", [
    # a result's verb before the first, على / مع before the other side
    ("فاز الهلال على النصر بهدفين في مباراة الدوري أمس.",
     [("الهلال", *HILAL), ("النصر", *NASSR)]),
    ("تعادل الاتحاد مع الأهلي في مباراة الدوري.", [("الاتحاد", *ITTIHAD), ("الأهلي", *AHLI)]),
    # a club's people and places before the name
    ("سجل مهاجم الشباب هدفاً في مرمى الاتحاد.", [("الشباب", *SHABAB), ("الاتحاد", *ITTIHAD)]),
    # two clubs joined by و
    ("تقام مباراة الهلال والنصر مساء الجمعة.", [("الهلال", *HILAL), ("النصر", *NASSR)]),
    # once read, the name alone in another sports sentence of the article
    ("فاز الهلال على ضيفه في مباراة الدوري. وسجل الهلال هدفين في الشوط الأول.",
     [("الهلال", *HILAL), ("الهلال", *HILAL)]),
    # a namesake listed with its nisba in the article (الأهلي المصري) is the one meant
    ("فاز الأهلي المصري على ضيفه في مباراة الدوري. وسجل لاعب الأهلي هدفين.",
     [("الأهلي المصري", "Al Ahly SC", "EGYBUS"), ("الأهلي", "Al Ahly SC", "EGYBUS")]),
])
def test_a_club_named_by_a_common_word(nlp_actors, text, expected):
    assert _orgs(nlp_actors, text) == expected


@pytest.mark.parametrize("text, expected", [
    # (guards, as before) a definite word after the name: another body
    ("أقامت جمعية الهلال الأحمر مخيماً للمنتخب.",
     [("الهلال الأحمر", "International Federation of Red Cross and Red Crescent Societies",
       "NGOIFR")]),
    ("أعلن الاتحاد الأوروبي عقوبات على لاعب سابق.", [("الاتحاد الأوروبي", "European Union",
                                                      "IGOEU")]),
    # no sports sentence, or no cue: the word itself
    ("حقق الجيش النصر في المعركة.", [("الجيش", "army", "MIL")]),
    ("ظهر الهلال في سماء المدينة مساء أمس.", []),
    # only another country named: another club of the name (twenty-first session, second
    # round: the Emirati Al-Nasr is listed now, and its league names it: test_teams_twenty_first)
    ("فاز النصر على العين في مباراة الدوري الإماراتي.",
     [("النصر", "Al-Nasr SC (Dubai)", "AREBUS")]),
    ("فاز النصر على ضيفه في مباراة الدوري العماني.", []),
])
def test_a_common_word_stays_itself(nlp_actors, text, expected):
    assert _orgs(nlp_actors, text) == expected


def test_the_youth_stay_youth_outside_sports(nlp_actors):
    doc = nlp_actors("وشارك الشباب في الاحتفال بالعيد.")
    assert [(e.text, e.canonical, e.actor_code) for e in doc.entities] == [
        ("الشباب", "youth", "CVL")]


def test_a_host_city_in_a_match_sentence_stays_a_place(nlp_actors):
    """(a guard) في الرياض after two clubs: the city, no club."""
    doc = nlp_actors("وتقام مباراة الهلال والنصر في الرياض يوم الجمعة.")
    assert [(e.text, e.canonical, e.type != "ORG") for e in doc.entities
            if e.text == "الرياض"] == [("الرياض", "Riyadh", True)]


# -- a surname the shapes take for a future verb, after its given name elsewhere ---------------

@pytest.mark.parametrize("text, expected", [
    # 29 July 2015 is a Wednesday: the last Sunday 26 July, the next one 2 August. سنودن (س +
    # a present stem) follows إدوارد in the sentence before: a name, no future verb
    ("كشف المتعاقد إدوارد سنودن وثائق جديدة. وقال سنودن الأحد إن الوكالة تتجسس.",
     [("الأحد", "2015-07-26")]),
    # (guards, as before) a future verb; a given name elsewhere not before it
    ("أعلن الرئيس أنه سيزور المدينة الأحد.", [("الأحد", "2015-08-02")]),
    ("التقى إدوارد الوزير أمس. وقال سيزور المدينة الأحد.",
     [("أمس", "2015-07-28"), ("الأحد", "2015-08-02")]),
])
def test_a_surname_named_before_is_no_future_verb(nlp_dates, text, expected):
    assert values(nlp_dates, text, "2015-07-29") == expected


# -- a given name that is a common word before a dictionary person's surname --------------------

@pytest.mark.parametrize("text, expected", [
    # بشرى (also "good news") before الأسد: another bearer of the family name, not Bashar
    ("وقالت بشرى الأسد إن الوضع في سوريا صعب.", [("بشرى الأسد", None, "PERSON")]),
    # (guards, as before) the listed full name; a listed given name
    ("وقال بشار الأسد إن الوضع في سوريا صعب.", [("بشار الأسد", "SYRGOV", "PERSON")]),
    ("وقال رياض الأسد إن الوضع في سوريا صعب.", [("رياض الأسد", None, "PERSON")]),
])
def test_another_bearer_of_a_listed_surname(nlp_actors, text, expected):
    assert [(e.text, e.actor_code, e.type) for e in nlp_actors(text).entities
            if e.type == "PERSON"] == expected


def test_a_common_word_given_name_alone_opens_no_name(nlp_actors):
    """(a guard) بشرى before no dictionary surname is the word (بشرى سارة: good news)."""
    doc = nlp_actors("وزفت الحكومة بشرى سارة للمواطنين.")
    assert [e.text for e in doc.entities if e.type == "PERSON"] == []
