"""The cover table that opens a trip report: title, then numbered rows of label and value.

Labels wrap inside their narrow column (四、出席經濟 / 體及重要單位), so a row's label is recognised by reading
the template's labels through the row's first characters, whatever line breaks fall between them. In a Word
document's or a web page's text a cell separator stands between label and value, as a gap does in a PDF's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import reduce
from dataclasses import dataclass, field

from desktop_app.core.scripts import HAN
from desktop_app.ingest.headings import match_heading, opens_part
from desktop_app.ingest.line_kinds import CELL_GAP, TABLE_CELL_SEPARATOR
from desktop_app.ingest.reflow import is_page_debris, join_wrapped, reflow
from desktop_app.ingest.trip_report.template import template
from desktop_app.ingest.word_lists import contains_any


_FORM_FIELD = re.compile(rf"^[{HAN}]{{2,10}}\s*[：:]")  # 服務機關：, 姓名職稱：, 報告日期：


@dataclass
class CoverRow:
    key: str | None  # the template's field name, None for a row of unknown label
    label: str
    lines: list[str]

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    @property
    def value(self) -> str:
        """The value on one line: a delegation table's rows side by side, any other field's lines rejoined as
        reflow joins a paragraph's (a summary wrapped on the cover reads on without a space in its Chinese)."""
        if self.key == "delegation":
            return " ".join(line.strip() for line in self.lines)
        return " ".join(reflow("\n".join(self.lines)))


@dataclass
class Cover:
    title: str
    rows: list[CoverRow] = field(default_factory=list)

    def lines(self, key: str) -> list[str]:
        """The value lines of a field, empty when the cover lacks it."""
        return next((row.lines for row in self.rows if row.key == key), [])

    def rows_of(self, key: str) -> list[CoverRow]:
        """Every row of a field, in order: a form may give one twice (姓名職稱 and a table of 我國出席人員)."""
        return [row for row in self.rows if row.key == key]

    def with_rows(self, rows: list[CoverRow]) -> Cover:
        """The cover with the rows of fields it lacks added: a report may give its meeting's facts in its body
        (壹、會議概要), or give only the trip's on its form (出國期間) and the meeting's own further down."""
        present = {row.key for row in self.rows}
        return Cover(self.title, [*self.rows, *(row for row in rows if row.key not in present)])

    def paragraphs(self, leaving_out: CoverRow | None = None) -> list[str]:
        """The cover as readable text: the title, then one 'label：value' paragraph per row (but leaving_out)."""
        rows = [f"{row.label}：{row.value}" for row in self.rows if row is not leaving_out]
        return [self.title, *rows] if self.title else rows


def clean_lines(text: str) -> list[str]:
    """Non-blank lines with page numbers dropped; inner spacing kept, since table columns rely on it."""
    return [line.strip() for line in text.split("\n") if line.strip() and not is_page_debris(line)]


MIN_COVER_FIELDS = 2


def split_cover(lines: list[str]) -> tuple[list[str], list[str]]:
    """(cover lines, body lines): the body begins at the first heading that opens a part (壹、, 第一章). A report
    without parts numbers its body from 一、: after a cover of at least MIN_COVER_FIELDS fields (會議名稱：…, or
    numbered 一、會議名稱), the body begins at the first such heading that is no field itself (一、目的)."""
    for index, line in enumerate(lines):
        if opens_part(match_heading(line)):
            return lines[:index], lines[index:]
    fields = 0
    for index, line in enumerate(lines):
        if is_cover_field(line):
            fields += 1
            continue
        match = match_heading(line)
        if match is not None and match.rank <= 1:
            return (lines[:index], lines[index:]) if fields >= MIN_COVER_FIELDS else ([], lines)
    return [], lines


def body_fields(lines: list[str]) -> list[CoverRow]:
    """The known fields of the body's first run of at least MIN_COVER_FIELDS field lines, numbered in any style
    (一、會議名稱：…, （一）會議日期：…) with the lines that carry their values on: the meeting's facts a report
    gives under a part of its own (壹、會議概要, 第一節 會議基本資料) instead of on its cover. The fields under a
    heading about the next meeting (肆、下次會議資訊) are that meeting's, and are passed over."""
    run: list[list[str]] = []
    for line in _without_next_meeting(lines):
        if _is_body_field(line):
            run.append([line])
        elif run and match_heading(line) is None:
            run[-1].append(line)
        elif len(run) >= MIN_COVER_FIELDS:
            break
        else:
            run = []
    if len(run) < MIN_COVER_FIELDS:
        return []
    return [row for row in map(_read_row, run) if row.key is not None]


def _without_next_meeting(lines: list[str]) -> Iterator[str]:
    """The lines but those under a heading that names the next meeting, up to the next heading of its rank or a
    higher one; the heading itself kept, as it ends a run of fields before it."""
    words = template().next_meeting
    skipped_below: float | None = None
    for line in lines:
        match = match_heading(line)
        if skipped_below is not None:
            if match is None or match.rank > skipped_below:
                continue
            skipped_below = None
        if match is not None and not _is_body_field(line) and contains_any(match.rest, words):
            skipped_below = match.rank
        yield line


