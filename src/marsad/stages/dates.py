"""Stage 'dates' (placeholder until its issue lands): assigns an empty 'dates' layer."""

from __future__ import annotations

from marsad.document import Document


class DateStage:
    name = "dates"
    requires = ("tokens",)
    assigns = ("dates",)

    def __init__(self, resources, **config):
        self.resources = resources

    def __call__(self, doc: Document) -> None:
        doc.dates = []
