"""Read-only questions the window and the briefs ask of a Library.

Each function opens its own short session and returns ORM objects with what the caller needs already loaded
(the session's objects do not expire), so callers never touch the database lazily after the session closed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import func, select, text
from sqlalchemy.orm import selectinload

from desktop_app.core import models as m
from desktop_app.core.document_kinds import kind_order
from desktop_app.core.library import Library
from desktop_app.core.meeting_groups import by_same_meeting, disputed_attendance
from desktop_app.core.names import spaceless_key


def meetings(library: Library) -> list[m.Meeting]:
    """All meetings, newest first, with their agenda sessions."""
    with library.session() as session:
        return list(
            session.scalars(
                select(m.Meeting)
                .options(selectinload(m.Meeting.sessions))
                .order_by(m.Meeting.start_date.desc().nulls_last(), m.Meeting.id.desc())
            )
        )


def meeting_keys_by_document(library: Library) -> dict[int, tuple | None]:
    """Each document's meeting as meeting_key names it (of a document reporting two, the one meetings() lists
    last), read from the meetings' own columns: a brief loaded every meeting with its agenda only to tell its
    sections' copies apart."""
    columns = (m.Meeting.document_id, m.Meeting.forum, m.Meeting.number, m.Meeting.name, m.Meeting.start_date)
    order = (m.Meeting.start_date.desc().nulls_last(), m.Meeting.id.desc())
    with library.session() as session:
        return {row[0]: m.meeting_key(*row[1:]) for row in session.execute(select(*columns).order_by(*order))}


def meeting_detail(library: Library, meeting_id: int) -> m.Meeting | None:
    """One meeting with sessions, updates (with their sessions and sections), roles with people, and its
    document."""
    with library.session() as session:
        return session.scalar(
            select(m.Meeting)
            .where(m.Meeting.id == meeting_id)
            .options(
                selectinload(m.Meeting.sessions).selectinload(m.AgendaSession.section),
                selectinload(m.Meeting.updates).selectinload(m.CountryUpdate.session),
                selectinload(m.Meeting.updates).selectinload(m.CountryUpdate.section),
                selectinload(m.Meeting.roles).selectinload(m.Role.person),
                selectinload(m.Meeting.document).selectinload(m.Document.recommendations),
            )
        )


def other_reports(library: Library, meeting: m.Meeting) -> list[m.Meeting]:
    """The same meeting as other documents report it, each with its document. The meetings are matched on
    their own columns first: loading every meeting's document read every document's whole text."""
    key = meeting.same_meeting_key()
    if key is None:
        return []
    with library.session() as session:
        rows = session.execute(
            select(m.Meeting.id, m.Meeting.forum, m.Meeting.number, m.Meeting.name, m.Meeting.start_date)
        )
        same = [row.id for row in rows if row.id != meeting.id and m.meeting_key(*row[1:]) == key]
        if not same:
            return []
        return list(
            session.scalars(
                select(m.Meeting)
                .where(m.Meeting.id.in_(same))
                .options(selectinload(m.Meeting.document))
                .order_by(m.Meeting.id)
            )
        )


def find_meetings(library: Library, name_fragment: str) -> list[m.Meeting]:
    """The meeting whose id the text is (#12 or 12, as lists of meetings name them); else the meetings whose
    name or forum and number (APEC TELWG 68, which an English record's name does not spell) contains it,
    spaces, case and width ignored (ＴＥＬＷＧ68 as a Chinese input method types it). An id is exact where a
    fragment is not: 2 is meeting #2, not every name with a 2."""
    wanted = spaceless_key(name_fragment)
    listed = meetings(library)
    number = wanted.removeprefix("#")
    by_id = [meeting for meeting in listed if number.isdigit() and str(meeting.id) == number.lstrip("0")]
    if by_id or wanted.startswith("#"):
        return by_id
    found = []
    for meeting in listed:
        names = (meeting.name, m.numbered_name(meeting.forum, meeting.number) or "")
        if any(wanted in spaceless_key(name) for name in names):
            found.append(meeting)
    return found or _by_symbol(listed, wanted)


