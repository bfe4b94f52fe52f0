"""Find quotes in one Document and attribute each to its speaker.

The reading is cue-driven. For every speech cue (a reporting verb, participle, or a
report-through-source verb, from `cues.json`) the words after it are read as

    CUE [speaker] [filler: في مؤتمر صحافي، لـ«الشرق الأوسط»…] INTRODUCER CONTENT

where the introducer is a colon, a complementizer (أنّ/إنّ/بأن), one of the cue's own
prepositions (أشار إلى، شدد على، وصف بـ) or a quote mark straight after the cue. Three shapes have
no cue before the quote: `ACTOR: «…»` (headlines), `«…»، قال X` (the quote first) and a sentence
that is one long quote right after a quote (the speaker goes on). A quote-marked span is a quote
only when one of these governs it or it sits inside reported content; every other «…» (names of
papers, campaigns, hashtags, titles) is left alone.

The speaker (`speakers.SpeakerMixin`) is, in order: an actor just before a finite verb (SVO), the
noun phrase after it (VSO), the speaker of an earlier quote in the same sentence (participles:
مضيفاً), the other party after من جهته, or the implicit subject carried over from earlier
sentences and paragraphs. The implicit subject must agree with the cue's form (قال m, قالت f,
قالوا p), and a bare title is resolved to the person the article names with it (`_named`).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Callable

from marsad.document import ActorRef, Document, Entity, Quote
from marsad.quotes.cues import Cue, CueTable
from marsad.lexicon.grammar import GrammarWords, grammar_words
from marsad.quotes.grammar import (CLAUSE_PUNCT, DAMMA, END_PUNCT, FATHATAN, SHADDA,
                                   fold_keeping_shadda, forms, prep_pronouns, strip_al,
                                   time_phrase_index)
from marsad.quotes.marks import Mark, find_marks
from marsad.quotes.speakers import FOLD_KEEP_YA, MAX_NP, ORG_ANTECEDENT_CHARS, SpeakerMixin
from marsad.text.normalize import DROPPED_CHARS, fold, strip_conj

QUOTABLE_KINDS = ("body", "headline")
_FOLD_CACHE_LIMIT = 200_000  # entries of a `fold_cache` before it is emptied  # never pull_quote, credit, caption, dateline
MAX_GAP = 12  # filler words allowed between a cue (and its speaker) and the introducer
MAX_SUBJECT_WORDS = 6  # words of a subject between a speech verb and its أن
DIRECT_REACH = 16  # tokens a direct-only cue (ومضى X في حديثه …) may stand before «…» or ':'
NAME_MAX_WORDS = 4  # a marked span this short, with no cue governing it, is a name


@dataclass
class _Content:
    """What one cue introduces: (kind, start, end) quote spans and the token index after them."""

    spans: list[tuple[str, int, int]]
    next: int
    first: int  # token index where the introducer starts
    via_prep: bool = False
    addressee: ActorRef | None = None
    late_speaker: tuple[int, int] | None = None  # a speaker phrase found after the addressee
    source: tuple[int, int] | None = None  # نقلا عن X: X speaks, the cue's subject reports


@dataclass
class _State:
    """Cross-sentence attribution state for one document."""

    speaker: ActorRef | None = None
    speaker_pos: int = -1  # offset of the cue that last made `speaker` speak
    not_subjects: set[int] = field(default_factory=set)  # starts of objects/addressees
    quoted: list[tuple[int, int]] = field(default_factory=list)  # spans of quotes found so far


class DocumentQuotes(SpeakerMixin):
    """Extracts the quotes of one Document (built per document; holds no global state)."""

    def __init__(self, doc: Document, table: CueTable,
                 last_subject: Callable[[Document, int], Entity | None] | None = None,
                 fold_cache: dict[str, str] | None = None,
                 grammar: tuple[GrammarWords, frozenset[str]] | None = None):
        """`fold_cache`: token text -> (`folded_token(text, table)`, the cue it is), kept by
        the caller across documents coded with the same `table` (the stage's; words repeat).
        `grammar`: the grammar words of the stage's lexicon set and their `prep_pronouns`
        (default: those of the set in use)."""
        self.doc = doc
        self.t = table
        # the closed word lists of grammar.json (a preposition carrying a pronoun: built from two)
        self.gw, self.prep_pronouns = grammar or (grammar_words(), prep_pronouns())
        self.stops = self.gw.speaker_stops  # (read at almost every word of a speaker phrase)
        self.toks = doc.tokens
        # each token folded, and `table.lookup` of that (read for every word of every sentence)
        self.folded, self.cue_at = _folded_tokens(self.toks, table,
                                                  {} if fold_cache is None else fold_cache)
        self.starts = [t.start for t in self.toks]
        self.ents = sorted((e for e in doc.entities if not self._participle_entity(e)),
                           key=lambda e: (e.start, -e.end))
        self.ent_starts = [e.start for e in self.ents]
        self.ent_first: dict[int, Entity] = {}  # token index -> longest entity starting there
        self.ent_last: dict[int, Entity] = {}  # token index -> entity ending in it
        for e in self.ents:
            a, z = self._tok_at(e.start), self._tok_at(max(e.start, e.end - 1))
            self.ent_first.setdefault(a, e)
            self.ent_last.setdefault(z, e)
        self.last_subject = last_subject or self._fallback_subject
        self.state = _State()
        self.things: set[int] = set()  # starts of non-human subjects (لافتات تقول): not carried
        # ذكرت الصحيفة أن الوزير قال إن …: inner cue token -> the outer speaker, its reporter
        self.nested_reporters: dict[int, ActorRef] = {}
        self.nested_cue = -1  # the inner cue _after_that last left its content to
        self.said: list[tuple[int, ActorRef]] = []  # (cue token, speaker) of each quote so far
        # (start, end, canonical) of a speaker that is two or more -> its members
        self.pair_members: dict[tuple[int, int, str], list[ActorRef]] = {}
        self.given_name_at: set[int] = set()  # a woman's name that is also a word opens there
        self.chain_titles: set[int] = set()  # a plural title heading a construct chain
        self.mark_open: dict[int, tuple[Mark, int]] = {}  # open token -> (mark, close token)
        self.mark_close: dict[int, int] = {}  # close token -> open token
        self.inside = [False] * len(self.toks)
        self._find_marks()

    def _participle_entity(self, e: Entity) -> bool:
        """مشيرين read as "field marshals" by the actors stage: a one-word entity that is a
        participle of speech after a comma is the cue, not an actor."""
        i = bisect.bisect_right(self.starts, e.start) - 1
        if i < 1 or self.toks[i].start != e.start or self.toks[i].end != e.end:
            return False
        cue = self.cue_at[i]
        return cue is not None and cue.form == "participle" and \
            self.toks[i - 1].text in CLAUSE_PUNCT

    # -- indexing helpers ------------------------------------------------------------------------
    def _tok_at(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def _find_marks(self) -> None:
        for b in self.doc.blocks:
            if b.kind not in QUOTABLE_KINDS:
                continue
            for m in find_marks(self.doc.text, b.start, b.end):
                o, c = self._tok_at(m.open), self._tok_at(m.close)
                self.mark_open[o] = (m, c)
                self.mark_close[c] = o
                for i in range(o + 1, c):
                    self.inside[i] = True

    def _words(self, i: int, j: int) -> int:
        return sum(1 for k in range(i, j) if self.toks[k].kind in ("word", "latin", "number"))

    def _name_like(self, o: int) -> bool:
        """A short marked span with no speech in it: a name or a title, not a quote."""
        m, c = self.mark_open[o]
        if self._words(o + 1, c) > NAME_MAX_WORDS:
            return False
        ent = self.ent_first.get(o + 1)
        if ent is not None and ent.end >= self.toks[c - 1].end:
            return True  # «سي إن إن»: a known name, whatever words it holds
        return not any(self.folded[k] in self.t.complementizers or self.t.lookup(self.folded[k])
                       for k in range(o + 1, c))

    def _after_name_noun(self, o: int) -> bool:
        p = o - 1
        if p >= 0 and self.folded[p] in ("ل", "ب", ":"):  # لـ«…»، بعنوان: «…»
            p -= 1
        if p < 0:
            return False
        f = self.folded[p]
        fs = forms(f) | (forms(f[1:]) if f[:1] in ("ل", "ب") and len(f) > 3 else frozenset())
        if fs & self.t.name_nouns:
            return True  # حملة «…»، لشبكة «…»، بعنوان «…»
        # في كتابه «…»، روايتها «…»: a possessed name noun right before a short span not opened
        # by أن (a title may hold a participle: «ذاكرة المدينة»); a long or colon-led span after
        # مقاله is the column quoted
        _, c = self.mark_open[o]
        return p == o - 1 and self._words(o + 1, c) <= NAME_MAX_WORDS and \
            self.folded[o + 1] not in self.t.complementizers and \
            bool(self._possessed_stems(strip_conj(f)) & self.t.name_nouns)

    @staticmethod
    def _possessed_stems(f: str) -> frozenset[str]:
        """The noun under a possessive pronoun: كتابه → كتاب، روايتها → روايه (ة folds to ه)."""
        for suffix in ("هما", "هم", "ها", "ه"):
            if f.endswith(suffix) and len(f) - len(suffix) >= 3:
                stem = f[:-len(suffix)]
                return frozenset((stem, stem[:-1] + "ه")) if stem[-1] == "ت" else frozenset((stem,))
        return frozenset()

    def _prep_before(self, e: Entity) -> bool:
        """The entity is governed by a preposition (so it is not a subject)."""
        i = self._tok_at(e.start)
        tok = self.toks[i]
        before = fold(self.doc.text[tok.start:e.start])  # a proclitic glued to the name
        if e.start > tok.start and any(ch in "بلك" for ch in before):
            return True
        if e.start == tok.start and self.folded[i].startswith("لل") and len(self.folded[i]) > 4:
            return True  # للمقاومة: an entity whose span took in its preposition
        if i > 0 and self.toks[i - 1].sentence == tok.sentence:
            p = self.folded[i - 1]
            return p in self.stops or strip_conj(p) in self.stops
        return False

    def _is_adverb(self, i: int) -> bool:
        f = self.folded[i]
        return f in self.t.adverbs or strip_conj(f) in self.t.adverbs

    def _has_tanween(self, i: int) -> bool:
        return FATHATAN in self.toks[i].text

    # -- the document ----------------------------------------------------------------------------
    def run(self) -> list[Quote]:
        quotes: list[Quote] = []
        ranges = self._sentence_ranges()
        # the words `_document_verb_at` begins with (a document verb, or one after و/ف), so that
        # it is only asked of them: a set test instead of a call for every word
        verbs = self.t.document_verbs
        verb_forms = verbs | {c + w for w in verbs for c in "وف" if len(w) >= 2}
        for si, (a, b) in ranges:
            sent = self.doc.sentences[si]
            if sent.kind not in QUOTABLE_KINDS:
                continue
            self._sentence_speaker: ActorRef | None = None
            i = a
            headed = self._headed_colon(a, b, si) or self._fronted(a, b, si) or \
                self._continued(a, b, si) or self._according_then(a, b, si)
            if headed:
                quotes.extend(headed[0])
                i = headed[1]
            while i < b:
                cue = None
                if not self.inside[i] and self.toks[i].kind == "word":
                    cue = self.cue_at[i]
                    if cue is None and self.folded[i] in verb_forms and \
                            self._document_verb_at(i, b):
                        got = self._parse_document_verb(i, b, si)
                        if got:
                            quotes.extend(got[0])
                            i = max(got[1], i + 1)
                            continue
                if cue is None or self._excluded(i, b) or not self._cue_ok(i, b, cue):
                    i += 1
                    continue
                got = self._parse(i, a, b, cue, si)
                if got:
                    quotes.extend(got[0])
                    i = max(got[1], i + 1)
                else:
                    i += 1
            quotes.extend(self._marks_before_according(a, b, si))
            self._share_main_subject(quotes, a)
        return quotes

    def _share_main_subject(self, quotes: list[Quote], a: int) -> None:
        """وبعدما حذر من أن …، اعتبر حفتر أن …: the speaker of a time clause with no subject of
        its own is the main clause's, named after the comma that ends its content."""
        start = self.toks[a].start
        for q1, q2 in zip(quotes, quotes[1:]):
            if q1.attribution not in ("carried", None) or q2.attribution != "explicit" or \
                    q1.cue_start is None or q2.cue_start is None or q1.start < start:
                continue
            c1, c2 = self._tok_at(q1.cue_start), self._tok_at(q2.cue_start)
            if self._after_time_opener(c1) and c2 >= 2 and \
                    self.toks[c2 - 1].text in CLAUSE_PUNCT and self._tok_at(q1.end - 1) == c2 - 2:
                q1.speaker, q1.attribution = q2.speaker, "explicit"

    def _after_time_opener(self, c: int) -> bool:
        if c >= 1 and self.folded[c - 1] in self.gw.time_clause_openers:
            return True
        return c >= 2 and self.folded[c - 1] in ("ان", "أن") and \
            self.folded[c - 2] in self.gw.time_clause_openers_an

    def _marks_before_according(self, a: int, b: int, si: int) -> list[Quote]:
        """بدّل المقاتلون تكتيكهم «وتخلوا عن … أكثر جرأة»، بحسب X: words in marks inside the
        writer's sentence, then whose they are after an 'according to' word."""
        out: list[Quote] = []
        for o in range(a + 1, b):
            if o not in self.mark_open or self._name_like(o) or self._after_name_noun(o):
                continue
            m, close = self.mark_open[o]
            s, z = self._trim(*m.inner)
            if self._words(o + 1, close) < 6 or any(
                    s < qe and qs < z for qs, qe in self.state.quoted):
                continue
            c = close + 1
            if c >= len(self.toks) or self.toks[c].text not in CLAUSE_PUNCT:
                continue
            while c < len(self.toks) and self.toks[c].text in CLAUSE_PUNCT:
                c += 1
            if c < len(self.toks) and (self.folded[c] in self.t.according or
                                       strip_conj(self.folded[c]) in self.t.according):
                got = self._fronted_according(o, self._sentence_end(c), c, si)
                if got:
                    for q in got[0]:
                        q.kind = "partial"
                    out.extend(got[0])
        return out

    def _sentence_ranges(self) -> list[tuple[int, tuple[int, int]]]:
        """Each sentence with the [first, last + 1) range of its token indices."""
        out = []
        for si, sent in enumerate(self.doc.sentences):
            a = bisect.bisect_left(self.starts, sent.start)
            b = bisect.bisect_left(self.starts, sent.end)
            if a < b:
                out.append((si, (a, b)))
        return out

    def _cue_ok(self, i: int, b: int, cue: Cue) -> bool:
        """Readings that are not speech: a feminine participle that is a noun or an adjective
        (متابعة، مضيفة، مؤكدة) unless marked as an adverb (مؤكدةً), followed by أنّ, a colon or
        a quote, or standing after a comma with its object (`_feminine_participle_after_comma`);
        a verb under دون أن (it was not said) or تستطيع أن (anyone could say it: the writer's
        own voice); a verbal noun after a preposition or عدم;
        a noun with tanween;
        a verb after a relative pronoun (its speaker is the antecedent, left alone here)."""
        f = self.folded[i]
        if cue.only_negated and not self._negated_with_exception(i, b, cue):
            return False  # لم يقل إن …: "he did not say that", no quote
        if cue.form == "participle" and (f.endswith("ه") or f.endswith("تين")):
            nxt = self.folded[i + 1] if i + 1 < b else ""
            if FATHATAN not in self.toks[i].text and nxt not in self.t.complementizers \
                    and nxt != ":" and i + 1 not in self.mark_open and \
                    not self._feminine_participle_after_comma(i):
                return False
        if i >= 2 and self.folded[i - 1] in self.t.complementizers and \
                strip_conj(self.folded[i - 2]) in self.t.no_report_before_an:
            return False
        if cue.form == "finite" and any(m in self.toks[i].text for m in "\u064b\u064c\u064d"):
            return False  # تشددٍ: a noun with tanween, not a verb
        if cue.form == "participle" and f in self.gw.noun_participles and not (
                i + 1 < b and (self.folded[i + 1] in self.t.complementizers or
                               self.folded[i + 1][:1] == "ب")):
            return False  # تتخذ مقراً (a seat), not مقراً بأن (admitting that)
        if cue.form == "finite" and self.toks[i].text.lstrip("وف")[:1] == "إ":
            return False  # إبان (during) beside أبان (he made clear): no past of speech has إ
        if i >= 1 and (strip_conj(self.folded[i - 1]) in self.gw.noun_preps
                       and self.toks[i - 1].sentence == self.toks[i].sentence):
            return False  # قبل وصف الدواء: a verbal noun after a preposition
        if i >= 1 and strip_conj(self.folded[i - 1]) in self.gw.quote_relatives and not (
                cue.form == "finite" and self._relative_antecedent(i, 0, cue)):
            return False  # الذي ترى أنه … (unless an actor before it speaks: see _parse)
        if cue.form == "finite" and i >= 1 and self._thing_before(i - 1):
            return False  # وذلك يشير إلى أن …، مما يؤكد أن …: a fact points to it, nobody speaks
        if i >= 1 and forms(self.folded[i - 1]) & self.t.object_nouns:
            return False  # فضّل عدم ذكر اسمه: a verbal noun, not a cue
        if cue.direct_only and not self._quote_ahead(i, b):
            return False  # ومضى يخدم وطنه: "went on" doing, inside a report it does not end
        return True

    def _negated_with_exception(self, i: int, b: int, cue: Cue) -> bool:
        """لم يقل إلا إن …، ولم يشر الوزير سوى إلى أن …، لم يقولوا إلا: «…»: a negation right
        before the verb at i and, within the next few words of its clause, an exception (إلا،
        سوى) that words follow (أن/إن, a colon, a quote mark, or the verb's preposition and أن);
        not «لو لم يقل X سوى هذه القصيدة» (said nothing but this poem: no words reported)."""
        if i < 1 or self.folded[i - 1] not in self.t.negations:
            return False
        for k in range(i + 1, min(b, i + 6)):
            if self.folded[k] in self.gw.quote_exceptions:
                return self._words_after_exception(k, b, cue)
            if self.toks[k].kind == "punct":
                return False
        return False

    def _words_after_exception(self, k: int, b: int, cue: Cue) -> bool:
        """Words follow the exception at k: أن/إن, a colon or a quote mark, perhaps after the
        verb's preposition (لم يشر سوى إلى أن); not a noun (لم يعلن سوى عن القليل)."""
        n = k + 1
        if n + 1 < b and self.folded[n] in cue.preps:
            n += 1  # لم يشر سوى إلى أن
        return n < b and (self.folded[n] in self.t.complementizers or n in self.mark_open
                          or self.toks[n].text == ":")

    def _quote_ahead(self, i: int, b: int) -> bool:
        """A colon or an opening quote mark within the next few tokens of the clause."""
        for k in range(i + 1, min(b, i + DIRECT_REACH)):
            if self.toks[k].text in END_PUNCT:
                return False
            if k in self.mark_open or self.toks[k].text == ":" and not self._clock_colon(k):
                return True
        return False

    def _is_cue(self, i: int, b: int) -> bool:
        if self.toks[i].kind != "word":
            return False
        cue = self.cue_at[i]
        return cue is not None and self._cue_ok(i, b, cue)

    def _excluded(self, i: int, b: int) -> bool:
        if not forms(self.folded[i]) & self.t.exclude_first:
            return False
        for phrase in self.t.exclude:
            n = len(phrase)
            if i + n <= b:
                got = [self.folded[i + k] for k in range(n)]
                got[0] = got[0] if got[0] == phrase[0] else strip_conj(got[0])
                if tuple(got) == phrase:
                    return True
        return False

    def _switch_before(self, a: int, c: int) -> bool:
        for i in range(a, c):
            for phrase in self.t.switch:
                n = len(phrase)
                if i + n <= c and strip_conj(self.folded[i]) in (phrase[0],) and \
                        tuple(self.folded[i + 1:i + n]) == phrase[1:]:
                    return True
        return False

    # -- one cue ---------------------------------------------------------------------------------
    def _direct_after(self, c: int, a: int, content: _Content) -> bool:
        """The verb opens its clause (with و/ف, or after punctuation) and introduces direct
        words only, with no other cue between (ومضى X في حديثه: «…»; not ومضى X قائلاً: …, whose
        participle is the cue, nor مضى عام … دون أن, nor أشهر مضت «…»: months gone by)."""
        opens = c == a or self.toks[c - 1].kind == "punct" or self.folded[c][:1] in "وف"
        return opens and all(kind == "direct" for kind, _, _ in content.spans) and \
            not any(self.cue_at[k] is not None for k in range(c + 1, content.first))

    def _parse(self, c: int, a: int, b: int, cue: Cue, si: int):
        if cue.role == "source":
            return self._parse_source(c, b, cue, si)
        by_saying = self._by_saying(c) and c + 1 < b and (
            c + 1 in self.mark_open or self.folded[c + 1] in self.t.complementizers)
        if cue.form == "noun" and not (c + 1 < b and self.toks[c + 1].text == ":") and \
                not by_saying:
            return None  # قوله… speaks after a source verb (نقل عن X قوله) or before a colon
        j = c + 1
        np_range = None
        if cue.form == "finite":
            k = j
            while k < b and (self._is_adverb(k) or self.folded[k] == "الاول" and k > j
                             and self.folded[k - 1] == "امس"):  # أمس الأول
                k += 1
            if k < b and self.folded[k] in self.gw.in_it_pps and k + 1 < b and \
                    self.toks[k + 1].kind == "word" and self._np_start_ok(k + 1):
                k += 1  # أكد فيه الرئيس الأمريكي أن …: "in it" (the call), then the speaker
            k = self._past_time(k, b)  # أعلن الأسبوع الماضي أن …: a time phrase, not a speaker
            if self._given_name_after(c, k, b, cue):
                # وقالت وعد الأسد إن …، وقالت أمل الحربي إن …: a woman's name, not the verb
                # وعد nor the noun أمل; the family name goes on to the phrase's end
                np_range = (k, self._np(k, b) if k in self.ent_first else self._np(k + 1, b))
            elif k < b and self._np_start_ok(k) and not (
                    self.folded[k] in self.gw.quote_exceptions and self.folded[c - 1] in self.t.negations):
                # (لم يذكر غير أن …: the exception, no speaker)
                e = self._np(k, b)
                if e > k:
                    np_range = (k, e)
            j = np_range[1] if np_range else k
        self.nested_cue = -1
        content = self._read_content(j, b, cue, only=cue.form == "finite" and
                                     self._only_said(c, j, b))
        if content is not None and cue.direct_only and not self._direct_after(c, a, content):
            content = None
        if content is None:
            if self.nested_cue > c and not cue.first_person:
                outer = self._ref_from_np(*np_range) if np_range else None
                if outer is None and cue.form == "finite":
                    outer = self._subject_before(c, a) or \
                        self._implicit(self.toks[c].start, cue.agrees)[0]
                if outer is not None:
                    self.nested_reporters[self.nested_cue] = self._named(outer)
            return None
        if cue.first_person:  # وأقول لأبي: «…»: the writer's own words, speaker unnamed
            content.spans = [sp for sp in content.spans if sp[0] != "indirect"]
            if not content.spans:
                return None
            return self._emit(content, c, cue, None, None, content.addressee, None, si)
        if cue.form == "finite" and self._impersonal(c, cue, np_range, content):
            # وُصف بأنه …، أُعلن أن …: a passive has no speaker and carries none
            return self._emit(content, c, cue, None, None, content.addressee, None, si)
        if np_range is None and cue.form == "finite" and self._only_said(c, j, b):
            # إذ لم يعلن سوى عن …، ولم يقل إلا إن …: "only", with no subject after the verb (a
            # passive, unseen without its diacritics): the subject of its own clause, if any,
            # never one carried from before
            speaker = self._subject_before(c, a) or self._subject_before(c - 1, a)  # (before لم)
            how = "explicit" if speaker else None
            if speaker is None and (cue.only_negated or self._present_at(c) and
                                    self._words_after_exception(j, b, cue)):
                # a jussive written unlike its present (يقل، يقولوا: never a passive's form), or
                # one written as it (لم يعلن سوى، لم يذكر غير: read as the speaker's, as يقل):
                # ولم تحدد السلطات …، ولم تقل سوى إن …: the subject of the clause before, then
                # the one its pronoun refers to (ولم يقل إلا إن …: the speaker goes on)
                speaker = self._verb_subject_before(c, a, negated_ok=True)
                how = "coref" if speaker is not None else None
                if speaker is None:
                    speaker, how = self._implicit(self.toks[c].start, cue.agrees)
            return self._emit(content, c, cue, speaker, how, content.addressee, None, si)
        speaker, how, addressee = None, None, content.addressee
        if np_range and self.folded[np_range[0]] in self.t.honorifics:
            np_range = None  # وقال سموه: the speaker named before
        antecedent = self._relative_antecedent(c, a, cue) if cue.form == "finite" else None
        if antecedent is not None and (np_range is None or not self._speaker_like(np_range[0])
                                       and not any(i in self.ent_first
                                                   for i in range(*np_range))) and \
                content.late_speaker is None and \
                self.folded[c + 1] not in self.gw.addressee_pps:
            # فيصل، الذي طالما أكد أن …، عن …: the antecedent speaks; the insert ends at its comma
            ref, closed = antecedent
            if closed:
                content.spans = [self._cut_at_comma(sp) for sp in content.spans]
            if np_range:
                self._mark_not_subject(*np_range)
            return self._emit(content, c, cue, ref, "coref", content.addressee, None, si)
        document = self._document_subject(c, a) if cue.form == "finite" and cue.role == "verb" \
            and (np_range is None or not self._speaker_like(np_range[0])) else None
        if document is not None:
            # وثائق حصلت عليها الصحيفة أشارت إلى أن …: the document reports, its author speaks
            author, paper = document
            if np_range:
                self._mark_not_subject(*np_range)
            return self._emit(content, c, cue, author, "explicit" if author else None,
                              content.addressee, paper, si)
        if cue.form == "finite":
            speaker = self._subject_before(c, a)  # وكانت «أبل» قد حذّرت مساهميها …
            if speaker is None and np_range is None:
                speaker = self._author_of_document_after(c, content.first, cue) or \
                    self._author_said_in_it(c, a, cue)
            how = "explicit" if speaker is not None else None
            if speaker is None and np_range is None:
                # وأكدا: the two named before; تلقى X اتصالاً من Y، أكد خلاله: the caller
                speaker = self._two_named_before(c) if cue.dual else \
                    self._caller_before(c) or self._setting_subject(c, a, cue.agrees)
                how = "coref" if speaker is not None else None
                if speaker is None and cue.dual:
                    # قال الجانبان إن …، وشددا: the pair that spoke before goes on
                    speaker = next((x for x in (self._sentence_speaker, self.state.speaker)
                                    if self._pair_like(x)), None)
                    how = "carried" if speaker is not None else None
                if speaker is None and cue.dual:
                    # التقى X Y. وتناولت المباحثات … . وأكدا: the two named further back
                    speaker = self._two_named_before(c, past_empty=True)
                    how = "coref" if speaker is not None else None
                if speaker is None and cue.dual and content.source is None and \
                        content.late_speaker is None and self._dual_subject_before(a, c) is None:
                    # a dual with no two named before: not one of them alone
                    return self._emit(content, c, cue, None, None, addressee, None, si)
            if speaker is not None and np_range:
                self._mark_not_subject(*np_range)  # the phrase after the verb is its object
                np_range = None
            elif speaker is None and np_range and content.via_prep and \
                    self._sentence_speaker is not None and self.folded[c][:1] == "و" and \
                    not self._speaker_like(np_range[0]):
                # أكد الصفدي أن …، ودعا المجتمع الدولي إلى «…»: the verb joined to the speaker's
                # clause goes on with him; the phrase after it is whom he calls on
                addressee = addressee or self._ref_from_np(*np_range, introduced=True)
                self._mark_not_subject(*np_range)
                speaker, how, np_range = self._sentence_speaker, "carried", None
        if np_range and cue.role == "verb" and not cue.describes and \
                not cue.object_is_addressee and content.source is None and \
                content.late_speaker is None and \
                forms(strip_conj(self.folded[np_range[0]])) & self.t.document_nouns:
            author = self._document_author(np_range[0], content.first, linked=True)
            if author is not None:
                # وذكر بيان لـ«جبهة الخلاص» أن …، وأفاد بيان صادر عن وزارة الداخلية أن …: the
                # statement reports, the body that issued it speaks
                return self._emit(content, c, cue, author, "explicit", addressee,
                                  self._document_phrase(np_range[0], content.first), si)
        if np_range:
            introduced = all(self.toks[i].kind == "punct"
                             for i in range(np_range[1], content.first))
            ref = self._ref_from_np(*np_range, introduced=introduced, describes=cue.describes)
            by_that = self.folded[content.first][:1] == "ب" and \
                self.folded[content.first] in self.t.complementizers  # وصف X بأنه …
            if cue.describes and (content.via_prep or by_that) and content.first == np_range[1]:
                split = self._subject_then_object(*np_range)
                ref = self._ref_from_np(np_range[0], split, introduced=True) if split else None
                # وصف بوتين بـ«…»: Putin is described, not speaking; but in ووصفت مصادر طبية
                # الحالة بأنها …، the sources describe and the phrase after them is described
                self._mark_not_subject(split or np_range[0], np_range[1])
            elif cue.object_is_addressee:
                second = self._late_speaker(np_range[1], content.first, None)
                other = self._ref_from_np(*second, introduced=True) if second else None
                if np_range[0] in self.mark_open or other is None:
                    addressee, ref = addressee or ref, other  # أبلغ «الاقتصادية» العساف أن
                    self._mark_not_subject(*np_range)
                else:
                    addressee = addressee or other  # أبلغ الوزير الصحفيين أن
            if ref is not None and not cue.describes and not cue.object_is_addressee:
                # السفير السوداني في القاهرة عبدالمحمود عبدالحليم إلى أن …: the person the
                # title introduces after a place or an insert between commas
                ref = self._name_after_insert(ref, np_range[1], content.first) or ref
                # قال X وY إن …: both speak
                ref = self._joined_speaker(ref, np_range[1], content.first) or ref
            if ref is not None:
                speaker, how = ref, "explicit"
        reporter = None
        if content.source is not None:
            reporter = speaker
            speaker = self._ref_from_np(*content.source, introduced=True, governed=True)
            if speaker is not None and content.source[1] < content.first:
                speaker = self._joined_speaker(speaker, content.source[1], content.first) or \
                    speaker  # قالت الوكالة نقلا عن X وY إن …: both speak
            how = "source" if speaker is not None else None
        if speaker is None and content.late_speaker is not None:
            speaker = self._ref_from_np(*content.late_speaker, introduced=True)
            how = "explicit" if speaker is not None else None
        if speaker is None and cue.form == "noun" and self._by_saying(c):
            # …، فردّ X بقوله: «…»: the subject of the verb right before, in its own clause
            speaker = self._by_saying_subject(c, a)
            how = "explicit" if speaker is not None else None
        if speaker is None and cue.form == "noun" and c >= 1 and (
                strip_conj(self.folded[c - 1]) in self.t.according or self.folded[c - 1] == "حد"):
            # ويقول X، وهو …، حسب قوله: «…» / على حد قوله: "as he says" is an aside; the subject
            # of the sentence's verb speaks, not whoever spoke before
            speaker = self._speech_verb_subject(c, a)
            how = "explicit" if speaker is not None else None
        if speaker is None and cue.form in ("participle", "noun"):
            if addressee is None:
                addressee = self._addressee_before(c, a)
            if self._sentence_speaker is not None:
                speaker, how = self._sentence_speaker, "carried"
            else:
                speaker = self._verb_subject_before(c, a, comma_ok=cue.form == "participle")
                how = "explicit" if speaker is not None else None
        if speaker is None and cue.form == "finite" and self._sentence_speaker is not None:
            speaker, how = self._sentence_speaker, "carried"  # أشار X إلى أن …، وقال "…"
        if speaker is None and cue.form == "finite" and self.folded[c][:1] == "ف":
            speaker = self._asked_before(c, a)  # سألت الوزير عن … فقال: the one asked answers
            how = "coref" if speaker is not None else None
        if speaker is None and cue.form == "finite":
            # من ناحيته حذر X …، وقال: the subject of the opening verb, before the other party
            speaker = self._verb_subject_before(c, a)
            how = "coref" if speaker is not None else None
        if speaker is None and self._switch_before(a, c):
            speaker, how = self._other_party(self.toks[a].start), "coref"
        if speaker is None and cue.agrees == "p":
            # والباحثون لديهم نظريات …، حيث يقولون إن: the plural of people opening the sentence
            speaker = self._plural_topic(a, c)
            how = "coref" if speaker is not None else None
        if speaker is None:
            speaker, how = self._implicit(self.toks[c].start, cue.agrees)
        return self._emit(content, c, cue, speaker, how, addressee, reporter, si)

    def _given_name_after(self, c: int, k: int, b: int, cue: Cue) -> bool:
        """The word at k, right after the feminine verb of saying at c, is a woman's given name
        that is also a verb or a noun (grammar.json `feminine_given_words`: وعد، أمل، هدى) and
        another word of her name follows (وقالت وعد الأسد إن …): the speaker's name opens there,
        though the word alone reads as a cue or a noun no speaker phrase opens with. Marks k
        for `_ref_from_np`. Only where the usual reading finds no phrase (نور العتيبي is one)."""
        if cue.agrees != "f" or k + 1 >= b or self.folded[k] not in self.gw.feminine_given_words \
                or self.toks[k].kind != "word" or self._np_start_ok(k):
            return False
        ent = self.ent_first.get(k)
        alone = ent is not None and ent.type == "PERSON" and ent.how != "title" and \
            ent.start == self.toks[k].start  # وقالت أمل إن …: the person the actors stage found
        if not alone and (not self._np_start_ok(k + 1) or self.folded[k + 1] in self.t.according):
            return False
        self.given_name_at.add(k)
        return True

    def _present_at(self, c: int) -> bool:
        """The cue at c is a present (jussive) form after لم، لن، لا: يعلن، تذكر، يعلنوا (its
        first letter, past a conjunction, ي or ت; a past form after a negation is rare)."""
        f = self.folded[c]
        f = f[1:] if f[:1] in "وف" and len(f) > 3 and self.t.lookup(f[1:]) is not None else f
        return f[:1] in "يت" and self.folded[c - 1] in self.t.negations

    def _only_said(self, c: int, j: int, b: int) -> bool:
        """The cue at c negated (لم، لا، لن, with و) and followed, at token j, by an exception
        (سوى، إلا): لم يعلن سوى …، ولم يقل إلا إن … ("said only")."""
        return c > 0 and j < b and self.folded[j] in self.gw.quote_exceptions and \
            self.folded[c - 1] in self.t.negations

    def _document_verb_at(self, i: int, b: int) -> bool:
        """وجاء في بيان …، وورد في التقرير: a verb of what a document holds (`document_verb`),
        then في and a document noun (bare, definite or with a pronoun: بيانها)."""
        f = self.folded[i]
        if f not in self.t.document_verbs and strip_conj(f) not in self.t.document_verbs or \
                i + 2 >= b or strip_conj(self.folded[i + 1]) != "في":
            return False
        g = self.folded[i + 2]
        return bool((forms(g) | self._possessed_stems(g)) & self.t.document_nouns)

    def _parse_document_verb(self, c: int, b: int, si: int):
        """وجاء في بيان لوزارة الداخلية أن …، ورد في التقرير الصادر عن المنظمة: «…»: the
        document's content is reported; its author (named with it, or the one a pronoun on it
        or after لـ stands for: في بيانها، في بيان لها) speaks and the document is the
        reporter. With no author named the statement is still a quote, with no speaker."""
        d = c + 2
        cue = Cue(self.toks[c].text, "verb", "finite", frozenset())
        content = self._read_content(d + 1, b, cue)
        if content is None:
            return None
        author = self._document_author(d, content.first, linked=True)
        how = "explicit" if author is not None else None
        if author is None:
            g = self.folded[d]
            pronoun = g if not forms(g) & self.t.document_nouns else \
                self.folded[d + 1] if d + 1 < b and \
                self.folded[d + 1] in self.gw.addressee_pps else ""
            agrees = "p" if pronoun.endswith("هم") else "f" if pronoun.endswith("ها") else \
                "m" if pronoun.endswith("ه") else None
            if agrees is not None:  # في بيانها: the one the pronoun stands for
                author, how = self._implicit(self.toks[c].start, agrees)
            elif g.startswith("ال"):  # وجاء في البيان: who spoke في بيان before
                author = self._speaker_of_document_before(d)
                how = "coref" if author is not None else None
        addressee = content.addressee
        if addressee is not None and author is not None and \
                author.start <= addressee.start < author.end + 2:
            addressee = None  # بيان لـ«…»: the author, read after لـ as whom it was said to
        got = self._emit(content, c, cue, author, how, addressee,
                         self._document_phrase(d, content.first), si)
        tok = self.toks[c]
        cs = tok.start + (self.folded[c] not in self.t.document_verbs)  # وجاء، ورد (not و + رد)
        for q in got[0]:
            q.cue, q.cue_start, q.cue_end = self.doc.text[cs:tok.end], cs, tok.end
        return got

    def _speaker_of_document_before(self, d: int) -> ActorRef | None:
        """The definite document noun at `d` (البيان) names again one said in before (قالت
        القيادة في بيان إن …): the speaker of the latest quote whose cue stands before that
        indefinite noun after في/عبر in its sentence, within a few paragraphs."""
        noun = strip_al(self.folded[d])
        pos = self.toks[d].start
        for k in range(d - 1, 0, -1):
            if pos - self.toks[k].end > ORG_ANTECEDENT_CHARS:
                return None
            if self.folded[k] != noun or strip_conj(self.folded[k - 1]) not in ("في", "عبر"):
                continue
            sentence = self.toks[k].sentence
            for cue, speaker in reversed(self.said):
                if cue < k and self.toks[cue].sentence == sentence:
                    return speaker
            return None
        return None

    def _plural_topic(self, a: int, c: int) -> ActorRef | None:
        """A definite plural of people (الباحثون، المحللين، الأهالي) that opens the sentence as
        its topic, no actor of the dictionaries, with a plural cue later in the sentence."""
        w = a
        while w < c and self.toks[w].kind == "punct":
            w += 1
        if w + 1 >= c or self.toks[w].kind != "word":
            return None
        tok, f = self.toks[w], self.folded[w]
        g = strip_conj(f) if f[:1] in "وف" and len(f) > 4 else f
        if not g.startswith("ال") or not (
                len(g) > 6 and g.endswith(("ون", "ين")) or strip_al(g) in self.t.people_plurals):
            return None
        x = self.ent_first.get(w)
        if x is not None:  # الباحثون (a title), الفلسطينيون (a nisba): the word itself
            return x.ref() if x.how in ("title", "nisba") and x.end == tok.end else None
        s = tok.start + len(tok.text) - len(tok.text.lstrip("وف")) if g != f else tok.start
        s, z = self._trim(s, tok.end)
        return ActorRef(self.doc.text[s:z], None, self.doc.text[s:z], s, z)

    def _parse_source(self, c: int, b: int, cue: Cue, si: int):
        """نقلت وكالة «انترفاكس» عن المدير العام لـ«روسنفط»، إيغور سيتشين، قوله إنّ …"""
        j = c + 1
        reporter = None
        e = self._np(j, b) if j < b and self._np_start_ok(j) else j
        if e > j:
            reporter = self._ref_from_np(j, e)
        k = e
        while k < b and k < e + 6 and strip_conj(self.folded[k]) != "عن":
            k += 1
        if k >= b or strip_conj(self.folded[k]) != "عن":
            return None
        s0 = k + 1
        s1 = self._np(s0, b, through_commas=True) if s0 < b else s0
        speaker = self._ref_from_np(s0, s1, governed=True) if s1 > s0 else None
        j = s1
        if speaker is not None and j < b and self.folded[j].startswith("و"):
            # نقلت الوكالة عن X وY قولهما إن …: both speak, the agency reports
            j, speaker = self._joined_source(speaker, j, b)
        if speaker is not None and j < b and self.toks[j].text == "(":
            z = next((z for z in range(j + 1, min(b, j + 8)) if self.toks[z].text == ")"), None)
            if z is not None:
                j = z + 1  # نقلت الشبكة عن المدرب (61 عاماً) قوله: an age or a role in brackets
        while j < b and self.toks[j].text in CLAUSE_PUNCT:
            j += 1
        cue_tok = c
        if j < b:
            noun = self.t.lookup(self.folded[j])
            if noun is not None and noun.form == "noun":
                cue_tok, cue = j, noun
                j += 1
        content = self._read_content(j, b, cue, max_gap=3)
        if content is None:
            return None
        how = "source" if speaker is not None else None
        if speaker is None:
            speaker, how = self._implicit(self.toks[c].start, cue.agrees)
        return self._emit(content, cue_tok, cue, speaker, how, content.addressee, reporter, si)

    def _joined_source(self, ref: ActorRef, j: int, b: int) -> tuple[int, ActorRef]:
        """(the token after the speakers, the speaker): the persons joined to `ref` by و from
        token j up to the verbal noun, أن/إن or colon that opens their words (نقلت الوكالة عن
        X وY قولهما إن …, قالت نقلا عن X وY إن …), as one pair (`_joined_speaker`); (j, ref)
        when none is."""
        for k in range(j + 1, min(b, j + 12)):
            f = self.folded[k]
            cue = self.cue_at[k]
            if f in self.t.complementizers or self.toks[k].text == ":" or \
                    cue is not None and cue.form == "noun":
                pair = self._joined_speaker(ref, j, k)
                return (k, pair) if pair is not None else (j, ref)
            if self.toks[k].text in END_PUNCT:
                break
        return j, ref

    # -- what follows the cue --------------------------------------------------------------------
    def _read_content(self, j: int, b: int, cue: Cue, max_gap: int = MAX_GAP,
                      only: bool = False) -> _Content | None:
        """What the cue introduces, read from token j; `only`: the negated cue's exception
        (سوى، إلا) is at j, and an أن right after it opens the content (لم يعلن إلا أن …)."""
        gap = 0
        addressee = None
        source_np = None
        late = None  # وأوضح لـ«عين اليوم» أمين عام الغرفة …: the speaker after the addressee
        relative = False  # a relative clause in the filler: later actors belong to it
        relative_word, relative_at = "", j  # (its pronoun: الذي، التي، ما, and where)
        pronoun = False  # وهي، وهو: a new clause in the filler
        start = j
        while j < b and gap <= max_gap:
            tok, f = self.toks[j], self.folded[j]
            if j in self.mark_open:
                _, close = self.mark_open[j]
                if (j == start or self._joined_person(start, j) or
                        self._own_words_aside(start, j)) and \
                        not self._after_name_noun(j) and (
                        not self._name_like(j) or self._clause_ends(close + 1, b)):
                    # (قال X وY «…»: the second speaker joined, then the words)
                    return self._from_mark(j, b, "direct", addressee)
                if self._said_in_place(start, j, b):
                    got = self._from_mark(j, b, "direct", addressee)
                    got.late_speaker = late
                    return got
                opens_speech = close > j + 1 and self.folded[j + 1] in self.t.complementizers
                if (self._name_like(j) or self._after_name_noun(j)) and not (
                        opens_speech and self._words(j + 1, close) >= 5):
                    # (قال في بيان هذا الشهر «إن …»: a long «إن …» is speech, not a name)
                    if j > start and self.folded[j - 1][:1] == "ل" and addressee is None:
                        addressee = self._raw_ref(j + 1, close)
                        late = self._late_speaker(close + 1, b, late)
                    j, gap = close + 1, gap + 1
                    continue
                long_speech = self._words(j + 1, close) >= 6 and not self._after_name_noun(j)
                if (gap > 4 and not opens_speech and (pronoun or gap > 10)) or \
                        (relative and not long_speech):
                    return None  # a long «…» after another clause (وهي «…»): not the cue's quote
                got = self._from_mark(j, b, "direct", addressee)
                got.late_speaker = late
                return got
            if tok.text == ":" and not self._clock_colon(j):
                got = self._after_colon(j + 1, b, addressee, j)
                if got is not None:
                    got.late_speaker, got.source = late, source_np
                return got
            if f in self.t.complementizers:
                prev = strip_conj(self.folded[j - 1]) if j > start else ""
                closed = j > start and self.toks[j - 1].text in CLAUSE_PUNCT
                if j > 0 and strip_conj(self.folded[j - 1]) in self.gw.quote_without:
                    # دون أن يخوض في التفاصيل (without): not what the cue reports, nor its verb
                    # a cue (دون أن يذكر X); its words may come after it (أكد دون أن يخوض في
                    # التفاصيل أن …، قال X دون أن يذكر اسم Y الذي … «…»): the filler is counted
                    # again from it, as an insert
                    j, gap = j + 2, 0
                    continue
                if relative and not closed and f == "ان" and j + 1 < b and \
                        not self.folded[j + 1].startswith("ال") and \
                        self.toks[j + 1].kind == "word" and prev not in self.stops:
                    # الذي سبق أن زار …، التي رفضت أن تكشف …: the relative clause's own verb
                    # after its أن; the cue's أن or إن may come after the clause
                    j, gap = j + 1, gap + 1
                    continue
                if (relative and not closed and not self._that_after_relative(j, relative_word,
                                                                         relative_at)) \
                        or (prev in self.stops and prev not in cue.preps and
                                                 not (only and j == start + 1)) or \
                        prev in self.gw.quote_concessives:
                    # إلى أن / بعد أن (until, after), رغم أن (although), or a relative clause's
                    # own أن: not what the cue reports
                    return None
                got = self._after_that(j + 1, b, addressee, j)
                if got is not None:
                    got.late_speaker, got.source = late, source_np
                return got
            if f in self.t.filler_stops or strip_conj(f) in self.t.filler_stops:
                return None
            if f in self.gw.addressee_pps:
                late = self._late_speaker(j + 1, b, late)  # قال له القذافي:
                j, gap = j + 1, gap + 1
                continue
            g = strip_conj(f) if len(f) > 2 else f
            if g in cue.preps or f in cue.preps:
                n = j + 1
                if n < b and self.folded[n] in self.t.complementizers:
                    return self._after_that(n + 1, b, addressee, j)
                if n in self.mark_open:
                    got = self._from_mark(n, b, "partial", addressee)
                    got.late_speaker = late
                    got.via_prep, got.first = True, j
                    self._conjoined(got, b)
                    return got
                return None  # شدد على ضرورة …: a noun complement, not a quote
            if tok.text in END_PUNCT and not self._abbreviation_dot(j):
                return None
            if tok.text in CLAUSE_PUNCT and self._anonymity_insert_end(j, b):
                j = self._anonymity_insert_end(j, b)  # (no filler: the speaker's own insert)
                continue
            if tok.kind == "punct" and j not in self.mark_open and (
                    tok.text != ":" or self._clock_colon(j)):
                j += 1  # commas and dashes around an apposition are not words of filler
                continue
            if not relative and f in self.gw.quote_relatives:
                relative, relative_word, relative_at = True, f, j
            pronoun = pronoun or strip_conj(f) in self.gw.quote_pronouns
            other = self.t.lookup(f) if self._is_cue(j, b) else None
            if other is not None:
                if other.role == "source" and j + 1 < b and strip_conj(self.folded[j + 1]) == "عن":
                    found = self._late_speaker(j + 2, b, None)  # قالت الصحيفة نقلا عن مسؤولين إن
                    if found is not None:
                        source_np, j, gap = found, found[1], gap + 1
                        continue
                if other.lemma == "قال" and (other.form == "participle" or self._by_saying(j)):
                    j += 1  # وأضاف قائلاً: / وأضاف بقوله:
                    continue
                return None
            ent = self.ent_first.get(j)
            if ent is None and addressee is None and gap <= 3 and not relative and \
                    self._addressee_word(j):
                addressee = self._addressee_ref(j)  # قال الوزير لنظيره إن: no entity of its own
                if not self._joined_definite(j + 1, b):
                    late = self._late_speaker(j + 1, b, late)
            if ent is not None:
                if addressee is None and gap <= 3 and not relative and self._prep_before(ent) and \
                        (fold(self.doc.text[tok.start:ent.start]).endswith("ل")
                         or strip_conj(self.folded[j - 1]) in ("ل", "الي")
                         or ent.start == tok.start and self._addressee_word(j)):  # للصحفيين
                    addressee = ent.ref()
                    n = self._tok_at(ent.end - 1) + 1
                    if not self._joined_definite(n, b):  # (للإعلاميين والجهات …: both addressed)
                        late = self._late_speaker(n, b, late)
                self.state.not_subjects.add(ent.start)
                j = self._tok_at(ent.end - 1) + 1
                gap += 1
                continue
            j += 1
            gap += 1
        return None

    def _joined_definite(self, n: int, b: int) -> bool:
        """The token at n, right after an addressee, is a definite word joined to it by و
        (للإعلاميين والجهات الداعمة): another addressee, no speaker named after them."""
        return n < b and [x.kind == "proclitic" and x.text for x in self.toks[n].segments][:2] \
            == ["و", "ال"]

    def _that_after_relative(self, j: int, relative_word: str, relative_at: int) -> bool:
        """The complementizer at j, after a relative clause in the filler and no comma before
        it, is the cue's own (وقال الوزير الذي زار القاهرة أمس إن …، قالت الوزارة التي تشرف على
        … في بيان إن …): the relative clause describes the speaker phrase or a word of the
        filler, its verb no cue (a cue in the filler ends the reading before). إن (its hamza
        below) is what a verb of saying takes, never a relative clause's verb; أن only when it
        carries a pronoun (أنه، أنها) or a definite noun follows (أن الحكومة): not the
        subjunctive of the clause's own verb (الذي رفض أن يتحدث، الذي سبق أن زار), nor after ما.
        Never when the clause holds a finite verb of saying (في الهجوم الذي قالت إنه …، المرصد
        الذي يؤكد أنه …: its own words, a cue the filler does not stop at after a relative)."""
        if any(cue is not None and cue.form == "finite"
               for cue in self.cue_at[relative_at + 1:j]):
            return False
        text = self.toks[j].text
        if text[:1] == "إ":
            return True
        if relative_word == "ما" or text[:1] != "أ":
            return False  # (ما زال، ما يراه; an أن written without its hamza: either)
        if self.folded[j] != "ان":
            return True  # أنه، أنها، أنهم
        return j + 1 < len(self.toks) and self.toks[j + 1].sentence == self.toks[j].sentence \
            and self.folded[j + 1].startswith("ال") and len(self.folded[j + 1]) > 3

    def _own_words_aside(self, start: int, o: int) -> bool:
        """Between the speaker's phrase (from token `start`) and the mark at `o` only an aside
        saying the words are the speaker's own (cues' `own_words`: قال الوزير والكلام له «…»،
        with or without commas around it)."""
        if o - start > 5 or not self.t.own_words:
            return False
        words = tuple(self.folded[k] for k in range(start, o) if self.toks[k].kind == "word")
        return words in self.t.own_words and all(
            self.toks[k].kind == "word" or self.toks[k].text in CLAUSE_PUNCT
            for k in range(start, o))

    def _joined_person(self, start: int, o: int) -> bool:
        """قال X وY «…»، قال X ونظيره الأمريكي Y «…»: the tokens from `start` to the mark at
        `o` are a person named by name joined by و (a title of up to three words before the
        name), so the mark opens the words of both (`_joined_speaker` joins them)."""
        if o - start > 8 or not self.folded[start].startswith("و") or o < 1:
            return False  # (the cheap gate)
        ent = self.ent_last.get(o - 1)
        if ent is None or ent.type != "PERSON" or ent.end != self.toks[o - 1].end or \
                ent.start < self.toks[start].start:
            return False
        gap = self.doc.text[self.toks[start].start:ent.start].strip()
        return len(gap.split()) <= 3 and not any(p in gap for p in CLAUSE_PUNCT | END_PUNCT) \
            and (gap == "" or gap[:1] == "و")

    def _said_in_place(self, start: int, o: int, b: int) -> bool:
        """وقال في حسابه على تويتر «…». / وكتب في تغريدة «…»: a short marked span ending the
        clause, after a preposition's phrase naming where the words were said (`saying_place`),
        is what was said, not a name; not after a preposition or a name noun (على موقع «تويتر»،
        في مقابلة مع «العربية»), nor a known name."""
        _, close = self.mark_open[o]
        if o == start or not self._clause_ends(close + 1, b) or \
                self._after_name_noun(o) and not self._after_own_saying_place(o, close) or \
                strip_conj(self.folded[o - 1]) in self.stops:
            return False
        ent = self.ent_first.get(o + 1)
        if ent is not None and ent.end >= self.toks[close - 1].end:
            return False
        return any(strip_conj(self.folded[k - 1]) in self.stops and self._names_saying_place(k)
                   for k in range(max(start, 1), o))

    def _after_own_saying_place(self, o: int, close: int) -> bool:
        """وقال في حسابه «لن نتراجع»: the span right after a saying-place noun that carries a
        possessive pronoun (حسابه، صفحتها، كلمته), itself after a preposition. The pronoun
        makes the noun definite, so two words or more in marks after it are what was written
        there, not the account's name (a bare حساب «…» still names one)."""
        p = o - 1
        f = strip_conj(self.folded[p])
        return p >= 1 and strip_conj(self.folded[p - 1]) in self.stops and \
            not forms(f) & self.t.saying_places and \
            bool(self._possessed_stems(f) & self.t.saying_places) and \
            self.toks[o + 1].kind == "word" and self._words(o + 1, close) >= 2

    def _names_saying_place(self, k: int) -> bool:
        f = self.folded[k]
        return bool((forms(f) | self._possessed_stems(strip_conj(f))) & self.t.saying_places)

    def _conjoined(self, got: _Content, b: int) -> None:
        """دعا إلى «…» و«…»: a second quoted complement joined by و."""
        k = got.next
        while k + 1 < b and self.folded[k] in ("و", "او") and k + 1 in self.mark_open \
                and not self._after_name_noun(k + 1):
            m, close = self.mark_open[k + 1]
            got.spans.append(("partial", *self._trim(*m.inner)))
            k = got.next = close + 1

    def _thing_before(self, p: int) -> bool:
        """Token p, right before a finite cue, is مما or a demonstrative opening its clause
        (وذلك، وهذا، هذه …): the subject of the verb is a fact, not a speaker."""
        if self.toks[p].sentence != self.toks[p + 1].sentence:
            return False
        cue = self.folded[p + 1]
        if cue[:1] in "وف" and cue not in self.t.words:
            return False  # هذا وأكد الوزير …: "moreover", the verb opens its own clause
        f = self.folded[p]
        if f in ("مما", "ومما"):
            return True
        demonstratives = self.gw.quote_demonstratives
        if strip_conj(f) not in demonstratives and f not in demonstratives:
            return False
        return p == 0 or self.toks[p - 1].sentence != self.toks[p].sentence or \
            self.toks[p - 1].text in CLAUSE_PUNCT or f[:1] in "وف" and f not in demonstratives

    def _relative_antecedent(self, c: int, a: int, cue: Cue) -> tuple[ActorRef, bool] | None:
        """X، الذي (طالما/قد/كان) أكد …: the actor X right before a relative pronoun that opens
        the cue's clause, when the cue agrees with the pronoun (الذي m, التي f, الذين p); and
        whether a comma sets the relative clause off (so the next comma closes it)."""
        r = c - 1
        while r > a and c - r <= 2 and (self.folded[r] in self.gw.quote_aux or self._is_adverb(r) or
                                        self.folded[r] in ("طالما", "لطالما", "دائما")):
            r -= 1
        if r < max(a, 1) or self.toks[r].sentence != self.toks[c].sentence:
            return None
        gender = {"الذي": "m", "التي": "f", "الذين": "p"}.get(strip_conj(self.folded[r]))
        if gender is None or cue.agrees not in ("", gender):
            return None
        p = r - 1
        closed = self.toks[p].text in CLAUSE_PUNCT
        if closed:
            p -= 1
        ent = self.ent_last.get(p) if p >= 0 else None
        if closed and (ent is None or not self._opens_phrase(ent)):
            # …، وهيلاري كلينتون، وزيرة الخارجية السابقة، والآن، مرشحة الحزب لانتخابات
            # الرئاسة، والتي قالت: the person the appositions describe, not a genitive in them
            person = self._person_before_appositions(p, c, gender)
            if person is not None:
                return person.ref(), closed
        if ent is None or ent.type not in ("PERSON", "ORG") or self._prep_before(ent) or \
                self._quoted(ent.start) or self.toks[p].sentence != self.toks[c].sentence or \
                not self._agrees(ent.text, ent.type, ent.how, gender):
            return None  # (بالمبادرة التي أطلقها الرئيس بوتين التي تدعو: not the president)
        return ent.ref(), closed

    def _opens_phrase(self, x: Entity) -> bool:
        """The entity opens its phrase: after a comma, a conjunction or nothing (not a genitive
        or an object inside one: لانتخابات الرئاسة)."""
        t = self._tok_at(x.start)
        if x.start > self.toks[t].start:
            return fold(self.doc.text[self.toks[t].start:x.start]) in ("و", "ف")
        return t == 0 or self.toks[t - 1].kind == "punct" or self.folded[t - 1] in ("و", "ف")

    def _person_before_appositions(self, p: int, c: int, gender: str) -> Entity | None:
        """A named person (no bare title) ending right before one of the (at most three)
        commas before token `p`, with only appositions between (no verb of speech, أن or
        relative), whose title, if any, agrees with the relative (وزيرة … والتي: f)."""
        commas = 0
        for k in range(p, max(-1, p - 30), -1):
            tok, f = self.toks[k], self.folded[k]
            if tok.sentence != self.toks[c].sentence or tok.text in END_PUNCT or \
                    f in self.t.complementizers or strip_conj(f) in self.gw.quote_relatives or \
                    tok.kind == "word" and self._is_cue(k, c):
                return None
            if tok.text not in CLAUSE_PUNCT:
                continue
            commas += 1
            x = self.ent_last.get(k - 1) if k > 0 else None
            if x is not None and x.type == "PERSON" and x.how != "title" and \
                    not self._prep_before(x) and not self._quoted(x.start):
                titles = [w for w in fold(self.doc.text[x.start:self.toks[p].end]).split()
                          if forms(w.lstrip("وف")) & self.t.title_words]
                if not titles or gender == "p" or \
                        (titles[0].endswith("ه")) == (gender == "f"):
                    return x
                return None
            if commas >= 3:
                return None
        return None

    def _cut_at_comma(self, span: tuple[str, int, int]) -> tuple[str, int, int]:
        kind, s, e = span
        if kind != "indirect":
            return span
        cut = min((self.doc.text.find(m, s, e) for m in CLAUSE_PUNCT
                   if self.doc.text.find(m, s, e) >= 0), default=-1)
        return (kind, *self._trim(s, cut)) if cut > s else span

    def _impersonal(self, c: int, cue: Cue, np_range, content: _Content) -> bool:
        """A passive verb of speech: a damma on the first letter of a past form (وأُعلن، ذُكر;
        not a present in ي/ت, where يُشير is active), or a verb of describing with no object
        before its بأن (ووصف بأنه: "it was described as"; the active needs its object, which
        may follow a quoted بـ«…»: ووصفت بـ«الكارثة» وجود المدنيين)."""
        word = self.toks[c].text
        bare = word[1:] if self.folded[c] != cue_form_of(self.folded[c], self.t) else word
        bare = bare.lstrip("".join(DROPPED_CHARS))
        if len(bare) > 1 and bare[1] == DAMMA and fold(bare[0]) not in ("ي", "ت"):
            return True
        return cue.describes and np_range is None and content.first == c + 1 and \
            self.folded[c + 1][:1] == "ب" and self.folded[c + 1] in self.t.complementizers

    def _past_time(self, k: int, b: int) -> int:
        """The token after a time phrase starting at `k` (الأسبوع الماضي، يوم الأحد، وقتها), or
        `k` when none starts there."""
        phrase = self._time_phrase_end(k, b)
        if phrase > k:
            k = phrase  # أول من أمس: the whole phrase, then any tail (أول من أمس الأحد)
        elif k >= b or not forms(self.folded[k]) & self.gw.time_heads:
            return k
        else:
            k += 1
        while k < b and (self.folded[k] in self.gw.time_tails or self._is_adverb(k)):
            k += 1
        return k

    def _time_phrase_end(self, k: int, b: int) -> int:
        """The token after a time phrase of grammar.json `time_phrases` starting at `k` (أول من
        أمس، أول أمس; the first word may carry و), or `k` when none starts there."""
        if k >= b:
            return k
        first = self.folded[k]
        phrases = time_phrase_index(self.gw.time_phrases)
        for words in phrases.get(first) or phrases.get(strip_conj(first)) or ():
            end = k + len(words)
            if end <= b and all(self.folded[k + i] == w for i, w in enumerate(words) if i):
                return end
        return k

    def _subject_then_object(self, k: int, e: int) -> int | None:
        """Where the object starts in a phrase [k, e) after a verb of describing, when it opens
        with a subject: an actor, or a speaking noun (مصادر، مسؤول) with the nisba adjectives
        agreeing with it in definiteness (مصادر طبية إسرائيلية / المصادر الطبية). None when the
        whole phrase is one noun phrase (the thing described)."""
        ent = self.ent_first.get(k)
        if ent is not None and ent.type in ("PERSON", "ORG"):
            s = self._tok_at(ent.end - 1) + 1
        elif self.toks[k].kind == "word" and forms(self.folded[k]) & self.t.speaker_nouns:
            definite = self.folded[k].startswith("ال")
            s = k + 1
            while s < e and self.folded[s].endswith(("ي", "يه")) and \
                    self.folded[s].startswith("ال") == definite:
                s += 1
        else:
            return None
        return s if k < s < e and self.toks[s].kind == "word" else None

    def _speech_verb_subject(self, c: int, a: int) -> ActorRef | None:
        """The phrase right after the last finite verb of speech before `c` in the sentence
        (ويقول أحد الجنود، وهو …، حسب قوله:), or none."""
        for i in range(c - 1, a - 1, -1):
            cue = self.cue_at[i] if self.toks[i].kind == "word" else None
            if cue is None or cue.form != "finite" or cue.role != "verb" or cue.first_person:
                continue
            k = i + 1
            if k < c and self._np_start_ok(k):
                e = self._np(k, c)
                return self._ref_from_np(k, e, introduced=True) if e > k else None
            return None
        return None

    def _by_saying(self, i: int) -> bool:
        """بقوله، بالقول: a verbal noun of speech with ب, an adverbial like قائلاً."""
        cue = self.t.lookup(self.folded[i])
        return cue is not None and cue.form == "noun" and self.folded[i][:1] == "ب"

    def _speaker_like(self, k: int) -> bool:
        """A phrase opening with a person, a title or a speaking noun (الرئيس، البيان): more
        likely the subject of the verb before it than whom it addresses."""
        f = strip_al(self.folded[k])
        ent = self.ent_first.get(k)
        return (ent is not None and ent.type == "PERSON") or f in self.t.speaker_nouns or \
            self.folded[k] in self.t.speaker_nouns or f in self.t.title_words or \
            self.folded[k] in self.t.title_words

    def _abbreviation_dot(self, i: int) -> bool:
        """د. / م. : a dot after a one-letter title, not the end of a sentence."""
        return (self.toks[i].text == "." and i > 0 and self.toks[i - 1].kind == "word"
                and len(self.folded[i - 1]) == 1 and self.toks[i - 1].end == self.toks[i].start)

    def _clock_colon(self, i: int) -> bool:
        """11:59، 3:2: a colon glued between two numbers is a time or a score, no speech."""
        return (self.toks[i].text == ":" and 0 < i < len(self.toks) - 1
                and self.toks[i - 1].kind == "number" and self.toks[i + 1].kind == "number"
                and self.toks[i - 1].end == self.toks[i].start
                and self.toks[i].end == self.toks[i + 1].start)

    def _clause_ends(self, k: int, b: int) -> bool:
        """Only punctuation (or the start of another clause) between `k` and the clause end."""
        e = self._clause_end(k, b)
        return all(self.toks[i].kind == "punct" for i in range(k, e))

    def _clause_end(self, k: int, b: int) -> int:
        i = k
        while i < b:
            if i in self.mark_open:
                i = self.mark_open[i][1] + 1
                continue
            tok = self.toks[i]
            if tok.text in "؛;":
                return i
            if tok.text in CLAUSE_PUNCT and i + 1 < b and self._opens_clause(i + 1, b):
                return i
            if i > k and tok.kind == "word" and self._opens_clause(i, b, comma=False):
                return i
            i += 1
        return b

    def _opens_clause(self, i: int, b: int, comma: bool = True) -> bool:
        """A word that begins a new clause after reported content: مضيفاً، بحسب، وأضاف، من جهته."""
        f = self.folded[i]
        cue = self.t.lookup(f) if self._is_cue(i, b) else None
        if cue is not None and (cue.form == "participle" or self._by_saying(i)):
            return True  # …، مضيفاً / … بقوله إن: the speaker's next words
        if not comma:
            return False
        if self._feminine_participle_after_comma(i):
            return True
        if cue is not None and cue.form == "finite" and f != cue.lemma and f[0] in "وف":
            return True
        if cue is not None and cue.form == "finite" and i + 1 < b and \
                self._np_start_ok(i + 1) and self._that_follows(i + 2, b) and \
                not self._short_apposition_before(i - 1):
            return True  # وبعدما حذر من أن …، اعتبر حفتر أن …: the main clause's own report
        if f in self.t.according or strip_conj(f) in self.t.according:
            return True
        return any(strip_conj(f) == p[0] and tuple(self.folded[i + 1:i + len(p)]) == p[1:]
                   for p in self.t.switch)

    def _anonymity_insert_end(self, j: int, b: int) -> int:
        """The comma closing an insert that keeps the speaker unnamed, opened by the comma at
        `j` (قال ضابط …، فضل عدم الكشف عن اسمه، لـ«…»: «…»); 0 if there is none."""
        for z in range(j + 2, min(b, j + 9)):
            if self.toks[z].kind == "punct":
                ok = self.toks[z].text in CLAUSE_PUNCT and self.folded[z - 1] in self.t.anonymity_ends
                return z if ok else 0
        return 0

    def _feminine_participle_after_comma(self, i: int) -> bool:
        """وأوضحت الشركة أن …، داعية مساهميها إلى …: a feminine participle of a verb of speech
        right after a comma goes on with the speaker, even with no أن after it, when a
        preposition or an object pronoun follows it (a noun in construct, متابعة الأداء, is
        followed by its genitive)."""
        cue = self.cue_at[i]
        f = self.folded[i]
        if cue is None or cue.form != "participle" or not f.endswith("ه") or \
                f[:1] in "وف" or i == 0 or self.toks[i - 1].text not in CLAUSE_PUNCT or \
                i + 1 >= len(self.toks) or self.toks[i + 1].kind != "word":
            return False
        nxt = self.folded[i + 1]
        return nxt in self.stops or strip_conj(nxt) in self.stops or \
            any(sg.kind == "enclitic" for sg in self.toks[i + 1].segments) or \
            len(nxt) >= 5 and nxt.endswith(("ها", "هم", "هما"))  # (ة folds to ه: not ـه)

    def _short_apposition_before(self, comma: int) -> bool:
        """إن المدير، لورد هاريس، أكد أنه: a name between commas, its verb's subject before it."""
        words, i = 0, comma - 1
        while i >= 0 and self.toks[i].kind != "punct":
            words += 1
            i -= 1
        return i >= 0 and self.toks[i].text in CLAUSE_PUNCT and words <= 3

    def _that_follows(self, k: int, b: int) -> bool:
        """A complementizer (أن، إن، بأن) within a verb's subject, no punctuation before it."""
        for i in range(k, min(b, k + MAX_SUBJECT_WORDS + 1)):
            if self.toks[i].kind == "punct" or i in self.mark_open:
                return False
            if self.folded[i] in self.t.complementizers:
                return True
        return False

    def _from_mark(self, o: int, b: int, kind: str, addressee, check_end: bool = False
                   ) -> _Content:
        m, close = self.mark_open[o]
        s, e = self._trim(*m.inner)
        if check_end and kind == "direct" and not self._clause_ends(close + 1, b):
            kind = "partial"
        return _Content([(kind, s, e)], close + 1, o, addressee=addressee)

    def _after_colon(self, k: int, b: int, addressee, intro: int) -> _Content | None:
        if k in self.mark_open and self._after_name_noun(k):
            return None  # كتب مقالاً بعنوان: «…»: a title
        if k in self.mark_open:
            got = self._from_mark(k, b, "direct", addressee)
            got.first = intro
            return got
        e = self._clause_end(k, b)
        if self._words(k, e) < 3:
            return None
        s, z = self._trim(self.toks[k].start, self.toks[e - 1].end)
        return _Content([("direct", s, z)], e, intro, addressee=addressee)

    def _after_that(self, k: int, b: int, addressee, intro: int) -> _Content | None:
        if k in self.mark_open and self._clause_ends(self.mark_open[k][1] + 1, b):
            got = self._from_mark(k, b, "direct", addressee)
            got.first = intro
            return got
        e = self._clause_end(k, b)
        if self._words(k, e) < 2 or self._nested_report(k, e):
            return None
        s, z = self._trim(self.toks[k].start, self.toks[e - 1].end)
        spans = [("indirect", s, z)]
        for o in range(k, e):
            if o in self.mark_open and not self._after_name_noun(o):
                _, close = self.mark_open[o]
                n = self._words(o + 1, close)
                final = self._clause_ends(close + 1, e)
                if (n >= 6 or (final and n >= 3) or o == k) and not (
                        self._name_like(o) and (o == k or self._topic_before(o))):
                    ms, me = self._trim(*self.mark_open[o][0].inner)
                    spans.append(("partial", ms, me))
        return _Content(spans, e, intro, addressee=addressee)

    def _nested_report(self, k: int, e: int) -> bool:
        """The reported content is itself a report (ذكرت الصحيفة أن الوزير قال إن …، أن
        مسؤولاً أميركياً، رفض نشر اسمه، قال إن …): a speaker, an optional insert between
        commas, then a verb of speech with its own content. The outer cue is left to it."""
        i = k
        ent = self.ent_first.get(i)
        if ent is not None and ent.type in ("PERSON", "ORG"):
            i = self._tok_at(max(ent.start, ent.end - 1)) + 1
        elif self.toks[i].kind == "word" and forms(self.folded[i]) & (
                self.t.speaker_nouns | self.t.title_words):
            i += 1
            while i < e and i < k + 4 and self.toks[i].kind == "word" and \
                    self.toks[i - 1].kind == "word" and not self._is_cue(i, e) and \
                    self.folded[i] not in self.stops:
                i += 1  # an adjective or two: مسؤولاً أميركياً
        else:
            return False
        i = self._past_named_person(self._past_title_complement(i, e), e)
        if i < e and self.toks[i].text in CLAUSE_PUNCT:
            z = i + 1
            while z < e and z < i + 18 and self.toks[z].text not in CLAUSE_PUNCT:
                z += 1
            if z >= e or self.toks[z].text not in CLAUSE_PUNCT:
                return False
            i = z + 1
        while i < e and self.folded[i] in ("قد",):
            i += 1
        if i >= e or not self._is_cue(i, e):
            return False
        cue = self.t.lookup(self.folded[i])
        if cue.form != "finite" or cue.role != "verb" or cue.first_person:
            return False
        for j in range(i + 1, min(i + 7, len(self.toks))):
            f = self.folded[j]
            if self.toks[j].text in END_PUNCT:
                return False
            if f in self.t.complementizers or self.toks[j].text == ":" or j in self.mark_open:
                self.nested_cue = i
                return True
        return False

    def _past_title_complement(self, i: int, e: int) -> int:
        """After a speaker's title, past its complement (المدعي العام للولاية قال، الناطق باسم
        الوزارة قال) to the verb of speech that ends it; `i` itself when none does."""
        for n in range(i + 1, min(e, i + 9)):
            if self._is_cue(n, e):
                return n if self._title_complement(i, n) else i
        return i

    def _past_named_person(self, i: int, e: int) -> int:
        """After a title ending before token `i`, past its complement and the person it
        introduces (المفتش العام في وزارة العدل X قال: …); `i` itself when none follows."""
        if i >= e or self._is_cue(i, e):
            return i
        for n in range(i, min(e, i + 9)):
            x = self.ent_first.get(n)
            if x is not None and x.type == "PERSON" and x.how != "title":
                if self._title_complement(i, n):
                    return self._tok_at(max(x.start, x.end - 1)) + 1
                break
        return i

    def _topic_before(self, o: int) -> bool:
        """بشأن «سوريا ومكافحة الإرهاب»: a topic label, not words of the speaker."""
        return o > 0 and strip_conj(self.folded[o - 1]) in ("بشان", "حول", "حيال", "عن", "ب", "ل")

    def _trim(self, s: int, e: int) -> tuple[int, int]:
        text = self.doc.text
        while s < e and (text[s].isspace() or text[s] in "،,:«»\"“”"):
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] in ".،,؛;:"):
            e -= 1
        for opening, closing in (("«", "»"), ("“", "”")):
            if s > 0 and text[s - 1] == opening and text[e - 1:e] != closing and \
                    text[s:e].count(closing) > text[s:e].count(opening):
                s -= 1  # أن «مجموعة فدائية» نفذت …: the mark opens a name inside the speech
        if text[s:e].count("»") > text[s:e].count("«") and text[e - 1:e] == "»" or \
                text[s:e].count("”") > text[s:e].count("“") and text[e - 1:e] == "”" or \
                text[s:e].count('"') % 2 and text[e - 1:e] == '"':
            e -= 1  # a stray closing mark of unmarked speech
        while e > s and (text[e - 1].isspace() or text[e - 1] in ".،,؛;:"):
            e -= 1
        return s, e

    # -- speakers --------------------------------------------------------------------------------
    def _headed_colon(self, a: int, b: int, si: int):
        """ACTOR: «…» (a headline, or a paragraph opened by the speaker's name, with no verb):
        قرقاش: «…»، خامنئي لبوتين: «…». Only a known actor may head it, never a bare noun."""
        k = a + 1 if a < b and self.folded[a] in ("و", "ف") else a
        ent = self.ent_first.get(k)
        if ent is None or ent.type not in ("PERSON", "ORG") or ent.start != self.toks[k].start:
            return None
        j = self._tok_at(ent.end - 1) + 1
        addressee = None
        if j < b and j in self.ent_first and self.folded[j][:1] == "ل":
            addressee = self.ent_first[j].ref()  # خامنئي لبوتين:
            j = self._tok_at(self.ent_first[j].end - 1) + 1
        if not (j < b and self.toks[j].text == ":"):
            return None
        content = self._after_colon(j + 1, b, addressee, j)
        if content is None or content.spans[0][0] != "direct":
            return None
        return self._emit(content, None, None, ent.ref(), "explicit", addressee, None, si)

    def _continued(self, a: int, b: int, si: int):
        """A sentence that is one long quote, right after a quote: the same speaker goes on
        (وقال X: «…». «…».). Only when the last quote ended at most one sentence before."""
        if a not in self.mark_open or self._name_like(a) or self.state.speaker is None:
            return None
        m, close = self.mark_open[a]
        if self._words(a + 1, close) < 5 or not all(
                self.toks[k].kind == "punct" for k in range(close + 1, b)):
            return None
        last = self.state.quoted[-1][1] if self.state.quoted else -1
        prev = self.doc.sentence_at(last) if last >= 0 else -1
        if prev < 0 or si - prev > 2:
            return None
        s, e = self._trim(*m.inner)
        content = _Content([("direct", s, e)], close + 1, a)
        return self._emit(content, None, None, self.state.speaker, "carried", None, None, si)

    def _fronted(self, a: int, b: int, si: int):
        """«…»، قال X / "…"، يقول X: the quote first, its verb and speaker after it."""
        if a not in self.mark_open or self._name_like(a):
            return None
        m, close = self.mark_open[a]
        if close >= b:  # a quote of several sentences: its verb follows it, in its last one
            b = self._sentence_end(close)
        c = close + 1
        while c < b and self.toks[c].text in CLAUSE_PUNCT:
            c += 1
        if c < b and self.toks[c - 1].text in CLAUSE_PUNCT and (
                self.folded[c] in self.t.according or strip_conj(self.folded[c]) in
                self.t.according):
            return self._fronted_according(a, b, c, si)
        if c >= b or not self._is_cue(c, b):
            return None
        cue = self.t.lookup(self.folded[c])
        if cue.form != "finite" or cue.role != "verb" or cue.first_person:
            return None
        k = c + 1
        while k < b and self._is_adverb(k):
            k += 1
        k = self._past_time(k, b)
        speaker = None
        if k < b and self._np_start_ok(k):
            e = self._np(k, b)
            if e > k:
                speaker = self._ref_from_np(k, e)
        how = "explicit" if speaker is not None else None
        if speaker is None:
            speaker, how = self._implicit(self.toks[c].start, cue.agrees)
        s, e = self._trim(*m.inner)
        content = _Content([("direct", s, e)], c + 1, a)
        got = self._emit(content, c, cue, speaker, how, None, None, si)
        return got[0], max(got[1], c + 1)

    def _sentence_end(self, t: int) -> int:
        """The token index after the sentence of token `t`."""
        n, si = len(self.toks), self.toks[t].sentence
        while t < n and self.toks[t].sentence == si:
            t += 1
        return t

    def _fronted_according(self, a: int, b: int, c: int, si: int):
        """«…»، بحسب X / «…»، وفق ما قال X: the quote first, then who said it after an
        'according to' word. X speaks (in marks, the words are X's, not only reported by X)."""
        got = self._according_speaker(c, b)
        if got is None:
            return None
        speaker, e = got
        m, _ = self.mark_open[a]
        s, z = self._trim(*m.inner)
        return self._emit_according(_Content([("direct", s, z)], e, a), c, speaker, si)

    def _according_speaker(self, c: int, b: int) -> tuple[ActorRef, int] | None:
        """The speaker named after the 'according to' word at `c` (بحسب X، وفق ما قال X، طبقا
        لـX، وفقا للوزير) and the token after it; none for a document or figures."""
        k = c + 1
        with_ma = self.folded[c].endswith("ما")  # حسبما، بحسبما
        if k < b and (with_ma or self.folded[k] == "ما"):  # بحسب ما قال X، وفق ما أكده X
            k += 0 if with_ma else 1
            if k < b and self.cue_at[k] is not None and self.cue_at[k].form == "finite":
                k += 1
            else:
                return None
        elif k < b and self.folded[k] == "ل":  # وفقا لـ X
            k += 1
        fused = k < b and self.folded[k][:1] == "ل" and k in self.ent_first  # طبقا للوزير
        if k >= b or not (fused or self._np_start_ok(k)):
            return None
        e = self._np(k, b)
        speaker = self._ref_from_np(k, e) if e > k else None
        if speaker is None or forms(self.folded[k]) & self.t.document_nouns or \
                strip_al(self.folded[k]) in self.t.document_nouns:
            return None  # بحسب الإحصاءات، بحسب التقرير: figures and papers are no speakers
        return speaker, e

    def _emit_according(self, content: _Content, c: int, speaker: ActorRef, si: int):
        got = self._emit(content, c, None, speaker, "explicit", None, None, si)
        tok = self.toks[c]
        cs = tok.start + (self.folded[c] not in self.t.according)  # وبحسب: the cue is بحسب
        for q in got[0]:  # وفق is one word, not و + a cue
            q.cue, q.cue_start, q.cue_end = self.doc.text[cs:tok.end], cs, tok.end
        return got[0], max(got[1], c + 1)

    def _according_then(self, a: int, b: int, si: int):
        """وبحسب X فإن …، وطبقا للوزير فإن …: a sentence opened by an 'according to' word, its
        speaker, then فإن and what X says (an indirect quote)."""
        f = self.folded[a]
        if not (f in self.t.according or strip_conj(f) in self.t.according) or \
                f.endswith("ما"):
            return None
        got = self._according_speaker(a, b)
        if got is None:
            return None
        speaker, e = got
        # an apposition may follow the name (بحسب X المتحدث باسم الوزارة فإن)
        limit = min(b, e + MAX_NP)
        while e < limit and not self._is_cue(e, b) and not (
                self.folded[e][:1] == "ف" and self.folded[e][1:3] == "ان"
                and self.folded[e][1:] in self.t.complementizers):
            e += 1
        if e >= limit or self._is_cue(e, b):
            return None
        content = self._after_that(e + 1, b, None, e)
        if content is None:
            return None
        return self._emit_according(content, a, speaker, si)

    def _emit(self, content: _Content, c: int | None, cue: Cue | None, speaker, how, addressee,
              reporter, si):
        if c is None:  # no cue word (ACTOR: «…»)
            cs = ce = pos = None
        else:
            tok = self.toks[c]
            cs, ce, pos = tok.start, tok.end, tok.start
            if self.folded[c] != cue_form_of(self.folded[c], self.t) and tok.text[0] in "وف":
                cs += 1
                while cs < tok.end and tok.text[cs - tok.start] in DROPPED_CHARS:
                    cs += 1
        outer = self.nested_reporters.pop(c, None) if c is not None else None
        reporter = reporter or outer or self._according(content.next)
        speaker = self._named(speaker)
        if speaker is not None and how in ("carried", "coref") and cue is not None and \
                cue.agrees in ("m", "f") and not cue.dual and \
                (speaker.start, speaker.end, speaker.canonical) in self.pair_members:
            # قال X وY إن … . وأضافت: a verb of one speaker after the pair: one of them, or none
            speaker = self._member_of_pair(speaker, cue.agrees, c)
            how = "coref" if speaker is not None else None
        out = []
        for kind, s, e in content.spans:
            if e <= s:
                continue
            self.state.quoted.append((s, e))
            out.append(Quote(s, e, self.doc.text[s:e], kind,
                             self.doc.text[cs:ce] if cs is not None else None, speaker,
                             cs, ce, addressee, reporter, how if speaker else None,
                             self.doc.sentence_at(s) if self.doc.sentence_at(s) >= 0 else si))
        if c is not None and speaker is not None and out:
            self.said.append((c, speaker))
        if outer is not None:
            speaker = outer  # وقال X إن Y قال إن …، مضيفاً: X, who reports Y, goes on speaking
        if speaker is not None and speaker.start not in self.things:
            self.state.speaker = speaker
            self.state.speaker_pos = pos if pos is not None else self.toks[content.first].start
            self._sentence_speaker = speaker
        return out, content.next

