"""Coverage of the event types other than ASSAULT and PROTEST: events a coder codes that marsad
missed, found by reading sentences of real political news (SaudiNewsNet, 2015-08-06; docs/
accuracy.md, "Events: coverage of the other types on political news, eighth session"), each
checked here on sentences written for this file, through the default pipeline.

- شجّع X على: encouraging another to act is an appeal (020) to it;
- قدّم / طرح مبادرة، مقترحاً، خطة سلام إلى / على X: an offer put to another (030, PLOVER
  AGREE), the addressee often standing between the verb and the proposal; not when the verb
  has its own object first (قدم الشكر للسفير على مبادرته: the initiative is the ambassador's);
- لم يتوان / لم يتردد في + a verbal noun: the subject of the verb of refraining did the act
  (إن الإمارات لم تتوان في دعم مصر: the UAE backed Egypt), as with قام بـ;
- inside a quote, a past verb of the third person (قال المسؤول إن الوزير «شجع الصين …») reports
  an act done, coded as reported; the speaker's own words (نرحب، زرنا) and verbal nouns stay
  speech content, and so does a past form spelt like its own verbal noun («ودعم الحكومة»).

Second reading (2015-08-08):
- a meeting named by a noun and the verb right after it (لقاء جمع X و Y، لقاء عقده X مع Y،
  لقاء عقده رئيسا الدولتين، X و Y): the verb's actors are who met;
- حققت القوات في تعز تقدماً: achieved, no investigation (حقق مع الوزير stays one);
- جمّد أموال X: a sanction on X (163); التزاماً بالعقوبات: compliance, no commitment;
- في حوار مع صحيفة (in an interview with): an adverbial, no object of دعا / طالب + حوار, so
  the demand is coded; دعا إلى الحوار مع X: the call targets X;
- سخّر كل إمكاناته (harnessed) is no mockery; صادر بناء على (issued under) no confiscation.

Third reading (2015-08-09):
- a verb in ى with its object pronoun is written with ا (التقاه، تبنّاه): recognised, as a
  form only with the pronoun;
- الهجوم الذي تبناه X، هجوم تبنته X: X claims the attack named right before (015); تبنّى
  alone (تبنت الحكومة سياسة، المشروع الذي تبنته) adopts, no claim;
- وقف / يقف / وقوف X إلى جانب Y: X stands by Y (051); وقف إطلاق النار إلى جانب … (a ceasefire,
  "besides") is none.
"""

from __future__ import annotations

import pytest

from _pipelines import coded


@pytest.mark.parametrize("text, dyad", [
    ("وشجع وزير الخارجية الأمريكي الصين على وقف بناء الجزر.", ("USAGOV", "CHN")),
    ("وشجعت فرنسا الحكومة اللبنانية على الحوار مع المعارضة.", ("FRA", "LBNGOV")),
])
def test_encouraging_another_is_an_appeal(nlp, text, dyad):
    got = coded(nlp, text)
    assert [e for e in got if e[0] == "020" and e[3:] == dyad], got


@pytest.mark.parametrize("text, dyad", [
    ("وطرحت فرنسا على الحكومة اللبنانية مبادرة لحل الأزمة السياسية.", ("FRA", "LBNGOV")),
    ("وقدمت مصر مقترحا إلى الأطراف الليبية لتشكيل حكومة وحدة.", ("EGY", "LBY")),
    # the addressee, with a long title and name, between the verb and the plan
    ("وقدمت إيران إلى الأمين العام للأمم المتحدة بان كي مون خطة سلام جديدة.",
     ("IRN", "IGOUNO")),
])
def test_a_proposal_put_to_another_is_an_offer(nlp, text, dyad):
    got = coded(nlp, text)
    assert [e for e in got if e[0] == "030" and e[1] == "AGREE" and e[3:] == dyad], got


def test_the_proposal_is_the_verbs_own_object(nlp):
    got = coded(nlp, "وقدمت مصر مبادرتها إلى الأطراف الليبية.")
    assert [e for e in got if e[0] == "030" and e[3:] == ("EGY", "LBY")], got
    # the thanks are what the minister gives; the initiative is the ambassador's
    got = coded(nlp, "وقدم الوزير الشكر للسفير الأمريكي على مبادرته.")
    assert not [e for e in got if e[0].startswith("03")], got
    assert [e for e in got if e[0] == "051"], got


@pytest.mark.parametrize("text, dyad", [
    ("وأكد الوزير أن الإمارات لم تتوان في دعم مصر.", ("ARE", "EGY")),
    ("ولم تتردد السعودية في مساندة اليمن.", ("SAU", "YEM")),
])
def test_who_did_not_refrain_did_the_act(nlp, text, dyad):
    got = coded(nlp, text)
    assert [e for e in got if e[0] == "051" and e[2] == "asserted" and e[3:] == dyad], got


