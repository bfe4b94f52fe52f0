"""Small mends of the twenty-fifth session's event work (helper h8), each on sentences written
for this file:

- a bullet, a round or shrapnel (events.json `weapon_nouns`: عيار، رصاصة، طلق، شظية) heads the
  noun that a relative clause describes (توفي متأثرا بعيار ناري أصابه في الرأس): that clause tells
  the act itself, it stays news, not `historical`;
- a cold, an indisposition (`diseases`: نزلة، وعكة), boredom, disappointment, despair
  (`figurative`: الملل، خيبة، اليأس، الإحباط) "hit" no one (أصيب بخيبة أمل، يصيب الملل): no
  ASSAULT;
- وعد read as وعدّ "considered" (its shadda unwritten) when a predicate follows its subject and
  object with no بـ / أن (وعد الوزير إيران دولة راعية للإرهاب), and وعدا عن / وعدا ذلك "apart
  from": no promise (030); a promise with بـ or أن stays one.
"""

from __future__ import annotations

from _pipelines import PUBLISHED, detect  # noqa: F401  (the fixture)


def _events(nlp, text):
    doc = nlp(text, published=PUBLISHED)
    return [(e.cameo, e.trigger, e.modality) for e in doc.events]


def _assaults(nlp, text):
    return [(t, m) for c, t, m in _events(nlp, text) if c.startswith("18")]


# --- a weapon noun heading the described noun ---------------------------------------------

def test_a_bullet_whose_clause_tells_the_wounding_is_news(detect):
    # "the young man died of a gunshot that hit him in the head"
    got = _assaults(detect, "توفي الشاب متأثرا بعيار ناري أصابه في الرأس.")
    assert ("أصابه", "asserted") in got, got


def test_a_live_round_whose_clause_tells_the_wounding_is_news(detect):
    # "the man died of a live round that hit him in the belly"
    got = _assaults(detect, "توفي الرجل بطلق ناري أصابه في البطن.")
    assert ("أصابه", "asserted") in got, got


def test_near_miss_a_body_found_of_a_man_killed_stays_historical(detect):
    # "the police found the body of a man whom gunmen had killed": no weapon, a description
    got = _assaults(detect, "أعلنت الشرطة العثور على جثة رجل قتله مسلحون مجهولون.")
    assert ("قتله", "historical") in got, got


# --- figurative and illness "hits" ---------------------------------------------------------

def test_boredom_hits_no_one(detect):
    # "boredom hits the viewers in summer"
    assert _assaults(detect, "يصيب الملل المشاهدين في الصيف.") == []


def test_a_disappointment_is_no_wounding(detect):
    # "the player was hit by a great disappointment"
    assert _assaults(detect, "أصيب اللاعب بخيبة أمل كبيرة.") == []


def test_a_cold_is_no_wounding(detect):
    # "the minister caught a bad cold"
    assert _assaults(detect, "أصيب الوزير بنزلة برد شديدة.") == []


def test_near_miss_soldiers_wounded_stay_an_assault(detect):
    # "three soldiers were wounded in an attack"
    got = _assaults(detect, "أصيب ثلاثة جنود بجروح في هجوم.")
    assert got and got[0][0] == "أصيب", got


# --- وعد "promised" or وعدّ "considered", وعدا عن "apart from" -------------------------------

def _promises(nlp, text):
    return [c for c, t, m in _events(nlp, text) if c == "030"]


def test_considered_a_state_sponsor_is_no_promise(detect):
    # "the minister considered Iran a state sponsor of terrorism"
    assert _promises(detect, "وعد الوزير إيران دولة راعية للإرهاب.") == []


def test_apart_from_that_is_no_promise(detect):
    # "the Greek government allowed small transfers to students abroad. Apart from that, the
    # restrictions on withdrawals stay as they are, to keep the Greek banks from collapsing"
    text = ("وأجازت الحكومة اليونانية تحويل مبالغ صغيرة للطلاب في الخارج. وعدا ذلك تبقى القيود "
            "المفروضة على السحب كما هي لمنع انهيار المصارف اليونانية.")
    assert _promises(detect, text) == []


def test_near_miss_a_promise_with_an_stays(detect):
    # "the president promised Iran that he would lift the sanctions"
    assert _promises(detect, "وعد الرئيس إيران بأنه سيرفع العقوبات.") == ["030"]


def test_near_miss_a_promise_with_that_clause_stays(detect):
    # "the president promised the people that the elections would be held on time"
    assert _promises(detect, "وعد الرئيس الشعب أن تجري الانتخابات في موعدها.") == ["030"]
