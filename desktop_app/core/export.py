"""The whole library as the stable telref-export/1 structure documented in docs/export.md."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from desktop_app.core import models as m
from desktop_app.core.date_spans import iso
from desktop_app.core.library import Library

SCHEMA = "telref-export/1"


def export_library(library: Library) -> dict[str, Any]:
    """Every table as lists of plain objects with integer ids; dates ISO (null where not known), economies as codes."""
    with library.session() as session:
        documents = session.scalars(select(m.Document).order_by(m.Document.id)).all()
        sections = session.scalars(select(m.Section).order_by(m.Section.document_id, m.Section.position)).all()
        meetings = session.scalars(select(m.Meeting).order_by(m.Meeting.id)).all()
        sessions = session.scalars(
            select(m.AgendaSession).order_by(m.AgendaSession.meeting_id, m.AgendaSession.position)
        ).all()
        updates = session.scalars(select(m.CountryUpdate).order_by(m.CountryUpdate.id)).all()
        people = session.scalars(select(m.Person).order_by(m.Person.id)).all()
        roles = session.scalars(select(m.Role).order_by(m.Role.id)).all()
        figures = session.scalars(select(m.Figure).order_by(m.Figure.document_id, m.Figure.number)).all()
        recommendations = session.scalars(
            select(m.Recommendation).order_by(m.Recommendation.document_id, m.Recommendation.position)
        ).all()
        roles_by_person: dict[int, list[dict[str, Any]]] = {}
        for role in roles:
            roles_by_person.setdefault(role.person_id, []).append({"meeting_id": role.meeting_id, "role": role.role})
        return {
            "schema": SCHEMA,
            "documents": [
                {
                    "id": d.id,
                    "title": d.title,
                    "kind": d.kind,
                    "source": d.source,
                    "sha256": d.sha256,
                    "published": iso(d.published) or None,
                    "category": d.category,
                    "tags": list(d.tags),
                    "economies": list(d.economies),
                    "text": d.text,
                }
                for d in documents
            ],
            "sections": [
                {
                    "id": s.id,
                    "document_id": s.document_id,
                    "parent_id": s.parent_id,
                    "label": s.label,
                    "heading": s.heading,
                    "path": list(s.path),
                    "economies": list(s.economies),
                    "topics": list(s.topics),
                    "text": s.text,
                }
                for s in sections
            ],
            "meetings": [
                {
                    "id": mt.id,
                    "document_id": mt.document_id,
                    "name": mt.name,
                    "forum": mt.forum,
                    "number": mt.number,
                    "start_date": iso(mt.start_date) or None,
                    "end_date": iso(mt.end_date) or None,
                    "location": mt.location,
                    "host_economy": mt.host_economy,
                    "chair": {"name": mt.chair_name, "organization": mt.chair_organization},
                    "economies_present": list(mt.economies_present),
                    "economies_absent": list(mt.economies_absent),
                    "decisions": list(mt.decisions or []),
                    "next_meeting": mt.next_meeting,
                }
                for mt in meetings
            ],
            "sessions": [
                {
                    "id": s.id,
                    "meeting_id": s.meeting_id,
                    "date": iso(s.date) or None,
                    "start": s.start,
                    "end": s.end,
                    "title": s.title,
                    "title_en": s.title_en,
                    "kind": s.kind,
                    "body": s.body,
                    "section_id": s.section_id,
                }
                for s in sessions
            ],
            "updates": [
                {
                    "id": u.id,
                    "meeting_id": u.meeting_id,
                    "session_id": u.session_id,
                    "section_id": u.section_id,
                    "economy": u.economy,
                    "heading": u.heading,
                    "text": u.text,
                    "topics": list(u.topics),
                }
                for u in updates
            ],
            "people": [
                {
                    "id": p.id,
                    "name": p.name,
                    "title": p.title,
                    "organization": p.organization,
                    "economy": p.economy,
                    "roles": roles_by_person.get(p.id, []),
                }
                for p in people
            ],
            "figures": [
                {
                    "id": f.id,
                    "document_id": f.document_id,
                    "section_id": f.section_id,
                    "number": f.number,
                    "caption": f.caption,
                    "source": f.source,
                }
                for f in figures
            ],
            "recommendations": [
                {"id": r.id, "document_id": r.document_id, "title": r.title, "text": r.text} for r in recommendations
            ],
        }
