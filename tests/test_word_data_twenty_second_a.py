"""Knowledge is data, twenty-second session (A): the Arabic word lists that were module constants
of `marsad.actors.composer_base` (8) and `marsad.events.clauses` (25, three of them joined from
others) are categories of lexicon/data/grammar.json, read through `grammar_words()`; the sets
joined from two categories or more are built once per lexicon set (`clauses.that_words()`,
`results_by()`, `result_verbs()`, `span_units()`). The actors stage reads `unscoping_words`
through `grammar_words()` at run time, as `home_proclitics`, no longer plumbed through the
Composer. A user who edits the grammar dictionary changes what the rule does: a sentence written
for the category reads otherwise when a user's grammar.json (replacing the built-in one) has the
category's words taken out, or when a user's file of kind grammar adds a word. Sentences written
for these tests; published 2015-07-25.
"""

from __future__ import annotations

import inspect
import json
from dataclasses import fields

import pytest

import marsad
import marsad.actors.composer_base as composer_base
import marsad.events.clauses as clauses
from marsad.actors.compose import Composer
from marsad.lexicon.categories import reading_lexicon
from marsad.lexicon.grammar import GrammarWords, grammar_words
from marsad.text.normalize import fold
from _lexicon_edits import builtin_raw as _raw, without as _without, user_file as _user_file  # noqa: E402

PUBLISHED = "2015-07-25"

# constant of actors/composer_base.py -> its category
MOVED_COMPOSER = {
    "APPOSITION_NOUNS": "apposition_nouns", "PLACE_NOUNS": "name_place_nouns",
    "COMPASS_WORDS": "compass_words", "ORDINALS": "name_ordinals",
    "TIME_WORDS": "name_time_words", "INSTITUTION_ADJECTIVES": "institution_adjectives",
    "EPITHETS": "name_epithets", "ACCUSATIVE_WORDS": "accusative_words",
}
# constant of events/clauses.py -> its category (THAT_WORDS, RESULTS_BY, SPAN_UNITS: the words
# they added to another constant; they are read with it through a function of clauses)
MOVED_CLAUSES = {
    "BACKGROUND_PREPS": "background_preps", "CAUSE_PREPS": "cause_preps",
    "BACKGROUND_SPANS": "background_spans", "AN": "an_words",
    "CLAUSE_START_WORDS": "clause_start_words", "DEMONSTRATIVES": "demonstratives",
    "SIMULTANEOUS": "simultaneous_preps", "THAT": "that_particles", "THAT_WORDS": "arrival_that",
    "KANA": "kana_forms", "RELATIVES": "clause_relatives", "GOVERNED_PREPS": "governed_preps",
    "RESULTS_TO": "results_to", "RESULTS_OF": "results_of", "RESULTS_IN": "results_in",
    "RESULTS_BY": "toll_taking_verbs", "RESULTS_LEFT": "results_left",
    "SPAN_PREPS": "span_preps", "SPAN_UNITS": "short_while",
    "INTENSITY_ADJECTIVES": "intensity_adjectives", "THEN": "then_words",
    "TIME_ADVERBS": "time_adverbs", "DOING_VERBS": "doing_verbs", "ATTACK_NOUNS": "attack_nouns",
    "FRONTING_WORDS": "fronting_words",
}
NEW_CATEGORIES = sorted({*MOVED_COMPOSER.values(), *MOVED_CLAUSES.values()})
GONE = ("RESULT_VERBS",)  # the union of the four result lists: `clauses.result_verbs()`
# categories no sentence below shows changing the output yet (each is loaded and checked)
NOT_YET_SHOWN = {"clause_start_words", "that_particles", "arrival_that", "results_left",
                 "intensity_adjectives"}
# categories shown in test_word_data_twenty_second_c.py (its SHOWN_HERE)
SHOWN_IN_C = frozenset({"compass_words", "an_words"})


@pytest.fixture(scope="module")
def nlp():
    return marsad.load()


def _code(ref) -> str | None:
    return ref.actor_code if ref else None


def _events(doc) -> list[tuple]:
    return [(e.trigger, e.cameo, _code(e.source), _code(e.target), e.modality)
            for e in doc.events]


def _entities(doc) -> list[tuple]:
    return [(e.text, e.type) for e in doc.entities]


