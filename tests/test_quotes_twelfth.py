"""Quotes leftovers, twelfth session: who issued a statement, a participle after a verb of no
speech, words in marks after a possessed account noun, a verb of speech joined after one that
reported no words, and the verb's own words as its object (docs/accuracy.md, "Quotes leftovers
and a fresh reading, twelfth session"). Sentences written for the test."""

from __future__ import annotations

import pytest

from _quotes_harness import nlp, speaker_text  # noqa: F401 (a fixture and a helper)


def only_quote(nlp, text):
    quotes = nlp(text).quotes
    assert len(quotes) == 1, [q.text for q in quotes]
    return quotes[0]


@pytest.mark.parametrize("text, who", [
    # a statement after the verb, then who issued it: the issuer speaks, not «بيان»
    ("وذكر بيان لـ«جبهة الخلاص» أن الوضع في المدينة هادئ.", "جبهة الخلاص"),
    ("وأفاد بيان صادر عن وزارة الداخلية أن الأمن مستتب.", "وزارة الداخلية"),
    ("وأوضح البيان الصادر عن وزارة الداخلية أن الأمن مستتب.", "وزارة الداخلية"),
    ("وقال بيان لوزارة الداخلية إن الأمن مستتب.", "وزارة الداخلية"),
    # a verb with no subject of its own, said in a statement of a body that agrees with it
    ("وأكدت في بيان لوزارة الداخلية أن الأمن مستتب.", "وزارة الداخلية"),
    # the issuer in the statement's definite genitive
    ("وأشار بيان السيناتور الديمقراطي إلى أنه سيغير موقفه.", "السيناتور"),
])
def test_the_body_that_issued_a_statement_speaks(nlp, text, who):
    q = only_quote(nlp, text)
    assert speaker_text(text, q) == who


def test_a_spokesman_in_a_statement_of_a_body_is_not_the_body(nlp):
    # وقال (masculine) في بيان للحركة (feminine): someone speaks for the movement; not taken
    text = "وقال في بيان لوزارة الداخلية إن الأمن مستتب."
    q = only_quote(nlp, text)
    assert q.speaker is None or "وزارة" not in speaker_text(text, q)


@pytest.mark.parametrize("text, adjective", [
    # an indefinite adjective after the document noun is no author (guards: as before)
    ("وأضاف في بيان صحافي قائلا: «الخطر حقيقي جدا».", "صحافي"),
    ("وكشفت تقارير صحافية رومانية أن المدرب طلب لاعبا جديدا.", "صحافية"),
])
def test_an_adjective_after_a_statement_is_not_its_author(nlp, text, adjective):
    q = only_quote(nlp, text)
    assert q.speaker is None or adjective not in speaker_text(text, q)


@pytest.mark.parametrize("text, who", [
    # a participle after a verb of no speech: its subject speaks, a single definite noun, or
    # a noun and its genitive with a definite adjective after them
    ("وتمنى المدرب التوفيق للاعبيه في المباراة، مضيفا أن الفوز ممكن.", "المدرب"),
    ("وتفقدت اللاعبة الملعب صباحا، مضيفة أن الفوز ممكن.", "اللاعبة"),
    ("وأشاد مدرب الفريق الأول بأداء لاعبيه، مضيفا أن الفوز ممكن.", "مدرب الفريق الأول"),
    ("وأشاد مدرب المنتخب الوطني بأداء لاعبيه، مضيفا أن الفوز ممكن.", "مدرب المنتخب الوطني"),
])
def test_a_participle_after_a_verb_of_no_speech_takes_its_subject(nlp, text, who):
    q = only_quote(nlp, text)
    assert (q.cue[:4], speaker_text(text, q)) == ("مضيف", who)


def test_a_single_noun_that_disagrees_with_the_participle_is_not_its_subject(nlp):
    # الجلسة (feminine) cannot be the subject of مضيفا (masculine); a guard, as before
    text = "وشهدت الجلسة نقاشا حادا حول الموازنة، مضيفا أن الفوز ممكن."
    q = only_quote(nlp, text)
    assert q.speaker is None or not speaker_text(text, q).startswith("الجلسة")


