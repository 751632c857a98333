"""Economy brief: what an economy said at each meeting, session by session, who it sent and when it came."""

from __future__ import annotations

from desktop_app.briefing.blocks import Brief, Heading, Note, Table
from desktop_app.briefing.labels import counted, labels
from desktop_app.briefing.text import (
    date_span,
    distinct_texts,
    economy_label,
    iso,
    listed_under,
    meeting_runs,
    one_line,
    topic_labels,
)
from desktop_app.core import models as m
from desktop_app.core import queries
from desktop_app.core.library import Library


def economy_brief(library: Library, code: str, lang: str = "zh", topic: str | None = None) -> Brief:
    """What the economy said, meeting by meeting, its people and attendance; with topic, only what it said on
    that topic (as the window's economy-on-topic page)."""
    words = labels(lang)
    updates = queries.economy_updates(library, code)
    if topic:
        updates = [update for update in updates if topic in update.topics]
    by_meeting = [distinct_texts(rows, lambda update: update.text) for rows in queries.updates_by_meeting(library, updates)]
    updates = [update for rows in by_meeting for update in rows]
    meeting_count = len(by_meeting)
    title = economy_label(code, lang)
    brief = Brief(
        kind="economy",
        title=f"{title} · {topic_labels([topic], lang)}" if topic else title,
        lang=lang,
        subtitle=f"{words['code']} {code} · "
        + words["summary_updates"].format(
            updates=counted(words, "updates", len(updates)), meetings=counted(words, "meetings", meeting_count)
        ),
    )
    brief.add(Heading(words["updates"]))
    if not updates:
        brief.add(Note(words["none_yet"]))
    for rows in by_meeting:
        meeting = rows[0].meeting
        span = date_span(meeting.start_date, meeting.end_date, words["date_range"])
        brief.add(Heading(meeting.name + words["in_brackets"].format(text=span), 3))
        brief.add(
            Table(
                (words["date"], words["session"], words["topics"], words["text"]),
                tuple(_update_row(update, words, lang) for update in rows),
                (13, 19, 17, 51),  # a topic label of a long word (Connectivity,) fits its column whole
            )
        )
    people, attendance = [], []
    if topic is None:
        people = queries.economy_people(library, code)
        attendance = queries.economy_attendance(library, code)
        _add_people(brief, people, words)
        _add_attendance(brief, attendance, words)
    brief.empty = not updates and not people and all(item.status == "unknown" for item in attendance)
    return brief


def _update_row(update: m.CountryUpdate, words: dict, lang: str) -> tuple[str, ...]:
    session = update.session
    when = iso(session.date) if session else ""
    title = session.title if session else listed_under(update) or words["no_session"]
    return (when, title, topic_labels(update.topics, lang), one_line(update.text))


def _add_people(brief: Brief, people: list[m.Person], words: dict) -> None:
    brief.add(Heading(words["people"]))
    if not people:
        brief.add(Note(words["none_yet"]))
        return
    rows = tuple(
        (person.name, person.title or "", person.organization or "", _roles_held(person.roles, words))
        for person in people
    )
    table = Table((words["name"], words["title"], words["organization"], words["roles"]), rows, (16, 18, 30, 36))
    brief.add(table.without_empty_columns())


def _roles_held(roles: list[m.Role], words: dict) -> str:
    """Each kind of role once, with the meetings it was held at by their short names and runs of numbers
    ("Speaker: APEC TELWG 61, 63–68"): a delegate of thirteen meetings filled pages with their full names."""
    role_names = words["role_names"]
    lines = []
    for kind in sorted({role.role for role in roles}, key=lambda kind: role_names.get(kind, kind)):
        meetings = [role.meeting for role in roles if role.role == kind]
        lines.append(
            words["labelled"].format(label=role_names.get(kind, kind), text=meeting_runs(meetings, words["list_separator"]))
        )
    return "\n".join(lines)


def _add_attendance(brief: Brief, attendance: list[queries.Attendance], words: dict) -> None:
    brief.add(Heading(words["attendance"]))
    if not attendance:
        brief.add(Note(words["none_yet"]))
        return
    rows = tuple(
        (
            item.meeting.name,
            date_span(item.meeting.start_date, item.meeting.end_date, words["date_range"]),
            one_line(item.meeting.location or ""),
            words[item.status] + (words["disputed"] if item.disputed else ""),
        )
        for item in attendance
    )
    brief.add(Table((words["meeting"], words["date"], words["place"], words["status"]), rows, (38, 28, 22, 12)))

