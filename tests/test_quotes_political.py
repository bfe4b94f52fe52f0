"""Quotes on political news (seventh session): layouts met in a reading of SaudiNewsNet
political articles, each on sentences written for the test (docs/accuracy.md, "Quotes on
political news, seventh session")."""

from __future__ import annotations

import json

import pytest

import marsad
from marsad.document import Entity

from _quotes_harness import base, stage  # noqa: F401 (fixtures)


@pytest.fixture(scope="module")
def nlp():
    """With the actors stage, for what depends on the subjects it finds."""
    return marsad.load(stages=["layout", "sentences", "tokens", "actors", "quotes"])


def run(base, stage, text, entities):
    """`entities`: (surface, canonical, type, code, how); every occurrence becomes an entity."""
    doc = base(text)
    for surface, canonical, typ, code, how in entities:
        start = 0
        while (start := text.find(surface, start)) >= 0:
            doc.entities.append(Entity(start, start + len(surface), surface, typ, canonical,
                                       code, how=how))
            start += len(surface)
    doc.entities.sort(key=lambda e: e.start)
    stage(doc)
    return doc


def quote_with(quotes, words):
    found = [q for q in quotes if words in q.text]
    assert found, f"no quote with {words!r} in {[q.text for q in quotes]}"
    return found[0]


def test_a_quote_first_then_according_to_its_speaker(base, stage):
    # «…»، بحسب X / «…»، وفق ما قال X: the words in marks are X's
    doc = run(base, stage, "تعيش المدينة أزمة. «الأسعار ارتفعت كثيرا في الأشهر الأخيرة»، بحسب "
                           "الباحث سامر.", [("الباحث سامر", "Samer", "PERSON", None, "name")])
    q = quote_with(doc.quotes, "الأسعار ارتفعت")
    assert q.kind == "direct" and q.speaker is not None and q.speaker.canonical == "Samer"
    doc = run(base, stage, "«الأسعار ارتفعت كثيرا في الأشهر الأخيرة»، وفق ما قال المتحدث باسم "
                           "الوزارة.", [])
    q = quote_with(doc.quotes, "الأسعار ارتفعت")
    assert q.speaker is not None and q.speaker.text.startswith("المتحدث")
    assert q.cue == "وفق"
    # but حسبما جاء في الصحيفة (as it came in): جاء is a verb; بحسب الإحصاءات: figures say nothing
    doc = run(base, stage, "«الأسعار ارتفعت كثيرا في الأشهر الأخيرة»، حسبما جاء في الصحيفة.", [])
    assert all(q.speaker is None or "جاء" not in q.speaker.text for q in doc.quotes)
    doc = run(base, stage, "«الأسعار ارتفعت كثيرا في الأشهر الأخيرة»، بحسب الإحصاءات الرسمية.",
              [])
    assert all(q.speaker is None or "الإحصاءات" not in q.speaker.text for q in doc.quotes)


def test_words_in_marks_inside_the_writers_sentence_then_according_to(base, stage):
    # غيّر المقاتلون أسلوبهم «…»، بحسب X: a partial quote, X's
    doc = run(base, stage, "وغير المقاتلون أسلوبهم «وتركوا الجبال التي اعتادوا عليها وبدأوا "
                           "يهاجمون المدن مباشرة»، بحسب سامر الحربي، الباحث في مركز الدراسات.",
              [("سامر الحربي", "Samer al-Harbi", "PERSON", None, "name")])
    q = quote_with(doc.quotes, "وتركوا الجبال")
    assert q.kind == "partial" and q.speaker is not None and q.speaker.canonical == "Samer al-Harbi"
    # a short name in marks is no quote: بعد «معركة الجبل»، بحسب الصحيفة
    doc = run(base, stage, "وغير المقاتلون أسلوبهم بعد «معركة الجبل»، بحسب الصحيفة.", [])
    assert not doc.quotes


def test_a_source_with_an_age_in_brackets_speaks(base, stage):
    # نقلت شبكة X عن Y (61 عاماً) قوله: Y speaks, the channel reports
    doc = run(base, stage, "ونقلت شبكة «الأفق» عن المدرب سامي (61 عاما) قوله: «سنفوز في "
                           "المباراة القادمة».",
              [("«الأفق»", "al-Ufuq", "ORG", "MED", "lexicon"),
               ("المدرب سامي", "Sami", "PERSON", None, "name")])
    q = quote_with(doc.quotes, "سنفوز")
    assert q.speaker is not None and "سامي" in q.speaker.text
    assert q.reported_by is not None and "الأفق" in q.reported_by.text


