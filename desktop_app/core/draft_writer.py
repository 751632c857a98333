"""A parser's draft written as the library's rows: the document, its sections, meetings, people, figures and
recommendations, linked by the ids the flushes give (drafts link by list positions)."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core import models as m
from desktop_app.core.drafts import DocumentDraft, MeetingDraft


def write_draft(session: Session, draft: DocumentDraft, document_id: int | None = None) -> m.Document:
    """The draft's rows, under document_id when given (a document read again keeps its id)."""
    document = m.Document(
        id=document_id,
        title=draft.title,
        kind=draft.kind,
        source=draft.source,
        sha256=draft.sha256,
        published=draft.published,
        category=draft.category,
        tags=list(draft.tags),
        economies=list(draft.economies),
        text=draft.text,
        importer_version=draft.importer_version,
    )
    session.add(document)
    sections = _write_sections(session, document, draft)

    def section_id(index: int | None) -> int | None:
        return sections[index].id if index is not None else None

    for meeting_draft in draft.meetings:
        _write_meeting(session, document, meeting_draft, section_id)
    for f in draft.figures:
        document.figures.append(
            m.Figure(section_id=section_id(f.section), number=f.number, caption=f.caption, source=f.source)
        )
    for position, r in enumerate(draft.recommendations):
        document.recommendations.append(
            m.Recommendation(section_id=section_id(r.section), position=position, title=r.title, text=r.text)
        )
    return document


def _write_sections(session: Session, document: m.Document, draft: DocumentDraft) -> list[m.Section]:
    """The draft's sections, flushed for their ids, each linked to its parent."""
    sections = [
        m.Section(
            document=document,
            position=index,
            level=section_draft.level,
            label=section_draft.label,
            heading=section_draft.heading,
            path=draft.section_path(index),
            economies=list(section_draft.economies),
            topics=list(section_draft.topics),
            text=section_draft.text,
        )
        for index, section_draft in enumerate(draft.sections)
    ]
    session.add_all(sections)
    session.flush()
    for section, section_draft in zip(sections, draft.sections):
        if section_draft.parent is not None:
            section.parent_id = sections[section_draft.parent].id
    return sections


def _write_meeting(
    session: Session, document: m.Document, draft: MeetingDraft, section_id: Callable[[int | None], int | None]
) -> None:
    """A meeting with its agenda, its economies' updates and its people's roles."""
    meeting = m.Meeting(
        document=document,
        name=draft.name,
        forum=draft.forum,
        number=draft.number,
        start_date=draft.start_date,
        end_date=draft.end_date,
        date_text=draft.date_text,
        location=draft.location,
        host_economy=draft.host_economy,
        chair_name=draft.chair_name,
        chair_organization=draft.chair_organization,
        economies_present=list(draft.economies_present),
        economies_absent=list(draft.economies_absent),
        decisions=list(draft.decisions),
        next_meeting=draft.next_meeting,
    )
    session.add(meeting)
    agenda = [
        m.AgendaSession(
            meeting=meeting,
            position=position,
            date=s.date,
            start=s.start,
            end=s.end,
            title=s.title,
            title_en=s.title_en,
            kind=s.kind,
            body=s.body,
            section_id=section_id(s.section),
        )
        for position, s in enumerate(draft.sessions)
    ]
    session.add_all(agenda)
    session.flush()
    for u in draft.updates:
        session.add(
            m.CountryUpdate(
                meeting=meeting,
                session_id=agenda[u.session].id if u.session is not None else None,
                section_id=section_id(u.section),
                economy=u.economy,
                heading=u.heading,
                text=u.text,
                topics=list(u.topics),
            )
        )
    _write_roles(session, meeting, draft, section_id)


def _write_roles(
    session: Session, meeting: m.Meeting, draft: MeetingDraft, section_id: Callable[[int | None], int | None]
) -> None:
    """Each person's role at the meeting; a person the library already holds (same name and economy) is
    reused, their title and organisation brought up to date where the draft gives them."""
    people = _people_named(session, {p.name for p in draft.people})
    for p in draft.people:
        person = people.get((p.name, p.economy))
        if person is None:
            person = people[(p.name, p.economy)] = m.Person(
                name=p.name, title=p.title, organization=p.organization, economy=p.economy
            )
            session.add(person)
        else:
            person.title = p.title or person.title
            person.organization = p.organization or person.organization
        session.add(m.Role(person=person, meeting=meeting, role=p.role, section_id=section_id(p.section)))


def _people_named(session: Session, names: set[str]) -> dict[tuple[str, str | None], m.Person]:
    """The library's people of these names, by name and economy: one query for a meeting's people, where one
    query a person (each flushing what was pending) was a third of writing a report."""
    if not names:
        return {}
    people = session.scalars(select(m.Person).where(m.Person.name.in_(names)))
    return {(person.name, person.economy): person for person in people}  # one a (name, economy): the schema's
