"""What the models work out from their own columns."""

from __future__ import annotations

from desktop_app.core import models as m


def test_a_decision_that_only_announces_the_next_meeting_is_left_to_the_next_meeting() -> None:
    announced = "TELWG 69：墨西哥預計於 113年 9月舉行實體會議。"
    meeting = m.Meeting(decisions=["通過 2025 年工作計畫。", f" {announced}"], next_meeting=announced)
    assert meeting.other_decisions() == ["通過 2025 年工作計畫。"]
    assert m.Meeting(decisions=["通過 2025 年工作計畫。"], next_meeting=None).other_decisions() == ["通過 2025 年工作計畫。"]


def test_a_chair_is_named_with_the_organization_after_and_nothing_for_none() -> None:
    """The meeting page and the meeting brief both print the chair this way."""
    chaired = m.Meeting(chair_name="Mr. Victor Manuel Martinez Vanegas", chair_organization="墨西哥聯邦電信院（IFT）")
    assert chaired.chair("，") == "Mr. Victor Manuel Martinez Vanegas，墨西哥聯邦電信院（IFT）"
    assert m.Meeting(chair_name="Ms. Lee", chair_organization=None).chair(", ") == "Ms. Lee"
    assert m.Meeting(chair_name=None, chair_organization=None).chair(", ") == ""


def test_a_session_s_time_span_is_as_much_of_it_as_the_schedule_gives() -> None:
    assert m.AgendaSession(start="09:00", end="10:30").time_span == "09:00–10:30"
    assert m.AgendaSession(start="14:30", end=None).time_span == "14:30"
    assert m.AgendaSession(start=None, end=None).time_span == ""
