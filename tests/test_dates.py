"""Date expressions: every construction of the dates stage on our own sentences.

Publication date 2017-11-02, a Thursday. Each expected value was worked out by hand:
the week of 2017-10-26 is ISO week 43 (week 44 starts on Monday 30 October); the Sunday before
is 29 October; Ramadan 1438 ran from 27 May to 24 June 2017; 1 Sha'ban 1436 was 19 May 2015.
"""

from __future__ import annotations

import datetime as dt

import pytest

import marsad

PUBLISHED = "2017-11-02"


@pytest.fixture(scope="module")
def nlp_dates():
    return marsad.load(["layout", "sentences", "tokens", "dates"])


def dates_of(nlp, text, published=PUBLISHED):
    return [(d.text, d.value) for d in nlp(text, published=published).dates]


@pytest.mark.parametrize("text,expected", [
    # relative days
    ("وصل الوفد أمس إلى بيروت.", ("أمس", "2017-11-01")),
    ("غادر الوزير صباح أمس.", ("صباح أمس", "2017-11-01")),
    ("عقد الاجتماع يوم أمس.", ("يوم أمس", "2017-11-01")),
    ("بدأت المحادثات أول أمس.", ("أول أمس", "2017-10-31")),
    ("يلقي خطابا مساء اليوم.", ("مساء اليوم", "2017-11-02")),
    ("تصل البعثة غداً إلى عمان.", ("غداً", "2017-11-03")),
    ("تبدأ القمة يوم غد.", ("يوم غد", "2017-11-03")),
    ("يعود الوفد بعد غد.", ("بعد غد", "2017-11-04")),
    # relative periods
    ("التقى الوفدان الأسبوع الماضي.", ("الأسبوع الماضي", "2017-W43")),
    ("يزور الرئيس باريس الأسبوع المقبل.", ("الأسبوع المقبل", "2017-W45")),
    ("ارتفعت الأسعار الشهر الماضي.", ("الشهر الماضي", "2017-10")),
    ("تجري الانتخابات الشهر المقبل.", ("الشهر المقبل", "2017-12")),
    ("وقعت الهجمات العام الماضي.", ("العام الماضي", "2016")),
    ("تنتهي الولاية السنة المقبلة.", ("السنة المقبلة", "2018")),
    # weekdays
    ("يزور الرئيس عمان يوم الخميس المقبل.", ("يوم الخميس المقبل", "2017-11-09")),
    ("وصل الوزير الثلاثاء الماضي.", ("الثلاثاء الماضي", "2017-10-31")),
    ("التقى الأحد وفدا من المعارضة.", ("الأحد", "2017-10-29")),
    ("عقدت الجلسة يوم الخميس.", ("يوم الخميس", "2017-11-02")),
    ("غداة الثلاثاء الماضي عاد الهدوء.", ("غداة الثلاثاء الماضي", "2017-11-01")),
    # day-month-year, every regional month family, paired forms
    ("ولد في 12 كانون الثاني 2016.", ("12 كانون الثاني 2016", "2016-01-12")),
    ("تعود إلى تشرين الثاني/نوفمبر 2015.", ("تشرين الثاني/نوفمبر 2015", "2015-11")),
    ("صدر القانون في آب/اغسطس 2017.", ("آب/اغسطس 2017", "2017-08")),
    ("بدأت في (كانون الثاني) يناير 2017.", ("(كانون الثاني) يناير 2017", "2017-01")),
    ("بدأت في يناير (كانون الثاني) 2014.", ("يناير (كانون الثاني) 2014", "2014-01")),
    ("جرت في 5 حزيران 2016.", ("5 حزيران 2016", "2016-06-05")),
    ("جرت في 3 جانفي 2018.", ("3 جانفي 2018", "2018-01-03")),
    ("جرت في 9 فيفري 2011.", ("9 فيفري 2011", "2011-02-09")),
    ("جرت في 5 أفريل 2016.", ("5 أفريل 2016", "2016-04-05")),
    ("جرت في 1 ماي 2014.", ("1 ماي 2014", "2014-05-01")),
    ("جرت في 20 جوان 2014.", ("20 جوان 2014", "2014-06-20")),
    ("جرت في جويلية 2015.", ("جويلية 2015", "2015-07")),
    ("جرت في 8 أوت 2012.", ("8 أوت 2012", "2012-08-08")),
    ("جرت في 1 غشت 2019.", ("1 غشت 2019", "2019-08-01")),
    ("جرت في 30 يوليوز 2010.", ("30 يوليوز 2010", "2010-07-30")),
    ("جرت في نونبر 2014.", ("نونبر 2014", "2014-11")),
    ("جرت في 25 دجنبر 2013.", ("25 دجنبر 2013", "2013-12-25")),
    ("جرت في 14 أغسطس 2013.", ("14 أغسطس 2013", "2013-08-14")),
    ("جرت في مارس.", ("مارس", "2017-03")),  # no year: within the 9 months before publication
    # numeric
    ("صدر في 12/3/2017 قرار.", ("12/3/2017", "2017-03-12")),
    ("صدر في 2017-03-12 قرار.", ("2017-03-12", "2017-03-12")),
    # Hijri (value is Gregorian)
    ("بدأ الصيام في رمضان 1438 هـ.", ("رمضان 1438 هـ", "2017-06")),
    ("صدر في 15 شعبان 1436هـ قرار.", ("15 شعبان 1436هـ", "2015-06-02")),
    # years and ranges
    ("الاتفاق الموقع في 2015 صامد.", ("في 2015", "2015")),
    ("تأسست عام 2016.", ("عام 2016", "2016")),
    ("كانت العام 2015 صعبة.", ("العام 2015", "2015")),
    ("تولى المنصب بين عامي 2014 و2016.", ("بين عامي 2014 و2016", "2014/2016")),
    ("نشأت في الثمانينات من القرن الماضي.", ("الثمانينات من القرن الماضي", "198")),
    # durations
    ("هو اللقاء الثاني في نحو عامين.", ("نحو عامين", "P2Y")),
    ("استمر الحصار ثلاثة أشهر.", ("ثلاثة أشهر", "P3M")),
    ("بقي هناك أسبوعين.", ("أسبوعين", "P2W")),
    ("اعتصموا عشرة أيام.", ("عشرة أيام", "P10D")),
    ("غاب شهرين.", ("شهرين", "P2M")),
    ("دام القصف يومين.", ("يومين", "P2D")),
    ("سجن خمس سنوات.", ("خمس سنوات", "P5Y")),
    ("أضرب 11 يوما.", ("11 يوما", "P11D")),
    ("يحكم منذ خمسة وعشرين عاما.", ("منذ خمسة وعشرين عاما", "P25Y")),
    ("توقفت المفاوضات منذ عام.", ("منذ عام", "P1Y")),
    ("استمر الاجتماع ثلاث ساعات.", ("ثلاث ساعات", "PT3H")),
])
def test_date_expression(nlp_dates, text, expected):
    assert expected in dates_of(nlp_dates, text)


