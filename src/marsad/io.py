"""Reading article text safely: encodings, binary files, empty and oversized input.

Every failure is an `InputError` that names the input and the reason, so a batch run can report
the item and go on.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from marsad.errors import InputError

MAX_ARTICLE_BYTES = 5_000_000  # one article larger than this is rejected as "too large"
_ARABIC_RANGE = range(0x0600, 0x0700)


def decode_bytes(data: bytes, source: str = "input", max_bytes: int = MAX_ARTICLE_BYTES) -> str:
    """Decode article bytes: UTF-8 (with or without BOM), UTF-16 (BOM), windows-1256, ISO-8859-6.

    Raises InputError for empty, too large, binary or undecodable input.
    """
    if len(data) > max_bytes:
        raise InputError(f"too large ({len(data):,} bytes, limit {max_bytes:,}); split it into "
                         f"articles", source, reason="too_large")
    other = other_format(data)
    if other:
        raise InputError(other, source, reason="binary")
    if data.startswith(codecs.BOM_UTF8):
        text = _try(data[3:], "utf-8")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _try(data, "utf-16")
    else:
        if b"\x00" in data[:4096]:
            if _looks_utf16(data):
                text = _try(data, _utf16_order(data))
            else:
                raise InputError("looks binary (contains NUL bytes); give a text file",
                                 source, reason="binary")
        else:
            text = _try(data, "utf-8")
            if text is None:
                text = _legacy_arabic(data)
    if text is None:
        raise InputError("cannot be decoded as UTF-8, UTF-16, windows-1256 or ISO-8859-6; "
                         "re-save it as UTF-8", source, reason="encoding")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError("is empty: it holds no text to code; give the article's text, or leave "
                         "it out", source, reason="empty")
    if _control_ratio(text) > 0.05:
        raise InputError("looks binary (many control characters); give a text file",
                         source, reason="binary")
    return text


def read_text_file(path: str | Path, max_bytes: int = MAX_ARTICLE_BYTES) -> str:
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise InputError(f"too large ({size:,} bytes, limit {max_bytes:,}); split it into "
                             f"articles", str(p), reason="too_large")
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror})", str(p), reason="unreadable") from exc
    return decode_bytes(data, str(p), max_bytes)


# Files of other formats, known by their first bytes, and what to do with each: read as text
# they gave "cannot be decoded; re-save it as UTF-8", or (a PDF) were coded as an article
_OTHER_FORMATS = (
    (b"SQLite format 3\x00", "is an SQLite database (a marsad store?), not article text; a "
                              "store is given with --db FILE"),
    (b"%PDF-", "is a PDF document, not text; extract its text first (e.g. pdftotext FILE)"),
    (b"\x1f\x8b", "is gzip-compressed; name it for what it holds (.jsonl.gz, .csv.gz, .txt.gz "
                  "...) or decompress it"),
    (b"PK\x03\x04", "is a zip file; name it .zip"),
    (b"PAR1", "is a Parquet file; name it .parquet"),
)


def other_format(data: bytes) -> str | None:
    """What a file of another format that `data` opens is, and what to do with it; None."""
    return next((what for magic, what in _OTHER_FORMATS if data.startswith(magic)), None)


def _try(data: bytes, enc: str) -> str | None:
    try:
        return data.decode(enc)
    except UnicodeDecodeError:
        return None


def _looks_utf16(data: bytes) -> bool:
    head = data[:2000]
    even_nuls = head[0::2].count(0)
    odd_nuls = head[1::2].count(0)
    half = max(1, len(head) // 2)
    return max(even_nuls, odd_nuls) > 0.3 * half or _arabic_utf16(head)


def _utf16_order(data: bytes) -> str:
    """UTF-16 without a byte-order mark: little-endian when the high bytes of Arabic (0x06) and
    of ASCII (0x00) fall on the odd places. (The first byte alone said it wrongly for a text
    that opens with an Arabic letter, and Arabic came out as CJK characters.)"""
    head = data[:2000]
    odd, even = head[1::2], head[0::2]
    return ("utf-16-le" if odd.count(0) + odd.count(6) >= even.count(0) + even.count(6)
            else "utf-16-be")


def _arabic_utf16(head: bytes) -> bool:
    # Arabic in UTF-16: every odd byte is 0x06 in little-endian, every even one in big-endian
    return any(len(half) > 4 and half.count(6) > 0.5 * len(half)
               for half in (head[1::2], head[0::2]))


def _legacy_arabic(data: bytes) -> str | None:
    """windows-1256 or ISO-8859-6, whichever yields more Arabic letters."""
    best, best_score = None, -1
    for enc in ("cp1256", "iso8859_6"):
        text = _try(data, enc)
        if text is None:
            continue
        score = sum(1 for c in text if ord(c) in _ARABIC_RANGE)
        if score > best_score:
            best, best_score = text, score
    if best is not None and best_score == 0 and any(b > 0x7F for b in data):
        return None
    return best


def _control_ratio(text: str) -> float:
    sample = text[:4000]
    bad = sum(1 for c in sample if ord(c) < 32 and c not in "\n\t\f\v")
    return bad / max(1, len(sample))
