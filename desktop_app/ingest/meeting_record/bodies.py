"""A record's session that reports on several bodies at once (3. Steering Group Reports › 3.1 The DPSG
Convenor … reported on the DPSG meeting held on 13 November 2024; 3.2 The STSG Convenor …): one session per
body its paragraphs open with, dated where the paragraph gives the day, instead of one session for them all."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from desktop_app.core.dates import parse_date
from desktop_app.core.drafts import SessionDraft
from desktop_app.ingest.meeting_record.updates import without_number
from desktop_app.ingest.outline import OutlineSection
from desktop_app.ingest.trip_report.template import template
from desktop_app.ingest.trip_report.tree import children

OPENING_WORDS = 8  # a paragraph about a body names it among its first words


def by_body(sessions: list[SessionDraft], outline: list[OutlineSection], start: date | None) -> list[SessionDraft]:
    """The sessions, each one whose own paragraphs open with two or more bodies (and that has no sub-items)
    split into one session per body, in the order they come."""
    found: list[SessionDraft] = []
    for session in sessions:
        section = outline[session.section] if session.section is not None else None
        bodies = _bodies_opening(section.paragraphs) if section and not children(outline, session.section) else {}
        if len(bodies) < 2:
            found.append(session)
            continue
        year = start.year if start else None
        found.extend(
            replace(session, title=f"{session.title}: {body}", body=body,
                    date=parse_date(paragraph, default_year=year) or session.date)
            for body, paragraph in bodies.items()
        )
    return found


def _bodies_opening(paragraphs: list[str]) -> dict[str, str]:
    """Each body (DPSG, STSG) a paragraph names among its first words, with that paragraph."""
    bodies: dict[str, str] = {}
    for paragraph in paragraphs:
        opening = " ".join(without_number(paragraph).split()[:OPENING_WORDS])
        named = template().body_pattern.search(opening)
        if named and named[0] not in bodies:
            bodies[named[0]] = paragraph
    return bodies
