"""Meeting brief: the one-page summary a team lead circulates after a meeting."""

from __future__ import annotations

from itertools import groupby

from desktop_app.briefing.blocks import Brief, BulletList, Facts, Heading, Note, Table
from desktop_app.briefing.labels import labels
from desktop_app.briefing.text import (
    date_span,
    economy_label,
    economy_names,
    gist,
    iso,
    listed_under,
    one_line,
    roc_span,
    topic_labels,
)
from desktop_app.core import models as m
from desktop_app.core import queries
from desktop_app.core.library import Library
from desktop_app.core.roles import by_person, role_kinds

DELEGATION_ROLES = ("head_of_delegation", "delegate")


def meeting_brief(library: Library, meeting_id: int, lang: str = "zh") -> Brief:
    meeting = queries.meeting_detail(library, meeting_id)
    if meeting is None:
        raise LookupError(f"no meeting #{meeting_id}")
    words = labels(lang)
    brief = Brief(kind="meeting", title=one_line(meeting.name), lang=lang)
    reports = (meeting, *queries.other_reports(library, meeting))
    brief.add(Facts(tuple(row for row in [*_facts(meeting, words, lang), _reports(reports, words)] if row[1])))
    _add_agenda(brief, meeting, words)
    _add_updates(brief, meeting, words, lang)
    _add_decisions(brief, meeting, words)
    # a forum's record has no 心得與建議 and no delegation of ours
    trip_report = meeting.document.kind == "trip_report"
    if trip_report or meeting.document.recommendations:
        _add_recommendations(brief, meeting.document.recommendations, words)
    _add_officers(brief, meeting, words, lang)
    if trip_report or any(role.role in DELEGATION_ROLES for role in meeting.roles):
        _add_delegation(brief, meeting, words)
    return brief


def _facts(meeting: m.Meeting, words: dict, lang: str) -> list[tuple[str, str]]:
    dates = date_span(meeting.start_date, meeting.end_date, words["date_range"])
    roc = roc_span(meeting.start_date, meeting.end_date, meeting.date_text)
    chair = meeting.chair(words["comma"])
    return [
        (words["dates"], dates + words["in_brackets"].format(text=roc) if dates and roc else dates or roc),
        (words["place"], one_line(meeting.location or "")),
        (words["host"], economy_label(meeting.host_economy, lang) if meeting.host_economy else ""),
        (words["chair"], one_line(chair)),
        (words["economies_present"], economy_names(meeting.economies_present, lang)),
        (words["economies_absent"], economy_names(meeting.economies_absent, lang)),
    ]


def _reports(reports: tuple[m.Meeting, ...], words: dict) -> tuple[str, str]:
    """The documents that report the meeting, this brief's first: a reader holding the brief knows which to
    open for more (each agency's trip report, the forum's own record)."""
    return words["reports"], "\n".join(one_line(report.document.title) for report in reports)


def _add_agenda(brief: Brief, meeting: m.Meeting, words: dict) -> None:
    brief.add(Heading(words["agenda"]))
    if not meeting.sessions:
        brief.add(Note(words["none_yet"]))
        return
    rows = tuple(
        (
            iso(session.date),
            session.time_span,
            one_line(session.title) + (f"\n{one_line(session.title_en)}" if session.title_en else ""),
            words["kinds"].get(session.kind, session.kind) + (f" {session.body}" if session.body else ""),
        )
        for session in meeting.sessions
    )
    table = Table((words["date"], words["time"], words["session"], words["kind"]), rows, (14, 15, 53, 18))
    brief.add(table.without_empty_columns())


