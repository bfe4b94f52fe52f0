"""Titles and offices: a title with its scope and name, office holders on the
article's date, deputies, former holders, titles in apposition.

Part of the actor composer (`marsad.actors.compose.Composer`).
"""

from __future__ import annotations

import bisect
import regex
from dataclasses import replace
from operator import attrgetter

from marsad.actors import forms
from marsad.actors.composer_base import Mention, _country_role_code, _not_a_name_part
from marsad.actors.gazetteer import Entry
from marsad.actors.matcher import Match
from marsad.actors.offices import role_at
from marsad.lexicon.grammar import grammar_words
from marsad.text.normalize import fold


QUALIFIER_WORDS = frozenset(fold(w) for w in ("لهذا", "لهذه", "البلد", "هذا"))
# Adjectives after a title that say its holder is not the office holder of the article's date:
# former (السابق، الأسبق), late (الراحل), deposed (المخلوع، المعزول); acting or interim
# (المؤقت، بالوكالة، بالإنابة); designate (المكلف). Feminine forms agree with a feminine title
# only (رئيس الحكومة السابقة: the former government's head; the adjective is الحكومة's).
TITLE_QUALIFIERS = {fold(w): kind for kind, words in (
    ("former", ("السابق", "السابقة", "الأسبق", "الأسبقة", "الراحل", "الراحلة", "المخلوع",
                "المخلوعة", "المعزول", "المعزولة")),
    ("acting", ("المؤقت", "المؤقتة", "بالوكالة", "بالإنابة", "بالانابة")),
    ("designate", ("المكلف", "المكلفة"))) for w in words}
LATE_WORDS = frozenset(fold(w) for w in ("الراحل", "الراحلة"))
# Roles whose former holders are coded ELI (CAMEO: former government officials are elites).
FORMER_ELI_ROLES = frozenset({None, "GOV", "MIL", "LEG", "JUD", "SPY", "COP", "ELI"})
# How a qualified title reads in English: former president, acting president, president-designate.
QUALIFIED_CANONICAL = {"former": "former {}", "acting": "acting {}", "designate": "{}-designate"}
# The head word of a minister's title, folded: a minister is GOV whatever his portfolio names
# (وزير البيشمركة is no soldier).
MINISTER_WORDS = frozenset({"وزير", "وزيره"})
NAME_GAPS = frozenset({" ", "، ", ", ", " ، ", " , ", "،", ","})

# The rest of a nasab after a person's name (matching string): بن عبد العزيز، بن عبدالعزيز آل سعود.
_NASAB_TAIL = regex.compile(
    r"(?: (?:بن|بنت) (?:عبد |ابي |ابو )?\p{L}{2,})+(?: ال \p{L}{2,})?(?!\p{L})")

# Words after a title that end it (النائب في البرلمان), unlike a noun in construct with it.
TITLE_ENDERS = frozenset(fold(w) for w in (
    "في", "لدى", "عن", "من", "على", "إلى", "الى", "منذ", "حتى", "بين", "مع", "خلال", "أمس",
    "اليوم", "إن", "أن", "بأن", "قال", "وقال", "الذي", "التي"))

# The deputy of the title after it (نائب رئيس، النائب الأول لرئيس الوزراء), folded.
DEPUTY_WORDS = frozenset(fold(w) for w in ("نائب", "النائب", "نائبة", "النائبة"))
DEPUTY_OF_HIM = frozenset(fold(w) for w in ("نائبه", "نائبها", "نائبهم", "ونائبه", "ونائبها"))

# Offices of heads of state, who receive the holders of other countries' offices (استقبل
# الملك وزير الخارجية المصري); not الأمير, also a prince holding an office.
HEAD_OF_STATE_OFFICES = frozenset({"king", "president", "sultan", "head_of_state",
                                   "supreme_leader"})

_START = attrgetter("start")


def _other_country(p: Mention, q: Mention) -> bool:
    """Is title q of another country than person p? Not when p's code of the date names q's
    country: مسعود بارزاني (an Iraqi, KURGOV in office) رئيس إقليم كردستان (KUR)."""
    return q.country is not None and p.country is not None \
        and q.country not in (p.country, (p.code or "")[:3])


