"""Date expressions of the eighth session: a day or period corrected in brackets (اليوم
(الخميس)، فجر اليوم (أمس)), a weekday after a relative day (غداً السبت), منذ with a vague count
or a qualifier, Hijri dates and years, and coordinated years.

Publication date 2017-11-03, a Friday. Values worked out by hand: the Thursday before is
2 November, the Wednesday 1 November, the Saturday after 4 November.
"""

from __future__ import annotations

import datetime as dt

import pytest
from _pipelines import date_triples, nlp_dates  # noqa: F401 (nlp_dates is a fixture)

from marsad.dates.extract import since_start

PUBLISHED = "2017-11-03"


def dates_of(nlp, text, published=PUBLISHED):
    return date_triples(nlp, text, published)


@pytest.mark.parametrize("text,expected", [
    # the source's today was the day before the reader's: the bracket gives the reader's day
    ("وقال الوزير اليوم (الخميس) إن المفاوضات متعثرة.", ("اليوم (الخميس)", "2017-11-02", "day")),
    ("قصفت الطائرات القرية فجر اليوم (أمس).", ("فجر اليوم (أمس)", "2017-11-02", "day")),
    ("التقى الرئيس السفير الخميس (أول من أمس).",
     ("الخميس (أول من أمس)", "2017-11-01", "day")),
    ("تراجعت الصادرات العام (الماضي).", ("العام (الماضي)", "2016", "year")),
    # a weekday in brackets or right after a relative day names that very day
    ("تبدأ الدورة غداً (السبت) في جدة.", ("غداً (السبت)", "2017-11-04", "day")),
    ("يصل الوفد غداً السبت إلى عمان.", ("غداً السبت", "2017-11-04", "day")),
    ("وقع الاتفاق أمس (الخميس) في القاهرة.", ("أمس (الخميس)", "2017-11-02", "day")),
])
def test_a_relative_day_named_or_corrected_after_it(nlp_dates, text, expected):
    assert dates_of(nlp_dates, text) == [expected]


def test_today_with_a_weekday_is_the_nearest_such_day(nlp_dates):
    # published Tuesday 31 October: the source's «today, Wednesday» is 1 November, not the
    # Wednesday of the week before; published Friday it is the day before yesterday
    text = "وصل الوفد اليوم الأربعاء إلى بغداد."
    assert dates_of(nlp_dates, text, "2017-10-31") == [("اليوم الأربعاء", "2017-11-01", "day")]
    assert dates_of(nlp_dates, text) == [("اليوم الأربعاء", "2017-11-01", "day")]


def test_a_bracket_after_an_absolute_date_or_a_length_is_not_a_correction(nlp_dates):
    got = dates_of(nlp_dates, "قال الوزير اليوم (الخميس) إن المهلة انتهت في 30 يونيو 2017 "
                              "(ستة أشهر) دون اتفاق.")
    assert got == [("اليوم (الخميس)", "2017-11-02", "day"), ("30 يونيو 2017", "2017-06-30", "day"),
                   ("ستة أشهر", "P6M", "duration")]


@pytest.mark.parametrize("text,expected", [
    # a vague count: a length with TimeML's X for the count (PXY: some years)
    ("يعيش الشاعر في المنفى منذ سنوات.", ("منذ سنوات", "PXY", "duration")),
    ("يقيم الوفد في الفندق منذ أيام.", ("منذ أيام", "PXD", "duration")),
    ("يرابط الجنود على الحدود منذ بضعة أشهر.", ("منذ بضعة أشهر", "PXM", "duration")),
    ("يحاصر الجيش المدينة منذ عدة أسابيع.", ("منذ عدة أسابيع", "PXW", "duration")),
    ("انقطعت الكهرباء عن الحي منذ ساعات.", ("منذ ساعات", "PTXH", "duration")),
    ("تمنع الحكومة الاستيراد منذ عقود.", ("منذ عقود", "PXDE", "duration")),
    ("تعاني البلدة من الجفاف منذ سنوات طويلة.", ("منذ سنوات طويلة", "PXY", "duration")),
    ("توقف المصنع لعدة أشهر.", ("عدة أشهر", "PXM", "duration")),
    ("تتعطل المفاوضات منذ أشهر عدة.", ("منذ أشهر عدة", "PXM", "duration")),
    # a qualifier after منذ: the span holds both, the count is read
    ("بدأت الأزمة منذ نحو عقد.", ("منذ نحو عقد", "P10Y", "duration")),
    ("تقصف الطائرات المواقع منذ نحو أسبوع.", ("منذ نحو أسبوع", "P1W", "duration")),
    ("يحكم الحزب منذ أكثر من عامين.", ("منذ أكثر من عامين", "P2Y", "duration")),
])
def test_since_with_a_vague_count_or_a_qualifier(nlp_dates, text, expected):
    assert dates_of(nlp_dates, text) == [expected]


