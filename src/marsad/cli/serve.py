"""`marsad serve`: the web app and HTTP API over a store (see docs/web.md)."""

from __future__ import annotations

import sys

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def register(sub) -> None:
    p = sub.add_parser("serve", help="web pages and the HTTP API over a store",
                       description="Serve the article, search, events and actor pages and the "
                                   "JSON API under /v1 (OpenAPI at /openapi.json). Binds to "
                                   "loopback unless --host says otherwise.")
    p.add_argument("--db", default="marsad.db", help="the store (SQLite file; default marsad.db)")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--read-only", action="store_true",
                   help="open the store read-only and refuse every write with 403 (coding "
                        "without storing still works)")
    p.add_argument("--max-body", type=int, default=1_000_000, metavar="BYTES",
                   help="largest request body accepted; larger ones get 413 (default 1000000)")
    p.add_argument("--lexicon", action="append", default=[], metavar="DIR",
                   help="extra dictionary folder for coding (repeatable)")
    p.add_argument("--log-level", default="info",
                   choices=("critical", "error", "warning", "info", "debug"),
                   help="the least severe messages the server logs (default info: one line a "
                        "request)")
    p.set_defaults(func=run)


def run(args) -> int:
    from marsad.errors import MarsadError

    try:
        import uvicorn

        from marsad.web.app import create_app
    except ImportError as exc:
        raise MarsadError(f"the web app needs the 'web' extras ({exc.name} is missing): "
                          f"pip install 'marsad[web]'") from None
    if args.port < 0 or args.port > 65535:
        raise MarsadError(f"--port {args.port} is not a port number (0-65535)")
    if args.max_body < 1:
        raise MarsadError(f"--max-body {args.max_body} must be a positive number of bytes")
    _check_port_free(args.host, args.port)
    from pathlib import Path

    if not args.read_only and not Path(args.db).exists():  # (a typo of --db must not pass)
        print(f"marsad: store {args.db} does not exist: serving a new, empty store there, which "
              f"keeps the articles stored through the app; if you meant another store, stop "
              f"(Ctrl-C) and give it with --db FILE", file=sys.stderr)
    app = create_app(args.db, read_only=args.read_only, max_body=args.max_body,
                     lexicon_dirs=tuple(args.lexicon), warm=True)
    if args.host not in LOOPBACK:
        print(f"marsad: warning: serving on {args.host}, reachable from other machines; the "
              f"app has no authentication", file=sys.stderr)
    mode = "read-only" if args.read_only else "read-write"
    print(f"marsad: serving {args.db} ({mode}) on http://{args.host}:{args.port}/",
          file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level,
                server_header=False)
    return 0


def _check_port_free(host: str, port: int) -> None:
    """Refuse a port another program holds before anything starts (uvicorn would print a
    startup banner, then fail)."""
    import errno
    import socket

    from marsad.errors import MarsadError

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise MarsadError(f"--host {host} is not an address of this machine ({exc.strerror})"
                          ) from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            hint = ("another program (another marsad serve?) holds it: choose another --port"
                    if exc.errno == errno.EADDRINUSE else "check --host and --port")
            raise MarsadError(f"cannot serve on {host}:{port} ({exc.strerror}); {hint}"
                              ) from None
