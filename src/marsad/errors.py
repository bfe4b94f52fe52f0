"""Errors marsad raises on purpose: each message names the input and says what to do."""

from __future__ import annotations


class MarsadError(Exception):
    """Base class for errors a user can act on."""


class PipelineError(MarsadError):
    """The pipeline was built wrongly (unknown component, unmet requirement)."""


class InputError(MarsadError):
    """One input item cannot be read (encoding, binary, empty, too large, malformed JSON)."""

    def __init__(self, message: str, source: str | None = None, line: int | None = None,
                 reason: str = "invalid", unit: str = "line"):
        self.message = message
        self.source = source
        self.line = line  # the line of a JSON Lines file, or (unit "item") of a JSON array
        self.reason = reason
        self.unit = unit
        where = source or "input"
        if line is not None:
            where += f", {unit} {line}"
        super().__init__(f"{where}: {message}")

    def __reduce__(self):  # (so an error made in a worker process reaches the parent whole)
        return (type(self), (self.message, self.source, self.line, self.reason, self.unit))


class LexiconError(MarsadError):
    """A dictionary file does not load or does not follow its schema."""
