"""The meeting's facts written as numbered lines in the body (一、會議名稱：…大會, 四、大會主席：…) are no sessions,
though their values hold words of a session."""

from __future__ import annotations

from desktop_app.ingest.outline import build_outline
from desktop_app.ingest.reflow import reflow
from desktop_app.ingest.trip_report.narrated_sessions import sessions_from_outline

from tests.ingest.trip_report.report_fixtures import parse_fixture


def test_field_lines_of_a_body_are_no_sessions() -> None:
    (meeting,) = parse_fixture("wtdc25_bilateral_talks_field_lines.txt").meetings
    assert meeting.sessions == []


def test_a_heading_naming_a_session_still_is_one_beside_field_lines() -> None:
    text = "壹、會議概要\n一、會議名稱：世界電信發展大會\n二、大會主席：Mr. Rashad Nabiyev\n貳、會議過程\n一、第一次大會\n主席宣布開幕。"
    sessions = sessions_from_outline(build_outline(reflow(text)), None, None)
    assert [(s.title, s.kind) for s in sessions] == [("第一次大會", "plenary")]
