"""The whole library as the stable telref-export/1 structure documented in docs/export.md."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from desktop_app.core import models as m
from desktop_app.core.date_spans import iso
from desktop_app.core.library import Library

SCHEMA = "telref-export/1"
Roles = dict[int, list[dict[str, Any]]]  # each person's roles, by person id


def export_library(library: Library) -> dict[str, Any]:
    """Every table as lists of plain objects with integer ids; dates ISO (null where not known), economies as codes."""
    with library.session() as session:
        roles_by_person: Roles = {}
        for role in session.scalars(select(m.Role).order_by(m.Role.id)):
            roles_by_person.setdefault(role.person_id, []).append({"meeting_id": role.meeting_id, "role": role.role})
        exported: dict[str, Any] = {"schema": SCHEMA}
        for name, (model, order, row) in _LISTS.items():
            rows = session.scalars(select(model).order_by(*order)).all()
            exported[name] = [row(item, roles_by_person) for item in rows]
        return exported


def _document(d: m.Document, _roles: Roles) -> dict[str, Any]:
    return {
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


def _section(s: m.Section, _roles: Roles) -> dict[str, Any]:
    return {
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


def _meeting(mt: m.Meeting, _roles: Roles) -> dict[str, Any]:
    return {
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


def _session(s: m.AgendaSession, _roles: Roles) -> dict[str, Any]:
    return {
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


def _update(u: m.CountryUpdate, _roles: Roles) -> dict[str, Any]:
    return {
        "id": u.id,
        "meeting_id": u.meeting_id,
        "session_id": u.session_id,
        "section_id": u.section_id,
        "economy": u.economy,
        "heading": u.heading,
        "text": u.text,
        "topics": list(u.topics),
    }


def _person(p: m.Person, roles: Roles) -> dict[str, Any]:
    return {
        "id": p.id,
        "name": p.name,
        "title": p.title,
        "organization": p.organization,
        "economy": p.economy,
        "roles": roles.get(p.id, []),
    }


def _figure(f: m.Figure, _roles: Roles) -> dict[str, Any]:
    return {
        "id": f.id,
        "document_id": f.document_id,
        "section_id": f.section_id,
        "number": f.number,
        "caption": f.caption,
        "source": f.source,
    }


def _recommendation(r: m.Recommendation, _roles: Roles) -> dict[str, Any]:
    return {"id": r.id, "document_id": r.document_id, "title": r.title, "text": r.text}


# Each list of the export: its model, its order, and its row.
_LISTS: dict[str, tuple[type, tuple[Any, ...], Callable[[Any, Roles], dict[str, Any]]]] = {
    "documents": (m.Document, (m.Document.id,), _document),
    "sections": (m.Section, (m.Section.document_id, m.Section.position), _section),
    "meetings": (m.Meeting, (m.Meeting.id,), _meeting),
    "sessions": (m.AgendaSession, (m.AgendaSession.meeting_id, m.AgendaSession.position), _session),
    "updates": (m.CountryUpdate, (m.CountryUpdate.id,), _update),
    "people": (m.Person, (m.Person.id,), _person),
    "figures": (m.Figure, (m.Figure.document_id, m.Figure.number), _figure),
    "recommendations": (m.Recommendation, (m.Recommendation.document_id, m.Recommendation.position), _recommendation),
}