def test_every_moved_constant_is_a_category_and_no_longer_python():
    names = [f.name for f in fields(GrammarWords)]
    assert len(NEW_CATEGORIES) == 33 and set(NEW_CATEGORIES) <= set(names)
    raw_categories = [e["category"] for e in _raw()["entries"]]
    assert all(raw_categories.count(c) == 1 for c in NEW_CATEGORIES)
    for constant in MOVED_COMPOSER:
        assert not hasattr(composer_base, constant), constant
    for constant in (*MOVED_CLAUSES, *GONE):
        assert not hasattr(clauses, constant), constant
    # the new categories stand together, right after the person names' (before unscoping_words)
    at = names.index("slavic_endings")
    assert set(names[at + 1:at + 34]) == set(NEW_CATEGORIES)
    # every category has a case below that shows a user's edit changing the output, or is listed
    shown = {c[0] for c in ACTOR_CASES} | {c[0] for c in EVENT_CASES} | {"fronting_words"} | \
        SHOWN_IN_C
    assert shown | NOT_YET_SHOWN == set(NEW_CATEGORIES) and not shown & NOT_YET_SHOWN


def test_the_categories_load_folded_in_the_form_their_rules_read():
    gw = grammar_words()
    assert fold("الأول") in gw.name_ordinals and "الاول" in gw.name_ordinals
    assert "ايضا" in gw.accusative_words and "قايلا" in gw.accusative_words  # أيضا، قائلا
    # every noun of an attack with and without the article
    assert {"هجوم", "الهجوم", "غاره", "الغاره"} <= gw.attack_nouns
    assert "ال" not in gw.attack_nouns
    # the joined sets: فإن with أن / إن; قليل with the spans; أودى with تسبب; all result verbs
    assert clauses.that_words() == gw.that_particles | {"فان"}
    assert {"قليل", "ساعات", "ايام"} <= clauses.span_units()
    assert {"اودي", "تسبب"} <= clauses.results_by() and "ادي" not in clauses.results_by()
    assert {"ادي", "اسفر", "تسبب", "اودي", "خلف"} <= clauses.result_verbs()


def test_the_joined_sets_follow_the_lexicon_set(tmp_path):
    # a user's file adds برهة (a short while) and أطاح (an outcome's verb): the joined sets of
    # that lexicon set take them, the built-in set does not
    (tmp_path / "my_grammar.json").write_text(json.dumps({
        "lexicon": "grammar", "version": "1", "description": "a user's additions",
        "entries": [{"category": "short_while", "words": ["برهة"]},
                    {"category": "results_left", "words": ["أطاح"]}]},
        ensure_ascii=False), encoding="utf-8")
    with reading_lexicon([str(tmp_path)]):
        assert {"برهه", "قليل"} <= clauses.span_units()
        assert "اطاح" in clauses.result_verbs()
    assert "برهه" not in clauses.span_units() and "اطاح" not in clauses.result_verbs()


def test_the_unscoping_words_are_read_at_run_time_not_plumbed(nlp, tmp_path):
    assert "unscoping_words" not in inspect.signature(Composer.__init__).parameters
    actors_stage = next(s for s in nlp.stages if s.name == "actors")
    assert not hasattr(actors_stage, "unscoping")
    # «المملكة الشرقية» is scoped by its adjective (no Saudi Arabia); a user who lists الشرقية
    # among the words that unscope nothing makes it the kingdom of the dateline
    text = "الرياض - واس: يأتي الزوار من مختلف مناطق المملكة الشرقية إلى الحرمين."

    def kingdoms(doc):
        return [(e.text, e.actor_code) for e in doc.entities if e.text == "المملكة"]

    assert kingdoms(nlp(text, published=PUBLISHED)) == []
    other = marsad.load(lexicon_dirs=[_user_file(
        tmp_path, {"category": "unscoping_words", "words": ["الشرقية"]})])
    assert kingdoms(other(text, published=PUBLISHED)) == [("المملكة", "SAU")]


