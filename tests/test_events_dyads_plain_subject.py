"""Who did it when the clause's subject names no actor (eleventh session), on sentences written
for this file: a plain noun told as the subject of the trigger's clause keeps any actor named
before from being borrowed as the doer:

- a noun phrase opening a clause right before the verb (إن المملكة طالبت، أن اللجنة انتقدت):
  an actor right after the verb is then its object, not its subject;
- a definite noun between the verb of a phrase and the phrase's own object (قدمت المملكة
  مبادرتها);
- the subject of an earlier verb of the clause the trigger goes on with (أن تزيد اللجنة من حجم
  مساعدتها، بدأت القوى السياسية الاستعداد … وعقد مشاوراتها).

And an actor right before a verb joined by و that is the whole subject of the verb before it
(انتهت المقاومة المكسيكية واحتل الجيش الأميركي العاصمة) leaves the actor after the verb, with
an object after it, as that verb's subject.

So do a demonstrative alone before the verb after a name that ends a phrase put first (وبنظر
أنقرة هذا يمنع) and a body no dictionary names, right after the verb (وأشاد حزب الوسط الجديد،
وأشاد تيار الاستقلال).

Words that stand for actors named before (البلدان، الجانبان، الأول), nouns of time (الأسبوع
الماضي) and the means of a doer (الطائرات) are no such subject.
"""

from __future__ import annotations

from _pipelines import detect  # noqa: F401  (a fixture)
from _pipelines import dyads, dyads_of

MEETING = "التقى وزير الخارجية الروسي بنظيره الإيراني. "


def test_a_plain_noun_before_the_verb_is_its_subject(detect):
    # before: the Syrian government (the verb's object) demanding of Iran
    got = dyads_of(detect, "وقال وزير الخارجية الروسي إن المملكة طالبت الحكومة السورية "
                           "بالابتعاد عن إيران.", "100")
    assert all(s not in ("SYRGOV", "RUSGOV") for s, _ in got), got
    # a noun with its adjective (before: the Russian minister of the sentence before criticised)
    got = dyads(detect, MEETING + "وقال إن اللجنة الدولية انتقدت الحكومة اليمنية.")
    assert all(s != "RUSGOV" for c, _m, s, _t in got if c != "040"), got
    # an actor before the verb is its subject (unchanged)
    got = dyads_of(detect, "وقال المتحدث إن الحكومة التركية انتقدت المعارضة السورية.", "111")
    assert got == [("TURGOV", "SYROPP")], got
    # the two countries stand for actors named before: the speaker is still borrowed
    got = dyads_of(detect, "وقال الرئيس إن البلدين يتعاونان في مكافحة الإرهاب مع الأردن.", "060")
    assert got == [("GOV", "JOR")], got
    # a noun of time is no subject
    got = dyads_of(detect, MEETING + "وانتقد الأسبوع الماضي الحكومة اليمنية.", "111")
    assert got == [("RUSGOV", "YEMGOV")], got


def test_a_plain_noun_inside_a_phrase_is_its_subject(detect):
    # before: the Russian minister of the sentence before made the kingdom's proposal
    got = dyads(detect, MEETING + "وقدمت المملكة مبادرتها إلى الحكومة اليمنية.")
    assert all(s != "RUSGOV" for c, _m, s, _t in got if c != "040"), got


def test_the_subject_of_an_earlier_verb_of_the_clause(detect):
    # before: the American secretary helping the refugees (the committee's aid)
    got = dyads_of(detect, "وأكد وزير الخارجية الأميركي أنه يأمل أن تزيد اللجنة من حجم "
                           "مساعدتها للاجئين السوريين.", "070")
    assert all(s != "USAGOV" for s, _ in got), got
    # before: the Egyptian president of the sentence before consulting
    for tail in ("الحكومة.", "الحكومة المصرية."):
        got = dyads_of(detect, "قال الرئيس المصري إن الانتخابات ستجرى في موعدها. وبدأت القوى "
                               "السياسية الاستعداد للانتخابات وعقد مشاوراتها مع " + tail, "040")
        assert all(s != "EGYGOV" for s, _ in got), (tail, got)
    # the means of a doer is no plain subject: the aircraft stay the army's (unchanged)
    got = dyads_of(detect, "وقال الجيش إن الطائرات الحربية قصفت مواقع المتمردين.", "194")
    assert got == [("MIL", "REB")], got


def test_a_verb_after_a_closed_clause_names_its_own_subject(detect):
    # before: the Mexican resistance occupying, the American army as its object
    got = dyads_of(detect, "انتهت المقاومة المكسيكية واحتل الجيش الأميركي العاصمة.", "192")
    assert [s for s, _ in got] == ["USAMIL"], got
    got = dyads_of(detect, "انسحب الجيش العراقي وهاجم تنظيم داعش القرية.", "190")
    assert [s for s, _ in got] == ["IMGREB"], got
    # a lone actor after the verb is its object: the army goes on (unchanged)
    got = dyads_of(detect, "قصف الجيش السوري المدينة وقتل عناصر داعش.", "1823")
    assert got == [("SYRMIL", "IMGREB")], got


def test_a_demonstrative_after_a_name_and_an_unknown_body_name_no_doer(detect):
    # before: Daesh of the sentence before keeping the Kurdish party
    got = dyads_of(detect, "وقال المتحدث إن تنظيم داعش يهدد الحدود. وبنظر أنقرة هذا يمنع حزب "
                           "الاتحاد الديمقراطي الكردي من تمديد نفوذه.", "172")
    assert all(s != "IMGREB" for s, _ in got), got
    # before: the Russian minister of the sentence before praising, criticising
    for text in ("وأشاد حزب الوسط الجديد بالحكومة اليمنية.",
                 "وانتقدت حركة البناء الوطني الحكومة اليمنية.",
                 "وأشاد تيار الاستقلال بالحكومة اليمنية."):
        got = dyads(detect, MEETING + text)
        assert all(s != "RUSGOV" for c, _m, s, _t in got if c != "040"), (text, got)
    # a body the dictionary knows stays the subject (unchanged)
    got = dyads_of(detect, "وأدان حزب الله الغارات الإسرائيلية.", "111")
    assert [s for s, _ in got] == ["LBNPTY"], got
