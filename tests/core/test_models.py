"""What the models work out from their own columns."""

from __future__ import annotations

from desktop_app.core import models as m


def test_a_decision_that_only_announces_the_next_meeting_is_left_to_the_next_meeting() -> None:
    announced = "TELWG 69：墨西哥預計於 113年 9月舉行實體會議。"
    meeting = m.Meeting(decisions=["通過 2025 年工作計畫。", f" {announced}"], next_meeting=announced)
    assert meeting.other_decisions() == ["通過 2025 年工作計畫。"]
    assert m.Meeting(decisions=["通過 2025 年工作計畫。"], next_meeting=None).other_decisions() == ["通過 2025 年工作計畫。"]
