"""Bodies and organisations: a body with its nisba or complement, organisation
names after a head noun or in quotation marks, units, crowds, institutions.

Part of the actor composer (`marsad.actors.compose.Composer`).
"""

from __future__ import annotations

import bisect
import regex
from dataclasses import replace
from itertools import compress

from marsad.actors import forms
from marsad.actors.composer_base import (CLOSING_QUOTES, Mention, _country_role_code,
                                         _feminine_noun_stem, _field_of_study, _has_article_before,
                                         _masdar, _not_a_name_part, _plural_nisba_after)
from marsad.actors.patrons import FORCES_NOUNS
from marsad.lexicon.categories import current_words, per_lexicon
from marsad.lexicon.grammar import grammar_words
from marsad.text.normalize import bare_noun, fold


@per_lexicon
def _club_kinds() -> frozenset[str]:
    return current_words("words", "club_kinds")


@per_lexicon
def _club_heads() -> frozenset[str]:
    return current_words("words", "club_heads")


@per_lexicon
def _club_professions() -> frozenset[str]:
    return current_words("words", "club_professions")


@per_lexicon
def _club_literary_cues() -> frozenset[str]:
    return current_words("words", "club_literary_cues")


@per_lexicon
def _army_noun_then_word() -> regex.Pattern:
    """The noun جيش as a written word (grammar.json `army_nouns`: bare or after و، ب، ل …) and
    the spaces after it, whose match ends where the next word starts: an army named by a person
    when a person's mention starts there (جيش نابليون)."""
    forms = sorted(grammar_words().army_nouns, key=len, reverse=True)
    return regex.compile(r"(?<!\S)(?:%s)\s+(?=\S)" % "|".join(map(regex.escape, forms)))


_THE_CLUB = frozenset((fold("النادي"),))  # (a sports word, said of a literary club as often)

# Nouns that name an organisation in construct with its name (شركة موتورولا، جامعة القاهرة),
# folded, with the CAMEO role they give ("" for none).
ORG_HEADS = {fold(w): role for w, role in (
    ("شركة", "BUS"), ("مجموعة", "BUS"), ("بنك", "BUS"), ("مصرف", "BUS"), ("مصنع", "BUS"),
    ("جامعة", "EDU"), ("معهد", "EDU"), ("كلية", "EDU"), ("أكاديمية", "EDU"),
    ("صحيفة", "MED"), ("جريدة", "MED"), ("مجلة", "MED"), ("قناة", "MED"), ("فضائية", "MED"),
    ("إذاعة", "MED"), ("وكالة", "MED"), ("نادي", ""), ("حزب", "PTY"), ("جمعية", "NGO"),
    ("منظمة", "NGO"), ("مستشفى", "HLH"))}
# the head of a party's name: «وحزب النور» inside a list after أحزاب (`_named_party_after`)
_PARTY = fold("حزب")
# Heads that ANERcorp-style annotation leaves outside the name (صحيفة [الحياة], شركة [فورد]).
NAME_ONLY_ORG_HEADS = frozenset(fold(w) for w in (
    "شركة", "صحيفة", "جريدة", "مجلة", "قناة", "فضائية", "إذاعة", "وكالة", "نادي"))
# Nouns that name an organisation only with its name in quotation marks after them (مؤسسة
# «فيتش»، حركة «أنصار الشريعة»): without quotes they are too often common nouns.
QUOTED_ORG_HEADS = {fold(w): role for w, role in (
    ("مؤسسة", ""), ("هيئة", ""), ("حركة", ""), ("جماعة", ""), ("اتحاد", ""), ("مركز", ""),
    ("شبكة", "MED"), ("موقع", "MED"), ("مكتب", ""), ("منتدى", ""), ("فندق", "BUS"),
    ("متاجر", "BUS"), ("مطعم", "BUS"), ("دار", ""))}
# Opening quotation marks and the marks that close them.
QUOTE_PAIRS = {"«": "»", '"': '"', "“": "”", "'": "'", "‘": "’", "„": "”"}

ORG_TAILS = frozenset(fold(w) for w in ("المركزي", "المركزية"))
ARTICLE_ORG_HEADS = frozenset(fold(w) for w in (
    "نادي", "صحيفة", "جريدة", "مجلة", "حزب", "جامعة", "أكاديمية"))
# Heads of schools and institutes named by a definite common noun and its adjectives, coordinated
# nouns too (كلية الطب، كلية الآداب والعلوم الإنسانية، معهد الدراسات المتقدمة), and the heads whose
# one-word definite name takes the feminine adjectives after it (جامعة الحدود الشمالية).
COMPLEMENT_ORG_HEADS = frozenset(fold(w) for w in ("كلية", "معهد"))
ADJECTIVE_ORG_HEADS = frozenset(fold(w) for w in ("جامعة", "أكاديمية"))
NOT_PLACE_ORG = frozenset(fold(w) for w in ("قناة", "حزب", "جمعية", "منظمة", "وكالة"))

# Organisations whose bare name is also a common noun with the article (القاعدة: the base, the
# rule; الجزيرة: the island, the peninsula): the noun when a feminine definite adjective follows
# (القاعدة الجوية، الجزيرة الشمالية) unless it is one said of the organisation, after a noun of
# which it is the complement as a thing (شبه الجزيرة، شمال الجزيرة), or after a preposition in an
# article that speaks of the noun without the article; the value is the pattern of that noun.
COMMON_NOUN_ORGS = {fold("القاعدة"): r"(?:قاعدة|قواعد|القواعد)",
                    fold("الجزيرة"): r"(?:جزيرة|جزر|الجزر)"}
ORG_ADJECTIVES = frozenset(fold(w) for w in (
    "الإرهابية", "الارهابية", "المتطرفة", "المتشددة", "الجهادية", "الأم", "المركزية", "السلفية",
    "الإسلامية", "الإخبارية", "الرياضية", "الفضائية", "القطرية", "الوثائقية", "الإنجليزية",
    "الانجليزية", "الأخيرة", "المقبلة", "الماضية", "الموقرة", "الغراء"))
# Nouns before a place's common noun (شبه الجزيرة the peninsula, أطراف الجزيرة its edges), read
# with grammar.json's compass_words.
COMMON_NOUN_PLACE_HEADS = frozenset(fold(w) for w in (
    "شبه", "لشبه", "بشبه", "وشبه", "أطراف", "بأطراف", "سواحل", "ساحل", "أنحاء"))
BASE_PREPOSITIONS = frozenset(fold(w) for w in (
    "في", "من", "إلى", "الى", "داخل", "قرب", "عن", "على", "حول", "وفي", "ومن", "وإلى"))

# Heads of NAMED_THINGS that name an institution, an organisation, with the role they give
# ("" for the complement's: INSTITUTION_TOPICS), folded; COMPLEMENT_HEADS need a complement.
INSTITUTION_HEADS = {fold(w): role for w, role in (
    ("مركز", ""), ("مؤسسة", ""), ("جمعية", "NGO"), ("صندوق", ""), ("مستشفى", "HLH"),
    ("مستشفي", "HLH"), ("جامعة", "EDU"), ("كلية", "EDU"), ("معهد", "EDU"), ("مدينة", ""))}
COMPLEMENT_HEADS = frozenset(fold(w) for w in ("مركز", "مدينة"))
# The adjectives that make مدينة/مركز + a person an institution (مدينة الملك فهد الطبية).
INSTITUTION_CITY_ADJECTIVES = frozenset(fold(w) for w in ("الطبي", "الجامعي", "الثقافي", "الخيري"))

# Folded stems of a complement and the role they give (للإغاثة: NGO; الطبية: HLH).
INSTITUTION_TOPICS = tuple((fold(w), role) for w, role in (
    ("إغاث", "NGO"), ("انسان", "NGO"), ("إنسان", "NGO"), ("خيري", "NGO"), ("طب", "HLH"),
    ("صح", "HLH"), ("علوم", "EDU"), ("بحوث", "EDU"), ("أبحاث", "EDU"), ("دراسات", "EDU"),
    ("تعليم", "EDU")))

# Bodies named with the country after في (وزارة الخارجية في البحرين): roles of a state's own
# institutions, not its posts abroad (السفارة في البحرين is another country's).
LOCATED_BODY_ROLES = frozenset({"GOV", "LEG", "JUD", "COP"})
POSTS_ABROAD = frozenset({"embassy", "consulate", "delegation", "White House", "Kremlin"})

