"""From dictionary matches to actor mentions: titles, nisba adjectives, bodies, names.

Rules, over the matches in text order (adjacent = only a space between them):
- TITLE [scope] [TITLE...] [NAME]: a title (agents, kind title) with an optional scope right after
  it — a nisba agreeing in definiteness (الرئيس الروسي), a country in construct or with ل (رئيس
  آذربيجان), an organisation (المدير العام لـ«روسنفط») or a body of a country (المتحدث باسم
  الخارجية الإيرانية: that body's role) — further titles (آية الله), and a name: a dictionary
  person (one PERSON mention spanning title and name) or an unknown name of up to three words
  (PERSON, code from title and scope, transliterated). Without a name, an office title with a
  country resolves to the office holder on the article's date (how="office"); otherwise the
  mention keeps the role code (how="title").
- A dual title with two nisbas (الرئيسين الإيراني والآذربيجاني) gives two mentions.
- BODY [genitive words] NISBA (الجيش الروسي، شركة النفط الإيرانية): an ORG of that country and
  role (how="nisba"); a body right before an organisation name (شركة … «روسنفط»، وكالة «انترفاكس»)
  becomes one mention of that organisation.
- A capital city stands for its government (GPE, code = country, how="metonymy") unless it is
  a place: after a locative preposition or ب, after ل following a visit/arrival noun, in a
  dateline (or before a colon at the start of a line: «الخرطوم: أحمد يونس»), or joined by و to
  a city that is a place.
- A nisba adjective on its own is a GPE mention of its country (how="nisba").
- Not actors: an agent word used as an adjective of the noun before it (السياسة الخارجية،
  الهجوم الانتحاري، داعش الإرهابي), a body joined by و to a definite word that is no actor
  (الاستقرار والأمن), an indefinite title after a noun (مؤتمر صحافي), a dictionary
  name inside someone else's nasab (الأمير مشعل بن عبد الله بن عبد العزيز is one unknown name,
  not Khaled Meshaal nor King Abdullah), an organisation name that is here a common noun
  (القاعدة الجوية: the air base), a nisba agent after a noun with a pronoun (خطابهم الإعلامي),
  a person in the name of a place, prize or institution (كأس خادم الحرمين، مطار الملك خالد):
  with its head noun and complement, an institution is an ORG of the person's country (مركز
  الملك سلمان للإغاثة، جامعة الملك سعود) and a place a LOC (مطار الملك خالد الدولي), a prize none;
  a nisba after a feminine noun with a pronoun (عقيدتها البحرية، سياستها الخارجية).
- An office title right after a head of state's title is another person (استقبل خادم الحرمين
  الشريفين وزير الدفاع) unless he holds it too; a rank before an office is one person, and a
  nisba after a chain of titles gives its country (الفريق أول ركن رئيس هيئة الأركان المصري).
- The text gives the country of a title (خادم الحرمين الشريفين: agents.json `country`), of a
  body followed by في + a country (وزارة الخارجية في البحرين), of an agent noun followed by a
  broken-plural nationality (جنود أتراك: countries.json `nisba_plural`); a title and the last
  word of one dictionary person with that role is that person (الوزير شكري).
- A name first met after a title is found again later on its own (its last word too), as the
  same actor (how="coref").
- An indefinite title in construct with a dictionary person names the title holder (مستشارة
  أوباما: "adviser of Barack Obama", USAGOV, the person nested), with a name after it if any;
  نائب + a title is that title's deputy (النائب الثاني لرئيس مجلس الوزراء), not a member of
  parliament nor the office holder.

Then, token by token, names no dictionary knows (how="name", transliterated; in this order, each
outside the mentions found before it):
- an organisation named after a head noun in construct (ORG_HEADS: شركة موتورولا، جامعة
  كرانفيلد، نادي الزمالك; after a place: جامعة القاهرة = EGYEDU, which replaces the place), or
  in quotation marks after it (صحيفة «المستقبل»، مؤسسة «فيتش»: QUOTED_ORG_HEADS too);
- a title that found no name, then a given name (الملك حمد) or the organisation it speaks for
  and a name (المتحدثة باسم البيت الأبيض دانا برينو), or one or two name words that punctuation
  or a complementiser closes (وقال الرئيس كوستانوفيتش إن), or after الإمام a laqab (الإمام الشافعي);
- a name after a cue (`marsad.actors.namecues`): an honorific (السيد، الدكتور), a person noun
  (الفنان، العداء الكيني: the nationality gives the country), a definite nationality standing as
  a noun (فاز الروسي …) or as the adjective of a noun before a name of two words (مدافع المنتخب
  الإيطالي ماركو …), a clause verb (وقال X Y إن; one word before إن, a quote, الذي, the outlet
  spoken to or the preposition the verb governs: وأعرب وانغ عن);
- a foreign name of words that are no Arabic words between a verb of speech or doing and «، + a
  title» (أشاد كورت موزشي، قائد شرطة المدينة، بـ…), which the title then joins;
- a reporter's byline (القاهرة: سوسن أبو حسين);
- a name opened by a known given name, with a family name with the article (نبيل القطان);
- a nasab or kunya (سهل بن حنيف، علي بن أبي طالب، ابن خلدون، أبو هريرة);
- a name joined by و or a comma to a person before it;
- an organisation's short or foreign name in parentheses right after it (… (يونيفيل)).
Inside names: compound given names (محيي الدين، عطا الله), particles (روبن فان بيرسي، محمد ولد …),
علي spelled with ي, أل with hamza (ألكسندر), آل + a family, and a nationality after a given name
or a kunya as a laqab (أبو حمزة المصري).
Last, titles in apposition after a named person (محمد بن راشد، نائب رئيس الإمارات رئيس مجلس
الوزراء) join that person's mention, with the rest of the person's nasab, and a family name alone
after an honorific (الدكتور الربيعة) is the person of the same article whose full name ends with it.
Place and organisation names leave a generic noun out of their name part (قطاع [غزة]، جنوب
[لبنان]، وكالة [فرانس برس]); a city with a masculine nationality in sports news is a club
(برشلونة الإسباني), and a place spelled like an adjective and used as one is none (دعم مالي،
الصحابي الجليل).
"""