def test_a_title_then_a_place_then_the_name(base, stage):
    # السفير السوداني في القاهرة عبدالمحمود … إلى أن: the named man, with the title's code
    doc = run(base, stage, "وأشار السفير السوداني في القاهرة عبدالرحيم النور إلى أن العلاقات "
                           "بين البلدين ممتازة.",
              [("السفير السوداني", "ambassador of Sudan", "PERSON", "SDNGOV", "title"),
               ("القاهرة", "Cairo", "LOC", None, "lexicon")])
    q = quote_with(doc.quotes, "العلاقات بين")
    assert q.speaker is not None and q.speaker.text == "عبدالرحيم النور"
    assert q.speaker.actor_code == "SDNGOV"


def test_a_title_then_an_insert_between_commas_then_the_name(base, stage):
    ents = [("أمين عام", "secretary-general", "PERSON", "IGO", "title"),
            ("سامر الحربي", "Samer al-Harbi", "PERSON", None, "name")]
    doc = run(base, stage, "وأوضح أمين عام الهيئة الدولية للتنمية، التابعة لرابطة العمل الأهلي، "
                           "سامر الحربي، أن المشروع جزء من حملة كبيرة.", ents)
    q = quote_with(doc.quotes, "المشروع جزء")
    assert q.speaker is not None and q.speaker.canonical == "Samer al-Harbi"
    assert q.speaker.actor_code == "IGO"
    # but وقال الوزير عقب لقائه نظيره، X، إن: X is whom he met, not the speaker
    doc = run(base, stage, "وقال الوزير عقب لقائه نظيره، سامر الحربي، إن المحادثات كانت مثمرة "
                           "جدا.", [("الوزير", "minister", "PERSON", "GOV", "title"), ents[1]])
    q = quote_with(doc.quotes, "المحادثات")
    assert q.speaker is not None and q.speaker.canonical == "minister"


def test_those_on_whose_behalf_he_spoke_are_no_subject(nlp):
    # ونقل التعازي نيابة عن الملك …، وولي العهد، …، وقال: the prince who came speaks
    doc = nlp("وصل الأمير فيصل بن خالد إلى المدينة مساء أمس. ونقل التعازي نيابة عن الملك سلمان "
              "بن عبد العزيز، وولي العهد، لذوي الضحايا، وقال خلال تقديمه العزاء: «نعزي أنفسنا "
              "ونعزيكم في هذا المصاب».")
    q = quote_with(doc.quotes, "نعزي")
    assert q.speaker is not None and "فيصل" in q.speaker.text


def test_a_plural_of_people_goes_on_in_the_plural_participle(base, stage):
    # وأعرب ذوو الضحايا عن شكرهم …، مشيرين إلى أن …: the families speak; مشيرين read by the
    # actors stage as "field marshals" is the cue, not an actor
    ents = [("مشيرين", "field marshals", "PERSON", "MIL", "title")]
    doc = run(base, stage, "وأعرب ذوو الضحايا عن شكرهم للقيادة على مواساتهم، مشيرين إلى أن "
                           "ذلك ليس غريبا على بلادهم.", ents)
    q = quote_with(doc.quotes, "ليس غريبا")
    assert q.speaker is not None and q.speaker.text == "ذوو الضحايا"


def test_an_answer_with_radda_and_an_adverb_in_reply(base, stage):
    # ردّت X: «…» (an interview's answer, the verb written with its shadda); وقال ردا على سؤال:
    # ردا ("in reply") is no speaker, and ردّا is no dual verb that would cut the quote
    doc = run(base, stage, "وعن سؤال حول الانتخابات ردّت الوزيرة سلمى: «لن أترشح في هذه الدورة».",
              [("الوزيرة سلمى", "Salma", "PERSON", None, "name")])
    q = quote_with(doc.quotes, "لن أترشح")
    assert q.cue == "ردّت" and q.speaker is not None and q.speaker.canonical == "Salma"
    for text in ("وقال ردا على سؤال إن الانتخابات ستجري في موعدها المحدد.",
                 "وقال ردّا على سؤال إن الانتخابات ستجري في موعدها المحدد."):
        doc = run(base, stage, text, [])
        q = quote_with(doc.quotes, "الانتخابات ستجري")
        assert q.speaker is None or "رد" not in q.speaker.text, text
    # ردّت القوات على الهجوم: a reply in deeds, no quote
    doc = run(base, stage, "وردّت القوات على الهجوم بقصف مواقع المسلحين في المدينة.", [])
    assert not doc.quotes