AGENT_KINDS = frozenset({"title", "body", "group"})
ARMED_ROLES = frozenset({"MIL", "COP", "REB", "UAF", "SPY", "CRM", "INS"})
# groups that are no state: a body they hold (شرطة حماس) is not the dateline's state's
NONSTATE_ROLES = frozenset({"REB", "UAF", "INS"})
# bodies that take a country only from the same body named with it before (not the dateline's)
NAMED_BODY_ROLES = frozenset({"MIL", "SPY"})
GROUP_BODY_REACH = 1  # words from such a group to a body after لـ it set up (أنشأ داعش جهازاً للشرطة)


class BodyRules:
    """The actor composer's rules on bodies and organisations."""

    def _institution_of_person(self, mm: Mention, head: str, o_start: int) -> Mention | None:
        """The organisation named by institution noun `head` (folded, the word before original
        offset `o_start`) and person mention mm, with its complement: an adjective of
        institutions (الخيرية، التخصصي، الإسلامية) or a لـ-phrase with its definite words
        (للإغاثة والأعمال الإنسانية). مركز and مدينة need the complement (مدينة الملك عبد الله
        alone is a town); the other heads do not (جامعة الملك سعود). Its code is the person's
        country with the head's role, else the complement's (INSTITUTION_TOPICS), else the
        country alone; its name is its text. None when head is no institution (مطار، كأس)."""
        if head not in INSTITUTION_HEADS:
            return None
        toks = self.doc.tokens
        k = bisect.bisect_left(self.tok_starts, o_start) - 1
        head_tok = toks[k]
        end, complement = mm.end, []
        if mm.kind == "title" and mm.name is None:
            # جامعة الأمير سلطان: the title's name is a word the dictionary holds as a title
            name = self._unknown_name(mm.end, allow_comma=False)
            if name is None:
                return None
            end = name[1]
        else:
            last = fold(self.text[mm.start:mm.end].split()[-1])
            adjectives = grammar_words().institution_adjectives
            if last in adjectives or last[:-1] in adjectives:
                complement.append(last)  # خالد الخيرية read as a name: the complement
        j = bisect.bisect_left(self.tok_starts, self.ms.to_original(end - 1, end)[1])
        if j < len(toks) and toks[j].kind == "word" and self._adjacent(j):
            f = fold(toks[j].text)
            if f.startswith("لل") and len(f) >= 5 and f not in self.stopwords:
                # للإغاثة والأعمال الإنسانية: the لـ-word and up to three words after it
                complement.append(f)
                j += 1
                while len(complement) < 4 and j < len(toks) and toks[j].kind == "word" \
                        and self._adjacent(j):
                    g = fold(toks[j].text)
                    # a coordinated noun or an adjective (والأعمال، الإنسانية), not the verb's
                    # definite object (وزع مركز … للإغاثة [المساعدات])
                    if not (g.startswith("وال") or (g.startswith("ال")
                                                     and g.endswith(("ي", "يه")))) \
                            or len(g) < 5 or g in self.stopwords \
                            or g in grammar_words().name_time_words:
                        break
                    complement.append(g)
                    j += 1
            elif (f in grammar_words().institution_adjectives
                  or f[:-1] in grammar_words().institution_adjectives) and (
                    head not in COMPLEMENT_HEADS or f[:-1] in INSTITUTION_CITY_ADJECTIVES):
                # (مدينة الملك فهد الطبية is a hospital; مدينة … الرياضية، الاقتصادية are places)
                complement.append(f)
                j += 1
        if not complement and head in COMPLEMENT_HEADS:
            return None
        if complement and j > 0 and self._token_end(toks[j - 1]) > end:
            end = self._token_end(toks[j - 1])
        role = INSTITUTION_HEADS[head] or next(
            (r for stem, r in INSTITUTION_TOPICS if any(stem in w for w in complement)), "")
        start = self._head_start(head_tok, head)
        prefix = self.text[self.ms.from_original(head_tok.start):start]
        text = self.doc.text[slice(*self.ms.to_original(start, end))]
        country = mm.country
        code = _country_role_code(self.gaz.country_code(country), role or None) \
            if country else role or None
        return Mention(start, end, "ORG", text, code, country, role or None, "name",
                       f"org:{fold(text)}", prefix, kind="org", name=(start, end),
                       person_like=True)

    def _org_name_mentions(self) -> None:
        """An organisation named after a noun in construct (ORG_HEADS): شركة موتورولا، جامعة
        أوكسفورد، نادي الزمالك، صحيفة الحياة, or after a place (جامعة القاهرة، فريق برشلونة,
        whose place mention it replaces). The name is the part after the noun; the code is the
        noun's role, with the place's country when there is one."""
        toks = self.doc.tokens
        taken = self._taken()
        starts = {mt.start: mt for mt in self.out}
        replaced: list[tuple[int, int]] = []
        added: list[Mention] = []
        for ti in self._cand["org"]:
            t = toks[ti]
            role = ORG_HEADS.get(t.norm)
            if ti + 1 >= len(toks) or _has_article_before(t.text, t.norm) \
                    or not self._adjacent(ti + 1) \
                    or any(g.kind == "enclitic" for g in t.segments):
                continue  # (إدارة ناديها الحثيثة: a noun with its pronoun heads no name)
            head = self.ms.from_original(self._stem_start(t))
            nxt = toks[ti + 1]
            quoted = self._quoted_org(ti + 1) if nxt.text in QUOTE_PAIRS else None
            if quoted is not None:
                # صحيفة «المستقبل»، شركة «أمريكان إكسبريس»، جمعية «كاريكاتير إيران»: the quoted
                # words are the name, whatever dictionary places they hold
                a, e, text = quoted
                role = role if role is not None else QUOTED_ORG_HEADS[t.norm]
                if any(mt.start < e and a < mt.end and mt.type not in ("GPE", "LOC")
                       and mt.kind != "group" for mt in self.out):
                    continue  # «بي بي سي»: a known organisation (or a person) keeps its entry
                replaced.append((head, e))
                prefix = self.text[self.ms.from_original(t.start):head]
                known = self.gaz.org_of_key(fold(f"{t.norm} {text}"))
                if known is not None:
                    # حركة «الشباب»: a known organisation's name with its name quoted
                    added.append(Mention(head, e, "ORG", known.canonical, known.code,
                                         known.country, known.role, "lexicon", known.id, prefix,
                                         kind="org", name=(a, e), person_like=True))
                    taken[head:e] = b"\x01" * (e - head)
                    continue
                translit = self.romanize(text)
                added.append(Mention(head, e, "ORG", translit or text, role or None, None,
                                     role or None, "name", f"org:{fold(text)}", prefix,
                                     kind="org", translit=translit, name=(a, e),
                                     person_like=True))
                taken[head:e] = b"\x01" * (e - head)
                continue
            if role is None:
                continue  # مؤسسة، حركة … without quotes: a common noun as often as a name
            place = starts.get(self.ms.from_original(nxt.start))
            if place is not None:
                if place.kind not in ("city", "country") or place.prefix or t.norm in NOT_PLACE_ORG:
                    continue
                a, e, country, text = place.start, place.end, place.country, \
                    self.text[place.start:place.end]
            else:
                got = self._org_words(ti + 1, t.norm in ARTICLE_ORG_HEADS, taken)
                if got is None and t.norm in COMPLEMENT_ORG_HEADS:
                    got = self._definite_complement(ti + 1, taken, coordinated=True)
                if got is None:
                    continue
                if t.norm in ADJECTIVE_ORG_HEADS and self.text[got[0]:got[0] + 2] == "ال":
                    got = self._definite_complement(ti + 1, taken) or got
                a, e, text, country = *got, None
            if t.norm not in NAME_ONLY_ORG_HEADS:
                # جامعة كامبريدج، حزب الاستقلال، بنك إنجلترا المركزي: the noun is part of the name,
                # and so is a following المركزي or لل-complement (معهد … للتكنولوجيا)
                e = self._org_tail(ti + 1, e)
                a = head
                text = self.doc.text[slice(*self.ms.to_original(head, e))]
            club = place is not None and t.norm in _club_heads()
            if club:
                kind = self._club_kind(ti + 1, e)
                if kind is None:
                    role = "BUS"  # (a sports club: a company of the city's country, as the
                    # dictionary's clubs are, Zamalek SC EGYBUS; a literary club, نادي جدة
                    # الأدبي, keeps the country's code alone)
                elif kind > 0:
                    role, e = "NGO", kind  # نادي دبي للصحافة: the profession's association
            code = _country_role_code(self.gaz.country_code(country), role or None) \
                if country else role or None
            translit = self.romanize(text, country) if place is None else None
            canonical = place.canonical if place is not None else translit or text
            if club:
                canonical = f"{canonical} club"  # نادي الرياض: the club, not the city
            replaced.append((head, e))
            prefix = self.text[self.ms.from_original(t.start):head]
            added.append(Mention(head, e, "ORG", canonical, code, country, role or None, "name",
                                 f"org:{fold(text)}", prefix,
                                 kind="org", translit=translit, name=(a, e), person_like=True))
            taken[head:e] = b"\x01" * (e - head)
        if added:
            self.out = [mt for mt in self.out
                        if not any(h <= mt.start and mt.end <= e for h, e in replaced)] + added
            self.out.sort(key=lambda mt: mt.start)

    def _club_kind(self, ti: int, end: int) -> int | None:
        """What a club named by its place (from token `ti`, the name ending at `end` of the
        matching text) is when it is no sports club: the matching end of the word after the
        name when that word is لل + a profession (words.json `club_professions`: نادي دبي
        للصحافة, an association of journalists); 0 when that word is an adjective of
        `club_kinds` (نادي جدة الأدبي) or, with no sports word in the sentence but the club
        heads (نادي، النادي), the sentence holds a word of `club_literary_cues` (رئيس نادي
        الباحة … الإصدارات، أمسية، الشاعر: a literary club named with no adjective); None for
        a sports club."""
        toks = self.doc.tokens
        stop = self.ms.to_original(end, end)[0]
        for k in range(ti, min(ti + 6, len(toks))):  # (a name of a few words at most)
            if toks[k].start >= stop:
                f = fold(toks[k].text)
                if f in _club_kinds():
                    return 0
                if f.startswith("لل") and toks[k].norm in _club_professions():
                    return self.ms.end_from_original(toks[k].end)
                break
        cues = _club_literary_cues()
        if self._sentence_with(end - 1, cues, self._literary, clitics=True) and not (
                self.name_cues is not None and self._sentence_with(
                    end - 1, self.name_cues.sports - _club_heads() - _THE_CLUB, self._sports_no_club)):
            return 0
        return None

    def _association_mentions(self) -> None:
        """An association named by a head noun and a definite name with its adjectives (words.json
        `association_heads`: جمعية البر، جمعية البر الخيرية) or, for a head that as often names
        a committee of the state (`civil_body_heads`: لجنة التحقيق), by a definite name ending in
        a civil adjective (`civil_adjectives`: لجنة التنمية الأهلية): one mention, NGO, of no
        country. Not a head with the article (الجمعية العامة) or a pronoun, nor a name that a
        dictionary match or a mention holds (جمعية الهلال الأحمر keeps its entry): the name
        stops before it, and the head alone names nothing."""
        heads = self.association_heads | self.civil_body_heads
        if not heads:
            return
        toks = self.doc.tokens
        taken = self._taken()
        added: list[Mention] = []
        for ti in range(len(toks) - 1):
            t = toks[ti]
            if t.norm not in heads or t.kind != "word" or _has_article_before(t.text, t.norm) \
                    or not self._adjacent(ti + 1) \
                    or any(g.kind == "enclitic" for g in t.segments):
                continue
            head = self.ms.from_original(self._stem_start(t))
            if taken[head]:
                continue
            got = self._definite_complement(ti + 1, taken, coordinated=True,
                                            joined_end=t.norm in self.association_heads)
            if got is None:
                continue
            a, e, name = got  # (جمعية الثقافة والفنون: nouns joined by و too)
            if t.norm not in self.association_heads and \
                    fold(name.split()[-1]) not in self.civil_adjectives:
                continue  # لجنة التحقيق، لجنة الانتخابات: a committee of the state as often
            text = self.doc.text[slice(*self.ms.to_original(head, e))]
            translit = self.romanize(text)
            prefix = self.text[self.ms.from_original(t.start):head]
            added.append(Mention(head, e, "ORG", translit or text, "NGO", None, "NGO", "name",
                                 f"org:{fold(text)}", prefix, kind="org", translit=translit,
                                 name=(head, e), person_like=True))
            taken[head:e] = b"\x01" * (e - head)
        if added:
            self.out = sorted(self.out + added, key=lambda mt: mt.start)

    def _bodies_of_sure_country(self) -> None:
        """A body of the state named with no country (وزارة الداخلية، البرلمان، الشرطة: agents.json
        kind `body`, a role of LOCATED_BODY_ROLES; not a post abroad) takes a country the text
        makes sure: the same body named with its country before it in the article, all such
        mentions of one country (وزارة الداخلية الكويتية … وقالت وزارة الداخلية; not one named
        only after it, الحكومة السودانية in a story of South Sudan's government); else the
        country of the dateline's place when the dateline or the body's paragraph names it again
        (an agency of that country, الكويت (كونا); a place or a nisba of it) and the paragraph
        names no other country (a hub's story of elsewhere, لندن: … في صنعاء, names one; a
        foreign agency, القاهرة (رويترز), is no second naming). An army or a service of
        intelligence (NAMED_BODY_ROLES: الجيش، المخابرات) takes only the country it was named
        with before (قصف الجيش اليمني … وقال الجيش), never the dateline's: a dateline's army is
        often a foreign one in these stories; not one named by a bare noun of forces
        (`_forces_word`: القوات may be anyone's). Not a body a definite adjective scopes
        (`_scoped_by_adjective`: الحكومات الأوروبية), nor one a group that is no state holds
        (`_held_by_groups`: شرطة حماس)."""
        bare = [k for k, mt in enumerate(self.out) if mt.kind == "body" and mt.country is None
                and (mt.role in LOCATED_BODY_ROLES or (
                    mt.role in NAMED_BODY_ROLES and not self._forces_word(mt)))
                and mt.how == "title"
                and mt.canonical not in POSTS_ABROAD and not self._scoped_by_adjective(mt)]
        if not bare:
            return
        # body key -> the countries it is named with before each bare mention
        before: dict[int, set[str]] = {}
        named: dict[str, set[str]] = {}
        for k, mt in enumerate(self.out):
            if mt.kind != "body" or mt.actor_id.count(":") < 2:
                continue
            key = mt.actor_id.split(":", 2)[2]
            if mt.country:
                named.setdefault(key, set()).add(mt.country)
            else:
                before[k] = set(named.get(key, ()))
        held = self._held_by_groups()
        bare = [k for k in bare if self.out[k].actor_id.split(":", 2)[-1] not in held]
        if not bare:
            return
        doc = self.doc
        lines = [(x.start, x.end) for x in doc.sentences if x.kind == "dateline"]
        at = [self.ms.to_original(mt.start, mt.end)[0] for mt in self.out]
        paragraph = [doc.sentences[si].paragraph if (si := doc.sentence_at(o)) is not None
                     and si >= 0 else None for o in at]
        in_line = [any(a <= o < b for a, b in lines) for o in at]
        home = {mt.country for mt, line in zip(self.out, in_line)
                if line and mt.country and mt.kind in ("city", "country")}
        home = next(iter(home)) if len(home) == 1 else None
        for k in bare:
            mt = self.out[k]
            countries = before.get(k, set())
            country = next(iter(countries)) if len(countries) == 1 else None
            if country is None and home is not None and not countries and \
                    mt.role in LOCATED_BODY_ROLES:  # (not an army: often a foreign one)
                para = [x for x, p, line in zip(self.out, paragraph, in_line)
                        if p is not None and p == paragraph[k] and not line and x.country]
                again = any(x.country == home and x.kind not in ("city", "country")
                            for x, line in zip(self.out, in_line) if line) or \
                    any(x.country == home for x in para)
                if again and all(x.country == home for x in para):
                    country = home
            if country is not None and mt.role == "MIL" and countries and \
                    self._other_army_before(mt.start, country):
                country = None  # (جيش نابليون … الجيش النمساوي … الجيش: either army)
            if country is None:
                continue
            code = _country_role_code(self.gaz.country_code(country), mt.role)
            self.out[k] = replace(mt, code=code, country=country,
                                  canonical=f"{self.gaz.country_name(country)} {mt.canonical}",
                                  actor_id=f"{mt.kind}:{code}:{mt.canonical}")

    def _other_army_before(self, end: int, country: str) -> bool:
        """The article names, before `end` (in the matching text), an army by the noun جيش in
        construct with a person's name (جيش نابليون، وجيش صلاح الدين; grammar.json
        `army_nouns`), outside any actor that has a country, and that person is of no country
        or of another than `country`: another army than the one named with that country, as in
        stories of history (جيش بشار الأسد in a story of the Syrian army is that army)."""
        return any(person < end and owner != country
                   for person, owner in self._armies_of_people())

    def _armies_of_people(self) -> list[tuple[int, str | None]]:
        """(start of the person's mention, the person's country) of each army the article names
        by جيش + a person (see `_other_army_before`): found once per document, at the first
        bare army that asks (the mentions as they stand then)."""
        if self._person_armies is None:
            spans = [(x.start, x.end) for x in self.out if x.country]
            people = {x.start: x.country for x in self.out if x.type == "PERSON"}
            # (its genitive a person's name: not a named group, جيش الفتح، جيش الاحتلال, which
            # the bare army of a story of Lebanon or Israel is not; nor an adjective, جيش خليجي)
            self._person_armies = [
                (m.end(), people[m.end()])
                for m in _army_noun_then_word().finditer(self.text)
                if m.end() in people and not any(a <= m.start() < b for a, b in spans)]
        return self._person_armies

    def _forces_word(self, mt: Mention) -> bool:
        """The body is named by a bare noun of forces (قوات، القوات، لقوات: patrons.FORCES_NOUNS),
        which may be anyone's forces (قوات المقاومة، تلك القوات), not one army."""
        words = self.text[mt.start:mt.end]
        return " " not in words and (words in FORCES_NOUNS or words[2:] in FORCES_NOUNS or
                                     words[1:] in FORCES_NOUNS)

    def _held_by_groups(self) -> set[str]:
        """The keys of the bodies of the state the article shows held by a group that is no
        state (a role of NONSTATE_ROLES: شرطة حماس، أنشأ تنظيم داعش جهازاً للشرطة): the body's
        word right before the group, or the body after لـ at most GROUP_BODY_REACH words after
        a named group (REB, INS; not gunmen, UAF: مسلحون فتحوا النار على مركز للشرطة) in its
        sentence. The dateline's country is not theirs, nor sure for the same body
        named again (وقالت الشرطة)."""
        groups = [g for g in self.out if g.role in NONSTATE_ROLES]
        if not groups:
            return set()
        held: set[str] = set()
        for mt in self.out:
            if mt.kind != "body" or mt.role not in LOCATED_BODY_ROLES or \
                    mt.actor_id.count(":") < 2:
                continue
            key = mt.actor_id.split(":", 2)[2]
            words = self.text[mt.start:mt.end]  # (the matching text: folded)
            after_li = mt.prefix.startswith("ل") or words.startswith("لل")
            stem = words[2:] if words.startswith(("ال", "لل")) else words
            for g in groups:
                # (شرطة حماس: the body's bare word right before the group)
                before = self.text[max(0, g.start - len(stem) - 1):g.start]
                gap = self.text[g.end:mt.start]
                if (" " not in stem and before == stem + " ") or \
                        (after_li and g.end <= mt.start and
                         len(gap.split()) <= GROUP_BODY_REACH and g.role != "UAF" and
                         not any(c in gap for c in ".،؛:!?؟\n")):
                    held.add(key)
        return held

    def _scoped_by_adjective(self, mt: Mention) -> bool:
        """A definite adjective in ي or ة right after the body (الحكومات الأوروبية، الحكومات
        العربية، الشرطة الفيدرالية، السلطات العامة على جانبي النفق) scopes it: it may be no one
        country's, or another's."""
        nxt = self.text[mt.end:mt.end + 30].split(" ", 2)
        word = nxt[1].rstrip(".,،؛:!?؟»)\"") if len(nxt) > 1 and nxt[0] == "" else ""
        return word.startswith("ال") and word.endswith(("ي", "ه"))

    def _crowds_of_organisations(self) -> None:
        """A crowd noun (agents.json `crowd`), من and an organisation is one mention, the
        organisation's crowd, with its code: محتجون من حزب النهضة (a known party's), and for an
        unknown one named after a movement's head (words.json `movement_heads`) PTY, as the
        coders code متظاهرون من حركة «…»; not an armed organisation, which the crowd is kept
        from. Groups and bodies after من are read in `_body` (`_group_of_crowd`)."""
        out = self.out
        for k in range(len(out) - 1, 0, -1):
            crowd, org = out[k - 1], out[k]
            if org.kind != "org" or org.role in ARMED_ROLES \
                    or crowd.actor_id not in self.gaz.crowd_ids \
                    or self.text[crowd.end:org.start] != " من ":
                continue
            code, role = org.code, org.role
            if role is None:
                if self.text[org.start:org.end].split(" ")[0] not in self.movement_heads:
                    continue
                code = role = "PTY"
            out[k - 1:k + 1] = [replace(org, start=crowd.start, prefix=crowd.prefix, code=code,
                                        role=role)]

    def _quoted_org(self, k: int) -> tuple[int, int, str] | None:
        """(start, end, text) of one to six words in quotation marks from the opening mark at
        token k (shapes like «إتش.إس.بي.سي» and Latin names included), on one line; None when
        the marks do not close there or hold no word."""
        toks = self.doc.tokens
        close = QUOTE_PAIRS[toks[k].text]
        j = k + 1
        while j < len(toks) and j - k <= 7:
            tj = toks[j]
            if "\n" in self.doc.text[toks[j - 1].end:tj.start]:
                return None
            if tj.text == close or (close == "”" and tj.text == '"'):
                break
            if tj.kind not in ("word", "latin") and tj.text not in ".-&":
                return None
            j += 1
        else:
            return None
        if j == k + 1 or j - k > 7 or toks[k + 1].kind not in ("word", "latin") \
                or toks[j - 1].kind not in ("word", "latin"):
            return None
        first, last = toks[k + 1], toks[j - 1]
        if fold(first.text) in self.stopwords:
            return None
        a, e = self.ms.from_original(first.start), self._token_end(last)
        return a, e, self.doc.text[first.start:last.end]

    def _org_tail(self, k: int, e: int) -> int:
        """The end of an institution's name that ends at matching offset `e` (its last token
        at or after token k), extended over one following المركزي/المركزية or one لل-word."""
        toks = self.doc.tokens
        j = k
        while j < len(toks) and self._token_end(toks[j]) < e:
            j += 1
        j += 1
        if j < len(toks) and self._adjacent(j) and toks[j].kind == "word":
            f = fold(toks[j].text)
            if f in ORG_TAILS or (f.startswith("لل") and len(f) >= 6 and f not in self.stopwords):
                return self._token_end(toks[j])
        return e

    def _org_words(self, k: int, article_ok: bool, taken: bytearray
                   ) -> tuple[int, int, str] | None:
        """The unknown name of an organisation from token k: up to three name-like words
        (كونكو فيليبس), or one word with the article after a newspaper or club (الحياة،
        الزمالك); not a common adjective (شركة محلية، فريق طبي)."""
        toks = self.doc.tokens
        words = []
        while k < len(toks) and len(words) < 3 and toks[k].kind == "word" and \
                (not words or self._adjacent(k)):
            tk = toks[k]
            f = fold(tk.text)
            if taken[self.ms.from_original(tk.start)] or f in self.stopwords:
                break
            if f.startswith("ال"):
                if not words and article_ok and len(f) >= 5 \
                        and f not in grammar_words().name_ordinals \
                        and f[2:] not in self.stopwords:
                    words.append(tk)
                break
            if not words and f[0] in "وف":
                break  # شركة وظلت: the conjunction opens a new clause, not a name
            if not self._name_word(f, first=not words) or tk.segments:
                break
            words.append(tk)
            k += 1
        while words and _not_a_name_part(words[-1]):
            words.pop()
        if not words:
            return None
        first, last = fold(words[0].text), fold(words[-1].text)
        if not first.startswith("ال") and (first.endswith(("ه", "ي", "ات")) or _masdar(first)):
            return None  # شركة محلية، فريق طبي، مجموعة صفقات، شركة إنتاج
        if len(words) == 1 and len(last) < 3:
            return None
        a = self.ms.from_original(words[0].start)
        return a, self._token_end(words[-1]), self.doc.text[words[0].start:words[-1].end]

    def _definite_complement(self, k: int, taken: bytearray, coordinated: bool = False,
                             joined_end: bool = False) -> tuple[int, int, str] | None:
        """(start, end, text) of a definite common noun from token k and the definite
        adjectives after it (الحدود الشمالية، الدراسات المتقدمة، الطب البيطري), with nouns joined
        by و when `coordinated` (الآداب والعلوم الإنسانية): up to four words outside every match
        and mention, a later word ending in ي or ة unless it is a coordinated noun. A noun joined
        last ends the name only if it names a field of study, or with `joined_end` (an
        association's name: جمعية البر والإحسان، جمعية الثقافة والفنون) unless it is a participle
        that no plural of its kind comes before (`_joined_participle`: جمعية النحالين [والمشرف]،
        جمعية الثقافة والفنون [والمهتمين]). None when token k is no such noun."""
        toks = self.doc.tokens
        gw = grammar_words()
        words: list = []
        while k < len(toks) and len(words) < 4 and toks[k].kind == "word" \
                and (not words or self._adjacent(k)):
            tk = toks[k]
            f = fold(tk.text)
            joined = bool(words) and coordinated and f.startswith("وال")
            stem = f[1:] if joined else f
            if taken[self.ms.from_original(tk.start)] or not stem.startswith("ال") \
                    or len(stem) < 4 or stem in self.stopwords \
                    or stem in gw.name_ordinals or stem in gw.name_time_words \
                    or stem in gw.name_epithets \
                    or (words and not joined and not _plural_nisba_after(words[-1].text, tk.text)
                        and (not tk.text.endswith(("ي", "ة"))
                             or len(stem) == 7 and stem[3] == "ا")):
                break  # (المبنى in ى folds like an adjective in ي; التابعة، الواقعة: a participle)
            words.append(tk)
            k += 1
        while words and fold(words[-1].text).startswith("وال") and (
                not (joined_end or _field_of_study(fold(words[-1].text)[3:])) or
                (joined_end and _joined_participle(words))):
            words.pop()  # كلية الطب [والمستشفى]: a coordinated noun ends no name
        if not words:
            return None
        a = self.ms.from_original(words[0].start)
        return a, self._token_end(words[-1]), self.doc.text[words[0].start:words[-1].end]

    # -- bodies --------------------------------------------------------------------------------
    def _attributive(self, i: int) -> bool:
        """An agent word used as an adjective (see _attributive_word), or a definite agent word
        right after one (خطابهم الإعلامي المتشدد: both adjectives of the discourse)."""
        m = self.m[i]
        if (m.word_start - 1 in self._adjective_ends
                and self.text[m.word_start - 1] == " " and m.prefix == "ال") \
                or self._attributive_word(i):
            self._adjective_ends.add(m.end)
            return True
        return False

    def _attributive_word(self, i: int) -> bool:
        """An agent word that is here an adjective of the definite noun (or name) before it:
        السياسة الخارجية، الهجوم الانتحاري، تنظيم داعش الإرهابي، المؤتمر الصحافي."""
        m = self.m[i]
        word = self.text[m.word_start:m.end]
        if " " in word or not word.startswith("ال") \
                or not word.endswith(("ي", "يه", "يين", "يون", "يات")):
            return False
        o_start = self.ms.to_original(m.word_start, m.end)[0]
        prev = self._prev_words(o_start, 1)
        # a plural of persons (الصحفيين، الإعلاميون) agrees only with a plural of persons: after
        # a feminine or a thing's plural (السلطات التركية الصحفيين) or a body (الشرطة، الجيش) it
        # is the verb's object, no adjective
        plural_of_persons = word.endswith(("يين", "يون"))
        if self.out and self.text[self.out[-1].end:m.word_start].lstrip("»\"”") == " ":
            # right after another mention: داعش الإرهابي; a plural of persons qualifies the
            # mention's head noun or its last (تنظيم القاعدة الإرهابيين: the two organisations;
            # عائلات الضحايا المدنيين: the victims), never a body (الشرطة، الجيش، قوات الأمن)
            last = self.out[-1]
            words = self.text[last.start:last.end].split(" ")
            return not (plural_of_persons and (last.kind == "body" or all(
                _no_head_of_persons(w, definite=False) for w in (words[0], words[-1]))))
        if not prev or prev[0] in self.stopwords:
            return False
        if plural_of_persons and _no_head_of_persons(prev[0]):
            return False
        if prev[0].startswith("ال") or (prev[0][:1] in "وف" and prev[0][1:].startswith("ال")
                                        and prev[0][1:] not in self.stopwords):
            return True  # (والحدود البحرية: the noun joined by و takes its adjective too)
        core = prev[0][1:] if prev[0][:1] in "وف" and len(prev[0]) > 5 else prev[0]
        if len(core) > 5 and ((core[:1] in "بك" and core[1:].startswith("ال"))
                              or core.startswith("لل")):
            return True  # a definite noun after a preposition: بالتهديدات الخارجية
        # a singular nisba after a noun with a pronoun suffix (خطابهم الإعلامي، شؤونهم الداخلية),
        # not after a verb with its object (تفرضها الميليشيات، أسسها الدبلوماسي الفرنسي)
        k = bisect.bisect_left(self.tok_starts, o_start) - 1
        before = self.doc.tokens[k].text if k >= 0 else ""
        suffix = next((x for x in ("هما", "هم", "ها", "كم", "هن") if before.endswith(x)), "")
        if not suffix and before.endswith("ته"):
            suffix = "ه"  # قيادته: ة + his, written ت
        stem = prev[0][:len(prev[0]) - len(suffix)]
        if suffix and stem.endswith("ت") and not stem.endswith("ات") \
                and _feminine_noun_stem(stem[:-1]):
            return word.endswith(("ي", "يه"))  # عقيدتها البحرية، سياستها الخارجية
        # (a noun's stem: four letters or more, not ending like a perfect verb with its object,
        # أسسها، شكلتها، تبناها، قتلوهم, nor shaped like an imperfect, تفرضها)
        return bool(suffix) and len(stem) >= 4 and word.endswith(("ي", "يه")) \
            and not (stem.endswith("ت") and not stem.endswith("ات")) \
            and not stem.endswith(("ا", "و")) and not (stem[0] in "يتن" and len(stem) <= 5)

    def _common_noun_org(self, i: int) -> bool:
        """A bare organisation name that is here its common noun (COMMON_NOUN_ORGS): القاعدة
        before a feminine definite adjective (القاعدة الجوية، القاعدة الشعبية; not القاعدة
        الإرهابية), الجزيرة after شبه or a compass word (شمال الجزيرة), or either after a
        preposition (في القاعدة، إلى الجزيرة) in an article that speaks of a base or an island
        (قاعدة عسكرية، جزيرة) and never names the organisation by a longer form (تنظيم القاعدة،
        قناة الجزيرة)."""
        m = self.m[i]
        noun = COMMON_NOUN_ORGS.get(fold(self.text[m.word_start:m.end]))
        if noun is None:
            return False
        o_start, o_end = self.ms.to_original(m.word_start, m.end)
        toks = self.doc.tokens
        k = bisect.bisect_left(self.tok_starts, o_end)
        if k < len(toks) and toks[k].kind == "word" and self.doc.text[o_end:toks[k].start] == " ":
            nxt = toks[k].text
            if nxt.startswith("ال") and nxt.endswith("ة") and len(nxt) > 4 \
                    and fold(nxt) not in ORG_ADJECTIVES:
                return True
        prev = self._prev_words(o_start, 1)
        if not m.prefix and prev and (prev[0] in COMMON_NOUN_PLACE_HEADS
                                      or prev[0] in grammar_words().compass_words):
            return True
        after_preposition = (m.prefix and m.prefix[-1] in "بل") \
            or (bool(prev) and prev[0] in BASE_PREPOSITIONS)
        if not after_preposition:
            return False
        e = self.entry(i)
        if any(self.entry(x) is e and " " in self.text[mm.word_start:mm.end]
               for x, mm in enumerate(self.m)):
            return False  # تنظيم القاعدة in the same article: the organisation
        bare = self.doc.text[o_start:o_end]
        return regex.search(r"(?<![\p{L}])" + noun + " ", self.doc.text) is not None \
            or regex.search(r"(?<![\p{L}])(?:[وبلف]*)" + bare + r" ال\p{L}{3,}ة(?!\p{L})",
                            self.doc.text) is not None

    def _coordinated_with_a_thing(self, i: int) -> bool:
        """و + a body after a definite word that is no actor: an abstract noun in a list
        (الاستقرار والأمن، التكاتف الجيد للغاية والمقاومة), not the security forces."""
        m = self.m[i]
        if not m.prefix.startswith("و") or " " in self.text[m.start:m.end]:
            return False
        if self.out and self.text[self.out[-1].end:m.word_start].strip(" ،") == "":
            return False  # joined to an actor: الحكومة والجيش
        o_start = self.ms.to_original(m.word_start, m.end)[0]
        prev = self._prev_words(o_start, 1)
        return bool(prev) and prev[0].startswith(("ال", "لل")) and prev[0] not in self.stopwords

    def _concept(self, i: int) -> bool:
        """A one-word security body followed by a word that makes it a concept (الأمن القومي،
        الأمن الغذائي، الأمن والاستقرار): security, not the security forces."""
        m, body = self.m[i], self.entry(i)
        if body.role != "COP" or " " in self.text[m.start:m.end] or not self.concepts:
            return False
        o_end = self.ms.to_original(m.word_start, m.end)[1]
        k = bisect.bisect_left(self.tok_starts, o_end)
        toks = self.doc.tokens
        return k < len(toks) and toks[k].kind == "word" and \
            self.doc.text[o_end:toks[k].start] == " " and fold(toks[k].text) in self.concepts

    def _adjective_of_action(self, i: int) -> bool:
        """A one-word singular group noun right after a noun of armed action is its adjective
        (هجوم مسلح، النزاع المسلح، تمرداً مسلحاً، تفجيراً انتحارياً), not the men: only the
        plurals and a singular after a verb or a number are (فجر انتحاري نفسه، قتل 20 مسلحاً).
        A definite one after any definite noun but a person's or a group's is its adjective too
        (الفكر المتطرف، العنف المسلح; not الرجل المسلح، اليمين المتطرف)."""
        m = self.m[i]
        word = self.text[m.start:m.end]
        if not self.attributive_heads or " " in word or self.entry(i).kind != "group" \
                or fold(word).endswith(("ون", "ين", "ان")) or m.prefix not in ("", "ال") \
                or m.flags & forms.FUSED:  # (للمقاومة: a preposition and a noun)
            return False
        o_start = self.ms.to_original(m.word_start, m.end)[0]
        prev = self._prev_words(o_start, 1)
        if not prev:
            return False
        head = prev[0]
        # (فكر: its ف is no proclitic)
        head = head[1:] if head[:1] in "وف" and head[1:] not in self.stopwords \
            and head not in self.attributive_heads else head
        head = "ا" + head[1:] if head.startswith("لل") else head  # للعمل المسلح
        head = head[1:] if head[:1] in "بلك" and head[1:3] == "ال" else head  # بالعمل المسلح
        definite = head.startswith("ال")
        if definite != m.prefix.endswith("ال"):
            return False  # an adjective agrees: ونفذ الهجوم مسلح ملثم (the gunman did it)
        head = head[2:] if definite else head
        if head in self.attributive_heads or (
                head.endswith("ا") and head[:-1] in self.attributive_heads):
            return True
        # a definite singular right after a definite noun agrees with it as its adjective
        # (الفكر المتطرف، الخطاب المتشدد، الأسلوب المسلح), unless that noun names a person or a
        # group (الرجل المسلح، العنصر المتطرف: grammar armed_person_heads) or is an actor itself
        # (اعتقلت الشرطة المتطرف: the verb's subject, then its object)
        if not definite or m.prefix != "ال" or prev[0] in self.stopwords:
            return False
        persons = grammar_words().armed_person_heads
        if fold(head) in persons:
            return False
        if prev[0].startswith("ال") and prev[0].endswith("ي"):
            # after a nisba the head is the word before it: الحزب اليميني المتطرف، لحزبه
            # اليساري المتشدد (the party), but التمرد الكردي المسلح
            two = self._prev_words(o_start, 2)
            if len(two) == 2 and bare_noun(two[1]) in persons:
                return False
        return not (self.out and self.text[self.out[-1].end:m.word_start].strip("»\"” ") == "")

    def _forces_in_construct(self, i: int) -> bool:
        """A bare indefinite forces noun in construct (قوات النظام، قوات صالح): whose forces they
        are says who they are (`marsad.actors.patrons.apply_construct_forces`, or the
        genitive's own actor). It is MIL alone, before a country (قوات إيران) or before its
        adjective, which a plural of things takes feminine (قوات أجنبية، قوات روسية)."""
        m = self.m[i]
        word = self.text[m.start:m.end]
        if " " in word or m.prefix.endswith(("ال", "لل")) or fold(word) not in FORCES_NOUNS:
            return False
        if i + 1 < len(self.m) and self.gap(m.end, i + 1) == " " \
                and self.entry(i + 1).kind in ("nisba", "country"):
            return False
        o_end = self.ms.to_original(m.word_start, m.end)[1]
        k = bisect.bisect_left(self.tok_starts, o_end)
        toks = self.doc.tokens
        while k < len(toks) and toks[k].text in CLOSING_QUOTES:
            k += 1  # ما دمرته قوات» الحوثيين: a stray quote mark
        if k >= len(toks) or toks[k].kind != "word" or toks[k].start - o_end > 2:
            return False
        nxt = toks[k].text
        # (a singular or a verb after it: وهو ميليشيا تسعى، a militia that seeks)
        return nxt.startswith("ال") or (word.endswith("ات") and not fold(nxt).endswith("ه")
                                        and fold(nxt) not in self.stopwords)

    def _drop_unscoped(self) -> None:
        """Drop the matches of `scoped` nouns with no scope after them (وحدة، قوة، عائلات alone):
        common words, which must not hold a name's words either (عائلات الركاب stays a name)."""
        keep = [not self.entry(i).scoped or self._unit_of_country(i)
                or (self.entry(i).kin and self._kin_genitive(i) is not None)
                for i in range(len(self.m))]
        if not all(keep):
            self.m = list(compress(self.m, keep))
            self._entries = list(compress(self._entries, keep))
            self.match_starts = [mm.word_start for mm in self.m]

    def _unit_of_country(self, i: int) -> bool:
        """A unit noun (agents.json `scoped`: وحدة، قوة، دورية) is an actor only with an
        indefinite feminine nationality right after it (وحدة إسرائيلية خاصة، قوة روسية): alone,
        or before a country (وحدة سورية وسلامة أراضيها: Syria's unity), it is a common word."""
        m, j = self.m[i], i + 1
        if j >= len(self.m) or self.entry(j).kind != "nisba" or self.m[j].prefix \
                or self.gap(m.end, j) != " " \
                or not fold(self.text[self.m[j].start:self.m[j].end]).endswith("يه"):
            return False
        if not fold(self.text[m.start:m.end]).endswith("يه"):
            return True
        # shaped like an adjective (دورية: periodic), it qualifies an indefinite noun of things
        # before it: اجتماعات دورية، زيارة دورية
        prev = self._prev_words(self.ms.to_original(m.word_start, m.end)[0], 1)
        return not (prev and prev[0].endswith(("ات", "ه")) and not prev[0].startswith("ال"))

    def _group_of_crowd(self, i: int) -> int | None:
        """The unarmed group, or definite body, after crowd noun i and من (agents.json `crowd`:
        المتظاهرين من الطلاب، متظاهرين من تلاميذ المدارس، المعتصمين من المعارضة): what the crowd
        is, as the coders code it. Not an armed one, which the crowd is kept from (حماية
        المتظاهرين من المسلحين)."""
        j = i + 1
        if j >= len(self.m) or self.entry(j).kind not in ("group", "body") \
                or self.entry(j).role in ARMED_ROLES or self.gap(self.m[i].end, j) != " من ":
            return None
        g = self.m[j]
        definite = g.prefix == "ال" or (not g.prefix and self.text[g.start:g.start + 2] == "ال")
        return j if definite or self.entry(j).kind == "group" else None

    def _kin_genitive(self, i: int) -> int | None:
        """The definite group, body or title in construct right after kin noun i (agents.json
        `kin`: عائلات الجنود، ذوو الأسرى، أقارب المعتقلين): with it, one actor of the kin noun's
        role, the families (civilians), not the soldiers or the prisoners."""
        j = i + 1
        if j >= len(self.m) or self.entry(j).kind not in AGENT_KINDS \
                or self.gap(self.m[i].end, j) != " ":
            return None
        m = self.m[j]
        definite = m.prefix == "ال" or (not m.prefix and self.text[m.start:m.start + 2] == "ال")
        return j if definite else None

    def _state_after_people(self, j: int, end: int, prefix: str) -> str | None:
        """The country of match j when it is a state's nisba right after a people's nisba that
        ends at `end`, agreeing in definiteness (المقاتلين الأكراد السوريين; قوات كردية سورية,
        where سورية is also the country's name)."""
        if j >= len(self.m) or self.gap(end, j) != " " or self.m[j].prefix != prefix:
            return None
        nisbas = (self.gaz.entries[h[0]] for h in self.m[j].hits)
        return next((e.country for e in nisbas if e.kind == "nisba" and not e.scope_only), None)

    def _descriptor_of_name(self, m, body, org) -> bool:
        """Whether body match m (of the entry `body`) may name the organisation `org` right after
        it as its descriptor: when its first word has no article (شركة أرامكو، مسلحو حركة حماس, in
        construct), is a noun of a kind of organisation (words.json `descriptor_heads`: التنظيم
        الإرهابي داعش، الصحيفة البريطانية الغارديان) or the name opens with a word shaped as its
        adjective (المسلحين الحوثيين، الأسرى الحوثيين). Another definite body or group before a
        name is the subject of a verb before them and the name its object (واتهمت الحكومة جماعة
        الحوثي، ودعا المتظاهرون الاتحاد الأوروبي، وطالبت الحكومة السعودية الأمم المتحدة): two
        actors."""
        first = fold(self.text[m.start:m.end].split(" ")[0])
        if not m.prefix.endswith(("ال", "لل")):
            if not first.startswith(("ال", "لل")):
                return True
            first = first[2:]  # (لل: ل and the article, للحكومة)
        return first in self.descriptor_heads or _agreeing_nisba(
            first, self.text[org.start:org.end], body.kind == "group")

    def _body(self, i: int) -> int:
        m, body = self.m[i], self.entry(i)
        start, end = m.span_start, m.end
        if self._attributive(i) or self._concept(i) or self._forces_in_construct(i) \
                or self._adjective_of_action(i) or self._hamza_homograph(i) \
                or self._division_homograph(i):
            return i + 1
        scoped = i + 1 < len(self.m) and self.entry(i + 1).kind in ("nisba", "country", "org") \
            and (self.gap(end, i + 1) == " " or self._words_between(end, i + 1, 2))
        if not scoped and self._coordinated_with_a_thing(i):
            return i + 1
        group = self._group_of_crowd(i) if body.crowd else None
        if group is not None:
            # المتظاهرين من الطلاب: the crowd is the students (with their nationality, if any)
            made = len(self.out)
            nxt = self._body(group)
            if len(self.out) > made:
                self.out[-1] = replace(self.out[-1], start=start, prefix=m.prefix)
                return nxt
        j = i + 1
        kin = self._kin_genitive(i) if body.kin else None
        if kin is not None:
            end, j = self.m[kin].end, kin + 1  # عائلات الجنود: the families, not the soldiers
        country = None
        if j < len(self.m):
            ne, nm = self.entry(j), self.m[j]
            if ne.kind == "nisba" and nm.prefix in ("", "ال") and self._words_between(end, j, 2) \
                    and not self._case_clash(m, nm):
                country, end = ne.country, nm.end
                j += 1
                state = self._state_after_people(j, end, nm.prefix) if ne.scope_only else None
                if state is not None:
                    # الميليشيات الكردية السورية: the state named after the people is the country
                    country, end = state, self.m[j].end
                    j += 1
            elif ne.kind == "country" and self.gap(end, j) == " " and nm.prefix == "":
                country, end = ne.country, nm.end
                j += 1
        if country is None and j < len(self.m) and body.role in LOCATED_BODY_ROLES \
                and body.canonical not in POSTS_ABROAD and not body.abstract \
                and (self._definite(m) or self.text[m.start:m.start + 2] == "ال") \
                and self.entry(j).kind == "country" and not self.m[j].prefix \
                and self.gap(end, j) == " في ":
            # وزارة الخارجية في البحرين، السلطات في ميانمار (one definite word too, thirteenth
            # session): that country's; the country stays a mention of its own
            country = self.entry(j).country
        if country is None and kin is None and (body.residents or body.crowd):
            # سكان أحياء وسط الخرطوم، المواطنين من قرية … جنوب نابلس: the place's country
            country = self._country_of_residents(m, end, j, body.residents)
        # a descriptor before an organisation's name: شركة … الروسية العملاقة «روسنفط»
        if kin is None and j < len(self.m) and self.entry(j).kind == "org" \
                and not self.m[j].prefix and self._words_between(end, j, 2) \
                and self._descriptor_of_name(m, body, self.m[j]):
            om, oe = self.m[j], self.entry(j)
            self.out.append(Mention(start, om.end, "ORG", oe.canonical, oe.code, oe.country,
                                    oe.role, "lexicon", oe.id, m.prefix, kind="org",
                                    name=(om.start, om.end), person_like=True))
            return j + 1
        if country:
            code = _country_role_code(self.gaz.country_code(country), body.role)
            where = self.gaz.country_name(country)
            self.out.append(Mention(start, end, "ORG", f"{where} {body.canonical}", code, country,
                                    body.role, "nisba", f"{body.kind}:{code}:{body.canonical}",
                                    m.prefix, kind=body.kind, person_like=True))
        else:
            # a group of one country's when none is named (agents.json `country`: the settlers)
            own = body.country
            if own and body.country_in_context and not self._country_named(own):
                own = None  # الصحوات outside Iraqi news: the revivals, Libya's councils
            code = _country_role_code(self.gaz.country_code(own), body.role) \
                if own else body.code
            self.out.append(Mention(start, end, "ORG", body.canonical, code, own,
                                    body.role, "title", body.id, m.prefix, kind=body.kind,
                                    person_like=True))
        return j


    def _country_of_residents(self, m, end: int, j: int, residents: bool) -> str | None:
        """The country of the place named right after people noun m, which ends at `end`, when
        match j is that place. A residents' noun (agents.json `residents`) takes it after من or
        في, or in construct when indefinite; a crowd noun (`crowd`) only after a participle of
        coming and من (words.json `origin_participles`: المتظاهرين القادمين من ولايات أميركية),
        since a crowd in a city is not coded as the city's country. Between them may stand place
        nouns (words.json `place_heads`) with up to two words of their name and a compass word
        (سكان أحياء وسط الخرطوم، المواطنين من قرية كفر قليل جنوب نابلس، أهالي غزة); after a place
        noun, an indefinite nationality (ولايات أميركية). The place stays a mention of its own."""
        if j >= len(self.m):
            return None
        pe, pm = self.entry(j), self.m[j]
        if pe.kind not in ("city", "country", "nisba") or not pe.country \
                or pm.prefix not in ("", "ب"):
            return None
        gap = self.gap(end, j)
        if not gap or gap[0] != " " or len(gap) > 60:
            return None
        words = [fold(w) for w in gap.split()]
        k = 0
        if len(words) > 1 and words[0] in self.origin_participles and words[1] == "من":
            k = 2
        elif not residents:
            return None
        elif words and words[0] in ("من", "في"):
            k = 1
        elif not pm.prefix and (m.prefix.endswith("ال") or fold(
                self.text[m.start:m.end]).startswith("ال")):
            return None  # a definite people noun is in construct with nothing
        if pm.prefix and k:
            return None
        head = False
        if k < len(words) and (words[k] in self.place_heads or (
                k == 0 and words[k][:1] == "ب" and words[k][1:] in self.place_heads)):
            k += 1
            head = True
            free = 0
            while k < len(words) and free < 2 and words[k] not in grammar_words().compass_words:
                if not words[k].isalpha() or words[k] in self.stopwords:
                    return None
                k += 1
                free += 1
        if pe.kind == "nisba":
            # ولايات أميركية: a place noun's nationality right after it
            if not head or k != len(words) or pm.prefix or pe.scope_only \
                    or self.text[pm.start:pm.start + 2] == "ال":
                return None
            return pe.country
        if k < len(words) and words[k] in grammar_words().compass_words:
            k += 1
        return pe.country if k == len(words) else None

    def _country_named(self, iso3: str) -> bool:
        """Whether the article names the country `iso3`, one of its places or its nationality
        (or an organisation or a person of it): the context of a group of one country's
        (الصحوات)."""
        named = getattr(self, "_countries_named", None)
        if named is None:
            named = self._countries_named = frozenset(
                e.country for e in self._entries
                if e.kind in ("country", "city", "nisba", "org", "person") and e.country)
        return iso3 in named

    def _members_of_organisations(self) -> None:
        """A member noun (words.json `member_nouns`: عناصر، كوادر، أعضاء) in construct with an
        organisation, or two joined by و (عناصر وكوادر جماعة الإخوان), is one mention with it, the
        organisation's members, with its code; so is a supporter noun (`supporter_nouns`: أنصار،
        مؤيدي) before an organisation (أنصار حزب النهضة: the party). Before a person, a supporter
        noun makes the person's supporters, civilians of the person's country (أنصار الرئيس
        سعد الحريري: LBNCVL), with the person nested."""
        if not self.follower_nouns:
            return
        out = self.out
        for k, mt in enumerate(out):
            if mt.prefix or mt.start < 2 or self.text[mt.start - 1] != " ":
                continue
            if mt.kind == "org" and mt.code:
                nouns = self.follower_nouns
            elif mt.type == "PERSON" and mt.country:
                nouns = self.supporter_nouns
            else:
                continue
            words = self.text[max(0, mt.start - 40):mt.start - 1].split(" ")
            clitic = _follower_clitic(words[-1], nouns)
            if clitic is None:
                continue
            start = mt.start - 1 - len(words[-1])
            if clitic == "و" and len(words) > 1:
                first = _follower_clitic(words[-2], nouns)
                if first is not None:
                    # عناصر وكوادر جماعة الإخوان: both nouns are the organisation's
                    clitic, start = first, start - 1 - len(words[-2])
            if k and out[k - 1].end > start:
                continue
            if mt.kind == "org":
                out[k] = replace(mt, start=start, prefix=clitic)
                continue
            country = mt.country
            code = _country_role_code(self.gaz.country_code(country), "CVL")
            person = next((mm.hits[0][0] for mm in self.m if mm.span_start == mt.start
                           and mm.end == mt.end), None)
            out[k] = Mention(start, mt.end, "ORG", f"{self.gaz.country_name(country)} supporters",
                             code, country, "CVL", "title", f"group:{code}:supporters", clitic,
                             kind="group", person_like=True,
                             nested=((mt.start, mt.end, person),) if person is not None else ())


    def _listed_parties(self) -> None:
        """Bare party names in a list after the plural or dual of حزب (words.json
        `party_list_heads`: أحزاب الوفد والتجمع والمصريين الأحرار، حزبي النور والوفد): each name
        X joined by و (or a comma) for which orgs.json lists «حزب X» is that party, one mention
        with its code, in place of what the words were read as (الوفد: a delegation). Two names
        or more must be listed so (أحزاب الوسط: centrist parties), a dual's exactly two."""
        if not any(h in self.text for h in self.party_list_heads):
            return  # (a few substring tests keep the rule off nearly every article)
        toks = self.doc.tokens
        added: list[Mention] = []
        for ti in range(len(toks) - 2):
            if toks[ti].norm not in self.party_list_heads:
                continue
            items: list[Mention] = []
            named = 0  # parties listed with حزب before them (وحزب النور), read already
            k = ti + 1
            while k < len(toks) and toks[k].sentence == toks[ti].sentence:
                if (items or named) and toks[k].text == "،" and k + 1 < len(toks):
                    k += 1  # أحزاب الوفد، والتجمع
                got = self._party_at(k, first=not (items or named))
                if got is None:
                    after = self._named_party_after(k) if items or named else None
                    if after is None:
                        break
                    named, k = named + 1, after
                    continue
                items.append(got[0])
                k = got[1]
            listed = len(items) + named
            if items and listed >= 2 and not (toks[ti].norm != fold("أحزاب") and listed != 2):
                added += items
        if not added:
            return
        self.out = [mt for mt in self.out if not any(
            a.start < mt.end and mt.start < a.end for a in added)] + added
        self.out.sort(key=lambda mt: mt.start)

    def _named_party_after(self, k: int) -> int | None:
        """When token k is وحزب and a party mention of the dictionaries begins at its حزب
        (أحزاب الوفد وحزب النور: «حزب النور» read already), the index of the token after that
        mention: the party is one of the list, which goes on after it (fifteenth session)."""
        toks = self.doc.tokens
        t = toks[k]
        if t.norm != _PARTY or not self._adjacent(k) or not t.segments or \
                self.doc.text[t.segments[0].start:t.segments[0].end] != "و":
            return None
        start = self.ms.from_original(t.segments[0].end)
        mt = next((mt for mt in self.out if mt.start == start and mt.role == "PTY"), None)
        if mt is None:
            return None
        j = k + 1
        while j < len(toks) and self.ms.from_original(toks[j].start) < mt.end:
            j += 1
        return j

    def _party_at(self, k: int, first: bool) -> tuple[Mention, int] | None:
        """The party of orgs.json named bare by up to three words from token k, after a space
        and, unless `first`, after و (والتجمع: Tagammu), with the token after it; None if none.
        A party whose name opens others' (`open_name`: التجمع) only with no definite word
        after it (التجمع الوطني: another party)."""
        toks = self.doc.tokens
        t = toks[k]
        if not self._adjacent(k) or t.kind != "word":
            return None
        conj = bool(t.segments) and t.segments[0].kind == "proclitic" \
            and self.doc.text[t.segments[0].start:t.segments[0].end] == "و"
        if conj == first:
            return None
        start = t.segments[0].end if conj else t.start
        for n in (3, 2, 1):
            last = k + n - 1
            if last >= len(toks) or any(toks[j].sentence != t.sentence or toks[j].kind != "word"
                                        or not self._adjacent(j) for j in range(k + 1, last + 1)):
                continue
            name = self.doc.text[start:toks[last].end]
            e = self.gaz.org_of_key(fold(f"حزب {name}"))
            if e is None or e.role != "PTY":
                continue
            if e.open_name and last + 1 < len(toks) and self._adjacent(last + 1) \
                    and fold(toks[last + 1].text).startswith("ال"):
                return None
            a, b = self.ms.from_original(start), self._token_end(toks[last])
            prefix = self.doc.text[t.start:start]
            return Mention(a, b, "ORG", e.canonical, e.code, e.country, e.role, "lexicon", e.id,
                           prefix, kind="org", name=(a, b), person_like=True), last + 1
        return None