from __future__ import annotations

import bisect
import datetime as dt
from itertools import compress, repeat
from operator import attrgetter

from marsad.actors import forms
from marsad.actors.body_mentions import AGENT_KINDS, BodyRules, ORG_HEADS, QUOTED_ORG_HEADS
from marsad.actors.composer_base import Mention, _country_role_code
from marsad.actors.gazetteer import Entry, Gazetteer
from marsad.actors.matcher import Match, MatchingString
from marsad.actors.offices import role_at
from marsad.actors.person_names import KUNYA_OPENERS, NASAB, PersonNameRules
from marsad.actors.place_mentions import PlaceRules
from marsad.actors.title_mentions import FORMER_ELI_ROLES, TitleRules, _START
from marsad.lexicon.categories import current_words, per_lexicon
from marsad.lexicon.grammar import grammar_words
from marsad.text.normalize import fold


# words.json category of nouns of armed action whose one-word singular group noun after them is
# their adjective (هجوم مسلح، تفجير انتحاري), see Composer._adjective_of_action
ATTRIBUTIVE_HEADS = "attributive_heads"
# words.json category of nouns that fold into a body's key but are other nouns (أعلام flags, not
# إعلام the media), see Composer._hamza_homograph
HAMZA_HOMOGRAPHS = "hamza_homographs"
# words.json category of dictionary persons' surnames that are also common words (الجميل، هيكل):
# found alone only after the full name and not as that word, see Composer._homograph_as_word
SURNAME_HOMOGRAPHS = "surname_homographs"
# words.json category of given names written like a perfect in ت (رفعت، حكمت): a name's part
# only right after a given name, see PersonNameRules._father_name_after_given
FATHER_NAMES = "father_names"
# words.json category of definite nouns that are a verb's object after its subject's name
# (لفت X النظر): never a family name, see PersonNameRules._family_name
OBJECT_NOUNS = "object_nouns"
# words.json category of the head nouns of a political movement's name (حركة، حزب، جماعة): a
# crowd of an unknown one is the movement's, PTY, see Composer._crowds_of_organisations
MOVEMENT_HEADS = "movement_heads"
# words.json categories of the heads of an association's name (جمعية البر), of the heads that
# name one only with a civil adjective at the end (لجنة التنمية الأهلية) and of those
# adjectives, see BodyRules._association_mentions
ASSOCIATION_HEADS = "association_heads"
CIVIL_BODY_HEADS = "civil_body_heads"
CIVIL_ADJECTIVES = "civil_adjectives"
# words.json category of the nouns of a kind of organisation that, definite, may stand before an
# organisation's name as its descriptor (التنظيم الإرهابي داعش), see Composer._descriptor_of_name
DESCRIPTOR_HEADS = "descriptor_heads"
# words.json categories of the nouns of a place between a people noun and the place's name
# (سكان [أحياء] وسط الخرطوم) and of the participles of coming from one (المتظاهرين [القادمين] من
# ولايات أميركية), see BodyRules._country_of_residents; of the members of an
# organisation (عناصر وكوادر جماعة الإخوان: the organisation's) and of the supporters of a
# party or a person (أنصار الحريري: civilians of his country), see
# BodyRules._members_of_organisations
PLACE_HEADS = "place_heads"
ORIGIN_PARTICIPLES = "origin_participles"
MEMBER_NOUNS = "member_nouns"
SUPPORTER_NOUNS = "supporter_nouns"
# words.json categories of the kinship words after a name that make it another member of the
# family (باراك الأب، جورج الابن), see PersonNameRules._kin_after; of the given names that are
# also nouns (صالح) and the prepositions and prepositional nouns after which such a name, before
# a definite word, is that noun in construct (من أجل صالح الراهبات), see
# PersonNameRules._noun_in_construct; and of the plural and dual of حزب before a list of bare
# party names (أحزاب الوفد والتجمع), see BodyRules._listed_parties
KINSHIP_EPITHETS = "kinship_epithets"
NOUN_GIVEN_NAMES = "noun_given_names"
CONSTRUCT_GOVERNORS = "construct_governors"
PARTY_LIST_HEADS = "party_list_heads"
# the kinship words of an elder after a family name (بوش الأب), see
# PersonNameRules._family_names_of_kin (fifteenth session)
FATHER_EPITHETS = "father_epithets"
# the words before and after a given name that is also an adjective that make it that adjective
# (غير عادل، أنا سعيد، إنه سعيد، سعيد للغاية), see PersonNameRules._adjective_at (fifteenth
# session)
ADJECTIVE_GOVERNORS = "adjective_governors"
PRONOUN_HOSTS = "pronoun_hosts"
DEGREE_ADVERBS = "degree_adverbs"
# the indefinite nouns such a given name after them qualifies (رجل أمين، عمل صالح), and the
# particles after which such a noun is a verb (وقد عمل), see PersonNameRules._adjective_head
# (sixteenth session)
ADJECTIVE_HEADS = "adjective_heads"
VERB_PARTICLES = "verb_particles"