# -- eighth session, second round (docs/accuracy.md, "Quotes on political news, eighth session,
# second round")

def test_as_he_says_is_an_aside_the_verbs_subject_speaks(nlp):
    # ويقول X، وهو …، حسب قوله: «…»: حسب قوله is "as he says"; X speaks, not the man before
    doc = nlp("وقال الوزير إن الخدمات تحسنت كثيرا. ويقول أحد الجنود في المعسكر، وهو ضابط جرح "
              "في المعارك حسب قوله: «الوضع هنا صعب جدا ونحتاج إلى دعم».")
    q = quote_with(doc.quotes, "الوضع هنا صعب")
    assert q.speaker is not None and q.speaker.text == "أحد الجنود"
    assert q.attribution == "explicit"


def test_according_to_x_then_fa_inna_is_xs_statement(nlp):
    # وبحسب X فإن …: an indirect quote of X, who then goes on speaking (وأشار إلى أن …)
    doc = nlp("ارتفعت الصادرات في الشهر الماضي. وبحسب عادل كريم المتحدث باسم وزارة المالية "
              "فإن الإيرادات زادت بشكل كبير. وأشار إلى أن الحكومة ستخفض الإنفاق.")
    q = quote_with(doc.quotes, "الإيرادات زادت")
    assert q.kind == "indirect" and q.cue == "بحسب"
    assert q.speaker is not None and q.speaker.text == "عادل كريم"
    q = quote_with(doc.quotes, "الحكومة ستخفض")
    assert q.speaker is not None and q.speaker.text == "عادل كريم"
    doc = nlp("وطبقا للوزير فإن المفاوضات مستمرة مع الجانبين.")
    q = quote_with(doc.quotes, "المفاوضات مستمرة")
    assert q.cue == "طبقا" and q.speaker is not None and q.speaker.actor_code == "GOV"
    # بحسب التقرير فإن …: a paper is no speaker (as for «…»، بحسب التقرير)
    doc = nlp("وبحسب التقرير فإن الإيرادات زادت بشكل كبير هذا العام.")
    assert not any("الإيرادات زادت" in q.text and q.speaker is not None for q in doc.quotes)
    doc = nlp("وبحسب أرقام نشرتها الوزارة أمس، فإن الإيرادات زادت بشكل كبير هذا العام.")
    assert not any("الإيرادات زادت" in q.text and q.speaker is not None for q in doc.quotes)


def test_amma_topic_an_unknown_name_speaks(nlp):
    # أما X (40 عاماً) الموظف في …، فقال: the topic speaks even when no dictionary knows the name
    doc = nlp("وقال الطالب خالد سمير إن المياه ملوثة. أما رعد سلوم (40 عاما) الموظف في "
              "الشركة، فقال إن «الأوضاع تسوء كل يوم». وتابع أن «الحكومة لا تهتم بنا».")
    for words in ("الأوضاع تسوء", "الحكومة لا تهتم"):
        q = quote_with(doc.quotes, words)
        assert q.speaker is not None and q.speaker.text == "رعد سلوم"
    doc = nlp("أما بخصوص الاتفاق، فقال الوزير إن «المفاوضات ستستمر حتى النهاية».")
    q = quote_with(doc.quotes, "المفاوضات ستستمر")
    assert q.speaker is not None and q.speaker.text == "الوزير"


def test_describing_verb_subject_then_object(nlp):
    # ووصفت مصادر طبية الحالة بأنها …: the sources (verb, subject, object) describe
    doc = nlp("ووصفت مصادر طبية إسرائيلية حالة الجرحى بأنها خطيرة جدا.")
    q = quote_with(doc.quotes, "خطيرة جدا")
    assert q.speaker is not None and q.speaker.text == "مصادر طبية إسرائيلية"
    doc = nlp("ووصفت الحكومة الهجوم الأخير بأنه عمل إرهابي جبان.")
    q = quote_with(doc.quotes, "عمل إرهابي")
    assert q.speaker is not None and q.speaker.text == "الحكومة"
    # one noun phrase after the verb is the thing described, not a speaker
    doc = nlp("ووصف مواقف الأحزاب الأخيرة بأنها متناقضة تماما.")
    assert all(q.speaker is None or "مواقف" not in q.speaker.text for q in doc.quotes)


