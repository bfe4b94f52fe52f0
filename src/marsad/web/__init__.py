"""The marsad web app and HTTP API (`marsad serve`): `create_app(db_path, read_only=False)`.

Pages are rendered on the server from the store (no JavaScript needed, nothing fetched from the
network); the JSON API lives under `/v1` and is described at `/openapi.json`.
"""

from __future__ import annotations


def create_app(*args, **kwargs):
    """Build the ASGI app; see `marsad.web.app.create_app`."""
    from marsad.web.app import create_app as _create

    return _create(*args, **kwargs)


__all__ = ["create_app"]
