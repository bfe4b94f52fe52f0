"""Stage 'actors': people, organisations, countries and places, with CAMEO actor codes.

Steps (helpers in `marsad.actors`):
1. `matcher`: one Aho-Corasick pass of the compiled dictionaries (countries and their nisba
   adjectives, cities, agents, orgs, people; `gazetteer`) over the normalised text, clitic-aware and
   longest-match.
2. `compose`: titles + names, office holders by the article's `published` date (`offices`), nisba
   adjectives after titles and bodies, capital-for-government metonymy, unknown names after a
   title, a cue word (`namecues`: honorifics, person nouns, nationalities, clause verbs), a known
   given name (words.json "given_names"), in a nasab or kunya, or coordinated with a person, and
   organisations after a head noun (شركة، جامعة; transliterated, `romanize`).
3. `coref`: clause subjects, نظيره الروسي (the counterpart), البلدين (the two countries in focus).

Every entity's span slices the original text (`doc.text[e.start:e.end] == e.text`); entities of
pull quotes and credits are kept, with their `sentence` index, for later stages to skip.

State left in `doc.state` for later stages:
- `"actors.subjects"`: one list per sentence of the indices (into `doc.entities`) of the entities
  that are explicit clause subjects there, in text order (empty for pull quotes, credits and
  datelines). `last_human_subject(doc, pos)` reads it.
- `"actors.names"`: {entity index: [start, end]}: the proper-name part of entities that contain a
  name (`الرئيس الروسي فلاديمير بوتين` -> `فلاديمير بوتين`); entities made only of a title, a body,
  a nisba or a coreference have none.
- `"actors.nested"`: [{start, end, text, type, canonical, actor_code, actor_id, country, entity}]:
  names inside an entity that are actors of their own, which do not get an entity (spans do not
  overlap): the country of `رئيس آذربيجان`, the organisation of `الأمين العام للأمم المتحدة`.
- `"actors.clitic_starts"`: {start of an entity: its start with its proclitics}: an entity's span
  starts after the conjunction and the preposition written into its first word (وروسيا ->
  روسيا, بالحكومة -> الحكومة, للجيش -> لجيش: the article's ل stays); the stages that read the
  preposition of an actor ask `marsad.actors.clitics.start_with_clitics` (twenty-fourth session).
"""

from __future__ import annotations

import bisect
from dataclasses import fields

from marsad.actors.compose import (ADJECTIVE_GOVERNORS, ADJECTIVE_HEADS, ATTRIBUTIVE_HEADS,
                                   CONSTRUCT_GOVERNORS, VERB_PARTICLES,
                                   DEGREE_ADVERBS, DESCRIPTOR_HEADS, FATHER_EPITHETS, FATHER_NAMES, KINSHIP_EPITHETS,
                                   NOUN_GIVEN_NAMES,
                                   PARTY_LIST_HEADS, PRONOUN_HOSTS,
                                   MEMBER_NOUNS, ORIGIN_PARTICIPLES, PLACE_HEADS,
                                   SUPPORTER_NOUNS,
                                   HAMZA_HOMOGRAPHS, MOVEMENT_HEADS, OBJECT_NOUNS,
                                   ASSOCIATION_HEADS, CIVIL_ADJECTIVES, CIVIL_BODY_HEADS,
                                   SURNAME_HOMOGRAPHS, Composer, Mention, candidate_table)
from marsad.actors.clitics import STATE_KEY as CLITIC_STARTS, trim_entities
from marsad.actors.coref import SKIP_KINDS, Coref, Meta, Possessed, verb_set
from marsad.actors.gazetteer import Gazetteer
from marsad.lexicon.outlets import OutletIndex, outlet_index
from marsad.actors.matcher import MatchingString, find_matches
from marsad.actors.namecues import PLACE_HOMOGRAPHS, NameCues
from marsad.actors.anaphora import apply_head_anaphora
from marsad.actors.patrons import apply_branches, apply_construct_forces, apply_patrons
from marsad.actors.romanize import Romanizer
from marsad.document import Document, Entity
from marsad.lexicon.categories import reading_lexicon
from marsad.lexicon.grammar import grammar_words
from marsad.lexicon.loader import GIVEN_NAMES
from marsad.text.normalize import fold