def test_subject_before_a_plural_kana(nlp):
    # يذكر أن بعض الخبراء كانوا قد حذروا من أن …: the phrase before كانوا speaks
    doc = nlp("يذكر أن بعض الخبراء كانوا قد حذروا من أن الأزمة ستطول عدة سنوات.")
    q = quote_with(doc.quotes, "الأزمة ستطول")
    assert q.speaker is not None and q.speaker.text == "بعض الخبراء"


def test_verbal_noun_object_is_no_speaker(nlp):
    # وأكد وقوف البرلمان …، معربا عن …: the verbal noun after the verb is what he affirmed, and
    # the speaker is the man named before, carried on (ninth session, second round)
    lead = "وقال رئيس البرلمان العربي أحمد الجروان إن المقاومة تحقق انتصارات. "
    for middle in ("وأكد وقوف البرلمان العربي خلف حق الشعب اليمني في استعادة دولته",
                   "وأعلن ترحيب البرلمان العربي بالقرار الأممي الجديد",
                   "وجدد إدانة البرلمان العربي للهجوم على المدنيين"):
        doc = nlp(lead + middle + "، معربا عن يقينه بأن الشعب سينتصر.")
        q = quote_with(doc.quotes, "الشعب سينتصر")
        assert q.speaker is not None and "الجروان" in q.speaker.text, middle


def test_main_clause_report_after_a_comma(nlp):
    # وبعدما حذر من أن …، اعتبر حفتر أن …: the main clause's verb, its subject and أن begin a
    # report of their own; the time clause's verb shares that subject (ninth session, 2nd round)
    doc = nlp("وقال الوزير إن الجماعة صغيرة. وبعدما حذر من أن التآمر على الجيش لن يجدي، "
              "اعتبر المشير خليفة حفتر أن الإرهابيين لن تقوم لهم قائمة.")
    first = quote_with(doc.quotes, "التآمر على الجيش")
    assert "الإرهابيين" not in first.text
    assert first.speaker is not None and "حفتر" in first.speaker.text
    second = quote_with(doc.quotes, "الإرهابيين لن تقوم")
    assert second.speaker is not None and "حفتر" in second.speaker.text
    # وبينما قال X إن …، أوضح Y أن …: two speakers, two reports
    doc = nlp("وبينما قال الوزير المصري إن العلاقات قوية مع واشنطن، أوضح السفير الأميركي أن "
              "بلاده ملتزمة بدعم القاهرة.")
    first = quote_with(doc.quotes, "العلاقات قوية")
    assert "ملتزمة" not in first.text and first.speaker.text == "الوزير المصري"
    second = quote_with(doc.quotes, "بلاده ملتزمة")
    assert second.speaker is not None and second.speaker.text == "السفير الأميركي"
    # a name between commas is the subject of the verb after it, inside the report
    doc = nlp("وقالت الصحيفة إن المدير التنفيذي للنادي، لورد هاريس، أكد للمدرب أنه يستطيع "
              "ضم أي لاعب.")
    q = quote_with(doc.quotes, "المدير التنفيذي")
    assert "ضم أي لاعب" in q.text and q.speaker.text == "الصحيفة"


# -- eleventh session: a reading of the political articles of 2015-07-27 (docs/accuracy.md,
# "Quotes on political news, eleventh session") --------------------------------------------

def speaker_of(nlp, text, words):
    """The speaker of the quote holding `words` in `text` (there must be one)."""
    q = quote_with(nlp(text).quotes, words)
    assert q.speaker is not None, f"no speaker for {q.text!r}"
    return q.speaker


def test_a_clock_colon_is_no_speech_colon(nlp):
    # الساعة 11:59: the colon between two numbers is a time, not ACTOR: «…» nor قال: …
    assert not nlp("وأعلن الجيش وقف إطلاق النار الساعة 11:59 ليل الأحد لمدة يومين.").quotes
    quote_with(nlp("وقال الوزير: 23 شخصا قتلوا في الهجوم على القرية.").quotes, "23 شخصا")