def _by_symbol(listed: list[m.Meeting], wanted: str) -> list[m.Meeting]:
    """Meetings a symbol such as APEC writes it names (TEL67: the forum whose name has a word starting TEL,
    meeting 67), for a text no name holds."""
    symbol = re.fullmatch(r"([a-z]{2,})(\d{1,3})", wanted)
    if symbol is None:
        return []
    letters, number = symbol[1], int(symbol[2])
    return [
        meeting
        for meeting in listed
        if meeting.number == number and any(word.casefold().startswith(letters) for word in (meeting.forum or "").split())
    ]


def economy_updates(library: Library, code: str) -> list[m.CountryUpdate]:
    """Everything an economy reported, newest meeting first, in agenda order within a meeting."""
    with library.session() as session:
        return list(
            session.scalars(
                select(m.CountryUpdate)
                .join(m.Meeting)
                .outerjoin(m.AgendaSession, m.CountryUpdate.session_id == m.AgendaSession.id)
                .where(m.CountryUpdate.economy == code)
                .options(
                    selectinload(m.CountryUpdate.meeting),
                    selectinload(m.CountryUpdate.session),
                    selectinload(m.CountryUpdate.section),  # a brief heads one without a session by its list
                )
                .order_by(
                    m.Meeting.start_date.desc().nulls_last(),
                    m.Meeting.id.desc(),
                    m.AgendaSession.position,
                    m.CountryUpdate.id,
                )
            )
        )


def economy_people(library: Library, code: str, with_roles: bool = True) -> list[m.Person]:
    """People from an economy, with their roles and the roles' meetings unless only names are wanted (an
    economy page lists names: loading every role of a large library's delegates took most of its time)."""
    statement = select(m.Person).where(m.Person.economy == code).order_by(m.Person.id)
    if with_roles:
        statement = statement.options(selectinload(m.Person.roles).selectinload(m.Role.meeting))
    with library.session() as session:
        return list(session.scalars(statement))


@dataclass(frozen=True)
class Attendance:
    meeting: m.Meeting
    status: str  # present | absent | unknown
    disputed: bool = False  # one report of the meeting lists the economy present, another absent


def economy_attendance(library: Library, code: str) -> list[Attendance]:
    """For every meeting, whether the economy attended it: once per meeting however many reports cover it, named
    by the report the tree and the briefs name it by (its trip report's first), present when any report says so,
    else absent when any says that; disputed when the reports say both, which a reader should know before
    quoting either."""
    def status(meeting: m.Meeting) -> str:
        if code in meeting.economies_present:
            return "present"
        return "absent" if code in meeting.economies_absent else "unknown"

    attendance = []
    for group in reports_in_order(library, by_same_meeting(meetings(library))):
        said = {status(meeting) for meeting in group}
        best = max(said, key=_ATTENDANCE_WEIGHT.__getitem__)
        attendance.append(Attendance(group[0], best, disputed=code in disputed_attendance(group)))
    return attendance


_ATTENDANCE_WEIGHT = {"unknown": 0, "absent": 1, "present": 2}  # what one report says over another's


def _holding(column: str, value: str):
    """Sections whose JSON list column holds value."""
    condition = text(f"EXISTS (SELECT 1 FROM json_each(sections.{column}) WHERE json_each.value = :{column}_value)")
    return condition.bindparams(**{f"{column}_value": value})  # named by column: two conditions may share a query


def _sections_where(
    library: Library, column: str, value: str, limit: int | None = None, topic: str | None = None
) -> list[m.Section]:
    with library.session() as session:
        return list(
            session.scalars(
                select(m.Section)
                .join(m.Document)
                .outerjoin(m.Meeting, m.Meeting.document_id == m.Document.id)
                .where(_holding(column, value), *([_holding("topics", topic)] if topic else []))
                .options(selectinload(m.Section.document))
                .order_by(
                    m.Meeting.start_date.desc().nulls_last(),
                    m.Document.published.desc().nulls_last(),
                    m.Section.document_id,
                    m.Section.position,
                )
                .limit(limit)
            ).unique()
        )


