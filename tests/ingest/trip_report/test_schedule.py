"""The schedule table: rows dated in words or in figures, under a heading at whatever level the report gives it."""

from __future__ import annotations

from datetime import date

from desktop_app.ingest.trip_report.schedule import parse_schedule, schedule_lines


def test_rows_dated_in_figures_with_their_weekdays() -> None:
    rows = ["日期 時間 議程", "11/14（一） 09:00-12:00 團長會議", "11/15(二) 09：00-12：00 [DPSG]指導分組會議", "111/11/16 研討會：偏鄉連網"]
    sessions = parse_schedule(rows, 2022)
    assert [(s.date, s.start, s.kind, s.body) for s in sessions] == [
        (date(2022, 11, 14), "09:00", "heads_of_delegation", None),
        (date(2022, 11, 15), "09:00", "steering_group", "DPSG"),
        (date(2022, 11, 16), None, "workshop", None),
    ]


def test_the_schedule_heading_may_sit_below_the_top_level() -> None:
    body = ["一、目的", "說明。", "二、會議過程", "（一）會議議程", "5月9日 大會", "（二）大會", "開幕。", "三、心得"]
    assert schedule_lines(body) == ["5月9日 大會"]
    seed_like = ["壹、目的", "貳、過程", "一、會議時間", "5月4日（六）", "團長會議", "二、大會", "(一) 開幕"]
    assert schedule_lines(seed_like) == ["5月4日（六）", "團長會議"]


def test_a_kind_of_session_in_english_is_a_whole_word_in_any_case() -> None:
    from desktop_app.ingest.trip_report.schedule import session_kind

    assert session_kind("WORKSHOP ON SUBMARINE CABLE RESILIENCE") == "workshop"
    assert session_kind("Regional Workshops on Spectrum") == "workshop"
    assert session_kind("HEADS OF DELEGATION MEETING") == "heads_of_delegation"
    assert session_kind("New methods of regulation") == "other", "HoD is no part of methods"
    assert session_kind("指導分組會議") == "steering_group"