def test_layer_fields_and_offsets(nlp_dates):
    text = "وصل الرئيس صباحَ أمسِ إلى طهران في زيارة تستمر يومين."
    doc = nlp_dates(text, published=PUBLISHED)
    first = doc.dates[0]
    assert doc.text[first.start:first.end] == first.text == "صباحَ أمسِ"  # diacritics kept
    assert (first.granularity, first.relative, first.calendar) == ("day", True, "gregorian")
    last = doc.dates[-1]
    assert (last.text, last.value, last.granularity, last.relative) == (
        "يومين", "P2D", "duration", False)
    assert first.sentence == 0


def test_hijri_calendar_is_marked(nlp_dates):
    (d,) = nlp_dates("صدر في 15 شعبان 1436هـ قرار.", published=PUBLISHED).dates
    assert (d.calendar, d.granularity) == ("hijri", "day")


def test_granularities(nlp_dates):
    doc = nlp_dates("الأسبوع الماضي وفي آب/اغسطس 2017 وفي 2015.", published=PUBLISHED)
    assert [d.granularity for d in doc.dates] == ["week", "month", "year"]


@pytest.mark.parametrize("text", [
    "مارس الرئيس ضغوطا على الحكومة.",  # مارس = practised
    "قال الأب إن ابنه سافر.",  # أب = father, not آب
    "تقاسم الاثنين المسؤولية.",  # الاثنين = the two
    "ذكر الوزير أن العام شهد تحسنا.",  # العام alone is not a date
])
def test_not_dates(nlp_dates, text):
    assert dates_of(nlp_dates, text) == []


