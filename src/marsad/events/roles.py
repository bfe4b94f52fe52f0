"""Source and target of a trigger, from the positions of actor mentions in its sentence.

Works on a `SentenceView`: the sentence's tokens in matching form and the actor mentions mapped to
token positions. Arabic puts the subject after the verb (VSO: زار بوتين طهران) or before it (SVO:
بوتين زار طهران); targets follow a preposition the pattern names (التقى بـ، ندّد بـ، فرض عقوبات على)
or stand as the direct object; coordinated actors (إيران وروسيا) give one participant each; a verbal
noun takes its agent (زيارة بوتين) or its patient (اغتيال مغنية) from the actor right after it.

`build_mentions` also marks what keeps an actor from being a subject though no preposition stands
right before it: a preposition inside the name's span (للإمارات), the genitive of a noun after a
preposition (في عهد مبارك), an adjective of a noun in a PP, a place after a noun of place
(محافظة أبين); it starts a partitive phrase at its quantifier (عدد من المسؤولين) and joins titles
to the name they follow (الأمير محمد بن سلمان ولي ولي العهد). The words that change a noun's
roles (verbs of reaction and of receiving, impersonal إنه, لـ before or after the genitive) are
read by the helpers below; `marsad.stages.events` decides with them.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace

from marsad.actors.coref import Coref
from marsad.actors.forms import case_clash
from marsad.actors.patrons import AFFILIATION_WORDS, ARMED_ROLES, STATE_ROLES
from marsad.document import ActorRef, Entity
from marsad.lexicon.grammar import grammar_words
from marsad.text.normalize import fold, strip_conj

COMMAS = frozenset({"،", ","})  # the Arabic and the Latin comma

HARD_STOPS = frozenset({".", "؛", ";", "!", "؟", "?", ":", "«", "»", '"'})
# marks that open a name, a quote or an aside, stepped over back to the word before them
OPENING_MARKS = frozenset({"«", "(", '"'})
# Words that open a prepositional phrase: an actor right after one is not a subject or object.
# (grammar.json `prepositions`, was PREPOSITIONS)
# (grammar.json `clause_openers`, was CLAUSE_OPENERS)
# (grammar.json `complementizers`, was COMPLEMENTIZERS)
# Prepositions that also open a clause with a verb (منذ وصل بوتين، حتى غادر الوفد)
# (grammar.json `conjunctive_preps`, was CONJUNCTIVE_PREPS)
# Prepositions whose phrase may hold the agent or a part of a group (من قبل الشرطة، أكثر من ألف
# مسلح): an actor after them and a noun is not kept from being a subject
# (grammar.json `agentive_preps`, was AGENTIVE_PREPS)
# "belonging to" before لـ (طائرات تابعة للجيش): the actor after لـ owns the noun before
# (grammar.json `belonging_adjectives`, was BELONGING)
# (grammar.json `relative_pronouns`, was RELATIVES)
# Words that count or pick out part of a group before a partitive من (عدد من المسؤولين، كل من مصر
# والأردن، وفد من الخارجية): the actor after من is the head of the noun phrase, not in a PP.
# (grammar.json `quantifiers`, was QUANTIFIERS)
# Nouns of one who belongs to a body, before في and the body (قيادي في حماس، عنصر في حزب الله،
# ناشط في كتائب الأقصى): the body is the actor the phrase names
# (grammar.json `member_words`, was MEMBER_WORDS)
# (grammar.json `quantifier_adjectives`, was QUANTIFIER_ADJECTIVES)
# Number words that open a counted noun phrase (عشرة صيادين): what follows is another phrase.
# (grammar.json `count_words`, was COUNT_WORDS)
# بـ + an instrument of harm: the agent's phrase follows (أصيب جنود برصاص قناصة الجيش)
# (grammar.json `instrument_phrases`, was INSTRUMENT_PHRASES)
# Subjects that are no actor (دعم البعض حزب الله): the actor after them is the verb's object.
# (grammar.json `non_actor_subjects`, was NON_ACTOR_SUBJECTS)
# Verbs of reaction and of witnessing (أثنى على، رحّب بـ، ندّد بـ، شهدت، استمع إلى): their subject
# judges, hears of or hosts the event named by the noun after them; it is not that event's agent.
# (grammar.json `reaction_verbs`, was REACTION_VERBS)
# Verbs of receiving (تلقت اليونان دعماً، حصلت مصر على مساعدات): their subject is the target of
# the event named by the noun after them, not its agent.
# (grammar.json `receiving_verbs`, was RECEIVING_VERBS)
# لـ with a pronoun (دعم الصندوق لها): the target is the one the pronoun stands for.
# (grammar.json `lam_pronouns`, was LAM_PRONOUNS)
# Nouns of place before a proper name (محافظة أبين، مدينة زنجبار): the name is a location there,
# never the subject of a verb.
# (grammar.json `place_nouns`, was PLACE_NOUNS)


@dataclass(slots=True)
class Mention:
    """An actor mention placed on the sentence's token positions."""

    entity: Entity
    first: int
    last: int
    in_pp: bool  # opened by a preposition (word or clitic)
    in_quote: bool = False  # inside quoted speech: never the subject of a verb outside it
    # in a PP only as the genitive of the noun before it (بقصف إسرائيل): still that noun's actor
    pp_genitive: bool = False
    # a place named after a noun of place (محافظة أبين): a location, never a subject
    locative: bool = False
    # a place with no actor code (كوباني، اعزاز): after a verbal noun, where it happened
    town: bool = False
    # in a PP only by a preposition inside the name's own span (للشرطة): often the owner of
    # the noun before it (مركزاً للشرطة)
    clitic_pp: bool = False
    # after تابعة لـ (طائرات تابعة للجيش): the owner of the noun before, which may be a subject
    owner: bool = False
    # the genitive of a noun after a preposition word (ضد حكومة العبادي، في عهد مبارك): inside
    # that PP, so no subject (still a possible victim or target)
    pp_head: bool = False
    # the entity's start with the proclitics its span leaves out (وللجيش: at the و; the
    # actors stage's `actors.clitic_starts`); -1 when not placed by `build_mentions`
    clitic_start: int = -1


@dataclass(slots=True)
class SentenceView:
    index: int  # sentence index in the document
    tokens: list  # Token objects of the sentence
    words: list[str]  # folded token texts ("" for numbers)
    mentions: list[Mention] = field(default_factory=list)  # actors (with a code or country)
    places: list[Mention] = field(default_factory=list)  # GPE and LOC mentions
    # positions of the words that are verb forms of the events or speech dictionary (بحث، كشف،
    # تطالب): no preposition + noun (see `clitic_prep`), and no word inside a noun phrase
    verbs: frozenset[int] = frozenset()
    # positions of nouns beginning with ب، ل or ك that the dictionary reads with that letter as
    # their own (لقائه، بيان): no preposition + noun either
    own_letter: frozenset[int] = frozenset()
    # the article is about sport or the performing arts (`EventStage._sports_document`,
    # `_arts_document`): no political event in it
    sports_document: bool = False
    # persons of unknown code (a name no dictionary knows, or one taken up again): no mention
    # of an actor, but the subject of a verb right before them (`postverbal_subject`)
    unknown_persons: list[Mention] = field(default_factory=list)
    # the quoted spans (original offsets) that may hold the sentence's mentions
    quote_spans: list[tuple[int, int]] = field(default_factory=list)
    # folded nouns of a person that name no actor (الكاتب، الخبير): a subject of no known actor
    person_nouns: frozenset[str] = frozenset()
    # folded indefinite broken plurals of persons (words.json "person_plurals": خبراء، علماء):
    # right after a singular verb, its subject, which names no known actor
    person_plurals: frozenset[str] = frozenset()
    # folded nouns of an organ of a body (events.json `organ_nouns`: الأمانة، الجناح، المستشار):
    # with the body after لـ they name it (الأمانة العامة لجامعة الدول العربية)
    organ_nouns: frozenset[str] = frozenset()
    # folded nouns of the supporters of a body (events.json `supporter_nouns`: أنصار، مؤيدي)
    # and of a crowd of protesters (`protest_crowds`): متظاهرون من أنصار حزب الله names the party
    supporter_nouns: frozenset[str] = frozenset()
    crowd_nouns: frozenset[str] = frozenset()
    # folded nouns of a group or a body of people (events.json `group_nouns`: فريق، القائمة،
    # مواطني): definite, right after a verb, its subject, which names no known actor
    group_nouns: frozenset[str] = frozenset()
    # folded singular nouns in ون (events.json `singulars_in_un`: تلفزيون، ماراثون): no
    # indefinite plural subject after a verb (`indefinite_nominative_plural`)
    singulars_in_un: frozenset[str] = frozenset()
    # folded nouns of armed men (events.json `fighter_nouns`: مسلحون، متشددين، مجاميع مسلحة):
    # before من and a body they name it (مسلحون من حركة الشباب, the movement's men)
    fighter_nouns: frozenset[str] = frozenset()
    # folded nouns of a body's kind (events.json `name_heads`: تنظيم، حركة، حزب) that head a
    # name in quotation marks (مسلحاً من تنظيم «القاعدة»): the name's phrase begins at them
    name_heads: frozenset[str] = frozenset()
    # folded adjectives of a body in power (events.json `ruling_adjectives`: الحاكم، الحاكمة):
    # right after a body, its adjective, no actor of their own
    ruling_adjectives: frozenset[str] = frozenset()
    # positions of the words that name the publication's own day (اليوم، صباح اليوم:
    # `dating.today_positions`): a recent time, as أمس is (twenty-fifth session)
    today: frozenset[int] = frozenset()

    def mention_at(self, first: int, last: int) -> Mention | None:
        for m in self.mentions:
            if first <= m.first <= last:
                return m
        return None

    def mention_ending_at(self, last: int) -> Mention | None:
        """The mention whose last word is at `last` (the actor right before a word)."""
        return next((m for m in self.mentions if m.last == last), None)

    def is_word(self, i: int) -> bool:
        """A word of letters at `i`; False past either end (a mention a rule carried from
        another clause may lie beyond this view: a day of news had one, and crashed)."""
        if not 0 <= i < len(self.words):
            return False
        w = self.words[i]
        return bool(w) and w[0].isalpha()


