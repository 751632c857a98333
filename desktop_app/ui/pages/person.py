"""A person: who they are and every role they held, meeting by meeting."""

from __future__ import annotations

from desktop_app.core import queries
from desktop_app.core.library import Library
from desktop_app.ui.i18n import Strings
from desktop_app.ui.pages.base import Page, crumbs, economy_badges, esc, facts, grid, link, not_found, page
from desktop_app.ui.urls import page_url


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
                [strings("field_meeting"), strings("field_roles"), strings("field_source")],
                (
                    [
                        link("meeting", role.meeting_id, role.meeting.name),
                        esc(strings.get(f"role_{role.role}", role.role)),
                        link("section", role.section_id, "§") if role.section_id else "",
                    ]
                    for role in person.roles
                ),
            )
        )
    return page(url, person.name, "".join(body))
