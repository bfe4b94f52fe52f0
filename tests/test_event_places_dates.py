"""Where and when each event happened: its place (from the sentence or the dateline) and its
date (its own expression or the article's day). Sentences written for these tests; the
phenomena are those of a reading of political news (docs/accuracy.md, "Event places and dates
on political news, seventh session")."""

from __future__ import annotations

import pytest

from marsad.text.layout import detect_blocks

PUBLISHED = "2015-08-01"


def events(nlp, text: str, cameo: str = ""):
    doc = nlp(text, published=PUBLISHED)
    evs = [e for e in doc.events if e.cameo.startswith(cameo)]
    assert evs, f"no event {cameo!r} coded in: {text}"
    return evs


def place(ev) -> tuple[str | None, str | None]:
    return (ev.location.name, ev.location.country) if ev.location else (None, None)


# ---------------------------------------------------------------------------------------------
# places in the sentence

@pytest.mark.parametrize("text, name, country", [
    # a noun of place between the preposition and the name
    ("قتل مسلحون ثلاثة جنود في مدينة الرمادي أمس.", "Ramadi", "IRQ"),
    ("هاجم مسلحون مركزا للشرطة بمحافظة عمران.", "Amran", "YEM"),
    ("اشتبك مسلحون مع الشرطة في مدينة أضنة.", "Adana", "TUR"),
    # a word of position, then a noun of place
    ("اشتبك مسلحون مع الشرطة وسط مدينة حلب.", "Aleppo", "SYR"),
    # guillemets do not count against the reach
    ("تجددت الاشتباكات بين مقاتلين معارضين وآخرين يوالون «داعش» في درعا.", "Daraa", "SYR"),
])
def test_place_said_with_a_noun_of_place(nlp, text, name, country):
    assert place(events(nlp, text)[0]) == (name, country)


def test_town_attacked_is_where_the_attack_happened(nlp):
    # the target of an attack, a town, says where it was (no preposition of place)
    assert place(events(nlp, "هاجم الحوثيون مدينة مأرب أمس.", "19")[0]) == ("Marib", "YEM")


@pytest.mark.parametrize("text", [
    # the speaker's place, before a complementiser, is not where the attack was
    "قال مسؤول في واشنطن إن مسلحين هاجموا قاعدة للجيش.",
    # the place of the clause before بينما / في حين
    "قصفت الطائرات مواقع المتمردين في شمال العراق، في حين قتل مسلحون جنديين.",
    "اندلعت مواجهات في حمص، بينما هاجم مسلحون مركزا للشرطة.",
])
def test_place_of_another_clause_before_the_event(nlp, text):
    ev = [e for e in events(nlp, text) if e.cameo[:2] in ("18", "19")][-1]
    assert ev.location is None, place(ev)


def test_place_of_the_clause_after_a_comma_and_a_word_of_time(nlp):
    text = "قصفت الطائرات مواقع في شمال سوريا، بعد يومين هاجم خلالهما مسلحون مركزا للشرطة."
    ev = [e for e in events(nlp, text, "19") if e.trigger.startswith("هاجم")][0]
    assert ev.location is None, place(ev)
    # but a place heading the sentence still places its events
    ev = events(nlp, "وفي بغداد، بعد يومين هاجم مسلحون مركزا للشرطة.", "19")[0]
    assert place(ev) == ("Baghdad", "IRQ")




def test_place_whence_is_not_where(nlp):
    ev = events(nlp, "أطلق مسلحون قذائف من داخل اليمن على مواقع للجيش السعودي.")[0]
    assert ev.location is None or ev.location.country != "YEM", place(ev)


def test_village_located_by_its_nisba_or_a_nearby_town(nlp):
    # a village that shares its name with a town of another country takes the country that
    # the sentence gives it
    for text in ("هاجم مستوطنون قرية دوما الفلسطينية أمس.",
                 "أحرق مستوطنون منزلا في قرية دوما جنوب نابلس."):
        assert place(events(nlp, text)[0])[1] == "PSE", text


# ---------------------------------------------------------------------------------------------
# datelines of a news digest

DIGEST = ("مسلحون يهاجمون مركزا للشرطة\n"
          "بيروت - «الشرق الأوسط»: هاجم مسلحون مركزا للشرطة أمس وقتلوا شرطيين.\n\n"
          "الرئيس يستقبل وفدا\n"
          "القاهرة - «الشرق الأوسط»: استقبل الرئيس المصري أمس وزير الخارجية الأردني.\n")


def test_digest_items_have_their_own_datelines():
    kinds = [b.kind for b in detect_blocks(DIGEST)]
    assert kinds.count("dateline") == 2


def test_digest_item_placed_by_its_own_dateline(nlp):
    doc = nlp(DIGEST, published=PUBLISHED)
    meets = [e for e in doc.events if e.cameo.startswith("04")]
    attacks = [e for e in doc.events if e.cameo.startswith(("18", "19"))]
    assert meets and attacks
    assert {place(e)[1] for e in meets} == {"EGY"}
    assert {place(e)[1] for e in attacks} == {"LBN"}


# ---------------------------------------------------------------------------------------------
# the article's day, for events with no date of their own

