"""One incident told by two violent events of a sentence: an attack and the toll it took.

The coders of an attack code one dyad for it: who attacked, and whom. A sentence may split that
dyad between two of our events: the bombing with no target and the killing joined to it by ف or
لـ (فجر انتحاري نفسه فقتل سبعة من عناصر الشرطة), or the dead and the attack they died in
(لقي عشرون شخصاً حتفهم في هجوم بسيارة مفخخة استهدف مقراً للجيش). The attack then takes the
toll's victims as its target when it has none, the toll the attack's doer, and a toll with no
victim named the target the attack aimed at. Part of the events stage (`marsad.stages.events`).
"""

from __future__ import annotations

from bisect import bisect_right

from marsad.document import ActorRef, Event
from marsad.events.clauses import FACTUAL, TOLL_CODES
from marsad.events.participants import _attack_noun_at
from marsad.events.roles import HARD_STOPS, SentenceView
from marsad.events.register import VIOLENCE
from marsad.lexicon.grammar import grammar_words
from marsad.text.normalize import fold, strip_conj

# How far (words) a toll's trigger may be from the attack noun it happened in (في هجوم
# انتحاري بسيارة مفخخة استهدف: the noun, then the verb describing it, a few words on)
ATTACK_REACH = 8
# How far (words) after a toll's trigger the preposition of the attack may stand (ولقي 41
# شخصاً حتفهم وأصيب 27 آخرون في هجمات: the dead and the wounded of one attack)
TOLL_REACH = 12
PLACE_TYPES = ("GPE", "LOC")
ALA = fold("على")
# (the conjunction of result and the لـ of purpose on a toll verb: فقتل، ليقتل، فأصاب)
RESULT_CLITICS = ("ف", "ل")


def _unnamed(r: ActorRef | None) -> bool:
    return r is None or not (r.actor_code or r.canonical)


def _same_telling(a: Event, b: Event) -> bool:
    """Both told as having happened, or both with one modality."""
    return a.modality == b.modality or (a.modality in FACTUAL and b.modality in FACTUAL)


def _victims_to_attack(attack: Event, toll: Event) -> None:
    """The attack with no target named takes the toll's victims (not a place: where the bomb
    went off is no victim, تفجير سيارة في مدينة حلب)."""
    if _unnamed(attack.target) and not _unnamed(toll.target) and \
            toll.target.type not in PLACE_TYPES and not _same_ref(toll.target, attack.source):
        attack.target = toll.target


def _doer_to_toll(attack: Event, toll: Event) -> None:
    """The toll with no doer takes the attack's. (Not the other way: a toll's subject is often a
    count of victims read as the doer, تسعة متمردين قتلوا.)"""
    if _unnamed(toll.source) and not _unnamed(attack.source) and \
            not _same_ref(attack.source, toll.target):
        toll.source = attack.source


def _same_ref(a: ActorRef | None, b: ActorRef | None) -> bool:
    return a is not None and b is not None and (a.start, a.end) == (b.start, b.end)


def _aimed_at(view: SentenceView, noun: int, target: ActorRef | None,
              targeting: frozenset[str]) -> bool:
    """The attack's target is what it was said to aim at: after a verb of targeting or على,
    a few words after the attack's trigger at `noun` (هجوم انتحاري استهدف قاعدة للشرطة، هجوم على حاجز للجيش);
    not an actor the attack's noun merely has after it (هجمات لحركة بوكو حرام: the doer)."""
    if target is None or target.type in PLACE_TYPES:
        return False
    # (the token holding the mention's start: للشرطة is ل + the police)
    at = bisect_right([t.start for t in view.tokens], target.start) - 1
    if not noun < at <= noun + ATTACK_REACH:
        return False
    return any(strip_conj(view.words[i]) in targeting or strip_conj(view.words[i]) == ALA
               for i in range(noun + 1, at))


def _between(view: SentenceView, a: int, b: int) -> bool:
    """No stop and no contrastive clause opener (بينما، فيما، حيث) between words a and b: the
    same clause goes on (قتل عنصران … فيما قتل سبعة في تفجير آخر: two incidents)."""
    stops = HARD_STOPS | grammar_words().contrastives
    return not any(w in stops for w in view.words[a + 1:b])


def share_incident_sides(view: SentenceView, events: list[Event],
                         targeting: frozenset[str]) -> None:
    """Complete the dyads of the sentence's violent events that tell one incident (see the
    module's doc): a toll verb with ف / لـ right after an attack's clause (no stop, no other
    violent event between), or a toll whose words go on to في / جراء … + the attack noun that a
    later event's trigger is or follows closely. Only missing actors are filled: the attack's
    target from the toll's victims, the toll's doer from the attack's, and the toll's victims
    from the attack's target when that is what the attack aimed at (`_aimed_at`)."""
    index = {t.start: j for j, t in enumerate(view.tokens)}
    mine = sorted(((index[ev.evidence["start"]], ev) for ev in events
                   if ev.sentence == view.index and ev.plover in VIOLENCE and
                   ev.evidence.get("start") in index), key=lambda x: x[0])
    for (j, a), (k, b) in zip(mine, mine[1:]):
        if b.cameo.startswith(TOLL_CODES) and not a.cameo.startswith(TOLL_CODES) and \
                _same_telling(a, b) and _between(view, j, k) and \
                view.tokens[k].text[:1] in RESULT_CLITICS:
            # فجر انتحاري نفسه فقتل خمسة: the bombing's victims, the killer's bomb
            _victims_to_attack(a, b)
            _doer_to_toll(a, b)
    for n, (j, a) in enumerate(mine):
        if not a.cameo.startswith(TOLL_CODES):
            continue
        noun = next((x for i in range(j + 1, min(len(view.words), j + 1 + TOLL_REACH))
                     if (x := _attack_noun_at(view, i)) is not None), None)
        if noun is None or not _between(view, j, noun):
            continue
        for k, b in mine[n + 1:]:
            if k > noun + ATTACK_REACH or not _between(view, j, k):
                break
            if k < noun or b.cameo.startswith(TOLL_CODES) or not _same_telling(a, b):
                continue
            # قتل خمسة في هجوم نفذه مسلحون استهدف قاعدة للشرطة: the dead were the attack's
            _victims_to_attack(b, a)
            _doer_to_toll(b, a)
            if _unnamed(a.target) and _aimed_at(view, k, b.target, targeting):
                a.target = b.target
