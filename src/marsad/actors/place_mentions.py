"""Places and capitals: a city as a place or its government, nisba adjectives,
place names that are common words, clubs in sports news.

Part of the actor composer (`marsad.actors.compose.Composer`).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections import Counter

from marsad.actors import forms
from marsad.actors.composer_base import (Mention, _masdar, _verb_after_name, token_folds,
                                         tokens_folded_in)
from marsad.actors.gazetteer import club_word_forms
from marsad.lexicon.categories import current_words, per_lexicon
from marsad.lexicon.grammar import grammar_words
from marsad.text.normalize import fold, strip_conj


@per_lexicon
def _club_name_cues() -> frozenset[str]:
    """words.json `club_name_cues`, folded."""
    return current_words("words", "club_name_cues")


@per_lexicon
def _club_other_side() -> frozenset[str]:
    """words.json `club_other_side` (على، مع before the other club of a result), folded."""
    return current_words("words", "club_other_side")


@per_lexicon
def _club_nisba_heads() -> frozenset[str]:
    """words.json `club_nisba_heads` (نادي، فريق), folded."""
    return current_words("words", "club_nisba_heads")


@per_lexicon
def _club_name_blockers() -> frozenset[str]:
    """words.json `club_name_blockers` (رعاية، وزير، وزارة، هيئة), folded."""
    return current_words("words", "club_name_blockers")


@per_lexicon
def _league_heads() -> frozenset[str]:
    """words.json `league_heads` (دوري، الدوري), folded."""
    return current_words("words", "league_heads")


@per_lexicon
def _national_team_heads() -> frozenset[str]:
    """words.json `national_team_heads` (منتخب، المنتخب), folded."""
    return current_words("words", "national_team_heads")


@per_lexicon
def _own_team_words() -> frozenset[str]:
    """words.json `own_national_team_words` (منتخبنا), folded."""
    return current_words("words", "own_national_team_words")


@per_lexicon
def _team_word_forms() -> frozenset[str]:
    """Every word `_club_form` could read as one of `_own_team_words` or
    `_national_team_heads` (`club_word_forms`): the words `_own_national_teams` reads."""
    return club_word_forms(_own_team_words() | _national_team_heads())


@per_lexicon
def _own_team_adjectives() -> frozenset[str]:
    """words.json `own_national_team_adjectives` (الوطني، الأول), folded."""
    return current_words("words", "own_national_team_adjectives")


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

# One-word places that are also common nisba adjectives (Mali / "financial").
ADJECTIVE_HOMOGRAPHS = frozenset(fold(w) for w in ("مالي",))
# Definite places that are also common adjectives after a definite noun (the venerable, the new).
DEFINITE_ADJECTIVE_HOMOGRAPHS = frozenset(fold(w) for w in ("الجليل", "الجديدة", "الحرة",
                                                            "العظمى", "الكبرى"))

# Feminine nouns without ة before اليمنى "the right one" (اليد اليمنى), see _right_hand.
RIGHT_HAND_NOUNS = frozenset(fold(w) for w in ("اليد", "القدم", "العين", "الأذن", "الرجل",
                                               "الساق", "الذراع", "الكف", "يده", "قدمه"))

# Heads of NAMED_THINGS that name a place (مطار الملك خالد: a LOC of the person's country).
PLACE_HEADS = frozenset(fold(w) for w in (
    "مطار", "ميناء", "جسر", "شارع", "ميدان", "ملعب", "استاد", "ستاد", "مدينة", "قاعدة",
    "مسجد", "جامع"))


def _singular_nisba_of(party: str, nisba: str) -> bool:
    """Whether the folded `nisba` is a singular adjective of the folded `party` name: feminine
    (-يه) after a first noun in ة (حركه، جبهه), masculine (-ي) after any other (حزب، تيار); a
    plural (-يين، -يون، -يات) or a dual agrees with no party name."""
    if party.split(" ")[0].endswith("ه"):
        return nisba.endswith("يه")
    return nisba.endswith("ي") and not nisba.endswith("يي")


class PlaceRules:
    """The actor composer's rules on places."""

    def _place_of_person(self, mm: Mention, head: str, o_start: int) -> Mention | None:
        """The place named by place noun `head` (PLACE_HEADS: مطار، ميناء، شارع، مدينة …) and
        person mention mm, with one definite adjective after it (مطار الملك خالد الدولي،
        مدينة الملك عبد الله الاقتصادية): a LOC in the person's country, its text as name."""
        if head not in PLACE_HEADS:
            return None
        toks = self.doc.tokens
        head_tok = toks[bisect.bisect_left(self.tok_starts, o_start) - 1]
        end = mm.end
        if mm.kind == "title" and mm.name is None:
            name = self._unknown_name(mm.end, allow_comma=False)
            if name is None:
                return None
            end = name[1]
        j = bisect.bisect_left(self.tok_starts, self.ms.to_original(end - 1, end)[1])
        if j < len(toks) and toks[j].kind == "word" and self._adjacent(j):
            f = fold(toks[j].text)
            if f.startswith("ال") and f.endswith(("ي", "يه")) and len(f) >= 6 \
                    and f not in self.stopwords:
                end = self._token_end(toks[j])
        start = self._head_start(head_tok, head)
        prefix = self.text[self.ms.from_original(head_tok.start):start]
        text = self.doc.text[slice(*self.ms.to_original(start, end))]
        return Mention(start, end, "LOC", text, None, mm.country, None, "name",
                       f"place:{fold(text)}", prefix, kind="city", name=(start, end))

    def _nisba_as_noun(self, ti: int, nisba: Mention) -> bool:
        """A singular definite nationality standing as a noun (فاز الروسي، والألماني), not the
        adjective of the definite noun before it (الهجوم الإسرائيلي يستهدف)."""
        word = self.text[nisba.start:nisba.end]
        if not word.endswith(("ي", "يه")):
            return False
        prev = self.doc.tokens[ti - 1] if ti > 0 else None
        if prev is None or prev.kind != "word" or not self._adjacent(ti):
            return True
        f = fold(prev.text)
        if self.name_cues is not None and self.name_cues.kind(prev) in ("honorific", "noun"):
            return True
        return not (f.startswith(("ال", "لل", "وال", "بال")) or f.endswith("ه"))

    def _single(self, i: int) -> None:
        m, e = self.m[i], self.entry(i)
        s = m.span_start
        if e.kind == "person":
            code, role, office = self.person_code(e)
            self.out.append(Mention(s, m.end, "PERSON", e.canonical, code, e.country, role,
                                    "lexicon", e.id, m.prefix, office, "person",
                                    name=(self._after_titles(s, m.end), m.end), person_like=True))
        elif e.kind == "org":
            if self._common_noun_org(i) or self._listed_word_with_clitic(i):
                return  # القاعدة الجوية: the air base; فوات الأوان
            if e.open_name and self._org_name_goes_on(m.end):
                # حزب التجمع الوطني …: another party of the name, of its role and no country
                text = self.text[m.start:m.end]
                self.out.append(Mention(s, m.end, "ORG", text, e.role, None, e.role, "name",
                                        f"org:{fold(text)}", m.prefix, kind="org",
                                        name=self._name_span(i, s), person_like=True))
                return
            self.out.append(Mention(s, m.end, "ORG", e.canonical, e.code, e.country, e.role,
                                    "lexicon", e.id, m.prefix, kind="org",
                                    name=self._name_span(i, s), person_like=True))
        elif e.kind == "country":
            if self._adjective_place(i):
                nisba = self._own_nisba(i)
                if nisba is not None:
                    # الطائرات السعودية: the country's name is its own nisba's feminine, so
                    # the adjective still names the country (as الطائرات الكويتية does)
                    self._nisba_mention(i, nisba)
                return  # دعم مالي
            club = self._country_club(i)
            if club is not None:
                self._club_mention(i, club, self._name_span(i, s))
                return
            self.out.append(Mention(s, m.end, "GPE", e.canonical, e.code, e.country, None,
                                    "lexicon", e.id, m.prefix, kind="country",
                                    name=self._name_span(i, s)))
        elif e.kind == "nisba":
            if self.text[m.start:m.end] in self.gaz.broken_plurals \
                    and forms.preposition_of(m.prefix) and not m.prefix.endswith(("ال", "لل")):
                return  # بروس is Bruce, not "with Russians": a broken plural takes the article
            if self._right_hand(i) or self._nisba_homograph(i):
                return  # الجهة اليمنى، اليد اليمنى: "right", not Yemeni; المجرى: a channel
            if e.scope_only:
                return  # الأكراد alone: a people, coded only as an actor noun's (KURREB)
            self._nisba_mention(i, e)
        elif e.kind == "city":
            self._city(i)

    def _nisba_mention(self, i: int, e) -> None:
        m = self.m[i]
        self.out.append(Mention(m.span_start, m.end, "GPE", e.canonical, e.code, e.country, None,
                                "nisba", e.id, m.prefix, kind="nisba"))

    def _own_nisba(self, i: int):
        """The nisba entry of the same country that country match i's key also is (السعودية is
        both Saudi Arabia and the feminine of سعودي), or None."""
        m, e = self.m[i], self.entry(i)
        key = self.text[m.start:m.end]
        if not key.startswith("ال"):
            return None
        # (the matcher kept the longer key, the country's with its article, over the nisba's)
        return self.gaz.entry_of_key(key[2:], "nisba", e.country)

    def _org_name_goes_on(self, end: int) -> bool:
        """Whether the words after matching offset `end` go on with an organisation's name: a
        definite word that is no time word (حزب التجمع [الوطني]) or من أجل (… [من أجل] الثقافة)."""
        after = self.text[end:end + 40].split(" ")
        if len(after) < 2 or after[0] != "":
            return False
        w = fold(after[1].rstrip("،,.:;»\"'"))
        if w.startswith("ال") and w == fold(after[1]) and w not in grammar_words().name_time_words \
                and w not in self.stopwords:
            return True
        return w == "من" and len(after) > 2 and fold(after[2]) == fold("أجل")

    def _city(self, i: int) -> None:
        m, e = self.m[i], self.entry(i)
        s = m.span_start
        place = True
        if e.capital and e.country:
            place = self._is_place(i)
        name = self._name_span(i, s)
        if self._adjective_place(i) or self._common_word_place(i) or self._idiom_place(i):
            return  # الصحابي الجليل، دعم مالي: an adjective spelled like a place
        club = self._club_nisba(i)
        if club is not None:
            # برشلونة الإسباني، ليون الفرنسي: a city is feminine; a masculine nationality after it
            # makes it a club (نادٍ), one organisation mention with the nisba
            self._club_mention(i, club, name)
            return
        if e.country and not e.region and self._team_of_place(i):
            self._team_mention(i, name)
            return  # حاصر ليفربول منطقة جزاء شيفلد: the club
        if place:
            self.out.append(Mention(s, m.end, "LOC", e.canonical, None, e.country, None, "lexicon",
                                    e.id, m.prefix, kind="city", name=name))
        else:
            code = self.gaz.country_code(e.country)
            self.out.append(Mention(s, m.end, "GPE", e.canonical, code, e.country, None,
                                    "metonymy", e.id, m.prefix, kind="city", name=name))

    def _clubs_before_nisba(self) -> None:
        """An unknown name of one or two words right before a masculine singular definite
        nationality in sports news is a club (ميلان الإيطالي، هيلاس فيرونا الإيطالي، بورتو
        البرتغالي): a city would take the feminine, and a player is named after a title or a
        cue, which the name rules before this one have read. One organisation mention with the
        nisba, of its country. Not after punctuation (، ومنح الجزائري: a verb opening a clause)."""
        toks = self.doc.tokens
        taken = self._taken()
        added: list[tuple[Mention, Mention]] = []
        for mt in self.out:
            if mt.kind != "nisba" or mt.prefix != "ال" or self.doc.text[
                    self.ms.to_original(mt.start, mt.end)[1] - 1] != "ي":
                continue  # المجرى "the channel" folds like المجري "Hungarian"
            ti = bisect.bisect_left(self.tok_starts, self.ms.to_original(mt.start, mt.end)[0])
            k = ti - 1
            # (the word before first: the sentence's sports test reads all its tokens)
            if ti < 2 or ti >= len(toks) or not self._adjacent(ti) \
                    or not self._club_word(toks[k], taken) or not self._sports_sentence(mt.start):
                continue
            if self._adjacent(k) and k >= 2 and self._club_word(toks[k - 1], taken) \
                    and toks[k - 2].kind == "word" and self._club_first_word(toks[k - 1]):
                k -= 1  # هيلاس فيرونا، كونيا سبورت
            if toks[k - 1].kind != "word" or fold(toks[k].text)[0] in "وف" \
                    and not self._adjacent(k):
                continue
            a = self.ms.from_original(toks[k].start)
            text = self.doc.text[toks[k].start:toks[ti - 1].end]
            added.append((mt, Mention(a, mt.end, "ORG", self.romanize(text) or text, None,
                                      mt.country, None, "name", f"club:{fold(text)}", "",
                                      kind="org", name=(a, self._token_end(toks[ti - 1])),
                                      person_like=True)))
            taken[a:mt.end] = b"\x01" * (mt.end - a)
        if added:
            gone = {id(n) for n, _ in added}
            self.out = sorted([mt for mt in self.out if id(mt) not in gone]
                              + [c for _, c in added], key=lambda mt: mt.start)

    def _parties_before_other_nisba(self) -> None:
        """A party of the dictionaries right before a nisba of another country is that
        country's namesake party (حزب العمال [الأسترالي]: Australia's Labor party, not the
        keyed British one): one mention with the nisba, of the nisba's country and the party's
        role; its name is the keyed one without its country's note, with the country's.
        Only a space between them; the same country (حزب الله اللبناني) is left as it is. The
        nisba must be a singular adjective agreeing with the party's first noun (حزب … الأسترالي،
        حركة … الإسرائيلية): a plural (حزب الله [الإسرائيليين]) is the verb's object, no
        adjective of the party (twenty-second session, review)."""
        out = self.out
        merged: list[tuple[Mention, Mention, Mention]] = []
        for a, b in zip(out, out[1:]):
            if a.how != "lexicon" or a.kind != "org" or a.role != "PTY" or not a.country \
                    or b.kind != "nisba" or b.prefix != "ال" or not b.country \
                    or b.country == a.country or self.ms.text[a.end:b.start] != " " \
                    or not _singular_nisba_of(fold(self.ms.text[a.start:a.end]),
                                              fold(self.ms.text[b.start:b.end])):
                continue
            base = re.sub(r"\s*\([^)]*\)$", "", a.canonical)
            merged.append((a, b, Mention(
                a.start, b.end, "ORG", f"{base} ({b.canonical})", b.country + "PTY", b.country,
                "PTY", "nisba", f"{a.actor_id}@{b.country}", a.prefix, kind="org",
                name=a.name, person_like=True)))
        if merged:
            gone = {id(x) for a, b, _ in merged for x in (a, b)}
            self.out = sorted([mt for mt in out if id(mt) not in gone]
                              + [c for _, _, c in merged], key=lambda mt: mt.start)

    def _common_word_clubs(self) -> None:
        """A club whose name is a common word (orgs.json `sports_forms`: الهلال the crescent,
        النصر victory, الاتحاد, الأهلي, الشباب youth) in a sports sentence (words.json
        `sports_words`) is the club when a word of words.json `club_name_cues` stands right
        before it (فاز الهلال، فريق النصر، أمام الاتحاد) or another such club is joined to it by
        و (الهلال والنصر), and no definite word follows it (الاتحاد الأوروبي، الهلال الأحمر،
        الشباب والرياضة); once one is read so, that name alone in the article's other sports
        sentences is the club too (فاز الهلال … وسجل للهلال), and so is another such name
        after على / مع in its sentence (فاز الهلال على النصر). A mention of the word alone (the
        youth, CVL) gives way (twenty-first session)."""
        clubs = self.gaz.sports_clubs
        if not clubs or self.name_cues is None or not self.name_cues.sports:
            return
        toks = self.doc.tokens
        found = []  # (token index, form, matching start, end, prefix)
        own = {}  # index into found -> (club entry, start of its head): نادي الاتحاد السعودي
        folds = token_folds(self)
        # (only the tokens whose folded text is in the words: no club however its prefixes are
        # read in the others, most words)
        for ti in tokens_folded_in(self, self.gaz.sports_club_words):
            t = toks[ti]
            if t.kind != "word":
                continue
            f = folds[ti]
            form, prefix = _club_form(f, clubs)
            if form is None:
                continue
            named = None
            if not self._no_definite_after(ti, clubs):
                named = self._club_with_own_nisba(ti, form)
                if named is None:
                    continue
            b = self._token_end(t)
            a = b - len(form) if not prefix.endswith("لل") else self.ms.from_original(t.start)
            if named is not None:
                own[len(found)] = named[0], named[1]
                b = named[2]
            found.append((ti, form, a, b, prefix))
        if not found:
            return
        cues = _club_name_cues()
        sure = set(own)
        at = {ti: k for k, (ti, *_) in enumerate(found)}
        for k, (ti, form, a, b, prefix) in enumerate(found):
            prev = fold(toks[ti - 1].text) if ti > 0 and toks[ti - 1].kind == "word" else ""
            joined = prefix[:1] == "و" and ti - 1 in at or ti + 1 in at and \
                found[at[ti + 1]][4][:1] == "و"
            if (_one_of(prev, cues) or joined) and self._sports_sentence(a):
                sure.add(k)
        if not sure:
            return
        # (the other side of a result in a sentence that names a club so: فاز الهلال على
        # النصر، تعادل الاتحاد مع الأهلي)
        sentence = [self.doc.sentence_at(toks[ti].start) for ti, *_ in found]
        sure_sentences = {sentence[k] for k in sure}
        for k, (ti, *_) in enumerate(found):
            if sentence[k] in sure_sentences and ti > 0 and \
                    _one_of(fold(toks[ti - 1].text), _club_other_side()) and \
                    not (toks[ti - 1].text == "علي" and self._ali_apart):
                sure.add(k)  # (not علي in a text that writes على: Ali, a player's name)
        forms_read = {found[k][1] for k in sure}
        taken = self._taken()
        countries, leagues = self._named_countries(), self._league_countries()
        # (a foreign club read here by its only name counts as the others do: تعادل الاتحاد
        # مع الترجي; foreign: not of the country most clubs of a common-word name are of; a
        # national team is none: لاعب الأخضر … مرمى الفراعنة)
        home = Counter(e.country for e in clubs.values()).most_common(1)[0][0]
        teams = {e.id for e in self.gaz.national_teams.values()}
        countries |= {clubs[found[k][1]].country for k in sure
                      if len(self.gaz.sports_namesakes.get(found[k][1], ())) == 1
                      and clubs[found[k][1]].country not in (None, home)
                      and clubs[found[k][1]].id not in teams}
        added, gone = [], set()
        for k, (ti, form, a, b, prefix) in enumerate(found):
            if k not in sure and (form not in forms_read or not self._sports_sentence(a) or
                                  ti > 0 and strip_conj(fold(toks[ti - 1].text))[:2] == "ال"
                                  or not self._spread_fits(ti)):
                continue  # (الهيئة العامة للشباب: a definite word's complement)
            if k not in sure and ti > 0 and toks[ti - 1].kind == "word" and \
                    self._adjacent(ti) and (self._given(toks[ti - 1]) and
                                            not toks[ti - 1].text.endswith("ه") or
                                            toks[ti - 1].text == "علي"):
                # (لاعب الوسط علي الشعلة: a player's surname; ناديه الاتحاد: his club, not
                # Nadia; twenty-second session)
                continue
            if k in own:
                e, a = own[k]
                prefix = ""
                inside = [mt for mt in self.out if mt.start < b and a < mt.end]
            else:
                inside = [mt for mt in self.out if mt.start < b and a < mt.end]
                if any(mt.start < a or mt.end > b for mt in inside) or \
                        not inside and 1 in taken[a:b]:
                    continue  # (a part of a longer name: محمد الشباب)
                e = self._club_of_league(form, leagues) or self._listed_namesake(form, a) or \
                    self._first_club(form, countries)
            if e is None:
                continue
            gone.update(id(mt) for mt in inside)
            added.append(Mention(a, b, "ORG", e.canonical, e.code, e.country, e.role, "lexicon",
                                 e.id, prefix, kind="org", name=(a, b), person_like=True))
            taken[a:b] = b"\x01" * (b - a)
        if added:
            self.out = sorted([mt for mt in self.out if id(mt) not in gone] + added,
                              key=lambda mt: mt.start)

    def _club_with_own_nisba(self, ti: int, form: str):
        """(the club, the matching start of its head, the end of the nisba) when token ti, a
        club's common-word name, stands after a head of words.json `club_nisba_heads` (نادي،
        فريق) and before the masculine nisba of the country of one of the clubs listed with
        the name (نادي الاتحاد السعودي، فريق النصر الإماراتي): the nisba is the club's, not a
        person's name nor another body (الاتحاد السعودي لكرة القدم has no نادي); else None."""
        toks = self.doc.tokens
        if ti < 1 or toks[ti - 1].kind != "word" or not self._adjacent(ti):
            return None
        head = strip_conj(fold(toks[ti - 1].text))
        heads = _club_nisba_heads()
        if head not in heads:
            head = head[1:] if head[:1] in "بل" else ""
            if head not in heads:
                return None
        j = self._match_index_at(ti + 1)
        if j is None or not self._adjacent(ti + 1):
            return None
        nm, ne = self.m[j], self.entry(j)
        if ne.kind != "nisba" or nm.prefix != "ال" or not self.text[nm.start:nm.end].endswith("ي"):
            return None
        club = next((e for e in self.gaz.sports_namesakes.get(form, ())
                     if e.country == ne.country), None)
        if club is None:
            return None
        return club, self._token_end(toks[ti - 1]) - len(head), nm.end

    def _spread_fits(self, ti: int) -> bool:
        """May the club's name at token ti, read as the club elsewhere in the article, be the
        club here too? Not after a noun of words.json `club_name_blockers` (لرعاية الشباب، وزير
        الشباب) nor before a plural verb (إن الشباب يحتاجون): the common word. (Any indefinite
        noun in construct was tried as a blocker and dropped: in sports reports the name after
        one is mostly the club, خزائن الأهلي، بيئة الهلال; twenty-first session, review.)"""
        toks = self.doc.tokens
        if ti + 1 < len(toks) and toks[ti + 1].kind == "word" and self._adjacent(ti + 1) and \
                _plural_verb(strip_conj(fold(toks[ti + 1].text))):
            return False
        return ti < 1 or toks[ti - 1].kind != "word" or not self._adjacent(ti) or \
            not _one_of(fold(toks[ti - 1].text), _club_name_blockers())

    def _named_countries(self) -> frozenset[str]:
        """The countries the article names (a country, a nisba or a city of it) and those of
        the companies it names in sports sentences (a club: الزمالك Egypt; twenty-first
        session, review)."""
        namesakes = frozenset(e.id for group in self.gaz.sports_namesakes.values()
                              if len(group) > 1 for e in group)
        return frozenset(mt.country for mt in self.out
                         if mt.country and (mt.kind in ("country", "nisba", "city") or
                                            mt.kind == "org" and self._club_like(mt, namesakes)))

    def _club_like(self, mt: Mention, namesakes: frozenset[str]) -> bool:
        """A company or a club named in a sports sentence (الزمالك، برشلونة الإسباني), not one
        of the clubs listed with a common-word name (`namesakes`: النادي الأهلي is Egypt's
        in the dictionary and Jeddah's in a Saudi report)."""
        return (mt.role == "BUS" or mt.actor_id.startswith(("club:", "team:"))) and \
            mt.actor_id not in namesakes and self._sports_sentence(mt.start)

    def _league_countries(self) -> frozenset[str]:
        """The countries whose league the article names: a nisba right after a word of
        words.json `league_heads` (في الدوري الكويتي), or a league listed by its sponsor's
        name (orgs.json `league`: دوري عبداللطيف جميل; twenty-second session)."""
        heads = _league_heads()
        toks = self.doc.tokens
        out = {mt.country for mt in self.out
               if mt.country and mt.actor_id in self.gaz.leagues}
        for mt in self.out:
            if mt.kind != "nisba" or not mt.country:
                continue
            ti = bisect.bisect_left(self.tok_starts, self.ms.to_original(mt.start, mt.end)[0])
            if 0 < ti < len(toks) and toks[ti - 1].kind == "word" and \
                    _club_form(fold(toks[ti - 1].text), heads)[0] is not None:
                out.add(mt.country)
        return frozenset(out)

    def _club_of_league(self, form: str, leagues: frozenset[str]):
        """Of the clubs listing a common-word name (orgs.json `sports_forms`: القادسية of Khobar
        and of Kuwait), the first whose country's league the article names (في الدوري
        الكويتي), if any."""
        return next((e for e in self.gaz.sports_namesakes.get(form, ())
                     if e.country in leagues), None)

    def _first_club(self, form: str, countries: frozenset[str]):
        """The first club listed with a common-word name (the Saudi club) when the article
        names its country or no country at all (a foreign club's country counts:
        `_named_countries`, الأهلي against الزمالك); None when it names only others (الأهلي
        in a report naming only Tunisia and Egypt: another club of the name). No namesake is
        taken by the countries alone: a Saudi report names foreign clubs its own club meets."""
        e = self.gaz.sports_clubs[form]
        return e if not countries or e.country in countries else None

    def _national_teams(self) -> None:
        """A word of words.json `national_team_heads` right before a country's name (منتخب
        مصر) or, definite, before its masculine nisba (المنتخب السعودي) makes one organisation
        mention of the country's national team: its orgs.json entry (`national_team`) or «<the
        country> national team», coded as the clubs are (the country's code and BUS), not the
        country's government. Not after a definite word (الرئيس المنتخب المصري: elected)."""
        heads = _national_team_heads()
        if not heads:
            return
        toks = self.doc.tokens
        added, gone = [], set()
        for mt in self.out:
            if mt.kind not in ("country", "nisba") or not mt.country or mt.start < 1:
                continue
            a0, b0 = self.ms.to_original(mt.start, mt.end)
            ti = bisect.bisect_left(self.tok_starts, a0)
            if ti < 1 or ti >= len(toks) or not self._adjacent(ti) or \
                    mt.prefix not in ("", "ال"):
                continue
            head_tok = toks[ti - 1]
            if head_tok.kind != "word":
                continue
            head, prefix = _club_form(fold(head_tok.text), heads)
            if head is None:
                continue
            definite = head.startswith("ال")
            if mt.kind == "nisba" and (not definite or self.doc.text[b0 - 1] != "ي"):
                continue  # (المنتخبة: another noun; the team's nisba is masculine)
            if mt.kind == "country" and (definite or mt.prefix):
                continue
            if ti >= 2 and toks[ti - 2].kind == "word" and self._adjacent(ti - 1) and \
                    strip_conj(fold(toks[ti - 2].text)).startswith("ال") and not prefix:
                continue  # الرئيس المنتخب: elected
            e = self.gaz.national_teams.get(mt.country)
            a = self.ms.from_original(head_tok.start)
            if not prefix.endswith("لل"):
                a = self.ms.from_original(head_tok.end) - len(head)
            # (the country's name stays a name of its own inside the team, as the country of
            # رئيس آذربيجان: NER corpora tag it a place; a nisba is no name)
            country = next((mm.hits[0][0] for mm in self.m if mm.span_start == mt.start
                            and mm.end == mt.end), None) if mt.kind == "country" else None
            nested = ((mt.start, mt.end, country),) if country is not None else ()
            if e is not None:
                team = Mention(a, mt.end, "ORG", e.canonical, e.code, e.country, e.role,
                               "lexicon", e.id, prefix, kind="org", person_like=True,
                               nested=nested)
            else:
                code = self.gaz.country_code(mt.country)
                team = Mention(a, mt.end, "ORG", f"{mt.canonical} national team",
                               code + "BUS" if code else None, mt.country, "BUS", "lexicon",
                               f"team:{mt.country}", prefix, kind="org", person_like=True,
                               nested=nested)
            added.append(team)
            gone.add(id(mt))
        if added:
            self.out = sorted([mt for mt in self.out if id(mt) not in gone] + added,
                              key=lambda mt: mt.start)

    def _team_alone_after_named(self) -> None:
        """«المنتخب» alone (والمنتخب، للمنتخب، بالمنتخب) after the article named one national
        team (`_national_teams`, `_own_national_teams`: المنتخب السعودي، منتخب مصر) is that team;
        not when it named two or more (a match between two), nor before a definite word (المنتخب
        الأولمبي: another team; المنتخب الياباني: read by the rule of nisbas) nor after one
        (الرئيس المنتخب: elected), nor inside another mention."""
        heads = _national_team_heads()
        listed = {e.id for e in self.gaz.national_teams.values()} if heads else set()
        teams = [mt for mt in self.out if mt.kind == "org" and (
            mt.actor_id in listed or mt.actor_id.startswith("team:"))]
        if not teams or len({mt.actor_id for mt in teams}) != 1:
            return
        team, first = teams[0], teams[0].end
        toks = self.doc.tokens
        taken = self._taken()
        added = []
        for ti in range(bisect.bisect_left(self.tok_starts, self.ms.to_original(first, first)[0]),
                        len(toks)):
            t = toks[ti]
            if t.kind != "word":
                continue
            head, prefix = _club_form(fold(t.text), heads)
            if head is None or not head.startswith("ال"):
                continue
            nxt = toks[ti + 1] if ti + 1 < len(toks) else None
            if nxt is not None and nxt.kind == "word" and self._adjacent(ti + 1) \
                    and nxt.text.startswith("ال") and (nxt.text.endswith(("ي", "ية")) or 1 not in
                                                       taken[self.ms.from_original(nxt.start):
                                                             self._token_end(nxt)]):
                continue  # (an adjective or a nisba: another team, or the one read so; a
                # place a mention holds, ويغادر المنتخب القاهرة, is an object)
            if ti >= 1 and toks[ti - 1].kind == "word" and self._adjacent(ti) and not prefix \
                    and toks[ti - 1].text.lstrip("وف").startswith("ال"):
                continue
            a = self.ms.from_original(t.start)
            b = self._token_end(t)
            if not prefix.endswith("لل"):
                a = b - len(head)
            if a < first or 1 in taken[a:b]:
                continue
            added.append(Mention(a, b, "ORG", team.canonical, team.code, team.country,
                                 team.role, "coref", team.actor_id, prefix, kind="org",
                                 person_like=True))
            taken[a:b] = b"\x01" * (b - a)
        if added:
            self.out = sorted(self.out + added, key=lambda mt: mt.start)

    def _article_home(self) -> str | None:
        """The article's own country: the one country its dateline's places name (بغداد -
        رويترز: Iraq), or with no place its agency (واس), else its outlet's (outlets.json),
        else None."""
        lines = [(x.start, x.end) for x in self.doc.sentences if x.kind == "dateline"]
        places, agencies = set(), set()
        for mt in self.out if lines else ():
            o = self.ms.to_original(mt.start, mt.end)[0]
            if mt.country and mt.kind in ("city", "country", "org") and \
                    any(a <= o < b for a, b in lines):
                (agencies if mt.kind == "org" else places).add(mt.country)
        told = places or agencies
        if len(told) == 1:
            return next(iter(told))
        return self.press_country if not told else None

    def _team_of(self, country: str, a: int, b: int, prefix: str) -> Mention | None:
        """The national team of `country` as a mention over [a, b): its orgs.json entry
        (`national_team`) or «<country> national team» with the country's code and BUS."""
        e = self.gaz.national_teams.get(country)
        if e is not None:
            return Mention(a, b, "ORG", e.canonical, e.code, e.country, e.role, "lexicon", e.id,
                           prefix, kind="org", person_like=True)
        c = self.gaz.countries.get(country)
        if c is None:
            return None
        return Mention(a, b, "ORG", f"{c.canonical} national team",
                       c.code + "BUS" if c.code else None, country, "BUS", "lexicon",
                       f"team:{country}", prefix, kind="org", person_like=True)

    def _own_national_teams(self) -> None:
        """A national team named with no country: منتخبنا (words.json
        `own_national_team_words`) or a definite word of `national_team_heads` before an
        adjective of `own_national_team_adjectives` (المنتخب الوطني، المنتخب الأول) is the
        national team of the article's own country (`_article_home`: its dateline's, else its
        outlet's); a masculine nisba right after them names the country itself (المنتخب الوطني
        العراقي). Not after a definite word (الرئيس المنتخب الأول: elected), not over another
        mention (twenty-second session)."""
        own, adjectives = _own_team_words(), _own_team_adjectives()
        heads = _national_team_heads()
        if not own and not adjectives:
            return
        toks = self.doc.tokens
        found = []  # (start, end, prefix, nisba mention or None)
        folds = token_folds(self)
        # (only the tokens whose folded text is in the forms: neither منتخبنا nor المنتخب
        # however its prefixes are read in the others)
        for ti in tokens_folded_in(self, _team_word_forms()):
            t = toks[ti]
            if t.kind != "word":
                continue
            f = folds[ti]
            form, prefix = _club_form(f, own)
            head = None
            if form is None:
                head, prefix = _club_form(f, heads)
                if head is None or not head.startswith("ال"):
                    continue
            k = ti + 1
            adjective = k < len(toks) and toks[k].kind == "word" and self._adjacent(k) and \
                fold(toks[k].text) in adjectives
            if head is not None and not adjective:
                continue
            before = strip_conj(fold(toks[ti - 1].text)) if ti >= 1 and \
                toks[ti - 1].kind == "word" and self._adjacent(ti) else ""
            if before.startswith("ال") and before not in grammar_words().non_verb_openers \
                    and not prefix:
                continue  # الرئيس المنتخب الأول: elected (إلى المنتخب: a preposition)
            name = form or head
            a = self.ms.from_original(t.start)
            if not prefix.endswith("لل"):
                a = self._token_end(t) - len(name)
            b = self._token_end(toks[k]) if adjective else self._token_end(t)
            nisba = None
            if adjective:
                j = self._match_index_at(k + 1)
                if j is not None and self._adjacent(k + 1):
                    nm = self.m[j]
                    if self.entry(j).kind == "nisba" and nm.prefix == "ال" and \
                            self.text[nm.start:nm.end].endswith("ي"):
                        nisba = next((mt for mt in self.out if mt.start == nm.span_start
                                      and mt.kind == "nisba"), None)
            found.append((a, b, prefix, nisba))
        if not found:
            return
        home = self._article_home()
        added, gone = [], set()
        for a, b, prefix, nisba in found:
            country = nisba.country if nisba is not None else home
            if not country:
                continue
            end = nisba.end if nisba is not None else b
            if any(mt.start < end and a < mt.end and mt is not nisba for mt in self.out):
                continue
            team = self._team_of(country, a, end, prefix)
            if team is None:
                continue
            added.append(team)
            if nisba is not None:
                gone.add(id(nisba))
        if added:
            self.out = sorted([mt for mt in self.out if id(mt) not in gone] + added,
                              key=lambda mt: mt.start)

    def _namesake_clubs_by_context(self) -> None:
        """A keyed name of a club made of a club's head and a name listed for several clubs
        (orgs.json `sports_forms`; النادي الأهلي, Cairo's in the dictionary) is the club the
        article's context says, as the bare name is (`_common_word_clubs`): the club of the
        league it names (الدوري السعودي، دوري عبداللطيف جميل), else of the one country of the
        namesakes whose other clubs it names in sports sentences (الهلال، الاتحاد), else of its
        own country (`_article_home`: a Saudi dateline or outlet); else as keyed (twenty-second
        session)."""
        groups = self.gaz.sports_namesakes
        heads = _club_nisba_heads()
        if not groups or not heads:
            return
        picks = []
        for n, mt in enumerate(self.out):
            inner = None  # a title holding the club (مندوب النادي الأهلي): its nested club's
            if mt.kind == "title" and len(mt.nested) == 1:
                inner = mt.nested[0]
                a, b = inner[0], inner[1]
                club_id = self.gaz.entries[inner[2]].id
            elif mt.kind == "org":
                a, b, club_id = mt.start, mt.end, mt.actor_id
            else:
                continue
            if " " not in self.text[a:b]:
                continue
            head, _, form = fold(self.text[a:b]).partition(" ")
            head = strip_conj(head)
            for clitic in ("لل", "بال", "ال", "ب", "ل"):  # (للنادي، بالنادي، النادي، لنادي)
                if head.startswith(clitic) and head[len(clitic):] in heads:
                    head = head[len(clitic):]
                    break
            if head not in heads or len(groups.get(form, ())) < 2 or \
                    all(e.id != club_id for e in groups[form]):
                continue
            if any(x.kind == "nisba" and mt.end < x.start <= mt.end + 2
                   for x in self.out[n + 1:n + 2]):
                continue  # (النادي الأهلي المصري: the nisba after it says whose)
            picks.append((n, form, inner))
        if not picks:
            return
        leagues = self._league_countries()
        namesakes = frozenset(e.id for group in groups.values() if len(group) > 1
                              for e in group)
        clubs = {mt.country for mt in self.out if mt.kind == "org" and mt.country and
                 mt.actor_id not in self.gaz.leagues and self._club_like(mt, namesakes)}
        home = None
        for n, form, inner in picks:
            group = groups[form]
            e = self._club_of_league(form, leagues)
            if e is None:
                named = [x for x in group if x.country in clubs]
                if len(named) == 1:
                    e = named[0]
            if e is None:
                home = home or self._article_home() or "-"
                e = next((x for x in group if x.country == home), None)
            mt = self.out[n]
            if inner is not None:
                self._title_of_other_club(n, inner, e)
                continue
            if e is None or e.id == mt.actor_id:
                continue
            self.out[n] = Mention(mt.start, mt.end, "ORG", e.canonical, e.code, e.country,
                                  e.role, mt.how, e.id, mt.prefix, kind="org", name=mt.name,
                                  nested=mt.nested, person_like=mt.person_like)

    def _title_of_other_club(self, n: int, inner: tuple[int, int, int], e) -> None:
        """Mention n, a title holding the keyed club `inner` (مندوب النادي الأهلي), made the
        title of club entry `e` the context chose: its nested club, and its code, name and id
        where they came from the keyed club's."""
        mt = self.out[n]
        old = self.gaz.entries[inner[2]]
        if e is None or e.id == old.id:
            return
        idx = next(i for i, x in enumerate(self.gaz.entries) if x is e)
        code = e.code if mt.code == old.code else mt.code
        self.out[n] = dataclasses.replace(
            mt, canonical=mt.canonical.replace(old.canonical, e.canonical), code=code,
            actor_id=mt.actor_id.replace(f":{old.code}:", f":{code}:"),
            nested=((inner[0], inner[1], idx),))

    def _listed_namesake(self, form: str, before: int):
        """The entry of another club listed with the name and a nisba (الأهلي المصري) that the
        article names before `before`: its club is the one meant by the name alone after it (a
        Saudi report that names its own club first and the namesake later with its nisba, مدرب
        القادسية … القادسية الكويتي, keeps its own)."""
        for i, m in enumerate(self.m):
            e = self.entry(i)
            if m.start < before and e.kind == "org" and \
                    e.id != self.gaz.sports_clubs[form].id and \
                    fold(self.text[m.start:m.end]).startswith(form + " "):
                return e
        return None

    def _no_definite_after(self, ti: int, clubs) -> bool:
        """No definite word (nor و + one that is no such club) right after token ti."""
        toks = self.doc.tokens
        if ti + 1 >= len(toks) or toks[ti + 1].kind != "word" or not self._adjacent(ti + 1):
            return True
        nf = fold(toks[ti + 1].text)
        if nf.startswith("ال"):
            return False
        return not nf.startswith(("وال", "فال")) or _club_form(nf, clubs)[0] is not None

    def _club_first_word(self, t) -> bool:
        """Can token t open a club's name of two words? Not a plural or a word with ل, which
        are nouns before the name (محاولات فيورنتينا، لصفوف فيورنتينا), nor a person noun
        (مدافع مورجيس)."""
        f = fold(t.text)
        nouns = self.name_cues.person_nouns if self.name_cues is not None else {}
        return not f.endswith(("ات", "ين", "ون")) and f[0] != "ل" and f not in nouns

    def _club_word(self, t, taken: bytearray) -> bool:
        """Can token t be a word of a club's unknown name? A name-like word outside every
        mention, not a given name, a verb (اكتفى), a verbal noun (انتقال، باستبدال) or a word in
        ة or a pronoun (نظيره، برها)."""
        f = fold(t.text)
        verbs = self.name_cues.verbs if self.name_cues is not None else frozenset()
        return t.kind == "word" and not t.segments and len(f) >= 3 \
            and not t.text.endswith(("ة", "ه", "ها", "ى")) \
            and not taken[self.ms.from_original(t.start)] and f not in self.given_names \
            and f not in verbs and self._name_word(f, first=True) \
            and not _verb_after_name(f) and not _masdar(f) and not _masdar(f[1:]) \
            and not (len(f) == 6 and f[0] == "ا" and f[4] == "ا")  # انتقال، اجتماع

    def _club_mention(self, i: int, club: int, name: tuple[int, int]) -> None:
        """One organisation mention for place match i and the nationality match `club` after
        it (برشلونة الإسباني، قطر القطري), the club of that country."""
        m, e = self.m[i], self.entry(i)
        self.out.append(Mention(m.span_start, self.m[club].end, "ORG", e.canonical, None,
                                self.entry(club).country, None, "name", f"club:{e.id}", m.prefix,
                                kind="org", name=name, person_like=True))
        self.skip_to = club + 1

    def _team_mention(self, i: int, name: tuple[int, int]) -> None:
        """One organisation mention for place match i read as its team (`_team_of_place`), of
        the place's country."""
        m, e = self.m[i], self.entry(i)
        self.out.append(Mention(m.span_start, m.end, "ORG", e.canonical, None, e.country, None,
                                "name", f"club:{e.id}", m.prefix, kind="org", name=name,
                                person_like=True))

    def _team_of_place(self, i: int) -> bool:
        """In a match report (a sentence with a words.json `match_words` word: مباراة، الشوط،
        المرمى), a city's name is its club (حاصر ليفربول منطقة جزاء شيفلد، حارس مرمى مانشستر),
        unless ب / ك, a locative word (في، إلى، من،
        مدينة) or a tournament head (`tournament_heads`: كأس آسيا، ملعب القاهرة) is before it, it
        is in a dateline; right after another name, joined by و or not, it is what that name is
        (في الرياض وجدة: places; بين آرسنال وموناكو: clubs). NewsFANE's and the eighteenth
        session's most frequent wrong type (nineteenth session). A country's name stays a
        place (تعادل إيطاليا مع إنجلترا): its team is ORG in NewsFANE but LOC in ANERcorp, and
        the rule read for countries too took ANERcorp's F1 from 0.785 to 0.769."""
        cues = self.name_cues
        m = self.m[i]
        if cues is None or not cues.match_words or forms.preposition_of(m.prefix) in ("ب", "ك") \
                or not self._match_report(m.start):
            return False
        o_start = self.ms.to_original(m.word_start, m.end)[0]
        si = self.doc.sentence_at(o_start)
        if si >= 0 and self.doc.sentences[si].kind == "dateline":
            return False
        q = o_start
        while q > 0 and self.doc.text[q - 1] in "«\"“":
            q -= 1  # (a quoted name: في «سالزبورغ»)
        prev = self._prev_words(q, 2)
        if prev[:1] in (["و"], ["ف"], ["ل"]):
            prev = prev[1:]  # (a clitic written apart: ل إيرلندا)
        elif prev[:1] in (["ب"], ["ك"]):
            return False
        last = self.out[-1] if self.out else None
        if last is not None and last.kind in ("city", "country", "org") and \
                not self.text[last.end:m.span_start].strip(" و"):
            # (joined to the name before it, or a name that begins with و, وجدة: as it is)
            return last.type == "ORG" and last.actor_id.startswith("club:")
        p = prev[0] if prev else ""
        bare = p[1:] if p[:1] in "وفبل" and len(p) > 3 else p
        before = self.doc.text[max(0, o_start - 6):o_start].rstrip()
        if before.endswith("(") or before.endswith(("-", "–")) and \
                not before[:-1].rstrip().endswith(")") or \
                not prev and self.text[m.end:m.end + 3].strip().startswith(("-", "–")):
            # (a country in brackets, ليون (فرنسا); a dateline, نيويورك - الخرطوم - وكالات; not
            # a fixture's second club, بوردو (فرنسا) - أيندهوفن)
            return False
        if p.startswith("ال") and p.endswith(("ي", "يه")) and p not in LOCATIVE_WORDS \
                and len(prev) > 1:
            p = prev[1]  # (a head and its adjective: العاصمة الألمانية برلين)
            bare = p[1:] if p[:1] in "وفبل" and len(p) > 3 else p
        if any(w in cues.verbs for w in (p, bare, *prev[1:2])) or last is not None and \
                last.type == "PERSON" and not self.text[last.end:m.span_start].strip():
            # the object of a clause verb, after its subject or not: زار الرئيس المصري موسكو
            # لحضور مباراة، هاجم مسلحون حمص خلال مباراة (a place; review of the nineteenth
            # session)
            return False
        place_nouns = grammar_words().name_place_nouns
        return not any(w in LOCATIVE_WORDS or w in place_nouns or w in cues.tournament_heads
                       for w in (p, bare))

    def _match_report(self, pos: int) -> bool:
        """Is the sentence at matching offset `pos` a match report (a words.json `match_words`
        word, with a clitic و / ف / ب / ل or none)?"""
        return self._sentence_with(pos, self.name_cues.match_words, self._match_reports, True)

    def _adjective_place(self, i: int) -> bool:
        """A one-word place spelled like an adjective and used as one: after a definite noun
        with the article (الصحابي الجليل، الحركة السلمية), or, ending in ي, after an
        indefinite noun when it is a common adjective (دعم مالي، فائض مالي; مطار دبي is a
        construct)."""
        m = self.m[i]
        word = self.text[m.word_start:m.end]
        if " " in word or m.prefix not in ("", "ال"):
            return False
        o_start = self.ms.to_original(m.word_start, m.end)[0]
        prev = self._prev_words(o_start, 1)
        p = prev[0] if prev else ""
        bare = p[1:] if p[:1] in "وف" and len(p) > 3 else p  # وقال مالي: after a verb
        verbs = self.name_cues.verbs if self.name_cues is not None else frozenset()
        gw = grammar_words()
        preps = gw.non_verb_openers
        if not p or any(w in preps or w in LOCATIVE_WORDS or w in gw.name_place_nouns
                        or w in gw.compass_words or w in verbs for w in (p, bare)):
            return False
        if word.startswith("ال"):
            # only a word that reads as an adjective: a feminine in -ية (الحركة السلمية) or a
            # listed one (الصحابي الجليل); زار الوزير الرياض keeps its place
            return p.startswith("ال") and not p.endswith("ه") and (
                word.endswith("يه") or word in DEFINITE_ADJECTIVE_HOMOGRAPHS)
        return word in ADJECTIVE_HOMOGRAPHS and not p.startswith(("ال", "لل"))

    def _right_hand(self, i: int) -> bool:
        """Is nisba match i اليمنى "the right one" (الجهة اليمنى، اليد اليمنى), which folds like
        اليمني (Yemeni)? Written with ى after a feminine noun in ة or a feminine body part:
        the feminine of Yemeni is اليمنية, so the word can only be "right" there (Egyptian
        spelling writes الرئيس اليمنى for the Yemeni president, after a masculine noun)."""
        m = self.m[i]
        o_start, o_end = self.ms.to_original(m.word_start, m.end)
        if not self.doc.text[o_start:o_end].endswith("ى"):
            return False
        prev = self._prev_words(o_start, 1)
        return bool(prev) and (prev[0].endswith("ه") or prev[0] in RIGHT_HAND_NOUNS)

    def _idiom_place(self, i: int) -> bool:
        """Is one-word city match i the first word of a common phrase (words.json
        "place_idioms": مسقط رأسه "his birthplace", not Muscat)?"""
        idioms = self.name_cues.place_idioms if self.name_cues is not None else None
        m = self.m[i]
        nxt = idioms.get(fold(self.text[m.start:m.end])) if idioms else None
        if not nxt:
            return False
        o_end = self.ms.to_original(m.word_start, m.end)[1]
        n = bisect.bisect_left(self.tok_starts, o_end)
        toks = self.doc.tokens
        return n < len(toks) and toks[n].kind == "word" and \
            fold(toks[n].text).startswith(tuple(nxt))

    def _nisba_homograph(self, i: int) -> bool:
        """Is nisba match i, as written, a word that only folds like a nisba (words.json
        "nisba_homographs": المجرى الملاحي "the channel", مجريات الأحداث; المجري is Hungarian)?"""
        words = self.name_cues.nisba_homographs if self.name_cues is not None else ()
        if not words:
            return False
        m = self.m[i]
        o_start, o_end = self.ms.to_original(m.word_start, m.end)
        word = self.doc.text[o_start:o_end]
        return word in words or word[1:] in words and word[:1] in "وبلفك"

    def _listed_word_with_clitic(self, i: int) -> bool:
        """Is one-word match i, after a proclitic, as a whole word a listed common word
        (فعالية is no ف + عالية, فوات no ف + وات, بليون no ب + ليون)?"""
        m = self.m[i]
        if not m.prefix or m.prefix.endswith("ال") or " " in self.text[m.start:m.end]:
            return False
        o_start = self.ms.to_original(m.word_start, m.end)[0]
        k = bisect.bisect_right(self.tok_starts, o_start) - 1
        return 0 <= k < len(self.doc.tokens) and fold(self.doc.tokens[k].text) in self.stopwords

    def _common_word_place(self, i: int) -> bool:
        """A place match that is a common word: a whole word the common-word lists hold
        (فعالية is no ف + عالية, كسرت no ك + سرت, بليون no ب + ليون), or a place whose name is
        also an adjective or noun (words.json "place_homographs": المدى القصير، العملية
        السلمية، مهارة عالية، الطبقة المتوسطة) without a preposition, locative or place noun
        before it (في القصير، بالزاوية، مدينة السلمية), or with a definite word after it that is
        no match (في الزاوية اليمنى، للطبقة المتوسطة)."""
        if self._listed_word_with_clitic(i):
            return True
        m = self.m[i]
        o_start, o_end = self.ms.to_original(m.word_start, m.end)
        toks = self.doc.tokens
        homographs = self.name_cues.place_homographs if self.name_cues is not None else ()
        key = fold(self.text[m.start:m.end])
        prep = m.prefix.removeprefix("و").removeprefix("ف")
        if key.startswith("لل"):
            key, prep = "ال" + key[2:], "ل"  # للطبقة: ل and the article, fused
        if key not in homographs and "ال" + key not in homographs:
            return False
        if not prep or prep == "ال":
            prev = self._prev_words(o_start, 1)
            p = prev[0] if prev else ""
            bare = p[1:] if p[:1] in "وفبل" and len(p) > 2 else p
            gw = grammar_words()
            if any(w in gw.name_place_nouns or w in gw.compass_words or w in ("مطار", "العاصمة")
                   for w in (p, bare, bare[1:] if bare[:1] in "بل" else bare)):
                return False  # مدينة الزاوية، لمدينة القصير، مطار الطبقة العسكري
            preps = grammar_words().non_verb_openers
            if not any(w in preps or w in LOCATIVE_WORDS for w in (p, bare)):
                return True  # المدى القصير، العملية السلمية
        n = bisect.bisect_left(self.tok_starts, o_end)
        return n < len(toks) and toks[n].kind == "word" and fold(toks[n].text).startswith("ال")

    def _club_nisba(self, i: int) -> int | None:
        """The index of a masculine singular definite nationality right after city or country
        match i in sports news (برشلونة الإسباني), else None."""
        j = self._masculine_nisba_after(i)
        return j if j is not None and self._sports_sentence(self.m[i].start) else None

    def _masculine_nisba_after(self, i: int) -> int | None:
        """The index of a masculine singular definite nationality right after match i
        (الإسباني, not الإسبانية), else None."""
        j = i + 1
        if j >= len(self.m) or self.gap(self.m[i].end, j) != " ":
            return None
        nm, ne = self.m[j], self.entry(j)
        word = self.text[nm.start:nm.end]
        if ne.kind != "nisba" or nm.prefix != "ال" or not word.endswith("ي"):
            return None
        return j

    def _country_club(self, i: int) -> int | None:
        """The index of the country's own masculine nisba right after country match i (قطر
        القطري، الكويت الكويتي): a country is never said of itself, so the two name its club
        (نادٍ), in any sentence; else None."""
        j = self._masculine_nisba_after(i)
        return j if j is not None and self.entry(j).country == self.entry(i).country else None

    def _sports_sentence(self, pos: int) -> bool:
        """Is the sentence at matching offset `pos` sports news (a words.json sports word)?"""
        if self.name_cues is None or not self.name_cues.sports:
            return False
        return self._sentence_with(pos, self.name_cues.sports, self._sports)

    def _sentence_with(self, pos: int, words: frozenset[str], cache: dict[int, bool],
                       clitics: bool = False) -> bool:
        """Does the sentence at matching offset `pos` hold a token of `words` (folded; with
        `clitics` also after one proclitic و / ف / ب / ل)? Read once a sentence, into
        `cache`."""
        si = self.doc.sentence_at(self.ms.to_original(pos, pos + 1)[0])
        if si < 0:
            return False
        if si not in cache:
            sent = self.doc.sentences[si]
            k = bisect.bisect_left(self.tok_starts, sent.start)
            toks = self.doc.tokens
            found = False
            while k < len(toks) and toks[k].start < sent.end:
                f = fold(toks[k].text)
                if toks[k].norm in words or f in words or \
                        clitics and f[:1] in "وفبل" and f[1:] in words:
                    found = True
                    break
                k += 1
            cache[si] = found
        return cache[si]

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
                si < 0 or not self.doc.text[self.doc.sentences[si].start:o_start].strip()
                or self._after_byline(o_start)):
            return True  # a dateline the layout did not mark: «الخرطوم: أحمد يونس»
        if prep == "ل" and any(w in VISIT_WORDS for w in prev):
            return True
        if m.prefix.startswith("و") and self.out and self.out[-1].kind == "city" \
                and self.text[self.out[-1].end:m.word_start].strip() == "":
            return self.out[-1].type == "LOC"
        return False

    def _after_byline(self, o_pos: int) -> bool:
        """Is original offset `o_pos` right after a dash that follows a place, a colon and a
        name on its line (القاهرة: سوسن أبو حسين - [بيروت]: …)?"""
        text = self.doc.text
        before = text[text.rfind("\n", 0, o_pos) + 1:o_pos].rstrip()
        return before.endswith(("-", "–")) and ":" in before and len(before) < 80

    def _place_word_at(self, t) -> bool:
        """Is token t exactly a one-word city match (العلا after أبو)?"""
        a = self.ms.from_original(t.start)
        j = bisect.bisect_left(self.match_starts, a)
        if j >= len(self.m) or self.m[j].word_start != a:
            return False
        m = self.m[j]
        return " " not in self.text[m.start:m.end] and self.entry(j).kind == "city"

    def _home_word_mentions(self) -> None:
        """«المملكة» alone (countries.json `home_ar`, folded stems in `Gazetteer.home_words`) is
        the country of the article's own press when its dateline makes it sure: the dateline's
        place or agency is of exactly one country so called (الرياض - واس: Saudi Arabia; الرباط:
        Morocco; not عمّان - واس, of two), and the article names no other of them by its long
        form (the same word: استقبل … ملك المملكة المغربية). With the article only (المملكة،
        بالمملكة، للمملكة), not inside another mention (المملكة المتحدة), nor before a definite
        adjective in ي or ية that scopes it (المملكة الهاشمية; إلى، التي are none: grammar.json
        `unscoping_words`). When no dateline names such a
        country, the outlet's (outlets.json, `press_country`: okaz, alriyadh, was) is taken if
        it is so called and the article names no other of them at all (المغرب، عمّان، الأردني)."""
        words = self.gaz.home_words
        doc = self.doc
        lines = [(x.start, x.end) for x in doc.sentences if x.kind == "dateline"]
        press = self.press_country
        if not words or not (lines or press):
            return
        told = set()  # the countries the datelines name: their place, their agency
        for mt in self.out if lines else ():
            o = self.ms.to_original(mt.start, mt.end)[0]
            if mt.country and mt.kind in ("city", "country", "org") and \
                    any(a <= o < b for a, b in lines):
                told.add(mt.country)
        added = []
        for stem, homes in words.items():
            home = [c for c in homes if c in told]
            if not home and press in homes and stem in self.text and not any(
                    mt.country in homes and mt.country != press for mt in self.out):
                added += self._home_word_at(stem, press)
                continue
            if len(home) != 1 or stem not in self.text or any(
                    mt.country in homes and mt.country != home[0] and
                    stem in self.text[mt.start:mt.end] for mt in self.out):
                continue
            added += self._home_word_at(stem, home[0])
        if added:
            self.out = sorted(self.out + added, key=lambda mt: mt.start)
            if self._shared_taken is not None:
                for mt in added:
                    self._shared_taken[mt.start:mt.end] = b"\x01" * (mt.end - mt.start)

    def _home_word_at(self, stem: str, home: str) -> list[Mention]:
        """The mentions of `home` by its word `stem` after the article (`_home_word_mentions`)."""
        text = self.text
        taken = [(mt.start, mt.end) for mt in self.out] + \
            [(mm.word_start, mm.end) for mm in self.m]
        entry = self.gaz.countries.get(home)
        # (before the article: grammar.json `home_proclitics`, والمملكة، بالمملكة، فللمملكة)
        # (an adjective after it that unscopes nothing: grammar.json `unscoping_words`, إلى، التي)
        gw = grammar_words()
        proclitics, unscoping = gw.home_proclitics, gw.unscoping_words
        out = []
        at = text.find(stem)
        while at >= 0:
            end = at + len(stem)
            word_start = text.rfind(" ", 0, at) + 1
            prefix = text[word_start:at]
            after = text[end:end + 1]
            nxt = text[end:end + 30].split(" ", 2)
            adjective = fold(nxt[1]) if len(nxt) > 1 and nxt[0] == "" else ""
            if prefix.endswith(("ال", "لل")) and \
                    (not prefix[:-2] or prefix[:-2] in proclitics) and \
                    (not after or not after.isalpha()) and \
                    not (adjective.startswith("ال") and adjective.endswith(("ي", "يه")) and
                         adjective not in unscoping) and \
                    not any(a < end and at < b for a, b in taken):
                start = word_start if prefix.endswith("لل") else at - 2
                out.append(Mention(start, end, "GPE", entry.canonical, entry.code, home, None,
                                   "lexicon", entry.id, prefix, kind="country",
                                   name=(start, end)))
            at = text.find(stem, end)
        return out