def test_the_name_anne_is_not_the_complementizer(nlp):
    # آن (Anne, Arne) folds like أن: no report opens at it, and the name speaks
    text = ("من ناحيته، أعرب آن دنكان، وزير التعليم، عن اعتقاده بأن القانون سيمر. "
            "وأضاف أن الإدارة تدعم القانون.")
    assert not any(q.text.startswith("دنكان") for q in nlp(text).quotes)
    assert speaker_of(nlp, text, "القانون سيمر").text == "آن دنكان"
    assert speaker_of(nlp, text, "الإدارة تدعم").text == "آن دنكان"


def test_a_name_the_dictionaries_do_not_know_before_its_title(nlp):
    # X، رئيس المجلس البلدي …، إن: the name before the comma speaks, with the title's code
    who = speaker_of(nlp, "وقال علي داود، رئيس المجلس البلدي في البلدة، لـ«الشرق الأوسط» إن "
                          "«قوات كبيرة تحركت من القاعدة نحو المدينة».", "قوات كبيرة")
    assert who.text == "علي داود" and who.actor_code == "GOV"


@pytest.mark.parametrize("text, words, name", [
    # title, its complement (في …، لـ«…»، بمنطقة … and a rank), then the person's name
    ("ويوضح رئيس لجنة الآثار في مجلس بلدية طرابلس خالد تدمري، أن الكثير من العائلات تبيع "
     "أثاثها.", "العائلات تبيع", "خالد تدمري"),
    ("وحذر المستشار القانوني لـ«الجبهة الوطنية» سعيد أبو خالد أمس من «خطورة القرار على "
     "البلاد والمنطقة كلها».", "خطورة القرار", "سعيد أبو خالد"),
    ("وأوضح المتحدث الإعلامي للدفاع المدني بمنطقة جازان المقدم علي بن سالم الغامدي أن فرق "
     "الدفاع المدني باشرت البلاغ.", "باشرت البلاغ", "علي بن سالم الغامدي"),
    # a report inside a report: the inner speaker, not the paper
    ("وذكرت الصحيفة أن المتحدث باسم الوزارة في القاهرة أحمد حافظ قال إن الزيارة ناجحة.",
     "الزيارة ناجحة", "أحمد حافظ"),
    # a name with its own office after في حضور is someone else: the span stays the title's
    # (nor does its canonical take X's name: test_a_title_keeps_no_name_with_its_own_office)
    ("وقال رئيس الوزراء في حضور وزير الخارجية سامح شكري إن العلاقات جيدة.", "العلاقات جيدة",
     "رئيس الوزراء"),
])
def test_a_title_its_complement_then_the_persons_name(nlp, text, words, name):
    assert speaker_of(nlp, text, words).text == name


@pytest.mark.parametrize("text, words, head", [
    # سكان، شهود: plurals of people, the subject of a later وأضافوا
    ("كما أفاد سكان محليون بأن الثوار استعادوا الحي. وأضافوا أن الثوار استعادوا كذلك عددا من "
     "المواقع.", "عددا من المواقع", "سكان"),
    ("وقال شهود عيان إن القصف استمر طوال الليل. وأضافوا أن عشرات المنازل دمرت.",
     "عشرات المنازل", "شهود"),
    # a feminine plural of people still takes a feminine verb
    ("وقالت الناشطة هند سالم إن الوضع صعب. وفي كل الحالات، فإن عائلات الأطفال أكدت أن "
     "السلطات لم تخطر الآباء.", "لم تخطر", "عائلات"),
])
def test_a_plural_verb_goes_on_with_residents_or_witnesses(nlp, text, words, head):
    assert speaker_of(nlp, text, words).text.startswith(head)


def test_a_feminine_participle_after_a_comma_ends_the_report(nlp):
    # …، مشيرة إلى أن …، داعية مساهميها إلى …: the participle goes on with the speaker; the
    # first report ends at its comma and the second is read
    doc = nlp("وكشفت مصادر ميدانية أن العشرات من الجثث تتناثر في الساحة، مشيرة إلى أن القتال "
              "مستمر في الأحياء.")
    first = quote_with(doc.quotes, "الجثث تتناثر")
    assert "مشيرة" not in first.text and "القتال" not in first.text
    second = quote_with(doc.quotes, "القتال مستمر")
    assert second.speaker is not None and second.speaker.text == first.speaker.text
    doc = nlp("وأوضحت الشركة أن الأرباح ستوزع نهاية الشهر المقبل، داعية مساهميها إلى تحديث "
              "بياناتهم في البنوك.")
    assert "داعية" not in quote_with(doc.quotes, "الأرباح ستوزع").text
    # a verbal noun in a list is no participle: the report goes on
    doc = nlp("وأكدت الوزارة أن الخطة تشمل التدريب، متابعة الأداء، والتقييم الدوري.")
    assert "التقييم الدوري" in quote_with(doc.quotes, "الخطة تشمل").text


