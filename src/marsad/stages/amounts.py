"""Stage 'amounts': numbers with their scale, currency or counted noun, and a qualifier.

Matching runs on the folded text (`doc.norm.text`): a number core (digits with an optional scale
word, 30 مليار; or Arabic number words, خمسة وعشرون ألفاً; or an approximate plural, عشرات
الآلاف) is found first, then what follows it (a currency with its adjective, a percent sign or
في المئة, an indefinite counted noun) and the qualifier around it (حتى، نحو، أكثر من، على الأقل).
Numbers inside date expressions (في 2015، 12 آذار) are skipped, and a bare number with nothing
counted after it is not an amount.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from decimal import Decimal

import regex

from marsad.dates.extract import STATE_NO_PLAIN_DATES, find_dates
from marsad.dates.lexicon import alternation
from marsad.dates.numbers import (compound_break, number_tables, number_words, parse_digits,
                                  parse_number_words, word_alternation)
from marsad.document import Amount, Document
from marsad.lexicon.grammar import negation_particles
from marsad.lexicon.categories import (category_files, current_lexicon_dirs, per_lexicon,
                                       read_categories, reading_lexicon)
from marsad.text.normalize import DROPPED_CHARS, fold

# Start of a word after و ف ب ل (not ك: كمية is not ك + مية).
B = (r"(?:(?<![\p{L}\p{N}])|(?<=(?<![\p{L}\p{N}])[وفبل])"
     r"|(?<=(?<![\p{L}\p{N}])[وف][بل]))")
E = r"(?![\p{L}\p{N}])"

AMOUNTS_KIND = "amounts"
PEOPLE = "شخص"  # the unit of a number a verb in the plural counts (آلاف نزحوا): persons
DECIMAL_WORD = "فاصله"  # (folded) the decimal comma written as a word: ثلاثة فاصلة خمسة


@dataclass(frozen=True)
class AmountWords:
    """The categories of amounts.json, folded (see docs/dictionaries.md, ### amounts)."""

    qualifiers_before: dict[str, str]  # حتي -> "up to"
    qualifiers_after: dict[str, str]  # علي الاقل -> "at least"
    currencies: dict[str, str]  # a form of a currency noun -> its base name
    currency_codes: dict[str, str]  # a form -> the ISO code it has on its own
    currency_adjectives: dict[tuple[str, str], str]  # (base, adjective stem) -> ISO code
    not_counted: frozenset[str]  # words after a number that are not what it counts
    fractions: dict[str, str]  # ربع -> "0.25": a part of the bare scale word after it
    measure_adjectives: dict[str, str]  # مربعا -> مربع: كيلومتر مربع is another unit
    verb_homographs: dict[str, str]  # اثني -> أثنى: a number word that, so written, is a verb
    change_words: frozenset[str]  # ارتفع، زياده: before من X إلى Y, a change (no range)
    country_currencies: dict[str, str]  # kwt -> KWD: a shared currency name in a country
    currency_homes: dict[str, str]  # sau -> SAR: the country of a shared name's default code
    kept_defaults: frozenset[str]  # sar: a default kept where no country of its name is named
    label_nouns: frozenset[str]  # رقم، الماده، الطابق: digits after them label, not count
    count_adjectives: frozenset[str]  # الكبري: an adjective between a noun and its post-number
    rate_adverbs: dict[str, str]  # سنويا -> "per year": a rate after an amount, never its unit
    reached_after: frozenset[str]  # ان، سوف: before تصل إلى, a value reached (no "up to")
    total_words: frozenset[str]  # اجمالي، مجموع: before تصل إلى, the total reached (no "up to")
    feminine_plurals: frozenset[str]  # دول، مدن: plurals of feminine nouns the shapes miss
    chain_breakers: frozenset[str]  # هؤلاء، بخاصة: no construct chain goes back past them
    bound_negations: frozenset[str]  # لا، ما لا، الا: before a verb of `negated_qualifiers`
    negated_qualifiers: dict[str, str]  # يزيد علي -> "up to", يقل عن -> "at least" (negated)
    partitive_labels: frozenset[str]  # الدقيقه، الجوله: a number after them and من labels
    one_alone: frozenset[str]  # احد، واحد: the number "one" alone, "one of" (nothing counted)
    partitive_plurals: frozenset[str]  # رجال، جنود، قاده: plurals of persons the shapes miss
    people_of: dict[str, str]  # منهم، من الجنسين -> شخص: persons counted, not named
    partitive_totals: frozenset[str]  # اصل، مجموع: 5 من أصل 10 طلاب (the total's unit)
    part_pronouns: frozenset[str]  # منهم، منها: 5 منها counts what a count before it counts
    minus_words: frozenset[str]  # ناقص، سالب: before a number, a negative value
    other_words: frozenset[str]  # آخرين، أخرى: 10 آخرون counts what a count before it counts
    casualty_nouns: frozenset[str]  # قتيل، جرحى: 13 قتيلاً و23 آخرون: the others are persons
    person_units: frozenset[str]  # شخص، اشخاص: اثنتان منها points back at no count of them
    feminine_persons: frozenset[str]  # نساء: a count of women, which اثنتان منها may count
    resolution_labels: frozenset[str]  # قرار، القرارين: 2216 after them and a genitive labels


@per_lexicon
def amount_words() -> AmountWords:
    """The amounts dictionaries of the lexicon set in use (the built-in amounts.json, with a
    user's files of kind amounts), read and schema-checked once per process per lexicon set."""
    files = category_files(current_lexicon_dirs(), AMOUNTS_KIND)
    by_category = read_categories(files, (f.name for f in fields(AmountWords)))
    # ("<base> <adjective>": the base is one word, the adjective the rest)
    by_category["currency_adjectives"] = {
        tuple(key.split(" ", 1)): code for key, code in by_category["currency_adjectives"].items()}
    return AmountWords(**by_category)


@per_lexicon
def currency_forms() -> dict[str, tuple[str, str | None]]:
    """A form of a currency noun -> (its base name, the ISO code it has on its own or None)."""
    words = amount_words()
    return {form: (base, words.currency_codes.get(form))
            for form, base in words.currencies.items()}


APPROX_NAMES = {10: "tens of", 100: "hundreds of", 1000: "thousands of",
                10**6: "millions of", 10**9: "billions of"}
PERCENT = r"(?:\s*[%٪]|\s+(?:في\s+ال|بال)م(?:ي|اي|ا)ه(?![\p{L}]))"


@dataclass(slots=True)
class _Hit:
    start: int
    end: int
    value: float
    unit: str | None
    qualifier: str | None
    kind: str = "money"  # money | percent | count | approx
    # (folded span of a lone ألفا/مليونا/مليارا before what it counts: two of the scale when
    # the original shows no tanween on it, مليارا دولار; the stage reads the original)
    dual_at: tuple[int, int] | None = None
    # a currency with no ISO code known from its words (درهم، دينار): its base name; the stage
    # reads the country of the text (`_country_currency`)
    currency: str | None = None
    # the two ends of the range the amount is an end of (بين 10 و20 شخصاً: (10, 20) on both)
    range: tuple[float, float] | None = None
    # a count of a plural after من whose folded unit ends in a ه read on the original
    # (أبنائه: the pronoun, dropped; a ة there, رواية، ولاية, is a singular: no count)
    his: bool = False
    # a number before من أصل / من بين and a total (5 من أصل 10 طلاب): where the total's amount
    # must start; it lends its unit (`_of_totals`), and with none the number is no amount
    total_at: int | None = None
    # a count of a sound plural in construct after من (5 من موظفي الشركة: unit موظفين) whose
    # last letter, folded ي, is checked on the original (an ى there is a singular: مستشفى)
    construct: bool = False
    # "part": a number before a pronoun of amounts.json `part_pronouns` (5 منهم، 10 منها), it
    # counts what the nearest larger count before it counts; "others" / "other": a number before
    # a word of `other_words` for persons (10 آخرون) or not (7 أخرى), what the nearest count
    # before it in its clause / sentence counts (`_antecedents`)
    pointing: str | None = None


@per_lexicon
def _patterns() -> dict[str, regex.Pattern]:
    lex = amount_words()
    words = word_alternation(("احد", "احدي"))
    scales = alternation(number_tables().scales)
    approx = alternation(number_tables().approx)
    # (the Arabic comma ، too: 2،010،946 has thousands, 1،72 درهم is 1.72)
    digits = r"(?:\d{1,3}(?:[,\u066c\u060c]\d{3})+|\d+)(?:[.\u066b,\u060c]\d+)?"
    return {
        "core": regex.compile(
            # (no digits joined by + or =: مجموعة 5+1، 2+2=5 are names and sums, not amounts)
            rf"(?:(?<![\d.,\u066b\u066c])(?<!\d\s?[+=]\s?)(?P<dollar>\$\s*)?(?P<digits>{digits})"
            rf"(?![\d])(?!\s?[+=]\s?\d)"
            # (3) آلاف، (120) عاملاً: digits in brackets, the scale or noun after them
            rf"(?P<close>(?<=\(\s?{digits})\s?\))?"
            rf"(?:\s*(?P<scale>{scales}){E})?"
            # number words; the first may carry the article before a scale (الخمسين مليون), and
            # digits may follow و inside them (مليون و162 ألف), or end them after a scale word
            # (ألف و500 شخص: 1500)
            rf"|{B}(?!(?:ال)?(?:{approx}){E})(?P<words>(?:ال)?(?:{words})"
            rf"(?:\s+و?\s*(?:{words}|\d+(?=\s+(?:{scales}){E})"
            rf"|(?<=(?:{scales})\s+و\s*)\d+(?![\d.,\u066b\u066c])))*){E}"
            # (the article too: المئات من المحتجين، العشرات تظاهروا)
            rf"|{B}(?:ال)?(?P<approx>{approx})(?:\s+(?:من\s+)?(?P<approx2>الالاف|الاف|"
            rf"الملايين|ملايين|المليارات|مليارات))?{E})"),
        # (a negated verb of comparison first: لا يزيد على 500 is at most 500, never the "more
        # than" of يزيد على; the search is leftmost, so the negation's match wins)
        "qual_before": regex.compile(
            rf"(?:^|(?<=[^\p{{L}}]))[وف]?(?P<prep>[لب])?"
            rf"(?:(?P<neg>{alternation(lex.bound_negations)})"
            rf"\s*(?P<nq>{alternation(lex.negated_qualifiers)})"
            rf"|(?P<q>{alternation(lex.qualifiers_before)}))\s+$"),
        "qual_after": regex.compile(rf"\s*[،,]?\s*(?P<q>{alternation(lex.qualifiers_after)}){E}"),
        "rate": regex.compile(rf"\s*[،,]?\s*(?P<r>{alternation(lex.rate_adverbs)}){E}"),
        "percent": regex.compile(PERCENT),
        "currency": regex.compile(
            rf"\s*(?:من\s+)?(?P<al>ال)?(?P<cur>{alternation(lex.currencies)}){E}"
            rf"(?:\s+(?P<adj>(?:ال)?\p{{L}}+))?"),
        "dollar_after": regex.compile(r"\s*\$"),
        "noun": regex.compile(r"\s+(?P<noun>\p{L}{2,})"),
        "measure": regex.compile(rf"\s+(?P<adj>{alternation(lex.measure_adjectives)}){E}"),
        "half_after": regex.compile(rf"\s+ونصف(?:\s+(?:ال)?(?:{scales}))?{E}"),
        "fraction_before": regex.compile(
            rf"(?:^|(?<=[^\p{{L}}]))[وفبل]?(?P<f>{alternation(lex.fractions)})\s+$"),
        "noun_of": regex.compile(r"\s+(?:من\s+)?(?P<noun>\p{L}{2,})"),
        # (a demonstrative between: ستين من هؤلاء المتشددين, a count of المتشددين)
        # (من بين المعتقلين: of, among)
        "partitive": regex.compile(
            rf"\s+من\s+(?:بين\s+(?=ال))?(?:(?P<dem>{alternation(lex.chain_breakers)})\s+)?(?P<noun>\p{{L}}{{3,}})"),
        # the low end of a range before its high end: بين 10 و، ما بين 5 و، 15 – (not after
        # another number or dash: 4 - 2 - 3 - 1 is a line-up)
        "people_of": regex.compile(
            rf"\s+(?P<p>{alternation(set(lex.people_of) | lex.part_pronouns)}){E}"),
        # ناقص 0.3 في المائة، (-6.9 في المائة): a negative value (a sign only glued to digits
        # in a bracket: 15 - 20، DC-3، «-5 ملاعق» in a list are no negatives)
        "minus": regex.compile(
            rf"(?:(?:^|(?<=[^\p{{L}}]))[وف]?(?P<w>{alternation(lex.minus_words)})\s+"
            rf"|(?<=\(\s?)(?P<w>[-\u2212]))$"),
        "others": regex.compile(rf"\s+(?P<o>{alternation(lex.other_words)}){E}"),
        "of_total": regex.compile(
            rf"\s+من\s+(?:{alternation(lex.partitive_totals)})\s+(?=[\d\p{{L}}])(?!ال)"),
        "range_low": regex.compile(
            rf"(?:(?:^|(?<=[^\p{{L}}]))[وف]?(?P<q>(?:ما\s*)?بين|من)\s+"
            # (or in words: بين مليون و2 مليون، بين ثلاثة وخمسة ملايين، من عشرين إلى)
            rf"(?:(?P<low>{digits})(?:\s*(?P<lscale>{scales}))?"
            rf"|(?P<lwords>(?:{words})(?:\s+و?(?:{words}))*))"
            rf"(?P<pct>\s*[%٪])?\s*(?P<to>و|الي\s)\s*"
            rf"|(?<![\d.,\u066b\u066c\-–—]\s?)(?<![\d.,\u066b\u066c\-–—])(?P<low>{digits})"
            rf"\s?[-–—]\s?)$"),
        "post_number": regex.compile(
            rf"{B}(?P<noun>ال\p{{L}}{{2,}})\s+ال(?P<num>{'|'.join(_POST_NUMBERS)})"
            rf"(?:ه)?(?:(?P<teen>\s+عشر(?:ه)?)"
            # الأربع والعشرين، الخمسة والثلاثون: a unit and its tens after the noun
            rf"|\s+وال(?P<tens>(?:عشر|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع)(?:ون|ين)))?{E}"),
    }


# The numbers after a counted noun (القوى الست): "ال" + one of them is in every match of the
# "post_number" pattern, so a text without any of these strings (most) is not scanned with it
_POST_NUMBERS = ("ثلاث", "اربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر")
_POST_NUMBER_KEYS = tuple("ال" + w for w in _POST_NUMBERS)


@per_lexicon
def _number_word_automaton():
    """Every word the "core" pattern can start with, with and without the article: one
    Aho-Corasick pass finds where a number written in words may begin."""
    import ahocorasick

    keys = set(number_words()) | {"احد", "احدي"} | set(number_tables().approx)
    auto = ahocorasick.Automaton()
    for key in keys | {"ال" + k for k in keys}:
        auto.add_word(key, len(key))
    auto.make_automaton()
    return auto


_DOLLAR_DIGITS_RE = regex.compile(r"[\$\d]+")
_DOT_THOUSANDS_RE = regex.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")
# A text whose dot before three digits is a decimal mark: a price under one (0.454 ريال) or a
# percent (4.870 في المائة); then 2.370 درهم is 2.37, not 2370
_THREE_DECIMALS_RE = regex.compile(
    rf"(?<![\d.,])0\.\d{{3}}(?![\d.])|(?<![\d.,])\d{{1,3}}\.\d{{3}}(?![\d.]){PERCENT}")
# A text that writes a comma between thousands (2,500,000 دولار) writes its decimals with a dot:
# its 1.200 متر is 1.2 (unless it writes two dot groups somewhere, 1.200.000: dots for thousands)
_COMMA_THOUSANDS_RE = regex.compile(r"(?<![\d.,\u066b\u066c])\d{1,3}(?:[,\u066c]\d{3})+(?![\d,\u066c])")
_DOT_GROUPS_RE = regex.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d.])")
_SPACES_RE = regex.compile(r"\s+")
_LAST_WORD_RE = regex.compile(r"(\p{L}+)\s*$")
_CLAUSE_BREAK_RE = regex.compile(r"[.،,؛;:!?؟()«»\"]")
# The article alone before digits (الـ12، والـ5، بالـ3: tatweel folded away): a label or an
# ordinal. Not the ال that ends a word (قال، استقال، رجال، أعمال 5 …: the number after them is
# read as any other)
_ARTICLE_BEFORE_RE = regex.compile(r"(?:^|(?<![\p{L}]))[وف]?[بك]?ال\s?$")


