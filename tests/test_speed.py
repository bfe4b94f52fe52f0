"""The fast paths of the text, dates and amounts stages give what the plain ones gave.

Each speed-up replaced a simple loop by a shortcut whose correctness rests on a stated property
(a pattern can only begin at one of its listed first words; a character scan only acts on a few
characters; one `str.translate` does what a deletion and a translation did). These tests run the
shortcut and the plain version side by side, on our own sentences and (slow) on real articles, so
that a pattern edited without its start words, or a table edited on one side only, fails here.
"""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path

import pytest

from marsad.dates import extract
from marsad.stages import amounts
from marsad.text import normalize as norm_mod
from marsad.text.normalize import DROPPED_CHARS, DROPPED_RE, FOLD_TABLE, fold, normalize
from marsad.text.sentences import split_sentences
from marsad.text.tokens import TOKEN_RE, Segmenter, known_words_from_lexicon, tokenize

SAUDI = Path(__file__).resolve().parents[2] / "shared" / "data" / "saudinewsnet"

PUBLISHED = dt.date(2017, 11, 2)

# One or more sentences for every date pattern kind, and amounts of every shape (our own text).
SENTENCES = [
    "وقع الانفجار في 12/3/2017 قرب السوق، وأعلن عن الحصيلة في 2017-03-13.",
    "اجتمع الوفد بتاريخ 16/10 في الرياض ثم سافر.",
    "صدر القرار في 15 شعبان 1436هـ، ونشر في 3/9/1436هـ.",
    "يبدأ الموسم في 20 شوال المقبل، بعد شهر رمضان.",
    "تراجعت الصادرات خلال السنوات الخمس الماضية وعلى مدى الأعوام الثلاثة.",
    "أسست الجمعية عام 1420هـ في جدة.",
    "وصل الوزير يوم الخميس الثاني من تشرين الثاني/نوفمبر 2017 إلى عمان.",
    "ولد في 26 (مارس) آذار من العام الماضي، وتخرج في أيار.",
    "تضاعف الإنتاج بين عامي 2010 و2014 ومن 2015 إلى 2016.",
    "بدأ المشروع في عام 2015م، وتوقف منذ 2016 م.",
    "هاجرت العائلة في الثمانينيات من القرن الماضي.",
    "وصل مساء الأحد المقبل، وغادر صباح الاثنين، بعد صلاة الجمعة.",
    "قال المتحدث أمس الأول إن الاجتماع عقد أول من أمس، وسيعقد آخر غدا.",
    "ارتفعت الأسعار الأسبوع الماضي وهذا الشهر والعام المقبل.",
    "اعتقل منذ ثلاثة أشهر وأفرج عنه بعد خمسة وعشرين يوما، أي قبل أسبوعين.",
    "مكث نحو عامين في السجن، ومنذ عام لم يره أحد.",
    "شارع 26 يوليو مزدحم، وكذلك ميدان 6 أكتوبر.",
    "غداة 14 تموز 2015 أعلن الاتفاق، وعشية 13 تموز 2015 اشتد التفاوض.",
    "قتل عشرة خلال الـ48 ساعة الماضية وخلال الأربع والعشرين ساعة المقبلة، يوماً بعد يوم.",
    "بلغت الخسائر 30 مليار دولار أمريكي، أي نحو 3.5 في المئة من الناتج.",
    "قتل أكثر من خمسة وعشرين ألف شخص، وشرد عشرات الآلاف، وفقد 12,500 جندي.",
    "دفعت الشركة $45 مليون و162 ألف ريال سعودي، وما يزيد على مليوني يورو.",
    "اجتمع وزراء الدول الست مع 3 خبراء ووأحد عشر مستشارا، على الأقل.",
    "انخفض المؤشر 2.5% إلى 7,000 نقطة؛ وارتفع بالمئة حتى ١٢٠ ريالاً.",
]


def _plain_matches(rx, text, a, b, starts):
    return rx.finditer(text, a, b)


@pytest.mark.parametrize("published", [PUBLISHED, None])
def test_dates_tried_at_start_words_equal_a_full_scan(monkeypatch, published):
    texts = [fold(s) for s in SENTENCES] + [fold(" ".join(SENTENCES))]
    fast = [extract.find_dates(t, published) for t in texts]
    monkeypatch.setattr(extract, "_matches", _plain_matches)
    plain = [extract.find_dates(t, published) for t in texts]
    assert fast == plain
    assert sum(map(len, fast)) >= 40  # the sentences do exercise the patterns


