"""One economy's update in one session: what it reported, with its topics and where it was said."""

from __future__ import annotations

from desktop_app.core import queries
from desktop_app.core.library import Library
from desktop_app.core.models import CountryUpdate
from desktop_app.ui.i18n import Strings
from desktop_app.ui.labels import date_range, session_title
from desktop_app.ui.pages.base import (
    Page, crumbs, economy_badges, economy_name, esc, facts, link, not_found, page, paragraphs, reference,
    section_heading, topic_badges, update_title,
)
from desktop_app.ui.urls import page_url


def render_update(library: Library, update_id: int, strings: Strings) -> Page:
    url = page_url("update", update_id)
    update = queries.country_update(library, update_id)
    if update is None:
        return not_found(url, strings)
    title = update_title(update.economy, update.heading, strings)
    session_link = link("session", update.session.id, session_title(update.session, strings)) if update.session else ""
    body = [
        crumbs(
            [
                link("economy", update.economy, economy_name(update.economy, strings)),
                link("meeting", update.meeting_id, update.meeting.name),
            ]
        ),
        f"<h1>{esc(title)}</h1>",
        facts(
            [
                (strings("field_economy"), economy_badges([update.economy], strings)),
                (strings("field_meeting"), link("meeting", update.meeting_id, update.meeting.name)),
                (strings("field_session"), session_link),
                (strings("field_topics"), topic_badges(update.topics, strings)),
                (strings("field_reported_in"), _reported_in(update)),
            ]
        ),
        paragraphs(update.text),
    ]
    cited = reference(
        strings, title, update.meeting.name, session_title(update.session, strings) if update.session else "",
        date_range(update.meeting.start_date, update.meeting.end_date, strings),
    )
    return page(url, title, "".join(body), reference=cited)


def _reported_in(update: CountryUpdate) -> str:
    """The section the update was read from, under its document's title (the link opens the section, not the
    document, so it is not called the source document)."""
    document = link("document", update.meeting.document_id, update.meeting.document.title)
    if update.section is None:
        return document
    return f"{link('section', update.section.id, section_heading(update.section))} <span class='muted'>· {document}</span>"
