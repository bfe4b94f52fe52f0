"""Attack words that tell of words or of no force (twenty-sixth session, helper h14), each rule
checked on sentences written for this file, with near-misses that stay attacks:

- شن هجوماً حاداً على …: a harsh attack is one in words (events.json `verbal_manner` now holds
  حاداً, not حادة: ضربه بآلة حادة is a beating with a sharp tool); a violent air attack
  (هجوماً عنيفاً على مواقع) stays an assault;
- ضربة شمس / ضربات شمس (sunstroke) is an illness (`diseases` blocks `fight`'s noun ضربة);
- ضرب الرقم القياسي (broke the record) is no beating (`beat_idioms` holds القياسي، قياسياً).
"""

from __future__ import annotations

from _pipelines import detect  # noqa: F401  (the fixture)
from test_framing_twenty_fourth import _assaults


def test_a_harsh_attack_is_in_words(detect):
    # "the American president launched a sharp attack on the Iranian government yesterday";
    # "the minister launched a sharp attack on the opposition"
    for text in ("شن الرئيس الأمريكي هجوما حادا على الحكومة الإيرانية أمس.",
                 "شنت الوزيرة هجوما حادا على المعارضة في البرلمان."):
        assert _assaults(detect, text) == [], text
    # near-misses: a violent attack of warplanes on positions, an attack of gunmen on a post
    assert _assaults(detect, "شن الطيران الحربي هجوما عنيفا على مواقع المسلحين.")
    assert _assaults(detect, "شن المسلحون هجوما على نقطة للجيش.")


def test_sunstroke_is_an_illness(detect):
    # "a pilgrim died after a sunstroke"; "the pilgrim suffered a sunstroke in Mecca"
    for text in ("توفي رجل إثر ضربة شمس.", "أصيب الحاج بضربة شمس في مكة."):
        assert _assaults(detect, text) == [], text
    # near-miss: "the army dealt a strong blow to the gunmen in Ramadi"
    assert _assaults(detect, "وجه الجيش ضربة قوية للمسلحين في الرمادي.")


def test_breaking_a_record_is_no_beating(detect):
    # "the runner broke the world record"; "he broke the record"
    for text in ("ضرب العداء الرقم القياسي العالمي.", "ضرب الرقم القياسي في السباق."):
        assert _assaults(detect, text) == [], text
    # near-miss: "the policemen beat the demonstrators"
    assert _assaults(detect, "ضرب رجال الشرطة المتظاهرين بالهراوات.")
