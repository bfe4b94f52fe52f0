"""The compiled actor dictionary: every surface form of every entry in one Aho-Corasick automaton.

Built once per pipeline from the lexicon (`Gazetteer.from_lexicon`) and cached in the pipeline's
`resources` under "actors.gazetteer". Each automaton key maps to `(key length, hits)`, where a hit
is `(entry index, flags)` (flags: see `marsad.actors.forms`). Entries of different files may share
a key (الكويت the country and the city); `PRIORITY` decides which one a match stands for.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import ahocorasick

from marsad.actors import forms
from marsad.actors.offices import OfficeIndex, Role, roles_of
from marsad.text.normalize import fold
from marsad.text.tokens import _ARAB_COUNTRIES as ARAB_COUNTRIES

# Lower wins when one key belongs to entries of several kinds.
PRIORITY = {"org": 0, "person": 1, "country": 2, "city": 3, "title": 4, "body": 5, "group": 6,
            "nisba": 7}
ENTITY_TYPE = {"org": "ORG", "person": "PERSON", "country": "GPE", "city": "LOC", "title": "PERSON",
               "body": "ORG", "group": "ORG", "nisba": "GPE"}


@dataclass(frozen=True, slots=True)
class Entry:
    kind: str  # country | nisba | city | title | body | group | org | person
    id: str  # the actor_id shared by all mentions of this entry
    canonical: str  # English name (for titles and bodies: the English noun)
    code: str | None  # CAMEO actor code (titles/bodies: the role code alone, e.g. GOV)
    country: str | None  # ISO3
    role: str | None = None  # CAMEO role code
    office: str | None = None
    capital: bool = False
    roles: tuple[Role, ...] = ()
    # a unit noun that is an actor only with a nationality after it (وحدة إسرائيلية)
    scoped: bool = False
    # a people's nisba that codes an actor noun's country (المتمردين الأكراد) but is none alone
    scope_only: bool = False
    # a kin noun: with a definite group after it, the families (عائلات الجنود: CVL)
    kin: bool = False
    # a crowd noun: before من and a definite group, the crowd is that group (المتظاهرين من الطلاب)
    crowd: bool = False
    # a people noun (السكان، المواطنين): with no nationality of its own, the country of a place
    # named right after it (سكان أحياء وسط الخرطوم، المواطنين من قرية … جنوب نابلس)
    residents: bool = False
    # a group whose `country` holds only in an article naming that country, one of its places or
    # its nationality (الصحوات: Iraq's awakening councils, but also the Islamic revivals)
    country_in_context: bool = False
    # a body noun that is as often its abstract noun (الأمن: security): no country after في
    abstract: bool = False
    # an organisation whose name opens other organisations' names (حزب التجمع: Egypt's Tagammu,
    # but حزب التجمع الوطني …, حزب التجمع من أجل …): it only with no such words after it
    open_name: bool = False
    # a title that is also a given name (أمير، سلطان) and a nisba that is also a family name
    # (كردي، مصري): together a person's name (أمير كردي), see Composer._nisba_surname
    given_name: bool = False
    # a place of cities.json that is a region, not a city (إنجلترا، آسيا، دارفور): no club of
    # its name in sports news (nineteenth session)
    region: bool = False
    nisba_surname: bool = False
    forms: tuple[str, ...] = field(default=(), compare=False)  # the keys it is found by

    @property
    def type(self) -> str:
        return ENTITY_TYPE[self.kind]


# What may stand before a club's name in one word (`place_mentions._club_form`): و / ف, then
# ب / ل, or ل of ل + ال (للهلال); the words so made are all `_club_form` can read as a club.
_CLUB_HEADS = ("",) + tuple("وفبل") + tuple(a + b for a in "وف" for b in "وفبل")


def club_word_forms(clubs) -> frozenset[str]:
    """Every folded word `place_mentions._club_form` could read as a name of `clubs` (a set
    or the keys of a dict of folded names): each name after each head of `_CLUB_HEADS`, and a
    name in ال also with لل for it (للهلال، وللنصر). A word outside it is no club (a superset:
    `_club_form` still decides the words inside it)."""
    names = list(clubs)
    return frozenset([h + c for c in names for h in _CLUB_HEADS]
                     + [h + "لل" + c[2:] for c in names if c.startswith("ال")
                        for h in _CLUB_HEADS])


def _role_of_code(code: str | None) -> str | None:
    if code and len(code) >= 6:
        return code[3:6]
    return None


class Gazetteer:
    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self.automaton = ahocorasick.Automaton()
        self.offices = OfficeIndex()
        self.countries: dict[str, Entry] = {}  # ISO3 -> country entry
        self._keys: dict[str, dict[int, int]] = defaultdict(dict)  # key -> {entry: flags}
        self._common: frozenset[str] = frozenset()
        self._no_dual: frozenset[str] = frozenset()  # titles with no dual keyed
        # folded last word of a person's name of two words or more -> the persons' entries
        # (الوزير شكري: Sameh Shoukry when only one minister of the lists is called so)
        self.surnames: dict[str, tuple[int, ...]] = {}
        # folded first words of the names (two words or more) of persons of Arab countries
        # (محمد، عبد، خالد): a foreign person's first word that is one of them (محمد جواد ظريف)
        # is no sign of that person when met alone (see PersonNameRules._given_names_alone)
        self.arab_first_words: set[str] = set()
        # folded first words of the titles of more than one word, without the article (أمين of
        # أمين عام الحزب، الأمين العام): a name runs into none before the noun it governs
        # (nineteenth session)
        self.title_heads: set[str] = set()
        self.broken_plurals: set[str] = set()  # keys of nisba_plural forms (روس، أتراك)
        self.crowd_ids: set[str] = set()  # ids of the crowd nouns (المتظاهرين), agents `crowd`
        # the folded stem of a word a country's own press calls it by alone (countries.json
        # `home_ar`: مملكه of المملكة) -> the countries so called (SAU, MAR, JOR, BHR); read
        # only in an article whose dateline makes one of them sure (`_home_word_mentions`)
        self.home_words: dict[str, tuple[str, ...]] = {}
        # folded name of a club that is a common word (الهلال، النصر: orgs.json `sports_forms`)
        # -> its organisation entry: not keyed, read only in a match report by
        # PlaceRules._common_word_clubs (twenty-first session)
        self.sports_clubs: dict[str, Entry] = {}
        # folded form -> every entry listing it (the first is sports_clubs'), and country ->
        # its national team (orgs.json `national_team`): a form's club follows the article's
        # countries (PlaceRules._club_of_context, twenty-first session)
        self.sports_namesakes: dict[str, tuple[Entry, ...]] = {}
        # every word a club of sports_clubs can be written as (`club_word_forms`): the
        # per-word test PlaceRules asks before reading a word's prefixes (twenty-second session)
        self.sports_club_words: frozenset[str] = frozenset()
        self.national_teams: dict[str, Entry] = {}
        # ids of the leagues named by a sponsor (orgs.json `league`: دوري عبداللطيف جميل)
        self.leagues: set[str] = set()

    # -- building ------------------------------------------------------------------------------
    @classmethod
    def from_lexicon(cls, lexicon, common_words: frozenset[str] = frozenset()) -> "Gazetteer":
        """Compile the lexicon. `common_words` (folded) are never keyed without the article they
        are listed with: الإمام is keyed, bare إمام would also match the preposition أمام."""
        g = cls()
        g._common = common_words
        # titles whose dual in ين is a participle's plural (مشيرين): no dual keyed
        g._no_dual = frozenset(forms.key_of(w) for e in lexicon.entries("words")
                               if e.get("category") == "title_homographs" for w in e["words"])
        for e in lexicon.entries("countries"):
            g._add_country(e)
        for e in lexicon.entries("cities"):
            g._add_city(e)
        for e in lexicon.entries("agents"):
            g._add_agent(e)
        for e in lexicon.entries("orgs"):
            g._add_org(e)
        for e in lexicon.entries("people"):
            g._add_person(e)
        g._compile()
        return g

    def _entry(self, entry: Entry, keyed_forms: list[tuple[str, int]]) -> int:
        idx = len(self.entries)
        keys = []
        for key, flags in keyed_forms:
            if not key:
                continue
            for k, f in forms.expand_key(key, flags):
                self._keys[k][idx] = self._keys[k].get(idx, 0) | f
                keys.append(k)
        self.entries.append(Entry(**{**_fields(entry), "forms": tuple(dict.fromkeys(keys))}))
        return idx

    @staticmethod
    def _plain(form: str, extra: int = 0) -> tuple[str, int]:
        flags = extra | (forms.HAS_ARTICLE if forms.starts_with_article(form) else 0)
        return forms.key_of(form), flags

    def _add_country(self, e: dict) -> None:
        code = e.get("cameo") or e["iso3"]
        entry = Entry("country", f"country:{e['iso3']}", e["name"], code, e["iso3"])
        idx = self._entry(entry, [self._plain(f) for f in e["ar"]])
        self.countries[e["iso3"]] = self.entries[idx]
        for w in e.get("home_ar", ()):
            stem = fold(forms.key_of(w))
            stem = stem[2:] if stem.startswith("ال") else stem
            self.home_words[stem] = self.home_words.get(stem, ()) + (e["iso3"],)
        nisba_keys = [(k, forms.ARTICLE_OK) for n in e.get("nisba", ()) or ()
                      for k in forms.nisba_forms(n)]
        # broken plurals of the nisba (أتراك، روس) and their accusatives (أتراكاً), as
        # written, the article allowed
        plurals = [forms.key_of(n) for n in e.get("nisba_plural", ()) or ()]
        nisba_keys += [(k, forms.ARTICLE_OK) for k in plurals]
        self.broken_plurals.update(plurals)
        if nisba_keys:
            self._entry(Entry("nisba", f"country:{e['iso3']}", e["name"], code, e["iso3"],
                              scope_only=bool(e.get("scope_only")),
                              nisba_surname=bool(e.get("nisba_surname"))), nisba_keys)

    def _add_city(self, e: dict) -> None:
        entry = Entry("city", f"city:{e['name']}:{e.get('country') or ''}", e["name"], None,
                      e.get("country"), capital=bool(e.get("capital")),
                      region=e.get("kind") == "region")
        self._entry(entry, [self._plain(f) for f in e["ar"]])

    def _add_agent(self, e: dict) -> None:
        kind = e["kind"]
        # a title of one country's office (خادم الحرمين الشريفين: the Saudi king) names it
        entry = Entry(kind, f"{kind}:{e['code']}:{e['en']}", e["en"], e["code"], e.get("country"),
                      role=e["code"], office=e.get("office"), scoped=bool(e.get("scoped")),
                      kin=bool(e.get("kin")), crowd=bool(e.get("crowd")),
                      given_name=bool(e.get("given_name")),
                      residents=bool(e.get("residents")),
                      country_in_context=bool(e.get("country_in_context")),
                      abstract=bool(e.get("abstract")))
        if kind == "title":
            self.title_heads.update(
                w[2:] if w.startswith("ال") else w
                for w in (fold(forms.key_of(f)).split(" ")[0] for f in e["ar"] if " " in f.strip()))
        keyed = []
        # an indefinite-only group (أشخاص) is keyed without leave for the article
        article = 0 if e.get("indefinite") else forms.ARTICLE_OK
        for f in e["ar"]:
            key, flags = self._plain(f, article)
            if flags & forms.HAS_ARTICLE and kind == "title" and key[2:] not in self._common:
                # keyed without its article, which the matcher then allows: الرئيس, and the
                # construct form رئيس آذربيجان
                key, flags = key[2:], forms.ARTICLE_OK
            keyed.append((key, flags))
            if kind == "title":
                if key.split(" ")[0] not in self._no_dual:
                    keyed += [(d, forms.ARTICLE_OK | forms.DUAL)
                              for d in forms.title_dual_forms(key)]
                construct = forms.construct_form(key)
                if construct is not None:
                    # وزير خارجية روسيا، رئيس وزراء العراق: the title in construct with the
                    # country after it
                    keyed.append((construct, 0))
        if e.get("crowd"):
            self.crowd_ids.add(entry.id)
        if kind in ("group", "title"):
            # the indefinite accusative of a listed indefinite singular (قتلوا مسلحاً، اعتقلت
            # مواطناً، مصوراً فرنسياً)
            keyed += [(k, 0) for k in forms.accusative_forms(e["ar"])]
        self._entry(entry, keyed)

    def _add_org(self, e: dict) -> None:
        entry = Entry("org", f"org:{e['id']}", e["name"], e["code"], e.get("country"),
                      role=_role_of_code(e["code"]) or (e["code"][:3] if e["code"][:3] in (
                          "IGO", "NGO", "MNC") else None), open_name=bool(e.get("open_name")))
        idx = self._entry(entry, [self._plain(f) for f in e["ar"]])
        for form in e.get("sports_forms", ()):
            self.sports_clubs.setdefault(fold(form), self.entries[idx])
            self.sports_namesakes[fold(form)] = self.sports_namesakes.get(
                fold(form), ()) + (self.entries[idx],)
        if e.get("national_team") and e.get("country"):
            self.national_teams[e["country"]] = self.entries[idx]
        if e.get("league") and e.get("country"):
            self.leagues.add(self.entries[idx].id)

    def _add_person(self, e: dict) -> None:
        roles = roles_of(e)
        entry = Entry("person", f"person:{e['id']}", e["name"], e["code"], e.get("country"),
                      role=_role_of_code(e["code"]), roles=roles)
        idx = self._entry(entry, [self._plain(f) for f in e["ar"]])
        for r in roles:
            self.offices.add(r, idx)
        for last in {forms.key_of(f).split(" ")[-1] for f in e["ar"] if " " in forms.key_of(f)}:
            if idx not in self.surnames.get(last, ()):
                self.surnames[last] = self.surnames.get(last, ()) + (idx,)
        if e.get("country") in ARAB_COUNTRIES:
            self.arab_first_words.update(fold(forms.key_of(f).split(" ")[0])
                                         for f in e["ar"] if " " in forms.key_of(f))

    def _compile(self) -> None:
        self.sports_club_words = club_word_forms(self.sports_clubs)
        for key, hits in self._keys.items():
            ordered = tuple(sorted(hits.items(), key=lambda h: PRIORITY[self.entries[h[0]].kind]))
            self.automaton.add_word(key, (len(key), ordered))
        if len(self._keys):
            self.automaton.make_automaton()
        self._keys = defaultdict(dict)

    # -- lookups -------------------------------------------------------------------------------
    def org_of_key(self, key: str) -> Entry | None:
        """The organisation keyed exactly by folded `key` (حركه الشباب), if any."""
        return self.entry_of_key(key, "org")

    def entry_of_key(self, key: str, kind: str, country: str | None = None) -> Entry | None:
        """The entry of `kind` (of `country`, when given) keyed exactly by folded `key`, if any."""
        _, hits = self.automaton.get(key, (0, ()))
        return next((e for k, _ in hits if (e := self.entries[k]).kind == kind
                     and (country is None or e.country == country)), None)

    def country_name(self, iso3: str | None) -> str | None:
        c = self.countries.get(iso3 or "")
        return c.canonical if c else None

    def country_code(self, iso3: str | None) -> str | None:
        c = self.countries.get(iso3 or "")
        return c.code if c else iso3

    @property
    def empty(self) -> bool:
        return not self.entries


def _fields(entry: Entry) -> dict:
    return {name: getattr(entry, name) for name in Entry.__slots__ if name != "forms"}