def _core_matches(text: str, core: regex.Pattern) -> list[regex.Match]:
    """The matches of `core.finditer(text)` (a range of two number words cut at its و:
    `_scan_from`), found by trying only where a match can begin.

    A core match begins with `$`, a digit, or a number word (optionally with ال); the regex
    engine would otherwise try its word-boundary lookbehinds at every character. Trying those
    positions left to right and skipping the ones inside the previous match gives exactly the
    matches of a scan from every position, about ten times faster."""
    starts = {end - n + 1 for end, n in _number_word_automaton().iter(text)}
    for m in _DOLLAR_DIGITS_RE.finditer(text):
        starts.update(range(m.start(), m.end()))
    return _scan_from(text, core, sorted(starts))


def _scan_from(text: str, core: regex.Pattern, starts: Iterable[int]) -> list[regex.Match]:
    """The core matches tried at `starts` (ascending), left to right, a start inside the previous
    match skipped, each range of two number words cut at its و (`_range_cut`). With every position
    of the text as `starts` this is `core.finditer` with the range cut: the full scan
    `_core_matches` must equal (tests/test_speed.py)."""
    out: list[regex.Match] = []
    match = core.match
    pos = 0
    for p in starts:
        if p < pos:
            continue
        m = match(text, p)
        if m is not None and m.group("words"):
            cut = _range_cut(text, m)
            if cut is not None:  # بين مليون و2 مليون: two ends of a range, not 3,000,000
                m = match(text, p, cut)  # (the spaces before the cut match no word after)
            cut = _grammar_cut(m) if m is not None and " " in m.group("words") else None
            if cut is not None:  # عشرة ستة: two numbers side by side, not 16
                m = match(text, p, cut)
        if m is not None:
            out.append(m)
            pos = m.end()
    return out


def find_amounts(text: str, date_spans: list[tuple[int, int]],
                 counted_nouns: bool = True, reversed_at: frozenset[int] = frozenset()
                 ) -> list[_Hit]:
    """Amounts in the folded `text`, skipping numbers inside `date_spans` (folded offsets).

    With `counted_nouns=False` only money, percentages and approximate plurals are kept (no
    "3 أشخاص", no "القوى الست"). `reversed_at`: where a decimal written in visual order starts
    (A.B that reads B.A, see `_REVERSED_DECIMAL_RE`)."""
    rx = _patterns()
    hits: list[_Hit] = []
    decimal_dots = "." in text and (_THREE_DECIMALS_RE.search(text) is not None or (
        _COMMA_THOUSANDS_RE.search(text) is not None and _DOT_GROUPS_RE.search(text) is None))
    for m in _core_matches(text, rx["core"]):
        if _inside(m.start(), m.end(), date_spans):
            continue
        hit = _read(m, text, rx, bool(m.group("digits")) and m.start("digits") in reversed_at,
                    decimal_dots)
        if hit is None or _overlaps(hit, date_spans):
            continue
        if hits and hits[-1].start <= hit.start and hit.end <= hits[-1].end:
            continue  # (15) خمس عشرة هللة: the words, read with the digits before them
        if not counted_nouns and hit.kind == "count":
            continue
        if hits and hit.start < hits[-1].end <= m.start():
            # 20 شخصا تقريبا 5 منهم: the qualifier between two amounts is the first's (after
            # it); the second starts at its number, its qualifier its own
            hit.start = m.start()
            hit.qualifier = APPROX_NAMES.get(number_tables().approx[m.group("approx")]) \
                if m.group("approx") else None
        low = _range_low(m, hit, text, rx, date_spans)
        if low is not None:
            if hits and hits[-1].start < low.end and low.start < hits[-1].end:
                hits.pop()  # ما بين 2% و5%: the low end, read alone before, is the range's
            hits.append(low)
        hits.append(hit)
    _of_totals(hits)
    _antecedents(hits, text)
    _from_to(hits, text)
    _decimal_words(hits, text)
    post = counted_nouns and any(k in text for k in _POST_NUMBER_KEYS)
    for m in (rx["post_number"].finditer(text) if post else ()):
        if any(h.start < m.end() and m.start() < h.end for h in hits) or any(
                a < m.end() and m.start() < b for a, b in date_spans):
            continue
        start, noun = _post_number_head(text, m)
        if noun in amount_words().currencies:
            continue  # دول اليورو التسع عشرة: the currency names the countries counted before it
        value = parse_number_words([m.group("num") + ("ه" if m.group("num") == "ثماني" else "")])
        if value and m.group("teen") and m.group("num") != "عشر":
            value += 10  # الدول التسع عشرة، الأعضاء الخمسة عشر: a number from 13 to 19
        if value and m.group("tens") and m.group("num") != "عشر":
            # المناطق الزمنية الأربع والعشرين: 24
            value += parse_number_words([m.group("tens")]) or 0
        hits.append(_Hit(start, m.end(), float(value or 0), noun, None, "count"))
    hits.sort(key=lambda h: h.start)
    return [h for h in hits if h.value]