def test_speech_in_marks_after_a_statement_with_a_time(nlp):
    # وقال X في بيان له هذا الشهر «إن …»: الشهر is no name noun for a long «إن …»
    assert speaker_of(nlp, "وقال الرئيس في بيان له هذا الشهر «إن هؤلاء المعلمين يصنعون مستقبل "
                           "البلاد بجهدهم».", "المعلمين يصنعون").text == "الرئيس"
    # but a campaign's name stays a name
    assert not nlp("وتحدث الوزير عن حملة «إن الوطن للجميع» التي أطلقتها الوزارة هذا العام.").quotes


def test_an_anonymity_insert_is_no_filler(nlp):
    # قال ضابط …، فضل عدم الكشف عن اسمه، لـ«…»: «…»: the insert is the speaker's own
    who = speaker_of(nlp, "من جانبه، قال ضابط رفيع المستوى في معسكر شرطة المدينة، فضل عدم "
                          "الكشف عن اسمه، لـ«الشرق الأوسط»: «نفذنا الأوامر الصادرة من الوزارة».",
                     "نفذنا الأوامر")
    assert who.text.startswith("ضابط")


def test_a_title_is_not_the_person_met_after_it(nlp):
    # وقال الوزير في لقائه الرئيس X: X is whom he met (a verbal noun with a pronoun between),
    # so the title does not take X's name (the named minister before it may still be meant)
    who = speaker_of(nlp, "وقال الوزير في لقائه الرئيس محمد مرسي إن العلاقات جيدة.",
                     "العلاقات جيدة")
    assert who.canonical != "Mohamed Morsi" and who.text == "الوزير"


def test_the_quotes_word_lists_are_dictionary_data(tmp_path):
    # the anonymity-insert ends and the plurals of people are read from cues.json, so a user's
    # cues file extends them: رعاة (herders) is a plural of people written like a feminine noun
    from marsad.lexicon import load_lexicon
    from marsad.quotes.cues import compile_cues
    table = compile_cues(load_lexicon())
    assert {"اسمه", "هويتها"} <= table.anonymity_ends and {"سكان", "شهود"} <= table.people_plurals
    text = "وقال رعاة الإبل في المنطقة إن المراعي جفت هذا العام. وأضافوا أن الآبار نضبت أيضا."
    plain = marsad.load(stages=["layout", "sentences", "tokens", "actors", "quotes"])
    later = quote_with(plain(text).quotes, "الآبار نضبت")
    assert later.speaker is None or not later.speaker.text.startswith("رعاة")
    extra = {"lexicon": "cues", "version": "1", "description": "herders",
             "entries": [{"role": "people_plural", "ar": ["رعاة"]}]}
    (tmp_path / "more_cues.json").write_text(json.dumps(extra, ensure_ascii=False), "utf-8")
    nlp = marsad.load(stages=["layout", "sentences", "tokens", "actors", "quotes"],
                      lexicon_dirs=[tmp_path])
    later = quote_with(nlp(text).quotes, "الآبار نضبت")
    assert later.speaker is not None and later.speaker.text.startswith("رعاة")


@pytest.mark.parametrize("text, said", [
    # a possessed name noun (كتابه، روايتها) names the short span after it, even one holding a
    # word of speech (ذاكرة، قالت): the report is after إن
    ("وقال الوزير السابق في كتابه «ذاكرة المدينة» إن الحرب غيرت وجه البلاد.",
     "الحرب غيرت وجه البلاد"),
    ("وقالت الوزيرة في روايتها «قالت الأرض» إن الذاكرة لا تموت.", "الذاكرة لا تموت"),
])
def test_a_book_title_after_his_book_is_no_quote(nlp, text, said):
    assert [q.text for q in nlp(text).quotes] == [said]


