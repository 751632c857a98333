"""The meeting overview: dates, place, chair, attendance, agenda, decisions, updates and delegation."""

from __future__ import annotations

from desktop_app.briefing.page import SCREEN_ONLY_END, SCREEN_ONLY_START
from desktop_app.core import models as m
from desktop_app.core import queries
from desktop_app.core.library import Library
from desktop_app.core.meeting_groups import disputed_attendance
from desktop_app.core.roles import by_person
from desktop_app.ui.i18n import Strings
from desktop_app.ui.labels import date_range, session_time, session_title
from desktop_app.ui.meeting_choices import told_apart
from desktop_app.ui.pages.base import (
    Page, crumbs, economy_badges, economy_name, esc, facts, grid, link, not_found, page, reference, role_names,
    topic_badges, update_title,
)
from desktop_app.ui.urls import page_url, search_in_meeting_url


def _disputed(meeting: m.Meeting, others: list[m.Meeting]) -> list[str]:
    """Economies this report lists that another report of the meeting lists the other way: an official checking
    who attended should know the reports disagree (as the economy's page says)."""
    disputed = disputed_attendance([meeting, *others])
    listed = dict.fromkeys((*meeting.economies_present, *meeting.economies_absent))
    return [code for code in listed if code in disputed]


def _report_titles(library: Library, meeting: m.Meeting, others: list[m.Meeting]) -> list[str]:
    """The titles of the meeting's report and of its other reports, two alike told apart by their files as
    the tree tells them (one report imported as .doc and as .odt read twice the same)."""
    reports = [meeting, *others]
    return told_apart(library, [report.document.title for report in reports], [r.document_id for r in reports])


def _other_reports(others: list[m.Meeting], titles: list[str]) -> str:
    """Links to the same meeting as other documents report it, one a line."""
    return "<br>".join(link("meeting", other.id, title) for other, title in zip(others, titles))


def render_meeting(library: Library, meeting_id: int, strings: Strings) -> Page:
    url = page_url("meeting", meeting_id)
    meeting = queries.meeting_detail(library, meeting_id)
    if meeting is None:
        return not_found(url, strings)
    others = queries.other_reports(library, meeting)
    own_title, *other_titles = _report_titles(library, meeting, others)
    dates = date_range(meeting.start_date, meeting.end_date, strings)
    if meeting.date_text and strings.lang == "zh":
        dates = dates + strings("in_brackets", text=meeting.date_text) if dates else meeting.date_text
    body = [
        crumbs([esc(strings("branch_meetings"))]),
        f"<h1>{esc(meeting.name)}</h1>",
        f'{SCREEN_ONLY_START}<p class="meta"><a href="{search_in_meeting_url(meeting.id)}">'
        f'{esc(strings("search_in_meeting"))}</a></p>{SCREEN_ONLY_END}',
        facts(
            [
                (strings("field_dates"), esc(dates)),
                (strings("field_place"), esc(meeting.location)),
                (strings("field_host"), economy_badges([meeting.host_economy], strings) if meeting.host_economy else ""),
                (strings("field_chair"), esc(meeting.chair(strings("comma")))),
                (strings("field_present"), economy_badges(meeting.economies_present, strings)),
                (
                    strings("field_absent"),
                    f'<span class="absent">{economy_badges(meeting.economies_absent, strings)}</span>'
                    if meeting.economies_absent
                    else "",
                ),
                (strings("field_attendance_disputed"), economy_badges(_disputed(meeting, others), strings)),
                (strings("field_source"), link("document", meeting.document_id, own_title)),
                (strings("field_other_reports"), _other_reports(others, other_titles)),
            ]
        ),
    ]
    if meeting.sessions:
        timed = any(session_time(agenda, strings) for agenda in meeting.sessions)  # a narrated agenda has no times
        body.append(f"<h2>{esc(strings('field_agenda'))}</h2>")
        body.append(
            grid(
                [strings("field_time")] * timed + [strings("field_session"), strings("field_kind")],
                (
                    [esc(session_time(agenda, strings))] * timed
                    + [
                        link("session", agenda.id, session_title(agenda, strings, dated=False)),
                        esc(strings.term("session_kinds", agenda.kind) + (f" · {agenda.body}" if agenda.body else "")),
                    ]
                    for agenda in meeting.sessions
                ),
            )
        )
    decisions = meeting.other_decisions()
    if decisions or meeting.next_meeting:
        body.append(f"<h2>{esc(strings('field_decisions'))}</h2>")
        if decisions:
            body.append(f"<ul>{''.join(f'<li>{esc(decision)}</li>' for decision in decisions)}</ul>")
        if meeting.next_meeting:
            body.append(f"<p><b>{esc(strings('field_next_meeting'))}</b>{esc(strings('colon'))}{esc(meeting.next_meeting)}</p>")
    if meeting.updates:
        body.append(f"<h2>{esc(strings('field_updates'))}</h2>")
        body.append(_updates_grid(meeting, strings))
    for other in others:
        reported = queries.meeting_detail(library, other.id)
        if reported is not None and reported.updates:  # what the meeting's other documents say each economy reported
            heading = strings("updates_in_other_report", title=other.document.title)
            body.append(f"<h3>{esc(heading)}</h3>{_updates_grid(reported, strings)}")
    if meeting.roles:
        body.append(f"<h2>{esc(strings('field_delegation'))}</h2>")
        roles = sorted(meeting.roles, key=lambda role: (role.person.economy or "~", role.person.id, role.id))
        body.append(
            grid(
                [strings("field_economy"), strings("field_people"), strings("field_job_title"), strings("field_roles")],
                (_delegate_row(held, strings) for held in by_person(roles)),
            )
        )
    cited = reference(
        strings, None, meeting.name, meeting.location or "", date_range(meeting.start_date, meeting.end_date, strings)
    )
    return page(url, meeting.name, "".join(body), reference=cited)


def _updates_grid(meeting: m.Meeting, strings: Strings) -> str:
    """Each update with its session and topics; no session column where none has a session (a forum's record
    lists its economies under one agenda item)."""
    sessions = any(update.session for update in meeting.updates)
    headers = [strings("field_economy"), *([strings("field_session")] if sessions else []), strings("field_topics")]
    return grid(
        headers,
        (
            [
                link("update", update.id, update_title(update.economy, update.heading, strings)),
                *(
                    [link("session", update.session.id, session_title(update.session, strings)) if update.session else ""]
                    if sessions else []
                ),
                topic_badges(update.topics, strings),
            ]
            for update in meeting.updates
        ),
    )


def _delegate_row(held: list[m.Role], strings: Strings) -> list[str]:
    """One person of the delegation and officers, with every role they held at the meeting (代表、團長)."""
    person = held[0].person
    return [
        esc(economy_name(person.economy, strings)) if person.economy else "",
        link("person", person.id, person.name),
        esc(" ".join(part for part in (person.organization, person.title) if part)),
        esc(role_names(held, strings)),
    ]
