"""PROTEST (twenty-fourth session): the protesters counted after the verb, and road closures by
a security force carried from the verb before, on sentences written for this file:

- a protest's verb followed by a count (a quantifier, digits or count words) and a singular noun
  of grammar.json `counted_role_nouns` (تظاهر نحو 400 طالب، اعتصم أكثر من 300 عامل، تظاهر 60
  مسيحياً) has those people as its source, coded with the noun's role, also when the sentence
  names THE protesters later (ورفع المتظاهرون لافتات); a count of persons (شخص) names no role;
- a masculine plural protest verb whose sources named before it are each one body, place or
  person (حتى مقر الحكومة حيث تظاهروا) has the crowd of protesters the sentence names as source;
- a road closure (144) joined by و to the verb of a security force, with no subject of its own
  (انتشر الجيش في المدينة وأغلق الشوارع), is the force's act, no protest; protesters named
  as its own subject (وقطع محتجون غاضبون الطرق) still protest.
"""

from __future__ import annotations

from _pipelines import detect  # noqa: F401 (fixture)
from _pipelines import coded


def protest_sources(nlp, text):
    """The source code of each factual PROTEST event of `text`, in order."""
    return [s for _c, p, m, s, _t in coded(nlp, text)
            if p == "PROTEST" and m in ("asserted", "reported")]


def protest_codes(nlp, text):
    """The CAMEO code of each factual PROTEST event of `text`, in order."""
    return [c for c, p, m, _s, _t in coded(nlp, text)
            if p == "PROTEST" and m in ("asserted", "reported")]


# --- 1. protesters counted after the verb --------------------------------------------------------

def test_students_counted_after_the_verb_are_the_source(detect):
    # before: no source (طالب alone is no actor: it is also the verb "demanded")
    text = "وتظاهر أمس نحو 250 طالبا أمام مقر الوزارة احتجاجا على الرسوم."
    assert protest_sources(detect, text) == ["EDU"], coded(detect, text)


def test_workers_teachers_and_christians_counted(detect):
    # before: no source in any of them
    cases = {
        "واعتصم أكثر من 300 عامل أمام المصنع أمس.": "LAB",
        "وتظاهر ألف معلم أمام وزارة التربية أمس.": "EDU",
        "وتظاهر نحو 60 مسيحيا أمام الكاتدرائية أمس.": "REL",
        "وتظاهر نحو ثلاثة آلاف موظف أمام البرلمان أمس.": "LAB",
    }
    for text, code in cases.items():
        assert protest_sources(detect, text) == [code], (text, coded(detect, text))


def test_counted_students_before_the_crowd_named_later(detect):
    # before: the crowd named in the second clause (CVL)
    text = "وتظاهر نحو 200 طالب أمام القنصلية أمس، ثم رفع المتظاهرون لافتات تندد بالحكومة."
    assert protest_sources(detect, text)[:1] == ["EDU"], coded(detect, text)


def test_a_count_of_persons_names_no_role_but_students_do(detect):
    # near miss: شخص is no occupation (no source); the students of the second sentence are
    persons = "وتظاهر نحو خمسة آلاف شخص في وسط المدينة أمس."
    assert protest_sources(detect, persons) == [None], coded(detect, persons)
    students = "وتظاهر نحو مائة طالب في وسط المدينة أمس."
    assert protest_sources(detect, students) == ["EDU"], coded(detect, students)


def test_a_demand_by_counted_students_is_no_protest_and_a_plural_keeps_its_code(detect):
    # near misses: طالب as a verb opens no protest; مئات الطلاب was already EDU; and the
    # singular after a number is the source only of a protest, not of an attack's victims
    assert protest_codes(detect, "وطالب نحو 400 طالب بإلغاء الامتحان.") == []
    plural = "وتظاهر مئات الطلاب أمام الوزارة أمس."
    assert protest_sources(detect, plural) == ["EDU"], coded(detect, plural)
    killed = "وقتل نحو 400 طالب في الحرب."
    assert all(s != "EDU" for _c, _p, _m, s, _t in coded(detect, killed)), coded(detect, killed)
    # and the rule itself (fails before): 600 students counted after اعتصم
    sit_in = "واعتصم نحو 600 طالب داخل الجامعة أمس."
    assert protest_sources(detect, sit_in) == ["EDU"], coded(detect, sit_in)


# --- 2. road closures by a security force --------------------------------------------------------

def test_the_army_closing_streets_after_deploying_is_no_protest(detect):
    # before: a blockade (144) with no source
    text = "وانتشر الجيش في المدينة وأغلق الشوارع المؤدية إلى القصر."
    assert protest_codes(detect, text) == [], coded(detect, text)


def test_the_police_closing_roads_past_a_phrase_is_no_protest(detect):
    # before: a blockade (144) with no source; the activists after في ملاحقة are no subject
    text = "وانتشرت الشرطة في ملاحقة الناشطين، وأغلقت الطرق المؤدية إلى الساحة."
    assert protest_codes(detect, text) == [], coded(detect, text)


def test_protesters_with_their_own_subject_still_block_roads(detect):
    # near miss: the protesters are the subject of the second verb (a protest, 144); and the
    # first sentence's closure, by the police, is none (fails before)
    own = "وانتشر الجيش في المدينة، وقطع محتجون غاضبون الطرق بالإطارات."
    assert protest_codes(detect, own) == ["144"], coded(detect, own)
    assert protest_sources(detect, own) == ["CVL"], coded(detect, own)
    police = "وانتشرت قوات الأمن حول الميدان وأغلقت الطرق المؤدية إليه."
    assert protest_codes(detect, police) == [], coded(detect, police)


# --- 3. a plural protest verb after a singular body ----------------------------------------------

def test_a_plural_verb_after_the_government_is_the_crowds(detect):
    # before: the government (GOV), the genitive of مقر right before حيث, was the source
    text = "وسار المحتجون حتى مقر الحكومة حيث تظاهروا لساعات."
    assert protest_sources(detect, text) == ["CVL"], coded(detect, text)


def test_a_plural_verb_after_an_embassy_in_a_relative_clause(detect):
    # before: the French embassy (FRAGOV), the subject of تقع, was the source
    text = ("ولم يصل المحتجون إلى الحي الذي تقع فيه السفارة الفرنسية، وإنما تجمعوا في "
            "ساحة قريبة.")
    assert protest_sources(detect, text) == ["CVL"], coded(detect, text)


def test_a_plural_verb_past_a_reported_clause_and_its_near_misses(detect):
    # before: GOV (the subject of the clause inside the speech); near misses: a plural
    # subject after the verb (أنصار حزب الله) keeps its party, and protesters named right
    # before the verb stay its subject
    text = "وقال المحتجون إن الحكومة خذلتهم، وتظاهروا أمام البرلمان."
    assert protest_sources(detect, text) == ["CVL"], coded(detect, text)
    party = "وتظاهر أنصار حزب الله أمام السفارة أمس."
    assert protest_sources(detect, party) == ["LBNPTY"], coded(detect, party)
    named = "وأعلنت الحكومة أن المحتجين تظاهروا أمام البرلمان."
    assert protest_sources(detect, named) == ["CVL"], coded(detect, named)
