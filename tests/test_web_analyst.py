"""What an analyst scanning the web pages needs, twelfth session: each row of the events
table shows its Arabic evidence (the trigger's words and their sentence, right-to-left, the
trigger marked), and the pages' rough edges found by reading two days of news in them."""

from __future__ import annotations

import warnings

import pytest

import _web_store as W

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    db = tmp_path_factory.mktemp("analyst") / "w.db"
    W.build_store(db, with_ingest=False, series=True)
    return db


@pytest.fixture(scope="module")
def client(store):
    from marsad.web import create_app

    with TestClient(create_app(store, read_only=True)) as c:
        yield c


def _event_id(client, code: str, actor: str = "") -> str:
    rows = client.get(f"/v1/events?code={code}&actor={actor}").json()["results"]
    assert len(rows) == 1
    return rows[0]["event_id"]


def _row(html: str, eid: str) -> str:
    start = html.index(f'data-event="{eid}"')
    return html[start:html.index("</tr>", start)]


def test_each_events_row_shows_the_trigger_and_its_sentence_in_arabic(client):
    eid = _event_id(client, "043", "EGYGOV")  # استقبل الرئيس المصري ... لافروف في القاهرة
    row = _row(client.get("/events").text, eid)
    # the trigger's words, right-to-left, a link to the event beside the article's text
    assert (f'<a href="/articles/visit#e-{eid}" class="trigger ev q1" lang="ar" dir="rtl"'
            in row)
    assert ">استقبل</a>" in row
    # its sentence below, the trigger marked, the whole sentence as the hover title
    sentence = W.VISIT.split("\n")[0]
    assert f'<p class="context" lang="ar" dir="rtl" title="{sentence}">' in row
    assert '<span class="ev q1">استقبل</span> الرئيس المصري عبد الفتاح السيسي' in row
    # an event of the second line of the same article shows that line, not the first
    row = _row(client.get("/events").text, _event_id(client, "111", "IRN"))
    assert '<span class="ev q3">وانتقدت</span> إيران السياسة الأمريكية' in row
    assert "استقبل" not in row


def test_the_actor_page_table_shows_the_evidence_too(client):
    html = client.get("/actors/JORGOV").text
    assert html.count('class="trigger ev q') == len(W.SERIES)
    assert '<span class="ev q4">فرض عقوبات على</span> وزير الخارجية الأردني' in html


def test_evidence_from_an_article_is_escaped(client):
    rows = client.get("/v1/events?code=111&from=2024-03-13&to=2024-03-13").json()["results"]
    assert len(rows) == 1
    row = _row(client.get("/events?from=2024-03-13&to=2024-03-13").text, rows[0]["event_id"])
    assert "&lt;script&gt;</a>" in row and "<script>" not in row
    assert '<span class="ev q3">&lt;script&gt;</span>window.__xss = 1' in row


def test_a_long_sentence_is_clipped_around_the_trigger_at_spaces():
    from marsad.web.evidence import _clip

    words = ["كلمة"] * 30
    words[15] = "اجتمع"
    sentence = " ".join(words)  # 30 words of 4 or 5 letters: 149 characters
    s = sentence.index("اجتمع")
    shown, span = _clip(sentence, (s, s + 5), width=20)
    assert shown.startswith("… كلمة") and shown.endswith("كلمة …")
    assert shown[span[0]:span[1]] == "اجتمع"
    # cut at spaces: every word shown is whole, and about 20 characters each side
    assert set(shown.replace("… ", "").replace(" …", "").split()) == {"كلمة", "اجتمع"}
    assert 2 * 15 <= len(shown) - len("… ") - len(" …") - 5 <= 2 * 21
    short = "استقبل الرئيس ضيفه."
    assert _clip(short, (0, 6), width=20) == (short, (0, 6))


def test_a_quote_is_a_right_to_left_block_with_a_link_to_it_in_the_text(client):
    # the article's quotes: the words a block of their own, the kind and the link below them
    html = client.get("/articles/visit").text
    start = W.VISIT.index("روسيا تدعم")
    assert ('<li class="quote-item"><p lang="ar" dir="rtl" class="quote-text">«روسيا تدعم '
            in html)
    assert f'<a href="#q-{start}" class="to-text">' in html
    assert '<span class="quote" title="Quote (direct)' in html and f'id="q-{start}"' in html
    # the actor page's quotes lead to the quote in its article
    html = client.get("/actors/RUSGOV").text
    assert f'href="/articles/visit#q-{start}"' in html
    assert '<p lang="ar" dir="rtl" class="quote-text">«روسيا تدعم' in html


