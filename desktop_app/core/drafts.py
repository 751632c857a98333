"""What a parser hands the Library: plain dataclasses, linked by list positions rather than database ids.

Parsers in `ingest` fill these; `Library.add_document` writes one draft in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class SectionDraft:
    level: int
    label: str
    heading: str
    text: str = ""
    parent: int | None = None  # index into DocumentDraft.sections
    economies: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)


@dataclass
class SessionDraft:
    title: str
    kind: str  # plenary | heads_of_delegation | steering_group | workshop | roundtable | other
    date: date | None = None
    start: str | None = None  # HH:MM
    end: str | None = None
    title_en: str | None = None
    body: str | None = None  # DPSG, STSG, CISG
    section: int | None = None  # index into DocumentDraft.sections


@dataclass
class UpdateDraft:
    economy: str
    heading: str
    text: str
    topics: list[str] = field(default_factory=list)
    session: int | None = None  # index into MeetingDraft.sessions
    section: int | None = None


@dataclass
class PersonDraft:
    name: str
    role: str
    title: str | None = None
    organization: str | None = None
    economy: str | None = None
    section: int | None = None


@dataclass
class MeetingDraft:
    name: str
    forum: str | None = None
    number: int | None = None
    start_date: date | None = None
    end_date: date | None = None
    date_text: str | None = None
    location: str | None = None
    host_economy: str | None = None
    chair_name: str | None = None
    chair_organization: str | None = None
    economies_present: list[str] = field(default_factory=list)
    economies_absent: list[str] = field(default_factory=list)
    decisions: list[str] = field(default_factory=list)
    next_meeting: str | None = None
    sessions: list[SessionDraft] = field(default_factory=list)
    updates: list[UpdateDraft] = field(default_factory=list)
    people: list[PersonDraft] = field(default_factory=list)


@dataclass
class FigureDraft:
    number: int
    caption: str
    source: str | None = None
    section: int | None = None


@dataclass
class RecommendationDraft:
    title: str
    text: str
    section: int | None = None


@dataclass
class DocumentDraft:
    title: str
    kind: str  # one of document_kinds.DOCUMENT_KINDS
    source: str
    sha256: str
    text: str
    published: date | None = None
    category: str | None = None
    tags: list[str] = field(default_factory=list)
    economies: list[str] = field(default_factory=list)
    sections: list[SectionDraft] = field(default_factory=list)
    meetings: list[MeetingDraft] = field(default_factory=list)
    figures: list[FigureDraft] = field(default_factory=list)
    recommendations: list[RecommendationDraft] = field(default_factory=list)
    importer_version: int | None = None  # ingest/version.py, set by the import pipeline

    def section_path(self, index: int) -> list[str]:
        """Headings of a section's ancestors, outermost first."""
        path: list[str] = []
        parent = self.sections[index].parent
        while parent is not None:
            path.append(self.sections[parent].heading)
            parent = self.sections[parent].parent
        return path[::-1]