# Words that never start or continue an unknown name after a title (besides words.json).
_NAME_STOPS = (
    "أمس", "اليوم", "غدا", "الذي", "التي", "بشأن", "حول", "خلال", "عبر", "إثر", "اثر", "أيضا",
    "أيضاً", "نفسه", "ذاته", "السابق", "الحالي", "الجديد", "صباح", "مساء", "يوم", "قبل", "بعد",
    "لدى", "عند", "ضد", "دون", "منذ", "حيث", "إذ", "كما", "وهو", "وهي", "الذين", "عن", "أمام",
    "وذلك", "قوله", "قولها", "باسم", "آنذاك", "عدة", "كبير", "بقليل", "لديه", "لديها", "بأن",
    "أنه", "أنها", "إنه", "إنها", "إن", "أن", "أنّ", "إنّ", "فقط", "بسبب", "ردا", "رداً",
    "إزاء", "تجاه", "حيال", "نحو", "بعدما", "عندما", "بينما", "فيما", "لأن", "كي", "لكي",
    "أو", "تحت", "له", "لها", "لهم", "معه", "منه", "عليه", "إليه", "فيه", "به", "بها", "بهم",
    "أولا", "ثانيا", "أخيرا", "مجددا", "تحديدا", "خصوصا", "أكثر", "أقل", "جدا", "كل", "بعض",
    "إلا", "الا", "لنا", "معي", "هناك", "هنا", "ذات", "نصف",
)


PERSON_PLURALS = "person_plurals"  # words.json: خبراء، علماء، نواب (words of bodies' names)


def _in_set(resources, build, *args):
    """`build(*args)` in the pipeline's lexicon set (the grammar.json words it reads: a user's
    `lexicon_dirs` too)."""
    with reading_lexicon(resources.lexicon_dirs):
        return build(*args)


def _verbs_no_openers() -> frozenset[str]:
    """coref's clause verbs (grammar.json `subject_verbs`) but the `non_verb_openers`."""
    return verb_set() - grammar_words().non_verb_openers


def _function_words(lexicon) -> frozenset[str]:
    """Particles and prepositions (words.json "particles" and the list above), folded."""
    words = {fold(w) for w in _NAME_STOPS}
    for e in lexicon.entries("words"):
        if e.get("category") == "particles":
            words.update(fold(w) for w in e["words"])
    return frozenset(words)


CLUB_PROFESSIONS, CLUB_LITERARY_CUES = "club_professions", "club_literary_cues"
# given names that are common words, read before a dictionary surname (بشرى الأسد): names'
# words, not stop words (محمد حسن، نور الدين stay names; twenty-first session)
SURNAME_GIVEN_NAMES = "surname_given_names"
# adjectives of a national team of the article's own country (المنتخب الوطني، المنتخب الأول):
# common adjectives inside names (الجيش الوطني اليمني، مركز … للحوار الوطني), not stop words
# (twenty-second session)
OWN_TEAM_ADJECTIVES = "own_national_team_adjectives"


def _stopwords(lexicon) -> frozenset[str]:
    words = {fold(w) for w in _NAME_STOPS}
    for e in lexicon.entries("words"):
        # (محمد القصير; a noun of armed action is as common as any noun: عمل صحفي; the nouns
        # of kinds of organisations are words of names: نادي الاتحاد، منتدى «شبكة …»; the
        # adverbs of degree, للغاية، جدا, are read only after a given name: as stop words they
        # changed what a stop word before a common alias does, «الجيد للغاية والمقاومة»; the
        # heads of such adjectives, رجل، عمل، عيد, are read only before such a given name, and
        # عيد is a family name too; the verb particles only before such a head; a club's
        # profession and literary words are names' words: نادي الصحافة، نادي القصة)
        if e.get("category") not in (GIVEN_NAMES, PLACE_HOMOGRAPHS, ATTRIBUTIVE_HEADS,
                                     HAMZA_HOMOGRAPHS, SURNAME_HOMOGRAPHS, FATHER_NAMES,
                                     OBJECT_NOUNS, DESCRIPTOR_HEADS, PLACE_HEADS,
                                     ORIGIN_PARTICIPLES, MEMBER_NOUNS, SUPPORTER_NOUNS,
                                     PERSON_PLURALS, NOUN_GIVEN_NAMES, DEGREE_ADVERBS,
                                     ADJECTIVE_HEADS, VERB_PARTICLES, ASSOCIATION_HEADS,
                                     CIVIL_BODY_HEADS, CIVIL_ADJECTIVES, CLUB_PROFESSIONS,
                                     CLUB_LITERARY_CUES, SURNAME_GIVEN_NAMES,
                                     OWN_TEAM_ADJECTIVES):
            words.update(fold(w) for w in e["words"])
    return frozenset(words | verb_set())


