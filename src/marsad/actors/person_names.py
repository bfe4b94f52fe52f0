"""Names no dictionary knows: where a person's name starts and ends (given names,
nasab and kunya, family names, cues before a name, bylines, surnames alone).

Part of the actor composer (`marsad.actors.compose.Composer`).
"""

from __future__ import annotations

import bisect
import regex

from marsad.actors import forms
from marsad.actors.composer_base import (CLOSING_QUOTES, Mention, _derived_verbal_noun,
                                         _feminine_perfect, _masdar, _not_a_name_part,
                                         _noun_and_his, _plural_of_persons, _preposition_and_word,
                                         _short_imperfect, _verb_after_name, _verb_shape,
                                         token_folds, tokens_folded_in)
from marsad.actors.gazetteer import ARAB_COUNTRIES
from marsad.actors.matcher import Match
from marsad.actors.patrons import AFFILIATION_STEMS
from marsad.lexicon.grammar import grammar_words
from marsad.text.normalize import fold, strip_conj


# Name parts after which an article-marked word still belongs to the name (عبد الله، أبو الفضل).
# (grammar.json `name_compound_heads`, was COMPOUND_HEADS)
# Second words of compound given names, whatever the first (محيي الدين، عطا الله، نصر الله).
# (grammar.json `name_compound_tails`, was COMPOUND_TAILS)
# Nouns a nationality adjective is in construct with (البريطاني الجنسية، المصري الأصل).
# (grammar.json `nisba_heads`, was NISBA_HEADS)
# Religious titles before a name known alone, often a laqab with the article (الإمام الرضا).
# (grammar.json `imam_titles`, was IMAM_TITLES)
# Particles inside foreign and Mauritanian names (روبن فان بيرسي، جان مارك دو لا سابليير، لولا دا
# سيلفا، محمد ولد عبد العزيز): part of the name, never its end, not counted as a word of it.
# (grammar.json `name_particles`, was NAME_PARTICLES)

# Given names that are also common words (حسن الجوار، سعيد الحظ، جمال الطبيعة): before a word
# with the article they open a name only when it ends in ي (حسن البصري).
# (grammar.json `given_also_words`, was GIVEN_ALSO_WORDS)
# ... and those that, alone, are more often the word than a person met by his full name
# (عن عمر يناهز: age), so a lone one is no later mention of that person
# (grammar.json `lone_given_words`, was LONE_GIVEN_WORDS, with `given_also_words`)

# (grammar.json `org_nouns`, was ORG_NOUNS)

# broken plurals of things in construct before a noun (وسائل الإعلام), whose adjective is feminine
# (those in ة or ات, أجهزة، مؤسسات, are told by their ending)
# (grammar.json `construct_plurals`, was CONSTRUCT_PLURALS)

# What may stand between a title and the organisation it speaks for (المتحدث باسم الفيفا).
SCOPE_LINKS = frozenset({"", "باسم", "في", "لدى", "ب"})

COREF_PREFIXES = frozenset({"", "و", "ف"})

# (grammar.json `club_nouns`, was CLUB_NOUNS)

# Words that may follow a speaker's name: complementisers (وقال X إن ...).
# (grammar.json `name_closing_words`, was CLOSING_WORDS)

QUOTE_MARKS = frozenset(':«"“\'')
# Words after a one-word name that make it the speaker of the verb before it: a relative pronoun
# (وأضاف عزام الذي …) or the outlet he spoke to (وقال تريباثي للصحفيين، وصرح رونالدو لصحيفة).
# (grammar.json `speaker_closers`, was SPEAKER_CLOSERS)
# The preposition a verb governs, after a one-word subject (وأعرب وانغ عن، وأشار هيرين إلى).
VERB_PREPOSITIONS = {fold(v): frozenset(fold(p) for p in ps) for v, ps in (
    ("أعرب", ("عن",)), ("أعربت", ("عن",)), ("أشار", ("إلى", "الى")), ("أشارت", ("إلى", "الى")),
    ("لفت", ("إلى", "الى")), ("لفتت", ("إلى", "الى")), ("شدد", ("على",)), ("شددت", ("على",)),
    ("أكد", ("على",)), ("أكدت", ("على",)), ("تحدث", ("عن",)), ("تحدثت", ("عن",)),
    ("عبر", ("عن",)), ("عبرت", ("عن",)))}

# First words of a given name written as two (عبد الله، أبو بكر).
# (grammar.json `compound_given_heads`, was COMPOUND_GIVEN)

# A family name with the article after a name, in the matching string.
_FAMILY_AFTER = regex.compile(r" (ال\p{L}{4,})(?!\p{L})")
# (grammar.json `royal_titles`, was ROYAL_TITLES)

# Epithets between a cue and the name (المهاجم المخضرم فيليبو إينزاغي، الشاعر الكبير الراحل …).
# (grammar.json `cue_epithets`, was CUE_EPITHETS)

# Kinship nouns after بن/ابن that make it "son of (his uncle)", not a nasab.
# (grammar.json `kin_words`, was KIN_WORDS)
# not أم ("or") nor أبي ("my father")
KUNYA_OPENERS = frozenset(fold(w) for w in ("أبو", "ابو", "أبا"))
KUNYA = frozenset(fold(w) for w in ("أبو", "ابو", "أبي", "ابي", "أبا", "أم"))

NASAB = frozenset(fold(w) for w in ("بن", "ابن", "بنت"))
# Endings of Slavic women's surnames (-ova, -eva, -ska: شارابوفا، كوزنتسوفا، رادفانسكا)
# (grammar.json `slavic_women_endings`, was SLAVIC_WOMEN_ENDINGS)
# Endings of Slavic surnames (-ov, -ev, -ova, -ski, -enko, -ich: سليمانوف، نزارباييف، كوفالسكي)
# (grammar.json `slavic_endings`, was SLAVIC_ENDINGS)

NASAB_OR_FAMILY = NASAB | {fold("آل")}
# The long vowels of a folded word (hamza seats fold to them): a transliterated name has one
_LONG_VOWEL_RE = regex.compile("[اوي]")
_WORD_RE = regex.compile(r"\w+")  # a word of the matching text
# the pronouns attached to a particle of words.json `pronoun_hosts` (أنه، إنها، أنني، إننا), folded
_SUBJECT_PRONOUNS = ("ه", "ها", "ني", "نني", "نا", "هم", "هما")
# the marks that end a sentence or a phrase, or open a quotation: a word ending in one is no
# particle of the word after it
_PHRASE_STOPS = (".", "!", "?", "؟", "؛", ":", "،", ",", "«", "\"")


def _lone_given_word(word: str) -> bool:
    """A given name that, alone, is more often the common word (عن عمر يناهز: age)."""
    words = grammar_words()
    return word in words.given_also_words or word in words.lone_given_words


def _woman_name_word(tok, prev=None) -> bool:
    """After a feminine cue (السيدة، الفنانة، الروسية), a word in ا is a woman's name (ماريا،
    مارتينا، شارابوفا), not the indefinite accusative it is after a man's (مسؤولا، رسميا): the
    cue would agree with a feminine participle (مؤكدة). Not with the tanween, nor a listed
    accusative (حاليا، أيضا), a verbal noun's (تقريرا), nor a noun with her pronoun (العلامة
    [نموها]). After the name's
    first word, a noun in ا is its object (مها أحمد [برنامجا]), so a later word is hers only
    after another word in ا (ماريا شارابوفا), with a Slavic woman's ending (نيكول فايديسوفا،
    كوفالسكا) or too short for an accusative (إميلي لوا: هدفا has four letters)."""
    f = fold(tok.text)
    return f.endswith("ا") and "\u064b" not in tok.text \
        and f not in grammar_words().accusative_words \
        and not (f == "ها" or len(f) >= 4 and f.endswith("ها")) and not _masdar(f[:-1]) \
        and (prev is None or fold(prev.text).endswith("ا") or len(f) <= 3
             or f.endswith(grammar_words().slavic_women_endings))


# the kinds of dictionary entry that are places, after a place noun (قضاء سنجار)
DIVISION_PLACE_KINDS = frozenset({"country", "city"})
ELIMINATED = fold("على")  # القضاء على: eliminating, no judiciary


def _another_bearer(bearers: list[tuple[int, str]], mt: Mention, pos: int) -> bool:
    """Another person's full name with the same surname (`bearers`: start, actor) stands between
    `mt` and a lone surname at `pos`, or, for a surname before `mt`, anywhere before `pos`
    when there are two bearers (سعود عسيري after أحمد عسيري: the surname after both is the
    nearest one's; twentieth session)."""
    others = [start for start, actor in bearers if actor != mt.actor_id]
    if not others:
        return False
    if pos < mt.start:
        return True  # (before the full name: whose is not sure)
    return any(mt.start < start < pos for start in others)


