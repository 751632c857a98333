"""A person: who they are, every role they held meeting by meeting, and the sections that name them."""

from __future__ import annotations

from desktop_app.core import queries
from desktop_app.core.library import Library
from desktop_app.core.models import Role
from desktop_app.core.roles import by_meeting
from desktop_app.search.marks import marked_html
from desktop_app.ui.i18n import Strings
from desktop_app.ui.labels import date_range
from desktop_app.ui.pages.base import (
    Page, crumbs, economy_badges, esc, facts, grid, link, not_found, page, role_names,
)
from desktop_app.ui.pages.section import section_link
from desktop_app.ui.urls import page_url

MENTIONS_SHOWN = 20


def render_person(library: Library, person_id: int, strings: Strings) -> Page:
    url = page_url("person", person_id)
    person = queries.person(library, person_id)
    if person is None:
        return not_found(url, strings)
    body = [
        crumbs([esc(strings("branch_people"))]),
        f"<h1>{esc(person.name)}</h1>",
        facts(
            [
                (strings("field_job_title"), esc(person.title)),
                (strings("field_organization"), esc(person.organization)),
                (strings("field_economy"), economy_badges([person.economy], strings) if person.economy else ""),
            ]
        ),
    ]
    if person.roles:
        body.append(f"<h2>{esc(strings('field_roles'))}</h2>")
        body.append(
            grid(
                [strings("field_meeting"), strings("field_dates"), strings("field_roles"), strings("field_found_in")],
                (_meeting_row(roles, strings) for roles in by_meeting(person.roles)),
            )
        )
    body.append(mentions(library, person.name, strings))
    return page(url, person.name, "".join(body))


def _meeting_row(roles: list[Role], strings: Strings) -> list[str]:
    """One meeting's row. Found in: the sections that name the roles; a role read only from a report's cover
    (the delegation list) has no section, so it points at the report (at each, when agencies' reports of the
    meeting both name the person)."""
    meeting = roles[0].meeting
    sections = {role.section.id: role.section for role in roles if role.section is not None}
    places = [section_link(section) for section in sections.values()]
    if not places:
        reports = {role.meeting.document_id: role.meeting.document.title for role in roles}
        places = [link("document", document_id, title) for document_id, title in reports.items()]
    return [
        link("meeting", meeting.id, meeting.name),
        esc(date_range(meeting.start_date, meeting.end_date, strings)),
        esc(role_names(roles, strings)),
        "<br/>".join(places),
    ]


def mentions(library: Library, name: str, strings: Strings) -> str:
    """The sections whose text names the person (the name as one phrase, as a search finds it), best first,
    each with its snippet: where they spoke or were quoted, which the delegation table alone does not say."""
    from desktop_app.search.engine import SearchEngine, SearchQuery  # NumPy and the index: not at start-up

    results = SearchEngine.of(library).search(SearchQuery(f'"{name}"', limit=MENTIONS_SHOWN))
    if not results.hits:
        return ""
    heading = strings("field_mentions")
    if results.total > len(results.hits):
        heading += strings("mentions_shown", shown=len(results.hits), total=results.total)
    items = []
    for hit in results.hits:
        title = hit.heading or " › ".join(hit.path) or hit.document_title
        source = f' <span class="crumbs">{esc(hit.document_title)}</span>' if title != hit.document_title else ""
        snippet = marked_html(hit.snippet, hit.marks, tag="b", css_class="hit")
        items.append(f"<p>{link('section', hit.section_id, title)}{source}<br/>{snippet}</p>")
    return f"<h2>{esc(heading)}</h2>{''.join(items)}"