def test_relative_dates_need_a_publication_date(nlp_dates):
    found = dates_of(nlp_dates, "وصل أمس بعد اتفاق وقع في 2015.", published=None)
    assert found == [("في 2015", "2015")]


def test_clitics_stay_outside_the_span(nlp_dates):
    found = dates_of(nlp_dates, "وأمس وللعام الماضي وفي 2015.")
    assert ("أمس", "2017-11-01") in found
    assert ("لعام الماضي", "2016") in found or ("للعام الماضي", "2016") in found


@pytest.mark.parametrize("text,published,expected", [
    # a month with الماضي / المقبل after it: the last or next such month (published 2015-07-21)
    ("تنتهي المهلة في 22 أكتوبر (تشرين الأول) المقبل.", "2015-07-21",
     ("22 أكتوبر (تشرين الأول) المقبل", "2015-10-22")),
    ("توقف في يونيو (حزيران) الماضي.", "2015-07-21", ("يونيو (حزيران) الماضي", "2015-06")),
    ("انتهت في 10 ديسمبر الماضي.", "2015-07-21", ("10 ديسمبر الماضي", "2014-12-10")),
    # Hijri: numeric with هـ, and day + month with الجاري (1 Shawwal 1436 = 17 July 2015)
    ("نشر بتاريخ 29-8-1436هـ مقال.", "2015-07-21", ("29-8-1436هـ", "2015-06-16")),
    ("تنتهي المهلة في 30 شوال الجاري.", "2015-07-21", ("30 شوال الجاري", "2015-08-15")),
    # a plural unit with a definite number after it is a duration
    ("تغير كثيرا في السنوات العشر الأخيرة.", "2015-07-21", ("السنوات العشر", "P10Y")),
    ("حررت القدس عام 1187 بعد حطين.", "2015-07-21", ("عام 1187", "1187")),
    # years 1500-1899 cannot be Hijri (the Hijri year is now about 1440): Gregorian after عام
    ("وصلت الحملة الفرنسية إلى مصر عام 1798 بقيادة نابليون.", "2015-07-21",
     ("عام 1798", "1798")),
    ("افتتحت القناة في العام 1869 للملاحة.", "2015-07-21", ("العام 1869", "1869")),
])
def test_more_date_expressions(nlp_dates, text, published, expected):
    assert expected in dates_of(nlp_dates, text, published)


@pytest.mark.parametrize("text", [
    "منذ اليوم الأول لتوليه المنصب.",  # اليوم الأول = the first day
    "لم يره منذ ذلك اليوم.",  # that day
    "تزداد الزيارات خلال شهر رمضان المبارك.",  # a named month, not a one-month duration
])
def test_day_words_that_are_not_dates(nlp_dates, text):
    assert dates_of(nlp_dates, text) == []


@pytest.mark.parametrize("text,expected", [
    ("توفي في ديسمبر كانون الاول عام 2014 .", ("ديسمبر كانون الاول عام 2014", "2014-12")),
    ("يبدأ التسجيل من تاريخ 1/ 8/ 2015م للجميع.", ("1/ 8/ 2015م", "2015-08-01")),
    ("وزعت البطاقات بتاريخ 16/10 على المراكز.", ("16/10", "2017-10-16")),  # 17 days before
    ("وصل الموفد أمس الأول إلى دمشق.", ("أمس الأول", "2017-10-31")),
])
def test_dates_seen_in_news(nlp_dates, text, expected):
    assert expected in dates_of(nlp_dates, text)


@pytest.mark.parametrize("text", [
    "المنكوبون في أمس الحاجة إلى المساعدات.",  # أمس = most
    "حضر المصلون صلاة الجمعة في المسجد.",  # the weekly prayer
    "معظمهم في الثلاثينيات من العمر.",  # an age
])
def test_idioms_that_are_not_dates(nlp_dates, text):
    assert dates_of(nlp_dates, text) == []


