"""Test stores for the web tests: hand-annotated documents (Arabic sentences written for these
tests) stored through the app's own store path, so events, quotes and actors are known exactly
whatever the coding stages currently find; plus one article coded by `marsad ingest`."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from marsad.document import Document, Entity, Event, Location, Quote
from marsad.ontology import lookup

# Three short articles of our own.
VISIT = ("استقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الروسي سيرغي لافروف في القاهرة.\n"
         "وقال لافروف إن «روسيا تدعم مصر في حربها على الإرهاب».\n"
         "وانتقدت إيران السياسة الأمريكية في المنطقة.")
THREAT = ("هدد وزير الدفاع الروسي بالرد على أي هجوم.\n"
          "وقصفت القوات الروسية مواقع في إدلب.")
XSS = ('خبر عن <script>window.__xss = 1</script> وصورة <img src=x onerror="window.__xss=2"> '
       "في القاهرة.\nوقال المتحدث «<b>لا</b> تعليق».")
XSS_TITLE = "<script>window.__xss=4</script>عنوان"
XSS_NAME = '<img src=x onerror="window.__xss=3">'

PEOPLE = {
    "السيسي": ("Abdel Fattah el-Sisi", "EGYGOV", "PERSON"),
    "لافروف": ("Sergey Lavrov", "RUSGOV", "PERSON"),
    "القاهرة": ("Cairo", "EGY", "GPE"),
    "إيران": ("Iran", "IRN", "GPE"),
    "الأمريكية": ("United States", "USA", "GPE"),
    "وزير الدفاع الروسي": ("Russian defence minister", "RUSMIL", "PERSON"),
    "القوات الروسية": ("Russian armed forces", "RUSMIL", "ORG"),
    "إدلب": ("Idlib", "SYR", "GPE"),
}


def _find(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    i = text.index(needle, after)
    return i, i + len(needle)


def _base(text: str, doc_id: str, published: str, **meta) -> Document:
    """Layout, sentences and tokens from the real stages (search indexes the tokens' stems);
    the annotations above them are added by hand."""
    import marsad

    return marsad.load(("layout", "sentences", "tokens"))(text, published=published,
                                                          doc_id=doc_id, **meta)


def _entity(doc: Document, surface: str, after: int = 0, name: str | None = None) -> Entity:
    canonical, code, typ = PEOPLE.get(surface, (name or surface, None, "PERSON"))
    s, e = _find(doc.text, surface, after)
    return Entity(s, e, surface, typ, name or canonical, code, country=code[:3] if code else None,
                  sentence=doc.sentence_at(s))


def _event(doc: Document, trigger: str, cameo: str, src: Entity, tgt: Entity | None,
           date: str, where: Entity | None = None) -> Event:
    c = lookup(cameo)
    s, e = _find(doc.text, trigger)
    return Event(src.ref(), tgt.ref() if tgt else None, cameo, c.plover, c.quad_class,
                 c.goldstein, date, "asserted", doc.sentence_at(s), {"start": s, "end": e},
                 location=Location(where.canonical, where.actor_code) if where else None,
                 date_source="expression", trigger=trigger)


def visit_doc() -> Document:
    doc = _base(VISIT, "visit", "2024-03-12", title="السيسي يستقبل لافروف", source="testnews",
                url="https://example.org/visit")
    sisi, lavrov, cairo = (_entity(doc, w) for w in ("السيسي", "لافروف", "القاهرة"))
    lavrov2 = _entity(doc, "لافروف", after=lavrov.end)
    iran, usa = _entity(doc, "إيران"), _entity(doc, "الأمريكية")
    doc.entities = [sisi, lavrov, cairo, lavrov2, iran, usa]
    qs, qe = _find(VISIT, "روسيا تدعم مصر في حربها على الإرهاب")
    cs, ce = _find(VISIT, "وقال")
    doc.quotes = [Quote(qs, qe, VISIT[qs:qe], "direct", "قال", lavrov2.ref(), cs, ce,
                        sentence=doc.sentence_at(qs))]
    doc.events = [_event(doc, "استقبل", "043", sisi, lavrov, "2024-03-12", cairo),
                  _event(doc, "وانتقدت", "111", iran, usa, "2024-03-12")]
    return doc


def threat_doc() -> Document:
    doc = _base(THREAT, "threat", "2024-05-03", title="موسكو تهدد", source="othernews")
    minister, forces, idlib = (_entity(doc, w) for w in ("وزير الدفاع الروسي", "القوات الروسية",
                                                         "إدلب"))
    doc.entities = [minister, forces, idlib]
    doc.events = [_event(doc, "هدد", "138", minister, None, "2024-05-02"),
                  _event(doc, "وقصفت", "190", forces, idlib, "2024-05-02", idlib)]
    return doc


def xss_doc() -> Document:
    doc = _base(XSS, "xss", "2024-03-13", title=XSS_TITLE, source="<i>evil</i>",
                url="javascript:window.__xss=5")
    cairo = _entity(doc, "القاهرة", name=XSS_NAME)
    speaker = _entity(doc, "المتحدث", name=XSS_NAME)
    doc.entities = [cairo, speaker]
    qs, qe = _find(XSS, "<b>لا</b> تعليق")
    doc.quotes = [Quote(qs, qe, XSS[qs:qe], "direct", "قال", speaker.ref(),
                        sentence=doc.sentence_at(qs))]
    s, e = _find(XSS, "<script>")
    doc.events = [Event(speaker.ref(), cairo.ref(), "111", "ACCUSE", 3, -2.0, "2024-03-13",
                        "asserted", doc.sentence_at(s), {"start": s, "end": e})]
    return doc


# A season of Jordanian diplomacy (for the actor page's timeline and network): (date,
# verb, CAMEO code, counterpart word, its name, its code). Sentences written for these tests.
SERIES = (
    ("2023-09-04", "استقبل", "043", "مصر", "Egypt", "EGY"),
    ("2023-09-20", "انتقد", "111", "إسرائيل", "Israel", "ISR"),
    ("2023-10-08", "انتقد", "111", "إسرائيل", "Israel", "ISR"),
    ("2023-10-15", "استقبل", "043", "العراق", "Iraq", "IRQ"),
    ("2023-11-02", "قدم مساعدات إلى", "070", "سوريا", "Syria", "SYR"),
    ("2023-11-19", "انتقد", "111", "إسرائيل", "Israel", "ISR"),
    ("2023-12-06", "استقبل", "043", "السعودية", "Saudi Arabia", "SAU"),
    ("2024-01-10", "استقبل", "043", "الولايات المتحدة", "United States", "USA"),
    ("2024-01-28", "فرض عقوبات على", "163", "إسرائيل", "Israel", "ISR"),
    ("2024-02-14", "قدم مساعدات إلى", "070", "العراق", "Iraq", "IRQ"),
    ("2024-04-03", "استقبل", "043", "مصر", "Egypt", "EGY"),
    ("2024-04-22", "انتقد", "111", "الولايات المتحدة", "United States", "USA"),
)


def series_doc(i: int) -> Document:
    date, verb, cameo, word, name, code = SERIES[i]
    text = f"{verb} وزير الخارجية الأردني أيمن الصفدي {word} في بيان رسمي رقم {i + 1}."
    doc = _base(text, f"jordan-{i:02d}", date, title=f"الأردن و{word}", source="testnews")
    jor = _entity(doc, "وزير الخارجية الأردني أيمن الصفدي", name="Ayman Safadi")
    jor.actor_code, jor.country, jor.role = "JORGOV", "JOR", "GOV"
    other = _entity(doc, word, name=name)
    other.actor_code, other.country, other.type = code, code, "GPE"
    doc.entities = [jor, other]
    doc.events = [_event(doc, verb, cameo, jor, other, date)]
    return doc


def store_documents(db: Path, docs) -> Path:
    """Store the (hand-annotated) documents `docs` in `db` through the app's own store path."""
    from marsad.web.state import AppState

    st = AppState(db)
    for doc in docs:
        st.store(doc, origin=f"test:{doc.doc_id}")
    st.close()
    return db


def build_store(db: Path, with_ingest: bool = True, series: bool = False) -> dict[str, str]:
    """Fill `db`; return the article ids by name. `series` adds the SERIES articles."""
    from marsad.web.state import AppState

    st = AppState(db)
    ids = {}
    docs = [("visit", visit_doc()), ("threat", threat_doc()), ("xss", xss_doc())]
    if series:
        docs += [(f"jordan-{i:02d}", series_doc(i)) for i in range(len(SERIES))]
    for name, doc in docs:
        ids[name], _ = st.store(doc, origin=f"test:{name}")
    st.close()
    if with_ingest:
        from marsad.store import ingest

        src = db.parent / "ingested.txt"
        src.write_text("أعلن وزير الخارجية السعودي عادل الجبير أن المملكة تدعم الحل السياسي "
                       "في اليمن.", encoding="utf-8")
        ingest([src], db, progress=False, rejects_log=db.parent / "rejects.jsonl")
        ids["ingested"] = "ingested"
    return ids


CHROMIUM = Path("/usr/bin/chromium")  # Debian's, driven by Playwright in the browser tests
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


@contextmanager
def served(db: Path) -> Iterator[str]:
    """`marsad serve --read-only` on the store `db` (`marsad.web.local.served`), its log in
    serve.log beside it: the base URL, once the server answers; stopped after."""
    from marsad.web.local import served as local_server

    with local_server(db, log_path=db.parent / "serve.log") as base:
        yield base


def query_plan(db, where_fn, f, table: str) -> str:
    """SQLite's plan for counting the rows of `table` that the store filter `where_fn` (a
    function of `marsad.store.query`) keeps for the filters `f`: which index it reads."""
    from marsad.store import connect

    con = connect(db, read_only=True)
    try:
        where, params = where_fn(f)
        return " | ".join(r[3] for r in con.execute(
            f"EXPLAIN QUERY PLAN SELECT count(*) FROM {table} WHERE " + " AND ".join(where),
            params))
    finally:
        con.close()