def cue_form_of(folded: str, table: CueTable) -> str:
    """The folded key under which `folded` is a cue (itself, or without a leading و/ف)."""
    return folded if folded in table.words else folded[1:]


def folded_token(text: str, table: CueTable) -> str:
    """A token's text in the form the quote reader matches: folded, or folded keeping the
    shadda when only that form is a cue (وبيّن أن …: the verb, not the preposition بين)."""
    # (`fold` is `text.translate(FOLD_DELETE)`, cached: the tokenizer has just folded the word)
    folded = fold(text)
    if folded == "ان" and text.translate(FOLD_KEEP_YA).startswith("آ"):
        return "آن"  # the name Anne/Arne (آن دنكان), never the complementizer أن
    if SHADDA in text and table.lookup(folded) is None:
        kept = fold_keeping_shadda(text)
        if table.lookup(kept) is not None:
            return kept
    return folded


def _folded_tokens(toks: list, table: CueTable, cache: dict[str, tuple[str, Cue | None]]
                   ) -> tuple[list[str], list[Cue | None]]:
    """`folded_token` of each token and `table.lookup` of it, through `cache` (one dict lookup a
    token instead of a translate and a lookup: about 400 tokens an article, most seen before)."""
    texts = [t.text for t in toks]
    pairs = list(map(cache.get, texts))
    if None in pairs:
        if len(cache) >= _FOLD_CACHE_LIMIT:
            cache.clear()
        for i, pair in enumerate(pairs):
            if pair is None:
                folded = folded_token(texts[i], table)
                pairs[i] = cache[texts[i]] = (folded, table.lookup(folded))
    return [p[0] for p in pairs], [p[1] for p in pairs]
