"""A bookmark's title, worked out from its address each time it is shown (Qt-free).

The title saved with a bookmark is frozen in the language it was saved in, and a section's own heading ("(7) 美國")
does not say which report it is in; so the tree and the bookmarks page name each bookmark afresh, in the reader's
language, with the document or meeting a section, session or update belongs to. Each kind costs one small
query, never a whole page's rendering.
"""

from __future__ import annotations

from collections import Counter

from desktop_app.core import queries
from desktop_app.core.economies import registry
from desktop_app.core.library import Library
from desktop_app.core.models import Bookmark
from desktop_app.core.topics import taxonomy
from desktop_app.ui.i18n import Strings
from desktop_app.ui.labels import session_title
from desktop_app.ui.meeting_choices import meeting_label
from desktop_app.ui.pages.base import section_heading, section_where, update_title
from desktop_app.ui.urls import PageAddress, parse_url

CONTEXT_SEPARATOR = " · "


def bookmark_title(library: Library, url: str, strings: Strings, saved: str = "") -> str:
    """The page's title in the reader's language, with where it stands; the saved title when the address no
    longer names a page (the tree and page keep a stale bookmark visible, so the reader can remove it)."""
    address = parse_url(url)
    title = _title(library, address, strings) if address is not None else None
    return title or saved or url


def bookmark_titles(library: Library, marks: list[Bookmark], strings: Strings) -> list[str]:
    """Every bookmark's title, as bookmark_title gives it; two documents or meetings titled alike (a report
    imported as .doc and as .odt, a meeting's trip report and its record) told apart by their files, as the
    tree tells them apart."""
    titles = [bookmark_title(library, mark.target, strings, mark.title) for mark in marks]
    repeated = {title for title, count in Counter(titles).items() if count > 1}
    if not repeated:
        return titles
    sources = queries.document_sources(library)
    told = []
    for title, mark in zip(titles, marks):
        document_id = _document_of(library, mark.target) if title in repeated else None
        told.append(f"{title}{CONTEXT_SEPARATOR}{sources[document_id]}" if document_id in sources else title)
    return told


def _document_of(library: Library, url: str) -> int | None:
    """The document a document's or a meeting's page shows."""
    address = parse_url(url)
    if address is None or address.number is None:
        return None
    if address.kind == "document":
        return address.number
    if address.kind == "meeting":
        meeting = queries.meeting_detail(library, address.number)
        return meeting.document_id if meeting else None
    return None


def _title(library: Library, address: PageAddress, strings: Strings) -> str | None:
    if address.kind == "welcome":
        return strings("page_welcome_title")
    if address.kind == "bookmarks":
        return strings("bookmarks_title")
    if address.kind == "economy":
        code, _, topic_id = address.key.partition("/")
        name = registry().name(code.upper(), strings.lang)
        topic = taxonomy().get(topic_id) if topic_id else None
        return f"{name}{CONTEXT_SEPARATOR}{topic.label(strings.lang)}" if topic else name
    if address.kind == "topic":
        topic = taxonomy().get(address.key)
        return topic.label(strings.lang) if topic else None
    number = address.number
    if number is None:
        return None
    return _numbered_title(library, address.kind, number, strings)


def _numbered_title(library: Library, kind: str, number: int, strings: Strings) -> str | None:
    if kind == "section":
        section = queries.section(library, number)
        return f"{section_heading(section)}{CONTEXT_SEPARATOR}{section_where(section)}" if section else None
    if kind == "session":
        agenda = queries.agenda_session(library, number)
        if agenda is None:
            return None
        return f"{session_title(agenda, strings)}{CONTEXT_SEPARATOR}{meeting_label(agenda.meeting, strings)}"
    if kind == "update":
        update = queries.country_update(library, number)
        if update is None:
            return None
        title = update_title(update.economy, update.heading, strings)
        return f"{title}{CONTEXT_SEPARATOR}{meeting_label(update.meeting, strings)}"
    if kind == "meeting":
        meeting = queries.meeting_detail(library, number)
        return meeting_label(meeting, strings) if meeting else None
    if kind == "person":
        person = queries.person(library, number)
        if person is None:
            return None
        economy = registry().name(person.economy, strings.lang) if person.economy else ""
        return f"{person.name}{strings('in_brackets', text=economy)}" if economy else person.name
    if kind == "document":
        found = queries.titles_and_kinds(library, [number])
        return found[number][0] if number in found else None
    return None
