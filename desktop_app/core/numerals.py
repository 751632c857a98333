"""Numbers written in Chinese numerals, as reports write a meeting's ordinal: 第六十八次 = 68, 第一百零二次 = 102."""

from __future__ import annotations

import re

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}
CHINESE_NUMBER = re.compile(r"[零〇一二兩三四五六七八九十百千]+")


def chinese_number(text: str) -> int | None:
    """The value of a number in Chinese numerals (十二, 六十八, 一百零二, 二〇二四 digit by digit); None for any
    other text."""
    if not text or CHINESE_NUMBER.fullmatch(text) is None:
        return None
    if not any(char in _UNITS for char in text):
        return int("".join(str(_DIGITS[char]) for char in text))
    total, digit = 0, None
    for char in text:
        if char in _DIGITS:
            digit = _DIGITS[char]
        else:
            total += (1 if digit is None else digit) * _UNITS[char]
            digit = None
    return total + (digit or 0)
