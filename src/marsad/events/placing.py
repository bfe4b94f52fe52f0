"""The place of an event: a place named in its clause, where it was said, the
protest's site, else the article's dateline.

Each route a place is found by is recorded in `Location.source` (the events table's
`location_source`, docs/export.md):
- "visited": the place a visit goes to (زار طهران، وصل إلى طهران: 042), `_place`;
- "meeting_name": the town talks are named for (مشاورات جنيف، قمة شرم الشيخ), `_place`;
- "target": the town or region attacked or besieged (هجوم الحوثيين على مأرب), `_place`;
- "sentence": a place said as where in the trigger's clause (في طهران، وسط طهران، بمدينة
  الرمادي), `_place`;
- "dateline": the dateline of the article or of its digest item (`_dateline_for`);
- "party_visit": a meeting held where one of its parties is reported visiting that day, in
  another sentence (`_places_of_visits`);
- "source_country": the country of the source that summons or recalls an envoy (`_home_of`);
- "target_country": the country of the police, armed groups or people attacked, under a
  dateline of another country (`_weak_datelines`);
- "publication_country": the country the article was published in (`meta["country"]`, else
  its outlet's), for an event of a local story nothing else placed (`publication_places`).
`locate` then gives the place its dictionary entry's type, feature id and point.

Part of the events stage (`marsad.stages.events`).
"""

from __future__ import annotations

import dataclasses
from typing import NamedTuple

from marsad.document import ActorRef, Document, Entity, Event, Location
from marsad.events import roles
from marsad.events.clauses import (FACTUAL, ILA, _is_nominal, _relative, _same_actor, _verb_at,
                                   _words_between)
from marsad.events.dating import EVE_SHIFTS
from marsad.events.patterns import Trigger
from marsad.events.roles import SentenceView
from marsad.lexicon.categories import per_lexicon
from marsad.lexicon.grammar import grammar_words
from marsad.text.normalize import fold, strip_conj, with_conj


# The word lists of these rules are categories of lexicon/data/grammar.json (twenty-second
# session: place_preps, position_words, site_words, building_words, place_head_nouns, origin_preps,
# where_words, envoy_nouns, after_comma_openers, place_clause_openers, in_preps, list_joiners,
# happening_nouns, envoy_pronouns, post_preps), read through `grammar_words()` in the events
# stage's lexicon set; three are read with proclitics, joined once per set:


def _with_proclitics(nouns: frozenset[str], proclitics: frozenset[str]) -> frozenset[str]:
    return nouns | frozenset(_joined_proclitic(p, w) for p in proclitics for w in nouns)


def _joined_proclitic(proclitic: str, noun: str) -> str:
    """`proclitic` written onto `noun`: ل drops the article's alif (ل + السفير is للسفير, not
    لالسفير); any other is put before it (والسفير، بالسفير)."""
    if proclitic.endswith("ل") and noun.startswith("ال"):
        return proclitic + noun[1:]
    return proclitic + noun


@per_lexicon
def place_head_words() -> frozenset[str]:
    """Nouns of a place between the preposition and the name (في مدينة الرمادي، بمحافظة عمران):
    grammar.json `place_head_nouns`, bare and with each of `place_head_proclitics`."""
    gw = grammar_words()
    return _with_proclitics(gw.place_head_nouns, gw.place_head_proclitics)


@per_lexicon
def envoy_words() -> frozenset[str]:
    """Nouns of an envoy (السفير، والمبعوث): grammar.json `envoy_nouns`, bare and with each of
    `envoy_proclitics`."""
    gw = grammar_words()
    return _with_proclitics(gw.envoy_nouns, gw.envoy_proclitics)


@per_lexicon
def happening_words() -> frozenset[str]:
    """Nouns of a happening (هجوم، بهجوم): grammar.json `happening_nouns`, bare and with each of
    `happening_proclitics`."""
    gw = grammar_words()
    return _with_proclitics(gw.happening_nouns, gw.happening_proclitics)


PLACE_REACH = 8  # tokens between a trigger and its own place
# words after a trigger to a place of another country than the article's dateline: said as
# where in the trigger's clause, further than `PLACE_REACH` (الرياض - واس: قتل مسلحون خمسة
# جنود أمس عند نقطة تفتيش تابعة للجيش اليمني قرب مدينة عدن), it is where, not the dateline
ELSEWHERE_REACH = 16

VISITS = ("042", "043")


def _places_of_visits(doc: Document, events: list[Event]) -> None:
    """A meeting with no place of its own, held on the day one of its parties is reported (in
    another sentence, by name) visiting a place, was held there (لقاء بين خامنئي وبوتين … وصل
    بوتين إلى طهران صباح أمس). Not a telephone call (041); not a visit the meeting's own sentence
    names (دعا خلال لقائه إلى زيارة عدن: the topic of the meeting), nor one whose visitor is only
    carried from an earlier sentence."""
    visits = [e for e in events if e.cameo[:3] in VISITS and e.location is not None and
              e.modality in FACTUAL and e.source is not None and e.source.canonical and
              doc.sentence_at(e.source.start) == e.sentence]
    if not visits:
        return
    for ev in events:
        if ev.location is not None or ev.cameo[:2] != "04" or ev.cameo[:3] in VISITS + ("041",):
            continue
        parties = [r for r in (ev.source, ev.target) if r is not None and r.canonical]
        for v in visits:
            if v.date == ev.date and v.sentence != ev.sentence and \
                    any(_same_actor(v.source, r) for r in parties):
                ev.location = dataclasses.replace(v.location, source="party_visit")
                break


SITE_REACH = 12  # words after a protest trigger where the site of the crowd is looked for


def _protest_site(view: SentenceView, trig: Trigger) -> roles.Mention | None:
    """The actor whose building a protest gathers at: a word of position (grammar.json
    `site_words`), at most two building words (`building_words`), then the actor (أمام السفارة
    الأمريكية، حول مقر سفارة إستونيا، بالقرب من مبنى وزارة الدفاع الأميركية), within the
    trigger's clause."""
    gw = grammar_words()
    w = view.words
    for k in range(trig.last + 1, min(len(w), trig.last + 1 + SITE_REACH)):
        if w[k] in roles.HARD_STOPS:
            return None
        if w[k] not in gw.site_words:
            continue
        j = k + 1
        while j < len(w) and j - k <= 3 and w[j] in gw.building_words:
            j += 1
        m = view.mention_at(j, j) if j < len(w) else None
        if m is not None and not m.in_quote and (m.entity.actor_code or m.entity.country):
            return m
    return None


def _here(doc: Document, place: Location | None) -> ActorRef | None:
    """The country of the place where an event happened, as an actor (no role)."""
    if place is None or not place.country or place.start is None:
        return None
    return ActorRef(place.name, place.country, doc.text[place.start:place.end], place.start,
                    place.end, None, "GPE")


class PlacingWords(NamedTuple):
    """The word lists of events.json `contexts` the placing rules read (folded, each with the
    clitics it may carry: `placing_words`)."""
    topic_nouns: frozenset[str]  # الأوضاع، الأزمة، التطورات: في + a place after them is theirs
    topic_prepositions: frozenset[str]  # حول، بشأن، حيال: a place after them is a topic's
    destination_nouns: frozenset[str]  # السفر، عودة، مبيعات: إلى + a place after them is theirs
    list_additions: frozenset[str]  # بالإضافة، إضافة: إلى + a place after them, an item of a list
    region_heads: frozenset[str]  # محافظة، ولاية، إقليم، منطقة: a town after them is a region
    division_heads: frozenset[str]  # محافظة، ولاية، مديرية: an unknown name after them, a region
    division_adjectives: frozenset[str]  # جديدة، أخرى، مجاورة: after a division noun, no name
    division_name_heads: frozenset[str]  # شمال، جنوب، جبل، وادي: the first of a name's two words
    area_heads: frozenset[str]  # منطقة: an unknown indefinite name after it, an area
    area_non_names: frozenset[str]  # حظر، نفوذ، عمليات، لا: after منطقة, what kind, no name
    # (read by the merge of events, `merging._told_apart`)
    apart_marks: frozenset[str]  # آخر، أخرى، جديد: near a trigger, another act than one told
    apart_openers: frozenset[str]  # ثم، كما، أيضا: before a trigger, an act after or besides
    definite_areas: frozenset[str]  # المنطقة الشرقية، القطاع: an area named by a definite noun
    article_areas: frozenset[str]  # الجنوب، الريف: of these, those whose country the article
    # tells (a place in the sentence, the article's most named country), not first the dateline
    # (as written, no clitics) أن، كي: before a verb of the present, an act not done yet
    not_yet_particles: frozenset[str] = frozenset()
    resident_nouns: frozenset[str] = frozenset()  # سكان، أهالي: a town after them, where they are
    # احتجاجاً، رفضاً، تنديداً، ضد، مطالبين: a place after them is the motive's (a foreign scene)
    motive_words: frozenset[str] = frozenset()
    copulas: frozenset[str] = frozenset()  # كان، كانوا (as written): a state, no other clause
    # غداة، عقب، تزامناً مع (folded, with و/ف): before a definite event noun, the act told before
    reference_leads: frozenset[str] = frozenset()


def _with_clitics(words) -> frozenset[str]:
    """Folded words and each after ب and لـ (لل for a word with the article), all of them
    also after و or ف (`with_conj`)."""
    folded = [fold(w) for w in words]
    return with_conj({*folded, *("ب" + w for w in folded),
                      *("لل" + w[2:] if w.startswith("ال") else "ل" + w for w in folded)})


def placing_words(contexts: dict[str, frozenset[str]]) -> PlacingWords:
    """`PlacingWords` from the compiled events `contexts` (built once, in the resources)."""
    return PlacingWords(*(_with_clitics(contexts.get(name, ())) for name in (
        "topic_nouns", "topic_prepositions", "destination_nouns", "list_additions",
        "region_heads", "division_heads", "division_adjectives", "division_name_heads",
        "area_heads", "area_non_names", "apart_marks", "apart_openers", "definite_areas",
        "article_areas")),
        frozenset(fold(w) for w in contexts.get("not_yet_particles", ())),
        _with_clitics(contexts.get("resident_nouns", ())),
        _motive_words(contexts),
        frozenset(fold(w) for w in contexts.get("copulas", ())),
        with_conj({fold(w) for w in contexts.get("reference_leads", ())}))


def _motive_words(contexts: dict[str, frozenset[str]]) -> frozenset[str]:
    """The words of the motives of a protest (events.json `opposition_motives`,
    `support_motives`: احتجاج، رفض، تنديد، ضد، منددين، تأييد) that say why, with their clitics
    (`_with_clitics`): those with no article, and each in the accusative of a motive adverb too
    (احتجاجاً، رفضاً، تنديداً: folded, ا). The definite ones name a body or a crowd (المعارضة،
    المؤيدين), not a motive."""
    words = [fold(w) for name in ("opposition_motives", "support_motives")
             for w in contexts.get(name, ())]
    bare = [w for w in words if not w.startswith("ال")]
    return _with_clitics([*bare, *(w + "ا" for w in bare if not w.endswith(("ا", "ة", "ين",
                                                                              "ون")))])


