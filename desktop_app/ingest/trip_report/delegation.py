"""The cover's delegation table: one delegate a row, as organization, name and title in whatever order.

Rows come as cells apart by a PDF's wide gap, a Word or web table's cell separator, or a wide space
(國家通訊傳播委員會　綜合規劃處　科長　王美玲; a PDF's text may give the ideographic space as an em
space). Which cell is which is read from the cells themselves (the template's words,
resources/report_template.json): the title ends in a job title, the name is a short personal name that is
neither a title nor an organization; what is left is the organization. A row of three
cells that tells nothing apart reads as organization, name, title, the order most reports use. A member's place
in the delegation (團長, 團員), in a cell of its own or in brackets after the title (副司長（團長）), is no cell to
read: a head of delegation gets that role besides the delegate's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from desktop_app.core.drafts import PersonDraft
from desktop_app.core.scripts import HAN
from desktop_app.ingest.line_kinds import CELL_GAP
from desktop_app.ingest.trip_report.people import LATIN_NAME
from desktop_app.ingest.trip_report.template import template

_SPACED_WORDS = re.compile(rf"[{HAN}（）()]+(?: [{HAN}（）()]+){{1,4}}")
_CHINESE_NAME = re.compile(rf"[{HAN}]{{2,4}}")  # a given name and surname, as delegation tables write them
_LATIN_NAME = re.compile(LATIN_NAME)
_BOTH_SCRIPTS = re.compile(  # Kevin Wu 吳凱文, 吳凱文 Kevin Wu: a delegate who goes by an English name too
    rf"(?:{LATIN_NAME})\s*[{HAN}]{{2,4}}|[{HAN}]{{2,4}}\s*(?:{LATIN_NAME})"
)


def _cells_of(row: str) -> tuple[list[str], bool]:
    """A row's cells, and whether they stood apart by a gap or a cell separator: a row of Chinese words one
    space apart (a report's body text, its gaps collapsed) splits at the spaces, which are weaker evidence."""
    cells = [cell.strip() for cell in CELL_GAP.split(row.strip()) if cell.strip()]
    if len(cells) == 1 and _SPACED_WORDS.fullmatch(cells[0]):
        return cells[0].split(), False
    return cells, True


_REMARK = re.compile(r"^(?P<cell>.+?)\s*[（(](?P<remark>[^（）()]+)[)）]$")  # 副司長（團長）


def delegation(rows: list[str], economy: str | None) -> list[PersonDraft]:
    """The delegates of the table's rows, each of the given economy, and for a row that names its member the
    head of the delegation that role too; header rows and rows without a name are left out."""
    people = []
    for row in rows:
        cells, apart = _cells_of(row)
        cells, member = _without_member(cells)
        person = _delegate(cells, economy, positional=apart)
        if person is None:
            continue
        people.append(person)
        role = _member_role(member)
        if role is not None:
            people.append(replace(person, role=role))
    return people


def _without_member(cells: list[str]) -> tuple[list[str], str | None]:
    """The row's cells without the word for the member's place in the delegation, and that word."""
    words = template().delegation_table.member_words
    kept: list[str] = []
    member = None
    for cell in cells:
        remark = _REMARK.match(cell)
        if cell in words:
            member = cell
            continue
        if remark and remark["remark"].strip() in words:
            member, cell = remark["remark"].strip(), remark["cell"]
        kept.append(cell)
    return kept, member


def _member_role(member: str | None) -> str | None:
    """The role the template's roles read in a member word as a whole (團長: head_of_delegation; 團員: none)."""
    if member is None:
        return None
    return next((rule.role for rule in template().roles if rule.pattern.fullmatch(member)), None)


def _delegate(cells: list[str], economy: str | None, positional: bool = True) -> PersonDraft | None:
    """The delegate of one row; positional allows reading three cells that tell nothing apart as organization,
    name, title (not for words one space apart, which may be a sentence)."""
    words = template().delegation_table
    if len(cells) < 2 or any(cell.casefold() in words.header_words for cell in cells):
        return None
    titles = [i for i, cell in enumerate(cells) if _is_title(cell)]
    names = [i for i, cell in enumerate(cells) if i not in titles and _is_name(cell)]
    if titles and names:
        title = titles[-1]
        name = min(names, key=lambda i: (abs(i - title), -i))  # the name beside the title, else the later one
    elif len(cells) == 3 and positional:
        title, name = 2, 1
    else:
        return None
    organization = " ".join(cell for i, cell in enumerate(cells) if i not in (name, title)) or None
    return PersonDraft(
        name=cells[name], role="delegate", title=cells[title], organization=organization, economy=economy
    )


def _is_title(cell: str) -> bool:
    folded = cell.casefold()
    return any(folded.endswith(title.casefold()) for title in template().delegation_table.titles)


def _is_name(cell: str) -> bool:
    """Whether a cell is a personal name: Latin, Chinese (no organization's ending), or one of each side by side."""
    if _LATIN_NAME.fullmatch(cell) or _BOTH_SCRIPTS.fullmatch(cell):
        return True
    return bool(_CHINESE_NAME.fullmatch(cell)) and not cell.endswith(template().delegation_table.organization_endings)
