"""Meeting brief: the one-page summary a team lead circulates after a meeting."""

from __future__ import annotations

from collections.abc import Iterable
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
    written_in,
)
from desktop_app.core import models as m
from desktop_app.core import queries
from desktop_app.core.library import Library
from desktop_app.core.names import spaceless_key
from desktop_app.core.roles import by_person, grouped, role_kinds

DELEGATION_ROLES = ("head_of_delegation", "delegate")


def meeting_brief(library: Library, meeting_id: int, lang: str = "zh") -> Brief:
    """The meeting as the report asked for tells it, with what the meeting's other reports add: officers it does
    not name, updates of economies it does not cover (in the brief's language where a report has them)."""
    meeting = queries.meeting_detail(library, meeting_id)
    if meeting is None:
        raise LookupError(f"no meeting #{meeting_id}")
    words = labels(lang)
    others = [
        detail
        for other in queries.other_reports(library, meeting)
        if (detail := queries.meeting_detail(library, other.id)) is not None
    ]
    reports = (meeting, *others)
    names = _report_names(reports, words)
    brief = Brief(
        kind="meeting",
        title=one_line(meeting.name),
        lang=lang,
        subtitle=words["built_from"].format(report=_told_apart(meeting, words)),
    )
    brief.add(Facts(tuple(row for row in [*_facts(meeting, words, lang), (words["reports"], "\n".join(names))] if row[1])))
    _add_agenda(brief, meeting, words)
    _add_updates(brief, reports, names, words, lang)
    _add_decisions(brief, meeting, words)
    # a forum's record has no 心得與建議 and no delegation of ours
    trip_report = meeting.document.kind == "trip_report"
    if trip_report or meeting.document.recommendations:
        _add_recommendations(brief, meeting.document.recommendations, words)
    _add_officers(brief, reports, words, lang)
    if trip_report or any(role.role in DELEGATION_ROLES for role in meeting.roles):
        _add_delegation(brief, meeting, words)
    return brief


def _facts(meeting: m.Meeting, words: dict, lang: str) -> list[tuple[str, str]]:
    dates = date_span(meeting.start_date, meeting.end_date, words["date_range"])
    written = _dates_as_written(meeting, lang)
    return [
        (words["dates"], dates + words["in_brackets"].format(text=written) if dates and written else dates or written),
        (words["place"], one_line(meeting.location or "")),
        (words["host"], economy_label(meeting.host_economy, lang) if meeting.host_economy else ""),
        (words["chair"], one_line(meeting.chair(words["comma"]))),
        (words["economies_present"], economy_names(meeting.economies_present, lang)),
        (words["economies_absent"], economy_names(meeting.economies_absent, lang)),
    ]


def _dates_as_written(meeting: m.Meeting, lang: str) -> str:
    """The dates as the report writes them, when it writes them in the brief's language (an English brief
    printed 2024年8月26日（星期一）…, a Chinese one 26 – 30 August 2024); a Chinese brief computes ROC dates
    otherwise, as the window does."""
    as_written = meeting.date_text if meeting.date_text and written_in(meeting.date_text) == lang else None
    if lang != "zh":
        return one_line(as_written or "")
    return roc_span(meeting.start_date, meeting.end_date, as_written)


def _report_names(reports: tuple[m.Meeting, ...], words: dict) -> list[str]:
    """Each report's title, with its file and the day it was imported where two reports share a title (a report
    imported twice, from two files): the reader can then tell which one to open; the brief's own report first."""
    titles = [one_line(report.document.title) for report in reports]
    return [
        _told_apart(report, words) if titles.count(title) > 1 else title for title, report in zip(titles, reports)
    ]


def _told_apart(report: m.Meeting, words: dict) -> str:
    """A report's title, file and the day it was imported."""
    document = report.document
    return words["report_told_apart"].format(
        title=one_line(document.title), source=document.source, imported=document.imported_at.date().isoformat()
    )


def _add_agenda(brief: Brief, meeting: m.Meeting, words: dict) -> None:
    brief.add(Heading(words["agenda"]))
    if not meeting.sessions:
        brief.add(Note(words["none_in_report"]))
        return
    rows = tuple(
        (
            iso(session.date),
            session.time_span,
            one_line(session.title) + (f"\n{one_line(session.title_en)}" if session.title_en else ""),
            words["kinds"].get(session.kind, session.kind) + (f" · {session.body}" if session.body else ""),
        )
        for session in meeting.sessions
    )
    table = Table((words["date"], words["time"], words["session"], words["kind"]), rows, (14, 15, 53, 18))
    brief.add(table.without_empty_columns())


