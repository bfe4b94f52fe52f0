"""What a conflict researcher and a media analyst meet (eleventh session's audit): the files the
commands write, the filters a researcher reaches for, the lines the listing commands print."""

from __future__ import annotations

import json
import re

import pytest

# Short articles written for these tests.
VISIT = "استقبل الرئيس المصري وزير الخارجية الأردني في القاهرة أمس."
PROTEST = "تظاهر مئات الطلاب أمام البرلمان في بغداد اليوم احتجاجاً على ارتفاع الأسعار."
PLANNED = "سيزور وزير الخارجية الأردني القاهرة الأسبوع المقبل."


@pytest.fixture
def store(tmp_path):
    from marsad.cli import main

    (tmp_path / "in.jsonl").write_text("\n".join(json.dumps(
        {"id": f"a{i}", "text": t, "published": "2020-03-10", "source": "al" + "ab"[i // 2]},
        ensure_ascii=False)
        for i, t in enumerate((VISIT, PROTEST, PLANNED))) + "\n", encoding="utf-8")
    db = tmp_path / "s.db"
    assert main(["ingest", str(tmp_path / "in.jsonl"), "--db", str(db), "--no-progress"]) == 0
    return db


@pytest.mark.parametrize("command", ["export", "convert"])
def test_an_existing_output_file_is_refused_unless_overwrite(store, tmp_path, capsys, command):
    from marsad.cli import main

    out = tmp_path / "out.jsonl"
    out.write_text("a month of work\n", encoding="utf-8")
    args = (["export", "--db", str(store)] if command == "export"
            else ["convert", str(tmp_path / "in.jsonl")]) + ["-o", str(out)]
    capsys.readouterr()
    assert main(args) == 1
    err = capsys.readouterr().err
    assert f"output {out} already exists" in err and "--overwrite" in err
    assert out.read_text(encoding="utf-8") == "a month of work\n"
    assert main([*args, "--overwrite"]) == 0
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert rows and "a month of work" not in out.read_text(encoding="utf-8")


def _lines(capsys, argv) -> list[str]:
    from marsad.cli import main

    capsys.readouterr()
    assert main(argv) == 0
    return capsys.readouterr().out.splitlines()


def test_events_are_selected_by_plover_type_and_by_place(store, capsys):
    def codes(*extra):
        rows = _lines(capsys, ["events", "--db", str(store), "--format", "jsonl", *extra])
        return sorted(json.loads(x)["event_code"] for x in rows)

    assert codes() == ["042", "043", "141"]  # the visit, the protest, the planned visit
    assert codes("--type", "protest") == ["141"]
    assert codes("--type", "CONSULT") == ["042", "043"]
    assert codes("--place", "IRQ") == ["141"]  # a country code: the place's country
    assert codes("--place", "cairo") == ["042", "043"]  # else part of the place's name
    assert codes("--type", "CONSULT", "--place", "IRQ") == []
    assert codes("--place", "العراق") == ["141"]  # an Arabic country: its code
    assert codes("--place", "القاهرة") == ["042", "043"]  # an Arabic city: its English name
    found = _lines(capsys, ["search", "--db", str(store), "--place", "IRQ", "--format", "jsonl"])
    assert [json.loads(x)["article_id"] for x in found] == ["a1"]
    mentions = _lines(capsys, ["export", "--db", str(store), "--what", "mentions", "--type",
                               "PROTEST", "--format", "jsonl"])
    assert [json.loads(x)["article_id"] for x in mentions] == ["a1"]


def test_wrong_type_and_place_of_a_table_without_events_are_named(store, capsys):
    from marsad.cli import main

    with pytest.raises(SystemExit) as stop:
        main(["events", "--db", str(store), "--type", "attack"])
    assert stop.value.code == 2
    assert "'attack' is not a PLOVER event type; give one of" in capsys.readouterr().err
    assert main(["export", "--db", str(store), "--what", "quotes", "--place", "IRQ"]) == 1
    assert "--place selects events, mentions and articles, not quotes" in capsys.readouterr().err


def test_an_events_line_says_where_and_a_modality_other_than_asserted(store, capsys):
    lines = _lines(capsys, ["events", "--db", str(store)])
    planned = next(x for x in lines if " 042 " in x)
    visit = next(x for x in lines if " 043 " in x)
    assert "in Cairo (EGY)" in planned and "modality=future" in planned
    assert "in Cairo (EGY)" in visit and "modality=" not in visit
    protest = next(x for x in lines if " 141 " in x)
    assert "in Baghdad (IRQ)" in protest


def test_the_web_events_and_search_take_the_type_and_the_place(store):
    from fastapi.testclient import TestClient

    from marsad.web import create_app

    with TestClient(create_app(store, read_only=True)) as c:
        for place in ("IRQ", "بغداد"):
            r = c.get("/v1/events", params={"type": "protest", "place": place})
            assert r.status_code == 200
            assert [e["event_code"] for e in r.json()["results"]] == ["141"]
        r = c.get("/v1/articles", params={"place": "EGY", "type": "CONSULT"})
        assert sorted(a["article_id"] for a in r.json()["results"]) == ["a0", "a2"]
        r = c.get("/v1/events", params={"type": "attack"})
        assert r.status_code == 422 and "not a PLOVER event type" in r.text
        page = c.get("/events", params={"type": "PROTEST", "place": "IRQ"}).text
        assert '<option value="PROTEST" selected>PROTEST</option>' in page
        assert 'name="place" value="IRQ"' in page and "Baghdad" in page and "Cairo" not in page


def test_an_event_trigger_in_the_article_links_to_its_event_in_the_list(store):
    from fastapi.testclient import TestClient

    from marsad.web import create_app

    with TestClient(create_app(store, read_only=True)) as c:
        page = c.get("/articles/a0").text
    assert re.search(r'<a class="ev q1"[^>]* href="#event-1"[^>]*>استقبل</a>', page)  # (to the
    # event's sentence in the list beside the text)
    assert re.search(r'<li class="event" id="event-1">(<span class="anchor"[^>]*></span>)?'
                     r'<a href="#ev-1">', page)  # and back


def test_links_of_marks_do_not_nest():
    from marsad.web.html import Mark, highlight

    text = "قصف الجيش المدينة"
    both = [Mark(0, 3, "ev q4", href="#event-1"), Mark(0, 3, "ev q4", href="#event-2"),
            Mark(0, 9, "ent", href="#actor")]
    got = str(highlight(text, both))
    assert got.count("<a ") == 1 and got.count("</a>") == 1
    assert got.startswith('<a class="ent" href="#actor"><span class="ev q4">')
    assert got.endswith("</span></span> الجيش</a> المدينة")


def test_stats_name_the_sources_and_an_unknown_source_is_said(store, capsys):
    from marsad.cli import main

    got = json.loads(_lines(capsys, ["stats", "--db", str(store), "--format", "json"])[0])
    assert got["sources"] == {"ala": 2, "alb": 1} and got["articles"] == 3
    assert "articles by source: ala 2, alb 1" in _lines(capsys, ["stats", "--db", str(store)])
    for command in ("search", "events", "quotes", "export"):
        assert main([command, "--db", str(store), "--source", "ALA"]) == 0
        err = capsys.readouterr().err
        assert "no stored article has the source 'ALA'; the store's sources are ala, alb" in err
    assert main(["events", "--db", str(store), "--source", "alb"]) == 0
    assert "no stored article" not in capsys.readouterr().err


def test_a_quotes_line_opens_with_its_article(store, capsys, tmp_path):
    from marsad.cli import main

    said = "قال وزير الخارجية الأردني إن «الحل السياسي هو الطريق الوحيد»."
    (tmp_path / "said.txt").write_text(said, encoding="utf-8")
    assert main(["ingest", str(tmp_path / "said.txt"), "--db", str(store), "--no-progress"]) == 0
    lines = _lines(capsys, ["quotes", "--db", str(store)])
    assert lines[0] == "1 quote(s)"
    assert lines[1].startswith("said  ")  # (a .txt file's id is its name)
    assert lines[1].endswith(": «الحل السياسي هو الطريق الوحيد»")


def test_the_export_docs_name_every_modality():
    from pathlib import Path

    from marsad.tables import MODALITIES

    docs = Path(__file__).resolve().parents[1] / "docs" / "export.md"
    row = next(x for x in docs.read_text(encoding="utf-8").splitlines()
               if x.startswith("| `modality` |"))
    assert [m for m in MODALITIES if f"`{m}`" not in row] == []


def test_the_events_table_links_to_the_event_in_its_article(store):
    from fastapi.testclient import TestClient

    from marsad.web import create_app

    with TestClient(create_app(store, read_only=True)) as c:
        (protest,) = c.get("/v1/events", params={"type": "PROTEST"}).json()["results"]
        eid = protest["event_id"]
        table = c.get("/events", params={"type": "PROTEST"}).text
        assert f'href="/articles/a1#e-{eid}"' in table
        article = c.get("/articles/a1").text
    item = '<li class="event" id="event-1">'  # (the protest is the article's first event)
    assert item + f'<span class="anchor" id="e-{eid}"></span>' in article


def test_a_missing_input_says_what_to_do(tmp_path, capsys):
    from marsad.cli import main

    assert main(["code", str(tmp_path / "nowhere.txt")]) == 1
    err = capsys.readouterr().err
    assert "nowhere.txt: does not exist; check the path (give article files or folders)" in err