@pytest.mark.parametrize("text", [
    "وعن الوضع الراهن تستطيع أن تقول: إن البلاد تمر بأزمة حقيقية.",
    "ويمكنك أن تقول: «هذه مدينة لا تنام».",
])
def test_you_can_say_is_the_writers_voice(nlp, text):
    assert nlp(text).quotes == []


def test_a_title_keeps_no_name_with_its_own_office(nlp):
    # في حضور وزير الخارجية X: X holds an office of his own, the president is someone else
    who = speaker_of(nlp, "وقال الرئيس في حضور وزير الخارجية سامح شكري إن مصر لن تتخلى عن "
                          "دورها.", "لن تتخلى")
    assert who.text == "الرئيس" and who.canonical != "Sameh Shoukry"


@pytest.mark.parametrize("text, words, canonical", [
    # الشركة، الصحيفة، الوزارة after the organisation named with that noun: that organisation
    ("وأصدرت شركة أرامكو السعودية نتائجها. وقالت الشركة في بيان إن الإنتاج ارتفع.",
     "الإنتاج ارتفع", "Saudi Aramco"),
    ("وقالت صحيفة الغارديان إن الحرب طويلة. وأعلنت شركة أرامكو السعودية نتائجها. وقالت "
     "الصحيفة إن القتال اشتد.", "القتال اشتد", "The Guardian"),
    ("وأعلنت وزارة الداخلية السعودية القبض على خلية. وقالت الوزارة إن أفرادها سعوديون.",
     "أفرادها سعوديون", "Saudi Arabia interior ministry"),
])
def test_a_bare_organisation_noun_stands_for_the_one_named_before(nlp, text, words, canonical):
    who = speaker_of(nlp, text, words)
    assert who.canonical == canonical and text[who.start:who.end] in ("الشركة", "الصحيفة",
                                                                      "الوزارة")


@pytest.mark.parametrize("text, words", [
    ("وقالت الشركة في بيان إن الإنتاج ارتفع.", "الإنتاج ارتفع"),  # none named before
    # a company the dictionaries do not know stands between: that one is meant
    ("وأصدرت شركة أرامكو السعودية نتائجها. ووقعت شركة الفلاني عقدا. وقالت الشركة إن الإنتاج "
     "ارتفع.", "الإنتاج ارتفع"),
])
def test_a_bare_organisation_noun_with_no_known_antecedent_stays_generic(nlp, text, words):
    assert speaker_of(nlp, text, words).canonical == "company"


def test_an_organisation_noun_with_its_own_adjective_is_another_one(nlp):
    who = speaker_of(nlp, "وقالت صحيفة الغارديان إن الحرب طويلة. وقالت الصحف الأوروبية إن "
                          "القتال اشتد.", "القتال اشتد")
    assert who.canonical != "The Guardian"


@pytest.mark.parametrize("text, words, name", [
    # a person's title that is a body's word (الباحث), its complement, then the known name
    # between commas: the named person speaks
    ("وقال الباحث في الشؤون الإيرانية، سامي الحداد، إن طهران تراهن على الوقت.",
     "طهران تراهن", "سامي الحداد"),
    ("وأكد الباحث في مركز الدراسات الاستراتيجية، خالد المري، أن المنطقة تمر بمرحلة حرجة.",
     "المنطقة تمر", "خالد المري"),
])
def test_a_title_then_the_name_between_commas(nlp, text, words, name):
    assert speaker_of(nlp, text, words).text == name


def test_a_body_is_not_the_person_named_after_it(nlp):
    # وقال الوزير عقب لقائه نظيره، X، إن: X is whom he met (guard)
    who = speaker_of(nlp, "وقال الوزير عقب لقائه نظيره، سامي الحداد، إن المحادثات مثمرة.",
                     "المحادثات مثمرة")
    assert who.text == "الوزير"


@pytest.mark.parametrize("text, said, cue", [
    # ومضى X في حديثه: «…»: "went on" before words in quote marks is a verb of speech
    ("ومضى الوزير في حديثه: «لن نسمح بتكرار ما حدث في الجنوب».",
     "لن نسمح بتكرار ما حدث في الجنوب", "مضى"),
    # with a participle of speech after it, the participle stays the cue
    ("ومضى الوزير قائلا إن الحكومة مستعدة للحوار.", "الحكومة مستعدة للحوار", "قائلا"),
])
def test_went_on_before_quoted_words(nlp, text, said, cue):
    assert [(q.text, q.cue) for q in nlp(text).quotes] == [(said, cue)]


