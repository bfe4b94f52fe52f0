"""Collective agent nouns of conflict news, definite or not (مسلحون، جنود، متظاهرون), are actors
with their CAMEO role codes, so that attacks and protests get their source and target."""

import pytest

import marsad


@pytest.fixture(scope="module")
def nlp():
    return marsad.load()


@pytest.mark.parametrize("text,word,code", [
    ("قتل مسلحون خمسة جنود قرب الحدود.", "مسلحون", "UAF"),
    ("قتل مسلحون خمسة جنود قرب الحدود.", "جنود", "MIL"),
    ("أصيب ثلاثة شرطيين في الانفجار.", "شرطيين", "COP"),
    ("نقل الجرحى من المدنيين والعسكريين.", "المدنيين", "CVL"),
    ("قتلت القوات عشرة متمردين في الجبل.", "متمردين", "REB"),
    ("فجر انتحاريان نفسيهما أمام المقر.", "انتحاريان", "UAF"),  # unidentified attackers
    ("وأطلق المهاجمون النار على الحراس.", "المهاجمون", "UAF"),
    ("هاجم مستوطنون مزارعين في الوادي.", "مستوطنون", "ISRSET"),  # settlers are Israeli
    # a crowd in the street is civilians (as PLOVER and the OEDA coders code it), not a party
    ("تجمع متظاهرون أمام البرلمان.", "متظاهرون", "CVL"),
    ("رشق المحتجون الشرطة بالحجارة.", "المحتجون", "CVL"),
])
def test_collective_agent_nouns_are_actors(nlp, text, word, code):
    found = {e.text: e.actor_code for e in nlp(text).entities}
    assert found.get(word) == code, (text, found)


def test_gunmen_are_the_source_of_the_abduction(nlp):
    doc = nlp("خطف مسلحون ثلاثة صحفيين أمس في المدينة.", published="2020-03-02")
    ev = next(e for e in doc.events if e.cameo.startswith("181"))
    assert ev.source.actor_code == "UAF"


def test_the_striker_of_a_football_team_is_no_attacker(nlp):
    # المهاجم in the singular is mostly a football striker; only the plurals name attackers
    found = {e.text: e.actor_code for e in nlp("وقال المهاجم الكولومبي إن الفريق لعب جيدا.").entities}
    assert "UAF" not in found.values(), found


def _dyads(doc, prefix):
    return [(e.source.actor_code, e.target.actor_code if e.target else None)
            for e in doc.events if e.cameo.startswith(prefix)]


def test_a_count_separates_the_attackers_from_the_nisba_of_their_victims(nlp):
    # the nisba three words on describes the fishermen, not the gunmen
    doc = nlp("قتل مسلحون عشرة صيادين نيجيريين في القرية.", published="2020-03-02")
    # (eighth session: the indefinite صيادين is a group, Nigerian fishermen, NGAAGR)
    assert _dyads(doc, "18") == [("UAF", "NGAAGR")]


def test_a_coordinated_verb_shares_the_subject_of_the_verb_before(nlp):
    doc = nlp("قتل المسلحون ثلاثة جنود وخطفوا اثنين.", published="2020-03-02")
    assert _dyads(doc, "181") == [("UAF", None)]  # not the soldiers just killed


def test_one_member_of_a_group_is_that_group(nlp):
    doc = nlp("اعتقلت الشرطة المصرية عنصرا من «حماس» في سيناء.", published="2020-03-02")
    assert _dyads(doc, "17") == [("EGYCOP", "PSEREB")]


def test_the_nisba_of_a_place_is_no_title_of_the_attackers(nlp):
    doc = nlp("هاجم مستوطنون قرية فلسطينية أمس.", published="2020-03-02")
    # (the village attacked stands for its people, civilians of its country: fourteenth session)
    assert _dyads(doc, "19") == [("ISRSET", "PSECVL")]


def test_the_crowd_named_in_the_sentence_holds_the_protest(nlp):
    doc = nlp("خرجت مظاهرات حاشدة في القاهرة أمس ورفع المتظاهرون لافتات.", published="2020-03-02")
    protests = [e for e in doc.events if e.plover == "PROTEST"]
    assert protests and protests[0].source.actor_code == "CVL"
    assert protests[0].source.text == "المتظاهرون"
