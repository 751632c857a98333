"""HTML pages of the detail view, one builder per kind of page (Qt-free; every document string escaped)."""

from __future__ import annotations

from desktop_app.core import models as m
from desktop_app.core.library import Library
from desktop_app.ui.i18n import Strings
from desktop_app.ui.pages.base import Page, not_found
from desktop_app.ui.urls import PageAddress, parse_url


def render(library: Library, url: str, strings: Strings) -> Page:
    """The page a telref:// address names, or a 'not found' page for anything else."""
    address = parse_url(url)
    if address is None:
        return not_found(url, strings)
    return _render(library, address, strings) or not_found(url, strings)


def page_exists(library: Library, url: str) -> bool:
    """Whether the address still names a page of the library (a removed document's pages do not). A numbered
    page is there exactly when its row is, as its builder finds it: the row is looked up by its key rather
    than the page built (a document's page reads all its sections)."""
    address = parse_url(url)
    model = _NUMBERED_ROWS.get(address.kind) if address is not None and address.number is not None else None
    if model is not None:
        with library.session() as session:
            return session.get(model, address.number) is not None
    return render(library, url, Strings("en")).found


_NUMBERED_ROWS = {
    "meeting": m.Meeting,
    "session": m.AgendaSession,
    "section": m.Section,
    "update": m.CountryUpdate,
    "person": m.Person,
    "document": m.Document,
}


def _render(library: Library, address: PageAddress, strings: Strings) -> Page | None:
    from desktop_app.ui.pages import bookmarks, document, economy, meeting, person, section, session, topic, update, welcome

    number = address.number
    if address.kind == "welcome":
        return welcome.render_welcome(library, strings)
    if address.kind == "bookmarks":
        return bookmarks.render_bookmarks(library, strings)
    if address.kind == "economy":
        code, _, topic_id = address.key.partition("/")  # economy/KR/5g: what Korea said on 5G
        return economy.render_economy(library, code.upper(), strings, topic_id or None)
    if address.kind == "topic":
        return topic.render_topic(library, address.key, strings)
    if number is None:
        return None
    builders = {
        "meeting": meeting.render_meeting,
        "session": session.render_session,
        "section": section.render_section,
        "update": update.render_update,
        "person": person.render_person,
        "document": document.render_document,
    }
    return builders[address.kind](library, number, strings)


__all__ = ["Page", "render"]
