"""Dates and amounts leftovers (twenty-seventh session, helper h8), on sentences written for
this file, values worked out by hand:

- «في مثل هذا اليوم» with its past year right before it (في عام 1990، وفي مثل هذا اليوم) is the
  publication's day of that year, as with the year after it; with «الموافق» and a day of the
  month after it (من عام 1990، الموافق 2 آب) it is that day of that year, one expression;
- an ordinal day after لـ (الموافق للعشرين من يوليو) is a day, and a column of this day in
  history (في مثل هذا اليوم الموافق للعشرين من يوليو) gives its lines led by a year that day of
  their year (1944 - … : 1944-07-20);
- a present verb that opens its clause with «اليوم» of the day after it (يتظاهر المعلمون اليوم)
  is today's act, counted or not; «اليوم» before it (اليوم يقتل المسلحون) or a verb inside a
  clause (من يقتل السوريين اليوم) still tells a state;
- a number in the feminine's form before منها (اثنتان منها) points back at no count of men
  (ثلاثة أشخاص): the injuries, not the persons; «واحداً» is a number word of a compound
  (أربعمائة وواحداً وثلاثين); the numbers of resolutions past their genitive (قرار مجلس الأمن
  2216), of a list after a dual label (القرارين 242 و338) and after a label with و (والدورة 42)
  count nothing; «حدود» before a number is "about" (إلى حدود 800 ريال), and a qualifier before
  الـ and digits (بحدود الـ500 مليون ريال) makes a count, no label.
"""

from __future__ import annotations

import pytest
from _amounts_harness import amounts_of, nlp_amounts  # noqa: F401 (fixture)
from _pipelines import detect, nlp_dates  # noqa: F401 (fixtures)
from test_dates_sixteenth import values


def _events(nlp, text, published):
    """(trigger, modality, date, date source) of every event of `text`."""
    doc = nlp(text, published=published)
    return [(e.trigger, e.modality, e.date, e.date_source) for e in doc.events]


# -- «في مثل هذا اليوم»: a year before it, a day after «الموافق» --------------------------------

@pytest.mark.parametrize("text, expected", [
    # "in 1990, on this very day, the Iraqi forces swept into Kuwait" (published 2 August 2015)
    ("في عام 1990، وفي مثل هذا اليوم، اجتاحت القوات العراقية الكويت.",
     [("في عام 1990، وفي مثل هذا اليوم", "1990-08-02")]),
    ("وفي أغسطس 1990 وفي مثل هذا اليوم اجتاح الجيش العراقي الكويت.",
     [("أغسطس 1990 وفي مثل هذا اليوم", "1990-08-02")]),
])
def test_a_year_before_this_day_is_that_years_day(nlp_dates, text, expected):
    assert values(nlp_dates, text, "2015-08-02") == expected


@pytest.mark.parametrize("text", [
    # near-misses: the year ends its sentence; «في مثل هذا اليوم» of the next has no year
    "غزا العراق الكويت عام 1990. وفي مثل هذا اليوم يتذكر الكويتيون.",
    # "founded in 1990, and on this day every year its members celebrate": every year's day
    "تأسس النادي عام 1990، وفي مثل هذا اليوم من كل عام يحتفل أعضاؤه بذكراه.",
])
def test_a_year_before_this_day_of_another_clause_or_every_year_stays(nlp_dates, text):
    assert values(nlp_dates, text, "2015-08-02") == [("عام 1990", "1990")]


@pytest.mark.parametrize("text, expected", [
    # published 3 August: the day named after الموافق, in the anniversary's year
    ("في مثل هذا اليوم من عام 1990، الموافق 2 آب، اجتاحت القوات العراقية الكويت.",
     [("اليوم من عام 1990، الموافق 2 آب", "1990-08-02")]),
    ("في مثل هذا اليوم من سنة 1990 الموافق الثاني من أغسطس اجتاح الجيش الكويت.",
     [("اليوم من سنة 1990 الموافق الثاني من أغسطس", "1990-08-02")]),
])
def test_the_day_after_muwafiq_is_the_anniversarys_day(nlp_dates, text, expected):
    assert values(nlp_dates, text, "2015-08-03") == expected