@pytest.mark.parametrize("text,expected", [
    ("يعرض منذ العاشر من يوليو تموز الجاري.", ("العاشر من يوليو تموز الجاري", "2017-07-10")),
    ("وصل في الخامس عشر من تشرين الأول الماضي.", ("الخامس عشر من تشرين الأول الماضي", "2017-10-15")),
    ("ولد في الحادي والعشرين من آذار 2015.", ("الحادي والعشرين من آذار 2015", "2015-03-21")),
    ("لعب معه من 2010 حتى 2014 بعد ذلك.", ("من 2010 حتى 2014", "2010/2014")),
    ("بدأ في كانون الثاني من العام الماضي.", ("كانون الثاني من العام الماضي", "2016-01")),
])
def test_ordinal_days_ranges_and_month_of_last_year(nlp_dates, text, expected):
    assert expected in dates_of(nlp_dates, text)


@pytest.mark.parametrize("expression,value", [
    ("يوم الخميس الثاني من تشرين الثاني/نوفمبر من العام 2017", "2017-11-02"),
    ("في 15 رمضان 1438 هـ", "2017-06-10"),
    ("صباح أمس", "2017-11-01"),
    ("في 2015", "2015"),
])
def test_dates_far_into_a_long_text_are_found_whole(expression, value):
    """Patterns run only on spans around their anchor words (marsad.dates.extract._windows):
    an expression deep in a long text, at any distance from other anchors, is found whole."""
    from marsad.dates.extract import find_dates
    from marsad.text.normalize import fold

    filler = "وقال المتحدث إن الاجتماع بحث عددا من الملفات المشتركة بين البلدين. "
    for n in (0, 1, 3, 7):
        text = fold(filler * n + expression + " " + filler * 2)
        start = len(fold(filler * n))
        end = start + len(fold(expression))
        found = [(f.start, f.end, f.value) for f in find_dates(text, dt.date(2017, 11, 2))]
        # the whole expression (a Hijri date's span starts at its day, after في)
        assert any(v == value and a in (start, start + 3) and b == end for a, b, v in found), found


@pytest.mark.parametrize("text", [
    "أغلقت الشرطة شارع 26 يوليو في وسط المدينة.",  # a street named for a date
    "سار المحتجون بشارعي 23 يوليو و26 يوليو.",  # coordinated after the street noun
    "عبرت القافلة جسر 6 أكتوبر.",
    "قالت قوى 14 آذار إنها ستشارك.",  # a coalition named for a date
])
def test_a_day_and_month_that_name_a_place_or_a_movement_are_no_date(nlp_dates, text):
    assert dates_of(nlp_dates, text) == []


def test_a_date_after_a_named_street_is_still_a_date(nlp_dates):
    found = dates_of(nlp_dates, "أغلقت الشرطة شارع 26 يوليو في 5 أكتوبر و6 أكتوبر.")
    assert [t for t, _ in found] == ["5 أكتوبر", "6 أكتوبر"]


@pytest.mark.parametrize("text,expected", [
    # a bare weekday after a future verb or marker is the coming one (Thursday 2 November 2017:
    # the coming Tuesday is 7 November, the coming Sunday 5 November)
    ("وقال إن الاجتماع سيعقد يوم الثلاثاء في القاهرة.", ("يوم الثلاثاء", "2017-11-07")),
    ("ومن المقرر أن يصل الوزير الثلاثاء إلى بغداد.", ("الثلاثاء", "2017-11-07")),
    ("وسوف يزور الرئيس باريس الأحد.", ("الأحد", "2017-11-05")),
    ("وسيلتقي الرئيس نظيره مساء الأحد.", ("مساء الأحد", "2017-11-05")),
    # without one it is the last one (31 October)
    ("ووصل الوزير يوم الثلاثاء إلى بغداد.", ("يوم الثلاثاء", "2017-10-31")),
    # a noun that begins like a future verb is none (سيارة)
    ("واشترى سيارة يوم الثلاثاء.", ("يوم الثلاثاء", "2017-10-31")),
])
def test_a_weekday_after_a_future_verb_is_the_coming_one(nlp_dates, text, expected):
    assert expected in dates_of(nlp_dates, text)


def test_a_future_verb_of_another_clause_does_not_move_a_weekday(nlp_dates):
    # the relative clause's سيغادر is not the time of التقى
    got = dates_of(nlp_dates, "وقال الوزير الذي سيغادر غدا إنه التقى نظيره يوم الثلاثاء.")
    assert ("يوم الثلاثاء", "2017-10-31") in got, got
