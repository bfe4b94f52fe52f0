"""Detection and modality, seventeenth session (docs/accuracy.md, "Detection and modality:
leftovers and ASSAULT precision on real news, seventeenth session"), each checked here on
sentences written for this file:

- a clause of state (وهم يهتفون) after an event of the same kind is that event, not one more;
- no report of an act (لم ترد أي تقارير عن اشتباكات) negates it;
- "still" over a verbal noun (ولا يزال قمع المعارضين متواصلاً) and a present verb with a span
  going on (منذ ثلاثة عقود) are no history, whatever long-past year the sentence names;
- the "still" words are one data list (events.json `cues.still`), read by the modality and the
  dating alike;
- words in another sense: seats occupied, an election battle, the dawn of the day before
  yesterday, the militia Fajr Libya, operations of fraud, a tone that "struck" the public;
- told before (سبق أن شهدت … اعتداءات), years since (بعد مرور عامين على هجوم), a seizure in a
  relative clause (المدينة التي سيطر عليها التنظيم): history; the act a toll told before it came
  of (قتل ستة أشخاص عندما انفجرت سيارة، قتل خمسة خلال هجوم): the news, no background.
"""

from __future__ import annotations

import pytest

from _pipelines import coded


def _of(nlp, text, plover):
    return [e for e in coded(nlp, text) if e[1] == plover]


@pytest.mark.parametrize("text, plover", [
    ("خرج آلاف المتظاهرين إلى شوارع القاهرة وهم يهتفون ضد الحكومة.", "PROTEST"),
    ("هاجم المسلحون القرية وهم يطلقون النار في الهواء.", "ASSAULT"),
])
def test_a_clause_of_state_is_no_event_of_its_own(nlp, text, plover):
    assert len(_of(nlp, text, plover)) == 1


def test_a_clause_of_state_after_another_kind_of_event_stays(nlp):
    # the reception is no protest: the chanting is told on its own, as before
    got = _of(nlp, "استقبل المحتجون الوزير وهم يهتفون ضده.", "PROTEST")
    assert [e[2] for e in got] == ["habitual"]


@pytest.mark.parametrize("text", [
    "لم ترد أي تقارير عن اشتباكات بين الجيش والمتمردين.",
    "ولا توجد أي معلومات عن هجمات بين الجيش والمتمردين في المدينة.",
])
def test_no_report_of_an_act_negates_it(nlp, text):
    got = _of(nlp, text, "ASSAULT")
    assert all(e[2] == "negated" for e in got)


@pytest.mark.parametrize("text, code", [
    # an act going on: "still" over a verbal noun, a present verb with منذ and a unit of time
    ("في عام 1979 وصل النظام إلى الحكم ولا يزال قمع المعارضين متواصلا.", "175"),
    ("بعد ثورة عام 1979 تعتقل السلطات المعارضين منذ ثلاثة عقود.", "173"),
    ("وفي عام 1948 هجر السكان من قراهم ويتظاهرون منذ سنوات للعودة.", "141"),
    ("وأصبح الوزير أول وزير خارجية كوبي يزور واشنطن منذ عام 1958.", "CONSULT"),
    # the act a toll told before it came of: the news itself
    ("وقتل ستة أشخاص آخرين وأصيب 20 عندما انفجرت سيارة مفخخة في سوق مزدحم شمال بغداد.", "183"),
    ("قتل خمسة أشخاص خلال هجوم شنه مسلحون على مركز للشرطة قرب الحدود.", "190"),
])
def test_no_history(nlp, text, code):
    got = [e for e in coded(nlp, text) if code in (e[0], e[1])]
    assert got and all(e[2] != "historical" for e in got)


def test_a_long_past_act_with_a_span_is_still_history(nlp):
    got = [e for e in coded(nlp, "في عام 1982 حاصرت القوات بيروت لمدة ثلاثة أشهر.")
           if e[0] == "191"]
    assert [e[2] for e in got] == ["historical"]


def test_the_still_words_are_one_data_list():
    from marsad.events.dating import still_words
    from marsad.text.normalize import fold

    negations, aux, fused = still_words()
    assert {fold("لا"), fold("ما"), fold("لم")} <= negations
    assert {fold("يزال"), fold("تزال"), fold("زالت"), fold("يزل")} <= aux
    assert fold("مازال") in fused


@pytest.mark.parametrize("text, cameo", [
    ("احتل أعضاء الحزب مقاعد في البرلمان الجديد.", "192"),
    ("وخسر السيناتور معركة الانتخابات لمنصب حاكم ولاية أوهايو في عام 1998 بفارق ضئيل.", "190"),
    ("هاجم مسلحون القرية فجر أول من أمس.", "183"),
    ("وتضم الميليشيات المسلحة المحسوبة على مدينة مصراتة وفجر ليبيا آلاف المقاتلين.", "183"),
    ("ويواجه الرئيس اتهامات بسرقة أموال الدولة وبارتكاب عمليات تزوير انتخابي للبقاء في الحكم.",
     "190"),
    ("ويقولها الممثل بلكنة تهديد أصابت هوى الجمهور في عام 1990.", "182"),
])
def test_words_in_another_sense_are_no_violence(nlp, text, cameo):
    assert not [e for e in coded(nlp, text) if e[0] == cameo]


@pytest.mark.parametrize("text, cameo", [
    ("هاجم مسلحون القرية فجر أول من أمس.", "190"),  # the attack itself stays
    ("قصفت طائرات الجيش مواقع فجر ليبيا قرب المطار.", "194"),
])
def test_the_act_beside_those_words_stays(nlp, text, cameo):
    assert [e for e in coded(nlp, text) if e[0] == cameo]


@pytest.mark.parametrize("text, cameo", [
    ("وتقع البلدة في المنطقة التي سبق أن شهدت عدة اعتداءات نفذها مسلحون متشددون.", "180"),
    ("أعيد افتتاح السوق أمس بعد مرور نحو عامين على هجوم شنه مسلحون وأسفر عن مقتل 60 شخصا.",
     "190"),
    ("وفر التاجر من المدينة الصغيرة التي سيطر عليها تنظيم داعش في شرق ليبيا.", "192"),
])
def test_what_was_done_before_is_history(nlp, text, cameo):
    got = [e for e in coded(nlp, text) if e[0] == cameo]
    assert got and all(e[2] == "historical" for e in got)


def test_a_week_since_an_attack_is_no_history(nlp):
    got = [e for e in coded(
        nlp, "عاد السكان إلى السوق أمس بعد مرور أسبوع على هجوم شنه مسلحون وأسفر عن مقتل 60 شخصا.")
        if e[0] == "190"]
    assert all(e[2] != "historical" for e in got)
