"""The first page: what TelRef is, how to move around, and what this library holds."""

from __future__ import annotations

from desktop_app.core import queries
from desktop_app.core.library import Library
from desktop_app.core.meeting_groups import by_same_meeting
from desktop_app.ingest.version import IMPORTER_VERSION
from desktop_app.ui.i18n import Strings, library_summary
from desktop_app.ui.labels import date_range
from desktop_app.ui.pages.base import Page, esc, link, page
from desktop_app.ui.urls import WELCOME_URL

RECENT_MEETINGS = 8
OLDER_LISTED = 5  # file names named of the documents an older importer read


def render_welcome(library: Library, strings: Strings) -> Page:
    title = strings("page_welcome_title")
    stats = queries.library_stats(library)
    body = [
        f"<h1>{esc(title)}</h1>",
        f"<p>{esc(strings('page_welcome_intro'))}</p>",
        f'<p class="meta">{esc(strings("page_welcome_tips"))}</p>',
        f"<h2>{esc(strings('page_welcome_library'))}</h2>",
        f"<p>{esc(library_summary(strings, stats))}</p>",
    ]
    groups = by_same_meeting(queries.meetings(library))[:RECENT_MEETINGS]
    meetings = [group[0] for group in queries.reports_in_order(library, groups)]
    if meetings:
        body.append(f"<h2>{esc(strings('page_welcome_recent'))}</h2><ul>")
        body.extend(
            f"<li>{link('meeting', mt.id, mt.name)} <span class='meta'>{esc(date_range(mt.start_date, mt.end_date, strings))}"
            f" {esc(mt.location)}</span></li>"
            for mt in meetings
        )
        body.append("</ul>")
    documents = queries.documents(library)
    older = [d for d in documents if (d.importer_version or 0) < IMPORTER_VERSION]
    if older:  # what an older TelRef read stays as it read it until the file is imported again
        files = strings.join(d.source for d in older[:OLDER_LISTED]) + ("…" if len(older) > OLDER_LISTED else "")
        body.append(f'<p class="meta">{esc(strings("page_welcome_older_importer", count=len(older), files=files))}</p>')
    if documents:
        body.append(f"<h2>{esc(strings('page_welcome_documents'))}</h2><ul>")
        body.extend(
            f"<li>{link('document', d.id, d.title)} <span class='muted'>· {esc(strings.term('document_kinds', d.kind))}</span></li>"
            for d in documents
        )
        body.append("</ul>")
    return page(WELCOME_URL, title, "".join(body))
