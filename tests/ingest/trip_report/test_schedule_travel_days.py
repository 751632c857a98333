"""An itinerary's rows: days of travel are no sessions, and two sessions written on one line are two."""

from __future__ import annotations

from datetime import date

from desktop_app.ingest.trip_report.schedule import parse_schedule

from tests.ingest.trip_report.report_fixtures import parse_fixture


def _sessions(rows: list[str]) -> list[tuple[date | None, str | None, str | None, str]]:
    return [(s.date, s.start, s.end, s.title) for s in parse_schedule(rows, 2024)]


def test_a_day_of_travel_without_a_time_is_no_session() -> None:
    rows = ["第1天 5月2日 搭機自桃園出發，經洛杉磯轉機", "第2天 5月3日 抵達阿雷基帕，辦理報到",
            "第3天 5月4日 09:00-12:00 團長會議", "第4天 5月5日 搭機返國"]
    assert _sessions(rows) == [(date(2024, 5, 4), "09:00", "12:00", "團長會議")]


def test_a_timed_row_with_a_word_of_travel_stays_a_session() -> None:
    rows = ["第2天 5月3日 14:00-16:00 抵達後與韓方雙邊會談"]
    assert _sessions(rows) == [(date(2024, 5, 3), "14:00", "16:00", "抵達後與韓方雙邊會談")]


def test_a_day_without_a_time_or_travel_stays_a_session() -> None:
    assert _sessions(["5月3日 報到及領取識別證"]) == [(date(2024, 5, 3), None, None, "報到及領取識別證")]


def test_two_sessions_on_one_line_apart_by_a_stop_are_two() -> None:
    for stop in ("；", "，", "、", "; "):
        rows = [f"第3天 5月4日 09:00-12:00 團長會議{stop}14:00-17:00 第一次大會"]
        assert _sessions(rows) == [
            (date(2024, 5, 4), "09:00", "12:00", "團長會議"),
            (date(2024, 5, 4), "14:00", "17:00", "第一次大會"),
        ], stop


def test_a_second_time_of_one_session_is_not_cut_off() -> None:
    rows = ["5月4日 09:00-10:00、14:00-15:00 大會"]
    assert [(s.start, s.end, s.title) for s in parse_schedule(rows, 2024)] == [("09:00", "10:00", "大會")]


def test_a_report_without_a_cover_keeps_its_meeting_days_only() -> None:
    (meeting,) = parse_fixture("tel68_no_cover_itinerary_travel_days.txt").meetings
    assert [(s.date.isoformat(), s.start, s.title, s.kind) for s in meeting.sessions] == [
        ("2024-05-04", "09:00", "團長會議", "heads_of_delegation"),
        ("2024-05-04", "14:00", "第一次大會", "plenary"),
        ("2024-05-05", "09:00", "資安與信任指導分組（STSG）", "steering_group"),
        ("2024-05-06", "10:00", "參訪秘魯電信管理局（OSIPTEL）", "other"),
        ("2024-05-09", "09:00", "第二次大會", "plenary"),
    ]

