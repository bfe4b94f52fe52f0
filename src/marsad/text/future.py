"""A present verb with the future prefix س (سيعقد، ستبدأ، سنلتقي), told from its spelling alone:
what the dates stage (a weekday after it is the coming one) and the events stage (a verbal noun
it governs is to come: ستزيد دعمها) both need, with no dictionary of verbs."""

from __future__ import annotations

import regex

from marsad.text.normalize import fold

# س + a present prefix (ي ت ن) + at least three letters, after و / ف (the first person سأ…,
# folded to سا…, is left out: ساعدت "she helped", ساعات "hours")
_FUTURE_VERB_RE = regex.compile(r"^(?:[وف])?س[يتن]\p{L}{3,}$")
# stems of nouns news often writes with a pronoun or a plural ending after them (سياساتها،
# سيارتها، سيطرتها، سياحية)
_NOT_FUTURE_STEMS = ("سياس", "سيار", "سيطر", "سياح")
# endings of nouns: ة (folded ه), sound plurals and duals (سنوات، سياسيون، وسيلتين); تي of a
# noun with "my" (وسيلتي) is told apart from اتي of a verb (سيأتي)
_NOUN_ENDINGS = ("ه", "ات", "تين", "تان", "يون", "يين")
# Words spelt so that are no verbs: nouns ending in ة or ات are left out by their ending; these
# are the others news often uses
_NOT_FUTURE_VERBS = frozenset(fold(w) for w in (
    "سياسي", "سياسيا", "سياسيين", "سيناء", "سيدي", "سيول", "سينما", "ستار", "ستين", "سنغافوره",
    "سيدني", "سيريلانكا", "ستوكهولم", "سيئول", "سيبيريا", "سيراليون", "سيشل", "سيارتين",
    "ستالين", "سيلفا", "سيرغي", "سيرجي", "سيمون", "سيزار", "سنجار"))


def looks_future_verb(word: str) -> bool:
    """A folded word that reads as س + a present verb (سيعقد، وستبدأ)."""
    bare = word[1:] if word[:1] in "وف" else word
    return bool(_FUTURE_VERB_RE.match(word)) and not word.endswith(_NOUN_ENDINGS) and \
        not (bare.endswith("تي") and not bare.endswith("اتي")) and \
        bare not in _NOT_FUTURE_VERBS and not bare.startswith(_NOT_FUTURE_STEMS)
