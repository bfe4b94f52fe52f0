"""The speakers of a quote said by two or more together (قال الوزيران، قال X وY إن …): the
quotes stage gives such a quote one speaker, the members' canonical names joined by « & » and
the code they share (SAUGOV and SAUGOV → SAUGOV; SAUGOV and USAGOV → GOV; else none). An event
drawn from the quote (an evaluation inside it, the speech verb's own act) is said by each: one
speaker when they share a whole code (a country's and a role's: two ministers of one
government), else each member as the actors stage named it."""

from __future__ import annotations

import bisect

from marsad.document import ActorRef, Document

PAIR_JOIN = " & "


def speakers_of(doc: Document, ref: ActorRef) -> list[ActorRef]:
    """[ref] for one speaker or a pair sharing a whole code; else the members, each the last
    entity with that canonical name that starts before the pair's mention ends (in the mention,
    قال X وY، or before it, الوزيران). [ref] when a member is not found."""
    if PAIR_JOIN not in ref.canonical or ref.actor_code and len(ref.actor_code) >= 6:
        return [ref]  # (the cheap gate: one speaker, or a pair of one government)
    names = ref.canonical.split(PAIR_JOIN)
    ents = doc.entities
    i = bisect.bisect_left([e.start for e in ents], ref.end)
    members: list[ActorRef] = []
    for name in names:
        x = next((e for e in reversed(ents[:i]) if e.canonical == name), None)
        if x is None:
            return [ref]
        members.append(x.ref())
    return members