def _add_updates(brief: Brief, meeting: m.Meeting, words: dict, lang: str) -> None:
    brief.add(Heading(words["country_updates"]))
    if not meeting.updates:
        brief.add(Note(words["none_yet"]))
        return
    order = {session.id: session.position for session in meeting.sessions}
    updates = sorted(meeting.updates, key=lambda u: (order.get(u.session_id, len(order)), u.id))
    for (_session_id, list_heading), group in groupby(updates, key=lambda u: (u.session_id, listed_under(u))):
        rows = list(group)
        session = rows[0].session
        title = one_line(session.title) if session else one_line(list_heading) or words["no_session"]
        dated = title + words["in_brackets"].format(text=iso(session.date)) if session and session.date else title
        brief.add(Heading(dated, 3))
        brief.add(
            Table(
                (words["economy"], words["gist"], words["topics"]),
                tuple(
                    (economy_label(u.economy, lang), gist(u.text), topic_labels(u.topics, lang)) for u in rows
                ),
                (18, 62, 20),
            )
        )


def _add_decisions(brief: Brief, meeting: m.Meeting, words: dict) -> None:
    brief.add(Heading(words["decisions"]))
    decisions = meeting.other_decisions()
    if decisions:
        brief.add(BulletList(tuple(one_line(item) for item in decisions), numbered=True))
    if meeting.next_meeting:
        brief.add(Facts(((words["next_meeting"], one_line(meeting.next_meeting)),)))
    if not decisions and not meeting.next_meeting:
        brief.add(Note(words["none_yet"]))


def _add_recommendations(brief: Brief, recommendations: list[m.Recommendation], words: dict) -> None:
    brief.add(Heading(words["recommendations"]))
    if not recommendations:
        brief.add(Note(words["none_yet"]))
        return
    items = tuple(
        words["labelled"].format(label=one_line(item.title), text=gist(item.text, 120))
        if item.text.strip()
        else one_line(item.title)
        for item in recommendations
    )
    brief.add(BulletList(items, numbered=True))


def _add_officers(brief: Brief, meeting: m.Meeting, words: dict, lang: str) -> None:
    """Who chaired, convened, moderated or spoke, with their economies; left out when the report names none."""
    roles = [role for role in meeting.roles if not _in_own_delegation(role, meeting)]
    if not roles:
        return
    brief.add(Heading(words["officers"]))
    rows = tuple(
        (
            held[0].person.name,
            economy_label(held[0].person.economy, lang) if held[0].person.economy else "",
            held[0].person.organization or "",
            words["list_separator"].join(words["role_names"].get(kind, kind) for kind in role_kinds(held)),
        )
        for held in by_person(roles)
    )
    brief.add(Table((words["name"], words["economy"], words["organization"], words["roles"]), rows, (22, 18, 40, 20)))


def _in_own_delegation(role: m.Role, meeting: m.Meeting) -> bool:
    """Whether a role is of the reporting agency's delegation: a delegate, or a head of delegation of the
    delegates' economy. A report also names other economies' heads (Peru's, the United States'), who are
    listed with their economies beside the officers, not among our delegation, which has no economy column."""
    if role.role == "delegate":
        return True
    if role.role != "head_of_delegation":
        return False
    delegates = {held.person_id for held in meeting.roles if held.role == "delegate"}
    economies = {held.person.economy for held in meeting.roles if held.role == "delegate"} or {None}
    return role.person_id in delegates or role.person.economy in economies  # no delegates: a head of no economy


def _add_delegation(brief: Brief, meeting: m.Meeting, words: dict) -> None:
    brief.add(Heading(words["delegation"]))
    roles = sorted(
        (role for role in meeting.roles if _in_own_delegation(role, meeting)),
        key=lambda role: (DELEGATION_ROLES.index(role.role), role.id),
    )
    if not roles:
        brief.add(Note(words["none_yet"]))
        return
    rows = tuple(
        (
            held[0].person.name,
            held[0].person.title or "",
            held[0].person.organization or "",
            words["list_separator"].join(words["role_names"].get(kind, kind) for kind in role_kinds(held)),
        )
        for held in by_person(roles)
    )
    brief.add(Table((words["name"], words["title"], words["organization"], words["roles"]), rows, (16, 20, 44, 20)))
