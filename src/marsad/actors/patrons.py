"""Armed forces named by whom they are loyal or attached to (القوات الموالية للرئيس هادي،
المسلحون الموالون لداعش، القوات التابعة لحزب الله، عناصر موالية للمخلوع صالح).

The forces take their code from their patron, the actor after الموالية / التابعة / المؤيدة + لـ:
- a head of state, a government or a state body (role GOV, MIL, COP, SPY, JUD, LEG): the
  forces are that country's own (YEMMIL for the forces loyal to president Hadi), keeping a
  police or intelligence role of their own;
- an armed group (REB, INS, UAF, and an international one, IMGREB): its code;
- anyone else with a country (a party, a former president, an opposition leader: صالح is
  YEMPTY): an armed group of that country (YEMREB: the forces loyal to Saleh are rebels);
- an international organisation (قوات حفظ السلام التابعة للأمم المتحدة): its code;
- a country: the country's forces only when attached to it (التابعة لتركيا: TURMIL); forces
  loyal to a foreign country (انفصاليون موالون لروسيا) are not its own, and keep their code.
Only armed bodies (role MIL, COP, SPY, REB, INS, UAF) change, and men of a state body with no
country (الوزراء التابعين للحكومة اليمنية: YEMGOV) take its country. The patron itself is no
participant of an event: the events stage reads the forces and their patron as one actor
(`marsad.events.roles.build_mentions`).

A group's branch named with a country (الفرع المصري لتنظيم داعش، فرع التنظيم في ليبيا) is the
group, not that country (`apply_branches`, grammar.json `branch_nouns`; twenty-second session).
"""

from __future__ import annotations

import re

from marsad.document import Entity
from marsad.lexicon.grammar import grammar_words
from marsad.text.normalize import fold

AFFILIATION_WORDS = frozenset(fold(w) for w in (
    "الموالية", "الموالي", "الموالين", "الموالون", "موالية", "موالين", "موالون", "موال", "موالي",
    "التابعة", "التابع", "التابعين", "التابعون", "تابعة", "تابع", "تابعين", "تابعون",
    "المؤيدة", "المؤيد", "المؤيدين", "المؤيدون", "مؤيدة", "مؤيدين", "مؤيدون",
))
# what every word of AFFILIATION_WORDS holds as written (with or without its hamza)
AFFILIATION_STEMS = ("موال", "تابع", "مؤيد", "مويد")
# of these, the words of attachment (a body of a country is that country's: التابعة لتركيا)
ATTACHED_WORDS = frozenset(w for w in AFFILIATION_WORDS if "تابع" in w)

SECURITY_ROLES = frozenset({"MIL", "COP", "SPY"})  # the state's forces
GROUP_ROLES = frozenset({"REB", "INS", "UAF"})  # armed groups outside the state
ARMED_ROLES = SECURITY_ROLES | GROUP_ROLES
STATE_ROLES = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})


def affiliation_between(text: str, a: Entity, b: Entity) -> str | None:
    """The affiliation word that ties `b` (its patron, with لـ) to `a`: in `a`'s own last word
    (القوات الموالية + للرئيس) or alone between them (المسلحين الموالين + لداعش، التابعة ل +
    حزب الله). None when the two are not so tied."""
    gap = text[a.end:b.start]
    words = gap.split()
    lam = b.text.startswith("ل") and not b.text.startswith("لا")
    if words and words[-1] in ("ل", "لـ"):
        lam, words = True, words[:-1]
    elif words and fold(words[-1]).endswith("ل") and len(words[-1]) > 1 and \
            fold(words[-1][:-1]) in AFFILIATION_WORDS:
        lam, words = True, [words[-1][:-1]]  # التابعة ل«حزب الله»
    elif words and words[-1].startswith("لل") and len(words) <= 2:
        lam, words = True, words[:-1]  # الموالية للمخلوع + علي عبد الله صالح: an epithet before
    if not lam or len(words) > 1 or any(not c.isspace() for c in gap if c in "،,.;:؛"):
        return None
    word = fold(words[0]) if words else fold(a.text.split()[-1])
    return word if word in AFFILIATION_WORDS else None


def _role(e: Entity) -> str:
    code = e.actor_code or ""
    return e.role or (code[3:] if len(code) > 3 else "")


def patron_code(forces: Entity, patron: Entity, word: str) -> str | None:
    """The code of `forces` tied to `patron` by `word`, or None to keep its own."""
    role = _role(forces)
    if forces.country and role in ARMED_ROLES:
        return None  # a group of its own country (حركة الشباب الصومالية التابعة للقاعدة)
    code = patron.actor_code or ""
    prole = _role(patron)
    country = patron.country or (
        code[:3] if len(code) == 6 and not code.startswith(("IGO", "IMG")) else "")
    if role not in ARMED_ROLES:
        # الوزراء التابعين للحكومة اليمنية: a state body's men take its country
        if role in STATE_ROLES and prole in STATE_ROLES and country and not forces.country:
            return country + role
        return None
    if code.startswith("IGO") or (code.startswith("IMG") and prole in GROUP_ROLES):
        return code
    if prole in GROUP_ROLES:
        return code or None
    if prole in STATE_ROLES:
        return country + (role if role in ("COP", "SPY") else "MIL")
    if patron.type == "GPE" and code == country:
        # a country: its own forces only when attached to it
        return country + ("MIL" if role in GROUP_ROLES else role) if word in ATTACHED_WORDS else None
    if country:
        return country + "REB"
    return None


