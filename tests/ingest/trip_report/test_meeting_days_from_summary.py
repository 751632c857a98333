"""A cover that gives only the trip's days (出國期間) leaves the meeting's own days to its summary (摘要) or opening
paragraph: days within the trip's, of a meeting of no other number."""

from __future__ import annotations

from datetime import date

from desktop_app.ingest.trip_report.parser import parse_trip_report
from tests.ingest.trip_report.report_fixtures import parse_fixture

COVER = "出席某工作小組第3次會議報告\n出國期間：114年2月15日至114年2月21日\n摘要\n{}\n壹、目的\n掌握各經濟體政策。"


def test_the_summary_gives_the_meeting_s_days_within_the_trip() -> None:
    meeting = parse_fixture("desg3_summary_gives_meeting_days.txt").meetings[0]
    assert (meeting.forum, meeting.number) == ("APEC DESG", 3)
    assert (meeting.start_date, meeting.end_date) == (date(2025, 2, 17), date(2025, 2, 20))
    assert meeting.date_text == "2025年2月17日至2月20日"


def test_days_of_another_meeting_or_outside_the_trip_are_not_taken() -> None:
    other = parse_trip_report(COVER.format("第4次會議於2025年2月17日至2月20日在深圳舉行。"), "r.txt", "0" * 64)
    assert other.meetings[0].start_date == date(2025, 2, 15)
    outside = parse_trip_report(COVER.format("第3次會議於2025年3月17日至3月20日在深圳舉行。"), "r.txt", "0" * 64)
    assert outside.meetings[0].start_date == date(2025, 2, 15)