NO_WORDS = PlacingWords(*(frozenset() for _ in PlacingWords._fields))
ENVOY_REACH = 6  # words between an envoy noun and the preposition of the post
# (not في: السفير السعودي في دمشق is where the ambassador is, and acts)
# Roots of events whose target, when a town or region (LOC), is where they happened: force,
# coercion, assault, fight (هجوم الحوثيين على مأرب، الحصار على مدينة الفلوجة، استولى على طرابلس)
TARGET_PLACE_ROOTS = ("15", "17", "18", "19", "20")


def _said_where(view: SentenceView, m: roles.Mention) -> bool:
    """`m` is said as where something happens: after في / إلى or a word of position (وسط طهران،
    بشمال اليابان), also with a noun of place between (في مدينة الرمادي، بمحافظة عمران), not after
    من (من داخل اليمن: whence). (A town with a bare بـ, ببغداد, is left out: the verb may govern
    it, رحب ببغداد, and adverbs read as ب + a town, باكراً = ب + أكرا.)"""
    gw = grammar_words()
    heads = place_head_words()
    w = view.words
    k = m.first - 1
    while k >= 0 and w[k] in heads and m.first - k <= 2:
        if w[k][:1] == "ب" or w[k][:2] == "وب":
            return True  # بمدينة الموصل، بالعاصمة صنعاء
        k -= 1
    if k < 0:
        return False
    nxt = m.last + 1 + (m.last + 1 < len(w) and w[m.last + 1] in roles.COMMAS)
    if nxt < len(w) and w[nxt] in gw.where_words and not roles.is_nisba_word(w[m.last]):
        # (not people named by a nisba: بالتنسيق مع إيرانيين، حيث …)
        return True  # وصل من سوريا حيث أجرى لقاءات، زيارته للعراق، حيث …: حيث says it is where
    if w[k] in gw.position_words:
        return not (k > 0 and w[k - 1] in gw.origin_preps)
    if w[k] in ILA and _envoy_before(view, k):
        return False  # مبعوث الأمم المتحدة إلى اليمن: a title's place
    return w[k] in gw.place_preps or w[m.first].startswith(("في", "وفي")) or \
        _at_region(view, m)


def _at_region(view: SentenceView, m: roles.Mention) -> bool:
    """`m` is a town or region of two words or more written after a bare ب (بصعيد مصر، بشرم
    الشيخ, with no في): said as where. Not one word (رحب ببغداد: a verb may govern a town with
    ب; باكراً is no ب + أكرا), nor a country (اعترف بجنوب السودان), nor right after a verb."""
    tok = view.tokens[m.first]
    e = m.entity
    return m.last > m.first and tok.start < e.start and \
        fold(tok.text[:e.start - tok.start]) == "ب" and \
        (e.actor_id or "").startswith("city:") and (m.first - 1) not in view.verbs


def _envoy_before(view: SentenceView, k: int) -> bool:
    """A noun of an envoy stands a few words before the preposition at `k`, with no comma or
    stop between: the place is where the envoy is sent (مبعوث الأمين العام إلى اليمن). Only
    words of his title between, definite words or an actor (not وصل المبعوث الأممي أمس إلى
    اليمن, nor المبعوث … إلى اليمن أمس إلى الرياض: where he goes)."""
    envoys = envoy_words()
    w = view.words
    for j in range(k - 1, max(-1, k - 1 - ENVOY_REACH), -1):
        if w[j] in roles.COMMAS or w[j] in roles.HARD_STOPS:
            return False
        if w[j] in envoys:
            return True
        if w[j] in ILA or strip_conj(w[j]) in grammar_words().time_adverbs or \
                not w[j].startswith(("ال", "لل")) and \
                not any(m.first <= j <= m.last for m in view.mentions):  # (إلى folds to الي)
            return False
    return False


TOPIC_REACH = 3  # adjectives between a noun of topic and في (تطورات الأزمة السياسية الراهنة في)
DESTINATION_REACH = 2  # words between a noun of destination and إلى (مبيعات الأسلحة إلى)
TOPIC_PREP_REACH = 6  # words between a preposition of topic and the place (حول السفر إلى اليمن)
# Roots of events that do not happen where their target is (statements, appeals, praise,
# criticism, demands, threats): the place after the target's name is the target's, not the
# event's. Not meetings (04: التقى السفير الأمريكي في القاهرة met him there), cooperation
# (06: برنامج أقامته المؤسسة بالتعاون مع جامعة هارفارد في مدينة بوسطن, held there), aid (07),
# yielding (08), investigating (09), protests (14) and cutting relations (16: استدعت الخارجية
# السفير السعودي في طهران summoned him there), which happen where their target is, nor force
# (15-20: قتل مسلحين في سوريا).
TARGETS_PLACE_ROOTS = ("01", "02", "03", "05", "10", "11", "12", "13")


def _topic_place(view: SentenceView, m: roles.Mention, trig: Trigger,
                 words: PlacingWords) -> bool:
    """`m` is the place of what the event is about, not where it happened: after في and a noun
    of topic, with at most `TOPIC_REACH` adjectives between (بحث الأوضاع الأمنية في سوريا،
    ناقشا الحرب الدائرة في اليمن), after إلى and a noun of a destination (حذر من السفر إلى اليمن،
    رحب بعودة السفراء إلى عدن، مبيعات الأسلحة إلى إيران), or a few words after a preposition of
    topic (تحذير حول السفر إلى بلوشستان، فيما يخص قناة السويس; not حول right before the place:
    حول مدينة حلب is around it). The trigger is never its own topic (الحرب في سوريا)."""
    gw = grammar_words()
    heads = place_head_words()
    w = view.words
    k = m.first - 1
    while k >= 0 and (w[k] in heads or w[k] in gw.position_words) and m.first - k <= 2:
        k -= 1
    if k < 1:
        return False
    if w[k] in words.topic_prepositions and w[k] not in gw.site_words and \
            not trig.first <= k <= trig.last:
        return True  # فيما يخص قناة السويس، بشأن اليمن (but حول حلب is around Aleppo)
    for j in range(k - 1, max(-1, k - 1 - TOPIC_PREP_REACH), -1):
        if trig.first <= j <= trig.last or w[j] in roles.COMMAS or w[j] in roles.HARD_STOPS or \
                any(p.first <= j <= p.last for p in view.places):
            break  # (a place between: حول مدينة زنجبار … شمال شرقي عدن is around Zinjibar)
        if w[j] in words.topic_prepositions and w[j + 1] not in heads:
            return True
    if w[k] in gw.in_preps:
        nouns, reach = words.topic_nouns, TOPIC_REACH + 1
    elif w[k] in ILA:
        nouns, reach = words.destination_nouns, DESTINATION_REACH + 1
    else:
        return False
    topic = nouns is words.topic_nouns
    for j in range(k - 1, max(-1, k - 1 - reach), -1):
        if trig.first <= j <= trig.last or not view.is_word(j):
            return False
        if w[j] in nouns:
            return True
        if topic and (not w[j].startswith(("ال", "وال")) or view.mention_at(j, j) is not None):
            return False  # (only adjectives between a topic and في: الأزمة السياسية في, not
            # a nisba of a country: بحث الأزمة اليمنية في الرياض is held in Riyadh)
    return False  # (a destination's own words may be anything: عودة السفراء إلى عدن)


def _country_of(e: Entity) -> str | None:
    return e.country or (e.actor_code[:3] if e.actor_code else None)


def _joined(view: SentenceView, p: roles.Mention) -> bool:
    """The place mention `p` is joined to the word before by a و written on its first word
    (والأردن)."""
    tok = view.tokens[p.first]
    return tok.start < p.entity.start and tok.text[:1] == "و"


def _listed(view: SentenceView, m: roles.Mention, words: PlacingWords) -> bool:
    """`m` is one item of a list of places in more than one country (جولة شملت السعودية والأردن
    وإسرائيل، دعم المتشددين في سوريا والعراق، بالإضافة إلى ألمانيا): no one item is where the
    event happened. (Towns of one country keep the first: في حلب والرقة; so do the places of
    force, `_place`.)"""
    gw = grammar_words()
    w = view.words
    if m.first >= 2 and w[m.first - 1] in ILA and w[m.first - 2] in words.list_additions:
        return True
    country = _country_of(m.entity)
    for p in view.places:
        if p is m or p.entity.start == m.entity.start:
            continue
        after = p.first == m.last + 1 and _joined(view, p) or \
            p.first == m.last + 2 and w[m.last + 1] in gw.list_joiners
        before = m.first == p.last + 1 and _joined(view, m) or \
            m.first == p.last + 2 and w[p.last + 1] in gw.list_joiners
        if (after or before) and _country_of(p.entity) != country:
            return True
    return False


HAPPENING_REACH = 12  # words from the trigger to the noun of its happening (قتل زعيم التنظيم


def _past_happening_phrase(view: SentenceView, lo: int, hi: int) -> int:
    """Where the reach to a place after the trigger starts: after a noun of a happening in a
    phrase of the trigger's clause (قتل عنصران من الشرطة في هجوم، قتل شرطي أمس، في هجوم), else at
    `lo`. The clause ends at a clause opener or a comma not followed by such a phrase
    (قصفت الطائرات أهدافاً، والثانية … بالضلوع في هجمات: another clause's)."""
    gw = grammar_words()
    happenings = happening_words()
    w = view.words
    words = 0
    for k in range(lo, hi):
        if w[k] in roles.HARD_STOPS or w[k] in gw.clause_openers:
            break
        if w[k] in roles.COMMAS:
            if not (k + 2 < hi and w[k + 1] in gw.place_preps and w[k + 2] in happenings):
                break
            continue
        if view.tokens[k].kind in ("word", "number"):
            words += 1
            if words > HAPPENING_REACH:
                break
        if w[k] in happenings and (w[k][:1] == "ب" or (k > lo and w[k - 1] in gw.place_preps)):
            return k + 1
    return lo


def _other_clause_before(view: SentenceView, m: roles.Mention, trig: Trigger) -> bool:
    """A place before the trigger belongs to another clause: a word opening a clause stands
    between them (قالت الشرطة في سريلانكا إن شخصاً قتل؛ في درعا، بينما تواصلت؛ في شمال العراق،
    في حين قتل), or a comma and a word of time (بريف حلب، بعد هجوم) — unless the place heads the
    sentence (وفي بغداد، قتل). (A bare comma is no boundary: احرق المتظاهرون في مخيمات لبنان،
    إطارات السيارات ورددوا هتافات.)"""
    gw = grammar_words()
    heads = place_head_words()
    w = view.words
    if all(w[k] in gw.place_preps or w[k] in gw.position_words or w[k] in heads or
           w[k] in gw.fronting_words for k in range(m.first)):
        return False
    for k in range(m.last + 1, trig.first):
        if w[k] in gw.place_clause_openers:
            return True
        if w[k] in roles.COMMAS and k + 1 < trig.first and w[k + 1] in gw.after_comma_openers:
            return True
    return False


