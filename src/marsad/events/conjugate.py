"""Arabic verb and noun forms generated from a dictionary entry's stems.

A verb is given as its 3rd person masculine singular past and present (`زار` / `يزور`); this
module generates the other persons and numbers of the past, present (indicative, subjunctive and
jussive endings), the passive and the participles, in the matching form (`fold`). Verb classes are
recognised from the stems: hollow (زار، قام), defective (التقى، دعا، أجرى), doubled (شنّ، حثّ) and
sound. Forms are returned with what they are, so the caller knows tense and voice.

Diacritics are dropped in the matching form, so most passives (قُتل، اعتُقل) look like actives;
the stage reads the passive from the original text's damma or from the تم/جرى + masdar construction.
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.text.normalize import fold

# Suffixes of the past: (suffix, person tag). Consonant-initial ones shorten hollow stems.
PRONOUN_ONLY = "3ms+e"  # the person of a form written so only before an object pronoun
_PAST_VOWEL = (("", "3ms"), ("ت", "3fs"), ("ا", "3md"), ("تا", "3fd"), ("وا", "3mp"))
# (The feminine plurals قتلن، قتلتن are left out: rare in news, and their forms collide with
# common words: اثنين of أثنى.)
_PAST_CONS = (("ت", "1s/2s"), ("نا", "1p"), ("تم", "2mp"), ("تما", "2d"))
_PRESENT_PREFIXES = (("ي", "3m"), ("ت", "3f/2"), ("ن", "1p"), ("ا", "1s"))
_PRESENT_SUFFIXES = (("", "s"), ("ون", "mp"), ("وا", "mp-juss"), ("ان", "d"), ("ا", "d-juss"),
                     ("ين", "2fs"), ("ن", "fp"))
SHADDA = "\u0651"


@dataclass(frozen=True, slots=True)
class Form:
    text: str  # the matching (folded) form
    tense: str  # past | present | masdar | participle | noun
    voice: str = "active"  # active | passive
    person: str = ""


def verb_class(past: str, present: str | None) -> str:
    """hollow | defective | doubled | sound, from the original (unfolded) 3ms past."""
    p = fold(past)
    if past.endswith(("ى", "ا")) and not past.endswith("أ"):
        return "defective"
    if past.endswith(SHADDA) or (len(p) == 2):
        return "doubled"
    if len(p) == 3 and p[1] == "ا":
        return "hollow"
    return "sound"


def past_forms(past: str) -> list[Form]:
    cls = verb_class(past, None)
    p = fold(past)
    out: list[Form] = []
    if cls == "defective":
        stem = p[:-1]
        glide = "و" if past.endswith("ا") else "ي"
        out.append(Form(p, "past", person="3ms"))
        out += [Form(stem + s, "past", person=t) for s, t in
                (("ت", "3fs"), ("تا", "3fd"), ("وا", "3mp"), (glide + "ا", "3md"))]
        out += [Form(stem + glide + s, "past", person=t) for s, t in _PAST_CONS]
        if glide == "ي" and len(stem) >= 3:
            # التقاه، تبنّاه، استدعاه: ى is written ا before an object pronoun (a form only
            # with one: `PRONOUN_ONLY`; stems of two letters left out, بنا is "with us")
            out.append(Form(stem + "ا", "past", person=PRONOUN_ONLY))
        out.append(Form(stem + "ي", "past", "passive", "3ms"))  # دُعي، رُمي
        out.append(Form(stem + "يت", "past", "passive", "3fs"))
    elif cls == "hollow":
        short = p[0] + p[2]
        out += [Form(p + s, "past", person=t) for s, t in _PAST_VOWEL]
        out += [Form(short + s, "past", person=t) for s, t in _PAST_CONS]
        passive = p[0] + "ي" + p[2]  # زِير، قِيل
        out += [Form(passive + s, "past", "passive", t) for s, t in _PAST_VOWEL]
    elif cls == "doubled":
        out += [Form(p + s, "past", person=t) for s, t in _PAST_VOWEL]
        # شنّ: شننتُ، but شنّا with نا (the doubled ن merges with the suffix's)
        out += [Form(p + (p[-1] if s[0] != p[-1] else "") + s, "past", person=t)
                for s, t in _PAST_CONS]
    else:
        out += [Form(p + s, "past", person=t) for s, t in _PAST_VOWEL + _PAST_CONS]
        if len(p) >= 4 and p[-2] == "ا" and p[0] in "ا" and len(p) <= 5:
            # hollow derived forms: اختار → اختير، أقام → أقيم، أصيبت، أصيبوا (passive)
            passive = p[:-2] + "ي" + p[-1]
            out += [Form(passive + s, "past", "passive", t) for s, t in _PAST_VOWEL]
    return out


def present_forms(present: str) -> list[Form]:
    q = fold(present)
    if not q or q[0] not in "يتنا":
        raise ValueError(f"present stem {present!r} must start with the prefix ي (3rd person)")
    stem = q[1:]
    defective = present.endswith(("ي", "و", "ى"))
    out: list[Form] = []
    for pre, pt in _PRESENT_PREFIXES:
        if defective:
            short = stem[:-1]
            out.append(Form(pre + stem, "present", person=pt))
            out += [Form(pre + short + s, "present", person=pt + t) for s, t in
                    (("ون", "mp"), ("وا", "mp-juss"), ("ين", "2fs"))]
            out.append(Form(pre + stem + "ان", "present", person=pt + "d"))
            if len(short) >= 3:  # لم يلتق؛ a two-letter jussive (يصف of يصفي) is too ambiguous
                out.append(Form(pre + short, "present", person=pt + "juss"))
        else:
            # the first persons (أفعل، نفعل) take no suffix: أصيبوا is no present form
            out += [Form(pre + stem + s, "present", person=pt + t) for s, t in _PRESENT_SUFFIXES
                    if pre in "يت" or not s]
            if len(stem) == 3 and stem[1] == "و":  # hollow jussive: لم يزر، لم يقم
                # (not for ي-verbs: يصب of يصيب is "pours into", نصب "erect")
                out.append(Form(pre + stem[0] + stem[2], "present", person=pt + "juss"))
    # passive of hollow form I: يزور → يزار
    if len(stem) == 3 and stem[1] in "وي":
        pas = stem[0] + "ا" + stem[2]
        out += [Form(pre + pas + s, "present", "passive", pt) for pre, pt in _PRESENT_PREFIXES[:2]
                for s in ("", "ون")]
    return out


def participles(past: str, present: str | None) -> list[Form]:
    """Active and passive participles (singular, with the usual plural endings)."""
    p = fold(past)
    cls = verb_class(past, present)
    bases: list[tuple[str, str]] = []
    derived = len(p) >= 4 or (SHADDA in past[1:-1])
    if present and len(fold(present)) >= 4 and derived:
        stem = fold(present)[1:]
        bases.append(("م" + stem, "active"))  # مستقبل، معتقل، موقع
    elif len(p) == 3 and cls == "sound" and not derived:
        bases.append((p[0] + "ا" + p[1:], "active"))  # قاتل
        bases.append(("م" + p[:2] + "و" + p[2], "passive"))  # مقتول
    elif cls == "hollow":
        bases.append((p[0] + "اي" + p[2], "active"))  # زائر
    elif cls == "defective" and len(p) == 3:
        bases.append((p[0] + "ا" + p[1] + "ي", "active"))  # داعي (داعياً)
    out = []
    for b, voice in bases:
        out += [Form(b + s, "participle", voice) for s in ("", "ا", "ه", "ون", "ين", "ات")]
    return out


def verb_forms(past: str, present: str | None = None) -> list[Form]:
    """Every generated form of a verb (past, present if given, participles)."""
    forms = past_forms(past)
    if present:
        forms += present_forms(present)
    forms += participles(past, present)
    return forms


def noun_forms(noun: str) -> list[Form]:
    """A verbal noun or noun: singular, accusative -ا, sound feminine plural, duals."""
    n = fold(noun)
    out = [Form(n, "noun")]
    if n.endswith("ه"):
        base = n[:-1]
        out += [Form(base + s, "noun") for s in ("ات", "تان", "تين")]
    elif not n.endswith(("ا", "ي", "و")):
        out += [Form(n + s, "noun") for s in ("ا", "ان", "ين")]
    elif n.endswith("ا") and len(n) > 3:
        out.append(Form(n[:-1], "noun"))  # an object written with tanween alif: اتفاقا → اتفاق
    return out