@pytest.mark.parametrize("text, day", [
    # a week in the lead is no day (it used to win over أمس by string order)
    ("أعلنت الحكومة الأسبوع الماضي خطة جديدة للإصلاح. وقال الوزير أمس إن الخطة ستنفذ قريبا. "
     "واتهم الوزير المعارضة بعرقلة الخطة.", "2015-07-31"),
    # a month in the lead is no day either
    ("وكان البرلمان قد أقر القانون في يونيو الماضي. واتهم الوزير المعارضة بعرقلة القانون.",
     "2015-08-01"),
    # a day to come is not the day of the news
    ("ويصادف غدا ذكرى الحرب. واتهم الوزير المعارضة بعرقلة الحوار.", "2015-08-01"),
    # a report whose opening names no day: the first day the article names
    ("واتهم الوزير المعارضة بعرقلة الحوار. وقال إن الحكومة مستعدة للحوار. "
     "وأضاف أن الأزمة طويلة. وكان الوزير قد وصل إلى القاهرة أمس.", "2015-07-31"),
])
def test_article_day(nlp, text, day):
    ev = events(nlp, text, "112")[0]
    assert ev.date_source == "published" and ev.date == day


def test_date_after_a_comma_and_another_verb_is_that_verbs(nlp):
    # the day of the arrival, not of the condemnation
    text = "أدان الوزير الهجمات على المدنيين، ووصلت في 20 يوليو طائرة إغاثة إلى عدن."
    evs = events(nlp, text)
    condemn = [e for e in evs if e.cameo.startswith("111")][0]
    arrive = [e for e in evs if e.cameo.startswith("042")][0]
    assert arrive.date == "2015-07-20" and arrive.date_source == "expression"
    assert condemn.date_source == "published" and condemn.date == PUBLISHED


def test_place_of_an_envoys_post_is_not_where(nlp):
    # مبعوث … إلى اليمن names the envoy's post, not where the meeting was
    ev = events(nlp, "التقى الرئيس اليمني أمس مبعوث الأمم المتحدة إلى اليمن.", "04")[0]
    assert ev.location is None, place(ev)


def test_place_whence_followed_by_where_is_where(nlp):
    # من سوريا حيث أجرى لقاءات: the meetings were in Syria, not in Lebanon where he arrived
    text = "وصل المبعوث إلى العاصمة اللبنانية برا من سوريا حيث أجرى لقاءات مع المسؤولين السوريين."
    meetings = [e for e in events(nlp, text, "04") if e.cameo.startswith("040")]
    assert meetings and place(meetings[0]) == ("Syria", "SYR")


def test_meeting_during_a_visit_is_held_at_the_visits_place(nlp):
    text = ("التقى المرشد الإيراني علي خامنئي الرئيس الروسي فلاديمير بوتين أمس. "
            "ووصل بوتين إلى طهران صباح أمس في زيارة رسمية.")
    meeting = events(nlp, text, "040")[0]
    assert place(meeting) == ("Tehran", "IRN")
    # a telephone call is held nowhere
    text = ("اتصل الرئيس الروسي فلاديمير بوتين بالرئيس الأميركي باراك أوباما أمس. "
            "ووصل بوتين إلى طهران صباح أمس في زيارة رسمية.")
    assert events(nlp, text, "041")[0].location is None


def test_place_of_the_attack_phrase_after_the_trigger(nlp):
    # the place after «في هجوم …» is the attack's, where the two were killed, even past the reach
    text = "قتل جنديان من الجيش التركي في هجوم جديد شنه مسلحون من «حزب العمال» في جنوب تركيا."
    assert place(events(nlp, text, "18")[0]) == ("Türkiye", "TUR")


@pytest.mark.parametrize("text, value", [
    ("أعدم التنظيم الشهر قبل الماضي عنصرين.", "2015-06"),
    ("وقعت الحادثة العام قبل الماضي.", "2013"),
    ("وقعت الحادثة الأسبوع قبل الماضي.", "2015-W29"),
])
def test_period_before_last(nlp, text, value):
    # the month (year, week) before last: two back from the publication's
    doc = nlp(text, published=PUBLISHED)
    assert [d.value for d in doc.dates] == [value]


def test_talks_named_for_their_town(nlp):
    # مشاورات جنيف were held in Geneva, not in the Yemen of the clause before (with the parties
    # بين names: since the twenty-fifth session a meeting's city is no party, and talks with
    # one party known are no event)
    text = ("يسعى المبعوث لإحياء العملية السياسية في اليمن بعد فشل مشاورات جنيف بين الحكومة "
            "اليمنية والحوثيين.")
    assert place(events(nlp, text, "04")[0]) == ("Geneva", "CHE")


def test_first_digest_item_with_a_bulleted_dateline():
    text = ("* الشرطة تعتقل طلابا\n"
            "* تايبيه - «الشرق الأوسط»: اعتقلت الشرطة أمس طلابا اقتحموا مكتب وزير التعليم.\n")
    blocks = detect_blocks(text)
    assert [b.kind for b in blocks][:3] == ["headline", "dateline", "body"]


@pytest.mark.parametrize("text, country", [
    # a place inside a phrase of place (أحد أحياء، الأراضي + a nisba)
    ("قتل مسلحون شرطيا في أحد أحياء إسطنبول.", "TUR"),
    ("توغلت القوات التركية في الأراضي السورية لملاحقة المسلحين.", "SYR"),
])
def test_place_in_a_phrase_of_place(nlp, text, country):
    assert place(events(nlp, text)[0])[1] == country


def test_haythu_after_a_place_says_the_clause_happens_there(nlp):
    text = "بدأ الوزير زيارته للعراق، حيث أرسلت إيران مستشاريها لدعم الجيش."
    ev = [e for e in events(nlp, text) if e.cameo[:3] != "042"][0]
    assert place(ev) == ("Iraq", "IRQ")
    # but people named by a nisba before حيث are no place
    text = ("وأكدت وزارة الداخلية البحرينية أن المتهمين اعترفا بالتنسيق مع إيرانيين، حيث تسلما "
            "أربع حقائب في عرض البحر.")
    assert all(e.location is None for e in events(nlp, text))
