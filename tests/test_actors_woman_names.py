"""Women's names in ا after a feminine cue, eleventh session, on texts of our own: after a
feminine honorific, person noun or nationality (السيدة، الفنانة، الروسية) a word in ا is a
woman's name (ماريانا، كوروليوفا), not the indefinite accusative or adverb it is after a man's
name, while a noun in ا after her name is still its object and a listed adverb or a noun with her
pronoun opens no name."""

from __future__ import annotations

import pytest
from _pipelines import actors_nlp as nlp  # noqa: F401 (a fixture)
from _pipelines import entity_names


def persons(nlp, text):
    return entity_names(nlp, text, "PERSON")


@pytest.mark.parametrize("text, names", [
    # a feminine nationality, then a first name and a surname both in ا
    ("وتأهلت الروسية يلينا كوروليوفا إلى الدور الثاني.", ["يلينا كوروليوفا"]),
    ("وخسرت البولندية أنيتا نوفاكوفسكا أمام منافستها.", ["أنيتا نوفاكوفسكا"]),
    # and a surname with a Slavic woman's ending after a first name not in ا
    ("وتأهلت الروسية يلينا كوروليوفا بعد أن تغلبت على التشيكية كريستين هافليكوفا.",
     ["يلينا كوروليوفا", "كريستين هافليكوفا"]),
    # a feminine honorific, then a first name in ا opening with م
    ("وحضرت السيدة ماريانا لوبيز حفل الافتتاح.", ["ماريانا لوبيز"]),
    # her name, then a noun in ا: its object, not her surname
    ("وقدمت الفنانة مها أحمد برنامجا جديدا.", ["مها أحمد"]),
])
def test_a_womans_name_in_alif_after_a_feminine_cue(nlp, text, names):
    assert persons(nlp, text) == names


def test_adverbs_and_her_pronoun_open_no_name_after_a_feminine_cue(nlp):
    text = ("وتأهلت الروسية يلينا كوروليوفا، وأكدت الصحيفة المغربية عموما أن الخطة جاهزة، "
            "وفي حين تواصل العلامة نموها السريع تراجعت الأسهم.")
    assert persons(nlp, text) == ["يلينا كوروليوفا"]


def test_a_surname_in_alif_after_her_first_name_stays(nlp):
    # كوستا is no accusative: a two-word name keeps its last word in ا
    text = "وتأهلت الروسية يلينا كوروليوفا، وتحدثت الشاعرة سلمى كوستا عن روايتها الأولى."
    assert persons(nlp, text) == ["يلينا كوروليوفا", "سلمى كوستا"]


def test_a_nationality_after_a_named_place_or_paper_opens_no_womans_name(nlp):
    # التركية and الإسرائيلية agree with the city and the paper: the words in ا after them are
    # accusatives (عائدا، تقريرا), not a woman's name
    text = ("وتأهلت الروسية يلينا كوروليوفا، وكان اللاعب في طريقه إلى مدينة أنطاليا التركية عائدا "
            "إلى بلده، ونشرت صحيفة «هآرتس» الإسرائيلية تقريرا عن المباراة.")
    assert persons(nlp, text) == ["يلينا كوروليوفا"]


def test_a_womans_given_name_before_a_dictionary_surname_is_one_name(nlp):
    # after السيدة the given name is not read alone before a surname the dictionary knows
    text = "وأشارت إلى تصريحات للسيدة الأولى السابقة نانسي ريغان وللسيدة لورا بوش."
    assert persons(nlp, text) == ["نانسي ريغان", "لورا بوش"]
