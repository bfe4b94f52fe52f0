"""Does a folded word carry the article? (eighteenth session)

A word beginning ال is most often definite, but a verbal noun of the pattern افتعال whose root
begins with ل is written with the same two letters: its hamzat al-wasl and the root's ل (التزام
of لزم, التفات of لفت, التقاء of لقي), so التزام is indefinite and الالتزام definite, بالتزام
"with a commitment" and بالالتزام "with the commitment". The verbal nouns are grammar.json
`wasl_nouns`, with the endings an indefinite noun of them may carry (`indefinite_endings`: ة،
ات، the accusative ا); a word whose ال is the article is any other word beginning ال.
"""

from __future__ import annotations

from marsad.lexicon.grammar import grammar_words

# (every افتعال of a root in ل begins so: the one test most words beginning ال need)
_WASL_START = "الت"


def wasl_noun(word: str) -> bool:
    """`word` (folded, no clitic before it) is a verbal noun of `wasl_nouns` whose ال is its
    own (التزام، التزامات، التفاتة), not the article."""
    if not word.startswith(_WASL_START):
        return False
    words = grammar_words()
    if word in words.wasl_nouns:
        return True
    return any(word.endswith(e) and word[:-len(e)] in words.wasl_nouns
               for e in words.indefinite_endings)


def has_article(word: str) -> bool:
    """`word` (folded, no clitic before it) begins with the article: ال, and not the ال of a
    verbal noun of `wasl_nouns` (التزام: no article; الالتزام: the article)."""
    return word.startswith("ال") and not wasl_noun(word)
