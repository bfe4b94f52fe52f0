"""The pages in headless Chromium (Debian's /usr/bin/chromium, driven by Playwright), against
`marsad serve --read-only` started by the test on 127.0.0.1.

Checks what a reader sees: highlights, the events list, the SVG chart and graph, the Arabic
text right-to-left in the served font, an article full of HTML shown as text with no script run,
and no request leaving the machine. Screenshots go to docs/screenshots/.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlparse

import pytest

import _web_store as W
from marsad.ontology import lookup

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = W.CHROMIUM
ROOT = Path(__file__).resolve().parents[1]
SHOTS = ROOT / "docs" / "screenshots"
FONT_FILE = "noto-naskh-arabic-arabic-400-normal.woff2"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    if not CHROMIUM.exists():
        pytest.skip("Debian chromium is not installed (/usr/bin/chromium)")
    pytest.importorskip("playwright.sync_api")
    db = tmp_path_factory.mktemp("webui") / "ui.db"
    W.build_store(db, series=True)
    with W.served(db) as base:
        yield base


@pytest.fixture(scope="module")
def browser(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=W.CHROMIUM_ARGS)
        yield b
        b.close()


class Watch:
    """Everything a page did that a test must see: requests, dialogs, console errors."""

    def __init__(self):
        self.requests: list[str] = []
        self.outside: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []


@pytest.fixture()
def page(browser, server):
    ctx = browser.new_context(viewport={"width": 1280, "height": 860}, accept_downloads=True)
    pg = ctx.new_page()
    # The first pasted article loads the pipeline in the server: on a busy machine (CI beside other
    # jobs) that alone can pass playwright's 30 s default.
    pg.set_default_timeout(120_000)
    watch = Watch()

    def route(r):
        url = r.request.url
        watch.requests.append(url)
        if urlparse(url).hostname not in ("127.0.0.1", "localhost"):
            watch.outside.append(url)
            return r.abort()
        return r.continue_()

    pg.route("**/*", route)
    pg.on("dialog", lambda d: (watch.dialogs.append(d.message), d.dismiss()))
    pg.on("console", lambda m: watch.errors.append(m.text) if m.type == "error" else None)
    pg.watch = watch
    yield pg
    assert not watch.outside, f"requests left the machine: {watch.outside}"
    ctx.close()


def shot(pg, name: str, full_page: bool = False) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(SHOTS / name), full_page=full_page)


def test_article_page_highlights_and_events(page, server):
    page.goto(server + "/articles/visit")
    text = page.locator("section.article-text")
    assert text.get_attribute("dir") == "rtl"
    assert text.evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert text.inner_text().strip() == W.VISIT
    assert page.locator("section.article-text .ent").count() == 6
    quote = page.locator("section.article-text .quote")
    assert quote.count() == 1 and "Sergey Lavrov" in quote.get_attribute("title")
    quote.hover()
    assert page.locator("section.article-text .ev").count() == 2
    events = page.locator("ol.events > li")
    assert events.count() == 2
    assert "host a visit" in events.nth(0).inner_text()
    assert "Sergey Lavrov" in page.locator(".speaker h3").inner_text()
    # the Arabic face is the one this server serves, and it loaded
    page.evaluate("document.fonts.ready")
    assert page.evaluate("""() => [...document.fonts].some(
        f => f.family.replace(/"/g, '') === 'Marsad Naskh' && f.status === 'loaded')""")
    assert any(u.endswith("/static/fonts/" + FONT_FILE) for u in page.watch.requests)
    family = text.evaluate("e => getComputedStyle(e).fontFamily")
    assert family.startswith('"Marsad Naskh"')
    events.nth(0).locator("a[href^=\"#ev-\"]").click()
    assert page.url.endswith("#ev-1")
    shot(page, "article.png")


def test_triggers_and_the_events_table_lead_to_the_event_in_the_list(page, server):
    page.goto(server + "/articles/visit")
    page.locator("section.article-text a.ev").first.click()  # the trigger استقبل
    assert page.url.endswith("#event-1")
    page.goto(server + "/events?actor=EGYGOV&code=043")
    # the row's evidence: the trigger's words, right-to-left, lead to the event in its article
    trigger = page.locator("table.events-table td.evidence a.trigger").first
    assert trigger.inner_text() == "استقبل"
    assert trigger.evaluate("e => getComputedStyle(e).direction") == "rtl"
    context = page.locator("table.events-table td.evidence p.context").first
    assert context.evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert context.locator(".ev").inner_text() == "استقبل"
    assert context.get_attribute("title") == W.VISIT.split("\n")[0]
    trigger.click()
    assert "/articles/visit#e-" in page.url
    item = page.locator("ol.events > li").first
    assert "host a visit" in item.inner_text()
    # (the :target style is read once the navigation to the fragment has settled: on a loaded
    # machine a first read could come before it; `expect` retries the same check)
    from playwright.sync_api import expect

    expect(item).to_have_css("background-color", "rgb(255, 247, 176)")


def test_paste_an_article(page, server):
    page.goto(server + "/article")
    assert page.locator("textarea[name=text]").get_attribute("dir") == "rtl"
    page.fill("textarea[name=text]", "قال وزير الخارجية السعودي عادل الجبير إن المملكة تدعم "
                                     "الحل السياسي في اليمن.")
    page.fill("input[name=published]", "2015-07-21")
    page.click("form.code-form button[type=submit]")
    page.wait_for_selector("section.article-text")
    assert "Coded, not stored." in page.inner_text("p.note")
    assert page.locator("section.article-text .ent").count() >= 1
    assert "الجبير" in page.inner_text("section.article-text")
    shot(page, "article-paste.png")


def test_xss_article_shows_as_text_and_runs_nothing(page, server):
    page.goto(server + "/articles/xss")
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert not page.watch.dialogs
    shown = page.inner_text("section.article-text")
    assert "<script>window.__xss = 1</script>" in shown
    assert '<img src=x onerror="window.__xss=2">' in shown
    assert page.locator("main img, main script, main b").count() == 0
    assert page.inner_text("h1") == W.XSS_TITLE
    assert page.locator('a[href^="javascript"]').count() == 0
    page.locator("section.article-text .quote").hover()
    assert page.evaluate("typeof window.__xss") == "undefined"
    shot(page, "xss.png")


def test_search_highlights_matches(page, server):
    page.goto(server + "/search")
    page.fill("input[name=q]", "بالقاهرة")
    page.click("form.filters button[type=submit]")
    page.wait_for_selector("ol.results")
    assert page.locator("li.result").count() == 2
    hits = page.locator(".snippet .hit")
    assert hits.count() >= 2 and hits.first.inner_text() == "القاهرة"
    shot(page, "search.png")


def test_actor_page_draws_timeline_and_network(page, server):
    page.goto(server + "/actors/RUSMIL")
    assert page.locator("svg.timeline rect.bar").count() == 1
    assert page.locator("svg.network path.edge").count() == 1
    page.goto(server + "/actors/EGYGOV")
    bars = page.locator("svg.timeline rect.bar")
    assert bars.count() == 1
    box = bars.first.bounding_box()
    assert box and box["height"] > 50  # drawn, not an empty element
    edge = page.locator("svg.network path.edge")
    assert edge.count() == 1 and edge.get_attribute("stroke") == "#2e7d32"  # cooperation
    assert page.locator("svg.network circle.node").count() == 2
    # a busier actor: one bar per month with events, one edge per (counterpart, QuadClass)
    page.goto(server + "/actors/JORGOV")
    months = {d[:7] for d, *_ in W.SERIES}
    pairs = {(code, lookup(cameo).quad_class) for _, _, cameo, _, _, code in W.SERIES}
    assert page.locator("svg.timeline rect.bar").count() == len(months) == 7
    assert page.locator("svg.timeline circle.gold-dot").count() == len(months)
    assert page.locator("svg.network path.edge").count() == len(pairs) == 9
    israel = page.locator('svg.network path.edge[data-quad="3"]').first
    assert israel.get_attribute("stroke") == "#ef6c00"  # verbal conflict
    assert page.locator("svg.network circle.node").count() == 1 + len({c for c, _ in pairs})
    shot(page, "actor.png", full_page=True)


def test_events_table_filters_and_downloads(page, server):
    page.goto(server + "/events")
    assert page.locator("table.events-table tbody tr").count() == 5 + len(W.SERIES)
    page.fill("input[name=actor]", "RUS")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/events?*actor=RUS*")
    rows = page.locator("table.events-table tbody tr")
    assert rows.count() == 3
    shown = [rows.nth(i).get_attribute("data-event") for i in range(3)]
    with page.expect_download() as dl:
        page.click("a.download.csv")
    lines = Path(dl.value.path()).read_text(encoding="utf-8").splitlines()
    assert [ln.split(",")[0] for ln in lines[1:]] == shown
    shot(page, "events.png")
    assert not [e for e in page.watch.errors if "favicon" not in e]


def test_an_event_page_shows_its_codes_and_its_mentions(page, server):
    page.goto(server + "/events?actor=EGYGOV&code=043")
    page.locator("table.events-table a.event-link").click()
    page.wait_for_url("**/events/*")
    facts = page.locator("table.event-facts").inner_text()
    assert "043" in facts and "Abdel Fattah el-Sisi [EGYGOV]" in facts
    assert "Sergey Lavrov [RUSGOV]" in facts and "2024-03-12" in facts
    assert "from a date written with the event" in facts and "Cairo" in facts
    trigger = page.locator("ol.mentions p.sentence .ev")
    assert trigger.count() == 1 and trigger.inner_text() == "استقبل"
    shot(page, "event.png")
    page.locator("ol.mentions li.mention > a").first.click()
    page.wait_for_url("**/articles/*#e-*")
    assert page.locator("li.event a.badge", has_text="event page").count() >= 1
    assert not [e for e in page.watch.errors if "favicon" not in e]


def test_a_quote_reads_right_to_left_and_leads_to_itself_in_its_article(page, server):
    page.goto(server + "/actors/RUSGOV")
    words = page.locator("ul.quotes p.quote-text").first
    assert words.evaluate("e => getComputedStyle(e).direction") == "rtl"
    # the date and link sit below the quote's words, not inside its last line
    meta = page.locator("ul.quotes li.quote-item .meta").first
    assert meta.bounding_box()["y"] >= words.bounding_box()["y"] + words.bounding_box()["height"] - 1
    page.locator("ul.quotes a", has_text="in its article").first.click()
    page.wait_for_url("**/articles/visit#q-*")
    target = page.locator("section.article-text .quote:target")
    assert target.count() == 1 and target.inner_text().startswith("روسيا تدعم مصر")
    assert not [e for e in page.watch.errors if "favicon" not in e]


def test_on_a_narrow_screen_the_evidence_stays_in_view(page, server):
    page.set_viewport_size({"width": 800, "height": 860})
    page.goto(server + "/events")
    # the page does not scroll sideways, and each row's evidence is on screen
    assert page.evaluate("document.documentElement.scrollWidth") <= 800
    cell = page.locator("table.events-table td.evidence").first
    box = cell.bounding_box()
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= 800
    assert page.locator("table.events-table th", has_text="Goldstein").is_hidden()


@pytest.mark.parametrize("path", ["/", "/search?q=روسيا", "/events", "/quotes", "/counts",
                                  "/actors", "/article"])
def test_every_filters_form_fits_a_phone(page, server, path):
    """On a 390 px phone no page with a filters form scrolls sideways, and every box stays
    inside its form: a label puts its box on the next line rather than push past the edge
    (CI's Chromium once drew the quotes page's Arabic Words box 2 px too wide)."""
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto(server + path)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390, path
    form = page.locator("form.filters").first
    edge = form.bounding_box()
    for box in form.locator("input, select").all():
        b = box.bounding_box()
        if b is None or b["width"] == 0:  # (hidden inputs)
            continue
        assert edge["x"] - 0.5 <= b["x"] and b["x"] + b["width"] <= edge["x"] + edge["width"] + 0.5, \
            (path, box.get_attribute("name"))
