"""Safe HTML building: every piece of text is escaped unless it is already `Html`.

`Html` marks a string as markup built here; anything else that reaches a page goes through
`esc()`. `highlight()` turns character-offset spans into nested <span> elements over the escaped
text, so article text (which may contain `<script>`) always renders as text.
"""

from __future__ import annotations

import html
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

TEMPLATES_DIR = Path(__file__).with_name("templates")


class Html(str):
    """A string of markup that is safe to insert as is."""

    __slots__ = ()


def esc(value: Any) -> Html:
    """Escape any value for HTML text or a quoted attribute (None becomes empty)."""
    if isinstance(value, Html):
        return value
    if value is None:
        return Html("")
    return Html(html.escape(str(value), quote=True))


def join(parts: Iterable[Any], sep: str = "") -> Html:
    return Html(sep.join(esc(p) for p in parts))


def attrs(**values: Any) -> Html:
    """` name="value"` pairs, escaped; `class_` gives `class`, `data_x` gives `data-x`, None and
    False are left out, True gives a bare attribute."""
    out = []
    for name, value in values.items():
        if value is None or value is False:
            continue
        name = name.rstrip("_").replace("_", "-")
        out.append(f" {name}" if value is True else f' {name}="{esc(value)}"')
    return Html("".join(out))


def el(tag: str, content: Any = "", **attributes: Any) -> Html:
    return Html(f"<{tag}{attrs(**attributes)}>{esc(content)}</{tag}>")


def url(path: str, **params: Any) -> str:
    """A URL with the non-empty query parameters (path pieces must be quoted by the caller)."""
    q = {k: v for k, v in params.items() if v not in (None, "")}
    return path + ("?" + urlencode(q) if q else "")


def path_part(value: str) -> str:
    return quote(str(value), safe="")


# -- highlighting character spans ------------------------------------------------------------
@dataclass(order=True)
class Mark:
    """A span to highlight: [start, end) into the text, rendered as <span class=...>, or as a
    link <a href=...> when it has an `href` and no link is open around it (links don't nest)."""

    start: int
    end: int
    cls: str = field(compare=False)
    title: str | None = field(default=None, compare=False)
    id: str | None = field(default=None, compare=False)
    data: Mapping[str, Any] = field(default_factory=dict, compare=False)
    href: str | None = field(default=None, compare=False)

    def open_tag(self, continued: bool = False, as_link: bool = False) -> str:
        extra = {f"data_{k}": v for k, v in self.data.items()}
        cls = self.cls + (" cont" if continued else "")
        a = attrs(class_=cls, title=self.title, id=None if continued else self.id,
                  href=self.href if as_link else None, **extra)
        return f"<{'a' if as_link else 'span'}{a}>"


def highlight(text: str, marks: Iterable[Mark]) -> Html:
    """The escaped text with `marks` as nested spans.

    Spans are opened outermost first (longest first at the same start). When a span ends while a
    span opened inside it is still running (crossing spans), the inner one is closed and reopened
    after it, marked `cont`, so the markup stays well nested and no character is lost.
    """
    n = len(text)
    clean = sorted((m for m in marks if 0 <= m.start < m.end <= n),
                   key=lambda m: (m.start, -m.end))
    points = sorted({0, n, *(m.start for m in clean), *(m.end for m in clean)})
    starts: dict[int, list[Mark]] = {}
    for m in clean:
        starts.setdefault(m.start, []).append(m)
    out: list[str] = []
    stack: list[tuple[Mark, bool]] = []  # each open mark, and whether it is open as a link

    def push(m: Mark, continued: bool = False) -> None:
        as_link = bool(m.href) and not any(linked for _, linked in stack)
        out.append(m.open_tag(continued, as_link))
        stack.append((m, as_link))

    for i, p in enumerate(points):
        ending = [k for k, (m, _) in enumerate(stack) if m.end <= p]
        if ending:
            lowest = ending[0]
            reopen = [m for m, _ in stack[lowest:] if m.end > p]
            out.append(_closing(stack[lowest:]))
            del stack[lowest:]
            for m in reopen:
                push(m, continued=True)
        for m in starts.get(p, ()):
            push(m)
        if i + 1 < len(points):
            out.append(html.escape(text[p:points[i + 1]], quote=False))
    out.append(_closing(stack))
    return Html("".join(out))


def _closing(opened: list[tuple[Mark, bool]]) -> str:
    """The closing tags of the marks `opened`, innermost first."""
    return "".join("</a>" if linked else "</span>" for _, linked in reversed(opened))


# -- templates -------------------------------------------------------------------------------
class Templates:
    """`string.Template` files from templates/; values are escaped unless they are `Html`."""

    def __init__(self, folder: Path = TEMPLATES_DIR):
        self.folder = folder
        self._cache: dict[str, string.Template] = {}

    def render(self, name: str, **values: Any) -> Html:
        tpl = self._cache.get(name)
        if tpl is None:
            tpl = string.Template((self.folder / name).read_text(encoding="utf-8"))
            self._cache[name] = tpl
        return Html(tpl.substitute({k: esc(v) for k, v in values.items()}))