# (after و or ف too: والدول الغربية الخمس, the count of الدول; the span opens at its ال)
_WORD_BEFORE_RE = regex.compile(r"(?:^|(?<=[^\p{L}])|(?<=(?<![\p{L}])[وف]))(ال\p{L}{2,})\s+$")
_BARE_WORD_BEFORE_RE = regex.compile(r"(?:^|(?<=[^\p{L}]))(\p{L}{3,})\s+$")


def _post_number_head(text: str, m: regex.Match) -> tuple[int, str]:
    """The counted noun of a number after it (القوى الست: القوى) and where the amount starts:
    an adjective between them (a feminine nisba, العالمية، الدولية; or amounts.json
    `count_adjectives`, الكبرى) hands both to the definite word before it (القوى العالمية
    الست: a count of القوى, not of «العالمية»), up to two adjectives."""
    start, word = m.start("noun"), m.group("noun")
    for _ in range(2):
        if not (word.endswith("يه") and len(word) >= 6 or _masculine_nisba(word) or
                word in amount_words().count_adjectives):
            break
        wb = _WORD_BEFORE_RE.search(text, max(0, start - 30), start)
        if wb is None:
            break
        start, word = wb.start(1), wb.group(1)
    masculine = text[m.end("num"):m.end("num") + 1] == "ه"  # الخمسة: a masculine plural
    head = _construct_head(text, start, word)
    if head is not None and _agrees(head[1], masculine):
        return head
    chain = _chain_head(text, start, word, masculine)
    if chain is not None:
        return chain
    if head is not None:
        return head
    return start, word[2:]


def _feminine_plural(w: str) -> bool:
    """A folded indefinite plural of feminine nouns: a sound one (وكالات) or one of amounts.json
    `feminine_plurals` (دول، مدن)."""
    return w.endswith("ات") and len(w) >= 4 or w in amount_words().feminine_plurals


def _agrees(head: str, masculine: bool) -> bool:
    """A number after a construct agrees with its head: one in ة (الخمسة) counts no plural of
    feminine nouns (دول، وكالات); one without (الست) none of a masculine noun is known to be."""
    return not (masculine and _feminine_plural(head))


def _chain_head(text: str, start: int, word: str, masculine: bool) -> tuple[int, str] | None:
    """أعضاء مجلس الأمن الخمسة عشر، وزراء خارجية دول مجلس التعاون الست، سفراء دول الاتحاد
    الأوروبي الثلاثة: the definite `word` at `start` ends a construct chain of up to three
    indefinite words; the number counts the nearest plural of them whose gender it agrees with
    (`_agrees`), walking over singular nouns (مجلس، خارجية) and plurals of the other gender. None
    when `word` is a plural itself (أسماء الأشخاص الخمسة: the persons) or no such head."""
    g = word[2:]
    if g in amount_words().currencies:
        return None  # دول اليورو التسع عشرة: the currency names what is counted (no amount)
    afal = _afal(g)  # (الاتحاد or الأشخاص: إفعال and أفعال are written alike)
    if _plural_form(g) or _feminine_plural(g) or g.endswith(("ون", "ين")) and len(g) >= 6 or \
            _definite_plural(g):
        return None  # (التعاون، التمرين: a verbal noun of five letters, no sound plural)
    at = start
    for n in range(3):
        wb = _BARE_WORD_BEFORE_RE.search(text, max(0, at - 20), at)
        if wb is None:
            return None
        w, at = wb.group(1), wb.start(1)
        if w.startswith("ال") or w in amount_words().not_counted or \
                w in amount_words().chain_breakers:
            return None  # (a definite word, a preposition, هؤلاء: no construct goes back past it)
        bare = w[1:] if w[:1] in "وف" and _chain_plural(w[1:]) else w  # (ومحافظات)
        if _chain_plural(bare):
            if afal and _afal(bare):
                return None  # أسماء الأشخاص الخمسة: the persons (as `_construct_head`)
            if _agrees(bare, masculine) and (masculine or _feminine_plural(bare) or
                                            not _masculine_plural(bare)):
                return at + len(w) - len(bare), bare
            continue
        if not (_singular_form(bare) or bare.endswith("ه") and len(bare) >= 4):
            return None  # (only a singular noun of the chain is walked over: مجلس، خارجية)
    return None


def _definite_plural(g: str) -> bool:
    """A folded noun (its article off) shaped as a broken plural the indefinite shapes of
    `_plural_form` leave out: أفاعيل (الأناجيل), أفعلة (الأئمة، الأسلحة: no ا inside), فعول (الشهود،
    الجنود; not a verbal noun تفعّل, التسوق), أفعال of a hamza (الآبار، الآلاف)."""
    n = len(g)
    return n == 6 and g[0] == "ا" and g[2] == "ا" and g[4] == "ي" or \
        n in (4, 5) and g[0] == "ا" and g.endswith("ه") and "ا" not in g[1:] or \
        n == 4 and g[2] == "و" and g[0] not in "ات" or n == 4 and g[0] == "ا" and g[2] == "ا"


def _chain_plural(w: str) -> bool:
    return _plural_form(w) or _afal(w) or _feminine_plural(w)


def _masculine_plural(w: str) -> bool:
    """وزراء، أعضاء، سفراء: a plural of men (فعلاء, أفعال of persons) a feminine number after the
    chain does not count."""
    return len(w) == 5 and w[3] == "ا" and w[4] in "ءئ"


def _construct_head(text: str, start: int, word: str) -> tuple[int, str] | None:
    """وسائل الإعلام الثلاث، وكالات التصنيف الثلاث، مواقع التواصل الثلاثة: a definite word that
    can hardly be counted (a verbal noun of a derived form, الإعلام، التصنيف، التواصل، الاستثمار;
    a feminine nisba as a noun, الخارجية) as the genitive of an indefinite plural right before
    it: the number counts the construct's head (where it starts, the head). None otherwise
    (أبطال المسرحيات الثلاث: a plural genitive is what is counted)."""
    g = word[2:]
    if not (_uncountable(g) or _singular_form(g)):
        return None
    wb = _BARE_WORD_BEFORE_RE.search(text, max(0, start - 20), start)
    if wb is None:
        return None
    head, at = wb.group(1), wb.start(1)
    # (a head أفعال, أعضاء المجلس، only before a genitive that is no أفعال itself: أسماء
    # الأشخاص الخمسة counts the persons, أفعال and إفعال being written alike)
    plural = _plural_form if _afal(g) else lambda w: _plural_form(w) or _afal(w)
    if not plural(head) and head[:1] in "وف" and plural(head[1:]):
        head, at = head[1:], at + 1  # ووسائل الإعلام: the conjunction is no part of it
    return (at, head) if plural(head) else None


def _afal(w: str) -> bool:
    """A folded word of five letters shaped أفعال (أعضاء، أبناء، أطفال) or إفعال (إعلام)."""
    return len(w) == 5 and w[0] == "ا" and w[3] == "ا"


def _uncountable(g: str) -> bool:
    """A folded noun without its article that a number after it hardly counts: a verbal noun of
    a derived form (تفعيل، تفاعل: التصنيف، التواصل; إفعال: الإعلام; افتعال، انفعال، استفعال:
    الاتصال، الاستثمار) or a feminine nisba as a noun (الخارجية). (إفعال is also the plural
    أفعال, الأطراف: the head before it must look plural too.)"""
    n = len(g)
    if g.endswith(("ات", "ون", "ين")):
        return False  # a sound plural is counted itself
    return g.endswith("يه") and n >= 5 or \
        g[:1] == "ت" and (n == 5 and (g[3] == "ي" or g[2] == "ا")) or \
        n == 5 and g[0] == "ا" and g[3] == "ا" or \
        n == 6 and g[0] == "ا" and g[4] == "ا" or g.startswith("است") and n >= 6


def _masculine_nisba(word: str) -> bool:
    """A definite masculine nisba (الأوروبي، العربي): an adjective, never what a number after
    it counts (سفراء الاتحاد الأوروبي الثلاثة). (A definite plural in ي, المباني، الأهالي, is
    taken for one only after another definite word, as an adjective stands.)"""
    return word.startswith("ال") and len(word) >= 6 and word.endswith("ي") and \
        not word.endswith(("اي", "وي", "يي"))


def _singular_form(g: str) -> bool:
    """A folded noun without its article shaped as a singular a number after it cannot count:
    a مفعل noun (مجلس، مكتب، مركز; not مهام، مواد: plurals with ا or و) or a word in ة (folded
    ه: الحكومة، اللجنة, five letters or four without ا second or third; not the plurals قادة،
    قضاة, nor أفعلة، أسلحة: ا first)."""
    n = len(g)
    if n == 4 and g[0] == "م" and g[1] not in "اوي" and g[2] not in "اوي":
        return True
    if g.endswith("ه") and n >= 4 and g[:1] != "ا" and "ا" not in g[1:3]:
        return True
    return False


def _plural_form(w: str) -> bool:
    """A folded indefinite word shaped as a plural: a sound feminine plural (وكالات، قوات) or a
    broken plural of five or six letters with ا third (وسائل، مواقع، مشاريع) or in اء (وزراء),
    not opening with the ت or ي of a verb or a verbal noun (تعاون، يواجه)."""
    if w.endswith("ات") and len(w) >= 4:
        return True
    if w[:1] in "تيا" or len(w) not in (5, 6):
        return False
    if len(w) == 5 and w[3] == "ا" and w[4] in "ءئ":
        return True  # وزراء، زعماء (فعلاء)
    return w[2] == "ا" and (len(w) == 5 or w[4] == "ي")


