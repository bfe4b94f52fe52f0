"""A present verb with the future prefix س (سيعقد، ستبدأ، سنلتقي), told from its spelling alone:
what the dates stage (a weekday after it is the coming one) and the events stage (a verbal noun
it governs is to come: ستزيد دعمها) both need, with no dictionary of verbs."""

from __future__ import annotations

import regex

from marsad.dates.lexicon import date_words
from marsad.lexicon.categories import current_lexicon_dirs, current_words, per_lexicon
from marsad.text.normalize import fold

# س + a present prefix (ي ت ن) + at least three letters, after و / ف (the first person سأ…,
# folded to سا…, is left out: ساعدت "she helped", ساعات "hours")
_FUTURE_VERB_RE = regex.compile(r"^(?:[وف])?س[يتن]\p{L}{3,}$")
# endings of nouns: ة (folded ه), sound plurals and duals (سنوات، سياسيون، وسيلتين); تي of a
# noun with "my" (وسيلتي) is told apart from اتي of a verb (سيأتي); يو of a foreign name
# (سيرجيو، سيناريو: a verb of a root in و ends in a consonant and و, ستدعو); يا of an adverb or
# an adjective in the accusative (سنوياً، سيادياً)
_NOUN_ENDINGS = ("ه", "ات", "تين", "تان", "يون", "يين", "يو", "يا")
# a noun in ة or a plural in ات with a possessive pronoun (سنتها، سيرتهم، سيادتك، سنداتها):
# ت before the pronoun, as تي of "my" (كم is left out: سنحتكم، سيتحكم are verbs)
_NOUN_PRONOUN_RE = regex.compile(r"ت(?:ها|هما|هم|هن|نا|ك)$")
# the object pronouns and person endings a present verb may end in, taken off before its stem
# is measured (one of each, and only with three letters left: سيشاركك، سيحاسبونكم)
_PRONOUNS = ("هما", "كما", "ها", "هم", "هن", "كم", "نا", "ني", "ك")
_PERSON_ENDINGS = ("ون", "ان", "ين", "وا", "ا")
# letters of the longest stem of a present verb after its prefix: يستفعل، يتفاعل، يتفعلل
# (ستخدم، تواصل، تدحرج), which a stem of five letters begins with ت or ست
MAX_STEM = 5


def _stem(bare: str) -> str:
    """What follows س and the present prefix, without an object pronoun and a person ending."""
    stem = bare[2:]
    for ending in (_PRONOUNS, _PERSON_ENDINGS):
        for e in ending:
            if stem.endswith(e) and len(stem) - len(e) >= 3:
                stem = stem[:-len(e)]
                break
    return stem


def _shaped_as_verb(bare: str) -> bool:
    """The letters after س + prefix can be a present stem: a foreign name is longer than any
    (ستيرلينغ، سيباستيان), has five letters that do not begin as a derived verb's (ستاندرد:
    ت + اندرد) or a ي after the prefix ت (ستيوارت، ستيفن: no verb of news begins so); a noun with
    a pronoun leaves fewer than two letters, or two after a long vowel (سيرها، سيدنا، سياقها:
    سير، سيد، سياق + ها، نا), where a verb leaves its stem (سيجدها، سيراها)."""
    if bare[1] == "ت" and bare[2] == "ي":
        return False
    if bare.endswith(("ها", "نا")):
        left = bare[2:-2]
        if len(left) < 2 or (len(left) == 2 and left[0] in "او"):
            return False
    stem = _stem(bare)
    return len(stem) < MAX_STEM or len(stem) == MAX_STEM and stem.startswith(("ت", "ست"))


def looks_future_verb(word: str) -> bool:
    """A folded word that reads as س + a present verb (سيعقد، وستبدأ), not a noun or a name
    spelt so (dates.json `not_future_verbs`, `not_future_stems`; the shapes above)."""
    if not _FUTURE_VERB_RE.match(word) or word.endswith(_NOUN_ENDINGS):
        return False
    bare = word[1:] if word[:1] in "وف" else word
    if bare.endswith("تي") and not bare.endswith("اتي") or _NOUN_PRONOUN_RE.search(bare):
        return False
    lex = date_words()
    return bare not in lex.not_future_verbs and bare[:4] not in lex.not_future_stems and \
        _shaped_as_verb(bare) and not _noun_with_pronoun(bare) and bare not in _listed_names()