def _in_relative_clause(view: SentenceView, m: roles.Mention) -> bool:
    """The place `m` is said in a relative clause: a relative pronoun stands a few words before
    it (`PLACE_REACH`), no comma or stop between (استنكرا الاعتداء الذي وقع في مسجد بمنطقة عسير،
    وعبرا عن عزائهما: where the attack was, not the condolence)."""
    w = view.words
    for k in range(m.first - 1, max(-1, m.first - 1 - PLACE_REACH), -1):
        if w[k] in roles.COMMAS or w[k] in roles.HARD_STOPS:
            return False
        if w[k] in grammar_words().clause_relatives:
            return True
    return False


def _place(view: SentenceView, trig: Trigger, targets, cameo: str,
           words: PlacingWords = NO_WORDS, sources=(),
           dateline: Location | None = None, told: frozenset[str] = frozenset()
           ) -> Location | None:
    """Where the event happened: the place visited (زار طهران، وصل إلى طهران) or the town
    attacked (هجوم على مأرب), else the nearest place said as where (`_said_where`) in the
    trigger's clause (after the trigger first), never one inside a quote, nor the place of a
    topic (`_topic_place`) or one of a list of places in several countries (`_listed`), nor,
    for a statement, an appeal, praise, criticism, a threat (`TARGETS_PLACE_ROOTS`), the place
    of its target right after its name (`_targets_place`: أشادوا بدور المرأة في تعز). With no
    such place, a division whose name no dictionary has (بمحافظة تنومة: `_unnamed_division`).
    `told`: the countries the article named before the sentence (`_country_told_again`)."""
    heads = place_head_words()
    if cameo.startswith("042"):
        visited = [m for m in targets if m.entity.type in ("GPE", "LOC") and
                   (m.entity.how != "nisba" or m.first > 0 and
                    view.words[m.first - 1] in heads) and
                   not _envoys_title_place(view, m)]
        # (not a nisba, بزيارة لحاملة الطائرات الأمريكية: a ship of that country's, not the
        # country; but a capital by its nisba, وصوله العاصمة العراقية: Iraq)
        for m in visited:
            if not _listed(view, m, words):
                return _loc(m.entity, "visited")
        if visited:
            return None  # a tour of several countries (جولة شملت السعودية والأردن): no one of
            # them is where, nor another place of the sentence (زيارته إلى بغداد ضمن جولة شملت
            # …); each visit is placed at its own target (`visit_place`)
    if cameo.startswith("04") and _is_nominal(trig):
        m = next((p for p in view.places if p.first == trig.last + 1), None)
        if m is not None and not m.in_pp and not m.in_quote and (
                m.entity.type == "LOC" or m.entity.type == "GPE" and
                (m.entity.actor_id or "").startswith("city:") and
                len(roles.coordinated(view, m)) == 1):
            # مشاورات جنيف، قمة شرم الشيخ: the town the talks are named for (a capital too,
            # لقاءات الدوحة: no party of the meeting, see participants._venue_city; not one
            # joined to another actor, مفاوضات واشنطن وطهران: the parties)
            return _placed(view, m, "meeting_name", words)
    if cameo.startswith(TARGET_PLACE_ROOTS):
        for m in targets:
            if m.entity.type == "LOC" and not m.in_quote:
                return _placed(view, m, "target", words)
    # (a list of the places force was used in is a list of where: the first is one of them,
    # غارات في سوريا والعراق; a list of any other event's places names its parties or topics)
    where_list = cameo.startswith(TARGET_PLACE_ROOTS)
    if cameo.startswith(LANDING_ROOTS):
        landing = _landing_place(view, trig, words)
        if landing is not None:
            return _placed(view, landing, "target", words)
    best = far = None
    away = dateline.country if dateline is not None else None
    for m in view.places:
        if m.in_quote:
            continue
        if m.first > trig.last + 1 and view.words[m.first - 1] in ILA and \
                any(t.first == m.first for t in targets):
            continue  # قدم التعازي إلى السعودية: to whom, not where (the event's target after
            # it; not وذهبوا إلى نيويورك التي استقبلتهم, where the receiving was)
        if cameo.startswith(TARGETS_PLACE_ROOTS) and _targets_place(view, m, targets, sources):
            continue
        if not cameo.startswith(ENVOY_HIT_ROOTS) and \
                _own_envoys_post(view, m, sources, targets if cameo.startswith("04") else ()):
            continue  # (but هاجم المحتجون سفيرها في قطر: he is attacked at his post)
        if _said_where(view, m) and not _topic_place(view, m, trig, words) and \
                (where_list or not _listed(view, m, words)) and \
                not _authors_seat(view, trig, m):
            after = m.first > trig.last
            lo, hi = (trig.last + 1, m.first) if after else (m.last + 1, trig.first)
            if after:
                lo = _past_happening_phrase(view, lo, hi)
            if not after and (_other_clause_before(view, m, trig) or
                              cameo.startswith(TARGETS_PLACE_ROOTS) and
                              _in_relative_clause(view, m)):
                continue
            dist = (hi - lo) if after else (hi - lo) + PLACE_REACH
            if roles.boundary_between(view, lo, hi) or _eve_between(view, m, trig):
                continue  # the place of another clause (قمة في باكو في 2016), or of the act
                # told after غداة (قتل مسلحون خمسة جنود أمس غداة هجوم في صنعاء)
            if _words_between(view, lo, hi) > PLACE_REACH:
                if away and after and _words_between(view, lo, hi) <= ELSEWHERE_REACH and \
                        (far is None or dist < far[0]) and (
                            _country_of(m.entity) not in (None, away) and
                            _country_told_again(view, m, told, away) or
                            where_list and _far_town_at_home(m, dateline) or
                            cameo.startswith("14") and _far_town_at_home(m, dateline) and
                            _site_before(view, trig, m, words)):
                    far = (dist, m)  # (under a dateline of another country, further; or a
                    # town of the dateline's own where force was used, or where the building
                    # a crowd gathered at stands)
                continue
            if best is None or dist < best[0]:
                best = (dist, m)
        elif away and where_list and m.first > trig.last and _struck_town(view, m, away) and \
                _country_told_again(view, m, told, away) and \
                not roles.boundary_between(view, trig.last + 1, m.first) and \
                _words_between(view, trig.last + 1, m.first) <= ELSEWHERE_REACH and \
                (far is None or m.first - trig.last - 1 < far[0]):
            far = (m.first - trig.last - 1, m)  # (قتل الحوثيون خمسة مدنيين بقصف استهدف أحياء
            # مدينة تعز, under a Riyadh dateline: Taiz)
    if best is not None:
        m = best[1]
        town = next((p for p in view.places if p.last < m.first and
                     _division_after(view, p, words) is m), None)
        # (في مدينة زنجبار بمحافظة أبين، اعتقلت …: the town, not its province before the trigger)
        return _placed(view, town or m, "sentence", words)
    near = None
    if words.division_heads:
        home = None if cameo.startswith(TARGET_PLACE_ROOTS) else \
            next((_country_of(s.entity) for s in sources if _country_of(s.entity)), None)
        near = _unnamed_division(view, trig, words, sources, dateline) or \
            _definite_area(view, trig, words, dateline, home)
    if near is None and cameo.startswith(RESIDENTS_PLACE_ROOTS):
        near = _residents_town(view, trig, words)
    if near is None and where_list:
        near = _envoys_post(view, targets, words)
    if near is None and far is None and away and cameo.startswith(RESIDENTS_PLACE_ROOTS):
        near = _scene_elsewhere(view, trig, words, away)
    return near or (_placed(view, far[1], "sentence", words) if far is not None else None)


# Roots of acts of force done to an envoy where he serves (هاجم المحتجون سفيرها في قطر): the
# post of an actor's own envoy is where they happened, not his country (assault, fight, mass
# violence; not a recall, 16, nor an arrest, 17, which may be at home)
ENVOY_HIT_ROOTS = ("18", "19", "20")


# Roots of acts that land on a place (a seizure, an assault, a fight, mass violence); not an
# arrest or a ban, whose على may be another act's (سجنت بعد غارة على سوريا)
LANDING_ROOTS = ("171", "18", "19", "20")


def _site_before(view: SentenceView, trig: Trigger, m: roles.Mention, words: PlacingWords) -> bool:
    """Between a protest's trigger and the town `m` said as where after it, a word of position
    (grammar.json `site_words`: أمام، قرب) and no clause of another verb, relative or motive
    (`_other_clause_at`): تجمع عشرات المواطنين أمس أمام مقر المحكمة العامة الجديدة في مدينة بريدة,
    the town of the building they stood at, not the dateline's."""
    w = view.words
    span = range(trig.last + 1, m.first)
    sites = grammar_words().site_words
    return any(w[j] in sites for j in span) and \
        not any(_other_clause_at(view, j, words) for j in span)


def _decision_noun(word: str) -> bool:
    """The folded word is a noun of grammar.json `decision_nouns` (قرار، سياسة، قانون), perhaps
    after و / ف and ب or ل (بقرار، لقرار، للقرار)."""
    nouns = grammar_words().decision_nouns
    bare = strip_conj(word)
    return bare in nouns or bare[:1] in ("ب", "ل") and bare[1:] in nouns or \
        bare.startswith("لل") and "ال" + bare[2:] in nouns


def _authors_seat(view: SentenceView, trig: Trigger, m: roles.Mention) -> bool:
    """The place `m`, after the trigger and في, is the seat of the author of a decision named
    right before: a noun of `decision_nouns` in construct with an actor (a state, a body of it)
    of `m`'s own country, then في (احتجاجاً على قرار فرنسا في باريس، قرار الحكومة الفرنسية في
    باريس): where the decision was made, a topic of the act, not its scene. Not the trigger's
    own noun (قرار فرنسا في باريس as the event told: the decision, there)."""
    w = view.words
    heads = place_head_words()
    k = m.first - 1
    while k > trig.last and w[k] in heads and m.first - k <= 2:
        k -= 1
    if k <= trig.last or w[k] not in grammar_words().in_preps:
        return False
    c = _country_of(m.entity)
    author = next((a for a in (*view.mentions, *view.places) if a.last == k - 1 and
                   a.first > trig.last + 1 and a is not m and not a.in_quote), None)
    return author is not None and c is not None and _country_of(author.entity) == c and \
        _decision_noun(w[author.first - 1])


