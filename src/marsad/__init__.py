"""marsad (مرصد): Arabic news to political event data.

    >>> import marsad
    >>> nlp = marsad.load()
    >>> doc = nlp("وصل الرئيس الروسي فلاديمير بوتين إلى طهران أمس.", published="2017-11-02")
    >>> [(e.text, e.actor_code) for e in doc.entities]  # doctest: +SKIP
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

from marsad.document import Document
from marsad.errors import InputError, LexiconError, MarsadError, PipelineError
from marsad.pipeline import DEFAULT_PIPELINE, Pipeline

__version__ = "0.1.0"
__all__ = ["load", "Document", "Pipeline", "MarsadError", "InputError", "LexiconError",
           "PipelineError", "DEFAULT_PIPELINE", "__version__"]


def load(stages: Iterable[str] = DEFAULT_PIPELINE,
         lexicon_dirs: Iterable[str | os.PathLike] = (),
         config: dict[str, dict[str, Any]] | None = None) -> Pipeline:
    """Build the default marsad pipeline (or the named `stages`, in that order).

    `lexicon_dirs` add dictionary files to the built-in ones (a file with the same name replaces
    the built-in one); `config` maps a stage name to keyword options for that stage.
    """
    return Pipeline(stages, lexicon_dirs=lexicon_dirs, config=config)