class PersonNameRules:
    """The actor composer's rules on unknown persons' names."""

    def _titled_surnames(self) -> None:
        """A title and one unknown name word that is the last word of the full name of exactly
        one dictionary person with that title's role (and country, if given): that person
        (الوزير شكري: Sameh Shoukry), not an unknown man called شكري."""
        for mm in self.out:
            if mm.how != "title" or mm.kind != "title" or mm.name is None or not mm.role:
                continue
            word = self.text[mm.name[0]:mm.name[1]]
            if " " in word:
                continue
            found = [x for x in self.gaz.surnames.get(word, ())
                     if (mm.country in (None, self.gaz.entries[x].country))
                     and (self.gaz.entries[x].role == mm.role
                          or any(r.code[3:6] == mm.role for r in self.gaz.entries[x].roles))
                     and (not mm.office
                          or any(r.office == mm.office for r in self.gaz.entries[x].roles))]
            if len(found) != 1:
                continue
            pe = self.gaz.entries[found[0]]
            code, role, office = self.person_code(pe, mm.office)
            mm.canonical, mm.code, mm.country, mm.role = pe.canonical, code, pe.country, role
            mm.how, mm.actor_id, mm.office, mm.kind, mm.translit = \
                "lexicon", pe.id, office or mm.office, "person", None

    def _link_surnames(self) -> None:
        """A family name alone after an honorific (الدكتور الربيعة) is the person whose full
        name in the same article ends with it (الدكتور عبد الله الربيعة), before or after it:
        the same actor (how="coref")."""
        full: dict[str, list[Mention]] = {}
        for mt in self.out:
            if mt.type == "PERSON" and mt.name is not None and mt.how != "coref":
                words = self.text[mt.name[0]:mt.name[1]].split()
                if len(words) > 1:
                    full.setdefault(words[-1], []).append(mt)
        if not full:
            return
        for mt in self.out:
            if mt.how != "name" or mt.kind != "person" or mt.name is None:
                continue
            word = self.text[mt.name[0]:mt.name[1]]
            if " " in word or word not in full:
                continue
            cands = full[word]
            before = [c for c in cands if c.start < mt.start]
            src = before[-1] if before else cands[0]
            mt.canonical, mt.code, mt.country, mt.role = src.canonical, src.code, src.country, \
                src.role
            mt.actor_id, mt.translit, mt.how, mt.office = src.actor_id, src.translit, "coref", \
                src.office

    def _surnames_of_women(self) -> None:
        """A family name alone right after a clause verb with the feminine ت (وأضافت الأسد) is
        the nearest person named before it in full with that family name, read as an unknown
        name (وقالت بشرى الأسد), not a dictionary man keyed by it (Bashar al-Assad) nor
        nothing: the verb's gender says a woman is meant (twenty-second session). Only names read
        here (`how` name or title), never a dictionary person (a known man such as Saud al-Faisal
        is `lexicon`), and only when one person bears the family name before it: the names carry
        no gender, so of two bearers (a man and a woman) none is taken (review)."""
        verbs = self.name_cues.verbs if self.name_cues is not None else frozenset()
        bearers: dict[str, list[Mention]] = {}
        for mt in self.out:
            if mt.type == "PERSON" and mt.name is not None and mt.how in ("name", "title"):
                words = self.text[mt.name[0]:mt.name[1]].split()
                if len(words) > 1:
                    bearers.setdefault(words[-1], []).append(mt)
        if not bearers or not verbs:
            return
        toks = self.doc.tokens
        added = []
        folds = token_folds(self)
        # (only the tokens whose folded text is a family name of the bearers, past the first)
        for ti in tokens_folded_in(self, bearers):
            if ti == 0:
                continue
            t, v = toks[ti], toks[ti - 1]
            word = folds[ti]
            if t.kind != "word" or v.kind != "word" or not self._adjacent(ti) or len(word) < 3:
                continue  # (نقلت ها: a pronoun written apart)
            verb = strip_conj(fold(v.text))
            if not verb.endswith("ت") or verb not in verbs or verb[:-1] not in verbs:
                continue  # (لفت "drew attention" is masculine: no لف)
            a, b = self.ms.from_original(t.start), self._token_end(t)
            before = [mt for mt in bearers[word] if mt.end <= a]
            if not before or len({mt.canonical for mt in before}) > 1:
                continue  # (بشرى الأسد then ماهر الأسد: with no gender data the name is not
                # handed to the nearest, perhaps a man)
            src = before[-1]
            here = [mt for mt in self.out if mt.start < b and a < mt.end]
            if len(here) > 1 or here and (here[0].start != a or here[0].end != b or
                                          here[0].kind != "person" or
                                          here[0].actor_id == src.actor_id):
                continue
            if here:
                self.out.remove(here[0])
            added.append(Mention(a, b, "PERSON", src.canonical, src.code, src.country,
                                 src.role, "coref", src.actor_id, "", src.office, "title",
                                 src.translit, (a, b), person_like=True))
        if added:
            self.out = sorted(self.out + added, key=lambda mt: mt.start)

    def _cued_name_mentions(self) -> None:
        """Unknown names announced by a cue (`marsad.actors.namecues`): an honorific (السيد،
        الدكتور: one word is enough), a person noun (الفنان، الخبير الاقتصادي، العداء الهولندي:
        one word when it is a given name), a definite nationality (البرازيلي فريد) or a clause
        verb (وقال ديفد فرانكلين), each a name of two words or more. A nationality between the cue
        and the name, or as the cue, gives the person's country and joins the mention."""
        cues = self.name_cues
        if cues is None:
            return
        toks = self.doc.tokens
        taken = self._taken()
        nisba_end = {mt.end: mt for mt in self.out if mt.how == "nisba" and mt.kind == "nisba"
                     and self.text[mt.start:mt.start + 2] in ("ال", "لل")}
        # the tokens that end a definite nationality, found once (few) rather than per token
        nisba_at: dict[int, Mention] = {}
        for mt in nisba_end.values():
            o_end = self.ms.to_original(mt.start, mt.end)[1]
            k = bisect.bisect_right(self.tok_starts, o_end - 1) - 1
            if 0 <= k < len(toks) and toks[k].end == o_end:
                nisba_at[k] = mt
        added = False
        for ti in sorted(set(self._cand["cue"]) | nisba_at.keys()):
            t = toks[ti]
            nisba = nisba_at.get(ti)
            kind = "nisba" if nisba is not None else cues.kind(t)
            if kind is None:
                continue
            a = self.ms.from_original(t.start)
            if kind == "nisba":
                if nisba.start < a:
                    continue
                # after a definite noun the nationality is its adjective, yet a name of two
                # words may follow it (مدافع المنتخب الإيطالي ماركو ماتيراتزي)
                adjectival = not self._nisba_as_noun(ti, nisba)
            elif taken[a]:
                continue
            k, country = ti + 1, nisba.country if kind == "nisba" else None
            while kind in ("honorific", "noun", "nisba") and k < len(toks) and k - ti <= 3 \
                    and self._adjacent(k):
                # an adjective between the cue and the name: الخبير الاقتصادي، العداء الهولندي
                tk = toks[k]
                adj = nisba_end.get(self._token_end(tk))
                if adj is not None and adj.start >= self.ms.from_original(tk.start):
                    country = adj.country
                elif fold(tk.text) in grammar_words().cue_epithets:
                    pass  # المهاجم المخضرم، الأميركي المخضرم: an epithet, then the name
                elif kind == "nisba" or not self._adjective(tk, taken):
                    break
                k += 1
            if k >= len(toks) or toks[k].kind != "word" or not self._adjacent(k) \
                    or (toks[k].norm in self.stopwords and not self._ali_opens(k)):
                continue  # قال إن، قال الرئيس: no name here (a quick test before reading one)
            first = toks[k]
            if kind == "nisba" and adjectival and (
                    not self.text[nisba.start:nisba.end].endswith("ي")
                    or self._clitics(first) or not self._plain_name_word(first)):
                continue  # (cheap tests first: most such nisbas are adjectives; وبطرس: a new item)
            if kind == "verb" and first.norm.endswith("ه") and not self._given(first):
                continue  # عبر أجهزة الكمبيوتر: a noun in ة after a verb is no name
            if kind == "nisba" and not self._given(first) and (
                    cues.kind(first) == "verb" or _strong_perfect(fold(first.text))):
                # (a nisba, the subject, then its verb: السعودي رصد عرضا; twenty-first
                # session, review)
                continue
            if kind != "honorific" and (_verb_after_name(fold(first.text))
                                        or _feminine_perfect(first)) and not self._given(first):
                # (a word shaped like a verb opens no name after a person noun, a nationality
                # or a verb: نظيريه الإيطالي و التركي تناولت تشكيل; eighteenth session)
                continue
            fa = self.ms.from_original(first.start)
            opening = kind != "verb" and self._foreign_opening(k)  # الفريدو زاموديو
            surname = kind == "honorific" and not opening and self._surname_alone(first, taken)
            # السيدة، الفنانة، الروسية: a woman's name follows (ماريا شارابوفا)
            feminine = kind != "verb" and t.text.endswith("ة") \
                and not (kind == "nisba" and self._adjective_of_named(ti, taken))
            n = 1 if surname else self._name_at(k, taken, cued=kind != "verb",
                                                 feminine=feminine)
            if feminine and n == 1 and self._surname_match(k) is not None:
                continue  # السيدة باربرا [بوش]: the given name and the dictionary surname
            if n == 0 or (n == 1 and not surname
                          and not self._one_word_name(kind, first, country, k)):
                continue
            if kind == "nisba" and adjectival and (
                    n < 2 or not all(self._plain_name_word(tk) for tk in toks[k + 1:k + n])
                    or (fold(first.text)[:1] == "م" and fold(first.text)[1:2] not in "اي"
                        and not self._given(first))  # مواقع، مسائل; not ماركو، ميشيل
                    or fold(first.text) in grammar_words().compass_words):
                continue  # الطائرات الإسرائيلية مواقع، المصري شرق أفريقي: no name
            if kind == "verb" and n > 1 and not self._name_closed(k + n):
                continue  # أعلن اتحاد صناعة السيارات: a noun phrase, not a name
            last = toks[k + n - 1]
            e = self._token_end(last)
            if 1 in taken[fa:e]:
                continue
            name_start = self._article_start(first) if surname or opening \
                else self._stem_start(first)
            ns = self.ms.from_original(name_start)
            if kind == "verb":
                s = ns
            elif kind == "nisba":
                s = nisba.start
            else:
                s = self.ms.from_original(self._article_start(t))
            self.out = [mt for mt in self.out if not (s <= mt.start and mt.end <= e)]
            text = self.doc.text[name_start:last.end]
            translit = self.romanize(text, country)
            code = self.gaz.country_code(country) if country else None
            self.out.append(Mention(s, e, "PERSON", translit or text, code, country, None, "name",
                                    f"name:{fold(text)}", self.text[a:s] if s > a else "",
                                    kind="person", translit=translit, name=(ns, e),
                                    person_like=True))
            taken[s:e] = b"\x01" * (e - s)
            added = True
        if added:
            self.out.sort(key=lambda mt: mt.start)

    def _appositive_foreign_names(self) -> None:
        """A foreign name no list knows, with no cue of its own, in apposition with a title: a
        verb of speech or doing (`NameCues.apposition_verbs`), one to four words that are no
        Arabic words (`_foreign_name_word`), then «، + a title» (أشاد كورت موزشي، قائد شرطة
        المدينة، بـ…; وتقول شانون دويل، مستشارة …; وقال باكول باتيل، المدير التنفيذي). The words are
        a person (how "name"), whom `_appositive_titles` then joins to the title (its role and
        country; a title the composer left out, مدير العقار, still marks the apposition). Read
        only at a comma before a title (a few in a text)."""
        cues = self.name_cues
        if cues is None or not cues.apposition_verbs:
            return
        toks = self.doc.tokens
        taken = None
        added = False
        text = self.doc.text
        pos = text.find("،")
        while pos >= 0:
            c = bisect.bisect_left(self.tok_starts, pos)
            pos = text.find("،", pos + 1)
            # «، + a title»: a comma right after a word, a space, a title or apposition noun
            if c < 2 or c + 1 >= len(toks) or toks[c - 1].end != toks[c].start \
                    or toks[c - 1].kind != "word" or not self._adjacent(c + 1) \
                    or not self._apposition_head(c + 1):
                continue
            k = c + 1
            if taken is None:
                taken = self._taken()
            j = k - 2
            while j >= k - 5 and j > 0 and self._foreign_name_word(toks[j], taken) \
                    and self._adjacent(j):
                j -= 1
            first, last = j + 1, k - 2
            opened = first <= last and j >= 1 and self._adjacent(j) \
                and fold(toks[j].text) not in cues.apposition_verbs and self._foreign_opening(j)
            if opened:  # وقالت [راحة] سليمانوف، وزيرة …; أشاد [الفريدو] زاموديو، مدرب …
                first, j = j, j - 1
            elif first < last and fold(toks[first].text).startswith("ال"):
                opened = self._foreign_opening(first)
            if first > last or fold(toks[j].text) not in cues.apposition_verbs \
                    or toks[j].text[:1] == "إ":
                continue  # no verb right before the words: a list, an object (التقى X، وزير);
                # a perfect is never written with إ (إيد is Ed, no أيد)
            run = toks[first:last + 1]
            given = self._given(run[0])
            if any(fold(t.text).startswith("ال") for t in run[int(opened):-1]) or (
                    fold(run[-1].text).startswith("ال") and (len(run) == 1 or not given)):
                continue  # an Arabic noun phrase; only جاسم [السعدون] after a given name
            if len(run) == 1 and (len(fold(run[0].text)) < 4 or fold(run[0].text) in
                                  grammar_words().given_also_words):
                continue
            s, e = self.ms.from_original(run[0].start), self._token_end(run[-1])
            if 1 in taken[s:e]:
                continue
            self._add_unknown_person(s, e, text[run[0].start:run[-1].end], taken)
            added = True
        if added:
            self.out.sort(key=lambda mt: mt.start)

    def _foreign_opening(self, k: int) -> bool:
        """Is token k the first word of a name that the name rules take for a noun, before a
        foreign surname at token k+1: a foreign given name written with the article
        (الفريدو زاموديو، الفارو ميخيا، اليكس فيرغسون: listed as a given name, or in و, or of
        five letters or more after the article in no Arabic noun's shape: no verbal noun,
        participle or imperfect, no nisba in ي, no plural, no listed word), or a name in ة
        before a listed given name or a Slavic surname (سلامة موسى، راحة سليمانوف)? The
        surname is not definite and, after the article, a listed given name or a foreign word
        (`_foreign_name_word`, also in ا: ميخيا). Only after a cue or a verb of apposition:
        الفريدو alone could be an Arabic noun of no list."""
        gw = grammar_words()
        toks = self.doc.tokens
        if k + 1 >= len(toks) or toks[k].kind != "word" or toks[k + 1].kind != "word" \
                or toks[k + 1].sentence != toks[k].sentence or not self._adjacent(k + 1):
            return False
        t, nxt = toks[k], toks[k + 1]
        f, g = fold(t.text), fold(nxt.text)
        if len(f) < 4 or f in self.stopwords or g.startswith("ال") or nxt.segments \
                or (self._given(t) and not f.startswith("ال")) or \
                g in gw.name_compound_heads or any(
                sg.kind == "proclitic" and self.doc.text[sg.start:sg.end] != "ال"
                for sg in t.segments):
            return False  # (والفريدو: a new item of a list)
        if not f.startswith("ال"):
            return t.text.endswith("ة") and (self._given(nxt) or g.endswith(gw.slavic_endings))
        stem = f[2:]
        if f not in self.given_names and not stem.endswith("و") and (
                len(stem) < 5 or stem[0] in "امتين" or stem in self.stopwords
                or stem.endswith(("ي", "ه", "ى", "ين", "ون", "ات", "ان", "اء"))
                or _masdar(stem) or _verb_shape(stem) or f in gw.cue_epithets
                or self.gaz.automaton.exists(f)):
            return False  # (الكابتن [الطيار] سليمان، الشهيرة [السماح] …)
        if self._given(nxt):
            return True
        taken = self._taken()
        if g.endswith("ا") and len(g) >= 5 and g[0] not in "لبكف" \
                and not g.endswith(("ها", "وا", "نا")) and "\u064b" not in nxt.text \
                and g not in grammar_words().accusative_words and g not in self.stopwords \
                and not _masdar(g) \
                and _LONG_VOWEL_RE.search(g[:-1]) is not None:
            return not taken[self.ms.from_original(nxt.start)]  # ميخيا، فيرا
        return len(g) >= 4 and self._foreign_name_word(nxt, taken)

    def _add_unknown_person(self, s: int, e: int, name: str, taken: bytearray) -> None:
        """Add the unknown person `name` (the whole mention, matching offsets s to e; no code
        yet) and mark its span taken; the caller sorts `self.out` once it is done."""
        translit = self.romanize(name)
        self.out.append(Mention(s, e, "PERSON", translit or name, None, None, None, "name",
                                f"name:{fold(name)}", kind="person", translit=translit,
                                name=(s, e), person_like=True))
        taken[s:e] = b"\x01" * (e - s)

    def _apposition_head(self, k: int) -> bool:
        """Does token k open an apposition after a name: a title of the dictionaries (وزير
        الداخلية، المتحدث باسم), an apposition noun (مدير، مستشار، الخبير) or a person noun;
        not after و/ف (another item of a list)."""
        t = self.doc.tokens[k]
        if t.kind != "word" or t.text[:1] in "وف" and t.segments \
                and t.segments[0].text in ("و", "ف"):
            return False
        f = t.norm
        if f in grammar_words().apposition_nouns or (self.name_cues.kind(t) == "noun"):
            return True
        j = self._match_index_at(k)
        return j is not None and self.entry(j).kind == "title"

    def _foreign_name_word(self, t, taken: bytearray) -> bool:
        """May word token t be a word of a foreign name that no list knows: outside every
        mention and match, no listed word (particles, nouns, verbs, time words, accusatives;
        whole, after its clitics or و/ف, or as an accusative in ا: فوفقا), and shaped like no Arabic noun or verb: no ة, no ى, no
        accusative in ا (a woman's name in ا stays: أريانا), no verbal-noun shape (تطوير), no
        imperfect (يتوجه), and a long vowel in a word of three letters or more: transliterations
        write the vowels, Arabic nouns often have none (وكان [قصر] أرتين دوزيان، مدير …). The
        word as written is the name (باكول is no ب + اكول)."""
        if t.kind != "word" or taken[self.ms.from_original(t.start)]:
            return False
        if self._given(t):
            return True
        f = fold(t.text)
        bare = f[1:] if f[:1] in "وف" else f
        return len(f) >= 2 and f not in self.stopwords and t.norm not in self.stopwords \
            and f not in grammar_words().accusative_words \
            and f not in grammar_words().name_time_words \
            and bare not in self.stopwords and not (f.endswith("ا") and (
                f[:-1] in self.stopwords or bare[:-1] in self.stopwords)) \
            and not f.endswith("ه") and not t.text.endswith(("ى", "\u064b")) \
            and not (len(f) >= 5 and f.endswith("ا") and not _woman_name_word(t)) \
            and not _masdar(f) and not (f[:1] == "ي" and _verb_after_name(f)) \
            and (len(f) < 3 or _LONG_VOWEL_RE.search(f) is not None)

    def _plain_name_word(self, t) -> bool:
        """A word shaped like a name rather than a noun, adjective or verb: no feminine ending,
        no ى (أدنى), no accusative ا (جاهزا), no verbal-noun shape (تشكيل), no preposition
        (لرصد; بيلوتي is a name), no ت…ت verb (تناولت); a given name always is one."""
        if self._given(t):
            return True
        f = fold(t.text)
        return len(f) >= 2 and not f.endswith("ه") and not t.text.endswith("ى") \
            and not (len(f) >= 5 and f.endswith("ا")) and not _masdar(f) \
            and f[0] != "و" and not _verb_shape(f) and not _masdar(f[1:]) \
            and not (f[:1] in "لب" and (self._clitics(t) or len(f) <= 4)) \
            and not (f[:1] == "ت" and f.endswith("ت")) \
            and f not in self.stopwords

    def _byline_names(self) -> None:
        """A reporter's byline: a place at the start of a line, a colon, and a name of two or
        three words ending the line or before the next place and colon (لندن: معد فياض،
        الرياض: فهد الذيابي - جدة: …): an unknown PERSON."""
        toks = self.doc.tokens
        text = self.doc.text
        taken = self._taken()
        added = False
        for mt in [mt for mt in self.out if mt.kind in ("city", "country")
                   and mt.type in ("LOC", "GPE")]:
            o_start, o_end = self.ms.to_original(mt.start, mt.end)
            line_start = text.rfind("\n", 0, o_start) + 1
            before = text[line_start:o_start].rstrip()
            if mt.prefix or before.strip(" \t«\"") and not (
                    before.endswith(("-", "–")) and ":" in before):
                continue  # (القاهرة: سوسن أبو حسين - بيروت: كارولين عاكوم: a second byline)
            k = bisect.bisect_left(self.tok_starts, o_end)
            if k + 2 >= len(toks) or toks[k].text != ":" or toks[k + 1].kind != "word" \
                    or "\n" in text[toks[k].end:toks[k + 1].start]:
                continue
            k += 1
            n = self._name_at(k, taken, cued=True)
            if n < 2:
                continue
            last = toks[k + n - 1]
            after = toks[k + n] if k + n < len(toks) else None
            if after is not None and "\n" not in text[last.end:after.start] \
                    and after.text not in ("-", "–", "و", "،", ","):
                nxt = self.ms.from_original(after.start)
                if not any(m2.start <= nxt < m2.end and m2.kind in ("city", "country")
                           for m2 in self.out):
                    continue  # a name running on into a sentence is no byline
            first = toks[k]
            name_start = self._stem_start(first)
            s, e = self.ms.from_original(name_start), self._token_end(last)
            if 1 in taken[s:e]:
                continue
            self._add_unknown_person(s, e, text[name_start:last.end], taken)
            added = True
        if added:
            self.out.sort(key=lambda m: m.start)

    def _surname_alone(self, t, taken: bytearray) -> bool:
        """A family name with the article standing alone after an honorific (الدكتور الربيعة،
        الشيخ السديس، السيد الحسيني): one word, outside every match, not a listed word, an
        ordinal, an epithet (الشيخ الجليل، الدكتور الراحل), a sound plural, nor a participle or
        verbal noun in م/ت (الدكتور المشرف; المطيري، التويجري in ي are names)."""
        f = fold(t.text)
        if not t.text.startswith("ال") or len(f) < 5 or f in self.stopwords \
                or f[2:] in self.stopwords or f in grammar_words().name_ordinals \
                or f in grammar_words().name_epithets \
                or f.endswith(("ون", "ات")):
            return False  # (إليزابيث folds to ال…: the written article only; العثيمين is a name)
        if f.startswith(("الم", "الت")) and not f.endswith("ي"):
            return False
        return not taken[self.ms.from_original(t.start)]

    def _name_at(self, k: int, taken: bytearray, cued: bool = False,
                 feminine: bool = False) -> int:
        """How many tokens from token k make an unknown name (0: none): up to three name-like
        words outside every match and mention, without an apposition noun or accusative at the
        end (a third word only when a given name or a nasab is in it), and a family name with
        the article after them. `feminine`: after a feminine cue, where words in ا are a
        woman's name (`_woman_name_word`)."""
        gw = grammar_words()
        toks = self.doc.tokens
        first = toks[k]
        fa = self.ms.from_original(first.start)
        if taken[fa]:
            return 0
        # the cheap word tests first (each gives 0 whatever the name reading below finds)
        if any(sg.kind == "proclitic" and self.doc.text[sg.start:sg.end] in "بلك"
               for sg in first.segments) or _preposition_and_word(first, opening=True):
            return 0  # الفقيد بحي اليرموك، المدرب [ليصنع]: a preposition opens no name
        f = fold(first.text)
        bare = f[1:] if f[:1] in "وف" and not first.segments and not self._given(first) else f
        if not self._given(first) and (
                (f[:1] == "ي" and (f[1:2] in "تن" or f[1:3] == "ست")) or _masdar(bare)
                or (_verb_after_name(f) and sum(c in "اوي" for c in f[1:]) <= 1)
                or (len(f) >= 5 and f.startswith("تست"))):
            # يتوج، يستهدف، تجيد، تعتبر، تستنفر: an imperfect verb (not تلوسيز, with two long
            # vowels, a foreign name); احتواء، تسويق: a verbal noun
            return 0
        got = self._unknown_name(fa, allow_comma=False, min_words=1, cued=cued,
                                 feminine=feminine)
        if got is None or got[0] != fa:
            return 0
        n = len(got[2].split())
        opening = cued and n > 1 and self._foreign_opening(k)  # الفارو [ميخيا]: its surname
        for i in range(1, n):
            # a word that cannot be part of a name ends it (عبدالله مروراً بطريق، مارتينيز يعتزم);
            # after عبد / أبو the next word is the name's (عبد الله)
            if fold(toks[k + i - 1].text) in gw.name_compound_heads \
                    or fold(toks[k + i - 1].text) in gw.name_particles or (opening and i == 1):
                continue
            if self._not_her_name_part(toks[k + i], feminine, toks[k + i - 1]) \
                    or (i >= 2 and self._next_word_not_name(toks[k + i])) \
                    or self._common_word_after_name(k + i):
                n = i
                break
        real = [i for i in range(n) if fold(toks[k + i].text) not in gw.name_particles]
        first_given = self._given(first) or self._ali_opens(k)  # علي محمد فخرو: Ali too
        if len(real) == 3 and n > 3 and not first_given \
                and not self._given(toks[k + real[2]]) \
                and not any(fold(tk.text) in gw.name_compound_heads or
                            fold(tk.text) in gw.name_compound_tails for tk in toks[k:k + n]):
            n = real[2]  # فرانكو دي سانتو [سدد]: a third word after a particle is the verb
        if n == 3 and not first_given and not self._given(toks[k + 2]) \
                and not any(fold(tk.text) in gw.name_compound_heads or
                            fold(tk.text) in gw.name_compound_tails or
                            fold(tk.text) in gw.name_particles for tk in toks[k:k + 3]):
            n = 2  # a third word is too often the next word (أنطوني سجل، نوندا مقابل)
        while n > 1 and (fold(toks[k + n - 1].text) in gw.name_compound_heads
                         or fold(toks[k + n - 1].text) in gw.name_particles):
            n -= 1  # مشعل بن عبدالله [بن مساعد]: a name cut after بن / آل ends before it
        before_last = toks[k + n - 2] if n > 1 else None
        if self._not_her_name_part(toks[k + n - 1], feminine, before_last) \
                and not (opening and n == 2):
            return 0
        loose = (n == 1 and self._given(first) and f not in gw.given_also_words) \
            or (n == 2 and (f in gw.compound_given_heads  # عبد الله الربيعة: one given name
                            or self._given(first) and self._given(toks[k + 1])))
        # محمد ماجد العيطان: a given name and the father's, then the family name
        nasab = any(fold(tk.text) in NASAB for tk in toks[k:k + n])  # عبد الله بن … الربيعة
        fam = self._family_tail(k + n, taken, loose, ta_ok=nasab)
        if n == 1 and fam and f in gw.given_also_words and not \
                fold(toks[k + 1].text).endswith("ي"):
            return 1  # حسن الجوار: a given name that is also a word, before a noun
        return n + fam

    def _adjective_of_named(self, ti: int, taken: bytearray) -> bool:
        """Is the nationality at token ti the adjective of a name before it: a place or body
        (مدينة إسطنبول [التركية] عائدا) or a quoted title (صحيفة «…» [الإسرائيلية] تقريرا)?"""
        if ti == 0:
            return False
        prev = self.doc.tokens[ti - 1]
        if prev.kind != "word":
            return prev.text in CLOSING_QUOTES or prev.text == ")"
        return bool(taken[self.ms.from_original(prev.start)])

    @staticmethod
    def _not_her_name_part(tok, feminine: bool, prev=None) -> bool:
        """`_not_a_name_part`, save a woman's name in ا after a feminine cue (مارتينا)."""
        return _not_a_name_part(tok) and not (feminine and _woman_name_word(tok, prev))

    def _titled_name_mentions(self) -> None:
        """A title that found no name (how "title" or "office"), then a name opened by a given
        name (الملك حمد، الملك محمد الخامس), or the organisation or body it speaks for and an
        unknown name of two words (المتحدثة باسم البيت الأبيض دانا برينو). One PERSON mention
        from the title to the end of the name, with the title's role and the organisation's
        code; the name wins over an office holder found by date. Other words after a title are
        too often its verb's object (رفض الرئيس السوري ترسيم الحدود)."""
        toks = self.doc.tokens
        taken = self._taken()
        drop: set[int] = set()
        added = []
        for idx, mt in enumerate(self.out):
            if mt.kind != "title" or mt.type != "PERSON" or mt.how not in ("title", "office") \
                    or mt.name is not None:
                continue
            end, scope = mt.end, None
            nxt = self.out[idx + 1] if idx + 1 < len(self.out) else None
            if nxt is not None and nxt.type == "ORG" and not nxt.prefix.startswith(("و", "ف")) \
                    and self.text[end:nxt.start - len(nxt.prefix)].strip() in SCOPE_LINKS:
                end, scope = nxt.end, nxt
            k = bisect.bisect_left(self.tok_starts, self.ms.to_original(end - 1, end)[1])
            if k >= len(toks) or toks[k].kind != "word" or \
                    self.text[end:self.ms.from_original(toks[k].start)] != " ":
                continue
            n = self._name_at(k, taken)
            given = self._given(toks[k]) and not toks[k].segments  # كسفير لحسن النوايا
            f = fold(toks[k].text)
            if n == 0 and fold(self.text[mt.start:mt.end]) in grammar_words().imam_titles \
                    and (toks[k].text == "علي" or self._surname_alone(toks[k], taken)
                         or f[:2] == "ال" and f[2:] in self.given_names):
                n, given = 1, True  # الإمام علي، الإمام الرضا، الإمام الحسين، الإمام الشافعي
                laqab = True
            else:
                laqab = False
            closed = n in (1, 2) and not toks[k].segments and len(f) >= 4 \
                and self.text[mt.start:mt.start + 2] == "ال" \
                and not _verb_shape(f) and f[:1] not in "تيلبو" and not _masdar(f) \
                and not f.endswith(("ه", "ون", "ين", "ات")) \
                and not self.text[mt.start:mt.end].endswith(("ون", "ين")) \
                and self._name_closed(k + n) and not (
                    self._match_at(k + n) and not fold(toks[k + n].text).startswith("و"))
            # وقال الرئيس كوستونيتسا إن، الوزير فوكس ،; not رئيس جهاز الأمن (a noun in
            # construct before a body), نواب جمهوريين، تقارير صحافية محلية
            if n == 0 or (not given and not closed and (scope is None or n == 1)):
                continue  # رفض الرئيس السوري ترسيم الحدود: the verb's object
            if k + n < len(toks) and fold(toks[k + n].text) in grammar_words().name_ordinals \
                    and self._adjacent(k + n):
                n += 1  # الملك محمد الخامس
            if self._person_match_at(k + n):
                continue  # الرئيس الأفغاني حميد كرزاي: the dictionary person is the name
            last = toks[k + n - 1]
            e = self._token_end(last)
            if 1 in taken[self.ms.from_original(toks[k].start):e] \
                    or self._next_word_not_name(last) and n > 2:
                continue
            name_start = self._article_start(toks[k]) if laqab else self._stem_start(toks[k])
            ns = self.ms.from_original(name_start)
            text = self.doc.text[name_start:last.end]
            nested: tuple[tuple[int, int, int], ...] = ()
            code, country, role = mt.code, mt.country, mt.role
            if scope is not None:
                drop.add(idx + 1)
                code, country = scope.code or code, scope.country or country
                j = bisect.bisect_left(self.match_starts, scope.start - len(scope.prefix))
                if scope.how == "lexicon" and j < len(self.m) and self.m[j].end == scope.end:
                    nested = ((scope.start, scope.end, self.m[j].entry),)
            drop.add(idx)
            translit = self.romanize(text, country)
            added.append(Mention(mt.start, e, "PERSON", translit or text, code, country, role,
                                 "title", "name:" + fold(text), mt.prefix, mt.office, "title",
                                 translit=translit, name=(ns, e), person_like=True,
                                 nested=nested))
            taken[mt.start:e] = b"\x01" * (e - mt.start)
        if added:
            self.out = [mt for i, mt in enumerate(self.out) if i not in drop] + added
            self.out.sort(key=lambda mt: mt.start)

    def _one_word_name(self, kind: str, first, country: str | None, k: int) -> bool:
        """May one unknown word after a cue be a name? A given name after an honorific or a
        person noun; after a verb or an honorific, a word the next token closes (وقال فيرغسون
        إن); after a nationality, a word of four letters or more (البرازيلي كافو)."""
        given = self._given(first)
        if kind in ("honorific", "noun") and given:
            return True
        if kind == "honorific":
            return self._name_closed(k + 1)
        f = fold(first.text)
        if self._clitics(first) or f in self.stopwords or f.endswith(("ه", "ت")) or f[:1] == "ي" \
                or (f[:1] in "تن" and (len(f) <= 4 or f[1] == "ت" or f[1:3] == "ست")) \
                or _plural_of_persons(f):
            return False  # هويته، مؤسسة، راقبت، يريد، يتعلق: a noun or a verb; وقال علماء
        if kind == "verb":
            if self._name_closed(k + 1, strict=True):
                return True
            if k + 1 >= len(self.doc.tokens) or not self._adjacent(k + 1):
                return False
            nxt = fold(self.doc.tokens[k + 1].text)
            verb = fold(self.doc.tokens[k - 1].text)
            verb = verb if verb in VERB_PREPOSITIONS else verb[1:]  # وأشار
            return nxt in grammar_words().speaker_closers or nxt in VERB_PREPOSITIONS.get(verb, ())
        if kind == "noun" and country is None:
            return len(f) >= 4 and f[0] != "و" and self._name_closed(k + 1)  # الحارس هيلتون ،
        return (kind == "nisba" or country is not None) and len(f) >= 4

    def _name_closed(self, k: int, strict: bool = False) -> bool:
        """Does token k (right after a name) close it: the end, punctuation, a complementiser
        (وقال X إن), or an apposition: a title or person noun (وقال X مدير المعهد)? `strict`:
        only a complementiser, a colon or a quotation mark (وقال كوبل إن، وقال هاولز «)."""
        gw = grammar_words()
        toks = self.doc.tokens
        if k >= len(toks):
            return True
        t = toks[k]
        f = fold(t.text)
        if strict:
            return f in gw.name_closing_words or (t.kind == "punct" and t.text in QUOTE_MARKS)
        if t.kind == "punct" or f in gw.name_closing_words or f in grammar_words().apposition_nouns:
            return True
        if self.name_cues is not None and self.name_cues.kind(t) in ("honorific", "noun"):
            return True
        a = self.ms.from_original(t.start)
        j = bisect.bisect_left(self.match_starts, a)
        return j < len(self.m) and self.m[j].word_start == a \
            and self.entry(j).kind in ("title", "body")

    def _given_name_mentions(self) -> None:
        """A known given name (محمد، جورج) opening two to four name-like words, outside every
        match and mention: an unknown PERSON (how="name", no code), transliterated. One word
        alone (محمد) is left out; a given name before a one-word dictionary name that none of
        its full names matched is someone else of that family (وائل عريقات is not Saeb
        Erekat). Proclitics (ومحمد، لمحمد) stay outside the name."""
        if not self.given_names:
            return
        taken = self._taken()
        toks = self.doc.tokens
        for ti in self._cand["given"]:
            t = toks[ti]
            if not self._given(t) and not self._given_before_surname(ti):
                continue  # (tok.norm is the folded stem, without its proclitics)
            a = self.ms.from_original(t.start)
            if t.norm in self.noun_given_names and fold(t.text) == t.norm and \
                    self._adjective_head(a):
                continue  # رجل حسن السيرة: an adjective of the noun before it, no name
            if taken[a] or (ti > 0 and fold(toks[ti - 1].text) in NASAB_OR_FAMILY):
                continue  # بن عبد العزيز، آل سعود: part of someone else's nasab
            kunya = ti > 0 and fold(toks[ti - 1].text) in KUNYA and self._adjacent(ti) \
                and not taken[self.ms.from_original(toks[ti - 1].start)]
            # علي محمد جيدي: Ali opens the name as a kunya does (_ali_opens)
            kunya = kunya or (ti > 0 and self._ali_opens(ti - 1)
                              and not taken[self.ms.from_original(toks[ti - 1].start)])
            surname = self._surname_match(ti)
            if surname is not None:
                j, last = surname
                self.out = [mt for mt in self.out if not (mt.start <= self.m[j].start < mt.end)]
            else:
                got = self._unknown_name(a, allow_comma=False, min_words=1)
                if got is None or got[0] != a:
                    continue
                n = len(got[2].split())  # the name's tokens: toks[ti:ti + n]
                # محمد حسين باحث، مدحت صالح يغني: an apposition or a verb after it; after a
                # kunya or علي one name word is enough before an accusative (علي حمد [عضوا];
                # not before a family name in ة: علي سعد دوابشة)
                while n > (1 if kunya else 2) and (
                        _not_a_name_part(toks[ti + n - 1])
                        or (n > 2 and self._next_word_not_name(toks[ti + n - 1]))):
                    n -= 1
                if n > 1 and _not_a_name_part(toks[ti + n - 1]):
                    continue
                n += self._family_tail(ti + n, taken, n == 1 or (
                    n == 2 and (fold(t.text) in grammar_words().compound_given_heads or
                                self._given(toks[ti + 1]))),
                    ta_ok=True)  # عبد الله الربيعة، جمال ناصر البدر
                if n < 2 and not kunya:
                    self._lone_given.append(ti)  # see _given_names_alone
                    continue  # محمد alone; جعفر الموسوي is a name; أبو محمد is one too
                last = toks[ti + n - 1]
            start = next((sg.start for sg in t.segments if sg.kind == "stem"), t.start) \
                if t.segments else t.start
            if kunya:  # أبو عبد الله التركي: the kunya opens the name
                start = self._stem_start(toks[ti - 1])
                a = self.ms.from_original(toks[ti - 1].start)
            s, e = self.ms.from_original(start), self.ms.end_from_original(last.end)
            if surname is None and 1 in taken[s:e]:
                inside = [mt for mt in self.out if mt.start < e and s < mt.end]
                if any(mt.kind not in ("nisba", "title", "city") or mt.start < s or mt.end > e
                       or " " in self.text[mt.start:mt.end] for mt in inside):
                    continue  # over another mention (a dictionary surname is replaced)
                # يوسف روسي، سعود أبو سلطان، أبو العلا: a bare nisba, title or place read as a
                # name word is the name's
                self.out = [mt for mt in self.out if mt not in inside]
            text = self.doc.text[start:last.end]
            taken[a:e] = b"\x01" * (e - a)
            translit = self.romanize(text)
            self.out.append(Mention(s, e, "PERSON", translit or text, None, None, None, "name",
                                    f"name:{fold(text)}", self.text[a:s], kind="person",
                                    translit=translit, name=(s, e), person_like=True))
        self.out.sort(key=lambda mt: mt.start)

    def _nasab_part(self, t, taken: bytearray, before: bool = False,
                    after_kunya: bool = False) -> bool:
        """Can token t stand on either side of بن in a nasab (سهل بن حنيف، الحسن بن علي)? With
        the article only a given name (الحسن، الحسين); before بن no common noun in ة
        (روضة ابن …)."""
        gw = grammar_words()
        if t.kind != "word" or taken[self.ms.from_original(t.start)]:
            return False
        f = fold(t.text)
        if before and f == "علي":  # علي بن أبي طالب: the name, not the preposition على
            return True
        if after_kunya and len(f) >= 3 and f not in gw.kin_words and not f.startswith("ال") \
                and not t.segments:
            return True  # أبي طالب: a verb or a noun after أبي is a name
        if f in self.stopwords or f in gw.kin_words or f in NASAB or len(f) < 2 \
                or _not_a_name_part(t):
            return False
        if f.startswith("ال"):
            return f[2:] in self.given_names
        if before and f.endswith("ه") and not self._given(t):
            return False
        return self._name_word(f, first=True) and not t.segments

    def _nasab_mentions(self) -> None:
        """Names built on a nasab or a kunya, whatever their first word: X بن Y (بن Z...)
        (سهل بن حنيف، علي بن أبي طالب، الحسن بن علي), ابن + a name after a function word or
        punctuation (ابن خلدون), and أبو/أبا + a name (أبو هريرة، أبو الحسن), outside every match
        and mention: an unknown PERSON (how="name")."""
        toks = self.doc.tokens
        taken = self._taken()
        added = False
        after = 0  # the next token a new name may start at
        for ti in self._cand["nasab"]:
            if ti < after or ti >= len(toks) - 1:
                continue
            t = toks[ti]
            f = fold(t.text)
            start = end = None
            if f in NASAB and 0 < ti and self._adjacent(ti) and self._adjacent(ti + 1) \
                    and self._nasab_part(toks[ti - 1], taken, before=True):
                start = ti - 1
                if start > 0 and self._adjacent(start) and (
                        self._given(toks[start - 1]) or fold(toks[start - 1].text) in KUNYA) \
                        and not taken[self.ms.from_original(toks[start - 1].start)]:
                    start -= 1  # أبو جميل زيان بن مدافع
                end = self._father(ti + 1, taken)
            elif f in ("ابن", "بن") and self._adjacent(ti + 1) \
                    and not taken[self.ms.from_original(t.start)] \
                    and (ti == 0 or toks[ti - 1].kind != "word" or not self._adjacent(ti)
                         or fold(toks[ti - 1].text) in self.stopwords) \
                    and not fold(toks[ti + 1].text).startswith("ال") \
                    and self._nasab_part(toks[ti + 1], taken):
                start, end = ti, self._father(ti + 1, taken)  # ابن خلدون، ابن أبي طالب
            elif f in KUNYA_OPENERS and self._adjacent(ti + 1) \
                    and not taken[self.ms.from_original(t.start)] \
                    and self._nasab_part(toks[ti + 1], taken):
                start, end = ti, ti + 2
            if start is None or end is None:
                continue
            # a chain: بن Z بن W, then a family name (العامري، القرشي)
            while end + 1 < len(toks) and fold(toks[end].text) in NASAB and self._adjacent(end) \
                    and self._adjacent(end + 1):
                nxt = self._father(end + 1, taken)
                if nxt is None:
                    break
                end = nxt
            while end < len(toks) and self._given(toks[end]) and self._adjacent(end) \
                    and not toks[end].segments:
                end += 1  # أبو جميل زيان
            end += self._family_tail(end, taken, ta_ok=True)
            first, last = toks[start], toks[end - 1]
            a = self.ms.from_original(first.start)
            name_start = self._stem_start(first)
            s, e = self.ms.from_original(name_start), self._token_end(last)
            if 1 in taken[s:e]:
                continue
            text = self.doc.text[name_start:last.end]
            translit = self.romanize(text)
            self.out.append(Mention(s, e, "PERSON", translit or text, None, None, None, "name",
                                    f"name:{fold(text)}", self.text[a:s], kind="person",
                                    translit=translit, name=(s, e), person_like=True))
            taken[a:e] = b"\x01" * (e - a)
            added = True
            after = end
        if added:
            self.out.sort(key=lambda mt: mt.start)

    def _coordinated_names(self) -> None:
        """An unknown name of two words or more joined by و (or a comma) to a person before it:
        a list of people (جيرارد بيكيه وكارلس بويول، …). The name is read as after a cue; the
        conjunction stays outside it."""
        toks = self.doc.tokens
        taken = self._taken()
        added = []
        people = [mt for mt in self.out if mt.type == "PERSON" and mt.name is not None]
        for mt in people:
            while True:
                o_end = self.ms.to_original(mt.end - 1, mt.end)[1]
                k = self._after_minute(bisect.bisect_left(self.tok_starts, o_end))
                if k < len(toks) and toks[k].text in ("،", ",") and k + 1 < len(toks):
                    k += 1
                if k >= len(toks) or toks[k].kind != "word" or \
                        self.doc.text[toks[k - 1].end:toks[k].start] != " ":
                    break
                t = toks[k]
                if not fold(t.text).startswith("و") and toks[k - 1].text not in ("،", ","):
                    break
                if toks[k - 1].text in ("،", ",") and self._apposition_head(k):
                    break  # الفريدو زاموديو، [مدير مركز] …: an apposition, no second person
                ali = self._ali_in_list(k, taken)
                n = ali or self._name_at(k, taken)
                if n < 2 or (self._next_word_not_name(toks[k + n - 1]) and not (
                        n >= 3 and
                        fold(toks[k + n - 2].text) in grammar_words().name_particles)) or \
                        (not ali and not self._given(t) and len(t.norm.lstrip("و")) <= 3):
                    break  # وحفل أوركسترا: a short common noun, not a name
                last = toks[k + n - 1]
                name_start = self._stem_start(t)
                if name_start == t.start and fold(t.text).startswith("و") \
                        and not self._given(t):
                    name_start += 1  # ولوكاس: the tokenizer kept و on an unknown stem
                a = self.ms.from_original(t.start)
                s, e = self.ms.from_original(name_start), self._token_end(last)
                if 1 in taken[s:e]:
                    break
                text = self.doc.text[name_start:last.end]
                translit = self.romanize(text)
                mt = Mention(s, e, "PERSON", translit or text, None, None, None, "name",
                             f"name:{fold(text)}", self.text[a:s], kind="person",
                             translit=translit, name=(s, e), person_like=True)
                added.append(mt)
                taken[a:e] = b"\x01" * (e - a)
        if added:
            self.out.extend(added)
            self.out.sort(key=lambda m: m.start)

    def _after_minute(self, k: int) -> int:
        """Token k, or the token after a number in parentheses that starts there: a scorer's
        minute or a player's number in a list of names (توريس (20) وديفد فيا (44))."""
        toks = self.doc.tokens
        if k + 2 < len(toks) and toks[k].text == "(" and toks[k + 1].kind == "number" \
                and toks[k + 2].text == ")" and toks[k].sentence == toks[k + 2].sentence:
            return k + 3
        return k

    def _ali_in_list(self, k: int, taken: bytearray) -> int:
        """Tokens of a name opened by وعلي at token k, an item of a list of people (محمد منير،
        [وعلي الحجار]): علي and a given name, or a family name with the article in a text
        that writes the preposition على with ى (elsewhere وعلي الرغم is «and despite»). 0 if
        none."""
        toks = self.doc.tokens
        t = toks[k]
        if t.norm != "علي" or not t.text.startswith("و") or k + 1 >= len(toks) \
                or not self._adjacent(k + 1) or toks[k + 1].sentence != t.sentence \
                or taken[self.ms.from_original(toks[k + 1].start)]:
            return 0
        if self._given(toks[k + 1]) and not toks[k + 1].segments:
            return 1 + max(1, self._name_at(k + 1, taken))
        return 2 if self._ali_apart and self._family_tail(k + 1, taken, True) == 1 else 0

    def _parenthesized_aliases(self) -> None:
        """An organisation's short or foreign name in parentheses right after it (قوات الأمم
        المتحدة المؤقتة في لبنان (يونيفيل)، جامعة «آستون» (Aston University)): the same actor.
        Up to five Latin words or three unknown Arabic ones (not opened by the article or a
        proclitic letter: a credit or a remark), none in a dictionary match."""
        toks = self.doc.tokens
        text = self.doc.text
        taken = self._taken()
        added = []
        for mt in self.out:
            if mt.type != "ORG":
                continue
            k = bisect.bisect_left(self.tok_starts, self.ms.to_original(mt.end - 1, mt.end)[1])
            while k < len(toks) and toks[k].text in CLOSING_QUOTES:
                k += 1
            if k + 2 >= len(toks) or toks[k].text != "(" or "\n" in text[toks[k - 1].end:
                                                                        toks[k].start]:
                continue
            j = k + 1
            while j < len(toks) and j - k <= 6 and toks[j].kind in ("word", "latin") \
                    and fold(toks[j].text) not in self.stopwords \
                    and not taken[self.ms.from_original(toks[j].start)]:
                j += 1
            if j == k + 1 or j - k > 6 or j >= len(toks) or toks[j].text != ")":
                continue
            first, last = toks[k + 1], toks[j - 1]
            if not any(c.isalpha() for c in first.text) or first.kind == "word" \
                    and (j - k > 4 or fold(first.text)[:1] in "البوف"):
                continue  # (2006), (الفرنسية), (بحجة حرية التعبير): no name
            s, e = self.ms.from_original(first.start), self._token_end(last)
            added.append(Mention(s, e, "ORG", mt.canonical, mt.code, mt.country, mt.role,
                                 "coref", mt.actor_id, kind=mt.kind, translit=mt.translit,
                                 name=(s, e), person_like=mt.person_like))
            taken[s:e] = b"\x01" * (e - s)
        if added:
            self.out.extend(added)
            self.out.sort(key=lambda m: m.start)

    def _father(self, k: int, taken: bytearray) -> int | None:
        """The end (token index) of the name after بن at token k: a name word, or a kunya and a
        name word (أبي طالب، أبي وقاص); None if there is none."""
        toks = self.doc.tokens
        if k >= len(toks):
            return None
        if fold(toks[k].text) in KUNYA and k + 1 < len(toks) and self._adjacent(k + 1) \
                and self._nasab_part(toks[k + 1], taken, after_kunya=True):
            return k + 2
        return k + 1 if self._nasab_part(toks[k], taken) else None

    def _given(self, t) -> bool:
        """A known given name as the whole stem (زيادة is no زياد + ة)."""
        return t.norm in self.given_names and not any(sg.kind == "enclitic" for sg in t.segments)

    def _given_before_surname(self, ti: int) -> bool:
        """Token ti is a given name that is also a common word (words.json
        `surname_given_names`: بشرى، نور) right before a dictionary person's one-word key (بشرى
        الأسد: another bearer of the family name; twenty-first session)."""
        from marsad.actors.compose import surname_given_names

        t = self.doc.tokens[ti]
        return t.norm in surname_given_names() and not any(
            sg.kind == "enclitic" for sg in t.segments) and self._surname_match(ti) is not None

    def _ali_opens(self, k: int) -> bool:
        """Does علي at token k open a name (الوزير [علي] حسن المجيد، وقال [علي] الأنصاري)? Only
        in a text that writes the preposition على with ى elsewhere (where علي is Ali, not a
        misspelt على), before a given name or a family name with the article in ي (not after
        و: عبدالحليم علي [وهاني]), and not inside another's name (بن علي، عبدالحليم علي)."""
        toks = self.doc.tokens
        if not (self._ali_apart or self._ali_after_saying(k)) or toks[k].text != "علي" \
                or k + 1 >= len(toks) \
                or toks[k + 1].kind != "word" or not self._adjacent(k + 1) \
                or any(sg.kind == "proclitic" and self.doc.text[sg.start] in "وفبلك"
                       for sg in toks[k + 1].segments):
            return False
        if k > 0 and self._adjacent(k) and (fold(toks[k - 1].text) in NASAB_OR_FAMILY
                                            or self._given(toks[k - 1])):
            return False
        nxt = toks[k + 1]
        f = fold(nxt.text)
        return self._given(nxt) or (nxt.text.startswith("ال") and f.endswith("ي") and len(f) >= 5
                                    and f not in self.stopwords)

    def _ali_after_saying(self, k: int) -> bool:
        """Is علي at token k a name in a text that writes no على apart: right after a verb of
        saying that never takes على (grammar.json `ali_name_verbs`: وقال، وأضاف), before a given
        name and then a title, an apposition noun or إن / أن (وقال [علي] منصور مدير المركز إن …)."""
        toks = self.doc.tokens
        if k < 1 or k + 2 >= len(toks) or toks[k].text != "علي" or not self._adjacent(k) \
                or fold(toks[k - 1].text) not in grammar_words().ali_name_verbs \
                or toks[k + 1].kind != "word" or toks[k + 1].segments \
                or not self._given(toks[k + 1]) or not self._adjacent(k + 2):
            return False
        return fold(toks[k + 2].text) in ("ان", "إن", "أن") or self._apposition_head(k + 2)

    def _common_word_after_name(self, k: int) -> bool:
        """A word after a name's first word that carries a pronoun: a plural one (أبناءهم), her
        (فرحتها، نواياها، استخدامها) or his after a feminine noun (كتابته، صديقته، ضالته), unless a
        given name. Five letters or more: غوته is a name; no later name word of the NER corpora
        ends so. Also a short noun with his (طلعت [حلمه]، [مصرعه]) and a perfect in ت (طلال
        سلمان [حملت]), unless بن or الله follows (أحمد حكمت الله)."""
        t = self.doc.tokens[k]
        if self._given(t) or self._father_name_after_given(k):
            return False
        f = fold(t.text)
        if f in self.surname_homographs:
            return False  # جمعه: Gomaa written with ه
        # (not the shape of a verbal noun: تيفيز، توريس look like توضيح)
        return (len(f) >= 5 and t.text.endswith(("هما", "هم", "ها", "ته"))) \
            or _noun_and_his(t) or (_feminine_perfect(t) and not self._name_goes_on(k + 1))

    def _father_name_after_given(self, k: int) -> bool:
        """Is token k a `father_names` word (رفعت، حكمت) right after a known given name that
        opens the name (محمد [رفعت]، أحمد [حكمت] سليمان)? A name there: a feminine perfect would
        not follow a man's name as its verb. Not after two given names, where a woman's full
        name may end before her verb (سعاد منصور [رفعت] دعوى), nor before a definite noun in ة
        or ات, the verb's object after an adjective that is a given name too (موعد معين [رفعت]
        السماعة), nor as a name's first word (رفعت احتياجات is the verb)."""
        toks = self.doc.tokens
        return k > 0 and fold(toks[k].text) in self.father_names and self._adjacent(k) \
            and toks[k - 1].kind == "word" and self._given(toks[k - 1]) \
            and not (k > 1 and self._adjacent(k - 1) and self._given(toks[k - 2])) \
            and not self._definite_object_at(k + 1)

    def _definite_object_at(self, k: int) -> bool:
        """Is token k a definite noun in ة or ات (السماعة، الحكومة، القرارات), the object of a
        verb before it? Family names with the article seldom end so."""
        toks = self.doc.tokens
        if k >= len(toks) or toks[k].kind != "word":
            return False
        f = fold(toks[k].text)
        return f.startswith("ال") and f.endswith(("ه", "ات")) and len(f) >= 5

    def _name_goes_on(self, k: int) -> bool:
        """Is token k a word that carries a name on: the tail of a compound name or بن (أحمد
        حكمت الله، أحمد رفعت بن إبراهيم: حكمت، رفعت are then a name's, not a verb)?"""
        toks = self.doc.tokens
        return k < len(toks) and toks[k].kind == "word" \
            and (fold(toks[k].text) in grammar_words().name_compound_tails or
                 fold(toks[k].text) in NASAB)

    def _next_word_not_name(self, t) -> bool:
        """A word that ends a name's run as the next word rather than its part: an imperfect
        verb (يغني، يستعد) or a feminine noun (ضربة), unless it is a given name."""
        if self._given(t):
            return False
        f = fold(t.text)
        if f in grammar_words().name_compound_tails:
            return False  # عبد الله: not a feminine noun
        return (f[:1] == "ي" and len(f) >= 4) or f.endswith("ه") \
            or (len(f) >= 7 and f.endswith("ات"))  # انتقادات: a plural noun

    @staticmethod
    def _in_another_nasab_at(text: str, m: Match, given_names: frozenset[str] = frozenset()
                             ) -> bool:
        """A name that is part of someone else's nasab: a one-word name followed by بن/ابن/بنت
        (الأمير مشعل بن ماجد is not Khaled Meshaal) or any name right after بن/ابن/بنت (الأمير
        مشعل بن عبد الله بن عبد العزيز does not mention King Abdullah)."""
        if m.prefix:
            return False
        before = text[max(0, m.start - 5):m.start]
        if before.endswith((" بن ", " ابن ", " بنت ")) or before in ("بن ", "ابن ", "بنت "):
            return True
        if text.startswith(("بن ", "ابن "), m.start) and m.start >= 2 and text[m.start - 1] == " " \
                and text[m.start - 2].isalpha():
            # عيسى بن سلمان: a short form «بن سلمان» after a given name is that name's father
            prev = fold(text[:m.start - 1].rsplit(None, 1)[-1])
            return prev in given_names or (prev[:1] in "وف" and prev[1:] in given_names)
        if " " in text[m.start:m.end]:
            return False
        return text[m.end:m.end + 6].startswith((" بن ", " ابن ", " بنت "))

    def _nasab_of_another_family(self, m: Match, matches: list[Match]) -> bool:
        """A dictionary nasab followed by a family name with the article that is not the
        dictionary's: الدكتور عبد الله بن عبد العزيز [الربيعة] is not King Abdullah. Not after
        a royal title (مركز الملك عبدالله بن عبدالعزيز الدولي), nor before an adjective."""
        text = self.text
        if " بن " not in text[m.start:m.end] or m.prefix:
            return False
        fam = _FAMILY_AFTER.match(text, m.end)
        if fam is None:
            return False
        f = fam.group(1)
        gw = grammar_words()
        if f in self.stopwords or f[2:] in self.stopwords or f in gw.name_ordinals \
                or f in gw.name_time_words or f in gw.name_epithets or f in gw.institution_adjectives \
                or f.endswith(("يه", "ين", "ون", "ات")) \
                or (f.startswith(("الم", "الت", "الا")) and not f.endswith("ي")):
            return False
        if any(mm.word_start == m.end + 1 for mm in matches):
            return False  # a dictionary word of its own
        prev = text[max(0, m.word_start - 12):m.word_start].split()
        return not (prev and prev[-1] in grammar_words().royal_titles)

    def _family_tail(self, k: int, taken: bytearray, after_given: bool = False,
                     ta_ok: bool = False) -> int:
        """Tokens of the family name after a name at token k: آل and a name word (راشد بن محمد
        آل مكتوم: 2), else a family name with the article (`_family_name`: 1 or 0)."""
        toks = self.doc.tokens
        if k + 1 < len(toks) and toks[k].text in ("آل", "ال") and self._adjacent(k) \
                and self._adjacent(k + 1) and toks[k + 1].kind == "word":
            nxt = toks[k + 1]
            f = fold(nxt.text)
            if len(f) >= 3 and f not in self.stopwords and not f.startswith("ال") \
                    and not nxt.segments and not taken[self.ms.from_original(nxt.start)]:
                return 2
            return 0
        if ta_ok:
            nasab = any(fold(tk.text) in NASAB for tk in toks[max(0, k - 4):k])
            ta_ok = nasab  # العطية after عبدالله بن خليفة
        return self._family_name(k, taken, after_given, ta_ok)

    def _family_name(self, k: int, taken: bytearray | None, after_given: bool = False,
                     ta_ok: bool = False) -> int:
        """1 when token k, right after a name, is a family name with the article (المحيسني،
        القباج، العطية): not a dictionary match, not a listed word, not a verb, no sound plural
        (اللاعبين، المنتجات); else 0. `taken` None: the caller has checked it is in no match."""
        toks = self.doc.tokens
        if k >= len(toks) or toks[k].kind != "word" or \
                self.doc.text[toks[k - 1].end:toks[k].start] != " ":
            return 0
        f = fold(toks[k].text)
        if not f.startswith("ال") or len(f) < 5 or f in self.stopwords or f[2:] in self.stopwords \
                or f in self.object_nouns or f in grammar_words().name_ordinals \
                or f in grammar_words().name_time_words \
                or (toks[k].text.endswith("ى") and f[2:] not in self.given_names):
            # المتوفى، الموسيقى in ى fold like a family name in ي; العيسى، الموسى (ال + a given
            # name) are family names
            return 0
        if (after_given or ta_ok) and toks[k].text.endswith("ة") and len(f) >= 6 \
                and not f.startswith(("الم", "الت", "الا")) \
                and (after_given or f[4:5] != "ا"):  # (not الخلافة after a nasab)
            pass  # عبدالله الربيعة، محمد العطية: a family name in ة after a given name
        elif not f.endswith("ي") and (f.endswith(("ين", "ون", "ات", "ه")) or (
                not after_given and (len(f) < 6 or f.startswith(("الم", "الت", "الا"))))
                or _derived_verbal_noun(f[2:])):
            # المصنف، التقدم، الاحتفاظ after a full name are participles and verbal nouns; after
            # a lone given name the word is the family name (عبدالله المنيع، أحمد التوفيق)
            return 0
        if taken is None:
            return 1
        a = self.ms.from_original(toks[k].start)
        if taken[a]:
            return 1 if f.endswith("ي") and self._absorb_nisba(a, toks[k], taken) else 0
        return 1

    def _absorb_nisba(self, a: int, tok, taken: bytearray) -> bool:
        """A nationality with the article right after a person's name is his family name or
        laqab (أبو حمزة المصري، محمد سعيد الكندي), not a country mention: the nisba mention
        at matching offset `a` is dropped and its span freed for the name."""
        gw = grammar_words()
        e = self._token_end(tok)
        toks = self.doc.tokens
        k = bisect.bisect_right(self.tok_starts, tok.start)
        if k < len(toks) and fold(toks[k].text) in gw.nisba_heads:
            return False  # أبو عبد الله البريطاني الجنسية: an adjective, not a laqab
        prev = toks[k - 2] if k >= 2 else None
        if prev is None or not (self._given(prev) or fold(prev.text) in gw.name_compound_tails
                                or k >= 3 and fold(toks[k - 3].text) in KUNYA):
            return False  # هشام زيدان السعودي: after a family name, the man's nationality
        for i, mt in enumerate(self.out):
            if mt.start == a and mt.end == e and mt.kind == "nisba" and mt.how == "nisba" \
                    and mt.prefix == "ال":
                del self.out[i]
                taken[a:e] = b"\x00" * (e - a)
                return True
        return False

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
        """Other mentions of a name met after a title or a given name (الجنرال كامل نوري …
        نوري), and of the last word of a dictionary person's full name (أيمن الصفدي … الصفدي): the
        full name or its last word, as a whole word (proclitics allowed), outside other mentions.
        Later ones always; earlier ones (a headline names him first: الصفدي يلتقي …) when the key
        is a full name, a dictionary surname or shaped like no common word."""
        gw = grammar_words()
        introduced = [mt for mt in self.out if mt.name is not None and (
            mt.how in ("title", "name") and mt.type == "PERSON"
            or (mt.how == "lexicon" and mt.kind == "person"))]
        if not introduced:
            return
        taken = bytearray(len(self.text) + 1)
        for mt in self.out:
            taken[mt.start:mt.end] = b"\x01" * (mt.end - mt.start)
        # (surname -> where each bearer's full name stands: a surname alone is the nearest
        # bearer's before it, and no one's before them all when two bear it; twentieth session)
        bearers: dict[str, list[tuple[int, str]]] = {}
        for mt in introduced:
            words = self.text[mt.name[0]:mt.name[1]].split()
            if len(words) > 1:
                bearers.setdefault(words[-1], []).append((mt.start, mt.actor_id))
        added = []
        for mt in introduced:
            full = self.text[mt.name[0]:mt.name[1]]
            # a dictionary name is found again by the dictionary: only its last word is new
            # (a one-word name that is also a word, علي = على, is not looked for again)
            keys = [] if mt.how == "lexicon" or fold(full) in self.stopwords else [full]
            words = full.split()
            last = words[-1]
            # (a surname that is also a group's word, المعلم of وليد المعلم, is sought too: a
            # surname homograph, below)
            role_word = mt.how == "lexicon" and fold(last) in self.surname_homographs
            if len(words) > 1 and len(last) >= 3 and last not in self.stopwords \
                    and last not in gw.name_compound_tails and last != "علي" \
                    and (not self.gaz.automaton.exists(last) or role_word) \
                    and fold(words[-2]) not in gw.name_compound_heads \
                    and fold(words[-2]) not in NASAB and fold(last) not in gw.name_ordinals \
                    and fold(last) not in gw.compass_words:
                keys.append(last)  # not الله of عبد الله, الثاني of الحسن الثاني, شمال
            for key in keys:
                # a lone last word of a name found without a title comes back bare or after و/ف
                # (لصالح، باسم are not Saleh, Basem); other keys take any proclitic (لنوري)
                prefixes = COREF_PREFIXES if key == last and mt.how == "name" \
                    and len(words) > 1 else forms.PREFIXES_PLAIN
                family = key == last and len(words) > 1
                homograph = key == last and fold(key) in self.surname_homographs
                pos = self.text.find(key, 0 if self._sought_before(mt, key, family) else mt.end)
                while pos >= 0:
                    end = pos + len(key)
                    w = pos
                    while w > 0 and self.text[w - 1].isalnum() and pos - w <= 2:
                        w -= 1
                    group = self._group_word_at(w, end) if homograph and role_word and \
                        pos > mt.start else None
                    if (end >= len(self.text) or not self.text[end].isalnum()) \
                            and (w == 0 or not self.text[w - 1].isalnum()) \
                            and self.text[w:pos] in prefixes \
                            and (1 not in taken[pos:end] or group is not None) \
                            and (w == pos or mt.how == "lexicon"
                                 or self.text[w:end] not in self.stopwords) \
                            and not (pos < mt.start and self._opens_quote(w)) \
                            and not (key == last and self._in_another_name(w, pos, words[0])) \
                            and not (homograph and (self._homograph_as_word(w) or (
                                pos < mt.start and not self._cued_at(w)))) \
                            and not (key == last and self._noun_in_construct(w, pos, end)) \
                            and not (family and _another_bearer(bearers[last], mt, pos)):
                        # (لصالح "in favour of" is no mention of a man named صالح after a
                        # title; a dictionary person's لصالح is)
                        if group is not None:
                            # وقال المعلم after وليد المعلم: the minister, not the teachers
                            self.out.remove(group)
                        elif key == last and w == pos and len(words) > 1:
                            w = pos = self._with_word_before(pos, words[-2], taken)
                        taken[pos:end] = b"\x01" * (end - pos)
                        added.append(Mention(pos, end, "PERSON", mt.canonical, mt.code, mt.country,
                                             mt.role, "coref", mt.actor_id, self.text[w:pos],
                                             mt.office, "title", mt.translit, (pos, end),
                                             person_like=True))
                    pos = self.text.find(key, end)
        if added:
            self.out.extend(added)
            self.out.sort(key=lambda mt: mt.start)

    def _given_names_alone(self) -> None:
        """A known given name alone (وقال مايكل إن …) is the one person of the article whose
        name of two words or more, met before or after, begins with it (مايكل نيومان): the same
        actor (how="coref"), also when a rule read it as a name of its own (وأضاف مايكل أن).
        Not when another person's name holds that word too (محمد of أحمد بن محمد), nor a
        dictionary person's (محمد alone is seldom محمد بن سلمان)."""
        named_alone = [mt for mt in self.out if mt.how == "name" and mt.kind == "person"
                       and mt.name and " " not in self.text[mt.name[0]:mt.name[1]]]
        holders: dict[str, set[str]] = {}  # name word -> actors whose name holds it
        firsts: dict[str, Mention] = {}
        for mt in self.out:
            if mt.type != "PERSON" or mt.name is None:
                continue
            words = fold(self.text[mt.name[0]:mt.name[1]]).split()
            for w in words:
                holders.setdefault(w, set()).add(mt.actor_id)
            if len(words) > 1 and words[0] not in grammar_words().name_compound_heads and (
                    mt.how in ("name", "title") or self._foreign_person(mt, words[0])):
                firsts.setdefault(words[0], mt)
        if not firsts:
            return
        for mt in named_alone:
            word = fold(self.text[mt.name[0]:mt.name[1]])
            if word in firsts and len(holders[word]) == 2 and not self._kin_after(mt.end) and (
                    word in self.given_names or (self._foreign_first(word)
                                                 and self._foreign_source(firsts[word]))):
                src = firsts[word]  # the one-word name and the person: one actor
                mt.canonical, mt.code, mt.country, mt.role = src.canonical, src.code, \
                    src.country, src.role
                mt.actor_id, mt.translit, mt.how, mt.office = src.actor_id, src.translit, \
                    "coref", src.office
        spans = sorted((mt.start, mt.end) for mt in self.out)
        toks = self.doc.tokens
        added = []
        for ti in sorted(set(self._lone_given) | self._foreign_firsts_alone(firsts)):
            t = toks[ti]
            src = firsts.get(t.norm)
            if src is None or len(holders[t.norm]) != 1 or _lone_given_word(t.norm) \
                    or not self._alone_before(ti + 1) \
                    or self._name_word_before(ti):
                continue  # (علي عبده إسماعيل: a name's last word)
            start = next((sg.start for sg in t.segments if sg.kind == "stem"), t.start) \
                if t.segments else t.start
            a, s = self.ms.from_original(t.start), self.ms.from_original(start)
            e = self.ms.end_from_original(t.end)
            k = bisect.bisect_right(spans, (e, e)) - 1
            if k >= 0 and spans[k][0] < e and spans[k][1] > a:
                continue  # inside another mention
            kin = self._kin_after(e)
            if kin:  # جورج الابن: another of the family, a person of his own
                self._add_unknown_person(s, e, f"{self.text[s:e]} {kin}", bytearray(e + 1))
                self.out.sort(key=lambda mt: mt.start)
                continue
            added.append(Mention(s, e, "PERSON", src.canonical, src.code, src.country, src.role,
                                 "coref", src.actor_id, self.text[a:s], src.office, "title",
                                 src.translit, (s, e), person_like=True))
        if added:
            self.out.extend(added)
            self.out.sort(key=lambda mt: mt.start)

    def _noun_in_construct(self, w: int, pos: int, end: int) -> bool:
        """Is the given name at matching offsets pos to end (its proclitics from w), one that is
        also a common noun (words.json `noun_given_names`: صالح interest), here that noun in
        construct with the definite word after it: after a preposition, a proclitic one or one
        of words.json `construct_governors` (لصالح القرار، في صالح الشعب، من أجل صالح
        الراهبات), before a definite word that is no listed word (لصالح الرئيس: in favour of
        the president)? Not after a noun (ولاية صالح الأخيرة: his last term) or a verb, nor
        with no definite word after it (الموالين لصالح، وقال صالح إن)."""
        if fold(self.text[pos:end]) not in self.noun_given_names:
            return False
        if w == pos and self._adjective_at(w, end):
            return True
        if self.text[end:end + 3] != " ال":
            return self._noun_before_construct(w, pos, end)
        nxt = _WORD_RE.match(self.text, end + 1)
        if nxt is None or len(nxt.group()) < 4 or fold(nxt.group()) in self.stopwords:
            return False
        if forms.preposition_of(self.text[w:pos]):
            return True
        if w < 2 or self.text[w - 1] != " ":
            return False
        before = self.text[max(0, w - 12):w - 1].split()
        return bool(before) and fold(before[-1]) in self.construct_governors

    def _adjective_at(self, w: int, end: int) -> bool:
        """Is the given name that is also an adjective at matching offsets w to end (no
        proclitic) that adjective here: after a word of words.json `adjective_governors` (غير
        عادل، أنا سعيد; with و / ف before it) or a particle of `pronoun_hosts` with a pronoun
        attached (إنه سعيد، لأنني سعيد), or before a word of `degree_adverbs` (سعيد للغاية، سعيد
        جداً)? (fifteenth session)"""
        after = self.text[end + 1:end + 10].split(maxsplit=1) \
            if self.text[end:end + 1] == " " else []
        if after and after[0].rstrip(".,،؛:!?»)\"") in self.degree_adverbs:
            return True
        if w < 2 or self.text[w - 1] != " ":
            return False
        before = self.text[max(0, w - 12):w - 1].split()
        word = before[-1].lstrip("«\"(") if before else ""
        word = word[1:] if word[:1] in "وف" and len(word) > 2 else word
        if word in self.adjective_governors or self._adjective_head(w) or \
                self._definite_subject_before(w, end):
            return True
        word = word[1:] if word[:1] in "لب" else word  # لأنه، بأنها
        return any(word.endswith(p) and word[:-len(p)] in self.pronoun_hosts
                   for p in _SUBJECT_PRONOUNS)

    def _definite_subject_before(self, w: int, end: int) -> bool:
        """Is the word before matching offset `w` (a space before it) a definite noun that opens
        its clause, whose predicate the given name that is also an adjective after it (ending
        at `end`) is (الماء صالح للشرب، وقال إن الوضع سعيد، وأكد أن المشروع ناجح)? It is first in
        its sentence or line, or after a particle of words.json `pronoun_hosts` (أن، إن; with
        و / ف / ل before it), and no person: no dictionary match nor mention lies on it (الرئيس
        صالح، إن الوزير صالح: a title before the name) and it is no honorific nor person noun
        of the name cues (الشيخ صالح، الفنان صالح). What follows the given name is what follows
        a predicate: the end of its phrase, a complement in ل (للشرب) or و; not a verb or a
        particle (إن المخلوع صالح ربما يكون: the deposed Saleh) (seventeenth session)."""
        if w < 2 or self.text[w - 1] != " ":
            return False
        after = self.text[end:end + 12].split(maxsplit=1)
        if self.text[end:end + 1] == " " and after and not after[0][:1] in "لو":
            return False
        window = self.text[max(0, w - 40):w - 1]
        line = window[window.rfind("\n") + 1:]
        before = line.split()
        if not before:
            return False
        head = fold(before[-1].lstrip("«\"("))
        head = head[1:] if head[:1] in "وف" and head[1:3] == "ال" else head
        if not head.startswith("ال") or len(head) < 4:
            return False
        start = w - 1 - len(before[-1])
        if 1 in self._taken()[start:w - 1]:
            return False
        if self.name_cues is not None and (head[2:] in self.name_cues.person_nouns or
                                           head[2:] in self.name_cues.honorifics or
                                           head in self.name_cues.person_nouns or
                                           head in self.name_cues.honorifics):
            return False
        if len(before) == 1:
            return len(line) < len(window) or w <= 40  # (the sentence's or the line's first)
        prev = before[-2]
        if prev.endswith(_PHRASE_STOPS[:6]):
            return True  # (after a sentence's end or a colon)
        particle = fold(prev)
        particle = particle[1:] if particle[:1] in "وفل" and len(particle) > 2 else particle
        return particle in self.pronoun_hosts

    def _adjective_head(self, w: int) -> bool:
        """Is the word before matching offset `w` (a space before it) an indefinite noun of
        words.json `adjective_heads` (رجل، عمل، ماء: رجل أمين، عمل صالح، ماء صالح للشرب), bare or
        after ب / ل (بشكل جميل), which a given name that is also an adjective after it qualifies?
        Not with و / ف before it, first in its sentence or after a word of `verb_particles`
        (وعمل صالح مستشاراً، وقد عمل صلاح الدين على: a verb, "Saleh worked"; sixteenth
        session)."""
        if not self.adjective_heads or w < 2 or self.text[w - 1] != " ":
            return False
        line = self.text[max(0, w - 30):w - 1]
        before = line[line.rfind("\n") + 1:].split()  # (a line's first word is a sentence's)
        if not before:
            return False
        head = fold(before[-1])
        if head not in self.adjective_heads and not (
                head[:1] in "بل" and head[1:] in self.adjective_heads):
            return False
        if len(before) > 1:
            particle = fold(before[-2])
            particle = particle[1:] if particle[:1] in "وف" and len(particle) > 2 else particle
            return not before[-2].endswith(_PHRASE_STOPS) and \
                particle not in self.verb_particles  # (وقد عمل صلاح الدين: a verb)
        return "\n" not in line and w > 30  # (one long word in the window: not the first)

    def _family_names_of_kin(self) -> None:
        """A person mention whose name is one word, the last word of a longer name of the same
        actor in the article (بوش of جورج بوش, found by the dictionary or sought again), right
        before a word of words.json `father_epithets` (الأب) is another member of the family, a
        person of his own named by both words (بوش الأب: the father, not the son met before;
        كلوني الأب), as a first word before a kinship word is (`_given_names_alone`). The
        younger ones (الابن) are not listed: صالح الابن may be the son met before (fifteenth
        session)."""
        if not self.father_epithets or not any(w in self.text for w in self.father_epithets):
            return  # (a substring test keeps the rule off nearly every article)
        lasts: dict[str, set[str]] = {}  # actor -> last words of its names of two words or more
        for mt in self.out:
            if mt.type == "PERSON" and mt.name is not None:
                words = fold(self.text[mt.name[0]:mt.name[1]]).split()
                if len(words) > 1:
                    lasts.setdefault(mt.actor_id, set()).add(words[-1])
        if not lasts:
            return
        for mt in list(self.out):
            if mt.type != "PERSON" or mt.name is None or mt.actor_id not in lasts:
                continue
            s, e = mt.name
            if fold(self.text[s:e]) not in lasts[mt.actor_id] or e != mt.end:
                continue
            kin = self._kin_after(e)
            if not kin or fold(kin) not in self.father_epithets:
                continue
            self.out.remove(mt)  # (the kinship word in its span: a name of two words, which
            # `_link_surnames` does not take for the family name of the son)
            end = e + 1 + len(kin)
            self._add_unknown_person(s, end, self.text[s:end], bytearray(end + 1))
        self.out.sort(key=lambda mt: mt.start)

    def _noun_before_construct(self, w: int, pos: int, end: int) -> bool:
        """A given name that is also a noun (`noun_given_names`) after the proclitic ل or ب,
        right before an indefinite word that is itself in construct with a definite one
        (لصالح جماعة الحوثي، لصالح دول الخليج، لصالح مقاتلي المقاومة: in favour of), or before
        a name (a mention found there, or a given name: لصالح إسرائيل، لصالح شركة أرامكو، لصالح
        محمد بن سلمان; sixteenth session): that noun, not the person met before; not after a
        word of affiliation (الموالين لصالح إطلاق النيران: those loyal to Saleh), nor before a
        particle, a word joined by و (لصالح والحوثيين) or a verb's object (سبق لصالح
        استخدامها ضد: no definite word after it) (fifteenth session)."""
        if not forms.preposition_of(self.text[w:pos]) or self.text[end:end + 1] != " ":
            return False
        nxt = _WORD_RE.match(self.text, end + 1)
        if nxt is not None and (any(mt.start == end + 1 for mt in self.out)
                                or fold(nxt.group()) in self.given_names) \
                and not self._affiliated_before(w):
            return True  # لصالح إسرائيل، لصالح شركة أرامكو، لصالح محمد بن سلمان: in favour of
        if nxt is None or len(nxt.group()) < 3 or nxt.group()[0] in "وف" or \
                self.text[nxt.end():nxt.end() + 3] != " ال" or \
                fold(nxt.group()) in grammar_words().non_verb_openers:
            return False
        return not self._affiliated_before(w)

    def _affiliated_before(self, w: int) -> bool:
        """Is the word before matching offset `w` a word of affiliation (الموالين، أنصار:
        `patrons.AFFILIATION_STEMS`), after which لصالح is "to Saleh"?"""
        if w < 2 or self.text[w - 1] != " ":
            return False
        before = self.text[max(0, w - 14):w - 1].split()
        word = fold(before[-1]) if before else ""
        word = word[1:] if word[:1] in "وف" else word
        word = word[2:] if word.startswith("ال") else word
        return word.startswith(AFFILIATION_STEMS)

    def _kin_after(self, end: int) -> str:
        """The kinship word (words.json `kinship_epithets`: الأب، الابن، الحفيد) right after a
        name word ending at matching offset `end`, which makes it another member of the family
        than the person met before (باراك الأب: Obama's father), or ""."""
        if not self.kinship_epithets or self.text[end:end + 1] != " ":
            return ""
        nxt = self.text[end + 1:end + 12].split(maxsplit=1)
        word = nxt[0].rstrip(".,،؛:!?»)") if nxt else ""
        return word if fold(word) in self.kinship_epithets else ""

    def _foreign_person(self, mt: Mention, first: str) -> bool:
        """Is dictionary person mt (first name word `first`, folded) a foreign one whose first
        name alone names him later in the article (مايكل of مايكل شوماخر)? Not a person of an
        Arab country, nor a first word of an Arab person's name of the dictionaries (محمد of
        محمد جواد ظريف), nor a given name that is also a word (حسن)."""
        return mt.how == "lexicon" and mt.kind == "person" \
            and mt.country not in ARAB_COUNTRIES and first not in self.gaz.arab_first_words \
            and not _lone_given_word(first)

    def _foreign_first(self, word: str) -> bool:
        """Is `word` (folded), the first word of a name no given-name list knows (سكارليت،
        كريستيان), a transliteration rather than a common word: four letters or more, a long
        vowel, no listed word, no dictionary key, no first word of an Arab person's name, no
        feminine ending, no verbal noun or verb shape?"""
        return len(word) >= 4 and word not in self.stopwords \
            and word not in self.gaz.arab_first_words and _LONG_VOWEL_RE.search(word) is not None \
            and not word.endswith(("ه", "ى", "ات")) and not word.startswith("ال") \
            and not _masdar(word) and not _verb_shape(word) \
            and not self.gaz.automaton.exists(word)

    def _foreign_source(self, mt: Mention) -> bool:
        """Is the name of mention mt shaped like a foreign one, whose first word may name the
        person alone later: no word with the article (طراد العمري، شارع الصباغ: an Arab name or
        a noun phrase read as one)."""
        return not any(w.startswith("ال") for w in fold(self.text[mt.name[0]:mt.name[1]]).split())

    def _foreign_firsts_alone(self, firsts: dict[str, Mention]) -> set[int]:
        """Tokens, later in the text, of the first word alone of a foreign name met before
        (يحب سكارليت of سكارليت جوهانسون، زميل مايكل of مايكل شوماخر) that no given-name list
        knows (those are the tokens of `_lone_given`): bare or after و/ف, outside every mention,
        a word `_foreign_name_word` accepts."""
        found: set[int] = set()
        taken = None
        toks = self.doc.tokens
        for word, src in firsts.items():
            if word in self.given_names or not self._foreign_first(word) \
                    or not self._foreign_source(src):
                continue
            key = self.text[src.name[0]:src.name[1]].split()[0]
            pos = self.text.find(key, src.end)
            while pos >= 0:
                end = pos + len(key)
                w = pos - 1 if pos > 0 and self.text[pos - 1] in "وف" else pos
                if (end >= len(self.text) or not self.text[end].isalnum()) \
                        and (w == 0 or not self.text[w - 1].isalnum()):
                    if taken is None:
                        taken = self._taken()
                    o = self.ms.to_original(w, w + 1)[0]
                    ti = bisect.bisect_right(self.tok_starts, o) - 1
                    if ti >= 0 and toks[ti].start == o and toks[ti].norm == word \
                            and self._foreign_name_word(toks[ti], taken) and not (
                                ti + 1 < len(toks) and self._adjacent(ti + 1)
                                and toks[ti + 1].sentence == toks[ti].sentence
                                and self._foreign_name_word(toks[ti + 1], taken)):
                        found.add(ti)  # (not بوبي كريستينا براون: another name of the family)
                pos = self.text.find(key, end)
        return found

    def _alone_before(self, k: int) -> bool:
        """Does token k show that the given name before it stands alone, not as the first word
        of a name the rules missed (محمد بنيس، خوان بالاسيوس، محمد الخامس)? The end of the
        sentence, punctuation or a number, a listed word (قبل، الذي، على), a clause verb, a word
        after و, a word with a pronoun (زوجته) or an imperfect (يغني)."""
        toks = self.doc.tokens
        if k >= len(toks) or toks[k].kind != "word" or toks[k].sentence != toks[k - 1].sentence:
            return True
        t = toks[k]
        f = fold(t.text)
        if len(f) < 2:
            return False  # a pronoun written apart (عمر ه): no name at all
        return f in self.stopwords or f[0] == "و" or _verb_after_name(f) or _short_imperfect(f) \
            or (f[0] == "ف" and f[1:] in self.stopwords) \
            or any(sg.kind == "enclitic" for sg in t.segments)

    def _sought_before(self, mt: Mention, key: str, family: bool) -> bool:
        """Is name `key` of mention mt looked for before mt too? A full name of two words or
        more, a dictionary person's surname, a `family` name after a given name shaped like a
        nisba (الشمراني), or a name read after a title shaped like no common noun: not definite
        (الرحيل), not in ة/ه/ا (إدارة، برنامجا), not a plural, four letters or more."""
        if " " in key or mt.how == "lexicon":
            return True
        if mt.how == "name" and not family:
            return False  # one word after a clause verb (وكتبت فيسبوك): too weak a name
        f = fold(key)
        if len(f) < 4 or f in self.stopwords or f.endswith("ات") \
                or len(f) >= 6 and f.endswith(("ون", "ين")):
            return False  # (a plural read as a name, وممثلو جماعات: looked for after it only)
        if f.startswith("ال"):
            return family and f.endswith("ي") and len(f) >= 6
        return not f.endswith(("ة", "ه", "ا"))

    def _cued_at(self, w: int) -> bool:
        """Is the word at matching offset `w` right after a title mention, an honorific or a
        person noun (الرئيس [عون]، الأستاذ [هيكل])? What a surname that is also a common word
        needs before the person's full name; not a clause verb, which may govern the word
        (وطلب [عون] من جيرانه)."""
        o = self.ms.to_original(w, w + 1)[0]
        ti = bisect.bisect_right(self.tok_starts, o) - 1
        toks = self.doc.tokens
        if ti < 1 or toks[ti - 1].sentence != toks[ti].sentence or not self._adjacent(ti):
            return False
        prev = toks[ti - 1]
        if self.name_cues is not None and self.name_cues.kind(prev) in ("honorific", "noun"):
            return True
        end = self._token_end(prev)
        return any(mt.end == end and mt.kind == "title" for mt in self.out)

    def _group_word_at(self, w: int, end: int) -> Mention | None:
        """The mention of a group or body of the agents dictionary that is exactly the word at
        matching offsets [w, end) with its proclitics (المعلم read as the teachers, EDU)."""
        return next((mt for mt in self.out if mt.end == end and mt.start >= w and
                     mt.kind in ("group", "body") and mt.type != "PERSON" and
                     mt.name is None), None)

    def _homograph_as_word(self, w: int) -> bool:
        """Is the surname at matching offset `w` that is also a common word (الجميل، هيكل، عون)
        here that word: an adjective after a definite word that is no title or cue (ذلك الزمان
        [الجميل]، الماضي [الجميل]، الهلال [الأحمر]), or a noun in construct before a name (أسطورة
        [هيكل] سليمان)? After a title, a cue, a verb or an indefinite noun it is the person
        (الرئيس عون، وقال الجميل، مناصري عون، سيرة الفيصل)."""
        o = self.ms.to_original(w, w + 1)[0]
        ti = bisect.bisect_right(self.tok_starts, o) - 1
        toks = self.doc.tokens
        nxt = ti + 1
        if nxt < len(toks) and toks[nxt].sentence == toks[ti].sentence and self._adjacent(nxt) \
                and (self._given(toks[nxt]) or self._person_match_at(nxt)):
            return True
        if ti < 1 or toks[ti - 1].sentence != toks[ti].sentence or not self._adjacent(ti):
            return False
        prev = toks[ti - 1]
        if not fold(prev.text).startswith(("ال", "وال", "بال", "لل")) \
                or (self.name_cues is not None and self.name_cues.kind(prev) is not None):
            return False
        end = self._token_end(prev)
        return not any(mt.end == end and mt.kind == "title" for mt in self.out)

    def _with_word_before(self, pos: int, word: str, taken: bytearray) -> int:
        """Where a surname met alone begins when the word before it is the name's own word
        before the surname (فان باستن of ماركو فان باستن): there, else at `pos`."""
        a = pos - len(word) - 1
        if a >= 0 and self.text[a:pos] == word + " " and 1 not in taken[a:pos] \
                and (a == 0 or not self.text[a - 1].isalnum()):
            return a
        return pos

    def _opens_quote(self, w: int) -> bool:
        """Does the word at matching offset `w` open a quotation («بوغاتي»، «فورد GT»)? Before
        the person is named, a name so quoted is a brand's, a company's or a work's; after
        it, news often quotes the surname of the person it names (وطالب “الأحمري”)."""
        return w > 0 and self.text[w - 1] in "«“\""

    def _in_another_name(self, w: int, pos: int, first: str) -> bool:
        """Is the surname at matching offset `pos` (its proclitics from `w`) part of a name the
        rules did not read? After a known given name it is (سمير الهاشمي, محمد القباج: someone
        else, or a full name missed), unless the name's `first` word is before that one: the
        father's name between (سعد محمد دوابشة of سعد دوابشة)."""
        o = self.ms.to_original(pos, pos + 1)[0]
        ti = bisect.bisect_right(self.tok_starts, o) - 1
        toks = self.doc.tokens
        if ti < 0:
            return False
        before = w == pos and ti > 0 and self._adjacent(ti) \
            and toks[ti - 1].sentence == toks[ti].sentence
        if not (before and self._given(toks[ti - 1])):
            return False
        return not (ti > 1 and self._adjacent(ti - 1) and fold(toks[ti - 2].text) == fold(first))

    def _name_word_before(self, ti: int) -> bool:
        """Is token ti-1, right before ti in its sentence, a word that may be a name's (ناجح،
        ولدو): bare, a name word (`_name_word`: unlisted, not definite, no و), not in ة/ه, not
        shaped like a verb?"""
        toks = self.doc.tokens
        if ti < 1 or not self._adjacent(ti) or toks[ti - 1].sentence != toks[ti].sentence:
            return False
        t = toks[ti - 1]
        f = fold(t.text)
        verbs = self.name_cues.verbs if self.name_cues is not None else frozenset()
        return t.kind == "word" and not t.segments and len(f) >= 3 and f not in verbs \
            and self._name_word(f, first=False) and not f.endswith(("ة", "ه")) \
            and not _verb_after_name(f)

    def _name_span(self, i: int, s: int) -> tuple[int, int]:
        """The proper name in a dictionary form of a place or organisation: without a generic
        noun before it (مدينة غزة، قطاع غزة، دولة الكويت -> غزة، الكويت), a compass word before
        another place (جنوب لبنان -> لبنان; not a country: جنوب أفريقيا), an organisation noun
        before another form of an organisation (حركة طالبان، وكالة فرانس برس). An epithet
        after it stays (مكة المكرمة: the corpora disagree)."""
        gw = grammar_words()
        m, e = self.m[i], self.entry(i)
        words = self.text[m.start:m.end].split(" ")
        a, b = s, m.end
        if len(words) < 2:
            return a, b
        head, rest = words[0], " ".join(words[1:])
        if e.kind == "org" and (head[2:] if head.startswith("ال") else head) in gw.club_nouns:
            return m.end - len(rest), b  # النادي الأهلي -> الأهلي
        if e.kind in ("city", "country") and head in grammar_words().name_place_nouns:
            a, words = m.end - len(rest), words[1:]
        else:
            kinds = ()
            if head in grammar_words().compass_words and e.kind == "city":
                kinds = ("city", "country")
            elif head in gw.org_nouns and e.kind == "org":
                kinds = ("org",)
            hit = self.gaz.automaton.get(rest, None) if kinds else None
            if hit and any(self.gaz.entries[x].kind in kinds for x, _ in hit[1]):
                a, words = m.end - len(rest), words[1:]
        return a, b

    def _unknown_name(self, end: int, allow_comma: bool, min_words: int = 1,
                      cued: bool = False, after_title: bool = False, feminine: bool = False
                      ) -> tuple[int, int, str] | None:
        """Up to three name-like words right after matching offset `end`, not in any match
        (after a comma too when `allow_comma`). Returns matching offsets and original text.
        `feminine`: after a feminine cue, words in ا may be a woman's name (ماريا شارابوفا)."""
        gw = grammar_words()
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
            between = text[names[-1].end:t.start] if names else ""
            if between.strip() or "\n" in between:
                break  # no name runs on over a line break (a recipe's «ورق لورا / بصلة»)
            f = fold(t.text)
            if t.segments and self._hamza_al(t):
                f = f.replace("ال", "ا", 1)  # ألكسندر: a foreign name, not the article
            particle = f in gw.name_particles or \
                f == "لا" and fold(names[-1].text) in ("دو", "دي") \
                if names else False
            if particle and fold(names[-1].text) not in gw.name_compound_heads \
                    and not (len(names) == 1 and _verb_shape(fold(names[0].text))):
                names.append(t)  # روبن فان بيرسي، جان مارك دو لا سابليير
                heads += 1
                k += 1
                continue
            if not names and self._ali_opens(k):
                names.append(t)  # الوزير علي حسن المجيد: Ali, in a text that spells على apart
                k += 1
                continue
            if not names and cued and self._foreign_opening(k):
                names += [t, toks[k + 1]]  # المدافع [الفارو ميخيا]، الكاتب [سلامة موسى]
                k += 2
                if fold(t.text).startswith("ال"):
                    break  # (المدرب الآن باردو [اتخذت]: the given name and the surname only)
                continue
            if names and t.text == "علي" and fold(names[-1].text) not in gw.name_compound_heads:
                names.append(t)  # محمد علي العظمي: Ali spelled with ي inside a name, not على
                k += 1
                continue
            if names and f in gw.name_compound_tails and \
                    fold(names[-1].text) not in gw.name_compound_heads \
                    and not names[-1].segments and fold(names[-1].text)[:1] not in "بلك":
                names.append(t)  # محيي الدين، عطا الله: one given name of two words
                heads += 1
                k += 1
                continue
            if names and fold(names[-1].text) in gw.name_compound_heads and f.startswith("ال") \
                    and len(f) > 3 and f not in self.stopwords \
                    and (next_match is None or self.ms.from_original(t.start) < next_match
                         or self._place_word_at(t)):
                names.append(t)  # عبد الله، أبو العلا (not جمال المرأة, a dictionary body)
                k += 1
                continue
            if f in gw.name_compound_heads:
                heads += 1
            if names and fold(names[-1].text) not in gw.name_compound_heads \
                    and self._common_word_after_name(k):
                break  # إيزابيل [فرحتها]: a noun with a pronoun ends the name
            if self._closes_name(t, f, names, heads, after_title):
                break  # محمد أحمد [برصاص]، الرئيس الفلسطيني [إحراق]، X [قال]
            if (not self._name_word(f, first=not names)
                    or (next_match is not None and self.ms.from_original(t.start) >= next_match)):
                break
            names.append(t)
            k += 1
        if len(names) > 1 and names[-1].text == "علي" and not self._ali_ends_name(k):
            names.pop()  # جوزيه على فريقه، تيم سيباستيان على ذلك: the preposition
        while names and (fold(names[-1].text) in gw.name_compound_heads
                         or fold(names[-1].text) in gw.name_particles or names[-1].text == "لا"):
            names.pop()  # a name cut after عبد / أبو / فان is not a name
        if len(names) - heads >= 3 and fold(names[-1].text) in self.gaz.title_heads \
                and self._governed_at(k):
            names.pop()  # برونو موتان [أمين] متاحف فرنسا: a title's head and its noun
        if len(names) == 2 and (self._given(names[0]) or names[0].text == "علي") \
                and self._given(names[1]) \
                and k < len(toks) and (next_match is None
                                       or self.ms.from_original(toks[k].start) < next_match) \
                and self._family_name(k, None, after_given=True):
            names.append(toks[k])  # العميد محمد ماجد العيطان: given, father's, family name
            k += 1
        closed = bool(names) and k < len(toks) and toks[k].text in ("،", ",")
        if len(names) < min_words and not (len(names) == 1 and closed):
            return None
        if sum(fold(t.text).endswith("ه") for t in names) >= 2:
            return None  # هدنة إنسانية: nouns and adjectives, not a name
        first = fold(names[0].text)
        if feminine and len(names) > 2 and fold(names[-1].text).endswith("ا") \
                and not _woman_name_word(names[-1], names[-2]):
            names.pop()  # الفنانة مها أحمد [برنامجا]: her name, then its object
        # الروسية [ماريا شارابوفا]: after a feminine cue, a woman's name, not two accusatives
        woman = feminine and all(_woman_name_word(t, names[i - 1] if i else None)
                                 or not fold(t.text).endswith("ا") for i, t in enumerate(names))
        if not woman and sum(fold(t.text).endswith("ا") for t in names) >= 2 or not woman and (
                len(first) >= 5 and first.endswith("ا") and not (
                    # نيكولا فروتوس after a cue noun: a foreign first name, not an adverb
                    cued and len(names) >= 2 and "\u064b" not in names[0].text
                    and first[0] != "م" and first not in grammar_words().accusative_words)):
            return None  # هجوما عنيفا، تحديدا: indefinite accusatives and adverbs, not a name
        a = self.ms.from_original(names[0].start)
        b = self.ms.end_from_original(names[-1].end)
        return a, b, text[names[0].start:names[-1].end]

    def _governed_at(self, k: int) -> bool:
        """Token k is a noun a title's head before it governs (أمين [متاحف]، مدير [الشركة]): a
        word right after it that is no complementiser, function word or clause verb
        (nineteenth session)."""
        toks = self.doc.tokens
        if k >= len(toks) or toks[k].kind != "word" or \
                self.doc.text[toks[k - 1].end:toks[k].start].strip():
            return False
        f = fold(toks[k].text)
        verbs = self.name_cues.verbs if self.name_cues is not None else frozenset()
        return f not in grammar_words().name_closing_words and f not in self.stopwords and \
            f not in verbs

    def _closes_name(self, t, f: str, names: list, heads: int, after_title: bool) -> bool:
        """A word no name runs into, unless a known given name: a clause verb (X [قال]، [أكد]),
        a plural nisba (الوزير [دبلوماسيين]), as the first word after a title a verbal noun
        (الرئيس الفلسطيني [إحراق] منزل; elsewhere and later ones are too often names: ليلى
        إحسان، المخرجة إيمان خضر, and _name_at tests the shapes that are not), after it a word
        with the tanween of the accusative ([تاركًا]) and, after two name words (عبد counted
        with its word), an indefinite accusative (محمد منير [حفلا]; not after a particle: لولا
        دا سيلفا, nor in a name with another word in ا)."""
        gw = grammar_words()
        if self._given(t):
            return False
        verbs = self.name_cues.verbs if self.name_cues is not None else frozenset()
        if f in verbs or (f[:1] in "وف" and f[1:] in verbs) or (
                f[:1] == "س" and t.segments and t.norm[:1] in "يت" and t.norm in self.stopwords):
            return True  # (سيكون: the future of a listed verb)
        if len(f) >= 6 and f.endswith(("يين", "يون")):
            return True
        segs = {sg.kind: self.doc.text[sg.start:sg.end] for sg in t.segments}
        if segs.get("enclitic", "")[:1] == "ه" and len(segs.get("stem", "")) >= 3:
            return True  # سلطان عمان [بعودته]، أبو بكر [بجمعها]، [مدته]: a known noun and a pronoun
        if not names:
            if after_title and f[0] == "ي" and _verb_after_name(f):
                return True  # الوزيرة الأميركية [يحمل]: an imperfect is no name
            if f[0] == "و" and len(f) >= 7 and f.endswith("ات"):
                return True  # كأس خادم الحرمين الشريفين [ومسابقات]: a plural noun, not a name
            return after_title and (
                _masdar(f) or (t.text.startswith("إ") and len(f) == 5 and f[3] == "ا")
                or (len(f) >= 5 and f[0] == "ا" and f[2] == "ت" and f[3] == "ا"))
        if "\u064b" in t.text:
            return True
        last = fold(names[-1].text)
        if last not in gw.name_compound_heads and last not in gw.name_particles and (
                _verb_after_name(f) or _short_imperfect(f) or _preposition_and_word(t)
                or _not_a_name_part(t) and (
                    t.segments or f[0] != "ب" or f[1] not in "اون")
                and (f[0] == "م" or not f.endswith("ا"))):
            # (a listed accusative is left to the tests below: منصور زعيما جديدا is no name at
            # all; a participle in م ends one: طالباني [متضامنا])
            # عباس [يتحدث]، [يشن]، زيان [بخطورة]، هارينجتون [محلل]: the next word; no family name
            # in با/بو/بن (بدر باسلمة، عبد العزيز بوتفليقة، عبد الإله بنكيران)
            return True
        return len(names) - heads >= 2 and f.endswith("ا") and len(f) >= 4 \
            and last not in gw.name_particles and last not in gw.name_compound_heads \
            and not any(fold(n.text).endswith("ا") for n in names)

    def _ali_ends_name(self, k: int) -> bool:
        """May علي end a name before token k: the end, punctuation, a complementiser or a
        family name with the article in ي (محمد علي العظمي), not a word it governs as على
        (على ذلك، على سبيل)."""
        toks = self.doc.tokens
        if k >= len(toks) or toks[k].kind != "word":
            return True
        f = fold(toks[k].text)
        return f in grammar_words().name_closing_words or (
            f.startswith("ال") and f.endswith("ي") and len(f) >= 5 and f not in self.stopwords
            and not toks[k].text.endswith("ى"))

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
            if rest in self.stopwords or rest.startswith("ال"):
                return False
            # و inside a name is "and" (جورج بوش وتوني بلير); ف rarely is (فهمي، فياضي)
            if not first and (f[0] == "و" or rest in self.given_names):
                return False
            if first and rest[:1] in "تينبل" and rest not in self.given_names and not (
                    f[0] == "ف" and len(f) >= 6 and rest[0] == "ي"
                    and not rest.startswith(("يت", "يست", "ين"))) and not (
                    f[0] == "ف" and len(f) >= 7 and rest[0] == "ل"
                    and not f.endswith(("ين", "ون", "ات", "يه"))):  # فلوريان، فلاديمير
                return False  # وتأسف، فيقول; not ويوسف، ونبيل، فيرغسون، فيشمان
        for suf in ("هما", "هم", "ها", "ه"):
            if f.endswith(suf) and f[:-len(suf)] in self.stopwords:
                return False
        return not f.endswith(("هما", "هم"))

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

    def _division_homograph(self, i: int) -> bool:
        """A one-word body whose word is also a place noun (words.json `place_heads`: القضاء,
        the judiciary, and قضاء, a district) that is here the other noun: before على, the verbal
        noun of قضى على (القضاء على الإرهاب: eliminating), and in an article that writes the
        noun before a known place (قضاء سنجار، قضاء الحويجة … القضاء: the district)."""
        m = self.m[i]
        key = fold(self.text[m.start:m.end])
        key = key[2:] if key.startswith("ال") else key
        if " " in key or key not in self.place_heads:
            return False  # (most bodies: no place noun, nothing more to read)
        o_end = self.ms.to_original(m.start, m.end)[1]
        k = bisect.bisect_left(self.tok_starts, o_end)
        toks = self.doc.tokens
        if k < len(toks) and fold(toks[k].text) == ELIMINATED:
            return True
        return self._division_named(key)

    def _division_named(self, key: str) -> bool:
        """The place noun `key` (folded, without its article) stands in the text right before a
        match of a place (a city or a country: قضاء سنجار)."""
        for j, mm in enumerate(self.m):
            if self.entry(j).kind in DIVISION_PLACE_KINDS and mm.prefix == "" and \
                    fold(self.text[max(0, mm.span_start - len(key) - 1):mm.span_start]) == \
                    key + " ":
                return True
        return False

    def _hamza_homograph_title(self, i: int) -> bool:
        """A title written with the hamza of another noun its key folds like (words.json
        `hamza_homographs`: إلى الأمام، للأمام, forward, not الإمام, the imam; twentieth
        session)."""
        m = self.m[i]
        o_start, o_end = self.ms.to_original(m.start, m.end)
        written = self.doc.text[o_start:o_end]
        return any(h in written for h in self.hamza_homographs)

    def _hamza_homograph(self, i: int) -> bool:
        """A one-word body that is here another noun its key folds like: written with that
        noun's hamza (الأعلام، أعلاماً: flags), or without a hamza before a feminine adjective
        (الاعلام الفلسطينية; the media take a masculine one)."""
        m = self.m[i]
        key = fold(self.text[m.start:m.end])
        if fold(key[2:] if key.startswith("ال") else key) not in self._hamza_folded:
            return False  # (most bodies: no homograph, nothing more to read)
        o_start, o_end = self.ms.to_original(m.start, m.end)
        written = self.doc.text[o_start:o_end]
        written = written[2:] if written.startswith("ال") else written
        if any(written.startswith(h) for h in self.hamza_homographs):
            return True
        if written[:1] != "ا":
            return False
        prev = self._prev_words(o_start, 1)
        if prev and (prev[0].endswith(("ه", "ات")) or prev[0] in grammar_words().construct_plurals):
            return False  # وكالة الاعلام الروسية، وسائل الاعلام التركية: the head's adjective
        k = bisect.bisect_left(self.tok_starts, o_end)
        toks = self.doc.tokens
        return k < len(toks) and toks[k].kind == "word" and toks[k].start - o_end == 1 and \
            toks[k].text.startswith("ال") and toks[k].text.endswith("ة")


def _strong_perfect(f: str) -> bool:
    """A folded word of three letters with no vowel letter nor ة, shaped like a perfect verb
    of a sound root (رصد، كسب، سجل): after a nationality that is its subject, not a foreign
    name, which is written with its vowels (جون and the Arabic given names are tested
    first)."""
    return len(f) == 3 and not any(c in "اويىةهء" for c in f)