def sections_for_topic(library: Library, topic_id: str, limit: int | None = None) -> list[m.Section]:
    """Sections tagged with a topic, newest meeting or article first, in reading order (the first limit)."""
    return _sections_where(library, "topics", topic_id, limit)


def sections_for_economy(
    library: Library, code: str, limit: int | None = None, topic: str | None = None
) -> list[m.Section]:
    """Sections that mention an economy (and are tagged with topic, when given), in the same order (the first
    limit)."""
    return _sections_where(library, "economies", code, limit, topic)


def documents_with_sections(library: Library, economy: str | None = None, topic: str | None = None) -> set[int]:
    """Ids of the documents holding a section that mentions the economy and is tagged with the topic (either may
    be left out): the tree narrows its branches by them without reading the sections themselves."""
    conditions = [_holding("economies", economy)] if economy else []
    conditions += [_holding("topics", topic)] if topic else []
    with library.session() as session:
        return set(session.scalars(select(m.Section.document_id).where(*conditions).distinct()))


def count_sections_for_topic(library: Library, topic_id: str) -> int:
    return _count_where(library, "topics", topic_id)


def count_sections_for_economy(library: Library, code: str, topic: str | None = None) -> int:
    return _count_where(library, "economies", code, topic)


def _count_where(library: Library, column: str, value: str, topic: str | None = None) -> int:
    with library.session() as session:
        conditions = [_holding(column, value), *([_holding("topics", topic)] if topic else [])]
        return session.scalar(select(func.count(m.Section.id)).where(*conditions)) or 0


def economy_topic_counts(library: Library, code: str) -> Counter[str]:
    """Sections mentioning an economy, per topic they are tagged with."""
    return _counts_alongside(library, "economies", code, "topics")


def topic_economy_counts(library: Library, topic_id: str) -> Counter[str]:
    """Sections tagged with a topic, per economy they mention."""
    return _counts_alongside(library, "topics", topic_id, "economies")


def _counts_alongside(library: Library, column: str, value: str, counted: str) -> Counter[str]:
    """Of the sections whose JSON list column holds value, how many hold each value of the counted column."""
    sql = select(text("item.value"), func.count()).select_from(
        text(f"sections, json_each(sections.{counted}) AS item")
    ).where(_holding(column, value)).group_by(text("item.value"))
    with library.session() as session:
        return Counter({item: count for item, count in session.execute(sql)})


def _count_json_values(library: Library, table: str, column: str) -> Counter[str]:
    sql = text(f"SELECT json_each.value, count(*) FROM {table}, json_each({table}.{column}) GROUP BY json_each.value")
    with library.session() as session:
        return Counter({value: count for value, count in session.execute(sql)})


def topic_counts(library: Library) -> Counter[str]:
    """Sections per topic id."""
    return _count_json_values(library, "sections", "topics")


def economy_section_counts(library: Library) -> Counter[str]:
    """Sections mentioning each economy code."""
    return _count_json_values(library, "sections", "economies")


def people(library: Library) -> list[m.Person]:
    """Everyone, with roles and meetings, delegates of each economy together."""
    with library.session() as session:
        return list(
            session.scalars(
                select(m.Person)
                .options(selectinload(m.Person.roles).selectinload(m.Role.meeting))
                .order_by(m.Person.economy.nulls_last(), m.Person.id)
            )
        )


def people_count(library: Library, economy: str | None = None) -> int:
    """How many people (of one economy, when given): the tree's count, without loading everyone's roles."""
    query = select(func.count(m.Person.id))
    if economy:
        query = query.where(m.Person.economy == economy)
    with library.session() as session:
        return session.scalar(query) or 0


def namesakes(library: Library, document_id: int) -> list[int]:
    """Other documents of the same kind and title, oldest first: after an import, most likely an earlier
    version of the same report, which the reader may want to remove (nothing is replaced unasked: two
    delegations can file reports of one title on one meeting)."""
    with library.session() as session:
        document = session.get(m.Document, document_id)
        if document is None:
            return []
        return list(
            session.scalars(
                select(m.Document.id)
                .where(m.Document.title == document.title, m.Document.kind == document.kind)
                .where(m.Document.id != document_id)
                .order_by(m.Document.id)
            )
        )