# Nouns of places, prizes and institutions in construct with the person they are named after.
NAMED_THINGS = frozenset(fold(w) for w in (
    "كأس", "صالة", "مركز", "مستشفى", "جامعة", "مطار", "شارع", "ميدان", "قاعة", "جائزة", "مسجد",
    "جامع", "ملعب", "استاد", "ستاد", "مدرسة", "معهد", "كلية", "مدينة", "مؤسسة", "مكتبة", "قاعدة",
    "متحف", "مجمع", "جسر", "ميناء", "برنامج", "كرسي", "منحة", "مستشفي", "صندوق",
    "جمعية"))

_NORM = attrgetter("norm")

CANDIDATE_BITS = {"org": 1, "cue": 2, "given": 4, "nasab": 8}


@per_lexicon
def surname_given_names() -> frozenset[str]:
    """words.json `surname_given_names` (بشرى، نور), folded: given names that are common words,
    read as one only before a dictionary person's surname (`PersonNameRules._given`)."""
    return current_words("words", "surname_given_names")


def candidate_table(given_names: frozenset[str], cue_stems: frozenset[str]) -> dict[str, int]:
    """Folded stem -> the rules (CANDIDATE_BITS) whose tokens it may open: organisation head
    nouns, name cues, given names, بن/أبو. Built once per pipeline."""
    table: dict[str, int] = {}
    for words, bit in ((ORG_HEADS.keys() | QUOTED_ORG_HEADS.keys(), 1), (cue_stems, 2),
                       (given_names | surname_given_names(), 4),
                       (NASAB | KUNYA_OPENERS, 8)):
        for w in words:
            table[w] = table.get(w, 0) | bit
    return table


