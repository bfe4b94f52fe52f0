"""Who speaks: speaker noun phrases, SVO subjects, addressees, implicit subjects, sources.

A mixin of `DocumentQuotes` (marsad.quotes.extract): the methods read the same token arrays
(`toks`, `folded`, `ent_first`, `ent_last`, `mark_open`) and attribution state.
"""

from __future__ import annotations

import bisect

from marsad.document import ActorRef, Document, Entity
from marsad.quotes.grammar import (AUX, CLAUSE_PUNCT, PREP_PRONOUN, PREPS, PRON_PREP, PRONOUNS,
                                   QUANTIFIERS, RELATIVES, forms, strip_al, strip_conj)
from marsad.text.normalize import fold

MAX_NP = 12  # words in a speaker noun phrase
# Words that open a clause whose subject may stand before its verb (لكن طهران أكدت أنها …).
CLAUSE_LINKS = frozenset(fold(w) for w in ("لكن", "ولكن", "لكنّ", "بينما", "فيما", "حيث", "ثم",
                                           "إذ"))
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
        if f in PREPS or g in PREPS or f in self.t.complementizers or f in RELATIVES:
            return False
        if f in PRON_PREP or f in PREP_PRONOUN or g in PREP_PRONOUN or any(
                x.kind == "proclitic" and fold(x.text) in ("ب", "ل", "لل", "ك")
                for x in tok.segments):
            return False  # قال له …، قال لأصدقائه …: the addressee
        if f in PRONOUNS or strip_al(f) in self.t.object_nouns or f in self.t.object_nouns:
            return False
        if self.t.lookup(f) is not None or self._has_tanween(k) or f in self.t.according:
            return False
        return not self._is_adverb(k)

    def _np(self, k: int, b: int, through_commas: bool = False) -> int:
        """End (exclusive token index) of the noun phrase starting at `k`."""
        i, end = k, k
        while i < b and self._words(k, i) < MAX_NP:
            tok, f = self.toks[i], self.folded[i]
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
                if ent.type == "PERSON" and not (i < b and self.toks[i].text in CLAUSE_PUNCT):
                    break  # أبلغ الصفدي السفيرَ …: a new phrase (the object) may follow the name
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
            if i > k and g == "ل" and (i + 1 in self.mark_open or i + 1 in self.ent_first):
                if forms(self.folded[k]) & self.t.speaker_nouns:
                    break  # مصدر مطلع لـ«الشرق الأوسط»: the paper is the addressee
                i += 1
                continue
            if g == "من" and i == k + 1 and forms(self.folded[k]) & QUANTIFIERS:
                i += 1  # عدد من الشباب، أحد من …
                continue
            if f in PREPS or g in PREPS or f in self.t.complementizers or f in RELATIVES:
                break
            if self._is_cue(i, b) or self._has_tanween(i) or self._is_adverb(i):
                break
            if f in self.t.according or g in self.t.according:
                break
            i = end = i + 1
        return end

    def _ref_from_np(self, k: int, e: int, introduced: bool = True, describes: bool = False
                     ) -> ActorRef | None:
        """The speaker a noun phrase names. `introduced`: the content follows the phrase at once
        (قال X إن), so a phrase naming someone unknown to the dictionaries is safe to take."""
        head = forms(self.folded[k]) if self.toks[k].kind == "word" else frozenset()
        if head & self.t.object_nouns or self.folded[k] in self.t.honorifics:
            return None
        s0, s1 = self.toks[k].start, self.toks[e - 1].end
        inside = [x for x in self.ents if s0 <= x.start and x.end <= s1]
        persons = [x for x in inside if x.type == "PERSON" and not self._prep_before(x)
                   and (self._titled(k, self._tok_at(x.start)) or self._apposition(x))]
        if persons:
            return persons[0].ref()
        free = [x for x in inside if not self._prep_before(x)]
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
        if self._words(k, e) > 6:  # keep the head and the name: سانغاي رينا مدير عام …
            z = self._trim(s0, self.toks[self._nth_word(k, e, 6)].end)[1]
            text = self.doc.text[s:z]
        return ActorRef(text, inner.actor_code if inner else None, text, s, z)

    def _nth_word(self, k: int, e: int, n: int) -> int:
        seen = 0
        for i in range(k, e):
            if self.toks[i].kind in ("word", "latin", "number"):
                seen += 1
                if seen == n:
                    return i
        return e - 1

    def _verb_subject_before(self, c: int, a: int, comma_ok: bool = False) -> ActorRef | None:
        """The subject of the verb that opens the sentence, when the cue continues it:
        استنكرت الأمانة العامة … وقالت إنها / ومضى الفيصل قائلاً. With `comma_ok` (a participle
        cue), the subject's phrase may end with a comma before it: أكد ذلك الوزير، مشيراً إلى."""
        w = a
        while w < c and (self.toks[w].kind == "punct" or self._is_adverb(w)):
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
        if f in PREPS or strip_conj(f) in PREPS or f in self.t.complementizers:
            return None
        e = self._np(k, c)
        if e <= k:
            return None
        adjacent = e == c or comma_ok and all(self.toks[i].text in CLAUSE_PUNCT
                                              for i in range(e, c))
        # عضو اللجنة الوطنية سعد القرشي: the named person; away from the cue, the actor named in
        # the phrase (الجناح العسكري لحركة حماس) rather than a bare phrase that may run on
        ent = self.ent_first.get(k) or next(
            (x for i in range(k + 1, e) if (x := self.ent_first.get(i)) is not None
             and (x.type == "PERSON" or not adjacent)), None)
        if ent is not None and ent.how == "title":
            # المستشار الاقتصادي الدكتور يوسف الزامل: the person the title introduces
            t = self._tok_at(ent.end - 1) + 1
            ent = next((x for i in range(t, min(t + 3, c)) if (x := self.ent_first.get(i))
                        is not None and x.type == "PERSON" and x.how != "title"), ent)
        # أعلن الجناح العسكري … مسؤوليته عن العملية، مضيفاً أن: a participle after a comma goes
        # on with the subject of the opening verb of speech past its object, or with a named
        # person subject of another verb (يتفق الدكتور يوسف الزامل مع …، مضيفاً أن)
        speech_opening = comma_ok and (self._is_cue(w, c) or
                                       (ent is not None and ent.type == "PERSON"))
        if not adjacent and any((self.toks[i].text in CLAUSE_PUNCT and not speech_opening) or
                                self.folded[i] in self.t.filler_stops or
                                strip_conj(self.folded[i]) in self.t.filler_stops
                                for i in range(e, c)):
            return None  # …، لكنه أضاف: another clause, whose subject is someone else
        if ent is not None:
            return ent.ref()
        if self._words(k, e) > 4 or not adjacent:
            return None  # a bare noun phrase counts only right before the cue: ومضى الفيصل قائلاً
        return self._ref_from_np(k, e, introduced=True)

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
        while p >= a and self.folded[p] in AUX:
            p -= 1
        if p > a and self.toks[p].text in CLAUSE_PUNCT:  # an apposition set off by commas
            q = p - 1
            while q > a and q > p - 10 and self.toks[q].text not in CLAUSE_PUNCT:
                q -= 1
            if q > a and self.toks[q].text in CLAUSE_PUNCT and q - 1 in self.ent_last:
                p = q - 1
        if p < a:
            return None
        if p in self.ent_last:
            ent = self.ent_last[p]
            f = self._tok_at(ent.start)
        else:
            opener = next((o for o, (_, close) in self.mark_open.items() if close == p), None)
            if opener is None or not self._name_like(opener):
                return None
            ent, f = None, opener
        if f == a or self.toks[f - 1].text in CLAUSE_PUNCT or self.folded[f - 1] in ("و", "ف") \
                or self.folded[f - 1] in AUX or self.folded[f - 1] in CLAUSE_LINKS \
                or (ent is not None and ent.start > self.toks[f].start
                    and self.folded[f][0] in "وف"):
            return ent.ref() if ent is not None else self._raw_ref(f + 1, p)
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
                return x.ref() if x is not None else None
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
            if first and self.folded[p] not in PREPS and strip_conj(self.folded[p]) not in PREPS:
                return ent
        return None

    def _implicit(self, pos: int) -> tuple[ActorRef | None, str | None]:
        subj = self.last_subject(self.doc, pos)
        if subj is not None and (subj.start in self.state.not_subjects or self._quoted(subj.start)):
            subj = None
        if subj is not None and subj.start > self.state.speaker_pos:
            return subj.ref(), "coref"
        if self.state.speaker is not None:
            return self.state.speaker, "carried"
        return (subj.ref(), "coref") if subj is not None else (None, None)

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
        if late is None and k < b and self._np_start_ok(k):
            e = self._np(k, b)
            if e > k:
                return (k, e)
        return late
