"""Sessions read from a report's headings when it has no schedule table (narrated_sessions.py)."""

from __future__ import annotations

from datetime import date

from desktop_app.ingest.outline import build_outline
from desktop_app.ingest.trip_report.narrated_sessions import sessions_from_outline


def _sessions(paragraphs: list[str], start: date | None = None, end: date | None = None) -> list[tuple]:
    outline = build_outline(paragraphs)
    return [(s.kind, s.body, outline[s.section].heading, s.date) for s in sessions_from_outline(outline, start, end)]


def test_the_outermost_heading_is_the_session_unless_it_groups_several_of_its_kind() -> None:
    sessions = _sessions(
        [
            "壹、 過程",
            "一、 大會",
            "(一) 開幕式",
            "(二) 閉幕式",
            "二、 指導分組會議",
            "(一) 數位繁榮指導分組（DPSG）",
            "1. 研討會報告",
            "(二) 安全與信任指導分組（STSG）",
            "三、 5月10日 圓桌會議：AI治理",
            "貳、 心得與建議",
            "一、 建議持續參加指導分組會議",
        ],
        date(2024, 5, 8),
        date(2024, 5, 11),
    )
    assert sessions == [
        ("plenary", None, "大會", None),
        ("steering_group", "DPSG", "數位繁榮指導分組（DPSG）", None),
        ("steering_group", "STSG", "安全與信任指導分組（STSG）", None),
        ("roundtable", None, "5月10日 圓桌會議：AI治理", date(2024, 5, 10)),
    ]


def test_a_one_day_meeting_dates_its_sessions_and_plain_headings_name_none() -> None:
    day = date(2024, 5, 8)
    assert _sessions(["一、 前言", "二、 大會", "三、 研討會"], day, day) == [
        ("plenary", None, "大會", day),
        ("workshop", None, "研討會", day),
    ]
    assert _sessions(["一、 前言", "二、 會議紀要", "三、 大會決議事項", "四、 研討會心得"], day, day) == []