PLACE_KINDS = frozenset({"country", "city"})

SCOPE_REACH = 3  # words from an agent noun to the people's nisba that scopes it, the nisba too


def _people_as_scopes(gaz: Gazetteer, text: str, matches: list[Match]) -> list[Match]:
    """Matches without the nisbas of a people (countries.json `scope_only`: الأكراد، الكردي) that
    scope no agent noun a few words before them (المتمردين الأكراد، الأحزاب السياسية والإسلامية
    الكردية): alone they are no actor, and a family name (أمينة الكردي) stays in its name."""
    out: list[Match] = []
    for mm in matches:
        e = gaz.entries[mm.entry]
        if e.kind == "nisba" and e.scope_only:
            prev = out[-1] if out else None
            between = text[prev.end:mm.span_start] if prev is not None else ""
            if prev is None or gaz.entries[prev.entry].kind not in AGENT_KINDS \
                    or len(between.split()) >= SCOPE_REACH \
                    or not all(c == " " or c.isalpha() for c in between):
                continue
        out.append(mm)
    return out


def _after_embassy(text: str, m: Match, embassy_nouns: frozenset[str]) -> bool:
    """Is match m (in the matching string `text`) right after في, with an embassy or envoy noun
    (grammar.json `embassy_nouns`) among the four words before that في (السفارة الإسرائيلية في
    [عمان]، السفير الإسرائيلي في [عمان]، سفارة المملكة العربية السعودية في [عمان])?"""
    words = text[max(0, m.word_start - 60):m.word_start].split()
    if m.prefix or len(words) < 2 or words[-1] != "في":
        return False
    return any(w in embassy_nouns for w in words[-5:-1])


def _places_in_context(gaz: Gazetteer, matches: list[Match],
                       datelines: list[tuple[int, int]] = (), text: str = "",
                       embassy_nouns: frozenset[str] = frozenset()) -> None:
    """A name of places in two countries (عمان: Oman and Amman; طرابلس: Tripoli of Libya and of
    Lebanon) stands for the place whose country the article names most in its other matches
    (countries, nationalities, cities, people and bodies of one country); on a tie, and right
    after a title (سلطان عمان), the dictionary's order stands. In a dateline (`datelines`,
    matching spans) it is the city: a dateline names the town filed from (عمان (رويترز) -: Amman,
    not Oman); so is it after an embassy noun and في (`_after_embassy`: السفارة الإسرائيلية في
    عمان) unless the article names the other country more. In place: the chosen hit moves to
    the front of `match.hits`."""
    ambiguous: list[Match] = []
    counts: dict[str, int] = {}
    prev: Match | None = None
    for m in matches:
        entries = [gaz.entries[e] for e, _f in m.hits]
        countries = {e.country for e in entries if e.country}
        after_title = prev is not None and gaz.entries[prev.entry].kind == "title" and \
            m.span_start - prev.end <= 1  # سلطان عمان: a title's country, kept as the country
        prev = m
        if len(countries) > 1 and all(e.kind in PLACE_KINDS for e in entries):
            if not after_title:
                ambiguous.append(m)
        elif len(countries) == 1:
            c = next(iter(countries))
            counts[c] = counts.get(c, 0) + 1
    for m in ambiguous:
        if any(a <= m.start and m.end <= b for a, b in datelines):
            city = next((k for k, (e, _f) in enumerate(m.hits)
                         if gaz.entries[e].kind == "city"), 0)
            m.hits = (m.hits[city],) + m.hits[:city] + m.hits[city + 1:]
            continue
        first = counts.get(gaz.entries[m.hits[0][0]].country, 0)
        city = next((k for k, (e, _f) in enumerate(m.hits)
                     if gaz.entries[e].kind == "city"), None)
        if city and embassy_nouns and _after_embassy(text, m, embassy_nouns) \
                and counts.get(gaz.entries[m.hits[city][0]].country, 0) >= first:
            m.hits = (m.hits[city],) + m.hits[:city] + m.hits[city + 1:]
            continue
        best = max(range(len(m.hits)),
                   key=lambda k: (counts.get(gaz.entries[m.hits[k][0]].country, 0), -k))
        if counts.get(gaz.entries[m.hits[best][0]].country, 0) > first:
            m.hits = (m.hits[best],) + m.hits[:best] + m.hits[best + 1:]


