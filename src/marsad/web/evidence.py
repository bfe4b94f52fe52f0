"""The Arabic evidence of the rows of an events table: the trigger's words and their sentence.

An analyst scanning a day of events judges each row by what the article said, so every row
shows the trigger (the words the event was coded from) and, below it, the sentence around the
trigger, right-to-left, the trigger marked; the whole sentence is the hover title. One query
fetches the evidence of a whole page of rows (not one per row).
"""

from __future__ import annotations

import sqlite3
from typing import Any

from marsad.text.window import clip
from marsad.web.html import Html, el, esc, path_part

# Characters of the sentence kept on each side of the trigger in the table (the whole sentence
# is in the hover title and on the event's page): a long sentence would make a row a page tall.
CONTEXT = 60
TITLE = "the words it was coded from: open the event beside the article text"


def first_mentions(con: sqlite3.Connection, rows: list[dict[str, Any]]
                   ) -> dict[str, dict[str, Any]]:
    """For each event of `rows`, the mention its "article" link opens: the first one (in the
    text) of its first article, or else its first stored. Keys: evidence, sentence_text,
    offset (the trigger's offset in sentence_text, None when unknown), article_id."""
    ids = sorted({r["event_id"] for r in rows if r.get("event_id")})
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    found = con.execute(
        "SELECT event_id, article_id, evidence, sentence_text, off FROM ("
        " SELECT m.event_id, m.article_id, m.evidence, m.sentence_text,"
        "  m.start - s.start AS off,"
        "  row_number() OVER (PARTITION BY m.event_id ORDER BY"
        "   m.article_id = ev.first_article_id DESC, m.start, m.id) AS k"
        " FROM mentions m JOIN events ev ON ev.event_id = m.event_id"
        " LEFT JOIN sentences s ON s.article_id = m.article_id AND s.idx = m.sentence"
        f" WHERE m.event_id IN ({marks})) WHERE k = 1", ids)
    return {r["event_id"]: {"article_id": r["article_id"], "evidence": r["evidence"],
                            "sentence_text": r["sentence_text"], "offset": r["off"]}
            for r in found}


def _trigger_at(sentence: str, evidence: str, offset: int | None) -> tuple[int, int] | None:
    """The trigger's span in the sentence: at its stored offset when the words are there."""
    if not evidence:
        return None
    if offset is not None and sentence[offset:offset + len(evidence)] == evidence:
        return offset, offset + len(evidence)
    i = sentence.find(evidence)  # (a store without the sentences' offsets)
    return (i, i + len(evidence)) if i >= 0 else None


def _clip(sentence: str, span: tuple[int, int] | None, width: int = CONTEXT
          ) -> tuple[str, tuple[int, int] | None]:
    """About `width` characters of the sentence on each side of the span (the first `2 *
    width` with no span), cut at a space, with "…" where it was cut (`marsad.text.window`);
    the span moved into the clipped text."""
    if span is None:
        if len(sentence) <= 2 * width:
            return sentence, None
        return clip(sentence, 0, 2 * width, keep=(0, width), gap=" ").text, None
    s, e = span
    shown = clip(sentence, s - width, e + width, keep=(s, e), gap=" ")
    return shown.text, (s + shown.shift, e + shown.shift)


def clipped_sentence(found: dict[str, Any]) -> tuple[str, tuple[int, int] | None]:
    """A mention's sentence clipped around its trigger, and the trigger's span in it (None
    when the trigger's words are not found in the sentence)."""
    sentence = found.get("sentence_text") or ""
    words = (found.get("evidence") or "").strip()
    return _clip(sentence, _trigger_at(sentence, words, found.get("offset")))


def evidence_cell(row: dict[str, Any], found: dict[str, Any] | None) -> Html:
    """The trigger's words (a link to the event beside its article's text) and the sentence
    around them, both right-to-left, the trigger marked; or the bare article link when the
    store has no mention text for the event. (Plain string building: 50 of these make a page,
    and the generic `attrs`/`highlight` doubled the table's cost.)"""
    art = (found or {}).get("article_id") or row.get("first_article_id")
    href = f"/articles/{path_part(art)}#e-{esc(row.get('event_id'))}" if art else None
    words = ((found or {}).get("evidence") or "").strip()
    if not words:
        return el("a", "article", href=href) if href else esc("—")
    q = esc(row.get("quad_class"))
    trigger = (f'<a href="{href}" class="trigger ev q{q}" lang="ar" dir="rtl" title="{TITLE}">'
               f"{esc(words)}</a>")
    sentence = found.get("sentence_text") or ""
    if not sentence:
        return Html(f'<div class="trigger-line">{trigger}</div>')
    shown, span = clipped_sentence(found)
    if span:
        a, b = span
        shown_html = (f'{esc(shown[:a])}<span class="ev q{q}">{esc(shown[a:b])}</span>'
                      f"{esc(shown[b:])}")
    else:
        shown_html = esc(shown)
    return Html(f'<div class="trigger-line">{trigger}</div>'
                f'<p class="context" lang="ar" dir="rtl" title="{esc(sentence)}">{shown_html}</p>')
