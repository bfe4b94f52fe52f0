"""Event modality, tenth session (docs/accuracy.md, "Event modality, tenth session"), on sentences
written for this file:

- a word written with a final ه is no noun spelt with ة (وأدانه is أدان + ه, not و + إدانة);
- what someone is talked out of (إثناء … عن، ثني … عن) is not done: `hypothetical`, even with a
  long name and a comma between the governor and عن;
- a foiled act told as launched (أحبط الجيش هجوماً شنه المسلحون; أفشل likewise) took place and
  failed: factual; one not carried out stays `negated`;
- the year of a line, a border or a resolution (حدود عام 1967، خط الهدنة لعام 1949، القرار 242
  لعام 1967) does not date the sentence's events;
- a past act whose doer and victim are indefinite common nouns, with no sign of a happening (أن
  حاكماً قتل رجلاً) is an example of a kind of act: `habitual`;
- an attack of the day before that the news follows on (عقب هجوم نفذه مجهولون فجر أمس) is news,
  not history.
"""

from __future__ import annotations

import pytest

import marsad
from marsad.events.patterns import find_triggers, sentence_words
from marsad.stages.events import EventStage

from _pipelines import PUBLISHED, detect  # noqa: F401 (detect is a fixture)


def _events(nlp, text):
    """{trigger text: (modality, date)} of the events of `text`."""
    doc = nlp(text, published=PUBLISHED)
    return {e.trigger: (e.modality, e.date) for e in doc.events}


def _modalities(nlp, text):
    return {t: m for t, (m, _d) in _events(nlp, text).items()}


@pytest.fixture(scope="module")
def compiled(detect):
    return next(s for s in detect.stages if isinstance(s, EventStage)).compiled


@pytest.fixture(scope="module")
def tokenize():
    return marsad.load(["layout", "sentences", "tokens"])


def _trigger_forms(compiled, tokenize, text):
    """(tense of the trigger's form, strips) of the triggers of `text`."""
    words, keys, taa = sentence_words(tokenize(text).tokens, compiled)
    return [(t.form.tense, t.strip) for t in find_triggers(words, compiled, keys, taa)]


def test_a_final_heh_is_a_verb_with_its_pronoun_not_a_noun_in_taa(compiled, tokenize):
    # وأدانه: و + أدان + ه "and condemned him"; folded, it is spelt like وإدانة
    assert _trigger_forms(compiled, tokenize, "وأدانه الرئيس السوري.") == [("past", "ce")]
    assert _trigger_forms(compiled, tokenize, "أدانه الرئيس السوري.") == [("past", "e")]


def test_a_final_taa_stays_the_noun(compiled, tokenize):
    assert _trigger_forms(compiled, tokenize, "وإدانة الرئيس السوري.") == [("masdar", "c")]


@pytest.mark.parametrize("text, trigger", [
    ("وحاول الوفد إثناء الإدارة الأميركية، عن إبرام الاتفاق مع إيران.", "إبرام الاتفاق"),
    # the governor far before عن: a long name and a comma between
    ("وسعت المعارضة لإثناء حكومة الرئيس الأمريكي باراك أوباما، عن إبرام الاتفاق مع إيران.",
     "إبرام الاتفاق"),
    ("ونجح الوسطاء في إثناء المحتجين عن اقتحام المبنى.", "اقتحام"),
])
def test_what_one_is_talked_out_of_is_not_done(detect, text, trigger):
    assert _modalities(detect, text).get(trigger) == "hypothetical"


def test_during_spelt_like_dissuading_governs_nothing(detect):
    # أثناء "during": the storming talked about took place
    text = "وتحدث الوزير أثناء زيارته عن اقتحام المسلحين المبنى أمس وقتلهم ثلاثة حراس."
    assert "hypothetical" not in _modalities(detect, text).values()


@pytest.mark.parametrize("text, trigger", [
    ("وأحبط الجيش هجوماً شنه المسلحون على مواقعه في المدينة أمس.", "هجوماً"),
    ("وأفشلت القوات هجوماً شنه المتمردون على المدينة أمس.", "هجوماً"),
    # a toll told: it took place
    ("وأحبطت القوات هجوماً على حاجز للجيش أسفر عن إصابة جنديين.", "هجوماً"),
])
def test_a_foiled_attack_told_as_launched_took_place(detect, text, trigger):
    assert _modalities(detect, text).get(trigger) == "asserted"


