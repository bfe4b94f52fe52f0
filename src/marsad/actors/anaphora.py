"""A bare definite head noun of an organisation's name stands for the organisation the article
last named with it: تنظيم داعش … التنظيم، جماعة الإخوان … الجماعة، حزب الله … للحزب. The bare noun
(an agents entry with a role only: التنظيم REB, الحزب PTY) takes the named organisation's code,
as CAMEO codes an anaphor by its antecedent. The heads are words.json `org_heads`; the
organisation must be named in the same or one of the `MAX_SENTENCES_BACK` sentences before.
"""

from __future__ import annotations

from marsad.document import Entity
from marsad.text.normalize import bare_noun, fold

MAX_SENTENCES_BACK = 5


def apply_head_anaphora(ents: list[Entity], heads: frozenset[str]) -> None:
    """Recode, in place, each bare definite head noun of `ents` (in text order) as the last
    organisation named with that head before it."""
    if not heads:
        return
    named: dict[str, Entity] = {}
    for e in ents:
        words = fold(e.text).split()
        if not words:
            continue
        head = bare_noun(words[0], suffix=False)  # (حزبه: his party, no anaphor)
        if head not in heads:
            continue
        if len(words) > 1 and e.type == "ORG" and e.how == "lexicon" and e.actor_code:
            named[head] = e  # تنظيم داعش، حزب الله
        elif len(words) == 1 and e.how == "title" and head != words[0] and head in named:
            ante = named[head]
            if 0 <= e.sentence - ante.sentence <= MAX_SENTENCES_BACK:
                e.actor_code, e.country, e.role = ante.actor_code, ante.country, ante.role
                e.canonical, e.actor_id, e.how = ante.canonical, ante.actor_id, "coref"
