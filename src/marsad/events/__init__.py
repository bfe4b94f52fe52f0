"""Event coding helpers: conjugation, dictionary compilation, roles and modality.

The stage itself is `marsad.stages.events.EventStage`; these modules hold its parts:
`conjugate` (verb forms from past/present stems), `patterns` (the compiled events dictionary and
the trigger matcher), `roles` (source and target from the sentence), `modality` (negated, future,
threatened...).
"""
