"""Every form of every built-in actor dictionary entry is found in a sentence, with and without a
proclitic, and resolves to its own entry — unless a longer entry (or an equal form of an entry
of a higher-priority file) legitimately shadows it, in which case it must resolve to that entry.

Sentences are generated from the entries: `وقال X أمس.`, `وقال وX أمس.`, `وصل الوفد إلى لX.`,
`وقال بX أمس.` (ل and ب before a form that starts with the article fuse into لل / بال).
"""

from __future__ import annotations

import pytest

import marsad
from marsad.actors.forms import key_of, starts_with_article
from marsad.text.normalize import fold

STAGES = ("layout", "sentences", "tokens", "actors")


def _nisba_written_forms(base: str) -> list[str]:
    # written out here, independently of the matcher's generator
    out = [base, "ال" + base, base + "ة", "ال" + base + "ة"]
    if base.endswith("ي"):
        out += ["ال" + base + "ون", base + "ين", "ال" + base + "ين", "ال" + base + "ات",
                "ال" + base + "تين", "ال" + base + "ان"]
    return out


def _cases(lexicon):
    """(label, form, identity predicate) for every form of every entry."""
    for e in lexicon.entries("countries"):
        ident = ("country", f"country:{e['iso3']}")
        for f in e["ar"]:
            yield f"country {e['iso3']}", f, ident
        if e.get("scope_only"):
            continue  # a people's nisba codes only an actor noun (test_actor_roles_units)
        for n in e.get("nisba", ()) or ():
            for f in _nisba_written_forms(n):
                yield f"nisba {e['iso3']}", f, ident
    for e in lexicon.entries("cities"):
        ident = ("city", f"city:{e['name']}:{e.get('country') or ''}")
        for f in e["ar"]:
            yield f"city {e['name']}", f, ident
    for e in lexicon.entries("orgs"):
        for f in e["ar"]:
            yield f"org {e['id']}", f, ("id", f"org:{e['id']}")
    for e in lexicon.entries("people"):
        for f in e["ar"]:
            yield f"person {e['id']}", f, ("id", f"person:{e['id']}")
    for e in lexicon.entries("agents"):
        if e.get("scoped"):
            continue  # a unit noun is found only with a nationality (test_actor_roles_units)
        for f in e["ar"]:
            yield f"agent {e['en']}", f, ("agent", (e["en"], e["code"], e.get("country")))


def _is(entity, ident) -> bool:
    kind, value = ident
    if kind == "agent":
        if value[2] and entity.how == "office":
            # a title of one country's office (خادم الحرمين الشريفين) is its holder on the date
            return entity.role == value[1] and entity.actor_code.startswith(value[2][:3])
        return entity.role == value[1] and (entity.canonical == value[0]
                                            or entity.canonical.startswith(value[0] + " of "))
    return entity.actor_id == value


def _variants(form: str) -> list[tuple[str, str]]:
    """(sentence, the text the entity must have) for a form, bare and with proclitics."""
    art = starts_with_article(form)
    li = ("لل" + form.lstrip()[2:]) if art else "ل" + form  # ل + ال is written لل
    out = [(f"وقال {form} أمس.", form), (f"وقال و{form} أمس.", form),
           (f"وصل الوفد إلى {li}.", li[1:] if art else form), (f"وقال ب{form} أمس.", form)]
    # (ل before the article: the span starts at the article's ل, لل -> ل; twenty-fourth session)
    if not fold(form)[:1].isalpha() or not ("\u0621" <= form.strip()[0] <= "\u064a"):
        out = out[:1]  # Latin or odd forms: only bare
    return out


def _alias_contexts(lexicon) -> dict[str, str]:
    """Folded one-word person names that are also common nouns (words.json
    "common_noun_aliases") -> " في <the person's country>": they are the person only in an
    article that names his country."""
    aliases = {fold(w) for e in lexicon.entries("words")
               if e.get("category") == "common_noun_aliases" for w in e["words"]}
    countries = {e["iso3"]: e["ar"][0] for e in lexicon.entries("countries")}
    return {fold(f): f" في {countries[e['country']]}" for e in lexicon.entries("people")
            for f in e["ar"] if fold(f) in aliases and e.get("country") in countries}


