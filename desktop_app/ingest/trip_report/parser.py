"""Trip report parser: cover, outline, meeting with its sessions, updates and people, figures, recommendations.

The cover table (before 壹、 or 第一章) becomes the document's first section and the meeting's facts, with the fields
it lacks read from the body and the opening paragraph (own_meeting.py); the body is reflowed and outlined; the next
meeting is next_meeting.py's; everything else is found by the template's words (resources/report_template.json).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import PurePath

from desktop_app.core.dates import parse_date
from desktop_app.core.drafts import DocumentDraft, MeetingDraft, PersonDraft
from desktop_app.core.economies import registry
from desktop_app.ingest.outline import OutlineSection, build_outline
from desktop_app.ingest.plain import sections_from_outline
from desktop_app.ingest.reflow import reflow
from desktop_app.ingest.trip_report.cover import Cover, CoverRow, clean_lines, parse_cover, split_cover
from desktop_app.ingest.trip_report.figures import find_figures
from desktop_app.ingest.trip_report.narrated_sessions import sessions_from_outline
from desktop_app.ingest.trip_report.next_meeting import next_meeting_in
from desktop_app.ingest.trip_report.own_meeting import report_meeting
from desktop_app.ingest.trip_report.delegation import delegation
from desktop_app.ingest.trip_report.people import officers
from desktop_app.ingest.trip_report.recommendations import find_recommendations
from desktop_app.ingest.trip_report.schedule import link_sessions, parse_schedule, schedule_lines
from desktop_app.ingest.trip_report.template import template
from desktop_app.ingest.trip_report.tree import ancestors, economy_named_by
from desktop_app.ingest.trip_report.updates import find_updates


def _outline(cover: Cover, body: list[str], prejoined: bool) -> list[OutlineSection]:
    """The cover as a first, top-level section, then the body's outline (parents shifted past it)."""
    sections = build_outline(reflow("\n".join(body), prejoined), preamble_heading=cover.title)
    if not cover.title:
        return sections
    for section in sections:
        section.parent = section.parent + 1 if section.parent is not None else None
    return [OutlineSection(0, -1, "", cover.title, None, cover.paragraphs()[1:]), *sections]


def _delegation_section(outline: list[OutlineSection]) -> list[str]:
    """The rows of a section of the body headed like the cover's delegation field (貳、我國出席人員), for a
    report whose cover lists no delegation."""
    labels = template().cover_fields["delegation"]
    for section in outline:
        if section.label and section.heading.strip("：: ").startswith(labels):
            return section.paragraphs
    return []


def _delegates(cover: Cover, outline: list[OutlineSection]) -> tuple[list[PersonDraft], CoverRow | None]:
    """The delegation, and the cover row it was read from: the first delegation field of the cover whose rows
    name delegates (the form's 姓名職稱 may only refer to a table further down: 詳如出國人員名單), else a body
    section headed like one."""
    economy = registry().resolve(template().self_economy)
    for row in cover.rows_of("delegation"):
        if delegates := delegation(row.lines, economy):
            return delegates, row
    return delegation(_delegation_section(outline), economy), None


def _without_row(outline: list[OutlineSection], cover: Cover, row: CoverRow | None) -> list[OutlineSection]:
    """The outline with a cover row left out of the cover's section: a delegation table already read row by
    row, whose rows run together there (a 團長 in one row would make every later name a head of delegation)."""
    if row is None or not cover.title or not outline:
        return outline
    return [replace(outline[0], paragraphs=cover.paragraphs(leaving_out=row)[1:]), *outline[1:]]


def _people(meeting: MeetingDraft, cover: Cover, outline: list[OutlineSection]) -> list[PersonDraft]:
    """The delegation and the people the text names with a role. When the cover names no chair, the person the
    text calls the meeting's chair (officers finds at most one) is the meeting's chair."""
    delegates, table = _delegates(cover, outline)
    talks = {
        index
        for index in range(len(outline))
        for session in meeting.sessions
        if session.kind in ("workshop", "roundtable") and session.section in ancestors(outline, index)
    }
    found = officers(_without_row(outline, cover, table), delegates, meeting.chair_name, talks)
    people = list(delegates)
    chair_economy = next((p.economy for p in found if p.role == "chair" and p.economy), None)
    if meeting.chair_name is None:
        meeting.chair_name = next((p.name for p in found if p.role == "chair"), None)
    else:
        hosts = registry().find_in_text(meeting.chair_organization or "")
        chair_economy = chair_economy or (hosts[0] if hosts else None)
        people.append(
            PersonDraft(
                name=meeting.chair_name,
                role="chair",
                organization=meeting.chair_organization,
                economy=chair_economy,
                section=0,
            )
        )
        found = [p for p in found if p.role != "chair"]
    delegate_names = {p.name for p in delegates}
    for person in found:
        if person.name == meeting.chair_name:
            person.economy = chair_economy
        if person.role == "delegate" or (person.name in delegate_names and person.role == "speaker"):
            continue
        if any((p.name, p.role) == (person.name, person.role) for p in people):
            continue  # a head of delegation the table names, whom the text calls so too
        people.append(person)
    return people


def _title(cover: Cover, meeting: MeetingDraft, source: str) -> str:
    """The cover's title; for a report without one, the meeting it names, else its file's name: a first heading
    (壹、目的) would title every such report alike."""
    return cover.title or meeting.name or PurePath(source).stem or source


def _published(cover: Cover, meeting: MeetingDraft) -> date | None:
    """The report's own date when its cover gives one (報告日期), as a report's published date is to be;
    else the meeting's last day, the nearest a report without one comes to its date."""
    written = " ".join(cover.lines("report_date"))
    return (parse_date(written) if written else None) or meeting.end_date


def parse_trip_report(text: str, source: str, sha256: str, prejoined: bool = False) -> DocumentDraft:
    lines = clean_lines(text)
    cover_lines, body = split_cover(lines)
    cover = parse_cover(cover_lines)
    outline = _outline(cover, body, prejoined)
    meeting = report_meeting(cover, body, outline)
    meeting.next_meeting = next_meeting_in(meeting, outline)
    year = meeting.start_date.year if meeting.start_date else None
    meeting.sessions = parse_schedule(schedule_lines(body), year)
    link_sessions(meeting.sessions, outline)
    if not meeting.sessions:
        meeting.sessions = sessions_from_outline(outline, meeting.start_date, meeting.end_date)
    meeting.updates = find_updates(outline, meeting.sessions)
    meeting.people = _people(meeting, cover, outline)
    sections = sections_from_outline(outline, economy_named_by)
    title = _title(cover, meeting, source)
    paragraphs = [p for section in outline for p in ([section.heading] if section.label else []) + section.paragraphs]
    return DocumentDraft(
        title=title,
        kind="trip_report",
        source=source,
        sha256=sha256,
        text="\n\n".join([title, *paragraphs]),
        published=_published(cover, meeting),
        sections=sections,
        meetings=[meeting],
        figures=find_figures(outline),
        recommendations=find_recommendations(outline),
    )
