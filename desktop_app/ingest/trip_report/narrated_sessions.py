"""Sessions read from the report's own headings, for a report whose body has no schedule table.

Some reports (those laid out in chapters, or written after an online meeting) narrate each session under a
heading of its own (第一節 大會, 一、自由化指導分組（LSG）) and never tabulate the agenda. A heading that names a
kind of session (the template's session_kinds) is then a session; the outermost one is, so 大會 is one
session whatever its sub-sections say, except where a heading groups several sessions of its kind
(指導分組會議 › LSG, DPSG), when each of those is one; a heading about a session's outcome (大會決議事項) is
none, and so is a line of the meeting's facts written as a numbered item (一、會議名稱：…大會, 四、大會主席：…). Their dates are the ones the headings write, else the
meeting's own when it lasted one day.
"""

from __future__ import annotations

import re
from datetime import date

from desktop_app.core.dates import parse_date
from desktop_app.core.drafts import SessionDraft
from desktop_app.ingest.outline import OutlineSection
from desktop_app.ingest.trip_report.schedule import session_kind, split_title
from desktop_app.ingest.trip_report.template import template
from desktop_app.ingest.trip_report.tree import ancestors, children, under
from desktop_app.ingest.word_lists import contains_any

GROUPING_KINDS = ("steering_group", "workshop", "roundtable")  # kinds a meeting holds several of


def sessions_from_outline(outline: list[OutlineSection], start: date | None, end: date | None) -> list[SessionDraft]:
    """One session per heading that narrates one, in reading order."""
    kinds = {
        index: kind
        for index, section in enumerate(outline)
        if section.label
        and (kind := session_kind(section.heading)) != "other"
        and not contains_any(section.heading, template().narrated_session_excluded)
        and not _in_recommendations(outline, index)
        and not _is_cover_field(section.heading)
    }
    chosen: list[int] = []
    for index in kinds:
        if any(other in kinds for other in ancestors(outline, index)[1:]) and not _grouped(outline, kinds, index):
            continue
        if _groups(outline, kinds, index):
            continue
        chosen.append(index)
    one_day = start if start is not None and start == end else None
    return [_session(outline[index], kinds[index], index, start.year if start else None, one_day) for index in chosen]


def _groups(outline: list[OutlineSection], kinds: dict[int, str], index: int) -> bool:
    """Whether a heading groups sessions: two or more of its sub-sections name sessions of its own kind, one
    that a meeting holds several of."""
    kind = kinds[index]
    same = [child for child in children(outline, index) if kinds.get(child) == kind]
    return kind in GROUPING_KINDS and len(same) >= 2


def _grouped(outline: list[OutlineSection], kinds: dict[int, str], index: int) -> bool:
    """Whether a heading is one of the sessions its parent groups."""
    parent = outline[index].parent
    return parent is not None and parent in kinds and _groups(outline, kinds, parent) and kinds[index] == kinds[parent]


def _is_cover_field(heading: str) -> bool:
    """Whether a heading is one of the cover's fields written in the body (會議名稱：…, 大會主席：…): a fact about
    the meeting, whatever session words its value holds."""
    label = re.match(r"\s*([^：:]{1,20})\s*[：:]", heading)
    labels = {name for names in template().cover_fields.values() for name in names}
    return label is not None and label[1].strip() in labels


def _in_recommendations(outline: list[OutlineSection], index: int) -> bool:
    """Whether the section is in the report's 心得與建議, where a heading names a session only to judge it."""
    return under(outline, index, template().recommendations)


def _session(section: OutlineSection, kind: str, index: int, year: int | None, one_day: date | None) -> SessionDraft:
    title, title_en = split_title([section.heading])
    body = template().body_pattern.search(f"{title} {title_en or ''}")
    return SessionDraft(
        title=title,
        title_en=title_en,
        kind=kind,
        date=parse_date(section.heading, default_year=year) or one_day,
        body=body[0] if body else None,
        section=index,
    )
