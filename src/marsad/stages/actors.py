"""Stage 'actors' (placeholder until its issue lands): assigns an empty 'entities' layer."""

from __future__ import annotations

from marsad.document import Document


class ActorStage:
    name = "actors"
    requires = ("tokens",)
    assigns = ("entities",)

    def __init__(self, resources, **config):
        self.resources = resources

    def __call__(self, doc: Document) -> None:
        doc.entities = []
