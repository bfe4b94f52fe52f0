"""Event recall of the twenty-sixth session, through the whole pipeline with the detection
configuration; the sentences are written for this file.

- a light verb's object may stand after a long subject and time words put between (أطلق مسلحون
  ملثمون يستقلون سيارة … النار، شنت مساء أمس طائرات … غارات), within the phrase's `reach`, but not
  across a comma and a new verb, nor after the subject's time word when another noun follows it
  (أطلقت الحكومة أمس حملة …: the object was حملة);
- time adverbs right after a verb stand before its subject (شنت مساء أمس طائرات الجيش: the army
  is the doer);
- a death under torture (توفي تحت التعذيب، توفوا نتيجة التعذيب) is the torture done, its subject
  the victim;
- a roadblock or a riot of THE crowd (قطع المحتجون الطريق، أضرم المتظاهرون النار، رشقوا الشرطة
  بالحجارة) told with its claim (تطالب، احتجاجاً على، تنديداً بـ) is a protest (144 obstruct, 145
  riot), no detail of one told elsewhere;
- a beating a rights group reports (قالت منظمة العفو إن معتقلين تعرضوا للضرب) is reported by it,
  while a victim's own claim with no other sign of the act stays no report.
"""

from __future__ import annotations

import pytest

from _pipelines import PUBLISHED, coded, detect  # noqa: F401 (fixture)
from marsad.eval.gsr import FACTUAL


def assaults(nlp, text):
    return [e for e in coded(nlp, text) if e[1] == "ASSAULT" and e[2] in FACTUAL]


@pytest.mark.parametrize("text, cameo", [
    ("أطلق مسلحون ملثمون يستقلون سيارة رباعية الدفع النار على دورية للشرطة.", "193"),
    ("ألقى شبان غاضبون من سكان الحي القديم في المدينة قنابل حارقة على مركز الشرطة.", "183"),
    # a comma right before the object closes the long subject
    ("أطلق مسلحون كانوا يستقلون دراجتين ناريتين قرب السوق المركزي في المدينة، النار على دورية "
     "للجيش.", "193"),
])
def test_a_light_verbs_object_after_a_long_subject(detect, text, cameo):
    got = assaults(detect, text)
    assert [e[0] for e in got] == [cameo], got


def test_no_far_object_across_a_clause_or_after_the_subjects_time(detect):
    # before: the artillery phrase took any صواريخ within 12 words
    text = "أطلق الرئيس مبادرة جديدة للسلام، وقال إن الصواريخ لن تحل الأزمة."
    assert assaults(detect, text) == []
    # after the subject and its time word, حملة was the object: النار is none
    text = "أطلقت الحكومة أمس حملة واسعة لمكافحة الفساد في الوزارات بالتعاون مع النار."
    assert assaults(detect, text) == []


@pytest.mark.parametrize("text, doer", [
    # before: the lone noun غارات, with no doer
    ("شنت مساء أمس طائرات الجيش الإسرائيلي الحربية غارات على مواقع حماس.", "ISRMIL"),
    # فجر "dawn" is no verb that ends the subject
    ("شنت فجر اليوم طائرات حربية تابعة للجيش الإسرائيلي قرب الحدود الشمالية غارات على مواقع "
     "حزب الله.", "ISRMIL"),
])
def test_time_adverbs_stand_before_the_subject(detect, text, doer):
    got = coded(detect, text)
    assert [(e[0], e[3]) for e in got if e[1] == "ASSAULT"] == [("195", doer)], got


@pytest.mark.parametrize("text", [
    "وتوفي معتقل تحت التعذيب في سجن المخابرات.",
    "وقال محامون إن ثلاثة سجناء توفوا نتيجة التعذيب في السجن.",
    "واستشهد أسير فلسطيني جراء التعذيب.",
])
def test_a_death_under_torture_is_torture_done(detect, text):
    got = assaults(detect, text)
    assert [e[0] for e in got] == ["1822"], got


def test_a_beating_a_rights_group_reports(detect):
    doc = detect("وقالت منظمة العفو الدولية إن المعتقلين تعرضوا للضرب في مركز الشرطة.",
                 published=PUBLISHED)
    got = [(e.cameo, e.modality, e.reported_by.text if e.reported_by else None,
            e.target.actor_code if e.target else None) for e in doc.events]
    assert got == [("182", "reported", "منظمة العفو الدولية", "CVL")], got
    # the victim's own claim, with no other sign of the act, stays no report (as before)
    assert assaults(detect, "وقال المعتقل إنه تعرض للضرب في السجن.") == []


@pytest.mark.parametrize("text, cameo, mode", [
    ("وأضرم المتظاهرون النار في إطارات مطاطية وهتفوا بشعارات تطالب برحيل الحكومة.", "145",
     "riot"),
    ("وقطع المحتجون الطريق الرئيسي المؤدي إلى المطار احتجاجا على انقطاع الكهرباء.", "144",
     "obstruct"),
    ("ورشق المتظاهرون الشرطة بالحجارة تنديدا باعتقال زعيمهم.", "145", "riot"),
])
def test_the_crowds_riot_or_roadblock_with_its_claim_is_a_protest(detect, text, cameo, mode):
    doc = detect(text, published=PUBLISHED)
    got = [(e.cameo, e.plover, e.plover_mode, e.source.actor_code if e.source else None)
           for e in doc.events if e.plover == "PROTEST" and e.modality in FACTUAL]
    assert got == [(cameo, "PROTEST", mode, "CVL")], got


def test_the_crowds_riot_without_a_claim_stays_a_detail(detect):
    # the claim makes the difference: with none, stones thrown by THE crowd are a detail of a
    # protest told elsewhere (as before)
    text = "ورشق المتظاهرون عددا من السيارات بالحجارة تنديدا بمقتل أحد زملائهم."
    assert [e[0] for e in coded(detect, text) if e[1] == "PROTEST"] == ["145"]
    text = "ورشق المتظاهرون عددا من السيارات بالحجارة."
    assert [e for e in coded(detect, text) if e[1] == "PROTEST"] == []



def test_the_victims_of_a_death_under_torture_are_its_subject(detect):
    # counted prisoners are no actor: the country of the prisons named after the phrase is not
    # the victim (a verb of undergoing names its victim as its subject)
    got = assaults(detect, "وقال فروانة إن 70 أسيراً توفوا نتيجة التعذيب في السجون الإسرائيلية.")
    assert [(e[0], e[4]) for e in got] == [("1822", None)], got
