"""PROTEST false alarms found by reading factual protest events on SaudiNewsNet (2015-08-01 and
2015-08-07) and the false alarms of the OEDA split (twenty-sixth session), each checked here on
sentences written for this file, through the whole pipeline with the detection configuration.

- تجمّع of a fluid (تجمع السوائل، تجمع من الدم، مياه الأمطار), of a band or team reunited
  (تجمع فريق) and the place «الأكثر تجمعاً» is no gathering of protesters;
- تجمعه، تجمعها، تجمعنا are the present of جمع with a pronoun, "unites him, her, us" (تجمعنا كلمة
  واحدة، العلاقات التي تجمعها بالمملكة), no gathering; تجمعهم (their gathering) stays one;
- مسيرته، مسيرتها، مسيرتنا, مسيرة مهنية are a career or a course; a «مسيرة سلمية» stays a march;
- تقاطع after تطوير / افتتاح / عند is an intersection, and تقاطعها مع "its crossing with", no
  boycott; قاطعت المعارضة الانتخابات stays one;
- قطع / أغلق الطريق على / أمام is to forestall someone (لقطع الطريق على المتطرفين، قطع النادي الطريق
  على منافسيه), no road blocked in protest; قطع محتجون الطريق الرئيسية stays one.
"""

from __future__ import annotations

import pytest

from _pipelines import coded, detect  # noqa: F401 (fixture)


def protests(nlp, text):
    return [e for e in coded(nlp, text) if e[1] == "PROTEST"]


def asserted(nlp, text, cameo):
    return [e for e in protests(nlp, text) if e[0] == cameo and e[2] == "asserted"]


@pytest.mark.parametrize("text", [
    "ويعاني المريض من الاستسقاء (تجمع السوائل في البطن) منذ أسبوع.",
    "وتجمعت السوائل في رئتي المريض أمس.",
    "وأظهرت الأشعة وجود تجمع من الدم بين الرئة والقفص الصدري.",
    "وقال الأمير إن المسجد هو المكان الأكثر أمنا والأكثر تجمعا للناس.",
    "وتجمعنا بالأشقاء في الكويت كلمة واحدة ومصير واحد.",
    "وتجمع فريق الفرقة الغنائية أمس في لندن لأداء حفل خيري.",
])
def test_a_collection_a_reunion_or_what_unites_is_no_gathering(detect, text):
    assert not protests(detect, text)
    # protesters gathering, in the open air or before a water station, stay a protest
    for kept in ("وتجمع مئات المتظاهرين أمس أمام مبنى البرلمان في بغداد.",
                 "وتجمع العشرات أمس في الهواء الطلق أمام مقر الحكومة احتجاجا على البطالة.",
                 "وتجمع المحتجون أمس أمام محطة المياه احتجاجا على انقطاعها."):
        assert asserted(detect, kept, "141"), kept


def test_a_career_is_no_march(detect):
    assert not protests(detect, "وتولى الراحل مناصب عدة خلال مسيرته في الوزارة.")
    assert asserted(detect, "وانطلقت أمس مسيرة سلمية في عمان احتجاجا على الغلاء.", "141")


@pytest.mark.parametrize("text", [
    "وقامت البلدية أمس بفتح مظاريف مناقصة تطوير تقاطع حي النسيم.",
    "وأعلنت الوزارة أمس افتتاح تقاطع بوابة المدينة بعد عامين من العمل.",
    "وقال الكاتب إن هذه التجربة أقرب إلى طالبان من تقاطعها مع تجربة المقاومة.",
])
def test_an_intersection_is_no_boycott(detect, text):
    assert not protests(detect, text)
    assert asserted(detect, "وقاطعت المعارضة الانتخابات التي جرت أمس.", "143")


@pytest.mark.parametrize("text", [
    "وتعني السيطرة على المدينة قطع الطريق على المتمردين بين البلدتين أمس.",
    "وقطع النادي أمس الطريق على الأندية المنافسة بتجديد عقد لاعبه الدولي.",
    "وتهدف الحكومة إلى قطع الطريق سياسيا أمام الجماعة المدعومة من الخارج.",
])
def test_to_cut_the_road_on_someone_is_to_forestall(detect, text):
    assert not protests(detect, text)
    for kept in ("وقطع محتجون غاضبون الطريق الرئيسية في البلدة أمس.",
                 "وأغلق محتجون غاضبون الطرق المؤدية إلى الميناء أمس."):
        assert asserted(detect, kept, "144"), kept
