"""Word's automatic numbering: the label (壹、 一、 (一) 1. •) a numbered paragraph shows but does not hold as text.

Reports written in Word often number their headings and lists automatically, so the paragraph text lacks the
壹、/一、 labels the outline builder reads. The definitions are in word/numbering.xml: a paragraph, or its style,
names a list (w:numId) and a level (w:ilvl); the list's abstract definition gives each level a start, a number
format (decimal, taiwaneseCountingThousand, ideographTraditional …) and a text template ("%1、", "(%2)").
Counting is per list and level, and a level starts again when a shallower level of its list moves on.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop_app.ingest.headings import CJK_NUMERALS, FORMAL_NUMERALS

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BULLET = "•"  # what list items start with in TelRef's text, whatever glyph Word draws
_SIMPLIFIED_FORMAL = "零壹贰叁肆伍陆柒捌玖拾"
_STEMS = "甲乙丙丁戊己庚辛壬癸"
_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def cjk_count(numerals: str, n: int) -> str:
    """n (1–99) written with the given eleven numerals (zero to ten), as 十一 / 拾壹 style counts are written;
    larger n in digits."""
    if not 0 < n < 100:
        return str(n)
    ten = numerals[10]
    if n <= 10:
        return numerals[n] if n < 10 else ten
    tens, ones = divmod(n, 10)
    return (numerals[tens] if tens > 1 else "") + ten + (numerals[ones] if ones else "")


def _letters(n: int) -> str:
    """Word's letter numbering: A … Z, then AA … ZZ, AAA …"""
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _roman(n: int) -> str:
    out = ""
    for value, numeral in _ROMAN:
        count, n = divmod(n, value)
        out += numeral * count
    return out


def _enclosed(n: int, first: int) -> str:
    return chr(first + n - 1) if 1 <= n <= 20 else str(n)


_FORMATS = {
    "decimal": str,
    "decimalHalfWidth": str,
    "decimalZero": lambda n: f"{n:02d}",
    "decimalFullWidth": lambda n: "".join(chr(ord(digit) + 0xFEE0) for digit in str(n)),
    "decimalFullWidth2": lambda n: "".join(chr(ord(digit) + 0xFEE0) for digit in str(n)),
    "decimalEnclosedCircle": lambda n: _enclosed(n, 0x2460),
    "decimalEnclosedCircleChinese": lambda n: _enclosed(n, 0x2460),
    "decimalEnclosedParen": lambda n: _enclosed(n, 0x2474),
    "decimalEnclosedFullstop": lambda n: _enclosed(n, 0x2488),
    "upperLetter": _letters,
    "lowerLetter": lambda n: _letters(n).lower(),
    "upperRoman": _roman,
    "lowerRoman": lambda n: _roman(n).lower(),
    "chineseCounting": lambda n: cjk_count(CJK_NUMERALS, n),
    "chineseCountingThousand": lambda n: cjk_count(CJK_NUMERALS, n),
    "taiwaneseCounting": lambda n: cjk_count(CJK_NUMERALS, n),
    "taiwaneseCountingThousand": lambda n: cjk_count(CJK_NUMERALS, n),
    "japaneseCounting": lambda n: cjk_count(CJK_NUMERALS, n),
    "ideographLegalTraditional": lambda n: cjk_count("零" + FORMAL_NUMERALS, n),
    "chineseLegalSimplified": lambda n: cjk_count(_SIMPLIFIED_FORMAL, n),
    "ideographDigital": lambda n: "".join("〇一二三四五六七八九"[int(digit)] for digit in str(n)),
    "taiwaneseDigital": lambda n: "".join("〇一二三四五六七八九"[int(digit)] for digit in str(n)),
    "ideographTraditional": lambda n: _STEMS[(n - 1) % 10],
    "ideographZodiac": lambda n: _BRANCHES[(n - 1) % 12],
    "bullet": lambda _n: BULLET,
    "none": lambda _n: "",
}


def format_number(n: int, number_format: str) -> str:
    """n as a level's w:numFmt writes it; an unknown format as a decimal."""
    return _FORMATS.get(number_format, str)(n)


def counted_label(levels: dict[int, Level], counts: dict[int, int], ilvl: int, overrides: dict[int, int]) -> str | None:
    """Count a paragraph at level ilvl of a list (its levels, its current counts, its start overrides) and
    return the label Word shows; None when the list has no such level. Deeper levels start again."""
    if ilvl not in levels:
        return None
    for deeper in [depth for depth in counts if depth > ilvl]:
        del counts[deeper]
    counts[ilvl] = counts.get(ilvl, overrides.get(ilvl, levels[ilvl].start) - 1) + 1
    text = levels[ilvl].template
    for depth, level in levels.items():  # levels 0–8 are written %1–%9
        if f"%{depth + 1}" in text:
            number = counts.get(depth, overrides.get(depth, level.start))
            number_format = "decimal" if levels[ilvl].legal else level.number_format
            text = text.replace(f"%{depth + 1}", format_number(number, number_format))
    if levels[ilvl].number_format == "bullet":
        return BULLET
    return text.strip() or None


