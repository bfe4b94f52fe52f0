"""Dates and names, twenty-second session (docs/accuracy.md, "Dates and names leftovers …,
twenty-second session"), on sentences written for this file:

- «النادي الأهلي» (keyed as Cairo's Al Ahly) is the club its article's context says, as the bare
  name is: the league the article names, the one country of the other clubs it names, else its
  dateline's or outlet's country (a Saudi article: Al-Ahli of Jeddah);
- المنتخب الوطني / المنتخب الأول / منتخبنا are the national team of the article's own country
  (its dateline's, else its outlet's); a nisba after them names the country;
- more Saudi clubs named by a common word (العروبة، النهضة، الحزم، الفيحاء، الباطن، الطائي،
  الأنصار، النجمة، الشعلة) with the rules of the others, and leagues named by a sponsor (دوري
  عبداللطيف جميل، دوري جميل، دوري زين، دوري روشن) as league names that say whose clubs are meant;
- «وأضافت الأسد» after «بشرى الأسد»: the feminine verb picks the woman named before.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp_actors():
    import marsad

    return marsad.load(("layout", "sentences", "tokens", "actors"))


def _ents(doc):
    return [(e.text, e.actor_code, e.canonical) for e in doc.entities]


def _codes(doc):
    return [(e.text, e.actor_code) for e in doc.entities]


# -- 1. «النادي الأهلي» by context ----------------------------------------------------------

@pytest.mark.parametrize("text, meta, expected", [
    # a Saudi dateline (a Saudi city and agency)
    ("جدة - واس: تعاقدت إدارة النادي الأهلي مع مدافع برازيلي أمس.", {}, "Al-Ahli Saudi FC"),
    # a Saudi outlet, no dateline
    ("تعاقدت إدارة النادي الأهلي مع مدافع برازيلي أمس.", {"source": "okaz"},
     "Al-Ahli Saudi FC"),
    # the Saudi league named by its sponsor, no dateline nor outlet
    ("يستعد النادي الأهلي لمنافسات دوري عبداللطيف جميل للمحترفين.", {}, "Al-Ahli Saudi FC"),
    # another Saudi club named in the article (الهلال after a cue)
    ("تغلب النادي الأهلي على فريق الهلال في المباراة الودية.", {}, "Al-Ahli Saudi FC"),
])
def test_the_ahli_club_of_a_saudi_article(nlp_actors, text, meta, expected):
    doc = nlp_actors(text, published="2015-08-02", **meta)
    got = [c for t, _, c in _ents(doc) if "الأهلي" in t]
    assert got == [expected]


@pytest.mark.parametrize("text, meta", [
    # (guards) the Egyptian league named, even in a Saudi outlet
    ("فاز النادي الأهلي على الزمالك في مباراة الدوري المصري أمس.", {"source": "okaz"}),
    # no context at all: the dictionary's club stays
    ("تعاقدت إدارة النادي الأهلي مع مدافع برازيلي أمس.", {}),
    # its nisba after it says whose
    ("وافق مجلس إدارة النادي الأهلي المصري على العرض.", {"source": "okaz"}),
])
def test_the_ahli_club_stays_cairos(nlp_actors, text, meta):
    doc = nlp_actors(text, published="2015-08-02", **meta)
    got = [code for t, code, _ in _ents(doc) if "الأهلي" in t]
    assert got == ["EGYBUS"]


# -- 2. the national team of the article's own country --------------------------------------

@pytest.mark.parametrize("text, meta, expected", [
    ("الرياض - واس: انضم اللاعب إلى المنتخب الوطني استعدادا للبطولة.", {},
     [("المنتخب الوطني", "SAUBUS")]),
    ("سجل لاعب منتخبنا هدفين في المباراة أمس.", {"source": "alriyadh"},
     [("منتخبنا", "SAUBUS")]),
    ("يستعد المنتخب الأول لمواجهة ودية الأسبوع المقبل.", {"source": "okaz"},
     [("المنتخب الأول", "SAUBUS")]),
    # the dateline's place outweighs its foreign agency (Iraq, not Britain), a country with no
    # listed team: «<country> national team», its code and BUS
    ("بغداد - رويترز: خسر المنتخب الوطني أمام ضيفه في المباراة.", {"source": "okaz"},
     [("المنتخب الوطني", "IRQBUS")]),
    # a nisba after the adjective names the country itself
    ("خسر المنتخب الوطني العراقي أمام ضيفه في المباراة.", {"source": "okaz"},
     [("المنتخب الوطني العراقي", "IRQBUS")]),
])
def test_the_own_national_team(nlp_actors, text, meta, expected):
    doc = nlp_actors(text, published="2015-08-02", **meta)
    got = [(t, c) for t, c in _codes(doc) if "منتخب" in t]
    assert got == expected


@pytest.mark.parametrize("text, meta", [
    # (guards) no dateline nor outlet: whose is not known
    ("انضم اللاعب إلى المنتخب الوطني استعدادا للبطولة.", {}),
    # the president elected first: after a definite word
    ("وصل الرئيس المنتخب الأول إلى العاصمة أمس.", {"source": "okaz"}),
])
def test_no_own_national_team(nlp_actors, text, meta):
    doc = nlp_actors(text, published="2015-08-02", **meta)
    assert not [e for e in doc.entities if e.actor_code and e.actor_code.endswith("BUS")]


# -- 3. more clubs by a common word, leagues by a sponsor -----------------------------------

@pytest.mark.parametrize("text, expected", [
    ("فاز فريق العروبة على النهضة في مباراة الدوري أمس.",
     [("العروبة", "Al-Orobah FC (Sakaka)"), ("النهضة", "Al-Nahda Club (Dammam)")]),
    ("تعادل فريق الحزم مع الفيحاء في المباراة أمس.",
     [("الحزم", "Al-Hazem FC (Ar Rass)"), ("الفيحاء", "Al-Fayha FC (Al Majmaah)")]),
    ("واجه لاعبو الباطن فريق الطائي في مباراة ودية.",
     [("الباطن", "Al-Batin FC (Hafar Al-Batin)"), ("الطائي", "Al-Tai FC (Hail)")]),
    ("فاز الأنصار والنجمة والشعلة في مباريات الدوري أمس.",
     [("الأنصار", "Al-Ansar FC (Medina)"), ("النجمة", "Al-Najma SC (Unaizah)"),
      ("الشعلة", "Al-Shoulla FC (Al-Kharj)")]),
])
def test_more_saudi_clubs_by_a_common_word(nlp_actors, text, expected):
    doc = nlp_actors(text, published="2015-08-02")
    assert [(t, c) for t, code, c in _ents(doc) if code == "SAUBUS"] == expected


@pytest.mark.parametrize("text", [
    # (guards) no sports sentence: the common words stay words
    "أكد الوزير أهمية النهضة الاقتصادية والتعامل بكل الحزم مع المخالفين.",
    "تحدث الكاتب عن العروبة والهوية في محاضرته أمس.",
])
def test_common_words_outside_sports(nlp_actors, text):
    doc = nlp_actors(text, published="2015-08-02")
    assert not [e for e in doc.entities if e.actor_code == "SAUBUS"]


@pytest.mark.parametrize("text, league", [
    ("يستعد الفريق لمنافسات دوري عبداللطيف جميل للمحترفين.", "دوري عبداللطيف جميل"),
    ("يستعد الفريق لمنافسات دوري عبد اللطيف جميل للمحترفين.", "دوري عبد اللطيف جميل"),
    ("أحرز الفريق بطولة دوري زين قبل ثلاثة مواسم.", "دوري زين"),
    ("انتقل اللاعب إلى أحد أندية دوري روشن هذا الصيف.", "دوري روشن"),
])
def test_a_league_named_by_its_sponsor(nlp_actors, text, league):
    doc = nlp_actors(text, published="2015-08-02")
    got = [(t, c) for t, _, c in _ents(doc)]
    # the league, not a man called Abdullatif Jameel
    assert (league, "Saudi Professional League") in got
    assert not [e for e in doc.entities if e.type == "PERSON"]


def test_a_sponsor_league_says_whose_club_a_shared_name_is(nlp_actors):
    # الوحدة: Mecca's and Abu Dhabi's; the Emirati league named by its name, not a nisba
    doc = nlp_actors("فاز فريق الوحدة على ضيفه في دوري الخليج العربي أمس.",
                     published="2015-08-02")
    assert [(t, code) for t, code, _ in _ents(doc) if t == "الوحدة"] == [("الوحدة", "AREBUS")]


def test_a_players_surname_is_no_club(nlp_actors):
    # الشعلة is the club in the first sentence; after a given name it is a player's surname
    doc = nlp_actors("فاز فريق الشعلة في المباراة. وأكمل لاعب الوسط علي الشعلة برنامجه "
                     "العلاجي قبل المباراة.", published="2015-08-02")
    assert [e.text for e in doc.entities if e.actor_code == "SAUBUS"] == ["الشعلة"]


# -- 4. a woman named later by her family name ----------------------------------------------

@pytest.mark.parametrize("text", [
    "أكد الرئيس بشار الأسد أن الجيش يتقدم. وقالت بشرى الأسد إن العائلة بخير. "
    "وأضافت الأسد أن الوضع صعب.",
    "قالت بشرى الأسد في مقابلة إن أخاها بخير، وأضافت الأسد أن الحرب ستنتهي.",
])
def test_a_feminine_verb_picks_the_woman(nlp_actors, text):
    doc = nlp_actors(text, published="2015-08-02")
    last = [e for e in doc.entities if e.text == "الأسد"]
    assert [(e.canonical, e.actor_code) for e in last] == [("Bushra al-Assad", None)]


def test_a_masculine_verb_keeps_the_man(nlp_actors):
    # (guard) وأضاف: Bashar, named in full nearer before
    doc = nlp_actors("وقالت بشرى الأسد إن العائلة بخير. وقال الرئيس بشار الأسد إن الجيش "
                     "يتقدم. وأضاف الأسد أن الوضع صعب.", published="2015-08-02")
    last = [e for e in doc.entities if e.text == "الأسد"]
    assert [e.actor_code for e in last] == ["SYRGOV"]


def test_his_club_is_no_given_name(nlp_actors):
    # (guard) ناديه "his club" folds as the given name نادية: the club after it is still read
    doc = nlp_actors("فاز فريق الاتحاد في المباراة. ورفض اللاعب تجديد عقده مع ناديه الاتحاد "
                     "قبل المباراة.", published="2015-08-02")
    assert [e.text for e in doc.entities if e.actor_code == "SAUBUS"] == ["الاتحاد", "الاتحاد"]


def test_ali_before_a_club_name_in_its_sentence_is_a_player(nlp_actors):
    # a text that writes على with ى: علي is Ali, whose surname الشعلة is, in a sentence that
    # names the club
    doc = nlp_actors("تغلب فريق الشعلة على ضيفه في المباراة، وسجل الهدف لاعب الوسط علي الشعلة.",
                     published="2015-08-02")
    assert [e.text for e in doc.entities if e.actor_code == "SAUBUS"] == ["الشعلة"]


@pytest.mark.parametrize("text", [
    # a definite word after the name that is no nisba: a title, a preposition, a time
    "أعلنت إدارة النادي الأهلي اليوم تعاقدها مع مدافع برازيلي.",
    "قدم رئيس مجلس إدارة النادي الأهلي الأمير خالد استقالته.",
    "وأشار مدرب الفريق بالنادي الأهلي إلى أن الفريق جاهز.",
])
def test_the_ahli_club_before_a_definite_word_that_is_no_nisba(nlp_actors, text):
    doc = nlp_actors(text, published="2015-08-02", source="okaz")
    assert [e.actor_code for e in doc.entities if "الأهلي" in e.text] == ["SAUBUS"]


def test_the_ahli_club_after_li(nlp_actors):
    doc = nlp_actors("أتم اللاعب انتقاله للنادي الأهلي في صفقة كبيرة.", published="2015-08-02",
                     source="okaz")
    assert [e.actor_code for e in doc.entities if "الأهلي" in e.text] == ["SAUBUS"]


def test_a_masculine_verb_in_t_picks_no_woman(nlp_actors):
    # (guard) لفت "drew attention" ends in ت but is masculine (no لف): not Bushra
    doc = nlp_actors("وقالت بشرى الأسد إن العائلة بخير. ولفت الأسد إلى أن الوضع صعب.",
                     published="2015-08-02")
    assert not [e for e in doc.entities if e.text == "الأسد" and e.canonical == "Bushra al-Assad"]
