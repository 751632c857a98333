"""Plain text and Markdown: detect the encoding, normalise line endings, drop control characters."""

from __future__ import annotations

import re
import unicodedata

from desktop_app.ingest.errors import ImportRefused
from desktop_app.ingest.readers import ReadText

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode_text(data: bytes) -> str:
    """Bytes to str: BOMs first, then strict UTF-8, then the legacy Chinese encodings; refuses binary noise."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_legacy(data)
    return text


def _decode_legacy(data: bytes) -> str:
    for encoding in ("cp950", "big5hkscs", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ImportRefused("not readable as text (unknown encoding or binary data)")


def clean_text(text: str) -> str:
    """One line-ending form, no control characters, NFC; refuses text that is mostly unprintable."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    text = unicodedata.normalize("NFC", text)
    if text and sum(1 for ch in text if _CONTROL.match(ch) or ch == "\ufffd") > len(text) * 0.05:
        raise ImportRefused("not readable as text (binary data)")
    return _CONTROL.sub("", text)


def read_txt(data: bytes) -> ReadText:
    return ReadText(clean_text(decode_text(data)), "txt")


def read_md(data: bytes) -> ReadText:
    return ReadText(clean_text(decode_text(data)), "md")
