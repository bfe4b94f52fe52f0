"""Qualified titles, on sentences written for this file.

A title with السابق/الأسبق (former), الراحل (late) or المخلوع/المعزول (deposed) after it, or
after its country, never names the holder of the office on the article's date:

- with a dictionary person after it, it is that person (his identity kept); his code is a role
  he holds on that date, if any, else the ELI (elite: former office holder) of his country;
- without a name it is the ELI of its country ("former president of Yemen", YEMELI).

المؤقت/بالوكالة (acting) and المكلف (designate) are not the holder either: the title's role in
its country. A qualifier that agrees with a later noun is not the title's (مستشار الرئيس السابق:
the adviser of the former president; رئيس الحكومة السابقة: the head of the former government).

The office holders the tests name were checked by hand in people/*.json: Hadi president of
Yemen, Bahah its vice president and al-Abadi prime minister of Iraq in 2015; Ali Abdullah Saleh
leader of his party until 2017; Tillerson US secretary of state in 2018 (Kerry until January
2017); Carter US defence secretary in 2015; Zbidi Tunisia's defence minister in 2011-2013 and
2017-2019; Mubarak's and Arafat's roles ended before 2015.
"""

from __future__ import annotations

import pytest

from _pipelines import actors_nlp  # noqa: F401 (a fixture)


def entities(nlp, text, published="2015-08-01"):
    doc = nlp(text, published=published)
    return [(e.text, e.actor_code, e.canonical) for e in doc.entities]


def holders(got):
    return " ".join(c for _t, _code, c in got)


def test_a_former_president_with_his_name_is_that_person_not_the_holder(actors_nlp):
    got = entities(actors_nlp, "وقال الرئيس اليمني السابق علي عبد الله صالح إن الحرب مستمرة.")
    assert ("الرئيس اليمني السابق علي عبد الله صالح", "YEMPTY", "Ali Abdullah Saleh") in got, got
    assert "Hadi" not in holders(got), got


@pytest.mark.parametrize("text, span, code", [
    # after the country's adjective, or before a country in لـ
    ("وقال الرئيس اليمني السابق إن الحرب مستمرة.", "الرئيس اليمني السابق", "YEMELI"),
    ("وقال الرئيس السابق لليمن إن الحرب مستمرة.", "الرئيس السابق لليمن", "YEMELI"),
    ("وحذر رئيس الوزراء العراقي الأسبق من التقسيم.", "رئيس الوزراء العراقي الأسبق", "IRQELI"),
    ("وقال وزير خارجية اليمن السابق إن الحل سياسي.", "وزير خارجية اليمن السابق", "YEMELI"),
    ("وطالب الرئيس المصري المعزول بالإفراج عنه.", "الرئيس المصري المعزول", "EGYELI"),
    # نائب الرئيس is one office: the qualifier is the vice president's (Bahah held it in 2015)
    ("وقال نائب الرئيس اليمني السابق إن الحرب خطأ.", "نائب الرئيس اليمني السابق", "YEMELI"),
])
def test_a_former_title_without_a_name_is_an_elite_of_its_country(actors_nlp, text, span, code):
    got = entities(actors_nlp, text)
    mine = [g for g in got if g[0] == span]
    assert mine and mine[0][1] == code, got
    assert mine[0][2].startswith("former"), got
    assert not any(c.endswith("GOV") for _t, c, _n in got if c), got


@pytest.mark.parametrize("text, published, span, code, name", [
    ("وقال وزير الخارجية الأميركي السابق جون كيري إن الاتفاق النووي جيد.", "2018-03-01",
     "وزير الخارجية الأميركي السابق جون كيري", "USAELI", "John Kerry"),
    ("وقال الرئيس المصري المخلوع حسني مبارك إن التاريخ سينصفه.", "2015-08-01",
     "الرئيس المصري المخلوع حسني مبارك", "EGYELI", "Hosni Mubarak"),
    ("وقال الرئيس الفلسطيني الراحل ياسر عرفات في خطاب قديم إن السلام ممكن.", "2015-08-01",
     "الرئيس الفلسطيني الراحل ياسر عرفات", "PSEELI", "Yasser Arafat"),
])
def test_a_former_office_holder_out_of_office_is_an_elite(actors_nlp, text, published, span,
                                                          code, name):
    got = entities(actors_nlp, text, published)
    assert (span, code, name) in got, got
    assert len([g for g in got if g[1] and g[1].endswith(("GOV", "ELI"))]) == 1, got


def test_a_former_title_is_never_the_holder_of_the_date(actors_nlp):
    # Tillerson held the office on this date; the article speaks of someone else
    got = entities(actors_nlp, "وقال وزير الخارجية الأميركي السابق إن الاتفاق جيد.",
                   "2018-03-01")
    assert "Tillerson" not in holders(got), got
    assert any(c == "USAELI" for _t, c, _n in got), got