def test_the_days_of_something_are_no_count(nlp_dates):
    # منذ أيام الاستعمار: since colonial times; منذ ساعات الصباح: since the morning hours
    assert dates_of(nlp_dates, "بقيت القلعة منذ أيام الاستعمار ومنذ أيام.") == [
        ("منذ أيام", "PXD", "duration")]
    assert dates_of(nlp_dates, "تتواصل الغارات منذ ساعات الصباح ومنذ ساعات.") == [
        ("منذ ساعات", "PTXH", "duration")]


def test_since_a_vague_count_after_a_past_verb_dates_the_act_years_back():
    # three to ten years before 2017: 2007 to 2014, as قبل سنوات; three to ten decades back
    assert since_start("PXY", dt.date(2017, 11, 3)) == ("2007/2014", "year")
    assert since_start("PXDE", dt.date(2017, 11, 3)) == ("1917/1987", "year")
    assert since_start("PTXH", dt.date(2017, 11, 3)) is None


@pytest.mark.parametrize("text,expected", [
    # numeric Hijri dates as Saudi papers write them: spaces, dashes, a backslash, year first,
    # or no هـ at all after a 14xx year (14 Shawwal 1436 = Thursday 30 July 2015)
    ("تنتهي المهلة في 14 / 10 / 1436 هـ عند الظهر.", ("14 / 10 / 1436 هـ", "2015-07-30", "day")),
    ("تنتهي المهلة في 14 - 10 - 1436هـ عند الظهر.", ("14 - 10 - 1436هـ", "2015-07-30", "day")),
    ("صدر القرار بتاريخ 1436/10/14 هـ بعد المداولة.", ("1436/10/14 هـ", "2015-07-30", "day")),
    ("وصل الموافق 14/10/1436 إلى جدة.", ("14/10/1436", "2015-07-30", "day")),
    # a weekday with its full date after it is that date
    ("يبدأ التسجيل يوم الخميس 14/10/1436هـ في الرياض.",
     ("يوم الخميس 14/10/1436هـ", "2015-07-30", "day")),
    # Hijri years before 1343 (out of the Umm al-Qura tables): the arithmetical calendar,
    # 1 Rajab 1180 = 3 December 1766; 1 Rajab 56 = 23 May 676 (proleptic Gregorian)
    ("بنيت القلعة سنة 1180هـ على التل.", ("سنة 1180هـ", "1766", "year")),
    ("فتح المسلمون المدينة عام 56 هـ بعد حصار.", ("عام 56 هـ", "0676", "year")),
    ("توفي الشيخ سنة 1200 للهجرة في الطائف.", ("سنة 1200 للهجرة", "1786", "year")),
    # two Hijri years: an academic year, a life (the Gregorian years of their middles)
    ("يبدأ العام الدراسي 1436/1437هـ في سبتمبر.", ("1436/1437هـ", "2015/2016", "year")),
    ("عاش الإمام (1247 - 1300هـ) في نجد.", ("1247 - 1300هـ", "1831/1883", "year")),
])
def test_hijri_dates_and_years(nlp_dates, text, expected):
    assert expected in dates_of(nlp_dates, text)


def test_a_hijri_month_with_a_direction(nlp_dates):
    # published 31 July 2015 = 15 Shawwal 1436: Ramadan 1436 (mid-Ramadan 2 July 2015) is the
    # last one, Dhu al-Hijjah 1436 (mid 28 September 2015) the next one
    got = dates_of(nlp_dates, "صام في رمضان الماضي ويحج في ذي الحجة المقبل.", "2015-07-31")
    assert got == [("رمضان الماضي", "2015-07", "month"), ("ذي الحجة المقبل", "2015-09", "month")]


@pytest.mark.parametrize("text,expected", [
    # years that follow each other, or a span: one interval
    ("فاز الفريق بالكأس في 2009 و2010 على التوالي.", [("في 2009 و2010", "2009/2010", "year")]),
    ("شيدت الجسور بين 1990 و1995 في الشمال.", [("بين 1990 و1995", "1990/1995", "year")]),
    ("بلغ العجز في السنة المالية 2016-2017 رقما قياسيا.",
     [("2016-2017", "2016/2017", "year")]),
    ("فاز بالدوري في موسم 2008/ 2007 للمرة الأولى.", [("2008/ 2007", "2007/2008", "year")]),
    # years apart joined by و: each year on its own, not the span between them
    ("جرت الانتخابات في عامي 2005 و2010 وسط مقاطعة.",
     [("عامي 2005", "2005", "year"), ("2010", "2010", "year")]),
    ("فاز بالبطولة أعوام 1980 و1984 و1991.",
     [("أعوام 1980", "1980", "year"), ("1984", "1984", "year"), ("1991", "1991", "year")]),
])
def test_coordinated_years(nlp_dates, text, expected):
    assert dates_of(nlp_dates, text) == expected


