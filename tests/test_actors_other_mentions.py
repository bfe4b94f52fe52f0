"""Other mentions of a person found in the article (ninth session), on texts of our own: a
surname that a headline gives before the full name, a given name alone that only one person
of the article bears, and not a given name two persons bear or one that opens a name the
rules did not read."""

from __future__ import annotations

import pytest
from _pipelines import actors_nlp as nlp  # noqa: F401 (a fixture)


def person_words(nlp, text, published="2015-07-23"):
    """(name text, actor id) of every PERSON entity, in order."""
    doc = nlp(text, published=published)
    spans = doc.state.get("actors.names", {})
    return [(doc.text[slice(*spans[k])] if k in spans else e.text, e.actor_id)
            for k, e in enumerate(doc.entities) if e.type == "PERSON"]


def linked(got, short, full):
    """Is a mention named `short` the same actor as the one named `full` (which must exist)?"""
    ids = {i for n, i in got if n == full}
    assert ids, (full, got)
    return any(n == short and i in ids for n, i in got)


@pytest.mark.parametrize("text, short, full", [
    # a headline names him by his surname before the body gives his full name
    ("كوالسكي يدعو إلى التهدئة\n\nوقال المبعوث الخاص بيتر كوالسكي إن الحوار هو الحل.",
     "كوالسكي", "بيتر كوالسكي"),
    ("الشمراني يفوز بالجائزة\n\nوقال اللاعب سامي الشمراني إنه سعيد بالفوز.",
     "الشمراني", "سامي الشمراني"),
    # a given name alone that one person of the article bears
    ("وقال الطبيب مايكل نيومان إن المرض انتشر.\n\nوأضاف مايكل أن العلاج متوفر.",
     "مايكل", "مايكل نيومان"),
    ("زارت الكاتبة سعاد الحربي المدرسة أمس. وتحدثت سعاد عن روايتها الأولى.",
     "سعاد", "سعاد الحربي"),
])
def test_short_mention_is_the_person_named_in_full(nlp, text, short, full):
    got = person_words(nlp, text)
    assert linked(got, short, full), got


def test_common_noun_surname_is_not_sought_before(nlp):
    text = ("كوالسكي يدعو إلى التهدئة\n\nوطلب إدارة المدرسة تأجيل الامتحان. وقال المبعوث الخاص "
            "بيتر كوالسكي إن الحوار هو الحل. وقال المدرب جوزيف إدارة إن الفريق مستعد.")
    got = person_words(nlp, text)
    assert linked(got, "كوالسكي", "بيتر كوالسكي"), got
    # إدارة, read as a man's surname after the title, is not sought before it
    doc = nlp(text, published="2015-07-23")
    first = text.index("إدارة")
    assert not [e for e in doc.entities if e.start <= first < e.end], got


def test_given_name_alone_not_linked_when_ambiguous(nlp):
    text = ("وقال الطبيب مايكل نيومان إن المرض انتشر، وقال الممرض مايكل هاريس إن العلاج متوفر. "
            "وتحدث مايكل عن المستشفى. وقالت الممرضة سعاد الحربي إن الأسرة ممتلئة. "
            "وتحدث مايكل بالاسيوس عن الدواء. وأكدت سعاد أن الوضع صعب.")
    got = person_words(nlp, text)
    assert linked(got, "سعاد", "سعاد الحربي"), got
    # two persons bear مايكل, and مايكل بالاسيوس opens a name the rules did not read
    michaels = {i for n, i in got if n.startswith("مايكل ")}
    assert not [n for n, i in got if n == "مايكل" and i in michaels], got


def test_surname_alone_takes_the_particle_before_it(nlp):
    text = ("وقال المدرب يوهان فان ديرسن إن الفريق جاهز. "
            "ويرى فان ديرسن أن المباراة صعبة.")
    got = person_words(nlp, text)
    assert linked(got, "فان ديرسن", "يوهان فان ديرسن"), got


def test_name_quoted_alone_is_a_brand_not_the_person(nlp):
    # before the person is named, his name quoted alone is the company's
    text = ("أطلقت «كارفيلو» خطا جديدا للأزياء.\n\nكارفيلو يوسع شركته\n\n"
            "وقال السيد جان كارفيلو إن الشركة توسعت.")
    got = person_words(nlp, text)
    assert linked(got, "كارفيلو", "جان كارفيلو"), got  # the headline's
    quoted = text.index("«كارفيلو»") + 1
    assert not [e for e in nlp(text).entities if e.start == quoted], got


@pytest.mark.parametrize("text, name", [
    # given names written from general knowledge: Arab women's and men's, foreign ones
    ("وحضرت حنان الزعبي افتتاح المعرض.", "حنان الزعبي"),
    ("وشارك عبدالمحسن العتيبي في الندوة أمس.", "عبدالمحسن العتيبي"),
    ("والتقى الوفد باتريك موران في باريس.", "باتريك موران"),
    ("وأفرجت السلطات عن نرجس ماهري بعد عامين.", "نرجس ماهري"),
    # a credit noun and a verb's future end the name before them
    ("وذكرت الصحيفة أن جورج حداد سيكون رئيسا للجنة.", "جورج حداد"),
    ("المسلسل من بطولة سلوى خطاب وتأليف كريم الشناوي.", "سلوى خطاب"),
])
def test_given_names_of_the_lexicon_open_a_name(nlp, text, name):
    got = [n for n, _ in person_words(nlp, text)]
    assert name in got, got
    assert not [n for n in got if "تأليف" in n], got