@pytest.fixture(scope="module")
def lexnlp():
    return marsad.load(STAGES)


def test_every_dictionary_form_is_found(lexnlp):
    lexicon = lexnlp.resources.lexicon
    gaz = lexnlp.resources.get("actors.gazetteer", None)
    cases = list(_cases(lexicon))
    if not cases:
        pytest.skip("no actor dictionaries yet")
    unreachable, shadowed, checked = [], [], 0
    contexts = _alias_contexts(lexicon)
    # places that are also common words (القصير، السلمية) are places after a preposition, and a
    # proclitic + form that is itself a listed common word (بليون: billion, not ب + ليون) is none
    homographs = {fold(w) for e in lexicon.entries("words")
                  if e.get("category") == "place_homographs" for w in e["words"]}
    common = {fold(w) for e in lexicon.entries("words")
              if e.get("category") in ("nouns", "verbs", "particles") for w in e["words"]}
    for label, form, ident in cases:
        if len(key_of(form)) < 2:
            continue
        for sentence, expect_text in _variants(form):
            if fold(form) in contexts:  # الأسد (also the lion): the person in an article on Syria
                sentence = sentence[:-1] + contexts[fold(form)] + "."
            if fold(form) in homographs:
                sentence = sentence.replace("وقال ", "وقال في ", 1)
            if " " not in form and any(fold(p + form) in common for p in "بلكفو"
                                       if p + form in sentence):
                continue
            checked += 1
            doc = lexnlp(sentence, published="2017-11-02")
            pos = sentence.index(expect_text)
            exact = [e for e in doc.entities if e.start == pos and e.end == pos + len(expect_text)]
            if any(_is(e, ident) for e in exact):
                continue
            cover = [e for e in doc.entities if e.start <= pos and pos + len(expect_text) <= e.end]
            longer = [e for e in cover if e.end - e.start > len(expect_text)
                      and _is_dictionary_form(gaz, e.text)]
            same = _same_form_elsewhere(gaz, form, ident)
            if longer:
                shadowed.append((label, form, sentence, longer[0].text, longer[0].actor_id))
            elif exact and same:
                shadowed.append((label, form, sentence, exact[0].text, exact[0].actor_id))
            else:
                unreachable.append((label, form, sentence,
                                    [(e.text, e.actor_id) for e in doc.entities]))
    if shadowed:
        print(f"{len(shadowed)} forms shadowed by a longer or higher-priority entry, e.g.:")
        for sh in shadowed[:40]:
            print("  ", sh)
    # a shadowed form must resolve to the dictionary entry that shadows it
    bad = [sh for sh in shadowed if not sh[4] or sh[4].startswith(("name:", "role:GOV:None"))]
    assert not bad, bad
    report = "\n".join(f"{u[0]}: {u[1]!r} in {u[2]!r} -> {u[3]}" for u in unreachable[:60])
    assert checked > 0
    assert not unreachable, f"{len(unreachable)} of {checked} unreachable:\n{report}"


def _is_dictionary_form(gaz, text: str) -> bool:
    """Is `text` (maybe after one proclitic) a whole key of the compiled dictionaries?"""
    key = key_of(text)
    return any(gaz.automaton.exists(k) for k in (key, key[1:]))


def _same_form_elsewhere(gaz, form: str, ident) -> bool:
    """Does another entry (of a higher-priority file) have exactly this form?"""
    key = key_of(form)
    found = gaz.automaton.get(key, None) if gaz is not None else None
    return bool(found and len(found[1]) > 1)


def test_lexicon_check_of_a_missing_or_empty_folder_is_not_ok(tmp_path, capsys):
    from marsad.cli import main

    (tmp_path / "empty").mkdir()
    assert main(["lexicon", "check", str(tmp_path / "none")]) == 1
    assert main(["lexicon", "check", str(tmp_path / "empty")]) == 1
    out = capsys.readouterr()
    assert "OK" not in out.out
    assert "none: is not a folder" in out.err and "empty: holds no .json dictionary file" in (
        out.err)