def _landing_place(view: SentenceView, trig: Trigger, words: PlacingWords) -> roles.Mention | None:
    """The place an act of force lands on, told after its trigger in its clause (within
    `PLACE_REACH` words, past no boundary, clause opener or غداة): after a preposition of
    landing (grammar.json `landing_preps`: أطلق الحوثيون قذائف على مدينة جازان), written with
    لـ after the trigger and its doer (قصف الحوثيين لنجران; a verb's form is read there too), a
    town right after the place it was fired from or its attackers stood at (قصف الحوثيون من
    اليمن مدينة نجران، قصفت الميليشيات المتمركزة في صعدة أمس مدينة نجران), or a country after
    a struck area and partitive من (`struck_area_nouns`: قصف المناطق الجنوبية من السعودية). Where it happened is
    there, not the attackers' country nor a place of the clause before. Not a nisba, a place
    in a quote or one of no country; not an area after من (قادمون من المناطق …: whence)."""
    g = grammar_words()
    heads = place_head_words()
    w = view.words
    for m in view.places:
        if m.first <= trig.last or m.in_quote or m.entity.how == "nisba" or \
                _country_of(m.entity) is None:
            continue
        k = m.first - 1
        while k > trig.last and w[k] in heads and m.first - k <= 2:
            k -= 1
        tok = view.tokens[m.first]
        lam = tok.start < m.entity.start and fold(tok.text[:m.entity.start - tok.start]) in (
            "ل", "ول") and all(
            any(x.first <= j <= x.last for x in view.mentions) for j in range(trig.last + 1, m.first))
        origin = tok.start == m.entity.start and \
            (m.entity.actor_id or "").startswith("city:") and \
            not any(w[j][:1] in BOUND_PREPS for j in range(k + 1, m.first)) and \
            _after_attackers_place(view, trig, k)
        # (not a town after a noun of place with a preposition on it: في زنجبار بمحافظة أبين
        # names the division the town lies in)
        area = k > trig.last and w[k] in g.origin_preps and _struck_area(view, trig, k, g)
        if not (lam or origin or area or k > trig.last and w[k] in g.landing_preps):
            continue
        if any(w[j][:1] == "ل" and not any(x.first <= j <= x.last for x in view.mentions)
               for j in range(trig.last + 1, k)):
            return None  # (a phrase of purpose between: أعلنت التعبئة لمواجهة العدوان على مصر,
            # the place another act lands on)
        if _words_between(view, trig.last + 1, m.first) > PLACE_REACH or \
                roles.boundary_between(view, trig.last + 1, m.first) or \
                _eve_between(view, m, trig) or \
                any(w[j] in g.place_clause_openers or _other_clause_at(view, j, words)
                    for j in range(trig.last + 1, k)):
            return None  # (the first such place is another clause's: none is the landing)
        return m
    return None


BOUND_PREPS = ("ب", "ل", "و", "ف", "ك")  # letters of a preposition or a conjunction written on a word


def _after_attackers_place(view: SentenceView, trig: Trigger, k: int) -> bool:
    """The word at `k` ends, perhaps with time words after it (أمس), a place after the trigger
    said with من or في: where the attackers fired from or stood (قصف الحوثيون من اليمن …،
    قصفت الميليشيات المتمركزة في صعدة أمس …); a town right after it is their object."""
    g = grammar_words()
    w = view.words
    while k > trig.last and w[k] in g.time_adverbs:
        k -= 1
    return any(p.last == k and p.first > trig.last + 1 and not p.in_quote and
               (w[p.first - 1] in g.origin_preps or w[p.first - 1] in g.in_preps)
               for p in view.places)


def _struck_area(view: SentenceView, trig: Trigger, k: int, g) -> bool:
    """The partitive من at `k` follows a struck area (`struck_area_nouns`), perhaps with one
    definite adjective (المناطق الجنوبية من), itself not after من (the place whence)."""
    w = view.words
    a = k - 1 if k - 1 > trig.last and w[k - 1] in g.struck_area_nouns else \
        k - 2 if k - 2 > trig.last and w[k - 2] in g.struck_area_nouns and \
        w[k - 1].startswith("ال") else None
    return a is not None and not (a > trig.last + 1 and w[a - 1] in g.origin_preps)


def _scene_elsewhere(view: SentenceView, trig: Trigger, words: PlacingWords,
                     away: str) -> Location | None:
    """Under a dateline of country `away`, a protest or an act of force whose sentence says
    where after the trigger (`_said_where`) only places of one other country, within
    `ELSEWHERE_REACH` words and past no comma, clause of speech or stop (القاهرة - رويترز: قتل
    مسلحون أمس خمسة رجال كانوا عائدين إلى منازلهم بعد صلاة الفجر في مدينة بنغازي): the story
    was told far from where it happened, there, the first of them. None when the sentence names a place
    of the dateline's own country, or a people of it by a nisba (تظاهر آلاف المصريين under a
    Cairo dateline), or places of two countries; not a topic's place, one of a list, one in a
    quote, one of the act told after غداة, nor one past another clause or a motive
    (`_other_clause_at`: احتجاجاً على قرار اتخذ في باريس)."""
    gw = grammar_words()
    w = view.words
    found = []
    for m in view.places:
        c = m.entity.country
        if m.in_quote or c is None:
            continue
        if c == away:
            return None  # (a place or a people of the dateline's own country in the sentence)
        if m.entity.how == "nisba":
            continue
        if m.first <= trig.last or not _said_where(view, m) or \
                _topic_place(view, m, trig, words) or _listed(view, m, words) or \
                _authors_seat(view, trig, m) or \
                _words_between(view, trig.last + 1, m.first) > ELSEWHERE_REACH or \
                _eve_between(view, m, trig) or \
                any(w[j] in roles.HARD_STOPS or w[j] in roles.COMMAS or
                    w[j] in gw.place_clause_openers or _other_clause_at(view, j, words)
                    for j in range(trig.last + 1, m.first)):
            continue
        found.append(m)
    if len({m.entity.country for m in found}) != 1:
        return None
    return _placed(view, found[0], "sentence", words)


def _other_clause_at(view: SentenceView, j: int, words: PlacingWords) -> bool:
    """words[j] opens a clause or a phrase of its own between an act and a place after it: a
    verb (of the dictionaries, `_verb_at`, or of grammar.json `clause_verbs`: قرار اتخذ، اجتماع
    انعقد), but a copula (events.json `copulas`: رجال كانوا عائدين, their state when the act
    befell them); a relative pronoun (القرار الذي); a motive (`motive_words`: احتجاجاً على،
    تنديداً بـ، رفضاً لـ، ضد). The place is that clause's or the motive's, no scene of the act."""
    word = view.words[j]
    bare = strip_conj(word)
    return (_verb_at(view, j) or bare in grammar_words().clause_verbs) and \
        bare not in words.copulas or _relative(word) or word in words.motive_words


# Roots of acts done where the people they name live (a protest, force): تظاهر عدد من سكان حلب
RESIDENTS_PLACE_ROOTS = ("14", *TARGET_PLACE_ROOTS)


def _residents_town(view: SentenceView, trig: Trigger, words: PlacingWords) -> Location | None:
    """A town or region right after a noun of its residents (`resident_nouns`: تظاهر عدد من
    سكان حلب، اعتقلت الشرطة عشرات من أهالي القطيف، سكان مدينة حلب) in the trigger's clause,
    with nothing said as where: where they are. Not a country (أهالي اليمن may live anywhere),
    nor one in a quote."""
    heads = place_head_words()
    if not words.resident_nouns:
        return None
    best = None
    for m in view.places:
        k = m.first - 1
        if k > 0 and view.words[k] in heads:
            k -= 1  # (سكان مدينة حلب)
        if m.in_quote or k < 0 or view.words[k] not in words.resident_nouns or \
                not (m.entity.actor_id or "").startswith("city:") or m.entity.how == "nisba":
            continue
        dist = _reach(view, trig, k, m.first)
        if dist is not None and (best is None or dist < best[0]):
            best = (dist, m)
    return _placed(view, best[1], "sentence", words) if best is not None else None


def _envoys_post(view: SentenceView, targets, words: PlacingWords) -> Location | None:
    """The post of an envoy an act of force is aimed at, told right after him (`post_preps`:
    اعتدى مسلحون على السفير السعودي لدى العراق، هاجموا القنصل التركي في الموصل): he is attacked
    where he serves, not at his country's dateline. Not a place in a quote."""
    gw = grammar_words()
    heads = place_head_words()
    envoys = envoy_words()
    w = view.words
    for t in targets:
        if t.first >= len(w) or not (view.tokens[t.first].start <= t.entity.start <
                                     view.tokens[t.first].end):
            continue  # (a target named in an earlier sentence: اعتدت عليهم; its indexes are not ours)
        if t.in_quote or w[t.first] not in envoys:
            continue
        for k in range(t.last + 1, min(len(w) - 1, t.last + 1 + POST_REACH)):
            if w[k] in roles.COMMAS or w[k] in roles.HARD_STOPS:
                break
            if w[k] not in gw.post_preps:
                continue
            n = k + 1 + (w[k + 1] in heads)  # (لدى العاصمة …، في مدينة …)
            p = next((p for p in view.places if p.first == n and not p.in_quote), None)
            if p is not None and p.entity.how != "nisba":
                return _placed(view, p, "sentence", words)
            break
    return None


def _far_town_at_home(m: roles.Mention, dateline: Location) -> bool:
    """`m` is a town of the dateline's country, not the dateline's town: said as where an act
    of force was, further than `PLACE_REACH` (بغداد - رويترز: قتل مسلحون خمسة جنود أمس خلال
    هجوم بقذائف الهاون والصواريخ على مواقع للجيش قرب مدينة كركوك: Kirkuk, not Baghdad)."""
    e = m.entity
    return (e.actor_id or "").startswith("city:") and e.how != "nisba" and \
        _country_of(e) == dateline.country and e.canonical != dateline.name


def _country_told_again(view: SentenceView, m: roles.Mention, told: frozenset[str] = frozenset(),
                        away: str | None = None) -> bool:
    """Another actor or place of the sentence is of the country of the place `m` (للجيش اليمني
    قرب مدينة عدن، الحوثيون … مدينة تعز): so `m` is no homograph of a town elsewhere (قرى مثل
    المنصورة … في سهل الغاب, a Syrian village, not Egypt's Mansoura). Or the article named that
    country before the sentence (`told`) and it is the only country other than the dateline's
    (`away`) that the article so far and the sentence name (تواصلت المعارك في اليمن. وقتل
    مسلحون … على أحياء سكنية في مدينة تعز, under a Riyadh dateline: Taiz)."""
    c = _country_of(m.entity)
    if any(x.entity.start != m.entity.start and _country_of(x.entity) == c
           for x in (*view.mentions, *view.places)):
        return True
    if c not in told:
        return False
    here = {x.entity.country for x in (*view.mentions, *view.places)}  # (not a role's code)
    return (told | here) - {None, away} == {c}


def _struck_town(view: SentenceView, m: roles.Mention, away: str) -> bool:
    """`m`, after the trigger of an act of force, is a town or region of another country than
    the dateline's (`away`), not said as where but struck (بقصف استهدف أحياء مدينة تعز): not a
    country (الحوثيون المدعومون من إيران), nor a place whence (قدموا من مدينة حلب), nor a
    nisba or one in a quote."""
    gw = grammar_words()
    heads = place_head_words()
    e = m.entity
    if m.in_quote or e.how == "nisba" or not (e.actor_id or "").startswith("city:") or \
            _country_of(e) in (None, away):
        return False
    k = m.first - 1
    while k >= 0 and view.words[k] in heads and m.first - k <= 2:
        k -= 1
    return k >= 0 and view.words[k] not in gw.origin_preps and \
        not view.words[m.first].startswith(("من", "ومن"))


