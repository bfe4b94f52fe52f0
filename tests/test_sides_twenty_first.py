"""Event sides, twenty-first session (docs/accuracy.md, "Event sides: leftovers of the
twentieth, twenty-first session").

- the dead of a passive told the day after or the eve of an attack (غداة، عشية) are its
  targets, with a day between too;
- تعرض لـ + a verbal noun: who underwent it is the target, the على أيدي / من قبل phrase or the
  noun's genitive the source;
- the act threatened (هدد بإعدام كرواتي): the nisba is who is threatened, the threatener the doer;
- a relative clause whose verb has only an object pronoun after it: the antecedent does it,
  to the one actor before it the pronoun can stand for;
- an army named with its country before is not sure for a bare «الجيش» when an army was named
  by what is no country (جيش نابليون);
- fighting beside an army (في صفوف الجيش، إلى جانب، جنباً إلى جنب مع، بمساندة) is no fight
  against it;
- a participle of condemning (مستنكراً) is no doer of the act it governs;
- the owner of the means after a copula (نفت روسيا أن تكون طائراتها قصفت) is the doer;
- a body of armed men is carried across ثم to a plural verb (اعتقلت الشرطة … ثم أفرجوا عنهم).

Our own sentences; each expected value was worked out by hand. The names are invented."""

from __future__ import annotations

# (cameo's sides: code and text of each; the date the sentences are published)
from test_uncoded_actors_sixteenth import PUBLISHED, sides
from test_sides_nouns_seventeenth import nlp_unknown  # noqa: F401  (a fixture)


# 1. the dead of a passive after غداة / عشية

def test_the_dead_the_day_after_an_attack_are_targets(nlp_unknown):
    # before: the two soldiers were the killers
    text = "قتل جنديان غداة هجوم على الموصل."
    assert sides(nlp_unknown, text, "1823") == [(None, "", "MIL", "جنديان")]


def test_the_dead_on_the_eve_are_not_the_attackers_victims(nlp_unknown):
    # before: the soldiers killed the gunmen of the other attack
    text = "قتل جنديان عشية هجوم المسلحين على الموصل."
    assert sides(nlp_unknown, text, "1823") == [(None, "", "MIL", "جنديان")]


def test_a_day_between_the_dead_and_the_day_after(nlp_unknown):
    text = "قتل جنديان عراقيان يوم الاثنين غداة هجوم المسلحين على الموصل."
    assert sides(nlp_unknown, text, "1823") == [(None, "", "IRQMIL", "جنديان عراقيان")]


def test_a_day_then_the_object_stays_active(nlp):
    # control: the object after the day makes the verb active
    text = "قتل الجيش يوم الاثنين عشرة مسلحين."
    assert sides(nlp, text, "1823") == [("MIL", "الجيش", "UAF", "مسلحين")]


# 2. تعرض لـ + a verbal noun

def test_who_underwent_the_shelling_is_its_target(nlp):
    # before: the soldiers were no side
    text = "تعرض الجنود للقصف على أيدي المسلحين في الرمادي أمس."
    assert sides(nlp, text, "194") == [("UAF", "المسلحين", "MIL", "الجنود")]


def test_the_genitive_of_the_noun_underwent_is_the_doer(nlp):
    text = "تعرضت القوات العراقية لقصف المسلحين في الرمادي أمس."
    assert sides(nlp, text, "194") == [("UAF", "المسلحين", "IRQMIL", "القوات العراقية")]


# 3. the act threatened

def test_the_nisba_after_a_threatened_execution_is_its_target(nlp):
    # before: the Croat was the executioner
    text = "يهدد تنظيم داعش بإعدام كرواتي."
    assert sides(nlp, text, "1823") == [("IMGREB", "تنظيم داعش", "HRV", "كرواتي")]


def test_a_nisba_after_a_plain_shelling_is_still_its_doer(nlp):
    # control: no threat, قصف إسرائيلي names the doer
    text = "قتل خمسة مدنيين في قصف إسرائيلي على غزة أمس."
    assert [s[:2] for s in sides(nlp, text, "1823")] == [("ISR", "إسرائيلي")]


# 4. a relative clause with only a pronoun after its verb

def test_the_antecedent_attacks_the_one_its_pronoun_names(nlp):
    # before: the police attacked the gunmen
    text = "تلاحق الشرطة المسلحين الذين يهاجمونها كل يوم."
    assert sides(nlp, text, "190") == [("UAF", "المسلحين", "COP", "الشرطة")]


def test_the_plural_pronoun_of_a_plural_relative(nlp):
    text = "يلاحق الجنود العراقيون المسلحين الذين يهاجمونهم كل يوم."
    assert sides(nlp, text, "190") == [("UAF", "المسلحين", "IRQMIL", "الجنود العراقيون")]