def test_an_acting_minister_is_not_the_holder_and_no_news_agency(actors_nlp):
    got = entities(actors_nlp, "وقال وزير الدفاع الأميركي بالوكالة إن القوات جاهزة.")
    assert "Carter" not in holders(got), got
    mine = [g for g in got if g[0] == "وزير الدفاع الأميركي بالوكالة"]
    assert mine and mine[0][1] == "USAGOV" and mine[0][2].startswith("acting"), got
    assert not any(c == "MED" for _t, c, _n in got), got  # بالوكالة is no agency


def test_a_designate_is_not_the_holder_but_charged_with_is_no_designate(actors_nlp):
    got = entities(actors_nlp,
                   "وأعلن رئيس الوزراء العراقي المكلف أن قاضي التحقيق المكلف بالملف استقال.")
    assert "Abadi" not in holders(got), got
    mine = [g for g in got if g[0] == "رئيس الوزراء العراقي المكلف"]
    assert mine and mine[0][1] == "IRQGOV" and "designate" in mine[0][2], got
    judge = [g for g in got if g[0].startswith("قاضي التحقيق")]
    assert judge and "designate" not in judge[0][2], got


def test_a_qualifier_of_a_later_noun_is_not_the_titles(actors_nlp):
    # the adviser of the former president is no former adviser; the son of the former president
    # names the former president, not the holder
    got = entities(actors_nlp, "التقى مستشار الرئيس اليمني السابق بنجل الرئيس اليمني السابق.")
    adviser = [g for g in got if g[0].startswith("مستشار")]
    assert adviser and adviser[0][1] == "YEMGOV" and "former" not in adviser[0][2], got
    assert ("الرئيس اليمني السابق", "YEMELI", "former president of Yemen") in got, got
    assert "Hadi" not in holders(got), got
    # السابقة agrees with الحكومة, not with رئيس: the head of the former government
    got = entities(actors_nlp, "وقال رئيس الحكومة اليمنية السابقة إن الحرب طويلة.")
    assert not any(c and c.endswith("ELI") for _t, c, _n in got), got
    # الراحل after the title of a نائب is the late leader's: the deputy is not Mullah Omar
    got = entities(actors_nlp, "واختارت الحركة نائب الزعيم الراحل الملا عمر زعيما لها.")
    assert not any(t.startswith("نائب") and n == "Mullah Omar" for t, _c, n in got), got


def test_a_former_title_in_apposition_after_a_name(actors_nlp):
    # Zbidi was Tunisia's defence minister in 2011-2013 and again from 2017: none in 2015
    got = entities(actors_nlp,
                   "وتم تكليف عبد الكريم الزبيدي، وزير الدفاع التونسي الأسبق، بالإعداد للمؤتمر.")
    assert ("عبد الكريم الزبيدي، وزير الدفاع التونسي الأسبق", "TUNELI", "Abdelkarim Zbidi") \
        in got, got


def test_a_person_after_a_former_title_in_li_is_not_its_name(actors_nlp):
    # المبعوث الخاص السابق للقذافي: Gaddafi's former envoy, not Gaddafi
    got = entities(actors_nlp, "وقال المبعوث الخاص السابق للقذافي إن ليبيا تغيرت.")
    envoy = [g for g in got if g[0] == "المبعوث الخاص السابق"]
    assert envoy and envoy[0][1] == "ELI", got
    # (the span after the preposition ل: لقذافي, twenty-fourth session)
    assert any(n == "Muammar Gaddafi" and t == "لقذافي" for t, _c, n in got), got


def test_a_bare_former_title_is_the_former_holder_named_before(actors_nlp):
    # الرئيس المخلوع alone, after the article named him with his country and name: Saleh
    got = entities(actors_nlp, "هاجمت القوات الموالية للرئيس اليمني المخلوع علي عبد الله صالح "
                               "مدينة تعز. وقال مصدر إن الرئيس المخلوع يدعم الحوثيين.")
    assert ("الرئيس المخلوع", "YEMPTY", "Ali Abdullah Saleh") in got, got
    # and after a former title with a country only: that country's former president
    got = entities(actors_nlp, "هاجم الرئيس اليمني السابق الحكومة في خطاب أمس. "
                               "ورد الرئيس السابق بأن الحوثيين سينتصرون.")
    assert ("الرئيس السابق", "YEMELI", "former president of Yemen") in got, got
    # with nothing before it, no country is guessed
    got = entities(actors_nlp, "قال الرئيس السابق إن الحرب طويلة.")
    assert ("الرئيس السابق", "ELI", "former president") in got, got


@pytest.mark.parametrize("text, published, code", [
    # Mubarak, president until 2011-02-11 (people/*.json): in office in 2005, an elite in 2015
    ("وقال حسني مبارك إن الوضع خطير.", "2005-08-01", "EGYGOV"),
    ("وقال حسني مبارك إن الوضع خطير.", "2015-08-01", "EGYELI"),
])
def test_a_named_office_holder_whose_offices_ended_is_an_elite(actors_nlp, text, published, code):
    got = entities(actors_nlp, text, published=published)
    assert ("حسني مبارك", code) in [(t, c) for t, c, _n in got], got