class Composer(PersonNameRules, TitleRules, BodyRules, PlaceRules):
    """Turns the matches of one document into mentions."""

    def __init__(self, gaz: Gazetteer, ms: MatchingString, matches: list[Match], doc,
                 date: dt.date | None, stopwords: frozenset[str], romanize,
                 given_names: frozenset[str] = frozenset(), name_cues=None,
                 candidates: dict[str, int] | None = None,
                 concepts: frozenset[str] = frozenset(),
                 common_aliases: frozenset[str] = frozenset(),
                 attributive_heads: frozenset[str] = frozenset(),
                 hamza_homographs: frozenset[str] = frozenset(),
                 surname_homographs: frozenset[str] = frozenset(),
                 movement_heads: frozenset[str] = frozenset(),
                 father_names: frozenset[str] = frozenset(),
                 object_nouns: frozenset[str] = frozenset(),
                 descriptor_heads: frozenset[str] = frozenset(),
                 people_words: tuple[frozenset[str], ...] = (frozenset(),) * 4,
                 name_contexts: tuple[frozenset[str], ...] = (frozenset(),) * 10,
                 association_words: tuple[frozenset[str], ...] = (frozenset(),) * 3,
                 press_country: str | None = None):
        self.gaz = gaz
        # the ISO3 code of the article's outlet's country (outlets.json, from doc.meta's source
        # or url), or None: «المملكة» of a Saudi paper with no dateline (`_home_word_mentions`)
        self.press_country = press_country
        # kinship epithets, given names that are nouns, construct governors, party list heads,
        # father epithets, adjective governors, pronoun hosts, degree adverbs, adjective heads,
        # verb particles
        # (words.json KINSHIP_EPITHETS, NOUN_GIVEN_NAMES, CONSTRUCT_GOVERNORS, PARTY_LIST_HEADS,
        # FATHER_EPITHETS, ADJECTIVE_GOVERNORS, PRONOUN_HOSTS, DEGREE_ADVERBS,
        # ADJECTIVE_HEADS, VERB_PARTICLES), folded
        self.kinship_epithets, self.noun_given_names, self.construct_governors, \
            self.party_list_heads, self.father_epithets, self.adjective_governors, \
            self.pronoun_hosts, self.degree_adverbs, self.adjective_heads, \
            self.verb_particles = name_contexts
        # place nouns, participles of coming, member nouns, supporter nouns (words.json
        # PLACE_HEADS, ORIGIN_PARTICIPLES, MEMBER_NOUNS, SUPPORTER_NOUNS), folded
        self.place_heads, self.origin_participles, self.member_nouns, self.supporter_nouns = \
            people_words
        self.follower_nouns = self.member_nouns | self.supporter_nouns
        self.descriptor_heads = descriptor_heads  # التنظيم [الإرهابي] داعش: one mention
        self.object_nouns = object_nouns  # لفت X [النظر]: an object, never a family name
        self.father_names = father_names  # محمد [رفعت]: a name after a given name, else a verb
        self.movement_heads = movement_heads  # حركة، حزب: a crowd of one is PTY
        # association heads, civil body heads, civil adjectives (words.json ASSOCIATION_HEADS,
        # CIVIL_BODY_HEADS, CIVIL_ADJECTIVES), folded: جمعية البر، لجنة التنمية الأهلية
        self.association_heads, self.civil_body_heads, self.civil_adjectives = association_words
        self.surname_homographs = surname_homographs  # الجميل، هيكل: surnames and common words
        self.attributive_heads = attributive_heads  # هجوم [مسلح]: nouns the group word qualifies
        self.hamza_homographs = hamza_homographs  # أعلام (flags), not إعلام (the media)
        self._hamza_folded = frozenset(fold(h) for h in hamza_homographs)
        self.concepts = concepts  # words after a security body that make it a concept
        self.common_aliases = common_aliases  # one-word person names that are common nouns
        self.ms = ms
        self.text = ms.text
        # names inside another person's nasab are not mentions of their own, nor is a nasab
        # followed by a family name of its own
        self.stopwords = stopwords
        self.m = [mm for mm in matches if not (
            gaz.entries[mm.entry].kind == "person"
            and (self._in_another_nasab_at(ms.text, mm, given_names)
                 or self._nasab_of_another_family(mm, matches)))]
        self.m = _people_as_scopes(gaz, ms.text, self.m)
        _places_in_context(gaz, self.m, [(ms.from_original(x.start), ms.end_from_original(x.end))
                                         for x in doc.sentences if x.kind == "dateline"],
                           ms.text, grammar_words().embassy_nouns)
        self._entries = [gaz.entries[mm.hits[0][0]] for mm in self.m]  # entry(i), looked up once
        self.doc = doc
        self.date = date
        self.stopwords = stopwords
        self.romanize = romanize
        self.tok_starts = list(map(_START, doc.tokens))
        self.match_starts = [mm.word_start for mm in self.m]
        self.out: list[Mention] = []
        self._sports: dict[int, bool] = {}  # sentence index -> sports news?
        self._literary: dict[int, bool] = {}  # sentence index -> a literary club's words?
        self._sports_no_club: dict[int, bool] = {}  # … a sports word but the club heads?
        self._match_reports: dict[int, bool] = {}  # sentence index -> a match word in it?
        self._shared_taken: bytearray | None = None
        self._cand: dict[str, list[int]] = {}
        # (person's start, person's country) of each army named جيش + a person, once found
        # (`BodyRules._armies_of_people`)
        self._person_armies: list[tuple[int, str | None]] | None = None
        self.skip_to = 0  # the next match for the main loop when _single consumes more than one
        self.given_names = given_names
        self.name_cues = name_cues  # marsad.actors.namecues.NameCues, or None
        self.candidate_table = candidates  # see candidate_table()
        self._adjective_ends: set[int] = set()  # ends of agent words read as adjectives
        self._deputy_title = False  # composing the title after نائب (see _office_of_another_person)
        self._lone_given: list[int] = []  # tokens of a given name read alone (محمد), no name
        # a text that spells the preposition على with ى writes the name Ali علي (see _ali_opens)
        self._ali_apart = "على" in doc.text
        self._drop_unscoped()

    # -- helpers -------------------------------------------------------------------------------
    def entry(self, i: int) -> Entry:
        return self._entries[i]

    def gap(self, end: int, j: int) -> str | None:
        """Text between matching offset `end` and match j's mention start; None if no match j."""
        if j >= len(self.m):
            return None
        return self.text[end:self.m[j].span_start]

    def _words_between(self, end: int, j: int, max_words: int) -> bool:
        """Only up to `max_words` article-marked words (genitives, adjectives) before match j."""
        g = self.gap(end, j)
        if g is None:
            return False
        words = g.strip(" «»").split()
        if len(words) > max_words or not g.startswith(" "):
            return False
        return all(w.isalpha() and len(w) >= 5 and w not in self.stopwords
                   and (w.startswith("ال") or w.startswith("لل")) for w in words)

    def person_code(self, e: Entry, prefer_office: str | None = None
                    ) -> tuple[str | None, str | None, str | None]:
        """(code, role, office) of a dictionary person on the article's date. A state office
        holder whose every office ended before that date is one of the country's elites (حسني
        مبارك in 2015: EGYELI), as former office holders are coded."""
        r = role_at(e.roles, self.date, prefer_office)
        if r is None:
            if self.date is not None and e.roles and e.role in FORMER_ELI_ROLES and all(
                    x.end is not None and x.end < self.date for x in e.roles) and e.country:
                return _country_role_code(self.gaz.country_code(e.country), "ELI"), "ELI", None
            return e.code, e.role, None
        role = r.code[3:6] if len(r.code) >= 6 else e.role
        return r.code, role, r.office

    # -- main loop -----------------------------------------------------------------------------
    def run(self) -> list[Mention]:
        i = 0
        n = len(self.m)
        while i < n:
            kind = self.entry(i).kind
            if kind == "person" and (self._adjective_surname(i) or self._common_noun(i)):
                i += 1
                continue
            if kind == "title":
                i = self._title(i)
            elif kind in ("body", "group"):
                i = self._body(i)
            else:
                self.skip_to = i + 1
                self._single(i)
                i = self.skip_to
        self._cand = self._candidates()
        self._org_name_mentions()
        self._association_mentions()
        self._members_of_organisations()
        self._listed_parties()
        self._crowds_of_organisations()
        self._titled_name_mentions()
        self._cued_name_mentions()
        self._appositive_foreign_names()
        self._byline_names()
        self._given_name_mentions()
        self._nasab_mentions()
        self._coordinated_names()
        self._parenthesized_aliases()
        self._name_mentions()
        self._surnames_of_women()
        self._given_names_alone()
        self._family_names_of_kin()
        self._clubs_before_nisba()
        self._parties_before_other_nisba()
        self._national_teams()
        self._own_national_teams()
        self._team_alone_after_named()
        self._common_word_clubs()
        self._namesake_clubs_by_context()
        self._appositive_titles()
        self._link_surnames()
        self._titled_surnames()
        self._drop_names_of_things()
        self._link_former_titles()
        self._home_word_mentions()
        self._bodies_of_sure_country()
        return self.out

    def _common_noun(self, i: int) -> bool:
        """A one-word person name that is here its common noun (الأسد the lion): after ك of
        likeness (كالأسد), or in an article that names neither the person's country (a country,
        a nisba, a city) nor the person by a longer form (بشار الأسد)."""
        m = self.m[i]
        word = fold(self.text[m.word_start:m.end])
        if word not in self.common_aliases and word[1:] not in self.common_aliases:
            return False
        if word.startswith("ك") or "ك" in m.prefix:
            return True
        e = self.entry(i)
        for x, mx in enumerate(self.m):
            ex = self.entry(x)
            if (ex is e and " " in self.text[mx.word_start:mx.end]) or (
                    ex is not e and ex.country == e.country):
                return False  # (his country, its nisba, a city or a body of it: النظام السوري)
        return True

    def _drop_names_of_things(self) -> None:
        """A person named right after a noun of a place, prize or institution in construct is
        that thing's name, not an actor (كأس خادم الحرمين الشريفين، مطار رفيق الحريري، قاعدة
        الأمير سلطان الجوية). After the head noun of an institution (INSTITUTION_HEADS) the
        noun, the person and its complement are one organisation of the person's country
        (مركز الملك سلمان للإغاثة والأعمال الإنسانية، جامعة الملك سعود، مستشفى الملك فهد
        التخصصي), see _institution_of_person."""
        keep, added = [], []
        for mm in self.out:
            if mm.type == "PERSON" and mm.kind in ("person", "title") and mm.how != "coref":
                o_start = self.ms.to_original(mm.start, mm.end)[0]
                prev = self._prev_words(o_start, 1)
                head = prev[0] if prev else ""
                if head[:1] in "وبلك" and head[1:] in NAMED_THINGS:
                    head = head[1:]
                if mm.prefix in ("", "ال") and head in NAMED_THINGS:
                    thing = self._institution_of_person(mm, head, o_start) \
                        or self._place_of_person(mm, head, o_start)
                    if thing is not None:
                        added.append(thing)
                    continue
            keep.append(mm)
        if added:
            keep = [mt for mt in keep
                    if not any(o.start <= mt.start and mt.end <= o.end for o in added)] + added
            keep.sort(key=lambda mt: mt.start)
        self.out = keep

    def _head_start(self, t, head: str) -> int:
        """Matching offset where folded head noun `head` starts in token t, after a proclitic
        the tokenizer left on it (بجامع: ب + جامع)."""
        a = self._stem_start(t)
        if a == t.start and fold(t.text) != head and fold(t.text)[1:] == head:
            a += 1
        return self.ms.from_original(a)

    def _taken(self) -> bytearray:
        """1 at every matching offset inside a mention or a dictionary match: built once after
        the dictionary mentions, then shared by the name rules, each of which marks the span of
        every mention it adds (a mention it replaces lies inside the new one)."""
        if self._shared_taken is None:
            taken = bytearray(len(self.text) + 1)
            for m in self.m:
                a = m.span_start
                taken[a:m.end] = b"\x01" * (m.end - a)
            for mt in self.out:
                taken[mt.start:mt.end] = b"\x01" * (mt.end - mt.start)
            self._shared_taken = taken
        return self._shared_taken

    def _candidates(self) -> dict[str, list[int]]:
        """Indices of the word tokens that may open a name or an organisation, by rule (head
        nouns, cue words, given names, بن/أبو), found with one lookup per token in the table of
        `candidate_table` (which the stage builds once)."""
        table = self.candidate_table
        if table is None:
            stems = self.name_cues.stems if self.name_cues is not None else frozenset()
            table = candidate_table(self.given_names, stems)
        # C-level loops (map, compress): this runs over every token of every article
        bits = list(map(table.get, map(_NORM, self.doc.tokens), repeat(0)))
        hits = [(i, bits[i]) for i in compress(range(len(bits)), bits)]
        return {name: [i for i, m in hits if m & bit] for name, bit in CANDIDATE_BITS.items()}

    def _token_end(self, t) -> int:
        return self.ms.end_from_original(t.end)

    def _match_index_at(self, k: int) -> int | None:
        """The index of the dictionary match that begins at token k, if one does."""
        toks = self.doc.tokens
        if k >= len(toks):
            return None
        a = self.ms.from_original(toks[k].start)
        j = bisect.bisect_left(self.match_starts, a)
        return j if j < len(self.m) and self.m[j].word_start == a else None

    def _match_at(self, k: int) -> bool:
        """Does a dictionary match begin at token k?"""
        return self._match_index_at(k) is not None

    def _person_match_at(self, k: int) -> bool:
        """Does a dictionary person match begin at token k?"""
        j = self._match_index_at(k)
        return j is not None and self.entry(j).kind == "person"

    def _adjacent(self, k: int) -> bool:
        """Only a space between token k-1 and token k."""
        toks = self.doc.tokens
        return self.doc.text[toks[k - 1].end:toks[k].start] == " "

    def _adjective(self, t, taken: bytearray) -> bool:
        """A definite adjective in -ي/-ية outside every match (الاقتصادي، المصرية)."""
        f = fold(t.text)
        return t.kind == "word" and f.startswith("ال") and f.endswith(("ي", "يه")) \
            and len(f) >= 6 and f not in self.stopwords \
            and not taken[self.ms.from_original(t.start)]

    def _stem_start(self, t) -> int:
        """Original offset of a token's stem (after و، ل، ب...); a foreign name's أل written
        with hamza (ألكسندر، ألونسو) is no article but the stem's."""
        if not t.segments:
            return t.start
        prev = None
        for sg in t.segments:
            if sg.kind == "stem":
                if prev is not None and self.doc.text[prev.start:prev.end] == "أل":
                    return prev.start
                return sg.start
            prev = sg
        return t.start

    def _hamza_al(self, t) -> bool:
        """Does the token begin (after و/ف/ل/ب) with أل written with hamza, which the article
        never is: a foreign name (ألكسندر، وألبرتو)?"""
        return any(sg.kind == "proclitic" and self.doc.text[sg.start:sg.end] == "أل"
                   for sg in t.segments)

    def _clitics(self, t) -> bool:
        """Has the token clitics other than a foreign name's أل?"""
        return any(sg.kind != "stem" and self.doc.text[sg.start:sg.end] != "أل"
                   for sg in t.segments)

    def _article_start(self, t) -> int:
        """Original offset of a token's article, else of its stem (والدكتور -> الدكتور)."""
        for sg in t.segments:
            if sg.kind == "proclitic" and self.doc.text[sg.start:sg.end] == "ال":
                return sg.start
        return self._stem_start(t)

    def _prev_words(self, o_pos: int, k: int) -> list[str]:
        """Folded texts of the up to `k` word tokens before original offset `o_pos` (nearest
        first), stopping at punctuation."""
        j = bisect.bisect_left(self.tok_starts, o_pos) - 1
        out = []
        toks = self.doc.tokens
        while j >= 0 and len(out) < k:
            t = toks[j]
            if t.kind != "word":
                break
            out.append(fold(t.text))
            j -= 1
        return out

    def _definite(self, m: Match) -> bool:
        """Is the matched phrase definite? A construct phrase is as definite as its last word:
        الرئيس، وزير الخارجية (definite); رئيس، وزير خارجية (not)."""
        if m.flags & forms.FUSED or m.prefix.endswith(("ال", "لل")):
            return True
        words = self.text[m.start:m.end].split(" ")
        return len(words) > 1 and words[-1].startswith(("ال", "لل"))