def test_every_date_pattern_has_start_words():
    kinds = {kind for kind, _rx in extract.patterns()}
    starts = extract._start_words()
    assert set(starts) == kinds
    for kind in kinds:  # a kind with no word must be able to begin with a digit
        assert starts[kind] or kind in extract._DIGIT_START_KINDS, kind


def test_amount_cores_tried_at_number_starts_equal_a_full_scan():
    core = amounts._patterns()["core"]
    for text in [fold(s) for s in SENTENCES] + [fold(" ".join(SENTENCES))]:
        fast = [m.span() for m in amounts._core_matches(text, core)]
        assert fast == [m.span() for m in core.finditer(text)]
    whole = fold(" ".join(SENTENCES))
    assert len(amounts._core_matches(whole, core)) >= 15


def test_amount_cores_with_a_range_equal_a_scan_from_every_position():
    # a range of two number words is cut at its و (twenty-first session), in the fast path and
    # in the scan from every position alike: two matches, not finditer's one (1 + 2 millions)
    core = amounts._patterns()["core"]
    text = fold("رصدت الحكومة بين مليون و2 مليون دولار للمشروع")
    fast = [m.span() for m in amounts._core_matches(text, core)]
    assert fast == [m.span() for m in amounts._scan_from(text, core, range(len(text)))]
    assert len(fast) == 2 and len(list(core.finditer(text))) == 1


def _fold_two_steps(s: str) -> str:
    return DROPPED_RE.sub("", s).translate(FOLD_TABLE)


@pytest.mark.parametrize("s", [
    "", "وَقَالَ الرَّئِيسُ", "قـــال", "إسرائيل‌ ومؤسسة", "OPEC ٢٠١٧ ۱۳۹۶", "ی ک ٹ ى ة ؤ ئ آ",
    "الْقُرْآنُ ۖ " * 8,  # longer than the cached length
])
def test_fold_in_one_pass_equals_delete_then_translate(s):
    assert fold(s) == _fold_two_steps(s)
    assert norm_mod._fold_word(s) == _fold_two_steps(s)


def test_fold_replacements_are_never_replaced_again():
    # what lets the pairs be applied one after the other instead of in one translate
    sources = {a for a, _b in norm_mod._FOLD_DELETE_PAIRS}
    produced = set("".join(b for _a, b in norm_mod._FOLD_DELETE_PAIRS))
    assert sources and not produced & sources


def test_normalize_alignment_equals_the_per_character_one():
    text = "قَالَ الـــوزير: «إِنَّ\u200f الحلَّ قريب» ١٢"
    n = normalize(text)
    kept = [i for i, c in enumerate(text) if c not in DROPPED_CHARS]
    assert n.offsets == tuple(kept + [len(text)])
    assert n.text == "".join(text[i] for i in kept).translate(FOLD_TABLE)
    a = n.text.index("الحل")
    assert n.to_original(a, a + 4) == (text.index("الحلَّ"), text.index("الحلَّ") + 6)


def test_sentences_split_at_terminators_outside_quotes_only():
    text = "قال «نعم. لا» ثم سكت. وصل 3.5 مليون؟ انتهى"
    spans = split_sentences(text, 0, len(text))
    assert [text[a:b] for a, b in spans] == ["قال «نعم. لا» ثم سكت.", "وصل 3.5 مليون؟", "انتهى"]


# Words of every shape the segmenter meets (our own): bare stems, proclitics, the article,
# enclitics, ta marbuta before a suffix, diacritics, tatweel, short words, letters fold changes.
WORDS = [
    "وزير", "بوتين", "والعراق", "وبالعراق", "للأمم", "فللحكومة", "بالرياض", "كالبحر", "سيقول",
    "حكومتها", "وحكومتهم", "كتابه", "مدرستنا", "اليه", "الله", "الذين", "وَبِالعِرَاقِ", "الـعراق",
    "قـــال", "وقالـت", "وﻻ", "ٱلله", "فَسَيَكْفِيكَهُمُ", "في", "و", "ال", "إلى", "یک", "أميركا",
    "والتي", "فالمسألة", "ولها", "لهم", "بها", "مؤتمراتهن", "تطلعاتنا", "روسنفط", "الأهلي",
]


