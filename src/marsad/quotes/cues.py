"""The speech-cue table, compiled once from the `cues` dictionary (lexicon/data/cues.json).

Verbs are listed by their 3rd-person masculine past and present forms; the inflections news uses
(قالت، قالوا، تقول، يقولون، مضيفةً، قوله، قولها…) are generated here, all in the folded matching
form (`marsad.text.normalize.fold`). A word is looked up as written and without one leading
conjunction و/ف (`وقال` → `قال`).
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.errors import LexiconError
from marsad.lexicon.grammar import negation_particles
from marsad.quotes.grammar import SHADDA, fold_keeping_shadda
from marsad.text.normalize import fold


@dataclass(frozen=True, slots=True)
class Cue:
    lemma: str
    role: str  # "verb" | "source"
    form: str  # "finite" | "participle" | "noun"
    preps: frozenset[str]  # folded prepositions that introduce the content (الي، علي، ب…)
    describes: bool = False  # وصف X بـ«…»: the noun after the verb is the thing described
    object_is_addressee: bool = False  # أبلغ X أن: the noun after the verb is the addressee
    direct_only: bool = False  # ومضى X: «…»: a cue only for words quoted directly
    first_person: bool = False  # أقول، نرى: the writer speaks (no carried speaker, no indirect)
    # The subject the form agrees with: "m" (قال، مضيفاً), "f" (قالت، مضيفةً), "p" (قالوا،
    # مضيفين) or "" (unknown: duals, irregular forms, nouns). Checks an implicit subject.
    agrees: str = ""
    dual: bool = False  # أكدا، قالتا، يؤكدان: two speak (the two named before)
    # لم يقل إلا …: a jussive written unlike the present (يقل، يشر), a cue only after a negation
    # and before an exception ("said only"); لم يقل إن … ("did not say that") is no quote
    only_negated: bool = False


@dataclass(frozen=True)
class CueTable:
    words: dict[str, Cue]
    according: frozenset[str]
    complementizers: frozenset[str]
    speaker_nouns: frozenset[str]
    name_nouns: frozenset[str]
    adverbs: frozenset[str]
    object_nouns: frozenset[str]
    switch: tuple[tuple[str, ...], ...]  # folded token sequences: (من, جهته)
    exclude: tuple[tuple[str, ...], ...]  # (يذكر, ان)
    title_words: frozenset[str] = frozenset()  # folded words of person titles (agents.json)
    honorifics: frozenset[str] = frozenset()  # سموه، معاليه: the speaker already named
    filler_stops: frozenset[str] = frozenset()  # لكن، بينما: another clause begins
    document_nouns: frozenset[str] = frozenset()  # تقرير، وثائق: a document that reports
    anonymity_ends: frozenset[str] = frozenset()  # اسمه، هويته: end of an unnamed-source insert
    people_plurals: frozenset[str] = frozenset()  # سكان، شهود، عائلات: either verb agreement
    no_report_before_an: frozenset[str] = frozenset()  # دون، تستطيع: دون أن يقول، تستطيع أن تقول
    saying_places: frozenset[str] = frozenset()  # حساب، تغريدة: where words were said or written
    issued_words: frozenset[str] = frozenset()  # صادر (عن): who issued a document
    subject_adjectives: frozenset[str] = frozenset()  # الأول، السابق: after a construct subject
    document_verbs: frozenset[str] = frozenset()  # جاء، ورد (في بيان …): a document's content
    # أعدّه، أصدرتها: a verb of making a document with the document's pronoun (`authoring_verb`)
    authoring: frozenset[str] = frozenset()
    authoring_bare: frozenset[str] = frozenset()  # بعث (بها): the same verbs with no pronoun
    pair_nouns: frozenset[str] = frozenset()  # الجانبان، الطرفان: the two named before
    title_heads: frozenset[str] = frozenset()  # وزير، رئيس: first words of person titles
    construct_heads: frozenset[str] = frozenset()  # قوات (التحالف): named again by the genitive
    interview_nouns: frozenset[str] = frozenset()  # لقاء، مقابلة: the one interviewed speaks
    # لا، لم، لن، ليس، ليست, bare and after و (words.json `negations` and `verb_negations`): no
    # speaker phrase opens with one or goes on through it (وهو لا ينفي: no subject)
    negations: frozenset[str] = frozenset()
    # والكلام له: an aside between the speaker and his marks saying the words are his own
    own_words: frozenset[tuple[str, ...]] = frozenset()

    @property
    def exclude_first(self) -> frozenset[str]:
        return frozenset(p[0] for p in self.exclude)

    def lookup(self, folded: str) -> Cue | None:
        """The cue a folded word is, as written or after one conjunction و/ف."""
        cue = self.words.get(folded)
        if cue is None and len(folded) > 3 and folded[0] in "وف":
            cue = self.words.get(folded[1:])
        return cue


def _past_forms(p: str) -> list[tuple[str, str]]:
    """(form, agreement) pairs; duals ("d") agree with nothing checked."""
    if p[-1] in "اي":  # دعا/نفى (ى folds to ي): دعت، دعوا
        return [(p, "m"), (p[:-1] + "ت", "f"), (p[:-1] + "وا", "p"), (p[:-1] + "تا", "d")]
    return [(p, "m"), (p + "ت", "f"), (p + "وا", "p"), (p + "ا", "d"), (p + "تا", "d")]


def _present_forms(p: str) -> list[tuple[str, str]]:
    stem = p[1:] if p[0] == "ي" else p
    return [("ي" + stem, "m"), ("ت" + stem, "f"), ("ي" + stem + "ون", "p"),
            ("ي" + stem + "ان", "d"), ("ت" + stem + "ان", "d")]


def _jussive_agreement(f: str) -> str:
    """Who a jussive form agrees with, as `_present_forms` tells it: يقولوا p, يقولا تقولا d
    (the dual), تقل f, يقل m."""
    if f.endswith("وا"):
        return "p"
    if f.endswith("ا"):
        return "d"
    return "f" if f.startswith("ت") else "m"


def _first_person_forms(p: str) -> list[str]:
    stem = p[1:] if p[0] == "ي" else p
    return ["ا" + stem, "ن" + stem]  # أقول، نقول: the writer, in columns and memoirs


def _participle_forms(p: str) -> list[tuple[str, str]]:
    base = p[:-1] if p.endswith("ا") else p
    return [(base + "ا", "m"), (base + "ه", "f"), (base + "ين", "p"), (base + "تين", "")]


def _noun_forms(n: str) -> list[tuple[str, str]]:
    """(form, agreement): the pronoun tells who says (قوله m, قولها f, قولهم p). بقوله، بالقول:
    "by saying", an adverbial like قائلاً (وأضاف بقوله: «…»)."""
    return [(p + n + s, g) for p in ("", "ب") for s, g in (("ه", "m"), ("ها", "f"), ("هم", "p"),
                                                            ("هما", ""))] + \
        [("ال" + n, ""), ("بال" + n, "")]


def _like_participle(form: str) -> bool:
    """طالبا، تابعا: the dual of a verb in فاعل is written as the accusative participle of
    another (طالباً "asking"), far more frequent in news: not taken for two speakers."""
    return len(form) == 5 and form[1] == "ا" and form.endswith("ا")


def _authoring_forms(verbs) -> frozenset[str]:
    """أعدّ → اعده، اعدها: the folded past forms of the `authoring_verb` list with the pronoun of
    the document; a verb in ى (folded ي) also without it and with its alif (أجرى → اجره، اجراه)."""
    out = set()
    for v in verbs:
        stems = (v, v[:-1], v[:-1] + "ا") if v.endswith("ي") else (v,)
        out.update(s + p for s in stems for p in ("ه", "ها"))
    return frozenset(out)


def compile_cues(lexicon) -> CueTable:
    """Build the cue table from every `cues` dictionary file of `lexicon`."""
    entries = lexicon.entries("cues")
    if not entries:
        raise LexiconError("no 'cues' dictionary is loaded; the quotes stage needs "
                           "lexicon/data/cues.json (or a cues file in your lexicon folder)")
    words: dict[str, Cue] = {}
    lists: dict[str, set[str]] = {}
    phrases: dict[str, list[tuple[str, ...]]] = {"switch": [], "exclude": [], "own_words": []}
    for e in entries:
        role = e["role"]
        if role in ("verb", "source"):
            preps = frozenset(fold(p) for p in e.get("preps", ()))
            flags = dict(describes=bool(e.get("describes")),
                         object_is_addressee=bool(e.get("object_is_addressee")),
                         direct_only=bool(e.get("direct_only")))
            lemma = e["lemma"]
            # Participles first: نقلاً is the adverb, not the rare dual past نقلا.
            generated = [("participle", f, g) for p in e.get("participle", ())
                         for f, g in _participle_forms(fold(p))]
            generated += [("noun", f, g) for n in e.get("noun", ())
                          for f, g in _noun_forms(fold(n))]
            generated += [("finite", f, g) for p in e.get("past", ())
                          for f, g in _past_forms(fold(p))]
            generated += [("finite", f, g) for p in e.get("present", ())
                          for f, g in _present_forms(fold(p))]
            generated += [("finite", fold(f), "") for f in e.get("forms", ())]
            generated += [("jussive", fold(f), _jussive_agreement(fold(f)))
                          for f in e.get("jussive", ())]
            if not e.get("past") and SHADDA in lemma:
                # بيّن has no past list (بين is "between"); written with its shadda it is the verb
                # (not its dual ردّا, which is written like ردّاً "in reply")
                generated += [("finite", f, g) for f, g in _past_forms(fold_keeping_shadda(lemma))
                              if not f.endswith(SHADDA + "ا")]
            generated += [("first", f, "") for p in e.get("present", ())
                          for f in _first_person_forms(fold(p))]
            # قلت، قلنا: the writer (or the reader, قلتَ) speaks; never one named before
            generated += [("first", fold(f), "") for f in e.get("first_person", ())]
            for form, word, agrees in generated:
                if form == "first":
                    cue = Cue(lemma, role, "finite", preps, first_person=True, **flags)
                elif form == "jussive":
                    cue = Cue(lemma, role, "finite", preps, only_negated=True,
                              agrees=agrees.strip("d"), dual=agrees == "d", **flags)
                else:  # (a dual agrees with nothing checked, and says two speak)
                    cue = Cue(lemma, role, form, preps, agrees=agrees.strip("d"),
                              dual=agrees == "d" and not _like_participle(word), **flags)
                words.setdefault(word, cue)
        elif role in phrases:
            phrases[role].extend(tuple(fold(w) for w in p.split()) for p in e["ar"])
        else:
            lists.setdefault(role, set()).update(fold(w) for w in e["ar"])
    titles = frozenset(fold(w) for e in lexicon.entries("agents") if e.get("kind") == "title"
                       for phrase in e.get("ar", ()) for w in phrase.split())
    heads = frozenset(fold(phrase).split()[0] for e in lexicon.entries("agents")
                      if e.get("kind") == "title" for phrase in e.get("ar", ()) if phrase.strip())
    get = lambda k: frozenset(lists.get(k, ()))  # noqa: E731
    return CueTable(words, get("according"), get("complementizer"), get("speaker_noun"),
                    get("name_noun"), get("adverb"), get("object_noun"),
                    tuple(phrases["switch"]), tuple(phrases["exclude"]), titles,
                    get("honorific"), get("filler_stop"), get("document_noun"),
                    get("anonymity_end"), get("people_plural"), get("no_report_before_an"),
                    get("saying_place"), get("issued_word"), get("subject_adjective"),
                    get("document_verb"), _authoring_forms(get("authoring_verb")),
                    get("authoring_verb"), get("pair_noun"), heads,
                    get("construct_head"), get("interview_noun"), _negations(lexicon),
                    frozenset(phrases["own_words"]))


def _negations(lexicon) -> frozenset[str]:
    """The negation particles of words.json (`negations`, `verb_negations`), bare and after و
    or ف (فلم يقولوا إلا: «…»)."""
    negations, verb_negations = negation_particles(lexicon.entries("words"))
    bare = negations + verb_negations
    return frozenset(bare + tuple(p + w for w in bare for p in "وف"))
