"""Stage 'quotes' (placeholder until its issue lands): assigns an empty 'quotes' layer."""

from __future__ import annotations

from marsad.document import Document


class QuoteStage:
    name = "quotes"
    requires = ("tokens",)
    assigns = ("quotes",)

    def __init__(self, resources, **config):
        self.resources = resources

    def __call__(self, doc: Document) -> None:
        doc.quotes = []
