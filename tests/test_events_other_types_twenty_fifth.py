"""Events of the types other than attacks and protests that a reading of real news found false
(twenty-fifth session, h6; docs/accuracy.md): events in a sports story that names no match nor
cup, and in a story of a concert; commitments that are compliance with obligations, laws and a
thing named before; a pledge to go on fighting read as an intent to cooperate.

Every text is written for these tests (none is taken from a corpus); the default pipeline codes
them, actors included.
"""

from __future__ import annotations

import pytest


def codes(nlp, text):
    return [(e.plover, e.cameo, e.trigger) for e in nlp(text, published="2015-08-03").events]


# A transfer story: no word of sport alone (مباراة، بطولة، كأس), four words sport shares
# with other news (النادي، التعاقد، اللاعب، الفريق، المدرب); the team's arrival is no visit.
TRANSFER = ("أعلن نادي الهلال التعاقد مع اللاعب البرازيلي كارلوس لمدة موسمين، وقال مدرب "
            "الفريق إن اللاعب سيعزز خط الهجوم. وأكدت وسائل إعلام برازيلية أن اللاعب البرازيلي "
            "وقع عقدا مع النادي السعودي أمس. ووصل الفريق المصري إلى الرياض أمس.")
# Tennis: التنس and نصف النهائي are words of sport alone.
TENNIS = ("انسحب اللاعب الإسباني من دورة هامبورغ للتنس بسبب الإصابة، فيما تأهل منافسه الفرنسي "
          "إلى نصف النهائي. وقال المدرب إن اللاعب سيعود إلى الملاعب قريبا.")
# Political news with two words that sport shares (الفريق "general", يهدف "aims").
GENERAL = ("قال الفريق أول قائد الجيش المصري إن الجيش يهدف إلى حماية الحدود. وزار الرئيس المصري "
           "موسكو أمس والتقى الرئيس الروسي فلاديمير بوتين.")


def test_a_sports_story_without_a_word_of_sport_alone_codes_no_political_event(nlp):
    assert codes(nlp, TRANSFER) == []  # before: ووصل الفريق المصري إلى الرياض, a visit (042)
    assert codes(nlp, TENNIS) == []  # before: انسحب اللاعب, a military withdrawal (087)
    # two shared words do not make political news sport: the visit and the meeting stay
    assert {c[:2] for _, c, _ in codes(nlp, GENERAL)} == {"04"}
    assert len(codes(nlp, GENERAL)) == 2


# A concert: حفلة، المطرب، أغانيه، الفنانة، الموسيقى (five words of the performing arts, two of
# them performers).
CONCERT = ("أحيا المطرب اللبناني وائل حفلة في مهرجان بيت الدين، وغنى أمام جمهور كبير أشهر "
           "أغانيه. وبعد ساعة من الحفلة انسحب المطرب اللبناني من على المسرح ثم عاد، وأشاد "
           "بالجمهور الفرنسي. والتقى المطرب بعد الحفلة السفير الفرنسي في بيروت. وقالت الفنانة "
           "المصرية إن الموسيقى تجمع الشعوب.")
# Political news that names a concert (حفلة موسيقية: two words) keeps its events.
STATE_VISIT = ("زار الرئيس المصري موسكو أمس والتقى الرئيس الروسي فلاديمير بوتين، ثم حضر الرئيسان "
               "حفلة موسيقية في الكرملين.")


# A state ceremony with songs, an opera, a film and music but no performer named.
CEREMONY = ("يفتتح الرئيس المصري القناة الجديدة اليوم في حفلة تتخللها أغاني وطنية وعرض أوبرا "
            "وفيلم عن تاريخ القناة مع الموسيقى. ووصل الرئيس الفرنسي فرانسوا هولاند إلى "
            "القاهرة أمس.")


def test_a_concert_story_codes_no_political_event(nlp):
    assert codes(nlp, CONCERT) == []  # before: وأشاد بالجمهور الفرنسي, praise (051)
    assert sorted(c for _, c, _ in codes(nlp, STATE_VISIT)) == ["040", "042"]
    assert [c for _, c, _ in codes(nlp, CEREMONY)] == ["042"]  # the arrival stays a visit


@pytest.mark.parametrize("text", [
    # ب + the pronoun of a thing named before: the rules France will keep
    "وقال الوزير إن القواعد التي ستلتزم بها فرنسا واضحة.",
    # deadlines
    "وأكدت الحكومة المصرية التزامها بالمواعيد التي حددها صندوق النقد الدولي.",
])
def test_compliance_is_no_commitment(nlp, text):
    assert not [c for c in codes(nlp, text) if c[0] == "AGREE"], codes(nlp, text)
    # compliance words are read after the trigger only: التزامه بالعمل مع is a commitment
    got = codes(nlp, "وأعرب الرئيس المصري عن التزامه بالعمل مع الولايات المتحدة.")
    assert [c[:2] for c in got] == [("AGREE", "030")]
    # ب + a pronoun after تعهد / وعد names the pledge again: no compliance
    got = codes(nlp, "وأكد الرئيس المصري أن الحكومة المصرية تعهدت بها أمام صندوق النقد الدولي.")
    assert [c[:2] for c in got] == [("AGREE", "030")]


@pytest.mark.parametrize("text", [
    "وتعهد زعيم حركة طالبان بمواصلة «الجهاد» ضد الحكومة الأفغانية.",
    "وتعهد زعيم حركة طالبان بمواصلة القتال ضد الحكومة الأفغانية.",
])
def test_a_pledge_to_go_on_fighting_is_a_threat(nlp, text):
    got = codes(nlp, text)
    assert [p for p, _, _ in got] == ["THREATEN"], got


@pytest.mark.parametrize("text", [
    "وكرمت الحكومة السعودية 30 طالباً وطالبة من مصر.",  # counted: students, not "demanded"
    "وكرمت الحكومة السعودية عشرين طالبا من مصر.",
    "وأعلنت الحكومة السعودية الاستغناء عن ثنائي فريق الهلال المصري.",  # a duo, no praise
])
def test_nouns_written_like_event_words_are_no_events(nlp, text):
    assert codes(nlp, text) == []
    # the verb and the noun of praise stay events
    assert [c[:2] for c in codes(nlp, "وطالب الرئيس المصري إيران بوقف التدخل.")] == \
        [("REQUEST", "100")]
    assert [c[:2] for c in codes(nlp, "وعبر الرئيس المصري عن ثنائه على الملك السعودي.")] == \
        [("SUPPORT", "051")]
