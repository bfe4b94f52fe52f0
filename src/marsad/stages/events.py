"""Stage 'events' (placeholder until its issue lands): assigns an empty 'events' layer."""

from __future__ import annotations

from marsad.document import Document


class EventStage:
    name = "events"
    requires = ("tokens",)
    assigns = ("events",)

    def __init__(self, resources, **config):
        self.resources = resources

    def __call__(self, doc: Document) -> None:
        doc.events = []
