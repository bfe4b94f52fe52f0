"""Error answers: JSON `{"error": {...}}` for the API, a small HTML page for the pages.

Validation errors name each bad field (`body.text: Field required`), so a client knows what to
fix without reading the server's code.
"""

from __future__ import annotations

import re
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from marsad.errors import MarsadError
from marsad.web.api import CAMEO, DATE, DATE_HINT, MODALITY, PLOVER, ROOT
from marsad.web.state import ReadOnlyError


def wants_json(request: Request) -> bool:
    return is_api_path(request.url.path)


def is_api_path(path: str) -> bool:
    """Whether errors at `path` are answered in JSON (the API) rather than as a page."""
    return path.startswith(("/v1", "/api/", "/static")) or path == "/openapi.json"


def _code(status: int) -> str:
    try:
        return HTTPStatus(status).phrase.lower().replace(" ", "_").replace("-", "_")
    except ValueError:
        return "error"


def error_response(request: Request, status: int, message: str,
                   details: list[dict[str, Any]] | None = None,
                   headers: dict[str, str] | None = None):
    if wants_json(request):
        err: dict[str, Any] = {"status": status, "code": _code(status), "message": message}
        if details:
            err["details"] = details
        return JSONResponse({"error": err}, status_code=status, headers=headers)
    from marsad.web.pages import error_page

    return HTMLResponse(error_page(request, status, message), status_code=status,
                        headers=headers)


def _field(loc: tuple[Any, ...] | list[Any]) -> str:
    parts = [str(p) for p in loc]
    if not parts:
        return "request"
    where = {"query": "query parameter ", "path": "path parameter ", "body": "body."}
    if parts[0] in where and len(parts) > 1:
        return where[parts[0]] + ".".join(parts[1:])
    return ".".join(parts)


PATTERN_HINTS = {DATE: "is not a date; " + DATE_HINT,
                 CAMEO: "is not a CAMEO code; give 2 to 4 digits (e.g. 04, 042)",
                 ROOT: "is not a CAMEO root code; give two digits (e.g. 19)",
                 MODALITY: "is not a modality (asserted, negated, future, ...)",
                 PLOVER: "is not a PLOVER event type (ASSAULT, PROTEST, CONSULT, ...)"}
# A pattern of a few fixed values (`^(direct|partial|indirect)?$`): say them, not the pattern
_CHOICES = re.compile(r"\^\(([a-z_]+(?:\|[a-z_]+)+)\)\?\$")


def pattern_hint(pattern: str) -> str:
    """What a value that does not match `pattern` is told (not the regular expression)."""
    if pattern in PATTERN_HINTS:
        return PATTERN_HINTS[pattern]
    if m := _CHOICES.fullmatch(pattern):
        return "is none of the values it takes; choose " + ", ".join(m[1].split("|"))
    return f"does not match {pattern}"


def validation_details(exc: RequestValidationError) -> list[dict[str, Any]]:
    out = []
    for e in exc.errors():
        msg = str(e.get("msg", "invalid"))
        if msg.startswith("Value error, "):
            msg = msg[len("Value error, "):]
        if e.get("type") == "json_invalid":
            msg = "the body is not valid JSON"
        if e.get("type") == "string_pattern_mismatch":
            pattern = (e.get("ctx") or {}).get("pattern", "")
            msg = pattern_hint(pattern)
        out.append({"field": _field(e.get("loc", ())), "message": msg,
                    "type": e.get("type", "invalid")})
    return out


# What FastAPI says of a body it cannot decode (not UTF-8 JSON, a broken form): no reason, no fix
_UNPARSED_BODY = "There was an error parsing the body"


def install(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else _default(exc.status_code)
        if exc.status_code == 404 and exc.detail == "Not Found":
            message = f"no such resource: {request.method} {request.url.path}"
        if exc.status_code == 400 and exc.detail == _UNPARSED_BODY:  # (FastAPI's words)
            message = ("the request body could not be read: JSON must be in UTF-8 (a text in "
                       "windows-1256 or another encoding: re-encode it as UTF-8)"
                       if wants_json(request) else
                       "the form could not be read; send it again from the article page")
        if exc.status_code == 405:
            message = f"method {request.method} is not allowed on {request.url.path}"
        return error_response(request, exc.status_code, message,
                              headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        details = validation_details(exc)
        summary = "; ".join(f"{d['field']}: {d['message']}" for d in details[:5])
        return error_response(request, 422, f"invalid request: {summary}", details)

    @app.exception_handler(ReadOnlyError)
    async def read_only(request: Request, exc: ReadOnlyError):
        return error_response(request, 403, str(exc))

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception):
        # Starlette logs the traceback after this answer; the client learns only what failed.
        return error_response(request, 500, f"internal error ({type(exc).__name__}) while "
                                            f"handling {request.method} {request.url.path}; "
                                            f"see the server log")

    @app.exception_handler(MarsadError)
    async def marsad_error(request: Request, exc: MarsadError):
        return error_response(request, 400, str(exc))


def _default(status: int) -> str:
    try:
        return HTTPStatus(status).description or HTTPStatus(status).phrase
    except ValueError:
        return "error"