# (grammar.json `nisba_endings`, was NISBA_ENDINGS)


def is_nisba_word(word: str) -> bool:
    """A relational adjective's form (الإسرائيلي، أميركية): a folded word ending like a nisba."""
    w = word[2:] if word.startswith("ال") else word
    return w.endswith(grammar_words().nisba_endings) and len(w) > 4


def actor_ref(e: Entity) -> ActorRef:
    """An actor reference; a place without an actor code stands for its country (زار طهران)."""
    r = e.ref()
    if not r.actor_code and e.country:
        r.actor_code = e.country
    return r


def is_prep(word: str) -> bool:
    """A preposition word, also with و/ف attached (ومع، وفي)."""
    preps = grammar_words().prepositions
    return word in preps or (word[:1] in "وف" and word[1:] in preps)


# Words that begin with ب، ل or ك that is no preposition (كانت is not ك + انت)
# (grammar.json `not_clitic`, was NOT_CLITIC)


def clitic_prep(view: SentenceView, k: int,
                preps: tuple[str, ...] | frozenset[str] = ("ب", "ل", "ك")) -> str:
    """`has_prep_clitic` of the word at `k`, told first by the events dictionary (`view.verbs`:
    بحث، لقائه read with their first letter) and the words in `not_clitic` (كانت), then by the
    tokenizer, which splits a clitic only before a known word (وكانت = و + كانت: no
    preposition); an unknown word falls back to its first letter (برصاص، بقيادة)."""
    w = view.words[k]
    not_clitic = grammar_words().not_clitic
    if k in view.verbs or k in view.own_letter or (w[1:] if w[:1] in "وف" else w) in not_clitic \
            or w in not_clitic:
        return ""
    segs = view.tokens[k].segments if k < len(view.tokens) else None
    if segs:
        lead = next((g.text for g in segs if g.kind == "proclitic" and g.text in ("ب", "ل", "ك")), "")
        return lead if lead in preps else ""
    return has_prep_clitic(w, preps)


def has_prep_clitic(word: str, preps: tuple[str, ...] | frozenset[str] = ("ب", "ل", "ك")) -> str:
    """The one-letter preposition a (folded) word begins with, after و/ف, or ""."""
    w = word[1:] if word[:1] in "وف" and len(word) > 3 else word
    if w in ("ب", "ل", "ك"):  # a detached بـ / لـ before quotes or names
        return w
    if w[:1] in preps and len(w) > 2 and w[:1] in ("ب", "ل", "ك"):
        return w[:1]
    return ""


def _body_after_verb(view: SentenceView, m: Mention) -> bool:
    """A body or country named right after a verb of the sentence (its subject): a person's
    name after it is no apposition of a body (a spokesman's name follows his title)."""
    return m.entity.type in ("ORG", "GPE") and \
        m.first - 1 in view.verbs


def build_mentions(view: SentenceView, entities: list[Entity],
                   quotes: list[tuple[int, int]] = (), text: str = "",
                   clitic_starts: dict[int, int] | None = None) -> None:
    """Place the sentence's entities on token positions and mark those inside a PP or a quote.
    `text`, the document's, lets a person of unknown code take the country of a nisba right
    after his name (محمد علاونة الفلسطيني: `_nisba_of_person`). `clitic_starts`, the actors
    stage's `doc.state["actors.clitic_starts"]`, gives each entity's start with the proclitics
    its span leaves out (للشرطة: the span لشرطة starts after the preposition ل, which puts the
    entity in a PP of its own word, `clitic_pp`)."""
    clitic_starts = clitic_starts or {}
    toks = view.tokens
    # (the tokens' starts only for a sentence with entities to place)
    starts = [t.start for t in toks] if entities else []
    view.quote_spans = list(quotes)
    gw = grammar_words()

    out = []
    for e in entities:
        # (the start with the proclitics the span leaves out: وللجيش is read as before)
        e_start = clitic_starts.get(e.start, e.start)
        i = bisect_right(starts, e_start) - 1
        if i < 0:
            continue
        j = bisect_left(starts, e.end) - 1
        j = max(i, j)
        tok = toks[i]
        in_pp = pp_genitive = clitic_pp = False
        # the clitics of the token before the entity's start (لـ of لمصر); none when the entity
        # starts with its token (most do: `bisect` puts the token's start at or before it)
        lead = view.words[i][: max(0, len(fold(tok.text)) - len(fold(tok.text[e_start - tok.start:])))] \
            if e_start != tok.start else ""
        if lead and any(c in "بلك" for c in lead):
            in_pp = True
        elif e_start <= tok.start and any(g.kind == "proclitic" and g.text in ("ب", "ل", "ك")
                                          for g in tok.segments):
            in_pp = clitic_pp = True  # the preposition inside the name's span: للإمارات
        k = i - 1
        while k >= 0 and view.words[k] in ("«", "(", "ـ", '"'):
            k -= 1
        if k >= 0 and view.words[k] in gw.pronoun_pp_preps and not bound_ba_pronoun(view, k):
            pass  # تتنازل لها الكويت: the PP is the pronoun's; the actor after it is free
        elif k >= 0 and (is_prep(view.words[k]) or view.words[k] in ("ب", "ل", "وب", "ول")):
            in_pp = True
        elif k >= 0 and clitic_prep(view, k) and view.words[k] not in ("ب", "ل", "ك"):
            # the genitive of a noun in a PP: بمواقف بوتين، لتطبيق قانون
            in_pp = pp_genitive = not any(m.first <= k <= m.last for m in out)
        pp_head = k >= 1 and not in_pp and view.is_word(k) and is_prep(view.words[k - 1]) and \
            view.words[k] not in gw.clause_openers and view.words[k] not in gw.complementizers and \
            view.words[k - 1] not in gw.conjunctive_preps and \
            view.words[k - 1] not in gw.agentive_preps and \
            not any(m.first <= k <= m.last for m in out)
        first = i
        foe = _foes_before(view, i) if not lead else None
        if foe is not None:
            if e.role != "GOV" or not e.country:
                continue  # خصوم إيران، أعداء الجيش: the foes of a country or a body name no one
            e = _opposition_of(e, toks[foe].start, text)  # معارضي الرئيس السوري: his opposition
        q = _quantifier_before(view, i) if not lead else None
        if q is None and not lead and e.type == "ORG":
            q = _member_before(view, i)
        if q is None and not lead and e.type == "ORG":
            q = _fighters_before(view, i)
        if q is None and e.type == "ORG" and (lead == "ل" or clitic_pp):
            q = _organ_before(view, i)
        if q is None and not lead and e.type == "ORG":
            q = _supporters_before(view, i)
            if q is not None and any(m.first <= i - 1 <= m.last for m in out):
                q = None  # أنصار read as part of a name before (ودعا منصور أنصار طالبان)
        if foe is not None:
            q = foe
        if q is not None:
            # عدد من المسؤولين، كل من مصر والأردن: the phrase begins at the quantifier
            first = q
            pk = q - 1
            # (كوادر: a member word that opens with ك, no preposition)
            in_pp = (bool(clitic_prep(view, q)) and strip_conj(view.words[q]) not in
                     gw.member_words) or (pk >= 0 and (
                is_prep(view.words[pk]) or view.words[pk] in ("ب", "ل", "وب", "ول"))) or (
                pk >= 0 and (view.words[q] in gw.unit_nouns or
                             strip_conj(view.words[q]) in gw.unit_nouns)
                and clitic_prep(view, pk, ("ب", "ل")) != "")  # بمساعدة وحدات من الجيش: a genitive
        elif not in_pp and e.end - e_start == len(tok.text) - (e_start - tok.start) and i == j \
                and is_nisba_word(view.words[i]) and _nisba_chain_in_pp(view, i):
            in_pp = True  # للأزمة السورية والليبية: an adjective of a noun in a PP
        m = Mention(e, first, j, in_pp, any(a <= e.start < b for a, b in quotes),
                    pp_genitive and k == i - 1)
        m.clitic_start = e_start
        p = i - 1
        while p >= 0 and view.words[p] in OPENING_MARKS:
            p -= 1
        m.locative = e.type in ("GPE", "LOC") and p >= 0 and view.words[p] in gw.place_nouns
        m.town = e.type in ("LOC", "GPE") and not e.actor_code
        m.clitic_pp = clitic_pp and first == i
        m.pp_head = pp_head and first == i
        m.owner = in_pp and p >= 0 and view.words[p] in gw.belonging_adjectives and (
            view.words[i][:1] == "ل" or view.words[p + 1:i] in (["ل"], ["لل"]))
        out.append(m)
    out.sort(key=lambda m: (m.first, -m.last))
    # keep the outermost of nested mentions
    kept: list[Mention] = []
    for m in out:
        if kept and m.first <= kept[-1].last:
            prev = kept[-1]
            if (m.first, m.last) == (prev.first, prev.last) and m.entity.start == prev.entity.start:
                kept.append(m)  # one word, two actors (البلدين → Iran and Russia)
            continue
        kept.append(m)
    for a, b in zip(kept, kept[1:]):
        if (a.locative or _place_in_pp(a)) and b.first == a.last + 1 and b.first == b.last and \
                is_nisba_word(view.words[b.first]):
            # مدينة عدن اليمنية، في البقاع اللبناني: the nisba of a place is part of that place
            b.locative = True
    kept = _with_ruling_adjective(view, kept)
    view.places = [m for m in kept if m.entity.type in ("GPE", "LOC")]
    # (a person of unknown code, named or taken up again, is kept apart: the subject of a verb
    # right before it, not to be replaced by an actor named before: وانتقد روبن سياسة الحكومة)
    actors = []
    unknown = []
    for m in kept:
        if unknown and _bare_title(m.entity) and m.first == unknown[-1].last + 2 and \
                view.words[m.first - 1] == "(" and not m.in_pp:
            # نسرين اسبر (رئيسة المجلس): the title in brackets after an unknown person is
            # that person's, no other participant
            unknown[-1].last = m.last
            continue
        if unknown and text and unknown[-1].last + 1 == m.first and \
                (not actors or actors[-1].last < unknown[-1].first) and \
                _nisba_of_person(view, unknown[-1], m):
            # محمد علاونة الفلسطيني: the nisba gives the person his country, his code
            person = unknown.pop()
            e = person.entity
            person.entity = replace(e, end=m.entity.end, text=text[e.start:m.entity.end],
                                    actor_code=m.entity.country, country=m.entity.country)
            person.last = m.last
            actors.append(person)
            continue
        if m.entity.actor_code or m.entity.country:
            actors.append(m)
        elif m.entity.type == "PERSON" and m.entity.how in ("name", "coref"):
            if actors and m.first == actors[-1].last + 1 and not m.in_pp and \
                    not _body_after_verb(view, actors[-1]):
                # المتحدث باسم الائتلاف أحمد رمضان: the name right after an actor is its
                # apposition, not another participant (but after a body that is its verb's
                # subject, the name is the object: قتلت القوات الإسرائيلية محمد علاونة)
                actors[-1].last = m.last
            else:
                unknown.append(m)
        elif m.entity.type == "ORG" and m.entity.how == "name" and \
                (not actors or m.first != actors[-1].last + 1):
            # مؤسسة «فيتش»، حركة «أنصار الشريعة»: a body the composer named with no code is,
            # like a person of unknown code, a participant with its name and no code
            unknown.append(m)
    view.unknown_persons = unknown
    # A bare title (المرشد الأعلى، الجنرال) followed closely by a named actor is its apposition:
    # the name carries the actor; the title only lends its start.
    actors = _titles_after_names(view, actors)
    merged: list[Mention] = []
    for k, m in enumerate(actors):
        nxt = actors[k + 1] if k + 1 < len(actors) else None
        if nxt is not None and _bare_title(m.entity) and nxt.first == m.last + 2 and \
                view.words[m.last + 1] == SPEAKING_FOR and nxt.entity.type in ("ORG", "GPE"):
            # المتحدث باسم الائتلاف: the spokesman speaks for the body named after باسم
            nxt.first = m.first
            nxt.in_pp = m.in_pp
            continue
        if nxt is not None and _bare_title(m.entity) and nxt.entity.how != "title" and \
                not (m.entity.type == "ORG" and nxt.entity.type == "PERSON") and \
                not _named_place(view, nxt) and not nxt.locative and \
                not case_clash(view.words[m.last], view.words[nxt.first]) and \
                not (nxt.entity.how == "nisba" and nxt.entity.type == "ORG" and
                     not view.words[nxt.first].startswith(("ال", "وال"))) and \
                not (nxt.entity.how == "nisba" and nxt.first > m.last + 1 and
                     not view.words[nxt.first].startswith(("ال", "وال")) and
                     not is_nisba_word(view.words[nxt.first - 1])) and \
                not (nxt.entity.type in ("ORG", "GPE") and
                     view.words[nxt.first].startswith("ال") and
                     not view.words[m.first].startswith(("ال", "وال", "لل"))) and \
                not _definite_body_after(view, m, nxt) and \
                nxt.first - m.last <= 4 and not nxt.in_pp and \
                not member_phrase(view, nxt) and not _owned_between(view, m, nxt) and not any(
                view.words[x] in HARD_STOPS or view.words[x] == "و" or view.words[x].startswith("و")
                or is_prep(view.words[x]) or view.words[x] == "#" or view.words[x] in gw.count_words
                or _instrument_clitic(view, x)
                for x in range(m.last + 1, nxt.first + 1)) and not any(
                (clitic_prep(view, x) and view.words[x] not in gw.title_links) or x in view.verbs
                for x in range(m.last + 1, nxt.first)) and not (
                nxt.entity.type in ("ORG", "GPE") and any(
                    view.words[x].startswith("ال") and not is_nisba_word(view.words[x])
                    for x in range(m.last + 1, nxt.first))):
            # (not across the title's own genitive to a body: رئيس الإقليم حزب العمال — the
            # party is no part of the title;
            # not across a count: قتل مسلحون عشرة صيادين نيجيريين — the nisba is the victims';
            # nor across بـ: جنود أتراك برصاص قناصة الحزب — the soldiers are not the party's;
            # nor across a PP or a verb: المتظاهرون بشعارات تطالب الحكومة; an indefinite
            # nisba qualifies the noun right before it: مدنيين جراء غارة أمريكية; an indefinite
            # title is no apposition of a definite body: رشق محتجون الجنود; a group is no
            # title of a person: أيد المتظاهرون الرئيس البشير; an indefinite group with its
            # nationality is no apposition: اعتقلت الشرطة مسلحين عراقيين; nor a body's member:
            # هاجم مسلحون منزل قيادي في حزب الله)
            nxt.first = m.first
            nxt.in_pp = m.in_pp
            continue
        merged.append(m)
    view.mentions = _with_patrons(view, merged)


