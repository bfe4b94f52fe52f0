"""The JSON API under /v1 (described by /openapi.json).

Every handler reads the store through `marsad.store.query` (parameterised SQL only) and answers
errors as `{"error": {"status", "code", "message"}}` (see `marsad.web.errors`).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictStr, field_validator

from marsad.store import query as Q
from marsad.tables import EVENT_COLUMNS, arrow_schema
from marsad.web.state import AppState

# Empty values are allowed (an HTML form sends every field, filled or not) and mean "any".
DATE = r"^(\d{4}(-\d{2}(-\d{2})?)?)?$"  # a day, or (from/to) a month or a year
CAMEO = r"^(\d{2,4})?$"
ROOT = r"^(\d{2})?$"
MODALITY = r"^([a-z_]{1,40})?$"
PLOVER = r"^([A-Za-z]{1,20})?$"
TYPE_HELP = "PLOVER event type (ASSAULT, PROTEST, CONSULT...)"
PLACE_TYPE = r"^(country|region|city)?$"
PLACE_TYPE_HELP = ("what kind of place the event happened in: country, region or city (a "
                   "country's place is its rough centre on a map)")
PLACE_HELP = ("where the event happened: ISO3 country code (YEM), part of the English place "
              "name (Aden), or an Arabic country or city name (اليمن، عدن)")
MAX_TEXT_CHARS = 500_000
DATE_HINT = "give it as YYYY-MM-DD, or a month YYYY-MM or a year YYYY"
FROM_HELP = "on or after this day (YYYY-MM-DD), or from the first day of a month or year"
TO_HELP = "on or before this day (YYYY-MM-DD), or to the last day of a month or year"


class ErrorDetail(BaseModel):
    status: int
    code: str
    message: str
    details: list[dict[str, Any]] | None = None


class ErrorBody(BaseModel):
    error: ErrorDetail


ERRORS = {s: {"model": ErrorBody} for s in (400, 404, 413, 422)}


class CodeRequest(BaseModel):
    """An article to code."""

    model_config = ConfigDict(extra="forbid")

    text: StrictStr = Field(..., description="the article text (Arabic)",
                            max_length=MAX_TEXT_CHARS)
    published: StrictStr | None = Field(None, description="publication date YYYY-MM-DD; "
                                        "resolves relative dates (أمس، اليوم ...)")
    title: StrictStr | None = Field(None, max_length=2000)
    store: StrictBool = Field(False, description="also store the coded article (refused with "
                              "403 when the server is read-only)")

    @field_validator("text")
    @classmethod
    def _not_blank(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("text is empty; send the article text")
        return v

    @field_validator("published")
    @classmethod
    def _iso_date(cls, v: str | None) -> str | None:
        return published_day(v)


def published_day(value: str | None) -> str | None:
    """The day of a `published` date: YYYY-MM-DD, or an ISO date-time (2015-07-22T10:00+03:00),
    checked against the calendar; anything after the day but a time is refused, not cut off
    (the pipeline reads only the first ten characters). Raises ValueError."""
    if value is None or not value.strip():
        return None
    try:
        return dt.datetime.fromisoformat(value.strip()).date().isoformat()
    except ValueError:
        raise ValueError(f"published {value!r} is not a date; give it as YYYY-MM-DD") from None


class Page(BaseModel):
    total: int
    limit: int
    offset: int
    results: list[dict[str, Any]]


class ActorProfile(BaseModel):
    """An actor, its code taken as a prefix as the events filter takes it (SAU: Saudi Arabia's
    actors, SAUGOV's too); `codes` counts the events of each code under it."""
    code: str
    name: str | None = None
    names: list[dict[str, Any]]
    n_events: int
    codes: list[dict[str, Any]] = []
    timeline: list[dict[str, Any]]
    counterparts: list[dict[str, Any]]
    events: list[dict[str, Any]]
    quotes: list[dict[str, Any]]


def state(request: Request) -> AppState:
    return request.app.state.marsad


def paging(limit: int = Query(50, ge=1, le=Q.MAX_LIMIT, description="results per page"),
           offset: int = Query(0, ge=0, le=10_000_000, description="results to skip")
           ) -> dict[str, int]:
    return {"limit": limit, "offset": offset}


PUBLISHED_IN_HELP = ("the country the article was published in (as stored; an article stored "
                     "with none is not found): an ISO3 code (SAU), alpha-2 code, English or "
                     "Arabic name or alias (KSA), as `--country` reads it")


def event_filters(
    request: Request,
    actor: str | None = Query(None, max_length=200,
                              description=Q.ACTOR_HELP),
    code: str | None = Query(None, pattern=CAMEO, description="CAMEO code prefix (04, 042)"),
    root: str | None = Query(None, pattern=ROOT, description="CAMEO root code (two digits)"),
    date_from: str | None = Query(None, alias="from", pattern=DATE, description=FROM_HELP),
    date_to: str | None = Query(None, alias="to", pattern=DATE, description=TO_HELP),
    source: str | None = Query(None, max_length=200, description="newspaper as stored"),
    modality: str | None = Query(None, pattern=MODALITY,
                                 description="asserted, negated, future, ..."),
    type: str | None = Query(None, pattern=PLOVER, description=TYPE_HELP),
    place: str | None = Query(None, max_length=200, description=PLACE_HELP),
    place_type: str | None = Query(None, pattern=PLACE_TYPE, description=PLACE_TYPE_HELP),
    published_in: str | None = Query(None, max_length=200, description=PUBLISHED_IN_HELP),
) -> Q.Filters:
    st = state(request)
    lexicon_dirs = st.lexicon_dirs
    return Q.Filters(actor=Q.actor_value(actor, lexicon_dirs, st.code) if actor else None,
                     code=code or None, root=root or None,
                     date_from=period_bound(date_from, "from"),
                     date_to=period_bound(date_to, "to"),
                     source=source or None, modality=modality or None,
                     plover=plover_type(type),
                     place=Q.place_value(place, lexicon_dirs) if place else None,
                     place_type=place_type or None,
                     published_in=publication_country(published_in))


def publication_country(value: str | None) -> str | None:
    """A `published_in` parameter: the ISO3 code of the country it names, or None for any; a
    value that names no country is a 422 that says so, with a close match."""
    from marsad.errors import InputError
    from marsad.lexicon.countries import country_code

    if not value or not value.strip():
        return None
    try:
        return country_code(value, what="published_in")
    except InputError as exc:
        raise HTTPException(422, exc.message) from None


def plover_type(value: str | None) -> str | None:
    """A `type` parameter: a PLOVER event type in any case, or None for any."""
    from marsad import ontology

    if not value:
        return None
    try:
        return ontology.plover_type(value)
    except ValueError as exc:
        raise HTTPException(422, f"type {exc}") from None


def period_bound(value: str | None, name: str) -> str | None:
    """The day a `from` (its first) or `to` (its last) parameter gives: a day of the calendar
    (the pattern lets 2015-02-30 by), a month or a year, as the command line takes them."""
    from marsad.tables import date_bounds

    if not value:
        return None
    bound = date_bounds(value)[0 if name == "from" else 1]
    if bound is None:
        raise HTTPException(422, f"{name} {value!r} is not a date; {DATE_HINT}")
    return bound


def article_filters(
    request: Request,
    actor: str | None = Query(None, max_length=200,
                              description="articles naming this actor: code prefix or part of "
                                          "a name"),
    code: str | None = Query(None, pattern=CAMEO,
                             description="articles with an event of this CAMEO code prefix"),
    root: str | None = Query(None, pattern=ROOT, description="likewise, a CAMEO root code"),
    date_from: str | None = Query(None, alias="from", pattern=DATE,
                                  description="published " + FROM_HELP),
    date_to: str | None = Query(None, alias="to", pattern=DATE,
                                description="published " + TO_HELP),
    source: str | None = Query(None, max_length=200, description="newspaper as stored"),
    type: str | None = Query(None, pattern=PLOVER,
                             description="articles with an event of this " + TYPE_HELP),
    place: str | None = Query(None, max_length=200,
                              description="articles with an event in this place: " + PLACE_HELP),
    place_type: str | None = Query(None, pattern=PLACE_TYPE,
                                   description="articles with an event in a place of this "
                                               "kind: country, region or city"),
    published_in: str | None = Query(None, max_length=200, description=PUBLISHED_IN_HELP),
) -> Q.Filters:
    return event_filters(request, actor, code, root, date_from, date_to, source, None, type,
                         place, place_type, published_in)


QUOTE_KIND = r"^(direct|partial|indirect)?$"
QUOTE_KIND_HELP = ("the kind of quote: direct (its words in quotation marks), partial (some "
                   "of them) or indirect (reported: قال إن ...)")
ADDRESSEE_HELP = ("who the words were said to (قال للصحفيين، أكد لنظيره), as the actor of "
                  "events: a code prefix, a country's name, or words of the addressee's name")


def quote_filters(
    request: Request,
    speaker: str | None = Query(None, max_length=200,
                                description="the speaker, as the actor of events: " + Q.ACTOR_HELP),
    addressee: str | None = Query(None, max_length=200, description=ADDRESSEE_HELP),
    kind: str | None = Query(None, pattern=QUOTE_KIND, description=QUOTE_KIND_HELP),
    date_from: str | None = Query(None, alias="from", pattern=DATE, description=FROM_HELP),
    date_to: str | None = Query(None, alias="to", pattern=DATE, description=TO_HELP),
    source: str | None = Query(None, max_length=200, description="newspaper as stored"),
    published_in: str | None = Query(None, max_length=200, description=PUBLISHED_IN_HELP),
) -> Q.Filters:
    st = state(request)
    def read(value: str | None) -> str | None:
        return Q.actor_value(value, st.lexicon_dirs, st.code) if value and value.strip() else None

    return Q.Filters(speaker=read(speaker), addressee=read(addressee), kind=kind or None,
                     date_from=period_bound(date_from, "from"),
                     date_to=period_bound(date_to, "to"), source=source or None,
                     published_in=publication_country(published_in))


SORT_HELP = ("newest first by the date of the latest article reporting the event "
             "(published, the default) or by the event's own date (date: planned and "
             "future-dated events come first)")


def event_sort(sort: Literal["published", "date"] = Query("published", description=SORT_HELP)
               ) -> str:
    return sort


def events_page(st: AppState, f: Q.Filters, page: dict[str, int],
                sort: str = "published") -> dict[str, Any]:
    with st.db() as con:
        res = Q.events(con, f, page["limit"], page["offset"], sort)
    return {**res, **page}


QUOTE_WORDS_HELP = ("words that must all occur in the quote (as search reads them: any "
                    "spelling, with or without clitics)")


def quotes_page(st: AppState, words: str, f: Q.Filters, page: dict[str, int]) -> dict[str, Any]:
    """A page of quotes with `words` (none: any), for GET /v1/quotes and the /quotes page."""
    with st.db() as con:
        res = Q.quotes(con, f, page["limit"], page["offset"], words,
                       st.segmenter() if words.strip() else None)
    return {**res, **page}


def not_found(what: str, key: str) -> HTTPException:
    return HTTPException(404, f"no {what} {key!r} in the store")


def document_schema() -> dict[str, Any]:
    """The output contract's JSON Schema (schema/document.schema.json), for the OpenAPI doc."""
    from pathlib import Path

    import marsad

    path = Path(marsad.__file__).parent / "schema" / "document.schema.json"
    schema = json.loads(path.read_text(encoding="utf-8"))
    return {k: v for k, v in schema.items() if k not in ("$schema", "$id")}


def build_router() -> APIRouter:
    r = APIRouter(prefix="/v1")
    contract = {"content": {"application/json": {"schema": document_schema()}}}

    @r.post("/code", tags=["coding"],
            responses={**ERRORS, 403: {"model": ErrorBody},
                       200: {"description": "the coded document", **contract},
                       201: {"description": "coded and stored", **contract}},
            summary="Code one article",
            description="Returns the coded document (the output contract, "
                        "`Document.to_dict()`). With `store: true` the article is also stored "
                        "(201, `Location` header); a read-only server answers that with 403.")
    def code(body: CodeRequest, response: Response, st: AppState = Depends(state)
             ) -> dict[str, Any]:
        if body.store and st.read_only:
            raise HTTPException(403, "this server is read-only (started with --read-only): "
                                     "send the request without \"store\": true to code only")
        doc_id = None
        if body.store:
            from marsad.tables import content_hash

            doc_id = content_hash(body.text)[:16]  # the article id `marsad ingest` would give
        doc = st.code(body.text, published=body.published, title=body.title, doc_id=doc_id)
        if body.store:
            aid, new = st.store(doc, origin="web:/v1/code")
            doc.doc_id = aid
            response.status_code = 201 if new else 200
            response.headers["Location"] = f"/v1/articles/{aid}"
        return doc.to_dict()

    @r.get("/articles", tags=["store"], response_model=Page, responses=ERRORS,
           summary="Search stored articles",
           description="Full-text search (ignores diacritics, spelling variants and clitics) "
                       "with the filters of `marsad search`; each result has a `snippet` and "
                       "`highlights` ([start, end) offsets into the snippet).")
    def articles(q: str = Query("", max_length=500, description="words that must all occur"),
                 f: Q.Filters = Depends(article_filters), page: dict = Depends(paging),
                 st: AppState = Depends(state)) -> dict[str, Any]:
        with st.db() as con:
            res = Q.search(con, q, f, page["limit"], page["offset"],
                           st.segmenter() if q.strip() else None)
        return {**res, **page}

    @r.get("/articles/{article_id}", tags=["store"],
           responses={**ERRORS, 200: {"description": "the stored document", **contract}},
           summary="One stored article as the output contract")
    def article(article_id: str, st: AppState = Depends(state)) -> dict[str, Any]:
        with st.db() as con:
            doc = Q.article(con, article_id)
        if doc is None:
            raise not_found("article", article_id)
        return doc

    @r.get("/events", tags=["store"], response_model=Page, responses=ERRORS,
           summary="Stored events (GDELT-like rows), newest first")
    def events(f: Q.Filters = Depends(event_filters), page: dict = Depends(paging),
               sort: str = Depends(event_sort), st: AppState = Depends(state)
               ) -> dict[str, Any]:
        return events_page(st, f, page, sort)

    @r.get("/events.{fmt}", tags=["store"], responses=ERRORS,
           summary="Download events as CSV, JSON or Parquet",
           description="The same filters and paging as GET /v1/events, so a download holds "
                       "exactly the rows shown; columns as in docs/export.md.")
    def events_download(fmt: Literal["csv", "json", "parquet"],
                        f: Q.Filters = Depends(event_filters), page: dict = Depends(paging),
                        sort: str = Depends(event_sort), st: AppState = Depends(state)
                        ) -> Response:
        rows = [{c: r.get(c) for c in EVENT_COLUMNS}
                for r in events_page(st, f, page, sort)["results"]]
        name = f"marsad-events.{fmt}"
        headers = {"Content-Disposition": f'attachment; filename="{name}"'}
        if fmt == "csv":
            buf = io.StringIO()
            w = csv.DictWriter(buf, fieldnames=list(EVENT_COLUMNS))
            w.writeheader()
            w.writerows(rows)
            return Response(buf.getvalue(), media_type="text/csv; charset=utf-8",
                            headers=headers)
        if fmt == "json":
            return Response(json.dumps(rows, ensure_ascii=False), headers=headers,
                            media_type="application/json")
        return Response(parquet_bytes(rows), media_type="application/vnd.apache.parquet",
                        headers=headers)

    @r.get("/events/{event_id}", tags=["store"], responses=ERRORS,
           summary="One event with the mentions (evidence sentences) it was coded from")
    def event(event_id: str, st: AppState = Depends(state)) -> dict[str, Any]:
        with st.db() as con:
            ev = Q.event(con, event_id)
        if ev is None:
            raise not_found("event", event_id)
        return ev

    @r.get("/quotes", tags=["store"], response_model=Page, responses=ERRORS,
           summary="Stored quotes, newest first",
           description="The quotes of a speaker (or said to an addressee, or of one kind: "
                       "direct, partial, indirect), with words of their own, in a date range; "
                       "each result has the quote's columns, `article_title` and "
                       "`highlights` ([start, end) offsets of the words `q` found, into "
                       "`text`).")
    def quotes(q: str = Query("", max_length=500, description=QUOTE_WORDS_HELP),
               f: Q.Filters = Depends(quote_filters), page: dict = Depends(paging),
               st: AppState = Depends(state)) -> dict[str, Any]:
        return quotes_page(st, q, f, page)

    @r.get("/actors/{code}", tags=["store"], response_model=ActorProfile, responses=ERRORS,
           summary="An actor: names seen, events by month, counterparts, events and quotes")
    def actor(code: str, limit: int = Query(200, ge=1, le=Q.MAX_LIMIT),
              st: AppState = Depends(state)) -> dict[str, Any]:
        with st.db() as con:
            prof = Q.actor(con, code, limit)
        if prof is None:
            raise not_found("actor with code", code)
        return prof

    @r.get("/actors", tags=["store"], responses=ERRORS,
           summary="Actor codes by the number of events they take part in")
    def actors(limit: int = Query(50, ge=1, le=Q.MAX_LIMIT), st: AppState = Depends(state)
               ) -> list[dict[str, Any]]:
        with st.db() as con:
            return Q.top_actors(con, limit)

    @r.get("/stats", tags=["store"], summary="Counts of the store")
    def stats(st: AppState = Depends(state)) -> dict[str, Any]:
        with st.db() as con:
            counts = Q.stats(con)
        return {**counts, "read_only": st.read_only}

    return r


def parquet_bytes(rows: list[dict[str, Any]]) -> bytes:
    """The event rows as a Parquet file, with a fixed schema (so an empty page is typed too)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = arrow_schema(EVENT_COLUMNS)
    buf = io.BytesIO()
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), buf)
    return buf.getvalue()
