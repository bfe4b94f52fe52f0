"""Does a sentence REPORT a violent or protest event, or only use its vocabulary?

News uses the words of attacks and demonstrations in many sentences that report none: a trial or
an investigation about a past attack (the attack is the topic), a film, novel or exhibition about
it, a statistic or a trend (عمليات الخطف انخفضت), an opinion or a question (هل يجوز القتل؟).
The sentence's register is read from named word lists of the events dictionary (`contexts` in
events.json), matched on the clitic-stripped keys of each word, so it costs one set test a word:

- `register_judicial`   → the event is the topic of a court case or an inquiry: `historical`
- `register_statistics` → a count or a trend over time: `habitual`
  (these two and `register_commemoration` apply to violence only: a protest held in front of a
  court, on an anniversary or against a trend is still a protest)
- `register_opinion`    → an opinion, an obligation or a question (and any sentence with ؟):
                          `hypothetical`
- `register_culture`    → a work of art or a festival about violence: no event at all
- `register_accident`   → a crash, a traffic accident or a flood (تحطمت الطائرة، حادث مروري):
                          the dead of it are no attack, unless a weapon is named; also a noun
                          of accident followed by its kind (`accident_heads` + `accident_kinds`:
                          حادث سير، حادث انقلاب، حوادث الغرق; حوادث أمنية stays violence), and a
                          blast of a household thing (`accident_blasts` + `accident_objects`:
                          انفجار أسطوانة غاز), which is then no weapon, and a race of vehicles
                          or mounts (`race_heads` + `race_kinds`: سباق السيارات، سباقات الخيل;
                          سباق التسلح is none; nineteenth session)
- `register_commemoration` (ذكرى) → violence remembered on its anniversary: `historical`

`occurrence_evidence` says whether a sentence carries the marks of a concrete happening: a
casualty (قتل، جرحى، ضحايا), a weapon or blast (انفجار، مفخخة، غارة، قذيفة), a recent time
(أمس، فجر، يوم الأحد), a number or a counted quantity, a date or an eventive anchor verb
(وقع، نفذ، شن، أسفر، استهدف، تعرض; for protests خرج، انطلقت، نظم، شارك، جاب). A verbal noun of violence without any of them is a
reference (الاغتيال السياسي، التفجير as an idea), not a report.
"""

from __future__ import annotations

from dataclasses import dataclass

# PLOVER types whose vocabulary is often used without reporting one.
VIOLENCE = frozenset({"ASSAULT", "FIGHT"})
GUARDED = VIOLENCE | {"PROTEST"}
QUESTION_MARKS = frozenset({"؟", "?"})

REGISTER_MODALITY = {
    "register_judicial": "historical",
    "register_statistics": "habitual",
    "register_opinion": "hypothetical",
    "register_commemoration": "historical",
}
# the evidence of a word that names the publication's day (اليوم: `dating.today_positions`): a
# recent time for the framing rules (`clauses.PRESENT_ANCHORS`), but no sign of a happening,
# since «اليوم» also tells of a present state (twenty-fifth session)
TODAY = "today"
EVIDENCE_LISTS = ("casualties", "weapons", "recent_time", "event_anchors", "protest_anchors",
                  "quantities")
# the kinds of evidence that are signs of a happening: the lists and a number (not TODAY)
SIGNS = frozenset(EVIDENCE_LISTS) | {"number"}


@dataclass(frozen=True, slots=True)
class Register:
    """The registers found in one sentence and whether it shows a concrete happening."""

    names: frozenset[str]
    evidence: tuple[tuple[int, str], ...]  # (word index, evidence list name)

    def evidence_outside(self, first: int, last: int, kinds=None) -> bool:
        """Whether a sign of a happening stands outside words[first..last] (the trigger itself
        — تفجير، مقتل — is no evidence that it happened): of `kinds`, by default of every kind
        but TODAY, which is no such sign (as in `signs_outside`)."""
        if kinds is None:
            kinds = SIGNS
        return any(not first <= k <= last and name in kinds for k, name in self.evidence)

    def modality_for(self, plover: str | None, ignore: frozenset[str] = frozenset()
                     ) -> str | None:
        """The modality a register imposes on an event of this PLOVER type (None: no change);
        the registers in `ignore` are left out."""
        if plover not in GUARDED:
            return None
        names = self.names - ignore
        if "register_opinion" in names:
            return REGISTER_MODALITY["register_opinion"]
        if plover not in VIOLENCE:
            return None  # protests are held at courts, on anniversaries, against trends
        for name in ("register_judicial", "register_statistics", "register_commemoration"):
            if name in names:
                return REGISTER_MODALITY[name]
        return None

    def suppresses(self, plover: str | None) -> bool:
        """A film, a book, an exhibition about violence or protest reports no event; nor do the
        dead of a crash, a traffic accident or a flood when no weapon is named."""
        if plover in GUARDED and "register_culture" in self.names:
            return True
        return plover in VIOLENCE and "register_accident" in self.names and \
            not any(name == "weapons" for _, name in self.evidence)


    def signs_outside(self, first: int, last: int) -> list[str]:
        """The kinds of evidence of a happening outside the trigger, sorted (for the event's
        `evidence["signs"]`)."""
        return sorted({name for k, name in self.evidence
                       if not first <= k <= last and name in SIGNS})


def read_register(keys: list[frozenset[str]], words: list[str],
                  contexts: dict[str, frozenset[str]],
                  years: frozenset[int] = frozenset(), lists_of=None,
                  today: frozenset[int] = frozenset()) -> Register:
    """The register of a sentence from the match keys of its words (see module doc). `years`:
    the indices of number words that are years, which are no count of a happening.
    `lists_of(keys)`: the names of the `contexts` lists that share a key with `keys` (the stage
    passes a cached one, `CompiledEvents.context_names`). `today`: the positions of words that
    name the publication's day (اليوم: `dating.today_positions`), evidence of kind TODAY."""
    if lists_of is None:
        def lists_of(ks: frozenset[str]) -> list[str]:
            return [name for name, vocab in contexts.items() if not ks.isdisjoint(vocab)]
    at: dict[str, list[int]] = {}  # list name -> the words with a key in it, in order
    for k, ks in enumerate(keys):
        if ks:
            for name in lists_of(ks):
                at.setdefault(name, []).append(k)
    found = {name for name in list(REGISTER_MODALITY) + ["register_culture", "register_accident"]
             if name in at}
    if any(w in QUESTION_MARKS for w in words):
        found.add("register_opinion")
    accident = _followed(at, "accident_heads", "accident_kinds")
    blasts = _followed(at, "accident_blasts", "accident_objects")
    races = _followed(at, "race_heads", "race_kinds")  # سباق السيارات: a death there is sport's
    if accident or blasts or races:
        found.add("register_accident")
    evidence = [(k, name) for name in EVIDENCE_LISTS for k in at.get(name, ())
                if not (name == "weapons" and k in blasts)]
    evidence += [(k, "number") for k, w in enumerate(words) if w == "#" and k not in years]
    recent = set(at.get("recent_time", ()))
    evidence += [(k, TODAY) for k in sorted(today) if k not in recent]
    return Register(frozenset(found), tuple(evidence))


def _followed(at: dict[str, list[int]], heads: str, kinds: str) -> frozenset[int]:
    """The positions of the words of list `heads` that the next word, of list `kinds`, names
    the kind of (حادث سير، انفجار أسطوانة): two words read as one phrase."""
    after = at.get(kinds)
    if not after:
        return frozenset()
    return frozenset(k for k in at.get(heads, ()) if k + 1 in after)
