"""Coreference over the actor entities of one document, in text order.

- Clause subjects: a person-like entity (a person, a title or a body acting as a person) is a
  subject when it starts its sentence, follows a verb (وقال خامنئي، أعلنت شركة…) or a
  complementiser (أنّ الجنرال…), and carries no preposition (لبوتين). Subjects in pull quotes,
  credits and datelines are not recorded.
- نظيره الروسي: the counterpart of the antecedent (the last person that was a clause subject,
  else the last person of the sentence) in the nisba's country: the holder of the antecedent's
  office there on the article's date, else an actor with that country and the antecedent's role.
  A name in apposition right after it (نظيره الإيراني الجنرال محمد باقري) joins the same entity.
- البلدين / البلدان (with the article): the two countries in focus, i.e. the two most frequent
  among the last ten country mentions that are actors (not places after في/ب, not adjectives),
  the later one winning ties; two GPE entities over the same span (how="coref").
- قواته، جيشها، حكومتها، قوات أمنها (words.json `possessed_*`) as the subject of a clause: the
  forces, police or government of the actor the pronoun refers to in the same sentence (the last
  clause subject, else the last actor, that it agrees with: ها a country or a feminine body, ه a
  masculine body or a person): the antecedent's country with the noun's role (الجيش الأمريكي …
  قواته: USAMIL), or a non-state antecedent's own code.
- سفيرها، وزيره، ممثلها (grammar.json `possessed_offices`, twenty-fourth session), anywhere in
  a clause: the office of the country or government named last before it in the same or the
  previous sentence (استدعت الخارجية المصرية سفيرها: EGYGOV); a person (for ه) or another
  organisation that the pronoun agrees with, named nearer, owns it instead, and then it is left
  as it was.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass
from operator import attrgetter

import regex

from marsad.actors.forms import preposition_of
from marsad.actors.gazetteer import Gazetteer
from marsad.document import Document, Entity
from marsad.lexicon.categories import per_lexicon
from marsad.lexicon.grammar import grammar_words
from marsad.text.normalize import DROPPED_CHARS, fold

# The word lists of these rules are categories of lexicon/data/grammar.json (twenty-second
# session): `subject_verbs` (verbs that open a clause with a named subject after them, VSO;
# their ت and وا forms are added by `verb_set`), `subject_complementizers`,
# `focus_locative_preps`, `non_verb_openers` (read by person_names and place_mentions too) and
# `describe_verbs`, read through `grammar_words()` in the actors stage's lexicon set.
_NAZIR_RE = regex.compile(r"^(?P<pre>[وف]?[بلك]?)نظير(?:ت|ا|ي)?(?:ه|ها|هم|هما)$")
# the article is required: بلدين/بلدان alone are "two countries"/"countries", not anaphoric
_TWO_COUNTRIES_RE = regex.compile(r"^(?P<pre>[وف]?(?:ب|ك)?ال|[وف]?لل)بلد(?:ين|ان)$")
FOCUS_WINDOW = 10  # country mentions looked at for البلدين
SKIP_KINDS = frozenset({"pull_quote", "credit", "dateline"})


@per_lexicon
def office_pattern() -> "regex.Pattern[str] | None":
    """One pattern for a folded word without its pronoun that is an office noun of grammar.json
    `possessed_offices` after none or one of `office_proclitics` (none tried first: وزيرها is
    no و + زير; a noun in hamza also written with ي, the fold of ئ: سفرائها), in the lexicon set
    in use; None when no office noun is listed."""
    words = grammar_words()
    offices = set(words.possessed_offices)
    offices |= {w[:-1] + "ي" for w in words.possessed_offices if w.endswith("ء")}
    if not offices:
        return None
    pre = "|".join(regex.escape(p) for p in sorted(words.office_proclitics, key=lambda p:
                                                   (len(p), p)) if p)
    stems = "|".join(regex.escape(o) for o in sorted(offices, key=len, reverse=True))
    return regex.compile(rf"(?:(?P<pre>{pre}))??(?P<stem>{stems})" if pre
                         else rf"(?P<pre>)(?P<stem>{stems})")


# the last letters of a written word an office noun with its pronoun may end in (ه، ها, or a mark
# the matching drops after them): the cheap test before the pattern
_OFFICE_LAST = frozenset("ها") | frozenset(DROPPED_CHARS)
_UNSEEN = object()
_OFFICE_STEMS_LIMIT = 100_000


@per_lexicon
def _office_stems() -> dict[str, tuple[str, str, str] | None]:
    """`Coref.office_stem` of each word text met (many tokens end in ه or ا, and news repeats
    its words: one pattern test a word type, not a token; twenty-seventh session), in the
    lexicon set in use; emptied at `_OFFICE_STEMS_LIMIT` words."""
    return {}


def verb_set() -> frozenset[str]:
    """grammar.json `subject_verbs`, each also with ت and وا after it (أعلنت، قالوا), in the
    lexicon set in use."""
    out = set()
    for f in grammar_words().subject_verbs:
        out.update((f, f + "ت", f + "وا"))
    return frozenset(out)


CLAUSE_PUNCT = frozenset("،,؛;:.«»\"()")


@dataclass(slots=True)
class Meta:
    """What the coreference pass needs to know about an entity beyond the Entity fields."""

    office: str | None
    person_like: bool
    prefix: str
    kind: str
    name: tuple[int, int] | None = None  # original span of the proper name inside the entity
    nested: tuple[dict, ...] = ()  # names inside the entity that are actors of their own


def _advance(text: str, pos: int, letters: int) -> int:
    """Original offset after `letters` kept (non-mark) characters from `pos`."""
    while letters > 0 and pos < len(text):
        if text[pos] not in DROPPED_CHARS:
            letters -= 1
        pos += 1
    while pos < len(text) and text[pos] in DROPPED_CHARS:
        pos += 1
    return pos


_START = attrgetter("start")
_SKIP = object()  # no antecedent an office's pronoun may stand for (`Coref._owner_of`)


POSSESSED_ROLES = {"possessed_forces": ("MIL", "forces"), "possessed_police": ("COP", "police"),
                   "possessed_government": ("GOV", "government"),
                   "possessed_members": ("", "members")}  # the possessor's own code
# how a folded letter may be written in the text (hamza forms)
_SPELLINGS = {"ا": "[اأإآ]", "ي": "[يىئ]", "و": "[وؤ]"}
# possessors whose forces are their country's (الشعب المصري … جيشه: the Egyptian army)
COUNTRY_POSSESSOR_ROLES = frozenset({None, "", "GOV", "MIL", "COP", "SPY", "LEG", "JUD", "CVL"})


@dataclass(frozen=True)
class Possessed:
    """The possessed nouns of words.json (`POSSESSED_ROLES`) as one pattern over the text, and the
    role and English name of each (keyed by its folded stem)."""

    pattern: object  # regex.Pattern: proclitics, the noun, the pronoun ه / ها
    roles: dict[str, tuple[str, str]]

    @classmethod
    def from_lexicon(cls, lexicon) -> Possessed:
        roles: dict[str, tuple[str, str]] = {}
        for e in lexicon.entries("words"):
            if e.get("category") in POSSESSED_ROLES:
                for w in e["words"]:
                    f = fold(w)
                    # the ta marbuta is written ت before a pronoun (حكومة → حكومتها)
                    roles[f[:-1] + "ت" if f.endswith("ه") else f] = POSSESSED_ROLES[e["category"]]
        if not roles:
            return cls(None, {})
        spelt = "|".join("".join(_SPELLINGS.get(ch, ch) for ch in stem)
                         for stem in sorted(roles, key=len, reverse=True))
        pattern = regex.compile(rf"(?<!\p{{L}})([وف]?[بلك]?)({spelt})(ها|ه)(?!\p{{L}})")
        return cls(pattern, roles)


def possessed_office(text: str) -> bool:
    """Is `text` an office noun of grammar.json `possessed_offices` with the pronoun ه or ها
    (سفيرها، ووزيره), as `Coref` codes it?"""
    return Coref.office_stem(text) is not None


class Coref:
    def __init__(self, doc: Document, gaz: Gazetteer, date: dt.date | None,
                 verbs: frozenset[str], romanize=None, possessed: Possessed | None = None):
        self.possessed = possessed
        self.romanize = romanize
        self.doc = doc
        self.gaz = gaz
        self.date = date
        self.verbs = verbs
        self.tok_starts = list(map(_START, doc.tokens))

    def prev_token(self, pos: int, sentence: int):
        j = bisect.bisect_left(self.tok_starts, pos) - 1
        if j < 0:
            return None
        t = self.doc.tokens[j]
        return t if t.sentence == sentence else None

    def is_subject(self, e: Entity, meta: Meta) -> bool:
        if not meta.person_like or preposition_of(meta.prefix):
            return False
        prev = self.prev_token(e.start, e.sentence)
        if prev is None:
            return True
        if prev.kind != "word":
            return prev.text in ("«", "\"", "“") and self.prev_token(prev.start, e.sentence) is None
        gw = grammar_words()
        f = fold(prev.text)
        for cand in (f, f[1:] if f[:1] in ("و", "ف") else None, prev.norm):
            if cand and (cand in self.verbs or cand in gw.subject_complementizers):
                return not (cand in gw.describe_verbs and self._described(e))
        # the first word of a clause that is not a preposition or a noun is most likely its verb
        # (VSO): ورحّب خامنئي، ثم شارك بوتين
        before = self.prev_token(prev.start, e.sentence)
        clause_start = before is None or before.text in CLAUSE_PUNCT or fold(before.text) in (
            "ثم", "وقد", "فقد", "قد")
        bare = f[1:] if f[:1] in ("و", "ف") and len(f) > 3 else f
        return clause_start and bare not in gw.non_verb_openers and \
            f not in gw.non_verb_openers \
            and not bare.startswith("ال") and not f.endswith("ه")

    def _described(self, e: Entity) -> bool:
        """وصف بوتين بـ«…»: the name between وصف and بـ is what is described, not the subject."""
        j = bisect.bisect_left(self.tok_starts, e.end)
        toks = self.doc.tokens
        return j < len(toks) and toks[j].kind == "word" and fold(toks[j].text).startswith("ب")

    def run(self, ents: list[Entity], metas: list[Meta]) -> tuple[list[Entity], list[Meta],
                                                                list[list[int]]]:
        doc = self.doc
        triggers = self._two_country_triggers()
        owned = self._possessed_nouns()
        offices = self._office_nouns()
        fi = 0
        oi = 0
        out: list[Entity] = []
        out_meta: list[Meta] = []
        subjects: list[list[int]] = [[] for _ in doc.sentences]
        countries: list[str] = []
        last_person_subject: int | None = None
        ti = 0
        k = 0
        while k < len(ents):
            e, meta = ents[k], metas[k]
            while ti < len(triggers) and triggers[ti][0] < e.start:
                self._emit_two_countries(triggers[ti], countries, out, out_meta)
                ti += 1
            while oi < len(owned) and owned[oi][0] < e.start:
                self._emit_possessed(owned[oi], out, out_meta, subjects)
                oi += 1
            while fi < len(offices) and offices[fi][0] < e.end:
                office = self._office_entity(offices[fi], out, out_meta, subjects)
                fi += 1
                if office is None:
                    continue
                if office[0].end <= e.start:
                    self._append_subject(office, out, out_meta, subjects)
                elif e.end == office[0].end and e.type == "PERSON" and meta.name is None:
                    e, meta = office  # سفيره read as the title سفيرة: his ambassador instead
                # (else a mention holding it, وزيرها الدكتور وليد الصمعاني, stays as it is)
            kind = doc.sentences[e.sentence].kind if e.sentence >= 0 else "body"
            if meta.kind == "nisba":
                nazir = self._nazir_before(e)
                if nazir is not None:
                    antecedent = last_person_subject
                    if antecedent is None:
                        antecedent = self._last_person(out, e.sentence)
                    merged, used = self._counterpart(nazir, e, ents, metas, k,
                                                     None if antecedent is None else (
                                                         out[antecedent], out_meta[antecedent]))
                    e, meta = merged
                    k += used
            out.append(e)
            out_meta.append(meta)
            if self._in_focus(e, meta):
                countries.append(e.country)
            if kind not in SKIP_KINDS and e.sentence >= 0 and self.is_subject(e, meta):
                subjects[e.sentence].append(len(out) - 1)
                if e.type == "PERSON":
                    last_person_subject = len(out) - 1
            k += 1
        while ti < len(triggers):
            self._emit_two_countries(triggers[ti], countries, out, out_meta)
            ti += 1
        while oi < len(owned):
            self._emit_possessed(owned[oi], out, out_meta, subjects)
            oi += 1
        while fi < len(offices):
            office = self._office_entity(offices[fi], out, out_meta, subjects)
            fi += 1
            if office is not None:
                self._append_subject(office, out, out_meta, subjects)
        return out, out_meta, subjects

    def _append_subject(self, item: tuple[Entity, Meta], out: list[Entity], out_meta: list[Meta],
                        subjects: list[list[int]]) -> None:
        e, meta = item
        out.append(e)
        out_meta.append(meta)
        kind = self.doc.sentences[e.sentence].kind if e.sentence >= 0 else "body"
        if kind not in SKIP_KINDS and e.sentence >= 0 and self.is_subject(e, meta):
            subjects[e.sentence].append(len(out) - 1)

    def _last_person(self, out: list[Entity], sentence: int) -> int | None:
        for i in range(len(out) - 1, -1, -1):
            if out[i].sentence != sentence:
                return None
            if out[i].type == "PERSON":
                return i
        return None

    # -- نظيره الروسي ----------------------------------------------------------------------------
    def _nazir_before(self, e: Entity) -> tuple[int, int] | None:
        """Original span of نظيره (without its proclitics) right before entity `e`."""
        prev = self.prev_token(e.start, e.sentence)
        if prev is None or prev.kind != "word" or self.doc.text[prev.end:e.start].strip():
            return None
        m = _NAZIR_RE.match(fold(prev.text))
        if m is None:
            return None
        return _advance(self.doc.text, prev.start, len(m.group("pre"))), prev.end

    def _counterpart(self, nazir: tuple[int, int], nisba: Entity, ents: list[Entity],
                     metas: list[Meta], k: int,
                     antecedent: tuple[Entity, Meta] | None) -> tuple[tuple[Entity, Meta], int]:
        country = nisba.country
        code = self.gaz.country_code(country)
        canonical = f"counterpart in {self.gaz.country_name(country) or country}"
        actor_id = f"role:{code}:counterpart"
        role = None
        office = None
        if antecedent is not None:
            ant, ant_meta = antecedent
            role = ant.role
            office = ant_meta.office
            if office:
                found = self.gaz.offices.holder(office, country, self.date)
                if found is not None:
                    who, r = found
                    pe = self.gaz.entries[who]
                    code, canonical, actor_id = r.code, pe.canonical, pe.id
                    role = r.code[3:6] if len(r.code) >= 6 else role
            if actor_id.startswith("role:"):
                code = (code or "") + (role or "")
                canonical = f"{ant.canonical} counterpart in {self.gaz.country_name(country)}"
                actor_id = f"role:{code}:{office or 'counterpart'}"
        start, end = nazir[0], nisba.end
        translit = None
        used = 0
        # a name in apposition: نظيره الإيراني الجنرال محمد باقري
        if k + 1 < len(ents):
            nxt = ents[k + 1]
            if nxt.type == "PERSON" and not self.doc.text[end:nxt.start].strip() \
                    and nxt.how in ("lexicon", "title"):
                end = nxt.end
                used = 1
                canonical, actor_id, translit = nxt.canonical, nxt.actor_id, nxt.transliteration
                if nxt.how == "title" and translit and self.romanize is not None:
                    # an unknown name: now its country is known, spell it the way it is spelt there
                    a, b = metas[k + 1].name or (nxt.start, nxt.end)
                    translit = self.romanize(self.doc.text[a:b], country) or translit
                    canonical = translit
                if nxt.country:
                    code, role = nxt.actor_code, nxt.role
        ent = Entity(start, end, self.doc.text[start:end], "PERSON", canonical, code, actor_id,
                     country, role, "coref", translit, nisba.sentence)
        name = metas[k + 1].name if used else None
        return (ent, Meta(office, True, "", "coref", name)), used

    # -- البلدين ---------------------------------------------------------------------------------
    def _in_focus(self, e: Entity, meta: Meta) -> bool:
        """Does this mention put its country in focus? Not a place (في سوريا، بسوريا), not a
        mere adjective (الأزمة السورية)."""
        if not e.country or e.type == "LOC" or e.how in ("nisba", "coref") and e.type == "GPE":
            return False
        if preposition_of(meta.prefix) == "ب":
            return False
        prev = self.prev_token(e.start, e.sentence)
        return prev is None or fold(prev.text) not in grammar_words().focus_locative_preps

    def _two_country_triggers(self) -> list[tuple[int, int, int]]:
        out = []
        # only the tokens where «بلد» occurs (found with str.find, not a loop over every token)
        text, toks, found = self.doc.text, self.doc.tokens, []
        pos = text.find("بلد")
        while pos >= 0:
            k = bisect.bisect_right(self.tok_starts, pos) - 1
            if k >= 0 and (not found or found[-1] != k):
                found.append(k)
            pos = text.find("بلد", pos + 1)
        for k in found:
            t = toks[k]
            if t.kind != "word" or "بلد" not in t.text:
                continue
            m = _TWO_COUNTRIES_RE.match(fold(t.text))
            if m is None:
                continue
            pre = m.group("pre")
            keep = 0 if pre.endswith("لل") else len(pre) - (2 if pre.endswith("ال") else 0)
            out.append((_advance(self.doc.text, t.start, keep), t.end, t.sentence))
        return out

    def _emit_two_countries(self, trig: tuple[int, int, int], countries: list[str],
                            out: list[Entity], out_meta: list[Meta]) -> None:
        window = countries[-FOCUS_WINDOW:]
        score: dict[str, tuple[int, int]] = {}
        for i, c in enumerate(window):
            score[c] = (score.get(c, (0, 0))[0] + 1, i)
        seen = sorted(score, key=lambda c: score[c], reverse=True)[:2]
        if len(seen) < 2:
            return
        start, end, sentence = trig
        for c in reversed(seen):
            out.append(Entity(start, end, self.doc.text[start:end], "GPE",
                              self.gaz.country_name(c) or c, self.gaz.country_code(c),
                              f"country:{c}", c, None, "coref", None, sentence))
            out_meta.append(Meta(None, False, "", "coref"))

    # -- قواته، حكومتها ------------------------------------------------------------------------
    def _possessed_nouns(self) -> list[tuple[int, int, str, str, str]]:
        """(start, end, proclitics, folded stem, pronoun) of each possessed noun of the text."""
        if self.possessed is None or self.possessed.pattern is None:
            return []
        return [(m.start(2), m.end(3), fold(m.group(1)), fold(m.group(2)), m.group(3))
                for m in self.possessed.pattern.finditer(self.doc.text)]

    def _emit_possessed(self, owned: tuple[int, int, str, str, str], out: list[Entity],
                        out_meta: list[Meta], subjects: list[list[int]]) -> None:
        start, end, prefix, stem, pronoun = owned
        j = bisect.bisect_right(self.tok_starts, start) - 1
        if j < 0:
            return
        sentence = self.doc.tokens[j].sentence
        ant = self._possessor(out, out_meta, subjects, sentence, feminine=pronoun == "ها")
        if ant is None:
            return
        role, en = self.possessed.roles.get(stem, (None, None))
        if role is None:
            return
        if role == "":
            # عناصره، مقاتلوها: the members of a body are that body (of a country alone: unknown)
            if not ant.role:
                return
            code, canonical, country, role = ant.actor_code, f"{ant.canonical} {en}", \
                ant.country, ant.role
        elif ant.role in COUNTRY_POSSESSOR_ROLES:
            code = (self.gaz.country_code(ant.country) or "") + role
            canonical = f"{self.gaz.country_name(ant.country) or ant.country} {en}"
            country = ant.country
        elif role == "MIL":
            # the fighters of a group are the group (حزب الله … مقاتلوه)
            code, canonical, country, role = ant.actor_code, f"{ant.canonical} {en}", \
                ant.country, ant.role
        else:
            return
        ent = Entity(start, end, self.doc.text[start:end], "ORG", canonical, code,
                     f"role:{code}:{en}", country, role, "coref", None, sentence)
        meta = Meta(None, True, prefix, "coref")
        if not self.is_subject(ent, meta):
            return  # only a clause's subject (إن قواتها أسقطت): elsewhere the guess is idle
        out.append(ent)
        out_meta.append(Meta(None, False, prefix, "coref"))

    def _possessor(self, out: list[Entity], out_meta: list[Meta], subjects: list[list[int]],
                   sentence: int, feminine: bool) -> Entity | None:
        """The actor the pronoun of a possessed noun stands for, in its sentence, with a country
        and a gender the pronoun agrees with: the last clause subject before it (وقالت حماس إنها
        تحترم الدول التي يوجد فيها عناصرها: Hamas, not the countries), else the last such actor
        before it. None when the sentence names none: an antecedent further back is too often
        the wrong one."""
        agreeing = [i for i in (subjects[sentence] if 0 <= sentence < len(subjects) else [])
                    if self._may_possess(out[i], out_meta[i], feminine)]
        if agreeing:
            return out[agreeing[-1]]
        for i in range(len(out) - 1, -1, -1):
            if out[i].sentence != sentence:
                return None
            if self._may_possess(out[i], out_meta[i], feminine):
                return out[i]
        return None

    def _may_possess(self, e: Entity, meta: Meta, feminine: bool) -> bool:
        """An actor with a country, not a place, whose gender agrees with the pronoun (ها: a
        country or a feminine or plural body, الحكومة، القوات; ه: a masculine body or a person)."""
        if not e.country or e.type == "LOC" or e.how == "coref" or preposition_of(meta.prefix):
            return False
        if e.type == "GPE" and not self._in_focus(e, meta):
            return False  # a place (في سوريا), not an actor
        female = e.type == "GPE" or fold(e.text.split()[0]).endswith(("ه", "ات"))
        return female == feminine

    # -- سفيرها، وزيره ----------------------------------------------------------------------------
    def _office_nouns(self) -> list[tuple[int, int, str, str, str, int]]:
        """(start, end, proclitics, folded office noun, pronoun, sentence) of each office noun
        of grammar.json `possessed_offices` with the pronoun ه or ها (not the ة of سفيرة)."""
        if office_pattern() is None:
            return []
        out = []
        text = self.doc.text
        office_stem = self.office_stem
        stems = _office_stems()
        for t in self.doc.tokens:
            if t.kind != "word" or t.sentence < 0 or t.text[-1:] not in _OFFICE_LAST:
                continue
            found = stems.get(t.text, _UNSEEN)
            if found is _UNSEEN:
                if len(stems) >= _OFFICE_STEMS_LIMIT:
                    stems.clear()
                found = stems[t.text] = office_stem(t.text)
            if found is not None:
                pre, stem, pronoun = found
                start = _advance(text, t.start, len(pre))
                out.append((start, t.end, pre, stem, pronoun, t.sentence))
        return out

    @staticmethod
    def office_stem(word: str, offices: frozenset[str] | None = None
                    ) -> tuple[str, str, str] | None:
        """(folded proclitics, folded office noun, pronoun) of `word` when it is an office noun
        of grammar.json `possessed_offices` with the pronoun ه or ها (not the ة of سفيرة)."""
        if not word or word[-1] not in _OFFICE_LAST:
            return None  # (the cheap test: most words end in no ه nor ا)
        written = "".join(ch for ch in word if ch not in DROPPED_CHARS)
        pronoun = "ها" if written.endswith("ها") else "ه" if written.endswith("ه") else ""
        if not pronoun:
            return None
        folded = fold(written[:-len(pronoun)])
        if offices is None:
            pattern = office_pattern()
            if pattern is None:
                return None
            m = pattern.fullmatch(folded)
            return (m["pre"] or "", m["stem"], pronoun) if m is not None else None
        for pre in ("", *sorted(grammar_words().office_proclitics, key=lambda p: (len(p), p))):
            stem = folded[len(pre):]
            # (سفرائها: the hamza of سفراء written ئ before the pronoun)
            if folded.startswith(pre) and (stem in offices or stem.endswith("ي")
                                           and stem[:-1] + "ء" in offices):
                return pre, stem, pronoun
        return None

    def _office_entity(self, office: tuple[int, int, str, str, str, int], out: list[Entity],
                       out_meta: list[Meta], subjects: list[list[int]]
                       ) -> tuple[Entity, Meta] | None:
        """The office of the country or government the pronoun stands for, as an entity."""
        start, end, prefix, stem, pronoun, sentence = office
        owner = self._office_owner(out, out_meta, subjects, sentence, feminine=pronoun == "ها")
        if owner is None:
            return None
        key = stem[:-1] + "ء" if stem.endswith("ي") and stem not in \
            grammar_words().possessed_offices else stem
        title = self.gaz.entry_of_key(key, "title")
        role = (title.role if title is not None else None) or "GOV"
        en = title.canonical if title is not None else "representative"
        code = (self.gaz.country_code(owner.country) or "") + role
        canonical = f"{self.gaz.country_name(owner.country) or owner.country} {en}"
        ent = Entity(start, end, self.doc.text[start:end], "PERSON", canonical, code,
                     f"role:{code}:{en}", owner.country, role, "coref", None, sentence)
        return ent, Meta(None, True, prefix, "coref")

    def _office_owner(self, out: list[Entity], out_meta: list[Meta], subjects: list[list[int]],
                      sentence: int, feminine: bool) -> Entity | None:
        """The country (in focus, not a place) or government body the pronoun of an office noun
        stands for: the nearest actor before it in its sentence or the one before that the
        pronoun agrees with (ها: a country or a feminine body; ه: a masculine body, a country
        or a person), not after a preposition (قطعت السعودية علاقاتها مع إيران. وقالت إن
        سفيرها: Saudi Arabia's). None when the nearest such actor is a person, another
        organisation or a place told as an actor: never a person's office (قال محمد إن سفيره).
        (A clause subject first would pass over the organisation nearer: … التي ترتكبها
        الأمم المتحدة عبر مبعوثيها.)"""
        for i in range(len(out) - 1, -1, -1):
            e, meta = out[i], out_meta[i]
            if e.sentence < sentence - 1:
                return None
            found = self._owner_of(e, meta, feminine)
            if found is not _SKIP:
                return found
        return None

    def _in_focus_place(self, e: Entity, prev) -> bool:
        """A place not after a locative preposition (في، داخل)."""
        return prev is None or fold(prev.text) not in grammar_words().focus_locative_preps

    def _owner_of(self, e: Entity, meta: Meta, feminine: bool):
        """`e` as the owner of an office noun: `e` (a country or a government body), None (a
        person or another body the pronoun agrees with: the office is not a country's), or
        _SKIP (no antecedent the pronoun may stand for: a place, a nisba, another gender)."""
        if e.how == "coref":
            return _SKIP
        if preposition_of(meta.prefix):
            return _SKIP
        prev = self.prev_token(e.start, e.sentence)
        if e.type not in ("GPE", "LOC", "PERSON") and not self._state_body(e):
            # another organisation named nearer, also right after a preposition of the group
            # the people before belong to (grammar.json `office_group_preps`: استقبلت القاهرة
            # وفدا من حماس برئاسة مبعوثها: Hamas's envoy): the office is not the country's
            # further back. After another preposition (عضويتها في جامعة الدول العربية … منع
            # مندوبها) it is passed over; so is a head noun whose spelling shows another
            # gender (ها after الحزب، ه after الحركة); a name (حماس، فتح) shows none
            if prev is not None:
                f = fold(prev.text)
                words = grammar_words()
                bare = f[1:] if f[:1] in ("و", "ف") else f
                if (f in words.non_verb_openers or bare in words.non_verb_openers) and \
                        f not in words.office_group_preps and \
                        bare not in words.office_group_preps:
                    return _SKIP
            return _SKIP if self._other_gender(e, feminine) else None
        if prev is not None and e.type != "PERSON":
            f = fold(prev.text)
            openers = grammar_words().non_verb_openers
            if f in openers or f[:1] in ("و", "ف") and f[1:] in openers:
                return _SKIP  # after a preposition (علاقاتها مع إيران): no owner
        if e.type == "LOC":
            # a place told as an actor (واستدعت عمان سفيرها): Amman or Oman, no owner further
            # back; after في a place
            return _SKIP if not self._in_focus_place(e, prev) else None
        if e.type == "GPE":
            if e.how != "nisba" and self._in_focus(e, meta) and e.country:
                return e
            return _SKIP
        if e.type == "PERSON":
            # (ها: a man named between is not its owner)
            return _SKIP if feminine else None
        if fold(e.text.split()[0]).endswith(("ه", "ات")) != feminine:
            return _SKIP
        return e  # الخارجية المصرية، الحكومة الأردنية

    def _state_body(self, e: Entity) -> bool:
        """A country's government body (الخارجية المصرية، الحكومة الأردنية: EGYGOV)."""
        return e.role == "GOV" and bool(e.country) and e.actor_code == \
            (self.gaz.country_code(e.country) or "") + "GOV"

    @staticmethod
    def _other_gender(e: Entity, feminine: bool) -> bool:
        """Does the head of organisation `e` show by its spelling a gender the pronoun does not
        agree with? Only a common noun shows one: feminine in ة or ات (حركة، الجبهة، القوات),
        masculine with the article or a head noun of grammar.json `body_heads`,
        `named_group_heads` or `army_nouns` (الحزب، مجلس، الجيش); a name (حماس، أرامكو)
        shows none."""
        head = fold(e.text.split()[0]) if e.text.strip() else ""
        if head.endswith(("ه", "ات")):
            return not feminine
        words = grammar_words()
        common = head.startswith("ال") or head in words.body_heads or \
            head in words.named_group_heads or head in words.army_nouns
        return common and feminine