# (category, sentence, a fact of the built-in reading, the same fact without the category)
ACTOR_CASES = [
    # مدير in apposition after a name is no part of it
    ("apposition_nouns", "وقال علي منصور مدير المركز إن العمل مستمر.",
     lambda ents: not any("مدير" in t for t, _ in ents),
     lambda ents: ("منصور مدير", "PERSON") in ents),
    # محافظة before a place that is also a common word (الزاوية) makes it the place
    ("name_place_nouns", "زار الأمير محافظة الزاوية.",
     lambda ents: ("الزاوية", "LOC") in ents,
     lambda ents: ("الزاوية", "LOC") not in ents),
    # الخميس after a name is the day, not a family name
    ("name_time_words", "وقال سامي الخميس إن الفريق جاهز.",
     lambda ents: ("سامي الخميس", "PERSON") not in ents,
     lambda ents: ("سامي الخميس", "PERSON") in ents),
    # an ordinal after a player's name is his rank
    ("name_ordinals", "فاز اللاعب سامي الخامس في البطولة.",
     lambda ents: ("اللاعب سامي", "PERSON") in ents,
     lambda ents: ("اللاعب سامي الخامس", "PERSON") in ents),
    # الفاضل after an honorific is an epithet, no surname standing alone
    ("name_epithets", "وقال الدكتور الفاضل إن العلاج متوفر.",
     lambda ents: ents == [],
     lambda ents: ("الدكتور الفاضل", "PERSON") in ents),
    # قائلا after the speaker's name is the next word
    ("accusative_words", "وتابع خالد قائلا إن الوضع صعب.",
     lambda ents: ("خالد قائلا", "PERSON") not in ents,
     lambda ents: ("خالد قائلا", "PERSON") in ents),
    # الطبية after the name of an institution named for a king: a medical city, no place
    ("institution_adjectives", "وافتتح الأمير مدينة الملك عبدالله الطبية في مكة.",
     lambda ents: ("مدينة الملك عبدالله الطبية", "ORG") in ents,
     lambda ents: ("مدينة الملك عبدالله الطبية", "LOC") in ents),
]


@pytest.mark.parametrize("category,text,built_in,without", ACTOR_CASES,
                         ids=[c[0] for c in ACTOR_CASES])
def test_every_composer_category_is_read_by_its_rule(nlp, tmp_path, category, text, built_in,
                                                     without):
    assert built_in(_entities(nlp(text, published=PUBLISHED)))
    other = marsad.load(lexicon_dirs=[_without(tmp_path, category)])
    assert without(_entities(other(text, published=PUBLISHED)))


KILLED_BY_GUNMEN = ("1823", "UAF", "CVL")  # the killing of civilians by gunmen, its sides

