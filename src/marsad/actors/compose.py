"""From dictionary matches to actor mentions: titles, nisba adjectives, bodies, names.

Rules, over the matches in text order (adjacent = only a space between them):
- TITLE [scope] [TITLE...] [NAME]: a title (agents, kind title) with an optional scope right after
  it — a nisba agreeing in definiteness (الرئيس الروسي), a country in construct or with ل (رئيس
  آذربيجان), an organisation (المدير العام لـ«روسنفط») or a body of a country (المتحدث باسم
  الخارجية الإيرانية: that body's role) — further titles (آية الله), and a name: a dictionary
  person (one PERSON mention spanning title and name) or an unknown name of up to three words
  (PERSON, code from title and scope, transliterated). Without a name, an office title with a
  country resolves to the office holder on the article's date (how="office"); otherwise the
  mention keeps the role code (how="title").
- A dual title with two nisbas (الرئيسين الإيراني والآذربيجاني) gives two mentions.
- BODY [genitive words] NISBA (الجيش الروسي، شركة النفط الإيرانية): an ORG of that country and
  role (how="nisba"); a body right before an organisation name (شركة … «روسنفط»، وكالة «انترفاكس»)
  becomes one mention of that organisation.
- A capital city stands for its government (GPE, code = country, how="metonymy") unless it is
  a place: after a locative preposition or ب, after ل following a visit/arrival noun, in a
  dateline (or before a colon at the start of a line: «الخرطوم: أحمد يونس»), or joined by و to
  a city that is a place.
- A nisba adjective on its own is a GPE mention of its country (how="nisba").
- Not actors: an agent word used as an adjective of the noun before it (السياسة الخارجية،
  الهجوم الانتحاري، داعش الإرهابي), a body joined by و to a definite word that is no actor
  (الاستقرار والأمن), an indefinite title after a noun (مؤتمر صحافي), a dictionary
  name inside someone else's nasab (الأمير مشعل بن عبد الله بن عبد العزيز is one unknown name,
  not Khaled Meshaal nor King Abdullah), an organisation name that is here a common noun
  (القاعدة الجوية: the air base), a nisba agent after a noun with a pronoun (خطابهم الإعلامي),
  a person in the name of a place, prize or institution (كأس خادم الحرمين، مطار الملك خالد):
  with its head noun and complement, an institution is an ORG of the person's country (مركز
  الملك سلمان للإغاثة، جامعة الملك سعود) and a place a LOC (مطار الملك خالد الدولي), a prize none;
  a nisba after a feminine noun with a pronoun (عقيدتها البحرية، سياستها الخارجية).
- An office title right after a head of state's title is another person (استقبل خادم الحرمين
  الشريفين وزير الدفاع) unless he holds it too; a rank before an office is one person, and a
  nisba after a chain of titles gives its country (الفريق أول ركن رئيس هيئة الأركان المصري).
- The text gives the country of a title (خادم الحرمين الشريفين: agents.json `country`), of a
  body followed by في + a country (وزارة الخارجية في البحرين), of an agent noun followed by a
  broken-plural nationality (جنود أتراك: countries.json `nisba_plural`); a title and the last
  word of one dictionary person with that role is that person (الوزير شكري).
- A name first met after a title is found again later on its own (its last word too), as the
  same actor (how="coref").
- An indefinite title in construct with a dictionary person names the title holder (مستشارة
  أوباما: "adviser of Barack Obama", USAGOV, the person nested), with a name after it if any;
  نائب + a title is that title's deputy (النائب الثاني لرئيس مجلس الوزراء), not a member of
  parliament nor the office holder.

Then, token by token, names no dictionary knows (how="name", transliterated; in this order, each
outside the mentions found before it):
- an organisation named after a head noun in construct (ORG_HEADS: شركة موتورولا، جامعة
  كرانفيلد، نادي الزمالك; after a place: جامعة القاهرة = EGYEDU, which replaces the place), or
  in quotation marks after it (صحيفة «المستقبل»، مؤسسة «فيتش»: QUOTED_ORG_HEADS too);
- a title that found no name, then a given name (الملك حمد) or the organisation it speaks for
  and a name (المتحدثة باسم البيت الأبيض دانا برينو), or one or two name words that punctuation
  or a complementiser closes (وقال الرئيس كوستانوفيتش إن), or after الإمام a laqab (الإمام الشافعي);
- a name after a cue (`marsad.actors.namecues`): an honorific (السيد، الدكتور), a person noun
  (الفنان، العداء الكيني: the nationality gives the country), a definite nationality standing as
  a noun (فاز الروسي …) or as the adjective of a noun before a name of two words (مدافع المنتخب
  الإيطالي ماركو …), a clause verb (وقال X Y إن; one word before إن, a quote, الذي, the outlet
  spoken to or the preposition the verb governs: وأعرب وانغ عن);
- a reporter's byline (القاهرة: سوسن أبو حسين);
- a name opened by a known given name, with a family name with the article (نبيل القطان);
- a nasab or kunya (سهل بن حنيف، علي بن أبي طالب، ابن خلدون، أبو هريرة);
- a name joined by و or a comma to a person before it;
- an organisation's short or foreign name in parentheses right after it (… (يونيفيل)).
Inside names: compound given names (محيي الدين، عطا الله), particles (روبن فان بيرسي، محمد ولد …),
علي spelled with ي, أل with hamza (ألكسندر), آل + a family, and a nationality after a given name
or a kunya as a laqab (أبو حمزة المصري).
Last, titles in apposition after a named person (محمد بن راشد، نائب رئيس الإمارات رئيس مجلس
الوزراء) join that person's mention, with the rest of the person's nasab, and a family name alone
after an honorific (الدكتور الربيعة) is the person of the same article whose full name ends with it.
Place and organisation names leave a generic noun out of their name part (قطاع [غزة]، جنوب
[لبنان]، وكالة [فرانس برس]); a city with a masculine nationality in sports news is a club
(برشلونة الإسباني), and a place spelled like an adjective and used as one is none (دعم مالي،
الصحابي الجليل).
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, replace
from itertools import compress, repeat
from operator import attrgetter

import regex

from marsad.actors import forms
from marsad.actors.coref import PREPOSITIONS
from marsad.actors.gazetteer import Entry, Gazetteer
from marsad.actors.matcher import Match, MatchingString
from marsad.actors.offices import role_at
from marsad.actors.patrons import FORCES_NOUNS
from marsad.text.normalize import fold

# Words before a city that make it a place, not an actor.
LOCATIVE_WORDS = frozenset(fold(w) for w in (
    "في", "إلى", "الى", "من", "عبر", "نحو", "داخل", "خارج", "قرب", "حول", "شمال", "جنوب", "شرق",
    "غرب", "وسط", "أنحاء", "مدينة", "العاصمة", "مطار", "شوارع", "ضواحي", "حتى", "وفي", "وإلى",
    "ومن",
    "قمة", "مؤتمر", "اجتماع", "مقر"))
# Nouns of movement after which ل + city means "to the city".
VISIT_WORDS = frozenset(fold(w) for w in (
    "زيارة", "زيارته", "زيارتها", "زيارتهم", "وصول", "وصوله", "توجه", "توجهه", "عودة", "عودته",
    "رحلة", "رحلته", "سفر", "سفره", "انتقال", "انتقاله", "الأخيرة", "الأولى", "المرتقبة",
    "الرسمية"))
# Name parts after which an article-marked word still belongs to the name (عبد الله، أبو الفضل).
COMPOUND_HEADS = frozenset(fold(w) for w in ("عبد", "أبو", "ابو", "أبي", "ابي", "بن", "ابن",
                                             "نصر", "سيف", "نور", "شمس", "صلاح", "عز", "جمال",
                                             "آل"))
# Second words of compound given names, whatever the first (محيي الدين، عطا الله، نصر الله).
COMPOUND_TAILS = frozenset(fold(w) for w in ("الدين", "الله"))
# Nouns a nationality adjective is in construct with (البريطاني الجنسية، المصري الأصل).
NISBA_HEADS = frozenset(fold(w) for w in ("الجنسية", "الأصل", "المولد", "المنشأ", "الهوية"))
# Religious titles before a name known alone, often a laqab with the article (الإمام الرضا).
IMAM_TITLES = frozenset(fold(w) for w in ("الإمام", "الامام", "والإمام", "والامام"))
# Particles inside foreign and Mauritanian names (روبن فان بيرسي، جان مارك دو لا سابليير، لولا دا
# سيلفا، محمد ولد عبد العزيز): part of the name, never its end, not counted as a word of it.
NAME_PARTICLES = frozenset(fold(w) for w in (
    "فان", "فون", "دي", "دو", "دا", "ديل", "دل", "دوس", "ولد"))
QUALIFIER_WORDS = frozenset(fold(w) for w in ("لهذا", "لهذه", "البلد", "هذا"))
# Adjectives after a title that say its holder is not the office holder of the article's date:
# former (السابق، الأسبق), late (الراحل), deposed (المخلوع، المعزول); acting or interim
# (المؤقت، بالوكالة، بالإنابة); designate (المكلف). Feminine forms agree with a feminine title
# only (رئيس الحكومة السابقة: the former government's head; the adjective is الحكومة's).
TITLE_QUALIFIERS = {fold(w): kind for kind, words in (
    ("former", ("السابق", "السابقة", "الأسبق", "الأسبقة", "الراحل", "الراحلة", "المخلوع",
                "المخلوعة", "المعزول", "المعزولة")),
    ("acting", ("المؤقت", "المؤقتة", "بالوكالة", "بالإنابة", "بالانابة")),
    ("designate", ("المكلف", "المكلفة"))) for w in words}
LATE_WORDS = frozenset(fold(w) for w in ("الراحل", "الراحلة"))
# Roles whose former holders are coded ELI (CAMEO: former government officials are elites).
FORMER_ELI_ROLES = frozenset({None, "GOV", "MIL", "LEG", "JUD", "SPY", "COP", "ELI"})
# How a qualified title reads in English: former president, acting president, president-designate.
QUALIFIED_CANONICAL = {"former": "former {}", "acting": "acting {}", "designate": "{}-designate"}
# The head word of a minister's title, folded: a minister is GOV whatever his portfolio names
# (وزير البيشمركة is no soldier).
MINISTER_WORDS = frozenset({"وزير", "وزيره"})
NAME_GAPS = frozenset({" ", "، ", ", ", " ، ", " , ", "،", ","})


# Nouns that follow a name in apposition (محمد حسين، باحث في …): never its last word.
APPOSITION_NOUNS = frozenset(fold(w) for w in (
    "مدير", "عضو", "باحث", "شاعر", "كاتب", "أستاذ", "طالب", "خبير", "مسؤول", "مستشار", "سائق",
    "إداري", "لاعب", "مدرب", "نجم", "محامي", "محام", "طبيب", "مهندس", "صحفي", "صحافي", "مراسل",
    "ناشط", "فنان", "مخرج", "ممثل", "رجل", "شاب", "طفل", "جولة", "برنامج", "بعنوان", "تصريح",
    "محافظ", "أمير", "رئيس", "نائب", "وزير", "سفير", "قائد", "مساعد", "رئيسة", "مديرة",
    # kin and offices in construct after a name (خوان كارلوس [ملك] إسبانيا، مولاي رشيد [شقيق]
    # العاهل، خوسيه ريينا [حارس] مرمى)
    "محلل", "حارس", "ملك", "زعيم", "شقيق", "شقيقة", "مفاوض", "أخو", "عضوي", "زوجة", "مفتي",
    "قرينة", "حاكم", "نجل", "مؤسس", "متحدث",
    # players' posts and officers in construct after a name (دييغو كوستا [هداف] تشيلسي)
    "هداف", "مهاجم", "مدافع", "وكيل", "عميد", "منسق"))
# Given names that are also common words (حسن الجوار، سعيد الحظ، جمال الطبيعة): before a word
# with the article they open a name only when it ends in ي (حسن البصري).
GIVEN_ALSO_WORDS = frozenset(fold(w) for w in (
    "حسن", "سعيد", "كريم", "جمال", "كمال", "عادل", "نور", "سيف", "رضا", "هادي", "أمين", "بندر",
    "فريد", "شريف", "عزيز", "رشيد", "وحيد", "منير", "وفاء", "أمل", "صلاح"))
# ... and those that, alone, are more often the word than a person met by his full name
# (عن عمر يناهز: age), so a lone one is no later mention of that person
LONE_GIVEN_WORDS = GIVEN_ALSO_WORDS | {fold("عمر")}


# Generic nouns that open a dictionary form before the proper name (see Composer._bare_name).
PLACE_NOUNS = frozenset(fold(w) for w in (
    "مدينة", "قطاع", "دولة", "محافظة", "ولاية", "إقليم", "مقاطعة", "إمارة", "بلدة", "قرية",
    "مخيم", "ضاحية"))
COMPASS_WORDS = frozenset(fold(w) for w in ("جنوب", "شمال", "شرق", "غرب", "وسط", "جنوبي",
                                            "شمالي", "شرقي", "غربي"))
ORG_NOUNS = frozenset(fold(w) for w in (
    "حركة", "وكالة", "صحيفة", "جريدة", "مجلة", "قناة", "فضائية", "شبكة", "شركة", "منظمة",
    "تنظيم", "جماعة", "مجموعة", "مؤسسة", "هيئة", "بنك", "مصرف", "نادي", "فريق"))

# Nouns that name an organisation in construct with its name (شركة موتورولا، جامعة القاهرة),
# folded, with the CAMEO role they give ("" for none).
ORG_HEADS = {fold(w): role for w, role in (
    ("شركة", "BUS"), ("مجموعة", "BUS"), ("بنك", "BUS"), ("مصرف", "BUS"), ("مصنع", "BUS"),
    ("جامعة", "EDU"), ("معهد", "EDU"), ("كلية", "EDU"), ("أكاديمية", "EDU"),
    ("صحيفة", "MED"), ("جريدة", "MED"), ("مجلة", "MED"), ("قناة", "MED"), ("فضائية", "MED"),
    ("إذاعة", "MED"), ("وكالة", "MED"), ("نادي", ""), ("حزب", "PTY"), ("جمعية", "NGO"),
    ("منظمة", "NGO"), ("مستشفى", "HLH"))}
# Heads that ANERcorp-style annotation leaves outside the name (صحيفة [الحياة], شركة [فورد]).
NAME_ONLY_ORG_HEADS = frozenset(fold(w) for w in (
    "شركة", "صحيفة", "جريدة", "مجلة", "قناة", "فضائية", "إذاعة", "وكالة", "نادي"))
# Nouns that name an organisation only with its name in quotation marks after them (مؤسسة
# «فيتش»، حركة «أنصار الشريعة»): without quotes they are too often common nouns.
QUOTED_ORG_HEADS = {fold(w): role for w, role in (
    ("مؤسسة", ""), ("هيئة", ""), ("حركة", ""), ("جماعة", ""), ("اتحاد", ""), ("مركز", ""),
    ("شبكة", "MED"), ("موقع", "MED"), ("مكتب", ""), ("منتدى", ""), ("فندق", "BUS"),
    ("متاجر", "BUS"), ("مطعم", "BUS"), ("دار", ""))}
# Opening quotation marks and the marks that close them.
QUOTE_PAIRS = {"«": "»", '"': '"', "“": "”", "'": "'", "‘": "’", "„": "”"}
CLOSING_QUOTES = ("»", '"', "”", "'")
# words.json category of nouns of armed action whose one-word singular group noun after them is
# their adjective (هجوم مسلح، تفجير انتحاري), see Composer._adjective_of_action
ATTRIBUTIVE_HEADS = "attributive_heads"
# words.json category of nouns that fold into a body's key but are other nouns (أعلام flags, not
# إعلام the media), see Composer._hamza_homograph
HAMZA_HOMOGRAPHS = "hamza_homographs"
# words.json category of dictionary persons' surnames that are also common words (الجميل، هيكل):
# found alone only after the full name and not as that word, see Composer._homograph_as_word
SURNAME_HOMOGRAPHS = "surname_homographs"
# words.json category of the head nouns of a political movement's name (حركة، حزب، جماعة): a
# crowd of an unknown one is the movement's, PTY, see Composer._crowds_of_organisations
MOVEMENT_HEADS = "movement_heads"
# broken plurals of things in construct before a noun (وسائل الإعلام), whose adjective is feminine
# (those in ة or ات, أجهزة، مؤسسات, are told by their ending)
CONSTRUCT_PLURALS = frozenset({fold("وسائل")})
ORG_TAILS = frozenset(fold(w) for w in ("المركزي", "المركزية"))
ARTICLE_ORG_HEADS = frozenset(fold(w) for w in (
    "نادي", "صحيفة", "جريدة", "مجلة", "حزب", "جامعة", "أكاديمية"))
# Heads of schools and institutes named by a definite common noun and its adjectives, coordinated
# nouns too (كلية الطب، كلية الآداب والعلوم الإنسانية، معهد الدراسات المتقدمة), and the heads whose
# one-word definite name takes the feminine adjectives after it (جامعة الحدود الشمالية).
COMPLEMENT_ORG_HEADS = frozenset(fold(w) for w in ("كلية", "معهد"))
ADJECTIVE_ORG_HEADS = frozenset(fold(w) for w in ("جامعة", "أكاديمية"))
NOT_PLACE_ORG = frozenset(fold(w) for w in ("قناة", "حزب", "جمعية", "منظمة", "وكالة"))

# One-word places that are also common nisba adjectives (Mali / "financial").
ADJECTIVE_HOMOGRAPHS = frozenset(fold(w) for w in ("مالي",))
# Definite places that are also common adjectives after a definite noun (the venerable, the new).
DEFINITE_ADJECTIVE_HOMOGRAPHS = frozenset(fold(w) for w in ("الجليل", "الجديدة", "الحرة",
                                                            "العظمى", "الكبرى"))

# What may stand between a title and the organisation it speaks for (المتحدث باسم الفيفا).
SCOPE_LINKS = frozenset({"", "باسم", "في", "لدى", "ب"})

COREF_PREFIXES = frozenset({"", "و", "ف"})
# Feminine nouns without ة before اليمنى "the right one" (اليد اليمنى), see _right_hand.
RIGHT_HAND_NOUNS = frozenset(fold(w) for w in ("اليد", "القدم", "العين", "الأذن", "الرجل",
                                               "الساق", "الذراع", "الكف", "يده", "قدمه"))
CLUB_NOUNS = frozenset(fold(w) for w in ("نادي", "فريق"))

# Words that may follow a speaker's name: complementisers (وقال X إن ...).
CLOSING_WORDS = frozenset(fold(w) for w in (
    "إن", "أن", "ان", "إنه", "أنه", "انه", "إنها", "أنها", "بأن", "بان", "أنّ", "إنّ"))

QUOTE_MARKS = frozenset(':«"“\'')
# Words after a one-word name that make it the speaker of the verb before it: a relative pronoun
# (وأضاف عزام الذي …) or the outlet he spoke to (وقال تريباثي للصحفيين، وصرح رونالدو لصحيفة).
SPEAKER_CLOSERS = frozenset(fold(w) for w in (
    "الذي", "التي", "للصحفيين", "للصحافيين", "للصحافة", "للصحيفة", "لصحيفة", "لوكالة", "لقناة",
    "لشبكة", "لإذاعة", "لتلفزيون", "لمجلة", "لموقع", "لراديو", "للتلفزيون", "للإذاعة"))
# The preposition a verb governs, after a one-word subject (وأعرب وانغ عن، وأشار هيرين إلى).
VERB_PREPOSITIONS = {fold(v): frozenset(fold(p) for p in ps) for v, ps in (
    ("أعرب", ("عن",)), ("أعربت", ("عن",)), ("أشار", ("إلى", "الى")), ("أشارت", ("إلى", "الى")),
    ("لفت", ("إلى", "الى")), ("لفتت", ("إلى", "الى")), ("شدد", ("على",)), ("شددت", ("على",)),
    ("أكد", ("على",)), ("أكدت", ("على",)), ("تحدث", ("عن",)), ("تحدثت", ("عن",)),
    ("عبر", ("عن",)), ("عبرت", ("عن",)))}

# Ordinals after a name are a rank or a regnal number, not a family name (المصنف الرابع).
ORDINALS = frozenset(fold(w) for w in (
    "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع",
    "العاشر", "الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "الأخير", "الأخيرة",
    "الحادي", "الحادية", "السادسة", "السابعة", "الثامنة", "التاسعة", "العاشرة"))

# The rest of a nasab after a person's name (matching string): بن عبد العزيز، بن عبدالعزيز آل سعود.
_NASAB_TAIL = regex.compile(
    r"(?: (?:بن|بنت) (?:عبد |ابي |ابو )?\p{L}{2,})+(?: ال \p{L}{2,})?(?!\p{L})")

# First words of a given name written as two (عبد الله، أبو بكر).
COMPOUND_GIVEN = frozenset(fold(w) for w in ("عبد", "أبو", "ابو"))

# Days and times met right after a name (قال محمد الجمعة: "on Friday"): no family name.
TIME_WORDS = frozenset(fold(w) for w in (
    "الأحد", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الماضي", "المقبل", "الحالي",
    "الجاري", "القادم", "الليلة", "الساعة", "اليوم", "الصباح", "المساء", "الفائت"))

# A family name with the article after a name, in the matching string.
_FAMILY_AFTER = regex.compile(r" (ال\p{L}{4,})(?!\p{L})")
ROYAL_TITLES = frozenset(fold(w) for w in ("الملك", "الأمير", "الامير", "خادم", "السلطان",
                                           "الشيخ", "سمو", "الملكي"))
# Adjectives after a name of an institution named for a person (جامعة الإمام محمد بن سعود
# الإسلامية، مركز … الدولي).
INSTITUTION_ADJECTIVES = frozenset(fold(w) for w in (
    "الدولي", "العالمي", "الوطني", "الإسلامي", "الخيري", "التخصصي", "الطبي", "الجامعي",
    "العربي", "الثقافي", "التاريخي", "الحكومي", "الأهلي", "العسكري", "البحري", "الجوي",
    "الرياضي", "الاجتماعي", "المركزي", "الإقليمي", "التعليمي", "الصحي"))

# Words after a title that end it (النائب في البرلمان), unlike a noun in construct with it.
TITLE_ENDERS = frozenset(fold(w) for w in (
    "في", "لدى", "عن", "من", "على", "إلى", "الى", "منذ", "حتى", "بين", "مع", "خلال", "أمس",
    "اليوم", "إن", "أن", "بأن", "قال", "وقال", "الذي", "التي"))

# Epithets after an honorific that are no family name (الشيخ الجليل، الدكتور الراحل).
EPITHETS = frozenset(fold(w) for w in (
    "الراحل", "الراحلة", "الجليل", "الفاضل", "الفاضلة", "الكريم", "الشهيد", "الفقيد", "القدير",
    "الشاب", "الشابة", "الكبير", "الكبيرة", "الصغير", "الجديد", "الجديدة", "السابق", "السابقة",
    "الأسبق", "العلامة", "الداعية", "الإمام", "العالم", "الشاعر", "الكاتب", "الأستاذ", "الدكتور",
    "الشيخ", "السيد", "السيدة", "الحاج", "الحاجة", "الأخ", "الأخت", "الزميل", "الزميلة", "الطبيب",
    "الفنان", "الفنانة", "الأولى", "الأول", "الأديب", "الباحث", "الخبير", "الرئيس", "الأمير",
    "الوزير", "الشريف", "الشريفة", "العزيز", "الغالي", "الحبيب", "الصديق", "الوالد", "الوالدة"))

# Epithets between a cue and the name (المهاجم المخضرم فيليبو إينزاغي، الشاعر الكبير الراحل …).
CUE_EPITHETS = frozenset(fold(w) for w in (
    "المخضرم", "المخضرمة", "الشهير", "الشهيرة", "الكبير", "الكبيرة", "الراحل", "الراحلة", "الشاب",
    "الشابة", "السابق", "السابقة", "المعروف", "المعروفة", "الصاعد", "الصاعدة", "الواعد",
    "الواعدة", "المعتزل", "القدير", "القديرة", "الأسطوري", "الأسطورة", "المخضرم", "العملاق",
    "الجديد", "الجديدة", "الدولي", "الدولية", "العالمي", "العالمية", "الأشهر", "المتألق",
    "المتألقة", "الموهوب", "الموهوبة", "البديل", "المصنف", "المخضرمان"))

# The deputy of the title after it (نائب رئيس، النائب الأول لرئيس الوزراء), folded.
DEPUTY_WORDS = frozenset(fold(w) for w in ("نائب", "النائب", "نائبة", "النائبة"))
DEPUTY_OF_HIM = frozenset(fold(w) for w in ("نائبه", "نائبها", "نائبهم", "ونائبه", "ونائبها"))

# Kinship nouns after بن/ابن that make it "son of (his uncle)", not a nasab.
KIN_WORDS = frozenset(fold(w) for w in (
    "عم", "خال", "أخ", "أخي", "أخت", "أخو", "شقيق", "شقيقة", "عمه", "عمها", "خاله", "أخيه",
    "أخته", "عشر", "عشرة", "سنة", "سنوات", "الشهيد", "الشيخ", "البلد", "المدينة", "حي",
    "ثلاث", "ثلاثة", "أربع", "أربعة", "خمس", "خمسة", "ست", "ستة", "سبع", "سبعة", "ثمان",
    "ثمانية", "تسع", "تسعة", "عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين"))
# not أم ("or") nor أبي ("my father")
KUNYA_OPENERS = frozenset(fold(w) for w in ("أبو", "ابو", "أبا"))
KUNYA = frozenset(fold(w) for w in ("أبو", "ابو", "أبي", "ابي", "أبا", "أم"))
# Indefinite accusatives often met right after a name (قال X سابقا، عينه X رئيسا).
ACCUSATIVE_WORDS = frozenset(fold(w) for w in (
    "سابقا", "لاحقا", "رئيسا", "بديلا", "عضوا", "نائبا", "خلفا", "حاليا", "أيضا", "جديدا",
    "رسميا", "شخصيا", "مجددا", "تقريبا", "فقط", "كثيرا", "كبيرا", "واحدا", "أولا", "ثانيا",
    "مدربا", "لاعبا", "حكما", "مديرا", "وزيرا", "سفيرا", "قائدا", "ممثلا", "مستشارا", "خبيرا",
    "كاتبا", "عاما", "شهرا", "يوما", "أسبوعا", "هدفا", "دورا", "طويلا", "قليلا", "خصوصا",
    # participles of the speaker after his name (ويضيف X قائلا، وتابع X لافتا)
    "قائلا", "لافتا", "داعيا", "واصفا", "كاشفا", "ناقلا", "نافيا", "رافضا", "شاكرا", "آملا",
    "ناصحا", "ساخرا", "عازيا", "ناعيا",
    # adverbs, which a feminine cue's name in ا must not take (المغربية [عموما])
    "عموما", "تحديدا", "أساسا", "فعلا", "دائما", "غالبا", "مثلا", "جدا", "معا", "أبدا"))
NASAB = frozenset(fold(w) for w in ("بن", "ابن", "بنت"))
# Endings of Slavic women's surnames (-ova, -eva, -ska: شارابوفا، كوزنتسوفا، رادفانسكا)
SLAVIC_WOMEN_ENDINGS = ("وفا", "يفا", "سكا")

# Organisations whose bare name is also a common noun with the article (القاعدة: the base, the
# rule; الجزيرة: the island, the peninsula): the noun when a feminine definite adjective follows
# (القاعدة الجوية، الجزيرة الشمالية) unless it is one said of the organisation, after a noun of
# which it is the complement as a thing (شبه الجزيرة، شمال الجزيرة), or after a preposition in an
# article that speaks of the noun without the article; the value is the pattern of that noun.
COMMON_NOUN_ORGS = {fold("القاعدة"): r"(?:قاعدة|قواعد|القواعد)",
                    fold("الجزيرة"): r"(?:جزيرة|جزر|الجزر)"}
ORG_ADJECTIVES = frozenset(fold(w) for w in (
    "الإرهابية", "الارهابية", "المتطرفة", "المتشددة", "الجهادية", "الأم", "المركزية", "السلفية",
    "الإسلامية", "الإخبارية", "الرياضية", "الفضائية", "القطرية", "الوثائقية", "الإنجليزية",
    "الانجليزية", "الأخيرة", "المقبلة", "الماضية", "الموقرة", "الغراء"))
# Nouns before a place's common noun (شبه الجزيرة the peninsula, أطراف الجزيرة its edges).
COMMON_NOUN_PLACE_HEADS = COMPASS_WORDS | frozenset(fold(w) for w in (
    "شبه", "لشبه", "بشبه", "وشبه", "أطراف", "بأطراف", "سواحل", "ساحل", "أنحاء"))
BASE_PREPOSITIONS = frozenset(fold(w) for w in (
    "في", "من", "إلى", "الى", "داخل", "قرب", "عن", "على", "حول", "وفي", "ومن", "وإلى"))
# Nouns of places, prizes and institutions in construct with the person they are named after.
NAMED_THINGS = frozenset(fold(w) for w in (
    "كأس", "صالة", "مركز", "مستشفى", "جامعة", "مطار", "شارع", "ميدان", "قاعة", "جائزة", "مسجد",
    "جامع", "ملعب", "استاد", "ستاد", "مدرسة", "معهد", "كلية", "مدينة", "مؤسسة", "مكتبة", "قاعدة",
    "متحف", "مجمع", "جسر", "ميناء", "برنامج", "كرسي", "منحة", "مستشفي", "صندوق",
    "جمعية"))
# Heads of NAMED_THINGS that name an institution, an organisation, with the role they give
# ("" for the complement's: INSTITUTION_TOPICS), folded; COMPLEMENT_HEADS need a complement.
INSTITUTION_HEADS = {fold(w): role for w, role in (
    ("مركز", ""), ("مؤسسة", ""), ("جمعية", "NGO"), ("صندوق", ""), ("مستشفى", "HLH"),
    ("مستشفي", "HLH"), ("جامعة", "EDU"), ("كلية", "EDU"), ("معهد", "EDU"), ("مدينة", ""))}
COMPLEMENT_HEADS = frozenset(fold(w) for w in ("مركز", "مدينة"))
# The adjectives that make مدينة/مركز + a person an institution (مدينة الملك فهد الطبية).
INSTITUTION_CITY_ADJECTIVES = frozenset(fold(w) for w in ("الطبي", "الجامعي", "الثقافي", "الخيري"))
# Heads of NAMED_THINGS that name a place (مطار الملك خالد: a LOC of the person's country).
PLACE_HEADS = frozenset(fold(w) for w in (
    "مطار", "ميناء", "جسر", "شارع", "ميدان", "ملعب", "استاد", "ستاد", "مدينة", "قاعدة",
    "مسجد", "جامع"))
# Folded stems of a complement and the role they give (للإغاثة: NGO; الطبية: HLH).
INSTITUTION_TOPICS = tuple((fold(w), role) for w, role in (
    ("إغاث", "NGO"), ("انسان", "NGO"), ("إنسان", "NGO"), ("خيري", "NGO"), ("طب", "HLH"),
    ("صح", "HLH"), ("علوم", "EDU"), ("بحوث", "EDU"), ("أبحاث", "EDU"), ("دراسات", "EDU"),
    ("تعليم", "EDU")))
# Offices of heads of state, who receive the holders of other countries' offices (استقبل
# الملك وزير الخارجية المصري); not الأمير, also a prince holding an office.
HEAD_OF_STATE_OFFICES = frozenset({"king", "president", "sultan", "head_of_state",
                                   "supreme_leader"})
# Bodies named with the country after في (وزارة الخارجية في البحرين): roles of a state's own
# institutions, not its posts abroad (السفارة في البحرين is another country's).
LOCATED_BODY_ROLES = frozenset({"GOV", "LEG", "JUD", "COP"})
POSTS_ABROAD = frozenset({"embassy", "consulate", "delegation", "White House", "Kremlin"})
NASAB_OR_FAMILY = NASAB | {fold("آل")}


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
    if f in APPOSITION_NOUNS or f in ACCUSATIVE_WORDS or _preposition_and_word(tok):
        return True  # (عضوا، هدفا: a listed accusative of four letters too)
    if len(f) < 5:
        return False
    if f.endswith("ا"):
        # مديراً، مسؤولا، بديلا: the tanween, or a participle in م; سيلفا، فييرا are names
        return "\u064b" in tok.text or f[0] == "م" or f in ACCUSATIVE_WORDS
    return f[0] in "لب" and (bool(tok.segments) or f.endswith("ه") or f[1] in "مت")


def _woman_name_word(tok, prev=None) -> bool:
    """After a feminine cue (السيدة، الفنانة، الروسية), a word in ا is a woman's name (ماريا،
    مارتينا، شارابوفا), not the indefinite accusative it is after a man's (مسؤولا، رسميا): the
    cue would agree with a feminine participle (مؤكدة). Not with the tanween, nor a listed
    accusative (حاليا، أيضا), a verbal noun's (تقريرا), nor a noun with her pronoun (العلامة
    [نموها]). After the name's
    first word, a noun in ا is its object (مها أحمد [برنامجا]), so a later word is hers only
    after another word in ا (ماريا شارابوفا), with a Slavic woman's ending (نيكول فايديسوفا،
    كوفالسكا) or too short for an accusative (إميلي لوا: هدفا has four letters)."""
    f = fold(tok.text)
    return f.endswith("ا") and "\u064b" not in tok.text and f not in ACCUSATIVE_WORDS \
        and not (f == "ها" or len(f) >= 4 and f.endswith("ها")) and not _masdar(f[:-1]) \
        and (prev is None or fold(prev.text).endswith("ا") or len(f) <= 3
             or f.endswith(SLAVIC_WOMEN_ENDINGS))


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


_NORM = attrgetter("norm")
_START = attrgetter("start")
CANDIDATE_BITS = {"org": 1, "cue": 2, "given": 4, "nasab": 8}


def candidate_table(given_names: frozenset[str], cue_stems: frozenset[str]) -> dict[str, int]:
    """Folded stem -> the rules (CANDIDATE_BITS) whose tokens it may open: organisation head
    nouns, name cues, given names, بن/أبو. Built once per pipeline."""
    table: dict[str, int] = {}
    for words, bit in ((ORG_HEADS.keys() | QUOTED_ORG_HEADS.keys(), 1), (cue_stems, 2),
                       (given_names, 4),
                       (NASAB | KUNYA_OPENERS, 8)):
        for w in words:
            table[w] = table.get(w, 0) | bit
    return table


def _country_role_code(country_code: str | None, role: str | None) -> str | None:
    if country_code and role:
        return country_code + role
    return country_code or role


PLACE_KINDS = frozenset({"country", "city"})


AGENT_KINDS = frozenset({"title", "body", "group"})
ARMED_ROLES = frozenset({"MIL", "COP", "REB", "UAF", "SPY", "CRM", "INS"})
SCOPE_REACH = 3  # words from an agent noun to the people's nisba that scopes it, the nisba too


def _other_country(p: Mention, q: Mention) -> bool:
    """Is title q of another country than person p? Not when p's code of the date names q's
    country: مسعود بارزاني (an Iraqi, KURGOV in office) رئيس إقليم كردستان (KUR)."""
    return q.country is not None and p.country is not None \
        and q.country not in (p.country, (p.code or "")[:3])


def _people_as_scopes(gaz: Gazetteer, text: str, matches: list[Match]) -> list[Match]:
    """Matches without the nisbas of a people (countries.json `scope_only`: الأكراد، الكردي) that
    scope no agent noun a few words before them (المتمردين الأكراد، الأحزاب السياسية والإسلامية
    الكردية): alone they are no actor, and a family name (أمينة الكردي) stays in its name."""
    out: list[Match] = []
    for mm in matches:
        e = gaz.entries[mm.entry]
        if e.kind == "nisba" and e.scope_only:
            prev = out[-1] if out else None
            between = text[prev.end:mm.span_start] if prev is not None else ""
            if prev is None or gaz.entries[prev.entry].kind not in AGENT_KINDS \
                    or len(between.split()) >= SCOPE_REACH \
                    or not all(c == " " or c.isalpha() for c in between):
                continue
        out.append(mm)
    return out


def _places_in_context(gaz: Gazetteer, matches: list[Match]) -> None:
    """A name of places in two countries (عمان: Oman and Amman; طرابلس: Tripoli of Libya and of
    Lebanon) stands for the place whose country the article names most in its other matches
    (countries, nationalities, cities, people and bodies of one country); on a tie, and right
    after a title (سلطان عمان), the dictionary's order stands. In place: the chosen hit moves to
    the front of `match.hits`."""
    ambiguous: list[Match] = []
    counts: dict[str, int] = {}
    prev: Match | None = None
    for m in matches:
        entries = [gaz.entries[e] for e, _f in m.hits]
        countries = {e.country for e in entries if e.country}
        after_title = prev is not None and gaz.entries[prev.entry].kind == "title" and \
            m.span_start - prev.end <= 1  # سلطان عمان: a title's country, kept as the country
        prev = m
        if len(countries) > 1 and all(e.kind in PLACE_KINDS for e in entries):
            if not after_title:
                ambiguous.append(m)
        elif len(countries) == 1:
            c = next(iter(countries))
            counts[c] = counts.get(c, 0) + 1
    for m in ambiguous:
        first = counts.get(gaz.entries[m.hits[0][0]].country, 0)
        best = max(range(len(m.hits)),
                   key=lambda k: (counts.get(gaz.entries[m.hits[k][0]].country, 0), -k))
        if counts.get(gaz.entries[m.hits[best][0]].country, 0) > first:
            m.hits = (m.hits[best],) + m.hits[:best] + m.hits[best + 1:]


class Composer:
    """Turns the matches of one document into mentions."""

    def __init__(self, gaz: Gazetteer, ms: MatchingString, matches: list[Match], doc,
                 date: dt.date | None, stopwords: frozenset[str], romanize,
                 given_names: frozenset[str] = frozenset(), name_cues=None,
                 candidates: dict[str, int] | None = None,
                 concepts: frozenset[str] = frozenset(),
                 common_aliases: frozenset[str] = frozenset(),
                 attributive_heads: frozenset[str] = frozenset(),
                 hamza_homographs: frozenset[str] = frozenset(),
                 surname_homographs: frozenset[str] = frozenset(),
                 movement_heads: frozenset[str] = frozenset()):
        self.gaz = gaz
        self.movement_heads = movement_heads  # حركة، حزب: a crowd of one is PTY
        self.surname_homographs = surname_homographs  # الجميل، هيكل: surnames and common words
        self.attributive_heads = attributive_heads  # هجوم [مسلح]: nouns the group word qualifies
        self.hamza_homographs = hamza_homographs  # أعلام (flags), not إعلام (the media)
        self._hamza_folded = frozenset(fold(h) for h in hamza_homographs)
        self.concepts = concepts  # words after a security body that make it a concept
        self.common_aliases = common_aliases  # one-word person names that are common nouns
        self.ms = ms
        self.text = ms.text
        # names inside another person's nasab are not mentions of their own, nor is a nasab
        # followed by a family name of its own
        self.stopwords = stopwords
        self.m = [mm for mm in matches if not (
            gaz.entries[mm.entry].kind == "person"
            and (self._in_another_nasab_at(ms.text, mm, given_names)
                 or self._nasab_of_another_family(mm, matches)))]
        self.m = _people_as_scopes(gaz, ms.text, self.m)
        _places_in_context(gaz, self.m)
        self._entries = [gaz.entries[mm.hits[0][0]] for mm in self.m]  # entry(i), looked up once
        self.doc = doc
        self.date = date
        self.stopwords = stopwords
        self.romanize = romanize
        self.tok_starts = list(map(_START, doc.tokens))
        self.match_starts = [mm.word_start for mm in self.m]
        self.out: list[Mention] = []
        self._sports: dict[int, bool] = {}  # sentence index -> sports news?
        self._shared_taken: bytearray | None = None
        self._cand: dict[str, list[int]] = {}
        self.skip_to = 0  # the next match for the main loop when _single consumes more than one
        self.given_names = given_names
        self.name_cues = name_cues  # marsad.actors.namecues.NameCues, or None
        self.candidate_table = candidates  # see candidate_table()
        self._adjective_ends: set[int] = set()  # ends of agent words read as adjectives
        self._deputy_title = False  # composing the title after نائب (see _office_of_another_person)
        self._lone_given: list[int] = []  # tokens of a given name read alone (محمد), no name
        # a text that spells the preposition على with ى writes the name Ali علي (see _ali_opens)
        self._ali_apart = "على" in doc.text
        self._drop_unscoped()

    # -- helpers -------------------------------------------------------------------------------
    def entry(self, i: int) -> Entry:
        return self._entries[i]

    def gap(self, end: int, j: int) -> str | None:
        """Text between matching offset `end` and match j's mention start; None if no match j."""
        if j >= len(self.m):
            return None
        return self.text[end:self.m[j].span_start]

    def _words_between(self, end: int, j: int, max_words: int) -> bool:
        """Only up to `max_words` article-marked words (genitives, adjectives) before match j."""
        g = self.gap(end, j)
        if g is None:
            return False
        words = g.strip(" «»").split()
        if len(words) > max_words or not g.startswith(" "):
            return False
        return all(w.isalpha() and len(w) >= 5 and w not in self.stopwords
                   and (w.startswith("ال") or w.startswith("لل")) for w in words)

    def person_code(self, e: Entry, prefer_office: str | None = None
                    ) -> tuple[str | None, str | None, str | None]:
        """(code, role, office) of a dictionary person on the article's date. A state office
        holder whose every office ended before that date is one of the country's elites (حسني
        مبارك in 2015: EGYELI), as former office holders are coded."""
        r = role_at(e.roles, self.date, prefer_office)
        if r is None:
            if self.date is not None and e.roles and e.role in FORMER_ELI_ROLES and all(
                    x.end is not None and x.end < self.date for x in e.roles) and e.country:
                return _country_role_code(self.gaz.country_code(e.country), "ELI"), "ELI", None
            return e.code, e.role, None
        role = r.code[3:6] if len(r.code) >= 6 else e.role
        return r.code, role, r.office

    # -- main loop -----------------------------------------------------------------------------
    def run(self) -> list[Mention]:
        i = 0
        n = len(self.m)
        while i < n:
            kind = self.entry(i).kind
            if kind == "person" and (self._adjective_surname(i) or self._common_noun(i)):
                i += 1
                continue
            if kind == "title":
                i = self._title(i)
            elif kind in ("body", "group"):
                i = self._body(i)
            else:
                self.skip_to = i + 1
                self._single(i)
                i = self.skip_to
        self._cand = self._candidates()
        self._org_name_mentions()
        self._crowds_of_organisations()
        self._titled_name_mentions()
        self._cued_name_mentions()
        self._byline_names()
        self._given_name_mentions()
        self._nasab_mentions()
        self._coordinated_names()
        self._parenthesized_aliases()
        self._name_mentions()
        self._given_names_alone()
        self._clubs_before_nisba()
        self._appositive_titles()
        self._link_surnames()
        self._titled_surnames()
        self._drop_names_of_things()
        self._link_former_titles()
        return self.out

    def _common_noun(self, i: int) -> bool:
        """A one-word person name that is here its common noun (الأسد the lion): after ك of
        likeness (كالأسد), or in an article that names neither the person's country (a country,
        a nisba, a city) nor the person by a longer form (بشار الأسد)."""
        m = self.m[i]
        word = fold(self.text[m.word_start:m.end])
        if word not in self.common_aliases and word[1:] not in self.common_aliases:
            return False
        if word.startswith("ك") or "ك" in m.prefix:
            return True
        e = self.entry(i)
        for x, mx in enumerate(self.m):
            ex = self.entry(x)
            if (ex is e and " " in self.text[mx.word_start:mx.end]) or (
                    ex is not e and ex.country == e.country):
                return False  # (his country, its nisba, a city or a body of it: النظام السوري)
        return True

    def _drop_names_of_things(self) -> None:
        """A person named right after a noun of a place, prize or institution in construct is
        that thing's name, not an actor (كأس خادم الحرمين الشريفين، مطار رفيق الحريري، قاعدة
        الأمير سلطان الجوية). After the head noun of an institution (INSTITUTION_HEADS) the
        noun, the person and its complement are one organisation of the person's country
        (مركز الملك سلمان للإغاثة والأعمال الإنسانية، جامعة الملك سعود، مستشفى الملك فهد
        التخصصي), see _institution_of_person."""
        keep, added = [], []
        for mm in self.out:
            if mm.type == "PERSON" and mm.kind in ("person", "title") and mm.how != "coref":
                o_start = self.ms.to_original(mm.start, mm.end)[0]
                prev = self._prev_words(o_start, 1)
                head = prev[0] if prev else ""
                if head[:1] in "وبلك" and head[1:] in NAMED_THINGS:
                    head = head[1:]
                if mm.prefix in ("", "ال") and head in NAMED_THINGS:
                    thing = self._institution_of_person(mm, head, o_start) \
                        or self._place_of_person(mm, head, o_start)
                    if thing is not None:
                        added.append(thing)
                    continue
            keep.append(mm)
        if added:
            keep = [mt for mt in keep
                    if not any(o.start <= mt.start and mt.end <= o.end for o in added)] + added
            keep.sort(key=lambda mt: mt.start)
        self.out = keep

    def _head_start(self, t, head: str) -> int:
        """Matching offset where folded head noun `head` starts in token t, after a proclitic
        the tokenizer left on it (بجامع: ب + جامع)."""
        a = self._stem_start(t)
        if a == t.start and fold(t.text) != head and fold(t.text)[1:] == head:
            a += 1
        return self.ms.from_original(a)

    def _place_of_person(self, mm: Mention, head: str, o_start: int) -> Mention | None:
        """The place named by place noun `head` (PLACE_HEADS: مطار، ميناء، شارع، مدينة …) and
        person mention mm, with one definite adjective after it (مطار الملك خالد الدولي،
        مدينة الملك عبد الله الاقتصادية): a LOC in the person's country, its text as name."""
        if head not in PLACE_HEADS:
            return None
        toks = self.doc.tokens
        head_tok = toks[bisect.bisect_left(self.tok_starts, o_start) - 1]
        end = mm.end
        if mm.kind == "title" and mm.name is None:
            name = self._unknown_name(mm.end, allow_comma=False)
            if name is None:
                return None
            end = name[1]
        j = bisect.bisect_left(self.tok_starts, self.ms.to_original(end - 1, end)[1])
        if j < len(toks) and toks[j].kind == "word" and self._adjacent(j):
            f = fold(toks[j].text)
            if f.startswith("ال") and f.endswith(("ي", "يه")) and len(f) >= 6 \
                    and f not in self.stopwords:
                end = self._token_end(toks[j])
        start = self._head_start(head_tok, head)
        prefix = self.text[self.ms.from_original(head_tok.start):start]
        text = self.doc.text[slice(*self.ms.to_original(start, end))]
        return Mention(start, end, "LOC", text, None, mm.country, None, "name",
                       f"place:{fold(text)}", prefix, kind="city", name=(start, end))

    def _institution_of_person(self, mm: Mention, head: str, o_start: int) -> Mention | None:
        """The organisation named by institution noun `head` (folded, the word before original
        offset `o_start`) and person mention mm, with its complement: an adjective of
        institutions (الخيرية، التخصصي، الإسلامية) or a لـ-phrase with its definite words
        (للإغاثة والأعمال الإنسانية). مركز and مدينة need the complement (مدينة الملك عبد الله
        alone is a town); the other heads do not (جامعة الملك سعود). Its code is the person's
        country with the head's role, else the complement's (INSTITUTION_TOPICS), else the
        country alone; its name is its text. None when head is no institution (مطار، كأس)."""
        if head not in INSTITUTION_HEADS:
            return None
        toks = self.doc.tokens
        k = bisect.bisect_left(self.tok_starts, o_start) - 1
        head_tok = toks[k]
        end, complement = mm.end, []
        if mm.kind == "title" and mm.name is None:
            # جامعة الأمير سلطان: the title's name is a word the dictionary holds as a title
            name = self._unknown_name(mm.end, allow_comma=False)
            if name is None:
                return None
            end = name[1]
        else:
            last = fold(self.text[mm.start:mm.end].split()[-1])
            if last in INSTITUTION_ADJECTIVES or last[:-1] in INSTITUTION_ADJECTIVES:
                complement.append(last)  # خالد الخيرية read as a name: the complement
        j = bisect.bisect_left(self.tok_starts, self.ms.to_original(end - 1, end)[1])
        if j < len(toks) and toks[j].kind == "word" and self._adjacent(j):
            f = fold(toks[j].text)
            if f.startswith("لل") and len(f) >= 5 and f not in self.stopwords:
                # للإغاثة والأعمال الإنسانية: the لـ-word and up to three words after it
                complement.append(f)
                j += 1
                while len(complement) < 4 and j < len(toks) and toks[j].kind == "word" \
                        and self._adjacent(j):
                    g = fold(toks[j].text)
                    # a coordinated noun or an adjective (والأعمال، الإنسانية), not the verb's
                    # definite object (وزع مركز … للإغاثة [المساعدات])
                    if not (g.startswith("وال") or (g.startswith("ال")
                                                     and g.endswith(("ي", "يه")))) \
                            or len(g) < 5 or g in self.stopwords or g in TIME_WORDS:
                        break
                    complement.append(g)
                    j += 1
            elif (f in INSTITUTION_ADJECTIVES or f[:-1] in INSTITUTION_ADJECTIVES) and (
                    head not in COMPLEMENT_HEADS or f[:-1] in INSTITUTION_CITY_ADJECTIVES):
                # (مدينة الملك فهد الطبية is a hospital; مدينة … الرياضية، الاقتصادية are places)
                complement.append(f)
                j += 1
        if not complement and head in COMPLEMENT_HEADS:
            return None
        if complement and j > 0 and self._token_end(toks[j - 1]) > end:
            end = self._token_end(toks[j - 1])
        role = INSTITUTION_HEADS[head] or next(
            (r for stem, r in INSTITUTION_TOPICS if any(stem in w for w in complement)), "")
        start = self._head_start(head_tok, head)
        prefix = self.text[self.ms.from_original(head_tok.start):start]
        text = self.doc.text[slice(*self.ms.to_original(start, end))]
        country = mm.country
        code = _country_role_code(self.gaz.country_code(country), role or None) \
            if country else role or None
        return Mention(start, end, "ORG", text, code, country, role or None, "name",
                       f"org:{fold(text)}", prefix, kind="org", name=(start, end),
                       person_like=True)

    def _titled_surnames(self) -> None:
        """A title and one unknown name word that is the last word of the full name of exactly
        one dictionary person with that title's role (and country, if given): that person
        (الوزير شكري: Sameh Shoukry), not an unknown man called شكري."""
        for mm in self.out:
            if mm.how != "title" or mm.kind != "title" or mm.name is None or not mm.role:
                continue
            word = self.text[mm.name[0]:mm.name[1]]
            if " " in word:
                continue
            found = [x for x in self.gaz.surnames.get(word, ())
                     if (mm.country in (None, self.gaz.entries[x].country))
                     and (self.gaz.entries[x].role == mm.role
                          or any(r.code[3:6] == mm.role for r in self.gaz.entries[x].roles))
                     and (not mm.office
                          or any(r.office == mm.office for r in self.gaz.entries[x].roles))]
            if len(found) != 1:
                continue
            pe = self.gaz.entries[found[0]]
            code, role, office = self.person_code(pe, mm.office)
            mm.canonical, mm.code, mm.country, mm.role = pe.canonical, code, pe.country, role
            mm.how, mm.actor_id, mm.office, mm.kind, mm.translit = \
                "lexicon", pe.id, office or mm.office, "person", None

    def _link_surnames(self) -> None:
        """A family name alone after an honorific (الدكتور الربيعة) is the person whose full
        name in the same article ends with it (الدكتور عبد الله الربيعة), before or after it:
        the same actor (how="coref")."""
        full: dict[str, list[Mention]] = {}
        for mt in self.out:
            if mt.type == "PERSON" and mt.name is not None and mt.how != "coref":
                words = self.text[mt.name[0]:mt.name[1]].split()
                if len(words) > 1:
                    full.setdefault(words[-1], []).append(mt)
        if not full:
            return
        for mt in self.out:
            if mt.how != "name" or mt.kind != "person" or mt.name is None:
                continue
            word = self.text[mt.name[0]:mt.name[1]]
            if " " in word or word not in full:
                continue
            cands = full[word]
            before = [c for c in cands if c.start < mt.start]
            src = before[-1] if before else cands[0]
            mt.canonical, mt.code, mt.country, mt.role = src.canonical, src.code, src.country, \
                src.role
            mt.actor_id, mt.translit, mt.how, mt.office = src.actor_id, src.translit, "coref", \
                src.office

    def _apposition_gap(self, gap: str, q: Mention, chained: bool) -> str | None:
        """How title mention q is joined to the named person (or title of a chain) before it,
        from the text between them: "comma" (X، رئيس …، X، وهو رئيس …), "space" (X رئيس …),
        "construct" (… النائب الثاني لرئيس …: only inside a chain, an ordinal and ل allowed);
        None when q is not in apposition (و/ف/ب before it: a list or another clause)."""
        pre = q.prefix
        if q.start - len(pre) >= 0 and gap.endswith(pre) and pre and not pre.endswith("ال"):
            gap = gap[:len(gap) - len(pre)]  # the proclitics outside q's span
        lam = pre.replace("ال", "") in ("ل", "لل") or (pre.endswith("لل"))
        if pre and not lam and pre not in ("ال",):
            return None
        words = [fold(w) for w in gap.replace("،", " ، ").replace(",", " , ").split()]
        if lam:
            if not chained:
                return None
            words = [w for w in words if w not in ORDINALS]
            return "construct" if not words else None
        if not words:
            return "space" if gap == " " else None
        if words in (["،"], [","]) and gap.endswith(" "):
            return "comma"
        if words in (["وهو"], ["وهي"], ["،", "وهو"], ["،", "وهي"], [",", "وهو"]) \
                and gap.endswith(" "):
            return "comma"
        return None

    def _title_complete(self, q: Mention) -> bool:
        """Does title mention q say what the office is? Not when an indefinite noun follows
        it in construct (رئيس تحرير مجلة، عميد كلية الصحافة، رئيس لجنة): the head of something
        the dictionary does not know, whose sector the title's own code would misstate."""
        if q.country is not None or q.nested:
            return True
        toks = self.doc.tokens
        k = bisect.bisect_left(self.tok_starts, self.ms.to_original(q.end - 1, q.end)[1])
        if k >= len(toks) or toks[k].kind != "word" or not self._adjacent(k):
            return True
        f = fold(toks[k].text)
        if f in TITLE_ENDERS or f.startswith(("ال", "لل")) or f[:1] in "وف":
            return True
        a = self.ms.from_original(toks[k].start)
        j = bisect.bisect_left(self.match_starts, a)
        # a known place (… وزير الدفاع جدة), not a body (رئيس مجلس الأعمال)
        return j < len(self.m) and self.m[j].word_start == a \
            and self.entry(j).kind in ("city", "country", "person")

    def _holds_other_offices(self, p: Mention, q: Mention) -> bool:
        """Is p a dictionary person with known offices, none of them title q's?"""
        if p.how not in ("lexicon", "coref") or q.office is None:
            return False
        e = next((self._entries[k] for k in range(len(self._entries))
                  if self._entries[k].id == p.actor_id), None)
        return e is not None and bool(e.roles) and q.office not in {r.office for r in e.roles}

    def _appositive_titles(self) -> None:
        """Titles right after a named person describe that person (apposition): محمد بن
        راشد، نائب رئيس الإمارات رئيس مجلس الوزراء; الأمير محمد بن سلمان ولي ولي العهد النائب
        الثاني لرئيس مجلس الوزراء وزير الدفاع; إبراهيم عميش، النائب في البرلمان. The chain of
        titles (no name of their own) joins the person's mention, which takes the title's code
        when the person had none; they are no actors of their own (nor the office holder they
        would resolve to). Not joined: a title after و (a list), and, after a space only, a
        title with another country, or resolving to another office holder, than the person
        (استقبل السيسي سفير فرنسا: the verb's object)."""
        out = self.out
        drop: set[int] = set()
        i = 0
        while i < len(out):
            p = out[i]
            if p.type != "PERSON" or p.name is None:
                i += 1
                continue
            j = i + 1
            chained = False
            tail = _NASAB_TAIL.match(self.text, p.end)
            if tail is not None and p.kind == "person":
                # محمد بن سلمان [بن عبد العزيز آل سعود]: the rest of the person's own nasab,
                # with what was read inside it (سعود)
                e = tail.end()
                while j < len(out) and out[j].start < e:
                    if out[j].end > e:
                        break
                    drop.add(j)
                    j += 1
                else:
                    if p.name is not None and p.name[1] == p.end:
                        p.name = (p.name[0], e)
                    p.end = e
                if p.end != e:
                    while j > i + 1 and j - 1 in drop:
                        j -= 1
                        drop.discard(j)
            while j < len(out):
                q = out[j]
                if chained and q.kind in ("city", "country") and not q.prefix \
                        and self.text[out[j - 1].end:q.start] == " " \
                        and out[j - 1].end > p.name[1] \
                        and not self.text[p.start:p.end].split()[-1].startswith(("ال", "لل")):
                    p.end = q.end  # حاكم دبي: the place of the last title
                    drop.add(j)
                    j += 1
                    continue
                if q.type != "PERSON" or q.kind != "title" or q.name is not None \
                        or q.how not in ("title", "office"):
                    break
                how = self._apposition_gap(self.text[out[j - 1].end:q.start], q, chained)
                if how is None:
                    break
                former = fold(self.text[q.end:q.end + 8]).lstrip().startswith(
                    ("السابق", "الاسبق", "الراحل"))
                other = q.how == "office" and q.actor_id != p.actor_id and not former
                if how == "space" and not chained and (
                        other or _other_country(p, q) or self._holds_other_offices(p, q)):
                    break  # استقبل السيسي رئيس الوزراء: the object, another person
                if how == "comma" and other and _other_country(p, q):
                    break
                complete = self._title_complete(q)
                drop.add(j)
                if not complete:
                    # ريمنيك، رئيس تحرير مجلة: the head of something unknown; no actor of its
                    # own, nor a part of the person's mention, and the chain ends here
                    j += 1
                    break
                p.end = q.end
                p.nested = p.nested + q.nested
                if p.code is None:
                    p.code, p.role = (q.code, q.role) if q.how == "title" else \
                        (_country_role_code(self.gaz.country_code(q.country), q.role), q.role)
                    p.country = p.country or q.country
                p.office = p.office or (q.office if q.how == "title" else None)
                if q.role == "ELI" and p.kind == "person" and p.office is None \
                        and p.role in FORMER_ELI_ROLES and q.canonical.startswith("former"):
                    # عبد الكريم الزبيدي، وزير الدفاع التونسي الأسبق: out of office on the
                    # date (no role of his own then), a former holder: ELI
                    p.code = _country_role_code(self.gaz.country_code(p.country or q.country),
                                                "ELI")
                    p.role = "ELI"
                drop.add(j)
                chained = True
                j += 1
            i = j
        if drop:
            self.out = [mt for k, mt in enumerate(out) if k not in drop]

    def _org_name_mentions(self) -> None:
        """An organisation named after a noun in construct (ORG_HEADS): شركة موتورولا، جامعة
        أوكسفورد، نادي الزمالك، صحيفة الحياة, or after a place (جامعة القاهرة، فريق برشلونة,
        whose place mention it replaces). The name is the part after the noun; the code is the
        noun's role, with the place's country when there is one."""
        toks = self.doc.tokens
        taken = self._taken()
        starts = {mt.start: mt for mt in self.out}
        replaced: list[tuple[int, int]] = []
        added: list[Mention] = []
        for ti in self._cand["org"]:
            t = toks[ti]
            role = ORG_HEADS.get(t.norm)
            if ti + 1 >= len(toks) or _has_article_before(t.text, t.norm) \
                    or not self._adjacent(ti + 1):
                continue
            head = self.ms.from_original(self._stem_start(t))
            nxt = toks[ti + 1]
            quoted = self._quoted_org(ti + 1) if nxt.text in QUOTE_PAIRS else None
            if quoted is not None:
                # صحيفة «المستقبل»، شركة «أمريكان إكسبريس»، جمعية «كاريكاتير إيران»: the quoted
                # words are the name, whatever dictionary places they hold
                a, e, text = quoted
                role = role if role is not None else QUOTED_ORG_HEADS[t.norm]
                if any(mt.start < e and a < mt.end and mt.type not in ("GPE", "LOC")
                       and mt.kind != "group" for mt in self.out):
                    continue  # «بي بي سي»: a known organisation (or a person) keeps its entry
                replaced.append((head, e))
                prefix = self.text[self.ms.from_original(t.start):head]
                known = self.gaz.org_of_key(fold(f"{t.norm} {text}"))
                if known is not None:
                    # حركة «الشباب»: a known organisation's name with its name quoted
                    added.append(Mention(head, e, "ORG", known.canonical, known.code,
                                         known.country, known.role, "lexicon", known.id, prefix,
                                         kind="org", name=(a, e), person_like=True))
                    taken[head:e] = b"\x01" * (e - head)
                    continue
                translit = self.romanize(text)
                added.append(Mention(head, e, "ORG", translit or text, role or None, None,
                                     role or None, "name", f"org:{fold(text)}", prefix,
                                     kind="org", translit=translit, name=(a, e),
                                     person_like=True))
                taken[head:e] = b"\x01" * (e - head)
                continue
            if role is None:
                continue  # مؤسسة، حركة … without quotes: a common noun as often as a name
            place = starts.get(self.ms.from_original(nxt.start))
            if place is not None:
                if place.kind not in ("city", "country") or place.prefix or t.norm in NOT_PLACE_ORG:
                    continue
                a, e, country, text = place.start, place.end, place.country, \
                    self.text[place.start:place.end]
            else:
                got = self._org_words(ti + 1, t.norm in ARTICLE_ORG_HEADS, taken)
                if got is None and t.norm in COMPLEMENT_ORG_HEADS:
                    got = self._definite_complement(ti + 1, taken, coordinated=True)
                if got is None:
                    continue
                if t.norm in ADJECTIVE_ORG_HEADS and self.text[got[0]:got[0] + 2] == "ال":
                    got = self._definite_complement(ti + 1, taken) or got
                a, e, text, country = *got, None
            if t.norm not in NAME_ONLY_ORG_HEADS:
                # جامعة كامبريدج، حزب الاستقلال، بنك إنجلترا المركزي: the noun is part of the name,
                # and so is a following المركزي or لل-complement (معهد … للتكنولوجيا)
                e = self._org_tail(ti + 1, e)
                a = head
                text = self.doc.text[slice(*self.ms.to_original(head, e))]
            code = _country_role_code(self.gaz.country_code(country), role or None) \
                if country else role or None
            translit = self.romanize(text, country) if place is None else None
            canonical = place.canonical if place is not None else translit or text
            replaced.append((head, e))
            prefix = self.text[self.ms.from_original(t.start):head]
            added.append(Mention(head, e, "ORG", canonical, code, country, role or None, "name",
                                 f"org:{fold(text)}", prefix,
                                 kind="org", translit=translit, name=(a, e), person_like=True))
            taken[head:e] = b"\x01" * (e - head)
        if added:
            self.out = [mt for mt in self.out
                        if not any(h <= mt.start and mt.end <= e for h, e in replaced)] + added
            self.out.sort(key=lambda mt: mt.start)

    def _crowds_of_organisations(self) -> None:
        """A crowd noun (agents.json `crowd`), من and an organisation is one mention, the
        organisation's crowd, with its code: محتجون من حزب النهضة (a known party's), and for an
        unknown one named after a movement's head (words.json `movement_heads`) PTY, as the
        coders code متظاهرون من حركة «…»; not an armed organisation, which the crowd is kept
        from. Groups and bodies after من are read in `_body` (`_group_of_crowd`)."""
        out = self.out
        for k in range(len(out) - 1, 0, -1):
            crowd, org = out[k - 1], out[k]
            if org.kind != "org" or org.role in ARMED_ROLES \
                    or crowd.actor_id not in self.gaz.crowd_ids \
                    or self.text[crowd.end:org.start] != " من ":
                continue
            code, role = org.code, org.role
            if role is None:
                if self.text[org.start:org.end].split(" ")[0] not in self.movement_heads:
                    continue
                code = role = "PTY"
            out[k - 1:k + 1] = [replace(org, start=crowd.start, prefix=crowd.prefix, code=code,
                                        role=role)]

    def _quoted_org(self, k: int) -> tuple[int, int, str] | None:
        """(start, end, text) of one to six words in quotation marks from the opening mark at
        token k (shapes like «إتش.إس.بي.سي» and Latin names included), on one line; None when
        the marks do not close there or hold no word."""
        toks = self.doc.tokens
        close = QUOTE_PAIRS[toks[k].text]
        j = k + 1
        while j < len(toks) and j - k <= 7:
            tj = toks[j]
            if "\n" in self.doc.text[toks[j - 1].end:tj.start]:
                return None
            if tj.text == close or (close == "”" and tj.text == '"'):
                break
            if tj.kind not in ("word", "latin") and tj.text not in ".-&":
                return None
            j += 1
        else:
            return None
        if j == k + 1 or j - k > 7 or toks[k + 1].kind not in ("word", "latin") \
                or toks[j - 1].kind not in ("word", "latin"):
            return None
        first, last = toks[k + 1], toks[j - 1]
        if fold(first.text) in self.stopwords:
            return None
        a, e = self.ms.from_original(first.start), self._token_end(last)
        return a, e, self.doc.text[first.start:last.end]

    def _org_tail(self, k: int, e: int) -> int:
        """The end of an institution's name that ends at matching offset `e` (its last token
        at or after token k), extended over one following المركزي/المركزية or one لل-word."""
        toks = self.doc.tokens
        j = k
        while j < len(toks) and self._token_end(toks[j]) < e:
            j += 1
        j += 1
        if j < len(toks) and self._adjacent(j) and toks[j].kind == "word":
            f = fold(toks[j].text)
            if f in ORG_TAILS or (f.startswith("لل") and len(f) >= 6 and f not in self.stopwords):
                return self._token_end(toks[j])
        return e

    def _org_words(self, k: int, article_ok: bool, taken: bytearray
                   ) -> tuple[int, int, str] | None:
        """The unknown name of an organisation from token k: up to three name-like words
        (كونكو فيليبس), or one word with the article after a newspaper or club (الحياة،
        الزمالك); not a common adjective (شركة محلية، فريق طبي)."""
        toks = self.doc.tokens
        words = []
        while k < len(toks) and len(words) < 3 and toks[k].kind == "word" and \
                (not words or self._adjacent(k)):
            tk = toks[k]
            f = fold(tk.text)
            if taken[self.ms.from_original(tk.start)] or f in self.stopwords:
                break
            if f.startswith("ال"):
                if not words and article_ok and len(f) >= 5 and f not in ORDINALS \
                        and f[2:] not in self.stopwords:
                    words.append(tk)
                break
            if not words and f[0] in "وف":
                break  # شركة وظلت: the conjunction opens a new clause, not a name
            if not self._name_word(f, first=not words) or tk.segments:
                break
            words.append(tk)
            k += 1
        while words and _not_a_name_part(words[-1]):
            words.pop()
        if not words:
            return None
        first, last = fold(words[0].text), fold(words[-1].text)
        if not first.startswith("ال") and (first.endswith(("ه", "ي", "ات")) or _masdar(first)):
            return None  # شركة محلية، فريق طبي، مجموعة صفقات، شركة إنتاج
        if len(words) == 1 and len(last) < 3:
            return None
        a = self.ms.from_original(words[0].start)
        return a, self._token_end(words[-1]), self.doc.text[words[0].start:words[-1].end]

    def _definite_complement(self, k: int, taken: bytearray, coordinated: bool = False
                             ) -> tuple[int, int, str] | None:
        """(start, end, text) of a definite common noun from token k and the definite
        adjectives after it (الحدود الشمالية، الدراسات المتقدمة، الطب البيطري), with nouns joined
        by و when `coordinated` (الآداب والعلوم الإنسانية): up to four words outside every match
        and mention, a later word ending in ي or ة unless it is a coordinated noun. None when
        token k is no such noun."""
        toks = self.doc.tokens
        words: list = []
        while k < len(toks) and len(words) < 4 and toks[k].kind == "word" \
                and (not words or self._adjacent(k)):
            tk = toks[k]
            f = fold(tk.text)
            joined = bool(words) and coordinated and f.startswith("وال")
            stem = f[1:] if joined else f
            if taken[self.ms.from_original(tk.start)] or not stem.startswith("ال") \
                    or len(stem) < 4 or stem in self.stopwords \
                    or stem in ORDINALS or stem in TIME_WORDS or stem in EPITHETS \
                    or (words and not joined and not _plural_nisba_after(words[-1].text, tk.text)
                        and (not tk.text.endswith(("ي", "ة"))
                             or len(stem) == 7 and stem[3] == "ا")):
                break  # (المبنى in ى folds like an adjective in ي; التابعة، الواقعة: a participle)
            words.append(tk)
            k += 1
        while words and fold(words[-1].text).startswith("وال") \
                and not _field_of_study(fold(words[-1].text)[3:]):
            words.pop()  # كلية الطب [والمستشفى]: a coordinated noun ends no name
        if not words:
            return None
        a = self.ms.from_original(words[0].start)
        return a, self._token_end(words[-1]), self.doc.text[words[0].start:words[-1].end]

    def _taken(self) -> bytearray:
        """1 at every matching offset inside a mention or a dictionary match: built once after
        the dictionary mentions, then shared by the name rules, each of which marks the span of
        every mention it adds (a mention it replaces lies inside the new one)."""
        if self._shared_taken is None:
            taken = bytearray(len(self.text) + 1)
            for m in self.m:
                a = m.span_start
                taken[a:m.end] = b"\x01" * (m.end - a)
            for mt in self.out:
                taken[mt.start:mt.end] = b"\x01" * (mt.end - mt.start)
            self._shared_taken = taken
        return self._shared_taken

    def _candidates(self) -> dict[str, list[int]]:
        """Indices of the word tokens that may open a name or an organisation, by rule (head
        nouns, cue words, given names, بن/أبو), found with one lookup per token in the table of
        `candidate_table` (which the stage builds once)."""
        table = self.candidate_table
        if table is None:
            stems = self.name_cues.stems if self.name_cues is not None else frozenset()
            table = candidate_table(self.given_names, stems)
        # C-level loops (map, compress): this runs over every token of every article
        bits = list(map(table.get, map(_NORM, self.doc.tokens), repeat(0)))
        hits = [(i, bits[i]) for i in compress(range(len(bits)), bits)]
        return {name: [i for i, m in hits if m & bit] for name, bit in CANDIDATE_BITS.items()}

    def _token_end(self, t) -> int:
        return self.ms.from_original(t.end - 1) + 1

    def _cued_name_mentions(self) -> None:
        """Unknown names announced by a cue (`marsad.actors.namecues`): an honorific (السيد،
        الدكتور: one word is enough), a person noun (الفنان، الخبير الاقتصادي، العداء الهولندي:
        one word when it is a given name), a definite nationality (البرازيلي فريد) or a clause
        verb (وقال ديفد فرانكلين), each a name of two words or more. A nationality between the cue
        and the name, or as the cue, gives the person's country and joins the mention."""
        cues = self.name_cues
        if cues is None:
            return
        toks = self.doc.tokens
        taken = self._taken()
        nisba_end = {mt.end: mt for mt in self.out if mt.how == "nisba" and mt.kind == "nisba"
                     and self.text[mt.start:mt.start + 2] in ("ال", "لل")}
        # the tokens that end a definite nationality, found once (few) rather than per token
        nisba_at: dict[int, Mention] = {}
        for mt in nisba_end.values():
            o_end = self.ms.to_original(mt.start, mt.end)[1]
            k = bisect.bisect_right(self.tok_starts, o_end - 1) - 1
            if 0 <= k < len(toks) and toks[k].end == o_end:
                nisba_at[k] = mt
        added = False
        for ti in sorted(set(self._cand["cue"]) | nisba_at.keys()):
            t = toks[ti]
            nisba = nisba_at.get(ti)
            kind = "nisba" if nisba is not None else cues.kind(t)
            if kind is None:
                continue
            a = self.ms.from_original(t.start)
            if kind == "nisba":
                if nisba.start < a:
                    continue
                # after a definite noun the nationality is its adjective, yet a name of two
                # words may follow it (مدافع المنتخب الإيطالي ماركو ماتيراتزي)
                adjectival = not self._nisba_as_noun(ti, nisba)
            elif taken[a]:
                continue
            k, country = ti + 1, nisba.country if kind == "nisba" else None
            while kind in ("honorific", "noun", "nisba") and k < len(toks) and k - ti <= 3 \
                    and self._adjacent(k):
                # an adjective between the cue and the name: الخبير الاقتصادي، العداء الهولندي
                tk = toks[k]
                adj = nisba_end.get(self._token_end(tk))
                if adj is not None and adj.start >= self.ms.from_original(tk.start):
                    country = adj.country
                elif fold(tk.text) in CUE_EPITHETS:
                    pass  # المهاجم المخضرم، الأميركي المخضرم: an epithet, then the name
                elif kind == "nisba" or not self._adjective(tk, taken):
                    break
                k += 1
            if k >= len(toks) or toks[k].kind != "word" or not self._adjacent(k) \
                    or (toks[k].norm in self.stopwords and not self._ali_opens(k)):
                continue  # قال إن، قال الرئيس: no name here (a quick test before reading one)
            first = toks[k]
            if kind == "nisba" and adjectival and (
                    not self.text[nisba.start:nisba.end].endswith("ي")
                    or self._clitics(first) or not self._plain_name_word(first)):
                continue  # (cheap tests first: most such nisbas are adjectives; وبطرس: a new item)
            if kind == "verb" and first.norm.endswith("ه") and not self._given(first):
                continue  # عبر أجهزة الكمبيوتر: a noun in ة after a verb is no name
            fa = self.ms.from_original(first.start)
            surname = kind == "honorific" and self._surname_alone(first, taken)
            # السيدة، الفنانة، الروسية: a woman's name follows (ماريا شارابوفا)
            feminine = kind != "verb" and t.text.endswith("ة") \
                and not (kind == "nisba" and self._adjective_of_named(ti, taken))
            n = 1 if surname else self._name_at(k, taken, cued=kind != "verb",
                                                 feminine=feminine)
            if feminine and n == 1 and self._surname_match(k) is not None:
                continue  # السيدة باربرا [بوش]: the given name and the dictionary surname
            if n == 0 or (n == 1 and not surname
                          and not self._one_word_name(kind, first, country, k)):
                continue
            if kind == "nisba" and adjectival and (
                    n < 2 or not all(self._plain_name_word(tk) for tk in toks[k + 1:k + n])
                    or (fold(first.text)[:1] == "م" and fold(first.text)[1:2] not in "اي"
                        and not self._given(first))  # مواقع، مسائل; not ماركو، ميشيل
                    or fold(first.text) in COMPASS_WORDS):
                continue  # الطائرات الإسرائيلية مواقع، المصري شرق أفريقي: no name
            if kind == "verb" and n > 1 and not self._name_closed(k + n):
                continue  # أعلن اتحاد صناعة السيارات: a noun phrase, not a name
            last = toks[k + n - 1]
            e = self._token_end(last)
            if 1 in taken[fa:e]:
                continue
            name_start = self._article_start(first) if surname else self._stem_start(first)
            ns = self.ms.from_original(name_start)
            if kind == "verb":
                s = ns
            elif kind == "nisba":
                s = nisba.start
            else:
                s = self.ms.from_original(self._article_start(t))
            self.out = [mt for mt in self.out if not (s <= mt.start and mt.end <= e)]
            text = self.doc.text[name_start:last.end]
            translit = self.romanize(text, country)
            code = self.gaz.country_code(country) if country else None
            self.out.append(Mention(s, e, "PERSON", translit or text, code, country, None, "name",
                                    f"name:{fold(text)}", self.text[a:s] if s > a else "",
                                    kind="person", translit=translit, name=(ns, e),
                                    person_like=True))
            taken[s:e] = b"\x01" * (e - s)
            added = True
        if added:
            self.out.sort(key=lambda mt: mt.start)

    def _plain_name_word(self, t) -> bool:
        """A word shaped like a name rather than a noun, adjective or verb: no feminine ending,
        no ى (أدنى), no accusative ا (جاهزا), no verbal-noun shape (تشكيل), no preposition
        (لرصد; بيلوتي is a name), no ت…ت verb (تناولت); a given name always is one."""
        if self._given(t):
            return True
        f = fold(t.text)
        return len(f) >= 2 and not f.endswith("ه") and not t.text.endswith("ى") \
            and not (len(f) >= 5 and f.endswith("ا")) and not _masdar(f) \
            and f[0] != "و" and not _verb_shape(f) and not _masdar(f[1:]) \
            and not (f[:1] in "لب" and (self._clitics(t) or len(f) <= 4)) \
            and not (f[:1] == "ت" and f.endswith("ت")) \
            and f not in self.stopwords

    def _byline_names(self) -> None:
        """A reporter's byline: a place at the start of a line, a colon, and a name of two or
        three words ending the line or before the next place and colon (لندن: معد فياض،
        الرياض: فهد الذيابي - جدة: …): an unknown PERSON."""
        toks = self.doc.tokens
        text = self.doc.text
        taken = self._taken()
        added = False
        for mt in [mt for mt in self.out if mt.kind in ("city", "country")
                   and mt.type in ("LOC", "GPE")]:
            o_start, o_end = self.ms.to_original(mt.start, mt.end)
            line_start = text.rfind("\n", 0, o_start) + 1
            before = text[line_start:o_start].rstrip()
            if mt.prefix or before.strip(" \t«\"") and not (
                    before.endswith(("-", "–")) and ":" in before):
                continue  # (القاهرة: سوسن أبو حسين - بيروت: كارولين عاكوم: a second byline)
            k = bisect.bisect_left(self.tok_starts, o_end)
            if k + 2 >= len(toks) or toks[k].text != ":" or toks[k + 1].kind != "word" \
                    or "\n" in text[toks[k].end:toks[k + 1].start]:
                continue
            k += 1
            n = self._name_at(k, taken, cued=True)
            if n < 2:
                continue
            last = toks[k + n - 1]
            after = toks[k + n] if k + n < len(toks) else None
            if after is not None and "\n" not in text[last.end:after.start] \
                    and after.text not in ("-", "–", "و", "،", ","):
                nxt = self.ms.from_original(after.start)
                if not any(m2.start <= nxt < m2.end and m2.kind in ("city", "country")
                           for m2 in self.out):
                    continue  # a name running on into a sentence is no byline
            first = toks[k]
            name_start = self._stem_start(first)
            s, e = self.ms.from_original(name_start), self._token_end(last)
            if 1 in taken[s:e]:
                continue
            name = text[name_start:last.end]
            translit = self.romanize(name)
            self.out.append(Mention(s, e, "PERSON", translit or name, None, None, None, "name",
                                    f"name:{fold(name)}", kind="person", translit=translit,
                                    name=(s, e), person_like=True))
            taken[s:e] = b"\x01" * (e - s)
            added = True
        if added:
            self.out.sort(key=lambda m: m.start)

    def _surname_alone(self, t, taken: bytearray) -> bool:
        """A family name with the article standing alone after an honorific (الدكتور الربيعة،
        الشيخ السديس، السيد الحسيني): one word, outside every match, not a listed word, an
        ordinal, an epithet (الشيخ الجليل، الدكتور الراحل), a sound plural, nor a participle or
        verbal noun in م/ت (الدكتور المشرف; المطيري، التويجري in ي are names)."""
        f = fold(t.text)
        if not t.text.startswith("ال") or len(f) < 5 or f in self.stopwords \
                or f[2:] in self.stopwords or f in ORDINALS or f in EPITHETS \
                or f.endswith(("ون", "ات")):
            return False  # (إليزابيث folds to ال…: the written article only; العثيمين is a name)
        if f.startswith(("الم", "الت")) and not f.endswith("ي"):
            return False
        return not taken[self.ms.from_original(t.start)]

    def _name_at(self, k: int, taken: bytearray, cued: bool = False,
                 feminine: bool = False) -> int:
        """How many tokens from token k make an unknown name (0: none): up to three name-like
        words outside every match and mention, without an apposition noun or accusative at the
        end (a third word only when a given name or a nasab is in it), and a family name with
        the article after them. `feminine`: after a feminine cue, where words in ا are a
        woman's name (`_woman_name_word`)."""
        toks = self.doc.tokens
        first = toks[k]
        fa = self.ms.from_original(first.start)
        if taken[fa]:
            return 0
        # the cheap word tests first (each gives 0 whatever the name reading below finds)
        if any(sg.kind == "proclitic" and self.doc.text[sg.start:sg.end] in "بلك"
               for sg in first.segments) or _preposition_and_word(first, opening=True):
            return 0  # الفقيد بحي اليرموك، المدرب [ليصنع]: a preposition opens no name
        f = fold(first.text)
        bare = f[1:] if f[:1] in "وف" and not first.segments and not self._given(first) else f
        if not self._given(first) and (
                (f[:1] == "ي" and (f[1:2] in "تن" or f[1:3] == "ست")) or _masdar(bare)
                or (_verb_after_name(f) and sum(c in "اوي" for c in f[1:]) <= 1)
                or (len(f) >= 5 and f.startswith("تست"))):
            # يتوج، يستهدف، تجيد، تعتبر، تستنفر: an imperfect verb (not تلوسيز, with two long
            # vowels, a foreign name); احتواء، تسويق: a verbal noun
            return 0
        got = self._unknown_name(fa, allow_comma=False, min_words=1, cued=cued,
                                 feminine=feminine)
        if got is None or got[0] != fa:
            return 0
        n = len(got[2].split())
        for i in range(1, n):
            # a word that cannot be part of a name ends it (عبدالله مروراً بطريق، مارتينيز يعتزم);
            # after عبد / أبو the next word is the name's (عبد الله)
            if fold(toks[k + i - 1].text) in COMPOUND_HEADS \
                    or fold(toks[k + i - 1].text) in NAME_PARTICLES:
                continue
            if self._not_her_name_part(toks[k + i], feminine, toks[k + i - 1]) \
                    or (i >= 2 and self._next_word_not_name(toks[k + i])) \
                    or self._common_word_after_name(k + i):
                n = i
                break
        real = [i for i in range(n) if fold(toks[k + i].text) not in NAME_PARTICLES]
        first_given = self._given(first) or self._ali_opens(k)  # علي محمد فخرو: Ali too
        if len(real) == 3 and n > 3 and not first_given \
                and not self._given(toks[k + real[2]]) \
                and not any(fold(tk.text) in COMPOUND_HEADS or fold(tk.text) in COMPOUND_TAILS
                            for tk in toks[k:k + n]):
            n = real[2]  # فرانكو دي سانتو [سدد]: a third word after a particle is the verb
        if n == 3 and not first_given and not self._given(toks[k + 2]) \
                and not any(fold(tk.text) in COMPOUND_HEADS or fold(tk.text) in COMPOUND_TAILS
                            or fold(tk.text) in NAME_PARTICLES for tk in toks[k:k + 3]):
            n = 2  # a third word is too often the next word (أنطوني سجل، نوندا مقابل)
        while n > 1 and (fold(toks[k + n - 1].text) in COMPOUND_HEADS
                         or fold(toks[k + n - 1].text) in NAME_PARTICLES):
            n -= 1  # مشعل بن عبدالله [بن مساعد]: a name cut after بن / آل ends before it
        before_last = toks[k + n - 2] if n > 1 else None
        if self._not_her_name_part(toks[k + n - 1], feminine, before_last):
            return 0
        loose = (n == 1 and self._given(first) and f not in GIVEN_ALSO_WORDS) \
            or (n == 2 and (f in COMPOUND_GIVEN  # عبد الله الربيعة: one given name
                            or self._given(first) and self._given(toks[k + 1])))
        # محمد ماجد العيطان: a given name and the father's, then the family name
        nasab = any(fold(tk.text) in NASAB for tk in toks[k:k + n])  # عبد الله بن … الربيعة
        fam = self._family_tail(k + n, taken, loose, ta_ok=nasab)
        if n == 1 and fam and f in GIVEN_ALSO_WORDS and not \
                fold(toks[k + 1].text).endswith("ي"):
            return 1  # حسن الجوار: a given name that is also a word, before a noun
        return n + fam

    def _adjective_of_named(self, ti: int, taken: bytearray) -> bool:
        """Is the nationality at token ti the adjective of a name before it: a place or body
        (مدينة إسطنبول [التركية] عائدا) or a quoted title (صحيفة «…» [الإسرائيلية] تقريرا)?"""
        if ti == 0:
            return False
        prev = self.doc.tokens[ti - 1]
        if prev.kind != "word":
            return prev.text in CLOSING_QUOTES or prev.text == ")"
        return bool(taken[self.ms.from_original(prev.start)])

    @staticmethod
    def _not_her_name_part(tok, feminine: bool, prev=None) -> bool:
        """`_not_a_name_part`, save a woman's name in ا after a feminine cue (مارتينا)."""
        return _not_a_name_part(tok) and not (feminine and _woman_name_word(tok, prev))

    def _titled_name_mentions(self) -> None:
        """A title that found no name (how "title" or "office"), then a name opened by a given
        name (الملك حمد، الملك محمد الخامس), or the organisation or body it speaks for and an
        unknown name of two words (المتحدثة باسم البيت الأبيض دانا برينو). One PERSON mention
        from the title to the end of the name, with the title's role and the organisation's
        code; the name wins over an office holder found by date. Other words after a title are
        too often its verb's object (رفض الرئيس السوري ترسيم الحدود)."""
        toks = self.doc.tokens
        taken = self._taken()
        drop: set[int] = set()
        added = []
        for idx, mt in enumerate(self.out):
            if mt.kind != "title" or mt.type != "PERSON" or mt.how not in ("title", "office") \
                    or mt.name is not None:
                continue
            end, scope = mt.end, None
            nxt = self.out[idx + 1] if idx + 1 < len(self.out) else None
            if nxt is not None and nxt.type == "ORG" and not nxt.prefix.startswith(("و", "ف")) \
                    and self.text[end:nxt.start - len(nxt.prefix)].strip() in SCOPE_LINKS:
                end, scope = nxt.end, nxt
            k = bisect.bisect_left(self.tok_starts, self.ms.to_original(end - 1, end)[1])
            if k >= len(toks) or toks[k].kind != "word" or \
                    self.text[end:self.ms.from_original(toks[k].start)] != " ":
                continue
            n = self._name_at(k, taken)
            given = self._given(toks[k]) and not toks[k].segments  # كسفير لحسن النوايا
            f = fold(toks[k].text)
            if n == 0 and fold(self.text[mt.start:mt.end]) in IMAM_TITLES \
                    and (toks[k].text == "علي" or self._surname_alone(toks[k], taken)
                         or f[:2] == "ال" and f[2:] in self.given_names):
                n, given = 1, True  # الإمام علي، الإمام الرضا، الإمام الحسين، الإمام الشافعي
                laqab = True
            else:
                laqab = False
            closed = n in (1, 2) and not toks[k].segments and len(f) >= 4 \
                and self.text[mt.start:mt.start + 2] == "ال" \
                and not _verb_shape(f) and f[:1] not in "تيلبو" and not _masdar(f) \
                and not f.endswith(("ه", "ون", "ين", "ات")) \
                and not self.text[mt.start:mt.end].endswith(("ون", "ين")) \
                and self._name_closed(k + n) and not (
                    self._match_at(k + n) and not fold(toks[k + n].text).startswith("و"))
            # وقال الرئيس كوستونيتسا إن، الوزير فوكس ،; not رئيس جهاز الأمن (a noun in
            # construct before a body), نواب جمهوريين، تقارير صحافية محلية
            if n == 0 or (not given and not closed and (scope is None or n == 1)):
                continue  # رفض الرئيس السوري ترسيم الحدود: the verb's object
            if k + n < len(toks) and fold(toks[k + n].text) in ORDINALS and self._adjacent(k + n):
                n += 1  # الملك محمد الخامس
            if self._person_match_at(k + n):
                continue  # الرئيس الأفغاني حميد كرزاي: the dictionary person is the name
            last = toks[k + n - 1]
            e = self._token_end(last)
            if 1 in taken[self.ms.from_original(toks[k].start):e] \
                    or self._next_word_not_name(last) and n > 2:
                continue
            name_start = self._article_start(toks[k]) if laqab else self._stem_start(toks[k])
            ns = self.ms.from_original(name_start)
            text = self.doc.text[name_start:last.end]
            nested: tuple[tuple[int, int, int], ...] = ()
            code, country, role = mt.code, mt.country, mt.role
            if scope is not None:
                drop.add(idx + 1)
                code, country = scope.code or code, scope.country or country
                j = bisect.bisect_left(self.match_starts, scope.start - len(scope.prefix))
                if scope.how == "lexicon" and j < len(self.m) and self.m[j].end == scope.end:
                    nested = ((scope.start, scope.end, self.m[j].entry),)
            drop.add(idx)
            translit = self.romanize(text, country)
            added.append(Mention(mt.start, e, "PERSON", translit or text, code, country, role,
                                 "title", "name:" + fold(text), mt.prefix, mt.office, "title",
                                 translit=translit, name=(ns, e), person_like=True,
                                 nested=nested))
            taken[mt.start:e] = b"\x01" * (e - mt.start)
        if added:
            self.out = [mt for i, mt in enumerate(self.out) if i not in drop] + added
            self.out.sort(key=lambda mt: mt.start)

    def _match_index_at(self, k: int) -> int | None:
        """The index of the dictionary match that begins at token k, if one does."""
        toks = self.doc.tokens
        if k >= len(toks):
            return None
        a = self.ms.from_original(toks[k].start)
        j = bisect.bisect_left(self.match_starts, a)
        return j if j < len(self.m) and self.m[j].word_start == a else None

    def _match_at(self, k: int) -> bool:
        """Does a dictionary match begin at token k?"""
        return self._match_index_at(k) is not None

    def _person_match_at(self, k: int) -> bool:
        """Does a dictionary person match begin at token k?"""
        j = self._match_index_at(k)
        return j is not None and self.entry(j).kind == "person"

    def _one_word_name(self, kind: str, first, country: str | None, k: int) -> bool:
        """May one unknown word after a cue be a name? A given name after an honorific or a
        person noun; after a verb or an honorific, a word the next token closes (وقال فيرغسون
        إن); after a nationality, a word of four letters or more (البرازيلي كافو)."""
        given = self._given(first)
        if kind in ("honorific", "noun") and given:
            return True
        if kind == "honorific":
            return self._name_closed(k + 1)
        f = fold(first.text)
        if self._clitics(first) or f in self.stopwords or f.endswith(("ه", "ت")) or f[:1] == "ي" \
                or (f[:1] in "تن" and (len(f) <= 4 or f[1] == "ت" or f[1:3] == "ست")) \
                or _plural_of_persons(f):
            return False  # هويته، مؤسسة، راقبت، يريد، يتعلق: a noun or a verb; وقال علماء
        if kind == "verb":
            if self._name_closed(k + 1, strict=True):
                return True
            if k + 1 >= len(self.doc.tokens) or not self._adjacent(k + 1):
                return False
            nxt = fold(self.doc.tokens[k + 1].text)
            verb = fold(self.doc.tokens[k - 1].text)
            verb = verb if verb in VERB_PREPOSITIONS else verb[1:]  # وأشار
            return nxt in SPEAKER_CLOSERS or nxt in VERB_PREPOSITIONS.get(verb, ())
        if kind == "noun" and country is None:
            return len(f) >= 4 and f[0] != "و" and self._name_closed(k + 1)  # الحارس هيلتون ،
        return (kind == "nisba" or country is not None) and len(f) >= 4

    def _nisba_as_noun(self, ti: int, nisba: Mention) -> bool:
        """A singular definite nationality standing as a noun (فاز الروسي، والألماني), not the
        adjective of the definite noun before it (الهجوم الإسرائيلي يستهدف)."""
        word = self.text[nisba.start:nisba.end]
        if not word.endswith(("ي", "يه")):
            return False
        prev = self.doc.tokens[ti - 1] if ti > 0 else None
        if prev is None or prev.kind != "word" or not self._adjacent(ti):
            return True
        f = fold(prev.text)
        if self.name_cues is not None and self.name_cues.kind(prev) in ("honorific", "noun"):
            return True
        return not (f.startswith(("ال", "لل", "وال", "بال")) or f.endswith("ه"))

    def _name_closed(self, k: int, strict: bool = False) -> bool:
        """Does token k (right after a name) close it: the end, punctuation, a complementiser
        (وقال X إن), or an apposition: a title or person noun (وقال X مدير المعهد)? `strict`:
        only a complementiser, a colon or a quotation mark (وقال كوبل إن، وقال هاولز «)."""
        toks = self.doc.tokens
        if k >= len(toks):
            return True
        t = toks[k]
        f = fold(t.text)
        if strict:
            return f in CLOSING_WORDS or (t.kind == "punct" and t.text in QUOTE_MARKS)
        if t.kind == "punct" or f in CLOSING_WORDS or f in APPOSITION_NOUNS:
            return True
        if self.name_cues is not None and self.name_cues.kind(t) in ("honorific", "noun"):
            return True
        a = self.ms.from_original(t.start)
        j = bisect.bisect_left(self.match_starts, a)
        return j < len(self.m) and self.m[j].word_start == a \
            and self.entry(j).kind in ("title", "body")

    def _adjacent(self, k: int) -> bool:
        """Only a space between token k-1 and token k."""
        toks = self.doc.tokens
        return self.doc.text[toks[k - 1].end:toks[k].start] == " "

    def _adjective(self, t, taken: bytearray) -> bool:
        """A definite adjective in -ي/-ية outside every match (الاقتصادي، المصرية)."""
        f = fold(t.text)
        return t.kind == "word" and f.startswith("ال") and f.endswith(("ي", "يه")) \
            and len(f) >= 6 and f not in self.stopwords \
            and not taken[self.ms.from_original(t.start)]

    def _stem_start(self, t) -> int:
        """Original offset of a token's stem (after و، ل، ب...); a foreign name's أل written
        with hamza (ألكسندر، ألونسو) is no article but the stem's."""
        if not t.segments:
            return t.start
        prev = None
        for sg in t.segments:
            if sg.kind == "stem":
                if prev is not None and self.doc.text[prev.start:prev.end] == "أل":
                    return prev.start
                return sg.start
            prev = sg
        return t.start

    def _hamza_al(self, t) -> bool:
        """Does the token begin (after و/ف/ل/ب) with أل written with hamza, which the article
        never is: a foreign name (ألكسندر، وألبرتو)?"""
        return any(sg.kind == "proclitic" and self.doc.text[sg.start:sg.end] == "أل"
                   for sg in t.segments)

    def _clitics(self, t) -> bool:
        """Has the token clitics other than a foreign name's أل?"""
        return any(sg.kind != "stem" and self.doc.text[sg.start:sg.end] != "أل"
                   for sg in t.segments)

    def _article_start(self, t) -> int:
        """Original offset of a token's article, else of its stem (والدكتور -> الدكتور)."""
        for sg in t.segments:
            if sg.kind == "proclitic" and self.doc.text[sg.start:sg.end] == "ال":
                return sg.start
        return self._stem_start(t)

    def _given_name_mentions(self) -> None:
        """A known given name (محمد، جورج) opening two to four name-like words, outside every
        match and mention: an unknown PERSON (how="name", no code), transliterated. One word
        alone (محمد) is left out; a given name before a one-word dictionary name that none of
        its full names matched is someone else of that family (وائل عريقات is not Saeb
        Erekat). Proclitics (ومحمد، لمحمد) stay outside the name."""
        if not self.given_names:
            return
        taken = self._taken()
        toks = self.doc.tokens
        for ti in self._cand["given"]:
            t = toks[ti]
            if not self._given(t):  # tok.norm is the folded stem, without its proclitics
                continue
            a = self.ms.from_original(t.start)
            if taken[a] or (ti > 0 and fold(toks[ti - 1].text) in NASAB_OR_FAMILY):
                continue  # بن عبد العزيز، آل سعود: part of someone else's nasab
            kunya = ti > 0 and fold(toks[ti - 1].text) in KUNYA and self._adjacent(ti) \
                and not taken[self.ms.from_original(toks[ti - 1].start)]
            # علي محمد جيدي: Ali opens the name as a kunya does (_ali_opens)
            kunya = kunya or (ti > 0 and self._ali_opens(ti - 1)
                              and not taken[self.ms.from_original(toks[ti - 1].start)])
            surname = self._surname_match(ti)
            if surname is not None:
                j, last = surname
                self.out = [mt for mt in self.out if not (mt.start <= self.m[j].start < mt.end)]
            else:
                got = self._unknown_name(a, allow_comma=False, min_words=1)
                if got is None or got[0] != a:
                    continue
                n = len(got[2].split())  # the name's tokens: toks[ti:ti + n]
                # محمد حسين باحث، مدحت صالح يغني: an apposition or a verb after it; after a
                # kunya or علي one name word is enough before an accusative (علي حمد [عضوا];
                # not before a family name in ة: علي سعد دوابشة)
                while n > (1 if kunya else 2) and (
                        _not_a_name_part(toks[ti + n - 1])
                        or (n > 2 and self._next_word_not_name(toks[ti + n - 1]))):
                    n -= 1
                if n > 1 and _not_a_name_part(toks[ti + n - 1]):
                    continue
                n += self._family_tail(ti + n, taken, n == 1 or (
                    n == 2 and (fold(t.text) in COMPOUND_GIVEN or self._given(toks[ti + 1]))),
                    ta_ok=True)  # عبد الله الربيعة، جمال ناصر البدر
                if n < 2 and not kunya:
                    self._lone_given.append(ti)  # see _given_names_alone
                    continue  # محمد alone; جعفر الموسوي is a name; أبو محمد is one too
                last = toks[ti + n - 1]
            start = next((sg.start for sg in t.segments if sg.kind == "stem"), t.start) \
                if t.segments else t.start
            if kunya:  # أبو عبد الله التركي: the kunya opens the name
                start = self._stem_start(toks[ti - 1])
                a = self.ms.from_original(toks[ti - 1].start)
            s, e = self.ms.from_original(start), self.ms.from_original(last.end - 1) + 1
            if surname is None and 1 in taken[s:e]:
                inside = [mt for mt in self.out if mt.start < e and s < mt.end]
                if any(mt.kind not in ("nisba", "title", "city") or mt.start < s or mt.end > e
                       or " " in self.text[mt.start:mt.end] for mt in inside):
                    continue  # over another mention (a dictionary surname is replaced)
                # يوسف روسي، سعود أبو سلطان، أبو العلا: a bare nisba, title or place read as a
                # name word is the name's
                self.out = [mt for mt in self.out if mt not in inside]
            text = self.doc.text[start:last.end]
            taken[a:e] = b"\x01" * (e - a)
            translit = self.romanize(text)
            self.out.append(Mention(s, e, "PERSON", translit or text, None, None, None, "name",
                                    f"name:{fold(text)}", self.text[a:s], kind="person",
                                    translit=translit, name=(s, e), person_like=True))
        self.out.sort(key=lambda mt: mt.start)

    def _nasab_part(self, t, taken: bytearray, before: bool = False,
                    after_kunya: bool = False) -> bool:
        """Can token t stand on either side of بن in a nasab (سهل بن حنيف، الحسن بن علي)? With
        the article only a given name (الحسن، الحسين); before بن no common noun in ة
        (روضة ابن …)."""
        if t.kind != "word" or taken[self.ms.from_original(t.start)]:
            return False
        f = fold(t.text)
        if before and f == "علي":  # علي بن أبي طالب: the name, not the preposition على
            return True
        if after_kunya and len(f) >= 3 and f not in KIN_WORDS and not f.startswith("ال") \
                and not t.segments:
            return True  # أبي طالب: a verb or a noun after أبي is a name
        if f in self.stopwords or f in KIN_WORDS or f in NASAB or len(f) < 2 \
                or _not_a_name_part(t):
            return False
        if f.startswith("ال"):
            return f[2:] in self.given_names
        if before and f.endswith("ه") and not self._given(t):
            return False
        return self._name_word(f, first=True) and not t.segments

    def _nasab_mentions(self) -> None:
        """Names built on a nasab or a kunya, whatever their first word: X بن Y (بن Z...)
        (سهل بن حنيف، علي بن أبي طالب، الحسن بن علي), ابن + a name after a function word or
        punctuation (ابن خلدون), and أبو/أبا + a name (أبو هريرة، أبو الحسن), outside every match
        and mention: an unknown PERSON (how="name")."""
        toks = self.doc.tokens
        taken = self._taken()
        added = False
        after = 0  # the next token a new name may start at
        for ti in self._cand["nasab"]:
            if ti < after or ti >= len(toks) - 1:
                continue
            t = toks[ti]
            f = fold(t.text)
            start = end = None
            if f in NASAB and 0 < ti and self._adjacent(ti) and self._adjacent(ti + 1) \
                    and self._nasab_part(toks[ti - 1], taken, before=True):
                start = ti - 1
                if start > 0 and self._adjacent(start) and (
                        self._given(toks[start - 1]) or fold(toks[start - 1].text) in KUNYA) \
                        and not taken[self.ms.from_original(toks[start - 1].start)]:
                    start -= 1  # أبو جميل زيان بن مدافع
                end = self._father(ti + 1, taken)
            elif f in ("ابن", "بن") and self._adjacent(ti + 1) \
                    and not taken[self.ms.from_original(t.start)] \
                    and (ti == 0 or toks[ti - 1].kind != "word" or not self._adjacent(ti)
                         or fold(toks[ti - 1].text) in self.stopwords) \
                    and not fold(toks[ti + 1].text).startswith("ال") \
                    and self._nasab_part(toks[ti + 1], taken):
                start, end = ti, self._father(ti + 1, taken)  # ابن خلدون، ابن أبي طالب
            elif f in KUNYA_OPENERS and self._adjacent(ti + 1) \
                    and not taken[self.ms.from_original(t.start)] \
                    and self._nasab_part(toks[ti + 1], taken):
                start, end = ti, ti + 2
            if start is None or end is None:
                continue
            # a chain: بن Z بن W, then a family name (العامري، القرشي)
            while end + 1 < len(toks) and fold(toks[end].text) in NASAB and self._adjacent(end) \
                    and self._adjacent(end + 1):
                nxt = self._father(end + 1, taken)
                if nxt is None:
                    break
                end = nxt
            while end < len(toks) and self._given(toks[end]) and self._adjacent(end) \
                    and not toks[end].segments:
                end += 1  # أبو جميل زيان
            end += self._family_tail(end, taken, ta_ok=True)
            first, last = toks[start], toks[end - 1]
            a = self.ms.from_original(first.start)
            name_start = self._stem_start(first)
            s, e = self.ms.from_original(name_start), self._token_end(last)
            if 1 in taken[s:e]:
                continue
            text = self.doc.text[name_start:last.end]
            translit = self.romanize(text)
            self.out.append(Mention(s, e, "PERSON", translit or text, None, None, None, "name",
                                    f"name:{fold(text)}", self.text[a:s], kind="person",
                                    translit=translit, name=(s, e), person_like=True))
            taken[a:e] = b"\x01" * (e - a)
            added = True
            after = end
        if added:
            self.out.sort(key=lambda mt: mt.start)

    def _coordinated_names(self) -> None:
        """An unknown name of two words or more joined by و (or a comma) to a person before it:
        a list of people (جيرارد بيكيه وكارلس بويول، …). The name is read as after a cue; the
        conjunction stays outside it."""
        toks = self.doc.tokens
        taken = self._taken()
        added = []
        people = [mt for mt in self.out if mt.type == "PERSON" and mt.name is not None]
        for mt in people:
            while True:
                o_end = self.ms.to_original(mt.end - 1, mt.end)[1]
                k = bisect.bisect_left(self.tok_starts, o_end)
                if k < len(toks) and toks[k].text in ("،", ",") and k + 1 < len(toks):
                    k += 1
                if k >= len(toks) or toks[k].kind != "word" or \
                        self.doc.text[toks[k - 1].end:toks[k].start] != " ":
                    break
                t = toks[k]
                if not fold(t.text).startswith("و") and toks[k - 1].text not in ("،", ","):
                    break
                n = self._name_at(k, taken)
                if n < 2 or self._next_word_not_name(toks[k + n - 1]) or \
                        (not self._given(t) and len(t.norm.lstrip("و")) <= 3):
                    break  # وحفل أوركسترا: a short common noun, not a name
                last = toks[k + n - 1]
                name_start = self._stem_start(t)
                if name_start == t.start and fold(t.text).startswith("و") \
                        and not self._given(t):
                    name_start += 1  # ولوكاس: the tokenizer kept و on an unknown stem
                a = self.ms.from_original(t.start)
                s, e = self.ms.from_original(name_start), self._token_end(last)
                if 1 in taken[s:e]:
                    break
                text = self.doc.text[name_start:last.end]
                translit = self.romanize(text)
                mt = Mention(s, e, "PERSON", translit or text, None, None, None, "name",
                             f"name:{fold(text)}", self.text[a:s], kind="person",
                             translit=translit, name=(s, e), person_like=True)
                added.append(mt)
                taken[a:e] = b"\x01" * (e - a)
        if added:
            self.out.extend(added)
            self.out.sort(key=lambda m: m.start)

    def _parenthesized_aliases(self) -> None:
        """An organisation's short or foreign name in parentheses right after it (قوات الأمم
        المتحدة المؤقتة في لبنان (يونيفيل)، جامعة «آستون» (Aston University)): the same actor.
        Up to five Latin words or three unknown Arabic ones (not opened by the article or a
        proclitic letter: a credit or a remark), none in a dictionary match."""
        toks = self.doc.tokens
        text = self.doc.text
        taken = self._taken()
        added = []
        for mt in self.out:
            if mt.type != "ORG":
                continue
            k = bisect.bisect_left(self.tok_starts, self.ms.to_original(mt.end - 1, mt.end)[1])
            while k < len(toks) and toks[k].text in CLOSING_QUOTES:
                k += 1
            if k + 2 >= len(toks) or toks[k].text != "(" or "\n" in text[toks[k - 1].end:
                                                                        toks[k].start]:
                continue
            j = k + 1
            while j < len(toks) and j - k <= 6 and toks[j].kind in ("word", "latin") \
                    and fold(toks[j].text) not in self.stopwords \
                    and not taken[self.ms.from_original(toks[j].start)]:
                j += 1
            if j == k + 1 or j - k > 6 or j >= len(toks) or toks[j].text != ")":
                continue
            first, last = toks[k + 1], toks[j - 1]
            if not any(c.isalpha() for c in first.text) or first.kind == "word" \
                    and (j - k > 4 or fold(first.text)[:1] in "البوف"):
                continue  # (2006), (الفرنسية), (بحجة حرية التعبير): no name
            s, e = self.ms.from_original(first.start), self._token_end(last)
            added.append(Mention(s, e, "ORG", mt.canonical, mt.code, mt.country, mt.role,
                                 "coref", mt.actor_id, kind=mt.kind, translit=mt.translit,
                                 name=(s, e), person_like=mt.person_like))
            taken[s:e] = b"\x01" * (e - s)
        if added:
            self.out.extend(added)
            self.out.sort(key=lambda m: m.start)

    def _father(self, k: int, taken: bytearray) -> int | None:
        """The end (token index) of the name after بن at token k: a name word, or a kunya and a
        name word (أبي طالب، أبي وقاص); None if there is none."""
        toks = self.doc.tokens
        if k >= len(toks):
            return None
        if fold(toks[k].text) in KUNYA and k + 1 < len(toks) and self._adjacent(k + 1) \
                and self._nasab_part(toks[k + 1], taken, after_kunya=True):
            return k + 2
        return k + 1 if self._nasab_part(toks[k], taken) else None

    def _given(self, t) -> bool:
        """A known given name as the whole stem (زيادة is no زياد + ة)."""
        return t.norm in self.given_names and not any(sg.kind == "enclitic" for sg in t.segments)

    def _ali_opens(self, k: int) -> bool:
        """Does علي at token k open a name (الوزير [علي] حسن المجيد، وقال [علي] الأنصاري)? Only
        in a text that writes the preposition على with ى elsewhere (where علي is Ali, not a
        misspelt على), before a given name or a family name with the article in ي (not after
        و: عبدالحليم علي [وهاني]), and not inside another's name (بن علي، عبدالحليم علي)."""
        toks = self.doc.tokens
        if not self._ali_apart or toks[k].text != "علي" or k + 1 >= len(toks) \
                or toks[k + 1].kind != "word" or not self._adjacent(k + 1) \
                or any(sg.kind == "proclitic" and self.doc.text[sg.start] in "وفبلك"
                       for sg in toks[k + 1].segments):
            return False
        if k > 0 and self._adjacent(k) and (fold(toks[k - 1].text) in NASAB_OR_FAMILY
                                            or self._given(toks[k - 1])):
            return False
        nxt = toks[k + 1]
        f = fold(nxt.text)
        return self._given(nxt) or (nxt.text.startswith("ال") and f.endswith("ي") and len(f) >= 5
                                    and f not in self.stopwords)

    def _common_word_after_name(self, k: int) -> bool:
        """A word after a name's first word that carries a pronoun: a plural one (أبناءهم), her
        (فرحتها، نواياها، استخدامها) or his after a feminine noun (كتابته، صديقته، ضالته), unless a
        given name. Five letters or more: غوته is a name; no later name word of the NER corpora
        ends so. Also a short noun with his (طلعت [حلمه]، [مصرعه]) and a perfect in ت (طلال
        سلمان [حملت]), unless بن or الله follows (أحمد حكمت الله)."""
        t = self.doc.tokens[k]
        if self._given(t):
            return False
        f = fold(t.text)
        if f in self.surname_homographs:
            return False  # جمعه: Gomaa written with ه
        # (not the shape of a verbal noun: تيفيز، توريس look like توضيح)
        return (len(f) >= 5 and t.text.endswith(("هما", "هم", "ها", "ته"))) \
            or _noun_and_his(t) or (_feminine_perfect(t) and not self._name_goes_on(k + 1))

    def _name_goes_on(self, k: int) -> bool:
        """Is token k a word that carries a name on: the tail of a compound name or بن (أحمد
        حكمت الله، أحمد رفعت بن إبراهيم: حكمت، رفعت are then a name's, not a verb)?"""
        toks = self.doc.tokens
        return k < len(toks) and toks[k].kind == "word" \
            and (fold(toks[k].text) in COMPOUND_TAILS or fold(toks[k].text) in NASAB)

    def _next_word_not_name(self, t) -> bool:
        """A word that ends a name's run as the next word rather than its part: an imperfect
        verb (يغني، يستعد) or a feminine noun (ضربة), unless it is a given name."""
        if self._given(t):
            return False
        f = fold(t.text)
        if f in COMPOUND_TAILS:
            return False  # عبد الله: not a feminine noun
        return (f[:1] == "ي" and len(f) >= 4) or f.endswith("ه") \
            or (len(f) >= 7 and f.endswith("ات"))  # انتقادات: a plural noun

    @staticmethod
    def _in_another_nasab_at(text: str, m: Match, given_names: frozenset[str] = frozenset()
                             ) -> bool:
        """A name that is part of someone else's nasab: a one-word name followed by بن/ابن/بنت
        (الأمير مشعل بن ماجد is not Khaled Meshaal) or any name right after بن/ابن/بنت (الأمير
        مشعل بن عبد الله بن عبد العزيز does not mention King Abdullah)."""
        if m.prefix:
            return False
        before = text[max(0, m.start - 5):m.start]
        if before.endswith((" بن ", " ابن ", " بنت ")) or before in ("بن ", "ابن ", "بنت "):
            return True
        if text.startswith(("بن ", "ابن "), m.start) and m.start >= 2 and text[m.start - 1] == " " \
                and text[m.start - 2].isalpha():
            # عيسى بن سلمان: a short form «بن سلمان» after a given name is that name's father
            prev = fold(text[:m.start - 1].rsplit(None, 1)[-1])
            return prev in given_names or (prev[:1] in "وف" and prev[1:] in given_names)
        if " " in text[m.start:m.end]:
            return False
        return text[m.end:m.end + 6].startswith((" بن ", " ابن ", " بنت "))

    def _nasab_of_another_family(self, m: Match, matches: list[Match]) -> bool:
        """A dictionary nasab followed by a family name with the article that is not the
        dictionary's: الدكتور عبد الله بن عبد العزيز [الربيعة] is not King Abdullah. Not after
        a royal title (مركز الملك عبدالله بن عبدالعزيز الدولي), nor before an adjective."""
        text = self.text
        if " بن " not in text[m.start:m.end] or m.prefix:
            return False
        fam = _FAMILY_AFTER.match(text, m.end)
        if fam is None:
            return False
        f = fam.group(1)
        if f in self.stopwords or f[2:] in self.stopwords or f in ORDINALS or f in TIME_WORDS \
                or f in EPITHETS or f in INSTITUTION_ADJECTIVES \
                or f.endswith(("يه", "ين", "ون", "ات")) \
                or (f.startswith(("الم", "الت", "الا")) and not f.endswith("ي")):
            return False
        if any(mm.word_start == m.end + 1 for mm in matches):
            return False  # a dictionary word of its own
        prev = text[max(0, m.word_start - 12):m.word_start].split()
        return not (prev and prev[-1] in ROYAL_TITLES)

    def _family_tail(self, k: int, taken: bytearray, after_given: bool = False,
                     ta_ok: bool = False) -> int:
        """Tokens of the family name after a name at token k: آل and a name word (راشد بن محمد
        آل مكتوم: 2), else a family name with the article (`_family_name`: 1 or 0)."""
        toks = self.doc.tokens
        if k + 1 < len(toks) and toks[k].text in ("آل", "ال") and self._adjacent(k) \
                and self._adjacent(k + 1) and toks[k + 1].kind == "word":
            nxt = toks[k + 1]
            f = fold(nxt.text)
            if len(f) >= 3 and f not in self.stopwords and not f.startswith("ال") \
                    and not nxt.segments and not taken[self.ms.from_original(nxt.start)]:
                return 2
            return 0
        if ta_ok:
            nasab = any(fold(tk.text) in NASAB for tk in toks[max(0, k - 4):k])
            ta_ok = nasab  # العطية after عبدالله بن خليفة
        return self._family_name(k, taken, after_given, ta_ok)

    def _family_name(self, k: int, taken: bytearray | None, after_given: bool = False,
                     ta_ok: bool = False) -> int:
        """1 when token k, right after a name, is a family name with the article (المحيسني،
        القباج، العطية): not a dictionary match, not a listed word, not a verb, no sound plural
        (اللاعبين، المنتجات); else 0. `taken` None: the caller has checked it is in no match."""
        toks = self.doc.tokens
        if k >= len(toks) or toks[k].kind != "word" or \
                self.doc.text[toks[k - 1].end:toks[k].start] != " ":
            return 0
        f = fold(toks[k].text)
        if not f.startswith("ال") or len(f) < 5 or f in self.stopwords or f[2:] in self.stopwords \
                or f in ORDINALS or f in TIME_WORDS \
                or (toks[k].text.endswith("ى") and f[2:] not in self.given_names):
            # المتوفى، الموسيقى in ى fold like a family name in ي; العيسى، الموسى (ال + a given
            # name) are family names
            return 0
        if (after_given or ta_ok) and toks[k].text.endswith("ة") and len(f) >= 6 \
                and not f.startswith(("الم", "الت", "الا")) \
                and (after_given or f[4:5] != "ا"):  # (not الخلافة after a nasab)
            pass  # عبدالله الربيعة، محمد العطية: a family name in ة after a given name
        elif not f.endswith("ي") and (f.endswith(("ين", "ون", "ات", "ه")) or (
                not after_given and (len(f) < 6 or f.startswith(("الم", "الت", "الا"))))
                or _derived_verbal_noun(f[2:])):
            # المصنف، التقدم، الاحتفاظ after a full name are participles and verbal nouns; after
            # a lone given name the word is the family name (عبدالله المنيع، أحمد التوفيق)
            return 0
        if taken is None:
            return 1
        a = self.ms.from_original(toks[k].start)
        if taken[a]:
            return 1 if f.endswith("ي") and self._absorb_nisba(a, toks[k], taken) else 0
        return 1

    def _absorb_nisba(self, a: int, tok, taken: bytearray) -> bool:
        """A nationality with the article right after a person's name is his family name or
        laqab (أبو حمزة المصري، محمد سعيد الكندي), not a country mention: the nisba mention
        at matching offset `a` is dropped and its span freed for the name."""
        e = self._token_end(tok)
        toks = self.doc.tokens
        k = bisect.bisect_right(self.tok_starts, tok.start)
        if k < len(toks) and fold(toks[k].text) in NISBA_HEADS:
            return False  # أبو عبد الله البريطاني الجنسية: an adjective, not a laqab
        prev = toks[k - 2] if k >= 2 else None
        if prev is None or not (self._given(prev) or fold(prev.text) in COMPOUND_TAILS
                                or k >= 3 and fold(toks[k - 3].text) in KUNYA):
            return False  # هشام زيدان السعودي: after a family name, the man's nationality
        for i, mt in enumerate(self.out):
            if mt.start == a and mt.end == e and mt.kind == "nisba" and mt.how == "nisba" \
                    and mt.prefix == "ال":
                del self.out[i]
                taken[a:e] = b"\x00" * (e - a)
                return True
        return False

    def _surname_match(self, ti: int) -> tuple[int, object] | None:
        """(match index, token) when token ti+1 is exactly a one-word dictionary person match
        with no proclitic, right after token ti."""
        toks = self.doc.tokens
        if ti + 1 >= len(toks) or toks[ti + 1].kind != "word" or \
                self.doc.text[toks[ti].end:toks[ti + 1].start] != " ":
            return None
        nxt = toks[ti + 1]
        a = self.ms.from_original(nxt.start)
        j = bisect.bisect_left(self.match_starts, a)
        if j >= len(self.m) or self.m[j].word_start != a or self.m[j].prefix:
            return None
        m = self.m[j]
        if self.entry(j).kind != "person" or " " in self.text[m.start:m.end] or \
                self.ms.to_original(m.start, m.end)[1] != nxt.end:
            return None
        return j, nxt

    def _name_mentions(self) -> None:
        """Other mentions of a name met after a title or a given name (الجنرال كامل نوري …
        نوري), and of the last word of a dictionary person's full name (أيمن الصفدي … الصفدي): the
        full name or its last word, as a whole word (proclitics allowed), outside other mentions.
        Later ones always; earlier ones (a headline names him first: الصفدي يلتقي …) when the key
        is a full name, a dictionary surname or shaped like no common word."""
        introduced = [mt for mt in self.out if mt.name is not None and (
            mt.how in ("title", "name") and mt.type == "PERSON"
            or (mt.how == "lexicon" and mt.kind == "person"))]
        if not introduced:
            return
        taken = bytearray(len(self.text) + 1)
        for mt in self.out:
            taken[mt.start:mt.end] = b"\x01" * (mt.end - mt.start)
        added = []
        for mt in introduced:
            full = self.text[mt.name[0]:mt.name[1]]
            # a dictionary name is found again by the dictionary: only its last word is new
            # (a one-word name that is also a word, علي = على, is not looked for again)
            keys = [] if mt.how == "lexicon" or fold(full) in self.stopwords else [full]
            words = full.split()
            last = words[-1]
            if len(words) > 1 and len(last) >= 3 and last not in self.stopwords \
                    and last not in COMPOUND_TAILS and last != "علي" \
                    and not self.gaz.automaton.exists(last) \
                    and fold(words[-2]) not in COMPOUND_HEADS \
                    and fold(words[-2]) not in NASAB and fold(last) not in ORDINALS \
                    and fold(last) not in COMPASS_WORDS:
                keys.append(last)  # not الله of عبد الله, الثاني of الحسن الثاني, شمال
            for key in keys:
                # a lone last word of a name found without a title comes back bare or after و/ف
                # (لصالح، باسم are not Saleh, Basem); other keys take any proclitic (لنوري)
                prefixes = COREF_PREFIXES if key == last and mt.how == "name" \
                    and len(words) > 1 else forms.PREFIXES_PLAIN
                family = key == last and len(words) > 1
                homograph = key == last and fold(key) in self.surname_homographs
                pos = self.text.find(key, 0 if self._sought_before(mt, key, family) else mt.end)
                while pos >= 0:
                    end = pos + len(key)
                    w = pos
                    while w > 0 and self.text[w - 1].isalnum() and pos - w <= 2:
                        w -= 1
                    if (end >= len(self.text) or not self.text[end].isalnum()) \
                            and (w == 0 or not self.text[w - 1].isalnum()) \
                            and self.text[w:pos] in prefixes \
                            and 1 not in taken[pos:end] \
                            and (w == pos or mt.how == "lexicon"
                                 or self.text[w:end] not in self.stopwords) \
                            and not (pos < mt.start and self._opens_quote(w)) \
                            and not (key == last and self._in_another_name(w, pos, words[0])) \
                            and not (homograph and (self._homograph_as_word(w) or (
                                pos < mt.start and not self._cued_at(w)))):
                        # (لصالح "in favour of" is no mention of a man named صالح after a
                        # title; a dictionary person's لصالح is)
                        if key == last and w == pos and len(words) > 1:
                            w = pos = self._with_word_before(pos, words[-2], taken)
                        taken[pos:end] = b"\x01" * (end - pos)
                        added.append(Mention(pos, end, "PERSON", mt.canonical, mt.code, mt.country,
                                             mt.role, "coref", mt.actor_id, self.text[w:pos],
                                             mt.office, "title", mt.translit, (pos, end),
                                             person_like=True))
                    pos = self.text.find(key, end)
        if added:
            self.out.extend(added)
            self.out.sort(key=lambda mt: mt.start)

    def _given_names_alone(self) -> None:
        """A known given name alone (وقال مايكل إن …) is the one person of the article whose
        name of two words or more, met before or after, begins with it (مايكل نيومان): the same
        actor (how="coref"), also when a rule read it as a name of its own (وأضاف مايكل أن).
        Not when another person's name holds that word too (محمد of أحمد بن محمد), nor a
        dictionary person's (محمد alone is seldom محمد بن سلمان)."""
        named_alone = [mt for mt in self.out if mt.how == "name" and mt.kind == "person"
                       and mt.name and " " not in self.text[mt.name[0]:mt.name[1]]]
        if not self._lone_given and not named_alone:
            return
        holders: dict[str, set[str]] = {}  # name word -> actors whose name holds it
        firsts: dict[str, Mention] = {}
        for mt in self.out:
            if mt.type != "PERSON" or mt.name is None:
                continue
            words = fold(self.text[mt.name[0]:mt.name[1]]).split()
            for w in words:
                holders.setdefault(w, set()).add(mt.actor_id)
            if mt.how in ("name", "title") and len(words) > 1 and words[0] not in COMPOUND_HEADS:
                firsts.setdefault(words[0], mt)
        if not firsts:
            return
        for mt in named_alone:
            word = fold(self.text[mt.name[0]:mt.name[1]])
            if word in firsts and len(holders[word]) == 2 and word in self.given_names:
                src = firsts[word]  # the one-word name and the person: one actor
                mt.canonical, mt.code, mt.country, mt.role = src.canonical, src.code, \
                    src.country, src.role
                mt.actor_id, mt.translit, mt.how, mt.office = src.actor_id, src.translit, \
                    "coref", src.office
        spans = sorted((mt.start, mt.end) for mt in self.out)
        toks = self.doc.tokens
        added = []
        for ti in self._lone_given:
            t = toks[ti]
            src = firsts.get(t.norm)
            if src is None or len(holders[t.norm]) != 1 or t.norm in LONE_GIVEN_WORDS \
                    or not self._alone_before(ti + 1) \
                    or self._name_word_before(ti):
                continue  # (علي عبده إسماعيل: a name's last word)
            start = next((sg.start for sg in t.segments if sg.kind == "stem"), t.start) \
                if t.segments else t.start
            a, s = self.ms.from_original(t.start), self.ms.from_original(start)
            e = self.ms.from_original(t.end - 1) + 1
            k = bisect.bisect_right(spans, (e, e)) - 1
            if k >= 0 and spans[k][0] < e and spans[k][1] > a:
                continue  # inside another mention
            added.append(Mention(s, e, "PERSON", src.canonical, src.code, src.country, src.role,
                                 "coref", src.actor_id, self.text[a:s], src.office, "title",
                                 src.translit, (s, e), person_like=True))
        if added:
            self.out.extend(added)
            self.out.sort(key=lambda mt: mt.start)

    def _alone_before(self, k: int) -> bool:
        """Does token k show that the given name before it stands alone, not as the first word
        of a name the rules missed (محمد بنيس، خوان بالاسيوس، محمد الخامس)? The end of the
        sentence, punctuation or a number, a listed word (قبل، الذي، على), a clause verb, a word
        after و, a word with a pronoun (زوجته) or an imperfect (يغني)."""
        toks = self.doc.tokens
        if k >= len(toks) or toks[k].kind != "word" or toks[k].sentence != toks[k - 1].sentence:
            return True
        t = toks[k]
        f = fold(t.text)
        if len(f) < 2:
            return False  # a pronoun written apart (عمر ه): no name at all
        return f in self.stopwords or f[0] == "و" or _verb_after_name(f) or _short_imperfect(f) \
            or (f[0] == "ف" and f[1:] in self.stopwords) \
            or any(sg.kind == "enclitic" for sg in t.segments)

    def _sought_before(self, mt: Mention, key: str, family: bool) -> bool:
        """Is name `key` of mention mt looked for before mt too? A full name of two words or
        more, a dictionary person's surname, a `family` name after a given name shaped like a
        nisba (الشمراني), or a name read after a title shaped like no common noun: not definite
        (الرحيل), not in ة/ه/ا (إدارة، برنامجا), not a plural, four letters or more."""
        if " " in key or mt.how == "lexicon":
            return True
        if mt.how == "name" and not family:
            return False  # one word after a clause verb (وكتبت فيسبوك): too weak a name
        f = fold(key)
        if len(f) < 4 or f in self.stopwords or f.endswith("ات") \
                or len(f) >= 6 and f.endswith(("ون", "ين")):
            return False  # (a plural read as a name, وممثلو جماعات: looked for after it only)
        if f.startswith("ال"):
            return family and f.endswith("ي") and len(f) >= 6
        return not f.endswith(("ة", "ه", "ا"))

    def _cued_at(self, w: int) -> bool:
        """Is the word at matching offset `w` right after a title mention, an honorific or a
        person noun (الرئيس [عون]، الأستاذ [هيكل])? What a surname that is also a common word
        needs before the person's full name; not a clause verb, which may govern the word
        (وطلب [عون] من جيرانه)."""
        o = self.ms.to_original(w, w + 1)[0]
        ti = bisect.bisect_right(self.tok_starts, o) - 1
        toks = self.doc.tokens
        if ti < 1 or toks[ti - 1].sentence != toks[ti].sentence or not self._adjacent(ti):
            return False
        prev = toks[ti - 1]
        if self.name_cues is not None and self.name_cues.kind(prev) in ("honorific", "noun"):
            return True
        end = self._token_end(prev)
        return any(mt.end == end and mt.kind == "title" for mt in self.out)

    def _homograph_as_word(self, w: int) -> bool:
        """Is the surname at matching offset `w` that is also a common word (الجميل، هيكل، عون)
        here that word: an adjective after a definite word that is no title or cue (ذلك الزمان
        [الجميل]، الماضي [الجميل]، الهلال [الأحمر]), or a noun in construct before a name (أسطورة
        [هيكل] سليمان)? After a title, a cue, a verb or an indefinite noun it is the person
        (الرئيس عون، وقال الجميل، مناصري عون، سيرة الفيصل)."""
        o = self.ms.to_original(w, w + 1)[0]
        ti = bisect.bisect_right(self.tok_starts, o) - 1
        toks = self.doc.tokens
        nxt = ti + 1
        if nxt < len(toks) and toks[nxt].sentence == toks[ti].sentence and self._adjacent(nxt) \
                and (self._given(toks[nxt]) or self._person_match_at(nxt)):
            return True
        if ti < 1 or toks[ti - 1].sentence != toks[ti].sentence or not self._adjacent(ti):
            return False
        prev = toks[ti - 1]
        if not fold(prev.text).startswith(("ال", "وال", "بال", "لل")) \
                or (self.name_cues is not None and self.name_cues.kind(prev) is not None):
            return False
        end = self._token_end(prev)
        return not any(mt.end == end and mt.kind == "title" for mt in self.out)

    def _with_word_before(self, pos: int, word: str, taken: bytearray) -> int:
        """Where a surname met alone begins when the word before it is the name's own word
        before the surname (فان باستن of ماركو فان باستن): there, else at `pos`."""
        a = pos - len(word) - 1
        if a >= 0 and self.text[a:pos] == word + " " and 1 not in taken[a:pos] \
                and (a == 0 or not self.text[a - 1].isalnum()):
            return a
        return pos

    def _opens_quote(self, w: int) -> bool:
        """Does the word at matching offset `w` open a quotation («بوغاتي»، «فورد GT»)? Before
        the person is named, a name so quoted is a brand's, a company's or a work's; after
        it, news often quotes the surname of the person it names (وطالب “الأحمري”)."""
        return w > 0 and self.text[w - 1] in "«“\""

    def _in_another_name(self, w: int, pos: int, first: str) -> bool:
        """Is the surname at matching offset `pos` (its proclitics from `w`) part of a name the
        rules did not read? After a known given name it is (سمير الهاشمي, محمد القباج: someone
        else, or a full name missed), unless the name's `first` word is before that one: the
        father's name between (سعد محمد دوابشة of سعد دوابشة)."""
        o = self.ms.to_original(pos, pos + 1)[0]
        ti = bisect.bisect_right(self.tok_starts, o) - 1
        toks = self.doc.tokens
        if ti < 0:
            return False
        before = w == pos and ti > 0 and self._adjacent(ti) \
            and toks[ti - 1].sentence == toks[ti].sentence
        if not (before and self._given(toks[ti - 1])):
            return False
        return not (ti > 1 and self._adjacent(ti - 1) and fold(toks[ti - 2].text) == fold(first))

    def _name_word_before(self, ti: int) -> bool:
        """Is token ti-1, right before ti in its sentence, a word that may be a name's (ناجح،
        ولدو): bare, a name word (`_name_word`: unlisted, not definite, no و), not in ة/ه, not
        shaped like a verb?"""
        toks = self.doc.tokens
        if ti < 1 or not self._adjacent(ti) or toks[ti - 1].sentence != toks[ti].sentence:
            return False
        t = toks[ti - 1]
        f = fold(t.text)
        verbs = self.name_cues.verbs if self.name_cues is not None else frozenset()
        return t.kind == "word" and not t.segments and len(f) >= 3 and f not in verbs \
            and self._name_word(f, first=False) and not f.endswith(("ة", "ه")) \
            and not _verb_after_name(f)

    def _single(self, i: int) -> None:
        m, e = self.m[i], self.entry(i)
        s = m.span_start
        if e.kind == "person":
            code, role, office = self.person_code(e)
            self.out.append(Mention(s, m.end, "PERSON", e.canonical, code, e.country, role,
                                    "lexicon", e.id, m.prefix, office, "person",
                                    name=(self._after_titles(s, m.end), m.end), person_like=True))
        elif e.kind == "org":
            if self._common_noun_org(i) or self._listed_word_with_clitic(i):
                return  # القاعدة الجوية: the air base; فوات الأوان
            self.out.append(Mention(s, m.end, "ORG", e.canonical, e.code, e.country, e.role,
                                    "lexicon", e.id, m.prefix, kind="org",
                                    name=self._name_span(i, s), person_like=True))
        elif e.kind == "country":
            if self._adjective_place(i):
                return  # دعم مالي
            club = self._country_club(i)
            if club is not None:
                self._club_mention(i, club, self._name_span(i, s))
                return
            self.out.append(Mention(s, m.end, "GPE", e.canonical, e.code, e.country, None,
                                    "lexicon", e.id, m.prefix, kind="country",
                                    name=self._name_span(i, s)))
        elif e.kind == "nisba":
            if self.text[m.start:m.end] in self.gaz.broken_plurals \
                    and forms.preposition_of(m.prefix) and not m.prefix.endswith(("ال", "لل")):
                return  # بروس is Bruce, not "with Russians": a broken plural takes the article
            if self._right_hand(i):
                return  # الجهة اليمنى، اليد اليمنى: "right", not Yemeni
            if e.scope_only:
                return  # الأكراد alone: a people, coded only as an actor noun's (KURREB)
            self.out.append(Mention(s, m.end, "GPE", e.canonical, e.code, e.country, None, "nisba",
                                    e.id, m.prefix, kind="nisba"))
        elif e.kind == "city":
            self._city(i)

    def _city(self, i: int) -> None:
        m, e = self.m[i], self.entry(i)
        s = m.span_start
        place = True
        if e.capital and e.country:
            place = self._is_place(i)
        name = self._name_span(i, s)
        if self._adjective_place(i) or self._common_word_place(i):
            return  # الصحابي الجليل، دعم مالي: an adjective spelled like a place
        club = self._club_nisba(i)
        if club is not None:
            # برشلونة الإسباني، ليون الفرنسي: a city is feminine; a masculine nationality after it
            # makes it a club (نادٍ), one organisation mention with the nisba
            self._club_mention(i, club, name)
            return
        if place:
            self.out.append(Mention(s, m.end, "LOC", e.canonical, None, e.country, None, "lexicon",
                                    e.id, m.prefix, kind="city", name=name))
        else:
            code = self.gaz.country_code(e.country)
            self.out.append(Mention(s, m.end, "GPE", e.canonical, code, e.country, None,
                                    "metonymy", e.id, m.prefix, kind="city", name=name))

    def _clubs_before_nisba(self) -> None:
        """An unknown name of one or two words right before a masculine singular definite
        nationality in sports news is a club (ميلان الإيطالي، هيلاس فيرونا الإيطالي، بورتو
        البرتغالي): a city would take the feminine, and a player is named after a title or a
        cue, which the name rules before this one have read. One organisation mention with the
        nisba, of its country. Not after punctuation (، ومنح الجزائري: a verb opening a clause)."""
        toks = self.doc.tokens
        taken = self._taken()
        added: list[tuple[Mention, Mention]] = []
        for mt in self.out:
            if mt.kind != "nisba" or mt.prefix != "ال" or self.doc.text[
                    self.ms.to_original(mt.start, mt.end)[1] - 1] != "ي":
                continue  # المجرى "the channel" folds like المجري "Hungarian"
            ti = bisect.bisect_left(self.tok_starts, self.ms.to_original(mt.start, mt.end)[0])
            if ti < 2 or ti >= len(toks) or not self._adjacent(ti) \
                    or not self._sports_sentence(mt.start):
                continue
            k = ti - 1
            if not self._club_word(toks[k], taken):
                continue
            if self._adjacent(k) and k >= 2 and self._club_word(toks[k - 1], taken) \
                    and toks[k - 2].kind == "word" and self._club_first_word(toks[k - 1]):
                k -= 1  # هيلاس فيرونا، كونيا سبورت
            if toks[k - 1].kind != "word" or fold(toks[k].text)[0] in "وف" \
                    and not self._adjacent(k):
                continue
            a = self.ms.from_original(toks[k].start)
            text = self.doc.text[toks[k].start:toks[ti - 1].end]
            added.append((mt, Mention(a, mt.end, "ORG", self.romanize(text) or text, None,
                                      mt.country, None, "name", f"club:{fold(text)}", "",
                                      kind="org", name=(a, self._token_end(toks[ti - 1])),
                                      person_like=True)))
            taken[a:mt.end] = b"\x01" * (mt.end - a)
        if added:
            gone = {id(n) for n, _ in added}
            self.out = sorted([mt for mt in self.out if id(mt) not in gone]
                              + [c for _, c in added], key=lambda mt: mt.start)

    def _club_first_word(self, t) -> bool:
        """Can token t open a club's name of two words? Not a plural or a word with ل, which
        are nouns before the name (محاولات فيورنتينا، لصفوف فيورنتينا), nor a person noun
        (مدافع مورجيس)."""
        f = fold(t.text)
        nouns = self.name_cues.person_nouns if self.name_cues is not None else {}
        return not f.endswith(("ات", "ين", "ون")) and f[0] != "ل" and f not in nouns

    def _club_word(self, t, taken: bytearray) -> bool:
        """Can token t be a word of a club's unknown name? A name-like word outside every
        mention, not a given name, a verb (اكتفى), a verbal noun (انتقال، باستبدال) or a word in
        ة or a pronoun (نظيره، برها)."""
        f = fold(t.text)
        verbs = self.name_cues.verbs if self.name_cues is not None else frozenset()
        return t.kind == "word" and not t.segments and len(f) >= 3 \
            and not t.text.endswith(("ة", "ه", "ها", "ى")) \
            and not taken[self.ms.from_original(t.start)] and f not in self.given_names \
            and f not in verbs and self._name_word(f, first=True) \
            and not _verb_after_name(f) and not _masdar(f) and not _masdar(f[1:]) \
            and not (len(f) == 6 and f[0] == "ا" and f[4] == "ا")  # انتقال، اجتماع

    def _club_mention(self, i: int, club: int, name: tuple[int, int]) -> None:
        """One organisation mention for place match i and the nationality match `club` after
        it (برشلونة الإسباني، قطر القطري), the club of that country."""
        m, e = self.m[i], self.entry(i)
        self.out.append(Mention(m.span_start, self.m[club].end, "ORG", e.canonical, None,
                                self.entry(club).country, None, "name", f"club:{e.id}", m.prefix,
                                kind="org", name=name, person_like=True))
        self.skip_to = club + 1

    def _name_span(self, i: int, s: int) -> tuple[int, int]:
        """The proper name in a dictionary form of a place or organisation: without a generic
        noun before it (مدينة غزة، قطاع غزة، دولة الكويت -> غزة، الكويت), a compass word before
        another place (جنوب لبنان -> لبنان; not a country: جنوب أفريقيا), an organisation noun
        before another form of an organisation (حركة طالبان، وكالة فرانس برس). An epithet
        after it stays (مكة المكرمة: the corpora disagree)."""
        m, e = self.m[i], self.entry(i)
        words = self.text[m.start:m.end].split(" ")
        a, b = s, m.end
        if len(words) < 2:
            return a, b
        head, rest = words[0], " ".join(words[1:])
        if e.kind == "org" and (head[2:] if head.startswith("ال") else head) in CLUB_NOUNS:
            return m.end - len(rest), b  # النادي الأهلي -> الأهلي
        if e.kind in ("city", "country") and head in PLACE_NOUNS:
            a, words = m.end - len(rest), words[1:]
        else:
            kinds = ()
            if head in COMPASS_WORDS and e.kind == "city":
                kinds = ("city", "country")
            elif head in ORG_NOUNS and e.kind == "org":
                kinds = ("org",)
            hit = self.gaz.automaton.get(rest, None) if kinds else None
            if hit and any(self.gaz.entries[x].kind in kinds for x, _ in hit[1]):
                a, words = m.end - len(rest), words[1:]
        return a, b

    def _adjective_place(self, i: int) -> bool:
        """A one-word place spelled like an adjective and used as one: after a definite noun
        with the article (الصحابي الجليل، الحركة السلمية), or, ending in ي, after an
        indefinite noun when it is a common adjective (دعم مالي، فائض مالي; مطار دبي is a
        construct)."""
        m = self.m[i]
        word = self.text[m.word_start:m.end]
        if " " in word or m.prefix not in ("", "ال"):
            return False
        o_start = self.ms.to_original(m.word_start, m.end)[0]
        prev = self._prev_words(o_start, 1)
        p = prev[0] if prev else ""
        bare = p[1:] if p[:1] in "وف" and len(p) > 3 else p  # وقال مالي: after a verb
        verbs = self.name_cues.verbs if self.name_cues is not None else frozenset()
        if not p or any(w in PREPOSITIONS or w in LOCATIVE_WORDS or w in PLACE_NOUNS
                        or w in COMPASS_WORDS or w in verbs for w in (p, bare)):
            return False
        if word.startswith("ال"):
            # only a word that reads as an adjective: a feminine in -ية (الحركة السلمية) or a
            # listed one (الصحابي الجليل); زار الوزير الرياض keeps its place
            return p.startswith("ال") and not p.endswith("ه") and (
                word.endswith("يه") or word in DEFINITE_ADJECTIVE_HOMOGRAPHS)
        return word in ADJECTIVE_HOMOGRAPHS and not p.startswith(("ال", "لل"))

    def _right_hand(self, i: int) -> bool:
        """Is nisba match i اليمنى "the right one" (الجهة اليمنى، اليد اليمنى), which folds like
        اليمني (Yemeni)? Written with ى after a feminine noun in ة or a feminine body part:
        the feminine of Yemeni is اليمنية, so the word can only be "right" there (Egyptian
        spelling writes الرئيس اليمنى for the Yemeni president, after a masculine noun)."""
        m = self.m[i]
        o_start, o_end = self.ms.to_original(m.word_start, m.end)
        if not self.doc.text[o_start:o_end].endswith("ى"):
            return False
        prev = self._prev_words(o_start, 1)
        return bool(prev) and (prev[0].endswith("ه") or prev[0] in RIGHT_HAND_NOUNS)

    def _listed_word_with_clitic(self, i: int) -> bool:
        """Is one-word match i, after a proclitic, as a whole word a listed common word
        (فعالية is no ف + عالية, فوات no ف + وات, بليون no ب + ليون)?"""
        m = self.m[i]
        if not m.prefix or m.prefix.endswith("ال") or " " in self.text[m.start:m.end]:
            return False
        o_start = self.ms.to_original(m.word_start, m.end)[0]
        k = bisect.bisect_right(self.tok_starts, o_start) - 1
        return 0 <= k < len(self.doc.tokens) and fold(self.doc.tokens[k].text) in self.stopwords

    def _common_word_place(self, i: int) -> bool:
        """A place match that is a common word: a whole word the common-word lists hold
        (فعالية is no ف + عالية, كسرت no ك + سرت, بليون no ب + ليون), or a place whose name is
        also an adjective or noun (words.json "place_homographs": المدى القصير، العملية
        السلمية، مهارة عالية، الطبقة المتوسطة) without a preposition, locative or place noun
        before it (في القصير، بالزاوية، مدينة السلمية), or with a definite word after it that is
        no match (في الزاوية اليمنى، للطبقة المتوسطة)."""
        if self._listed_word_with_clitic(i):
            return True
        m = self.m[i]
        o_start, o_end = self.ms.to_original(m.word_start, m.end)
        toks = self.doc.tokens
        homographs = self.name_cues.place_homographs if self.name_cues is not None else ()
        key = fold(self.text[m.start:m.end])
        prep = m.prefix.removeprefix("و").removeprefix("ف")
        if key.startswith("لل"):
            key, prep = "ال" + key[2:], "ل"  # للطبقة: ل and the article, fused
        if key not in homographs and "ال" + key not in homographs:
            return False
        if not prep or prep == "ال":
            prev = self._prev_words(o_start, 1)
            p = prev[0] if prev else ""
            bare = p[1:] if p[:1] in "وفبل" and len(p) > 2 else p
            if any(w in PLACE_NOUNS or w in COMPASS_WORDS or w in ("مطار", "العاصمة")
                   for w in (p, bare, bare[1:] if bare[:1] in "بل" else bare)):
                return False  # مدينة الزاوية، لمدينة القصير، مطار الطبقة العسكري
            if not any(w in PREPOSITIONS or w in LOCATIVE_WORDS for w in (p, bare)):
                return True  # المدى القصير، العملية السلمية
        n = bisect.bisect_left(self.tok_starts, o_end)
        return n < len(toks) and toks[n].kind == "word" and fold(toks[n].text).startswith("ال")
        # في الزاوية اليمنى، للطبقة المتوسطة: the corner, the class

    def _club_nisba(self, i: int) -> int | None:
        """The index of a masculine singular definite nationality right after city or country
        match i in sports news (برشلونة الإسباني), else None."""
        j = self._masculine_nisba_after(i)
        return j if j is not None and self._sports_sentence(self.m[i].start) else None

    def _masculine_nisba_after(self, i: int) -> int | None:
        """The index of a masculine singular definite nationality right after match i
        (الإسباني, not الإسبانية), else None."""
        j = i + 1
        if j >= len(self.m) or self.gap(self.m[i].end, j) != " ":
            return None
        nm, ne = self.m[j], self.entry(j)
        word = self.text[nm.start:nm.end]
        if ne.kind != "nisba" or nm.prefix != "ال" or not word.endswith("ي"):
            return None
        return j

    def _country_club(self, i: int) -> int | None:
        """The index of the country's own masculine nisba right after country match i (قطر
        القطري، الكويت الكويتي): a country is never said of itself, so the two name its club
        (نادٍ), in any sentence; else None."""
        j = self._masculine_nisba_after(i)
        return j if j is not None and self.entry(j).country == self.entry(i).country else None

    def _sports_sentence(self, pos: int) -> bool:
        """Is the sentence at matching offset `pos` sports news (a words.json sports word)?"""
        if self.name_cues is None or not self.name_cues.sports:
            return False
        si = self.doc.sentence_at(self.ms.to_original(pos, pos + 1)[0])
        if si < 0:
            return False
        if si not in self._sports:
            sent = self.doc.sentences[si]
            k = bisect.bisect_left(self.tok_starts, sent.start)
            words = self.name_cues.sports
            toks = self.doc.tokens
            found = False
            while k < len(toks) and toks[k].start < sent.end:
                if toks[k].norm in words or fold(toks[k].text) in words:
                    found = True
                    break
                k += 1
            self._sports[si] = found
        return self._sports[si]

    def _is_place(self, i: int) -> bool:
        m = self.m[i]
        prep = forms.preposition_of(m.prefix)
        if prep in ("ب", "ك"):
            return True
        o_start = self.ms.to_original(m.word_start, m.end)[0]
        si = self.doc.sentence_at(o_start)
        if si >= 0 and self.doc.sentences[si].kind == "dateline":
            return True
        prev = self._prev_words(o_start, 3)
        if prev and prev[0] in LOCATIVE_WORDS:
            return True
        if self.text[m.end:m.end + 2].lstrip(" ").startswith(":") and (
                si < 0 or not self.doc.text[self.doc.sentences[si].start:o_start].strip()
                or self._after_byline(o_start)):
            return True  # a dateline the layout did not mark: «الخرطوم: أحمد يونس»
        if prep == "ل" and any(w in VISIT_WORDS for w in prev):
            return True
        if m.prefix.startswith("و") and self.out and self.out[-1].kind == "city" \
                and self.text[self.out[-1].end:m.word_start].strip() == "":
            return self.out[-1].type == "LOC"
        return False

    def _after_byline(self, o_pos: int) -> bool:
        """Is original offset `o_pos` right after a dash that follows a place, a colon and a
        name on its line (القاهرة: سوسن أبو حسين - [بيروت]: …)?"""
        text = self.doc.text
        before = text[text.rfind("\n", 0, o_pos) + 1:o_pos].rstrip()
        return before.endswith(("-", "–")) and ":" in before and len(before) < 80

    def _prev_words(self, o_pos: int, k: int) -> list[str]:
        """Folded texts of the up to `k` word tokens before original offset `o_pos` (nearest
        first), stopping at punctuation."""
        j = bisect.bisect_left(self.tok_starts, o_pos) - 1
        out = []
        toks = self.doc.tokens
        while j >= 0 and len(out) < k:
            t = toks[j]
            if t.kind != "word":
                break
            out.append(fold(t.text))
            j -= 1
        return out

    # -- titles --------------------------------------------------------------------------------
    def _deputy(self, i: int) -> int | None:
        """نائب + a title (نائب رئيس الإمارات، النائب الثاني لرئيس مجلس الوزراء، نائب وزير
        الخارجية): the deputy of that office, not a member of parliament nor the office holder.
        The title after it is composed as usual, then made the deputy's: its role and country,
        "deputy …" as the canonical name, no office; a name after it is the deputy's own. None
        when match i is not such a نائب."""
        m = self.m[i]
        word = fold(self.text[m.start:m.end])
        if word in DEPUTY_OF_HIM:
            a, b = self.ms.to_original(m.start, m.end)
            if self.doc.text[a:b].endswith(("ه", "ها", "هم")):
                # نائبه، نائبها: his or her deputy, no member of parliament; the office is
                # that of the person before, which the sentence does not say
                self.out.append(Mention(m.span_start, m.end, "PERSON", "deputy", None, None,
                                        None, "title", "role:deputy", m.prefix, None, "title",
                                        person_like=True))
                return i + 1
        if word not in DEPUTY_WORDS or i + 1 >= len(self.m):
            return None
        nm = self.m[i + 1]
        if self.entry(i + 1).kind != "title" or not (
                nm.prefix in ("", "ل", "لل", "ال") or nm.flags & forms.FUSED):
            return None
        gap = self.text[m.end:nm.word_start].split()
        if not self.text[m.end:nm.word_start].startswith(" ") or \
                any(w not in ORDINALS for w in gap) or len(gap) > 1:
            return None
        first = len(self.out)
        self._deputy_title = True
        try:
            k = self._title(i + 1)
        finally:
            self._deputy_title = False
        if len(self.out) == first or self.out[first].start > nm.end:
            return k  # the title after it was an adjective: no mention
        mt = self.out[first]
        inner = self.entry(i + 1)
        mt.start, mt.prefix = m.span_start, m.prefix
        if mt.name is None:
            code = _country_role_code(self.gaz.country_code(mt.country), inner.role)
            where = self.gaz.country_name(mt.country)
            canonical = f"deputy {inner.canonical}"
            mt.canonical = f"{canonical} of {where}" if where else canonical
            mt.code, mt.role, mt.how, mt.office = code, inner.role, "title", None
            mt.actor_id = f"role:{code}:{canonical}"
        return k

    def _case_clash(self, a: Match, b: Match) -> bool:
        """Two sound plurals in different cases (مسلحون فرنسيين): the second is no adjective of
        the first (here the object of a verb)."""
        return forms.case_clash(self.text[a.start:a.end], self.text[b.start:b.end])

    def _title(self, i: int) -> int:
        m, title = self.m[i], self.entry(i)
        if self._attributive(i):
            return i + 1
        if self._nisba_surname(i):
            return i + 2
        deputy = self._deputy(i)
        if deputy is not None:
            return deputy
        start, end = m.span_start, m.end
        scope_country: str | None = None
        scope_org: Entry | None = None
        scope_role: str | None = None  # the role of an institution in the scope (باسم الخارجية)
        dual = bool(m.flags & forms.DUAL)
        second: Match | None = None
        nested: tuple[tuple[int, int, int], ...] = ()
        j = i + 1
        # السابق، المؤقت، المكلف: right after the title (الرئيس السابق لليمن) or after its
        # country (الرئيس اليمني السابق), or in the title's own key (an ELI entry)
        qual = self._entry_qualifier(m)
        q = None if qual else self._qualifier(m, title, end)
        if q is not None:
            qual, end = q
            while j < len(self.m) and self.m[j].span_start < end:
                j += 1  # بالوكالة is no news agency here
        g = self.gap(end, j)
        if g is not None:
            link = g.strip(" «")
            ne, nm = self.entry(j), self.m[j]
            definite_title = self._definite(m) and not (qual and nm.flags & forms.FUSED)
            # the adjective agrees in definiteness: الرئيس التركي, but الأمير تركي بن … is a name
            if ne.kind == "nisba" and link == "" and nm.prefix == ("ال" if definite_title else "") \
                    and not self._case_clash(m, nm):
                scope_country, end = ne.country, nm.end
                j += 1
                if dual and j < len(self.m) and self.text[end:self.m[j].word_start] == " " \
                        and self.entry(j).kind == "nisba" \
                        and self.m[j].prefix in ("و", "وال"):
                    second = self.m[j]
                    j += 1
            elif ne.kind == "country" and link in ("", "ل") and not title.country and (
                    nm.prefix in ("", "ل", "لل") or nm.flags & forms.FUSED) and not (
                    definite_title and link == "" and nm.prefix == ""):
                # (a title with its own country, وزير الخارجية الأميركي مصر, has no country after
                # it: the country is the verb's object; nor has a definite title, which takes no
                # genitive: أبلغ الوزير روسيا، حذر الرئيس إيران)
                scope_country, end = ne.country, nm.end
                nested = ((nm.span_start if nm.flags & forms.FUSED else nm.start, nm.end,
                           nm.entry),)
                j += 1
            elif ne.kind == "body" and link in ("", "ل") and not nm.prefix.startswith(("و", "ف")) \
                    and self._body_scope(j) is not None:
                # المتحدث باسم الخارجية الإيرانية، قائد الجيش اللبناني
                scope_country, k2 = self._body_scope(j)
                scope_role, end = ne.role, self.m[k2].end
                j = k2 + 1
            elif self._heads_body(m, title, j, g):
                # رئيس الجمعية الوطنية، رئيس الكتلة النيابية: the head of a body has its role
                scope_role, end = ne.role, nm.end
                j += 1
            elif ne.kind == "org" and link in ("", "ل") and nm.prefix in ("", "ل", "لل"):
                scope_org, end = ne, nm.end
                nested = ((nm.span_start if nm.flags & forms.FUSED else nm.start, nm.end,
                           nm.entry),)
                j += 1
        if scope_org is not None and scope_org.country and scope_org.role not in (None, "GOV") \
                and self.text[m.start:m.end].split(" ")[0] in MINISTER_WORDS:
            # وزير البيشمركة: the minister of an armed or other body is of its country's
            # government, not one of its men
            scope_country, scope_org = scope_org.country, None
        if scope_country is None and scope_org is None and title.country:
            scope_country = title.country  # خادم الحرمين الشريفين: always the Saudi king
        if qual is None and (scope_country or scope_org) and j > i + 1:
            q = self._qualifier(m, title, end)
            if q is not None:
                qual, end = q
                while j < len(self.m) and self.m[j].span_start < end:
                    j += 1
        if second is not None:
            self._title_alone(title, start, end, scope_country, None, m.prefix)
            self._title_alone(title, second.span_start if second.prefix != "و" else second.start,
                              second.end, self.entry(j - 1).country, None, "")
            return j
        # further titles (آية الله) and a name, maybe after a few qualifying words
        # (المرشد الأعلى للجمهورية الإسلامية آية الله علي خامنئي، الرئيس الشرعي لهذا البلد X)
        qualified = False
        office_title = title  # the office a chain of titles names: the first, or after a rank
        chain_nisba = False
        # (a title after an adjective of our own is another description: رئيس البرلمان السابق
        # نائب رئيس الجمهورية الحالي, two offices, the second held now)
        after_qualifier = q is not None
        while True:
            if self.gap(end, j) == " " and self.entry(j).kind == "title" \
                    and not self.m[j].prefix and not after_qualifier \
                    and not (self._definite(m) and not self._definite(self.m[j])) \
                    and not self._title_of_another_country(j, scope_country or title.country,
                                                           title) \
                    and not self._office_of_another_person(j, scope_country or title.country,
                                                           title):
                # (الوزير دبلوماسيين روس: an indefinite title after a definite one is another
                # actor, the object, not a further title of the same person; so is a title of
                # another country: استقبل خادم الحرمين الشريفين وزير الدفاع الأميركي, and any
                # other office after a head of state's title: … وزير الدفاع)
                if office_title.office is None and self.entry(j).office:
                    office_title = self.entry(j)  # الفريق أول ركن رئيس هيئة الأركان: a rank
                qual = None  # رئيس الوزراء السابق نائب رئيس الجمهورية: now the deputy
                end = self.m[j].end
                j += 1
                if scope_country is None and scope_org is None and j < len(self.m) \
                        and self.entry(j).kind == "nisba" and self.gap(end, j) == " " \
                        and self.m[j].prefix == ("ال" if self._definite(self.m[j - 1]) else ""):
                    # … رئيس هيئة الأركان المصري: the country of the whole chain
                    scope_country, end = self.entry(j).country, self.m[j].end
                    chain_nisba = True  # (no name after a comma then: … السعودي، بتأمين)
                    j += 1
                    break
            elif self._qualifiers_then_name(end, j):
                end = self.m[j].span_start - 1
                qualified = True
            else:
                break
        title = office_title
        g = self.gap(end, j)
        if g == " " and j == i + 1 and end == m.end and self.entry(j).kind == "person" \
                and not self.m[j].prefix \
                and not (self._definite(m) or scope_country or scope_org or dual) \
                and not (m.prefix.endswith("ل") and self.text[m.start] == "ل"):
            # (للواء محمود: ل + the article fused with a title in ل, no construct)
            return self._title_of_person(i, j)  # مستشارة أوباما: Obama's adviser, not Obama
        if g in NAME_GAPS and self.entry(j).kind == "person" and not self.m[j].prefix \
                and not (qual and self.m[j].flags & forms.FUSED) \
                and not self._other_country_surname(j, scope_country):
            # (المبعوث الخاص السابق للقذافي: the envoy of Gaddafi, no name of the envoy)
            pm, pe = self.m[j], self.entry(j)
            code, role, office = self.person_code(pe, title.office)
            if qual == "former":
                code, role, office = self._former_holder(pe, title, scope_country, code, role,
                                                         office)
            elif (qual is None and title.office and office != title.office and scope_country
                    and not qualified and pe.country in (None, scope_country)):
                # the article gives the office (رئيس الوزراء العراقي X) where the dictionary
                # has no such role on that date: trust the article
                code = _country_role_code(self.gaz.country_code(scope_country), title.role)
                role, office = title.role, title.office
            elif self._titled_now(pe, title, qual, role, office, scope_country):
                # الوزير شتاينتس: an unqualified title the dictionary person never held is what
                # he is now, where the dictionary knows only offices that ended (ELI)
                code = _country_role_code(self.gaz.country_code(pe.country), title.role)
                role = title.role
            self.out.append(Mention(start, pm.end, "PERSON", pe.canonical, code, pe.country, role,
                                    "lexicon", pe.id, m.prefix, office or title.office, "person",
                                    name=(self._after_titles(pm.start, pm.end), pm.end),
                                    person_like=True, nested=nested,
                                    former=self._former_key(title, qual)))
            return j + 1
        definite = self._definite(m)
        name = None
        if (definite or scope_country or scope_org) and not dual:
            # a lone word after a title is too often the verb's object or a preposition (رفض
            # الرئيس السوري ترسيم الحدود، المتحدث باسم): one word only when a comma closes it
            name = self._unknown_name(end, allow_comma=bool(scope_org or scope_country)
                                      and not chain_nisba, min_words=2, after_title=True)
        if name is not None:
            n_start, n_end, n_text = name
            while j < len(self.m) and self.m[j].word_start < n_end:
                j += 1  # matches inside the name are part of it
            country = scope_country or (scope_org.country if scope_org else None)
            if scope_org is not None:
                code = scope_org.code
                role = scope_org.role or title.role
            else:
                role = "ELI" if qual == "former" else scope_role or title.role
                code = _country_role_code(self.gaz.country_code(country), role)
            translit = self.romanize(n_text, country)
            self.out.append(Mention(start, n_end, "PERSON", translit or n_text, code, country,
                                    role, "title", "name:" + fold(n_text), m.prefix,
                                    title.office if qual in (None, "acting") else None,
                                    "title", translit=translit, name=(n_start, n_end),
                                    person_like=True, nested=nested,
                                    former=self._former_key(title, qual)))
            return j
        if not (definite or scope_country or scope_org or scope_role) and self._after_noun(m):
            return j  # an indefinite title after a noun is an adjective: مؤتمر صحافي
        self._title_alone(title, start, end, scope_country, scope_org, m.prefix, scope_role,
                          qual)
        self.out[-1].nested = nested
        if scope_country or scope_org:
            self.out[-1].former = self._former_key(title, qual)
        return j

    def _nisba_surname(self, i: int) -> bool:
        """A title that is also a given name, bare and indefinite, right before a nisba that is
        also a family name, is a person's name (أمير كردي، سلطان مصري: the footballer Amir
        Kurdi, no Kurdish prince): a PERSON without code is added for the two words. A title
        with the article (الأمير) or a nisba of a state with princes (أمير سعودي) is a title."""
        m, title = self.m[i], self.entry(i)
        if not title.given_name or i + 1 >= len(self.m) or m.prefix not in ("", "و", "ف") \
                or fold(self.text[m.start:m.end]) != title.forms[0]:
            return False  # الأمير، أميرين: a title
        nm, nisba = self.m[i + 1], self.entry(i + 1)
        if nisba.kind != "nisba" or not nisba.nisba_surname or nm.prefix \
                or self.gap(m.end, i + 1) != " " or fold(self.text[nm.start:nm.end]) != nisba.forms[0]:
            return False  # أمير كردية، أمير الكردي: no family name
        s, e = m.span_start, nm.end
        start, end = self.ms.to_original(s, e)
        text = self.doc.text[start:end]
        translit = self.romanize(text)
        self.out.append(Mention(s, e, "PERSON", translit or text, None, None, None, "name",
                                f"name:{fold(text)}", m.prefix, kind="person",
                                translit=translit, name=(s, e), person_like=True))
        return True

    def _heads_body(self, m: Match, title: Entry, j: int, gap: str) -> bool:
        """Is indefinite title `m` in construct with the definite body at match j, whose head
        it is (رئيس الجمعية الوطنية: LEG)? Not a minister, who is of the government whatever
        he is minister of (MINISTER_WORDS), nor a definite title (الرئيس الحكومة: two actors),
        nor a preacher's title, also the participle "calling" (داعية الحكومة إلى), nor a body
        after ل (كرئيس للإدارة)."""
        if gap != " " or self._definite(m) or title.role in (None, "ELI", "REL"):
            return False
        ne, nm = self.entry(j), self.m[j]
        head = self.text[m.start:m.end].split(" ")[0]
        return ne.kind == "body" and not nm.prefix and not nm.flags & forms.FUSED \
            and head not in MINISTER_WORDS and (
            self._definite(nm) or self.text[nm.start:nm.end].startswith("ال"))

    @staticmethod
    def _titled_now(pe: Entry, title: Entry, qual: str | None, role: str | None,
                    office: str | None, scope_country: str | None) -> bool:
        """Does the title before dictionary person `pe` say what he is on the date? Only where the
        dictionary makes him a former office holder (ELI from offices that all ended) and the title
        is unqualified, of his country, not ELI itself, and not an office he held: الرئيس بيل
        كلينتون stays the former president, الوزير شتاينتس (a minister again) is a minister."""
        return (qual is None and role == "ELI" and office is None and pe.role != "ELI"
                and title.role not in (None, "ELI") and pe.country is not None
                and scope_country in (None, pe.country)
                and not any(r.office == title.office for r in pe.roles if title.office))

    @staticmethod
    def _former_key(title: Entry, qual: str | None) -> str | None:
        """"former president" for a former title (see _link_former_titles), else None."""
        if qual != "former":
            return None
        return title.canonical if title.code == "ELI" else f"former {title.canonical}"

    def _link_former_titles(self) -> None:
        """A bare former title (الرئيس المخلوع، الرئيس السابق: an ELI entry with no country
        and no name) is the actor the article last called by that former title with a country
        or a name (الرئيس اليمني المخلوع علي عبد الله صالح … الرئيس المخلوع: Saleh)."""
        last: dict[str, Mention] = {}
        for mt in sorted(self.out, key=_START):
            if mt.former is not None:
                last[mt.former] = mt
            elif mt.kind == "title" and mt.how == "title" and mt.role == "ELI" \
                    and mt.country is None and mt.name is None and mt.canonical in last:
                ante = last[mt.canonical]
                mt.canonical, mt.code, mt.country, mt.role = \
                    ante.canonical, ante.code, ante.country, ante.role
                mt.actor_id, mt.translit, mt.how = ante.actor_id, ante.translit, "coref"

    def _former_holder(self, pe: Entry, title: Entry, country: str | None,
                       code: str | None, role: str | None, office: str | None
                       ) -> tuple[str | None, str | None, str | None]:
        """(code, role, office) of a dictionary person named after a former title (الرئيس
        اليمني السابق علي عبد الله صالح): a role of his own on the date if he has one (Saleh
        led his party), never the office the title names; else ELI of his country, as former
        state office holders are coded; a former leader of a group keeps the group's code."""
        r = role_at(pe.roles, self.date)
        if r is not None and not (title.office and r.office == title.office):
            return code, role, office
        if r is None and pe.role not in FORMER_ELI_ROLES:
            return pe.code, pe.role, None
        return _country_role_code(self.gaz.country_code(pe.country or country), "ELI"), "ELI", \
            None

    def _qualifier(self, m: Match, title: Entry, end: int) -> tuple[str, int] | None:
        """A qualifying adjective (TITLE_QUALIFIERS) right after matching offset `end` that
        agrees in gender with title match m: (kind, end of the adjective), or None."""
        if self.text[end:end + 1] != " ":
            return None
        a = end + 1
        b = a
        while b < len(self.text) and self.text[b].isalpha():
            b += 1
        kind = TITLE_QUALIFIERS.get(self.text[a:b])
        if kind is None:
            return None
        if kind == "designate" and (not title.office or self.text[b + 1:b + 2] == "ب"):
            return None  # قاضي التحقيق المكلف بالملف: charged with, no office-designate
        if self._deputy_title and self.text[a:b] in LATE_WORDS:
            return None  # نائب الزعيم الراحل الملا عمر: the deputy of the late leader
        words = self.text[m.start:m.end].split(" ")
        if len(words) > 1 and words[0] not in DEPUTY_WORDS and self._office_word(words[-1]):
            # مستشار الرئيس السابق: the adviser of the former president (but نائب الرئيس
            # السابق is a former vice president: one office)
            return None
        head = self.text[m.word_start:m.end].split(" ", 1)[0]
        if self.text[b - 1] == "ه" and not head.endswith("ه") and self.text[a] != "ب":
            return None  # رئيس الحكومة السابقة: the adjective of the noun before it
        return kind, b

    def _office_word(self, word: str) -> bool:
        """Is the (folded) word a title of an office of its own (الرئيس، الملك)?"""
        for key in (word, word[2:] if word.startswith("ال") else None):
            hit = self.gaz.automaton.get(key, None) if key else None
            if hit and any(self.gaz.entries[x].kind == "title" and self.gaz.entries[x].office
                           for x, _ in hit[1]):
                return True
        return False

    def _entry_qualifier(self, m: Match) -> str | None:
        """"former" when the title key ends with such a qualifier (الرئيس السابق, an ELI entry),
        else None (الرئيس المؤقت، رئيس الوزراء المكلف are titles of their own, with no office)."""
        kind = TITLE_QUALIFIERS.get(self.text[m.start:m.end].rsplit(" ", 1)[-1])
        return kind if kind == "former" else None

    def _title_of_another_country(self, j: int, country: str | None, title: Entry) -> bool:
        """Is title match j followed by the nisba of a country other than `country` (that of
        the title before it), or, when that title is a head of state's with no country, another
        office with a nisba of its own (استقبل الملك وزير الخارجية المصري: two persons; not
        the chain of one person's offices: النائب الثاني لرئيس مجلس الوزراء وزير الدفاع
        السعودي)?"""
        k = j + 1
        if not (k < len(self.m) and self.entry(k).kind == "nisba"
                and self.text[self.m[j].end:self.m[k].word_start] == " "):
            return False
        if country:
            return self.entry(k).country != country
        other = self.entry(j).office
        return title.office in HEAD_OF_STATE_OFFICES and bool(other) and other != title.office

    def _office_of_another_person(self, j: int, country: str | None, title: Entry) -> bool:
        """Is title match j, right after the title of a head of state (with no nisba after it:
        see _title_of_another_country), another office, held on the date by someone else, or
        by no one known (استقبل خادم الحرمين الشريفين وزير الدفاع، الرئيس وزير الثقافة: the
        verb's object)? Not a military rank (الرئيس المشير), nor an office the head of state
        holds too (the Saudi king is prime minister)."""
        nxt = self.entry(j)
        other = nxt.office
        if self._deputy_title:
            return False  # نائب رئيس الدولة رئيس مجلس الوزراء: the deputy's offices, one man
        if title.office not in HEAD_OF_STATE_OFFICES or other == title.office \
                or (not other and nxt.role == "MIL") \
                or not (self._definite(self.m[j - 1]) and self._definite(self.m[j])):
            return False  # (الرئيس المشير: a rank of the same man; رئيس وزراء: one construct)
        if country:
            mine = self.gaz.offices.holder(title.office, country, self.date)
            theirs = self.gaz.offices.holder(other, country, self.date)
            if mine is not None and theirs is not None and mine[0] == theirs[0]:
                return False
        return True

    def _title_of_person(self, i: int, j: int) -> int:
        """An indefinite title in construct with a dictionary person (مستشارة أوباما، مساعد
        بوتين، مندوب البغدادي) names the title holder, not that person: the title's role in
        the person's country ("adviser of Barack Obama", USAGOV), the person nested. A name
        after it, maybe after a لـ-complement (مستشارة أوباما لمكافحة الإرهاب ليزا موناكو), is
        the holder's. Returns the next match index."""
        m, title = self.m[i], self.entry(i)
        pm, pe = self.m[j], self.entry(j)
        noun, role = title.canonical, title.role
        if fold(self.text[m.start:m.end]) in DEPUTY_WORDS:
            noun, role = "deputy", self.person_code(pe)[1]  # نائب أوباما: Obama's deputy
        code = _country_role_code(self.gaz.country_code(pe.country), role)
        canonical = f"{noun} of {pe.canonical}"
        nested = ((pm.start, pm.end, pm.entry),)
        got = self._name_after_complement(pm.end)
        if got is None:
            self.out.append(Mention(m.span_start, pm.end, "PERSON", canonical, code, pe.country,
                                    role, "title", f"role:{code}:{noun}:{pe.id}",
                                    m.prefix, None, "title", person_like=True, nested=nested))
            return j + 1
        n_start, n_end, n_text, k = got
        translit = self.romanize(n_text, pe.country)
        self.out.append(Mention(m.span_start, n_end, "PERSON", translit or n_text, code,
                                pe.country, role, "title", "name:" + fold(n_text),
                                m.prefix, None, "title", translit=translit,
                                name=(n_start, n_end), person_like=True, nested=nested))
        return k

    def _name_after_complement(self, end: int) -> tuple[int, int, str, int] | None:
        """A name of two or three words after matching offset `end`, maybe after a complement
        of up to three words opened by لـ (لمكافحة الإرهاب، للشؤون الخارجية): (start, end,
        original text, index of the first match after it), or None. The last word may be a
        one-word place of the dictionary (ليزا موناكو)."""
        toks = self.doc.tokens
        k = bisect.bisect_left(self.tok_starts, self.ms.to_original(end - 1, end)[1])
        if k < len(toks) and toks[k].kind == "word" and self._adjacent(k) \
                and fold(toks[k].text)[:1] == "ل" and len(toks[k].text) >= 4:
            k += 1
            while k < len(toks) and k - 1 >= 0 and self._adjacent(k) and toks[k].kind == "word" \
                    and fold(toks[k].text).startswith("ال") and not self._given(toks[k]):
                k += 1
        names = []
        while k < len(toks) and len(names) < 3 and toks[k].kind == "word" and self._adjacent(k):
            t = toks[k]
            f = fold(t.text)
            a = self.ms.from_original(t.start)
            j = bisect.bisect_left(self.match_starts, a)
            matched = j < len(self.m) and self.m[j].word_start == a
            if matched:
                mm = self.m[j]
                place = not mm.prefix and " " not in self.text[mm.start:mm.end] \
                    and self.entry(j).kind in ("city", "country")
                if not (names and place):
                    break
                names.append(t)
                k += 1
                break
            if not self._name_word(f, first=not names) or t.segments or _not_a_name_part(t):
                break
            names.append(t)
            k += 1
        if len(names) < 2 or not self._name_closed(k):
            return None
        a = self.ms.from_original(names[0].start)
        b = self._token_end(names[-1])
        nxt = bisect.bisect_left(self.match_starts, b)
        return a, b, self.doc.text[names[0].start:names[-1].end], nxt

    def _after_noun(self, m: Match) -> bool:
        o_start = self.ms.to_original(m.word_start, m.end)[0]
        prev = self._prev_words(o_start, 1)
        if not prev or m.prefix:
            return False
        w = prev[0]
        return w not in self.stopwords and not (w[:1] in "وف" and w[1:] in self.stopwords)

    def _qualifiers_then_name(self, end: int, j: int) -> bool:
        """Only up to four qualifying words (article-marked, or لهذا البلد) between a title and
        a title or person at match j that leads to a person."""
        g = self.gap(end, j)
        if not g or not g.startswith(" ") or not g.endswith(" ") or g == " ":
            return False
        words = g.split()
        if len(words) > 4 or not all(
                w.isalpha() and (w.startswith(("ال", "لل")) or w in QUALIFIER_WORDS)
                and w not in self.stopwords for w in words):
            return False
        k = j
        while k < len(self.m) and self.entry(k).kind == "title" and not self.m[k].prefix:
            if self.gap(self.m[k].end, k + 1) != " ":
                return False
            k += 1
        return k < len(self.m) and self.entry(k).kind == "person" and not self.m[k].prefix

    def _after_titles(self, start: int, end: int) -> int:
        """Where the name starts in a dictionary form that begins with titles (الملك محمد السادس,
        خادم الحرمين الشريفين الملك سلمان): after the longest run of leading title keys."""
        words = self.text[start:end].split(" ")
        pos, k = start, 0
        while k < len(words) - 1:
            for n in range(len(words) - 1, k, -1):
                phrase = " ".join(words[k:n])
                for key in (phrase, phrase[2:] if phrase.startswith("ال") else None):
                    hit = self.gaz.automaton.get(key, None) if key else None
                    if hit and any(self.gaz.entries[x].kind == "title" for x, _ in hit[1]):
                        break
                else:
                    continue
                pos += len(phrase) + 1
                k = n
                break
            else:
                break
        return pos

    def _title_alone(self, title: Entry, start: int, end: int, country: str | None,
                     org: Entry | None, prefix: str, role: str | None = None,
                     qual: str | None = None) -> None:
        """A title without a name: the office holder on the date, else the role itself. A
        qualified title (`qual`: former, acting, designate; see TITLE_QUALIFIERS) is never the
        holder: a former one is the ELI of its country (YEMELI), the others the title's role."""
        scope = country or (org.code if org else None)
        if qual is not None and title.code != "ELI":
            if qual == "former":
                role = "ELI"
            title = replace(title, canonical=QUALIFIED_CANONICAL[qual].format(title.canonical),
                            office=None)
        if title.office and scope:
            found = self.gaz.offices.holder(title.office, scope, self.date)
            if found is not None:
                who, role = found
                pe = self.gaz.entries[who]
                self.out.append(Mention(start, end, "PERSON", pe.canonical, role.code, pe.country,
                                        role.code[3:6] if len(role.code) >= 6 else title.role,
                                        "office", pe.id, prefix, title.office, "title",
                                        person_like=True))
                return
        role = role or title.role
        if org is not None:
            code, where = org.code, org.canonical
        else:
            code, where = _country_role_code(self.gaz.country_code(country), role), \
                self.gaz.country_name(country)
        canonical = f"{title.canonical} of {where}" if where else title.canonical
        self.out.append(Mention(start, end, "PERSON", canonical, code, country, role,
                                "title", f"role:{code}:{title.office or title.canonical}", prefix,
                                title.office, "title", person_like=True))

    def _unknown_name(self, end: int, allow_comma: bool, min_words: int = 1,
                      cued: bool = False, after_title: bool = False, feminine: bool = False
                      ) -> tuple[int, int, str] | None:
        """Up to three name-like words right after matching offset `end`, not in any match
        (after a comma too when `allow_comma`). Returns matching offsets and original text.
        `feminine`: after a feminine cue, words in ا may be a woman's name (ماريا شارابوفا)."""
        o_end = self.ms.to_original(end - 1, end)[1] if end > 0 else 0
        k = bisect.bisect_left(self.tok_starts, o_end)
        toks = self.doc.tokens
        text = self.doc.text
        if allow_comma and k < len(toks) and toks[k].text in ("،", ","):
            k += 1
        nxt = bisect.bisect_left(self.match_starts, end)
        while nxt < len(self.m) and self._name_like_match(nxt):
            nxt += 1  # تركي، سلطان: a bare nisba or title word inside a name
        next_match = self.match_starts[nxt] if nxt < len(self.match_starts) else None
        names = []
        heads = 0  # عبد / أبو / بن do not count towards the three words of a name
        while k < len(toks) and len(names) < 3 + heads:
            t = toks[k]
            if t.kind != "word":
                break
            between = text[names[-1].end:t.start] if names else ""
            if between.strip() or "\n" in between:
                break  # no name runs on over a line break (a recipe's «ورق لورا / بصلة»)
            f = fold(t.text)
            if t.segments and self._hamza_al(t):
                f = f.replace("ال", "ا", 1)  # ألكسندر: a foreign name, not the article
            particle = f in NAME_PARTICLES or f == "لا" and fold(names[-1].text) in ("دو", "دي") \
                if names else False
            if particle and fold(names[-1].text) not in COMPOUND_HEADS \
                    and not (len(names) == 1 and _verb_shape(fold(names[0].text))):
                names.append(t)  # روبن فان بيرسي، جان مارك دو لا سابليير
                heads += 1
                k += 1
                continue
            if not names and self._ali_opens(k):
                names.append(t)  # الوزير علي حسن المجيد: Ali, in a text that spells على apart
                k += 1
                continue
            if names and t.text == "علي" and fold(names[-1].text) not in COMPOUND_HEADS:
                names.append(t)  # محمد علي العظمي: Ali spelled with ي inside a name, not على
                k += 1
                continue
            if names and f in COMPOUND_TAILS and fold(names[-1].text) not in COMPOUND_HEADS \
                    and not names[-1].segments and fold(names[-1].text)[:1] not in "بلك":
                names.append(t)  # محيي الدين، عطا الله: one given name of two words
                heads += 1
                k += 1
                continue
            if names and fold(names[-1].text) in COMPOUND_HEADS and f.startswith("ال") \
                    and len(f) > 3 and f not in self.stopwords \
                    and (next_match is None or self.ms.from_original(t.start) < next_match
                         or self._place_word_at(t)):
                names.append(t)  # عبد الله، أبو العلا (not جمال المرأة, a dictionary body)
                k += 1
                continue
            if f in COMPOUND_HEADS:
                heads += 1
            if names and fold(names[-1].text) not in COMPOUND_HEADS \
                    and self._common_word_after_name(k):
                break  # إيزابيل [فرحتها]: a noun with a pronoun ends the name
            if self._closes_name(t, f, names, heads, after_title):
                break  # محمد أحمد [برصاص]، الرئيس الفلسطيني [إحراق]، X [قال]
            if (not self._name_word(f, first=not names)
                    or (next_match is not None and self.ms.from_original(t.start) >= next_match)):
                break
            names.append(t)
            k += 1
        if len(names) > 1 and names[-1].text == "علي" and not self._ali_ends_name(k):
            names.pop()  # جوزيه على فريقه، تيم سيباستيان على ذلك: the preposition
        while names and (fold(names[-1].text) in COMPOUND_HEADS
                         or fold(names[-1].text) in NAME_PARTICLES or names[-1].text == "لا"):
            names.pop()  # a name cut after عبد / أبو / فان is not a name
        if len(names) == 2 and (self._given(names[0]) or names[0].text == "علي") \
                and self._given(names[1]) \
                and k < len(toks) and (next_match is None
                                       or self.ms.from_original(toks[k].start) < next_match) \
                and self._family_name(k, None, after_given=True):
            names.append(toks[k])  # العميد محمد ماجد العيطان: given, father's, family name
            k += 1
        closed = bool(names) and k < len(toks) and toks[k].text in ("،", ",")
        if len(names) < min_words and not (len(names) == 1 and closed):
            return None
        if sum(fold(t.text).endswith("ه") for t in names) >= 2:
            return None  # هدنة إنسانية: nouns and adjectives, not a name
        first = fold(names[0].text)
        if feminine and len(names) > 2 and fold(names[-1].text).endswith("ا") \
                and not _woman_name_word(names[-1], names[-2]):
            names.pop()  # الفنانة مها أحمد [برنامجا]: her name, then its object
        # الروسية [ماريا شارابوفا]: after a feminine cue, a woman's name, not two accusatives
        woman = feminine and all(_woman_name_word(t, names[i - 1] if i else None)
                                 or not fold(t.text).endswith("ا") for i, t in enumerate(names))
        if not woman and sum(fold(t.text).endswith("ا") for t in names) >= 2 or not woman and (
                len(first) >= 5 and first.endswith("ا") and not (
                    # نيكولا فروتوس after a cue noun: a foreign first name, not an adverb
                    cued and len(names) >= 2 and "\u064b" not in names[0].text
                    and first[0] != "م" and first not in ACCUSATIVE_WORDS)):
            return None  # هجوما عنيفا، تحديدا: indefinite accusatives and adverbs, not a name
        a = self.ms.from_original(names[0].start)
        b = self.ms.from_original(names[-1].end - 1) + 1
        return a, b, text[names[0].start:names[-1].end]

    def _closes_name(self, t, f: str, names: list, heads: int, after_title: bool) -> bool:
        """A word no name runs into, unless a known given name: a clause verb (X [قال]، [أكد]),
        a plural nisba (الوزير [دبلوماسيين]), as the first word after a title a verbal noun
        (الرئيس الفلسطيني [إحراق] منزل; elsewhere and later ones are too often names: ليلى
        إحسان، المخرجة إيمان خضر, and _name_at tests the shapes that are not), after it a word
        with the tanween of the accusative ([تاركًا]) and, after two name words (عبد counted
        with its word), an indefinite accusative (محمد منير [حفلا]; not after a particle: لولا
        دا سيلفا, nor in a name with another word in ا)."""
        if self._given(t):
            return False
        verbs = self.name_cues.verbs if self.name_cues is not None else frozenset()
        if f in verbs or (f[:1] in "وف" and f[1:] in verbs) or (
                f[:1] == "س" and t.segments and t.norm[:1] in "يت" and t.norm in self.stopwords):
            return True  # (سيكون: the future of a listed verb)
        if len(f) >= 6 and f.endswith(("يين", "يون")):
            return True
        segs = {sg.kind: self.doc.text[sg.start:sg.end] for sg in t.segments}
        if segs.get("enclitic", "")[:1] == "ه" and len(segs.get("stem", "")) >= 3:
            return True  # سلطان عمان [بعودته]، أبو بكر [بجمعها]، [مدته]: a known noun and a pronoun
        if not names:
            if after_title and f[0] == "ي" and _verb_after_name(f):
                return True  # الوزيرة الأميركية [يحمل]: an imperfect is no name
            if f[0] == "و" and len(f) >= 7 and f.endswith("ات"):
                return True  # كأس خادم الحرمين الشريفين [ومسابقات]: a plural noun, not a name
            return after_title and (
                _masdar(f) or (t.text.startswith("إ") and len(f) == 5 and f[3] == "ا")
                or (len(f) >= 5 and f[0] == "ا" and f[2] == "ت" and f[3] == "ا"))
        if "\u064b" in t.text:
            return True
        last = fold(names[-1].text)
        if last not in COMPOUND_HEADS and last not in NAME_PARTICLES and (
                _verb_after_name(f) or _short_imperfect(f) or _preposition_and_word(t)
                or _not_a_name_part(t) and (
                    t.segments or f[0] != "ب" or f[1] not in "اون")
                and (f[0] == "م" or not f.endswith("ا"))):
            # (a listed accusative is left to the tests below: منصور زعيما جديدا is no name at
            # all; a participle in م ends one: طالباني [متضامنا])
            # عباس [يتحدث]، [يشن]، زيان [بخطورة]، هارينجتون [محلل]: the next word; no family name
            # in با/بو/بن (بدر باسلمة، عبد العزيز بوتفليقة، عبد الإله بنكيران)
            return True
        return len(names) - heads >= 2 and f.endswith("ا") and len(f) >= 4 \
            and last not in NAME_PARTICLES and last not in COMPOUND_HEADS \
            and not any(fold(n.text).endswith("ا") for n in names)

    def _ali_ends_name(self, k: int) -> bool:
        """May علي end a name before token k: the end, punctuation, a complementiser or a
        family name with the article in ي (محمد علي العظمي), not a word it governs as على
        (على ذلك، على سبيل)."""
        toks = self.doc.tokens
        if k >= len(toks) or toks[k].kind != "word":
            return True
        f = fold(toks[k].text)
        return f in CLOSING_WORDS or (f.startswith("ال") and f.endswith("ي") and len(f) >= 5
                                      and f not in self.stopwords
                                      and not toks[k].text.endswith("ى"))

    def _body_scope(self, j: int) -> tuple[str, int] | None:
        """(country, index of its match) when body match j is followed by its nisba
        (الخارجية الإيرانية) or country (وزارة خارجية إيران)."""
        k = j + 1
        if k >= len(self.m):
            return None
        ne, nm = self.entry(k), self.m[k]
        if self.text[self.m[j].end:nm.word_start] != " ":
            return None
        if ne.kind == "nisba" and nm.prefix == ("ال" if self._definite(self.m[j]) or
                                                self.m[j].flags & forms.HAS_ARTICLE else ""):
            return ne.country, k
        if ne.kind == "country" and not nm.prefix:
            return ne.country, k
        return None

    def _definite(self, m: Match) -> bool:
        """Is the matched phrase definite? A construct phrase is as definite as its last word:
        الرئيس، وزير الخارجية (definite); رئيس، وزير خارجية (not)."""
        if m.flags & forms.FUSED or m.prefix.endswith(("ال", "لل")):
            return True
        words = self.text[m.start:m.end].split(" ")
        return len(words) > 1 and words[-1].startswith(("ال", "لل"))

    def _place_word_at(self, t) -> bool:
        """Is token t exactly a one-word city match (العلا after أبو)?"""
        a = self.ms.from_original(t.start)
        j = bisect.bisect_left(self.match_starts, a)
        if j >= len(self.m) or self.m[j].word_start != a:
            return False
        m = self.m[j]
        return " " not in self.text[m.start:m.end] and self.entry(j).kind == "city"

    def _name_like_match(self, j: int) -> bool:
        """A one-word match without article or proclitic that is only a nisba or title."""
        m = self.m[j]
        return not m.prefix and " " not in self.text[m.start:m.end] \
            and all(self.gaz.entries[x].kind in ("nisba", "title") for x, _ in m.hits) \
            and not m.flags & forms.HAS_ARTICLE

    def _name_word(self, f: str, first: bool) -> bool:
        """Can the folded word `f` be part of a name? Not a function word (also with a pronoun
        suffix: منه، له), nor article-marked, nor a preposition or conjunction + verb/masdar
        (لإبرام، بالخصوص، وتأسف), nor ending in a pronoun (رحمهما); و starts only a name."""
        if len(f) < 2 or f in self.stopwords:
            return False
        if f.startswith(("ال", "لل", "بال", "وال", "فال", "كال", "لا")) and len(f) > 3:
            return False
        if f[0] in "بلك" and f[1:] in self.stopwords:
            return False  # لقوات: a preposition and a common noun
        if f[0] in "وف" and f not in self.given_names:  # وليد، فيصل are names
            rest = f[1:]
            if rest in self.stopwords or rest.startswith("ال"):
                return False
            # و inside a name is "and" (جورج بوش وتوني بلير); ف rarely is (فهمي، فياضي)
            if not first and (f[0] == "و" or rest in self.given_names):
                return False
            if first and rest[:1] in "تينبل" and rest not in self.given_names and not (
                    f[0] == "ف" and len(f) >= 6 and rest[0] == "ي"
                    and not rest.startswith(("يت", "يست", "ين"))) and not (
                    f[0] == "ف" and len(f) >= 7 and rest[0] == "ل"
                    and not f.endswith(("ين", "ون", "ات", "يه"))):  # فلوريان، فلاديمير
                return False  # وتأسف، فيقول; not ويوسف، ونبيل، فيرغسون، فيشمان
        for suf in ("هما", "هم", "ها", "ه"):
            if f.endswith(suf) and f[:-len(suf)] in self.stopwords:
                return False
        return not f.endswith(("هما", "هم"))

    # -- bodies --------------------------------------------------------------------------------
    def _attributive(self, i: int) -> bool:
        """An agent word used as an adjective (see _attributive_word), or a definite agent word
        right after one (خطابهم الإعلامي المتشدد: both adjectives of the discourse)."""
        m = self.m[i]
        if (m.word_start - 1 in self._adjective_ends
                and self.text[m.word_start - 1] == " " and m.prefix == "ال") \
                or self._attributive_word(i):
            self._adjective_ends.add(m.end)
            return True
        return False

    def _attributive_word(self, i: int) -> bool:
        """An agent word that is here an adjective of the definite noun (or name) before it:
        السياسة الخارجية، الهجوم الانتحاري، تنظيم داعش الإرهابي، المؤتمر الصحافي."""
        m = self.m[i]
        word = self.text[m.word_start:m.end]
        if " " in word or not word.startswith("ال") \
                or not word.endswith(("ي", "يه", "يين", "يون", "يات")):
            return False
        if self.out and self.text[self.out[-1].end:m.word_start].lstrip("»\"”") == " ":
            return True  # right after another mention: داعش الإرهابي
        o_start = self.ms.to_original(m.word_start, m.end)[0]
        prev = self._prev_words(o_start, 1)
        if not prev or prev[0] in self.stopwords:
            return False
        if prev[0].startswith("ال") or (prev[0][:1] in "وف" and prev[0][1:].startswith("ال")
                                        and prev[0][1:] not in self.stopwords):
            return True  # (والحدود البحرية: the noun joined by و takes its adjective too)
        core = prev[0][1:] if prev[0][:1] in "وف" and len(prev[0]) > 5 else prev[0]
        if len(core) > 5 and ((core[:1] in "بك" and core[1:].startswith("ال"))
                              or core.startswith("لل")):
            return True  # a definite noun after a preposition: بالتهديدات الخارجية
        # a singular nisba after a noun with a pronoun suffix (خطابهم الإعلامي، شؤونهم الداخلية),
        # not after a verb with its object (تفرضها الميليشيات، أسسها الدبلوماسي الفرنسي)
        k = bisect.bisect_left(self.tok_starts, o_start) - 1
        before = self.doc.tokens[k].text if k >= 0 else ""
        suffix = next((x for x in ("هما", "هم", "ها", "كم", "هن") if before.endswith(x)), "")
        if not suffix and before.endswith("ته"):
            suffix = "ه"  # قيادته: ة + his, written ت
        stem = prev[0][:len(prev[0]) - len(suffix)]
        if suffix and stem.endswith("ت") and not stem.endswith("ات") \
                and _feminine_noun_stem(stem[:-1]):
            return word.endswith(("ي", "يه"))  # عقيدتها البحرية، سياستها الخارجية
        # (a noun's stem: four letters or more, not ending like a perfect verb with its object,
        # أسسها، شكلتها، تبناها، قتلوهم, nor shaped like an imperfect, تفرضها)
        return bool(suffix) and len(stem) >= 4 and word.endswith(("ي", "يه")) \
            and not (stem.endswith("ت") and not stem.endswith("ات")) \
            and not stem.endswith(("ا", "و")) and not (stem[0] in "يتن" and len(stem) <= 5)

    def _common_noun_org(self, i: int) -> bool:
        """A bare organisation name that is here its common noun (COMMON_NOUN_ORGS): القاعدة
        before a feminine definite adjective (القاعدة الجوية، القاعدة الشعبية; not القاعدة
        الإرهابية), الجزيرة after شبه or a compass word (شمال الجزيرة), or either after a
        preposition (في القاعدة، إلى الجزيرة) in an article that speaks of a base or an island
        (قاعدة عسكرية، جزيرة) and never names the organisation by a longer form (تنظيم القاعدة،
        قناة الجزيرة)."""
        m = self.m[i]
        noun = COMMON_NOUN_ORGS.get(fold(self.text[m.word_start:m.end]))
        if noun is None:
            return False
        o_start, o_end = self.ms.to_original(m.word_start, m.end)
        toks = self.doc.tokens
        k = bisect.bisect_left(self.tok_starts, o_end)
        if k < len(toks) and toks[k].kind == "word" and self.doc.text[o_end:toks[k].start] == " ":
            nxt = toks[k].text
            if nxt.startswith("ال") and nxt.endswith("ة") and len(nxt) > 4 \
                    and fold(nxt) not in ORG_ADJECTIVES:
                return True
        prev = self._prev_words(o_start, 1)
        if not m.prefix and prev and prev[0] in COMMON_NOUN_PLACE_HEADS:
            return True
        after_preposition = (m.prefix and m.prefix[-1] in "بل") \
            or (bool(prev) and prev[0] in BASE_PREPOSITIONS)
        if not after_preposition:
            return False
        e = self.entry(i)
        if any(self.entry(x) is e and " " in self.text[mm.word_start:mm.end]
               for x, mm in enumerate(self.m)):
            return False  # تنظيم القاعدة in the same article: the organisation
        bare = self.doc.text[o_start:o_end]
        return regex.search(r"(?<![\p{L}])" + noun + " ", self.doc.text) is not None \
            or regex.search(r"(?<![\p{L}])(?:[وبلف]*)" + bare + r" ال\p{L}{3,}ة(?!\p{L})",
                            self.doc.text) is not None

    def _other_country_surname(self, j: int, country: str | None) -> bool:
        """A one-word name of another country's person after a title with a country
        (الرئيس اليمني المنفي is not Libya's al-Menfi)."""
        pe, m = self.entry(j), self.m[j]
        return bool(country and pe.country and pe.country != country
                    and " " not in self.text[m.start:m.end])

    def _adjective_surname(self, i: int) -> bool:
        """A one-word nisba-like surname (الهجري، المنفي) right after a definite noun is that
        noun's adjective: القرن السابع الهجري, الرئيس اليمني المنفي."""
        m = self.m[i]
        word = self.text[m.word_start:m.end]
        if m.prefix or " " in word or not word.startswith("ال") or not word.endswith("ي"):
            return False
        if self.out and self.text[self.out[-1].end:m.word_start] == " ":
            return True
        o_start = self.ms.to_original(m.word_start, m.end)[0]
        prev = self._prev_words(o_start, 1)
        return bool(prev) and prev[0].startswith("ال") and prev[0] not in self.stopwords

    def _coordinated_with_a_thing(self, i: int) -> bool:
        """و + a body after a definite word that is no actor: an abstract noun in a list
        (الاستقرار والأمن، التكاتف الجيد للغاية والمقاومة), not the security forces."""
        m = self.m[i]
        if not m.prefix.startswith("و") or " " in self.text[m.start:m.end]:
            return False
        if self.out and self.text[self.out[-1].end:m.word_start].strip(" ،") == "":
            return False  # joined to an actor: الحكومة والجيش
        o_start = self.ms.to_original(m.word_start, m.end)[0]
        prev = self._prev_words(o_start, 1)
        return bool(prev) and prev[0].startswith(("ال", "لل")) and prev[0] not in self.stopwords

    def _concept(self, i: int) -> bool:
        """A one-word security body followed by a word that makes it a concept (الأمن القومي،
        الأمن الغذائي، الأمن والاستقرار): security, not the security forces."""
        m, body = self.m[i], self.entry(i)
        if body.role != "COP" or " " in self.text[m.start:m.end] or not self.concepts:
            return False
        o_end = self.ms.to_original(m.word_start, m.end)[1]
        k = bisect.bisect_left(self.tok_starts, o_end)
        toks = self.doc.tokens
        return k < len(toks) and toks[k].kind == "word" and \
            self.doc.text[o_end:toks[k].start] == " " and fold(toks[k].text) in self.concepts

    def _hamza_homograph(self, i: int) -> bool:
        """A one-word body that is here another noun its key folds like: written with that
        noun's hamza (الأعلام، أعلاماً: flags), or without a hamza before a feminine adjective
        (الاعلام الفلسطينية; the media take a masculine one)."""
        m = self.m[i]
        key = fold(self.text[m.start:m.end])
        if fold(key[2:] if key.startswith("ال") else key) not in self._hamza_folded:
            return False  # (most bodies: no homograph, nothing more to read)
        o_start, o_end = self.ms.to_original(m.start, m.end)
        written = self.doc.text[o_start:o_end]
        written = written[2:] if written.startswith("ال") else written
        if any(written.startswith(h) for h in self.hamza_homographs):
            return True
        if written[:1] != "ا":
            return False
        prev = self._prev_words(o_start, 1)
        if prev and (prev[0].endswith(("ه", "ات")) or prev[0] in CONSTRUCT_PLURALS):
            return False  # وكالة الاعلام الروسية، وسائل الاعلام التركية: the head's adjective
        k = bisect.bisect_left(self.tok_starts, o_end)
        toks = self.doc.tokens
        return k < len(toks) and toks[k].kind == "word" and toks[k].start - o_end == 1 and \
            toks[k].text.startswith("ال") and toks[k].text.endswith("ة")

    def _adjective_of_action(self, i: int) -> bool:
        """A one-word singular group noun right after a noun of armed action is its adjective
        (هجوم مسلح، النزاع المسلح، تمرداً مسلحاً، تفجيراً انتحارياً), not the men: only the
        plurals and a singular after a verb or a number are (فجر انتحاري نفسه، قتل 20 مسلحاً)."""
        m = self.m[i]
        word = self.text[m.start:m.end]
        if not self.attributive_heads or " " in word or self.entry(i).kind != "group" \
                or fold(word).endswith(("ون", "ين", "ان")) or m.prefix not in ("", "ال") \
                or m.flags & forms.FUSED:  # (للمقاومة: a preposition and a noun)
            return False
        o_start = self.ms.to_original(m.word_start, m.end)[0]
        prev = self._prev_words(o_start, 1)
        if not prev:
            return False
        head = prev[0]
        head = head[1:] if head[:1] in "وف" and head[1:] not in self.stopwords else head
        head = "ا" + head[1:] if head.startswith("لل") else head  # للعمل المسلح
        head = head[1:] if head[:1] in "بلك" and head[1:3] == "ال" else head  # بالعمل المسلح
        definite = head.startswith("ال")
        if definite != m.prefix.endswith("ال"):
            return False  # an adjective agrees: ونفذ الهجوم مسلح ملثم (the gunman did it)
        head = head[2:] if definite else head
        return head in self.attributive_heads or (
            head.endswith("ا") and head[:-1] in self.attributive_heads)

    def _forces_in_construct(self, i: int) -> bool:
        """A bare indefinite forces noun in construct (قوات النظام، قوات صالح): whose forces they
        are says who they are (`marsad.actors.patrons.apply_construct_forces`, or the
        genitive's own actor). It is MIL alone, before a country (قوات إيران) or before its
        adjective, which a plural of things takes feminine (قوات أجنبية، قوات روسية)."""
        m = self.m[i]
        word = self.text[m.start:m.end]
        if " " in word or m.prefix.endswith(("ال", "لل")) or fold(word) not in FORCES_NOUNS:
            return False
        if i + 1 < len(self.m) and self.gap(m.end, i + 1) == " " \
                and self.entry(i + 1).kind in ("nisba", "country"):
            return False
        o_end = self.ms.to_original(m.word_start, m.end)[1]
        k = bisect.bisect_left(self.tok_starts, o_end)
        toks = self.doc.tokens
        while k < len(toks) and toks[k].text in CLOSING_QUOTES:
            k += 1  # ما دمرته قوات» الحوثيين: a stray quote mark
        if k >= len(toks) or toks[k].kind != "word" or toks[k].start - o_end > 2:
            return False
        nxt = toks[k].text
        # (a singular or a verb after it: وهو ميليشيا تسعى، a militia that seeks)
        return nxt.startswith("ال") or (word.endswith("ات") and not fold(nxt).endswith("ه")
                                        and fold(nxt) not in self.stopwords)

    def _drop_unscoped(self) -> None:
        """Drop the matches of `scoped` nouns with no scope after them (وحدة، قوة، عائلات alone):
        common words, which must not hold a name's words either (عائلات الركاب stays a name)."""
        keep = [not self.entry(i).scoped or self._unit_of_country(i)
                or (self.entry(i).kin and self._kin_genitive(i) is not None)
                for i in range(len(self.m))]
        if not all(keep):
            self.m = list(compress(self.m, keep))
            self._entries = list(compress(self._entries, keep))
            self.match_starts = [mm.word_start for mm in self.m]

    def _unit_of_country(self, i: int) -> bool:
        """A unit noun (agents.json `scoped`: وحدة، قوة، دورية) is an actor only with an
        indefinite feminine nationality right after it (وحدة إسرائيلية خاصة، قوة روسية): alone,
        or before a country (وحدة سورية وسلامة أراضيها: Syria's unity), it is a common word."""
        m, j = self.m[i], i + 1
        if j >= len(self.m) or self.entry(j).kind != "nisba" or self.m[j].prefix \
                or self.gap(m.end, j) != " " \
                or not fold(self.text[self.m[j].start:self.m[j].end]).endswith("يه"):
            return False
        if not fold(self.text[m.start:m.end]).endswith("يه"):
            return True
        # shaped like an adjective (دورية: periodic), it qualifies an indefinite noun of things
        # before it: اجتماعات دورية، زيارة دورية
        prev = self._prev_words(self.ms.to_original(m.word_start, m.end)[0], 1)
        return not (prev and prev[0].endswith(("ات", "ه")) and not prev[0].startswith("ال"))

    def _group_of_crowd(self, i: int) -> int | None:
        """The unarmed group, or definite body, after crowd noun i and من (agents.json `crowd`:
        المتظاهرين من الطلاب، متظاهرين من تلاميذ المدارس، المعتصمين من المعارضة): what the crowd
        is, as the coders code it. Not an armed one, which the crowd is kept from (حماية
        المتظاهرين من المسلحين)."""
        j = i + 1
        if j >= len(self.m) or self.entry(j).kind not in ("group", "body") \
                or self.entry(j).role in ARMED_ROLES or self.gap(self.m[i].end, j) != " من ":
            return None
        g = self.m[j]
        definite = g.prefix == "ال" or (not g.prefix and self.text[g.start:g.start + 2] == "ال")
        return j if definite or self.entry(j).kind == "group" else None

    def _kin_genitive(self, i: int) -> int | None:
        """The definite group, body or title in construct right after kin noun i (agents.json
        `kin`: عائلات الجنود، ذوو الأسرى، أقارب المعتقلين): with it, one actor of the kin noun's
        role, the families (civilians), not the soldiers or the prisoners."""
        j = i + 1
        if j >= len(self.m) or self.entry(j).kind not in AGENT_KINDS \
                or self.gap(self.m[i].end, j) != " ":
            return None
        m = self.m[j]
        definite = m.prefix == "ال" or (not m.prefix and self.text[m.start:m.start + 2] == "ال")
        return j if definite else None

    def _state_after_people(self, j: int, end: int, prefix: str) -> str | None:
        """The country of match j when it is a state's nisba right after a people's nisba that
        ends at `end`, agreeing in definiteness (المقاتلين الأكراد السوريين; قوات كردية سورية,
        where سورية is also the country's name)."""
        if j >= len(self.m) or self.gap(end, j) != " " or self.m[j].prefix != prefix:
            return None
        nisbas = (self.gaz.entries[h[0]] for h in self.m[j].hits)
        return next((e.country for e in nisbas if e.kind == "nisba" and not e.scope_only), None)

    def _body(self, i: int) -> int:
        m, body = self.m[i], self.entry(i)
        start, end = m.span_start, m.end
        if self._attributive(i) or self._concept(i) or self._forces_in_construct(i) \
                or self._adjective_of_action(i) or self._hamza_homograph(i):
            return i + 1
        scoped = i + 1 < len(self.m) and self.entry(i + 1).kind in ("nisba", "country", "org") \
            and (self.gap(end, i + 1) == " " or self._words_between(end, i + 1, 2))
        if not scoped and self._coordinated_with_a_thing(i):
            return i + 1
        group = self._group_of_crowd(i) if body.crowd else None
        if group is not None:
            # المتظاهرين من الطلاب: the crowd is the students (with their nationality, if any)
            made = len(self.out)
            nxt = self._body(group)
            if len(self.out) > made:
                self.out[-1] = replace(self.out[-1], start=start, prefix=m.prefix)
                return nxt
        j = i + 1
        kin = self._kin_genitive(i) if body.kin else None
        if kin is not None:
            end, j = self.m[kin].end, kin + 1  # عائلات الجنود: the families, not the soldiers
        country = None
        if j < len(self.m):
            ne, nm = self.entry(j), self.m[j]
            if ne.kind == "nisba" and nm.prefix in ("", "ال") and self._words_between(end, j, 2) \
                    and not self._case_clash(m, nm):
                country, end = ne.country, nm.end
                j += 1
                state = self._state_after_people(j, end, nm.prefix) if ne.scope_only else None
                if state is not None:
                    # الميليشيات الكردية السورية: the state named after the people is the country
                    country, end = state, self.m[j].end
                    j += 1
            elif ne.kind == "country" and self.gap(end, j) == " " and nm.prefix == "":
                country, end = ne.country, nm.end
                j += 1
        if country is None and j < len(self.m) and body.role in LOCATED_BODY_ROLES \
                and body.canonical not in POSTS_ABROAD and self._definite(m) \
                and self.entry(j).kind == "country" and not self.m[j].prefix \
                and self.gap(end, j) == " في ":
            # وزارة الخارجية في البحرين: Bahrain's; the country stays a mention of its own
            country = self.entry(j).country
        # a descriptor before an organisation's name: شركة … الروسية العملاقة «روسنفط»
        if kin is None and j < len(self.m) and self.entry(j).kind == "org" \
                and not self.m[j].prefix and self._words_between(end, j, 2):
            om, oe = self.m[j], self.entry(j)
            self.out.append(Mention(start, om.end, "ORG", oe.canonical, oe.code, oe.country,
                                    oe.role, "lexicon", oe.id, m.prefix, kind="org",
                                    name=(om.start, om.end), person_like=True))
            return j + 1
        if country:
            code = _country_role_code(self.gaz.country_code(country), body.role)
            where = self.gaz.country_name(country)
            self.out.append(Mention(start, end, "ORG", f"{where} {body.canonical}", code, country,
                                    body.role, "nisba", f"{body.kind}:{code}:{body.canonical}",
                                    m.prefix, kind=body.kind, person_like=True))
        else:
            # a group of one country's when none is named (agents.json `country`: the settlers)
            code = _country_role_code(self.gaz.country_code(body.country), body.role) \
                if body.country else body.code
            self.out.append(Mention(start, end, "ORG", body.canonical, code, body.country,
                                    body.role, "title", body.id, m.prefix, kind=body.kind,
                                    person_like=True))
        return j
