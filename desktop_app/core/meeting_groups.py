"""Things of one meeting together, however many documents report it (each agency's trip report, the forum's
own record: Meeting.same_meeting_key), so lists by meeting show the meeting once."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from desktop_app.core.models import Meeting

Item = TypeVar("Item")


def by_same_meeting(items: Iterable[Item], meeting_of: Callable[[Item], Meeting] | None = None) -> list[list[Item]]:
    """The items (meetings, unless meeting_of gives each item's) in groups of one meeting, each group where its
    first item stands, items in their order."""
    groups: dict[object, list[Item]] = {}
    for item in items:
        meeting = meeting_of(item) if meeting_of is not None else item
        groups.setdefault(meeting.same_meeting_key() or meeting.id, []).append(item)
    return list(groups.values())


def disputed_attendance(reports: Iterable[Meeting]) -> set[str]:
    """Economies one report of a meeting lists present and another absent: a reader should know the reports
    disagree before quoting either (the economy's attendance, the meeting's page)."""
    reports = list(reports)
    present = {code for report in reports for code in report.economies_present}
    absent = {code for report in reports for code in set(report.economies_absent) - set(report.economies_present)}
    return present & absent