def _analyse_by_split(seg: Segmenter, word: str) -> tuple:
    """`Segmenter._analyse` as it was before its shortcut for words without marks or clitics."""
    segs = tuple(seg.split(word))
    if len(segs) == 1 and segs[0][2] == "stem":
        norm, with_text = fold(word[segs[0][0]:segs[0][1]]), ()
    else:
        stem = next(((a, b) for a, b, k in segs if k == "stem"), None)
        norm = fold(word[stem[0]:stem[1]]) if stem else fold(word)
        with_text = tuple((a, b, k, word[a:b]) for a, b, k in segs) if len(segs) > 1 else ()
    return segs, norm, (norm, with_text)


def _strip_suffix_every_enclitic(seg: Segmenter, r: str) -> str | None:
    """`Segmenter._strip_suffix` without its test of the last letter."""
    if r in seg.known:
        return None
    for suf in ("هما", "هم", "هن", "ها", "كم", "كن", "نا", "ه"):
        stem = r[: -len(suf)]
        if r.endswith(suf) and len(stem) >= 2 and (
                stem in seg.known or (len(suf) >= 2 and len(stem) >= 3 and stem + "ه" in seg.known)
                or (len(stem) >= 3 and stem[-1] == "ت" and stem[:-1] + "ه" in seg.known)):
            return suf
    return None


@pytest.fixture(scope="module")
def segmenter(nlp):
    return Segmenter(known_words_from_lexicon(nlp.resources.lexicon))


def _own_words() -> list[str]:
    found = [m.group() for s in SENTENCES for m in TOKEN_RE.finditer(s) if m.lastgroup == "word"]
    return WORDS + found


def test_word_analysis_shortcut_equals_the_split(segmenter):
    words = _own_words()
    fresh = Segmenter(segmenter.known)
    assert [fresh._analyse(w) for w in words] == [_analyse_by_split(segmenter, w) for w in words]
    split = [w for w in words if len(_analyse_by_split(segmenter, w)[0]) > 1]
    assert len(split) >= 20  # the list does exercise the clitic rules, not only bare stems


def test_enclitic_shortcut_equals_trying_every_enclitic(segmenter):
    words = [fold(w) for w in _own_words()]
    words += [w[1:] for w in words] + [w + "ه" for w in words] + [w + "ها" for w in words]
    got = [segmenter._strip_suffix(w) for w in words if w]
    assert got == [_strip_suffix_every_enclitic(segmenter, w) for w in words if w]
    assert sum(x is not None for x in got) >= 10


def test_tokenize_reads_the_segmenters_analysis(segmenter):
    text = " ".join(SENTENCES + WORDS)
    for toks in (tokenize(text, Segmenter(segmenter.known)), tokenize(text, segmenter)):
        words = [t for t in toks if t.kind == "word"]
        for t in words:
            norm, segs = segmenter.analyse_token(t.text)
            assert t.norm == norm
            assert [(g.start, g.end, g.kind, g.text) for g in t.segments] == \
                [(t.start + a, t.start + b, k, x) for a, b, k, x in segs]
        assert sum(1 for t in words if t.segments) >= 20
    bare = tokenize(text)  # no segmenter: every word is its own folded stem
    assert all(t.norm == fold(t.text) and not t.segments for t in bare)


@pytest.mark.slow
def test_fast_paths_equal_full_scans_on_saudinewsnet(monkeypatch):
    path = SAUDI / "2015-07-23.zip"
    if not path.exists():
        pytest.skip("../shared/data/saudinewsnet is not beside the project")
    with zipfile.ZipFile(path) as zf:
        arts = [a for a in json.loads(zf.read(zf.namelist()[0])) if a["content"].strip()][:300]
    texts = [normalize(a["content"]).text for a in arts]
    core = amounts._patterns()["core"]
    for t in texts:
        assert [m.span() for m in amounts._core_matches(t, core)] == \
            [m.span() for m in amounts._scan_from(t, core, range(len(t)))]
    fast = [extract.find_dates(t, PUBLISHED) for t in texts]
    monkeypatch.setattr(extract, "_matches", _plain_matches)
    assert fast == [extract.find_dates(t, PUBLISHED) for t in texts]
    assert sum(map(len, fast)) > 300