def future_verb_at(words: list[str], k: int) -> bool:
    """`words[k]` (folded) reads as a future verb (`looks_future_verb`) where it stands: not a
    surname no dictionary lists right after a given name of words.json `given_names` (إدوارد
    سنودن، جوزيف ستالين: a name is sure there; twentieth session), unless that given name
    follows أن / إن, a relative or a copula (أكد أن محمد سيزور، كان علي سيحضر: its subject)."""
    if not looks_future_verb(words[k].strip("،,«»\"()")):
        return False
    if k == 0 or _bare(words[k - 1]) not in _given_names():
        return True
    if k == 1:
        return False
    lex = date_words()
    before = _bare(words[k - 2])
    return before in lex.that_words or before[:1] in ("ب", "ل") and before[1:] in lex.that_words \
        or before in lex.clause_openers or before in lex.past_copulas


def named_in_text(word: str, text: str) -> bool:
    """A folded word the shapes took for a future verb (سنودن) stands somewhere in the folded
    `text` right after a given name of words.json `given_names` (إدوارد سنودن): the article's
    person, so the word alone (وقال سنودن الأحد) is his name too (twenty-first session). Only
    a word that read as a future verb is looked for."""
    word = _bare(word)
    given = _given_names()
    start = text.find(" " + word)
    while start >= 0:
        end = start + 1 + len(word)
        if end >= len(text) or not text[end].isalpha():
            before = text[max(0, start - 40):start].split()[-2:]
            # (a given name as a subject, أن محمد سيزور, is no sign: `future_verb_at`)
            if before and _bare(before[-1]) in given and \
                    not future_verb_at(before + [word], len(before)):
                return True
        start = text.find(" " + word, end)
    return False


def _bare(word: str) -> str:
    """A folded word without quotes or commas around it, nor a leading و / ف."""
    word = word.strip("،,«»\"()")
    return word[1:] if word[:1] in "وف" and len(word) > 3 else word


@per_lexicon
def _given_names() -> frozenset[str]:
    """words.json `given_names`, folded."""
    return current_words("words", "given_names")


def _noun_with_pronoun(bare: str) -> bool:
    """`bare` is a listed noun with a possessive pronoun (سيرهما، سيرهم: سير "walking" + هما;
    eighteenth session): a word of dates.json `not_future_verbs` or words.json `nouns` before
    one of _PRONOUNS. Only a word the shapes above took for a verb gets here."""
    for p in _PRONOUNS:
        if bare.endswith(p) and len(bare) > len(p) + 2:
            return bare[:-len(p)] in _listed_nouns()
    return False


@per_lexicon
def _listed_nouns() -> frozenset[str]:
    """The nouns the dictionaries list that may begin as a future verb: dates.json
    `not_future_verbs` and words.json `nouns` (folded)."""
    return frozenset(date_words().not_future_verbs | current_words("words", "nouns"))


@per_lexicon
def _listed_names() -> frozenset[str]:
    """The words of the names the dictionaries list that are spelt as a future verb (ستارمر،
    سيريل، سيغولين، ستافان: a name is never one; nineteenth session): every word of the
    people dictionaries' Arabic names and of words.json `given_names`, folded, kept when
    `_FUTURE_VERB_RE` matches it (a few dozen). Only a word the shapes took for a verb is
    looked up."""
    from marsad.lexicon.loader import builtin_data_dir, chosen_paths, read_file

    builtin = builtin_data_dir()
    words: set[str] = set()
    for rel, path in sorted(chosen_paths(current_lexicon_dirs()).items()):
        if path.is_relative_to(builtin) and not rel.startswith(("people/", "words.json")):
            continue
        f = read_file(path, rel)
        if f.kind == "people":
            words.update(w for e in f.entries for n in e.get("ar", ()) for w in fold(n).split())
        elif f.kind == "words":
            words.update(fold(w) for e in f.entries if e["category"] == "given_names"
                         for w in e.get("words", ()))
    return frozenset(w for w in words if _FUTURE_VERB_RE.match(w))
