"""Speed, twelfth session: two per-sentence steps of the events stage that did work whose answer
was known without it, and give what they gave.

- `roles.build_mentions` finds the clitics before an entity inside its token (لـ of لمصر) by
  folding the token and the token's tail from the entity's start; an entity that starts with its
  token (most) has none, and is no longer folded twice to find that out.
- `EventStage.__call__` looks up the word lists every sentence's view carries once a document,
  not once a sentence.

The sentences are ours.
"""

from __future__ import annotations

import pytest

from marsad.document import Entity
from marsad.events import roles
from marsad.events.patterns import sentence_words
from marsad.events.roles import SentenceView, build_mentions
from marsad.pipeline import Resources
from marsad.stages.events import EventStage
from marsad.text.tokens import TokenStage, tokenize


@pytest.fixture(scope="module")
def resources():
    return Resources()


def _view(resources, text: str) -> SentenceView:
    toks = tokenize(text, TokenStage(resources).segmenter)
    words, _keys, _taa = sentence_words(toks, EventStage(resources).compiled)
    return SentenceView(0, toks, words)


def _place(text: str, name: str) -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), name, "GPE", "Egypt", "EGY", country="EGY")


def test_an_entity_at_its_tokens_start_is_not_folded_for_its_clitics(resources, monkeypatch):
    folded = []
    real = roles.fold

    def counting(s):
        folded.append(s)
        return real(s)

    monkeypatch.setattr(roles, "fold", counting)
    # مصر is a token of its own: nothing before it inside its token, no fold of it
    text = "زار الوزير مصر أمس"
    view = _view(resources, text)
    build_mentions(view, [_place(text, "مصر")])
    assert "مصر" not in folded
    [m] = view.mentions
    assert (m.first, m.last, m.in_pp) == (2, 2, False)  # by hand: the object of زار, no PP
    # مصر inside لمصر: the ل before it is a preposition (worked out by folding, as before)
    text = "وصل الوفد لمصر أمس"
    view = _view(resources, text)
    build_mentions(view, [_place(text, "مصر")])
    assert "لمصر" in folded
    [m] = view.mentions
    assert (m.first, m.last, m.in_pp, m.clitic_pp) == (2, 2, True, False)


VIEW_LISTS = {"organ_nouns", "supporter_nouns", "protest_crowds", "group_nouns",
              "fighter_nouns", "name_heads", "ruling_adjectives"}


def test_the_views_word_lists_are_looked_up_once_a_document(resources, monkeypatch):
    import marsad

    nlp = marsad.load(config={"actors": {"transliterate": False}})
    asked = []
    # (the stage reads its lists through an instance attribute since the nineteenth session)
    stage = next(s for s in nlp.stages if isinstance(s, EventStage))
    real = stage._context

    def counting(name):
        asked.append(name)
        return real(name)

    monkeypatch.setattr(stage, "_context", counting)
    # five sentences with no event in them: each list once for the document, not five times
    doc = nlp("كان الجو جميلا. ذهب الطلاب إلى المدرسة. قرأ الولد كتابا. أكل الأطفال الفاكهة. "
              "نامت القطة على الكرسي.")
    assert len(doc.sentences) == 5
    assert doc.events == []
    for name in VIEW_LISTS:
        assert asked.count(name) == 1, name