def _range_low(m: regex.Match, hit: _Hit, text: str, rx: dict[str, regex.Pattern],
               date_spans: list[tuple[int, int]]) -> _Hit | None:
    """The low end of a range whose high end is `hit` (بين 10 و20 شخصاً، ما بين 5 و7 في المئة،
    15 – 35 كم): an amount of the high end's unit and scale, "at least"; the high end gets "up
    to" (unless a qualifier after it says more: بين 30 و60 مليون ريال تقريباً). None when the
    digits before are no range (4 - 2 - 3 - 1, من 10 إلى 20: a change)."""
    number = "digits" if m.group("digits") else "words" if m.group("words") else None
    if number is None or hit.unit is None and hit.currency is None or \
            hit.kind == "approx" or hit.start != m.start(number):
        return None
    before = text[max(0, hit.start - 40):hit.start]
    if not before.endswith(("و", "و ", "-", "- ", "–", "– ", "—", "— ", "الي ")):
        return None  # (the cheap gate)
    lm = rx["range_low"].search(before)
    if lm is None or lm.group("pct") and hit.unit != "percent":
        return None
    if lm.group("q") == "من" and (lm.group("to") == "و" or _change_before(
            text, hit.start - len(before) + lm.start("q"))):
        return None  # ارتفعت من 5 إلى 7 في المائة: a change, not a range
    if lm.group("lwords"):
        low, sw = _low_words(lm.group("lwords"), m)
    else:
        low = parse_digits(lm.group("low"))
        # (من 10 آلاف إلى 50 ألف ريال: its own scale)
        sw = lm.group("lscale") or m.group("scale") or _last_scale(m.group("words"))
    scale = 1
    if sw:
        scale = number_tables().scales[sw]
        if sw in number_tables().dual_scales:
            scale //= 2
    offset = hit.start - len(before)
    low_at = "lwords" if lm.group("lwords") else "low"
    start = offset + (lm.start("q") if lm.group("q") else lm.start(low_at))
    end = offset + (lm.end("pct") if lm.group("pct") else lm.end("lscale")
                    if lm.group("lscale") else lm.end(low_at))
    if low is None or not 0 < low * scale < hit.value or _inside(start, end, date_spans) or \
            any(s < end and start < e for s, e in date_spans):
        return None
    rate = hit.qualifier if _rate_only(hit.qualifier) else None
    hit.qualifier = _range_end(hit.qualifier, "up to")
    low = float(_scaled(low, scale))
    hit.range = (low, hit.value)
    return _Hit(start, end, low, hit.unit, _range_end(rate, "at least"),
                hit.kind, currency=hit.currency, range=hit.range)


def _last_scale(words: str | None) -> str | None:
    """The scale word a number in words ends with (خمسة ملايين: ملايين), else None."""
    last = words.split()[-1] if words else ""
    return last if last in number_tables().scales else None


def _low_words(words: str, high: regex.Match) -> tuple[int | None, str | None]:
    """The value of a range's low end in words and the scale it shares with its high end:
    none when it names its own (بين مليون و2 مليون: 1,000,000), the high end's otherwise
    (بين ثلاثة وخمسة ملايين: 3 millions; من عشرين إلى ثلاثين ألفاً)."""
    parts = [w[1:] if w.startswith("و") and w[1:] in _known() else w for w in words.split()]
    value = parse_number_words([w for w in parts if w != "و"])
    if value is None or any(w in number_tables().scales for w in parts):
        return value, None
    return value, high.group("scale") or _last_scale(high.group("words"))


def _range_cut(text: str, m: regex.Match) -> int | None:
    """Where a number in words after بين stops being one number: the و before a part that
    no compound number puts there — a part as large as the place of the one before it (بين
    مليون و2 مليون، بين ألف و1500، بين ثلاثة وخمسة ملايين, but مليون و500 ألف، مائة وخمسون),
    save a ten after a unit (خمسة وعشرين). The two sides are a range's ends (`_range_low`),
    never their sum. None when the number is whole or no بين is before it."""
    words = m.group("words")
    if not words or " " not in words or not _BETWEEN_RE.search(
            text, max(0, m.start() - 10), m.start()):
        return None
    parts: list[tuple[int, list[str]]] = []  # (offset of the part's و, its words)
    for t in regex.finditer(r"\S+", words):
        w = t.group()
        if w == "و":
            parts.append((t.start(), []))
        elif w.startswith("و") and (w[1:] in _known() or w[1:].isdigit()):
            parts.append((t.start(), [w[1:]]))
        elif parts and (not parts[-1][1] or w in number_tables().scales):
            parts[-1][1].append(w)  # (و 2، a scale word after its number)
        else:
            parts.append((t.start(), [w]))
    for (_, left), (at, right) in zip(parts, parts[1:]):
        lv, rv = parse_number_words(left), parse_number_words(right)
        first = parse_number_words(right[:1])
        if not lv or not rv or first is None:
            return None
        if 1 <= lv <= 9 and first % 10 == 0 and 20 <= first <= 90:
            continue  # خمسة وعشرين: a unit, then its ten
        if rv >= 10 ** (len(str(lv)) - 1):
            return m.start("words") + at
    return None


def _grammar_cut(m: regex.Match) -> int | None:
    """Where a number in words stops being one number by Arabic number grammar
    (`compound_break`: عشرة ستة، عشرون ثلاثة، خمسة عشرين are two numbers; ستة عشر، ستة
    وعشرون، ثلاثمئة وخمسة one): the offset of the second, else None."""
    tokens = list(regex.finditer(r"\S+", m.group("words")))
    at = compound_break([t.group() for t in tokens])
    return None if not at else m.start("words") + tokens[at].start()


_BETWEEN_RE = regex.compile(r"(?:^|(?<=[^\p{L}]))[وف]?(?:ما\s*)?بين\s+(?:ال)?$")


def _rate_only(qualifier: str | None) -> bool:
    """The qualifier is a rate alone (amounts.json `rate_adverbs`: "per year"), no other."""
    return qualifier is not None and qualifier in amount_words().rate_adverbs.values()


def _range_end(qualifier: str | None, end: str) -> str:
    """A range's end ("at least", "up to") as an amount's qualifier, before a rate it has
    (ما بين 100 و400 مليمتر سنوياً: "up to, per year"); another qualifier of its own is kept."""
    if qualifier is None:
        return end
    return f"{end}, {qualifier}" if _rate_only(qualifier) else qualifier


_FROM_RE = regex.compile(r"(?:^|(?<=[^\p{L}]))[وف]?من\s+$")


def _from_to(hits: list[_Hit], text: str) -> None:
    """من 100 سرير إلى 250 سريراً: two amounts of one unit, the first after من and the second
    right after إلى, are a range as من 100 إلى 250 سريراً is (`_range_low`): "at least" from من,
    "up to"; not after a word of change (وتمت توسعته من 100 سرير إلى 250 سريراً), nor when the
    first is not below the second or either has a qualifier of its own (but "up to" on the
    second: من 10 آلاف ريال إلى 50 ألف ريال بحد أقصى)."""
    for a, b in zip(hits, hits[1:]):
        if a.unit is None and a.currency is None or (a.unit, a.currency, a.kind) != (
                b.unit, b.currency, b.kind) or a.qualifier and not _rate_only(a.qualifier) or \
                b.qualifier and not _rate_only(b.qualifier) and b.qualifier != "up to" or \
                text[a.end:b.start].strip() != "الي" or not 0 < a.value < b.value:
            continue
        seg = max(0, a.start - 8)
        fm = _FROM_RE.search(text[seg:a.start])
        if fm is None:
            continue
        at = seg + fm.start() + (text[seg + fm.start()] in "وف")  # (ومن: the span opens at من)
        if _change_before(text, at):
            continue
        # (a rate after the high end is the range's; بحد أقصى after it is the high end's own)
        rate = next((q for q in (a.qualifier, b.qualifier) if _rate_only(q)), None)
        a.start, a.qualifier = at, _range_end(rate, "at least")
        b.qualifier = _range_end(b.qualifier or rate, "up to")
        a.range = b.range = (a.value, b.value)


# the words of a clause up to the end of a text: after a stop or a comma that is no decimal mark
_CLAUSE_WORDS_RE = regex.compile(
    r"(?:^|[،؛:!?()«»\n]|(?<!\d)[.,]|[.,](?!\d))((?:[^.،,؛:!?()«»\n]|(?<=\d)[.,](?=\d))*)$")


def _decimal_words(hits: list[_Hit], text: str) -> None:
    """ثلاثة وأربعين فاصلة ثمانية كيلوجرام: a number, the word فاصلة read as its counted noun,
    and a number right after it are one decimal (43.8 kg), with the second one's unit."""
    for i in range(len(hits) - 1, 0, -1):
        a, b = hits[i - 1], hits[i]
        if a.unit != DECIMAL_WORD or text[a.end:b.start].strip() or b.value != int(b.value):
            continue
        # the part after فاصلة may carry the scale of the whole (ثلاثة فاصلة خمسة مليارات:
        # 3.5 billion, not 3 + 0.5), and its written digits count its places (2 فاصلة 05: 2.05)
        span = text[b.start:b.end]
        scale = next((number_tables().scales[w] for w in span.split()
                      if w in number_tables().scales), 1)
        part = b.value / scale
        if part != int(part):
            continue
        digits = regex.match(r"\d+", span)
        places = len(digits.group()) if digits else len(str(int(part)))
        b.value = _scaled(round(a.value + part / 10 ** places, 6), scale)
        b.start, b.qualifier = a.start, a.qualifier or b.qualifier
        del hits[i - 1]


def _scaled(value: float, scale: int) -> float:
    """value × scale in decimal (8.2 مليار = 8200000000, not 8199999999.999999: the float
    product is off by more than the 6 places `round` kept at a billion). No `round` of the
    Decimal: the product of a short decimal and a whole scale is exact, and rounding to six
    places overflows Decimal's 28 digits for 10¹³ مليار and more (a crash, review of the
    nineteenth session); the product itself keeps 28 significant digits, and inf stays inf."""
    if scale == 1:
        return value
    return float(Decimal(repr(value)) * scale)


def _labelled(text: str, start: int, depth: int = 0) -> bool:
    """Digits at `start` that label, found past the word right before them (twenty-seventh
    session): after a definite label noun with و or ف on it (والمادة 5، والدورة 42); the next
    of a list after a labelled number (القرارين 242 و338، المادتين 5 و6); a resolution's number
    of three digits or more after its noun (amounts.json `resolution_labels`) and its genitive
    or definite adjectives (قرار مجلس الأمن 2216، القرار الأممي 2216; not 13 بنداً after
    القرار النهائي: a count)."""
    pre = text[max(0, start - 16):start]
    listed = _LISTED_BEFORE_RE.search(pre) if pre[-3:].strip(" (،,")[-1:] == "و" or \
        pre.rstrip(" (")[-1:] in "،," else None
    if listed is not None:
        at = start - len(pre) + listed.start(1)
        return depth < 3 and (_labelled(text, at, depth + 1) or
                              _last_word(text[max(0, at - 16):at]) in
                              amount_words().label_nouns)
    last = _last_word(pre)
    if last[:1] in "وف" and last[1:3] == "ال" and last[1:] in amount_words().label_nouns:
        return True
    pre = text[max(0, start - 60):start]
    if "قرار" not in pre:  # (cheap: most digits have no resolution before them)
        return False
    digits = _DIGITS_AT_RE.match(text, start)
    words = _WORDS_BEFORE_RE.search(pre) if digits and len(digits.group(1)) >= 3 else None
    if words is None:
        return False
    words = words.group(1).split()
    labels = amount_words().resolution_labels
    for k in range(len(words) - 2, max(-1, len(words) - 5), -1):
        w = words[k][1:] if words[k][:1] in "وفبل" and words[k][1:] in labels else words[k]
        if w in labels:
            between = words[k + 1:]
            return all(b.startswith("ال") and b not in _RELATIVES or
                       j + 1 < len(between) and between[j + 1].startswith("ال")
                       for j, b in enumerate(between)) and between[-1].startswith("ال")
    return False


