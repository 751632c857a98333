"""Word 97-2003's automatic numbering: the label (壹、 一、 (一) 1. •) a numbered paragraph of a .doc shows but
does not hold as text, worked out as docx_numbering.py does for .docx.

The table stream holds the lists (PlfLst: one LSTF each, then each list's levels, LVL, one after another) and
the list instances paragraphs name (PlfLfo: an LFO each, naming its list, then any level whose count it starts
anew). A paragraph names its instance and level in its properties (sprmPIlfo, sprmPIlvl). A level's number text
(xst) holds the characters 0-8 where levels 1-9 write their numbers: "\\x00、" is "%1、".
"""

from __future__ import annotations

import struct

from desktop_app.ingest.readers.docx_numbering import Level, counted_label

# MSONFC: a level's number format, by the names docx_numbering.format_number knows (an unknown one is decimal)
_FORMATS = {
    0x00: "decimal", 0x01: "upperRoman", 0x02: "lowerRoman", 0x03: "upperLetter", 0x04: "lowerLetter",
    0x0A: "ideographDigital", 0x0B: "japaneseCounting", 0x0E: "decimalFullWidth", 0x12: "decimalEnclosedCircle",
    0x13: "decimalFullWidth2", 0x16: "decimalZero", 0x17: "bullet", 0x1A: "decimalEnclosedFullstop",
    0x1B: "decimalEnclosedParen", 0x1C: "decimalEnclosedCircleChinese", 0x1E: "ideographTraditional",
    0x1F: "ideographZodiac", 0x21: "taiwaneseCounting", 0x22: "ideographLegalTraditional",
    0x23: "taiwaneseCountingThousand", 0x24: "taiwaneseDigital", 0x25: "chineseCounting",
    0x26: "chineseLegalSimplified", 0x27: "chineseCountingThousand", 0xFF: "none",
}
_LSTF_SIZE, _LVLF_SIZE, _LFO_SIZE = 28, 28, 16
_LISTS_AT, _INSTANCES_AT = 0x02E2, 0x02EA  # where the FIB gives each one's offset and size in the table stream


class DocLists:
    """Labels of a .doc's numbered paragraphs, worked out in reading order (call label once per paragraph).
    A document whose list tables cannot be read has no labels rather than no text."""

    def __init__(self, word: bytes, table: bytes) -> None:
        self._lists: dict[int, dict[int, Level]] = {}  # list id → level → level
        self._instances: list[tuple[int, dict[int, int]]] = []  # (list id, level → start) for ilfo 1, 2 …
        self._counts: dict[int, dict[int, int]] = {}  # ilfo → level → current number
        try:
            self._lists = _read_lists(word, table)
            self._instances = _read_instances(word, table)
        except (struct.error, IndexError, ValueError, UnicodeDecodeError):
            self._lists, self._instances = {}, []

    def label(self, instance: int, level: int) -> str | None:
        """The label of a paragraph of list instance (1-based, as sprmPIlfo names it) at level; None when
        the paragraph is not numbered or the instance is unknown."""
        if not 0 < instance <= len(self._instances):
            return None
        list_id, starts = self._instances[instance - 1]
        levels = self._lists.get(list_id)
        if levels is None:
            return None
        return counted_label(levels, self._counts.setdefault(instance, {}), level, starts)


def _read_lists(word: bytes, table: bytes) -> dict[int, dict[int, Level]]:
    start, size = struct.unpack_from("<II", word, _LISTS_AT)
    if not size:
        return {}
    (count,) = struct.unpack_from("<h", table, start)
    headers = [
        (struct.unpack_from("<i", table, start + 2 + _LSTF_SIZE * n)[0], table[start + 2 + _LSTF_SIZE * n + 26] & 1)
        for n in range(max(0, count))
    ]
    lists: dict[int, dict[int, Level]] = {}
    at = start + size  # the levels follow the list headers
    for list_id, simple in headers:
        levels = {}
        for depth in range(1 if simple else 9):
            levels[depth], at = _read_level(table, at)
        lists[list_id] = levels
    return lists


def _read_level(table: bytes, at: int) -> tuple[Level, int]:
    """One LVL at offset at, and the offset after it."""
    start_at, number_format, flags = struct.unpack_from("<iBB", table, at)
    chpx, papx = table[at + 24], table[at + 25]
    text_at = at + _LVLF_SIZE + papx + chpx
    (length,) = struct.unpack_from("<H", table, text_at)
    written = table[text_at + 2 : text_at + 2 + 2 * length].decode("utf-16-le")
    template = "".join(f"%{ord(char) + 1}" if ord(char) < 9 else char for char in written)
    level = Level(
        start=start_at,
        number_format=_FORMATS.get(number_format, "decimal"),
        template=template,
        style_id=None,
        legal=bool(flags & 0x04),
    )
    return level, text_at + 2 + 2 * length


def _read_instances(word: bytes, table: bytes) -> list[tuple[int, dict[int, int]]]:
    """Each list instance's list id and the levels whose count it starts anew (LFOLVL with fStartAt)."""
    start, size = struct.unpack_from("<II", word, _INSTANCES_AT)
    if not size:
        return []
    (count,) = struct.unpack_from("<i", table, start)
    entries = [
        (struct.unpack_from("<i", table, start + 4 + _LFO_SIZE * n)[0], table[start + 4 + _LFO_SIZE * n + 12])
        for n in range(max(0, count))
    ]
    instances = []
    at = start + 4 + _LFO_SIZE * len(entries)  # then each instance's overrides: a cp, and its LFOLVLs
    for list_id, overridden in entries:
        starts: dict[int, int] = {}
        at += 4
        for _ in range(overridden):
            start_at, flags = struct.unpack_from("<iI", table, at)
            at += 8
            if flags & 0x10:  # fStartAt
                starts[flags & 0x0F] = start_at
            if flags & 0x20:  # fFormatting: a whole LVL follows
                _level, at = _read_level(table, at)
        instances.append((list_id, starts))
    return instances