def apply_patrons(text: str, ents: list[Entity]) -> None:
    """Give the armed forces of `ents` tied to a patron after them their patron's side (in
    place; `ents` in text order)."""
    for a, b in zip(ents, ents[1:]):
        if a.sentence != b.sentence or b.start - a.end > 20:
            continue
        word = affiliation_between(text, a, b)
        if word is None:
            continue
        code = patron_code(a, b, word)
        if code is None or code == a.actor_code:
            continue
        _recode(a, code)


# Nouns of armed men in construct with their patron (قوات صالح، ميليشيات الحوثي، فلول النظام)
FORCES_NOUNS = frozenset(fold(w) for w in (
    "قوات", "ميليشيات", "مليشيات", "ميليشيا", "مليشيا", "مسلحي", "مسلحو", "مقاتلي", "مقاتلو",
    "كتائب", "وحدات", "فلول",
))
# patrons whose forces these are: persons and parties (not a country, a body or an armed group,
# which the dictionaries and the nisba rules code already)
PATRON_ROLES = frozenset({"GOV", "PTY", "ELI", "OPP", "REB", "INS"})


def _forces_word_before(text: str, e: Entity) -> tuple[int, str] | None:
    """The start and folded form of the forces noun right before `e` (after و/ف), if any."""
    head = text[max(0, e.start - 16):e.start]
    if not head.endswith(" ") or head.endswith("  "):
        return None
    words = head.split()
    if not words:
        return None
    word = fold(words[-1])
    start = e.start - 1 - len(words[-1])
    if word[:1] in "وف" and word[1:] in FORCES_NOUNS:
        return start + 1, word[1:]
    return (start, word) if word in FORCES_NOUNS else None


def apply_construct_forces(text: str, ents: list[Entity]) -> None:
    """A forces noun in construct with a person or a party (قوات صالح، مسلحي الحزب) is one
    actor, the patron's forces, coded as with الموالية لـ; a second patron joined to it by و
    (ميليشيات الحوثي وصالح) is the same forces' (in place; `ents` in text order)."""
    prev_end = -1
    prev: Entity | None = None
    for e in ents:
        role = _role(e)
        person_or_party = e.type == "PERSON" or role in ("PTY", "OPP", "ELI")
        found = _forces_word_before(text, e) if person_or_party and role in PATRON_ROLES else None
        if found is not None and found[0] >= prev_end:
            start, word = found
            forces = Entity(start, e.end, text[start:e.end], "ORG", "", "MIL", role="MIL")
            code = patron_code(forces, e, "")
            if code:
                _recode(e, code)
                e.start, e.text, e.type = start, text[start:e.end], "ORG"
                e.canonical = f"{word} {e.canonical}"
                e.actor_id = None
                e.transliteration = None
        elif prev is not None and person_or_party and prev.sentence == e.sentence and \
                text[prev.end:e.start] in (" و", " و ") and _role(prev) in ARMED_ROLES and \
                fold(prev.text.split()[0]) in FORCES_NOUNS:
            # ميليشيات الحوثي وصالح: Saleh's militias too
            code = patron_code(Entity(0, 0, "", "ORG", "", "MIL", role="MIL"), e, "")
            if code:
                _recode(e, code)
                e.actor_id = None
        elif (found := _unnamed_forces_before(text, e, prev_end)) is not None:
            # بقوات عسكرية موالية للرئيس السابق علي عبد الله صالح، قائد عسكري موال لصالح: the
            # forces or the commander no dictionary names, with their patron, are one actor
            start, word = found
            forces = Entity(start, e.end, text[start:e.end], "ORG", "", "MIL", role="MIL")
            code = patron_code(forces, e, word)
            if code:
                _recode(e, code)
                e.start, e.text, e.type = start, text[start:e.end], "ORG"
                e.canonical = e.text
                e.actor_id = None
                e.transliteration = None
        prev_end = e.end
        prev = e


# Nouns of armed men or their commanders before الموالية لـ with no actor of their own
UNNAMED_FORCES = FORCES_NOUNS | frozenset(fold(w) for w in (
    "مسلحين", "مسلحون", "مقاتلين", "مقاتلون", "جنود", "قائد", "قادة", "ضابط", "ضباط", "قوة",
    "عناصر"))