def test_a_range_of_days_before_a_month(nlp_dates):
    # between the 24th and the 26th of this November (الجاري): 24 to 26 November 2017; the و of
    # وبين stays outside the span
    assert dates_of(nlp_dates, "يصدر الحكم وبين 24 و26 نوفمبر الجاري.") == [
        ("بين 24 و26 نوفمبر الجاري", "2017-11-24/2017-11-26", "day")]
    assert dates_of(nlp_dates, "يقام المعرض من 5 إلى 9 ديسمبر 2017 في الرياض.") == [
        ("من 5 إلى 9 ديسمبر 2017", "2017-12-05/2017-12-09", "day")]


def test_an_ordinal_day_of_a_hijri_month(nlp_dates):
    # published 9 August 2015 = 24 Shawwal 1436; 10 Shawwal 1436 = 26 July 2015
    assert dates_of(nlp_dates, "فتح باب الترشح في العاشر من شوال الحالي.", "2015-08-09") == [
        ("العاشر من شوال الحالي", "2015-07-26", "day")]


def test_the_days_of_a_named_month_and_the_decades_of_the_last_century(nlp_dates):
    # طيلة أيام شهر رمضان: the days of Ramadan, no count of days
    assert dates_of(nlp_dates, "زاد الإقبال طيلة أيام شهر رمضان وطيلة أيام.") == [
        ("طيلة أيام", "PXD", "duration")]
    assert dates_of(nlp_dates, "اندلعت الحرب في ثمانينات القرن المنصرم.") == [
        ("ثمانينات القرن المنصرم", "198", "decade")]


@pytest.mark.parametrize("text,expected", [
    # a half after a length: ISO 8601 takes a fraction of the last unit
    ("يحكم المجلس العسكري منذ ثلاثة أعوام ونصف.", ("منذ ثلاثة أعوام ونصف", "P3.5Y", "duration")),
    ("استمر الحصار عاما ونصف.", ("عاما ونصف", "P1.5Y", "duration")),
    ("دامت الجلسة ساعتين ونصف.", ("ساعتين ونصف", "PT2.5H", "duration")),
    # a year and a half before 3 November 2017: May 2016; a month and a half: 45 days, 19 Sept.
    ("استقال الوزير قبل عام ونصف.", ("قبل عام ونصف", "2016-05", "month")),
    ("وصل السفير قبل شهر ونصف.", ("قبل شهر ونصف", "2017-09-19", "day")),
    # the last or the coming hours: the day before and the publication day, or that day and
    # the next
    ("قتل ثلاثة جنود خلال الساعات الماضية.", ("الساعات الماضية", "2017-11-02/2017-11-03", "day")),
    ("ارتفعت الحصيلة في الساعات الـ24 الماضية.",
     ("الساعات الـ24 الماضية", "2017-11-02/2017-11-03", "day")),
    ("يصل الوفد خلال الساعات المقبلة.", ("الساعات المقبلة", "2017-11-03/2017-11-04", "day")),
    # a part of a period stays in its span; the value is the period
    ("ارتفعت الأسعار منذ مطلع العام الجاري.", ("مطلع العام الجاري", "2017", "year")),
    ("استقال في نهاية الشهر الماضي.", ("نهاية الشهر الماضي", "2017-10", "month")),
])
def test_halves_hours_and_parts_of_periods(nlp_dates, text, expected):
    assert dates_of(nlp_dates, text) == [expected]


def test_today_as_a_unit_of_time_is_no_date(nlp_dates):
    # خلال اليوم والأسبوع: a day, a week (generic units); في اليوم والليلة: a day and a night
    assert dates_of(nlp_dates, "تقاس الحركة خلال اليوم والأسبوع والشهر، وصل اليوم الوفد.") == []
    assert dates_of(nlp_dates, "يصلي خمس مرات في اليوم والليلة، ويصل الليلة.") == [
        ("الليلة", "2017-11-03", "day")]


def test_since_a_year_and_a_half_after_a_past_verb():
    # eighteen months before November 2017: May 2016
    assert since_start("P1.5Y", dt.date(2017, 11, 3)) == ("2016-05", "month")


def test_contracts_are_no_decades(nlp_dates):
    # عقود is also «contracts»: decades only after منذ / طيلة / لمدة, with طويلة, or closing a
    # clause (لعقود، …)
    assert dates_of(nlp_dates, "وقعت الشركة عدة عقود مع الوزارة التي تحتكر السوق منذ عقود.") == [
        ("منذ عقود", "PXDE", "duration")]
    assert dates_of(nlp_dates, "أعلنت الوزارة عن عقود عمل وقاتلوا لعقود، ثم انسحبوا.") == [
        ("عقود", "PXDE", "duration")]


def test_two_full_days_after_min_or_bayna_are_a_range(nlp_dates):
    # from 28 October to 3 November 2017; days joined without من / بين stay two days
    assert dates_of(nlp_dates, "يقام المعرض من 28 أكتوبر إلى 3 نوفمبر في جدة.") == [
        ("من 28 أكتوبر إلى 3 نوفمبر", "2017-10-28/2017-11-03", "day")]
    assert dates_of(nlp_dates, "زار بغداد في 28 أكتوبر و2 نوفمبر.") == [
        ("28 أكتوبر", "2017-10-28", "day"), ("2 نوفمبر", "2017-11-02", "day")]