def test_a_day_told_after_the_anniversary_without_muwafiq_stays_apart(nlp_dates):
    # near-miss: «وفي 5 آب» is another day, told after; the anniversary keeps the publication's
    found = values(nlp_dates, "في مثل هذا اليوم من عام 1990 اجتاح الجيش العراقي الكويت، "
                              "وفي 8 آب أعلن ضمها.", "2015-08-03")
    assert found[0] == ("اليوم من عام 1990", "1990-08-03"), found
    assert [t for t, _v in found[1:]] == ["8 آب"], found


def test_an_event_of_the_anniversary_takes_the_named_day(detect):
    found = _events(detect, "في مثل هذا اليوم من عام 1990، الموافق 2 آب، اجتاحت القوات العراقية "
                            "الكويت.", "2015-08-03")
    assert [(t, d) for t, _m, d, _s in found] == [("اجتاحت", "1990-08-02")], found


# -- an ordinal day after لـ; a column of this day in history -----------------------------------

@pytest.mark.parametrize("text, expected", [
    ("وأرجئت الجلسة للعشرين من يوليو.", [("للعشرين من يوليو", "2015-07-20")]),
    ("ويستمر المهرجان حتى الحادي والعشرين من يوليو.", [("الحادي والعشرين من يوليو", "2015-07-21")]),
    ("وتبدأ الدراسة للحادي عشر من أغسطس.", [("للحادي عشر من أغسطس", "2015-08-11")]),
])
def test_an_ordinal_day_after_lam_is_a_day(nlp_dates, text, expected):
    # published 24 July 2015 (for the near-miss, the 21st without لـ, read before too)
    assert values(nlp_dates, text, "2015-07-24") == expected


COLUMN = ("تنشر الصحيفة أهم الأحداث التي وقعت في مثل هذا اليوم الموافق للعشرين من شهر يوليو على "
          "النحو التالي:\n"
          "1944 - انفجار قنبلة في مقر القيادة الألمانية.\n"
          "1951 - اغتيال الملك في باحة المسجد.")


def test_the_lines_of_a_this_day_column_take_that_day_of_their_year(detect):
    found = {t: d for t, _m, d, _s in _events(detect, COLUMN, "2015-07-21")}
    assert (found.get("انفجار"), found.get("اغتيال")) == ("1944-07-20", "1951-07-20"), found


def test_year_lines_with_no_named_day_keep_their_year(detect):
    # near-miss: a chronology of years with no day named keeps the year alone
    text = ("وفيما يلي أبرز الأحداث:\n"
            "1944 - انفجار قنبلة في مقر القيادة الألمانية.\n"
            "1951 - اغتيال الملك في باحة المسجد.")
    found = {t: d for t, _m, d, _s in _events(detect, text, "2015-07-21")}
    assert (found.get("انفجار"), found.get("اغتيال")) == ("1944", "1951"), found


# -- a present verb with «اليوم» after it: today's act --------------------------------------------

@pytest.mark.parametrize("text, trigger", [
    ("يتظاهر المعلمون اليوم أمام وزارة التربية.", "يتظاهر"),  # "the teachers demonstrate today"
    ("يعتصم العمال اليوم أمام مقر الشركة.", "يعتصم"),
    ("قال المتحدث إن الوضع هادئ، ويتظاهر الطلاب في العاصمة اليوم.", "ويتظاهر"),
])
def test_a_present_act_with_today_after_it_is_todays(detect, text, trigger):
    found = _events(detect, text, "2015-08-01")
    assert (trigger, "asserted", "2015-08-01") in [(t, m, d) for t, m, d, _s in found], found


@pytest.mark.parametrize("text, trigger", [
    # «اليوم» heading the clause before the verb: what armed men do nowadays
    ("اليوم يقتل المسلحون الأبرياء في كل مكان.", "يقتل"),
    # a verb inside a relative clause: who kills Syrians nowadays
    ("وبلاك ووتر هي من يقتل السوريين اليوم.", "يقتل"),
])
def test_a_present_act_that_is_no_clause_head_stays_habitual(detect, text, trigger):
    found = _events(detect, text, "2015-08-01")
    assert [m for t, m, _d, _s in found if t == trigger] == ["habitual"], found


def test_nowadays_after_a_verb_of_a_state_is_still_read(nlp_dates):
    # the last session's «nowadays» still holds: no day of the publication
    assert values(nlp_dates, "يعيش العراق اليوم أزمة سياسية حادة.", "2015-08-01") == \
        [("اليوم", "PRESENT_REF")]


# -- منها after persons; واحداً -----------------------------------------------------------------

