"""Plain text and Markdown: detect the encoding, normalise line endings, drop control characters.

Ministry folders hold UTF-8 (with or without BOM), UTF-16 with BOM, and legacy Big5/cp950 or GB18030 files.
Strict UTF-8 is tried first because legacy bytes almost never decode as UTF-8 by accident. Big5 and GB bytes,
on the other hand, usually decode as *each other* without error into valid-looking Han characters, so the
candidates are scored by how many common characters (Traditional or Simplified) the decoding yields; the wrong
one gives rare characters. charset-normalizer breaks ties and handles whatever else is left.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from desktop_app.core.resources import resource
from desktop_app.core.scripts import is_han
from desktop_app.ingest.errors import ImportRefused
from desktop_app.ingest.readers import ReadText
from desktop_app.ingest.readers.pages import without_running_lines_between_page_breaks

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_LEGACY = ("cp950", "big5hkscs", "gb18030")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_MAX_UTF8_DAMAGE = 0.001  # a few bad bytes in a UTF-8 file: still UTF-8, damaged characters become U+FFFD


@cache
def common_hanzi() -> frozenset[str]:
    """Frequent Han characters, from resources/common_hanzi.txt."""
    text = resource("common_hanzi.txt").read_text(encoding="utf-8")
    return frozenset(ch for line in text.splitlines() if not line.startswith("#") for ch in line.strip())


def _han_score(text: str) -> float:
    """Share of the Han characters in text that are common ones; 1.0 when there are none."""
    han = [ch for ch in text if is_han(ch)]
    if not han:
        return 1.0
    common = common_hanzi()
    return sum(ch in common for ch in han) / len(han)


def decode_text(data: bytes) -> str:
    """Bytes to str: BOMs first, then strict UTF-8, then the best-scoring legacy Chinese encoding."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise ImportRefused(f"not readable as text (damaged {encoding.upper()} data)") from None
    head = data[:4096]
    if head.count(b"\x00") > max(2, len(head) // 100):  # UTF-16 without a BOM or binary; a stray NUL is dropped
        raise ImportRefused("not readable as text (binary data)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", errors="replace")
    damaged = lenient.count("\ufffd")
    well_formed = sum(1 for ch in lenient if ord(ch) > 0x7F) - damaged
    if damaged <= len(lenient) * _MAX_UTF8_DAMAGE and well_formed >= 50 * damaged:
        return lenient
    return _decode_legacy(data)


def _decode_legacy(data: bytes) -> str:
    candidates: list[tuple[float, int, str]] = []
    for rank, encoding in enumerate(_LEGACY):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        candidates.append((_han_score(text), -rank, text))
    if candidates:
        candidates.sort(reverse=True)
        best = candidates[0]
        if len(candidates) == 1 or best[0] - candidates[1][0] > 0.02:
            return best[2]
        tie_break = _charset_normalizer_guess(data)
        return tie_break if tie_break is not None else best[2]
    guessed = _charset_normalizer_guess(data)
    if guessed is None:
        raise ImportRefused("not readable as text (unknown encoding or binary data)")
    return guessed


def _charset_normalizer_guess(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    match = from_bytes(data).best()
    return str(match) if match is not None else None


def clean_text(text: str) -> str:
    """One line-ending form, no control characters, NFC; refuses text that is mostly unprintable."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").replace("\t", "    ")
    text = unicodedata.normalize("NFC", text)
    if text and sum(1 for ch in text if _CONTROL.match(ch) or ch == "\ufffd") > len(text) * 0.05:
        raise ImportRefused("not readable as text (binary data)")
    if text and _unprintable_share(text) > 0.2:
        raise ImportRefused("not readable as text (binary data)")
    return _CONTROL.sub("", text)


def _unprintable_share(text: str) -> float:
    """Share of characters no document would hold: unassigned, private-use, surrogates, C1 controls."""
    sample = text[:20000]
    odd = sum(unicodedata.category(ch) in ("Cn", "Co", "Cs", "Cc") and ch not in "\n " for ch in sample)
    return odd / len(sample)


def read_txt(data: bytes) -> ReadText:
    """Text as written, or extracted from a PDF (whose page breaks pdftotext marks with form feeds)."""
    return ReadText(clean_text(without_running_lines_between_page_breaks(decode_text(data))), "txt")


def read_md(data: bytes) -> ReadText:
    return ReadText(clean_text(decode_text(data)), "md")
