"""Find a font that prints Chinese, once at start, so that no brief ever prints empty boxes.

Families are tried in the order of resources/brief_style.json (Noto Sans CJK TC, Microsoft JhengHei, PingFang
TC, …), then any installed family that declares Traditional Chinese. None found is a plain one-line error.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase, QRawFont

from desktop_app.briefing.labels import style

PROBE = "經濟體會議頁"  # characters every brief prints; a family must draw them all
MISSING_FONT = (
    "no Chinese font found, so briefs would print empty boxes: install one "
    "(Debian/Ubuntu: apt-get install fonts-noto-cjk; Windows and macOS include one)"
)


class FontMissing(RuntimeError):
    """No installed font draws Chinese."""


def _draws_chinese(family: str) -> bool:
    raw = QRawFont.fromFont(QFont(family), QFontDatabase.WritingSystem.TraditionalChinese)
    return raw.isValid() and raw.familyName() == family and all(raw.supportsCharacter(ord(ch)) for ch in PROBE)


def cjk_family(preferred: tuple[str, ...] | None = None, any_installed: bool = True) -> str | None:
    """The first preferred family installed that draws Chinese, else (any_installed) any such family, else None."""
    installed = set(QFontDatabase.families())
    for family in preferred if preferred is not None else tuple(style()["fonts"]):
        if family in installed and _draws_chinese(family):
            return family
    for family in QFontDatabase.families(QFontDatabase.WritingSystem.TraditionalChinese) if any_installed else ():
        if _draws_chinese(family):
            return family
    return None


def print_font(family: str, point_size: float) -> QFont:
    """The family at a size, with OpenType 'locl' off so that the PDF's text layer reads back digits and quotes.

    Under a non-Chinese locale HarfBuzz applies Noto Sans CJK's Latin 'locl' lookup, which swaps 0–9 for glyphs
    that no code point maps to; Qt's PDF writer then leaves them out of the ToUnicode map and "2024" cannot be
    searched or copied. Under a Chinese locale the same happens to quotes and dashes. Without 'locl' every glyph
    comes straight from the font's cmap.
    """
    font = QFont(family)
    font.setPointSizeF(point_size)
    font.setFeature(QFont.Tag("locl"), 0)
    return font


def require_cjk_family(preferred: tuple[str, ...] | None = None, any_installed: bool = True) -> str:
    """The family briefs print in; raises FontMissing with the reason and the fix."""
    family = cjk_family(preferred, any_installed)
    if family is None:
        raise FontMissing(MISSING_FONT)
    return family


# Code points Chinese text is written in; another code point drawn with the same glyph is read back as these.
# Ideographs over the radicals that share their glyphs, CJK punctuation and full-width forms, ASCII, and the en
# and em dashes over the figure dash (a time range 09:00–10:30 copied as 09:00‒10:30 and could not be found).
PREFERRED_RANGES = (
    (0x4E00, 0xA000), (0x3000, 0x3040), (0xFF00, 0xFFF0), (0x0020, 0x007F), (0x3400, 0x4DC0), (0x2013, 0x2015),
)


@cache
def glyph_twins(family: str) -> dict[int, int]:
    """Code points the family draws with the glyph of a preferred one, mapped to it (⽇ → 日, ∕ → ／).

    Qt's PDF text layer names each glyph by its lowest code point; this table, taken from the font itself, lets
    render/tounicode.py put back the characters the text was written in.
    """
    raw = QRawFont.fromFont(QFont(family), QFontDatabase.WritingSystem.TraditionalChinese)
    preferred: dict[int, int] = {}
    for low, high in PREFERRED_RANGES:
        chars = "".join(chr(code) for code in range(low, high))
        for code, glyph in zip(range(low, high), raw.glyphIndexesForString(chars)):
            if glyph:
                preferred.setdefault(glyph, code)
    others = [code for code in range(0x0001, 0x10000) if not 0xD800 <= code < 0xE000]
    glyphs = raw.glyphIndexesForString("".join(chr(code) for code in others))
    return {
        code: preferred[glyph]
        for code, glyph in zip(others, glyphs)
        if glyph in preferred and preferred[glyph] != code and code < preferred[glyph]
    }
