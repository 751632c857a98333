"""Schedule rows as reports write them: numbered days, several time spans under one date, table cells with a
venue column, and the sections the sessions are linked to."""

from __future__ import annotations

from datetime import date

from desktop_app.ingest.outline import build_outline
from desktop_app.ingest.reflow import reflow
from desktop_app.ingest.trip_report.schedule import link_sessions, parse_schedule, schedule_lines


def test_days_numbered_as_day_n_or_as_a_list_hold_one_session_per_time_span() -> None:
    for day_one, day_two in (("第1天 3月4日（星期一）", "第2天 3月5日（星期二）"), ("1. 3月4日（一）", "2. 3月5日（二）")):
        rows = [day_one, "09:00-12:00 團長會議", "13:30-17:30 大會開幕", day_two, "9：00-12：00 [DPSG]指導分組會議"]
        sessions = parse_schedule(rows, 2023)
        assert [(s.date, s.start, s.end, s.kind) for s in sessions] == [
            (date(2023, 3, 4), "09:00", "12:00", "heads_of_delegation"),
            (date(2023, 3, 4), "13:30", "17:30", "plenary"),
            (date(2023, 3, 5), "09:00", "12:00", "steering_group"),
        ]


def test_a_title_wrapped_under_its_time_stays_one_session() -> None:
    rows = ["5月6日（一）", "09：00-12：30", "[Workshop on Meaningful and Universal", "Connectivity]", "普及連接研討會議"]
    [session] = parse_schedule(rows, 2024)
    assert (session.title, session.title_en) == ("普及連接研討會議", "Workshop on Meaningful and Universal Connectivity")


def test_a_schedule_headed_by_a_part_of_a_chapter() -> None:
    body = ["第二章 會議過程", "第一節 議程", "第1天 3月4日（一）", "09:00-12:00 團長會議", "第二節 大會", "開幕。"]
    assert schedule_lines(body) == ["第1天 3月4日（一）", "09:00-12:00 團長會議"]


def test_a_heading_about_adopting_the_agenda_is_no_schedule() -> None:
    body = ["一、大會", "(一)確認議程", "大會議程經與會代表通過。", "二、會議議程", "3月4日 大會", "三、心得"]
    assert schedule_lines(body) == ["3月4日 大會"]


def test_table_cells_leave_out_time_and_venue() -> None:
    rows = [
        "日期 | 時間 | 會議 | 地點",
        "3月4日（一） | 09:00-12:00 | 團長會議 | Sala A",
        "3月4日（一） | 14:00-18:00 | 第一次大會 | Plenario",
        "3月5日（二） | 09:00-17:30 | 雙邊會談 | 第二會議室",
        "3月6日（三） | 09:00-13:00 | 第二次大會 | Plenario",
    ]
    assert [s.title for s in parse_schedule(rows, 2024)] == ["團長會議", "第一次大會", "雙邊會談", "第二次大會"]


def test_cells_apart_by_wide_gaps_leave_out_the_venue() -> None:
    rows = ["3月4日（一）   09:00-12:00   團長會議   Room 3", "3月5日（二）   09:00-12:00   第一次大會   Room 3"]
    assert [s.title for s in parse_schedule(rows, 2024)] == ["團長會議", "第一次大會"]


def test_plenaries_link_to_their_own_sections_or_share_the_only_one() -> None:
    rows = ["3月4日 09:00-12:00 第一次大會", "3月6日 09:00-12:00 第二次大會及閉幕"]
    own = build_outline(reflow("三、會議過程\n（一）第一次大會\n開幕。\n（二）第二次大會及閉幕\n閉幕。"))
    sessions = parse_schedule(rows, 2024)
    link_sessions(sessions, own)
    assert [own[s.section].heading for s in sessions] == ["第一次大會", "第二次大會及閉幕"]
    shared = build_outline(reflow("三、會議過程\n（一）大會\n開幕與閉幕。"))
    sessions = parse_schedule(rows, 2024)
    link_sessions(sessions, shared)
    assert [shared[s.section].heading for s in sessions] == ["大會", "大會"]