def test_a_feminine_number_before_minha_counts_no_men(nlp_amounts):
    # "three persons were injured, two of them (the injuries) serious": no 2 persons
    assert amounts_of(nlp_amounts, "أصيب ثلاثة أشخاص بإصابات خطيرة، اثنتان منها في الرأس.",
                      "2015-07-22") == [("ثلاثة أشخاص", 3, "اشخاص", None)]
    # past the persons, the count of things before them (two of the five accidents)
    assert amounts_of(nlp_amounts, "وقعت 5 حوادث أصيب فيها ثلاثة أشخاص، اثنتان منها في الرياض.",
                      "2015-07-22")[-1] == ("اثنتان منها", 2, "حوادث", None)


@pytest.mark.parametrize("text, last", [
    # near-misses: a broken plural of men with منها and a masculine number (3 of the gendarmes);
    # women with a feminine number
    ("هاجم مسلحون سيارة على متنها 4 من عناصر الدرك، ما أدى إلى مقتل 3 منها.",
     ("3 منها", 3, "عناصر", None)),
    ("اعتقلت الشرطة عشر نساء، وأفرجت عن ثلاث منها.", ("ثلاث منها", 3, "نساء", None)),
    ("شنت الطائرات 13 غارة، خمس منها على صعدة.", ("خمس منها", 5, "غاره", None)),
])
def test_minha_keeps_its_count_when_the_gender_agrees(nlp_amounts, text, last):
    assert amounts_of(nlp_amounts, text, "2015-07-22")[-1] == last


@pytest.mark.parametrize("text, expected", [
    ("وبلغ عدد المشاركين (431) أربعمائة وواحداً وثلاثين مشاركاً.",
     [("(431) أربعمائة وواحداً وثلاثين مشاركاً", 431, "مشارك", None)]),
    ("وشارك في المعسكر واحداً وعشرين لاعباً.", [("واحداً وعشرين لاعباً", 21, "لاعب", None)]),
    # near-miss: واحداً alone is "one of", no count
    ("وقتل الجنود واحداً من المسلحين.", []),
])
def test_wahidan_in_a_compound(nlp_amounts, text, expected):
    assert amounts_of(nlp_amounts, text, "2015-07-22") == expected


# -- labelled numbers ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وطالب بتطبيق قرار مجلس الأمن 2216 بشأن اليمن.",
    "وطالب بتطبيق القرار الأممي 2216 بشأن اليمن.",
    "والالتزام بالقرار الدولي (2216) واعتباره مرجعية.",
    "وطالب بتنفيذ القرارين 242 و338 فوراً.",
    "واستند إلى المادتين 5 و6 من النظام.",
    "وحضر حفل تخريج الدورة 73 والدورة 42 جامعيين.",
    "واللاعب صاحب الرقم 10 سجل هدفين.",
])
def test_labelled_numbers_are_no_amounts(nlp_amounts, text):
    assert [a for a in amounts_of(nlp_amounts, text, "2015-07-22") if a[1] != 2] == []


@pytest.mark.parametrize("text, expected", [
    # near-misses: a count after a resolution and its adjective, a list of counts
    ("وتضمن القرار النهائي 13 بنداً.", ("13 بنداً", 13, "بند", None)),
    ("وبيعت 300 و400 سيارة في شهرين.", ("400 سيارة", 400, "سياره", None)),
])
def test_counts_near_labels_stay(nlp_amounts, text, expected):
    assert expected in amounts_of(nlp_amounts, text, "2015-07-22")


# -- حدود: about -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("وتصل أسعارها إلى حدود 800 ريال.", ("إلى حدود 800 ريال", 800, "SAR", "about")),
    ("وقدرت الخسائر بحدود الـ500 مليون ريال.", ("بحدود الـ500 مليون ريال", 500e6, "SAR", "about")),
    ("وحضر الحفل قرابة الـ100 شخص.", ("قرابة الـ100 شخص", 100, "شخص", "about")),
])
def test_hudud_and_a_qualifier_before_the_article(nlp_amounts, text, expected):
    assert amounts_of(nlp_amounts, text, "2015-07-22") == [expected]


@pytest.mark.parametrize("text", [
    "وطالب بالعودة إلى حدود 67.",  # near-misses: a border's year, a rank with الـ
    "واحتل المنتخب المركز الـ12 عالمياً.",
])
def test_borders_and_ranks_stay_no_amounts(nlp_amounts, text):
    assert amounts_of(nlp_amounts, text, "2015-07-22") == []