@dataclass(frozen=True)
class Level:
    start: int
    number_format: str
    template: str  # w:lvlText, "%1、"; %N is level N's current number
    style_id: str | None  # a paragraph style tied to this level (w:pStyle)
    legal: bool  # w:isLgl: every level's number in the template written as a decimal (貳.1 becomes 2.1)


def _value(element: Any, path: str, default: str | None = None) -> str | None:
    found = element.find(path)
    return found.get(f"{W}val", default) if found is not None else default


def _int(text: str | None, default: int) -> int:
    return int(text) if text is not None and text.lstrip("-").isdigit() else default


class ListNumbering:
    """Labels of a document's numbered paragraphs, worked out in reading order (call label once per paragraph)."""

    def __init__(self, numbering: Any | None) -> None:
        self._levels: dict[str, dict[int, Level]] = {}  # abstractNumId → ilvl → level
        self._lists: dict[str, tuple[str, dict[int, int]]] = {}  # numId → (abstractNumId, ilvl → start override)
        self._counts: dict[str, dict[int, int]] = {}  # numId → ilvl → current number
        if numbering is None:
            return
        for abstract in numbering.iterfind(f"{W}abstractNum"):
            levels = {}
            for level in abstract.iterfind(f"{W}lvl"):
                ilvl = _int(level.get(f"{W}ilvl"), 0)
                levels[ilvl] = Level(
                    start=_int(_value(level, f"{W}start"), 1),
                    number_format=_value(level, f"{W}numFmt", "decimal") or "decimal",
                    template=_value(level, f"{W}lvlText", "") or "",
                    style_id=_value(level, f"{W}pStyle"),
                    legal=level.find(f"{W}isLgl") is not None,
                )
            self._levels[abstract.get(f"{W}abstractNumId", "")] = levels
        for num in numbering.iterfind(f"{W}num"):
            overrides = {
                _int(override.get(f"{W}ilvl"), 0): _int(_value(override, f"{W}startOverride"), 1)
                for override in num.iterfind(f"{W}lvlOverride")
                if override.find(f"{W}startOverride") is not None
            }
            self._lists[num.get(f"{W}numId", "")] = (_value(num, f"{W}abstractNumId", "") or "", overrides)

    @classmethod
    def of(cls, document: Any) -> ListNumbering:
        """The numbering of a python-docx Document (none when it has no numbering part)."""
        try:
            part = document.part.numbering_part
        except (KeyError, NotImplementedError):
            return cls(None)
        return cls(part.element)

    def label(self, paragraph: Any) -> str | None:
        """The label Word shows before the paragraph, counting it; None when it is not numbered."""
        found = self._reference(paragraph)
        if found is None:
            return None
        num_id, ilvl = found
        abstract_id, overrides = self._lists[num_id]
        return counted_label(self._levels.get(abstract_id, {}), self._counts.setdefault(num_id, {}), ilvl, overrides)

    def _reference(self, paragraph: Any) -> tuple[str, int] | None:
        """(numId, ilvl) from the paragraph's own properties, else from its style or the styles it is based on."""
        own = paragraph._p.find(f"{W}pPr/{W}numPr")
        if own is not None:
            return self._known(_value(own, f"{W}numId"), _int(_value(own, f"{W}ilvl"), 0))
        style = paragraph.style
        for _depth in range(8):
            if style is None:
                return None
            numbered = style.element.find(f"{W}pPr/{W}numPr")
            if numbered is not None:
                num_id = _value(numbered, f"{W}numId")
                ilvl = _value(numbered, f"{W}ilvl")
                return self._known(num_id, _int(ilvl, self._style_level(num_id, style.style_id)))
            style = style.base_style
        return None

    def _known(self, num_id: str | None, ilvl: int) -> tuple[str, int] | None:
        """numId 0 means "numbering removed"; an id without a definition is ignored."""
        if not num_id or num_id == "0" or num_id not in self._lists:
            return None
        return num_id, ilvl

    def _style_level(self, num_id: str | None, style_id: str) -> int:
        """The level a style is tied to in its list (w:pStyle), else the first."""
        abstract_id = self._lists.get(num_id or "", ("", {}))[0]
        for ilvl, level in self._levels.get(abstract_id, {}).items():
            if level.style_id == style_id:
                return ilvl
        return 0