def _unnamed_division(view: SentenceView, trig: Trigger, words: PlacingWords, sources,
                      dateline: Location | None) -> Location | None:
    """A division no dictionary has, said as where in the trigger's clause: after في or ب, a
    noun of a division (`division_heads`: بمحافظة تنومة، في ولاية أوتار براديش، بمديرية شمير)
    and a word that is no place, no actor and no adjective (`division_adjectives`: محافظة
    جديدة، ولاية مجاورة; nor a nisba: محافظة حدودية), or two words, the first of
    `division_name_heads` (ولاية جنوب الباطنة، منطقة وادي الحسيني); after an area noun
    (`area_heads`: منطقة) an indefinite name not ending in ة (an adjective of it: منطقة نائية)
    and none of `area_non_names` (منطقة حظر); not after من between the trigger and it (the
    place whence). Its type is `region`, its feature id the name as written + " (region)", it
    has no point; its country is that of a place right after it (منطقة كرش بلحج), else the
    dateline's, else the event's source's (none when none has one)."""
    gw = grammar_words()
    heads = place_head_words()
    w = view.words
    best = None
    for k in range(len(w) - 1):
        area = w[k] in words.area_heads
        if not area and w[k] not in words.division_heads:
            continue
        prep = k if w[k][:1] == "ب" or w[k][:2] == "وب" else k - 1
        if prep < 0 or prep < k and w[prep] not in gw.place_preps:
            continue
        n = k + 1
        if not _division_word(view, n, words) or trig.first <= n <= trig.last:
            continue
        if area and (w[n].startswith(("ال", "وال")) or w[n][-1:] == "ه" or
                     w[n] in words.area_non_names):
            continue  # (منطقة الحدود، منطقة عازلة، منطقة حظر: the kind of area, no name)
        last = n
        if w[n] in words.division_name_heads and \
                _division_word(view, n + 1, words, second=True) and \
                not trig.first <= n + 1 <= trig.last:
            last = n + 1  # ولاية جنوب الباطنة، منطقة جبل اللوح، منطقة دار سعد
        elif w[n] in words.division_name_heads:
            continue  # (a compass word alone names no division)
        dist = _reach(view, trig, k, n)
        if dist is not None and (best is None or dist < best[0]):
            best = (dist, n, last)
    if best is None:
        return None
    last = best[2]
    # the country of a place right after the name, perhaps after a noun of place (منطقة كرش
    # بلحج، منطقة خولان بمحافظة صنعاء), else the dateline's, else the source's
    after = next((_country_of(p.entity) for p in view.places if p.first == last + 1 or
                  p.first == last + 2 and view.words[last + 1] in heads), None)
    source_country = next((s.entity.country for s in sources if s.entity.country), None)
    return _region(view, best[1], last, after or
                   (dateline.country if dateline is not None else None) or source_country,
                   "sentence")


def _reach(view: SentenceView, trig: Trigger, k: int, n: int) -> int | None:
    """How far the place whose noun or preposition is at `k` and whose name starts at `n` is
    from the trigger (after it: the words between; before it: those and `PLACE_REACH` more),
    None when it is another clause's: too far, past a boundary or a clause opener, or after من
    (the place whence: نقل المساعدات من مستودعات المركز بمحافظة شرورة إلى عدن), not a partitive
    one (قتل ثلاثة من رجال الشرطة في الصعيد: `_partitive`)."""
    gw = grammar_words()
    w = view.words
    after = k > trig.last
    lo, hi = (trig.last + 1, k) if after else (n + 1, trig.first)
    if hi < lo or _words_between(view, lo, hi) > PLACE_REACH or \
            roles.boundary_between(view, lo, hi) or \
            any(w[j] in gw.place_clause_openers or after and w[j] in gw.origin_preps and
                not _partitive(view, j) for j in range(lo, hi)):
        return None
    return (hi - lo) if after else (hi - lo) + PLACE_REACH


def _eve_between(view: SentenceView, m: roles.Mention, trig: Trigger) -> bool:
    """غداة or عشية (`dating.EVE_SHIFTS`) stands between the place `m` and the trigger: the
    place is the act's on the other side (تظاهر المئات في عدن غداة اعتقال الشرطة ناشطين: the
    arrest's place is not Aden; قتل مسلحون جنودا غداة هجوم في صنعاء: the attack's Sanaa)."""
    lo, hi = (trig.last + 1, m.first) if m.first > trig.last else (m.last + 1, trig.first)
    return any(strip_conj(view.words[j]) in EVE_SHIFTS for j in range(lo, hi))


def _partitive(view: SentenceView, j: int) -> bool:
    """The من at `j` picks out part of a group (ثلاثة من رجال الشرطة، عدد من السكان، 3 من): a
    number or a quantifier right before it, not a place whence."""
    if j < 1:
        return False
    w = view.words[j - 1]
    return w == "" or w in grammar_words().count_words or w in grammar_words().quantifiers


def _definite_area(view: SentenceView, trig: Trigger, words: PlacingWords,
                   dateline: Location | None, home: str | None = None) -> Location | None:
    """An area news names by a definite noun no dictionary has as a place (`definite_areas`:
    المنطقة الشرقية، الحدود الشمالية، القطاع), said as where in the trigger's clause (after في or
    ب), not followed by a definite word that makes it something else (القطاع الخاص). A region
    named as written, no point; its country that of a place right after it or else in the
    sentence (في القطاع … غزة), else the dateline's, else `home` (the source's country, for an
    event that is no violence), else none (`locate` then takes the article's place's)."""
    gw = grammar_words()
    w = view.words
    best = None
    for k in range(len(w)):
        last = k + 1 if k + 1 < len(w) and f"{w[k]} {w[k + 1]}" in words.definite_areas else \
            k if w[k] in words.definite_areas else None
        if last is None or trig.first <= last and k <= trig.last or \
                not (w[k][:1] == "ب" or w[k][:2] == "وب" or k > 0 and w[k - 1] in gw.place_preps):
            continue
        nxt = last + 1
        if nxt < len(w) and view.is_word(nxt) and w[nxt].startswith(("ال", "وال")) and \
                not any(p.first == nxt for p in view.places):
            continue  # (القطاع الخاص، المنطقة الشرقية السورية)
        if last < trig.first and any(w[j] in roles.COMMAS for j in range(last + 1, trig.first)) \
                and not all(w[j] in gw.place_preps or w[j] in gw.fronting_words for j in range(k)):
            continue  # (في المواجهات في الجنوب وتعز، … وإنه يدفع: another clause's; not a
            # fronted area: وفي القطاع، قتل)
        dist = _reach(view, trig, k if k > trig.last else last, last)
        if dist is not None and (best is None or dist < best[0]):
            best = (dist, k, last)
    if best is None:
        return None
    _, k, last = best
    near = sorted((p for p in view.places if not p.in_quote and _country_of(p.entity) and
                   (p.entity.how != "nisba" or p.first == last + 1)),
                  key=lambda p: (p.first != last + 1, abs(p.first - last)))
    # (not a nisba but one right after the area, في الجنوب اللبناني: the Israeli planes'
    # strikes in the Strip; nor, for violence, the doer's country: `home` is given for other
    # events only. An area of `article_areas`, الجنوب، الريف, takes the country of the article
    # first, `_areas_country`: a story of Yemen's south is often filed in Riyadh)
    told = " ".join(view.words[k:last + 1])
    country = _country_of(near[0].entity) if near else None if told in words.article_areas \
        else dateline.country if dateline is not None else home
    loc = _region(view, k, last, country, "sentence")
    for clitic in ("وب", "ب"):  # (the name without the preposition written on it: بالقطاع)
        if fold(loc.name).startswith(clitic + "ال"):
            cut = len(clitic)
            loc.name, loc.start = loc.name[cut:], loc.start + cut
            loc.feature_id = loc.name + REGION_SUFFIX
            break
    return loc


def _division_word(view: SentenceView, n: int, words: PlacingWords, second=False) -> bool:
    """The word at `n` may be (a word of) a division's name no dictionary has: a word, not a
    nisba (but the second word may be nisba-shaped: وادي الحسيني), a division noun, an
    adjective of one (`division_adjectives`), a place or an actor."""
    w = view.words
    return n < len(w) and view.is_word(n) and (second or not roles.is_nisba_word(w[n])) and \
        w[n] not in words.division_heads and w[n] not in words.area_heads and \
        w[n] not in words.division_adjectives and \
        not any(p.first <= n <= p.last for p in view.places) and not view.mention_at(n, n)


def _region(view: SentenceView, first: int, last: int, country: str | None,
            source: str) -> Location:
    """A division named by the words `first` to `last` as written (the name's words joined by
    a space), type `region`, feature id the name + " (region)", no point."""
    toks = view.tokens[first:last + 1]
    name = " ".join(t.text for t in toks).rstrip("،,.:؛")
    end = toks[-1].start + len(toks[-1].text.rstrip("،,.:؛"))
    return Location(name, country, toks[0].start, end, type="region",
                    feature_id=name + REGION_SUFFIX, source=source)


def _targets_place(view: SentenceView, m: roles.Mention, targets, sources) -> bool:
    """`m`, after في (and a noun of place: في محافظة جدة), is the place of the event's target
    named right before (تدين الهجمات التي نفذها مقاتلو حزب العمال الكردستاني في تركيا، أشادوا
    بدور المرأة في تعز، أشاد الملك بسفيره في واشنطن), not of its source (قال سفيرها في لندن:
    where it acts)."""
    gw = grammar_words()
    heads = place_head_words()
    w = view.words
    k = m.first - 1
    while k >= 0 and w[k] in heads and m.first - k <= 2:
        k -= 1
    if k < 1 or w[k] not in gw.in_preps or any(s.first <= k - 1 <= s.last for s in sources):
        return False
    return any(t.last == k - 1 for t in targets)


_MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640"  # vowels, shadda, tatweel


def _own_envoys_post(view: SentenceView, m: roles.Mention, sources, met=()) -> bool:
    """`m` names the post of an envoy of the actor's own, right after him and في or لدى
    (استدعت البحرين سفيرها في طهران للتشاور، قررت سحب سفيرها لدى قطر): the recall or the
    consultation happens in the envoy's country, not at his post. Not when the envoy is the
    event's source (قال سفيرها في لندن: he acts there), nor the one a meeting is held with
    (`met`: a meeting's targets; استقبل الوزير سفيرها في القاهرة: there)."""
    gw = grammar_words()
    envoys = envoy_words()
    w = view.words
    k = m.first - 1
    if k < 1 or w[k] not in gw.post_preps:
        return False
    env = w[k - 1]
    if any(s.first <= k - 1 <= s.last for s in (*sources, *met)):
        return False
    written = view.tokens[k - 1].text.rstrip(_MARKS)
    if written.endswith("ة") or written.startswith(("ال", "وال", "بال", "لل")):
        return False  # السفيرة، المندوبة: ة folds to ه, no pronoun; a definite noun takes none
    for p in gw.envoy_pronouns:
        if env.endswith(p) and len(env) > len(p) + 2:
            stem = env[:-len(p)]
            if stem in envoys or stem[-1:] == "ت" and stem[:-1] + "ه" in envoys:
                return True  # (سفيرته: سفيرة and its pronoun)
    return False