def person(library: Library, person_id: int) -> m.Person | None:
    with library.session() as session:
        return session.scalar(
            select(m.Person)
            .where(m.Person.id == person_id)
            .options(
                selectinload(m.Person.roles).selectinload(m.Role.meeting).selectinload(m.Meeting.document),
                selectinload(m.Person.roles).selectinload(m.Role.section),
            )
        )


def documents(library: Library) -> list[m.Document]:
    """All documents, newest import first (text included; they are few)."""
    with library.session() as session:
        return list(session.scalars(select(m.Document).order_by(m.Document.id.desc())))


def document_sources(library: Library) -> dict[int, str]:
    """Each document's file name as imported, by id (without reading any document's text)."""
    with library.session() as session:
        return {row.id: row.source for row in session.execute(select(m.Document.id, m.Document.source))}


def titles_and_kinds(library: Library, document_ids: list[int]) -> dict[int, tuple[str, str]]:
    """(title, kind) of each document asked for, by id, without reading any document's text."""
    with library.session() as session:
        rows = session.execute(
            select(m.Document.id, m.Document.title, m.Document.kind).where(m.Document.id.in_(document_ids))
        )
        return {row.id: (row.title, row.kind) for row in rows}


Grouped = TypeVar("Grouped")


def reports_in_order(
    library: Library,
    groups: list[list[Grouped]],
    meeting_of: Callable[[Grouped], m.Meeting] | None = None,
    facts: dict[int, tuple[str, str]] | None = None,
) -> list[list[Grouped]]:
    """Each group of one meeting's reports (meeting_groups.by_same_meeting: meetings, or what meeting_of gives
    the meeting of) trip reports first, then the forum's record (document_kinds.kind_order), reports of one kind
    fullest first (most sessions, updates and people: a cover-less summary of one session was taken over the
    full report of the same meeting), else as given: the report a meeting's row opens and a brief is of, an
    economy's updates from it listed first. facts, the documents' titles_and_kinds when the caller has read them
    already, spare reading them again."""
    def meeting(item: Grouped) -> m.Meeting:
        return meeting_of(item) if meeting_of is not None else item  # type: ignore[return-value]

    if facts is None:
        facts = titles_and_kinds(library, [meeting(item).document_id for group in groups for item in group])
    def kind_of(item: Grouped) -> int:
        return kind_order(facts[meeting(item).document_id][1])

    # fullness only orders reports of one kind: a trip report beside the forum's record (the usual pair) needs
    # none counted, and the tree orders every meeting's reports on each rebuild
    tied = [meeting(item).id for group in groups if len({kind_of(item) for item in group}) < len(group) for item in group]
    fullness = _report_fullness(library, tied) if tied else {}
    return [sorted(group, key=lambda item: (kind_of(item), -fullness.get(meeting(item).id, 0))) for group in groups]


def _report_fullness(library: Library, meeting_ids: list[int]) -> Counter[int]:
    """How much each meeting's report holds: its agenda sessions, economy updates and roles, counted together
    (for reports_in_order)."""
    fullness: Counter[int] = Counter()
    with library.session() as session:
        for column in (m.AgendaSession.meeting_id, m.CountryUpdate.meeting_id, m.Role.meeting_id):
            counted = select(column, func.count()).where(column.in_(set(meeting_ids))).group_by(column)
            fullness.update({meeting_id: count for meeting_id, count in session.execute(counted)})
    return fullness


def updates_by_meeting(
    library: Library, updates: list[m.CountryUpdate], facts: dict[int, tuple[str, str]] | None = None
) -> list[list[m.CountryUpdate]]:
    """Updates in groups of one meeting however many documents report it, each group's trip report's first."""
    groups = by_same_meeting(updates, lambda update: update.meeting)
    return reports_in_order(library, groups, lambda update: update.meeting, facts)


