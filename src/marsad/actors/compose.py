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
  not Khaled Meshaal nor King Abdullah).
- A name first met after a title is found again later on its own (its last word too), as the
  same actor (how="coref").
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass

from marsad.actors import forms
from marsad.actors.gazetteer import Entry, Gazetteer
from marsad.actors.matcher import Match, MatchingString
from marsad.actors.offices import role_at
from marsad.text.normalize import fold

# Words before a city that make it a place, not an actor.
LOCATIVE_WORDS = frozenset(fold(w) for w in (
    "في", "إلى", "الى", "من", "عبر", "نحو", "داخل", "خارج", "قرب", "حول", "شمال", "جنوب", "شرق",
    "غرب", "وسط", "أنحاء", "مدينة", "العاصمة", "مطار", "شوارع", "ضواحي", "حتى", "وفي", "وإلى",
    "ومن",
    "قمة", "مؤتمر", "اجتماع", "مقر"))
# Nouns of movement after which ل + city means "to the city".
VISIT_WORDS = frozenset(fold(w) for w in (
    "زيارة", "زيارته", "زيارتها", "زيارتهم", "وصول", "وصوله", "توجه", "توجهه", "عودة", "عودته",
    "رحلة", "رحلته", "سفر", "سفره", "انتقال", "انتقاله", "الأخيرة", "الأولى", "المرتقبة",
    "الرسمية"))
# Name parts after which an article-marked word still belongs to the name (عبد الله، أبو الفضل).
COMPOUND_HEADS = frozenset(fold(w) for w in ("عبد", "أبو", "ابو", "أبي", "ابي", "بن", "ابن",
                                             "نصر", "سيف", "نور", "شمس", "صلاح", "عز", "جمال"))
QUALIFIER_WORDS = frozenset(fold(w) for w in ("لهذا", "لهذه", "البلد", "هذا"))
NAME_GAPS = frozenset({" ", "، ", ", ", " ، ", " , ", "،", ","})


# Nouns that follow a name in apposition (محمد حسين، باحث في …): never its last word.
APPOSITION_NOUNS = frozenset(fold(w) for w in (
    "مدير", "عضو", "باحث", "شاعر", "كاتب", "أستاذ", "طالب", "خبير", "مسؤول", "مستشار", "سائق",
    "إداري", "لاعب", "مدرب", "نجم", "محامي", "محام", "طبيب", "مهندس", "صحفي", "صحافي", "مراسل",
    "ناشط", "فنان", "مخرج", "ممثل", "رجل", "شاب", "طفل", "جولة", "برنامج", "بعنوان", "تصريح"))


NASAB = frozenset(fold(w) for w in ("بن", "ابن", "بنت"))


def _not_a_name_part(word: str) -> bool:
    """An apposition noun, an indefinite accusative (مديراً، بديلاً، برنامجاً) or a word with a
    preposition (لموقع، بعنوان) — never the last word of a name."""
    f = fold(word)
    return f in APPOSITION_NOUNS or (len(f) >= 5 and (f.endswith("ا") or f[0] in "لب"))


@dataclass(slots=True)
class Mention:
    """An actor mention under construction (matching-string offsets)."""

    start: int
    end: int
    type: str
    canonical: str
    code: str | None
    country: str | None
    role: str | None
    how: str
    actor_id: str
    prefix: str = ""  # proclitics before the first word
    office: str | None = None  # the office the actor holds here (for counterparts)
    kind: str = ""  # kind of the head entry: person, title, body, org, country, city, nisba
    translit: str | None = None
    name: tuple[int, int] | None = None  # the proper-name part, if any
    # names inside the mention that are actors of their own: (start, end, entry index), e.g. the
    # country of رئيس آذربيجان or the organisation of الأمين العام للأمم المتحدة
    nested: tuple[tuple[int, int, int], ...] = ()
    person_like: bool = False  # may be a clause subject that speaks or acts


def _country_role_code(country_code: str | None, role: str | None) -> str | None:
    if country_code and role:
        return country_code + role
    return country_code or role