def _category_words(lexicon, category: str) -> frozenset[str]:
    """The words of one words.json category, folded."""
    return frozenset(fold(w) for e in lexicon.entries("words")
                     if e.get("category") == category for w in e["words"])


def _org_heads(lexicon) -> frozenset[str]:
    """Head nouns of organisations' names (words.json "org_heads": تنظيم، حزب), folded."""
    return _category_words(lexicon, "org_heads")


def _concept_words(lexicon) -> frozenset[str]:
    """Words after a security body that make it a concept (words.json "concept_adjectives":
    الأمن القومي، الأمن والاستقرار), folded."""
    return _category_words(lexicon, "concept_adjectives")


def _common_noun_aliases(lexicon) -> frozenset[str]:
    """One-word person names that are also common nouns (words.json "common_noun_aliases":
    الأسد the lion), folded."""
    return _category_words(lexicon, "common_noun_aliases")


def _hamza_homographs(lexicon) -> frozenset[str]:
    """Nouns that fold into a body's key but are other nouns (words.json "hamza_homographs":
    أعلام flags, not إعلام the media), as written with their hamza (not folded)."""
    return frozenset(w for e in lexicon.entries("words")
                     if e.get("category") == HAMZA_HOMOGRAPHS for w in e["words"])


def _given_names(lexicon) -> frozenset[str]:
    """Given names that open an unknown person's name (words.json "given_names"), folded."""
    return _category_words(lexicon, GIVEN_NAMES)


