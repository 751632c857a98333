"""A report without a cover names other meetings beside its own: the one before it (繼…第67次會議後), the next one
in a part of fields (肆、下次會議資訊 / 一、會議名稱：…第69次會議), the chair elected for later ones (下任主席).
The meeting is the one the opening dates and places; the others' facts stay out of it."""

from __future__ import annotations

from datetime import date

from desktop_app.ingest.trip_report.cover import body_fields
from desktop_app.ingest.trip_report.meeting import meeting_from_opening
from desktop_app.ingest.trip_report.parser import parse_trip_report
from tests.ingest.trip_report.report_fixtures import parse_fixture

OPENING = (
    "繼2023年8月於美國西雅圖舉行之第67次會議後，亞太經濟合作電信暨資訊工作小組第68次會議於2024年5月4日至9日在"
    "秘魯阿雷基帕舉行，本部派員出席。"
)


def test_the_next_meeting_s_fields_are_not_the_report_s_meeting() -> None:
    draft = parse_fixture("telwg68_no_cover_next_meeting_fields.txt")
    meeting = draft.meetings[0]
    assert (meeting.forum, meeting.number) == ("APEC TELWG", 68)
    assert (meeting.start_date, meeting.end_date) == (date(2024, 5, 4), date(2024, 5, 9))
    assert (meeting.location, meeting.host_economy) == ("秘魯阿雷基帕", "PE")
    assert draft.title == meeting.name == "亞太經濟合作電信暨資訊工作小組第68次會議"
    assert meeting.next_meeting == (
        "會議名稱：亞太經濟合作電信暨資訊工作小組第69次會議（TEL 69）；會議日期：2024年8月26日至30日；會議地點：墨西哥墨西哥城"
    )


def test_fields_under_a_heading_about_the_next_meeting_are_passed_over() -> None:
    fields = ["一、會議名稱：某工作小組第9次會議", "二、會議日期：2024年8月26日至30日"]
    assert body_fields(["肆、下次會議資訊", *fields, "伍、心得與建議", "一、建議持續參與。"]) == []
    assert [row.key for row in body_fields(["壹、會議概要", *fields, "貳、過程"])] == ["name", "dates"]


def test_body_fields_that_give_another_meeting_s_number_do_not_overrule_the_opening() -> None:
    report = "\n".join(
        ["壹、會議概況", OPENING, "貳、補充資料", "一、會議名稱：某工作小組第69次會議", "二、會議日期：2024年8月26日至30日"]
    )
    meeting = parse_trip_report(report, "r.txt", "0" * 64).meetings[0]
    assert (meeting.number, meeting.start_date) == (68, date(2024, 5, 4))


def test_the_opening_s_meeting_is_the_one_its_clause_dates_not_the_one_before_it() -> None:
    meeting = meeting_from_opening([OPENING])
    assert meeting is not None
    assert (meeting.name, meeting.forum, meeting.number) == ("亞太經濟合作電信暨資訊工作小組第68次會議", "APEC TELWG", 68)
    assert (meeting.start_date, meeting.end_date, meeting.date_text) == (date(2024, 5, 4), date(2024, 5, 9), "2024年5月4日至9日")
    assert (meeting.location, meeting.host_economy) == ("秘魯阿雷基帕", "PE")


def test_the_chair_elected_for_later_meetings_is_not_the_meeting_s_chair() -> None:
    draft = parse_fixture("telwg68_no_cover_next_meeting_fields.txt")
    assert draft.meetings[0].chair_name is None
    assert not [person for person in draft.meetings[0].people if person.name == "Aiko Sato"]
    former = parse_trip_report(
        "壹、概況\n" + OPENING + "\n前任主席Mr. Paul Lee（美國）出席。主席Ms. Ana Torres（秘魯）主持會議。", "r.txt", "0" * 64
    )
    assert former.meetings[0].chair_name == "Ana Torres"