def visit_place(cameo: str, target: ActorRef | None, targets,
                view: SentenceView | None = None) -> Location | None:
    """The place of one visit of a tour whose places are a list (زار مصر والأردن: the visit to
    Egypt in Egypt, the one to Jordan in Jordan): its own target, when a place (`targets`: the
    trigger's target mentions), not the place of an envoy's title (`_envoys_title_place`)."""
    if target is None or not cameo.startswith("042"):
        return None
    m = next((m for m in targets if m.entity.start == target.start and
              m.entity.canonical == target.canonical), None)
    if m is not None and view is not None and _envoys_title_place(view, m):
        return None
    return _loc(m.entity, "visited") if m is not None and m.entity.type in ("GPE", "LOC") and \
        m.entity.how != "nisba" else None  # (not a nisba: the country's ship; its capital by
    # a nisba, العاصمة العراقية, is placed by `_place`)


def _envoys_title_place(view: SentenceView, m: roles.Mention) -> bool:
    """`m` is the place of an envoy's title, after إلى (`_envoy_before`: المبعوث الأممي إلى
    اليمن): where he is sent, not where he goes (زيارة المبعوث الأممي إلى اليمن إلى العاصمة
    السعودية is a visit to Riyadh)."""
    k = m.first - 1
    return k >= 1 and view.words[k] in ILA and _envoy_before(view, k)


def _placed(view: SentenceView, m: roles.Mention, source: str,
            words: PlacingWords = NO_WORDS) -> Location:
    """The location of a place mention, checked against what locates it: a place after a word of
    position (قرية دوما جنوب نابلس) or a nisba (قرية دوما الفلسطينية). When they disagree on the
    country the village shares its name with a town elsewhere: the reference place is taken, or
    the nisba's country with the village's name. A place after a division noun and a compass
    word (`division_name_heads`: محافظة شمال سيناء، ولاية جنوب دارفور) names with it a division
    of its own: a region named as written, of the place's country, with no point (`_region`)."""
    gw = grammar_words()
    k = m.first - 1
    if k >= 1 and view.words[k] in words.division_name_heads and (
            view.words[k - 1] in words.division_heads or view.words[k - 1] in words.region_heads
    ) and not (m.entity.actor_id or "").startswith("country:"):
        # (not a country: منطقة شمال العراق stays Iraq)
        return _region(view, k, m.last, _country_of(m.entity), source)
    loc = _loc(m.entity, source)
    division = _division_after(view, m, words)
    if division is not None:
        loc.admin1 = division.entity.canonical
    k = m.last + 1
    if k + 1 < len(view.words) and view.words[k] in gw.position_words:
        ref = next((p for p in view.places if p.first == k + 1), None)
        if ref is not None and ref.entity.country and ref.entity.country != loc.country:
            return _loc(ref.entity, source)
    nisba = next((p for p in view.places if p.first == k == p.last), None)
    if nisba is not None and roles.is_nisba_word(view.words[k]) and nisba.entity.country and \
            nisba.entity.country != loc.country:
        loc.country = nisba.entity.country
    return loc


# Words between a town and the division it lies in (مدينة زنجبار التابعة لمحافظة أبين): grammar.json
# `belonging_words`


def _division_after(view: SentenceView, m: roles.Mention,
                    words: PlacingWords) -> roles.Mention | None:
    """The first-level division the town `m` is said to lie in, named right after it by a
    division noun (`region_heads`): في مدينة زنجبار بمحافظة أبين، زنجبار، محافظة أبين، زنجبار في
    محافظة أبين، زنجبار التابعة لمحافظة أبين. Not after و (زنجبار ومحافظة أبين: two places), not
    a country, nor for a town that is itself a division's name (محافظة عدن بمنطقة …)."""
    gw = grammar_words()
    w = view.words
    if not (m.entity.actor_id or "").startswith("city:") or \
            m.first > 0 and w[m.first - 1] in words.region_heads:
        return None
    k = m.last + 1
    if k < len(w) and (w[k] in roles.COMMAS or w[k] in gw.in_preps or
                       w[k] in grammar_words().belonging_words):
        k += 1
    if k >= len(w) or w[k] not in words.region_heads or w[k][:1] == "و":
        return None
    p = next((p for p in view.places if p.first == k + 1), None)
    if p is None or p.in_quote or (p.entity.actor_id or "").startswith("country:") or \
            _country_of(p.entity) not in (None, _country_of(m.entity)) or \
            p.entity.canonical == m.entity.canonical:
        return None
    return p


def _loc(e: Entity, source: str) -> Location:
    """The location of a place mention. A country's is typed `country` at once (the merge of
    events reads it before `locate` gives every place its dictionary type: a country agrees with
    a town of it, `merging._places_agree`)."""
    return Location(e.canonical, _country_of(e), e.start, e.end,
                    type="country" if (e.actor_id or "").startswith("country:") else None,
                    source=source)


class PlaceFeature(NamedTuple):
    """What the dictionaries say of a place (`place_features`)."""
    type: str  # country | region | city
    feature_id: str  # a country's ISO3; a city's or region's name in cities.json
    lat: float | None
    lon: float | None
    name: str | None = None  # the entry's English name (a country's: the place of `_home_of`)
    country: str | None = None  # (an area named by a common word: the country it must be in)
    common: bool = False  # (such an area that is also one of any country: الريف, the countryside)


# cities.json `kind` -> Location.type (an entry with no kind is a city, as the gazetteer
# has always taken it)
CITY_KINDS = {"city": "city", "region": "region", None: "city"}
# countries.json kinds that are a country on a map (not "ethnic": a people, the Kurds)
COUNTRY_KINDS = frozenset({"state", "observer", "territory", None})


def place_features(lexicon) -> dict[str, PlaceFeature]:
    """The type, feature id and point (None when the dictionary has none) of each place of the
    dictionaries, by the actor id its mentions carry (`Gazetteer`: country:ISO3,
    city:Name:ISO3)."""
    features = {}
    for e in lexicon.entries("countries"):
        if e.get("kind") in COUNTRY_KINDS:
            features[f"country:{e['iso3']}"] = PlaceFeature(
                "country", e["iso3"], e.get("lat"), e.get("lon"), e.get("name"))
    for e in lexicon.entries("cities"):
        feature = PlaceFeature(CITY_KINDS[e.get("kind")], e["name"], e.get("lat"), e.get("lon"),
                               e["name"], e.get("country"))
        features[f"city:{e['name']}:{e.get('country') or ''}"] = feature
        for ar in e.get("context_ar", ()):  # (الصعيد: Upper Egypt in an Egyptian context only)
            features[AREA_KEY + fold(ar)] = feature
        for ar in e.get("common_ar", ()):  # (الريف: the Rif in a Moroccan context, else the
            # countryside of its context's country)
            features[AREA_KEY + fold(ar)] = feature._replace(common=True)
    return features


AREA_KEY = "area:"  # `place_features`' key of a name of cities.json `context_ar`


REGION_SUFFIX = " (region)"  # the feature id of a region named like a town: `Aden (region)`


def _after_region_head(doc: Document, start: int, heads: frozenset[str]) -> bool:
    """The word right before `start` is a noun of a first-level division (محافظة، بولاية)."""
    before = doc.text[max(0, start - 24):start]
    if not before[-1:].isspace():
        return False  # (not a town written on a clitic: لعدن)
    words = before.split()
    return bool(words) and fold(words[-1]) in heads


# Roots of violence (assault, fight, mass violence) that happen where their target is: under a
# dateline of another country than the target's, the dateline is not where (واس- الرياض: شنت
# قوات التحالف غارات على مواقع الحوثيين)
DATELINE_FORCE_ROOTS = ("18", "19", "20")
# Roots of acts both sides take part in, in one place (meetings, signing an agreement,
# material cooperation): either side of the dateline's country lets the dateline place them
# (واس- عمّان: التقى وزير الخارجية السعودي نظيره الأردني)
DATELINE_MEETING_ROOTS = ("04", "057", "06")


def _ref_country(countries: dict[tuple[int, int], str | None], r: ActorRef | None) -> str | None:
    """The country of an event's actor: its entity's (`Entity.country`), None for an actor of
    no country (a role alone: الشرطة؛ an organisation of many: الأمم المتحدة)."""
    if r is None or not r.canonical:
        return None
    return countries.get((r.start, r.end))


def _weak_datelines(doc: Document, events: list[Event],
                    features: dict[str, PlaceFeature] | None = None) -> None:
    """The dateline is a weak fallback (as in GDELT's ActionGeo, where the place is read from
    the text about the action): an event placed by nothing but its article's dateline keeps it
    only when nothing says it happened elsewhere. It loses it (no place) when
    - it is told as history (`historical`: في عام 2011 اعتقلت الشرطة …);
    - it is violence (`DATELINE_FORCE_ROOTS`) against a target of another country than the
      dateline's (the coalition's strikes on the Houthis under a Riyadh dateline were in
      Yemen; violence is where its target is, whoever its doer: an Israeli raid under a Gaza
      dateline stays in Gaza); when that target is a body attacked at home (`_at_home`: شرطيين
      يمنيين، الحوثيين), the place is its country (type `country`, source `target_country`);
      not an envoy (`_envoy_at_post`: أنقرة: اغتال مسلح السفير الروسي, attacked at his post);
    - any other event whose source is of another country (واس- الرياض: وقعت بريطانيا وفرنسا
      اتفاقية), unless the source is reported visiting the dateline's country in the article
      (a visit, 042/043, placed there: عين اليوم – نيروبي: وصل أوباما إلى كينيا … والتقى),
      or the event is one both sides take part in (`DATELINE_MEETING_ROOTS`) and its target
      is of the dateline's country (واس- عمّان: التقى وزير الخارجية السعودي نظيره الأردني).
      The target of a statement does not count: a call is where its doer is (واس- جازان: دعا
      المتحدث اليمنيين المقيمين …: in Jazan);
    - it is told inside a quote that names a place of another country (قال الوزير إن «الشرطة
      اعتقلت ثلاثة أشخاص في بغداد»).
    A source of no country (a person no dictionary codes, an armed group of none: داعش، الشرطة)
    says nothing of where by itself: the dateline places its event unless the article is a
    story of elsewhere, filed at a hub (`_told_elsewhere`: لندن - «الشرق الأوسط»: … في صنعاء …
    قال الناشط …: not London)."""
    dated = [ev for ev in events if ev.location is not None and ev.location.source == "dateline"
             and ev.location.country]
    if not dated:
        return
    countries = {(e.start, e.end): e.country for e in doc.entities if e.country}
    visitors: dict[str, set[str]] = {}
    for v in events:
        if v.cameo[:3] in VISITS and v.location is not None and v.location.country and \
                v.modality in FACTUAL:
            c = _ref_country(countries, v.source)
            if c:
                visitors.setdefault(v.location.country, set()).add(c)
    told_elsewhere = None
    for ev in dated:
        here = ev.location.country
        if ev.cameo[:2] in DATELINE_FORCE_ROOTS:
            elsewhere = _ref_country(countries, ev.target) not in (None, here) and \
                not _envoy_at_post(doc, ev.target)
        else:
            doer = _ref_country(countries, ev.source)
            elsewhere = doer not in (None, here) and doer not in visitors.get(here, ())
            if doer is None and ev.source is not None and ev.source.canonical:
                if told_elsewhere is None:
                    told_elsewhere = _told_elsewhere(doc)
                elsewhere = here in told_elsewhere  # (a source of no country: see below)
            if elsewhere and ev.cameo.startswith(DATELINE_MEETING_ROOTS):
                elsewhere = _ref_country(countries, ev.target) not in (None, here)
        if elsewhere or ev.modality == "historical" or _quote_elsewhere(doc, ev, here):
            ev.location = None
            if elsewhere and ev.modality != "historical" and features and \
                    ev.cameo[:2] in DATELINE_FORCE_ROOTS and _at_home(ev.target):
                there = _ref_country(countries, ev.target)
                feature = features.get(f"country:{there}")
                if feature is not None:  # (the forces or people of the country attacked)
                    ev.location = Location(feature.name or there, there, None, None,
                                           feature.lat, feature.lon, "country", there,
                                           "target_country")