def _club_form(word: str, clubs) -> tuple[str | None, str]:
    """The club name of `clubs` a folded word is, after و / ف and ب / ل (للهلال: ل + الهلال),
    and the letters before it; (None, "") for none."""
    for cut in range(0, 3):
        head, rest = word[:cut], word[cut:]
        if cut and head[-1] not in "وفبل" or cut == 2 and head[0] not in "وف":
            break
        if rest in clubs:
            return rest, head
        if rest.startswith("لل") and "ال" + rest[2:] in clubs:
            return "ال" + rest[2:], head + "لل"
    return None, ""


def _plural_verb(f: str) -> bool:
    """A folded word shaped like a plural verb: an imperfect in ون (يحتاجون، سيلعبون) or a
    perfect in وا (قالوا، طالبوا)."""
    if f.startswith("س") and len(f) > 5:
        f = f[1:]
    return len(f) >= 5 and f[0] in "يت" and f.endswith("ون") or \
        len(f) >= 4 and f.endswith("وا") and f[0] not in "ا"


def _one_of(word: str, words: frozenset[str]) -> bool:
    """A folded word is one of `words`, as written or after a leading و / ف and then ب / ل
    (ولاعب، بمرمى، لفريق)."""
    for w in (word, strip_conj(word)):  # (فاز: no ف of a conjunction)
        if w in words or len(w) > 3 and w[0] in "بل" and w[1:] in words:
            return True
    return False