def test_no_target_when_the_pronoun_may_name_two(nlp):
    text = "يلاحق الجنود والشرطة المسلحين الذين يهاجمونهم كل يوم."
    assert sides(nlp, text, "190") == [("UAF", "المسلحين", None, None)]


def test_a_relative_verb_with_its_own_subject(nlp):
    # control: الذين يهاجمهم الجيش: the army attacks them
    text = "يلاحق الجنود المسلحين الذين يهاجمهم الجيش كل يوم."
    assert [s[:2] for s in sides(nlp, text, "190")] == [("MIL", "الجيش")]


# 5. fighting beside an army

def test_fighting_in_the_ranks_of_the_army(nlp):
    # before: the Syrian army was the target
    text = "يقاتل الضباط في صفوف الجيش السوري في حلب."
    assert sides(nlp, text, "190") == [("MIL", "الضباط", None, None)]


def test_fighting_side_by_side_with_the_army(nlp):
    text = "قاتلت العشائر جنبا إلى جنب مع الجيش العراقي في الرمادي أمس."
    assert sides(nlp, text, "190") == [("CVL", "العشائر", None, None)]


def test_the_enemy_beside_the_ally_stays(nlp):
    # control: ضد داعش is the target, the army beside
    text = "قاتل الحشد الشعبي إلى جانب الجيش العراقي ضد داعش في تكريت."
    assert [s[2:] for s in sides(nlp, text, "190")] == [("IMGREB", "داعش")]


def test_an_attack_beside_a_building_keeps_its_target(nlp):
    # control: هاجم is no verb of fighting beside someone
    text = "هاجم المسلحون الحاجز إلى جانب مقر الشرطة في الرمادي أمس."
    assert [s[2:] for s in sides(nlp, text, "190")] == [("COP", "الشرطة")]


# 6. an army's country when another army was named by what is no country

def _entities(nlp, text):
    doc = nlp(text, published=PUBLISHED)
    for e in doc.entities:  # every entity is a half-open span of the text
        assert doc.text[e.start:e.end] == e.text
    return [(e.text, e.actor_code) for e in doc.entities]


def test_the_army_after_napoleons_army_has_no_country(nlp):
    # before: the bare army took Austria's country, though it may be Napoleon's
    text = ("هزم جيش نابليون الجيش النمساوي في معركة قرب المدينة عام 1805. وبعد المعركة دخل "
            "الجيش فيينا.")
    assert ("الجيش", "MIL") in _entities(nlp, text)
    assert ("الجيش", "AUTMIL") not in _entities(nlp, text)


def test_the_army_named_with_its_country_alone_keeps_it(nlp):
    # control: one army named before, with its country
    text = "قصف الجيش اليمني مواقع الحوثيين في تعز أمس. وقال الجيش إنه قتل عشرين مسلحا."
    assert ("الجيش", "YEMMIL") in _entities(nlp, text)


def test_an_army_of_a_named_group_leaves_the_country(nlp):
    # control: جيش الفتح is a group; the army after the Lebanese army is Lebanon's
    text = "سيطر جيش الفتح على المدينة. وقال الجيش اللبناني إن قوة من الجيش أوقفت عشرة أشخاص."
    assert ("الجيش", "LBNMIL") in _entities(nlp, text)


# 7. a participle of condemning

def test_who_speaks_condemning_a_shelling_did_not_shell(nlp_unknown):
    # before: the Jordanian minister shelled the schools
    text = "قال وزير الخارجية الأردني مستنكرا قصف المدارس في غزة إن الهجوم جبان."
    assert [s[0] for s in sides(nlp_unknown, text, "194")] == [None]


# 8. the owner of the means after a copula

def test_the_state_whose_aircraft_it_denies_shelled(nlp):
    # before: no source
    text = "نفت روسيا أن تكون طائراتها قصفت المستشفى في حلب أمس."
    assert sides(nlp, text, "194") == [("RUS", "روسيا", "HLH", "المستشفى")]


def test_a_person_owns_no_aircraft(nlp_unknown):
    # control: the activist is no state
    text = "نفى الناشط أن تكون طائراتها قصفت المدرسة في حلب أمس."
    assert [s[0] for s in sides(nlp_unknown, text, "194")] == [None]


# 9. a body of armed men carried across ثم to a plural verb

def test_the_police_release_with_a_plural_verb(nlp):
    # before: no release
    text = "اعتقلت الشرطة عشرة متظاهرين في القاهرة ثم أفرجوا عنهم."
    assert sides(nlp, text, "0841") == [("COP", "الشرطة", "CVL", "متظاهرين")]


def test_a_ministry_is_not_carried_to_a_plural_verb(nlp):
    # control: الحكومة is no body of armed men
    text = "اعتقلت الحكومة عشرة متظاهرين في القاهرة ثم أفرجوا عنهم."
    assert all(s[0] != "GOV" for s in sides(nlp, text, "0841"))