# Roles of a target that is attacked in its own country: its police, armed groups and people
# (جدة - واس: قتل خمسة شرطيين يمنيين في هجوم للحوثيين: in Yemen); not an official or an envoy
# (GOV: اغتيال السفير الروسي happens at his post), nor its army (MIL: the coalition's forces
# fight in Yemen, قوات هادي تقاتل … التحالف under an Aden dateline)
HOME_TARGET_ROLES = ("COP", "CVL", "REB")


def _envoy_at_post(doc: Document, r: ActorRef | None) -> bool:
    """`r` is an envoy (`envoy_words()`: السفير الروسي، القنصل التركي) told at no post of his own
    country (`_post_country`): attacked abroad, where he serves, most often the dateline's
    country (أنقرة - رويترز: اغتال مسلح السفير الروسي)."""
    envoys = envoy_words()
    if r is None or not r.text:
        return False
    first = fold(r.text.split()[0])
    return first in envoys and _post_country(doc, r) is None


def _at_home(r: ActorRef | None) -> bool:
    """`r`, a target of violence, is a body attacked at home: a country or town named as the
    target (قصف اليمن), or its police, armed groups or people (`HOME_TARGET_ROLES`)."""
    if r is None or not r.actor_code:
        return False
    code = r.actor_code
    return len(code) == 3 and r.type in ("GPE", "LOC") or \
        len(code) > 3 and code[3:6] in HOME_TARGET_ROLES and r.type != "PERSON"


# Roots of acts a state does at home: summoning or recalling an envoy, cutting relations (161:
# استدعت الخارجية السعودية السفير الإيراني، سحبت البحرين سفيرها، قطعت علاقاتها)
HOME_ROOTS = ("161",)


def _home_of(doc: Document, events: list[Event], features: dict[str, PlaceFeature]) -> None:
    """A summons, a recall or a cut of relations (`HOME_ROOTS`) happens in the country of its
    source (its foreign ministry summons the envoy, its government recalls its own): with no
    place of that country told (none, or the post of the envoy: سحبت البحرين السفير البحريني في
    طهران), the source's country is the place (type `country`, source `source_country`). Not
    for a source of no country (الاتحاد الأوروبي), nor one whose country no dictionary maps."""
    countries = None
    for ev in events:
        if not ev.cameo.startswith(HOME_ROOTS):
            continue
        if countries is None:
            countries = {(e.start, e.end): e.country for e in doc.entities if e.country}
        home = _ref_country(countries, ev.source)
        if home is None and ev.location is None and ev.source is not None and \
                ev.source.actor_code == "GOV":
            home = _government_of(doc, events, ev, countries)  # (a ministry of no country)
        feature = features.get(f"country:{home}") if home else None
        if feature is None or ev.location is not None and ev.location.country == home:
            continue
        ev.location = Location(feature.name or home, home, None, None, feature.lat, feature.lon,
                               "country", home, "source_country")


def _government_of(doc: Document, events: list[Event], ev: Event,
                   countries: dict[tuple[int, int], str | None]) -> str | None:
    """The country of the government whose body `ev`'s source (an office of no country: وزارة
    الخارجية، الخارجية، الوزارة) is, read from the article: the same body named with its country
    anywhere in it (وزارة الخارجية البحرينية further on; the one nearest before, else the first
    after), else the last government named before the source: a body or an official of a
    country (الحكومة البحرينية، وزير الخارجية البحريني; not an official named by a title and a
    nisba alone, most often an envoy: السفير العراقي), an earlier event's source that is a
    state or its government (أدانت البحرين) or a state that is a statement's speaker (قالت
    السعودية إن وزارة الخارجية استدعت …: its quote's speaker, coded event or not), else the
    one such state told after it in its paragraph (استدعت وزارة الخارجية السفير الإيراني.
    وقالت البحرين إن …; none when two are, or a list: وقالت البحرين والإمارات). Never the
    country of the envoy summoned (استدعت وزارة الخارجية القائم بالأعمال العراقي is no Iraqi
    summons), nor, for an envoy told at a post (a recall of its own: سفير مملكة البحرين لدى
    إيران), the post's; None when nothing tells. (The dateline, when the article has one,
    placed the event before.)"""
    src = ev.source
    envoy = _post_country(doc, ev.target) or _ref_country(countries, ev.target)
    same, before = [], []
    for e in doc.entities:
        if not e.country or e.country == envoy or e.role != "GOV" or e.start == src.start:
            continue
        if e.canonical.endswith(" " + src.canonical):
            same.append(e)
        elif e.end <= src.start and not (e.type == "PERSON" and e.how == "title"):
            before.append((e.start, e.country))
    if same:
        ahead = [e for e in same if e.end <= src.start]
        return (ahead[-1] if ahead else same[0]).country
    after = set()
    block = next(((b.start, b.end) for b in doc.blocks if b.start <= src.start < b.end),
                 (src.start, src.end))
    for r in [x.source for x in events] + [q.speaker for q in doc.quotes]:
        # (a statement's speaker too: قالت السعودية إن وزارة الخارجية استدعت …، أعلنت مصر)
        c = _ref_country(countries, r)
        if c and c != envoy and (r.actor_code or "") in (c, c + "GOV"):
            if r.end <= src.start:
                before.append((r.start, c))
            elif src.end <= r.start < block[1]:
                joined = doc.text[r.end:r.end + 3].lstrip()[:1] == "و" and any(
                    r.end < e.start <= r.end + 3 and e.country for e in doc.entities)
                after.add(None if joined else c)  # (البحرين والإمارات: not one state)
    if before:
        return max(before)[1]
    # (a state told only after it, one only: استدعت وزارة الخارجية السفير الإيراني … وقالت
    # البحرين إن …)
    return next(iter(after)) if len(after) == 1 else None


POST_REACH = 4  # words after an envoy to the preposition of the post (سفير مملكة البحرين لدى)


def _post_country(doc: Document, r: ActorRef | None) -> str | None:
    """The country of the post an envoy `r` is told at, right after it (سفير مملكة البحرين لدى
    الجمهورية الإسلامية الإيرانية، سفيرها في طهران): the first place after في or لدى among the
    few words after the envoy's name; None when none is told."""
    gw = grammar_words()
    if r is None or r.end is None:
        return None
    after = doc.text[r.end:r.end + 120]
    words = after.split()[:POST_REACH]
    k = next((i for i, w in enumerate(words) if fold(w) in gw.post_preps), None)
    if k is None:
        return None
    at = r.end
    for w in words[:k + 1]:  # (the end of the preposition's word in the text)
        at = doc.text.index(w, at) + len(w)
    place = min((e for e in doc.entities if e.type in ("GPE", "LOC") and _country_of(e) and
                 at <= e.start < at + 40), key=lambda e: e.start, default=None)
    return _country_of(place) if place is not None else None


def _areas_country(doc: Document, events: list[Event]) -> None:
    """A region read from its context (`_unnamed_division`, `_definite_area`) whose country
    nothing in its sentence or dateline gave takes the country the article names most among its
    places, when named at least twice (في القطاع … under a story of Gaza; not once: صلاة المغرب
    is no Morocco); a tie goes to the country named last before the region. A nisba
    (الإسرائيلية) or a name in quotation marks (a newspaper: لـ"الرياض") is no place named.
    Named less often, the country of the sentence's dateline (an area of `article_areas`,
    الجنوب، الريف, read the article before the dateline: `_definite_area`), else the one
    country its paragraph names (`_paragraph_country`: الشرطة المغربية … في الريف), else none."""
    counts: dict[str, int] | None = None
    lines = None
    for ev in events:
        loc = ev.location
        if loc is None or loc.country or loc.type != "region" or loc.start is None or \
                not (loc.feature_id or "").endswith(REGION_SUFFIX):
            continue
        if counts is None:
            named = [e for e in doc.entities if e.type in ("GPE", "LOC") and _country_of(e) and
                     e.how != "nisba" and
                     doc.text[max(0, e.start - 1):e.start] not in _QUOTE_MARKS]
            counts = {}
            for e in named:
                counts[_country_of(e)] = counts.get(_country_of(e), 0) + 1
        top = max(counts.values(), default=0)
        if top < 2:
            # (an area of `article_areas`: else the dateline's, as for the others in `_place`)
            if lines is None:
                lines = _datelines(doc)
            sent = doc.sentences[ev.sentence] if 0 <= ev.sentence < len(doc.sentences) else None
            line = _dateline_for(doc, lines, sent) if sent is not None else None
            loc.country = line.country if line is not None else \
                _paragraph_country(doc, sent) if sent is not None else None
            continue
        best = [c for c, n in counts.items() if n == top]
        if len(best) > 1:
            before = [_country_of(e) for e in named
                      if e.end <= loc.start and _country_of(e) in best]
            best = before[-1:] or best[:1]
        loc.country = best[0]


_QUOTE_MARKS = frozenset('"«“\'')


def _paragraph_country(doc: Document, sent) -> str | None:
    """The one country the paragraph of `sent` names, by a place, a nisba or an actor of it
    (اعتقلت الشرطة المغربية خمسة أشخاص في الريف: Morocco); None for none or several."""
    if not 0 <= sent.block < len(doc.blocks):
        return None
    b = doc.blocks[sent.block]
    told = {e.country for e in doc.entities if e.country and b.start <= e.start < b.end}
    return next(iter(told)) if len(told) == 1 else None


def _context_areas(doc: Document, events: list[Event],
                   features: dict[str, PlaceFeature]) -> None:
    """A definite area named by a common word that is a region of one country only (cities.json
    `context_ar`: الصعيد, Upper Egypt, also «على الصعيد», "on the level of") is that region
    when the country its context gave (`_definite_area`, `_areas_country`) is the region's;
    under any other country, or none, the event has no place (no wrong one). A common word that
    names an area of any country too (cities.json `common_ar`: الريف, the Rif of Morocco and
    any country's countryside) keeps elsewhere the area as written, of its context's country;
    with a nisba right after it, the area and the nisba as written are that country's
    countryside, even the nisba of the region's own country (الريف المغربي: rural Morocco, not
    the Rif; الريف السوري), `_countryside_of`."""
    nisbas = None
    for ev in events:
        loc = ev.location
        if loc is None or loc.type != "region" or not (loc.feature_id or "").endswith(
                REGION_SUFFIX):
            continue
        feature = features.get(AREA_KEY + fold(loc.name))
        if feature is None:
            continue
        if feature.common:
            if nisbas is None:
                nisbas = {e.start: e for e in doc.entities if e.how == "nisba" and e.country}
            if _countryside_of(doc, loc, nisbas):
                continue
        if feature.country is None or loc.country != feature.country:
            if not feature.common:
                ev.location = None
            continue
        loc.name, loc.feature_id, loc.lat, loc.lon = \
            feature.name, feature.feature_id, feature.lat, feature.lon


