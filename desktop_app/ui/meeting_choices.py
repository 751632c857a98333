"""The library's meetings as lists to choose one from (the Briefing dialog, the search's scope), labelled as the
navigation tree lists them, and the labels themselves, which the tree uses too (Qt-free)."""

from __future__ import annotations

from collections import Counter

from desktop_app.core import models as m
from desktop_app.core import queries
from desktop_app.core.library import Library
from desktop_app.core.meeting_groups import by_same_meeting
from desktop_app.ui.i18n import Strings
from desktop_app.ui.labels import format_month


def told_apart(library: Library, labels: list[str], document_ids: list[int]) -> list[str]:
    """Labels that would read alike (one report imported as .doc and as .odt, two agencies' reports of one
    meeting) each with the file its document came from after it."""
    repeated = {label for label, count in Counter(labels).items() if count > 1}
    if not repeated:
        return labels
    sources = queries.document_sources(library)
    return [
        f"{label} · {sources[document_id]}" if label in repeated and sources.get(document_id) else label
        for label, document_id in zip(labels, document_ids)
    ]


def meeting_label(meeting: m.Meeting, strings: Strings) -> str:
    """A meeting as the tree lists it: its forum and number first (APEC TELWG 68), which tell meetings apart
    where their full names, cut to the tree's width, all begin alike (APEC電信暨資訊工作小組第…), then the month
    it opened; its name as the report gives it when the report names no number."""
    numbered = m.numbered_name(meeting.forum, meeting.number)
    if numbered is None:
        return meeting.name
    month = format_month(meeting.start_date, strings)
    return numbered + (f" · {month}" if month else "")


def reported_meetings(library: Library) -> list[list[m.Meeting]]:
    """The library's meetings, newest first, each with every document that reports it, trip reports first."""
    return queries.reports_in_order(library, by_same_meeting(queries.meetings(library)))


def meeting_choices(
    library: Library, strings: Strings, reports: bool = True, groups: list[list[m.Meeting]] | None = None
) -> list[tuple[str, int]]:
    """(label, meeting id), newest first, labelled as the tree lists them, for lists to choose a meeting from:
    every report's meeting (the Briefing dialog, a brief being of one report), or each meeting once whatever
    reports it (reports=False: the search's scope, a meeting's search finding all of its reports). groups,
    when given, are reported_meetings' (the caller has read them)."""
    groups = reported_meetings(library) if groups is None else groups
    if not reports:
        meetings = [group[0] for group in groups]
        labels = [meeting_label(meeting, strings) for meeting in meetings]
    else:  # a meeting's reports named by their kind (… · 會議紀錄), the trip report first
        meetings = [meeting for group in groups for meeting in group]
        kinds = {document_id: kind for document_id, (_title, kind) in queries.titles_and_kinds(
            library, [meeting.document_id for meeting in meetings]).items()}
        several = {  # reports of one meeting of different kinds: the kind tells them apart (file names do the rest)
            meeting.id for group in groups if len({kinds[mt.document_id] for mt in group}) > 1 for meeting in group
        }
        labels = [
            meeting_label(meeting, strings)
            + (f" · {strings.term('document_kinds', kinds[meeting.document_id])}"
               if meeting.id in several else "")
            for meeting in meetings
        ]
    labels = told_apart(library, labels, [meeting.document_id for meeting in meetings])
    return [(label, meeting.id) for label, meeting in zip(labels, meetings)]
