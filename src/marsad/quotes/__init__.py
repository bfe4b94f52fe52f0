"""Quotes: quoted and reported statements with their speakers (issue #4).

`cues.py` compiles the speech-cue dictionary, `marks.py` finds balanced quote-mark spans,
`extract.py` reads what each cue introduces, `speakers.py` who speaks, and `grammar.py` holds the
closed-class words both read structure with. The stage is `marsad.stages.quotes.QuoteStage`.
"""

from marsad.quotes.cues import Cue, CueTable, compile_cues
from marsad.quotes.extract import DocumentQuotes
from marsad.quotes.marks import Mark, find_marks

__all__ = ["Cue", "CueTable", "compile_cues", "DocumentQuotes", "Mark", "find_marks"]
