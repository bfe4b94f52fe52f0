"""What the parts of the actor composer share: the Mention it builds and the shapes of words
around a name (verbal nouns, verbs after a name, nisba plurals, prepositions). The word lists
several of its rules read are categories of lexicon/data/grammar.json (twenty-second session:
apposition_nouns, name_place_nouns, compass_words, name_ordinals, name_time_words,
institution_adjectives, name_epithets, accusative_words), read as `grammar_words().<category>`.

Part of the actor composer (`marsad.actors.compose.Composer`).
"""

from __future__ import annotations

from collections.abc import Container, Iterator
from dataclasses import dataclass
from itertools import compress, count
from operator import attrgetter

from marsad.lexicon.grammar import grammar_words
from marsad.text.normalize import fold


CLOSING_QUOTES = ("»", '"', "”", "'")
_TEXT = attrgetter("text")


def token_folds(composer) -> list[str]:
    """`fold(t.text)` of each token of the composer's document, made once a document (the
    rules that seek a rare word among all the tokens read it)."""
    folds = composer.__dict__.get("_token_folds")
    if folds is None:
        folds = composer._token_folds = list(map(fold, map(_TEXT, composer.doc.tokens)))
    return folds


def tokens_folded_in(composer, vocab: Container[str]) -> Iterator[int]:
    """The indices, in order, of the document's tokens whose folded text is in `vocab`: the
    tokens a rule looking for the words of `vocab` would stop at, found in C (most documents
    have none of a rare list's words; twenty-fifth session)."""
    return compress(count(), map(vocab.__contains__, token_folds(composer)))


def _masdar(f: str) -> bool:
    """A folded word shaped like a verbal noun of the derived forms (تسويق، انتاج، استثمار)."""
    return (len(f) == 5 and f[0] == "ت" and f[3] in "وي") \
        or (len(f) >= 5 and f[0] == "ا" and f[2] == "ت" and f[3] == "ا") \
        or (len(f) >= 6 and f.startswith("است"))


def _derived_verbal_noun(s: str) -> bool:
    """A folded stem shaped like the verbal noun of تفعّل، تفاعل or of a form in ا (تقدم، تعاون،
    إفصاح، انسحاب، استقرار): after a given name such a word with the article is what follows the
    name (ومنح هنري [التقدم]), not a family name. تفعيل is left out: التوفيق، التويجري are names."""
    n = len(s)
    if s[:1] == "ت" and n in (4, 5) and s[-1] not in "يه":
        return all(c not in "اوي" for c in s[1:]) if n == 4 \
            else s[2] == "ا" and s[1] not in "اوي" and s[3] not in "اوي"
    return s[:1] == "ا" and n >= 5 and s[-2] == "ا" and s[-1] not in "يه"


def _feminine_noun_stem(s: str) -> bool:
    """Is folded `s`, a word before its ت + pronoun, a noun in ة (عقيد|تها، سياس|تها، حكوم|تهم،
    استراتيجي|تها) rather than a verb in ت with its object (أطلق|تها، هاجم|تها، قاد|ته)? Four
    letters or more, not starting like a derived verb (ا، ت) nor shaped فاعل, unless it ends
    in ي (no perfect verb keeps a final ي before ت); after و/ف, both with and without it."""
    if len(s) < 4:
        return False
    if s[0] in "وف" and not _feminine_noun_stem(s[1:]):
        return False  # وهاجم|تها: و + a verb (وسياس|تها passes both ways)
    if s.endswith("ي"):
        return True
    return s[0] not in "اآت" and s[1] != "ا"


def _verb_shape(f: str) -> bool:
    """A short folded word shaped like an imperfect or a تفعّل verb (تعرض، يريد، نقول)."""
    return len(f) <= 4 and f[:1] in "تين"


def _verb_after_name(f: str) -> bool:
    """A folded word shaped like a verb or a verbal noun that, right after a name word, is the
    next word and not a surname: an imperfect (نزار [يكتب]، عباس [يتحدث]، [يقاتل]، [يختار]،
    [يستعد]، [يقولون]), a تفعّل/تفاعل word (بيكر [تعهد]، [تتواصل]، [ترتبط]، [تحقيق]) or a
    perfect of افتعل/استفعل (فرانكلين [استطاع]، [انتقد]).
    Foreign surnames in ي/ت mostly have a long vowel or a cluster these shapes lack
    (يلتسين، يانوكوفيتش، تشافيز، ترامب، تريكة), and given names are tested before."""
    n = len(f)
    if n < 4 or n > 6 or f[1] in "اوي":
        return False
    if f[0] == "ي":
        return n == 4 or f[1] == "ت" or f.startswith("يست") or (n == 6 and f.endswith("ون")) \
            or (n == 5 and (f[3] == "ا" or f[2] == "ت"))
    if f[0] == "ا":  # a perfect of افتعل or استفعل: احتسب، انتقد، استطاع، استقبل
        return (n == 5 and f[2] == "ت" and f[3] not in "اوي" and f[4] not in "اوي") \
            or (n == 6 and f.startswith("است") and f[3] not in "اوي")
    return f[0] == "ت" and f[1] not in "شرسه" and not f.endswith(("ي", "ه", "ا"))


def _short_imperfect(f: str) -> bool:
    """A folded word of three letters shaped like an imperfect of a hollow-free verb (يشن، تلد،
    يعد، تقع): ي/ت, then two consonants; not ترك، تشن (Chinese Chen), with the clusters of
    foreign names after ت, nor تقي، يسرى with a final vowel letter. Only after a name's word:
    as a name's first word the shape is also a given name (ينس, Jens)."""
    if len(f) != 3 or f[0] not in "يت" or f[1] in "اوي" or f[2] in "اويه":
        return False
    return f[0] == "ي" or f[1] not in "شرسه"


