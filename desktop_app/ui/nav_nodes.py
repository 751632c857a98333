"""What the navigation tree shows, as plain nodes built from library queries (Qt-free).

Branch counts are computed when the tree is built; a node's children are loaded only when it is first expanded
(its `loader`), so the first view costs a handful of COUNT queries whatever the size of the library.
Filters (economy, topic) narrow every branch they make sense for; `FILTERED_BY` names which, so a new filter
rebuilds only the branches it changes. Each node has a `key` that survives a rebuild (and a language switch),
by which the window finds the rows it had open and marked again.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import groupby

from desktop_app.core import models as m
from desktop_app.core import queries
from desktop_app.core.bookmarks import list_bookmarks
from desktop_app.core.economies import APEC_CODES, registry
from desktop_app.core.library import Library
from desktop_app.core.meeting_groups import by_same_meeting
from desktop_app.core.topics import taxonomy
from desktop_app.ui.bookmark_titles import bookmark_titles
from desktop_app.ui.i18n import Strings
from desktop_app.ui.labels import format_date, session_title
from desktop_app.ui.meeting_choices import meeting_label, told_apart
from desktop_app.ui.pages.base import section_heading, update_title
from desktop_app.ui.urls import economy_topic_url, page_url

ICONS = {
    "meetings": "fa5s.calendar-alt",
    "meeting": "fa5s.handshake",
    "report": "fa5s.file-alt",
    "day": "fa5s.calendar-day",
    "session": "fa5s.clipboard-list",
    "section": "fa5s.paragraph",
    "economies": "fa5s.globe-asia",
    "economy": "fa5s.flag",
    "update": "fa5s.comment-alt",
    "group": "fa5s.folder-open",
    "topics": "fa5s.tags",
    "topic": "fa5s.tag",
    "people": "fa5s.user-friends",
    "person": "fa5s.user",
    "role": "fa5s.id-badge",
    "documents": "fa5s.book",
    "document": "fa5s.file-alt",
    "bookmarks": "fa5s.star",
    "bookmark": "fa5s.bookmark",
}


@dataclass(frozen=True)
class NavFilter:
    """The economy code and topic id the reader narrowed the library to (None: all)."""

    economy: str | None = None
    topic: str | None = None

    @property
    def active(self) -> bool:
        return bool(self.economy or self.topic)

    def changed_parts(self, other: NavFilter) -> set[str]:
        """Which of "economy" and "topic" differ between two filters."""
        return {part for part in ("economy", "topic") if getattr(self, part) != getattr(other, part)}


# The filter parts each branch is narrowed by: a new filter rebuilds the branches it touches, no others.
FILTERED_BY: dict[str, frozenset[str]] = {
    "meetings": frozenset({"economy", "topic"}),
    "economies": frozenset({"economy", "topic"}),
    "topics": frozenset({"economy", "topic"}),
    "people": frozenset({"economy"}),
    "documents": frozenset({"economy", "topic"}),
    "bookmarks": frozenset(),
}


_SERIALS = itertools.count(1)


@dataclass(eq=False)
class NavNode:
    """One row of the tree. `children` stays None until `loader` fills it on first expansion."""

    kind: str
    label: str
    url: str | None = None
    count: int | None = None
    counts: str = ""  # what count counts (sessions, sections mentioning it, …): its tooltip names it
    detail: str = ""  # more than the label says (a meeting's full name), shown in the tooltip
    key: str = ""  # what names the row across rebuilds where its url does not (a day, a branch); see `stable_key`
    loader: Callable[[], list[NavNode]] | None = None
    children: list[NavNode] | None = None
    parent: NavNode | None = field(default=None, repr=False)
    serial: int = field(default_factory=lambda: next(_SERIALS), repr=False)  # names the row to the Qt model

    @property
    def icon(self) -> str:
        return ICONS.get(self.kind, "fa5s.circle")

    @property
    def stable_key(self) -> str:
        """The same for this row in any language and filter, and different from its siblings'."""
        return self.key or self.url or self.kind

    def may_have_children(self) -> bool:
        return self.loader is not None if self.children is None else bool(self.children)

    def load(self) -> list[NavNode]:
        """The children, loading them once; each child learns its parent."""
        if self.children is None:
            self.children = self.loader() if self.loader else []
            for child in self.children:
                child.parent = self
        return self.children


def _section_node(section: m.Section, children_of: dict[int | None, list[m.Section]] | None = None) -> NavNode:
    """A section; its subsections come from an outline already read, or are queried on expansion."""
    if children_of is not None:
        kids = children_of.get(section.id, [])
        loader = (lambda: [_section_node(kid, children_of) for kid in kids]) if kids else None
    else:
        loader = None
    return NavNode("section", section_heading(section), page_url("section", section.id), loader=loader)