class ActorStage:
    name = "actors"
    requires = ("tokens",)
    assigns = ("entities",)

    def __init__(self, resources, **config):
        self.resources = resources
        self.stopwords: frozenset[str] = resources.get(
            "actors.stopwords", lambda r: _stopwords(r.lexicon))
        self.gaz: Gazetteer = resources.get(
            "actors.gazetteer",
            lambda r: Gazetteer.from_lexicon(r.lexicon, _in_set(r, _function_words, r.lexicon)))
        self.verbs: frozenset[str] = resources.get("actors.verbs", lambda r: _in_set(r, verb_set))
        self.outlets: OutletIndex = outlet_index(resources)
        self.given: frozenset[str] = resources.get(
            "actors.given_names", lambda r: _given_names(r.lexicon))
        self.concepts: frozenset[str] = resources.get(
            "actors.concept_words", lambda r: _concept_words(r.lexicon))
        self.common_aliases: frozenset[str] = resources.get(
            "actors.common_noun_aliases", lambda r: _common_noun_aliases(r.lexicon))
        self.attributive_heads: frozenset[str] = resources.get(
            "actors.attributive_heads", lambda r: _category_words(r.lexicon, ATTRIBUTIVE_HEADS))
        self.hamza_homographs: frozenset[str] = resources.get(
            "actors.hamza_homographs", lambda r: _hamza_homographs(r.lexicon))
        self.surname_homographs: frozenset[str] = resources.get(
            "actors.surname_homographs", lambda r: _category_words(r.lexicon, SURNAME_HOMOGRAPHS))
        self.father_names: frozenset[str] = resources.get(
            "actors.father_names", lambda r: _category_words(r.lexicon, FATHER_NAMES))
        self.object_nouns: frozenset[str] = resources.get(
            "actors.object_nouns", lambda r: _category_words(r.lexicon, OBJECT_NOUNS))
        self.movement_heads: frozenset[str] = resources.get(
            "actors.movement_heads", lambda r: _category_words(r.lexicon, MOVEMENT_HEADS))
        self.association_words = resources.get(
            "actors.association_words", lambda r: tuple(
                _category_words(r.lexicon, c) for c in (ASSOCIATION_HEADS, CIVIL_BODY_HEADS,
                                                         CIVIL_ADJECTIVES)))
        self.org_heads: frozenset[str] = resources.get(
            "actors.org_heads", lambda r: _org_heads(r.lexicon))
        self.descriptor_heads: frozenset[str] = resources.get(
            "actors.descriptor_heads", lambda r: _category_words(r.lexicon, DESCRIPTOR_HEADS))
        self.people_words = resources.get(
            "actors.people_words", lambda r: tuple(
                _category_words(r.lexicon, c) for c in (PLACE_HEADS, ORIGIN_PARTICIPLES,
                                                         MEMBER_NOUNS, SUPPORTER_NOUNS)))
        self.name_contexts = resources.get(
            "actors.name_contexts", lambda r: tuple(
                _category_words(r.lexicon, c) for c in (KINSHIP_EPITHETS, NOUN_GIVEN_NAMES,
                                                         CONSTRUCT_GOVERNORS, PARTY_LIST_HEADS,
                                                         FATHER_EPITHETS, ADJECTIVE_GOVERNORS,
                                                         PRONOUN_HOSTS, DEGREE_ADVERBS,
                                                         ADJECTIVE_HEADS, VERB_PARTICLES)))
        self.possessed: Possessed = resources.get(
            "actors.possessed", lambda r: Possessed.from_lexicon(r.lexicon))
        self.name_cues: NameCues = resources.get(
            "actors.name_cues",
            lambda r: NameCues.from_lexicon(r.lexicon, _in_set(r, _verbs_no_openers)))
        # (built in the pipeline's lexicon set: a user's words.json `surname_given_names` too;
        # review of the twenty-first session)
        with reading_lexicon(resources.lexicon_dirs):
            self.candidates: dict[str, int] = resources.get(
                "actors.candidates", lambda r: candidate_table(self.given, self.name_cues.stems))
        self.lexicon_dirs = resources.lexicon_dirs
        # config transliterate=False skips the (slow) Latin spelling of unknown names
        enabled = bool(config.get("transliterate", True))
        self.romanize: Romanizer = resources.get(f"actors.romanizer.{enabled}",
                                                 lambda r: Romanizer(enabled))

    def __call__(self, doc: Document) -> None:
        self.batch([doc])

    def batch(self, docs: list[Document]) -> None:
        """The stage on each of `docs`, with the names they meet for the first time
        transliterated together (`Romanizer.batched_many`): what calling the stage on each
        document gives, for fewer steps of the transliteration model (`Pipeline.code_batch`)."""
        # the names met for the first time are transliterated in one batch (`Romanizer.batched`):
        # `_compose` gets stand-ins for their spellings, replaced in its result by `_fill`
        # (composing and coreference only pass a spelling on or format it into a canonical
        # name; with a private-use character U+E000 in the text `_compose` runs again instead)
        # (the words categories the rules read, words.json `club_kinds`, are the pipeline's
        # lexicon set's, as in the other stages: review of the twentieth session)
        with reading_lexicon(self.lexicon_dirs):
            self._batch(docs)

    def _batch(self, docs: list[Document]) -> None:
        runs = [self._run(doc) for doc in docs]
        for doc, (ents, metas, subjects) in zip(docs, self.romanize.batched_many(runs),
                                                strict=True):
            # (the spans start after their proclitics: وروسيا -> روسيا, للجيش -> لجيش; the
            # composer's starts are kept for the roles, `marsad.actors.clitics`)
            doc.state[CLITIC_STARTS] = trim_entities(doc, ents, metas)
            doc.entities = ents
            doc.state["actors.subjects"] = subjects
            doc.state["actors.names"] = {i: list(m.name) for i, m in enumerate(metas) if m.name}
            doc.state["actors.nested"] = [
                dict(n, entity=i) for i, m in enumerate(metas) for n in m.nested]

    def _run(self, doc: Document) -> _Run:
        """The composing of `doc` as a run for `Romanizer.batched_many`."""
        ms = MatchingString(doc)
        matches = find_matches(self.gaz, ms.text)
        return _Run(lambda: self._compose(doc, ms, matches),
                    _fill if "\ue000" not in doc.text else None)

    def _compose(self, doc: Document, ms: MatchingString, matches):
        """Entities, their metadata and the sentence subjects; no effect on `doc`."""
        mentions = Composer(self.gaz, ms, matches, doc, doc.published, self.stopwords,
                            self.romanize, self.given, self.name_cues, self.candidates,
                            self.concepts, self.common_aliases,
                            self.attributive_heads, self.hamza_homographs,
                            self.surname_homographs, self.movement_heads,
                            self.father_names, self.object_nouns,
                            self.descriptor_heads, self.people_words,
                            self.name_contexts, self.association_words,
                            self.outlets.country_of(doc.meta, doc.published)).run()
        ents, metas = self._entities(doc, ms, mentions)
        result = Coref(doc, self.gaz, doc.published, self.verbs, self.romanize,
                       self.possessed).run(ents, metas)
        apply_construct_forces(doc.text, result[0])  # قوات صالح: the patron's forces
        apply_head_anaphora(result[0], self.org_heads)  # تنظيم داعش … التنظيم
        # (after the anaphora: «التابعة للتنظيم» takes the group the article named)
        apply_patrons(doc.text, result[0])  # القوات الموالية للرئيس هادي: the patron's side
        apply_branches(doc.text, result[0])  # الفرع المصري لتنظيم داعش: the group
        return result

    def _nested(self, doc: Document, ms: MatchingString, a: int, b: int, k: int) -> dict:
        """A name inside a mention (the country of رئيس آذربيجان) as a small record."""
        e = self.gaz.entries[k]
        start, end = ms.to_original(a, b)
        code = e.code if e.kind == "org" else self.gaz.country_code(e.country)
        return {"start": start, "end": end, "text": doc.text[start:end], "type": e.type,
                "canonical": e.canonical, "actor_code": code, "actor_id": e.id,
                "country": e.country}

    def _entities(self, doc: Document, ms: MatchingString, mentions: list[Mention]):
        ents: list[Entity] = []
        metas: list[Meta] = []
        text, sentences = doc.text, doc.sentences
        starts = [s.start for s in sentences]  # doc.sentence_at, inlined: ~40 calls an article
        for m in mentions:
            start, end = ms.to_original(m.start, m.end)
            if end < len(text) and text[end] == "»" and "«" in text[start:end] \
                    and "»" not in text[start:end]:
                end += 1  # شركة … «روسنفط»: close the guillemet the mention opened
            si = bisect.bisect_right(starts, start) - 1
            if si >= 0 and start >= sentences[si].end:
                si = -1
            e = Entity(start, end, text[start:end], m.type, m.canonical, m.code, m.actor_id,
                       m.country, m.role, m.how, m.translit, si)
            ents.append(e)
            name = ms.to_original(*m.name) if m.name is not None else None
            metas.append(Meta(m.office, m.person_like, m.prefix, m.kind, name,
                              tuple(self._nested(doc, ms, a, b, k) for a, b, k in m.nested)))
        return ents, metas


