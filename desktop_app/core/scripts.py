"""Character classes of the scripts TelRef's documents mix, as regex class bodies (to put inside [...]).

Defined once so every parser means the same by "a Chinese character": a rare name written in Extension A
(㐀-䶿) or a compatibility ideograph (豈-龎) a legacy encoding decoded to is as Chinese as 中.
"""

from __future__ import annotations

import re

# Han ideographs: Extension A, the unified block, the compatibility ideographs and the supplementary planes'
# extensions (B onwards, and their compatibility supplement); the Han part of search/grams.py's HAN.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f"
# Characters a CJK font sets full width: Han and the radicals, CJK punctuation and symbols (the ideographic
# space among them), kana, bopomofo and the full-width forms (，：Ａ１). Text in these runs without spaces, so a line
# break between two of them joins the line without one.
WIDE = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\U00020000-\U0002fa1f"

_HAN_CHAR = re.compile(f"[{HAN}]")


def is_han(char: str) -> bool:
    """Whether a character is a Han ideograph."""
    return _HAN_CHAR.fullmatch(char) is not None


def han_count(text: str) -> int:
    """How many Han ideographs the text holds."""
    return len(_HAN_CHAR.findall(text))


def has_han(text: str) -> bool:
    """Whether the text holds a Han ideograph (a Chinese word rather than a Latin one)."""
    return _HAN_CHAR.search(text) is not None
