"""Surface forms of dictionary entries in the matching form, and the proclitics allowed before them.

A dictionary form is folded (`marsad.text.normalize.fold`) into a key. The matcher finds keys in
the matching string of the article and accepts a key that starts inside a word only when the
letters before it, in the same word, are a proclitic string allowed for that key:

- every key: an optional conjunction و/ف, then an optional preposition ب/ل/ك (وبروسيا، لبوتين);
- keys of adjectives and common nouns (nisba, agent titles and bodies, flag ARTICLE_OK) may also
  take the article ال after them (الروسي، والروسية، بالجيش); ل + ال is written لل (للرئيس);
- a key that itself begins with the article (الولايات المتحدة, flag HAS_ARTICLE) takes ل
  fused as لل, so such keys get a second, FUSED key (للولايات المتحدة) that takes only و/ف
  before it.
"""

from __future__ import annotations

import regex

from marsad.text.normalize import DROPPED_RE, fold

# Key flags (bits).
FUSED = 1  # the key starts with لل standing for ل + the key's own article
ARTICLE_OK = 2  # ال (or ل+ال = لل) may precede the key inside the word
HAS_ARTICLE = 4  # the key starts with the article ال
DUAL = 8  # a dual form of a title (الرئيسين)

_CONJ = ("", "و", "ف")
_PREP = ("", "ب", "ل", "ك")
PREFIXES_PLAIN = frozenset(c + p for c in _CONJ for p in _PREP)
PREFIXES_ARTICLE = PREFIXES_PLAIN | frozenset(
    c + p + "ال" for c in _CONJ for p in _PREP if p != "ل") | frozenset(c + "لل" for c in _CONJ)
PREFIXES_FUSED = frozenset(_CONJ)
MAX_PREFIX = max(len(p) for p in PREFIXES_ARTICLE)

_SPACES = regex.compile(r"\s+")
_STRIP = "«»\"“”()[]'’ \t\n"


def key_of(form: str) -> str:
    """The matching-form key of a dictionary form: folded, single-spaced, quotes stripped."""
    return _SPACES.sub(" ", fold(form)).strip(_STRIP)


def starts_with_article(form: str) -> bool:
    """True when the written form begins with the article ال (not أل/إل of a root)."""
    bare = DROPPED_RE.sub("", form).strip(_STRIP)
    return bare.startswith("ال") and len(bare) > 3


def prefix_allowed(prefix: str, flags: int) -> bool:
    """May the proclitic string `prefix` (letters before the key in its word) precede the key?"""
    if not prefix:
        return True
    if flags & FUSED:
        return prefix in PREFIXES_FUSED
    if flags & HAS_ARTICLE:
        # ل + ال is written لل (the FUSED key), but ل before a bare alef also occurs when the
        # alef is a hamza-less أ/إ (لالياس): accept every plain proclitic
        return prefix in PREFIXES_PLAIN
    if flags & ARTICLE_OK:
        return prefix in PREFIXES_ARTICLE
    return prefix in PREFIXES_PLAIN


def nisba_forms(base: str) -> list[str]:
    """All inflected keys of a nisba adjective given its masculine singular (`إيراني`).

    Singular, feminine, dual and sound plurals: إيراني إيرانية إيرانيان إيرانيين إيرانيتان
    إيرانيتين إيرانيون إيرانيات, and the indefinite accusative إيرانياً (جندياً إيرانياً).
    The article is a proclitic the matcher allows (ARTICLE_OK). An accusative spelt like a
    country's name (روسيا) stays the country: the gazetteer ranks nisbas last (`PRIORITY`).
    """
    k = key_of(base)
    if not k:
        return []
    if k.endswith("ي"):
        out = [k, k + "ه", k + "ان", k + "ين", k + "تان", k + "تين", k + "ون", k + "ات", k + "ا"]
    else:  # an irregular base: only the feminine can be added safely
        out = [k, k + "ه"]
    return list(dict.fromkeys(out))


def accusative_forms(written: list[str]) -> list[str]:
    """The indefinite accusative keys (مسلحا، مواطنا، مدنيا، صحفيا) of the one-word singulars
    among an entry's written forms: no article, no ending of the feminine, dual or plural, no
    final hamza (وزراء). A defective noun listed with its article (القاضي) and without (قاض)
    takes its ي back: قاضيا."""
    keys = {key_of(f) for f in written}
    bare = keys | {k[2:] for k in keys if k.startswith("ال")}
    out = []
    for k in map(key_of, written):
        if " " in k or k.startswith("ال") or len(k) < 3 or \
                k.endswith(("ه", "ا", "ي" + "ن", "ون", "ان", "ات", "ى", "ء")):
            continue
        out.append(k + "يا" if k + "ي" in bare else k + "ا")
    return [k for k in dict.fromkeys(out) if k not in keys]


def title_dual_forms(key: str) -> list[str]:
    """Dual keys of a title (its head noun is the first word): رئيس -> رئيسين رئيسان;
    وزير الخارجيه -> وزيري الخارجيه وزيرا الخارجيه (construct dual loses its ن)."""
    words = key.split(" ")
    head = words[0]
    if head.startswith("ال") or len(head) < 3 or head.endswith("ه"):
        return []
    if len(words) == 1:
        return [head + "ين", head + "ان"]
    rest = " ".join(words[1:])
    return [head + "ي " + rest, head + "ا " + rest]


def construct_form(key: str) -> str | None:
    """The indefinite construct of a two-word title whose second word has the article, which
    takes a country as its genitive: وزير الخارجيه -> وزير خارجيه (وزير خارجية روسيا), رئيس
    الوزراء -> رئيس وزراء; None for other titles."""
    words = key.split(" ")
    if len(words) != 2 or words[0].startswith("ال") or not words[1].startswith("ال") or \
            len(words[1]) < 5:
        return None
    return words[0] + " " + words[1][2:]


def expand_key(key: str, flags: int) -> list[tuple[str, int]]:
    """A key and its FUSED لل-variant when it starts with the article."""
    out = [(key, flags)]
    if flags & HAS_ARTICLE and key.startswith("ال") and len(key) > 3:
        out.append(("لل" + key[2:], (flags | FUSED) & ~HAS_ARTICLE))
    return out


def preposition_of(prefix: str) -> str:
    """The preposition (ب ل ك) among the proclitics `prefix`, or "" (the article's ل is not one)."""
    if prefix.endswith("لل"):
        return "ل"
    if prefix.endswith("ال"):
        prefix = prefix[:-2]
    return prefix[-1] if prefix and prefix[-1] in "بلك" else ""


def case_clash(a: str, b: str) -> bool:
    """Two words ending as sound plurals in different cases (مسلحون فرنسيين): the second is no
    adjective of the first (in news, the object of the verb before them)."""
    return (a.endswith("ون") and b.endswith("ين")) or (a.endswith("ين") and b.endswith("ون"))
