"""`create_app(db_path, read_only=False)`: the FastAPI app behind `marsad serve`.

One app = one store and one pipeline (built when `marsad serve` starts it, in the background,
or else on the first request that needs it: coding, a search, an actor's Arabic name). With
`read_only` the SQLite file is opened read-only (`mode=ro`) and every request that would store
answers 403; coding without storing still works.
"""

from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from marsad.web.state import DEFAULT_MAX_BODY, AppState

STATIC_DIR = Path(__file__).with_name("static")

# No script runs on any page; styles, fonts and images come from this server only.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; font-src 'self'; "
                               "img-src 'self' data:; form-action 'self'; base-uri 'none'; "
                               "frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def create_app(db_path: str | Path, read_only: bool = False,
               max_body: int = DEFAULT_MAX_BODY, lexicon_dirs: tuple[str, ...] = (),
               warm: bool = False) -> FastAPI:
    """The app over the store `db_path`. With `warm` (as `marsad serve` starts it) the pipeline
    and the search's segmenter are built in the background when the app starts, not on the
    first request that needs them."""
    from marsad import __version__
    from marsad.web import api, counts, errors, pages
    from marsad.web.limits import BodyLimitMiddleware

    st = AppState(db_path, read_only=read_only, max_body=max_body,
                  lexicon_dirs=tuple(lexicon_dirs))
    app = FastAPI(
        title="marsad API", version=__version__,
        description="Arabic news coded into political events (CAMEO/PLOVER), quotes and "
                    "actors. Every annotation is a [start, end) character span into the "
                    "article text. Errors are `{\"error\": {status, code, message}}`.",
        docs_url=None, redoc_url=None,  # their pages load scripts from a CDN; none here
        lifespan=_lifespan,
    )
    app.state.marsad = st
    app.state.warm = warm
    errors.install(app)
    app.include_router(api.build_router())
    app.include_router(pages.build_router())
    app.include_router(counts.build_router())
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    app.add_middleware(SecurityHeadersMiddleware)
    app.add_middleware(BodyLimitMiddleware, max_body=max_body)
    return app


class SecurityHeadersMiddleware:
    """Adds SECURITY_HEADERS to every HTTP answer (pure ASGI: no task groups, so errors raised
    while a body is read reach the app's handlers unchanged)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                have = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()
                         if k.lower().encode() not in have]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        return await self.app(scope, receive, send_with_headers)


@asynccontextmanager
async def _lifespan(app: FastAPI):
    if app.state.warm:
        app.state.marsad.warm_up()
    yield
    app.state.marsad.close()
