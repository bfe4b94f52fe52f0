"""Reading the store: counts, full-text search, events, quotes, actors and one article.

Every function takes an open connection and plain filter values, builds parameterised SQL only
(no user text is ever formatted into a statement) and returns plain dicts, so the CLI, the web
API and tests share them.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex

from marsad.tables import EVENT_COLUMNS
from marsad.text.normalize import fold, normalize
from marsad.text.window import clip

MAX_LIMIT = 1000


@dataclass
class Filters:
    """Filters shared by search, events and quotes (all optional)."""

    actor: str | None = None  # actor code prefix (RUS, RUSGOV) or part of an English name
    code: str | None = None  # CAMEO code prefix (04, 042)
    root: str | None = None  # CAMEO root code (two digits)
    date_from: str | None = None  # ISO date, inclusive (events: their date lies wholly
    date_to: str | None = None  # ISO date, inclusive     within the bounds given)
    source: str | None = None  # newspaper/source name as stored (e.g. aawsat)
    modality: str | None = None
    speaker: str | None = None  # quotes: speaker code prefix or part of the name
    addressee: str | None = None  # quotes: who was spoken to, as the speaker is given
    kind: str | None = None  # quotes: direct | partial | indirect (`QUOTE_KINDS`)
    plover: str | None = None  # PLOVER event type (ASSAULT, PROTEST...)
    place: str | None = None  # where the event happened: ISO3 country code or part of a name
    place_type: str | None = None  # what kind of place that is: country | region | city
    published_in: str | None = None  # the ISO3 code of the country the article was published
    # in (`articles.country`; an article stored with none is not found by it)


# The kinds of a quote (`Quote.kind`): its words in quotation marks (direct), some of them
# (partial), or reported (indirect: قال إن ...)
QUOTE_KINDS = ("direct", "partial", "indirect")

# The kinds of place an event's place may be (`location_type`, GDELT's ActionGeo_Type)
PLACE_TYPES = ("country", "region", "city")


def place_value(value: str, lexicon_dirs=()) -> str:
    """A place filter as the events store places: an Arabic country or city name of the
    dictionaries (the built-in ones and a user's `lexicon_dirs`, as coding reads them: اليمن،
    عدن) becomes its ISO3 code or English name; any other value is kept (a code, part of an
    English name)."""
    if not any("\u0600" <= ch <= "\u06ff" for ch in value):
        return value
    return _arabic_places(tuple(str(d) for d in lexicon_dirs)).get(fold(value.strip()), value)


# What an actor filter takes (the CLI's --actor and --speaker, the web's actor and speaker)
ACTOR_HELP = ("actor code prefix (RUS: Russia's actors, RUSGOV: its government's), a country's "
              "name in Arabic or English (روسيا, Russia: RUS), an actor's Arabic name as coding "
              "reads it (بوتين: Vladimir Putin; another Arabic name: the Arabic text of the "
              "actor), an acronym (NATO, UNICEF) or words of an English name (Putin, the Saudi "
              "interior ministry)")


def actor_value(value: str, lexicon_dirs=(), reader=None) -> str:
    """An actor filter as the events store actors: a country's name in the dictionaries, Arabic
    (السعودية) or English (Saudi Arabia, any case), becomes its code (SAU), which matches the
    codes of its actors (SAU, SAUGOV, ...); any other Arabic name is read as coding reads an
    actor (`reader(text)` codes a text, by default the actors stage with `lexicon_dirs`): one
    actor the whole value names becomes its English name as the store holds it (بوتين: Vladimir
    Putin, وزارة الداخلية السعودية: Saudi Arabia interior ministry, الحوثيين: Houthis (Ansar
    Allah)), or its code if it is a country or an international body's own (`_own_codes`:
    الأمم المتحدة IGOUNO, الاتحاد الأوروبي IGOEU, with their officials' events); an actor named
    by an acronym, in English or Arabic, as `acronym_value` says (NATO: IGONAT, UNICEF: its
    name); any other value is kept (a code, words of a name, an Arabic name coding does not
    know, which `actor_text_clause` then looks for in the actors' Arabic text)."""
    dirs = tuple(str(d) for d in lexicon_dirs)
    if not any("\u0600" <= ch <= "\u06ff" for ch in value):
        if value.strip().upper() in _acronyms(dirs):  # NATO, UNICEF (any case): an actor's
            return acronym_value(value.strip().upper(), dirs)  # name, not a code
        return _english_countries(dirs).get(" ".join(value.split()).casefold(), value)
    code = _arabic_places(dirs).get(fold(value.strip()), "")
    if _is_country_code(code):
        return code
    return _actor_named(value.strip(), reader or _actor_reader(dirs), dirs) or value


def acronym_value(name: str, lexicon_dirs=()) -> str:
    """The actor filter of an actor whose name is an acronym (NATO, UNICEF), which
    `_actor_clause` would read as a code: its code if the code is the acronym's own, else the
    name in lower case, matched in the actors' names. A code is its own when it is an
    international body's (of no country) that the dictionaries give to this one first (OSCE
    IGOOSC, FIFA NGOFIF; NATO IGONAT before ISAF, OPEC IGOOPC before OPEC+). Not: UNICEF,
    UNHCR, UNESCO (IGOUNO is the United Nations'), nor a country's company, outlet, agency or
    group (ADNOC of AREBUS, IRNA of IRNMED, FBI of USACOP, PKK of TURREB), whose code the
    actors stage gives to any such actor of that country (الشرطة الأمريكية: USACOP)."""
    return _acronyms(tuple(str(d) for d in lexicon_dirs)).get(name) or name.lower()


def names_acronym_actor(value: str, lexicon_dirs=()) -> bool:
    """Is `value` (an actor filter as `actor_value` gives it) the name of an acronym-named actor
    whose code is not its own (unicef)? The Actors box opens its events, not its code's page."""
    dirs = tuple(str(d) for d in lexicon_dirs)
    return value.upper() in _acronyms(dirs) and _acronyms(dirs)[value.upper()] is None


@lru_cache(maxsize=8)
def _acronyms(lexicon_dirs: tuple[str, ...]) -> dict[str, str | None]:
    """The dictionaries' actors named by an acronym (`_reads_as_code`) -> their own code
    (`acronym_value`), or None."""
    from marsad.lexicon import load_lexicon

    own = _own_codes(lexicon_dirs)
    named: dict[str, str] = {}
    for e in load_lexicon(lexicon_dirs).entries("orgs"):
        if e.get("code") and _reads_as_code(e.get("name") or ""):
            named.setdefault(e["name"], e["id"])
    return {name: own.get(ident) for name, ident in named.items()}


@lru_cache(maxsize=8)
def _own_codes(lexicon_dirs: tuple[str, ...]) -> dict[str, str]:
    """The id of each international body of the dictionaries (of no country) that is the
    first given its code -> that code: the code is its own (the United Nations IGOUNO, not
    UNICEF; NATO IGONAT, not ISAF; the European Union IGOEU)."""
    from marsad.lexicon import load_lexicon

    first: dict[str, tuple[str, bool]] = {}
    for e in load_lexicon(lexicon_dirs).entries("orgs"):
        if e.get("code"):
            first.setdefault(e["code"], (e["id"], not e.get("country")))
    return {ident: code for code, (ident, worldwide) in first.items() if worldwide}


def _reads_as_code(value: str) -> bool:
    """Does the actor filter read `value` as a code (all capitals, letters only: SAU, SAUGOV),
    not as words of a name?"""
    return value.isupper() and value.isalpha()


def _is_country_code(code: str | None) -> bool:
    return bool(code) and len(code) == 3 and _reads_as_code(code)


def _actor_named(value: str, reader, lexicon_dirs: tuple[str, ...] = ()) -> str | None:
    """The code of the country, or the English name of the other actor, that the whole of
    `value` names as coding reads it, or None."""
    doc = reader(value)
    whole = [e for e in doc.entities if e.start == 0 and e.end >= len(value.rstrip(".،"))]
    if len(whole) != 1 or not (whole[0].canonical or whole[0].actor_code):
        return None
    e = whole[0]
    if (e.actor_id or "").startswith("country:") and _is_country_code(e.actor_code):
        return e.actor_code
    from marsad.tables import actor_name

    name = actor_name(e)  # (the name the store holds: نادي الرياض, Riyadh club)
    ident = (e.actor_id or "").removeprefix("org:")
    if e.actor_code and _own_codes(lexicon_dirs).get(ident) == e.actor_code:
        return e.actor_code  # الأمم المتحدة: IGOUNO, its officials' and agencies' events too
    if name and _reads_as_code(name):
        # an acronym (NATO, OPEC, PKK) would be read as a code by `_actor_clause` and
        # `actors_page`: its own code (IGONAT) says the same, else the name in lower case
        # (review of the nineteenth session); a code it shares with others (UNICEF's IGOUNO,
        # the United Nations') is not its own (twentieth session)
        if name in _acronyms(lexicon_dirs):
            return acronym_value(name, lexicon_dirs)
        return e.actor_code or name.lower()
    return name or e.actor_code


@lru_cache(maxsize=2)
def _actor_reader(lexicon_dirs: tuple[str, ...]):
    """The stages that read actors, as coding reads them (built once per dictionary set)."""
    import marsad

    return marsad.load(stages=("layout", "sentences", "tokens", "actors"),
                       lexicon_dirs=lexicon_dirs)


@lru_cache(maxsize=8)
def _english_countries(lexicon_dirs: tuple[str, ...]) -> dict[str, str]:
    """A country's English name in the dictionaries, case-folded -> its CAMEO code."""
    from marsad.lexicon import load_lexicon

    return {" ".join(e["name"].split()).casefold(): e.get("cameo") or e["iso3"]
            for e in load_lexicon(lexicon_dirs).entries("countries") if e.get("name")}


@lru_cache(maxsize=8)
def _arabic_places(lexicon_dirs: tuple[str, ...]) -> dict[str, str]:
    """Folded Arabic name -> the place's ISO3 code (countries) or English name (cities)."""
    from marsad.lexicon import load_lexicon

    lexicon = load_lexicon(lexicon_dirs)
    names = {fold(ar): e["name"] for e in lexicon.entries("cities") for ar in e.get("ar", [])}
    names.update({fold(ar): e["iso3"] for e in lexicon.entries("countries")
                  for ar in e.get("ar", [])})
    return names


def stats(con: sqlite3.Connection) -> dict[str, int]:
    q = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
    return {
        "articles": q("SELECT count(*) FROM articles"),
        "sentences": q("SELECT count(*) FROM sentences"),
        "entities": q("SELECT count(*) FROM entities"),
        "quotes": q("SELECT count(*) FROM quotes"),
        "events": q("SELECT count(*) FROM events"),
        "mentions": q("SELECT count(*) FROM mentions"),
        # (distinct: stores of earlier versions repeated a whole file's reject on each run)
        "rejected": q("SELECT count(*) FROM (SELECT DISTINCT origin, line, reason "
                      "FROM rejects)"),
    }


def sources(con: sqlite3.Connection) -> dict[str, int]:
    """The stored articles' sources (newspapers) and their numbers of articles, most first:
    the values `--source` takes."""
    return {r[0]: r[1] for r in con.execute(
        "SELECT source, count(*) FROM articles WHERE source IS NOT NULL GROUP BY source "
        "ORDER BY 2 DESC, 1")}


def _limit(limit: int) -> int:
    return max(1, min(int(limit), MAX_LIMIT))


def _actor_clause(value: str, code_cols: tuple[str, ...], name_cols: tuple[str, ...],
                  names_index: bool = False) -> tuple[str, list[Any]]:
    """Match an actor filter: an upper-case code is a prefix of a code column (SAU takes
    SAUGOV); else words of a name, each in one name column, in any order (the Saudi interior
    ministry: Saudi Arabia interior ministry). `names_index`: the name columns are actors'
    names, which the store's index of names holds (`actor_names`, schema 9): the names that
    hold every word are found there, then the rows with one of them through the columns'
    indexes (on `lower(column)`), not by reading every row."""
    if _reads_as_code(value):  # (a range, which the codes' indexes serve)
        parts = [f"({c} >= ? AND {c} < ?)" for c in code_cols]
        return "(" + " OR ".join(parts) + ")", [value, value + "\uffff"] * len(code_cols)
    words = _name_words(value)
    if names_index and not any(ch in w for w in words for ch in "%_\\"):
        # (the trigram index answers LIKE without ESCAPE only: a word with a wildcard sign is
        # rare enough to read the rows as before). A word of fewer than three letters has no
        # trigram: it is read in the names the longer words found, or in every name (a small
        # table) if it has none; it is not given to the index, where SQLite 3.40 crashes on a
        # short LIKE beside another (`al athad`)
        long_words = [w for w in words if len(w) >= 3]
        short = [w for w in words if len(w) < 3]
        conds = (["id IN (SELECT rowid FROM actor_names_fts WHERE "
                  + " AND ".join("name LIKE ?" for _ in long_words) + ")"] if long_words
                 else []) + ["lower(name) LIKE ?" for _ in short]
        names = "SELECT lower(name) FROM actor_names WHERE " + " AND ".join(conds)
        return ("(" + " OR ".join(f"lower({c}) IN ({names})" for c in name_cols) + ")",
                [f"%{w}%" for _ in name_cols for w in long_words + short])
    parts = [" AND ".join(f"lower({c}) LIKE ? ESCAPE '\\'" for _ in words) for c in name_cols]
    return ("(" + " OR ".join(f"({p})" for p in parts) + ")",
            [_like_contains(w) for _ in name_cols for w in words])


# English words a user may put around a name that the stored names do not hold
_NAME_FILLERS = frozenset(("the", "of", "for", "and"))


def _has_arabic(value: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in value)


def actor_text_clause(value: str, text_cols: tuple[str, ...], article_col: str,
                      index_col: str) -> tuple[str, list[Any]]:
    """Match an Arabic actor filter that names nothing coding knows (a person of no dictionary,
    a company) on the Arabic text the actor was written with: each of its words, folded
    (hamza, alif, ta marbuta), as a whole word of one of `text_cols` (with or without a clitic
    there: `db._arabic_name_words`), in any order. A word of one letter finds nothing.
    The rows are first those of the articles whose column `index_col` (entities, speakers or
    actors) of the actor text index (`actor_text_fts`) holds every word: `article_col` is the
    rows' article id; the function reads only their rows, not the store's."""
    words = [fold(w) for w in regex.split(r"[^\w]+", value) if w]
    if not words or any(len(w) < 2 for w in words):
        return "0", []
    parts = [" AND ".join(f"marsad_name_words({c}) LIKE ? ESCAPE '\\'" for _ in words)
             for c in text_cols]
    match = " AND ".join(f'{index_col} : "{w.replace(chr(34), chr(34) * 2)}"' for w in words)
    return (f"({article_col} IN (SELECT a.article_id FROM articles a WHERE a.rowid IN "
            f"(SELECT rowid FROM actor_text_fts WHERE actor_text_fts MATCH ?)) AND ("
            + " OR ".join(f"({p})" for p in parts) + "))",
            [match, *(_like_contains(f" {w} ") for _ in text_cols for w in words)])


def _name_words(value: str) -> list[str]:
    """The lower-case words of a name filter, without fillers (the whole value if that is all
    it has)."""
    words = [w for w in regex.split(r"[^\w]+", value.lower()) if w]
    kept = [w for w in words if w not in _NAME_FILLERS]
    return kept or [value.lower()]


def _date_range(col: str, f: Filters, where: list[str], params: list[Any]) -> None:
    """Inclusive ISO date bounds on `col` (a fixed column name, never user text)."""
    if f.date_from:
        where.append(f"{col} >= ?")
        params.append(f.date_from)
    if f.date_to:
        where.append(f"{col} <= ?")
        params.append(f.date_to)


def _page(con: sqlite3.Connection, select: str, table: str, where: list[str],
          params: list[Any], order: str, limit: int, offset: int) -> dict[str, Any]:
    """The total count and one page of rows for fixed SQL pieces and bound parameters."""
    sql_where = ("WHERE " + " AND ".join(where)) if where else ""
    total = con.execute(f"SELECT count(*) FROM {table} {sql_where}", params).fetchone()[0]
    rows = con.execute(f"SELECT {select} FROM {table} {sql_where} ORDER BY {order} "
                       f"LIMIT ? OFFSET ?", [*params, _limit(limit), max(0, int(offset))])
    return {"total": total, "results": [dict(r) for r in rows]}


def _like_prefix(s: str) -> str:
    return _escape_like(s) + "%"


def _like_contains(s: str) -> str:
    return "%" + _escape_like(s) + "%"


def _escape_like(s: str) -> str:
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# -- full-text search --------------------------------------------------------------------------
# Hamza on و or on ي: both spellings are common in the news (مسؤول and مسئول, شؤون and شئون, the
# latter Egyptian), and fold keeps them apart (مسوول, مسيول); a query word with one seat also
# looks for the other.
_HAMZA_SEATS = str.maketrans("ؤئ", "ئؤ")


def query_words(query: str, segmenter=None) -> list[list[tuple[str, str]]]:
    """Each word of a search query as its forms: (folded surface, clitic-free stem) pairs, the
    word as written and, for a word with a hamza seat, as written with the other seat."""
    from marsad.text.tokens import tokenize

    def words(q: str):
        return [t for t in tokenize(q, segmenter) if t.kind != "punct"]

    found = words(query)
    swapped = query.translate(_HAMZA_SEATS)
    others = words(swapped) if swapped != query else []
    if len(others) != len(found):  # (the same words, letter for letter: else none)
        others = [None] * len(found)
    forms = []
    for tok, other in zip(found, others, strict=True):
        pairs = [(fold(tok.text), tok.norm or fold(tok.text))]
        if other is not None and other.text != tok.text:
            pairs.append((fold(other.text), other.norm or fold(other.text)))
        pairs += [hamza for pair in pairs if (hamza := _final_hamza(*pair)) not in pairs
                  and hamza is not None]
        pairs += [(bare, bare) for _surface, stem in pairs
                  if (bare := _without_clitic(stem, segmenter)) and (bare, bare) not in pairs]
        pairs += [(form, form) for _surface, stem in pairs
                  for form in _inflected(stem, segmenter) if (form, form) not in pairs]
        if (old := _article_kept(tok.text, pairs[0][1])) and (old, old) not in pairs:
            pairs.append((old, old))
        forms.append(pairs)
    return forms


def _article_kept(text: str, stem: str) -> str | None:
    """The stem a store of schema 5 or older holds for a word in ة written with the article
    (العلاقة: the index kept العلاقه whole when العلاق + ه read as a word and a pronoun; since
    the twentieth session it holds علاقه), so that an old store, migrated, still finds it."""
    if text.endswith("ة") and len(stem) >= 2 and fold(text).endswith("ال" + stem):
        return "ال" + stem
    return None


def _inflected(stem: str, segmenter=None) -> list[str]:
    """The stems the index holds for two inflections of `stem` that the segmenter does not
    take back to it: a noun in اء before a pronoun, whose hamza then sits on ئ (إنشائه: the
    stem إنشائ, folded انشاي; any such noun of four letters or more), and a known common word
    with the accusative alif (وزيرا, folded as وزير + ا; with a segmenter only, for a word of
    three letters or more that does not end in ا ة ء ى ي and whose form with ا is no known
    word of its own: روسي and روسيا, عمر and عمرا are left alone by the ي and by the name)."""
    out = []
    if len(stem) >= 4 and stem.endswith("اء"):
        out.append(stem[:-1] + "ي")
    if segmenter is not None and len(stem) >= 3 and stem[-1] not in "اهءىي":
        known = segmenter.known
        if stem in getattr(known, "common", known) and stem + "ا" not in known:
            out.append(stem + "ا")
    return out


def _final_hamza(surface: str, stem: str) -> tuple[str, str] | None:
    """A word typed without the final hamza after its alif, as written with it (وزرا: وزراء,
    إنشا: إنشاء), or None. A stem of two letters is left alone (ما is no ماء). The other way is
    not taken: written without its hamza a word is often another one once folded (علماء and
    علمًا, أثناء and اثنا, إنشاء and أنشأ)."""
    if stem.endswith("ا") and len(stem) >= 3 and surface.endswith("ا"):
        return surface + "ء", stem + "ء"
    return None


# The proclitics a stored word may keep unsplit before its stem: the segmenter
# (`marsad.text.tokens`) splits a conjunction or preposition only before a word it knows or can
# read (and always the article), so لشؤون, وشؤون stay whole in the index's stems. A query word's
# stem is also looked for in the body with these in front (the article's are split, always).
_CLITIC_HEADS = tuple(c + p for c in ("", "و", "ف") for p in ("", "ب", "ك", "ل"))[1:]


_CLITIC_HEADS_LONGEST_FIRST = tuple(sorted(_CLITIC_HEADS, key=len, reverse=True))


def _with_clitics(stem: str, segmenter=None) -> list[str]:
    """`stem` with each conjunction and preposition the segmenter may leave on it (a stem of
    three letters or more: بعد is no ب + عد): only the forms it does leave whole and does not know
    as common words or names of their own (لشؤون, not وحدة، لجنة، كمال: other words than حدة،
    جنة، مال).
    With no segmenter, only stems of four letters or more."""
    if len(stem) < 3:
        return []
    if segmenter is None:
        return [head + stem for head in _CLITIC_HEADS] if len(stem) >= 4 else []
    known = segmenter.known  # (known only inside a phrase, لشؤون of وزير الدولة لشؤون, is fine)
    words = (getattr(known, "common", known), getattr(known, "names", ()),
             getattr(known, "given", ()))
    return [w for head in _CLITIC_HEADS if not any((w := head + stem) in ws for ws in words)
            and segmenter.analyse(w)[1] == w]


def _without_clitic(stem: str, segmenter=None) -> str | None:
    """The word the segmenter left whole with a conjunction or preposition on it, without it
    (لشؤون: شؤون, لحقوق: حقوق), or None. The segmenter splits such a head off a word it does
    not know when the rest is a known word; a word it knows only as a part of a dictionary
    phrase (وزير الدولة لشؤون ...) it keeps whole, and so does the index. Only such a word is
    cut, and only before a known common word or name (three letters or more): a word known on
    its own (بلدية, لبنان, وزير), a word of a person's or a place's name (باقر, كامل, لفان of
    رأس لفان) or one of no known rest is a word of its own, as the index keeps it."""
    if segmenter is None:
        return None
    known = segmenter.known
    common = getattr(known, "common", known)
    if stem not in known or stem in common or any(
            stem in getattr(known, kind, ()) for kind in ("names", "given", "in_names")):
        return None
    for head in _CLITIC_HEADS_LONGEST_FIRST:
        rest = stem[len(head):]
        if stem.startswith(head) and len(rest) >= 3 and (
                rest in common or (head[-1] != "ك" and rest in getattr(known, "names", ()))):
            return rest
    return None


def fts_query(query: str, segmenter=None) -> str:
    """An FTS5 query for `query` that ignores diacritics, tatweel, spelling variants (the seat
    of a hamza too) and clitics.

    Each word must occur (AND); a word matches the folded surface form or its clitic-free stem.
    Words are quoted, so FTS5 operators in user input are taken literally.
    """
    clauses = []
    for pairs in query_words(query, segmenter):
        terms: dict[str, None] = {}
        for surface, stem in pairs:
            for col, word in [("body", surface), ("stems", stem),
                              *(("body", w) for w in _with_clitics(stem, segmenter))]:
                terms[f'{col} : "{word.replace(chr(34), chr(34) * 2)}"'] = None
        clauses.append("(" + " OR ".join(terms) + ")")
    return " AND ".join(clauses)


def search(con: sqlite3.Connection, query: str, filters: Filters | None = None,
           limit: int = 20, offset: int = 0, segmenter=None) -> dict[str, Any]:
    """Articles matching `query` (may be empty: then filters only), newest first."""
    f = filters or Filters()
    where, params = [], []
    join = ""
    if query.strip():
        match = fts_query(query, segmenter)
        if not match:
            return {"total": 0, "results": []}
        join = "JOIN articles_fts ON articles_fts.rowid = a.rowid"
        where.append("articles_fts MATCH ?")
        params.append(match)
    _article_filters(f, where, params)
    sql_where = ("WHERE " + " AND ".join(where)) if where else ""
    total = con.execute(f"SELECT count(*) FROM articles a {join} {sql_where}", params).fetchone()[0]
    rows = con.execute(
        f"SELECT a.article_id, a.published, a.title, a.source, a.url, a.country, a.text, "
        f"a.n_events, a.n_quotes FROM articles a {join} {sql_where} "
        f"ORDER BY a.published DESC, a.rowid DESC LIMIT ? OFFSET ?",
        [*params, _limit(limit), max(0, int(offset))]).fetchall()
    results = []
    for r in rows:
        d = dict(r)
        text = d.pop("text")
        d["snippet"], d["highlights"] = snippet(text, query, segmenter)
        results.append(d)
    return {"total": total, "results": results}


def article_where(f: Filters) -> tuple[list[str], list[Any]]:
    """The conditions (on `articles a`) and their parameters of the filters."""
    where: list[str] = []
    params: list[Any] = []
    _article_filters(f, where, params)
    return where, params


def entity_where(f: Filters) -> tuple[list[str], list[Any]]:
    """The conditions (on `entities e`) of the filters: the actor (the entity's code or name),
    and the date and source of its article."""
    where: list[str] = []
    params: list[Any] = []
    if f.actor:
        clause, p = _entity_actor_clause(f.actor)
        where.append(clause)
        params.extend(p)
    of_articles, p = article_where(Filters(date_from=f.date_from, date_to=f.date_to,
                                           source=f.source, published_in=f.published_in))
    if of_articles:
        where.append("e.article_id IN (SELECT a.article_id FROM articles a WHERE "
                     + " AND ".join(of_articles) + ")")
        params.extend(p)
    return where, params


def _entity_actor_clause(value: str) -> tuple[str, list[Any]]:
    """An entity of the actor filter: by code or English name, and an Arabic name coding does
    not know by the entity's own text."""
    clause, params = _actor_clause(value, ("e.actor_code",), ("e.canonical",), True)
    if _has_arabic(value):
        text, more = actor_text_clause(value, ("e.text",), "e.article_id", "entities")
        clause, params = f"({clause} OR {text})", params + more
    return clause, params


def _article_filters(f: Filters, where: list[str], params: list[Any]) -> None:
    _date_range("a.published", f, where, params)
    of_article, p = _outlet_clauses(f)
    where.extend(of_article)
    params.extend(p)
    if f.actor:
        clause, p = _entity_actor_clause(f.actor)
        # (the articles of the entities found, through the indexes of the names or codes)
        where.append(f"a.article_id IN (SELECT e.article_id FROM entities e WHERE {clause})")
        params.extend(p)
    if f.code or f.root or f.plover or f.place or f.place_type:  # articles that report such
        # an event
        of_events: list[str] = []
        if f.code or f.root:
            of_events.append("m.ev_event_code LIKE ? ESCAPE '\\'")
            params.append(_like_prefix(f.code or f.root))
        _event_kind_and_place(f, ("m.ev_plover_type", "m.ev_location_country",
                                  "m.ev_location_name", "m.ev_location_type"), of_events, params)
        # (the articles of the mentions found, as for the actor: not a look for each article)
        where.append("a.article_id IN (SELECT m.article_id FROM mentions m WHERE "
                     + " AND ".join(of_events) + ")")


def snippet(text: str, query: str, segmenter=None, width: int = 240
            ) -> tuple[str, list[list[int]]]:
    """A window of `text` around the first match of the query, with the match offsets
    (relative to the snippet) of every query word found in it: whole words the search reads
    as the query's (للأمم for الأمم), not a stem inside another word (بنا in لبنان)."""
    forms = query_words(query, segmenter)
    hits = sorted({(a, b) for a, b, _k in word_hits(text, forms,
                                                   _query_word_test(forms, segmenter))})
    center, center_end = hits[0] if hits else (0, 0)
    start = max(0, center - width // 3)
    shown = clip(text, start, start + width, keep=(center, center_end))
    snip = shown.text.replace("\n", " ")
    marks = [[s + shown.shift, e + shown.shift] for s, e in hits
             if shown.start <= s and e <= shown.end]
    return snip, marks


def word_hits(text: str, forms: list[list[tuple[str, str]]], is_query_word, limit: int = 50
              ) -> list[tuple[int, int, int]]:
    """The [start, end) of each whole word of `text` that the search reads as a query word (at
    most `limit`), with the index of that word in `forms` (`query_words`); `is_query_word` is
    `_query_word_test(forms, ...)`."""
    norm = normalize(text)
    hits: list[tuple[int, int, int]] = []
    for k, pairs in enumerate(forms):
        for _surface, needle in pairs:
            if not needle:
                continue
            i = norm.text.find(needle)
            while i != -1 and len(hits) < limit:
                # widen the hit to the whole word it is part of (للأمم for the stem امم)
                a, b = norm.to_original(i, i + len(needle))
                while a > 0 and _in_word(text[a - 1]):
                    a -= 1
                while b < len(text) and _in_word(text[b]):
                    b += 1
                if is_query_word(text[a:b], needle):
                    hits.append((a, b, k))
                i = norm.text.find(needle, i + len(needle))
    return hits


def _in_word(ch: str) -> bool:
    """A letter, or a mark or tatweel inside an Arabic word (عُلماء)."""
    return ch.isalpha() or "\u064b" <= ch <= "\u065f" or ch in "\u0670\u0640"


# Without a segmenter a word found is the query's when what precedes the query's form in it is
# a chain of proclitics and what follows it a pronoun, if anything (والحكومة، حكومتها)
_PROCLITIC_CHAINS = frozenset(h + a for h in ("", *_CLITIC_HEADS) for a in ("", "ال")) | {
    "لل", "ولل", "فلل"}
_PRONOUNS = frozenset(("", "ه", "ها", "هم", "هما", "هن", "كم", "كن", "نا", "ي", "ك"))


def _query_word_test(forms: list[list[tuple[str, str]]], segmenter=None):
    """`test(word, needle)`: is the whole `word` of an article, in which the query's form
    `needle` was found, a word the search reads as the query's? With the segmenter, as the
    index read it: its stem is a query word's stem, or it is a form the search looks for
    whole (its folded surface, or a stem with a clitic the index kept: لشؤون for شؤون)."""
    stems = {stem for pairs in forms for _surface, stem in pairs if stem}
    whole = {surface for pairs in forms for surface, _stem in pairs} | {
        w for stem in stems for w in _with_clitics(stem, segmenter)}
    if segmenter is not None:
        return lambda word, needle: (fold(word) in whole
                                     or segmenter.analyse(word)[1] in stems)

    def test(word: str, needle: str) -> bool:
        f = fold(word)
        if f in whole:
            return True
        i = f.find(needle)
        while i != -1:
            if f[:i] in _PROCLITIC_CHAINS and f[i + len(needle):] in _PRONOUNS:
                return True
            i = f.find(needle, i + 1)
        return False

    return test


# -- events, quotes, actors --------------------------------------------------------------------
# The orders of an events list, newest first. "date": by the first day the event's date covers
# (a day before its week, month and year), so planned and future-dated events come first;
# "published": by the latest article reporting it, what a reader of the news expects; among
# the events of one day's news, those dated after it (plans, deadlines) after the others.
_BY_EVENT_DATE = "ev.first_day DESC, ev.last_day, ev.num_mentions DESC, ev.event_id"
_REPORTED = "(SELECT max(m.published) FROM mentions m WHERE m.event_id = ev.event_id)"
EVENT_ORDERS = {
    "published": f"{_REPORTED} DESC, ev.first_day > {_REPORTED}, {_BY_EVENT_DATE}",
    "date": _BY_EVENT_DATE,
}


def events(con: sqlite3.Connection, filters: Filters | None = None, limit: int = 50,
           offset: int = 0, sort: str = "published") -> dict[str, Any]:
    """One page of events, newest reported first (`sort="published"`) or newest event date
    first (`sort="date"`)."""
    where, params = event_where(filters or Filters())
    if sort not in EVENT_ORDERS:
        raise ValueError(f"sort {sort!r}: choose one of {', '.join(EVENT_ORDERS)}")
    return _page(con, EVENT_SELECT, "events ev", where, params, EVENT_ORDERS[sort],
                 limit, offset)


def event_where(f: Filters) -> tuple[list[str], list[Any]]:
    """The conditions (on `events ev`) and their parameters of the filters."""
    where: list[str] = []
    params: list[Any] = []
    if f.actor:
        clause, p = _actor_clause(f.actor, ("ev.actor1_code", "ev.actor2_code"),
                                  ("ev.actor1_name", "ev.actor2_name"), True)
        if _has_arabic(f.actor):  # (a name coding does not know: the text of its mentions)
            text, more = actor_text_clause(f.actor, ("m.actor1_text", "m.actor2_text"),
                                           "m.article_id", "actors")
            clause = (f"({clause} OR EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = "
                      f"ev.event_id AND {text}))")
            p = p + more
        where.append(clause)
        params.extend(p)
    if f.code:
        where.append("ev.event_code LIKE ? ESCAPE '\\'")
        params.append(_like_prefix(f.code))
    if f.root:
        where.append("ev.event_root_code = ?")
        params.append(f.root)
    _event_kind_and_place(f, ("ev.plover_type", "ev.location_country", "ev.location_name",
                              "ev.location_type"), where, params)
    _event_date_range(f, where, params)
    if f.modality:
        where.append("ev.modality = ?")
        params.append(f.modality)
    of_article, p = _outlet_clauses(f)
    if of_article:  # (an article reporting it of that source and country)
        where.append("EXISTS (SELECT 1 FROM mentions m JOIN articles a ON a.article_id = "
                     "m.article_id WHERE m.event_id = ev.event_id AND "
                     + " AND ".join(of_article) + ")")
        params.extend(p)
    return where, params


def _outlet_clauses(f: Filters) -> tuple[list[str], list[Any]]:
    """The conditions (on `articles a`) of the filters of the article itself: its source
    (newspaper) and the country it was published in."""
    where: list[str] = []
    params: list[Any] = []
    if f.source:
        where.append("a.source = ?")
        params.append(f.source)
    if f.published_in:
        where.append("a.country = ?")
        params.append(f.published_in)
    return where, params


# `day` of a week or an interval was stored empty before `tables._day` gave one: read it from
# the date then (COALESCE calls the function only for such rows), so old stores need no migration
_EVENT_EXPRESSIONS = {"day": "COALESCE(ev.day, marsad_day(ev.date)) AS day"}
EVENT_SELECT = ", ".join(_EVENT_EXPRESSIONS.get(c, f"ev.{c}") for c in EVENT_COLUMNS)


def _event_kind_and_place(f: Filters, cols: tuple[str, str, str, str], where: list[str],
                          params: list[Any]) -> None:
    """The PLOVER type and the place of an event, on the fixed columns `cols` (type, country,
    place name, place type) of the events table or of the mentions' copies of them."""
    kind, country, name, place_type = cols
    if f.plover:
        where.append(f"{kind} = ?")
        params.append(f.plover.upper())
    if f.place:  # (as an actor: an upper-case code is the country, else words of the name,
        # found in the names index, which holds the place names since schema 10)
        clause, p = _actor_clause(f.place, (country,), (name,), names_index=True)
        where.append(clause)
        params.extend(p)
    if f.place_type:  # (country, region or city: rows stored before it was recorded have none)
        where.append(f"{place_type} = ?")
        params.append(f.place_type)


def _event_date_range(f: Filters, where: list[str], params: list[Any]) -> None:
    """Events whose date (a day, week, month, year or interval) lies within the bounds."""
    if f.date_from:
        where.append("ev.first_day >= ?")
        params.append(f.date_from)
    if f.date_to:
        where.append("ev.last_day <= ?")
        params.append(f.date_to)


def event_mentions(con: sqlite3.Connection, event_id: str) -> list[dict[str, Any]]:
    rows = con.execute(
        "SELECT m.article_id, m.sentence, m.start, m.\"end\", m.evidence, m.sentence_text, "
        "m.modality, m.date_source, m.published, a.title, a.source, a.url, a.country, "
        "s.start AS sentence_start FROM mentions m "
        "JOIN articles a ON a.article_id = m.article_id "
        "LEFT JOIN sentences s ON s.article_id = m.article_id AND s.idx = m.sentence "
        "WHERE m.event_id = ? "
        "ORDER BY m.article_id, m.sentence", (event_id,))
    return [dict(r) for r in rows]


def event(con: sqlite3.Connection, event_id: str) -> dict[str, Any] | None:
    """One stored event row with its mentions (the evidence it was coded from)."""
    r = con.execute(f"SELECT {EVENT_SELECT} FROM events ev WHERE event_id = ?",
                    (event_id,)).fetchone()
    if r is None:
        return None
    return {**dict(r), "mentions": event_mentions(con, event_id)}


# a quote's row: its columns and its article's title
QUOTE_SELECT = ("q.*, (SELECT a.title FROM articles a WHERE a.article_id = q.article_id) "
                "AS article_title")


def quotes(con: sqlite3.Connection, filters: Filters | None = None, limit: int = 50,
           offset: int = 0, words: str = "", segmenter=None) -> dict[str, Any]:
    """One page of quotes, newest first, each with its article's title (`article_title`).
    `words`: only the quotes that hold every one of these words as the article search reads a
    word (any spelling, with or without clitics: للأمم for الأمم; give the `segmenter` of
    coding for the clitics the index split), each row then with `highlights`, the [start, end)
    of the words found in its `text`."""
    where, params = quote_where(filters or Filters())
    forms = query_words(words, segmenter) if words.strip() else []
    test = _query_word_test(forms, segmenter)
    if words.strip():
        match = fts_query(words, segmenter)
        if not forms or not match:
            return {"total": 0, "results": []}
        # (per connection and query: a request has its connection to itself)
        con.create_function("marsad_quote_has_words", 1,
                            lambda t: _has_every_word(t or "", forms, test))
        # the quotes of the articles the index finds (each word somewhere in the article),
        # then each of those quotes read for the words
        where += ["q.article_id IN (SELECT a.article_id FROM articles a JOIN articles_fts ON "
                  "articles_fts.rowid = a.rowid WHERE articles_fts MATCH ?)",
                  "marsad_quote_has_words(q.text)"]
        params.append(match)
    res = _page(con, QUOTE_SELECT, "quotes q", where, params, "q.published DESC, q.id",
                limit, offset)
    for r in res["results"]:
        r["highlights"] = ([[a, b] for a, b in sorted({(a, b) for a, b, _k in word_hits(
            r["text"] or "", forms, test)})] if forms else [])
    return res


def _has_every_word(text: str, forms: list[list[tuple[str, str]]], is_query_word) -> bool:
    return all(word_hits(text, [pairs], is_query_word, limit=1) for pairs in forms)


def quote_where(f: Filters) -> tuple[list[str], list[Any]]:
    """The conditions (on `quotes q`) and their parameters of the filters: the speaker (or
    actor), the addressee (by code or name, as the speaker), the kind, dates, source."""
    where: list[str] = []
    params: list[Any] = []
    who = f.speaker or f.actor
    if who:
        clause, p = _actor_clause(who, ("q.speaker_code",), ("q.speaker_name",), True)
        if _has_arabic(who):
            text, more = actor_text_clause(who, ("q.speaker_text",), "q.article_id",
                                           "speakers")
            clause, p = f"({clause} OR {text})", p + more
        where.append(clause)
        params.extend(p)
    if f.addressee:  # (no Arabic text is stored of an addressee: its code or its name)
        clause, p = _actor_clause(f.addressee, ("q.addressee_code",), ("q.addressee_name",),
                                  True)
        where.append(clause)
        params.extend(p)
    if f.kind:
        if f.kind not in QUOTE_KINDS:
            raise ValueError(f"quote kind {f.kind!r}: choose one of {', '.join(QUOTE_KINDS)}")
        where.append("q.kind = ?")
        params.append(f.kind)
    _date_range("q.published", f, where, params)
    of_article, p = _outlet_clauses(f)
    if of_article:
        where.append("EXISTS (SELECT 1 FROM articles a WHERE a.article_id = q.article_id "
                     "AND " + " AND ".join(of_article) + ")")
        params.extend(p)
    return where, params


def actor(con: sqlite3.Connection, code: str, limit: int = 200) -> dict[str, Any] | None:
    """An actor's profile: names seen, events by month, counterparts, quotes. `code` is taken
    as the events filter takes it, a prefix: SAU is Saudi Arabia with its government, army ...
    (SAU, SAUGOV, SAUMIL), SAUGOV its government; `codes` counts each code's events."""
    in_code = "({c} >= ? AND {c} < ?)"
    span = (code, code + "\uffff")  # (codes are ASCII: every code that begins with `code`)
    names = [dict(r) for r in con.execute(
        f"SELECT canonical, type, count(*) AS mentions FROM entities "
        f"WHERE {in_code.format(c='actor_code')} "
        f"GROUP BY canonical, type ORDER BY mentions DESC LIMIT 20", span)]
    one, two = in_code.format(c="actor1_code"), in_code.format(c="actor2_code")
    ev_where = f"({one} OR {two})"
    n_events = con.execute(f"SELECT count(*) FROM events WHERE {ev_where}",
                           span * 2).fetchone()[0]
    if not names and not n_events:
        return None
    # its name: the one most often given to the code itself (SAU: Saudi Arabia, not a minister)
    own = con.execute("SELECT canonical FROM entities WHERE actor_code = ? AND canonical IS NOT "
                      "NULL GROUP BY canonical ORDER BY count(*) DESC LIMIT 1", (code,)).fetchone()
    codes = [dict(r) for r in con.execute(
        f"SELECT code, count(DISTINCT event_id) AS events FROM ("
        f" SELECT actor1_code AS code, event_id FROM events WHERE {one} UNION ALL"
        f" SELECT actor2_code, event_id FROM events WHERE {two})"
        f" GROUP BY code ORDER BY events DESC, code", span * 2)]
    # the month of events dated to a day, week or month (not of a year or a longer interval)
    timeline = [dict(r) for r in con.execute(
        f"SELECT substr(first_day, 1, 7) AS month, count(*) AS events, "
        f"round(avg(goldstein), 2) AS mean_goldstein FROM events WHERE {ev_where} "
        f"AND julianday(last_day) - julianday(first_day) <= 30 GROUP BY month ORDER BY month",
        span * 2)]
    counterparts = [dict(r) for r in con.execute(
        f"SELECT CASE WHEN {one} THEN actor2_code ELSE actor1_code END AS code, "
        f"CASE WHEN {one} THEN actor2_name ELSE actor1_name END AS name, "
        f"quad_class, count(*) AS events FROM events WHERE {ev_where} "
        f"GROUP BY code, quad_class HAVING code IS NOT NULL ORDER BY events DESC LIMIT ?",
        (*span * 4, _limit(limit)))]
    ev = events(con, Filters(actor=code), limit=limit)["results"]
    qs = quotes(con, Filters(speaker=code), limit=limit)["results"]
    return {"code": code, "name": own[0] if own else (names[0]["canonical"] if names else None),
            "names": names, "n_events": n_events, "codes": codes,
            "timeline": timeline, "counterparts": counterparts, "events": ev, "quotes": qs}


def code_of_name(con: sqlite3.Connection, name: str) -> str | None:
    """The actor code the store most often gives the actor of this name (any case), or None."""
    r = con.execute("SELECT actor_code FROM entities WHERE lower(canonical) = lower(?) AND "
                    "actor_code IS NOT NULL GROUP BY actor_code ORDER BY count(*) DESC, "
                    "actor_code LIMIT 1", (name,)).fetchone()
    return r[0] if r else None


def top_actors(con: sqlite3.Connection, limit: int = 50) -> list[dict[str, Any]]:
    """Actor codes by the number of events they take part in (as source or target), each with
    the name its events most often give it (a role's code, CVL or GOV, has many; of names given
    as often, the greatest, as before)."""
    return [dict(r) for r in con.execute(
        "WITH named AS (SELECT code, name, sum(n) AS n FROM ("
        " SELECT actor1_code AS code, actor1_name AS name, count(*) AS n FROM events"
        " WHERE actor1_code IS NOT NULL GROUP BY 1, 2 UNION ALL"
        " SELECT actor2_code, actor2_name, count(*) FROM events"
        " WHERE actor2_code IS NOT NULL GROUP BY 1, 2) GROUP BY code, name),"
        " ranked AS (SELECT code, name, n, row_number() OVER (PARTITION BY code"
        " ORDER BY name IS NULL, n DESC, name DESC) AS k FROM named)"  # (a tie: the greatest)
        " SELECT code, max(CASE WHEN k = 1 THEN name END) AS name, sum(n) AS events"
        " FROM ranked GROUP BY code ORDER BY events DESC, code LIMIT ?", (_limit(limit),))]


def article(con: sqlite3.Connection, article_id: str) -> dict[str, Any] | None:
    """One stored article as the output contract (the coded document with its text)."""
    r = con.execute("SELECT article_id, published, title, source, url, country, text, "
                    "doc_json FROM articles WHERE article_id = ?", (article_id,)).fetchone()
    if r is None:
        return None
    doc = json.loads(zlib.decompress(r["doc_json"]).decode("utf-8"))
    doc["text"] = r["text"]
    meta = doc.get("meta", {})
    doc["meta"] = {**meta, "title": r["title"], "source": r["source"], "url": r["url"],
                   "country": r["country"] or meta.get("country")}
    return doc
