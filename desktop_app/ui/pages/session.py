"""An agenda session: when, what kind, the section that narrates it and the economy updates given in it."""

from __future__ import annotations

from desktop_app.core import models as m
from desktop_app.core import queries
from desktop_app.core.economies import registry
from desktop_app.core.library import Library
from desktop_app.ui.i18n import Strings
from desktop_app.ui.labels import session_time, session_title
from desktop_app.ui.pages.base import (
    Page,
    crumbs,
    economy_badges,
    economy_name,
    esc,
    facts,
    link,
    not_found,
    page,
    paragraphs,
    reference,
    topic_badges,
)
from desktop_app.ui.urls import page_url


def render_session(library: Library, session_id: int, strings: Strings) -> Page:
    url = page_url("session", session_id)
    agenda = queries.agenda_session(library, session_id)
    if agenda is None:
        return not_found(url, strings)
    title = session_title(agenda, strings)
    other_title = agenda.title if title != agenda.title else agenda.title_en
    body = [
        crumbs([esc(strings("branch_meetings")), link("meeting", agenda.meeting_id, agenda.meeting.name)]),
        f"<h1>{esc(title)}</h1>",
        f'<p class="meta">{esc(other_title)}</p>' if other_title else "",
        facts(
            [
                (strings("field_time"), esc(session_time(agenda, strings))),
                (strings("field_kind"), esc(strings.term("session_kinds", agenda.kind))),
                (strings("field_meeting"), link("meeting", agenda.meeting_id, agenda.meeting.name)),
            ]
        ),
    ]
    if agenda.section is not None:
        body.append(f"<h2>{link('section', agenda.section.id, agenda.section.heading)}</h2>")
        body.append(paragraphs(agenda.section.text))
    updates = queries.session_updates(library, session_id)
    if updates:
        body.append(f"<h2>{esc(strings('field_updates'))}</h2><ul>")
        body.extend(f"<li>{_update_item(u, strings)}</li>" for u in updates)
        body.append("</ul>")
    cited = reference(strings, title, agenda.meeting.name, session_time(agenda, strings))
    return page(url, title, "".join(body), reference=cited)


def _update_item(update: m.CountryUpdate, strings: Strings) -> str:
    """An update as its heading and topics. A heading that only names the economy (澳洲, (1) 我國) shows as the
    economy's name in the reader's language; any other heading gets the economy's badge before it."""
    if registry().names_only(update.heading, update.economy):
        opening = link("update", update.id, economy_name(update.economy, strings))
    else:
        opening = f"{economy_badges([update.economy], strings)} {link('update', update.id, update.heading)}"
    return f"{opening} {topic_badges(update.topics, strings)}"