# a number and و or a comma right before the digits: the next of a list
_LISTED_BEFORE_RE = regex.compile(r"(?<![\d.,])(\d+)\s*(?:و|[،,]\s*)\s*\(?$")
# the words (up to five) right before the digits, an opening bracket allowed between
_WORDS_BEFORE_RE = regex.compile(r"((?:\p{L}+\s+){0,4}\p{L}+)\s*\(?\s*$")
_DIGITS_AT_RE = regex.compile(r"\(?\s*(\d+)")
_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان",
                        "اللاتي", "اللواتي"})


def _date_sized(before: str, after: str) -> bool:
    """Do `before` (the text up to a slash) and `after` (the digits after it) read as a day and
    a month, in either order (1–31 both, one of them 1–12)? 14/10 and 10/14 are dates; 50/50
    دولار and 3/40 are not."""
    first = regex.search(r"(?<!\d)\d{1,2}$", before)
    if first is None or not after.isdigit():
        return False
    a, b = int(first.group()), int(after)
    return 1 <= a <= 31 and 1 <= b <= 31 and min(a, b) <= 12


def _change_before(text: str, at: int) -> bool:
    """A word of change (amounts.json `change_words`, as the start of a word, after و ف ب ل
    and the article) among the words before `at` in its clause (up to 150 characters back): وارتفعت
    النسبة من …، حيث تحسن معدل تغطية الواردات بالصادرات من …، ارتفع الدين من 91.9 إلى 92.9 في
    المائة وفي مجمل دول التكتل من … (a wide reach: a change missed reads a range, one wrongly
    seen keeps the two amounts as they were)"""
    clause = _CLAUSE_WORDS_RE.search(text[max(0, at - 150):at])
    stems = tuple(amount_words().change_words)
    for w in (clause.group(1).split() if clause else ()):
        w = w[1:] if w[:1] in "وف" and len(w) > 3 else w
        w = w[1:] if w[:1] in "بل" and len(w) > 3 else w
        if w.startswith(stems) or w.startswith("ال") and w[2:].startswith(stems):
            return True
    return False