class _Run:
    """A call of `ActorStage._compose` for `Romanizer.batched`, with the `fill` that puts the
    spellings of the names met for the first time into its result (see `Romanizer.batched`)."""

    __slots__ = ("run", "fill")

    def __init__(self, run, fill):
        self.run, self.fill = run, fill

    def __call__(self):
        return self.run()


def _fill(result, spell):
    """The result of `ActorStage._compose` with `spell` applied to each of its strings (the
    spellings of names met for the first time, see `Romanizer.batched`)."""
    ents, metas, subjects = result
    for objs, names in ((ents, [f.name for f in fields(Entity)]),
                        (metas, [f.name for f in fields(Meta)])):
        for obj in objs:
            for name in names:
                value = getattr(obj, name)
                if type(value) is str and "\ue000" in value:
                    setattr(obj, name, spell(value))
    for m in metas:
        if m.nested:
            m.nested = tuple({k: spell(v) if isinstance(v, str) else v for k, v in n.items()}
                             for n in m.nested)
    return result


def last_human_subject(doc: Document, pos: int) -> Entity | None:
    """The most recent person-like entity (a person, or a title or body acting as one) that was
    an explicit clause subject before original offset `pos`, across sentences and paragraphs,
    skipping pull quotes, credits and datelines. None when there is none (or the actors stage
    has not run)."""
    subjects = doc.state.get("actors.subjects")
    if not subjects or not doc.sentences:
        return None
    si = doc.sentence_at(pos)
    if si < 0:
        si = bisect.bisect_right([s.start for s in doc.sentences], pos) - 1
    for k in range(min(si, len(subjects) - 1), -1, -1):
        if doc.sentences[k].kind in SKIP_KINDS:
            continue
        for idx in reversed(subjects[k]):
            if idx < len(doc.entities) and doc.entities[idx].start < pos:
                return doc.entities[idx]
    return None
