"""Stage 'amounts' (placeholder until its issue lands): assigns an empty 'amounts' layer."""

from __future__ import annotations

from marsad.document import Document


class AmountStage:
    name = "amounts"
    requires = ("tokens",)
    assigns = ("amounts",)

    def __init__(self, resources, **config):
        self.resources = resources

    def __call__(self, doc: Document) -> None:
        doc.amounts = []
