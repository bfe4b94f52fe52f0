"""Bounding request bodies: a declared Content-Length over the limit is refused at once; a body
sent without one (chunked) is counted as it is read and refused as soon as it passes the limit."""

from __future__ import annotations

import json

from fastapi import HTTPException


def too_large_message(limit: int) -> str:
    return (f"request body is larger than the limit of {limit:,} bytes; send a shorter article, "
            f"or start the server with a larger --max-body BYTES")


class BodyLimitMiddleware:
    """Pure ASGI middleware (so streaming bodies are never buffered whole)."""

    def __init__(self, app, max_body: int):
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None:
            try:
                declared = int(length)
            except ValueError:
                declared = -1
            if declared < 0:
                return await _refuse(scope, send, 400, "bad_request",
                                     "the Content-Length header is not a number")
            if declared > self.max_body:
                return await _refuse(scope, send, 413, "payload_too_large",
                                     too_large_message(self.max_body))
        seen = 0
        limit = self.max_body

        async def bounded_receive():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    # Raised inside the endpoint's body reading, so the app's exception
                    # handlers turn it into a 413 answer.
                    raise HTTPException(413, too_large_message(limit))
            return message

        return await self.app(scope, bounded_receive, send)


async def _refuse(scope, send, status: int, code: str, message: str) -> None:
    """Answer before the body is read: JSON for the API, the app's error page for a page (a
    file too large for the article form must not show a browser raw JSON)."""
    from marsad.web.errors import is_api_path

    if is_api_path(scope.get("path", "")) or "app" not in scope:
        body = json.dumps({"error": {"status": status, "code": code, "message": message}})
        return await _send(send, status, b"application/json", body.encode())
    from starlette.requests import Request

    from marsad.web.pages import error_page

    page = error_page(Request(scope), status, message)
    return await _send(send, status, b"text/html; charset=utf-8", page.encode("utf-8"))


async def _send(send, status: int, content_type: bytes, body: bytes) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", content_type),
                            (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})