def _unnamed_forces_before(text: str, e: Entity, prev_end: int) -> tuple[int, str] | None:
    """(start, affiliation word) of «forces noun [adjective] affiliation word» right before `e`
    with لـ on `e` or on an epithet before it, none of it in another entity."""
    lo = max(prev_end, e.start - 80, 0)
    window = text[lo:e.start]
    if not any(stem in window for stem in AFFILIATION_STEMS):
        return None  # (no word of affiliation before it: most entities, found without a regex)
    spans = [(m.start() + lo, m.group()) for m in _WORD.finditer(window)]
    lam = e.text.startswith("ل") and not e.text.startswith("لا")
    if not lam and spans and (spans[-1][1] in ("ل", "لـ") or spans[-1][1].startswith("لل")):
        lam, spans = True, spans[:-1]
    if not lam or len(spans) < 2 or fold(spans[-1][1]) not in AFFILIATION_WORDS:
        return None
    word = fold(spans[-1][1])
    for back in (2, 3):
        if len(spans) < back:
            return None
        start, w = spans[-back]
        f = fold(w)
        for clitic in ("وب", "فب", "و", "ف", "ب", "ل"):
            if f.startswith(clitic) and f[len(clitic):] in UNNAMED_FORCES:
                return start + len(clitic), word
        if f in UNNAMED_FORCES:
            return start, word
        if back == 2 and not f.endswith(("ي", "يه", "ية")):
            # only an adjective may stand between (قوات عسكرية موالية), or the one-word name
            # of a group after its head noun (جماعة الفرقان الموالية: grammar.json
            # `named_group_heads`)
            return _named_group_before(spans, word)
    return None


def _named_group_before(spans: list[tuple[int, str]], word: str) -> tuple[int, str] | None:
    """(start, affiliation word) of a group's head noun two words before the affiliation word
    (جماعة الفرقان الموالية، كتيبة «الفرقان» التابعة), or None."""
    if len(spans) < 3:
        return None
    start, w = spans[-3]
    f = fold(w)
    heads = grammar_words().named_group_heads
    for clitic in ("وب", "فب", "و", "ف", "ب", "ل", ""):
        if f.startswith(clitic) and f[len(clitic):] in heads:
            return start + len(clitic), word
    return None


_WORD = re.compile(r"\S+")


# roles of a group whose branch in a country is that country's group of the same role (the
# Jordanian branch of a party is a Jordanian party); an international group's (IMG…) branch
# stays the group
BRANCH_ROLES = GROUP_ROLES | frozenset({"PTY", "OPP"})


def _word_before(text: str, start: int) -> tuple[int, str] | None:
    """The start and folded form (without و/ف) of the word right before `start`, one space
    between."""
    head = text[max(0, start - 16):start]
    if not head.endswith(" ") or head.endswith("  "):
        return None
    words = head.split()
    if not words:
        return None
    begin, word = start - 1 - len(words[-1]), fold(words[-1])
    if word[:1] in "وف" and len(word) > 3:
        return begin + 1, word[1:]
    return begin, word


def _branch_code(group: Entity, country: str) -> str | None:
    """The code of the branch in `country` of `group`: the group's own when it is international,
    else that country's group of the same role; None when `group` is no group."""
    code, role = group.actor_code or "", _role(group)
    if code.startswith("IMG") and role in GROUP_ROLES:
        return code
    if role in BRANCH_ROLES and country:
        return country + role
    return None


def _as_branch(text: str, e: Entity, start: int, code: str) -> None:
    """`e` widened back to `start` (the branch noun) and coded `code`: one actor."""
    _recode(e, code)
    e.start, e.text, e.type, e.how = start, text[start:e.end], "ORG", "title"
    e.canonical = e.text
    e.actor_id = None
    e.transliteration = None


def apply_branches(text: str, ents: list[Entity]) -> None:
    """A branch of a group named with a country is the group, not that country (in place;
    `ents` in text order; grammar.json `branch_nouns`):
    - «الفرع المصري لتنظيم داعش»: the nisba after the branch noun, the group after لـ: the
      nisba's entity becomes the branch (the group's code, or the nisba's country with the
      group's role), the group its patron (`marsad.events.roles` joins them);
    - «فرع التنظيم في ليبيا»: a group of no country in construct with the branch noun, a
      country after في: the group of that country (an international group keeps its code)."""
    nouns = grammar_words().branch_nouns
    for a, b in zip(ents, ents[1:]):
        if a.sentence != b.sentence:
            continue
        before = _word_before(text, a.start)
        if before is None or before[1] not in nouns:
            continue
        if a.how == "nisba" and a.type == "GPE" and a.country and \
                text[a.end:b.start].strip() in ("ل", "لـ", "") and \
                (text[a.end:b.start].strip() or b.text.startswith("ل")):
            code = _branch_code(b, a.country)
            if code is not None:
                _as_branch(text, a, before[0], code)
        elif not a.country and a.actor_code and text[a.end:b.start].strip() == "في" and \
                b.type == "GPE" and b.country and b.actor_code == b.country and \
                before[1][:2] != "ال":
            code = _branch_code(a, b.country)
            if code is not None:
                _as_branch(text, a, before[0], code)


def _recode(e: Entity, code: str) -> None:
    e.actor_code = code
    international = code.startswith(("IGO", "IMG"))
    e.country = code[:3] if len(code) == 6 and not international else None
    e.role = code[3:] if len(code) == 6 else code