def _read(m: regex.Match, text: str, rx: dict[str, regex.Pattern], reversed_decimal: bool = False,
          decimal_dots: bool = False) -> _Hit | None:
    start, end = m.start(), m.end()
    qualifier = None
    approx = False
    dual_at = None
    before = text[max(0, start - 16):start]
    if m.group("close"):  # (3) آلاف: the span opens at the bracket, the words before it read
        start = text.rindex("(", 0, start)
        before = text[max(0, start - 16):start]
    if before[-1:].isalpha() and before[-1] not in "وفبل" or before.endswith("-") and \
            before[-2:-1].isalpha():
        return None  # م2, F16, باك-3: a unit or a model name glued to the digits
    if m.group("words") and m.group("words").startswith("ست") and before.endswith("ل"):
        return None  # لست = "I am not", not ل + ست
    article = _ARTICLE_BEFORE_RE.search(before) if m.group("digits") else None
    if article is not None and article.group(0)[:1] == "ا":
        at = start - (len(before) - article.start())
        if rx["qual_before"].search(text[max(0, at - 20):at]) is not None:
            # بحدود الـ500 مليون، قرابة الـ100 شخص: a count after a qualifier, no label
            start, before, article = at, text[max(0, at - 16):at], None
    if m.group("digits") and (article is not None or
                              _last_word(before) in amount_words().label_nouns or
                              _labelled(text, start)):
        return None  # الـ12, رقم 11, المادة 5, الطابق 3: a label, not a quantity
    if m.group("digits") and before.endswith(":") and before[-2:-1].isdigit():
        return None  # 00:01 تغ: the minutes of a clock time
    if m.group("digits") and before.rstrip().endswith("/") and \
            _date_sized(before.rstrip()[:-1].rstrip(), m.group("digits")):
        return None  # السبت ٢ / ١٠، 14/10: the month of a date the dates stage did not read
    if m.group("digits") and before.rstrip().endswith(("×", "x", "X")):
        return None  # الزولية 4×3: a size, its second side
    if m.group("digits"):
        digits = m.group("digits").replace("\u060c", ",")
        if reversed_decimal and digits.count(".") == 1:
            whole, part = digits.split(".")
            digits = f"{part}.{whole}"  # 3.‏0 في المائة: 0.3 written in visual order
        value = parse_digits(digits)
        if value is None:
            return None
        if not m.group("scale") and not reversed_decimal and not decimal_dots and \
                _DOT_THOUSANDS_RE.fullmatch(digits) and not rx["percent"].match(text, m.end()):
            value = float(digits.replace(".", ""))  # 12.500 جندي: a dot between thousands
        if m.group("scale"):
            scale = number_tables().scales[m.group("scale")]
            if m.group("scale") in number_tables().dual_scales:
                scale //= 2
            value = _scaled(value, scale)  # 32.01 مليون = 32010000, not 32009999.999...
        elif _looks_like_year(digits):
            value = None if _is_plain_year(text, m.end()) else value
            if value is None:
                return None
    elif m.group("words"):
        words = [w[1:] if w.startswith("و") and (w[1:] in _known() or w[1:].isdigit()) else w
                 for w in m.group("words").split()]
        words = [w for w in words if w != "و"]
        if _last_word(before) in _verb_negations():
            return None  # لم تسع إيران: a verb in the jussive, written like تسع "nine"
        if words[0].startswith("ال") and words[0] not in _known():
            if len(words) < 2 or words[1] not in number_tables().scales:
                return None  # الخمس alone is an ordinal or a post-nominal count (القوى الست)
            words[0] = words[0][2:]
        value = parse_number_words(words)
        if value is None:
            return None
        if words[0] == "واحد" and len(words) > 1 and words[1] in ("عشر", "عشره"):
            start += 1  # وأحد عشر: the و is the conjunction, not part of واحد
        if len(words) == 1 and words[0] in number_tables().teens_second and \
                _ordinal_unit(_last_word(before).removeprefix("و")):
            return None  # القرن التاسع عشر، الساعة الحادية عشرة: the teen of an ordinal
        if len(words) == 1 and words[0] in number_tables().scales:
            fm = rx["fraction_before"].search(text[max(0, start - 16):start])
            if fm is not None and not m.group("words").startswith("و"):
                # ربع مليون، نصف مليار: a part of the scale
                value = value * float(amount_words().fractions[_SPACES_RE.sub(" ", fm.group("f"))])
                start -= len(text[max(0, start - 16):start]) - fm.start("f")
            elif words[0].endswith("ا") and number_words().get(words[0][:-1]) == value:
                dual_at = (m.start("words"), m.end("words"))
    else:
        value = number_tables().approx[m.group("approx")]
        if m.group("approx2"):
            a2 = m.group("approx2")
            value *= 1000 if "الاف" in a2 else 10**6 if "ملايين" in a2 else 10**9
        qualifier = APPROX_NAMES.get(number_tables().approx[m.group("approx")])
        approx = True

    if not approx:
        lead = text[max(0, start - 16):start]
        mm = rx["minus"].search(lead) if "-" in lead or "\u2212" in lead or any(
            w in lead for w in amount_words().minus_words) else None
        if mm is not None:  # ناقص 18.8 مليار يورو، (-6.9 في المائة): a negative value
            value = -value
            start -= len(lead) - mm.start("w")
    unit = currency = total_at = pp = part = None
    his = construct = False
    pointing = None
    kind = "approx" if approx else "money"
    if m.group("dollar"):
        unit = "USD"
    half = rx["half_after"].match(text, end) if not approx and (
        m.group("scale") or m.group("words")) and text.startswith(" ونصف", end) else None
    if half is not None:
        last = m.group("scale") or m.group("words").split()[-1]
        if last in number_tables().scales:
            # مليون ونصف، ثلاثة ملايين ونصف المليون: and half of the last scale
            one = number_tables().scales[last]
            value += (one // 2 if last in number_tables().dual_scales else one) / 2
            end = half.end()
    if text.startswith(")", end) and not m.group("close") and before.endswith(("(", "( ")) \
            and m.group("digits"):
        start, end = text.rindex("(", 0, start), end + 1  # (3 آلاف) طلقة: what it counts after
    if m.group("digits") and not m.group("scale"):
        spelled = _spelled_out(text, end, rx, value)
        if spelled is not None:  # (431) أربعمائة وواحد وثلاثون موقوفاً: the digits spelled out
            value, end = spelled
    tail = text[end:end + 60]
    pm = rx["percent"].match(tail)
    # %34 منهم: the sign written before the digits (as read right to left), glued to them and
    # not after other digits (22%3 is 22 percent, then 3)
    sign_before = pm is None and m.group("digits") and start == m.start("digits") and \
        text[start - 1:start] in ("%", "٪") and not text[start - 2:start - 1].isdigit()
    cm = rx["currency"].match(tail) if pm is None and not sign_before else None
    if pm is not None or sign_before:
        unit = "percent"
        kind = "percent"
        if pm is not None:
            end += pm.end()
        else:
            start -= 1
    elif cm is not None:
        unit, used_adj = _currency(cm)
        end += cm.end() if used_adj else cm.end("cur")
        if not used_adj and unit in amount_words().currency_homes.values():
            unit = None  # 5 ملايين ريال: a name several countries share, read in `_code`
        currency = currency_forms()[cm.group("cur")][0] if unit is None else None
    elif unit is None and rx["dollar_after"].match(tail):
        unit = "USD"
        end += rx["dollar_after"].match(tail).end()
    elif unit is None and _rate_next(rx, text, end) and _scale_named(m, approx):
        pass  # عشرات المليارات سنوياً، 5 مليارات سنوياً: a rate (below), nothing counted named
    elif unit is None and not _one_alone(m) and (pp := _people_of(rx, tail, before)) is not None:
        # ثلاثة منهم، المئات منهم، 20 ألفاً من الجنسين: persons, not named (or what a count
        # before counts: `_antecedents`; منها with none before, no amount)
        said = _SPACES_RE.sub(" ", pp.group("p"))
        unit = amount_words().people_of.get(said)
        pointing = ("things" if said in _THINGS_PRONOUNS else "part") \
            if said in amount_words().part_pronouns else None
        kind = kind if approx else "count"
        end += pp.end()
    elif unit is None and not _one_alone(m) and "خر" in tail[:6] and \
            (om := rx["others"].match(tail)) is not None:
        # وأصيب 10 آخرون، و22 أخرى: others of what a count before counts (`_antecedents`);
        # with none, the plurals of persons (آخرين، آخرون، أخريات) count persons
        people = om.group("o").endswith(("ين", "ون", "ان", "ات"))
        unit = PEOPLE if people else None
        pointing = "others" if people else "other"
        kind = kind if approx else "count"
        end += om.end()
    elif unit is None and not approx and not _one_alone(m) and "من" in tail[:5] and \
            (tm := rx["of_total"].match(tail)) is not None:
        total_at = end + tm.end()  # 5 من أصل 10 طلاب: the total's unit, read by `_of_totals`
        kind = "count"
    elif unit is None and not approx and not _one_alone(m) and \
            (part := _partitive(rx, tail, before)) is not None:
        unit, n = part  # مقتل 28 من المتمردين، 300 من أعضائها: a count of the plural after من
        kind = "count"
        end += n
        # (مقاتليه: the pronoun ه after a construct plural in ي, checked on the original too)
        his = unit.endswith("ايه") or unit.endswith("ين") and text[end - 1:end] == "ه"
        # (موظفي الشركة: a construct plural in ي read as ين; an ى there on the original,
        # مستشفى، ملتقى, is a singular: `_code` drops it)
        construct = unit.endswith("ين") and text[end - 1:end] == "ي"
    elif unit is None:
        nm = rx["noun_of" if approx else "noun"].match(tail)
        noun = nm.group("noun") if nm else None
        people = noun is not None and _people_verb(noun) and not (
            m.group("digits") and _looks_like_year(m.group("digits")))
        if not people and (noun is None or not _countable(noun)):
            return None
        if not people and approx and m.start("approx") > m.start() and \
                not _OF_RE.match(tail):
            return None  # المئات بأمراض: with the article, من or a verb says what is counted
        if noun.startswith("ال") and not approx:
            return None  # a definite word after a number is not what it counts (قرار 2254 الصادر)
        if _one_alone(m):
            return None
        # آلاف نزحوا، 32 أصيبوا: a verb in the masculine plural counts people (the verb itself
        # is not the unit, nor in the span)
        unit = PEOPLE if people else _counted(noun, genitive=approx)
        kind = "count" if not approx else kind
        end += 0 if people else nm.end()
        mm = None if people else rx["measure"].match(text, end)
        if mm is not None:  # 7450 كيلومتراً مربعاً: square kilometres
            unit = f"{unit} {amount_words().measure_adjectives[mm.group('adj')]}"
            end = mm.end()
    qb = rx["qual_before"].search(text[max(0, start - 20):start])
    if qb is not None and qb.group("prep") and qb.group("q") == "دون":
        qb = None  # بدون 5 لاعبين: "without", no qualifier
    if qb is not None and (qb.group("q") or "").endswith(" الي") and _reached(
            text, start - (len(text[max(0, start - 20):start]) - qb.start("q")), qb):
        qb = None  # لتصل إلى 12%، أن يصل إلى، ويصل إلى: a result reached, no qualifier
    if qb is not None:
        if qb.group("neg"):  # لا تتجاوز، ما لا يقل عن: a bound (at most, at least)
            qualifier = amount_words().negated_qualifiers[_SPACES_RE.sub(" ", qb.group("nq"))]
        else:
            qualifier = amount_words().qualifiers_before[_SPACES_RE.sub(" ", qb.group("q"))]
        at = qb.start("neg" if qb.group("neg") else "q")
        start = start - (len(text[max(0, start - 20):start]) - at)
    qa = rx["qual_after"].match(text, end)
    if qa is not None and qa.group("q") in _OR_MORE and \
            _OF_NEXT_RE.match(text, qa.end()) is not None:
        qa = None  # 27 قتيلاً وأكثر من مائتي جريح: the "more than" of the next amount
    if qa is not None:
        qualifier = amount_words().qualifiers_after[_SPACES_RE.sub(" ", qa.group("q"))]
        end = qa.end()
    ra = rx["rate"].match(text, end) if "يا" in text[end:end + 12] else None
    if ra is not None:  # 5 آلاف ريال شهرياً: a rate, after any other qualifier
        rate = amount_words().rate_adverbs[ra.group("r")]
        qualifier = f"{qualifier}, {rate}" if qualifier else rate
        end = ra.end()
    if dual_at is not None and (kind == "approx" or unit is None or pp is not None or
                                part is not None):
        dual_at = None  # (ألفا منهم، ألفا من الطلاب: من after it, no dual in construct: 1000)
    return _Hit(start, end, float(value), unit, qualifier, kind, dual_at, currency, his=his,
                total_at=total_at, construct=construct, pointing=pointing)


_OR_MORE = ("او اكثر", "واكثر", "او اقل")  # (folded) before من: a "more than" of what follows
_OF_NEXT_RE = regex.compile(r"\s+(?:من|عن)(?![\p{L}])")
_SPELLED_RE = regex.compile(r"\s{0,2}(?=\p{L})")


def _spelled_out(text: str, end: int, rx: dict[str, regex.Pattern], value: float
                 ) -> tuple[float, int] | None:
    """Digits and the same number in words right after them, as contracts and official
    statements write it ((15) خمس عشرة هللة، (20) عشرين مليون ريال: the words may add the
    scale): (the value of the words, where they end), else None."""
    sm = _SPELLED_RE.match(text, end)
    if sm is None or not 0 < value == int(value):
        return None
    found = _scan_from(text, rx["core"], [sm.end()])
    wm = found[0] if found and found[0].start() == sm.end() and found[0].group("words") else None
    if wm is None:
        return None
    words = [w[1:] if w.startswith("و") and (w[1:] in _known() or w[1:].isdigit()) else w
             for w in wm.group("words").split()]
    words = [w for w in words if w != "و"]
    spelled = parse_number_words(words)
    if spelled == value or words[-1] in number_tables().scales and len(words) > 1 and \
            parse_number_words(words[:-1]) == value:
        return float(spelled), wm.end()
    return None


def _people_of(rx: dict[str, regex.Pattern], tail: str, before: str) -> regex.Match | None:
    """amounts.json `people_of` right after the number (ثلاثة منهم، 600 ألف منهم، عشرات من
    الجنسين), not after a label (الدفعة 21 منهم: a position)."""
    if "من" not in tail[:6]:
        return None
    pm = rx["people_of"].match(tail)
    return None if pm is None or _last_word(before) in _partitive_labels() else pm


def _of_totals(hits: list[_Hit]) -> None:
    """A number before من أصل / من بين and a total (`_Hit.total_at`) counts what the total
    counts (5 من أصل 10 طلاب: 5 طلاب; its span the number alone, as a range's low end): the
    total must be the next amount, start right there, count a noun and be larger. Otherwise
    (5 من أصل 10، 3 من أصل 5 ملايين دولار) the number is no amount (value 0: dropped)."""
    for i, h in enumerate(hits):
        if h.total_at is None:
            continue
        total = hits[i + 1] if i + 1 < len(hits) else None
        if total is not None and total.start == h.total_at and total.kind == "count" and \
                total.unit and total.value > h.value:
            h.unit = total.unit
        else:
            h.value = 0


# a stop that ends a sentence (not a decimal point): a count two stops back is no antecedent
_STOP_RE = regex.compile(r"[!?؟\n]|(?<!\d)\.|\.(?!\d)")


def _antecedents(hits: list[_Hit], text: str) -> None:
    """A number before منهم، منها (`_Hit.pointing` "part") counts what the nearest larger count
    before it counts, in its sentence or the one before and 250 characters back at most (قتل 20
    شخصاً، 5 منهم أطفال: 5 اشخاص; أطلق 30 صاروخاً سقط 10 منها: 10 صواريخ); one before آخرون،
    أخريات ("others") what the nearest count before it in its clause (no comma or stop between),
    150 characters back at most, counts (قتل 8 حوثيين وأصيب 10 آخرون: 10 حوثيين; a count of
    casualties, قتيل، جرحى, leaves persons), one before أخرى ("other") the nearest in its
    sentence (ثلاثة صواريخ قرب المدرج، وسبعة أخرى: 7 صواريخ). With none, منهم and آخرون keep
    their persons and منها، أخرى are no amount (value 0: dropped)."""
    for i, h in enumerate(hits):
        if not h.pointing:
            continue
        part, others = h.pointing in ("part", "things"), h.pointing == "others"
        for a in reversed(hits[:i]):
            if h.start - a.end > (250 if part else 150) or (
                    _CLAUSE_BREAK_RE.search(text, a.end, h.start) is not None if others else
                    len(_STOP_RE.findall(text, a.end, h.start)) > part):
                break  # (persons: the clause, وقتل 5 جنود وأصيب 3 آخرون; things: the sentence)
            if h.pointing == "things" and a.unit and _feminine_number(text, h.start) and \
                    _person_unit(a.unit) and not _feminine_persons(a.unit):
                continue  # (ثلاثة أشخاص بإصابات، اثنتان منها: the injuries, not the persons)
            if (a.value > h.value or not part) and a.end <= h.start:
                if a.kind in ("count", "approx") and a.unit and not a.unit.isascii():
                    # (13 قتيلاً وأُصيب 23 آخرون: the others are persons, not more killed)
                    h.unit = PEOPLE if others and \
                        a.unit in amount_words().casualty_nouns else a.unit
                elif not part and (a.unit or a.currency):
                    # 24 مليون يورو و6 ملايين أخرى: more of the same currency (or percent)
                    h.unit, h.currency, h.kind = a.unit, a.currency, a.kind
                break  # (the nearest larger amount; money or a percent: nothing counted)
        if h.unit is None and h.currency is None:
            h.value = 0


# the pronouns of a part that point at things (or a feminine singular), never at persons
_THINGS_PRONOUNS = frozenset({"منها", "من بينها"})


def _person_unit(unit: str) -> bool:
    """A counted noun of persons (amounts.json `person_units`, `partitive_plurals`,
    `casualty_nouns`, or a sound masculine plural in ين / ون: معلمين; not فواعيل: قوانين)."""
    words = amount_words()
    if unit == PEOPLE or unit in words.person_units or unit in words.partitive_plurals or \
            unit in words.casualty_nouns:
        return True
    return len(unit) >= 5 and unit.endswith(("ين", "ون")) and \
        not (len(unit) == 6 and unit[2] == "ا")


def _feminine_number(text: str, start: int) -> bool:
    """The number at `start` is a word in the form that counts a feminine noun (اثنتان،
    إحدى; ثلاث … عشر without ة): what منها after it points at is no masculine noun."""
    m = _WORD_RE.match(text, start)
    return m is not None and m.group(0) in _FEMININE_NUMBERS


def _feminine_persons(unit: str) -> bool:
    """A counted noun of women (امراه، طالبات, `feminine_persons`: نساء)."""
    return unit.endswith(("ه", "ات")) or unit in amount_words().feminine_persons


_WORD_RE = regex.compile(r"\p{L}+")
# (folded) the number words that count a feminine noun; with ة (ثلاثه) they count a masculine
_FEMININE_NUMBERS = frozenset({"اثنتان", "اثنتين", "ثنتان", "ثنتين", "احدي", "ثلاث", "اربع",
                               "خمس", "ست", "سبع", "ثماني", "تسع", "عشر"})


def _one_alone(m: regex.Match) -> bool:
    """The number is the word one alone (أحد، واحد): "one of", no count of what follows."""
    return m.group("words") in amount_words().one_alone


def _partitive(rx: dict[str, regex.Pattern], tail: str, before: str
               ) -> tuple[str, int] | None:
    """A number and من before a plural (`tail`: the text after the number): the number counts
    some of them (مقتل 28 من المتمردين، اعتقال نحو 100 من المعلمين، 3 ملايين من الزوار، 300 من
    أعضائها، 6 من عناصر الميليشيا) -> (the plural, folded, without its article or a possessive
    pronoun: the unit; where the span ends in `tail`). None when no plural follows من (33 من
    أصل، 28 من كل شهر، 40 من إجمالي، 360 من شركة) or a definite word right before the number
    labels it (الدقيقة 56 من المباراة، الدفعة 66 من الكلية، المرحلة 37 من الدوري)."""
    pm = rx["partitive"].match(tail)
    if pm is None or _last_word(before) in _partitive_labels():
        return None  # (للفقرة (2) من أحكام: a label too; قتل الجيش 15 من: a subject, no label)
    noun = pm.group("noun")
    if noun in amount_words().chain_breakers or pm.group("dem") and not noun.startswith("ال"):
        return None  # (a demonstrative is followed by the definite noun it points at)
    if noun.removeprefix("ال") in number_tables().scales or noun in _known():
        return None  # تسعة من مليارات الريالات، ست من ثماني غارات: a number, no plural counted
    listed = amount_words().partitive_plurals  # (رجال، جنود، قاده: the shapes miss them)
    if noun.startswith("ال"):
        g = noun[2:]
        if g in listed:
            return g, pm.end()  # (3 من القادة)
        plural = g.endswith(("ين", "ون")) and len(g) >= 5 or _definite_plural(g) or \
            len(g) == 4 and g[2] == "ا" and g[0] != "ا" or _chain_plural(g)
        return (g, pm.end()) if plural and not g.endswith("ه") else None
    if noun in listed:
        return noun, pm.end()  # 5 من رجال الأمن، 3 من قادة الحركة
    own = next((noun[:-len(x)] for x in _PRONOUN_SUFFIXES if noun.endswith(x)), noun)
    if own != noun and own in listed:
        return own, pm.end()  # 4 من رجالها، 5 من جنودهم
    bare = next((noun[:-len(x)] for x in _PRONOUN_SUFFIXES
                 if noun.endswith(x) and len(noun) - len(x) >= 4), noun)
    if bare == noun and noun.endswith("ايه") and len(noun) >= 6:
        # 7 من أبنائه، 5 من أعضائه: ئ (folded ي) before the pronoun ه; the caller reads the ه on
        # the original (a ة there, رواية، ولاية: a singular, no count; `_Hit.his`)
        stem = noun[:-3] + "اء"
        return (noun, pm.end()) if _chain_plural(stem) else None
    if bare == noun and noun.endswith("يه"):
        bare = noun[:-1]  # 3 من مقاتليه: the pronoun ه (a ة there, ميزانية: `_Hit.his`)
    if bare.endswith("ي") and not _chain_plural(bare) and _participle_in_ya(bare) and (
            bare != noun or _DEFINITE_NEXT_RE.match(tail, pm.end()) is not None):
        # 5 من موظفي الشركة، 3 من مقاتليه، 4 من لاعبي الفريق: a sound masculine plural in
        # construct (its ن dropped) -> the plural as the definite path writes it (موظفين)
        return bare + "ن", pm.end()
    if bare.endswith("ه") or not _chain_plural(bare):
        return None
    return (bare[:-1] + "ء" if bare != noun and bare.endswith("اي") else bare), pm.end()


_DEFINITE_NEXT_RE = regex.compile(r"\s+ال\p{L}")


def _participle_in_ya(w: str) -> bool:
    """A folded word shaped as an active or passive participle in the construct plural
    (ending ي, its ن dropped): مفعلي and longer forms with م first (موظفي، مقاتلي، منسوبي،
    متظاهري) or فاعلي (لاعبي، ناشطي، عاملي)."""
    return len(w) >= 5 and (w[0] == "م" or len(w) == 5 and w[1] == "ا")


@per_lexicon
def _partitive_labels() -> frozenset[str]:
    """amounts.json `partitive_labels` (الدقيقه، الجوله، الفقره) with و or ف, ب and ل before
    them (وفي الدقيقه، بالجوله، للفقره، وللماده): the words right before a number and من that
    make it a label (الدقيقة 56 من المباراة), not a count of the plural after من."""
    out = set()
    for w in amount_words().partitive_labels:
        stem = w[2:] if w.startswith("ال") else None
        forms = {w} | ({"بال" + stem, "لل" + stem} if stem else set())
        out |= forms | {c + f for f in forms for c in "وف"}
    return frozenset(out)


def _reached(text: str, at: int, qb: regex.Match) -> bool:
    """تصل إلى / يصل إلى (at `at`) that tell a value reached, not "up to": after ل or ب
    (لتصل إلى 12%), after و or ف (ويصل إلى 606 دولارات), or after a word of amounts.json
    `reached_after` (أن، سوف: من المتوقع أن تصل إلى), or after a word of `total_words` among
    the three before it in its clause (بقيمة إجمالية تصل إلى: the total). ما يصل إلى is always
    "up to"."""
    if qb.group("q").startswith("ما "):
        return False
    if qb.group("prep") or text[at - 1:at] in ("و", "ف"):
        return True
    words = amount_words()
    if _last_word(text[max(0, at - 12):at]) in words.reached_after:
        return True
    # بقيمة إجمالية تصل إلى، بإجمالي جلسات تصل إلى: the total itself (three words back, no
    # stop or comma between)
    before = _CLAUSE_BREAK_RE.split(text[max(0, at - 60):at])[-1].split()[-3:]
    return any(w in words.total_words for w in before)


FATHATAN = "\u064b"
_NO_MARKS = {ord(ch): None for ch in DROPPED_CHARS}  # diacritics off, hamza and ى kept
_OF_RE = regex.compile(r"\s+من\s")  # المئات من المحتجين: what the definite plural counts

# A decimal written as "A.<RLM>B" (صحيفة الشرق الأوسط's figures: 3.‏0 في المائة، 24.‏20585 نقطة)
# is a number stored in its visual order: it reads B.A (0.3 per cent, 20585.24 points).
_REVERSED_DECIMAL_RE = regex.compile(r"(?<![\d.])(\d+)\.\u200f(\d+)(?![\d.])")


def _currency(cm: regex.Match) -> tuple[str | None, bool]:
    """ISO code of a currency match and whether its adjective was used."""
    base, default = currency_forms()[cm.group("cur")]
    adjectives = amount_words().currency_adjectives
    adj = cm.group("adj")
    if adj:
        stem = adj[2:] if adj.startswith("ال") else adj
        for cand in (stem, stem[:-1], stem[:-2]):
            code = adjectives.get((base, cand))
            if code:
                return code, True
    return default, False


@per_lexicon
def _currencies_by_base() -> dict[str, dict[str, str]]:
    """A currency's base name (dinar) -> {a country's ISO3 code: its ISO 4217 code} for the
    countries of amounts.json `country_currencies` (the base read from `currency_adjectives`)."""
    words = amount_words()
    base_of = {code: base for (base, _), code in words.currency_adjectives.items()}
    out: dict[str, dict[str, str]] = {}
    for country, code in words.country_currencies.items():
        if code in base_of:
            out.setdefault(base_of[code], {})[country.upper()] = code
    return out


@per_lexicon
def _home_of_base() -> dict[str, str]:
    """A shared currency's base name (riyal) -> the country (SAU) whose currency its default
    code is (amounts.json `currency_homes`; the base read from `currency_adjectives`)."""
    words = amount_words()
    base_of = {code: base for (base, _), code in words.currency_adjectives.items()}
    return {base_of[code]: country.upper() for country, code in words.currency_homes.items()
            if code in base_of}


@per_lexicon
def _default_of_base() -> dict[str, str]:
    """A shared currency's base name (riyal) -> the default code it keeps in a text that names
    no country of it (amounts.json `kept_defaults`: SAR; the pound has none)."""
    words = amount_words()
    kept = {c.upper() for c in words.kept_defaults}
    return {words.currencies[form]: code for form, code in words.currency_codes.items()
            if code in kept and form in words.currencies}


def _country_currency(doc: Document, base: str, pos: int, home: str | None = None
                      ) -> str | None:
    """The ISO code of the currency `base` (dinar, dirham) in the country of the text: a place
    of such a country named before `pos` in the amount's sentence or the three before it (the
    nearest: سوق دبي … 2.37 درهم: AED; a market report's section, تراجع في الكويت … . … 0.118
    دينار: KWD), else the one such country the text names most often as a place, else (no
    such place) as the country of its actors (رئيس دولة الإمارات); a tie: None."""
    codes = _currencies_by_base().get(base)
    if not codes or not doc.entities:
        return None
    si = doc.sentence_at(pos)
    counts: dict[str, int] = {}
    actors: dict[str, int] = {}
    near = None
    for e in doc.entities:
        if e.country not in codes:
            continue
        if e.type not in ("GPE", "LOC"):
            actors[e.country] = actors.get(e.country, 0) + 1  # رئيس دولة الإمارات
            continue
        counts[e.country] = counts.get(e.country, 0) + 1
        if e.end <= pos and si - 3 <= doc.sentence_at(e.start) <= si:
            near = e.country  # (the nearest before, in its sentence or the three before it)
    if near is not None:
        return codes[near]
    if home is not None and (home in counts or home in actors):
        return codes[home]  # ريال in a text naming the kingdom: SAR
    counts = counts or actors  # (no such place named: the actors' countries)
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or len(ranked) > 1 and ranked[0] == ranked[1]:
        return None
    return codes[max(counts, key=counts.get)]


def _rate_next(rx: dict[str, regex.Pattern], text: str, end: int) -> bool:
    """A rate adverb (amounts.json `rate_adverbs`: سنوياً، شهرياً) right after `end`."""
    return "يا" in text[end:end + 12] and rx["rate"].match(text, end) is not None


def _scale_named(m: regex.Match, approx: bool) -> bool:
    """The core names a scale or is an approximate plural (5 مليارات، ثلاثة ملايين، عشرات
    المليارات): with a rate after it, an amount with no unit (a bare 3 is none)."""
    words = m.group("words")
    return approx or bool(m.group("scale")) or bool(
        words and words.split()[-1] in number_tables().scales)


def _verb_homograph(text: str, verbs: list[str]) -> bool:
    """The amount's text opens with a verb written like a number word (أثنى, after و or ف;
    diacritics aside), and no عشر follows (أثنى عشر: the number written loosely)."""
    words = text.translate(_NO_MARKS).split()
    first = words[0][1:] if words[0][:1] in "وف" and words[0][1:] in verbs else words[0]
    return first in verbs and not (len(words) > 1 and words[1].startswith("عشر"))


def _countable(noun: str) -> bool:
    """Whether a word after a number can be what it counts (not a preposition, a verb, a
    month name or a word carrying a preposition)."""
    from marsad.dates.lexicon import gregorian_months

    if noun in amount_words().not_counted or noun in gregorian_months() or noun.split()[0] in \
            _hijri_first_words() or noun in amount_words().rate_adverbs:
        return False
    if noun.startswith("ي") and noun.endswith(("ون", "ان")) and len(noun) >= 5:
        return False  # يعالجون: an imperfect verb
    if noun.startswith(("لل", "بال")) and len(noun) >= 5:
        return False  # عام 1509 للقضاء، 1798 بالقرب: a preposition and the article, no count
    if noun[:1] in "بلو" and noun[1:2] in "مت" and len(noun) >= 5:
        return False  # بمشاركة، لمعرض، بتاريخ، ويبدو: a preposition or و on a masdar/verb
    if noun.startswith("وي") and len(noun) >= 4:
        return False
    if noun in _known() or noun[:1] == "و" and noun[1:] in _known():
        return False  # بين ثلاثة وخمسة ملايين، عشرة ستة: the next number, not a noun
    if noun[:1] == "و" and (noun[1:3] == "ال" or noun[1:] in amount_words().not_counted):
        return False  # 5 والتي، 3 وهو، 10 والولايات: و and a word no number counts
    if noun.endswith("وا") and len(noun) >= 5:
        return False  # آلاف نزحوا: a past verb in the plural (not عضوا)
    if noun.startswith("وو") or noun.startswith("تت") and len(noun) >= 5:
        return False  # ووظيفتي: و on a noun after a number word; تتصدى: an imperfect verb
    return True


def _people_verb(word: str) -> bool:
    """A verb in the masculine plural right after a number, which says the number counts people:
    a past one (نزحوا، أصيبوا، تظاهروا; not a noun with the accusative alef, عضوا، نموا: four
    letters) or an imperfect one (يقيمون، يعالجون)."""
    if len(word) < 5 or word.startswith(("لل", "بال")):
        return False
    return word.endswith("وا") or word.startswith("ي") and word.endswith("ون")


def _ordinal_unit(word: str) -> bool:
    """الثاني، التاسعة، الحادي: an ordinal from 1 to 9 (folded), as before عشر in a teen."""
    from marsad.dates.lexicon import date_words

    stem = word[:-1] if word.endswith("ه") else word
    return stem == "الحادي" or stem in date_words().ordinal_units[1:]


@per_lexicon
def _hijri_first_words() -> frozenset[str]:
    from marsad.dates.lexicon import hijri_months

    return frozenset(k.split()[0] for k in hijri_months())


def _counted(noun: str, genitive: bool = False) -> str:
    """The counted noun's folded form, without the accusative alef (شخصا -> شخص). After an
    approximate plural (`genitive`: عشرات، المئات من …) the noun is in the genitive and has no
    accusative alef: its final alef is its own (العشرات من ميليشيا: ميليشيا, not ميليشي)."""
    if noun.startswith("ال"):
        noun = noun[2:]
    if noun.endswith("ا") and len(noun) >= 3 and not noun.endswith("ايا") and not genitive:
        # (طناً -> طن; not ضحايا، قضايا: a plural in ايا, with no tanween)
        noun = noun[:-1]
    if genitive:
        # المئات من شبابها، العشرات من جنودهم: the possessive pronoun is no part of the unit
        # (a bare ه, which the folded ة is written as, is read on the original by
        # `_without_his`: وجوه، مياه end in it)
        for suffix in _PRONOUN_SUFFIXES:
            if noun.endswith(suffix) and len(noun) - len(suffix) >= 3:
                return noun[:-len(suffix)]
    return noun


_PRONOUN_SUFFIXES = ("هما", "ها", "هم", "هن", "نا")


def _without_his(unit: str, original: str) -> str:
    """مئات من أعضائه: the pronoun ه of an indefinite noun after من (written ه, not ة, in the
    original), folded into the unit «اعضايه»: the unit without it, a hamza restored after
    its alef (اعضاء). Only after من and an indefinite noun: عشرات الوجوه keeps its own ه."""
    words = original.split()
    if len(words) < 3 or fold(words[-2]) != "من" or not original.endswith("ه") or \
            fold(words[-1]).startswith("ال") or len(unit) < 5:
        return unit
    stem = unit[:-1]
    return stem[:-1] + "ء" if stem.endswith("اي") else stem


@per_lexicon
def _verb_negations() -> frozenset[str]:
    """لم، لن (words.json `verb_negations`), bare and after و or ف: a verb follows, never a
    number."""
    _, bare = negation_particles(e for f in category_files(current_lexicon_dirs(), "words")
                                 for e in f.entries)
    return frozenset(p + w for w in bare for p in ("", "و", "ف"))


@per_lexicon
def _known() -> frozenset[str]:
    from marsad.dates.numbers import number_words

    return frozenset(number_words())


def _last_word(s: str) -> str:
    m = _LAST_WORD_RE.search(s)
    return m.group(1) if m else ""


def _looks_like_year(digits: str) -> bool:
    return len(digits) == 4 and digits.isdigit() and 1900 <= int(digits) <= 2099


def _is_plain_year(text: str, end: int) -> bool:
    """A year-like number with no currency/percent/noun after it is a year, not an amount."""
    return not _unit_after_year_re().match(text[end:end + 30])


@per_lexicon
def _unit_after_year_re() -> regex.Pattern:
    currencies = alternation(amount_words().currencies)
    return regex.compile(rf"\s*(?:[%٪$]|{PERCENT}|\s*(?:ال)?(?:{currencies}))")


def _inside(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= a and b <= e for s, e in spans)


def _overlaps(h: _Hit, spans: list[tuple[int, int]]) -> bool:
    return any(h.start < e and s < h.end for s, e in spans)


class AmountStage:
    name = "amounts"
    requires = ("tokens",)
    assigns = ("amounts",)

    def __init__(self, resources, counted_nouns: bool = True, **config):
        self.resources = resources
        self.counted_nouns = counted_nouns
        with reading_lexicon(resources.lexicon_dirs):
            resources.get("amounts.patterns", lambda r: _patterns())
            resources.get("amounts.number_words", lambda r: _number_word_automaton())
            resources.get("amounts.verb_negations", lambda r: _verb_negations())

    def __call__(self, doc: Document) -> None:
        with reading_lexicon(self.resources.lexicon_dirs):
            self._code(doc)

    def _code(self, doc: Document) -> None:
        norm = doc.norm
        if doc.dates:
            spans = [(norm.from_original(d.start), norm.from_original(d.end)) for d in doc.dates]
        elif doc.state.get(STATE_NO_PLAIN_DATES) == (doc.published, current_lexicon_dirs()):
            spans = []  # (the dates stage ran the search below and found nothing)
        else:
            spans = [(f.start, f.end) for f in find_dates(norm.text, doc.published)]
        out = []
        reversed_at = frozenset(norm.from_original(m.start()) for m in
                                _REVERSED_DECIMAL_RE.finditer(doc.text)) \
            if "\u200f" in doc.text else frozenset()
        homographs = [v for v in amount_words().verb_homographs.values() if v in doc.text]
        for h in find_amounts(norm.text, spans, self.counted_nouns, reversed_at):
            start, end = norm.to_original(h.start, h.end)
            if homographs and _verb_homograph(doc.text[start:end], homographs):
                continue  # أثنى مجلس الوزراء: "praised", no number
            value = h.value
            if h.dual_at is not None and FATHATAN not in doc.text[slice(*norm.to_original(
                    *h.dual_at))]:
                value *= 2  # مليارا دولار، ألفا شخص: the dual in construct (مليارًا alone: one)
            unit = h.unit
            if h.his and not doc.text[start:end].endswith("ه"):
                continue  # 7 من رواية: a ة, a singular after من (no count)
            if h.construct and doc.text[start:end].endswith("ى"):
                continue  # نقل 5 من مستشفى الملك: a singular in ى (no count)
            if (h.kind == "approx" or h.his) and unit and unit.endswith("ه"):
                unit = _without_his(unit, doc.text[start:end])
            if unit is None and h.currency is not None:
                # 2.37 درهم: the dirham of the country of the text, else the bare name
                # (a riyal or a pound: its default where the text names its home, SAR also
                # where it names no country of the riyal; `_default_of_base`)
                unit = _country_currency(doc, h.currency, start,
                                         _home_of_base().get(h.currency)) or \
                    _default_of_base().get(h.currency) or h.currency
            low, high = h.range or (None, None)
            out.append(Amount(start=start, end=end, text=doc.text[start:end], value=value,
                              unit=unit, qualifier=h.qualifier, sentence=doc.sentence_at(start),
                              low=low, high=high))
        doc.amounts = out
