"""Whole reports of two layouts QA wrote: a day-by-day agenda in a report laid out in chapters, and a table of
sessions with a venue column in one numbered from 一、; each session, update and recommendation as the report
gives it."""

from __future__ import annotations

from datetime import date

from tests.ingest.trip_report.report_fixtures import parse_fixture


def test_a_day_by_day_agenda_gives_one_session_per_time_span() -> None:
    meeting = parse_fixture("tel66_day_numbered_schedule_chapters.txt").meetings[0]
    sessions = [(s.date, s.start, s.end, s.kind, s.body, s.title, s.title_en) for s in meeting.sessions]
    assert sessions == [
        (date(2022, 11, 14), "09:00", "12:00", "heads_of_delegation", None, "團長會議", "HoD Meeting"),
        (date(2022, 11, 14), "13:30", "17:30", "plenary", None, "大會開幕", "Plenary Opening"),
        (date(2022, 11, 15), "09:00", "12:30", "steering_group", "DPSG", "數位繁榮指導分組（DPSG）", None),
        (date(2022, 11, 15), "14:00", "17:30", "steering_group", "STSG", "資安與信任指導分組（STSG）", None),
        (date(2022, 11, 16), "09:00", "17:00", "steering_group", "CISG", "符合性評鑑與互通性指導分組（CISG）", None),
        (date(2022, 11, 17), "09:00", "12:00", "workshop", None, "海底電纜韌性研討會", "Workshop on Submarine Cable Resilience"),
        (date(2022, 11, 18), "09:00", "16:00", "plenary", None, "大會閉幕", "Plenary Closing"),
    ]


def test_a_sentence_item_after_titled_ones_is_a_recommendation_of_its_own() -> None:
    draft = parse_fixture("tel66_day_numbered_schedule_chapters.txt")
    assert [(r.title, r.text) for r in draft.recommendations] == [
        ("持續掌握各經濟體詐騙防制措施", "星國之簡訊發送者登記制度成效顯著，建議本會研議導入類似機制。"),
        ("強化海纜韌性國際合作", "建議與日本、美方就海纜修復能量進行資訊交流。"),
        ("積極參與6G國際標準討論", "爭取於TEL會議主辦研討會。"),
    ]


def test_table_rows_give_the_title_cell_without_time_or_venue() -> None:
    meeting = parse_fixture("tel69_pipe_schedule_with_venues.txt").meetings[0]
    assert [(s.date, s.start, s.title) for s in meeting.sessions] == [
        (date(2024, 8, 26), "09:00", "團長及執行委員會議"),
        (date(2024, 8, 26), "14:00", "第一次大會"),
        (date(2024, 8, 27), "09:00", "數位繁榮指導分組（DPSG）"),
        (date(2024, 8, 28), "09:00", "資安與信任指導分組（STSG）"),
        (date(2024, 8, 28), "14:00", "人工智慧治理研討會"),
        (date(2024, 8, 29), "09:00", "符合性評鑑與互通性指導分組（CISG）"),
        (date(2024, 8, 30), "09:00", "第二次大會及閉幕"),
    ]


def test_each_plenary_is_linked_to_the_section_that_narrates_it() -> None:
    draft = parse_fixture("tel69_pipe_schedule_with_venues.txt")
    headings = {s.title: draft.sections[s.section].heading for s in draft.meetings[0].sessions if s.kind == "plenary"}
    assert headings == {"第一次大會": "第一次大會", "第二次大會及閉幕": "第二次大會及閉幕"}


def test_updates_under_a_policy_report_list_end_where_the_summary_starts() -> None:
    updates = parse_fixture("tel69_pipe_schedule_with_venues.txt").meetings[0].updates
    assert [u.economy for u in updates] == ["KR", "CN", "SG", "NZ", "US", "TW"]
    by_economy = {u.economy: u for u in updates}
    assert by_economy["SG"].text.split("\n") == [
        "新加坡說明國家AI策略2.0，並推動AI Verify測試框架。",
        "此外，新加坡亦更新其關鍵資訊基礎設施資安法修正進度。",
    ]
    assert by_economy["TW"].heading == "我國"
    assert "整體而言" not in by_economy["TW"].text