def document(library: Library, document_id: int) -> m.Document | None:
    """A document with its outline, meetings, figures and recommendations."""
    with library.session() as session:
        return session.scalar(
            select(m.Document)
            .where(m.Document.id == document_id)
            .options(
                selectinload(m.Document.sections),
                selectinload(m.Document.meetings),
                selectinload(m.Document.figures),
                selectinload(m.Document.recommendations),
            )
        )


def section(library: Library, section_id: int) -> m.Section | None:
    """A section with its document."""
    with library.session() as session:
        return session.scalar(
            select(m.Section).where(m.Section.id == section_id).options(selectinload(m.Section.document))
        )


def sections_by_id(library: Library, section_ids: list[int]) -> dict[int, m.Section]:
    """The sections of ids that still exist, each with its document, in one query (a section removed since its
    id was found is not there)."""
    if not section_ids:
        return {}
    with library.session() as session:
        found = session.scalars(
            select(m.Section).where(m.Section.id.in_(section_ids)).options(selectinload(m.Section.document))
        )
        return {section.id: section for section in found}


def child_sections(library: Library, section_id: int) -> list[m.Section]:
    with library.session() as session:
        return list(
            session.scalars(select(m.Section).where(m.Section.parent_id == section_id).order_by(m.Section.position))
        )


def neighbour_sections(library: Library, section: m.Section) -> tuple[m.Section | None, m.Section | None]:
    """The sections just before and after one in its document's reading order, for reading on page by page."""
    in_document = select(m.Section).where(m.Section.document_id == section.document_id)
    with library.session() as session:
        before = session.scalar(
            in_document.where(m.Section.position < section.position).order_by(m.Section.position.desc()).limit(1)
        )
        after = session.scalar(in_document.where(m.Section.position > section.position).order_by(m.Section.position).limit(1))
        return before, after


def section_updates(library: Library, section_id: int) -> list[m.CountryUpdate]:
    """Country updates narrated by a section."""
    with library.session() as session:
        return list(
            session.scalars(
                select(m.CountryUpdate)
                .where(m.CountryUpdate.section_id == section_id)
                .options(selectinload(m.CountryUpdate.meeting), selectinload(m.CountryUpdate.session))
            )
        )


def library_stats(library: Library) -> dict[str, int]:
    """Counts for the status bar; a meeting several documents report counts once, as the tree lists it."""
    with library.session() as session:
        counts = {
            name: session.scalar(select(func.count()).select_from(model)) or 0
            for name, model in (
                ("documents", m.Document),
                ("sections", m.Section),
                ("updates", m.CountryUpdate),
                ("people", m.Person),
            )
        }
        meetings = session.execute(
            select(m.Meeting.id, m.Meeting.forum, m.Meeting.number, m.Meeting.name, m.Meeting.start_date)
        )
        counts["meetings"] = len(
            {m.meeting_key(row.forum, row.number, row.name, row.start_date) or ("alone", row.id) for row in meetings}
        )
        return counts


def agenda_session(library: Library, session_id: int) -> m.AgendaSession | None:
    """One agenda session with its meeting and narrating section."""
    with library.session() as session:
        return session.scalar(
            select(m.AgendaSession)
            .where(m.AgendaSession.id == session_id)
            .options(selectinload(m.AgendaSession.meeting), selectinload(m.AgendaSession.section))
        )


def session_updates(library: Library, session_id: int) -> list[m.CountryUpdate]:
    """The economy updates given in one agenda session, in reading order."""
    with library.session() as session:
        return list(
            session.scalars(
                select(m.CountryUpdate).where(m.CountryUpdate.session_id == session_id).order_by(m.CountryUpdate.id)
            )
        )


def country_update(library: Library, update_id: int) -> m.CountryUpdate | None:
    """One economy update with its meeting (and the meeting's document), session and section."""
    with library.session() as session:
        return session.scalar(
            select(m.CountryUpdate)
            .where(m.CountryUpdate.id == update_id)
            .options(
                selectinload(m.CountryUpdate.meeting).selectinload(m.Meeting.document),
                selectinload(m.CountryUpdate.session),
                selectinload(m.CountryUpdate.section),
            )
        )