@pytest.mark.parametrize("text, trigger", [
    ("وأفشلت الشرطة محاولة لاغتيال الوزير.", "محاولة لاغتيال"),
    # launching it was what they meant to do: not launched
    ("وأحبط الجيش هجوماً كان المسلحون ينوون شنه على المدينة.", "هجوماً"),
    ("وأحبطت الشرطة هجوماً كان يستهدف السفارة.", "هجوماً"),
])
def test_a_foiled_act_not_carried_out_is_negated(detect, text, trigger):
    assert _modalities(detect, text).get(trigger) == "negated"


@pytest.mark.parametrize("text", [
    "وقصفت الطائرات مواقع داخل حدود عام 1967 وقتلت خمسة أشخاص.",
    "وقتل مسلحون جنديين قرب خط الهدنة لعام 1949.",
    "وتظاهر آلاف الفلسطينيين للمطالبة بتطبيق القرار 242 لعام 1967.",
])
def test_the_year_of_a_line_or_a_resolution_dates_no_event(detect, text):
    got = _events(detect, text)
    assert got and all(m == "asserted" and d == PUBLISHED for m, d in got.values()), got


def test_a_year_of_its_own_still_dates_the_event(detect):
    got = _events(detect, "وقتل مسلحون جنديين في عام 1967.")
    assert got == {"وقتل": ("historical", "1967")}


@pytest.mark.parametrize("text, trigger", [
    ("وقال إن حاكماً قتل رجلاً لأنه سرق رغيفاً.", "قتل"),
    ("وقال إن حاكماً ظالماً قتل رجلاً فقيراً.", "قتل"),
    ("ويروى أن ملكاً عذب رجلاً لأنه قال الحق.", "عذب"),
])
def test_an_indefinite_doer_and_victim_make_an_example_not_a_report(detect, text, trigger):
    assert _modalities(detect, text).get(trigger) == "habitual"


@pytest.mark.parametrize("text, trigger", [
    ("وقتل مسلح رجلاً في بغداد أمس.", "وقتل"),
    ("وقال إن مسلحين قتلوا رجلاً في السوق.", "قتلوا"),
    ("وقتل الجيش رجلاً فقيراً.", "وقتل"),
])
def test_a_report_with_signs_or_a_known_doer_stays_asserted(detect, text, trigger):
    assert _modalities(detect, text).get(trigger) == "asserted"


def test_an_attack_of_the_day_before_that_the_news_follows_is_news(detect):
    text = "وشددت السلطات الإجراءات الأمنية عقب هجوم نفذه مجهولون فجر أمس على مركز للشرطة."
    assert _events(detect, text).get("هجوم") == ("asserted", "2015-07-31")


@pytest.mark.parametrize("text", [
    "وجاء ذلك عقب هجوم نفذه مسلحون على نقطة تفتيش عام 2005.",
    # the recent time dates the next clause, not the attack
    "وجاء ذلك عقب هجوم نفذه مسلحون على نقطة تفتيش، وقال الوزير أمس إن الوضع هادئ.",
])
def test_an_older_background_attack_stays_historical(detect, text):
    assert _modalities(detect, text).get("هجوم") == "historical"


def test_an_act_listed_as_an_example_is_a_kind_not_a_report(detect):
    # مثل … وهدم المنازل: the policies opposed, named by kind
    text = ("ويعارض الاتحاد الأوروبي بشدة السياسات المتخذة، مثل بناء الجدار العازل، وهدم المنازل "
            "والمباني، وفرض القيود على حرية الحركة.")
    assert _modalities(detect, text).get("وهدم") == "habitual"


def test_a_list_of_places_ends_the_examples(detect):
    # مثل names the districts; the clashes and the shelling after the comma are told
    text = "وشهدت أحياء عدة في تعز، مثل حوض الأشراف وعصيفرة، اشتباكات عنيفة وقصف للحوثيين أمس."
    assert _modalities(detect, text).get("وقصف") == "asserted"


def test_a_toll_takes_the_doer_of_the_attack_it_came_in(detect):
    text = "وتأتي تصريحاته عقب مقتل 15 جندياً تركياً الجمعة في هجوم شنه متمردون على موقع حدودي."
    doc = detect(text, published=PUBLISHED)
    toll = next(e for e in doc.events if e.trigger == "مقتل")
    assert (toll.modality, toll.source.text) == ("asserted", "متمردون")
