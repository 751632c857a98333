"""Patterns for the kinds of lines every parser meets: figure/table captions, source notes, bullets and table rows.

One definition serves reflow (which keeps such lines apart), the readers that write table rows, the figure
extractor and the parsers that read rows (a report's cover, delegation and country updates).
"""

from __future__ import annotations

import re

# A caption's number, and what stands between it and the words: a colon or stop, or a wide space (圖1　…); a
# number by chapter (圖2-1, 圖 3.2) may stand off by a plain space too, since a number of that form is no
# figure in a sentence
_CAPTION_NUMBER = (
    r"\s*(?:(?P<chapter>\d{1,2})\s*[-－–‐.．]\s*(?P<number_in_chapter>\d{1,3})(?:\s*[：:．.]|[\s\u3000]+)"
    r"|(?P<number>\d{1,3})(?:\s*[：:．.]|\s*\u3000+))"
)
FIGURE_CAPTION = re.compile(rf"^(?:圖|Figure){_CAPTION_NUMBER}\s*(?P<caption>.*)$")
TABLE_CAPTION = re.compile(rf"^(?:表|Table){_CAPTION_NUMBER}")
SOURCE_NOTE = re.compile(r"(?:資料來源|來源|Source)\s*[：:]\s*(?P<source>.+)$")
NOTE_LINE = re.compile(r"^(?:資料來源|來源|Source|註)\s*[：:]")
# Readers that see a table (Word documents, web pages) write a row as one line of its cells joined by this.
TABLE_CELL_SEPARATOR = " | "
# What stands between two cells of a row: a PDF's wide gap, a wide space (ideographic, or the em space a PDF's
# text may give for it) or a reader's cell separator.
CELL_GAP = re.compile(rf"\s{{2,}}|[\u2002-\u200a\u3000]+|\s*{re.escape(TABLE_CELL_SEPARATOR.strip())}\s*")
# A day's row of an agenda or itinerary: a day number then its date or time (第3天 5月4日 …, Day 2: 09:00 …), or a
# date then its weekday (5月4日（六）, 11/14（一）)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DATE = (
    r"(?:(?:\d{2,4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日|(?:\d{2,4}/)?\d{1,2}/\d{1,2}(?![\d/])"
    rf"|\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}\b)"
)
_WEEKDAY = r"[（(]\s*(?:星期|週|周|禮拜)?[一二三四五六日天]\s*[)）]|[（(]\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\s*[)）]"
DAY_ROW = re.compile(
    r"^(?:(?:第\s*[\d一二三四五六七八九十]{1,3}\s*天|Day\s*\d{1,2}\b)[\s:：，,.．（(–-]*"
    rf"(?:{_DATE}|\d{{1,2}}\s*[:：]\s*\d{{2}})"
    rf"|{_DATE}\s*(?:{_WEEKDAY}))"
)
BULLET = re.compile(r"^(?:[⚫•●◼■□▪◦・‧◆◇○◎※➢➤]|[-–*](?=\s))\s*")


def is_caption_or_note(line: str) -> bool:
    """A figure or table caption, or a source/annotation note: lines that stand as paragraphs of their own."""
    return bool(FIGURE_CAPTION.match(line) or TABLE_CAPTION.match(line) or NOTE_LINE.match(line))


def is_table_row(line: str) -> bool:
    """A row of a table as a reader writes it (cells joined by TABLE_CELL_SEPARATOR)."""
    return TABLE_CELL_SEPARATOR in line.strip()
