"""Folding text to one searchable form: Simplified Chinese, half-width, lower-case ASCII without accents.

Folding is character for character (a `str.translate` table), so an offset in the folded text is the same
offset in the original: matches found in folded text are marked in the text as written. Traditional and
Simplified fold to Simplified because that direction is unambiguous (發/髮 → 发) and jieba's dictionary is
Simplified; the table is data (resources/search_fold_chars.txt, from OpenCC).
"""

from __future__ import annotations

from functools import cache

from desktop_app.core.names import latin_base_letters
from desktop_app.core.resources import resource_lines

FOLD_TABLE_FILE = "search_fold_chars.txt"


@cache
def fold_table() -> dict[int, str]:
    """The translate table, built once on first use."""
    table: dict[int, str] = {code: chr(code + 32) for code in range(ord("A"), ord("Z") + 1)}
    for code in range(0xFF01, 0xFF5F):  # full-width ASCII → ASCII
        half = chr(code - 0xFEE0)
        table[code] = half.lower()
    table[0x3000] = " "
    table.update(latin_base_letters())  # Ramírez as ramirez: readers type names without accents
    for line in resource_lines(FOLD_TABLE_FILE):
        source, _, target = line.partition("\t")
        if len(source) == 1 and len(target) == 1:
            table[ord(source)] = target
    return table


@cache
def _dense_table() -> str:
    """fold_table as a string indexed by code point over the Basic Multilingual Plane.

    str.translate with a dict raises and catches a KeyError for every character it leaves alone; a dense
    table answers every BMP character directly (about a third faster on section text). Characters above the
    BMP fall off its end, which translate takes as "unchanged", as with the dict.
    """
    table = fold_table()
    return "".join(table.get(code, chr(code)) for code in range(0x10000))


def fold(text: str) -> str:
    """Text in its searchable form, the same length as the input."""
    return text.translate(_dense_table())


def folded_name(name: str) -> str:
    """A name as looked up (an economy's, a topic's, a company's): folded, white space as one space."""
    return " ".join(fold(name).split())