PATRON_HEAD_ROLES = ARMED_ROLES | STATE_ROLES


def _nisba_of_person(view: SentenceView, person: Mention, m: Mention) -> bool:
    """`m` is a nisba of a country alone (الفلسطيني، السوري), one word outside any PP or quote,
    right after the name of a person of unknown code: the person's own adjective. Only the
    masculine definite form (الفلسطيني): a feminine or an indefinite one after a name as often
    qualifies another noun."""
    e = m.entity
    if not (e.how == "nisba" and e.type == "GPE" and e.country and not e.role and
            m.first == m.last and not m.in_pp and not m.in_quote and not person.in_quote):
        return False
    w = view.words[m.first]
    return w.startswith("ال") and is_nisba_word(w) and w.endswith("ي")


def _definite_body_after(view: SentenceView, m: Mention, nxt: Mention) -> bool:
    """A definite plural group title, one word (المسلحون، المتظاهرون), right before a body whose first word is a
    definite noun, not a nisba (الجيش العراقي، الشرطة): two noun phrases, the verb's subject and
    its object (هاجم المسلحون الجيش العراقي), never one actor; a definite noun is no
    construct's head, and a nisba after the title (المسلحون الأكراد) the composer already joins."""
    first, group = view.words[nxt.first], view.words[m.first]
    return m.entity.type == "ORG" and nxt.entity.type == "ORG" and m.first == m.last and \
        group.startswith(("ال", "وال")) and group.endswith(("ون", "ين")) and \
        first.startswith("ال") and not is_nisba_word(first)


def _owned_between(view: SentenceView, m: Mention, nxt: Mention) -> bool:
    """A noun of a building, a post or a possession (`property_nouns`) stands between a body's
    bare title and the actor after it (قصفت الطائرات الحربية مواقع داعش، قصفت المدفعية مواقع
    حزب العمال): the actor owns what the title's body hit; it is no apposition of the title
    (a person's title may be: قائد معسكر التنظيم)."""
    nouns = grammar_words().property_nouns
    return m.entity.type == "ORG" and any(strip_conj(view.words[x]) in nouns
                                          for x in range(m.last + 1, nxt.first))


