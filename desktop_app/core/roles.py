"""Grouping the roles people held: a delegate may also have chaired, spoken or led the delegation, and pages and
briefs list such a person once, with every role."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from desktop_app.core.meeting_groups import by_same_meeting
from desktop_app.core.models import Role


def by_person(roles: Iterable[Role]) -> list[list[Role]]:
    """The roles grouped by person, people in the order they first appear."""
    return grouped(roles, lambda role: role.person_id)


def by_meeting(roles: Iterable[Role]) -> list[list[Role]]:
    """The roles grouped by meeting, newest meeting first (as economy and topic pages list them), a meeting
    without dates last; the roles two agencies' reports of one meeting give are one group."""
    return sorted(
        by_same_meeting(roles, lambda role: role.meeting),
        key=lambda group: (group[0].meeting.start_date or date.min, group[0].meeting_id),
        reverse=True,
    )


def role_kinds(roles: Iterable[Role]) -> list[str]:
    """The kinds of role held (delegate, head_of_delegation …), each once, in the order first held: a speaker
    in two sessions of one meeting is listed a speaker once."""
    return list(dict.fromkeys(role.role for role in roles))


def grouped(roles: Iterable[Role], key: Callable[[Role], object]) -> list[list[Role]]:
    """The roles in groups of equal key, in the order each key first appears."""
    groups: dict[object, list[Role]] = {}
    for role in roles:
        groups.setdefault(key(role), []).append(role)
    return list(groups.values())