def _report_language(report: m.Meeting) -> str:
    """The language a report gives its updates in (its name's when it gives none)."""
    return written_in(" ".join(update.text for update in report.updates) or report.name)


def _chosen_updates(reports: tuple[m.Meeting, ...], lang: str) -> list[tuple[int, list[m.CountryUpdate]]]:
    """(report index, updates) to print: each economy's updates from one report only, the first report in the
    brief's language that has the economy's (the English record's in an English brief, a trip report's in a
    Chinese one), else the first report that has them at all."""
    ordered = sorted(range(len(reports)), key=lambda index: _report_language(reports[index]) != lang)
    covered: set[str] = set()
    chosen = []
    for index in ordered:
        fresh = [update for update in reports[index].updates if update.economy not in covered]
        covered.update(update.economy for update in fresh)
        if fresh:
            chosen.append((index, fresh))
    return chosen


def _add_updates(brief: Brief, reports: tuple[m.Meeting, ...], names: list[str], words: dict, lang: str) -> None:
    brief.add(Heading(words["country_updates"]))
    chosen = _chosen_updates(reports, lang)
    if not chosen:
        brief.add(Note(words["none_in_report"] if len(reports) == 1 else words["none_in_reports"]))
        return
    for index, updates in chosen:
        order = {session.id: session.position for session in reports[index].sessions}
        updates = sorted(updates, key=lambda u: (order.get(u.session_id, len(order)), u.id))
        for (_session_id, list_heading), group in groupby(updates, key=lambda u: (u.session_id, listed_under(u))):
            rows = list(group)
            session = rows[0].session
            title = one_line(session.title) if session else one_line(list_heading) or words["no_session"]
            dated = title + words["in_brackets"].format(text=iso(session.date)) if session and session.date else title
            brief.add(Heading(dated, 3))
            if index:  # another report's: say which
                brief.add(Note(words["labelled"].format(label=words["source"], text=names[index])))
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
        brief.add(Note(words["none_in_report"]))


def _add_recommendations(brief: Brief, recommendations: list[m.Recommendation], words: dict) -> None:
    brief.add(Heading(words["recommendations"]))
    if not recommendations:
        brief.add(Note(words["none_in_report"]))
        return
    items = tuple(
        words["labelled"].format(label=one_line(item.title), text=gist(item.text, 120))
        if item.text.strip()
        else one_line(item.title)
        for item in recommendations
    )
    brief.add(BulletList(items, numbered=True))


def _add_officers(brief: Brief, reports: tuple[m.Meeting, ...], words: dict, lang: str) -> None:
    """Who chaired, convened, moderated or spoke, with their economies, as all the meeting's reports name them
    (the English record names vice chairs and convenors a trip report leaves out), each person once; the
    chair with the chair's organization as the Chair row gives it. Left out when no report names any."""
    meeting = reports[0]
    roles = [role for report in reports for role in report.roles if not _in_own_delegation(role, report)]
    if not roles:
        return
    brief.add(Heading(words["officers"]))
    chair = spaceless_key(meeting.chair_name or "")
    rows = []
    # one person as two reports name them (each report's people are its own rows), in the order first named
    for held in grouped(roles, lambda role: spaceless_key(role.person.name)):
        person = next((role.person for role in held if role.person.economy), held[0].person)
        is_chair = bool(chair) and spaceless_key(person.name) == chair
        organization = meeting.chair_organization if is_chair else _first(role.person.organization for role in held)
        rows.append(
            (
                person.name,
                economy_label(person.economy, lang) if person.economy else "",
                one_line(organization or ""),
                words["list_separator"].join(words["role_names"].get(kind, kind) for kind in role_kinds(held)),
            )
        )
    brief.add(Table((words["name"], words["economy"], words["organization"], words["roles"]), tuple(rows), (22, 18, 40, 20)))


def _first(values: Iterable[str | None]) -> str:
    return next((value for value in values if value), "")


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
        brief.add(Note(words["none_in_report"]))
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