# (category, sentence, a fact of the built-in events, the same fact without the category), the
# events as (trigger, CAMEO, source's code, target's code, modality)
EVENT_CASES = [
    # the doer of a passive killing is the agent of the attack after في (هجوم شنه مسلحون)
    ("doing_verbs", "قتل خمسة جنود عراقيين في هجوم شنه مسلحون أمس.",
     lambda evs: ("قتل", "1823", "UAF", "IRQMIL", "asserted") in evs,
     lambda evs: not any(e[1] == "1823" for e in evs)),
    ("attack_nouns", "قتل خمسة جنود عراقيين في هجوم شنه مسلحون أمس.",
     lambda evs: ("قتل", "1823", "UAF", "IRQMIL", "asserted") in evs,
     lambda evs: not any(e[1] == "1823" for e in evs)),
    # بسبب + an attack: the cause of what the sentence tells, told as its background
    ("cause_preps", "هجر السياح الفندق بسبب هجوم المسلحين على المدينة أمس.",
     lambda evs: [e[:3] + e[4:] for e in evs] == [("هجوم", "190", "UAF", "historical")],
     lambda evs: evs == []),
    # حين + a verb after a toll dated yesterday: the news itself, no background
    # (the killing and the firing: one or two events since the killing takes the doer of its
    # حين clause, twenty-sixth session; the modality is what this category decides)
    ("simultaneous_preps", "قتل جنديان عراقيان أمس حين فتح مسلحون النار على الحاجز.",
     lambda evs: evs != [] and {e[4] for e in evs} == {"asserted"},
     lambda evs: "historical" in {e[4] for e in evs}),
    # ثم opens a clause of its own: the gathering after the attack is a protest of its own
    ("then_words", "هاجم المسلحون القرية ثم تجمع الأهالي في الساحة.",
     lambda evs: ("تجمع", "141", "CVL", None, "asserted") in evs,
     lambda evs: not any(e[0] == "تجمع" for e in evs)),
    # a foiled attack's relative clause (الذي كان يستهدف): no attack by the police
    ("clause_relatives", "أحبطت الشرطة الهجوم الذي كان يستهدف السفارة.",
     lambda evs: not any(e[2] == "COP" for e in evs),
     lambda evs: any(e[0] == "يستهدف" and e[2] == "COP" for e in evs)),
    # the toll an attack came to (أسفر عن، أدى إلى، تسبب في، أودى بـ) is the attackers' killing
    ("results_of", "هاجم مسلحون قرية عراقية مما أسفر عن مقتل خمسة مدنيين.",
     lambda evs: any(e[1:4] == KILLED_BY_GUNMEN for e in evs),
     lambda evs: not any(e[1] == "1823" for e in evs)),
    ("results_to", "هاجم مسلحون قرية عراقية مما أدى إلى مقتل خمسة مدنيين.",
     lambda evs: any(e[1:4] == KILLED_BY_GUNMEN for e in evs),
     lambda evs: not any(e[1] == "1823" for e in evs)),
    ("results_in", "هاجم مسلحون قرية عراقية مما تسبب في مقتل خمسة مدنيين.",
     lambda evs: any(e[1:4] == KILLED_BY_GUNMEN for e in evs),
     lambda evs: not any(e[1] == "1823" for e in evs)),
    ("toll_taking_verbs", "هاجم مسلحون قرية عراقية مما أودى بمقتل خمسة مدنيين.",
     lambda evs: any(e[1:4] == KILLED_BY_GUNMEN for e in evs),
     lambda evs: not any(e[1] == "1823" for e in evs)),
    # أقدم على + a verbal noun: the act was done
    ("governed_preps", "أقدم المسلحون على قتل رهينة يابانية.",
     lambda evs: ("قتل", "1823", "UAF", "JPN", "asserted") in evs,
     lambda evs: evs == []),
    # وكان … قد + a past verb: what had happened before, history
    ("kana_forms", "وكان المسلحون قد هاجموا القرية.",
     lambda evs: [e[4] for e in evs] == ["historical"],
     lambda evs: [e[4] for e in evs] == ["asserted"]),
    # a span of time (قبل أيام، قبل قليل، قبل ساعات) between a verb and its verbal noun's
    # preposition is no phrase of a preposition
    ("background_spans", "قام المسلحون قبل أيام بتفجير سيارة في بغداد.",
     lambda evs: [e[:3] for e in evs] == [("بتفجير", "183", "UAF")],
     lambda evs: evs == []),
    ("short_while", "نجحت القوات العراقية قبل قليل في استهداف المسلحين.",
     lambda evs: ("استهداف", "190", "IRQMIL", "UAF", "asserted") in evs,
     lambda evs: evs == []),
    ("span_preps", "نجحت القوات العراقية قبل ساعات في استهداف المسلحين.",
     lambda evs: ("استهداف", "190", "IRQMIL", "UAF", "asserted") in evs,
     lambda evs: evs == []),
    # أمس after a passive of harm: the soldiers before it are the victims, not the kidnappers
    ("time_adverbs", "أعلنت الشرطة أن خمسة جنود خطفوا أمس في بغداد.",
     lambda evs: not any(e[2] == "MIL" for e in evs),
     lambda evs: ("خطفوا", "181", "MIL", None, "asserted") in evs),
    # هذا as the subject of a verb names no actor: the minister prevents nothing
    ("demonstratives", "وقال الوزير إن هذا يمنع المسلحين من مهاجمة القرية.",
     lambda evs: not any(e[0] == "يمنع" for e in evs),
     lambda evs: any(e[0] == "يمنع" and e[2] == "GOV" for e in evs)),
    # عقب + an attack: an earlier event, told as the background of the condemnation
    ("background_preps", "أدان الوزير الاعتداء عقب هجوم المسلحين على السفارة.",
     lambda evs: ("هجوم", "190", "UAF", "GOV", "historical") in evs,
     lambda evs: not any(e[0] == "هجوم" for e in evs)),
]


@pytest.mark.parametrize("category,text,built_in,without", EVENT_CASES,
                         ids=[c[0] for c in EVENT_CASES])
def test_every_clauses_category_is_read_by_its_rule(nlp, tmp_path, category, text, built_in,
                                                    without):
    assert built_in(_events(nlp(text, published=PUBLISHED)))
    other = marsad.load(lexicon_dirs=[_without(tmp_path, category)])
    assert without(_events(other(text, published=PUBLISHED)))


def test_fronting_words_date_the_acts_of_a_sentence_headed_by_a_date(nlp, tmp_path):
    # «وفي» before a date at the head of the sentence: the date is the attack's, though a long
    # clause stands between; without `fronting_words` the attack takes the day of the news
    text = ("وفي 12 مارس 1993، بعد أشهر من التوتر في المدينة والمواجهات بين الطرفين، هاجم "
            "مسلحون مركزا للشرطة في بغداد.")

    def dates(doc):
        return [(e.trigger, e.date) for e in doc.events]

    assert dates(nlp(text, published=PUBLISHED)) == [("هاجم", "1993-03-12")]
    other = marsad.load(lexicon_dirs=[_without(tmp_path, "fronting_words")])
    assert dates(other(text, published=PUBLISHED)) == [("هاجم", PUBLISHED)]
