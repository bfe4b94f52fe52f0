"""Closed-class Arabic words and helpers the quotes stage reads structure with (folded forms).

These are grammar, not knowledge of the world: prepositions, relative pronouns, auxiliaries,
pronouns. The open vocabularies (speech verbs, speaker nouns, name nouns…) are data, in
`lexicon/data/cues.json`.
"""

from __future__ import annotations

from marsad.text.normalize import DROPPED_CHARS, FOLD_TABLE


# Prepositions and particles that end a speaker noun phrase (folded; also with و/ف before them).
PREPS = frozenset("في الي علي عن من مع خلال عبر اثناء عقب بعد قبل حول امام لدي ضمن وسط اثر ل ب "
                  "بين منذ حتي عند تجاه ضد نحو الا سوي لكن بينما حيث كما".split())
RELATIVES = frozenset("الذي التي الذين اللذين اللتين اللواتي اللاتي ما".split())
AUX = frozenset("قد فقد وقد كان كانت وكان وكانت فكان ثم".split())
PRONOUNS = frozenset("هو هي هم هما نحن انا انت انتم هذا هذه ذلك تلك".split())
DEMONSTRATIVES = frozenset("هذا هذه ذلك تلك".split())
# بعدما حذر من أن …، اعتبر X أن: the time clause's verb shares the main clause's named subject
TIME_CLAUSE_OPENERS = frozenset("بعدما وبعدما فيما وفيما عندما وعندما حين وحين حينما وحينما ولما".split())
TIME_CLAUSE_OPENERS_AN = frozenset("بعد وبعد".split())  # بعد أن
CONCESSIVES = frozenset("رغم برغم بالرغم".split())  # رغم أن …: "although", no reported content
WITHOUT = frozenset("دون بدون".split())  # (من) دون أن ينفعل: "without", no reported content
# لم يعلن سوى …، لم يقل إلا، لم يذكر غير: "only", after a negation (غير only there: قال غير
# مسؤول is "more than one official said")
EXCEPTIONS = frozenset("الا سوي غير".split())
# Participles that are far more often a common noun: مقراً (a seat) beside مقراً بأن (admitting).
NOUN_PARTICIPLES = frozenset("مقرا مقره".split())
# Prepositions proper (not conjunctions such as كما، حيث، لكن): a cue word after one is a noun.
NOUN_PREPS = frozenset("في عن من مع خلال عبر اثناء عقب بعد قبل حول امام لدي ضمن وسط اثر بين منذ "
                       "تجاه ضد نحو عند ل ب دون بدون".split())  # (دون ذكر اسمه: a noun)
QUANTIFIERS = frozenset("عدد بعض احد احدي مجموعه كثير معظم اغلب جميع كل عشرات مئات الاف".split())
# A preposition with a pronoun after a verb (قال له، قالت لهم): the addressee, never the speaker.
PRON_PREP = frozenset("له لها لهم لهما لي لنا لك لكم لهن عنه عنها معه معها".split())
# A preposition carrying a pronoun (إليه، عليها، نحوي، لديه): never the head of a speaker phrase.
PREP_PRONOUN = frozenset(p + s for p in "الي علي في من عن مع لدي نحو حول عند امام ضد بين خلال "
                         "اثناء عبر".split()
                         for s in ("ه", "ها", "هم", "هما", "هن", "ي", "نا", "ك", "كم"))
# "In it" after a verb of speech (أكد خلاله، قال فيها): the call, meeting or letter named before;
# the speaker, if named, comes after it (أكد فيه الرئيس الأمريكي أن …).
IN_IT = frozenset(p + s for p in ("في", "خلال", "اثناء", "عبر") for s in ("ه", "ها"))
# Time phrases that stand between a verb and its subject (أعلن الأسبوع الماضي أن، قالوا وقتها
# إن، قال يوم الأحد الوزير …): a head, then its modifiers, never the speaker.
TIME_HEADS = frozenset("الاسبوع الشهر العام السنه يوم مساء صباح ظهر ليل ليله فجر وقتها حينها "
                       "حينذاك يومها ساعتها امس اليوم".split())
TIME_TAIL = frozenset("الماضي الماضيه المنصرم المنصرمه الفائت الفائته الجاري الحالي المقبل المقبله "
                      "القادم القادمه الاول الاولي امس اليوم الاحد الاثنين الثلاثاء الاربعاء "
                      "الخميس الجمعه السبت".split())
CLAUSE_PUNCT = frozenset("،,")
END_PUNCT = frozenset(".؟?!؛;")
FATHATAN = "\u064b"
DAMMA = "\u064f"  # on a past verb's first letter: the passive (أُعلن، وُصف)
# fold() as one str.translate: the folding table plus deletion of the dropped marks.
FOLD_DELETE = {**FOLD_TABLE, **{ord(ch): None for ch in DROPPED_CHARS}}


# Media outlets one speaks to (قال المصدر لوكالة الأنباء …): with ل they are the addressee.
OUTLET_NOUNS = frozenset("صحيفه جريده مجله قناه شبكه اذاعه وكاله موقع تلفزيون".split())
SHADDA = "\u0651"


def fold_keeping_shadda(s: str) -> str:
    """fold() that keeps the shadda: بيّن (he made clear) apart from بين (between)."""
    return "".join(ch if ch == SHADDA else ch.translate(FOLD_DELETE) for ch in s)


def strip_al(f: str) -> str:
    return f[2:] if f.startswith("ال") and len(f) > 3 else f


def forms(f: str) -> frozenset[str]:
    """A folded word as written, without a conjunction و/ف, and without the article:
    وزارة → وزاره, زاره; والمتحدث → والمتحدث, المتحدث, متحدث (membership tests try them all)."""
    out = {f, strip_al(f)}
    if len(f) > 2 and f[0] in "وف":
        out |= {f[1:], strip_al(f[1:])}
    return frozenset(out)