class TitleRules:
    """The actor composer's rules on titles and offices."""

    def _apposition_gap(self, gap: str, q: Mention, chained: bool) -> str | None:
        """How title mention q is joined to the named person (or title of a chain) before it,
        from the text between them: "comma" (X، رئيس …، X، وهو رئيس …), "space" (X رئيس …),
        "construct" (… النائب الثاني لرئيس …: only inside a chain, an ordinal and ل allowed);
        None when q is not in apposition (و/ف/ب before it: a list or another clause)."""
        pre = q.prefix
        if q.start - len(pre) >= 0 and gap.endswith(pre) and pre and not pre.endswith("ال"):
            gap = gap[:len(gap) - len(pre)]  # the proclitics outside q's span
        lam = pre.replace("ال", "") in ("ل", "لل") or (pre.endswith("لل"))
        if pre and not lam and pre not in ("ال",):
            return None
        words = [fold(w) for w in gap.replace("،", " ، ").replace(",", " , ").split()]
        if lam:
            if not chained:
                return None
            words = [w for w in words if w not in grammar_words().name_ordinals]
            return "construct" if not words else None
        if not words:
            return "space" if gap == " " else None
        if words in (["،"], [","]) and gap.endswith(" "):
            return "comma"
        if words in (["وهو"], ["وهي"], ["،", "وهو"], ["،", "وهي"], [",", "وهو"]) \
                and gap.endswith(" "):
            return "comma"
        return None

    def _title_complete(self, q: Mention) -> bool:
        """Does title mention q say what the office is? Not when an indefinite noun follows
        it in construct (رئيس تحرير مجلة، عميد كلية الصحافة، رئيس لجنة): the head of something
        the dictionary does not know, whose sector the title's own code would misstate."""
        if q.country is not None or q.nested:
            return True
        toks = self.doc.tokens
        k = bisect.bisect_left(self.tok_starts, self.ms.to_original(q.end - 1, q.end)[1])
        if k >= len(toks) or toks[k].kind != "word" or not self._adjacent(k):
            return True
        f = fold(toks[k].text)
        if f in TITLE_ENDERS or f.startswith(("ال", "لل")) or f[:1] in "وف":
            return True
        a = self.ms.from_original(toks[k].start)
        j = bisect.bisect_left(self.match_starts, a)
        # a known place (… وزير الدفاع جدة), not a body (رئيس مجلس الأعمال)
        return j < len(self.m) and self.m[j].word_start == a \
            and self.entry(j).kind in ("city", "country", "person")

    def _holds_other_offices(self, p: Mention, q: Mention) -> bool:
        """Is p a dictionary person with known offices, none of them title q's?"""
        if p.how not in ("lexicon", "coref") or q.office is None:
            return False
        e = next((self._entries[k] for k in range(len(self._entries))
                  if self._entries[k].id == p.actor_id), None)
        return e is not None and bool(e.roles) and q.office not in {r.office for r in e.roles}

    def _appositive_titles(self) -> None:
        """Titles right after a named person describe that person (apposition): محمد بن
        راشد، نائب رئيس الإمارات رئيس مجلس الوزراء; الأمير محمد بن سلمان ولي ولي العهد النائب
        الثاني لرئيس مجلس الوزراء وزير الدفاع; إبراهيم عميش، النائب في البرلمان. The chain of
        titles (no name of their own) joins the person's mention, which takes the title's code
        when the person had none; they are no actors of their own (nor the office holder they
        would resolve to). Not joined: a title after و (a list), and, after a space only, a
        title with another country, or resolving to another office holder, than the person
        (استقبل السيسي سفير فرنسا: the verb's object)."""
        out = self.out
        drop: set[int] = set()
        i = 0
        while i < len(out):
            p = out[i]
            if p.type != "PERSON" or p.name is None:
                i += 1
                continue
            j = i + 1
            chained = False
            tail = _NASAB_TAIL.match(self.text, p.end)
            if tail is not None and p.kind == "person":
                # محمد بن سلمان [بن عبد العزيز آل سعود]: the rest of the person's own nasab,
                # with what was read inside it (سعود)
                e = tail.end()
                while j < len(out) and out[j].start < e:
                    if out[j].end > e:
                        break
                    drop.add(j)
                    j += 1
                else:
                    if p.name is not None and p.name[1] == p.end:
                        p.name = (p.name[0], e)
                    p.end = e
                if p.end != e:
                    while j > i + 1 and j - 1 in drop:
                        j -= 1
                        drop.discard(j)
            while j < len(out):
                q = out[j]
                if chained and q.kind in ("city", "country") and not q.prefix \
                        and self.text[out[j - 1].end:q.start] == " " \
                        and out[j - 1].end > p.name[1] \
                        and not self.text[p.start:p.end].split()[-1].startswith(("ال", "لل")):
                    p.end = q.end  # حاكم دبي: the place of the last title
                    drop.add(j)
                    j += 1
                    continue
                if q.type != "PERSON" or q.kind != "title" or q.name is not None \
                        or q.how not in ("title", "office"):
                    break
                how = self._apposition_gap(self.text[out[j - 1].end:q.start], q, chained)
                if how is None:
                    break
                former = fold(self.text[q.end:q.end + 8]).lstrip().startswith(
                    ("السابق", "الاسبق", "الراحل"))
                other = q.how == "office" and q.actor_id != p.actor_id and not former
                if how == "space" and not chained and (
                        other or _other_country(p, q) or self._holds_other_offices(p, q)):
                    break  # استقبل السيسي رئيس الوزراء: the object, another person
                if how == "comma" and other and _other_country(p, q):
                    break
                complete = self._title_complete(q)
                drop.add(j)
                if not complete:
                    # ريمنيك، رئيس تحرير مجلة: the head of something unknown; no actor of its
                    # own, nor a part of the person's mention, and the chain ends here
                    j += 1
                    break
                p.end = q.end
                p.nested = p.nested + q.nested
                if p.code is None:
                    p.code, p.role = (q.code, q.role) if q.how == "title" else \
                        (_country_role_code(self.gaz.country_code(q.country), q.role), q.role)
                    p.country = p.country or q.country
                p.office = p.office or (q.office if q.how == "title" else None)
                if q.role == "ELI" and p.kind == "person" and p.office is None \
                        and p.role in FORMER_ELI_ROLES and q.canonical.startswith("former"):
                    # عبد الكريم الزبيدي، وزير الدفاع التونسي الأسبق: out of office on the
                    # date (no role of his own then), a former holder: ELI
                    p.code = _country_role_code(self.gaz.country_code(p.country or q.country),
                                                "ELI")
                    p.role = "ELI"
                drop.add(j)
                chained = True
                j += 1
            i = j
        if drop:
            self.out = [mt for k, mt in enumerate(out) if k not in drop]

    # -- titles --------------------------------------------------------------------------------
    def _deputy(self, i: int) -> int | None:
        """نائب + a title (نائب رئيس الإمارات، النائب الثاني لرئيس مجلس الوزراء، نائب وزير
        الخارجية): the deputy of that office, not a member of parliament nor the office holder.
        The title after it is composed as usual, then made the deputy's: its role and country,
        "deputy …" as the canonical name, no office; a name after it is the deputy's own. None
        when match i is not such a نائب."""
        m = self.m[i]
        word = fold(self.text[m.start:m.end])
        if word in DEPUTY_OF_HIM:
            a, b = self.ms.to_original(m.start, m.end)
            if self.doc.text[a:b].endswith(("ه", "ها", "هم")):
                # نائبه، نائبها: his or her deputy, no member of parliament; the office is
                # that of the person before, which the sentence does not say
                self.out.append(Mention(m.span_start, m.end, "PERSON", "deputy", None, None,
                                        None, "title", "role:deputy", m.prefix, None, "title",
                                        person_like=True))
                return i + 1
        if word not in DEPUTY_WORDS or i + 1 >= len(self.m):
            return None
        nm = self.m[i + 1]
        if self.entry(i + 1).kind != "title" or not (
                nm.prefix in ("", "ل", "لل", "ال") or nm.flags & forms.FUSED):
            return None
        gap = self.text[m.end:nm.word_start].split()
        if not self.text[m.end:nm.word_start].startswith(" ") or \
                any(w not in grammar_words().name_ordinals for w in gap) or len(gap) > 1:
            return None
        first = len(self.out)
        self._deputy_title = True
        try:
            k = self._title(i + 1)
        finally:
            self._deputy_title = False
        if len(self.out) == first or self.out[first].start > nm.end:
            return k  # the title after it was an adjective: no mention
        mt = self.out[first]
        inner = self.entry(i + 1)
        mt.start, mt.prefix = m.span_start, m.prefix
        if mt.name is None:
            code = _country_role_code(self.gaz.country_code(mt.country), inner.role)
            where = self.gaz.country_name(mt.country)
            canonical = f"deputy {inner.canonical}"
            mt.canonical = f"{canonical} of {where}" if where else canonical
            mt.code, mt.role, mt.how, mt.office = code, inner.role, "title", None
            mt.actor_id = f"role:{code}:{canonical}"
        return k

    def _case_clash(self, a: Match, b: Match) -> bool:
        """Two sound plurals in different cases (مسلحون فرنسيين): the second is no adjective of
        the first (here the object of a verb)."""
        return forms.case_clash(self.text[a.start:a.end], self.text[b.start:b.end])

    def _title(self, i: int) -> int:
        m, title = self.m[i], self.entry(i)
        if self._attributive(i) or self._hamza_homograph_title(i):
            return i + 1
        if self._nisba_surname(i):
            return i + 2
        deputy = self._deputy(i)
        if deputy is not None:
            return deputy
        start, end = m.span_start, m.end
        scope_country: str | None = None
        scope_org: Entry | None = None
        scope_role: str | None = None  # the role of an institution in the scope (باسم الخارجية)
        dual = bool(m.flags & forms.DUAL)
        second: Match | None = None
        nested: tuple[tuple[int, int, int], ...] = ()
        j = i + 1
        # السابق، المؤقت، المكلف: right after the title (الرئيس السابق لليمن) or after its
        # country (الرئيس اليمني السابق), or in the title's own key (an ELI entry)
        qual = self._entry_qualifier(m)
        q = None if qual else self._qualifier(m, title, end)
        if q is not None:
            qual, end = q
            while j < len(self.m) and self.m[j].span_start < end:
                j += 1  # بالوكالة is no news agency here
        g = self.gap(end, j)
        if g is not None:
            link = g.strip(" «")
            ne, nm = self.entry(j), self.m[j]
            definite_title = self._definite(m) and not (qual and nm.flags & forms.FUSED)
            # the adjective agrees in definiteness: الرئيس التركي, but الأمير تركي بن … is a name
            if ne.kind == "nisba" and link == "" and nm.prefix == ("ال" if definite_title else "") \
                    and not self._case_clash(m, nm):
                scope_country, end = ne.country, nm.end
                j += 1
                if dual and j < len(self.m) and self.text[end:self.m[j].word_start] == " " \
                        and self.entry(j).kind == "nisba" \
                        and self.m[j].prefix in ("و", "وال"):
                    second = self.m[j]
                    j += 1
            elif ne.kind == "country" and link in ("", "ل") and not title.country and (
                    nm.prefix in ("", "ل", "لل") or nm.flags & forms.FUSED) and not (
                    definite_title and link == "" and nm.prefix == ""):
                # (a title with its own country, وزير الخارجية الأميركي مصر, has no country after
                # it: the country is the verb's object; nor has a definite title, which takes no
                # genitive: أبلغ الوزير روسيا، حذر الرئيس إيران)
                scope_country, end = ne.country, nm.end
                nested = ((nm.span_start if nm.flags & forms.FUSED else nm.start, nm.end,
                           nm.entry),)
                j += 1
            elif ne.kind == "body" and link in ("", "ل") and not nm.prefix.startswith(("و", "ف")) \
                    and self._body_scope(j) is not None:
                # المتحدث باسم الخارجية الإيرانية، قائد الجيش اللبناني
                scope_country, k2 = self._body_scope(j)
                scope_role, end = ne.role, self.m[k2].end
                j = k2 + 1
            elif self._heads_body(m, title, j, g):
                # رئيس الجمعية الوطنية، رئيس الكتلة النيابية: the head of a body has its role
                scope_role, end = ne.role, nm.end
                j += 1
            elif ne.kind == "org" and link in ("", "ل") and nm.prefix in ("", "ل", "لل"):
                scope_org, end = ne, nm.end
                nested = ((nm.span_start if nm.flags & forms.FUSED else nm.start, nm.end,
                           nm.entry),)
                j += 1
        if scope_org is not None and scope_org.country and scope_org.role not in (None, "GOV") \
                and self.text[m.start:m.end].split(" ")[0] in MINISTER_WORDS:
            # وزير البيشمركة: the minister of an armed or other body is of its country's
            # government, not one of its men
            scope_country, scope_org = scope_org.country, None
        if scope_country is None and scope_org is None and title.country:
            scope_country = title.country  # خادم الحرمين الشريفين: always the Saudi king
        if qual is None and (scope_country or scope_org) and j > i + 1:
            q = self._qualifier(m, title, end)
            if q is not None:
                qual, end = q
                while j < len(self.m) and self.m[j].span_start < end:
                    j += 1
        if second is not None:
            self._title_alone(title, start, end, scope_country, None, m.prefix)
            self._title_alone(title, second.span_start if second.prefix != "و" else second.start,
                              second.end, self.entry(j - 1).country, None, "")
            return j
        # further titles (آية الله) and a name, maybe after a few qualifying words
        # (المرشد الأعلى للجمهورية الإسلامية آية الله علي خامنئي، الرئيس الشرعي لهذا البلد X)
        qualified = False
        office_title = title  # the office a chain of titles names: the first, or after a rank
        chain_nisba = False
        # (a title after an adjective of our own is another description: رئيس البرلمان السابق
        # نائب رئيس الجمهورية الحالي, two offices, the second held now)
        after_qualifier = q is not None
        while True:
            if self.gap(end, j) == " " and self.entry(j).kind == "title" \
                    and not self.m[j].prefix and not after_qualifier \
                    and not (self._definite(m) and not self._definite(self.m[j])) \
                    and not self._title_of_another_country(j, scope_country or title.country,
                                                           title) \
                    and not self._office_of_another_person(j, scope_country or title.country,
                                                           title):
                # (الوزير دبلوماسيين روس: an indefinite title after a definite one is another
                # actor, the object, not a further title of the same person; so is a title of
                # another country: استقبل خادم الحرمين الشريفين وزير الدفاع الأميركي, and any
                # other office after a head of state's title: … وزير الدفاع)
                if office_title.office is None and self.entry(j).office:
                    office_title = self.entry(j)  # الفريق أول ركن رئيس هيئة الأركان: a rank
                qual = None  # رئيس الوزراء السابق نائب رئيس الجمهورية: now the deputy
                end = self.m[j].end
                j += 1
                if scope_country is None and scope_org is None and j < len(self.m) \
                        and self.entry(j).kind == "nisba" and self.gap(end, j) == " " \
                        and self.m[j].prefix == ("ال" if self._definite(self.m[j - 1]) else ""):
                    # … رئيس هيئة الأركان المصري: the country of the whole chain
                    scope_country, end = self.entry(j).country, self.m[j].end
                    chain_nisba = True  # (no name after a comma then: … السعودي، بتأمين)
                    j += 1
                    break
            elif self._qualifiers_then_name(end, j):
                end = self.m[j].span_start - 1
                qualified = True
            else:
                break
        title = office_title
        g = self.gap(end, j)
        if g == " " and j == i + 1 and end == m.end and self.entry(j).kind == "person" \
                and not self.m[j].prefix \
                and not (self._definite(m) or scope_country or scope_org or dual) \
                and not (m.prefix.endswith("ل") and self.text[m.start] == "ل"):
            # (للواء محمود: ل + the article fused with a title in ل, no construct)
            return self._title_of_person(i, j)  # مستشارة أوباما: Obama's adviser, not Obama
        if g in NAME_GAPS and self.entry(j).kind == "person" and not self.m[j].prefix \
                and not (qual and self.m[j].flags & forms.FUSED) \
                and not self._other_country_surname(j, scope_country):
            # (المبعوث الخاص السابق للقذافي: the envoy of Gaddafi, no name of the envoy)
            pm, pe = self.m[j], self.entry(j)
            code, role, office = self.person_code(pe, title.office)
            if qual == "former":
                code, role, office = self._former_holder(pe, title, scope_country, code, role,
                                                         office)
            elif (qual is None and title.office and office != title.office and scope_country
                    and not qualified and pe.country in (None, scope_country)):
                # the article gives the office (رئيس الوزراء العراقي X) where the dictionary
                # has no such role on that date: trust the article
                code = _country_role_code(self.gaz.country_code(scope_country), title.role)
                role, office = title.role, title.office
            elif self._titled_now(pe, title, qual, role, office, scope_country):
                # الوزير شتاينتس: an unqualified title the dictionary person never held is what
                # he is now, where the dictionary knows only offices that ended (ELI)
                code = _country_role_code(self.gaz.country_code(pe.country), title.role)
                role = title.role
            self.out.append(Mention(start, pm.end, "PERSON", pe.canonical, code, pe.country, role,
                                    "lexicon", pe.id, m.prefix, office or title.office, "person",
                                    name=(self._after_titles(pm.start, pm.end), pm.end),
                                    person_like=True, nested=nested,
                                    former=self._former_key(title, qual)))
            return j + 1
        definite = self._definite(m)
        name = None
        if (definite or scope_country or scope_org) and not dual:
            # a lone word after a title is too often the verb's object or a preposition (رفض
            # الرئيس السوري ترسيم الحدود، المتحدث باسم): one word only when a comma closes it
            name = self._unknown_name(end, allow_comma=bool(scope_org or scope_country)
                                      and not chain_nisba, min_words=2, after_title=True)
        if name is not None:
            n_start, n_end, n_text = name
            while j < len(self.m) and self.m[j].word_start < n_end:
                j += 1  # matches inside the name are part of it
            country = scope_country or (scope_org.country if scope_org else None)
            if scope_org is not None:
                code = scope_org.code
                role = scope_org.role or title.role
            else:
                role = "ELI" if qual == "former" else scope_role or title.role
                code = _country_role_code(self.gaz.country_code(country), role)
            translit = self.romanize(n_text, country)
            self.out.append(Mention(start, n_end, "PERSON", translit or n_text, code, country,
                                    role, "title", "name:" + fold(n_text), m.prefix,
                                    title.office if qual in (None, "acting") else None,
                                    "title", translit=translit, name=(n_start, n_end),
                                    person_like=True, nested=nested,
                                    former=self._former_key(title, qual)))
            return j
        if not (definite or scope_country or scope_org or scope_role) and self._after_noun(m):
            return j  # an indefinite title after a noun is an adjective: مؤتمر صحافي
        self._title_alone(title, start, end, scope_country, scope_org, m.prefix, scope_role,
                          qual)
        self.out[-1].nested = nested
        if scope_country or scope_org:
            self.out[-1].former = self._former_key(title, qual)
        return j

    def _nisba_surname(self, i: int) -> bool:
        """A title that is also a given name, bare and indefinite, right before a nisba that is
        also a family name, is a person's name (أمير كردي، سلطان مصري: the footballer Amir
        Kurdi, no Kurdish prince): a PERSON without code is added for the two words. A title
        with the article (الأمير) or a nisba of a state with princes (أمير سعودي) is a title."""
        m, title = self.m[i], self.entry(i)
        if not title.given_name or i + 1 >= len(self.m) or m.prefix not in ("", "و", "ف") \
                or fold(self.text[m.start:m.end]) != title.forms[0]:
            return False  # الأمير، أميرين: a title
        nm, nisba = self.m[i + 1], self.entry(i + 1)
        if nisba.kind != "nisba" or not nisba.nisba_surname or nm.prefix \
                or self.gap(m.end, i + 1) != " " or fold(self.text[nm.start:nm.end]) != nisba.forms[0]:
            return False  # أمير كردية، أمير الكردي: no family name
        s, e = m.span_start, nm.end
        start, end = self.ms.to_original(s, e)
        text = self.doc.text[start:end]
        translit = self.romanize(text)
        self.out.append(Mention(s, e, "PERSON", translit or text, None, None, None, "name",
                                f"name:{fold(text)}", m.prefix, kind="person",
                                translit=translit, name=(s, e), person_like=True))
        return True

    def _heads_body(self, m: Match, title: Entry, j: int, gap: str) -> bool:
        """Is indefinite title `m` in construct with the definite body at match j, whose head
        it is (رئيس الجمعية الوطنية: LEG)? Not a minister, who is of the government whatever
        he is minister of (MINISTER_WORDS), nor a definite title (الرئيس الحكومة: two actors),
        nor a preacher's title, also the participle "calling" (داعية الحكومة إلى), nor a body
        after ل (كرئيس للإدارة)."""
        if gap != " " or self._definite(m) or title.role in (None, "ELI", "REL"):
            return False
        ne, nm = self.entry(j), self.m[j]
        head = self.text[m.start:m.end].split(" ")[0]
        return ne.kind == "body" and not nm.prefix and not nm.flags & forms.FUSED \
            and head not in MINISTER_WORDS and (
            self._definite(nm) or self.text[nm.start:nm.end].startswith("ال"))

    @staticmethod
    def _titled_now(pe: Entry, title: Entry, qual: str | None, role: str | None,
                    office: str | None, scope_country: str | None) -> bool:
        """Does the title before dictionary person `pe` say what he is on the date? Only where the
        dictionary makes him a former office holder (ELI from offices that all ended) and the title
        is unqualified, of his country, not ELI itself, and not an office he held: الرئيس بيل
        كلينتون stays the former president, الوزير شتاينتس (a minister again) is a minister."""
        return (qual is None and role == "ELI" and office is None and pe.role != "ELI"
                and title.role not in (None, "ELI") and pe.country is not None
                and scope_country in (None, pe.country)
                and not any(r.office == title.office for r in pe.roles if title.office))

    @staticmethod
    def _former_key(title: Entry, qual: str | None) -> str | None:
        """"former president" for a former title (see _link_former_titles), else None."""
        if qual != "former":
            return None
        return title.canonical if title.code == "ELI" else f"former {title.canonical}"

    def _link_former_titles(self) -> None:
        """A bare former title (الرئيس المخلوع، الرئيس السابق: an ELI entry with no country
        and no name) is the actor the article last called by that former title with a country
        or a name (الرئيس اليمني المخلوع علي عبد الله صالح … الرئيس المخلوع: Saleh)."""
        last: dict[str, Mention] = {}
        for mt in sorted(self.out, key=_START):
            if mt.former is not None:
                last[mt.former] = mt
            elif mt.kind == "title" and mt.how == "title" and mt.role == "ELI" \
                    and mt.country is None and mt.name is None and mt.canonical in last:
                ante = last[mt.canonical]
                mt.canonical, mt.code, mt.country, mt.role = \
                    ante.canonical, ante.code, ante.country, ante.role
                mt.actor_id, mt.translit, mt.how = ante.actor_id, ante.translit, "coref"

    def _former_holder(self, pe: Entry, title: Entry, country: str | None,
                       code: str | None, role: str | None, office: str | None
                       ) -> tuple[str | None, str | None, str | None]:
        """(code, role, office) of a dictionary person named after a former title (الرئيس
        اليمني السابق علي عبد الله صالح): a role of his own on the date if he has one (Saleh
        led his party), never the office the title names; else ELI of his country, as former
        state office holders are coded; a former leader of a group keeps the group's code."""
        r = role_at(pe.roles, self.date)
        if r is not None and not (title.office and r.office == title.office):
            return code, role, office
        if r is None and pe.role not in FORMER_ELI_ROLES:
            return pe.code, pe.role, None
        return _country_role_code(self.gaz.country_code(pe.country or country), "ELI"), "ELI", \
            None

    def _qualifier(self, m: Match, title: Entry, end: int) -> tuple[str, int] | None:
        """A qualifying adjective (TITLE_QUALIFIERS) right after matching offset `end` that
        agrees in gender with title match m: (kind, end of the adjective), or None."""
        if self.text[end:end + 1] != " ":
            return None
        a = end + 1
        b = a
        while b < len(self.text) and self.text[b].isalpha():
            b += 1
        kind = TITLE_QUALIFIERS.get(self.text[a:b])
        if kind is None:
            return None
        if kind == "designate" and (not title.office or self.text[b + 1:b + 2] == "ب"):
            return None  # قاضي التحقيق المكلف بالملف: charged with, no office-designate
        if self._deputy_title and self.text[a:b] in LATE_WORDS:
            return None  # نائب الزعيم الراحل الملا عمر: the deputy of the late leader
        words = self.text[m.start:m.end].split(" ")
        if len(words) > 1 and words[0] not in DEPUTY_WORDS and self._office_word(words[-1]):
            # مستشار الرئيس السابق: the adviser of the former president (but نائب الرئيس
            # السابق is a former vice president: one office)
            return None
        head = self.text[m.word_start:m.end].split(" ", 1)[0]
        if self.text[b - 1] == "ه" and not head.endswith("ه") and self.text[a] != "ب":
            return None  # رئيس الحكومة السابقة: the adjective of the noun before it
        return kind, b

    def _office_word(self, word: str) -> bool:
        """Is the (folded) word a title of an office of its own (الرئيس، الملك)?"""
        for key in (word, word[2:] if word.startswith("ال") else None):
            hit = self.gaz.automaton.get(key, None) if key else None
            if hit and any(self.gaz.entries[x].kind == "title" and self.gaz.entries[x].office
                           for x, _ in hit[1]):
                return True
        return False

    def _entry_qualifier(self, m: Match) -> str | None:
        """"former" when the title key ends with such a qualifier (الرئيس السابق, an ELI entry),
        else None (الرئيس المؤقت، رئيس الوزراء المكلف are titles of their own, with no office)."""
        kind = TITLE_QUALIFIERS.get(self.text[m.start:m.end].rsplit(" ", 1)[-1])
        return kind if kind == "former" else None

    def _title_of_another_country(self, j: int, country: str | None, title: Entry) -> bool:
        """Is title match j followed by the nisba of a country other than `country` (that of
        the title before it), or, when that title is a head of state's with no country, another
        office with a nisba of its own (استقبل الملك وزير الخارجية المصري: two persons; not
        the chain of one person's offices: النائب الثاني لرئيس مجلس الوزراء وزير الدفاع
        السعودي)?"""
        k = j + 1
        if not (k < len(self.m) and self.entry(k).kind == "nisba"
                and self.text[self.m[j].end:self.m[k].word_start] == " "):
            return False
        if country:
            return self.entry(k).country != country
        other = self.entry(j).office
        return title.office in HEAD_OF_STATE_OFFICES and bool(other) and other != title.office

    def _office_of_another_person(self, j: int, country: str | None, title: Entry) -> bool:
        """Is title match j, right after the title of a head of state (with no nisba after it:
        see _title_of_another_country), another office, held on the date by someone else, or
        by no one known (استقبل خادم الحرمين الشريفين وزير الدفاع، الرئيس وزير الثقافة: the
        verb's object)? Not a military rank (الرئيس المشير), nor an office the head of state
        holds too (the Saudi king is prime minister)."""
        nxt = self.entry(j)
        other = nxt.office
        if self._deputy_title:
            return False  # نائب رئيس الدولة رئيس مجلس الوزراء: the deputy's offices, one man
        if title.office not in HEAD_OF_STATE_OFFICES or other == title.office \
                or (not other and nxt.role == "MIL") \
                or not (self._definite(self.m[j - 1]) and self._definite(self.m[j])):
            return False  # (الرئيس المشير: a rank of the same man; رئيس وزراء: one construct)
        if country:
            mine = self.gaz.offices.holder(title.office, country, self.date)
            theirs = self.gaz.offices.holder(other, country, self.date)
            if mine is not None and theirs is not None and mine[0] == theirs[0]:
                return False
        return True

    def _title_of_person(self, i: int, j: int) -> int:
        """An indefinite title in construct with a dictionary person (مستشارة أوباما، مساعد
        بوتين، مندوب البغدادي) names the title holder, not that person: the title's role in
        the person's country ("adviser of Barack Obama", USAGOV), the person nested. A name
        after it, maybe after a لـ-complement (مستشارة أوباما لمكافحة الإرهاب ليزا موناكو), is
        the holder's. Returns the next match index."""
        m, title = self.m[i], self.entry(i)
        pm, pe = self.m[j], self.entry(j)
        noun, role = title.canonical, title.role
        if fold(self.text[m.start:m.end]) in DEPUTY_WORDS:
            noun, role = "deputy", self.person_code(pe)[1]  # نائب أوباما: Obama's deputy
        code = _country_role_code(self.gaz.country_code(pe.country), role)
        canonical = f"{noun} of {pe.canonical}"
        nested = ((pm.start, pm.end, pm.entry),)
        got = self._name_after_complement(pm.end)
        if got is None:
            self.out.append(Mention(m.span_start, pm.end, "PERSON", canonical, code, pe.country,
                                    role, "title", f"role:{code}:{noun}:{pe.id}",
                                    m.prefix, None, "title", person_like=True, nested=nested))
            return j + 1
        n_start, n_end, n_text, k = got
        translit = self.romanize(n_text, pe.country)
        self.out.append(Mention(m.span_start, n_end, "PERSON", translit or n_text, code,
                                pe.country, role, "title", "name:" + fold(n_text),
                                m.prefix, None, "title", translit=translit,
                                name=(n_start, n_end), person_like=True, nested=nested))
        return k

    def _name_after_complement(self, end: int) -> tuple[int, int, str, int] | None:
        """A name of two or three words after matching offset `end`, maybe after a complement
        of up to three words opened by لـ (لمكافحة الإرهاب، للشؤون الخارجية): (start, end,
        original text, index of the first match after it), or None. The last word may be a
        one-word place of the dictionary (ليزا موناكو)."""
        toks = self.doc.tokens
        k = bisect.bisect_left(self.tok_starts, self.ms.to_original(end - 1, end)[1])
        if k < len(toks) and toks[k].kind == "word" and self._adjacent(k) \
                and fold(toks[k].text)[:1] == "ل" and len(toks[k].text) >= 4:
            k += 1
            while k < len(toks) and k - 1 >= 0 and self._adjacent(k) and toks[k].kind == "word" \
                    and fold(toks[k].text).startswith("ال") and not self._given(toks[k]):
                k += 1
        names = []
        while k < len(toks) and len(names) < 3 and toks[k].kind == "word" and self._adjacent(k):
            t = toks[k]
            f = fold(t.text)
            a = self.ms.from_original(t.start)
            j = bisect.bisect_left(self.match_starts, a)
            matched = j < len(self.m) and self.m[j].word_start == a
            if matched:
                mm = self.m[j]
                place = not mm.prefix and " " not in self.text[mm.start:mm.end] \
                    and self.entry(j).kind in ("city", "country")
                if not (names and place):
                    break
                names.append(t)
                k += 1
                break
            if not self._name_word(f, first=not names) or t.segments or _not_a_name_part(t):
                break
            names.append(t)
            k += 1
        if len(names) < 2 or not self._name_closed(k):
            return None
        a = self.ms.from_original(names[0].start)
        b = self._token_end(names[-1])
        nxt = bisect.bisect_left(self.match_starts, b)
        return a, b, self.doc.text[names[0].start:names[-1].end], nxt

    def _after_noun(self, m: Match) -> bool:
        o_start = self.ms.to_original(m.word_start, m.end)[0]
        prev = self._prev_words(o_start, 1)
        if not prev or m.prefix:
            return False
        w = prev[0]
        return w not in self.stopwords and not (w[:1] in "وف" and w[1:] in self.stopwords)

    def _qualifiers_then_name(self, end: int, j: int) -> bool:
        """Only up to four qualifying words (article-marked, or لهذا البلد) between a title and
        a title or person at match j that leads to a person."""
        g = self.gap(end, j)
        if not g or not g.startswith(" ") or not g.endswith(" ") or g == " ":
            return False
        words = g.split()
        if len(words) > 4 or not all(
                w.isalpha() and (w.startswith(("ال", "لل")) or w in QUALIFIER_WORDS)
                and w not in self.stopwords for w in words):
            return False
        k = j
        while k < len(self.m) and self.entry(k).kind == "title" and not self.m[k].prefix:
            if self.gap(self.m[k].end, k + 1) != " ":
                return False
            k += 1
        return k < len(self.m) and self.entry(k).kind == "person" and not self.m[k].prefix

    def _after_titles(self, start: int, end: int) -> int:
        """Where the name starts in a dictionary form that begins with titles (الملك محمد السادس,
        خادم الحرمين الشريفين الملك سلمان): after the longest run of leading title keys."""
        words = self.text[start:end].split(" ")
        pos, k = start, 0
        while k < len(words) - 1:
            for n in range(len(words) - 1, k, -1):
                phrase = " ".join(words[k:n])
                for key in (phrase, phrase[2:] if phrase.startswith("ال") else None):
                    hit = self.gaz.automaton.get(key, None) if key else None
                    if hit and any(self.gaz.entries[x].kind == "title" for x, _ in hit[1]):
                        break
                else:
                    continue
                pos += len(phrase) + 1
                k = n
                break
            else:
                break
        return pos

    def _title_alone(self, title: Entry, start: int, end: int, country: str | None,
                     org: Entry | None, prefix: str, role: str | None = None,
                     qual: str | None = None) -> None:
        """A title without a name: the office holder on the date, else the role itself. A
        qualified title (`qual`: former, acting, designate; see TITLE_QUALIFIERS) is never the
        holder: a former one is the ELI of its country (YEMELI), the others the title's role."""
        scope = country or (org.code if org else None)
        if qual is not None and title.code != "ELI":
            if qual == "former":
                role = "ELI"
            title = replace(title, canonical=QUALIFIED_CANONICAL[qual].format(title.canonical),
                            office=None)
        if title.office and scope:
            found = self.gaz.offices.holder(title.office, scope, self.date)
            if found is not None:
                who, role = found
                pe = self.gaz.entries[who]
                self.out.append(Mention(start, end, "PERSON", pe.canonical, role.code, pe.country,
                                        role.code[3:6] if len(role.code) >= 6 else title.role,
                                        "office", pe.id, prefix, title.office, "title",
                                        person_like=True))
                return
        role = role or title.role
        if org is not None:
            code, where = org.code, org.canonical
        else:
            code, where = _country_role_code(self.gaz.country_code(country), role), \
                self.gaz.country_name(country)
        canonical = f"{title.canonical} of {where}" if where else title.canonical
        self.out.append(Mention(start, end, "PERSON", canonical, code, country, role,
                                "title", f"role:{code}:{title.office or title.canonical}", prefix,
                                title.office, "title", person_like=True))

    def _body_scope(self, j: int) -> tuple[str, int] | None:
        """(country, index of its match) when body match j is followed by its nisba
        (الخارجية الإيرانية) or country (وزارة خارجية إيران)."""
        k = j + 1
        if k >= len(self.m):
            return None
        ne, nm = self.entry(k), self.m[k]
        if self.text[self.m[j].end:nm.word_start] != " ":
            return None
        if ne.kind == "nisba" and nm.prefix == ("ال" if self._definite(self.m[j]) or
                                                self.m[j].flags & forms.HAS_ARTICLE else ""):
            return ne.country, k
        if ne.kind == "country" and not nm.prefix:
            return ne.country, k
        return None
