"""Patterns for the kinds of lines every parser meets: figure/table captions, source notes and bullets.

One definition serves reflow (which keeps such lines apart), the figure extractor and the people finder.
"""

from __future__ import annotations

import re

FIGURE_CAPTION = re.compile(r"^(?:圖|Figure)\s*(?P<number>\d{1,3})\s*[：:．.]\s*(?P<caption>.*)$")
TABLE_CAPTION = re.compile(r"^(?:表|Table)\s*\d{1,3}\s*[：:．.]")
SOURCE_NOTE = re.compile(r"(?:資料來源|來源|Source)\s*[：:]\s*(?P<source>.+)$")
NOTE_LINE = re.compile(r"^(?:資料來源|來源|Source|註)\s*[：:]")
BULLET = re.compile(r"^(?:[⚫•●◼■□▪◦・‧◆◇○◎※➢➤]|[-–*](?=\s))\s*")


def is_caption_or_note(line: str) -> bool:
    """A figure or table caption, or a source/annotation note: lines that stand as paragraphs of their own."""
    return bool(FIGURE_CAPTION.match(line) or TABLE_CAPTION.match(line) or NOTE_LINE.match(line))
