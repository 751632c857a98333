"""Roles grouped by person and by meeting."""

from __future__ import annotations

from datetime import date

from desktop_app.core import models as m
from desktop_app.core.roles import by_meeting, by_person, role_kinds


def test_a_person_s_meetings_are_listed_newest_first_and_undated_last() -> None:
    def role(meeting_id: int, start: date | None, kind: str = "speaker") -> m.Role:
        return m.Role(meeting_id=meeting_id, role=kind, meeting=m.Meeting(id=meeting_id, name=str(meeting_id), start_date=start))

    roles = [role(1, date(2022, 5, 1)), role(2, None), role(3, date(2024, 5, 4)), role(1, date(2022, 5, 1), "moderator")]
    grouped = by_meeting(roles)
    assert [[r.meeting_id for r in group] for group in grouped] == [[3], [1, 1], [2]]


def test_a_person_with_several_roles_is_grouped_once_in_the_order_people_first_appear() -> None:
    roles = [m.Role(person_id=7, role="head_of_delegation"), m.Role(person_id=3, role="delegate"), m.Role(person_id=7, role="delegate")]
    assert [[(r.person_id, r.role) for r in group] for group in by_person(roles)] == [
        [(7, "head_of_delegation"), (7, "delegate")],
        [(3, "delegate")],
    ]


def test_each_kind_of_role_is_named_once_in_the_order_first_held() -> None:
    """A speaker in two sessions of a meeting has two roles of one kind; pages and briefs name it once."""
    roles = [m.Role(role="speaker", section_id=4), m.Role(role="moderator"), m.Role(role="speaker", section_id=9)]
    assert role_kinds(roles) == ["speaker", "moderator"]