def _with_ruling_adjective(view: SentenceView, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with a lone word of `SentenceView.ruling_adjectives` (الحاكم، الحاكمة) right
    after a body joined to it (حزب العدالة والتنمية الحاكم): the body's adjective ("ruling"),
    no participant of its own (it was a second actor, GOV, taken as the target)."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.entity.type == "ORG" and m.first == prev.last + 1 and \
                m.first == m.last and not m.in_pp and \
                strip_conj(view.words[m.first]) in view.ruling_adjectives:
            prev.last = m.last
            continue
        out.append(m)
    return out


def _place_in_pp(m: Mention) -> bool:
    """A place named after a preposition (في البقاع), not a nisba standing for its country."""
    return m.in_pp and m.entity.type in ("GPE", "LOC") and m.entity.how != "nisba"


def _with_patrons(view: SentenceView, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each patron joined to the forces before it (القوات الموالية للرئيس هادي،
    المسلحين الموالين لداعش، الوزراء التابعين للحكومة): one actor, coded by the actors stage
    (`marsad.actors.patrons`); the patron is no participant of its own."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and not m.in_quote and _patron_after(view, prev, m):
            prev.last = m.last
            continue
        out.append(m)
    return out


def _patron_after(view: SentenceView, a: Mention, b: Mention) -> bool:
    """`b` is the patron of `a`: الموالية / التابعة / المؤيدة (`a`'s last word or the one word
    between) and لـ on `b` (or on an epithet before it: الموالية للمخلوع علي عبد الله صالح)."""
    tok = view.tokens[b.first]
    if not tok.start <= b.entity.start < tok.end:
        return False  # (a mention already joined to a title before it: للحكومة حزب …)
    if b.first == a.last + 1 and a.first < a.last and \
            strip_conj(view.words[a.first]) in grammar_words().branch_nouns and \
            (clitic_prep(view, b.first) == "ل" or view.words[b.first].startswith("لل")):
        return True  # الفرع المصري + لتنظيم داعش: the branch (`marsad.actors.patrons`)
    if (a.entity.role or "") not in PATRON_HEAD_ROLES:
        return False  # (only forces and state bodies: وسائل إعلام مؤيدة للحكومة is left alone)
    gap = [view.words[k] for k in range(a.last + 1, b.first)]
    lam = clitic_prep(view, b.first) == "ل" or view.words[b.first].startswith("لل")
    if gap and gap[-1] in ("ل", "لـ"):
        lam, gap = True, gap[:-1]
    elif gap and gap[-1].startswith("لل") and len(gap) <= 2:
        lam, gap = True, gap[:-1]
    if not lam or len(gap) > 1:
        return False
    return (gap[0] if gap else view.words[a.last]) in AFFILIATION_WORDS


def _instrument_clitic(view: SentenceView, x: int) -> bool:
    """The word at `x` is an instrument of harm after ب (برصاص، بنيران، بقذيفة): what follows
    it is the agent's phrase, not the genitive of the noun before."""
    w = view.words[x]
    return (w[1:] if w[:1] in "وف" else w) in grammar_words().instrument_phrases


def _quantifier_before(view: SentenceView, i: int) -> int | None:
    """The position of a quantifier before a partitive من right before position `i` (عدد من،
    عدد كبير من، كل من), or None."""
    k = i - 1
    while k > 0 and view.words[k] in OPENING_MARKS:
        k -= 1  # عنصراً من «بوكو حرام»
    if k < 1 or view.words[k] != "من":
        return None
    for q in (k - 1, k - 2):
        if q < 0:
            return None
        w = view.words[q]
        gw = grammar_words()
        stem = w[1:] if w[:1] in "وفبل" and w[1:] in gw.quantifiers else w
        if stem in gw.quantifiers or w in gw.unit_nouns or strip_conj(w) in gw.unit_nouns:
            return q  # (قوة من الجيش، ودورية من الشرطة; وحدة whole: its و is its own)
        if w not in grammar_words().quantifier_adjectives and not (
                q == k - 1 and is_nisba_word(w) and not w.startswith("ال")):
            return None  # (فرقة مظلية من الجيش، قوة أمنية من: a unit's nisba, still the partitive)
    return None


def _member_before(view: SentenceView, i: int) -> int | None:
    """The position of a noun of `member_words` right before في right before position `i`
    (قيادي في حركة حماس): the phrase names the body's member, coded as the body."""
    k = i - 1
    while k > 0 and view.words[k] in OPENING_MARKS:
        k -= 1
    if k < 1 or view.words[k] != "في":
        return None
    w = view.words[k - 1]
    if strip_conj(w) not in grammar_words().member_words:
        return None
    if w[:1] == "و" and k >= 2 and strip_conj(view.words[k - 2]) in grammar_words().member_words:
        return k - 2  # كوادر وقياديون في طالبان: both of them the body's members
    return k - 1


def _quoted_name_head(view: SentenceView, i: int) -> int | None:
    """The position of a noun of a body's kind (`SentenceView.name_heads`: تنظيم، حركة، حزب)
    right before the quotation mark that opens the name at `i` (تنظيم «القاعدة»، لحركة «حماس»):
    the head of the name, where its phrase begins."""
    k = i - 1
    if k < 1 or view.words[k] not in OPENING_MARKS:
        return None
    w = strip_conj(view.words[k - 1])
    if w in view.name_heads or (w[:1] in "بل" and w[1:] in view.name_heads):
        return k - 1
    return None


def _fighters_before(view: SentenceView, i: int) -> int | None:
    """The position of a noun of armed men (`SentenceView.fighter_nouns`), or of two of them
    (مجاميع مسلحة), or of a member (grammar.json `member_words`: عنصر، قيادي، عضو), right
    before من right before the body at `i` (اقتحم متشددون من تنظيم داعش، قتلت القوات 11 مسلحاً
    من تنظيم القاعدة، اقتحم متشدد من حركة الشباب): the men are the body's, coded as the body,
    on either side of the event."""
    k = _quoted_name_head(view, i)
    k = i - 1 if k is None else k - 1  # (11 مسلحاً من تنظيم «القاعدة»)
    while k > 0 and view.words[k] in OPENING_MARKS:
        k -= 1
    if k < 1 or view.words[k] != "من" or (
            strip_conj(view.words[k - 1]) not in view.fighter_nouns and
            strip_conj(view.words[k - 1]) not in grammar_words().member_words):
        return None  # (عنصر من حزب الله, like عنصر في: the body's member, twenty-sixth session)
    head = k - 1
    if head >= 1 and strip_conj(view.words[head - 1]) in view.fighter_nouns:
        head -= 1
    return head


def _organ_before(view: SentenceView, i: int) -> int | None:
    """The position of a noun of an organ of a body (`SentenceView.organ_nouns`), alone or with
    one adjective, right before the body at `i` written with لـ (الأمانة العامة لجامعة الدول
    العربية، الجناح العسكري لحركة حماس، المستشار القانوني للجيش الحر): the phrase names the
    body, which acts through it."""
    for k in (i - 1, i - 2):
        if k < 0 or not view.is_word(k):
            return None
        if strip_conj(view.words[k]) in view.organ_nouns:
            return k
        if not view.words[k].startswith("ال") or k in view.verbs:
            return None  # (only one adjective between: العامة، العسكري، القانوني)
    return None


SINGULAR_RELATIVES = (fold("الذي"), fold("التي"))


def _foes_before(view: SentenceView, i: int) -> int | None:
    """The position of a noun of foes right before the actor at `i` (معارضي الأسد، خصوم
    الحكومة، ولمنتقدي الرئيس; grammar.json `foe_nouns`), or None: the actor is who they oppose,
    not one of them."""
    k = i - 1
    if k < 0:
        return None
    w, gw = strip_conj(view.words[k]), grammar_words()
    if not (w in gw.foe_nouns or (w[:1] in "لب" and w[1:] in gw.foe_nouns)):
        return None
    # (خصوم الأسد الذي يتلقى الدعم: a singular relative after the phrase is the actor's own,
    # whose clause its rules read from the actor; the foes are then left to him)
    after = next((t for t in range(i + 1, min(len(view.words), i + 6))
                  if view.words[t] in gw.relative_pronouns or t in view.verbs or
                  view.words[t] in HARD_STOPS), None)
    return None if after is not None and view.words[after] in SINGULAR_RELATIVES else k


def _opposition_of(e: Entity, start: int, text: str) -> Entity:
    """The opposition of the government or the head of state `e` (a phrase beginning at
    `start` of the document's `text`): the country's OPP, as the CAMEO coders code the foes of
    a ruler at home."""
    return replace(e, start=start, text=text[start:e.end] if text else e.text, canonical=f"opponents of {e.canonical}",
                   actor_code=f"{e.country}OPP", actor_id=None, role="OPP", type="ORG",
                   how="foes")


def _supporters_before(view: SentenceView, i: int) -> int | None:
    """The position where a phrase of the supporters of the body at `i` begins (أنصار حزب الله،
    آلاف من أنصار الجماعة، متظاهرون من مؤيدي الحزب), or None: the supporters act as the body
    (the coders' convention: a crowd said to belong to a group is that group)."""
    k = i - 1
    if k < 0 or strip_conj(view.words[k]) not in view.supporter_nouns:
        return None
    if k >= 2 and view.words[k - 1] == "من":
        head = strip_conj(view.words[k - 2])
        crowd = head[2:] if head.startswith("ال") else head
        if head in grammar_words().quantifiers or crowd in view.crowd_nouns or \
                head.removesuffix("ه") in view.supporter_nouns:
            return k - 2  # آلاف من أنصار، المتظاهرين من أنصار، مؤيديه من أنصار
    if k >= 1 and is_prep(view.words[k - 1]):
        return None  # أغلبهم من مؤيدي الإخوان: the body keeps the role it had
    return k


def member_phrase(view: SentenceView, m: Mention) -> bool:
    """`m` is a member of a body named as such (قيادي في حماس): it opens with the member's noun."""
    return m.first + 1 < len(view.words) and view.words[m.first + 1] == "في" and \
        strip_conj(view.words[m.first]) in grammar_words().member_words


def _nisba_chain_in_pp(view: SentenceView, i: int) -> bool:
    """Whether the nisba at `i` qualifies, through other nisbas (السورية والعراقية والليبية), a
    noun inside a preposition phrase (للأزمة)."""
    k = i - 1
    while k >= 0 and (is_nisba_word(view.words[k]) or (view.words[k][:1] == "و" and
                                                         is_nisba_word(view.words[k][1:]))):
        k -= 1
    if k >= 1 and view.words[k] in ("»", '"'):
        # منظمة «يش دين» الإسرائيلية، في صحيفة "صنداي تايمز" البريطانية: the nisba of a quoted
        # name is that of the noun before the name
        q = next((x for x in range(k - 1, max(-1, k - 8), -1) if view.words[x] in ("«", '"')),
                 None)
        if q is None or q < 1:
            return False
        k = q - 1
    elif k == i - 1 or k < 0:
        return False  # a nisba right after its noun is handled as that noun's genitive
    clitic = any(g.kind == "proclitic" and g.text in ("ب", "ل", "ك")
                 for g in view.tokens[k].segments)
    return clitic or (k > 0 and is_prep(view.words[k - 1]))


# (grammar.json `apposition_gap`, was APPOSITION_GAP)


def _titles_after_names(view: SentenceView, actors: list[Mention]) -> list[Mention]:
    """A title right after a named person (الأمير محمد بن سلمان ولي ولي العهد النائب الثاني لرئيس
    مجلس الوزراء): an apposition, part of that person's mention, not another actor."""
    out: list[Mention] = []
    chain = False  # the last kept mention is a name extended by titles
    for m in actors:
        prev = out[-1] if out else None
        named = prev is not None and prev.entity.how != "title"
        if prev is not None and prev.entity.type == "PERSON" and named and \
                m.entity.type == "PERSON" and m.entity.how in ("title", "office") and \
                m.entity.country in (None, prev.entity.country):
            gap = [view.words[x] for x in range(prev.last + 1, m.first)]
            if gap[:1] in (["،"], [","]) and _closes_apposition(view, m.last):
                gap = gap[1:]  # فؤاد السنيورة، رئيس الحكومة السابق، …
            lead = clitic_prep(view, m.first)
            conj = any(g.kind == "proclitic" and g.text in ("و", "ف")
                       for g in view.tokens[m.first].segments)
            if all(g in grammar_words().apposition_gap for g in gap) and not conj \
                    and (not m.in_pp or (chain and lead == "ل")):
                prev.last = m.last
                chain = True
                continue
        out.append(m)
        chain = False
    return out


def _named_place(view: SentenceView, m: Mention) -> bool:
    """A place by its name, not a nisba (زار وزير الخارجية القاهرة: القاهرة is no apposition of the
    title; وزير الخارجية البريطاني is)."""
    return m.entity.type in ("GPE", "LOC") and not is_nisba_word(view.words[m.last])


def _closes_apposition(view: SentenceView, last: int) -> bool:
    """A comma (after an ordinal or السابق) closes the title ending at `last`."""
    k = last + 1
    while k < len(view.words) and view.words[k] in grammar_words().apposition_gap:
        k += 1
    return k < len(view.words) and view.words[k] in COMMAS


def _bare_title(e: Entity) -> bool:
    """A title or role with no country of its own (REL, GOV, MIL...)."""
    return not e.country and e.how == "title" and e.type in ("PERSON", "ORG")


def _opens_with_and(view: SentenceView, m: Mention) -> bool:
    """The mention's first word begins with the conjunction و: وروسيا (the name starts after
    the و), وعدد من (a quantifier after it); not وزير or وفداً من, whose و is their own."""
    w = view.words[m.first]
    if not w.startswith("و"):
        return False
    tok = view.tokens[m.first]
    if tok.start <= m.entity.start < tok.end:
        return m.entity.start > tok.start
    return w[1:] in grammar_words().quantifiers


def _joined(view: SentenceView, a: Mention, b: Mention) -> bool:
    """`b` follows `a` joined by و: a lone و between them (commas aside), or none and `b` opens
    with the conjunction (وروسيا; not the first letter of وزير)."""
    gap = [view.words[k] for k in range(a.last + 1, b.first) if view.words[k] not in COMMAS]
    if (not gap and _opens_with_and(view, b)) or gap == ["و"]:
        return True
    # القوات الحكومية ومقاتلو حزب الله، المقاومة وقوات الجيش: the first one's own adjectives
    # (two at most) and the head noun of the second, in construct before it, stand between them
    k = 0
    while k < min(len(gap), 2) and gap[k].startswith("ال") and is_nisba_word(gap[k]):
        k += 1
    rest, heads = gap[k:], grammar_words().coordinated_heads
    if k and ((not rest and _opens_with_and(view, b)) or rest == ["و"]):
        return True
    return (len(rest) == 1 and rest[0][:1] == "و" and rest[0][1:] in heads) or \
        (len(rest) == 2 and rest[0] == "و" and rest[1] in heads)


def coordinated(view: SentenceView, m: Mention) -> list[Mention]:
    """`m` and the actors coordinated with it by و (إيران وروسيا وتركيا)."""
    group = [x for x in view.mentions if (x.first, x.last) == (m.first, m.last)] or [m]
    cur = m
    while True:
        nxt = next((x for x in view.mentions if x.first > cur.last), None)
        if nxt is None:
            break
        if not _joined(view, cur, nxt):
            break
        group.append(nxt)
        cur = nxt
    return group


def boundary_between(view: SentenceView, a: int, b: int, soft: bool = False) -> bool:
    for k in range(a, b):
        w = view.words[k]
        if w in HARD_STOPS and w not in ("«", "»"):
            return True
        if soft and w in grammar_words().clause_openers:
            return True
    return False


def plural_agreement(person: str) -> bool:
    """A verb of the 3rd person plural or dual (هاجموا، يطالبون، التقيا): in written Arabic its
    subject stands before it (or is its pronoun); an actor after it is its object."""
    return person.startswith("3") and ("mp" in person or "d" in person[1:])


SPEAKING_FOR = fold("باسم")
# PP words that belong to a title (الناطق باسم الائتلاف سالم المسلط): no stop before the name
# (grammar.json `title_links`, was TITLE_LINKS)
# A preposition with a pronoun -> that preposition (لها → ل، إليه → إلى). Not فيه، منه: قتل
# وجرح فيه عدد من المسلحين — what follows them is the victims, not a subject.
# (grammar.json `pronoun_pp_preps`, was PRONOUN_PP_PREPS)


# ب with a pronoun frees the actor after it only after a verb that opens its own clause
# (ونددت به الحكومة، وقد أشاد به الرئيس); in a relative clause (البرقية التي بعث بها الملك،
# زيارات يقوم بها الوزير) the doer is read by the noun's own rules, which would take a free
# actor as its target
# (the forms of ب: the words of grammar.json `pronoun_pp_preps` whose value is ب)
# (grammar.json `qad_words`, was QAD_WORDS)
QAD = fold("قد")


def bound_ba_pronoun(view, k: int) -> bool:
    """The word at `k` is ب with a pronoun after a verb that does not open its own clause."""
    if grammar_words().pronoun_pp_preps.get(view.words[k]) != "ب":
        return False
    if k < 2:
        return True
    verb, before = view.tokens[k - 1], view.words[k - 2]
    return not (any(g.kind == "proclitic" and g.text in ("و", "ف") for g in verb.segments)
                or before in COMMAS or before in grammar_words().qad_words)


def pronoun_pp_prep(word: str) -> str:
    """The preposition of a preposition with a pronoun (لها → ل، إليه → إلى), or ""."""
    return grammar_words().pronoun_pp_preps.get(word, "")


def postverbal_subject(view: SentenceView, trig_last: int, head: int,
                       object_pronoun: bool = False, past_times: bool = False) -> Mention | None:
    """VSO: an actor beginning within two words after the verb and not in a PP. An actor right
    before the verb (SVO: بوتين زار طهران) takes precedence: the one after it is then the object.
    `past_times`: time adverbs right after the verb stand before the subject (a light verb's:
    شنت مساء أمس طائرات التحالف غارات)."""
    # (a person of unknown code before the verb is its subject too: محمد علاونة هاجم الحكومة)
    pre = [m for m in (sorted(view.mentions + view.unknown_persons, key=lambda m: m.last)
                       if view.unknown_persons else view.mentions)
           if m.last < head and not m.in_pp and not m.in_quote]
    # (قتل عشرة أشخاص عندما فجر انتحاري نفسه: a time clause's verb has its own subject after it)
    gw = grammar_words()
    if pre and not object_pronoun and head - pre[-1].last <= 2 and all(
            view.is_word(k) and view.words[k] not in gw.clause_openers and
            view.words[k] not in gw.time_clause_openers for k in range(pre[-1].last + 1, head)):
        return None
    while past_times and trig_last + 1 < len(view.words) and \
            view.words[trig_last + 1] in gw.time_adverbs:
        trig_last += 1
    for m in sorted(view.mentions + view.unknown_persons, key=lambda x: x.first):
        if m.first <= head:
            continue
        if m.first > trig_last + 3:
            break
        # a preposition with a pronoun may stand between a verb and its subject (وتنازلت لهم
        # الكويت، قدمت له الحكومة): it is the verb's complement, not a PP around the actor
        words_between = [k for k in range(trig_last + 1, m.first) if view.is_word(k)
                         and view.words[k] not in grammar_words().pronoun_pp_preps]
        if any(view.words[k] in grammar_words().non_actor_subjects for k in words_between):
            break  # دعم البعض حزب الله: the actor is the object of a subject that is no actor
        if indefinite_accusative(view, m):
            break  # قتلت قواته مسلحاً: the accusative is the object, never the subject
        if len(words_between) == 1 and _construct_head(view.words[words_between[0]]):
            break  # استهدفت منزل قائد عسكري: the actor is the genitive of the verb's object
        if len(words_between) <= 1 and not m.in_pp and not m.in_quote and not m.locative and \
                not (m.pp_head and m.first > trig_last + 1) and \
                not any(is_prep(view.words[k]) or clitic_prep(view, k)
                        for k in words_between):
            return m
        break
    return None


# Nouns of a building, a post or a possession (منزل، مقر، موكب، مواقع): an actor in construct
# with one of them after a verb owns the verb's object; it is not the verb's subject (but
# مدرعات الجيش، طائرات التحالف, the actor's means, may be, and so may an office or a mission:
# أعلن مكتب الرئيس، قالت سفارة الولايات المتحدة)
# (grammar.json `property_nouns`, was PROPERTY_NOUNS)


def _construct_head(word: str) -> bool:
    """A noun of property right before an actor (استهدفت منزل قائد عسكري): the head of the
    object's construct."""
    nouns = grammar_words().property_nouns
    return strip_conj(word) in nouns or word in nouns


def indefinite_accusative(view: SentenceView, m: Mention) -> bool:
    """A group or a title with a nisba in the indefinite accusative (مسلحاً، جندياً عراقياً):
    no name, no article, its last word ending in the alif of the tanween."""
    w = view.words[m.last]
    return m.entity.how in ("title", "nisba") and m.entity.type in ("ORG", "PERSON") and \
        w.endswith("ا") and not w.startswith("ال") and not view.words[m.first].startswith("ال")


def antecedent(view: SentenceView, first: int) -> Mention | None:
    """The actor right before a verb that carries an object pronoun (صحافي أميركي احتجزه
    الحوثيون), also across a relative pronoun (الصحفي الذي احتجزه الحوثيون، مقاتلي الحركة الذين
    تتهمهم): the pronoun's antecedent, the verb's object."""
    for m in reversed(view.mentions):
        if m.last < first:
            gap = range(m.last + 1, first)
            if m.in_quote or first - m.last > 2:
                return None
            if len(gap) == 1 and view.words[gap[0]] in grammar_words().relative_pronouns:
                return m
            openers = grammar_words().clause_openers
            if all(view.is_word(k) and view.words[k] not in openers for k in gap):
                return m
            return None
    return None


def nonactor_subject(view: SentenceView, trig_last: int) -> bool:
    """The verb's subject right after it is a word that names no actor (البعض، مسلحون، فريق
    الخبراء، «القائمة العربية»)."""
    first = trig_last + 1
    for k in range(trig_last + 1, min(len(view.words), trig_last + 3)):
        if k == trig_last + 1 and view.words[k] == "«":
            if _quoted_name_then_object(view, k):
                return True
            first += 1
            continue  # أدانت «القائمة العربية المشتركة»: a body's name in quotation marks
        if not view.is_word(k) or is_prep(view.words[k]) or view.mention_at(k, k) is not None:
            return False
        if view.words[k] in grammar_words().non_actor_subjects or \
                nominative_plural(view.words[k]) or \
                view.words[k] in view.person_nouns or (k == first and _definite_group(view, k)):
            return True  # (a group only as the first word: not عضو لجنة الأمن, a member of it)
        if k == first and k not in view.verbs and not clitic_prep(view, k) and \
                indefinite_nominative_plural(view, view.words[k]):
            return True  # وينتقد محللون سياسيون الحكومة: the plural in ون is the subject
    return False


def _quoted_name_then_object(view: SentenceView, k: int) -> bool:
    """«يوروتانل» right after a verb, no known actor inside the marks, then an actor outside a
    preposition phrase (وطالبت «يوروتانل» الحكومة الفرنسية): the name in marks is the subject
    and the actor the object (a verb takes its subject before its object)."""
    close = next((j for j in range(k + 1, min(len(view.words), k + QUOTED_NAME_WORDS + 2))
                  if view.words[j] == "»"), None)
    if close is None or close == k + 1 or any(
            not view.is_word(j) or mention_at_word(view, j) for j in range(k + 1, close)):
        return False
    m = view.mention_at(close + 1, close + 1)
    return m is not None and m.first == close + 1 and not m.in_pp and not m.in_quote


def _definite_group(view: SentenceView, k: int) -> bool:
    """A noun of a group, definite or before a definite genitive (القائمة، فريق الخبراء،
    مواطني الإقليم; not لجنة تحقيق, an indefinite object of a verb whose subject was said)."""
    w = view.words[k]
    if w.startswith("ال") and w[2:] in view.group_nouns:
        return True
    nxt = view.words[k + 1] if k + 1 < len(view.words) else ""
    return w in view.group_nouns and nxt.startswith("ال")


def nominative_plural(word: str) -> bool:
    """A definite masculine plural in the nominative (المدافعون، المحللون، المراقبون): after a
    verb, its subject, which names no actor when no actor was found there. Four letters at least
    before ون: not a singular noun (القانون، المضمون)."""
    w = word[1:] if word[:1] in "وف" else word
    return w.startswith("ال") and w.endswith("ون") and len(w) >= 8


def indefinite_nominative_plural(view: SentenceView, word: str) -> bool:
    """An indefinite masculine plural in the nominative (محللون، قياديون، مواطنون): right after
    a verb, its subject (an object would be in ين). Four letters at least before ون, not a
    word of events.json `singulars_in_un` (تلفزيون، ماراثون)."""
    w = word[1:] if word[:1] in "وف" else word
    return not w.startswith(("ال", "بال", "لل", "كال")) and w.endswith("ون") and \
        len(w) >= 6 and w not in view.singulars_in_un  # (بالتهاون: a noun in a phrase)


QUOTED_NAME_WORDS = 3  # words of a name in quotation marks after a verb («يوروتانل»)
# object pronouns at the end of a verb (اجتاحتها، قتله، هاجمهم)
# (grammar.json `third_person_pronouns`: read with endswith, in any order)


def preverbal_subject(view: SentenceView, head: int, max_words: int = 14,
                      skip_towns: bool = False) -> Mention | None:
    """SVO or the subject carried inside the sentence: the nearest actor before the trigger that
    is not in a PP, with no sentence-level stop between (أنّها → the actor before أنّها)."""
    best = None
    relatives = grammar_words().relative_pronouns
    rel = next((k for k in range(head - 1, max(-1, head - 3), -1) if view.words[k] in relatives),
               None)
    if rel is not None:
        # a relative clause (تصريحات ترامب التي هدد فيها): the antecedent's owner is the subject
        # (not the subject of a verb with the antecedent after it: ودانت فرنسا الغارات التي)
        before = [m for m in view.mentions if m.last < rel and not m.in_quote and
                  rel - m.last <= 3 and not reacts(view, m)]
        if before:
            return before[-1]
        near = next((m for m in reversed(view.mentions) if m.last < rel and not m.in_pp and
                     not m.in_quote), None)
        if rel == head - 1 and near is not None and reacts(view, near) and \
                not view.words[head].endswith(grammar_words().third_person_pronouns):
            # ودانت فرنسا الغارات التي قتلت: the relative's antecedent is the verb's subject, not
            # who condemned it (but in الأراضي التي اجتاحتها the antecedent is the object)
            return None
    for m in view.mentions:
        if m.last >= head:
            break
        if (m.in_pp and not (m.owner and head - m.last == 1)) or \
                (m.in_quote and not in_same_quote(view, head, m)) or \
                m.locative or m.pp_head or (skip_towns and m.town):
            # (a town is no agent of a verbal noun; طائرات تابعة للجيش هاجمت: the owner of the
            # subject acts; a quoted actor is the subject of a verb in its own quote: «إن
            # المستوطنين هاجموا المواطنين»)
            continue
        if owners_object(view, m):
            continue  # استدعت البحرين سفيرها للتشاور: Bahrain consults, not the office it recalls
        if head - m.last > max_words * 2:
            continue
        if boundary_between(view, m.last + 1, head) or _complementizer_between(view, m.last + 1, head):
            continue
        best = m
    if view.unknown_persons and head > 0:
        # محمد علاونة هاجم الحكومة: a person of unknown code right before the verb, after any
        # actor, is its subject (GDELT keeps him with his name and no code)
        u = next((u for u in view.unknown_persons if u.last == head - 1), None)
        if u is not None and not u.in_pp and not u.in_quote and \
                (best is None or best.last < u.first) and rel is None:
            return u
    return best


def owners_object(view: SentenceView, m: Mention) -> bool:
    """`m` is a possessed office (the actors stage's coreference, grammar.json
    `possessed_offices`: سفيرها، وزيره) that is the object of a verb whose subject is its owner:
    right after an actor of its country that is no genitive, with only words of a day or time
    between (grammar.json `time_adverbs`, `name_time_words`, `victim_days`: استدعت البحرين أمس
    سفيرها) or an aside of time or setting between commas (استدعت المنامة، في اليوم نفسه،
    سفيرها), or with a feminine verb of the events dictionary between, which agrees with the
    owner and cannot have the masculine office as its subject (البحرين استدعت سفيرها، قطر
    تستدعي سفيرها). A verb has one subject, so the office is what the owner acted on, not the
    doer of what follows (للتشاور is Bahrain's). Not when the office opens its own clause
    (أعلنت البحرين أن سفيرها، رحبت مصر بالاتفاق وقال سفيرها، وصل سفيرها) or is joined to its
    owner by و (البحرين وسفيرها: both do it)."""
    if m.entity.how != "coref" or not m.entity.country or m.in_pp or m.in_quote or \
            not 1 <= m.first < len(view.tokens) or \
            not view.tokens[m.first].start <= m.entity.start < view.tokens[m.first].end:
        return False
    found = Coref.office_stem(view.tokens[m.first].text)
    if found is None or "و" in found[0] or "ف" in found[0]:
        return False
    owner = next((x for x in reversed(view.mentions) if x.last < m.first), None)
    if owner is None or owner.in_pp or owner.in_quote or owner.entity.country != m.entity.country:
        return False
    between = range(owner.last + 1, m.first)
    gw = grammar_words()
    if len(between) == 1 and between[0] in view.verbs:
        verb = view.words[between[0]]
        return verb.endswith("ت") or verb.startswith("ت")
    def time_word(k: int) -> bool:
        return view.words[k] in gw.time_adverbs or view.words[k] in gw.name_time_words or \
            view.words[k] in gw.victim_days
    if len(between) >= 3 and view.words[between[0]] in COMMAS and \
            view.words[between[-1]] in COMMAS:
        # an aside between commas: a time (استدعت المنامة، أمس، سفيرها) or a setting of up to
        # four words (grammar.json `setting_preps`: استدعت المنامة، في اليوم نفسه، سفيرها)
        aside = between[1:-1]
        return all(time_word(k) for k in aside) or (
            len(aside) <= 4 and view.words[aside[0]] in gw.setting_preps and all(
                view.is_word(k) and k not in view.verbs and
                view.words[k] not in gw.complementizers for k in aside))
    return len(between) <= 3 and all(time_word(k) for k in between)


def joined_to_previous(view: SentenceView, m: Mention) -> bool:
    """`m` is joined by و to the actor right before it (بين الرياض وطهران: طهران)."""
    k = next((i for i, x in enumerate(view.mentions) if x is m), -1)
    return k > 0 and _joined(view, view.mentions[k - 1], m)


def first_of_coordination(view: SentenceView, m: Mention) -> Mention:
    """The first actor of the coordination `m` ends (استأنفت إسرائيل والفلسطينيون: إسرائيل), so
    that `coordinated` from it gives them all."""
    while True:
        k = next((i for i, x in enumerate(view.mentions) if x is m), -1)
        if k <= 0:
            return m
        prev = view.mentions[k - 1]
        if not _joined(view, prev, m) or prev.in_pp or prev.in_quote:
            return m
        m = prev


def _subject_of(view: SentenceView, m: Mention, verbs: frozenset[str],
                relative: bool = False) -> bool:
    """Whether `m` is the subject of one of `verbs` right before it (VSO) or after it (SVO),
    with `relative` also past a relative pronoun after it (رئيس البرلمان، الذي يحظى)."""
    def verb(k: int) -> bool:
        if not 0 <= k < len(view.words):
            return False
        w = view.words[k]
        return w in verbs or (w[:1] in "وف" and w[1:] in verbs)
    rel = m.last + 1 + (m.last + 1 < len(view.words) and view.words[m.last + 1] in COMMAS)
    return verb(m.first - 1) or verb(m.last + 1) or (
        relative and rel < len(view.words) and
        view.words[rel] in grammar_words().relative_pronouns and verb(rel + 1))


def reacts(view: SentenceView, m: Mention) -> bool:
    """Whether `m` is the subject of a verb of reaction or witnessing (أثنى مجلس الوزراء،
    مصر ترحب)."""
    return _subject_of(view, m, grammar_words().reaction_verbs)


def receives(view: SentenceView, m: Mention) -> bool:
    """Whether `m` is the subject of a verb of receiving (تلقت اليونان، مصر حصلت على), also
    as the antecedent of its relative pronoun (البرلمان الذي يحظى بتأييد الميليشيات: the
    militias back the parliament)."""
    return _subject_of(view, m, grammar_words().receiving_verbs, relative=True)


def lam_pronoun(view: SentenceView, after: int) -> bool:
    """لـ with a pronoun within two words after position `after` (دعم الصندوق الدولي لها)."""
    for k in range(after + 1, min(len(view.words), after + 3)):
        if view.words[k] in grammar_words().lam_pronouns:
            return True
        if view.words[k] in HARD_STOPS:
            return False
    return False


# (grammar.json `subject_pronoun_clauses`, was SUBJECT_PRONOUN_CLAUSES)


# Words after أنه / إنه that show its pronoun is no one's subject (ضمير الشأن): a preposition or
# adverb, a negation, an impersonal verb (إنه عقب الحفل جرت، إنه لا يزال يتعين)
# (grammar.json `impersonal_next`, was IMPERSONAL_NEXT)


def pronoun_clause_between(view: SentenceView, a: int, b: int) -> bool:
    """An impersonal أنه / إنها between a and b, followed by a preposition, a negation or an
    impersonal verb (قال المتحدث إنه عقب الحفل جرت مباحثات): the speaker before it is not the
    agent of a verbal noun after it. (أكدت الوزارة أنها تمكنت من توقيف: the pronoun is the
    subject of the next verb and carries the ministry.)"""
    for k in range(a, b):
        if view.words[k] in grammar_words().subject_pronoun_clauses and k + 1 < len(view.words):
            nxt = view.words[k + 1]
            if is_prep(nxt) or nxt in grammar_words().impersonal_next:
                return True
    return False


def _complementizer_between(view: SentenceView, a: int, b: int) -> bool:
    """قالت الشرطة إن مهاجماً فجّر: the reporter is not the subject of the reported verb.
    (أنها/أنه carry the subject back to the actor before them: أعلنت روسنفط أنها وقّعت.)"""
    return any(view.words[k] in grammar_words().complementizers for k in range(a, b))


# Words that open another clause (لكنها دعت، فيما، بينما): an actor after them is no argument of
# a verb before them
# (grammar.json `contrastives`, was CONTRASTIVES)


# Prepositions of place and time: an actor after one is where or when (اعترض على الخطة في المحاكم)
# (grammar.json `setting_preps`, was SETTING_PREPS)


# Nouns of a relation whose في names the body it holds in (نظرائه في مجلس التعاون، الدول الأعضاء
# في الحلف): that body is the PP's actor, not a place
# (grammar.json `relational_nouns`, was RELATIONAL_NOUNS)


def _bare_noun(word: str) -> str:
    """The definite noun without و/ف and a preposition before its article (للشرعية → الشرعية،
    بالحرب → الحرب)."""
    w = strip_conj(word)
    if w.startswith("لل") and len(w) > 4:
        return "ال" + w[2:]
    if w[:1] in "بلك" and w[1:3] == "ال":
        return w[1:]
    return w


def in_same_quote(view: SentenceView, k: int, m: Mention) -> bool:
    """`m` and the word at `k` stand in one quote (قال «إن المستوطنين هاجموا القرية»)."""
    at = view.tokens[k].start
    return any(a <= m.entity.start < b and a <= at < b for a, b in view.quote_spans)


def quoted_apart(view: SentenceView, k: int, m: Mention) -> bool:
    """`m` stands in a quote that does not hold the word at `k` (the trigger): وعبر عن امتنانه
    لدول الخليج «على ما قدمته من دعم للمقاومة» — the resistance is the speaker's word, not the
    one thanked."""
    if not m.in_quote or in_same_quote(view, k, m):
        return False
    for a, b in view.quote_spans:
        if a <= m.entity.start < b:
            # a quoted name or noun phrase that opens with the actor («القوات السورية»،
            # «مجموعة من المسلحين») is no one's speech
            inside = [x for x in range(m.first) if a <= view.tokens[x].start]
            if len([x for x in inside if view.is_word(x)]) <= 1:
                return False
    return True


def _clause_word(w: str) -> bool:
    """A word that opens another clause by itself: a complementizer, a pronoun clause, a
    contrastive or circumstantial conjunction (أن، بينما، فيما، لكنها)."""
    gw = grammar_words()
    return w in gw.complementizers or w in gw.subject_pronoun_clauses or w in gw.contrastives or (
        w.startswith(("لكن", "ولكن")) and len(w) <= 7)


def opens_clause(view: SentenceView, k: int) -> bool:
    """The word at `k` begins another clause: a complementizer (أن، إنه، بأنها), a contrastive
    or circumstantial conjunction (لكنها، بينما، فيما), or a verb joined by و or after a comma
    (، ودعت، ثم دعت): the object or the PP target of a verb before it lies not past it."""
    if k >= len(view.words) and any(m.first <= k <= m.last for m in view.mentions):
        return False  # (a mention carried from another clause, past this view's words)
    w = view.words[k]
    if _clause_word(w):
        opens = True  # (لكنها، ولكنهم)
    elif w in grammar_words().qad_words and k + 1 in view.verbs:
        # ، وقد استنكرتها الحكومة: قد opens the clause of the verb after it as the verb would
        opens = w != QAD or (k > 0 and view.words[k - 1] in COMMAS)
    else:
        opens = k in view.verbs and k > 0 and (view.words[k - 1] in COMMAS or w[:1] in "وف")
    # a word of a name opens nothing (وزير is no و + verb): the mentions are looked at only
    # for a word that would open a clause (few do; this runs for every word a PP is sought in)
    return opens and not any(m.first <= k <= m.last for m in view.mentions)


def prep_targets(view: SentenceView, preps: tuple[str, ...], start: int, exclude: set[int],
                 limit: int = 16, places: bool = True) -> list[Mention]:
    """The first actor (and those coordinated with it) heading a PP of one of `preps`, before
    another clause opens: not the actor of a later PP (اعترض على الخطة في المحاكم: the courts
    are where, not whom) nor of a clause after (تحدث عن زيارته …، كاشفا أنه يخطط لزيارة الرياض)."""
    if not preps:
        return []
    j = start + 1
    n = len(view.words)
    while j < n and j <= start + limit:
        w = view.words[j]
        if w in HARD_STOPS and w not in ("«", "»"):
            break
        if opens_clause(view, j):
            break
        hit = w in preps or (has_prep_clitic(w) and has_prep_clitic(w) in preps)
        if w.startswith(("و", "ف")) and w[1:] in preps:
            hit = True
        if hit:
            for m in view.mentions:
                if m.first < j or id(m) in exclude:
                    continue
                if _nested_pp(view, j, m) or \
                        (m.locative and not places and strip_conj(w) not in ILA):
                    # a neighbour after a border (على الحدود مع العراق) or, with `places`
                    # False, a place after a noun of place (في مدينة نابلس; but a journey to
                    # it: وصل إلى مدينة عدن): the PP is where, and no later PP is sought
                    return []
                if m.first > j + 6 or boundary_between(view, j, m.first) or any(
                        strip_conj(view.words[k]) in grammar_words().setting_preps - set(preps) and
                        _bare_noun(view.words[k - 1]) not in grammar_words().relational_nouns
                        or _clause_word(view.words[k])
                        for k in range(j + 1, m.first)) or quoted_apart(view, start, m):
                    # (but رحب ببيان صادر عن الخارجية: the statement's issuer; رحبت بالهدنة،
                    # بينما دعت الأمانة العامة لمجلس التعاون: another clause's subject)
                    break
                return coordinated(view, m)
        j += 1
    return []


# Nouns of a border or a place whose own PP names a neighbour (على الحدود مع العراق، في المنطقة
# بين البلدين): the actor of that PP is where, not the target.
# (grammar.json `border_nouns`, was BORDER_NOUNS)
ILA = frozenset(fold(w) for w in ("إلى", "الى"))


def _nested_pp(view: SentenceView, j: int, m: Mention) -> bool:
    """A preposition after a noun of border or place stands between the preposition at `j` and
    the actor `m` (على الحدود مع العراق): `m` names that place's neighbour. (A PP inside the
    PP of a verbal noun may hold the target: تعهد بتشديد الحملة على الإخوان.)"""
    g = grammar_words()
    return any(is_prep(view.words[k]) and ((w := strip_conj(view.words[k - 1])) in g.place_nouns
                                           or w in g.border_nouns)
               for k in range(j + 2, m.first))


def object_target(view: SentenceView, after: int, exclude: set[int], preps: tuple[str, ...],
                  limit: int = 6, owner: bool = False) -> list[Mention]:
    """The direct object: the first actor after `after` not in a PP (or in one of `preps`).
    With `owner`, also the owner of a thing that is the object (استهدف مركزاً للشرطة، حافلة
    تابعة للجيش): the actor after لـ right behind one to three words."""
    for m in view.mentions:
        if m.first <= after or id(m) in exclude:
            continue
        if m.first > after + limit or boundary_between(view, after + 1, m.first) or any(
                opens_clause(view, k) for k in range(after + 1, m.first)) or \
                quoted_apart(view, after, m):
            break  # (أدانت الحكومة القصف، لكنها دعت الحزب: the party is the call's)
        if after + 1 < m.first and view.words[after + 1] in grammar_words().relative_pronouns:
            break  # قاطعت المعارضة التي ترفض إنشاء المحكمة التصويت: in the subject's relative
            # clause (but أدانت أعمال الإرهاب التي يرتكبها داعش: the relative clause of the object)
        if m.in_pp:
            lead = clitic_prep(view, m.first)
            prev = view.words[m.first - 1] if m.first > 0 else ""
            gap = [k for k in range(after + 1, m.first) if view.is_word(k)]
            owned = owner and lead == "ل" and 1 <= len(gap) <= 3 and not any(
                is_prep(view.words[k]) or clitic_prep(view, k) or
                view.words[k].startswith("و") for k in gap)  # (الحوثيون والموالون لصالح)
            if not (owned or lead in preps or prev in preps or
                    (prev and has_prep_clitic(prev) in preps)):
                return []
        elif m.pp_head and m.first >= 2 and view.words[m.first - 2] not in preps:
            return []  # في العاصمة الجزائرية: the adjective of a noun in a PP is no object
        return coordinated(view, m)
    return []


def add_identified_persons(view: SentenceView, kinds: frozenset[str],
                           tells_who=lambda word: False) -> None:
    """Add to `view.unknown_persons` each definite noun of a person of `kinds` (events.json
    `person_kinds`, `person_nouns`: الرجل، الشاب، المرأة) that a relative clause right after it
    identifies (اعتقلت الشرطة الرجل الذي هاجم الحراس): someone the story is about, a participant
    with his words and no code, as a person of unknown name is. Not a noun inside an actor or
    a place, nor one after a preposition, nor one whose clause's verb (كان / قد before it
    passed over) `tells_who` he is (الرجل الذي كان يعمل في الشرطة: the body he belongs to is
    read for him, `participants._in_noun_relative`)."""
    relatives = grammar_words().relative_pronouns
    aux = grammar_words().relative_clause_aux
    w = view.words
    found = []
    for k in range(len(w) - 1):
        if w[k + 1] not in relatives or not w[k].startswith("ال") or \
                w[k][2:] not in kinds:
            continue
        v = k + 2
        while v < len(w) and w[v] in aux:
            v += 1
        if v < len(w) and tells_who(w[v]):
            continue
        if k > 0 and is_prep(w[k - 1]) or any(
                m.first <= k <= m.last for m in view.mentions + view.places + view.unknown_persons):
            continue
        tok = view.tokens[k]
        e = Entity(tok.start, tok.end, tok.text, "PERSON", "", None, how="title",
                   sentence=view.index)
        found.append(Mention(e, k, k, False))
    if found:
        view.unknown_persons = sorted(view.unknown_persons + found, key=lambda m: m.first)


def with_persons(view: SentenceView) -> SentenceView:
    """A copy of `view` whose mentions also hold its persons of unknown code, in order: the slot
    readers (`object_target`, `prep_targets`) then see them as they see actors (GDELT keeps
    such a person with his name and no code)."""
    return replace(view, mentions=sorted(view.mentions + view.unknown_persons,
                                         key=lambda m: (m.first, -m.last)))


def uncoded_first(view: SentenceView, group: list[Mention]) -> list[Mention]:
    """`group` (a slot reader's answer on `with_persons(view)`) when it opens with a person of
    unknown code, else []: a coded actor in that slot was the coded reading's to find."""
    if group and any(group[0] is u for u in view.unknown_persons):
        return group
    return []


def genitive_after(view: SentenceView, head: int, last: int) -> list[Mention]:
    """The actor right after a verbal noun: زيارة بوتين، التهديدات الأميركية، اغتيال مغنية."""
    for m in view.mentions:
        if m.first <= last:
            continue
        words_between = [k for k in range(last + 1, m.first) if view.is_word(k)]
        # the noun itself may stand in a PP (ندّد بقصف إسرائيل): its genitive is still its actor
        own = m.in_pp and m.pp_genitive and m.first == last + 1
        # (a verb between opens a clause: مظاهرات تطالب الحكومة — the government is no genitive)
        if len(words_between) <= 1 and (not m.in_pp or own) and not any(
                is_prep(view.words[k]) or k in view.verbs for k in words_between) and not boundary_between(
                view, last + 1, m.first):
            return coordinated(view, m)
        break
    return []


def lam_agent(view: SentenceView, last: int, lam_target: bool = True) -> list[Mention]:
    """The agent of a verbal noun given with لـ: always when لـ does not mark the noun's target
    (`lam_target` False: هجوم للمتشددين على قاعدة، العمليات الانتحارية للتنظيمات), else when a
    target with إلى follows (الزيارة الناجحة للرئيس السيسي إلى باريس); without one, لـ marks the
    target (دعم صندوق النقد لليونان، زيارة لطهران)."""
    for m in view.mentions:
        if m.first <= last:
            continue
        gap = [k for k in range(last + 1, m.first) if view.is_word(k)]
        lead = clitic_prep(view, m.first)
        prev = view.words[m.first - 1]
        if len(gap) > 2 or boundary_between(view, last + 1, m.first) or not (
                lead == "ل" or (prev in ("ل", "ول") and m.first - 1 > last)):
            return []
        if any(is_prep(view.words[k]) or clitic_prep(view, k) for k in gap
               if view.words[k] not in ("ل", "ول")):
            return []
        if not lam_target:
            # only an adjective may stand between (تفجيراً انتحارياً لطالبان), not a verb
            # (هجمات استهدفت معسكرات للجيش: the army's camps were the target)
            words = [view.words[k] for k in gap if view.words[k] not in ("ل", "ول")]
            if len(words) > 1 or any(not _adjective(w) for w in words):
                return []
            return coordinated(view, m)
        nxt = next((x for x in view.mentions if x.first > m.last), None)
        if nxt is None or nxt.first - m.last > 3 or boundary_between(view, m.last + 1, nxt.first):
            return []
        if any(view.words[k] in (fold("إلى"), "الي", fold("وإلى"))
               for k in range(m.last + 1, nxt.first)):
            return coordinated(view, m)
        return []
    return []


def _adjective(word: str) -> bool:
    """A relational adjective's form, also short or with the tanween alif (الجوية، انتحارياً)."""
    w = word[:-1] if word.endswith("ا") else word
    return is_nisba_word(w) or w.endswith(("يه", "ي")) and len(w) >= 4


def lam_object(view: SentenceView, last: int) -> list[Mention]:
    """An actor with لـ right after a verbal noun's genitive agent, an adjective at most between
    (إدانة المحكمة الدولية للرئيس، دعم صندوق النقد لليونان): the noun's object."""
    for m in view.mentions:
        if m.first <= last:
            continue
        gap = [view.words[k] for k in range(last + 1, m.first) if view.is_word(k)]
        lead = clitic_prep(view, m.first) or (
            view.words[m.first - 1] if view.words[m.first - 1] in ("ل", "ول") else "")
        if lead in ("ل", "ول") and (not gap or gap in (["ل"], ["ول"]) or
                                    (len(gap) == 1 and _adjective(gap[0]))) and \
                not boundary_between(view, last + 1, m.first):
            return coordinated(view, m)
        return []
    return []


# Verbs that say who an event brings together (قمة تجمع رؤساء مصر واليونان، اللقاء الذي يضم…)
# (grammar.json `gathering_verbs`, was GATHERING_VERBS)


def between_pair(view: SentenceView, last: int) -> list[Mention]:
    """`بين X و Y` shortly after a noun, or the actors a verb of gathering names after it (قمة
    ثلاثية تجمع رؤساء مصر واليونان وقبرص، اللقاء الذي يضم وزراء خارجية …): the participants
    of a symmetric event."""
    for k in range(last + 1, min(len(view.words), last + 8)):
        w = view.words[k]
        gathering = w in grammar_words().gathering_verbs and k <= last + 4
        if w == "بين" or gathering:
            m = next((x for x in view.mentions if x.first > k), None)
            if m and m.first <= k + (3 if gathering else 2):
                return coordinated(view, m)
            return []
        if w in HARD_STOPS:
            return []
    return []


# A verb of holding with the pronoun of the meeting (لقاء عقده الرئيسان، القمة التي عقدها):
# its subject, after it, is who met
# (grammar.json `holding_verbs`, was HOLDING_VERBS)
# (grammar.json `with_words`, was WITH_WORDS)


def held_by(view: SentenceView, last: int) -> list[Mention]:
    """Who a meeting named by a noun brought together, from the verb right after it (past a
    relative pronoun or an adjective): the actors a verb of gathering names after it (لقاء جمع
    الرئيس السوداني والرئيس المصري) or the subject of a verb of holding with the meeting's
    pronoun (لقاء عقده الرئيسان، عمر البشير وعبد الفتاح السيسي; عقده البشير مع السيسي). Empty
    unless two actors or more are named."""
    w = view.words
    for k in range(last + 1, min(len(w), last + 4)):
        if w[k] in grammar_words().gathering_verbs or w[k] in grammar_words().holding_verbs:
            break
        if w[k] in HARD_STOPS or (k in view.verbs) or mention_at_word(view, k):
            return []
    else:
        return []
    m = next((x for x in view.mentions if x.first > k), None)
    if m is None or m.first > k + 4 or boundary_between(view, k + 1, m.first) or m.in_pp:
        return []
    group = coordinated(view, m)
    nxt = group[-1].last + 1
    if len(group) == 1 and nxt < len(w) and w[nxt] in grammar_words().with_words:
        partner = next((x for x in view.mentions if x.first == nxt + 1), None)
        if partner is not None:
            group += coordinated(view, partner)
    return group if len(group) > 1 else []


def mention_at_word(view: SentenceView, k: int) -> bool:
    return any(m.first <= k <= m.last for m in view.mentions)


def agent_phrase(view: SentenceView, last: int, markers: tuple[tuple[str, ...], ...],
                 same_clause: bool = False) -> list[Mention]:
    """The agent of a passive: على يد X، من قبل X. `same_clause`: only before the next clause
    boundary (a verbal noun's own agent: اغتيال القائد على يد مسلحين, not the agent of a
    passive in the next clause)."""
    # (a marker begins with its first word: a word that begins none, most, is passed over
    # without slicing the sentence for each marker; an empty marker would match anywhere)
    firsts = frozenset(mk[0] for mk in markers if mk) if all(markers) else None
    for k in range(last + 1, min(len(view.words), last + 12)):
        if same_clause and (k in view.verbs or boundary_between(view, k, k + 1, soft=True)):
            return []
        if firsts is not None and view.words[k] not in firsts:
            continue
        for mk in markers:
            if tuple(view.words[k:k + len(mk)]) == mk:
                m = next((x for x in view.mentions if x.first >= k + len(mk) - 1), None)
                if m and m.first <= k + len(mk) + 1:
                    return coordinated(view, m)
    return []
