"""Grouping the roles people held: a delegate may also have chaired, spoken or led the delegation, and pages and
briefs list such a person once, with every role."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from desktop_app.core.models import Role


def by_person(roles: Iterable[Role]) -> list[list[Role]]:
    """The roles grouped by person, people in the order they first appear."""
    people: dict[int, list[Role]] = {}
    for role in roles:
        people.setdefault(role.person_id, []).append(role)
    return list(people.values())


def by_meeting(roles: Iterable[Role]) -> list[list[Role]]:
    """The roles grouped by meeting, newest meeting first (as economy and topic pages list them), a meeting
    without dates last."""
    meetings: dict[int, list[Role]] = {}
    for role in roles:
        meetings.setdefault(role.meeting_id, []).append(role)
    return sorted(
        meetings.values(),
        key=lambda group: (group[0].meeting.start_date or date.min, group[0].meeting_id),
        reverse=True,
    )
