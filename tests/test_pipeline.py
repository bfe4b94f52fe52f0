"""Pipeline building, validation, batch coding and the Document's JSON round trip."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import marsad
from marsad.document import Document
from marsad.errors import PipelineError


def test_unknown_component_is_a_clear_error():
    with pytest.raises(PipelineError, match="unknown pipeline component 'nonsense'"):
        marsad.load(["layout", "nonsense"])


def test_requirements_are_checked_when_the_pipeline_is_built():
    with pytest.raises(PipelineError, match="'sentences' requires blocks"):
        marsad.load(["sentences", "layout"])


def test_a_user_component_plugs_in():
    class CountWords:
        name = "count_words"
        requires = ("tokens",)
        assigns = ("word_count",)

        def __call__(self, doc):
            doc.meta["word_count"] = sum(1 for t in doc.tokens if t.kind == "word")

    nlp = marsad.load(["layout", "sentences", "tokens"])
    nlp.add(CountWords())
    doc = nlp("قال الوزير إن الاجتماع انتهى.")
    assert doc.meta["word_count"] == 5
    with pytest.raises(PipelineError, match="already has a component"):
        nlp.add(CountWords())


def test_published_date_must_be_iso():
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        Document("نص", published="2 November 2017")


def test_pipe_in_two_processes_equals_one_process(nlp):
    texts = [{"id": f"d{i}", "text": f"وصل الوزير إلى القاهرة أمس في زيارة رقم {i}.",
              "published": "2020-01-0{}".format(1 + i % 9)} for i in range(12)]
    one = [d.to_dict() for d in nlp.pipe(texts)]
    two = [d.to_dict() for d in nlp.pipe(texts, n_process=2, batch_size=3)]
    assert one == two
    assert [d["doc_id"] for d in two] == [f"d{i}" for i in range(12)]


def test_json_round_trip_of_a_coded_document(example_doc):
    again = Document.from_json(example_doc.to_json(include_tokens=True))
    assert again.to_dict(include_tokens=True) == example_doc.to_dict(include_tokens=True)


@settings(deadline=None, max_examples=60)
@given(st.text(alphabet="ابتثجحخدرزسشصضطظعغفقكلمنهويأإة «».،؟\n0123", max_size=200))
def test_any_text_codes_and_round_trips(nlp, text):
    doc = nlp(text)
    again = Document.from_json(doc.to_json(include_tokens=True))
    assert again.to_dict(include_tokens=True) == doc.to_dict(include_tokens=True)
    for s in doc.sentences:
        assert 0 <= s.start < s.end <= len(text)


def test_an_id_of_0_is_kept_and_ids_are_strings(nlp):
    # enumerate() ids start at 0: the first article keeps its id instead of a content hash
    docs = nlp.code_batch([nlp._make_item({"id": i, "text": t})
                           for i, t in enumerate(["زار الوزير بغداد.", "زار الوزير عمان."])])
    assert [d.doc_id for d in docs] == ["0", "1"]
    assert Document("نص", doc_id=7).to_dict()["doc_id"] == "7"
    assert nlp._make_item({"doc_id": "x", "text": "نص"}).doc_id == "x"


def test_an_input_error_crosses_processes_whole():
    import pickle

    from marsad.errors import InputError

    exc = InputError("has an empty text", "a.json", 3, "empty", unit="item")
    back = pickle.loads(pickle.dumps(exc))
    assert (str(back), back.source, back.line, back.reason) == (
        "a.json, item 3: has an empty text", "a.json", 3, "empty")
