"""The library's tables (SQLAlchemy 2 ORM). Economies are stored as APEC codes, topics as taxonomy ids.

Schema changes go through an Alembic migration in core/migrations/versions; never edit a released one.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Document(Base):
    """One imported file. Everything extracted from it hangs off it and goes when it is removed."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(32))  # one of document_kinds.DOCUMENT_KINDS
    source: Mapped[str] = mapped_column(Text)  # file name as imported
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    published: Mapped[date | None] = mapped_column(Date)
    category: Mapped[str | None] = mapped_column(Text)
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    economies: Mapped[list[str]] = mapped_column(JSON, default=list)
    text: Mapped[str] = mapped_column(Text)
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
    importer_version: Mapped[int | None] = mapped_column(Integer)  # which importer read it (ingest/version.py)

    sections: Mapped[list[Section]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="Section.position"
    )
    meetings: Mapped[list[Meeting]] = relationship(back_populates="document", cascade="all, delete-orphan")
    figures: Mapped[list[Figure]] = relationship(cascade="all, delete-orphan", order_by="Figure.id")
    recommendations: Mapped[list[Recommendation]] = relationship(
        cascade="all, delete-orphan", order_by="Recommendation.position"
    )


class Section(Base):
    """A heading of the document's outline with its own text (not its subsections')."""

    __tablename__ = "sections"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("sections.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)  # reading order within the document
    level: Mapped[int] = mapped_column(Integer)  # depth in the outline, 0 for top-level headings
    label: Mapped[str] = mapped_column(String(32))  # the numbering as written: 壹、 一、 (一) 1. (1) A.
    heading: Mapped[str] = mapped_column(Text)
    path: Mapped[list[str]] = mapped_column(JSON, default=list)  # ancestor headings, outermost first
    economies: Mapped[list[str]] = mapped_column(JSON, default=list)
    topics: Mapped[list[str]] = mapped_column(JSON, default=list)
    text: Mapped[str] = mapped_column(Text)

    document: Mapped[Document] = relationship(back_populates="sections")


def numbered_name(forum: str | None, number: int | None) -> str | None:
    """The forum and number a meeting is known by (APEC TELWG 68); None unless its report gives both. A report's
    full name for it varies (亞太經濟合作（APEC）…第65次會議, APEC TELWG 67); this does not."""
    return f"{forum} {number}" if forum and number is not None else None


def meeting_key(forum: str | None, number: int | None, name: str, start_date: date | None) -> tuple | None:
    """What makes two reports' meetings one (each agency that attends writes its own trip report, and the forum
    its own record): the forum and number, or, where a report names neither, the name and first day; None when
    it gives too little."""
    numbered = numbered_name(forum, number)
    if numbered is not None:
        return ("numbered", numbered)
    if start_date is not None:
        return ("named", name, start_date)
    return None


class Meeting(Base):
    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(Text)
    forum: Mapped[str | None] = mapped_column(String(64))
    number: Mapped[int | None] = mapped_column(Integer)
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    date_text: Mapped[str | None] = mapped_column(Text)  # the dates as the report writes them (ROC)
    location: Mapped[str | None] = mapped_column(Text)
    host_economy: Mapped[str | None] = mapped_column(String(2))
    chair_name: Mapped[str | None] = mapped_column(Text)
    chair_organization: Mapped[str | None] = mapped_column(Text)
    economies_present: Mapped[list[str]] = mapped_column(JSON, default=list)
    economies_absent: Mapped[list[str]] = mapped_column(JSON, default=list)
    decisions: Mapped[list[str]] = mapped_column(JSON, default=list)  # 重要討論及決議事項, next meeting
    next_meeting: Mapped[str | None] = mapped_column(Text)

    document: Mapped[Document] = relationship(back_populates="meetings")
    sessions: Mapped[list[AgendaSession]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="AgendaSession.position"
    )
    updates: Mapped[list[CountryUpdate]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="CountryUpdate.id"
    )
    roles: Mapped[list[Role]] = relationship(back_populates="meeting", cascade="all, delete-orphan")

    def same_meeting_key(self) -> tuple | None:
        """What makes two reports' meetings one (meeting_key)."""
        return meeting_key(self.forum, self.number, self.name, self.start_date)

    def chair(self, separator: str) -> str:
        """The chair's name and organization, joined by the reader's comma, as the page and the brief print it."""
        return separator.join(part for part in (self.chair_name, self.chair_organization) if part)

    def other_decisions(self) -> list[str]:
        """The decisions less the one that only announces the next meeting, which pages and briefs show apart
        (reports list it among the decisions too)."""
        announced = (self.next_meeting or "").strip()
        return [decision for decision in self.decisions if decision.strip() != announced]


class AgendaSession(Base):
    """One row of the meeting's schedule table, tied to the report section that narrates it."""

    __tablename__ = "agenda_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    date: Mapped[date | None] = mapped_column(Date)
    start: Mapped[str | None] = mapped_column(String(5))  # HH:MM
    end: Mapped[str | None] = mapped_column(String(5))
    title: Mapped[str] = mapped_column(Text)  # Chinese title as given
    title_en: Mapped[str | None] = mapped_column(Text)  # English title as given, when the table has one
    kind: Mapped[str] = mapped_column(String(32))  # plenary | heads_of_delegation | steering_group | workshop | roundtable | other
    body: Mapped[str | None] = mapped_column(String(16))  # steering group acronym (DPSG, STSG, CISG) where one
    section_id: Mapped[int | None] = mapped_column(ForeignKey("sections.id", ondelete="SET NULL"))

    meeting: Mapped[Meeting] = relationship(back_populates="sessions")
    section: Mapped[Section | None] = relationship()

    @property
    def time_span(self) -> str:
        """09:00–12:00, or the one time the schedule gives: the agenda's time on the page and the brief."""
        return "–".join(time for time in (self.start, self.end) if time)


class CountryUpdate(Base):
    """What one economy reported in one session: its section, text and topics."""

    __tablename__ = "country_updates"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    session_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_sessions.id", ondelete="SET NULL"))
    section_id: Mapped[int | None] = mapped_column(ForeignKey("sections.id", ondelete="CASCADE"))
    economy: Mapped[str] = mapped_column(String(2), index=True)
    heading: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    topics: Mapped[list[str]] = mapped_column(JSON, default=list)

    meeting: Mapped[Meeting] = relationship(back_populates="updates")
    session: Mapped[AgendaSession | None] = relationship()
    section: Mapped[Section | None] = relationship()


class Person(Base):
    """A delegate or a named officer/speaker; shared across meetings, with roles per meeting."""

    __tablename__ = "people"
    __table_args__ = (UniqueConstraint("name", "economy", name="uq_people_name_economy"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    organization: Mapped[str | None] = mapped_column(Text)
    economy: Mapped[str | None] = mapped_column(String(2))

    roles: Mapped[list[Role]] = relationship(back_populates="person", cascade="all, delete-orphan")


class Role(Base):
    __tablename__ = "roles"
    __table_args__ = (Index("ix_roles_person_meeting", "person_id", "meeting_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(Text)  # delegate | head_of_delegation | chair | vice_chair | convenor | vice_convenor | secretariat | speaker | moderator
    section_id: Mapped[int | None] = mapped_column(ForeignKey("sections.id", ondelete="SET NULL"))

    person: Mapped[Person] = relationship(back_populates="roles")
    meeting: Mapped[Meeting] = relationship(back_populates="roles")
    section: Mapped[Section | None] = relationship()


class Figure(Base):
    __tablename__ = "figures"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    section_id: Mapped[int | None] = mapped_column(ForeignKey("sections.id", ondelete="SET NULL"))
    number: Mapped[int] = mapped_column(Integer)
    caption: Mapped[str] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(Text)


class Recommendation(Base):
    """One item of the report's 心得與建議."""

    __tablename__ = "recommendations"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    section_id: Mapped[int | None] = mapped_column(ForeignKey("sections.id", ondelete="SET NULL"))
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)


class Bookmark(Base):
    """A starred page of the window, kept in the library file."""

    __tablename__ = "bookmarks"

    id: Mapped[int] = mapped_column(primary_key=True)
    target: Mapped[str] = mapped_column(Text, unique=True)  # the page's address, e.g. telref://meeting/3
    title: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