@pytest.mark.parametrize("text", [
    "ومضى عام على الحادث دون أن تعلن نتائج التحقيق.",  # time passed: no speech
    "ومضى الأسبوع الماضي دون أن يتفق الطرفان.",
    # a verb in a clause after a noun (months gone by) opens nothing
    "واستمر الركود طوال أكثر من تسعة أشهر مضت «بدأ منذ أكتوبر الماضي»، كما قال المحللون.",
])
def test_time_going_by_is_no_speech(nlp, text):
    assert nlp(text).quotes == []


def test_went_on_doing_does_not_end_a_report(nlp):
    # ومضى يخدم وطنه: "went on" serving, with no quoted words after it, is part of the report
    doc = nlp("وأكد الأمين أن الملك عرف منذ طفولته بالشجاعة، فكان سياسيا بارعا، ومضى يخدم وطنه "
              "حتى وفاته.")
    assert "ومضى يخدم" in quote_with(doc.quotes, "الملك عرف").text


@pytest.mark.parametrize("text, said, cue, who", [
    # a speech verb, then where the words were said (an account, a tweet, a press conference),
    # then short words in quote marks ending the clause: the speaker's words, not a name
    ("وقال الوزير في حسابه على تويتر «لن نتراجع عن موقفنا».", "لن نتراجع عن موقفنا", "قال",
     "الوزير"),
    ("وكتب المتحدث على صفحته في فيسبوك «الحوار هو الحل».", "الحوار هو الحل", "كتب", "المتحدث"),
    ("وقال السفير في مؤتمر صحفي «نرفض هذا التدخل».", "نرفض هذا التدخل", "قال", "السفير"),
])
def test_short_words_in_marks_after_where_they_were_said(nlp, text, said, cue, who):
    [q] = nlp(text).quotes
    assert (q.text, q.cue, text[q.speaker.start:q.speaker.end]) == (said, cue, who)


@pytest.mark.parametrize("text", [
    "وكتب الوزير على موقع «تويتر».",  # a name after a name noun
    "وقال الوزير في مقابلة مع «العربية».",  # a name after a preposition
    "وتحدث الوزير في مؤتمر «دافوس».",
])
def test_a_name_after_where_words_were_said_is_no_quote(nlp, text):
    assert nlp(text).quotes == []


@pytest.mark.parametrize("text, said, who", [
    # a report inside a report: the inner speaker's title, then its complement (لـ، باسم، في),
    # then the verb of speech: the inner speaker speaks, not the newspaper
    ("وكشفت الصحيفة أن المدعي العام للولاية قال: «لم نجد أي مخالفة».", "لم نجد أي مخالفة",
     "المدعي العام"),
    ("وذكرت الإذاعة أن الناطق باسم الوزارة قال إن الطريق مغلق.", "الطريق مغلق", "الناطق"),
    # المفتش العام is a title (agents.json)
    ("وكشفت الصحيفة أن المفتش العام قال: «لم نجد أي مخالفة».", "لم نجد أي مخالفة",
     "المفتش العام"),
])
def test_a_title_and_its_complement_report_inside_a_report(nlp, text, said, who):
    [q] = nlp(text).quotes
    assert (q.text, q.cue, text[q.speaker.start:q.speaker.end]) == (said, "قال", who)


def test_inspector_general_is_a_government_title(nlp):
    who = speaker_of(nlp, "وقال المفتش العام للشرطة إن التحقيق مستمر.", "التحقيق مستمر")
    assert (who.canonical, who.actor_code) == ("inspector general", "GOV")


@pytest.mark.parametrize("text, who", [
    # a participle after a verb that is no verb of speech: the verb's own subject, a noun and
    # its definite genitive the dictionaries do not know, speaks (not the object after it)
    ("وتمنى مدرب الفريق التوفيق للاعبيه في المباراة، مضيفا أن الفوز ممكن.", "مدرب الفريق"),
    ("وأشاد مدرب الفريق بأداء لاعبيه، مضيفا أن الفوز ممكن.", "مدرب الفريق"),
])
def test_a_participle_after_a_verb_of_no_speech_goes_on_with_its_subject(nlp, text, who):
    [q] = nlp(text).quotes
    assert (q.cue, text[q.speaker.start:q.speaker.end]) == ("مضيفا", who)
