"""«Sweep» (اجتاح) is an invasion when its subject is an actor (twenty-sixth session, h9); h11
brings back the subjects that rule did not read: a pronoun on a verb that opens its clause with
its object on it and no noun after it, standing for the actor named before (in its sentence or
the one before), an actor after the verb past a word of time (اجتاحت عام 1990 القوات), a verb
after a fronted date or phrase (وفي عام 1990 م اجتاحت القوات), and a state sweeping a state
(اجتاح العراق الكويت). Fires, rain, protests and moods that sweep stay out. Sentences written
for this file.
"""

from __future__ import annotations

from _pipelines import PUBLISHED, detect  # noqa: F401  (the fixture)


def _sweeps(nlp, text) -> list:
    doc = nlp(text, published=PUBLISHED)
    return [e for e in doc.events if e.plover == "ASSAULT" and "جتاح" in e.trigger]


# --- invasions that come back -----------------------------------------------------------------

def test_pronoun_subject_named_before_in_the_sentence(detect):
    text = "وذكر التقرير أمس أن تنظيم داعش سيطر على المدينة منذ أن اجتاحها قبل عامين."
    assert _sweeps(detect, text)


def test_pronoun_subject_named_in_the_sentence_before(detect):
    text = ("وقال المؤرخ إن الجيش العراقي حشد قواته على حدود الكويت. "
            "وبعد أسبوع اجتاحها في الثاني من آب.")
    assert _sweeps(detect, text)


def test_actor_after_a_year(detect):
    text = "وفي هذا السياق اجتاحت عام 1990 القوات العراقية الكويت."
    assert _sweeps(detect, text)


def test_actor_after_a_season(detect):
    evs = _sweeps(detect, "وقال الباحث أمس إن الموصل سقطت عندما اجتاح صيف 2014 تنظيم داعش المدينة.")
    assert evs and evs[0].source is not None and "داعش" in evs[0].source.text


def test_fronted_date_before_the_verb(detect):
    evs = _sweeps(detect, "وفي عام 1990 م اجتاحت القوات العراقية الكويت.")
    assert evs and evs[0].source is not None and "القوات" in evs[0].source.text


def test_state_sweeps_state(detect):
    assert _sweeps(detect, "وبعد عودته من سفره اجتاح العراق الكويت.")


# --- what sweeps and is no actor stays out (near-misses: pass on both) -------------------------

def test_fire_named_between_stays_out(detect):
    text = "وقال الدفاع المدني أمس إن الحريق اندلع في الغابة. ثم اجتاحها بسرعة."
    assert not _sweeps(detect, text)


def test_rain_between_actor_and_verb_stays_out(detect):
    text = "وأعلن الجيش أمس أن الأمطار أغرقت المدينة بعدما اجتاحتها ليلا."
    assert not _sweeps(detect, text)


def test_floods_after_a_fronted_year_stay_out(detect):
    assert not _sweeps(detect, "وفي عام 2010 اجتاحت الفيضانات باكستان.")


def test_fires_after_a_fronted_phrase_stay_out(detect):
    assert not _sweeps(detect, "وفي الصيف الماضي اجتاحت الحرائق غابات كاليفورنيا.")


def test_protests_that_sweep_stay_out(detect):
    text = "وقالت الشرطة أمس إن الاحتجاجات بدأت في العاصمة ثم اجتاحت المدن الأخرى."
    assert not _sweeps(detect, text)


def test_optimism_in_the_market_stays_out(detect):
    assert not _sweeps(detect, "وأكد المحلل أمس أن موجة من التفاؤل اجتاحت سوق الأسهم السعودية.")


def test_pronoun_subject_before_a_place_after_then(detect):
    text = "وكان إدريس ديبي قد انشق عن الجيش قبل عامين ثم اجتاح البلاد انطلاقا من السودان."
    assert _sweeps(detect, text)


def test_pronoun_subject_before_a_named_place(detect):
    assert _sweeps(detect, "وكان هتلر يريد أن يجتاح أوروبا بأكملها.")


def test_hurricane_before_the_place_stays_out(detect):
    assert not _sweeps(detect, "وقال المسؤول إن الإعصار ضرب الساحل أمس ثم اجتاح البلاد بسرعة.")


def test_dust_wave_before_a_named_place_stays_out(detect):
    assert not _sweeps(detect, "وقال الخبير إن موجة الغبار ستصل غدا وقد تجتاح أوروبا كلها.")