def _lazy_section_node(library: Library, section: m.Section) -> NavNode:
    node = _section_node(section)
    node.loader = lambda: [_lazy_section_node(library, kid) for kid in queries.child_sections(library, section.id)]
    return node


class NavBuilder:
    """Builds the tree's branches for one library, language and filter."""

    def __init__(self, library: Library, strings: Strings, nav_filter: NavFilter) -> None:
        self.library = library
        self.strings = strings
        self.filter = nav_filter
        self._documents_by_filter: dict[tuple[str | None, str | None], set[int]] = {}
        self._builders: dict[str, Callable[[], NavNode]] = {
            "meetings": self.meetings_branch,
            "economies": self.economies_branch,
            "topics": self.topics_branch,
            "people": self.people_branch,
            "documents": self.documents_branch,
            "bookmarks": self.bookmarks_branch,
        }

    def roots(self) -> list[NavNode]:
        return [build() for build in self._builders.values()]

    def branch(self, kind: str) -> NavNode:
        """One top-level branch, built alone (a new filter or bookmark rebuilds only what it changes)."""
        return self._builders[kind]()

    def _documents_of_filter(self, economy: bool = True) -> set[int] | None:
        """Ids of the documents holding a section the filter allows (by its economy too unless economy is
        False), read once per build; None when nothing narrows them. Only ids are read: loading the sections
        themselves was the slowest part of a filter change on a large library."""
        key = (self.filter.economy if economy else None, self.filter.topic)
        if not any(key):
            return None
        if key not in self._documents_by_filter:
            self._documents_by_filter[key] = queries.documents_with_sections(self.library, *key)
        return self._documents_by_filter[key]

    # Meetings › day › session › narrating section

    def _meetings(self) -> list[m.Meeting]:
        found = queries.meetings(self.library)
        if self.filter.economy:
            code = self.filter.economy
            found = [mt for mt in found if code in mt.economies_present or code == mt.host_economy]
        documents = self._documents_of_filter(economy=False)
        if documents is not None:
            found = [mt for mt in found if mt.document_id in documents]
        return found

    def meetings_branch(self) -> NavNode:
        groups = by_same_meeting(self._meetings())
        return NavNode(
            "meetings",
            self.strings("branch_meetings"),
            count=len(groups),
            counts="meetings",
            loader=lambda: self._meeting_nodes(groups),
        )

    def _meeting_nodes(self, groups: list[list[m.Meeting]]) -> list[NavNode]:
        """One row per meeting: a meeting one document reports, or a meeting several report (each agency's
        trip report, the forum's own record) with a row per report beneath it, trip reports first."""
        facts = queries.titles_and_kinds(self.library, [mt.document_id for group in groups for mt in group])
        groups = queries.reports_in_order(self.library, groups, facts=facts)
        alone = [group[0] for group in groups if len(group) == 1]
        nodes = {
            meeting.id: node
            for meeting, node in zip(
                alone, self._told_apart([self._meeting_node(mt) for mt in alone], [mt.document_id for mt in alone])
            )
        }
        return [nodes[group[0].id] if len(group) == 1 else self._reported_meeting_node(group, facts) for group in groups]

    def _reported_meeting_node(self, group: list[m.Meeting], facts: dict[int, tuple[str, str]]) -> NavNode:
        first = group[0]
        return NavNode(
            "meeting",
            meeting_label(first, self.strings),
            page_url("meeting", first.id),
            loader=lambda: self._report_nodes(group, facts),
            detail=f"{first.name}\n{self.strings('count_reports', count=len(group))}",
        )

    def _report_label(self, title: str, kind: str) -> str:
        return f"{self.strings.term('document_kinds', kind)} · {title}"

    def _report_nodes(self, group: list[m.Meeting], facts: dict[int, tuple[str, str]]) -> list[NavNode]:
        """A meeting's reports, each named by its kind and title, its sessions beneath."""
        nodes = [
            NavNode(
                "report",
                self._report_label(*facts[mt.document_id]),
                page_url("meeting", mt.id),
                count=len(mt.sessions),
                counts="sessions",
                loader=(lambda mt=mt: self._meeting_days(mt)) if mt.sessions else None,
                detail=mt.name,
            )
            for mt in group
        ]
        return self._told_apart(nodes, [mt.document_id for mt in group])

    def _meeting_node(self, meeting: m.Meeting) -> NavNode:
        return NavNode(
            "meeting",
            meeting_label(meeting, self.strings),
            page_url("meeting", meeting.id),
            count=len(meeting.sessions),
            counts="sessions",
            loader=(lambda: self._meeting_days(meeting)) if meeting.sessions else None,
            detail=meeting.name,
        )

    def _meeting_days(self, meeting: m.Meeting) -> list[NavNode]:
        """A meeting's sessions by day; directly, when no session has a date (a report that narrates its
        sessions without a schedule), since one "undated" day would only be a level to open."""
        if all(session.date is None for session in meeting.sessions):
            return [self._session_node(session) for session in meeting.sessions]
        days = []
        for day, sessions in groupby(meeting.sessions, key=lambda s: s.date):
            chosen = list(sessions)
            label = format_date(day, self.strings) if day else self.strings("undated")
            days.append(
                NavNode(
                    "day",
                    label,
                    page_url("meeting", meeting.id),
                    count=len(chosen),
                    counts="sessions",
                    loader=lambda chosen=chosen: [self._session_node(s, dated=False) for s in chosen],
                    key=f"{page_url('meeting', meeting.id)}#{day.isoformat() if day else 'undated'}",
                )
            )
        return days

    def _session_node(self, agenda: m.AgendaSession, dated: bool = True) -> NavNode:
        """A session's row; under its day's row (dated False) its name leaves the day out."""
        section_id = agenda.section_id

        def narrating() -> list[NavNode]:
            section = queries.section(self.library, section_id) if section_id else None
            return [_lazy_section_node(self.library, section)] if section else []

        return NavNode(
            "session",
            session_title(agenda, self.strings, dated),
            page_url("session", agenda.id),
            loader=narrating if section_id else None,
        )

    # Economies › meeting › session › update, then the sections naming the economy

    def economies_branch(self) -> NavNode:
        codes = [self.filter.economy] if self.filter.economy else list(APEC_CODES)
        if self.filter.topic:
            counts = queries.topic_economy_counts(self.library, self.filter.topic)
        else:
            counts = queries.economy_section_counts(self.library)
        registry_ = registry()
        codes.sort(key=lambda code: registry_.name(code, self.strings.lang) if self.strings.lang == "en" else "")
        return NavNode(
            "economies",
            self.strings("branch_economies"),
            count=len(codes),
            counts="economies",
            loader=lambda: [self._economy_node(code, counts.get(code, 0)) for code in codes],
        )

    def _economy_node(self, code: str, mentions: int) -> NavNode:
        topic = self.filter.topic  # narrowed to a topic: the page of what the economy said on it
        return NavNode(
            "economy",
            registry().name(code, self.strings.lang),
            economy_topic_url(code, topic) if topic else page_url("economy", code),
            count=mentions,
            counts="sections",
            loader=lambda: self._economy_children(code),
            key=page_url("economy", code),  # the same row whichever topic its address names
        )

    def _economy_children(self, code: str) -> list[NavNode]:
        updates = queries.economy_updates(self.library, code)
        if self.filter.topic:
            updates = [u for u in updates if self.filter.topic in u.topics]
        nodes = []
        for items in queries.updates_by_meeting(self.library, updates):
            nodes.append(
                NavNode(
                    "meeting",
                    meeting_label(items[0].meeting, self.strings),
                    page_url("meeting", items[0].meeting_id),
                    count=len(items),
                    counts="updates",
                    loader=lambda items=items: self._updates_by_session(items),
                    detail=items[0].meeting.name,
                )
            )
        sections = queries.sections_for_economy(self.library, code, topic=self.filter.topic)
        if sections:
            nodes.append(
                NavNode(
                    "group",
                    self.strings("group_mentions"),
                    page_url("economy", code),
                    count=len(sections),
                    counts="sections",
                    loader=lambda: [_section_node(s) for s in sections],
                    key=f"mentions:{code}",
                )
            )
        return nodes

    def _updates_by_session(self, updates: list[m.CountryUpdate]) -> list[NavNode]:
        nodes = []
        for _session_id, by_session in groupby(updates, key=lambda u: u.session_id):
            items = list(by_session)
            agenda = items[0].session
            nodes.append(
                NavNode(
                    "session",
                    session_title(agenda, self.strings) if agenda else self.strings("group_no_session"),
                    page_url("session", agenda.id) if agenda else None,
                    count=len(items),
                    counts="updates",
                    loader=lambda items=items: self._update_nodes(items),
                )
            )
        return nodes

    def _update_nodes(self, updates: list[m.CountryUpdate]) -> list[NavNode]:
        """Updates named as their pages are, by the economy in the reader's language (a raw heading, 韓國, read
        wrong in English); two alike told apart by their order."""
        labels = [update_title(u.economy, u.heading, self.strings) for u in updates]
        counts = Counter(labels)
        seen: Counter[str] = Counter()
        nodes = []
        for label, update in zip(labels, updates):
            seen[label] += 1
            shown = f"{label}{self.strings('in_brackets', text=seen[label])}" if counts[label] > 1 else label
            nodes.append(NavNode("update", shown, page_url("update", update.id)))
        return nodes

    # Topics › sections

    def topics_branch(self) -> NavNode:
        topics = taxonomy().topics
        if self.filter.topic:
            topics = [t for t in topics if t.id == self.filter.topic]
        if self.filter.economy:
            counts = queries.economy_topic_counts(self.library, self.filter.economy)
        else:
            counts = queries.topic_counts(self.library)
        return NavNode(
            "topics",
            self.strings("branch_topics"),
            count=len(topics),
            counts="topics",
            loader=lambda: [
                NavNode(
                    "topic",
                    topic.label(self.strings.lang),
                    page_url("topic", topic.id),
                    count=counts.get(topic.id, 0),
                    counts="sections",
                    loader=lambda topic_id=topic.id: self._topic_sections(topic_id),
                )
                for topic in topics
            ],
        )

    def _topic_sections(self, topic_id: str) -> list[NavNode]:
        if self.filter.economy:
            sections = queries.sections_for_economy(self.library, self.filter.economy, topic=topic_id)
        else:
            sections = queries.sections_for_topic(self.library, topic_id)
        return [_section_node(s) for s in sections]

    # People › roles

    def people_branch(self) -> NavNode:
        """Counted at once, listed on expansion: everyone's roles and meetings are the slowest part of the
        tree to read (0.2 s of a 300-report library's start)."""
        return NavNode(
            "people",
            self.strings("branch_people"),
            count=queries.people_count(self.library, self.filter.economy),
            counts="people",
            loader=self._people_nodes,
        )

    def _people_nodes(self) -> list[NavNode]:
        found = queries.people(self.library)
        if self.filter.economy:
            found = [p for p in found if p.economy == self.filter.economy]
        return [self._person_node(p) for p in found]

    def _person_node(self, person: m.Person) -> NavNode:
        economy = self.strings("in_brackets", text=registry().name(person.economy, self.strings.lang)) if person.economy else ""
        roles = list(person.roles)
        return NavNode(
            "person",
            f"{person.name}{economy}",
            page_url("person", person.id),
            count=len(roles),
            counts="roles",
            loader=lambda: [
                NavNode(
                    "role",
                    f"{self.strings.term('roles', r.role)} · {meeting_label(r.meeting, self.strings)}",
                    page_url("section", r.section_id) if r.section_id else page_url("meeting", r.meeting_id),
                    detail=r.meeting.name,
                )
                for r in roles
            ],
        )

    # Documents › outline

    def documents_branch(self) -> NavNode:
        found = queries.documents(self.library)
        wanted = self._documents_of_filter()
        if wanted is not None:
            found = [d for d in found if d.id in wanted]
        return NavNode(
            "documents",
            self.strings("branch_documents"),
            count=len(found),
            counts="documents",
            loader=lambda: self._told_apart(
                [
                    NavNode(
                        "document",
                        d.title,
                        page_url("document", d.id),
                        loader=lambda document_id=d.id: self._outline(document_id),
                    )
                    for d in found
                ],
                [d.id for d in found],
            ),
        )

    def _told_apart(self, nodes: list[NavNode], document_ids: list[int]) -> list[NavNode]:
        for node, label in zip(nodes, told_apart(self.library, [node.label for node in nodes], document_ids)):
            node.label = label
        return nodes

    def _outline(self, document_id: int) -> list[NavNode]:
        document = queries.document(self.library, document_id)
        if document is None:
            return []
        children_of: dict[int | None, list[m.Section]] = {}
        for section in document.sections:
            children_of.setdefault(section.parent_id, []).append(section)
        return [_section_node(s, children_of) for s in children_of.get(None, [])]

    # Bookmarks

    def bookmarks_branch(self) -> NavNode:
        """Each bookmark titled from its address in the reader's language (a title saved in another language, or
        a section's bare heading, would read wrong or say too little); the saved title where the page is gone."""
        marks = list_bookmarks(self.library)
        return NavNode(
            "bookmarks",
            self.strings("branch_bookmarks"),
            page_url("bookmarks"),
            count=len(marks),
            counts="bookmarks",
            loader=lambda: [
                NavNode("bookmark", title, mark.target)
                for mark, title in zip(marks, bookmark_titles(self.library, marks, self.strings))
            ],
        )
