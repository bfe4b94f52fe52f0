"""Who speaks: speaker noun phrases, SVO subjects, addressees, implicit subjects, sources.

A mixin of `DocumentQuotes` (marsad.quotes.extract): the methods read the same token arrays
(`toks`, `folded`, `ent_first`, `ent_last`, `mark_open`) and attribution state.
"""

from __future__ import annotations

import bisect

from marsad.document import ActorRef, Document, Entity
from marsad.quotes.grammar import CLAUSE_PUNCT, END_PUNCT, forms, strip_al
from marsad.text.normalize import DROPPED_CHARS, fold, strip_conj

FOLD_KEEP_YA = {ord(ch): None for ch in DROPPED_CHARS}  # diacritics off, ى and ي kept apart

MAX_NP = 12  # words in a speaker noun phrase
# Words that open a clause whose subject may stand before its verb (لكن طهران أكدت أنها …).
CLAUSE_LINKS = frozenset(fold(w) for w in ("لكن", "ولكن", "لكنّ", "بينما", "فيما", "حيث", "ثم",
                                           "إذ"))
# سأل, past and present, all persons: the one asked is the object after it.
ASK_FORMS = frozenset(fold(w) for w in ("سأل", "سألت", "سألوا", "سألنا", "يسأل", "تسأل", "نسأل",
                                        "أسأل"))
# Speaking nouns for one person (المتحدث، الناطق، المسؤول) that may stand for a person named
# with them earlier; never plural sources (المصادر).
ONE_SPEAKER = frozenset(fold(w) for w in ("المتحدث", "المتحدثة", "الناطق", "الناطقة", "المسؤول",
                                          "المسؤولة", "متحدث", "ناطق", "مسؤول"))
ORG_ANTECEDENT_CHARS = 1500  # how far back (a few paragraphs) الشركة may name شركة X
KANA = frozenset(fold(w) for w in ("كان", "وكان", "كانت", "وكانت", "فكان", "فكانت"))
KANA_AFTER = frozenset(fold(w) for w in ("كانوا", "كانا", "كانتا"))  # after their subject
# A demonstrative object between a verb and its subject (أكد ذلك الوزير، مشيراً إلى أن …).
DEMONSTRATIVE_OBJECTS = frozenset(fold(w) for w in ("ذلك", "هذا", "ذاك"))