@pytest.mark.parametrize("text, said, who", [
    # words in marks right after a possessed account noun (no platform after it)
    ("وقال الوزير في حسابه «لن نتراجع عن موقفنا».", "لن نتراجع عن موقفنا", "الوزير"),
    ("وكتب اللاعب عبر صفحته «شكرا لكم جميعا».", "شكرا لكم جميعا", "اللاعب"),
])
def test_words_in_marks_after_a_possessed_account_noun(nlp, text, said, who):
    q = only_quote(nlp, text)
    assert (q.text, speaker_text(text, q)) == (said, who)


@pytest.mark.parametrize("text", [
    "وكتب الوزير في حسابه «وزير».",  # one word: the account's name
    "وكتب الروائي في كتابه «ذاكرة المدينة».",  # a book is no saying place: its title
])
def test_a_name_after_a_possessed_noun_stays_a_name(nlp, text):
    assert nlp(text).quotes == []


def test_a_speech_verb_joined_after_one_that_reported_no_words(nlp):
    # أكد X رفض …، وأضاف أن: X goes on speaking (not the other party before من جانبه)
    text = ("وقال سامي العلي إن الحكومة غير جادة. من جانبه، أكد رئيس الوفد الحكومي رفض حكومته "
            "للوثيقة، وأضاف أن النسب لا يمكن تطبيقها.")
    q = [q for q in nlp(text).quotes if "النسب" in q.text][0]
    assert speaker_text(text, q).startswith("رئيس الوفد")


def test_the_verbs_own_words_are_its_object_not_its_speaker(nlp):
    # ويتابع حديثه لـ«…» قائلا: حديثه is what he goes on with; the speaker is the one before
    text = ("وقال سامي العلي إن السوق مستقر. ويتابع حديثه لـ«الوطن» قائلا: "
            "«الطلب مرتفع جدا هذا العام».")
    q = [q for q in nlp(text).quotes if "الطلب" in q.text][0]
    assert speaker_text(text, q) == "سامي العلي"


def test_a_speech_verb_joined_after_a_named_persons_other_verb(nlp):
    # وشن X هجوماً على …، وقال إن: the named person goes on speaking
    text = ("وشن رئيس وفد المعارضة تعبان دينق قاي في الجلسة هجوما عنيفا على الحكومة والتي "
            "اعتبرها فاقدة للشرعية، وقال إن الحكومة تواصل القتل.")
    q = only_quote(nlp, text)
    assert speaker_text(text, q) == "تعبان دينق قاي"


def test_the_object_of_a_verb_of_meeting_does_not_speak_after_it(nlp):
    # استقبل X Y …، وقال: Y is the object; a guard (Y never spoke here before either)
    text = ("وقال الرئيس سلفا كير إن السلام قريب. واستقبل الملك سلمان الرئيس الفرنسي في القصر، "
            "وقال إن العلاقات متينة.")
    q = [q for q in nlp(text).quotes if "متينة" in q.text][0]
    assert speaker_text(text, q) == "الملك سلمان"


@pytest.mark.parametrize("text, who", [
    # a plural cue with no subject of its own: the plural of people opening the sentence
    ("وقال الرئيس سلفا كير إن السلام قريب. والباحثون لديهم نظريات كثيرة، حيث يقولون إن "
     "الأسماء تؤثر في السلوك.", "الباحثون"),
    ("وقال الرئيس سلفا كير إن السلام قريب. والمساكين في المدينة يعانون من الحصار، ويقولون "
     "إن الوضع صعب.", "المساكين"),
])
def test_a_plural_cue_goes_on_with_the_plural_of_people_opening_the_sentence(nlp, text, who):
    q = [q for q in nlp(text).quotes if "السلام" not in q.text][0]
    assert speaker_text(text, q) == who