def test_nothing_found_says_which_filters_and_offers_no_empty_download(client):
    html = client.get("/events?place=Atlantis&type=ASSAULT").text
    assert "0 event(s)" in html
    assert "No events match type &#x27;ASSAULT&#x27;, place &#x27;Atlantis&#x27;." in html
    assert "download" not in html and "0–0 of 0" not in html
    html = client.get("/search?q=بطريق").text
    assert "No articles match words &#x27;بطريق&#x27;." in html


def test_a_page_past_the_last_row_leads_back(client):
    total = client.get("/v1/events").json()["total"]  # 8 events and the 12 of the series
    assert total == 5 + len(W.SERIES)
    html = client.get("/events?limit=5&offset=40").text
    assert f"No rows here: the {total} row(s) end before row 41." in html
    assert 'href="/events?limit=5&amp;offset=15" rel="prev">go to the last page' in html
    assert "No events match" not in html


def test_an_unknown_source_is_named_with_the_stored_ones(client):
    html = client.get("/events?source=TestNews").text
    assert "No stored article has the source &#x27;TestNews&#x27;." in html
    assert 'href="/events?source=testnews">testnews (13)</a>' in html  # visit and the 12
    assert 'href="/events?source=othernews">othernews (1)</a>' in html
    assert "&lt;i&gt;evil&lt;/i&gt; (1)</a>" in html and "<i>evil" not in html
    html = client.get("/search?q=روسيا&source=nope").text
    assert 'href="/search?q=%D8%B1%D9%88%D8%B3%D9%8A%D8%A7&amp;source=testnews">' in html
    assert "No stored article has the source" not in client.get("/events?source=testnews").text


def test_search_results_are_numbered_across_pages(client):
    html = client.get("/search?source=testnews&limit=5&offset=5").text
    assert '<ol class="results" dir="rtl" start="6">' in html


def test_an_actor_code_is_found_in_any_case_and_a_missing_one_points_to_the_events(client):
    r = client.get("/actors?code=jorgov", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/actors/JORGOV"
    r = client.get("/actors/Safadi")
    assert r.status_code == 404
    assert "No actor has the code &#x27;Safadi&#x27; in the store." in r.text
    assert 'href="/events?actor=Safadi"' in r.text


def test_the_command_line_shows_the_evidence_on_request(store, capsys):
    from marsad.cli import main

    assert main(["events", "--db", str(store), "--actor", "EGYGOV", "--evidence"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "1 event(s)" and len(lines) == 3
    # 60 characters after the trigger end inside لافروف: cut at the space before it
    assert lines[2] == ("    «استقبل»  [استقبل] الرئيس المصري عبد الفتاح السيسي وزير الخارجية "
                        "الروسي سيرغي …")
    assert main(["events", "--db", str(store), "--actor", "EGYGOV"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2  # (not without --evidence)


def test_a_quote_line_without_a_speaker_code_prints_no_empty_brackets(tmp_path, capsys):
    from marsad.cli import main
    from marsad.document import Quote
    from marsad.web.state import AppState

    text = "وقال المتحدث «لا تعليق على ذلك»."
    doc = W._base(text, "q", "2024-01-02", source="testnews")
    speaker = W._entity(doc, "المتحدث", name="spokesperson")  # (no code)
    doc.entities = [speaker]
    s, e = W._find(text, "لا تعليق على ذلك")
    doc.quotes = [Quote(s, e, text[s:e], "direct", "قال", speaker.ref(), sentence=0)]
    st = AppState(tmp_path / "q.db")
    st.store(doc, origin="test")
    st.close()
    assert main(["quotes", "--db", str(tmp_path / "q.db")]) == 0
    line = capsys.readouterr().out.splitlines()[1]
    # (the quote's kind after the speaker since the twenty-second session: what --kind takes)
    assert line == "q  2024-01-02  spokesperson (direct): «لا تعليق على ذلك»"


def test_an_arabic_place_stays_in_the_box_and_says_what_it_was_read_as(client):
    html = client.get("/events?place=إدلب").text  # Idlib, a city of the built-in dictionary
    assert 'name="place" value="إدلب"' in html
    assert '<span class="meta read-as">read as Idlib</span>' in html
    assert "1 event(s)" in html  # the bombing of Idlib in the threat article
    html = client.get("/events?place=SYR").text  # a code is read as itself: no note
    assert 'name="place" value="SYR"' in html and "read as" not in html
