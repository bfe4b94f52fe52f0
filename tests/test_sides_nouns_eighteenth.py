"""Event sides I, eighteenth session: verbal nouns and counts (docs/accuracy.md, "Event sides I:
verbal nouns, a person's attack, counts with منهم, eighteenth session").

- a verbal noun whose genitive is a body has its object in the accusative right after it, with
  no لـ: a group in the indefinite accusative (اعتقال الشرطة ناشطاً) or a person of unknown code
  (اعتقال الشرطة محمد علاونة), whom the mentions took for the body's apposition;
- a person of unknown code is the genitive agent of a noun of violence when the aim follows him
  at once (هجوم محمد علاونة على الشرطة);
- a person of unknown code killed in an air strike (مقتل محمد علاونة بغارة أمريكية) is the
  strike's target as a coded victim is;
- a count with منهم stands for a group, never one person a plural noun before him lets the
  pronoun agree with (عدد من الشبان أمام المسجد: أمام read as an imam's title).

Our own sentences; each expected value was worked out by hand. The names are invented."""

from __future__ import annotations

from test_uncoded_actors_sixteenth import sides  # (cameo's sides: code and text of each)
# (the pipeline as eval-gsr runs it: events with no known source are kept)
from test_sides_nouns_seventeenth import nlp_unknown  # noqa: F401  (a fixture)


# 1. the accusative object after a verbal noun's genitive agent

def test_an_activist_in_the_accusative_after_the_police(nlp):
    # before: no arrest (the police, the genitive, were taken for its patient)
    text = "نددت الحركة يوم الأحد باعتقال الشرطة ناشطا في الخليل."
    assert sides(nlp, text, "173") == [("COP", "الشرطة", "OPP", "ناشطا")]


def test_a_named_person_in_the_accusative_after_the_police(nlp):
    # before: no arrest (the name was read as the police's apposition)
    text = "نددت الحركة يوم الأحد باعتقال الشرطة محمد علاونة في الخليل."
    assert sides(nlp, text, "173") == [("COP", "الشرطة", None, "محمد علاونة")]


def test_a_named_person_after_a_body_with_its_nisba(nlp):
    text = "نددت الحركة يوم الأحد باعتقال قوات الأمن المصرية محمد علاونة في القاهرة."
    assert sides(nlp, text, "173") == [("EGYCOP", "قوات الأمن المصرية", None, "محمد علاونة")]


def test_the_name_after_a_persons_noun_is_his(nlp):
    # control: الناشط محمد علاونة, الشرطي محمد علاونة are one person, who arrested no one
    for noun in ("الناشط", "الشرطي"):
        text = f"نددت الحركة يوم الأحد باعتقال {noun} محمد علاونة في الخليل."
        assert all(s[2] is None or s[1] != noun for s in sides(nlp, text, "173")), noun
        assert all(s[3] != "محمد علاونة" for s in sides(nlp, text, "173")), noun


# 2. a person as the genitive agent of violence, and the victim of an air strike

def test_the_person_who_attacked_the_police(nlp_unknown):
    # before: the attack had no source
    text = "نددت الحركة يوم الأحد بهجوم محمد علاونة على الشرطة في الخليل."
    assert sides(nlp_unknown, text, "190") == [(None, "محمد علاونة", "COP", "الشرطة")]


def test_a_persons_quarrel_is_no_attack(nlp_unknown):
    # control: no aim named after him, no agent read (معارك فلان, a literary quarrel)
    text = "تحدث الكاتب يوم الأحد عن معارك محمد علاونة الأدبية في القاهرة."
    assert all(s[1] != "محمد علاونة" for s in sides(nlp_unknown, text, "190"))


def test_the_person_killed_is_the_air_strikes_target(nlp):
    # before: the strike had its source (the American adjective) and no target
    text = "نددت الحركة يوم الأحد بمقتل محمد علاونة بغارة أمريكية في إدلب."
    assert sides(nlp, text, "195") == [("USA", "أمريكية", None, "محمد علاونة")]
    assert sides(nlp, text, "1823") == [("USA", "أمريكية", None, "محمد علاونة")]


# 3. a count with منهم

def test_a_count_of_the_young_men_not_of_an_imam(nlp):
    # before: the target was أمام المسجد read as an imam (REL), nearer than the young men
    text = "تجمع عدد من الشبان أمام المسجد يوم الجمعة، فاعتقلت الشرطة ثلاثة منهم."
    assert sides(nlp, text, "173") == [("COP", "الشرطة", "CVL", "الشبان")]


def test_a_count_of_a_group_no_actor_names(nlp):
    # before: the same imam; the men are no actor: no target, so no arrest is coded
    text = "تجمع عدد من الرجال أمام المسجد يوم الجمعة، فاعتقلت الشرطة ثلاثة منهم."
    assert all(s[2] != "REL" for s in sides(nlp, text, "173"))


# 4. a named body with no dictionary code

def test_a_named_body_with_no_code_is_the_source(nlp):
    # before: no event (the body had no code, and the events stage kept no side without one)
    doc = nlp("انتقدت مؤسسة «فيتش» الحكومة المصرية يوم الأحد.", published="2015-07-27")
    (ev,) = [e for e in doc.events if e.cameo == "111"]
    assert (ev.source.text, ev.source.actor_code, ev.source.type) == ("مؤسسة «فيتش»", None, "ORG")
    assert ev.source.canonical == "Fitch"  # the romanizer's name, no "None" string
    assert ev.target.actor_code == "EGYGOV"


def test_a_named_body_with_no_code_is_the_target(nlp):
    text = "انتقدت الحكومة التونسية يوم الأحد حركة «أنصار الشريعة»."
    assert sides(nlp, text, "111") == [("TUNGOV", "الحكومة التونسية", None,
                                        "حركة «أنصار الشريعة»")]


def test_a_noun_with_its_pronoun_heads_no_body(nlp):
    # before: «ناديها الحثيثة» was made a club's name, and now would be a side with no code
    doc = nlp("أبدت الجماهير تفاؤلا كبيرا بمساعي إدارة ناديها الحثيثة لتدعيم الفريق.",
              published="2015-07-27")
    assert not [e for e in doc.entities if e.text.startswith("ناديها")]
