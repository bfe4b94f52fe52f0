"""Stage 'quotes': every quoted and reported statement, attributed to its speaker.

Reads the tokens and the actor entities and assigns `doc.quotes` (see `marsad.quotes.extract` for
how cues, quote marks and speakers are read). Sentences of kind pull_quote, credit, caption and
dateline yield no quote. The cue vocabulary is data: `lexicon/data/cues.json`.

Config (`marsad.load(config={"quotes": {...}})`):
- `kinds`: the quote kinds to keep, default all of `direct`, `partial`, `indirect` (a scorer of
  marked quotes only may keep `["direct", "partial"]`).
- `use_actor_subjects`: take the implicit subject from the actors stage (default true).
"""

from __future__ import annotations

from marsad.actors.clitics import composer_starts, trimmed_ref
from marsad.document import Document
from marsad.errors import PipelineError
from marsad.lexicon.categories import reading_lexicon
from marsad.lexicon.grammar import grammar_words
from marsad.quotes.cues import compile_cues
from marsad.quotes.extract import DocumentQuotes
from marsad.quotes.grammar import prep_pronouns


def _actors_last_subject():
    """The actors stage's implicit-subject finder, when that stage provides one."""
    try:
        from marsad.stages.actors import last_human_subject
    except ImportError:
        return None
    return last_human_subject


KINDS = ("direct", "partial", "indirect")


class QuoteStage:
    name = "quotes"
    requires = ("tokens", "entities")
    assigns = ("quotes",)

    def __init__(self, resources, **config):
        self.cues = resources.get("quote_cues", lambda r: compile_cues(r.lexicon))
        # the grammar words of the pipeline's lexicon set (a user's grammar files too)
        with reading_lexicon(resources.lexicon_dirs):
            self.grammar = (grammar_words(), prep_pronouns())
        self.last_subject = _actors_last_subject() if config.get("use_actor_subjects", True) \
            else None
        # token text -> its folded form for the cue table and its cue (`DocumentQuotes`'
        # `fold_cache`)
        self._fold_cache: dict[str, tuple] = {}
        self.kinds = frozenset(config.get("kinds", KINDS))
        if not self.kinds or not self.kinds <= set(KINDS):
            raise PipelineError(f"quotes: config 'kinds' must be a non-empty list drawn from "
                                f"{', '.join(KINDS)}; got {sorted(self.kinds)}")

    def __call__(self, doc: Document) -> None:
        # (the extractor reads a speaker's or an addressee's preposition off its words:
        # it sees the entities with their proclitics, and its refs are trimmed after)
        with composer_starts(doc):
            quotes = DocumentQuotes(doc, self.cues, self.last_subject, self._fold_cache,
                                    self.grammar).run()
        for q in quotes:
            q.speaker, q.addressee, q.reported_by = (
                trimmed_ref(doc, r) for r in (q.speaker, q.addressee, q.reported_by))
        doc.quotes = [q for q in quotes if q.kind in self.kinds]
