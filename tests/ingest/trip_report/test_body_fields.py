"""A report that gives its meeting's facts in its body (壹、會議概要, 第一節 會議基本資料) as the cover's numbered fields:
they are read as the cover's would be, the meeting's own dates winning over the trip's on the form."""

from __future__ import annotations

from datetime import date

from desktop_app.ingest.trip_report.cover import body_fields, parse_cover
from tests.ingest.trip_report.report_fixtures import parse_fixture


def test_facts_under_the_first_part_are_the_meeting_s() -> None:
    draft = parse_fixture("telwg67_facts_under_first_part.txt")
    meeting = draft.meetings[0]
    assert (meeting.forum, meeting.number) == ("APEC TELWG", 67)
    assert (meeting.start_date, meeting.end_date) == (date(2023, 8, 21), date(2023, 8, 25))
    assert meeting.location == "美國華盛頓州西雅圖" and meeting.host_economy == "US"
    assert (meeting.chair_name, meeting.chair_organization) == ("Victor Manuel Martinez Vanegas", "墨西哥聯邦電信院")
    assert len(meeting.economies_present) == 13 and "TW" in meeting.economies_present
    assert meeting.economies_absent == ["CL", "PE"]
    assert draft.published == date(2023, 8, 25)  # no 報告日期: the meeting's last day


def test_the_meeting_s_dates_in_a_chapter_win_over_the_trip_s_on_the_form() -> None:
    meeting = parse_fixture("telwg66_form_cover_facts_in_chapter.txt").meetings[0]
    assert (meeting.start_date, meeting.end_date) == (date(2022, 11, 14), date(2022, 11, 18))
    assert meeting.location.startswith("泰國曼谷Centara") and meeting.host_economy == "TH"
    assert meeting.chair_name == "Sarah Connor"
    assert meeting.economies_absent == ["BN", "PG", "RU", "VN"]
    assert {"NZ", "SG", "US", "TW"} <= set(meeting.economies_present)  # 紐國, 星國, 美方, 我國
    assert len(meeting.economies_present) == 17


def test_body_fields_are_a_run_of_two_or_more_and_stop_at_the_next_heading() -> None:
    body = ["壹、會議概要", "一、會議名稱：某工作小組第9次會議", "二、會議日期：113年5月4日至", "9日",
            "（三）會議主席：Dr. Ana Ruiz", "貳、會議過程", "一、會議日期：不是這裡"]
    rows = body_fields(body)
    assert [(row.key, row.lines) for row in rows] == [
        ("name", ["某工作小組第9次會議"]), ("dates", ["113年5月4日至", "9日"]), ("chair", ["Dr. Ana Ruiz"]),
    ]
    assert body_fields(["壹、目的", "一、會議名稱：只有一個欄位", "二、背景"]) == []


def test_the_cover_keeps_its_own_fields_and_gains_only_those_it_lacks() -> None:
    cover = parse_cover(["出席第 9 次會議報告", "會議名稱：封面的名稱", "出國期間：113年5月3日至10日"])
    merged = cover.with_rows(body_fields(["一、會議名稱：內文的名稱", "二、會議期間：113年5月4日至9日"]))
    assert [(row.key, row.lines) for row in merged.rows] == [
        ("name", ["封面的名稱"]), ("trip_dates", ["113年5月3日至10日"]), ("dates", ["113年5月4日至9日"]),
    ]