class Composer:
    """Turns the matches of one document into mentions."""

    def __init__(self, gaz: Gazetteer, ms: MatchingString, matches: list[Match], doc,
                 date: dt.date | None, stopwords: frozenset[str], romanize,
                 given_names: frozenset[str] = frozenset()):
        self.gaz = gaz
        self.ms = ms
        self.text = ms.text
        # names inside another person's nasab are not mentions of their own
        self.m = [mm for mm in matches if not (gaz.entries[mm.entry].kind == "person"
                                               and self._in_another_nasab_at(ms.text, mm))]
        self.doc = doc
        self.date = date
        self.stopwords = stopwords
        self.romanize = romanize
        self.tok_starts = [t.start for t in doc.tokens]
        self.match_starts = [mm.word_start for mm in self.m]
        self.out: list[Mention] = []
        self.given_names = given_names

    # -- helpers -------------------------------------------------------------------------------
    def entry(self, i: int) -> Entry:
        return self.gaz.entries[self.m[i].entry]

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
        """(code, role, office) of a dictionary person on the article's date."""
        r = role_at(e.roles, self.date, prefer_office)
        if r is None:
            return e.code, e.role, None
        role = r.code[3:6] if len(r.code) >= 6 else e.role
        return r.code, role, r.office

    # -- main loop -----------------------------------------------------------------------------
    def run(self) -> list[Mention]:
        i = 0
        n = len(self.m)
        while i < n:
            kind = self.entry(i).kind
            if kind == "person" and self._adjective_surname(i):
                i += 1
                continue
            if kind == "title":
                i = self._title(i)
            elif kind in ("body", "group"):
                i = self._body(i)
            else:
                self._single(i)
                i += 1
        self._given_name_mentions()
        self._name_mentions()
        return self.out

    def _given_name_mentions(self) -> None:
        """A known given name (محمد، جورج) opening two to four name-like words, outside every
        match and mention: an unknown PERSON (how="name", no code), transliterated. One word
        alone (محمد) is left out; a given name before a one-word dictionary name that none of
        its full names matched is someone else of that family (وائل عريقات is not Saeb
        Erekat). Proclitics (ومحمد، لمحمد) stay outside the name."""
        if not self.given_names:
            return
        taken = bytearray(len(self.text) + 1)
        for a, b in [(mt.start, mt.end) for mt in self.out] + [(m.span_start, m.end)
                                                             for m in self.m]:
            taken[a:b] = b"\x01" * (b - a)
        toks = self.doc.tokens
        for ti, t in enumerate(toks):
            # tok.norm is the folded stem, without its proclitics
            if t.kind != "word" or t.norm not in self.given_names:
                continue
            a = self.ms.from_original(t.start)
            if taken[a] or (ti > 0 and fold(toks[ti - 1].text) in NASAB):
                continue  # بن عبد العزيز: part of someone else's nasab
            surname = self._surname_match(ti)
            if surname is not None:
                j, last = surname
                self.out = [mt for mt in self.out if not (mt.start <= self.m[j].start < mt.end)]
            else:
                got = self._unknown_name(a, allow_comma=False, min_words=2)
                if got is None or got[0] != a:
                    continue
                n = len(got[2].split())  # the name's tokens: toks[ti:ti + n]
                while n > 2 and _not_a_name_part(toks[ti + n - 1].text):
                    n -= 1  # محمد حسين باحث: an apposition after the name
                if _not_a_name_part(toks[ti + n - 1].text):
                    continue
                n += self._family_name(ti + n, taken)
                last = toks[ti + n - 1]
            start = next((sg.start for sg in t.segments if sg.kind == "stem"), t.start) \
                if t.segments else t.start
            s, e = self.ms.from_original(start), self.ms.from_original(last.end - 1) + 1
            text = self.doc.text[start:last.end]
            taken[a:e] = b"\x01" * (e - a)
            translit = self.romanize(text)
            self.out.append(Mention(s, e, "PERSON", translit or text, None, None, None, "name",
                                    f"name:{fold(text)}", self.text[a:s], kind="person",
                                    translit=translit, name=(s, e), person_like=True))
        self.out.sort(key=lambda mt: mt.start)

    @staticmethod
    def _in_another_nasab_at(text: str, m: Match) -> bool:
        """A name that is part of someone else's nasab: a one-word name followed by بن/ابن/بنت
        (الأمير مشعل بن ماجد is not Khaled Meshaal) or any name right after بن/ابن/بنت (الأمير
        مشعل بن عبد الله بن عبد العزيز does not mention King Abdullah)."""
        if m.prefix:
            return False
        before = text[max(0, m.start - 5):m.start]
        if before.endswith((" بن ", " ابن ", " بنت ")) or before in ("بن ", "ابن ", "بنت "):
            return True
        if " " in text[m.start:m.end]:
            return False
        return text[m.end:m.end + 6].startswith((" بن ", " ابن ", " بنت "))

    def _family_name(self, k: int, taken: bytearray) -> int:
        """1 when token k, right after a name, is a family name with the article ending in ي
        (المحيسني، اليافعي): not a dictionary match, not a listed word; else 0."""
        toks = self.doc.tokens
        if k >= len(toks) or toks[k].kind != "word" or \
                self.doc.text[toks[k - 1].end:toks[k].start] != " ":
            return 0
        f = fold(toks[k].text)
        if not (f.startswith("ال") and f.endswith("ي") and len(f) >= 6) or f in self.stopwords:
            return 0
        a = self.ms.from_original(toks[k].start)
        return 0 if taken[a] else 1

    def _surname_match(self, ti: int) -> tuple[int, object] | None:
        """(match index, token) when token ti+1 is exactly a one-word dictionary person match
        with no proclitic, right after token ti."""
        toks = self.doc.tokens
        if ti + 1 >= len(toks) or toks[ti + 1].kind != "word" or \
                self.doc.text[toks[ti].end:toks[ti + 1].start] != " ":
            return None
        nxt = toks[ti + 1]
        a = self.ms.from_original(nxt.start)
        j = bisect.bisect_left(self.match_starts, a)
        if j >= len(self.m) or self.m[j].word_start != a or self.m[j].prefix:
            return None
        m = self.m[j]
        if self.entry(j).kind != "person" or " " in self.text[m.start:m.end] or \
                self.ms.to_original(m.start, m.end)[1] != nxt.end:
            return None
        return j, nxt

    def _name_mentions(self) -> None:
        """Later mentions of a name first met after a title or a given name (الجنرال كامل نوري …
        نوري), and of the last word of a dictionary person's full name (أيمن الصفدي … الصفدي): the
        full name or its last word, as a whole word (proclitics allowed), outside other mentions."""
        introduced = [mt for mt in self.out if mt.name is not None and (
            mt.how in ("title", "name") or (mt.how == "lexicon" and mt.kind == "person"))]
        if not introduced:
            return
        taken = bytearray(len(self.text) + 1)
        for mt in self.out:
            taken[mt.start:mt.end] = b"\x01" * (mt.end - mt.start)
        added = []
        for mt in introduced:
            full = self.text[mt.name[0]:mt.name[1]]
            # a dictionary name is found again by the dictionary: only its last word is new
            keys = [] if mt.how == "lexicon" else [full]
            last = full.split()[-1]
            if len(full.split()) > 1 and len(last) >= 3 and last not in self.stopwords \
                    and not self.gaz.automaton.exists(last):
                keys.append(last)
            for key in keys:
                pos = self.text.find(key, mt.end)
                while pos >= 0:
                    end = pos + len(key)
                    w = pos
                    while w > 0 and self.text[w - 1].isalnum() and pos - w <= 2:
                        w -= 1
                    if (end >= len(self.text) or not self.text[end].isalnum()) \
                            and (w == 0 or not self.text[w - 1].isalnum()) \
                            and self.text[w:pos] in forms.PREFIXES_PLAIN \
                            and 1 not in taken[pos:end]:
                        taken[pos:end] = b"\x01" * (end - pos)
                        added.append(Mention(pos, end, "PERSON", mt.canonical, mt.code, mt.country,
                                             mt.role, "coref", mt.actor_id, self.text[w:pos],
                                             mt.office, "title", mt.translit, (pos, end),
                                             person_like=True))
                    pos = self.text.find(key, end)
        if added:
            self.out.extend(added)
            self.out.sort(key=lambda mt: mt.start)

    def _single(self, i: int) -> None:
        m, e = self.m[i], self.entry(i)
        s = m.span_start
        if e.kind == "person":
            code, role, office = self.person_code(e)
            self.out.append(Mention(s, m.end, "PERSON", e.canonical, code, e.country, role,
                                    "lexicon", e.id, m.prefix, office, "person",
                                    name=(self._after_titles(s, m.end), m.end), person_like=True))
        elif e.kind == "org":
            self.out.append(Mention(s, m.end, "ORG", e.canonical, e.code, e.country, e.role,
                                    "lexicon", e.id, m.prefix, kind="org", name=(s, m.end),
                                    person_like=True))
        elif e.kind == "country":
            self.out.append(Mention(s, m.end, "GPE", e.canonical, e.code, e.country, None,
                                    "lexicon", e.id, m.prefix, kind="country", name=(s, m.end)))
        elif e.kind == "nisba":
            self.out.append(Mention(s, m.end, "GPE", e.canonical, e.code, e.country, None, "nisba",
                                    e.id, m.prefix, kind="nisba"))
        elif e.kind == "city":
            self._city(i)

    def _city(self, i: int) -> None:
        m, e = self.m[i], self.entry(i)
        s = m.span_start
        place = True
        if e.capital and e.country:
            place = self._is_place(i)
        if place:
            self.out.append(Mention(s, m.end, "LOC", e.canonical, None, e.country, None, "lexicon",
                                    e.id, m.prefix, kind="city", name=(s, m.end)))
        else:
            code = self.gaz.country_code(e.country)
            self.out.append(Mention(s, m.end, "GPE", e.canonical, code, e.country, None,
                                    "metonymy", e.id, m.prefix, kind="city", name=(s, m.end)))

    def _is_place(self, i: int) -> bool:
        m = self.m[i]
        prep = forms.preposition_of(m.prefix)
        if prep in ("ب", "ك"):
            return True
        o_start = self.ms.to_original(m.word_start, m.end)[0]
        si = self.doc.sentence_at(o_start)
        if si >= 0 and self.doc.sentences[si].kind == "dateline":
            return True
        prev = self._prev_words(o_start, 3)
        if prev and prev[0] in LOCATIVE_WORDS:
            return True
        if self.text[m.end:m.end + 2].lstrip(" ").startswith(":") and (
                si < 0 or not self.doc.text[self.doc.sentences[si].start:o_start].strip()):
            return True  # a dateline the layout did not mark: «الخرطوم: أحمد يونس»
        if prep == "ل" and any(w in VISIT_WORDS for w in prev):
            return True
        if m.prefix.startswith("و") and self.out and self.out[-1].kind == "city" \
                and self.text[self.out[-1].end:m.word_start].strip() == "":
            return self.out[-1].type == "LOC"
        return False

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

    # -- titles --------------------------------------------------------------------------------
    def _title(self, i: int) -> int:
        m, title = self.m[i], self.entry(i)
        if self._attributive(i):
            return i + 1
        start, end, last = m.span_start, m.end, i
        scope_country: str | None = None
        scope_org: Entry | None = None
        scope_role: str | None = None  # the role of an institution in the scope (باسم الخارجية)
        dual = bool(m.flags & forms.DUAL)
        second: Match | None = None
        nested: tuple[tuple[int, int, int], ...] = ()
        j = i + 1
        g = self.gap(end, j)
        if g is not None:
            link = g.strip(" «")
            ne, nm = self.entry(j), self.m[j]
            definite_title = self._definite(m)
            # the adjective agrees in definiteness: الرئيس التركي, but الأمير تركي بن … is a name
            if ne.kind == "nisba" and link == "" and nm.prefix == ("ال" if definite_title else ""):
                scope_country, end, last = ne.country, nm.end, j
                j += 1
                if dual and j < len(self.m) and self.text[end:self.m[j].word_start] == " " \
                        and self.entry(j).kind == "nisba" \
                        and self.m[j].prefix in ("و", "وال"):
                    second = self.m[j]
                    j += 1
            elif ne.kind == "country" and link in ("", "ل") and (
                    nm.prefix in ("", "ل", "لل") or nm.flags & forms.FUSED):
                scope_country, end, last = ne.country, nm.end, j
                nested = ((nm.span_start if nm.flags & forms.FUSED else nm.start, nm.end,
                           nm.entry),)
                j += 1
            elif ne.kind == "body" and link in ("", "ل") and not nm.prefix.startswith(("و", "ف")) \
                    and self._body_scope(j) is not None:
                # المتحدث باسم الخارجية الإيرانية، قائد الجيش اللبناني
                scope_country, k2 = self._body_scope(j)
                scope_role, end, last = ne.role, self.m[k2].end, k2
                j = k2 + 1
            elif ne.kind == "org" and link in ("", "ل") and nm.prefix in ("", "ل", "لل"):
                scope_org, end, last = ne, nm.end, j
                nested = ((nm.span_start if nm.flags & forms.FUSED else nm.start, nm.end,
                           nm.entry),)
                j += 1
        if second is not None:
            self._title_alone(title, start, end, scope_country, None, m.prefix)
            self._title_alone(title, second.span_start if second.prefix != "و" else second.start,
                              second.end, self.entry(j - 1).country, None, "")
            return j
        # further titles (آية الله) and a name, maybe after a few qualifying words
        # (المرشد الأعلى للجمهورية الإسلامية آية الله علي خامنئي، الرئيس الشرعي لهذا البلد X)
        qualified = False
        while True:
            if self.gap(end, j) == " " and self.entry(j).kind == "title" \
                    and not self.m[j].prefix:
                end = self.m[j].end
                j += 1
            elif self._qualifiers_then_name(end, j):
                end = self.m[j].span_start - 1
                qualified = True
            else:
                break
        g = self.gap(end, j)
        if g in NAME_GAPS and self.entry(j).kind == "person" and not self.m[j].prefix \
                and not self._other_country_surname(j, scope_country):
            pm, pe = self.m[j], self.entry(j)
            code, role, office = self.person_code(pe, title.office)
            if (title.office and office != title.office and scope_country and not qualified
                    and pe.country in (None, scope_country)):
                # the article gives the office (رئيس الوزراء العراقي X) where the dictionary
                # has no such role on that date: trust the article
                code = _country_role_code(self.gaz.country_code(scope_country), title.role)
                role, office = title.role, title.office
            self.out.append(Mention(start, pm.end, "PERSON", pe.canonical, code, pe.country, role,
                                    "lexicon", pe.id, m.prefix, office or title.office, "person",
                                    name=(self._after_titles(pm.start, pm.end), pm.end),
                                    person_like=True, nested=nested))
            return j + 1
        definite = self._definite(m)
        name = None
        if (definite or scope_country or scope_org) and not dual:
            # a lone word after a title is too often the verb's object or a preposition (رفض
            # الرئيس السوري ترسيم الحدود، المتحدث باسم): one word only when a comma closes it
            name = self._unknown_name(end, allow_comma=bool(scope_org or scope_country),
                                      min_words=2)
        if name is not None:
            n_start, n_end, n_text = name
            while j < len(self.m) and self.m[j].word_start < n_end:
                j += 1  # matches inside the name are part of it
            country = scope_country or (scope_org.country if scope_org else None)
            if scope_org is not None:
                code = scope_org.code
                role = scope_org.role or title.role
            else:
                role = scope_role or title.role
                code = _country_role_code(self.gaz.country_code(country), role)
            translit = self.romanize(n_text, country)
            self.out.append(Mention(start, n_end, "PERSON", translit or n_text, code, country,
                                    role, "title", "name:" + fold(n_text), m.prefix, title.office,
                                    "title", translit=translit, name=(n_start, n_end),
                                    person_like=True, nested=nested))
            return j
        if not (definite or scope_country or scope_org) and self._after_noun(m):
            return j  # an indefinite title after a noun is an adjective: مؤتمر صحافي
        self._title_alone(title, start, end, scope_country, scope_org, m.prefix, scope_role)
        self.out[-1].nested = nested
        return j

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
                     org: Entry | None, prefix: str, role: str | None = None) -> None:
        """A title without a name: the office holder on the date, else the role itself."""
        scope = country or (org.code if org else None)
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

    def _unknown_name(self, end: int, allow_comma: bool, min_words: int = 1
                      ) -> tuple[int, int, str] | None:
        """Up to three name-like words right after matching offset `end`, not in any match
        (after a comma too when `allow_comma`). Returns matching offsets and original text."""
        o_end = self.ms.to_original(end - 1, end)[1] if end > 0 else 0
        k = bisect.bisect_left(self.tok_starts, o_end)
        toks = self.doc.tokens
        text = self.doc.text
        if allow_comma and k < len(toks) and toks[k].text in ("،", ","):
            k += 1
        nxt = bisect.bisect_left(self.match_starts, end)
        while nxt < len(self.m) and self._name_like_match(nxt):
            nxt += 1  # تركي، سلطان: a bare nisba or title word inside a name
        next_match = self.match_starts[nxt] if nxt < len(self.match_starts) else None
        names = []
        heads = 0  # عبد / أبو / بن do not count towards the three words of a name
        while k < len(toks) and len(names) < 3 + heads:
            t = toks[k]
            if t.kind != "word":
                break
            if names and text[names[-1].end:t.start].strip():
                break
            f = fold(t.text)
            bare = f[1:] if f[:1] in "وف" else f
            if names and fold(names[-1].text) in COMPOUND_HEADS and f.startswith("ال") \
                    and len(f) > 3 and f not in self.stopwords:
                names.append(t)  # عبد الله، أبو الفضل
                k += 1
                continue
            if f in COMPOUND_HEADS:
                heads += 1
            if (not self._name_word(f, first=not names)
                    or (next_match is not None and self.ms.from_original(t.start) >= next_match)):
                break
            names.append(t)
            k += 1
        while names and fold(names[-1].text) in COMPOUND_HEADS:
            names.pop()  # a name cut after عبد / أبو is not a name
        closed = bool(names) and k < len(toks) and toks[k].text in ("،", ",")
        if len(names) < min_words and not (len(names) == 1 and closed):
            return None
        if sum(fold(t.text).endswith("ه") for t in names) >= 2:
            return None  # هدنة إنسانية: nouns and adjectives, not a name
        if sum(fold(t.text).endswith("ا") for t in names) >= 2 or (
                len(fold(names[0].text)) >= 5 and fold(names[0].text).endswith("ا")):
            return None  # هجوما عنيفا، تحديدا: indefinite accusatives and adverbs, not a name
        a = self.ms.from_original(names[0].start)
        b = self.ms.from_original(names[-1].end - 1) + 1
        return a, b, text[names[0].start:names[-1].end]

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

    def _definite(self, m: Match) -> bool:
        """Is the matched phrase definite? A construct phrase is as definite as its last word:
        الرئيس، وزير الخارجية (definite); رئيس، وزير خارجية (not)."""
        if m.flags & forms.FUSED or m.prefix.endswith(("ال", "لل")):
            return True
        words = self.text[m.start:m.end].split(" ")
        return len(words) > 1 and words[-1].startswith(("ال", "لل"))

    def _name_like_match(self, j: int) -> bool:
        """A one-word match without article or proclitic that is only a nisba or title."""
        m = self.m[j]
        return not m.prefix and " " not in self.text[m.start:m.end] \
            and all(self.gaz.entries[x].kind in ("nisba", "title") for x, _ in m.hits) \
            and not m.flags & forms.HAS_ARTICLE

    def _name_word(self, f: str, first: bool) -> bool:
        """Can the folded word `f` be part of a name? Not a function word (also with a pronoun
        suffix: منه، له), nor article-marked, nor a preposition or conjunction + verb/masdar
        (لإبرام، بالخصوص، وتأسف), nor ending in a pronoun (رحمهما); و starts only a name."""
        if len(f) < 2 or f in self.stopwords:
            return False
        if f.startswith(("ال", "لل", "بال", "وال", "فال", "كال", "لا")) and len(f) > 3:
            return False
        if f[0] in "بلك" and f[1:] in self.stopwords:
            return False  # لقوات: a preposition and a common noun
        if f[0] in "وف" and f not in self.given_names:  # وليد، فيصل are names
            rest = f[1:]
            if not first or rest in self.stopwords or rest[:1] in "تينبل" or rest.startswith("ال"):
                return False
        for suf in ("هما", "هم", "ها", "ه"):
            if f.endswith(suf) and f[:-len(suf)] in self.stopwords:
                return False
        return not f.endswith(("هما", "هم"))

    # -- bodies --------------------------------------------------------------------------------
    def _attributive(self, i: int) -> bool:
        """An agent word that is here an adjective of the definite noun (or name) before it:
        السياسة الخارجية، الهجوم الانتحاري، تنظيم داعش الإرهابي، المؤتمر الصحافي."""
        m = self.m[i]
        word = self.text[m.word_start:m.end]
        if " " in word or not word.startswith("ال") \
                or not word.endswith(("ي", "يه", "يين", "يون", "يات")):
            return False
        if self.out and self.text[self.out[-1].end:m.word_start].lstrip("»\"”") == " ":
            return True  # right after another mention: داعش الإرهابي
        o_start = self.ms.to_original(m.word_start, m.end)[0]
        prev = self._prev_words(o_start, 1)
        return bool(prev) and prev[0].startswith("ال") and prev[0] not in self.stopwords

    def _other_country_surname(self, j: int, country: str | None) -> bool:
        """A one-word name of another country's person after a title with a country
        (الرئيس اليمني المنفي is not Libya's al-Menfi)."""
        pe, m = self.entry(j), self.m[j]
        return bool(country and pe.country and pe.country != country
                    and " " not in self.text[m.start:m.end])

    def _adjective_surname(self, i: int) -> bool:
        """A one-word nisba-like surname (الهجري، المنفي) right after a definite noun is that
        noun's adjective: القرن السابع الهجري, الرئيس اليمني المنفي."""
        m = self.m[i]
        word = self.text[m.word_start:m.end]
        if m.prefix or " " in word or not word.startswith("ال") or not word.endswith("ي"):
            return False
        if self.out and self.text[self.out[-1].end:m.word_start] == " ":
            return True
        o_start = self.ms.to_original(m.word_start, m.end)[0]
        prev = self._prev_words(o_start, 1)
        return bool(prev) and prev[0].startswith("ال") and prev[0] not in self.stopwords

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

    def _body(self, i: int) -> int:
        m, body = self.m[i], self.entry(i)
        start, end = m.span_start, m.end
        if self._attributive(i):
            return i + 1
        scoped = i + 1 < len(self.m) and self.entry(i + 1).kind in ("nisba", "country", "org") \
            and (self.gap(end, i + 1) == " " or self._words_between(end, i + 1, 2))
        if not scoped and self._coordinated_with_a_thing(i):
            return i + 1
        j = i + 1
        country = None
        if j < len(self.m):
            ne, nm = self.entry(j), self.m[j]
            if ne.kind == "nisba" and nm.prefix in ("", "ال") and self._words_between(end, j, 2):
                country, end = ne.country, nm.end
                j += 1
            elif ne.kind == "country" and self.gap(end, j) == " " and nm.prefix == "":
                country, end = ne.country, nm.end
                j += 1
        # a descriptor before an organisation's name: شركة … الروسية العملاقة «روسنفط»
        if j < len(self.m) and self.entry(j).kind == "org" and not self.m[j].prefix \
                and self._words_between(end, j, 2):
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
            self.out.append(Mention(start, end, "ORG", body.canonical, body.code, None, body.role,
                                    "title", body.id, m.prefix, kind=body.kind, person_like=True))
        return j