def test_a_past_act_reported_in_a_quote_is_coded(nlp):
    got = coded(nlp, "وقال المتحدث إن «وزير الخارجية السعودي التقى نظيره الروسي في موسكو».")
    assert [e for e in got if e[0][:2] == "04" and e[2] == "reported" and
            {e[3], e[4]} == {"SAUGOV", "RUSGOV"}], got
    # a partial quote opened by the verb: its subject stands right before the quote
    got = coded(nlp, "وأضاف الدبلوماسي أن وزير الخارجية الأمريكي «شجع الصين على وقف بناء الجزر».")
    assert ("020", "REQUEST", "reported", "USAGOV", "CHN") in got, got
    # the speaker's own act, in the first person, stays speech content
    got = coded(nlp, "وقال وزير الخارجية السعودي: «التقينا نظيرنا الروسي في موسكو».")
    assert not [e for e in got if e[0][:2] == "04"], got
    # a past form spelt like its verbal noun («ودعم الحكومة»: "and supporting") is no act
    got = coded(nlp, "وقال وزير الخارجية السعودي إن «الحفاظ على وحدة سوريا ودعم الحكومة "
                     "اليمنية من المبادئ».")
    assert not [e for e in got if e[0] == "051" and e[2] == "reported"], got


@pytest.mark.parametrize("text", [
    "جاء ذلك في لقاء جمع الرئيس السوداني عمر البشير والرئيس المصري عبد الفتاح السيسي.",
    "جاء ذلك في لقاء عقده الرئيس السوداني عمر البشير مع الرئيس المصري عبد الفتاح السيسي.",
    "جاء ذلك في لقاء عقده رئيسا الدولتين، عمر البشير، وعبد الفتاح السيسي، أمس.",
])
def test_who_a_meeting_brought_together(nlp, text):
    got = coded(nlp, text)
    assert [e for e in got if e[0] == "040" and {e[3], e[4]} == {"SDNGOV", "EGYGOV"}], got


@pytest.mark.parametrize("text", [
    "وحققت المقاومة الشعبية في تعز تقدماً كبيراً.",
    "وأشاد الوزير بالانتصارات التي حققتها المقاومة الشعبية في تعز.",
])
def test_achieving_is_no_investigation(nlp, text):
    got = coded(nlp, text)
    assert not [e for e in got if e[0].startswith("09")], got
    got = coded(nlp, "وحققت الشرطة العراقية مع وزير الدفاع الأسبق.")
    assert [e for e in got if e[0] == "090" and e[3] == "IRQCOP"], got


def test_freezing_funds_is_a_sanction(nlp):
    got = coded(nlp, "وجمدت تركيا أموال الرئيس اليمني السابق التزاما بالعقوبات التي أقرتها "
                     "الأمم المتحدة.")
    assert [e for e in got if e[0] == "163" and e[3] == "TUR" and
            (e[4] or "").startswith("YEM")], got
    assert not [e for e in got if e[0].startswith("03")], got  # compliance, no commitment


def test_calls_for_dialogue(nlp):
    # في حوار مع صحيفة: "in an interview with", no dialogue called for; the demand is coded
    interview = coded(nlp, "وطالب نائب الرئيس العراقي في حوار مع صحيفة محلية رئيس الوزراء "
                           "العراقي بالعودة إلى البرلمان.")
    assert [e for e in interview if e[0] == "100" and e[3] == "IRQGOV"], interview
    assert not [e for e in interview if e[0] == "026"], interview
    # a call for dialogue with a party targets that party
    call = coded(nlp, "ودعا الرئيس الفرنسي إلى الحوار مع المعارضة السورية.")
    assert ("026", "REQUEST", "asserted", "FRAGOV", "SYROPP") in call, call


@pytest.mark.parametrize("text", [
    "وسخرت السعودية كل إمكاناتها من أجل اليمن.",
    "وقال الوزير الفلسطيني إن جواز السفر الفلسطيني صادر بناء على اتفاقية مع إسرائيل.",
])
def test_other_senses_of_mocking_and_confiscating(nlp, text):
    got = coded(nlp, text)
    assert not [e for e in got if e[0] in ("111", "171")], got


def test_a_verb_in_ya_with_its_pronoun(nlp):
    got = coded(nlp, "وكان الرئيس المصري قد التقاه الملك السعودي في الرياض.")
    assert [e for e in got if e[0] == "040" and {e[3], e[4]} == {"SAUGOV", "EGYGOV"}], got


def test_the_attack_claimed_by_its_doer(nlp):
    got = coded(nlp, "وقتل عشرة جنود في الهجوم الذي تبناه تنظيم داعش.")
    assert [e for e in got if e[0] == "015" and e[3] == "IMGREB"], got
    for text in ("وأعلن الوزير أن المشروع الذي تبنته الحكومة المصرية سيكتمل.",
                 "وتبنت الحكومة المصرية سياسة جديدة."):
        got = coded(nlp, text)
        assert not [e for e in got if e[0] == "015"], got


@pytest.mark.parametrize("text, dyad", [
    ("وأكد الأمير أن المملكة العربية السعودية تقف إلى جانب حكومة مصر وشعبها.", ("SAU", "EGY")),
    ("وأكد الوزير وقوف دولة الكويت الكامل إلى جانب السعودية الشقيقة.", ("KWT", "SAU")),
])
def test_standing_by_another_is_support(nlp, text, dyad):
    got = coded(nlp, text)
    assert [e for e in got if e[0] == "051" and e[3:] == dyad], got
    got = coded(nlp, "ودعت الأمم المتحدة إلى وقف القتال إلى جانب فتح الممرات الإنسانية في اليمن.")
    assert not [e for e in got if e[0] == "051"], got