def _follower_clitic(word: str, nouns: frozenset[str]) -> str | None:
    """The proclitics before a member or supporter noun (وعناصر: و), "" for none, or None when
    `word` is no such noun."""
    f = fold(word)
    for c in ("", "و", "ف", "ل", "ب", "وب", "ول", "فب"):
        if f.startswith(c) and f[len(c):] in nouns:
            return word[:len(c)]
    return None


def _agreeing_nisba(noun: str, name: str, group: bool) -> bool:
    """Whether an organisation's definite name opens with a word shaped as a nisba agreeing with
    the (folded, article-less) noun before it, so that it is that noun's adjective: المسلحين
    الحوثيين، الأسرى الحوثيين (a group's broken plural), القوات الحوثية، المخابرات الخارجية
    البريطانية; not الحكومة الحوثيين."""
    word = fold(name).split(" ")[0]
    if not word.startswith("ال"):
        return False
    if group or noun.endswith(("ين", "ون")):
        return word.endswith(("يين", "يون"))
    if noun.endswith(("ه", "ات")):
        return word.endswith("يه")
    return False


def _joined_participle(words: list) -> bool:
    """Whether the last of a name's words, a noun joined by و, is a participle (والم…) after a
    word that is no sound plural as it is, or after another joined noun: who is named beside the
    association, not part of its name (جمعية النحالين [والمشرف]، جمعية الثقافة والفنون [والمهتمين]; but جمعية المنتجين
    والموزعين، جمعية المحاسبين والمراجعين)."""
    last = fold(words[-1].text)
    if not last.startswith("والم") or len(words) < 2:
        return False
    before = fold(words[-2].text)
    return before.startswith("وال") or \
        not (before.endswith(("ين", "ون")) and last.endswith(("ين", "ون")))


def _no_head_of_persons(word: str, definite: bool = True) -> bool:
    """Can the definite folded `word` not be the head a plural adjective of persons (الصحفيين)
    agrees with? A feminine singular (الشرطة، التركية: folded ه) or a plural of things or of
    women (السلطات): such an adjective would be feminine (الصحفية، الصحفيات). Not a plural of
    persons in ة: القضاة، الدعاة (in اة, told by its ending) and grammar.json
    `person_plurals_in_ta` (القادة، الطلبة، الأئمة: القادة العسكريين, the military leaders).
    `definite=False`: the head of a mention, with or without the article (قوات الأمن)."""
    bare = word[1:] if word[:1] in ("و", "ف") and word[1:].startswith("ال") else word
    if bare.startswith("ال"):
        bare = bare[2:]
    elif definite:
        return False
    return bare.endswith(("ه", "ات")) and not bare.endswith("اه") \
        and bare not in grammar_words().person_plurals_in_ta
