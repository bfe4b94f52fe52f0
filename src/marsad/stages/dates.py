"""Stage 'dates': date expressions resolved against the publication date.

Matching runs on the folded text (`doc.norm.text`) with the patterns of `marsad.dates.extract`;
each span is mapped back to the original with `doc.norm.to_original`. Relative expressions
(أمس، الأسبوع الماضي، يوم الخميس المقبل) need `doc.published`; without it they are left out, while
absolute dates (تشرين الثاني/نوفمبر 2015، 15 شعبان 1436هـ، 12/3/2017) are always reported.
"""

from __future__ import annotations

from marsad.dates.extract import find_dates, patterns
from marsad.dates.lexicon import date_words
from marsad.document import DateExpr, Document
from marsad.lexicon.categories import reading_lexicon


class DateStage:
    name = "dates"
    requires = ("tokens",)
    assigns = ("dates",)

    def __init__(self, resources, **config):
        self.resources = resources
        # (the words of the dates dictionaries first: the patterns are built from them)
        with reading_lexicon(resources.lexicon_dirs):
            self.words = resources.get("dates.words", lambda r: date_words())
            self.patterns = resources.get("dates.patterns", lambda r: patterns())

    def __call__(self, doc: Document) -> None:
        # (the dictionaries of this pipeline's lexicon set: a user's dates.json adds words)
        with reading_lexicon(self.resources.lexicon_dirs):
            self._code(doc)

    def _code(self, doc: Document) -> None:
        out: list[DateExpr] = []
        for f in find_dates(doc.norm.text, doc.published):
            start, end = doc.norm.to_original(f.start, f.end)
            out.append(DateExpr(start=start, end=end, text=doc.text[start:end], value=f.value,
                                granularity=f.granularity, relative=f.relative,
                                calendar=f.calendar, sentence=doc.sentence_at(start)))
        doc.dates = out