def _is_body_field(line: str) -> bool:
    """Whether a body line is a field: a template label after any numbering, then a colon, a gap or nothing."""
    match = match_heading(line)
    return _starts_field(match.rest if match else line, numbered_yet=True)


def is_cover_field(line: str) -> bool:
    """Whether a line opens one of the template's cover fields, numbered (一、會議名稱) or not (會議名稱：)."""
    match = match_heading(line)
    if match is not None and match.rank == 1:
        return any(_strip_label(match.rest, label) is not None for _key, label in _labels())
    return _starts_field(line, numbered_yet=True)


def _labels() -> Iterator[tuple[str, str]]:
    """(field, label) for every label the template gives a cover field."""
    for key, labels in template().cover_fields.items():
        for label in labels:
            yield key, label


def _strip_label(text: str, label: str) -> str | None:
    """text after label when text begins with it, spaces and line breaks inside the label ignored."""
    position = 0
    for char in label:
        while position < len(text) and text[position].isspace():
            position += 1
        if position >= len(text) or text[position] != char:
            return None
        position += 1
    return text[position:]


def _read_row(numbered: list[str]) -> CoverRow:
    match = match_heading(numbered[0])
    first = match.rest if match else numbered[0]
    text = "\n".join([first, *numbered[1:]])
    best: tuple[int, str, str, str] | None = None
    for key, label in _labels():
        rest = _strip_label(text, label)
        if rest is not None and (best is None or len(label) > best[0]):
            best = (len(label), key, label, rest)
    if best is None:
        field = _FORM_FIELD.match(first)
        if field:
            label, rest = field.group().rstrip("：: "), first[field.end() :]
        else:
            label, _, rest = first.partition(" ")
            if TABLE_CELL_SEPARATOR.strip() in label:
                label, _, rest = first.partition(TABLE_CELL_SEPARATOR.strip())
        return CoverRow(None, label.strip(), _value_lines("\n".join([rest, *numbered[1:]])))
    _, key, label, rest = best
    return CoverRow(key, label, _value_lines(rest))


def _value_lines(rest: str) -> list[str]:
    """A row's value lines: what follows its label, the colon or cell separator that may come first dropped."""
    rest = rest.lstrip()
    for separator in (TABLE_CELL_SEPARATOR.strip(), "：", ":"):
        if rest.startswith(separator):
            rest = rest[len(separator) :]
            break
    return [line.strip() for line in rest.split("\n") if line.strip()]


def parse_cover(lines: list[str]) -> Cover:
    """Title and rows of the cover. A row starts at each 一、-style numbering, and at a field the full report's
    form writes unnumbered: a template label and a colon (出國期間：…), before the first numbered row any short
    label and a colon (服務機關：…), or a label alone on its line (摘要). A first line that is the form's header
    (出國報告（出國類別：開會）) is not the title: the next line that is no field is."""
    if not lines:
        return Cover("")
    start = 1 if len(lines) > 1 and contains_any(lines[0], template().form_headers) else 0
    while start < len(lines) - 1 and _starts_field(lines[start], numbered_yet=False):
        start += 1
    end = _title_end(lines, start)
    cover = Cover(re.sub(r"\s+", " ", reduce(join_wrapped, lines[start:end], "")).strip())
    current: list[str] = []
    numbered_yet = False
    for line in lines[:start] + lines[end:]:
        match = match_heading(line)
        numbered = match is not None and match.rank == 1
        if numbered or _starts_field(line, numbered_yet):
            if current:
                cover.rows.append(_read_row(current))
            current = [line]
            numbered_yet = numbered_yet or numbered
        elif current:
            current.append(line)
    if current:
        cover.rows.append(_read_row(current))
    return cover


MAX_TITLE_LINES = 3


def _title_end(lines: list[str], start: int) -> int:
    """Where the title that opens at lines[start] ends: a title wrapped on the cover (出席…電信暨資訊工作 /
    小組第63次會議報告) runs on until the line that ends as a title does (the template's suffixes, 報告), when
    that comes within MAX_TITLE_LINES and no field or heading stands before it; else it is one line."""
    suffixes = template().title_suffixes
    if lines[start].rstrip().endswith(suffixes):
        return start + 1
    for end in range(start + 1, min(start + MAX_TITLE_LINES, len(lines))):
        line = lines[end]
        if match_heading(line) is not None or _starts_field(line, numbered_yet=False):
            break
        if line.rstrip().endswith(suffixes):
            return end + 1
    return start + 1


def _starts_field(line: str, numbered_yet: bool) -> bool:
    """Whether an unnumbered line opens a field of the cover (see parse_cover): a template label alone, or
    followed by a colon or the gap to its value's cell (a table without numbers, read from a PDF or Word)."""
    text = line.strip()
    for _key, label in _labels():
        if text.startswith(label) and (text == label or text[len(label)] in "：:" or CELL_GAP.match(text, len(label))):
            return True
    return not numbered_yet and _FORM_FIELD.match(text) is not None