def _countryside_of(doc: Document, loc: Location, nisbas: dict[int, Entity]) -> bool:
    """The area `loc` (a common word: الريف) has a nisba right after it (`nisbas`, by start):
    it becomes the area and the nisba as written, a region of the nisba's country (الريف
    السوري: `الريف السوري (region)`, SYR, no point)."""
    gap = doc.text[loc.end:loc.end + 2]
    e = nisbas.get(loc.end + 1) if gap[:1] == " " else None
    if e is None:
        return False
    loc.name = doc.text[loc.start:e.end]
    loc.country, loc.feature_id = e.country, loc.name + REGION_SUFFIX
    return True


def _told_elsewhere(doc: Document) -> frozenset[str]:
    """The countries of the article's datelines whose article names places outside its
    datelines and none of that country: a story of elsewhere filed there (لندن - «الشرق
    الأوسط»: … في صنعاء … في عدن). A nisba (اليمني) is no place named, nor a place in a quote."""
    lines = [(b.start, b.end) for b in doc.blocks if b.kind == "dateline"]
    quoted = [(q.start, q.end) for q in doc.quotes if q.kind in ("direct", "partial")]
    named = {_country_of(e) for e in doc.entities
             if e.type in ("GPE", "LOC") and e.how != "nisba" and _country_of(e) and
             not any(a <= e.start < b for a, b in lines + quoted)}
    homes = {loc.country for _, loc in _datelines(doc) if loc is not None and loc.country}
    return frozenset(h for h in homes if named and h not in named)


def _quote_elsewhere(doc: Document, ev: Event, here: str) -> bool:
    """`ev` is told inside a quote (direct or partial) that names a place of another country
    than `here`."""
    at = ev.evidence.get("start") if ev.evidence else None
    if at is None:
        return False
    for q in doc.quotes:
        if q.kind in ("direct", "partial") and q.start <= at < q.end:
            return any(q.start <= e.start < q.end and e.type in ("GPE", "LOC") and
                       _country_of(e) and _country_of(e) != here for e in doc.entities)
    return False


def locate(doc: Document, events: list[Event], features: dict[str, PlaceFeature],
           region_heads: frozenset[str] = frozenset()) -> None:
    """Give each event's place its dictionary entry's type, feature id and point
    (`place_features`), through the place mention the location was read from. None when the
    location's country is not the mention's own (a village named like a town elsewhere,
    placed by a nisba: `_placed`) or the place is no dictionary entry (a name read from its
    context). A town right after a noun of a division (`region_heads`: محافظة عدن، ولاية
    الخرطوم، إقليم، منطقة) names the division called after it: type `region`, feature id the
    town's name and " (region)" (`Aden (region)`; no cities.json name ends so), the town's
    point (inside its region). First, a dateline that may not place an event is taken from it
    (`_weak_datelines`)."""
    _weak_datelines(doc, events, features)
    _home_of(doc, events, features)
    _areas_country(doc, events)
    _context_areas(doc, events, features)
    places = None
    for ev in events:
        loc = ev.location
        if loc is None or loc.start is None or loc.feature_id is not None:
            continue
        if places is None:  # (only for an article with a placed event; one span may be two
            # places, البلدان for China and the United States)
            places = {(e.start, e.end, e.canonical): e for e in doc.entities
                      if e.type in ("GPE", "LOC")}
        e = places.get((loc.start, loc.end, loc.name))
        feature = features.get(e.actor_id or "") if e is not None else None
        if feature is None or _country_of(e) != loc.country:
            loc.type = None  # (not the provisional `country` of `_loc`: no entry's feature)
            continue
        loc.type, loc.feature_id = feature.type, feature.feature_id
        if feature.type == "city" and region_heads and \
                _after_region_head(doc, loc.start, region_heads):
            loc.type, loc.feature_id = "region", feature.feature_id + REGION_SUFFIX
        if feature.lat is not None and feature.lon is not None:
            loc.lat, loc.lon = feature.lat, feature.lon


def _datelines(doc: Document) -> list[tuple[int, Location | None]]:
    """The place of each dateline of the article with the dateline's start (a digest of news
    has one per item: كولومبو - «الشرق الأوسط»: … مانيلا - «الشرق الأوسط»: …); None for a
    dateline whose place is unknown (it still ends the item before it)."""
    heads = place_head_words()
    out = []
    for b in doc.blocks:
        if b.kind == "dateline":
            places = [e for e in doc.entities
                      if b.start <= e.start < b.end and e.type in ("GPE", "LOC") and
                      "«" not in doc.text[b.start:e.start]]  # (not the outlet: «الشرق الأوسط»)
            place = next((e for e in reversed(places) if _byline_place(doc, b, e)), None)
            if place is None and places and all(
                    fold(w) in heads or not any(c.isalpha() for c in w)
                    for w in doc.text[b.start:places[0].start].split()):
                place = places[0]  # the place opens the dateline: الرياض - واس، * تونس -،
                # مدينة الكويت - كونا (not a name in a byline: لجين الأحمدي – متابعات)
            out.append((b.start, _loc(place, "dateline") if place is not None else None))
    return out


BYLINE_DASHES = "-–—ـ"


def _byline_place(doc: Document, b, e: Entity) -> bool:
    """The place `e` ends a byline whose place comes last, after a dash (واس- عدن:، عبدالله
    الراجحي- سبق- جدة:، عين اليوم – الرياض): the block's last words, before the colon if any,
    and a dash right before it (so not a reporter's family name that is also a town's)."""
    return not doc.text[e.end:b.end].strip(" :") and \
        doc.text[b.start:e.start].rstrip()[-1:] in tuple(BYLINE_DASHES)


ITEM_HEADLINE_MAX = 120  # characters of a digest item's headline line, right above its dateline


def _dateline_for(doc: Document, datelines: list[tuple[int, Location | None]],
                  sent) -> Location | None:
    """The dateline that places a sentence: the last one before it, or the next one when the
    sentence is a short line of its own right above it (a digest item's headline, not the
    short end of the item before: * طوكيو - «رويترز»: اعتقلت الشرطة … أمس.); before the first
    dateline, the first."""
    if not datelines:
        return None
    if len(datelines) == 1:
        return datelines[0][1]
    nxt = next((i for i, (start, _) in enumerate(datelines) if start >= sent.end), len(datelines))
    line_start = doc.text.rfind("\n", 0, sent.start) + 1
    if nxt < len(datelines) and sent.end - sent.start <= ITEM_HEADLINE_MAX and \
            not doc.text[line_start:sent.start].strip() and \
            not doc.text[sent.end:datelines[nxt][0]].strip() and \
            doc.text.count("\n", sent.end, datelines[nxt][0]) == 1:
        return datelines[nxt][1]
    return datelines[max(0, nxt - 1)][1]


def publication_country(meta: dict, outlets, published=None, known=None,
                        names=None) -> str | None:
    """The ISO3 code of the country an article was published in: its `meta["country"]` (given
    per article, or for a whole run by `--country`), else the country of its outlet
    (outlets.json, from `meta["source"]` or `meta["url"]`: `OutletIndex.country_of`); None
    when neither is known. With `names` (`marsad.lexicon.countries.CountryNames`), the given
    value is read by it, as `Pipeline.make_doc` reads it (KSA, Saudi Arabia: SAU; a Document
    made without make_doc may hold any of them); without, it is taken as a code. With `known`
    (the codes of the countries of the dictionaries' places), a given value that names none
    of them counts as none, and the outlet's country is taken: a record's wrong value must not
    turn the place off."""
    given = meta.get("country")
    if isinstance(given, str) and given.strip():
        code = names.find(given) if names is not None else given.strip().upper()
        if code is not None and (known is None or code in known):
            return code
    return outlets.country_of(meta, published) if outlets is not None else None


def publication_places(doc: Document, events: list[Event], features: dict[str, PlaceFeature],
                       home: str | None) -> None:
    """The place of last resort: an event that nothing placed (no place in its sentence, its
    paragraph or a dateline) of an article published in `home` (`publication_country`) is
    placed in that country (type `country`, source `publication_country`) when the story is a
    local one: a Saudi paper's «أطلق الدفاع المدني حملة في الحي» names no country. Never for
    an article with a dateline of a known place (the dateline rules said where, or that the
    story is of elsewhere: `_weak_datelines`), nor for an event whose sentence names anything
    of another country (a place, a nisba, an actor: استقبل الوزير السفير الأمريكي), whose source
    or target is of another country, or whose article's lead (its headlines and first
    paragraph) names a place of another country, or an actor or nisba of one and nothing of
    the home country (شنت القوات الأمريكية غارات, not استقبل الملك سلمان وزير الدفاع الأمريكي),
    or whose own paragraph names a place of one (a story told from abroad).
    Nothing happens when `home` is not a country of the dictionaries."""
    feature = features.get(f"country:{home}") if home else None
    if feature is None or all(ev.location is not None for ev in events):
        return
    if any(loc is not None for _, loc in _datelines(doc)):
        return
    countries = {(e.start, e.end): e.country for e in doc.entities if e.country}
    lead_end = next((b.end for b in doc.blocks if b.kind == "body"), len(doc.text))
    foreign_places = [e for e in doc.entities if e.type in ("GPE", "LOC") and e.how != "nisba"
                      and _country_of(e) not in (None, home)]
    if any(e.start < lead_end for e in foreign_places):
        return  # (the lead tells a story of elsewhere)
    # an actor of another country (a nisba too) in a lead that names nothing of the home
    # country: a story told from abroad (شنت القوات الأمريكية غارات); beside the home
    # country's own (استقبل الملك سلمان وزير الدفاع الأمريكي) it is a visitor or a guest
    lead = [e.country for e in doc.entities if e.start < lead_end and e.country]
    if home not in lead and any(c != home for c in lead):
        return
    # the sentences that name anything of another country, the blocks that name a place of one
    # (found once: an entity's sentence, else the sentence at its start)
    foreign_sentences = {e.sentence if e.sentence >= 0 else doc.sentence_at(e.start)
                         for e in doc.entities if e.country not in (None, home)}
    foreign_blocks = {doc.sentences[i].block for i in (
        e.sentence if e.sentence >= 0 else doc.sentence_at(e.start) for e in foreign_places)
        if 0 <= i < len(doc.sentences)}
    for ev in events:
        if ev.location is not None or not 0 <= ev.sentence < len(doc.sentences):
            continue
        if ev.sentence in foreign_sentences or \
                doc.sentences[ev.sentence].block in foreign_blocks or \
                any(_ref_country(countries, r) not in (None, home) for r in (ev.source, ev.target)):
            continue
        ev.location = Location(feature.name or home, home, None, None, feature.lat, feature.lon,
                               "country", home, "publication_country")
