"""Event coding helpers: conjugation, dictionary compilation, roles and modality.

The stage itself is `marsad.stages.events.EventStage` (the loop over sentences and triggers);
these modules hold its parts:
`conjugate` (verb forms from past/present stems), `patterns` (the compiled events dictionary and
the trigger matcher), `roles` (source and target from the sentence), `modality` (negated, future,
threatened...), `register` (the sentence's register and signs of a happening), `evaluations`;
and the stage's rules by concern, each a module of helpers (and, for three, a mixin class of the
stage's methods): `detection` (does a trigger report an event: `TriggerReading`), `framing` (how
it is told: `ModalityRules`), `participants` (source and target beyond `roles`:
`ParticipantRules`), `dating` (its date), `placing` (its place), `merging` (one event for the same
act reported twice), `clauses` (the words and clauses around a trigger, read by all of them).
"""