def _feminine_perfect(t) -> bool:
    """A word written فعلت: a perfect with the feminine ت (حملت، قتلت، أكدت), no long vowel,
    not reduplicated (فتفت is a surname). Egyptian given names of that shape (مدحت، طلعت) are
    tested before, as given names."""
    f = fold(t.text)
    return len(f) == 4 and t.text.endswith("ت") and f[1] not in "اوي" and f[2] not in "اوي" \
        and f[:2] != f[2:]


def _noun_and_his(t) -> bool:
    """A word written with the pronoun ه after a short noun (حلمه، قتله، مصرعه، مقتله): three
    consonants, or a noun in م of four letters, no long vowel. Names in ه are longer or carry
    one (غوته، ديديه، توريه); عبده is a given name, tested before."""
    w = t.text
    if not w.endswith("ه"):
        return False
    f = fold(w)
    if len(f) == 4:  # (not الله: خير الله)
        return f[1] not in "اوي" and f[2] not in "اوي" and not f.startswith("ال")
    return len(f) == 5 and f[0] == "م" and all(c not in "اوي" for c in f[1:4])


def _plural_nisba_after(noun: str, word: str) -> bool:
    """Is `word` a plural nisba agreeing with the sound plural `noun` before it (المحاسبين
    [القانونيين]، المهندسين [المعماريين])? Both as written."""
    return noun.endswith(("ين", "ون")) and word.endswith(("يين", "يون"))


def _field_of_study(s: str) -> bool:
    """A folded stem (without its article) shaped like the name of a field a school teaches,
    which a coordinated noun at the end of a school's name is (الاقتصاد [والتسويق]، الهندسة
    [والتكنولوجيا]، [والإدارة]): a verbal noun of a derived form or of إفالة (ادارة), a word
    in يا (تكنولوجيا) or a plural in ات (الرياضيات); not المستشفى، المكتبة."""
    return _masdar(s) or s.endswith(("يا", "ات")) \
        or (len(s) == 5 and s[0] == "ا" and s[2] == "ا" and s.endswith("ه"))


def _preposition_and_word(tok, opening: bool = False) -> bool:
    """A preposition or ف run into a word by its shape, which no later word of a name has:
    ب/ل/ف/ك before a written hamza on alif (بأداء، لإبرام، فأكد), ب/ل before a verbal noun of
    the derived forms (بتمديد، لاستكمال), ف before a تفعّل or افتعل verb (فتمكن، فاحتسب), and, as
    the word that would open a name (`opening`), ل before an imperfect of four letters (المدرب
    السويسري [ليصنع]; not ليفين، ليندا; later in a name that shape is a surname: ليرنر، ليستر).
    Names in ب/ل/ف keep none of these shapes (بلال، لطفي، فتحي، بوتفليقة)."""
    w = tok.text
    if len(w) < 4 or w[0] not in "بلفك":
        return False
    if w[1] in "أإ":
        return True
    f = fold(w)
    rest = f[1:]
    if f[0] in "بل" and _masdar(rest):
        return True
    if f[0] == "ل":
        return opening and len(rest) == 4 and rest[0] in "يتن" and rest[1] not in "اوي" \
            and rest[2] not in "اوي" and rest[3] not in "اويه"
    return f[0] == "ف" and len(rest) >= 4 and (
        (rest[0] == "ت" and len(rest) == 4 and rest[1] not in "اوي" and rest[3] not in "ايه")
        or (rest[0] == "ا" and len(rest) >= 5 and rest[2] == "ت"))


def _plural_of_persons(f: str) -> bool:
    """A folded word shaped like a plural of persons, which a clause verb has as its subject
    (وقال منتقدون، متمردو، علماء، خبراء): a participle in م with a sound plural (not ميلتون،
    موريسون, with a long vowel after م) or فعلاء (not ضياء، لمياء، هيفاء with a long vowel, nor
    أسماء, a woman's name of another shape)."""
    if f[:1] == "م" and len(f) >= 5 and f[1] not in "اوي":
        return f.endswith("و") or (len(f) >= 6 and f.endswith(("ون", "ين")))
    return len(f) == 5 and f.endswith("اء") and f[0] != "ا" and f[1] not in "اوي" \
        and f[2] not in "اوي"


def _has_article_before(text: str, stem: str) -> bool:
    """Does the written word carry the article before its folded stem (الشركة، للشركة)?"""
    f = fold(text)
    head = f[:len(f) - len(stem)] if f.endswith(stem) else f
    return head.endswith(("ال", "لل"))


def _not_a_name_part(tok) -> bool:
    """An apposition noun, an indefinite accusative (مديراً، بديلاً، برنامجاً) or a word with a
    preposition (لموقع، بتهمة، لمواجهة) — never the last word of a name. A word that only
    begins with ب or ل (برديتش، لامبارد) may be one: the preposition is read off by the
    tokenizer (a known stem), a feminine ending, or a verbal noun or participle after it."""
    f = fold(tok.text)
    gw = grammar_words()
    if f in gw.apposition_nouns or f in gw.accusative_words or _preposition_and_word(tok):
        return True  # (عضوا، هدفا: a listed accusative of four letters too)
    if len(f) < 5:
        return False
    if f.endswith("ا"):
        # مديراً، مسؤولا، بديلا: the tanween, or a participle in م; سيلفا، فييرا are names
        return "\u064b" in tok.text or f[0] == "م" or f in gw.accusative_words
    return f[0] in "لب" and (bool(tok.segments) or f.endswith("ه") or f[1] in "مت")


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
    former: str | None = None  # "former president" when made by a former title (السابق)


def _country_role_code(country_code: str | None, role: str | None) -> str | None:
    if country_code and role:
        return country_code + role
    return country_code or role