class SpeakerMixin:
    """Speaker, addressee and source finding for one document (see DocumentQuotes)."""

    def _np_start_ok(self, k: int) -> bool:
        tok, f = self.toks[k], self.folded[k]
        if k in self.mark_open:
            return self._name_like(k) and not self._clause_ends(self.mark_open[k][1] + 1,
                                                                 len(self.toks))
        if tok.kind not in ("word", "latin"):
            return False
        g = strip_conj(f)
        if (f in self.stops or g in self.stops) and not self._is_ali(k) or \
                f in self.t.complementizers or f in self.gw.quote_relatives or \
                g in self.gw.quote_without:
            return False  # (دون أن يذكر: "without", no speaker phrase opens with it)
        if f in self.gw.addressee_pps or f in self.prep_pronouns or g in self.prep_pronouns or any(
                x.kind == "proclitic" and fold(x.text) in ("ب", "ل", "لل", "ك")
                for x in tok.segments) or (g.startswith("لل") and len(g) > 4):
            return False  # قال له …، قال لأصدقائه …، قال للصحافيين: the addressee
        if f in self.gw.quote_pronouns or strip_al(f) in self.t.object_nouns or \
                f in self.t.object_nouns or f in self.t.negations:
            return False
        if k not in self.ent_first and not forms(g) & self.t.saying_places and \
                self._possessed_stems(g) & self.t.saying_places:
            return False  # ويتابع حديثه لـ«…» قائلاً، وواصل كلمته: the object, his own words
        cue = self.t.lookup(f)
        if cue is not None and not cue.first_person or self._has_tanween(k) or \
                f in self.t.according:
            return False  # (نجيب، أمين read as "we answer" are names after a verb: يقول نجيب)
        return not self._is_adverb(k)

    def _addressee_word(self, i: int) -> bool:
        """The word at i is ل glued to a noun that names whom the words are said to (grammar.json
        `addressee_nouns`: لنظيره، للصحفيين، لوسائل), not a title's genitive."""
        f = strip_conj(self.folded[i])
        word = "ال" + f[2:] if f.startswith("لل") else f[1:] if f.startswith("ل") else ""
        return self.toks[i].kind == "word" and word in self.gw.addressee_nouns

    def _addressee_ref(self, i: int) -> ActorRef:
        """The addressee word at i (`_addressee_word`) with no entity of its own: the noun
        after its ل (نظيره of لنظيره; صحفيين, named الصحفيين, of للصحفيين)."""
        tok = self.toks[i]
        s = tok.start + tok.text.index("ل") + 1  # (past a glued و or ف)
        text = self.doc.text[s:tok.end]
        if strip_conj(self.folded[i]).startswith("لل"):  # (ل + ال written لل)
            return ActorRef("ا" + text, None, text[1:], s + 1, tok.end)
        return ActorRef(text, None, text, s, tok.end)

    def _np(self, k: int, b: int, through_commas: bool = False) -> int:
        """End (exclusive token index) of the noun phrase starting at `k`."""
        i, end = k, k
        while i < b and self._words(k, i) < MAX_NP:
            tok, f = self.toks[i], self.folded[i]
            if i > k and self._addressee_word(i):
                break  # وأكد الملك لنظيره الفرنسي أن …: whom he spoke to, not his title's genitive
            if i in self.mark_open:
                close = self.mark_open[i][1]
                if self._name_like(i) and not self._clause_ends(close + 1, b):
                    i = end = close + 1
                    if i - 1 == close and k in self.mark_open and self.mark_open[k][1] == close:
                        break  # أكد «العريني» …: the name in marks is the whole phrase
                    continue
                break
            ent = self.ent_first.get(i)
            if ent is not None and (i == k or not self._prep_before(ent)):
                i = end = self._tok_at(ent.end - 1) + 1
                if ent.type == "PERSON" and not (i < b and self.toks[i].text in CLAUSE_PUNCT) \
                        and not self._dual_title_at(k) \
                        and not (i == k + 1 and self._chain_after_title(ent, i, b)) \
                        and not (ent.how == "title" and i + 1 < b and self.folded[i][:1] == "ل"
                                 and self.folded[i] not in self.gw.addressee_pps
                                 and self.folded[i + 1] not in self.t.complementizers
                                 and self.toks[i + 1].text != ":"):
                    # أبلغ الصفدي السفيرَ …: a new phrase (the object) may follow the name; a
                    # title goes on with its genitive (المدير التنفيذي لشركة «…»)
                    break
                continue
            if tok.kind == "punct":
                if self._abbreviation_dot(i):
                    i += 1
                    continue  # د. محمد الغامدي
                if tok.text in "(-–—":
                    close = ")" if tok.text == "(" else tok.text
                    z = i + 1
                    while z < b and z < i + 14 and self.toks[z].text != close:
                        z += 1
                    if z < b and self.toks[z].text == close and z > i + 1:
                        i = z + 1  # (شبه عامة)، -أستاذ الدراسات العليا-
                        continue
                if tok.text in CLAUSE_PUNCT and i + 1 < b and (
                        through_commas or self.ent_first.get(i + 1) is not None
                        and self.ent_first[i + 1].type == "PERSON"):
                    i += 1
                    continue
                break
            if tok.kind == "number":
                break
            g = strip_conj(f)
            if i > k and f[:1] == "ل" and len(f) > 3 and forms(f[1:]) & self.t.name_nouns and \
                    (self._name_before(k, i) or forms(f[1:]) & self.gw.outlet_nouns and
                     not any(forms(self.folded[j]) & self.t.title_words for j in range(k, i))):
                # وأوضح ميريل لصحيفة «…»، وقال المصدر لوكالة الأنباء …: the outlet spoken to is
                # no part of the speaker (but المدير العام لوكالة … is a title and its genitive)
                break
            if i > k and g == "ل" and (i + 1 in self.mark_open or i + 1 in self.ent_first):
                if forms(self.folded[k]) & self.t.speaker_nouns:
                    break  # مصدر مطلع لـ«الشرق الأوسط»: the paper is the addressee
                i += 1
                continue
            if g == "من" and i == k + 1 and forms(self.folded[k]) & self.gw.quote_quantifiers:
                i += 1  # عدد من الشباب، أحد من …
                continue
            if f == "في" and i > k and i + 1 < b and self._dual_title_at(k) and \
                    self._definite_dual(self.folded[i + 1]):
                i = end = i + 2  # وزيرا الخارجية في البلدين: the two countries' ministers
                continue
            if (f in self.stops or g in self.stops) and not self._is_ali(i) or \
                    f in self.t.complementizers or f in self.gw.quote_relatives:
                break
            if self._is_cue(i, b) and not self.t.lookup(f).first_person or \
                    self._has_tanween(i) or self._is_adverb(i):
                break
            if f in self.t.according or g in self.t.according:
                break
            i = end = i + 1
        return end

    def _is_ali(self, i: int) -> bool:
        """The name علي (Ali), written with ya, which folds like the preposition على: a name when
        a word that is no preposition follows (قال علي الأحمدي …)."""
        raw = self.toks[i].text.translate(FOLD_KEEP_YA)
        return strip_conj(raw) == "علي" and i + 1 < len(self.toks) and \
            self.toks[i + 1].kind == "word" and self.folded[i + 1] not in self.stops and \
            self.toks[i + 1].sentence == self.toks[i].sentence

    def _name_before(self, k: int, i: int) -> bool:
        """The phrase [k, i) is a name: it ends with a person, or it is one bare word that is no
        title and no definite noun (a surname the dictionaries do not know)."""
        last = self.ent_last.get(i - 1)
        if last is not None and last.type == "PERSON" and last.how != "title" and \
                self._tok_at(last.start) >= k:
            return True
        f = self.folded[k]
        return i == k + 1 and self.toks[k].kind == "word" and not f.startswith("ال") and \
            not forms(f) & (self.t.title_words | self.t.speaker_nouns)

    def _ref_from_np(self, k: int, e: int, introduced: bool = True, describes: bool = False,
                     governed: bool = False) -> ActorRef | None:
        """The speaker a noun phrase names. `introduced`: the content follows the phrase at once
        (قال X إن), so a phrase naming someone unknown to the dictionaries is safe to take.
        `governed`: the phrase is the object of the preposition that names the speaker (نقلت
        الوكالة عن X): an entity opening it is the speaker for all the preposition before it."""
        if self._dual_title_at(k) and e > k + 1:
            return self._dual_title_ref(k, e)
        if k in self.given_name_at:  # وقالت وعد الأسد: the woman named (`_given_name_after`)
            ent = self.ent_first.get(k)
            if ent is not None and ent.type == "PERSON":
                return ent.ref()
            s, z = self._trim(self.toks[k].start, self.toks[e - 1].end)
            return ActorRef(self.doc.text[s:z], None, self.doc.text[s:z], s, z, None, "PERSON")
        head = forms(self.folded[k]) if self.toks[k].kind == "word" else frozenset()
        if head & self.t.object_nouns or self.folded[k] in self.t.honorifics:
            return None
        s0, s1 = self.toks[k].start, self.toks[e - 1].end
        inside = [x for x in self.ents if s0 <= x.start and x.end <= s1]
        def unbound(x: Entity) -> bool:
            # (no preposition of its own governs it; after عن, a person opening the phrase or
            # a body that is the whole phrase: not «الناشط» of «الناشط الإعلامي فادي …»)
            return not self._prep_before(x) or governed and x.start == s0 and (
                x.type == "PERSON" or x.end == s1)

        persons = [x for x in inside if x.type == "PERSON" and unbound(x)
                   and (self._titled(k, self._tok_at(x.start)) or self._apposition(x))
                   and not self._genitive_of_title(k, x)]
        if persons:
            if persons[0].how == "title" and persons[0].start == s0:
                name = self._name_after_title(persons[0], e)
                if name is not None:
                    return name
                if k in self.chain_titles and e > k + 2:
                    # وزراء خارجية دول مجلس التعاون الست: the whole chain, the title's code
                    s, z = self._trim(s0, s1)
                    text = self.doc.text[s:z]
                    return ActorRef(text, persons[0].actor_code, text, s, z, None, "PERSON")
            elif persons[0].how == "title":
                name = self._name_before_title(k, persons[0])
                if name is not None:
                    return name
            return persons[0].ref()
        free = [x for x in inside if unbound(x)]
        if free and (free[0].start == s0 or head & self.t.name_nouns and free[0].type == "ORG"):
            return free[0].ref()  # وكالة «رويترز»، صحيفة «الحياة»: the organisation itself
        s, z = self._trim(s0, s1)
        text = self.doc.text[s:z]
        inner = free[0] if free else (inside[0] if inside else None)
        if head & self.t.speaker_nouns or self._titled(k, k + 1) and not describes:
            return ActorRef(text, inner.actor_code if inner else None, text, s, z, None,
                            inner.type if inner else None)
        if describes and not introduced:
            return None  # ووصف مواقف خامنئي … بـ«…»: a phrase about someone, not a speaker
        title = next((x for x in inside if x.type == "PERSON" and x.how == "title"
                      and x.start > s0), None)
        if title is not None and self._bare_name(k, self._tok_at(title.start)):
            # علي الأحمدي الناطق باسم …: an unknown name, then its title with no comma
            z = self._trim(s0, title.start)[1]
            text = self.doc.text[s:z]
        elif self._words(k, e) > 6:  # keep the head and the name: سانغاي رينا مدير عام …
            z = self._trim(s0, self.toks[self._nth_word(k, e, 6)].end)[1]
            text = self.doc.text[s:z]
        return ActorRef(text, inner.actor_code if inner else None, text, s, z)

    def _name_before_title(self, k: int, title: Entity) -> ActorRef | None:
        """علي داود، رئيس المجلس البلدي: one to three plain words the dictionaries do not know,
        a comma, then a title: the words are the person's name, with the title's code."""
        t = self._tok_at(title.start)
        if title.start != self.toks[t].start or t - 1 <= k or \
                self.toks[t - 1].text not in CLAUSE_PUNCT or not self._bare_name(k, t - 1):
            return None
        s, z = self._trim(self.toks[k].start, self.toks[t - 2].end)
        text = self.doc.text[s:z]
        return ActorRef(text, title.actor_code, text, s, z, None, "PERSON")

    def _genitive_of_title(self, k: int, x: Entity) -> bool:
        """مساعد مدير الأمن العام، نائب الوزير: a bare title right after an indefinite title word
        is its genitive; the phrase's head is the speaker, not the office it depends on."""
        t = self._tok_at(x.start)
        f = self.folded[k]
        return x.how == "title" and t == k + 1 and x.start == self.toks[t].start and \
            not f.startswith("ال") and bool(forms(f) & self.t.title_words)

    def _name_after_title(self, title: Entity, e: int) -> ActorRef | None:
        """المتحدث الرسمي للمركز رأفت الصباغ: a title, at most one genitive (للمركز، لـ«…»),
        then one to three words that end the phrase and open with a word that is no definite
        noun, no title and no preposition: a name the dictionaries do not know."""
        j = self._tok_at(max(title.start, title.end - 1)) + 1
        if j < e and self.folded[j] == "ل" and j + 1 in self.mark_open:
            j = self.mark_open[j + 1][1] + 1
        elif j < e and self.folded[j][:1] == "ل" and len(self.folded[j]) > 2 and \
                self.folded[j] not in self.gw.addressee_pps:
            j += 1
        if not 0 < e - j <= 3 or any(self.toks[i].kind != "word" or i in self.ent_first
                                     for i in range(j, e)):
            return None
        f = self.folded[j]
        if f.startswith("ال") or f in self.stops or f in self.t.negations or \
                forms(f) & (self.t.title_words | self.t.speaker_nouns | self.t.according) or \
                self.t.lookup(f) is not None:
            return None
        s, z = self._trim(self.toks[j].start, self.toks[e - 1].end)
        text = self.doc.text[s:z]
        return ActorRef(text, None, text, s, z, None, "PERSON")

    def _name_after_insert(self, ref: ActorRef, e: int, first: int) -> ActorRef | None:
        """A title speaker phrase ending at token `e`, then, right before the content at
        `first`, the person it introduces: after a place (السفير السوداني في القاهرة
        عبدالمحمود عبدالحليم إلى أن) or after an insert set off by commas (أمين عام الهيئة،
        التابعة لرابطة …، عبدالحميد العبدالجبار، أن). The name is an actor of the dictionaries
        or two or three words opening with عبد/أبو (a name they do not know)."""
        title = next((x for x in self.ents if x.start == ref.start and x.end <= ref.end
                      and x.type in ("PERSON", "ORG") and x.how == "title"), None)
        body = title is not None and title.type == "ORG"  # الباحث: a person only if named
        if title is None and (ref.type is not None or not forms(
                self.folded[self._tok_at(ref.start)]) & self.t.title_words) or \
                not e < first <= e + 16:
            return None
        z = first
        while z > e and (self.toks[z - 1].text in CLAUSE_PUNCT or self._is_adverb(z - 1)):
            z -= 1  # (… أسامة أبو زيد أمس، من «…»)
        i = e
        while i < z:
            f = self.folded[i]
            if i in self.mark_open and i > e and self.folded[i - 1] == "ل" and \
                    self._name_like(i):
                i = self.mark_open[i][1] + 1  # المستشار القانوني لـ«الجيش الحر» X
                continue
            if self.toks[i].text in END_PUNCT or f in self.t.complementizers or \
                    self.cue_at[i] is not None or i in self.mark_open:
                return None
            i += 1
        last = self.ent_last.get(z - 1)
        if last is not None and last.type == "PERSON" and last.how != "title":
            n = self._tok_at(last.start)
            name = last.ref()
            if forms(self.folded[n]) & self.t.title_words:
                return None  # في حضور وزير الخارجية X: a name with its own office
        elif body:
            return None  # (الوزارة …، عبد …: a body's title takes a known person only)
        else:
            n = next((n for n in (z - 2, z - 3) if n > e and
                      self.folded[n].startswith(("عبد", "ابو", "ابي"))), None)
            if n is None or any(self.toks[i].kind != "word" or i in self.ent_first or
                                self.folded[i] in self.stops for i in range(n, z)):
                return None
            s, t = self._trim(self.toks[n].start, self.toks[z - 1].end)
            name = ActorRef(self.doc.text[s:t], None, self.doc.text[s:t], s, t, None, "PERSON")
        if n <= e:
            return None
        if name.actor_code is None:  # an unknown name: the office the title gives
            name = ActorRef(name.canonical, ref.actor_code, name.text, name.start, name.end,
                            name.actor_id, "PERSON")
        if self.toks[n - 1].text in CLAUSE_PUNCT:
            # the title's genitive and an insert between commas: definite words, words with لـ
            # and actors only, opened perhaps by في/لدى (الباحث في الشؤون الإيرانية، X،; not
            # وقال الوزير عقب لقائه نظيره، X، إن: X is whom he met)
            for i in range(e, n - 1):
                f = self.folded[i]
                if not (self.toks[i].text in CLAUSE_PUNCT or i in self.ent_first or
                        i == e and f in self.COMPLEMENT_OPENERS or
                        i > e and self.folded[i + 1].startswith("ال") or  # في مركز الدراسات
                        i in self.ent_last or f.startswith(("ال", "لل")) or
                        any(x.kind == "proclitic" and fold(x.text) == "ل"
                            for x in self.toks[i].segments)):
                    return None
            return name if any(self.toks[i].text in CLAUSE_PUNCT for i in range(e, n - 1)) \
                or self.toks[e].text in CLAUSE_PUNCT or self.folded[e] in self.COMPLEMENT_OPENERS \
                else None
        return name if self._title_complement(e, n) else None

    # prepositions that may open the genitive or place of a title before its person's name
    COMPLEMENT_OPENERS = frozenset(fold(w) for w in ("في", "لدى", "باسم", "ل", "لـ"))

    def _title_complement(self, e: int, n: int) -> bool:
        """Tokens [e, n) between a title and a name are the title's complement: at most eight
        tokens opened by في/لدى/باسم/لـ or a glued لـ (في مجلس بلدية طرابلس، للدفاع المدني
        بمنطقة نجران المقدم), with no verb of speech, no word carrying a pronoun (في لقائه
        الرئيس X: whom he met) and no preposition but في/لدى/لـ, or بـ before a place."""
        if not 0 < n - e <= 8:
            return False
        o = e
        while o < n and self.folded[o].startswith("ال") and o not in self.ent_first:
            o += 1  # المستشار القانوني لـ…: the title's adjectives, then its genitive
        f = self.folded[o] if o < n else ""
        if not (f in self.COMPLEMENT_OPENERS or f[:1] == "ل" and self._glued(o, "ل")):
            return False
        for i in range(o, n):
            tok, f = self.toks[i], self.folded[i]
            if tok.kind == "punct":
                if tok.text not in "«»\"“”":
                    return False
                continue
            x = self.ent_first.get(i)
            if x is not None and x.type == "PERSON" and (
                    x.how != "title" or not (x.actor_code or "").endswith(("MIL", "COP"))):
                return False  # the name is the one right before the content; a rank (المقدم)
                # may stand before it, another office (الرئيس السوري) is someone else
            if tok.kind != "word" or self.cue_at[i] is not None or \
                    any(sg.kind == "enclitic" for sg in tok.segments):
                return False
            if i > o and self._glued(i, "ب") and not any(
                    y is not None and y.type in ("LOC", "GPE")
                    for y in (x, self.ent_first.get(i + 1))):
                return False  # بمنطقة نجران (a place), not بحضور الرئيس X
            if (f in self.stops or strip_conj(f) in self.stops) and \
                    f not in self.COMPLEMENT_OPENERS:
                return False
        return True

    def _glued(self, i: int, letter: str) -> bool:
        """Token `i` carries the proclitic preposition `letter` (لـ, بـ)."""
        return any(sg.kind == "proclitic" and fold(sg.text) == letter
                   for sg in self.toks[i].segments)

    def _bare_name(self, k: int, t: int) -> bool:
        """Tokens [k, t) are one to three plain words, a name (علي الأحمدي), not a quantity or
        a title phrase (عدد من، وزير الخارجية)."""
        if not 0 < t - k <= 3:
            return False
        for i in range(k, t):
            f = self.folded[i]
            if self.toks[i].kind != "word" or f.startswith("ال") and i == k or \
                    (f in self.stops or strip_conj(f) in self.stops) and not self._is_ali(i) or \
                    forms(f) & (self.gw.quote_quantifiers | self.t.title_words |
                                self.t.speaker_nouns):
                return False
        return True

    def _nth_word(self, k: int, e: int, n: int) -> int:
        seen = 0
        for i in range(k, e):
            if self.toks[i].kind in ("word", "latin", "number"):
                seen += 1
                if seen == n:
                    return i
        return e - 1

    def _verb_subject_before(self, c: int, a: int, comma_ok: bool = False,
                             negated_ok: bool = False) -> ActorRef | None:
        """The subject of the verb that opens the sentence, when the cue continues it:
        استنكرت الأمانة العامة … وقالت إنها / ومضى الفيصل قائلاً. With `comma_ok` (a participle
        cue), the subject's phrase may end with a comma before it: أكد ذلك الوزير، مشيراً إلى.
        With `negated_ok`, the opening verb may follow a negation (ولم تحدد السلطات …، ولم تقل
        سوى إن …)."""
        w = a
        while w < c and (self.toks[w].kind == "punct" or self._is_adverb(w) or
                         self.folded[w] in ("كما", "وكما") and w + 1 < c and
                         self.toks[w + 1].kind == "word"):  # كما ندد X …، مشيراً: "also"
            w += 1
        if negated_ok and w + 1 < c and self.folded[w] in self.t.negations:
            w += 1
        for phrase in self.t.switch:  # من جهتها، استنكرت …
            n = len(phrase)
            if tuple([strip_conj(self.folded[w])] + self.folded[w + 1:w + n]) == phrase:
                w += n
                while w < c and self.toks[w].kind == "punct":
                    w += 1
        k = self._past_object_and_outlet(w + 1, c)
        if k >= c or self.toks[w].kind != "word" or not self._np_start_ok(k):
            return None
        f = self.folded[w]
        if f in self.stops or strip_conj(f) in self.stops or f in self.t.complementizers:
            return None
        e = self._np(k, c)
        if e <= k:
            return None
        adjacent = e == c or comma_ok and all(self.toks[i].text in CLAUSE_PUNCT
                                              for i in range(e, c))
        # عضو اللجنة الوطنية سعد القرشي: the named person; away from the cue, the actor named in
        # the phrase (الجناح العسكري لحركة حماس) rather than a bare phrase that may run on
        # (a named person first: القيادي السوري المعارض برهان غليون, not the nisba before him)
        ent = self.ent_first.get(k) or next(
            (x for i in range(k + 1, e) if (x := self.ent_first.get(i)) is not None
             and x.type == "PERSON"), None) or next(
            (x for i in range(k + 1, e) if (x := self.ent_first.get(i)) is not None
             and not adjacent), None)
        if ent is not None and ent.type != "PERSON" and self.ent_first.get(k) is None:
            t = self._tok_at(ent.start)
            if ent.start == self.toks[t].start and self.folded[t].startswith("ال") and \
                    ent.how != "nisba" and self._bare_name(k, t) and self._is_cue(w, c) and \
                    not any(forms(self.folded[i]) & self.t.name_nouns or
                            self.folded[i].startswith("ال") and
                            self.folded[i - 1] not in ("عبد", "ابو", "ابن", "بن", "ابي")
                            for i in range(k, t)):  # (دار النشر البريطانية: no name)
                # ودعا كوستا المجتمع الدولي إلى …، معتبراً: a name the dictionaries do not know,
                # then the definite object of the verb of speech; the name speaks
                return ActorRef(*self._name_span(k, t), None, "PERSON")
        if ent is not None and ent.how == "title":
            # المستشار الاقتصادي الدكتور يوسف الزامل: the person the title introduces
            t = self._tok_at(ent.end - 1) + 1
            ent = next((x for i in range(t, min(t + 3, c)) if (x := self.ent_first.get(i))
                        is not None and x.type == "PERSON" and x.how != "title"), ent)
        if comma_ok and ent is None and not self._is_cue(w, c):
            end = self._construct_subject(k, c)
            if end:  # وتمنى مدرب الفريق التوفيق للاعبيه، مضيفاً أن: the verb's own subject
                return self._ref_from_np(k, end, introduced=True)
        # أعلن الجناح العسكري … مسؤوليته عن العملية، مضيفاً أن: a participle after a comma goes
        # on with the subject of the opening verb of speech past its object, or with a named
        # person subject of another verb (يتفق الدكتور يوسف الزامل مع …، مضيفاً أن)
        speech_opening = comma_ok and (self._is_cue(w, c) or
                                       (ent is not None and ent.type == "PERSON")) or \
            self._joined_speech_verb(c) and (self._is_cue(w, c) or
                                             self._sole_named_person(ent, k))
        if negated_ok:
            # (ولم تحدد السلطات الصينية عدد الضحايا، ولم تقل: a named subject past the comma)
            return ent.ref() if ent is not None and not any(
                self.folded[i] in self.t.filler_stops or
                strip_conj(self.folded[i]) in self.t.filler_stops for i in range(e, c)) \
                else None
        if not adjacent and any((self.toks[i].text in CLAUSE_PUNCT and not speech_opening) or
                                self.folded[i] in self.t.filler_stops or
                                strip_conj(self.folded[i]) in self.t.filler_stops
                                for i in range(e, c)):
            return None  # …، لكنه أضاف: another clause, whose subject is someone else
        if ent is not None and comma_ok and ent.type == "PERSON" and ent.how != "title" and \
                self.cue_at[c] is not None and self.cue_at[c].agrees == "p":
            # تلقى الملك اتصالين من X، وY، استنكرا فيهما …، سائلين: a plural participle goes
            # on with the two who spoke, when a dual verb says so, not with one named person
            return self._dual_subject_before(k, c) or ent.ref()
        if ent is not None:
            return ent.ref()
        if not adjacent and speech_opening and self._words(k, e) <= 4 and \
                self._human_plural(k, e, c):
            # وأعرب ذوو الضحايا عن شكرهم …، مؤكدين أن: a plural participle goes on with a plural
            # of people that is the subject of the opening verb of speech
            return self._ref_from_np(k, e, introduced=True)
        if self._words(k, e) > 4 or not adjacent:
            return None  # a bare noun phrase counts only right before the cue: ومضى الفيصل قائلاً
        return self._ref_from_np(k, e, introduced=True)

    def _dual_subject_before(self, k: int, c: int) -> ActorRef | None:
        """Two named persons joined by و (X، وY) between `k` and `c`, then, after a comma, a
        past verb in the dual (استنكرا، عبرا): the two together, as one phrase with no code."""
        people = [x for i in range(k, c) if (x := self.ent_first.get(i)) is not None and
                  x.type == "PERSON" and x.how != "title"]
        for x1, x2 in zip(people, people[1:]):
            t1, t2 = self._tok_at(max(x1.start, x1.end - 1)), self._tok_at(x2.start)
            glued = fold(self.doc.text[self.toks[t2].start:x2.start]) == "و" or \
                x2.start == self.toks[t2].start and self.folded[t2][:1] == "و"
            between = [self.toks[i].text for i in range(t1 + 1, t2)]
            if not glued or any(w not in CLAUSE_PUNCT and w != "و" for w in between):
                continue
            z = self._tok_at(max(x2.start, x2.end - 1)) + 1
            if z < c and self.toks[z].text in CLAUSE_PUNCT and z + 1 < c and \
                    self.toks[z + 1].kind == "word" and self._dual_past(self.folded[z + 1]):
                s, e = x1.start, x2.end
                return ActorRef(self.doc.text[s:e], None, self.doc.text[s:e], s, e)
        return None

    @staticmethod
    def _dual_past(f: str) -> bool:
        """استنكرا، عبرا، أكدا: a past verb in the masculine dual (not a definite noun, not one
        in ـوا)."""
        return len(f) >= 4 and f.endswith("ا") and not f.endswith(("وا", "اا")) and \
            not f.startswith(("ال", "وال"))

    def _joined_speech_verb(self, c: int) -> bool:
        """أكد X رفض حكومته …، وأضاف أن …: a finite verb of speech joined by و after a comma
        goes on with the subject of the verb of speech that opens the sentence, even when that
        one reported no words of its own (its object was a noun), or with a person subject of
        another verb (وشن X هجوماً على …، وقال إن), as a participle does."""
        cue = self.cue_at[c]
        return cue is not None and cue.form == "finite" and self.folded[c][:1] == "و" and \
            c > 0 and self.toks[c - 1].text in CLAUSE_PUNCT

    def _sole_named_person(self, ent: Entity | None, k: int) -> bool:
        """`ent` is a named person (not a bare title) and no other person stands before it in
        the phrase from `k` (استقبل الملك الرئيس الفرنسي: the second one is the object)."""
        if ent is None or ent.type != "PERSON" or ent.how == "title":
            return False
        return not any((x := self.ent_first.get(i)) is not None and x is not ent and
                       x.type == "PERSON" for i in range(k, self._tok_at(ent.start) + 1))

    def _construct_subject(self, k: int, c: int) -> int:
        """End of a bare subject in the construct state, a noun then a definite noun (مدرب
        الفريق, and a definite adjective after it: مدرب الفريق الأول), or of a single definite
        noun (المدرب), of a verb that is no verb of speech, when its clause runs, with no other
        comma or new clause, to the comma right before the participle at `c`; 0 otherwise."""
        f = self.folded[k]
        if k + 1 >= c - 1 or self.toks[c - 1].text not in CLAUSE_PUNCT or \
                self.toks[k].kind != "word" or self.toks[k + 1].kind != "word" or \
                strip_conj(f) in self.stops or \
                forms(f) & (self.t.title_words | self.t.object_nouns):
            return 0  # (رئيس الإقليم: a title, left to the rules that name whom it stands for)
        if f.startswith("ال"):
            # وتمنى المدرب التوفيق …، مضيفاً: a single definite noun that may be a person (not
            # one that disagrees with the participle: وشهدت الجلسة …، مضيفاً)
            cue = self.cue_at[c]
            got = self._gender_number(self.toks[k].text, None, None)
            if cue is None or got is not None and got != cue.agrees or \
                    forms(f) & (self.t.document_nouns | self.gw.time_heads):
                return 0
            end = k + 1
        elif self.folded[k + 1].startswith("ال"):
            end = k + 2  # (a definite word after the genitive may be the object: التوفيق)
            if end < c - 1 and self._subject_adjective(end):
                end += 1  # مدرب الفريق الأول، رئيس النادي السابق
        else:
            return 0
        rest = range(end, c - 1)
        if len(rest) > 12 or any(self.toks[i].kind == "punct" or
                                 strip_conj(self.folded[i]) in self.t.filler_stops or
                                 self.folded[i] in self.t.complementizers for i in rest):
            return 0
        return end

    def _subject_adjective(self, i: int) -> bool:
        """A definite adjective after a construct subject: an ordinal or another word of the
        cues' `subject_adjective` list, or a nisba (الوطني، الأولمبية), not an object noun."""
        f = self.folded[i]
        if self.toks[i].kind != "word" or not f.startswith("ال") or \
                strip_al(f) in self.t.object_nouns:
            return False
        return f in self.t.subject_adjectives or len(f) > 5 and f.endswith(("ي", "يه"))

    def _human_plural(self, k: int, e: int, c: int) -> bool:
        """The phrase [k, e) is a plural of people (ذوو الضحايا، أهالي القرية، المواطنون) and the
        cue at `c` is a plural participle (مؤكدين، مشيرين)."""
        cue = self.cue_at[c]
        if cue is None or cue.form != "participle" or cue.agrees != "p":
            return False
        text = self.doc.text[self.toks[k].start:self.toks[e - 1].end]
        return strip_conj(self.folded[k]) in self.t.people_plurals or \
            self._gender_number(text, None, None) == "p"

    def _past_object_and_outlet(self, k: int, c: int) -> int:
        """Skip what may stand between a verb and its subject: a demonstrative object and the
        outlet spoken to (أوضح ذلك لـ«الوطن» عضو اللجنة …)."""
        if k < c and self.folded[k] in DEMONSTRATIVE_OBJECTS:
            k += 1
        if k + 1 < c and self.folded[k] in ("ل", "لـ") and k + 1 in self.mark_open:
            k = self.mark_open[k + 1][1] + 1
        return k

    def _apposition(self, x: Entity) -> bool:
        """المدير العام لـ«روسنفط»، إيغور سيتشين: a name set off by a comma after its title."""
        i = self._tok_at(x.start)
        return i > 0 and x.start == self.toks[i].start and self.toks[i - 1].text in CLAUSE_PUNCT

    def _titled(self, k: int, f: int) -> bool:
        """Every word from `k` up to token `f` is a title or a definite word (الرئيس الإيراني …),
        so an actor at `f` heads the phrase rather than being a genitive inside it."""
        for i in range(k, f):
            if self.toks[i].kind != "word":
                continue
            fs = forms(self.folded[i])
            if not (any(w.startswith("ال") for w in fs) or fs & self.t.title_words):
                return False
        return True

    def _raw_ref(self, k: int, e: int) -> ActorRef | None:
        if e <= k:
            return None
        for x in self.ents:
            if self.toks[k].start <= x.start and x.end <= self.toks[e - 1].end:
                return x.ref()
        s, z = self._trim(self.toks[k].start, self.toks[e - 1].end)
        return ActorRef(self.doc.text[s:z], None, self.doc.text[s:z], s, z)

    def _mark_not_subject(self, k: int, e: int) -> None:
        for x in self.ents:
            if self.toks[k].start <= x.start < self.toks[e - 1].end:
                self.state.not_subjects.add(x.start)

    def _subject_before(self, c: int, a: int) -> ActorRef | None:
        """SVO: an actor at the start of the clause right before the verb: خامنئي قال …،
        وكان خامنئي قد صرّح …، مايكل نونان، وزير المالية، قال …، وكانت «أبل» قد حذّرت …"""
        topic = self._amma_topic(c, a)
        if topic is not None:
            return topic  # أما «الوكالة الوطنية»، فأعلنت أن …: the topic after أما speaks
        p = c - 1
        while p >= a and self.folded[p] in self.gw.quote_aux:
            p -= 1
        if p >= a and self.toks[p].text in CLAUSE_PUNCT and self.folded[c][:1] in "وف" and \
                self.folded[c] not in self.t.words:
            return None  # …، وقالت: a verb joined by و goes on with the clause, no subject here
        if p > a and self.toks[p].text in CLAUSE_PUNCT:  # an apposition set off by commas
            q = p - 1
            while q > a and q > p - 18 and self.toks[q].text not in CLAUSE_PUNCT:
                q -= 1
            # a relative clause may run longer than an apposition (X، الذي يزور … منذ …، قال)
            insert_ok = q > a and self.toks[q].text in CLAUSE_PUNCT and (
                p - q <= 10 or strip_conj(self.folded[q + 1]) in self.gw.quote_relatives)
            if insert_ok and (q - 1 in self.ent_last or self._source_before(q - 1, a)):
                p = q - 1  # (أن مسؤولاً أميركياً، رفض نشر اسمه، قال: an unnamed source too)
        if p < a:
            return None
        if p in self.ent_last:
            ent = self.ent_last[p]
            f = self._tok_at(ent.start)
        else:
            opener = next((o for o, (_, close) in self.mark_open.items() if close == p), None)
            if opener is None or not self._name_like(opener):
                return self._subject_of_kana(p, c, a) or self._source_before(p, a) or \
                    self._thing_before_present(p, c) or self._title_with_complement(c, a)
            ent, f = None, opener
        if self._subject_opens_at(f, a, ent) or ent is not None and ent.type == "PERSON" and \
                ent.how != "title" and any(self._subject_opens_at(t, a, None)
                                           for t in self._titles_before_name(f, a)):
            # (أن المتحدث باسم الوزارة في القاهرة X قال: the title and its complement first)
            return ent.ref() if ent is not None else self._raw_ref(f + 1, p)
        if ent is not None and ent.type == "PERSON" and ent.how == "title" and p == c - 1:
            name = self._bare_name_opening(f, a)
            if name is not None:  # لكن حنيفة أمان وزير الخارجية الماليزي قال إن …
                s, z = self._trim(self.toks[name].start, self.toks[f - 1].end)
                return ActorRef(self.doc.text[s:z], ent.actor_code, self.doc.text[s:z], s, z,
                                None, "PERSON")
        return self._title_with_complement(c, a)  # (الناطق باسم الوزارة قال: an ORG last)

    def _bare_name_opening(self, f: int, a: int) -> int | None:
        """Two or three plain words the dictionaries do not know, no verb of speech among them,
        opening the clause right before the title at token `f` (X Y وزير الخارجية الماليزي قال):
        the first token of that name, or None."""
        for n in (f - 2, f - 3):
            if n < a or not self._bare_name(n, f) or not self._subject_opens_at(n, a, None):
                continue
            if any(i in self.ent_first or i in self.ent_last or self.t.lookup(self.folded[i])
                   or self.folded[i][:1] in "وف" and i == n for i in range(n, f)):
                return None
            return n
        return None

    def _title_with_complement(self, c: int, a: int) -> ActorRef | None:
        """أن المدعي العام للولاية قال: a known title opening the clause, then its complement,
        right before the verb: the title speaks."""
        for t in self._titles_before_name(c, a):
            x = self.ent_first.get(t)  # (the nearest title word may be the title's own العام)
            if x is not None and x.how == "title":
                return x.ref() if self._subject_opens_at(t, a, x) else None
        return None

    def _subject_opens_at(self, f: int, a: int, ent: Entity | None) -> bool:
        """A subject starting at token `f` opens its clause (after a comma, و, أن, كان …)."""
        return f == a or self.toks[f - 1].text in CLAUSE_PUNCT or \
            self.folded[f - 1] in ("و", "ف") or self.folded[f - 1] in self.t.complementizers \
            or self.toks[f - 1].text in (":", "-", "–") \
            or self.folded[f - 1] in self.gw.quote_aux or self.folded[f - 1] in CLAUSE_LINKS \
            or (ent is not None and ent.start > self.toks[f].start and self.folded[f][0] in "وف")

    def _titles_before_name(self, f: int, a: int):
        """The first tokens of the titles that, with their complement, may introduce the person
        whose name opens at token `f` (المتحدث باسم الوزارة في القاهرة X), nearest first."""
        for t in range(f - 1, max(a, f - 12) - 1, -1):
            x = self.ent_first.get(t)
            if x is not None and x.type == "PERSON" and x.how == "title":
                end = self._tok_at(max(x.start, x.end - 1)) + 1
            elif forms(self.folded[t]) & self.t.title_words:
                end = t + 1
            else:
                continue
            if end < f and self._title_complement(end, f):
                yield t

    def _document_subject(self, c: int, a: int) -> tuple[ActorRef | None, ActorRef] | None:
        """وثائق حصلت عليها الصحيفة أشارت إلى أن …، دراسة أجرتها الجامعة أكدت أن …: a document
        noun opening the clause, its verb (with no و/ف of its own) up to 12 tokens on. The
        document reports; its author speaks when named in its genitive (تقرير الأمم المتحدة)
        or as the subject of a verb of making it (أعدته، أجرتها، أصدرته، نشرته); else no one.
        Returns (author or None, the document phrase)."""
        if self.folded[c][:1] in "وف" and self.folded[c] not in self.t.words:
            return None
        d = c
        while d > max(a, c - 12):
            d -= 1
            o = self.mark_close.get(d)
            if o is not None and o >= a and self._name_like(o) and o > 0 and \
                    strip_conj(self.folded[o - 1]) in ("ل", "عن"):
                d = o  # بيان لـ«جبهة الخلاص» أكد أن: the author's name in marks
                continue
            f = self.folded[d]
            if self.toks[d].text in END_PUNCT or f in self.t.complementizers and d < c - 1 or \
                    self.t.lookup(f) is not None and self._is_cue(d, c) or d in self.mark_open:
                return None
            if self.toks[d].kind != "word" or not forms(f) & self.t.document_nouns:
                continue
            q = d - 1
            opens = d == a or self._conj_glued(d) or \
                self.toks[q].text in CLAUSE_PUNCT or self.folded[q] in ("و", "ف") or \
                self.folded[q] in self.t.complementizers or self.folded[q] in CLAUSE_LINKS or \
                self.folded[q] in self.gw.quote_aux or strip_conj(self.folded[q]) in ("لكن",)
            if not opens or any(x.type == "PERSON" and x.how != "title" and
                                self._tok_at(max(x.start, x.end - 1)) == c - 1
                                for x in [self.ent_last.get(c - 1)] if x is not None):
                return None  # (a named person right before the verb is its subject)
            return self._document_author(d, c), self._document_phrase(d, c)
        return None

    def _document_author(self, d: int, c: int, linked: bool = False) -> ActorRef | None:
        """The author named with the document noun at `d`: in its genitive (تقرير الأمم
        المتحدة), after لـ (بيان لوزارة …، بيان لـ«…»), صادر عن or a verb of making it. With
        `linked`, an indefinite title or nisba right after it is an adjective, no author (بيان
        صحافي، تقارير إعلامية فرنسية), as the definite genitive is one (بيان السيناتور)."""
        i = d + 1
        while i < c and i not in self.ent_first and self.toks[i].kind == "word" and \
                i <= d + 2 and self._adjective_like(self.folded[i]) and \
                self.folded[i] not in self.stops:
            i += 1  # an adjective: التقرير السنوي لـ…، تقرير حديث أعدته … (not إلى: الي)
        i = self._past_title_in_marks(i, c)  # رسالة بعنوان «…» بعثها الوزير
        link = i
        authored = False
        if i < c and self.folded[i] in self.t.authoring or i + 1 < c and \
                self.folded[i] in self.t.authoring_bare and self.folded[i + 1] in ("به", "بها"):
            # أعدته، أجرتها، رسالة بعثها X، رسالة بعث بها X (cues.json), past an adverb (أمس)
            # and a means (بالبريد الإلكتروني)
            i += 1 if self.folded[i] in self.t.authoring else 2
            authored = True
            while i < c and i not in self.ent_first and self.folded[i] not in self.stops and (
                    self._is_adverb(i) or self._has_tanween(i) or
                    self.folded[i].startswith("بال") and len(self.folded[i]) > 4 or
                    i > link + 1 and self.folded[i].startswith("ال") and
                    self.folded[i - 1].startswith(("بال", "ال"))):
                i += 1  # (مؤخراً، بالبريد الإلكتروني; not إلى, whom it was sent to)
        elif i < c and self.folded[i] in ("ل", "لـ") or \
                i + 1 < c and self.folded[i] == "من" and i + 1 in self.ent_first:
            i += 1  # بيان لـ…، رسالة من وزير الخارجية
        elif i + 1 < c and self.folded[i] == "عن" and self.folded[i - 1] in self.t.issued_words:
            i += 1  # البيان الصادر عن الجيش (the definite صادر was read as an adjective)
        elif i + 2 < c and self.folded[i] in self.t.issued_words and self.folded[i + 1] == "عن":
            i += 2  # بيان صادر عن وزارة الداخلية
        if i in self.mark_open and self.folded[i - 1] in ("ل", "عن") and self._name_like(i):
            # بيان لـ«جبهة الخلاص»: the body named in marks, known to the dictionaries or not
            close = self.mark_open[i][1]
            x = self.ent_first.get(i + 1)
            if x is not None and x.type in ("PERSON", "ORG") and \
                    x.end >= self.toks[close - 1].end:
                return x.ref()
            return self._raw_ref(i + 1, close) if close > i + 1 else None
        x = self.ent_first.get(i)
        if x is None and i < c and authored:
            return self._name_after_authoring(i, c)  # رسالة وجهها بارزاني إلى …
        if x is None and i < c:
            return self._organisation_after_li(i, link)
        if x is None or x.type not in ("PERSON", "ORG") or self._tok_at(x.start) >= c:
            return None
        if self.toks[i].start < x.start and fold(self.doc.text[self.toks[i].start:x.start]) \
                not in ("ل", "لل"):
            return None  # (a glued preposition other than the genitive لـ: not the author)
        if linked and i == link and x.how in ("title", "nisba") and \
                not self.folded[i].startswith("ال") and \
                not any(seg.kind == "proclitic" and fold(seg.text) in ("ل", "لل")
                        for seg in self.toks[i].segments):
            return None
        return x.ref()

    def _name_after_authoring(self, i: int, c: int) -> ActorRef | None:
        """رسالة وجهها بارزاني إلى الرأي العام: after a verb of making or sending a document, one
        or two plain words the dictionaries do not know, then إلى/لـ (the one it was sent to),
        a comma or the content: the author's name, with no code."""
        j = i
        while j < c and j < i + 3 and self.toks[j].kind == "word" and j not in self.ent_first \
                and not (self.folded[j] in self.stops or strip_conj(self.folded[j]) in self.stops
                         or self.folded[j] in self.t.complementizers or self._glued(j, "ل")):
            j += 1
        if not 0 < j - i <= 2 or not self._bare_name(i, j) or \
                any(self.t.lookup(self.folded[k]) is not None for k in range(i, j)):
            return None
        if j < c and not (self.folded[j] in ("الي", "ل", "لـ") or self._glued(j, "ل") or
                          self.toks[j].text in CLAUSE_PUNCT or self.folded[j] in
                          self.t.complementizers):
            return None
        return ActorRef(*self._name_span(i, j), None, "PERSON")

    def _organisation_after_li(self, i: int, link: int) -> ActorRef | None:
        """بيان للحركة، بيان لـ الجبهة: a bare definite noun after the document's لـ, no actor
        itself, standing for the organisation named before with that head noun (حركة حماس)."""
        f = self.folded[i]
        if i == link and f.startswith("لل") and len(f) > 4:
            head = f[2:]  # للحركة: ل + الحركة
        elif i > link and self.folded[i - 1] in ("ل", "لـ") and f.startswith("ال"):
            head = strip_al(f)
        else:
            return None
        if len(head) < 3 or i + 1 < len(self.toks) and self.folded[i + 1].startswith("ال"):
            return None  # (للحركة الشعبية: another name, with its adjective)
        x = self._organisation_by_head(head, i)
        if x is None:
            return None
        tok = self.toks[i]
        return ActorRef(x.canonical, x.actor_code, tok.text, tok.start, tok.end, x.actor_id,
                        x.type)

    def _author_of_document_after(self, c: int, e: int, cue) -> ActorRef | None:
        """وأكدت في بيان لوزارة الداخلية أن …: a verb with no subject of its own, then the
        document it was said in (في/عبر) and the author named with it, who agrees with the verb
        (a spokesman, وقال في بيان للحركة, may speak for a body: not taken)."""
        j = c + 1
        if j + 2 >= e or strip_conj(self.folded[j]) not in ("في", "عبر") or \
                not forms(self.folded[j + 1]) & self.t.document_nouns:
            return None
        author = self._document_author(j + 1, e, linked=True)
        if author is None or not cue.agrees:
            return None
        got = self._gender_number(author.text, author.type, "explicit")
        if got != cue.agrees and not (got is None and author.type == "PERSON" and
                                      author.actor_code is None and cue.agrees != "p"):
            return None  # (an unknown name after a verb of sending: its gender is not known)
        return author

    def _author_said_in_it(self, c: int, a: int, cue) -> ActorRef | None:
        """جاء ذلك في البيان الذي أصدره X، وقال فيه: «…» / خطاب للأمين العام X، قال فيه: a verb
        with no subject of its own, then فيه/فيها ("in it"): the author named with the nearest
        document or saying-place noun before it in the sentence, when they agree."""
        if c + 1 >= len(self.toks) or self.folded[c + 1] not in ("فيه", "فيها"):
            return None
        for d in range(c - 1, max(a, c - 25) - 1, -1):
            f = self.folded[d]
            if self.toks[d].text in END_PUNCT or f in self.t.complementizers:
                return None
            if self.toks[d].kind != "word" or \
                    not forms(f) & (self.t.document_nouns | self.t.saying_places):
                continue
            author = self._document_author(d, c) or self._sender_before(d)
            if author is None:
                return None
            got = self._gender_number(author.text, author.type, "explicit")
            return author if not cue.agrees or got is None or got == cue.agrees else None
        return None

    def _past_title_in_marks(self, i: int, c: int) -> int:
        """After a document noun, a title in marks (بعنوان «…»، تحت عنوان «…») names it: the
        token after the closing mark (the author may follow: رسالة بعنوان «…» بعثها X), else
        `i`."""
        j = i + 1 if i + 1 < c and self.folded[i] == "تحت" else i
        if j + 1 < c and j + 1 in self.mark_open and self.folded[j] in ("عنوان", "بعنوان"):
            return min(self.mark_open[j + 1][1] + 1, c)
        return i

    def _sender_before(self, d: int) -> ActorRef | None:
        """ووجه الرئيس رسالة إلى الشعب …، أكد فيها: the subject of a verb of making or sending
        (cues.json `authoring_verb`, alone) right before the document noun at `d`."""
        x = self.ent_last.get(d - 1)
        if x is None or x.type not in ("PERSON", "ORG"):
            return None
        v = self._tok_at(x.start) - 1
        if v < 0 or self.toks[v].sentence != self.toks[d].sentence or \
                strip_conj(self.folded[v]) not in self.t.authoring_bare:
            return None
        return x.ref()

    @staticmethod
    def _adjective_like(f: str) -> bool:
        """A definite word, a nisba (سري، الأممية) or a word of newness (حديث، جديد)."""
        return f.startswith("ال") or f.endswith(("ي", "يه")) or \
            f in ("حديث", "حديثه", "جديد", "جديده", "اخير", "اخيره")

    def _conj_glued(self, d: int) -> bool:
        """The document noun at d carries a conjunction (ودراسة، وتقرير; not وثائق itself)."""
        f = self.folded[d]
        return f[:1] in "وف" and not {f, strip_al(f)} & self.t.document_nouns

    def _document_phrase(self, d: int, c: int) -> ActorRef:
        """The document noun and the definite words or actor after it (تقرير الأمم المتحدة
        الأخير), at most five tokens, without a leading و/ف."""
        e = d + 1
        while e < c and e < d + 5 and self.toks[e].kind == "word" and (
                self.folded[e].startswith("ال") and self.folded[e] not in self.gw.quote_relatives or
                e in self.ent_first or
                any(e == self._tok_at(max(x.start, x.end - 1)) for x in [self.ent_last.get(e)]
                    if x is not None and self._tok_at(x.start) > d)):
            e += 1
        s, z = self._trim(self.toks[d].start, self.toks[e - 1].end)
        if self._conj_glued(d):
            s += 1
            while s < z and self.doc.text[s] in DROPPED_CHARS:
                s += 1
        return ActorRef(self.doc.text[s:z], None, self.doc.text[s:z], s, z)

    def _asked_before(self, c: int, a: int) -> ActorRef | None:
        """سألت يومها الوزير X عن …، فقال إنه …: the one asked earlier in the sentence answers
        (the phrase after a form of سأل, past a time word)."""
        for k in range(c - 1, a - 1, -1):
            if strip_conj(self.folded[k]) in ASK_FORMS or self.folded[k] in ASK_FORMS:
                j = k + 1
                while j < c and (self._is_adverb(j) or forms(self.folded[j]) & self.gw.time_heads):
                    j += 1
                if j < c and self._np_start_ok(j):
                    e = self._np(j, c)
                    if e > j:
                        return self._ref_from_np(j, e, introduced=True)
                return None
        return None

    def _by_saying_subject(self, c: int, a: int) -> ActorRef | None:
        """ومضى X بالقول، فردّ X بقوله: the phrase between a verb joined by و/ف (or opening a
        clause after a comma) and بقوله/بالقول. Not when the phrase ends in a word with a
        pronoun (واختتم X تصريحاته بالقول: تصريحاته is the object)."""
        for j in range(c - 2, max(a - 1, c - 9), -1):
            f = self.folded[j]
            opens = f[:1] in "وف" and len(f) > 3 or j == a or \
                self.toks[j - 1].text in CLAUSE_PUNCT
            if not opens or self.toks[j].kind != "word":
                continue
            if f in self.stops or strip_conj(f) in self.stops or j in self.ent_first or \
                    self.t.lookup(f) is not None or not self._np_start_ok(j + 1):
                return None
            if self._np(j + 1, c) != c or self._words(j + 1, c) > 5:
                return None
            last = self.folded[c - 1]
            if last.endswith(("ه", "ها", "هم")) and not (c - 1) in self.ent_last:
                return None
            first = self.ent_first.get(j + 1)
            if first is not None and first.how == "nisba" and c - j > 2:
                return self._raw_phrase(j + 1, c)  # الفرنسي المخضرم: the Frenchman, not France
            return self._ref_from_np(j + 1, c, introduced=True)
        return None

    def _name_span(self, k: int, e: int) -> tuple[str, None, str, int, int]:
        """ActorRef fields (canonical, code, text, start, end) of the plain words [k, e)."""
        s, z = self._trim(self.toks[k].start, self.toks[e - 1].end)
        return self.doc.text[s:z], None, self.doc.text[s:z], s, z

    def _raw_phrase(self, k: int, e: int) -> ActorRef:
        s, z = self._trim(self.toks[k].start, self.toks[e - 1].end)
        return ActorRef(self.doc.text[s:z], None, self.doc.text[s:z], s, z)

    def _thing_before_present(self, p: int, c: int) -> ActorRef | None:
        """لافتات تقول: «…»، إشارة تفيد بأن …: an indefinite feminine or plural noun right
        before a present verb in ت- that agrees with it is its subject (a sign, a report), not
        the last speaker."""
        cue = self.t.lookup(self.folded[c])
        f = self.folded[p]
        if cue is None or cue.agrees != "f" or strip_conj(self.folded[c])[:1] != "ت" or \
                p != c - 1 or self.toks[p].kind != "word" or f.startswith("ال") or \
                not (f.endswith("ه") or f.endswith("ات")) or len(f) < 4 or \
                f in self.stops or f in self.gw.quote_pronouns or f in self.t.complementizers or \
                self.t.lookup(f) is not None or p in self.ent_first or p in self.ent_last or \
                any(x.kind == "proclitic" and fold(x.text) in ("ب", "ل", "لل", "ك")
                    for x in self.toks[p].segments):
            return None  # (قدّم للندوة بكلمة تشير …: a phrase after ب is no subject)
        ref = self._raw_ref(p, p + 1)
        self.things.add(ref.start)  # a sign or a report speaks here, but no one goes on after it
        return ref

    def _source_before(self, p: int, a: int) -> ActorRef | None:
        """إلا أن مصادر ذكرت أن …، لكن مسؤولين قالوا: an unnamed source (a speaking noun,
        with at most one adjective) right before the verb, opening its clause."""
        for f in (p, p - 1):
            if f < a or not forms(self.folded[f]) & self.t.speaker_nouns:
                continue
            q = f - 1
            if q < a or self.toks[q].text in CLAUSE_PUNCT or self.folded[q] in \
                    self.t.complementizers or self.folded[q] in CLAUSE_LINKS or \
                    self.folded[q] in ("و", "ف"):
                return self._raw_ref(f, p + 1)
        return None

    def _subject_of_kana(self, p: int, c: int, a: int) -> ActorRef | None:
        """وكان شهود عيان قد قالوا …، وكان المرصد، أكد أن …: the phrase between كان and قد (or
        a comma) before the cue is its subject, a bare noun phrase too; so is the phrase
        opening the clause before a plural كانوا (أن بعض الخبراء كانوا قد حذروا)."""
        if self.folded[c - 1] in ("قد", "وقد") and self.folded[p] in KANA_AFTER:
            for k in range(p - 1, max(a, p - 7) - 1, -1):
                if k == a or self.folded[k - 1] in self.t.complementizers or \
                        self.toks[k - 1].text in CLAUSE_PUNCT:
                    if self._np_start_ok(k) and self._np(k, p) == p:
                        return self._ref_from_np(k, p, introduced=True)
                    return None
            return None
        if self.folded[c - 1] in ("قد", "وقد"):
            end = p + 1  # p is the last word before قد
        elif self.toks[c - 1].text in CLAUSE_PUNCT and p == c - 1:
            end, p = p, p - 1  # the phrase ends at the comma
        else:
            return None
        for k in range(p, max(a, p - 8) - 1, -1):
            if self.folded[k] in KANA:
                s = k + 1
                if s <= p and self._np_start_ok(s) and self._np(s, end) == end:
                    return self._ref_from_np(s, end, introduced=True)
                return None
            if self.toks[k].kind != "word":
                return None
        return None

    def _amma_topic(self, c: int, a: int) -> ActorRef | None:
        """The first actor after أما when the cue carries its answering ف (أما X، فقال)."""
        if self.folded[c][:1] != "ف":
            return None
        for k in range(a, c):
            if strip_conj(self.folded[k]) == "اما":
                i = k + 1
                while i < c and self.toks[i].text in ("«", '"', "("):
                    i += 1
                # only an actor that opens the topic: in أما مدرب بنما داريو غوميز the country
                # belongs to the title, and the phrase is read as before
                x = self.ent_first.get(i)
                if x is not None:
                    return x.ref()
                # أما X Y (40 عاماً)، الموظف في …، فقال إن: a name the dictionaries do not know,
                # one to three plain words without ال closed by a bracket, a comma or an actor,
                # when nothing stands between the verb and what it reports
                n = c + 1
                if n >= len(self.toks) or not (self.folded[n] in self.t.complementizers or
                                               self.toks[n].text == ":" or n in self.mark_open):
                    return None
                t = i
                while t < c and t < i + 3 and self.toks[t].kind == "word" and \
                        t not in self.ent_first:
                    t += 1
                if t > i and t < c and (self.toks[t].text in ("(", "،", ",")
                                        or t in self.ent_first) and \
                        self._np_start_ok(i) and self._bare_name(i, t) and \
                        not any(self.folded[j].startswith("ال") for j in range(i, t)):
                    return self._raw_phrase(i, t)
                return None
        return None

    def _addressee_before(self, c: int, a: int) -> ActorRef | None:
        """وتوجه إلى بوتين قائلاً: the actor after إلى/لـ just before a participle."""
        p = c - 1
        if p >= a and p in self.ent_last:
            ent = self.ent_last[p]
            if self._prep_before(ent):
                self.state.not_subjects.add(ent.start)
                return ent.ref()
        return None

    def _fallback_subject(self, doc: Document, pos: int) -> Entity | None:
        """The latest PERSON that was the subject of a verb: the actor right after the first word
        of its clause (وصل بوتين …), or right after a speech verb. Used until the actors stage
        provides `last_human_subject`."""
        i = bisect.bisect_left(self.ent_starts, pos) - 1
        seen = 0
        while i >= 0 and seen < 40:
            ent = self.ents[i]
            i -= 1
            seen += 1
            if ent.type != "PERSON" or self._prep_before(ent):
                continue
            f = self._tok_at(ent.start)
            p = f - 1
            if ent.start > self.toks[f].start or p < 0 \
                    or self.toks[p].sentence != self.toks[f].sentence:
                continue
            if self.toks[p].kind != "word":
                continue
            if self.t.lookup(self.folded[p]) is not None:
                return ent
            q = p - 1
            first = q < 0 or self.toks[q].sentence != self.toks[p].sentence or \
                self.toks[q].text in CLAUSE_PUNCT
            if first and self.folded[p] not in self.stops and \
                    strip_conj(self.folded[p]) not in self.stops:
                return ent
        return None

    def _implicit(self, pos: int, agrees: str = "") -> tuple[ActorRef | None, str | None]:
        """The dropped subject of a cue at `pos`: the latest clause subject when it came after the
        last speaker, else the last speaker, each only if the cue's form can agree with it
        (وأكد after «…» of the prince and a mention of المواطنين: the prince)."""
        subj = self.last_subject(self.doc, pos)
        named = self._subject_after_given_name(pos)
        if named is not None and (subj is None or subj.start < named.start):
            subj = named
        for _ in range(3):  # (the one before an object that looked like a subject)
            if subj is None or not self._conjunct_of_object(subj):
                break
            subj = self.last_subject(self.doc, subj.start)
        if subj is not None and (subj.start in self.state.not_subjects or self._quoted(subj.start)
                                 or self._conjunct_of_object(subj)
                                 or not self._agrees(subj.text, subj.type, subj.how, agrees)):
            subj = None
        last = self.state.speaker
        if subj is not None and last is not None and subj.how == "title" and \
                self._title_of(subj, last):
            return last, "carried"  # the title of the named last speaker (المتحدث الرسمي … X)
        if subj is not None and subj.start > self.state.speaker_pos and not (
                last is not None and self.state.speaker_pos >= 0 and
                self.doc.sentence_at(subj.start) == self.doc.sentence_at(self.state.speaker_pos)
                and self._agrees(last.text, last.type, self._how_of(last), agrees)):
            # (an actor named after the last speaker's cue in the same sentence belongs to his
            # words: وأشار إلى أن … وإبعاد بشار الأسد. وقال "…": the speaker goes on)
            return self._subject_ref(subj, named), "coref"
        if last is not None and self._agrees(last.text, last.type, self._how_of(last), agrees):
            return last, "carried"
        return (self._subject_ref(subj, named), "coref") if subj is not None else (None, None)

    def _subject_ref(self, subj: Entity, named: Entity | None) -> ActorRef:
        """The subject as a speaker; one found after an unknown given name is that name and the
        known part together, with no code (جيب بوش is not the بوش the dictionaries know)."""
        if subj is not named:
            return subj.ref()
        s = self.toks[self._tok_at(subj.start) - 1].start
        text = self.doc.text[s:subj.end]
        return ActorRef(text, None, text, s, subj.end, None, "PERSON")

    def _subject_after_given_name(self, pos: int) -> Entity | None:
        """فقد اقترح جيب بوش …: a named person right after a clause-opening verb and one plain
        word the dictionaries do not know (its given name), so the actors stage did not take
        him for the verb's subject; the latest such one after the last speaker's cue."""
        i = bisect.bisect_left(self.ent_starts, pos) - 1
        for _ in range(30):
            if i < 0:
                return None
            x = self.ents[i]
            i -= 1
            if x.start <= self.state.speaker_pos:
                return None
            t = self._tok_at(x.start)
            if x.type != "PERSON" or x.how == "title" or x.start != self.toks[t].start or \
                    t < 2 or self._quoted(x.start):
                continue
            p, q = t - 1, t - 2
            name, verb = self.folded[p], self.folded[q]
            if self.toks[p].kind != "word" or self.toks[q].kind != "word" or \
                    p in self.ent_last or q in self.ent_last or \
                    self.toks[q].sentence != self.toks[t].sentence or \
                    name.startswith(("ال", "وال")) or verb.startswith(("ال", "وال")) or \
                    name in self.stops or strip_conj(verb) in self.stops or verb in self.stops or \
                    verb in self.gw.quote_pronouns or self.t.lookup(name) is not None or \
                    self._is_adverb(p) or self._is_adverb(q) or \
                    forms(name) & self.gw.time_heads or \
                    self._function_word(name) or self._function_word(verb) or \
                    self._verbal_noun_like(name) or fold(x.text).startswith(("ال", "وال")) or \
                    verb.endswith("ه") or name.endswith("ه"):
                continue
            opens = q == 0 or self.toks[q - 1].sentence != self.toks[q].sentence or \
                self.folded[q - 1] in ("قد", "فقد", "وقد", "ثم")
            last = self.state.speaker
            if opens and not (last is not None and last.canonical == x.canonical):
                return x
        return None

    @staticmethod
    def _verbal_noun_like(f: str) -> bool:
        """A verbal noun of the patterns افتعال and استفعال (انتخاب، اجتماع، استقبال): the
        object of a passive verb (وأعيد انتخاب بلاتر), never a given name."""
        return len(f) == 6 and f[0] == "ا" and f[2] == "ت" and f[4] == "ا" or \
            len(f) == 7 and f.startswith("است") and f[5] == "ا"

    def _function_word(self, f: str) -> bool:
        """A closed-class word (أن، رغم، لم، هو، الذي، قد، كان …), as written or after و/ف:
        never a given name nor a clause's verb."""
        gw = self.gw
        return any(g in self.t.complementizers or g in self.stops or g in gw.quote_pronouns or
                   g in gw.quote_relatives or g in gw.quote_aux or g in self.t.negations or
                   g in gw.quote_concessives or
                   g in CLAUSE_LINKS or g in KANA or g in self.t.according
                   for g in (f, strip_conj(f)))

    def _conjunct_of_object(self, ent: Entity) -> bool:
        """نيابة عن الملك سلمان بن عبد العزيز آل سعود، ولي عهده، وولي ولي العهد: an actor
        joined by و to one governed by a preposition is governed by it too, and is no subject."""
        for _ in range(4):
            i = self._tok_at(ent.start)
            glued = fold(self.doc.text[self.toks[i].start:ent.start])
            if glued == "و":
                j = i - 1
            elif ent.start == self.toks[i].start and i > 0 and self.folded[i - 1] == "و":
                j = i - 2
            else:
                return False
            prev = self._actor_ending_near(j, self.toks[i].sentence)
            if prev is None:
                return False
            if self._prep_before(prev):
                return True
            ent = prev
        return False

    def _actor_ending_near(self, j: int, sentence: int) -> Entity | None:
        """The actor that ends just before token `j` (past commas, up to two words after it
        such as آل سعود, and one apposition such as ولي عهده الأمين)."""
        for _ in range(2):
            while j >= 0 and self.toks[j].text in CLAUSE_PUNCT:
                j -= 1
            for k in range(j, j - 3, -1):
                if k < 0 or self.toks[k].sentence != sentence or self.toks[k].kind != "word":
                    break
                if k in self.ent_last:
                    return self.ent_last[k]
            k = j
            while k > j - 5 and k >= 0 and self.toks[k].text not in CLAUSE_PUNCT:
                k -= 1
            if k < 0 or self.toks[k].text not in CLAUSE_PUNCT or \
                    self.toks[k].sentence != sentence:
                return None
            j = k
        return None

    def _named(self, ref: ActorRef | None) -> ActorRef | None:
        """A bare title (السفير السعودي، الوزير) that stands for a person the article named
        earlier with that title (السفير السعودي لدى مصر أحمد قطان): the named person, kept at
        the title's own span."""
        if ref is not None and " " in ref.text and \
                fold(ref.text).split()[0] in self.gw.dual_construct_titles:
            return ref  # وزيرا الخارجية والدفاع: two (`_dual_title_ref`), not one named before
        if ref is not None and ref.actor_code is None:
            said = strip_conj(fold(ref.text).strip())
            if said in self.gw.pair_pronouns:
                # وقال كلاهما، وأكد كل منهما: the two named together before, as الجانبان
                found = self._nearest_two(ref, lambda x: self._pair_member(x, None) and
                                          not self._relays(x, ref))
                # (no two named before: unresolved, not the pronoun as a speaker)
                return self._pair_ref(found[1], found[0], ref.text, ref.start, ref.end) \
                    if found is not None else None
            if said in self.gw.latter_words:
                return self._latter(ref, feminine=said.endswith("ه"))  # (None: no one before)
        pair = self._dual_pair(ref) if ref is not None else None
        if pair is not None:
            return pair  # وقال الوزيران، وأكد الجانبان: the two named before
        if ref is not None and ref.type == "ORG":
            return self._named_organisation(ref)
        if ref is not None and ref.type is None:
            org = self._bare_organisation_noun(ref)
            if org is not None:
                return org
        if ref is None or ref.type not in (None, "PERSON"):
            return ref
        how = self._how_of(ref)
        words = [forms(w) for w in fold(ref.text).split()]
        # one word stands for a person only when it heads a person's title (الوزير، المتحدث),
        # not when it is a body named in one (الهيئة of رئيس الهيئة: the body itself speaks)
        titles = self.t.title_words if len(words) > 1 else self.t.title_heads
        if not words or (how != "title" and not (how is None and ref.actor_code is None
                                                 and forms(fold(ref.text).split()[0])
                                                 & (titles | ONE_SPEAKER))):
            return ref
        plain = [w.lstrip("وف") for w in fold(ref.text).split()]
        if len(words) > 3 or len(plain) > 1 and not any(w.startswith("ال") for w in plain[:2]):
            return ref  # a long phrase says more than a title; دبلوماسي أميركي is someone new
        words = words + self._construct_after(ref)  # رئيس جهاز الأمن القومي: the whole office
        n = self._tok_at(max(ref.start, ref.end - 1)) + 1
        if n < len(self.toks) and self._np_start_ok(n) and not self.folded[n].startswith("ال") \
                and self.folded[n] not in self.t.according and n not in self.ent_first \
                and plain[-1].startswith("ال"):
            return ref  # الوزير سامر: a name the dictionaries do not know follows the title
        after = self._named_after(ref)
        if after is not None:
            return ActorRef(after.canonical, after.actor_code, ref.text, ref.start, ref.end,
                            after.actor_id, after.type)
        i = bisect.bisect_left(self.ent_starts, ref.start) - 1
        while i >= 0:
            x = self.ents[i]
            i -= 1
            if x.type != "PERSON" or x.how == "title" or x.canonical == ref.canonical:
                continue
            if self._titled_by(x, words):
                return ActorRef(x.canonical, x.actor_code, ref.text, ref.start, ref.end,
                                x.actor_id, x.type)
        return ref

    def _dual_pair(self, ref: ActorRef) -> ActorRef | None:
        """وقال الوزيران، وأكد الجانبان: a definite dual, one word, either a title in the dual
        (an entity of the actors stage) or a word of the cues' `pair_noun` list (الجانبان،
        الطرفان), that stands for the two actors the article named together just before: the
        two distinct named persons (for a title, each holding it or named as a counterpart,
        نظيره) or, for a pair noun, named persons, organisations or countries with a code, of
        the nearest sentence before that names exactly two. The speaker is the dual at its own
        span with both names as canonical and the code they share (SAUGOV and SAUGOV → SAUGOV;
        SAUGOV and USAGOV → GOV; else none). None when there is no such pair (the dual keeps the
        reading it has: a title's role code, or none)."""
        w = fold(ref.text)
        if " " in w or not w.endswith("ان") or len(w) < 7:
            return None  # (the cheap gate: one word ending like a nominative dual)
        g = w[1:] if w[:1] in "وف" and w[1:3] == "ال" else w
        if not g.startswith("ال"):
            return None
        how = self._how_of(ref)
        if g in self.t.pair_nouns:
            stem = None
        elif how == "title" and ref.type == "PERSON":
            stem = g[2:-2]  # الوزيران → وزير
        else:
            return None
        found = self._nearest_two(ref, lambda x: self._pair_member(x, stem))
        if found is None and stem is not None:
            # قال X وY … . وأضاف الوزيران: two persons named by their names alone, no title
            # of theirs told (a title's dual then speaks for the two named)
            found = self._nearest_two(ref, self._untitled_person)
        if found is None:
            return None  # (none, one, or three named together: which two is not known)
        b, a = found
        return self._pair_ref(a, b, ref.text, ref.start, ref.end)

    def _nearest_two(self, ref: ActorRef, member) -> tuple[Entity, Entity] | None:
        """The two distinct entities for which `member` holds in the nearest sentence before
        `ref` that names any (within ORG_ANTECEDENT_CHARS), last first; None unless two."""
        i = bisect.bisect_left(self.ent_starts, ref.start) - 1
        sentence, found = None, []
        while i >= 0:
            x = self.ents[i]
            i -= 1
            if ref.start - x.end > ORG_ANTECEDENT_CHARS:
                break
            if not member(x):
                continue
            si = self.doc.sentence_at(x.start)
            if sentence is None:
                sentence = si
            elif si != sentence:
                break
            key = x.actor_id or x.canonical
            if all((y.actor_id or y.canonical) != key for y in found):
                found.append(x)
        return (found[0], found[1]) if len(found) == 2 else None

    def _untitled_person(self, x: Entity) -> bool:
        """x is a person the dictionaries know (an id), named by name alone: no word of a
        person's title in its mention (عادل الجبير; not الوزير عادل الجبير, nor الرئيس X)."""
        return x.type == "PERSON" and x.how != "title" and x.actor_id is not None and \
            not any(forms(strip_conj(w)) & self.t.title_words for w in fold(x.text).split())

    def _joined_speaker(self, ref: ActorRef, e: int, first: int) -> ActorRef | None:
        """قال X وY إن …، قال X وY وZ إن …، قال X، Y وZ إن …: other persons joined to the speaker
        phrase that ends at token e, right before the content at token `first`: all speak, as
        one mention from X to the last (the canonical names joined by « & », as a pair). Each
        named by name (a title alone, a body or وزوجته is no other speaker: المتحدث باسم الجيش
        وقوات الأمن is one person's title); one joined by و may have a title before its name
        (ونظيره الأمريكي Y), one after a bare comma none, and a comma list ends with و (قال X، Y
        إن: Y is X's apposition, not a second speaker). None otherwise."""
        if e >= first or first - e > 24 or self.toks[e].kind != "word" and \
                self.toks[e].text not in CLAUSE_PUNCT or self.toks[e].kind == "word" and \
                not self.folded[e].startswith("و"):
            return None  # (the cheap gate: a word in و, or a comma, right after the phrase)
        x = self._named_between(ref.start, ref.end, ("PERSON",))
        if len(x) != 1:
            return None
        joined, keys, prev, by_and = [], {x[0].actor_id or x[0].canonical}, ref.end, False
        for y in self._named_between(ref.end, self.toks[first].start, ("PERSON",)):
            gap = self.doc.text[prev:y.start].strip()
            key = y.actor_id or y.canonical
            w0 = fold(gap.split()[0]) if gap else ""
            if w0[:1] == "و" and (w0 == "و" or w0 not in self.t.title_words) and \
                    len(gap.split()) <= 3 and not any(p in gap for p in CLAUSE_PUNCT | END_PUNCT):
                by_and = True  # وY، ونظيره الأمريكي Y (not وزير: X's own title after him)
            elif gap in ("،", ",") or gap[:1] in CLAUSE_PUNCT and gap[1:].strip() == "و":
                by_and = by_and or gap[1:].strip() == "و"  # ، Y / ، وY
            else:
                break
            if key in keys:
                return None
            # (the member with the title before its name: its gender, ووزيرة … Y)
            s = prev + len(self.doc.text[prev:y.start]) - len(gap.lstrip("،,و "))
            joined.append(ActorRef(y.canonical, y.actor_code, self.doc.text[s:y.end], s, y.end,
                                   y.actor_id, y.type))
            keys.add(key)
            prev = y.end
        rest = self.doc.text[prev:self.toks[first].start].strip()
        if not joined or not by_and or rest and rest[:1] not in CLAUSE_PUNCT and \
                not self._setting_after_pair(rest):
            return None  # (after the last one: the content, or an insert between commas)
        last = joined[-1]
        return self._pair_ref(ref, last, self.doc.text[ref.start:last.end], ref.start, last.end,
                              joined[:-1])

    @staticmethod
    def _setting_after_pair(rest: str) -> bool:
        """قال X وY في مؤتمر صحفي مشترك إن …: a short phrase of where they spoke (في، خلال, a
        few words, no punctuation) between the last of the pair and their words."""
        words = rest.split()
        return len(words) <= 6 and fold(words[0]) in ("في", "خلال") and \
            not any(p in rest for p in CLAUSE_PUNCT | END_PUNCT)

    def _chain_after_title(self, ent: Entity, i: int, b: int) -> bool:
        """وزراء خارجية دول مجلس التعاون: a title of one indefinite word (وزراء، أعضاء) that
        heads a construct chain: one to three indefinite words after it (no article, no stop)
        and then a definite word or a name closing the chain. The phrase goes on over it."""
        if ent.how != "title" or " " in ent.text.strip() or \
                not (self._plural_title(fold(ent.text)) or
                     self._plural_title(strip_conj(fold(ent.text)))):
            return False
        j = i
        while j < b and j < i + 3 and self.toks[j].kind == "word" and j not in self.ent_first \
                and not self.folded[j].startswith("ال") and self._chain_word(j):
            j += 1
        if j == i or j >= b or self.toks[j].kind != "word" or not (
                j in self.ent_first or self.folded[j].startswith("ال") and self._chain_word(j)):
            return False
        self.chain_titles.add(self._tok_at(ent.start))
        return True

    @staticmethod
    def _plural_title(w: str) -> bool:
        """A folded title shaped as a broken plural or a sound one in construct: فعلاء (وزراء،
        سفراء، رؤساء), أفعال (أعضاء), فعلة (قادة، قضاة), مفعلو (ممثلو، مسؤولو)."""
        n = len(w)
        return n == 5 and w[3] == "ا" and w[4] in "ءئ" or \
            n == 5 and w[0] == "ا" and w[3] == "ا" or \
            n == 4 and w[1] == "ا" and w[3] == "ه" or n >= 5 and w.endswith("و")

    def _chain_word(self, j: int) -> bool:
        f = self.folded[j]
        g = strip_conj(f)
        return not (f in self.stops or g in self.stops or f in self.t.complementizers or
                    g in self.t.complementizers or f in self.gw.quote_relatives
                    or self._is_cue(j, len(self.toks)) or self._has_tanween(j)
                    or self._is_adverb(j) or f in self.t.according or f[:1] in "بل")

    def _latter(self, ref: ActorRef, feminine: bool) -> ActorRef | None:
        """وقال الأخير، وأكدت الأخيرة: the last actor named by name before `ref` (a person, or a
        body or country with a code; for the masculine, no country), outside quoted words,
        within ORG_ANTECEDENT_CHARS, at the word's own span. None when there is none."""
        i = bisect.bisect_left(self.ent_starts, ref.start) - 1
        while i >= 0:
            x = self.ents[i]
            i -= 1
            if ref.start - x.end > ORG_ANTECEDENT_CHARS:
                return None
            if x.end > ref.start or x.how in ("title", "office", "nisba") or \
                    x.type != "PERSON" and not x.actor_code or self._quoted(x.start) or \
                    not feminine and x.type == "GPE" or self._relays(x, ref):
                continue  # (نقلت الوكالة عن الأخير: the one who relays him is not the latter)
            return ActorRef(x.canonical, x.actor_code, ref.text, ref.start, ref.end,
                            x.actor_id, x.type)
        return None

    def _relays(self, x: Entity, ref: ActorRef) -> bool:
        """x relays the words of `ref` (نقلت الوكالة عن الأخير، عن كليهما): only عن between."""
        return fold(self.doc.text[x.end:ref.start]).split() in (["عن"], ["نقلا", "عن"])

    def _dual_title_at(self, k: int) -> bool:
        """The word at k is a title in the construct dual (grammar.json `dual_construct_titles`:
        وزيرا، رئيسا), no tanween (رئيساً: a singular's accusative), a genitive after it."""
        return self.folded[k] in self.gw.dual_construct_titles and not self._has_tanween(k) \
            and k + 1 < len(self.toks) and self.toks[k + 1].kind in ("word", "latin") and \
            self.folded[k + 1] not in self.t.complementizers

    @staticmethod
    def _definite_dual(f: str) -> bool:
        """البلدين، الدولتين، الجانبين: a definite noun in the oblique dual."""
        return f.startswith("ال") and f.endswith("ين") and len(f) >= 7

    def _dual_title_ref(self, k: int, e: int) -> ActorRef:
        """وزيرا الخارجية والدفاع في البلدين، رئيسا وزراء الهند وباكستان: two persons, the
        phrase [k, e) at its span: the two named before it holding the title (or called a
        counterpart) when there are exactly two (their pair), else the phrase itself as one
        mention of two, with the role code the titles inside it share (no country: two)."""
        s, z = self._trim(self.toks[k].start, self.toks[e - 1].end)
        text = self.doc.text[s:z]
        ref = ActorRef(text, None, text, s, z, None, "PERSON")
        stem = self.folded[k][:-2] if self.folded[k].endswith("تا") else self.folded[k][:-1]
        inside = [x for x in self.ents if s <= x.start and x.end <= z]
        named = [x for x in inside if x.type == "PERSON" and x.how not in ("title", "office")]
        if len({x.actor_id or x.canonical for x in named}) == 2:
            # وزيرا الخارجية السابقان جورج شولتس وهنري كيسنجر: the two it names
            return self._pair_ref(named[0], named[-1], text, s, z)
        found = self._nearest_two(ref, lambda x: self._pair_member(x, stem))
        if found is not None:
            return self._pair_ref(found[1], found[0], text, s, z)
        # the role the titles inside share, with the one country they name (وزيرا … اليمنيين:
        # YEMGOV; رئيسا وزراء الهند وباكستان: GOV)
        roles = {x.role or x.actor_code for x in inside if x.type == "PERSON" and x.how == "title"}
        countries = {x.country for x in inside if x.country and x.how != "title"
                     or x.type == "PERSON" and x.how == "title" and x.country}
        role = roles.pop() if len(roles) == 1 else None
        country = countries.pop() if len(countries) == 1 else None
        code = country + role if role and country and len(role) == 3 else role or country
        return ActorRef(text, code, text, s, z, None, "PERSON")

    def _pair_ref(self, a: Entity | ActorRef, b: Entity | ActorRef, text: str, start: int,
                  end: int, between: list = ()) -> ActorRef:
        """Two actors (or more: `between` a and b) speaking as one mention at [start, end): the
        canonical names joined by « & » and the code they share (SAUGOV and SAUGOV → SAUGOV;
        SAUGOV and USAGOV → GOV; else none). Its members are kept (`pair_members`) for a
        singular verb after it (`_member_of_pair`)."""
        members = [m if isinstance(m, ActorRef) else m.ref() for m in (a, *between, b)]
        codes = {m.actor_code for m in members}
        if len(codes) == 1:
            code = a.actor_code
        elif None not in codes and all(len(c) == 6 for c in codes) and \
                len({c[3:] for c in codes}) == 1:
            code = a.actor_code[3:]  # two governments' ministers: the role they share
        else:
            code = None
        typ = "PERSON" if all(m.type == "PERSON" for m in members) else None
        ref = ActorRef(" & ".join(m.canonical for m in members), code, text, start, end, None,
                       typ)
        self.pair_members[(start, end, ref.canonical)] = members
        return ref

    def _member_of_pair(self, ref: ActorRef, agrees: str, c: int) -> ActorRef | None:
        """وقال X وY إن … . وأضاف/وأضافت …: a verb of one speaker after a pair (or more) that
        spoke is said by one of them, never by the pair: the only member its gender fits (a
        feminine verb after وزير … X ووزيرة … Y: Y), else the member who last spoke alone
        before the cue at token c; else None (which one is not known)."""
        members = self.pair_members.get((ref.start, ref.end, ref.canonical))
        if not members:
            return None
        fits = [m for m in members if self._member_gender(m) in (None, agrees)]
        if len(fits) == 1:
            return fits[0]
        names = {m.canonical for m in fits}
        for k, x in reversed(self.said):
            if k < c and x.canonical in names:
                return x
        return None

    def _member_gender(self, m: ActorRef) -> str | None:
        """A pair member's gender as its title before the name says (وزيرة …: f), else None."""
        words = fold(m.text).split()
        if not words or not forms(words[0]) & self.t.title_words:
            return None
        return self._gender_number(m.text, "PERSON", "title")

    def _two_named_before(self, c: int, past_empty: bool = False) -> ActorRef | None:
        """وأكدا، وقالا، أكدا خلاله: a verb in the dual with no subject of its own speaks for
        the two named before it, at the verb's own span: the persons named by name in its own
        sentence before it (أجرى X اتصالاً بـY، أكدا خلاله: the caller and the one called; not
        those who spoke there alone, فقال X … فقال Y … فقالا), else, going back at most three
        sentences, the first two met (التقى X نظيره Y. وقال X … . وأكدا; with `past_empty`, also
        past a sentence naming no one: التقى X Y. وتناولت المباحثات … . وأكدا, the caller's last
        resort after a pair that spoke before); with no person, two
        bodies of the dictionaries in its own sentence (الاتحاد الأوروبي والاتحاد الأفريقي …
        لأنهما قالا). Exactly two, else None (three named together: which two is not known)."""
        si = self.toks[c].sentence
        spoke = {x.actor_id or x.canonical for k, x in self.said
                 if x is not None and self.toks[k].sentence == si}
        end, found = c, []
        for _ in range(4):  # (this sentence, then up to three before it)
            first = end
            while first > 0 and self.toks[first - 1].sentence == self.toks[end].sentence:
                first -= 1
            start = self.toks[first].start
            stop = self.toks[end].start if end == c else self.toks[end].end
            earlier = [x for x in self._named_between(start, stop, ("PERSON",))
                       if end != c or (x.actor_id or x.canonical) not in spoke]
            if end != c and not earlier and not past_empty:
                break  # (a sentence before that names no one: the topic may have moved)
            keys = {x.actor_id or x.canonical for x in earlier}
            found = earlier + [y for y in found if (y.actor_id or y.canonical) not in keys]
            if end == c and not found:
                bodies = self._named_between(start, stop, ("ORG",))
                if len(bodies) == 2:
                    found = bodies
                    break
            if len(found) >= 2 or first == 0:
                break
            end = first - 1
        if len(found) != 2:
            return None
        tok = self.toks[c]  # (the dual verb is their mention: its ending says the two)
        s = tok.start + (self.folded[c] not in self.t.words)  # (وأكدا: not the و)
        return self._pair_ref(found[0], found[1], self.doc.text[s:tok.end], s, tok.end)

    def _named_between(self, start: int, end: int, types: tuple[str, ...]) -> list[Entity]:
        """The distinct actors of `types` named by name (not a bare title, an office or a
        nisba; a body only with a code) in [start, end), outside quoted words, in text order."""
        out: list[Entity] = []
        i = bisect.bisect_left(self.ent_starts, start)
        while i < len(self.ents) and self.ents[i].start < end:
            x = self.ents[i]
            i += 1
            if x.type not in types or x.how in ("title", "office", "nisba") or \
                    x.type != "PERSON" and not x.actor_code or self._quoted(x.start):
                continue
            key = x.actor_id or x.canonical
            if all((y.actor_id or y.canonical) != key for y in out):
                out.append(x)
        return out

    def _pair_like(self, ref: ActorRef | None) -> bool:
        """A speaker that is two: a pair read before (« & »), a word in the dual (الجانبان) or
        a phrase a title in the construct dual opens (وزيرا الخارجية)."""
        if ref is None:
            return False
        w = strip_conj(fold(ref.text))
        return " & " in (ref.canonical or "") or ref.type != "GPE" and " " not in w and \
            w.startswith("ال") and w.endswith("ان") and len(w) >= 7 or \
            " " in w and w.split()[0] in self.gw.dual_construct_titles

    def _caller_before(self, c: int) -> ActorRef | None:
        """تلقى X اتصالاً هاتفياً من Y، جدد/أكد خلاله …: a verb of one speaker followed by "in it"
        (خلاله، فيه) and no subject, after a call received from someone in its own sentence:
        the caller speaks (the one after من), not the one who received the call."""
        if c + 1 >= len(self.toks) or self.folded[c + 1] not in self.gw.in_it_pps:
            return None
        si = self.toks[c].sentence
        k = c - 1
        while k >= 0 and self.toks[k].sentence == si and c - k <= 40:
            if strip_al(strip_conj(self.folded[k])).startswith("اتصال"):
                j = k + 1
                while j < c and j - k <= 4 and self.folded[j] != "من":
                    j += 1  # (هاتفياً، اليوم، أمس between the call and من)
                if j < c and self.folded[j] == "من":
                    x = self.ent_first.get(j + 1) or self.ent_first.get(j + 2)
                    if x is not None and x.type == "PERSON" and x.how not in ("title", "office"):
                        return x.ref()
                return None
            k -= 1
        return None

    def _setting_subject(self, c: int, a: int, agrees: str) -> ActorRef | None:
        """وفي كلمة ألقاها X، أكد أن …: a verb with no subject after a fronted setting phrase
        (في، خلال + an indefinite noun, its adjectives, a verb with the noun's pronoun, ألقاها،
        تلقاه، أجراه, or a verb and به/بها) whose subject is named: that subject speaks (في اتصال
        تلقاه X من Y: X, the one who received it). For an interview noun (cues' `interview_noun`:
        لقاء، مقابلة، حوار، حديث) whose verb has no subject or an outlet's (لقاء أجريته مع X،
        لقاء أجرته «عكاظ» مع X) or none (في مقابلة مع X، في حديث لـX), the one interviewed, a
        person after مع or ل, speaks, never the interviewer. None otherwise (لقائه مع X: his
        meeting, whose owner is named before)."""
        p = c - 1
        while p > a and self._is_adverb(p) or p > a and self.folded[p] in self.gw.in_it_pps:
            p -= 1
        if p <= a or self.toks[p].text not in CLAUSE_PUNCT:
            return None  # (the cheap gate: the verb opens a clause after a comma)
        j = next((k for k in range(p - 1, max(a, p - 25) - 1, -1)
                  if strip_conj(self.folded[k]) in ("في", "خلال") and (
                      k == a or self.toks[k - 1].text in CLAUSE_PUNCT)), None)
        if j is None or j + 1 >= p or self.toks[j + 1].kind != "word":
            return None
        noun = strip_conj(self.folded[j + 1])
        interview = noun in self.t.interview_nouns
        if noun.startswith("ال") or self._pronoun_end(j + 1) and not interview:
            return None  # (لقائه مع X: his meeting; في الاتصال: named before)
        k = j + 2
        while k < p and k - j <= 4 and self._has_tanween(k) or k < p and \
                self.folded[k].endswith("ي") and self.folded[k] not in self.stops and \
                k not in self.ent_first:
            k += 1  # هاتفي، هاتفياً، صحفي: the noun's adjectives
        if k >= p:
            return None
        f = self.folded[k]
        if interview and f in ("مع", "ل") or interview and f.startswith("ل") and \
                k in self.ent_first:
            return self._interviewed(k, p)  # في مقابلة مع X، في حديث لـX
        if f in self.stops or k in self.ent_first or not self._pronoun_end(k) and not (
                k + 1 < p and self.folded[k + 1] in ("به", "بها")):
            return None
        k += 1 + (k + 1 < p and self.folded[k + 1] in ("به", "بها"))
        while k < p and self._is_adverb(k):
            k += 1  # تلقاه اليوم من …
        if k >= p:
            return None
        if interview and (self.folded[k] == "مع" or self._outlet_at(k)):
            m = next((i for i in range(k, p) if self.folded[i] == "مع"), None)
            return self._interviewed(m, p) if m is not None else None
        x = self.ent_first.get(k)
        if x is None or x.type != "PERSON" and not x.actor_code or \
                not self._agrees(x.text, x.type, x.how, agrees):
            return None
        return self._person_at(x, k, p)

    def _pronoun_end(self, k: int) -> bool:
        """The word at k ends in ه، ها or هم as written (a pronoun; not a ta marbuta, كلمة)."""
        return self.toks[k].text.translate(FOLD_KEEP_YA).endswith(("ه", "ها", "هم"))

    def _interviewed(self, m: int, p: int) -> ActorRef | None:
        """The person after مع (or glued to ل) at token `m`, before the comma at `p`."""
        k = m + 1 if self.folded[m] in ("مع", "ل") else m
        x = self.ent_first.get(k)
        if k >= p or x is None or x.type != "PERSON" or self._outlet_at(k):
            return None
        return self._person_at(x, k, p)

    def _person_at(self, x: Entity, k: int, p: int) -> ActorRef:
        """The actor x named at token k (a title: the name after it, before the comma at p;
        a bare title: the person named with it before), as a speaker."""
        if x.how == "title":
            name = self._name_after_title(x, self._np(k, p))
            if name is not None:
                return name
        return self._named(x.ref())

    def _outlet_at(self, k: int) -> bool:
        """An outlet names the interviewer: «عكاظ» in marks, الصحيفة، قناة العربية."""
        x = self.ent_first.get(k)
        head = strip_al(strip_conj(self.folded[k]))
        if head.startswith("ل") and head[1:] in self.gw.outlet_nouns:
            head = head[1:]
        return k in self.mark_open or head in self.gw.outlet_nouns or \
            x is not None and strip_al(fold(x.text).split()[0]) in self.gw.outlet_nouns

    def _pair_member(self, x: Entity, stem: str | None) -> bool:
        """x may be one of the two a dual stands for: a named person (for a title dual, one
        whose mention holds that title or calls him a counterpart, نظيره); for a pair noun
        also an organisation or country with a code."""
        if x.type == "PERSON" and x.how != "title":
            if stem is None:
                return True
            return any(v in (stem, "ال" + stem) or strip_conj(v) in (stem, "ال" + stem) or
                       v.startswith("نظير") for v in fold(x.text).split())
        return stem is None and x.type in ("ORG", "GPE") and bool(x.actor_code) and \
            x.how not in ("title", "nisba")

    def _named_organisation(self, ref: ActorRef) -> ActorRef:
        """A bare definite noun (الشركة، الصحيفة) that stands for the organisation the article
        named before with that noun (شركة أرامكو، صحيفة «الحياة»): the nearest one, within a few
        paragraphs, kept at the noun's own span. Not past another one the dictionaries do not
        know (شركة X with no entity), and not when an adjective follows the noun (الصحف
        الأوروبية is not the papers named before)."""
        words = fold(ref.text).split()
        if len(words) != 1 or self._how_of(ref) != "title":
            return ref
        head = strip_al(strip_conj(words[0]))
        r = self._tok_at(ref.start)
        if head == words[0].lstrip("وف") or r + 1 < len(self.toks) and \
                strip_conj(self.folded[r + 1]).startswith("ال"):
            return ref
        x = self._organisation_by_head(head, r)
        return ref if x is None else ActorRef(x.canonical, x.actor_code, ref.text, ref.start,
                                              ref.end, x.actor_id, x.type)

    def _bare_organisation_noun(self, ref: ActorRef) -> ActorRef | None:
        """وقالت المنظمة، وأكدت الحركة: one definite word that is no actor of the dictionaries
        (no title either), standing for the organisation named before with it as its head
        noun (منظمة «هيومن رايتس ووتش»، حركة الشباب الصومالية); None when there is none."""
        words = fold(ref.text).split()
        if len(words) != 1 or ref.actor_code is not None or self._how_of(ref) is not None:
            return None
        w = words[0]
        g = w[1:] if w[:1] in "وف" and w[1:3] == "ال" else w
        head = strip_al(g)
        r = self._tok_at(ref.start)
        nxt = strip_conj(self.folded[r + 1]) if r + 1 < len(self.toks) else ""
        if not g.startswith("ال") or len(head) < 3 or head in self.t.people_plurals or \
                nxt.startswith("ال") and nxt not in self.gw.quote_relatives:
            return None  # (المنظمة التي …: a relative, no adjective)
        x = self._organisation_by_head(head, r)
        if x is None:
            return self._body_that_spoke(head, ref)
        return ActorRef(x.canonical, x.actor_code, ref.text, ref.start, ref.end, x.actor_id,
                        x.type)

    def _body_that_spoke(self, head: str, ref: ActorRef) -> ActorRef | None:
        """وقالت الهيئة with no organisation of the dictionaries before: the body that spoke in
        an earlier quote, named by a phrase the dictionaries do not know whose head noun is
        `head` (أعلنت هيئة حقوق الإنسان أنها …، التحالف الوطني العراقي): that phrase, within a
        few paragraphs; None when none spoke (the noun then speaks for itself, never a person
        named with it). Not for a document (وأوضح البيان: another statement, maybe)."""
        if head in self.t.document_nouns:
            return None
        for _, x in reversed(self.said):
            if x is None or x.start >= ref.start:
                continue
            if ref.start - x.end > ORG_ANTECEDENT_CHARS:
                return None
            words = fold(x.text).split()
            # (a head in construct or with its adjective: هيئة حقوق الإنسان، مصدر أمني،
            # المصادر الخاصة; not المؤلف كيف, a phrase run on into other words)
            if len(words) > 1 and x.actor_code is None and x.type in (None, "ORG") and \
                    head in forms(strip_conj(words[0])) and x.canonical == x.text and \
                    (not strip_conj(words[0]).startswith("ال") or words[1].startswith("ال")):
                return ActorRef(x.canonical, None, ref.text, ref.start, ref.end, None, x.type)
        return None

    def _organisation_by_head(self, head: str, r: int) -> Entity | None:
        """The nearest organisation before token `r` (within `ORG_ANTECEDENT_CHARS`) with a
        code whose head noun is `head` (folded, no article): its first word (البنك المركزي
        الصيني for البنك) or the word right before it, outside the entity (منظمة «هيومن رايتس
        ووتش»، حركة «حماس» for المنظمة، الحركة; not before a nisba, الشعب الصيني). None past a bare `head` with no organisation
        after it (شركة الحمادي: one the dictionaries do not know)."""
        pos = self.toks[r].start
        k = r - 1
        while k >= 0 and pos - self.toks[k].end < ORG_ANTECEDENT_CHARS:
            x = self.ent_last.get(k)
            if x is not None and x.type == "ORG" and x.actor_code and (
                    x.how != "title" and (head in forms(fold(x.text).split()[0]) or
                                          x.how != "nisba" and head in self._word_before(x))
                    or self._genitive_head(x, head)):  # (بنك الشعب الصيني)
                return x
            f = self.folded[k]
            if f == head or f[:1] in "وف" and f[1:] == head:
                return None
            k -= 1
        return None

    def _genitive_head(self, x: Entity, head: str) -> bool:
        """The organisation x opens with a word of the cues' `construct_head` list in construct
        with `head` (قوات التحالف، مقاتلات التحالف العربي، وزارة التجارة): its second word is
        ال + head, so التحالف، التجارة name it again."""
        words = fold(x.text).split()
        return len(words) >= 2 and words[1] == "ال" + head and \
            bool(forms(words[0]) & self.t.construct_heads)

    def _word_before(self, x: Entity) -> frozenset[str]:
        """forms() of the word right before entity x, past an opening quote mark (منظمة «…»);
        empty when x starts inside its token (a glued preposition)."""
        t = self._tok_at(x.start)
        if x.start != self.toks[t].start:
            return frozenset()
        p = t - 1
        if p >= 0 and self.toks[p].text in ("«", '"', "“"):
            p -= 1
        if p < 0 or self.toks[p].kind != "word" or self.toks[p].sentence != self.toks[t].sentence:
            return frozenset()
        return forms(self.folded[p])

    def _construct_after(self, ref: ActorRef) -> list[frozenset[str]]:
        """The genitive words that go on an indefinite title the entity does not cover (رئيس
        جهاز الأمن القومي): an antecedent must carry them too."""
        if fold(ref.text).split()[-1].lstrip("وف").startswith("ال"):
            return []
        out: list[frozenset[str]] = []
        i = self._tok_at(max(ref.start, ref.end - 1)) + 1
        while i < len(self.toks) and len(out) < 3 and self.toks[i].kind == "word":
            f = self.folded[i]
            if f in self.stops or f in self.t.complementizers or self.t.lookup(f) is not None or \
                    i in self.ent_first and self.ent_first[i].type == "PERSON":
                break
            out.append(forms(f))
            if f.startswith("ال"):
                break  # the genitive ends with its first definite noun
            i += 1
        return out

    def _named_after(self, ref: ActorRef) -> Entity | None:
        """The named person a title goes on to (الرئيس العام لهيئة … الدكتور عبد الرحمن السند،):
        within 14 tokens of the same clause, before a comma or a cue."""
        t = self._tok_at(max(ref.start, ref.end - 1)) + 1
        prep = False  # a preposition on the way: only a name set off by a comma then counts
        for i in range(t, min(t + 14, len(self.toks))):
            g = self.folded[i]
            if self.toks[i].sentence != self.toks[t - 1].sentence or \
                    self.toks[i].text in CLAUSE_PUNCT or g in self.t.complementizers \
                    or self.t.lookup(g) is not None or i in self.mark_open or \
                    self.toks[i].text in ":«»\"“”":
                return None  # (وقال المتحدث «السيد X …»: a name inside the quote is not his)
            if i > t and self.folded[i - 1] in self.stops and \
                    any(sg.kind == "enclitic" for sg in self.toks[i].segments):
                return None  # في لقائه الرئيس X: whom he met (not رئيسة تحريرها X)
            prep = prep or (g in self.stops or strip_conj(g) in self.stops or
                            g.startswith("لل")) and \
                g not in self.TITLE_LINKS
            if self._addressee_word(i):
                return None  # وأكد الملك لنظيره الفرنسي: the one he spoke to, not the king
            x = self.ent_first.get(i)
            if x is not None and x.type == "PERSON" and x.how != "title" and i == t and \
                    not fold(ref.text).split()[-1].lstrip("وف").startswith("ال"):
                continue  # محامي كلينتون X: the name right after an indefinite title is its owner
            if x is not None and x.type == "PERSON" and x.how != "title":
                if i > t and self._own_office(x, i):
                    return None  # في حضور وزير الخارجية X: a name with its own office
                z = self._tok_at(max(x.start, x.end - 1)) + 1
                if prep and not any(self.toks[k].text in CLAUSE_PUNCT
                                    for k in range(z, min(z + 3, len(self.toks)))):
                    return None
                return x
        return None

    def _own_office(self, x: Entity, i: int) -> bool:
        """The named person at token `i` opens with an office of its own (وزير الخارجية X), not
        a military or police rank (العقيد X) that may follow a spokesman's title."""
        return bool(forms(self.folded[i]) & self.t.title_words) and \
            not (x.actor_code or "").endswith(("MIL", "COP"))

    # words that may stand between a title and the name it introduces (السفير السعودي لدى مصر
    # أحمد قطان، السيناتور … في مجلس الشيوخ، بوب كوركر); any other preposition ends the title
    TITLE_LINKS = frozenset(fold(w) for w in ("لدى", "في", "ل", "لـ", "،", ","))

    def _titled_by(self, x: Entity, words: list[frozenset[str]]) -> bool:
        """The title words all stand in the 12 tokens of x's sentence before it (or in x
        itself), with no other named person, other preposition or verb of speech between, and
        the head definite or in construct (وزير الخارجية البريطاني فيليب هاموند; not دبلوماسي
        أميركي … مع كيري)."""
        f = self._tok_at(x.start)
        z = self._tok_at(max(x.start, x.end - 1))
        a = f
        while a > 0 and a > f - 12 and self.toks[a - 1].sentence == self.toks[f].sentence:
            k = a - 1
            p = self.ent_last.get(k)
            if p is not None and p.type == "PERSON" and p.how != "title" and p is not x:
                break
            g = self.folded[k]
            if (g in self.stops or strip_conj(g) in self.stops) and g not in self.TITLE_LINKS or \
                    self.t.lookup(g) is not None or self.toks[k].text in ".؟?!؛;:«»\"“”" or \
                    g in self.t.complementizers:
                break  # وقالت المصادر إن «الطيب …»: the name inside the speech has no title
            a -= 1
        seen: set[str] = set()
        for k in range(a, z + 1):
            g = self.folded[k]
            definite = g.startswith("ال") or k + 1 <= z and self.folded[k + 1].startswith("ال")
            if definite:
                seen |= forms(g)
        return all(w & seen for w in words)

    def _title_of(self, title: Entity, ref: ActorRef) -> bool:
        """The title stands right before the speaker's name, in one phrase (at most four tokens
        between: المتحدث الرسمي للمركز رأفت الصباغ)."""
        if title.end > ref.start or self.doc.sentence_at(title.start) != \
                self.doc.sentence_at(ref.start):
            return False
        return self._tok_at(ref.start) - self._tok_at(max(title.start, title.end - 1)) <= 5

    def _how_of(self, ref: ActorRef) -> str | None:
        i = bisect.bisect_left(self.ent_starts, ref.start)
        while i < len(self.ents) and self.ents[i].start == ref.start:
            if self.ents[i].end == ref.end:
                return self.ents[i].how
            i += 1
        return None

    def _agrees(self, text: str, typ: str | None, how: str | None, want: str) -> bool:
        """Whether a verb form agreeing as `want` ("m", "f", "p" or "" for unknown) may have
        this actor as its dropped subject. Only clear cases disagree: a feminine or plural head
        noun (الوزارة، القيادات، المواطنين) with a masculine verb, a masculine title or body
        (الوزير، الجيش) or a human plural with a feminine one, a single person with a plural."""
        if not want:
            return True
        got = self._gender_number(text, typ, how)
        return got is None or got == want

    def _gender_number(self, text: str, typ: str | None, how: str | None) -> str | None:
        if how is None:
            typ = None  # a phrase, not an actor mention: its type is that of a word inside it
        words = [w for w in fold(text).split() if w.strip("«»\"“”()")]
        if not words:
            return None
        first = words[0].strip("«»\"“”(")
        head = strip_al(strip_conj(first)) if first[:1] in "وف" and len(first) > 3 else \
            strip_al(first)
        common = first.startswith("ال") or how == "title" or typ == "ORG" or len(words) > 1 and \
            typ != "PERSON"
        if typ == "GPE":
            return "f"  # قالت واشنطن، أكدت طهران
        if typ == "PERSON" and how != "title":
            # a named person: only a title in front tells (الناشطة X، الوزير X)
            if not forms(first) & self.t.title_words:
                return None
            return "f" if head.endswith("ه") else "m"
        if head in self.t.people_plurals:
            return None  # سكان … وأضافوا، عائلات … أكدت: a plural of people takes either
        if not common or len(head) < 3:
            return None
        noun = how == "title" or typ is None or first.startswith("ال")
        if noun and (head.endswith("ون") or head.endswith("ين") and len(head) > 4):
            return "p"  # المواطنين، المسؤولون (not a name such as البنتاغون)
        if head.endswith("ه") or head.endswith("ات"):
            return "f"  # الوزارة، الحكومة، القيادات
        if typ in ("ORG", "PERSON") and (how == "title" or first.startswith("ال")):
            return "m"  # الجيش، المركز، الوزير (a name such as حماس may take either)
        return None  # a bare phrase: a broken plural (المصادر) may take either

    def _quoted(self, pos: int) -> bool:
        """`pos` lies inside a quote mark span or an extracted quote (its actors do not speak)."""
        if self.inside[self._tok_at(pos)]:
            return True
        return any(s <= pos < e for s, e in self.state.quoted[-50:])

    def _other_party(self, pos: int) -> ActorRef | None:
        """من جهته: the latest actor mentioned before the sentence who is not the last speaker."""
        current = self.state.speaker.canonical if self.state.speaker else None
        i = bisect.bisect_left(self.ent_starts, pos) - 1
        fallback = None
        while i >= 0:
            ent = self.ents[i]
            i -= 1
            if ent.canonical == current:
                continue
            if ent.type == "PERSON":
                return ent.ref()
            fallback = fallback or (ent.ref() if ent.type == "ORG" else None)
        return fallback or self.state.speaker

    # -- output ----------------------------------------------------------------------------------
    def _according(self, k: int) -> ActorRef | None:
        """… ، بحسب وكالة الأنباء: the reporting source named after the content."""
        n = len(self.toks)
        while k < n and self.toks[k].text in CLAUSE_PUNCT:
            k += 1
        if k >= n or not (self.folded[k] in self.t.according
                          or strip_conj(self.folded[k]) in self.t.according):
            return None
        for j in range(k + 1, min(n, k + 3)):  # بحسب وكالة …، وفق ما ذكرت الوكالة
            ent = self.ent_first.get(j)
            if ent is not None and self.toks[j].sentence == self.toks[k].sentence:
                return ent.ref()
        return None


    def _late_speaker(self, k: int, b: int, late):
        """A speaker phrase after the addressee (وأوضح لـ«…» أمين عام الغرفة أن): several words,
        or one that is an actor or a speaking noun (not a verb such as نشرت after the outlet)."""
        if late is None and k < b:
            k = self._past_time(k, b)  # لـ«…» أول من أمس أمين عام …: the time, then the speaker
        if late is None and k < b and self._np_start_ok(k):
            e = self._np(k, b)
            if e > k and (self._words(k, e) > 1 or k in self.ent_first or self._speaker_like(k)):
                return (k, e)
        return late
