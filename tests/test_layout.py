"""Layout blocks and sentence splitting."""

import hashlib
import json
from pathlib import Path

import marsad
from marsad.text.layout import detect_blocks
from marsad.text.sentences import split_sentences

GOLDEN = Path(__file__).parent / "data" / "example_sentences.json"


def _sentences(text):
    return [text[s:e] for s, e in split_sentences(text, 0, len(text))]


def test_example_pull_quote_and_credit(example_text):
    nlp = marsad.load(["layout", "sentences"])
    doc = nlp(example_text)
    kinds = [b.kind for b in doc.blocks]
    assert kinds.count("pull_quote") == 1
    assert kinds.count("credit") == 1
    assert kinds[-1] == "credit"
    pq = next(b for b in doc.blocks if b.kind == "pull_quote")
    # the pull quote is the three display lines between the third and fourth paragraphs
    assert doc.text[pq.start:pq.end].count("\n") == 2
    assert kinds.index("pull_quote") == 3
    assert doc.text[doc.blocks[-1].start:doc.blocks[-1].end].startswith("(")
    # no sentence crosses a non-body block
    special = [b for b in doc.blocks if b.kind != "body"]
    for s in doc.sentences:
        for b in special:
            inside = b.start <= s.start and s.end <= b.end
            outside = s.end <= b.start or s.start >= b.end
            assert inside or outside
            if inside:
                assert s.kind == b.kind


def test_example_sentences_match_the_reviewed_golden_list(example_text):
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))["sentences"]
    nlp = marsad.load(["layout", "sentences"])
    doc = nlp(example_text)
    got = [{"start": s.start, "end": s.end, "kind": s.kind,
            "sha1": hashlib.sha1(example_text[s.start:s.end].encode()).hexdigest()[:12]}
           for s in doc.sentences]
    assert got == golden


def test_never_split_inside_guillemets_or_straight_quotes():
    text = 'قال الوزير: «لن نقبل. ولن نتراجع!» ثم غادر. وأضاف "هذا كاف. انتهى" أمس.'
    assert _sentences(text) == [
        "قال الوزير: «لن نقبل. ولن نتراجع!» ثم غادر.",
        'وأضاف "هذا كاف. انتهى" أمس.']


def test_terminators_and_abbreviations():
    text = "وصل الوفد؟ نعم! وبدأت المحادثات؛ ثم انتهت. أفادت أ. ف. ب. بأن الاجتماع انتهى. النمو 3.5 في المئة."
    assert _sentences(text) == [
        "وصل الوفد؟", "نعم!", "وبدأت المحادثات؛", "ثم انتهت.",
        "أفادت أ. ف. ب. بأن الاجتماع انتهى.", "النمو 3.5 في المئة."]


def test_ellipsis_is_not_a_sentence_end_inside_a_paragraph():
    text = "قال إن روسيا بلد صديق... وشريك استراتيجي. ثم غادر..."
    assert _sentences(text) == ["قال إن روسيا بلد صديق... وشريك استراتيجي.", "ثم غادر..."]


def test_unbalanced_guillemet_does_not_swallow_the_paragraph():
    text = "أطلقت الوزارة حملة «نحو غد أفضل. وقال المدير إن الحملة ناجحة. وانتهى اللقاء."
    assert len(_sentences(text)) == 3


def test_dateline_headline_and_credit_of_a_wire_story():
    text = ("اتفاق على هدنة في غزة\n"
            "القاهرة - رويترز: أعلن الوسطاء أمس التوصل إلى اتفاق على هدنة في غزة تبدأ صباح الأحد.\n"
            "وقال مسؤول مصري إن الاتفاق يشمل تبادل الأسرى.\n"
            "(رويترز)")
    blocks = detect_blocks(text)
    assert [b.kind for b in blocks] == ["headline", "dateline", "body", "body", "credit"]
    assert text[blocks[1].start:blocks[1].end] == "القاهرة - رويترز:"


def test_dateline_with_outlet_in_guillemets():
    text = "بيروت ـ «الأخبار» أكد رئيس الحكومة أن الحكومة ماضية في خطتها الاقتصادية رغم الضغوط.\n"
    blocks = detect_blocks(text)
    assert blocks[0].kind == "dateline"
    assert text[blocks[0].start:blocks[0].end] == "بيروت ـ «الأخبار»"
    assert blocks[1].kind == "body"


def test_a_compass_phrase_with_a_dash_is_not_a_dateline():
    text = ("وأشار الوزير إلى أن الممر جنوب ــ شمال للمواصلات أثبت منفعته الاقتصادية في العام الماضي.\n"
            "وقال إن العمل مستمر.")
    assert [b.kind for b in detect_blocks(text)] == ["body", "body"]


def test_caption_line():
    text = ("قال الرئيس إن الحكومة ستعلن خطة جديدة لمواجهة الأزمة الاقتصادية في الأسابيع المقبلة.\n"
            "(صورة أرشيفية للرئيس خلال مؤتمر صحافي)\n"
            "وأضاف أن الخطة تشمل دعم الأسر الفقيرة وتخفيض الضرائب على المشاريع الصغيرة.")
    assert [b.kind for b in detect_blocks(text)] == ["body", "caption", "body"]
