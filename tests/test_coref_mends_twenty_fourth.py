"""Possessed offices, twenty-fourth session review mends (docs/accuracy.md, "Actor mentions:
possessed offices and group plurals (twenty-fourth session)", "Review mends"), on sentences
written for this file:

1. The owner of an office noun with its pronoun (مبعوثها، سفيره): an organisation that is no
   country's government, named nearer than the country, owns the office (the office takes no
   country), after a preposition too (وفدا من حماس برئاسة مبعوثها) and whatever the spelling of a
   name (حماس, no ة, with ها). Only a common head noun whose spelling shows another gender is
   passed over (الحزب with ها, حركة with ه).
2. The office nouns are found by one pattern compiled per lexicon set (`office_pattern()`),
   tried only on words ending in ه or ا (or a mark).
   The prepositions after which an organisation still owns the office are grammar.json
   `office_group_preps` (من: the group the people before belong to); after another one
   (عضويتها في جامعة الدول العربية … مندوبها) it is passed over, as a country is.
3. Their proclitics are grammar.json `office_proclitics` (was `_OFFICE_PROCLITICS` in Python): a
   user's file that empties it, or adds one, changes what is coded.
"""

from __future__ import annotations

import pytest
from _lexicon_edits import user_words, without  # noqa: E402
from _pipelines import ACTOR_STAGES, actor_codes, actors_nlp as nlp  # noqa: F401 (a fixture)

import marsad
from marsad.actors.coref import Coref
from marsad.lexicon.categories import reading_lexicon
from marsad.lexicon.grammar import grammar_words


def code_of(nlp, text, mention):
    return [c for t, c in actor_codes(nlp, text) if t == mention]


def country_office(codes):
    """Is any of `codes` a country's government office (EGYGOV, not a bare GOV)?"""
    return any(c and c.endswith("GOV") and len(c) > 3 for c in codes)


# -- 1. an organisation named nearer than the country ----------------------------------------------

@pytest.mark.parametrize("text, mention", [
    # a name after من: Hamas's envoy, not Cairo's
    ("استقبلت القاهرة وفدا من حماس برئاسة مبعوثها.", "مبعوثها"),
    # a feminine head noun after من: the movement's envoy
    ("استقبلت القاهرة وفدا من حركة حماس يقوده مبعوثها.", "مبعوثها"),
    # a name not after a preposition, whose spelling shows no gender: its representative
    ("أعلنت مصر أن حماس أرسلت مندوبها إلى غزة.", "مندوبها"),
    # (guard: the old code gave it no country either) a masculine name with ه after a noun of
    # ب: the party's envoy, not Egypt's
    ("رحبت الحكومة المصرية بوفد من حزب الله برئاسة ممثله.", "ممثله"),
])
def test_an_organisation_nearer_than_the_country_owns_the_office(nlp, text, mention):
    assert not country_office(code_of(nlp, text, mention))


@pytest.mark.parametrize("text, mention, code", [
    # (guards) a common head noun whose spelling shows another gender is passed over:
    # الحزب (masculine) with ها, the country before it owns the office
    ("استقبلت القاهرة وفدا من الحزب الديمقراطي برئاسة مبعوثها.", "مبعوثها", "EGYGOV"),
    # a country after مع is still passed over (no owner after a preposition)
    ("قطعت السعودية علاقاتها مع إيران. وقالت إن سفيرها غادر طهران.", "سفيرها", "SAUGOV"),
    # a government body before it
    ("استدعت الخارجية المصرية سفيرها في أنقرة للتشاور.", "سفيرها", "EGYGOV"),
    # an organisation after في (not a preposition of belonging, office_group_preps) is
    # passed over: the country's delegate
    ("قالت سوريا إنها لم تفقد عضويتها في جامعة الدول العربية وإن مندوبها سيحضر الاجتماع.",
     "مندوبها", "SYRGOV"),
])
def test_a_country_still_owns_its_office(nlp, text, mention, code):
    assert code_of(nlp, text, mention) == [code]


# -- 2. one pattern per lexicon set ---------------------------------------------------------------
# (guards: the pattern reads the words as the loop over the proclitics did)

@pytest.mark.parametrize("word, found", [
    ("سفيرها", ("", "سفير", "ها")),
    ("وزيرها", ("", "وزير", "ها")),  # no و + زير
    ("وسفيره", ("و", "سفير", "ه")),
    ("فبممثلها", ("فب", "ممثل", "ها")),
    ("لمبعوثِها", ("ل", "مبعوث", "ها")),  # a mark dropped
    ("سفيرهُ", ("", "سفير", "ه")),  # a mark after the pronoun
    ("سفيرة", None),  # the ة of a woman ambassador, no pronoun
    ("بالسفيرها", None),  # the article is no proclitic of a possessed noun
    ("مندوبهم", None),
    ("سفيرا", None),
])
def test_the_office_pattern_reads_a_word(word, found):
    assert Coref.office_stem(word) == found


def test_the_pattern_is_built_once_per_lexicon_set():
    from marsad.actors.coref import office_pattern

    assert office_pattern() is office_pattern()


# -- 3. office_proclitics is data -----------------------------------------------------------------

SENTENCE = "استدعت الخارجية المصرية وسفيرها في أنقرة للتشاور."


def test_office_proclitics_are_a_grammar_category(nlp):
    assert {"و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل"} <= \
        grammar_words().office_proclitics
    # (the mention is the noun, after its proclitic)
    assert code_of(nlp, SENTENCE, "سفيرها") == ["EGYGOV"]


def test_emptying_office_proclitics_leaves_a_proclitic_office_uncoded(nlp, tmp_path):
    other = marsad.load(ACTOR_STAGES, config={"actors": {"transliterate": False}},
                        lexicon_dirs=[without(tmp_path, "office_proclitics")])
    assert not country_office(code_of(other, SENTENCE, "سفيرها"))
    # the bare noun is still read
    assert code_of(other, "استدعت الخارجية المصرية سفيرها للتشاور.", "سفيرها") == ["EGYGOV"]


def test_emptying_office_group_preps_passes_over_the_group_after_min(tmp_path):
    other = marsad.load(ACTOR_STAGES, config={"actors": {"transliterate": False}},
                        lexicon_dirs=[without(tmp_path, "office_group_preps")])
    # without من in the category, Hamas after من is passed over as after any preposition
    assert code_of(other, "استقبلت القاهرة وفدا من حماس برئاسة مبعوثها.", "مبعوثها") == \
        ["EGYGOV"]


def test_a_users_proclitic_is_read(tmp_path):
    # سـ is no proclitic of a noun: a user who adds it (to see the rule read it) gets it read
    dirs = [user_words(tmp_path, "office_proclitics", ["س"])]
    with reading_lexicon(dirs):
        assert Coref.office_stem("سسفيرها") == ("س", "سفير", "ها")
    assert Coref.office_stem("سسفيرها") is None
